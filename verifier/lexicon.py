"""The words of the field, as inert data: methods, models, data sets, metrics, hardware, cue phrases.

Claim extraction (``verifier.extract``, ``verifier.claim_fields``) reads claims through these
lists; nothing here is executed. Patterns are Python regular expressions matched with
``re.IGNORECASE``; a pattern that must keep its case says so with ``(?-i:...)``. Lists are
ordered most specific first ("LLM-QAT" before "QAT", "WikiText-2" before "WikiText"): where two
patterns match overlapping text, the longer match wins, then the earlier entry.

Bump :data:`LEXICON_VERSION` whenever an entry changes: it is part of the extractor version
stored with every claim, so a changed lexicon gives new claim rows instead of silent rewrites.
"""

from __future__ import annotations

LEXICON_VERSION = "51"

# A share of the weights taken away: "removing (up to) 30% (to 50%) of BERT's weights", "30% of the
# weights can be removed". Pieces shared by the generic pruning entry below and the sparsity reader
# (verifier.claim_fields), which captures the numbers.
SHARE_QUALIFIER = r"(?:up to\s+|about\s+|over\s+|more than\s+)?"
OF_THE_WEIGHTS = (r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+(?:'s)?\s+){0,3}"
                  r"(?:weights|parameters|connections)")
CAN_BE_REMOVED = r"\s+(?:\w+\s+){0,3}(?:can|could|may)\s+be\s+(?:removed|pruned|dropped|zeroed)\b"

# (canonical name or None for a generic mention, family, patterns). Families are
# verifier.claims.MethodFamily values.
METHODS: tuple[tuple[str | None, str, tuple[str, ...]], ...] = (
    # quantisation-aware training
    ("LLM-QAT", "qat", (r"\bLLM-QAT\b",)),
    ("EfficientQAT", "qat", (r"\bEfficientQAT\b",)),
    ("LSQ", "qat", (r"(?-i:\bLSQ\+?)", r"\blearned step[- ]size quanti[sz]ation\b")),
    # QAT with fixed scales and straight-through rounding ("STE-based QAT"); LSQ learns its scales
    ("STE", "qat", (r"(?-i:\bSTE\b)", r"\bstraight[- ]through estimat\w*")),
    ("PACT", "qat", (r"(?-i:\bPACT\b)",)),
    ("DoReFa", "qat", (r"\bDoReFa(?:-Net)?\b",)),
    ("ternary QAT", "qat", (r"\bternary (?:QAT|quanti[sz]ation[- ]aware training)\b",)),
    # not "BitNet rows": the weight rows of a BitNet checkpoint a design was run on, not the method; not inside
    # another model's name ("OLMo-BitNet-1B")
    ("BitNet", "qat", (r"(?-i:(?<!-)\bBitNet\b(?!\s+rows\b)(?!-\d))",)),
    (None, "qat", (r"(?-i:\bQAT\b)", r"\bquanti[sz]ation[- ]aware(?: training| fine-?tuning)?\b")),
    # post-training quantisation
    ("LLM.int8()", "ptq", (r"\bLLM\.int8\(\)", r"\bLLM\.int8\b", r"\bmixed-precision decomposition\b")),
    ("GPTQ", "ptq", (r"(?-i:\bGPTQ\b)", r"(?-i:\bOPTQ\b)")),
    ("AWQ", "ptq", (r"(?-i:\bAWQ\b)", r"\bactivation-aware weight quanti[sz]ation\b")),
    ("SmoothQuant", "ptq", (r"\bSmoothQuant\b",)),
    ("ZeroQuant", "ptq", (r"\bZeroQuant(?:-V2)?\b",)),
    ("OmniQuant", "ptq", (r"\bOmniQuant\b",)),
    ("QuIP#", "ptq", (r"\bQuIP#",)),
    ("QuIP", "ptq", (r"\bQuIP\b",)),
    ("SpQR", "ptq", (r"\bSpQR\b",)),
    ("SqueezeLLM", "ptq", (r"\bSqueezeLLM\b",)),
    ("AQLM", "ptq", (r"(?-i:\bAQLM\b)",)),
    ("QuaRot", "ptq", (r"\bQuaRot\b",)),
    ("SpinQuant", "ptq", (r"\bSpinQuant\b",)),
    ("AdaRound", "ptq", (r"\bAdaRound\b",)),
    ("BRECQ", "ptq", (r"\bBRECQ\b",)),
    ("CAT-Q", "ptq", (r"\bCAT-Q\b",)),
    ("OBQ", "ptq", (r"(?-i:\bOBQ\b)", r"\boptimal brain quanti[sz]\w*")),
    ("RTN", "ptq", (r"(?-i:\bRTN\b)", r"\bround(?:ing)?[- ]to[- ]nearest\b")),
    ("vector-wise quantization", "ptq", (r"\bvector-wise(?: quanti[sz]ation)?\b",)),
    ("row-wise quantization", "ptq", (r"\brow-wise quanti[sz]ation\b",)),
    ("zeropoint quantization", "ptq", (r"\bzero-?point(?: quanti[sz]ation)?\b",)),
    ("absmax", "ptq", (r"\babs-?max(?: quanti[sz]ation)?\b",)),
    (None, "ptq", (r"(?-i:\bPTQ\b)", r"\bpost-?training (?:quanti[sz]ation|ternari[sz]ation)\b",
                   r"\btraining-free (?:weight[- ](?:only )?)?quanti[sz]ation\b")),
    # pruning
    ("SparseGPT", "pruning", (r"\bSparseGPT\b",)),
    ("Wanda", "pruning", (r"\bWanda\b",)),
    ("movement", "pruning", (r"\bmovement pruning\b",)),
    ("IMP", "pruning", (r"(?-i:\bIMP\b)", r"\biterative magnitude pruning\b")),
    ("lottery ticket", "pruning", (r"\blottery tickets?(?: hypothesis)?\b", r"(?-i:\bLTH\b)")),
    ("essential sparsity", "pruning", (r"\bessential sparsity\b",)),
    ("magnitude", "pruning", (r"\bmagnitude[- ](?:based )?prun\w*", r"\bone-shot magnitude\b")),
    ("OBS", "pruning", (r"\boptimal brain surgeon\b", r"(?-i:\bOBS\b)")),
    ("N:M", "pruning", (r"\b[1-8]:(?:4|8|16)(?: semi-structured| structured)? (?:sparsity|pruning)\b", r"\bN:M\b")),
    ("structured", "pruning", (r"\bstructured pruning\b",)),
    (None, "pruning", (r"\bprun(?:e|ed|ing)\b",
                       r"\bremov(?:e|es|ed|ing)\s+" + SHARE_QUALIFIER
                       + r"\d+(?:\.\d+)?\s*%(?:\s*(?:to|-|–)\s*\d+(?:\.\d+)?\s*%)?" + OF_THE_WEIGHTS + r"\b",
                       r"\b\d+(?:\.\d+)?\s*%" + OF_THE_WEIGHTS + CAN_BE_REMOVED)),
    # generic mentions
    # (not a quantizer's parameter: "every 128-weight quantization block", "quantization levels", "bins")
    (None, "quantization", (r"\bquanti[sz](?:ation|ed|e|ing)\b(?!\s+(?:blocks?|groups?|steps?|bins?|levels?|grids?|"
                            r"scales?|constants?|noise|granularity)\b)", r"(?-i:\bINT\d\b)", r"\bternary\b")),
    # (not what is sparse by nature: "these outlier features are both incredibly sparse", "sparsity-related")
    (None, "sparsity", (r"(?<!\bincredibly )(?<!\bvery )(?<!\bhighly )(?<!\bextremely )\bspars(?:e|ity)\b"
                        r"(?!-related)",)),
)

# quantizers other methods are built on: named right before another method they say which variant of it a row is
# ("Absmax LLM.int8()", "Zeropoint LLM.int8()"), not another method
QUANTIZER_PRIMITIVES: frozenset[str] = frozenset(
    {"absmax", "zeropoint quantization", "vector-wise quantization", "row-wise quantization"})

# Model names: the matched text, spaces collapsed, is the name.
MODELS: tuple[str, ...] = (
    r"(?-i:\bOPT(?:-IML)?(?:-\d+(?:\.\d+)?[BM])?\b)",
    r"(?-i:\bBLOOMZ?(?:-\d+(?:\.\d+)?[BM])?\b)",
    r"(?-i:\b(?:LLaMA|Llama|LLAMA)(?:[- ]?[123](?:\.\d)?)?(?:[- ]\d+(?:\.\d+)?[BM])?(?:-1\.58)?\b)",
    r"(?-i:\bGPT-(?:2|3\.5|3|4|J|NeoX|Neo)(?:-(?:\d+(?:\.\d+)?[BM]|medium|large|xl|XL))?\b)",
    r"(?-i:\bGPT2(?:-(?:medium|large|xl|XL))?\b)",  # as code and tables write it
    r"(?-i:\b(?:RoBERTa|DistilBERT|DeBERTa(?:-v3)?|BERT)(?:-(?:base|large|tiny|mini|small|medium))?\b)",
    r"(?-i:\b(?:Flan-)?T5(?:-(?:small|base|large|3B|11B|XL|XXL))?\b)",
    r"(?-i:\bBitNet(?: b1\.58)?(?: \d+(?:\.\d+)?B(?:\d+T)?)?\b)",
    r"\bbitnet[-_]b1[._]58(?:-(?:large|\d+B(?:-\d+T)?))?\b",
    r"(?-i:\bQwen\d?(?:\.\d)?(?:-\d+(?:\.\d+)?B)?\b)",
    r"(?-i:\bFalcon\d?(?:-E)?(?:-\d+(?:\.\d+)?B)?\b)",
    r"(?-i:\bMixtral(?:-8x\d+B)?\b)",
    r"(?-i:\bMistral(?:-\d+B)?\b)",
    r"(?-i:\bMPT(?:-\d+B)?\b)",
    r"(?-i:\bVicuna(?:-\d+B)?\b)",
    r"(?-i:\bGLM-\d+B\b)",
    r"(?-i:\bMT-NLG(?: \d+B)?\b)",
    r"(?-i:\bTriLM(?: \d+(?:\.\d+)?B)?\b)",
    r"(?-i:\bPythia(?:-\d+(?:\.\d+)?[BM])?\b)",
    r"(?-i:\bPhi-\d(?:\.\d)?(?:-mini)?\b)",
    r"(?-i:\bGemma(?:-?\d)?(?:-\d+B)?\b)",
    r"(?-i:\bOpenFlamingo(?:-\d+B)?\b)",
    r"(?-i:\bViT(?:-[BLSH](?:/\d+)?)?\b)",
    r"(?-i:\bDeiT(?:-[BST])?\b)",
    r"(?-i:\bSwin(?:-[TSBL])?\b)",
    r"(?-i:\bResNet-?\d+\b)",
    r"(?-i:\b(?:Chinchilla|Gopher)\b)",
)

# (canonical name, patterns)
DATASETS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("WikiText-103", (r"\bwiki-?text-?103\b",)),
    ("WikiText-2", (r"\bwiki-?text-?2\b",)),
    ("WikiText", (r"\bwiki-?text\b",)),
    ("C4", (r"(?-i:\bC4\b)",)),
    ("PTB", (r"(?-i:\bPTB\b)", r"\bpenn tree-?bank\b")),
    ("the Pile", (r"(?-i:\bPile\b)",)),
    ("MNLI", (r"(?-i:\bMNLI(?:-mm?)?\b)",)),
    ("QNLI", (r"(?-i:\bQNLI\b)",)),
    ("QQP", (r"(?-i:\bQQP\b)",)),
    ("RTE", (r"(?-i:\bRTE\b)",)),
    ("SST-2", (r"(?-i:\bSST-?2\b)",)),
    ("CoLA", (r"(?-i:\bCoLA\b)",)),
    ("MRPC", (r"(?-i:\bMRPC\b)",)),
    ("STS-B", (r"(?-i:\bSTS-?B\b)",)),
    ("SQuAD", (r"(?-i:\bSQuAD(?:\s?v?[12](?:\.\d)?)?)",)),
    ("SuperGLUE", (r"(?-i:\bSuperGLUE\b)",)),
    ("GLUE", (r"(?-i:\bGLUE\b)",)),
    ("LAMBADA", (r"\bLAMBADA\b",)),
    ("HellaSwag", (r"\bHellaSwag\b",)),
    ("PIQA", (r"(?-i:\bPIQA\b)",)),
    ("WinoGrande", (r"\bWinoGrande\b",)),
    ("ARC-Challenge", (r"(?-i:\bARC-?(?:c|C|Challenge)\b)",)),
    ("ARC-Easy", (r"(?-i:\bARC-?(?:e|E|Easy)\b)",)),
    ("ARC", (r"(?-i:\bARC\b)",)),
    ("MMLU", (r"(?-i:\bMMLU\b)",)),
    ("GSM8K", (r"\bGSM-?8K\b",)),
    ("MATH500", (r"(?-i:\bMATH-?500\b)",)),
    ("MATH", (r"(?-i:\bMATH\b)",)),
    ("MBPP", (r"(?-i:\bMBPP\b)",)),
    ("HumanEval", (r"\bHumanEval\b",)),
    ("BoolQ", (r"\bBoolQ\b",)),
    ("OpenBookQA", (r"\bOpenBookQA\b", r"(?-i:\bOBQA\b)")),
    ("COPA", (r"(?-i:\bCOPA\b)",)),
    ("CIFAR-100", (r"\bCIFAR-?100\b",)),
    ("CIFAR-10", (r"\bCIFAR-?10\b",)),
    ("ImageNet", (r"\bImageNet(?:-1[kK])?\b",)),
    ("COCO", (r"(?-i:\bCOCO\b)",)),
    ("WMT", (r"(?-i:\bWMT\s?\d+(?:\+\d+)?)",)),
)

