"""An arXiv e-print (the source a paper was built from) as one LaTeX file for :mod:`verifier.latex`.

arXiv serves ``/src/<id>v<N>`` as a gzip-compressed tar of the submission's files, as one
gzip-compressed .tex file for single-file submissions, or as the PDF itself for PDF-only
submissions. :func:`flatten_eprint` turns the first two into a single LaTeX source:

- the main file is the .tex file with ``\\documentclass`` (and ``\\begin{document}``); where
  several qualify, one named ms/main/paper.tex, else the largest;
- ``\\input{f}`` and ``\\include{f}`` are replaced by the file's text (``f`` or ``f.tex``,
  relative to the archive root as LaTeX resolves it), recursively, at most 16 deep, never a
  file inside itself; a command in a comment is left alone; a missing file is named in the
  flattened source's header comment and its command left for the parser to drop;
- ``\\bibliography{...}`` is replaced by the main file's ``.bbl`` (arXiv requires it beside
  the main file), so the bibliography's entries become reference passages.

:func:`flatten_local` does the same for a .tex file on disk, reading the files it inputs from its
own folder (never from outside it). Nothing is written to disk: members are read into memory,
only regular ``.tex``/``.bbl``/``.ltx`` files, each at most 8 MB and 64 MB in all (a
decompression bomb is refused).
Files that are not UTF-8 are read as Latin-1, the other encoding arXiv sources use.
Returns None for a PDF-only e-print; raises :class:`~verifier.errors.NotLatex` otherwise
when no LaTeX can be had.
"""

from __future__ import annotations

import io
import posixpath
import re
import tarfile
import zlib

from verifier.errors import NotLatex
from verifier.latex import blank_comments

MAX_MEMBER = 8 << 20
MAX_TOTAL = 64 << 20
MAX_DEPTH = 16
_READ = (".tex", ".bbl", ".ltx")
_INPUT = re.compile(r"\\(input|include)\s*(?:\{\s*([^{}\s]+)\s*\}|\s([^\s{}\\%]+))")
_BIBLIOGRAPHY = re.compile(r"\\bibliography\s*\{[^{}]*\}")
_MAIN_NAMES = ("ms.tex", "main.tex", "paper.tex")


def read_folder(folder, subject: str) -> dict[str, str]:
    """The .tex/.bbl/.ltx files under an unpacked source folder (path relative to it -> text), with
    the limits that apply to an archive."""
    from pathlib import Path

    root = Path(folder)
    files: dict[str, str] = {}
    total = 0
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.is_symlink() or not path.name.lower().endswith(_READ):
            continue
        size = path.stat().st_size
        total += size
        if size > MAX_MEMBER or total > MAX_TOTAL:
            raise NotLatex(f"{path.relative_to(root)} takes the folder's LaTeX over the size limits "
                           f"({MAX_MEMBER >> 20} MB a file, {MAX_TOTAL >> 20} MB in all)", subject=subject,
                           hint="pass the paper's main .tex file instead")
        files[path.relative_to(root).as_posix()] = _text(path.read_bytes())
    return files


def _gunzip(data: bytes, subject: str) -> bytes:
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, MAX_TOTAL + 1)
    except zlib.error as exc:
        raise NotLatex(f"the e-print is not a readable gzip file ({exc})", subject=subject,
                       hint="fetch it again; the download may be damaged") from exc
    if len(out) <= MAX_TOTAL and not d.unconsumed_tail and not d.eof:
        raise NotLatex("the e-print's gzip stream is truncated or damaged", subject=subject,
                       hint="fetch it again; the download may be damaged")
    if len(out) > MAX_TOTAL or d.unconsumed_tail:
        raise NotLatex(f"the e-print unpacks to more than {MAX_TOTAL >> 20} MB", subject=subject,
                       hint="ingest the paper's PDF instead")
    return out


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _members(raw: bytes, subject: str) -> dict[str, str] | None:
    """The readable text files of a tar (path -> text), or None when ``raw`` is not a tar."""
    try:
        tar = tarfile.open(fileobj=io.BytesIO(raw), mode="r:")
    except tarfile.TarError:
        return None
    files: dict[str, str] = {}
    total = 0
    try:
        for info in tar:
            if not info.isreg() or not info.name.lower().endswith(_READ):
                continue
            if info.size > MAX_MEMBER:
                raise NotLatex(f"the e-print member {info.name} is {info.size >> 20} MB, over {MAX_MEMBER >> 20} MB",
                               subject=subject, hint="ingest the paper's PDF instead")
            total += info.size
            if total > MAX_TOTAL:
                raise NotLatex(f"the e-print's LaTeX files exceed {MAX_TOTAL >> 20} MB", subject=subject,
                               hint="ingest the paper's PDF instead")
            fh = tar.extractfile(info)
            if fh is not None:
                files[posixpath.normpath(info.name.lstrip("/")).removeprefix("./")] = _text(fh.read())
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise NotLatex(f"the e-print's tar archive is damaged ({exc})", subject=subject,
                       hint="fetch it again; the download may be damaged") from exc
    return files


