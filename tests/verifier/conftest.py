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
