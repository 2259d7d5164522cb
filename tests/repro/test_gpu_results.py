"""The committed GPU results (benchmarks/results/gpu/<date>/run*/) hold up: every archived run
passes the import checks against the lock of the commit it ran from (named in the folder's
``commit`` file), its fingerprint names the GPU, and the figures the notes and reports quote are
the ones the records hold. A record edited after the fact, or a figure quoted that no record
holds, fails here.

Needs the repository's history (``git show <commit>:repro/bundles.lock``); skips without it.
"""

import json
import subprocess
import tarfile
from pathlib import Path

import pytest

from repro.tools.import_runs import import_runs

REPO = Path(__file__).resolve().parents[2]
GPU = REPO / "benchmarks" / "results" / "gpu"
RUN_FOLDERS = sorted(p.parent for p in GPU.glob("*/run*/commit"))


def _lock_at(commit: str, into: Path) -> Path:
    done = subprocess.run(["git", "-C", str(REPO), "show", f"{commit}:repro/bundles.lock"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"no git history for {commit[:9]} here: {done.stderr.strip()[:200]}")
    path = into / "bundles.lock"
    path.write_text(done.stdout)
    return path


@pytest.mark.parametrize("folder", RUN_FOLDERS, ids=[f"{p.parent.name}/{p.name}" for p in RUN_FOLDERS])
def test_archived_gpu_runs_pass_the_import_checks_of_their_commit(folder, tmp_path):
    commit = (folder / "commit").read_text().strip()
    archives = sorted(folder.glob("records-*.tar.gz"))
    assert archives, f"{folder} has a commit file but no records archive"
    runs = import_runs(archives, tmp_path / "runs", lock_path=_lock_at(commit, tmp_path))
    assert runs and len({r.record.run_id for r in runs}) == len(runs)
    with tarfile.open(archives[0]) as tar:
        assert sum(name.endswith("record.json") for name in tar.getnames()) == len(runs)
    for imported in runs:
        record = imported.record
        assert record.device == "cuda" and record.size == "full"
        assert str(record.fingerprint.get("gpu_name", "")).startswith("NVIDIA"), record.fingerprint
        assert record.fingerprint.get("cuda_available") is True


def test_the_figures_quoted_for_the_second_h200_run_are_the_records():
    """The README and the closing note quote these; they must be what the records and files hold."""
    folder = GPU / "2026-12-04" / "run2"
    if not folder.is_dir():
        pytest.skip("the 2026-12-04 GPU results are not in this checkout")
    records = {}
    with tarfile.open(next(folder.glob("records-*.tar.gz"))) as tar:
        for member in tar.getmembers():
            if member.name.endswith("record.json"):
                record = json.load(tar.extractfile(member))
                records[record["bundle_id"]] = record
    panel = records["qat_vs_ptq_bits"]
    assert panel["status"] == "ok" and panel["fingerprint"]["gpu_name"] == "NVIDIA H200"
    assert panel["metrics"]["fp_exact_match"] >= 0.99
    assert panel["metrics"]["qat_step_over_fp_step"] == pytest.approx(1.024, abs=5e-4)
    assert records["gptq_vs_rtn"]["status"] == "ok"
    bench = json.loads((REPO / "benchmarks" / "results" / "panel-cuda-2026-12-04-run2.json").read_text())
    assert bench["panel"]["run_wall_s"] == pytest.approx(34.7, abs=0.05)
    assert bench["panel"]["qat_step_over_fp_step"] == pytest.approx(1.020, abs=5e-4)
    spreads = {b: s["worst_max_over_min_minus_1"] for b, s in bench["speedups"].items()}
    assert spreads["sparse24_matmul_speedup"] == pytest.approx(0.0256, abs=5e-4)
    assert spreads["lowbit_matmul_speedup"] == pytest.approx(0.150, abs=5e-4)
    steps = json.loads((REPO / "benchmarks" / "results" / "qat_step-cuda-2026-12-04-run2.json").read_text())
    assert steps["ste_over_fp"]["median"] == pytest.approx(1.022, abs=5e-4)
    assert steps["step_modes"] == {"fp": "cuda-graph", "ste": "cuda-graph", "lsq": "cuda-graph"}


SMALL_CPU = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-05"


def test_the_small_size_cpu_runs_import_and_hold_the_figures_their_readme_quotes(tmp_path):
    commit = (SMALL_CPU / "commit").read_text().strip()
    runs = import_runs([SMALL_CPU], tmp_path / "runs", lock_path=_lock_at(commit, tmp_path))
    by: dict[str, list] = {}
    for r in runs:
        assert r.record.status == "ok" and r.record.size == "small" and r.record.device == "cpu"
        by.setdefault(r.record.bundle_id, []).append(r.record)
    assert {b: sorted(x.seed for x in rs) for b, rs in by.items()} == {
        b: [0, 1, 2] for b in ("gptq_vs_rtn", "pruning_sweep", "qat_vs_ptq_bits", "pruned_qat_vs_fp",
                               "qat_compute_share")}

    def mean(bundle, metric):
        return sum(x.metrics[metric] for x in by[bundle]) / 3

    readme = (SMALL_CPU / "README.md").read_text()
    quoted = {("pruning_sweep", "wanda_s50_exact_match"): "0.709",
              ("pruning_sweep", "magnitude_s50_exact_match"): "0.885",
              ("qat_vs_ptq_bits", "rtn_w2_exact_match"): "0.503", ("qat_vs_ptq_bits", "gptq_w2_exact_match"): "0.988",
              ("gptq_vs_rtn", "w8a8_exact_match"): "0.999", ("gptq_vs_rtn", "fp_exact_match"): "1.000",
              ("gptq_vs_rtn", "gptq_over_rtn_error_w3_channel"): "0.263"}
    for (bundle, metric), text in quoted.items():
        assert f"{mean(bundle, metric):.3f}" == text and text in readme, (bundle, metric)
    assert "0.709 vs magnitude 0.885" in (REPO / "README.md").read_text()


SMOLLM2_SMALL = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-05-smollm2"


def _small_size_records(folder: Path, bundle: str, tmp_path: Path) -> list:
    """The three seeds' records of a stored small-size CPU folder, imported at the commit it names."""
    commit = (folder / "commit").read_text().strip()
    runs = import_runs([folder], tmp_path / "runs", lock_path=_lock_at(commit, tmp_path))
    records = sorted((run.record for run in runs), key=lambda r: r.seed)
    assert [r.seed for r in records] == [0, 1, 2]
    for r in records:
        assert (r.bundle_id, r.status, r.size, r.device) == (bundle, "ok", "small", "cpu")
    return records


def test_the_smollm2_small_cpu_runs_import_and_hold_the_figures_their_readme_quotes(tmp_path):
    records = _small_size_records(SMOLLM2_SMALL, "smollm2_wikitext_ppl", tmp_path)
    r = records[0]
    readme = (SMOLLM2_SMALL / "README.md").read_text()
    for metric in ("ppl_baseline_gguf_fp32", "ppl_rtn_w3", "ppl_gptq_w3", "ppl_awq_w3", "ppl_w8a8",
                   "ppl_smoothquant_w8a8", "ppl_llm_int8", "ppl_wanda_unstructured"):
        assert f"{r.metrics[metric]:.3f}" in readme, metric
    base = r.metrics["ppl_baseline_gguf_fp32"]
    assert f"+{100 * (r.metrics['ppl_llm_int8'] / base - 1):.1f}%" in readme
    means = {metric: sum(x.metrics[metric] for x in records) / 3
             for metric in ("ppl_gptq_w3", "ppl_awq_w3", "ppl_smoothquant_w8a8", "ppl_w8a8", "ppl_wanda_2of4")}
    for metric, mean in means.items():
        assert f"{mean:.3f}" in readme, metric
        assert all(f"{x.metrics[metric]:.3f}" in readme for x in records), metric
    assert f"+{100 * (means['ppl_smoothquant_w8a8'] / base - 1):.1f}%" in readme
    assert all(x.metrics["ppl_awq_w3"] < x.metrics["ppl_gptq_w3"] < x.metrics["ppl_rtn_w3"] for x in records)


# two of the AWQ-over-GPTQ claims add "using 10x smaller calibration set": untested, so partial too; a sixth
# (match-88: no metric named, read as perplexity) states groups of 128 and a likeness, both untested
CORPUS_SMOLLM2_LABELS = {"ppl_awq_w3": ["partially_reproduced"] * 7, "ppl_llm_int8": ["not_reproduced"] * 5,
                         "ppl_smoothquant_w8a8": ["not_reproduced"] * 3}


def _corpus_smollm2_labels(records: list[dict], bundles: dict, seeds: int) -> dict[str, list[str]]:
    """The labels of the corpus's claims that plan on SmolLM2 at small size, by metric, on ``seeds`` seeds."""
    from verifier.extract import extract_claims
    from verifier.ingest import parse_source
    from verifier.judge import judge_claim
    from verifier.match import plan_claim
    from verifier.verdicts import ReproPlan

    labels: dict[str, list[str]] = {}
    for paper in ("awq", "llm-int8", "smoothquant"):
        path = REPO.parent / "shared" / "corpus" / paper / "paper.md"
        for i, c in enumerate(extract_claims(parse_source(path.read_bytes(), "markdown", path.name))):
            plan = plan_claim(c, f"c{i}", bundles, size="small", device="cpu")
            if isinstance(plan, ReproPlan) and plan.bundle_id == "smollm2_wikitext_ppl":
                v = judge_claim(plan.model_copy(update={"seeds": list(range(seeds))}), records)
                labels.setdefault(plan.metric, []).append(v.label.value)
    return labels


def test_the_corpus_perplexity_claims_get_the_verdicts_the_smollm2_readme_quotes():
    """The README's verdicts, judged again from the stored records by today's matcher and judge."""
    from repro.seal import LOCK_PATH
    from verifier.match import load_bundles

    records = [json.loads(p.read_text()) for p in SMOLLM2_SMALL.glob("*/record.json")]
    bundles = load_bundles()
    if bundles["smollm2_wikitext_ppl"].seal != records[0]["seal"]:
        pytest.skip(f"smollm2_wikitext_ppl was resealed since these runs ({LOCK_PATH})")
    if not (REPO.parent / "shared" / "corpus").is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    assert _corpus_smollm2_labels(records, bundles, 3) == CORPUS_SMOLLM2_LABELS
    readme = (SMOLLM2_SMALL / "README.md").read_text()
    assert "*partially reproduced*" in readme and "+1.74% on every seed" in readme


MINILM_SMALL = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-05-minilm"
# the sentences of the MiniLM README's verdict table, with the verdicts it quotes
MINILM_CLAIMS = {
    "BERT on GLUE can be pruned to 50% sparsity by magnitude pruning without any accuracy loss.": "not reproduced",
    "On SST-2, 4-bit QAT outperforms post-training RTN quantization in accuracy.": "inconclusive",
    # positive on every seed, too uneven for three seeds' paired t interval (judge-10's bootstrap: reproduced)
    "On SST-2, 3-bit QAT outperforms post-training RTN quantization in accuracy.": "inconclusive",
    "GPTQ achieves higher accuracy than RTN at 3 bits on SST-2.": "inconclusive",
    "GPTQ outperforms RTN at 4 bits on GLUE.": "inconclusive",
    "Wanda achieves higher accuracy than magnitude pruning at 50% sparsity on SST-2.": "reproduced at proxy scale",
    "8-bit post-training quantization of BERT on SST-2 causes no accuracy loss.": "reproduced at proxy scale",
    "4-bit post-training quantization of BERT on SST-2 causes no accuracy loss.": "inconclusive",
    "2:4 sparsity of BERT on GLUE keeps accuracy within 1% of the dense model.": "not reproduced",
    "Wanda 2:4 pruning of BERT loses no accuracy on SST-2.": "not reproduced",
    # judged at the sweep's 30% point (bundle 1.3.0 reports every swept sparsity)
    "Magnitude pruning of BERT to 30% sparsity loses no accuracy on SST-2.": "inconclusive",
    "Wanda pruning of BERT to 30% sparsity loses no accuracy on SST-2.": "inconclusive",
    # a 2:4 mask against 50% unstructured by the same method (no plan before match-32)
    "On SST-2, 2:4 pruning of BERT costs more accuracy than 50% unstructured magnitude pruning.":
        "reproduced at proxy scale",
    "On SST-2, Wanda 2:4 pruning of BERT is less accurate than 50% unstructured Wanda pruning.":
        "reproduced at proxy scale",
    # a stated loss: the direction against the dense model, its size as the margin (no plan before match-38)
    "Magnitude pruning of BERT to 50% sparsity reduces accuracy by 3 points on SST-2.": "reproduced at proxy scale",
    "4-bit post-training quantization of BERT loses 5 points of accuracy on SST-2.": "partially reproduced",
    "On SST-2, 3-bit RTN loses 4 points of accuracy.": "reproduced at proxy scale",
}


def test_the_minilm_small_cpu_runs_import_and_hold_the_figures_their_readme_quotes(tmp_path):
    from verifier.plans import SST2_LEARNED

    records = _small_size_records(MINILM_SMALL, "minilm_sst2_compression", tmp_path)
    for r in records:
        assert r.metrics["fp_accuracy"] >= SST2_LEARNED  # a learned model, or the comparisons mean nothing
    readme = (MINILM_SMALL / "README.md").read_text()
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines() if line.startswith("| ")}

    def cells(row: str, metrics: list[str]) -> None:
        line = rows[row]
        for r in records:
            assert " / ".join(f"{r.metrics[m]:.4f}" for m in metrics) in line, (row, r.seed)
        if "mean of 3" in readme and line.count("|") == 6 and line.split("|")[4].strip():
            mean = " / ".join(f"{sum(r.metrics[m] for r in records) / 3:.4f}" for m in metrics)
            assert line.split("|")[5].strip() == mean, row

    cells("fine-tuned, full precision", ["fp_accuracy"])
    for method in ("rtn", "gptq", "qat"):
        name = {"rtn": "RTN", "gptq": "GPTQ", "qat": "LSQ QAT"}[method]
        cells(f"{name} w8 / w4 / w3", [f"{method}_w{b}_accuracy" for b in (8, 4, 3)])
    cells("magnitude / Wanda 2:4", ["nm24_magnitude_accuracy", "nm24_wanda_accuracy"])
    for method, name in (("magnitude", "magnitude"), ("wanda", "Wanda")):
        cells(f"{name} 30 / 50 / 70%", [f"{method}_s{pct}_accuracy" for pct in (30, 50, 70)])
        for r in records:  # the per-sparsity metrics are the curve's points
            curve = r.curves[f"accuracy_vs_sparsity_{method}"]
            assert curve["x"] == [0.3, 0.5, 0.7]
            assert curve["y"] == [r.metrics[f"{method}_s{pct}_accuracy"] for pct in (30, 50, 70)]
    assert [r.metrics["wanda_knee_sparsity"] for r in records] == [0.3] * 3
    assert [r.metrics["magnitude_knee_sparsity"] for r in records] == [0.0, 0.3, 0.0]


