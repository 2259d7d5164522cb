"""Gate 1: is each claim supported by its source text?

Two cases:

* A claim extracted from a paper carries an anchor. :func:`verifier.anchors.check_anchor`
  confirms the quote stands at that place on that page (a passage span or a table cell), and that every number of
  the claim equals a number of the quote across notations (2e-5 = 2 x 10^-5, "9–14%" as a range,
  "1.5 s" = "1500 ms"; :func:`verifier.quantities.quantities_equal`).
* A third-party claim (from a synthesis) has no anchor. :func:`ground_text` ranks evidence units
  of the cited sources (:class:`verifier.retrieval.Retriever`: BM25, number matching, MiniLM
  cosine when installed) and judges the top candidates with :func:`judge`.

The rules of :func:`judge` (one claim, one evidence unit), in order:

1. *Coverage* is the IDF-weighted share of the claim's content words found in the unit (words
   only in its context count half; an antonym of a claim word counts as found, since "harder to
   quantize" speaks of what "easier to quantize" does). A word absent from the whole source weighs most, so a claim
   about a method the source never names cannot reach the thresholds. It is taken twice: word for
   word, and as a paraphrase, where a word of the same base ("serving" for "serve") or a synonym
   ("retains" for "preserves", "makes it possible to" for "enables"; :data:`SYNONYMS`) counts as
   found too (and a Greek letter is its name: "α" / "alpha"); a word written as a name is found
   only as itself ("SmoothQuant" is not in "smoothly"); a hedge on a number ("about",
   "roughly") is the number's qualifier, no word to find, in a claim of three other words or more;
   "100×" is "100x"; where the source's own method is known, a frame that names no other work ("The
   SmoothQuant paper reports that", "According to the authors,") is left out, and "its method" after
   it read as that method. Support needs the paraphrase
   coverage, a contradiction the word-for-word one (a paraphrase's words do not make a sentence on
   another thing say the opposite). The candidate judged is the one with the highest word-for-word
   coverage among the 8 best ranked (and the 8 best ranked for the claim with its direction words
   turned around: "still succeeds" ranks a sentence that says "fails" low), or among the next 8 a
   unit that holds nearly every claim word (coverage >= 0.9; a sentence BM25 ranks low for its
   length can be the paper's own statement of the claim); number agreement and retrieval score
   break near-ties. Where that unit gives no verdict, the best by the paraphrase coverage (the 8
   best ranked for the claim with its synonyms added as well) is judged, and only its support
   counts. A claim still found nowhere is read again with the abbreviations the source defines
   ("round-to-nearest (RTN)"), spelled the other way; again only its support counts. Then each of
   the 8 best ranked units is read with the next sentence of its passage where that one goes on
   with it ("This occurs only in LLMs with a model dimension of 4096 or larger", "It is smaller
   ...", "Their largest evaluated models ..."; not "This paper", not "It's worth noting"), and
   with the one before where the unit goes on with that: two sentences hold more words, so only
   their support counts, never a contradiction. A claim that names a table or figure ("In
   SmoothQuant's Table 4, ...") is not judged on a unit that stands in another of that kind (a
   sentence of the Table 1 caption, a row of Table 1, a sentence that names only Figure 6), and a
   number of its leading phrase ("For its Int8 training experiments, ...") may be stated by the
   sentences around the evidence instead of the evidence itself.
2. The claim and the unit are aligned word by word (difflib). Where an aligned evidence word is
   replaced by its antonym (shorter/longer, improves/degrades, ...; :data:`ANTONYMS`; inside a
   compound too: "lower-energy" / "higher-energy"), or a
   negation is added or removed, the *direction flips*; so does a number bound turned around
   ("more than 3x" vs "less than 3x", "beyond 2.7B" vs "up to 2.7B") and the ends of a "from A to
   B" swapped; a change stated "by" another amount than the unit's change of the same thing (most
   words in common before "by", else the same verb: "degrades perplexity by 0.1%" where the unit
   says "by 600-1000%") is a flip of its amount, and a claim that uses a word the unit has only in a phrase
   it sets aside ("a niche optimization rather than a general reason", "instead of ...") takes
   that side (an antonym of a word the unit itself has, inflected, is none: "reduces" against
   "is reduced ..., and perplexity increases"). Synonyms align ("does not retain" against
   "preserves": a negation added). A
   negation whose words the unit does not speak of is no flip ("AWQ does not need
   backpropagation" against "AWQ needs a much smaller calibration set"), and such a claim is not
   found in that unit. A count in words that differs from the unit's count of the same thing
   ("within two nodes" where the unit says "within a single node"; numerals in the unit count:
   "8 GPUs"), a count written as a product with what it counts ("12×48GB" where the unit says
   "8×48GB"), and a factor in words that differs from the unit's factor of the same thing ("triple
   the throughput" where it says "double the throughput"; "cuts the memory to a quarter" where it
   says "halves the memory", a share after a verb that reduces: "to a quarter" x 1/4, "by a third"
   x 2/3, "by half" x 1/2), contradicts like a number, and so
   does a model's size in its name that the unit gives otherwise and never as the claim does
   ("LLaVA-7B" where it says "LLaVA-13B"). "X-free"
   negates X ("training-free"), and a negative prefix is a negation ("impossible" says "not
   possible"); stopwords and citation keys ("[Fra22]") take no place of the six words a negation
   reaches. Antonyms that do not align count when one side has only one of the pair and the
   other side only the other (across inflections: "preserves" against "will destroy"). A claim
   word of five letters or more that the unit has only inside a negation's scope ("AWQ requires
   backpropagation" against "... since we do not rely on regression/backpropagation"; "without
   retraining or structured sparsity") flips too; a negation the claim shares with the unit's
   scope is none ("AWQ does not require backpropagation"; "lacks" negates: "As Huggingface lacks
   model parallelism" against "Due to the lack of support for model parallelism in Huggingface";
   not a negation the two say alike, at aligned places over the same words: "training-free" in
   both excuses no "would not use"), and so is a negation of what the unit sets aside
   ("tiled/local buffers, not full-model addressing" against "tiled/local buffers rather than
   direct full-model addressing"; not where the claim negates words the unit states outside that
   phrase too: "is not reduced weight traffic rather than reduced arithmetic").
   A comparison ("A ... than B", "compared to B", "outperforms B", "an advantage over B") whose two
   sides the claim swaps says the opposite ("GPTQ performs better than AWQ" against "AWQ achieves
   better perplexity ... compared to GPTQ"), unless it also turns the direction word around,
   which restates it; words both "than" sides share ("above 40% zeros") are a condition of both,
   not a compared thing. So does a claim that names on each side of its "while" / "but" what the
   unit names on the other ("the AWQ model wrongly points out a bird ..., while RTN gives more
   information" against "RTN falsely points out a bird ..., while AWQ provides more information").
   A claim number put right before a
   measure or condition that the unit states of another of its numbers ("up to 2x speedup and
   1.56x memory reduction" where the unit says "1.56x speedup and 2x memory reduction"; "save
   3.7-6.8% after scale reads are included" where it says "3.7-6.8% for the weights, falling to
   1.9-2.1% after scale reads are included") is bound to the wrong thing: a flip as well (not
   where the unit lists numbers, "3.9x and 3.5x faster ..., respectively").
3. Each claim number must equal a number of the unit. One that does not, while the unit states
   a number of its kind (the same unit or unit family) of the same thing (the four content words
   before each number and the one after share a word: "generate 500 tokens" against "generate 200
   tokens"; "α=0.8 for SmoothQuant" is no other value of "the activations ... (<0.4)"), is a
   *number mismatch* (not where the unit's number is followed at once by a condition the claim
   does not state: "more than about 0.9-1.0 pJ at 2.0-2.5 ns" is the threshold of that clock, no
   other value of the claim's "more than about 3.2-4.4 pJ"); one that lies
   inside a bound or range the unit states ("530B" where it says ">500B", 1.2x where it says "up
   to 1.56x") is neither confirmed nor a mismatch, unless the unit puts another number of its
   kind after the same two words ("starting at scales of 13B" where it says "... of 6.7B" and
   "beyond 1B" elsewhere: a mismatch). The two ends of a range the unit states, both in the claim,
   are matched ("from 7B to 70B" where it says "7B-70B"), and so is a percentage the unit states as
   a bare fraction ("37.5%" where it says "z > 0.375"); a bare number above 100 is of no
   percentage's kind ("every 128 weights" does not make "37.5% of the weights" a mismatch), and a
   bit width of none with no unit ("FP16" is no differing count of "1 GPU instead of 2"; "4096"
   no differing width of "Int8"), and an evidence number that another claim number states is none
   to differ from ("Int8 ... faster than 16-bit" against "Int8 ... two times faster than cuBLAS").
   A range the claim states whose two ends the unit states is
   matched too ("0.1 to 3 GPU hours" where it says "ranging from 0.1 to 3"), a range written
   with an en dash is one amount ("by about 0.10–0.28%"), and a number the claim pairs with
   another by "instead of" must come with the same pair ("1 instead of 4" where the unit says
   "1 GPU instead of 2 ..., 4 GPUs instead of 8" is a mismatch). A claim number with a unit is not
   matched by a bare number of the unit where the unit writes the same value with another unit
   ("at least 6× of all sequence dimensions" where it says "a magnitude of at least 6 ... at least
   6% of all sequence dimensions").
4. Not supported, whatever the coverage: a claim that takes a word from the other side of the
   unit's contrast ("SmoothQuant O3 maintains the accuracy" against "O1 and O2 maintain the
   accuracy, while O3 degrades it"; a word the claim has placed already and says again is none:
   "... FP8 would outperform Int8, but ... support FP8" against "..., but ... support this data
   type"); a comparison ("A is easier to quantize than B") where the
   unit lacks a word of A (the words before its verb) or B's head word (a rare shared word can
   carry the coverage while the sides stand only in the context); a claim that states a change
   ("doubles", "reduces"; :data:`CHANGE_WORDS`) where the unit states no change and no
   comparison ("Table 3 compares the memory footprint ..." has every word but the change).
   A claim that puts another subject where the unit has its own before the shared predicate ("The
   five-trit engines reach ..." against "The bitmap/sign engines reach ..."; "Absmax is the only
   method ..." against "Our method, LLM.int8(), is the only method ...") is not supported either
   ("we", "our method" stand for the paper's method, and so do "the analysis", "the study" ...;
   where the source's own method is known, :attr:`verifier.retrieval.Unit.own`, "we" and "our"
   stand for it alone, and so does a pronoun in a unit that names it: "AWQ protects salient
   weights ... It consistently outperforms RTN" is no unit for a claim on GPTQ;
   "we find that X ..." reports X; "once", "after", "for example" are no subjects), nor one whose
   named subject ("SmoothQuant", "LLM.int8()": an inner capital or digit, among its first three
   words past a report frame such as "AWQ's authors stress that" and a leading phrase such as
   "With FasterTransformer," or "Before SmoothQuant,") the unit neither names nor stands in
   for; nor is a comparison ("A needs less area than
   B") against a unit that states no comparison; nor a claim that puts another method, model,
   dataset or device where the unit names its own (a run of at most four words each side; "the
   higher-zero BitNet Qwen3 models" against "... CAT-Q Qwen3 models", "ZeroQuant is no longer
   sufficient" against "vector-wise quantization is ..."; names are the extractor's lexicon of
   methods, models, datasets and hardware, however spelled, and words written as names, "CAT-Q",
   "A100"; not citation keys, not "LLMs", not a format such as "Int4", not a size that differs,
   not a name only moved; the unit's run read past its report frame: "GPTQ consistently outperforms
   RTN" against "We can see that AWQ consistently outperforms RTN and GPTQ"). "Only" before a verb
   ("only degrades the accuracy by 4%") is an adverb, no condition. Nor is a claim supported that
   puts one word for another beside shared words, neither of one base nor known to say the same
   ("outliers are scarce" against "... ubiquitous"; a filler adverb beside either, "also", "still",
   does not count: "are hardly used" against "are also often used").
   Neither supported nor contradicted: a comparison against a unit whose own comparison is of
   other things ("zeropoint performs better than absmax for small models" against "models after
   2.7B parameters perform worse than smaller models"): its direction word says nothing of the
   claim's; nor does a unit that lacks a side of the claim's comparison (each part of a compound:
   "row-wise" is not named by "vector-wise").
   A *dropped condition* is a qualifying phrase of the unit that the claim leaves out: a run of
   unaligned evidence words that starts with a condition marker (for, at, on, when, if, under,
   with, without, across, only, ...; :data:`CONDITION_MARKERS`), ends at a clause boundary and
   holds a content word or number found nowhere in the claim (a clause that "when", "if", "once" ...
   opens runs on past words the claim says elsewhere: "applies when five-trit packing restarts every
   128 weights" against "breaks even with five-trit packing"; one such clause that adds a single word,
   "once the phase shift occurs" against "after the phase shift", is none). References ("in Table 3"),
   discourse phrases ("for example"), a "for" that completes a word ("responsible for",
   "allows for") and phrases inside a reason the claim does not restate ("since we only measure
   the average scale") are not conditions; a leading phrase counts after a discourse word too
   ("However, at the 13B scale, ..."); a hedge ("with only 8GB") adds no qualifying word, and
   a parenthesis does not end the clause ("three families of LLMs (Llama-2, MPT and Falcon) on
   4090"). Not left out either: a condition in a relative clause in parentheses ("(the biggest
   model we tested on multiple datasets)"); one whose only words the claim lacks are descriptive
   while the claim keeps its number ("For large ... models at and beyond 6.7B parameters" against
   "In transformers of 6.7B parameters and up"); one that lists settings "respectively" where the
   claim names one of them ("on 4090 (desktop GPU) and Orin (mobile GPU), respectively" against
   "On the Jetson Orin mobile GPU"); "above every" is a ranking, no condition ("more than any"
   restates it, and all/every/any/each are one quantifier); "with the help of", "by means of" and
   a purpose ("for evaluation") qualify nothing; nor do a numbered citation ("on FPGA [30]"),
   an inflection of a claim word ("covering" where the claim says "cover") or a discourse phrase
   ("On the negative side, ..."). A bit width or number format the unit puts before a word the
   claim keeps is a condition left out by a claim that states none ("to further improve the INT2
   quantization performance" against "... improve quantization performance"). So is a leading
   "as" clause of a change ("As we scale transformers, ..."), a scale word before a noun the claim
   keeps ("for billion-scale 8-bit transformers" against "for 8-bit transformers"), and the second
   part of a negated "A and B" ("cannot maintain accuracy and hardware efficiency at the same
   time" against "cannot maintain accuracy": not both is no not-either). "X, not Y" says "X
   rather than Y": no added negation. A condition the claim says in its own words is
   not left out: "in the case of X" where the claim has "for X", a pointer such as "in this
   process" where the claim opens with a condition of its own ("When measuring ..., ...").
5. A claim *generalises* when it states as plain a number the unit gives as a peak ("up to
   3.9x"), or says all/every/always where the unit does not (or where the unit says
   most/some/often), or quantifies a noun with all/every/any that the unit quantifies with
   most/some/many ("for all models" where the unit says "for most of the models"), or speaks of
   models in general ("LLMs", "models") where the unit names some and the claim none ("evaluated
   with lm-eval-harness" where the unit says it of "OPT and BLOOM models").

Verdicts: contradicted when coverage >= COVER_SUBJECT and a direction flips or a number
mismatches (a number mismatch alone is no contradiction where another candidate with that
coverage states every number of the claim: that candidate is judged instead, unless the unit
that mismatches holds nearly every claim word, coverage >= 0.9); supported when
coverage >= COVER_SUPPORT (COVER_SUPPORT_LONG for a claim of LONG_CLAIM distinct content words or
more), every claim number is matched and nothing is dropped or generalised;
partially supported when coverage reaches the same, the numbers agree but a condition is dropped
or a special case generalised; not found otherwise (including a claim whose numbers the unit
cannot confirm because it states none). The evidence kept is the unit's
exact source span, never generated text. ``RULES`` states this for reports; ``METHOD_VERSION``
changes whenever a rule does.
"""

from __future__ import annotations

import difflib
import functools
import re
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from verifier import lexicon
from verifier.retrieval import PLACE_LABEL, STOPWORDS, Retriever, Unit, quantities_of, stem, tokens
from verifier.vocabulary import (
    ANTONYMS,
    CHANGE_WORDS,
    CLAUSE_END,
    COMMON,
    CONDITION_MARKERS,
    NEGATIONS,
    NOT_CONDITION,
    PARTIAL_WORDS,
    PARAPHRASES,
    QUAL_OPPOSITE,
    SYNONYM_VERBS,
    SYNONYMS,
    UNIVERSAL,
)

METHOD_VERSION = "ground-29"
COVER_SUPPORT = 0.75
COVER_SUPPORT_LONG = 0.65  # for claims of LONG_CLAIM distinct content words or more
LONG_CLAIM = 10
COVER_SUBJECT = 0.6
NEAR_TIE = 0.05
CORE_K = 8  # the ranked units every claim is judged against
DEEP_COVER = 0.9  # the coverage a unit ranked below CORE_K (down to ground_text's k) needs to be judged
PREFIX = 6  # words sharing their first PREFIX letters count as the same word in coverage
COMMON_UNSEEN_WEIGHT = 1.5  # weight of a common word the source never uses (an IDF of a frequent word)

RULES = (
    "Coverage = IDF-weighted share of the claim's content words in the evidence sentence or table row (word for "
    "word; as a paraphrase, also words of the same base or a synonym: 'serving' for 'serve', 'retains' for "
    "'preserves'). "
    f"contradicted: coverage word for word >= {COVER_SUBJECT:.0%} and a claim number differs from the evidence's "
    "numbers of its kind with words in common around them (not inside a bound or range the evidence states, not "
    "one it follows at once with a condition the claim lacks, and no other passage that well covered states "
    "them), a count or factor in words differs ('two nodes' where it says 'a single node', 'triple' where it says "
    "'double', 'to a quarter' where it says 'halves', '12×48GB' where it says '8×48GB'), a model's size in its "
    "name differs ('LLaVA-7B' where it says 'LLaVA-13B'), or a "
    "direction word is swapped for its antonym, a negation added or removed, a bound turned around, the ends of a "
    "'from A to B' swapped, the two sides of a comparison or of a 'while' swapped, a change stated by another "
    "amount, a number put before a condition the evidence states of another number, or the side the evidence "
    "sets aside ('rather than') taken; "
    f"supported: coverage as a paraphrase >= {COVER_SUPPORT:.0%} ({COVER_SUPPORT_LONG:.0%} for a claim of "
    f"{LONG_CLAIM} content words or more), every claim number equal to an evidence number "
    "(across notations), no flip, no qualifying phrase of the evidence (for/at/on/when/if/under/with/across ...) "
    "left out, no peak ('up to') stated as plain and no all/every/always the evidence lacks or says of fewer "
    "('most of the models'), no 'LLMs' where the evidence names the models; "
    "partially supported: the same but with a condition left out or a special case generalised; not found: "
    "otherwise (also a change the claim states, 'doubles', where the evidence states no change or comparison; a "
    "comparison whose sides the evidence sentence does not name, or against an evidence comparison of other "
    "things; another method or model put where the evidence names its own ('BitNet' where it says 'CAT-Q'), "
    "or a subject the evidence names only through the paper's 'we' or a pronoun for the paper's own method; a "
    "word taken from the other side of the evidence's 'while' or 'but'; a negation of something the evidence "
    "does not speak of; evidence under another table or figure than the claim names). A sentence is also read "
    "with the next one where that one goes on with it ('This occurs only ...'): only for support."
)


class Verdict(str, Enum):
    supported = "supported"
    partially_supported = "partially_supported"
    contradicted = "contradicted"
    not_found = "not_found"


class EvidenceSpan(BaseModel):
    model_config = ConfigDict(frozen=True)
    source_sha256: str
    page: int
    quote: str
    score: float
    passage_index: int | None = None
    char_start: int | None = None
    char_end: int | None = None  # None where the quote runs on into another passage (``end_passage``)
    table_index: int | None = None
    row: int | None = None
    end_passage: int | None = None  # a quote cut by a page or column break: the passage and character it ends at
    end_char: int | None = None


class Grounding(BaseModel):
    model_config = ConfigDict(frozen=True)
    verdict: Verdict
    score: float  # 0..1, the judged candidate's retrieval score (1.0 for a confirmed anchor)
    evidence: list[EvidenceSpan] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    method_version: str = METHOD_VERSION
    semantic: bool | None = None  # whether MiniLM similarity took part in ranking (None: no retrieval)


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-/×%'’+]*[A-Za-z0-9%×]|[A-Za-z0-9%]|[,;:()]")


def words(text: str) -> list[str]:
    """Words and clause punctuation of a text, lower case, for alignment."""
    return [m.group(0).lower() for m in _word_matches(text)]


_DIGIT_DASH = re.compile(r"(?<=\d)[\u2013\u2014](?=\d)")


def _word_matches(text: str):
    """The matches of :func:`words` (their spans are in ``text`` with "n't" split off). A range written
    with an en dash is one word, as with a hyphen ("0.10\u20130.28%" is "0.10-0.28%")."""
    return _WORD.finditer(_DIGIT_DASH.sub("-", text.replace("n't", " n't")))


def _key(w: str) -> str:
    return stem(w.strip(".'’").replace("×", "x"))


