"""Machine-written literature syntheses: their research question, third-party claims and references.

A synthesis report (``../shared/examples/synthesis-report-essential-sparsity.txt``) publishes a
claims table with a verified mark and a confidence per claim, and a list of arXiv references.
We keep those claims as *third-party* claims, exactly as published, and re-check them later
(Gate 1). Parsing is a pure function of the report text.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ThirdPartyClaim(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    row: int  # 0-based row of the claims table
    text: str  # the claim exactly as published (truncations kept)
    verified: bool  # the published mark (✓ / ×)
    confidence: float  # the published confidence, 0..1
    line_no: int  # 1-based line of the report it stands on
    truncated: bool = False  # the report cut the text off


class Reference(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    url: str
    arxiv_id: str | None = None  # without version
    arxiv_version: int | None = None
    line_no: int


class SynthesisReport(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    sha256: str
    title: str
    publisher: str | None = None
    published: str | None = None  # as written, e.g. "May 30, 2026"
    research_question: str | None = None
    stated_paper_count: int | None = None
    stated_claim_count: int | None = None
    stated_verified_count: int | None = None
    review_score: float | None = None  # "3.8/10" -> 3.8
    claims: list[ThirdPartyClaim] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    parser_version: str


PARSER_VERSION = "synthesis-1"

_MARKS = {"✓": True, "✔": True, "☑": True, "yes": True, "true": True, "×": False, "✗": False, "✘": False, "x": False, "no": False, "false": False}
_TERMINAL = (".", "!", "?", ")", "]", '"', "”")


def parse_synthesis(data: bytes, *, name: str | None = None) -> SynthesisReport:
    """Parse a machine-written synthesis report (plain text / Markdown export).

    Recognised parts: the first non-empty line is the title; a publisher line and a date line
    may follow; "Research question:" in the introduction (or "the following research
    question: ..." in the abstract); the claims table, a header line ``Claim<TAB>Verified<TAB>
    Confidence`` followed by one tab-separated row per claim; and the references, lines
    holding arXiv abs/pdf links after a "References" heading.

    A report without a claims table, or with a row that has the wrong number of cells, a mark
    other than ✓/×, or a confidence outside [0, 1], raises :class:`SynthesisFormatError` naming
    the line, so that nothing half-parsed is stored.
    """
    import hashlib
    import re

    from verifier.arxiv_source import parse_arxiv_id
    from verifier.errors import InvalidArxivId, SynthesisFormatError

    subject = name or "synthesis report"
    if not data.strip():
        raise SynthesisFormatError("the file is empty", subject=subject, hint="pass the report's text export")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SynthesisFormatError(
            f"not UTF-8 text (byte {exc.start})", subject=subject, hint="export the report as UTF-8 text"
        ) from None
    if "\x00" in text[:4096] or text.startswith("%PDF"):
        raise SynthesisFormatError(
            "this is a binary file, not a synthesis report", subject=subject, hint="use --kind paper for PDFs"
        )
    lines = text.splitlines()
    nonempty = [(i, ln.strip()) for i, ln in enumerate(lines, 1) if ln.strip()]
    title = re.sub(r"^#+\s*", "", nonempty[0][1]).strip()
    publisher = nonempty[1][1] if len(nonempty) > 1 and len(nonempty[1][1]) < 80 and "\t" not in nonempty[1][1] else None
    published = None
    if len(nonempty) > 2 and re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", nonempty[2][1]):
        published = nonempty[2][1]

    question = None
    m = re.search(r"Research question:\s*(.+?\?)", text)
    if not m:
        m = re.search(r"following research question:\s*(.+?)(?:\?|\.\s)", text)
    if m:
        question = m.group(1).strip()
        if not question.endswith("?"):
            question += "?"

    def stated(pattern: str) -> int | None:
        mm = re.search(pattern, text)
        return int(mm.group(1)) if mm else None

    score = re.search(r"score of (\d+(?:\.\d+)?)\s*/\s*10", text)

    header_idx = None
    for i, ln in enumerate(lines):
        cells = [c.strip().lower() for c in ln.split("\t")]
        if len(cells) >= 3 and cells[0] == "claim" and cells[1].startswith("verif") and cells[2].startswith("conf"):
            header_idx = i
            break
    if header_idx is None:
        raise SynthesisFormatError(
            "no claims table found (expected a header line 'Claim<TAB>Verified<TAB>Confidence')",
            subject=subject,
            hint="check the report's 'Extracted Claims' section is intact",
        )
    rows: list[tuple[int, list[str]]] = []
    for j in range(header_idx + 1, len(lines)):
        ln = lines[j]
        if not ln.strip():
            if rows:
                break
            continue
        if ln.lstrip().startswith("#"):
            break
        rows.append((j + 1, ln.split("\t")))
    if not rows:
        raise SynthesisFormatError(
            f"the claims table at line {header_idx + 1} has no rows", subject=subject, hint="the table is empty or cut off"
        )
    claims: list[ThirdPartyClaim] = []
    for r, (line_no, cells) in enumerate(rows):
        if len(cells) != 3:
            raise SynthesisFormatError(
                f"claims table line {line_no} has {len(cells)} tab-separated cells, expected 3 (claim, mark, confidence)",
                subject=subject,
                hint="repair the row or re-export the report",
            )
        claim_text, mark, conf = (c.strip() for c in cells)
        if not claim_text:
            raise SynthesisFormatError(f"claims table line {line_no} has an empty claim", subject=subject)
        if mark.lower() not in _MARKS:
            raise SynthesisFormatError(
                f"claims table line {line_no}: verified mark {mark!r} is not one of ✓ or ×", subject=subject
            )
        try:
            confidence = float(conf)
        except ValueError:
            raise SynthesisFormatError(
                f"claims table line {line_no}: confidence {conf!r} is not a number", subject=subject
            ) from None
        if not 0.0 <= confidence <= 1.0:
            raise SynthesisFormatError(
                f"claims table line {line_no}: confidence {confidence} is outside [0, 1]", subject=subject
            )
        claims.append(
            ThirdPartyClaim(
                row=r, text=claim_text, verified=_MARKS[mark.lower()], confidence=confidence, line_no=line_no
            )
        )
    # The exporter cuts cells at a fixed width: rows as long as the longest one that stop
    # without terminal punctuation were cut off.
    width = max(len(c.text) for c in claims)
    claims = [
        c.model_copy(update={"truncated": True})
        if width >= 100 and len(c.text) == width and not c.text.endswith(_TERMINAL)
        else c
        for c in claims
    ]

    references: list[Reference] = []
    ref_start = next(
        (i for i, ln in enumerate(lines) if re.fullmatch(r"#*\s*(\d+\s+)?(references|bibliography)\s*", ln.strip().lower())),
        None,
    )
    if ref_start is not None:
        seen: set[str] = set()
        for i in range(ref_start + 1, len(lines)):
            for url in re.findall(r"https?://[^\s<>()\]]+", lines[i]):
                url = url.rstrip(".,;")
                aid = None
                if "arxiv.org/" in url:
                    try:
                        aid = parse_arxiv_id(url)
                    except InvalidArxivId:
                        aid = None
                key = aid.versioned if aid else url
                if key in seen:
                    continue
                seen.add(key)
                references.append(
                    Reference(
                        url=url,
                        arxiv_id=aid.id if aid else None,
                        arxiv_version=aid.version if aid else None,
                        line_no=i + 1,
                    )
                )
    return SynthesisReport(
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        publisher=publisher,
        published=published,
        research_question=question,
        stated_paper_count=stated(r"(\d+)\s+(?:peer-reviewed\s+)?papers"),
        stated_claim_count=stated(r"(\d+)\s+claims\s+(?:were\s+)?extracted"),
        stated_verified_count=stated(r";\s*(\d+)\s+(?:was|were)?\s*independently verified"),
        review_score=float(score.group(1)) if score else None,
        claims=claims,
        references=references,
        parser_version=PARSER_VERSION,
    )
