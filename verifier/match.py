"""Match: for each stored claim, the bundle that can test it and the plan to do so, or why none.

Rules, in order (first that applies decides; ``RULES`` prints them in reports):

1. A setup fact is not a result: ``not_a_result``. A qualitative remark with no number and no
   relation is ``underspecified``.
2. Hardware-design claims (RTL synthesis, standard-cell libraries, memory-technology energy,
   clock periods, netlists, compute energy, silicon area) need tools and models that no GPU
   bundle has: ``not_testable_offline``. A sentence that says two masks or two methods differ
   without an order ("2:4 pruning does not match unstructured pruning", "GPTQ does not match
   RTN") is ``underspecified`` (against the full model the same words state a loss).
3. Speed claims: 2:4 / semi-structured sparse kernels -> ``sparse24_matmul_speedup``; 8-bit
   or FP8 matrix products -> ``lowbit_matmul_speedup``; the headline speed-up is compared with
   the bundle's median speed-up, an "up to" figure with its maximum (rule ``speed``: another
   hardware class makes the number not comparable and tests only the direction). They time
   int8 and fp8 against bf16 and 2:4 against dense: another format (int4) or another baseline
   (int8, unstructured sparse) is ``no_bundle``. A speed-up that counts quantising the inputs and
   dequantising the outputs ("if inputs need to be quantized",
   "Int8 with overhead", vector-wise int8) depends on the kernels that do it: it is compared with
   the int8 timings that include that overhead (``int8_qdq``: unfused PyTorch ops) only when the
   claim's quantisation is PyTorch ops too ("Vector-wise PyTorch+NVIDIA"); otherwise, and for
   fp8, ``no_bundle``. Otherwise the matmul bundles time raw kernels: a claim about a named
   quantisation method's own kernels (LLM.int8()'s outlier decomposition, SmoothQuant's
   pipeline) or about the end-to-end speed of a model
   (no matrix product, GEMM or kernel named) needs that method or model: ``no_bundle``. Which
   pruning method chose a 2:4 mask does not change the sparse kernel's time. A claim that names
   its matrix dimension ("hidden size 20560", a table column "Small / 768") binds the sweep to
   that dimension (square n = k = d weights stand in for the claim's layer shape, so the plan's
   scale is proxy).
4. A pruning claim of a method the bundles do not run (SparseGPT, movement pruning, IMP, lottery
   tickets, structured pruning) is ``no_bundle``: magnitude or Wanda masks would test another method;
   so is a QAT claim of a named method other than LSQ (LLM-QAT, EfficientQAT, PACT, DoReFa, BitNet).
   Only model-quality claims are tested below: a claim that names no quality metric or word counts
   when it names a benchmark ("on GSM8K") or compares two compression methods ("QAT outperforms
   PTQ at 2 bits"), unless it speaks of cost (time, memory, efficiency, hardware).
   Accuracy claims about quantisation and pruning are tested as *relations* on a proxy model
   (a stated size of an accuracy win, "by 5 points", "by over 2%", is its margin: a smaller
   observed win is 'partially reproduced'; a no-loss claim's own bound, "within 0.5 points", "by
   less than 3%", replaces the default 1 point or 1% of the perplexity; "retains 98% of the dense
   accuracy" is a loss of at most 2% of the baseline's accuracy, compared relatively)
   (rule ``paired_difference`` across seeds): GPTQ vs round-to-nearest (``gptq_vs_rtn``: the whole
   model's exact match, the layers' reconstruction error only for a claim that names that error,
   since GPTQ lowers it by design; a stated range of sizes, "by 2-5 points", is a range margin;
   there also per-group vs per-channel grids of RTN or GPTQ at 4 or 3 bits, ``verifier.granularity``), QAT
   vs PTQ and "no degradation at N bits" (``qat_vs_ptq_bits``), Wanda vs magnitude and "no loss
   at S% sparsity" (``pruning_sweep``), pruned-then-QAT vs full precision
   (``pruned_qat_vs_fp``). A claim that places the knee of the accuracy-vs-sparsity curve
   ("drops sharply beyond 70% sparsity", "holds up to 50% and falls beyond it", "the essential
   sparsity is 50%") is judged on the sweep's knee of that method (``{method}_knee_sparsity``:
   the largest swept sparsity within 1 point of the dense model; rule ``value``; the steepness
   of the fall is left untested; a knee between the sweep's points or at its last is
   ``no_bundle``); "Wanda tolerates higher sparsity than magnitude pruning" compares the two
   methods' knees seed by seed (``paired_difference``), "2:4 costs more accuracy than 50%
   unstructured" a method's 2:4 score with its 50% one; and "no loss up to S%" where
   ``pruning_sweep`` scores no S% itself is its knee being at least S% (``verifier.knee``).
   A stated loss ("4-bit RTN degrades accuracy by 5 points", "QAT at 2 bits lags full precision
   by 5 points", "increases perplexity by 20%") is the setting's no-loss plan judged as 'worse
   than the baseline', with the loss as the margin (``verifier.losses``; a perplexity increase in
   % of the baseline's, compared relatively; in perplexity points the direction only); not a loss
   against another method or under another calibration distribution; where that plan compares
   no such score (a knee, a controlled W8A8 test), the claim is planned as if it stated no loss.
   Trends over bits or sparsity use the curves those bundles write (rule ``trend``; ``verifier.trends``:
   the named method's accuracy over 8/4/3/2 bits on qat_vs_ptq_bits or over 10..90% on pruning_sweep,
   MiniLM's for GLUE claims, the sign read from the claim; "the gap between QAT and PTQ widens at lower
   bit widths" is the trend of the two curves' difference; a WikiText-2 perplexity trend over sparsity
   runs SmolLM2 at 20/40/60/80%, a run per value: ``ReproPlan.sweep``). Weights and
   activations both quantised (W8A8, SmoothQuant) go to the W8A8 runs of ``gptq_vs_rtn`` (naive
   or SmoothQuant-smoothed; another named method, or any other activation width, is ``no_bundle``),
   and a weight-only "no loss" claim of a named method other than RTN or GPTQ (AWQ, LLM.int8())
   is ``no_bundle``: the runs would test another method.
   A claim about the share of a training budget best spent in QAT and how it moves with compute
   is a trend on ``qat_compute_share``'s best fraction per budget (budgets doubling); quality over
   the share of one fixed budget ("allocating more of the compute budget to QAT improves accuracy")
   is the slope of its largest budget's exact match over the QAT fraction. Absolute
   values of a model we cannot run are not tested at proxy scale:
   ``not_testable_offline`` names the model; a level of a model the claim does not name ("keeps
   perplexity below 30", "reaches 95.1% accuracy") is ``underspecified``: a stand-in's level is on
   another scale. A relation is tested only against the baseline
   the bundle runs: a claim whose baseline is another method ("AWQ outperforms GPTQ", "Wanda
   beats SparseGPT") or that combines methods ("combined with GPTQ") is ``no_bundle``.
5. Claims in the setting of a real-model bundle go to it first, at the smaller model (labelled
   proxy scale): perplexity (WikiText) relations of GPTQ / AWQ vs RTN (or AWQ vs GPTQ; or RTN
   worse than either) at 4 or 3 bits and of Wanda vs magnitude pruning at 50%, and "no
   degradation" claims of W8A8 methods
   (LLM.int8(), SmoothQuant O3, vector-wise, naive W8A8) in perplexity or in a language model's
   unnamed "performance" (within 1% of the baseline's perplexity), and "no degradation" in
   perplexity of weight-only RTN / GPTQ / AWQ at 4 or 3 bits (within 1% too; a claim naming no
   width at 4) and of one-shot magnitude / Wanda pruning to 50% or 2:4 -> ``smollm2_wikitext_ppl``
   (SmolLM2-135M; a WikiText score that names no metric is read as perplexity);
   accuracy claims about BERT-class encoders on GLUE / SST-2 (no loss after PTQ at 8/4/3 bits or
   after pruning to a sparsity the size sweeps or to 2:4, GPTQ or QAT vs RTN, Wanda vs magnitude at
   a swept sparsity, the knee of a pruning sweep; a GLUE score that names no
   metric is read as accuracy, another metric such as F1 is not) -> ``minilm_sst2_compression``
   (all-MiniLM-L6-v2 fine-tuned on SST-2). Their smoke sizes only check the code (one block, a
   few rows), so a smoke plan goes on to the rules below; their small sizes (for the CPU: SmolLM2
   on a reduced evaluation, MiniLM fine-tuned on 8,000 SST-2 rows) take their claims at that size.
6. Everything else: ``no_bundle`` (testable in principle) or ``underspecified`` (names no
   method, metric or number). A quantisation claim about a quality that perplexity does not
   stand for (captions, chat answers, instruction-tuned or few-shot tasks) says so.

A width of 16 bits or more ("FP16", "16-bit accuracy") is the full-precision reference, never
the width a plan quantises at or names untested.

A sentence that makes two statements ("8-bit costs nothing, while 4-bit RTN loses 5 points") is
planned on the first clause a bundle tests, each clause read on its own (``verifier.clauses``),
and its other clauses are named untested; so is one that says the same of several methods ("both
magnitude pruning and Wanda retain accuracy", ``verifier.subjects``), on its first subject.

A plan that tests only part of a claim names the rest in ``untested`` (the judge then gives at
most 'partially reproduced'): the other widths of a claim that spans several ("for different
bit-precisions", tested at 3 bits), the further baselines it lists ("AWQ outperforms RTN and
GPTQ", tested against RTN), GPTQ with reordering when the runs use none, the other model sizes
of a claim that spans them ("for different model sizes": every accuracy bundle runs one
model), a condition on the calibration data ("using 10x smaller calibration set": the runs
calibrate as their configuration says). A claim that names no width at all is tested at the
rule's width, which the plan's reason states.

A plan binds the claim's bits / sparsity into the bundle's parameters and metric names, uses
the bundle's sealed seal from the lock file, three seeds, and the requested size; ``smoke`` and
``small`` plans are always proxy scale, and a bundle without the size (the addition proxies
and SmolLM2 have a ``small`` one) is ``no_bundle`` at it. The matcher is pure: claims and manifests in, plans out.
"""

from __future__ import annotations

import re

from verifier import lexicon
from verifier.claim_fields import find_methods, find_models, is_compared_method, method_label, names_own_method
from verifier.claims import Claim, ClaimKind, Method, MethodFamily, Quantity
from verifier.clauses import clause_claims
from verifier.knee import (
    global_comparison_plan,
    knee_at_least,
    knee_comparison_plan,
    knee_method,
    knee_named,
    knee_plan,
    names_two_masks,
    pattern_comparison_plan,
    read_global_comparison,
    read_knee,
    read_knee_comparison,
    read_pattern_comparison,
)
from verifier.losses import stated_increase, stated_loss
from verifier.plans import (
    DYNAMIC_LEVEL,
    EQUAL_TOLERANCE,
    FULL_BASELINE,
    LEARNED,
    MAGNITUDE_BASELINE,
    RETENTION,
    RTN_BASELINE,
    WEIGHT_ONLY,
    BundleInfo,
    baseline_scope,
    baseline_width,
    load_bundles,  # noqa: F401 (callers plan with match.load_bundles)
    make_plan,
    sparsity_scope,
    untestable,
    width_scope,
    widths_named,
)
from verifier.parity import parity_plan, read_parity
from verifier.real_models import (
    PPL_NO_LOSS,
    REORDER,
    other_quality,
    real_model_plan,
    real_setting,
    runs_in_perplexity,
)
from verifier.granularity import grids_plan, read_grids
from verifier.trends import calibration_plan, names_quality_trend, read_axis, share_plan, trend_plan
from verifier.subjects import members_text, subject_claims
from verifier.verdicts import (
    Comparison,
    ReproPlan,
    Trend,
    Untestable,
    UntestableCategory,
)

MATCHER_VERSION = "match-91"
RULES = (
    "setup facts and qualitative remarks are not reproduced; hardware-design claims (RTL, standard cells, memory "
    "energy) are not testable offline; 2:4 and 8-bit/FP8 speed-ups are measured by matmul bundles (other hardware: "
    "direction only; a speed-up that counts quantising inputs and dequantising outputs only against int8 timings "
    "that include them, and only when the claim's quantisation is PyTorch ops as the bundle's is); accuracy claims "
    "about GPTQ, QAT, PTQ and pruning are tested as relations or trends on a small proxy model with three seeds "
    "(labelled proxy scale; a stated loss against the uncompressed model is tested in direction and size; a claim "
    "that places the knee of the accuracy-vs-sparsity curve is judged on the "
    "sweep's knee, the largest sparsity within 1 point of dense, its steepness untested), and only against the "
    "baseline the bundle runs (a claim "
    "against another method, or about a combination of methods, has no bundle); perplexity relations of GPTQ/AWQ/RTN "
    "and Wanda/magnitude, and 'no degradation' claims of W8A8 methods (LLM.int8(), SmoothQuant O3), of weight-only "
    "RTN/GPTQ/AWQ at 4 or 3 bits and of magnitude/Wanda pruning to 50% or 2:4 (within 1% of the "
    "baseline's perplexity), run on SmolLM2-135M over WikiText-2, and GLUE/BERT accuracy claims (GPTQ or QAT vs RTN, "
    "Wanda vs magnitude, no loss after PTQ, after pruning to a swept sparsity or 2:4) on all-MiniLM-L6-v2 "
    "fine-tuned on SST-2 (full and "
    "small sizes, labelled proxy scale: smaller models than the claims'; a GLUE score with no metric named is read "
    "as SST-2 dev accuracy); absolute values "
    "of models we cannot run are not tested; a plan that tests one of the bit widths, baselines or model sizes a "
    "claim names says which parts it leaves untested."
)

_HW_DESIGN = re.compile(
    r"\b(RTL|Nangate\d*|standard[- ]cell|gate[- ]level|synthesi[sz]ed|(?:clock|minimum) periods?|netlists?|"
    r"(?:compute|weight-read)[- ]energy|LPDDR\d*|HBM\d?|DRAM|SRAM|fJ|pJ|silicon area|µm|um2|ASIC|FPGA|"
    r"\d(?:\.\d+)?\s*ns\s+(?:target|clock))\b",
    re.IGNORECASE)
_INT4 = re.compile(r"\bint4\b|\b4-bit\b|\bW4A\d+\b", re.IGNORECASE)
# a speed-up's baseline the matmul bundles time (bf16 stands in for any 16-bit float product)
_FP_GEMM = re.compile(r"\b(?:fp16|bf16|float16|half|cuBLAS\w*|16-bit|torch\.matmul|dense)\b", re.IGNORECASE)
# a model both pruned and quantised ("2:4-pruned model fine-tuned with 4-bit QAT", "pruned-then-quantized")
_QAT_OR_QUANTISED = re.compile(r"\bQAT\b|quanti[sz]\w*|\b[248][- ]?bits?\b|\bint[48]\b", re.IGNORECASE)
_SPARSE_KERNEL = re.compile(r"\b(2:4|semi-structured|n:m|sparse tensor cores?|structured sparsity)\b", re.IGNORECASE)
_LOWBIT_KERNEL = re.compile(r"\b(int8|8-bit|fp8|float8|w8a8|int4)\b", re.IGNORECASE)
_MATMUL = re.compile(r"\b(matrix multiplications?|matmuls?|GEMMs?|kernels?|cuBLAS\w*|matrix products?|layers?)\b",
                     re.IGNORECASE)