def _align_key(w: str) -> str:
    k = _key(w)
    return SYNONYMS.get(k, k)


# -- features --------------------------------------------------------------------------------------


def _antonym_tokens() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for a, bs in ANTONYMS.items():
        for ta in tokens(a):
            out.setdefault(ta, set()).update(t for b in bs for t in tokens(b))
    return {a: frozenset(bs - {a}) for a, bs in out.items()}


_ANTONYM_TOKENS = _antonym_tokens()


def _base(t: str) -> str:
    """A word without its -ing/-ed/-e ("serving", "served", "serve" -> "serv"; "mapped" -> "map"):
    the inflections of a word too short for the PREFIX rule meet here. Numbers stay."""
    if t[:1].isdigit():
        return t
    for suffix in ("ing", "ied", "ed"):
        if t.endswith(suffix) and len(t) - len(suffix) >= 4 and not (suffix == "ed" and t.endswith("eed")):
            b = t[: -len(suffix)] + ("y" if suffix == "ied" else "")
            return b[:-1] if b[-1] == b[-2] and b[-1] not in "lsz" else b
    return t[:-1] if len(t) >= 5 and t.endswith("e") and not t.endswith("ee") else t


def _prefixes(toks: set[str]) -> set[str]:
    return {t[:PREFIX] for t in toks if len(t) >= PREFIX and not t[0].isdigit()}


@functools.cache
def _loose_keys(t: str) -> tuple[str, ...]:
    """The keys under which token ``t`` meets another word in a paraphrase: its base (tagged "~")
    and its synonym group (tagged "=")."""
    if not t or t[0].isdigit():
        return ()
    return ("~" + _base(t), "=" + SYNONYMS[t]) if t in SYNONYMS else ("~" + _base(t),)


def _among(t: str, toks: set[str], prefixes: set[str]) -> bool:
    """Whether token ``t``, or a word sharing its first PREFIX letters, is among ``toks``."""
    return t in toks or (len(t) >= PREFIX and t[:PREFIX] in prefixes)


@functools.lru_cache(maxsize=8192)
def _token_set(text: str) -> frozenset[str]:
    """The tokens of an evidence text (each unit's is read for many claims)."""
    return frozenset(tokens(text))


@functools.lru_cache(maxsize=8192)
def _prefix_set(text: str) -> frozenset[str]:
    return frozenset(_prefixes(_token_set(text)))


@functools.lru_cache(maxsize=8192)
def _loose_set(text: str) -> frozenset[str]:
    """The tokens of an evidence text as a paraphrase meets them: each with its base and synonym keys."""
    return frozenset(k for t in tokens(_paraphrased(text)) for k in (t, *_loose_keys(t)))


def _paraphrased(text: str) -> str:
    """``text`` with the phrases of :data:`PARAPHRASES` put as the verb they say."""
    for rx, verb in PARAPHRASES:
        text = rx.sub(verb, text)
    return text


_NUMBER_HEDGES = frozenset({"about", "approximately", "roughly", "nearly", "around", "almost", "circa", "approx"})


_PLACE_WORDS = frozenset({"figure", "fig", "table", "tab", "section", "sec", "appendix", "caption", "algorithm",
                          "equation", "eq", "footnote"})
_ACCORDING_FRAME = re.compile(r"\s*according\s+to\s+[^,;:]{1,60},\s*", re.IGNORECASE)
# a claim whose subject is the source's authors: "The LLM.int8() authors use ...", "SmoothQuant's authors tried ..."
_AUTHORS = re.compile(r"\s*(?:the\s+)?(\S+?)(?:'s|’s)?\s+authors\s+(?!(?:that|who|which)\b)", re.IGNORECASE)
_ITS_METHOD = re.compile(r"(?:its|their|the)\s+(?:own\s+)?(?:method|approach|technique|framework)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _as_own(claim_text: str, own: str) -> str:
    """The claim as the source's own sentence would put it, for coverage: past a frame that names no one
    but the source's own method ("The SmoothQuant paper reports that", "According to SmoothQuant,", "The
    authors find that"), with "its method" right after it put as that method. A frame that names another
    work is kept (its name is a word the source sentence must have)."""
    if not own:
        return claim_text
    from verifier.retrieval import name_tokens

    frame = _REPORT_FRAME.match(claim_text) or _ACCORDING_FRAME.match(claim_text) or _DESCRIBE_FRAME.match(claim_text)
    authors = None if frame else _AUTHORS.match(claim_text)
    named = name_tokens(authors.group(1)) if authors else frozenset()
    if named and named <= set(tokens(own)):  # (not "Other authors use ...")
        return "We " + claim_text[authors.end():]  # "The LLM.int8() authors use two setups": "We use two setups"
    # (a place in the source is no other work: "The caption of AWQ's Figure 1 says that")
    if frame is None or name_tokens(frame.group(0)) - set(tokens(own)) - _PLACE_WORDS:
        return claim_text
    rest = claim_text[frame.end():]
    if frame.re is _DESCRIBE_FRAME:
        return f"{own} is {rest}"
    return _ITS_METHOD.sub(own, rest, count=1) if _ITS_METHOD.match(rest) else rest


def coverage(claim_text: str, unit: Unit, idf=None) -> tuple[float, float]:
    """IDF-weighted share of the claim's content words (numbers excluded) in the unit (context:
    half), word for word and as a paraphrase: (strict, loose).

    Word for word, a word counts as found when it, a word with the same first PREFIX letters
    ("suffices" / "sufficient") or its antonym is in the unit. As a paraphrase, also a word with
    the same base ("serve" / "serving") or a synonym ("retains" / "preserves"; "makes it possible
    to" / "enables"; :data:`SYNONYMS`, :data:`PARAPHRASES`). Support needs the loose share, a
    contradiction the strict one: a paraphrase's words do not make a sentence on another thing say
    the opposite. Weights are the source's IDF; a word the source never uses weighs the most when
    it looks like a name (it names something the source does not), and little when it is a common
    word (a paraphrase's own wording: "according", "versus").
    """
    from verifier.retrieval import name_tokens

    claim_text = _as_own(claim_text, unit.own)
    text, ctx = _token_set(unit.text), _token_set(unit.context)
    text_p, ctx_p = _prefix_set(unit.text), _prefix_set(unit.context)
    loose_text, loose_ctx = _loose_set(unit.text), _loose_set(unit.context)

    unseen = idf("\x00unseen") if idf is not None else 0.0

    def weight(t: str, names: frozenset[str]) -> float:
        if idf is None:
            return 1.0
        w = idf(t)
        return w if w < unseen - 1e-9 or t in names else COMMON_UNSEEN_WEIGHT

    def found(t: str, loose: bool, name: bool) -> float:
        # a name is found only as itself ("SmoothQuant" is not in "smoothly")
        if (t in text if name else _among(t, text, text_p)) or _ANTONYM_TOKENS.get(t, frozenset()) & text:
            return 1.0  # an antonym speaks of the same thing ("harder to quantize" for "easier to quantize")
        if loose and any(k in loose_text for k in _loose_keys(t)):
            return 1.0
        if (t in ctx if name else _among(t, ctx, ctx_p)) or (loose and any(k in loose_ctx for k in _loose_keys(t))):
            return 0.5
        return 0.0

    out = []
    for loose, said in ((False, claim_text), (True, _paraphrased(claim_text))):
        # (a hedge on a number is the number's qualifier, compared with the numbers, not a word to find;
        # kept in a claim of two or three words, where little else says what it is about)
        ct = [t for t in tokens(said) if not t[0].isdigit() and len(t) > 1]
        if sum(t not in _NUMBER_HEDGES for t in ct) >= 3:
            ct = [t for t in ct if t not in _NUMBER_HEDGES]
        names = name_tokens(said)
        total = sum(weight(t, names) for t in ct)
        out.append(sum(weight(t, names) * found(t, loose, t in names) for t in ct) / total if total else 0.0)
    return out[0], out[1]


def _bounded(claim_text: str, evidence_text: str, missing: list[str]) -> list[str]:
    """The claim numbers of ``missing`` that lie inside a bound or range of the evidence, each with it."""
    from verifier.quantities import within_bound

    if not missing:
        return []
    ev = [e for e in quantities_of(evidence_text) if e.low is not None or e.qualifier != "eq"]
    out = []
    for q in quantities_of(claim_text):
        if q.text in missing and (e := next((e for e in ev if within_bound(q, e)), None)) is not None \
                and not _in_slot_of_another(claim_text, evidence_text, q):
            out.append(f"{q.text} ({e.text!r} {_BOUND_WORDS_OF.get(e.qualifier, 'range')})")
    return out


def _slot(ws: list[str], i: int) -> tuple[str, ...]:
    """The keys of the two content words before position ``i`` ("starting at scales of 6.7B": scale, starting)."""
    return tuple(_key(w) for w in reversed(ws[:i]) if tokens(w) and not _WORD_NUMBER.match(w))[:2]


_WORD_NUMBER = re.compile(r"[\d.,]+[%×x]?$")


def _in_slot_of_another(claim_text: str, evidence_text: str, q) -> bool:
    """Whether the evidence puts a number of ``q``'s kind, not equal to it, after the same two content
    words as the claim puts ``q`` ("... starting at scales of 13B" where it says "... starting at
    scales of 6.7B", though it also says "beyond 1B" elsewhere): then ``q`` differs from that number
    and a bound elsewhere in the sentence does not excuse it."""
    from verifier.quantities import quantities_equal, same_kind, within_bound

    cw = words(claim_text)
    slots = {_slot(cw, i) for i, w in enumerate(cw) if w == q.text.lower()}
    slots.discard(())
    if not slots:
        return False
    positioned = _positioned(evidence_text)
    for e, start, end in _numbers_of(evidence_text):
        j = _word_at(positioned[1], start, end)
        if j is not None and _slot(positioned[0], j) in slots and same_kind(q, e) and not quantities_equal(q, e) \
                and not within_bound(q, e):  # the bound itself ("serving of a >500B model") is no other number
            return True
    return False


def _states_its_kind(claim_text: str, evidence_text: str, missing: list[str]) -> bool:
    """Whether the evidence states a number of the kind of some claim number in ``missing``."""
    from verifier.quantities import quantities_equal, same_kind

    claim = _numbers_of(claim_text)
    # an evidence number another claim number states is taken: "Int8 ... faster than 16-bit" against "Int8
    # ... two times faster than cuBLAS" has no bit width left for 16-bit to differ from
    ev = [(e, a, b) for e, a, b in _numbers_of(evidence_text)
          if not any(c.unit == e.unit and quantities_equal(c, e) for c, _, _ in claim if c.text not in missing)]
    if not ev:
        return False
    c_words, e_words = _positioned(claim_text), _positioned(evidence_text)
    claim_keys = {_key(w) for w in c_words[0]}
    return any(same_kind(q, e) and not _never_a_share(q, e) and not _bits_and_bare(q, e)
               and _near_words(c_words, qa, qb) & _near_words(e_words, ea, eb)
               and not _qualified(e_words, ea, eb, claim_keys)
               for q, qa, qb in claim if q.text in missing for e, ea, eb in ev)


def _qualified(positioned: tuple[list[str], list[tuple[int, int]]], start: int, end: int, claim_keys: set[str]) -> bool:
    """Whether the number at ``text[start:end]`` is followed at once by a condition the claim does not state
    ("more than about 0.9-1.0 pJ at 2.0-2.5 ns": the threshold at that clock, where the claim gives another
    threshold with no clock): a number of another setting, not one that differs."""
    ws, spans = positioned
    k = _word_after(spans, end)
    while k < len(ws) and not tokens(ws[k]) and ws[k] not in CONDITION_MARKERS and not ws[k][:1].isdigit() \
            and ws[k] not in CLAUSE_END:
        k += 1  # a unit word of the number ("pJ") stays part of it
    if k < len(ws) and ws[k] not in CONDITION_MARKERS and not ws[k][:1].isdigit() and len(ws[k]) <= 3:
        k += 1
    if k >= len(ws) or ws[k] not in CONDITION_MARKERS:
        return False
    phrase = [w for w in ws[k + 1 : k + 4] if w not in CLAUSE_END]
    return any((tokens(w) or w[:1].isdigit()) and _key(w) not in claim_keys for w in phrase)


def _positioned(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The words of :func:`words` with their spans (in the text as :func:`_word_matches` reads it)."""
    found = list(_word_matches(text))
    return [m.group(0).lower() for m in found], [m.span() for m in found]


def _numbers_of(text: str) -> list:
    """The quantities of a text at offsets of the same text the word spans of :func:`_positioned` are in
    ("n't" split off)."""
    from verifier.quantities import parse_quantities

    return parse_quantities(text.replace("n't", " n't"))


def _word_at(spans: list[tuple[int, int]], start: int, end: int) -> int | None:
    """The first word that overlaps ``text[start:end]``."""
    return next((i for i, (a, b) in enumerate(spans) if a <= start < b or start <= a < end), None)


def _word_after(spans: list[tuple[int, int]], end: int) -> int:
    """The first word that starts at or after ``end`` (the number of words where none does)."""
    return next((k for k, (a, _) in enumerate(spans) if a >= end), len(spans))


def _near_words(positioned: tuple[list[str], list[tuple[int, int]]], start: int, end: int) -> set[str]:
    """The keys of the four content words before a number at ``text[start:end]`` and of the one after it: what
    it is a number of ("we generate 200 tokens for each inference run": generate, token; "the exact zero
    density of the ... ternary weights in the 210 tensors is 51.5%": tensor, weight, ternary, density)."""
    ws, spans = positioned
    i = _word_at(spans, start, end)
    if i is None:
        return set()
    k = _word_after(spans, end)
    before = [_key(w) for w in reversed(ws[:i]) if tokens(w) and not _WORD_NUMBER.match(w)][:4]
    after = [_key(w) for w in ws[k:] if tokens(w) and not _WORD_NUMBER.match(w)][:1]
    return set(before) | set(after)


def _bits_and_bare(q, e) -> bool:
    """A bit width and a number with no unit: "FP16" is no differing count of "1 GPU instead of 2", and
    "4096" no differing width of "Int8" (a sentence's bare number is a count; a table cell's header
    names its unit, but a cell is read with its header)."""
    return (q.unit == "bits") != (e.unit == "bits") and None in (q.unit, e.unit)


def _never_a_share(q, e) -> bool:
    """A bare number above 100 is no percentage ("every 128 weights" states no share for "37.5% of the
    weights" to differ from)."""
    return (q.unit == "%" and e.unit is None and abs(e.value) > 100) or (e.unit == "%" and q.unit is None
                                                                          and abs(q.value) > 100)


_BOUND_WORDS_OF = {"at_least": "at least", "up_to": "up to", "within": "within", "less_than": "less than"}


def number_check(claim_text: str, evidence_text: str) -> tuple[int, list[str]]:
    """(claim numbers matched, the texts of claim numbers with no equal number in the evidence)."""
    from verifier.quantities import quantities_equal

    ev = quantities_of(evidence_text)
    claim = quantities_of(claim_text)
    # the ends of a range the evidence states, both in the claim ("from 7B to 70B" where it says "7B-70B")
    ends: set[int] = set()
    for e in ev:
        if e.low is None:
            continue
        low, high = (e.model_copy(update={"value": v, "low": None, "high": None}) for v in (e.low, e.high))
        lows = [a for a in claim if quantities_equal(a, low)]
        highs = [b for b in claim if quantities_equal(b, high)]
        ends.update(id(q) for a in lows for b in highs if a is not b for q in (a, b))
    # and the other way: a range the claim states whose two ends the evidence states ("0.1 to 3 GPU hours"
    # where it says "ranging from 0.1 to 3", read as two numbers)
    for q in claim:
        if q.low is None:
            continue
        low, high = (q.model_copy(update={"value": v, "low": None, "high": None}) for v in (q.low, q.high))
        lows = [a for a in ev if quantities_equal(a, low)]
        if lows and any(quantities_equal(b, high) for b in ev if all(b is not a for a in lows)):
            ends.add(id(q))
    # "1 instead of 4" where the evidence says "1 GPU instead of 2 ..., 4 GPUs instead of 8": each number is
    # there, not the pair
    theirs: dict[float, set[float]] = {}
    for a, b in _instead_pairs(evidence_text):
        theirs.setdefault(a, set()).add(b)
    unpaired = {b for a, b in _instead_pairs(claim_text) if a in theirs and b not in theirs[a]}
    matched, missing = 0, []
    for q in claim:
        equal = [e for e in ev if quantities_equal(q, e) or _fraction_of(q, e)]
        if equal and q.unit is not None and all(e.unit is None for e in equal) and any(
                e.unit is not None and e.low is None and q.low is None and e.value == q.value for e in ev):
            # "at least 6× of all sequence dimensions" where it says "at least 6% of all ..." (and "a
            # magnitude of at least 6"): the evidence writes the value with another unit, the bare 6 is another
            equal = []
        if (id(q) in ends or equal) and not (q.low is None and q.value in unpaired):
            matched += 1
        else:
            missing.append(q.text)
    return matched, missing


_INSTEAD = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:[A-Za-z]+\s+)?instead\s+of\s+(\d+(?:\.\d+)?)(?![\w.])")


def _instead_pairs(text: str) -> list[tuple[float, float]]:
    """The number pairs of "A (GPUs) instead of B" in a text."""
    return [(float(m[1]), float(m[2])) for m in _INSTEAD.finditer(text)]


_COUNT_WORDS = {"one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NOT_A_COUNT_BEFORE = frozenset({"the", "no", "any", "each", "every", "this", "that", "which", "table", "tables",
                                 "figure", "fig", "fig.", "section", "sec.", "appendix", "eq", "eq.", "equation",
                                 "algorithm", "line", "step", "stage", "layer", "level", "version", "top"})
_NOT_A_COUNT_AFTER = frozenset({"of", "another", "times", "fold", "or", "to", "and", "-", "–"})


# verbs that multiply what follows them ("halve the GPU memory usage and nearly double the throughput")
_MULTIPLIERS = {f: v for verb, v in (("double", 2), ("triple", 3), ("quadruple", 4), ("halve", 0.5))
                for f in (verb, verb + "s", verb + "d", verb[:-1] + "ing")}


_REDUCERS = frozenset({"cut", "cuts", "reduce", "reduces", "reduced", "shrink", "shrinks", "lower", "lowers",
                       "compress", "compresses", "bring", "brings"})
_SHARES = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2}


def _reduced_to(ws: list[str], i: int) -> tuple[float, int, int] | None:
    """The factor of "cuts the memory footprint to a quarter" (x 1/4), "by a third" (x 2/3), "by half" or
    "in half" (x 1/2) after the verb at ``i``, where its preposition stands and where it ends."""
    for j in range(i + 2, min(i + 10, len(ws) - 1)):
        k = j + 2 if ws[j + 1] in ("a", "one") and j + 2 < len(ws) else j + 1
        if ws[j] in ("to", "by", "in") and ws[k] in _SHARES and (ws[j], ws[k]) != ("to", "half"):
            share = _SHARES[ws[k]]
            return (1 - share if ws[j] == "by" else share), j, k + 1
        if not ws[j][0].isalnum():
            return None
    return None


def _counts(ws: list[str], *, numerals: bool) -> list[tuple[tuple[str, float], list[str], str]]:
    """The counts a text gives in words ("two nodes", "a single node", "one 8-GPU node"; with
    ``numerals``, "8 GPUs" too) and the factors its verbs multiply by ("triple the throughput",
    "halves the memory", "cuts the memory to a quarter"): ((kind, value), the tokens of the next two
    content words, the words)."""
    out = []
    for i, w in enumerate(ws):
        if w in _REDUCERS and (share := _reduced_to(ws, i)) is not None:
            nouns = [t for x in ws[i + 1 : share[1]] if x[0].isalnum() for t in tokens(x) if not t[0].isdigit()]
            if nouns:
                out.append((("times", share[0]), nouns[:2], " ".join(ws[i : share[2]])))
            continue
        if w in _MULTIPLIERS:
            value: tuple[str, float] | None = ("times", _MULTIPLIERS[w])
        elif w in _COUNT_WORDS or (numerals and w.isdigit() and len(w) <= 4):
            value = ("count", _COUNT_WORDS.get(w) or int(w))
        else:
            continue
        if (value[0] == "count" and i and ws[i - 1] in _NOT_A_COUNT_BEFORE and w != "single") \
                or (i + 1 < len(ws) and ws[i + 1] in _NOT_A_COUNT_AFTER):
            continue
        nouns: list[str] = []
        end = 0
        for j, x in enumerate(ws[i + 1 : i + 4], i + 1):
            if not x[0].isalnum() or x in _COUNT_WORDS or x in _MULTIPLIERS or x.replace(".", "").isdigit() \
                    or len(nouns) >= 2:
                break
            nouns += [t for t in tokens(x) if not t[0].isdigit()]  # "one 8-GPU node": gpu, node
            end = end or (j + 1 if nouns else 0)
        if nouns:
            out.append((value, nouns[:2], " ".join(ws[i:end])))
    return out


_SIZED_NAME = re.compile(r"\b([A-Za-z][A-Za-z0-9.]*?)-(\d+(?:\.\d+)?[BM])\b")


