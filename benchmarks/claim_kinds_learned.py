"""Would a classifier learned from the labelled sentences tell findings, setup facts and no claims apart
better than the extractor's rules? Measured on papers it has not seen.

    .venv/bin/python benchmarks/claim_kinds_learned.py [--out PATH]

Reads benchmarks/data/claim_kinds.jsonl (the sentences benchmarks/claim_kinds.py labels) and, for each
of the four corpus papers in turn, trains on the other three and scores that paper's sentences:
multinomial logistic regression (numpy, L2, full-batch gradient descent) and Bernoulli naive Bayes over
lower-cased word unigrams and bigrams, every number read as one token, and a feature for "we"/"our".
The score is the coarse class (finding / setup / none) being among the accepted ones. Beside it, the
extractor's rules on the same sentences, counted as benchmarks/claim_kinds.py counts them (its kinds,
so at least as strict); the rules were written from most of these sentences, so their figure here is
optimistic: their held-out figures are in benchmarks/results/claim_kinds.json (about four in five).
Then the comparison the rules' held-out figures allow: logistic regression trained on the splits drawn
before each of the last three and scored on its unseen sentences, as each extractor was.
Deterministic: no random draw anywhere. The figures go to benchmarks/results/claim_kinds_learned.json.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from common import write_figures  # noqa: E402 (benchmarks/ is on the path only from here)
LABELLED = REPO / "benchmarks" / "data" / "claim_kinds.jsonl"
CLASSES = ("finding", "setup", "none")


def coarse(kind: str) -> str:
    return kind if kind in ("setup", "none") else "finding"


def features(sentence: str) -> set[str]:
    text = re.sub(r"\d+(?:[.,]\d+)*", " 0 ", sentence.lower())
    words = re.findall(r"[a-z]+|[%×]|0|[\[\]()]", text)
    found = set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    if re.search(r"\b(?:we|our)\b", text):
        found.add("__first_person")
    return found


def naive_bayes(train: list[dict], alpha: float = 0.5):
    counts = {c: Counter() for c in CLASSES}
    prior = Counter(coarse(r["accept"][0]) for r in train)
    for r in train:
        counts[coarse(r["accept"][0])].update(features(r["sentence"]))
    vocab = sorted(set().union(*counts.values()))

    def predict(sentence: str) -> str:
        present = features(sentence)
        scores = {}
        for c in CLASSES:
            n = prior[c]
            score = math.log((n + 1) / (len(train) + len(CLASSES)))
            for f in vocab:
                p = (counts[c][f] + alpha) / (n + 2 * alpha)
                score += math.log(p if f in present else 1 - p)
            scores[c] = score
        return max(CLASSES, key=lambda c: scores[c])

    return predict


def logistic(train: list[dict], l2: float = 1.0, epochs: int = 300, step: float = 0.5):
    vocab = {f: i for i, f in enumerate(sorted(set().union(*(features(r["sentence"]) for r in train))))}

    def row(sentence: str) -> np.ndarray:
        x = np.zeros(len(vocab) + 1)
        x[-1] = 1.0
        for f in features(sentence):
            if f in vocab:
                x[vocab[f]] = 1.0
        return x

    X = np.stack([row(r["sentence"]) for r in train])
    Y = np.eye(len(CLASSES))[[CLASSES.index(coarse(r["accept"][0])) for r in train]]
    W = np.zeros((X.shape[1], len(CLASSES)))
    for _ in range(epochs):
        Z = X @ W
        P = np.exp(Z - Z.max(axis=1, keepdims=True))
        P /= P.sum(axis=1, keepdims=True)
        W -= step * (X.T @ (P - Y) + l2 * W) / len(train)
    return lambda sentence: CLASSES[int(np.argmax(row(sentence) @ W))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "claim_kinds_learned.json")
    args = parser.parse_args()
    from claim_kinds import TITLES, kind_of

    from verifier.extract import EXTRACTOR_VERSION

    rows = [json.loads(line) for line in LABELLED.read_text().splitlines() if line.strip()]
    figures: dict[str, dict[str, int]] = {}
    for paper in sorted({r["paper"] for r in rows}):
        train = [r for r in rows if r["paper"] != paper]
        test = [r for r in rows if r["paper"] == paper]
        accepted = [{coarse(a) for a in r["accept"]} for r in test]
        figures[paper] = {"sentences": len(test)}
        for name, learn in (("logistic_regression", logistic), ("naive_bayes", naive_bayes)):
            predict = learn(train)
            figures[paper][name] = sum(predict(r["sentence"]) in ok for r, ok in zip(test, accepted, strict=True))
        figures[paper]["rules"] = sum(kind_of(r["sentence"], TITLES[r["paper"]]) in r["accept"] for r in test)
    total = {k: sum(f[k] for f in figures.values()) for k in ("sentences", "logistic_regression", "naive_bayes",
                                                               "rules")}
    for paper, f in [*figures.items(), ("all", total)]:
        print(f"{paper}: {f['sentences']} sentences; right on a paper not trained on: logistic regression "
              f"{f['logistic_regression']}, naive Bayes {f['naive_bayes']}; the rules (written from most of "
              f"them) {f['rules']}")
    # as the rules were measured: trained on the splits drawn before, scored on a split's unseen sentences
    order = list(dict.fromkeys(r["split"] for r in rows))
    by_split = {}
    for split in order[-3:]:
        train = [r for r in rows if order.index(r["split"]) < order.index(split)]
        test = [r for r in rows if r["split"] == split and not r.get("seen")]
        predict = logistic(train)
        right = sum(predict(r["sentence"]) in {coarse(a) for a in r["accept"]} for r in test)
        by_split[split] = {"trained_on": len(train), "unseen": len(test), "logistic_regression": right}
        print(f"{split} split, unseen sentences: logistic regression trained on the {len(train)} drawn before "
              f"gets {right} of {len(test)}")
    record = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "extractor_version": EXTRACTOR_VERSION,
              "labelled": str(LABELLED.relative_to(REPO)), "held_out": "one paper at a time", "papers": figures,
              "all": total, "later_splits": by_split}
    write_figures(record, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
