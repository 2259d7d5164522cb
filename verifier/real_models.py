"""Match rules for the bundles that run real pretrained models on real benchmarks.

SmolLM2-135M on WikiText-2 (``smollm2_wikitext_ppl``) and all-MiniLM-L6-v2 fine-tuned on SST-2
(``minilm_sst2_compression``) stand in for the claims' larger models: their plans are proxy scale
and name the model in their reason. A "no degradation" claim in perplexity (a W8A8 method,
weight-only RTN / GPTQ / AWQ, magnitude or Wanda pruning) compares perplexities relatively (within
``PPL_NO_LOSS`` of the baseline's, or the claim's own bound): perplexity points mean different
things at different perplexities. Which pruning sparsity a MiniLM plan reads depends on the size's
sweep (a sparsity it does not sweep is ``no_bundle`` there). The full and small sizes test claims (the smoke sizes
quantise one block or fine-tune on a few rows, so a smoke plan falls through to the small-model
rules of ``verifier.match``).
"""

from __future__ import annotations

import re

from verifier.claims import Claim
from verifier.knee import (
    global_comparison_plan,
    knee_comparison_plan,
    knee_method,
    knee_plan,
    pattern_comparison_plan,
    read_global_comparison,
    read_knee,
    read_knee_comparison,
    read_pattern_comparison,
)
from verifier.plans import (
    DYNAMIC_LEVEL,
    EQUAL_TOLERANCE,
    FULL_BASELINE,
    MAGNITUDE_BASELINE,
    RTN_BASELINE,
    WEIGHT_ONLY,
    BundleInfo,
    baseline_scope,
    baseline_width,
    make_plan,
    sparsity_scope,
    untestable,
    width_scope,
)
from verifier.verdicts import Comparison, ReproPlan, Untestable, UntestableCategory

_WIKITEXT = re.compile(r"\bwiki-?text", re.IGNORECASE)
REORDER = re.compile(r"\breorder\w*|\bact[-_ ]order\b|\bdesc[-_ ]act\b", re.IGNORECASE)
_GLUE = re.compile(r"\b(GLUE|SST-?2|MNLI|QNLI|QQP|RTE|MRPC|CoLA|STS-?B|BERT|RoBERTa|MiniLM|DistilBERT)\b", re.IGNORECASE)
_MAGNITUDE = re.compile(r"\bmagnitude\b", re.IGNORECASE)
_ACTIVATIONS = re.compile(r"\bactivations?\b|\bW\d+A\d+\b|\bKV\b|\b(?:key-value|kv) cache\b", re.IGNORECASE)
# a claim about language models whose quality word names no metric ("inference in LLMs ... without any
# performance degradation"): read as perplexity, which the reason says
_LANGUAGE_MODELS = re.compile(r"\b(LLMs?|language models?|transformers?|GPT|OPT|BLOOM|LLaMA)\b", re.IGNORECASE)
#: "without degradation" in perplexity: within this share of the baseline's perplexity
PPL_NO_LOSS = 0.01
# the stand-in of every perplexity plan, as reasons name it
SMOLLM2 = "SmolLM2-135M (baseline: its GGUF dequantised to fp32) on WikiText-2 raw test"


# quality a language model's perplexity does not stand for: captions, chat answers, few-shot tasks
_OTHER_QUALITY = re.compile(r"\b(?:caption\w*|visual|VLMs?|images?|multi-?modal\w*|modalit\w*|respons\w*|answers?|"
                            r"few-shot|zero-shot|instruction\w*(?:-tuned)?|chat\w*|reasoning|in-context|"
                            r"existing methods)\b", re.IGNORECASE)


def other_quality(text: str) -> str | None:
    """The words that put a claim's quality outside perplexity ("instruction-tuned", "captioning",
    "few-shot"), joined, or None."""
    words = dict.fromkeys(m.group(0).lower() for m in _OTHER_QUALITY.finditer(text))
    words.pop("existing methods", None)
    return ", ".join(f"'{w}'" for w in words) or None


SMOLLM2_WIDTH = 576  # SmolLM2-135M's hidden size: the input width of its attention and up projections