# (metric, direction: "higher" / "lower" is better, or None where neither is better, patterns)
METRICS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("perplexity", "lower", (r"\bperplexit(?:y|ies)\b", r"\bppl\b")),
    ("pass@k", "higher", (r"\bpass@(?:\d+|k)\b",)),
    ("exact match", "higher", (r"\bexact[- ]match\b", r"(?-i:\bEM\b)")),
    ("F1", "higher", (r"(?-i:\bF1\b)",)),
    ("BLEU", "higher", (r"(?-i:\bBLEU\b)",)),
    ("ROUGE", "higher", (r"(?-i:\bROUGE(?:-[L12])?\b)",)),
    ("CIDEr", "higher", (r"\bCIDEr\b",)),
    ("accuracy", "higher", (r"\baccurac(?:y|ies)\b", r"(?-i:\bAcc\b\.?)")),
    ("Matthews correlation", "higher", (r"\bMatthews(?:'s?)? corr(?:elation(?: coefficient)?|\.)?", r"(?-i:\bMCC\b)")),
    ("error", "lower", (r"\berror rates?\b", r"(?-i:\bWER\b)", r"\bquanti[sz]ation error\b",
                        r"\b(?:relative|reconstruction|approximation|output|rounding|average|expected|mean "
                        r"squared) errors?\b")),
    ("loss", "lower", (r"\b(?:training|validation|test|eval) loss\b",)),
    ("throughput", "higher", (r"\bthroughputs?\b", r"\btokens?\s*/\s*s(?:ec(?:ond)?)?\b", r"\btokens per second\b")),
    (
        "speedup",
        "higher",
        (r"\bspeed-?ups?\b", r"\bfaster\b", r"\bslower\b", r"\bspeeds? up\b", r"\bslow(?:s|ed)? down\b"),
    ),
    ("latency", "lower", (r"\blatenc(?:y|ies)\b", r"\brun[- ]?times?\b", r"\binference time\b")),
    ("clock period", "lower", (r"\bclock periods?\b", r"\bminimum (?:clock )?periods?\b")),
    ("energy", "lower", (r"\benerg(?:y|ies)\b",)),
    ("power", "lower", (r"\bpower (?:consumption|draw|dissipation)\b",)),
    ("area", "lower", (r"\b(?:cell |silicon |chip |standard-cell )?area\b",)),
    ("bits per weight", "lower", (r"\bbits?\s*(?:/|per)\s*(?:weight|wt)\b",)),
    # (not "the tested off-chip memory points": where a memory energy was read)
    ("memory", "lower", (r"\bmemory\b(?![\s-]+(?:energy\s+)?points?\b)", r"\bfootprint\b",
                         r"\bmodel size reductions?\b", r"\bstorage\b")),
    # the probability a softmax gives its top token: "the mean top-1 softmax probability", "the top-1 probability"
    # (a column header abbreviates it: "Top-1 softmax p")
    ("softmax probability", None, (r"\b(?:top-1 )?(?:attention )?softmax (?:probabilit(?:y|ies)|p)\b",
                                   r"\btop-1 (?:softmax )?probabilit(?:y|ies)\b")),
    ("zero density", None, (r"\bzero density\b", r"\bzeros\b", r"\bzero fractions?\b", r"\bfraction of zeros\b")),
)