def _judged_on_minilm(sentence: str):
    """(plan, verdict) for one sentence of a BERT paper, judged from the stored MiniLM runs."""
    from verifier.extract import extract_claims
    from verifier.ingest import parse_source
    from verifier.judge import judge_claim
    from verifier.match import load_bundles, plan_claim

    records = [json.loads(p.read_text()) for p in MINILM_SMALL.glob("*/record.json")]
    bundles = load_bundles()
    if bundles["minilm_sst2_compression"].seal != records[0]["seal"]:
        pytest.skip("minilm_sst2_compression was resealed since these runs")
    (c,) = extract_claims(parse_source(f"# Compressing BERT\n\n## Results\n\n{sentence}\n".encode(), "markdown",
                                       "t.md"))
    plan = plan_claim(c, "c1", bundles, size="small", device="cpu")
    return plan, judge_claim(plan, records)


def test_glue_claims_get_the_verdicts_the_minilm_readme_quotes():
    """The README's verdict table, judged again: today's extractor, matcher and judge on its sentences."""
    from verifier.verdicts import ReproPlan

    rows = {line.split("|")[1].strip(): line for line in (MINILM_SMALL / "README.md").read_text().splitlines()
            if line.startswith("| ")}
    for sentence, label in MINILM_CLAIMS.items():
        plan, verdict = _judged_on_minilm(sentence)
        assert isinstance(plan, ReproPlan) and plan.bundle_id == "minilm_sst2_compression", (sentence, plan)
        assert verdict.label.value.replace("_", " ") == label, (sentence, verdict.reasons)
        line = rows[sentence]
        assert f"*{label}*" in line
        low, high = verdict.interval.low, verdict.interval.high
        assert f"{verdict.observed:+.4f} ({low:.4f}..{high:.4f})" in line, (sentence, verdict.observed, low, high)