def _stated_group(claim: Claim, b: BundleInfo, size: str, params: dict | None,
                  untested: list[str] | None) -> tuple[dict | None, list[str] | None]:
    """The claim's group size bound into a weight-quantisation plan's parameters where it divides
    the model's rows, else named untested; both unchanged where the claim states none."""
    from verifier.granularity import stated_group

    group = int(((b.settings or {}).get(size) or {}).get("group_size") or b.params.get("group_size") or 0)
    stated, left = stated_group(claim.statement, group, SMOLLM2_WIDTH, f"SmolLM2's {SMOLLM2_WIDTH}-wide rows")
    if stated is not None:
        return {**(params or {}), "group_size": stated}, untested
    return params, [*(untested or []), left] if left else untested


def _keeps_perplexity(label: str) -> Comparison:
    """'{label} keeps the baseline's perplexity': within ``PPL_NO_LOSS`` of it, compared relatively."""
    return Comparison(baseline_metric="ppl_baseline_gguf_fp32", op="equal", tolerance=PPL_NO_LOSS, relative=True,
                      text=f"{label} keeps the baseline's perplexity (within {PPL_NO_LOSS:.0%} of it)")


def real_model_plan(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str, device: str, name: str,
                    bits: int | None, better: bool, no_loss: bool, is_pruning: bool, is_qat: bool,
                    is_wanda: bool) -> ReproPlan | Untestable | None:
    """A plan on a real pretrained model when the claim is in that bundle's setting, else None.

    Not at smoke size: the smoke sizes of these bundles check the code (one block, a few rows) and
    test nothing, so a smoke plan falls through to the small-model rules. At small size only the
    bundles that have one (SmolLM2: the real model on a reduced evaluation; MiniLM: a fine-tune on
    8,000 SST-2 rows with the embeddings frozen, scored on all 872 dev sentences).
    """
    if size == "smoke":
        return None
    bundles = {k: v for k, v in bundles.items() if v.settings is None or size in v.settings}
    text = claim.statement
    key = name.lower()
    where = " ".join(x for x in (text, claim.dataset or "", claim.model or "") if x)
    pattern_24 = claim.sparsity_pattern == "2:4" or "2:4" in text
    sparsity = claim.sparsity if claim.sparsity is not None else (0.5 if pattern_24 else None)

    def plan(bundle_id: str, metric: str, expected: Comparison, reason: str, tolerance: float | None = None,
             untested: list[str] | None = None, control: str | None = None,
             params: dict | None = None) -> ReproPlan | Untestable:
        if bundle_id == "smollm2_wikitext_ppl" and re.match(r"ppl_(?:rtn|gptq|awq)_w\d", metric):
            # "INT3-g128": a group size the claim states, bound where it divides SmolLM2's rows
            params, untested = _stated_group(claim, bundles[bundle_id], size, params, untested)
        return make_plan(ref, bundles[bundle_id], claim, metric=metric, expected=expected, rule="paired_difference",
                         size=size, device=device, tolerance=tolerance,
                         reason=reason + reduced_evaluation(bundles[bundle_id], size), untested=untested,
                         control=control, params=params)

    # SmolLM2 prunes unstructured to its 'sparsity' parameter (50% by default): "at 60% sparsity" binds it
    other_share = (not pattern_24 and sparsity is not None and 0.0 < sparsity < 1.0 and abs(sparsity - 0.5) > 1e-9)
    share_params = {"sparsity": sparsity} if other_share else None
    share = f"{sparsity:.0%}" if other_share else "50%"

    perplexity = claim.metric == "perplexity" or bool(_WIKITEXT.search(where))
    w8a8 = _w8a8_setting(claim, key, bits)
    if ("smollm2_wikitext_ppl" in bundles and w8a8 is not None and no_loss and not _GLUE.search(where)
            and not DYNAMIC_LEVEL.search(text)
            and (perplexity or (claim.metric is None and _LANGUAGE_MODELS.search(text)))):
        if claim.baseline and not FULL_BASELINE.search(claim.baseline):
            return None
        setting, label = w8a8
        read = "" if perplexity else " (the claim names no metric: its 'performance' is read as WikiText-2 perplexity)"
        return plan("smollm2_wikitext_ppl", f"ppl_{setting}",
                    _keeps_perplexity(label),
                    f"{label} vs the baseline, {SMOLLM2}{read}", control=_W8A8_CONTROL.get(setting))

    if ("smollm2_wikitext_ppl" in bundles and perplexity and no_loss and w8a8 is None and not is_pruning
            and not is_qat and bits in (3, 4, None) and (key == "awq" or not key or WEIGHT_ONLY.match(name))
            and not _ACTIVATIONS.search(text)):
        # weight-only quantisation "without degradation" in perplexity: within PPL_NO_LOSS of the baseline's
        if claim.baseline and not FULL_BASELINE.search(claim.baseline):
            return None
        method = key if key in ("gptq", "awq") else "rtn"
        width = bits or 4  # a no-loss claim that names no width: the gentler of the bundle's two
        group = ((bundles["smollm2_wikitext_ppl"].settings or {}).get(size) or {}).get("group_size")
        label = f"{width}-bit {method.upper()} (weights only" + (f", groups of {group})" if group else ")")
        return plan("smollm2_wikitext_ppl", f"ppl_{method}_w{width}",
                    _keeps_perplexity(label),
                    f"{label} vs the baseline" + ("" if bits else " (the claim names no width)")
                    + ", SmolLM2-135M (baseline: its GGUF dequantised to fp32, whose weights are 4-bit already) on "
                      "WikiText-2 raw test", untested=width_scope(claim, width))

    if ("smollm2_wikitext_ppl" in bundles and perplexity and no_loss and is_pruning and not is_qat and bits is None
            and (sparsity is None or abs(sparsity - 0.5) < 1e-9 or other_share)):
        # pruning "with negligible perplexity increase": within PPL_NO_LOSS of the baseline's, one-shot
        if claim.baseline and not FULL_BASELINE.search(claim.baseline):
            return None
        method = "wanda" if is_wanda else "magnitude"
        kind = "2of4" if pattern_24 else "unstructured"
        unnamed = "" if is_wanda or _MAGNITUDE.search(text) else \
            " (the claim names no pruning method: magnitude picks the mask)"
        label = f"{method} pruning to " + ("2:4" if pattern_24 else f"{share} (unstructured)")
        return plan("smollm2_wikitext_ppl", f"ppl_{method}_{kind}",
                    _keeps_perplexity(label),
                    f"{label}, one-shot, vs the baseline{unnamed}"
                    + (" (the claim names no sparsity: 50%)" if sparsity is None else "") + f", {SMOLLM2}",
                    untested=sparsity_scope(claim, sparsity if other_share else 0.5), params=share_params)

    if ("smollm2_wikitext_ppl" in bundles and perplexity and claim.direction == "worse" and not better
            and key in ("rtn", "round-to-nearest") and bits in (3, 4, None) and claim.baseline):
        # "RTN degrades perplexity far more than GPTQ": the same relation, stated from RTN's side
        against = next((m for m in ("gptq", "awq") if m in claim.baseline.lower()), None)
        if against is None:
            return None
        width = bits or 3
        return plan("smollm2_wikitext_ppl", f"ppl_rtn_w{width}",
                    Comparison(baseline_metric=f"ppl_{against}_w{width}", op="worse",
                               text=f"RTN has higher perplexity than {against.upper()} at {width} bits"),
                    f"RTN vs {against.upper()} at {width} bits" + ("" if bits else " (the claim names no width)")
                    + f", {SMOLLM2}", untested=width_scope(claim, width) + baseline_scope(claim, against.upper()))

    # "AWQ improves over RTN at 4 bits": a language-model method, its unnamed quality read as perplexity
    awq_unnamed = (key == "awq" and claim.metric is None and not claim.dataset and not _GLUE.search(where)
                   and not _OTHER_QUALITY.search(text))
    if "smollm2_wikitext_ppl" in bundles and (perplexity or awq_unnamed) and better:
        model = SMOLLM2 + ("" if perplexity else " (the claim names no metric: AWQ's quality is read as WikiText-2 "
                                                   "perplexity)")
        base = (claim.baseline or "").lower()
        if key in ("gptq", "awq") and bits in (3, 4, None):
            against = "gptq" if key == "awq" and "gptq" in base else "rtn"
            if claim.baseline and not (RTN_BASELINE.search(claim.baseline) or against == "gptq"):
                return None
            # a claim that names no width ("for different bit-precisions") is tested at 3 bits, the
            # lower of the bundle's widths; what it says of other widths and baselines stays untested
            width = bits or 3
            untested = width_scope(claim, width) + baseline_scope(claim, against)
            if "gptq" in (key, against) and REORDER.search(text):
                untested.append("GPTQ with reordering (act_order; the runs use GPTQ without it)")
            return plan("smollm2_wikitext_ppl", f"ppl_{key}_w{width}",
                        Comparison(baseline_metric=f"ppl_{against}_w{width}", op="better",
                                   text=f"{name} has lower perplexity than {against.upper()} at {width} bits"),
                        f"{name} vs {against.upper()} at {width} bits"
                        + ("" if bits else " (the claim names no width)") + f", {model}", untested=untested)
        if is_wanda and is_pruning and (sparsity is None or abs(sparsity - 0.5) < 1e-9 or other_share):
            if claim.baseline and not MAGNITUDE_BASELINE.search(claim.baseline):
                return None
            kind = "2of4" if pattern_24 else "unstructured"
            return plan("smollm2_wikitext_ppl", f"ppl_wanda_{kind}",
                        Comparison(baseline_metric=f"ppl_magnitude_{kind}", op="better",
                                   text=f"Wanda has lower perplexity than magnitude pruning ({kind.replace('2of4', '2:4')}"
                                        f", {share})"),
                        f"Wanda vs magnitude pruning at {share} ({kind.replace('2of4', '2:4')}), {model}",
                        untested=sparsity_scope(claim, sparsity if other_share else 0.5)
                        + baseline_scope(claim, "magnitude"), params=share_params)
        return None

    glue = "minilm_sst2_compression" in bundles and _GLUE.search(where) and claim.metric in (None, "accuracy")
    model = "all-MiniLM-L6-v2 fine-tuned on SST-2 (GLUE dev accuracy), a smaller encoder than the claim's"
    if claim.metric is None:
        model += " (the claim names no metric: its GLUE score is read as SST-2 dev accuracy)"
    if glue and is_pruning and not is_qat and bits is None and not is_wanda and (op := read_global_comparison(text)):
        b = bundles["minilm_sst2_compression"]
        at = sparsity if sparsity is not None else 0.5
        return global_comparison_plan(claim, ref, b, op, at, size=size, device=device,
                                      metric=f"magnitude_global_s{round(at * 100)}_accuracy",
                                      baseline_metric=f"magnitude_s{round(at * 100)}_accuracy",
                                      reason_tail=f", {model}" + reduced_evaluation(b, size))
    if glue and is_pruning and not is_qat and bits is None and (op := read_pattern_comparison(text)):
        b = bundles["minilm_sst2_compression"]
        nm = "wanda" if is_wanda else "magnitude"
        return pattern_comparison_plan(claim, ref, b, op, size=size, device=device, method=nm,
                                       metric=f"nm24_{nm}_accuracy", baseline_metric=f"{nm}_s50_accuracy",
                                       reason_tail=f", {model}" + reduced_evaluation(b, size))
    if glue and is_pruning and not is_qat and bits is None and (compared := read_knee_comparison(text)):
        b = bundles["minilm_sst2_compression"]
        return knee_comparison_plan(claim, ref, b, compared, size=size, device=device, setting="SST-2 dev accuracy",
                                    reason_tail=f", {model}" + reduced_evaluation(b, size))
    if (glue and is_pruning and not is_qat and bits is None and not pattern_24
            and (knee := read_knee(text)) is not None):
        # "BERT's accuracy on GLUE holds up to 50% sparsity and falls beyond": the sweep's knee
        if claim.baseline and not FULL_BASELINE.search(claim.baseline):
            return None
        b = bundles["minilm_sst2_compression"]
        method, unnamed, others = knee_method(text, knee)
        return knee_plan(claim, ref, b, knee, size=size, device=device, method=method, setting="SST-2 dev accuracy",
                         unnamed=unnamed, reason_tail=f", {model}" + reduced_evaluation(b, size), untested=others)

    if glue and (better or no_loss):
        # pruning alone: pruned-then-quantised (QAT, a bit width) is another experiment, not this sweep
        if is_pruning and (better and is_wanda or no_loss) and not is_qat and bits is None:
            if pattern_24 or sparsity is None:
                tested = 0.5
            else:
                # unstructured: the sparsity the claim names, where this size's sweep has that point
                tested = sparsity
                sweep = [float(x) for x in (bundles["minilm_sst2_compression"].settings or {}).get(size, {})
                         .get("sparsities", [])]
                if not any(abs(x - tested) < 1e-9 for x in sweep):
                    return untestable(ref, UntestableCategory.no_bundle,
                                      f"minilm_sst2_compression prunes to {', '.join(f'{x:.0%}' for x in sweep)} at "
                                      f"size {size}, not to the claim's {tested:.0%}")
            pct = f"{tested:.0%}"
            if better and is_wanda:
                if claim.baseline and not MAGNITUDE_BASELINE.search(claim.baseline):
                    return None
                metric, base_metric = ("nm24_wanda_accuracy", "nm24_magnitude_accuracy") if pattern_24 else \
                    (f"wanda_s{round(tested * 100)}_accuracy", f"magnitude_s{round(tested * 100)}_accuracy")
                return plan("minilm_sst2_compression", metric,
                            Comparison(baseline_metric=base_metric, op="better", text="Wanda beats magnitude pruning"),
                            f"Wanda vs magnitude pruning at {'2:4' if pattern_24 else pct}, {model}",
                            untested=sparsity_scope(claim, tested) + baseline_scope(claim, "magnitude"))
            if claim.baseline and not FULL_BASELINE.search(claim.baseline):
                return None
            method = "wanda" if is_wanda else "magnitude"
            # a claim that names no pruning method: the plainest mask (the largest weights) stands in
            unnamed = "" if is_wanda or _MAGNITUDE.search(text) else \
                " (the claim names no pruning method: magnitude picks the mask)"
            if pattern_24:
                return plan("minilm_sst2_compression", f"nm24_{method}_accuracy",
                            Comparison(baseline_metric="fp_accuracy", op="equal", tolerance=EQUAL_TOLERANCE,
                                       text="2:4 sparsity costs no accuracy"),
                            f"{method} 2:4 pruning (one-shot, no retraining) vs the fine-tuned dense "
                            f"model{unnamed}, {model}", tolerance=EQUAL_TOLERANCE)
            return plan("minilm_sst2_compression", f"{method}_s{round(tested * 100)}_accuracy",
                        Comparison(baseline_metric="fp_accuracy", op="equal", tolerance=EQUAL_TOLERANCE,
                                   text=f"pruning {pct} of the weights costs no accuracy"),
                        f"{method} pruning at {pct} (one-shot, no retraining) vs the fine-tuned dense "
                        f"model{unnamed}, {model}", tolerance=EQUAL_TOLERANCE, untested=sparsity_scope(claim, tested))
        if is_pruning:
            return None
        if bits in (8, 4, 3) and not is_pruning:
            if is_qat and key == "ste":
                return untestable(ref, UntestableCategory.no_bundle, "minilm_sst2_compression trains LSQ QAT "
                                                                     "(learned step sizes), not STE QAT")
            if (better and is_qat and claim.baseline
                    and re.fullmatch(r"\s*GPTQ\s*", claim.baseline, re.IGNORECASE)):
                # "on SST-2, QAT outperforms GPTQ at 3 bits": the bundle scores both at each width, same seeds
                return plan("minilm_sst2_compression", f"qat_w{bits}_accuracy",
                            Comparison(baseline_metric=f"gptq_w{bits}_accuracy", op="better",
                                       text=f"QAT beats GPTQ at {bits} bits"),
                            f"LSQ QAT vs GPTQ at {bits} bits (the encoder's Linear weights), {model}",
                            untested=width_scope(claim, bits))
            if better and (is_qat or key == "gptq"):
                if claim.baseline and not RTN_BASELINE.search(claim.baseline):
                    return None
                method, label = ("qat", "LSQ QAT") if is_qat else ("gptq", "GPTQ")
                rb = baseline_width(claim, bits, (8, 4, 3))  # "3-bit QAT beats 4-bit RTN"
                at = f"at {bits} bits" if rb == bits else f"at {bits} bits against RTN at {rb}"
                return plan("minilm_sst2_compression", f"{method}_w{bits}_accuracy",
                            Comparison(baseline_metric=f"rtn_w{rb}_accuracy", op="better",
                                       text=f"{'QAT' if is_qat else 'GPTQ'} beats post-training RTN {at}"),
                            f"{label} vs RTN {at} (the encoder's Linear weights), {model}",
                            untested=width_scope(claim, bits, rb) + baseline_scope(claim, "RTN"))
            if no_loss and (not name or WEIGHT_ONLY.match(name) or is_qat):
                if claim.baseline and not FULL_BASELINE.search(claim.baseline):
                    return None
                method = "qat" if is_qat else ("gptq" if key == "gptq" else "rtn")
                return plan("minilm_sst2_compression", f"{method}_w{bits}_accuracy",
                            Comparison(baseline_metric="fp_accuracy", op="equal", tolerance=EQUAL_TOLERANCE,
                                       text=f"{bits}-bit weights keep the full-precision accuracy"),
                            f"{bits}-bit {method.upper()} vs full precision, {model}", tolerance=EQUAL_TOLERANCE,
                            untested=width_scope(claim, bits))
    return None


