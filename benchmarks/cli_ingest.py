"""A one-paper ``verifier ingest`` as a user runs it: a new process, imports, migrations, the ingest.

    .venv/bin/python benchmarks/cli_ingest.py [-n 7] [--json benchmarks/results/cli_ingest.json] [PDF]

``benchmarks/ingest.py`` times the ingest itself in a warm process; a user who ingests one paper
also waits for the interpreter, the imports and the database's migrations. Printed (median wall
seconds of ``-n`` runs each, every ingest into a fresh data directory): the whole command, and the
import of PyMuPDF as the parser does it (without the add-ons PyMuPDF 2.0 imports at its own import,
``verifier.pdf.import_pymupdf``) against a plain ``import pymupdf``. Wall time on a shared machine
is noisy: compare figures of one run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=REPO, env=env)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=7, help="runs of each (the median counts)")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("pdf", nargs="?", type=Path, default=REPO.parent / "shared" / "corpus" / "llm-int8" / "paper.pdf")
    args = ap.parse_args()
    if not args.pdf.is_file():
        print(f"{args.pdf}: no such PDF; pass one", file=sys.stderr)
        return 2
    py = sys.executable
    verifier = str(Path(py).with_name("verifier"))
    figures: dict[str, list[float]] = {"ingest": [], "import_pymupdf_parser": [], "import_pymupdf_plain": [],
                                       "python_startup": []}  # fmt: skip
    for _ in range(args.n):
        with tempfile.TemporaryDirectory() as d:
            env = {k: v for k, v in os.environ.items() if k != "VERIFIER_DATABASE_URL"}  # the default SQLite file
            figures["ingest"].append(wall([verifier, "--data-dir", d, "ingest", str(args.pdf)], env))
        figures["import_pymupdf_parser"].append(
            wall([py, "-c", "from verifier.pdf import import_pymupdf; import_pymupdf()"]))
        figures["import_pymupdf_plain"].append(wall([py, "-c", "import pymupdf"]))
        figures["python_startup"].append(wall([py, "-c", "pass"]))
    med = {k: round(statistics.median(v), 3) for k, v in figures.items()}
    print(f"{args.pdf.name}: median of {args.n} runs, wall seconds")
    for k, v in med.items():
        print(f"  {k:<24} {v:6.3f}")
    saved = med["import_pymupdf_plain"] - med["import_pymupdf_parser"]
    print(f"  the parser's import saves {saved:.3f} s of a plain one ({saved / med['ingest']:.0%} of the command)")
    if args.json:
        import platform

        args.json.write_text(json.dumps({
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "pdf": args.pdf.name, "runs": args.n,
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
            "median_wall_s": med, "all_wall_s": {k: [round(x, 3) for x in v] for k, v in figures.items()},
        }, indent=2) + "\n")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