def _size_mismatches(claim_text: str, evidence_text: str) -> list[str]:
    """Model names of the claim whose size the evidence gives otherwise and never as the claim does:
    "LLaVA-7B" where it says "LLaVA-13B" (a model size is read only with its name, so it is no number
    the other checks see)."""
    theirs: dict[str, set[str]] = {}
    for m in _SIZED_NAME.finditer(evidence_text):
        theirs.setdefault(m[1].lower(), set()).add(m[2].upper())
    out = []
    for m in _SIZED_NAME.finditer(claim_text):
        sizes = theirs.get(m[1].lower())
        if sizes and m[2].upper() not in sizes:
            out.append(f"'{m[0]}' where the evidence says " + ", ".join(f"'{m[1]}-{x}'" for x in sorted(sizes)))
    return out


# "8×48GB A6000 GPUs", "8×A100": a count written as a product with what it counts (one word to the quantity
# parser, which reads the "48GB" and not the 8)
_PRODUCT = re.compile(r"(?<![\w.])(\d{1,4})\s?[×x]\s?(\d[\w.]*|[A-Z][\w.]*)")


def _product_mismatches(claim_text: str, evidence_text: str) -> list[str]:
    """Products the claim gives ("12×48GB") of what the evidence counts otherwise and never as the claim
    does ("8×48GB")."""
    theirs: dict[str, set[str]] = {}
    for m in _PRODUCT.finditer(evidence_text):
        theirs.setdefault(m[2].lower(), set()).add(m[1])
    return [f"'{m[0]}' where the evidence says " + ", ".join(f"'{n}×{m[2]}'" for n in sorted(theirs[m[2].lower()]))
            for m in _PRODUCT.finditer(claim_text) if m[2].lower() in theirs and m[1] not in theirs[m[2].lower()]]


def _count_mismatches(claim_text: str, evidence_text: str) -> list[str]:
    """Counts in words the claim gives of a thing the evidence counts otherwise ("within two nodes"
    where it says "within a single node"), factors ("triple the throughput" where it says
    "double the throughput") and products ("12×48GB" where it says "8×48GB"); none where the evidence
    also gives the claim's."""
    found = _counts(words(evidence_text), numerals=True)
    out = _product_mismatches(claim_text, evidence_text)
    for value, nouns, said in _counts(words(claim_text), numerals=False):
        theirs = [(v, text) for v, ns, text in found if v[0] == value[0] and (
                  any(_base(nouns[0]) == _base(n) for n in ns) or any(_base(ns[0]) == _base(n) for n in nouns))]
        if theirs and all(v != value for v, _ in theirs):
            out.append(f"'{said}' where the evidence says " + ", ".join(f"'{text}'" for _, text in theirs))
    return out


def _fraction_of(a, b) -> bool:
    """Whether one is a percentage and the other the same share as a bare fraction ("more than 37.5%
    of the weights" where the evidence says "z > 0.375"): the same number for a claim, though a table
    cell's 0.5 is not its 50%."""
    for p, f in ((a, b), (b, a)):
        if p.unit == "%" and f.unit is None and f.low is None and p.low is None and 0 < abs(f.value) < 1 \
                and abs(p.value - 100 * f.value) <= 1e-6 * abs(p.value):
            return True
    return False


def _opcodes(cw: list[str], ew: list[str]):
    # synonyms align ("does not retain" against "preserves": the negation is added before the same verb)
    return _aligned(tuple(cw), tuple(ew))


@functools.lru_cache(maxsize=8192)
def _aligned(cw: tuple[str, ...], ew: tuple[str, ...]):
    """The opcodes of :func:`_opcodes` (asked for the same pair by several rules)."""
    sm = difflib.SequenceMatcher(a=[_align_key(w) for w in ew], b=[_align_key(w) for w in cw], autojunk=False)
    return tuple(sm.get_opcodes())


_BOUND_WORDS = frozenset(
    {
        "more", "less", "larger", "smaller", "fewer", "greater", "higher", "lower", "bigger"
    }
)  # fmt: skip


def _negations(ws: list[str], i: int, j: int) -> list[str]:
    """Negations in ws[i:j], except those that make a bound ("no more than", "not larger than"),
    "not only" ("... not only provides new insights but also ...") and the "unless otherwise specified"
    of a default."""
    return [
        w
        for k, w in enumerate(ws[i:j], start=i)
        if w in NEGATIONS and not (k + 2 < len(ws) and ws[k + 1] in _BOUND_WORDS and ws[k + 2] == "than")
        and not (k + 1 < len(ws) and ws[k + 1] in ("only", "merely", "just"))
        and not (w == "unless" and k + 1 < len(ws) and ws[k + 1] in _DEFAULT_UNLESS)
    ]


_DEFAULT_UNLESS = frozenset({"otherwise", "specified", "stated", "noted", "mentioned", "indicated", "explicitly"})


def polarity_flips(claim_text: str, evidence_text: str) -> list[str]:
    """Direction words swapped for antonyms, negations added or removed, bounds turned around."""
    # ("with no performance degradation" says "without performance degradation")
    cw, ew = _with_no(words(claim_text)), _with_no(words(evidence_text))
    flips = []
    # "a niche optimization rather than a general reason": a claim that uses a word the evidence has
    # only in the phrase it sets aside ("... is a general optimization") takes that side
    if not ({"rather", "instead"} | NEGATIONS) & set(cw) and not _rejected(cw):
        inside = _rejected(ew)
        aside = {_key(ew[i]) for i in inside} - {_key(w) for i, w in enumerate(ew) if i not in inside}
        took = sorted(w for w in set(cw) if w not in STOPWORDS and _key(w) in aside)
        if took:
            flips.append(f"the evidence sets {', '.join(repr(w) for w in took)} aside ('rather than' / 'instead of')")
    for op, i1, i2, j1, j2 in _opcodes(cw, ew):
        e_seg, c_seg = ew[i1:i2], cw[j1:j2]
        if op == "replace" and e_seg in (["rather", "than"], ["instead", "of"]) and [w for w in c_seg if w != ","] \
                in (["not"], ["and", "not"], ["but", "not"]):
            continue  # "a per-position metric, not total energy" is "a per-position metric rather than total energy"
        neg_e = _negations(ew, i1, i2)
        neg_c = _negations(cw, j1, j2)
        # a word against its negative-prefix form ("not possible" / "impossible"): one negation each, or none
        pair = next(((e, c) for e in e_seg for c in c_seg if _prefixed(e, c) or _prefixed(c, e)), None) \
            if op == "replace" else None
        if pair:
            e, c = pair
            if bool(neg_e) ^ _prefixed(c, e) != bool(neg_c) ^ _prefixed(e, c):
                flips.append(f"{e} -> {c}")
            continue
        if op == "replace":
            for e in e_seg:
                hit = next((c for c in c_seg if c in ANTONYMS.get(e, ()) or _antonym_compound(e, c)), None)
                if hit:
                    flips.append(f"{e} -> {hit}")
                    break
            # a verb's particle turned around ("by scaling up" / "by scaling down"); no antonym pair, since
            # "up" alone is mostly "up to"
            if (e_seg, c_seg) in ((["up"], ["down"]), (["down"], ["up"])) and i1 and ew[i1 - 1] not in STOPWORDS:
                flips.append(f"{ew[i1 - 1]} {e_seg[0]} -> {c_seg[0]}")
        # (not a negation said by a negative prefix elsewhere in the other text: "does not change ... the extreme
        # value" / "leaves the extreme value ... unchanged")
        if op != "equal" and bool(neg_e) != bool(neg_c) and len(e_seg) <= 3 and len(c_seg) <= 3 \
                and not (any(_prefixed(e, c) for e in e_seg for c in cw) if neg_e
                         else any(_prefixed(c, e) for c in c_seg for e in ew)):
            flips.append("negation " + ("removed" if neg_e else "added"))
    flips += _flipped_before_aside(cw, ew)
    flips += _scaled_down(cw, ew)
    if not flips:
        flips += _negated_before_aligned(cw, ew)
    if flips and all(f.startswith("negation") for f in flips):
        # the negation aligned with another verb, but the evidence negates what the claim does ("AWQ does
        # not require backpropagation" against "requires a smaller calibration set since we do not rely on
        # regression/backpropagation"): no flip
        # (negations that the two say alike, "training-free" in both, are not the flip's: their scopes do not count)
        c_only, e_only = _unaligned_negations(cw, ew)
        c_neg, _ = _scopes(cw, c_only)
        e_neg, e_pos = _scopes(ew, e_only)
        if any(len(k) >= 5 and k not in STOPWORDS for k in (c_neg & e_neg) - e_pos):
            flips = []
        # nor where the claim negates something the evidence does not speak of ("AWQ does not need
        # backpropagation" against "AWQ needs a much smaller calibration set"): not the same statement
        if _unspoken_negated(cw, ew):
            flips = []
        # nor where the claim negates what the evidence sets aside ("tiled/local buffers, not full-model
        # addressing" against "tiled/local buffers rather than direct full-model addressing"): every word the
        # claim negates that the evidence has is in the phrase set aside ("is not reduced weight traffic
        # rather than reduced arithmetic" against "is reduced weight traffic rather than ...": a flip)
        aside = _rejected(ew)
        negated = {k for k in c_neg if len(k) >= 5 and k not in STOPWORDS}
        said = {_key(t) for i, w in enumerate(ew) if i not in aside for t in tokens(w)}
        if negated & {_key(ew[i]) for i in aside} and not negated & said:
            flips = []
    if not flips:
        flips += _negated_only(cw, ew)
    if not flips:  # antonyms that do not align: one side has only one word of the pair, the other only the other
        cs, es = set(cw), set(ew)
        e_bases = {_base(_key(w)) for w in ew}
        c_neg, e_neg = _scopes(cw)[0], _scopes(ew)[0]
        for a in cs - es - COMMON:
            if _base(_key(a)) in e_bases:
                continue  # the evidence has the word itself, inflected ("reduces" / "is reduced")
            for b in ANTONYMS.get(a, ()):
                # (a negative prefix against a negation: "impossible" / "not possible")
                if (_prefixed(b, a) and _key(b) in e_neg) or (_prefixed(a, b) and _key(a) in c_neg):
                    continue
                if b in es and b not in cs and b not in COMMON:
                    flips.append(f"{b} -> {a}")
        if not flips:  # the same across inflections ("preserves" against "will destroy the performance")
            c_keys = {t for w in cw if w not in COMMON for t in tokens(w)}
            e_words = {t: w for w in ew if w not in COMMON for t in tokens(w)}
            for a in sorted(c_keys - set(e_words)):
                if _base(a) in e_bases:
                    continue
                for b in sorted(_ANTONYM_TOKENS.get(a, ())):
                    if (_prefixed(b, a) and b in e_neg) or (_prefixed(a, b) and a in c_neg):
                        continue
                    if b in e_words and b not in c_keys:
                        flips.append(f"{e_words[b]} -> {a}")
    flips += _bound_flips(claim_text, evidence_text)
    flips += _misplaced_numbers(claim_text, evidence_text)
    flips += _swapped_ends(cw, ew)
    flips += _changed_amounts(cw, ew)
    return sorted(set(flips))


def _with_no(ws: list[str]) -> list[str]:
    """The words with "with no" put as "without"."""
    if "no" not in ws:
        return ws
    out: list[str] = []
    for w in ws:
        if w == "no" and out and out[-1] == "with":
            out[-1] = "without"
        else:
            out.append(w)
    return out


def _scaled_down(cw: list[str], ew: list[str]) -> list[str]:
    """A "down" the claim adds to a scaling the evidence states without one ("by scaling transformer models
    down" against "by scaling transformer models"): scaling is up unless said otherwise."""
    if "down" in ew or "down" not in cw:
        return []
    e_scaled = {w for w in ew if w.startswith("scal")}
    k = cw.index("down")
    return [f"{w} -> {w} down" for w in cw[max(0, k - 4):k] if w in e_scaled][:1]


def _flipped_before_aside(cw: list[str], ew: list[str]) -> list[str]:
    """A direction word the evidence has where the claim has its antonym, which aligned instead with the
    same word in an aside that follows: "the variance ... is small (outlier channels are consistently
    large)" against "the variance ... is large as well"."""
    ops = _opcodes(cw, ew)
    out = []
    for (op, i1, i2, _, _), (nxt, k1, _, _, _) in zip(ops, ops[1:]):
        if op == "delete" and nxt == "equal" and "(" in ew[i1 + 1 : i2] and ew[k1] in ANTONYMS.get(ew[i1], ()):
            out.append(f"{ew[i1]} -> {ew[k1]}")
    return out


def _prefixed(plain: str, word: str) -> bool:
    """Whether ``word`` is ``plain`` with a negative prefix ("impossible", "unstable", "inaccurate"),
    inflections aside ("unchanged" / "change")."""
    if len(plain) < 4:
        return False
    if word in (f"im{plain}", f"in{plain}", f"un{plain}", f"non-{plain}"):
        return True
    rest = next((word[len(p):] for p in ("non-", "im", "in", "un") if word.startswith(p)), None)
    return rest is not None and len(rest) >= 4 and _base(_key(rest)) == _base(_key(plain))


def _antonym_compound(a: str, b: str) -> bool:
    """Two compounds that differ in one part, an antonym pair: "lower-energy" / "higher-energy"."""
    pa, pb = a.split("-"), b.split("-")
    if len(pa) < 2 or len(pa) != len(pb):
        return False
    differ = [(x, y) for x, y in zip(pa, pb, strict=True) if x != y]
    return len(differ) == 1 and differ[0][1] in ANTONYMS.get(differ[0][0], ())


def comparison_flips(claim_text: str, evidence_text: str) -> list[str]:
    """:func:`polarity_flips`, with the two sides of a comparison taken into account: a claim that
    swaps them says the opposite, unless it also turns the direction word around (then it restates)."""
    flips = polarity_flips(claim_text, evidence_text) + _by_or_to(words(claim_text), words(evidence_text))
    swapped = "comparison" if _swapped_comparison(claim_text, evidence_text) else \
        "contrast" if _swapped_contrast(claim_text, evidence_text) else None
    if swapped is None:
        crossed = _crossed_pairs(claim_text, evidence_text)
        return flips + ([f"'{crossed}' put with the other side of a pair of clauses"] if crossed else [])
    turned = [f for f in flips if " -> " in f]
    if turned:
        return [f for f in flips if f not in turned]
    return flips + [f"the two sides of the {swapped} swapped"]


def _clause_pair(text: str) -> tuple[list[str], list[str]] | None:
    """A sentence's two parallel clauses: its words before and after the first ";" / "while" / "whereas" /
    "but", else the first ", and" (None where it has neither, or opens with one)."""
    ws = words(text)
    cut = next((i for i, w in enumerate(ws) if w in _CLAUSE_PAIR), None)
    if cut is None:
        cut = next((i for i in range(1, len(ws)) if ws[i] == "and" and ws[i - 1] == ","), None)
    return (ws[:cut], ws[cut + 1:]) if cut else None


def _crossed_pairs(claim_text: str, evidence_text: str) -> str | None:
    """A word the claim puts in the clause of one end of an antonym pair where the evidence has it in the
    clause of the other end: "a too-large alpha makes activations hard to quantize, and a too-small alpha
    makes weights hard to quantize" against "If the α is too large, weights will be hard to quantize; if too
    small, activations will be hard to quantize". The word, or None."""
    c, e = _clause_pair(claim_text), _clause_pair(evidence_text)
    if c is None or e is None:
        return None

    def parts(clause: list[str]) -> set[str]:  # surface words, compounds split ("too-large")
        return {p for w in clause for p in w.split("-") if p}

    cp, ep = [parts(x) for x in c], [parts(x) for x in e]
    # an antonym pair across each sentence's clauses: its first word's clause, in the claim and the evidence
    axis = next(((a, b) for a in cp[0] for b in ANTONYMS.get(a, ()) if b in cp[1] and a not in cp[1]
                 and b not in cp[0] and {a, b} <= ep[0] | ep[1] and (a in ep[0]) != (a in ep[1])
                 and (b in ep[0]) != (b in ep[1]) and (a in ep[0]) != (b in ep[0])), None)
    if axis is None:
        return None
    e_side = 0 if axis[0] in ep[0] else 1  # the evidence's clause of the pair's first word (the claim's is 0)
    ct = [{t for w in x for t in tokens(w)} for x in c]
    et = [{t for w in x for t in tokens(w)} for x in e]
    for t in sorted(ct[0] ^ ct[1]):
        if len(t) < 4 or t[0].isdigit() or t in axis or (t in et[0]) == (t in et[1]):
            continue
        if (t in ct[0]) != (t in et[e_side]):  # with the pair's first word in one, not in the other
            return t
    return None


def _traded_clauses(claim_text: str, evidence_text: str) -> list[tuple[str, str]]:
    """Where both sentences are two parallel clauses (:func:`_clause_pair`) and each clause of the claim
    holds a word only the evidence's first clause has and one only its second has: the subjects traded
    places ("The five-trit feeder requires the prefill cycle while the bitmap feeders can operate without
    it" against "The bitmap feeders require the prefill cycle; the five-trit feeder can operate without
    it"). One such pair of words per claim clause, or [] where the claim keeps the evidence's clauses
    apart (in either order)."""
    c, e = _clause_pair(claim_text), _clause_pair(evidence_text)
    if c is None or e is None:
        return []
    ct = [{t for w in x for t in tokens(w)} for x in c]
    et = [{t for w in x for t in tokens(w)} for x in e]
    only = (et[0] - et[1], et[1] - et[0])
    pairs = [(min(clause & only[0]), min(clause & only[1])) for clause in ct if clause & only[0] and clause & only[1]]
    return pairs if len(pairs) == 2 else []


def _contrast_cut(text: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...], tuple[range, range] | None]:
    """:func:`_names_in` of a text and the word positions of the two halves of its contrast: before and
    after its first "while" / "whereas" / "but", or, where the sentence opens with one ("While X, Y"),
    up to the first comma and after it (None without a contrast)."""
    ws, names = _names_in(text)
    cut = next((i for i, w in enumerate(ws) if w in _CONTRAST), None)
    if cut is None:
        return ws, names, None
    if cut == 0:
        comma = next((i for i, w in enumerate(ws) if w == ","), None)
        return ws, names, (range(1, comma), range(comma + 1, len(ws))) if comma is not None else None
    return ws, names, (range(cut), range(cut + 1, len(ws)))


def _contrast_halves(text: str) -> tuple[set[str], set[str]] | None:
    """The names (:func:`_names_in`) of the two halves of a text's contrast (:func:`_contrast_cut`), each
    without those both halves name; None without a contrast."""
    _, names, halves = _contrast_cut(text)
    if halves is None:
        return None
    first, second = (set().union(*(names[i] for i in half)) for half in halves)
    return first - second, second - first


def _swapped_contrast(claim_text: str, evidence_text: str) -> bool:
    """Whether the claim names on each side of its contrast what the evidence names on the other ("the AWQ
    model wrongly points out a bird ..., while RTN gives more information" against "RTN falsely points out a
    bird ..., while AWQ provides more information"), or moves a name to the other side and says of it what
    the evidence says on that side (:func:`_moved_across_contrast`)."""
    c, e = _contrast_halves(claim_text), _contrast_halves(evidence_text)
    if c is None or e is None:
        return False
    if c[0] & e[1] and c[1] & e[0] and not (c[0] & e[0]) and not (c[1] & e[1]):
        return True
    moved = 1 if c[1] & e[0] and not c[0] and not e[1] else 0 if c[0] & e[1] and not c[1] and not e[0] else None
    return moved is not None and _moved_across_contrast(claim_text, evidence_text, moved)


def _moved_across_contrast(claim_text: str, evidence_text: str, side: int) -> bool:
    """Whether the claim's half ``side`` of its contrast, which holds a name the evidence holds in its other
    half (the other halves naming nothing), says more of what the evidence's half without the name says
    than of what its half with the name says: "8-bit attention layers train easily, while 8-bit FFN layers
    need extra techniques" against "training with 8-bit FFN layers is straightforward while other layers
    require additional techniques". A claim that only puts the halves in another order says of the name
    what the evidence says of it."""
    def said(text: str) -> tuple[frozenset[str], frozenset[str]]:  # each half's words that are no name
        ws, names, halves = _contrast_cut(text)
        return tuple(frozenset(tokens(" ".join(ws[i] for i in half if not names[i]))) for half in halves)

    claim_half = said(claim_text)[side]
    with_name, without_name = said(evidence_text)[::-1] if side == 0 else said(evidence_text)

    def met(half: frozenset[str]) -> int:
        loose = frozenset(k for t in half for k in (t, *_loose_keys(t)))
        return sum(1 for t in claim_half if t in loose or any(k in loose for k in _loose_keys(t)))

    return met(without_name) > met(with_name)


def _number_before(ws: list[str], j: int):
    """The quantity that ends right before position ``j`` (at most two words before), or None."""
    qs = quantities_of(" ".join(ws[max(0, j - 2):j]))
    return qs[-1] if qs else None


