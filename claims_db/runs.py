"""Reproduction runs: written ``running`` when a sandboxed run starts, finished exactly once.

A terminal run (ok, failed, killed, timeout, interrupted, refused) is evidence for a verdict
(DESIGN.md, Gate 2), so it is never edited: ``finish_run`` refuses a run that is not running,
and a mapper guard in :mod:`claims_db.models` refuses any other update. A rerun is a new row.
A runner that died leaves ``running`` rows; ``mark_interrupted`` closes them as interrupted.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims_db.errors import InvalidRecord, RunImmutable, RunNotFound
from claims_db.models import RUN_STATUSES, TERMINAL_STATUSES, ReproRun, utcnow
from claims_db.records import jsonable

RUN_PREFIX_MIN = 8


def _aware(value: datetime | None, what: str) -> datetime:
    if value is None:
        return utcnow()
    if value.tzinfo is None:
        raise InvalidRecord("is a naive datetime", subject=what, hint="pass a timezone-aware time, e.g. in UTC")
    return value


def start_run(
    session: Session,
    *,
    bundle_id: str,
    bundle_version: str,
    seal: str,
    size: str,
    device: str,
    params: Mapping[str, Any] | None = None,
    seeds: Sequence[int] = (),
    claim_id: int | None = None,
    sandbox: Mapping[str, Any] | None = None,
    run_id: str | None = None,
    started_at: datetime | None = None,
) -> ReproRun:
    """Record a run that is starting now; returns the ``running`` row (its id is a uuid4)."""
    for label, value in (("bundle_id", bundle_id), ("seal", seal), ("size", size), ("device", device)):
        if not isinstance(value, str) or not value.strip():
            raise InvalidRecord("must be a non-empty string", subject=f"{label} {value!r}")
    if run_id is not None:
        try:
            run_id = str(uuid.UUID(run_id))
        except ValueError as exc:
            raise InvalidRecord("is not a uuid", subject=f"run id {run_id!r}", hint="leave it out to get one") from exc
    run = ReproRun(
        id=run_id or str(uuid.uuid4()),
        bundle_id=bundle_id,
        bundle_version=str(bundle_version),
        seal=seal,
        size=size,
        device=device,
        params=jsonable(dict(params or {}), f"params of {bundle_id}"),
        seeds=jsonable([int(s) for s in seeds], f"seeds of {bundle_id}"),
        status="running",
        started_at=_aware(started_at, "started_at"),
        claim_id=claim_id,
        sandbox=jsonable(dict(sandbox), f"sandbox of {bundle_id}") if sandbox is not None else None,
    )
    session.add(run)
    session.flush()
    return run


def get_run(session: Session, run_id: str) -> ReproRun:
    """The run with this id, or with this unique id prefix (8 characters or more)."""
    run = session.get(ReproRun, run_id)
    if run is not None:
        return run
    if isinstance(run_id, str) and len(run_id) >= RUN_PREFIX_MIN:
        matches = list(session.scalars(select(ReproRun).where(ReproRun.id.startswith(run_id, autoescape=True))))
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise RunNotFound(
                f"matches {len(matches)} runs",
                subject=f"run {run_id}",
                hint="give more characters of the run id",
            )
    raise RunNotFound("no such run", subject=f"run {run_id}", hint="list runs with list_runs")


def finish_run(
    session: Session,
    run_id: str,
    *,
    status: str,
    result: Mapping[str, Any] | None = None,
    result_sha256: str | None = None,
    log_sha256: str | None = None,
    log_text: str | None = None,
    fingerprint: Mapping[str, Any] | None = None,
    finished_at: datetime | None = None,
) -> ReproRun:
    """Finish a running run once, with its terminal status and what it produced.

    Raises :class:`RunImmutable` if the run is already terminal, :class:`RunNotFound` for an
    unknown id, :class:`InvalidRecord` for a status that is not terminal. On PostgreSQL the row
    is locked first, so two finishers cannot both succeed.
    """
    if status not in TERMINAL_STATUSES:
        raise InvalidRecord(
            "is not a terminal run status",
            subject=f"status {status!r}",
            hint=f"use one of {', '.join(sorted(TERMINAL_STATUSES))}",
        )
    run = get_run(session, run_id)
    session.refresh(run, with_for_update=True)
    if run.status != "running":
        raise RunImmutable(
            f"run is already {run.status!r}; a run is finished once",
            subject=f"run {run.id}",
            hint="start a new run to try again",
        )
    run.status = status
    run.finished_at = _aware(finished_at, "finished_at")
    run.result = jsonable(dict(result), f"result of run {run.id}") if result is not None else None
    run.result_sha256 = result_sha256
    run.log_sha256 = log_sha256
    run.log_text = log_text
    run.fingerprint = jsonable(dict(fingerprint), f"fingerprint of run {run.id}") if fingerprint is not None else None
    session.flush()
    return run


def mark_interrupted(session: Session, *, finished_at: datetime | None = None) -> list[str]:
    """Close every ``running`` row as ``interrupted``; returns their ids.

    Call it when no runner is alive (at runner start-up): a row still ``running`` then was
    left by a runner that died, and would otherwise look in progress forever.
    """
    when = _aware(finished_at, "finished_at")
    runs = list(session.scalars(select(ReproRun).where(ReproRun.status == "running").with_for_update()))
    for run in runs:
        run.status = "interrupted"
        run.finished_at = when
    session.flush()
    return [run.id for run in runs]


def list_runs(
    session: Session,
    *,
    bundle_id: str | None = None,
    status: str | None = None,
    claim_id: int | None = None,
    limit: int | None = None,
) -> list[ReproRun]:
    """Runs, newest first, optionally filtered by bundle, status or claim."""
    if status is not None and status not in RUN_STATUSES:
        raise InvalidRecord(
            "is not a run status", subject=f"status {status!r}", hint=f"use one of {', '.join(RUN_STATUSES)}"
        )
    query = select(ReproRun)
    if bundle_id is not None:
        query = query.where(ReproRun.bundle_id == bundle_id)
    if status is not None:
        query = query.where(ReproRun.status == status)
    if claim_id is not None:
        query = query.where(ReproRun.claim_id == claim_id)
    query = query.order_by(ReproRun.started_at.desc(), ReproRun.id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))
