"""WikiText-2 perplexity as the GPTQ / AWQ / Wanda papers compute it, with throughput measured.

The papers' protocol (GPTQ's ``datautils.get_wikitext2`` + ``llama_eval``; AWQ and Wanda reuse it):
join the rows of the WikiText-2 *raw* test split with "\\n\\n", tokenise the whole text once, cut it
into ``n = len(ids) // seq_len`` non-overlapping windows of ``seq_len`` tokens (the tail is dropped),
score every window independently (each starts with no context), and report
``exp(sum of NLL / (n * (seq_len - 1)))`` over every predicted token. (GPTQ's code writes it as
``exp(sum(mean_loss_i * seq_len) / (n * seq_len))``: the same number, as every window predicts
``seq_len - 1`` tokens.) The rows are the dataset's lines, blank lines as empty rows, each keeping
its trailing newline; ``wikitext_rows`` rebuilds them from the raw file.

``max_windows`` caps the number of windows for smoke runs; the result then says how many were used.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

import torch
import torch.nn.functional as F


def wikitext_rows(path: str | Path) -> list[str]:
    """Rows of a WikiText raw file as the Hugging Face dataset has them: lines with their newline, blank -> ""."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: WikiText-2 raw file not found; pass data_root, the folder holding "
                         "wikitext2_raw_wiki.test.raw (../shared/data beside the repository).")
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    return [line if line.strip() else "" for line in text.splitlines(keepends=True)]


def wikitext_text(path: str | Path) -> str:
    """The evaluation text: rows joined with "\\n\\n", as the papers' loaders do."""
    return "\n\n".join(wikitext_rows(path))


def window_spans(n_tokens: int, seq_len: int, max_windows: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the non-overlapping windows: ``n_tokens // seq_len`` of them, capped by ``max_windows``."""
    if isinstance(seq_len, bool) or not isinstance(seq_len, int) or seq_len < 2:
        raise ValueError(f"seq_len={seq_len!r} must be an integer >= 2 (2048 in the papers).")
    if max_windows < 0:
        raise ValueError(f"max_windows={max_windows!r} must be >= 0 (0 = all windows).")
    n = n_tokens // seq_len
    if n == 0:
        raise ValueError(f"{n_tokens} tokens do not fill one window of {seq_len}: use a shorter seq_len.")
    if max_windows:
        n = min(n, max_windows)
    return [(i * seq_len, (i + 1) * seq_len) for i in range(n)]


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


@torch.no_grad()
def evaluate_perplexity(model: torch.nn.Module, ids, seq_len: int = 2048, max_windows: int = 0,
                        batch_size: int = 1, autocast_dtype: torch.dtype | None = None,
                        progress: Callable[[float, str], None] | None = None) -> dict:
    """Perplexity of ``model(ids [B, T]) -> logits`` over the windows of the 1-D token sequence ``ids``.

    Returns perplexity, mean_nll (nats), n_windows, n_predicted, window_nll (mean per window), seconds
    (forward passes and loss, synchronised on CUDA) and tokens_per_second (window tokens / seconds).
    ``autocast_dtype`` (e.g. torch.bfloat16) runs the forward under autocast; the loss is fp32.
    """
    ids = torch.as_tensor(ids, dtype=torch.long).reshape(-1)
    if batch_size < 1:
        raise ValueError(f"batch_size={batch_size!r} must be >= 1.")
    spans = window_spans(ids.numel(), seq_len, max_windows)
    device = next(model.parameters()).device
    was_training = model.training
    model.eval()
    total, window_nll = 0.0, []
    _sync(device)
    t0 = time.perf_counter()
    try:
        for b in range(0, len(spans), batch_size):
            chunk = spans[b: b + batch_size]
            x = torch.stack([ids[s:e] for s, e in chunk]).to(device)
            with torch.autocast(device.type, dtype=autocast_dtype, enabled=autocast_dtype is not None):
                logits = model(x)
            nll = F.cross_entropy(logits[:, :-1].float().reshape(-1, logits.shape[-1]), x[:, 1:].reshape(-1),
                                  reduction="none").view(len(chunk), -1)
            sums = nll.double().sum(dim=1).tolist()
            total += sum(sums)
            window_nll.extend(s / (seq_len - 1) for s in sums)
            if progress is not None:
                progress(min(1.0, (b + len(chunk)) / len(spans)), f"window {b + len(chunk)}/{len(spans)}")
        _sync(device)
    finally:
        model.train(was_training)
    seconds = time.perf_counter() - t0
    n_pred = len(spans) * (seq_len - 1)
    mean_nll = total / n_pred
    if not math.isfinite(mean_nll):
        raise ValueError("the model produced a non-finite loss; check the weights (NaN after quantisation?).")
    return {"perplexity": math.exp(mean_nll), "mean_nll": mean_nll, "n_windows": len(spans), "n_predicted": n_pred,
            "seq_len": seq_len, "window_nll": window_nll, "seconds": seconds,
            "tokens_per_second": len(spans) * seq_len / seconds if seconds > 0 else float("inf")}


def calibration_windows(ids, n: int, seq_len: int, seed: int) -> torch.Tensor:
    """``n`` random windows ``[n, seq_len]`` of the 1-D token sequence ``ids`` (GPTQ's get_loaders sampling)."""
    ids = torch.as_tensor(ids, dtype=torch.long).reshape(-1)
    if n < 1 or ids.numel() <= seq_len:
        raise ValueError(f"need n >= 1 windows of {seq_len} tokens from {ids.numel()} tokens: lower seq_len or n.")
    gen = torch.Generator().manual_seed(seed)
    starts = torch.randint(0, ids.numel() - seq_len, (n,), generator=gen).tolist()
    return torch.stack([ids[s: s + seq_len] for s in starts])


def roofline_tokens_per_second(n_params: int, peak_flops: float) -> float:
    """Tokens/s that ``peak_flops`` allows at 2 FLOP per parameter per token (the forward's matmuls)."""
    if n_params <= 0 or peak_flops <= 0:
        raise ValueError(f"n_params={n_params} and peak_flops={peak_flops} must be positive.")
    return peak_flops / (2.0 * n_params)
