"""Build the labelled set that measures Gate 1 (grounding of third-party claims).

    .venv/bin/python tests/data/grounding/make_labelled.py      # writes labelled.jsonl beside this file

Deterministic (seeded): the same corpus and parsers give the same file. Sources are the real papers in
../shared/corpus (natural-sparsity-ternary-llms and llm-int8 as PDFs, awq and smoothquant as Markdown). A
PDF sentence is used only when the paper's own text confirms it (the LaTeX source of the ternary paper,
the Markdown full text of LLM.int8()), so PDF extraction slips do not become labels.

Items (``how`` -> ``label``):

- ``stated`` -> supported: a result sentence of the paper (a sentence with a measured number), as written.
- ``number_changed`` -> contradicted: the same sentence with one number clearly changed (percentages by
  +7 points, other numbers x1.5; never a rounding).
- ``direction_changed`` -> contradicted: the same sentence with one direction word swapped for its
  antonym (shorter/longer, more/less, improves/degrades, ...; this list is the generator's own).
- ``condition_dropped`` -> partially_supported: the sentence without one qualifying phrase ("for ...",
  "at ...", "when ...", "on ...", "under ...", "with ...", "across ...") that holds a number, a name or
  at least two content words.
- ``other_paper`` -> not_found: a result sentence of another corpus paper that does not name this
  paper's method, grounded against this paper.
- hand-written items (``HAND``): paraphrases in the style of a synthesis report (supported), claims that
  stretch a special case to the general one (partially_supported), paraphrases with a wrong number or
  direction (contradicted) and plausible claims the paper never makes (not_found).

Every fourth item by id (``split == "heldout"``) is held out: rules are tuned on the rest, and the
benchmark reports the held-out accuracy separately.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
sys.path.insert(0, str(REPO))

SEED = 20261123
PAPERS = {
    "natural-sparsity-ternary-llms": ("paper.pdf", "paper.tex"),
    "llm-int8": ("paper.pdf", "paper.md"),
    "awq": ("paper.md", "paper.md"),
    "smoothquant": ("paper.md", "paper.md"),
}
# names that make a sentence of another paper a claim *about* this paper (then not_found would be wrong)
OWN_NAMES = {
    "natural-sparsity-ternary-llms": (
        "ternary",
        "five-trit",
        "bitmap",
        "BitNet",
        "trit",
    ),
    "llm-int8": ("LLM.int8", "int8()", "outlier feature", "emergent"),
    "awq": ("AWQ", "activation-aware"),
    "smoothquant": ("SmoothQuant", "smoothing", "migration strength"),
}
PER_PAPER = {
    "stated": 10,
    "number_changed": 9,
    "direction_changed": 6,
    "condition_dropped": 12,
    "other_paper": 11,
}
LABEL = {
    "stated": "supported",
    "paraphrase": "supported",
    "number_changed": "contradicted",
    "direction_changed": "contradicted",
    "condition_dropped": "partially_supported",
    "special_case": "partially_supported",
    "other_paper": "not_found",
    "absent": "not_found",
}
MEASURE_UNITS = {
    "%",
    "x",
    "pp",
    "ppl",
    "ms",
    "s",
    "us",
    "ns",
    "GB",
    "MB",
    "fJ",
    "pJ",
    "W",
    "tokens/s",
}

# the generator's own antonyms (whole words, lower case); the grounding rules keep a separate, wider list
SWAPS = {
    "shorter": "longer", "longer": "shorter", "larger": "smaller", "smaller": "larger", "higher": "lower",
    "lower": "higher", "faster": "slower", "slower": "faster", "more": "less", "less": "more", "fewer": "more",
    "increases": "decreases", "decreases": "increases", "increase": "decrease", "improves": "degrades",
    "improve": "degrade", "outperforms": "underperforms", "reduces": "increases", "reduce": "increase",
    "reduced": "increased", "better": "worse", "worse": "better", "above": "below", "below": "above",
    "save": "lose", "saves": "loses", "lose": "save", "loses": "saves", "easier": "harder", "harder": "easier",
    "maintain": "lose", "significantly": "barely", "rises": "falls", "falls": "rises", "grows": "shrinks",
}  # fmt: skip
MARKERS = ("for", "at", "on", "when", "under", "with", "across", "if")
# a phrase that hedges a number states the result itself ("at about 1.9-3.4 pJ"), not a condition
HEDGES = re.compile(r"\b(?:about|around|approximately|nearly|up to|roughly)\b")
# words that make a phrase a clause of its own rather than a qualifier
VERBS = frozenset(
    {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "could", "will", "would", "do", "does",
        "did", "may", "might", "must", "should", "shows", "show", "uses", "use", "reaches", "reach", "saves", "save",
        "costs", "cost", "yields", "yield", "needs", "need", "becomes", "become", "makes", "make"
    }
)  # fmt: skip
NOT_CONDITIONS = re.compile(
    r"^(?:for (?:example|instance|the first time|this purpose|each|all|both)|at (?:least|most|the same time|a time)|"
    r"on (?:the other hand|average|top)|with (?:respect|regard|that|this|it|them)|in (?:contrast|addition|this))\b",
    re.IGNORECASE,
)


# -- sources ---------------------------------------------------------------------------------------


def _flat(text: str) -> str:
    """Letters and digits only, lower case: how a sentence is compared with the paper's own text."""
    text = re.sub(r"\\(?:cite[pt]?|ref|label|eqref)\{[^}]*\}", "", text)
    text = re.sub(r"\\[A-Za-z]+", "", text)
    return re.sub(r"[^a-z0-9]", "", text.lower())


def load_papers() -> dict[str, tuple[object, str]]:
    """Each paper's ParsedDocument and its ground-truth text, flattened."""
    from verifier.markdown import parse_markdown
    from verifier.pdf import parse_pdf

    out = {}
    for name, (source, truth) in PAPERS.items():
        data = (CORPUS / name / source).read_bytes()
        doc = parse_pdf(data, name=source) if source.endswith(".pdf") else parse_markdown(data, name=source)
        out[name] = (doc, _flat((CORPUS / name / truth).read_text(encoding="utf-8")))
    return out


def result_sentences(doc, truth: str, *, numbers: bool = True) -> list[str]:
    """Sentences of the body and abstract that the paper's text confirms and (with ``numbers``) that
    state a measured number."""
    from verifier.documents import PassageKind
    from verifier.quantities import parse_quantities
    from verifier.sentences import split_sentences

    found, seen = [], set()
    for p in doc.passages:
        if p.kind not in (PassageKind.body, PassageKind.abstract):
            continue
        for s, e in split_sentences(p.text):
            text = p.text[s:e].strip()
            words = text.split()
            if not (7 <= len(words) <= 55) or text in seen or not text.endswith("."):
                continue
            if re.match(r"(?:Table|Figure|Fig\.)\s", text) or "](" in text or "http" in text:
                continue
            qs = [q for q, _, _ in parse_quantities(text)]
            if numbers and not any(q.unit in MEASURE_UNITS or q.unit == "params" for q in qs):
                continue
            flat = _flat(text)
            if len(flat) < 30 or flat not in truth:
                continue
            seen.add(text)
            found.append(text)
    return found


# -- changes ---------------------------------------------------------------------------------------

_PLAIN = re.compile(r"^[−-]?\d+(?:\.\d+)?(?:\s*[–-]\s*\d+(?:\.\d+)?)?\s*(?:%|×|x|\s?(?:ms|ns|GB|MB|fJ|pJ)\b)?")


def _fmt(v: float, like: str) -> str:
    decimals = len(like.split(".")[1]) if "." in like else 0
    return f"{v:.{decimals}f}"


def change_number(sentence: str, rng: random.Random) -> str | None:
    """The sentence with one measured number clearly changed: % by +7 points (or -7 above 93), else x1.5."""
    from verifier.quantities import parse_quantities, quantities_equal

    qs = parse_quantities(sentence)
    options = [(q, a, b) for q, a, b in qs if q.unit in MEASURE_UNITS and _PLAIN.match(q.text) and "," not in q.text]
    rng.shuffle(options)
    for q, a, b in options:

        def shifted(m: re.Match, q=q) -> str:
            x = float(m.group(0))
            y = (x + 7 if x <= 93 else x - 7) if q.unit in ("%", "pp") else x * 1.5
            return _fmt(y, m.group(0))

        new_text = re.sub(r"\d+(?:\.\d+)?", shifted, q.text)
        changed = sentence[:a] + new_text + sentence[b:]
        new_q = [n for n, s, _ in parse_quantities(changed) if s == a]
        if not new_q or any(quantities_equal(new_q[0], o) for o, _, _ in qs):
            continue
        return changed
    return None


def change_direction(sentence: str, rng: random.Random) -> str | None:
    """The sentence with one direction word swapped for its antonym (not inside a hyphenated name)."""
    spots = []
    for m in re.finditer(r"(?<![\w-])([A-Za-z]+)(?![\w-])", sentence):
        word = m.group(1).lower()
        if word not in SWAPS:
            continue
        if word in ("above", "below") and not re.match(r"\s+(?:about\s+)?\d", sentence[m.end() :]):
            continue  # "as shown above" is a reference, not a direction
        spots.append(m)
    if not spots:
        return None
    m = rng.choice(spots)
    new = SWAPS[m.group(1).lower()]
    if m.group(1)[0].isupper():
        new = new.capitalize()
    return sentence[: m.start(1)] + new + sentence[m.end(1) :]


def drop_condition(sentence: str, *, numbers_only: bool = False) -> tuple[str, str] | None:
    """(sentence without one qualifying phrase, the phrase), or None when it has none worth dropping.

    A phrase starts with a marker word and is delimited: between commas (", at 2.0 ns, ..."), leading
    ("At 1.6 ns, ..."), or closing the sentence ("... on the BitNet rows."). It must hold a number or a
    name, or at least two content words, have no verb of its own (else it is a clause, not a qualifier),
    and not be a comparison's baseline ("compared with FP16"). With ``numbers_only`` the phrase must hold
    a number or a name.
    """
    from verifier.retrieval import tokens

    candidates = []
    marker = "|".join(MARKERS)
    patterns = (
        ("inner", rf"(?P<pre>,\s)(?P<p>(?:{marker})\s[^,;.()]*?)(?=[,;]\s)"),
        ("tail", rf"(?P<pre>,?\s)(?P<p>(?:{marker})\s[^,;()]*?)(?=\.$)"),
        ("lead", rf"^(?P<pre>)(?P<p>(?:{marker.title()})\s[^,;()]*?),\s"),
    )
    for where, pat in patterns:
        for m in re.finditer(pat, sentence):
            phrase = m.group("p")
            words = phrase.lower().split()
            if NOT_CONDITIONS.match(phrase) or len(words) > (14 if where == "lead" else 8) or HEDGES.search(phrase):
                continue
            if where != "lead" and (VERBS & set(words) or len(re.findall(rf"\b(?:{marker})\b", phrase)) > 1):
                continue
            before = sentence[: m.start("p")].split()
            if before and before[-1].lower().strip(",") in (
                "compared",
                "than",
                "vs.",
                "relative",
                "as",
            ):
                continue
            strong = re.search(r"\d|[A-Z][A-Za-z]*[-\d]|[A-Z]{2,}|\b[a-z]*[A-Z]", phrase[1:])
            if not strong and (numbers_only or len(tokens(phrase)) < 2):
                continue
            if where == "lead":  # the rest of the sentence, capitalised
                rest = sentence[m.end(0) :]
                out = rest[0].upper() + rest[1:]
            else:
                out = sentence[: m.start("pre")] + sentence[m.end("p") :]
            out = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", out)).strip()
            if len(out.split()) < 6 or out.count("(") != out.count(")") or re.search(r"[;,:]\.$", out):
                continue
            if out.rstrip(".").split()[-1].lower() in (
                "even",
                "along",
                "only",
                "especially",
                "both",
                "than",
            ):
                continue
            candidates.append((0 if strong else 1, -len(phrase), out, phrase))
    if not candidates:
        return None
    candidates.sort()
    return candidates[0][2], candidates[0][3]


# -- hand-written items ----------------------------------------------------------------------------
# (paper, how, claim): paraphrases and synthesis-style statements, checked by reading the papers.

HAND: list[tuple[str, str, str]] = [
    # natural-sparsity-ternary-llms
    (
        "natural-sparsity-ternary-llms",
        "paraphrase",
        "According to the study, minimum clock periods of the bitmap/sign engines are 9–14% shorter.",
    ),
    (
        "natural-sparsity-ternary-llms",
        "paraphrase",
        (
            "Of the 2,084,044,800 ternary weights in the 210 tensors, 879,693,294 are zero, an exact zero density of "
            "42.2109%."
        ),
    ),
    (
        "natural-sparsity-ternary-llms",
        "paraphrase",
        "The direct engine's minimum period is 1.344 ns versus 1.519 ns for five-trit, i.e. 11.5% shorter.",
    ),
    (
        "natural-sparsity-ternary-llms",
        "paraphrase",
        "Blocking the sign bit of zero lanes recovers no more than 3.3 percentage points.",
    ),
    (
        "natural-sparsity-ternary-llms",
        "paraphrase",
        (
            "Architecture B is the fastest design measured, at 1.272 ns, and is 15.5% larger than fed five-trit at "
            "relaxed clocks."
        ),
    ),
    (
        "natural-sparsity-ternary-llms",
        "special_case",
        "The direct engine uses 14.0% more energy per weight than five-trit.",
    ),
    (
        "natural-sparsity-ternary-llms",
        "special_case",
        "Bitmap/sign storage saves 3.7–6.8% of weight-read energy for ternary LLM checkpoints.",
    ),
    (
        "natural-sparsity-ternary-llms",
        "special_case",
        "Architectures A and B-streamed save 3.7–6.7% of energy.",
    ),
    (
        "natural-sparsity-ternary-llms",
        "number_changed",
        "The study finds that the bitmap/sign engines reach 20–25% shorter minimum clock periods.",
    ),
    (
        "natural-sparsity-ternary-llms",
        "direction_changed",
        "The direct engine needs 14.0% less energy per weight than five-trit on the BitNet rows at 2.0 ns.",
    ),
    (
        "natural-sparsity-ternary-llms",
        "number_changed",
        "The exact zero density of the 2,084,044,800 ternary weights in the 210 tensors is 51.5%.",
    ),
    (
        "natural-sparsity-ternary-llms",
        "absent",
        "On an NVIDIA A100 GPU, natural-sparsity kernels cut the decoding latency of BitNet b1.58 by 2.5x.",
    ),
    (
        "natural-sparsity-ternary-llms",
        "absent",
        "Ternary quantization-aware training loses 4.1 points of MMLU accuracy compared with the FP16 model.",
    ),
    # llm-int8
    (
        "llm-int8",
        "paraphrase",
        "LLM.int8() reduces the memory footprint of BLOOM-176B by 1.96x.",
    ),
    (
        "llm-int8",
        "paraphrase",
        "LLM.int8() run time is about 2x faster for large matrix multiplications equivalent to those in 175B models.",
    ),
    (
        "llm-int8",
        "paraphrase",
        "A threshold of α = 6.0 suffices to reduce transformer performance degradation close to zero.",
    ),
    (
        "llm-int8",
        "paraphrase",
        (
            "At around 6.7B parameters a phase shift occurs: all transformer layers and 75% of all sequence dimensions "
            "are affected by extreme magnitude features."
        ),
    ),
    (
        "llm-int8",
        "special_case",
        "LLM.int8() run times are about two times faster for matrix multiplications.",
    ),
    (
        "llm-int8",
        "special_case",
        "8-bit attention linear projections lead to degradation.",
    ),
    (
        "llm-int8",
        "special_case",
        "The decomposition operation only consumes about 0.1% additional memory.",
    ),
    (
        "llm-int8",
        "number_changed",
        "For BLOOM-176B, LLM.int8() reduces the memory footprint of the model by 3.5x.",
    ),
    (
        "llm-int8",
        "direction_changed",
        (
            "Setting the outlier feature dimensions to zero increases top-1 attention softmax probability mass by more "
            "than 20%."
        ),
    ),
    (
        "llm-int8",
        "number_changed",
        ("The emergence of large magnitude features across all layers occurs suddenly between 2B and 2.7B parameters."),
    ),
    (
        "llm-int8",
        "absent",
        "LLM.int8() loses 0.3% top-1 accuracy when ViT-H is quantized for image classification.",
    ),
    (
        "llm-int8",
        "absent",
        "Quantization-aware training with LLM.int8() needs 40% fewer GPU hours than FP16 training.",
    ),
    # awq
    (
        "awq",
        "paraphrase",
        "On a laptop RTX 4070 GPU with only 8GB of memory, Llama-2-13B models run at 33 tokens / second.",
    ),
    (
        "awq",
        "paraphrase",
        "Scaling up the salient channels improves perplexity from 23.54 for s=1 (simply RTN) to 11.92 for s=2.",
    ),
    (
        "awq",
        "paraphrase",
        (
            "MPT-30B can operate smoothly on the resource-constrained edge device at a processing speed of 7.8 tokens "
            "per second."
        ),
    ),
    (
        "awq",
        "paraphrase",
        (
            "Under a different calibration distribution AWQ increases the perplexity by only 0.5-0.6, whereas GPTQ "
            "has 2.3-4.9 worse perplexity."
        ),
    ),
    (
        "awq",
        "special_case",
        "AWQ is 3.9× faster than the FP16 implementation from Huggingface.",
    ),
    (
        "awq",
        "special_case",
        "AWQ can match the performance of keeping 1% salient weights in FP16 without introducing mixed-precisions.",
    ),
    (
        "awq",
        "special_case",
        ("Our system brings 2.7-3.9× speedup to LLMs compared with the Huggingface FP16 implementation."),
    ),
    (
        "awq",
        "number_changed",
        "Scaling up the salient channels improves the perplexity from 23.54 to 17.88.",
    ),
    (
        "awq",
        "direction_changed",
        "AWQ needs a much larger calibration set to reach a good quantized performance.",
    ),
    (
        "awq",
        "number_changed",
        "AWQ reduces the quantization degradation (32-shot) from 4.57 to 2.35 under INT4-g128.",
    ),
    (
        "awq",
        "absent",
        "AWQ reduces the training time of LLaMA-65B by 40% through quantization-aware fine-tuning.",
    ),
    (
        "awq",
        "absent",
        "AWQ prunes 50% of the weights of Falcon-40B with 2:4 sparsity at a 0.2 perplexity cost.",
    ),
    # smoothquant
    (
        "smoothquant",
        "paraphrase",
        "The scale of activation outliers is 100× larger than that of most activation values.",
    ),
    (
        "smoothquant",
        "paraphrase",
        (
            "Even the naive W8A8 per-tensor dynamic quantization degrades the accuracy of the BLOOM-176B model by only "
            "4%."
        ),
    ),
    (
        "smoothquant",
        "paraphrase",
        (
            "In FasterTransformer, SmoothQuant-O3 reduces the execution latency of OPT-13B and OPT-30B by up to 1.56× "
            "on a single GPU compared to FP16."
        ),
    ),
    (
        "smoothquant",
        "paraphrase",
        "SmoothQuant-O1 matches the FP16 accuracy, and SmoothQuant-O3 degrades the accuracy by only 1%.",
    ),
    (
        "smoothquant",
        "special_case",
        ("α=0.5 is a well-balanced point to evenly split the quantization difficulty for all models."),
    ),
    (
        "smoothquant",
        "special_case",
        "SmoothQuant-O3 reduces latency by 1.56x compared to FP16.",
    ),
    (
        "smoothquant",
        "special_case",
        "SmoothQuant constantly reduces the per-token decoding latency by 1.42x.",
    ),
    (
        "smoothquant",
        "number_changed",
        (
            "The PyTorch implementation of SmoothQuant-O3 achieves up to 2.4× speedup and 1.96× memory saving for OPT "
            "models on a single NVIDIA A100-80GB GPU."
        ),
    ),
    (
        "smoothquant",
        "direction_changed",
        "Compared with the OPT-175B model, the BLOOM-176B model is harder to quantize.",
    ),
    (
        "smoothquant",
        "direction_changed",
        ("SmoothQuant constantly increases the per-token decoding latency compared to FP16 (up to 1.42x slowdown)."),
    ),
    (
        "smoothquant",
        "absent",
        "SmoothQuant lowers the word error rate of Whisper-Large by 0.8% under W8A8.",
    ),
    (
        "smoothquant",
        "absent",
        "SmoothQuant shortens the calibration of GLM-130B from 3 hours to 20 minutes.",
    ),
]


# Probes written while revising the rules (ground-3 to ground-5), each a case a rule got wrong or a control of one;
# the rules were tuned on them, so they are never held out. The label is what the paper says, also
# where the rules still miss it (the 175B, "smaller", "than GPTQ", "O3", 2.7B-emergence and "needs
# backpropagation" items, and three claims about another subject or with no comparison in the evidence,
# which the paper contradicts elsewhere; none of these misses is a wrong "supported").
PROBES: list[tuple[str, str, str, str]] = [
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant migrates the quantization difficulty from weights to activations."),
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant migrates the quantization difficulty from activations to weights."),
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant makes it possible to serve the 530B LLM within a single node."),
    ("smoothquant", "absent", "not_found", "SmoothQuant enables a 1.2x speedup for LLMs."),
    ("smoothquant", "direction_changed", "contradicted", "Activations are easier to quantize than weights."),
    ("smoothquant", "direction_changed", "contradicted", "SmoothQuant O3 maintains the floating point accuracy."),
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8() maintains 16-bit accuracy for models up to 175B parameters."),
    ("llm-int8", "number_changed", "contradicted", "Outlier features emerge at a scale of 2.7B parameters."),
    ("llm-int8", "absent", "not_found", "LLM.int8() doubles the memory footprint of inference."),
    ("llm-int8", "number_changed", "contradicted",
     "Setting outlier feature dimensions to zero degrades perplexity by about 0.1%."),
    ("awq", "direction_changed", "contradicted", "AWQ relies on backpropagation and reconstruction."),
    ("awq", "paraphrase", "supported", "AWQ does not rely on backpropagation or reconstruction."),
    ("awq", "direction_changed", "contradicted", "AWQ needs a 10x larger calibration set than GPTQ."),
    ("awq", "paraphrase", "supported", "AWQ is less sensitive to the calibration set distribution than GPTQ."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The bitmap/sign engine shows a consistent compute-energy advantage."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The bitmap/sign engine does not show a consistent compute-energy advantage."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The bitmap/sign engine is smaller than five-trit."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "Natural ternary sparsity is a general optimization."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The consistent advantage of bitmap/sign storage is reduced arithmetic."),
    # ground-4: comparisons with their two sides swapped, restated, or against a comparison of other things
    ("llm-int8", "paraphrase", "supported",
     "With absmax, row-wise and zeropoint quantization, smaller models perform better than models after 2.7B "
     "parameters."),
    ("llm-int8", "direction_changed", "contradicted",
     "Row-wise quantization has an advantage over vector-wise quantization."),
    ("llm-int8", "paraphrase", "supported", "Vector-wise quantization has an advantage over row-wise quantization."),
    ("awq", "direction_changed", "contradicted", "GPTQ outperforms AWQ across different model scales."),
    ("awq", "direction_changed", "contradicted", "GPTQ achieves better perplexity than AWQ."),
    ("smoothquant", "direction_changed", "contradicted", "Weights are harder to quantize than activations."),
    ("smoothquant", "paraphrase", "supported", "Weights are easier to quantize than activations."),
    ("smoothquant", "direction_changed", "contradicted",
     "The FP16 baseline is faster than SmoothQuant under all settings."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "Five-trit packing becomes smaller than the bitmap representation above 40% zeros."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Continuous five-trit packing becomes larger than the bitmap representation above 40% zeros."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "Natural ternary sparsity is useful mainly when zero density is low."),
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "CAT-Q Qwen3 checkpoints save 3.7-6.8% after scale and output-head reads are included."),
    ("llm-int8", "number_changed", "contradicted", "Zeropoint quantization fails beyond 2.7B parameters."),
    ("llm-int8", "direction_changed", "contradicted",
     "Vector-wise quantization retains performance at scales beyond 2.7B parameters."),
    ("llm-int8", "paraphrase", "supported",
     "Setting outlier feature dimensions to zero decreases the top-1 attention softmax probability mass by more "
     "than 20%."),
    ("awq", "direction_changed", "contradicted", "AWQ requires backpropagation."),
    ("awq", "paraphrase", "supported", "AWQ does not require backpropagation."),
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant enables up to 2x speedup and 1.56x memory reduction for LLMs."),
    ("llm-int8", "direction_changed", "contradicted", "At 13B scale, zeropoint quantization still succeeds."),
    ("smoothquant", "direction_changed", "contradicted", "ZeroQuant preserves the accuracy of OPT-175B."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The five-trit engines reach 9-14% shorter minimum clock periods."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The bitmap/sign engines need less area than five-trit engines."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The bitmap/sign representation needs structured sparsity."),
    ("llm-int8", "direction_changed", "contradicted", "Absmax is the only method that preserves perplexity."),
    ("llm-int8", "absent", "not_found",
     "Vector-wise quantization isolates the outlier feature dimensions into a 16-bit matrix multiplication."),
    ("llm-int8", "paraphrase", "supported",
     "Outliers make up about 0.1% of all features but are essential for large softmax probabilities."),
    ("awq", "direction_changed", "contradicted",
     "AWQ achieves poor quantization performance for instruction-tuned LMs."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "Natural ternary sparsity is useful mainly when weight reads are cheap."),
    ("llm-int8", "number_changed", "contradicted",
     "About 150k outliers exist per 2048-token sequence for a 6.7B model."),
    # ground-5: paraphrases (synonyms, inflections), counts in words, negations of what a sentence does not name
    ("smoothquant", "number_changed", "contradicted", "SmoothQuant allows serving the 530B model within two nodes."),
    ("llm-int8", "paraphrase", "supported", "LLM.int8() lets us run OPT-175B on a single server with consumer GPUs."),
    ("llm-int8", "number_changed", "contradicted",
     "LLM.int8() makes it possible to run OPT-175B on two servers with consumer GPUs."),
    ("awq", "direction_changed", "contradicted", "AWQ does not retain the generalist abilities of LLMs."),
    ("awq", "paraphrase", "supported", "AWQ does not need backpropagation."),
    ("awq", "direction_changed", "contradicted", "AWQ needs backpropagation."),
    # ground-5, from the first fresh split (moved here when a rule was tuned on them): factors in words,
    # "for example" as no subject, a number in another number's slot, a footnote mark glued to "95%",
    # "responsible for" / "allows for" as no condition, "training-free" as a negation
    ("smoothquant", "direction_changed", "contradicted", "SmoothQuant requires training."),
    ("smoothquant", "number_changed", "contradicted",
     "INT8 quantization of weights and activations can triple the throughput of matrix multiplications compared "
     "to FP16."),
    ("smoothquant", "paraphrase", "supported", "Running GPT-3 in FP16 needs at least 350GB of memory."),
    ("llm-int8", "paraphrase", "supported", "LLM.int8() multiplies more than 99.9% of values in 8-bit."),
    ("llm-int8", "paraphrase", "supported",
     "For transformers at and beyond 6.7B parameters, the feed-forward and attention projection layers account for "
     "95% of consumed parameters."),
    ("llm-int8", "number_changed", "contradicted",
     "Outlier features emerge in all transformer layers starting at scales of 13B parameters."),
    # ground-5, from the second fresh split: a condition after a parenthesis, a range's two ends, "only",
    # a Greek letter, the words before a "while", an abbreviation the paper defines
    ("awq", "paraphrase", "supported",
     "AWQ consistently outperforms RTN and GPTQ across LLaMA model scales from 7B to 70B."),
    ("awq", "paraphrase", "supported",
     "On the laptop 4070 GPU with 8GB memory, AWQ runs Llama-2-13B at 33 tokens per second."),
    ("awq", "paraphrase", "supported", "Round-to-nearest completely fails at INT2 quantization."),
    ("awq", "condition_dropped", "partially_supported", "AWQ brings a 2.7-3.9x speedup to three families of LLMs."),
    ("smoothquant", "paraphrase", "supported",
     "For most models, including all OPT and BLOOM models, alpha = 0.5 evenly splits the quantization difficulty."),
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant keeps the activations of ReLU, Softmax and LayerNorm in FP16."),
    # ground-5, from the third fresh split: "included" against "outside"; a bare 128 states no share
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The bitmap representation becomes smaller than five-trit packing that restarts every 128 weights when more "
     "than 37.5% of the weights are zero."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "KV-cache traffic is included in the memory model."),
    # a name in a leading phrase, "once" / "after", "we" and "the analysis" as no two subjects
    ("smoothquant", "number_changed", "contradicted",
     "With FasterTransformer, SmoothQuant-O3 reduces the latency of smaller models by up to 2.56x compared to FP16."),
    ("llm-int8", "paraphrase", "supported",
     "After the phase shift, outliers are present in all layers and in about 75% of all sequence dimensions."),
    ("llm-int8", "paraphrase", "supported",
     "The analysis covers four GPT-2 models, five Meta AI models and one EleutherAI model."),
    # from the fourth fresh split: "remains" against "disappears"; "about" is no word to find, "100×" is "100x"
    ("llm-int8", "direction_changed", "contradicted",
     "Zeropoint quantization remains advantageous when used with mixed-precision decomposition."),
    ("smoothquant", "paraphrase", "supported",
     "The scale of activation outliers is about 100x larger than most activation values."),
    # the sentence that states all of a claim's numbers outweighs one that holds more of its words
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The 210 ternary tensors of bitnet-b1.58-2B-4T contain 2,084,044,800 weights, of which 879,693,294 are zero."),
    # from the fifth fresh split: an antonym of a word the unit has inflected; a leading condition after "However,"
    ("llm-int8", "paraphrase", "supported",
     "Removing the outliers reduces the mean top-1 softmax probability from about 40% to about 20%."),
    ("llm-int8", "condition_dropped", "partially_supported",
     "Zeropoint quantization fails due to accumulated quantization errors."),
    # from the sixth fresh split (ground-6 was tuned on these)
    ("awq", "paraphrase", "supported",
     "On the Jetson Orin mobile GPU, AWQ runs up to 3.5x faster than the Huggingface FP16 implementation."),
    # quote: "As a result, AWQ is up to 3.9× and 3.5× faster than the FP16 implementation from Huggingface on 4090
    #   (desktop GPU) and Orin (mobile GPU), respectively."
    ("awq", "paraphrase", "supported",
     "Depending on model size, the AWQ quantization process takes roughly 0.1 to 3 GPU hours."),
    # quote: "The quantization process is generally fast, requiring a few GPU hours (ranging from 0.1 to 3,
    #   depending on the model size)."
    ("awq", "paraphrase", "supported",
     "Evaluating LLaMA-65B takes 5 GPU hours on MMLU and 3 GPU hours on the 4 common sense QA tasks."),
    # quote: "testing LLaMA-65B (the biggest model we tested on multiple datasets) on 4 common sense QA tasks
    #   requires 3 GPU hours; testing it on MMLU (consisting of 57 sub-datasets) requires 5 GPU hours."
    ("smoothquant", "paraphrase", "supported",
     "In FasterTransformer, SmoothQuant matches or beats FP16 latency with half the GPUs: 1 instead of 2 for "
     "OPT-66B and 4 instead of 8 for OPT-175B."),
    # quote: "Remarkably, for bigger models that have to be distributed across multiple GPUs, SmoothQuant achieves
    #   similar or even better latency using only half the number of GPUs (1 GPU instead of 2 for OPT-66B, 4 GPUs
    #   instead of 8 for OPT-175B)."
    ("llm-int8", "paraphrase", "supported",
     "In transformers of 6.7B parameters and up, the feed-forward and attention projection matrix "
     "multiplications account for 65-85% of all computation."),
    # quote: "For large transformer language models at and beyond 6.7B parameters, the feed-forward and attention
    #   projection layers and their matrix multiplication operations are responsible for 95% of consumed parameters
    #   and 65-85% of all computation [Ilh20]."
    ("llm-int8", "paraphrase", "supported",
     "Int8 matrix multiplication only pays off when the GPU is well saturated, which happens only in LLMs with"
     " a model dimension of at least 4096."),
    # quote: "Int8 matrix multiplication itself only yields an advantage if the entire GPU is well saturated, which
    #   is only true for large matrix multiplication. This occurs only in LLMs with a model dimension of 4096 or
    #   larger."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "BITCOS reports 47.10% zeros in the quantization-aware ParetoQ 1.5B model, more than any quantization-"
     "aware or fine-tuned checkpoint measured in this study."),
    # quote: "BITCOS reports 47.10% zeros in the quantization-aware ParetoQ 1.5B model [georganas2026bitcos], above
    #   every quantization-aware or fine-tuned checkpoint measured here."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Dropping the matched prefill cycle would reduce five-trit execution cycles by about 0.10-0.28% across "
     "the 13 checkpoints, slightly favoring five-trit."),
    # quote: "removing it would reduce five-trit execution cycles by about 0.10--0.28% across the 13 checkpoints and
    #   would slightly favor five-trit."
    ("llm-int8", "condition_dropped", "partially_supported",
     "LLM.int8() delivers modest matrix multiplication speedups for GPT-3 models."),
    # quote: "we also show in Appendix D that we maintain end-to-end inference runtime performance for large models,
    #   such as BLOOM-176B and provide modest matrix multiplication speedups for GPT-3 models of size 6.7B parameters
    #   or larger." (also App. D: "Models with model size 2560 or smaller are slowed down.")
    # from the seventh fresh split (ground-6 was tuned on these too)
    ("awq", "paraphrase", "supported",
     "FasterTransformer has an FP16×INT4 GEMM for per-tensor weight-only quantization but lacks support for "
     "group quantization."),
    # quote: "FasterTransformer [+3] implements FP16$\times$INT4 GEMM for weight-only per-tensor quantization but
    #   does not support group quantization."
    ("awq", "paraphrase", "supported",
     "GPTQ provides INT3 kernels for OPT models, and GPTQ-for-LLaMA adds INT4 kernels for reordered "
     "quantization using Triton."),
    # quote: "GPTQ [Fra22] provides INT3 kernels for OPT models and GPTQ-for-LLaMA extends kernel support for INT4
    #   reordered quantization with the help of Triton [Til19]."
    ("smoothquant", "paraphrase", "supported",
     "Before SmoothQuant, a few channels of the original activation map have very large magnitudes, above 70."),
    # quote: "Observations: (1) there are a few channels in the original activation map whose magnitudes are very
    #   large (greater than 70)"
    ("llm-int8", "paraphrase", "supported",
     "The authors believe FP8 would outperform Int8, but neither GPUs nor TPUs currently support FP8."),
    # quote: "We believe FP8 data types offer superior performance compared to the Int8 data type, but currently,
    #   neither GPUs nor TPUs support this data type."
    ("llm-int8", "condition_dropped", "partially_supported",
     "Int8 matrix multiplication makes inference faster than 16-bit matrix multiplication."),
    # quote: "Int8 matrix multiplication speeds up inference only for models with large model and hidden
    #   dimensions."  (dropped condition: only for models with large model and hidden dimensions)
    # from the eighth fresh split (ground-6 was tuned on these too)
    ("awq", "direction_changed", "contradicted",
     "AWQ's authors stress that, at a similar cost, no-group quantization performs far better than grouped "
     "quantization."),
    # quote: "Nonetheless, we want to stress that the performance of no-group quantization is still far behind
    #   grouped quantization at a similar cost."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "On FPGA, TerEffic decodes bytes that each hold five ternary weights into five two-bit weights."),
    # quote: "TerEffic stores five ternary weights per byte and decodes them to five two-bit weights on FPGA
    #   \cite{yin2025tereffic}"
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Each stream-fed design passes randomized RTL tests of 456 to 692 rows that cover every starting bit offset."),
    # quote: "The stream-fed designs pass randomized RTL tests of 456--692 rows per design covering every
    #   starting bit offset, zero fractions from 0 to 1, all-zero and all-nonzero rows, and sign streams
    #   advancing on consecutive cycles."
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "Architecture A saves energy over five-trit only when reading a weight bit costs more than about 3.2-4.4 pJ."),
    # quote: "At $z=0.4225$, close to the checkpoint-wide 42.21\% zero fraction, the corresponding
    #   Architecture~A threshold is higher, about 3.2--4.4\,pJ per bit." (dropped: z=0.4225 workload; on the
    #   sampled BitNet rows the threshold is 1.9--2.5 pJ)
    # from the ninth fresh split (ground-6 was tuned on these too)
    ("awq", "number_changed", "contradicted",
     "The qualitative visual reasoning examples shown in the AWQ paper come from the LLaVA-7B model."),
    # quote: "We further provide some qualitative visual reasoning examples of the LLaVA-13B [Liu23j] model in
    #   [Figure 4](#figure-04)."
    ("smoothquant", "condition_dropped", "partially_supported",
     "SmoothQuant's quantized LLMs are evaluated with lm-eval-harness."),
    # quote: "We use lm-eval-harness [+1] to evaluate OPT and BLOOM models, and GLM-130B’s official repo [+2] for
    #   its own evaluation." (claim drops "OPT and BLOOM"; GLM-130B uses its official repo)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The synthesized feeders use 16-bit local addresses (64 KiB of byte addresses), so results reflect "
     "tiled/local buffers, not full-model addressing."),
    # quote: "The synthesized feeders use 16-bit local memory addresses (64 KiB byte-address space), so the
    #   hardware results represent tiled/local buffers rather than direct full-model addressing."
    # from the tenth fresh split (ground-6 was tuned on this one)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "Geens et al. found the best LUT accelerator organization to be largely independent of activation "
     "precision."),
    # quote: "Geens et al. systematically explore the LUT accelerator design space and show that the best
    #   organization strongly depends on activation precision \cite{geens2026lut}."
    # from the eleventh fresh split (ground-7 was tuned on these)
    ("awq", "paraphrase", "supported",
     "As a downside, the AWQ paper acknowledges that malicious users could exploit LLMs to produce "
     "misinformation and manipulation."),
    # quote: "On the negative side, LLMs may be exploited by malicious users to produce misinformation and
    #   manipulation."
    ("awq", "direction_changed", "contradicted",
     "In the last LLaVA-13B visual reasoning example, the AWQ model wrongly points out a bird in the picture, "
     "while RTN gives more information by noticing that the image was taken in a mountain area."),
    # quote: "In the last example, RTN falsely points out a bird in the picture, while AWQ provides more information
    #   by noticing the image is taken in a mountain area."
    ("awq", "condition_dropped", "partially_supported",
     "The AWQ authors say their method can be combined with GPTQ to further improve quantization performance, "
     "making it a more practical setting."),
    # quote: "We can combine our method with GPTQ to further improve the INT2 quantization performance, making it a
    #   more practical setting."  (claim drops "INT2")
    # from the twelfth fresh split (ground-7 was tuned on these)
    ("smoothquant", "condition_dropped", "partially_supported",
     "SmoothQuant keeps an LLM's accuracy intact after INT8 quantization, even with its most aggressive and most "
     "efficient O3 setting."),
    # quote: "SmoothQuant maintains the accuracy of OPT-175B model after INT8 quantization, even with the most
    #   aggressive and most efficient O3 setting ([Table 2](#table-02))."  (Table 3 caption; claim drops
    #   "of OPT-175B model"; O3 loses 0.8% on BLOOM-176B and 1% on GLM-130B)
    ("llm-int8", "condition_dropped", "partially_supported",
     "The LLM.int8() paper shows that regular quantization methods fail, whereas LLM.int8() keeps 16-bit "
     "accuracy."),
    # quote: "We can see once systematic outliers occur at a scale of 6.7B parameters, regular quantization methods
    #   fail, while LLM.int8() maintains 16-bit accuracy."  (Figure 1 caption; claim drops "once systematic
    #   outliers occur at a scale of 6.7B parameters")
    # from the thirteenth fresh split (ground-8 was tuned on these: a direction change through 'cheaper and
    # easier' read as supported; a dropped 'when ...' clause read as supported; 'impossible' against 'not
    # possible' read as a contradiction)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant's related work observes that as language models get larger, serving them for inference becomes "
     "cheaper and easier."),
    # quote: "However, as the language model gets larger, serving such models for inference becomes expensive and
    #   challenging."  (expensive and challenging -> cheaper and easier)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper expects that the public release of large pretrained models such as OPT, together with its "
     "new Int8 inference for zero- and few-shot prompting, will enable new research at academic institutions that "
     "resource constraints made impossible before."),
    # quote: "In particular, we believe that the public release of large pretrained models, for example, the recent Open
    #   Pretrained Transformers (OPT) [Zha22], along with our new Int8 inference for zero- and few-shot prompting, will
    #   enable new research for academic institutions that was not possible before due to resource constraints."
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The bitmap/sign storage format, which comes from BITCOS, breaks even with five-trit packing in storage at 37.5% "
     "zeros."),
    # quote: "The bitmap/sign storage format comes from BITCOS \cite{georganas2026bitcos}; its 37.5\% storage
    #   break-even applies when five-trit packing restarts every 128 weights, while the 40\% threshold used in the
    #   main experiments follows from the continuous 1.6-bit baseline."  (claim drops "when five-trit packing
    #   restarts every 128 weights"; against continuous five-trit the break-even is 40%)
    # from the fourteenth fresh split (ground-8 was tuned on these: 'lengthen' for 'shorten' read as supported;
    # a reason, 'since we only measure ...', read into a condition)
    ("awq", "paraphrase", "supported",
     "Because it only measures the average magnitude per channel, AWQ relies minimally on the calibration set, which "
     "prevents over-fitting."),
    # quote: "It has minimal reliance on the calibration set since we only measure the average magnitude per channel,
    #   thus preventing over-fitting ([Figure 6](#figure-06))."  (Advantages; "It" = "Our method", the sentence before)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The discussion notes that, when only the compute engines are compared, the direct bitmap/sign datapath can "
     "lengthen the critical path, while the presence mask does not systematically reduce energy per weight."),
    # quote: "When only the compute engines are compared, the direct bitmap/sign datapath can shorten the critical path,
    #   but the presence mask does not systematically reduce energy per weight."  (Discussion; shorten -> lengthen)
    # from the fifteenth fresh split (ground-8 was tuned on these: direction changes through words the antonym
    # list lacked, each read as supported)
    ("awq", "direction_changed", "contradicted",
     "The AWQ paper's introduction notes that low-bit weight quantization for LLMs can save memory and is "
     "straightforward."),
    # quote: "Low-bit weight quantization for LLMs can save memory but is hard."  (Introduction; hard ->
    #   straightforward)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant notes that the range of activations is static, staying the same for different input samples."),
    # quote: "Note that the range of activations is dynamic; it varies for different input samples."  (Section 4;
    #   dynamic, varies -> static, stays the same)
    ("llm-int8", "direction_changed", "contradicted",
     "The LLM.int8() analysis shows that outliers in particular feature dimensions are rare in large transformers, "
     "though these feature dimensions are critical for transformer performance."),
    # quote: "Our analysis shows that outliers in particular feature dimensions are ubiquitous in large transformers,
    #   and these feature dimensions are critical for transformer performance."  (Section 4.3; ubiquitous -> rare)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The paper's introduction finds that the bitmap/sign representation becomes smaller above 40% zeros and that "
     "its benefit fades as weight reads become more expensive."),
    # quote: "The bitmap/sign representation becomes smaller above 40\% zeros, and the benefit grows as weight reads
    #   become more expensive."  (Introduction; grows -> fades)
]


# -- the set ---------------------------------------------------------------------------------------


def build() -> list[dict]:
    rng = random.Random(SEED)
    papers = load_papers()
    pools = {name: result_sentences(doc, truth) for name, (doc, truth) in papers.items()}
    broad = {name: result_sentences(doc, truth, numbers=False) for name, (doc, truth) in papers.items()}
    items: list[dict] = []

    def add(paper: str, how: str, claim: str, origin: str | None) -> None:
        items.append(
            {
                "paper": paper,
                "claim": claim,
                "label": LABEL[how],
                "how": how,
                "origin_quote": origin,
            }
        )

    for name in PAPERS:
        pool = list(pools[name])
        rng.shuffle(pool)
        used: set[str] = set()

        wide = list(broad[name])
        rng.shuffle(wide)

        def take(
            kind: str,
            make,
            sentences: list[str],
            used: set[str] = used,
            name: str = name,
        ) -> None:
            n = 0
            for s in sentences:
                if n >= PER_PAPER[kind]:
                    break
                if s in used:
                    continue
                made = make(s)
                if made is None:
                    continue
                used.add(s)
                add(name, kind, made, s)
                n += 1

        in_pool = set(pool)
        take(
            "condition_dropped",
            lambda s, in_pool=in_pool: (drop_condition(s, numbers_only=s not in in_pool) or (None,))[0],
            pool + wide,
        )
        take("direction_changed", lambda s: change_direction(s, rng), pool)
        take("number_changed", lambda s: change_number(s, rng), pool)
        take("stated", lambda s: s, pool)
        # other papers' result sentences that do not name this paper's method
        others = [
            (o, s) for o in PAPERS if o != name for s in pools[o]
            if not any(n.lower() in s.lower() for n in OWN_NAMES[name])
        ]  # fmt: skip
        for o, s in rng.sample(others, PER_PAPER["other_paper"]):
            add(name, "other_paper", s, None)
    for paper, how, claim in HAND:
        add(paper, how, claim, None)
    for i, item in enumerate(items):
        item["id"] = f"g{i:04d}"
        item["split"] = "heldout" if i % 4 == 3 else "tune"
    for paper, how, label, claim in PROBES:
        items.append({"id": f"g{len(items):04d}", "paper": paper, "claim": claim, "label": label, "how": how,
                      "origin_quote": None, "split": "tune"})
    for split, claims in (("fresh", FRESH), ("fresh-2", FRESH_2), ("fresh-3", FRESH_3), ("fresh-4", FRESH_4),
                          ("fresh-5", FRESH_5), ("fresh-6", FRESH_6),
                          ("fresh-7", FRESH_7), ("fresh-8", FRESH_8), ("fresh-9", FRESH_9),
                          ("fresh-10", FRESH_10), ("fresh-11", FRESH_11), ("fresh-12", FRESH_12),
                          ("fresh-13", FRESH_13), ("fresh-14", FRESH_14),
                          ("fresh-15", FRESH_15), ("fresh-16", FRESH_16),
                          ("fresh-17", FRESH_17), ("fresh-18", FRESH_18), ("fresh-19", FRESH_19),
                          ("fresh-20", FRESH_20), ("fresh-21", FRESH_21), ("fresh-22", FRESH_22),
                          ("fresh-23", FRESH_23),
                          ("fresh-24", FRESH_24),
                          ("fresh-25", FRESH_25),
                          ("fresh-26", FRESH_26),
                          ("fresh-27", FRESH_27),
                          ("fresh-28", FRESH_28),
                          ("fresh-29", FRESH_29),
                          ("fresh-30", FRESH_30),
                          ("fresh-31", FRESH_31),
                          ("fresh-32", FRESH_32),
                          ("fresh-33", FRESH_33),
                          ("fresh-34", FRESH_34),
                          ("fresh-35", FRESH_35)):
        for paper, how, label, claim in claims:
            items.append({"id": f"g{len(items):04d}", "paper": paper, "claim": claim, "label": label, "how": how,
                          "origin_quote": None, "split": split})
    return [{k: it[k] for k in ("id", "paper", "claim", "label", "how", "origin_quote", "split")} for it in items]


# Claims written the way a synthesis restates a paper (other words, other order, a number or count
# changed), labelled from the paper's text before any was run through Gate 1 (ground-5), and not
# used to tune it: split "fresh", an estimate of accuracy on wording the rules have not seen. A rule
# change tuned on one of them moves it to PROBES (six did: the first run had 20 of 30 right).
FRESH: list[tuple[str, str, str, str]] = [
    ("awq", "paraphrase", "supported",
     "AWQ is a hardware-friendly method for low-bit weight-only quantization of LLMs."),
    ("awq", "paraphrase", "supported", "Protecting only 1% of salient weights can greatly reduce quantization error."),
    ("awq", "number_changed", "contradicted",
     "Protecting only 10% of salient weights can greatly reduce quantization error."),
    ("awq", "paraphrase", "supported",
     "AWQ delivers a 3.2-3.3x average speedup over the FP16 Huggingface implementation."),
    ("awq", "paraphrase", "supported",
     "AWQ allows deploying Llama-2-70B on a single NVIDIA Jetson Orin with 64GB of memory."),
    ("awq", "number_changed", "contradicted", "AWQ allows deploying Llama-2-70B on two NVIDIA Jetson Orin devices."),
    ("awq", "paraphrase", "supported", "GPTQ may over-fit the calibration set during reconstruction."),
    ("awq", "direction_changed", "contradicted",
     "Quantization-aware training is practical for LLMs because of its low training cost."),
    ("awq", "paraphrase", "supported",
     "Keeping the salient weights in FP16 improves the perplexity from 43.2 to 13.0."),
    ("awq", "absent", "not_found", "AWQ reduces the energy of LPDDR4 weight reads by 5%."),
    ("smoothquant", "paraphrase", "supported", "SmoothQuant is a training-free post-training quantization solution."),
    ("smoothquant", "paraphrase", "supported",
     "INT8 quantization of weights and activations can halve the GPU memory usage compared to FP16."),
    ("smoothquant", "direction_changed", "contradicted",
     "ZeroQuant maintains the accuracy for the large OPT model with 175 billion parameters."),
    ("smoothquant", "paraphrase", "supported",
     "Outliers stretch the quantization range, leaving few effective bits for most values."),
    ("smoothquant", "condition_dropped", "partially_supported",
     "SmoothQuant demonstrates up to 1.56x speedup for LLMs."),
    ("smoothquant", "absent", "not_found", "SmoothQuant was evaluated on image classification models."),
    ("llm-int8", "paraphrase", "supported",
     "Earlier 8-bit quantization methods for transformers were only studied for models with less than 350M "
     "parameters."),
    ("llm-int8", "direction_changed", "contradicted", "Earlier 8-bit quantization methods for transformers improve "
     "performance."),
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8() halves the memory needed for inference while retaining full precision performance."),
    ("llm-int8", "condition_dropped", "partially_supported",
     "The large magnitude outlier features ruin quantization precision."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Nine quantization-aware or fine-tuned checkpoints contain 29-42% zeros."),
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "Across 13 public checkpoints, ten quantization-aware or fine-tuned models contain 29-42% zeros."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "Both streamed designs use less compute energy than the five-trit engines."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The five-trit decoder suppresses zero weights before the shared adder tree."),
]

# A second fresh split, written and labelled the same way after the rules were tuned on the first
# (other passages of the papers: results sections, setups, related work); its first run had 18 of
# 28 right, and the six tuned on since are in PROBES.
FRESH_2: list[tuple[str, str, str, str]] = [
    ("awq", "direction_changed", "contradicted",
     "GPTQ consistently outperforms AWQ across model scales from 7B to 70B."),
    ("awq", "paraphrase", "supported",
     "AWQ reduces the 32-shot quantization degradation of OpenFlamingo-9B from 4.57 to 1.17 under INT4-g128."),
    ("awq", "number_changed", "contradicted",
     "AWQ reduces the 32-shot quantization degradation of OpenFlamingo-9B from 4.57 to 2.17 under INT4-g128."),
    ("awq", "number_changed", "contradicted", "On the Jetson Orin, MPT-30B runs at 17.8 tokens per second with AWQ."),
    ("awq", "paraphrase", "supported", "GPTQ needs a reordering trick to work for some models such as LLaMA-7B."),
    ("awq", "direction_changed", "contradicted", "QAT methods scale up easily to large models like LLMs."),
    ("awq", "paraphrase", "supported",
     "AWQ is up to 3.9x faster than the FP16 Huggingface implementation on the RTX 4090."),
    ("awq", "condition_dropped", "partially_supported", "MPT-30B runs at 7.8 tokens per second."),
    ("smoothquant", "number_changed", "contradicted",
     "For OPT and BLOOM models, alpha = 0.8 is a well-balanced point to evenly split the quantization difficulty."),
    ("smoothquant", "paraphrase", "supported", "GLM-130B has about 30% outliers."),
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant quantizes the inputs of Softmax and LayerNorm with INT8."),
    ("smoothquant", "paraphrase", "supported", "For SmoothQuant, the efficiency improves from O1 to O3."),
    ("smoothquant", "paraphrase", "supported",
     "The smoothing factor can be fused into the parameters of previous layers offline."),
    ("smoothquant", "direction_changed", "contradicted",
     "Per-token activation quantization is much better than per-tensor quantization."),
    ("smoothquant", "absent", "not_found", "SmoothQuant was evaluated on speech recognition models."),
    ("llm-int8", "paraphrase", "supported",
     "Zeropoint quantization reduces the quantization error for asymmetric distributions."),
    ("llm-int8", "paraphrase", "supported",
     "In absmax quantization of ReLU outputs, all values in [-127, 0) go unused."),
    ("llm-int8", "direction_changed", "contradicted",
     "Zeropoint quantization increases the quantization error for asymmetric distributions."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The five-bit-presence design with its dedicated streaming loader is 23-36% larger at the three power-study "
     "clocks."),
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted", "The byte-stream design is 41-61% larger."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Higher-zero CAT-Q Qwen3 checkpoints save 3.7-6.8% for LPDDR4-streamed ternary-symbol weights."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The engines are compared with RTL, timing-aware synthesis, static timing and gate-level switching-energy "
     "analysis in Nangate45."),
]


# With ground-5's last rules in place, a third fresh split, written and labelled before any was run; its
# first run had 22 of 29 right, and the five tuned on since are in PROBES.
FRESH_3: list[tuple[str, str, str, str]] = [
    ("smoothquant", "paraphrase", "supported", "Compared with OPT-175B, BLOOM-176B is easier to quantize."),
    ("smoothquant", "direction_changed", "contradicted", "BLOOM-176B is harder to quantize than OPT-175B."),
    ("smoothquant", "paraphrase", "supported",
     "Naive W8A8 per-tensor dynamic quantization degrades the accuracy of BLOOM-176B by only 4%."),
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant works on all scales of OPT models, matching the FP16 accuracy with INT8 quantization."),
    ("smoothquant", "paraphrase", "supported",
     "On OPT-IML-30B, SmoothQuant preserves model accuracy with W8A8 quantization, whereas the baselines fail."),
    ("smoothquant", "direction_changed", "contradicted",
     "LLaMA models have more severe activation outlier issues than OPT and BLOOM."),
    ("smoothquant", "condition_dropped", "partially_supported",
     "The PyTorch implementation of SmoothQuant-O3 achieves up to 1.51x speedup on a single NVIDIA A100-80GB GPU."),
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant is consistently faster than the FP16 baseline, with a 1.51x speedup on OPT-30B at sequence length "
     "256."),
    ("smoothquant", "direction_changed", "contradicted", "LLM.int8() is almost always faster than the FP16 baseline."),
    ("smoothquant", "direction_changed", "contradicted", "SmoothQuant saves slightly less memory than LLM.int8()."),
    ("llm-int8", "paraphrase", "supported",
     "The perplexity evaluation of the 8-bit transformers uses NVIDIA A40 GPUs."),
    ("llm-int8", "paraphrase", "supported",
     "The language modeling experiments use fairseq transformers ranging between 125M and 13B parameters."),
    ("llm-int8", "paraphrase", "supported",
     "The quantization overhead can slow inference for models with less than 6.7B parameters compared to an FP16 "
     "baseline."),
    ("llm-int8", "number_changed", "contradicted",
     "LLM.int8() is about three times faster for large matrix multiplications equivalent to those in 175B models."),
    ("llm-int8", "paraphrase", "supported",
     "A feature counts as an outlier if its magnitude is at least 6.0, it affects at least 25% of layers and at "
     "least 6% of the sequence dimensions."),
    ("llm-int8", "number_changed", "contradicted", "An outlier feature must affect at least 50% of layers."),
    ("llm-int8", "direction_changed", "contradicted",
     "In small models, outlier features are systematic: they occur in most layers or not at all."),
    ("llm-int8", "paraphrase", "supported",
     "The number of outliers is strictly monotonic with respect to perplexity across all models analyzed."),
    ("llm-int8", "number_changed", "contradicted", "The analysis covers three GPT-2 models and five Meta AI models."),
    ("llm-int8", "absent", "not_found", "LLM.int8() was evaluated on ImageNet classification."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Georganas et al. found that roughly 29.7% to 51.5% of the weights of 29 ternary LLM checkpoints were zero."),
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "Georganas et al. measured 39 ternary LLM checkpoints."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the streaming model, every modeled weight is read once per generated token."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Area-only synthesis would have reversed the area conclusion."),
]

# After the rules were tuned on the third, a fourth fresh split, written and labelled before any was run;
# its first run had 15 of 26 right, and the three tuned on since are in PROBES.
FRESH_4: list[tuple[str, str, str, str]] = [
    ("awq", "paraphrase", "supported",
     "Scaling up the 1% salient channels improves the perplexity of OPT-6.7B from 23.54 to 11.92."),
    ("awq", "number_changed", "contradicted",
     "Scaling up the salient channels improves the perplexity from 23.54 to 13.92."),
    ("awq", "number_changed", "contradicted", "The best perplexity is achieved at s = 4."),
    ("awq", "paraphrase", "supported",
     "AWQ uses a group size of 128 throughout the work unless otherwise specified."),
    ("awq", "paraphrase", "supported", "AWQ uses a small calibration set from the Pile dataset."),
    ("awq", "direction_changed", "contradicted", "AWQ's calibration set comes from the C4 dataset."),
    ("awq", "paraphrase", "supported",
     "BLOOM is not included in the AWQ study because it is generally worse in quality."),
    ("awq", "paraphrase", "supported", "Round-to-nearest is quite strong when using a small group size like 128."),
    ("awq", "direction_changed", "contradicted", "ZeroQuant, AdaRound and BRECQ outperform GPTQ."),
    ("awq", "paraphrase", "supported", "The perplexity is evaluated on WikiText-2."),
    ("awq", "absent", "not_found", "AWQ was evaluated on the Librispeech corpus."),
    ("smoothquant", "number_changed", "contradicted",
     "The scale of activation outliers is about 10x larger than most activation values."),
    ("smoothquant", "paraphrase", "supported",
     "Quantizing LLM weights to INT8 or even INT4 does not degrade accuracy."),
    ("smoothquant", "paraphrase", "supported", "If one channel has an outlier, it appears in all tokens."),
    ("smoothquant", "direction_changed", "contradicted",
     "Per-token quantization greatly reduces the quantization error compared to per-tensor quantization."),
    ("smoothquant", "direction_changed", "contradicted",
     "Per-channel activation quantization maps well to hardware-accelerated GEMM kernels."),
    ("smoothquant", "paraphrase", "supported",
     "Simulated per-channel activation quantization bridges the accuracy gap with the FP16 baseline."),
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The exact zero density of bitnet-b1.58-2B-4T is 42.2%."),
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "The exact zero density of bitnet-b1.58-2B-4T is 24.2%."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The reported throughput figures are measured on silicon."),
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "Tensor-continuous bitmap/sign storage uses more bytes than row-wise five-trit packing."),
    ("llm-int8", "paraphrase", "supported",
     "At the 13B mark, 8-bit 13B perplexity is worse than 8-bit 6.7B perplexity."),
    ("llm-int8", "paraphrase", "supported",
     "Outlier features are highly systematic, representing at most 7 unique feature dimensions."),
]

# The last rules of this round in place, a fifth fresh split, written and labelled before any was run: the
# estimate for the next change to beat. Its first run had 10 of 19 right; the two wrong verdicts tuned on
# since (a wrong "contradicted", a wrong "supported") are in PROBES.
FRESH_5: list[tuple[str, str, str, str]] = [
    ("llm-int8", "paraphrase", "supported",
     "For a 6.7B transformer with a sequence length of 2048, the outlier features are concentrated in only 6 "
     "hidden dimensions."),
    ("llm-int8", "number_changed", "contradicted",
     "For a 6.7B transformer, the outlier features are concentrated in 16 hidden dimensions."),
    ("llm-int8", "paraphrase", "supported", "Removing 7 random feature dimensions increases perplexity by 0.1%."),
    ("llm-int8", "number_changed", "contradicted",
     "Removing 7 random feature dimensions increases perplexity by 600-1000%."),
    ("llm-int8", "paraphrase", "supported", "Almost all outliers have a strictly asymmetric distribution."),
    ("llm-int8", "direction_changed", "contradicted",
     "Outliers are mostly symmetric, being both positive and negative."),
    ("llm-int8", "paraphrase", "supported", "Int8 is currently the only 8-bit data type supported by GPUs."),
    ("llm-int8", "paraphrase", "supported", "nuQmm and ZeroQuant require custom CUDA kernels."),
    ("llm-int8", "direction_changed", "contradicted",
     "LLM.int8() uses Int8 multiplication for the attention function."),
    ("llm-int8", "direction_changed", "contradicted", "The work studies 8-bit floating-point (FP8) data types."),
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8() recovers the full inference performance of models with up to 175B parameters."),
    ("llm-int8", "paraphrase", "supported",
     "Int8 training at scale requires complex trade-offs between quantization precision, training speed and "
     "engineering complexity."),
    ("llm-int8", "direction_changed", "contradicted",
     "Row-wise and vector-wise quantization deal with the outliers effectively."),
    ("llm-int8", "absent", "not_found", "LLM.int8() reduces energy use on TPUs by 30%."),
    ("awq", "paraphrase", "supported",
     "Combined with GPTQ, AWQ further closes the performance gap under INT2-g64 quantization."),
    ("awq", "direction_changed", "contradicted", "AWQ cannot be combined with GPTQ."),
    ("smoothquant", "paraphrase", "supported",
     "GPTQ's low-bit kernel only supports the generation stage with batch size 1."),
]


# The sixth split, written (32 claims, eight a paper: four paraphrases, two changed numbers or
# directions, one dropped condition, one absent fact) and labelled from the papers' text before any
# was run through Gate 1 (ground-5); the comment under each is the paper's words that decide it.
# The first run had 9 of 32 right (four true claims contradicted, two partially supported, no wrong
# support); the nine that ground-6 was tuned on moved to PROBES (one a wrong support with MiniLM ranking).
FRESH_6: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "For the Vicuna study, GPT-4 judged the answers to 80 sample questions in both orders, which gives 160 trials."),
    # quote: "We used the GPT-4 score to evaluate the quantized models' performance against the FP16 counterpart on
    #   80 sample questions [Chi23a]. We compare the responses with both orders (quantized-FP16, FP16-quantized) to
    #   get rid of the ordering effect (...), leading to 160 trials."
    ("awq", "number_changed", "contradicted",
     "In AWQ's speed benchmarks, each inference run generates 500 tokens and the median latency is reported."),
    # quote: "We generate 200 tokens for each inference run and calculate the median latency as the final result."
    ("awq", "direction_changed", "contradicted",
     "Keeping the weight channels with the largest norm in FP16 helps INT3 models much more than keeping "
     "randomly chosen channels."),
    # quote: "But we find skipping the weight channels with large norm (i.e., FP16% (based on W)) does not
    #   significantly improve the quantized performance, leading to a similar marginal improvement as random
    #   selection."
    ("awq", "condition_dropped", "partially_supported",
     "Under INT3 quantization, AWQ performs about as well as keeping 1% of salient weights in FP16."),
    # quote: "As shown in Table 7, under INT3-g128 quantization, AWQ achieves similar performance compared to
    #   keeping 1% salient weights in FP16. While under INT3 no-group quantization, there is still a noticeable gap."
    ("awq", "absent", "not_found",
     "AWQ-quantized LLaMA models keep their BLEU scores on WMT translation benchmarks within 0.2 points of FP16."),
    # absent: grepped awq/paper.md for "BLEU", "WMT", "translation" -> no hits; the paper evaluates perplexity,
    #   Vicuna GPT-4 scores, COCO captioning, MMLU/QA timing only.

    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant calibrates its smoothing factors and static quantization step sizes only once, using 512 "
     "random sentences from the Pile."),
    # quote: "we calibrate the smoothing factors and the static quantization step sizes once with 512 random
    #   sentences from the pre-training dataset Pile"
    ("smoothquant", "paraphrase", "supported",
     "In the OPT-175B LAMBADA ablation, only migration strengths between 0.4 and 0.6 keep quantization errors "
     "small for both weights and activations."),
    # quote: "We ablate the effect of different α's on OPT-175B with LAMBADA in Figure 10. ... Only when we choose α
    #   from the sweet spot region (0.4-0.6) can we get small quantization errors for both weights and activations"
    ("smoothquant", "paraphrase", "supported",
     "With per-tensor quantization, activation outliers leave non-outlier channels with only about 2-3 "
     "effective quantization levels."),
    # quote: "In the case of per-tensor quantization (Equation 1), the large outliers dominate the maximum magnitude
    #   measurement, leading to low effective quantization bits/levels ... For non-outlier channels, the effective
    #   quantization levels would be very small (2-3), leading to large quantization errors."
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant's PyTorch context-stage latency is measured on a batch of 16 sentences processed in a single"
     " pass."),
    # quote: "We measure the end-to-end latency of generating all hidden states for a batch of 4 sentences in one
    #   pass, i.e., the context stage latency."
    ("smoothquant", "direction_changed", "contradicted",
     "In the PyTorch benchmarks, SmoothQuant's speedup over FP16 becomes smaller as the OPT model gets larger."),
    # quote: "SmoothQuant is consistently faster than the FP16 baseline, getting a 1.51x speedup on OPT-30B when the
    #   sequence length is 256. We also see a trend that the larger the model, the more significant the acceleration."
    ("smoothquant", "condition_dropped", "partially_supported",
     "The naive W8A8, ZeroQuant and Outlier Suppression baselines all produce close-to-random accuracy after "
     "INT8 quantization."),
    # quote: "We study quantization on OPT-175B. ... The W8A8, ZeroQuant, and Outlier Suppression baselines produce
    #   nearly random results" (condition: OPT-175B); for BLOOM-176B: "none of the baselines completely destroys the
    #   model; even the naive W8A8 per-tensor dynamic quantization only degrades the accuracy by 4%."
    ("smoothquant", "absent", "not_found",
     "With SmoothQuant W8A8, OPT-175B loses less than 0.5 points of exact-match accuracy on TriviaQA."),
    # absent: grepped smoothquant/paper.md for "TriviaQA", "trivia", "exact-match" -> no hits; evaluated tasks are
    #   LAMBADA, HellaSwag, PIQA, WinoGrande, OpenBookQA, RTE, COPA, WikiText, MMLU, MNLI, QNLI.

    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "Outlier features reach magnitudes 3-20x the largest magnitude of the other feature dimensions, which "
     "typically stay within [-3.5, 3.5]."),
    # quote: "their quartiles with maximum range show that the outlier magnitude is 3-20x larger than the largest
    #   magnitude of other feature dimensions, which usually have a range of [-3.5, 3.5]."
    ("llm-int8", "paraphrase", "supported",
     "In end-to-end BLOOM-176B inference in Hugging Face, Int8 runs slightly slower than 16-bit, with close "
     "per-token latency."),
    # quote: "Besides matrix multiplication benchmarks, we also test the end-to-end inference speed of BLOOM-176B in
    #   Hugging Face. ... Overall Int8 inference is slightly slower but close to the millisecond latency per token
    #   compared to 16-bit inference."
    ("llm-int8", "number_changed", "contradicted",
     "In the Int8 training experiments, the machine translation BLEU scores are medians over five random seeds."),
    # quote: "Table 8. Neural machine translation results for 8-bit FFN and linear attention layers for WMT14+16.
    #   ... The BLEU score is the median of three random seeds."
    ("llm-int8", "direction_changed", "contradicted",
     "The Int8 training results suggest that 8-bit attention layers train easily, while 8-bit FFN layers need "
     "extra techniques."),
    # quote: "These suggests that training with 8-bit FFN layers is straightforward while other layers require
    #   additional techniques or different data types than Int8 to do 8-bit training at scale without performance
    #   degradation."
    ("llm-int8", "absent", "not_found",
     "LLM.int8() leaves ROUGE scores unchanged when 8-bit OPT models summarize CNN/DailyMail articles."),
    # absent: grepped llm-int8/paper.md for "ROUGE", "summari", "DailyMail" -> only "summarized as four main
    #   points"; no summarization evaluation ("CNN" hits refer only to convolutional networks).

    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "At BitNet 2B4T's zero density, a five-weight bitmap/sign group averages 7.8895 stream bits versus eight "
     "for continuous five-trit, only a 1.38% ideal advantage."),
    # quote: "At this density, a five-position bitmap/sign group consumes 7.8895 stream bits on average: five
    #   presence bits and 2.8895 compact sign bits. A continuous five-trit group consumes eight bits. This ideal per-
    #   cycle stream advantage is only 1.38%"
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Even with its stream-feeding hardware, the bitmap/sign design keeps a shorter minimum clock period than "
     "five-trit: 1.352 ns against 1.484 ns."),
    # quote: "With this hardware the bitmap/sign design is 10.9--30.5% larger than five-trit at equal clock, still
    #   reaches a shorter minimum period (1.352 vs 1.484 ns)"
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "With stream-feeding hardware included, the bitmap/sign design uses 52% more compute energy per weight "
     "than five-trit on the BitNet rows at 2.0 ns."),
    # quote: "and uses 17--40% more compute energy per weight (BitNet rows: +32% at 2.0 ns)."
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "Larger batch sizes, which reuse the weights, shift the comparison in favor of the bitmap/sign format "
     "over five-trit."),
    # quote: "The model-wide projection estimate assumes batch size one with every modeled weight read once per
    #   token; larger batches reuse weights and favor five-trit."
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The full-front decoded bitmap/sign engine needs less area than the direct bitmap/sign engine."),
    # quote: "It is smaller than the direct engine at the tabulated clocks, although their area ranking varies
    #   elsewhere in the sweep."
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The study confirms that the decoded BitNet b1.58 2B4T weights are correct by reproducing the model's "
     "WikiText-2 perplexity."),
    # absent: grepped paper.tex for "perplexity", "WikiText", "accuracy" -> no hits; the paper's checks are zero-
    #   fraction and tensor-count matches with BITCOS/CAT-Q and exact integer dot products.
]


# The seventh split, written like the sixth (32 claims, eight a paper, each decidable from one sentence) and
# labelled from the papers' text before any was run through Gate 1 (ground-6): the estimate for ground-6.
# The first run had 16 of 32 right with BM25 ranking (wrongly contradicted: one true claim and one true only
# under a condition; three true claims partially supported; no wrong support, with MiniLM ranking neither);
# the five ground-6 was then tuned on moved to PROBES.
FRESH_7: list[tuple[str, str, str, str]] = [
    # ---- awq ----
    ("awq", "paraphrase", "supported",
     "In AWQ's error analysis, the rounding error is roughly uniform between 0 and 0.5, so it averages about 0.25."),
    # quote: "the error is roughly uniformly distributed from 0-0.5, resulting in an average error of  0.25"
    ("awq", "paraphrase", "supported",
     "AWQ's speed benchmarks run every LLM at batch size 1 with a fixed prompt of 4 tokens."),
    # quote: "We perform batch size = 1 inference for all LLMs using a fixed prompt length of 4 tokens."
    ("awq", "number_changed", "contradicted",
     "In AWQ's calibration-distribution study, the quantized model is evaluated on 2k samples of each Pile subset."),
    # quote: "We use each of the subsets as the calibration set and evaluate the quantized model on both sets (the
    #   calibration and evaluation sets are split with no overlapping; we used 1k samples for evaluation)."
    ("awq", "direction_changed", "contradicted",
     "When AWQ scales the 1% salient channels by a larger s, the percentage of changed Δ decreases."),
    # quote: "As $s$ goes larger, the percentage of changed $\Delta$ increases, and the error reduction rate for
    #   salient channels also increases."
    ("awq", "condition_dropped", "partially_supported",
     "The FP16 implementation that AWQ is compared against cannot even fit 7B models."),
    # quote: "Notably, on the laptop 4070 GPU with only 8GB memory, we are still able to run Llama-2-13B models at
    #   33 tokens / second, while the FP16 implementation cannot fit 7B models."
    #   (dropped condition: on the laptop RTX 4070 with only 8GB memory)
    ("awq", "absent", "not_found",
     "On an A100 GPU, AWQ's INT4 kernels decode LLaMA-65B 1.8x faster than GPTQ's kernels."),
    # absent: grepped "A100" (only Appendix B: GPUs used for quantization), "1.8", "GPTQ" + "kernel" (only
    #   "GPTQ provides INT3 kernels for OPT models"); no kernel speed comparison with GPTQ anywhere.

    # ---- smoothquant ----
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant sets the migration strength to 0.75 for GLM-130B, whose activations are harder to quantize."),
    # quote: "The migration strength $\alpha=0.5$ is a general sweet spot for all the OPT and BLOOM models, and
    #   $\alpha=0.75$ for GLM-130B since its activations are more difficult to quantize [Zen22]."
    ("smoothquant", "paraphrase", "supported",
     "Because some standard benchmarks appear in GLM-130B's training set, SmoothQuant evaluates it on MMLU, MNLI, "
     "QNLI and LAMBADA."),
    # quote: "We use MMLU [Hen20], MNLI [Wil18], QNLI [Wan18d] and LAMBADA to evaluate the GLM-130B model because
    #   some of the aforementioned benchmarks appear in the training set of GLM-130B."
    ("smoothquant", "paraphrase", "supported",
     "As Huggingface lacks model parallelism, SmoothQuant's single-GPU PyTorch tests use only OPT-6.7B, OPT-13B "
     "and OPT-30B."),
    # quote: "Due to the lack of support for model parallelism in Huggingface, we only measure SmoothQuant’s
    #   performance on a single GPU for the PyTorch implementation, so we choose OPT-6.7B, OPT-13B, and OPT-30B for
    #   evaluation."
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant lets the 530B model be served on 8 GPUs instead of 24 at a similar latency."),
    # quote: "The reduced model size allows us to serve the model using half number of the GPUs (16 to 8) at a
    #   similar latency, enabling the serving of a >500B model within a single node (8$\times$A100 80GB GPUs)."
    ("smoothquant", "direction_changed", "contradicted",
     "In SmoothQuant's latency ablation, dynamic quantization runs faster than static quantization."),
    # quote: "And static quantization can significantly accelerate inference compared with dynamic quantization
    #   because we no longer need to calculate the quantization step sizes at runtime."
    ("smoothquant", "condition_dropped", "partially_supported",
     "SmoothQuant works seamlessly with the Tensor Parallelism algorithm."),
    # quote: "In the FasterTransformer library, SmoothQuant can seamlessly work with Tensor Parallelism [Sho19]
    #   algorithm, so we test SmoothQuant on OPT-13B, OPT-30B, OPT-66B, and OPT-175B for both single and multi-GPU
    #   benchmarks."  (dropped condition: in the FasterTransformer library; the PyTorch/Huggingface
    #   implementation lacks model parallelism)
    ("smoothquant", "absent", "not_found",
     "On Intel Xeon CPUs, SmoothQuant's W8A8 OPT-13B runs 1.4x faster than FP32 inference."),
    # absent: grepped "Xeon", "CPU" (only "Intel CPUs" listed among hardware supporting INT8 GEMM), "FP32";
    #   no CPU latency is reported.

    # ---- llm-int8 ----
    ("llm-int8", "paraphrase", "supported",
     "Once mixed-precision decomposition is added, only the 13B and 175B models still get speedups."),
    # quote: "Adding mixed precision decomposition slows inference further so that only the 13B and 175B models
    #   have speedups."
    ("llm-int8", "paraphrase", "supported",
     "The only other known work quantizing non-BERT transformers uses zeropoint quantization forward and "
     "zeropoint-row-wise quantization backward."),
    # quote: "The only other work that we are aware of that quantizes transformers other than BERT is [Che20],
    #   which uses post-training quantization with zeropoint quantization in the forward pass and
    #   zeropoint-row-wise quantization in the backward pass."
    ("llm-int8", "paraphrase", "supported",
     "Outlier features occur only in the attention projections and the FFN expansion layer, so the outlier "
     "analysis ignores the attention function."),
    # quote: "Since feature outliers only occur in attention projection (key/query/value/output) and the
    #   feedforward network expansion layer (first sub-layer), we ignore the attention function and the FFN
    #   contraction layer (second sub-layer) for this analysis."
    ("llm-int8", "number_changed", "contradicted",
     "A common FP8 variant gives 4 bits to the exponent and 2 bits to the fraction."),
    # quote: "For example, a common variant of this data type has 5 bits for the exponent and 2 bits for the
    #   fraction [Wan18, Sun19, Cam20, Mel19] and uses either no scaling constants or zeropoint scaling."
    ("llm-int8", "direction_changed", "contradicted",
     "FP8 formats with only 2 fraction bits are accurate for large-magnitude values but error-prone for small "
     "ones."),
    # quote: "These data types have large errors for large magnitude values since they have only 2 bits for the
    #   fraction but provide high accuracy for small magnitude values."
    ("llm-int8", "absent", "not_found",
     "LLM.int8() keeps T5-11B within 0.1 points of its 16-bit SuperGLUE score."),
    # absent: grepped "T5", "SuperGLUE" (no hits); the paper evaluates C4 perplexity, OPT zero-shot, GLUE
    #   finetuning of RoBERTa-large and WMT NMT only.

    # ---- natural-sparsity-ternary-llms ----
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Slim-Llama reaches 62.3% sparsity on its ternary Llama benchmark by reusing outputs of similar weight "
     "vectors."),
    # quote: "Slim-Llama instead generates 62.3\% sparsity for its ternary Llama benchmark by reusing outputs of
    #   similar weight vectors \cite{kim2025slimllamahc}."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "CAT-Q keeps the output head in 16-bit floating point, where it makes up about half of the modeled weight "
     "bytes read per token for Qwen3-8B."),
    # quote: "The output-head weight read reduces these savings: CAT-Q keeps the head in 16-bit floating point,
    #   where it accounts for about half the modeled weight bytes read per token for Qwen3-8B."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Among the nine quantization-aware or fine-tuned checkpoints, the five with under 37% zeros lose in every "
     "configuration."),
    # quote: "The nine quantization-aware or fine-tuned models provide little or no gain: only those above 40\%
    #   zeros read fewer bits with the bitmap format, the largest modeled saving is 1.3\% of projection-engine
    #   plus ternary-symbol weight-read energy (BitNet 2B4T, 0.5\% after adding the output-head weight read), and
    #   the five below 37\% zeros lose in every configuration."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The memory-energy sweep spans 0.133 pJ/bit for a 32 KB 7 nm SRAM up to 70 pJ/bit for a DDR3 sensitivity "
     "point."),
    # quote: "The sweep uses published or literature-derived values from 0.133\,pJ/bit (32\,KB SRAM, 7\,nm) to
    #   70\,pJ/bit (a DDR3 sensitivity point), including 45\,nm SRAM, HBM2, LPDDR4 and GDDR5"
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "With presence-byte alignment included, the full-front decoded engine is 12.9% larger than five-trit at "
     "relaxed clocks."),
    # quote: "With that alignment included, the full-front decoded engine is 5.9\% larger than five-trit at
    #   relaxed clocks and reaches a 1.329\,ns minimum period."
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "Platinum reports that its weight-buffer accesses take a larger share of its power than its DRAM accesses."),
    # quote: "Platinum also reports that DRAM and weight-buffer accesses account for 53.5\% and 31.6\% of its
    #   power \cite{shan2026platinum}."
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "With DRAM weight memory, the stream-fed bitmap/sign design saves 16-18% of energy compared with five-trit."),
    # quote: "The balance shifts strongly with zero density: at 70\% zeros it saves 16--18\% with DRAM, and at
    #   20\% zeros it loses 13--18\% because the bitmap stream is larger than five-trit."
    #   (dropped condition: at 70% zeros)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The natural zeros of BitNet b1.58 2B4T cluster in the attention value projections rather than the "
     "feed-forward layers."),
    # absent: grepped "value", "cluster", "feed-forward", "attention"; the paper reports only whole-checkpoint
    #   zero densities (42.2109% for BitNet 2B4T), never a per-projection-type breakdown.
]


# The eighth split, written like the seventh (32 claims, eight a paper, each decidable from one sentence) and
# labelled from the papers' text before any was run through Gate 1 (ground-6 as of the seventh split's fixes).
# The first run had 16 of 32 right with BM25 ranking (one claim true only under a condition wrongly contradicted,
# by a threshold the paper gives under another condition; three true claims partially supported; no wrong
# support); the four ground-6 was then tuned on moved to PROBES.
FRESH_8: list[tuple[str, str, str, str]] = [
    # ---------------------------------------------------------------- awq
    ("awq", "paraphrase", "supported",
     "For OpenFlamingo-9B, AWQ quantizes only the language part, because that part dominates the model size."),
    # quote: "We only quantize the language part of the model since it dominates the model size."
    ("awq", "paraphrase", "supported",
     "According to the AWQ paper, FlexGen and llama.cpp use group-wise INT4 quantization to cut I/O costs and "
     "offloading."),
    # quote: "FlexGen [She23a] and llama.cpp [+2] perform group-wise INT4 quantization to reduce I/O costs and
    #   offloading."
    ("awq", "paraphrase", "supported",
     "AWQ picks its scaling exponent alpha by a fast grid search over [0, 1], where 0 means no scaling and 1 the "
     "most aggressive scaling."),
    # quote: "We can find the best $\alpha$ by a fast grid search over the interval of $[0,1]$ ($0$ means we do not
    #   scale; $1$ corresponds to the most aggressive scaling)."
    ("awq", "paraphrase", "supported",
     "In AWQ's Vicuna evaluation, the authors observed that GPT-4 tends to rate whichever answer comes first more "
     "highly."),
    # quote: "We compare the responses with both orders (quantized-FP16, FP16-quantized) to get rid of the ordering
    #   effect (we found GPT-4 tends to increase the rating of the first input), leading to 160 trials."
    ("awq", "number_changed", "contradicted",
     "AWQ's OpenFlamingo-9B COCO captioning results average 10k samples under each few-shot setting."),
    # quote: "We measured the average performance of 5k samples under different few-shot settings."
    ("awq", "condition_dropped", "partially_supported",
     "The AWQ paper notes that low-bit weight quantization is able to mostly preserve an LLM's performance."),
    # quote: "We focus on INT4/INT3 quantization since they are able to mostly preserve the LLMs’ performance
    #   [Det22c]." (dropped: only INT4/INT3; at INT2 "RTN completely fails" and a gap to FP16 remains)
    ("awq", "absent", "not_found",
     "AWQ-quantized Llama-2-7B stays within one point of its FP16 pass@1 score on the HumanEval coding benchmark."),
    # grepped awq/paper.md for: HumanEval, pass@1, code, coding -> no hits (no code-generation evaluation)
    # -------------------------------------------------------- smoothquant
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's authors note that ZeroQuant delivers good accuracy for GPT-3-350M and GPT-J-6B."),
    # quote: "It can be implemented efficiently and delivers good accuracy for GPT-3-350M and GPT-J-6B."
    #   (It = ZeroQuant, named in the preceding sentence)
    ("smoothquant", "paraphrase", "supported",
     "A quick grid search on a subset of the Pile validation set is how SmoothQuant chooses a suitable migration "
     "strength alpha."),
    # quote: "We get a suitable $\alpha$ by running a quick grid search on a subset of the Pile [Gao20] validation
    #   set."
    ("smoothquant", "paraphrase", "supported",
     "Weight equalization and channel splitting lower quantization error by suppressing the outliers in weights."),
    # quote: "Weight equalization [Nag19] and channel splitting [Zha19b] reduce quantization error by suppressing
    #   the outliers in weights."
    ("smoothquant", "number_changed", "contradicted",
     "To evaluate OPT and BLOOM, SmoothQuant uses five zero-shot tasks plus the WikiText language modeling dataset."),
    # quote: "We use seven zero-shot evaluation tasks: LAMBADA [Pap16], HellaSwag [Zel19b], PIQA [Bis20a],
    #   WinoGrande [Sak19], OpenBookQA [Mih18], RTE [Wan18d], COPA [Roe11], and one language modeling dataset
    #   WikiText [Mer16] to evaluate the OPT and BLOOM models."
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant's authors expect GPTQ, not SmoothQuant, to serve better in batched settings and in the context "
     "stage."),
    # quote: "In contrast, SmoothQuant may serve better with a batching setting or for the context stage (i.e.,
    #   when the number of processed tokens is more significant)."
    ("smoothquant", "condition_dropped", "partially_supported",
     "Vector-wise quantization can only take scaling factors from the token and output-channel dimensions, not "
     "the input-channel one."),
    # quote: "For vector-wise quantization to efficiently utilize the INT8 GEMM kernels, we can only use scaling
    #   factors from the outer dimensions (i.e., token dimension $T$ and out channel dimension $C_{o}$) but not
    #   inner dimension (i.e., in channel dimension $C_{i}$)." (dropped: to efficiently use INT8 GEMM kernels)
    ("smoothquant", "absent", "not_found",
     "With SmoothQuant W8A8 quantization, Falcon-180B stays within 1% of its FP16 accuracy."),
    # grepped smoothquant/paper.md for: Falcon -> no hits (families evaluated: OPT, BLOOM, GLM, MT-NLG, LLaMA,
    #   OPT-IML)
    # ----------------------------------------------------------- llm-int8
    ("llm-int8", "paraphrase", "supported",
     "By letting resource-rich organizations serve more models on the same number of GPUs, LLM.int8() might "
     "widen disparities with poor ones."),
    # quote: "However, our work also enables resource-rich organizations with many GPUs to serve more models on
    #   the same number of GPUs, which might increase the disparities between resource-rich and poor
    #   organizations."
    ("llm-int8", "paraphrase", "supported",
     "Zeropoint quantization may run slowly on hardware that lacks the multiply_i16 instruction."),
    # quote: "As such, zeropoint quantization can be slow if the multiply$_{\mathrm{i16}}$ instruction is not
    #   available."
    ("llm-int8", "number_changed", "contradicted",
     "Supporting the 25% layer threshold, the second most common outlier appears in only one layer, about 10% of "
     "layers."),
    # quote: "The second most common outlier occurs in only a single layer ( 2% of layers), indicating that this
    #   is a reasonable threshold."
    ("llm-int8", "direction_changed", "contradicted",
     "nuQmm and ZeroQuant rely on group-wise quantization, whose normalization constants are coarser-grained than "
     "vector-wise quantization's."),
    # quote: "Both use the same quantization scheme: group-w2ise quantization, which has even finer quantization
    #   normalization constant granularity than vector-wise quantization."
    ("llm-int8", "condition_dropped", "partially_supported",
     "LLM.int8()'s GLUE results suggest fine-tuning needs a higher 16-bit decomposition percentage than inference "
     "does."),
    # quote: "Compared to inference, fine-tuning appears to need a higher decomp percentage if the linear
    #   attention layers are also converted to 8-bit." (dropped: only if linear attention layers are 8-bit too)
    ("llm-int8", "absent", "not_found",
     "On multilingual benchmarks such as XNLI, BLOOM-176B keeps its 16-bit accuracy under LLM.int8()."),
    # grepped llm-int8/paper.md for: XNLI, multilingual -> no hits (zeroshot tasks: WinoGrande, HellaSwag, PIQA,
    #   LAMBADA)
    # ---------------------------------------------- natural-sparsity-ternary-llms
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "For the 24 sampled BitNet rows, the interpolated synthetic ratio matches the one simulated on the real rows "
     "to within 0.7 percentage points."),
    # quote: "on the 24 sampled BitNet rows the interpolated synthetic ratio agrees with the one simulated on the
    #   real rows within 0.7 percentage points."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The zero fraction measured for the CAT-Q Qwen3-1.7B checkpoint agrees with the 51.48% that BITCOS reports."),
    # quote: "Two independent checks agree with published figures: the CAT-Q Qwen3-1.7B zero fraction matches
    #   the 51.48\% reported by BITCOS \cite{georganas2026bitcos}, and the CAT-Q Qwen3-4B tensor and weight
    #   counts match the CAT-Q release notes."
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "The synthetic 8-bit activations are Gaussian, with 5% of channels scaled six-fold to act as outliers."),
    # quote: "All engines see the same synthetic 8-bit activations (Gaussian with 1\% of channels scaled six-fold
    #   as outliers, rounded to 8 bits with a scale set by the largest magnitude)."
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The five-trit lookup decoder is faster than selecting five presence bits and their sign bits, so five-trit "
     "has the shallower front end."),
    # quote: "The bitmap/sign engines have a shallower front end: selecting five presence bits and the matching
    #   sign bits is faster than the five-trit lookup decoder."
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "Run-length encoding of the zero weights was also evaluated and proved larger than the presence-bitmap format."),
    # grepped paper.tex for: run-length, RLE, run length -> no hits
    # (looked at while tuning ground-6, no rule kept for them)
    ("smoothquant", "paraphrase", "supported",
     "If a layer's input comes from a residual add, SmoothQuant can put an extra scaling on the residual branch."),
    # quote: "For some other cases, when the input is from a residual add, we can add an extra scaling to the
    #   residual branch similar to [Wei22]."
    ("llm-int8", "paraphrase", "supported",
     "Viewing matrix multiplication as a 1x1 convolution makes vector-wise quantization equal to channel-wise "
     "convolution quantization plus row quantization."),
    # quote: "If one views matrix multiplication as 1x1 convolution, vector-wise quantization is equivalent to
    #   channel-wise quantization for convolution combined with row quantization [Khu21]."
    ("llm-int8", "paraphrase", "supported",
     "Vector-wise quantization was earlier used on 350M-parameter BERT-sized models; LLM.int8() is the first to "
     "study it for autoregressive, large-scale ones."),
    # quote: "For matrix multiplication, this was used by [Wu20] for BERT-sized transformers (350M parameters),
    #   while we are the first to study vector-wise quantization for autoregressive and large-scale models."
]


# The ninth split, written like the eighth (32 claims, eight a paper, each decidable from one sentence) and
# labelled from the papers' text before any was run through Gate 1 (ground-6 as of the eighth split's fixes).
# The first run had 11 of 32 right with BM25 ranking: two wrong supports (a model size changed in a name; a claim
# on LLMs in general from a sentence on OPT and BLOOM), one true claim contradicted, two partially supported;
# the three ground-6 was then tuned on moved to PROBES.
FRESH_9: list[tuple[str, str, str, str]] = [
    # ---------------------------------------------------------------- awq
    ("awq", "paraphrase", "supported",
     "The AWQ authors restrict their study to low-bit integer quantization because integer types are easier to "
     "cast on hardware."),
    # quote: "Furthermore, we only study low-bit integer quantization of LLMs due to easier data type casting on
    #   hardware."
    ("awq", "paraphrase", "supported",
     "AWQ's kernels run adaptively on CUDA cores as well as tensor cores, which suits both the context and the "
     "generation phase."),
    # quote: "AWQ kernels are adaptively executed on both tensor cores and CUDA cores, suitable for both context and
    #   generation phases in LLM inference."
    ("awq", "paraphrase", "supported",
     "Without grouping, AWQ's scaling can protect only one input channel for the whole weight, which may not "
     "close the accuracy drop."),
    # quote: "But for no-group quantization, we can only protect one input channel for the *entire weight*, which
    #   may not be enough to bridge the performance degradation."
    ("awq", "paraphrase", "supported",
     "PubMed Abstracts and Enron Emails are the two subsets the AWQ authors took from the Pile dataset."),
    # quote: "We took two subsets from the Pile dataset [Gao20]: PubMed Abstracts and Enron Emails [Kli04]."
    ("awq", "direction_changed", "contradicted",
     "The AWQ authors found that techniques relying on approximated gradients converge stably when optimizing "
     "the scaling objective."),
    # quote: "There are some techniques relying on approximated gradients [Ben13, Ess19], which we found still
    #   suffers from unstable convergence."
    ("awq", "condition_dropped", "partially_supported",
     "AWQ still leaves a noticeable gap compared with keeping 1% of the salient weights in FP16."),
    # quote: "While under INT3 no-group quantization, there is still a noticeable gap." (under INT3-g128 AWQ
    #   "achieves similar performance compared to keeping 1% salient weights in FP16"; claim drops "no-group")
    ("awq", "absent", "not_found",
     "AWQ also quantizes the KV cache to INT4, which cuts its memory by 4x during long-context generation."),
    # grepped: "KV", "cache" (only "input features cached from a small calibration set"), "context length";
    #   the paper never discusses KV-cache quantization.

    # -------------------------------------------------------- smoothquant
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's speed study compares only against LLM.int8(), as it is the sole existing method that keeps "
     "LLM accuracy at all scales."),
    # quote: "We only compare SmoothQuant with LLM.int8() because it is the only existing quantization method that
    #   can preserve LLM accuracy at all scales."
    ("smoothquant", "paraphrase", "supported",
     "According to SmoothQuant, Outlier Suppression handles activation outliers with token-wise clipping and a "
     "non-scaling LayerNorm."),
    # quote: "Outlier Suppression [Wei22] uses the non-scaling LayerNorm and token-wise clipping to deal with the
    #   activation outliers."
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant by default smooths the input activations of self-attention and feed-forward layers and "
     "quantizes every linear layer to W8A8."),
    # quote: "By default, we perform scale smoothing for the input activations of self-attention and feed-forward
    #   layers and quantize all linear layers with W8A8."
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant says LLM.int8() reaches floating-point accuracy by keeping outliers as floating-point values, "
     "at a large latency cost."),
    # quote: "LLM.int8() can match the floating point accuracy because they use floating-point values to represent
    #   outliers, which leads to a large latency overhead ([Table 10](#table-10))."
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant is compared with five baselines in the INT8 post-training setting, none of which retrains the "
     "model parameters."),
    # quote: "We compare with four baselines in the INT8 post-training quantization setting, i.e., without
    #   re-training of the model parameters: W8A8 naive quantization, ZeroQuant [Yao22], LLM.int8() [Det22], and
    #   Outlier Suppression [Wei22]."
    ("smoothquant", "direction_changed", "contradicted",
     "The SmoothQuant authors advise picking a finer-grained quantization scheme whenever the accuracy allows it."),
    # quote: "We recommend using a coarser scheme if the accuracy permits."
    ("smoothquant", "absent", "not_found",
     "With SmoothQuant W8A8, OPT-175B's perplexity on the C4 dataset stays within 0.1 of its FP16 value."),
    # grepped: "C4" (no hit); the only language-modeling sets named are WikiText / WikiText-2.

    # ----------------------------------------------------------- llm-int8
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper notes that zeropoint quantization, though precise because it uses the full bit range, "
     "is rarely used in practice."),
    # quote: "While zeropoint quantization offers high precision by using the full bit-range of the datatype, it is
    #   rarely used due to practical constraints."
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s related work cites earlier research that attributes the outliers of the BERT model family to "
     "LayerNorm."),
    # quote: "Similarly, [Kov21] attribute the appearance of outliers in BERT model family to LayerNorm, and
    #   [Puc22] show empirically ..."
    ("llm-int8", "paraphrase", "supported",
     "In the LLM.int8() analysis, outliers seem robust to small architecture changes such as rotary embeddings, "
     "residual scaling or initialization."),
    # quote: "These outliers also appear robust to slight variations of the transformer architecture (rotary
    #   embeddings, embedding norm, residual scaling, different initializations)."
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() authors argue that models with 6.7B parameters or fewer fit on most GPUs, so they need "
     "quantization less in practice."),
    # quote: "However, models of 6.7B parameters or less fit on most GPUs and quantization is less needed in
    #   practice."
    ("llm-int8", "number_changed", "contradicted",
     "In LLM.int8()'s absmax quantization, inputs are scaled into the 8-bit range by 255 divided by the tensor's "
     "absolute maximum."),
    # quote: "**Absmax quantization** scales inputs into the 8-bit range $[-127,127]$ by multiplying with
    #   $s_{x_{\mathrm{f16}}}$ which is 127 divided by the absolute maximum of the entire tensor."
    ("llm-int8", "direction_changed", "contradicted",
     "In LLM.int8()'s Int8 training runs, adding mixed-precision decomposition is enough to recover full "
     "performance in most cases."),
    # quote: "The results improve slightly if mixed-precision decomposition is used but is not sufficient to
    #   recover full performance in most cases."
    ("llm-int8", "condition_dropped", "partially_supported",
     "According to LLM.int8(), a single outlier can reduce the quantization precision of all the other values."),
    # quote: "The main challenge with quantization methods that use a single scaling constant per tensor is that a
    #   single outlier can reduce the quantization precision of all other values." (claim drops "single scaling
    #   constant per tensor"; with block-wise constants the effect "is confined to each block")
    ("llm-int8", "absent", "not_found",
     "Under LLM.int8(), BLOOM-176B keeps its MMLU accuracy within 0.5 points of the 16-bit model."),
    # grepped: "MMLU" (no hit); zeroshot evaluation is WinoGrande, HellaSwag, PIQA, LAMBADA via the EleutherAI
    #   harness, and C4 perplexity.

    # -------------------------------------------- natural-sparsity-ternary-llms
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "BITCOS's BitNet b1.58 zero density of 0.4219 means 1.5781 bitmap symbol bits per weight, against 1.625 for "
     "five-trit packing."),
    # quote: "BITCOS reports a BitNet b1.58 zero density of $z=0.4219$ \cite{georganas2026bitcos}, which implies
    #   ... B_{\mathrm{bitmap}}=1.5781 ... symbol bits per weight, compared with $1.625$ for five-trit packing."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Instead of streaming compressed weights, TOM exploits ternary zero weights by synthesizing a read-only "
     "weight memory as logic."),
    # quote: "TOM exploits ternary zero weights in hardware by synthesizing a read-only weight memory as logic
    #   rather than streaming compressed weights \cite{guan2026tom}."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "A separate screen sampling a few layers via HTTP range requests covered 16 more non-CAT-Q ternary models "
     "and CAT-Q Qwen3 14B and 32B."),
    # quote: "A separate screen samples a few layers of further checkpoints by HTTP range requests; it covered 16
    #   additional non-CAT-Q ternary models and the CAT-Q Qwen3 14B and 32B models."
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "CAT-Q ternarizes pretrained full-precision LLMs after training, using a learned threshold and one scale "
     "per group of 64 weights."),
    # quote: "CAT-Q converts pretrained full-precision LLMs to ternary weights after training, with a learned
    #   threshold and one scale per group of 128 weights \cite{wang2026catq}, and its checkpoints are public."
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The study concludes that high natural sparsity is confined to checkpoints that were ternarized after "
     "training."),
    # quote: "High natural sparsity is therefore not restricted to post-training ternarization."
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The bitmap/sign stream is 0.0385 bits per weight smaller than continuous five-trit packing."),
    # quote: "On the sampled BitNet rows the bitmap/sign stream is 0.0385 bits per weight smaller than continuous
    #   five-trit." (claim drops "on the sampled BitNet rows"; below 40% zeros the stream is larger)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The study finds that Huffman-coding the ternary symbols needs fewer bits than both bitmap/sign and "
     "five-trit on every checkpoint."),
    # grepped: "Huffman", "entropy", "run-length" (no hits); only 2-bit, five-trit and bitmap/sign formats
    #   are analyzed.
]


# The tenth split, written like the ninth (32 claims, eight a paper, each decidable from one sentence) and
# labelled from the papers' text before any was run through Gate 1: the estimate for ground-6 as this stop
# leaves it. The first run had 17 of 32 right, with BM25 and with MiniLM ranking: one wrong support ('largely
# independent' against 'strongly depends', fixed, moved to PROBES), two changed claims read as partially
# supported, one true claim partially supported; the rest of the misses are 'not found'.
FRESH_10: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "With the help of lookup tables, LUT-GEMM carries out bitwise computation on the CUDA cores of a GPU."),
    # quote: "LUT-GEMM [Par22] performs bitwise computation on GPU CUDA cores with the help of lookup tables."
    ("awq", "paraphrase", "supported",
     "Since only 0.1%-1% of channels are salient and groups are small (e.g. 128), AWQ has to protect fewer "
     "than one channel per group on average."),
    # quote: "It is not a problem for grouped quantization (we only need to protect 0.1%-1% of salient channels,
    #   the group size is usually small, like 128, so we need to protect fewer than 1 channel in each group on
    #   average)."
    ("awq", "paraphrase", "supported",
     "For its speedup results, the AWQ system optimizes the layers without quantized weights as well as the "
     "linear layers."),
    # quote: "We optimize both linear layers and layers that do not have quantized weights."
    ("awq", "paraphrase", "supported",
     "In the first LLaVA-13B example, the AWQ model grasps that the meme resembles Earth seen from space, "
     "whereas RTN describes it wrongly."),
    # quote: "In this first example, the AWQ model can understand the meme as it resembles the Earth when looking
    #   from space, while RTN produces wrong descriptions (marked in red)."
    ("awq", "number_changed", "contradicted",
     "The AWQ system also shows promising performance on the 64GB version of the NVIDIA Jetson Orin."),
    # quote: "Our system also exhibits promising performance on the NVIDIA Jetson Orin (32GB)."
    ("awq", "direction_changed", "contradicted",
     "In LLaVA-13B's painting example, RTN correctly names the artist while the AWQ model gives no information "
     "about the artist."),
    # quote: "In the second example, AWQ correctly answers the question (the artist of the painting), while RTN
    #   does not provide any information about the artist."
    ("awq", "condition_dropped", "partially_supported",
     "On LLaVA-13B visual reasoning, AWQ produces more reasonable answers than the round-to-nearest baseline."),
    # quote: "AWQ improves the responses compared to the round-to-nearest (RTN) baseline for INT4-g128
    #   quantization, leading to more reasonable answers."  (claim drops INT4-g128)
    ("awq", "absent", "not_found",
     "AWQ's kernels deliver a 2.1x decoding speedup over FP16 on AMD MI250 GPUs."),
    # grepped: "MI250", "AMD", "ROCm" -> no hits in awq/paper.md
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "In both its PyTorch Huggingface and FasterTransformer backends, SmoothQuant builds the INT8 linear modules "
     "and BMM on CUTLASS INT8 GEMM kernels."),
    # quote: "In both PyTorch Huggingface and FasterTransformer frameworks, we implement INT8 linear modules and
    #   the batched matrix multiplication (BMM) function with CUTLASS INT8 GEMM kernels."
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant rests on the observation that, although outliers make activations much harder to quantize "
     "than weights, tokens vary similarly across channels."),
    # quote: "SmoothQuant relies on a key observation: even if activations are much harder to quantize than
    #   weights due to the presence of outliers [Det22], different tokens exhibit similar variations across
    #   their channels."
    ("smoothquant", "paraphrase", "supported",
     "Both SmoothQuant and LLM.int8() nearly halve FP16 memory use, but SmoothQuant saves a bit more because "
     "its GEMMs are fully INT8."),
    # quote: "In terms of memory, SmoothQuant and LLM.int8() can all nearly halve the memory usage of the FP16
    #   model, while SmoothQuant saves slightly more memory because it uses fully INT8 GEMMs."
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper points out that NVIDIA's Hopper GPU architecture supports INT4 instructions."),
    # quote: "We believe we can integrate GPTQ's method for a better weight quantization and potentially achieve
    #   W4A4 quantization, which will lead to even better hardware efficiency (INT4 instructions are supported
    #   on NVIDIA's Hopper GPU architecture)."
    ("smoothquant", "number_changed", "contradicted",
     "According to the SmoothQuant paper, GPTQ's low-bit kernel optimization targets only the OPT-66B model."),
    # quote: "Furthermore, its low-bit kernel optimization only targets the OPT-175B model (as stated in the
    #   README)."
    ("smoothquant", "direction_changed", "contradicted",
     "In initial SmoothQuant experiments, LLaMA models showed more severe activation outliers than OPT and "
     "BLOOM models."),
    # quote: "Through initial experiments, we find LLaMA models generally have less severe activation outlier
    #   issues compared to models like OPT and BLOOM."
    ("smoothquant", "condition_dropped", "partially_supported",
     "The SmoothQuant authors concede that GPTQ may perform better than their method because its process is "
     "highly memory-bounded."),
    # quote: "GPTQ may perform better at handling a small number of input tokens (1 in its experiments) since
    #   the process is highly memory-bounded."  (claim drops "at handling a small number of input tokens")
    ("smoothquant", "absent", "not_found",
     "On NVIDIA H100 GPUs, SmoothQuant-O3 gives a 2.1x speedup over FP16 for OPT-175B."),
    # grepped: "H100" -> no hits in smoothquant/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "To rule out software bugs as the cause of the outlier phenomena, the analysis covers transformers trained "
     "in three different software frameworks."),
    # quote: "To make sure that the observed phenomena are not due to bugs in software, we evaluate transformers
    #   that were trained in three different software frameworks."
    ("llm-int8", "paraphrase", "supported",
     "The fairseq models in the language-modeling setup were pretrained on Books, English Wikipedia, CC-News, "
     "OpenWebText, CC-Stories and English CC100."),
    # quote: "These transformers have been pretrained on Books [Zhu15], English Wikipedia, CC-News [Nag16],
    #   OpenWebText [Gok19], CC-Stories [Tri18a], and English CC100 [Wen20]."
    ("llm-int8", "paraphrase", "supported",
     "Drawing on insights from the LLM.int8() work, the parallel GLM-130B effort reaches 8-bit quantization "
     "with zero degradation."),
    # quote: "Another parallel work is GLM-130B which uses insights from our work to achieve zero-degradation
    #   8-bit quantization [Zen22]."
    ("llm-int8", "paraphrase", "supported",
     "The outlier analysis is also run in two inference software frameworks, namely Fairseq and Hugging Face "
     "Transformers."),
    # quote: "We also perform our analysis in two different inference software frameworks: Fairseq and Hugging
    #   Face Transformers [Wol19]."
    ("llm-int8", "number_changed", "contradicted",
     "Int8 multiplication for the feed-forward and attention projection layers cuts inference memory by a "
     "third while keeping full precision performance."),
    # quote: "We develop a procedure for Int8 matrix multiplication for feed-forward and attention projection
    #   layers in transformers, which cut the memory needed for inference by half while retaining full
    #   precision performance."
    ("llm-int8", "direction_changed", "contradicted",
     "The LLM.int8() paper names zeropoint quantization, not absolute maximum quantization, as the most "
     "commonly used technique."),
    # quote: "Absolute maximum quantization is the most commonly used technique."
    ("llm-int8", "condition_dropped", "partially_supported",
     "The LLM.int8() authors believe that billion-scale transformers can be quantized to bit widths below 8 "
     "bits."),
    # quote: "While we believe that lower than 8-bit width with some performance degradation is possible for
    #   billion-scale transformers, we focus on 8-bit transformers that do not degrade performance ..."
    #   (claim drops "with some performance degradation")
    ("llm-int8", "absent", "not_found",
     "Serving OPT-175B with LLM.int8() lowers its carbon footprint by about 40% compared with 16-bit inference."),
    # grepped: "carbon", "CO2", "emission" -> no hits in llm-int8/paper.md
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "T-ACE packs ternary weights together with their scale metadata and overlaps five-trit decoding with "
     "GEMM execution."),
    # quote: "T-ACE co-packs ternary weights with scale metadata and overlaps five-trit decoding with GEMM
    #   execution \cite{jung2026tace}."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In a 16 nm silicon prototype, VitaLLM pairs a multiplier-free ternary core with mixed-precision "
     "attention hardware."),
    # quote: "VitaLLM combines a multiplier-free ternary core with mixed-precision attention hardware in a 16 nm
    #   silicon prototype \cite{lin2026vitallm}."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "TENET skips computation when a whole group of weights is zero."),
    # quote: "TENET gates computation when an entire weight group is zero \cite{huang2025tenet}."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The study's EDA flow ships as a Docker image containing Yosys 0.33, OpenSTA 3.1.0, Icarus Verilog 12 "
     "and Nangate45."),
    # quote: "The EDA flow is packaged in a Docker image (Yosys~0.33, OpenSTA~3.1.0, Icarus Verilog~12,
    #   Nangate45)."
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "Every engine takes five weight positions and five 8-bit activations per cycle and accumulates a 32-bit "
     "row result."),
    # quote: "All engines accept one group of five weight positions and five 8-bit signed activations per cycle,
    #   sum the five signed contributions in the same signed adder tree, and accumulate a 24-bit row result,
    #   ..."
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The full-front decoded bitmap/sign engine is 5.9% larger than the five-trit engine."),
    # quote: "With that alignment included, the full-front decoded engine is 5.9\% larger than five-trit at
    #   relaxed clocks and reaches a 1.329\,ns minimum period."  (claim drops "at relaxed clocks")
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The exhaustive zero-count analysis of the 13 checkpoints took about 40 CPU-hours on a single workstation."),
    # grepped: "CPU-hour", "CPU hour", "workstation" -> no hits in paper.tex
]


# After the eleventh split's first run, ground-7 lowered the coverage a claim of ten content words or more needs
# for support from 75% to 65%, chosen on every fresh split at once (twelve of their items changed to right, none
# to a wrong support): from then on no fresh split's remainder is an estimate; the twelfth split is.
#
# The eleventh split, written like the tenth (32 claims, eight a paper, each decidable from one sentence, from
# parts of the papers earlier splits left alone: appendices, captions, broader impacts, related work) and
# labelled from the papers' text before any was run through Gate 1: the estimate for ground-7 (whose rules
# came from grounding_mutations.py, not from these claims). The first run had 12 of 32 right, with BM25 and
# with MiniLM ranking: one wrong support (the two sides of a 'while' swapped, AWQ and RTN), one dropped
# condition read as supported (an 'INT2' before a noun), two true claims partially supported ('On the
# negative side' taken for a condition), one changed number read as partially supported; the other misses
# are 'not found', most of them true paraphrases below the coverage threshold. The three ground-7 was then
# tuned on moved to PROBES (the fourth, 'On the positive side', still misses on a condition from the
# sentence read with it).
FRESH_11: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "Because the quantization function is non-differentiable, the AWQ authors cannot optimize their scaling "
     "objective directly with vanilla backpropagation."),
    # quote: "Since the quantization function is not differentiable, we are not able to directly optimize the problem
    #   with vanilla backpropagation."
    ("awq", "paraphrase", "supported",
     "The AWQ study leaves alternative data types such as FP4 out of scope, although its authors say switching "
     "data types might bring a further improvement."),
    # quote: "There might be a further improvement from changing data types (*e.g*., FP4 [Det22c]), which we do not
    #   include in the study."
    # (looked at while tuning ground-7: 'on the positive side' is no condition now; it still misses on 'with
    #   lower income' from the sentence before, read with it for its subject)
    ("awq", "paraphrase", "supported",
     "In AWQ's broader-impacts discussion, quantization is credited with lowering the cost and hardware barrier "
     "of deploying LLMs and with enabling edge inference, which addresses data privacy because data no longer "
     "has to be sent to the cloud."),
    # quote: "It reduces the costs and hardware barrier of deploying LLMs and facilitates edge inference of these
    #   models, addressing the data privacy issue (since we no longer need to send data to the cloud)."
    ("awq", "number_changed", "contradicted",
     "According to the AWQ paper, its system makes Llama-2-13B deployable on laptop RTX 4070 GPUs that have "
     "just 16GB of memory."),
    # quote: "AWQ also democratizes Llama-2-13B deployment on laptop GPUs (4070) with merely 8GB memory."
    #   (Figure 5 caption)
    ("awq", "absent", "not_found",
     "Running on an Apple M2 MacBook through Metal, AWQ-quantized Llama-2-7B reaches 40 tokens per second, the "
     "AWQ paper reports."),
    # grepped: "Apple", "MacBook", "Metal", "M2" -> no hits in awq/paper.md
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's appendix describes weight-only quantization as converting the quantized weights to FP16 on "
     "the fly for matmul at inference time, which can also give a speedup through reduced data loading, "
     "particularly in the generation stage with batch size 1."),
    # quote: "It converts the quantized weights to FP16 on the fly for matmul during inference and can also lead to
    #   speed up due to the reduced data loading, especially for the generation stage with batch size 1."
    ("smoothquant", "paraphrase", "supported",
     "According to SmoothQuant, chatbot-style applications must cope with long context lengths and may run in a "
     "batch setting."),
    # quote: "Applications like chatbots need to handle a long context length and potentially run under a batch
    #   setting."
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper observes that earlier works all quantize the activations of linear layers per token, "
     "even though this is only slightly better than per-tensor quantization and does not address the difficulty "
     "of activation quantization."),
    # quote: "Therefore, previous works all use per-token activation quantization for linear layers [Det22, Yao22],
    #   although they cannot address the difficulty of activation quantization (only slightly better than
    #   per-tensor)."
    ("smoothquant", "paraphrase", "supported",
     "Since instruction-tuned LLMs have an architecture that is not fundamentally different from vanilla LLMs "
     "and a very similar pre-training process, the SmoothQuant authors argue their method applies to "
     "instruction-tuned LLMs too."),
    # quote: "As the architecture of instruction-tuned LLMs is not fundamentally different from vanilla LLMs, and
    #   their pre-training processes are very similar, SmoothQuant is applicable to instruction-tuned LLMs as
    #   well."
    ("smoothquant", "number_changed", "contradicted",
     "For its LLaMA results, SmoothQuant was run with per-token activation quantization and a migration "
     "strength alpha of 0.9."),
    # quote: "We used per-token activation quantization and $\alpha$\=0.8 for SmoothQuant."  (Table 6 caption)
    ("smoothquant", "direction_changed", "contradicted",
     "The SmoothQuant paper states that in recent years GPU memory has been growing at a faster pace than the "
     "model size of large language models."),
    # quote: "The model size of large language models is developing at a faster pace than the GPU memory in recent
    #   years, leading to a big gap between the supply and demand for memory."  (Figure 1 caption)
    ("smoothquant", "condition_dropped", "partially_supported",
     "With SmoothQuant-O3 in FasterTransformer, OPT models run with similar or even faster inference while "
     "using only half the number of GPUs."),
    # quote: "For the bigger models (OPT-66B and 175B), we can achieve similar or even faster inference using only
    #   half number of GPUs."  (Figure 9 caption; claim drops "for the bigger models (OPT-66B and 175B)")
    ("smoothquant", "absent", "not_found",
     "On Intel Gaudi2 accelerators, SmoothQuant's W8A8 models run 1.4x faster than their BF16 counterparts."),
    # grepped: "Gaudi", "Habana", "BF16", whole-word "TPU" -> no hits in smoothquant/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s extended related work notes that sub-8-bit data types have usually been used for "
     "convolutional networks, to shrink their memory footprint and speed up inference on mobile devices while "
     "keeping model degradation minimal."),
    # quote: "Work that uses less than 8-bits for data types is usually for convolutional networks (CNNs) to reduce
    #   their memory footprint and increase inference speed for mobile devices while minimizing model
    #   degradation."
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() authors explain that Int8 multiplication for the attention function was not strictly "
     "needed, because their focus is a smaller memory footprint and the attention function has no parameters."),
    # quote: "Since our focus is on reducing the memory footprint and the attention function does not use any
    #   parameters, it was not strictly needed."
    ("llm-int8", "paraphrase", "supported",
     "The broader-impacts section of LLM.int8() expects that wide access to such large-scale models will likely "
     "affect society in both beneficial and harmful ways that are hard to predict."),
    # quote: "The widespread accessibility of such large-scale models will likely have both beneficial and
    #   detrimental effects on society that are difficult to predict."
    ("llm-int8", "paraphrase", "supported",
     "According to the LLM.int8() paper, Hugging Face relies on an optimized implementation that caches "
     "attention values."),
    # quote: "Hugging Face uses an optimized implementation with cached attention values."
    ("llm-int8", "number_changed", "contradicted",
     "For its 8-bit finetuning experiments, the LLM.int8() paper reports the median result over ten random "
     "seeds."),
    # quote: "We finetune with 5 random seeds and report median performance."
    ("llm-int8", "direction_changed", "contradicted",
     "Because distributed inference is communication dependent, the LLM.int8() authors expect the overall "
     "speedup and slowdown from Int8 inference to be larger there, not smaller."),
    # quote: "Since this type of inference is distributed and, as such, communication dependent, we expect the
    #   overall speedup and slowdown due to Int8 inference to be smaller since a large part of the overall
    #   inference runtime is the fixed communication overhead."
    ("llm-int8", "condition_dropped", "partially_supported",
     "The LLM.int8() outlier analysis finds outliers in all transformer layers and in roughly 75% of all "
     "sequence dimensions."),
    # quote: "Once the phase shift occurs, outliers are present in all layers and in about 75% of all sequence
    #   dimensions."  (Figure 3 caption; claim drops "once the phase shift occurs")
    ("llm-int8", "absent", "not_found",
     "On GSM8K, LLM.int8() keeps OPT-175B within one point of its 16-bit accuracy."),
    # grepped: "GSM8K", "grade school", "math word" -> no hits in llm-int8/paper.md
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "As the ternary-sparsity paper describes them, Sparse-BitNet and Sherry induce structured sparsity that "
     "suits hardware while the model is being trained."),
    # quote: "Sparse-BitNet and Sherry instead create hardware-friendly structured sparsity during training
    #   \cite{zhang2026sparsebitnet,huang2026sherry}."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "On CPUs, BITCOS found that a smaller representation can run slower once decoding, rather than memory "
     "bandwidth, becomes the bottleneck."),
    # quote: "BITCOS also shows on CPUs that a smaller representation can perform worse when decoding becomes the
    #   bottleneck instead of memory bandwidth \cite{georganas2026bitcos}."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The paper suggests that hardware meant to handle both low-zero and high-zero regimes may gain from "
     "supporting both the five-trit and the bitmap/sign formats."),
    # quote: "Hardware intended to cover both low- and high-zero regimes may therefore benefit from supporting both
    #   formats."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity study, the HBM2 memory-energy points are taken from a floorplan-based energy model, "
     "while the LPDDR4 point is derived from DramDSE modeling."),
    # quote: "The LPDDR4 point comes from DramDSE modeling, and the HBM2 points from a floorplan-based energy model
    #   \cite{ha2018dram,oconnor2017fgdram}."
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In Architecture B, a loader repacks the byte-packed bitmap into the five-bit presence memory, turning every "
     "five input bytes into ten five-bit words."),
    # quote: "A loader repacks this byte-packed bitmap into the memory (five input bytes become eight five-bit
    #   words)."
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The paper concludes that natural sparsity changes the arithmetic performed by the core more than it "
     "changes the weight representation."),
    # quote: "Natural sparsity therefore changes the weight representation more than the arithmetic performed by
    #   the core."
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The bitmap/sign design has to be supplied with row-start sign pointers or equivalent metadata or control."),
    # quote: "If arbitrary row access is required, row-start sign pointers or equivalent metadata/control must be
    #   supplied."  (claim drops "if arbitrary row access is required")
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "Across the 13 analyzed checkpoints, the ternary-sparsity paper finds that models with more natural zeros "
     "score lower on MMLU."),
    # grepped: "MMLU", "accuracy", "perplexity", "downstream" -> no hits in natural-sparsity-ternary-llms/paper.tex
]


# The twelfth split, written like the eleventh (32 claims, eight a paper, each decidable from one sentence, mostly
# from method, setup and results sections no earlier split used) and labelled from the papers' text before any was
# run through Gate 1: the estimate for ground-7 after its long-claim coverage was chosen on the earlier splits.
# The first run had 22 of 32 right (the best first run yet): two dropped conditions read as supported ('an LLM's'
# for 'OPT-175B', 'most aggressive' taken for a quantifier; a leading 'once ...' condition after 'We can see'),
# both fixed and moved to PROBES; one true paraphrase contradicted ('avoid' read against a negation); the other
# misses 'not found'. The remainder, 22 of 30, is the estimate for ground-7.
FRESH_12: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ serving framework relies on kernel fusion to minimize inference overheads such as intermediate DRAM "
     "access and kernel launches, so that the speedup from quantizing linear layers, which make up most of the "
     "parameters, is better realized."),
    # quote: "Our framework takes advantage of kernel fusion to minimize the inference overhead (*e.g*., intermediate
    #   DRAM access and kernel launch overhead), so that we can better realize the speed up from quantizing linear
    #   layers (AWQ is applied to linear layers which consist most of the parameters)."
    ("awq", "paraphrase", "supported",
     "Because AWQ does not overfit the calibration set, the paper says it can be applied directly to VLMs to give "
     "accurate and efficient quantization."),
    # quote: "Since our method does not have the overfitting issue to the calibration set, it can be directly applied
    #   to VLMs to provide accurate and efficient quantization."
    ("awq", "paraphrase", "supported",
     "AWQ additionally clips the weights, again by minimizing the MSE error, since clipping further shrinks the "
     "new quantization scaler of Equation 2 and thereby lowers the quantization error."),
    # quote: "We further apply weight clipping also by minimizing the MSE error, since clipping the weights can
    #   further help to reduce $\Delta^{ {}^{\prime}}$ in Equation [2](#S2.E2 ...); thus reducing quantization
    #   error."
    ("awq", "paraphrase", "supported",
     "The AWQ paper notes that weight importance is commonly judged by magnitude or L2-norm."),
    # quote: "A widely used method to determine the importance of weights is to look at its magnitude or
    #   $L_{2}$-norm [Han15a, Fra18]."
    ("awq", "number_changed", "contradicted",
     "To test the salient-weight idea, the AWQ authors benchmark INT4-quantized models while keeping some ratios "
     "of weight channels in FP16."),
    # quote: "We measured the performance of INT3 quantized models while keeping some ratios of weight channels in
    #   FP16."  (INT3 changed to INT4)
    ("awq", "direction_changed", "contradicted",
     "According to the AWQ paper, the computation its post-training quantization needs is generally heavy, "
     "because the method relies on backpropagation."),
    # quote: "The computation requirement is generally modest since we do not rely on any backpropagation."
    #   (Appendix B; modest -> heavy, "do not rely" -> "relies")
    ("awq", "condition_dropped", "partially_supported",
     "AWQ's error analysis observes that scaling up weights usually leaves the extreme value of their group "
     "unchanged."),
    # quote: "(2) Scaling up a single element $w$ usually does not change the extreme value from the group
    #   $\mathbf{w}$."  (claim drops "a single element"; the paper only says this for one scaled element)
    ("awq", "absent", "not_found",
     "The AWQ paper also quantizes Mistral-7B and Mixtral-8x7B to INT4, losing less than 0.1 perplexity."),
    # grepped: "Mistral", "Mixtral" -> no hits in awq/paper.md
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant explains that quantizing both weights and activations to low-bit integers lowers GPU memory "
     "requirements in size as well as bandwidth, and speeds up compute-intensive operations such as GEMM in "
     "linear layers and BMM in attention."),
    # quote: "By quantizing the *weights and activations* with low-bit integers, we can reduce GPU memory
    #   requirements, in size and bandwidth, and accelerate compute-intensive operations (i.e., GEMM in linear
    #   layers, BMM in attention)."
    ("smoothquant", "paraphrase", "supported",
     "For better hardware support and efficiency, SmoothQuant studies integer uniform quantization, specifically "
     "INT8."),
    # quote: "We study integer uniform quantization [Jac18] (specifically INT8) for better hardware support and
    #   efficiency."
    ("smoothquant", "paraphrase", "supported",
     "According to SmoothQuant, linear layers account for most of an LLM's parameters and computation."),
    # quote: "Linear layers take up most of the parameters and computation of LLM models."
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's related work says Outlier Suppression succeeds only on small language models such as BERT and "
     "BART and fails to keep the accuracy of LLMs."),
    # quote: "However, it only succeeds on small language models such as BERT [Dev19a] and BART [Lew19] and fails to
    #   maintain the accuracy for LLMs ([Table 4](#table-04))."  ("it" = Outlier Suppression [Wei22], named in the
    #   sentence before)
    ("smoothquant", "number_changed", "contradicted",
     "With SmoothQuant-O3 running in FasterTransformer, the memory needed shrinks by a factor of almost 4x, the "
     "SmoothQuant paper reports."),
    # quote: "The amount of memory needed when using SmoothQuant-O3 in FasterTransformer is reduced by a factor of
    #   almost 2$\times$, as shown on [Figure 9](#figure-09) (bottom)."
    ("smoothquant", "direction_changed", "contradicted",
     "In SmoothQuant's migration-strength ablation, a too small alpha (<0.4) makes the weights hard to quantize, "
     "while a too large alpha (>0.6) makes the activations hard to quantize."),
    # quote: "When $\alpha$ is too small (<0.4), the activations are hard to quantize; when $\alpha$ is too large
    #   (>0.6), the weights will be hard to quantize."  (sides swapped)
    ("smoothquant", "absent", "not_found",
     "SmoothQuant also reports W8A8 results for Falcon-40B and Mistral-7B that match FP16 perplexity on "
     "WikiText-2."),
    # grepped: "Falcon", "Mistral" -> no hits in smoothquant/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "When measuring what zeroing the outlier features does to attention, the LLM.int8() authors treat every layer "
     "independently, forwarding the regular softmax probabilities so that errors do not cascade and the effects "
     "of the outlier features are isolated."),
    # quote: "We do this for all layers independently, meaning we forward the regular softmax probabilities values to
    #   avoid cascading errors and isolate the effects due to the outlier features."
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8() combines absmax vector-wise quantization with mixed-precision decomposition."),
    # quote: "The LLM.int8() method is the combination of absmax vector-wise quantization and mixed precision
    #   decomposition."
    ("llm-int8", "paraphrase", "supported",
     "In the LLM.int8() experiments, what matters is not how well a quantization method does on one particular "
     "model but the trend of its performance as models are scaled."),
    # quote: "The key question is not how well a quantization method performs for a particular model but the trend
    #   of how such a method performs as we scale."
    ("llm-int8", "paraphrase", "supported",
     "According to LLM.int8(), there is nothing sudden about emergence, and emergent features might be detected "
     "before a phase shift occurs by studying exponential trends in smaller models."),
    # quote: "This indicates that there is nothing sudden about emergence and that we might be able to detect
    #   emergent features before a phase shift occurs by studying exponential trends in smaller models."
    ("llm-int8", "number_changed", "contradicted",
     "LLM.int8()'s outlier feature analysis tests models up to a scale of 30B parameters."),
    # quote: "We test models up to a scale of 13B parameters."  (Section 4.1; 13B changed to 30B)
    ("llm-int8", "direction_changed", "contradicted",
     "The LLM.int8() paper concludes that mere model size, rather than model perplexity, determines the phase "
     "shift."),
    # quote: "This indicates that model perplexity rather than mere model size determines the phase shift."
    #   (sides of the comparison swapped)
    ("llm-int8", "absent", "not_found",
     "LLM.int8() is compared head-to-head with GPTQ on LLaMA-65B and comes out ahead on MMLU."),
    # grepped: "GPTQ", "LLaMA", "MMLU" -> no hits in llm-int8/paper.md
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Fed from memory, the five-trit engine needs nothing beyond a byte address counter, since the memory output "
     "register holds the current group's byte and drives the decoder directly."),
    # quote: "When fed from memory, the engine needs only a byte address counter: the memory output register holds
    #   the current group's byte and drives the decoder directly."  (Five-trit baseline subsection)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Per cycle, the fused bitmap/sign engine takes five presence bits and zero to five sign bits."),
    # quote: "Each cycle takes five presence bits and between zero and five sign bits."  (Fused bitmap/sign engine
    #   subsection)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The study assessed its two decoded bitmap/sign variants for area and timing only."),
    # quote: "Both decoded variants were evaluated for area and timing only."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In Architecture B the sign stream stays compact and continuous, whereas each row's presence bits are padded "
     "with zeros to a multiple of five before being packed into bytes."),
    # quote: "Each row's presence bits are zero-padded to a multiple of five before byte packing; the sign stream
    #   remains compact and continuous."  (Architecture B paragraph)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In Architecture A, every row needs a start cycle followed by two idle prefill cycles, after which the design "
     "sustains one group per cycle without stalls for any weight pattern."),
    # quote: "Rows start at arbitrary bit addresses, a start cycle followed by one idle prefill cycle is needed per
    #   row, and the design sustains one group per cycle with no stalls for any weight pattern."
    #   (Architecture A paragraph; one prefill cycle changed to two)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The ternary-sparsity paper concludes that fusion is required for the bitmap/sign timing advantage over "
     "five-trit."),
    # quote: "Fusion is therefore not required for the timing advantage over five-trit."
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "In the natural-sparsity study, Architecture B's loader stays idle during inference."),
    # quote: "If the compressed weights remain resident in on-chip banks (five-bit presence words and byte-wide
    #   signs), the loader is idle during inference (``B resident'')."  (claim drops the resident-weights
    #   condition; when weights are streamed the loader runs at the stream rate)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The engines were also synthesized in a TSMC 28 nm library, where the bitmap/sign engine ended up smaller "
     "than five-trit."),
    # grepped: "TSMC", "28 nm", "28\,nm", "28nm", "commercial" -> no hits in paper.tex (only Nangate45 is used)
]


# The thirteenth split, written like the twelfth (32 claims, eight a paper, each decidable from one sentence, mostly
# from related work, limitations, broader impacts, appendices, captions and setup details that no earlier split or
# PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl) and labelled from the papers' text
# before any was run through Gate 1: the estimate for ground-8 (its own-method and report-frame rules in place).
# The first run had 20 of 32 right, BM25 and MiniLM alike: two wrong 'supported' (a direction change through
# 'cheaper and easier', below the long-claim coverage; a dropped 'when ...' clause whose words the claim says
# elsewhere), one true paraphrase contradicted ('impossible' against 'not possible'); those three were tuned on
# and moved to PROBES. The other misses are 'not found'. The remainder, 20 of 29, was the estimate for ground-8
# before its misses were read too and ground-8 tuned on four of them (23 of 29 after): the fourteenth split,
# written before that tuning and run after it, is the estimate now.
FRESH_13: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ paper acknowledges that, besides accuracy, LLM benchmarking has other important metrics such as "
     "robustness, fairness, bias, toxicity, helpfulness and calibration."),
    # quote: "However, besides accuracy, there are other important metrics for LLM benchmark like robustness, fairness,
    #   bias, toxicity, helpfulness, calibration, *etc*. [Lia22]."  (Appendix A, Limitations)
    ("awq", "paraphrase", "supported",
     "AWQ's related work sorts quantization techniques into two general categories: quantization-aware training, "
     "which relies on backpropagation to update the quantized weights, and post-training quantization, which is "
     "usually training-free."),
    # quote: "Quantization techniques generally fall into two categories: quantization-aware training (QAT, which
    #   relies on backpropagation to update the quantized weights) [Ben13, Gho21a, Nag21, Cho18a] and post-training
    #   quantization [Ben18, Nag19a, Nag20] (PTQ, usually training-free)."
    ("awq", "paraphrase", "supported",
     "The AWQ appendix concedes that its scaling-based method can protect only one salient channel for each group."),
    # quote: "However, such a scaling-based method can only protect *one* salient channel for *each group*."
    #   (Appendix C; "such a scaling-based method" = "Our method", named in the sentences before)
    ("awq", "paraphrase", "supported",
     "AWQ's evaluation concentrates on LLaMA and Llama-2 because these models perform better than other open-source "
     "LLMs and are the foundation of many popular open-source models."),
    # quote: "We focus our study on LLaMA models (LLaMA [Tou23] and Llama-2 [Tou23a]) due to their superior performance
    #   compared to other open-source LLMs [Zha22a, Les23]; it is also the foundation of many popular open-source
    #   models [Tao23, Chi23a]."
    ("awq", "number_changed", "contradicted",
     "AWQ's speed benchmarks were run on an RTX 4090 desktop GPU, an RTX 3070 laptop GPU and a Jetson Orin mobile "
     "GPU."),
    # quote: "We conduct benchmarking experiments on RTX 4090 (desktop GPU), RTX 4070 (laptop GPU) and Jetson Orin
    #   (mobile GPU)."  (RTX 4070 changed to RTX 3070)
    ("awq", "direction_changed", "contradicted",
     "Citing previous work, the AWQ paper states that grouped quantization always hurts the performance/model-size "
     "trade-off."),
    # quote: "As shown in previous work [Det22c, Fra22], grouped quantization is always helpful for improving
    #   performance/model size trade-off."  (helpful for improving -> hurts)
    ("awq", "condition_dropped", "partially_supported",
     "On the Jetson Orin, AWQ's system achieves an interactive processing rate of 33 tokens per second."),
    # quote: "As shown in [Figure 5](#figure-05)(b), our system achieves an interactive processing rate of 33 tokens per
    #   second when running Llama-2 models."  (claim drops "when running Llama-2 models"; on the same Orin, MPT-30B
    #   runs at 7.8 tokens per second; the Orin is named in the sentence before)
    ("awq", "absent", "not_found",
     "The AWQ paper runs INT4 Llama-2-7B on a Snapdragon 8 Gen 2 smartphone at 12 tokens per second."),
    # grepped: "Snapdragon", "smartphone", "Android", whole-word "phone" -> no hits in awq/paper.md (the only
    #   "Qualcomm" is the Qualcomm Innovation Fellowship in the acknowledgements)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's related work notes that ZeroQuant and nuQmm quantize LLMs with a per-token and group-wise scheme "
     "that requires customized CUDA kernels."),
    # quote: "ZeroQuant [Yao22] and nuQmm [Par22] use a per-token and group-wise quantization scheme for LLMs, which
    #   requires customized CUDA kernels."
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant authors tried to compare their method with GPTQ but found it difficult because of different "
     "implementations."),
    # quote: "Firstly, we were trying to compare our method with GPTQ [Fra22] but found it difficult due to different
    #   implementations."  (Appendix A)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's evaluation focuses on the relative performance change before and after quantization, not on the "
     "absolute value."),
    # quote: "Note that we focus on the *relative* performance change before and after quantization but not the
    #   absolute value."  (Models and datasets)
    ("smoothquant", "paraphrase", "supported",
     "In SmoothQuant, the smoothing factor s is obtained on calibration samples and the whole transformation is "
     "performed offline."),
    # quote: "The smoothing factor $s$ is obtained on calibration samples and the entire transformation is performed
    #   offline."  (Figure 5 caption)
    ("smoothquant", "number_changed", "contradicted",
     "For instruction-tuned LLMs, SmoothQuant is tested on the OPT-IML-175B model using the WikiText-2 and LAMBADA "
     "datasets."),
    # quote: "We test SmoothQuant on the OPT-IML-30B model using the WikiText-2 and LAMBADA datasets."
    #   (OPT-IML-30B changed to OPT-IML-175B)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The SmoothQuant paper shows that its method can quantize all existing open LLMs."),
    # quote: "In [Table 4](#table-04), we show SmoothQuant can quantize all existing open LLMs beyond 100B
    #   parameters."  (claim drops "beyond 100B parameters")
    ("smoothquant", "absent", "not_found",
     "SmoothQuant's W8A8 quantization keeps StarCoder's HumanEval pass@1 within one point of FP16."),
    # grepped: "StarCoder", "HumanEval", "pass@1", "CodeGen", whole-word "code" -> no hits in smoothquant/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s additional related work lists Q8BERT, QBERT, product quantization with quantization noise, "
     "TernaryBERT and BinaryBERT as versions of 8-bit BERT/RoBERTa."),
    # quote: "Versions of 8-bit BERT/RoBERTa include Q8BERT [Zaf19], QBERT [She20], product quantization with
    #   quantization noise [Fan20], TernaryBERT [Zha20], and BinaryBERT [Bai21]."  (Appendix B)
    ("llm-int8", "paraphrase", "supported",
     "While nuQmm and ZeroQuant both aim to accelerate inference and reduce the memory footprint, LLM.int8() focuses "
     "on preserving predictive performance under an 8-bit memory footprint."),
    # quote: "Both nuQmm and ZeroQuant aim to accelerate inference and reduce the memory footprint while we focus on
    #   preserving predictive performance under an 8-bit memory footprint."
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() authors believe that many insights from Int8 data types will translate directly to FP8 data "
     "types."),
    # quote: "However, we also believe many insights from Int8 data types will directly translate to FP8 data types."
    #   (Discussion and Limitations)
    ("llm-int8", "number_changed", "contradicted",
     "In LLM.int8()'s matrix multiplication benchmarks of GPT-3 feed-forward layers, the hidden dimension is 8x the "
     "model dimension."),
    # quote: "The hidden dimension is 4x the model dimension."  (Table 5 caption; 4x changed to 8x)
    ("llm-int8", "direction_changed", "contradicted",
     "In the BLOOM-176B GPU ablation, LLM.int8() reaches a performance similar to the native model but needs more "
     "GPUs than the native model to do so."),
    # quote: "Our method reaches a similar performance to the native model by fitting into fewer GPUs than the native
    #   model."  (Table 6 caption; fewer GPUs -> more GPUs)
    ("llm-int8", "condition_dropped", "partially_supported",
     "Through its Hugging Face Transformers integration, LLM.int8() is made available to all hosted Hugging Face "
     "models."),
    # quote: "We open-source our software [+2] and release a Hugging Face Transformers [Wol19] integration making our
    #   method available to all hosted Hugging Face Models that have linear layers."  (claim drops "that have linear
    #   layers")
    ("llm-int8", "absent", "not_found",
     "On AMD MI250 GPUs with ROCm, LLM.int8() runs OPT-66B at the same per-token latency as 16-bit inference."),
    # grepped: whole-word "AMD", "ROCm", "MI250", "MI200" -> no hits in llm-int8/paper.md
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper cites software runtimes such as bitnet.cpp as showing that specialized ternary "
     "kernels can provide substantial inference benefits on conventional processors."),
    # quote: "Software runtimes such as bitnet.cpp further show that specialized ternary kernels can provide substantial
    #   inference benefits on conventional processors \cite{wang2025bitnetcpp}."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "SparseBits, as the related work describes it, combines learned sparsification, block scheduling, bitmap "
     "encoding and an accelerator for BitNet's ternary layers."),
    # quote: "SparseBits combines learned sparsification, block scheduling, bitmap encoding, and an accelerator for
    #   BitNet's ternary layers \cite{song2026sparsebits}."
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The study concedes that a modern node, layout or a different library could shift its percentages, while the "
     "structural fact that the five-trit zero code already gates the adder tree does not depend on them."),
    # quote: "A modern node, layout, or a different library could shift the percentages; the structural fact that the
    #   five-trit zero code already gates the adder tree does not depend on them."  (Limitations)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "According to the paper, a similar outcome, limited energy savings from bitmap-gated lanes because of bitmap and "
     "storage overheads, has been reported for pruned neuromorphic cores."),
    # quote: "A similar outcome, limited energy savings from bitmap-gated lanes because of bitmap and storage overheads,
    #   has been reported for pruned neuromorphic cores \cite{westerink2026sparsitytax}."
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "The exact analysis of the packed BitNet b1.58 2B4T checkpoint covers the seven ternary weight matrices in each "
     "of its 32 layers."),
    # quote: "I analyzed the packed deployment checkpoint of \texttt{microsoft/bitnet-b1.58-2B-4T}, restricted to the
    #   seven ternary weight matrices in each of its 30 layers (attention query, key, value and output; feed-forward
    #   gate, up and down)."  (30 layers changed to 32)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The paper's discussion finds that feeding separate presence and variable-rate sign streams reduces area and "
     "energy."),
    # quote: "Feeding separate presence and variable-rate sign streams then adds area and energy."  (Discussion;
    #   adds -> reduces)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The study finds that the token-embedding matrices of the analyzed ternary checkpoints contain about 35% natural "
     "zeros."),
    # grepped: "embedding", "embed", "vocab" -> no hits in natural-sparsity-ternary-llms/paper.tex (only the
    #   non-ternary output layer is counted, as a weight read)
]


# The fourteenth split, written like the thirteenth (32 claims, eight a paper, each decidable from one sentence, mostly
# from results, analysis, captions and experiment-setup sentences that no earlier split or PROBES used, checked by
# phrase search over make_labelled.py, labelled.jsonl and the thirteenth as drafted) and labelled from the papers' text
# before any was run through Gate 1: the estimate for ground-8 after its tuning on the thirteenth.
# The first run had 25 of 32 right, the best first run yet (BM25 and MiniLM alike): one wrong 'supported'
# ('lengthen' for 'shorten', an antonym pair not known), one true paraphrase read as partially supported (a
# reason read into a condition); both tuned on and moved to PROBES. The other misses are 'not found'. The
# remainder, 25 of 30, is the estimate for ground-8.
FRESH_14: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ paper describes GPTQ, the closest prior work, as using second-order information to perform error "
     "compensation."),
    # quote: "The closest work is GPTQ [Fra22], which uses second-order information to perform error compensation."
    #   (Introduction)
    ("awq", "paraphrase", "supported",
     "According to AWQ's visual reasoning results, AWQ improves the visual reasoning ability of VLMs by reducing "
     "factual errors in their responses, whereas RTN is not good enough even for 4 bits."),
    # quote: "AWQ improves the visual reasoning ability of VLMs by reducing factual errors in the responses; RTN is not
    #   good enough even for 4 bits."  (Visual reasoning results)
    ("awq", "paraphrase", "supported",
     "To demonstrate the method's generability, AWQ is further benchmarked on the instruction-tuned model Vicuna and "
     "on the visual language models OpenFlamingo-9B and LLaVA-13B."),
    # quote: "We further benchmark an instruction-tuned model Vicuna [Chi23a] and visual language models OpenFlamingo-9B
    #   [Awa23] and LLaVA-13B [Liu23j] to demonstrate the generability of our method."  (Settings, Models)
    ("awq", "number_changed", "contradicted",
     "OPT-13B under INT3-g128 quantization is the model used for all of AWQ's calibration-set experiments in "
     "Figure 6."),
    # quote: "All experiments are done with the OPT-6.7B model under INT3-g128 quantization."  (Figure 6 caption;
    #   OPT-6.7B changed to OPT-13B, a model the paper never names)
    ("awq", "direction_changed", "contradicted",
     "In AWQ's calibration-distribution study, using the same calibration and evaluation distribution (PubMed-PubMed, "
     "Enron-Enron) works the worst overall."),
    # quote: "Overall, using the same calibration and evaluation distribution works the best (PubMed-PubMed,
    #   Enron-Enron)."  (Figure 6 caption and Section 3.3; best -> worst)
    ("awq", "condition_dropped", "partially_supported",
     "AWQ's error analysis concludes that, as long as the new quantization scaler stays about equal to the original "
     "one, the relative error is smaller for the salient weight."),
    # quote: "Given $\Delta^{ {}^{\prime}}\approx\Delta$ and $s>1$, the relative error is smaller for the salient
    #   weight $w$."  (claim drops "and s>1"; the error ratio is Delta'/Delta * 1/s, so with s<1 it grows)
    ("awq", "absent", "not_found",
     "AWQ-quantized Llama-2-13B keeps its accuracy on the Chinese C-Eval benchmark within one point of FP16."),
    # grepped: "C-Eval", "CMMLU", "Chinese", "multilingual" -> no hits in awq/paper.md
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper reports that its method can handle the quantization of very large LLMs, whose activations "
     "are harder to quantize."),
    # quote: "SmoothQuant can handle the quantization of very large LLMs, whose activations are more difficult to
    #   quantize."  (Results of OPT-175B)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant is implemented with two backends: PyTorch Huggingface for the proof of concept and FasterTransformer "
     "as an example of a high-performance framework used in production environments."),
    # quote: "We implement SmoothQuant with two backends: (1) PyTorch Huggingface [+3] for the proof of concept, and (2)
    #   FasterTransformer [+4], as an example of a high-performance framework used in production environments."
    ("smoothquant", "paraphrase", "supported",
     "For the ZeroQuant baseline, the SmoothQuant authors also tried leaving the self-attention input activation in "
     "FP16 and quantizing the rest to INT8, which is ZeroQuant's solution for GPT-NeoX-20B."),
    # quote: "\*For ZeroQuant, we also tried leaving the input activation of self-attention in FP16 and quantizing the
    #   rest to INT8, which is their solution to the GPT-NeoX-20B."  (Table 3 caption)
    ("smoothquant", "paraphrase", "supported",
     "According to SmoothQuant's Table 4, the 3 largest openly available LLMs can be quantized into INT8 without "
     "degrading the accuracy."),
    # quote: "We can quantize the 3 largest, openly available LLM models into INT8 without degrading the accuracy."
    #   (Table 4 caption)
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant's OPT-175B results benchmark 7 zero-shot tasks, reported as average accuracy, and 3 language "
     "modeling benchmarks, reported as perplexity."),
    # quote: "We extensively benchmark the performance on 7 zero-shot benchmarks (by reporting the average accuracy) and
    #   1 language modeling benchmark (perplexity)."  (Table 3 caption; 1 changed to 3)
    ("smoothquant", "direction_changed", "contradicted",
     "In SmoothQuant's PyTorch ablation of quantization schemes, the coarser the quantization granularity (from O1 to "
     "O3), the higher the latency."),
    # quote: "We can see that the coarser the quantization granularity (from O1 to O3), the lower the latency."
    #   (Ablation Study, Quantization schemes; lower -> higher)
    ("smoothquant", "condition_dropped", "partially_supported",
     "In SmoothQuant's Table 4 comparison of different LLMs, the average accuracy is shown on WinoGrande, HellaSwag, "
     "PIQA and LAMBADA."),
    # quote: "For OPT-175B and BLOOM-176B, we show the average accuracy on WinoGrande, HellaSwag, PIQA, and LAMBADA."
    #   (Table 4 caption; claim drops "for OPT-175B and BLOOM-176B"; GLM-130B is shown on LAMBADA, MMLU, MNLI, QNLI)
    ("smoothquant", "absent", "not_found",
     "Flan-T5-XXL keeps its accuracy within 0.5% of FP16 under SmoothQuant's W8A8 quantization."),
    # grepped: whole-word "T5", "Flan", "encoder-decoder" -> no hits in smoothquant/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper identifies the core reason quantization methods fail starting at the 6.7B scale: the range "
     "of the quantization distribution is too large, so most quantization bins are empty and small quantization "
     "values are quantized to zero, essentially extinguishing information."),
    # quote: "This is the core reason why quantization methods fail starting at the 6.7B scale – the range of the
    #   quantization distribution is too large so that most quantization bins are empty and small quantization values
    #   are quantized to zero, essentially extinguishing information."
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() authors hypothesize that model size is only one important covariate among many required to "
     "reach emergence."),
    # quote: "We hypothesize that model size is only one important covariate among many that are required to reach
    #   emergence."
    ("llm-int8", "paraphrase", "supported",
     "Since the outliers have mostly asymmetric distributions across the sequence dimension, the LLM.int8() appendix "
     "explains, these outlier dimensions disrupt symmetric absmax quantization and favor asymmetric zeropoint "
     "quantization."),
    # quote: "Because the outliers have mostly asymmetric distributions across the sequence dimension $s$, these outlier
    #   dimensions disrupt symmetric absmax quantization and favor asymmetric zeropoint quantization."  (Appendix C)
    ("llm-int8", "paraphrase", "supported",
     "Validation data of the C4 corpus, a subset of the Common Crawl corpus, is where LLM.int8() measures the 8-bit "
     "transformer's perplexity to evaluate the language modeling degradation after Int8 quantization."),
    # quote: "To evaluate the language modeling degradation after Int8 quantization, we evaluate the perplexity of the
    #   8-bit transformer on validation data of the C4 corpus [Raf19] which is a subset of the Common Crawl corpus."
    #   (Experimental Setup)
    ("llm-int8", "number_changed", "contradicted",
     "LLM.int8()'s layer threshold for detecting an outlier feature is set so as to limit detection to a single "
     "outlier in the smallest model, which has 350M parameters."),
    # quote: "As such, we set our threshold for how many layers need to be affected to detect an outlier feature in such
    #   a way as to limit detection to a single outlier in our smallest model with 125M parameters."  (125M -> 350M)
    ("llm-int8", "direction_changed", "contradicted",
     "LLM.int8()'s outlier summary statistics show that the lower the C4 validation perplexity, the fewer outliers "
     "are present."),
    # quote: "We can see that the lower the C4 validation perplexity, the more outliers are present."  (Table 4
    #   caption, Appendix C; more -> fewer)
    ("llm-int8", "condition_dropped", "partially_supported",
     "In the LLM.int8() analysis, outlier features are probabilistic: they occur sometimes in some layers for each "
     "sequence."),
    # quote: "On the other hand, they are probabilistic in small models: they occur sometimes in some layers for each
    #   sequence."  (claim drops "in small models"; in large models they are systematic, per the sentence before)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper fine-tunes OPT-66B in 8-bit with LoRA adapters and matches the quality of 16-bit "
     "fine-tuning."),
    # grepped: whole-word "LoRA", "adapter", "low-rank" -> no hits in llm-int8/paper.md (its 8-bit finetuning is
    #   RoBERTa-large on GLUE only)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the matched area comparison, the lookup tables of the five-trit decoder are counted as mapped gates."),
    # quote: "The five-trit decoder's lookup tables are included as mapped gates."  (Matched clock period and area)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity study left out the ParetoQ 1.5B checkpoint because accessing it required an accepted "
     "license."),
    # quote: "That checkpoint was excluded from this study because access required an accepted license."
    #   (Exact checkpoint statistics; "That checkpoint" = the quantization-aware ParetoQ 1.5B model, named in the
    #   sentence before)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the synthetic switching-energy workloads, each weight is independently zero with a target probability of "
     "0.20, 0.30, 0.4221, 0.50, 0.60 or 0.70 and otherwise +1 or -1 with equal probability, and the seeded 0.4221 "
     "workload realized 0.4225."),
    # quote: "Synthetic rows make each weight independently zero with target probability
    #   $z\in\{0.20,0.30,0.4221,0.50,0.60,0.70\}$ and otherwise $\pm1$ with equal probability; the seeded $z=0.4221$
    #   workload realized $z=0.4225$."  (Methodology, Switching energy)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The paper cautions that the resident Architecture B's small total-energy margin is within the uncertainty of "
     "the flow and assumes that a five-bit-wide memory costs the same per bit as a byte-wide one."),
    # quote: "This margin is within the uncertainty of the flow and assumes that a five-bit-wide memory costs the same
    #   per bit as a byte-wide one."  ("This margin" = the resident case's 0.8-2.1% lower total energy at 1.6 ns, the
    #   sentence before)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "For the switching-energy study, the five-trit and direct engines were simulated at gate level on 48 real weight "
     "rows sampled from the BitNet checkpoint (43.87% zeros) and on synthetic rows with 20% to 70% zeros."),
    # quote: "The five-trit and direct engines, plus a variant of the direct engine that also blocks the sign bit of
    #   zero lanes, were simulated at gate level on 24 real weight rows sampled from the BitNet checkpoint (43.87\%
    #   zeros) and on synthetic rows with zero densities from 20\% to 70\%, all with the same synthetic 8-bit
    #   activations."  (24 rows changed to 48)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "According to the discussion, models near the threshold have little or no benefit, while the higher-zero CAT-Q "
     "Qwen3 models benefit more."),
    # quote: "This explains the two regimes in the measured checkpoints: models near the threshold have little or no
    #   benefit, while higher-zero CAT-Q Qwen3 models benefit more when weights are read from expensive off-chip
    #   memory."  (claim drops "when weights are read from expensive off-chip memory"; with the 32 KB SRAM point the
    #   bitmap/sign design still costs 7.6% more at z=0.50)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The study sweeps the supply voltage from 0.9 V to 1.1 V and finds that the bitmap/sign engine's energy "
     "disadvantage shrinks at lower voltage."),
    # grepped: "voltage", "DVFS", "1.1 V", "0.9 V" -> no hits in natural-sparsity-ternary-llms/paper.tex ("supply"
    #   occurs only as the verb, supplying weights from memory)
]


# The fifteenth split, written like the fourteenth (32 claims, eight a paper, each decidable from one sentence that no
# earlier split or PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl), with two direction
# changes a paper, made through words other than better/worse or higher/lower, to test direction words; labelled from
# the papers' text before any was run through Gate 1: the estimate for ground-8 after its tuning on the fourteenth.
# The first run had 20 of 32 right (BM25 and MiniLM alike), with four wrong 'supported', all direction changes
# through words the antonym list lacked ('straightforward' for 'hard', 'static' for 'dynamic', 'rare' for
# 'ubiquitous', 'fades' for 'grows'); those four were tuned on and moved to PROBES. The other misses: five
# 'not found' (four direction changes read too little to contradict, a changed number in a caption), two
# paraphrases partially supported, one not found. The remainder, 20 of 28, is the estimate for ground-8.
FRESH_15: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ authors hypothesize that input features with larger magnitudes are generally more important."),
    # quote: "We hypothesize that the input features with larger magnitudes are generally more important."
    #   (Section 2.1)
    ("awq", "paraphrase", "supported",
     "According to the AWQ paper, AWQ outperforms existing methods under zero-shot and various few-shot settings, "
     "demonstrating its generability to different modalities and in-context learning workloads."),
    # quote: "AWQ outperforms existing methods under zero-shot and various few-shot settings, demonstrating the
    #   generability to different modalities and in-context learning workloads."  (Quantization of multi-modal
    #   language models; the same sentence is in the Table 5 caption)
    ("awq", "paraphrase", "supported",
     "The AWQ paper focuses on low-bit weight-only quantization because this setting not only reduces the hardware "
     "barrier, requiring a smaller memory size, but also speeds up token generation by remedying the memory-bound "
     "workload."),
    # quote: "We focus on the second setting in this work since it not only reduces the hardware barrier (requiring a
    #   smaller memory size) but also speeds up the token generation (remedies memory-bound workload)."  (Related
    #   work; "the second setting" = "(2) Low-bit weight-only quantization (*e.g*., W4A16)", the sentence before)
    ("awq", "number_changed", "contradicted",
     "AWQ's Table 1 salient-weight experiments use INT3 quantization with a group size of 64 and measure WikiText "
     "perplexity."),
    # quote: "We used INT3 quantization with a group size of 128 and measured the WikiText perplexity ($\downarrow$)."
    #   (Table 1 caption; 128 changed to 64, a group size the paper gives only for the INT2-g64 results of Table 6)
    ("awq", "direction_changed", "contradicted",
     "In its broader-impacts statement, the AWQ paper says quantization cannot prevent negative effects such as "
     "misinformation and manipulation and in fact aggravates them."),
    # quote: "Quantization can not prevent such negative effects but it does not make it worse."  (Appendix A; "such
    #   negative effects" = malicious users producing misinformation and manipulation, the sentence before; does not
    #   make it worse -> aggravates)
    ("awq", "condition_dropped", "partially_supported",
     "The AWQ appendix states that its scaling search works pretty well, matching the accuracy of keeping the "
     "salient weights in FP16."),
    # quote: "It works pretty well under grouped quantization, matching the same accuracy as keeping salient weights
    #   in FP16 ([Figure 1](#figure-01))."  (Appendix C; claim drops "under grouped quantization"; under INT3
    #   no-group quantization "there is still a noticeable gap")
    ("awq", "absent", "not_found",
     "Combining its INT4 weights with INT8 activations (W4A8), the AWQ paper reports a further 1.4x speedup on the "
     "RTX 4090."),
    # grepped: "W4A8", "activation quantization", "INT8 activation" -> no hits in awq/paper.md (INT8 activations
    #   appear only in the W8A8 setting named in the related work)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant explains that speeding up inference requires quantizing both weights and activations into INT8 "
     "(W8A8) to use integer kernels such as INT8 GEMM, which a wide range of hardware supports, e.g. NVIDIA GPUs, "
     "Intel CPUs and Qualcomm DSPs."),
    # quote: "However, to speed up the inference, we need to quantize both weights and activations into INT8 (i.e.,
    #   W8A8) to utilize the integer kernels (e.g., INT8 GEMM), which are supported by a wide range of hardware
    #   (e.g., NVIDIA GPUs, Intel CPUs, Qualcomm DSPs, etc.)."  (Preliminaries)
    ("smoothquant", "paraphrase", "supported",
     "When the smoothing factor pushes all of the quantization difficulty to the weights, the SmoothQuant authors "
     "find that the weight quantization errors become large, as the outlier channels are migrated to the weights, "
     "leading to a large accuracy degradation."),
    # quote: "We find that, in this case, the quantization errors would be large for the weights (outlier channels are
    #   migrated to weights now), leading to a large accuracy degradation (see [Figure 10](#figure-10))."  ("this
    #   case" = the choice s_j = max(|X_j|), which "pushes *all* the quantization difficulties to the weights", the
    #   sentence before)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant authors believe that in production batching will be the future standard and that SmoothQuant "
     "will bring further improvement, even for the generation stage."),
    # quote: "We believe in production, batching will be the future standard, and SmoothQuant will bring further
    #   improvement, even for the generation stage."  (Appendix A, point 2)
    ("smoothquant", "number_changed", "contradicted",
     "The GPU latencies of different quantization schemes in SmoothQuant's Table 10 are measured at a batch size "
     "of 8."),
    # quote: "The batch size is 4."  (Table 10 caption, "GPU Latency (ms) of different quantization schemes."; 4
    #   changed to 8)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant's review of quantization difficulty observes that activation outliers are spread across most of "
     "the channels."),
    # quote: "Outliers appear in a small fraction of the *channels*."  (Review of Quantization Difficulty, pattern 3;
    #   a small fraction -> spread across most)
    ("smoothquant", "condition_dropped", "partially_supported",
     "SmoothQuant's introduction notes that LLM.int8()'s mixed-precision decomposition is hard to implement."),
    # quote: "However, it is hard to implement the decomposition efficiently on hardware accelerators."  ("it" =
    #   LLM.int8(), the sentence before; claim drops "efficiently on hardware accelerators": SmoothQuant runs
    #   LLM.int8() in its own benchmarks, where it is slower, not unimplemented)
    ("smoothquant", "absent", "not_found",
     "SmoothQuant also evaluates FP8 (E4M3) quantization of weights and activations and finds that it matches FP16 "
     "accuracy even without smoothing."),
    # grepped: "FP8", "E4M3", "E5M2", "8-bit float" -> no hits in smoothquant/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s outlier statistics show that, with increasing scale, outliers become more and more common in all "
     "layers of the transformer and occur in almost all sequence dimensions."),
    # quote: "With increasing scale, outliers become more and more common in all layers of the transformer, and they
    #   occur in almost all sequence dimensions."  (Table 4 caption, Appendix C)
    ("llm-int8", "paraphrase", "supported",
     "According to LLM.int8(), its baseline, 8-bit absmax vector-wise quantization, scales poorly and degenerates "
     "into random performance."),
    # quote: "On the other hand, the baseline, 8-bit absmax vector-wise quantization, scales poorly and degenerates
    #   into random performance."  (Main Results, zeroshot scaling of OPT models)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() authors find language modeling perplexity to be a highly robust measure that is very sensitive "
     "to quantization degradation."),
    # quote: "One is based on language modeling perplexity, which we find to be a highly robust measure that is very
    #   sensitive to quantization degradation."  (Experimental Setup)
    ("llm-int8", "number_changed", "contradicted",
     "LLM.int8() finds that, with mixed-precision decomposition, perplexity degradation stops if any feature with a "
     "magnitude of 8 or larger is treated as an outlier feature."),
    # quote: "We find that using mixed-precision decomposition, perplexity degradation stops if we treat any feature
    #   with a magnitude 6 or larger as an outlier feature."  (Section 4.1; 6 changed to 8)
    ("llm-int8", "direction_changed", "contradicted",
     "In LLM.int8()'s analysis, the median outlier feature magnitude levels off once outlier features occur in all "
     "layers of the transformer."),
    # quote: "Median outlier feature magnitude rapidly increases once outlier features occur in all layers of the
    #   transformer, as shown in [Figure 4(a)](#figure-04)."  (point 3 of Section 4.2; rapidly increases -> levels
    #   off)
    ("llm-int8", "condition_dropped", "partially_supported",
     "LLM.int8() notes that vector-wise quantization, its best quantization technique, quantizes each row for the "
     "hidden state, which is ineffective."),
    # quote: "However, vector-wise quantization, our best quantization technique, quantizes each row for the hidden
    #   state, which is ineffective for outlier features."  (Section 3.2; claim drops "for outlier features";
    #   vector-wise quantization retains performance at scales up to 2.7B parameters)
    ("llm-int8", "absent", "not_found",
     "On Intel CPUs with AVX-512 VNNI instructions, LLM.int8() runs OPT-13B inference 1.5x faster than 32-bit "
     "inference."),
    # grepped: "CPU", "AVX", "VNNI", whole-word "Intel" -> no hits in llm-int8/paper.md (x86 occurs only in the
    #   footnote URL for the pmaddubsw instruction)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper notes that bitmap/sign encoding needs extra logic to find each nonzero weight's sign "
     "in the compacted sign stream, and that irregular zero locations can increase routing overhead and leave "
     "hardware underused."),
    # quote: "Bitmap/sign encoding requires extra logic to find each nonzero weight's sign in the compacted sign stream,
    #   and irregular zero locations can increase routing overhead and leave hardware underused."  (Introduction)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "According to the paper, much of the feeding overhead comes from extracting five presence bits per cycle from a "
     "byte stream."),
    # quote: "Much of the feeding overhead comes from extracting five presence bits per cycle from a byte stream."
    #   (A five-bit presence memory (Architecture B))
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "For the z = 0.4225 workload, Architecture A is at or around break-even near HBM2, while at the LPDDR4 and "
     "45 nm DRAM points it saves about 0.9-1.3%, with a maximum saving from fewer bits read of about 1.4%."),
    # quote: "Near HBM2 it is at or around break-even; at the LPDDR4 and 45\,nm DRAM points it saves about
    #   0.9--1.3\%, with a maximum saving from fewer bits read of about 1.4\%."  (Stream-feeding hardware; "it" =
    #   Architecture~A at $z=0.4225$, the sentence before)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "The paper notes that the highest zero fraction in the BITCOS survey, 57.4%, comes from a CAT-Q model."),
    # quote: "The highest zero fraction in its survey, 51.5\%, comes from a CAT-Q model."  (Related work, Natural
    #   ternary sparsity; "its" = BITCOS; 51.5% changed to 57.4%)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "For the bitmap/sign representation, the ternary-sparsity paper holds that storage savings alone are "
     "sufficient."),
    # quote: "Storage savings alone are not enough."  (Introduction, before the extra logic the bitmap/sign encoding
    #   needs; not enough -> sufficient)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The ternary-sparsity paper states that compression alone can yield a net energy saving."),
    # quote: "Compression alone can yield a net energy saving when reads are sufficiently expensive, as the results
    #   below quantify."  (Related work; claim drops "when reads are sufficiently expensive": on the sampled BitNet
    #   rows the bitmap/sign design saves energy only above about 1.9-2.5 pJ per bit)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study estimates that moving a smartphone deployment of BitNet b1.58 2B4T from five-trit "
     "to bitmap/sign storage extends battery life by about 3%."),
    # grepped: "battery", "smartphone", whole-word "phone", "mobile" -> no hits in natural-sparsity-ternary-llms/
    #   paper.tex
]


# The sixteenth split, written like the fifteenth (32 claims, eight a paper, each decidable from one sentence that no
# earlier split or PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl), whose paraphrases
# put ordinary synonyms for two or three of a sentence's words, to measure what the substitution rule costs; labelled
# from the papers' text before any was run through Gate 1: the estimate for ground-8 after its tuning on the fifteenth.
# The first run had 16 of 32 right (BM25 and MiniLM alike): the substitution rule refused 8 of the 20 true
# paraphrases ('outstanding' for 'exceptional', 'enormous' for 'gigantic', 'simple' for 'easy', ...), and no
# wrong 'supported'. The vocabulary was then tuned on the whole split (equivalent adjectives, adverbs and nouns,
# more verb synonyms; 29 of 32 after), so no part of it is an estimate any more.
FRESH_16: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ paper notes that instruction tuning can considerably enhance the models' performance and usability."),
    # quote: "Instruction tuning can significantly improve the models’ performance and usability  [Wei22c, San22,
    #   Ouy22, Chu22]."  (Quantization of instruction-tuned models)
    #   replaced: significantly -> considerably, improve -> enhance
    ("awq", "paraphrase", "supported",
     "According to the AWQ paper, quantization lowers the bit-precision of deep learning models, which helps to shrink "
     "the model size and speed up inference."),
    # quote: "Quantization reduces the bit-precision of deep learning models [Han15, Ben18, Nag19a, Wan19a, Nag20,
    #   Lin20b], which helps to reduce the model size and accelerate inference."  (Related work, Model quantization
    #   methods)
    #   replaced: reduces -> lowers, reduce -> shrink, accelerate -> speed up
    ("awq", "paraphrase", "supported",
     "The AWQ authors say their system consequently offers the best of both worlds: state-of-the-art inference speed "
     "and outstanding extensibility."),
    # quote: "Consequently, our system provides the best of both worlds: state-of-the-art inference speed and
    #   exceptional extensibility."  (Speedup Evaluation; "Consequently" = the forward pass is written in native
    #   PyTorch APIs and reused across GPU architectures, the sentence before)
    #   replaced: provides -> offers, exceptional -> outstanding
    ("awq", "paraphrase", "supported",
     "In the AWQ paper, large multi-modal models (LMMs) or visual language models (VLMs) are LLMs extended with "
     "visual inputs."),
    # quote: "Large multi-modal models (LMMs) or visual language models (VLMs) are LLMs augmented with vision inputs
    #   [Ala22, Li23m, Koh23, Dri23, Zha23e, Liu23j]."  (Quantization of multi-modal language models)
    #   replaced: augmented -> extended, vision -> visual
    ("awq", "paraphrase", "supported",
     "To the best of its authors' knowledge, the AWQ paper is the earliest investigation of VLM low-bit "
     "quantization."),
    # quote: "It is the *first* study of VLM low-bit quantization to the best of our knowledge."  (Quantization of
    #   multi-modal language models)
    #   replaced: first -> earliest, study -> investigation
    ("awq", "number_changed", "contradicted",
     "AWQ's qualitative captioning results for quantized OpenFlamingo-9B on the COCO captioning dataset (Figure 3) "
     "use the 8-shot setting with INT4-g128 quantization."),
    # quote: "**Figure 3.** Qualitative results of quantized OpenFlamingo-9B [Awa23] on COCO captioning dataset
    #   (4-shot, INT4-g128 quantization)."  (Figure 3 caption; 4-shot changed to 8-shot, a shot count the paper never
    #   names: its text gives only 4-shot and 32-shot)
    ("awq", "direction_changed", "contradicted",
     "The AWQ paper says its method requires more data for the quantization process and can preserve LLMs' knowledge "
     "outside of the calibration set's distribution."),
    # quote: "Therefore, our method requires fewer data for the quantization process and can preserve LLMs’ knowledge
    #   outside of the calibration set’s distribution."  (Section 2.2, Advantages; fewer -> more)
    ("awq", "absent", "not_found",
     "Used as the target model for speculative decoding with a small draft model, AWQ-quantized Llama-2-70B gains a "
     "further 2x decoding speedup."),
    # grepped: "speculative", "draft", "assisted" -> no hits in awq/paper.md
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant notes that serving LLMs is budget and energy-consuming because of their enormous model size."),
    # quote: "However, serving LLMs is budget and energy-consuming due to their gigantic model size."  (Introduction)
    #   replaced: due to -> because of, gigantic -> enormous
    ("smoothquant", "paraphrase", "supported",
     "In SmoothQuant's preliminaries, per-tensor quantization employs a single step size for the whole matrix."),
    # quote: "The per-tensor quantization uses a single step size for the entire matrix."  (Preliminaries)
    #   replaced: uses -> employs, entire -> whole
    ("smoothquant", "paraphrase", "supported",
     "According to SmoothQuant's review of quantization difficulty, the weight distribution is fairly uniform and "
     "flat, which is simple to quantize."),
    # quote: "The weight distribution is quite uniform and flat, which is easy to quantize."  (Review of Quantization
    #   Difficulty, pattern 1)
    #   replaced: quite -> fairly, easy -> simple
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant states that LLMs are notoriously hard to quantize owing to the outliers in the activations."),
    # quote: "LLMs are notoriously difficult to quantize due to the outliers in the activations [Det22, Wei22,
    #   Bon21a]."  (Review of Quantization Difficulty)
    #   replaced: difficult -> hard, due to -> owing to
    ("smoothquant", "paraphrase", "supported",
     "Because of the massive computation and communication overhead, SmoothQuant notes, the inference latency may "
     "also be unacceptable to real-world applications."),
    # quote: "Due to the huge computation and communication overhead, the inference latency may also be unacceptable
    #   to real-world applications."  (Introduction)
    #   replaced: Due to -> Because of, huge -> massive
    ("smoothquant", "number_changed", "contradicted",
     "In SmoothQuant's quantization formula, N, the number of bits, is 4 in the paper's case."),
    # quote: "where $\mathbf{X}$ is the floating-point tensor, $\bar{\mathbf{X}}$ is the quantized counterpart,
    #   $\Delta$ is the quantization step size, $\lceil\cdot\rfloor$ is the rounding function, and $N$ is the number
    #   of bits (8 in our case)."  (Preliminaries, after Equation 1; 8 changed to 4, a width the paper names only for
    #   prior weight-only work and future W4A4)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant's Figure 3 caption states that per-tensor quantization is the least efficient to implement."),
    # quote: "Per-tensor quantization is the most efficient to implement."  (Figure 3 caption; most -> least)
    ("smoothquant", "absent", "not_found",
     "On an NVIDIA Jetson AGX Orin, SmoothQuant's W8A8 OPT-6.7B runs 1.3x faster than FP16."),
    # grepped: "Jetson", whole-word "Orin", "mobile", "embedded" -> no hits in smoothquant/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper notes that one way to shrink the size of the parameters is to quantize them to fewer bits "
     "and employ low-bit-precision matrix multiplication."),
    # quote: "One way to reduce the size of the parameters is to quantize them to less bits and use low-bit-precision
    #   matrix multiplication."  (Introduction)
    #   replaced: reduce -> shrink, less -> fewer, use -> employ
    ("llm-int8", "paraphrase", "supported",
     "In the LLM.int8() analysis, quantization precision for the outlier features is crucial, as even small errors "
     "greatly affect model performance."),
    # quote: "Quantization precision for these outlier features is paramount as even tiny errors greatly impact model
    #   performance."  (Section 4.2)
    #   replaced: paramount -> crucial, tiny -> small, impact -> affect
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper reports that both nuQmm and ZeroQuant indicate that finer quantization granularity can be "
     "an effective way to quantize big models."),
    # quote: "Both nuQmm and ZeroQuant suggest that finer quantization granularity can be an effective means to
    #   quantize large models."  (Related work, Multi-billion Scale Transformer Quantization)
    #   replaced: suggest -> indicate, means -> way, large -> big
    ("llm-int8", "paraphrase", "supported",
     "If the full LLM.int8() method with mixed-precision decomposition is used, the benefit of zeropoint quantization "
     "vanishes, indicating that the remaining decomposed features are symmetric."),
    # quote: "If we use our full LLM.int8() method with mixed-precision decomposition, the advantage of zeropoint
    #   quantization disappears indicating that the remaining decomposed features are symmetric."  (Section 4.3)
    #   replaced: advantage -> benefit, disappears -> vanishes
    ("llm-int8", "paraphrase", "supported",
     "For vector-wise quantization, LLM.int8() can apply a distinct quantization normalization constant for each "
     "inner product to enhance quantization precision."),
    # quote: "As such, we can use a separate quantization normalization constant for each inner product to improve
    #   quantization precision."  (Introduction; "As such" = for vector-wise quantization, matrix multiplication seen
    #   as a sequence of independent inner products, the sentence before)
    #   replaced: use -> apply, separate -> distinct, improve -> enhance
    ("llm-int8", "number_changed", "contradicted",
     "The lines in LLM.int8()'s Figure 4 are B-spline interpolations of 12 linear segments."),
    # quote: "Lines are B-spline interpolations of 9 linear segments."  (Figure 4 caption; 9 changed to 12, a count
    #   the paper never gives: Figure 3 uses 4 and 9)
    ("llm-int8", "direction_changed", "contradicted",
     "In LLM.int8()'s Figure 3, panel (a) suggests a sudden phase shift in parameter size, while panel (b) suggests a "
     "gradual exponential phase shift as perplexity increases."),
    # quote: "While (a) suggest a sudden phase shift in parameter size, (b) suggests a gradual exponential phase shift
    #   as perplexity decreases."  (Figure 3 caption; decreases -> increases)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper finds that 8-bit OPT-175B answers TruthfulQA questions as truthfully as the 16-bit model."),
    # grepped: "TruthfulQA", "truthful", "hallucin", "factual" -> no hits in llm-int8/paper.md
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity paper, multiplying by the ternary symbol thus means choosing x, -x, or zero instead of "
     "performing a general per-weight multiplication."),
    # quote: "Multiplying by the ternary symbol therefore means selecting $x$, $-x$, or zero rather than performing a
    #   general per-weight multiplication."  (Introduction)
    #   replaced: therefore -> thus, selecting -> choosing, rather than -> instead of
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper says BitNet demonstrated that this ternary representation can scale to language "
     "models while staying competitive with higher-precision baselines."),
    # quote: "BitNet established that this representation can scale to language models while remaining competitive
    #   with higher-precision baselines \cite{wang2025bitnet}."  (Introduction; "this representation" = the ternary
    #   symbols q in {-1,0,+1} of the sentences before)
    #   replaced: established -> demonstrated, remaining -> staying
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "For batch-1 decoding, every weight matrix is multiplied by just one activation vector, the ternary-sparsity "
     "paper notes."),
    # quote: "For batch-1 decoding, each weight matrix is multiplied by a single activation vector."  (Introduction)
    #   replaced: each -> every, a single -> just one
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity paper's discussion, the system-level value is determined mostly by compression."),
    # quote: "The system-level value is governed mainly by compression."  (Discussion)
    #   replaced: governed -> determined, mainly -> mostly
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper notes that TENET puts forward a sparse-aware LUT-centric design with ternary weight "
     "decompression and activation sparsity."),
    # quote: "TENET proposes a sparse-aware LUT-centric architecture with ternary weight decompression and activation
    #   sparsity \cite{huang2025tenet}."  (Related work, LUT and packed ternary execution)
    #   replaced: proposes -> puts forward, architecture -> design
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "For the power study, each selected netlist is simulated at gate level (Icarus Verilog, zero gate delay) on 24 "
     "matrix rows of 4096 weights."),
    # quote: "Each netlist selected for the power study is simulated at gate level (Icarus Verilog, zero gate delay)
    #   on 24 matrix rows of 2560 weights."  (Methodology, Switching energy; 2560 changed to 4096, a width the paper
    #   never names)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The ternary-sparsity paper notes that throughput numbers from its model are lower bounds, not measurements."),
    # quote: "Throughput numbers from this model are upper bounds, not measurements."  (Methodology, Memory and
    #   model-wide projection model; upper -> lower)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The study also maps both engines onto a Xilinx FPGA, where the bitmap/sign engine uses about 20% more LUTs than "
     "five-trit."),
    # grepped: "Xilinx", "Vivado", "Virtex", "UltraScale" -> no hits in natural-sparsity-ternary-llms/paper.tex
    #   ("FPGA" occurs only in related work: FPGA systems [qiao2025tellme], TerEffic decoding on FPGA)
]


# The seventeenth split, written like the fourteenth (32 claims, eight a paper: four paraphrases, one changed number,
# one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence that no
# earlier split or PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl) and labelled from
# the papers' text before any was run through Gate 1: the estimate for ground-8 after its tuning on the sixteenth.
# The first run had 22 of 32 right (0.69; BM25 and MiniLM alike) and no wrong 'supported': three true paraphrases
# not found and two partially supported, three dropped conditions and two direction changes not found. Not
# tuned on: 22 of 32 is the estimate for ground-8; write an eighteenth split before tuning on it.
FRESH_17: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ paper's primary baseline is vanilla round-to-nearest quantization (RTN)."),
    # quote: "Our primary baseline is vanilla round-to-nearest quantization (RTN)."  (Settings, Baselines)
    ("awq", "paraphrase", "supported",
     "To take both salient and non-salient weights into account, AWQ automatically searches for an optimal per-input-"
     "channel scaling factor that minimizes a layer's output difference after quantization."),
    # quote: "To consider both salient and non-salient weights, we choose to automatically search for an optimal (per
    #   input channel) scaling factor that minimizes the output difference after quantization for a certain layer."
    #   (Section 2.2, Searching to scale)
    ("awq", "paraphrase", "supported",
     "According to the AWQ paper, AWQ has been widely adopted by various open-source LLM serving solutions, including "
     "FastChat, vLLM, HuggingFace TGI and LMDeploy."),
    # quote: "AWQ has been widely adopted by various open-source LLM serving solutions including
    #   [FastChat](https://github.com/lm-sys/FastChat/blob/main/docs/awq.md),
    #   [vLLM](https://github.com/vllm-project/vllm/blob/main/vllm/model_executor/quantization_utils/awq.py),
    #   [HuggingFace TGI](https://github.com/huggingface/text-generation-inference/pull/1054),
    #   [LMDeploy](https://github.com/InternLM/lmdeploy), etc."  (Introduction, last paragraph)
    ("awq", "paraphrase", "supported",
     "The AWQ paper explains that large multi-modal models, or visual language models, can generate text conditioned "
     "on image or video inputs."),
    # quote: "Such models are able to perform text generation conditioned on image/video inputs."  (Quantization of
    #   multi-modal language models; "Such models" = "Large multi-modal models (LMMs) or visual language models
    #   (VLMs)", the sentence before)
    ("awq", "number_changed", "contradicted",
     "AWQ's Figure 2 compares INT4-g128 quantized Vicuna models with their FP16 counterparts under the GPT-4 "
     "evaluation protocol."),
    # quote: "**Figure 2.** Comparing INT3-g128 quantized Vicuna models with FP16 counterparts under GPT-4 evaluation
    #   protocol [Chi23a]."  (Figure 2 caption; INT3 changed to INT4, a width the paper uses for OpenFlamingo-9B and
    #   LLaVA-13B but never for Vicuna)
    ("awq", "direction_changed", "contradicted",
     "In AWQ's Table 3 ablation, AWQ consistently outperforms round-to-nearest quantization and achieves performance "
     "comparable to mixed precision (1% FP16) while being less hardware-friendly."),
    # quote: "It consistently outperforms Round-to-nearest quantization (RTN) and achieves comparable performance as
    #   mixed-precision (1% FP16) while being more hardware-friendly."  (Table 3 caption; "It" = AWQ; the same words
    #   end the Table 3 ablation sentence of Section 2.2; more -> less)
    ("awq", "condition_dropped", "partially_supported",
     "In AWQ's analysis of scaling up the salient channels, the percentage of changed Δ generally gets larger as s "
     "goes larger, but the proportion stays quite small."),
    # quote: "As $s$ goes larger, the percentage of changed $\Delta$ generally gets larger, but the proportion is still
    #   quite small for $s<2$; the relative error for the salient channels continues to go smaller as $s$ increases."
    #   (Section 2.2 text, not the Table 2 caption that FRESH_7 used; claim drops "for s<2": under s=4 the ratio
    #   Delta'/Delta is larger than 1 for 21.2% of the channels, per the sentences after)
    ("awq", "absent", "not_found",
     "AWQ-quantized Llama-2-7B keeps its LongBench long-context scores within one point of FP16 at 32k-token inputs."),
    # grepped: "LongBench", "long-context", "long context", "32k", "context length" -> no hits in awq/paper.md
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "To evaluate SmoothQuant, its authors chose three families of LLMs: OPT, BLOOM and GLM-130B."),
    # quote: "We choose three families of LLMs to evaluate SmoothQuant: OPT [Zha22], BLOOM [Les23], and GLM-130B
    #   [Zen22]."  (Setups, Models and datasets)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper calls it static quantization when the step size Δ is calculated offline with the "
     "activations of some calibration samples."),
    # quote: "We can calculate $\Delta$ offline with the activations of some calibration samples, what we call static
    #   quantization."  (Preliminaries)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's migration formula ensures that the weights and activations at the corresponding channel share a "
     "similar maximum value and thus the same quantization difficulty."),
    # quote: "The formula ensures that the weights and activations at the corresponding channel share a similar maximum
    #   value, thus sharing the same quantization difficulty."  (Section 4, after Equation 4)
    ("smoothquant", "paraphrase", "supported",
     "For simplicity, SmoothQuant's preliminaries assume the tensor is symmetric at 0, noting that the discussion is "
     "similar for asymmetric cases, such as after ReLU, by adding a zero-point."),
    # quote: "Here we assume the tensor is *symmetric* at 0 for simplicity; the discussion is similar for asymmetric
    #   cases (e.g., after ReLU) by adding a zero-point [Jac18]."  (Preliminaries)
    ("smoothquant", "number_changed", "contradicted",
     "Because SmoothQuant is compatible with various quantization schemes, its authors implement four efficiency "
     "levels of quantization settings for it."),
    # quote: "Since SmoothQuant is compatible with various quantization schemes, we implement three efficiency levels of
    #   quantization settings for SmoothQuant (see [Table 2](#table-02), O1-O3)."  (Introduction; three changed to
    #   four)
    ("smoothquant", "direction_changed", "contradicted",
     "In SmoothQuant's results on different LLMs, the GLM-130B model turns out to be easier to quantize."),
    # quote: "On the contrary, the GLM-130B model is more difficult to quantize (which echos [Zen22])."  (Results of
    #   different LLMs; more difficult -> easier)
    ("smoothquant", "condition_dropped", "partially_supported",
     "In SmoothQuant's precision mapping for a Transformer block, all operators use INT8 arithmetic."),
    # quote: "All compute-intensive operators like linear layers and batched matmul (BMMs) use INT8 arithmetic."
    #   (Figure 6 caption; claim drops "compute-intensive": lightweight element-wise operations such as ReLU, Softmax
    #   and LayerNorm keep FP16 activations, per Section 4)
    ("smoothquant", "absent", "not_found",
     "SmoothQuant also quantizes the Switch Transformer mixture-of-experts model to W8A8 while staying within 1% of "
     "its FP16 accuracy."),
    # grepped: "expert", "MoE", "Mixtral", "Switch" -> no hits in smoothquant/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "In LLM.int8()'s matrix multiplication benchmarks, the '8-bit without overhead' speedups assume that no "
     "quantization or dequantization is performed."),
    # quote: "The 8-bit without overhead speedups assumes that no quantization or dequantization is performed."
    #   (Table 5 caption, Appendix D.1)
    ("llm-int8", "paraphrase", "supported",
     "For multi-GPU inference, the LLM.int8() authors use their method integrated into Hugging Face transformers, "
     "powered by the accelerate library."),
    # quote: "We use our method integrated into transformers[Wol19] powered by accelerate library from HuggingFace to
    #   deal with multi-GPU inference."  (Table 6 caption, Appendix D.2)
    ("llm-int8", "paraphrase", "supported",
     "As a control, the LLM.int8() authors apply the same procedure to random non-outlier feature dimensions and note "
     "the attention and perplexity degradation."),
    # quote: "As a control, we apply the same procedure for random non-outlier feature dimensions and note attention
    #   and perplexity degradation."  (Section 4.2)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper says its matrix multiplication speed numbers could be improved significantly with "
     "optimized CUDA kernels for the mixed-precision decomposition."),
    # quote: "These numbers could be improved significantly with optimized CUDA kernels for the mixed precision
    #   decomposition."  (Appendix D.1; "These numbers" = the Int8 matrix multiplication speedups and slowdowns of
    #   Table 5, the paragraph before)
    ("llm-int8", "number_changed", "contradicted",
     "According to the LLM.int8() paper, the largest models that nuQmm and ZeroQuant evaluate are 2.7B and 40B "
     "parameter transformers, respectively."),
    # quote: "The largest models that nuQmm and ZeroQuant evaluate are 2.7B and 20B parameter transformers,
    #   respectively."  (Related work, Multi-billion Scale Transformer Quantization; 20B changed to 40B, a size the
    #   paper never names)
    ("llm-int8", "direction_changed", "contradicted",
     "To find at which scale and why quantization techniques fail, the LLM.int8() paper studies symmetric zeropoint "
     "quantization and asymmetric absolute maximum quantization."),
    # quote: "To answer these questions we study high-precision asymmetric quantization (zeropoint quantization) and
    #   symmetric quantization (absolute maximum quantization)."  (Background; asymmetric and symmetric swapped)
    ("llm-int8", "condition_dropped", "partially_supported",
     "In the LLM.int8() analysis, absmax quantization methods fail quickly."),
    # quote: "This is why absmax quantization methods fail quickly after emergence."  (Section 4.3; claim drops
    #   "after emergence": before the outliers emerge, vector-wise absmax quantization retains performance at scales
    #   up to 2.7B parameters)
    ("llm-int8", "absent", "not_found",
     "With LLM.int8(), OPT-175B's perplexity on the Penn Treebank stays within 0.05 of the 16-bit model's."),
    # grepped: "Penn", "PTB", "Treebank" -> no hits in llm-int8/paper.md
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "According to the ternary-sparsity paper, BITCOS is lossless and needs no retraining, and it has been evaluated "
     "only in CPU and GPU software."),
    # quote: "It is lossless and requires no retraining, and it is evaluated only in CPU and GPU software."  (Related
    #   work, Natural ternary sparsity; "It" = BITCOS, named in the sentence before)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Among the analyzed checkpoints, TriLM stores its weights already ternarized, as values in {0, ±s}."),
    # quote: "TriLM stores weights already ternarized as $\{0,\pm s\}$."  (Methodology, Real model traces)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper admits that its CACTI sensitivity value is checked in but that the original CACTI "
     "input configuration was not archived."),
    # quote: "The CACTI sensitivity value is checked in, but the original CACTI input configuration was not archived."
    #   (Limitations)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The break-even thresholds on the energy of reading one weight bit are derived from the simulated engine energies "
     "and exact stream sizes; they assume no memory technology and leave out the stream-feeding hardware."),
    # quote: "These thresholds are derived from the simulated engine energies and exact stream sizes; they assume no
    #   memory technology and exclude the stream-feeding hardware."  (Results; "These thresholds" = the weight-bit
    #   read energies above which the extra compute energy is repaid, the sentences before)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "The ternary-sparsity study synthesizes all designs in the open Nangate45 library (typical corner) with Yosys "
     "0.33 and ABC and times them with OpenSTA 3.1.0, using a 20 fF output load and a 50 ps input transition."),
    # quote: "All designs use the open Nangate45 library (typical corner), Yosys~0.33 with ABC for mapping, and
    #   OpenSTA~3.1.0 for static timing, with one ideal clock and zero input and output delay (0.1--0.3\,ns input
    #   delays were also run), a 10\,fF output load, a \texttt{BUF\_X1} input driver for ABC mapping and a 50\,ps
    #   input transition in OpenSTA."  (Methodology, Synthesis and timing; 10 fF changed to 20 fF)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity study, all timing comes from ABC, not from OpenSTA."),
    # quote: "All timing comes from OpenSTA, not from ABC."  (Methodology, Synthesis and timing; the two tools swapped)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "In the model-wide estimate, the non-ternary output layer, which every design reads identically, is counted "
     "separately only as a 16-bit weight read for the analyzed checkpoints, and its compute is not modeled."),
    # quote: "The non-ternary output layer, which every design reads identically, is counted separately only as a
    #   weight read at the checkpoint's stored precision (16-bit for the analyzed checkpoints except the F32
    #   \texttt{bitnet\_b1\_58-large} reproduction); its compute is not modeled."  (Model-wide ternary-projection
    #   estimate; claim drops "except the F32 bitnet_b1_58-large reproduction", read at 32-bit)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The study finds that a single flipped presence bit corrupts every later sign in its row, which makes the "
     "bitmap/sign format less robust to soft errors than five-trit packing."),
    # grepped: "error", "bit flip", "flipped", "ECC", "reliab", "robust", "corrupt" -> no hits in
    #   natural-sparsity-ternary-llms/paper.tex ("fault" occurs only inside "default")
]


# The eighteenth split, written like the seventeenth (32 claims, eight a paper: four paraphrases, one changed number,
# one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence that no
# earlier split or PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl) and labelled from
# the papers' text before any was run through Gate 1: a second estimate for ground-8, whose rules were tuned on the
# sixteenth and earlier. The first run had 28 of 32 right (0.88; BM25 and MiniLM alike) and no wrong 'supported':
# three true paraphrases and one dropped condition not found (a figure or table named in a leading frame, a
# frame word the evidence has only in the sentence before). ground-9 was tuned on its misses (30 of 32 after:
# a footnote mark starts a sentence, a unit under another table or figure than the claim names is not judged, a
# number of the leading phrase may stand in the sentences around); the nineteenth split is its estimate.
FRESH_18: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "Following this intuition, the AWQ authors designed a per-channel scaling method that automatically searches for "
     "the optimal scaling minimizing the quantization error under full-weight quantization."),
    # quote: "Following the intuition, we designed a per-channel scaling method to automatically search for the optimal
    #   scaling that minimizes the quantization error under full-weight quantization."  (Introduction, third
    #   paragraph)
    ("awq", "paraphrase", "supported",
     "By analyzing the factors that will affect the choice of scaling factor, AWQ defines a search space for the "
     "optimal scale, which makes the process more stable."),
    # quote: "To make the process more stable, we define a *search space* for the optimal scale by analyzing the
    #   factors that will affect the choice of scaling factor."  (Section 2.2, Searching to scale)
    ("awq", "paraphrase", "supported",
     "According to the AWQ paper, its authors follow previous work in mostly benchmarking the quantized models on "
     "standard accuracy metrics such as perplexity and accuracy."),
    # quote: "In this paper, we follow previous work [Det22, Fra22, Xia23, Yao22a, Det22c] to mostly benchmark the
    #   quantized models on standard accuracy metrics like perplexity and accuracy."  (Appendix A, Limitations)
    ("awq", "paraphrase", "supported",
     "To accommodate limited device memory, the AWQ authors further quantize LLMs to INT2 (Table 6)."),
    # quote: "We further quantize LLM to INT2 to accommodate limited device memory ([Table 6](#table-06))."
    #   (Section 3.2, Extreme low-bit quantization)
    ("awq", "number_changed", "contradicted",
     "In AWQ's Figure 1, perplexity is measured with OPT-2.7B under INT3-g128 quantization."),
    # quote: "PPL is measured with OPT-6.7B under INT3-g128 quantization."  (Figure 1 caption; OPT-6.7B changed to
    #   OPT-2.7B, a size the paper never names)
    ("awq", "direction_changed", "contradicted",
     "According to AWQ's appendix on the amount of computation, the GPU hours would be larger for smaller models and "
     "datasets such as WikiText-2."),
    # quote: "The GPU hours would be smaller for smaller models and datasets (*e.g*., WikiText-2)."  (Appendix B,
    #   Amount of Computation; smaller -> larger)
    ("awq", "condition_dropped", "partially_supported",
     "The AWQ paper concludes that grouped quantization is a more practical solution for LLM compression for edge "
     "deployment and that AWQ can effectively improve the quantized performance."),
    # quote: "Therefore, grouped quantization is a *more practical solution* for LLM compression for edge deployment
    #   and AWQ can effectively improve the quantized performance under this setting."  (Appendix C, Limitation with
    #   No-group Quantization; claim drops "under this setting", i.e. grouped quantization: under INT3 no-group
    #   quantization AWQ still leaves a noticeable gap to keeping 1% salient weights in FP16, per the sentences
    #   before and Table 7)
    ("awq", "absent", "not_found",
     "The AWQ paper reports that its INT4 kernels also run on AMD Instinct MI250 GPUs through ROCm, reaching a 2.1x "
     "speedup over FP16."),
    # grepped: "AMD", "ROCm", "MI250", "Instinct" -> no hits in awq/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "In LLM.int8()'s language modeling training results, doing attention in 8-bit severely degrades performance, and "
     "mixed-precision decomposition cannot fully recover that performance."),
    # quote: "Doing attention in 8-bit severely degrades performance and performance cannot fully recovered with
    #   mixed-precision decomposition."  (Table 7 caption, Appendix E)
    ("llm-int8", "paraphrase", "supported",
     "Occurring both for models trained in different software frameworks (fairseq, OpenAI, Tensorflow-mesh) and in "
     "different inference frameworks (fairseq, Hugging Face Transformers), the outlier observations of the LLM.int8() "
     "paper appear to be universal."),
    # quote: "These observations appear to be universal as they occur for models trained in different software
    #   frameworks (fairseq, OpenAI, Tensorflow-mesh), and they occur in different inference frameworks (fairseq,
    #   Hugging Face Transformers)."  (Table 4 caption, Appendix C; "These observations" = the outlier statistics
    #   summarized earlier in the caption)
    ("llm-int8", "paraphrase", "supported",
     "According to the LLM.int8() paper, the access it gives to large models enables research and applications that "
     "were not possible before due to limited GPU memory, in particular for researchers with the least resources."),
    # quote: "This enables research and applications which were not possible before due to limited GPU memory, in
    #   particular for researchers with the least resources."  (Broader Impacts; "This" = "enabling access to large
    #   models that previously could not fit into GPU memory", the sentence before)
    ("llm-int8", "paraphrase", "supported",
     "For its Int8 training experiments, the LLM.int8() paper tests two tasks: language modeling on part of the "
     "RoBERTa corpus (Books, CC-News, OpenWebText and CC-Stories) and neural machine translation on WMT14+WMT16."),
    # quote: "We test two tasks (1) language modeling on part of the RoBERTa corpus including Books [Zhu15], CC-News
    #   [Nag16], OpenWebText [Gok19], and CC-Stories [Tri18a]; and (2) neural machine translation (NMT) [Ott18] on
    #   WMT14+WMT16 [Cek14, Sen16]."  (Appendix E, Training Results; the paragraph opens with "We test Int8
    #   training on a variety of training settings")
    ("llm-int8", "number_changed", "contradicted",
     "In LLM.int8()'s absmax quantization, scaling the inputs is equivalent to dividing by the infinity norm and "
     "multiplying by 255."),
    # quote: "This is equivalent to dividing by the infinity norm and multiplying by 127."  (Section 2.1, Absmax
    #   quantization; 127 changed to 255, the unsigned 8-bit maximum, which the paper never uses)
    ("llm-int8", "direction_changed", "contradicted",
     "According to LLM.int8(), the large magnitude of the outlier features and their symmetric distribution disrupt "
     "Int8 quantization precision."),
    # quote: "The large magnitude of outliers features and their asymmetric distribution disrupts Int8 quantization
    #   precision."  (Section 4.2, third main point; asymmetric -> symmetric)
    ("llm-int8", "condition_dropped", "partially_supported",
     "In LLM.int8()'s Int8 training experiments, language models stay close to baseline performance with both 8-bit "
     "FFN layers and 8-bit linear projections in the attention layers."),
    # quote: "While small-scale language models is close to baseline performance for both 8-bit FFN and 8-bit linear
    #   projects in the attention layers performance degrades at the large scale."  (Table 7 caption, Appendix E;
    #   claim drops "small-scale": at the large scale performance degrades, per the same sentence)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper measures that Int8 inference lowers GPU energy use per generated token by about 30% "
     "compared with 16-bit inference."),
    # grepped: "energy", "watt", "joule", "power consumption" -> no hits in llm-int8/paper.md ("power" occurs only in
    #   "powered by accelerate library")
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity design, a scale-aware implementation would have to either preserve the 128-weight "
     "scale-group boundaries, as 128 is not divisible by five, or handle a five-lane cycle that crosses a scale "
     "boundary."),
    # quote: "A scale-aware implementation would need either to preserve 128-weight scale-group boundaries (128 is not
    #   divisible by five) or to handle a five-lane cycle that crosses a scale boundary."  (Limitations)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Because Architecture A has two stream counters while five-trit has one, leaving wider counters and tile-control "
     "logic unmodeled can matter in the ternary-sparsity study."),
    # quote: "Wider counters and tile-control logic are not modeled; this can matter because Architecture~A has two
    #   stream counters while five-trit has one."  (Limitations)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper cautions that its checkpoint zero-fraction ranges do not establish a general split "
     "by training method."),
    # quote: "These ranges do not establish a general split by training method."  (Results, Exact checkpoint
    #   statistics; "These ranges" = the zero fractions of the quantization-aware or fine-tuned and the CAT-Q
    #   checkpoints, the paragraph before)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity paper's break-even figure, the gray line marks the limit set by the bits read alone."),
    # quote: "The gray line is the limit set by bits read alone."  (Figure caption, fig:breakeven)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In the model-wide energy table, Bits/wt is the Architecture A cost per weight, and Architecture B adds at most "
     "0.023 bits per weight for presence-row padding."),
    # quote: "Bits/wt is the Architecture~A cost per weight; Architecture~B adds at most 0.0023 bits per weight for
    #   presence-row padding."  (Table caption, tab:system; 0.0023 changed to 0.023)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity study, row-start sign-pointer metadata is included in the model-wide projection bit "
     "counts."),
    # quote: "Row-start sign-pointer metadata is excluded from the model-wide projection bit counts."  (Methodology,
    #   Memory and model-wide projection model; excluded -> included)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The ternary-sparsity study finds that Architecture B shows the feeding organization can reduce some overhead."),
    # quote: "Architecture~B shows that the feeding organization can reduce some overhead when compressed weights are
    #   already resident on chip, but that case does not include the capacity or area needed to store a
    #   multi-billion-weight model."  (Discussion; claim drops "when compressed weights are already resident on
    #   chip": with its loader streaming weights in, Architecture B is 23.3-35.9% larger than fed five-trit)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "In addition to simulation, the study formally verifies the bitmap/sign engines against the five-trit engine "
     "with SymbiYosys model checking."),
    # grepped: "formal", "SymbiYosys", "model checking", "equivalence" -> no hits in
    #   natural-sparsity-ternary-llms/paper.tex ("equivalent" occurs only in "equivalent control"/"equivalent
    #   metadata" for row starts; verification is by randomized RTL tests and exact dot-product checks)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant estimates the scale of the activation channels using calibration samples from the pre-training "
     "dataset."),
    # quote: "Here, we estimate the scale of activations channels using calibration samples from the pre-training
    #   dataset [Jac18]."  (Section 4, Migrate the quantization difficulty from activations to weights)
    ("smoothquant", "paraphrase", "supported",
     "Since they are under the same setting, existing weight-activation (W8A8) quantization works are what the "
     "SmoothQuant paper mainly compares its method with."),
    # quote: "We mainly compare our method with existing work on weight-activation quantization (i.e., W8A8) like
    #   [Det22, Yao22, Wei22] since they are under the same setting."  (Appendix A, Discussion on Weight-Only
    #   Quantization)
    ("smoothquant", "paraphrase", "supported",
     "According to the SmoothQuant paper, its use of FasterTransformer for serving large models may give it an "
     "unfair advantage if a direct comparison is made."),
    # quote: "At the same time, our work utilizes FasterTransformer for serving large models, which may lead to an
    #   unfair advantage if we make a direct comparison."  (Appendix A, first point)
    ("smoothquant", "paraphrase", "supported",
     "In SmoothQuant's Table 4, accuracy is not comparable column-wise because different datasets are used."),
    # quote: "\*Accuracy is not column-wise comparable due to different datasets."  (Table 4 caption)
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant's Figure 5 shows the main idea of SmoothQuant when the migration strength alpha is 0.75."),
    # quote: "Main idea of SmoothQuant when $\alpha$ is $0.5$."  (Figure 5 caption; 0.5 changed to 0.75, the value
    #   the paper uses for GLM-130B, not for Figure 5)
    ("smoothquant", "direction_changed", "contradicted",
     "In SmoothQuant's analysis, the total effective quantization bits would be smallest when all the channels have "
     "the same maximum magnitude."),
    # quote: "The total effective quantization bits would be largest when all the channels have the same maximum
    #   magnitude."  (Section 4, Migrate the quantization difficulty from activations to weights; largest ->
    #   smallest)
    ("smoothquant", "condition_dropped", "partially_supported",
     "In SmoothQuant's Table 2 of quantization settings, all weights and activations use INT8 representations."),
    # quote: "All weight and activations use INT8 representations unless specified."  (Table 2 caption; claim drops
    #   "unless specified": LLM.int8(), one of the Table 2 baselines, keeps outliers in FP16, per the Introduction)
    ("smoothquant", "absent", "not_found",
     "SmoothQuant also quantizes vision transformers such as ViT-L/16 to W8A8 while losing less than 0.5% ImageNet "
     "top-1 accuracy."),
    # grepped: "ViT", "ImageNet", "DeiT", "Vision Transformer" -> no hits in smoothquant/paper.md ("vision" occurs
    #   only inside "division")
]


# The nineteenth split, written like the eighteenth (32 claims, eight a paper: four paraphrases, one changed number,
# one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence that no
# earlier split or PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl) and labelled from
# the papers' text before any was run through Gate 1: the estimate for ground-9.
# The first run had 22 of 32 right (0.69; BM25 and MiniLM alike) and four wrong 'supported': a direction change
# through 'before'/'after', which no antonym list held; three dropped conditions ('As we scale transformers', a
# conjunct of a negated 'cannot maintain accuracy and hardware efficiency at the same time', 'LLMs' made 'models').
# Of the other misses, three true paraphrases were partially supported or not found, one was contradicted (a
# negation read as removed), one direction change was not found. ground-10 was tuned on it (28 of 32 after, one
# wrong 'supported' left: 'to quantize LLMs' restated as 'for model quantization'); the twentieth split is its
# estimate.
FRESH_19: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ authors state that they need to come up with a method that protects the important weights without "
     "actually keeping them in FP16."),
    # quote: "We need to come up with a method to protect the important weights without actually keeping them as
    #   FP16."  (Section 2.1, Limitations paragraph)
    ("awq", "paraphrase", "supported",
     "A single hyper-parameter alpha is used in AWQ to balance between the protection of salient and non-salient "
     "channels, and the scaling factor s is related only to the magnitude of the activation, s_X."),
    # quote: "$\mathbf{s}$ is only related to the magnitude of activation $\mathbf{s_{X}}$, and we use a single
    #   hyper-parameter $\alpha$ to balance between the protection of salient and non-salient channels."
    #   (Section 2.2, Searching to scale)
    ("awq", "paraphrase", "supported",
     "The AWQ paper argues that, on the positive side, quantization helps democratize LLMs and so benefits more "
     "people, especially those with lower income."),
    # quote: "On the positive side, quantization helps to democratize LLMs, which helps to benefit more people
    #   (especially those with lower income)."  (Appendix A, Broader impacts)
    ("awq", "paraphrase", "supported",
     "In AWQ's weight quantization function, N is the number of quantization bits and the quantization scaler Delta "
     "is determined by the absolute maximum value."),
    # quote: "where $N$ is the number of quantization bits, and $\Delta$ is the quantization scaler determined by
    #   the absolute maximum value."  (Section 2.2, Analyzing the quantization error; the sentence defines the
    #   symbols of the quantization function given just before)
    ("awq", "number_changed", "contradicted",
     "AWQ's experiments on multi-modal language models are performed with the OpenFlamingo-3B model on the COCO "
     "captioning dataset (Table 5)."),
    # quote: "We perform experiments with the OpenFlamingo-9B model [Awa23] (an open-source reproduction of [Ala22])
    #   on COCO captioning [Che15a] dataset ([Table 5](#table-05))."  (Section 3.2, Quantization of multi-modal
    #   language models; OpenFlamingo-9B changed to OpenFlamingo-3B, a size the paper never names)
    ("awq", "direction_changed", "contradicted",
     "According to the AWQ paper, instruction tuning has become an essential procedure after model deployment."),
    # quote: "It has become an essential procedure before model deployment."  (Section 3.2, Quantization of
    #   instruction-tuned models; "It" = instruction tuning, the sentence before; before -> after)
    ("awq", "condition_dropped", "partially_supported",
     "According to AWQ's related work, people usually use PTQ methods for model quantization."),
    # quote: "Therefore, people usually use PTQ methods to quantize LLMs."  (Section 4, Model quantization methods;
    #   claim drops "to quantize LLMs": the preference follows from "The QAT methods cannot easily scale up to large
    #   models like LLMs" (the sentence before), while for deep learning models in general the paragraph names QAT
    #   and PTQ as the two categories without preferring either)
    ("awq", "absent", "not_found",
     "The AWQ paper evaluates INT4-g128 LLaMA-65B on the BIG-Bench Hard reasoning suite and reports less than one "
     "point of accuracy loss."),
    # grepped: "BIG-Bench", "BBH", "hard reasoning", "chain-of-thought" -> no hits in awq/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "In its end-to-end benchmarks, the LLM.int8() paper compares against 16-bit and tries settings with a larger "
     "batch size or fewer GPUs for Int8 inference, since the larger model can be fit on fewer devices."),
    # quote: "We benchmark vs. 16-bit and try settings that use a larger batch size or fewer GPUs in the case of
    #   Int8 inference, since we can fit the larger model on fewer devices."  (Appendix D.2, End-to-end
    #   benchmarks)
    ("llm-int8", "paraphrase", "supported",
     "Both zeropoint and row-wise quantization are compared against in the LLM.int8() evaluations, and "
     "post-training quantization is not required by the LLM.int8() authors' approach."),
    # quote: "We compare with both zeropoint and row-wise quantization in our evaluations and do not require
    #   post-training quantization."  (Appendix B, Additional Related Work)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper argues that its fine-tuning results highlight the critical role of mixed-precision "
     "decomposition for finetuning if one wants to avoid degrading performance."),
    # quote: "These results highlight the critical role of mixed-precision decomposition for finetuning if one
    #   wants to not degrade performance."  (Appendix F, Fine-tuning Results; "These results" = the GLUE
    #   fine-tuning results of Tables 9 and 10 described in the same paragraph)
    ("llm-int8", "paraphrase", "supported",
     "In LLM.int8()'s Figure 3, the stark shift seen in panel (a), by model size, co-occurs with the sudden "
     "degradation of performance in quantization methods."),
    # quote: "The stark shift in (a) co-occurs with the sudden degradation of performance in quantization methods."
    #   (Figure 3 caption; panel (a) plots the outlier statistics "by (a) model size", the caption's first
    #   sentence)
    ("llm-int8", "number_changed", "contradicted",
     "For its 8-bit finetuning of RoBERTa-large on GLUE, the LLM.int8() paper runs two setups: a comparison with "
     "other Int8 methods, and a comparison of the finetuning degradation with 8-bit FFN layers as well as 8-bit "
     "attention projection layers against 16-bit."),
    # quote: "We run two different setups: (1) we compare with other Int8 methods, and (2) we compare degradation of
    #   finetuning with 8-bit FFN layers as well as 8-bit attention projection layers comparel to 32-bit."
    #   (Appendix F, Fine-tuning Results; RoBERTa-large on GLUE is named in the sentence before; 32-bit changed to
    #   16-bit)
    ("llm-int8", "direction_changed", "contradicted",
     "In LLM.int8()'s Table 9 of GLUE finetuning results, vector-wise quantization falls short of the baselines."),
    # quote: "We can see that vector-wise quantization improve upon the baselines."  (Table 9 caption, Appendix F;
    #   improve upon -> fall short of)
    ("llm-int8", "condition_dropped", "partially_supported",
     "According to the LLM.int8() paper, outlier features with large magnitudes emerge and strongly affect all "
     "layers of a transformer and their quantization."),
    # quote: "As we scale transformers, outlier features with large magnitudes emerge and strongly affect all layers
    #   and their quantization."  (Section 4, opening paragraph; claim drops "As we scale transformers": in small
    #   models outliers are probabilistic and occur only in some layers, and they affect all layers only after the
    #   phase shift at around 6.7B parameters, per Sections 4.1 and 4.2)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper finds that with beam search, 8-bit OPT-175B generates text identical to that of the "
     "16-bit model for over 99% of prompts."),
    # grepped: "beam", "greedy", "identical", "generated text" -> no hits in llm-int8/paper.md
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity design, the presence and sign streams live in memories with one synchronous read port "
     "and a one-cycle read delay; these memories are outside the synthesized designs, whose weight-feeding logic "
     "is included."),
    # quote: "Both streams live in memories with one synchronous read port and a one-cycle read delay; the memories
    #   themselves are outside the synthesized designs, whose weight-feeding logic is included."  (Architectures,
    #   Feeding the bitmap/sign engine; "Both streams" = the presence bitmap and the compact sign stream of the
    #   section before)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Redundant prefetch reads at row boundaries, as well as final byte or loader-block rounding, are left out of "
     "the ternary-sparsity study's stream-size calculations."),
    # quote: "The stream-size calculations omit redundant prefetch reads at row boundaries and final byte or
    #   loader-block rounding."  (Limitations)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper acknowledges that its memory model is linear in payload bits: it assumes the cited "
     "per-bit energy applies proportionally to the modeled stream and does not simulate access granularity, burst "
     "utilization, background-energy scaling or actual memory-port transactions."),
    # quote: "The memory model is linear in payload bits: it assumes the cited per-bit energy applies proportionally
    #   to the modeled stream and does not simulate access granularity, burst utilization, background-energy
    #   scaling, or actual memory-port transactions."  (Limitations)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity power study, the energy per weight position in the power CSV is the trace-average "
     "energy per clock divided by five, which matches the five-lane steady-state width."),
    # quote: "Energy per weight position in the power CSV is the trace-average energy per clock divided by five,
    #   matching the five-lane steady-state width."  (Methodology, Switching energy)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In Architecture A, the engine keeps, per stream, a byte address counter and a current-byte register and "
     "reads a 32-bit window of current and next byte; the presence stream advances five bits per group and the "
     "sign stream a data-dependent zero to five bits."),
    # quote: "Per stream the engine keeps a byte address counter and a current-byte register and reads a 16-bit
    #   window of current and next byte; the presence stream advances five bits per group and the sign stream a
    #   data-dependent zero to five bits."  (Architectures, Feeding the bitmap/sign engine, Architecture A; 16-bit
    #   changed to 32-bit)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity paper's fused bitmap/sign engine, the datapath always reconstructs a two-bit weight "
     "vector."),
    # quote: "The datapath never reconstructs a two-bit weight vector."  (Architectures, Fused bitmap/sign engine;
    #   never -> always; only the two decoded variants of the next paragraph reconstruct one)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "In the ternary-sparsity study, the ternary codes are reconstructed from full-precision latent weights with "
     "the stated BitNet absmean rule rather than read from stored ternary codes."),
    # quote: "For \texttt{bitnet\_b1\_58-large}, the ternary codes are reconstructed from its full-precision latent
    #   weights with the stated BitNet absmean rule rather than read from stored ternary codes."  (Limitations;
    #   claim drops "For bitnet_b1_58-large": per the Methodology only that checkpoint stores full-precision latent
    #   weights, while seven of the nine quantization-aware or fine-tuned checkpoints and all four CAT-Q ones store
    #   packed ternary codes that are decoded exactly, and TriLM stores already ternarized weights)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study repeats its synthesis in the Nangate45 slow corner and finds that the bitmap/sign "
     "engines' clock-period advantage widens to about 20%."),
    # grepped: "slow", "worst-case", "temperature" -> no hits in natural-sparsity-ternary-llms/paper.tex ("corner"
    #   occurs only as "typical corner"; "worst" only in "The worst tested bitmap/sign configuration")
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "In SmoothQuant's Figure 4, the outliers in the activation end up greatly smoothed, while the weight is still "
     "pretty smooth and flat."),
    # quote: "In the end, the outliers in the activation are greatly smoothed while the weight is still pretty smooth
    #   and flat."  (Figure 4 caption)
    ("smoothquant", "paraphrase", "supported",
     "Deriving an efficient, hardware-friendly and preferably training-free quantization scheme for LLMs that would "
     "use INT8 for all the compute-intensive operations is, according to SmoothQuant's introduction, still an open "
     "challenge."),
    # quote: "Therefore, deriving an *efficient*, *hardware-friendly*, and preferably *training-free* quantization
    #   scheme for LLMs that would use INT8 for all the compute-intensive operations remains an open challenge."
    #   (Introduction, second paragraph)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper describes SmoothQuant as a general method designed to balance the quantization "
     "difficulty for Transformer models."),
    # quote: "SmoothQuant is a general method designed to balance the quantization difficulty for Transformer
    #   models."  (Section 5.2, Results on Instruction-Tuned LLM)
    ("smoothquant", "paraphrase", "supported",
     "When measuring the context-stage latency of its PyTorch implementation, the SmoothQuant paper records the "
     "aggregated peak GPU memory usage."),
    # quote: "We record the (aggregated) peak GPU memory usage in this process."  (Section 5.3, Context-stage:
    #   PyTorch Implementation; "this process" = generating all hidden states for a batch of 4 sentences in one
    #   pass, "i.e., the context stage latency", the sentence before)
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant's Figure 4 shows the magnitude of the input activations and weights of a linear layer in OPT-30B "
     "before and after SmoothQuant."),
    # quote: "**Figure 4.** Magnitude of the input activations and weights of a linear layer in OPT-13B before and
    #   after SmoothQuant."  (Figure 4 caption; OPT-13B changed to OPT-30B, a size the paper uses elsewhere)
    ("smoothquant", "direction_changed", "contradicted",
     "In SmoothQuant's PyTorch benchmarks, LLM.int8() is almost always faster than the FP16 baseline, which is due "
     "to the large overhead of the mixed-precision activation representation."),
    # quote: "On the other hand, LLM.int8() is almost always slower than the FP16 baseline, which is due to the large
    #   overhead of the mixed-precision activation representation."  (Section 5.3, Context-stage: PyTorch
    #   Implementation; slower -> faster)
    ("smoothquant", "condition_dropped", "partially_supported",
     "SmoothQuant's abstract states that existing quantization methods cannot maintain accuracy."),
    # quote: "However, existing methods cannot maintain accuracy and hardware efficiency at the same time."
    #   (Abstract; claim drops "and hardware efficiency at the same time": LLM.int8() matches the floating point
    #   accuracy but at a large latency overhead, per Section 5.2, Results of OPT-175B)
    ("smoothquant", "absent", "not_found",
     "With SmoothQuant W8A8 quantization, Pythia-12B keeps its LAMBADA accuracy within 0.5% of FP16."),
    # grepped: "Pythia", "12B" -> no hits in smoothquant/paper.md
]


# The twentieth split, written like the nineteenth (32 claims, eight a paper: four paraphrases, one changed number,
# one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence that no
# earlier split or PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl) and labelled from
# the papers' text before any was run through Gate 1: the estimate for ground-10.
# The first run had 22 of 32 right (0.69; BM25 and MiniLM alike) and three wrong 'supported': two direction
# changes through words no antonym list held ('often' made 'rarely', 'coarse-grained' made 'fine-grained') and a
# claim that drops 'As shown in Table 3' (the table of one model). Four changed numbers were not found (a dataset
# or GPU name with another number reads as another name), three true paraphrases not found or partially supported.
# ground-11 was tuned on its two direction changes (24 of 32 after, one wrong 'supported' left: the dropped 'As shown
# in Table 3'); the twenty-first split is its estimate.
FRESH_20: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "According to AWQ, keeping in FP16 the weights that correspond to the larger-magnitude input features can "
     "preserve those features, which contributes to better model performance."),
    # quote: "Keeping the corresponding weights in FP16 can preserve those features, which contributes to better model
    #   performance."  (Section 2.1; "the corresponding weights" / "those features" = the input features with larger
    #   magnitudes of the sentence before, "We hypothesize that the input features with larger magnitudes are
    #   generally more important.")
    ("awq", "paraphrase", "supported",
     "Per-channel scaling, which does not suffer from the hardware inefficiency issue, is the alternative method AWQ "
     "proposes to reduce the quantization error of the salient weight."),
    # quote: "We propose an alternative method to reduce the quantization error of the salient weight by
    #   *per-channel scaling*, which does not suffer from the hardware inefficiency issue."  (Section 2.2, opening
    #   sentence)
    ("awq", "paraphrase", "supported",
     "The AWQ paper states that the saliency of weight channels is actually determined by the activation scale, "
     "hence the term 'activation-awareness'."),
    # quote: "As shown in the last section, the saliency of weight channels is actually determined by the activation
    #   scale (thus “activation-awareness”)."  (Section 2.2, Searching to scale)
    ("awq", "paraphrase", "supported",
     "The caption of AWQ's Figure 5 says that AWQ provides a turn-key solution for turning the theoretical reduction "
     "in memory footprint into a quantifiable speedup."),
    # quote: "**Figure 5.** AWQ provides a turn-key solution to transform the theoretical memory footprint reduction
    #   into a quantifiable speedup."  (Figure 5 caption, Section 3.2)
    ("awq", "number_changed", "contradicted",
     "The results in AWQ's Table 6 are WikiText-103 perplexities of OPT models."),
    # quote: "Results are WikiText-2 perplexity of OPT models."  (Table 6 caption, Section 3.2; WikiText-2 ->
    #   WikiText-103, a dataset the paper never names)
    ("awq", "direction_changed", "contradicted",
     "In AWQ's Figure 2, more winning cases (shown in blue) indicate worse performance."),
    # quote: "More winning cases (in blue) indicate better performance."  (Figure 2 caption; better -> worse)
    ("awq", "condition_dropped", "partially_supported",
     "The AWQ paper's introduction states that post-training quantization (PTQ) suffers from large accuracy "
     "degradation."),
    # quote: "Quantization-aware training (QAT) is not practical due to the high training cost, while post-training
    #   quantization (PTQ) suffers from large accuracy degradation under a low-bit setting."  (Section 1,
    #   Introduction, second paragraph; claim drops "under a low-bit setting": AWQ itself is a PTQ method (Appendix
    #   B), people usually use PTQ to quantize LLMs, and W8A8 is named as a separate setting (Section 4); an earlier
    #   split restated only the QAT half, "Quantization-aware training is practical for LLMs because of its low
    #   training cost")
    ("awq", "absent", "not_found",
     "The AWQ paper also quantizes Qwen-7B and Baichuan-13B to INT4-g128 and reports a WikiText-2 perplexity increase "
     "of less than 0.2 for both."),
    # grepped: "Qwen", "Baichuan" -> no hits in awq/paper.md
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "In the LLM.int8() schematic, both the outlier outputs and the regular outputs are finally accumulated in 16-bit "
     "floating point outputs."),
    # quote: "Finally, both outlier and regular outputs are accumulated in 16-bit floating point outputs."  (Figure 2
    #   caption)
    ("llm-int8", "paraphrase", "supported",
     "Emergence, the LLM.int8() analysis suggests, is about perplexity and not only about model size, with perplexity "
     "being related to multiple additional factors such as the amount of training data used and data quality."),
    # quote: "This also suggests that emergence is not only about model size but about perplexity, which is related
    #   to multiple additional factors such as the amount of training data used, and data quality [Hof22, Hen20a]."
    #   (Section 4.2, second of the four main quantitative points)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper names as a final limitation that it focuses on inference and does not study training or "
     "finetuning."),
    # quote: "A final limitation is that we focus on inference but do not study training or finetuning."  (Section 6,
    #   Discussion and Limitations)
    ("llm-int8", "paraphrase", "supported",
     "In its appendix on outlier feature data, the LLM.int8() paper gives the quartiles of the most common outlier in "
     "each transformer and the number of one-sided outliers, that is, outliers with asymmetric distributions that do "
     "not cross zero."),
    # quote: "We provide the quartiles of the most common outlier in each transformer and the number of outliers that
    #   are one-sided, that is, which have asymmetric distributions which do not cross zero."  (Appendix C, Detailed
    #   Outlier Feature Data)
    ("llm-int8", "number_changed", "contradicted",
     "For zeropoint quantization, the LLM.int8() paper says the outputs are accumulated as a 16-bit integer both when "
     "the multiply_i16 instruction is available and when the multiplication has to be unrolled."),
    # quote: "In both cases, the outputs are accumulated as a 32-bit integer $C_{\mathrm{i32}}$."  (Section 2.1,
    #   Zeropoint quantization; "both cases" = with the multiply_i16 instruction and with the unrolled computation
    #   needed where it "is not available such as on GPUs or TPUs", the sentences before; 32-bit changed to 16-bit,
    #   the width of the integer operation named two sentences earlier)
    ("llm-int8", "direction_changed", "contradicted",
     "The LLM.int8() paper notes that, while its work focuses on memory efficiency to make models accessible, Int8 "
     "methods are rarely used to accelerate inference."),
    # quote: "While our work focuses on memory efficiency to make models accessible, Int8 methods are also often used
    #   to accelerate inference."  (Appendix D.1, Matrix Multiplication benchmarks; often -> rarely, "also" dropped
    #   for grammar)
    ("llm-int8", "condition_dropped", "partially_supported",
     "LLM.int8()'s Table 5 reports inference speedups compared to 16-bit matrix multiplication for differently sized "
     "GPT-3 transformers."),
    # quote: "**Table 5.** Inference speedups compared to 16-bit matrix multiplication for the first hidden layer in
    #   the feed-forward of differently sized GPT-3 transformers."  (Table 5 caption, Appendix D.1; claim drops "for
    #   the first hidden layer in the feed-forward": the table times one feed-forward matrix multiplication, not whole
    #   transformers, and the end-to-end BLOOM-176B benchmark of Appendix D.2 finds Int8 inference slightly slower
    #   than 16-bit)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper reports that 8-bit BLOOM-176B keeps its zero-shot BoolQ and ARC-Challenge accuracy within "
     "0.3 points of the 16-bit model."),
    # grepped: "BoolQ", "ARC-", "ARC " -> no hits in llm-int8/paper.md (zero-shot tasks named are WinoGrande,
    #   HellaSwag, PIQA and LAMBADA, for OPT models)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity study, tail positions use the tensor-average compute estimate instead of separately "
     "simulated padding activity."),
    # quote: "Tail positions use the tensor-average compute estimate rather than separately simulated padding
    #   activity."  (Limitations)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the fused bitmap/sign engine, the activations are gated directly by the presence bits, and the sign of each "
     "present position is selected from a window of the sign stream by the prefix count of presence bits below it."),
    # quote: "The presence bits gate the activations directly; for each present position the prefix count of
    #   presence bits below it selects its sign from a window of the sign stream."  (Architectures, Fused bitmap/sign
    #   engine)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper acknowledges that its main pointer-free model assumes sequential row consumption "
     "with a carried sign cursor, whereas the current RTL instead receives each row's start address from outside "
     "the synthesized block."),
    # quote: "The main pointer-free model assumes sequential row consumption with a carried sign cursor; the current
    #   RTL instead receives each row's start address from outside the synthesized block."  (Limitations)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The standard-cell areas in the ternary-sparsity paper's table of the smallest engine netlist meeting each clock "
     "period exclude SRAM, feed-byte registers and refill control."),
    # quote: "Excludes SRAM, feed-byte registers, and refill control."  (caption of Table tab:frontier, "Smallest
    #   mapped standard-cell area ... of each five-position engine that meets the clock period", Results, Matched
    #   clock period and area)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In the ternary-sparsity paper's model-wide checkpoint table, five-trit reads 1.600 to 1.625 bits per weight."),
    # quote: "Five-trit reads 1.600--1.604."  (caption of Table tab:system, after "Bits/wt is the Architecture~A cost
    #   per weight"; 1.604 changed to 1.625, the block-restart five-trit rate the paper uses only as an alternative)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity study, the 'full-front decoded' variant excludes the same presence-byte alignment as the "
     "direct engine and provides the matched comparison of decoded and fused compute."),
    # quote: "The ``full-front decoded'' variant includes the same presence-byte alignment as the direct engine and
    #   provides the matched comparison of decoded and fused compute."  (Architectures, Fused bitmap/sign engine;
    #   includes -> excludes; it is the "presence extracted" variant, the sentence before, that excludes presence-byte
    #   alignment)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "In the ternary-sparsity study's Architecture B, the loader operates at the stream rate and its area and energy "
     "are charged to the engine."),
    # quote: "If byte-packed weights are streamed in during inference, the loader operates at the stream rate and its
    #   area and energy are charged to the engine (``B streamed'')."  (Architectures, Feeding the bitmap/sign engine,
    #   Architecture B; claim drops "If byte-packed weights are streamed in during inference": when the compressed
    #   weights stay resident in on-chip banks the loader is idle during inference ("B resident"), the sentence
    #   before)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study also places and routes both engines with the ASAP7 predictive library and finds "
     "that the bitmap/sign engine's post-route area overhead shrinks to about 3%."),
    # grepped: "ASAP7", "place and route", "place-and-route", "route" -> no hits in natural-sparsity-ternary-llms/
    #   paper.tex (all hardware numbers are "pre-layout" in Nangate45; "rout" occurs only in "routing overhead")
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's preliminaries note that finer-grained quantization can be enabled by using different quantization "
     "step sizes for the activations associated with each token (per-token quantization) or for each output channel "
     "of the weights (per-channel quantization)."),
    # quote: "We can further enable finer-grained quantization by using different quantization step sizes for
    #   activations associated with each token (per-token quantization) or each output channel of weights (per-channel
    #   quantization)."  (Section 2, Preliminaries)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant scales the weights accordingly in the reversed direction, which keeps the mathematical equivalence "
     "of a linear layer."),
    # quote: "To keep the mathematical equivalence of a linear layer, we scale the weights accordingly in the
    #   reversed direction:"  (Section 4, opening paragraph; the reversed direction is relative to dividing the input
    #   activation by the per-channel smoothing factor, the sentence before)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper notes that different model and training designs have different quantization "
     "difficulties, which its authors hope will inspire future research."),
    # quote: "Note that different model/training designs have different quantization difficulties, which we hope
    #   will inspire future research."  (Section 5.2, Results of different LLMs)
    ("smoothquant", "paraphrase", "supported",
     "In its appendix discussion of weight-only quantization, the SmoothQuant paper considers weight-only "
     "quantization and W8A8 weight-activation quantization to be somewhat orthogonal settings."),
    # quote: "Finally, we think the two settings are somewhat orthogonal."  (Appendix A, point 4; "the two settings"
    #   = the weight-only quantization the appendix discusses and the W8A8 weight-activation quantization the paper
    #   studies, per the appendix's opening paragraphs)
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant's Figure 9 shows the inference latency (top) and memory usage (bottom) of the FasterTransformer "
     "implementation on NVIDIA A100-40GB GPUs."),
    # quote: "**Figure 9.** Inference latency (top) and memory usage (bottom) of the FasterTransformer implementation
    #   on NVIDIA A100-80GB GPUs."  (Figure 9 caption; A100-80GB changed to A100-40GB, a variant the paper never
    #   names)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant's preliminaries describe group-wise quantization, which uses different quantization steps for "
     "different channel groups, as a fine-grained version of per-channel quantization."),
    # quote: "A coarse-grained version of per-channel quantization is to use different quantization steps for
    #   different channel groups, called group-wise quantization [She20c, Yao22]."  (Section 2, Preliminaries;
    #   coarse-grained -> fine-grained)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The SmoothQuant paper reports that SmoothQuant can match the FP16 accuracy on all evaluation datasets with all "
     "quantization schemes."),
    # quote: "As shown in [Table 3](#table-03), SmoothQuant can match the FP16 accuracy on all evaluation datasets
    #   with all quantization schemes."  (Section 5.2, Results of OPT-175B; claim drops "As shown in Table 3", i.e.
    #   for OPT-175B, the model of the sentence before: on BLOOM-176B the O3 level degrades the average accuracy by
    #   0.8% and on GLM-130B SmoothQuant-O3 degrades it by 1%, per Results of different LLMs)
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper combines W8A8 quantization with 2:4 structured pruning on OPT-66B and reports a further "
     "1.3x speedup over W8A8 alone."),
    # grepped: "prun", "2:4", "sparsity", "structured" -> no hits in smoothquant/paper.md
]


# The twenty-first split, written like the twentieth (32 claims, eight a paper: four paraphrases, one changed number,
# one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence that no
# earlier split or PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl) and labelled from
# the papers' text before any was run through Gate 1: the estimate for ground-11.
# The first run had 22 of 32 right (0.69; BM25 and MiniLM alike) and four wrong 'supported': a number changed in
# words ('halves' made 'cuts ... to a quarter'), a dropped scope word ('billion-scale 8-bit transformers'), 'LLMs'
# widened to 'transformer models', and a dropped 'usually' judged against another sentence. Three changed numbers
# or directions were not found, one true paraphrase was contradicted ('rather than' read as an added negation).
# ground-12 was tuned on three of its misses (25 of 32 after); the twenty-second split is its estimate.
FRESH_21: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "AWQ makes LLMs more efficient and accessible, and so it may inherit the impacts of LLMs."),
    # quote: "It makes LLMs more efficient and accessible and thus may inherit the impacts of LLMs."  (Appendix A,
    #   Broader impacts; "It" = "a general technique to enable accurate and efficient low-bit weight-only
    #   quantization of large language models (LLMs)", i.e. AWQ, the sentence before)
    ("awq", "paraphrase", "supported",
     "Weight channels that correspond to larger activation magnitudes are more salient because they process more "
     "important features, so, although AWQ does weight-only quantization, its insight is that the salient weight "
     "channels should be found from the activation distribution rather than from the weight distribution."),
    # quote: "To find the salient weight channels, the insight is that we should refer to the *activation* distribution
    #   instead of the *weight* distribution, despite we are doing *weight-only* quantization: weight channels
    #   corresponding to larger activation magnitudes are more salient since they process more important features."
    #   (Section 1, Introduction, third paragraph)
    ("awq", "paraphrase", "supported",
     "The AWQ paper explains that, following previous literature, it mainly profiles the quantized models on language "
     "modeling tasks (perplexity evaluation on WikiText-2), since perplexity can stably reflect an LLM's performance."),
    # quote: "Following previous literature [Det22, Xia23, Fra22, Det22c, Yao22a], we mainly profiled the quantized
    #   models on language modeling tasks (perplexity evaluation on WikiText-2 [Mer16a]) since perplexity can stably
    #   reflect the LLM’s performance [Det22c]."  (Section 3.1, Settings, Evaluations)
    ("awq", "paraphrase", "supported",
     "In AWQ's Table 1, the results with a decent perplexity are highlighted in green."),
    # quote: "We highlight results with a decent perplexity in green."  (Table 1 caption, Section 2.1)
    ("awq", "number_changed", "contradicted",
     "The caption of AWQ's Figure 1 says that the authors can find 5% of the salient weights in LLMs by observing the "
     "activation distribution."),
    # quote: "**Figure 1.** We observe that we can find 1% of the salient weights in LLMs by observing the *activation
    #   distribution* (middle)."  (Figure 1 caption, Section 2; 1% -> 5%)
    ("awq", "direction_changed", "contradicted",
     "According to the AWQ abstract, the astronomical model size of large language models lowers the hardware barrier "
     "for serving (memory size) and slows down token generation (memory bandwidth)."),
    # quote: "Large language models (LLMs) have shown excellent performance on various tasks, but the astronomical model
    #   size raises the hardware barrier for serving (memory size) and slows down token generation (memory
    #   bandwidth)."  (Abstract; raises -> lowers)
    ("awq", "condition_dropped", "partially_supported",
     "In AWQ, where s is a per-input-channel scaling factor, the inverse scaling of the input features, s^-1 times X, "
     "can be fused into the previous operator."),
    # quote: "$\mathbf{s}$ is a per-(input) channel scaling factor; for $\mathbf{s^{-1}}\cdot\mathbf{X}$, it can usually
    #   be fused into the previous operator [Wei22, Xia23]."  (Section 2.2, Searching to scale; claim drops "usually":
    #   the paper says the inverse scaling can usually, not always, be fused into the preceding operator, and gives
    #   no guarantee for every layer)
    ("awq", "absent", "not_found",
     "The AWQ paper also evaluates INT3-g128 Vicuna models on MT-Bench and reports scores within 0.1 of their FP16 "
     "counterparts."),
    # grepped: "MT-Bench", "MT Bench" -> no hits in awq/paper.md (the instruction-tuned models are judged only with
    #   the GPT-4 score on 80 sample questions, Figure 2)
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "Although its primary focus is on saving memory, the LLM.int8() work also measured the run time of LLM.int8()."),
    # quote: "Although our primary focus is on saving memory, we also measured the run time of LLM.int8()."
    #   (Section 3.4, Main Results, last paragraph)
    ("llm-int8", "paraphrase", "supported",
     "Earlier studies of outlier features in language models are extended by the LLM.int8() paper, which shows how "
     "the scale of autoregressive models relates to the emergent properties of these outlier features and how "
     "appropriately modeling outliers is critical to effective quantization."),
    # quote: "We extend this work further by showing how the scale of autoregressive models relates to the emergent
    #   properties of these outlier features, and showing how appropriately modeling outliers is critical to effective
    #   quantization."  (Section 5, Related work, Outlier Features in Language Models; "this work" = the earlier
    #   studies of large magnitude outlier features in language models the paragraph cites)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper notes that previous work proved the theoretical relationship between the appearance of "
     "outliers in transformers and layer normalization and the token frequency distribution."),
    # quote: "Previous work proved the theoretical relationship between outlier appearance in transformers and how it
    #   relates to layer normalization and the token frequency distribution [Gao19b]."  (Section 5, Related work,
    #   Outlier Features in Language Models)
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s Figure 3 shows the percentage of layers and of all sequence dimensions affected by large-magnitude "
     "outlier features across the transformer, by model size in panel (a) and by C4 perplexity in panel (b)."),
    # quote: "**Figure 3.** Percentage of layers and all sequence dimensions affected by large magnitude outlier
    #   features across the transformer by (a) model size or (b) C4 perplexity."  (Figure 3 caption, Section 4.2)
    ("llm-int8", "number_changed", "contradicted",
     "To cope with the emergent features of transformer language models, the LLM.int8() authors develop a three-part "
     "quantization procedure, LLM.int8()."),
    # quote: "To cope with these features, we develop a two-part quantization procedure, LLM.int8()."  (Abstract;
    #   "these features" = the "highly systematic emergent features in transformer language models" of the sentence
    #   before; two-part -> three-part)
    ("llm-int8", "direction_changed", "contradicted",
     "In the LLM.int8() paper's C4 perplexity results, LLM.int8() is the only method with an unfavorable scaling "
     "trend."),
    # quote: "As such, LLM.int8() is the only method with a favorable scaling trend."  (Section 3.4, Main Results;
    #   favorable -> unfavorable)
    ("llm-int8", "condition_dropped", "partially_supported",
     "The LLM.int8() analysis demonstrates that a significant problem for 8-bit transformers is that they have "
     "large-magnitude features (columns), which are important for transformer performance and require high-precision "
     "quantization."),
    # quote: "In our analysis, we demonstrate that a significant problem for billion-scale 8-bit transformers is that
    #   they have large magnitude features (columns), which are important for transformer performance and require
    #   high precision quantization."  (Section 3.2, The Core of LLM.int8(); claim drops "billion-scale": the
    #   outliers are systematic only in large models and "probabilistic in small models" (Section 4.1), and their
    #   emergence across all layers happens between 6B and 6.7B parameters (Section 4.2))
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper evaluates 8-bit OPT-175B on SQuAD question answering and finds no drop in F1 score "
     "compared with 16-bit inference."),
    # grepped: "SQuAD", "question answering", "F1 score" -> no hits in llm-int8/paper.md (zeroshot tasks are
    #   WinoGrande, HellaSwag, PIQA and LAMBADA; the GLUE results are for RoBERTa-large finetuning)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity study, the simulated activity of every cell pin is loaded into OpenSTA, which reports "
     "internal, switching and leakage power at the netlist's clock, and any run with an unannotated pin is rejected."),
    # quote: "The simulated activity of every cell pin is loaded into OpenSTA, which reports internal, switching and
    #   leakage power at the netlist's clock; a run with any unannotated pin is rejected."  (Methodology, Switching
    #   energy)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity study's energy per weight position is a normalized per-position metric, not total trace "
     "energy divided by the number of logical weights, since its traces also contain row-start cycles and one "
     "prefill cycle for the fed engines."),
    # quote: "Because the traces also contain row-start cycles (and one prefill cycle for the fed engines), this is a
    #   normalized per-position metric rather than total trace energy divided by the number of logical weights."
    #   (Methodology, Switching energy; "this" = "Energy per weight position in the power CSV", the sentence before)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper says it contributes the matched RTL and gate-level comparison, including feeding "
     "hardware, together with the observation that the mask gives no consistent compute-energy saving and a "
     "break-even analysis that uses exact statistics from real checkpoints."),
    # quote: "This study contributes the matched RTL and gate-level comparison, including feeding hardware, together
    #   with the observation that the mask provides no consistent compute-energy saving and the break-even analysis
    #   using exact statistics from real checkpoints."  (Discussion, last paragraph)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "According to the caption of the ternary-sparsity paper's architecture-overview figure, the matched five-trit and "
     "direct bitmap/sign datapaths both form five signed-or-zero activation contributions and reduce them with the "
     "same five-input adder-tree structure, the difference being the front end that reconstructs those contributions "
     "from the stored weight representation."),
    # quote: "Both form five signed-or-zero activation contributions and reduce them with the same five-input
    #   adder-tree structure; the difference is the front end that reconstructs those contributions from the stored
    #   weight representation."  (caption of Figure fig:architecture-overview, Architectures; "Both" = "the matched
    #   five-trit and direct bitmap/sign datapaths", the caption's first sentence)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "The ternary-sparsity study's memory-energy sweep includes two CACTI-modeled points as sensitivity values."),
    # quote: "One CACTI-modeled point is included as a sensitivity value."  (Methodology, Memory and model-wide
    #   projection model; One -> two)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity paper, areas and clock periods come from post-layout synthesis and static timing, "
     "energies are simulated estimates from gate-level simulation and library power tables, and model-wide "
     "projection figures are model results."),
    # quote: "Areas and clock periods come from pre-layout synthesis and static timing; energies are simulated
    #   estimates from gate-level simulation and library power tables; model-wide projection figures are model
    #   results."  (Results, opening paragraph; pre-layout -> post-layout)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "In the ternary-sparsity paper's model-wide checkpoint table, the Best column is the lowest bitmap/sign value "
     "over the tested clocks and memory-energy points, with the loader charged for streamed B."),
    # quote: "Best: lowest bitmap/sign value over the tested clocks and memory-energy points, restricting B resident to
    #   SRAM points and charging the loader for streamed B."  (caption of Table tab:system, Results, Model-wide
    #   ternary-projection estimate; wrapped over lines in the source; claim drops "restricting B resident to SRAM
    #   points": B resident is evaluated only with on-chip SRAM points, not with the LPDDR4 or other off-chip points)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study also simulates both engines at a 125 C junction temperature and finds that leakage "
     "then accounts for most of the bitmap/sign engine's energy per weight."),
    # grepped: "temperature", "thermal", "junction", "125 C" -> no hits in natural-sparsity-ternary-llms/paper.tex
    #   (all results are at the Nangate45 typical corner)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "To reduce the quantization error, SmoothQuant's authors say the effective quantization bits should be increased "
     "for all the channels."),
    # quote: "To reduce the quantization error, we should *increase the effective quantization bits* for all the
    #   channels."  (Section 4, Migrate the quantization difficulty from activations to weights)
    ("smoothquant", "paraphrase", "supported",
     "All the activation channels end up with the same maximum value after the division, which is easy to quantize; "
     "this is what SmoothQuant's straightforward choice of smoothing factor, s_j = max(|X_j|), ensures."),
    # quote: "This choice ensures that after the division, all the activation channels will have the same maximum
    #   value, which is easy to quantize."  (Section 4, Migrate the quantization difficulty from activations to
    #   weights; "This choice" = "a straight-forward choice is $\mathbf{s}_{j}=\max(|\mathbf{X}_{j}|)$", the sentence
    #   before)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper introduces a hyper-parameter, the migration strength alpha, to control how much difficulty "
     "is migrated from activations to weights."),
    # quote: "Here we introduce a hyper-parameter, migration strength $\alpha$, to control how much difficulty we want
    #   to migrate from activation to weights, using the following equation:"  (Section 4, before Equation 4)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's appendix notes that when the memory size of the KV cache can no longer be ignored, quantizing "
     "activations can also help reduce the memory cost of storing the KV cache."),
    # quote: "In this case, quantization of activation can also help reduce the memory cost from storing the KV
    #   cache."  (Appendix A, point 3; "In this case" = when "the memory size of the KV cache can no longer be
    #   ignored", the sentence before)
    ("smoothquant", "number_changed", "contradicted",
     "In the decoding stage, SmoothQuant additionally cuts the memory footprint of LLM inference to a quarter, "
     "enabling the deployment of LLMs at a significantly lower cost."),
    # quote: "Additionally, SmoothQuant halves the memory footprints for LLM inference, enabling the deployment of LLMs
    #   at a significantly lower cost."  (Section 5.3, Decoding-stage; halves -> cuts to a quarter, i.e. 2x -> 4x)
    ("smoothquant", "direction_changed", "contradicted",
     "Because outliers persist and the variance inside each channel is small, SmoothQuant argues that per-channel "
     "activation quantization would give a much larger quantization error than per-tensor quantization, while "
     "per-token quantization helps little."),
    # quote: "Due to the persistence of outliers and the small variance inside each channel, if we could perform
    #   *per-channel* quantization [Bon21a] of the activation (i.e., using a different quantization step for each
    #   channel), the quantization error would be much smaller compared to *per-tensor* quantization, while
    #   *per-token* quantization helps little."  (Section 3, Review of Quantization Difficulty; smaller -> larger)
    ("smoothquant", "condition_dropped", "partially_supported",
     "SmoothQuant's introduction says that, unlike those of CNN models, the activations of transformer models are "
     "difficult to quantize."),
    # quote: "However, unlike CNN models or smaller transformer models like BERT [Dev19a], the *activations* of LLMs
    #   are difficult to quantize."  (Section 1, Introduction; claim drops the restriction to LLMs, "unlike ...
    #   smaller transformer models like BERT": per the next sentence the outliers emerge only when LLMs are scaled
    #   beyond 6.7B parameters, and Outlier Suppression succeeds on BERT and BART (Related Work))
    ("smoothquant", "absent", "not_found",
     "With SmoothQuant W8A8 quantization, OPT-175B keeps its zero-shot BoolQ and ARC-Easy accuracy within 0.5 points "
     "of FP16."),
    # grepped: "BoolQ", "ARC-Easy", "ARC-e" -> no hits in smoothquant/paper.md (zero-shot tasks are LAMBADA,
    #   HellaSwag, PIQA, WinoGrande, OpenBookQA, RTE and COPA)
]


# The twenty-second split, written like the twenty-first (32 claims, eight a paper: four paraphrases, one changed
# number, one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence
# that no earlier split or PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl) and labelled
# from the papers' text before any was run through Gate 1: the estimate for ground-12.
# Two dropped conditions (awq, smoothquant) reuse a sentence an earlier split used for another purpose, changing a
# different part of it (the brief's exception): no unused sentence of those papers had a droppable condition left.
# The first run had 24 of 32 right (0.75; BM25 and MiniLM alike) and two wrong 'supported', both dropped
# conditions ('up to 176B parameters', 'LLaMA-65B' as the model timed). ground-13 was tuned on it and the
# twenty-third together (after: 27 of 32 here, no wrong 'supported'); the twenty-fourth split is its estimate.
FRESH_22: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ paper notes that the large model size of LLMs leads to high serving costs."),
    # quote: "However, the large model size leads to the high serving costs."  (Section 1, Introduction, first
    #   paragraph; "the large model size" is that of the LLMs of the sentence before)
    ("awq", "paraphrase", "supported",
     "That scaling up the salient channels can reduce their relative quantization error is derived by the AWQ "
     "authors from an analysis of the error from weight quantization, which they carry out to avoid a "
     "hardware-inefficient mixed-precision implementation."),
    # quote: "To avoid the hardware-inefficient mixed-precision implementation, we analyze the error from weight
    #   quantization and derive that *scaling up the salient channels can reduce their relative quantization error*
    #   (Equation [2](#S2.E2 "In 2.2 Protecting Salient Weights by Activation-aware Scaling ‣ 2 AWQ:
    #   Activation-aware Weight Quantization ‣ AWQ: Activation-aware Weight Quantization for LLM Compression and
    #   Acceleration"))."  (Section 1, Introduction, third paragraph)
    ("awq", "paraphrase", "supported",
     "The AWQ paper reports that its experiments show AWQ outperforming existing work on various tasks for different "
     "model families, such as LLaMA and OPT, and for different model sizes."),
    # quote: "Experiments show that AWQ outperforms existing work on various tasks for different model families
    #   (*e.g*., LLaMA [Tou23], OPT [Zha22a]) and model sizes."  (Section 1, Introduction, fourth paragraph)
    ("awq", "paraphrase", "supported",
     "In its limitations appendix, the AWQ paper says it would be helpful to perform a more holistic evaluation of "
     "quantized LLMs covering aspects such as robustness, fairness, bias, toxicity, helpfulness and calibration, and "
     "leaves this to future work."),
    # quote: "We think it would be helpful to perform a more holistic evaluation of quantized LLMs covering these
    #   aspects, which we leave to future work."  (Appendix A, Limitations; "these aspects" = "other important metrics
    #   for LLM benchmark like robustness, fairness, bias, toxicity, helpfulness, calibration, *etc*.", the sentence
    #   before)
    ("awq", "number_changed", "contradicted",
     "According to AWQ's related work, people study three settings for LLM quantization, among them W8A8 "
     "quantization, where both activations and weights are quantized to INT8, and low-bit weight-only quantization "
     "such as W4A16, where only the weights are quantized into low-bit integers."),
    # quote: "People study two settings for LLM quantization: (1) W8A8 quantization, where both activation and weights
    #   are quantized to INT8 [Det22, Xia23, Yao22a, Wei22b, Wei23]; (2) Low-bit weight-only quantization (*e.g*.,
    #   W4A16), where only weights are quantized into low-bit integers [Fra22, Det22c, She23a, Par22]."  (Section 4,
    #   Related Work, Quantization of LLMs; two -> three)
    ("awq", "direction_changed", "contradicted",
     "AWQ's method section opens by defining quantization as mapping a floating-point number into higher-bit "
     "integers."),
    # quote: "*Quantization* maps a floating-point number into lower-bit integers."  (Section 2, AWQ:
    #   Activation-aware Weight Quantization, first sentence; lower-bit -> higher-bit)
    ("awq", "condition_dropped", "partially_supported",
     "According to AWQ's appendix on the amount of computation, testing on 4 common sense QA tasks requires 3 GPU "
     "hours, and testing on MMLU, which consists of 57 sub-datasets, requires 5 GPU hours."),
    # quote: "The accuracy measurement time depends on the model and dataset sizes: testing LLaMA-65B (the biggest
    #   model we tested on multiple datasets) on 4 common sense QA tasks requires 3 GPU hours; testing it on MMLU
    #   (consisting of 57 sub-datasets) requires 5 GPU hours."  (Appendix B, Amount of Computation; claim drops
    #   "LLaMA-65B (the biggest model we tested on multiple datasets)": the times are for the largest model only, and
    #   the next sentence says "The GPU hours would be smaller for smaller models and datasets". Reused: an earlier
    #   split's paraphrase "Evaluating LLaMA-65B takes 5 GPU hours on MMLU ..." kept the model; this one drops it)
    ("awq", "absent", "not_found",
     "The AWQ paper compares AWQ with SpQR and SqueezeLLM on LLaMA-65B and reports lower INT3-g128 perplexity than "
     "both."),
    # grepped: "SpQR", "SqueezeLLM", "Squeeze" -> no hits in awq/paper.md (the compared methods are RTN and GPTQ with
    #   and without reordering; ZeroQuant, AdaRound and BRECQ are named but not included for study)
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "According to the LLM.int8() abstract, large language models have been widely adopted but need significant GPU "
     "memory for inference."),
    # quote: "Large language models have been widely adopted but require significant GPU memory for inference."
    #   (Abstract, first sentence)
    ("llm-int8", "paraphrase", "supported",
     "Attention and the overall predictive performance of transformers are strongly affected by outlier features, "
     "the LLM.int8() analysis finds."),
    # quote: "We find that outlier features strongly affect attention and the overall predictive performance of
    #   transformers."  (Section 4, Emergent Large Magnitude Features in Transformers at Scale, second paragraph)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper states that insights from its analysis of outlier features were critical to developing "
     "mixed-precision decomposition."),
    # quote: "Insights from this analysis were critical to developing mixed-precision decomposition."  (Section 4,
    #   second paragraph; "this analysis" = the paper's analysis of the outlier features, the subject of the
    #   paragraph and of the two sentences before)
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s Table 6 also reports the per-token generation speed, in milliseconds, for different batch "
     "sizes."),
    # quote: "We also report the per-token generation speed in milliseconds for different batch sizes."  (Table 6
    #   caption, Appendix D; the caption's first sentence: "Ablation study on the number of GPUs used to run several
    #   types of inferences of BLOOM-176B model.")
    ("llm-int8", "number_changed", "contradicted",
     "In the schematic of LLM.int8(), the outlier feature matrices are multiplied in 32-bit."),
    # quote: "The outlier feature matrices are multiplied in 16-bit."  (Figure 2 caption, Section 1; 16-bit ->
    #   32-bit)
    ("llm-int8", "direction_changed", "contradicted",
     "In LLM.int8()'s Table 5 of inference speedups over 16-bit matrix multiplication, numbers larger than 1.0x "
     "represent slowdowns."),
    # quote: "Numbers small than 1.0x represent slowdowns."  (Table 5 caption, Appendix D; small(er) -> larger)
    ("llm-int8", "condition_dropped", "partially_supported",
     "The LLM.int8() paper shows that its method allows for zero-degradation quantization of models."),
    # quote: "We show that our method allows for zero-degradation quantization of models up to 176B parameters."
    #   (Section 5, Related work, Multi-billion Scale Transformer Quantization; claim drops "up to 176B parameters":
    #   the Limitations say "we only study models with up to 175B parameters" and that "additional emergent
    #   properties might disrupt our quantization methods at larger scales")
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper applies LLM.int8() to the Whisper speech recognition model and reports an unchanged word "
     "error rate."),
    # grepped: "Whisper", "speech", "word error" -> no hits in llm-int8/paper.md (evaluations are language modeling
    #   perplexity, zeroshot tasks, GLUE finetuning and machine translation training)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper notes that SSR and addition-based sparse GEMM both explicitly exploit ternary "
     "weights that are zero."),
    # quote: "SSR and addition-based sparse GEMM explicitly exploit zero ternary weights
    #   \cite{pittet2026ssr,zhu2026sparsegemm}."  (Related work, Sparse ternary computation)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity paper's five-trit baseline, one byte holds five packed ternary weights, since 3^5 = 243 "
     "is at most 256, which gives 1.6 bits per weight."),
    # quote: "Five ternary weights are packed into one byte ($3^5=243\le256$), 1.6 bits per weight."  (Architectures,
    #   Five-trit baseline)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper acknowledges that zero-gated arithmetic and five-trit hardware decoding are also "
     "established."),
    # quote: "Zero-gated arithmetic and five-trit hardware decoding are also established."  (Discussion, last
    #   paragraph)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity paper's break-even figure, red ticks mark the zero fractions of the 13 analyzed "
     "checkpoints."),
    # quote: "Red ticks mark the zero fractions of the 13 analyzed checkpoints."  (caption of Figure fig:breakeven,
    #   Results, Model-wide ternary-projection estimate; wrapped over lines in the source)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "The ternary-sparsity paper notes that Slim-Llama demonstrated a fabricated binary/ternary LLM processor at "
     "ISSCC 2024."),
    # quote: "Slim-Llama demonstrated a fabricated binary/ternary LLM processor at ISSCC 2025
    #   \cite{kim2025slimllama}, and later work explored lookup-table (LUT) accelerators
    #   \cite{huang2025tenet,geens2026lut}, FPGA systems \cite{qiao2025tellme}, compute-in-ROM \cite{zhang2026bitrom},
    #   sparse ternary matrix--matrix multiplication (GEMM) \cite{pittet2026ssr,zhu2026sparsegemm}, packed
    #   post-training-quantized weights \cite{jung2026tace}, and a 16 nm ternary/mixed-precision silicon prototype in
    #   VitaLLM \cite{lin2026vitallm}."  (Introduction, second paragraph; ISSCC 2025 -> ISSCC 2024)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity paper's table of modeled compute plus weight-read energy per weight, a positive value "
     "means that the bitmap/sign design uses less energy than stream-fed five-trit."),
    # quote: "Positive means the bitmap/sign design uses more energy."  (caption of Table tab:memory, Results,
    #   Stream-feeding hardware; the caption's first sentence gives the energy "relative to stream-fed five-trit";
    #   more -> less)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The ternary-sparsity study does not model CAT-Q's per-128-weight scales."),
    # quote: "CAT-Q's per-128-weight scales are not modeled in the synthesized datapaths."  (Limitations; claim drops
    #   "in the synthesized datapaths": the model-wide estimate does model "CAT-Q's common 16-bit scale read per 128
    #   ternary weights" as a sensitivity, which lowers the A/B-streamed LPDDR4 saving from 3.7--6.8% to about
    #   3.4--6.3% (Results, Model-wide ternary-projection estimate))
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study also compares the bitmap/sign format against a compressed sparse row (CSR) encoding "
     "with per-nonzero column indices and finds CSR larger at every tested zero density."),
    # grepped: "CSR", "compressed sparse", "column ind", "indices" -> no hits in natural-sparsity-ternary-llms/paper.tex
    #   (the compared representations are five-trit packing, 2-bit codes and the bitmap/sign format)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's abstract observes that large language models show excellent performance but are compute- and "
     "memory-intensive."),
    # quote: "Large language models (LLMs) show excellent performance but are compute- and memory-intensive."
    #   (Abstract, first sentence)
    ("smoothquant", "paraphrase", "supported",
     "Dividing the input activation by a per-channel smoothing factor s, so as to smooth it, is what the SmoothQuant "
     "authors propose in place of per-channel activation quantization, which is infeasible."),
    # quote: "Instead of per-channel activation quantization (which is infeasible), we propose to “smooth” the input
    #   activation by dividing it by a per-channel smoothing factor $\mathbf{s}\in\mathbb{R}^{C_{i}}$."  (Section 4,
    #   SmoothQuant, first sentence)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper argues that the quantization difficulty has to be split between weights and activations "
     "so that both are easy to quantize."),
    # quote: "Therefore, we need to *split* the quantization difficulty between weights and activations so that they
    #   are both easy to quantize."  (Section 4, Migrate the quantization difficulty from activations to weights,
    #   last sentence of the paragraph)
    ("smoothquant", "paraphrase", "supported",
     "According to the caption of SmoothQuant's Figure 5, the activations are smooth at runtime without scaling."),
    # quote: "At runtime, the activations are smooth without scaling."  (Figure 5 caption, Section 4)
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant enables INT4 quantization of both weights and activations for all the matrix multiplications in "
     "LLMs, including the OPT, BLOOM, GLM, MT-NLG and LLaMA families."),
    # quote: "SmoothQuant enables an INT8 quantization of both weights and activations for all the matrix
    #   multiplications in LLMs, including OPT, BLOOM, GLM, MT-NLG, and LLaMA family."  (Abstract; INT8 -> INT4)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant's conclusion says that, by quantizing both weights and activations for all GEMMs in LLMs, "
     "SmoothQuant significantly increases the inference latency and memory usage compared with the mixed-precision "
     "activation quantization baseline."),
    # quote: "SmoothQuant enables the quantization for both weight and activations for all GEMMs in the LLMs, which
    #   significantly reduces the inference latency and memory usage compared with the mixed-precision activation
    #   quantization baseline."  (Section 7, Conclusion; reduces -> increases)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The SmoothQuant authors clip the top 2% of tokens when calibrating the static quantization step sizes."),
    # quote: "Note that we clip the top 2% tokens when calibrating the static quantization step sizes for GLM-130B
    #   following [Wei22]."  (Section 5.2, Results of different LLMs; claim drops "for GLM-130B": for the OPT and
    #   BLOOM models the paper only calibrates the smoothing factors and static step sizes once with 512 random Pile
    #   sentences (Section 5.1, Activation smoothing); clipping is mentioned only for GLM-130B. Reused: an earlier
    #   split's number_changed item (2% -> 9%) used this sentence; this one keeps the number and drops the model)
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper also integrates SmoothQuant into TensorRT-LLM and reports a 2x throughput gain over FP16 "
     "for OPT-66B."),
    # grepped: "TensorRT" -> no hits in smoothquant/paper.md (the backends are PyTorch Huggingface and
    #   FasterTransformer)
]


# The twenty-third split, written like the twenty-second (32 claims, eight a paper: four paraphrases, one changed
# number, one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence
# that no earlier split or PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl) and labelled
# from the papers' text before any was run through Gate 1: a second estimate for ground-12.
# Three dropped conditions (awq, llm-int8, smoothquant) reuse a sentence an earlier split used for another purpose,
# changing a different part of it (the brief's exception): no unused sentence of those papers had a droppable
# condition left. All other quotes had no hit for several 5-8 word phrases in either file, and no existing claim of
# the same paper restates them.
# The first run had 23 of 32 right (0.72; BM25 and MiniLM alike) and two wrong 'supported': 'by scaling up' made
# 'by scaling down' (no list holds up/down) and a dropped scope ('in this five-lane GEMV design'). ground-13 was
# tuned on it and the twenty-second together (after: 28 of 32 here, no wrong 'supported').
FRESH_23: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ paper also compares with GPTQ, a state-of-the-art method for LLM weight quantization."),
    # quote: "We also compare with a state-of-the-art method GPTQ [Fra22] for LLM weight quantization."  (Section 3.1,
    #   Settings, Baselines)
    ("awq", "paraphrase", "supported",
     "A weight-only quantization method that improves accuracy without training or regression, by protecting the "
     "more important weights, is what AWQ's method section proposes first."),
    # quote: "In this section, we first propose a weight-only quantization method to improve accuracy *without
    #   training/regression* by protecting more "important" weights."  (Section 2, AWQ: Activation-aware Weight
    #   Quantization, opening paragraph)
    ("awq", "paraphrase", "supported",
     "The AWQ paper argues that, when the salient channels are protected, the error from the non-salient channels "
     "also has to be considered."),
    # quote: "Therefore, we need to also consider the error from the non-salient channels when protecting salient
    #   ones."  (Section 2.2, Protecting Salient Weights by Activation-aware Scaling, end of the paragraph after
    #   Equation 2)
    ("awq", "paraphrase", "supported",
     "According to the caption of AWQ's Figure 3, AWQ significantly improves the captioning quality compared with "
     "the round-to-nearest (RTN) baseline."),
    # quote: "Our method significantly improves the captioning quality compared to the round-to-nearest (RTN)
    #   baseline."  (Figure 3 caption, Section 3.2; "Our method" = AWQ; the caption's first sentence, used by an
    #   earlier split, names quantized OpenFlamingo-9B on COCO captioning, 4-shot, INT4-g128)
    ("awq", "number_changed", "contradicted",
     "In AWQ's Table 7, the results are perplexity on the WikiText-103 dataset."),
    # quote: "Results are perplexity on the WikiText-2 dataset."  (Table 7 caption, Appendix C, Limitation with
    #   No-group Quantization; WikiText-2 -> WikiText-103)
    ("awq", "direction_changed", "contradicted",
     "AWQ's related work notes that low-bit quantized LLMs have been an unpopular setting for reducing inference "
     "costs."),
    # quote: "Low-bit quantized LLMs have been a popular setting to reduce inference costs."  (Section 4, Related
    #   Work, System support for low-bit quantized LLMs; popular -> unpopular)
    ("awq", "condition_dropped", "partially_supported",
     "AWQ's system runs Llama-2-13B models at 33 tokens per second, while the FP16 implementation cannot fit 7B "
     "models."),
    # quote: "Notably, on the laptop 4070 GPU with only 8GB memory, we are still able to run Llama-2-13B models at 33
    #   tokens / second, while the FP16 implementation cannot fit 7B models."  (Section 3.2, Speedup Evaluation;
    #   claim drops "on the laptop 4070 GPU with only 8GB memory": the same paragraph compares AWQ with the
    #   Huggingface FP16 implementation of Llama-2 on the RTX 4090, so FP16 failing to fit 7B holds only on the 8GB
    #   laptop GPU. Reused: earlier paraphrases kept the GPU and an earlier number change made 33 into 50; this one
    #   keeps the numbers and drops the GPU)
    ("awq", "absent", "not_found",
     "The AWQ paper runs INT4 Llama-2-7B on a Raspberry Pi 5 and reports about 2 tokens per second."),
    # grepped: "Raspberry", "Pi 5", "CPU" -> no hits in awq/paper.md (the devices are the RTX 4090, the laptop RTX
    #   4070, Jetson Orin and A100 GPUs)
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "It is desirable, per LLM.int8(), to have several scaling constants per tensor, for example block-wise "
     "constants, so that the effect of outliers stays confined to each block."),
    # quote: "As such, it is desirable to have multiple scaling constants per tensor, such as block-wise constants
    #   [Det22a], so that the effect of that outliers is confined to each block."  (Section 3, Int8 Matrix
    #   Multiplication at Scale, first paragraph)
    ("llm-int8", "paraphrase", "supported",
     "Selecting a small subset of features for analysis, such that the results are intelligible and not too "
     "complex while important probabilistic and structured patterns are still captured, is the aim of the LLM.int8() "
     "outlier analysis."),
    # quote: "We aim to select a small subset of features for analysis such that the results are intelligible and not
    #   to complex while also capturing important probabilistic and structured patterns."  (Section 4.1, Finding
    #   Outlier Features)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper names two methods that were developed in parallel to its own: nuQmm and ZeroQuant."),
    # quote: "There are two methods that were developed in parallel to ours: nuQmm [Par22] and ZeroQuant [Yao22]."
    #   (Section 5, Related work, Multi-billion Scale Transformer Quantization; GLM-130B is introduced later in the
    #   paragraph as "Another parallel work", which does not change what this sentence says)
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s Figure 2 schematic shows the features and weights, given as 16-bit floating-point inputs and "
     "weights, being split into sub-matrices of large-magnitude features and of other values."),
    # quote: "Given 16-bit floating-point inputs $\mathbf{X}_{\mathrm{f16}}$ and weights $\mathbf{W}_{\mathrm{f16}}$,
    #   the features and weights are decomposed into sub-matrices of large magnitude features and other values."
    #   (Figure 2 caption, Section 1; the caption opens "Schematic of LLM.int8().")
    ("llm-int8", "number_changed", "contradicted",
     "LLM.int8()'s Figure 1 shows a 32-bit baseline, the most precise previous 8-bit quantization method as a "
     "baseline, and the new 8-bit quantization method, LLM.int8()."),
    # quote: "Shown is the 16-bit baseline, the most precise previous 8-bit quantization method as a baseline, and our
    #   new 8-bit quantization method, LLM.int8()."  (Figure 1 caption, Section 1; 16-bit -> 32-bit)
    ("llm-int8", "direction_changed", "contradicted",
     "A footnote of the LLM.int8() paper says that, of the parameters outside the feed-forward and attention "
     "projection layers, a large amount comes from norms and biases."),
    # quote: "A tiny amount comes from norms and biases."  (footnote [+1] to the Introduction's "responsible for 95%
    #   of consumed parameters"; the footnote's first sentence: "Other parameters come mostly from the embedding
    #   layer."; tiny -> large)
    ("llm-int8", "condition_dropped", "partially_supported",
     "According to LLM.int8(), the emergence of large magnitude features across all layers of a transformer occurs "
     "suddenly, between 6B and 6.7B parameters, as the percentage of layers affected rises from 65% to 100%."),
    # quote: "When measured by the number of parameters, the emergence of large magnitude features across all layers
    #   of a transformer occurs suddenly between 6B and 6.7B parameters as shown in [Figure 3(a)](#figure-03) as the
    #   percentage of layers affected increases from 65% to 100%."  (Section 4.2, main quantitative results, point
    #   1; claim drops "When measured by the number of parameters": point 2 says that measured by perplexity the
    #   emergence is smooth and "there is nothing sudden about emergence". Reused: an earlier split's number_changed
    #   item ("between 2B and 2.7B parameters") used this sentence; this one keeps the numbers and drops the
    #   measurement condition)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper trains a 13B model with an auxiliary penalty on activation magnitudes and finds that it "
     "keeps outlier features from emerging."),
    # grepped: "penalt", "regulari", "auxiliary" -> no hits in llm-int8/paper.md (the paper analyses outliers in
    #   existing pretrained models and handles them with mixed-precision decomposition; it trains no model to
    #   suppress them)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Each comparison in the ternary-sparsity study is between single engines handling five weights per cycle with "
     "8-bit activations; multi-engine tiles, wider datapaths and other activation precisions lie outside this "
     "matched study."),
    # quote: "Each comparison is between single engines of five weights per cycle with 8-bit activations; multi-engine
    #   tiles, wider datapaths and other activation precisions are outside this matched study."  (Limitations)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Randomized RTL tests and trace-driven checks in the gate-level power flow are both passed by the loader in the "
     "ternary-sparsity study."),
    # quote: "The loader passes randomized RTL tests and trace-driven checks in the gate-level power flow."
    #   (Methodology, Functional verification; "the loader" is the Architecture B loader that repacks the
    #   byte-packed bitmap, the only loader in the paper)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper concludes that, under the assumptions it tests, natural ternary sparsity is a niche "
     "optimization rather than a general reason to replace five-trit packing."),
    # quote: "Under the assumptions tested here, natural ternary sparsity is therefore a niche optimization rather
    #   than a general reason to replace five-trit packing."  (Conclusion, last sentence)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity study analyzed every projection weight in every layer of 13 public ternary checkpoints, "
     "using pinned Hugging Face revisions whose file hashes were checked against the Hub."),
    # quote: "I analyzed every projection weight in every layer of 13 public ternary checkpoints, using pinned Hugging
    #   Face revisions with file hashes checked against the Hub."  (Methodology, Real model traces, first sentence)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "The ternary-sparsity paper's related work notes that Platinum likewise uses 2-bit ternary packing in its "
     "LUT-based accelerator."),
    # quote: "Platinum likewise uses 1.6-bit ternary packing in its LUT-based accelerator \cite{shan2026platinum}."
    #   (Related work, LUT and packed ternary execution; 1.6-bit -> 2-bit)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The engines in the ternary-sparsity study stream continuous five-trit packing, which the paper calls the weaker "
     "baseline."),
    # quote: "The engines here stream continuous five-trit, the stronger baseline."  (Storage analysis; stronger ->
    #   weaker; the Introduction also calls continuous five-trit packing at 1.6 bits per weight "the stronger
    #   baseline")
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The ternary-sparsity paper finds that arbitrary element-level zeros remove no additional arithmetic, because "
     "the five-trit decoder already suppresses zero weights before the same adder tree."),
    # quote: "The five-trit decoder already suppresses zero weights before the same adder tree, so arbitrary
    #   element-level zeros remove no additional arithmetic in this five-lane GEMV design."  (Discussion, first
    #   paragraph; claim drops "in this five-lane GEMV design": the Limitations put multi-engine tiles, wider
    #   datapaths and other activation precisions outside the matched study. The first clause is also the
    #   abstract's reason, which an earlier paraphrase restated; the dropped scope is new)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study also integrates the bitmap/sign engine into a RISC-V SoC as a custom instruction and "
     "reports a 1.2x decoding speedup for BitNet b1.58 2B4T."),
    # grepped: "RISC", "custom instruction", "SoC" -> no hits in natural-sparsity-ternary-llms/paper.tex (the engines
    #   are evaluated as standalone pre-layout Nangate45 netlists; throughput figures are model upper bounds)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's preliminaries describe quantization as mapping a high-precision value into discrete levels."),
    # quote: "Quantization maps a high-precision value into discrete levels."  (Section 2, Preliminaries, first
    #   sentence)
    ("smoothquant", "paraphrase", "supported",
     "In SmoothQuant's terms, it is dynamic quantization when the quantization step size Delta is obtained from the "
     "runtime statistics of the activations."),
    # quote: "We can also use the runtime statistics of activations to get $\Delta$, what we call dynamic
    #   quantization."  (Section 2, Preliminaries; Delta is "the quantization step size" of Equation 1)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper proposes a mathematically equivalent per-channel scaling transformation that "
     "significantly smooths the magnitude across the channels, which makes the model quantization-friendly."),
    # quote: "SmoothQuant proposes a mathematically equivalent per-channel scaling transformation that significantly
    #   smooths the magnitude across the channels, making the model quantization-friendly."  (Section 1,
    #   Introduction, paragraph after Figure 2)
    ("smoothquant", "paraphrase", "supported",
     "In its appendix on weight-only quantization, the SmoothQuant paper explains that it studies W8A8 quantization "
     "so that INT8 GEMM kernels can be used to increase the throughput and accelerate inference."),
    # quote: "In this work, we study W8A8 quantization so that we can utilize INT8 GEMM kernels to increase the
    #   throughput and accelerate inference."  (Appendix A, Discussion on Weight-Only Quantization, first sentence)
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant's introduction says that LLM.int8() addresses the accuracy issue by further introducing a "
     "mixed-precision decomposition that keeps outliers in FP32 and uses INT8 for the other activations."),
    # quote: "LLM.int8() [Det22] addresses that accuracy issue by further introducing a mixed-precision decomposition
    #   (i.e., it keeps outliers in FP16 and uses INT8 for the other activations)."  (Section 1, Introduction; "that
    #   accuracy issue" = ZeroQuant failing to keep the accuracy of OPT-175B, the sentence before; FP16 -> FP32)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant's related work states that pre-trained language models have achieved remarkable performance on "
     "various benchmarks by scaling down."),
    # quote: "Pre-trained language models have achieved remarkable performance on various benchmarks by *scaling
    #   up*."  (Section 6, Related Work, Large language models (LLMs), first sentence; up -> down)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The SmoothQuant authors recommend using a coarser quantization scheme."),
    # quote: "We recommend using a coarser scheme if the accuracy permits."  (Section 5.5, Ablation Study,
    #   Quantization schemes; claim drops "if the accuracy permits": the coarsest level, O3, degrades BLOOM-176B by
    #   0.8% and GLM-130B by 1% (Section 5.2). Reused: an earlier split's direction_changed item ("finer-grained")
    #   used this sentence; this one keeps "coarser" and drops the condition)
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper also quantizes the multilingual XGLM-7.5B model to W8A8 and keeps its XNLI accuracy "
     "within 0.5% of FP16."),
    # grepped: "XGLM", "XNLI", "multilingual" -> no hits in smoothquant/paper.md (the evaluated families are OPT,
    #   BLOOM, GLM-130B, MT-NLG 530B, OPT-IML and LLaMA)
]


# The twenty-fourth split, written like the twenty-third (32 claims, eight a paper: four paraphrases, one changed
# number, one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence
# that no earlier split or PROBES used, checked by phrase search over make_labelled.py and labelled.jsonl and by keyword
# search over the same paper's existing claims) and labelled from the papers' text before any was run through Gate 1.
# Two dropped conditions (awq, llm-int8) reuse a sentence an earlier split used for another purpose, changing a
# different part of it (the brief's exception): no unused sentence of those papers had a droppable condition left
# whose dropped form no other sentence states. No other quote's distinctive phrases hit either file (a few generic
# 5-grams, e.g. "to search for the optimal", also occur in other sentences' quotes).
# The first run had 16 of 32 right (0.50; BM25 and MiniLM alike), the lowest of any split, and one wrong
# 'supported': 'is small' made 'is large as well' in the second half of a 'but' contrast. Most misses were
# paraphrases read as not found or contradicted ('rather than at the weights' against 'not weights', 'instead of
# being synthesized' against 'rather than synthesized', 'extra' for 'additional', 'with no' for 'without').
# ground-14 was tuned on it (after: 25 of 32, no wrong 'supported'); the twenty-fifth split is its estimate.
FRESH_24: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "In its abstract, the AWQ paper proposes to search for the best per-channel scaling that protects the salient "
     "weights by looking at the activations rather than at the weights."),
    # quote: "We then propose to search for the optimal per-channel scaling that protects the salient weights by
    #   observing the *activation, not weights*."  (Abstract, fourth sentence)
    ("awq", "paraphrase", "supported",
     "According to the caption of AWQ's Table 1, keeping a small fraction of the weights in FP16 is effective only "
     "when the important weights are selected by looking at the activation distribution instead of the weight "
     "distribution."),
    # quote: "It is only effective when we select the important weights in FP16 by looking at *activation*
    #   distribution instead of *weight* distribution."  (Table 1 caption, Section 2.1; "It" = "Keeping a small
    #   fraction of weights (0.1%-1%) in FP16", the caption's first sentence)
    ("awq", "paraphrase", "supported",
     "AWQ relies on a scaling-based method to protect the salient weights and to cut the quantization error, as the "
     "caption of its Table 3 puts it."),
    # quote: "AWQ protects salient weights and reduces quantization error by using a scaling-based method."  (Table 3
    #   caption, first sentence, Section 2.2)
    ("awq", "paraphrase", "supported",
     "The AWQ work concentrates on grouped, weight-only quantization."),
    # quote: "We focus on *weight-only grouped* quantization in this work."  (Section 3.1, Settings, Quantization,
    #   first sentence)
    ("awq", "number_changed", "contradicted",
     "The AWQ authors benchmarked their method on the LLaMA and BLOOM families."),
    # quote: "We benchmarked our method on LLaMA [Tou23] and OPT [Zha22a] families."  (Section 3.1, Settings, Models;
    #   OPT -> BLOOM; the next sentence says BLOOM is generally worse in quality, "so we do not include them in our
    #   study")
    ("awq", "direction_changed", "contradicted",
     "The caption of AWQ's Figure 1 says that AWQ performs per-channel scaling to protect the salient weights, which "
     "leads to an increased quantized error."),
    # quote: "AWQ performs per-channel scaling to protect the salient weights, leading to reduced quantized error."
    #   (Figure 1 caption, fourth sentence, Section 2; reduced -> increased)
    ("awq", "condition_dropped", "partially_supported",
     "AWQ consistently improves quantized Vicuna models over RTN and GPTQ at both scales (7B and 13B), demonstrating "
     "its generability to instruction-tuned models."),
    # quote: "AWQ consistently improves the INT3-g128 quantized Vicuna models over RTN and GPTQ under both scales (7B
    #   and 13B), demonstrating the generability to instruction-tuned models."  (Section 3.2, Quantization of
    #   instruction-tuned models, last sentence; claim drops "INT3-g128": the Vicuna study (Figure 2: "Comparing
    #   INT3-g128 quantized Vicuna models with FP16 counterparts") uses no other bit width or group size. Reused: an
    #   earlier split's direction_changed item (improves -> degrades) used this sentence; this one keeps "improves"
    #   and drops the quantization setting)
    ("awq", "absent", "not_found",
     "The AWQ paper also applies INT4-g128 AWQ to the UNet of Stable Diffusion v1.5 and reports an FID within 0.5 of "
     "the FP16 model."),
    # grepped: "Diffusion", "FID", "UNet", "image gen" -> no hits in awq/paper.md (the multi-modal models are the
    #   visual language models OpenFlamingo-9B and LLaVA-13B, evaluated on captioning and visual reasoning)
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "In its discussion, the LLM.int8() paper says it has shown for the first time that transformers with "
     "multi-billion parameters can be quantized to Int8 and used right away for inference with no performance "
     "degradation."),
    # quote: "We have demonstrated for the first time that multi-billion parameter transformers can be quantized to
    #   Int8 and used immediately for inference without performance degradation."  (Section 6, Discussion and
    #   Limitations, first sentence)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper regards nuQmm and ZeroQuant as complementary to LLM.int8()."),
    # quote: "These methods are complementary with LLM.int8()."  (Section 5, Related work, Multi-billion Scale
    #   Transformer Quantization; "These methods" = nuQmm and ZeroQuant, the subject of the paragraph and of the
    #   sentence before)
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s related work credits [Jin22] with an excellent analysis of when particular fixed point "
     "exponent/fraction bit widths are optimal for inputs with a given standard deviation."),
    # quote: "[Jin22] provide an excellent analysis of when certain fixed point exponent/fraction bit widths are
    #   optimal for inputs with a particular standard deviation."  (Section 5, Related work, 8-bit Data Types)
    ("llm-int8", "paraphrase", "supported",
     "The additional related work of the LLM.int8() paper observes that transformer quantization has focused on "
     "masked language models with fewer than a billion parameters, such as BERT and RoBERTa."),
    # quote: "Quantization of transformers has been focused on sub-billion parameter masked language model (MLMs),
    #   including BERT [Dev18] and RoBERTa [Liu19a]."  (Appendix B, Additional Related Work, Quantization of
    #   Transformers with fewer than 1B Parameters, first sentence)
    ("llm-int8", "number_changed", "contradicted",
     "The caption of LLM.int8()'s Table 4 says that a phase transition occurs at 13B parameters, when the same "
     "outlier occurs in all layers in the same feature dimension for about 75% of all sequence dimensions."),
    # quote: "A phase transition occurs at 6.7B parameters when the same outlier occurs in all layers in the same
    #   feature dimension for about 75% of all sequence dimensions (SDim)."  (Table 4 caption, Appendix C, Detailed
    #   Outlier Feature Data; 6.7B -> 13B)
    ("llm-int8", "direction_changed", "contradicted",
     "In LLM.int8()'s Figure 4, the median magnitude of the largest outlier feature in panel (a) indicates a gradual "
     "shift in outlier size."),
    # quote: "The median magnitude of the largest outlier feature in (a) indicates a sudden shift in outlier size."
    #   (Figure 4 caption, first sentence, Section 4.2; sudden -> gradual)
    ("llm-int8", "condition_dropped", "partially_supported",
     "The LLM.int8() paper shows that with the first part of its method, vector-wise quantization, it is possible to "
     "retain performance."),
    # quote: "We show that with the first part of our method, vector-wise quantization, it is possible to retain
    #   performance at scales up to 2.7B parameters."  (Section 1, Introduction, paragraph after Figure 1; claim
    #   drops "at scales up to 2.7B parameters": "To handle the large magnitude outlier features that occur in all
    #   transformer layers beyond the 6.7B scale, vector-wise quantization is no longer sufficient" (Section 3), and
    #   the 8-bit absmax vector-wise baseline "degenerates into random performance" on OPT (Section 3.4). Reused: an
    #   earlier split's stated item quoted this sentence as written; this one drops the scale)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper applies LLM.int8() to CodeGen-16B and finds that its HumanEval pass@1 is unchanged in "
     "8-bit."),
    # grepped: "CodeGen", "HumanEval", "pass@" -> no hits in llm-int8/paper.md ("code" occurs only in the
    #   checklist; the zeroshot tasks are WinoGrande, HellaSwag, PIQA and LAMBADA, perplexity is on C4)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity study's switching-energy simulation, glitches, wire capacitance, the clock tree and "
     "clock gating are not modeled, and the weight memories are modeled in the testbench instead of being "
     "synthesized."),
    # quote: "Glitches, wire capacitance, the clock tree and clock gating are not modeled, and the weight memories are
    #   modeled in the testbench rather than synthesized."  (Methodology, Switching energy, last sentence)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper notes that SATLLM, from the same group as SparseBits, likewise proposes a "
     "sparsity-aware accelerator for ternary-weight LLMs."),
    # quote: "SATLLM from the same group likewise proposes a sparsity-aware accelerator for ternary-weight LLMs
    #   \cite{liu2026satllm}."  (Related work, Sparse ternary computation; "the same group" = that of SparseBits, the
    #   sentence before)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "According to the reproducibility section of the ternary-sparsity paper, its repository records the scripts, "
     "commands, tool versions, checkpoint revisions, file hashes and checked-in data used to trace the reported "
     "results."),
    # quote: "The repository records the scripts, commands, tool versions, checkpoint revisions, file hashes, and
    #   checked-in data used to trace the reported results."  (Reproducibility, after the Conclusion)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Whether the bitmap format pays off, the ternary-sparsity paper argues, depends on its extra compute and feeding "
     "energy relative to the cost of the weight reads it saves."),
    # quote: "Whether the bitmap format pays off therefore depends on its additional compute and feeding energy
    #   relative to the cost of the saved weight reads."  (Storage analysis, last sentence)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "The 13 checkpoints that the ternary-sparsity study analyzes exactly span 19.2-51.5% zeros."),
    # quote: "The 13 exactly analyzed checkpoints (Table~\ref{tab:system}, second column) span 29.2--51.5\% zeros."
    #   (Results, Exact checkpoint statistics, third paragraph; 29.2 -> 19.2; the nine quantization-aware or
    #   fine-tuned ones have 29.2-42.2%, the CAT-Q ones 40.8-51.5%)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The introduction of the ternary-sparsity paper sums up the study's result as mostly positive."),
    # quote: "The result is mostly negative."  (Introduction, after the list of contributions; negative -> positive;
    #   the next sentences say the bitmap/sign engine shows no consistent compute-energy advantage and that the
    #   quantization-aware or fine-tuned models provide little or no gain)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The ternary-sparsity paper concludes that the bitmap-as-mask design does not provide a systematic "
     "switching-energy reduction."),
    # quote: "The bitmap-as-mask design therefore does not provide a systematic switching-energy reduction in these
    #   engines."  (Results, Switching energy, per-block breakdown paragraph; claim drops "in these engines": the
    #   reason given is that the matched five-trit decoder already emits a zero code that blocks the activation, and
    #   the Limitations put multi-engine tiles, wider datapaths and other activation precisions outside the matched
    #   study)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study also analyzes a ternary mixture-of-experts checkpoint, a 1.58-bit Mixtral-8x7B, and "
     "finds about 45% zeros in its expert feed-forward layers."),
    # grepped: "Mixtral", "expert", "mixture", "MoE" -> no hits in natural-sparsity-ternary-llms/paper.tex (the 13
    #   exactly analyzed checkpoints are BitNet, TriLM, Falcon-E, Falcon3, Llama3-8B-1.58 and CAT-Q Qwen3/Llama2
    #   models; the sampled screen names no mixture-of-experts model)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's authors say that reaching similar or better latency with only half the GPUs for the bigger models "
     "that have to be distributed across several GPUs could greatly lower the cost of serving LLMs."),
    # quote: "This could greatly lower the cost of serving LLMs."  (Section 5.3, Context-stage: FasterTransformer
    #   Implementation; "This" = "for bigger models that have to be distributed across multiple GPUs, SmoothQuant
    #   achieves similar or even better latency using only *half* the number of GPUs", the sentence before)
    ("smoothquant", "paraphrase", "supported",
     "The caption of SmoothQuant's Figure 7 notes that LLM.int8() needs mixed precision and suffers from a slowdown."),
    # quote: "LLM.int8() requires mixed precision and suffers from slowing down."  (Figure 7 caption, second sentence,
    #   Section 5.2)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's related work states that quantization has proven effective for various convolutional neural "
     "networks (CNNs) and for transformers."),
    # quote: "It proves to be effective for various convolutional neural works (CNNs) [Han16, Jac18, Nag19, Wan19,
    #   Lin20b] and transformers [She20c, Kim21, Liu21, Wan20b, Bon21a]."  (Section 6, Related Work, Model
    #   quantization; "It" = quantization, the sentence before)
    ("smoothquant", "paraphrase", "supported",
     "In its appendix, the SmoothQuant paper points to another line of work, GPTQ for example, that quantizes only "
     "the weights of LLMs."),
    # quote: "There is another line of work that only quantizes the weight of LLMs (e.g., GPTQ [Fra22])."  (Appendix
    #   A, Discussion on Weight-Only Quantization, first paragraph)
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant's preliminaries say that, for a linear layer Y = X·W in Transformers, quantizing the weights to "
     "INT8 reduces the storage to a quarter of that of FP16."),
    # quote: "For a linear layer in Transformers [Vas17a]
    #   $\mathbf{Y}=\mathbf{X}\cdot\mathbf{W},\mathbf{Y}\in\mathbb{R}^{T\times C_{o}},\mathbf{X}\in\mathbb{R}^{T\times
    #   C_{i}},\mathbf{W}\in\mathbb{R}^{C_{i}\times C_{o}}$, where $T$ is the number of tokens, $C_{i}$ is the input
    #   channel, and $C_{o}$ is the output channel (see [Figure 3](#figure-03), we omit the batch dimension for
    #   simplicity), we can reduce the storage by half compared to FP16 by quantizing the weights to INT8."
    #   (Section 2, Preliminaries, last paragraph; by half -> to a quarter)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant's review of quantization difficulty finds that the variance amongst the channels for a given token "
     "is large and that the variance between the magnitudes of a given channel across tokens is large as well."),
    # quote: "The variance amongst the channels for a given token is large (the activations in some channels are very
    #   large, but most are small), but the variance between the magnitudes of a given channel across tokens is small
    #   (outlier channels are consistently large)."  (Section 3, Review of Quantization Difficulty, point 3, Outliers
    #   persist in fixed channels; across tokens: small -> large)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The caption of SmoothQuant's Table 4 says that the table shows the average accuracy on LAMBADA, MMLU, MNLI and "
     "QNLI."),
    # quote: "For GLM-130B we show the average accuracy on LAMBADA, MMLU, MNLI, and QNLI."  (Table 4 caption, Section
    #   5.1; claim drops "For GLM-130B": the caption's sentence before says "For OPT-175B and BLOOM-176B, we show the
    #   average accuracy on WinoGrande, HellaSwag, PIQA, and LAMBADA")
    ("smoothquant", "absent", "not_found",
     "In an ablation on calibration data, the SmoothQuant paper finds that calibrating OPT-175B on C4 instead of the "
     "Pile changes its W8A8 accuracy by less than 0.1%."),
    # grepped: "C4" -> no hits in smoothquant/paper.md (calibration uses 512 random sentences from the Pile, "once",
    #   for all downstream tasks; the ablation study covers only quantization schemes and migration strength)
]


# The twenty-fifth split, written like the twenty-fourth (32 claims, eight a paper: four paraphrases, one changed
# number, one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence,
# each sentence checked by phrase search over make_labelled.py and labelled.jsonl and by keyword search over the same
# paper's existing claims) and labelled from the papers' text before any was run through Gate 1.
# All four dropped conditions reuse a sentence an earlier split used for another purpose, changing a different part of
# it (the brief's exception): no unused sentence of any paper had a droppable condition left whose dropped form no other
# sentence states. The reused ones: awq's RTN 'quite strong' (a paraphrase), llm-int8's cuBLASLt speed (an other_paper
# distractor), the ternary paper's 'modest' storage gain (a number_changed), smoothquant's 1.51x on OPT-30B (two items).
# The first run had 19 of 32 right (0.59; BM25 and MiniLM alike) and two wrong 'supported': a claim whose predicate
# the evidence lacks ('actually quite strong', against 'Our primary baseline is vanilla round-to-nearest quantization
# (RTN)') and a range in brackets read as a citation ('[0, 255]' where the text has '[-127, 127]'). ground-15 was
# tuned on those two (after: 21 of 32, no wrong 'supported'); the twenty-sixth split is its estimate.
FRESH_25: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "According to the introduction of the AWQ paper, an efficient serving framework was implemented to translate "
     "AWQ's theoretical memory savings into practical speedup."),
    # quote: "Furthermore, we implemented an efficient serving framework to convert theoretical memory savings from AWQ
    #   to practical speedup."  (Section 1, Introduction, third paragraph)
    ("awq", "paraphrase", "supported",
     "In Figure 1 of the AWQ paper, the right panel shows AWQ itself, which the authors propose by following the "
     "activation-awareness principle."),
    # quote: "We follow the activation-awareness principle and propose AWQ (right)."  (Figure 1 caption, third
    #   sentence, Section 2)
    ("awq", "paraphrase", "supported",
     "AWQ's conclusion states that the method beats existing work on language modeling and is applicable to "
     "instruction-tuned and multi-modal language models as well."),
    # quote: "It outperforms existing work on language modeling and can be applicable to instruction-tuned LMs and
    #   multi-modal LMs."  (Section 5, Conclusion, third sentence; "It" = AWQ)
    ("awq", "paraphrase", "supported",
     "Post-training quantization (PTQ) of LLMs is what the AWQ work studies, as its appendix on the amount of "
     "computation puts it."),
    # quote: "We study the post-training quantization (PTQ) of LLMs in this work."  (Appendix B, Amount of
    #   Computation, first sentence)
    ("awq", "number_changed", "contradicted",
     "In AWQ's scaling objective, Q is the weight quantization function (for example, INT3/INT4 quantization with "
     "group size 256), W holds the original weights in FP16, and X is the input features cached from a small "
     "calibration set taken from the pre-training dataset so as not to overfit to a specific task."),
    # quote: "Here $Q$ means the weight quantization function (*e.g*., INT3/INT4 quantization with group size 128),
    #   $\mathbf{W}$ is the original weights in FP16, and $\mathbf{X}$ is the input features cached from a small
    #   calibration set (we take a small calibration set from he pre-training dataset in order not to overfit to a
    #   specific task)."  (Section 2.2, Searching to scale, after the objective; group size 128 -> 256, a size the
    #   paper never uses: 128 "throughout the work, except otherwise specified", 64 for INT2 in Table 6)
    ("awq", "direction_changed", "contradicted",
     "After proposing a weight-only quantization method, the AWQ paper develops a data-driven method to search for "
     "the optimal scaling that increases quantization errors (Figure 1)."),
    # quote: "And then develop a data-driven method to search for the optimal scaling that reduces quantization errors
    #   ([Figure 1](#figure-01))."  (Section 2, opening paragraph, last sentence; reduces -> increases)
    ("awq", "condition_dropped", "partially_supported",
     "The AWQ paper calls its primary baseline, vanilla round-to-nearest quantization (RTN), actually quite strong."),
    # quote: "It is actually quite strong when using a small group size like 128 [Fra22, Det22c]."  (Section 3.1,
    #   Settings, Baselines; "It" = vanilla RTN, "Our primary baseline", the sentence before; claim drops "when using
    #   a small group size like 128": at INT2 "RTN completely fails" (Section 3.2, Extreme low-bit quantization) and
    #   for VLM reasoning "RTN is not good enough even for 4 bits". Reused: an earlier split's paraphrase restated
    #   this sentence with its condition; this one drops it)
    ("awq", "absent", "not_found",
     "The AWQ paper evaluates INT4-g128 Llama-2-70B on the GSM8K math word-problem benchmark and reports less than "
     "one point of accuracy loss against FP16."),
    # grepped: "GSM", "grade-school", "word problem", "arithmetic" -> no hits in awq/paper.md (accuracy is WikiText-2
    #   perplexity, GPT-4 scoring of Vicuna, COCO captioning and LLaVA examples; Appendix B only times MMLU and four
    #   common sense QA tasks)
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper notes that, as soon as the outlier features emerge, the resulting loss of quantization "
     "precision shows up both in C4 evaluation perplexity and in zeroshot accuracy."),
    # quote: "This loss of precision is reflected in C4 evaluation perplexity (Section [3](#section-03)) as well as
    #   zeroshot accuracy as soon as these outlier features emerge, as shown in [Figure 1](#figure-01)."  (Section 1,
    #   Introduction, second paragraph, last sentence; "This loss of precision" = the precision ruined by the outlier
    #   features once they emerge in all layers, the sentence before)
    ("llm-int8", "paraphrase", "supported",
     "According to the caption of LLM.int8()'s Figure 4, the sudden shift in outlier size looks like the main "
     "reason quantization methods break down after emergence."),
    # quote: "This appears to be the prime reason why quantization methods fail after emergence."  (Figure 4 caption,
    #   second sentence, Section 4.2; "This" = the sudden shift in outlier size of the caption's first sentence)
    ("llm-int8", "paraphrase", "supported",
     "On Int8 multiplication for the attention function, the LLM.int8() authors report that a first exploration "
     "suggested a solution would need quantization methods beyond the ones they developed, and they leave it to "
     "future work."),
    # quote: "However, an initial exploration of this problem indicated that a solution required additional
    #   quantization methods beyond those we developed here, and we leave this for future work."  (Section 6,
    #   Discussion and Limitations, third paragraph; "this problem" = not using Int8 multiplication for the attention
    #   function, the paragraph's first sentence)
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s additional related work lists quantization methods studied at various bit widths: 1-bit, 2- to "
     "3-bit, 4-bit, more bits, and a variable number of bits."),
    # quote: "Methods for different bit-widths have been studied: 1-bit methods [Cou16, Ras16, Cou15], 2 to 3-bit
    #   [Zhu17, Cho19a], 4-bits [Li19], more bits [Cou14], or a variable amount of bits [Gon19]."  (Appendix B,
    #   Additional Related Work, Low-bitwidth and Convolutional Network Quantization, second sentence)
    ("llm-int8", "number_changed", "contradicted",
     "In the LLM.int8() paper, zeropoint quantization shifts the input distribution into the full range [0, 255] by "
     "scaling with the normalized dynamic range nd_x and then shifting by the zeropoint zp_x."),
    # quote: "**Zeropoint quantization** shifts the input distribution into the full range $[-127,127]$ by scaling with
    #   the normalized dynamic range $\mathit{nd}_{x}$ and then shifting by the zeropoint $\mathit{zp}_{x}$."
    #   (Section 2.1, 8-bit Data Types and Quantization; [-127,127] -> [0, 255], a range the paper never uses)
    ("llm-int8", "direction_changed", "contradicted",
     "In its interpretation of quantization performance, the LLM.int8() paper says zeropoint quantization is "
     "particularly ineffective for the outliers, as it is an asymmetric quantization method that scales these "
     "outliers into the full [-127, 127] range."),
    # quote: "This makes zeropoint quantization particularly effective for these outliers, as zeropoint quantization is
    #   an asymmetric quantization method that scales these outliers into the full $[-127,127]$ range."  (Section 4.3,
    #   Interpretation of Quantization Performance, second paragraph; effective -> ineffective; the next sentence
    #   says this explains zeropoint's strong performance in Table 1)
    ("llm-int8", "condition_dropped", "partially_supported",
     "LLM.int8()'s matrix multiplication benchmarks find raw Int8 matrix multiplication in cuBLASLt to be two times "
     "faster than cuBLAS."),
    # quote: "We see that raw Int8 matrix multiplication in cuBLASLt begins to be two times faster than cuBLAS at a
    #   model size of 5140 (hidden size 20560)."  (Appendix D.1, Matrix Multiplication benchmarks; claim drops "begins
    #   to be ... at a model size of 5140 (hidden size 20560)": Int8 only pays off "if the entire GPU is well
    #   saturated", i.e. for "a model dimension of 4096 or larger", and Table 5's caption says it speeds up inference
    #   only for large model and hidden dimensions. Reused: an earlier split quoted this sentence verbatim as an
    #   other_paper distractor attributed to AWQ; this one attributes it to its own paper and drops the size)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper evaluates 8-bit OPT-175B on RealToxicityPrompts and finds that its expected maximum "
     "toxicity matches that of the 16-bit model."),
    # grepped: "toxic", "RealToxicity" -> no hits in llm-int8/paper.md (the zeroshot tasks are WinoGrande, HellaSwag,
    #   PIQA and LAMBADA, perplexity is on C4, finetuning on GLUE, training on language modeling and WMT14+16)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper regards five-trit packing as a strong baseline."),
    # quote: "Five-trit packing is therefore a strong baseline."  (Related work, LUT and packed ternary execution,
    #   last sentence)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity study, the five-trit engine, the direct bitmap/sign engine and the decoded bitmap/sign "
     "engines all have the same five-position width, the same activation width and the same accumulator width."),
    # quote: "The five-trit, direct and decoded bitmap/sign engines of Section~\ref{sec:arch} share the same
    #   five-position width, activation width and accumulator width."  (Results, Matched clock period and area,
    #   first sentence)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper leaves the logic needed to respect CAT-Q's 128-weight scale groups, the scale "
     "arithmetic and their energy outside the study, so its CAT-Q percentages are to be read as estimates for the "
     "ternary-symbol path."),
    # quote: "That logic, the scale arithmetic, and its energy are outside this study; the CAT-Q percentages should
    #   therefore be read as ternary-symbol-path estimates."  (Limitations; "That logic" = the logic a scale-aware
    #   implementation would need to preserve 128-weight scale-group boundaries or handle a five-lane cycle crossing a
    #   scale boundary, the sentence before)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "According to the ternary-sparsity paper, BITCOS represents weights with one presence bit for every weight plus "
     "one sign bit for every nonzero weight."),
    # quote: "Their BITCOS representation stores one presence bit per weight and one sign bit per nonzero weight."
    #   (Introduction, third paragraph; "Their" = Georganas et al., the sentence before)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "Of the 13 exactly analyzed checkpoints, four were ternarized after training by CAT-Q: Qwen3 1.7B, 4B and 8B and "
     "Llama2-13B."),
    # quote: "Four were ternarized after training by CAT-Q \cite{wang2026catq}: Qwen3 1.7B, 4B and 8B and Llama2-7B."
    #   (Methodology, Real model traces; Llama2-7B -> Llama2-13B, a model the paper never names; Table 3's CAT-Q rows
    #   are Llama2-7B and Qwen3-8B, 4B and 1.7B)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity study, the 'presence extracted' decoded variant receives five already-aligned presence "
     "bits and excludes presence-byte alignment, so it has the same input boundary as the direct engine."),
    # quote: "The ``presence extracted'' variant receives five already-aligned presence bits and excludes presence-byte
    #   alignment, so it has a different input boundary from the direct engine."  (Architectures, Fused bitmap/sign
    #   engine, paragraph on the two decoded variants; different -> same)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The ternary-sparsity paper finds the storage gain of bitmap/sign over five-trit packing to be modest."),
    # quote: "At the $42.2\%$ zero density of BitNet b1.58 2B4T the storage gain over five-trit is modest."  (Storage
    #   analysis; claim drops "At the 42.2% zero density of BitNet b1.58 2B4T": the gain depends on the zero fraction,
    #   below 40% zeros bitmap/sign is larger than continuous five-trit and at 70% zeros it saves 16-18% with DRAM
    #   (Results, Stream-feeding hardware). Reused: an earlier split's number_changed item (42.2 -> 49.2) used this
    #   sentence; this one keeps no number and drops the density)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study tracks intermediate training checkpoints of BitNet b1.58 2B4T and finds that its "
     "natural zero fraction rises steadily during pretraining, from about 33% to 42%."),
    # grepped: "intermediate" (only "seven intermediate TriLM 99M training checkpoints" in the screening data, with no
    #   result reported), "pretraining", "during training" (only Sparse-BitNet and Sherry creating structured sparsity)
    #   -> the paper reports no zero-fraction trend over training for any model
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's abstract presents the work as a turn-key solution that cuts hardware costs and democratizes LLMs."),
    # quote: "Our work offers a turn-key solution that reduces hardware costs and democratizes LLMs."  (Abstract, last
    #   sentence)
    ("smoothquant", "paraphrase", "supported",
     "The caption of SmoothQuant's Figure 1 says that quantization and model compression techniques can help close "
     "the gap between the supply of and the demand for memory."),
    # quote: "Quantization and model compression techniques can help bridge the gap."  (Figure 1 caption, second
    #   sentence, Section 1; "the gap" = "a big gap between the supply and demand for memory", the caption's first
    #   sentence)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant authors say that their quantization flow for transformer blocks, which uses INT8 for "
     "compute-heavy operators such as linear layers and attention BMMs while keeping lightweight element-wise "
     "operations in FP16, helps them balance accuracy and inference efficiency."),
    # quote: "Such a design helps us to balance accuracy and inference efficiency."  (Section 4, Applying SmoothQuant
    #   to Transformer blocks, last sentence; "Such a design" = quantizing the inputs and weights of linear layers and
    #   BMM in attention with INT8 while keeping the activation as FP16 for ReLU, Softmax and LayerNorm, the sentence
    #   before)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's related work describes quantization as an effective way to shrink model size and speed up "
     "inference."),
    # quote: "Quantization is an effective method for reducing the model size and accelerating inference."  (Section 6,
    #   Related Work, Model quantization, first sentence)
    ("smoothquant", "number_changed", "contradicted",
     "According to the caption of SmoothQuant's Table 6, its LLaMA W8A8 results are perplexities on the C4 dataset."),
    # quote: "Results are perplexity on WikiText-2 dataset."  (Table 6 caption, second sentence, Section 5.2, Results
    #   on LLaMA models; WikiText-2 -> C4, a dataset the paper never names)
    ("smoothquant", "direction_changed", "contradicted",
     "The caption of SmoothQuant's Figure 9 says that, in the FasterTransformer implementation, the memory footprint "
     "is almost doubled compared to FP16."),
    # quote: "Memory footprint is almost halved compared to FP16."  (Figure 9 caption, last sentence, Section 5.3; the
    #   caption's first sentence names the FasterTransformer implementation; halved -> doubled)
    ("smoothquant", "condition_dropped", "partially_supported",
     "In its PyTorch implementation, SmoothQuant is consistently faster than the FP16 baseline, getting a 1.51x "
     "speedup on OPT-30B."),
    # quote: "SmoothQuant is consistently faster than the FP16 baseline, getting a 1.51x speedup on OPT-30B when the
    #   sequence length is 256."  (Section 5.3, Context-stage: PyTorch Implementation, second paragraph; claim drops
    #   "when the sequence length is 256", the one setting the 1.51x is given for. Reused: earlier splits restated
    #   this sentence as a paraphrase and flipped it as a direction_changed item, both keeping the sequence length)
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper applies W8A8 SmoothQuant to OPT-175B on WMT16 English-German translation and reports a "
     "BLEU score within 0.2 of FP16."),
    # grepped: "BLEU", "WMT", "translat" -> no hits in smoothquant/paper.md (the tasks are LAMBADA, HellaSwag, PIQA,
    #   WinoGrande, OpenBookQA, RTE, COPA, WikiText, and MMLU, MNLI and QNLI for GLM-130B)
]


# The twenty-sixth split, written like the twenty-fifth (32 claims, eight a paper: four paraphrases, one changed
# number, one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence,
# each sentence checked by phrase search over make_labelled.py and labelled.jsonl and by keyword search over the same
# paper's existing claims) and labelled from the papers' text before any was run through Gate 1. Table rows count as
# sentences: five of the ternary paper's items come from rows of its area and memory-energy tables, none used before.
# Three dropped conditions lean on the brief's exception (a sentence an earlier split used for another purpose, another
# part changed): awq's 70B Llama-2 on Jetson Orin 64GB (a number_changed; here the device is dropped), llm-int8's
# ZeroQuant 20B sentence (an other_paper distractor), smoothquant's Figure 7 caption (its body twin was paraphrased).
# The first run had 21 of 32 right (0.66; BM25 and MiniLM alike) and one wrong 'supported': a dropped model size
# ('... for 8-bit quantization' where the text has '... of a 20B model'). ground-16 was tuned on it (after: 22 of
# 32, no wrong 'supported'); the twenty-seventh split is its estimate.
FRESH_26: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "According to the caption of the AWQ paper's Table 4, AWQ beats round-to-nearest (RTN) quantization across "
     "different model sizes and different bit precisions."),
    # quote: "**Table 4.** AWQ improves over round-to-nearest quantization (RTN) for different model sizes and different
    #   bit-precisions."  (Table 4 caption, first sentence, Section 3.2, Results on LLaMA models)
    ("awq", "paraphrase", "supported",
     "The AWQ paper opens its analysis of the quantization error by examining the error that comes from weight-only "
     "quantization."),
    # quote: "We start by analyzing the error from weight-only quantization."  (Section 2.2, Protecting Salient Weights
    #   by Activation-aware Scaling, paragraph "Analyzing the quantization error.", first sentence)
    ("awq", "paraphrase", "supported",
     "In AWQ's error analysis, for a group or block of weights w the linear operation is written as y = wx, and its "
     "quantized counterpart as y = Q(w)x."),
    # quote: "Consider a group/block of weight $\mathbf{w}$; the linear operation can be written as
    #   $y=\mathbf{w}\mathbf{x}$, and the quantized counterpart is $y=Q(\mathbf{w})\mathbf{x}$."  (Section 2.2,
    #   "Analyzing the quantization error.", second sentence)
    ("awq", "paraphrase", "supported",
     "Discussing system support for low-bit quantized LLMs, AWQ's related work notes that some system support exists "
     "for achieving a practical speed-up."),
    # quote: "There are some system supports to achieve a practical speed-up."  (Section 4, Related Work, paragraph
    #   "System support for low-bit quantized LLMs.", second sentence; the claim's topic is the paragraph's heading)
    ("awq", "number_changed", "contradicted",
     "To show that AWQ needs only a small calibration set, the paper compares the perplexity of the OPT-6.7B model "
     "with INT4-g128 quantization in Figure 6(a)."),
    # quote: "To demonstrate the idea, we compare the perplexity of the OPT-6.7B model with INT3-g128 quantization in
    #   [Figure 6](#figure-06) (a)."  (Section 3.3, Better data-efficiency for the calibration set; "the idea" = AWQ
    #   requires a smaller calibration set, the sentence before; INT3-g128 -> INT4-g128: the Figure 6 caption says all
    #   its experiments use OPT-6.7B under INT3-g128, INT4-g128 is used only for OpenFlamingo and LLaVA)
    ("awq", "direction_changed", "contradicted",
     "According to the caption of AWQ's Table 1, keeping a small fraction of the weights (0.1%-1%) in FP16 "
     "significantly degrades the performance of the quantized models compared with round-to-nearest (RTN)."),
    # quote: "**Table 1.** Keeping a small fraction of weights (0.1%-1%) in FP16 significantly improves the performance
    #   of the quantized models over round-to-nearest (RTN)."  (Table 1 caption, first sentence, Section 2.1;
    #   improves -> degrades; earlier splits cited this sentence only as the referent of the caption's second one)
    ("awq", "condition_dropped", "partially_supported",
     "The AWQ abstract says that AWQ's inference framework democratizes the deployment of the 70B Llama-2 model on "
     "mobile GPUs."),
    # quote: "It also democratizes the deployment of the 70B Llama-2 model on mobile GPU (NVIDIA Jetson Orin 64GB)."
    #   (Abstract, last sentence; "It" = the inference framework implemented alongside AWQ, the sentence before; claim
    #   drops "(NVIDIA Jetson Orin 64GB)": the paper's own mobile benchmark runs on a Jetson Orin (32GB), where it
    #   reports Llama-2 at 33 tokens/s and MPT-30B as "even larger models", not 70B. Reused: an earlier split changed
    #   64GB -> 96GB in this sentence; this one keeps no memory size and drops the device)
    ("awq", "absent", "not_found",
     "The AWQ paper reports that its grid search most often picks a scaling exponent alpha of about 0.5 for LLaMA "
     "models, and that fixing alpha at 0.5 in every layer costs less than 0.1 WikiText-2 perplexity."),
    # grepped: "0.5" (only "0-0.5" for the rounding error and "0.5-0.6" for the calibration-distribution study),
    #   "alpha"/"α" (only the search-space definition, the [0, 1] grid search and "a grid size of 20") -> the paper
    #   reports no selected alpha values and no fixed-alpha ablation
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "Besides Int8, the LLM.int8() paper names fixed-point or floating-point 8-bit data types (FP8) as other common "
     "data types."),
    # quote: "Other common data types are fixed point or floating point 8-bit data types (FP8)."  (Section 5, Related
    #   work, 8-bit Data Types, second sentence; the sentence before is about the Int8 data type)
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s additional related work cites one study, [Zha21a], that combines quantization with pruning."),
    # quote: "Work by [Zha21a] performs both quantization and pruning."  (Appendix B, Additional Related Work,
    #   Quantization of Transformers with fewer than 1B Parameters)
    ("llm-int8", "paraphrase", "supported",
     "As examples of convolutional-network quantization work that learns adjustments to the quantization procedure, "
     "the LLM.int8() paper lists approaches using Hessian information, step-size quantization, soft quantization, "
     "mixed precision via linear programming optimization, and other learned quantization methods."),
    # quote: "For example, using Hessian information [Don19a], step-size quantization [Ess19], soft quantization
    #   [Gon19], mixed-precision via linear programming optimization [Yao21], and other learned quantization methods
    #   [Zha18, Gho21a]."  (Appendix B, Additional Related Work, last paragraph; the examples are of "Another line of
    #   work that focuses on convolutional network quantization is to learn adjustments to the quantization procedure
    #   to improve quantization errors", the sentence before)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() authors also measure how much perplexity degrades when the outlier feature dimension is removed "
     "by setting it to zero and the altered hidden states are propagated through the transformer."),
    # quote: "We also report the perplexity degradation if we remove the outlier feature dimension (setting them to
    #   zero) and propagate these altered, hidden states through the transformer."  (Section 4.2, Measuring the Effect
    #   of Outlier Features, first paragraph, third sentence)
    ("llm-int8", "number_changed", "contradicted",
     "The caption of LLM.int8()'s Table 1 describes C4 validation perplexities of quantization methods for "
     "transformer sizes ranging from 125M to 175B parameters."),
    # quote: "**Table 1.** C4 validation perplexities of quantization methods for different transformer sizes ranging
    #   from 125M to 13B parameters."  (Table 1 caption, first sentence, Section 3.4, Main Results; 13B -> 175B: the
    #   C4 perplexity runs use fairseq models of 125M to 13B, and 125M to 175B is the range of the OPT zeroshot
    #   evaluation in Figure 1, not of Table 1)
    ("llm-int8", "direction_changed", "contradicted",
     "The LLM.int8() paper finds that the outlier features are highly systematic before the phase shift occurs."),
    # quote: "These outliers features are highly systematic after the phase shift occurred."  (Section 4.2, paragraph
    #   after the four main points; after -> before: Section 4.1 says outlier features "are probabilistic in small
    #   models" and systematic in large ones)
    ("llm-int8", "condition_dropped", "partially_supported",
     "According to the LLM.int8() paper, ZeroQuant achieves zero-degradation performance for 8-bit quantization."),
    # quote: "ZeroQuant achieves zero-degradation performance for 8-bit quantization of a 20B model."  (Section 5,
    #   Related work, Multi-billion Scale Transformer Quantization; claim drops "of a 20B model": the same paragraph
    #   says 20B is the largest model ZeroQuant evaluates, while LLM.int8() shows zero degradation up to 176B.
    #   Reused: an earlier split quoted this sentence verbatim as an other_paper distractor grounded against the
    #   ternary paper; this one attributes it to its own paper and drops the size)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper also quantizes the cached attention keys and values of OPT-66B to Int8 and reports that "
     "this halves the cache memory for 2048-token sequences."),
    # grepped: "cache" (only "Hugging Face uses an optimized implementation with cached attention values", Appendix
    #   D.2), "key-value", "KV" -> no hits: the paper quantizes the matrix multiplications of the feed-forward and
    #   attention projection layers and leaves attention itself in 16-bit
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity paper's area table, the smallest engines that meet a 2.00 ns clock period take "
     "1044.1 um^2 for five-trit, 1099.6 um^2 for the direct engine, 1095.7 um^2 for full-front decoded and "
     "1019.3 um^2 for presence extracted."),
    # quote: "2.00\,ns & 1044.1 & 1099.6 & 1095.7 & 1019.3 \\"  (Table "Smallest mapped standard-cell area
    #   ($\mu\mathrm{m}^2$, Nangate45) of each five-position engine that meets the clock period in pre-layout static
    #   timing", label tab:frontier, Results, Matched clock period and area; columns "Clock period & Five-trit & Direct
    #   & Full-front decoded & Presence extracted"; third row)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity study, the scenario with Architecture B's weights resident on chip uses per-bit SRAM "
     "energy only as a sensitivity test, and the on-chip capacity or area needed to hold a whole multi-billion-weight "
     "model is not modeled."),
    # quote: "The B-resident model-wide projection scenario uses per-bit SRAM energy to test sensitivity and does not
    #   model the on-chip capacity or area required to hold an entire multi-billion-weight model."  (Limitations;
    #   wrapped over four lines in paper.tex)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the five-trit baseline of the ternary-sparsity paper, a replicated T-ACE-style decoder converts each packed "
     "byte into five two-bit codes (add, subtract or zero), and a zero code keeps its activation out of the adder "
     "tree."),
    # quote: "A replicated T-ACE-style decoder \cite{jung2026tace} turns the byte into five two-bit codes (add,
    #   subtract, zero), and a zero code blocks its activation from the adder tree."  (Architectures, Five-trit
    #   baseline, second sentence; "the byte" = the byte five ternary weights are packed into, the sentence before)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "For a ternary tensor with R rows, K inputs and N nonzero weights, the ternary-sparsity paper's model-wide "
     "projection charges every design R(ceil(K/5)+2) cycles (a start cycle, one prefill cycle, then the weight "
     "groups) and counts 8R*ceil(K/5) bits for five-trit, RK+N bits for Architecture A and 5R*ceil(K/5)+N bits for "
     "Architecture B."),
    # quote: "Per ternary tensor with $R$ rows, $K$ inputs and $N$ nonzero weights, it charges every design
    #   $R(\lceil K/5\rceil+2)$ cycles (start, one prefill cycle, then the weight groups), $8R\lceil K/5\rceil$
    #   five-trit bits, $RK+N$ Architecture~A bits and $5R\lceil K/5\rceil+N$ Architecture~B bits."  (Methodology,
    #   Memory and model-wide projection model; "it" = the model-wide projection estimate, the sentence before)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "At a 1.50 ns clock period, the ternary-sparsity paper's area table lists five-trit as infeasible, while the "
     "smallest direct, full-front decoded and presence-extracted engines take 1255.3, 1248.1 and 1281.8 um^2."),
    # quote: "1.50\,ns & infeasible & 1255.3 & 1248.1 & 1081.8 \\"  (Table tab:frontier, smallest mapped
    #   standard-cell area in $\mu\mathrm{m}^2$ meeting each clock period, first row; presence extracted 1081.8 ->
    #   1281.8, a value no cell of the table has)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "With HBM2 streaming weight memory (3.59 pJ/bit) and 70% zero weights, the stream-fed bitmap/sign design uses "
     "16.4% more compute plus weight-read energy per weight than stream-fed five-trit, in the ternary-sparsity "
     "paper's memory-energy table."),
    # quote: "HBM2, streaming (3.59) & $+13.3\%$ & $-0.8\%$ & $-4.5\%$ & $-16.4\%$ \\"  (Table "Model: compute +
    #   weight-read energy per weight of the stream-fed bitmap/sign design relative to stream-fed five-trit, smallest
    #   netlists meeting 2.0\,ns", label tab:memory, Results, Stream-feeding hardware; columns "Weight memory (pJ/bit)
    #   & $z=0.20$ & BitNet rows & $z=0.50$ & $z=0.70$"; the caption says "Positive means the bitmap/sign design uses
    #   more energy", so -16.4% is 16.4% less; less -> more)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "With a 1 MB 45 nm SRAM as weight memory (1.56 pJ/bit), the ternary-sparsity paper's stream-fed bitmap/sign "
     "design uses 13.8% less compute plus weight-read energy per weight than stream-fed five-trit, for the smallest "
     "netlists meeting 2.0 ns."),
    # quote: "1\,MB SRAM, 45\,nm (1.56) & $+14.1\%$ & $+1.0\%$ & $-2.4\%$ & $-13.8\%$ \\"  (Table tab:memory, second
    #   row; claim drops the column's condition "$z=0.70$": on the same row the design uses 14.1% more at z = 0.20,
    #   1.0% more on the BitNet rows and 2.4% less at z = 0.50)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity paper reports that the zero fraction of BitNet b1.58 2B4T falls with depth, from about 46% "
     "in its first layer to about 39% in its last layer."),
    # grepped: "per-layer", "each layer", "depth", "last layer" -> no hits; "first-layer" only in "two first-layer
    #   TriLM tensors above that range use end-segment extrapolation" (Methodology): for BitNet b1.58 2B4T the paper
    #   gives only the aggregate over its 210 tensors (42.2109%)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "In its review of quantization difficulty, the SmoothQuant paper first goes over the difficulties of activation "
     "quantization and looks for a pattern among the outliers."),
    # quote: "We first review the difficulties of activation quantization and look for a pattern amongst outliers."
    #   (Section 3, Review of Quantization Difficulty, first paragraph, second sentence)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant explains that in hardware-accelerated GEMM kernels, scaling can only be done along the outer "
     "dimensions of the matrix multiplication, that is the token dimension T of the activations and the output "
     "channel dimension C_o of the weights, and can be applied once the matrix multiplication has finished."),
    # quote: "In those kernels, scaling can only be performed along the outer dimensions of the matrix multiplication
    #   (i.e., token dimension of activations $T$, output channel dimension of weights $C_{o}$, see
    #   [Figure 3](#figure-03)), which can be applied after the matrix multiplication finishes:"  (Section 3, paragraph
    #   after Table 1; "those kernels" = hardware-accelerated GEMM kernels, the sentence before)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper states that its method is applicable to a variety of LLM designs."),
    # quote: "SmoothQuant can be applied to various LLM designs."  (Section 5.2, Results of different LLMs, first
    #   sentence)
    ("smoothquant", "paraphrase", "supported",
     "In its initial results on LLaMA models, SmoothQuant allows W8A8 quantization with only negligible performance "
     "degradation."),
    # quote: "SmoothQuant enables W8A8 quantization at a negligible performance degradation."  (Section 5.2, Results on
    #   LLaMA models, last sentence; the sentence before introduces "some initial results of LLaMA W8A8 quantization
    #   in Table 6")
    ("smoothquant", "number_changed", "contradicted",
     "According to the caption of SmoothQuant's Table 8, SmoothQuant can quantize MT-NLG 530B to W4A4 with negligible "
     "accuracy loss."),
    # quote: "**Table 8.** SmoothQuant can quantize MT-NLG 530B to W8A8 with negligible accuracy loss."  (Table 8
    #   caption, Section 5.4; W8A8 -> W4A4: Appendix A only says GPTQ's weight quantization could "potentially achieve
    #   W4A4 quantization" and leaves this to future work)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant's related work says that LLM.int8()'s mixed INT8/FP16 decomposition leads to a small latency "
     "overhead, which can be even slower than FP16 inference."),
    # quote: "However, such implementation leads to large latency overhead, which can be even slower than FP16
    #   inference."  (Section 6, Related Work, Quantization of LLMs; "such implementation" = LLM.int8()'s mixed
    #   INT8/FP16 decomposition, the sentence before; large -> small)
    ("smoothquant", "condition_dropped", "partially_supported",
     "SmoothQuant-O3, the most efficient setting, preserves the accuracy of LLMs across different scales when they "
     "are quantized to INT8."),
    # quote: "**Figure 7.** SmoothQuant-O3 (the most efficient setting, defined in [Table 2](#table-02)) preserves the
    #   accuracy of OPT models across different scales when quantized to INT8."  (Figure 7 caption, first sentence,
    #   Section 5.2; claim drops "of OPT models": O3 degrades BLOOM-176B's average accuracy by 0.8% and GLM-130B's by
    #   1% (Results of different LLMs). Reused: an earlier split paraphrased the body's "SmoothQuant can work on all
    #   scales of OPT models", keeping OPT; this item drops it from the caption)
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper ablates the size of the calibration set and finds that 64 random Pile sentences give the "
     "same W8A8 accuracy on OPT-175B as the 512 sentences it uses by default."),
    # grepped: "calibrat" -> only the definition of static quantization, calibration samples from the pre-training
    #   dataset, the one-time calibration "with 512 random sentences from the Pile" and clipping the top 2% tokens for
    #   GLM-130B; the ablation study covers only quantization schemes and migration strength
]


# The twenty-seventh split, written like the twenty-sixth (32 claims, eight a paper: four paraphrases, one changed
# number, one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence,
# each sentence checked by phrase search over make_labelled.py and labelled.jsonl, wrapped quotes joined, and by keyword
# search over the same paper's claims), labelled from the papers' text alone and not yet run through Gate 1. Five of the
# ternary items come from unused rows of its model-wide, area and memory-energy tables. Three items lean on the brief's
# exception (a used sentence, another part changed): awq's Appendix B A100 sentence (earlier its "for larger models"
# was dropped; here the GPU count changes), llm-int8's Appendix F FFN/attention sentence (earlier 2% -> 9%; here its
# decomposition condition is dropped), smoothquant's per-tensor sentence (an earlier paraphrase kept "per-tensor").
# The first run had 13 of 32 right (0.41; BM25 and MiniLM alike), the lowest of any split: five of its claims restate
# table rows, which Gate 1 mostly reads as not found. Two wrong 'supported': 'BLOOM models' where a caption has 'OPT
# model' (another model the other-name check missed), and a dropped 'In the case of per-tensor quantization'.
# ground-17 was tuned on it (after: 16 of 32, no wrong 'supported'); the twenty-eighth split is its estimate.
FRESH_27: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ paper points out that its method does not depend on any regression or on backpropagation, which many "
     "quantization-aware training methods require."),
    # quote: "Our method does not rely on any regression [Fra22] or backpropagation, which is required by many
    #   quantization-aware training methods."  (Section 2.2, paragraph "Advantages.", first sentence)
    ("awq", "paraphrase", "supported",
     "In its related work, the AWQ paper argues that GPTQ's reconstruction process causes over-fitting to the "
     "calibration set and may fail to keep the generalist abilities of LLMs for other modalities and domains."),
    # quote: "However, the reconstruction process of GPTQ leads to an over-fitting issue to the calibration set and may
    #   not preserve the generalist abilities of LLMs for other modalities and domains."  (Section 4, Related Work,
    #   paragraph "Quantization of LLMs.", fourth sentence)
    ("awq", "paraphrase", "supported",
     "According to the AWQ authors, leaving the salient weights unquantized can help close the performance drop that "
     "quantization loss causes, without any training or regression."),
    # quote: "Skipping the quantization of these salient weights can help bridge the performance degradation due to the
    #   quantization loss *without* any training or regression ([Figure 1](#figure-01)(b))."  (Section 2.1, first
    #   paragraph, second sentence)
    ("awq", "paraphrase", "supported",
     "According to its abstract, AWQ beats existing work on a range of language modeling benchmarks as well as on "
     "domain-specific ones."),
    # quote: "AWQ outperforms existing work on various language modeling and domain-specific benchmarks."  (Abstract,
    #   sixth sentence)
    ("awq", "number_changed", "contradicted",
     "According to AWQ's appendix on the amount of computation, the authors used one NVIDIA A100 GPU for smaller "
     "models (<40B parameters) and 6-8 A100 GPUs for larger models because of memory limits."),
    # quote: "We used one NVIDIA A100 GPU for smaller models (<40B parameters) and 2-4 A100 GPUs for larger models due
    #   to memory limits."  (Appendix B, Amount of Computation, first paragraph, third sentence; 2-4 -> 6-8, a GPU count
    #   the paper never gives. Reused: an earlier split's condition_dropped cut "for larger models due to memory
    #   limits" from this sentence; this item keeps every condition and changes the GPU count)
    ("awq", "direction_changed", "contradicted",
     "The caption of AWQ's Figure 6 says that its right panel shows AWQ to be less robust to the calibration set "
     "distribution."),
    # quote: "Right: Our method is more robust to the calibration set distribution."  (Figure 6 caption, third
    #   sentence, Section 3.3; more -> less; the body's twin "Our method is less sensitive to the calibration set
    #   distribution ..." was used earlier, this caption sentence was not)
    ("awq", "condition_dropped", "partially_supported",
     "The AWQ paper states that AWQ consistently achieves better perplexity than GPTQ, both with and without "
     "reordering."),
    # quote: "It consistently achieves better perplexity than GPTQ (w/ and w/o reordering) on LLaMA & Llama-2 models."
    #   (Table 4 caption, second sentence, Section 3.2, Results on LLaMA models; "It" = AWQ, the caption's first
    #   sentence; claim drops "on LLaMA & Llama-2 models": outside LLaMA and Llama-2 the paper makes no such blanket
    #   claim; on OPT it meets GPTQ only in the calibration-set analysis (Figure 6, OPT-6.7B) and at INT2-g64, where AWQ
    #   is combined with GPTQ (Table 6))
    ("awq", "absent", "not_found",
     "The AWQ paper reports that the scaling factors searched for LLaMA-7B can be reused for Vicuna-7B without a new "
     "search, giving the same INT3-g128 quality as scales searched on Vicuna itself."),
    # grepped: "transfer", "reuse" (only "this code is reused across various GPU architectures"), "Vicuna" (only the
    #   GPT-4 evaluation of INT3-g128 Vicuna 7B/13B against RTN and GPTQ) -> the paper never reuses scales across models
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper takes row-wise quantization, one of the most common ways of blocking quantization, and "
     "improves on it by using vector-wise quantization."),
    # quote: "We improve upon one of the most common ways of blocking quantization, row-wise quantization [Khu21], by
    #   using vector-wise quantization, as described in more detail below."  (Section 3, Int8 Matrix Multiplication at
    #   Scale, first paragraph, third sentence)
    ("llm-int8", "paraphrase", "supported",
     "The caption of LLM.int8()'s Table 1 says that with LLM.int8() full perplexity is recovered as the models scale."),
    # quote: "If we use LLM.int8(), we recover full perplexity as we scale."  (Table 1 caption, third sentence,
    #   Section 3.4, Main Results)
    ("llm-int8", "paraphrase", "supported",
     "According to the LLM.int8() authors, their outlier analysis accounts for why zeropoint quantization has "
     "advantages, why those advantages vanish once mixed-precision decomposition is used, and how quantization "
     "performs in small versus large models."),
    # quote: "Our analysis explains the advantages of zeropoint quantization and why they disappear with the use of
    #   mixed-precision decomposition and the quantization performance of small vs. large models."  (Section 4,
    #   Emergent Large Magnitude Features in Transformers at Scale, second paragraph, fourth sentence)
    ("llm-int8", "paraphrase", "supported",
     "In its Int8 training experiments, the LLM.int8() paper runs the transformer in separate settings: 8-bit "
     "feed-forward networks with and without 8-bit linear projections in the attention layer, as well as the "
     "attention itself in 8-bit, each compared against 32-bit performance."),
    # quote: "We test separate settings for running the transformer with 8-bit feed-forward networks with and without
    #   8-bit linear projections in the attention layer, as well at the attention iteself in 8-bit and compare against
    #   32-bit performance."  (Appendix E, Training Results, first paragraph, second sentence; "Int8 training" is the
    #   appendix's topic, the sentence before: "We test Int8 training on a variety of training settings ...")
    ("llm-int8", "number_changed", "contradicted",
     "The caption of LLM.int8()'s Figure 1 describes the mean zeroshot accuracy of BLOOM models on the WinoGrande, "
     "HellaSwag, PIQA and LAMBADA datasets."),
    # quote: "**Figure 1.** OPT model mean zeroshot accuracy for WinoGrande, HellaSwag, PIQA, and LAMBADA datasets."
    #   (Figure 1 caption, first sentence, Section 1; OPT -> BLOOM: Section 3.4 confirms Figure 1 shows "zeroshot
    #   performance of OPT models", BLOOM-176B appears only in the memory and end-to-end speed results)
    ("llm-int8", "direction_changed", "contradicted",
     "In LLM.int8(), splitting the work into 8-bit and 16-bit allows low-precision multiplication of the outliers "
     "while more than 99.9% of values use memory-efficient matrix multiplication with 8-bit weights."),
    # quote: "This separation into 8-bit and 16-bit allows for high-precision multiplication of outliers while using
    #   memory-efficient matrix multiplication with 8-bit weights of more than 99.9% of values."  (Section 3.2, The
    #   Core of LLM.int8(): Mixed-precision Decomposition, paragraph after the decomposition equation, first sentence;
    #   high-precision -> low-precision)
    ("llm-int8", "condition_dropped", "partially_supported",
     "In the LLM.int8() paper's finetuning results, 8-bit FFN layers cause no degradation, whereas 8-bit attention "
     "linear projections do degrade performance."),
    # quote: "We find that 8-bit FFN layers lead to no degradation while 8-bit attention linear projections lead to
    #   degradation if not combined with mixed-precision decomposition where at least the top 2% magnitude dimensions
    #   are computed in 16-bit instead of 8-bit."  (Appendix F, Fine-tuning Results, second paragraph, third sentence;
    #   claim drops "if not combined with mixed-precision decomposition where at least the top 2% ...": with that
    #   decomposition the attention projections do not degrade. Reused: an earlier split's number_changed made 2% 9%
    #   in this sentence; this item keeps no percentage and drops the condition)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper measures outlier features in 8192-token sequences and finds that their number grows "
     "linearly with the sequence length."),
    # grepped: "8192", "sequence length" (only "a 6.7B transformer with a sequence length of 2048"), "2048" (only the
    #   2048-token outlier counts) -> the paper analyzes no other sequence length and no length scaling of outliers
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The author of the ternary-sparsity study neither introduces sparsity nor retrains the model or alters its "
     "weights."),
    # quote: "I do not introduce sparsity, retrain the model, or change its weights."  (Related work, Sparse ternary
    #   computation, second paragraph, first sentence)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper names BITCOS as the closest prior work on the presence-bitmap plus compact-sign "
     "representation it studies."),
    # quote: "BITCOS provides the closest prior work on this representation \cite{georganas2026bitcos}."  (Related
    #   work, Natural ternary sparsity, first sentence; "this representation" = the bitmap/sign format, which the
    #   Introduction describes as BITCOS's: "one presence bit per weight and one sign bit per nonzero weight")
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "At a 1.60 ns clock period, the smallest Nangate45 netlists meeting timing in the ternary-sparsity paper's area "
     "table measure 1217.7 um^2 for five-trit, 1186.9 um^2 for direct, 1182.9 um^2 for full-front decoded and "
     "1045.1 um^2 for presence extracted."),
    # quote: "1.60\,ns & 1217.7 & 1186.9 & 1182.9 & 1045.1 \\"  (Table "Smallest mapped standard-cell area
    #   ($\mu\mathrm{m}^2$, Nangate45) of each five-position engine that meets the clock period in pre-layout static
    #   timing", label tab:frontier, Results, Matched clock period and area; columns "Clock period & Five-trit & Direct
    #   & Full-front decoded & Presence extracted"; second row)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "For Falcon3-7B (31.3% zeros, 1.687 bits per weight for Architecture A), the ternary-sparsity paper's model-wide "
     "table has the bitmap/sign designs using more projection-engine plus weight-read energy per decoded token than "
     "fed five-trit in every column: 5.7% more for A, 5.8% for B resident, 5.7% for B streamed and 1.3% in the best "
     "case."),
    # quote: "Falcon3-7B & 31.3\% & 1.687 & $+5.7$ & $+5.8$ & $+5.7$ & $+1.3$ \\"  (Table "Modeled ternary-projection
    #   engine plus ternary-symbol weight-read energy per decoded token relative to fed five-trit (\%; negative favors
    #   the bitmap)", label tab:system, Results, Model-wide ternary-projection estimate on real checkpoints; columns
    #   "Checkpoint & Zeros & Bits/wt & A & B res. & B str. & Best"; third quantization-aware row; the caption says
    #   "Bits/wt is the Architecture~A cost per weight")
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In the ternary-sparsity paper's model-wide table, the CAT-Q Qwen3-4B checkpoint has 49.4% zeros and 1.526 bits "
     "per weight, with the bitmap/sign designs 4.1% (A), 3.1% (B resident) and 4.2% (B streamed) below fed five-trit, "
     "and 4.6% below in the best case."),
    # quote: "Qwen3-4B & 47.4\% & 1.526 & $-4.1$ & $-3.1$ & $-4.2$ & $-4.6$ \\"  (Table tab:system, model-wide
    #   energy relative to fed five-trit, post-training ternarization (CAT-Q) rows, third row; zeros 47.4% -> 49.4%, a
    #   value no row of the table has)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "With a 32 KB 45 nm SRAM weight memory (0.31 pJ/bit) and 20% zero weights, the ternary-sparsity paper's "
     "memory-energy table has the stream-fed bitmap/sign design using 18.1% less compute plus weight-read energy per "
     "weight than stream-fed five-trit."),
    # quote: "32\,KB SRAM, 45\,nm (0.31) & $+18.1\%$ & $+9.9\%$ & $+7.6\%$ & $-0.5\%$ \\"  (Table "Model: compute +
    #   weight-read energy per weight of the stream-fed bitmap/sign design relative to stream-fed five-trit, smallest
    #   netlists meeting 2.0\,ns", label tab:memory, Results, Stream-feeding hardware; columns "Weight memory (pJ/bit)
    #   & $z=0.20$ & BitNet rows & $z=0.50$ & $z=0.70$"; first row; the caption says "Positive means the bitmap/sign
    #   design uses more energy", so +18.1% is 18.1% more; more -> less)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "For the Falcon-E-3B checkpoint (39.6% zeros, 1.604 bits per weight), the ternary-sparsity paper's model-wide "
     "table has the bitmap/sign design using 0.1% less projection-engine plus weight-read energy per decoded token "
     "than fed five-trit."),
    # quote: "Falcon-E-3B & 39.6\% & 1.604 & $+0.6$ & $+1.2$ & $+0.6$ & $-0.1$ \\"  (Table tab:system, sixth
    #   quantization-aware row; claim drops the column's condition "Best", which the caption defines as the "lowest
    #   bitmap/sign value over the tested clocks and memory-energy points": in the A, B resident and B streamed columns
    #   the same checkpoint costs 0.6%, 1.2% and 0.6% more than fed five-trit)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study finds that the natural zeros of the analyzed checkpoints are clustered, with runs of "
     "five or more consecutive zeros about twice as frequent as independent random placement would predict."),
    # grepped: "cluster", "consecutive", "run-length", "runs of", "correlat" -> no hits; the paper's synthetic
    #   workloads use "independent random zeros" and it reports zero fractions per checkpoint, not their placement
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "According to the caption of SmoothQuant's Table 1, per-channel quantization is the only one of the activation "
     "quantization schemes that preserves the accuracy, yet it is not compatible with INT8 GEMM kernels (marked in "
     "gray)."),
    # quote: "**Table 1.** Among different activation quantization schemes, only per-channel quantization [Bon21a]
    #   preserves the accuracy, but it is *not* compatible (marked in gray) with INT8 GEMM kernels."  (Table 1 caption,
    #   first sentence, Section 3, Review of Quantization Difficulty)
    ("smoothquant", "paraphrase", "supported",
     "Because SmoothQuant is orthogonal to the quantization schemes, its authors provide quantization levels O1 to O3 "
     "that grow gradually more aggressive and more efficient."),
    # quote: "Since SmoothQuant is orthogonal to the quantization schemes, we provide gradually aggressive and
    #   efficient quantization levels from O1 to O3."  (Section 5.1, Setups, paragraph "Baselines.", second sentence)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's Table 7 is used to show that the method can substantially speed up the autoregressive decoding "
     "stage of LLMs."),
    # quote: "In [Table 7](#table-07), we show SmoothQuant can significantly accelerate the autoregressive decoding
    #   stage of LLMs."  (Section 5.3, Speedup and Memory Saving, paragraph "Decoding-stage.", first sentence)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant authors describe their method as easy to implement."),
    # quote: "SmoothQuant is easy to implement."  (Section 1, Introduction, paragraph after Figure 2, fifth sentence)
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant's Table 1 reports the average accuracy on WinoGrande, HellaSwag, ARC-Easy and LAMBADA."),
    # quote: "We report the average accuracy on WinoGrande, HellaSwag, PIQA, and LAMBADA."  (Table 1 caption, second
    #   sentence, Section 3; PIQA -> ARC-Easy, a dataset the paper never uses; earlier splits used the Table 4 caption's
    #   similar list "For OPT-175B and BLOOM-176B, we show the average accuracy on ...", not this sentence)
    ("smoothquant", "direction_changed", "contradicted",
     "According to the caption of SmoothQuant's Figure 2, the scale variance is migrated offline from the activations "
     "to the weights W in order to increase the quantization difficulty of the activations."),
    # quote: "We migrate the scale variance from activations to weights $\mathbf{W}$ during offline to reduce the
    #   quantization difficulty of activations."  (Figure 2 caption, second sentence, Section 1; reduce -> increase)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The SmoothQuant paper explains that the large activation outliers dominate the maximum magnitude measurement, "
     "leaving non-outlier channels with low effective quantization bits: with channel maximum m_i and matrix maximum "
     "m, channel i gets 2^8 * m_i / m effective quantization levels."),
    # quote: "In the case of per-tensor quantization (Equation [1](#S2.E1 "In 2 Preliminaries ‣ SmoothQuant: Accurate
    #   and Efficient Post-Training Quantization for Large Language Models")), the large outliers dominate the maximum
    #   magnitude measurement, leading to low *effective quantization bits/levels* ([Figure 2](#figure-02)) for
    #   non-outlier channels: suppose the maximum magnitude of channel $i$ is $m_{i}$, and the maximum value of the
    #   whole matrix is $m$, the effective quantization levels of channel $i$ is $2^{8}\cdot m_{i}/m$."  (Section 3,
    #   pattern "2. Outliers make activation quantization difficult.", third sentence; claim drops "In the case of
    #   per-tensor quantization": with per-channel quantization each channel has its own step size, and the same
    #   section says it "would be much smaller" in error. Reused: an earlier split's paraphrase combined this sentence
    #   with the next one and kept "With per-tensor quantization"; this item drops it)
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper tunes the migration strength alpha separately for each layer and finds that this "
     "per-layer choice adds about 0.5% average accuracy on BLOOM-176B over a single alpha for the whole model."),
    # grepped: "per-layer", "each layer", "layer-wise" -> no hits; alpha is chosen per model family (0.5 for OPT and
    #   BLOOM, 0.75 for GLM-130B, 0.8 for LLaMA) by a grid search on a Pile subset, and the ablation varies one alpha
    #   on OPT-175B with LAMBADA
]


# The twenty-eighth split, written like the twenty-seventh (32 claims, eight a paper: four paraphrases, one changed
# number, one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence,
# each sentence checked by 4- and 5-word phrase search over make_labelled.py and labelled.jsonl, wrapped quotes joined,
# and by keyword search over the same paper's claims), labelled from the papers' text alone and not yet run through
# Gate 1. Prose and caption sentences only, no table rows. Three items lean on the brief's exception (a used sentence,
# another part changed): awq's related-work GPTQ-kernel sentence (an earlier paraphrase kept "for OPT models"; here it
# is dropped), the ternary resident-case sentence (earlier less -> more; here "At 1.6 ns" is dropped) and smoothquant's
# Figure 8 caption (earlier 1.51x -> 2.4x and "for OPT models" dropped; here "in most cases" is dropped).
# The first run had 21 of 32 right (0.66; BM25 and MiniLM alike) and one wrong 'supported': 'by scaling transformer
# models down' where the text has 'by scaling transformer models' (a particle added, no word replaced). ground-18
# was tuned on it (after: 24 of 32, no wrong 'supported'); the twenty-ninth split is its estimate.
FRESH_28: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The caption of AWQ's Figure 2 states that AWQ consistently yields better quantized performance than RTN and "
     "GPTQ, which shows that the method generalizes to instruction-tuned models."),
    # quote: "AWQ consistently improves the quantized performance compared to RTN and GPTQ [Fra22], showing
    #   generalization to instruction-tuned models."  (Figure 2 caption, third sentence, Section 3.2; the body's twin
    #   "AWQ consistently improves the INT3-g128 quantized Vicuna models over RTN and GPTQ ..." was used earlier, this
    #   caption sentence was not)
    ("awq", "paraphrase", "supported",
     "In the AWQ paper's analysis of the quantization error, Delta' stands for the new quantization scaler obtained "
     "once the scale s has been applied."),
    # quote: "where $\Delta^{ {}^{\prime}}$ is the new quantization scaler after applying $s$."  (Section 2.2,
    #   paragraph "Analyzing the quantization error.", clause after Equation 2)
    ("awq", "paraphrase", "supported",
     "AWQ's authors describe their method as orthogonal to GPTQ."),
    # quote: "Our method is orthogonal to GPTQ."  (Section 3.2, paragraph "Extreme low-bit quantization.", third
    #   sentence; the Table 6 caption opens with the same words, but earlier items used only its second half, "it
    #   further closes the performance gap under extreme low-bit quantization (INT2-g64) when combined with GPTQ")
    ("awq", "paraphrase", "supported",
     "In Figure 6(b), the AWQ paper additionally benchmarks what effect different calibration set distributions have."),
    # quote: "We further benchmarked the effect of the different calibration set distributions in
    #   [Figure 6](#figure-06)(b)."  (Section 3.3, paragraph "Robust to the calibration set distributions.", second
    #   sentence)
    ("awq", "number_changed", "contradicted",
     "According to the caption of AWQ's Table 2, the table gives statistics for multiplying the 10% salient channels "
     "by s>1."),
    # quote: "**Table 2.** Statistics when multiplying the 1% salient channels by $s>1$."  (Table 2 caption, first
    #   sentence, Section 2.2; 1% -> 10%: the body also scales "the 1% salient channels" of OPT-6.7B; an earlier split
    #   changed the body sentence "To verify the idea, we multiply the 1% salient channels ..." to 8%, not this caption)
    ("awq", "direction_changed", "contradicted",
     "The AWQ paper's introduction opens by saying that large language models based on transformers have shown poor "
     "performance on various benchmarks."),
    # quote: "Large language models (LLMs) based on transformers [Vas17] have shown excellent performance on various
    #   benchmarks [Bro20c, Zha22a, Tou23, Les23]."  (Section 1, Introduction, first paragraph, first sentence;
    #   excellent -> poor)
    ("awq", "condition_dropped", "partially_supported",
     "AWQ's related work notes that GPTQ provides INT3 kernels and that GPTQ-for-LLaMA extends kernel support to INT4 "
     "reordered quantization with the help of Triton."),
    # quote: "GPTQ [Fra22] provides INT3 kernels for OPT models and GPTQ-for-LLaMA extends kernel support for INT4
    #   reordered quantization with the help of Triton [Til19]."  (Section 4, Related Work, paragraph "System support
    #   for low-bit quantized LLMs.", third sentence; claim drops "for OPT models": the paper credits GPTQ's INT3
    #   kernels only to OPT models. Reused: an earlier split's paraphrase kept "for OPT models"; this item drops it)
    ("awq", "absent", "not_found",
     "The AWQ paper also benchmarks its kernels at batch size 16 and finds that W4A16 decoding with AWQ is then slower "
     "than the FP16 cuBLAS path on the RTX 4090."),
    # grepped: "batch" (only "We perform batch size = 1 inference for all LLMs ..."), "cuBLAS", "batch size 16",
    #   "W4A16" (only the related work's example of weight-only quantization) -> the paper times batch size 1 only
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "According to the LLM.int8() paper, the output of the matrix multiplication can be recovered by denormalizing "
     "with the outer product of the column and row normalization constants before the next operation is performed."),
    # quote: "We can recover the output of the matrix multiplication by denormalizing by the outer product of column
    #   and row normalization constants before we perform the next operation."  (Section 1, Introduction, paragraph
    #   after Figure 1, fourth sentence; the paragraph is about vector-wise quantization, its second sentence: "For
    #   vector-wise quantization, matrix multiplication can be seen as a sequence of independent inner products ...")
    ("llm-int8", "paraphrase", "supported",
     "To gauge degradation in zeroshot performance, the LLM.int8() authors take OPT models and evaluate them on the "
     "EleutherAI language model evaluation harness."),
    # quote: "To measure degradation in zeroshot performance, we use OPT models [Zha22], and we evaluate these models on
    #   the EleutherAI language model evaluation harness [Gao21]."  (Section 3.3, Experimental Setup, last paragraph)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper says the 8-bit fixed or floating point (FP8) data types typically have a sign bit plus "
     "differing combinations of exponent and fraction bits."),
    # quote: "These data types usually have a sign bit and different exponent and fraction bit combinations."
    #   (Section 5, Related work, paragraph "8-bit Data Types.", third sentence; "These data types" = "fixed point or
    #   floating point 8-bit data types (FP8)", the sentence before)
    ("llm-int8", "paraphrase", "supported",
     "According to LLM.int8(), analyzing emergent phenomena quantitatively is difficult in two ways."),
    # quote: "The difficulty with the quantitative analysis of emergent phenomena is two-fold."  (Section 4.1,
    #   Finding Outlier Features, first sentence)
    ("llm-int8", "number_changed", "contradicted",
     "In LLM.int8()'s Figure 3, the lines are B-spline interpolations of 6 and 9 linear segments for panels (a) and "
     "(b)."),
    # quote: "Lines are B-spline interpolations of 4 and 9 linear segments for (a) and (b)."  (Figure 3 caption, second
    #   sentence, Section 4.2; 4 -> 6 for panel (a); an earlier split changed the Figure 4 caption's "Lines are B-spline
    #   interpolations of 9 linear segments." to 12, not this sentence)
    ("llm-int8", "direction_changed", "contradicted",
     "The LLM.int8() paper pushes quantization techniques to their breaking point by scaling transformer models down."),
    # quote: "In this work, push quantization techniques to their breaking point by scaling transformer models."
    #   (Section 2, Background, first sentence; scaling (up) -> scaling down: the paper scales models up to 175B, the
    #   next sentence asks "at which scale and why do quantization techniques fail")
    ("llm-int8", "condition_dropped", "partially_supported",
     "The LLM.int8() paper states that multiplying two zeropoint-quantized Int8 numbers requires unrolling the "
     "computation."),
    # quote: "where unrolling is required if the instruction multiplyi16 is not available such as on GPUs or TPUs:"
    #   (Section 2.1, 8-bit Data Types and Quantization, clause between the zeropoint multiplication equations; what
    #   is unrolled is the product of two zeropoint quantized numbers, the clause before the first equation; claim
    #   drops "if the instruction multiplyi16 is not available such as on GPUs or TPUs": with that instruction the
    #   special instruction adds the zeropoints and multiplies directly, no unrolling; an earlier split's number change
    #   used the next sentence, "In both cases, the outputs are accumulated as a 32-bit integer")
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper also tests 4-bit weights combined with mixed-precision decomposition on OPT-66B and finds "
     "that zeroshot accuracy drops by less than one point relative to 16-bit."),
    # grepped: "4-bit", "4-bits" (only the related work's "4-bits [Li19]" for CNN methods), "Int4", "66B" -> no hits;
    #   the paper only believes that "lower than 8-bit width with some performance degradation is possible"
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper's related work describes Slim-Llama as a fabricated LLM processor that combines "
     "binary/ternary quantization with sparsity-aware lookup-table execution."),
    # quote: "Slim-Llama uses binary/ternary quantization and sparsity-aware lookup-table execution in a fabricated LLM
    #   processor \cite{kim2025slimllama}."  (Related work, Ternary accelerator ASICs, first sentence; earlier items
    #   used the Introduction's ISSCC sentence and the 62.3% sparsity sentence, not this one)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity study, each engine is verified against an exact integer dot product."),
    # quote: "Every engine is checked against an exact integer dot product."  (Methodology, Functional verification,
    #   first sentence)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper takes as its input a ternary tensor that has already been trained and whose natural "
     "zeros may sit at arbitrary locations."),
    # quote: "The input is an already-trained ternary tensor with arbitrary natural zero locations."  (Related work,
    #   Sparse ternary computation, second paragraph, second sentence)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "According to the ternary-sparsity paper, seven of its nine quantization-aware or fine-tuned checkpoints, along "
     "with all four CAT-Q ones, store packed ternary codes that are decoded exactly; CAT-Q's group-128 format keeps "
     "one 16-bit scale and 128 two-bit codes per group, and no group has a zero or negative scale."),
    # quote: "Seven of the nine quantization-aware or fine-tuned checkpoints and all four CAT-Q checkpoints store packed
    #   ternary codes, which are decoded exactly (CAT-Q's group-128 format stores one 16-bit scale and 128 two-bit codes
    #   per group; no group has a zero or negative scale)."  (Methodology, Real model traces, fourth sentence; an
    #   earlier split's comment cited it as context only)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In the ternary-sparsity paper's model-wide checkpoint table, the A and B streamed columns use a 2.5 ns clock "
     "with the LPDDR4 memory point."),
    # quote: "A and B streamed: 2.0\,ns clock with the LPDDR4 point."  (Table "Modeled ternary-projection engine plus
    #   ternary-symbol weight-read energy per decoded token relative to fed five-trit ...", label tab:system, caption,
    #   third sentence, Results, Model-wide ternary-projection estimate on real checkpoints; 2.0 ns -> 2.5 ns; the
    #   body agrees: "with weights streamed from LPDDR4 at 2.0\,ns")
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity paper's model-wide projection estimate, per-group scale reads and scale application are "
     "included in the main model."),
    # quote: "Per-group scale reads and scale application are excluded from the main model."  (Results, Model-wide
    #   ternary-projection estimate on real checkpoints, first paragraph, second-to-last sentence; excluded ->
    #   included; the scale reads appear only as a sensitivity: "Adding CAT-Q's common 16-bit scale read ...")
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "In the ternary-sparsity paper, the resident Architecture B case uses 0.8-2.1% less total energy across the "
     "modeled on-chip SRAM points (1.3% for the 32 KB 45 nm SRAM point and 2.1% for the 1 MB 45 nm point)."),
    # quote: "At 1.6\,ns the resident case uses 0.8--2.1\% less total energy across the modeled on-chip SRAM points
    #   (1.3\% for the 32\,KB 45\,nm SRAM point and 2.1\% for the 1\,MB 45\,nm point)."  (Results, A five-bit
    #   presence memory (Architecture B), last paragraph; claim drops "At 1.6 ns": the resident engine's compute energy
    #   is 8-14% above five-trit at 2.0-2.5 ns, and in the model-wide table at 2.0 ns B resident still costs more than
    #   fed five-trit for most quantization-aware checkpoints. Reused: an earlier split's direction change made "less"
    #   "more" in this sentence; this item keeps "less" and drops the clock)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study also feeds its engines activation vectors in which half of the entries are zero, as "
     "after a ReLU, and finds that the zero activations cut the bitmap/sign engine's energy per weight by about 12%."),
    # grepped: "ReLU", "activation sparsity" (only TENET's design in the related work), "zero activation" -> no
    #   hits; every engine sees the same synthetic 8-bit Gaussian activations with 1% six-fold outlier channels
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper calls quantization a promising way to lower the cost of LLMs."),
    # quote: "*Quantization* is a promising way to reduce the cost of LLMs [Det22, Yao22]."  (Section 1,
    #   Introduction, first paragraph, fourth sentence)
    ("smoothquant", "paraphrase", "supported",
     "In the left part of its Figure 4, the SmoothQuant paper visualizes the input activations and the weights of a "
     "linear layer with a large quantization error."),
    # quote: "We visualize the input activations and the weights of a linear layer that has a large quantization error
    #   in [Figure 4](#figure-04) (left)."  (Section 3, Review of Quantization Difficulty, first paragraph, third
    #   sentence; an earlier split changed the Figure 4 caption's OPT-13B, not this sentence)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant authors say that this way they can benchmark both the generality and the zero-shot performance "
     "of the quantized LLMs."),
    # quote: "In this way, we can benchmark the generality and zero-shot performance of the quantized LLMs."
    #   (Section 5.1, paragraph "Activation smoothing.", last sentence; "this way" = calibrating once on 512 Pile
    #   sentences and applying the same smoothed and quantized model to all downstream tasks, the sentence before)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's authors hope their method can encourage wider use of LLMs in the future."),
    # quote: "We hope SmoothQuant can inspire greater use of LLMs in the future."  (Section 1, Introduction, last
    #   sentence; the "inspire future research" item of an earlier split came from a different sentence in Section 5.2)
    ("smoothquant", "number_changed", "contradicted",
     "The speedup and memory-saving section of the SmoothQuant paper reports the measured speedup and memory saving of "
     "SmoothQuant-O1 integrated into PyTorch and FasterTransformer."),
    # quote: "In this section, we show the measured speedup and memory saving of SmoothQuant-O3 integrated into PyTorch
    #   and FasterTransformer."  (Section 5.3, Speedup and Memory Saving, first sentence; O3 -> O1, a level the
    #   section never measures: its Figure 8 and 9 captions also name SmoothQuant-O3)
    ("smoothquant", "direction_changed", "contradicted",
     "According to the caption of SmoothQuant's Figure 2, the smoothed activation X-hat and the adjusted weight W-hat "
     "are both hard to quantize."),
    # quote: "The smoothed activation $\hat{\mathbf{X}}$ and the adjusted weight $\hat{\mathbf{W}}$ are both easy to
    #   quantize."  (Figure 2 caption, third sentence, Section 1; easy -> hard; earlier splits used the caption's first
    #   and second sentences, not this one)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The caption of SmoothQuant's Figure 8 says that the PyTorch implementation of SmoothQuant-O3 achieves up to "
     "1.51x speedup and 1.96x memory saving for OPT models on a single NVIDIA A100-80GB GPU, while LLM.int8() slows "
     "down the inference."),
    # quote: "**Figure 8.** The PyTorch implementation of SmoothQuant-O3 achieves up to 1.51$\times$ speedup and
    #   1.96$\times$ memory saving for OPT models on a single NVIDIA A100-80GB GPU, while LLM.int8() slows down the
    #   inference in most cases."  (Figure 8 caption, Section 5.3; claim drops "in most cases": the body says LLM.int8()
    #   is "almost always", not always, slower than FP16. Reused: earlier splits changed 1.51x to 2.4x and dropped
    #   "for OPT models" in this caption; this item keeps both and drops "in most cases")
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper measures the GPU energy per generated token of W8A8 OPT-30B on an A100 and finds it about "
     "40% lower than with FP16 inference."),
    # grepped: "energy" (only the introduction's "serving LLMs is budget and energy-consuming"), "power", "joule",
    #   "watt" -> the paper reports latency and memory, never measured energy
]


# The twenty-ninth split, written like the twenty-eighth (32 claims, eight a paper: four paraphrases, one changed
# number, one changed direction, one dropped condition and one absent claim each, every one decidable from one sentence,
# each sentence checked by 5-word phrase search over make_labelled.py and labelled.jsonl, wrapped quotes joined),
# labelled from the papers' text alone and not yet run through Gate 1. Prose and caption sentences only, no table rows.
# No item leans on the reuse exception: no quoted sentence had a 5-word phrase hit in earlier splits. Two sentences
# serve twice within this split, changing different parts: awq's Figure 4 caption (paraphrase; direction) and
# smoothquant's "For smaller models ... 1.56x" (number; dropped condition). llm-int8's "makes many models accessible"
# sentence appears verbatim in both the Table 2 and Table 3 captions.
# The first run had 17 of 32 right (0.53; BM25 and MiniLM alike) and one wrong 'supported': a dropped
# 'multi-billion-scale'. Two paraphrases were lost to ground-15's judgement rule ('effective' for 'applicable',
# 'makes ... possible' for 'enables'). ground-19 was tuned on it (after: 20 of 32, no wrong 'supported'); the
# thirtieth split is its estimate.
FRESH_29: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "In the caption of its LLaVA-13B visual reasoning figure, the AWQ paper says AWQ beats the round-to-nearest "
     "baseline and gives more reasonable answers."),
    # quote: "AWQ improves over the round-to-nearest (RTN) baseline, providing more reasonable answers."  (Figure 4
    #   caption, second sentence, Section 3.2)
    ("awq", "paraphrase", "supported",
     "The AWQ authors find that RTN breaks down entirely, while AWQ applied on top of GPTQ improves perplexity "
     "substantially, although a gap to FP16 remains."),
    # quote: "RTN completely fails, and AWQ brings significant perplexity improvement on top of GPTQ, though there is
    #   still a performance gap compared to FP16."  (Section 3.2, paragraph "Extreme low-bit quantization.", second
    #   sentence)
    ("awq", "paraphrase", "supported",
     "Besides plain round-to-nearest, the work that AWQ considers most closely related to its own is GPTQ."),
    # quote: "Apart from the vanilla round-to-nearest baseline (RTN), GPTQ [Fra22] is the closest to our work."
    #   (Section 4 Related Work, paragraph "Low-bit weight-only quantization")
    ("awq", "paraphrase", "supported",
     "Figure 5 of the AWQ paper presents the system-level speedup results obtained with AWQ."),
    # quote: "In [Figure 5](#figure-05), we demonstrate the system acceleration results for AWQ."  (Section 3.4,
    #   first sentence)
    ("awq", "number_changed", "contradicted",
     "The AWQ paper says that, thanks to better generalization, AWQ also quantizes instruction-tuned LMs such as "
     "Vicuna well and, for the first time, multi-modal LMs such as LLaVA-1.5."),
    # quote: "Thanks to better generalization, it also achieves good quantization performance for *instruction-tuned*
    #   LMs (*e.g*., Vicuna) and, for the first time, *multi-modal* LMs (OpenFlamingo [Awa23])."
    #   (Section 1 Introduction, last paragraph; model changed: OpenFlamingo -> LLaVA-1.5)
    ("awq", "direction_changed", "contradicted",
     "The AWQ paper reports that, in its LLaVA-13B visual reasoning examples, AWQ falls behind the round-to-nearest "
     "(RTN) baseline and gives less reasonable answers."),
    # quote: "AWQ improves over the round-to-nearest (RTN) baseline, providing more reasonable answers."  (Figure 4
    #   caption, second sentence; improves over / more -> falls behind / less; same sentence as the first paraphrase)
    ("awq", "condition_dropped", "partially_supported",
     "According to the AWQ paper, grouped quantization performs far better than no-group quantization, which makes it "
     "the far more practical setting for quantizing LLMs in general."),
    # quote: "Nonetheless, grouped quantization has a far better performance compared to no-group, making it a far more
    #   practical setting for weight-only quantization of LLMs, while AWQ performs quite well under this setting."
    #   (Table 7 caption, second sentence, Appendix; dropped: "weight-only" scope of the practicality statement)
    ("awq", "absent", "not_found",
     "The AWQ paper applies AWQ to the Mixtral-8x7B mixture-of-experts model and reports that INT4-g128 quantization "
     "keeps its perplexity within 0.1 of FP16."),
    # absent: no mixture-of-experts or Mixtral model is evaluated or mentioned anywhere in the paper (grep: Mixtral,
    #   mixture-of-experts, MoE -> 0 hits)
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "Because row-wise and vector-wise quantization both scale along the sequence dimension (rows) while outliers sit "
     "in the feature dimension (columns), LLM.int8()'s authors argue neither method handles these outliers well."),
    # quote: "Since row-wise and vector-wise quantization scale each hidden state sequence dimension $s$ (rows) and
    #   because outliers occur in the feature dimension $h$ (columns), both methods cannot deal with these outliers
    #   effectively."  (Section 4, discussion after the four main points)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper gives ReLU outputs as an example: absmax quantization leaves every value in [-127,0) "
     "unused, whereas zeropoint quantization uses the full [-127,127] range."),
    # quote: "For example, for ReLU outputs, in absmax quantization all values in $[-127,0)$ go unused, whereas in
    #   zeropoint quantization the full $[-127,127]$ range is used."  (Section 2, paragraph "Zeropoint quantization")
    ("llm-int8", "paraphrase", "supported",
     "Dettmers et al. state that their 8-bit method opens up many models that could not be run before, OPT-175B/BLOOM "
     "in particular."),
    # quote: "We can see that our 8-bit method makes many models accessible that were not accessible before, in
    #   particular, OPT-175B/BLOOM."  (Table 2 caption, second sentence; the Table 3 caption repeats it verbatim)
    ("llm-int8", "paraphrase", "supported",
     "In LLM.int8(), insights from analyzing emergent large-magnitude features at scale were used to build "
     "mixed-precision decomposition, which isolates outlier features in a separate 16-bit matrix multiplication."),
    # quote: "We achieve this by using our insights from analyzing emergent large magnitude features at scale to develop
    #   mixed-precision decomposition to isolate outlier features in a separate 16-bit matrix multiplication."
    #   (Section 6 Discussion and Limitations, second sentence)
    ("llm-int8", "number_changed", "contradicted",
     "The LLM.int8() paper evaluates four GPT-2 models using OpenAI software, six Meta AI models using Fairseq, "
     "and one EleutherAI model, GPT-J, using Tensorflow-Mesh."),
    # quote: "We evaluate four GPT-2 models which use OpenAI software, five Meta AI models that use Fairseq [Ott19], and
    #   one EleutherAI model GPT-J that uses Tensorflow-Mesh [Sha18a]."  (Section 4.1 Finding Outlier Features,
    #   experimental setup; five -> six Meta AI models)
    ("llm-int8", "direction_changed", "contradicted",
     "The LLM.int8() paper finds that the number of outlier features decreases strictly monotonically as C4 perplexity "
     "decreases, while its relationship with model size is non-monotonic."),
    # quote: "The number of outliers features increases strictly monotonically with respect to decreasing C4 perplexity
    #   as shown in [Figure 4(b)](#figure-04), while a relationship with model size is non-monotonic."  (Section 4.2,
    #   main point 4; increases -> decreases)
    ("llm-int8", "condition_dropped", "partially_supported",
     "The LLM.int8() paper presents the first Int8 quantization procedure for transformers that incurs no performance "
     "degradation at all."),
    # quote: "In this paper, we present the first multi-billion-scale Int8 quantization procedure for transformers that
    #   does not incur any performance degradation."  (Section 1 Introduction, second paragraph; dropped:
    #   "multi-billion-scale", so the claim of being first covers every scale)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() authors also apply their method to vision transformers and report that ViT-Huge keeps its "
     "ImageNet top-1 accuracy under 8-bit inference."),
    # absent: no vision transformer, ViT or ImageNet evaluation anywhere in the paper (grep: ImageNet, ViT, vision
    #   transformer -> 0 hits)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "As cited in the ternary-sparsity paper, Georganas et al. examined 29 ternary LLM checkpoints and found that "
     "about 29.7% to 51.5% of the weights in them were zero."),
    # quote: "Georganas et al. measured 29 ternary LLM checkpoints (published sets of trained weights) and found that
    #   roughly $29.7\%$ to $51.5\%$ of their weights were zero \cite{georganas2026bitcos}."  (Introduction, third
    #   paragraph)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity study's memory model, byte-wide and five-bit-wide memories are assumed to cost the same "
     "energy per bit."),
    # quote: "The same energy per bit is assumed for byte-wide and five-bit-wide memories."  (Section "Memory and
    #   model-wide projection model")
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Minimum clock periods of the bitmap/sign engines come out 9 to 14% shorter, the abstract of the ternary-sparsity "
     "paper states."),
    # quote: "The bitmap/sign engines reach 9--14\% shorter minimum clock periods."  (Abstract)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper's model leaves out KV-cache traffic, activation traffic and any other memory traffic "
     "that is not weight traffic."),
    # quote: "KV-cache traffic, activation traffic, and other non-weight memory traffic are outside the model."
    #   (Abstract)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In the ternary-sparsity paper, the direct engine reaches a 1.344 ns minimum period against 1.519 ns for "
     "five-trit, which is 15.5% shorter."),
    # quote: "The direct engine reaches a 1.344\,ns minimum period against 1.519\,ns for five-trit (11.5\%
    #   shorter)."  (Results, timing paragraph; wrapped over two lines in the .tex, joined; 11.5% -> 15.5%)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "The ternary-sparsity paper finds that the ideal per-cycle stream advantage is only 1.38%, larger than the "
     "checkpoint byte advantage because the latter includes five-trit block padding."),
    # quote: "This ideal per-cycle stream advantage is only 1.38\%, smaller than the checkpoint byte advantage because
    #   the latter includes five-trit block padding."  (Real-checkpoint analysis section; wrapped over lines in the
    #   .tex, joined; smaller -> larger)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "According to the ternary-sparsity paper's storage analysis, bitmap/sign storage beats continuous five-trit "
     "storage."),
    # quote: "Bitmap/sign storage therefore beats continuous five-trit only when $z>0.4$."  (Section "Storage
    #   analysis", after the storage-rate equations; dropped: "only when z>0.4", the zero-fraction condition)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity paper also synthesizes the engines in a 7 nm FinFET library (ASAP7), where the bitmap/sign "
     "engine's clock-period advantage shrinks to about 5%."),
    # absent: all synthesis is in Nangate45; no 7 nm, FinFET or ASAP7 library appears anywhere (grep -> 0 hits)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "Table 5 of the SmoothQuant paper shows that the method is effective for instruction-tuned LLMs as well."),
    # quote: "Shown in [Table 5](#table-05), SmoothQuant also works on instruction-tuned LLMs."  (Section 5.2,
    #   paragraph "Results on Instruction-Tuned LLM")
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's related-work section describes LLM.int8() as handling activation outliers through a mixed "
     "INT8/FP16 decomposition."),
    # quote: "LLM.int8() [Det22] uses mixed INT8/FP16 decomposition to address the activation outliers."  (Section 6
    #   Related Work, paragraph "Model quantization"/quantization of LLMs)
    ("smoothquant", "paraphrase", "supported",
     "Tables 8 and 9 of the SmoothQuant paper show that it makes W8A8 quantization of the 530B model possible with "
     "negligible loss of accuracy."),
    # quote: "As shown in [Table 8](#table-08) and [9](#table-09), SmoothQuant enables W8A8 quantization of the 530B
    #   model at a negligible accuracy loss."  (Section 5.4 Scaling Up: 530B Model Within a Single Node)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant authors show their method can quantize OPT-175B, BLOOM-176B and GLM-130B, the three largest "
     "openly available LLMs, and even MT-NLG 530B, cutting memory cost and speeding up inference."),
    # quote: "In this work, we show that our proposed method can quantize the three largest, openly available LLMs:
    #   OPT-175B [Zha22], BLOOM-176B [Les23] and GLM-130B [Zen22], and even MT-NLG 530B [Smi22] to reduce the memory
    #   cost and accelerate inference."  (Section 6 Related Work, paragraph "Large language models (LLMs).")
    ("smoothquant", "number_changed", "contradicted",
     "For smaller models, the SmoothQuant paper reports that SmoothQuant-O3 can significantly reduce latency by up to "
     "2.56x compared to FP16."),
    # quote: "For smaller models, the latency can be significantly reduced with SmoothQuant-O3 by up to 1.56x compared
    #   to FP16."  (Section 5.3 Speedup and Memory Saving, PyTorch implementation paragraph; 1.56x -> 2.56x)
    ("smoothquant", "direction_changed", "contradicted",
     "In SmoothQuant's ablation, the coarser the quantization scheme (from per-token to per-tensor, dynamic to static, "
     "O1 to O3), the higher the latency."),
    # quote: "The coarser the quantization scheme (from per-token to per-tensor, dynamic to static, O1 to O3, defined
    #   in [Table 2](#table-02)), the lower the latency."  (Section 5.5 Ablation Study, paragraph "Quantization
    #   schemes."; lower -> higher)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The SmoothQuant paper reports that SmoothQuant-O3 can significantly reduce latency by up to 1.56x compared to "
     "FP16."),
    # quote: "For smaller models, the latency can be significantly reduced with SmoothQuant-O3 by up to 1.56x compared
    #   to FP16."  (Section 5.3; dropped: "For smaller models"; same sentence as the number_changed item, which
    #   changes the factor instead)
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper applies SmoothQuant to the Flan-T5-XXL encoder-decoder model and reports W8A8 accuracy "
     "matching FP16 on SQuAD."),
    # absent: no T5/Flan-T5 or encoder-decoder model is evaluated or mentioned (grep: T5, encoder-decoder, Flan -> 0)
]


# The thirtieth split, written like the twenty-ninth (32 items, 8 per paper: four paraphrases, one changed number, one
# changed direction, one dropped condition and one absent claim each, every one decidable from one sentence, sentences
# chosen by a 5-word shingle search over make_labelled.py and labelled.jsonl), labelled from the papers' text alone and
# not yet run through Gate 1. Prose and caption sentences only, no table rows. awq is nearly exhausted, so several of
# its sentences are short pointer sentences; no item leans on the reuse exception for an earlier split's sentence.
# Two sentences serve twice within this split, changing different parts: awq's Vicuna/Figure 2 sentence (paraphrase;
# number_changed swaps the model) and awq's Figure 3 captioning sentence (paraphrase; direction_changed).
# The first run had 13 of 32 right (0.41; BM25 and MiniLM alike) and three wrong 'supported': 'Alpaca' for 'Vicuna'
# (a model the paper never names), 'simulated' dropped before 'per-channel activation quantization', and a subject
# ('The pointer-free case') left out where the sentence splitter cut the sentence at a line start. ground-20 was
# tuned on the first (after: 13 of 32, two wrong 'supported'); no later split has measured it yet.
FRESH_30: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "To test the idea, the AWQ authors report in Table 1 how quantized LLMs perform when some of the weight channels "
     "are skipped."),
    # quote: "To verify the idea, we benchmark the performance of quantized LLMs when skipping part of the weight
    #   channels in [Table 1](#table-01)."  (Section 2.1, salient weights paragraph)
    ("awq", "paraphrase", "supported",
     "Table 4 of the AWQ paper gives perplexity measured both before and after quantization."),
    # quote: "We evaluate the perplexity before and after quantization in [Table 4](#table-04)."  (Section 3.2,
    #   results on LLaMA models)
    ("awq", "paraphrase", "supported",
     "In Figure 2, the AWQ paper benchmarks its method on Vicuna, a popular instruction-tuned model."),
    # quote: "We further benchmark our method’s performance on a popular instruction-tuned model Vicuna [Chi23a] in
    #   [Figure 2](#figure-02)."  (Section 3.2, "Quantization of instruction-tuned models.")
    ("awq", "paraphrase", "supported",
     "The AWQ paper includes qualitative captioning results in Figure 3 meant to show that AWQ has an edge over RTN."),
    # quote: "We further provide some qualitative captioning results in [Figure 3](#figure-03) to show our advantage
    #   over RTN."  (Section 3.2, "Quantization of multi-modal language models.")
    ("awq", "number_changed", "contradicted",
     "In Figure 2, the AWQ paper benchmarks its method on Alpaca, a popular instruction-tuned model."),
    # quote: "We further benchmark our method’s performance on a popular instruction-tuned model Vicuna [Chi23a] in
    #   [Figure 2](#figure-02)."  (Section 3.2; model changed: Vicuna -> Alpaca; same sentence as third paraphrase)
    ("awq", "direction_changed", "contradicted",
     "The AWQ paper includes qualitative captioning results in Figure 3 meant to show that RTN has an edge over AWQ."),
    # quote: "We further provide some qualitative captioning results in [Figure 3](#figure-03) to show our advantage
    #   over RTN."  (Section 3.2; direction flipped: our advantage over RTN -> RTN's advantage over AWQ; same
    #   sentence as the fourth paraphrase)
    ("awq", "condition_dropped", "partially_supported",
     "According to the AWQ paper, AWQ increases perplexity by only 0.5-0.6, while GPTQ's perplexity is 2.3-4.9 "
     "worse."),
    # quote: "But when using a different calibration distribution (PubMed-Enron, Enron-PubMed), AWQ only increases the
    #   perplexity by 0.5-0.6, while GPTQ has 2.3-4.9 worse perplexity."  (Section 3.5, robustness to calibration
    #   set distribution; dropped: "when using a different calibration distribution (PubMed-Enron, Enron-PubMed)")
    ("awq", "absent", "not_found",
     "The AWQ paper quantizes the StarCoder-15B code model to INT4-g128 and reports HumanEval pass@1 within one point "
     "of FP16."),
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "To quantize most features, LLM.int8() first applies vector-wise quantization, giving every inner product of the "
     "matrix multiplication its own normalization constants."),
    # quote: "We first use vector-wise quantization with separate normalization constants for each inner product in
    #   the matrix multiplication, to quantize most of the features."  (Abstract)
    ("llm-int8", "paraphrase", "supported",
     "Dettmers et al. point readers to Table 3 for the model and GPU combinations that their method now makes "
     "accessible with no loss in performance."),
    # quote: "See [Table 3](#table-03) for model/GPU combinations which are now accessible without performance
    #   degradation."  (Section 6 Discussion / broader impacts paragraph)
    ("llm-int8", "paraphrase", "supported",
     "Appendix E of the LLM.int8() paper gives a first look at Int8 training and finetuning at scale."),
    # quote: "We provide an initial analysis of Int8 finetuning and training at scale in Appendix [E](#appendix-e)."
    #   (Section 6, limitations paragraph)
    ("llm-int8", "paraphrase", "supported",
     "Rather than repeating runs of a single model, the LLM.int8() authors run several models of different scales."),
    # quote: "Instead of running the same model multiple times, we run multiple models at different scales."
    #   (Checklist, 3(c) error bars answer)
    ("llm-int8", "number_changed", "contradicted",
     "The LLM.int8() paper compares how many GPUs its quantized OPT-175B model uses against the native OPT-175B "
     "model."),
    # quote: "We compare the number of GPUs used by our quantized BLOOM-176B model together with the native BLOOM-176B
    #   model."  (Appendix, inference speedups; model changed: BLOOM-176B -> OPT-175B)
    ("llm-int8", "direction_changed", "contradicted",
     "The LLM.int8() paper finds that, for an input matrix X, outliers are limited to specific sequence dimensions but "
     "occur systematically in almost all feature/hidden dimensions."),
    # quote: "We find that given input matrix $\mathbf{X}_{\mathrm{f16}}\in\mathbb{R}^{s\times h}$, these outliers
    #   occur systematically for almost all sequence dimensions $s$ but are limited to specific feature/hidden
    #   dimensions $h$."  (Section 4, outlier features; sequence and feature dimensions swapped)
    ("llm-int8", "condition_dropped", "partially_supported",
     "Table 9 of the LLM.int8() paper compares against earlier 8-bit methods and shows that vector-wise quantization "
     "improves on them."),
    # quote: "[Table 9](#table-09) compares with different previous 8-bit methods for finetuning and shows that
    #   vector-wise quantization improves on other methods."  (Appendix E; dropped: "for finetuning")
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() authors also apply LLM.int8() to the Whisper speech recognition models and report unchanged word "
     "error rates under 8-bit inference."),
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity study asks whether the zeros that pretrained ternary LLMs naturally contain are enough to "
     "justify a change to the physical weight representation and the datapath."),
    # quote: "I instead test whether the \emph{natural} zeros already present in pretrained ternary LLMs justify
    #   changing the physical weight representation and datapath."  (Introduction, line 28, last sentence)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity paper, gate-level correctness is verified on the switching-energy simulation workload "
     "suites by comparing each row result to the exact dot product."),
    # quote: "Gate-level correctness is checked on the workload suites used for switching-energy simulation, where
    #   every row result is compared with the exact dot product."  (Verification paragraph, line 127)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Architecture B of the ternary-sparsity paper keeps the presence bits in five-bit-word memory, read once per "
     "group as five-trit's bytes are, and feeds the sign stream unchanged."),
    # quote: "In Architecture B the presence bits are stored in a
    #   memory with five-bit words, read once per group like five-trit's bytes, while
    #   the sign stream is fed as before."  (Architecture B subsection, lines 311-313)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "According to the ternary-sparsity paper, its memory-energy points are published estimates and values derived "
     "from models, together with one CACTI sensitivity point computed separately."),
    # quote: "Memory-energy points are published estimates and model-derived values, plus a separately computed CACTI
    #   sensitivity point."  (Limitations section, line 435)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In the ternary-sparsity paper, both stream-fed engines sustain two five-weight groups per cycle for every weight "
     "pattern and pass randomized RTL tests."),
    # quote: "Both sustain one five-weight group per
    #   cycle for every weight pattern and pass randomized RTL tests; the gate-level
    #   power workloads also pass their row checks."  (Architecture A feeding, lines 273-275; one -> two groups)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity paper's projection model, the five-trit feeder requires the prefill cycle while the "
     "bitmap feeders can operate without it, so the matched schedule is slightly conservative for five-trit."),
    # quote: "The bitmap feeders require the prefill cycle; the five-trit feeder can operate without it, so this
    #   matched schedule is slightly conservative for the five-trit baseline."  (line 139; which feeder needs the
    #   prefill cycle swapped)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The ternary-sparsity paper assumes that rows are consumed sequentially, so that a higher-level controller can "
     "carry the compact-sign cursor forward."),
    # quote: "The pointer-free case assumes rows are consumed sequentially so a higher-level controller can carry the
    #   compact-sign cursor forward; arbitrary row starts require metadata or equivalent control that is not
    #   synthesized here."  (line 139; dropped: "The pointer-free case" scope)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity paper implements the bitmap/sign engine on an FPGA prototype at 200 MHz and measures a 1.2x "
     "token-throughput gain on BitNet b1.58."),
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "By providing a turnkey way to cut serving cost, SmoothQuant's authors say their work democratizes LLM use."),
    # quote: "Our work democratizes the use of LLMs by offering a turnkey solution to reduce the serving cost."
    #   (Section 1 Introduction, last paragraph)
    ("smoothquant", "paraphrase", "supported",
     "Figure 5 of the SmoothQuant paper depicts the smoothing transformation for a migration strength alpha of 0.5."),
    # quote: "[Figure 5](#figure-05) illustrates the smoothing transformation when we take $\alpha=0.5$."
    #   (Section 4, migration strength paragraph)
    ("smoothquant", "paraphrase", "supported",
     "Using the PyTorch implementation, the SmoothQuant paper shows inference latency and peak memory usage in "
     "Figure 8."),
    # quote: "In [Figure 8](#figure-08), we show the inference latency and peak memory usage based on the PyTorch
    #   implementation."  (Section 5.3 speedup and memory saving)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's Table 10 reports, for its PyTorch implementation, the inference latency of various quantization "
     "schemes."),
    # quote: "[Table 10](#table-10) shows the inference latency of different quantization schemes based on our PyTorch
    #   implementation."  (Appendix)
    ("smoothquant", "number_changed", "contradicted",
     "The SmoothQuant paper cites earlier work showing that quantizing LLM weights to INT8 or even INT2 does not hurt "
     "accuracy."),
    # quote: "Previous work has shown that quantizing the weights of LLMs with INT8 or even with INT4 does not degrade
    #   accuracy [Det22, Yao22, Zen22], which echoes our observation."  (Section 3, observation 2; INT4 -> INT2)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant has higher latency than FP16 under all settings, according to the SmoothQuant paper."),
    # quote: "SmoothQuant achieves lower latency compared to FP16 under all settings, while LLM.int8() is mostly
    #   slower."  (Table 10 caption, line 269; lower -> higher)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The SmoothQuant paper verifies in Table 1 that per-channel activation quantization successfully bridges the "
     "accuracy gap to the FP16 baseline."),
    # quote: "In [Table 1](#table-01), we verify the assumption that simulated per-channel activation quantization
    #   successfully bridges the accuracy with the FP16 baseline, which echos the findings of [Bon21a]."
    #   (Section 3, observation 3; dropped: "simulated")
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper also evaluates FP8 activation quantization on H100 GPUs and finds it matches W8A8 "
     "SmoothQuant accuracy on OPT-175B."),
]


# The thirty-first split, written like the thirtieth (four paraphrases, one changed number, one changed direction, one
# dropped condition and one absent claim per paper, each decidable from one sentence, sentences picked by a 5-word
# shingle search over make_labelled.py and labelled.jsonl), labelled from the papers' text alone, not yet run through
# Gate 1. Prose and caption sentences only. awq is exhausted: its fourth paraphrase reuses the ZeroQuant/AdaRound/BRECQ
# sentence (earlier items flipped "do not outperform"; this one keeps it), its number_changed reuses the 10x
# calibration sentence (earlier items quoted it; this one changes 192 sequences), and its condition_dropped reuses the
# FP16 salient-weights sentence (earlier a paraphrase of its numbers; here "in FP16" is dropped). Within this split the
# awq calibration-set sentence and the llm-int8 vector-wise multiplication sentence each serve twice.
# The first run had 16 of 32 right (0.50; BM25 and MiniLM alike) and one wrong 'supported': a dropped leading
# condition ('Adding the output-head weight read as well'). ground-21 was tuned on that one (after: 17 of 32, no
# wrong 'supported'); the thirty-second split is its estimate.
FRESH_31: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ paper calls quantization an effective way to shrink the model size of LLMs and cut their inference "
     "costs."),
    # quote: "It is an effective method to reduce the model size and inference costs of LLMs [Det22, Fra22, Yao22a,
    #   Xia23]."  (Section 2 opening paragraph; "It" = quantization, named in the sentence before)
    ("awq", "paraphrase", "supported",
     "Because it relies on no regression or backpropagation and only measures the average activation scale from the "
     "calibration set, AWQ needs a smaller, data-efficient calibration set."),
    # quote: "Our method requires a smaller calibration set since we do not rely on regression/backpropagation; we only
    #   measure the average activation scale from the calibration set, which is data-efficient."  (Section 3.3,
    #   data efficiency paragraph)
    ("awq", "paraphrase", "supported",
     "In AWQ's Figure 4 caption, the text is coloured to mark which responses are correct and which are wrong."),
    # quote: "We color the text to show the correct or wrong responses."  (Figure 4 caption, visual reasoning)
    ("awq", "paraphrase", "supported",
     "The AWQ paper leaves ZeroQuant, AdaRound and BRECQ out of its study: they update the quantized weights by "
     "backpropagation, which may not scale easily to large models, and they do not beat GPTQ."),
    # quote: "Other techniques like ZeroQuant [Yao22a], AdaRound [Nag20], and BRECQ [Li21a] rely on backpropagation to
    #   update the quantized weights, which may not easily scale up to large model sizes; they also do not outperform
    #   GPTQ [Fra22], thus not included for study."  (Section 3.1, baselines; REUSED: an earlier direction_changed
    #   flipped "do not outperform"; this paraphrase keeps the whole sentence)
    ("awq", "number_changed", "contradicted",
     "AWQ reaches better perplexity than GPTQ with a 10x smaller calibration set (16 sequences versus 128 sequences)."),
    # quote: "AWQ needs a much smaller calibration to reach a good quantized performance; it can achieve better
    #   perplexity using 10$\times$ smaller calibration set compared to GPTQ (16 sequences *v.s.* 192 sequences)."
    #   (Section 3.3, data efficiency; 192 -> 128 sequences; REUSED: earlier items quoted this sentence unchanged)
    ("awq", "direction_changed", "contradicted",
     "Because it relies on no regression or backpropagation and only measures the average activation scale, AWQ needs "
     "a larger calibration set."),
    # quote: "Our method requires a smaller calibration set since we do not rely on regression/backpropagation; we only
    #   measure the average activation scale from the calibration set, which is data-efficient."  (Section 3.3;
    #   smaller -> larger; same sentence as the second paraphrase)
    ("awq", "condition_dropped", "partially_supported",
     "According to the AWQ paper, keeping the salient weights can significantly improve quantized performance, with "
     "perplexity going from 43.2 to 13.0, but the mixed-precision format is not hardware-efficient."),
    # quote: "Keeping the salient weights in FP16 can significantly improve the quantized performance (PPL from 43.2
    #   (left) to 13.0 (middle)), but the mixed-precision format is not hardware-efficient."  (Figure 2 caption
    #   area; dropped: "in FP16"; REUSED: an earlier paraphrase kept the numbers, this item drops the precision)
    ("awq", "absent", "not_found",
     "The AWQ paper quantizes Mixtral-8x7B to INT4-g128 with expert-wise scaling factors and keeps MMLU accuracy "
     "within one point of FP16."),
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "In the LLM.int8() table, the Decomp column gives the share that is decomposed into 16-bit matrix "
     "multiplication."),
    # quote: "Decomp indicates the percentage that is decomposed into 16-bit matrix multplication."  (table caption,
    #   appendix timing table)
    ("llm-int8", "paraphrase", "supported",
     "For dequantization, LLM.int8() denormalizes every inner product result by 1/(c_x_f16 * c_w_f16)."),
    # quote: "To dequantize, we denormalize each inner product result by
    #   $1/(c_{x_{\mathrm{f16}}}c_{w_{\mathrm{f16}}})$."  (Section 3.2, vector-wise quantization)
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8() carries out its 8-bit vector-wise multiplication by scaling with the row-wise and column-wise "
     "absolute maxima of C_x and C_w, then quantizing the outputs to Int8."),
    # quote: "We perform 8-bit vector-wise multiplication by scaling by row and column-wise absolute maximum of
    #   $\mathbf{C}_{x}$ and $\mathbf{C}_{w}$ and then quantizing the outputs to Int8."  (Section 3.2)
    ("llm-int8", "paraphrase", "supported",
     "Table 2 of LLM.int8() lists several hardware setups and which methods can run in 16-bit versus 8-bit precision "
     "on each."),
    # quote: "**Table 2.** Different hardware setups and which methods can be run in 16-bit vs. 8-bit precision."
    #   (Table 2 caption)
    ("llm-int8", "number_changed", "contradicted",
     "Appendix A of LLM.int8() compares, in Table 3, the memory footprint of 32-bit inference and LLM.int8() for "
     "different open source models."),
    # quote: "[Table 3](#table-03) compares the memory footprint of 16-bit inference and LLM.int8() for different
    #   open source models."  (Appendix A, memory usage; 16-bit -> 32-bit)
    ("llm-int8", "direction_changed", "contradicted",
     "LLM.int8()'s mixed-precision decomposition puts into the outlier set O every hidden dimension that has at least "
     "one outlier with a magnitude smaller than the threshold alpha."),
    # quote: "As such, we propose mixed-precision decomposition for matrix multiplication where we separate outlier
    #   feature dimensions into the set ${O=\{i\mid i\in\mathbb{Z},0\leq i\leq h\}}$, which contains all dimensions
    #   of $h$ which have at least one outlier with a magnitude larger than the threshold $\alpha$."  (Section 3.3;
    #   larger -> smaller)
    ("llm-int8", "condition_dropped", "partially_supported",
     "LLM.int8() performs vector-wise multiplication by scaling with the row-wise and column-wise absolute maxima of "
     "C_x and C_w."),
    # quote: "We perform 8-bit vector-wise multiplication by scaling by row and column-wise absolute maximum of
    #   $\mathbf{C}_{x}$ and $\mathbf{C}_{w}$ and then quantizing the outputs to Int8."  (Section 3.2; dropped:
    #   "8-bit"; same sentence as the third paraphrase)
    ("llm-int8", "absent", "not_found",
     "LLM.int8() is also applied to Whisper-large speech recognition, where it keeps word error rate within 0.1 "
     "points of 16-bit inference."),
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "With z the fraction of zero weights, the bitmap format needs 2 - z bits per weight of storage."),
    # quote: "If the fraction of zero weights is $z$, the storage required is \begin{equation}
    #   B_{\mathrm{bitmap}}(z)=2-z \end{equation} bits per weight."  (storage of the bitmap format)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity study, compute energies come from simulation, while the per-bit memory energies are "
     "published or literature-derived values."),
    # quote: "Compute energies are simulated; memory energies per bit are published or literature-derived values
    #   \cite{horowitz2014energy,oconnor2017fgdram,ha2018dram}."  (abstract/introduction)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The clock tree, wires and glitches are left out."),
    # quote: "Glitches, wires, and the clock tree are not included."  (methods, power analysis)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "None of the natural-sparsity paper's figures are measured on silicon, and its throughput figures are not "
     "measured either."),
    # quote: "None are silicon measurements, and throughput figures are not measured."
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "If five-trit packing restarts at every 128-weight quantization block, as in BITCOS's comparison, it costs 1.625 "
     "bits per weight and the break-even falls to z > 0.325."),
    # quote: "If five-trit restarts at every 128-weight quantization block, as in BITCOS's comparison, it costs
    #   $\lceil128/5\rceil\cdot8/128=1.625$ bits per weight and the break-even falls to $z>0.375$."  (storage
    #   analysis; 0.375 -> 0.325)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "For continuous five-trit packing at exactly 1.6 bits per weight, the stronger baseline, the bitmap "
     "representation becomes larger when z > 0.4."),
    # quote: "\end{equation} For continuous five-trit packing at exactly 1.6 bits per weight, used as the stronger
    #   baseline in the main experiments below, the bitmap representation becomes smaller when $z>0.4$."  (storage
    #   analysis; smaller -> larger)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The natural-sparsity paper reports savings of about 1.9-2.1%, and about 2.2% for the best configuration (B "
     "resident restricted to on-chip SRAM), for all three Qwen3 checkpoints."),
    # quote: "Adding the output-head weight read as well leaves about 1.9--2.1\% savings, and the best configuration
    #   (B resident restricted to on-chip SRAM) about 2.2\% for all three Qwen3 checkpoints."  (system-level
    #   results; dropped: "Adding the output-head weight read as well")
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The natural-sparsity paper fabricates the bitmap engine in a 28 nm test chip and measures 35% lower energy per "
     "token than the five-trit engine."),
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant moves the outlier channels out of the activations and into the weights."),
    # quote: "SmoothQuant migrates the outlier channels from activation to weight."  (Section 3)
    ("smoothquant", "paraphrase", "supported",
     "In SmoothQuant, the BMM operators of the attention computation are quantized as well."),
    # quote: "We also quantize BMM operators in the attention computation."  (Section 4, quantization flow)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant seeks a per-channel smoothing factor s that makes X diag(s)^-1 easy to quantize."),
    # quote: "We aim to choose a per-channel smoothing factor $\mathbf{s}$ such that
    #   $\hat{\mathbf{X}}=\mathbf{X}\mathrm{diag}(\mathbf{s})^{-1}$ is easy to quantize."  (Section 4)
    ("smoothquant", "paraphrase", "supported",
     "According to SmoothQuant, a channel that has an outlier shows it persistently across all tokens (red in Figure "
     "4)."),
    # quote: "If one channel has an outlier, it persistently appears in all tokens ([Figure 4](#figure-04), red)."
    #   (Section 3, patterns)
    ("smoothquant", "number_changed", "contradicted",
     "SmoothQuant notes that GPTQ's low-bit kernel only supports the generation stage with batch size 8, and cannot "
     "support the context stage or batch-based setting."),
    # quote: "GPTQ’s low-bit kenerl [+5] only supports the generation stage with batch size 1 (i.e., only processing
    #   a single token at a time), and cannot support the context stage (widely used in different downstream tasks and
    #   chatbot) or batch-based setting."  (appendix on weight-only quantization; batch size 1 -> 8)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant notes that all the quantization difficulty can be pushed from activations to weights by choosing "
     "s_j = 1/max(|W_j|)."),
    # quote: "On the other hand, we can also push all the quantization difficulty from weights to activations by
    #   choosing $\mathbf{s}_{j}=1/\max(|\mathbf{W}_{j}|)$."  (Section 4; from weights to activations -> from
    #   activations to weights)
    ("smoothquant", "condition_dropped", "partially_supported",
     "Figure 7 of SmoothQuant shows that it works on all scales of OPT models, matching FP16 accuracy."),
    # quote: "In [Figure 7](#figure-07), we show that SmoothQuant can work on all scales of OPT models, matching the
    #   FP16 accuracy with INT8 quantization."  (Section 5.2, scaling; dropped: "with INT8 quantization")
    ("smoothquant", "absent", "not_found",
     "SmoothQuant is also applied to the Mamba state-space model, where W8A8 smoothing keeps perplexity within 0.2 of "
     "FP16."),
]


# The thirty-second split, written like the thirty-first (four paraphrases, one changed number, one changed direction,
# one dropped condition and one absent claim per paper, each decidable from one sentence), labelled from the papers'
# text alone, not yet run through Gate 1. Sentences were picked by a 5-word shingle search over make_labelled.py and
# labelled.jsonl. llm-int8 and natural-sparsity-ternary-llms still had unused sentences. awq and smoothquant are
# exhausted: their items reuse the least-used sentences (partial shingle overlap), marked REUSED in the comments; where
# an earlier item may have changed the same part this could not be fully verified in the time available.
# Multi-line LaTeX quotes have their whitespace collapsed to single spaces.
# The first run had 17 of 32 right (0.53; BM25 and MiniLM alike) and no wrong 'supported'; with half its items on
# reused sentences it is a weaker estimate than the splits before. Not tuned on.
FRESH_32: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "According to the AWQ paper, its method avoids over-fitting the calibration set and keeps the generalist "
     "abilities of LLMs across various domains and modalities."),
    # quote: "AWQ does not over-fit the calibration set and preserves the generalist abilities of LLMs in various
    #   domains and modalities."  (REUSED: least-overlapping awq sentence; earlier items used related wording)
    ("awq", "paraphrase", "supported",
     "The AWQ authors note that GPTQ also needs a reordering trick to work on some models, for example LLaMA-7B and "
     "OPT-66B."),
    # quote: "It also requires a reordering trick to work for some models (*e.g*., LLaMA-7B [Tou23] and OPT-66B
    #   [Zha22a])."  (Section 1 introduction; "It" = GPTQ, named in the sentence before; REUSED)
    ("awq", "paraphrase", "supported",
     "GPTQ, the AWQ paper warns, may over-fit the calibration set while reconstructing, which distorts the learned "
     "features on out-of-distribution domains, a possible problem because LLMs are generalist models."),
    # quote: "It may over-fit the calibration set during reconstruction, distorting the learned features on
    #   out-of-distribution domains ([Figure 6](#figure-06)), which could be problematic since LLMs are *generalist*
    #   models."  (Section 1 introduction; "It" = GPTQ; REUSED)
    ("awq", "paraphrase", "supported",
     "Open LLMs such as BLOOM are left out of the AWQ study because they are generally of worse quality."),
    # quote: "There are other open LLMs like BLOOM [Les23], but they are generally worse in quality, so we do not
    #   include them in our study."  (Section 3.1 settings, models; REUSED)
    ("awq", "number_changed", "contradicted",
     "In the AWQ paper, scaling up the salient channels significantly improves perplexity, from 23.54 to 13.92."),
    # quote: "Scaling up the salient channels significantly improves the perplexity (23.54 to 11.92)."  (Section 2.2;
    #   11.92 -> 13.92; REUSED: earlier items quoted this sentence)
    ("awq", "direction_changed", "contradicted",
     "For AWQ, the authors used a large calibration set from the Pile so as not to overfit to a specific downstream "
     "domain."),
    # quote: "For AWQ, we used a small calibration set from the Pile [Gao20] dataset in order not to overfit to a
    #   specific downstream domain."  (Section 3.1 settings; small -> large; REUSED: one earlier hit on this sentence)
    ("awq", "condition_dropped", "partially_supported",
     "AWQ's system gives a 2.7-3.9x speedup to three LLM families (Llama-2, MPT and Falcon) over the Huggingface FP16 "
     "implementation."),
    # quote: "As in [Figure 5](#figure-05)(a), our system brings 2.7-3.9$\times$ speedup to three families of LLMs
    #   (Llama-2, MPT and Falcon) on 4090 compared with the Huggingface FP16 implementation."  (Section 3.2, speedup;
    #   dropped: "on 4090"; REUSED: earlier items quoted this sentence)
    ("awq", "absent", "not_found",
     "The AWQ paper also quantizes the KV cache to INT4 and reports halving memory use for 32k-token contexts."),
    # no KV-cache quantization anywhere in the paper (grep "KV cache": 0 hits)
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "In LLM.int8(), C_i32 is dequantized by dividing it by the scaling constants nd_a_f16 and nd_b_f16."),
    # quote: "To dequantize $C_{\mathrm{i32}}$, we divide by the scaling constants $\mathit{nd}_{a_{\mathrm{f16}}}$ and
    #   $\mathit{nd}_{b_{\mathrm{f16}}}$."  (Section 2, absmax/zeropoint background)
    ("llm-int8", "paraphrase", "supported",
     "Over the whole matrix multiplication, the LLM.int8() paper says, this amounts to denormalizing by the outer "
     "product of c_x_f16 and c_w_f16, with c_x in R^s and c_w in R^o."),
    # quote: "For the whole matrix multiplication this is equivalent to denormalization by the outer product
    #   $\mathbf{c}_{x_{\mathrm{f16}}}\otimes\mathbf{c}_{w_{\mathrm{f16}}}$, where $\mathbf{c}_{x}\in\mathbb{R}^{s}$
    #   and $\mathbf{c}_{w}\in\mathbb{R}^{o}$."  (Section 3.2, vector-wise quantization)
    ("llm-int8", "paraphrase", "supported",
     "The group-wise quantization scheme shared by nuQmm and ZeroQuant gives higher quantization precision, the "
     "LLM.int8() paper notes, but it needs custom CUDA kernels."),
    # quote: "This scheme offers higher quantization precision but also requires custom CUDA kernels."  (Related work,
    #   multi-billion scale quantization; "This scheme" = group-wise quantization of nuQmm and ZeroQuant)
    ("llm-int8", "paraphrase", "supported",
     "LLM.int8()'s authors leave 8-bit floating point (FP8) to future work, since current GPUs and TPUs lack support "
     "for that data type."),
    # quote: "Since current GPUs and TPUs do not support this data type, we believe this is best left for future
    #   work."  (Discussion and limitations; "this data type" = FP8, named in the sentence before)
    ("llm-int8", "number_changed", "contradicted",
     "For the C4 validation perplexity evaluation of the 8-bit transformers, the LLM.int8() authors use NVIDIA A100 "
     "GPUs."),
    # quote: "We use NVIDIA A40 GPUs for this evaluation."  (Section 4 experimental setup; "this evaluation" = the
    #   C4 perplexity evaluation of the sentence before; A40 -> A100)
    ("llm-int8", "direction_changed", "contradicted",
     "In LLM.int8(), the sudden shift in outlier features co-occurs with the point where quantization begins to "
     "succeed."),
    # quote: "This sudden shift co-occurs with the point where quantization begins to fail."  (Section 4.1/emergent
    #   features, around the 6B-6.7B phase shift; fail -> succeed)
    ("llm-int8", "condition_dropped", "partially_supported",
     "The LLM.int8() paper says that additional emergent properties might disrupt its quantization methods."),
    # quote: "While we quantize a 175B model to Int8 without performance degradation, additional emergent properties
    #   might disrupt our quantization methods at larger scales."  (Discussion and limitations; dropped: "at larger
    #   scales"; one earlier hit on this sentence, which kept the scale)
    ("llm-int8", "absent", "not_found",
     "LLM.int8() inference reduces energy consumption per generated token by about 40% compared with FP16 on A100 "
     "GPUs."),
    # the paper never measures energy (grep "energy": 0 hits)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "This study asks instead whether arbitrary natural zeros at the element level can be exploited directly."),
    # quote: "The present study instead asks whether arbitrary element-level natural zeros can be exploited
    #   directly."  (introduction)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity paper's engine tests, each row result is verified against the exact dot product."),
    # quote: "Every row result is checked against the exact dot product."  (methods, workloads; the same-activations
    #   context is the sentence before)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The engine and its loader both pass randomized RTL tests, and the gate-level power workloads check every row "
     "result separately."),
    # quote: "The engine and loader pass randomized RTL tests; gate-level power workloads separately check every row
    #   result."  (line 316, caption/summary of the loader results)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "A figure in the ternary-sparsity paper (the architecture overview) gives a summary of the matched datapaths."),
    # quote: "Figure~\ref{fig:architecture-overview} summarizes the matched datapaths."  (architecture section, line 82)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "The five-trit stream uses whole bytes per row; Architecture A uses continuous bitmap/sign streams, while "
     "Architecture B pads each presence row to whole eight-bit words and keeps signs continuous."),
    # quote: "The five-trit stream uses whole bytes per row; Architecture~A uses continuous bitmap/sign streams, while
    #   Architecture~B pads each presence row to whole five-bit words and keeps signs continuous."  (table caption,
    #   line 344; five-bit -> eight-bit words)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the bitmap-versus-five-trit comparison, scale reads/application, attention, normalization, activation "
     "traffic, KV-cache work and output-head compute are included."),
    # quote: "Scale reads/application, attention, normalization, activation traffic, KV-cache work, and output-head
    #   compute are excluded."  (table caption, line 373; excluded -> included)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The symbol-storage rates are exactly 2 bits per weight for 2-bit packing, 1.6 for five-trit and 2-z for the "
     "bitmap format."),
    # quote: "Ignoring alignment, the symbol-storage rates are \begin{align} B_{2\mathrm{bit}} &= 2,\\
    #   B_{5\mathrm{trit}} &= 1.6,\\ B_{\mathrm{bitmap}} &= 2-z."  (Storage analysis, line 143; dropped: "Ignoring
    #   alignment")
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The study compares the bitmap engine against a CUDA kernel on an NVIDIA A100 and reports 1.8x lower latency "
     "per token."),
    # no A100 or CUDA-kernel latency comparison in the paper (GPU appears only for BITCOS's software evaluation)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's authors lay out a quantization flow for transformer blocks, shown in Figure 6."),
    # quote: "We design a quantization flow for transformer blocks in [Figure 6](#figure-06)."  (Section 4; REUSED:
    #   one earlier hit)
    ("smoothquant", "paraphrase", "supported",
     "In SmoothQuant, activation outliers are about 100 times larger in scale than most activation values."),
    # quote: "The scale of outliers in activations is $\sim 100\times$ larger than most of the activation values."
    #   (Section 3; REUSED: partial overlap with earlier items)
    ("smoothquant", "paraphrase", "supported",
     "Under every setting SmoothQuant beats the FP16 baseline in speed, whereas LLM.int8() is usually slower."),
    # quote: "SmoothQuant is faster than FP16 baseline under all settings, while LLM.int8() is usually slower."
    #   (Section 5.4, speedup; REUSED: partial overlap)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant keeps activations in FP16 for light element-wise operations such as ReLU, Softmax and LayerNorm, "
     "while quantizing to INT8 the inputs and weights of compute-heavy operators like linear layers and attention "
     "BMMs."),
    # quote: "We quantize the inputs and weights of compute-heavy operators like linear layers and BMM in attention
    #   layers with INT8, while keeping the activation as FP16 for other lightweight element-wise operations like
    #   ReLU, Softmax, and LayerNorm."  (Section 4, quantization flow; REUSED: two earlier hits)
    ("smoothquant", "number_changed", "contradicted",
     "Compared with FasterTransformer's FP16 OPT, SmoothQuant-O3 further reduces the latency of OPT-13B and OPT-30B "
     "by up to 1.86x on a single GPU."),
    # quote: "As shown in [Figure 9](#figure-09) (top), compared to FasterTransformer’s FP16 implementation of OPT,
    #   SmoothQuant-O3 can further reduce the execution latency of OPT-13B and OPT-30B by up to 1.56$\times$ when
    #   using a single GPU."  (Section 5.4; 1.56x -> 1.86x; REUSED: partial overlap)
    ("smoothquant", "direction_changed", "contradicted",
     "In SmoothQuant, a too-large alpha makes activations hard to quantize, and a too-small alpha makes weights hard "
     "to quantize."),
    # quote: "If the $\alpha$ is too large, weights will be hard to quantize; if too small, activations will be hard
    #   to quantize."  (Section 5.5 ablation, migration strength; weights/activations swapped; REUSED)
    ("smoothquant", "condition_dropped", "partially_supported",
     "Compared with FasterTransformer's FP16 OPT, SmoothQuant-O3 can further reduce the execution latency of OPT-13B "
     "and OPT-30B by up to 1.56x."),
    # quote: same Figure 9 sentence as the number_changed item above; dropped: "when using a single GPU"
    ("smoothquant", "absent", "not_found",
     "SmoothQuant is also evaluated on BERT-base over the GLUE benchmark, staying within 0.2 points of FP16 under "
     "W8A8."),
    # the paper has no BERT/GLUE evaluation (grep "GLUE": 0 hits)
]


# The thirty-third split, written like the thirty-second (four paraphrases, one changed number, one changed direction,
# one dropped condition and one absent claim per paper, each decidable from one sentence), labelled from the papers'
# text alone, not yet run through Gate 1. Sentences were picked by a 5-word shingle overlap search against
# make_labelled.py (which already holds FRESH_32) and labelled.jsonl, and by a grep of make_labelled.py for
# items that reuse the same content in other words. llm-int8, natural-sparsity-ternary-llms and smoothquant still had
# unused (FREE) sentences, but not one with a droppable condition (llm-int8, natural-sparsity-ternary-llms) or a
# number to change (smoothquant): those items reuse a least-used sentence (partial shingle overlap), marked REUSED.
# Two smoothquant paraphrases use FREE sentences that only make sense with the sentence before, which the claim
# resolves, as said in the comments. awq is exhausted: apart from its acknowledgements its items reuse the least-used
# sentences, marked REUSED, each with a change that no earlier item found by the grep made to that part of the
# sentence.
# Multi-line LaTeX quotes have their whitespace collapsed to single spaces.
# First run (ground-22, BM25 and MiniLM alike): 20 of 32 right, one false claim *supported* (g1313, a
# dropped 'suitable ... (sweet spot)'); the other misses are paraphrases read as not found (8), a changed
# number read as not found (g1311: 'a quarter' for 'half') and a dropped condition read as contradicted
# (g1297). Tuned on (ground-23): 24 of 32, no false claim supported; left: seven paraphrases read as not
# found, and g1311 not found.
FRESH_33: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "The AWQ authors take their cross-distribution calibration experiment, which calibrates and evaluates on the "
     "PubMed Abstracts and Enron Emails subsets of the Pile, as showing that AWQ is robust to the distribution of "
     "the calibration set."),
    # quote: "This demonstrates the robustness of AWQ to the calibration set distribution."  (Section 3.3, "Robust to
    #   the calibration set distributions", last sentence; "This" = the PubMed/Enron experiment of the sentences
    #   before, resolved in the claim; REUSED: part 0.14)
    ("awq", "paraphrase", "supported",
     "According to the AWQ abstract, better generalization lets AWQ reach excellent quantization performance on "
     "instruction-tuned LMs and, for the first time, on multi-modal LMs."),
    # quote: "Thanks to better generalization, it achieves excellent quantization performance for *instruction-tuned*
    #   LMs and, for the first time, *multi-modal* LMs."  (Abstract; "it" = AWQ; REUSED: part 0.27, earlier items
    #   changed the model names and the direction of the Introduction's version of this sentence)
    ("awq", "paraphrase", "supported",
     "The AWQ paper's conclusion describes AWQ as a simple yet effective method for low-bit weight-only LLM "
     "compression, built on the observation that weights in LLMs are not equally important, which applies "
     "per-channel scaling to reduce the quantization loss of salient weights."),
    # quote: "In this work, we propose Activation-aware Weight Quantization (AWQ), a simple yet effective method for
    #   low-bit weight-only LLM compression AWQ is based on the observation that weights are not equally important in
    #   LLMs and performs per-channel scaling to reduce the quantization loss of salient weights."  (Section 5,
    #   Conclusion, first sentence; REUSED: part 0.24)
    ("awq", "paraphrase", "supported",
     "The AWQ research was supported by the MIT AI Hardware Program, the National Science Foundation, an NVIDIA "
     "Academic Partnership Award, the MIT-IBM Watson AI Lab, Amazon and MIT Science Hub, a Qualcomm Innovation "
     "Fellowship and the Microsoft Turing Academic Program."),
    # quote: "We thank MIT AI Hardware Program, National Science Foundation, NVIDIA Academic Partnership Award, MIT-IBM
    #   Watson AI Lab, Amazon and MIT Science Hub, Qualcomm Innovation Fellowship, Microsoft Turing Academic Program
    #   for supporting this research."  (Acknowledgements; FREE)
    ("awq", "number_changed", "contradicted",
     "AWQ's authors empirically find that the expected error from Round(), RoundErr, does not vary: rounding a "
     "floating-point number to an integer gives an error roughly uniform over 0-0.5, for an average error of 0.15, "
     "and scaling up a single element w usually does not change the extreme value of its group."),
    # quote: "We empirically find that: (1) The expected error from $\mathrm{Round}(\cdot)$ (denoted as
    #   $\mathrm{RoundErr}$) does not vary: since the round function maps a floating-point number to an integer, the
    #   error is roughly uniformly distributed from 0-0.5, resulting in an average error of 0.25; (2) Scaling up a
    #   single element $w$ usually does not change the extreme value from the group $\mathbf{w}$."  (Section 2.2,
    #   error analysis; average error 0.25 -> 0.15; REUSED: USED 0.44, an earlier item paraphrased the 0.25 clause)
    ("awq", "direction_changed", "contradicted",
     "In AWQ's Table 2 study of scaling the salient channels by s, the best perplexity is reached at s=2, because "
     "increasing s further reduces the quantization error for non-salient channels."),
    # quote: "However, the best perplexity is achieved at $s=2$, since further increasing $s$ will increase the
    #   quantization error for *non-salient* channels."  (Table 2 caption, Section 2.2; increase -> reduces;
    #   REUSED: part 0.18, an earlier item changed s=2 to s=4, not the reason clause)
    ("awq", "condition_dropped", "partially_supported",
     "In an ablation study on OPT models, AWQ consistently outperforms round-to-nearest quantization (RTN) and "
     "performs comparably to mixed precision (1% FP16) while being more hardware-friendly."),
    # quote: "We provide an ablation study on OPT models under INT3-g128 quantization in [Table 3](#table-03); AWQ
    #   consistently outperforms round-to-nearest quantization (RTN) and achieves comparable performance as
    #   mixed-precision (1% FP16) while being more hardware-friendly."  (Section 2.2, end; dropped: "under INT3-g128
    #   quantization" (and the bare Table 3 reference); Appendix C: under INT3 no-group quantization "there is still
    #   a noticeable gap" to keeping 1% salient weights in FP16; REUSED: USED 0.48, an earlier item flipped "more
    #   hardware-friendly")
    ("awq", "absent", "not_found",
     "The AWQ paper applies its method to the Mixtral-8x7B mixture-of-experts model and finds that INT4-g128 "
     "quantization keeps MMLU accuracy within 0.5 points of FP16."),
    # absent: grep for "Mixtral", "mixture" and "expert" in awq/paper.md finds nothing (MMLU is only named for the
    #   LLaMA-65B timing in Appendix B)
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "Mixed-precision decomposition, the second part of the LLM.int8() method, was developed so that quantization "
     "stays effective in the presence of such extreme outliers."),
    # quote: "To support effective quantization with such extreme outliers, we develop mixed-precision decomposition,
    #   the second part of our method."  (Section 1, Introduction; FREE)
    ("llm-int8", "paraphrase", "supported",
     "To show that outlier features are essential for attention and predictive performance, the LLM.int8() authors "
     "zero the outlier features before the hidden states X_l enter the attention projection layers and compare the "
     "resulting top-1 softmax probability with the regular softmax probability that includes the outliers."),
    # quote: "To demonstrate that the outlier features are essential for attention and predictive performance, we set
    #   the outlier features to zero before feeding the hidden states $\mathbf{X}_{l}$ into the attention projection
    #   layers and then compare the top-1 softmax probability with the regular softmax probability with outliers."
    #   (Section 4.2, Measuring the Effect of Outlier Features; FREE)
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() paper notes that viewing a matrix multiplication as a sequence of independent inner products is "
     "one way to increase the number of scaling constants used for it."),
    # quote: "One way to increase the number of scaling constants for matrix multiplication is to view matrix
    #   multiplication as a sequence of independent inner products."  (Section 3.1, Vector-wise Quantization; FREE)
    ("llm-int8", "paraphrase", "supported",
     "In LLM.int8()'s background section, using zeropoint quantization in an operation means feeding the tensor X_i8 "
     "together with the zeropoint zp_x_i16 into a special instruction that adds the zeropoint to every element of "
     "X_i8 before a 16-bit integer operation is performed."),
    # quote: "To use zeropoint quantization in an operation we feed both the tensor $\mathbf{X}_{\mathrm{i8}}$ and the
    #   zeropoint $\mathit{zp}_{x_{\mathrm{i16}}}$ into a special instruction [+3] which adds
    #   $\mathit{zp}_{x_{\mathrm{i16}}}$ to each element of $\mathbf{X}_{\mathrm{i8}}$ before performing a 16-bit
    #   integer operation."  (Section 2.1, 8-bit Data Types and Quantization; FREE)
    ("llm-int8", "number_changed", "contradicted",
     "The LLM.int8() authors measure how robust quantization methods are as they scale several publicly available "
     "pretrained language models up to 540B parameters."),
    # quote: "We measure the robustness of quantization methods as we scale the size of several publicly available
    #   pretrained language models up to 175B parameters."  (Section 3.3, Experimental Setup; 175B -> 540B; FREE)
    ("llm-int8", "direction_changed", "contradicted",
     "When LLM.int8() is used with mixed-precision decomposition, vector-wise quantization still has a disadvantage "
     "against row-wise quantization, indicating that enhanced quantization precision of the model weights is needed "
     "to retain full-precision predictive performance."),
    # quote: "However, vector-wise still has an advantage over row-wise quantization, indicating that the enhanced
    #   quantization precision of the model weights is needed to retain full precision predictive performance."
    #   (Section 4.3, Interpretation of Quantization Performance; the mixed-precision setting is the sentence before,
    #   resolved in the claim; advantage over -> disadvantage against; FREE 0.09, though an early item paraphrased the
    #   bare "vector-wise has an advantage over row-wise")
    ("llm-int8", "condition_dropped", "partially_supported",
     "In LLM.int8()'s matrix multiplication benchmarks, if inputs must be quantized and outputs dequantized (a strict "
     "requirement unless the whole transformer runs in Int8), the speedup over 16-bit is reduced to 1.6x."),
    # quote: "If inputs need to be quantized and outputs dequantized – a strict requirement if not the entire
    #   transformer is done in Int8 – then the speedups compared to 16-bit is reduced to 1.6x at a model size of
    #   5140."  (Appendix D.1, Matrix Multiplication benchmarks; dropped: "at a model size of 5140"; the next sentence
    #   says models with model size 2560 or smaller are slowed down; REUSED: part 0.21, no FREE sentence had a
    #   droppable condition; an earlier item quoted the sentence before)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper also benchmarks its method on AMD MI250 GPUs through ROCm and reports a 1.3x end-to-end "
     "speedup for BLOOM-176B over 16-bit inference."),
    # absent: grep for "AMD", "ROCm" and "MI250" in llm-int8/paper.md finds nothing (end-to-end BLOOM-176B Int8
    #   inference is reported as slightly slower than 16-bit, Appendix D.2)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper tests whether, without retraining or structured sparsity, the natural unstructured "
     "zeros of trained ternary models justify a presence-bitmap plus compact-sign representation with a matching "
     "matrix-vector multiply (GEMV) datapath."),
    # quote: "I test whether the natural, unstructured zeros in trained ternary models justify a presence-bitmap plus
    #   compact-sign representation and matching matrix--vector multiply (GEMV) datapath, without retraining or
    #   structured sparsity."  (Abstract, second sentence; FREE)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity study compares matched bitmap/sign and five-trit hardware, counting also the logic that "
     "supplies both designs with weights from memory."),
    # quote: "I therefore compare matched bitmap/sign and five-trit hardware, including the logic needed to supply
    #   both designs with weights from memory."  (Introduction, before the contribution list; FREE)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "In the ternary-sparsity study, weight-read energy is modeled as the number of encoded payload bits multiplied "
     "by a memory energy-per-bit point."),
    # quote: "Weight-read energy is modeled as encoded payload bit count times a memory-energy-per-bit point."
    #   (Methodology, Memory and model-wide projection model, first sentence; FREE)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "With hardware that reads weights from byte-wide memories with a one-cycle read delay, the five-trit engine "
     "needs a single address counter, whereas the bitmap/sign engine needs an address counter and a current-byte "
     "register for each of its two streams because the sign stream advances at a data-dependent rate."),
    # quote: "Both engines were then extended with the hardware that reads their weights from byte-wide memories with
    #   a one-cycle read delay: five-trit needs one address counter; the bitmap/sign engine needs an address counter
    #   and a current-byte register for each of its two streams, since the sign stream advances at a data-dependent
    #   rate."  (Results, Stream-feeding hardware, first sentence; FREE 0.04)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In the fused bitmap/sign engine, weights are stored as a presence bitmap with one bit per weight and a compact "
     "sign stream with two bits per nonzero weight."),
    # quote: "The weights are stored as a presence bitmap (one bit per weight) and a compact sign stream (one bit per
    #   nonzero weight)."  (Architectures, Fused bitmap/sign engine, first sentence; sign stream: one bit -> two bits
    #   per nonzero weight; FREE)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "Ternary large language models encode quantized weight symbols in {-1, 0, +1}, which increases storage and "
     "replaces general per-weight multiplication with sign selection and zeroing."),
    # quote: "Ternary large language models encode quantized weight symbols in $\{-1,0,+1\}$, reducing storage and
    #   replacing general per-weight multiplication with sign selection and zeroing."  (Abstract, first sentence;
    #   reducing -> increases; FREE, an earlier item paraphrased the Introduction's selection-instead-of-multiply
    #   sentence, not the storage part)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "The quantization-aware or fine-tuned models tested in the ternary-sparsity study give little or no gain, while "
     "the CAT-Q models reach a few percent."),
    # quote: "The quantization-aware or fine-tuned models tested here provide little or no gain; the higher-zero CAT-Q
    #   Qwen3 models reach a few percent."  (Introduction, end of the results summary; dropped: "higher-zero" /
    #   "Qwen3", the restriction to the CAT-Q Qwen3 checkpoints: the fourth CAT-Q checkpoint, Llama2-7B, has only
    #   40.8% zeros and a best saving of 0.5% in the model-wide table; REUSED: part 0.18)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study shows that pruning additional small-magnitude ternary weights to reach 60% zeros "
     "raises WikiText-2 perplexity by less than 0.3."),
    # absent: grep for "perplexity", "WikiText" and "accuracy" in natural-sparsity-ternary-llms/paper.tex finds
    #   nothing; "pruned" appears once, for neuromorphic cores in related work
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's authors point out that per-channel activation quantization fits poorly with hardware-accelerated "
     "GEMM kernels, which rely on a sequence of operations run at high throughput (e.g., Tensor Core MMAs) and do "
     "not tolerate lower-throughput instructions (e.g., conversions or CUDA Core FMAs) being inserted into that "
     "sequence."),
    # quote: "However, per-channel activation quantization does not map well to hardware-accelerated GEMM kernels,
    #   that rely on a sequence of operations executed at a high throughput (e.g., Tensor Core MMAs) and do not
    #   tolerate the insertion of instructions with a lower throughput (e.g., conversions or CUDA Core FMAs) in that
    #   sequence."  (Section 3, Review of Quantization Difficulty; FREE 0.02)
    ("smoothquant", "paraphrase", "supported",
     "Because the input X usually comes from earlier linear operations such as linear layers or layer norms, "
     "SmoothQuant can easily fuse the smoothing factor offline into the previous layers' parameters, so no kernel "
     "call overhead from an extra scaling is incurred."),
    # quote: "Considering input $\mathbf{X}$ is usually produced from previous linear operations (e.g., linear layers,
    #   layer norms, etc.), we can easily fuse the smoothing factor into previous layers’ parameters offline, which
    #   doe not incur kernel call overhead from an extra scaling."  (Section 4, SmoothQuant; FREE)
    ("smoothquant", "paraphrase", "supported",
     "SmoothQuant's authors also tried ZeroQuant's own fix for GPT-NeoX-20B, keeping the self-attention input "
     "activation in FP16 and quantizing the rest to INT8, but it does not solve the accuracy degradation of "
     "OPT-175B."),
    # quote: "But this does not solve the accuracy degradation of OPT-175B."  (Table 3 caption, Section 5.2; "this" =
    #   the ZeroQuant variant described in the sentence before, resolved in the claim; FREE, the sentence before is
    #   USED)
    ("smoothquant", "paraphrase", "supported",
     "In SmoothQuant's analysis, pushing all the quantization difficulty from weights to activations by choosing "
     "s_j = 1/max(|W_j|) also gives bad model performance, because of the activation quantization errors."),
    # quote: "Similarly, the model performance is bad due to the activation quantization errors."  (Section 4,
    #   "Migrate the quantization difficulty from activations to weights."; the choice s_j = 1/max(|W_j|) is the
    #   sentence before, resolved in the claim; FREE)
    ("smoothquant", "number_changed", "contradicted",
     "When serving MT-NLG 530B, SmoothQuant can halve the memory at a similar latency while using a quarter of the "
     "GPUs, which allows the 530B model to be served within a single node."),
    # quote: "When serving MT-NLG 530B, SmoothQuant can reduce the memory by half at a similar latency using *half*
    #   number of GPUs, which allows serving the 530B model within a single node."  (Table 9 caption, Section 5.4;
    #   half -> a quarter of the GPUs (the text: 16 to 8); REUSED: part 0.14)
    ("smoothquant", "direction_changed", "contradicted",
     "Based on the fact that weights are hard to quantize while activations are not, SmoothQuant smooths the "
     "activation outliers by migrating the quantization difficulty offline from activations to weights with a "
     "mathematically equivalent transformation."),
    # quote: "Based on the fact that weights are easy to quantize while activations are not, SmoothQuant smooths the
    #   activation outliers by offline migrating the quantization difficulty from activations to weights with a
    #   mathematically equivalent transformation."  (Abstract; easy -> hard; FREE 0.10)
    ("smoothquant", "condition_dropped", "partially_supported",
     "In SmoothQuant, the migration strength alpha makes both activations and weights easy to quantize."),
    # quote: "A suitable migration strength $\alpha$ (sweet spot) makes both activations and weights easy to
    #   quantize."  (Figure 10 caption, Section 5.5 ablation; dropped: "suitable ... (sweet spot)": the next
    #   sentence says a too-large alpha makes weights hard and a too-small one activations hard to quantize; FREE
    #   0.08)
    ("smoothquant", "absent", "not_found",
     "SmoothQuant combines the smoothing transformation with layer-wise knowledge distillation from the FP16 teacher "
     "to recover the accuracy of W4A8 models."),
    # absent: grep for "distil", "teacher" and "W4A8" in smoothquant/paper.md finds nothing
]


# The thirty-fourth split, written like the thirty-third (four paraphrases, one changed number, one changed direction,
# one dropped condition and one absent claim per paper, each decidable from one sentence), labelled from the papers'
# text alone, not yet run through Gate 1. Sentences were picked with a 5-word shingle overlap search against
# make_labelled.py and labelled.jsonl (which already hold the thirty-third split), a search for the earlier items whose
# quotes or claims overlap each candidate sentence, and a grep of make_labelled.py for items that say the same content
# in other words. llm-int8 and natural-sparsity-ternary-llms still had unused (FREE) sentences for all items but the
# dropped condition: there no FREE sentence had a condition that limits it, so those items reuse a least-used sentence,
# marked REUSED (the natural-sparsity one was used before only as an other-paper distractor against llm-int8, never as
# an item of its own paper). smoothquant had FREE sentences only for a paraphrase (the acknowledgements) and for the
# changed direction; its other items reuse least-used sentences, marked REUSED. awq is exhausted: all its items reuse
# least-used sentences, marked REUSED. Each REUSED item makes a change that no earlier item found by the searches made
# to that part of the sentence (mostly: a paraphrase of a sentence earlier items only changed, or a change of a kind
# not made before). One llm-int8 and one natural-sparsity paraphrase resolve a reference to the sentence before, as
# said in the comments.
# Multi-line LaTeX quotes have their whitespace collapsed to single spaces.
# First run (ground-25): 18 of 32 with BM25, 19 with MiniLM; one false claim *supported* (g1328: 'need only
# little memory' for 'require significant memory'); most misses are paraphrases read as not found. Tuned on
# (ground-26): 24 of 32, none wrongly supported; left: six paraphrases (math notation, a checklist, a resolved
# reference), a dropped condition whose numbers stand in the sentence before, and g1344 (another sentence ranked
# first).
FRESH_34: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "According to the AWQ paper's introduction, because AWQ relies on neither backpropagation nor reconstruction, "
     "it preserves the generalization ability of LLMs on various domains and modalities well, without overfitting "
     "to the calibration set."),
    # quote: "AWQ does not rely on any backpropagation or reconstruction, so it can well preserve LLMs’ generalization
    #   ability on various domains and modalities without overfitting to the calibration set."  (Section 1,
    #   Introduction; the abstract has a twin with "different domains and modalities,"; REUSED: part 0.12, earlier
    #   items paraphrased only its first clause, "AWQ does not rely on backpropagation or reconstruction")
    ("awq", "paraphrase", "supported",
     "In AWQ's analysis of scaling up the salient channels, a larger s generally raises the percentage of changed "
     "Delta, though that proportion is still quite small for s<2, while the relative error of the salient channels "
     "keeps shrinking as s increases."),
    # quote: "As $s$ goes larger, the percentage of changed $\Delta$ generally gets larger, but the proportion is still
    #   quite small for $s<2$; the relative error for the salient channels continues to go smaller as $s$
    #   increases."  (Section 2.2, Protecting Salient Weights by Activation-aware Scaling; REUSED: USED, earlier items
    #   dropped "for s<2" from this sentence and flipped the Table 2 caption's twin, none paraphrased it whole)
    ("awq", "paraphrase", "supported",
     "In the second of the AWQ paper's LLaVA-13B visual reasoning examples, the AWQ model answers the question "
     "correctly (who the artist of the painting is), whereas RTN gives no information at all about the artist."),
    # quote: "In the second example, AWQ correctly answers the question (the artist of the painting), while RTN does
    #   not provide any information about the artist."  (Section 3.2, Visual reasoning results; the examples are the
    #   LLaVA-13B ones of Figure 4, named earlier in the paragraph; REUSED: USED, the one earlier item swapped AWQ and
    #   RTN)
    ("awq", "paraphrase", "supported",
     "AWQ's error analysis concludes that, given Delta' approximately equal to Delta and s > 1, the salient weight w "
     "ends up with a smaller relative error."),
    # quote: "Given $\Delta^{ {}^{\prime}}\approx\Delta$ and $s>1$, the relative error is smaller for the salient weight
    #   $w$."  (Section 2.2, end of the error analysis; REUSED: USED, the one earlier item dropped "and s>1")
    ("awq", "number_changed", "contradicted",
     "According to the AWQ paper's appendix on computation, the quantization process is generally fast, needing a "
     "few GPU hours (from 0.1 to 6, depending on the model size)."),
    # quote: "The quantization process is generally fast, requiring a few GPU hours (ranging from 0.1 to 3, depending
    #   on the model size)."  (Appendix B, Amount of Computation; 3 -> 6 GPU hours; REUSED: USED, earlier items only
    #   paraphrased it with 0.1 to 3)
    ("awq", "direction_changed", "contradicted",
     "The AWQ paper notes that instruction tuning can significantly degrade the models' performance and usability."),
    # quote: "Instruction tuning can significantly improve the models’ performance and usability  [Wei22c, San22,
    #   Ouy22, Chu22]."  (Section 3.2, Quantization of instruction-tuned models; improve -> degrade; REUSED: USED,
    #   earlier items only paraphrased it)
    ("awq", "condition_dropped", "partially_supported",
     "As an example, the AWQ paper points out that GPT-3 has 175B parameters, which is 350GB, while the latest H100 "
     "GPU has only 96GB of memory, let alone edge devices."),
    # quote: "For example, GPT-3 has 175B parameters, which is 350GB in FP16, while the latest H100 GPU only has 96GB
    #   memory, let alone edge devices."  (Section 1, Introduction; dropped: "in FP16": 350GB holds only at 16 bits per
    #   weight, and the paper's point is that low-bit weights shrink it; REUSED: USED, the one earlier item changed
    #   96GB to 144GB)
    ("awq", "absent", "not_found",
     "The AWQ paper quantizes Gemma-7B to INT3-g128 and reports a lower WikiText-2 perplexity than GPTQ-R for it."),
    # absent: grep for "Gemma" in awq/paper.md finds nothing (the models are LLaMA, Llama-2, OPT, Vicuna, MPT, Falcon,
    #   OpenFlamingo-9B and LLaVA-13B)
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "According to the LLM.int8() paper's author note, Tim Dettmers did the majority of the research as a visiting "
     "researcher at Facebook AI Research."),
    # quote: "Majority of research done as a visiting researcher at Facebook AI Research."  (author note [+author-note],
    #   attached to Tim Dettmers's name in the author line, which the claim resolves; FREE)
    ("llm-int8", "paraphrase", "supported",
     "In its NeurIPS checklist, the LLM.int8() paper states that its experiments are deterministic for each model."),
    # quote: "Our experiments are deterministic for each model."  (Checklist, item 3(c) on error bars, after the answer
    #   "\[No\]"; FREE)
    ("llm-int8", "paraphrase", "supported",
     "When the LLM.int8() paper unrolls the product of two zeropoint-quantized numbers, the A_i8 B_i8 term is "
     "computed in Int8 precision, while the remaining terms are computed in Int16/32 precision."),
    # quote: "where $A_{\mathrm{i8}}B_{\mathrm{i8}}$ is computed with Int8 precision while the rest is computed in
    #   Int16/32 precision."  (Section 2.1, 8-bit Data Types and Quantization, after the unrolled zeropoint product
    #   C_i32 = A_i8 B_i8 + A_i8 zp_b + B_i8 zp_a + zp_a zp_b; FREE)
    ("llm-int8", "paraphrase", "supported",
     "For its outlier analysis, the LLM.int8() paper takes a hidden state X in R^(s x h), with s the sequence/token "
     "dimension and h the hidden/feature dimension, and defines a feature as a particular dimension h_i."),
    # quote: "Given a hidden state $\mathbf{X}\in\mathbb{R}^{s\times h}$ where $s$ is the sequence/token dimension and
    #   $h$ the hidden/feature dimension, we define a feature to be a particular dimension $h_{i}$."  (Section 4,
    #   Emergent Large Magnitude Features in Transformers at Scale, first paragraph; FREE)
    ("llm-int8", "number_changed", "contradicted",
     "The LLM.int8() authors use three setups for their experiments."),
    # quote: "We use two setups for our experiments."  (Section 3.3, Experimental Setup, second paragraph, followed by
    #   the perplexity setup and the OPT zeroshot setup; two -> three; FREE)
    ("llm-int8", "direction_changed", "contradicted",
     "According to the LLM.int8() introduction, large pretrained language models are widely adopted in NLP but need "
     "only little memory for inference."),
    # quote: "Large pretrained language models are widely adopted in NLP [Vas17c, Rad19a, Bro20c, Zha22] but require
    #   significant memory for inference."  (Section 1, Introduction, first sentence; significant -> only little;
    #   FREE, an earlier item paraphrased the abstract's twin, none changed it)
    ("llm-int8", "condition_dropped", "partially_supported",
     "In transformer language models, the feed-forward and attention projection layers and their matrix "
     "multiplication operations are responsible for 95% of consumed parameters and 65-85% of all computation."),
    # quote: "For large transformer language models at and beyond 6.7B parameters, the feed-forward and attention
    #   projection layers and their matrix multiplication operations are responsible for 95% [+1] of consumed
    #   parameters and 65-85% of all computation [Ilh20]."  (Section 1, Introduction, second sentence; dropped: "For
    #   large ... at and beyond 6.7B parameters"; REUSED: part, no FREE sentence had a droppable condition; the two
    #   earlier items on this sentence were paraphrases that kept the 6.7B condition)
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper shows that applying a random Hadamard rotation to the hidden states spreads the outlier "
     "features across dimensions, so that vector-wise Int8 quantization alone keeps 16-bit perplexity up to 13B "
     "parameters."),
    # absent: grep for "Hadamard", "rotat" and "orthogonal" in llm-int8/paper.md finds nothing (the paper handles the
    #   outliers with mixed-precision decomposition)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Of the 13 public ternary checkpoints analyzed in the ternary-sparsity paper, nine come from quantization-aware "
     "training or fine-tuning, in which the model learns with ternary weights: BitNet b1.58 2B4T, the 1bitLLM "
     "reproduction bitnet_b1_58-large, TriLM 1.1B, Falcon-E 1B and 3B, the 1.58-bit Falcon3 1B, 3B and 7B, and "
     "HF1BitLLM/Llama3-8B-1.58-100B-tokens."),
    # quote: "Nine were made by quantization-aware training or fine-tuning, in which the model learns with ternary
    #   weights: BitNet b1.58 2B4T \cite{ma2025bitnet2b4t}, the \texttt{1bitLLM} reproduction
    #   \texttt{bitnet\_b1\_58-large} \cite{ma2024era}, TriLM 1.1B \cite{kaushal2024spectra}, Falcon-E 1B and 3B
    #   \cite{falcone2025}, the 1.58-bit Falcon3 1B, 3B and 7B \cite{falcon3blog2024}, and
    #   \texttt{HF1BitLLM/Llama3-8B-1.58-100B-tokens} \cite{mekkouri2024finetuning}."  (Methodology, Real model traces;
    #   "of the 13 public ternary checkpoints" is the sentence before, resolved in the claim; FREE)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper's model-wide projection estimate follows the same matched row schedule as its power "
     "traces."),
    # quote: "The model-wide projection estimate uses the matched row schedule of the power traces."  (Methodology,
    #   Memory and model-wide projection model; FREE, an earlier item used the next sentence's cycle and bit counts)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Among the ternary-sparsity study's contributions is a break-even relationship between the fraction of zero "
     "weights and the memory energy per bit."),
    # quote: "A break-even relationship between the fraction of zero weights and memory energy per bit."
    #   (Introduction, fourth item of the contribution list; FREE 0.09)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper concedes that its survey of checkpoints is not exhaustive."),
    # quote: "The checkpoint survey is not exhaustive."  (Limitations, last sentence of the checkpoint paragraph;
    #   FREE)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "Among its contributions, the ternary-sparsity study lists RTL engines that use the presence-bitmap and "
     "compact-sign format directly, with presence bits gating the activations, using three ways of supplying weights "
     "from memory."),
    # quote: "RTL engines that directly use the presence-bitmap and compact-sign format, with presence bits gating the
    #   activations, using two ways of supplying weights from memory."  (Introduction, first item of the contribution
    #   list; two -> three ways (the two are Architectures A and B); FREE)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity paper, two decoded variants of the bitmap/sign engine reconstruct a two-bit weight "
     "vector after the adder tree."),
    # quote: "Two decoded variants reconstruct a two-bit weight vector before the adder tree."  (Architectures, Fused
    #   bitmap/sign engine, paragraph on the decoded variants; before -> after; FREE, an earlier item flipped the
    #   sentence before it, "The datapath never reconstructs a two-bit weight vector")
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "According to the ternary-sparsity paper, matching five-trit's weight-bandwidth-bound rates of about 13-102 "
     "tokens per second (at the illustrative 34.1 GB/s point) requires about 0.025-0.069 mm2 of replicated five-trit "
     "engine standard cells in its pre-layout model, excluding memories."),
    # quote: "At a 2.0\,ns clock, matching those rates requires about 0.025--0.069\,mm$^2$ of replicated five-trit
    #   engine standard cells in this pre-layout model, excluding memories."  (Results, Model-wide ternary-projection
    #   estimate on real checkpoints; "those rates" = the 13-102 tokens per second at 34.1 GB/s of the sentence
    #   before, resolved in the claim; dropped: "At a 2.0 ns clock": a slower clock needs more replicated engines;
    #   REUSED: USED 0.71, but only because an earlier item used this sentence as an other-paper distractor against
    #   llm-int8; no item of this paper used it)
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity study also analyzes a ternary DeiT vision transformer and finds about 48% natural zeros in "
     "its projection weights."),
    # absent: grep for "DeiT", "ViT" and "vision" in natural-sparsity-ternary-llms/paper.tex finds nothing ("vision"
    #   only inside "revisions"); all analyzed checkpoints are language models
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant authors thank Haotian Tang, Aohan Zeng, Eric Lin and Jilei Hou for helpful discussions."),
    # quote: "We thank Haotian Tang, Aohan Zeng, Eric Lin and Jilei Hou for the helpful discussions."
    #   (Acknowledgements, second sentence; FREE)
    ("smoothquant", "paraphrase", "supported",
     "According to the caption of SmoothQuant's Figure 1, in recent years the model size of large language models "
     "has grown faster than GPU memory, leaving a big gap between the supply of and the demand for memory."),
    # quote: "The model size of large language models is developing at a faster pace than the GPU memory in recent
    #   years, leading to a big gap between the supply and demand for memory."  (Figure 1 caption, first sentence,
    #   Section 1; REUSED: USED, the one earlier item on it swapped model size and GPU memory)
    ("smoothquant", "paraphrase", "supported",
     "In initial experiments, the SmoothQuant authors find that LLaMA models generally suffer from less severe "
     "activation outliers than models such as OPT and BLOOM."),
    # quote: "Through initial experiments, we find LLaMA models generally have less severe activation outlier issues
    #   compared to models like OPT and BLOOM."  (Section 5.2, Results on LLaMA models; REUSED: USED, the one earlier
    #   item on it changed less severe to more severe)
    ("smoothquant", "paraphrase", "supported",
     "In SmoothQuant's ablation of quantization schemes, static quantization speeds up inference significantly "
     "compared with dynamic quantization, since the quantization step sizes no longer have to be computed at "
     "runtime."),
    # quote: "And static quantization can significantly accelerate inference compared with dynamic quantization because
    #   we no longer need to calculate the quantization step sizes at runtime."  (Section 5.5, Ablation Study,
    #   Quantization schemes; REUSED: USED, the one earlier item on it swapped static and dynamic)
    ("smoothquant", "number_changed", "contradicted",
     "Because Huggingface lacks support for model parallelism, SmoothQuant's PyTorch implementation is measured on a "
     "single GPU only, so OPT-6.7B, OPT-13B and OPT-66B are chosen for its evaluation."),
    # quote: "Due to the lack of support for model parallelism in Huggingface, we only measure SmoothQuant’s
    #   performance on a single GPU for the PyTorch implementation, so we choose OPT-6.7B, OPT-13B, and OPT-30B for
    #   evaluation."  (Section 5.3, Context-stage: PyTorch Implementation; OPT-30B -> OPT-66B (OPT-66B is only in the
    #   FasterTransformer runs of the next sentence); REUSED: USED, earlier items only paraphrased it)
    ("smoothquant", "direction_changed", "contradicted",
     "The SmoothQuant abstract says that quantization can reduce memory but slows down inference."),
    # quote: "Quantization can reduce memory and accelerate inference."  (Abstract, second sentence; accelerate ->
    #   slows down; FREE)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The SmoothQuant authors find that alpha = 0.5 is a well-balanced point to evenly split the quantization "
     "difficulty, especially when the same quantizer is used for weights and activations (e.g., per-tensor, static "
     "quantization)."),
    # quote: "We find that for most of the models, e.g., all OPT [Zha22] and BLOOM [Les23] models, $\alpha=0.5$ is a
    #   well-balanced point to evenly split the quantization difficulty, especially when we are using the same
    #   quantizer for weights and activations (e.g., per-tensor, static quantization)."  (Section 4, Migrate the
    #   quantization difficulty from activations to weights; dropped: "for most of the models, e.g., all OPT and BLOOM
    #   models": the same paragraph picks a larger alpha (like 0.75) for GLM-130B; REUSED: part 0.17, the one earlier
    #   item on it changed 0.5 to 0.8)
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper applies W8A8 SmoothQuant to the instruction-tuned BLOOMZ-176B and keeps its zero-shot "
     "accuracy within 0.3% of FP16."),
    # absent: grep for "BLOOMZ", "mT0" and "xP3" in smoothquant/paper.md finds nothing (the only instruction-tuned model
    #   evaluated is OPT-IML-30B)
]


# The thirty-fifth split, written like the thirty-fourth (four paraphrases, one changed number, one changed direction,
# one dropped condition and one absent claim per paper, each decidable from one sentence), labelled from the papers'
# text alone, not yet run through Gate 1. Sentences were picked with a 5-word shingle overlap search against
# make_labelled.py and labelled.jsonl (which already hold the thirty-fourth split), a search for the earlier items whose
# quotes or claims overlap each candidate sentence, and a grep of make_labelled.py for items that say the same content
# in other words. llm-int8 still had unused (FREE) sentences for all items but the dropped condition: no FREE sentence
# there carries a condition or hedge that limits it, so that item reuses a least-used sentence, marked REUSED.
# natural-sparsity-ternary-llms likewise had FREE sentences for all items but the dropped condition, which reuses a
# sentence earlier items only paraphrased, marked REUSED. awq and smoothquant are exhausted (their few FREE sentences
# are headings, bare captions, formulas, links or sentences that say what earlier items already said): all their items
# reuse least-used sentences (one or two earlier items each), marked REUSED. Each REUSED item makes a change that no
# earlier item found by the searches made to that part of the sentence (mostly: a paraphrase of a sentence earlier items
# only changed, or a changed number, direction or dropped condition on a sentence earlier items only paraphrased).
# Several paraphrases resolve a reference to the sentence before ("this goal", "these models", "that exact tensor",
# "That difference", "This", "Their", "It"), as said in the comments.
# Multi-line LaTeX quotes have their whitespace collapsed to single spaces.
# First run (ground-26, BM25 and MiniLM alike): 21 of 32, no false claim supported; the misses are read as not
# found (eight paraphrases, two of them with math notation; a changed number and a changed direction; the
# 'usually' dropped). Not tuned on: the estimate for ground-26.
FRESH_35: list[tuple[str, str, str, str]] = [
    # ---------------- awq ----------------
    ("awq", "paraphrase", "supported",
     "In AWQ's search for the optimal scaling, the authors point out that there are techniques relying on "
     "approximated gradients, which they found still suffer from unstable convergence."),
    # quote: "There are some techniques relying on approximated gradients [Ben13, Ess19], which we found still suffers
    #   from unstable convergence."  (Section 2.2, Protecting Salient Weights by Activation-aware Scaling, search for
    #   the optimal scale; REUSED: USED, the one earlier item on it flipped "unstable convergence" to stable
    #   convergence, none paraphrased it)
    ("awq", "paraphrase", "supported",
     "In its broader-impacts statement, the AWQ paper says that quantization cannot prevent negative effects such as "
     "malicious users exploiting LLMs to produce misinformation and manipulation, but that it does not make them "
     "worse."),
    # quote: "Quantization can not prevent such negative effects but it does not make it worse."  (Appendix A, Broader
    #   Impacts and Limitations; "such negative effects" = "LLMs may be exploited by malicious users to produce
    #   misinformation and manipulation", the sentence before, resolved in the claim; REUSED: USED, the one earlier
    #   item on it changed "does not make it worse" to "aggravates", none paraphrased it)
    ("awq", "paraphrase", "supported",
     "For AWQ's speedup evaluation, every inference run generates 200 tokens, and the median latency is taken as the "
     "final result."),
    # quote: "We generate 200 tokens for each inference run and calculate the median latency as the final result."
    #   (Section 3.2, Speedup Evaluation; REUSED: USED, the one earlier item on it changed 200 to 500 tokens, none
    #   paraphrased it)
    ("awq", "paraphrase", "supported",
     "In the AWQ paper's OpenFlamingo-9B COCO captioning experiments, the authors measured the average performance "
     "of 5k samples under different few-shot settings."),
    # quote: "We measured the average performance of 5k samples under different few-shot settings."  (Section 3.2,
    #   Quantization of multi-modal language models; OpenFlamingo-9B on COCO captioning is named in the sentence
    #   before; REUSED: USED, the one earlier item on it changed 5k to 10k samples, none paraphrased it)
    ("awq", "number_changed", "contradicted",
     "According to the AWQ paper's related work, FasterTransformer implements an FP16×INT8 GEMM for weight-only "
     "per-tensor quantization but does not support group quantization."),
    # quote: "FasterTransformer [+3] implements FP16$\times$INT4 GEMM for weight-only per-tensor quantization but does
    #   not support group quantization."  (Section 4, Related Work, System support for low-bit quantized LLMs; INT4 ->
    #   INT8; REUSED: USED, the one earlier item on it only paraphrased it)
    ("awq", "direction_changed", "contradicted",
     "In its limitations, the AWQ paper says the authors only study low-bit integer quantization of LLMs because of "
     "harder data type casting on hardware."),
    # quote: "Furthermore, we only study low-bit integer quantization of LLMs due to easier data type casting on
    #   hardware."  (Appendix A, Broader Impacts and Limitations, Limitations paragraph; easier -> harder; REUSED:
    #   USED, the one earlier item on it only paraphrased it)
    ("awq", "condition_dropped", "partially_supported",
     "The AWQ paper's related work notes that GPTQ also requires a reordering trick to work."),
    # quote: "It also requires a reordering trick to work for some models (*e.g*., LLaMA-7B [Tou23] and OPT-66B
    #   [Zha22a])."  (Section 4, Related Work, Quantization of LLMs; "It" = GPTQ, named in the sentences before,
    #   resolved in the claim; dropped: "for some models (e.g., LLaMA-7B and OPT-66B)": the paper says the trick is
    #   needed only for some models, and the LLaMA results compare GPTQ with and without reordering; REUSED: USED,
    #   the two earlier items on it were paraphrases that kept "for some models")
    ("awq", "absent", "not_found",
     "The AWQ paper evaluates INT4-g128 Llama-2-7B on the TruthfulQA benchmark and reports less than one point of "
     "accuracy loss against FP16."),
    # absent: grep for "TruthfulQA" and "truthful" in awq/paper.md finds nothing (the evaluations are WikiText-2
    #   perplexity, the GPT-4 score on Vicuna questions, COCO captioning, LLaVA examples and the Pile subsets)
    # ---------------- llm-int8 ----------------
    ("llm-int8", "paraphrase", "supported",
     "The LLM.int8() introduction notes that 8-bit quantization methods for transformers have been developed with "
     "the goal of shrinking the parameters by quantizing them to fewer bits and using low-bit-precision matrix "
     "multiplication."),
    # quote: "With this goal in mind, 8-bit quantization methods for transformers have been developed [Che20, Lin20a,
    #   Zaf19, She20]."  (Section 1, Introduction, first paragraph; "this goal" = "One way to reduce the size of the
    #   parameters is to quantize them to less bits and use low-bit-precision matrix multiplication", the sentence
    #   before, resolved in the claim; FREE 0.07, earlier items used the sentence before and the sentence after)
    ("llm-int8", "paraphrase", "supported",
     "In the LLM.int8() paper's study of emergent large magnitude features, the analysis examines one particular "
     "feature dimension h_i across all layers of a given transformer."),
    # quote: "Our analysis looks at a particular feature dimension $h_{i}$ across all layers of a given transformer."
    #   (Section 4, Emergent Large Magnitude Features in Transformers at Scale, first paragraph, last sentence; FREE
    #   0.08, the sentence before was used in the thirty-fourth split)
    ("llm-int8", "paraphrase", "supported",
     "For vector-wise quantization, the LLM.int8() paper says that, given hidden states X_f16 in R^(b x h) and a "
     "weight matrix W_f16 in R^(h x o), a different scaling constant c_x_f16 can be assigned to each row of X_f16 "
     "and c_w to each column of W_f16."),
    # quote: "Given the hidden states $\mathbf{X}_{\mathrm{f16}}\in\mathbb{R}^{b\times h}$ and weight matrix
    #   $\mathbf{W}_{\mathrm{f16}}\in\mathbb{R}^{h\times o}$, we can assign a different scaling constant
    #   $c_{x_{\mathrm{f16}}}$to each row of $\mathbf{X}_{\mathrm{f16}}$ and $c_{w}$ to each column of
    #   $\mathbf{W}_{\mathrm{f16}}$."  (Section 3.1, Vector-wise Quantization, second sentence; FREE 0.08)
    ("llm-int8", "paraphrase", "supported",
     "According to the LLM.int8() paper's additional related work, the 8-bit BERT/RoBERTa versions it lists, such as "
     "Q8BERT, QBERT, TernaryBERT and BinaryBERT, all require either quantization-aware finetuning or post-training "
     "quantization to make the model usable in low precision."),
    # quote: "All these models require either quantization-aware finetuning or post-training quantization to make the
    #   model usable in low-precision."  (Appendix B, Additional Related Work, Quantization of Transformers with fewer
    #   than 1B Parameters; "these models" = "Versions of 8-bit BERT/RoBERTa include Q8BERT [Zaf19], QBERT [She20],
    #   product quantization with quantization noise [Fan20], TernaryBERT [Zha20], and BinaryBERT [Bai21]", two
    #   sentences before, resolved in the claim; FREE)
    ("llm-int8", "number_changed", "contradicted",
     "In the LLM.int8() paper's GLUE finetuning results for quantization methods (Table 9), the feedforward layer is "
     "in 4-bit while the rest is in 16-bit."),
    # quote: "GLUE finetuning results for quantization methods for the feedforward layer in 8-bit while the rest is in
    #   16-bit."  (Table 9 caption, first sentence, Appendix F, Fine-tuning Results; 8-bit -> 4-bit; FREE)
    ("llm-int8", "direction_changed", "contradicted",
     "The LLM.int8() paper's additional related work says that [Che20], the only other work it knows of that "
     "quantizes transformers other than BERT, already covers multi-billion parameter transformers."),
    # quote: "However, this work is still for sub-billion parameter transformers."  (Appendix B, Additional Related
    #   Work; "this work" = [Che20], "The only other work that we are aware of that quantizes transformers other than
    #   BERT", the sentence before, resolved in the claim; still for sub-billion -> already covers multi-billion;
    #   FREE, earlier items paraphrased only the sentence before)
    ("llm-int8", "condition_dropped", "partially_supported",
     "The LLM.int8() introduction says that earlier 8-bit quantization methods for transformers reduce memory use but "
     "degrade performance, require tuning quantization further after training, and have only been studied for models "
     "with less than 350M parameters."),
    # quote: "While these methods reduce memory use, they degrade performance, usually require tuning quantization
    #   further after training, and have only been studied for models with less than 350M parameters."  (Section 1,
    #   Introduction, first paragraph; "these methods" = the 8-bit quantization methods for transformers of the
    #   sentence before; dropped: the hedge "usually" before "require tuning quantization further after training";
    #   REUSED: part 0.17, no FREE sentence had a droppable condition; the earlier items on this sentence used only
    #   its 350M part (paraphrase) and its "degrade performance" part (flipped), none touched "usually")
    ("llm-int8", "absent", "not_found",
     "The LLM.int8() paper evaluates 8-bit OPT-175B on the Winogender benchmark and finds the same level of gender "
     "bias as in the 16-bit model."),
    # absent: grep for "Winogender", "gender" and "bias" in llm-int8/paper.md finds nothing (the zeroshot tasks are
    #   WinoGrande, HellaSwag, PIQA and LAMBADA)
    # ---------------- natural-sparsity-ternary-llms ----------------
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "For its model-wide ternary-projection estimate, the ternary-sparsity paper combines each checkpoint's exact "
     "per-tensor zero counts with the simulated energy per weight position of each fed design (interpolated from the "
     "synthetic zero-fraction workloads, or extrapolated for the two TriLM tensors noted in the limitations) and "
     "with the memory-energy points, for one decoded token in which every weight is read once."),
    # quote: "For the model-wide ternary-projection estimate, I combine each checkpoint's exact per-tensor zero counts
    #   with the simulated energy per weight position of each fed design (interpolated, or extrapolated for the two
    #   TriLM tensors noted in the limitations, from the synthetic zero-fraction workloads) and the memory-energy
    #   points, for one decoded token with every weight read once."  (Results, Model-wide ternary-projection estimate
    #   on real checkpoints, first sentence; FREE)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "Taking an already-trained ternary tensor with arbitrary natural zero locations as its input, the "
     "ternary-sparsity study tests whether that exact tensor can be executed more efficiently from its compressed "
     "representation."),
    # quote: "I test whether that exact tensor can be executed more efficiently from its compressed representation."
    #   (Related work, Sparse ternary computation, last sentence; "that exact tensor" = "an already-trained ternary
    #   tensor with arbitrary natural zero locations", the sentence before, resolved in the claim; FREE, an earlier
    #   item paraphrased only the sentence before)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "According to the ternary-sparsity paper's introduction, ternary transformer models encode many learned weights "
     "with quantized symbols q in {-1, 0, +1}, with the scale factors handled separately."),
    # quote: "Ternary transformer models encode many learned weights with quantized symbols \begin{equation} q \in
    #   \{-1,0,+1\}, \end{equation} with scale factors handled separately."  (Introduction, first sentence; FREE 0.05,
    #   an earlier item flipped the abstract's storage sentence, none used this one or its scale factors)
    ("natural-sparsity-ternary-llms", "paraphrase", "supported",
     "The ternary-sparsity paper notes that the difference between the 1.5781 symbol bits per weight implied by "
     "BITCOS's BitNet b1.58 zero density (z = 0.4219) and the 1.625 bits per weight of five-trit packing is only about "
     "2.9%."),
    # quote: "That difference is only about $2.9\%$."  (Related work, Natural ternary sparsity; "That difference" =
    #   1.5781 bitmap symbol bits per weight at BITCOS's z=0.4219 "compared with 1.625 for five-trit packing", the
    #   sentence before, resolved in the claim; FREE, an earlier item paraphrased only the sentence before)
    ("natural-sparsity-ternary-llms", "number_changed", "contradicted",
     "In the ternary-sparsity paper, the model-wide energy table and the break-even figure show three regimes among "
     "the tested checkpoints."),
    # quote: "Table~\ref{tab:system} and Figure~\ref{fig:breakeven} show two regimes among the tested checkpoints."
    #   (Results, Model-wide ternary-projection estimate on real checkpoints; two -> three regimes (the paper's two:
    #   the nine quantization-aware or fine-tuned models with little or no gain, and the CAT-Q Qwen3 checkpoints);
    #   FREE)
    ("natural-sparsity-ternary-llms", "direction_changed", "contradicted",
     "In the ternary-sparsity paper, the matched five-trit and bitmap/sign datapaths both produce five "
     "signed-or-zero activation values but sum them with different structures; the difference is how each weight "
     "representation supplies those values."),
    # quote: "Both produce five signed-or-zero activation values and sum them with the same structure; the difference
    #   is how each weight representation supplies those values."  (Architectures, opening paragraph; "Both" = the
    #   matched datapaths of the architecture-overview figure, resolved in the claim; the same structure -> different
    #   structures; FREE, an earlier item paraphrased the figure caption's twin, none changed either)
    ("natural-sparsity-ternary-llms", "condition_dropped", "partially_supported",
     "In the ternary-sparsity paper, the output-head weight read reduces the CAT-Q savings: CAT-Q keeps the head in "
     "16-bit floating point, where it accounts for about half the modeled weight bytes read per token."),
    # quote: "The output-head weight read reduces these savings: CAT-Q keeps the head in 16-bit floating point, where
    #   it accounts for about half the modeled weight bytes read per token for Qwen3-8B."  (Results, Model-wide
    #   ternary-projection estimate on real checkpoints; "these savings" = the CAT-Q Qwen3 savings of the sentence
    #   before; dropped: "for Qwen3-8B": the share of the head differs between the CAT-Q checkpoints; REUSED: USED, no
    #   FREE sentence had a droppable condition; the one earlier item on this sentence was a paraphrase that kept
    #   "for Qwen3-8B")
    ("natural-sparsity-ternary-llms", "absent", "not_found",
     "The ternary-sparsity paper cross-checks its gate-level switching-energy estimates against Synopsys PrimeTime "
     "PX and finds that the two agree within 3%."),
    # absent: grep for "PrimeTime", "Synopsys", "PTPX" and "Cadence" in natural-sparsity-ternary-llms/paper.tex
    #   finds nothing (power comes only from Icarus Verilog activity loaded into OpenSTA with the Nangate45 tables)
    # ---------------- smoothquant ----------------
    ("smoothquant", "paraphrase", "supported",
     "In SmoothQuant's preliminaries, the quantizer computes the step size Delta from the maximum absolute value so "
     "that it preserves the outliers in the activation, which have been found to be important for accuracy."),
    # quote: "Such quantizer uses the maximum absolute value to calculate $\Delta$ so that it preserves the outliers in
    #   activation, which are found to be important for accuracy [Det22]."  (Section 2, Preliminaries; "Such
    #   quantizer" = the symmetric INT8 quantizer of Equation 1; REUSED: USED, the one earlier item on it dropped
    #   "for accuracy", none paraphrased it whole)
    ("smoothquant", "paraphrase", "supported",
     "The SmoothQuant paper notes that reducing latency further in FasterTransformer is challenging, since "
     "FasterTransformer is already more than 3x faster than the PyTorch implementation for OPT-30B."),
    # quote: "This is challenging since FasterTransformer is already more than 3$\times$ faster compared to the
    #   PyTorch implementation for OPT-30B."  (Section 5.3, Context-stage: FasterTransformer Implementation; "This" =
    #   SmoothQuant-O3 further reducing the latency of FasterTransformer's FP16 OPT by up to 1.56x, the sentence
    #   before, resolved in the claim; REUSED: USED, the one earlier item on it dropped "for OPT-30B", none
    #   paraphrased it whole)
    ("smoothquant", "paraphrase", "supported",
     "In its discussion of weight-only quantization, the SmoothQuant paper cites work showing that, in production, "
     "advanced batching can improve the throughput of serving GPT models by 37x at similar latency."),
    # quote: "Nonetheless, some work shows that in production, we can improve the throughput of serving GPT models by
    #   37$\times$ at similar latency with advanced batching [Yu22b]."  (Appendix A, Discussion on Weight-Only
    #   Quantization, point 2; REUSED: USED, the one earlier item on it changed "improve" to "degrade", none
    #   paraphrased it)
    ("smoothquant", "paraphrase", "supported",
     "According to SmoothQuant's related work, the largest models evaluated by ZeroQuant and nuQmm are 20B and 2.7B "
     "respectively, and they fail to maintain the performance of LLMs like OPT-175B."),
    # quote: "Their largest evaluated models are 20B and 2.7B, respectively and fail to maintain the performance of
    #   LLMs like OPT-175B."  (Section 6, Related Work, Quantization of LLMs; "Their" = ZeroQuant [Yao22] and nuQmm
    #   [Par22], the sentence before, resolved in the claim; REUSED: USED, the one earlier item on it changed
    #   "maintain" to "lose"; the LLM.int8() paper has a twin that earlier items changed, not this sentence)
    ("smoothquant", "number_changed", "contradicted",
     "To get the activation statistics, SmoothQuant calibrates the smoothing factors and the static quantization "
     "step sizes once with 256 random sentences from the pre-training dataset Pile, and applies the same smoothed "
     "and quantized model to all downstream tasks."),
    # quote: "To get the statistics of activations, we calibrate the smoothing factors and the static quantization
    #   step sizes *once* with 512 random sentences from the pre-training dataset Pile, and apply the same smoothed
    #   and quantized model for all downstream tasks."  (Section 5.1, Setups, Activation smoothing; 512 -> 256
    #   sentences; REUSED: USED, the one earlier item on it only paraphrased it, and an absent item named its 512)
    ("smoothquant", "direction_changed", "contradicted",
     "SmoothQuant's related work states that weight equalization and channel splitting increase quantization error "
     "by suppressing the outliers in weights."),
    # quote: "Weight equalization [Nag19] and channel splitting [Zha19b] reduce quantization error by suppressing the
    #   outliers in weights."  (Section 6, Related Work, Model quantization; reduce -> increase; REUSED: USED, the one
    #   earlier item on it only paraphrased it)
    ("smoothquant", "condition_dropped", "partially_supported",
     "The SmoothQuant paper states that in production, batching will be the future standard, and that SmoothQuant "
     "will bring further improvement, even for the generation stage."),
    # quote: "We believe in production, batching will be the future standard, and SmoothQuant will bring further
    #   improvement, even for the generation stage."  (Appendix A, Discussion on Weight-Only Quantization, point 2;
    #   dropped: the hedge "We believe": the claim states as fact what the authors only expect; REUSED: USED, the one
    #   earlier item on it was a paraphrase that kept "believe")
    ("smoothquant", "absent", "not_found",
     "The SmoothQuant paper applies W8A8 SmoothQuant to Qwen-72B and keeps its MMLU accuracy within 0.5 points of "
     "FP16."),
    # absent: grep for "Qwen" in smoothquant/paper.md finds nothing (MMLU is used only for GLM-130B; the models are
    #   OPT, BLOOM, GLM-130B, MT-NLG 530B, OPT-IML-30B and LLaMA)
]


def main() -> None:
    items = build()
    out = HERE / "labelled.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for it in items:
        counts[it["label"]] = counts.get(it["label"], 0) + 1
    print(f"{len(items)} items -> {out.relative_to(REPO)}: {counts}")


if __name__ == "__main__":
    main()
