"""The claims extracted from the corpus PDFs are exactly those recorded in a golden digest.

Speed work on the parser, the lexicon matching or the store must not change a single claim.
``data/extract_golden.json`` holds, per corpus paper, the number of claims and the SHA-256 of
their canonical JSON (``Claim.model_dump(mode="json")``, keys sorted). When a change to the
claims is intended (a lexicon edit, a new rule: with a new ``EXTRACTOR_VERSION``), regenerate it:

    .venv/bin/python tests/verifier/test_extract_golden.py --update

and commit the file with the change, saying in the message which claims changed and why.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
GOLDEN = Path(__file__).resolve().parent / "data" / "extract_golden.json"
PAPERS = ("llm-int8", "natural-sparsity-ternary-llms")


def claims_digest(paper: str) -> dict:
    """Count, kinds and SHA-256 of the claims extracted from ``corpus/<paper>/paper.pdf``."""
    from verifier.extract import extract_claims
    from verifier.pdf import parse_pdf

    path = CORPUS / paper / "paper.pdf"
    claims = extract_claims(parse_pdf(path.read_bytes(), name=str(path)))
    dumped = [c.model_dump(mode="json") for c in claims]
    canonical = json.dumps(dumped, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    kinds: dict[str, int] = {}
    for c in dumped:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    return {"claims": len(dumped), "kinds": dict(sorted(kinds.items())),
            "sha256": hashlib.sha256(canonical.encode()).hexdigest()}


@pytest.mark.parametrize("paper", PAPERS)
def test_claims_match_the_golden_digest(paper):
    if not (CORPUS / paper / "paper.pdf").is_file():
        pytest.skip(f"the shared corpus PDF ../shared/corpus/{paper}/paper.pdf is not present")
    expected = json.loads(GOLDEN.read_text())[paper]
    got = claims_digest(paper)
    assert (got["claims"], got["kinds"]) == (expected["claims"], expected["kinds"])
    assert got["sha256"] == expected["sha256"], (
        f"the claims of {paper} changed (same count and kinds, different content); if intended, "
        f"regenerate: .venv/bin/python {Path(__file__).relative_to(ROOT)} --update"
    )


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit(__doc__)
    sys.path.insert(0, str(ROOT))
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(json.dumps({p: claims_digest(p) for p in PAPERS}, indent=2) + "\n")
    print(f"wrote {GOLDEN}")
