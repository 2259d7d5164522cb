"""Gate 1 for claims extracted from a paper: the quote is where its anchor says, and the numbers agree.

A claim that ingest extracted carries an anchor (page and passage span, or table cell); this
check needs no retrieval: it reads the anchored text back from the parsed document and compares
the claim's numbers with it across notations (``verifier.quantities``).
"""

from __future__ import annotations

from verifier.grounding import EvidenceSpan, Grounding, Verdict
from verifier.retrieval import quantities_of

def check_anchor(claim, doc) -> Grounding:
    """Gate 1 for a claim extracted from ``doc``: its quote is where its anchor says, numbers agree.

    not_found when the passage or table cell is missing, on another page, or holds other text;
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
        passage = next((p for p in doc.passages if p.index == a.passage_index), None)
        if passage is None or passage.page != a.page:
            return Grounding(
                verdict=Verdict.not_found,
                score=0.0,
                reasons=[f"passage {a.passage_index} is not on page {a.page}"],
            )
        found_text = passage.text[a.char_start : a.char_end]
        where = {
            "passage_index": a.passage_index,
            "char_start": a.char_start,
            "char_end": a.char_end,
        }
        around = ""
    if found_text != a.quote:
        return Grounding(
            verdict=Verdict.not_found,
            score=0.0,
            reasons=[f"the quote is not at its anchor (found {found_text[:60]!r})"],
        )
    span = EvidenceSpan(source_sha256=doc.sha256, page=a.page, quote=found_text, score=1.0, **where)
    quoted = quantities_of(found_text)
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
