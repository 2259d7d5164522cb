"""arXiv ids, and the arXiv adapter against a local server (never arxiv.org)."""

from __future__ import annotations

import json
import socket

import pytest

from verifier.arxiv_source import ArxivId, ArxivSource, looks_like_arxiv_id, parse_arxiv_id
from verifier.errors import (
    ArxivNotFound,
    ArxivUnavailable,
    ArxivWithdrawn,
    InvalidArxivId,
    NotCached,
    StorageError,
)

# -- identifiers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, id_, version",
    [
        ("2306.03805", "2306.03805", None),
        ("2306.03805v2", "2306.03805", 2),
        ("arXiv:2306.03805v2", "2306.03805", 2),
        ("  arxiv:2306.03805 ", "2306.03805", None),
        ("https://arxiv.org/abs/2306.03805v2", "2306.03805", 2),
        ("http://arxiv.org/pdf/2306.03805v2", "2306.03805", 2),
        ("https://arxiv.org/pdf/2306.03805v2.pdf", "2306.03805", 2),
        ("https://export.arxiv.org/abs/2306.03805", "2306.03805", None),
        ("0704.0001", "0704.0001", None),
        ("1412.9999v3", "1412.9999", 3),
        ("hep-th/9901001", "hep-th/9901001", None),
        ("hep-th/9901001v1", "hep-th/9901001", 1),
        ("math.GT/0309136", "math/0309136", None),
        ("arXiv:hep-th/9901001", "hep-th/9901001", None),
        ("https://arxiv.org/abs/cond-mat/0207270v2", "cond-mat/0207270", 2),
    ],
)
def test_parse_accepts_the_usual_forms(text, id_, version):
    aid = parse_arxiv_id(text)
    assert (aid.id, aid.version) == (id_, version)
    assert aid.versioned == (f"{id_}v{version}" if version else id_)
    assert aid.is_old_style == ("/" in id_)
    assert looks_like_arxiv_id(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2306.0380",  # four digits after 2015
        "1412.12345",  # five digits before 2015
        "2313.03805",  # month 13
        "0612.0001",  # new style before April 2007
        "2306.03805v0",
        "2306.03805v",
        "HEP-TH/9901001",
        "hep-th/990100",
        "hep-th/0801001",  # old style after 2007
        "https://example.org/abs/2306.03805",
        "doi:10.1145/3366423",
        "2306.03805 extra",
    ],
)
def test_parse_rejects_with_the_bad_value_and_the_accepted_forms(text):
    with pytest.raises(InvalidArxivId) as err:
        parse_arxiv_id(text)
    assert repr(text) in err.value.one_line()
    assert "accepted forms" in err.value.hint and "hep-th/9901001" in err.value.hint
    assert not looks_like_arxiv_id(text)


def test_arxiv_id_is_a_frozen_value():
    aid = ArxivId("2306.03805", 2)
    assert str(aid) == "2306.03805v2" and aid.with_version(3).versioned == "2306.03805v3"
    with pytest.raises(AttributeError):
        aid.version = 4  # type: ignore[misc]


# -- fetching ---------------------------------------------------------------------------


@pytest.fixture
def source_for(tmp_path, arxiv_server):
    """Build an ArxivSource against the local server with tiny delays (tests override any option)."""

    def build(**options):
        opts = dict(api_url=arxiv_server.api_url, delay_seconds=0.0, backoff_base=0.01, timeout=2.0)
        opts.update(options)
        return ArxivSource(tmp_path / "cache", **opts)

    return build


def test_fetch_returns_metadata_and_pdf_and_caches_them(arxiv_server, source_for, pdf_maker, tmp_path):
    pdf = pdf_maker("Outlier-aware quantization, version 1")
    arxiv_server.add_paper(
        "2306.03805",
        pdfs=[pdf],
        title="Outlier-Aware  Quantization\n  for LLMs",
        authors=["A. Author", "B. Author"],
        abstract="We quantize\nweights to 4 bits.",
        licence="http://creativecommons.org/licenses/by/4.0/",
    )
    got = source_for().fetch("arXiv:2306.03805v1")
    assert got.pdf_bytes == pdf and not got.from_cache
    m = got.meta
    assert m.title == "Outlier-Aware Quantization for LLMs"
    assert m.authors == ["A. Author", "B. Author"]
    assert m.abstract == "We quantize weights to 4 bits."
    assert (m.arxiv_id, m.arxiv_version, m.published) == ("2306.03805", 1, "2023-06-06")
    assert m.licence == "http://creativecommons.org/licenses/by/4.0/"
    assert m.url == "https://arxiv.org/abs/2306.03805v1"
    entry = tmp_path / "cache" / "2306.03805" / "v1"
    assert got.pdf_path == entry / "paper.pdf" and got.pdf_path.read_bytes() == pdf
    record = json.loads((entry / "meta.json").read_text())
    assert record["meta"]["title"] == m.title and record["pdf_sha256"] == got.sha256
    assert sorted(p.name for p in entry.iterdir()) == ["meta.json", "paper.pdf"]  # no temp files left
    assert [r.path for r in arxiv_server.requests] == ["/api/query", "/pdf/2306.03805v1"]
    assert arxiv_server.requests[0].query["id_list"] == ["2306.03805v1"]