def _misplaced_numbers(claim_text: str, evidence_text: str) -> list[str]:
    """A number the claim puts before a measure or condition the evidence states of another number
    ("up to 2x speedup and 1.56x memory reduction" against "up to 1.56x speedup and 2x memory
    reduction"; "save
    3.7-6.8% after scale and output-head reads are included" against "save 3.7-6.8% for LPDDR4-
    streamed weights, falling to about 1.9-2.1% after scale and output-head reads are included"):
    the claim's number stands in the evidence too, bound to something else."""
    from verifier.quantities import quantities_equal, within_bound

    def dashes(t: str) -> str:
        return re.sub(r"\s*[\u2013\u2014]\s*", "-", t)

    cw, ew = words(dashes(claim_text)), words(dashes(evidence_text))
    stated = quantities_of(dashes(evidence_text))
    out = []
    for op, i1, i2, j1, j2 in _opcodes(cw, ew):
        if op != "equal" or j1 == 0 or i1 == 0:
            continue
        if cw[j1] in CONDITION_MARKERS:
            if sum(1 for w in cw[j1 + 1:j2] if tokens(w) and w not in STOPWORDS) < 2:
                continue  # a condition must be more than its marker and a word
        elif not any(len(w) >= 4 and w not in STOPWORDS and not w[:1].isdigit() for w in cw[j1:j2]):
            continue  # what the number measures: "2x speedup" where the unit says "1.56x speedup and 2x memory"
        qc, qe = _number_before(cw, j1), _number_before(ew, i1)
        if qc is None or qe is None or qc.unit != qe.unit:
            continue
        if i1 >= 3 and ew[i1 - 2] in ("and", "or", ",", "/") and quantities_of(ew[i1 - 3]):
            continue  # a list of numbers ("up to 3.9x and 3.5x faster ..., respectively"): each is the run's
        if quantities_equal(qc, qe) or within_bound(qc, qe):
            continue
        if any(quantities_equal(qc, q) for q in stated):
            out.append(f"{qc.text} where the evidence says {qe.text} '{' '.join(cw[j1:j2])}' (its {qc.text} is "
                       "of something else)")
    return out


_SCOPE_END = frozenset({"since", "because", "as", "while", "whereas", "but", "so", "which", "that"}) | CLAUSE_END


def _negates(ws: list[str], i: int) -> bool:
    return ws[i] == "without" or bool(_negations(ws, i, i + 1))


def _opens_scope(ws: list[str], i: int) -> bool:
    return _negates(ws, i) or (ws[i].endswith("-free") and len(ws[i]) > 5)


def _scopes(ws: list[str], only: set[int] | None = None) -> tuple[set[str], set[str]]:
    """The keys of a text's words inside a negation's scope (after "not", "no", "without", "fails
    ...", to the clause's end, at most six words; "not only" and bounds such as "no more than" are
    no negation, and a negation inside the scope ends it; "X-free" puts X in one) and of its other
    words. With ``only``, just the negations at those positions open a scope."""
    neg, pos = set(), set()
    inside = 0
    for i, w in enumerate(ws):
        if w in _SCOPE_END and not (inside and w in ("or", "nor")):  # "without retraining or structured sparsity"
            inside = 0
            continue
        keys = {_key(t) for t in tokens(w)}
        if w.endswith("-free") and len(w) > 5 and (only is None or i in only):  # "training-free": "without training"
            neg |= {_key(t) for t in tokens(w[:-5])}
            continue
        negation = _negates(ws, i) and (only is None or i in only)
        if inside:
            neg |= keys
            # "does not fail beyond 6.7B": the two cancel; stopwords and citation keys take no place of the
            # six ("does not rely on any regression [Fra22] or backpropagation")
            inside = 0 if negation else inside - (w not in STOPWORDS and not _CITATION_KEY.match(w))
            continue
        pos |= keys
        if negation:
            inside = 6
    return neg, pos


def _unspoken_negated(cw: list[str], ew: list[str]) -> list[str]:
    """The words (five letters or more) the claim has inside a negation's scope and the evidence
    has nowhere, nor a synonym of them ("backpropagation" of "AWQ does not need backpropagation"
    against "AWQ needs a much smaller calibration set")."""
    c_neg, _ = _scopes(cw)
    have = {_key(t) for w in ew for t in tokens(w)}
    have_p, have_syn = _prefixes(have), {SYNONYMS.get(k, k) for k in have}
    have_bases = {_base(k) for k in have}  # ("is incurred" against "incur")
    return sorted(k for k in c_neg if len(k) >= 5 and k not in STOPWORDS and not k[0].isdigit()
                  and not _among(k, have, have_p) and SYNONYMS.get(k, k) not in have_syn
                  and _base(k) not in have_bases)


_KEY = lexicon.CITATION_KEY  # an author-year key as a lowered word: "fra22", "det22c"
_CITATION_KEY = re.compile(_KEY + "$")  # a citation, no word


def _negated_only(cw: list[str], ew: list[str]) -> list[str]:
    """A claim word (five letters or more, no common or direction word) that the evidence has only
    inside a negation's scope, while the claim states it plainly ("AWQ requires backpropagation"
    against "... since we do not rely on regression/backpropagation")."""
    c_neg, c_pos = _scopes(cw)
    e_neg, e_pos = _scopes(ew)
    shared = any(len(k) >= 5 and k not in STOPWORDS for k in c_neg & e_neg)
    if shared:  # ... by a negation the two do not say alike ("training-free" in both is no such)
        c_only, e_only = _unaligned_negations(cw, ew)
        shared = any(len(k) >= 5 and k not in STOPWORDS for k in _scopes(cw, c_only)[0] & _scopes(ew, e_only)[0])
    # (or says it with a negative prefix: "that resource constraints made impossible before" against "that
    # was not possible before due to resource constraints")
    e_neg_bases = {_base(k) for k in e_neg - e_pos}
    shared = shared or any(w[:2] in ("im", "in", "un") and len(w) >= 7 and _base(_key(w[2:])) in e_neg_bases
                           for w in cw)
    if shared:
        # the claim negates what the evidence does ("As Huggingface lacks model parallelism" against "Due to
        # the lack of support for model parallelism in Huggingface"): its other words in that reach are no flip
        return []
    out = []
    for w in cw:
        if len(w) < 5 or w in STOPWORDS or w in COMMON or w in ANTONYMS or not tokens(w) or _CITATION_KEY.match(w):
            continue
        keys = {_key(t) for t in tokens(w)}
        if keys <= c_pos - c_neg and keys & e_neg and not keys & e_pos:
            out.append(f"the evidence negates '{w}'")
    return out


def _unaligned_negations(cw: list[str], ew: list[str]) -> tuple[set[int], set[int]]:
    """The positions of the negations (and "without", "X-free") of the claim and of the evidence, except
    those the two say alike: at aligned places, over the same words ("training-free" in both)."""
    c_at = {j for j in range(len(cw)) if _opens_scope(cw, j)}
    e_at = {i for i in range(len(ew)) if _opens_scope(ew, i)}
    for op, i1, i2, j1, _ in _opcodes(cw, ew):
        if op == "equal":
            for i, j in zip(range(i1, i2), range(j1, j1 + i2 - i1)):
                if i in e_at and j in c_at and _scopes(ew, {i})[0] == _scopes(cw, {j})[0]:
                    e_at.discard(i)
                    c_at.discard(j)
    return c_at, e_at


def _rejected(ws: list[str]) -> set[int]:
    """The positions of the words a text sets aside: "rather than (a) general reason", "instead of X" (and
    "in place of", "in lieu of", "as opposed to")."""
    out = set()
    for i, w in enumerate(ws):
        start = i + 1 if (w == "than" and i and ws[i - 1] == "rather") or (w == "of" and i and ws[i - 1] == "instead") \
            or (w == "of" and i > 1 and ws[i - 2] == "in" and ws[i - 1] in ("place", "lieu")) \
            or (w == "to" and i > 1 and ws[i - 2] == "as" and ws[i - 1] == "opposed") else None
        if start is None:
            continue
        j = start
        while j < len(ws) and ws[j] in _DETERMINERS:
            j += 1
        # the phrase set aside: up to four words, to the clause's end
        while j < len(ws) and j < start + 5 and ws[j] not in CLAUSE_END:
            if ws[j] not in STOPWORDS and ws[j] not in _DETERMINERS:
                out.add(j)
            j += 1
    return out


_CONTRAST = frozenset({"while", "whereas", "but"})
_CLAUSE_PAIR = _CONTRAST | {";"}  # what parts two parallel clauses (:func:`_clause_pair`)


def _crossed_contrast(claim_text: str, evidence_text: str) -> list[str]:
    """Claim words that the evidence has only on the other side of a contrast ("A ..., while B ...")
    from the side the claim's aligned words come from."""
    cw, ew = words(claim_text), words(evidence_text)
    cut = next((i for i, w in enumerate(ew) if w in _CONTRAST), None)
    if cut is None:
        return []
    aligned_e, aligned_c = set(), set()
    for op, i1, i2, j1, j2 in _opcodes(cw, ew):
        if op == "equal":
            aligned_e.update(i for i in range(i1, i2) if tokens(ew[i]))
            aligned_c.update(j for j in range(j1, j2))
    before, after = sum(i < cut for i in aligned_e), sum(i > cut for i in aligned_e)
    if before == after:
        return []
    # (a claim that restates both halves says each where the evidence does: "a larger s generally raises the
    # percentage of changed Delta, though the proportion stays quite small" against "As s goes larger, the
    # percentage of changed Δ generally gets larger, but the proportion is still quite small")
    content = {i for i in aligned_e if ew[i] not in STOPWORDS}
    if sum(i < cut for i in content) >= 3 and sum(i > cut for i in content) >= 3:
        return []
    main = range(0, cut) if before > after else range(cut + 1, len(ew))
    other = range(cut + 1, len(ew)) if before > after else range(0, cut)
    main_keys = {_key(ew[i]) for i in main}
    other_keys = {_key(ew[i]) for i in other}
    # a word the claim says again where the evidence says "this data type" is one it has placed already ("believe
    # FP8 would outperform Int8, but neither GPUs nor TPUs currently support FP8")
    placed = {_key(cw[j]) for j in aligned_c}
    return [w for j, w in enumerate(cw) if j not in aligned_c and tokens(w) and _key(w) in other_keys
            and _key(w) not in main_keys and _key(w) not in placed]


def _missing_sides(claim_text: str, evidence_text: str, own: str = "") -> list[str]:
    """For a claim "A is <more> ... than B": A's and B's head words that the evidence sentence
    itself (not its context) lacks. The source's own method (``own``) is named by its "we", "our"."""
    cw = words(claim_text)
    t = next((i for i, w in enumerate(cw) if w == "than" and not _bound_than(cw, i)), None)
    if t is None:
        return []  # no "than", or only a bound ("for models larger than 6.7B")
    j = t + 1
    while j < len(cw) and cw[j] in _DETERMINERS:
        j += 1
    # A: the words before the verb ("the bitmap/sign engine is"), else the first content word; past a
    # leading phrase ("On the Jetson Orin mobile GPU, AWQ runs ... faster than ...": Jetson is no side)
    # (and past "According to the caption of SmoothQuant's Figure 1,": a source, no side)
    according = _ACCORDING_FRAME.match(claim_text)
    opening = _opening(claim_text) if according is None else according.end()
    start = len(words(claim_text[:opening])) if opening else 0
    start = start if start < t else 0
    verb = next((i for i, w in enumerate(cw[start:t], start) if w in _AUX), None)
    subject = ([w for w in cw[start:verb] if tokens(w) and w not in _DETERMINERS] if verb
               else [w for w in cw[start:t] if tokens(w) and w not in _DETERMINERS][:1])
    other = [cw[j]] if j < len(cw) and tokens(cw[j]) else []
    have = {t for w in words(evidence_text) for t in tokens(w)}
    if own and set(words(evidence_text)) & _FIRST_PERSON:
        have |= set(tokens(own))
    have_p = _prefixes(have)
    out = []
    for w in subject + other:
        if w is None:
            continue
        keys = tokens(w)
        # every part of a compound: "row-wise" is not named by a sentence on "vector-wise" quantization
        if keys and not all(_among(k, have, have_p) for k in keys):
            if not have & set(ANTONYMS.get(w, ())):  # "than larger models" where it says "smaller": turned, not missing
                out.append(w)
    return out


_GAINS = frozenset({"advantage", "advantages", "improvement", "improvements", "gain", "gains", "speedup",
                    "speed-up", "speedups", "speed-ups", "edge"})
_OUTDO = frozenset({"outperforms", "outperform", "outperformed", "outperforming", "surpasses", "surpass",
                    "surpassed", "beats", "beat", "vs", "vs.", "versus"})
_SIDE_END = frozenset({",", ";", ":", "but", "while", "whereas", "which", "so", "that", "for", "on", "at", "in",
                       "across", "with", "using", "by", "under", "when", "if", "as", "during", "within",
                       "without", "to", "from"})


def _bound_than(ws: list[str], i: int) -> bool:
    """Whether the "than" at ``i`` makes a bound ("larger than 6.7B", "no more than 3.3 points"), not a
    comparison of two things ("worse than 8-bit 6.7B perplexity")."""
    return 0 < i < len(ws) - 1 and ws[i - 1] in _BOUND_WORDS and ws[i + 1][:1].isdigit()


def _comparison(ws: list[str]) -> tuple[int, int] | None:
    """Where a text's first comparison is: (first word of its marker, first word after it), for
    "than", "compared to/with", "relative to", "outperforms" / "surpasses" / "vs", and "over" after
    a word of gain ("an advantage over")."""
    for i, w in enumerate(ws):
        if w == "than" and _bound_than(ws, i):
            continue  # "larger than 6.7B": a bound
        if w in ("than", *_OUTDO):
            return i, i + 1
        if w in ("compared", "relative") and i + 1 < len(ws) and ws[i + 1] in ("to", "with"):
            return i, i + 2
        if w == "over" and any(x in _GAINS for x in ws[max(0, i - 3) : i]):
            return i, i + 1
    return None


def _sides(ws: list[str]) -> tuple[list[str], set[str], set[str]] | None:
    """A comparison's other side as written (its content words: up to six, to the clause's end or a
    condition's preposition, a list of several taken whole), and the keys of the words before the
    marker and of the other side; None without a comparison."""
    at = _comparison(ws)
    if at is None:
        return None
    m, j = at
    post = []
    while j < len(ws) and len(post) < 6 and ws[j] not in _SIDE_END:
        if tokens(ws[j]) and ws[j] not in _DETERMINERS and ws[j] not in STOPWORDS:
            post.append(ws[j])
        j += 1
    if not post:
        return None
    # "Compared with the OPT-175B model, the BLOOM-176B model is easier": the first side follows
    first = ws[:m] if any(tokens(w) and w not in STOPWORDS for w in ws[:m]) else ws[j:]
    pre = {_key(w) for w in first if tokens(w) and w not in STOPWORDS}
    return post, pre, {_key(w) for w in post}


_COMPARATIVES = frozenset({"more", "less", "fewer", "better", "worse", "compared", "relative", "versus", "vs",
                           "vs.", "outperforms", "outperform", "outperformed", "surpasses", "beats", "advantage",
                           "advantages", "than", "same", "similar", "comparable", "matches", "match", "x", "×"})


_ABOVE = frozenset({"above", "below", "exceeds", "exceeding", "beyond"})
_EVERY = frozenset({"every", "all", "any", "each"})


def _above_all(ws: list[str]) -> bool:
    """Whether a text ranks something against all others ("47.10% zeros ..., above every
    quantization-aware checkpoint measured here"): a comparison without "than"."""
    return any(w in _ABOVE and nxt in _EVERY for w, nxt in zip(ws, ws[1:]))


def _compares(claim_text: str) -> bool:
    """Whether a "than" of the claim compares two things (not a bound: "no more than 3.3 points"; nor the
    "rather than" that sets a thing aside)."""
    ws = words(claim_text)
    return any(w == "than" and i + 1 < len(ws) and not quantities_of(ws[i + 1]) and not (i and ws[i - 1] == "rather")
               for i, w in enumerate(ws))


def _than_words(claim_text: str) -> list[str]:
    """The claim's comparison: the word before its "than" and the phrase after it."""
    ws = words(claim_text)
    t = ws.index("than")
    return ws[max(0, t - 2):t + 4]


# words a sentence names the paper's own method with ("we", "our method"): the pronouns, and more
# that stand in for a subject in a replaced run of words
_PRONOUNS = frozenset({"we", "our", "ours", "i", "my", "it", "its", "this", "they", "their"})
_FIRST_PERSON = frozenset({"we", "our", "ours", "i", "my"})  # (a paper of one author says "I")
# after a method's name: the paper or its authors ("LLM.int8()'s related work", "the AWQ paper", "AWQ's authors")
_ACCORDING = re.compile(r"\s*according\s+to\b", re.IGNORECASE)
_PAPER_FRAME = re.compile(r"(?:\(\))?(?:['’]s\b|\s+(?:paper|authors|study|appendix)\b)")
_STAND_INS = _PRONOUNS | {"these", "those", "that", "method", "approach", "work", "paper", "technique", "framework",
                          "system", "model", "models", "analysis", "study", "evaluation", "experiments"}


# hedges, clause openers and discourse words before a subject ("about 150k outliers" against "while up to
# 150k outliers"; "For example, the GPT-3 model ...")
_NOT_SUBJECT = frozenset({"about", "around", "roughly", "approximately", "nearly", "almost", "up", "to", "over",
                          "more", "less", "than", "at", "least", "most", "only", "just", "while", "whereas",
                          "although", "though", "when", "if", "since", "because", "however", "overall", "thus",
                          "therefore", "also", "still", "even", "example", "instance", "e.g.", "i.e.", "particular",
                          "addition", "contrast", "fact", "summary", "general", "practice", "once", "after",
                          "before", "until", "upon", "during", "furthermore", "moreover", "additionally", "besides",
                          "finally", "meanwhile", "hence", "consequently", "likewise", "similarly", "nonetheless",
                          "nevertheless"})
_REPORTING = frozenset({"find", "found", "show", "shows", "showed", "observe", "observed", "see", "note", "noted",
                        "demonstrate", "demonstrates", "know", "believe", "argue", "conclude", "verify"})


_LEADING_PHRASE = re.compile(r"\s*(?:even\s+)?(?:with|for|on|in|at|under|using|across|after|before|once|when|"
                             r"compared\s+(?:to|with))\b[^,]{0,60},", re.IGNORECASE)
# a report of what follows: "AWQ's authors stress that ...", "The paper notes that ..."
_REPORT_FRAME = re.compile(r"[^,;:]{0,60}?\b(?:stress|note|find|found|show|showed|observe|report|argue|claim|state|"
                           r"say|conclude|believe|suggest|demonstrate|explain|mention|emphasize|emphasise|highlight|"
                           r"acknowledge|write|points?\s+out|pointed\s+out)(?:s|d|ed|es)?\s+that\b[\s,]*",
                           re.IGNORECASE)
# a report that describes the source's own method: "The SmoothQuant authors describe their method as easy to
# implement" says what "SmoothQuant is easy to implement" does
_DESCRIBE_FRAME = re.compile(r"[^,;:]{0,60}?\b(?:describe|call|regard|consider|characteri[sz]e|present)(?:s|d|ed)?\s+"
                             r"(?:its|their|the)\s+(?:own\s+)?(?:method|approach|technique|framework)\s+as\s+",
                             re.IGNORECASE)


def _opening(claim_text: str) -> int:
    """Where the claim's own statement starts: past a report frame ("AWQ's authors stress that") and a
    leading phrase ("With FasterTransformer,", "at a similar cost,")."""
    frame = _REPORT_FRAME.match(claim_text)
    at = frame.end() if frame else 0
    lead = _LEADING_PHRASE.match(claim_text, at)
    return lead.end() if lead else at


def _unnamed_subject(claim_text: str, evidence_text: str, own: str = "") -> str | None:
    """The claim's subject when it is a name ("SmoothQuant", "LLM.int8()", "OPT-175B": an inner capital
    or digit, among its first three words) that the evidence sentence neither names nor stands in for
    ("we", "our method", "it", "this ..."): the sentence speaks of something else.

    ``own`` is the source's own method where known ("AWQ" in the AWQ paper). Its "we" and "our" then
    stand for that method only, and so does a pronoun in a sentence that names it ("AWQ protects
    salient weights ... It consistently outperforms RTN" is no evidence for a claim on GPTQ)."""
    from verifier.retrieval import name_tokens

    # past a leading phrase ("With FasterTransformer, SmoothQuant-O3 reduces ..."): its name is no subject
    rest = claim_text[_opening(claim_text):]
    first = [m.group(0) for m in re.finditer(r"[A-Za-z0-9][\w\-.]*", rest)][:3]
    names = [w for w in first if re.search(r".[A-Z]|\d", w) and re.search(r"[A-Za-z]", w) and tokens(w)]
    if not names:
        return None
    head = names[0]
    mine = set(tokens(own))
    if mine & set(tokens(head)) and (_PAPER_FRAME.match(rest, rest.index(head) + len(head))
                                     or _ACCORDING.match(rest)):
        # the paper speaking of itself ("LLM.int8()'s related work lists ...", "The AWQ paper ...", "According to
        # SmoothQuant, ...")
        return None
    have = set(tokens(evidence_text)) | name_tokens(evidence_text)
    have_p = _prefixes(have)
    if any(_among(t, have, have_p) for t in tokens(head)):
        # named, but only as what the paper's own method is compared with ("RTN performs per-channel scaling"
        # against "AWQ protects salient weights ... It consistently outperforms ... (RTN)")
        # (a claim that names both is a comparison, turned around or not: the comparison rules read it)
        if mine and not mine & set(tokens(claim_text)) and _only_compared(head, evidence_text, mine):
            return head
        return None
    stand_ins = set(words(evidence_text)) & _PRONOUNS
    if not stand_ins:
        return head
    if not mine or mine & set(tokens(head)) or first[0].lower() in _PRONOUNS:
        # the paper's own method, no knowing which that is, or a claim that speaks as the paper ("We test
        # Int4 training ..."): any stand-in may be the subject
        return None
    if mine <= have or not stand_ins - _FIRST_PERSON:
        return head  # the sentence's pronouns are the paper's method, named in it or speaking as "we"
    return None


