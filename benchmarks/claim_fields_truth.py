"""Whether the method, metric and value the extractor reads are right, on a hand-labelled sample.

    .venv/bin/python benchmarks/claim_fields_truth.py [--out PATH] [--show-wrong] [--before EARLIER.json]

``benchmarks/claim_fields.py`` counts how many result claims carry a method, a metric and a value; it
cannot tell whether they are right. benchmarks/data/claim_fields_truth.jsonl holds all 232 sentences
that benchmarks/data/claim_kinds.jsonl labels as findings, drawn at random in three splits,
each labelled by hand, reading the sentence alone, with what a reader would accept:

- ``method``: the names the claim may be about (the lexicon's name, "family:quantization" for an
  unnamed method of a family, a design as the text writes it), ``null`` where the sentence names
  none or a reader would let it go unnamed;
- ``measures``: the (metric, value) pairs the claim may carry, the value as its number (the midpoint of
  a range, 2 for "halve"), ``null`` for either where the sentence leaves it unsaid.

Splits: "first" (80, seed 20261215), drawn and labelled after extractor 1.31; its sentences come from
the kind benchmark, most of them read while earlier rules were written (several while writing 1.26-1.31,
the same day), and the errors it showed were then mended (1.32, 1.33): no held-out figure. "second" (80
more of the other 152, seed 20261216), labelled before extractor 1.33 was run on them; its rows marked
"seen" are sentences rules had been written from, so "second_unseen" is the held-out estimate for 1.33
(of 69: method wrong 3, metric 2, value 1, pair 3); 1.34 was then written from its errors. "third" (the
72 findings left, in random order, seed 20261217), labelled before extractor 1.34 was run on them, with
"third_unseen" (55) the held-out estimate for 1.34 (method wrong 3, metric 4, value 2, pair 5). The
kind benchmark's findings are all used now: a further split needs a new corpus text.

Each sentence is extracted alone, as a one-passage document under its paper's title, as in the kind
benchmark; the claim is the first one (a sentence with no claim counts every field as missing).
Per field: *right* (a value the label accepts, ``null`` included where accepted), *missing* (none where
the label wants one) and *wrong* (one the label does not accept): a wrong field costs the reader more
than a missing one. The metric and value are also scored as a pair: *right* where the pair is among
the accepted ones, *wrong* where the metric or the value is set and no accepted pair has it with the
other, else *missing*. A metric matches case-insensitively, a value within 0.5% of the labelled number.
The figures go to benchmarks/results/claim_fields_truth.json with the extractor version and the date.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from claim_kinds import TITLES, sentence_claims, with_splits  # noqa: E402 (benchmarks/ is on the path only from here)
from common import write_figures  # noqa: E402
LABELLED = REPO / "benchmarks" / "data" / "claim_fields_truth.jsonl"
FIELDS = ("method", "metric", "value", "metric_and_value")


def first_claim(sentence: str, title: str):
    """The first claim the extractor gives ``sentence`` alone in a document titled ``title`` (None for none)."""
    claims = sentence_claims(sentence, title)
    return claims[0] if claims else None


def method_of(claim) -> str | None:
    if claim is None or claim.method is None:
        return None
    return claim.method.name or f"family:{claim.method.family.value}"


def same_metric(a: str | None, b: str | None) -> bool:
    return (a or "").lower() == (b or "").lower()


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-12)


def score(got, accepted: list, same) -> str:
    """right / missing / wrong of one field against the values a label accepts."""
    if any(same(got, a) for a in accepted):
        return "right"
    return "missing" if got is None else "wrong"


def score_pair(metric: str | None, value: float | None, pairs: list[list]) -> str:
    if any(same_metric(metric, m) and same_value(value, v) for m, v in pairs):
        return "right"
    if (metric is not None and not any(same_metric(metric, m) and (value is None or same_value(value, v))
                                       for m, v in pairs)) or (
            value is not None and not any(same_value(value, v) and (metric is None or same_metric(metric, m))
                                          for m, v in pairs)):
        return "wrong"
    return "missing"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "claim_fields_truth.json")
    parser.add_argument("--show-wrong", action="store_true", help="print every field scored wrong")
    parser.add_argument("--before", type=Path, help="an earlier results file whose figures to keep beside these")
    args = parser.parse_args()
    from verifier.extract import EXTRACTOR_VERSION

    rows = [json.loads(line) for line in LABELLED.read_text().splitlines() if line.strip()]
    wrong = []
    for row in rows:
        claim = first_claim(row["sentence"], TITLES[row["paper"]])
        got = {"method": method_of(claim), "metric": claim.metric if claim else None,
               "value": claim.value.value if claim and claim.value else None}
        pairs = row["measures"]
        verdicts = {
            "method": score(got["method"], row["method"], lambda a, b: same_metric(a, b)),
            "metric": score(got["metric"], [m for m, _ in pairs], same_metric),
            "value": score(got["value"], [v for _, v in pairs], same_value),
            "metric_and_value": score_pair(got["metric"], got["value"], pairs),
        }
        row["verdicts"] = verdicts
        if "wrong" in verdicts.values():
            wrong.append({"split": row["split"], "paper": row["paper"], "sentence": row["sentence"], "got": got,
                          "wrong": [f for f, v in verdicts.items() if v == "wrong"],
                          "accept": {"method": row["method"], "measures": pairs}})
    splits = with_splits(rows)
    print(f"extractor {EXTRACTOR_VERSION}")
    figures = {}
    for name, part in splits.items():
        figures[name] = tally = {"sentences": len(part)} | {
            f: {v: sum(r["verdicts"][f] == v for r in part) for v in ("right", "missing", "wrong")} for f in FIELDS}
        print(f"{name} ({len(part)}): " + "; ".join(
            f"{f} {tally[f]['right']}/{tally[f]['missing']}/{tally[f]['wrong']}" for f in FIELDS)
            + "  (right/missing/wrong)")
    if args.show_wrong:
        for w in wrong:
            print(f"- [{w['split']} {w['paper']}] {'/'.join(w['wrong'])} wrong: got {w['got']}; accept "
                  f"{w['accept']}\n    {w['sentence'][:200]}")
    write_figures({
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "extractor_version": EXTRACTOR_VERSION,
        "labelled": str(LABELLED.relative_to(REPO)),
        "splits": figures,
        "wrong": wrong,
    }, args.out, before=args.before, keep=("date", "extractor_version", "splits"), indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