def test_typical_perplexity_claims_get_the_verdicts_the_smollm2_readme_quotes():
    """The README's table of other papers' perplexity claims, judged again from the stored records."""
    from verifier.extract import extract_claims
    from verifier.judge import judge_claim
    from verifier.markdown import parse_markdown
    from verifier.match import load_bundles, plan_claim
    from verifier.verdicts import ReproPlan

    records = [json.loads(p.read_text()) for p in SMOLLM2_SMALL.glob("*/record.json")]
    bundles = load_bundles()
    if bundles["smollm2_wikitext_ppl"].seal != records[0]["seal"]:
        pytest.skip("smollm2_wikitext_ppl was resealed since these runs")
    readme = (SMOLLM2_SMALL / "README.md").read_text()
    table = readme[readme.index("Typical perplexity claims"):]
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| claim")]
    assert len(rows) == 12
    labels = []
    for line in rows:
        sentence, _, figures, label = (cell.strip() for cell in line.strip("|").split("|"))
        doc = parse_markdown(f"# LLM compression\n\n## Results\n\n{sentence}\n".encode(), name="t.md")
        (c,) = [c for c in extract_claims(doc) if c.kind.value != "setup"]
        plan = plan_claim(c, "c1", bundles, size="small", device="cpu")
        assert isinstance(plan, ReproPlan) and plan.bundle_id == "smollm2_wikitext_ppl", (sentence, plan)
        v = judge_claim(plan, records)
        assert label == f"*{v.label.text}*", (sentence, v.reasons)
        assert figures == f"{v.observed:+.4f} ({v.interval.low:.4f}..{v.interval.high:.4f})", sentence
        labels.append(v.label.value)
    # three orderings hold on every seed but too unevenly for three seeds (judge-11): inconclusive
    assert labels.count("not_reproduced") == 4 and labels.count("reproduced_at_proxy_scale") == 3
    assert labels.count("inconclusive") == 3
    # two stated increases (% of the baseline, the margin of a relative comparison; match-39): far larger here
    assert labels.count("partially_reproduced") == 2


