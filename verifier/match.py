"""Match: for each stored claim, the bundle that can test it and the plan to do so, or why none.

Rules, in order (first that applies decides; ``RULES`` prints them in reports):

1. A setup fact is not a result: ``not_a_result``. A qualitative remark with no number and no
   relation is ``underspecified``.
2. Hardware-design claims (RTL synthesis, standard-cell libraries, memory-technology energy,
   clock periods, silicon area) need tools and models that no GPU bundle has:
   ``not_testable_offline``.
3. Speed claims: 2:4 / semi-structured sparse kernels -> ``sparse24_matmul_speedup``; 8-bit
   or FP8 matrix products -> ``lowbit_matmul_speedup``; the headline speed-up is compared with
   the bundle's median speed-up, an "up to" figure with its maximum (rule ``speed``: another
   hardware class makes the number not comparable and tests only the direction). The matmul
   bundles time raw kernels: a claim about a named quantisation method's own kernels (LLM.int8()'s
   outlier decomposition, SmoothQuant's pipeline) or about the end-to-end speed of a model
   (no matrix product, GEMM or kernel named) needs that method or model: ``no_bundle``. Which
   pruning method chose a 2:4 mask does not change the sparse kernel's time. A claim that names
   its matrix dimension ("hidden size 20560", a table column "Small / 768") binds the sweep to
   that dimension (square n = k = d weights stand in for the claim's layer shape, so the plan's
   scale is proxy).
4. Accuracy claims about quantisation and pruning are tested as *relations* on a proxy model
   (rule ``paired_difference`` across seeds): GPTQ vs round-to-nearest (``gptq_vs_rtn``), QAT
   vs PTQ and "no degradation at N bits" (``qat_vs_ptq_bits``), Wanda vs magnitude and "no loss
   at S% sparsity" (``pruning_sweep``), pruned-then-QAT vs full precision
   (``pruned_qat_vs_fp``). Trends over bits or sparsity use the curves those bundles write
   (rule ``trend``). Weights and activations both quantised (W8A8, SmoothQuant) go to the W8A8
   runs of ``gptq_vs_rtn`` (naive or SmoothQuant-smoothed; another named method, or any other
   activation width, is ``no_bundle``), and a weight-only "no loss" claim of a named method other
   than RTN or GPTQ (AWQ, LLM.int8()) is ``no_bundle``: the runs would test another method.
   Absolute values of a model we cannot run are not tested at proxy scale:
   ``not_testable_offline`` names the model. A relation is tested only against the baseline
   the bundle runs: a claim whose baseline is another method ("AWQ outperforms GPTQ", "Wanda
   beats SparseGPT") or that combines methods ("combined with GPTQ") is ``no_bundle``.
5. Claims in the setting of a real-model bundle go to it first, at the smaller model (labelled
   proxy scale): perplexity (WikiText) relations of GPTQ / AWQ vs RTN (or AWQ vs GPTQ) at 4 or
   3 bits and of Wanda vs magnitude pruning at 50% -> ``smollm2_wikitext_ppl`` (SmolLM2-135M);
   accuracy claims about BERT-class encoders on GLUE / SST-2 (no loss after PTQ at 8/4/3 bits or
   after 50% pruning, QAT vs PTQ, Wanda vs magnitude) -> ``minilm_sst2_compression``
   (all-MiniLM-L6-v2 fine-tuned on SST-2). Their smoke sizes only check the code (one block, a
   few rows), so only full-size plans use them; a smoke plan goes on to the rules below.
6. Everything else: ``no_bundle`` (testable in principle) or ``underspecified`` (names no
   method, metric or number).

A plan binds the claim's bits / sparsity into the bundle's parameters and metric names, uses
the bundle's sealed seal from the lock file, three seeds, and the requested size; ``smoke``
plans are always proxy scale. The matcher is pure: claims and manifests in, plans out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from verifier.claims import Claim, ClaimKind, MethodFamily
from verifier.verdicts import Comparison, ReproPlan, Trend, Untestable, UntestableCategory

MATCHER_VERSION = "match-6"
DEFAULT_SEEDS = [0, 1, 2]
EQUAL_TOLERANCE = 0.01  # "no degradation", "matches": within 1 point of accuracy (fraction 0.01)

RULES = (
    "setup facts and qualitative remarks are not reproduced; hardware-design claims (RTL, standard cells, memory "
    "energy) are not testable offline; 2:4 and 8-bit/FP8 speed-ups are measured by matmul bundles (other hardware: "
    "direction only); accuracy claims about GPTQ, QAT, PTQ and pruning are tested as relations or trends on a small "
    "proxy model with three seeds (labelled proxy scale), and only against the baseline the bundle runs (a claim "
    "against another method, or about a combination of methods, has no bundle); perplexity relations of GPTQ/AWQ/RTN "
    "and Wanda/magnitude run on SmolLM2-135M over WikiText-2, and GLUE/BERT accuracy claims on all-MiniLM-L6-v2 "
    "fine-tuned on SST-2 (full size only, labelled proxy scale: smaller models than the claims'); absolute values "
    "of models we cannot run are not tested."
)

_HW_DESIGN = re.compile(
    r"\b(RTL|Nangate\d*|standard[- ]cell|gate[- ]level|synthesi[sz]ed|clock period|LPDDR\d*|HBM\d?|DRAM|SRAM|"
    r"fJ|pJ|silicon area|µm|um2|ASIC|FPGA)\b", re.IGNORECASE)
_SPARSE_KERNEL = re.compile(r"\b(2:4|semi-structured|n:m|sparse tensor cores?|structured sparsity)\b", re.IGNORECASE)
_LOWBIT_KERNEL = re.compile(r"\b(int8|8-bit|fp8|float8|w8a8|int4)\b", re.IGNORECASE)
_MATMUL = re.compile(r"\b(matrix multiplications?|matmuls?|GEMMs?|kernels?|cuBLAS\w*|matrix products?|layers?)\b",
                     re.IGNORECASE)
_END_TO_END = re.compile(r"\b(end-to-end|inference|latency|throughput|tokens?/s|generation|decoding)\b", re.IGNORECASE)
_DIM_IN_TEXT = re.compile(r"\b(?:model|hidden) (?:size|dimension|dim)s? (?:of )?(\d{3,6})\b", re.IGNORECASE)
_DIM_IN_HEADER = re.compile(r"(?<![\d.,])(\d{3,6})(?![\d.,%×\w])")
# method names the raw matmul bundle runs as they are (a generic "int8" / "W8A8" mention names none)
_RAW_LOWBIT = re.compile(r"^(?:int8|fp8|float8|8-bit|w8a8|int4)$", re.IGNORECASE)
_WA_TEXT = re.compile(r"\bW(\d+)A(\d+)\b", re.IGNORECASE)
# method names whose weight-only no-loss claims the RTN/GPTQ runs of qat_vs_ptq_bits test as they are
_WEIGHT_ONLY = re.compile(r"^(?:RTN|round-to-nearest|GPTQ|int[2-8]|[2-8]-bit)$", re.IGNORECASE)
_NO_LOSS = re.compile(r"\b(without (any )?(performance |accuracy )?(degradation|loss)|no (accuracy |performance )?"
                      r"(degradation|loss|drop)|negligible|retain\w*|maintain\w* (the )?(accuracy|performance|quality)|"
                      r"match(es|ing)? (the )?(full|fp16|fp32|dense)|within \d+(\.\d+)?\s*(%|points?)|lossless|on par)\b",
                      re.IGNORECASE)
_BETTER = re.compile(r"\b(outperform\w*|better|beats?|superior|higher (?:[\w-]+ ){0,2}accuracy|"
                     r"lower (?:[\w-]+ ){0,2}perplexity|improv\w*)\b", re.IGNORECASE)
_QUALITY_METRICS = {"perplexity", "pass@k", "exact match", "BLEU", "ROUGE", "CIDEr", "accuracy", "error", "loss", "F1"}
_QUALITY_WORDS = re.compile(r"\b(accuracy|perplexity|performance|degradation|quality|exact[- ]match|pass@\d|F1|"
                            r"zero-shot|downstream|reconstruction error)\b", re.IGNORECASE)
_BITS_TREND = re.compile(r"\b(bit[- ]?width|fewer bits|lower (bit|precision)|as (the )?(bits?|precision) (decrease|"
                         r"drop|fall)s?)\b", re.IGNORECASE)
_COMBINED = re.compile(r"\bcombin\w*\b[^.;]{0,60}?\bwith\b|\bin (?:combination|conjunction) with\b|\bon top of\b|"
                       r"\b(?:AWQ|GPTQ|SmoothQuant|Wanda|SparseGPT|QAT|RTN)\s*\+\s*\w", re.IGNORECASE)
# the baselines each bundle's comparisons run (a claim naming another baseline is not tested by it)
_RTN_BASELINE = re.compile(r"\bRTN\b|round[- ]to[- ]nearest|\bPTQ\b|post[- ]training", re.IGNORECASE)
_MAGNITUDE_BASELINE = re.compile(r"\bmagnitude\b", re.IGNORECASE)
_FULL_BASELINE = re.compile(r"\b(?:FP|BF)(?:16|32)\b|\b(?:16|32)-bit\b|full[- ]precision|\bdense\b|unquanti[sz]ed|"
                            r"uncompressed|unpruned|original|baseline", re.IGNORECASE)
_SPARSITY_TREND = re.compile(r"\b(as sparsity (increase|grow|rise)s?|higher sparsit(y|ies)|with (increasing|more) "
                             r"sparsity|sparsity (increase|grow)s?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class BundleInfo:
    """What the matcher needs of a sealed bundle: its manifest's metrics and its seal."""

    id: str
    version: str
    seal: str
    metrics: dict[str, dict[str, str]]  # name -> {"direction": ..., "unit": ...}
    params: dict[str, Any]  # name -> default


