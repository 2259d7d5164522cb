"""How well the extractor tells a result from a setup fact from no claim, on a labelled sample.

    .venv/bin/python benchmarks/claim_kinds.py [--out PATH] [--show-wrong] [--before EARLIER.json]

benchmarks/data/claim_kinds.jsonl holds 90 sentences drawn at random (seed 20261207) from the 464
sentences with a number in the body, captions and abstracts of the corpus texts (awq, smoothquant
and llm-int8 paper.md, natural-sparsity paper.tex), each labelled by hand with the kinds a reader
would accept, the first one being the label: a finding (result, comparison, speedup, memory,
trend, qualitative), a setup fact, or none (related work, a derivation, a legend, a pointer to a
table). The rules were written on the same papers, so this is not a held-out estimate; it is a
measure that a rule change can be checked against.

Each sentence is extracted alone, as a one-passage document under its paper's title. Printed: the
share whose kind is among the accepted ones, the coarse confusion matrix (finding / setup / none),
and the costliest errors: setup facts stored as findings (the issue says they never may be) and
sentences with no claim stored as findings. The figures go to benchmarks/results/claim_kinds.json
with the extractor version and the date.
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


def kind_of(sentence: str, title: str) -> str:
    """The kind the extractor gives ``sentence`` alone in a document titled ``title`` ("none" for no claim)."""
    from verifier.documents import DocumentMeta, ParsedDocument, Passage, PassageKind
    from verifier.extract import extract_claims

    passage = Passage(index=0, page=1, kind=PassageKind.body, text=sentence, raw_text=sentence,
                      offsets=list(range(len(sentence) + 1)), bbox=(50.0, 100.0, 550.0, 112.0), lines=[])
    doc = ParsedDocument(sha256="0" * 64, media_type="text/plain", n_pages=1, meta=DocumentMeta(title=title),
                         passages=[passage], tables=[], parser_version="benchmark")
    claims = extract_claims(doc)
    return claims[0].kind.value if claims else "none"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "claim_kinds.json")
    parser.add_argument("--show-wrong", action="store_true", help="print every sentence whose kind is not accepted")
    parser.add_argument("--before", type=Path, help="an earlier results file whose figures to keep beside these")
    args = parser.parse_args()
    from verifier.extract import EXTRACTOR_VERSION

    rows = [json.loads(line) for line in LABELLED.read_text().splitlines() if line.strip()]
    confusion: Counter[tuple[str, str]] = Counter()
    accepted = 0
    wrong = []
    for row in rows:
        got = kind_of(row["sentence"], TITLES[row["paper"]])
        label = row["accept"][0]
        confusion[(coarse(label), coarse(got))] += 1
        if got in row["accept"]:
            accepted += 1
        else:
            wrong.append({"paper": row["paper"], "sentence": row["sentence"], "accept": row["accept"], "got": got})
    n = len(rows)
    print(f"extractor {EXTRACTOR_VERSION}: {accepted}/{n} sentences get an accepted kind ({accepted / n:.3f})")
    print(f"{'label/got':<12}" + "".join(f"{c:>9}" for c in COARSE))
    for a in COARSE:
        print(f"{a:<12}" + "".join(f"{confusion[(a, b)]:>9}" for b in COARSE))
    setup_as_finding = confusion[("setup", "finding")]
    none_as_finding = confusion[("none", "finding")]
    findings = sum(confusion[("finding", b)] for b in COARSE)
    missed = confusion[("finding", "none")]
    print(f"setup facts stored as findings: {setup_as_finding} of {sum(confusion[('setup', b)] for b in COARSE)}")
    print(f"no-claim sentences stored as findings: {none_as_finding} of {sum(confusion[('none', b)] for b in COARSE)}")
    print(f"findings missed (no claim): {missed} of {findings}")
    if args.show_wrong:
        for w in wrong:
            print(f"- [{w['paper']}] got {w['got']}, accept {'/'.join(w['accept'])}: {w['sentence'][:160]}")
    before = None
    if args.before:
        earlier = json.loads(args.before.read_text())
        before = {k: earlier[k] for k in ("date", "extractor_version", "accepted", "accuracy", "confusion",
                                          "setup_as_finding", "none_as_finding", "findings_missed")}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "extractor_version": EXTRACTOR_VERSION,
        "labelled": str(LABELLED.relative_to(REPO)),
        "sentences": n,
        "accepted": accepted,
        "accuracy": round(accepted / n, 3),
        "confusion": {f"{a}->{b}": confusion[(a, b)] for a in COARSE for b in COARSE},
        "setup_as_finding": setup_as_finding,
        "none_as_finding": none_as_finding,
        "findings_missed": missed,
        "wrong": wrong,
        **({"before": before} if before else {}),
    }, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