# "the 2:4 sparse model is 1.5x faster": a model's speed (not "at a model size of 5140": a matrix's)
_END_TO_END = re.compile(r"\b(end-to-end|inference|latency|throughput|tokens?/s|generation|decoding|"
                         r"models?\b(?!\s+(?:size|dimension|dim)s?\b))\b", re.IGNORECASE)
_DIM_IN_TEXT = re.compile(r"\b(?:model|hidden) (?:size|dimension|dim)s? (?:of )?(\d{3,6})\b"
                          # "for 8192x8192 matrices": a square product
                          r"|\b(\d{3,6})\s*[x×]\s*(\d{3,6})(?=\s+(?:matri|weight|GEMM|matmul|layer))", re.IGNORECASE)
_SQUARE = re.compile(r"\b(\d{3,6})\s*[x×]\s*(\d{3,6})\b")
_DIM_IN_HEADER = re.compile(r"(?<![\d.,])(\d{3,6})(?![\d.,%×\w])")
# a speed-up that counts quantising the inputs and dequantising the outputs ("If inputs need to be
# quantized and outputs dequantized ...", a table row "Int8 with overhead"), not the raw product
_WITH_OVERHEAD = re.compile(r"\b(?:inputs?|activations?) (?:need to be|needs to be|must be|are|is|being) quanti[sz]ed|"
                            r"\boutputs? (?:need to be |needs to be |must be |are |is )?dequanti[sz]ed|"
                            r"\b(?:with|including|incl\.) (?:the )?(?:(?:de)?quanti[sz]ation )?overheads?\b",
                            re.IGNORECASE)
# vector-wise int8 (a scale per input row and per weight column) always pays that overhead; the bundle's
# overhead is PyTorch ops, comparable only with a claim whose quantisation is PyTorch ops too
# "with a different calibration distribution, AWQ only increases the perplexity by 0.5": a loss against the
# method under matched calibration, not against the uncompressed model
_SHIFTED = re.compile(r"\b(?:different|other|another|mismatched|shifted|out-of-(?:distribution|domain))\s+"
                      r"(?:calibration|data|domain|distribution)", re.IGNORECASE)
# "QAT after pruning recovers the accuracy lost by pruning": all of it, a no-loss claim
_RECOVERS_ALL = re.compile(r"\brecover\w*\s+(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)(?:[\w@-]+\s+){0,2}lost\b",
                           re.IGNORECASE)
# "pruning 50% of the attention heads", "removing 25% of the layers": structured units, not weights
_STRUCTURED_UNIT = re.compile(r"\b(?:prun\w*|remov\w*|drop(?:s|ped|ping)?|skip\w*)\s+(?:up to\s+)?"
                              r"(?:\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+|its\s+|their\s+)?|the\s+|its\s+|their\s+|"
                              r"whole\s+|entire\s+)(?:[\w-]+\s+)?"
                              r"(?P<unit>(?:attention\s+)?heads?|neurons?|channels?|filters?|layers?|blocks?|rows?|"
                              r"columns?|experts?)(?![\w-])", re.IGNORECASE)
# "quantizing only the attention layers", "prune only the MLP weights": a part of the model, where the
# runs take all of it
_QUANTISED_ONLY_SOME = re.compile(r"\b(?:quanti[sz]\w*|prun\w*|compress\w*|sparsif\w*)\s+(?:\w+\s+){0,2}?only\s+"
                                  r"(?:the\s+)?(?:(?!the\b)[\w-]+\s+){1,2}(?:layers?|blocks?|weights|projections?|"
                                  r"modules?|matrices)\b", re.IGNORECASE)
# "QAT recovers the accuracy lost by PTQ": all of it (not "most of"), lost to post-training quantisation
_RECOVERS_PTQ_LOSS = re.compile(r"\brecover\w*\s+(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)(?:[\w@-]+\s+){0,2}lost\s+"
                                r"(?:by|to|with|under|from|in)\s+(?:the\s+)?(?:\d-bit\s+)?(?P<by>PTQ|RTN|GPTQ|"
                                r"round[- ]to[- ]nearest|post-training quanti[sz]ation)\b", re.IGNORECASE)
_QUANTISED = re.compile(r"\bquanti[sz]\w*|\b(?:int|w)\d\b|\b\d[- ]?bits?\b", re.IGNORECASE)
# "per-tensor dynamic quantization": activation scales computed at run time, not the runs' static ones
_DYNAMIC = re.compile(r"\bdynamic(?:ally)?\b", re.IGNORECASE)
_VECTOR_WISE = re.compile(r"\bvector[- ]wise\b(?! ?\+ ?decomp)", re.IGNORECASE)
_PYTORCH_OPS = re.compile(r"\bPyTorch\b")
_NO_OVERHEAD = re.compile(r"\bwithout (?:any )?(?:the )?(?:(?:de)?quanti[sz]ation )?overheads?\b|\braw\b",
                          re.IGNORECASE)
# method names the raw matmul bundle runs as they are (a generic "int8" / "W8A8" mention names none)
_RAW_LOWBIT = re.compile(r"^(?:int8|fp8|float8|8-bit|w8a8|int4)$", re.IGNORECASE)
_ALL_SCHEMES = re.compile(r"\b(?:all|every|each|various|different) (?:the )?(?:quantization |quantisation )?"
                          r"(?:schemes?|levels?|settings?)\b", re.IGNORECASE)
_WA_TEXT = re.compile(r"\bW(\d+)A(\d+)\b", re.IGNORECASE)
# "recovers the full-precision accuracy", "closes the gap to full precision": no loss against full precision
_TO_FULL = re.compile(r"\b(recover\w*|clos\w+ the gap (to|with)) (the |its )?(full[- ]precision|fp16|fp32|bf16|dense|"
                      r"original|unquanti[sz]ed|baseline)\w*", re.IGNORECASE)
# "QAT matches full precision at 4 bits", "is within 0.5% of the full-precision model": a quality
# claim though it names no metric
_MATCHES_FULL = re.compile(r"\b(?:match(?:es|ing|ed)?|within \d+(?:\.\d+)?\s*(?:%|points?) of|lags?(?: behind)?|"
                           r"(?:not|no) worse than|at least as (?:good|accurate) as|"
                           # "performs comparably to the dense baseline", "is 1 point worse than full precision"
                           r"(?:perform\w* )?comparabl[ey] (?:to|with)|points? worse than|"
                           r"lagging(?: behind)?|trails?|falls? behind) (?:the )?"
                           r"(?:(?:[\w-]+ )?(?:accuracy|performance|quality|perplexity|exact[- ]match) of "
                           r"(?:the |its )?)?"
                           r"(?:full[- ]precision|fp16|fp32|bf16|dense|unquanti[sz]ed|uncompressed)\b", re.IGNORECASE)
_NO_LOSS = re.compile(r"\b(without (any )?(performance |accuracy )?(degradation|loss)|without degrading|"
                      # "GPTQ avoids accuracy degradation at 4 bits" (not "avoids the drop of naive W8A8": a win)
                      r"avoid\w* (any )?(significant |noticeable )?(accuracy |performance )?(degradation|loss|drop)"
                      r"(?!s? of\b)|"
                      r"(does|do|did) not degrade|los(e|es|ing) no (\S+ )?(accuracy|performance|quality|perplexity)|"
                      r"no (significant |noticeable |measurable )?(accuracy |performance )?"
                      r"(degradation|loss|drop)|negligible|retain\w*|"
                      r"(maintain|preserv|keep|hold)\w* (the |its )?(\S+ )?"
                      r"(accuracy|performance|quality|perplexity|pass@\d+|exact[- ]match|scores?)|"
                      r"zero[- ]degradation|"
                      # "matches FP16", "matches the (zero-shot) accuracy of the FP16 model"
                      r"match(es|ing)? (the )?(([\w-]+ )?(accuracy|performance|quality|perplexity|exact[- ]match) of "
                      r"(the |its )?)?"
                      r"(full(?![- ](?:QAT|training|fine-?tuning|schedule|run|budget))|fp16|fp32|"
                      r"dense)|lossless|on par|"
                      r"no (significant |noticeable |measurable )?difference|"
                      # "as accurate as the dense FP model", "performs comparably to the dense baseline"
                      r"(as (accurate|good|strong) as|comparabl[ey] (to|with)) (the |its )?(dense|full[- ]precision|"
                      r"fp16|fp32|bf16|"
                      r"unquanti[sz]ed|uncompressed|unpruned|original)|"
                      # "accuracy holds up to 60% sparsity", "performance is unchanged"
                      r"(accuracy|performance|quality|perplexity) (\w+ )?(holds|is unchanged|"
                      r"(remains|stays) (unchanged|intact|stable|flat|the same))|"
                      r"(accuracy|performance|quality|perplexity) does not (drop|degrade|change))\b|"
                      + _TO_FULL.pattern
                      # "within 1% of the dense model": no \b after a '%'
                      + r"|\bwithin \d+(\.\d+)?\s*(%|(percentage )?points?\b|pp\b)"
                      + "|" + RETENTION.pattern
                      # "reduces SST-2 accuracy by less than 1%": a loss under a stated bound
                      + r"|\b(reduc|lower|drop|degrad|decreas|increas|cost|los|hurt)\w*\s+(the\s+)?([\w-]+\s+){0,2}"
                      r"(by\s+)?"
                      r"(less than|under|at most|no more than)\s+\d",
                      re.IGNORECASE)
# "able to mostly preserve the LLMs' performance": a hedged no-loss is no claim of no loss
_HEDGED = re.compile(r"\bnot (?:always|consistently|necessarily|uniformly)\b|"
                     r"\b(?:mostly|largely|partly|partially|nearly|almost|roughly)\s+(?:\w+\s+)?(?:preserv|maintain|"
                     r"retain|match|recover|clos)\w*"
                     # "retains most of the accuracy", "retains some / reasonable accuracy": not all of it
                     r"|\b(?:retain|preserv|maintain|keep|recover)\w*\s+(?:(?:most|much|the bulk|a large (?:part|share|"
                     r"fraction))\s+of\b|some\b|part of\b|"
                     r"(?:a\s+)?(?:reasonable|acceptable|decent|good|usable|useful|competitive)\b)",
                     re.IGNORECASE)
# activations or the KV cache quantised: not the weight-only runs
_KV_CACHE = re.compile(r"\b(?:KV|key-value|kv)[- ]cache\b|\bKV\b", re.IGNORECASE)
# "without quantizing the KV cache", "the KV cache stays in FP16": the cache named, not quantised
_KV_UNQUANTISED = re.compile(r"\b(?:without|not|never|no)\b[^.;]{0,30}\b(?:KV|key-value)\b"
                             r"|\b(?:KV|key-value)[- ]cache\s+(?:stays|remains|is kept|kept)\s+(?:in\s+)?"
                             r"(?:FP16|BF16|full precision|16[- ]bits?)", re.IGNORECASE)
_ACTIVATIONS = re.compile(r"\bactivations?\b|\bKV\b|\b(?:key-value|kv) cache\b", re.IGNORECASE)
_BETTER = re.compile(r"\b(outperform\w*|better|beats?|superior|higher (?:[\w-]+ ){0,2}accuracy|more accurate|"
                     # "LSQ is 3.5 points higher than RTN": points of accuracy
                     r"(?:percentage )?points? (?:higher|above) than|"
                     # "SmoothQuant avoids the significant accuracy drop of naive W8A8 quantization"
                     r"avoid\w* (?:the )?(?:[\w-]+ ){0,2}(?:drop|loss|degradation|collapse)s? of|"
                     r"(?:lower\w*|reduc\w+) (?:the )?(?:[\w-]+ ){0,2}perplexity|improv\w*|"
                     # "QAT recovers most of the accuracy lost by PTQ": above the method that lost it
                     r"recover\w* (?:most|much|some|part|the bulk) of the (?:accuracy|performance|quality) lost|"
                     # "QAT incurs a smaller degradation than PTQ", "GPTQ loses less accuracy than RTN"
                     r"(?:smaller|lower|less|milder) (?:accuracy |performance )?(?:drop|loss|degradation|decline)|"
                     # "Wanda's accuracy drop at 50% sparsity is smaller than magnitude pruning's"
                     r"(?:drop|loss|degradation|decline)s? (?:[\w%-]+ ){0,4}(?:is|are|was|were) (?:\w+ )?"
                     r"(?:smaller|lower|less|milder) than|"
                     r"los(?:es|e|ing) less(?! than\s*[\d.]))\b",
                     re.IGNORECASE)
# the pruning methods the bundles run (a generic mention, an N:M pattern, essential sparsity: one-shot magnitude)
_PRUNERS_RUN = {"", "magnitude", "wanda", "n:m", "essential sparsity"}
# the QAT the bundles run (a generic mention: "QAT", "quantization-aware training")
_QAT_RUN = {"", "lsq", "ste", "qat", "quantization-aware training", "quantisation-aware training"}
# "our 3-bit model" (no family named: not even "QAT" or "pruned" to pick a stand-in by): the paper's
# own compressed model, made by its own method
_OUR_COMPRESSED = re.compile(r"\bour (?:[\w-]+ )?(?:\d(?:\.\d+)?-bits?|W\dA\d+|quanti[sz]ed|pruned|sparse|"
                             r"sparsified|compressed|ternary|binary|binari[sz]ed|low-bit) (?:[\w-]+ )?models?\b",
                             re.IGNORECASE)
# a QAT baseline ("STE-based QAT", "LSQ", "quantization-aware training with a straight-through estimator")
_QAT_VARIANT = re.compile(r"\bQAT\b|quanti[sz]ation[- ]aware|\bSTE\b|straight[- ]through|\bLSQ\b|learned step",
                          re.IGNORECASE)
# what a comparison that names no metric may be about besides model quality
_COST = re.compile(r"\b(cost\w*(?!\s+(?:\d+(?:\.\d+)?\s*)?(?:more\s+|less\s+|fewer\s+)?(?:points?|accuracy|pp\b|"
                   r"percentage|%))|time|faster|slower|speed\w*|latency|throughput|memory|energy|FLOPs?|efficien\w*|"
                   r"hardware|compute|storage|size|footprint|GPU[- ]hours?)\b", re.IGNORECASE)
_QUALITY_METRICS = {"perplexity", "pass@k", "exact match", "BLEU", "ROUGE", "CIDEr", "accuracy", "error", "loss", "F1"}
_QUALITY_WORDS = re.compile(r"\b(accuracy|accurate|perplexity|performance|degradation|quality|exact[- ]match|"
                            r"pass@\d|F1|zero-shot|downstream|reconstruction error|lossless)\b", re.IGNORECASE)