def _main_file(files: dict[str, str], subject: str) -> str:
    candidates = [n for n, t in files.items() if n.lower().endswith((".tex", ".ltx"))
                  and re.search(r"\\documentclass\b", blank_comments(t))]  # fmt: skip
    with_body = [n for n in candidates if re.search(r"\\begin\s*\{document\}", blank_comments(files[n]))]
    pool = with_body or candidates
    if not pool:
        raise NotLatex(f"the e-print holds no LaTeX main file (no \\documentclass among {len(files)} text files)",
                       subject=subject, hint="ingest the paper's PDF instead")
    named = [n for n in pool if posixpath.basename(n).lower() in _MAIN_NAMES]
    return (named or sorted(pool, key=lambda n: (-len(files[n]), n)))[0]


def _expand(files: dict[str, str], name: str, stack: tuple[str, ...], missing: list[str]) -> str:
    text = files[name]
    live = blank_comments(text)
    out, pos = [], 0
    for m in _INPUT.finditer(live):
        target = (m.group(2) or m.group(3)).strip()
        path = posixpath.normpath(target).removeprefix("./")
        found = next((p for p in (path, path + ".tex") if p in files), None)
        if found is None or found in stack or len(stack) >= MAX_DEPTH:
            if found is None:
                missing.append(target)
            continue
        out.append(text[pos : m.start()])
        out.append(_expand(files, found, stack + (found,), missing))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def flatten_eprint(data: bytes, subject: str = "e-print") -> bytes | None:
    """One UTF-8 LaTeX source from an arXiv e-print, or None for a PDF-only e-print (module docstring)."""
    raw = _gunzip(data, subject) if data[:2] == b"\x1f\x8b" else bytes(data)
    if raw.lstrip()[:5] == b"%PDF-":
        return None
    files = _members(raw, subject)
    if files is None:  # a single file, gzip-compressed or not
        text = _text(raw)
        if not re.search(r"\\documentclass\b|\\begin\s*\{document\}|\\section\b", text):
            raise NotLatex("the e-print is neither a tar archive, nor LaTeX, nor a PDF", subject=subject,
                           hint="ingest the paper's PDF instead")
        return text.encode("utf-8")
    return flatten_files(files, subject)


def flatten_files(files: dict[str, str], subject: str = "e-print", main: str | None = None) -> bytes:
    """One UTF-8 LaTeX source from a submission's text files (path relative to its root -> text):
    the main file (found, or ``main``) with its inputs and bibliography inlined (module docstring)."""
    main = main or _main_file(files, subject)
    return _with_header(*_inline(files, main), subject, main)


def _inline(files: dict[str, str], main: str) -> tuple[str, list[str]]:
    """The main file's text with its inputs and .bbl inlined, and the inputs not found."""
    missing: list[str] = []
    body = _expand(files, main, (main,), missing)
    bbl = posixpath.splitext(main)[0] + ".bbl"
    if bbl in files:
        m = _BIBLIOGRAPHY.search(blank_comments(body))
        if m:
            body = body[: m.start()] + files[bbl] + body[m.end() :]
    return body, missing


def _with_header(body: str, missing: list[str], subject: str, main: str) -> bytes:
    header = f"% {subject}: main file {main}"
    if missing:
        header += "; not found: " + ", ".join(dict.fromkeys(missing))
    return (header + "\n" + body).encode("utf-8")


class _Beside(dict):
    """The text files beside a main .tex file, read from disk when an ``\\input`` names them; never a
    file outside the main file's folder, nor over the size limits."""

    def __init__(self, root, main: str, text: str):
        super().__init__({main: text})
        self.root = root.resolve()
        self.total = len(text)

    def __contains__(self, name: object) -> bool:
        if dict.__contains__(self, name):
            return True
        if not isinstance(name, str) or not name.lower().endswith(_READ):
            return False
        path = (self.root / name).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            return False
        size = path.stat().st_size
        if size > MAX_MEMBER or self.total + size > MAX_TOTAL:
            return False
        self.total += size
        self[name] = _text(path.read_bytes())
        return True


def flatten_local(path, data: bytes) -> bytes | None:
    """A local .tex file (its bytes) with the files it ``\\input``s from its folder (and its .bbl)
    inlined, or None when it inputs nothing that is there: the file is then read as it is."""
    from verifier.textsource import decode_text

    text = decode_text(data, path.name, error=NotLatex, what="LaTeX source", parser="flatten_local",
                       binary_hint="pass the .tex file", empty_hint="pass the LaTeX source of a paper")
    body, missing = _inline(_Beside(path.parent, path.name, text), path.name)
    return None if body == text else _with_header(body, missing, path.name, path.name)


def unpacked_pdf(data: bytes) -> bytes:
    """The PDF of a PDF-only e-print (gzip-compressed or not); ``flatten_eprint`` said it is one."""
    return _gunzip(data, "e-print") if data[:2] == b"\x1f\x8b" else bytes(data)