_COMPARED_WITH = frozenset({"outperforms", "outperform", "outperformed", "outperforming", "than", "compared",
                            "over", "versus", "vs", "vs.", "against", "surpasses", "beats"})


def _only_compared(head: str, evidence_text: str, mine: set[str]) -> bool:
    """Whether the evidence names ``head`` only within a few words after a comparison word, with the
    paper's own method (``mine``, its name's tokens) named before: what that method is compared with."""
    ew = words(evidence_text)
    keys = set(tokens(head))
    at = [k for k, w in enumerate(ew) if set(tokens(w)) & keys]
    own_at = next((k for k, w in enumerate(ew) if set(tokens(w)) & mine), None)
    return bool(at) and own_at is not None and all(
        own_at < k and any(w in _COMPARED_WITH for w in ew[max(own_at, k - 8):k]) for k in at)


_SUBJECT_END = frozenset({";", "while", "whereas", "but"})


def _other_subject(claim_text: str, evidence_text: str, own: str = "") -> str | None:
    """Where the claim puts another subject in the evidence's place before its predicate ("The five-trit
    engines reach 9-14% shorter minimum clock periods" against "The bitmap/sign engines reach ..."):
    what the evidence speaks of and what the claim does. A subject the evidence names with a pronoun
    or "our method" is no other subject; nor is the claim's report frame ("AWQ's authors stress that"),
    nor the source's own method (``own``) or its work ("SmoothQuant's evaluation focuses on ...")
    against the evidence's "we" past a report ("Note that we focus on ...")."""
    mine = set(tokens(own))
    frame = _REPORT_FRAME.match(claim_text) or _ACCORDING_FRAME.match(claim_text)
    cw, ew = words(claim_text[frame.end():] if frame else claim_text), words(evidence_text)
    have = set(tokens(evidence_text))
    have_p = _prefixes(have)
    said = set(tokens(claim_text))
    said_p = _prefixes(said)
    have_bases = {_base(t) for t in have}

    def named(w: str, toks: set[str], pref: set[str]) -> bool:
        return any(_among(t, toks, pref) for t in tokens(w))

    def gerund(w: str) -> bool:  # a subject said as a gerund: "speeding up inference" / "to speed up the inference"
        return w.endswith("ing") and _base(w) in have_bases

    for op, i1, i2, j1, j2 in _opcodes(cw, ew):
        if op == "equal" and sum(1 for w in cw[j1:j2] if tokens(w)) >= 2:
            return None  # the predicate is reached with no other subject before it
        if any(tokens(w) for w in cw[:j1]):
            return None  # past the claim's first words: no subject any more
        if op != "replace" or j2 - j1 > 3:
            continue
        c_new = [w for w in cw[j1:j2] if tokens(w) and w not in _DETERMINERS and w not in _NOT_SUBJECT]
        # the evidence's subject: its last content words before the shared predicate ("... we include a
        # new mixed-precision decomposition scheme, which isolates ...")
        # (only after the last contrast: "... with INT8, while keeping the activation" has no subject
        # of "keeping" before it but the sentence's own)
        run = ew[i1:i2]
        # (past a leading phrase's comma, at the run's start or after a report's "that": "We find that for most of
        # the models, e.g., all OPT and BLOOM models, α=0.5 is")
        opens = next((k for k, w in enumerate(run) if w in CONDITION_MARKERS and (k == 0 or run[k - 1] == "that")),
                     None)
        leading = opens == 0
        last = max((k for k, w in enumerate(run) if w in _SUBJECT_END or (opens is not None and k > opens
                                                                            and w == ",")), default=-1)
        e_new = [w for w in run[last + 1:] if tokens(w) and w not in _DETERMINERS and w not in _NOT_SUBJECT][-3:]
        # (nor where both subjects stand for the paper's own work: "We evaluate ..." / "The analysis covers ...")
        # (a pronoun right before the predicate, or before its auxiliary and adverbs, is the subject, what precedes
        # it a leading phrase: "For GLM-130B we show ...", "On the other hand, we can also push ...")
        if not c_new or not e_new or all(w in _STAND_INS for w in e_new) or all(w in _STAND_INS for w in c_new) \
                or next((w for w in reversed(run) if w not in _DETERMINERS and w not in _AUX
                         and w not in _NOT_SUBJECT), "") in _PRONOUNS \
                or (c_new[0] in _STAND_INS and next((w for w in run[last + 1:] if w not in _DETERMINERS
                                                     and w not in _NOT_SUBJECT), None) in _STAND_INS) \
                or any(w in ANTONYMS or w[:1].isdigit() for w in e_new + c_new):
            continue
        if ew[i2 - 1] == "that" or e_new[-1] in _REPORTING:
            continue  # "we find that α = 6.0 is sufficient": a report, its subject follows
        if ew[i2:i2 + 1] == [","] and leading:
            # a leading phrase, its subject follows ("On the other hand, we can also push ..."; not an
            # apposition: "Our method, LLM.int8(), is the only ...")
            continue
        told = next((k + 1 for k in range(len(run) - 1, 0, -1) if run[k] == "that" and run[k - 1] in _REPORTING),
                    None)
        if told is not None and mine and set(run[told:told + 1]) & _FIRST_PERSON \
                and mine & set(tokens(c_new[0])):
            continue  # the paper's "we" after a report ("Note that we focus ...") is its own method
        if not any(named(w, have, have_p) or gerund(w) for w in c_new) \
                and not any(named(w, said, said_p) for w in e_new if w not in _STAND_INS):
            return f"{' '.join(w for w in e_new if w not in _STAND_INS)}, not {' '.join(c_new)}"
    return None


# a number format or bit width ("Int4", "FP16", "W8A8", "E4M3"): a number the number checks read, no name
_FORMAT_PREFIX = r"(?:u?int|fp|bf|tf|nf|mxfp|mxint|w\d+a|e\d+m)"
_FORMAT = re.compile(_FORMAT_PREFIX + r"\d", re.IGNORECASE)


def _name_shaped(word: str) -> bool:
    """A written name ("BitNet", "CAT-Q", "GPTQ", "LLM.int8()", "nuQmm", "Qwen3", "A100"): two capitals, a
    capital after the first letter, or a capital with a digit; not a number ("175B") or a format ("Int8")."""
    w = word.removesuffix("'s").removesuffix("’s")
    if not w or w[0].isdigit() or _FORMAT.match(w):
        return False
    caps = sum(ch.isupper() for ch in w)
    return caps >= 2 or any(ch.isupper() for ch in w[1:]) or (caps >= 1 and any(ch.isdigit() for ch in w))