_DISTILLED = re.compile(r"\b(?:knowledge[- ])?distill\w*|\bKD\b|\bteacher\b|\bself-distill\w*", re.IGNORECASE)
# "recovers 90% of the accuracy gap", "closes 80% of the gap to full precision"
# "closes most of the gap to full precision", "narrows the accuracy gap": a share in words, or none
_GAP_SHARE = re.compile(r"\b(?:recover|clos|bridg|reduc|shrink|narrow)\w*\s+"
                        r"(?:(?:over |more than |about |roughly |at least |up to )?\d+(?:\.\d+)?\s*%|"
                        r"most|much|part|some|half|(?:nearly|almost) all|a (?:large|significant|substantial) "
                        r"(?:part|portion|fraction))\s+of\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}"
                        r"(?:gap|loss|drop|degradation|difference)s?\b"
                        r"|\b(?:narrow|shrink|reduc)\w*\s+(?:the\s+|its\s+)?(?:accuracy\s+|performance\s+)?gap\b",
                        re.IGNORECASE)
# a change of the calibration data itself: "increasing the calibration set from 128 to 1024 samples improves ..."
_CALIBRATION_SWEEP = re.compile(r"\b(?:increas|decreas|enlarg|doubl|vary|varying|scal)\w*\s+(?:the\s+)?"
                                r"(?:number of\s+|size of (?:the\s+)?|amount of\s+)?calibration\b"
                                r"|\bcalibration (?:set|data|samples?|sequences?|tokens?)(?: size)?\s+from\s+\d+"
                                r"|\bmore calibration (?:data|samples|sequences|tokens)\s+"
                                r"(?:improves?|helps?|leads?)\b",
                                re.IGNORECASE)
_COMBINED = re.compile(r"\bcombin\w*\b[^.;]{0,60}?\bwith\b|\bin (?:combination|conjunction) with\b|\bon top of\b|"
                       r"\b(?:AWQ|GPTQ|SmoothQuant|Wanda|SparseGPT|QAT|RTN)\s*\+\s*\w", re.IGNORECASE)
# "the optimal fraction of training spent in QAT grows with compute"
_QAT_SHARE = re.compile(r"\b(fraction|share|proportion|portion|percentage|ratio)\b[^.;]{0,80}?\b"
                        r"(compute|budgets?|FLOPs?|training (?:steps|tokens|time))\b|"
                        r"\b(compute|budget)\b[^.;]{0,80}?\b(fraction|share|"
                        r"proportion|portion)\b", re.IGNORECASE)
_GROWS = re.compile(r"\b(grows?|growing|increas\w*|ris\w*|larger|more|higher)\b", re.IGNORECASE)
_SHRINKS = re.compile(r"\b(shrinks?|shrinking|decreas\w*|falls?|falling|smaller|less|lower|fewer)\b", re.IGNORECASE)


_ALIGN = 64  # int8 and fp8 GEMMs want dimensions in multiples of 16; 64 suits every tile


def _dim_reason(dim: int) -> str:
    aligned = _aligned(dim)
    return (f"at n = k = {aligned}" + (f" ({dim} rounded up to a multiple of {_ALIGN} for the kernels)"
                                       if aligned != dim else "")
            + "; square weights stand in for the claim's layer")