def test_old_style_ids_cache_under_an_underscored_folder(arxiv_server, source_for, pdf_maker, tmp_path):
    arxiv_server.add_paper("hep-th/9901001", pdfs=[pdf_maker("strings")], title="Strings")
    got = source_for().fetch("hep-th/9901001")
    assert got.pdf_path == tmp_path / "cache" / "hep-th_9901001" / "v1" / "paper.pdf"
    assert got.meta.arxiv_id == "hep-th/9901001" and got.meta.arxiv_version == 1
    assert arxiv_server.requests[-1].path == "/pdf/hep-th/9901001v1"


def test_cached_versioned_fetch_makes_no_request(arxiv_server, source_for, pdf_maker):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("v1")])
    first = source_for().fetch("2306.03805v1")
    n = len(arxiv_server.requests)
    again = source_for().fetch("2306.03805v1")  # a fresh adapter: only the disk cache is shared
    assert again.from_cache and again.pdf_bytes == first.pdf_bytes and again.meta == first.meta
    assert len(arxiv_server.requests) == n


def test_unversioned_fetch_resolves_the_newest_version(arxiv_server, source_for, pdf_maker, tmp_path):
    v1, v2 = pdf_maker("first version"), pdf_maker("second version")
    arxiv_server.add_paper("2306.03805", pdfs=[v1, v2])
    src = source_for()
    newest = src.fetch("2306.03805")
    assert newest.meta.arxiv_version == 2 and newest.pdf_bytes == v2
    assert newest.pdf_path == tmp_path / "cache" / "2306.03805" / "v2" / "paper.pdf"
    older = src.fetch("2306.03805v1")
    assert older.meta.arxiv_version == 1 and older.pdf_bytes == v1
    assert src.cached_versions("2306.03805") == [1, 2]
    # asking again without a version queries the feed (a new version may exist) but reuses the PDF
    before = len(arxiv_server.requests_to("/pdf/"))
    again = src.fetch("2306.03805")
    assert again.from_cache and len(arxiv_server.requests_to("/pdf/")) == before


def test_offline_uses_the_newest_cached_version_and_never_the_network(arxiv_server, source_for, pdf_maker):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("one"), pdf_maker("two")])
    online = source_for()
    online.fetch("2306.03805v1")
    online.fetch("2306.03805v2")
    n = len(arxiv_server.requests)
    offline = source_for(offline=True, api_url="http://127.0.0.1:9/unused?{}")
    assert offline.fetch("2306.03805").meta.arxiv_version == 2
    assert offline.fetch("2306.03805v1").meta.arxiv_version == 1
    assert len(arxiv_server.requests) == n


def test_offline_miss_names_the_command_to_run(source_for):
    with pytest.raises(NotCached) as err:
        source_for(offline=True).fetch("2306.03805v3")
    assert "verifier ingest arXiv:2306.03805v3" in err.value.hint and "--offline" in err.value.hint
    assert err.value.subject == "arXiv:2306.03805v3"


def test_429_backs_off_then_succeeds(arxiv_server, source_for, pdf_maker):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("ok")])
    arxiv_server.fail_next(2, 429, retry_after="0", path_prefix="/api/")
    arxiv_server.fail_next(1, 503, path_prefix="/pdf/")
    messages: list[str] = []
    got = source_for(progress=messages.append).fetch("2306.03805")
    assert got.meta.arxiv_version == 1
    assert [r.status for r in arxiv_server.requests_to("/api/")] == [429, 429, 200]
    assert [r.status for r in arxiv_server.requests_to("/pdf/")] == [503, 200]
    assert sum("retry" in m for m in messages) == 3


@pytest.fixture
def sleeps(monkeypatch):
    """Record the adapter's waits instead of sleeping (the polite delay is 0 in these tests)."""
    import verifier.arxiv_source as mod

    waits: list[float] = []
    monkeypatch.setattr(mod.time, "sleep", waits.append)
    return waits


def test_backoff_doubles_and_retry_after_takes_precedence(arxiv_server, source_for, pdf_maker, sleeps):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("ok")])
    arxiv_server.fail_next(3, 503, path_prefix="/api/")
    source_for(backoff_base=0.5).fetch("2306.03805v1")
    assert sleeps == [0.5, 1.0, 2.0]
    sleeps.clear()
    arxiv_server.add_paper("2306.00978", pdfs=[pdf_maker("ok")])
    arxiv_server.fail_next(2, 429, retry_after="1", path_prefix="/pdf/")
    source_for(backoff_base=0.5).fetch("2306.00978")
    assert sleeps == [1.0, 1.0]
    assert [r.status for r in arxiv_server.requests_to("/pdf/2306.00978")] == [429, 429, 200]