@functools.lru_cache(maxsize=4096)
def _names_in(text: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """The words of :func:`words` and, for each, the names it is part of: the methods of the extractor's
    lexicon ("zeropoint quantization", "mixed-precision decomposition", "AWQ"; one key per method however
    spelled) and the name-shaped words of the text."""
    from verifier.claim_fields import _mentions as lexicon_mentions
    from verifier.claim_fields import find_datasets, find_methods, find_models

    prepared = text.replace("n't", " n't")
    ws, spans = _positioned(text)
    out: list[set[str]] = [set() for _ in ws]
    found = [(a, b, "method:" + m.name.lower()) for a, b, m in find_methods(prepared) if m.name]
    found += [(a, b, "dataset:" + d.lower()) for a, b, d in find_datasets(prepared)]
    found += [(a, b, "model:" + m.lower()) for a, b, m in find_models(prepared)]
    found += [(a, b, "hardware:" + " ".join(prepared[a:b].lower().split())) for a, b, _ in
              lexicon_mentions(prepared, "hardware")]
    for a, b, key in found:
        for i, (x, y) in enumerate(spans):
            if x < b and y > a:
                out[i].add(key)
    cited = [m.span() for m in _BRACKETED.finditer(prepared)]  # "[Les23]", "[Liu23j]": citation keys, no names
    for i, (x, y) in enumerate(spans):
        if any(a <= x < b for a, b in cited):
            continue
        for part in prepared[x:y].split("/"):  # "OPT-175B/BLOOM": two names
            w = part.lower().removesuffix("'s").removesuffix("’s")
            if _name_shaped(part) and w not in _GENERIC_NAMES:
                out[i].add(w)
    return tuple(ws), tuple(frozenset(n) for n in out)


def _mentions(names: list[set[str]], key: str) -> int:
    """How many times a name is mentioned (runs of words that carry it)."""
    return sum(1 for i, n in enumerate(names) if key in n and (i == 0 or key not in names[i - 1]))


_BRACKETED = re.compile(r"\[[^\]\[]{1,80}\]")
_GENERIC_NAMES = frozenset({"llm", "llms", "lm", "lms", "nlp", "ai", "ml", "dnn", "dnns", "nn", "nns"})
_SIZE_SUFFIX = re.compile(r"[- ]?\d+(?:\.\d+)?[bm]$")


def _squeezed(text: str) -> frozenset[str]:
    """Each run of one to four words of a text, letters and digits only, lower case: a name however its
    parts are separated ("bitnet-b1.58-2B-4T" is "BitNet b1.58 2B4T"; "RoBERTa" is no "BERT")."""
    ws = [re.sub(r"[^a-z0-9]", "", w) for w in re.split(r"[\s/]+", text.lower())]
    return frozenset("".join(ws[i:j]) for i in range(len(ws)) for j in range(i + 1, min(i + 5, len(ws) + 1)))


def _other_names(claim_text: str, evidence_text: str) -> list[str]:
    """Names the claim puts where the evidence has another name (aligned runs of at most four words each;
    the claim's name found nowhere in the evidence, the evidence's not in the claim's run): "the
    higher-zero BitNet Qwen3 models" against "the higher-zero CAT-Q Qwen3 models", "ZeroQuant is no
    longer sufficient" against "vector-wise quantization is no longer sufficient". What the evidence
    says of one method or model it does not say of another. A size is no other name ("OPT-66B" against
    "OPT-175B": a size that differs, see :func:`_size_mismatches`)."""
    cw, c_names = _names_in(claim_text)
    ew, e_names = _names_in(evidence_text)
    if not any(c_names) or not any(e_names):
        return []
    e_all, e_low = set().union(*e_names), _squeezed(evidence_text)
    c_all, c_low = set().union(*c_names), _squeezed(claim_text)

    def squeezed(key: str) -> str:  # a name key without its kind and separators
        return re.sub(r"[^a-z0-9]", "", key.split(":")[-1])

    def absent(key: str, keys: set[str], low: frozenset[str]) -> bool:
        # (spelled with other separators it is there: "bitnet-b1.58-2B-4T" / "BitNet b1.58 2B4T"; a model's size is
        # no other name: "LLaVA-7B" against "LLaVA-13B" is a size that differs)
        return key not in keys and squeezed(key) not in low \
            and _SIZE_SUFFIX.sub("", key) not in {_SIZE_SUFFIX.sub("", k) for k in keys}

    out = []
    for op, i1, i2, j1, j2 in _opcodes(cw, ew):
        # one name put for another: a short run of the claim against the first words of the evidence's ("SmoothQuant
        # keeps ..." against "We quantize ... BMM ... with INT8, while keeping ..." is a rewording, not a substitution)
        if op != "replace" or j2 - j1 > 4:
            continue
        # (the evidence's run past a report frame: "We can see that AWQ consistently outperforms")
        i1 = next((k + 1 for k in range(i1, min(i2, i1 + 5)) if ew[k] == "that"), i1)
        i2 = min(i2, i1 + 4)  # (the evidence's first four: "favor asymmetric LLM.int8()" against "favor asymmetric
        # zeropoint quantization. This explains ...", a sentence read with the next)
        # the claim's name is nowhere in the evidence; the evidence's is not in the claim's run (it may be
        # elsewhere in the claim: "orthogonal to ZeroQuant ... combined with GPTQ" where it says "orthogonal
        # to GPTQ ... combined with GPTQ")
        here, there = set().union(*c_names[j1:j2]), set().union(*e_names[i1:i2])
        mine = sorted({k for k in here if absent(k, e_all, e_low)})
        run = _squeezed(" ".join(cw[j1:j2]))
        theirs = sorted({k for k in there if absent(k, here, run)
                         and _mentions(e_names, k) > _mentions(c_names, k)})  # (else only moved: "perplexity
        # of OPT models on WikiText-2" against "perplexity on WikiText-2")
        if not (mine and theirs) and i2 - i1 <= 2 and j2 - j1 <= 2:
            # or, one name for another, the other way round: the evidence's name is nowhere in the claim, the
            # claim's is not in the evidence's run ("GPTQ needs a much smaller calibration set" against "AWQ needs
            # a much smaller calibration set. It can achieve ... compared to GPTQ")
            mine = sorted({k for k in here if absent(k, there, _squeezed(" ".join(ew[i1:i2])))})
            theirs = sorted({k for k in there if absent(k, c_all, c_low)})
        if mine and theirs:
            said = (", ".join(dict.fromkeys(k.split(":")[-1] for k in ks)) for ks in (theirs, mine))
            out.append("'{}' where the claim says '{}'".format(*said))
    if not out:
        # models in other places of the sentence ("OPT model mean zeroshot accuracy" against "the mean zeroshot
        # accuracy of BLOOM models"): every model the claim names is nowhere in the evidence, and every model the
        # evidence names nowhere in the claim
        # (one family: "BitNet b1.58" and "bitnet-b1.58-2B-4T", one name the start of the other)
        c_models = sorted(k for k in c_all if k.startswith("model:"))
        e_models = sorted(k for k in e_all if k.startswith("model:"))
        kin = any(squeezed(a).startswith(squeezed(b)) or squeezed(b).startswith(squeezed(a))
                  for a in c_models for b in e_models)
        if c_models and e_models and not kin and all(absent(k, e_all, e_low) for k in c_models) \
                and all(absent(k, c_all, c_low) for k in e_models):
            said = (", ".join(dict.fromkeys(k.split(":")[-1] for k in ks)) for ks in (e_models, c_models))
            out.append("'{}' where the claim says '{}'".format(*said))
    return out


def _other_comparison(claim_text: str, evidence_text: str) -> str | None:
    """Where claim and evidence each compare ("... than B"), the evidence's comparison when it is with
    something else: the claim's B is not among the evidence's compared things, nor the evidence's B
    among the claim's ("zeropoint performs better than absmax for small models" against "models after
    2.7B parameters perform worse than smaller models": a direction word of another comparison)."""
    c, e = _sides(words(claim_text)), _sides(words(evidence_text))
    if c is None or e is None:
        return None
    (c_post, _, c_set), (e_post, _, e_set) = c, e
    if c_set & e_set or c_post[0] in ANTONYMS.get(e_post[0], ()) or _swapped_comparison(claim_text, evidence_text):
        return None  # the same comparison, turned around or the other way round ("worse than smaller/larger models")
    return " ".join(e_post)


def _swapped_comparison(claim_text: str, evidence_text: str) -> bool:
    """Whether the claim compares the same two things as the evidence, the other way round: what
    only the claim's other side has is on the evidence's first side, and what only the evidence's
    other side has is on the claim's first side ("smaller models perform better than models after
    2.7B parameters" against "models after 2.7B parameters perform worse than smaller models";
    "GPTQ performs better than AWQ" against "AWQ ... achieves better perplexity ... compared to GPTQ")."""
    c, e = _sides(words(claim_text)), _sides(words(evidence_text))
    if c is None or e is None:
        return False
    (_, c_pre, c_set), (_, e_pre, e_set) = c, e
    c_a, c_b = c_pre - c_set, c_set - c_pre
    e_a, e_b = e_pre - e_set, e_set - e_pre
    # words both other sides share are a condition of both ("... above 40% zeros"), not a compared thing
    return bool((c_b - e_b) & e_a) and bool((e_b - c_b) & c_a)


_AUX = frozenset({"do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would", "has", "have"})
_ARTICLES = frozenset({"the", "a", "an"})
_BE = frozenset({"be", "being", "been"})


def _negated_before_aligned(cw: list[str], ew: list[str]) -> list[str]:
    """A negation right before an aligned word on one side only ("... and does not show a consistent
    advantage" against "shows a consistent advantage"), where the words between the two aligned
    runs are too many for the replaced-segment test: the verb itself is negated."""
    def negated(ws: list[str], i: int) -> bool:
        def aside(k: int) -> bool:
            return k >= 1 and (ws[k - 1], ws[k]) in (("rather", "than"), ("instead", "of"))

        k = i - 1
        # auxiliaries and adverbs between ("fails instead beyond 6.7B" negates as "fails beyond 6.7B")
        # (and a preposition: "not on the absolute value" negates as "not the absolute value"; not the "of" of
        # "instead of"; and an article: "rather than at the weights" sets aside as "not weights" does)
        while k >= 0 and (ws[k] in _AUX or ws[k] in _BE or ws[k] in _NEUTRAL_ADVERBS or ws[k] in _ARTICLES
                          or (ws[k] in _PLAIN_PREPOSITIONS and all(w in _ARTICLES for w in ws[k + 1 : i])
                              and not aside(k))):
            k -= 1
        if aside(k):  # set aside: a negation
            return True
        return k >= 0 and ws[k] in NEGATIONS and bool(_negations(ws, k, k + 1))

    for op, i1, i2, j1, _ in _opcodes(cw, ew):
        # the aligned run carries a content word (not "a", "the" or a lone "show" alone)
        if (op == "equal" and any(w not in STOPWORDS for w in ew[i1:i2])
                and negated(ew, i1) != negated(cw, j1)):
            return ["negation " + ("removed" if negated(ew, i1) else "added") + f" before '{ew[i1]}'"]
    return []


_PLAIN_PREPOSITIONS = frozenset({"on", "in", "at", "for", "of", "to", "by", "with"})
_NEUTRAL_ADVERBS = frozenset({"instead", "also", "still", "even", "only", "then", "consistently", "completely",
                              "entirely", "always", "already"})
_BY_HEDGES = frozenset({"about", "around", "roughly", "approximately", "nearly", "almost", "only", "just", "up", "to",
                        "over", "more", "less", "than", "at", "least", "most", "a", "factor", "of"})


def _by_amount(ws: list[str], i: int) -> int | None:
    """Where the amount of a "by" at ``i`` stands ("by more than 20%": the position of "20%"), or None
    where no number follows it (hedges skipped)."""
    j = i + 1
    while j < len(ws) and ws[j] in _BY_HEDGES:
        j += 1
    return j if j < len(ws) and ws[j][:1].isdigit() else None


def _change_verb(ws: list[str], i: int) -> str | None:
    """The change word at most five words before position ``i`` (a "by" or "to"), the nearest, or None."""
    return next((ws[k] for k in range(i - 1, max(-1, i - 6), -1) if ws[k] in CHANGE_WORDS), None)


def _change_amounts(ws: list[str]) -> dict[str, list[str]]:
    """The amounts of the changes a text states, by change verb: "degrades validation perplexity by
    600-1000%" -> {"degrade": ["600-1000%"]} (the verb at most four words before "by")."""
    out: dict[str, list[str]] = {}
    for i, w in enumerate(ws):
        if w != "by":
            continue
        verb = _change_verb(ws, i)
        if verb is not None and (j := _by_amount(ws, i)) is not None:
            out.setdefault(_verb_key(verb), []).append(ws[j])
    return out


def _by_or_to(cw: list[str], ew: list[str]) -> list[str]:
    """A change the claim states "to" an amount where the evidence states it "by" the same amount, or the
    other way round ("reduces the perplexity to 0.5" against "reduces the perplexity by 0.5"): how much a
    thing changes is not what it ends at. Also an exact amount the claim bounds from one side ("by more
    than 0.5" against "by 0.5": 0.5 is not more than 0.5)."""
    def changes(ws: list[str]) -> dict[tuple[str, str], set[str]]:
        out: dict[tuple[str, str], set[str]] = {}
        for i, w in enumerate(ws):
            # (not the end of a range, "from 23.54 to 11.92", "0.1 to 3", nor "up to")
            if w not in ("by", "to") or not i or ws[i - 1] == "up" or ws[i - 1][:1].isdigit():
                continue
            verb = _change_verb(ws, i)
            if verb is not None and (j := _by_amount(ws, i)) is not None and "from" not in ws[i - 5:i]:
                bound = next((b + (" than" if b in ("more", "less") else "") for b in ("more", "less", "over", "under")
                              if b in ws[i + 1:j]), "")
                out.setdefault((_verb_key(verb), ws[j]), set()).add(f"{w} {bound}".strip())
        return out

    c, e = changes(cw), changes(ew)
    out = []
    for key, said in c.items():
        theirs = e.get(key)
        if theirs and not said & theirs:
            out.append(f"'{sorted(said)[0]} {key[1]}' where the evidence says '{sorted(theirs)[0]} {key[1]}'")
    return out


def _verb_key(w: str) -> str:
    return re.sub(r"(?:es|s|ed|ing|d)$", "", w)[:5]


def _by_changes(ws: list[str]) -> list[tuple[frozenset[str], str]]:
    """Every change a text states "by" an amount, with what changes: the content words between the
    amount's "by" and the change word or clause boundary before it, at most six ("decreases top-1
    attention softmax probability mass by more than 20%" -> ({top-1, attention, softmax,
    probability, mass}, "20%"))."""
    out = []
    for i, w in enumerate(ws):
        if w != "by" or (j := _by_amount(ws, i)) is None:
            continue
        what, k = set(), i - 1
        while k >= 0 and k >= i - 6 and ws[k] not in CHANGE_WORDS and ws[k] not in CLAUSE_END:
            if tokens(ws[k]) and ws[k] not in STOPWORDS:
                what.add(_key(ws[k]))
            k -= 1
        out.append((frozenset(what), ws[j]))
    return out


def _changed_amounts(cw: list[str], ew: list[str]) -> list[str]:
    """A change the claim states by one amount that the evidence states by another: the evidence's
    change of the same thing (most words in common between change word and "by"), else the one with
    the same verb ("degrades perplexity by about 0.1%" where the unit says "degrades validation
    perplexity by 600-1000%", its 0.1% being the share of features; but "degrades the top-1 softmax
    probability by about 20%" is the unit's "decreases top-1 attention softmax probability mass by
    more than 20%", not its perplexity change)."""
    from verifier.quantities import quantities_equal, within_bound

    ev = _change_amounts(ew)
    ev_changes = _by_changes(ew)
    claim_changes = dict((amount, what) for what, amount in _by_changes(cw))
    out = []
    for verb, amounts in _change_amounts(cw).items():
        for a in amounts:
            qa = quantities_of(a)
            what = claim_changes.get(a, frozenset())
            overlap = max((len(what & w) for w, _ in ev_changes), default=0)
            if overlap:
                theirs = [q for w, b in ev_changes if len(what & w) == overlap for q in quantities_of(b)]
            else:
                theirs = [q for b in ev.get(verb, []) for q in quantities_of(b)]
            if qa and theirs and not any(quantities_equal(qa[0], q) or within_bound(qa[0], q) for q in theirs):
                out.append(f"by {a} -> by {', '.join(q.text for q in theirs)}")
    return out


def _from_to(ws: list[str]) -> set[tuple[str, str]]:
    """The (source, target) word pairs of "from A to B" in ``ws`` (articles skipped; A and B one word each)."""
    pairs = set()
    for i, w in enumerate(ws):
        if w != "from":
            continue
        j = i + 1
        while j < len(ws) and ws[j] in _DETERMINERS:
            j += 1
        k = j + 1
        if k < len(ws) and ws[k] == "to":
            m = k + 1
            while m < len(ws) and ws[m] in _DETERMINERS:
                m += 1
            if m < len(ws) and ws[j] not in CLAUSE_END and ws[m] not in CLAUSE_END:
                pairs.add((_key(ws[j]), _key(ws[m])))
    return pairs


def _swapped_ends(cw: list[str], ew: list[str]) -> list[str]:
    """"from weights to activations" where the evidence says "from activations to weights"."""
    ev = _from_to(ew)
    return [f"from {b} to {a} -> from {a} to {b}" for a, b in _from_to(cw)
            if a != b and (b, a) in ev and (a, b) not in ev]


def _bound_flips(claim_text: str, evidence_text: str) -> list[str]:
    from verifier.quantities import quantities_equal

    out = []
    ev = quantities_of(evidence_text)
    for q in quantities_of(claim_text):
        for e in ev:
            if quantities_equal(q, e) and (q.qualifier, e.qualifier) in QUAL_OPPOSITE:
                out.append(f"bound {e.qualifier} -> {q.qualifier} ({q.text})")
    return out


_BASELINE_BEFORE = frozenset({"compared", "relative", "than", "versus", "vs", "vs.", "against"})
_DISCOURSE = frozenset({"however", "thus", "therefore", "moreover", "furthermore", "notably", "nonetheless",
                        "nevertheless", "overall", "consequently", "hence", "additionally", "similarly"})
# words that hedge a phrase without qualifying it ("with only 8GB memory" is "with 8GB memory")
_HEDGES = frozenset({"only", "just", "merely", "still", "even", "also"})
# words that stand for a noun the sentence said ("when protecting salient ones"): no word of a condition
_PRO_FORMS = frozenset({"one", "ones", "other", "others"})  # (and "other": "for other lightweight operations")
# a symbol of an equation, a letter with a format as its index ("Xf16", "Wf16", "Xi8"): no word of a condition
_SYMBOL = re.compile(r"[a-z](?:f|fp|bf|i|int)\d+")
# words that bring in examples, no qualifying word ("metrics for LLM benchmark like robustness, ...")
_EXAMPLE_WORDS = frozenset({"like", "such", "etc", "etc."})
# words a "for" completes rather than qualifies ("responsible for 95% of", "allows for high-precision ...")
# (what is searched or needed "for" is kept: "search for the optimal α" says what the search is of)
_TAKES_FOR = frozenset({"responsible", "account", "accounts", "accounted", "accounting", "allow", "allows", "allowed",
                        "allowing", "compensate", "compensates", "compensated"})


_NUMBERED_CITATION = re.compile(r"\s*" + lexicon.NUMBERED_CITATION)
_KEYED_CITATION = re.compile(r"\s*" + lexicon.KEYED_CITATION, re.IGNORECASE)


def dropped_conditions(claim_text: str, evidence_text: str) -> list[str]:
    """Qualifying phrases of the evidence that the claim leaves out (rule 4).

    A phrase starts at an unaligned condition marker and runs to the clause end (stopwords that
    happen to align elsewhere do not end it). Only phrases that bear on what the claim restates
    count: inside the aligned region, in the same clause as its first or last aligned word, or
    leading the sentence before a comma. A comparison's baseline ("compared with FP16") is not a
    condition.
    """
    # a numbered citation is no word of a condition ("decodes them ... on FPGA [30]")
    cw, ew = words(claim_text), words(_NUMBERED_CITATION.sub("", evidence_text))
    # (nor is an author-year key: "when using a small group size like 128 [Fra22, Det22c]")
    keyed = {k for m in _KEYED_CITATION.finditer(evidence_text) for k in re.findall(_KEY, m.group(0).lower())}
    claim_keys = {_key(w) for w in cw} | {t for w in cw if "-" not in w for t in tokens(w)}
    claim_bases = {_base(k) for k in claim_keys}
    unaligned = [True] * len(ew)
    for op, i1, i2, _, _ in _opcodes(cw, ew):
        if op == "equal":
            for i in range(i1, i2):
                unaligned[i] = ew[i] in STOPWORDS  # a stopword aligned on its own anchors nothing
    _align_moved(cw, ew, unaligned)
    aligned = [i for i, u in enumerate(unaligned) if not u]
    if not aligned:
        return []
    first, last = aligned[0], aligned[-1]

    def same_clause(a: int, b: int) -> bool:
        # a parenthesis does not end the clause ("three families of LLMs (Llama-2, MPT and Falcon) on 4090")
        inner, depth = [], 0
        for w in ew[min(a, b) + 1 : max(a, b)]:
            depth += (w == "(") - (w == ")")
            if depth <= 0 and w != ")":
                inner.append(w)
        # (a sentence's end that a footnote mark hides from the sentence splitter: "... the Common Crawl
        # corpus.5 We use NVIDIA A40 GPUs for this evaluation")
        return not any(w in CLAUSE_END or _FOOTNOTED_END.fullmatch(w) for w in inner)

    found = []
    i = 0
    while i < len(ew):
        if unaligned[i] and i <= 2 and _AS_CHANGE.match(" ".join(ew[i:i + 8])):
            # "As we scale transformers, outlier features ... emerge": what changes with scale ("As s goes larger")
            j = next((k for k in range(i + 1, len(ew)) if ew[k] in (",", ";", ":")), len(ew))
            new = [w for w in ew[i + 1:j] if _key(w) not in claim_keys and tokens(w)]
            if j < len(ew) and j <= first and new:
                found.append(" ".join(ew[i:j]))
            i = j
            continue
        if not (unaligned[i] and ew[i] in CONDITION_MARKERS) or (i > 0 and ew[i - 1] in _BASELINE_BEFORE) \
                or (i > 0 and ew[i] == "for" and ew[i - 1] in _TAKES_FOR) \
                or (ew[i] in _ABOVE and i + 1 < len(ew) and ew[i + 1] in _EVERY):  # "above every": a ranking
            i += 1
            continue
        j = i + 1
        # a clause a subordinating marker opens is the condition whole, words the claim says elsewhere and
        # all ("applies when five-trit packing restarts every 128 weights" against "breaks even with
        # five-trit packing"); a phrase ends at the first word the claim restates
        clause = ew[i] in _CLAUSE_MARKERS
        while j < len(ew) and (unaligned[j] or clause) and ew[j] not in (",", ";", ":", ")") \
                and not (clause and j > i + 1 and ew[j] in CLAUSE_END):
            if ew[j] == "(" and ")" in ew[j:]:  # a reference in parentheses ("(Equation 1)") is part of the phrase
                close = ew.index(")", j)
                if close + 1 < len(ew) and ew[close + 1] == "," and all(unaligned[j:close + 1]):
                    j = close + 1
                    break
            j += 1
        phrase = ew[i:j]
        # (a reason ends it too: "on the calibration set since we only measure ...")
        cut = next((k for k, w in enumerate(phrase) if k and (w in CLAUSE_END or w in _REASON_OPENERS)), len(phrase))
        # (after a discourse word: "However, at the 13B scale, even zeropoint quantization fails")
        opener = 2 if i >= 2 and ew[1] == "," and ew[0] in _DISCOURSE else 0
        # (after a report frame too: "We can see once systematic outliers occur at a scale of 6.7B parameters, ...")
        framed = i - opener <= 4 and all(w in _REPORT_WORDS for w in ew[opener:i])
        leading = (i - opener <= 1 or framed) and j < len(ew) and ew[j] == "," and i <= first
        near = first <= i <= last or (i > last and same_clause(last, i)) or (j <= first and same_clause(j - 1, first))
        if not leading:
            phrase = phrase[:cut]
        text = " ".join(phrase)
        if _restated_condition(phrase, ew[j] if j < len(ew) else "", cw):
            i = j
            continue
        new = [w for w in phrase[1:] if _key(w) not in claim_keys and w not in _HEDGES
               and _base(_key(w)) not in claim_bases and (tokens(w) or re.search(r"\d", w)) and w not in keyed
               and w not in _EXAMPLE_WORDS and w not in _PRO_FORMS and not _SYMBOL.fullmatch(w)]
        if clause and not all(unaligned[i:j]) and len(new) < 2 and not any(re.search(r"\d", w) for w in new):
            new = []  # a clause says one word more ("once the phase shift occurs" / "after the phase shift")
        said = {t for w in phrase[1:] for t in tokens(w)}
        if len(said) >= 2 and any(said <= set(tokens(w)) for w in cw if "-" in w):
            new = []  # the claim says it as a compound ("lower-throughput instructions" / "with a lower throughput")
        if (leading or near) and new and not NOT_CONDITION.match(text) and not _in_reason(ew, i, cw) \
                and not _said_by_number(ew, unaligned, i, new) and not _in_aside(ew, i) \
                and not _one_of_respectively(ew, claim_keys, i):
            found.append(text)
        i = j
    found += [t for t in _thresholds(ew, unaligned, claim_keys) if t not in " ".join(found)]
    found += [t for t in _size_limits(ew, unaligned) if t not in " ".join(found)]
    found += [t for t in _gerund_opening(ew, unaligned, claim_keys, claim_bases) if t not in " ".join(found)]
    found += [t for t in _models_left_out(claim_text, evidence_text, ew, unaligned, first, last)
              if t not in " ".join(found)]
    found += [t for t in _negated_conjuncts(ew, unaligned) if t not in " ".join(found)]
    found += [t for t in _hedges_left_out(cw, ew, unaligned, first, last) if t not in " ".join(found)]
    # a scale word before a noun the claim keeps ("for billion-scale 8-bit transformers" against "for 8-bit
    # transformers"): the claim speaks of every scale
    found += [ew[k] for k in range(1, len(ew) - 1) if unaligned[k] and _SCALE_WORD.fullmatch(ew[k])
              and not unaligned[k + 1] and _key(ew[k]) not in claim_keys and ew[k] not in " ".join(found)]
    # a word that says the thing holds only when well chosen, before a word the claim restates ("A suitable
    # migration strength (sweet spot) makes both ... easy to quantize" against "The migration strength makes ...")
    if not _RESTRICTIVE & set(cw):
        found += [ew[k] for k in range(len(ew) - 1) if unaligned[k] and ew[k] in _RESTRICTIVE and not unaligned[k + 1]
                  and ew[k] not in " ".join(found)]
    return found + [w for w in _formats_left_out(cw, ew, unaligned, first, last) if w not in " ".join(found)]


# words by which a sentence says what it restates only may hold, is assumed, hoped or expected: a claim that
# states it as a fact says more ("Outliers may emerge at 6.7B" / "We hypothesize that outliers emerge at 6.7B")
_EPISTEMIC = frozenset({"may", "might", "could", "possibly", "likely", "perhaps", "potentially",
                        "presumably", "probably", "plausibly", "ideally", "reportedly", "purportedly", "allegedly",
                        "hypothesize", "hypothesise", "hypothesizes", "hypothesises", "conjecture", "speculate",
                        "assume", "assumes", "suppose", "supposes", "believe", "believes", "expect", "expects", "hope",
                        "anticipate", "seem", "seems", "claims", "claimed"})
# how often: "AWQ sometimes gives a 3.2x speedup" says less than "AWQ gives a 3.2x speedup"
_FREQUENCY = frozenset({"sometimes", "occasionally", "often", "usually", "typically", "generally", "frequently",
                        "mostly", "largely", "partly", "partially"})
# what a number is before the word the claim restates: "a theoretical 3.2x speedup", "a 3.2x kernel speedup"
_MEASURED_AS = frozenset({"theoretical", "theoretically", "estimated", "projected", "simulated", "modeled", "modelled",
                          "predicted", "ideal", "idealized", "idealised", "kernel", "kernel-level", "operator-level",
                          "average", "mean", "median", "peak", "maximum", "best-case"})
_BARE_AMOUNT = re.compile(r"[\d.]+[x×%]?")  # a number as one word: "3.2x", "40%", "0.5"
_PEAK_AS = frozenset({"much", "high", "large", "many", "fast", "low", "little", "few", "great", "long"})
# what is meant, not found: "designed to", "aims to", "is expected to"
_INTENT = frozenset({"designed", "aims", "aim", "aimed", "intended", "expected", "supposed", "meant"})
# how much a negation denies: "does not significantly degrade" denies less than "does not degrade"
_DEGREE = frozenset({"significantly", "substantially", "noticeably", "much", "greatly", "considerably", "meaningfully",
                     "markedly", "severely", "dramatically", "appreciably", "notably"})
# a claim with one of these is hedged itself ("can" as "may": "could be improved" / "can be improved")
_HEDGED = _EPISTEMIC | _INTENT | _FREQUENCY | {"can", "suggest", "suggests", "hypothesis", "assumption", "assuming",
                                               "expectation", "potential", "possible", "conjectured", "hypothesized",
                                               "believed", "assumed", "reported", "among"}
# a peak the claim states in its own words ("up to" for "as much as")
_PEAK_WORDS = frozenset({"maximum", "max", "peak", "best", "highest", "most"})


def _hedges_left_out(cw: list[str], ew: list[str], unaligned: list[bool], first: int, last: int) -> list[str]:
    """A word by which the evidence says less than the claim, in the stretch the claim restates or in its
    clause before it ("We hypothesize that ..."), where the claim has none: an epistemic word
    (:data:`_EPISTEMIC`: the claim states as a fact what the evidence only says may hold, or what another
    work claims), an intent ("is designed to reduce" / "reduces"), "one of" ("one of the reasons" / "the
    reason"), or a degree under a negation ("does not significantly degrade" / "does not degrade"). A hedge
    of the claim's own that the evidence does not have stands for it ("can be improved" / "could be
    improved"); one both have does not ("We hope SmoothQuant can inspire")."""
    if (_HEDGED & set(cw)) - set(ew):
        return []
    claim_words = set(cw)
    peak_said = bool(claim_words & _PEAK_WORDS) or any(a == "up" and b == "to" for a, b in zip(cw, cw[1:]))
    out = []
    for k, w in enumerate(ew):
        if k > last and w == "only" and unaligned[k] and ew[k - 1] in ("but", ",") and "only" not in claim_words:
            # what the claim restates, "but only for the linear layers"
            end = next((j for j in range(k + 1, len(ew)) if ew[j] in CLAUSE_END), len(ew))
            out.append(" ".join(ew[k:end]))
            continue
        if not unaligned[k] or w in claim_words or k > last:  # (a stopword, "may" reads unaligned)
            continue
        nxt, prev = ew[k + 1] if k + 1 < len(ew) else "", ew[k - 1] if k else ""
        # (how often, only of a word the claim restates: "can usually be fused", not "is generally fast, requiring
        # ... 0.1 to 3")
        often = w in _FREQUENCY and not unaligned[next((j for j in range(k + 1, len(ew)) if ew[j] not in STOPWORDS),
                                                       k)]
        if w in _EPISTEMIC or often or (w in _INTENT and nxt == "to") \
                or (w == "reported" and prev in ("been", "is", "are", "was", "were")):
            said = w
        elif w in _MEASURED_AS and first <= k < last and not (peak_said and w in ("peak", "maximum")) and (
                not unaligned[k + 1] or (
                _BARE_AMOUNT.fullmatch(nxt) and k + 2 < len(ew) and not unaligned[k + 2])):
            said = w  # (a word that says what the restated number or noun is)
        elif w == "one" and nxt == "of":
            said = "one of"
        elif not peak_said and (w == "at" and nxt == "best" or (
                w == "as" and nxt in _PEAK_AS and ew[k + 2:k + 3] == ["as"] and k + 3 < len(ew)
                and (ew[k + 3] in ("a", "an") or _BARE_AMOUNT.fullmatch(ew[k + 3])))):
            said = " ".join(ew[k:k + (2 if w == "at" else 3)])  # a peak: "at best", "as much as a 3.2x speedup"
        elif w in _DEGREE and (prev in NEGATIONS or prev.endswith("n't")) \
                and not {SYNONYMS.get(x, x) for x in claim_words} & {SYNONYMS.get(w, w)}:
            said = f"{prev} {w}"
        else:
            continue
        # (before it, only in its clause: "We believe we can ..., which will lead to ... (INT4 instructions are
        # supported on Hopper)" does not hedge its aside; "that" opens what is hedged)
        if k >= first or not any((x in CLAUSE_END and x != "that") or _FOOTNOTED_END.fullmatch(x)
                                 for x in ew[k + 1:first]):
            out.append(said)
    return out


_RESTRICTIVE = frozenset({"suitable", "suitably", "appropriate", "appropriately", "proper", "properly", "careful",
                          "carefully", "well-chosen", "well-tuned", "adequate", "adequately", "sufficient",
                          "sufficiently"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})


def _restated_condition(phrase: list[str], after: str, cw: list[str]) -> bool:
    """A condition phrase the claim says in its own words: "in the case of Int8 inference" where the claim
    has "for Int8 inference", and "in this process" (a pointer to the sentences before) where the claim
    opens with a condition of its own ("When measuring the context-stage latency ..., the paper records
    ..."). A claim with no condition of its own has left it out ("under this setting")."""
    if phrase[1:] in (["the", "case", "of"], ["case", "of"]):
        return any(cw[k] == "for" and cw[k + 1] == after for k in range(len(cw) - 1))
    if 2 <= len(phrase) <= 3 and phrase[1] in _DEMONSTRATIVES:
        return bool(cw) and (cw[0] in CONDITION_MARKERS or cw[0] in _CLAUSE_MARKERS) and "," in cw[:16]
    return False


_SCALE_WORD = re.compile(r"(?:multi-)?(?:billion|trillion|million|large|small|medium|full|web|industry)-scale")


def _negated_conjuncts(ew: list[str], unaligned: list[bool]) -> list[str]:
    """The second part of a negated "A and B" that the claim leaves out, to the clause end: "existing methods
    cannot maintain accuracy and hardware efficiency at the same time" says not both, and "existing methods
    cannot maintain accuracy" says more. (Of a sentence that is not negated, "A and B" holds A.)"""
    neg = next((k for k, w in enumerate(ew) if not unaligned[k] and (w in NEGATIONS or w.endswith("n't"))), None)
    if neg is None:
        return []
    for k in range(neg + 2, len(ew) - 1):
        if ew[k] != "and" or not unaligned[k] or unaligned[k - 1] or not unaligned[k + 1]:
            continue
        j = k + 1
        while j < len(ew) and unaligned[j] and ew[j] not in (",", ";", ":"):
            j += 1
        if (j == len(ew) or ew[j] in (",", ";", ":")) and any(tokens(w) for w in ew[k + 1:j]):
            return [" ".join(ew[k:j])]
    return []


_CLAUSE_MARKERS = frozenset({"when", "whenever", "if", "unless", "once", "provided", "assuming"})
# a leading "as" clause of a change: "as we scale transformers", "as the model size increases", "as s goes larger"
_AS_CHANGE = re.compile(r"as (?:[\w\-.]+ ){1,5}?(?:scales?|scaled|grows?|increases?|decreases?|goes|get|gets|"
                        r"becomes?|rises?|falls?|shrinks?)\b")
# a bit width or number format as one lowered word ("4-bit", "int8", "w8a8", "fp16", "e4m3", "int4-g128")
_BIT_WORD = re.compile(r"\d+(?:\.\d+)?-bits?$|" + _FORMAT_PREFIX + r"\d+(?:-g\d+)?$")


_REPORT_WORDS = frozenset({"we", "can", "could", "see", "find", "found", "observe", "observed", "note", "notice",
                           "that", "it", "is", "thus", "therefore", "hence", "so", "then", "also", "clearly"})


def _formats_left_out(cw: list[str], ew: list[str], unaligned: list[bool], first: int, last: int) -> list[str]:
    """A bit width or number format the evidence puts before a word the claim keeps and the claim, which
    states none, leaves out: "to further improve the INT2 quantization performance" against "to further
    improve quantization performance"."""
    if any(_BIT_WORD.match(w) for w in cw):
        return []
    return [ew[i] for i in range(max(first, 0), min(last + 1, len(ew) - 1))
            if unaligned[i] and _BIT_WORD.match(ew[i]) and not unaligned[i + 1]]


_BEYOND = frozenset({"larger", "more", "above", "beyond", "higher", "greater", "bigger", "smaller", "less", "fewer",
                     "below", "lower"})


def _thresholds(ew: list[str], unaligned: list[bool], claim_keys: set[str]) -> list[str]:
    """A size threshold the evidence puts after a noun, with no condition marker, that the claim leaves
    out: "speedups for GPT-3 models of size 6.7B parameters or larger" against "... for GPT-3 models"."""
    out = []
    for k, w in enumerate(ew):
        if not (w[0].isdigit() and unaligned[k] and _key(w) not in claim_keys):
            continue
        tail = ew[k + 1 : k + 4]
        bound = next((m for m in range(len(tail) - 1) if tail[m] in ("or", "and") and tail[m + 1] in _BEYOND), None)
        if bound is None or not all(unaligned[k + 1 : k + bound + 3]):
            continue
        start = k
        while start > 0 and k - start < 3 and unaligned[start - 1] and ew[start - 1] not in CLAUSE_END:
            start -= 1
        if start > 0 and not unaligned[start - 1]:  # right after words the claim restates
            out.append(" ".join(ew[start : k + bound + 3]))
    return out


_SIZE_WORDS = frozenset({"parameters", "params", "billion", "million"})


_FOOTNOTED_END = re.compile(r"[a-z]{3,}\.\d{1,2}")


def _align_moved(cw: list[str], ew: list[str], unaligned: list[bool], n: int = 4) -> None:
    """Marks as aligned the runs of at least ``n`` words (two of them no stopwords) that the claim says in
    another order: "A, so B in this design" against "B, because A" aligns A in order and B out of it, and
    the condition after B bears on what the claim restates."""
    grams = {tuple(cw[k : k + n]) for k in range(len(cw) - n + 1)}
    before = list(unaligned)
    for k in range(len(ew) - n + 1):
        run = ew[k : k + n]
        if all(before[k : k + n]) and tuple(run) in grams and sum(w not in STOPWORDS for w in run) >= 2:
            for m in range(k, k + n):
                unaligned[m] = ew[m] in STOPWORDS


_SIZED_NOUNS = frozenset({"model", "models", "llm", "llms", "transformer", "transformers", "network", "networks"})
_SIZE = re.compile(r"\d+(?:\.\d+)?[bm](?:-parameters?)?")


def _gerund_opening(ew: list[str], unaligned: list[bool], claim_keys: set[str], claim_bases: set[str]) -> list[str]:
    """A sentence that opens with what is done, as its subject, that the claim leaves out: "Adding the output-head
    weight read as well leaves about 1.9-2.1% savings" against "... savings of about 1.9-2.1%" (the savings are
    those of that setting)."""
    if len(ew) < 3 or not (ew[0].endswith("ing") and unaligned[0]) or _base(_key(ew[0])) in claim_bases:
        return []
    j = next((k for k, u in enumerate(unaligned) if not u), len(ew))
    phrase = ew[:j]
    new = [w for w in phrase[1:] if tokens(w) and _key(w) not in claim_keys and _base(_key(w)) not in claim_bases]
    if j == len(ew) or {",", ":", ";"} & set(phrase) or len(new) < 2:  # (one clause, the one the claim restates)
        return []
    return [" ".join(phrase)]


def _size_limits(ew: list[str], unaligned: list[bool]) -> list[str]:
    """A model size the evidence bounds a noun the claim keeps with, that the claim leaves out: "zero-degradation
    quantization of models up to 176B parameters" against "... of models", "... for 8-bit quantization of a 20B
    model" against "... for 8-bit quantization". (Not an amount: "up to 1.56x speedup" is how much, and a claim
    that leaves it out says less.)"""
    out = []
    for k in range(1, len(ew) - 1):
        if not (_SIZE.fullmatch(ew[k]) and ew[k + 1] in _SIZED_NOUNS and unaligned[k] and unaligned[k + 1]):
            continue
        start = k
        while start > 0 and k - start < 2 and unaligned[start - 1] and ew[start - 1] in _SIZE_OPENERS:
            start -= 1
        if start < k and start > 0 and not unaligned[start - 1] and ew[start] in ("of", "for", "on"):
            out.append(" ".join(ew[start : k + 2]))
    for k in range(1, len(ew) - 2):
        if ew[k] != "up" or ew[k + 1] != "to" or not ew[k + 2][0].isdigit() or not all(unaligned[k : k + 3]) \
                or unaligned[k - 1] or ew[k - 1] in STOPWORDS:
            continue
        worded = k + 3 < len(ew) and ew[k + 3] in _SIZE_WORDS  # "up to 176B parameters"
        if worded or re.fullmatch(r"\d+(?:\.\d+)?[bmk]", ew[k + 2]):
            out.append(" ".join(ew[k : k + 3 + worded]))
    return out


def _models_left_out(claim_text: str, evidence_text: str, ew: list[str], unaligned: list[bool], first: int,
                     last: int) -> list[str]:
    """A model the evidence names inside what the claim restates, where the claim names none: "testing
    LLaMA-65B on 4 common sense QA tasks requires 3 GPU hours" against "testing on 4 common sense QA tasks
    requires 3 GPU hours" (the claim speaks of every model). A model in parentheses is an example."""
    if any(k.startswith("model:") for n in _names_in(claim_text)[1] for k in n):
        return []
    e_words, e_names = _names_in(_NUMBERED_CITATION.sub("", evidence_text))
    if list(e_words) != ew:  # the two readings of the text differ: no position to trust
        return []
    out = []
    for k in range(first + 1, last):
        # (in a slot of what the claim restates, right after its words: not "unlike ... models like BERT")
        slot = not unaligned[k - 1] or (ew[k - 1] in _DETERMINERS and k >= 2 and not unaligned[k - 2])
        if slot and unaligned[k] and any(n.startswith("model:") for n in e_names[k]) \
                and ew[:k].count("(") <= ew[:k].count(")") and not any(n.startswith("model:") for n in e_names[k - 1]):
            j = k + 1
            while j < last and e_names[j] & e_names[k]:
                j += 1
            out.append(" ".join(ew[k:j]))
    return out


def _clause_end(ew: list[str], i: int) -> int:
    """Where the clause holding word ``i`` ends: its next comma or semicolon, else the text's end."""
    return next((k for k in range(i, len(ew)) if ew[k] in (",", ";")), len(ew))


def _said_by_number(ew: list[str], unaligned: list[bool], i: int, new: list[str]) -> bool:
    """Whether a condition whose only words the claim lacks are descriptive ("large") is stated by the
    claim with its number: "For large transformer language models at and beyond 6.7B parameters, ..."
    against "In transformers of 6.7B parameters and up, ..." (the clause's 6.7B is aligned)."""
    if any(re.search(r"\d", w) for w in new):
        return False
    return any(not unaligned[k] and ew[k][0].isdigit() for k in range(i, _clause_end(ew, i)))  # not "LLM.int8"


def _one_of_respectively(ew: list[str], claim_keys: set[str], i: int) -> bool:
    """Whether the condition at ``i`` lists settings "respectively" and the claim names one of the
    others: "3.9x and 3.5x faster ... on 4090 (desktop GPU) and Orin (mobile GPU), respectively"
    against "on the Jetson Orin mobile GPU ... 3.5x faster" (its "on 4090" is the other number's)."""
    if "respectively" not in ew:
        return False
    end = _clause_end(ew, i)
    # the claim's words, not the alignment: the claim names its setting first ("On the Jetson Orin ...")
    return "and" in ew[i:end] and any(_key(ew[k]) in claim_keys and ew[k] not in STOPWORDS and tokens(ew[k])
                                      for k in range(i + 1, end))


_RELATIVE = frozenset({"we", "which", "that", "who"})


def _in_aside(ew: list[str], i: int) -> bool:
    """Whether the phrase at ``i`` belongs to a relative clause in parentheses, describing rather than
    qualifying: "testing LLaMA-65B (the biggest model we tested on multiple datasets) on 4 ... tasks"."""
    depth, opened = 0, None
    for k in range(i):
        if ew[k] == "(":
            depth, opened = depth + 1, k
        elif ew[k] == ")":
            depth = max(0, depth - 1)
    return depth > 0 and opened is not None and any(w in _RELATIVE for w in ew[opened + 1 : i])


_REASON_OPENERS = frozenset({"since", "because"})


def _in_reason(ws: list[str], i: int, claim_words: list[str]) -> bool:
    """Whether ws[i] stands in a clause that gives a reason ("since we only measure the average
    scale") the claim does not restate: an explanation of the claim, not a condition on it."""
    k = i - 1
    while k >= 0 and ws[k] not in (",", ";", ":", "(", ")"):
        if ws[k] in _REASON_OPENERS:
            return ws[k] not in claim_words
        k -= 1
    return False


_GENERIC_MODELS = frozenset({"llms", "llm", "models", "transformers", "networks"})
_SUPERLATIVE_BEFORE = frozenset({"the", "its", "their", "our", "and", "a", "his", "her", "your"})
_EXAMPLES = re.compile(r"\b(?:e\.g\.|such as|for example|for instance|including|like)\b", re.IGNORECASE)


def generalisations(claim_text: str, evidence_text: str) -> list[str]:
    """Ways the claim states more than the evidence: a peak stated as plain, all/every/always added (rule 5)."""
    from verifier.quantities import quantities_equal

    out = []
    ev = quantities_of(evidence_text)
    for q in quantities_of(claim_text):
        for e in ev:
            if quantities_equal(q, e) and e.qualifier == "up_to" and q.qualifier == "eq":
                out.append(f"'{e.text}' is a peak ('up to'), the claim states it as plain")
                break
    cw, ew = words(claim_text), set(words(evidence_text))
    added = sorted((set(cw) & UNIVERSAL) - ew - {"never"} - (_EVERY if ew & _EVERY else set()))
    if added:
        out.append("the claim says " + "/".join(added) + ", the evidence does not")
    for op, i1, i2, j1, j2 in _opcodes(cw, words(evidence_text)):
        if op == "replace":
            e_seg, c_seg = words(evidence_text)[i1:i2], cw[j1:j2]
            if set(e_seg) & PARTIAL_WORDS and set(c_seg) & UNIVERSAL:
                out.append(f"'{' '.join(e_seg)}' generalised to '{' '.join(c_seg)}'")
            # one thing made many: "Scaling up a single element w" against "scaling up weights"
            elif "single" in e_seg and not {"single", "one", "a", "an"} & set(c_seg) \
                    and any(w.endswith("s") and len(w) > 3 and tokens(w) for w in c_seg):
                out.append(f"'{' '.join(e_seg)}' generalised to '{' '.join(c_seg)}'")
    # "for all models" where the evidence says "for most of the models" elsewhere in the sentence (its
    # "all OPT models" names a subset): the quantifier of one noun, strengthened
    partial = dict(_quantified(words(evidence_text), PARTIAL_WORDS))
    aligned = any("generalised to" in o for o in out)  # the replacement above said it
    for key, phrase in _quantified(cw, UNIVERSAL - {"never"}):
        if key in partial and not aligned:
            out.append(f"'{partial[key]}' generalised to '{phrase}'")
    # "quantized LLMs are evaluated with lm-eval-harness" where the evidence says it of "OPT and BLOOM models":
    # a claim on models in general (with no quantifier of its own), from a sentence on some named ones (not
    # named as examples: "for most of the models, e.g., all OPT and BLOOM models")
    generic = sorted({w.removesuffix("'s").removesuffix("’s") for w in cw} & _GENERIC_MODELS)  # ("an LLM's accuracy")
    # ("its most aggressive and most efficient setting": "most" of an adjective is no quantifier)
    quantifiers = {w for k, w in enumerate(cw) if w in UNIVERSAL | PARTIAL_WORDS
                   and not (w == "most" and k and cw[k - 1] in _SUPERLATIVE_BEFORE)}
    if generic and not quantifiers and not _EXAMPLES.search(evidence_text):
        from verifier.claim_fields import find_models

        if not find_models(claim_text) and (named := list(dict.fromkeys(m for _, _, m in find_models(evidence_text)))):
            out.append(f"'{', '.join(named)}' generalised to '{generic[0]}'")
    return out


_DETERMINERS = frozenset({"of", "the", "these", "those", "its", "their", "our", "a", "an"})
_SIZE_OPENERS = _DETERMINERS | {"for", "on"}  # "of a 20B model", "for 7B models"


def _quantified(ws: list[str], quantifiers: frozenset[str]):
    """(noun key, phrase) for each quantifier of ``quantifiers`` in ``ws`` with the noun it governs
    ("most of the models" -> ("model", "most of the models")), determiners skipped."""
    for i, w in enumerate(ws):
        if w not in quantifiers:
            continue
        j = i + 1
        while j < len(ws) and j <= i + 3 and ws[j] in _DETERMINERS:
            j += 1
        if j < len(ws) and tokens(ws[j]) and ws[j] not in CLAUSE_END:
            yield _key(ws[j]), " ".join(ws[i:j + 1])


# -- verdicts --------------------------------------------------------------------------------------


def _places(text: str) -> set[tuple[str, str]]:
    return {("table" if k[0] in "Tt" else "figure", n) for k, n in PLACE_LABEL.findall(text)}


def _other_place(claim_text: str, unit: Unit) -> str | None:
    """The table or figure the evidence stands in, where the claim names another of that kind ("In
    SmoothQuant's Table 4, the average accuracy is shown on WinoGrande, ..." against the Table 1
    caption's "We report the average accuracy on WinoGrande, ..."): the same words under another
    table are about other results. Read from the unit's own text and the caption or table it is part
    of, not from the sentences around it (a body sentence after "... in Table 5." is not in Table 5)."""
    mine = _places(claim_text)
    if not mine:
        return None
    theirs = _places(unit.text) | _places(unit.place)
    for kind in sorted({k for k, _ in mine}):
        said = {n for k, n in theirs if k == kind}
        if said and not said & {n for k, n in mine if k == kind}:
            return f"{kind} {', '.join(sorted(said, key=int))}"
    return None


# adjectives that judge (each with an antonym in the lists): a claim that says one says what its evidence must say
# too, in that word, a synonym or the antonym (which then contradicts)
_JUDGEMENTS = frozenset(
    "strong weak robust fragile good bad poor excellent easy hard difficult challenging simple complex effective "
    "ineffective efficient inefficient accurate inaccurate stable unstable feasible infeasible practical impractical "
    "beneficial harmful helpful cheap expensive costly negligible minor major lossless lossy consistent inconsistent "
    "sufficient insufficient necessary unnecessary superior inferior common rare frequent "
    "infrequent ubiquitous straightforward".split()
)


def _unsaid_judgements(claim_text: str, unit: Unit) -> list[str]:
    """The judging adjectives of the claim (:data:`_JUDGEMENTS`) that the evidence sentence says in no form:
    not the word, its base or synonym, nor an antonym."""
    said = [w for w in words(_paraphrased(_as_own(claim_text, unit.own))) if w in _JUDGEMENTS]
    if not said:
        return []
    toks, loose = _token_set(unit.text), _loose_set(unit.text)

    def found(w: str) -> bool:
        return w in toks or any(k in loose for k in _loose_keys(w))

    return [w for w in dict.fromkeys(said) if not found(w) and not any(found(a) for a in ANTONYMS.get(w, ()))]


def _unseen_names(claim_text: str, unit: Unit, idf) -> list[str]:
    """The claim's names of letters only (:func:`verifier.retrieval.name_tokens`, past its report frame) that its
    source never writes, by the source's IDF; none where no IDF is known. (A format or size, "FP8", "13B", is the
    number checks' to read: another one contradicts.)"""
    if idf is None:
        return []
    from verifier.retrieval import name_tokens

    unseen = idf("\x00unseen")
    text = _loose_set(unit.text)  # (a Greek letter there is its name: "Δ" is "Delta")
    return sorted(t for t in name_tokens(_as_own(claim_text, unit.own))
                  if idf(t) >= unseen - 1e-9 and t not in text and t.isalpha())  # (a format or size: the numbers')


def judge(claim_text: str, unit: Unit, score: float, *, idf=None) -> tuple[Verdict, list[str]]:
    """The verdict of one candidate unit for one claim, with the reasons (rules in the module docstring)."""
    strict, cov = coverage(claim_text, unit, idf)
    matched, missing = number_check(claim_text, unit.text)
    if missing and unit.context and (lead := _LEADING_PHRASE.match(claim_text)):
        # a number of the phrase that sets the scene ("For its Int8 training experiments, the paper tests two
        # tasks ...") stated by the sentences around the evidence ("We test ... with 8-bit feed-forward networks")
        framed = [m for m in missing if m in lead.group(0)]
        if framed:
            unconfirmed = number_check(lead.group(0), unit.context)[1]
            confirmed = [m for m in framed if m not in unconfirmed]
            matched, missing = matched + len(confirmed), [m for m in missing if m not in confirmed]
    # a differing number contradicts only where the evidence states a number of its kind (a speed-up
    # is no contradiction of a sentence whose one number is a model size)
    evidence_has_numbers = _states_its_kind(claim_text, unit.text, missing)
    flips = comparison_flips(claim_text, unit.text)
    reasons = [
        f"coverage {cov:.2f}{f' (word for word {strict:.2f})' if strict < cov else ''}, retrieval score {score:.2f}",
        f"numbers matched {matched}, differing {len(missing)}",
    ]
    # a claim number inside a bound or range the evidence states (530B where it says ">500B"): not
    # confirmed, not contradicted
    bounded = _bounded(claim_text, unit.text, missing)
    if bounded and len(bounded) == len(missing) and not flips:
        reasons.append("the evidence bounds but does not state: " + ", ".join(bounded))
        return Verdict.not_found, reasons
    if (foreign := _unseen_names(claim_text, unit, idf)):
        # "In Figure 2, the AWQ paper benchmarks its method on Alpaca" against "... on a popular instruction-tuned
        # model Vicuna in Figure 2": a name the source never writes is nothing it says
        reasons.append("the claim names what the source never does: " + ", ".join(foreign))
        return Verdict.not_found, reasons
    if (place := _other_place(claim_text, unit)):
        reasons.append(f"the evidence stands in {place}, not where the claim places it")
        return Verdict.not_found, reasons
    if (absent := _unnamed_subject(claim_text, unit.text, unit.own)):
        # "SmoothQuant maintains the accuracy of OPT-175B" against a sentence on BLOOM-176B and the
        # baselines: the name is frequent in its own paper, so its weight did not keep coverage down
        reasons.append(f"the evidence sentence does not name the claim's subject ({absent})")
        return Verdict.not_found, reasons
    if not (missing and evidence_has_numbers) and (sides := _missing_sides(claim_text, unit.text, unit.own)):
        # "Activations are easier to quantize than weights" against a sentence on BLOOM being easier to
        # quantize than OPT: the rare word carried the coverage, the two sides are not in it (and a
        # direction word of a sentence that does not name them contradicts nothing)
        reasons.append("the evidence does not name both sides of the comparison (missing: " + ", ".join(sides) + ")")
        return Verdict.not_found, reasons
    if not (missing and evidence_has_numbers) and (other := _other_comparison(claim_text, unit.text)):
        # the evidence compares other things: its direction word neither confirms nor contradicts the claim's
        reasons.append(f"the evidence's comparison is of other things ('{other}'), its direction says nothing "
                       "of the claim's")
        return Verdict.not_found, reasons
    if (other := _other_subject(claim_text, unit.text, unit.own)):
        reasons.append(f"the evidence says this of another subject ({other})")
        return Verdict.not_found, reasons
    if (names := _other_names(claim_text, unit.text)):
        # "the higher-zero BitNet Qwen3 models reach a few percent" against "... CAT-Q Qwen3 models ...": every
        # other word is there, the method is another
        reasons.append("the evidence names another method, model, dataset or device: " + "; ".join(names))
        return Verdict.not_found, reasons
    counts = _count_mismatches(claim_text, unit.text)
    sizes = _size_mismatches(claim_text, unit.text)
    if strict >= COVER_SUBJECT and (flips or counts or sizes or (missing and evidence_has_numbers)):
        if missing and evidence_has_numbers:
            reasons.append("claim numbers not in the evidence: " + ", ".join(missing))
        if sizes:
            reasons.append("a model size differs: " + ", ".join(sizes))
        if counts:
            reasons.append("a count or factor differs: " + ", ".join(counts))
        amounts = [f for f in flips if f.startswith("by ")]
        if amounts:
            reasons.append("the amount of the change differs: " + ", ".join(amounts))
        placed = [f for f in flips if f.endswith("is of something else)")]
        reasons += placed
        if len(amounts) + len(placed) < len(flips):
            reasons.append("direction differs: " + ", ".join(f for f in flips if f not in amounts and f not in placed))
        return Verdict.contradicted, reasons
    if (flips or counts) and cov >= _cover_needed(claim_text):
        # covered as a paraphrase only: too little to contradict, and what differs forbids support ("AWQ
        # needs backpropagation" against "... requires a smaller calibration set since we do not rely on
        # regression/backpropagation")
        reasons.append("differs (" + ", ".join(flips + counts) + "), but the evidence covers the claim only as a "
                       "paraphrase: not contradicted, not supported")
        return Verdict.not_found, reasons
    if cov < _cover_needed(claim_text) or missing:
        if missing:
            reasons.append("the evidence states no number to confirm: " + ", ".join(missing))
        return Verdict.not_found, reasons
    if (crossed := _crossed_contrast(claim_text, unit.text)):
        # "SmoothQuant O3 maintains the floating point accuracy" against "The O1 and O2 levels ...
        # maintain the floating point accuracy, while the O3 level ... degrades the average accuracy"
        reasons.append("the claim puts " + ", ".join(repr(w) for w in crossed) + " with what the evidence says of "
                       "the other side of its contrast")
        return Verdict.not_found, reasons
    if (traded := _traded_clauses(claim_text, unit.text)):
        # "The five-trit feeder requires the prefill cycle while the bitmap feeders can operate without it"
        # against "The bitmap feeders require the prefill cycle; the five-trit feeder can operate without it"
        reasons.append("each clause of the claim puts words of one clause of the evidence with words of the other ("
                       + "; ".join(" + ".join(f"'{w}'" for w in pair) for pair in traded) + ")")
        return Verdict.not_found, reasons
    if (unspoken := _unspoken_negated(words(claim_text), words(unit.text))):
        # "No mixed-precision decomposition is used" against a sentence that speaks of mixed precision
        # and not of a decomposition: what the claim says is absent, the evidence does not mention
        reasons.append("the claim negates what the evidence does not speak of (" + ", ".join(unspoken) + ")")
        return Verdict.not_found, reasons
    cw, ew = set(words(claim_text)), set(words(unit.text))
    if (said := sorted(cw & CHANGE_WORDS)) and not ew & CHANGE_WORDS and not ({"than", "x", "×"} & ew):
        # "LLM.int8() doubles the memory footprint" against "Table 3 compares the memory footprint of
        # 16-bit inference and LLM.int8()": the words are there, the change is not
        reasons.append("the evidence states no change (the claim: " + ", ".join(said) + ")")
        return Verdict.not_found, reasons
    if "than" in cw and _compares(claim_text) and _comparison(words(unit.text)) is None and not ew & _COMPARATIVES \
            and not any(w.endswith(("er", "est")) and w in ANTONYMS for w in ew) and not _above_all(words(unit.text)):
        # "The bitmap/sign engines need less area than five-trit engines" against a sentence on what each
        # engine's weight feeder needs: both sides and the words, no comparison
        reasons.append("the evidence states no comparison (the claim: '" + " ".join(_than_words(claim_text)) + "')")
        return Verdict.not_found, reasons
    if (swapped := _substituted(claim_text, unit.text)):
        # "outliers ... are rare in large transformers" against "... are ubiquitous in large transformers": one word
        # put for another in an otherwise aligned sentence, neither of the same base nor a known synonym, may say
        # the opposite; no support without knowing it does not
        reasons.append("the evidence has another word where the claim has " + ", ".join(
            f"'{a}' ('{b}')" for a, b in swapped) + ": not known to say the same")
        return Verdict.not_found, reasons
    if (unsaid := _unsaid_judgements(claim_text, unit)):
        # "The AWQ paper calls its primary baseline, RTN, actually quite strong" against "Our primary baseline is
        # vanilla round-to-nearest quantization (RTN)": every other word is there, the judgement is not
        reasons.append("the evidence does not judge as the claim does (the claim: " + ", ".join(unsaid) + ")")
        return Verdict.not_found, reasons
    partial = [f"condition left out: {c}" for c in dropped_conditions(claim_text, unit.text)]
    partial += generalisations(claim_text, unit.text)
    if partial:
        reasons += partial
        return Verdict.partially_supported, reasons
    return Verdict.supported, reasons


def _same_word(a: str, b: str) -> bool:
    """Whether two words say the same as far as the vocabulary knows: a base ("serving" / "served"), an
    adverb of the adjective ("strictly" / "strict"), a part of a compound ("packs" / "co-packs"), a
    synonym group or an equivalent pair."""
    ka, kb = _key(a), _key(b)
    if _base(ka) == _base(kb) or _align_key(a) == _align_key(b):
        return True
    if a.removesuffix("ly") == b.removesuffix("ly") or a in b.split("-") or b in a.split("-"):
        return True
    return _base(ka).startswith(_base(kb)) or _base(kb).startswith(_base(ka))


# words that link clauses or hedge, no predicate ("after" / "once", "still", "if")
_LINKING = frozenset({"still", "once", "if", "after", "before", "when", "while", "whereas", "though", "although",
                      "also", "even", "only", "just", "then", "thus", "hence", "since", "because", "until", "unless"})
# equivalence groups (verifier.vocabulary) of words that judge ("benefits", "drawbacks", "crucial")
_EVALUATIVE_HEADS = frozenset({"benefit", "drawback", "large", "small", "outstanding", "crucial", "significant",
                               "simple", "hard", "fast", "accurate", "common", "rare", "significantly", "improve",
                               "degrade"})
_EVALUATIVE = re.compile(r"\w{3,}(?:ous|ive|able|ible|ful|less|ic|al|ent|ant|ward|ary|ly)$")


def _as_written(w: str, text: str) -> bool:
    """Whether the lower-cased word ``w`` is written as a name in ``text`` ("llama" as "LLaMA")."""
    m = re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.IGNORECASE)
    return bool(m) and _name_shaped(m.group(0))


