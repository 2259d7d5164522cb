"""Reproduction runs: start, finish once, refuse changes to terminal rows, close orphans."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from claims_db import store
from claims_db.engine import transaction
from claims_db.errors import InvalidRecord, RunImmutable, RunNotFound
from claims_db.models import ReproRun

RUN = {
    "bundle_id": "qat-lsq-tiny",
    "bundle_version": "1",
    "seal": "sha256:" + "9" * 64,
    "size": "smoke",
    "device": "cpu",
    "params": {"bits": 4, "steps": 20},
    "seeds": [0, 1],
    "sandbox": {"network": False, "memory_mb": 2048},
}


def _start(db_engine, **extra) -> str:
    with transaction(db_engine) as s:
        return store.start_run(s, **{**RUN, **extra}).id


def test_lifecycle(db_engine, ingest):
    with transaction(db_engine) as s:
        paper, *_ = ingest(s)
        claim_id = store.claims_for(s, paper)[0].id
    run_id = _start(db_engine, claim_id=claim_id)
    with Session(db_engine) as s:
        run = store.get_run(s, run_id)
        assert (run.status, run.finished_at, run.terminal) == ("running", None, False)
        assert run.started_at.tzinfo is not None and run.params == RUN["params"] and run.seeds == [0, 1]
    result = {"metrics": {"accuracy": 0.91}, "curves": {"loss": [2.0, 1.1, 0.7]}}
    with transaction(db_engine) as s:
        store.finish_run(
            s,
            run_id,
            status="ok",
            result=result,
            result_sha256="a" * 64,
            log_sha256="b" * 64,
            log_text="step 20 loss 0.7\n",
            fingerprint={"torch": "2.13.0", "device": "cpu"},
        )
    with Session(db_engine) as s:
        run = store.get_run(s, run_id[:8])
        assert (run.status, run.result, run.claim_id) == ("ok", result, claim_id)
        assert run.terminal and run.finished_at >= run.started_at
        assert [r.id for r in store.list_runs(s, claim_id=claim_id)] == [run_id]
        assert store.list_runs(s, status="running") == []


def test_terminal_run_cannot_be_finished_again(db_engine):
    for terminal in ["ok", "failed", "timeout", "refused"]:
        run_id = _start(db_engine)
        with transaction(db_engine) as s:
            store.finish_run(s, run_id, status=terminal, log_text="first")
        with pytest.raises(RunImmutable, match=terminal):
            with transaction(db_engine) as s:
                store.finish_run(s, run_id, status="ok", log_text="second")
        with Session(db_engine) as s:
            run = store.get_run(s, run_id)
            assert (run.status, run.log_text) == (terminal, "first")


def test_terminal_run_cannot_be_edited_or_deleted_through_the_orm(db_engine):
    run_id = _start(db_engine)
    with transaction(db_engine) as s:
        store.finish_run(s, run_id, status="failed", log_text="original log")
    with pytest.raises(RunImmutable, match="cannot change"):
        with transaction(db_engine) as s:
            s.get(ReproRun, run_id).log_text = "rewritten"
    with pytest.raises(RunImmutable, match="cannot be deleted"):
        with transaction(db_engine) as s:
            s.delete(s.get(ReproRun, run_id))
    with Session(db_engine) as s:
        assert s.get(ReproRun, run_id).log_text == "original log"


@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_finish_needs_a_terminal_status_and_a_known_run(db_engine):
    run_id = _start(db_engine)
    with Session(db_engine) as s:
        with pytest.raises(InvalidRecord, match="not a terminal"):
            store.finish_run(s, run_id, status="running")
        with pytest.raises(InvalidRecord, match="not a terminal"):
            store.finish_run(s, run_id, status="done")
        with pytest.raises(RunNotFound, match="no such run"):
            store.finish_run(s, "00000000-0000-4000-8000-000000000000", status="ok")


def test_mark_interrupted_closes_only_running_rows(db_engine):
    done = _start(db_engine)
    orphans = {_start(db_engine), _start(db_engine)}
    with transaction(db_engine) as s:
        store.finish_run(s, done, status="killed")
    when = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    with transaction(db_engine) as s:
        assert set(store.mark_interrupted(s, finished_at=when)) == orphans
    with transaction(db_engine) as s:
        assert store.mark_interrupted(s) == []
    with Session(db_engine) as s:
        statuses = {r.id: (r.status, r.finished_at) for r in store.list_runs(s)}
    assert statuses[done][0] == "killed"
    assert all(statuses[r] == ("interrupted", when) for r in orphans)


def test_database_refuses_an_unknown_status(db_engine):
    run_id = _start(db_engine)
    with pytest.raises(Exception, match="(?i)check"):
        with transaction(db_engine) as s:
            # bypass the helpers and the mapper guard: the CHECK constraint still holds
            s.execute(ReproRun.__table__.update().where(ReproRun.id == run_id).values(status="maybe"))


@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_start_run_checks_its_input(db_engine):
    with Session(db_engine) as s:
        with pytest.raises(InvalidRecord, match="not a uuid"):
            store.start_run(s, **RUN, run_id="run-1")
        with pytest.raises(InvalidRecord, match="non-empty"):
            store.start_run(s, **{**RUN, "seal": ""})
        with pytest.raises(InvalidRecord, match="naive"):
            store.start_run(s, **RUN, started_at=datetime(2026, 1, 1))