def _aligned(dim: int) -> int:
    return -(-dim // _ALIGN) * _ALIGN


def _matrix_dim(claim: Claim) -> int | None:
    """The matrix dimension a speed claim names: "hidden size 20560" in its text, or a number in the
    column or row header of its table cell ("Small / 768"), from 128 up."""
    m = _DIM_IN_TEXT.search(claim.statement)
    if m and m.group(1):
        return int(m.group(1))
    if m and m.group(2) == m.group(3):
        return int(m.group(2))
    # "the 2:4 sparse matmul reaches 1.6x at 8192x8192": a square shape in a sentence about matrix products
    sq = _SQUARE.search(claim.statement)
    if m is None and sq is not None and sq.group(1) == sq.group(2) and _MATMUL.search(claim.statement):
        return int(sq.group(1))
    for key in ("column_header", "row_header"):
        header = (claim.conditions or {}).get(key) or ""
        dims = [int(d) for d in _DIM_IN_HEADER.findall(header) if int(d) >= 128]
        if len(dims) == 1:
            return dims[0]
    return None


def _methods_named(text: str) -> set[str]:
    """The compression methods a sentence names (a generic mention by its family: "QAT", "PTQ")."""
    return {(m.name or m.family.value).lower() for _, _, m in find_methods(text)}


def _other_method(text: str, name: str, family) -> str | None:
    """The first compression method a sentence names other than the claim's own (its name, or its
    family for a generic mention: "PTQ", "QAT"), or None."""
    own = name.lower()
    for _, _, m in find_methods(text):
        label = method_label(m)
        if (m.name or "").lower() == own and (own or m.family == family):
            continue
        return label
    return None


# "fails to keep accuracy", "cannot maintain", "does not preserve": a no-loss phrase negated
_NEGATED = re.compile(r"(?:\bfail(?:s|ed|ing)?\s+to|\bunable\s+to|\bcannot|\bcan't|\bnot|\bnever)\s+$", re.IGNORECASE)


def _states_no_loss(text: str) -> bool:
    """Whether a no-loss phrase of the sentence is asserted, not negated ("fails to keep accuracy")."""
    # "neither RTN nor GPTQ retains useful accuracy": negated from the sentence's start
    return any(not _NEGATED.search(text, max(0, m.start() - 24), m.start())
               and not re.search(r"\b(?:neither|none of)\b", text[:m.start()], re.IGNORECASE)
               for m in _NO_LOSS.finditer(text))


def _against_method(text: str, name: str, family) -> bool:
    """Whether a sentence names another compression method to measure against: one by name ("lags
    behind GPTQ") or the other training regime ("QAT lags PTQ"); a generic "sparsity" or
    "quantization" is the setting itself."""
    own = name.lower()
    # an N:M pattern ("2:4 sparsity") is a setting, not a method to measure against
    return any((m.name and m.name.lower() not in (own, "n:m") and own != "n:m")
               or (not m.name and m.family in (MethodFamily.ptq, MethodFamily.qat) and m.family != family)
               for _, _, m in find_methods(text))


def _bits(claim: Claim) -> int | None:
    """The claim's weight width: its field, else the first width its statement names. A width of 16
    bits or more ("closing the gap to FP16") is the full-precision reference, not a width a
    compression method runs at: the first lower width named, else None."""
    if claim.bits is not None and claim.bits < 16:
        return int(round(claim.bits))
    return next((w for w in widths_named(claim.statement) if w < 16), None)


def _direction(clause: str) -> int | None:
    """+1 when a clause says its subject grows, -1 when it shrinks, None when it says both."""
    grows, shrinks = bool(_GROWS.search(clause)), bool(_SHRINKS.search(clause))
    if grows and shrinks:
        return None
    return -1 if shrinks else 1 if grows else 0


def _share_trend_sign(text: str) -> str | None:
    """'+' when the QAT share grows with compute, '-' when it shrinks, None when unclear.

    The share's own clause and the compute clause ("as the budget shrinks", "As compute
    increases, ...") each give a direction; the compute clause defaults to growing compute.
    """
    lead = re.match(r"^\s*(?:as|when|while|with)\b([^,]+),(.*)$", text, re.IGNORECASE)
    if lead:
        compute, share = lead.group(1), lead.group(2)
    else:
        m = re.search(r"\b(?:fraction|share|proportion|portion|percentage|ratio)\b", text, re.IGNORECASE)
        rest = text[m.end():] if m else text
        # "... as compute grows", "... is larger for larger budgets"
        split = re.search(r"\b(?:as|when|while|with)\b|\b(?:for|at)\b(?=\s+(?:larger|bigger|higher|greater|smaller|"
                          r"lower|more|fewer|less|longer|shorter)\b)", rest, re.IGNORECASE)
        share, compute = (rest[:split.start()], rest[split.end():]) if split else (rest, "")
    s_share, s_compute = _direction(share), _direction(compute)
    if not s_share or s_compute is None:
        return None
    return "+" if s_share * (s_compute or 1) > 0 else "-"


# "faster than", "speeds up"; "slower than": a speed direction with no factor (not "not faster", "2x faster")
_FASTER = re.compile(r"\b(?:faster|quicker|speeds? up|accelerat\w*)\b", re.IGNORECASE)
_SLOWER = re.compile(r"\b(?:slower|slows? down)\b", re.IGNORECASE)
_SPEED_NEGATED = re.compile(r"\b(?:not|no|never|n't|neither|nor|without|only)\b", re.IGNORECASE)
# "for small matrices", "at large batch sizes": which shapes the claim means, which a sweep does not say
_SHAPE_SCOPE = re.compile(r"\b(?:small|smaller|large|larger|big|tiny|huge|short|long)\w*\s+(?:\w+\s+)?"
                          r"(?:matri(?:x|ces)|shapes?|sizes?|dimensions?|batch(?:es| sizes?)?|sequences?|layers?|"
                          r"models?|GEMMs?)\b", re.IGNORECASE)


# "larger models", "as model size grows", "with increasing model scale", "the 13B model ... than the 7B model"
_SIZE_AXIS = re.compile(r"\b(?:larger|bigger|smaller)\s+(?:language\s+)?models\b|"
                        r"\bmodel (?:size|scale)s?\s+(?:grows?|increases?|decreases?|shrinks?)\b|"
                        r"\bas (?:the )?models? (?:grows?|gets? larger|scales?(?: up)?)\b|"
                        r"\bwith (?:increasing|growing|larger|decreasing) model (?:size|scale)\b|"
                        r"\b\d+(?:\.\d+)?[BM]\s+models?\b[^.;]{0,80}?\bthan (?:the |a )?\d+(?:\.\d+)?[BM]\b",
                        re.IGNORECASE)


def _across_sizes(text: str) -> str | None:
    """The words of a claim that compares models or model sizes ("larger models suffer less", "OPT-66B
    ... than OPT-6.7B", "LLaMA models ... compared to models like OPT"), or None."""
    if (m := _SIZE_AXIS.search(text)) is not None:
        return m.group(0)
    models = find_models(text)
    if len({name for _, _, name in models}) >= 2:
        first, second = models[0], next(m for m in models if m[2] != models[0][2])
        if re.search(r"\bthan\b|\bversus\b|\bvs\.?\b|\bcompared (?:to|with)\b", text[first[1]:second[0]],
                     re.IGNORECASE):
            return text[first[0]:second[1]]
    return None


def _speed_direction(text: str) -> Quantity | None:
    """At least 1x for "A is faster than B", less than 1x for "A is slower than B", when that is all
    a speed claim states: None for a negated or hedged one, both directions, or a shape scope the
    sweep's shapes do not stand for ("slower for small matrices")."""
    fast, slow = _FASTER.search(text), _SLOWER.search(text)
    if (fast is None) == (slow is None) or _SPEED_NEGATED.search(text) or _SHAPE_SCOPE.search(text):
        return None
    m = fast or slow
    return Quantity(value=1.0, unit="x", qualifier="at_least" if fast else "less_than", text=m.group(0))


def plan_claim(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str = "smoke",
               device: str = "cpu") -> ReproPlan | Untestable:
    """The plan that tests ``claim`` (named ``ref`` in the store), or why there is none.

    Where no bundle tests the claim at ``size`` but one does at full size on a GPU (a perplexity
    claim SmolLM2 tests, a kernel speed-up), the reason says so instead of "no bundle". A claim the
    paper cites from other work (``conditions["cited"]``) is not this paper's result: not tested.
    """
    if cited := claim.conditions.get("cited"):
        # "Platinum also reports that ... 53.5% ... of its power [24]": the paper passes on another work's
        # finding; reproducing it would not test this paper (verifier.extract.cited_sources)
        source = cited[1:-1] if cited.startswith("(") and cited.endswith(")") and ";" not in cited else cited
        return untestable(ref, UntestableCategory.not_a_result,
                          f"it reports another work's finding ({source}), not a result of this paper")
    plan = _plan_compound(claim, ref, bundles, size=size, device=device)
    if size != "full" and isinstance(plan, Untestable) and plan.category is UntestableCategory.no_bundle:
        at_full = _plan_claim(claim, ref, bundles, size="full", device="cuda")
        if isinstance(at_full, ReproPlan):
            return untestable(ref, UntestableCategory.not_testable_offline,
                              f"{at_full.bundle_id} tests it at full size on a GPU ({at_full.reason}); nothing does at "
                              f"size {size!r}: rerun with --size full --device cuda on a GPU machine")
    return plan


def _plan_compound(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str,
                   device: str) -> ReproPlan | Untestable:
    """A sentence that makes two claims ("8-bit costs nothing, while 4-bit RTN loses 5 points"):
    the plan of its first clause a bundle tests, with the other clauses named untested; else the
    sentence planned whole. A knee claim ("holds up to 50%, but falls sharply beyond") is one claim."""
    parts = [] if read_knee(claim.statement) else clause_claims(claim)
    return _first_planned(
        claim, parts, lambda c: _plan_subjects(c, ref, bundles, size=size, device=device),
        said=lambda part: f"the clause {part.statement!r}",
        left=lambda part, _: f"what its other clause says ({part.statement!r})")


def _plan_subjects(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str,
                   device: str) -> ReproPlan | Untestable:
    """A sentence that says the same of several methods ("Both magnitude pruning and Wanda retain
    accuracy at 50% sparsity", ``verifier.subjects``): the plan of the first subject a bundle tests,
    with what it says of the others named untested; else the sentence planned whole."""
    subjects = subject_claims(claim)
    all_of = members_text(subjects) if subjects else ""
    return _first_planned(
        claim, subjects, lambda c: _plan_claim(c, ref, bundles, size=size, device=device),
        said=lambda one: f"the subject {method_label(one.method)} of {all_of}",
        left=lambda one, tested: f"what it says of {method_label(one.method)} (the claim says it of {all_of}; "
                                 f"this plan tests {method_label(tested.method)})")


def _first_planned(claim: Claim, parts: list[Claim], plan, *, said, left) -> ReproPlan | Untestable:
    """``plan(claim)`` when ``parts`` is empty; else the plan of the first part a bundle tests, its
    reason ending in ``said(that part)`` and ``left(part, that part)`` named untested for each other
    part. When no part is testable: why, as the sentence says it (unless the whole sentence plans)."""
    if not parts:
        return plan(claim)
    planned = [plan(part) for part in parts]
    first = next((i for i, p in enumerate(planned) if isinstance(p, ReproPlan)), None)
    if first is None:
        whole = plan(claim)
        return whole if isinstance(whole, Untestable) else planned[0]
    chosen = planned[first]
    return chosen.model_copy(update={
        "untested": [*chosen.untested, *(left(part, parts[first]) for i, part in enumerate(parts) if i != first)],
        "reason": f"{chosen.reason} ({said(parts[first])})"})


def _as_loss(plan: ReproPlan | Untestable, loss: Quantity | None, increase: tuple[Quantity | None, str] | None
             ) -> ReproPlan | None:
    """The no-loss plan of a setting turned into the test of the loss a claim states: the setting
    worse than its uncompressed baseline, with the stated loss as the margin (``verifier.losses``):
    accuracy points (``loss``), or a perplexity increase (``increase``: in % of the baseline's
    perplexity, compared relatively; in perplexity points or as a factor only the direction, the
    size untested). None when the setting's plan compares neither (a knee, a controlled W8A8 test)."""
    if not isinstance(plan, ReproPlan) or plan.control is not None:
        return None
    exp = plan.expected
    if not (isinstance(exp, Comparison) and exp.op == "equal"):
        return None
    if loss is not None and not exp.relative and plan.metric_unit == "fraction":
        margin, words, untested = loss, loss.text, []
    elif increase is not None and exp.relative and plan.metric_unit == "perplexity":
        margin, words = increase
        untested = [] if margin is not None else [
            f"the size of the increase the claim states ({words!r}): a perplexity gap on the claim's model does not "
            "carry over to the stand-in"]
    else:
        return None
    what = "perplexity" if plan.metric_unit == "perplexity" else "accuracy"
    return plan.model_copy(update={
        "expected": Comparison(baseline_metric=exp.baseline_metric, op="worse", margin=margin, relative=exp.relative,
                               text=f"the setting's {what} is worse than "
                                    f"{'the baseline' if exp.relative else 'the uncompressed model'}'s ({words})"),
        "tolerance": None, "untested": [*plan.untested, *untested],
        "reason": f"{plan.reason}; judged as the loss the claim states ({words!r}: the direction"
                  + (", and its size as the margin)" if margin is not None else ")")})


# the extractor's denied no-loss verbs ("cannot match", "fails to preserve"; lexicon.DENIED_EQUAL), and
_DENIED_KEEP = re.compile("|".join(lexicon.DENIED_EQUAL)
                          # "neither magnitude pruning nor Wanda preserves accuracy at 90% sparsity", "none of
                          # the PTQ methods match full precision", "neither pruning method matches the dense model"
                          + r"|\b(?:neither|none of)\b[^.;]{0,60}?\b(?:match|preserv|maintain|retain|keep)\w*",
                          re.IGNORECASE)
# "unable to preserve accuracy beyond 50% sparsity": the failure lies above the share named, not at it
_BEYOND_SHARE = re.compile(r"\b(?:beyond|above|past|over|more than)\s+\d+(?:\.\d+)?\s*%", re.IGNORECASE)


def _denied_keep(plan: ReproPlan | Untestable) -> ReproPlan | None:
    """A setting's no-loss plan turned into the test of a claim that it does not keep its
    baseline's quality ("cannot match full precision"): worse than the baseline, no size stated."""
    if not isinstance(plan, ReproPlan) or plan.control is not None:
        return None
    exp = plan.expected
    if (isinstance(exp, Quantity) and exp.qualifier == "at_least" and plan.metric.endswith("_knee_sparsity")
            and exp.value is not None):
        # "holds up to 90%" read on the knee (no score at 90% itself), denied: the knee lies below 90%
        return plan.model_copy(update={
            "expected": exp.model_copy(update={"qualifier": "less_than"}),
            "reason": plan.reason.replace(f"holds up to {exp.text}", f"does not hold at {exp.text}")
                      .replace(f"being at least {exp.text}", f"lying below {exp.text}")})
    if not (isinstance(exp, Comparison) and exp.op == "equal"):
        return None
    return plan.model_copy(update={
        "expected": Comparison(baseline_metric=exp.baseline_metric, op="worse", relative=exp.relative,
                               text=f"not so: {exp.text} (the claim denies it)"),
        "tolerance": None,
        "reason": f"{plan.reason}; the claim denies that it keeps the baseline's quality: judged as worse than it"})


# a loss said in words, without its size: large ("severely degrades", "collapses", "completely fails") or
# small ("only slightly worse", "a minor degradation", "a small accuracy drop")
_LOSS_NOUN = (r"(?:accuracy |perplexity |performance |quality )?"
              r"(?:drops?|loss(?:es)?|degradations?|decreases?|declines?|reductions?|increases?|hits?)")
_LARGE_LOSS = re.compile(r"\b(?:significant|substantial|severe|large|huge|dramatic|drastic|considerable|catastrophic|"
                         rf"heavy|massive|major|big)\s+{_LOSS_NOUN}\b"
                         r"|\b(?:significantly|substantially|severely|dramatically|drastically|considerably|"
                         r"catastrophically|heavily|greatly)\s+(?:degrad\w*|hurts?|harms?|worsens?|"
                         r"increas\w* (?:the )?perplexity|"
                         # "significantly reduces accuracy" (not "... reduces the perplexity gap": a gain)
                         r"(?:reduc\w*|lowers?|drops?|decreas\w*)\b(?!\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:perplexity|"
                         r"gap|error|loss|latency|memory|size|cost|footprint)))"
                         # "degrades WikiText-2 perplexity significantly": the adverb after what it degrades
                         r"|\b(?:degrad\w*|hurts?|harms?|worsens?|"
                         r"increas\w*(?= (?:the |its )?(?:[\w-]+ )?perplexity))\s+"
                         r"(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:accuracy|perplexity|performance|quality)\s+"
                         r"(?:significantly|substantially|severely|dramatically|drastically|considerably|greatly|"
                         r"heavily)\b"
                         r"|\bcollaps\w*|\b(?:completely|totally|entirely) fails?\b|\bfails? (?:completely|entirely)\b|"
                         # "RTN fails at 2 bits" (not "fails to converge")
                         r"\bfail(?:s|ed)? (?:at|below|beyond|under)\b|"
                         r"\bbreaks? down\b|\bunusable\b|\bnear[- ]zero (?:accuracy|exact match)\b|"
                         r"\bdegenerates? into random\b", re.IGNORECASE)
_SMALL_LOSS = re.compile(r"\b(?:only\s+)?(?:slightly|marginally|a little|a bit)\s+(?:worse|lower|less accurate|"
                         r"higher perplexity|degrad\w*|reduc\w*|decreas\w*|drops?)\b"
                         rf"|\b(?:an?\s+)?(?:small|slight|minor|minimal|marginal|modest|mild|tiny)\s+{_LOSS_NOUN}\b"
                         r"|\bdegrades? (?:only )?(?:slightly|marginally|mildly)\b", re.IGNORECASE)


# "no significant drop", "avoids the large accuracy loss", "without a sharp decline": not a loss
_UNSAID = re.compile(r"\b(?:no|without|not|never|nor|avoid\w*|prevent\w*|eliminat\w*|mitigat\w*|reduc\w*|"
                     r"remov\w*|recover\w*|fix\w*|solv\w*|overcom\w*|address\w*)\b(?:\s+(?:the|a|an|any|\w+))?"
                     r"\s*$", re.IGNORECASE)


def _loss_in_words(text: str) -> tuple[str, re.Match[str]] | None:
    """("small" / "large", the words) of a loss the sentence states in words, not negated."""
    for how, pattern in (("small", _SMALL_LOSS), ("large", _LARGE_LOSS)):
        for m in pattern.finditer(text):
            if not _UNSAID.search(text, max(0, m.start() - 40), m.start()):
                return how, m
    return None


def _unsized_loss(claim: Claim) -> tuple[str, re.Match[str]] | None:
    """("large" or "small", the words) for a claim that its setting loses quality against the
    uncompressed model and says how much only in words; None when it gives a number, compares
    two methods, or places a knee or a trend ("a sharp drop beyond 70% sparsity")."""
    text = claim.statement
    if stated_loss(text) is not None or stated_increase(text) is not None or _HEDGED.search(text):
        return None
    if claim.baseline and not FULL_BASELINE.search(claim.baseline):
        return None
    # two methods ("RTN suffers a larger drop than GPTQ"), not a method and the word "sparsity"
    named = {method_label(m) for _, _, m in find_methods(text)
             if m.name or m.family in (MethodFamily.qat, MethodFamily.ptq)}
    if len(named) >= 2 or knee_named(text) or read_knee(text) or read_axis(text) is not None:
        return None
    return _loss_in_words(text)


def _sized_by_words(claim: Claim, ref: str, bundles: dict[str, BundleInfo], said: tuple[str, re.Match[str]], *,
                    size: str, device: str) -> ReproPlan | None:
    """A loss in words, on the setting's no-loss plan: a small one is judged within the no-loss
    tolerance (what 'only slightly worse' promises a user), a large one as worse than the baseline,
    its size named untested."""
    how, words = said[0], said[1].group(0).strip()
    kept = _plan_one(claim, ref, bundles, size=size, device=device, as_no_loss=True)
    if not isinstance(kept, ReproPlan) or kept.control is not None:
        return None
    if how == "small":
        if not (isinstance(kept.expected, Comparison) and kept.expected.op == "equal"):
            return None
        return kept.model_copy(update={
            "expected": kept.expected.model_copy(update={"text": f"{kept.expected.text} (a loss the claim calls "
                                                                 f"{words!r}: within the tolerance)"}),
            "reason": f"{kept.reason}; a loss the claim calls small ({words!r}): judged within the no-loss tolerance"})
    lost = _denied_keep(kept)
    if lost is None:
        return None
    return lost.model_copy(update={
        "reason": lost.reason.replace("the claim denies that it keeps the baseline's quality",
                                      f"the claim states a loss in words ({words!r})"),
        "expected": lost.expected.model_copy(update={
            "text": f"worse than its baseline (the claim: {words!r})" if isinstance(lost.expected, Comparison)
            else lost.expected.text}),
        "untested": [*lost.untested, f"how large the loss is ({words!r}): only its direction is tested"]})


def _other_named(claim: Claim) -> Method | None:
    """The one other compression method a comparison names (in its baseline, else in its
    sentence: "worse than magnitude pruning" leaves the baseline "magnitude"), or None. A generic
    mention of the other training regime counts ("RTN lags behind QAT")."""
    own = method_label(claim.method) if claim.method else None

    def methods(text: str) -> list[Method]:
        return [m for _, _, m in find_methods(text) if method_label(m) != own and is_compared_method(m)]

    named = methods(claim.baseline or "") or methods(claim.statement)
    return named[0] if len({method_label(m) for m in named}) == 1 else None


# what GPTQ minimises layer by layer: a claim about it is tested on the layers, not on the model's accuracy
_LAYER_ERROR = re.compile(r"\b(?:reconstruction|layer(?:-wise)?(?: output)?|output) errors?\b", re.IGNORECASE)

_DYNAMIC_LEVELS = ("SmoothQuant-O1 and -O2 scale activations dynamically (per token, or per tensor at run time); the "
                   "W8A8 runs use static per-tensor scales, SmoothQuant's O3 level")
# W8A8 without SmoothQuant: "naive W8A8", "plain INT8", "W8A8 without SmoothQuant"
_NAIVE_W8A8 = re.compile(r"\b(?:naive|vanilla|plain|standard|basic)\s+(?:W8A8|INT8|8-bit)\b|"
                         r"\bW8A8\b[^.;]{0,30}\bwithout SmoothQuant\b", re.IGNORECASE)

_POINTS_BELOW = re.compile(r"\b\d+(?:\.\d+)?\s*(?:percentage\s+)?points?\s+below\b", re.IGNORECASE)
_ASYMMETRIC = re.compile(r"\basymmetric\b", re.IGNORECASE)
_SYMMETRIC = re.compile(r"(?<![\w-])symmetric\b", re.IGNORECASE)

# a relation that puts the method after it above the one before it: "worse than", "lags behind"
_WORSE_LINK = re.compile(r"\b(?:worse|less accurate|weaker|underperform\w*|lag(?:s|ged|ging)?(?: behind)?|"
                         r"trail(?:s|ed|ing)?|falls? behind|inferior to|"
                         # "RTN suffers a larger accuracy drop than GPTQ", "PTQ degrades accuracy more than QAT"
                         r"(?:larger|bigger|greater|more severe) (?:accuracy |performance )?(?:drop|loss|degradation|"
                         r"decline)|(?:higher|larger|worse) perplexity|"
                         r"(?:degrad\w*|los(?:es|e|ing)|hurts?) (?:\w+ )?more|"
                         # "RTN at 3 bits is 20 points below GPTQ"
                         r"points? below|"
                         # "RTN has lower accuracy than GPTQ", "RTN's accuracy is much lower than GPTQ's"
                         r"lower (?:accuracy|exact[- ]match) than|"
                         r"(?:accuracy|exact[- ]match) (?:is|was|are|were) (?:\w+ )?(?:lower|worse) than|"
                         # "PTQ cannot match QAT at 2 bits"
                         r"(?:cannot|can't|fails? to|unable to) (?:fully )?match)\b", re.IGNORECASE)


_NEGATION_BEFORE = re.compile(r"\b(?:not|never|no|cannot|neither|nor)\b[^.;,]*$|n't\b[^.;,]*$", re.IGNORECASE)


def _links(text: str, other: Method, relation: re.Pattern[str]) -> bool:
    """Whether ``other`` is named right after the ``relation`` ("worse than", "outperforms") in one
    clause of ``text`` ("RTN is far less accurate than GPTQ"; not "AWQ increases perplexity by 0.5,
    while GPTQ has 2.3 worse perplexity")."""
    mentions = [a for a, _, m in find_methods(text) if method_label(m) == method_label(other)]
    return any(0 <= a - link.end() <= 40 and not re.search(r"[,;]|\b(?:while|whereas|but)\b", text[link.end():a])
               # "RTN does not suffer a larger accuracy drop than GPTQ": the relation denied
               and not _NEGATION_BEFORE.search(text, max(0, link.start() - 30), link.start())
               for link in relation.finditer(text) for a in mentions)


def _as_win(claim: Claim, winner: Method, loser: str) -> Claim:
    return claim.model_copy(update={"method": winner, "baseline": loser, "direction": "better"})


def _reversed_plan(plan: ReproPlan | Untestable, winner: str, loser: str) -> ReproPlan | None:
    """A plan of "``loser`` beats ``winner``" turned into the test of the claim that ``loser`` is
    worse than ``winner`` (the same comparison, the other outcome expected); None if the plan is
    no such comparison. A stated size of the difference is left untested."""
    if not isinstance(plan, ReproPlan) or not isinstance(plan.expected, Comparison) or plan.expected.op != "better":
        return None
    exp = plan.expected
    untested = list(plan.untested) + ([f"the stated size of the difference ({exp.margin.text})"] if exp.margin else [])
    return plan.model_copy(update={
        "expected": exp.model_copy(update={"op": "worse", "margin": None,
                                           "text": f"{loser} is worse than {winner} (the reverse of: {exp.text})"}),
        "untested": untested,
        "reason": f"{plan.reason} (the claim says the reverse: {loser} is worse than {winner})"})


def _plan_sides(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str,
                device: str) -> ReproPlan | Untestable | None:
    """A claim that its method is worse than another named one, planned from whichever side a
    bundle compares: "RTN is less accurate than GPTQ" as GPTQ's win over RTN; "Wanda is worse than
    magnitude pruning" as the Wanda-vs-magnitude comparison with the other outcome expected. None
    when the claim is no such comparison or neither side plans."""
    if (claim.method is None or _BETTER.search(claim.statement) or _states_no_loss(claim.statement)
            # "RTN at 3 bits is 20 points below GPTQ": no direction word, the points below say it
            or claim.direction != "worse" and not (claim.direction is None and _POINTS_BELOW.search(claim.statement))):
        return None
    own = claim.method
    other = _other_named(claim)
    if other is None or not _links(claim.statement, other, _WORSE_LINK):
        return None
    direct = _plan_one(claim, ref, bundles, size=size, device=device)
    if isinstance(direct, ReproPlan):
        return direct  # a rule that reads it from this side ("RTN has higher perplexity than AWQ")
    plan = _plan_claim(_as_win(claim, other, method_label(own)), ref, bundles, size=size, device=device, as_better=True)
    if isinstance(plan, ReproPlan):
        return plan.model_copy(update={"reason": f"{plan.reason} (read from the other side: {method_label(other)} "
                                                 f"beats {method_label(own)})"})
    # "Wanda is worse than magnitude pruning": the bundle compares Wanda's win; the claim expects its loss
    return _reversed_plan(_plan_claim(_as_win(claim, own, method_label(other)), ref, bundles, size=size, device=device,
                                      as_better=True), method_label(other), method_label(own))


# "close to the dense 5.68", "versus 5.68 for FP16": the baseline's own level beside the claim's
_BASELINE_LEVEL = re.compile(r"\b(?:dense|full[- ]precision|FP16|FP32|BF16|uncompressed|unpruned|baseline|original)"
                             r"(?:\s+model)?(?:'s)?\s+(?:\w+\s+)?\d+(?:\.\d+)?\b|\d+(?:\.\d+)?\s+(?:for|of) (?:the )?"
                             r"(?:dense|full[- ]precision|FP16|FP32|BF16|uncompressed|unpruned|baseline|original)\b",
                             re.IGNORECASE)
# the model-quality measures whose level belongs to the model it was measured on
_QUALITY_LEVELS = frozenset(_QUALITY_METRICS - {"error", "loss"})
# a change, not a level: "drops from 0.45 to 0.30", "adds 0.5 points", "halves pass@1", "an increase of 0.3"
_CHANGE_WORDS = re.compile(r"\b(?:from|by|increas\w*|decreas\w*|drop\w*|halv\w*|doubl\w*|adds?|added|los[est]\w*|"
                           r"degrad\w*|reduc\w*|improv\w*|gap|rais\w*|lower\w*|fall\w*|fell|declin\w*)\b",
                           re.IGNORECASE)
# "does not match", "differs from": two settings differ, in no stated order
_BARE_MISMATCH = re.compile(r"\b(?:(?:does|do|did)\s+not|doesn't|don't)\s+match\b|\bdiffers?\s+from\b",
                            re.IGNORECASE)
# "perplexity exceeds 100", "keeps WikiText-2 perplexity below 30", "reaches a perplexity of 35", "yields 7.26
# perplexity": a level of perplexity (not "within 0.5 of", "by 2", "to 25.3": a bound or a change)
_PPL_LEVEL = re.compile(r"\bperplexit(?:y|ies)(?:\s+(?:on|of)\s+[\w-]+)?\s+(?:(?:of|is|was|at|reaches|reached|stays|"
                        r"remains|exceeds?|exceeding|surpass\w*|above|over|below|under|beyond|more than|less than|"
                        r"at most|at least|well|still|only|just|around|about|roughly|nearly|close to)\s+){1,3}"
                        r"\d+(?:\.\d+)?(?!\d|\.\d|\s*(?:%|bits?\b|points?\b|pp\b|x\b|tokens?\b|samples?\b|"
                        r"sequences?\b))"
                        r"|\b(?:reach\w*|achiev\w*|yield\w*|obtain\w*|attain\w*|gets?|scores?)\s+(?:a\s+|an\s+)?"
                        r"(?:[\w-]+\s+)?\d+(?:\.\d+)?\s+(?:[\w-]+\s+)?(?:perplexity|ppl)\b", re.IGNORECASE)
# "QAT does not outperform PTQ at 8 bits", "GPTQ is no better than RTN": a win denied (not "not only
# better", nor the hedged "does not always outperform")
_DENIED_WIN = re.compile(r"\bnot (?:true|the case) that\b|"
                         r"\b(?:(?:does|do|did|is|are|was|were|can|could|would)\s*(?:not|n't)|cannot|never|"
                         r"fail(?:s|ed)? to|no)\s+(?!only\b|always\b|consistently\b|necessarily\b|just\b)(?:\w+ly\s+)?"
                         r"(?:outperform\w*|better|beats?|surpass\w*|superior|improv\w*)\b", re.IGNORECASE)

# "Wanda's advantage over magnitude pruning disappears at 2:4 sparsity": a win denied at that setting (not a
# trend: "... disappears as the bit width grows" is read by verifier.trends)
_LOST_ADVANTAGE = re.compile(r"\b(?:advantage|benefit|gain|edge|lead|superiority)s?\b[^.;]{0,60}?\b(?:disappears?|"
                             r"vanish(?:es)?|is lost|goes away|no longer holds)\b", re.IGNORECASE)
# "QAT is not worse than RTN", "GPTQ is no worse than RTN", "RTN does not lag behind GPTQ", "at least as
# accurate as full precision": a loss denied
_DENIED_LOSS = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:not|no)|(?:is|are|was|were)n't|no|never|(?:does|do|did)\s*"
                          r"(?:not|n't)|doesn't|don't)"
                          r"\s+(?:\w+ly\s+)?(?:worse|less accurate|inferior|lag(?:s|ged|ging)?(?: behind)?|"
                          r"trail(?:s|ed|ing)?|underperform\w*|fall(?:s)? behind)\b|"
                          r"\bat least as (?:good|accurate) as\b",
                          re.IGNORECASE)


