"""The field-truth benchmark's scoring and its labelled file (benchmarks/claim_fields_truth.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def truth():
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        path = REPO / "benchmarks" / "claim_fields_truth.py"
        spec = importlib.util.spec_from_file_location("claim_fields_truth", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(REPO / "benchmarks"))


def test_a_field_is_right_missing_or_wrong(truth):
    assert truth.score("AWQ", ["AWQ"], truth.same_metric) == "right"
    assert truth.score("awq", ["AWQ"], truth.same_metric) == "right"
    assert truth.score(None, ["AWQ", None], truth.same_metric) == "right"  # naming none is accepted
    assert truth.score(None, ["AWQ"], truth.same_metric) == "missing"
    assert truth.score("RTN", ["AWQ", None], truth.same_metric) == "wrong"
    assert truth.score(11.92, [11.92], truth.same_value) == "right"
    assert truth.score(11.95, [11.92], truth.same_value) == "right"  # within 0.5%
    assert truth.score(23.54, [11.92], truth.same_value) == "wrong"


def test_a_metric_and_value_pair_is_wrong_when_no_accepted_pair_holds_what_it_set(truth):
    pairs = [["speedup", 1.56], ["memory", 2.0]]
    assert truth.score_pair("memory", 2.0, pairs) == "right"
    assert truth.score_pair("memory", 1.56, pairs) == "wrong"  # each accepted alone, not together
    assert truth.score_pair("memory", None, pairs) == "missing"
    assert truth.score_pair(None, 1.56, pairs) == "missing"
    assert truth.score_pair(None, None, pairs) == "missing"
    assert truth.score_pair("latency", None, pairs) == "wrong"
    assert truth.score_pair(None, None, [[None, None]]) == "right"
    assert truth.score_pair(None, 3.0, [[None, None]]) == "wrong"


def test_the_labelled_sentences_are_well_formed(truth):
    from claim_kinds import TITLES

    rows = [json.loads(line) for line in truth.LABELLED.read_text().splitlines() if line.strip()]
    assert len(rows) == 232 and len({r["sentence"] for r in rows}) == 232
    assert [r["split"] for r in rows] == ["first"] * 80 + ["second"] * 80 + ["third"] * 72
    kinds = {json.loads(line)["sentence"]: json.loads(line)["accept"][0]
             for line in (REPO / "benchmarks" / "data" / "claim_kinds.jsonl").read_text().splitlines()}
    for row in rows:
        assert row["paper"] in TITLES
        assert kinds[row["sentence"]] not in ("setup", "none")  # drawn from the findings the kind labels give
        assert row["method"] and all(m is None or isinstance(m, str) for m in row["method"])
        assert row["measures"] and all(len(p) == 2 and (p[0] is None or isinstance(p[0], str))
                                       and (p[1] is None or isinstance(p[1], (int, float))) for p in row["measures"])