# what a unit says about the metric when no metric word is written
UNIT_METRICS: dict[str, str] = {
    "ppl": "perplexity", "ms": "latency", "us": "latency", "s": "latency", "tokens/s": "throughput",
    "GB": "memory", "MB": "memory", "KB": "memory", "TB": "memory", "fJ": "energy", "pJ": "energy", "W": "power",
}  # fmt: skip

HARDWARE: tuple[str, ...] = (
    r"(?-i:\b(?:RTX|GTX)\s?(?:A?\d{4})(?:\s?Ti)?\b)",
    r"(?-i:(?:\b|(?<=\d[x\u00d7]))(?:A100|H100|H200|H800|A800|V100|P100|A6000|A40|A10G?|L40S?|L4|T4|MI\d{3}X?)\b)",
    r"(?-i:\bJetson(?: AGX)? Orin(?: Nano)?\b)",
    # a consumer GPU or an Orin by its bare name where the text says it is a GPU: "on 4090 (desktop GPU)", "laptop
    # GPUs (4070)", "the laptop 4070 GPU", "Orin (mobile GPU)" (read as "RTX 4090", "Jetson Orin")
    r"(?-i:(?<![\w.-])(?:20[6-8]0|30[5-9]0|40[5-9]0)(?:\s?Ti)?(?=\s*\((?:desktop|laptop|mobile)\s+GPUs?\)|\s+GPUs?\b))",
    r"(?-i:(?:(?<=GPUs \()|(?<=GPU \())(?:20[6-8]0|30[5-9]0|40[5-9]0)(?:\s?Ti)?(?=\)))",
    r"(?-i:\bOrin\b(?=\s*\(mobile GPUs?\)|\s+GPUs?\b))",
    r"(?-i:\bTPU(?:\s?v\d[a-z]?)?\b)",
    r"(?-i:\bNangate\s?45\b)",
    r"(?-i:\bLPDDR\d[xX]?\b)",
    r"(?-i:\bHBM\d?e?\b)",
    r"(?-i:\bFPGAs?\b)",
    r"(?-i:\bCPUs?\b)",
)

