"""Real benchmark files read from a local data folder, each with its provenance (sha256, size, rows).

A bundle never reaches a hub: it reads the copies under a data root (``data_root`` parameter,
else the environment variable ``REPRO_DATA_ROOT``; see ``resolve_data_root``) and returns, in
its result table ``data_files``, one ``DataFile`` row per file it read, so that a run says
exactly which bytes it scored. The file names are those of the project's data folder
(``shared/data/README.md`` says where each came from):

    gsm8k_{train,test}.jsonl            {question, answer}             load_gsm8k
    hendrycks_math_{train,test}.jsonl   {problem, level, type, solution, source_path}   load_hendrycks_math
    math500_test.jsonl                  {problem, solution, answer, subject, level, unique_id}  load_math500
    mbpp.jsonl                          {task_id, text, code, test_list, test_setup_code, ...}  load_mbpp
    HumanEval.jsonl.gz                  {task_id, prompt, canonical_solution, test, entry_point}  load_humaneval
    wikitext2_raw_wiki.test.raw, wikitext2_{test,valid}.txt, tinyshakespeare_input.txt   load_text
    sst2_alps_train.tsv, sst2_alps_dev.tsv, sst2_test_alps.tsv (= GLUE SST-2 dev)        load_sst2
    sklearn_digits.csv.gz               64 pixel columns + label        load_digits

``limit`` keeps the first N records (small slices for tests); the sha256 and size always cover
the whole file, and ``DataFile.rows`` counts the records returned. A missing file raises
``MissingDataError`` naming the path and both ways to set the root; a corrupt one raises
``DataFormatError`` naming the file, the line and what was expected. Standard library only.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

ENV_VAR = "REPRO_DATA_ROOT"
MBPP_SPLITS = {"all": (1, 974), "prompt": (1, 10), "test": (11, 510), "validation": (511, 600), "train": (601, 974)}
SST2_FILES = {"train": "sst2_alps_train.tsv", "dev": "sst2_alps_dev.tsv", "glue_dev": "sst2_test_alps.tsv"}
TEXT_FILES = {"wikitext2_raw_test": "wikitext2_raw_wiki.test.raw", "wikitext2_test": "wikitext2_test.txt",
              "wikitext2_valid": "wikitext2_valid.txt", "tinyshakespeare": "tinyshakespeare_input.txt"}


class DatasetError(ValueError):
    """A data file that cannot be used: missing, unreadable or not in the expected format."""


class MissingDataError(DatasetError, FileNotFoundError):
    """The data root or a file under it does not exist."""


class DataFormatError(DatasetError):
    """A file exists but its content is not what the loader expects (the message says where)."""


@dataclass(frozen=True)
class DataFile:
    """Provenance of one file a run read: path relative to the data root, sha256, bytes, records used."""

    path: str
    sha256: str
    size: int
    rows: int
    limit: int | None = None

    def as_row(self) -> dict:
        """A JSON-ready row for a result's ``data_files`` table."""
        return asdict(self)


def resolve_data_root(data_root: str | os.PathLike | None = None) -> Path:
    """The data folder: ``data_root`` when given (non-empty), else $REPRO_DATA_ROOT, else an error."""
    raw = str(data_root) if data_root not in (None, "") else os.environ.get(ENV_VAR, "")
    if not raw:
        raise MissingDataError(
            f"no data root: pass the bundle parameter data_root=<folder> or set the environment variable {ENV_VAR} "
            "(the folder holding gsm8k_test.jsonl, mbpp.jsonl, ...; in this project: ../shared/data)")
    root = Path(raw).expanduser()
    if not root.is_dir():
        source = "data_root" if data_root not in (None, "") else ENV_VAR
        raise MissingDataError(f"data root {root} (from {source}) is not a folder: "
                               f"pass data_root=<folder> or set {ENV_VAR} to the folder holding the benchmark files")
    return root.resolve()


def _read(root: Path, name: str) -> tuple[bytes, Path]:
    path = root / name
    if not path.is_file():
        present = sorted(p.name for p in root.iterdir() if p.is_file())[:20]
        raise MissingDataError(f"{path} does not exist (data root {root} holds: {', '.join(present) or 'nothing'}); "
                               f"copy {name} there or point data_root / {ENV_VAR} at the folder that has it")
    try:
        return path.read_bytes(), path
    except OSError as exc:
        raise MissingDataError(f"cannot read {path}: {exc.strerror or exc}") from None