def test_knee_claims_get_the_verdicts_the_minilm_readme_quotes():
    """'Accuracy holds up to X% sparsity and falls beyond', 'the essential sparsity is X%': judged on the
    knee the runs report (Wanda's is 30% on every seed, magnitude's 0, 30, 0%)."""
    from verifier.verdicts import ReproPlan

    readme = (MINILM_SMALL / "README.md").read_text()
    table = readme[readme.index("Claims that place the knee"):]
    table = table[:table.index("\n\n", table.index("| claim"))]
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| claim")]
    assert len(rows) == 4
    labels = []
    for line in rows:
        sentence, planned, figures, label = (cell.strip() for cell in line.strip("|").split("|"))
        plan, verdict = _judged_on_minilm(sentence)
        assert isinstance(plan, ReproPlan) and plan.rule == "value", (sentence, plan)
        method, _, at = planned.partition(" knee at ")
        assert plan.metric == f"{method.lower()}_knee_sparsity" and f"{plan.expected.value:g}%" == at, sentence
        assert label.startswith(f"*{verdict.label.text}*"), (sentence, verdict.reasons)
        assert figures == f"{verdict.observed:.3f} ({verdict.interval.low:.3f}..{verdict.interval.high:.3f})", sentence
        labels.append(verdict.label.value)
    assert labels == ["reproduced_at_proxy_scale", "not_reproduced", "partially_reproduced", "inconclusive"]


def test_a_higher_knee_of_wanda_than_magnitude_is_inconclusive_on_the_minilm_records():
    """Wanda's knee is 30% on every seed, magnitude's 0, 30, 0%: paired differences 0.3, 0, 0.3, an
    interval that reaches past zero (the bootstrap's 0..0.3, the paired t interval's -0.23..0.63),
    so the runs cannot tell."""
    plan, verdict = _judged_on_minilm("On SST-2, Wanda tolerates higher sparsity than magnitude pruning.")
    assert plan.metric == "wanda_knee_sparsity" and plan.expected.baseline_metric == "magnitude_knee_sparsity"
    assert verdict.label.value == "inconclusive" and verdict.observed == pytest.approx(0.2)
    assert verdict.interval.low == pytest.approx(-0.2303, abs=1e-4) and verdict.interval.high == pytest.approx(0.6303,
                                                                                                          abs=1e-4)


def test_a_claimed_size_of_win_is_judged_too_on_the_minilm_records():
    """'Wanda beats magnitude by 10 points' where the runs show about 1 (+1.03 / +1.03 / +0.80 on the
    three seeds): the direction holds, the margin does not, so 'partially reproduced', not the
    'reproduced' the bare direction would get. (QAT's 2.6-point win over RTN at 3 bits, judge-10's
    example, is too uneven over three seeds for a direction since judge-11.)"""
    labels = {}
    for points in (10, 1):
        plan, verdict = _judged_on_minilm(f"On SST-2, Wanda outperforms magnitude pruning by {points} points at 50% "
                                          "sparsity.")
        assert plan.expected.margin is not None and plan.expected.margin.value == points
        assert verdict.direction_holds is True
        labels[points] = verdict.label.value
    assert labels == {10: "partially_reproduced", 1: "reproduced_at_proxy_scale"}


