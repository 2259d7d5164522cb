"""arXiv identifiers: every form people paste, reduced to one canonical value.

A pure module (no network, no third-party imports), so that the command line, ingest and
the parsers can recognise ids cheaply. :mod:`verifier.arxiv_source` fetches what they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier.errors import InvalidArxivId

ACCEPTED_FORMS = (
    "2306.03805, 2306.03805v2, arXiv:2306.03805v2, https://arxiv.org/abs/2306.03805v2, "
    "https://arxiv.org/pdf/2306.03805v2(.pdf), 0704.0001, hep-th/9901001(v1), math.GT/0309136"
)

_NEW_STYLE = r"(?P<yymm>\d{4})\.(?P<num>\d{4,5})"
_OLD_STYLE = r"(?P<archive>[a-z]+(?:-[a-z]+)*)(?:\.(?P<subject>[A-Z]{2}))?/(?P<oyymm>\d{4})(?P<onum>\d{3})"
_ID_RE = re.compile(rf"(?:{_NEW_STYLE}|{_OLD_STYLE})(?:v(?P<version>\d+))?")
_URL_RE = re.compile(r"https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(?P<rest>.+?)(?:\.pdf)?/?", re.IGNORECASE)
_PREFIX_RE = re.compile(r"arxiv:\s*", re.IGNORECASE)


@dataclass(frozen=True)
class ArxivId:
    """A canonical arXiv identifier: ``id`` without version, ``version`` or None for "newest"."""

    id: str
    version: int | None = None

    @property
    def versioned(self) -> str:
        """``2306.03805v2``; the bare id when no version was asked for."""
        return f"{self.id}v{self.version}" if self.version is not None else self.id

    @property
    def is_old_style(self) -> bool:
        """Pre-2007 ``archive/YYMMNNN`` ids (their slash matters for URLs and cache folders)."""
        return "/" in self.id

    @property
    def cache_key(self) -> str:
        return self.id.replace("/", "_")

    def with_version(self, version: int) -> "ArxivId":
        return ArxivId(self.id, version)

    def __str__(self) -> str:
        return self.versioned


def _invalid(text: str, why: str) -> InvalidArxivId:
    return InvalidArxivId(f"not an arXiv id ({why})", subject=repr(text), hint=f"accepted forms: {ACCEPTED_FORMS}")


def parse_arxiv_id(text: str) -> ArxivId:
    """Parse any accepted form into an :class:`ArxivId`.

    Old-style ids written with a subject class (``math.GT/0309136``) are reduced to the
    canonical ``math/0309136``: the class is not part of the identifier and the API only
    knows the canonical form. Dates are checked (month 01-12; new-style ids from 0704, with
    four digits after the dot before 2015 and five from 1501 on), so typos fail here, early.
    """
    if not isinstance(text, str):
        raise _invalid(str(text), f"expected a string, got {type(text).__name__}")
    s = text.strip()
    url = _URL_RE.fullmatch(s)
    if url:
        s = url.group("rest")
    else:
        s = _PREFIX_RE.sub("", s, count=1) if _PREFIX_RE.match(s) else s
    m = _ID_RE.fullmatch(s)
    if not m:
        raise _invalid(text, "unrecognised form")
    version = int(m.group("version")) if m.group("version") else None
    if version is not None and version < 1:
        raise _invalid(text, "versions start at v1")
    if m.group("yymm"):
        yymm, num = m.group("yymm"), m.group("num")
        if not 1 <= int(yymm[2:]) <= 12:
            raise _invalid(text, f"month {yymm[2:]} does not exist")
        if int(yymm) < 704:
            raise _invalid(text, "new-style ids start in April 2007 (0704)")
        want = 4 if int(yymm) < 1501 else 5
        if len(num) != want:
            raise _invalid(text, f"ids from {yymm} have {want} digits after the dot")
        return ArxivId(f"{yymm}.{num}", version)
    oyymm = m.group("oyymm")
    if not 1 <= int(oyymm[2:]) <= 12:
        raise _invalid(text, f"month {oyymm[2:]} does not exist")
    if not (int(oyymm[:2]) >= 91 or int(oyymm[:2]) <= 7):
        raise _invalid(text, "old-style ids run from 1991 to 2007")
    return ArxivId(f"{m.group('archive')}/{oyymm}{m.group('onum')}", version)


def looks_like_arxiv_id(text: str) -> bool:
    """True when :func:`parse_arxiv_id` would accept ``text``."""
    try:
        parse_arxiv_id(text)
    except InvalidArxivId:
        return False
    return True
