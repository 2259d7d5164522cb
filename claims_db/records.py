"""Plain records in, rows out: the mapping from the pipeline's dumped models to table rows.

The pipeline hands the store ``model_dump(mode="json")`` dicts of its pydantic models
(``Passage``, ``Table``, ``Claim``, ``SynthesisReport``), so ``claims_db`` never imports
``verifier``. Every function here is pure: it checks a dict against the columns it maps to and
builds an unsaved row. A key with no column is refused rather than dropped, so a field added
to a model without a migration shows up at the first ingest instead of vanishing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from claims_db.errors import InvalidRecord
from claims_db.models import ClaimRow, PassageRow, SynthesisClaim, SynthesisReference, TableRow

PASSAGE_REQUIRED = ("index", "page", "text", "raw_text", "offsets", "bbox")
PASSAGE_OPTIONAL = {"kind": "body", "section": None, "lines": [], "column": 0}

TABLE_REQUIRED = ("index", "page", "bbox", "n_rows", "n_cols", "cells")
TABLE_OPTIONAL = {
    "label": None,
    "caption": None,
    "section": None,
    "header_rows": 1,
    "header_cols": 1,
    "method": "ruled",
}

SYNTHESIS_CLAIM_REQUIRED = ("row", "text", "verified", "confidence", "line_no")
SYNTHESIS_CLAIM_OPTIONAL = {"truncated": False}

REFERENCE_REQUIRED = ("url", "line_no")
REFERENCE_OPTIONAL = {"arxiv_id": None, "arxiv_version": None}

SYNTHESIS_REQUIRED = ("title", "parser_version")
SYNTHESIS_OPTIONAL = {
    "sha256": None,
    "publisher": None,
    "published": None,
    "research_question": None,
    "stated_paper_count": None,
    "stated_claim_count": None,
    "stated_verified_count": None,
    "review_score": None,
    "claims": [],
    "references": [],
}


def jsonable(value: Any, what: str) -> Any:
    """``value`` as it will read back from a JSON column (tuples become lists, enums strings).

    Normalising before the write keeps in-session objects equal to what a later read returns,
    on SQLite and PostgreSQL alike.
    """
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise InvalidRecord(
            f"cannot be stored as JSON: {exc}",
            subject=what,
            hint="pass model_dump(mode='json') of the pydantic model, with finite numbers",
        ) from exc


def checked_fields(record: Any, what: str, required: Iterable[str], optional: Mapping[str, Any]) -> dict[str, Any]:
    """The record's fields with defaults filled in; refuses missing and unknown keys."""
    if not isinstance(record, Mapping):
        raise InvalidRecord(
            f"is a {type(record).__name__}, not a dict",
            subject=what,
            hint="pass model_dump(mode='json') of the pydantic model",
        )
    required = tuple(required)
    missing = [k for k in required if k not in record]
    if missing:
        raise InvalidRecord(
            f"lacks {', '.join(missing)}",
            subject=what,
            hint=f"a stored {what.split()[0]} needs {', '.join(required)}",
        )
    unknown = sorted(set(record) - set(required) - set(optional))
    if unknown:
        raise InvalidRecord(
            f"has fields with no column: {', '.join(unknown)}",
            subject=what,
            hint="add the columns with a new migration in claims_db/migrations/versions, then store again",
        )
    fields = {k: record.get(k, default) for k, default in optional.items()}
    fields.update({k: record[k] for k in required})
    return jsonable(fields, what)


def passage_values(record: Mapping[str, Any]) -> dict[str, Any]:
    """The column values of a passage row (its ``extraction_id`` aside), checked."""
    what = f"passage {record.get('index', '?') if isinstance(record, Mapping) else '?'}"
    return checked_fields(record, what, PASSAGE_REQUIRED, PASSAGE_OPTIONAL)


def table_values(record: Mapping[str, Any]) -> dict[str, Any]:
    """The column values of a table row (its ``extraction_id`` aside), checked."""
    what = f"table {record.get('index', '?') if isinstance(record, Mapping) else '?'}"
    return checked_fields(record, what, TABLE_REQUIRED, TABLE_OPTIONAL)


def claim_values(index: int, record: Mapping[str, Any]) -> dict[str, Any]:
    """The column values of a claim row from ``Claim.model_dump(mode="json")``: typed columns
    derived, the rest in ``data`` (its ``extraction_id`` aside).

    The claim itself is not re-validated here (that is the pydantic model's job); only what
    the typed columns need is checked: a kind and an anchor with a page and a quote.
    """
    what = f"claim {index}"
    if not isinstance(record, Mapping):
        raise InvalidRecord(
            f"is a {type(record).__name__}, not a dict", subject=what, hint="pass Claim.model_dump(mode='json')"
        )
    data = jsonable(dict(record), what)
    anchor = data.get("anchor")
    if not data.get("kind") or not isinstance(anchor, dict) or "page" not in anchor or not anchor.get("quote"):
        raise InvalidRecord(
            "needs a kind and an anchor with a page and a quote",
            subject=what,
            hint="a claim with no anchor is not stored as grounded (DESIGN.md, Claims)",
        )
    method = data.get("method") or {}
    value = data.get("value") or {}
    return {
        "index": index,
        "kind": data["kind"],
        "origin": data.get("origin") or "text",
        "method_family": method.get("family"),
        "method_name": method.get("name"),
        "model": data.get("model"),
        "dataset": data.get("dataset"),
        "metric": data.get("metric"),
        "bits": data.get("bits"),
        "sparsity": data.get("sparsity"),
        "hardware": data.get("hardware"),
        "value": value.get("value"),
        "unit": value.get("unit"),
        "page": anchor["page"],
        "quote": anchor["quote"],
        "passage_index": anchor.get("passage_index"),
        "char_start": anchor.get("char_start"),
        "char_end": anchor.get("char_end"),
        "table_index": anchor.get("table_index"),
        "row": anchor.get("row"),
        "col": anchor.get("col"),
        "data": data,
    }


def passage_row(record: Mapping[str, Any]) -> PassageRow:
    return PassageRow(**passage_values(record))


def table_row(record: Mapping[str, Any]) -> TableRow:
    return TableRow(**table_values(record))


def claim_row(index: int, record: Mapping[str, Any]) -> ClaimRow:
    """An unsaved claim row (see :func:`claim_values`)."""
    return ClaimRow(**claim_values(index, record))


def synthesis_fields(report: Mapping[str, Any]) -> dict[str, Any]:
    """The synthesis columns of a ``SynthesisReport`` dump; its claims and references stay inside."""
    return checked_fields(report, "synthesis report", SYNTHESIS_REQUIRED, SYNTHESIS_OPTIONAL)


def synthesis_claim_row(record: Mapping[str, Any], position: int) -> SynthesisClaim:
    fields = checked_fields(record, f"synthesis claim {position}", SYNTHESIS_CLAIM_REQUIRED, SYNTHESIS_CLAIM_OPTIONAL)
    return SynthesisClaim(**fields)


def reference_row(record: Mapping[str, Any], position: int) -> SynthesisReference:
    fields = checked_fields(record, f"reference {position}", REFERENCE_REQUIRED, REFERENCE_OPTIONAL)
    return SynthesisReference(**fields)