def _plan_denied_loss(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str,
                      device: str) -> ReproPlan | Untestable:
    """"A is no worse than B": A's loss to B at most the tolerance (judge op ``not_worse``), on the
    plan that compares A's win over B; against full precision, the setting's no-loss plan."""
    other = _other_named(claim)
    if other is not None and claim.method is not None:
        won = _plan_one(_as_win(claim, claim.method, method_label(other)), ref, bundles, size=size, device=device,
                        as_better=True)
        if isinstance(won, ReproPlan) and isinstance(won.expected, Comparison) and won.expected.op == "better":
            return _no_worse(won)
        # the bundle compares the other's win: "A no worse than B" is "B does not beat A"
        lost = _plan_one(_as_win(claim, other, method_label(claim.method)), ref, bundles, size=size, device=device,
                         as_better=True)
        return _denied_win(lost) or untestable(ref, UntestableCategory.no_bundle,
                                               "it denies a loss that no bundle's comparison tests")
    kept = _plan_one(claim, ref, bundles, size=size, device=device, as_no_loss=True)
    if isinstance(kept, ReproPlan) and isinstance(kept.expected, Comparison) and kept.expected.op == "equal":
        return _no_worse(kept)
    return kept if isinstance(kept, Untestable) else untestable(
        ref, UntestableCategory.no_bundle, "it denies a loss that no bundle's comparison tests")


def _no_worse(plan: ReproPlan) -> ReproPlan:
    """A comparison plan turned into the test of "A is no worse than B": B's win at most the
    tolerance (a point of accuracy, 1% of a perplexity, none on other metrics)."""
    exp = plan.expected
    relative = exp.relative or plan.metric_unit == "perplexity"
    tol = exp.tolerance if exp.op == "equal" and exp.tolerance is not None else (
        PPL_NO_LOSS if relative else (EQUAL_TOLERANCE if plan.metric_unit == "fraction" else 0.0))
    return plan.model_copy(update={
        "expected": exp.model_copy(update={"op": "not_worse", "margin": None, "tolerance": tol, "relative": relative,
                                           "text": f"no loss to the other ({exp.text}, or equal within "
                                                   + (f"{tol:.0%})" if relative else f"{tol:g})")}),
        "tolerance": None,
        "reason": f"{plan.reason}; the claim denies a loss: judged as no loss beyond "
                  + (f"{tol:.0%} of the other's {plan.metric_unit or 'value'}" if relative else f"{tol:g}")})


_HEDGED_DENIAL = re.compile(r"\bnot\s+(?:always|consistently|necessarily|uniformly)\s+(?:\w+ly\s+)?"
                            r"(?:outperform\w*|better|beats?|surpass\w*|superior|improv\w*)\b", re.IGNORECASE)


def _denied_win(plan: ReproPlan | Untestable) -> ReproPlan | None:
    """A plan of "A beats B" turned into the test of "A does not beat B": A's win at most the
    tolerance (a point of accuracy; 1% of a perplexity; none on other metrics)."""
    if not isinstance(plan, ReproPlan) or not isinstance(plan.expected, Comparison) or plan.expected.op != "better":
        return None
    exp = plan.expected
    relative = exp.relative or plan.metric_unit == "perplexity"  # perplexities: a share of the other's
    tol = PPL_NO_LOSS if relative else (EQUAL_TOLERANCE if plan.metric_unit == "fraction" else 0.0)
    untested = list(plan.untested) + ([f"the stated size of the difference ({exp.margin.text})"] if exp.margin else [])
    return plan.model_copy(update={
        "expected": exp.model_copy(update={"op": "not_better", "margin": None, "tolerance": tol, "relative": relative,
                                           "text": f"not so: {exp.text} (the claim denies it)"}),
        "untested": untested,
        "reason": f"{plan.reason}; the claim denies the win: judged as no win beyond "
                  + (f"{tol:.0%} of the other's {plan.metric_unit or 'value'}" if relative else f"{tol:g}")})


def _qat_beats(claim: Claim, ref: str, b: BundleInfo, qat: str, label: str, other: str, other_label: str,
               bits: int, *, named_width: bool, size: str, device: str) -> ReproPlan | Untestable:
    """QAT (``qat``: qat_lsq or qat_ste) beating ``other`` (the other QAT, or GPTQ), both scored by the
    QAT-vs-PTQ panel at ``bits`` in the same runs."""
    return make_plan(ref, b, claim, metric=f"{qat}_w{bits}_exact_match",
                     expected=Comparison(baseline_metric=f"{other}_w{bits}_exact_match", op="better",
                                         text=f"{label} beats {other_label} at {bits} bits"),
                     rule="paired_difference", size=size, device=device,
                     reason=f"{label} vs {other_label} at {bits} bits on a proxy model"
                            + ("" if named_width else " (the claim names no width: 4 bits)"),
                     untested=width_scope(claim, bits))


def _beats_rtn_on_panel(claim: Claim, ref: str, b: BundleInfo, stem: str, bits: int, *, size: str, device: str,
                        text: str, reason: str) -> ReproPlan | Untestable:
    """``stem`` (gptq, qat_lsq, qat_ste) at ``bits`` beating RTN in the QAT-vs-PTQ panel's exact
    match, RTN at the width the claim gives it; ``text`` and ``reason`` with ``{at}`` for the widths."""
    rb = baseline_width(claim, bits, (8, 4, 3, 2))
    at = f"at {bits} bits" if rb == bits else f"at {bits} bits against RTN at {rb}"
    return make_plan(ref, b, claim, metric=f"{stem}_w{bits}_exact_match",
                     expected=Comparison(baseline_metric=f"rtn_w{rb}_exact_match", op="better",
                                         text=text.format(at=at)),
                     rule="paired_difference", size=size, device=device, reason=reason.format(at=at),
                     untested=width_scope(claim, bits, rb) + baseline_scope(claim, "RTN"))


# what the bundles do measure of each family, for a claim of that family that none of the rules plans
_PRUNING_RUNS = ("the pruning runs measure magnitude and Wanda masks against the dense model (the loss at one "
                 "sparsity, the knee of the sweep, a trend over sparsity), Wanda against magnitude, 2:4 against "
                 "unstructured, and pruning followed by QAT; the claim states none of these relations")
_MEASURED = {
    MethodFamily.pruning: _PRUNING_RUNS,
    MethodFamily.sparsity: _PRUNING_RUNS,
    MethodFamily.ptq: ("the PTQ runs measure RTN and GPTQ (AWQ and W8A8 methods on SmolLM2) against full precision "
                       "and against each other, per-group against per-channel grids, and trends over bit widths; "
                       "the claim states none of these relations"),
    MethodFamily.qat: ("the QAT runs measure LSQ and STE QAT against full precision and against RTN or GPTQ at 8/4/3/2 "
                       "bits, trends over bit widths, and the QAT share of a training budget; the claim states none "
                       "of these relations"),
    MethodFamily.quantization: ("the quantisation runs measure RTN, GPTQ and QAT against full precision and against "
                                "each other at 8/4/3/2 bits, per-group against per-channel grids, and trends over "
                                "bit widths; the claim states none of these relations"),
    None: "the claim states none of the relations the bundles measure (see verifier match's rules)",
}


