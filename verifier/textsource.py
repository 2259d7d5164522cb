"""Bytes of a text source (Markdown, LaTeX) as text, or a one-line reason why they are not."""

from __future__ import annotations

from verifier.errors import DocumentError


def decode_text(data: bytes, name: str, *, error: type[DocumentError], what: str, binary_hint: str,
                empty_hint: str, parser: str) -> str:
    """``data`` decoded as UTF-8 (a BOM dropped); ``error`` for a PDF, binary data, other encodings
    or nothing but blanks, naming ``what`` the file should have been ("Markdown text")."""
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"{parser} expects bytes, got {type(data).__name__}")
    if data.lstrip()[:5] == b"%PDF-":
        raise error(f"is a PDF, not {what}", subject=name, hint="ingest it as a PDF")
    if b"\x00" in data[:65536]:
        raise error(f"holds NUL bytes: binary data, not {what}", subject=name, hint=binary_hint)
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(f"is not UTF-8 text (byte {exc.start}: {bytes(data[exc.start:exc.start + 4])!r})",
                    subject=name, hint="convert it to UTF-8 first, e.g. iconv -f latin1 -t utf-8") from exc
    if not text.strip():
        raise error("is empty", subject=name, hint=empty_hint)
    return text