def load_bundles() -> dict[str, BundleInfo]:
    """The shipped bundles that hold their seal (a bundle whose seal fails is not planned)."""
    from repro.errors import ReproError
    from repro.manifest import discover
    from repro.seal import BUNDLES_ROOT, LOCK_PATH, verify_manifest

    out = {}
    for bid, m in discover(BUNDLES_ROOT).items():
        try:
            entry = verify_manifest(m, lock_path=LOCK_PATH)
        except ReproError:
            continue
        out[bid] = BundleInfo(
            id=bid, version=m.version, seal=entry.seal,
            metrics={k: {"direction": v.direction, "unit": getattr(v, "unit", "") or ""} for k, v in m.metrics.items()},
            params={k: v.default for k, v in m.params.items()},
        )
    return out


_WIKITEXT = re.compile(r"\bwiki-?text", re.IGNORECASE)
_GLUE = re.compile(r"\b(GLUE|SST-?2|MNLI|QNLI|QQP|RTE|MRPC|CoLA|STS-?B|BERT|RoBERTa|MiniLM|DistilBERT)\b", re.IGNORECASE)


def _real_model_plan(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str, device: str, name: str,
                     bits: int | None, better: bool, no_loss: bool, is_pruning: bool, is_qat: bool,
                     is_wanda: bool) -> ReproPlan | Untestable | None:
    """A plan on a real pretrained model when the claim is in that bundle's setting, else None.

    Only at full size: the smoke sizes of these bundles check the code (one block, a few rows)
    and test nothing, so a smoke plan falls through to the small-model rules.
    """
    if size != "full":
        return None
    text = claim.statement
    key = name.lower()
    where = " ".join(x for x in (text, claim.dataset or "", claim.model or "") if x)
    pattern_24 = claim.sparsity_pattern == "2:4" or "2:4" in text
    sparsity = claim.sparsity if claim.sparsity is not None else (0.5 if pattern_24 else None)

    def plan(bundle_id: str, metric: str, expected: Comparison, reason: str, tolerance: float | None = None,
             floor: tuple[str, float] | None = None) -> ReproPlan | Untestable:
        out = _plan(ref, bundles[bundle_id], claim, metric=metric, expected=expected, rule="paired_difference", size=size,
                    device=device, tolerance=tolerance, reason=reason)
        if isinstance(out, ReproPlan) and floor is not None:
            out = out.model_copy(update={"preconditions": {floor[0]: floor[1]}})
        return out

    if "smollm2_wikitext_ppl" in bundles and (claim.metric == "perplexity" or _WIKITEXT.search(where)) and better:
        model = "SmolLM2-135M (baseline: its GGUF dequantised to fp32) on WikiText-2 raw test"
        base = (claim.baseline or "").lower()
        if key in ("gptq", "awq") and bits in (3, 4):
            against = "gptq" if key == "awq" and "gptq" in base else "rtn"
            if claim.baseline and not (_RTN_BASELINE.search(claim.baseline) or against == "gptq"):
                return None
            return plan("smollm2_wikitext_ppl", f"ppl_{key}_w{bits}",
                        Comparison(baseline_metric=f"ppl_{against}_w{bits}", op="better",
                                   text=f"{name} has lower perplexity than {against.upper()} at {bits} bits"),
                        f"{name} vs {against.upper()} at {bits} bits, {model}")
        if is_wanda and is_pruning and (sparsity is None or abs(sparsity - 0.5) < 1e-9):
            if claim.baseline and not _MAGNITUDE_BASELINE.search(claim.baseline):
                return None
            kind = "2of4" if pattern_24 else "unstructured"
            return plan("smollm2_wikitext_ppl", f"ppl_wanda_{kind}",
                        Comparison(baseline_metric=f"ppl_magnitude_{kind}", op="better",
                                   text=f"Wanda has lower perplexity than magnitude pruning ({kind.replace('2of4', '2:4')}"
                                        ", 50%)"),
                        f"Wanda vs magnitude pruning at 50% ({kind.replace('2of4', '2:4')}), {model}")
        return None

    if "minilm_sst2_compression" in bundles and _GLUE.search(where) and (better or no_loss):
        model = "all-MiniLM-L6-v2 fine-tuned on SST-2 (GLUE dev accuracy), a smaller encoder than the claim's"
        floor = ("fp_accuracy", 0.75)  # SST-2 is binary: a model at chance says nothing about compression
        if is_pruning and (sparsity is None or abs(sparsity - 0.5) < 1e-9):
            if better and is_wanda:
                if claim.baseline and not _MAGNITUDE_BASELINE.search(claim.baseline):
                    return None
                metric, base_metric = ("nm24_wanda_accuracy", "nm24_magnitude_accuracy") if pattern_24 else \
                    ("wanda_s50_accuracy", "magnitude_s50_accuracy")
                return plan("minilm_sst2_compression", metric,
                            Comparison(baseline_metric=base_metric, op="better", text="Wanda beats magnitude pruning"),
                            f"Wanda vs magnitude pruning at 50%, {model}", floor=floor)
            if no_loss and not pattern_24:
                if claim.baseline and not _FULL_BASELINE.search(claim.baseline):
                    return None
                metric = "wanda_s50_accuracy" if is_wanda else "magnitude_s50_accuracy"
                return plan("minilm_sst2_compression", metric,
                            Comparison(baseline_metric="fp_accuracy", op="equal", tolerance=EQUAL_TOLERANCE,
                                       text="pruning 50% of the weights costs no accuracy"),
                            f"{metric.split('_')[0]} pruning at 50% vs the fine-tuned dense model, {model}",
                            tolerance=EQUAL_TOLERANCE, floor=floor)
            return None
        if bits in (8, 4, 3) and not is_pruning:
            if is_qat and better:
                if claim.baseline and not _RTN_BASELINE.search(claim.baseline):
                    return None
                return plan("minilm_sst2_compression", f"qat_w{bits}_accuracy",
                            Comparison(baseline_metric=f"rtn_w{bits}_accuracy", op="better",
                                       text=f"QAT beats post-training RTN at {bits} bits"),
                            f"LSQ QAT vs RTN at {bits} bits, {model}", floor=floor)
            if no_loss and (not name or _WEIGHT_ONLY.match(name) or is_qat):
                if claim.baseline and not _FULL_BASELINE.search(claim.baseline):
                    return None
                method = "qat" if is_qat else ("gptq" if key == "gptq" else "rtn")
                return plan("minilm_sst2_compression", f"{method}_w{bits}_accuracy",
                            Comparison(baseline_metric="fp_accuracy", op="equal", tolerance=EQUAL_TOLERANCE,
                                       text=f"{bits}-bit weights keep the full-precision accuracy"),
                            f"{bits}-bit {method.upper()} vs full precision, {model}", tolerance=EQUAL_TOLERANCE,
                            floor=floor)
    return None