# --- citations, as claim extraction and grounding both read them ---------------------------

# a numbered citation: "[4]", "[7, 21, 6]", "[9–14]"
NUMBERED_CITATION = r"\[\d+(?:\s*[,\u2013-]\s*\d+)*\]"
# an author-year key as a lowered word: "fra22", "det22c"
CITATION_KEY = r"[a-z][a-z\-]*\d{2}[a-z]?"
# "[Fra22, Det22c]": keys that start with a capital (compile with re.IGNORECASE)
KEYED_CITATION = rf"\[(?-i:(?=[A-Z])){CITATION_KEY}(?:,\s*(?-i:(?=[A-Z])){CITATION_KEY})*\]"

# --- cue phrases that decide a sentence's kind --------------------------------------------

# first-person protocol statements: "we use", "we first use", "I analyzed"
SETUP_FIRST_PERSON = (
    r"\b(?:we|I) (?:\w+ly |first |then |also |further )?(?:use|used|adopt|follow|set|employ|choose|chose|train|"
    r"fine-?tune|finetune|run|perform|conduct|evaluate|benchmark|sample|generate|compare|report|implement|apply|"
    r"analy[sz]ed?|measured?|calculate|define|take|took|clip|track|collect|test|quantize|prune|focus|try|tried)\b"
)

SETUP_CUES: tuple[str, ...] = (
    r"\bbatch[- ]sizes?\b",
    r"\blearning[- ]rates?\b",
    r"(?-i:\blr\b)",
    r"\bepochs?\b",
    r"\boptimi[sz]ers?\b",
    r"(?-i:\b(?:AdamW?|SGD)\b)",
    r"\bwarm-?up\b",
    r"\bweight decay\b",
    r"\bdropout\b",
    r"\bhyper-?parameters?\b",
    r"\b(?:random )?seeds?\b",
    r"\b(?:trained|fine-?tuned|finetuned|train|fine-?tune) (?:it |them |the model |models )?(?:for|on|with)\b",
    r"\btraining (?:examples|samples|steps|set|data|tokens)\b",
    r"\bcalibration (?:set|data|samples|examples|sequences)\b",
    r"\b(?:sequence|context|prompt) lengths?\b",
    r"\bgroup[- ]sizes?\b",
    SETUP_FIRST_PERSON,
    r"\b(?:is|are|was|were) (?:set|fixed|chosen) to\b",
    r"\b(?:data ?set|examples|samples|models?|checkpoints?|splits?) used\b",
    r"\bused (?:for|as) (?:training|calibration|evaluation|fine-?tuning)\b",
    # architecture: "The hidden dimension is 4x the model dimension" (not "at a model size of 5120",
    # a condition of a result)
    r"\b(?:(?:hidden|model|embedding|intermediate|feed-?forward|FFN|head) (?:dimension|dim|width)s?|hidden sizes?) "
    r"(?:is|are|was|were|equals?)\b",
    r"\bnumber of (?:layers|(?:attention )?heads|blocks)\b",
    r"\b(?:Docker|container) images?\b",
    # "We run two different setups: ...", "Zero statistics cover the projection weights of 13 checkpoints", "it
    # covered 16 additional ... models"
    r"\bsetups?\b",
    r"\bcover(?:s|ed)? (?:[\w-]+ ){0,5}(?:checkpoints|models|layers|tasks|datasets|benchmarks)\b",
    r"\bgrid[- ]search\b",
    r"\b(?:all |the |our )?experiments (?:are|were) (?:done|performed|conducted|run|carried out)\b",
    # the protocol in the passive: "each engine was synthesized with", "models are evaluated on"
    r"(?<!which )(?<!that )\b(?:is|are|was|were) (?:synthesi[sz]ed|simulated|trained|fine-?tuned|evaluated|"
    r"calibrated|benchmarked|timed|profiled|sampled|generated|quantized|pruned|checked|verified|validated|measured|"
    r"excluded|counted) (?:with|on|using|at|for|from|by|in|against|as)\b",
    # an assumption of the model the results come from: "A five-bit-wide memory is assumed to cost the same per bit"
    r"\b(?:is|are) assumed to\b|\bwe assume\b",
    # what every run shares: "All designs use the open Nangate45 library", "All compute-intensive operators ... use",
    # "All engines see the same synthetic 8-bit activations"
    r"^(?:All|Each|Every)\b[^.;:]{0,90}?\b(?:use|uses|used|(?:see|sees|share|shares|get|gets|receive|receives|run|runs)"
    r" the same)\b",
)

