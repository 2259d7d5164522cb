"""``verifier correct``: an append-only correction of a published record, with its reason.

Targets (the record's JSON view, a dotted field path into it):

- ``claim:ID`` — a paper's claim (``Claim`` JSON: ``value.value``, ``model``, ``kind`` ...);
- ``verdict:claim:ID`` / ``verdict:synthesis_claim:ID`` — the newest reproduction verdict of a
  claim (``ClaimVerdict`` JSON: ``label``, ``reasons`` ...);
- ``paper`` / ``synthesis`` — the subject itself (``title``).

The value a correction replaces is read from the store as it stands after earlier corrections
(:func:`verifier.corrections.apply_corrections`), so two conflicting corrections are refused.
Nothing stored is edited: the correction is a new row, and reports show the history.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from verifier.config import Settings
from verifier.errors import InputError
from verifier.ingest import open_database, storage_errors


def _view(session, subject, target: str) -> dict[str, Any]:
    from claims_db.models import ClaimRow, Paper, Synthesis
    from verifier.verify import latest_verdicts

    if target == "paper" and subject.kind == "paper":
        p = session.get(Paper, subject.paper_id)
        return {"title": p.title, "arxiv_id": p.arxiv_id, "arxiv_version": p.arxiv_version}
    if target == "synthesis" and subject.kind == "synthesis":
        s = session.get(Synthesis, subject.synthesis_id)
        return {"title": s.title, "research_question": s.research_question}
    refs = {cref for cref, _, _ in subject.claims}
    if target.startswith("claim:") and target in refs:
        row = session.get(ClaimRow, int(target.split(":")[1]))
        return dict(row.data)
    if target.startswith("verdict:"):
        cref = target.removeprefix("verdict:")
        verdicts = latest_verdicts(session, subject)
        if cref in verdicts:
            return dict(verdicts[cref].verdict)
        if cref in refs:
            raise InputError("this claim has no reproduction verdict to correct", subject=target,
                             hint="`verifier verify` judges claims first")
    raise InputError(f"no such record of {subject.ref}", subject=target,
                     hint="targets: paper, synthesis, claim:ID, verdict:claim:ID, verdict:synthesis_claim:ID")


def correct(settings: Settings, ref: str, *, target: str, field: str, new: str, reason: str):
    """Append a correction of ``target.field`` to ``new`` (JSON, or a plain string) with ``reason``."""
    from sqlalchemy import select

    from claims_db.assessments import CorrectionRow
    from claims_db.engine import transaction
    from verifier.corrections import Correction, apply_corrections
    from verifier.verify import load_subject

    if not reason.strip():
        raise InputError("a correction needs a reason a reader can check", subject=target, hint='--reason "..."')
    try:
        value = json.loads(new)
    except json.JSONDecodeError:
        value = new
    engine = open_database(settings)
    with storage_errors(ref), transaction(engine) as s:
        subject = load_subject(s, ref)
        view = _view(s, subject, target)
        col = CorrectionRow.paper_id if subject.kind == "paper" else CorrectionRow.synthesis_id
        key = subject.paper_id if subject.kind == "paper" else subject.synthesis_id
        earlier = [Correction(target=r.target, field=r.field, old=r.old_value, new=r.new_value, reason=r.reason,
                              at=r.created_at)
                   for r in s.scalars(select(CorrectionRow).where(col == key, CorrectionRow.target == target)
                                      .order_by(CorrectionRow.id))]
        current = apply_corrections(view, earlier, target=target).current
        old = current
        for part in field.split("."):
            if not isinstance(old, dict) or part not in old:
                raise InputError(f"no field {field!r}", subject=target,
                                 hint="fields: " + ", ".join(sorted(current))[:300])
            old = old[part]
        c = Correction(target=target, field=field, old=old, new=value, reason=reason, at=datetime.now(UTC))
        apply_corrections(view, earlier + [c], target=target)  # refuses a conflicting history
        s.add(CorrectionRow(paper_id=subject.paper_id, synthesis_id=subject.synthesis_id, target=target,
                            field=field, old_value=old, new_value=value, reason=reason, created_at=c.at))
    return c
