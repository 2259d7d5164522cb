"""One sentence as a paper states it: its claim, and the plan the matcher makes of it (test helpers)."""

from __future__ import annotations


def claim_of(sentence: str, title: str = "Compressing transformers"):
    """The one non-setup claim the extractor reads from ``sentence`` under a Results heading."""
    from verifier.claims import ClaimKind
    from verifier.extract import extract_claims
    from verifier.markdown import parse_markdown

    doc = parse_markdown(f"# {title}\n\n## Results\n\n{sentence}\n".encode(), name="t.md")
    (c,) = [c for c in extract_claims(doc) if c.kind is not ClaimKind.setup]
    return c


def plan_of(sentence: str, bundles, size: str = "full", device: str = "cuda", title: str = "Compressing transformers"):
    """The plan (or Untestable) of ``sentence``'s claim at ``size`` on ``device``."""
    from verifier.match import plan_claim

    return plan_claim(claim_of(sentence, title), "c1", bundles, size=size, device=device)