def _evaluative(w: str) -> bool:
    """A word that can carry a direction or a judgement: one of the antonym pairs, or an adjective or adverb by
    its ending ("ubiquitous", "straightforward", "static", "rarely")."""
    return w in ANTONYMS or _key(w) in _ANTONYM_TOKENS or bool(_EVALUATIVE.match(w)) \
        or SYNONYMS.get(w) in _EVALUATIVE_HEADS


_FILLERS = frozenset({"also", "still", "even", "just", "indeed", "further", "additionally"})


def _substituted(claim_text: str, evidence_text: str) -> list[tuple[str, str]]:
    """One word of the claim put for one of the evidence right after words the two share, where either can
    carry a direction or a judgement ("are rare in" / "are ubiquitous in", "the benefit fades" / "grows"):
    (claim's, evidence's) for each pair neither of the same base nor known synonyms nor names (names:
    :func:`_other_names`), nor two sides trading places (the comparison rules read those)."""
    cw, ew = words(claim_text), _compounds_as_in(words(claim_text), words(evidence_text))
    ops = _opcodes(cw, ew)
    out = []
    for n, (op, i1, i2, j1, j2) in enumerate(ops):
        # (a filler adverb beside it does not count: "are rarely used" against "are also often used")
        if op == "replace" and i2 - i1 + j2 - j1 == 3:
            if i2 - i1 == 2 and (ew[i1] in _FILLERS) != (ew[i1 + 1] in _FILLERS):
                i1, i2 = (i1 + 1, i2) if ew[i1] in _FILLERS else (i1, i2 - 1)
            elif j2 - j1 == 2 and (cw[j1] in _FILLERS) != (cw[j1 + 1] in _FILLERS):
                j1, j2 = (j1 + 1, j2) if cw[j1] in _FILLERS else (j1, j2 - 1)
        # (beside shared words: before it, or after it where it opens the sentence)
        if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1 or not (
                (n and ops[n - 1][0] == "equal") or (n == 0 and n + 1 < len(ops) and ops[1][0] == "equal")):
            continue
        a, b = cw[j1], ew[i1]
        pa, pb = a.split("-"), b.split("-")
        if len(pa) > 1 and len(pa) == len(pb) and sum(x != y for x, y in zip(pa, pb, strict=True)) == 1:
            # one part of a compound put for another ("58-tiny" / "58-large")
            a, b = next((x, y) for x, y in zip(pa, pb, strict=True) if x != y)
        if len(a) < 3 or len(b) < 3 or not tokens(a) or not tokens(b) or a in STOPWORDS or b in STOPWORDS \
                or a in _LINKING or b in _LINKING or a[:1].isdigit() or b[:1].isdigit() \
                or a in CLAUSE_END or b in CLAUSE_END \
                or _as_written(a, claim_text) or _as_written(b, evidence_text) or _same_word(a, b) \
                or b in ANTONYMS.get(a, ()) or (a.endswith("ing") and b.endswith("ing")) \
                or (a.endswith("s") and b.endswith("s") and not (_evaluative(a) or _evaluative(b))):
            # (known antonyms: the flips; two gerunds: reworded; two plurals: nouns, "checkpoints" / "models")
            continue
        out.append((a, b))
    return [(a, b) for a, b in out if (b, a) not in out]


