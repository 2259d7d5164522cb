"""Claims: what a paper says it measured, typed and normalised, with the anchor of its quote.

One schema, many views: the database row (``claims_db.models.ClaimRow``) and the report row
are derived from :class:`Claim`; they do not restate it.

Kinds (DESIGN.md, "Claims"): a *setup* fact ("batch size 32, lr 2e-5") is never a result.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from verifier.documents import BBox


class ClaimKind(str, Enum):
    result = "result"  # a measured value of a metric for a method/model/dataset
    comparison = "comparison"  # A vs B: outperforms, matches, within 1% of
    speedup = "speedup"  # latency / throughput ratio or time
    memory = "memory"  # memory or size saved / used
    trend = "trend"  # how a metric moves with bits, sparsity, scale
    setup = "setup"  # hyper-parameters and protocol facts: not results
    qualitative = "qualitative"  # a non-numeric statement about an effect


RESULT_KINDS = frozenset(
    {ClaimKind.result, ClaimKind.comparison, ClaimKind.speedup, ClaimKind.memory, ClaimKind.trend}
)


class MethodFamily(str, Enum):
    qat = "qat"
    ptq = "ptq"
    pruning = "pruning"
    quantization = "quantization"  # quantisation, not said whether trained or post-training
    sparsity = "sparsity"  # sparse formats / kernels without a pruning method
    other = "other"


class Method(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    family: MethodFamily
    name: str | None = None  # "GPTQ", "AWQ", "LLM.int8()", "Wanda", "magnitude", "LSQ"


Qualifier = Literal[
    "eq",  # stated as the value
    "approx",  # about, ~, roughly
    "up_to",  # up to, at most (a peak figure: an upper bound)
    "at_least",  # at least, over, more than
    "less_than",
    "within",  # within 1% of
]

Unit = Literal[
    "%",
    "x",  # a ratio: 2.3x, 2×
    "pp",  # percentage points
    "ppl",  # perplexity
    "bits",
    "ms",
    "s",
    "us",
    "ns",
    "GB",
    "MB",
    "KB",
    "TB",
    "fJ",
    "pJ",
    "W",
    "tokens/s",
    "params",
    "flops",
    "count",
]


class Quantity(BaseModel):
    """A number as the source wrote it, parsed.

    ``value`` is the point value (for a range, its midpoint); ``low``/``high`` bound a range
    ("9–14%"); ``text`` is the exact substring it was parsed from. Percentages stay in percent
    (``42.2`` with unit ``%``), ratios in ``x``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    value: float
    low: float | None = None
    high: float | None = None
    unit: Unit | None = None
    qualifier: Qualifier = "eq"
    text: str

    @model_validator(mode="after")
    def _range_ordered(self) -> "Quantity":
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"range {self.low}..{self.high} is reversed in {self.text!r}")
        return self


class Anchor(BaseModel):
    """Where a claim's quote stands in its source.

    For a sentence: ``passage_index`` and the character span in that passage's normalised
    text. For a table cell: ``table_index``, ``row`` and ``col``. ``quote`` is the exact
    (normalised) source text; ``page`` is 1-based.

    A sentence a page or column break (or a displayed equation) cuts in two
    (:mod:`verifier.run_ons`) starts at the span, which runs to the end of its first passage,
    and goes on in passage ``end_passage_index`` on page ``end_page`` up to ``end_char``; the
    quote is the parts joined with single spaces, with a displayed equation's text between them
    when it stands on the same page. ``page`` and ``bbox`` are the first part's.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    page: int
    quote: str
    passage_index: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    table_index: int | None = None
    row: int | None = None
    col: int | None = None
    bbox: BBox | None = None
    end_page: int | None = None
    end_passage_index: int | None = None
    end_char: int | None = None

    @model_validator(mode="after")
    def _points_somewhere(self) -> "Anchor":
        in_text = self.passage_index is not None and self.char_start is not None and self.char_end is not None
        in_table = self.table_index is not None and self.row is not None and self.col is not None
        if not (in_text or in_table):
            raise ValueError("an anchor needs a passage span or a table cell")
        ends = (self.end_page, self.end_passage_index, self.end_char)
        if any(e is not None for e in ends):
            if not all(e is not None for e in ends) or not in_text:
                raise ValueError("a sentence that runs on needs its end page, passage and character, "
                                 "and a passage span")
            if self.end_passage_index <= self.passage_index or self.end_page < self.page:
                raise ValueError("a sentence runs on into a later passage")
        if not self.quote.strip():
            raise ValueError("an anchor needs a non-empty quote")
        return self


class Claim(BaseModel):
    """One empirical claim of a paper (or a third party), normalised."""

    model_config = ConfigDict(extra="forbid")

    kind: ClaimKind
    statement: str  # the claim in words: the sentence, or "Table 3: OPT-13B, Int8 = 12.45 ppl"
    anchor: Anchor
    origin: Literal["text", "table", "third_party"] = "text"
    extractor_version: str

    method: Method | None = None
    baseline: str | None = None
    model: str | None = None
    dataset: str | None = None
    metric: str | None = None
    metric_direction: Literal["higher", "lower"] | None = None
    value: Quantity | None = None  # the headline number
    values: list[Quantity] = Field(default_factory=list)  # every number in the quote
    bits: float | None = None  # weight bits (or the only bit width stated)
    activation_bits: float | None = None
    sparsity: float | None = None  # fraction 0..1
    sparsity_pattern: str | None = None  # "unstructured", "2:4", "4:8", "structured"
    hardware: str | None = None
    direction: Literal["better", "worse", "equal", "increase", "decrease"] | None = None
    # protocol details that decide the number: calibration_set, seq_len, metric_variant,
    # harness, batch_size, shots, group_size, model_size (a size with no model named: "about 6.7B"), ...;
    # where a field came from when it is not the sentence's own reading: metric_from / method_from
    # ("column header (as written)", "caption (as written)", "text (as written)", "dataset"), paper_wide
    # (the settings taken from what the paper says of all its experiments, with that sentence), reference
    # (a row of the uncompressed model), cited (another work's finding)
    conditions: dict[str, str] = Field(default_factory=dict)

    @field_validator("sparsity")
    @classmethod
    def _fraction(cls, v: float | None) -> float | None:
        if v is not None and not (0.0 <= v <= 1.0):
            raise ValueError(f"sparsity is a fraction in [0, 1], got {v}")
        return v

    @property
    def is_result(self) -> bool:
        return self.kind in RESULT_KINDS
