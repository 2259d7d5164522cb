"""Benchmark loaders: small slices of the real files (skipped without them) and tiny generated files."""

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from repro.lib import datasets as ds

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.fixture
def shared():
    if not (SHARED / "mbpp.jsonl").is_file():
        pytest.skip(f"the benchmark copies are not at {SHARED} (see shared/data/README.md)")
    return SHARED


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("loader, args, filename, columns", [
    (ds.load_gsm8k, ("test",), "gsm8k_test.jsonl", ("question", "answer")),
    (ds.load_gsm8k, ("train",), "gsm8k_train.jsonl", ("question", "answer")),
    (ds.load_hendrycks_math, ("train",), "hendrycks_math_train.jsonl", ("problem", "level", "type", "solution")),
    (ds.load_math500, (), "math500_test.jsonl", ("problem", "solution", "answer", "subject", "unique_id")),
    (ds.load_humaneval, (), "HumanEval.jsonl.gz", ("task_id", "prompt", "canonical_solution", "test", "entry_point")),
    (ds.load_sst2, ("glue_dev",), "sst2_test_alps.tsv", ("sentence", "label")),
    (ds.load_sst2, ("train",), "sst2_alps_train.tsv", ("sentence", "label")),
])
def test_real_files_load_a_slice_with_whole_file_provenance(shared, loader, args, filename, columns):
    rows, file = loader(*args, data_root=shared, limit=7)
    assert len(rows) == 7 and file.rows == 7 and file.limit == 7
    assert all(c in row for row in rows for c in columns)
    assert file.path == filename
    assert file.sha256 == _sha(shared / filename) and file.size == (shared / filename).stat().st_size
    assert set(file.as_row()) == {"path", "sha256", "size", "rows", "limit"}


def test_real_rows_have_their_documented_content(shared):
    gsm, _ = ds.load_gsm8k("test", shared, limit=1)
    assert gsm[0]["question"].startswith("Janet") and gsm[0]["answer"].endswith("#### 18")
    sst, _ = ds.load_sst2("glue_dev", shared, limit=2)
    assert sst == [{"sentence": "it 's a charming and often affecting journey .", "label": 1},
                   {"sentence": "unflinchingly bleak and desperate", "label": 0}]
    he, _ = ds.load_humaneval(shared, limit=2)
    assert [t["task_id"] for t in he] == ["HumanEval/0", "HumanEval/1"]


def test_full_counts_match_the_data_readme(shared):
    assert ds.load_humaneval(shared)[1].rows == 164
    assert ds.load_math500(shared)[1].rows == 500
    assert ds.load_sst2("glue_dev", shared)[1].rows == 872
    (pixels, labels), file = ds.load_digits(shared)
    assert file.rows == len(labels) == 1797 and len(pixels[0]) == 64 and set(labels) == set(range(10))


def test_mbpp_splits_are_task_id_ranges(shared):
    test, file = ds.load_mbpp("test", shared)
    assert [t["task_id"] for t in test[:2]] == [11, 12] and test[-1]["task_id"] == 510 and file.rows == 500
    prompt, _ = ds.load_mbpp("prompt", shared)
    assert [t["task_id"] for t in prompt] == list(range(1, 11))
    first, _ = ds.load_mbpp("test", shared, limit=3)
    assert [t["task_id"] for t in first] == [11, 12, 13]
    assert all(isinstance(t["test_list"], list) and t["test_list"] for t in first)


def test_text_corpora_slice_by_lines(shared):
    text, file = ds.load_text("tinyshakespeare", shared, limit=2)
    assert text == "First Citizen:\nBefore we proceed any further, hear me speak.\n"
    assert file.rows == 2 and file.size == 1_115_394
    whole, file = ds.load_text("wikitext2_valid", shared)
    assert file.rows == 3760 and len(whole) > 1_000_000


# ----------------------------------------------------------------------------- generated files


def _write_jsonl(path: Path, rows) -> None:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")


