"""Full ingest (parse + extract claims + store in SQLite) against raw PyMuPDF text extraction.

    .venv/bin/python benchmarks/ingest.py [-n 5] [--json benchmarks/results/ingest.json] [PDF ...]

Without arguments it ingests every ``paper.pdf`` under ../shared/corpus. For each file, each
round ingests into a fresh SQLite database (so nothing is "unchanged") and, alternating, runs
a plain ``page.get_text()`` loop over a freshly opened document; the fastest round of each
counts (CPU time of this process, so other load on the machine disturbs it less). Caches keyed
by a document's text (the bounded ``lru_cache``s of the parse and extract modules) are emptied
before each round, since a new paper meets them cold; caches of compiled patterns (unbounded
``cache``) stay warm like any one-time cost. Printed:
pages per second of both, the ratio full/raw (goal: at most 3), and how full ingest splits
into parse, extract and store (``--json PATH`` also writes them, with the machine and the date;
``--before PATH`` carries the "after" block of an earlier such file in as "before"). One-time costs (imports, model loads, migrations) are paid in a
warm-up round and not counted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def raw_text(data: bytes) -> int:
    import pymupdf

    doc = pymupdf.open(stream=data, filetype="pdf")
    n = sum(len(page.get_text()) for page in doc)
    doc.close()
    return n


TEXT_CACHE_MODULES = ("verifier.pdf", "verifier.layout", "verifier.tables", "verifier.textnorm", "verifier.sentences",
                      "verifier.quantities", "verifier.claim_fields", "verifier.extract")  # fmt: skip


def forget_texts() -> int:
    """Empty the bounded (text-keyed) ``lru_cache``s of the ingest modules; how many there were."""
    import importlib

    n = 0
    for name in TEXT_CACHE_MODULES:
        for fn in vars(importlib.import_module(name)).values():
            info = getattr(fn, "cache_info", None)
            if info is not None and info().maxsize is not None:
                fn.cache_clear()
                n += 1
    return n


def full_ingest(path: Path, data: bytes) -> dict[str, float]:
    """One ingest into a fresh database; returns CPU seconds per stage."""
    from claims_db import store
    from claims_db.engine import transaction
    from verifier.config import load_settings
    from verifier.extract import EXTRACTOR_VERSION, extract_claims
    from verifier.ingest import Ingestor, parse_source

    with tempfile.TemporaryDirectory() as d:
        ing = Ingestor(load_settings(data_dir=d))  # migrations: not timed
        forget_texts()
        t0 = time.process_time()
        doc = parse_source(data, "pdf", path.name)
        t1 = time.process_time()
        claims = extract_claims(doc)
        t2 = time.process_time()
        with transaction(ing.engine) as s:
            src, _ = store.store_source(s, sha256=doc.sha256, media_type=doc.media_type, size=len(data),
                                        name=path.name, blob_path="-")
            store.upsert_paper(s, source=src, title=doc.meta.title, authors=[], abstract=None, published=None,
                               licence=None, url=None)
            store.store_extraction(s, src, parser_version=doc.parser_version, extractor_version=EXTRACTOR_VERSION,
                                   passages=[p.model_dump(mode="json") for p in doc.passages],
                                   tables=[t.model_dump(mode="json") for t in doc.tables],
                                   claims=[c.model_dump(mode="json") for c in claims])
        t3 = time.process_time()
        ing.engine.dispose()
    return {"parse": t1 - t0, "extract": t2 - t1, "store": t3 - t2, "full": t3 - t0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=5, help="rounds per file (fastest counts)")
    ap.add_argument("--json", type=Path, help="write the figures here (e.g. benchmarks/results/ingest.json)")
    ap.add_argument("--before", type=Path, help="a JSON file of an earlier run: its figures go in as 'before'")
    ap.add_argument("pdfs", nargs="*", type=Path)
    args = ap.parse_args()
    pdfs = args.pdfs or sorted((REPO.parent / "shared" / "corpus").glob("*/paper.pdf"))
    if not pdfs:
        print("no PDFs: pass some, or put ../shared/corpus beside the checkout", file=sys.stderr)
        return 2
    import pymupdf

    rows, tot = [], {"pages": 0, "raw": 0.0, "parse": 0.0, "extract": 0.0, "store": 0.0, "full": 0.0}
    for path in pdfs:
        data = path.read_bytes()
        pages = pymupdf.open(stream=data, filetype="pdf").page_count
        full_ingest(path, data)  # warm-up: imports, lazy model loads, regex compilation
        best = {"parse": 1e9, "extract": 1e9, "store": 1e9, "full": 1e9}
        raw = 1e9
        for _ in range(args.n):
            t = time.process_time()
            raw_text(data)
            raw = min(raw, time.process_time() - t)
            r = full_ingest(path, data)
            if r["full"] < best["full"]:
                best = r
        rows.append((path, pages, raw, best))
        tot["pages"] += pages
        tot["raw"] += raw
        for k in best:
            tot[k] += best[k]
    print(f"{'file':<58} {'pages':>5} {'raw p/s':>8} {'full p/s':>8} {'ratio':>6}  parse/extract/store s")
    for path, pages, raw, b in rows:
        name = str(path.relative_to(REPO.parent)) if path.is_relative_to(REPO.parent) else str(path)
        print(f"{name:<58} {pages:>5} {pages / raw:>8.1f} {pages / b['full']:>8.1f} {b['full'] / raw:>6.2f}  "
              f"{b['parse']:.3f}/{b['extract']:.3f}/{b['store']:.3f}")
    print(f"{'all':<58} {tot['pages']:>5} {tot['pages'] / tot['raw']:>8.1f} {tot['pages'] / tot['full']:>8.1f} "
          f"{tot['full'] / tot['raw']:>6.2f}  {tot['parse']:.3f}/{tot['extract']:.3f}/{tot['store']:.3f}")
    print("goal: full/raw ratio at most 3")
    if args.json:
        write_json(args.json, args, rows, tot)
    return 0


def write_json(out: Path, args: argparse.Namespace, rows: list, tot: dict) -> None:
    import datetime
    import json
    import os
    import platform

    import pydantic
    import pymupdf
    import sqlalchemy

    def figures(pages: int, raw: float, b: dict) -> dict:
        return {"pages": pages, "raw_pages_per_s": round(pages / raw, 1), "full_pages_per_s": round(pages / b["full"], 1),
                "ratio_full_to_raw": round(b["full"] / raw, 2), "raw_s": round(raw, 4),
                "seconds": {k: round(b[k], 4) for k in ("parse", "extract", "store", "full")}}  # fmt: skip

    after = figures(tot["pages"], tot["raw"], tot)
    after["per_file"] = {p.parent.name if p.name == "paper.pdf" else p.name: figures(n, raw, b) for p, n, raw, b in rows}
    report = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "processor": platform.processor(),
                    "load_average_at_end": [round(x, 2) for x in os.getloadavg()]},  # fmt: skip
        "versions": {"python": platform.python_version(), "pymupdf": pymupdf.VersionBind,
                     "pydantic": pydantic.VERSION, "sqlalchemy": sqlalchemy.__version__},  # fmt: skip
        "method": f"CPU seconds of this process, fastest of {args.n} rounds per file, text caches emptied each round",
        "goal": "full/raw ratio at most 3",
        "after": after,
    }
    if args.before:
        report["before"] = json.loads(args.before.read_text(encoding="utf-8"))["after"]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
