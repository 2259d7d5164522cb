"""Regenerate the bad PDF inputs that ``tests/verifier/test_pdf.py`` feeds to ``parse_pdf``.

    .venv/bin/python tests/data/bad_inputs/make.py

Each file is small and made here with PyMuPDF (deterministic: fixed metadata, no new file id):

- empty.pdf       0 bytes
- not_a_pdf.pdf   an HTML page saved under a .pdf name (what a download of a landing page gives)
- truncated.pdf   a real three-page PDF cut in half
- corrupt.pdf     a real PDF whose cross-reference table and object headers are overwritten
- encrypted.pdf   a PDF that needs a user password (AES-256)
- image_only.pdf  one page holding only an image, no text layer (a scan)
"""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
META = {"title": "Bad input fixture", "author": "", "subject": "", "keywords": "", "creator": "make.py", "producer": ""}
TEXT = (
    "We quantize the weights of a small transformer to 4 bits with round-to-nearest and report "
    "the perplexity on a held-out set. Pruning half of the weights with magnitude scores keeps "
    "accuracy within one point of the dense baseline. "
)


def _paper(pages: int = 3) -> pymupdf.Document:
    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page()
        page.insert_textbox(pymupdf.Rect(72, 72, 540, 720), f"Section {i + 1}\n\n" + TEXT * 6, fontsize=11)
    doc.set_metadata(META)
    return doc


def _bytes(doc: pymupdf.Document, **kw) -> bytes:
    return doc.tobytes(no_new_id=True, **kw)


def truncated() -> bytes:
    data = _bytes(_paper(), deflate=True)
    return data[: len(data) // 2]


def corrupt() -> bytes:
    data = bytearray(_bytes(_paper(), deflate=True))
    start = data.rfind(b"xref")
    end = data.rfind(b"trailer")
    data[start:end] = b"#" * (end - start)  # cross-reference table garbled
    for m in re.finditer(rb"\d+ 0 obj", bytes(data)):
        data[m.start() : m.end()] = b"?" * (m.end() - m.start())  # object headers garbled
    return bytes(data)


def encrypted() -> bytes:
    return _bytes(
        _paper(1),
        encryption=pymupdf.PDF_ENCRYPT_AES_256,
        owner_pw="owner-secret",
        user_pw="user-secret",
        permissions=int(pymupdf.PDF_PERM_PRINT),
    )


def image_only() -> bytes:
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 120, 160), False)
    pix.clear_with(200)
    for y in range(20, 140, 12):  # a few dark "text lines", as a scanner would see them
        pix.set_rect(pymupdf.IRect(10, y, 110, y + 5), (40,))
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_image(pymupdf.Rect(72, 72, 540, 720), pixmap=pix)
    doc.set_metadata(META)
    return _bytes(doc, deflate=True)


FILES = {
    "empty.pdf": lambda: b"",
    "not_a_pdf.pdf": lambda: b"<!DOCTYPE html>\n<html><head><title>arXiv abstract page</title></head>\n"
    b"<body><p>Download PDF</p></body></html>\n",
    "truncated.pdf": truncated,
    "corrupt.pdf": corrupt,
    "encrypted.pdf": encrypted,
    "image_only.pdf": image_only,
}


def main() -> None:
    for name, make in FILES.items():
        (HERE / name).write_bytes(make())
        print(f"wrote {name} ({(HERE / name).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