def real_setting(claim: Claim, bundles: dict[str, BundleInfo], size: str) -> tuple[str, str] | None:
    """("perplexity" or "glue", the words a reason ends with) when the claim is in a real model's
    setting at this size, as :func:`real_model_plan` reads it (a perplexity: SmolLM2 on WikiText-2;
    GLUE, SST-2 or BERT accuracy: MiniLM on SST-2); else None (the proxy bundles)."""
    if size == "smoke":
        return None
    where = " ".join(x for x in (claim.statement, claim.dataset or "", claim.model or "") if x)
    b = bundles.get("smollm2_wikitext_ppl")
    if (b is not None and (b.settings is None or size in b.settings)
            and (claim.metric == "perplexity" or _WIKITEXT.search(where))):
        return "perplexity", ", " + SMOLLM2 + reduced_evaluation(b, size)
    b = bundles.get("minilm_sst2_compression")
    if (b is not None and (b.settings is None or size in b.settings) and _GLUE.search(where)
            and claim.metric in (None, "accuracy")):
        return "glue", (", all-MiniLM-L6-v2 fine-tuned on SST-2 (GLUE dev accuracy), a smaller encoder than the "
                        "claim's" + reduced_evaluation(b, size))
    return None


def reduced_evaluation(bundle: BundleInfo, size: str, *, calibration: bool = True) -> str:
    """What a size below full leaves out of a real-model bundle's experiment, as a clause for a
    plan's reason ("" at full size): a reader must not take a small-size perplexity for the test set's.
    ``calibration=False`` leaves out the calibration set's size (a plan that sweeps it says its own)."""
    if size == "full" or not bundle.settings or size not in bundle.settings:
        return ""
    c = bundle.settings[size]
    if bundle.id == "smollm2_wikitext_ppl" and c.get("max_windows"):
        return (f"; size {size}: {c['max_windows']} windows of {c['seq_len']} tokens of the test set, not all of it, "
                + (f"calibration on {c['n_calib']} x {c['calib_len']} tokens" if calibration else
                   f"calibration sequences of {c['calib_len']} tokens"))
    if bundle.id == "minilm_sst2_compression" and c.get("train_rows"):
        frozen = "" if c.get("train_embeddings", True) else ", word embeddings frozen"
        return (f"; size {size}: fine-tuned on the first {c['train_rows']:,} training sentences for "
                f"{c['epochs']:g} epoch(s){frozen}, {c['qat_steps']} QAT steps")
    return ""