def _compounds_as_in(cw: list[str], ew: list[str]) -> list[str]:
    """The evidence's words with each two-word compound the claim writes the other way round put in the
    claim's order ("feature outliers" for the claim's "outlier features"), so that aligning the two does
    not read the swap as one word put for another. Content words only, by base."""
    def base(w: str) -> str:
        t = tokens(w)
        return t[0] if len(t) == 1 else ""

    pairs = {(base(x), base(y)) for x, y in zip(cw, cw[1:])} - {("", "")}
    out = list(ew)
    i = 0
    while i + 1 < len(out):
        x, y = base(out[i]), base(out[i + 1])
        if x and y and x != y and (y, x) in pairs and (x, y) not in pairs:
            out[i], out[i + 1] = out[i + 1], out[i]
            i += 2
        else:
            i += 1
    return out


def _cover_needed(claim_text: str) -> float:
    """The coverage support needs: COVER_SUPPORT, or COVER_SUPPORT_LONG for a claim of LONG_CLAIM distinct
    content words or more (a long restatement leaves more words behind in other words; a short claim
    would reach a low share on two or three common words: "The result is mostly negative")."""
    return COVER_SUPPORT_LONG if len(set(tokens(claim_text))) >= LONG_CLAIM else COVER_SUPPORT


def _turned(claim_text: str) -> str | None:
    """The claim with each direction word replaced by its antonyms ("still succeeds" -> "still fails
    failed ..."), or None where it has none (common pairs such as with/without, more/less aside)."""
    ws = _WORD.findall(claim_text)
    out, turned = [], False
    for w in ws:
        anti = ANTONYMS.get(w.lower())
        if anti and w.lower() not in COMMON:
            out += sorted(anti)
            turned = True
        else:
            out.append(w)
    return " ".join(out) if turned else None


def _synonymous(claim_text: str) -> str | None:
    """The claim with each word of a synonym group followed by the group's other words ("needs" ->
    "needs need require"), or None where it has none."""
    out, found = [], False
    for w in _WORD.findall(_paraphrased(claim_text)):
        out.append(w)
        if (group := SYNONYMS.get(_key(w.lower()))) is not None:
            out += [v for v in SYNONYM_VERBS[group] if v != _key(w.lower())]
            found = True
    return " ".join(out) if found else None


def ground_text(claim_text: str, retriever: Retriever, *, k: int = 16) -> Grounding:
    """Ground a claim given as text against the retriever's sources.

    The top ``k`` units are ranked by retrieval; the one judged is the best covered (ties within
    NEAR_TIE broken by number agreement, then retrieval score). Evidence: that unit first, then
    the next two candidates, each an exact source span with its page and score. A claim found
    nowhere is read again with the abbreviations the source defines, spelled the other way
    ("Round-to-nearest fails" as "RTN fails" where the paper writes "round-to-nearest (RTN)").
    """
    g = _ground_once(claim_text, retriever, k=k)
    if g.verdict is Verdict.not_found:
        for variant in _spelled_otherwise(claim_text, retriever.abbreviations):
            other = _ground_once(variant, retriever, k=k)
            # only support: an abbreviation spelled out raises the coverage of sentences on other things (and
            # not where the claim as written puts a word for one of that sentence's: "very tiny LLMs" read as
            # "very tiny Large language models" against "very large LLMs")
            if other.verdict in (Verdict.supported, Verdict.partially_supported) \
                    and not (other.evidence and _substituted(claim_text, other.evidence[0].quote)):
                return other.model_copy(update={"reasons": [*other.reasons,
                                                            f"read with the source's abbreviations: '{variant}'"]})
        if (joined := _ground_joined(claim_text, retriever)) is not None:
            return joined
    return g


# a sentence that goes on with the one before it: its subject is the other's ("This occurs only in LLMs
# with a model dimension of 4096 or larger", "It is smaller than the direct engine at the tabulated clocks")
# with a following noun that names the document, "This paper", or an impersonal "It's worth noting", none
_CONTINUES = re.compile(r"(?:This|These|That|Those|It|Its|They|Their|Such)\b(?!['’]|\s+(?:paper|work|section|table|"
                        r"figure|appendix)\b|\s+(?:is|was)\s+(?:worth|important|clear|notable|noteworthy|interesting|"
                        r"possible|easy|hard|difficult|known)\b|\s+(?:should|can|must|could|may)\s+be\b)")


def _ground_joined(claim_text: str, retriever: Retriever) -> Grounding | None:
    """Support from a sentence read with the next one where that one continues it (rule 8): a claim
    that restates both ("Int8 matrix multiplication only pays off when the GPU is well saturated,
    which happens only in LLMs with a model dimension of at least 4096"). Only support, and only
    from the first CORE_K units for the claim and their neighbours: two sentences hold more words,
    and never contradict a claim that neither states whole."""
    idf = retriever.idf
    seen: set[tuple[int, int]] = set()
    for r in retriever.rank(claim_text, k=CORE_K):
        before, after = retriever.neighbours(r.unit)
        for first, second in ((before, r.unit), (r.unit, after)):
            if first is None or second is None or (id(first), id(second)) in seen:
                continue
            seen.add((id(first), id(second)))
            if first.char_end is None or not _CONTINUES.match(second.text) or second.char_start != first.char_end + 1:
                continue
            both = Unit(first.source_sha256, first.page, f"{first.text} {second.text}",
                        passage_index=first.passage_index, char_start=first.char_start, char_end=second.char_end,
                        context=first.context, own=first.own, place=first.place,
                        end_passage=second.end_passage, end_char=second.end_char)
            verdict, reasons = judge(claim_text, both, r.score, idf=idf)
            if verdict in (Verdict.supported, Verdict.partially_supported):
                return Grounding(verdict=verdict, score=round(r.score, 4), evidence=[_span(both, r.score)],
                                 reasons=[*reasons, "read with the next sentence, which continues it "
                                          f"('{second.text.split()[0]} ...')"],
                                 semantic=retriever.semantic_used)
    return None


def _spelled_otherwise(claim_text: str, abbreviations: dict[str, str]) -> list[str]:
    """The claim with each long form the source abbreviates put as its abbreviation, and with each
    abbreviation put as its long form (those that change it)."""
    short, long = claim_text, claim_text
    for abbr, words in abbreviations.items():
        spelled = r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", words))
        short = re.sub(rf"\b{spelled}s?\b", abbr, short, flags=re.IGNORECASE)
        # not inside a name: "LLM.int8()" is no "Large language models.int8()"
        long = re.sub(rf"(?<![\w.]){re.escape(abbr)}s?\b(?!\.\w)", words, long)
    return [v for v in dict.fromkeys((short, long)) if v != claim_text]


def _ground_once(claim_text: str, retriever: Retriever, *, k: int = 16) -> Grounding:
    ranked = retriever.rank(claim_text, k=k)
    if not ranked:
        return Grounding(
            verdict=Verdict.not_found,
            score=0.0,
            reasons=["no source text to search"],
            semantic=retriever.semantic_used,
        )
    idf = retriever.idf
    # the sentence that says the opposite ranks low for the claim's own words ("still succeeds" against
    # "even zeropoint quantization fails"): the first CORE_K for the claim turned around are judged as
    # well. Each unit is marked core (judged whatever its coverage) for the word-for-word reading and
    # for the paraphrase reading, which also lifts the first CORE_K for the claim with its synonyms
    # ("does not need backpropagation" against "... requires ... since we do not rely on
    # regression/backpropagation")
    pool = {id(r.unit): [rank < CORE_K, rank < CORE_K, r] for rank, r in enumerate(ranked)}
    for query, strict in ((_turned(claim_text), True), (_synonymous(claim_text), False)):
        for r in retriever.rank(query, k=CORE_K) if query is not None else ():
            entry = pool.setdefault(id(r.unit), [False, False, r])
            entry[0] |= strict
            entry[1] = True
    cands, loose_cands, elsewhere = [], [], []
    for core, loose_core, r in pool.values():
        if (place := _other_place(claim_text, r.unit)):
            elsewhere.append(place)  # (under another table or figure than the claim names: not judged)
            continue
        strict, loose = coverage(claim_text, r.unit, idf)
        # below the first CORE_K only a unit that holds nearly every claim word is judged
        if core or strict >= DEEP_COVER:
            cands.append((round(strict / NEAR_TIE), r.numbers, r.score, r, strict))
        if loose_core or loose >= DEEP_COVER:
            loose_cands.append((round(loose / NEAR_TIE), r.numbers, r.score, r, loose))
    if not cands:
        cands = loose_cands
    if not cands:
        return Grounding(
            verdict=Verdict.not_found,
            score=0.0,
            reasons=["every passage found stands in another table or figure than the claim names: "
                     + ", ".join(dict.fromkeys(elsewhere))],
            semantic=retriever.semantic_used,
        )
    cands.sort(key=lambda c: c[:3], reverse=True)
    loose_cands.sort(key=lambda c: c[:3], reverse=True)
    best = cands[0][3]
    verdict, reasons = judge(claim_text, best.unit, best.score, idf=idf)
    if verdict is Verdict.contradicted and (cands[0][4] < DEEP_COVER or len(quantities_of(claim_text)) >= 2) \
            and not comparison_flips(claim_text, best.unit.text) and not _count_mismatches(claim_text, best.unit.text):
        # the best-covered unit states other numbers (not other counts in words: "two nodes" where it says
        # "a single node"); a unit about the same that states every number
        # of the claim shows the source does not say otherwise ("maintains 16-bit accuracy" beside 6.7B,
        # and "maintains full 16-bit performance ... to 175B parameters"): that unit is judged. Not
        # where the best-covered unit holds nearly every claim word: it says the same with another
        # number ("Zeropoint quantization fails instead beyond 6.7B parameters" against "... beyond 2.7B"),
        # unless the claim has two numbers or more and the other unit states them all ("The 210 tensors
        # contain 2,084,044,800 weights ..." against a sentence on "the 180 ... tensors")
        alt = next((c[3] for c in cands[1:] if c[4] >= COVER_SUBJECT
                    and (found := number_check(claim_text, c[3].unit.text))[0] and not found[1]
                    and not _size_mismatches(claim_text, c[3].unit.text)), None)
        if alt is not None:
            verdict, alt_reasons = judge(claim_text, alt.unit, alt.score, idf=idf)
            reasons = alt_reasons + [f"not contradicted: the best-covered passage states other numbers "
                                     f"({'; '.join(r for r in reasons[2:])}), this one states the claim's"]
            cands = [c for c in cands if c[3] is alt] + [c for c in cands if c[3] is not alt]
            best = alt
    if verdict is Verdict.not_found and loose_cands and loose_cands[0][3] is not best:
        # read as a paraphrase, another unit may be the one that says it ("makes it possible to serve the
        # 530B LLM" against "enables serving 530B LLM"); it can only support: a contradiction is judged
        # on the words themselves
        other = loose_cands[0][3]
        v, r_other = judge(claim_text, other.unit, other.score, idf=idf)
        if v in (Verdict.supported, Verdict.partially_supported):
            verdict, reasons, best = v, r_other, other
            cands = loose_cands
    evidence = [_span(best.unit, best.score)] + [_span(c[3].unit, c[3].score) for c in cands[1:3]]
    return Grounding(
        verdict=verdict,
        score=round(best.score, 4),
        evidence=evidence,
        reasons=reasons,
        semantic=retriever.semantic_used,
    )


def _span(u: Unit, score: float) -> EvidenceSpan:
    return EvidenceSpan(
        source_sha256=u.source_sha256,
        page=u.page,
        quote=u.text,
        score=round(score, 4),
        passage_index=u.passage_index,
        char_start=u.char_start,
        char_end=u.char_end,
        table_index=u.table_index,
        row=u.row,
        end_passage=u.end_passage,
        end_char=u.end_char,
    )