def _untestable(ref: str, cat: UntestableCategory, detail: str) -> Untestable:
    return Untestable(claim_ref=ref, category=cat, detail=detail)


_ALIGN = 64  # int8 and fp8 GEMMs want dimensions in multiples of 16; 64 suits every tile


def _dim_reason(dim: int) -> str:
    aligned = _aligned(dim)
    return (f"at n = k = {aligned}" + (f" ({dim} rounded up to a multiple of {_ALIGN} for the kernels)"
                                       if aligned != dim else "")
            + "; square weights stand in for the claim's layer")


def _aligned(dim: int) -> int:
    return -(-dim // _ALIGN) * _ALIGN


def _matrix_dim(claim: Claim) -> int | None:
    """The matrix dimension a speed claim names: "hidden size 20560" in its text, or a number in the
    column or row header of its table cell ("Small / 768"), from 128 up."""
    m = _DIM_IN_TEXT.search(claim.statement)
    if m:
        return int(m.group(1))
    for key in ("column_header", "row_header"):
        header = (claim.conditions or {}).get(key) or ""
        dims = [int(d) for d in _DIM_IN_HEADER.findall(header) if int(d) >= 128]
        if len(dims) == 1:
            return dims[0]
    return None


def _bits(claim: Claim) -> int | None:
    if claim.bits is not None:
        return int(round(claim.bits))
    m = re.search(r"\b(\d)[- ]?bits?\b|\bint(\d)\b|\bw(\d)a\d+\b", claim.statement, re.IGNORECASE)
    if m:
        return int(next(g for g in m.groups() if g))
    return None


# An accuracy comparison means nothing on a model that never learned its task: the baseline
# metric must reach this level in a run for the run to test the claim (judge: preconditions).
LEARNED = 0.5
_BASELINES = {"qat_vs_ptq_bits": "fp_exact_match", "pruned_qat_vs_fp": "fp_exact_match",
              "pruning_sweep": "dense_exact_match", "minilm_sst2_compression": "fp_accuracy"}


def _plan(ref: str, b: BundleInfo, claim: Claim, *, metric: str, expected, rule: str, size: str, device: str,
          reason: str, params: dict | None = None, tolerance: float | None = None,
          stand_in: bool = False) -> ReproPlan | Untestable:
    if metric not in b.metrics and not (rule == "trend" and isinstance(expected, Trend) and expected.curve):
        return _untestable(ref, UntestableCategory.no_bundle,
                           f"{b.id} has no metric {metric!r} for this setting (available: {', '.join(sorted(b.metrics))[:200]})")
    if isinstance(expected, Comparison) and expected.baseline_metric not in b.metrics:
        return _untestable(ref, UntestableCategory.no_bundle, f"{b.id} has no metric {expected.baseline_metric!r}")
    spec = b.metrics.get(metric, {})
    run_hw = "cuda GPU" if device == "cuda" else "CPU"
    return ReproPlan(
        claim_ref=ref, bundle_id=b.id, bundle_version=b.version, seal=b.seal, params=params or {}, size=size,
        seeds=list(DEFAULT_SEEDS), metric=metric, metric_direction=spec.get("direction"),
        metric_unit=spec.get("unit", ""), expected=expected, tolerance=tolerance, rule=rule,
        scale="proxy" if size == "smoke" or rule != "speed" or stand_in else "faithful",
        claim_hardware=claim.hardware, run_hardware=run_hw, reason=reason,
        preconditions={_BASELINES[b.id]: LEARNED} if b.id in _BASELINES and _BASELINES[b.id] in b.metrics else {},
    )


def plan_claim(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str = "smoke",
               device: str = "cpu") -> ReproPlan | Untestable:
    """The plan that tests ``claim`` (named ``ref`` in the store), or why there is none."""
    text = claim.statement
    nc = UntestableCategory
    if claim.kind is ClaimKind.setup:
        return _untestable(ref, nc.not_a_result, "a setup fact (hyper-parameters or protocol), not a result")
    if _HW_DESIGN.search(text) or (claim.hardware and _HW_DESIGN.search(claim.hardware)):
        return _untestable(ref, nc.not_testable_offline,
                           "a hardware-design result (synthesis, standard cells, memory energy): needs RTL tools and "
                           "memory models, not a GPU experiment")
    family = claim.method.family if claim.method else None
    name = (claim.method.name or "") if claim.method else ""
    bits = _bits(claim)

    if claim.kind is ClaimKind.speedup:
        q = claim.value
        if q is None or q.unit != "x":
            return _untestable(ref, nc.underspecified, "a speed claim without a speed-up factor to compare")
        up_to = q.qualifier == "up_to"
        if not _MATMUL.search(text) and (claim.model or _END_TO_END.search(text)):
            return _untestable(ref, nc.no_bundle, "end-to-end speed of "
                               + (f"{claim.model}" if claim.model else "a model") + " needs that model and its "
                               "serving system; the bundles time matrix products")
        if device != "cuda":
            return _untestable(ref, nc.not_testable_offline,
                               "kernel speed-ups are timed on a CUDA GPU; this plan runs on the CPU "
                               "(rerun with --device cuda --size full on a GPU machine)")
        if (_SPARSE_KERNEL.search(text) or claim.sparsity_pattern in {"2:4", "4:8"}) and "sparse24_matmul_speedup" in bundles:
            dim = _matrix_dim(claim) if size == "full" else None
            return _plan(ref, bundles["sparse24_matmul_speedup"], claim, metric="max_speedup" if up_to else "median_speedup",
                         expected=q, rule="speed", size=size, device=device, params={"dims": [_aligned(dim)]} if dim else None,
                         stand_in=dim is not None,
                         reason="2:4 sparse vs dense matmul " + (_dim_reason(dim) if dim else "over a shape sweep")
                                + ", timed with device events")
        if (_LOWBIT_KERNEL.search(text) or bits == 8) and "lowbit_matmul_speedup" in bundles:
            if name and family is not MethodFamily.pruning and not _RAW_LOWBIT.match(name):
                return _untestable(ref, nc.no_bundle, f"a speed-up of {name}'s own kernels; the bundle times raw "
                                                      "int8/fp8 matrix products, not that method")
            fmt = "fp8" if re.search(r"fp8|float8", text, re.IGNORECASE) else "int8"
            dim = _matrix_dim(claim) if size == "full" else None
            return _plan(ref, bundles["lowbit_matmul_speedup"], claim,
                         metric=f"{fmt}_max_speedup" if up_to else f"{fmt}_median_speedup", expected=q, rule="speed",
                         size=size, device=device, params={"dims": [_aligned(dim)]} if dim else None,
                         stand_in=dim is not None,
                         reason=f"{fmt} vs bf16 matmul " + (_dim_reason(dim) if dim else "over a shape sweep"))
        return _untestable(ref, nc.no_bundle, "end-to-end speed of the claim's own model needs that model and system")

    if claim.kind is ClaimKind.memory:
        return _untestable(ref, nc.no_bundle, "memory footprints follow from bit widths arithmetically; no bundle "
                                              "measures a named model's memory")

    if claim.metric not in _QUALITY_METRICS and not _QUALITY_WORDS.search(text):
        what = f"its metric ({claim.metric})" if claim.metric else "it"
        return _untestable(ref, nc.no_bundle if family else nc.underspecified,
                           f"{what} is not a model-quality measure that a compression bundle reproduces"
                           + ("" if family else "; it names no compression method"))
    if _COMBINED.search(text):
        return _untestable(ref, nc.no_bundle, "it is about a combination of methods; no bundle runs that combination")

    def other_baseline(accepted: re.Pattern[str]) -> Untestable | None:
        """``no_bundle`` when the claim compares against a baseline the bundle does not run."""
        if claim.baseline and not accepted.search(claim.baseline):
            return _untestable(ref, nc.no_bundle, f"it compares against {claim.baseline}; the bundle that would test it "
                                                  "runs another baseline")
        return None

    no_loss = bool(_NO_LOSS.search(text))
    better = bool(_BETTER.search(text))
    is_gptq = name.lower() == "gptq"  # the claim's own method, not a baseline it mentions
    is_wanda = "wanda" in text.lower()
    is_qat = family is MethodFamily.qat or re.search(r"\bQAT\b|quantization[- ]aware", text, re.IGNORECASE)
    is_pruning = family is MethodFamily.pruning or claim.sparsity is not None or re.search(r"\bprun", text, re.I)
    is_quant = family in {MethodFamily.ptq, MethodFamily.quantization} or bits is not None

    real = _real_model_plan(claim, ref, bundles, size=size, device=device, name=name, bits=bits, better=better,
                            no_loss=no_loss, is_pruning=bool(is_pruning), is_qat=bool(is_qat), is_wanda=is_wanda)
    if real is not None:
        return real

    if claim.kind is ClaimKind.trend or _BITS_TREND.search(text) or _SPARSITY_TREND.search(text):
        if _SPARSITY_TREND.search(text) and "pruning_sweep" in bundles:
            return _plan(ref, bundles["pruning_sweep"], claim, metric="exact_match_vs_sparsity_magnitude",
                         expected=Trend(sign="-", curve="exact_match_vs_sparsity_magnitude", log2_x=False,
                                        text="accuracy falls as sparsity grows"),
                         rule="trend", size=size, device=device, reason="magnitude-pruning sweep on a proxy model")
        if (is_quant or is_qat) and "gptq_vs_rtn" in bundles and _BITS_TREND.search(text):
            return _plan(ref, bundles["gptq_vs_rtn"], claim, metric="layer_error_rtn_w3_channel",
                         expected=Trend(sign="+", curve="layer_error_rtn_w3_channel", log2_x=False,
                                        text="quantisation error grows as bits fall"),
                         rule="trend", size=size, device=device, reason="per-layer error curve of RTN on a proxy model")

    if is_gptq and "gptq_vs_rtn" in bundles and (better or re.search(r"\bRTN\b|round-to-nearest", text, re.I)):
        if (why := other_baseline(_RTN_BASELINE)) is not None:
            return why
        b = bits if bits in (3, 4) else 3
        return _plan(ref, bundles["gptq_vs_rtn"], claim, metric=f"gptq_w{b}_channel_mean_rel_error",
                     expected=Comparison(baseline_metric=f"rtn_w{b}_channel_mean_rel_error", op="better",
                                         text=f"GPTQ has lower reconstruction error than RTN at {b} bits"),
                     rule="paired_difference", size=size, device=device,
                     reason=f"GPTQ vs round-to-nearest at {b} bits on the layers of a proxy model (same seeds)")

    if is_wanda and is_pruning and better and "pruning_sweep" in bundles:
        if (why := other_baseline(_MAGNITUDE_BASELINE)) is not None:
            return why
        return _plan(ref, bundles["pruning_sweep"], claim, metric="wanda_s50_exact_match",
                     expected=Comparison(baseline_metric="magnitude_s50_exact_match", op="better",
                                         text="Wanda beats magnitude pruning at 50% sparsity"),
                     rule="paired_difference", size=size, device=device,
                     reason="Wanda vs magnitude at 50% sparsity on a proxy model")

    if is_pruning and is_qat and "pruned_qat_vs_fp" in bundles:
        if (why := other_baseline(_FULL_BASELINE)) is not None:
            return why
        b = 8 if bits == 8 else 4
        pattern = "nm24" if (claim.sparsity_pattern == "2:4" or "2:4" in text) else "p50"
        return _plan(ref, bundles["pruned_qat_vs_fp"], claim, metric=f"{pattern}_w{b}_exact_match",
                     expected=Comparison(baseline_metric="fp_exact_match", op="equal", tolerance=EQUAL_TOLERANCE,
                                         text=f"pruned then {b}-bit QAT matches full precision"),
                     rule="paired_difference", size=size, device=device, tolerance=EQUAL_TOLERANCE,
                     reason="pruned-then-QAT vs full precision on a proxy model")

    if is_qat and (better or no_loss) and "qat_vs_ptq_bits" in bundles:
        b = bits if bits in (8, 4, 3, 2) else 4
        if (why := other_baseline(_RTN_BASELINE if better else _FULL_BASELINE)) is not None:
            return why
        if better:
            return _plan(ref, bundles["qat_vs_ptq_bits"], claim, metric=f"qat_lsq_w{b}_exact_match",
                         expected=Comparison(baseline_metric=f"rtn_w{b}_exact_match", op="better",
                                             text=f"QAT beats post-training RTN at {b} bits"),
                         rule="paired_difference", size=size, device=device,
                         reason=f"LSQ QAT vs RTN PTQ at {b} bits on a proxy model")
        return _plan(ref, bundles["qat_vs_ptq_bits"], claim, metric=f"qat_lsq_w{b}_exact_match",
                     expected=Comparison(baseline_metric="fp_exact_match", op="equal", tolerance=EQUAL_TOLERANCE,
                                         text=f"{b}-bit QAT matches full precision"),
                     rule="paired_difference", size=size, device=device, tolerance=EQUAL_TOLERANCE,
                     reason=f"{b}-bit LSQ QAT vs full precision on a proxy model")

    if is_pruning and no_loss and "pruning_sweep" in bundles:
        if (why := other_baseline(_FULL_BASELINE)) is not None:
            return why
        s = int(round((claim.sparsity or 0.5) * 100))
        s = min((10, 20, 30, 40, 50, 60, 70, 80, 90), key=lambda v: abs(v - s))
        metric = "wanda_s50_exact_match" if is_wanda else "magnitude_s50_exact_match"
        params = {}
        if s != 50:
            return _untestable(ref, nc.no_bundle, f"pruning_sweep reports the no-loss check at 50% sparsity, not {s}%")
        return _plan(ref, bundles["pruning_sweep"], claim, metric=metric, params=params,
                     expected=Comparison(baseline_metric="dense_exact_match", op="equal", tolerance=EQUAL_TOLERANCE,
                                         text=f"pruning {s}% of the weights costs no accuracy"),
                     rule="paired_difference", size=size, device=device, tolerance=EQUAL_TOLERANCE,
                     reason=f"{metric.split('_')[0]} pruning at {s}% vs dense on a proxy model")

    act_bits = claim.activation_bits
    if act_bits is None and (m := _WA_TEXT.search(text)):
        act_bits = float(m.group(2))
    smoothquant = name.lower().startswith("smoothquant")
    if is_quant and (act_bits is not None or smoothquant) and no_loss:
        # weights and activations quantised: only the W8A8 runs of gptq_vs_rtn test that
        if not (act_bits in (None, 8.0) and bits in (None, 8) and "gptq_vs_rtn" in bundles):
            return _untestable(ref, nc.no_bundle, "quantised weights and activations"
                               + (f" at W{bits}A{act_bits:g}" if bits and act_bits else "")
                               + ": the only activation-quantising runs are W8A8 'no loss' checks")
        if (why := other_baseline(_FULL_BASELINE)) is not None:
            return why
        if name and not smoothquant and not _RAW_LOWBIT.match(name):
            return _untestable(ref, nc.no_bundle, f"the W8A8 runs are naive or SmoothQuant-smoothed, not {name}")
        key = "smoothquant_w8a8" if smoothquant else "w8a8"
        plan = _plan(ref, bundles["gptq_vs_rtn"], claim, metric=f"{key}_exact_match",
                     expected=Comparison(baseline_metric="fp_exact_match", op="equal", tolerance=EQUAL_TOLERANCE,
                                         text="8-bit weights and activations keep full-precision accuracy"),
                     rule="paired_difference", size=size, device=device, tolerance=EQUAL_TOLERANCE,
                     reason=("SmoothQuant W8A8" if smoothquant else "naive W8A8") + " (per-tensor, static activation "
                            "scales) vs full precision on a small proxy model")
        if isinstance(plan, ReproPlan):
            plan = plan.model_copy(update={"preconditions": {"fp_exact_match": LEARNED}})
        return plan

    if is_quant and no_loss and bits in (8, 4, 3, 2) and "qat_vs_ptq_bits" in bundles:
        if (why := other_baseline(_FULL_BASELINE)) is not None:
            return why
        if name and not _WEIGHT_ONLY.match(name):
            return _untestable(ref, nc.no_bundle, f"the bundle quantises weights by RTN or GPTQ, not by {name}; "
                                                  "a no-loss result of that method is not what it measures")
        method = "gptq" if is_gptq else "rtn"
        return _plan(ref, bundles["qat_vs_ptq_bits"], claim, metric=f"{method}_w{bits}_exact_match",
                     expected=Comparison(baseline_metric="fp_exact_match", op="equal", tolerance=EQUAL_TOLERANCE,
                                         text=f"{bits}-bit post-training quantisation keeps full-precision accuracy"),
                     rule="paired_difference", size=size, device=device, tolerance=EQUAL_TOLERANCE,
                     reason=f"{bits}-bit {method.upper()} weight quantisation vs full precision on a small proxy model")

    if claim.kind is ClaimKind.qualitative:
        return _untestable(ref, nc.underspecified, "states no number or relation to test")
    if claim.model and claim.value is not None and family is not None:
        return _untestable(ref, nc.not_testable_offline,
                           f"an absolute value for {claim.model}: that model is not available offline, and a proxy "
                           "model's absolute numbers would say nothing about it")
    if family is None:
        return _untestable(ref, nc.underspecified, "names no compression method")
    return _untestable(ref, nc.no_bundle, f"no bundle measures this for {family.value}"
                                          + (f" ({name})" if name else ""))
