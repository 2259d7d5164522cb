"""Gate 2 wiring: match stored claims to bundles, run the plans, judge the claims, record the gates.

    match  -> one PlanRow per claim (planned, or untestable with its reason)
    run    -> every distinct plan (bundle, seal, size, params) runs once per seed; claims that
              share a plan share its runs; runs already stored are not run again
    judge  -> one VerdictRow per planned claim from the stored runs (verifier.judge)
    gate   -> Gate 0/1/2 records for the paper or synthesis (verifier.gates)

A paper is named as ``verifier claims`` names it; a synthesis as ``s:N`` (its third-party
claims are read into typed claims by the same extractor that reads papers, so that they can
be matched). Every stage adds rows and never rewrites one.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Callable, Iterator

from verifier.claims import Anchor, Claim, ClaimKind
from verifier.config import Settings
from verifier.errors import InputError
from verifier.ingest import open_database, storage_errors
from verifier.screening import config_differs

#: The most seeds ``match --seeds`` plans (each is a run per plan, per swept value).
MAX_SEEDS = 20

Progress = Callable[[str], None]


def claim_from_text(text: str) -> Claim:
    """A third-party claim's text read into a typed claim (the first the extractor finds), or a
    qualitative claim holding the text when the extractor finds none."""
    from verifier.documents import ParsedDocument, Passage
    from verifier.extract import EXTRACTOR_VERSION, extract_claims

    doc = ParsedDocument(
        sha256="0" * 64, media_type="text/plain", n_pages=1, parser_version="third-party-claim",
        passages=[Passage(index=0, page=1, text=text, raw_text=text, offsets=list(range(len(text) + 1)),
                          bbox=(0, 0, 0, 0))],
    )
    found = extract_claims(doc)
    if found:
        return found[0].model_copy(update={"origin": "third_party"})
    return Claim(kind=ClaimKind.qualitative, statement=text, origin="third_party", extractor_version=EXTRACTOR_VERSION,
                 anchor=Anchor(page=1, quote=text, passage_index=0, char_start=0, char_end=len(text)))


@dataclass
class Subject:
    """A paper or a synthesis with its claims: (ref, typed claim, row id) triples."""

    ref: str
    kind: str  # "paper" | "synthesis"
    paper_id: int | None
    synthesis_id: int | None
    claims: list[tuple[str, Claim, int]]
    source_id: int | None = None  # a paper: the source its claims were extracted from (of several, maybe)

    def target(self, row_id: int) -> dict[str, int]:
        return {"claim_id": row_id} if self.kind == "paper" else {"synthesis_claim_id": row_id}


def load_subject(session, ref: str) -> Subject:
    from claims_db import store
    from verifier.errors import NotFound
    from verifier.queries import _synthesis

    if ref.startswith("s:"):
        syn = _synthesis(session, ref)
        return Subject(f"s:{syn.id}", "synthesis", None, syn.id,
                       [(f"synthesis_claim:{c.id}", claim_from_text(c.text), c.id) for c in syn.claims])
    paper = store.find_paper(session, ref)
    ext = store.latest_extraction(session, paper)
    if ext is None:
        raise NotFound("the paper has no extraction", subject=ref, hint="ingest it first")
    return Subject(paper.ref, "paper", paper.id, None,
                   [(f"claim:{c.id}", Claim.model_validate(c.data), c.id) for c in ext.claims], ext.source_id)


def subject_source(session, subject: Subject):
    """The source a paper subject's claims come from: with a PDF and a LaTeX source (or two
    versions), the one of the latest extraction, not merely the last stored."""
    from claims_db.models import Paper, Source

    if subject.source_id is not None:
        return session.get(Source, subject.source_id)
    paper = session.get(Paper, subject.paper_id)
    return paper.sources[-1] if paper is not None and paper.sources else None


# -- match ---------------------------------------------------------------------------------------


@dataclass
class MatchOutcome:
    subject: str
    planned: list[dict] = field(default_factory=list)
    untestable: Counter = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)
    added: int = 0

    def lines(self) -> list[str]:
        out = [f"{self.subject}: {len(self.planned)} claims testable, {sum(self.untestable.values())} not "
               f"({self.added} new plans)"]
        for p in self.planned:
            out.append(f"  {p['claim_ref']:<22} -> {p['bundle_id']} [{p['rule']}, {p['scale']}] {p['metric']}: "
                       f"{p['reason']}")
        for cat, n in self.untestable.most_common():
            out.append(f"  untestable, {cat.replace('_', ' ')}: {n} claims (e.g. {self.examples[cat]})")
        return out


def _row_applies(plan: dict, status: str, size: str, device: str | None) -> bool:
    """Whether a stored plan row was made for ``size`` (and ``device``, when one is asked for).

    A plan's device is where its runs go (``run_hardware``); an untestable row records the size
    and device it was matched for (rows from before that, without them, apply to any).
    """
    if status == "planned":
        row_device = "cuda" if plan.get("run_hardware") == "cuda GPU" else "cpu"
    else:
        row_device = plan.get("device")
    return plan.get("size") in (size, None) and (device is None or row_device in (device, None))


def _latest_plans(session, subject: Subject, size: str, device: str | None = None) -> dict[int, Any]:
    """The newest plan row of each claim made for ``size`` (and ``device``)."""
    from sqlalchemy import select

    from claims_db.assessments import PlanRow
    from verifier.match import MATCHER_VERSION

    col = PlanRow.claim_id if subject.kind == "paper" else PlanRow.synthesis_claim_id
    ids = [rid for _, _, rid in subject.claims]
    out = {}
    for row in session.scalars(select(PlanRow).where(col.in_(ids), PlanRow.matcher_version == MATCHER_VERSION)
                               .order_by(PlanRow.id)):
        if _row_applies(row.plan, row.status, size, device):
            out[row.claim_id if subject.kind == "paper" else row.synthesis_claim_id] = row
    return out


def match(settings: Settings, ref: str, *, size: str = "smoke", device: str = "cpu",
          seeds: int | None = None) -> MatchOutcome:
    """Plan every claim of ``ref`` at ``size`` on ``device`` and store the plans that changed.

    ``seeds``: run each plan on seeds 0..seeds-1 instead of the matcher's three (an inconclusive
    comparison whose differences spread too widely for three seeds is decided, or not, by more);
    the runs of the first seeds are reused.
    """
    from claims_db.assessments import PlanRow
    from claims_db.engine import transaction
    from verifier.match import MATCHER_VERSION, load_bundles, plan_claim
    from verifier.verdicts import ReproPlan

    if seeds is not None and not 1 <= seeds <= MAX_SEEDS:
        raise InputError(f"--seeds {seeds}: a plan runs between 1 and {MAX_SEEDS} seeds", subject=ref,
                         hint="three is the default; five or eight narrow a paired comparison's interval")
    bundles = load_bundles()
    engine = open_database(settings)
    with storage_errors(ref), transaction(engine) as s:
        subject = load_subject(s, ref)
        existing = _latest_plans(s, subject, size, device)
        out = MatchOutcome(subject.ref)
        for cref, claim, rid in subject.claims:
            result = plan_claim(claim, cref, bundles, size=size, device=device)
            planned = isinstance(result, ReproPlan)
            if planned and seeds is not None:
                result = result.model_copy(update={"seeds": list(range(seeds))})
            if not planned:
                result = result.model_copy(update={"size": size, "device": device})
            plan_json = result.model_dump(mode="json")
            # a new row when the claim has none for this size and device, or when its plan changed
            # (a resealed bundle, another bound parameter): the old row stays, the newest counts
            if rid not in existing or existing[rid].plan != plan_json:
                s.add(PlanRow(**subject.target(rid), status="planned" if planned else "untestable",
                              bundle_id=result.bundle_id if planned else None, seal=result.seal if planned else None,
                              category=None if planned else result.category.value,
                              plan=plan_json, matcher_version=MATCHER_VERSION))
                out.added += 1
            if planned:
                out.planned.append(plan_json)
            else:
                out.untestable[result.category.value] += 1
                out.examples.setdefault(result.category.value, f"{cref}: {result.detail}")
    return out


# -- run -----------------------------------------------------------------------------------------


def _key(plan: dict) -> str:
    return json.dumps([plan["bundle_id"], plan["seal"], plan["size"], plan["params"], plan.get("config") or {}],
                      sort_keys=True)


def _sweep(plan: dict) -> str | None:
    """The parameter a trend plan's runs vary (not part of the configuration they share)."""
    expected = plan.get("expected") or {}
    return expected.get("x_param") if isinstance(expected, dict) else None


