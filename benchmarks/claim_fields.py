"""How many of the corpus papers' result claims carry a method, a metric and a value.

    .venv/bin/python benchmarks/claim_fields.py [--out PATH] [--before EARLIER.json]

The ingest issue asks that "result claims carry method, metric and value". For each text of the
corpus (../shared/corpus: the PDFs, the Markdown texts, the LaTeX source), this parses and extracts
as ingest does and counts, over the claims of kind ``result`` (a measured value) and over all
result-bearing kinds (result, comparison, speedup, memory, trend), apart for sentence and table
claims, how many name a method, a metric, a value and all three. Claims marked as another work's
finding (``conditions["cited"]``) are left out: they are not the paper's results.

A table row of the uncompressed model ("32-bit Float", "bfloat16 baseline") has no method by nature:
such claims are marked ``conditions["reference"]`` and counted apart. A method the lexicon does not
know, a hardware design named by a column header or by the caption as written ("Presence extracted",
"stream-fed bitmap/sign design"), counts as a method and, apart, as ``method_as_written``. A metric the
lexicon does not know,
taken as written from a column header ("Outliers / Count") or from the words after a percentage ("75% of all
sequence dimensions": "share of sequence dimensions"), counts as a metric and, apart, as
``metric_as_written``. What it cannot tell: whether the fields are right (tests/verifier/test_extract.py
holds those checks), nor which other missing fields the paper itself leaves unsaid (an analysis of
outliers in a model has no method either). The figures go to benchmarks/results/claim_fields.json with
the extractor version and the date.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from common import write_figures  # noqa: E402 (benchmarks/ is on the path only from here)
CORPUS = REPO.parent / "shared" / "corpus"
KINDS = {".pdf": "pdf", ".md": "markdown", ".tex": "latex"}
FIELDS = ("method", "metric", "value")


def counts(claims: list) -> dict[str, int]:
    out = {"claims": len(claims)}
    for field in FIELDS:
        out[field] = sum(getattr(c, field) is not None for c in claims)
    out["all_three"] = sum(all(getattr(c, f) is not None for f in FIELDS) for c in claims)
    # a metric that is a column header as written ("Outliers / Count"), not a name of the lexicon: counted
    # among the metrics, and here apart
    out["metric_as_written"] = sum(c.conditions.get("metric_from", "").endswith("(as written)") for c in claims)
    # a design no lexicon knows, named as a column header or the caption writes it ("Presence extracted",
    # "stream-fed bitmap/sign design"): counted among the methods, and here apart
    out["method_as_written"] = sum(c.conditions.get("method_from", "").endswith("(as written)") for c in claims)
    # rows of the uncompressed model ("32-bit Float", "bfloat16 baseline"): no method by nature, marked as such
    out["reference_rows"] = sum(c.method is None and "reference" in c.conditions for c in claims)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "claim_fields.json")
    parser.add_argument("--before", type=Path, help="an earlier results file whose figures to keep beside these")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"claim_fields: no corpus at {CORPUS}; put ../shared beside the checkout", file=sys.stderr)
        return 2
    from verifier.extract import EXTRACTOR_VERSION, extract_claims
    from verifier.ingest import parse_source

    figures: dict[str, dict] = {}
    for path in sorted(CORPUS.glob("*/paper.*")):
        if path.suffix not in KINDS:
            continue
        doc = parse_source(path.read_bytes(), KINDS[path.suffix], path.name)
        own = [c for c in extract_claims(doc) if c.is_result and not c.conditions.get("cited")]
        name = f"{path.parent.name}{path.suffix}"
        figures[name] = {}
        for origin in ("text", "table"):
            part = [c for c in own if c.origin == origin]
            if not part:
                continue
            figures[name][origin] = {"result": counts([c for c in part if c.kind.value == "result"]),
                                     "all_result_kinds": counts(part)}
    for name, by_origin in figures.items():
        for origin, parts in by_origin.items():
            line = "; ".join(
                f"{label} {f['claims']}: method {f['method']} ({f['method_as_written']} as written; "
                f"+{f['reference_rows']} reference rows), metric "
                f"{f['metric']} ({f['metric_as_written']} as written), value {f['value']}, all three {f['all_three']}"
                for label, f in parts.items())
            print(f"{name} {origin}: {line}")
    record = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "extractor_version": EXTRACTOR_VERSION,
              "corpus": "../shared/corpus", "papers": figures}
    write_figures(record, args.out, before=args.before, keep=("date", "extractor_version", "papers"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