# what is set against what, which a caption's title also names without stating a finding ("energy relative to
# five-trit versus zero fraction")
AXIS_CUES: tuple[str, ...] = (
    r"\bcompared (?:to|with)\b",
    r"\bin comparison (?:to|with)\b",
    r"\brelative to\b",
    r"\bvs\.?(?=\s)",
    r"\bversus\b",
)

COMPARISON_CUES: tuple[str, ...] = (
    r"\boutperform\w*",
    r"\bunderperform\w*",
    r"\bsurpass\w*",
    r"\bmatch(?:es|ed|ing)?\b",
    r"\bcomparable\b",
    r"\bon par\b",
    *AXIS_CUES,
    r"\bwithin\s+\S+(?:\s+(?:percentage\s+)?(?:points?|pp|ppl|perplexity))?\s+of\b",
    r"\bclose to\b",
    r"\b(?:without|no|not|never)\s+(?:\w+\s+){0,2}(?:degrad\w*|loss|drop\w*|hurt\w*)",
    # "there is no significant difference between QAT and PTQ at 8 bits"
    r"\bno (?:significant |noticeable |measurable |statistically significant )?difference\b",
    r"\bzero-degradation\b|\bdegradation-free\b",
    # "QAT closes most of the gap to full precision", "narrows the accuracy gap"
    r"\b(?:clos|narrow|bridg|shrink)\w*\s+(?:\w+\s+){0,3}?(?:the\s+)?(?:accuracy\s+|performance\s+|perplexity\s+)?"
    r"gap\s+(?:to|between|with)\b",
    # "faster than FP16" (not "developing at a faster pace than GPU memory")
    r"\b(?:better|worse|higher|lower|larger|smaller|shorter|longer|fewer|more|less|faster|slower)\b"
    r"(?!\s+(?:pace|rate)\b)[^.;]{0,60}?\bthan\b",
    r"\b(?:better|worse|improve\w*|degrad\w*)\b",
    # "can still make the direct core slightly lower-energy"
    r"\b(?:lower|higher)-(?:energy|power|latency|area|cost)\b",
    r"\bnegligible\b",
    r"\blossless\b",
    r"\bcloses? the (?:performance |accuracy )?gap\b",
    # "there is still a noticeable gap", "the accuracy gap remains"; "bridges the accuracy with the FP16
    # baseline" (not "a big gap between the supply and demand", "can help bridge the gap")
    r"\b(?:noticeable|remaining|performance|accuracy|perplexity|quality) gaps?\b",
    r"\bbridg(?:e|es|ed|ing) the (?:accuracy|performance|perplexity)\b",
    # "3-bit GPTQ beats 4-bit RTN", "still lags full precision by 5 points", "20 points below GPTQ",
    # "QAT and PTQ perform similarly"
    r"\bbeat(?:s|ing)?\b",
    r"\blag(?:s|ging)?\b",
    r"\btrail(?:s|ed|ing)?\b",
    r"\bfalls? behind\b",
    r"\b(?:points?|pp)\s+(?:below|above|behind|ahead of)\b",
    r"\bperform\w*\s+(?:\w+\s+)?(?:similarly|equally|comparably)\b",
    r"\bas (?:accurate|good|strong) as\b",
    r"\b(?:similar|the same) (?:accuracy|performance|perplexity|exact[- ]match|quality)\b",
    # "loses 5 points of accuracy", "costs about 2 points"
    r"\b(?:los(?:es|e|ing)|costs?)\s+(?:about\s+|around\s+|over\s+|only\s+|just\s+|up to\s+)?\d+(?:\.\d+)?\s*"
    r"(?:percentage points?|points?|pp)\b",
)

SPEEDUP_CUES: tuple[str, ...] = (
    r"\bspeed-?ups?\b",
    r"\bfaster\b",
    r"\bslower\b",
    r"\bspeeds? up\b",
    r"\bslow(?:s|ed)? down\b",
    r"\blatenc(?:y|ies)\b",
    r"\bthroughputs?\b",
    r"\brun[- ]?times?\b",
    r"\binference time\b",
    r"\baccelerat\w+",
    r"\bclock periods?\b",
    r"\btokens?\s*/\s*s(?:ec(?:ond)?)?\b",
)