def _runs_for(session, plan: dict) -> list[Any]:
    """Stored runs that carry the plan's bundle, seal, size and parameters."""
    from sqlalchemy import select

    from claims_db.models import ReproRun

    rows = session.scalars(select(ReproRun).where(ReproRun.bundle_id == plan["bundle_id"],
                                                  ReproRun.seal == plan["seal"], ReproRun.size == plan["size"])
                           .order_by(ReproRun.started_at))
    return [r for r in rows if all((r.params or {}).get(k) == v for k, v in plan["params"].items())]


def _plans(session, subject: Subject, size: str, device: str | None = None) -> Iterator[tuple[str, dict, Any]]:
    latest = _latest_plans(session, subject, size, device)
    for cref, _, rid in subject.claims:
        row = latest.get(rid)
        if row is not None and row.status == "planned":
            yield cref, row.plan, row


def _todo(settings: Settings, ref: str, size: str, device: str | None = None) -> dict[str, tuple[dict, list[int]]]:
    """Each distinct plan of the subject's claims with the seeds it still lacks (no ok run)."""
    from claims_db.engine import session_factory

    engine = open_database(settings)
    todo: dict[str, tuple[dict, list[int]]] = {}
    with storage_errors(ref), session_factory(engine)() as s:
        subject = load_subject(s, ref)
        for _, whole, _ in _plans(s, subject, size, device):
            for plan in swept_plans(whole):  # a parameter sweep: the runs of each value
                key = _key(plan)
                if key in todo:
                    continue
                done = {r.seeds[0] for r in _runs_for(s, plan) if r.status == "ok" and r.seeds
                        and not config_differs(plan.get("config") or {}, r.params or {}, _sweep(plan))}
                missing = [seed for seed in plan["seeds"] if seed not in done]
                todo[key] = (plan, missing)
    return todo