def test_a_share_of_accuracy_retained_is_judged_relative_to_the_dense_model_on_the_minilm_records():
    """'retains 98% of the dense accuracy' allows a 2% relative loss, not the default 1 point (Wanda
    at 50% loses 3.07 / 1.34 / 3.32% of the dense accuracy: the paired t interval reaches -5.3%, so
    'retains 95%' is inconclusive since judge-11 and 'retains 90%' holds)."""
    labels = {}
    for kept in (98, 95, 90):
        plan, verdict = _judged_on_minilm(f"Wanda at 50% sparsity retains {kept}% of the dense model's accuracy on "
                                          "SST-2.")
        assert plan.expected.relative and plan.expected.tolerance == pytest.approx(1 - kept / 100)
        assert verdict.metric_unit == "%" and -3.5 < verdict.observed < -1.5  # Wanda 50% loses ~2.6% of 0.86
        labels[kept] = verdict.label.value
    assert labels == {98: "inconclusive", 95: "inconclusive", 90: "reproduced_at_proxy_scale"}


def _comparison_rows(readme: Path, header: str = "| claim | plan | A - B, mean of 3") -> list[tuple[str, str, str]]:
    """(claim, figures, verdict) of the README's table that starts with ``header`` (by default its
    table of two-method comparisons, match-56), up to the blank line that ends it."""
    text = readme.read_text()
    table = text[text.index(header):].split("\n\n")[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| claim")]
    return [(c[0], c[2], c[3]) for c in ([cell.strip() for cell in line.strip("|").split("|")] for line in rows)]


def _rejudged(folder: Path, header: str, title: str, bundle_ids: set[str]) -> list[tuple[object, object]]:
    """(plan, verdict) of each row of the README table under ``header``: its sentence extracted,
    planned at small size and judged from the folder's records with today's extractor, matcher and
    judge, the figures and label the row quotes asserted; skipped when a bundle was resealed."""
    from verifier.extract import extract_claims
    from verifier.ingest import parse_source
    from verifier.judge import judge_claim
    from verifier.match import load_bundles, plan_claim
    from verifier.verdicts import ReproPlan

    records = [json.loads(p.read_text()) for p in folder.glob("*/record.json")]
    bundles = load_bundles()
    if any(bundles[r["bundle_id"]].seal != r["seal"] for r in records if r["bundle_id"] in bundle_ids):
        pytest.skip("a bundle was resealed since these runs")
    out = []
    for sentence, figures, label in _comparison_rows(folder / "README.md", header):
        (c,) = [c for c in extract_claims(parse_source(f"# {title}\n\n## Results\n\n{sentence}\n".encode(),
                                                         "markdown", "t.md")) if c.kind.value != "setup"]
        plan = plan_claim(c, "c1", bundles, size="small", device="cpu")
        assert isinstance(plan, ReproPlan) and plan.bundle_id in bundle_ids, (sentence, plan)
        v = judge_claim(plan, [r for r in records if r["bundle_id"] == plan.bundle_id])
        assert label.startswith(f"*{v.label.text}*"), (sentence, v.label, v.reasons)
        assert figures == f"{v.observed:+.4f} ({v.interval.low:.4f}..{v.interval.high:.4f})", sentence
        out.append((plan, v))
    return out


@pytest.mark.parametrize(("folder", "title", "bundle_ids", "expected"), [
    (MINILM_SMALL, "Compressing BERT", {"minilm_sst2_compression"},
     ["reproduced_at_proxy_scale", "inconclusive", "reproduced_at_proxy_scale", "inconclusive", "inconclusive",
      "inconclusive"]),
    (SMALL_CPU, "Compressing transformers", {"qat_vs_ptq_bits", "pruning_sweep"},
     ["reproduced_at_proxy_scale"] * 2 + ["inconclusive"] * 4),
])
def test_two_method_comparisons_get_the_verdicts_the_readmes_quote(folder, title, bundle_ids, expected):
    """Parity, denied wins and wins read from the other side, judged again from the stored records
    with today's extractor, matcher and judge (a sentence planned as the win it denies, as before
    judge-7, gets the opposite verdict here)."""
    judged = _rejudged(folder, "| claim | plan | A - B, mean of 3", title, bundle_ids)
    assert [v.label.value for _, v in judged] == expected


def test_trends_grids_and_losses_in_words_get_the_verdicts_the_readme_quotes():
    """Trends over bits and sparsity (a method's curve, the gap between two), two quantisation grids
    and a loss said in words (match-74 .. match-76), judged again from the stored small-size records:
    before match-74 'RTN accuracy drops as the bit width decreases' was judged on RTN's per-layer
    error over layer index."""
    judged = _rejudged(SMALL_CPU, "| claim | plan | observed, 3 seeds", "Compressing transformers",
                       {"qat_vs_ptq_bits", "pruning_sweep", "gptq_vs_rtn"})
    # judge-12: the bits trend's three seed slopes (+0.365 / +0.147 / +0.126) leave their t interval across zero
    assert [(p.rule, v.label.value) for p, v in judged] == [
        ("trend", "inconclusive"), ("trend", "not_reproduced"), ("trend", "inconclusive"),
        ("trend", "inconclusive"), ("paired_difference", "inconclusive"), ("paired_difference", "inconclusive"),
        ("paired_difference", "reproduced_at_proxy_scale")]


def test_the_smollm2_sparsity_sweep_gets_the_verdicts_its_readme_quotes():
    """The twelve runs of a parameter sweep (match-85: SmolLM2 pruned by Wanda to 20/40/60/80%),
    judged again from the stored records: the plan takes all twelve, and only them."""
    folder = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-06-smollm2-sweep"
    records = [json.loads(p.read_text()) for p in folder.glob("*/record.json")]
    assert len(records) == 12 and {r["params"]["sparsity"] for r in records} == {0.2, 0.4, 0.6, 0.8}
    judged = _rejudged(folder, "| claim | plan | observed, 12 runs", "Compressing language models",
                       {"smollm2_wikitext_ppl"})
    assert all(p.sweep == [0.2, 0.4, 0.6, 0.8] and len(v.runs_used) == 12 for p, v in judged)
    assert [v.label.value for _, v in judged] == ["reproduced_at_proxy_scale", "not_reproduced"]


def test_the_smollm2_gap_sweep_gets_the_verdicts_its_readme_quotes():
    """Both pruning methods in each of twelve sweep runs (match-87): the gap's trend judged again
    from the stored records, on the per-run difference of the two perplexities."""
    folder = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-06-smollm2-sweep-gap"
    judged = _rejudged(folder, "| claim | plan | observed, 12 runs", "Compressing language models",
                       {"smollm2_wikitext_ppl"})
    assert all(p.expected.minus_metric == "ppl_magnitude_unstructured" and len(v.runs_used) == 12 for p, v in judged)
    assert [v.label.value for _, v in judged] == ["reproduced_at_proxy_scale", "partially_reproduced"]


def test_claims_read_since_match_88_get_the_verdicts_the_readme_quotes():
    """Two subjects in one sentence, a collapse at a sparsity or a hold denied beyond one, and
    quality over the QAT share of one budget (match-88), judged again from the stored small-size
    records: one subject of two tested caps the verdict at partial, and the knee bounds of three
    seeds stay inconclusive rather than vouch for a bound their interval crosses."""
    judged = _rejudged(SMALL_CPU, "| claim (match-88) | plan | observed, 3 seeds", "Compressing transformers",
                       {"qat_vs_ptq_bits", "pruning_sweep", "qat_compute_share"})
    assert [(p.metric, v.label.value) for p, v in judged] == [
        ("magnitude_s50_exact_match", "not_reproduced"), ("rtn_w2_exact_match", "inconclusive"),
        ("magnitude_knee_sparsity", "inconclusive"), ("magnitude_knee_sparsity", "inconclusive"),
        ("magnitude_knee_sparsity", "inconclusive"), ("exact_match_vs_qat_fraction_b800", "inconclusive")]
    assert [p.expected.value for p, _ in judged[2:5]] == [60.0, 50.0, 50.0]
    assert any(u.startswith("what it says of Wanda") for u in judged[0][0].untested)


def test_the_smollm2_calibration_sweep_gets_the_verdicts_its_readme_quotes():
    """The twelve runs of a calibration-size sweep (match-88: SmolLM2 with 3-bit GPTQ calibrated on 4,
    8, 16 and 32 sequences), judged again from the stored records on the slope over log2 of the size."""
    folder = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-06-smollm2-calib"
    records = [json.loads(p.read_text()) for p in folder.glob("*/record.json")]
    assert len(records) == 12 and {r["params"]["n_calib"] for r in records} == {4, 8, 16, 32}
    assert all(type(r["params"]["n_calib"]) is int for r in records)
    judged = _rejudged(folder, "| claim | plan | observed, 12 runs", "Compressing language models",
                       {"smollm2_wikitext_ppl"})
    assert all(p.sweep == [4, 8, 16, 32] and p.expected.x_param == "n_calib" and len(v.runs_used) == 12
               for p, v in judged)
    assert [v.label.value for _, v in judged] == ["reproduced_at_proxy_scale", "not_reproduced"]


def test_the_thread_count_runs_show_what_pinning_the_cpu_threads_fixes():
    """pruning_sweep at small size, seeds 0-7, on the runner's pinned 2 threads and on 1 thread: the
    pinned runs are the stored 2026-12-05 runs to the digit, the 1-thread runs are not, and Wanda's
    deficit at 50% is what the folder's README quotes."""
    folder = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-06-threads"
    runs = {}
    for path in folder.glob("*/record.json"):
        r = json.loads(path.read_text())
        assert r["status"] == "ok" and r["bundle_id"] == "pruning_sweep" and r["size"] == "small"
        runs[(r["sandbox"]["threads"]["OMP_NUM_THREADS"], r["seed"])] = r
    assert sorted(runs) == sorted((t, s) for t in ("1", "2") for s in range(8))
    assert all(r["sandbox"]["threads"]["MKL_NUM_THREADS"] == t for (t, _), r in runs.items())
    before = {r["seed"]: r for r in map(json.loads, (p.read_text() for p in SMALL_CPU.glob("*/record.json")))
              if r["bundle_id"] == "pruning_sweep"}
    assert sorted(before) == [0, 1, 2]
    for seed, r in before.items():
        assert runs[("2", seed)]["metrics"] == r["metrics"] and runs[("2", seed)]["seal"] == r["seal"]
        assert runs[("1", seed)]["metrics"] != r["metrics"]
    readme = (folder / "README.md").read_text()
    for threads, label in (("2", "2 (pinned)"), ("1", "1")):
        diffs = [runs[(threads, s)]["metrics"]["wanda_s50_exact_match"]
                 - runs[(threads, s)]["metrics"]["magnitude_s50_exact_match"] for s in range(8)]
        row = f"| {label} | " + " / ".join(f"{d:+.3f}" for d in diffs) + f" | {sum(diffs) / 8:.4f} | "
        assert row + f"{sum(d < 0 for d in diffs)} of 8 |" in readme, row
    # the demo's claim on 3, 5 and 8 of those seeds: only eight decide it (judge-11)
    from verifier.extract import extract_claims
    from verifier.ingest import parse_source
    from verifier.judge import judge_claim
    from verifier.match import load_bundles, plan_claim

    sentence = "Wanda outperforms magnitude pruning at 50% sparsity in exact-match accuracy."
    (c,) = [c for c in extract_claims(parse_source(f"# Demonstration\n\n## Results\n\n{sentence}\n".encode(),
                                                     "markdown", "t.md")) if c.kind.value != "setup"]
    plan = plan_claim(c, "c1", load_bundles(), size="small", device="cpu")
    for threads, label in (("2", "2 (pinned)"), ("1", "1")):
        records = [r for (t, _), r in runs.items() if t == threads]
        for n in (3, 5, 8):
            v = judge_claim(plan.model_copy(update={"seeds": list(range(n))}), records)
            assert len(v.runs_used) == n
            figures = f"{v.observed:+.4f} ({v.interval.low:.4f}..{v.interval.high:.4f})"
            row = f"| {label} | {n} | {figures} | *{v.label.text}* |"
            assert row in readme, row
            assert (v.label.value == "not_reproduced") == (n == 8)


def test_eight_seeds_of_the_addition_bundles_get_the_verdicts_their_readme_quotes():
    """Seeds 3-7 of qat_vs_ptq_bits and gptq_vs_rtn (and pruning_sweep's from the thread-count runs)
    beside the stored seeds 0-2: every claim of the 2026-12-05 README whose bundle they extend,
    judged on 3 and on 8 seeds, has the figures and verdicts the new folder's README quotes."""
    from verifier.extract import extract_claims
    from verifier.ingest import parse_source
    from verifier.judge import judge_claim
    from verifier.match import load_bundles, plan_claim

    runs_cpu = REPO / "benchmarks" / "results" / "runs-cpu"
    folder = runs_cpu / "2026-12-06-more-seeds"
    more = [json.loads(p.read_text()) for p in folder.glob("*/record.json")]
    assert sorted((r["bundle_id"], r["seed"]) for r in more) == sorted(
        (b, s) for b in ("gptq_vs_rtn", "qat_vs_ptq_bits") for s in range(3, 8))
    assert all(r["status"] == "ok" and r["sandbox"]["threads"]["OMP_NUM_THREADS"] == "2" for r in more)
    threads = [r for r in (json.loads(p.read_text()) for p in (runs_cpu / "2026-12-06-threads").glob("*/record.json"))
               if r["sandbox"]["threads"]["OMP_NUM_THREADS"] == "2" and r["seed"] >= 3]
    records = [json.loads(p.read_text()) for p in SMALL_CPU.glob("*/record.json")] + more + threads
    bundles = load_bundles()
    table = _comparison_rows(folder / "README.md", "| claim | 3 seeds | verdict | 8 seeds | verdict |")
    rows = {}
    for line in (folder / "README.md").read_text().splitlines():
        if line.startswith("| ") and not line.startswith("| claim"):
            rows[line.split("|")[1].strip()] = [c.strip() for c in line.strip().strip("|").split("|")]
    assert len(table) == len(rows) == 18
    decided = {3: 0, 8: 0}
    for sentence, cells in rows.items():
        (c,) = [c for c in extract_claims(parse_source(f"# Compressing transformers\n\n## Results\n\n{sentence}\n"
                                                         .encode(), "markdown", "t.md")) if c.kind.value != "setup"]
        plan = plan_claim(c, "c1", bundles, size="small", device="cpu")
        for n, (figures, label) in ((3, cells[1:3]), (8, cells[3:5])):
            v = judge_claim(plan.model_copy(update={"seeds": list(range(n))}),
                            [r for r in records if r["bundle_id"] == plan.bundle_id])
            assert len(v.runs_used) == n * len(plan.sweep or [0]), sentence
            assert figures == f"{v.observed:+.4f} ({v.interval.low:.4f}..{v.interval.high:.4f})", (sentence, n)
            assert label == f"*{v.label.text}*", (sentence, n, v.reasons)
            decided[n] += v.label.value != "inconclusive"
    assert decided == {3: 5, 8: 11}


def _judged_rows(rows: list[list[str]], records: list[dict], bundles: dict, title: str, seeds: int,
                 bundle: str | None = None, first: int = 3) -> dict[int, int]:
    """Each row (sentence, figures and label on ``first`` seeds, figures and label on ``seeds``) judged
    again from ``records`` as ``verifier verify --size small`` plans it; how many each seed count decides."""
    from verifier.extract import extract_claims
    from verifier.ingest import parse_source
    from verifier.judge import judge_claim
    from verifier.match import plan_claim

    decided = {first: 0, seeds: 0}
    for sentence, *cells in rows:
        (c,) = [c for c in extract_claims(parse_source(f"# {title}\n\n## Results\n\n{sentence}\n".encode(),
                                                         "markdown", "t.md")) if c.kind.value != "setup"]
        plan = plan_claim(c, "c1", bundles, size="small", device="cpu")
        assert bundle is None or plan.bundle_id == bundle, sentence
        d = 3 if plan.rule == "value" else 4
        for n, (figures, label) in ((first, cells[0:2]), (seeds, cells[2:4])):
            v = judge_claim(plan.model_copy(update={"seeds": list(range(n))}), records)
            assert len(v.runs_used) == n, sentence
            assert figures == f"{v.observed:+.{d}f} ({v.interval.low:.{d}f}..{v.interval.high:.{d}f})", (sentence, n)
            assert label == f"*{v.label.text}*", (sentence, n, v.reasons)
            decided[n] += v.label.value != "inconclusive"
    return decided


def test_eight_seeds_of_minilm_get_the_verdicts_their_readme_quotes():
    """Seeds 3-7 of the MiniLM bundle beside the stored seeds 0-2: every claim of the 2026-12-05 MiniLM
    README, judged on 3 and on 8 seeds, has the figures and verdicts the new folder's README quotes."""
    from verifier.match import load_bundles

    folder = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-06-more-seeds-minilm"
    more = [json.loads(p.read_text()) for p in folder.glob("*/record.json")]
    assert sorted(r["seed"] for r in more) == [3, 4, 5, 6, 7] and all(r["status"] == "ok" for r in more)
    assert {r["seal"] for r in more} == {json.loads(p.read_text())["seal"] for p in MINILM_SMALL.glob("*/record.json")}
    records = [json.loads(p.read_text()) for p in MINILM_SMALL.glob("*/record.json")] + more
    bundles = load_bundles()
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in (folder / "README.md").read_text().splitlines()
            if line.startswith("| ") and not line.startswith("| claim")]
    assert len(rows) == 27
    assert _judged_rows(rows, records, bundles, "Compressing BERT", 8) == {3: 15, 8: 16}



