"""Fixtures for the verifier tests: a local arXiv API server and small real PDFs for it to serve."""

from __future__ import annotations

import pytest

from tests.support.arxiv_server import FakeArxiv


def make_pdf(text: str) -> bytes:
    """A one-page PDF holding ``text`` (a real PDF, made with PyMuPDF)."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text)
    data = doc.tobytes()
    doc.close()
    return data


@pytest.fixture
def arxiv_server():
    """A started :class:`FakeArxiv`; stopped after the test. No test talks to arxiv.org."""
    with FakeArxiv() as server:
        yield server


@pytest.fixture(scope="session")
def pdf_maker():
    """The :func:`make_pdf` helper, for papers registered with ``arxiv_server``."""
    return make_pdf


@pytest.fixture
def ingest_sentence(tmp_path, monkeypatch):
    """``ingest_sentence(text)``: a fresh data folder (SQLite) and, ingested into it through the
    command line, a one-page PDF ``p.pdf`` holding ``text``; returns the test's folder."""
    from verifier.cli import main

    monkeypatch.setenv("VERIFIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("VERIFIER_DATABASE_URL", raising=False)

    def ingest(text: str):
        pdf = tmp_path / "p.pdf"
        pdf.write_bytes(make_pdf(text))
        assert main(["-q", "ingest", str(pdf)]) == 0
        return tmp_path

    return ingest


@pytest.fixture(scope="session")
def bundles():
    """The sealed bundles as the matcher sees them (``verifier.match.load_bundles``)."""
    from verifier.match import load_bundles

    return load_bundles()