def _plan_claim(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str, device: str,
                as_no_loss: bool = False, read_loss: bool = True, as_better: bool = False) -> ReproPlan | Untestable:
    """The plan of one claim (one clause): :func:`_plan_one`, with a comparison of two named methods
    also read from the other side (a claim that one is worse, a win the bundles compare the other
    way round), a denied win ("does not outperform") and a denied no-loss ("fails to match full
    precision") tested as such, and "QAT recovers the accuracy lost by PTQ" as QAT's no-loss."""
    if as_better or as_no_loss:
        return _plan_one(claim, ref, bundles, size=size, device=device, as_no_loss=as_no_loss, read_loss=read_loss,
                         as_better=as_better)
    if _DENIED_LOSS.search(claim.statement):
        return _plan_denied_loss(claim, ref, bundles, size=size, device=device)
    if (sided := _plan_sides(claim, ref, bundles, size=size, device=device)) is not None:
        return sided
    if _HEDGED_DENIAL.search(claim.statement):
        return untestable(ref, UntestableCategory.underspecified, "it says a method does not always win: no setting "
                                                                  "where it loses is named to test")
    if (_DENIED_KEEP.search(claim.statement) and not _HEDGED.search(claim.statement)
            and not _BEYOND_SHARE.search(claim.statement)
            and (not claim.baseline or FULL_BASELINE.search(claim.baseline))
            # "2:4 pruning does not match unstructured pruning": a relation of two masks, not a loss against
            # the dense model
            and not names_two_masks(claim.statement)):
        # "RTN fails to match full precision at 3 bits": the setting's no-loss plan, its loss expected (a
        # knee read of "fails to preserve accuracy at 50% sparsity" is planned as such below)
        denied = _denied_keep(_plan_one(claim, ref, bundles, size=size, device=device, as_no_loss=True))
        if denied is not None:
            return denied
    if (read_loss and (said := _unsized_loss(claim)) is not None
            and (plan := _sized_by_words(claim, ref, bundles, said, size=size, device=device)) is not None):
        # "RTN at 2 bits completely fails", "4-bit QAT causes only a minor degradation": a loss with no number
        return plan
    if (share := _GAP_SHARE.search(claim.statement)) is not None:
        # "at 2 bits, QAT recovers 90% of the accuracy gap between PTQ and full precision": (QAT - PTQ) /
        # (FP - PTQ), a share no run computes; its direction, QAT above PTQ, is what the runs can test
        # the gap is to full precision; what is closed is the other method's distance from it ("the gap between
        # RTN and FP16"), PTQ's for QAT when no other is named
        other = _other_named(claim)
        base = (claim.baseline if claim.baseline and not FULL_BASELINE.search(claim.baseline)
                else method_label(other) if other is not None else "PTQ")
        # a gap to full precision is one of model quality, though the sentence names no metric
        quality = {} if claim.metric else {"metric": "accuracy", "metric_direction": "higher"}
        won = _plan_one(claim.model_copy(update={"direction": "better", "baseline": base, **quality}), ref,
                        bundles, size=size, device=device, as_better=True)
        if isinstance(won, ReproPlan) and isinstance(won.expected, Comparison) and won.expected.op == "better":
            return won.model_copy(update={"untested": [*won.untested, f"the share of the gap it recovers "
                                                                      f"({share.group(0).strip()!r}): only that it "
                                                                      "beats the other is tested"]})
        return untestable(ref, UntestableCategory.no_bundle, f"a share of an accuracy gap ({share.group(0).strip()!r}):"
                                                             " no run computes it")
    if ((lost := _RECOVERS_PTQ_LOSS.search(claim.statement)) is not None
            and (qat := next((m for a, _, m in find_methods(claim.statement[:lost.start()])
                              if m.family is MethodFamily.qat), None)) is not None):
        # "QAT recovers the accuracy lost by PTQ at 4 bits": QAT keeps full-precision accuracy there (the
        # QAT method is the subject, though "RTN" may be the method the sentence names)
        kept = _plan_one(claim.model_copy(update={"method": qat, "baseline": None}), ref, bundles, size=size,
                         device=device, as_no_loss=True)
        if isinstance(kept, ReproPlan):
            left = f"that {lost.group('by')} loses accuracy there (the loss the claim says QAT recovers)"
            return kept.model_copy(update={"untested": [*kept.untested, left]})
    if _DENIED_WIN.search(claim.statement) or (_LOST_ADVANTAGE.search(claim.statement)
                                               and read_axis(claim.statement) is None):
        won = _plan_one(claim.model_copy(update={"direction": "better"}), ref, bundles, size=size, device=device,
                        as_better=True)
        return _denied_win(won) or (won if isinstance(won, Untestable) else untestable(
            ref, UntestableCategory.no_bundle, "it denies a win that no bundle's comparison tests"))
    plan = _plan_one(claim, ref, bundles, size=size, device=device, read_loss=read_loss)
    if (isinstance(plan, Untestable) and plan.category is UntestableCategory.no_bundle and claim.method is not None
            and plan.detail.startswith("it compares against")  # the runs compare the other way round
            and _BETTER.search(claim.statement) and (other := _other_named(claim)) is not None
            and _links(claim.statement, other, _BETTER)):
        # "magnitude pruning beats Wanda at 50%": the bundle compares Wanda's win; the claim expects its loss
        own = method_label(claim.method)
        beaten = _plan_one(_as_win(claim, other, own), ref, bundles, size=size, device=device, as_better=True)
        return _reversed_plan(beaten, own, method_label(other)) or plan
    return plan