def swept_plans(plan: dict) -> list[dict]:
    """A stored plan as the runs it needs: itself, or for a parameter sweep (a trend over runs that
    differ in Trend.x_param) one copy per swept value with that value among its parameters."""
    x, values = _sweep(plan), plan.get("sweep") or []
    if not x or not values:
        return [plan]
    # a whole number goes to the bundle as an int (n_calib=16, not 16.0); a float parameter takes it as well
    return [{**plan, "params": {**plan["params"], x: int(v) if float(v).is_integer() else v}} for v in values]


def commands(settings: Settings, ref: str, *, size: str = "smoke", device: str | None = None) -> list[str]:
    """The runs ``run`` would start, as ``python -m repro run`` commands for another machine.

    A bare GPU machine has torch and the repository but not this package: it runs these lines
    from the repository root, and ``verifier repro import`` brings the records back, after which
    ``verify`` finds the plans complete and judges them. Bundles that read benchmark files get
    ``data_root=$DATA_ROOT`` (set it there to the folder holding the files), and bundles that load a
    model ``model=$MODEL`` / ``model_dir=$MODEL_DIR`` (its file or folder there; unset, the bundle's
    default, which a bare machine lacks): every ``location`` parameter the plan does not bind.
    """
    import shlex

    from verifier.repro_cli import location_params

    lines = []
    for plan, missing in _todo(settings, ref, size, device).values():
        if not missing:
            continue
        words = ["python", "-m", "repro", "run", plan["bundle_id"], "--size", plan["size"]]
        if device:
            words += ["--device", device]
        if missing == list(range(len(missing))):
            words += ["--seeds", str(len(missing))]
        else:  # some seeds already ran: only the others
            for seed in missing:
                words += ["--seed", str(seed)]
        for k, v in sorted(plan["params"].items()):
            words += ["--param", f"{k}={_param_text(v)}"]
        line = " ".join(shlex.quote(w) for w in words)
        for name in location_params(plan["bundle_id"]):
            if name not in plan["params"]:
                line += f' --param "{name}=${name.upper()}"'
        lines.append(line)
    return lines


