"""Honest kernel timings: device events, warm-up, medians, rotating inputs, explicit gaps.

``time_fn`` times a no-argument callable. On CUDA it records a pair of
``torch.cuda.Event`` around every iteration after ``warmup`` untimed calls (mode
"cuda-event"), or captures the callable once into a CUDA graph and times its replays
(mode "cuda-graph", which removes launch overhead from small kernels). On the CPU it
uses ``time.perf_counter`` and says so (mode "cpu-wall"). It reports the median and the
10th/90th percentiles, never a best-of.

The matmul benchmarks compare y = x @ W^T in several formats over a sweep of shapes:

- ``bench_sparse24``: dense bf16 vs the same weight pruned 2:4 and stored with
  ``torch.sparse.to_sparse_semi_structured`` (CUDA, compute capability >= 8.0). Before
  any timing it checks correctness: the mask keeps exactly 2 of every 4 weights along
  the input dimension, a compressed (values, 2-bit index) round trip rebuilds the weight,
  and, on CUDA, the sparse kernel agrees with the dense product of the pruned weight. On
  the CPU, or on an older GPU, the timing rows say "unsupported" and carry no number.
- ``bench_lowbit``: bf16 ``mm`` vs int8 ``torch._int_mm`` (int32 accumulate) vs fp8
  ``torch._scaled_mm`` with float8_e4m3fn operands (CUDA compute capability >= 8.9), and
  "int8_qdq": the int8 product with its overhead, i.e. a bf16 input quantised per row (absmax)
  on every call, ``_int_mm`` against weights quantised once per output column, and the int32
  result dequantised to bf16 by both scales (vector-wise int8 as a layer runs it when the
  rest of the model is 16-bit; no outlier decomposition). The raw formats take operands
  already in their format. Formats the machine lacks are reported as unsupported with the reason.

Every timed call cycles through several independent (x, W) sets whose total size exceeds
the last-level cache, so that repeated calls cannot be served from cache. Every row carries
the shape, dtype, median and percentiles in ms, TFLOP/s (2*m*n*k per product; for 2:4 the
dense-equivalent count, for int8 tera-operations) and the timing mode.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence

import torch

MIN_ITERS = 30
_DEFAULT_CACHE_BYTES = 64 * 2**20


def _percentile(sorted_values: list[float], q: float) -> float:
    """Linear-interpolation percentile of an already sorted list."""
    pos = (len(sorted_values) - 1) * q
    lo, hi = int(pos), min(int(pos) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def _summary(samples_ms: list[float], mode: str, inner: int) -> dict:
    per_call = sorted(s / inner for s in samples_ms)
    return {
        "median_ms": statistics.median(per_call),
        "p10": _percentile(per_call, 0.10),
        "p90": _percentile(per_call, 0.90),
        "mean_ms": statistics.fmean(per_call),
        "n": len(per_call),
        "mode": mode,
    }


def time_fn(fn: Callable[[], object], warmup: int = 10, iters: int = MIN_ITERS,
            use_cuda_graph: bool = False, device: torch.device | str | None = None,
            inner: int = 1) -> dict:
    """Time ``fn()``; returns {median_ms, p10, p90, mean_ms, n, mode} per operation.

    ``device`` says where fn's work runs (default: "cuda" when available, else "cpu").
    ``inner`` is how many operations one call of fn performs (e.g. one per rotated input
    set); times are divided by it. ``iters`` below 30 is refused: a median of fewer
    samples moves too much between runs to support a claim.
    """
    return time_fns({"fn": fn}, warmup, iters, use_cuda_graph, device, inner)["fn"]


def time_fns(fns: dict[str, Callable[[], object]], warmup: int = 10, iters: int = MIN_ITERS,
             use_cuda_graph: bool = False, device: torch.device | str | None = None,
             inner: int = 1) -> dict[str, dict]:
    """Time several callables interleaved: iteration i times each of them once, in turn.

    A speed-up is a ratio of two of these medians; timed one after the other, the two would see
    different clocks whenever the chip's clock or temperature drifts (the first GPU session saw
    run-to-run spreads of 9% on large products that way); interleaved, drift hits both alike.
    Returns {name: summary as time_fn's}. With ``use_cuda_graph`` each callable is captured once
    and its replays are timed. A callable that cannot be captured raises (``CUDAGraphError``), it
    does not fall back: a failed capture leaves the process's CUDA generator in capture mode, so
    later random draws fail (seen on the H200), and an eager figure would not be the one asked for.
    """
    if iters < MIN_ITERS:
        raise ValueError(f"iters must be >= {MIN_ITERS} for a stable median, got {iters}")
    if warmup < 0 or inner < 1:
        raise ValueError(f"warmup must be >= 0 and inner >= 1, got warmup={warmup}, inner={inner}")
    dev = torch.device(device) if device is not None else torch.device(
        "cuda" if torch.cuda.is_available() else "cpu")
    if dev.type == "cuda":
        if not torch.cuda.is_available():
            raise RuntimeError("a timing was asked for on CUDA but CUDA is not available")
        return _time_cuda(fns, warmup, iters, use_cuda_graph, dev, inner)
    if use_cuda_graph:
        raise RuntimeError("use_cuda_graph=True needs a CUDA device; this timing is on the CPU")
    for fn in fns.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(iters):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            samples[name].append((time.perf_counter() - start) * 1e3)
    return {name: _summary(samples[name], "cpu-wall", inner) for name in fns}


class CUDAGraphError(RuntimeError):
    """A callable could not be captured into a CUDA graph (it synchronises with the host, say)."""


def capture_graph(fn: Callable[[], object], stream: torch.cuda.Stream, what: str,
                  capture_error_mode: str = "global") -> torch.cuda.CUDAGraph:
    """``fn`` captured on ``stream`` (warmed up there by the caller), or ``CUDAGraphError`` naming ``what``."""
    graph = torch.cuda.CUDAGraph()
    try:
        with torch.cuda.graph(graph, stream=stream, capture_error_mode=capture_error_mode):
            fn()
    except RuntimeError as exc:
        raise CUDAGraphError(f"{what} could not be captured into a CUDA graph "
                             f"({str(exc).splitlines()[0][:200]}); run it with cuda_graph=false") from exc
    return graph


def _graphed(fn):
    """The replay of ``fn`` captured in a CUDA graph, after three warm-up calls on the capture stream."""
    side = torch.cuda.Stream()
    side.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(side):
        for _ in range(3):
            fn()
    torch.cuda.current_stream().wait_stream(side)
    graph = capture_graph(fn, side, "the timed call")
    graph.replay()
    return graph.replay


def _time_cuda(fns, warmup, iters, use_cuda_graph, dev, inner) -> dict:
    with torch.cuda.device(dev):
        torch.cuda.synchronize()
        runs = {}
        for name, fn in fns.items():
            for _ in range(warmup):
                fn()
            runs[name] = _graphed(fn) if use_cuda_graph else fn
        torch.cuda.synchronize()
        events = {name: [(torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True))
                         for _ in range(iters)] for name in fns}
        for i in range(iters):
            for name, run in runs.items():
                start, end = events[name][i]
                start.record()
                run()
                end.record()
        torch.cuda.synchronize()
    mode = "cuda-graph" if use_cuda_graph else "cuda-event"
    return {name: _summary([a.elapsed_time(b) for a, b in events[name]], mode, inner) for name in fns}


def cache_bytes(device: torch.device) -> int:
    """Last-level cache size to defeat: the GPU's L2 where torch knows it, else 64 MiB."""
    if device.type == "cuda":
        size = getattr(torch.cuda.get_device_properties(device), "L2_cache_size", 0)
        if size:
            return int(size)
    return _DEFAULT_CACHE_BYTES


def rotation_count(bytes_per_set: int, device: torch.device, max_sets: int = 32) -> int:
    """How many input sets make the rotation at least 2x the cache (2 at least)."""
    need = -(-2 * cache_bytes(device) // max(1, bytes_per_set))
    return int(min(max_sets, max(2, need)))


def tflops(m: int, n: int, k: int, median_ms: float) -> float:
    return 2.0 * m * n * k / (median_ms * 1e-3) / 1e12


def _check_shapes(shapes: Sequence[Sequence[int]], multiple: int) -> list[tuple[int, int, int]]:
    out = []
    for shape in shapes:
        if len(shape) != 3 or any(int(s) <= 0 or int(s) % multiple for s in shape):
            raise ValueError(f"matmul shape {shape!r} must be (m, n, k) with each a positive multiple of {multiple}")
        out.append(tuple(int(s) for s in shape))
    return out


def _dtype_name(dtype: torch.dtype) -> str:
    return {torch.bfloat16: "bf16", torch.float16: "fp16", torch.float32: "fp32"}.get(
        dtype, str(dtype).removeprefix("torch."))


def _cc(device: torch.device) -> tuple[int, int] | None:
    if device.type != "cuda":
        return None
    return tuple(torch.cuda.get_device_capability(device))


def _row(shape, dtype, kind, status, timing=None, reason=None, **extra) -> dict:
    m, n, k = shape
    row = {"m": m, "n": n, "k": k, "dtype": dtype, "kind": kind, "status": status,
           "median_ms": None, "p10": None, "p90": None, "tflops": None, "mode": None, "reason": reason}
    if timing is not None:
        row.update(median_ms=timing["median_ms"], p10=timing["p10"], p90=timing["p90"], mode=timing["mode"],
                   tflops=tflops(m, n, k, timing["median_ms"]))
    row.update(extra)
    return row


def compress_2of4(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(values [r, c/2], indices [r, c/2] in 0..3) of a 2:4-sparse weight, the kept pair per group."""
    rows, cols = weight.shape
    groups = weight.reshape(rows, cols // 4, 4)
    nonzero = groups != 0
    if bool((nonzero.sum(-1) > 2).any()):
        raise ValueError("weight is not 2:4 sparse: some group of 4 holds more than 2 non-zeros")
    # keep the two positions with the largest (nonzero, -position) order: nonzeros first
    order = torch.argsort(nonzero.to(torch.int8) * 4 + (3 - torch.arange(4, device=weight.device)),
                          dim=-1, descending=True)[..., :2]
    idx = order.sort(dim=-1).values
    values = torch.gather(groups, -1, idx)
    return values.reshape(rows, cols // 2), idx.reshape(rows, cols // 2)


def decompress_2of4(values: torch.Tensor, indices: torch.Tensor) -> torch.Tensor:
    rows, half = values.shape
    dense = torch.zeros(rows, half // 2, 4, dtype=values.dtype, device=values.device)
    dense.scatter_(-1, indices.reshape(rows, half // 2, 2), values.reshape(rows, half // 2, 2))
    return dense.reshape(rows, half * 2)


def bench_sparse24(shapes: Sequence[Sequence[int]], device: torch.device,
                   mask_fn: Callable[[torch.Tensor], torch.Tensor], dtype: torch.dtype = torch.bfloat16,
                   warmup: int = 10, iters: int = MIN_ITERS, use_cuda_graph: bool = False,
                   seed: int = 0) -> list[dict]:
    """Dense vs 2:4 semi-structured ``F.linear`` per shape (m tokens, n outputs, k inputs).

    ``mask_fn(weight) -> bool mask`` must return a 2:4 mask along the input dimension
    (e.g. the one in prune.py). Rows: one "dense" and one "2:4" per shape, with
    ``mask_ok``, ``roundtrip_ok`` and (CUDA) ``max_rel_err`` of the sparse product.
    """
    shapes = _check_shapes(shapes, 64)
    gen = torch.Generator(device=device).manual_seed(seed)
    cc = _cc(device)
    supported = cc is not None and cc >= (8, 0)
    reason = None if supported else (
        "2:4 semi-structured kernels need CUDA compute capability >= 8.0; "
        + ("this run is on the CPU" if cc is None else f"this GPU has {cc[0]}.{cc[1]}"))
    rows = []
    for shape in shapes:
        m, n, k = shape
        weight = torch.randn(n, k, generator=gen, device=device).to(dtype)
        mask = mask_fn(weight.float()).bool()
        groups = mask.reshape(n, k // 4, 4).sum(-1)
        mask_ok = bool((groups == 2).all())
        pruned = weight * mask
        roundtrip_ok = False
        if mask_ok:
            values, idx = compress_2of4(pruned)
            roundtrip_ok = bool(torch.equal(decompress_2of4(values, idx), pruned))
            del values, idx
        check = {"mask_ok": mask_ok, "roundtrip_ok": roundtrip_ok}
        if supported and not mask_ok:
            reason_bad = "mask_fn did not return a 2:4 mask (exactly 2 kept of every 4 along the input)"
            rows.append(_row(shape, _dtype_name(dtype), "dense", "failed", reason=reason_bad, **check))
            rows.append(_row(shape, _dtype_name(dtype), "2:4", "failed", reason=reason_bad, **check))
            continue
        if not supported:
            rows.append(_row(shape, _dtype_name(dtype), "dense", "unsupported", reason=reason, **check))
            rows.append(_row(shape, _dtype_name(dtype), "2:4", "unsupported", reason=reason, **check))
            continue
        from torch.sparse import to_sparse_semi_structured

        per_set = (m * k + n * k) * torch.finfo(dtype).bits // 8
        sets = rotation_count(per_set, device)
        xs = [torch.randn(m, k, generator=gen, device=device).to(dtype) for _ in range(sets)]
        dense_ws = [pruned] + [(torch.randn(n, k, generator=gen, device=device).to(dtype) * mask)
                               for _ in range(sets - 1)]
        try:
            sparse_ws = [to_sparse_semi_structured(w) for w in dense_ws]
            ref = torch.nn.functional.linear(xs[0], dense_ws[0]).float()
            got = torch.nn.functional.linear(xs[0], sparse_ws[0]).float()
            check["max_rel_err"] = float((got - ref).abs().max() / ref.abs().max().clamp_min(1e-6))
            check["backend"] = type(sparse_ws[0]).__name__
            del ref, got

            def call(ws, inputs=xs):
                def run():
                    for x, w in zip(inputs, ws):
                        torch.nn.functional.linear(x, w)
                return run

            timings = time_fns({"dense": call(dense_ws), "2:4": call(sparse_ws)}, warmup, iters, use_cuda_graph,
                               device, inner=sets)
        except (RuntimeError, NotImplementedError) as exc:
            rows.append(_row(shape, _dtype_name(dtype), "dense", "failed", reason=str(exc)[:300], **check))
            rows.append(_row(shape, _dtype_name(dtype), "2:4", "failed", reason=str(exc)[:300], **check))
            continue
        for kind, timing in timings.items():
            rows.append(_row(shape, _dtype_name(dtype), kind, "ok", timing, rotation_sets=sets, **check))
        del xs, dense_ws, sparse_ws
    return rows


LOWBIT_FORMATS = ("bf16", "int8", "fp8", "int8_qdq")


def _lowbit_support(fmt: str, device: torch.device) -> str | None:
    """None when ``fmt`` can run on ``device``, else the reason it cannot."""
    cc = _cc(device)
    if fmt == "fp8":
        if not hasattr(torch, "float8_e4m3fn") or not hasattr(torch, "_scaled_mm"):
            return f"torch {torch.__version__} has no float8_e4m3fn / _scaled_mm"
        if cc is not None and cc < (8, 9):
            return f"fp8 matmul needs CUDA compute capability >= 8.9; this GPU has {cc[0]}.{cc[1]}"
    if fmt in ("int8", "int8_qdq") and not hasattr(torch, "_int_mm"):
        return f"torch {torch.__version__} has no _int_mm"
    return None


def _lowbit_operands(fmt: str, m: int, n: int, k: int, device, gen):
    """(x, w_t, op, ref_w_t) with w_t the [k, n] column-major view the kernels want and ref_w_t
    the weights a float64 reference multiplies (w_t itself, except for int8_qdq: its bf16
    weights before quantisation); drawn on ``device`` (operands of 8192 x 16384 drawn on the
    host took most of the first GPU run's minute)."""
    x = torch.randn(m, k, generator=gen, device=device)
    w = torch.randn(n, k, generator=gen, device=device)
    if fmt == "bf16":
        return x.to(torch.bfloat16), w.to(torch.bfloat16).t(), torch.mm, None
    if fmt == "int8":
        xi = x.mul_(32).round_().clamp_(-127, 127).to(torch.int8)
        wi = w.mul_(32).round_().clamp_(-127, 127).to(torch.int8)
        return xi, wi.t(), torch._int_mm, None
    if fmt == "int8_qdq":
        xb, wb = x.to(torch.bfloat16), w.to(torch.bfloat16)
        w_scale = wb.float().abs().amax(dim=1).clamp_min(1e-8).div_(127)  # one per output column, offline
        wi = (wb.float() / w_scale[:, None]).round_().clamp_(-127, 127).to(torch.int8)

        def qdq(a, b, w_scale=w_scale):
            x_scale = a.abs().amax(dim=1, keepdim=True).float().clamp_min_(1e-8).div_(127)  # per row, each call
            ai = (a.float() / x_scale).round_().clamp_(-127, 127).to(torch.int8)
            return torch._int_mm(ai, b).float().mul_(x_scale).mul_(w_scale).to(torch.bfloat16)

        return xb, wi.t(), qdq, wb.t()
    xf, wf = x.to(torch.float8_e4m3fn), w.to(torch.float8_e4m3fn)
    one = torch.ones((), device=device, dtype=torch.float32)

    def scaled(a, b):
        out = torch._scaled_mm(a, b, scale_a=one, scale_b=one, out_dtype=torch.bfloat16)
        return out[0] if isinstance(out, tuple) else out

    return xf, wf.t(), scaled, None


def _lowbit_reference_error(x, w_t, op, ref_w_t=None) -> float:
    """Max error of the first 32 output rows against a float64 product of the same operands
    (of ``ref_w_t`` when given: the weights before a format's own quantisation)."""
    got = op(x, w_t)[:32].double().cpu()
    ref_w = w_t if ref_w_t is None else ref_w_t
    ref = x[:32].to(torch.float32).double().cpu() @ ref_w.to(torch.float32).double().cpu()
    return float((got - ref).abs().max() / ref.abs().max().clamp_min(1e-6))


def bench_lowbit(shapes: Sequence[Sequence[int]], device: torch.device,
                 formats: Sequence[str] = LOWBIT_FORMATS, warmup: int = 10, iters: int = MIN_ITERS,
                 use_cuda_graph: bool = False, seed: int = 0) -> list[dict]:
    """bf16 vs int8 vs fp8 matmul (and int8 with its quantise / dequantise overhead) per shape;
    one row per (shape, format)."""
    unknown = [f for f in formats if f not in LOWBIT_FORMATS]
    if unknown:
        raise ValueError(f"unknown formats {unknown}: use some of {LOWBIT_FORMATS}")
    shapes = _check_shapes(shapes, 32)
    gen = torch.Generator(device=device).manual_seed(seed)
    x_bytes = {"bf16": 2, "int8": 1, "fp8": 1, "int8_qdq": 2}  # per element of x; weights: 2 for bf16, else 1
    rows = []
    for shape in shapes:
        m, n, k = shape
        calls, found = {}, {}
        for fmt in formats:
            reason = _lowbit_support(fmt, device)
            if reason is not None:
                found[fmt] = _row(shape, fmt, fmt, "unsupported", reason=reason)
                continue
            try:
                sets = rotation_count(m * k * x_bytes[fmt] + n * k * (2 if fmt == "bf16" else 1), device)
                first = _lowbit_operands(fmt, m, n, k, device, gen)
                err = _lowbit_reference_error(*first)
                operands = [first[:3]] + [_lowbit_operands(fmt, m, n, k, device, gen)[:3] for _ in range(sets - 1)]

                def call(ops=operands):
                    for x, w_t, fn in ops:
                        fn(x, w_t)

                call()
            except (RuntimeError, NotImplementedError, TypeError) as exc:
                found[fmt] = _row(shape, fmt, fmt, "unsupported" if device.type == "cpu" else "failed",
                                  reason=f"{type(exc).__name__}: {str(exc)[:300]}")
                continue
            if fmt == "fp8" and device.type == "cpu":
                # torch computes fp8 products on the CPU by a reference loop (~70 ms for 64x256x256, ~3000x
                # bf16): its time says nothing of fp8, and timing it was most of a CPU run of the bundle
                found[fmt] = _row(shape, fmt, fmt, "unsupported", max_rel_err=err,
                                  reason="a CPU has no fp8 matmul (torch emulates it): product checked, not timed")
                continue
            calls[fmt] = (call, sets, err)
        # one timing per shape, formats interleaved; inner differs per format, so time each call as one
        # operation and divide by its own set count afterwards
        try:
            timings = time_fns({f: c for f, (c, _, _) in calls.items()}, warmup, iters, use_cuda_graph, device)
        except (RuntimeError, NotImplementedError, TypeError) as exc:
            timings = {}
            for fmt in calls:
                found[fmt] = _row(shape, fmt, fmt, "failed", reason=f"{type(exc).__name__}: {str(exc)[:300]}")
        for fmt, timing in timings.items():
            _, sets, err = calls[fmt]
            per_op = {key: (value / sets if key in ("median_ms", "p10", "p90", "mean_ms") else value)
                      for key, value in timing.items()}
            found[fmt] = _row(shape, fmt, fmt, "ok", per_op, max_rel_err=err, rotation_sets=sets)
        rows += [found[fmt] for fmt in formats]
        del calls
    return rows


def speedups(rows: list[dict], baseline: str, kind_key: str = "kind") -> list[dict]:
    """Per shape and non-baseline kind: baseline median / kind median (ok rows only)."""
    by_shape: dict[tuple, dict[str, dict]] = {}
    for row in rows:
        by_shape.setdefault((row["m"], row["n"], row["k"]), {})[row[kind_key]] = row
    out = []
    for shape, kinds in by_shape.items():
        base = kinds.get(baseline)
        for kind, row in kinds.items():
            if kind == baseline:
                continue
            ok = base is not None and base["status"] == "ok" and row["status"] == "ok"
            out.append({"m": shape[0], "n": shape[1], "k": shape[2], "kind": kind,
                        "speedup": base["median_ms"] / row["median_ms"] if ok else None,
                        "status": "ok" if ok else row["status"]})
    return out
