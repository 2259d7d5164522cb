"""Read-side views for the command line: stored papers, syntheses and their claims.

Pure formatting over query helpers of ``claims_db.store``; every function returns plain data
(dicts and strings) so that ``--json`` and the text form show the same thing.
"""

from __future__ import annotations

from typing import Any

from verifier.config import Settings
from verifier.documents import SOURCE_FORMS, text_form
from verifier.ingest import open_database, storage_errors


def list_sources(settings: Settings) -> list[dict[str, Any]]:
    """Every stored paper and synthesis, with counts, oldest first."""
    from claims_db import store
    from claims_db.engine import session_factory

    engine = open_database(settings)
    out: list[dict[str, Any]] = []
    with storage_errors("papers"), session_factory(engine)() as session:
        for s in store.list_papers(session):
            p = s.paper
            kinds = ", ".join(f"{n} {k}" for k, n in sorted(s.claims_by_kind.items())) or "no claims"
            form = SOURCE_FORMS.get(s.extraction.source.media_type, "PDF") if s.extraction else None
            read = f"from its {form}" + (f" (of {len(p.sources)} sources)" if len(p.sources) > 1 else "")
            out.append({
                "type": "paper", "id": p.id, "ref": p.ref, "title": p.title, "passages": s.passages,
                "tables": s.tables, "claims": s.claims, "claims_by_kind": s.claims_by_kind,
                "extraction": s.extraction.extractor_version if s.extraction else None,
                "form": form, "sources": len(p.sources),
                "line": f"[{p.id}] {p.ref}  {(p.title or '(untitled)')[:70]}\n      {s.passages} passages, "
                        f"{s.tables} tables, {s.claims} claims ({kinds})" + (f"; {read}" if form else ""),
            })
        for s in store.list_syntheses(session):
            syn = s.synthesis
            out.append({
                "type": "synthesis", "id": syn.id, "ref": f"s:{syn.id}", "title": syn.title, "claims": s.claims,
                "marked_verified": s.marked_verified, "references": s.references,
                "linked_references": s.linked_references,
                "line": f"[s:{syn.id}] synthesis  {syn.title[:70]}\n      {s.claims} third-party claims "
                        f"({s.marked_verified} marked verified by the report), {s.references} references "
                        f"({s.linked_references} ingested)",
            })
    return out


def _synthesis(session, ref: str):
    from claims_db.models import Synthesis
    from verifier.errors import NotFound

    try:
        sid = int(ref.removeprefix("s:"))
    except ValueError:
        raise NotFound("not a synthesis id", subject=ref, hint="use s:N as `verifier papers` lists it") from None
    syn = session.get(Synthesis, sid)
    if syn is None:
        raise NotFound("no stored synthesis has this id", subject=ref, hint="`verifier papers` lists them")
    return syn


