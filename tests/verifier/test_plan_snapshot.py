"""tools/plan_snapshot.py: the plans of a set of claims, written and compared (a matcher regression check)."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("plan_snapshot", ROOT / "tools" / "plan_snapshot.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_sentences_snapshot_diffs_only_what_changed(tmp_path, capsys):
    tool = _tool()
    lines = ["GPTQ achieves lower perplexity than RTN at 4 bits on WikiText-2.",
             "The learning rate is 2e-5 with batch size 32."]
    src = tmp_path / "s.txt"
    src.write_text("\n".join(lines) + "\n")
    before, after = tmp_path / "a.json", tmp_path / "b.json"
    assert tool.main(["sentences", str(src), str(before)]) == 0
    snap = json.loads(before.read_text())
    assert set(snap) == set(lines)
    assert snap[lines[0]]["plans"]["small"]["planned"]["bundle_id"] == "smollm2_wikitext_ppl"
    assert snap[lines[1]]["plans"]["full"]["untestable"] == "not_a_result"
    assert tool.main(["--diff", str(before), str(before)]) == 0
    snap[lines[1]]["plans"]["full"] = {"untestable": "no_bundle", "reason": "changed"}
    after.write_text(json.dumps(snap))
    capsys.readouterr()
    assert tool.main(["--diff", str(before), str(after)]) == 1
    out = capsys.readouterr().out
    assert "1 of 2 entries differ" in out and lines[1][:40] in out and "full:" in out and "small:" not in out


def test_test_sentences_are_the_sentences_the_tests_quote():
    found = _tool().test_sentences()
    assert "AWQ outperforms existing methods under zero-shot and various few-shot settings." in found
    assert all(s.endswith(".") and "\n" not in s for s in found)
