"""How much compiling ingest's Python code buys: the ingest benchmark on a copy of the tree whose
parse and extract modules are compiled to C extensions with mypyc, against the tree as it is.

    .venv/bin/pip install mypy   # mypyc comes with it; not a dependency of the project
    .venv/bin/python benchmarks/ingest_compiled.py [-n 7] [--json benchmarks/results/ingest-compiled.json]

An experiment, not a build option: the project ships pure Python. It answers one question for the
speed goal of ingest (full ingest at most 3x raw PyMuPDF text extraction): is the gap in the
interpreter's overhead (which compiling removes) or in work that stays (regular expressions,
PyMuPDF, pydantic, SQLite)? Both runs go through ``benchmarks/ingest.py`` in subprocesses, one
after the other on the same machine; the compiled copy lives in a temporary directory.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# the modules a PDF ingest spends its Python time in (parse: pdf, layout, tables, textnorm;
# extract: the rest); each type-checks clean, which mypyc needs
COMPILED = ("literals", "quantities", "claim_fields", "extract", "textnorm", "layout", "tables", "pdf",
            "sentences", "run_ons")  # fmt: skip


def _bench(root: Path, rounds: int, out: Path, pdfs: list[str]) -> dict:
    cmd = [sys.executable, str(root / "benchmarks" / "ingest.py"), "-n", str(rounds), "--json", str(out), *pdfs]
    subprocess.run(cmd, cwd=root, check=True)
    return json.loads(out.read_text())["after"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=7, help="rounds per file (fastest counts)")
    ap.add_argument("--json", type=Path, help="write both results here")
    ap.add_argument("pdfs", nargs="*", help="PDFs (default: ../shared/corpus/*/paper.pdf)")
    args = ap.parse_args(argv)
    mypyc = Path(sys.executable).with_name("mypyc")
    if not mypyc.exists():
        print(f"ingest_compiled: {mypyc} not found; install it with {Path(sys.executable).parent}/pip install mypy",
              file=sys.stderr)
        return 2
    pdfs = [str(Path(p).resolve()) for p in args.pdfs] or sorted(
        str(p) for p in (REPO.parent / "shared" / "corpus").glob("*/paper.pdf"))
    if not pdfs:
        print("ingest_compiled: no PDFs: pass some, or put ../shared/corpus beside the checkout", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "tree"
        for name in ("verifier", "claims_db", "benchmarks", "templates", "repro"):
            shutil.copytree(REPO / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", "results"))
        t0 = time.monotonic()
        subprocess.run([str(mypyc), *(f"verifier/{m}.py" for m in COMPILED)], cwd=copy, check=True,
                       stdout=subprocess.DEVNULL)
        build_s = time.monotonic() - t0
        built = sorted(p.name for p in (copy / "verifier").glob("*.so"))
        if len(built) != len(COMPILED):
            print(f"ingest_compiled: mypyc built {len(built)} of {len(COMPILED)} modules", file=sys.stderr)
            return 1
        print("== pure Python (this tree)")
        plain = _bench(REPO, args.n, Path(tmp) / "plain.json", pdfs)
        print(f"== {len(built)} modules compiled with mypyc (built in {build_s:.0f} s)")
        compiled = _bench(copy, args.n, Path(tmp) / "compiled.json", pdfs)
    print(f"ratio full/raw: pure Python {plain['ratio_full_to_raw']:.2f}, compiled {compiled['ratio_full_to_raw']:.2f}"
          " (goal: at most 3)")
    for stage in ("parse", "extract", "store", "full"):
        a, b = plain["seconds"][stage], compiled["seconds"][stage]
        print(f"  {stage:8s} {a:.4f} s -> {b:.4f} s  ({a / b:.2f}x)")
    if args.json:
        args.json.write_text(json.dumps({
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "method": "benchmarks/ingest.py on this tree and on a copy with the modules below compiled by mypyc",
            "compiled_modules": [f"verifier/{m}.py" for m in COMPILED],
            "mypyc_build_s": round(build_s, 1),
            "pure_python": plain,
            "compiled": compiled,
        }, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