def _smollm2_claim_rows(folder: Path) -> list[list[str]]:
    """The cells of the claim rows of a SmolLM2 seeds README (its settings table left out)."""
    return [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in (folder / "README.md").read_text().splitlines()
            if line.startswith("| ") and not line.startswith(("| claim", "| setting", "| GPTQ w4", "| AWQ w4",
                                                                "| naive W8A8", "| Wanda 50%"))]


def test_five_seeds_of_smollm2_get_the_verdicts_their_readme_quotes():
    """Seeds 3 and 4 of the SmolLM2 bundle beside the stored seeds 0-2: every claim of the new folder's
    table, judged on 3 and on 5 seeds, has the figures and verdicts it quotes; the settings no seed
    changes (no calibration) equal seeds 0-2's to the digit; the corpus's claims keep their labels."""
    from verifier.match import load_bundles

    folder = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-06-more-seeds-smollm2"
    more = [json.loads(p.read_text()) for p in folder.glob("*/record.json")]
    first = [json.loads(p.read_text()) for p in SMOLLM2_SMALL.glob("*/record.json")]
    assert sorted(r["seed"] for r in more) == [3, 4] and all(r["status"] == "ok" for r in more)
    assert {r["seal"] for r in more} == {r["seal"] for r in first}
    for r in more:
        for metric in ("ppl_baseline_gguf_fp32", "ppl_rtn_w4", "ppl_rtn_w3", "ppl_magnitude_unstructured",
                       "ppl_vector_wise_w8a8", "ppl_llm_int8"):
            assert r["metrics"][metric] == first[0]["metrics"][metric], metric
    records = first + more
    bundles = load_bundles()
    if bundles["smollm2_wikitext_ppl"].seal != records[0]["seal"]:
        pytest.skip("smollm2_wikitext_ppl was resealed since these runs")
    rows = _smollm2_claim_rows(folder)
    assert len(rows) == 13
    assert _judged_rows(rows, records, bundles, "LLM compression", 5, bundle="smollm2_wikitext_ppl") == {3: 10, 5: 13}
    if (REPO.parent / "shared" / "corpus").is_dir():
        assert _corpus_smollm2_labels(records, bundles, 5) == CORPUS_SMOLLM2_LABELS


