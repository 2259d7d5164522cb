"""Gate 1 for claims extracted from a paper: the quote is where its anchor says, and the numbers agree.

A claim that ingest extracted carries an anchor (page and passage span, or table cell); this
check needs no retrieval: it reads the anchored text back from the parsed document and compares
the claim's numbers with it across notations (``verifier.quantities``).
"""

from __future__ import annotations

from verifier.grounding import EvidenceSpan, Grounding, Verdict
from verifier.quantities import verb_factors
from verifier.retrieval import quantities_of
from verifier.run_ons import end_part, join_parts, middle_of, vocabulary_of


def text_at(anchor, doc) -> str | None:
    """The text a passage anchor points at in ``doc``, or None where its passage (or, for a
    sentence a break cut in two, the passage it ends in) is missing or on another page. A cut
    sentence reads its first part, the equation text between, and its second part joined
    (:func:`verifier.run_ons.join_parts`), as extraction quoted it."""
    by_index = {p.index: p for p in doc.passages}
    passage = by_index.get(anchor.passage_index)
    if passage is None or passage.page != anchor.page:
        return None
    text = passage.text[anchor.char_start : anchor.char_end]
    if anchor.end_passage_index is None:
        return text
    rest = by_index.get(anchor.end_passage_index)
    middle = middle_of(doc, anchor.passage_index, anchor.end_passage_index)
    if rest is None or rest.page != anchor.end_page or middle is None:
        return None
    return join_parts(text, middle, end_part(rest, anchor.end_char), vocabulary=vocabulary_of(doc))


def check_anchor(claim, doc) -> Grounding:
    """Gate 1 for a claim extracted from ``doc``: its quote is where its anchor says, numbers agree.

    not_found when the passage or table cell is missing, on another page, or holds other text (a
    sentence that runs on over a break is read from its first passage to where its anchor ends it);
    contradicted when a number of the claim has no equal in the quote (for a table cell: in the
    cell or its row and column headers, and the headline ``value`` in the cell itself);
    supported otherwise.
    """
    from verifier.quantities import quantities_equal

    a = claim.anchor
    if a.table_index is not None:
        table = next((t for t in doc.tables if t.index == a.table_index), None)
        cell = table.cell(a.row, a.col) if table else None
        if table is None or cell is None or table.page != a.page:
            return Grounding(
                verdict=Verdict.not_found,
                score=0.0,
                reasons=[f"table {a.table_index} has no cell ({a.row}, {a.col}) on page {a.page}"],
            )
        found_text, where = cell.text, {"table_index": a.table_index, "row": a.row}
        grid = table.grid()
        headers = [grid[r][a.col] for r in range(min(table.header_rows, table.n_rows))]
        headers += [grid[a.row][c] for c in range(min(table.header_cols, table.n_cols)) if c != a.col]
        around = " ".join(headers)
    else:
        found_text = text_at(a, doc)
        if found_text is None:
            return Grounding(
                verdict=Verdict.not_found,
                score=0.0,
                reasons=[f"passage {a.passage_index} is not on page {a.page}" + (
                    f", or passage {a.end_passage_index} not on page {a.end_page}" if a.end_page is not None else "")],
            )
        where = {
            "passage_index": a.passage_index,
            "char_start": a.char_start,
            "char_end": a.char_end,
        }
        if a.end_passage_index is not None:
            where = {**where, "char_end": None, "end_passage": a.end_passage_index, "end_char": a.end_char}
        around = ""
    if found_text != a.quote:
        return Grounding(
            verdict=Verdict.not_found,
            score=0.0,
            reasons=[f"the quote is not at its anchor (found {found_text[:60]!r})"],
        )
    span = EvidenceSpan(source_sha256=doc.sha256, page=a.page, quote=found_text, score=1.0, **where)
    # a factor said with a verb ("halve the memory") is a number of the quote too, where the claim's value is one
    quoted = quantities_of(found_text) + [q for q, _, _ in verb_factors(found_text)]
    with_headers = quoted + quantities_of(around)
    claimed = list(claim.values) + ([claim.value] if claim.value is not None else [])
    differing = {q.text for q in claim.values if not any(quantities_equal(q, e) for e in with_headers)}
    if claim.value is not None and not any(quantities_equal(claim.value, e) for e in quoted):
        differing.add(claim.value.text)  # the headline number is the quote's (the cell's), not a header's
    differing = sorted(differing)
    if differing:
        return Grounding(
            verdict=Verdict.contradicted,
            score=1.0,
            evidence=[span],
            reasons=["numbers differ from the quote: " + ", ".join(differing)],
        )
    return Grounding(
        verdict=Verdict.supported,
        score=1.0,
        evidence=[span],
        reasons=[f"quote found at its anchor on page {a.page}; {len(claimed)} numbers agree"],
    )
