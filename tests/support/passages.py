"""A test helper shared by the parsers' tests: where a quote stands among a document's passages."""

from __future__ import annotations


def find(doc, quote: str):
    """The passage whose text holds ``quote`` verbatim, and where."""
    for p in doc.passages:
        i = p.text.find(quote)
        if i >= 0:
            return p, i
    raise AssertionError(f"not found in any passage: {quote!r}")