def test_seven_seeds_of_smollm2_get_the_verdicts_their_readme_quotes():
    """Seeds 5 and 6 of the SmolLM2 bundle beside seeds 0-4: every claim of the folder's table, judged
    on 5 and on 7 seeds, has the figures and verdicts it quotes; the weight-only settings no seed changes
    equal seeds 0-2's to six significant digits, the int8-activation ones within 0.5%."""
    from verifier.match import load_bundles

    folder = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-06-seeds-5-6-smollm2"
    five = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-06-more-seeds-smollm2"
    more = [json.loads(p.read_text()) for p in folder.glob("*/record.json")]
    first = [json.loads(p.read_text()) for d in (SMOLLM2_SMALL, five) for p in d.glob("*/record.json")]
    assert sorted(r["seed"] for r in more) == [5, 6] and all(r["status"] == "ok" for r in more)
    assert {r["seal"] for r in more} == {r["seal"] for r in first}
    for r in more:
        for metric in ("ppl_baseline_gguf_fp32", "ppl_rtn_w4", "ppl_rtn_w3", "ppl_magnitude_unstructured"):
            # within 1e-6 relative: this checkout's machine sums in another order (29.8736364 vs 29.8736352)
            assert r["metrics"][metric] == pytest.approx(first[0]["metrics"][metric], rel=1e-6), metric
        for metric in ("ppl_vector_wise_w8a8", "ppl_llm_int8"):
            # per-token int8 activations round some ties the other way on this machine: 30.824 vs 30.744
            assert r["metrics"][metric] == pytest.approx(first[0]["metrics"][metric], rel=5e-3), metric
            assert r["metrics"][metric] == more[0]["metrics"][metric], metric
    bundles = load_bundles()
    if bundles["smollm2_wikitext_ppl"].seal != more[0]["seal"]:
        pytest.skip("smollm2_wikitext_ppl was resealed since these runs")
    rows = _smollm2_claim_rows(folder)
    assert len(rows) == 13
    assert _judged_rows(rows, first + more, bundles, "LLM compression", 7, bundle="smollm2_wikitext_ppl",
                        first=5) == {5: 13, 7: 13}