def _provenance(name: str, raw: bytes, rows: int, limit: int | None) -> DataFile:
    return DataFile(path=name, sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), rows=rows, limit=limit)


def _check_limit(limit) -> int | None:
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise DatasetError(f"limit={limit!r} must be None or a non-negative integer (0 or None = every row)")
    return limit or None


def _gunzip(raw: bytes, path: Path) -> bytes:
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError) as exc:
        raise DataFormatError(f"{path} is not a readable gzip file ({exc}); replace it with a fresh copy") from None


def _text(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataFormatError(f"{path} is not UTF-8 text (byte {exc.start}); replace it with a fresh copy") from None


def _jsonl(text: str, path: Path, columns: tuple[str, ...], limit: int | None) -> list[dict]:
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFormatError(f"{path} line {number} is not JSON ({exc.msg} at column {exc.colno}); "
                                  "the file is truncated or corrupt") from None
        if not isinstance(row, dict):
            raise DataFormatError(f"{path} line {number} is a JSON {type(row).__name__}, expected an object")
        missing = [c for c in columns if c not in row]
        if missing:
            raise DataFormatError(f"{path} line {number} lacks the column(s) {', '.join(missing)}; "
                                  f"expected {', '.join(columns)} (found {', '.join(sorted(row))})")
        out.append(row)
        if limit is not None and len(out) >= limit:
            break
    if not out:
        raise DataFormatError(f"{path} holds no records")
    return out


def load_jsonl(name: str, columns: tuple[str, ...], data_root=None, limit: int | None = None,
               compressed: bool = False) -> tuple[list[dict], DataFile]:
    """Records of a JSON-lines file (optionally gzip) under the data root, with required ``columns``."""
    limit = _check_limit(limit)
    raw, path = _read(resolve_data_root(data_root), name)
    text = _text(_gunzip(raw, path) if compressed else raw, path)
    rows = _jsonl(text, path, columns, limit)
    return rows, _provenance(name, raw, len(rows), limit)


def _split(split: str, allowed) -> str:
    if split not in allowed:
        raise DatasetError(f"unknown split {split!r}; available: {', '.join(allowed)}")
    return split


def load_gsm8k(split: str = "test", data_root=None, limit: int | None = None) -> tuple[list[dict], DataFile]:
    """GSM8K problems {question, answer}; the reference answer ends with ``#### <number>``."""
    name = f"gsm8k_{_split(split, ('train', 'test'))}.jsonl"
    return load_jsonl(name, ("question", "answer"), data_root, limit)


def load_hendrycks_math(split: str = "test", data_root=None, limit: int | None = None) -> tuple[list[dict], DataFile]:
    """MATH (Hendrycks et al.) problems {problem, level, type, solution, source_path}."""
    name = f"hendrycks_math_{_split(split, ('train', 'test'))}.jsonl"
    return load_jsonl(name, ("problem", "level", "type", "solution"), data_root, limit)


def load_math500(data_root=None, limit: int | None = None) -> tuple[list[dict], DataFile]:
    """MATH-500 {problem, solution, answer, subject, level, unique_id}."""
    return load_jsonl("math500_test.jsonl", ("problem", "solution", "answer", "subject", "level", "unique_id"),
                      data_root, limit)


def load_mbpp(split: str = "test", data_root=None, limit: int | None = None) -> tuple[list[dict], DataFile]:
    """MBPP tasks of one split by task id (the paper's: prompt 1-10, test 11-510, validation 511-600,
    train 601-974; "all" = 1-974), in task-id order; ``limit`` keeps the first N of the split."""
    lo, hi = MBPP_SPLITS[_split(split, tuple(MBPP_SPLITS))]
    limit = _check_limit(limit)
    rows, file = load_jsonl("mbpp.jsonl", ("task_id", "text", "code", "test_list"), data_root)
    for row in rows:
        if not isinstance(row["test_list"], list) or not all(isinstance(t, str) for t in row["test_list"]):
            raise DataFormatError(f"mbpp.jsonl task {row['task_id']}: test_list must be a list of strings")
        row.setdefault("test_setup_code", "")
        row.setdefault("challenge_test_list", [])
    chosen = sorted((r for r in rows if lo <= int(r["task_id"]) <= hi), key=lambda r: int(r["task_id"]))
    if not chosen:
        raise DataFormatError(f"mbpp.jsonl has no task with an id in {lo}..{hi} (split {split!r})")
    chosen = chosen[:limit] if limit else chosen
    return chosen, DataFile(file.path, file.sha256, file.size, len(chosen), limit)


def load_humaneval(data_root=None, limit: int | None = None) -> tuple[list[dict], DataFile]:
    """HumanEval problems {task_id, prompt, canonical_solution, test, entry_point} (gzip JSON lines)."""
    return load_jsonl("HumanEval.jsonl.gz", ("task_id", "prompt", "canonical_solution", "test", "entry_point"),
                      data_root, limit, compressed=True)


def load_sst2(split: str = "train", data_root=None, limit: int | None = None) -> tuple[list[dict], DataFile]:
    """SST-2 rows {sentence, label (0/1)}: "train" and "dev" are the 90/10 re-split of GLUE train,
    "glue_dev" is GLUE's labelled dev set (872 rows), the set SST-2 accuracies are reported on."""
    name = SST2_FILES[_split(split, tuple(SST2_FILES))]
    limit = _check_limit(limit)
    raw, path = _read(resolve_data_root(data_root), name)
    reader = csv.reader(io.StringIO(_text(raw, path)), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None or [h.strip() for h in header[:2]] != ["sentence", "label"]:
        raise DataFormatError(f"{path}: the header is {header!r}, expected the columns sentence<TAB>label")
    rows = []
    for number, fields in enumerate(reader, 2):
        if not fields:
            continue
        if len(fields) < 2 or fields[1].strip() not in ("0", "1"):
            raise DataFormatError(f"{path} line {number}: expected sentence<TAB>0|1, got {fields!r}")
        rows.append({"sentence": fields[0].strip(), "label": int(fields[1])})
        if limit is not None and len(rows) >= limit:
            break
    if not rows:
        raise DataFormatError(f"{path} holds no rows")
    return rows, _provenance(name, raw, len(rows), limit)


def load_text(name: str, data_root=None, limit: int | None = None) -> tuple[str, DataFile]:
    """A whole text corpus by short name (wikitext2_raw_test, wikitext2_test, wikitext2_valid,
    tinyshakespeare); ``limit`` keeps the first N lines. ``rows`` counts the lines returned."""
    filename = TEXT_FILES[_split(name, tuple(TEXT_FILES))]
    limit = _check_limit(limit)
    raw, path = _read(resolve_data_root(data_root), filename)
    text = _text(raw, path)
    if not text.strip():
        raise DataFormatError(f"{path} is empty")
    lines = text.splitlines(keepends=True)
    if limit is not None:
        lines = lines[:limit]
        text = "".join(lines)
    return text, _provenance(filename, raw, len(lines), limit)


def load_digits(data_root=None, limit: int | None = None) -> tuple[tuple[list[list[float]], list[int]], DataFile]:
    """sklearn's 8x8 digits: (pixels: rows of 64 values in 0..16, labels 0..9) from a gzip CSV."""
    limit = _check_limit(limit)
    raw, path = _read(resolve_data_root(data_root), "sklearn_digits.csv.gz")
    text = _text(_gunzip(raw, path), path)
    pixels, labels = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split(",")
        try:
            values = [float(v) for v in fields]
        except ValueError:
            if number == 1:
                continue  # a header line
            raise DataFormatError(f"{path} line {number}: non-numeric field in {line[:60]!r}") from None
        if len(values) != 65 or not values[64].is_integer() or not 0 <= values[64] <= 9:
            raise DataFormatError(f"{path} line {number}: expected 64 pixels and a label 0..9, got {len(values)} fields")
        pixels.append(values[:64])
        labels.append(int(values[64]))
        if limit is not None and len(labels) >= limit:
            break
    if not labels:
        raise DataFormatError(f"{path} holds no rows")
    return (pixels, labels), _provenance("sklearn_digits.csv.gz", raw, len(labels), limit)


def file_digest(path: str | os.PathLike) -> str:
    """sha256 of any file (a model's weights, say), read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_provenance(path: str | os.PathLike, rows: int = 0, limit: int | None = None) -> DataFile:
    """``DataFile`` of a file read by other means (a text a bundle splits itself, say): its name,
    sha256 and size, and the ``rows`` the bundle took from it."""
    path = Path(path)
    return DataFile(path=path.name, sha256=file_digest(path), size=path.stat().st_size, rows=rows, limit=limit)


def file_rows(paths) -> list[dict]:
    """One row per file {path (name), sha256, size}: a run's ``model`` table, say."""
    return [{"path": Path(p).name, "sha256": file_digest(p), "size": Path(p).stat().st_size} for p in paths]