# the simpler setting whose loss a W8A8 method removes: its 'no loss' test discriminates only where that one loses
_W8A8_CONTROL = {"smoothquant_w8a8": "ppl_w8a8", "llm_int8": "ppl_vector_wise_w8a8"}


def runs_in_perplexity(name: str) -> bool:
    """Whether the SmolLM2 bundle runs the method ``name`` (then in WikiText-2 perplexity only)."""
    key = name.lower()
    return key in ("llm.int8()", "awq") or key.startswith(("smoothquant", "vector-wise"))


def _w8a8_setting(claim: Claim, key: str, bits: int | None) -> tuple[str, str] | None:
    """(the smollm2 W8A8 setting, its name in reasons) for a claim about 8-bit weights and
    activations by a method the bundle runs, else None."""
    if bits not in (None, 8) or claim.activation_bits not in (None, 8.0):
        return None
    if key == "llm.int8()":
        return "llm_int8", "LLM.int8() (vector-wise int8 with its mixed-precision decomposition at 6.0)"
    if key.startswith("smoothquant"):
        return "smoothquant_w8a8", "SmoothQuant W8A8 (O3: per-tensor weights, static per-tensor inputs)"
    if key.startswith("vector-wise"):
        return "vector_wise_w8a8", "vector-wise W8A8 (per-channel weights, per-token inputs)"
    if key == "w8a8" or (key in ("int8", "") and claim.activation_bits == 8.0):
        return "w8a8", "naive W8A8 (per-tensor weights, static per-tensor inputs)"
    return None