def _plan_one(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str, device: str,
              as_no_loss: bool = False, read_loss: bool = True, as_better: bool = False) -> ReproPlan | Untestable:
    text = claim.statement
    nc = UntestableCategory
    if claim.kind is ClaimKind.setup:
        return untestable(ref, nc.not_a_result, "a setup fact (hyper-parameters or protocol), not a result")
    if _HW_DESIGN.search(text) or (claim.hardware and _HW_DESIGN.search(claim.hardware)):
        return untestable(ref, nc.not_testable_offline,
                          "a hardware-design result (synthesis, standard cells, memory energy): needs RTL tools and "
                          "memory models, not a GPU experiment")
    masks = names_two_masks(text)
    if ((m := _BARE_MISMATCH.search(text)) and read_pattern_comparison(text) is None
            and read_global_comparison(text) is None
            and (masks
                 or (claim.baseline and claim.method and not FULL_BASELINE.search(claim.baseline)
                     and not _BETTER.search(text) and not _WORSE_LINK.search(text)))):
        # "2:4 pruning does not match unstructured pruning (in accuracy)", "GPTQ does not match RTN at 3 bits":
        # the two differ, which is better unsaid (against the full model it is a loss: "does not match FP16")
        two = "the two masks" if masks else f"{claim.method.name or claim.method.family.value} and {claim.baseline}"
        return untestable(ref, nc.underspecified, f"it says {two} differ ({m.group(0)!r}) without saying which "
                                                  "keeps more accuracy: no order to test")
    family = claim.method.family if claim.method else None
    name = (claim.method.name or "") if claim.method else ""
    bits = _bits(claim)

    if claim.kind is ClaimKind.speedup:
        q = claim.value
        if (q is None or q.unit != "x") and (said := _speed_direction(text)) is not None:
            # "INT8 matmuls are faster than BF16": at least 1x, a direction with no number
            q = said
        if ((q is None or q.unit != "x") and (scope := _SHAPE_SCOPE.search(text))
                and (_FASTER.search(text) or _SLOWER.search(text))):
            return untestable(ref, nc.underspecified, f"a speed direction {scope.group(0)!r}, which names no shape: "
                                                      "the bundles' shape sweeps do not say what the claim calls that")
        if q is None or q.unit != "x":
            return untestable(ref, nc.underspecified, "a speed claim without a speed-up factor to compare")
        up_to = q.qualifier == "up_to"
        if ((_SPARSE_KERNEL.search(text) or claim.sparsity_pattern == "2:4") and _QAT_OR_QUANTISED.search(text)
                and _END_TO_END.search(text) and not claim.model and "pruned_qat_vs_fp" in bundles
                and (not claim.baseline or FULL_BASELINE.search(claim.baseline))):
            # "the 2:4-pruned model fine-tuned with 4-bit QAT runs 1.3x faster than the dense model": the
            # pruned-then-QAT proxy decoder's generation latency with 2:4 sparse kernels against the FP model's
            if device != "cuda":
                return untestable(ref, nc.not_testable_offline, "the 2:4 sparse kernels run on a CUDA GPU; this plan "
                                                                "runs on the CPU (rerun with --device cuda on a GPU)")
            b = bits if bits in (4, 8) else 4
            return make_plan(ref, bundles["pruned_qat_vs_fp"], claim, metric=f"nm24_w{b}_sparse_kernel_speedup",
                             expected=q, rule="speed", size=size, device=device, stand_in=True,
                             reason=f"end-to-end generation latency of the 2:4-pruned, {b}-bit QAT proxy decoder with "
                                    "2:4 sparse kernels against the dense FP model's"
                                    + ("" if bits in (4, 8) else f" (the claim names no width: {b} bits)"),
                             untested=["the speed of low-bit kernels (the QAT weights run dequantised; only the 2:4 "
                                       "kernels speed the model up)"])
        if not _MATMUL.search(text) and (claim.model or _END_TO_END.search(text)):
            return untestable(ref, nc.no_bundle, "end-to-end speed of "
                              + (f"{claim.model}" if claim.model else "a model") + " needs that model and its "
                              "serving system; the bundles time matrix products")
        if device != "cuda":
            return untestable(ref, nc.not_testable_offline,
                              "kernel speed-ups are timed on a CUDA GPU; this plan runs on the CPU "
                              "(rerun with --device cuda --size full on a GPU machine)")
        dim = _matrix_dim(claim) if size == "full" else None
        if (_SPARSE_KERNEL.search(text) or claim.sparsity_pattern in {"2:4", "4:8"}) and _LOWBIT_KERNEL.search(text):
            return untestable(ref, nc.no_bundle, "a speed-up of 2:4 sparsity combined with low-bit weights or "
                                                 "activations; the bundles time each alone")
        if (_SPARSE_KERNEL.search(text) or claim.sparsity_pattern in {"2:4", "4:8"}) and "sparse24_matmul_speedup" in bundles:
            if claim.baseline and not (FULL_BASELINE.search(claim.baseline) or _FP_GEMM.search(claim.baseline)):
                return untestable(ref, nc.no_bundle, f"the bundle times 2:4 sparse against dense matrix products, not "
                                                     f"against {claim.baseline}")
            return make_plan(ref, bundles["sparse24_matmul_speedup"], claim,
                             metric="max_speedup" if up_to else "median_speedup", expected=q, rule="speed", size=size,
                             device=device, params={"dims": [_aligned(dim)]} if dim else None, stand_in=dim is not None,
                             reason="2:4 sparse vs dense matmul " + (_dim_reason(dim) if dim else "over a shape sweep")
                                    + ", timed with device events")
        vector_wise = bool(_VECTOR_WISE.search(f"{name} {text}"))
        overhead = (bool(_WITH_OVERHEAD.search(text)) or vector_wise) and not _NO_OVERHEAD.search(text)
        if (_LOWBIT_KERNEL.search(text) or bits == 8 or overhead) and "lowbit_matmul_speedup" in bundles:
            if (name and family is not MethodFamily.pruning and not _RAW_LOWBIT.match(name)
                    and not _VECTOR_WISE.match(name)):
                return untestable(ref, nc.no_bundle, f"a speed-up of {name}'s own kernels; the bundle times raw "
                                                     "int8/fp8 matrix products, not that method")
            fmt = "fp8" if re.search(r"fp8|float8", text, re.IGNORECASE) else "int8"
            if fmt == "int8" and ((bits is not None and bits != 8) or _INT4.search(text)):
                return untestable(ref, nc.no_bundle, "the bundle times int8 and fp8 matrix products, not "
                                                     + (f"{bits}-bit" if bits and bits != 8 else "int4") + " ones")
            if claim.baseline and not (FULL_BASELINE.search(claim.baseline) or _FP_GEMM.search(claim.baseline)):
                return untestable(ref, nc.no_bundle, f"the bundle times against bf16 matrix products, not against "
                                                     f"{claim.baseline}")
            if overhead and (fmt == "fp8" or not _PYTORCH_OPS.search(text)):
                return untestable(ref, nc.no_bundle, "a speed-up with quantisation overhead depends on the kernels "
                                                     "that quantise and dequantise; the bundle's are unfused PyTorch "
                                                     "ops around an int8 product (a 'PyTorch+NVIDIA' setting), not "
                                                     + ("fp8's" if fmt == "fp8" else "the claim's own"))
            what = ("int8 with its overhead in PyTorch ops (bf16 input quantised per row on each call, int32 output "
                    "dequantised) " if overhead else f"{fmt} ")
            fmt = "int8_qdq" if overhead else fmt
            return make_plan(ref, bundles["lowbit_matmul_speedup"], claim,
                             metric=f"{fmt}_max_speedup" if up_to else f"{fmt}_median_speedup", expected=q, rule="speed",
                             size=size, device=device, params={"dims": [_aligned(dim)]} if dim else None,
                             stand_in=dim is not None,
                             reason=what + "vs bf16 matmul " + (_dim_reason(dim) if dim else "over a shape sweep"))
        if _MATMUL.search(text):
            return untestable(ref, nc.no_bundle, "a matrix-product speed-up in a setting no bundle times (they time "
                                                 "bf16, raw int8 and fp8, int8 with PyTorch quantisation overhead, "
                                                 "and 2:4 sparse products)")
        return untestable(ref, nc.no_bundle, "end-to-end speed of the claim's own model needs that model and system")

    if claim.kind is ClaimKind.memory:
        return untestable(ref, nc.no_bundle, "memory footprints follow from bit widths arithmetically; no bundle "
                                             "measures a named model's memory")

    is_qat = family is MethodFamily.qat or re.search(r"\bQAT\b|quantization[- ]aware", text, re.IGNORECASE)
    acts = claim.activation_bits
    if acts is None and (wa := _WA_TEXT.search(text)) is not None:
        acts = float(wa.group(2))
    if acts is not None and acts >= 16:
        acts = None  # W4A16: 16-bit activations, weight-only quantisation
    if is_qat and acts is not None:
        # "QAT at W4A8 matches FP16": the QAT runs train with quantised weights only, activations in full precision
        return untestable(ref, nc.no_bundle, f"QAT with {acts:g}-bit activations: the QAT runs quantise weights only "
                                             "(activations stay in full precision)")
    if acts is not None and not (acts == 8 and bits in (None, 8)):
        # "GPTQ outperforms RTN at W4A8": the weight-only runs would test W4A16; only W8A8 quantises activations
        return untestable(ref, nc.no_bundle, f"weights and {acts:g}-bit activations"
                                             + (f" (W{bits}A{acts:g})" if bits else "")
                                             + ": the runs quantise weights only, or both at W8A8")
    if (kv := _KV_CACHE.search(text)) is not None and not _KV_UNQUANTISED.search(text):
        # "QAT with 4-bit weights and a 4-bit KV cache keeps accuracy": the runs never quantise the cache
        return untestable(ref, nc.no_bundle, f"it quantises the KV cache ({kv.group(0)!r}): the runs quantise weights, "
                                             "or weights and activations at W8A8, and keep the cache in full precision")
    if is_qat and (kd := _DISTILLED.search(text)) is not None:
        # "QAT with knowledge distillation improves 2-bit accuracy over plain QAT": not what LSQ or STE runs show
        return untestable(ref, nc.no_bundle, f"QAT with a teacher ({kd.group(0)!r}): the QAT runs train LSQ and STE on "
                                             "the task's own loss, without distillation")
    if is_qat and (shared := share_plan(claim, ref, bundles, size=size, device=device)) is not None:
        # "allocating more of the compute budget to QAT improves accuracy": quality over the share, one budget
        return shared
    if is_qat and _QAT_SHARE.search(text) and "qat_compute_share" in bundles:
        sign = _share_trend_sign(text)
        if sign is None:
            return untestable(ref, nc.underspecified, "a QAT share of compute with no single direction to test")
        return make_plan(ref, bundles["qat_compute_share"], claim, metric="best_fraction_slope_per_doubling",
                         expected=Trend(sign=sign, curve="best_qat_fraction_vs_budget", log2_x=True,
                                        text="the best QAT share of the budget "
                                             + ("grows" if sign == "+" else "shrinks") + " with compute"),
                         rule="trend", size=size, device=device,
                         reason="best QAT fraction of a fixed step budget across budgets, on a small proxy model")

    if (across := _across_sizes(text)) is not None:
        # "larger models suffer less from 4-bit quantization", "OPT-66B is more robust than OPT-6.7B"
        return untestable(ref, nc.no_bundle, f"a comparison across models or model sizes ({across!r}): each bundle "
                                             "runs one model at one size")
    if (family in (MethodFamily.pruning, MethodFamily.sparsity, None) and (unit := _STRUCTURED_UNIT.search(text))
            and not _QUANTISED_ONLY_SOME.search(text)):
        # "pruning 50% of the attention heads": whole heads, neurons or layers, not single weights
        return untestable(ref, nc.no_bundle, f"structured pruning of {unit.group('unit')}: the bundles prune single "
                                             "weights (unstructured, or 2:4 within groups of four)")
    if (m := _QUANTISED_ONLY_SOME.search(text)) is not None:
        # "quantizing only the attention layers to 4 bits": the runs quantise every block Linear
        return untestable(ref, nc.no_bundle, f"it compresses part of the model ({m.group(0).strip()!r}); the runs "
                                             "quantise or prune every Linear of the blocks")
    # a named method the bundles do not run, whatever the claim says of it (before the quality gate, so
    # that "LLM-QAT outperforms training-free methods" says why it has no plan)
    if family is MethodFamily.qat and name.lower() not in _QAT_RUN:
        # LLM-QAT's distillation, PACT's clipping, BitNet's ternary weights: not what LSQ or STE runs show
        return untestable(ref, nc.no_bundle, f"the bundles run LSQ and STE quantisation-aware training (learned or "
                                             f"fixed step sizes, straight-through rounding), not {name}")
    if family is MethodFamily.pruning and name.lower() not in _PRUNERS_RUN:
        # a result of SparseGPT, movement pruning or lottery tickets is not what magnitude or Wanda masks give
        return untestable(ref, nc.no_bundle, f"the bundles prune one-shot by magnitude or Wanda (unstructured or "
                                             f"2:4), not by {name}")
    if (swept := calibration_plan(claim, ref, bundles, size=size, device=device)) is not None:
        # "GPTQ's perplexity improves with more calibration samples": a sweep of the calibration set's size
        return swept
    if _ASYMMETRIC.search(text) and _SYMMETRIC.search(text):
        # "asymmetric quantization outperforms symmetric quantization at 4 bits": two grids of one quantiser
        return untestable(ref, nc.no_bundle, "a comparison of symmetric and asymmetric grids: each run quantises "
                                             "with one of them (a bundle parameter), so no run holds both to compare")
    if (calib := _CALIBRATION_SWEEP.search(text)) is not None:
        # "increasing the calibration set from 128 to 1024 samples improves GPTQ": one calibration set against
        # another, not GPTQ against RTN
        return untestable(ref, nc.no_bundle, f"a comparison of calibration sets ({calib.group(0).strip()!r}): each run "
                                             "calibrates on one set (n_calib), so no run holds both to compare")
    if (family in (MethodFamily.ptq, MethodFamily.quantization, None) and not is_qat
            and (grids := read_grids(text, claim.direction)) is not None):
        # "group-wise quantization significantly improves RTN at 3 bits": two grids of one quantiser, same runs
        return grids_plan(claim, ref, bundles, grids, size=size, device=device, name=name, family=family, bits=bits)
    better = as_better or bool(_BETTER.search(text))
    # "QAT outperforms PTQ at 2 bits", "GPTQ and RTN perform similarly at 8 bits"
    compares_methods = ((better or read_parity(claim) is not None or _WORSE_LINK.search(text))
                        and len(_methods_named(text)) >= 2)
    if (claim.metric not in _QUALITY_METRICS and not _QUALITY_WORDS.search(text)
            and not (claim.metric is None and not _COST.search(text)
                     # a benchmark's score ("on GLUE", "on GSM8K") or one compression method beating
                     # another is model quality even with no metric named
                     and (claim.dataset is not None or _TO_FULL.search(text) or _MATCHES_FULL.search(text)
                          or compares_methods
                          # "can be pruned to 40% sparsity without loss", "at 2:4 sparsity, Wanda loses 3
                          # points": no loss, or a loss, of a compression setting
                          or ((_NO_LOSS.search(text) or stated_loss(text) or _loss_in_words(text))
                              and (claim.sparsity is not None or claim.sparsity_pattern or bits is not None))))
            # "the essential sparsity of this model is 50%": where accuracy stops holding
            and not (claim.metric is None and knee_named(text))
            # "GPTQ degrades gracefully with fewer bits", "the gap between QAT and PTQ widens at lower bit widths"
            and not (claim.metric is None and names_quality_trend(text))
            # "per-layer magnitude pruning falls behind global magnitude pruning", "the 2:4 pattern costs 3 more
            # points than unstructured pruning": two masks of one method
            and not (claim.metric is None and (read_global_comparison(text) is not None
                                               or read_pattern_comparison(text) is not None))):
        what = f"its metric ({claim.metric})" if claim.metric else "it"
        return untestable(ref, nc.no_bundle if family else nc.underspecified,
                          f"{what} is not a model-quality measure that a compression bundle reproduces"
                          + ("" if family else "; it names no compression method"))
    if _COMBINED.search(text):
        return untestable(ref, nc.no_bundle, "it is about a combination of methods; no bundle runs that combination")
    if ((level := _PPL_LEVEL.search(text)) is not None and stated_increase(text) is None and not claim.baseline
            and _loss_in_words(text) is None):
        # "Wanda keeps WikiText-2 perplexity below 30", "GPTQ reaches a perplexity of 35": a level on the claim's
        # own model, not a change from its baseline (a stand-in's perplexity is on another scale)
        words = level.group(0).strip()
        if _BASELINE_LEVEL.search(text):
            # "7.26 perplexity, close to the dense 5.68": two levels of the claim's model, no relation stated
            return untestable(ref, nc.not_testable_offline if claim.model else nc.underspecified,
                              f"two perplexity levels of the claim's model ({words!r} and its baseline's): a "
                              "stand-in's are on another scale, and the claim states no change or bound to test")
        if claim.model:
            return untestable(ref, nc.not_testable_offline,
                              f"an absolute perplexity for {claim.model} ({words!r}): that model is not available "
                              "offline, and a stand-in's perplexity is on another scale")
        return untestable(ref, nc.underspecified,
                          f"an absolute perplexity ({words!r}) of a model the claim does not name: a stand-in's "
                          "perplexity is on another scale, so it says nothing about that number")

    def other_baseline(accepted: re.Pattern[str]) -> Untestable | None:
        """``no_bundle`` when the claim compares against a baseline the bundle does not run."""
        if claim.baseline and not accepted.search(claim.baseline):
            return untestable(ref, nc.no_bundle, f"it compares against {claim.baseline}; the bundle that would test it "
                                                 "runs another baseline")
        return None

    no_loss = as_no_loss or (_states_no_loss(text) and not _HEDGED.search(text))
    if (read_loss and not (better or no_loss) and (family is not None or bits is not None or claim.sparsity)
            and ((loss := stated_loss(text)) is not None or (increase := stated_increase(text)) is not None)
            and not _against_method(text, name, family) and not _SHIFTED.search(text)
            and (not claim.baseline or FULL_BASELINE.search(claim.baseline))):
        # "4-bit RTN degrades accuracy by 5 points", "Wanda increases perplexity by 20%": the setting's
        # no-loss plan, judged as that loss
        planned = _as_loss(_plan_claim(claim, ref, bundles, size=size, device=device, as_no_loss=True), loss,
                           None if loss is not None else increase)
        return planned or _plan_claim(claim, ref, bundles, size=size, device=device, read_loss=False)
    if better and not claim.baseline and (implied := _other_method(text, name, family)):
        # "LSQ outperforms STE-based QAT": the other method named is the baseline, though not parsed as one
        claim = claim.model_copy(update={"baseline": implied})
    is_gptq = name.lower() == "gptq"  # the claim's own method, not a baseline it mentions
    is_wanda = name.lower() == "wanda" if as_better else "wanda" in text.lower()
    is_pruning = family is MethodFamily.pruning or claim.sparsity is not None or re.search(r"\bprun", text, re.I)
    is_quant = family in {MethodFamily.ptq, MethodFamily.quantization} or bits is not None
    if not name and (names_own_method(text) or (claim.method is None and _OUR_COMPRESSED.search(text))):
        # "Our method maintains accuracy at 50% sparsity": the paper's own method, which it does not
        # name here (a paper whose title names it gives its claims that name); a magnitude or RTN run
        # would test another method
        return untestable(ref, nc.no_bundle, "a result of the paper's own method, which the claim does not name; "
                                             "the bundles run named methods (magnitude, Wanda, RTN, GPTQ, AWQ, LSQ)")

    if is_gptq and better and REORDER.search(text) and not claim.baseline:
        # "GPTQ with act-order improves perplexity": one GPTQ setting against the other, not GPTQ vs RTN
        return untestable(ref, nc.no_bundle, "a comparison of GPTQ with and without reordering (act_order): each "
                                             "run uses one setting, so no run holds both to compare")
    if not better and (pair := read_parity(claim)) is not None:
        # "GPTQ matches RTN at 8 bits", "Wanda and magnitude pruning perform similarly": neither better
        setting, tail = real_setting(claim, bundles, size) or ("proxy", ", on a proxy model")
        return parity_plan(claim, ref, bundles, pair, size=size, device=device, bits=bits, setting=setting,
                           reason_tail=tail)
    real = real_model_plan(claim, ref, bundles, size=size, device=device, name=name, bits=bits, better=better,
                           no_loss=no_loss, is_pruning=bool(is_pruning), is_qat=bool(is_qat), is_wanda=is_wanda)
    if real is not None:
        return real

    # "accuracy drops sharply beyond 70% sparsity": the knee of one method's sweep, before the trend rules
    knee = (read_knee(text) if is_pruning and not is_qat and bits is None
            and not (claim.sparsity_pattern == "2:4" or "2:4" in text) else None)
    if (is_pruning and not is_qat and bits is None and "pruning_sweep" in bundles and not is_wanda
            and (op := read_global_comparison(text)) is not None):
        at = claim.sparsity if claim.sparsity is not None else 0.5
        return global_comparison_plan(claim, ref, bundles["pruning_sweep"], op, at, size=size, device=device,
                                      metric=f"magnitude_global_s{round(at * 100)}_exact_match",
                                      baseline_metric=f"magnitude_s{round(at * 100)}_exact_match",
                                      reason_tail=" on a proxy model")
    if (is_pruning and not is_qat and bits is None and "pruning_sweep" in bundles
            and (op := read_pattern_comparison(text)) is not None):
        nm = "wanda" if is_wanda else "magnitude"
        return pattern_comparison_plan(claim, ref, bundles["pruning_sweep"], op, size=size, device=device, method=nm,
                                       metric="wanda_2of4_exact_match" if is_wanda else "nm_2of4_exact_match",
                                       baseline_metric=f"{nm}_s50_exact_match", reason_tail=", on a proxy model")
    if (is_pruning and not is_qat and bits is None and "pruning_sweep" in bundles
            and (compared := read_knee_comparison(text)) is not None):
        return knee_comparison_plan(claim, ref, bundles["pruning_sweep"], compared, size=size, device=device,
                                    setting="exact match", reason_tail=", on a proxy model")
    if knee is not None and "pruning_sweep" in bundles:
        if (why := other_baseline(FULL_BASELINE)) is not None:
            return why
        method, unnamed, others = knee_method(text, knee)
        return knee_plan(claim, ref, bundles["pruning_sweep"], knee, size=size, device=device, method=method,
                         setting="exact match", unnamed=unnamed, reason_tail=", on a proxy model", untested=others)

    # "RTN accuracy drops as the bit width decreases", "the gap between QAT and PTQ widens at lower bit widths":
    # a curve over bits or sparsity (verifier.trends); "QAT outperforms PTQ at lower bit widths" compares at a width
    if claim.kind is ClaimKind.trend or read_axis(text) is not None:
        setting = (real_setting(claim, bundles, size) or ("proxy", ""))[0]
        if (trend := trend_plan(claim, ref, bundles, size=size, device=device, setting=setting,
                                compares=bool(compares_methods))) is not None:
            return trend

    # "GPTQ beats RTN", or GPTQ and RTN named in one result ("RTN collapses where GPTQ holds"); not "Similar to /
    # Unlike RTN, GPTQ loses no accuracy", a no-loss claim of GPTQ
    if is_gptq and "gptq_vs_rtn" in bundles and (better or (re.search(r"\bRTN\b|round-to-nearest", text, re.I)
                                                            and not no_loss)):
        if (why := other_baseline(RTN_BASELINE)) is not None:
            return why
        if better and bits in (8, 2) and "qat_vs_ptq_bits" in bundles:
            # gptq_vs_rtn runs 3 and 4 bits; the QAT-vs-PTQ panel scores GPTQ and RTN at 8 and 2 too
            return _beats_rtn_on_panel(claim, ref, bundles["qat_vs_ptq_bits"], "gptq", bits, size=size, device=device,
                                       text="GPTQ beats RTN {at}",
                                       reason="GPTQ vs RTN {at} (exact match of the whole model) on a proxy model")
        b = bits if bits in (3, 4) else 3
        rb = baseline_width(claim, b, (3, 4))  # "3-bit GPTQ beats 4-bit RTN"
        at = f"at {b} bits" if rb == b else f"at {b} bits against RTN at {rb}"
        # "GPTQ achieves higher accuracy than RTN at 3 bits", "GPTQ outperforms RTN at 3 bits": the whole model's
        # exact match in the same runs, not the layers' reconstruction error (GPTQ's own objective, which it
        # lowers by design), unless that error is what the claim names
        on_model = claim.metric in ("accuracy", "exact match") or (claim.metric is None
                                                                   and not _LAYER_ERROR.search(text))
        measure = "exact_match" if on_model else "mean_rel_error"
        return make_plan(ref, bundles["gptq_vs_rtn"], claim, metric=f"gptq_w{b}_channel_{measure}",
                         expected=Comparison(baseline_metric=f"rtn_w{rb}_channel_{measure}", op="better",
                                             text=(f"GPTQ's exact match is above RTN's {at}" if on_model else
                                                   f"GPTQ has lower reconstruction error than RTN {at}")),
                         rule="paired_difference", size=size, device=device,
                         reason=f"GPTQ vs round-to-nearest {at} " + (
                             "(exact match of the whole model) on a proxy model" if on_model else
                             "on the layers of a proxy model") + " (same seeds)",
                         preconditions={"fp_exact_match": LEARNED} if on_model else None,
                         untested=width_scope(claim, b, rb) + baseline_scope(claim, "RTN")
                         + (["GPTQ with reordering (act_order; the runs use GPTQ without it)"]
                            if REORDER.search(text) else []))

    if is_wanda and is_pruning and better and "pruning_sweep" in bundles:
        if (why := other_baseline(MAGNITUDE_BASELINE)) is not None:
            return why
        if claim.sparsity is not None and abs(claim.sparsity - 0.5) > 1e-9:
            return untestable(ref, nc.no_bundle, f"pruning_sweep compares Wanda with magnitude at 50% sparsity, not "
                                                 f"{claim.sparsity:.0%}")
        nm = claim.sparsity_pattern == "2:4" or "2:4" in text
        where = "2:4" if nm else "50% sparsity"
        return make_plan(ref, bundles["pruning_sweep"], claim,
                         metric="wanda_2of4_exact_match" if nm else "wanda_s50_exact_match",
                         expected=Comparison(baseline_metric="nm_2of4_exact_match" if nm else
                                             "magnitude_s50_exact_match", op="better",
                                             text=f"Wanda beats magnitude pruning at {where}"),
                         rule="paired_difference", size=size, device=device,
                         reason=f"Wanda vs magnitude at {where} on a proxy model",
                         untested=sparsity_scope(claim, 0.5) + baseline_scope(claim, "magnitude"))

    if is_pruning and is_qat and "pruned_qat_vs_fp" in bundles:
        if (why := other_baseline(FULL_BASELINE)) is not None:
            return why
        if better or not (no_loss or _RECOVERS_ALL.search(text)):
            # "QAT recovers most of the pass@1 lost by pruning", "QAT beats PTQ on pruned models": the
            # runs compare pruned-then-QAT with full precision only, so only "matches it" is tested
            return untestable(ref, nc.no_bundle, "the pruned-then-QAT runs compare with the dense full-precision "
                                                 "model only (no pruned-only or pruned-then-PTQ runs); the claim "
                                                 "says other than that it matches it")
        b = 8 if bits == 8 else 4
        pattern = "nm24" if (claim.sparsity_pattern == "2:4" or "2:4" in text) else "p50"
        return make_plan(ref, bundles["pruned_qat_vs_fp"], claim, metric=f"{pattern}_w{b}_exact_match",
                         expected=Comparison(baseline_metric="fp_exact_match", op="equal", tolerance=EQUAL_TOLERANCE,
                                             text=f"pruned then {b}-bit QAT matches full precision"),
                         rule="paired_difference", size=size, device=device, tolerance=EQUAL_TOLERANCE,
                         reason="pruned-then-QAT vs full precision on a proxy model"
                                + ("" if bits else f" (the claim names no width: {b} bits)"))

    if is_qat and (better or no_loss) and "qat_vs_ptq_bits" in bundles:
        b = bits if bits in (8, 4, 3, 2) else 4
        # the runs train both QAT variants: LSQ (learned step sizes; a generic "QAT") and STE (fixed scales)
        qat, label = ("qat_ste", "STE QAT") if name.lower() == "ste" else ("qat_lsq", "LSQ QAT")
        if (better and claim.baseline and _QAT_VARIANT.search(claim.baseline)
                and not RTN_BASELINE.search(claim.baseline)):
            # "LSQ outperforms STE-based QAT at 2 bits": one QAT variant against the other
            other, other_label = ("qat_lsq", "LSQ QAT") if qat == "qat_ste" else ("qat_ste", "STE QAT")
            if not re.search(r"\bSTE\b|straight[- ]through|\bLSQ\b|learned step", claim.baseline, re.IGNORECASE):
                return untestable(ref, nc.no_bundle, f"it compares against {claim.baseline}; the runs train LSQ and "
                                                     "STE QAT only")
            return _qat_beats(claim, ref, bundles["qat_vs_ptq_bits"], qat, label, other, other_label, b,
                              named_width=bits in (8, 4, 3, 2), size=size, device=device)
        if better and claim.baseline and re.fullmatch(r"\s*GPTQ\s*", claim.baseline, re.IGNORECASE):
            # "At 3 bits, QAT outperforms GPTQ": the panel scores GPTQ beside RTN and both QATs, same seeds
            return _qat_beats(claim, ref, bundles["qat_vs_ptq_bits"], qat, label, "gptq", "GPTQ", b,
                              named_width=bits in (8, 4, 3, 2), size=size, device=device)
        if (why := other_baseline(RTN_BASELINE if better else FULL_BASELINE)) is not None:
            return why
        if better:  # "our 3-bit QAT model outperforms the 4-bit PTQ model": RTN at its own width
            return _beats_rtn_on_panel(claim, ref, bundles["qat_vs_ptq_bits"], qat, b, size=size, device=device,
                                       text="QAT beats post-training RTN {at}",
                                       reason=f"{label} vs RTN PTQ {{at}} on a proxy model")
        return make_plan(ref, bundles["qat_vs_ptq_bits"], claim, metric=f"{qat}_w{b}_exact_match",
                         expected=Comparison(baseline_metric="fp_exact_match", op="equal", tolerance=EQUAL_TOLERANCE,
                                             text=f"{b}-bit QAT matches full precision"),
                         rule="paired_difference", size=size, device=device, tolerance=EQUAL_TOLERANCE,
                         reason=f"{b}-bit {label} vs full precision on a proxy model", untested=width_scope(claim, b))

    if is_pruning and no_loss and "pruning_sweep" in bundles:
        if (why := other_baseline(FULL_BASELINE)) is not None:
            return why
        if _QUANTISED.search(text):
            # "pruned and quantized models retain 95%": pruning alone would test part of it
            return untestable(ref, nc.no_bundle, "pruned and post-training quantised: no bundle runs pruning "
                                                 "followed by post-training quantisation")
        s = int(round((claim.sparsity or 0.5) * 100))
        s = min((10, 20, 30, 40, 50, 60, 70, 80, 90), key=lambda v: abs(v - s))
        if s != 50 and not (claim.sparsity_pattern == "2:4" or "2:4" in text):
            # no score at that sparsity itself: "holds up to 30%" is its knee being at least 30%
            tested = round(claim.sparsity if claim.sparsity is not None else s / 100, 4)
            method, unnamed, others = knee_method(text, None)
            return knee_at_least(claim, ref, bundles["pruning_sweep"], tested, size=size, device=device,
                                 method=method, setting="exact match", unnamed=unnamed,
                                 reason_tail=", on a proxy model", untested=sparsity_scope(claim, tested) + others)
        if s != 50:
            return untestable(ref, nc.no_bundle, f"pruning_sweep reports the no-loss check at 50% sparsity, not {s}%")
        if claim.sparsity_pattern == "2:4" or "2:4" in text:  # the 2:4 mask, not 50% unstructured
            metric, what = ("wanda_2of4_exact_match" if is_wanda else "nm_2of4_exact_match"), "2:4"
        else:
            metric, what = ("wanda_s50_exact_match" if is_wanda else "magnitude_s50_exact_match"), f"{s}%"
        return make_plan(ref, bundles["pruning_sweep"], claim, metric=metric,
                         expected=Comparison(baseline_metric="dense_exact_match", op="equal", tolerance=EQUAL_TOLERANCE,
                                             text=f"pruning to {what} costs no accuracy"),
                         rule="paired_difference", size=size, device=device, tolerance=EQUAL_TOLERANCE,
                         reason=f"{'wanda' if is_wanda else 'magnitude'} pruning at {what} vs dense"
                                + ("" if is_wanda or re.search(r"\bmagnitude\b", text, re.I) else
                                   " (the claim names no pruning method: magnitude picks the mask)")
                                + (" (the claim names no sparsity: 50%)" if claim.sparsity is None and what != "2:4"
                                   else "")
                                + " on a proxy model",
                         untested=sparsity_scope(claim, 0.5))

    act_bits = acts  # read once above; past that check only W8A8 (or none) is left
    smoothquant = name.lower().startswith("smoothquant")
    if smoothquant and better and bits in (None, 8) and act_bits in (None, 8.0) and _NAIVE_W8A8.search(text):
        # "SmoothQuant outperforms naive W8A8 quantization": both are run, per-tensor and static, in the same runs
        if DYNAMIC_LEVEL.search(text) or _DYNAMIC.search(text):
            return untestable(ref, nc.no_bundle, _DYNAMIC_LEVELS)
        setting = (real_setting(claim, bundles, size) or ("proxy", ""))[0]
        if setting == "perplexity" and "smollm2_wikitext_ppl" in bundles:
            from verifier.real_models import SMOLLM2, reduced_evaluation

            b = bundles["smollm2_wikitext_ppl"]
            return make_plan(ref, b, claim, metric="ppl_smoothquant_w8a8",
                             expected=Comparison(baseline_metric="ppl_w8a8", op="better",
                                                 text="SmoothQuant W8A8 has lower perplexity than naive W8A8"),
                             rule="paired_difference", size=size, device=device,
                             reason="SmoothQuant W8A8 (O3: per-tensor, static activation scales) vs naive W8A8 on the "
                                    f"same grids, {SMOLLM2}" + reduced_evaluation(b, size))
        if "gptq_vs_rtn" in bundles:
            return make_plan(ref, bundles["gptq_vs_rtn"], claim, metric="smoothquant_w8a8_exact_match",
                             expected=Comparison(baseline_metric="w8a8_exact_match", op="better",
                                                 text="SmoothQuant W8A8 keeps more exact match than naive W8A8"),
                             rule="paired_difference", size=size, device=device,
                             preconditions={"fp_exact_match": LEARNED},
                             reason="SmoothQuant W8A8 vs naive W8A8 (both per-tensor, static activation scales) on a "
                                    "small proxy model, which may have no activation outliers for SmoothQuant to move")
    if is_quant and (act_bits is not None or smoothquant) and no_loss:
        # weights and activations quantised: only the W8A8 runs of gptq_vs_rtn test that
        if not (act_bits in (None, 8.0) and bits in (None, 8) and "gptq_vs_rtn" in bundles):
            return untestable(ref, nc.no_bundle, "quantised weights and activations"
                              + (f" at W{bits}A{act_bits:g}" if bits and act_bits else "")
                              + ": the only activation-quantising runs are W8A8 'no loss' checks")
        if (why := other_baseline(FULL_BASELINE)) is not None:
            return why
        if name and not smoothquant and not _RAW_LOWBIT.match(name):
            return untestable(ref, nc.no_bundle, f"the W8A8 runs are naive or SmoothQuant-smoothed, not {name}")
        if DYNAMIC_LEVEL.search(text) or _DYNAMIC.search(text):
            return untestable(ref, nc.no_bundle, _DYNAMIC_LEVELS)
        key = "smoothquant_w8a8" if smoothquant else "w8a8"
        levels = (["SmoothQuant's O1 and O2 levels (dynamic activation scales; the runs use O3's static ones)"]
                  if smoothquant and _ALL_SCHEMES.search(text) else [])
        return make_plan(ref, bundles["gptq_vs_rtn"], claim, metric=f"{key}_exact_match",
                         expected=Comparison(baseline_metric="fp_exact_match", op="equal", tolerance=EQUAL_TOLERANCE,
                                             text="8-bit weights and activations keep full-precision accuracy"),
                         rule="paired_difference", size=size, device=device, tolerance=EQUAL_TOLERANCE,
                         reason=("SmoothQuant W8A8" if smoothquant else "naive W8A8") + " (per-tensor, static "
                                "activation scales) vs full precision on a small proxy model",
                         # gptq_vs_rtn's error comparisons need no learned model; an accuracy comparison does
                         preconditions={"fp_exact_match": LEARNED}, untested=levels,
                         # SmoothQuant removes naive W8A8's loss: only runs where naive W8A8 loses show it does
                         control="w8a8_exact_match" if smoothquant else None)

    if is_quant and no_loss and bits in (8, 4, 3, 2) and "qat_vs_ptq_bits" in bundles:
        if (why := other_baseline(FULL_BASELINE)) is not None:
            return why
        if name and not WEIGHT_ONLY.match(name):
            also = (f" (SmolLM2's runs of {name} score WikiText-2 perplexity, which the claim does not speak of)"
                    if runs_in_perplexity(name) and claim.metric != "perplexity" else "")
            return untestable(ref, nc.no_bundle, f"the bundle quantises weights by RTN or GPTQ, not by {name}; "
                                                 f"a no-loss result of that method is not what it measures{also}")
        if _ACTIVATIONS.search(_KV_UNQUANTISED.sub(" ", text)):
            return untestable(ref, nc.no_bundle, "it is about quantising activations or the KV cache; these runs "
                                                 "quantise weights only")
        method = "gptq" if is_gptq else "rtn"
        return make_plan(ref, bundles["qat_vs_ptq_bits"], claim, metric=f"{method}_w{bits}_exact_match",
                         expected=Comparison(baseline_metric="fp_exact_match", op="equal", tolerance=EQUAL_TOLERANCE,
                                             text=f"{bits}-bit post-training quantisation keeps full-precision accuracy"),
                         rule="paired_difference", size=size, device=device, tolerance=EQUAL_TOLERANCE,
                         reason=f"{bits}-bit {method.upper()} weight quantisation vs full precision on a small proxy model",
                         untested=width_scope(claim, bits))

    if claim.kind is ClaimKind.qualitative:
        return untestable(ref, nc.underspecified, "states no number or relation to test")
    if claim.model and claim.value is not None and family is not None:
        return untestable(ref, nc.not_testable_offline,
                          f"an absolute value for {claim.model}: that model is not available offline, and a proxy "
                          "model's absolute numbers would say nothing about it")
    if family is None:
        return untestable(ref, nc.underspecified, "names no compression method")
    if (claim.value is not None and claim.metric in _QUALITY_LEVELS and claim.value.unit in ("%", "ppl", None)
            and not claim.baseline and not _CHANGE_WORDS.search(text)
            # the only share the sentence states is its sparsity: no level of the metric
            and not (claim.sparsity is not None and claim.value.unit == "%"
                     and abs(claim.value.value / 100 - claim.sparsity) < 1e-9)):
        # "At 4 bits, QAT reaches 95.1% accuracy on SST-2": a level on a model the claim does not name here
        return untestable(ref, nc.underspecified,
                          f"an absolute {claim.metric} ({claim.value.text}): a level that belongs to the model it "
                          "was measured on, and no model run here is that one; a stand-in's level would say nothing "
                          "about it")
    if (claim.metric is None and family in (MethodFamily.ptq, MethodFamily.quantization, MethodFamily.qat)
            and (words := other_quality(text)) is not None):
        # "AWQ improves the responses compared to RTN on instruction-tuned models": a quality that WikiText-2
        # perplexity does not stand for and no bundle scores
        return untestable(ref, nc.no_bundle, f"it speaks of a quality no bundle scores ({words}): the language-model "
                                             "runs score WikiText-2 perplexity, which does not stand for it")
    return untestable(ref, nc.no_bundle, f"no bundle measures this for {family.value}" + (f" ({name})" if name else "")
                      + ": " + _MEASURED.get(family, _MEASURED[None]))