def claims_of(settings: Settings, ref: str, *, kind: str | None = None, evidence: bool = False) -> dict[str, Any]:
    """The claims of one paper (latest extraction) or the third-party claims of one synthesis."""
    from claims_db import store
    from claims_db.engine import session_factory
    from verifier.claims import ClaimKind
    from verifier.errors import InputError

    if kind is not None and kind not in {k.value for k in ClaimKind} | {"third_party"}:
        raise InputError(f"unknown claim kind {kind!r}", subject=ref,
                         hint="one of " + ", ".join(k.value for k in ClaimKind))
    engine = open_database(settings)
    with storage_errors(ref), session_factory(engine)() as session:
        if ref.startswith("s:"):
            syn = _synthesis(session, ref)
            rows = [{
                "id": c.id, "row": c.row, "text": c.text, "published_verified": c.verified,
                "published_confidence": c.confidence, "line_no": c.line_no, "truncated": c.truncated,
            } for c in syn.claims]
            lines = [
                f"  #{r['row'] + 1:>2} [{'✓' if r['published_verified'] else '×'} {r['published_confidence']:.2f}] "
                f"{r['text']}{' (cut off in the report)' if r['truncated'] else ''}"
                for r in rows
            ]
            lines += _groundings_lines(session, "synthesis_claim", [r["id"] for r in rows]) if evidence else []
            return {"header": f"synthesis s:{syn.id}: {syn.title} — {len(rows)} third-party claims (marks as published)",
                    "synthesis": syn.id, "claims": rows, "lines": lines}
        from verifier.report_views import where_at

        paper = store.find_paper(session, ref)
        latest = store.latest_extraction(session, paper)  # one query: the claims are this extraction's
        rows = store.claims_for(session, paper, kind=kind, extraction=latest) if latest is not None else []
        text_source = latest is not None and text_form(latest.source.media_type) is not None
        out_rows, lines = [], []
        for r in rows:
            data = dict(r.data)
            item = {"id": r.id, "kind": r.kind, "page": r.page, "statement": data.get("statement"), "claim": data}
            out_rows.append(item)
            value = data.get("value") or {}
            conditions = data.get("conditions") or {}
            fields = [x for x in (
                _method_shown(data.get("method"), conditions)
                or (conditions.get("reference") and "the uncompressed reference (no method)"),
                data.get("model") or (conditions.get("model_size") and f"a model of {conditions['model_size']} "
                                                                             "parameters (unnamed)"),
                data.get("dataset"), _metric_shown(data.get("metric"), conditions),
                value.get("text") and f"= {value['text']}",
                data.get("hardware") and f"on {data['hardware']}" + (
                    " (the paper's for all its experiments)" if "hardware" in conditions.get("paper_wide", "") else ""),
                conditions.get("cited") and f"another work's finding: {conditions['cited']}",
            ) if x]
            a = data["anchor"]
            at = where_at(a["page"], a.get("bbox"), text_source, a.get("end_page"))
            lines.append(f"  [{r.id}] {r.kind:<11} {at:<8} {data.get('statement', '')[:110]}")
            if fields:
                lines.append(f"        {' · '.join(str(f) for f in fields)}")
            if evidence:
                where = (f"table {a['table_index']} row {a['row']} col {a['col']}" if a.get("table_index") is not None
                         else f"passage {a['passage_index']} chars {a['char_start']}–{a['char_end']}")
                if a.get("end_passage_index") is not None:  # a sentence a page or column break cut in two
                    where += f", on to p. {a['end_page']} passage {a['end_passage_index']} chars 0–{a['end_char']}"
                lines.append(f"        quote ({at}, {where}): “{a['quote']}”")
        if evidence:
            lines += _groundings_lines(session, "claim", [r["id"] for r in out_rows])
        head = f"{paper.ref}: {paper.title or '(untitled)'} — {len(out_rows)} claims" + (f" of kind {kind}" if kind else "")
        return {"header": head, "paper": paper.ref, "claims": out_rows, "lines": lines}


# how the listing names a metric or a method taken as written (``metric_from``, ``method_from``)
_AS_WRITTEN = {"column header (as written)": "the column header, as written",
               "text (as written)": "the sentence's words, as written",
               "caption (as written)": "the caption's words, as written"}


def _method_shown(method: dict | None, conditions: dict) -> str | None:
    """A claim's method as listed: its name (else its family) and, for a column header or a caption's words
    taken as written ("Presence extracted", "stream-fed bitmap/sign design"), said so."""
    if not method:
        return None
    name = method.get("name") or method.get("family")
    written = _AS_WRITTEN.get(conditions.get("method_from"))
    return f"“{name}” ({written})" if written else name


def _metric_shown(metric: str | None, conditions: dict) -> str | None:
    """A claim's metric as listed: with its variant ("top-1"; "not stated: F1 or accuracy") and, for a
    column header or a sentence's words taken as written ("share of sequence dimensions"), said so."""
    if not metric:
        return None
    written = _AS_WRITTEN.get(conditions.get("metric_from"))
    if written:
        metric = f"“{metric}” ({written})"
    variant = conditions.get("metric_variant")
    return f"{metric} ({variant})" if variant else metric


def _groundings_lines(session, target: str, ids: list[int]) -> list[str]:
    """Gate 1 verdicts stored for these claims, if the grounding stage has run."""
    try:
        from verifier.gate1 import grounding_lines
    except ImportError:
        return []
    return grounding_lines(session, target, ids)