def run(settings: Settings, ref: str, *, size: str = "smoke", device: str | None = None,
        progress: Progress | None = None) -> dict[str, Any]:
    """Run every distinct plan of the subject's claims once per seed it still lacks."""
    from verifier import repro_cli

    todo = _todo(settings, ref, size, device)
    ran = Counter()
    no_device = 0
    for plan, missing in todo.values():
        if not missing:
            continue
        if settings.repro_backend == "local" and \
                (device or _default_device(plan["bundle_id"], plan["size"])) == "cuda" and not _has_cuda():
            no_device += 1  # every run would fail at once: leave the plan pending (--commands prints its runs)
            continue  # (a Ray cluster's workers have their own devices: its runs go ahead)
        records = repro_cli.run(settings, plan["bundle_id"], size=plan["size"], device=device,
                                params=[f"{k}={_param_text(v)}" for k, v in plan["params"].items()],
                                seeds=missing, progress=progress)
        for r in records:
            ran[r.status] += 1
    # a sweep's values are one plan: complete when every value's runs are
    whole: dict[str, bool] = {}
    for plan, missing in todo.values():
        x = _sweep(plan)
        key = _key({**plan, "params": {k: v for k, v in plan["params"].items() if k != x}})
        whole[key] = whole.get(key, True) and not missing
    return {"subject": ref, "plans": len(whole), "runs": dict(ran),
            "already_complete": sum(whole.values()), "need_cuda": no_device}


def _default_device(bundle: str, size: str) -> str | None:
    """The device a bundle's manifest names for ``size`` (None for an unknown bundle: the runner says)."""
    from verifier.repro_cli import shipped_manifest

    manifest = shipped_manifest(bundle)
    return None if manifest is None else manifest.device.for_size(size)


def _has_cuda() -> bool:
    import torch

    return torch.cuda.is_available()


def _param_text(v: Any) -> str:
    return ",".join(str(x) for x in v) if isinstance(v, (list, tuple)) else str(v)


# -- judge and gate ------------------------------------------------------------------------------


def judge(settings: Settings, ref: str, *, size: str = "smoke", device: str | None = None) -> Counter:
    """A verdict row per planned claim, from the stored runs of its plan."""
    from claims_db.assessments import VerdictRow
    from claims_db.engine import transaction
    from verifier.judge import JUDGE_VERSION, judge_claim
    from verifier.verdicts import ReproPlan

    labels = Counter()
    engine = open_database(settings)
    with storage_errors(ref), transaction(engine) as s:
        subject = load_subject(s, ref)
        for cref, plan, row in _plans(s, subject, size, device):
            runs = [r.result for r in _runs_for(s, plan) if r.result]
            if not runs:
                continue
            verdict = judge_claim(ReproPlan.model_validate(plan), runs)
            labels[verdict.label.value] += 1
            target = {"claim_id": row.claim_id} if row.claim_id else {"synthesis_claim_id": row.synthesis_claim_id}
            s.add(VerdictRow(**target, plan_id=row.id, label=verdict.label.value, scale=verdict.scale,
                             run_ids=verdict.runs_used, verdict=verdict.model_dump(mode="json"),
                             judge_version=JUDGE_VERSION))
    return labels


def more_seeds(settings: Settings, ref: str) -> tuple[list[str], int]:
    """The claims whose newest verdict is inconclusive where the paired bootstrap, or a trend's
    interval over its points, would alone have decided (more seeds may decide them), and the most
    seeds any of their plans ran."""
    from claims_db.assessments import PlanRow
    from claims_db.engine import transaction
    from verifier.judge import MORE_SEEDS

    engine = open_database(settings)
    with storage_errors(ref), transaction(engine) as s:
        refs, most = [], 0
        for cref, row in latest_verdicts(s, load_subject(s, ref)).items():
            if row.label == "inconclusive" and any(MORE_SEEDS in r for r in row.verdict.get("reasons", [])):
                refs.append(cref)
                plan = s.get(PlanRow, row.plan_id)
                most = max(most, len(plan.plan.get("seeds", [])) if plan is not None else 0)
        return refs, most


def seeds_hint(ran: int) -> tuple[int, str]:
    """The ``--seeds`` to suggest after ``ran`` seeds (at least 8, else twice as many), and the
    seeds it adds in words."""
    more = max(8, 2 * ran)
    return more, f"seeds {ran}-{more - 1}" if ran else f"seeds 0-{more - 1}"