# a speed effect stated as a finding, with or without its number: "models of size 2560 or smaller are
# slowed down", "only the 13B and 175B models have speedups" (not "to speed up the inference", "an
# accelerator", "used to accelerate inference")
SPEED_EFFECT_CUES: tuple[str, ...] = (
    r"\b(?:speeds|sped) up\b",
    r"\b(?:is|are|was|were|gets?|got) slowed down\b",
    r"\bslows (?:\w+ )?(?:down|inference|decoding|generation)\b",
    r"\b(?:have|has|had|shows?|showed|yields?|yielded|gives?|gave) (?:\w+ ){0,2}speed-?ups?\b",
)

MEMORY_CUES: tuple[str, ...] = (
    r"\bmemory\b",
    r"\bfootprint\b",
    r"\bmodel size reductions?\b",
    r"\bstorage\b",
    r"\bby half\b",
    # "halves the memory", not "halves MBPP pass@1" (a quality)
    r"\b(?:halves|halving)\b(?!\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:accuracy|pass@|perplexity|exact[- ]match|"
    r"scores?)\b)",
    r"\bfewer GPUs\b",
    r"\bhalf (?:the )?number of GPUs\b",
    r"\bfits? (?:on|in|into)\b",
    r"\bbytes\b",
    # "4x smaller", "a smaller model"; not "the error would be much smaller", nor "a 10x smaller
    # calibration set" (less data, not less memory)
    r"(?:\d(?:\.\d+)?\s?[x×]|\btimes) smaller\b(?!\s+(?:calibration|training|fine-tuning|data\b|datasets?|sets?\b|"
    r"samples?|corpus|batch))|\bsmaller (?:models?|footprints?|sizes?|memory|checkpoints?)\b",
    r"\b(?:representation|stream|encoding|checkpoint|file)s? (?:\w+ ){0,2}smaller\b",
    r"\bbits? per weight\b",
    r"\bcompression ratio\b",
)

TREND_CUES: tuple[str, ...] = (
    r"\bas (?:\w+ ){0,5}(?:increases?|grows?|decreases?|shrinks?|scales?|rises?|goes (?:up|down|larger|smaller))\b",
    r"\bas we scale\b",
    r"\bscales? (?:with|poorly|well|linearly|badly)\b",
    r"\bscaling (?:trends?|laws?|behaviou?r)\b",
    r"\b(?:grows?|increases?|decreases?|shrinks?|improves?|degrades?) with (?:model )?(?:size|scale|bits?|sparsity)\b",
    r"\b(?:grows?|increases?|decreases?|shrinks?|rises?|falls?) with (?:the )?(?:total |more |less )?(?:training )?"
    r"(?:compute|budgets?|FLOPs|steps|tokens)\b",
    r"\bthe (?:larger|smaller|higher|lower|more|fewer|coarser|finer|deeper) the\b",
    r"\bwith increasing\b",
    # "QAT accuracy falls at lower bit widths", "the gap widens with fewer bits"
    r"\b(?:falls?|drops?|degrades?|decreases?|increases?|grows?|widens?|narrows?|shrinks?|collapses?|deteriorates?|"
    r"worsens?)\b[^.;]{0,40}?\b(?:at|with|for|under) (?:ever[- ])?(?:lower|higher|fewer|more|smaller|larger|"
    r"decreasing|increasing|reduced) (?:bit[- ]?widths?|bits|precision|sparsit(?:y|ies))\b",
    r"\bat (?:larger|smaller) scales?\b",
    # "the optimal QAT fraction is larger for larger budgets"
    r"\b(?:larger|higher|greater|smaller|lower) (?:for|with|at) (?:larger|bigger|higher|greater|smaller|lower|more|"
    r"longer) (?:budgets?|compute|models?|scales?|sparsit(?:y|ies)|bit[- ]?widths?)\b",
)

# result verbs: a sentence with one of these and a number says what was measured
RESULT_CUES: tuple[str, ...] = (
    r"\bachiev\w+",
    r"\breach\w*",
    r"\bobtain\w*",
    r"\byield\w*",
    r"\bgiv(?:es|ing)\b",
    r"\bbrings?\b",
    r"\bresults? in\b",
    r"\bleads? to\b",
    r"\bsav(?:e|es|ed|ing)\b",
    r"\breduc\w+",
    r"\bincreas\w+",
    r"\bdecreas\w+",
    r"\bcuts?\b",
    r"\bfalling\b",
    r"\bshows?\b",
    r"\bretain\w*",
    r"\bmaintain\w*",
    r"\bpreserv\w+",
    r"\bkeep(?:s|ing)?\s+(?:its\s+|their\s+|the\s+)?(?:\S+\s+)?(?:accuracy|perplexity|performance|quality)\b",
    r"\blos(?:e|es|ing)\s+no\b",
    r"\brecover\w*",
    r"\bfails?\b",
    r"\bcontain\w*",
    r"\bconsum\w+",
    r"\bcosts?\b",
    r"\bbreaks? even\b",
)

