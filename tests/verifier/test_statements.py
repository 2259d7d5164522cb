"""Each recorded run carries an in-toto Statement v1 whose subjects are its result files' digests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from verifier.config import load_settings
from verifier.repro_cli import STATEMENT_FILE, run


def test_a_run_gets_a_statement_of_its_result_files(tmp_path, monkeypatch):
    monkeypatch.delenv("VERIFIER_DATABASE_URL", raising=False)
    settings = load_settings(data_dir=tmp_path / "data")
    [record] = run(settings, "gptq_vs_rtn", size="smoke", seeds=[0], params=["train_steps=4"])
    assert record.status == "ok" and record.files
    statement = json.loads((Path(record.record_dir) / STATEMENT_FILE).read_text())
    assert statement["_type"] == "https://in-toto.io/Statement/v1"
    subjects = {s["name"]: s["digest"]["sha256"] for s in statement["subject"]}
    assert subjects == record.files
    out = Path(record.record_dir)
    for name, digest in subjects.items():
        candidates = [p for p in out.rglob(Path(name).name) if p.is_file()]
        assert any(hashlib.sha256(p.read_bytes()).hexdigest() == digest for p in candidates), name
    assert statement["predicate"]["seal"] == record.seal and statement["predicate"]["run_id"] == record.run_id