def test_a_retry_after_beyond_reason_is_reported_not_slept(arxiv_server, source_for, pdf_maker, sleeps):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("ok")])
    arxiv_server.fail_next(1, 429, retry_after="3600")
    with pytest.raises(ArxivUnavailable, match="asks to wait 3600 s"):
        source_for().fetch("2306.03805")
    assert sleeps == [] and len(arxiv_server.requests) == 1


def test_a_page_that_is_not_a_feed_is_retried_not_read_as_unknown(arxiv_server, source_for, pdf_maker):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("ok")])
    arxiv_server.fail_next(1, 200, path_prefix="/api/")  # 200 with an HTML body, as from a proxy
    assert source_for().fetch("2306.03805").meta.arxiv_version == 1
    assert len(arxiv_server.requests_to("/api/")) == 2


def test_an_unwritable_cache_is_a_storage_error(arxiv_server, source_for, pdf_maker, tmp_path):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("ok")])
    (tmp_path / "cache").write_text("a file where the cache folder should be")
    with pytest.raises(StorageError, match="cannot write the arXiv cache"):
        source_for().fetch("2306.03805")


def test_503_until_retries_run_out_is_unavailable(arxiv_server, source_for, pdf_maker, tmp_path):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("ok")])
    arxiv_server.fail_next(100, 503)
    with pytest.raises(ArxivUnavailable) as err:
        source_for(max_retries=2).fetch("2306.03805v1")
    line = err.value.one_line()
    assert "arXiv:2306.03805v1" in line and "503" in line and "try again later or use --offline" in line
    assert len(arxiv_server.requests) == 3
    assert not (tmp_path / "cache").exists()


def test_a_hung_request_times_out_and_is_retried(arxiv_server, source_for, pdf_maker):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("ok")])
    arxiv_server.hang_next(1, 5.0, path_prefix="/api/")
    got = source_for(timeout=0.3).fetch("2306.03805v1")
    assert got.meta.arxiv_version == 1 and len(arxiv_server.requests_to("/api/")) == 2


def test_connection_refused_is_unavailable(source_for):
    with socket.socket() as s:  # a port that was free a moment ago and has no listener now
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ArxivUnavailable, match="ConnectionError"):
        source_for(api_url=f"http://127.0.0.1:{port}/api/query?{{}}", max_retries=1).fetch("2306.03805")


def test_unknown_id_is_not_found(arxiv_server, source_for, pdf_maker):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("ok")])
    with pytest.raises(ArxivNotFound) as err:
        source_for().fetch("2306.99999")
    assert err.value.subject == "arXiv:2306.99999"
    with pytest.raises(ArxivNotFound):
        source_for().fetch("2306.03805v7")  # a version that does not exist


@pytest.mark.parametrize("status", [400, 200])
def test_arxiv_error_entry_is_not_found(arxiv_server, source_for, status):
    arxiv_server.reject("2306.12345", status=status)
    with pytest.raises(ArxivNotFound):
        source_for().fetch("2306.12345")


def test_withdrawn_paper(arxiv_server, source_for, pdf_maker, tmp_path):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("v1")])
    v = arxiv_server.withdraw("2306.03805")
    with pytest.raises(ArxivWithdrawn) as err:
        source_for().fetch("2306.03805")
    assert err.value.subject == f"arXiv:2306.03805v{v}" and "arXiv:2306.03805v1" in err.value.hint
    assert not (tmp_path / "cache" / "2306.03805" / f"v{v}").exists()


def test_withdrawn_pdf_without_comment_is_withdrawn(arxiv_server, source_for, pdf_maker):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("v1")])
    arxiv_server.withdraw("2306.03805", comment="")  # no telling comment: the PDF answer says it
    with pytest.raises(ArxivWithdrawn, match="HTTP 404"):
        source_for().fetch("2306.03805v2")


def test_bytes_that_are_not_a_pdf_are_refused_and_not_cached(arxiv_server, source_for, tmp_path):
    arxiv_server.add_paper("2306.03805", pdfs=[b"<html>PDF is being generated, please wait</html>"])
    with pytest.raises(ArxivUnavailable, match="not a PDF"):
        source_for().fetch("2306.03805v1")
    assert not (tmp_path / "cache" / "2306.03805" / "v1" / "paper.pdf").exists()


def test_a_damaged_cache_entry_is_fetched_again(arxiv_server, source_for, pdf_maker):
    pdf = pdf_maker("intact")
    arxiv_server.add_paper("2306.03805", pdfs=[pdf])
    got = source_for().fetch("2306.03805v1")
    got.pdf_path.write_bytes(b"%PDF-1.7 truncated")
    again = source_for().fetch("2306.03805v1")
    assert not again.from_cache and again.pdf_bytes == pdf


def test_polite_delay_between_consecutive_requests(arxiv_server, source_for, pdf_maker):
    arxiv_server.add_paper("2306.03805", pdfs=[pdf_maker("a")])
    arxiv_server.add_paper("2306.00978", pdfs=[pdf_maker("b")])
    src = source_for(delay_seconds=0.2)
    src.fetch("2306.03805")
    src.fetch("2306.00978")
    times = [r.time for r in arxiv_server.requests]
    assert len(times) == 4
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.15, f"requests closer than the polite delay: {gaps}"