# effect words that, with a method word, make a qualitative claim
EFFECT_CUES: tuple[str, ...] = COMPARISON_CUES[:3] + (
    r"\bimprov\w+",
    r"\bdegrad\w+",
    r"\bpreserv\w+",
    r"\bmaintain\w*",
    r"\bretain\w*",
    r"\brecover\w*",
    r"\bfails?\b",
    r"\bhurts?\b",
    r"\bdestroy\w*",
    r"\bcollaps\w*",
    r"\bremains? accurate\b",
    # "when α is too small, the activations are hard to quantize"
    # (not "more difficult to quantize": a reason given for a setting, "α=0.75 since its activations are ...")
    r"\b(?:is|are) (?:both |also )?(?:hard|difficult|easy) to quanti[sz]e\b",
    r"\bworks? (?:well|consistently|equally well)\b",
    r"\b(?:exhibits?|shows?|demonstrates?|achieves?) (?:\w+ )?(?:promising|strong|good|excellent|competitive) "
    r"(?:performance|results|accuracy|speed)\b",
    # "democratizes the deployment of the 70B Llama-2 model", "makes many models accessible"
    r"\bdemocratiz\w+",
    r"\bmakes? (?:\w+ ){0,3}(?:accessible|possible|feasible|practical)\b",
    r"\breduc\w+",
    r"\bincreas\w+",
    r"\benables?\b",
    r"\bprotects?\b",
    r"\bdisrupts?\b",
    r"\bharms?\b",
    r"\bbenefits?\b",
    r"\bdisappear\w*",
    r"\bvanish\w*",
    # "RTN incurs a small accuracy drop at 4 bits", "suffers a significant accuracy drop"
    r"\b(?:accuracy|perplexity|performance|quality) (?:drops?|loss(?:es)?|declines?)\b",
)

# direction words; "equal" is checked first so that "without degradation" is not "worse"
# a no-loss verb denied ("cannot match full precision", "fails to preserve accuracy"): worse, read
# before the "equal" words so that "match" in it is not one
DENIED_EQUAL: tuple[str, ...] = (
    r"\b(?:cannot|can't|could not|couldn't|fail(?:s|ed)? to|unable to|does not|do not|doesn't|don't) "
    r"(?:fully |quite )?(?:match|preserve|maintain|retain|keep|recover)\w*",
)

DIRECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("equal", (
        r"\b(?:without|no|not|never)\s+(?:\w+\s+){0,2}(?:degrad\w*|loss|drop\w*|hurt\w*)",
        r"\bno (?:significant |noticeable |measurable |statistically significant )?difference\b",
        r"\bzero-degradation\b", r"\bdegradation-free\b",
        r"\bmatch(?:es|ed|ing)?\b", r"\bcomparable\b", r"\bon par\b", r"\bsimilar\b", r"\bsame\b",
        # "GPTQ and RTN perform similarly / equally at 8 bits", "as accurate as RTN"
        r"\bperform\w*\s+(?:\w+\s+)?(?:similarly|equally|comparably|as well as)\b",
        r"\bas (?:accurate|good|strong) as\b",
        r"\bmaintain\w*", r"\bretain\w*", r"\bpreserv\w+", r"\blossless\b", r"\bnegligible\b",
        r"\bkeep(?:s|ing)?\s+(?:its\s+|their\s+|the\s+)?(?:\S+\s+)?(?:accuracy|perplexity|performance|quality)\b",
        r"\blos(?:e|es|ing)\s+no\b",
        r"\bwithin\s+\S+(?:\s+(?:percentage\s+)?(?:points?|pp|ppl|perplexity))?\s+of\b",
        r"\brecover\w*", r"\bclose to\b",
    )),
    ("better", (r"\boutperform\w*", r"\bbetter\b", r"\bmore accurate\b", r"\bimprov\w+", r"\bsurpass\w*",
                r"\bsuperior\b", r"\bfaster\b", r"\bspeed-?ups?\b", r"\bspeeds? up\b",
                # "a smaller accuracy drop than RTN"
                r"\b(?:smaller|lower|less|milder) (?:accuracy |performance )?(?:drop|loss|degradation|decline)\b")),
    ("worse", (r"\bworse\b", r"\bless accurate\b", r"\blag(?:s|ged|ging)?\b", r"\btrail(?:s|ed|ing)?\b",
               r"\bfalls? behind\b", r"\bdegrad\w+", r"\bfails?\b", r"\bunderperform\w*", r"\binferior\b",
               r"\bslower\b", r"\bhurts?\b", r"\bslow(?:s|ed)? down\b",
               # "RTN suffers a larger accuracy drop than GPTQ"
               r"\b(?:larger|bigger|greater|more severe) (?:accuracy |performance )?"
               r"(?:drop|loss|degradation|decline)\b")),
    ("decrease", (r"\breduc\w+", r"\bdecreas\w+", r"\blower\b", r"\bsmaller\b", r"\bshorter\b", r"\bfewer\b",
                  r"\bless\b", r"\bsav(?:e|es|ed|ing)\b", r"\bcuts?\b", r"\bshrinks?\b", r"\bhalv\w+",
                  r"\bby half\b", r"\bfall\w*", r"\bdrops?\b")),
    ("increase", (r"\bincreas\w+", r"\bgrows?\b", r"\blarger\b", r"\bhigher\b", r"\bmore\b", r"\brises?\b",
                  r"\blonger\b",
                  # "doubles the throughput", "can nearly double the throughput" (not "double quantization")
                  r"\bdoubl(?:es|ed|ing)\b", r"\b(?:can|could|will|would|to|nearly|almost) double\b")),
)  # fmt: skip

