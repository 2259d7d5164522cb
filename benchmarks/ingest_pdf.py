"""Pages per second of ``parse_pdf`` against raw PyMuPDF text extraction on the corpus PDFs.

    .venv/bin/python benchmarks/ingest_pdf.py [-n 7] [PDF ...]

Without arguments it reads every ``paper.pdf`` under ../shared/corpus. Each file is parsed
``n`` times by ``parse_pdf`` and by a plain ``page.get_text()`` loop over a freshly opened
document; the runs alternate and the fastest run of each counts (CPU time, so that other
processes on the machine disturb the figure less). Parsing is one stage of ingest: the goal of
at most 3x is for the whole ingest (parse, extract, store), which benchmarks/ingest.py measures.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from ingest import raw_text  # noqa: E402 (benchmarks/ is on the path only from here)

from verifier.pdf import parse_pdf  # noqa: E402


def best_of_alternating(fns, data: bytes, n: int) -> list[float]:
    """The fastest of ``n`` runs of each of ``fns`` on ``data``, the functions taking turns."""
    best = [float("inf")] * len(fns)
    for _ in range(n):
        for i, fn in enumerate(fns):
            t0 = time.process_time()
            fn(data)
            best[i] = min(best[i], time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("-n", type=int, default=7, help="runs per file and method (the fastest counts)")
    args = ap.parse_args(argv)
    paths = args.pdfs or sorted((REPO.parent / "shared" / "corpus").glob("*/paper.pdf"))
    if not paths:
        print("no PDFs given and ../shared/corpus holds none", file=sys.stderr)
        return
    total = {"parse": 0.0, "raw": 0.0}
    pages = 0
    print(f"{'file':<50} {'pages':>5} {'parse_pdf p/s':>14} {'get_text p/s':>13} {'ratio':>6}")
    for path in paths:
        data = path.read_bytes()
        doc = parse_pdf(data, name=str(path))  # warm caches (fonts, imports) before timing
        raw_text(data)
        t_parse, t_raw = best_of_alternating((parse_pdf, raw_text), data, args.n)
        total["parse"] += t_parse
        total["raw"] += t_raw
        pages += doc.n_pages
        name = str(path.relative_to(REPO.parent)) if path.is_relative_to(REPO.parent) else str(path)
        print(
            f"{name:<50} {doc.n_pages:>5} {doc.n_pages / t_parse:>14.1f} {doc.n_pages / t_raw:>13.1f} "
            f"{t_parse / t_raw:>6.2f}"
        )
    print(
        f"{'all':<50} {pages:>5} {pages / total['parse']:>14.1f} {pages / total['raw']:>13.1f} "
        f"{total['parse'] / total['raw']:>6.2f}"
    )


if __name__ == "__main__":
    main()