def test_root_comes_from_the_parameter_then_the_environment(tmp_path, monkeypatch):
    _write_jsonl(tmp_path / "gsm8k_test.jsonl", [{"question": "q", "answer": "#### 1"}])
    monkeypatch.delenv(ds.ENV_VAR, raising=False)
    with pytest.raises(ds.MissingDataError, match=f"data_root.*{ds.ENV_VAR}"):
        ds.load_gsm8k("test")
    monkeypatch.setenv(ds.ENV_VAR, str(tmp_path))
    rows, file = ds.load_gsm8k("test")
    assert rows == [{"question": "q", "answer": "#### 1"}] and file.rows == 1
    monkeypatch.setenv(ds.ENV_VAR, str(tmp_path / "nowhere"))
    with pytest.raises(ds.MissingDataError, match="nowhere.*not a folder"):
        ds.load_gsm8k("test")
    assert ds.resolve_data_root(tmp_path) == tmp_path.resolve()  # the parameter wins over the variable


def test_missing_file_names_the_path_and_what_is_there(tmp_path):
    (tmp_path / "other.txt").write_text("x")
    with pytest.raises(ds.MissingDataError, match=r"mbpp\.jsonl does not exist.*other\.txt") as info:
        ds.load_mbpp("test", tmp_path)
    assert isinstance(info.value, FileNotFoundError) and isinstance(info.value, ValueError)


def test_corrupt_json_line_is_reported_with_its_number(tmp_path):
    _write_jsonl(tmp_path / "math500_test.jsonl", ['{"problem": "p"', "{}"])
    with pytest.raises(ds.DataFormatError, match="line 1 is not JSON"):
        ds.load_math500(tmp_path)


def test_missing_columns_are_named(tmp_path):
    _write_jsonl(tmp_path / "gsm8k_train.jsonl", [{"question": "q", "answer": "a"}, {"question": "q2"}])
    with pytest.raises(ds.DataFormatError, match="line 2 lacks the column.*answer"):
        ds.load_gsm8k("train", tmp_path)
    assert ds.load_gsm8k("train", tmp_path, limit=1)[1].rows == 1  # the slice stops before the bad row


def test_gzip_that_is_not_gzip(tmp_path):
    (tmp_path / "HumanEval.jsonl.gz").write_bytes(b"plain text, not gzip")
    with pytest.raises(ds.DataFormatError, match="not a readable gzip"):
        ds.load_humaneval(tmp_path)


def test_generated_humaneval_gzip_round_trip(tmp_path):
    row = {"task_id": "T/0", "prompt": "def f():\n", "canonical_solution": "    return 1\n", "test": "", "entry_point": "f"}
    raw = gzip.compress((json.dumps(row) + "\n").encode())
    (tmp_path / "HumanEval.jsonl.gz").write_bytes(raw)
    rows, file = ds.load_humaneval(tmp_path)
    assert rows == [row] and file.sha256 == hashlib.sha256(raw).hexdigest() and file.size == len(raw)


def test_sst2_header_and_labels_are_checked(tmp_path):
    (tmp_path / "sst2_alps_dev.tsv").write_text("text\tlabel\nfine\t1\n")
    with pytest.raises(ds.DataFormatError, match="header"):
        ds.load_sst2("dev", tmp_path)
    (tmp_path / "sst2_alps_dev.tsv").write_text("sentence\tlabel\nfine \t1\nbad\t7\n")
    with pytest.raises(ds.DataFormatError, match="line 3"):
        ds.load_sst2("dev", tmp_path)
    assert ds.load_sst2("dev", tmp_path, limit=1)[0] == [{"sentence": "fine", "label": 1}]


def test_digits_rows_need_65_fields(tmp_path):
    (tmp_path / "sklearn_digits.csv.gz").write_bytes(gzip.compress(b",".join([b"1"] * 64) + b"\n"))
    with pytest.raises(ds.DataFormatError, match="64 pixels and a label"):
        ds.load_digits(tmp_path)


def test_bad_split_and_limit_are_refused(tmp_path):
    with pytest.raises(ds.DatasetError, match="unknown split 'dev'.*train, test"):
        ds.load_gsm8k("dev", tmp_path)
    with pytest.raises(ds.DatasetError, match="limit"):
        ds.load_gsm8k("test", tmp_path, limit=-1)


def test_file_digest_matches_hashlib(tmp_path):
    path = tmp_path / "w.bin"
    path.write_bytes(bytes(range(256)) * 5000)
    assert ds.file_digest(path) == _sha(path)
