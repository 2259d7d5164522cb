"""How well the extractor tells a result from a setup fact from no claim, on a labelled sample.

    .venv/bin/python benchmarks/claim_kinds.py [--out PATH] [--show-wrong] [--before EARLIER.json]

benchmarks/data/claim_kinds.jsonl holds 450 sentences drawn at random from the 464 sentences with a
number in the body, captions and abstracts of the corpus texts (awq, smoothquant and llm-int8
paper.md, natural-sparsity paper.tex), each labelled by hand with the kinds a reader would accept,
the first one being the label: a finding (result, comparison, speedup, memory, trend, qualitative),
a setup fact, or none (related work, a derivation, a legend, a pointer to a table). Splits:
"first" (90, seed 20261207), drawn and labelled before extractor 1.7 and then used to write its
rules, so no held-out figure; "second" (60 more, seed 20261208), labelled before 1.7 was run on
them; its rows marked "seen" are sentences looked at while writing 1.7's rules, so
"second_unseen" was the held-out estimate for the first 1.7 rules, which were then tuned on the
second split; "third" (50 more, seed 20261209), labelled before those rules were run on them
("third_unseen": without six sentences seen in earlier diffs) was their held-out estimate, and
1.7 was then tuned on it too; "fourth" (50 more, seed 20261210), labelled before the final 1.7
was run on them ("fourth_unseen": without twelve seen before), is the held-out estimate for 1.7;
"fifth" (50 more, seed 20261211), labelled before 1.7 was run on them ("fifth_unseen": without
four seen before), is a second held-out estimate for 1.7, whose errors extractor 1.8 was then
written from; "sixth" (50 more, seed 20261212), labelled before 1.8 was run on them
("sixth_unseen": without six seen before), is the held-out estimate for 1.8, whose errors, and the
older splits' remaining ones, 1.9 was written from; "seventh" (50 more, seed 20261213), labelled
before 1.9 was run on them ("seventh_unseen": without ten seen before), is the held-out estimate
for 1.9 (33 of 40 with lexicon 38); lexicon 39 added passive protocol verbs, one of which ("PPL is
measured with") one of its errors had shown, so that sentence is marked seen since; "eighth" (50
more, seed 20261214), labelled before the final 1.9 (lexicon 39) was run on them ("eighth_unseen":
without fifteen seen before), is the held-out estimate for it, and no rule has been written from
it. ``--before`` files keep the earlier extractor's figures on the same splits.

Each sentence is extracted alone, as a one-passage document under its paper's title; a claim the
extractor marks as another work's finding (``conditions["cited"]``) counts as none, as related work is. Printed per
split: the share whose kind is among the accepted ones, and the costliest errors: setup facts
stored as findings (the ingest issue says they never may be), sentences with no claim stored as
findings, and findings given no claim; then the coarse confusion matrix (finding / setup / none)
of all. The figures go to benchmarks/results/claim_kinds.json with the extractor version and the
date (``--before`` keeps an earlier file's figures beside them).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from common import write_figures  # noqa: E402 (benchmarks/ is on the path only from here)
LABELLED = REPO / "benchmarks" / "data" / "claim_kinds.jsonl"
TITLES = {
    "awq": "AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration",
    "smoothquant": "SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models",
    "llm-int8": "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale",
    "natural-sparsity-ternary-llms": "Natural-Sparsity Acceleration for Ternary LLMs",
}
COARSE = ("finding", "setup", "none")


def coarse(kind: str) -> str:
    return kind if kind in ("setup", "none") else "finding"


def sentence_claims(sentence: str, title: str) -> list:
    """The claims the extractor gives ``sentence`` alone, as a one-passage document titled ``title``."""
    from verifier.documents import DocumentMeta, ParsedDocument, Passage, PassageKind
    from verifier.extract import extract_claims

    passage = Passage(index=0, page=1, kind=PassageKind.body, text=sentence, raw_text=sentence,
                      offsets=list(range(len(sentence) + 1)), bbox=(50.0, 100.0, 550.0, 112.0), lines=[])
    doc = ParsedDocument(sha256="0" * 64, media_type="text/plain", n_pages=1, meta=DocumentMeta(title=title),
                         passages=[passage], tables=[], parser_version="benchmark")
    return extract_claims(doc)


def with_splits(rows: list[dict]) -> dict[str, list[dict]]:
    """All rows, each split in the order drawn, and the unseen part of a split that marks rows "seen"."""
    splits = {"all": rows}
    for name in dict.fromkeys(r["split"] for r in rows):  # in the order they were drawn
        splits[name] = part = [r for r in rows if r["split"] == name]
        if any("seen" in r for r in part):  # a split labelled before rules ran on it: its held-out part
            splits[f"{name}_unseen"] = [r for r in part if not r.get("seen")]
    return splits


def kind_of(sentence: str, title: str) -> str:
    """The kind the extractor gives ``sentence`` alone in a document titled ``title`` ("none" for no claim)."""
    claims = sentence_claims(sentence, title)
    if not claims or claims[0].conditions.get("cited"):
        return "none"  # no claim, or another work's finding marked as such (related work)
    return claims[0].kind.value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "claim_kinds.json")
    parser.add_argument("--show-wrong", action="store_true", help="print every sentence whose kind is not accepted")
    parser.add_argument("--before", type=Path, help="an earlier results file whose figures to keep beside these")
    args = parser.parse_args()
    from verifier.extract import EXTRACTOR_VERSION

    rows = [json.loads(line) for line in LABELLED.read_text().splitlines() if line.strip()]
    for row in rows:
        row["got"] = kind_of(row["sentence"], TITLES[row["paper"]])
    splits = with_splits(rows)
    print(f"extractor {EXTRACTOR_VERSION}")
    figures = {}
    for name, part in splits.items():
        figures[name] = f = tally(part)
        print(f"{name}: {f['accepted']}/{f['sentences']} get an accepted kind ({f['accuracy']:.3f}); setup facts "
              f"stored as findings {f['setup_as_finding']} of {f['setup']}; no-claim sentences stored as findings "
              f"{f['none_as_finding']} of {f['none']}; findings missed {f['findings_missed']} of {f['finding']}")
    confusion = figures["all"]["confusion"]
    print(f"all, coarse: {'label/got':<10}" + "".join(f"{c:>9}" for c in COARSE))
    for a in COARSE:
        print(f"{'':<13}{a:<10}" + "".join(f"{confusion[f'{a}->{b}']:>9}" for b in COARSE))
    wrong = [{k: r[k] for k in ("split", "paper", "sentence", "accept", "got")}
             for r in rows if r["got"] not in r["accept"]]
    if args.show_wrong:
        for w in wrong:
            accept = "/".join(w["accept"])
            print(f"- [{w['split']} {w['paper']}] got {w['got']}, accept {accept}: {w['sentence'][:150]}")
    write_figures({
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "extractor_version": EXTRACTOR_VERSION,
        "labelled": str(LABELLED.relative_to(REPO)),
        "splits": figures,
        "wrong": wrong,
    }, args.out, before=args.before, keep=("date", "extractor_version", "splits"), indent=2)
    return 0


def tally(rows: list[dict]) -> dict:
    """Accepted share, coarse confusion and the costly errors of labelled rows that carry ``got``."""
    confusion: Counter[tuple[str, str]] = Counter((coarse(r["accept"][0]), coarse(r["got"])) for r in rows)
    accepted = sum(r["got"] in r["accept"] for r in rows)
    per_label = {a: sum(confusion[(a, b)] for b in COARSE) for a in COARSE}
    return {
        "sentences": len(rows),
        "accepted": accepted,
        "accuracy": round(accepted / len(rows), 3) if rows else None,
        "confusion": {f"{a}->{b}": confusion[(a, b)] for a in COARSE for b in COARSE},
        **per_label,
        "setup_as_finding": confusion[("setup", "finding")],
        "none_as_finding": confusion[("none", "finding")],
        "findings_missed": confusion[("finding", "none")],
    }


if __name__ == "__main__":
    raise SystemExit(main())
