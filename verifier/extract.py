"""Claims from a parsed document: one per result or setup sentence, one per numeric table cell.

``extract_claims`` is a pure function of a :class:`~verifier.documents.ParsedDocument`:

- Sentences of body, abstract and caption passages are kept when they state a result (a
  measured number, a comparison, a trend, or an effect of a named method) or a setup fact
  (hyper-parameters and protocol). Each claim quotes its sentence exactly:
  ``passage.text[anchor.char_start:anchor.char_end] == anchor.quote``. A sentence a page or
  column break (or a displayed equation) cuts in two is read and quoted whole, its anchor saying
  where it ends (``end_page``, ``end_passage_index``, ``end_char``; :mod:`verifier.run_ons`);
  read apart, its second part states without its subject ("16-bit is reduced to 1.6x ...").
- Each numeric body cell of a table gives one claim named by its row and column headers.
  What the headers leave empty comes from the caption: every field from its first sentence
  (the title), only dataset, hardware and (failing the title) metric from the later sentences
  that define rather than comment ("Results are perplexity on WikiText-2"), nothing from
  commentary ("We see that absmax ... is worse than 8-bit 6.7B perplexity").
- A caption sentence that names its method but no metric takes the caption's model-quality
  metric and dataset (``conditions["metric_from"] = "caption"``); in body text, such a sentence
  takes the metric its paragraph announced before it ("We evaluate the perplexity ... in Table
  4."; ``conditions["metric_from"] = "paragraph"``).
- A sentence's opening condition ("At 2.0 ns, ...") is never its value.
- A bit width under a strict bound ("uses less than 8-bits") is not the claim's ``bits``;
  ``conditions["bits_below"]`` keeps the bound. "our method, LLM.int8()" names the method.

Kinds follow DESIGN.md: a setup fact ("batch size 32, lr 2e-5") is never a result. The
decision uses cue phrases from ``verifier.lexicon`` and the units of the numbers:

    setup        setup cues ("batch size", "we use", "trained for", "the hidden dimension is") and no
                 stronger result cues
    trend        "as ... increases", "scales with", "the larger the"
    speedup      speedup, faster, latency, throughput, ms / tokens/s units (ties beat memory)
    memory       memory, footprint, "by half", GB units
    comparison   outperforms, matches, compared to, vs., "within 1% of", "without degradation"
    result       a measured number (%, ×, ppl, pJ, a decimal) with no cue above
    qualitative  an effect word ("improves", "preserves") and a method, without a number
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any, NamedTuple

from verifier import lexicon
from verifier.claim_fields import (
    bit_widths,
    conditions_of,
    count_cues,
    direction_of,
    find_baseline,
    find_datasets,
    find_hardware,
    find_methods,
    find_metrics,
    find_models,
    hardware_spans,
    primary_method,
    semicolon_part,
    sparsity_of,
    sparsity_spans,
)
from verifier.claims import RESULT_KINDS, Anchor, Claim, ClaimKind, Method, MethodFamily, Quantity
from verifier.documents import (
    BBox,
    ParsedDocument,
    Passage,
    PassageKind,
    Table,
    TableCell,
)
from verifier.quantities import parse_quantities, verb_factors
from verifier.run_ons import continued, end_part, join_parts, run_ons, sentence_end, vocabulary_of
from verifier.sentences import split_sentences
from verifier.textnorm import Vocabulary

# 1.4: brackets that hold a 0 ("[0, 255]") are a range, no citation (citations are numbered from 1)
# 1.6: table cells: setting columns name their row and give no claims; a method column names the
# row's method; a cell's one count is its value; a GLUE task's own metric where nothing names one
# 1.10: table cells: a GLUE task of two official metrics is its "GLUE task score", the variant said to be
# unstated; a statistics column the lexicon has no metric for is its header, as written; a row with no
# check mark on, where the marks put layers in low bits, is the reference; a sentence's metric in another
# clause that has a number of its own is not its headline value's
# 1.11: a result's percentage of things with no metric of the lexicon is a share of them, as written ("75% of all
# sequence dimensions": "share of sequence dimensions")
# 1.12: a factor said with a verb on a metric is the value where no number is written ("halves the memory
# footprint", "can nearly double the throughput", "cut the memory ... by half": 2x)
# 1.13: what a caption says a table's cells measure, where the lexicon knows no method, is their method as
# written: "of each five-position engine" (the column headers), "of the stream-fed bitmap/sign design"
# 1.14: a unit overrules a metric no number in it can be a value of (fJ is no area); the size of a memory part
# ("1 MB SRAM") is a spec, not the value; lexicon 42: "BitNet rows" are a checkpoint's weight rows, no method
# 1.15 (lexicon 43): "we" as the subject of an effect ("we reduce the memory footprint ... by 1.96x"), and the
# procedure "we develop ..., which cut the memory ...", are the paper's own method
# 1.16: a design a sentence names before its value, where no method of the lexicon is named, is its method as
# written ("The direct engine reaches a 1.344 ns minimum period", "Architecture B is 23.3% larger")
# 1.17: a model size with no model named is the scale a claim holds at, conditions["model_size"] ("at least
# 6.7B", a table's "1.3B" column)
# 1.18: what the paper sets for all its experiments ("a group size of 128 throughout the work", "All our experiments
# are conducted on NVIDIA A100 80GB GPU servers") holds for each result claim that states none, said so
# 1.19: a speed claim's verb factor is the one on its speed ("... halve the GPU memory usage and nearly double the
# throughput": "double"), its direction the verb's; the paper-wide hardware is a speed, energy or memory figure's
# 1.20: a device's memory ("a laptop RTX 4070 GPU with only 8GB of memory") is its spec where the sentence measures
# something else (the 30 tokens per second)
# lexicon 44: a consumer GPU or an Orin named bare where the text says it is a GPU ("on 4090 (desktop GPU)")
# 1.21: a cell of three quartiles gives their middle, the median, as its value
# 1.22: a hedged change ("from about 40% to about 20%") and a change of ranges ("from 3.7–6.8% to about 3.4–6.3%")
# give the value changed to
# 1.23: "ranging from 0.1 to 3", "the difference ranges from -3.0% to +8.5%" are ranges, not changes
# 1.24: paper-wide settings go to claims of the paper's own experiments only (its method, or a number and no other
# named method), not to a remark on a method family nor to what "some work shows"
# 1.25: a share a method keeps or protects ("protecting only 1% of salient weights") is a setting, not the value
# 1.26: a metric is near a number by where its words end before it or begin after it; a metric followed by a
# number of its own ("perplexity by about 0.1%") is not another number's; a percentage "of" things past a comma
# from the metric is a share of them; a caption's later sentences give no metric to a column that is a measure
# 1.27: the design a caption's sign favours ("negative favors the bitmap") is the method of the cells under the
# column headers that name its settings
# 1.28: a share kept is a setting also without "of" ("keeping 1% salient weights in FP16"), after the fraction
# ("keeping a small fraction of weights (0.1%-1%)"), or named by what it is or is kept in ("the 1% salient
# channels", "mixed-precision (1% FP16)")
# 1.29: a change its verb says is one ends past a setting of its start ("improves from 23.54 for s=1 (simply
# RTN) to 11.92") or in brackets ("improves the perplexity (23.54 to 11.92)"); a method named at its start is its
# baseline; a factor on calibration or training data is a setting ("using 10x smaller calibration set")
# 1.30: a speed or memory claim's written factor on another metric gives way to a verb factor on its own ("1.56x
# speedup and halving the memory usage": a memory claim of 2x, its metric the one the verb acts on); a metric held
# equal ("by 37x at similar latency") is no metric of the number
# 1.31: a clock run at opens a sentence too ("At 1.6 ns the resident case uses ..."); "the 1 MB 45 nm point" is a
# memory-energy point, a spec
# 1.32: a bound on the clock is where it ran ("At clock periods below about 1.8 ns"), and a clock run at names no
# metric nor kind; the direction is read in the value's part of a sentence split by semicolons; "(1.352 vs 1.484
# ns)": the unit written once is both numbers' (verifier/quantities.py)
# 1.33: a difference in bits per weight is a measure, no bit width ("0.0385 bits per weight smaller"); a method
# named in another part of a sentence split by semicolons is not the finding's
# 1.34: a metric that is another number's unit ("at exactly 1.6 bits per weight") is not the headline's; an
# opening condition "At z = 0.4225, close to the ... 42.21% density," is one condition; "the top 2% ..." is a
# setting; the method words of a metric ("the quantization error") name no method
# 1.35: a model named after a method is no method where the sentence names another ("quantization-aware models
# ... (BitNet 2B4T, ...)"); "the corresponding Architecture A" is Architecture A; "At the 42.2% zero density of"
# is a setting (the finding stays a claim); a metric a finding varies with ("shifts with zero density") or one held
# equal names no measure, a headline or none; a group size is a setting
# 1.36: a case named in brackets ("(best case: -8.5% for Qwen3-1.7B)") gives way to the main clause's measure
# 1.37: things counted where they occur are measured ("150,000 outliers occur per sequence")
# 1.38: a share of a measure kept is a result ("keeps 95% of the accuracy"); "prunes 50% of LLaMA-7B" is a sparsity
# 1.39: a caption note labelled with columns ("A and B streamed: ... the LPDDR4 point") is those columns' note only
# 1.40: a sentence whose main verb is a protocol's ("We measure ...", "we evaluate ...") with no measure and no
# finding is setup; a caption legend's clock ("B resident: 2.0 ns with ...") and a memory point's energy in brackets
# are settings
# 1.41: the delay targets a synthesis ran at ("at 43 delay targets from 0.9 to 3.0 ns") are settings
EXTRACTOR_VERSION = f"1.41+lexicon.{lexicon.LEXICON_VERSION}"

_TEXT_KINDS = frozenset({PassageKind.body, PassageKind.abstract, PassageKind.caption})
_MEASURE_UNITS = frozenset({"%", "x", "pp", "ppl", "ms", "s", "us", "ns", "GB", "MB", "KB", "TB", "fJ", "pJ", "W",
                            "tokens/s", "flops"})  # fmt: skip
_TIME_UNITS = frozenset({"ms", "s", "us", "ns", "tokens/s"})
_SIZE_UNITS = frozenset({"GB", "MB", "KB", "TB"})
_PREFERRED_UNITS: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.speedup: ("x", "tokens/s", "ms", "us", "ns", "s", "%"),
    ClaimKind.memory: ("GB", "MB", "TB", "KB", "x", "%"),
}
_SPEED_METRICS = frozenset({"speedup", "throughput", "latency", "clock period"})
_HEADER_UNIT = re.compile(r"\(\s*(?:in\s+)?(\\?%|ms|s|µs|us|ns|GB|MB|x|×|ppl|fJ|pJ|W|tokens/s)\s*[;,)]", re.IGNORECASE)
_HEADER_UNITS = {"\\%": "%", "%": "%", "×": "x", "µs": "us", "ppl": "ppl", "gb": "GB", "mb": "MB", "fj": "fJ",
                 "pj": "pJ", "w": "W", "tokens/s": "tokens/s", "ms": "ms", "s": "s", "us": "us", "ns": "ns",
                 "x": "x"}  # fmt: skip


def extract_claims(doc: ParsedDocument) -> list[Claim]:
    """Every claim of ``doc``: sentence claims in reading order, then table-cell claims."""
    own = own_method(doc)
    claims: list[Claim] = []
    spans_of = {p.index: split_sentences(p.text) for p in doc.passages if p.kind in _TEXT_KINDS}
    cut = run_ons(doc, spans_of)
    after_cut = continued(doc, cut)
    vocabulary = vocabulary_of(doc)
    by_index = {p.index: p for p in doc.passages}
    for passage in doc.passages:
        if passage.kind not in _TEXT_KINDS:
            continue
        found = []
        spans = spans_of[passage.index]
        for i, (start, end) in enumerate(spans):
            if i == 0 and passage.index in after_cut:
                continue  # the end of the sentence the passage before began: read with it
            runs_on = None
            if i == len(spans) - 1 and passage.index in cut:
                b, middle = cut[passage.index]
                runs_on = (by_index[b], sentence_end(by_index[b], spans_of), middle)
            claim = sentence_claim(passage, start, end, own=own, runs_on=runs_on, vocabulary=vocabulary)
            if claim is not None:
                found.append(claim)
        if passage.kind == PassageKind.caption and found:
            found = _with_caption_metric(found, passage.text)
        elif found:
            found = _with_announced_metric(found, passage.text, spans)
        claims.extend(found)
    for table in doc.tables:
        claims.extend(table_claims(table, own=own))
    return _with_paper_wide(claims, doc, own)


# a setup fact said of the whole paper: "We used a group size of 128 throughout the work, except otherwise
# specified", "All our experiments are conducted on NVIDIA A100 80GB GPU servers"
_PAPER_WIDE = re.compile(
    r"\bthroughout (?:the|this|our) (?:work|paper|experiments)\b|\bin all (?:of )?(?:our |the )?experiments\b|"
    r"\b(?:unless|except) (?:otherwise |where |when )?(?:specified|stated|noted|mentioned)\b|"
    r"\ball (?:of )?our experiments\b|\b(?:for|in) all (?:our )?(?:experiments|evaluations)\b", re.IGNORECASE)
# what such a fact sets for every result the paper reports: the hardware, and the protocol details that decide a
# number (not a bit width: the paper's reference rows are in another precision)
_WIDE_CONDITIONS = ("group_size", "calibration_set", "seq_len", "harness", "batch_size")
# what other work found, said without a citation: "some work shows that in production, we can ..."
_WORK_SHOWS = re.compile(r"\b(?:some|other|prior|previous|existing|related) works? (?:shows?|showed|has shown|"
                         r"have shown|reports?|reported|finds?|found)\b", re.IGNORECASE)
# the figures a paper-wide hardware is of (a model's accuracy is not the GPU's)
_HARDWARE_METRICS = frozenset({"speedup", "throughput", "latency", "clock period", "energy", "power", "memory"})


def _with_paper_wide(claims: list[Claim], doc: ParsedDocument, own: Method | None = None) -> list[Claim]:
    """Result claims of the paper's experiments with the settings the paper states for all of them where
    they state none: their hardware (of speed, energy and memory figures), group size, calibration set,
    sequence length, harness, batch size. Each such claim says which and where from
    (``conditions["paper_wide"]``). A claim of the paper's experiments is one about its own method, or one
    with a number and no other named method; not a remark on a method family ("Quantization can reduce
    memory"), not another work's finding, nor what "some work shows". Not a caption's "all experiments"
    (that figure's), nor where two such facts disagree."""
    kinds = {p.index: p.kind for p in doc.passages}
    wide: dict[str, tuple[str, Claim]] = {}
    clash: set[str] = set()
    for c in claims:
        if (c.kind is not ClaimKind.setup or c.origin != "text" or kinds.get(c.anchor.passage_index) is not
                PassageKind.body or not _PAPER_WIDE.search(c.statement)):
            continue
        found = {k: c.conditions[k] for k in _WIDE_CONDITIONS if k in c.conditions}
        if c.hardware:
            found["hardware"] = c.hardware
        for key, value in found.items():
            if key in wide and wide[key][0] != value:
                clash.add(key)
            wide.setdefault(key, (value, c))
    for key in clash:
        del wide[key]
    if not wide:
        return claims
    out = []
    for c in claims:
        named = c.method is not None and c.method.name is not None
        experiment = (own is not None and c.method == own) or (c.value is not None and (not named or own is None))
        if (c.kind not in RESULT_KINDS or "cited" in c.conditions or not experiment
                or (c.origin == "text" and _WORK_SHOWS.search(c.statement))):
            out.append(c)
            continue
        update: dict[str, Any] = {}
        conditions = dict(c.conditions)
        taken = []
        for key, (value, source) in wide.items():
            if key == "hardware":
                # the hardware decides a speed or a memory figure, not a model's accuracy
                if c.hardware is None and (c.kind in (ClaimKind.speedup, ClaimKind.memory)
                                           or c.metric in _HARDWARE_METRICS):
                    update["hardware"] = value
                    taken.append((key, source))
            elif key not in conditions:
                conditions[key] = value
                taken.append((key, source))
        if not taken:
            out.append(c)
            continue
        sources = list({id(source): source for _, source in taken}.values())
        conditions["paper_wide"] = "; ".join(
            ", ".join(k for k, s in taken if s is source) + f" (p. {source.anchor.page}: “{source.statement}”)"
            for source in sources)
        out.append(c.model_copy(update={**update, "conditions": conditions}))
    return out


_NEEDS_METRIC = frozenset({ClaimKind.comparison, ClaimKind.result, ClaimKind.qualitative, ClaimKind.trend})
_INHERITED_METRICS = frozenset({"perplexity", "pass@k", "exact match", "F1", "BLEU", "ROUGE", "CIDEr", "accuracy"})


def _with_caption_metric(claims: list[Claim], caption: str) -> list[Claim]:
    """A caption's sentences describe one table or figure: a sentence that names no metric ("AWQ
    improves over RTN for different model sizes") measures what another of them names ("It
    consistently achieves better perplexity than GPTQ"). Only the caption's first metric, and the
    claim says where it came from (``conditions["metric_from"] = "caption"``; the caption's dataset
    comes with it where the sentence names none, ``dataset_from``). Only a model-quality
    metric, and only for a sentence that names its method: "outliers are present in 75% of all
    sequence dimensions" does not become a perplexity claim because the caption names perplexity."""
    metrics = [m[2] for m in find_metrics(caption) if m[2][0] in _INHERITED_METRICS]
    if not metrics:
        return claims
    metric, direction = metrics[0]
    datasets = find_datasets(caption)
    out = []
    for c in claims:
        if _inherits_metric(c):
            update: dict[str, Any] = {"metric": metric, "metric_direction": direction,
                      "conditions": {**c.conditions, "metric_from": "caption"}}
            if c.dataset is None and datasets:
                update["dataset"] = datasets[0][2]
                update["conditions"]["dataset_from"] = "caption"
            c = c.model_copy(update=update)
        out.append(c)
    return out


def _inherits_metric(c: Claim) -> bool:
    """A claim that names its method and a relation or result but not what was measured."""
    return (c.metric is None and c.kind in _NEEDS_METRIC and c.method is not None and bool(c.method.name)
            and (c.value is None or c.value.unit not in _TIME_UNITS))


# "We evaluate the perplexity before and after quantization in Table 4": a sentence that says what
# the paragraph's results measure, not a result itself
_ANNOUNCES = re.compile(r"\b(?:we|are|is|were|was)\s+(?:\w+\s+)?(?:evaluat|measur|report|benchmark|profil)\w*\b",
                        re.IGNORECASE)


def _with_announced_metric(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """In a body paragraph, a sentence that announces what is measured ("We evaluate the perplexity
    before and after quantization in Table 4.") gives its model-quality metric to the sentences
    after it that name their method and a relation but no metric ("We can see that AWQ
    consistently outperforms round-to-nearest (RTN) and GPTQ across different model scales").
    Only within the paragraph, only until a sentence names another metric, only a model-quality
    metric; the claim says where it came from (``conditions["metric_from"] = "paragraph"``)."""
    current: tuple[str, str | None] | None = None
    by_start: dict[int | None, Claim] = {c.anchor.char_start: c for c in claims}
    out: dict[int | None, Claim] = {}
    for a, b in spans:
        sentence = text[a:b]
        named = find_metrics(sentence)
        c = by_start.get(a)
        if c is not None and current is not None and _inherits_metric(c):
            c = c.model_copy(update={"metric": current[0], "metric_direction": current[1],
                                     "conditions": {**c.conditions, "metric_from": "paragraph"}})
        if c is not None:
            out[a] = c
        if named:
            first = named[0][2]
            current = first if (first[0] in _INHERITED_METRICS and _ANNOUNCES.search(sentence)) else None
    return [out.get(c.anchor.char_start, c) for c in claims]


def own_method(doc: ParsedDocument) -> Method | None:
    """The paper's own method: the first named method in its title, else the named method
    the abstract mentions most (at least twice). Used where a sentence says "our method"."""
    titles = [doc.meta.title or ""] + [p.text for p in doc.passages if p.kind == PassageKind.title]
    for text in titles:
        named = [m for _, _, m in find_methods(text) if m.name]
        if named:
            return named[0]
    abstract = " ".join(p.text for p in doc.passages if p.kind == PassageKind.abstract) or doc.meta.abstract or ""
    counts = Counter(m for _, _, m in find_methods(abstract) if m.name)
    if counts:
        method, n = counts.most_common(1)[0]
        if n >= 2:
            return method
    return None


def _is_measure(q: Quantity) -> bool:
    if q.unit in _MEASURE_UNITS:
        return True
    return q.unit is None and "." in q.text.replace("...", "")


_CONDITION_CLAUSE = re.compile(r"(?:If|When|Once|Whenever)\s[^,;]{0,160},")
# no finding but a hope, a plan or an open question: "We believe we can integrate GPTQ's method ... and potentially
# achieve W4A4", "multi-billion parameter quantization remains an open challenge"
_HEDGE = re.compile(r"\bwe (?:\w+ly )?(?:believe|hope|conjecture|speculate|hypothesi[sz]e)\b|\bpotentially\b|\bmight\b|"
                    r"\bfuture work\b|\bopen (?:challenge|problem|question)s?\b|\bpoorly understood\b|"
                    r"\bremains? (?:unclear|unknown)\b", re.IGNORECASE)
# what the paper proposes or studies, said as such: the method or the scope, not a result of it
_SCOPE = re.compile(r"\b(?:we|(?-i:I)) (?:\w+ly |also |therefore |then )?(?:propose|develop|introduce|include|design|"
                    r"study|investigate|explore|compare|test)\b", re.IGNORECASE)
# a leading purpose clause: "To measure degradation in zeroshot performance, ..." (not "To this end, ...")
_PURPOSE_LEAD = re.compile(r"(?:In order )?To (?!this\b|that\b|the\b)[a-z]+\b[^,;]{0,120},")
# a purpose, not a comparison: "We study integer uniform quantization (specifically INT8) for better hardware support"
_FOR_BETTER = re.compile(r"\b(?:for|to) (?:a |an )?(?:better|higher|lower|faster|smaller)\b[^,.;]*", re.IGNORECASE)
# a sentence whose main verb is a protocol's: "We measure ...", "Additionally, we evaluate ..."
_PROTOCOL_LEAD = re.compile(r"(?:\w+,\s+)?[Ww]e\s+(?:\w+ly\s+|also\s+|further\s+|first\s+)?"
                            r"(?:measure|evaluate|benchmark|compare|test|assess|profile)\b")
_BECAUSE = re.compile(r"\bbecause\b")
# what was found, said after the protocol: "We compare AWQ with GPTQ ... and find that AWQ is better"
_FINDING_THAT = re.compile(
    r"\b(?:find|found|show|showed|shown|observe|observed|see|saw|demonstrate|demonstrated)s? that\b", re.IGNORECASE)
_RELATIVE = re.compile(r"(?<!\bso )\b(?:which|that|where)\b", re.IGNORECASE)
# a checklist's question and its answer: "(b) Did you specify all the training details ...?[Yes] See Section 4"
_CHECKLIST = re.compile(r"\?\s*\[(?:Yes|No|N/?A)\]")
# a quantity defined in words, not measured: "Compute energy is the interpolated energy per position times
# five times this cycle count", "The break-even density is defined as ..."
_DEFINITION = re.compile(
    r"(?:The |An? |Each |Its )?[\w-]+(?: [\w-]+){0,3} (?:is|are) (?:(?:defined|computed|calculated|obtained|"
    r"estimated|given|modell?ed) (?:as|by)\b|the\b[^.;]{0,80}?\b(?:times|multiplied by|divided by|plus|minus) "
    r"(?:this|the|its|each|their|an?)\b)", re.IGNORECASE)
# a number the paper counted: "we find about 150k outlier features per sequence" (a count is no measure
# elsewhere: "we use 128 samples")
_OWN_COUNT = re.compile(
    r"\bwe (?:\w+ly )?(?:find|found|observed?|count(?:ed)?|detect(?:ed)?|identif(?:y|ied)|see|saw)\s+(?:that\s+)?"
    r"(?:(?:about|around|roughly|approximately|over|only|just|nearly|almost|at least|more than)\s+)?$", re.IGNORECASE)


# things counted where they occur: "150,000 outliers occur per sequence", "up to 150k outliers exist per 2048 token
# sequence"
_COUNT_OCCURS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:occur|exist|appear)s?\s+(?:per|in|across)\b")


def _counted(quantities: list[tuple[Quantity, int, int]], text: str) -> list[tuple[Quantity, int, int]]:
    """The bare counts right after "we find/observe/count", or of things said to occur per something: what the
    paper counted, so measured."""
    if not quantities or ("we " not in text and "We " not in text and " per " not in text):
        return []
    return [(q, a, b) for q, a, b in quantities
            if q.unit in (None, "count") and not _is_measure(q)
            and (_OWN_COUNT.search(text[max(0, a - 48):a]) or _COUNT_OCCURS.match(text, b))]
# a sentence that says what a table or figure holds, not that something holds: "Table 10 shows the
# performance of ..." (but "Table 4 shows that AWQ ..." states a finding)
_POINTER = re.compile(r"(?:Table|Figure|Fig\.)\s*\d+\w*\s+(?:shows|presents|lists|reports|summari[sz]es|gives)\s+"
                      r"(?!that\b)", re.IGNORECASE)
# a caption's first sentence, after its label: a title ("Table 1: C4 validation perplexities of ...")
# unless a verb in it states something
_EFFECT_OR_RESULT_CUES = lexicon.EFFECT_CUES + lexicon.RESULT_CUES
_FINDING_CUES = lexicon.RESULT_CUES + lexicon.COMPARISON_CUES + lexicon.TREND_CUES
_CAPTION_FINDING_CUES = tuple(c for c in lexicon.COMPARISON_CUES if c not in lexicon.AXIS_CUES) + lexicon.RESULT_CUES
_CAPTION_LABEL = re.compile(r"(?:Table|Figure|Fig\.)\s*[A-Z]?\d+[a-z]?\s*[.:]\s", re.IGNORECASE)
_FINDING_VERB = re.compile(r"\b(?:is|are|was|were|has|have|can|does|do|observe[sd]?|find|found|demonstrates?|"
                           r"beats?|lags?|remains?|stays?|works?|scales?|suffers?)\b", re.IGNORECASE)
# how to read a table or figure: "Numbers smaller than 1.0x represent slowdowns", "Bold values mark the best"
_LEGEND = re.compile(
    r"(?:\w+\s+){0,2}(?:numbers|values|entries|cells|colou?rs|arrows)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:represent|denote|indicate|mark)s?\b",
    re.IGNORECASE,
)


def classify(sentence: str, quantities: list[tuple[Quantity, int, int]]) -> ClaimKind | None:
    """The kind of claim a sentence makes, or None when it states neither a result nor a setup fact."""
    counted = _counted(quantities, sentence)
    measures = [q for q, _, _ in quantities if _is_measure(q)] + [q for q, _, _ in counted]
    if sentence.rstrip().endswith("?") or _LEGEND.match(sentence) or _CHECKLIST.search(sentence):
        return None
    if (" is " in sentence or " are " in sentence) and _DEFINITION.match(sentence):
        return ClaimKind.setup if quantities else None
    # "If we use LLM.int8() ..., the advantage disappears": a protocol verb in a leading condition
    # states what the result holds under, not a setup fact
    cond = _CONDITION_CLAUSE.match(sentence)
    setup = count_cues(sentence[cond.end():] if cond else sentence, lexicon.SETUP_CUES)
    comparison = result_cues = trend = -1  # not counted yet: most sentences need none of them
    # a setup fact needs a number, a first-person protocol verb or two cues ("the training data used" is not one)
    if setup and (
        bool(quantities) or setup >= 2 or bool(re.search(lexicon.SETUP_FIRST_PERSON, sentence, re.IGNORECASE))
    ):
        comparison = count_cues(sentence, lexicon.COMPARISON_CUES)
        result_cues = count_cues(sentence, lexicon.RESULT_CUES) + comparison
        trend = count_cues(sentence, lexicon.TREND_CUES)
        # "we run LLaMA models with 3.2-3.3× speedup": a ratio measured is no setting
        ratio = any(q.unit == "x" for q in measures) and count_cues(sentence, lexicon.SPEEDUP_CUES) > 0
        if (result_cues == 0 or (setup >= 2 and setup > result_cues)) and not trend and not ratio and not counted:
            return ClaimKind.setup
        # "To measure degradation in zeroshot performance, we use OPT models, and we evaluate ...": what a
        # protocol is for names what it measures, which is not a finding
        if (lead := _PURPOSE_LEAD.match(sentence)) and not measures and not ratio and not counted and not (
                count_cues(sentence[lead.end():], _FINDING_CUES)):
            return ClaimKind.setup
    if (not measures and _PROTOCOL_LEAD.match(sentence) and not _FINDING_THAT.search(sentence)
            and not _BECAUSE.search(sentence)):
        # "We measure the robustness of quantization methods as we scale ...", "Additionally, we evaluate zeroshot
        # accuracy degradation on OPT models ..., where we compare our methods with a 16-bit baseline": what was
        # measured, not what it came to (not "We only compare SmoothQuant with LLM.int8() because it is the only
        # ... method that can preserve LLM accuracy at all scales": the reason is a finding)
        return ClaimKind.setup
    if _POINTER.match(sentence) and not measures:
        return None  # "Table 10 shows the performance of ...": where to look, not what holds
    if not measures and (_HEDGE.search(sentence) or _PURPOSE.search(sentence) or (
            _OTHER_WORK_SUBJECT.match(sentence) and not _CITATION.search(sentence))):
        # "We believe we can ... potentially achieve W4A4", "... remains an open challenge", "Both nuQmm and
        # ZeroQuant aim to ...", "While these methods reduce memory use, they degrade performance": no finding of
        # the paper's (another work's finding with its citation is kept, marked as that work's: cited_sources)
        return None
    subject = bool(measures or find_methods(sentence) or _OUR_METHOD.search(sentence) or find_metrics(sentence)
                   or find_models(sentence)
                   or (quantities and count_cues(sentence, lexicon.SPEED_EFFECT_CUES)))
    if not subject:
        return None
    if trend < 0:
        comparison = count_cues(sentence, lexicon.COMPARISON_CUES)
        result_cues = count_cues(sentence, lexicon.RESULT_CUES) + comparison
        trend = count_cues(sentence, lexicon.TREND_CUES)
    if _CAPTION_LABEL.match(sentence) and not (
            (result_cues and count_cues(sentence, _CAPTION_FINDING_CUES)) or trend or _FINDING_VERB.search(sentence)
            or count_cues(sentence, lexicon.EFFECT_CUES + lexicon.SPEED_EFFECT_CUES)):
        # "Table 2: Statistics when multiplying ...", "Table 1: Smallest mapped area of ...", "Figure 2: energy of
        # the bitmap designs relative to five-trit versus zero fraction": a title ("relative to", "versus" name
        # what is plotted against what)
        return None
    if (("we " in sentence or "We " in sentence or "I " in sentence) and (scope := _SCOPE.search(sentence))
            and not trend and not any(q.unit == "x" for q in measures)
            and not _FINDING_THAT.search(sentence, scope.end())):
        # "We propose SmoothQuant, a training-free ... solution to enable W8A8", "we develop mixed-precision
        # decomposition, where ... (≈0.1%) are represented in 16-bit", "... where we separate the dimensions
        # with a magnitude larger than the threshold": what the method is, not how it fares (a comparison in
        # the clause that defines it is part of the definition); but "we develop a procedure ..., which cut
        # the memory needed by half" says how it fares, and so does a comparison in the main clause
        rel = _RELATIVE.search(sentence, scope.end())
        main = _FOR_BETTER.sub("", sentence[: rel.start()] if rel else sentence)
        rest = sentence[scope.end():]
        fares = ((measures and count_cues(rest, _EFFECT_OR_RESULT_CUES))
                 or (rel and count_cues(rest, lexicon.EFFECT_CUES)))
        if not fares and not (comparison and count_cues(main, lexicon.COMPARISON_CUES)):
            return ClaimKind.setup if quantities else None
    if trend:
        return ClaimKind.trend
    if not measures and not result_cues:
        # "only the 13B and 175B models have speedups": a finding about speed, without its number
        speed_finding = bool(quantities) and count_cues(sentence, lexicon.SPEED_EFFECT_CUES) > 0
        return ClaimKind.qualitative if _effect_of_method(sentence) or speed_finding else None
    speed = count_cues(sentence, lexicon.SPEEDUP_CUES) + any(q.unit in _TIME_UNITS for q in measures)
    memory = count_cues(sentence, lexicon.MEMORY_CUES) + any(q.unit in _SIZE_UNITS for q in measures)
    if speed or memory:
        return ClaimKind.speedup if speed >= memory else ClaimKind.memory
    if comparison:
        return ClaimKind.comparison
    if measures:
        return ClaimKind.result
    return ClaimKind.qualitative if _effect_of_method(sentence) else None


# where a sentence says it reports another work: "(Zeng et al., 2022)", "[4]", "[7, 21, 6]", "[Det22, Yao22]",
# "Georganas et al." ("[+5]" in the Markdown texts is a footnote link, not a citation); in a table, a row for a
# cited work: "Q8BERT (Zafrir et al., 2019)"
_CITATION = re.compile(
    r"\((?:[A-Z][^()]*?(?:et al\.?|and [A-Z][\w-]+),? \d{4}[a-z]?(?:;\s*)?)+\)"
    rf"|{lexicon.NUMBERED_CITATION}|(?i:{lexicon.KEYED_CITATION})|\b[A-Z][a-z]+ et al\.")
# the paper speaking of itself ("we", "our", "measured here", "this paper")
_OWN_VOICE = re.compile(r"\b(?:we|our|us|ours|here|this (?:paper|work|study))\b", re.IGNORECASE)
# other work as the subject (in the first words), whatever else the sentence says: "Another parallel work is
# GLM-130B which uses insights from our work ...", "Previous work has shown ..., which echoes our observation"
_OTHER_WORK = re.compile(r"(?:\W*[\w-]+\W+){0,3}?(?:previous|prior|parallel|concurrent|related|other|existing|"
                         r"earlier) works?\b"
                         # "Other techniques like ZeroQuant [Yao22a] ...": the other techniques a sentence opens with
                         r"|(?:\W*[\w-]+\W+){0,2}?other (?:methods|approaches|techniques)\b", re.IGNORECASE)
# ... and, with no citation, as the sentence's subject: "While these methods reduce memory use, they degrade
# performance", "Work that uses less than 8-bits ... is usually for", "Another line of work ..." (not "AWQ
# outperforms existing work", where it is the object)
_OTHER_WORK_SUBJECT = re.compile(
    r"(?:(?:while|although|though|however|therefore|thus|but|and|also|both|as shown in|like)\W+){0,2}"
    r"(?:(?:the|most|many|all|some|another|other) )?(?:(?:previous|prior|parallel|concurrent|related|existing|earlier|"
    r"these|such|those) (?:methods|approaches|techniques|works?)\b|(?:line of )?work (?:that|which|on)\b|"
    r"(?:another|other) (?:line of )?work\b)",
    re.IGNORECASE)
# a purpose, not an outcome: "Both nuQmm and ZeroQuant aim to accelerate inference and reduce the memory footprint"
_PURPOSE = re.compile(r"\b(?:aims?|aimed|seeks?|sought|attempts?|attempted|strives?) to\b", re.IGNORECASE)


def cited_sources(sentence: str, own: Method | None) -> list[str]:
    """The citations of a sentence that reports another work's finding, or [] when it is the paper's
    own: a sentence with a citation is another work's unless it speaks as the paper ("we", "our",
    "here") or names the paper's method, and a citation right after a model, dataset or method name
    ("OPT [Zha22]", "GPTQ (Frantar et al., 2022)") only says where that name comes from. Other work as
    the subject ("Previous work has shown ...") is another work's whatever else the sentence says."""
    found = list(_CITATION.finditer(sentence))
    if not found or _OWN_CHECK.search(sentence):
        return []
    if _OTHER_WORK.match(sentence) or _OTHER_WORK_SUBJECT.match(sentence):
        # "Other techniques like ZeroQuant [Yao22a], AdaRound [Nag20] ... rely on backpropagation": the
        # citations after the names are the sources of what the sentence says of them
        return [m.group(0).strip() for m in found]
    names = [(a, b) for a, b, _ in find_models(sentence) + find_datasets(sentence) + find_methods(sentence)]
    sources = [m for m in found if not any(0 <= m.start() - b <= 2 for _, b in names)]
    # "When we scale up LLMs beyond 6.7B parameters, systematic outliers ... emerge [Det22]": a "we" in a
    # leading condition is anyone's, not the paper speaking of its own work
    cond = _CONDITION_CLAUSE.match(sentence)
    if not sources or _OWN_VOICE.search(sentence, cond.end() if cond else 0):
        return []
    if own is not None and own.name and any(m.name == own.name for _, _, m in find_methods(sentence)):
        return []
    return [m.group(0).strip() for m in sources]


# the paper's own figure checked against a published one: "the CAT-Q Qwen3-1.7B zero fraction matches the 51.48%
# reported by BITCOS [4]", "agrees with the published figures"
_OWN_CHECK = re.compile(r"\b(?:agree[sd]?|match(?:es|ed)?|consistent|reproduc(?:es|ed)|confirm(?:s|ed)?)\b"
                        r"[^.;]{0,80}?\b(?:published|reported)\b", re.IGNORECASE)


# the paper's own method named as such: "With our method, a 175B checkpoint can be ... used without degradation"
_OUR_METHOD = re.compile(
    r"\bour (?:[\w-]+ )?(?:method|approach|technique|scheme|procedure|system|framework|kernels?)\b", re.IGNORECASE)


# the method named by the sentence before, its effect right after: "It also democratizes the deployment of ...",
# "This enables ..." (not "It is ...")
_ANAPHOR = re.compile(r"(?:It|This)\s+(?:also\s+|further\s+|thus\s+|therefore\s+)?")


def _effect_of_method(sentence: str) -> bool:
    if (m := _ANAPHOR.match(sentence)) and any(
            re.match(cue, sentence[m.end():], re.IGNORECASE) for cue in _EFFECT_OR_RESULT_CUES):
        return True
    return bool(find_methods(sentence) or _OUR_METHOD.search(sentence)) and count_cues(
        sentence, _EFFECT_OR_RESULT_CUES) > 0


# a change "from 43.2 to 13.0", "from about 40% to about 20%": where its starting point is, and its end
_ABOUT = r"(?:(?:about|around|approximately|roughly|nearly|almost|only|just)\s+)?"
_CHANGE_FROM = re.compile(rf"\bfrom\W*{_ABOUT}$", re.IGNORECASE)
_CHANGE_TO = re.compile(rf"[^.;]{{0,20}}?\bto\W*{_ABOUT}", re.IGNORECASE)
# where the verb says it is a change, its end may come after a setting of the start: "the perplexity improves from
# 23.54 for s=1 (simply RTN) to 11.92 for s=2" (not "values from 0.133 pJ/bit (32 KB SRAM, 7 nm) to 70 pJ/bit":
# a range swept)
_CHANGE_VERB = r"\b(?:improv|reduc|increas|decreas|drop|rais|lower|degrad|cut|shrink|grow|fall|fell|rise|rose)\w*\s+"
_CHANGE_VERB_FROM = re.compile(rf"{_CHANGE_VERB}(?:[\w-]+\s+){{0,3}}?from\W*{_ABOUT}$", re.IGNORECASE)
_CHANGE_TO_FAR = re.compile(rf"[^.;]{{0,40}}?\bto\W*{_ABOUT}", re.IGNORECASE)
# a change in brackets after the verb of a change: "improves the perplexity (23.54 to 11.92)"
_CHANGE_VERB_BRACKET = re.compile(rf"{_CHANGE_VERB}(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?\(\s*$",
                                  re.IGNORECASE)
_BRACKET_TO = re.compile(r"\s*(?:to|→|->)\s*", re.IGNORECASE)


_ASIDE_LABEL = re.compile(r"\(\s*[A-Za-z][\w .+/-]{0,40}:\s*[^()]*$")


def _in_aside(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands in brackets that name the case they give: "(best case: -8.5% for ...)",
    "(Architecture A: 28.8%)", "(BitNet rows: +1.4%)"."""
    return _ASIDE_LABEL.search(text, max(0, at - 80), at) is not None


def _change_end(quantities: list[tuple[Quantity, int, int]], i: int, text: str) -> int | None:
    """Where the number changed to starts, if quantity ``i`` is the starting point of a change ("from 43.2 to
    13.0"); else None."""
    q, a, b = quantities[i]
    if not _is_measure(q):
        return None
    nxt = quantities[i + 1] if i + 1 < len(quantities) else None
    if nxt is not None and _CHANGE_FROM.search(text, max(0, a - 24), a) and _CHANGE_TO.fullmatch(text, b, nxt[1]):
        return nxt[1]
    # the next measure: "from 23.54 for s=1 (simply RTN) to 11.92" passes over the setting's bare 1
    far = next((t for t in quantities[i + 1:] if _is_measure(t[0])), None)
    if far is not None and (
            (_CHANGE_VERB_FROM.search(text, max(0, a - 60), a) and _CHANGE_TO_FAR.fullmatch(text, b, far[1]))
            or (_CHANGE_VERB_BRACKET.search(text, max(0, a - 60), a) and _BRACKET_TO.fullmatch(text, b, far[1]))):
        return far[1]
    return None


def _headline(
    kind: ClaimKind, quantities: list[tuple[Quantity, int, int]], text: str = ""
) -> tuple[Quantity, int] | None:
    """The number a claim is about: the first of the kind's preferred units, else the first
    measure; of a change "from 43.2 to 13.0", the value it changed to."""
    if kind == ClaimKind.setup:
        return (quantities[0][0], quantities[0][1]) if quantities else None
    measures = [(q, a) for i, (q, a, _) in enumerate(quantities)
                if _is_measure(q) and _change_end(quantities, i, text) is None]  # not the starting point of a change
    outside = [(q, a) for q, a in measures if not _in_aside(text, a)]
    for unit in _PREFERRED_UNITS.get(kind, ()):
        for q, a in measures:
            if q.unit == unit:
                # a case named in brackets ("(best case: -8.5% for Qwen3-1.7B)") gives way to the main clause's
                # measure ("improves by about 1.3-1.5 percentage points"); a bracket without a name for its case
                # may be the headline ("(up to 1.42x speedup)", "(1.272 ns)")
                if outside and _in_aside(text, a) and not any(p.unit == unit for p, _ in outside):
                    return outside[0]
                return q, a
    if not measures and (counted := _counted(quantities, text)):
        return counted[0][0], counted[0][1]
    return measures[0] if measures else None


def _as_perplexity(q: Quantity) -> Quantity:
    return q.model_copy(update={"unit": "ppl"}) if q.unit is None and "." in q.text else q


def read_fields(
    text: str,
    quantities: list[tuple[Quantity, int, int]],
    kind: ClaimKind,
    *,
    own: Method | None = None,
    fallback: str | None = None,
    notes: str = "",
    unit_hint: str | None = None,
    numbers_from_text: bool = True,
    condition_until: int = 0,
    settings: set[int] | None = None,
    note_metric: bool = True,
) -> dict:
    """The normalised fields of a claim read from ``text`` (keyword arguments of :class:`Claim`).

    ``fallback`` (a table caption) fills the fields the text leaves empty; ``unit_hint`` (a
    column header's unit) is given to numbers written without one. With
    ``numbers_from_text=False`` the quantities are not the text's (a cell read with its
    headers as text): bit widths are then read from the text's own numbers. Quantities that
    start before ``condition_until`` (a leading "At 1.6 ns, ...") are conditions: never the
    headline value. ``note_metric=False``: the metric of a caption's later sentences (``notes``) is
    not the cells' (a column header that is a measure of its own says what they are).
    """
    if unit_hint:
        quantities = [
            (q.model_copy(update={"unit": unit_hint}) if q.unit is None else q, a, b) for q, a, b in quantities
        ]
    baseline = find_baseline(text)
    baseline_span = baseline[0] if baseline else None
    # "exceeds 100 at 70% sparsity": the sparsity is a setting, not the value the claim is about, unless it
    # is the only measure ("reports 47.10% zeros", "generates 62.3% sparsity")
    shares = sparsity_spans(text)
    after = _from(quantities, condition_until)
    if kind == ClaimKind.setup:
        settings = set()
    elif settings is None:
        settings = _settings(text, after)
    # a setting (a Greek letter's value, a clock period run at) is never the value a finding is about
    free = [t for t in after if t[1] not in settings]
    head = _headline(kind, [t for t in free if not any(a <= t[1] < b for a, b in shares)], text) or _headline(
        kind, free, text)
    if head is not None and numbers_from_text and head[0].unit == "x" and kind in (ClaimKind.speedup,
                                                                                  ClaimKind.memory):
        head = _factor_for(kind, head, text, condition_until)
    if baseline is None and head is not None and numbers_from_text:
        # a method named at the start of a change is what it started from: "the perplexity improves from 23.54
        # for s=1 (simply RTN) to 11.92 for s=2" (11.92 is not RTN's)
        for i, (_, _, b) in enumerate(quantities):
            if _change_end(quantities, i, text) == head[1]:
                inside = [(x, y, m) for x, y, m in find_methods(text) if b <= x < head[1] and m.name]
                if inside:
                    baseline = ((inside[0][0], inside[0][1]), inside[0][2].name)
                    baseline_span = baseline[0]
                break
    metrics = find_metrics(text)
    if metrics and (clocks := _clock_spans(text)):
        # "At clock periods below about 1.8 ns it is also smaller": the clock it ran at is no metric of the claim
        metrics = [m for m in metrics if not any(a <= m[0] < b for a, b in clocks)]
    if metrics:
        # a metric held equal ("at a similar latency") or one the finding varies with ("The balance shifts strongly
        # with zero density: at 70% zeros it saves 16-18%") is not what it measures
        metrics = [m for m in metrics if not (_HELD_EQUAL.search(text, max(0, m[0] - 30), m[0])
                                              or _AXIS_BEFORE.search(text, max(0, m[0] - 50), m[0]))
                   # nor the unit of a setting ("At the 42.2% zero density of ...")
                   and not any(_unit_of(m, q, a, b) for q, a, b in quantities if a in settings)]
    metric_hit: tuple[int, int, tuple[str, str | None]] | None
    acted_on = None
    if metrics and head is not None and numbers_from_text and head[0].unit == "x" and head[0].text[:1].isalpha():
        # a verb factor's metric is the one it acts on ("speedup and halving the memory usage": memory)
        acted_on = next((m for _, a, _, m in _verb_factors(text, condition_until) if a == head[1]), None)
    if acted_on is not None:
        metric_hit = min((h for h in metrics if h[2][0] == acted_on), key=lambda h: abs(h[0] - head[1]))
    elif metrics and head is not None:
        metric_hit = _metric_of(metrics, head, free, text, quantities)
    else:
        metric_hit = metrics[0] if metrics else None
    metric, metric_direction = metric_hit[2] if metric_hit else (None, None)
    metric_at = metric_hit[0] if metric_hit else None
    if metric is None and fallback:
        caption_metrics = find_metrics(fallback) or (find_metrics(notes) if notes and note_metric else [])
        # a caption's metric does not name a cell written as a percentage that it is never written as
        if caption_metrics and not (head and head[0].unit == "%" and caption_metrics[0][2][0] in _NEVER_PERCENT):
            metric, metric_direction = caption_metrics[0][2]
    value = head[0] if head else None
    if value is not None and value.unit in lexicon.UNIT_METRICS and metric not in _UNIT_ALLOWS.get(value.unit, ()):
        # the unit says what the number measures, where the text names no metric or one no such number can be:
        # "the loader costs 42–49 fJ per weight (standard-cell area 244.7 µm2)" is an energy, not an area
        metric = lexicon.UNIT_METRICS[value.unit]
        metric_direction = next((d for n, d, _ in lexicon.METRICS if n == metric), None)
    if metric is None and kind == ClaimKind.speedup and value is not None and value.unit == "x":
        metric, metric_direction = "speedup", "higher"
    share_of = None
    if (numbers_from_text and head is not None and head[0].unit == "%" and (
            (metric is None and kind is ClaimKind.result) or (
            kind in (ClaimKind.result, ClaimKind.comparison) and metric_at is not None
            and "," in text[min(metric_at, head[1]):max(metric_at, head[1])]))):
        # "75% of all sequence dimensions are affected": a share of the things named after it, as written; also
        # where the metric named stands past a comma ("Despite only making up about 0.1% of all features, the
        # outliers are essential for large softmax probabilities": 0.1% is no softmax probability)
        end = next(b for _, a, b in quantities if a == head[1])
        m = _SHARE_OF.match(text, end)
        if m and not find_metrics(m.group(1)):
            metric = share_of = f"share of {m.group(1)}"
            metric_direction = metric_at = None
    values = [q for q, _, _ in quantities]
    if metric == "perplexity":
        values = [_as_perplexity(q) for q in values]
        value = _as_perplexity(value) if value is not None else None
    text_quantities = quantities if numbers_from_text else parse_quantities(text)
    bits, act_bits = bit_widths(text, text_quantities, baseline_span)
    bound = next((q for q, _, _ in text_quantities if q.unit == "bits" and q.qualifier == "less_than"), None)
    sparsity, pattern = sparsity_of(text)
    models = [
        m for a, _, m in find_models(text) if baseline_span is None or not baseline_span[0] <= a < baseline_span[1]
    ]
    models = models or [m for _, _, m in find_models(text)]
    datasets = find_datasets(text)
    fields: dict[str, Any] = {
        "method": primary_method(_method_words(
            _value_part(text, head[1]) if head and numbers_from_text and kind is not ClaimKind.setup else text),
            baseline_span, own, baseline[1] if baseline else None),
        "baseline": baseline[1] if baseline else None,
        "model": models[0] if models else None,
        "dataset": datasets[0][2] if datasets else None,
        "metric": metric,
        "metric_direction": metric_direction,
        "value": value,
        "values": values,
        "bits": bits,
        "activation_bits": act_bits,
        "sparsity": sparsity,
        "sparsity_pattern": pattern,
        "hardware": find_hardware(text),
        "direction": direction_of(text, metric_direction, metric_at, head[1] if head and numbers_from_text else None)
        if kind != ClaimKind.setup else None,
        "conditions": conditions_of(text) | ({"bits_below": f"{bound.value:g}"} if bound and bits is None else {})
        | ({"metric_from": "text (as written)"} if share_of else {}),
    }
    if head is not None and numbers_from_text and kind is not ClaimKind.setup and head[0].unit == "x" and any(
            a == head[1] for _, a, _ in verb_factors(text)):
        # (a verb factor is among the sentence's quantities only where it acts on a metric: sentence_claim)
        # the verb says which way: "halve" and "by half" decrease, "double" increases (not the first direction
        # word of the sentence: "can halve the GPU memory usage and nearly double the throughput")
        change = "decrease" if "half" in head[0].text.lower() or "halv" in head[0].text.lower() else "increase"
        fields["direction"] = (change if metric_direction is None
                               else "better" if (change == "increase") == (metric_direction == "higher") else "worse")
    if fields["model"] is None and kind is not ClaimKind.setup and (size := _model_size(text_quantities, head)):
        # "at and beyond 6.7B parameters", a table row "209M": the scale the claim holds at, with no model named
        fields["conditions"] = {**fields["conditions"], "model_size": size}
    if (fields["method"] is None and numbers_from_text and kind is not ClaimKind.setup and head is not None
            and (design := _text_design(text, baseline_span, head[1])) is not None):
        # "The direct engine reaches a 1.344 ns minimum period": a design no lexicon knows, as written
        fields["method"] = Method(family=MethodFamily.other, name=design)
        fields["conditions"] = {**fields["conditions"], "method_from": "text (as written)"}
    if fallback:
        extra = _fallback_fields(fallback, own)
        for key in ("method", "baseline", "model", "dataset", "bits", "activation_bits", "sparsity",
                    "sparsity_pattern", "hardware"):  # fmt: skip
            if fields[key] is None:
                fields[key] = extra[key]
        fields["conditions"] = {**extra["conditions"], **fields["conditions"]}
    if notes:
        noted = _fallback_fields(notes, None)
        for key in _NOTE_FIELDS:
            if fields[key] is None:
                fields[key] = noted[key]
    return fields


def _verb_factors(text: str, since: int) -> list[tuple[Quantity, int, int, str]]:
    """The factors said with a verb (:func:`verifier.quantities.verb_factors`) that act on a metric, with
    that metric: the words after the verb ("halve the GPU memory usage", "nearly double the throughput"),
    or, for a participle or "by half", the words before it ("Memory footprint is almost halved", "cut the
    memory needed for inference by half"), name one. "doubling the batch size improves accuracy" and "the
    number of GPUs is doubled" give none."""
    out = []
    for q, a, b in verb_factors(text):
        if a < since:
            continue
        before = q.text.lower().endswith(("half", "ed"))  # "by half", "halved": what it acts on comes first
        if before:
            window = _CLAUSE_BREAK.split(text[max(0, a - 70) : a])[-1]
        else:  # the verb's object: its first four words ("the GPU memory usage"; not "the batch size improves
            # accuracy")
            window = " ".join(re.match(r"[^,;:.()]*", text[b : b + 60]).group(0).split()[:4])
        if metrics := find_metrics(window):
            out.append((q, a, b, metrics[-1 if before else 0][2][0]))
    return out


def _factor_for(kind: ClaimKind, head: tuple[Quantity, int], text: str, since: int) -> tuple[Quantity, int]:
    """Of a sentence's verb factors, the one on the kind's own metric: a speed claim's "nearly double the
    throughput", not the "halve the GPU memory usage" before it; the headline where it is no verb factor."""
    factors = _verb_factors(text, since)
    wanted = _SPEED_METRICS if kind is ClaimKind.speedup else {"memory"} if kind is ClaimKind.memory else None
    if wanted is None or not factors:
        return head
    if not any(a == head[1] for _, a, _, _ in factors):
        # a factor written as a number, on another metric: "achieving up to 1.56x speedup and halving the memory
        # usage" is a memory claim of 2x, not of the 1.56x speed-up
        # (a metric a verb factor acts on is that factor's: "1.56x inference acceleration and halving the memory
        # footprint" names no metric of the 1.56x)
        metrics = [m for m in find_metrics(text) if not any(0 <= m[0] - b <= 40 for _, _, b, _ in factors)]
        if metrics and min(metrics, key=lambda m: _gap(m, head))[2][0] in wanted:
            return head
    return next(((q, a) for q, a, _, m in factors if m in wanted), head)


# the metrics a number in a unit can be a value of (the unit's own, :data:`lexicon.UNIT_METRICS`, and these)
_UNIT_ALLOWS: dict[str, frozenset[str]] = {
    "ms": frozenset({"latency", "throughput", "clock period"}), "us": frozenset({"latency", "clock period"}),
    "s": frozenset({"latency", "throughput"}), "tokens/s": frozenset({"throughput"}),
    "GB": frozenset({"memory"}), "MB": frozenset({"memory"}), "KB": frozenset({"memory"}), "TB": frozenset({"memory"}),
    "fJ": frozenset({"energy"}), "pJ": frozenset({"energy"}), "W": frozenset({"power"}),
    "ppl": frozenset({"perplexity"}),
}  # fmt: skip


# words that say nothing of which design it is: "of the proposed design", "of our new method"
_EMPTY_DESIGN_WORDS = frozenset({"proposed", "new", "same", "other", "two", "three", "four", "different", "baseline",
                                 "our", "best", "resulting", "final", "full", "whole"})
_SIZE_QUALIFIERS = {"up_to": "up to ", "at_least": "at least ", "approx": "about ", "less_than": "below "}


def _model_size(quantities: list[tuple[Quantity, int, int]], head: tuple[Quantity, int] | None) -> str | None:
    """The first model size a text gives in parameters, as written with its qualifier ("at least 6.7B
    parameters", "209M"), unless it is the claim's own value."""
    for q, a, _ in quantities:
        if q.unit == "params" and not (head is not None and head[1] == a and head[0] == q):
            return _SIZE_QUALIFIERS.get(q.qualifier, "") + q.text
    return None


# a design a sentence is about, named by its own words: "The direct engine", "the bitmap/sign design", "The
# Architecture B engine", "Architecture A" (not "the same in both engines", "the rate one engine consumes")
_TEXT_DESIGN = re.compile(r"\b(?:the|our|its) (?P<name>(?:[\w/+-]+ ){1,3}?(?:engine|design|datapath|"
                          r"architecture(?![\s~](?-i:[A-Z])\b)|kernel|feeder|loader)s?)\b|\b(?P<arch>Architecture[\s~][A-Z])\b",
                          re.IGNORECASE)
_NO_DESIGN_WORDS = _EMPTY_DESIGN_WORDS | frozenset({"in", "of", "on", "at", "to", "and", "or", "both", "each", "all",
                                                    "with", "for", "by", "from", "than", "is", "are", "one", "rate",
                                                    "this", "that", "these", "those", "which", "every"})


def _text_design(text: str, baseline: tuple[int, int] | None, head_at: int) -> str | None:
    """The design a sentence names before its headline value, outside its baseline phrase ("... larger than
    the five-trit engine" names the baseline), as written; None where it names none."""
    for m in _TEXT_DESIGN.finditer(text, 0, head_at):
        if baseline is not None and baseline[0] <= m.start() < baseline[1]:
            continue
        if m["arch"]:
            return m["arch"].replace("~", " ")
        words = m["name"].split()[:-1]
        if any(w.lower() in _NO_DESIGN_WORDS or w.isdigit() for w in words):
            continue
        return m["name"]
    return None


# what a percentage is a share of, right after it: "75% of all sequence dimensions", "(2% of layers)", "0.1% of
# all feature dimensions" (up to four words, the last a plural)
_SHARE_OF = re.compile(r"\)?\s+of\s+(?:all\s+|the\s+|their\s+|its\s+|our\s+)?((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*s)\b")


# a metric's words followed by the number they change by: "perplexity by about 0.1%", "perplexity increases by 0.1%"
_METRIC_BY = re.compile(r"\s+(?:[a-z]+\s+){0,2}?by\s+(?:[a-z]+\s+){0,3}?(?=[-+~≈\u2212]?\d)")

# a metric held equal while another is compared: "at similar latency", "at the same accuracy", "with comparable
# perplexity"
_HELD_EQUAL = re.compile(r"\b(?:at|with|for)\s+(?:a\s+|the\s+)?(?:similar|same|comparable|equal|matched|iso-?)\s*$",
                         re.IGNORECASE)

# what a finding varies with: "shifts strongly with zero density", "falls as the zero density rises"
_AXIS_BEFORE = re.compile(r"\b(?:shifts?|var(?:y|ies)|changes?|grows?|scales?|falls?|rises?|increases?|decreases?)\b"
                          r"(?:\s+\w+ly)?\s+(?:with|as)\s+(?:the\s+|increasing\s+|decreasing\s+)?$", re.IGNORECASE)

# where one clause of a sentence ends and the next, with its own subject, begins
_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|whereas|but|although|though|yet)\s+|;\s+", re.IGNORECASE)


def _metric_of(metrics: list, head: tuple[Quantity, int], free: list, text: str, every: list):
    """The metric the headline value is a number of: the nearest one the text names, unless it stands in
    another clause that has a number of its own ("the top-1 probability falls from 40% to 20%, and
    perplexity rises by 600%": 40% is no perplexity). None when every metric named is another number's.
    ``free``: the quantities that are no setting; ``every``: all of them."""
    # a metric after the headline that is followed by a number of its own ("decreases the probability by a
    # maximum of 0.3% and degrades perplexity by about 0.1%") is that number's, not the headline's, and so is
    # one that is the unit of another number ("at exactly 1.6 bits per weight, ... smaller when z>0.4")
    starts = {t[1] for t in free} - {head[1]}
    metrics = [m for m in metrics if not any(_unit_of(m, q, a, b) for q, a, b in every if a != head[1])
               and (m[0] < head[1] or not ((by := _METRIC_BY.match(text, m[1])) is not None
                                           and any(m[1] < t <= by.end() for t in starts)))]
    if not metrics:
        return None
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    if not breaks:
        return min(metrics, key=lambda m: _gap(m, head))

    def clause(at: int) -> int:
        return sum(b <= at for b in breaks)

    own = clause(head[1])
    for hit in sorted(metrics, key=lambda m: _gap(m, head)):
        where = clause(hit[0])
        # (the headline's own clause is ``own``: a number found in ``where`` is never the headline)
        if where == own or not any(clause(t[1]) == where for t in free):
            return hit
    return None


def _unit_of(metric: tuple[int, int, Any], q: Quantity, a: int, b: int) -> bool:
    """Whether a metric's words are the unit of the number written at ``a:b`` ("1.6 bits per weight", "42.2% zero
    density"; not the "perplexity" after a format "FP16")."""
    return a < metric[0] <= b + 1 and q.text[:1] in _NUMBER_STARTS


_NUMBER_STARTS = frozenset("0123456789.-+~≈\u2212")


def _gap(metric: tuple[int, int, Any], head: tuple[Quantity, int]) -> int:
    """How far a metric's words stand from the headline number: from their end to its start where they come
    before it ("softmax probability mass by more than 20%"), from its end to their start where they follow
    ("about two times faster")."""
    at = head[1]
    if metric[1] <= at:
        return at - metric[1]
    return max(0, metric[0] - (at + len(head[0].text)))


@lru_cache(maxsize=256)
def _fallback_fields(fallback: str, own: Method | None) -> dict:
    """``read_fields`` of a table caption: every cell of a table falls back on the same one.
    Shared between calls, so read, never changed."""
    return read_fields(fallback, [], ClaimKind.result, own=own)


def _bbox(passage: Passage, start: int, end: int) -> BBox:
    """Union of the passage's lines that the span touches (the passage's box without lines)."""
    boxes = [ln.bbox for ln in passage.lines if ln.start < end and ln.end > start]
    if not boxes:
        return passage.bbox
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


# a sentence that opens with the setting its numbers hold at: "At 1.6 ns, the resident case uses
# 0.8-2.1% less energy", "For 50% sparsity, Wanda ...", "Under 4 bits, ...". Up to the first comma.
_LEADING_CONDITION = re.compile(
    r"(?:At|For|Under|Below|Above|Beyond)\s+(?:(?:a|an|the|about|around|roughly|only)\s+)?(?:[A-Za-z\u03b1-\u03c9]\s*=\s*)?"
    r"[-+\u2212~≈]?\d(?:[^,;:.]|\.(?=\d)){0,60}?,"
)


# a number given to a Greek letter is a setting the text chose, not a measured value: "when α is 0.5",
# "α=0.5", "a magnitude of α ≥ 6", every member of a set "λ ∈ {0.1, 0.5}". Greek letters name a
# method's knobs by convention; a Latin letter is as often what was measured ("a zero density of
# z = 0.4219"), so only a set of values given to one is a sweep of settings ("z ∈ {0.20, 0.30}").
_MEMBERS = r"(?:\s*[-+\u2212]?\d[\d.]*\s*,)*\s*[-+\u2212]?$"
_GREEK_SETTING = re.compile(
    r"(?<![\w\u0370-\u03ff])[\u03b1-\u03c9\u0391-\u03a9](?:_?\w)?\s*(?:=|≥|≤|>|<|∈|\bis\b)\s*[{(]?" + _MEMBERS
)
# ... and a bound or a range set in brackets after what it says of the letter: "when α is too small (<0.4)",
# "choose α from the sweet spot region (0.4-0.6)"
_GREEK_ASIDE = re.compile(
    r"(?<![\w\u0370-\u03ff])[\u03b1-\u03c9\u0391-\u03a9](?:_?\w)?\s+(?:is\s+)?(?:too\s+\w+|(?:set\s+)?"
    r"(?:from|in|within)\s+(?:the\s+)?[\w\s-]{0,30}?(?:region|range|interval))\s*\(\s*[<>≤≥]?" + _MEMBERS
)
# a share kept: "protecting only 1% of", "keeping 0.1% of", "skipping 1% of" (the verb right before the number)
_KEPT_SHARE = re.compile(r"\b(?:protect|keep|skipp?|retain|preserv)\w*\s+(?:(?:only|just|about|the)\s+)*$",
                         re.IGNORECASE)
# a share chosen by rank: "at least the top 2% magnitude dimensions are computed in 16-bit"
_TOP_SHARE = re.compile(r"\btop\s+$", re.IGNORECASE)
# a zero density a finding holds at: "At the 42.2% zero density of BitNet b1.58 2B4T the storage gain ...", "at 70%
# zeros it saves 16-18%"
_AT = r"[Aa]t\s+(?:the\s+|a\s+)?"
_DENSITY = r"\s+(?:zeros\b|zero\s+(?:density|fraction)\b|sparsity\b)"
_AT_DENSITY_BEFORE = re.compile(rf"\b{_AT}$")
_DENSITY_AFTER = re.compile(_DENSITY)
_AT_DENSITY = re.compile(rf"{_AT}\d[\d.]*\s*%{_DENSITY}")  # a sentence that opens with one
_POINT_ENERGY = re.compile(r"\b(?:SRAM|DRAM|HBM\d?|LPDDR\d\w*|GDDR\d\w*|point)\s*\(\s*$")
# the size of the groups a method quantizes in: "using a small group size like 128"
_GROUP_SIZE_BEFORE = re.compile(r"\bgroup[- ]size\s+(?:of\s+|like\s+|=\s*|is\s+)?$", re.IGNORECASE)
# a factor on calibration or training data: "10x smaller calibration set", "4x more training tokens"
_DATA_FACTOR = re.compile(r"\s*(?:smaller|larger|fewer|more|less|bigger)\s+(?:calibration|training|fine-?tuning)\s+"
                          r"(?:sets?|data(?:sets?)?|samples|sequences|tokens|examples)\b", re.IGNORECASE)
# ... unless what is kept is a measure: "Wanda keeps 95% of the accuracy", "retains 99% of the FP16 accuracy"
_KEPT_MEASURE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:accuracy|perplexity|performance|"
                           r"quality|score|throughput|speed)\b", re.IGNORECASE)
# ... of what: "1% of salient weights", "1% salient weights in FP16", "0.1% of the channels"
_KEPT_WHAT = re.compile(r"\)?\s+(?:of\b|(?:salient\s+|important\s+)?(?:weights?|channels?|parameters?)\b)")
# a share written after the fraction it kept: "Keeping a small fraction of weights (0.1%-1%) in FP16"
_KEPT_FRACTION = re.compile(r"\b(?:protect|keep|skipp?|retain|preserv)\w*\s+(?:only\s+)?(?:a\s+)?(?:small\s+|tiny\s+)?"
                            r"(?:fraction|portion|part|share)\s+of\s+[\w\s-]{0,30}?\(\s*$", re.IGNORECASE)
# a share named by what it is or is kept in: "the 1% salient channels", "mixed-precision (1% FP16)"
_SHARE_IN = re.compile(r"\s+(?:salient|important)\s+(?:weights?|channels?|parameters?)\b"
                       r"|\s+(?:in\s+)?(?:FP16|FP32|BF16|full precision)\)")
# what joins a device to its memory: "Jetson Orin with 64GB", "RTX 4070 GPU with only 8GB", "H100 GPU only has 96GB"
_DEVICE_WITH = re.compile(r"(?: GPUs?)?(?: only)? (?:with|has|having)(?: only| just)? ")
# a memory part after its size: "1 MB SRAM", "1 MB 45 nm SRAM", "32 KB on-chip buffer"
# (or the memory-energy point a process node names: "the 1 MB 45 nm point")
_MEMORY_PART = re.compile(r"[\s,]*(?:\d+(?:\.\d+)?\s*nm\s+)?(?:on-chip\s+|off-chip\s+)?(?:SRAM|DRAM|eDRAM|cache|"
                          r"buffers?|scratchpad|register files?)\b|[\s,]*\d+(?:\.\d+)?\s*nm\s+points?\b")
_GREEK_LETTER = re.compile(r"[\u03b1-\u03c9\u0391-\u03a9]")
_SET_SETTING = re.compile(r"(?<![\w\u0370-\u03ff.])[A-Za-z](?:_?\w)?\s*∈\s*\{?" + _MEMBERS)


# a clock period a design is run at is a setting, not a measured time: "at 2.0 ns", "at 1.6, 2.0, and
# 2.5 ns", "at the tight 1.6 ns target", "meeting 2.0 ns" ("reaches a 1.329 ns minimum period" is measured)
_CLOCK_SETTING = re.compile(
    r"\b(?:[Aa]t|meeting|meets?)\s+(?:the\s+(?:tight|relaxed|same)\s+)?(?:clock\s+periods?\s+(?:below|above|under|over|"
    r"of)\s+)?(?:about\s+)?"
    r"\d[\d.]*(?:\s*(?:,|and|or|to|–|-)\s*(?:and\s+)?\d[\d.]*)*\s*ns\b"
    # a caption's legend of a column: "A and B streamed: 2.0 ns clock with ...", "B resident: 2.0 ns with ..."
    r"|(?<=:\s)\d[\d.]*\s*ns\b(?=\s+(?:clock|with)\b)"
    # the targets a synthesis was run at: "at 43 delay targets from 0.9 to 3.0 ns"
    r"|\b(?:delay|clock|timing)\s+targets?\s+(?:from\s+)?\d[\d.]*(?:\s*(?:to|–|-)\s*\d[\d.]*)?\s*ns\b"
)


def _method_words(text: str) -> str:
    """``text`` as the claim's method is read from it: the metrics blanked whose words name a method family
    (same length): the "quantization" of
    "the quantization error" is no quantization method of the claim's; and with the models blanked whose name
    holds a method's where another method is named outside them ("The nine quantization-aware ... models provide
    little or no gain: ... (BitNet 2B4T, 0.5% ...)": the checkpoint is an example, BitNet no method of the claim)."""
    methods = find_methods(text)
    if not methods:
        return text
    spans = [(a, b) for a, b, _ in find_metrics(text) if any(a <= x < b for x, _, _ in methods)]
    models = [(a, b) for a, b, _ in find_models(text) if any(a <= x and y <= b and (x, y) != (a, b)
                                                              for x, y, _ in methods)]
    if models and any(not any(a <= x < b for a, b in models) for x, _, _ in methods):
        spans += models
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _value_part(text: str, at: int) -> str:
    """``text`` with the parts split by semicolons other than the one at ``at`` blanked (same length): a method
    named in another part is another finding's ("bitmap/sign storage becomes smaller above 40% zeros ...; ...,
    while the higher-zero CAT-Q Qwen3 checkpoints can retain a small benefit")."""
    if ";" not in text:
        return text
    start, stop = semicolon_part(text, at)
    return " " * start + text[start:stop] + " " * (len(text) - stop)


def _clock_spans(text: str) -> list[tuple[int, int]]:
    """Where a text says the clock a design was run at ("at 2.0 ns", "At clock periods below about 1.8 ns")."""
    return [m.span() for m in _CLOCK_SETTING.finditer(text)] if "ns" in text else []


def _without_clocks(text: str) -> str:
    """``text`` with the clocks it was run at blanked (same length): their "clock periods" name no measure."""
    for a, b in _clock_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _settings(text: str, quantities: list[tuple[Quantity, int, int]], *, greek: bool = False) -> set[int]:
    """Where the quantities given to a symbol start (see ``_GREEK_SETTING``, ``_GREEK_ASIDE``), and clock
    periods a design runs at (``_CLOCK_SETTING``); ``greek``: only those a Greek letter is set to (a bound
    in brackets describes a region of it, and is no setting the sentence states)."""
    found = set()
    if not quantities:
        return found
    if not greek and any(q.unit == "ns" for q, _, _ in quantities):
        clocks = _clock_spans(text)
        found |= {a for _, a, _ in quantities if any(x <= a < y for x, y in clocks)}
    if not greek and any(q.unit in ("GB", "TB") for q, _, _ in quantities):
        # a device's memory right after its name is part of the name: "NVIDIA Jetson Orin (32GB)", "8×A100 80GB
        # GPUs" (a size it ran in is no spec of it: "fits in 24GB")
        ends = [b for _, b in hardware_spans(text)]
        found |= {a for q, a, _ in quantities
                  if q.unit in ("GB", "TB") and any(0 <= a - b <= 2 and text[b:a] in ("", " ", " (") for b in ends)}
        # ... and a device "with 8GB of memory", where the sentence measures something else: "at 30 tokens per second
        # on a laptop RTX 4070 GPU with only 8GB of memory" (alone, "deployment ... on a single Jetson Orin with 64GB
        # of memory" is a claim of what fits in it)
        specs = {a for q, a, _ in quantities if q.unit in ("GB", "TB")
                 and any(0 < a - b <= 24 and _DEVICE_WITH.fullmatch(text, b, a) for b in ends)}
        if any(a not in specs and a not in found and _is_measure(q) for q, a, _ in quantities):
            found |= specs
    if not greek and any(q.unit == "%" for q, _, _ in quantities):
        # a share a method keeps or protects is how it is run, not what it achieves: "protecting only 1% of
        # salient weights can greatly reduce quantization error", "keeping only 0.1%-1% of the channels"
        found |= {a for q, a, b in quantities
                  if q.unit == "%" and (
                      (_KEPT_SHARE.search(text, max(0, a - 40), a) and _KEPT_WHAT.match(text, b)
                       and not _KEPT_MEASURE.match(text, b))
                      or _TOP_SHARE.search(text, max(0, a - 12), a)
                      or (_AT_DENSITY_BEFORE.search(text, max(0, a - 12), a) and _DENSITY_AFTER.match(text, b))
                      or _KEPT_FRACTION.search(text, max(0, a - 80), a) or _SHARE_IN.match(text, b))}
    if not greek and any(q.unit in ("pJ", "fJ") for q, _, _ in quantities):
        # the energy of a memory point, in brackets after it, is its spec: "the 1 MB 45 nm SRAM point (1.56 pJ/bit)"
        found |= {a for q, a, _ in quantities
                  if q.unit in ("pJ", "fJ") and _POINT_ENERGY.search(text, max(0, a - 30), a)}
    if not greek and "group" in text:
        found |= {a for q, a, _ in quantities if q.unit is None and _GROUP_SIZE_BEFORE.search(text, max(0, a - 30), a)}
    if not greek and any(q.unit == "x" for q, _, _ in quantities):
        # a factor on the data a method is calibrated or trained on is how it was run: "better perplexity using
        # 10x smaller calibration set compared to GPTQ" (10x is no perplexity)
        found |= {a for q, a, b in quantities if q.unit == "x" and _DATA_FACTOR.match(text, b)}
    if not greek and any(q.unit in ("KB", "MB", "GB") for q, _, _ in quantities):
        # the size of a memory named right after it is a spec of the hardware: "the 1 MB 45 nm SRAM energy
        # point", "32 KB SRAM" (not "weights take 8 GB of DRAM")
        found |= {a for q, a, b in quantities if q.unit in ("KB", "MB", "GB") and _MEMORY_PART.match(text, b)}
    if text.isascii():  # no Greek letter, no "∈": most sentences
        return found
    greek_letter = _GREEK_LETTER.search(text) is not None
    members = not greek and "∈" in text
    if greek_letter or members:  # most sentences have neither: no search per number
        for _, a, _ in quantities:
            if (greek_letter and (_GREEK_SETTING.search(text, max(0, a - 80), a) or (
                    not greek and _GREEK_ASIDE.search(text, max(0, a - 80), a)))) or (
                    members and _SET_SETTING.search(text, max(0, a - 80), a)):
                found.add(a)
    return found


def _from(quantities: list[tuple[Quantity, int, int]], at: int) -> list[tuple[Quantity, int, int]]:
    """The quantities that start at or after ``at`` (all of them for 0)."""
    return [t for t in quantities if t[1] >= at]


# what the opening condition is close to, said right after it: "At z = 0.4225, close to the checkpoint-wide 42.21%
# density, ..."
_CONDITION_APPOSITIVE = re.compile(r"\s*(?:close to|near|i\.e\.|that is)\s[^,;]{0,80},", re.IGNORECASE)


def _leading_condition(sentence: str) -> int:
    """Where a sentence's opening condition ends (0 when it has none), with an appositive that places it."""
    m = _LEADING_CONDITION.match(sentence)
    if m is None:
        return 0
    more = _CONDITION_APPOSITIVE.match(sentence, m.end())
    return more.end() if more else m.end()


# a difference in bits per weight is a measure of storage, no bit width: "the bitmap/sign stream is 0.0385 bits per
# weight smaller than continuous five-trit" (the number is read without its "bits" unit)
_RATE_DELTA = re.compile(r"\s*(?:/|per)\s*(?:weight|wt|parameter)s?\s+"
                         r"(?:smaller|larger|fewer|more|less|lower|higher)\b", re.IGNORECASE)


def sentence_claim(
    passage: Passage,
    start: int,
    end: int,
    *,
    own: Method | None = None,
    runs_on: tuple[Passage, int, str] | None = None,
    vocabulary: Vocabulary | None = None,
) -> Claim | None:
    """The claim made by ``passage.text[start:end]``, or None when it states none.

    ``runs_on`` is ``(passage, end_char, middle)`` where a break cuts the sentence: it goes on in
    that passage up to ``end_char``, with ``middle`` (a displayed equation's text) between the
    parts (:func:`verifier.run_ons.run_ons`); the claim reads and quotes the parts joined (a hyphen
    at the break read with the document's ``vocabulary``, :func:`verifier.run_ons.join_parts`).
    """
    sentence = passage.text[start:end]
    ends = {}
    if runs_on is not None:
        rest, end_char, middle = runs_on
        sentence = join_parts(sentence, middle, end_part(rest, end_char), vocabulary=vocabulary)
        ends = {"end_page": rest.page, "end_passage_index": rest.index, "end_char": end_char}
    quantities = [(q.model_copy(update={"unit": None}), a, b)
                  if q.unit == "bits" and _RATE_DELTA.match(sentence, b) else (q, a, b)
                  for q, a, b in parse_quantities(sentence)]
    lead = _leading_condition(sentence)
    if not any(_is_measure(q) for q, _, _ in quantities) and (factors := _verb_factors(sentence, lead)):
        # no measure written, but factors said with a verb on a metric ("SmoothQuant halves the memory
        # footprint"): those are the measures
        quantities = sorted([*quantities, *((q, a, b) for q, a, b, _ in factors)], key=lambda t: t[1])
    settings = _settings(sentence, quantities)
    kind = classify(_without_clocks(sentence), [t for t in _from(quantities, lead) if t[1] not in settings])
    if kind is None and _settings(sentence, quantities, greek=True):
        kind = ClaimKind.setup  # "α = 0.5 is a well-balanced point": the setting is the fact
    elif kind is None and settings and (with_settings := classify(sentence, _from(quantities, lead))) is not None and (
            with_settings is ClaimKind.setup or _AT_DENSITY.match(sentence)):
        # "All our experiments are conducted on NVIDIA A100 80GB GPU servers": the setting is the fact; "At the
        # 42.2% zero density of BitNet b1.58 2B4T the storage gain over five-trit is modest": a finding at a density
        kind = with_settings
    if kind is None:
        return None
    anchor = Anchor(
        page=passage.page,
        quote=sentence,
        passage_index=passage.index,
        char_start=start,
        char_end=end,
        bbox=_bbox(passage, start, end),
        **ends,
    )
    fields = read_fields(sentence, quantities, kind, own=own, condition_until=lead, settings=settings)
    if cites := cited_sources(sentence, own):
        # "Platinum also reports that DRAM ... account for 53.5% ... of its power [24]": the paper reports
        # another work's finding; the claim says whose, and the matcher does not test it as this paper's
        fields["conditions"] = {**fields["conditions"], "cited": "; ".join(cites)}
    return Claim(
        kind=kind, statement=sentence, anchor=anchor, origin="text", extractor_version=EXTRACTOR_VERSION, **fields
    )


# --- tables ---------------------------------------------------------------------------------


def _column_headers(table: Table) -> dict[int, str]:
    """Each column's header: the texts of the header cells that cover it, top row first, each once.
    One pass over the header rows for the whole table (a cell's own pass was quadratic in cells)."""
    parts: dict[int, list[str]] = {}
    header = [c for c in table.cells if c.row < table.header_rows]
    for r in range(table.header_rows):
        for cell in header:
            text = cell.text.strip()
            if cell.row != r or not text:
                continue
            for col in range(cell.col, cell.col + cell.col_span):
                seen = parts.setdefault(col, [])
                if text not in seen:
                    seen.append(text)
    return {col: " / ".join(texts) for col, texts in parts.items()}


def caption_title(caption: str | None) -> str:
    """A caption's first sentence: what the table holds. Cells fall back on all its fields."""
    if not caption:
        return ""
    spans = split_sentences(caption)
    return caption[spans[0][0] : spans[0][1]] if spans else caption


# the fields a caption's later sentences may give a cell (what was measured, on what), never who is
# compared: "The BLEU score is the median of three random seeds", "A and B streamed: 2.0 ns clock
# with the LPDDR4 point"
_NOTE_FIELDS = ("dataset", "hardware")
_NEVER_PERCENT = frozenset({"perplexity", "BLEU"})
_COMMENT_CUES = lexicon.COMPARISON_CUES + lexicon.RESULT_CUES + lexicon.TREND_CUES + lexicon.EFFECT_CUES
_OBSERVATION = re.compile(r"^(?:We|I)\s+(?:\w+\s+)?(?:see|find|found|observe|note|show)\b|^This (?:shows|explains)\b",
                          re.IGNORECASE)


def caption_notes(caption: str | None) -> str:
    """The caption's later sentences that define rather than comment: those with no result,
    comparison, trend or effect cue and no "We see that ...". Commentary ("absmax ... degrades ...
    where 8-bit 13B perplexity is worse than 8-bit 6.7B perplexity") names baselines and methods
    that are not the cells'."""
    if not caption:
        return ""
    spans = split_sentences(caption)[1:]
    kept = [caption[a:b] for a, b in spans
            if not _OBSERVATION.search(caption[a:b]) and not count_cues(caption[a:b], _COMMENT_CUES)]
    return " ".join(kept)


# a caption note that says what some columns are: "A and B streamed: 2.0 ns clock with the LPDDR4 point", "B
# resident: 2.0 ns with the 1 MB 45 nm SRAM point"
_NOTE_LABEL = re.compile(r"([A-Z][\w .+/-]{0,30}?):\s")


def _abbreviates(header: str, label: str) -> bool:
    """Whether a column header is a label written short: "B res." for "B resident", "A" for "A"."""
    short, full = header.replace(".", " ").split(), label.split()
    return bool(short) and len(short) == len(full) and all(f.lower().startswith(h.lower()) for h, f in zip(short, full))


def _column_notes(notes: str, headers: set[str]) -> tuple[str, dict[str, str]]:
    """A caption's notes split into those of every cell and those of the columns a note's label names ("A and B
    streamed: ..." is the note of columns "A" and "B str.", not of "B res." nor of a checkpoint's "Zeros"):
    (the notes of every cell, each such column's notes with them)."""
    if not notes or ":" not in notes:
        return notes, {}
    general, own = [], {}
    for a, b in split_sentences(notes):
        sentence = notes[a:b]
        m = _NOTE_LABEL.match(sentence)
        parts = re.split(r"\s*(?:,|\band\b)\s*", m.group(1)) if m else []
        named = {h for h in headers for part in parts if part and _abbreviates(h.strip(), part)}
        if named:
            for h in named:
                own.setdefault(h, []).append(sentence)
        else:
            general.append(sentence)
    text = " ".join(general)
    return text, {h: " ".join([text, *sentences]).strip() for h, sentences in own.items()}


def _short_caption(caption: str | None) -> str | None:
    if not caption:
        return None
    first = caption_title(caption)
    first = re.sub(r"^(?:Table|Tab\.)\s*\d+[.:]\s*", "", first).rstrip(".")
    return first if len(first) <= 90 else first[:87].rstrip() + "..."


# a caption that gives the unit of what the cells measure: "the per-token generation speed in milliseconds"
_CAPTION_UNIT = re.compile(r"\b(?:speed|latency|time|throughput|memory(?: usage)?)\s+in\s+(milliseconds|seconds|"
                           r"microseconds|gigabytes|megabytes)\b", re.IGNORECASE)
_CAPTION_UNITS = {"milliseconds": "ms", "seconds": "s", "microseconds": "us", "gigabytes": "GB", "megabytes": "MB"}


@lru_cache(maxsize=64)
def _caption_unit(caption: str) -> str | None:
    """The one unit a caption says its cells are in (None when it names none or several)."""
    units = {_CAPTION_UNITS[m.group(1).lower()] for m in _CAPTION_UNIT.finditer(caption)}
    return units.pop() if len(units) == 1 else None


def _header_unit(header: str) -> str | None:
    m = _HEADER_UNIT.search(header)
    return _HEADER_UNITS.get(m.group(1).lower(), _HEADER_UNITS.get(m.group(1))) if m else None


# a body cell that only switches a setting on or off: a check mark, a cross or a dash
_MARK = re.compile(r"[\u2713\u2714\u2717\u2718\u2715\u00d7xX]\.?|[-\u2013\u2014]")
# a column header that names what a row was run with, not what it measured: the share decomposed
# into 16 bits, the bit width, the group or block size, the rank, the calibration set, the sequence length
_SETTING_HEADER = re.compile(
    r"^(?:#\s*)?(?:decomp(?:osition)?|bits?|bit[- ]?widths?|w\s*/\s*a|wbits|abits|group(?:\s*size)?|block\s*size|"
    r"rank|calib(?:ration)?(?:\s*(?:set|data|samples))?|seq(?:uence)?\.?\s*len(?:gth)?\.?)$",
    re.IGNORECASE,
)
# the hardware a row ran on ("Hardware | 8x A100"), and that hardware's memory when its column follows
_HARDWARE_HEADER = re.compile(r"^(?:hardware|gpus?|devices?|platforms?|accelerators?)$", re.IGNORECASE)
_HARDWARE_MEMORY_HEADER = re.compile(r"^(?:gpu\s*)?mem(?:ory)?\.?(?:\s*\((?:gi?b)\))?$", re.IGNORECASE)
# the model's size is what a row is, wherever its column stands ("Model | PPL | Params")
_SIZE_HEADER = re.compile(r"^(?:#\s*)?(?:params?|parameters|model\s*size\s*\(params?\))$", re.IGNORECASE)


_DASHES = "-\u2013\u2014"


def _marks(texts: list[str]) -> bool:
    """Whether a column's cells only switch something on or off (at least one check mark)."""
    filled = [t for t in texts if t]
    return bool(filled) and all(_MARK.fullmatch(t) for t in filled) and any(t not in _DASHES for t in filled)


def _last_header(headers: dict[int, str], col: int) -> str:
    """The header right above a column's cells ("Is 8-bit / FFN" -> "FFN")."""
    return headers.get(col, "").rsplit(" / ", 1)[-1].strip()


def setting_columns(table: Table, column_headers: dict[int, str] | None = None) -> list[int]:
    """The columns that say what a row was run with rather than what it measured: leading body
    columns of check marks ("Is 8-bit: FFN ✓ Linear ✓") or with a setting's header ("Decomp",
    "Bits", "Group size", "Hardware" and a "GPU Memory" right after it), a model-size column
    ("Params") wherever it stands, and row-header columns of check marks. Their cells name the
    row (:func:`_row_settings`); body cells of them give no claims. A body column is a setting
    only while some column after it measures something: a table of settings alone is read as
    it is.
    """
    headers = column_headers if column_headers is not None else _column_headers(table)
    texts: dict[int, list[str]] = {}
    for cell in table.cells:
        if cell.row >= table.header_rows:
            texts.setdefault(cell.col, []).append(cell.text.strip())
    body = sorted(c for c in texts if c >= table.header_cols)
    settings: list[int] = []
    hardware = False
    for col in body:  # the leading run
        header = _last_header(headers, col)
        if (_marks(texts[col]) or _SETTING_HEADER.match(header) or _HARDWARE_HEADER.match(header)
                or (hardware and _HARDWARE_MEMORY_HEADER.match(header))):
            settings.append(col)
            hardware = bool(_HARDWARE_HEADER.match(header))
        else:
            break
    settings += [c for c in body if c not in settings and _SIZE_HEADER.match(_last_header(headers, c))]
    measured = [c for c in body if c not in settings and any(parse_quantities(t) for t in texts[c] if t)]
    if not measured:
        settings = []
    return sorted(settings + [c for c in texts if c < table.header_cols and _marks(texts[c])])


# a check mark that switches a setting on (a cross or a dash leaves it off)
_ON = re.compile(r"[\u2713\u2714]\.?")
# a bit width in a column header: "Is 8-bit / FFN", "INT8 / Linear", "4 bits"
_HEADER_BITS = re.compile(r"\b(\d{1,2})[- ]?bits?\b|\bINT(\d{1,2})\b", re.IGNORECASE)


def _marks_bits(table: Table, marks: list[int], headers: dict[int, str]) -> float | None:
    """The one bit width the headers over a table's columns of check marks (``marks``, from
    :func:`_mark_columns`) name: their own ("INT8 FFN") or a group header set over the run of them
    ("Is 8-bit" above "FFN | Linear", written in one of the cells it spans); None when they name none
    or several."""
    if not marks:
        return None
    texts = [headers.get(c, "") for c in marks]
    texts += [cell.text for cell in table.cells
              if cell.row < table.header_rows and min(marks) <= cell.col <= max(marks)]
    widths = {int(m.group(1) or m.group(2)) for t in texts for m in _HEADER_BITS.finditer(t)}
    return float(widths.pop()) if len(widths) == 1 else None


def _mark_columns(table: Table, settings: list[int]) -> list[int]:
    """The setting columns that hold a check mark in some body row."""
    return sorted({c.col for c in table.cells if c.col in settings and c.row >= table.header_rows and _is_on(c)})


# a column header that names a measure of its own has words; one with a number standing alone ("Batch 8",
# "z = 0.20") names a setting the cells were run at
_MEASURE_WORD = re.compile(r"[A-Za-z]{3,}")
_LONE_NUMBER = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?(?![\w-])")


@lru_cache(maxsize=1024)
def _measure_header(header: str) -> bool:
    """Whether a column header can stand as the metric of its cells: it has words and names no dataset,
    model, method or hardware, and is no size, bit width or setting ("125M", "W4A16", "Batch 8", "5-shot")."""
    header = header.strip()
    if not _MEASURE_WORD.search(header) or _LONE_NUMBER.search(header):
        return False
    if any(q.unit in ("params", "bits") for q, _, _ in parse_quantities(header)) or any(
            key != "metric_variant" for key in conditions_of(header)):
        return False
    return not (find_datasets(header) or find_models(header) or find_methods(header) or find_hardware(header)
                or count_cues(header, lexicon.SETUP_CUES))


def _is_on(cell: TableCell) -> bool:
    """Whether a cell is a check mark that switches its column's setting on."""
    return _ON.fullmatch(cell.text.strip()) is not None


def _row_settings(cells: list[TableCell], settings: list[int], headers: dict[int, str]) -> str:
    """A row's settings as written, each under its own header: "FFN ✓, Linear ✓, Decomp 2%" (a
    column left empty or dashed is off and not named)."""
    parts = []
    for cell in cells:
        text = cell.text.strip()
        if cell.col in settings and text and text not in _DASHES:
            if _MARK.fullmatch(text):
                text = text.rstrip(".")  # "✓." (a stray full stop in the PDF's cell) is "✓"
            name = _last_header(headers, cell.col)
            parts.append(f"{name} {text}" if name else text)
    return ", ".join(parts)


_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _corner_labels(table: Table, headers: dict[int, str], settings: list[int]) -> dict[int, str]:
    """What a table's corner cells say each header row is, when the column headers right above
    the cells are bare numbers ("Batch Size | Hardware | 1 | 8 | 32": batch sizes, so the cells
    under them are measured at those, and the table is no table of settings): header row ->
    label. Empty otherwise. Setting columns do not count."""
    corners: dict[int, str] = {}
    for c in table.cells:
        if c.row < table.header_rows and c.col < table.header_cols and c.text.strip():
            corners[c.row] = f"{corners[c.row]} {c.text.strip()}" if c.row in corners else c.text.strip()
    body = [_last_header(headers, c) for c in headers if c >= table.header_cols and c not in settings]
    if corners and body and all(_BARE_NUMBER.fullmatch(h) for h in body):
        return corners
    return {}


def _labelled_headers(table: Table, corners: dict[int, str], settings: list[int]) -> dict[int, str]:
    """:func:`_column_headers` with each header row's corner label before the texts it labels
    ("GPT-3 Size Small / Model dimension 768"); setting columns keep their own headers."""
    labelled = table.model_copy(update={"cells": [
        c.model_copy(update={"text": f"{corners[c.row]} {c.text.strip()}"})
        if c.row in corners and c.col >= table.header_cols and c.col not in settings and c.text.strip() else c
        for c in table.cells]})
    return _column_headers(labelled)


def _cell_quantities(text: str) -> list[tuple[Quantity, int, int]]:
    """A body cell's numbers, but none where the cell names a model and its only number is the
    model's size ("GPT-2 1.3B" in a column of the largest model that fits: a name, not a result)."""
    quantities = parse_quantities(text)
    if quantities and all(q.unit == "params" for q, _, _ in quantities) and find_models(text):
        return []
    return quantities


def table_claims(table: Table, *, own: Method | None = None) -> list[Claim]:
    """One claim per numeric body cell, named by its row and column headers.

    Header cells, empty cells and cells without a number give none. A body row whose only
    text is one label ("Post-training ternarization (CAT-Q)") names the group of the rows
    below it. Setup tables (hyper-parameters) give setup claims. The cells of setting columns
    (:func:`setting_columns`) give none either: they name their row with its header.
    """
    label = table.label or f"Table {table.index + 1}"
    caption = table.caption or ""
    short = _short_caption(caption)
    title = caption_title(caption)
    notes = caption_notes(caption)
    column_headers = _column_headers(table)
    notes, column_notes = _column_notes(notes, set(column_headers.values()))
    settings = setting_columns(table, column_headers)
    corners = _corner_labels(table, column_headers, settings)
    headers_text = " ".join(c.text for c in table.cells
                            if c.row < table.header_rows and not (corners and c.col < table.header_cols))
    setup_table = count_cues(f"{title} {headers_text}", lexicon.SETUP_TABLE_CUES) > 0
    if corners:
        column_headers = _labelled_headers(table, corners, settings)
    by_row: dict[int, list[TableCell]] = {}
    for cell in table.cells:
        by_row.setdefault(cell.row, []).append(cell)
    claims: list[Claim] = []
    group: str | None = None
    marks = _mark_columns(table, settings)
    marks_bits = _marks_bits(table, marks, column_headers)
    marks_names = ", ".join(_last_header(column_headers, c) for c in marks)
    method_column = any(_METHOD_HEADER.match(_last_header(column_headers, c)) for c in range(table.header_cols))
    designs = _caption_designs(title)
    for r in range(table.header_rows, table.n_rows):
        row_cells = sorted(by_row.get(r, []), key=lambda c: c.col)
        body = [c for c in row_cells if c.col >= table.header_cols and c.col not in settings and c.text.strip()]
        parsed = {c.col: _cell_quantities(c.text) for c in body}
        if not any(parsed.values()):
            texts = [c.text.strip() for c in row_cells if c.text.strip()]
            if len(texts) == 1:
                group = texts[0]
            continue
        row_header = " / ".join(c.text.strip() for c in row_cells
                                if c.col < table.header_cols and c.col not in settings and c.text.strip())
        row_set = _row_settings(row_cells, settings, column_headers)
        row_bits = marks_bits if marks_bits is not None and any(
            c.col in settings and _is_on(c) for c in row_cells) else None
        marks_off = marks_names if marks_bits is not None and row_bits is None else ""
        for cell in body:
            quantities = parsed[cell.col]
            if not quantities:
                continue
            col_header = column_headers.get(cell.col, "")
            claims.append(
                _cell_claim(
                    table, cell, quantities, label, short, title, column_notes.get(col_header, notes), row_header,
                    col_header, group, setup_table,
                    own, row_set, method_column, row_bits, marks_off, designs,
                )
            )
    return claims


# a row of the uncompressed model: "32-bit Float", "bfloat16 baseline", "FP16", "Full precision", "Dense"
_REFERENCE_ROW = re.compile(r"\b(?:b?float(?:16|32)?|FP(?:16|32)|BF16|full[- ]precision|dense|unquanti[sz]ed|"
                            r"uncompressed)\b", re.IGNORECASE)
_BASELINE_ROW = re.compile(r"\bbaselines?\b|^(?:FP|BF)(?:16|32)\b|^\d+-bit(?: \w+)?$|\bfull[- ]precision\b|"
                           r"\b(?:dense|unquanti[sz]ed|uncompressed|original)(?: model)?$", re.IGNORECASE)


_QUARTILES = re.compile(r"\bquartiles\b", re.IGNORECASE)
# the header of a row-header column whose rows are methods
_METHOD_HEADER = re.compile(r"^(?:(?:quanti[sz]ation|pruning|compression)\s+)?(?:methods?|approach(?:es)?|schemes?|"
                            r"techniques?)$", re.IGNORECASE)
# GLUE tasks with a single official metric
_AVERAGE_HEADER = re.compile(r"(?:mean|avg\.?|average|score)", re.IGNORECASE)
_TASK_METRICS: dict[str, tuple[str, str]] = {
    "MNLI": ("accuracy", "higher"), "QNLI": ("accuracy", "higher"), "RTE": ("accuracy", "higher"),
    "SST-2": ("accuracy", "higher"), "WNLI": ("accuracy", "higher"), "CoLA": ("Matthews correlation", "higher"),
}  # fmt: skip
# GLUE tasks scored by two official metrics: which one a bare number is, a table that does not say leaves
# open; the cell is the task's score, higher is better, and its variant is said to be unstated
_TWO_METRIC_TASKS: dict[str, str] = {
    "MRPC": "F1 or accuracy", "QQP": "F1 or accuracy", "STS-B": "Pearson or Spearman correlation",
}  # fmt: skip


# what a caption says its cells measure: "area ... of each five-position engine" (the column headers name the
# engines), "energy ... of the stream-fed bitmap/sign design relative to ..." (the one design measured)
_CAPTION_DESIGN = re.compile(
    r"\bof (?P<det>each|every|the|our) (?P<name>(?P<words>(?:[\w/+-]+ ){0,4}?)(?P<noun>engine|design|datapath|"
    r"architecture|kernel|format|scheme|variant|method)s?)\b", re.IGNORECASE)


# a caption that says which way its signed cells lean: "relative to fed five-trit (%; negative favors the bitmap)"
_CAPTION_FAVOURS = re.compile(
    r"\b(?P<sign>negative|positive)\s+(?:values?\s+)?favou?rs?\s+(?:the\s+)?(?P<name>[a-z][\w/+-]*(?:\s+[a-z][\w/+-]*)"
    r"{0,2})\s*[).;,]", re.IGNORECASE)


class Favoured(NamedTuple):
    """A design a caption says its signed cells compare ("negative favors the bitmap"): the method of the
    cells under a column header that names a design, and which sign is in its favour."""

    method: Method
    negative: bool


@lru_cache(maxsize=256)
def _caption_designs(title: str) -> Method | bool | Favoured | None:
    """What a caption's title says its cells measure, where the lexicon names no method there: True for
    "of each <...> engine" (the column headers name them), the design itself, as written, for "of the
    <...> design" (never a bare "of the proposed method", nor a method the lexicon knows), the design a
    sign favours (:class:`Favoured`) for "negative favors the bitmap", else None."""
    if (f := _CAPTION_FAVOURS.search(title)) is not None and not find_methods(f["name"]):
        return Favoured(Method(family=MethodFamily.other, name=f["name"]), f["sign"].lower() == "negative")
    m = _CAPTION_DESIGN.search(title)
    if m is None or find_methods(title):
        return None
    if m["det"].lower() in ("each", "every"):
        return True
    words = m["words"].split()
    if m["noun"].lower() == "method" or not words or all(w.lower() in _EMPTY_DESIGN_WORDS for w in words):
        return None
    return Method(family=MethodFamily.other, name=m["name"])


def _names_a_design(header: str) -> bool:
    """Whether a column header can be a design's name: a few words, no number, and no metric, data set,
    model, hardware or reference precision ("Five-trit", "Presence extracted"; not "z = 0.20", "FP16")."""
    h = header.strip()
    return (bool(h) and len(h.split()) <= 4 and not any(ch.isdigit() for ch in h) and not find_metrics(h)
            and not find_datasets(h) and not find_models(h) and find_hardware(h) is None
            and not _REFERENCE_ROW.search(h) and not _BASELINE_ROW.search(h))


@lru_cache(maxsize=1024)
def _row_bits(row_header: str) -> float | None:
    """The bit width a row header names ("Int8 without overhead": 8), once per header, not per cell."""
    return bit_widths(row_header, parse_quantities(row_header), None)[0]


def _names_another(row_header: str) -> bool:
    """Whether a row header names a cited work or a baseline rather than the method in the caption."""
    return bool(_CITATION.search(row_header) or _BASELINE_ROW.search(row_header.strip()))


def _cell_claim(
    table: Table,
    cell: TableCell,
    quantities: list[tuple[Quantity, int, int]],
    label: str,
    short: str | None,
    title: str,
    notes: str,
    row_header: str,
    col_header: str,
    group: str | None,
    setup_table: bool,
    own: Method | None,
    row_settings: str = "",
    method_column: bool = False,
    row_bits: float | None = None,
    marks_off: str = "",
    designs: Method | bool | Favoured | None = None,
) -> Claim:
    context = ". ".join(t for t in (col_header, row_header, row_settings, group) if t)
    # a caption's later sentences do not say what a column that is a measure of its own holds: in LLM.int8()'s
    # Table 4, "... the outliers are essential for large softmax probabilities" is not what "Outliers / Count" is
    note_metric = not _measure_header(col_header)
    unit = _header_unit(col_header) or _header_unit(row_header) or _caption_unit(f"{title} {notes}")
    if setup_table or count_cues(row_header, lexicon.SETUP_CUES):
        kind = ClaimKind.setup
    else:
        metrics = find_metrics(context) or find_metrics(title) or (find_metrics(notes) if note_metric else [])
        metric = metrics[0][2][0] if metrics else None
        if count_cues(context, lexicon.SPEEDUP_CUES) or metric in _SPEED_METRICS or unit in _TIME_UNITS:
            kind = ClaimKind.speedup
        elif count_cues(context, lexicon.MEMORY_CUES) or metric == "memory":
            kind = ClaimKind.memory
        else:
            kind = ClaimKind.result
    fields = read_fields(
        context,
        [(q, 0, 0) for q, _, _ in quantities],
        kind,
        own=own,
        fallback=title,
        notes=notes,
        note_metric=note_metric,
        unit_hint=unit,
        numbers_from_text=False,
    )
    # the numbers are the cell's, not the headers': read_fields saw them out of place
    fields["direction"] = None
    if _names_another(row_header) and not find_methods(context):
        # a row for a cited work ("Q8BERT (Zafrir et al., 2019)") or a baseline ("32-bit Baseline"):
        # the caption's or the paper's own method is not this row's
        fields["method"] = None
    if method_column and not find_methods(row_header) and not _BASELINE_ROW.search(row_header.strip()):
        # the rows are methods by the table's own header ("Method | MNLI | ..."): one the lexicon does
        # not know ("PSQ (Chen et al., 2020)") is named as written, of the family the caption gives
        name = _CITATION.sub("", row_header).strip(" /,;")
        if name:
            families = {m.family for _, _, m in find_methods(title)}
            family = families.pop() if len(families) == 1 else MethodFamily.other
            fields["method"] = Method(family=family, name=name)
    extra: dict[str, str] = {}
    if isinstance(designs, Method) and kind is not ClaimKind.setup and not method_column and not find_methods(
            row_header):
        # "energy per weight of the stream-fed bitmap/sign design relative to stream-fed five-trit": what the
        # caption says every cell measures is their method, as written (a column header's "BitNet rows" names
        # the weights it ran on, not the design measured; a row that names a method is that method's)
        fields["method"] = designs
        extra["method_from"] = "caption (as written)"
    elif designs is True and fields["method"] is None and kind is not ClaimKind.setup and _names_a_design(col_header):
        # "area of each five-position engine": the column headers name the engines, as written
        fields["method"] = Method(family=MethodFamily.other, name=col_header.strip())
        extra["method_from"] = "column header (as written)"
    elif (isinstance(designs, Favoured) and kind is not ClaimKind.setup and not method_column
          and _names_a_design(col_header) and (not find_methods(row_header) or find_models(row_header))):
        # "energy ... relative to fed five-trit (%; negative favors the bitmap)": under a column that names a
        # setting of the design ("A", "B res.", "Best") the cell is the bitmap's, whatever group of checkpoints
        # the row is in (its "Quantization-aware training" says how the weights were made: kept as row_group);
        # a column that is a measure of the checkpoint ("Zeros", "Bits/wt") keeps its reading, and so does a row
        # that names a method unless it names a model ("BitNet 2B4T" is a checkpoint). The sign says which way it
        # went for the design.
        fields["method"] = designs.method
        extra["method_from"] = "caption (as written)"
        value = fields["value"]
        if value is not None and value.low is None and value.high is None:
            fields["direction"] = ("equal" if value.value == 0
                                   else "better" if (value.value < 0) == designs.negative else "worse")
    if row_bits is not None and fields["bits"] is None:
        # "Is 8-bit: FFN ✓, Linear ✓": the row's marks put layers in that many bits, so the row is
        # quantized (a row with no mark on is the unquantized one and gets neither)
        fields["bits"] = row_bits
        if fields["method"] is None:
            fields["method"] = Method(family=MethodFamily.quantization)
    if fields["method"] is None and kind is not ClaimKind.setup and marks_off:
        # a table whose check marks put layers in low bits ("Is 8-bit: FFN ✓"), and this row has none on:
        # the row that keeps them all in the reference precision
        extra["reference"] = f"no setting marked ({marks_off})"
    elif fields["method"] is None and kind is not ClaimKind.setup:
        # a row named by a low bit width and no method ("Int8 without overhead", "W4A16") is quantized at it: its
        # method is of the quantization family, unnamed; a 16- or 32-bit row, or one in floating point, dense or
        # unquantized, is the reference the others are compared with, and has no method by nature
        row_bits_named = _row_bits(row_header)
        if _REFERENCE_ROW.search(row_header) or (row_bits_named is not None and row_bits_named >= 16):
            extra["reference"] = row_header.strip()
        elif row_bits_named is not None and row_bits_named <= 8 and not _BASELINE_ROW.search(row_header.strip()):
            fields["method"] = Method(family=MethodFamily.quantization)
    if fields["value"] is None and kind is not ClaimKind.setup and len(quantities) == 1:
        fields["value"] = quantities[0][0]  # a count ("Count | 4"): in a cell, the one number is the value
    elif (fields["value"] is None and kind is not ClaimKind.setup and len(quantities) == 3
          and _QUARTILES.search(col_header)):
        # "Quartiles | (-25, -16, -9)": the three quartiles of a distribution; the middle one is its median
        fields["value"] = quantities[1][0]
        extra["metric_variant"] = "median (the middle of the three quartiles)"
    task = fields["dataset"]
    if (fields["metric"] is None and kind is ClaimKind.result and (task in _TASK_METRICS or task in _TWO_METRIC_TASKS)
            and any(d == task for _, _, d in find_datasets(f"{col_header}. {row_header}"))):
        # a GLUE task the cell's own headers name, whose metric the table does not name: its one official
        # metric, or, of two, the task's score with the variant said to be unstated; said to come from the
        # dataset (a task named only in the caption may head a column of anything)
        extra["metric_from"] = "dataset"
        if task in _TASK_METRICS:
            fields["metric"], fields["metric_direction"] = _TASK_METRICS[task]
        else:
            fields["metric"], fields["metric_direction"] = "GLUE task score", "higher"
            extra["metric_variant"] = f"not stated: {_TWO_METRIC_TASKS[task]}"
    elif (fields["metric"] is None and kind is ClaimKind.result and task in ("GLUE", "SuperGLUE")
            and _AVERAGE_HEADER.fullmatch(col_header.strip())):
        # "Mean" over a GLUE table's tasks: the benchmark's average score (of whatever each task is scored by)
        fields["metric"], fields["metric_direction"] = f"{task} average", "higher"
        extra["metric_from"] = "column header"
    elif fields["metric"] is None and kind is ClaimKind.result and _measure_header(col_header):
        # a table of statistics whose columns the lexicon knows no metric for ("Outliers / Count",
        # "Top-1 softmax p / No Outlier"): the column header, as written, is what the cell measures;
        # which way is better it does not say
        fields["metric"] = col_header.strip()
        extra["metric_from"] = "column header (as written)"
    fields["conditions"] = {
        **fields["conditions"],
        **extra,
        "row_header": row_header,
        "column_header": col_header,
        **({"row_group": group} if group else {}),
        **({"row_settings": row_settings} if row_settings else {}),
    }
    row_name = " / ".join(t for t in (group, row_header, row_settings) if t)
    head = f"{label} ({short})" if short else label
    statement = f"{head}: {row_name} / {col_header} = {cell.text}"
    anchor = Anchor(
        page=table.page, quote=cell.text, table_index=table.index, row=cell.row, col=cell.col, bbox=cell.bbox
    )
    return Claim(
        kind=kind, statement=statement, anchor=anchor, origin="table", extractor_version=EXTRACTOR_VERSION, **fields
    )
