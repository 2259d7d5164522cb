"""Plain records in, rows out: the mapping from the pipeline's dumped models to table rows.

The pipeline hands the store ``model_dump(mode="json")`` dicts of its pydantic models
(``Passage``, ``Table``, ``Claim``, ``SynthesisReport``), so ``claims_db`` never imports
``verifier``. Every function here is pure: it checks a dict against the columns it maps to and
builds an unsaved row. A key with no column is refused rather than dropped, so a field added
to a model without a migration shows up at the first ingest instead of vanishing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from claims_db.errors import InvalidRecord
from claims_db.models import SynthesisClaim, SynthesisReference

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


# json.dumps(value, allow_nan=False) builds an encoder per call; thousands of rows share this one
_ENCODER = json.JSONEncoder(allow_nan=False)


def _dumps(value: Any, what: str) -> str:
    """``value`` as JSON text; a value JSON cannot hold (NaN, an object) is an ``InvalidRecord``."""
    try:
        return _ENCODER.encode(value)
    except (TypeError, ValueError) as exc:
        raise InvalidRecord(
            f"cannot be stored as JSON: {exc}",
            subject=what,
            hint="pass model_dump(mode='json') of the pydantic model, with finite numbers",
        ) from exc


def jsonable(value: Any, what: str) -> Any:
    """``value`` as it will read back from a JSON column (tuples become lists, enums strings).

    Normalising before the write keeps in-session objects equal to what a later read returns,
    on SQLite and PostgreSQL alike.
    """
    return json.loads(_dumps(value, what))


@dataclass(frozen=True, slots=True)
class Encoded:
    """A JSON column's value already encoded (by :func:`encoded`): the engines' serializer
    (:func:`serialize`) writes its text as it is instead of encoding the value a second time.

    Only the bulk inserts of an extraction use it (thousands of rows whose values nobody reads
    back in the session). An engine made without :func:`serialize` fails loudly on it
    (``Encoded`` is not JSON-serialisable) rather than storing a quoted string.
    """

    text: str


def serialize(value: Any) -> str:
    """The ``json_serializer`` of every engine (claims_db.engine.make_engine)."""
    return value.text if isinstance(value, Encoded) else json.dumps(value)


def encoded(value: Any, what: str) -> Encoded | None:
    """``value`` encoded once for a JSON column (None stays SQL NULL), refused as
    :func:`jsonable` refuses it."""
    return None if value is None else Encoded(_dumps(value, what))


_PLAIN = (str, int, bool, type(None))


def _scalar(value: Any, what: str) -> Any:
    """A plain column's value as a JSON round trip would give it (an enum's value, say)."""
    if type(value) in _PLAIN or (type(value) is float and math.isfinite(value)):
        return value
    return jsonable(value, what)


def _bulk(fields: Mapping[str, Any], json_columns: frozenset[str], what: str) -> dict[str, Any]:
    """Bulk-insert values: JSON columns encoded once, plain ones as a round trip would give them."""
    return {k: encoded(v, f"{what} {k}") if k in json_columns else _scalar(v, f"{what} {k}") for k, v in fields.items()}


def _fields(record: Any, what: str, required: Iterable[str], optional: Mapping[str, Any]) -> dict[str, Any]:
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
    return fields


def checked_fields(record: Any, what: str, required: Iterable[str], optional: Mapping[str, Any]) -> dict[str, Any]:
    """The record's fields with defaults filled in, as they will read back; refuses missing and unknown keys."""
    return jsonable(_fields(record, what, required, optional), what)


PASSAGE_JSON = frozenset({"offsets", "bbox", "lines"})
TABLE_JSON = frozenset({"bbox", "cells"})


def passage_values(record: Mapping[str, Any]) -> dict[str, Any]:
    """The bulk-insert values of a passage row (its ``extraction_id`` aside), checked."""
    what = f"passage {record.get('index', '?') if isinstance(record, Mapping) else '?'}"
    return _bulk(_fields(record, what, PASSAGE_REQUIRED, PASSAGE_OPTIONAL), PASSAGE_JSON, what)


def table_values(record: Mapping[str, Any]) -> dict[str, Any]:
    """The bulk-insert values of a table row (its ``extraction_id`` aside), checked."""
    what = f"table {record.get('index', '?') if isinstance(record, Mapping) else '?'}"
    return _bulk(_fields(record, what, TABLE_REQUIRED, TABLE_OPTIONAL), TABLE_JSON, what)


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
    data = encoded(dict(record), what)  # validates the whole claim; typed columns read the record
    anchor = record.get("anchor")
    if not record.get("kind") or not isinstance(anchor, Mapping) or "page" not in anchor or not anchor.get("quote"):
        raise InvalidRecord(
            "needs a kind and an anchor with a page and a quote",
            subject=what,
            hint="a claim with no anchor is not stored as grounded (DESIGN.md, Claims)",
        )
    method = record.get("method") or {}
    value = record.get("value") or {}
    columns = {
        "kind": record["kind"],
        "origin": record.get("origin") or "text",
        "method_family": method.get("family"),
        "method_name": method.get("name"),
        "model": record.get("model"),
        "dataset": record.get("dataset"),
        "metric": record.get("metric"),
        "bits": record.get("bits"),
        "sparsity": record.get("sparsity"),
        "hardware": record.get("hardware"),
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
    }
    return {"index": index, **{k: _scalar(v, f"{what} {k}") for k, v in columns.items()}, "data": data}


def synthesis_fields(report: Mapping[str, Any]) -> dict[str, Any]:
    """The synthesis columns of a ``SynthesisReport`` dump; its claims and references stay inside."""
    return checked_fields(report, "synthesis report", SYNTHESIS_REQUIRED, SYNTHESIS_OPTIONAL)


def synthesis_claim_row(record: Mapping[str, Any], position: int) -> SynthesisClaim:
    fields = checked_fields(record, f"synthesis claim {position}", SYNTHESIS_CLAIM_REQUIRED, SYNTHESIS_CLAIM_OPTIONAL)
    return SynthesisClaim(**fields)


def reference_row(record: Mapping[str, Any], position: int) -> SynthesisReference:
    fields = checked_fields(record, f"reference {position}", REFERENCE_REQUIRED, REFERENCE_OPTIONAL)
    return SynthesisReference(**fields)
