"""Run records, and the checks that decide what of a run's output counts as its evidence.

A RunRecord is built by the runner from what it observed (exit status, signals, time, the
log, the files under the run's out folder); the child's own ``result.json`` contributes
metrics, curves, tables and notes only after it passed ``check_result`` and the output files
passed ``check_outputs``. A claim in result.json that disagrees with an observation is a
forgery and fails the run, with the reason recorded.
"""

from __future__ import annotations

import json
import math
import os
import stat
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

STATUSES = ("running", "ok", "failed", "killed", "timeout", "refused", "interrupted")
RECORD_FORMAT = 1


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    bundle_id: str
    bundle_version: str
    seal: str | None
    size: str
    device: str
    params: dict
    seed: int
    status: str
    started: str
    finished: str | None = None
    duration_s: float | None = None
    reason: str | None = None
    exit_code: int | None = None
    signal: int | None = None
    cpu_seconds: float | None = None
    max_rss_bytes: int | None = None
    metrics: dict = field(default_factory=dict)
    curves: dict = field(default_factory=dict)
    tables: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)
    fingerprint: dict = field(default_factory=dict)
    log_sha256: str | None = None
    log_bytes: int = 0
    files: dict = field(default_factory=dict)
    sandbox: dict = field(default_factory=dict)
    limits: dict = field(default_factory=dict)
    record_dir: str | None = None
    format: int = RECORD_FORMAT

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"status {self.status!r} is not one of {', '.join(STATUSES)}")

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "RunRecord":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def load_record(path: Path) -> RunRecord:
    return RunRecord.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2, sort_keys=True, allow_nan=False)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def check_result(result: Any) -> tuple[dict, list[str]]:
    """The {metrics, curves, tables, notes} of a bundle's return value, and what is wrong with it.

    metrics: {name: finite number}; curves: {name: {"x": [numbers], "y": [numbers of the same
    length], "x_label": str, "y_label": str}}; tables: {name: [row dicts]}; notes: [str].
    """
    problems: list[str] = []
    clean: dict = {"metrics": {}, "curves": {}, "tables": {}, "notes": []}
    if not isinstance(result, dict):
        return clean, [f"the result is a {type(result).__name__}, not an object"]
    for key in result:
        if key not in clean:
            problems.append(f"unknown result key {key!r} (allowed: metrics, curves, tables, notes)")
    metrics = result.get("metrics", {})
    if not isinstance(metrics, dict):
        problems.append("metrics is not an object")
    else:
        for name, value in metrics.items():
            if _number(value):
                clean["metrics"][str(name)] = value
            else:
                problems.append(f"metric {name!r} is not a finite number: {value!r}")
    curves = result.get("curves", {})
    if not isinstance(curves, dict):
        problems.append("curves is not an object")
    else:
        for name, curve in curves.items():
            xs, ys = (curve.get("x"), curve.get("y")) if isinstance(curve, dict) else (None, None)
            if not (isinstance(xs, list) and isinstance(ys, list) and len(xs) == len(ys)
                    and all(_number(v) for v in xs + ys)):
                problems.append(f"curve {name!r} needs lists x and y of finite numbers of equal length")
                continue
            clean["curves"][str(name)] = {"x": xs, "y": ys, "x_label": str(curve.get("x_label", "")),
                                          "y_label": str(curve.get("y_label", ""))}
    tables = result.get("tables", {})
    if not isinstance(tables, dict) or not all(isinstance(rows, list) and all(isinstance(r, dict) for r in rows)
                                               for rows in tables.values()):
        problems.append("tables must map names to lists of row objects")
    else:
        clean["tables"] = tables
    notes = result.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        problems.append("notes must be a list of strings")
    else:
        clean["notes"] = notes
    return clean, problems


def check_outputs(out_dir: Path, started_epoch: float, max_bytes: int) -> tuple[list[tuple[str, Path]], list[str]]:
    """The plain files the run wrote under ``out_dir`` (relative path, path), and forgery signs.

    Refused: symbolic links (they could point anywhere), anything not a plain file, hard links
    (a file shared with the world outside), files last modified before the run started, and
    more than ``max_bytes`` in total.
    """
    files: list[tuple[str, Path]] = []
    problems: list[str] = []
    total = 0
    if not out_dir.is_dir() or out_dir.is_symlink():
        return files, ["the out folder is missing or is not a folder"]
    for dirpath, dirnames, filenames in os.walk(out_dir, followlinks=False):
        for name in sorted(dirnames + filenames):
            path = Path(dirpath) / name
            rel = path.relative_to(out_dir).as_posix()
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                problems.append(f"{rel} is a symbolic link (to {os.readlink(path)!r})")
            elif stat.S_ISDIR(st.st_mode):
                continue
            elif not stat.S_ISREG(st.st_mode):
                problems.append(f"{rel} is not a plain file")
            elif st.st_nlink > 1:
                problems.append(f"{rel} is a hard link shared with another file")
            elif st.st_mtime < started_epoch - 1.0:
                problems.append(f"{rel} was last modified before the run started")
            else:
                total += st.st_size
                files.append((rel, path))
        dirnames[:] = [d for d in dirnames if not (Path(dirpath) / d).is_symlink()]
    if total > max_bytes:
        problems.append(f"the run wrote {total} bytes of results, over the limit of {max_bytes}")
    return sorted(files), problems