def more_seeds_line(settings: Settings, ref: str, command: str) -> str | None:
    """The line ``verify`` and ``demo`` print when more seeds may decide some of ``ref``'s verdicts:
    which claims, and ``command`` with the ``--seeds`` to try; None when there are none."""
    undecided, ran = more_seeds(settings, ref)
    if not undecided:
        return None
    n, added = seeds_hint(ran)
    return (f"more seeds may decide {len(undecided)} inconclusive verdict(s) ({', '.join(undecided)}): "
            f"`{command} --seeds {n}` runs {added} beside the stored ones")


def latest_verdicts(session, subject: Subject) -> dict[str, Any]:
    """claim ref -> its newest VerdictRow."""
    from sqlalchemy import select

    from claims_db.assessments import VerdictRow

    col = VerdictRow.claim_id if subject.kind == "paper" else VerdictRow.synthesis_claim_id
    ids = {rid: cref for cref, _, rid in subject.claims}
    out = {}
    for row in session.scalars(select(VerdictRow).where(col.in_(list(ids))).order_by(VerdictRow.id)):
        out[ids[row.claim_id if subject.kind == "paper" else row.synthesis_claim_id]] = row
    return out


def artifacts_for(session, verdict_rows) -> list:
    """The attached artifact of each verdict: its bundle seal and the digests of the run records it used."""
    from claims_db.models import ReproRun
    from verifier.gates import Artifact
    from verifier.provenance import record_sha256

    arts = []
    for row in verdict_rows:
        v = row.verdict
        records = {}
        for rid in v.get("runs_used", []):
            run = session.get(ReproRun, rid)
            if run is not None and run.result:
                records[rid] = record_sha256(run.result)
        if records:
            arts.append(Artifact(claim_ref=v["claim_ref"], bundle_id=v["bundle_id"], seal=v["seal"],
                                 run_records=records))
    return arts


def gate(settings: Settings, ref: str) -> list[Any]:
    """Gate 0, 1 and 2 records for the subject, stored with time and reason."""
    from claims_db.assessments import GateRow
    from claims_db.engine import transaction
    from verifier import gates
    from verifier.gate1 import latest_groundings
    from verifier.verdicts import ClaimVerdict

    now = datetime.now(UTC)
    engine = open_database(settings)
    with storage_errors(ref), transaction(engine) as s:
        subject = load_subject(s, ref)
        if subject.kind == "paper":
            from claims_db.models import Paper

            paper = s.get(Paper, subject.paper_id)
            src = subject_source(s, subject)
            g0 = gates.gate0(subject=subject.ref, sha256=src.sha256 if src else None, size=src.size if src else None,
                             title=paper.title, identifier=paper.ref, at=now)
        else:
            from claims_db.models import Synthesis

            syn = s.get(Synthesis, subject.synthesis_id)
            g0 = gates.gate0(subject=subject.ref, sha256=syn.source.sha256, size=syn.source.size, title=syn.title,
                             identifier=subject.ref, at=now)
        target = "claim" if subject.kind == "paper" else "synthesis_claim"
        gmap = latest_groundings(s, target, [rid for _, _, rid in subject.claims])
        # a grounding against no source at all (a synthesis none of whose references could be
        # ingested) checked nothing: it does not count for Gate 1
        by_ref = {cref: {"verdict": gmap[rid].verdict, "score": gmap[rid].score}
                  for cref, _, rid in subject.claims if rid in gmap and gmap[rid].sources}
        g1 = gates.gate1(list(by_ref.values()), subject=subject.ref, at=now)
        vrows = list(latest_verdicts(s, subject).values())
        verdicts = [ClaimVerdict.model_validate(r.verdict) for r in vrows]
        g2 = gates.gate2(verdicts, artifacts_for(s, vrows), subject=subject.ref, at=now, groundings=by_ref,
                         kind=subject.kind)
        records = [g0, g1, g2]
        for g in records:
            s.add(GateRow(paper_id=subject.paper_id, synthesis_id=subject.synthesis_id, gate=g.gate,
                          status=g.status.value, reason=g.reason, detail=g.model_dump(mode="json"), evaluated_at=now))
    return records
