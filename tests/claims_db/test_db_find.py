"""find_paper: by paper id, arXiv id with and without version, sha256 prefix, file name; and its errors."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from claims_db import store
from claims_db.engine import transaction
from claims_db.errors import PaperNotFound

V1 = b"%PDF-1.7 gptq v1"
V2 = b"%PDF-1.7 gptq v2"
LOCAL = b"%PDF-1.7 a local preprint"


@pytest.fixture
def library(db_engine, ingest):
    """Two versions of one arXiv paper and one local PDF; returns their ids and sha256s."""
    with transaction(db_engine) as s:
        v1, src1, *_ = ingest(s, V1, name="gptq-v1.pdf", arxiv_version=1)
        v2, src2, *_ = ingest(s, V2, name="gptq-v2.pdf", arxiv_version=2)
        local, src3, *_ = ingest(s, LOCAL, name="Local Preprint.pdf", arxiv_id=None, arxiv_version=None)
        synth, _ = store.store_source(
            s, sha256="f" * 64, media_type="text/plain", size=9, name="synthesis.txt", blob_path="blobs/f"
        )
        return {
            "v1": (v1.id, src1.sha256),
            "v2": (v2.id, src2.sha256),
            "local": (local.id, src3.sha256),
        }


def _find(db_engine, ref: str) -> int:
    with Session(db_engine) as s:
        return store.find_paper(s, ref).id


def test_each_kind_of_ref(db_engine, library):
    cases = [
        (str(library["local"][0]), "local"),  # paper id
        ("2210.17323v1", "v1"),
        ("2210.17323v2", "v2"),
        ("2210.17323", "v2"),  # no version: the newest stored
        ("arXiv:2210.17323v1", "v1"),
        ("  2210.17323  ", "v2"),
        ("Local Preprint.pdf", "local"),  # file name
        ("/somewhere/else/gptq-v1.pdf", "v1"),
        ("local preprint.PDF", "local"),
    ]
    for key in ("v1", "local"):  # sha256 prefixes
        sha = library[key][1]
        cases += [(sha[:8], key), (sha.upper(), key), ("sha256:" + sha[:20], key)]
    found = {ref: _find(db_engine, ref) for ref, _ in cases}
    assert found == {ref: library[key][0] for ref, key in cases}


def test_unknown_ref_lists_close_matches(db_engine, library):
    with Session(db_engine) as s, pytest.raises(PaperNotFound) as info:
        store.find_paper(s, "gptq-v3.pdf")
    err = info.value
    assert isinstance(err, LookupError)
    assert err.subject == "gptq-v3.pdf"
    assert {"gptq-v1.pdf", "gptq-v2.pdf"} <= set(err.matches)
    assert "did you mean" in err.hint and "gptq-v1.pdf" in err.hint


def test_unknown_arxiv_version_suggests_the_stored_ones(db_engine, library):
    with Session(db_engine) as s, pytest.raises(PaperNotFound, match="arXiv id and version") as info:
        store.find_paper(s, "2210.17323v3")
    assert "2210.17323v2" in info.value.matches


def test_ambiguous_sha_prefix_and_non_paper_source(db_engine, library):
    with transaction(db_engine) as s:
        # two papers whose sources share a long prefix
        a, _ = store.store_source(
            s, sha256="1234abcd" + "0" * 56, media_type="application/pdf", size=1, name=None, blob_path="a"
        )
        b, _ = store.store_source(
            s, sha256="1234abcd" + "1" * 56, media_type="application/pdf", size=1, name=None, blob_path="b"
        )
        store.upsert_paper(s, source=a)
        store.upsert_paper(s, source=b)
    with Session(db_engine) as s:
        with pytest.raises(PaperNotFound, match="matches 2 papers") as info:
            store.find_paper(s, "1234abcd")
        assert len(info.value.matches) == 2
        assert store.find_paper(s, "1234abcd1").source_key == "1234abcd" + "1" * 56
        with pytest.raises(PaperNotFound, match="not a paper"):
            store.find_paper(s, "f" * 12)


def test_empty_database_says_so(db_engine):
    with Session(db_engine) as s, pytest.raises(PaperNotFound) as info:
        store.find_paper(s, "2306.03805")
    assert info.value.matches == []
    assert "no papers are stored yet" in info.value.hint
