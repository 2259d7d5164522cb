"""Append-only corrections: a changed published value is a new record with a reason, never an edit.

A :class:`Correction` names its target record, the field (a dotted path into the record's JSON
view), the value it replaces, the new value, the reason and the time. :func:`append_correction`
checks that a log only grows forward in time; :func:`apply_corrections` returns the current view
beside the untouched original and the history, so that reports show both.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from verifier.errors import InputError

CORRECTION_CONTRACT = "correction-record-v1"
_ABSENT = object()


class Correction(BaseModel):
    """One correction of one field of one published record."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    target: str = Field(description="the corrected record, as the store names it: 'claim:42', 'paper:3'")
    field: str = Field(description="dotted path of the field in the record's JSON view: 'label', 'value.value'")
    old: Any = Field(description="the value the record held before this correction (None: the field was absent)")
    new: Any = Field(description="the value from this correction on")
    reason: str = Field(description="why the value changed, in words a reader can check")
    at: datetime = Field(description="when the correction was made (time-zone aware)")
    contract: Literal["correction-record-v1"] = Field(default=CORRECTION_CONTRACT, description="record format")

    @field_validator("reason", "target", "field")
    @classmethod
    def _nonblank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be blank")
        return v

    @field_validator("at")
    @classmethod
    def _aware(cls, v: datetime) -> datetime:
        if v.tzinfo is None:
            raise ValueError("needs a time zone (use datetime.now(timezone.utc))")
        return v


def append_correction(log: Sequence[Correction], correction: Correction) -> tuple[Correction, ...]:
    """``log`` with ``correction`` appended; refused when it predates the last entry of its target.

    Nothing already in the log changes: the result is a new tuple with the same entries first.
    """
    same = [c for c in log if c.target == correction.target]
    if same and correction.at < max(c.at for c in same):
        raise InputError(
            f"a correction of {correction.target} at {correction.at.isoformat()} predates the last one "
            f"({max(c.at for c in same).isoformat()})", subject=correction.target,
            hint="corrections are append-only: add a new one with the current time")
    return (*log, correction)


class HistoryEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    seq: int = Field(description="1-based order of the correction for this record")
    field: str = Field(description="the field corrected")
    old: Any = Field(description="value before")
    new: Any = Field(description="value after")
    reason: str = Field(description="why")
    at: datetime = Field(description="when")


class CorrectedView(BaseModel):
    """A record as published, as it stands now, and the corrections between the two."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    target: str = Field(description="the record")
    status: Literal["CURRENT", "CORRECTED"] = Field(description="CURRENT with no correction, CORRECTED otherwise")
    correction_count: int = Field(description="how many corrections apply")
    original: dict[str, Any] = Field(description="the record as first published, unchanged")
    current: dict[str, Any] = Field(description="the record with every correction applied in time order")
    history: list[HistoryEntry] = Field(default_factory=list, description="the corrections, oldest first")
    contract: str = Field(default=CORRECTION_CONTRACT, description="correction record format")


def _get(view: Mapping, path: str) -> Any:
    node: Any = view
    for part in path.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return _ABSENT
        node = node[part]
    return node


def _set(view: dict, path: str, value: Any, target: str) -> None:
    parts = path.split(".")
    node = view
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            raise InputError(f"field {path!r} does not exist in {target}", subject=target,
                             hint="name an existing field with a dotted path, e.g. 'value.value'")
        node = node[part]
    node[parts[-1]] = value


def apply_corrections(view: Mapping[str, Any], corrections: Sequence[Correction], *, target: str) -> CorrectedView:
    """The corrections of ``target`` applied, oldest first, to a copy of ``view``.

    ``view`` itself is never modified. Each correction's ``old`` must equal the value it
    replaces at that point of the history (so two conflicting corrections, or one made against
    a stale copy, are refused with InputError); corrections of other targets are ignored.
    """
    original = copy.deepcopy(dict(view))
    current = copy.deepcopy(dict(view))
    mine = sorted((c for c in corrections if c.target == target), key=lambda c: c.at)
    history = []
    for seq, c in enumerate(mine, 1):
        held = _get(current, c.field)
        expected = None if held is _ABSENT else held
        if expected != c.old:
            raise InputError(
                f"correction {seq} of {target} replaces {c.field!r} = {c.old!r}, but the record holds {expected!r}",
                subject=target, hint="a correction must name the value it replaces; re-read the record and append anew")
        _set(current, c.field, copy.deepcopy(c.new), target)
        history.append(HistoryEntry(seq=seq, field=c.field, old=c.old, new=c.new, reason=c.reason, at=c.at))
    return CorrectedView(target=target, status="CORRECTED" if history else "CURRENT", correction_count=len(history),
                         original=original, current=current, history=history)