# phrases after which a baseline is named: the phrase itself is the baseline when it names none of
# our words ("compared to the teacher")
BASELINE_LEADS: tuple[str, ...] = (
    r"\bcompared (?:to|with)\b",
    r"\bin comparison (?:to|with)\b",
    r"\brelative to\b",
    r"\bthan\b",
    r"\bvs\.?(?=\s)",
    r"\bversus\b",
    r"\bwithin\s+\S+(?:\s+(?:percentage\s+)?(?:points?|pp|ppl|perplexity))?\s+of\b",
)
# leads that name a baseline only when the phrase after them holds a method, baseline word or
# model ("over 3 epochs" names none); the comparison verbs: "even matching GPTQ", "outperforms
# SmoothQuant", "on par with FP16"
NAMED_BASELINE_LEADS: tuple[str, ...] = (
    r"\bover\b",
    r"\bagainst\b",
    r"\bas\b(?= (?:the )?(?:FP16|FP32|BF16|16-bit|32-bit|full[- ]precision|dense|baseline|uncompressed))",
    r"\b(?:even )?match(?:es|ing)?\b",
    r"\bon par with\b",
    r"\bcomparable (?:to|with)\b",
    r"\b(?:similarly|comparably) to\b",
    r"\bas (?:accurate|good|strong) as\b",
    r"\boutperform(?:s|ed|ing)?\b",
    r"\bunderperform(?:s|ed|ing)?\b",
    r"\b(?:lag(?:s|ged|ging)?|trail(?:s|ed|ing)?|falls? behind)(?: behind)?\b",
    r"\bsurpass(?:es|ed|ing)?\b",
    r"\bbeat(?:s|ing)?\b",
)
# words that name a baseline without a lead ("the 16-bit baseline")
BASELINE_NAMES: tuple[str, ...] = (
    r"(?-i:\b(?:FP|BF)(?:16|32)\b)",
    r"\b(?:16|32)-bit(?: baseline| model| inference| matrix multiplication| weights)?\b",
    r"\bfull[- ]precision(?: baseline| model)?\b",
    r"\bdense(?: baseline| model)\b",
    r"\bunquanti[sz]ed(?: baseline| model)?\b",
    r"\buncompressed(?: baseline| model)?\b",
    r"\bfive-trit(?: packing| engines?| baseline)?\b",
)

# references to the paper's own method
OWN_METHOD: tuple[str, ...] = (
    r"\bour (?:[\w-]+ ){0,2}(?:method|approach|technique|procedure|system|scheme|framework|algorithm|engine)s?\b",
    r"\bthe proposed (?:method|approach)\b",
    r"\bours\b",
    # a sentence whose subject is "It" / "This method" and whose verb states a result ("It consistently
    # outperforms RTN"): in a paper that names its own method, that method (an expletive "It is ..." is not)
    r"^(?:It|This (?:method|approach|technique))\s(?:(?:\w+ly|also|can|further|still)\s){0,2}(?:outperform|achiev|improv|reduc|match|beat|surpass|"
    r"bring|enabl|preserv|keep|maintain|deliver|yield|obtain|attain)\w*\b",
    # "We have demonstrated for the first time that multi-billion parameter transformers can be quantized to
    # Int8 ...": what the paper demonstrates, with no method named, it demonstrates with its own
    r"^\s*We (?:have )?(?:also )?(?:demonstrated?|show(?:n|ed)?|prove[dn]?)\s(?:for the first time )?that\b[^.;]*?"
    r"\bcan be (?:quanti[sz]ed|pruned|compressed|sparsified)\b",
    # "We can quantize the 3 largest, openly available LLM models into INT8 without degrading the accuracy"
    r"^\s*We (?:can|could) (?:successfully )?(?:quanti[sz]e|prune|compress|sparsify)\b",
    # "We develop a procedure for Int8 matrix multiplication ..., which cut the memory needed for inference by half"
    r"^\s*We (?:\w+ly )?(?:develop|propose|introduce|present)\w* (?:a|an|the|our) (?:[\w-]+ ){0,3}(?:method|procedure|"
    r"approach|technique|scheme|algorithm|system|framework)\b[^.;]*?\bwhich\b",
    # "For example, for BLOOM-176B, we reduce the memory footprint of the model by 1.96x": the paper's "we" as the
    # subject of an effect (not after what other work shows, "some work shows that in production, we can ...", nor
    # after a generic means, "By quantizing the weights ..., we can reduce GPU memory")
    r"^(?:(?:(?!\bshow|\bwork|\breport|\bfind|\bfound|\bquanti[sz]|\bprun|\bcompress|\bsparsif)[^,;.])+,\s*){0,2}"
    r"we (?:can |could )?(?:\w+ly )?(?:reduce|cut|halve|achieve|obtain|attain|retain|save|speed up|accelerate|"
    r"improve)\w*\b",
)

METRIC_VARIANTS: tuple[tuple[str, str], ...] = (
    ("zero-shot", r"\bzero-?shot\b"),
    ("few-shot", r"\bfew-?shot\b"),
    ("matched accuracy", r"\bmatched accuracy\b"),
    ("mismatched accuracy", r"\bmismatched accuracy\b"),
    ("top-1", r"\btop-1\b"),
    ("top-5", r"\btop-5\b"),
    ("average accuracy", r"\b(?:average|mean|avg\.?) (?:\w+ )?accuracy\b"),
    ("validation", r"\bvalidation\b"),
    ("test", r"\btest (?:set|split|perplexity|accuracy)\b"),
)

HARNESSES: tuple[tuple[str, str], ...] = (
    ("lm-eval-harness", r"\blm-?eval(?:uation)?-?harness\b"),
    ("lm-eval-harness", r"\b(?:EleutherAI )?language model evaluation harness\b"),
    ("lm-eval-harness", r"\bevaluation harness\b"),
)

# table captions and headers that mark a setup table
SETUP_TABLE_CUES: tuple[str, ...] = (
    r"\bhyper-?parameters?\b",
    r"\blearning rate\b",
    r"\bbatch size\b",
    r"\btraining (?:details|settings|configurations?|setup)\b",
    r"\b(?:quanti[sz]ation )?settings? of\b",
)
