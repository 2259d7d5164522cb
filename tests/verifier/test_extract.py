"""Claim extraction over hand-built documents made of real sentences and table cells of the corpus
papers (LLM.int8(), AWQ, SmoothQuant, natural-sparsity ternary LLMs)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from verifier.claims import ClaimKind, MethodFamily
from verifier.documents import (
    DocumentMeta,
    LineSpan,
    ParsedDocument,
    Passage,
    PassageKind,
    Table,
    TableCell,
)
from verifier.anchors import check_anchor, text_at
from verifier.claim_fields import find_hardware
from verifier.extract import EXTRACTOR_VERSION, extract_claims, own_method

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus (../shared/corpus) is not present")

LLM_INT8 = "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale"
AWQ = "AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration"
SMOOTHQUANT = "SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models"


def passage(index: int, text: str, *, kind: PassageKind = PassageKind.body, page: int = 1, lines=None) -> Passage:
    return Passage(
        index=index,
        page=page,
        kind=kind,
        text=text,
        raw_text=text,
        offsets=list(range(len(text) + 1)),
        bbox=(50.0, 100.0, 550.0, 100.0 + 12 * max(1, len(lines or []))),
        lines=lines or [],
    )


def document(*texts: str, title: str | None = None, tables=(), page: int = 1) -> ParsedDocument:
    return ParsedDocument(
        sha256="0" * 64,
        media_type="text/plain",
        n_pages=page,
        meta=DocumentMeta(title=title),
        passages=[passage(i, t, page=page) for i, t in enumerate(texts)],
        tables=list(tables),
        parser_version="test",
    )


def claim_of(sentence: str, *, title: str | None = None, page: int = 1):
    """The one claim extracted from a document holding just ``sentence`` (None if none)."""
    claims = extract_claims(document(sentence, title=title, page=page))
    assert len(claims) <= 1, [c.statement for c in claims]
    return claims[0] if claims else None


def test_hyper_parameters_are_setup_not_results():
    sentence = (
        "The MNLI dataset used 392,704 training examples over 3 epochs with batch size 32 and learning rate 2e-5."
    )
    c = claim_of(sentence)
    assert c.kind == ClaimKind.setup and not c.is_result
    assert c.dataset == "MNLI"
    assert c.value.value == 392704 and c.direction is None
    assert c.conditions["batch_size"] == "32"
    assert c.conditions["epochs"] == "3"
    assert c.conditions["training_examples"] == "392,704"
    assert c.conditions["learning_rate"] == "2e-5"
    assert {q.value for q in c.values} == {392704, 3, 32, 2e-5}


@pytest.mark.parametrize(
    "sentence",
    [
        # AWQ, Table 1 caption
        "We used INT3 quantization with a group size of 128 and measured the WikiText perplexity ($\\downarrow$).",
        # LLM.int8(), appendix
        "We finetune with 5 random seeds and report median performance.",
        # SmoothQuant, Table 10 caption
        "The batch size is 4.",
        # AWQ, Section 5
        "We perform batch size = 1 inference for all LLMs using a fixed prompt length of 4 tokens.",
    ],
)
def test_protocol_sentences_are_setup(sentence):
    assert claim_of(sentence).kind == ClaimKind.setup


def test_awq_setup_sentence_keeps_bits_and_group_size():
    c = claim_of(
        "We used INT3 quantization with a group size of 128 and measured the WikiText perplexity ($\\downarrow$)."
    )
    assert (c.bits, c.conditions["group_size"], c.dataset, c.metric) == (3.0, "128", "WikiText", "perplexity")


def test_speedup_claim_carries_method_metric_and_value():
    c = claim_of(
        "LLM.int8() run times is about two times faster for large matrix multiplications equivalent to those in 175B models."
    )
    assert c.kind == ClaimKind.speedup
    assert (c.method.family, c.method.name) == (MethodFamily.ptq, "LLM.int8()")
    assert (c.metric, c.metric_direction, c.direction) == ("speedup", "higher", "better")
    assert (c.value.value, c.value.unit, c.value.qualifier) == (2.0, "x", "approx")


def test_our_system_is_the_papers_own_method():
    c = claim_of(
        "With our efficient system implementation, we consistently observe a 3.2-3.3$\\times$ average speedup "
        "compared to the FP16 implementation by Huggingface across a diverse spectrum of LLMs.",
        title=AWQ,
    )
    assert c.kind == ClaimKind.speedup and c.method.name == "AWQ" and c.baseline == "FP16"
    assert (c.value.low, c.value.high, c.value.unit) == (3.2, 3.3, "x")


@pytest.mark.parametrize("sentence", [
    "It consistently outperforms Round-to-nearest quantization (RTN) at 3 bits in perplexity.",
    "It can achieve better perplexity using 10x smaller calibration set compared to GPTQ.",
])
def test_it_as_the_subject_of_a_result_is_the_papers_own_method(sentence):
    c = claim_of(sentence, title=AWQ)
    assert c is not None and c.method is not None and c.method.name == "AWQ"
    assert c.baseline in ("RTN", "GPTQ")  # the method compared with stays the baseline


def test_what_the_paper_demonstrates_with_no_method_named_is_done_with_its_own():
    c = claim_of("We have demonstrated for the first time that multi-billion parameter transformers can be quantized to "
                 "Int8 and used immediately for inference without performance degradation.", title=LLM_INT8)
    assert c is not None and (c.method.family, c.method.name) == (MethodFamily.ptq, "LLM.int8()") and c.bits == 8
    # someone else's demonstration, or one that names its method, keeps its own reading
    other = claim_of("Prior work showed that BERT can be quantized to Int8 without performance degradation.",
                     title=LLM_INT8)
    assert other is None or other.method is None or other.method.name != "LLM.int8()"
    named = claim_of("We show that OPT-175B can be quantized to W8A8 with SmoothQuant without degradation.",
                     title=LLM_INT8)
    assert named.method.name == "SmoothQuant"
    can = claim_of("We can quantize the 3 largest, openly available LLM models into INT8 without degrading the "
                   "accuracy.", title=LLM_INT8)
    assert can.method.name == "LLM.int8()"


def test_we_as_the_subject_of_an_effect_is_the_papers_own_method():
    # LLM.int8() abstract and section 3; SmoothQuant section 5
    for sentence, title, name in (
            ("For example, for BLOOM-176B, we reduce the memory footprint of the model by 1.96x.", LLM_INT8,
             "LLM.int8()"),
            ("Since most entries are still represented in low-precision, we retain about 50% memory reduction "
             "compared to 16-bit.", LLM_INT8, "LLM.int8()"),
            ("We develop a procedure for Int8 matrix multiplication for feed-forward and attention projection layers "
             "in transformers, which cut the memory needed for inference by half while retaining full precision "
             "performance.", LLM_INT8, "LLM.int8()"),
            ("For the bigger models (OPT-66B and 175B), we can achieve similar or even faster inference using only "
             "half number of GPUs.", SMOOTHQUANT, "SmoothQuant")):
        c = claim_of(sentence, title=title)
        assert c.method is not None and c.method.name == name, sentence
    # not after what other work shows, nor after a generic means named first
    c = claim_of("Nonetheless, some work shows that in production, we can improve the throughput of serving GPT "
                 "models by 37× at similar latency.", title=SMOOTHQUANT)
    assert c.method is None or c.method.name != "SmoothQuant"
    d = claim_of("By quantizing the weights and activations with low-bit integers, we can reduce GPU memory "
                 "requirements by 2x.", title=SMOOTHQUANT)
    assert d.method is not None and d.method.name is None


def test_an_expletive_it_does_not_name_the_papers_own_method():
    c = claim_of("It is well known that round-to-nearest quantization loses 5 points of accuracy at 3 bits.",
                 title=AWQ)
    assert c is None or c.method is None or c.method.name != "AWQ"


@pytest.mark.parametrize(("sentence", "memory"), [
    ("Per-channel quantization of the activation makes the quantization error much smaller than per-tensor "
     "quantization.", False),  # an error, not a size
    ("AWQ needs a much smaller calibration set to reach a good quantized performance.", False),
    ("The 4-bit AWQ checkpoint is 4x smaller than the FP16 model.", True),
    ("Continuous five-trit packing costs 1.6 bits per weight.", True),
])
def test_smaller_is_a_memory_claim_only_about_sizes(sentence, memory):
    c = claim_of(sentence, title=AWQ)
    assert c is not None and (c.kind == ClaimKind.memory) == memory, c.kind


def test_smoothquant_headline_with_qualifier_and_baseline():
    c = claim_of(
        "We integrate SmoothQuant into FasterTransformer, the state-of-the-art transformer serving framework, "
        "achieving up to 1.56$\\times$ speedup and halving the memory usage compared with FP16.",
        title=SMOOTHQUANT,
    )
    assert c.is_result and c.kind in (ClaimKind.speedup, ClaimKind.memory)
    assert (c.method.family, c.method.name, c.baseline) == (MethodFamily.ptq, "SmoothQuant", "FP16")
    # the value is of the claim's kind (1.30): the speed-up of a speed claim, the halving of a memory claim
    speed = (1.56, "x", "up_to", "speedup")
    memory = (2.0, "x", "eq", "memory")
    assert (c.value.value, c.value.unit, c.value.qualifier, c.metric) == (speed if c.kind is ClaimKind.speedup
                                                                          else memory)
    assert {q.value for q in c.values} >= {1.56}


def test_memory_claim():
    c = claim_of("For example, for BLOOM-176B, we reduce the memory footprint of the model by 1.96x.")
    assert c.kind == ClaimKind.memory and c.model == "BLOOM-176B" and c.metric == "memory"
    assert (c.value.value, c.value.unit, c.direction) == (1.96, "x", "better")


def test_a_factor_said_with_a_verb_is_the_value_where_no_number_is_written():
    # SmoothQuant and LLM.int8(): the memory claims state their factor in words only
    c = claim_of("Additionally, SmoothQuant halves the memory footprints for LLM inference.", title=SMOOTHQUANT)
    assert (c.kind, c.metric, c.value.value, c.value.unit, c.value.text, c.direction) == (
        ClaimKind.memory, "memory", 2.0, "x", "halves", "better")
    assert c.method.name == "SmoothQuant"
    d = claim_of("Memory footprint is almost halved compared to FP16.")
    assert (d.value.text, d.value.qualifier, d.direction) == ("halved", "approx", "better")
    e = claim_of("We develop a procedure which cuts the memory needed for inference by half while retaining full "
                 "precision performance.")
    assert (e.value.value, e.value.text, e.metric) == (2.0, "by half", "memory")
    f = claim_of("Our kernels nearly double the throughput of matrix multiplications on A100 GPUs.")
    assert (f.value.value, f.value.qualifier, f.value.text, f.metric, f.direction) == (
        2.0, "approx", "double", "throughput", "better")
    # a speed claim's factor is the one on its speed, and its verb says which way (SmoothQuant section 1)
    both = claim_of("For instance, INT8 quantization of weights and activations can halve the GPU memory usage and "
                    "nearly double the throughput of matrix multiplications compared to FP16.")
    assert (both.kind, both.value.text, both.metric, both.direction) == (
        ClaimKind.speedup, "double", "throughput", "better")
    # the quote holds the value: gate 1 finds it at its anchor
    doc = document("Additionally, SmoothQuant halves the memory footprints for LLM inference.")
    [claim] = extract_claims(doc)
    assert check_anchor(claim, doc).verdict.value == "supported"
    # a written number on the claim's own metric stays the value; one on another metric gives way to the verb
    # factor on the claim's (1.30: a memory claim "halves the memory footprint and gives a 1.56x speedup" is 2x,
    # and "1.56x inference acceleration and halving the memory footprint", whose 1.56x names no metric, too);
    # a factor of something that is no metric is none
    g = claim_of("SmoothQuant halves the memory footprint and gives a 1.56x speedup.", title=SMOOTHQUANT)
    assert (g.value.text, g.metric) == (("1.56x", "speedup") if g.kind is ClaimKind.speedup else ("halves", "memory"))
    g2 = claim_of("We integrate SmoothQuant into PyTorch, getting up to 1.56× inference acceleration and halving the "
                  "memory footprint.", title=SMOOTHQUANT)
    assert (g2.value.text, g2.metric) == (("1.56×", "speedup") if g2.kind is ClaimKind.speedup
                                          else ("halving", "memory"))
    g3 = claim_of("SmoothQuant cuts the memory footprint to 1.9x less and halves the latency.", title=SMOOTHQUANT)
    assert g3.kind is not ClaimKind.memory or g3.value.text == "1.9x"
    for sentence in ("Doubling the batch size improves accuracy of the quantized model.",
                     "The number of GPUs is doubled, and the memory footprint falls.",
                     "Double quantization reduces the memory footprint of the quantization constants."):
        h = claim_of(sentence)
        assert h is None or h.value is None, sentence


def test_a_share_a_method_keeps_is_how_it_is_run_not_its_value():
    # AWQ abstract and section 2.1: the 1% protected is no measure of the error it reduces
    c = claim_of("Our method is based on the observation that weights are not equally important: protecting only 1% "
                 "of salient weights can greatly reduce quantization error.", title=AWQ)
    assert c is None or c.value is None
    d = claim_of("Keeping only 0.1%-1% of the channels significantly improves the performance over RTN.")
    assert d.kind is ClaimKind.comparison and d.value is None
    # a share measured stays the value
    e = claim_of("Outlier features make up only about 0.1% of all feature dimensions.")
    assert e.value.text == "0.1%"
    # a share of a measure kept is a result (1.38): "keeps 95% of the accuracy", at a sparsity that is a setting
    w = claim_of("Wanda keeps 95% of the accuracy at 50% sparsity on LLaMA-7B.")
    assert (w.kind, w.value.text, w.metric, w.sparsity) == (ClaimKind.result, "95%", "accuracy", 0.5)
    # a share of a model pruned away is its sparsity, not the value
    x = claim_of("Wanda prunes 50% of LLaMA-7B with a 0.3 perplexity increase.")
    assert (x.value.text, x.metric, x.sparsity) == ("0.3", "perplexity", 0.5)
    # 1.28: the share kept without "of", after the fraction, or named by what it is or is kept in (AWQ 2.1, Tables
    # 1 and 7)
    for sentence in ("As shown in Table 7, AWQ achieves similar performance compared to keeping 1% salient weights "
                     "in FP16.",
                     "Keeping a small fraction of weights (0.1%-1%) in FP16 significantly improves the performance "
                     "of the quantized models over round-to-nearest (RTN).",
                     "AWQ consistently outperforms RTN and achieves comparable performance as mixed-precision (1% "
                     "FP16) while being more hardware-friendly.",
                     "AWQ scales the 1% salient channels and outperforms RTN."):
        f = claim_of(sentence)
        assert f is None or f.value is None, sentence
    # a share of weights that is what was measured stays
    g = claim_of("After pruning, 1% of weights remain nonzero in the last layer.")
    assert g.value.text == "1%"


def test_a_unit_overrules_a_metric_no_number_in_it_can_be():
    # natural-sparsity section 5: the area in brackets is another number's; 42–49 fJ is an energy
    c = claim_of("The loader, however, costs 42–49 fJ per weight (standard-cell area 244.7 µm2), mostly clock energy "
                 "in its registers.")
    assert (c.value.text, c.metric, c.metric_direction) == ("42–49 fJ per weight", "energy", "lower")
    # a metric the unit allows stays
    d = claim_of("GPTQ reaches a throughput of 30 tokens/s on one A100.")
    assert (d.value.unit, d.metric) == ("tokens/s", "throughput")
    e = claim_of("The fused kernel cuts the latency to 4.5 ms per token.")
    assert (e.value.unit, e.metric) == ("ms", "latency")


def test_the_size_of_a_memory_part_is_a_spec_not_the_value():
    # natural-sparsity section 6: "1 MB" names the SRAM the energy point is of
    c = claim_of("The CAT-Q Qwen3 checkpoints lie beyond it: Architectures A and B-streamed save 3.7–6.7% at the 1 MB "
                 "45 nm SRAM energy point.")
    assert c.kind is not ClaimKind.memory and c.value.text == "3.7–6.7%"
    # ... and the memory-energy point a process node names (1.31)
    e = claim_of("At 1.6 ns the resident case uses 0.8–2.1% less total energy across the modeled on-chip SRAM points "
                 "(1.3% for the 32 KB 45 nm SRAM point and 2.1% for the 1 MB 45 nm point).")
    assert e.kind is not ClaimKind.memory and (e.value.text, e.metric) == ("0.8–2.1%", "energy")
    # a size that is measured stays the value
    d = claim_of("The 4-bit model takes 3.5 GB of memory on one GPU.")
    assert (d.kind, d.value.text, d.metric) == (ClaimKind.memory, "3.5 GB", "memory")


def test_a_model_size_with_no_model_named_is_the_scale_the_claim_holds_at():
    # LLM.int8() abstract and section 4
    c = claim_of("At around 6.7B parameters, a phase shift occurs, and all transformer layers and 75% of all sequence "
                 "dimensions are affected by extreme magnitude features.")
    assert c.model is None and c.conditions["model_size"] == "about 6.7B"
    d = claim_of("Using LLM.int8(), we show empirically it is possible to perform inference in LLMs with up to 175B "
                 "parameters without any performance degradation.")
    assert d.conditions["model_size"] == "up to 175B"
    # a named model says its own size; a size that is the claim's value is no condition of it
    e = claim_of("LLM.int8() keeps the perplexity of OPT-6.7B at 10.86 on C4.")
    assert e.model == "OPT-6.7B" and "model_size" not in e.conditions
    # a table whose columns are sizes and name no model (LLM.int8() Table 1)
    rows = [["Parameters", "125M", "1.3B", "13B"], ["32-bit Float", "25.65", "15.91", "12.45"],
            ["Int8 absmax", "87.76", "16.55", "13.41"]]
    caption = "Table 1: C4 validation perplexities of quantization methods for different transformer sizes."
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 1")]))
    assert [c.conditions.get("model_size") for c in claims] == ["125M", "1.3B", "13B"] * 2


def test_settings_the_paper_states_for_all_experiments_hold_for_each_result_that_states_none():
    cited_text = "Frantar et al. (2022) also report that GPTQ reaches a perplexity of 6.1 on WikiText-2 for LLaMA-7B."
    # AWQ section 3.1 and SmoothQuant section 5.1
    doc = document("We used a group size of 128 throughout the work, except otherwise specified.",
                   "All our experiments are conducted on NVIDIA A100 80GB GPU servers.",
                   "AWQ reaches a perplexity of 5.60 on WikiText-2 for LLaMA-7B.",
                   "With a group size of 64, AWQ reaches a perplexity of 5.51 on WikiText-2 for LLaMA-7B.",
                   "On an RTX 4090, AWQ runs Llama-2-7B at 2.7x the speed of FP16.",
                   "AWQ runs Llama-2-7B 3.2x faster than FP16.",
                   cited_text)
    claims = {c.statement: c for c in extract_claims(doc)}
    fast = claims["AWQ runs Llama-2-7B 3.2x faster than FP16."]
    assert (fast.conditions["group_size"], fast.hardware) == ("128", "A100")
    assert fast.conditions["paper_wide"] == (
        "group_size (p. 1: “We used a group size of 128 throughout the work, except otherwise specified.”); "
        "hardware (p. 1: “All our experiments are conducted on NVIDIA A100 80GB GPU servers.”)")
    # the hardware decides a speed, not a perplexity
    plain = claims["AWQ reaches a perplexity of 5.60 on WikiText-2 for LLaMA-7B."]
    assert (plain.conditions["group_size"], plain.hardware) == ("128", None)
    assert plain.conditions["paper_wide"].startswith("group_size (p. 1:") and "hardware" not in plain.conditions[
        "paper_wide"]
    # what a claim states itself stays; another work's finding is not under this paper's protocol
    own_group = claims["With a group size of 64, AWQ reaches a perplexity of 5.51 on WikiText-2 for LLaMA-7B."]
    assert own_group.conditions["group_size"] == "64" and "paper_wide" not in own_group.conditions
    assert claims["On an RTX 4090, AWQ runs Llama-2-7B at 2.7x the speed of FP16."].hardware == "RTX 4090"
    cited = claims[cited_text]
    assert "cited" in cited.conditions and "paper_wide" not in cited.conditions and cited.hardware is None
    # in a paper with its own method, a remark on a method family and what "some work shows" are no result of
    # its experiments (SmoothQuant section 1 and 7)
    doc = document("All our experiments are conducted on NVIDIA A100 80GB GPU servers.",
                   "Quantization can reduce memory and accelerate inference.",
                   "Nonetheless, some work shows that in production, we can improve the throughput of serving GPT "
                   "models by 37× at similar latency.",
                   "SmoothQuant is faster than the FP16 baseline under all settings.", title=SMOOTHQUANT)
    claims = {c.statement[:20]: c for c in extract_claims(doc)}
    assert claims["SmoothQuant is faste"].hardware == "A100"
    assert all("paper_wide" not in claims[k].conditions and claims[k].hardware is None
               for k in ("Quantization can red", "Nonetheless, some wo"))
    # a caption's "all experiments" are that figure's; two facts that disagree set nothing
    caption = "Figure 6. All experiments are done with the OPT-6.7B model under INT3-g128 quantization."
    result = "AWQ reaches a perplexity of 5.60 on WikiText-2 for LLaMA-7B."
    doc = document(result)
    doc.passages.append(passage(1, caption, kind=PassageKind.caption))
    assert all("paper_wide" not in c.conditions for c in extract_claims(doc))
    doc = document("We used a group size of 128 throughout the work, except otherwise specified.",
                   "Unless otherwise stated, all models use a group size of 64.", result)
    assert all("paper_wide" not in c.conditions for c in extract_claims(doc))


def test_a_devices_memory_is_its_spec_where_the_sentence_measures_something_else():
    # AWQ abstract: the claim is the 30 tokens per second; the 8GB is the laptop GPU's
    c = claim_of("It also democratizes LLMs with up to 13 billion parameters at an interactive pace of 30 tokens per "
                 "second on a laptop RTX 4070 GPU with only 8GB of memory.", title=AWQ)
    assert (c.kind, c.value.text, c.metric) == (ClaimKind.speedup, "30 tokens per second", "throughput")
    # alone, what fits in a device's memory is the claim
    d = claim_of("Furthermore, it facilitates effortless deployment of the Llama-2-70B model on a single NVIDIA Jetson "
                 "Orin with 64GB of memory.", title=AWQ)
    assert (d.kind, d.value.text) == (ClaimKind.memory, "64GB")


def test_a_minimum_period_and_a_zero_fraction_are_metrics():
    # AWQ section 2.2: an average error is an error
    e = claim_of("We find that the rounding is uniform, resulting in an average error of 0.25 per weight.")
    assert (e.metric, e.metric_direction) == ("error", "lower")
    # natural-sparsity sections 5 and 7
    c = claim_of("The direct engine reaches a 1.344 ns minimum period against 1.519 ns for five-trit (11.5% shorter).")
    assert (c.value.text, c.metric, c.metric_direction) == ("1.344 ns", "clock period", "lower")
    d = claim_of("The highest zero fraction in its survey, 51.5%, comes from a CAT-Q model.")
    assert (d.value.text, d.metric) == ("51.5%", "zero density")


@pytest.mark.parametrize("text, hardware", [
    # AWQ section 4.4: consumer GPUs and the Orin by their bare names, where the text says they are GPUs
    ("AWQ is up to 3.9× faster than FP16 on 4090 (desktop GPU) and Orin (mobile GPU).", "RTX 4090"),
    ("AWQ also democratizes Llama-2-13B deployment on laptop GPUs (4070) with merely 8GB memory.", "RTX 4070"),
    ("On the laptop 4070 GPU with only 8GB memory, we run Llama-2-13B at 33 tokens / second.", "RTX 4070"),
    ("It reaches 7.8 tokens per second on Orin (mobile GPU).", "Jetson Orin"),
    # a number is no GPU without the word
    ("We sample 4090 sequences from the Pile.", None),
    ("AWQ brings 2.7-3.9× speedup on 4090 compared with Huggingface.", None),
])
def test_a_gpu_named_bare_is_read_by_its_full_name(text, hardware):
    assert find_hardware(text) == hardware


def test_a_checkpoint_s_weight_rows_are_no_method():
    # natural-sparsity: "BitNet rows" are the rows of the BitNet checkpoint a design ran on
    c = claim_of("At 1.6 ns, where five-trit needs a much larger netlist, the difference ranges from -3.0% to +8.5% "
                 "(BitNet rows: +1.4%).")
    assert c.method is None or c.method.name != "BitNet"
    d = claim_of("BitNet reaches 42.2% zeros in its ternary projections.")
    assert d.method is not None and d.method.name == "BitNet"


def test_perplexity_change_headline_is_the_value_it_changed_to():
    # LLM.int8() section 4.2: a hedged change is a change too
    hedged = claim_of("If the outliers are removed, the mean top-1 softmax probability is reduced from about 40% to "
                      "about 20%, and validation perplexity increases by 600-1000%.")
    assert hedged.value.text == "20%"
    c = claim_of(
        "Keeping the salient weights in FP16 can significantly improve the quantized performance "
        "(PPL from 43.2 (left) to 13.0 (middle)), but the mixed-precision format is not hardware-efficient."
    )
    assert c.metric == "perplexity" and c.metric_direction == "lower"
    assert (c.value.value, c.value.unit) == (13.0, "ppl")
    assert [q.unit for q in c.values if q.value in (43.2, 13.0)] == ["ppl", "ppl"]


def test_a_change_said_by_its_verb_ends_past_a_setting_or_in_brackets():
    # AWQ section 2.2 (1.29): the setting of the start (s=1) stands between the two; RTN is what it started from
    c = claim_of("We find that scaling up the salient channels is quite effective: the perplexity improves from "
                 "23.54 for s=1 (simply RTN) to 11.92 for s=2.")
    assert (c.value.value, c.metric, c.baseline) == (11.92, "perplexity", "RTN")
    assert c.method is None or c.method.name != "RTN"
    d = claim_of("Scaling up the salient channels significantly improves the perplexity (23.54 to 11.92).")
    assert d.value.value == 11.92
    # a sweep from one value to another, with no verb of a change, is a range: its first value stays the headline
    e = claim_of("The sweep uses published values from 0.133 pJ/bit (32 KB SRAM, 7 nm) to 70 pJ/bit (a DDR3 "
                 "sensitivity point), including HBM2 and LPDDR4.")
    assert e is None or e.value is None or e.value.value == 0.133
    # numbers in brackets after no verb of a change are no change (a rising pair is a range)
    f = claim_of("GPTQ reaches a low perplexity (10.2 to 10.9 across seeds).")
    assert (f.value.low, f.value.high) == (10.2, 10.9)


def test_a_factor_on_the_calibration_data_is_how_it_was_run():
    # AWQ section 3.3: 10x is the calibration set's size, not a perplexity
    c = claim_of("It can achieve better perplexity using 10× smaller calibration set compared to GPTQ.", title=AWQ)
    assert c.metric == "perplexity" and c.value is None and c.baseline == "GPTQ"
    # a factor on what was measured stays
    d = claim_of("AWQ achieves a 3.2x smaller memory footprint than FP16.")
    assert d.value.text == "3.2x"


def test_comparison_names_its_baseline_not_as_the_method():
    c = claim_of(
        "Keeping a small fraction of weights (0.1%-1%) in FP16 significantly improves the performance "
        "of the quantized models over round-to-nearest (RTN).",
        title=AWQ,
    )
    assert c.kind == ClaimKind.comparison and c.baseline == "RTN" and c.direction == "better"
    assert c.method is None or c.method.name != "RTN"
    # the share kept in FP16 is how it was run (1.28): among the numbers, not the value
    assert c.value is None and (0.1, 1.0) in [(q.low, q.high) for q in c.values]


@pytest.mark.parametrize("sentence, baseline", [
    # a quantity after "than" is no baseline: the comparison's lead comes later
    ("This is challenging since FasterTransformer is already more than 3× faster compared to the PyTorch "
     "implementation for OPT-30B.", "PyTorch implementation"),
    ("The quantization overhead can slow inference for models with less than 6.7B parameters, as compared to a "
     "FP16 baseline.", "FP16"),
    ("Speedups smaller than 1.0x are slowdowns of the 8-bit kernels.", None),
    ("The bitmap design saves energy with BitNet only if a weight bit costs more than about 1.9–2.5 pJ to read.", None),
    # a bound on a quantity ("less than 8-bits") is not a compared system; "faster than 16-bit" is
    ("Quantization that uses less than 8-bits for data types degrades the accuracy of OPT-13B.", None),
    ("INT8 matrix multiplication is up to 2x faster than 16-bit inference on an H100 GPU.", "16-bit inference"),
])
def test_a_quantity_after_a_lead_names_no_baseline(sentence, baseline):
    c = claim_of(sentence)
    assert c is not None and c.baseline == baseline


def test_an_opening_condition_is_not_the_claims_value():
    c = claim_of("At 2.0 ns, the bitmap/sign engine uses 14.0% more energy per weight than five-trit.")
    assert c is not None and c.kind == ClaimKind.comparison  # not speedup: 2.0 ns is the setting
    assert (c.value.value, c.value.unit, c.metric, c.baseline) == (14.0, "%", "energy", "five-trit")
    assert 2.0 in [q.value for q in c.values]  # still among the sentence's numbers
    # without the comma the sentence does not open with a condition, and nothing changes
    d = claim_of("Latency drops to 2.0 ns with the bitmap/sign engine.")
    assert d is not None and (d.kind, d.value.value, d.value.unit) == (ClaimKind.speedup, 2.0, "ns")


def test_a_protocol_verb_in_a_leading_condition_does_not_make_a_setup_fact():
    c = claim_of("If we use our full LLM.int8() method with mixed-precision decomposition, the advantage of "
                 "zeropoint quantization disappears.")
    assert c is not None and c.kind == ClaimKind.qualitative and c.method.name == "LLM.int8()"
    d = claim_of("We use our full LLM.int8() method with mixed-precision decomposition for all runs.")
    assert d is not None and d.kind == ClaimKind.setup


def test_a_bound_on_the_bit_width_is_not_the_bit_width():
    c = claim_of("Quantization that uses less than 8-bits for data types degrades the accuracy of OPT-13B.")
    assert c is not None and c.bits is None and c.conditions.get("bits_below") == "8"
    d = claim_of("Quantization that uses 4-bit data types degrades the accuracy of OPT-13B.")
    assert d is not None and d.bits == 4 and "bits_below" not in d.conditions


def test_our_method_named_in_apposition_is_the_method():
    c = claim_of("In conjunction with vector-wise quantization that yields our method, LLM.int8(), which we show "
                 "empirically can recover the full inference performance of models with up to 175B parameters.")
    assert c is not None and c.method.name == "LLM.int8()"
    d = claim_of("Vector-wise quantization and LLM.int8() recover the full inference performance of OPT-175B.")
    assert d is not None and d.method.name == "vector-wise quantization"  # no apposition: the first named


@pytest.mark.parametrize("sentence, kind", [
    ("The hidden dimension is 4x the model dimension.", ClaimKind.setup),
    ("Raw Int8 matrix multiplication is two times faster than cuBLAS at a model size of 5120.", ClaimKind.speedup),
])
def test_architecture_dimensions_are_setup_but_a_size_condition_is_not(sentence, kind):
    c = claim_of(sentence)
    assert c is not None and c.kind == kind


def test_without_degradation_is_an_equal_comparison():
    c = claim_of(
        "Using LLM.int8(), we show empirically it is possible to perform inference in LLMs with up to 175B "
        "parameters without any performance degradation."
    )
    assert (c.kind, c.direction, c.method.name) == (ClaimKind.comparison, "equal", "LLM.int8()")


@pytest.mark.parametrize("sentence", [
    "With 2:4 sparsity, BERT keeps its GLUE accuracy.",
    "Pruning BERT to 2:4 sparsity with magnitude loses no accuracy on SST-2.",
])
def test_keeping_or_losing_no_accuracy_is_a_claim_of_no_loss(sentence):
    c = claim_of(sentence)
    assert c is not None and c.direction == "equal" and c.sparsity_pattern == "2:4" and c.metric == "accuracy"


@pytest.mark.parametrize("sentence, sparsity", [
    ("Removing 30% to 50% of BERT's weights by one-shot magnitude pruning causes no significant drop in GLUE "
     "accuracy.", 0.5),  # a range counts at its top: the claim holds up to there
    ("Up to 30% of the weights of BERT can be removed without any loss in accuracy on SST-2.", 0.3),
    ("Pruning 40% of the parameters of BERT keeps its accuracy on MNLI.", 0.4),
])
def test_removing_a_share_of_the_weights_is_pruning_to_that_sparsity(sentence, sparsity):
    c = claim_of(sentence)
    assert c is not None and c.method is not None and c.method.family.value == "pruning"
    assert c.sparsity == sparsity and c.direction == "equal"


def test_removing_other_things_is_not_pruning():
    c = claim_of("Removing 10% of the outlier features degrades accuracy by 5 points.")
    assert c is None or c.method is None or c.method.family.value != "pruning"


def test_keeping_a_layer_in_a_format_is_no_claim():
    assert claim_of("We keep the first layer in fp16.") is None


def test_trend():
    c = claim_of(
        "We see that absmax, row-wise, and zeropoint quantization fail as we scale, where models after 2.7B "
        "parameters perform worse than smaller models."
    )
    assert c.kind == ClaimKind.trend and c.method.name == "absmax" and c.direction == "worse"


def test_qualitative_effect_of_a_named_method():
    c = claim_of("Our method, LLM.int8(), is the only method that preserves perplexity.")
    assert (c.kind, c.method.name, c.metric, c.value) == (ClaimKind.qualitative, "LLM.int8()", "perplexity", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "We open source our software.",
        (
            "Large pretrained language models are widely adopted in NLP [Vas17c, Rad19a, Bro20c, Zha22] but require "
            "significant memory for inference."
        ),
        "We are interested in two questions: at which scale and why do quantization techniques fail?",
        "The remainder of this paper is organized as follows.",
    ],
)
def test_sentences_without_a_claim_are_skipped(sentence):
    assert claim_of(sentence) is None


def test_natural_sparsity_hardware_and_checkpoint_claims():
    c = claim_of("The bitmap/sign engines reach 9--14\\% shorter minimum clock periods.", page=1)
    assert (c.kind, c.metric, c.metric_direction, c.direction) == (ClaimKind.speedup, "clock period", "lower", "better")
    assert (c.value.low, c.value.high, c.value.unit, c.anchor.page) == (9, 14, "%", 1)

    c = claim_of(
        "The 210 tensors contain 2,084,044,800 ternary weights, of which 879,693,294 are zero, "
        "giving an exact zero density of 42.2109\\%.",
        page=7,
    )
    assert (c.kind, c.metric, c.value.value, c.value.unit) == (ClaimKind.result, "zero density", 42.2109, "%")
    assert (c.sparsity, c.bits, c.anchor.page) == (pytest.approx(0.422109), 1.58, 7)
    assert 2084044800 in [q.value for q in c.values]

    c = claim_of(
        "Higher-zero CAT-Q Qwen3 checkpoints save 3.7--6.8\\% for LPDDR4-streamed ternary-symbol weights, "
        "falling to about 1.9--2.1\\% after scale and output-head reads are included."
    )
    assert (c.method.name, c.method.family, c.model, c.hardware) == ("CAT-Q", MethodFamily.ptq, "Qwen3", "LPDDR4")
    assert [(q.low, q.high, q.qualifier) for q in c.values] == [(3.7, 6.8, "eq"), (1.9, 2.1, "approx")]


def test_every_quote_is_the_exact_sentence_and_bbox_covers_its_lines():
    first = "SmoothQuant enables serving 530B LLM within a single node."
    second = "We demonstrate up to 1.56$\\times$ speedup and 2$\\times$ memory reduction for LLMs with negligible loss in accuracy."
    text = f"{first} {second}"
    split = len(first) + 1 + 40  # the second sentence runs over two lines
    lines = [
        LineSpan(bbox=(50, 100, 500, 112), start=0, end=len(first) + 1),
        LineSpan(bbox=(50, 112, 540, 124), start=len(first) + 1, end=split),
        LineSpan(bbox=(50, 124, 300, 136), start=split, end=len(text)),
    ]
    doc = ParsedDocument(
        sha256="1" * 64,
        media_type="application/pdf",
        n_pages=3,
        passages=[passage(4, text, kind=PassageKind.abstract, page=3, lines=lines)],
        parser_version="test",
        meta=DocumentMeta(title=SMOOTHQUANT),
    )
    claims = extract_claims(doc)
    assert [c.anchor.quote for c in claims] == [first, second]
    for c in claims:
        assert text[c.anchor.char_start : c.anchor.char_end] == c.anchor.quote == c.statement
        assert (c.anchor.passage_index, c.anchor.page, c.origin) == (4, 3, "text")
        assert c.extractor_version == EXTRACTOR_VERSION
    assert claims[0].anchor.bbox == (50, 100, 500, 112)
    assert claims[1].anchor.bbox == (50, 112, 540, 136)


def test_headings_references_and_footnotes_give_no_claims():
    sentence = "AWQ outperforms existing work on various language modeling and domain-specific benchmarks."
    kinds = [PassageKind.heading, PassageKind.reference, PassageKind.footnote, PassageKind.other, PassageKind.body]
    doc = ParsedDocument(
        sha256="2" * 64,
        media_type="text/plain",
        n_pages=1,
        passages=[passage(i, sentence, kind=k) for i, k in enumerate(kinds)],
        parser_version="test",
    )
    assert [c.anchor.passage_index for c in extract_claims(doc)] == [4]


def test_own_method_from_title_or_abstract():
    assert own_method(document("text", title=LLM_INT8)).name == "LLM.int8()"
    abstract = "We propose AWQ. AWQ is fast. Unlike GPTQ, it needs no backpropagation."
    doc = ParsedDocument(
        sha256="3" * 64,
        media_type="text/plain",
        n_pages=1,
        passages=[passage(0, abstract, kind=PassageKind.abstract)],
        parser_version="test",
    )
    assert own_method(doc).name == "AWQ"
    assert own_method(document("Nothing named here.")) is None


@needs_corpus
@pytest.mark.parametrize("paper, title", [("llm-int8", LLM_INT8), ("awq", AWQ), ("smoothquant", SMOOTHQUANT)])
def test_markdown_papers_quotes_are_exact(paper, title):
    """Every claim of a real paper's body quotes its passage exactly, and both kinds occur."""
    md = (CORPUS / paper / "paper.md").read_text()
    paragraphs = [
        re.sub(r"\s+", " ", p).strip()
        for p in md.split("\n\n")
        if p.strip() and not p.lstrip().startswith(("#", "<", "!", "---", "|", ">", "$$"))
    ][:40]
    doc = document(*paragraphs, title=title)
    claims = extract_claims(doc)
    assert len(claims) >= 20
    for c in claims:
        assert text_at(c.anchor, doc) == c.anchor.quote
    kinds = {c.kind for c in claims}
    assert ClaimKind.setup in kinds and kinds & {ClaimKind.result, ClaimKind.speedup, ClaimKind.memory}


# LLM.int8(), page 17: the paragraph goes on after a displayed block; read apart, the second part
# "16-bit is reduced to 1.6x at a model size of 5140." states a speedup without saying of what
INT8_FIRST = ("If inputs need to be quantized and outputs dequantized – a strict requirement if not the entire "
              "transformer is done in Int8 – then the speedups compared to")
INT8_REST = "16-bit is reduced to 1.6x at a model size of 5140."


def cut_document(*passages_: Passage) -> ParsedDocument:
    return ParsedDocument(sha256="2" * 64, media_type="application/pdf", n_pages=18, meta=DocumentMeta(title=LLM_INT8),
                          passages=list(passages_), parser_version="test")


def test_a_sentence_a_page_break_cuts_is_one_claim_quoted_whole():
    doc = cut_document(
        passage(0, "The speedups are small for small models. " + INT8_FIRST, page=17),
        passage(1, "17", kind=PassageKind.other, page=17),  # the page number
        passage(2, "18", kind=PassageKind.other, page=18),  # the next page's running head
        passage(3, INT8_REST + " Larger models benefit more.", page=18),
    )
    claims = extract_claims(doc)
    cut = [c for c in claims if c.anchor.quote.startswith("If inputs")]
    assert len(cut) == 1 and not [c for c in claims if c.anchor.quote.startswith("16-bit")]
    c = cut[0]
    assert c.anchor.quote == c.statement == f"{INT8_FIRST} {INT8_REST}"
    start = len("The speedups are small for small models. ")
    a = c.anchor
    assert (a.page, a.passage_index, a.char_start, a.char_end) == (17, 0, start, len(doc.passages[0].text))
    assert (a.end_page, a.end_passage_index, a.end_char) == (18, 3, len(INT8_REST))
    # read whole, the speedup has its baseline
    assert (c.kind, c.value.text, c.baseline) == (ClaimKind.speedup, "1.6x", "16-bit")
    assert text_at(a, doc) == a.quote
    g = check_anchor(c, doc)
    assert g.verdict.value == "supported" and g.evidence[0].end_passage == 3 and g.evidence[0].char_end is None
    # the second passage's own next sentence is still read on its own
    assert [x.anchor.char_start for x in claims if x.anchor.passage_index == 3] in ([], [len(INT8_REST) + 1])


def test_a_cut_sentence_whose_anchor_no_longer_fits_is_not_found():
    doc = cut_document(
        passage(0, INT8_FIRST, page=17),
        passage(1, INT8_REST, page=18),
    )
    (c,) = [c for c in extract_claims(doc) if c.anchor.end_passage_index is not None]
    moved = c.model_copy(update={"anchor": c.anchor.model_copy(update={"end_page": 19})})
    shorter = c.model_copy(update={"anchor": c.anchor.model_copy(update={"end_char": 10})})
    assert text_at(moved.anchor, doc) is None and check_anchor(moved, doc).verdict.value == "not_found"
    assert check_anchor(shorter, doc).verdict.value == "not_found"
    assert check_anchor(c, doc).verdict.value == "supported"


def test_a_displayed_equation_inside_a_claim_sentence_is_quoted_without_its_number():
    doc = cut_document(
        passage(0, "BITCOS reports a BitNet b1.58 zero density of z = 0.4219 [4], which implies", page=3),
        passage(1, "Bbitmap = 1.5781 (4)", kind=PassageKind.other, page=3),
        passage(2, "symbol bits per weight, compared with 1.625 for five-trit packing.", page=3),
    )
    (c,) = extract_claims(doc)
    assert c.anchor.quote == ("BITCOS reports a BitNet b1.58 zero density of z = 0.4219 [4], which implies "
                              "Bbitmap = 1.5781 symbol bits per weight, compared with 1.625 for five-trit packing.")
    assert (c.anchor.end_page, c.anchor.end_passage_index) == (3, 2)
    assert {"1.5781", "1.625"} <= {q.text for q in c.values}
    assert check_anchor(c, doc).verdict.value == "supported"


def test_an_anchor_that_runs_on_needs_all_of_its_end():
    from verifier.claims import Anchor

    base = {"page": 3, "quote": "q", "passage_index": 2, "char_start": 0, "char_end": 1}
    assert Anchor(**base, end_page=4, end_passage_index=5, end_char=9).end_page == 4
    for bad in ({"end_page": 4}, {"end_page": 4, "end_passage_index": 5},
                {"end_page": 4, "end_passage_index": 1, "end_char": 9},  # an earlier passage
                {"end_page": 2, "end_passage_index": 5, "end_char": 9}):  # an earlier page
        with pytest.raises(ValueError):
            Anchor(**base, **bad)
    with pytest.raises(ValueError):  # a table cell does not run on
        Anchor(page=3, quote="q", table_index=0, row=1, col=1, end_page=4, end_passage_index=5, end_char=9)


# --- tables --------------------------------------------------------------------------------

# natural-sparsity-ternary-llms, Table 3 (tab:system): a few rows of each group, as the PDF prints them
SYSTEM_CAPTION = (
    "Table 3: Modeled ternary-projection engine plus ternary-symbol weight-read energy per decoded token "
    "relative to fed five-trit (%; negative favors the bitmap). Scale reads/application are excluded."
)
SYSTEM_ROWS = [
    ["Checkpoint", "Zeros", "Bits/wt", "A", "B res.", "B str.", "Best"],
    ["Quantization-aware training or fine-tuning", "", "", "", "", "", ""],
    ["Falcon3-3B", "29.2%", "1.708", "+7.0", "+6.9", "+7.0", "+1.7"],
    ["BitNet 2B4T", "42.2%", "1.578", "−0.9", "−0.2", "−1.0", "−1.3"],
    ["Post-training ternarization (CAT-Q)", "", "", "", "", "", ""],
    ["Qwen3-8B", "46.7%", "1.533", "−3.7", "−2.7", "−3.8", "−4.2"],
]


def table_of(rows: list[list[str]], *, caption: str, index: int = 0, page: int = 11, label="Table 3") -> Table:
    cells = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if r in (1, 4) and rows is SYSTEM_ROWS and c > 0:
                continue  # a group label spans the row: one cell
            cells.append(
                TableCell(row=r, col=c, text=text, bbox=(50 + 60 * c, 100 + 12 * r, 100 + 60 * c, 110 + 12 * r))
            )
    return Table(
        index=index,
        page=page,
        label=label,
        caption=caption,
        bbox=(50, 100, 500, 100 + 12 * len(rows)),
        n_rows=len(rows),
        n_cols=len(rows[0]),
        cells=cells,
    )


def test_one_claim_per_numeric_body_cell_named_by_its_headers():
    table = table_of(SYSTEM_ROWS, caption=SYSTEM_CAPTION)
    claims = extract_claims(document(tables=[table]))
    numeric_cells = [(r, c) for r, row in enumerate(SYSTEM_ROWS) if r > 0 for c, t in enumerate(row) if c > 0 and t]
    assert [(c.anchor.row, c.anchor.col) for c in claims] == numeric_cells
    for c in claims:
        cell = table.cell(c.anchor.row, c.anchor.col)
        assert c.origin == "table" and c.anchor.quote == cell.text and c.anchor.bbox == cell.bbox
        assert (c.anchor.table_index, c.anchor.page) == (0, 11)
        row_header, col_header = SYSTEM_ROWS[c.anchor.row][0], SYSTEM_ROWS[0][c.anchor.col]
        assert c.statement.startswith("Table 3 (Modeled ternary-projection engine")
        assert c.statement.endswith(f"{row_header} / {col_header} = {cell.text}")
        assert (c.conditions["row_header"], c.conditions["column_header"]) == (row_header, col_header)
        assert c.value is not None and c.is_result


def test_table_fields_come_from_headers_groups_and_caption():
    claims = extract_claims(document(tables=[table_of(SYSTEM_ROWS, caption=SYSTEM_CAPTION)]))
    by_cell = {(c.anchor.row, c.anchor.col): c for c in claims}
    zeros = by_cell[(2, 1)]
    assert (zeros.metric, zeros.value.value, zeros.value.unit, zeros.model) == ("zero density", 29.2, "%", "Falcon3-3B")
    assert zeros.method.family == MethodFamily.qat
    assert zeros.conditions["row_group"] == "Quantization-aware training or fine-tuning"
    bits = by_cell[(3, 2)]
    assert (bits.metric, bits.value.value) == ("bits per weight", 1.578)
    energy = by_cell[(5, 3)]
    assert (energy.value.value, energy.model, energy.metric) == (-3.7, "Qwen3-8B", "energy")
    # the bitmap design's energy ("negative favors the bitmap"), on a checkpoint its row group says CAT-Q made
    assert (energy.method.name, energy.method.family) == ("bitmap", MethodFamily.other)
    assert energy.conditions["row_group"] == "Post-training ternarization (CAT-Q)"
    assert energy.baseline == "five-trit"
    assert "Post-training ternarization (CAT-Q) / Qwen3-8B / A = −3.7" in energy.statement


def test_header_empty_and_non_numeric_cells_give_no_claim():
    # natural-sparsity Table 1: areas per clock period; "infeasible" is no number
    rows = [
        ["Clock period", "Five-trit", "Direct", "Full-front decoded", "Presence extracted"],
        ["1.50 ns", "infeasible", "1255.3", "1248.1", "1081.8"],
        ["1.60 ns", "1217.7", "", "1182.9", "1045.1"],
    ]
    caption = "Table 1: Smallest mapped standard-cell area (µm2, Nangate45) of each five-position engine."
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 1")]))
    assert [(c.anchor.row, c.anchor.col) for c in claims] == [(1, 2), (1, 3), (1, 4), (2, 1), (2, 3), (2, 4)]
    assert {c.metric for c in claims} == {"area"} and {c.hardware for c in claims} == {"Nangate45"}
    assert all(c.kind == ClaimKind.result for c in claims)


def test_column_header_unit_and_perplexity_table():
    rows = [["Model", "FP16", "LLM.int8()"], ["OPT-13B", "12.45", "12.45"]]
    caption = "Table 1: C4 validation perplexities of quantization methods for different transformer sizes."
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 1")]))
    assert [(c.value.value, c.value.unit, c.metric, c.dataset, c.model) for c in claims] == [
        (12.45, "ppl", "perplexity", "C4", "OPT-13B")
    ] * 2
    assert claims[1].method.name == "LLM.int8()" and claims[0].bits == 16
    latency = [["Batch", "Latency (ms)"], ["W8A8", "42.1"]]
    (c,) = extract_claims(document(tables=[table_of(latency, caption="Table 10: GPU latency.", label="Table 10")]))
    assert (c.kind, c.value.unit, c.metric, c.bits, c.activation_bits) == (ClaimKind.speedup, "ms", "latency", 8, 8)


def test_cells_take_fields_from_the_captions_title_not_its_commentary():
    # LLM.int8() Table 1: the sentences after the caption's first comment on the results; their
    # "8-bit 6.7B perplexity" is no baseline of the cells, and "absmax" is one row's method
    rows = [["Method", "125M", "6.7B"], ["32-bit Float", "25.65", "13.30"],
            ["Int8 zeropoint vector-wise", "25.72", "13.38"], ["Mystery scheme", "25.83", "14.0"]]
    caption = ("Table 1: C4 validation perplexities of quantization methods for different transformer sizes. We see "
               "that absmax, row-wise, zeropoint, and vector-wise quantization leads to significant performance "
               "degradation at the 13B mark where 8-bit 13B perplexity is worse than 8-bit 6.7B perplexity. "
               "All runs use a batch size of 32 and a learning rate of 1e-4 on an A100 GPU.")
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 1")]))
    assert len(claims) == 6 and all(c.kind == ClaimKind.result for c in claims)  # not setup: those cues are commentary
    # the last sentence defines the runs: its hardware is the cells' (its setup cues are not the table's)
    assert {(c.metric, c.dataset, c.baseline, c.hardware) for c in claims} == {("perplexity", "C4", None, "A100")}
    method = {c.conditions["row_header"]: (c.method.name if c.method else None) for c in claims}
    assert method["Int8 zeropoint vector-wise"] == "zeropoint quantization"
    # before: "absmax", the first method the commentary names; the "Method" column names the row's own
    assert method["Mystery scheme"] == "Mystery scheme"
    # the title alone still gives its comparison baseline
    speed = [["Model", "Int8"], ["13B", "1.19x"]]
    (c,) = extract_claims(document(tables=[table_of(
        speed, caption="Table 5: Inference speedups compared to 16-bit matrix multiplication. Int8 wins.",
        label="Table 5")]))
    assert (c.kind, c.metric, c.baseline) == (ClaimKind.speedup, "speedup", "16-bit matrix multiplication")


def test_a_captions_defining_sentences_still_give_dataset_hardware_and_metric():
    # natural-sparsity Table 3 / LLM.int8() Table 8: later sentences that define, not comment
    rows = [["Model", "A", "Decomp"], ["Checkpoint 1", "-3.7", "2%"]]
    caption = ("Table 3: Modeled weight-read energy per decoded token relative to fed five-trit. A and B "
               "streamed: 2.0 ns clock with the LPDDR4 point. The BLEU score is the median of three random seeds. "
               "We see that Wanda outperforms magnitude pruning on GPT-J.")
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 3")]))
    energy, decomp = claims
    assert (energy.metric, energy.hardware, energy.baseline) == ("energy", "LPDDR4", "five-trit")
    assert energy.method is None and energy.model is None  # not Wanda / GPT-J of the commentary
    defs = "Table 8: Translation results for 8-bit FFN layers. The BLEU score is the median of three random seeds."
    bleu, share = extract_claims(document(tables=[table_of(rows, caption=defs, label="Table 8")]))
    assert (bleu.metric, bleu.metric_direction) == ("BLEU", "higher")
    # "2%" is no BLEU score: its column names what it is, kept as written, with no direction
    assert (share.metric, share.metric_direction, share.conditions["metric_from"]) == (
        "Decomp", None, "column header (as written)")


def test_a_caption_sentence_without_a_metric_takes_the_captions_quality_metric():
    # SmoothQuant Table 6: the claim is in the first sentence, what was measured in the second
    caption = ("Table 6. SmoothQuant can enable lossless W8A8 quantization for LLaMA models. Results are "
               "perplexity on WikiText-2 dataset. Outliers are present in about 75% of all sequence dimensions.")
    doc = ParsedDocument(sha256="0" * 64, media_type="text/plain", n_pages=1, meta=DocumentMeta(title=None),
                         passages=[passage(0, caption, kind=PassageKind.caption)], tables=[], parser_version="t")
    by_quote = {c.anchor.quote: c for c in extract_claims(doc)}
    lossless = by_quote["Table 6. SmoothQuant can enable lossless W8A8 quantization for LLaMA models."]
    assert (lossless.metric, lossless.metric_direction, lossless.dataset) == ("perplexity", "lower", "WikiText-2")
    assert lossless.conditions["metric_from"] == "caption" and lossless.conditions["dataset_from"] == "caption"
    outliers = by_quote.get("Outliers are present in about 75% of all sequence dimensions.")
    # names no method: not made a perplexity claim (its own words say what 75% is a share of)
    assert outliers is None or outliers.metric == "share of sequence dimensions"
    # the same sentence in body text takes nothing from its neighbours
    body = {c.anchor.quote: c for c in extract_claims(document(caption))}
    assert body["Table 6. SmoothQuant can enable lossless W8A8 quantization for LLaMA models."].metric is None


def test_a_body_sentence_takes_the_metric_its_paragraph_announces():
    # AWQ section 3.2: the paragraph says what it measures, the next sentence states the relation
    announce = "We evaluate the perplexity before and after quantization in Table 4."
    relation = ("We can see that AWQ consistently outperforms round-to-nearest (RTN) and GPTQ (w/ and w/o "
                "reordering) across different model scales (7B-70B) and generations.")
    by_quote = {c.anchor.quote: c for c in extract_claims(document(f"{announce} {relation}"))}
    c = by_quote[relation]
    assert (c.metric, c.metric_direction, c.conditions["metric_from"]) == ("perplexity", "lower", "paragraph")
    assert c.method.name == "AWQ" and c.baseline == "RTN"
    # only forward, only within the paragraph
    assert {x.anchor.quote: x for x in extract_claims(document(f"{relation} {announce}"))}[relation].metric is None
    assert {x.anchor.quote: x for x in extract_claims(document(announce, relation))}[relation].metric is None
    # a sentence that names another metric ends the announcement; a statement of a metric is no announcement
    between = "The quantization error of each layer is measured with the Frobenius norm."
    ended = {x.anchor.quote: x for x in extract_claims(document(f"{announce} {between} {relation}"))}
    assert ended[relation].metric is None
    stated = {x.anchor.quote: x for x in extract_claims(document(f"Perplexity is a common metric. {relation}"))}
    assert stated[relation].metric is None


def test_a_metric_in_another_clause_with_its_own_number_is_not_the_headlines():
    # LLM.int8() section 4.1: 20% (what the 40% fell to) is a softmax probability; the perplexity is the
    # 600-1000% of the next clause
    c = claim_of("If the outliers are removed, the mean top-1 softmax probability is reduced from about 40% to "
                 "about 20%, and validation perplexity increases by 600-1000%.")
    assert c.value.text == "20%" and (c.metric, c.metric_direction) == ("softmax probability", None)
    # the abstract's: "mass by more than 20%" is nearer the softmax probability's last word than perplexity's
    # first (lexicon 47 names the softmax probability; nearness counts from where each metric's words end)
    a = claim_of("Setting these outlier feature dimensions to zero decreases top-1 attention softmax probability mass "
                 "by more than 20% and degrades validation perplexity by 600-1000%.")
    assert a.value.text == "20%" and a.metric == "softmax probability"
    # a metric followed by a number of its own is that number's: "the probability" names none the lexicon knows,
    # and 0.3% is no perplexity
    b = claim_of("In contrast, removing the same amount of random features decreases the probability by a maximum "
                 "of 0.3% and degrades perplexity by about 0.1%.")
    assert b.value.text == "0.3%" and b.metric is None
    # nearness from a number's end: "two times faster" is a speed-up, not the run time before it
    r = claim_of("LLM.int8() run times is about two times faster for large matrix multiplications.")
    assert r.metric == "speedup"
    # natural-sparsity 6.6: "larger" is area, not the energy a later clause measures
    d = claim_of("With a dedicated loader, Architecture B is 23.3% larger than fed five-trit at 2.0 ns; its "
                 "compute energy is 13-27% above five-trit.")
    assert d.value.text == "23.3%" and d.metric is None
    # a metric in another clause with no number of its own is still the headline's; one clause keeps its metric
    e = claim_of("Perplexity of the 4-bit model is what we report, and it rises from 10.2 to 12.5.")
    assert e.metric == "perplexity"
    f = claim_of("Validation perplexity increases by 600-1000% when the outliers are removed.")
    assert f.metric == "perplexity" and f.value.text == "600-1000%"


def test_a_percentage_of_things_is_a_share_of_them_as_written():
    # LLM.int8() section 4: outlier statistics the lexicon has no metric for
    c = claim_of("Once the phase shift occurs, outliers are present in all layers and in about 75% of all sequence "
                 "dimensions.")
    assert (c.kind, c.value.text, c.metric, c.metric_direction) == (
        ClaimKind.result, "75%", "share of sequence dimensions", None)
    assert c.conditions["metric_from"] == "text (as written)"
    d = claim_of("The second most common outlier occurs in only a single layer ( 2% of layers), indicating that this "
                 "is a reasonable threshold.")
    assert d.metric == "share of layers"
    # a metric the lexicon knows is kept; a share kept as a setting in a comparison is no metric of it
    e = claim_of("GPTQ retains 99% of the FP16 accuracy on LLaMA-7B.")
    assert e.metric == "accuracy" and "metric_from" not in e.conditions
    f = claim_of("Keeping only 0.1%-1% of the channels significantly improves the performance over RTN.")
    assert f.kind is ClaimKind.comparison and f.metric is None
    # a share of one thing (singular) is left unnamed
    g = claim_of("Outliers are present in 75% of the model.")
    assert g is None or g.metric is None


def test_a_reason_given_for_a_choice_is_about_the_method_chosen():
    # SmoothQuant section 5.3: the comparison is protocol; the claim is LLM.int8()'s
    c = claim_of("We only compare SmoothQuant with LLM.int8() because it is the only existing quantization method "
                 "that can preserve LLM accuracy at all scales.", title=SMOOTHQUANT)
    assert c.method.name == "LLM.int8()"
    # without the choice, the subject stays the method
    d = claim_of("SmoothQuant outperforms LLM.int8() because it is faster at every batch size.", title=SMOOTHQUANT)
    assert d.method.name == "SmoothQuant"


@needs_corpus
def test_awq_table4_claims_carry_perplexity():
    """The corpus AWQ paper: the relation under Table 4's announcement names its metric."""
    from verifier.markdown import parse_markdown

    claims = extract_claims(parse_markdown((CORPUS / "awq" / "paper.md").read_bytes(), name="paper.md"))
    (c,) = [c for c in claims if c.statement.startswith("We can see that AWQ consistently outperforms")]
    assert c.metric == "perplexity" and c.conditions["metric_from"] == "paragraph"
    assert sum(c.conditions.get("metric_from") == "paragraph" for c in claims) == 1


def test_hyper_parameter_tables_give_setup_claims():
    rows = [["Hyper-parameter", "Value"], ["Learning rate", "2e-5"], ["Batch size", "32"], ["Optimizer", "AdamW"]]
    claims = extract_claims(
        document(tables=[table_of(rows, caption="Table 7: Hyper-parameters for fine-tuning on MNLI.")])
    )
    assert [(c.kind, c.value.value) for c in claims] == [(ClaimKind.setup, 2e-5), (ClaimKind.setup, 32)]
    assert all(c.dataset == "MNLI" for c in claims)


def test_extraction_is_deterministic():
    doc = document(
        "SmoothQuant maintains the accuracy of OPT-175B model after INT8 quantization, even with the most "
        "aggressive and most efficient O3 setting.",
        tables=[table_of(SYSTEM_ROWS, caption=SYSTEM_CAPTION)],
        title=SMOOTHQUANT,
    )
    assert [c.model_dump() for c in extract_claims(doc)] == [c.model_dump() for c in extract_claims(doc)]


PDF = CORPUS / "natural-sparsity-ternary-llms" / "paper.pdf"


@pytest.mark.slow
@pytest.mark.skipif(not PDF.is_file(), reason="the shared corpus PDF (../shared/corpus) is not present")
def test_claims_of_the_natural_sparsity_pdf():
    """parse_pdf + extract_claims on the real PDF: the paper's headline claims come out anchored."""
    from verifier.pdf import parse_pdf

    doc = parse_pdf(PDF.read_bytes(), name="natural-sparsity-ternary-llms")
    claims = extract_claims(doc)
    for c in claims:
        if c.origin == "text":
            assert text_at(c.anchor, doc) == c.anchor.quote
            if c.anchor.end_passage_index is None:
                text = doc.passages[c.anchor.passage_index].text
                assert text[c.anchor.char_start : c.anchor.char_end] == c.anchor.quote
    # the displayed equation on page 3 cuts "... which implies | Bbitmap = 1.5781 | symbol bits per weight ...":
    # one claim quotes the sentence whole; none quotes its second part alone
    whole = [c for c in claims if c.anchor.quote.startswith("BITCOS reports") and "which implies" in c.anchor.quote]
    assert len(whole) == 1 and whole[0].anchor.end_passage_index is not None
    assert "which implies Bbitmap = 1.5781 symbol bits per weight, compared with 1.625" in whole[0].anchor.quote
    assert not [c for c in claims if c.anchor.quote.startswith("symbol bits per weight")]
    clock = [c for c in claims if "9–14% shorter minimum clock periods" in c.anchor.quote]
    assert clock, "the abstract's clock-period claim was not extracted"
    c = clock[0]
    assert (c.value.low, c.value.high, c.value.unit, c.anchor.page, c.metric) == (9, 14, "%", 1, "clock period")
    density = [c for c in claims if c.origin == "text" and "42.2109%" in c.anchor.quote]
    assert density, "the exact zero density was not extracted"
    assert (density[0].value.value, density[0].value.unit, density[0].metric) == (42.2109, "%", "zero density")
    assert density[0].anchor.page == next(p.page for p in doc.passages if "42.2109%" in p.text)
    table_claims = [c for c in claims if c.origin == "table"]
    assert table_claims and all(
        c.anchor.quote == doc.tables[c.anchor.table_index].cell(c.anchor.row, c.anchor.col).text for c in table_claims
    )


def test_a_share_that_grows_with_compute_is_a_trend():
    c = claim_of("The optimal fraction of the training budget spent in QAT grows with total compute.")
    assert c is not None and c.kind == ClaimKind.trend and c.method is not None and c.method.family.value == "qat"


def test_rows_for_cited_works_and_baselines_do_not_take_the_captions_method():
    # LLM.int8() Table 9: the caption's method is not the method of every row
    rows = [
        ["Method", "MNLI", "SST-2"],
        ["32-bit Baseline", "90.4", "96.4"],
        ["Q8BERT (Zafrir et al., 2019)", "85.6", "94.7"],
        ["LLM.int8() vector-wise", "90.2", "96.2"],
        ["Mixed-precision decomposition", "90.3", "96.3"],
    ]
    caption = "Table 9: GLUE finetuning results for LLM.int8() and other quantization methods in 8-bit."
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 9")]))
    method = {c.conditions["row_header"]: (c.method.name if c.method else None) for c in claims}
    assert method["32-bit Baseline"] is None
    # the "Method" column names a cited work's row by its own name, never by the caption's method
    assert method["Q8BERT (Zafrir et al., 2019)"] == "Q8BERT"
    assert method["LLM.int8() vector-wise"] == "LLM.int8()"
    assert method["Mixed-precision decomposition"] == "LLM.int8()"  # the row names it in its own words


def test_a_method_column_names_each_rows_method_of_the_captions_family():
    rows = [["Method", "MNLI", "CoLA", "MRPC"], ["FP32", "90.4", "67.4", "90.1"],
            ["PSQ (Chen et al., 2020)", "89.9", "67.5", "90.4"], ["Q-BERT", "87.8", "65.1", "88.2"]]
    claims = extract_claims(document(tables=[table_of(
        rows, caption="Table 9: GLUE finetuning results for quantization methods.", label="Table 9")]))
    by = {(c.conditions["row_header"], c.dataset): c for c in claims}
    psq = by[("PSQ (Chen et al., 2020)", "MNLI")]
    assert psq.method is not None and (psq.method.name, psq.method.family) == ("PSQ", MethodFamily.quantization)
    assert by[("FP32", "MNLI")].method is None  # the full-precision row is the baseline, no method
    # a row-header column titled otherwise names no method
    rows[0][0] = "Setting"
    plain = extract_claims(document(tables=[table_of(rows, caption="Table 9: GLUE results.", label="Table 9")]))
    assert all(c.method is None for c in plain)


def test_a_glue_tasks_one_official_metric_is_its_cells_metric_and_says_so():
    rows = [["Method", "MNLI", "CoLA", "MRPC", "STS-B"], ["PSQ", "89.9", "67.5", "90.4", "91.9"]]
    claims = extract_claims(document(tables=[table_of(rows, caption="Table 9: GLUE results.", label="Table 9")]))
    metric = {c.dataset: (c.metric, c.conditions.get("metric_from")) for c in claims}
    assert metric["MNLI"] == ("accuracy", "dataset") and metric["CoLA"] == ("Matthews correlation", "dataset")
    # scored by two metrics (F1 and accuracy; Pearson and Spearman): the task's score, higher is better,
    # and which of the two is said to be unstated, not guessed
    variant = {c.dataset: (c.metric_direction, c.conditions.get("metric_variant")) for c in claims}
    assert metric["MRPC"] == metric["STS-B"] == ("GLUE task score", "dataset")
    assert variant["MRPC"] == ("higher", "not stated: F1 or accuracy")
    assert variant["STS-B"] == ("higher", "not stated: Pearson or Spearman correlation")
    assert variant["MNLI"] == ("higher", None)
    # a metric the table names is kept, and not marked as taken from the dataset
    rows[0][1] = "MNLI (F1)"
    (named,) = [c for c in extract_claims(document(tables=[table_of(rows, caption="Table 9: GLUE results.",
                                                                       label="Table 9")])) if c.dataset == "MNLI"]
    assert (named.metric, named.conditions.get("metric_from")) == ("F1", None)
    # the mean over a GLUE table's tasks is the benchmark's average, said to come from the column header
    rows = [["Method", "MNLI", "CoLA", "Mean"], ["PSQ", "89.9", "67.5", "78.7"]]
    (mean,) = [c for c in extract_claims(document(tables=[table_of(rows, caption="Table 9: GLUE results.",
                                                                   label="Table 9")])) if c.dataset == "GLUE"]
    assert (mean.metric, mean.metric_direction, mean.conditions.get("metric_from")) == (
        "GLUE average", "higher", "column header")
    # a task the caption names is no metric for a column of something else
    sizes = [["Method", "Size"], ["PSQ", "0.4"]]
    (size,) = extract_claims(document(tables=[table_of(sizes, caption="Table 3: Models fine-tuned on SST-2.",
                                                       label="Table 3")]))
    assert size.dataset == "SST-2" and (size.metric, size.metric_direction) == ("Size", None)  # as written


def test_setting_columns_name_their_row_and_give_no_claims():
    # LLM.int8() Table 7: which layers are in 8 bits and the share decomposed are what a row was run with
    rows = [["Params", "FFN", "Linear", "Attention", "Decomp", "PPL"],
            ["209M", "", "", "", "0%", "16.74"],
            ["209M", "\u2713", "\u2713", "", "2%", "16.78"],
            ["209M", "\u2713", "\u2713", "\u2713", "10%", "19.00"]]
    claims = extract_claims(document(tables=[table_of(
        rows, caption="Table 7: Initial results on small and large-scale language modeling.", label="Table 7")]))
    assert [c.value.value for c in claims] == [16.74, 16.78, 19.0]  # the decomposed shares are no results
    assert all(c.metric == "perplexity" for c in claims)
    assert [c.conditions.get("row_settings") for c in claims] == [
        "Decomp 0%", "FFN \u2713, Linear \u2713, Decomp 2%", "FFN \u2713, Linear \u2713, Attention \u2713, Decomp 10%"]
    assert "209M / FFN \u2713, Linear \u2713, Decomp 2% / PPL = 16.78" in claims[1].statement
    # a row-header column of marks names its row the same way (LLM.int8() Table 8)
    marks = [["FFN", "Decomp", "BLEU"], ["", "0%", "28.9"], ["\u2713", "0%", "28.8"]]
    cells = extract_claims(document(tables=[table_of(marks, caption="Table 8: WMT14 results.", label="Table 8")]))
    assert [c.conditions.get("row_settings") for c in cells] == ["Decomp 0%", "FFN \u2713, Decomp 0%"]
    # a model-size column is a setting wherever it stands; a count in a cell is the cell's value
    stats = [["Model", "PPL", "Params", "Count"], ["GPT-2", "33.5", "117M", "1"], ["GPT-J", "13.8", "6.0B", "6"]]
    cells = extract_claims(document(tables=[table_of(stats, caption="Table 4: Outliers.", label="Table 4")]))
    assert [(c.conditions["column_header"], c.value.value) for c in cells] == [
        ("PPL", 33.5), ("Count", 1), ("PPL", 13.8), ("Count", 6)]
    assert cells[1].conditions["row_settings"] == "Params 117M"
    # settings alone, with nothing measured after them, are read as they are
    only = [["Model", "Bits"], ["OPT-13B", "8"]]
    (bits,) = extract_claims(document(tables=[table_of(only, caption="Table 2: Models.", label="Table 2")]))
    assert bits.conditions["column_header"] == "Bits" and "row_settings" not in bits.conditions


@pytest.mark.parametrize(("sentence", "kind"), [
    ("3-bit GPTQ beats 4-bit RTN.", ClaimKind.comparison),
    ("QAT at 2 bits still lags full precision by 5 points.", ClaimKind.comparison),
    ("The accuracy of RTN at 3 bits is 20 points below GPTQ.", ClaimKind.comparison),
    ("QAT and PTQ perform similarly at 8 bits.", ClaimKind.comparison),
    ("Naive W8A8 quantization destroys the accuracy of models beyond 6.7B parameters.", ClaimKind.qualitative),
    ("Unlike RTN, GPTQ remains accurate at 3 bits.", ClaimKind.qualitative),
])
def test_comparisons_and_effects_worded_without_the_usual_verbs_are_claims(sentence, kind):
    """None of these was a claim before lexicon 14 ('beats', 'lags', 'points below', 'perform
    similarly', 'destroys', 'remains accurate' were no cues)."""
    c = claim_of(sentence)
    assert c is not None and c.kind == kind


def test_a_leading_contrast_is_not_the_sentences_method():
    """'Unlike RTN, GPTQ remains accurate' is about GPTQ (lexicon 16; it read RTN)."""
    c = claim_of("Unlike RTN, GPTQ remains accurate at 3 bits.")
    assert c is not None and c.method is not None and c.method.name == "GPTQ"
    c = claim_of("In contrast to magnitude pruning, Wanda preserves accuracy at 50% sparsity.")
    assert c is not None and c.method is not None and c.method.name == "Wanda"


def test_the_papers_own_method_as_subject_is_not_the_method_it_is_set_against():
    """'Our method, unlike RTN, keeps accuracy' read RTN as its method before lexicon 17 (the AWQ
    paper's 'Our method is orthogonal to GPTQ' read GPTQ)."""
    c = claim_of("Our method, unlike RTN, keeps accuracy at 4 bits.")
    assert c is not None and c.method is None
    c = claim_of("Our method is orthogonal to GPTQ and further closes the gap at 2 bits.",
                 title="AWQ: Activation-aware Weight Quantization")
    assert c is not None and c.method is not None and c.method.name == "AWQ"


@pytest.mark.parametrize(("text", "model", "metric"), [
    ("GPT2 reaches a perplexity of 33.5.", "GPT2", "perplexity"),
    ("We report the Matthews corr. on CoLA.", None, "Matthews correlation"),
    ("CoLA is scored by MCC.", None, "Matthews correlation"),
])
def test_lexicon_32_models_and_metrics(text, model, metric):
    from verifier.claim_fields import find_metrics, find_models

    assert [m for _, _, m in find_models(text)][:1] == ([model] if model else [])
    assert find_metrics(text)[0][2][0] == metric


@pytest.mark.parametrize(("sentence", "value"), [
    # SmoothQuant, Figure 5 caption and Section 4: the migration strength is a knob the method sets
    ("Figure 5. Main idea of SmoothQuant when α is 0.5.", 0.5),
    ("The migration strength α=0.5 is a general sweet spot for all the OPT and BLOOM models, and α=0.75 for "
     "GLM-130B since its activations are more difficult to quantize [Zen22].", 0.5),
    # LLM.int8(), Section 3.2
    ("In our work, we find that α = 6.0 is sufficient to reduce transformer performance degradation close to zero.",
     6.0),
])
def test_a_number_given_to_a_greek_letter_is_a_setting_not_a_result(sentence, value):
    c = claim_of(sentence)
    assert c is not None and c.kind == ClaimKind.setup and not c.is_result
    assert c.value.value == value


def test_a_bound_in_brackets_on_a_greek_knob_is_no_value_and_quantizability_is_a_finding():
    # SmoothQuant section 4: the bounds say where α stops working; the finding is what is hard to quantize
    c = claim_of("When α is too small (<0.4), the activations are hard to quantize; when α is too large (>0.6), "
                 "the weights will be hard to quantize.", title=SMOOTHQUANT)
    assert c is not None and c.kind == ClaimKind.qualitative and c.value is None
    d = claim_of("Only when we choose α from the sweet spot region (0.4-0.6) can we get small quantization errors "
                 "for both weights and activations, and maintain the model performance after quantization.",
                 title=SMOOTHQUANT)
    assert d is not None and d.kind == ClaimKind.qualitative and d.value is None
    # what is easy to quantize is a finding; a bracketed number after a Greek letter that says no more of it stays
    # the value ("α tuned per layer (12.3 vs 13.1)")
    e = claim_of("The smoothed activation X and the adjusted weight W are both easy to quantize.", title=SMOOTHQUANT)
    assert e is not None and e.kind == ClaimKind.qualitative
    f = claim_of("SmoothQuant with α tuned per layer reaches a lower perplexity (12.3 vs 13.1).", title=SMOOTHQUANT)
    assert f is not None and f.value is not None and f.value.value == 12.3


def test_a_measure_beside_a_greek_setting_is_still_the_result():
    c = claim_of("With α = 0.8, SmoothQuant reaches a WikiText-2 perplexity of 11.56 on LLaMA-7B.")
    assert c is not None and c.kind == ClaimKind.result
    assert c.value.value == 11.56 and c.metric == "perplexity"


def test_a_latin_letter_can_name_what_was_measured():
    """natural-sparsity, Section 2: z is the measured zero density here, so it stays a value."""
    c = claim_of("For continuous five-trit packing at exactly 1.6 bits per weight, used as the stronger baseline "
                 "in the main experiments below, the bitmap representation becomes smaller when z > 0.4.")
    assert c is not None and c.kind != ClaimKind.setup and c.value.value == 0.4
    # but a set of values given to one is a sweep of settings, whatever the letter
    c = claim_of("Synthetic rows are zero with target probability z ∈ {0.20, 0.30, 0.50}, and the seeded "
                 "workload realized 42.25% zeros.")
    assert c is not None and c.value.text == "42.25%"


@pytest.mark.parametrize("sentence", [
    # SmoothQuant, Section 5.2
    "Note that we clip the top 2% tokens when calibrating the static quantization step sizes for GLM-130B "
    "following [Wei22].",
    # AWQ, Section 5 (a data set named, no number)
    "We took two subsets from the Pile dataset [Gao20]: PubMed Abstracts and Enron Emails [Kli04].",
    # natural-sparsity, reproducibility: tool versions are not results
    "The EDA flow is packaged in a Docker image (Yosys 0.33, OpenSTA 3.1.0, Icarus Verilog 12, Nangate45).",
])
def test_lexicon_33_protocol_sentences_are_setup(sentence):
    c = claim_of(sentence)
    assert c is not None and c.kind == ClaimKind.setup


@pytest.mark.parametrize("sentence", [
    # LLM.int8(), Table 3 caption
    "Numbers small than 1.0x represent slowdowns.",
    "Bold values mark the best result in each column.",
])
def test_how_to_read_a_table_is_no_claim(sentence):
    assert claim_of(sentence) is None


def test_a_quartiles_cell_gives_its_median():
    # LLM.int8() Table 4: "the quartiles of the most common outlier in each transformer"
    rows = [["Model", "Quartiles", "Count"], ["GPT2", "(6, 7, 8)", "1"], ["FSEQ", "(-40, -23, -11)", "3"]]
    caption = "Table 4: Summary statistics of outliers with a magnitude of at least 6."
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 4")]))
    by_cell = {(c.anchor.row, c.anchor.col): c for c in claims}
    assert [by_cell[(r, 1)].value.value for r in (1, 2)] == [7.0, -23.0]
    assert by_cell[(1, 1)].conditions["metric_variant"] == "median (the middle of the three quartiles)"
    assert check_anchor(by_cell[(2, 1)], document(tables=[table_of(rows, caption=caption, label="Table 4")])
                        ).verdict.value == "supported"
    # three numbers under another header are no quartiles: no value is chosen among them
    rows = [["Model", "Scores"], ["GPT2", "(6, 7, 8)"]]
    [claim] = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 4")]))
    assert claim.value is None


def test_designs_a_caption_says_its_cells_measure_are_their_methods_as_written():
    # natural-sparsity Table 1: "of each five-position engine", the column headers name the engines
    engines = [["Clock period", "Five-trit", "Direct", "Presence extracted", "FP16"],
               ["1.50 ns", "infeasible", "1255.3", "1081.8", "1300.0"],
               ["2.00 ns", "1044.1", "1099.6", "1019.3", "1250.5"]]
    caption = ("Table 1: Smallest mapped standard-cell area (µm2, Nangate45) of each five-position engine that meets "
               "the clock period in pre-layout static timing.")
    claims = extract_claims(document(tables=[table_of(engines, caption=caption, label="Table 1")]))
    by_cell = {(c.anchor.row, c.anchor.col): c for c in claims}
    direct = by_cell[(2, 2)]
    assert (direct.method.family, direct.method.name, direct.metric) == (MethodFamily.other, "Direct", "area")
    assert direct.conditions["method_from"] == "column header (as written)"
    assert [by_cell[(2, c)].method.name for c in (1, 2, 3)] == ["Five-trit", "Direct", "Presence extracted"]
    # a reference precision is no design
    assert by_cell[(2, 4)].method is None and "method_from" not in by_cell[(2, 4)].conditions
    # natural-sparsity Table 2: "of the stream-fed bitmap/sign design relative to ...": the one design measured,
    # also in the column of the BitNet checkpoint's weight rows (BitNet is not the design measured there)
    rows = [["Weight memory (pJ/bit)", "z = 0.20", "BitNet rows", "z = 0.70"],
            ["HBM2, streaming (3.59)", "+13.3%", "-0.8%", "-16.4%"]]
    caption = ("Table 2: Model: compute + weight-read energy per weight of the stream-fed bitmap/sign design relative "
               "to stream-fed five-trit, smallest netlists meeting 2.0 ns.")
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 2")]))
    assert [c.method.name for c in claims] == ["stream-fed bitmap/sign design"] * 3
    assert all(c.conditions["method_from"] == "caption (as written)" and c.baseline == "five-trit" for c in claims)
    # a row that names a method the lexicon knows is that method's
    rows = [["Run", "z = 0.20"], ["GPTQ", "+13.3%"]]
    [claim] = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 2")]))
    assert claim.method.name == "GPTQ" and "method_from" not in claim.conditions
    # what says nothing of which design, and a method the lexicon knows, are not taken as written
    for caption in ("Table 4: Accuracy of the proposed method relative to FP16.",
                    "Table 4: Speedup of the GPTQ kernel relative to FP16 on A100."):
        [claim] = extract_claims(document(tables=[table_of([["Model", "Value"], ["OPT-13B", "1.9"]],
                                                           caption=caption, label="Table 4")]))
        assert "method_from" not in claim.conditions, caption
        assert claim.method is None or claim.method.name == "GPTQ", caption


def test_the_design_a_captions_sign_favours_is_the_method_of_its_design_columns():
    # natural-sparsity Table 3: energy relative to five-trit, "negative favors the bitmap"; the columns A, B res.,
    # B str. and Best are settings of the bitmap design, the row groups say how the checkpoints were made
    rows = [["Checkpoint", "Zeros", "Bits/wt", "A", "B res.", "Best"],
            ["Quantization-aware training or fine-tuning"],
            ["Falcon3-3B", "29.2%", "1.708", "+7.0", "+6.9", "+1.7"],
            ["BitNet 2B4T", "42.2%", "1.578", "-0.9", "-0.2", "0.0"],
            ["Post-training ternarization (CAT-Q)"],
            ["Qwen3-8B", "46.7%", "1.533", "-3.7", "-2.7", "-4.2"]]
    caption = ("Table 3: Modeled ternary-projection engine plus ternary-symbol weight-read energy per decoded token "
               "relative to fed five-trit (%; negative favors the bitmap). A and B streamed: 2.0 ns clock.")
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 3")]))
    by_cell = {(c.conditions["row_header"], c.conditions["column_header"]): c for c in claims}
    a = by_cell[("Qwen3-8B", "A")]
    assert (a.method.family, a.method.name, a.baseline, a.metric) == (MethodFamily.other, "bitmap", "five-trit",
                                                                      "energy")
    assert a.conditions["method_from"] == "caption (as written)" and a.direction == "better"
    assert a.conditions["row_group"] == "Post-training ternarization (CAT-Q)"  # how the weights were made, kept
    assert [by_cell[("Falcon3-3B", h)].direction for h in ("A", "B res.", "Best")] == ["worse"] * 3
    assert by_cell[("BitNet 2B4T", "A")].method.name == "bitmap"  # a checkpoint named after a method
    assert by_cell[("BitNet 2B4T", "Best")].direction == "equal"
    # the measures of the checkpoint are not the design's
    assert by_cell[("Qwen3-8B", "Zeros")].method.name == "CAT-Q"
    assert by_cell[("Falcon3-3B", "Bits/wt")].method.family is MethodFamily.qat
    assert "method_from" not in by_cell[("Qwen3-8B", "Zeros")].conditions
    # a row that names a method and no model is that method's
    [gptq] = extract_claims(document(tables=[table_of([["Run", "A"], ["GPTQ", "-1.0"]], caption=caption,
                                                      label="Table 3")]))
    assert gptq.method.name == "GPTQ"


def test_what_a_protocol_measures_and_a_caption_legend_are_no_findings():
    # 1.40, from benchmarks/data/claim_kinds.jsonl's setup facts stored as findings
    for sentence in ("We measure the robustness of quantization methods as we scale the size of several publicly "
                     "available pretrained language models up to 175B parameters.",
                     "Additionally, we evaluate zeroshot accuracy degradation on OPT models for a range of different "
                     "end tasks, where we compare our methods with a 16-bit baseline.",
                     "A and B streamed: 2.0 ns clock with the LPDDR4 point.",
                     "B resident: 2.0 ns with the 1 MB 45 nm SRAM point (1.56 pJ/bit), with the loader idle.",
                     # 1.41: the targets a synthesis ran at
                     "Each engine was synthesized with the default area flow and with two timing-driven recipes at 43 "
                     "delay targets from 0.9 to 3.0 ns, giving 87 netlists per engine."):
        c = claim_of(sentence)
        assert c is None or c.kind is ClaimKind.setup, sentence
    # a protocol with what it found, or with a reason that is a finding, stays a finding
    for sentence in ("We evaluate AWQ on OPT models and find that it outperforms RTN.",
                     "We only compare SmoothQuant with LLM.int8() because it is the only existing quantization method "
                     "that can preserve LLM accuracy at all scales."):
        c = claim_of(sentence)
        assert c is not None and c.kind is not ClaimKind.setup, sentence


def test_a_caption_note_labelled_with_columns_is_those_columns_note():
    # natural-sparsity Table 3 (1.39): "A and B streamed: ... LPDDR4 point" is the note of columns A and B str., not of
    # B res. (its own note names an SRAM point) nor of the checkpoints' Zeros
    rows = [["Checkpoint", "Zeros", "A", "B res.", "B str."], ["Qwen3-8B", "46.7%", "-3.7", "-2.7", "-3.8"]]
    caption = ("Table 3: Modeled engine plus weight-read energy relative to fed five-trit (%; negative favors the "
               "bitmap). A and B streamed: 2.0 ns clock with the LPDDR4 point. B resident: 2.0 ns with the 1 MB 45 "
               "nm SRAM point, with the loader idle.")
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 3")]))
    hardware = {c.conditions["column_header"]: c.hardware for c in claims}
    assert hardware == {"Zeros": None, "A": "LPDDR4", "B res.": None, "B str.": "LPDDR4"}
    # a note with no label is every cell's
    plain = caption.replace("A and B streamed: 2.0 ns clock with", "All runs use")
    claims = extract_claims(document(tables=[table_of(rows, caption=plain, label="Table 3")]))
    assert {c.hardware for c in claims} == {"LPDDR4"}


def test_a_design_a_sentence_names_as_its_subject_is_its_method_as_written():
    # natural-sparsity sections 5 and 6: engines and architectures no lexicon knows
    c = claim_of("The direct engine reaches a 1.344 ns minimum period against 1.519 ns for five-trit (11.5% shorter).")
    assert (c.method.family, c.method.name) == (MethodFamily.other, "direct engine")
    assert c.conditions["method_from"] == "text (as written)"
    d = claim_of("With a dedicated loader, Architecture B is 23.3% larger than fed five-trit at 1.6 ns.")
    assert d.method.name == "Architecture B"
    # a design named in the baseline phrase is not the subject; words that say nothing of a design name none
    e = claim_of("Five-trit is 6.3% smaller than the direct engine at relaxed clocks.")
    assert e.method is None or e.method.name != "direct engine"
    f = claim_of("The adder tree's energy is the same in both engines to within 0.5% at every density.")
    assert f is None or f.method is None
    # a method the lexicon knows comes first
    g = claim_of("The GPTQ kernel is 3.2x faster than the FP16 kernel on an A100.")
    assert g.method.name == "GPTQ" and "method_from" not in g.conditions


def test_rows_with_a_check_mark_under_a_bit_width_are_quantized_at_that_width():
    # LLM.int8() Table 10: "Is 8-bit" spans the FFN and Linear columns of marks, written in one cell
    rows = [["", "Is 8-bit", "", "", ""],
            ["FFN", "Linear", "Decomp", "MNLI", "RTE"],
            ["", "", "0%", "90.4", "84.5"],
            ["\u2713", "", "0%", "90.2", "85.4"],
            ["\u2713", "\u2713.", "2%", "90.0", "85.9"]]
    table = table_of(rows, caption="Table 10: Breakdown for feedforward network (FFN) and linear attention layers "
                                   "for GLUE.", label="Table 10").model_copy(update={"header_rows": 2})
    claims = extract_claims(document(tables=[table]))
    assert [c.value.value for c in claims] == [90.4, 84.5, 90.2, 85.4, 90.0, 85.9]
    by_row = {c.anchor.row: c for c in claims}
    assert by_row[2].bits is None and by_row[2].method is None  # nothing on: the unquantized row
    # ... and it is marked as the reference the others are read against, naming the marks it has off
    assert by_row[2].conditions["reference"] == "no setting marked (FFN, Linear)"
    assert all("reference" not in by_row[r].conditions for r in (3, 4))
    for r in (3, 4):
        assert by_row[r].bits == 8 and by_row[r].method.family == MethodFamily.quantization
    # a stray full stop after a mark is not part of the setting
    assert by_row[4].conditions["row_settings"] == "FFN \u2713, Linear \u2713, Decomp 2%"
    # marks under headers that name no bit width say nothing about bits; each mark's own header names its row's
    plain = [["Pruned", "Decomp", "PPL"], ["", "0%", "16.74"], ["\u2713", "0%", "17.10"]]
    claims = extract_claims(document(tables=[table_of(plain, caption="Table 2: Ablation.", label="Table 2")]))
    assert [c.bits for c in claims] == [None, None]
    assert ["reference" in c.conditions for c in claims] == [False, False]  # marks of no bit width: no reference
    two = [["4-bit", "8-bit", "PPL"], ["\u2713", "", "18.2"], ["", "\u2713", "16.8"]]
    claims = extract_claims(document(tables=[table_of(two, caption="Table 3: Ablation.", label="Table 3")]))
    assert [c.bits for c in claims] == [4, 8]


def test_a_caption_notes_metric_does_not_name_a_column_that_is_a_measure_of_its_own():
    # LLM.int8() Table 4: a later caption sentence speaks of softmax probabilities; the counts and frequencies
    # of the other columns are what their headers say, the softmax column's cells are softmax probabilities
    rows = [["Model", "Outliers / Count", "Frequency / Layers", "Top-1 softmax p / w/ Outlier"],
            ["GPT-2", "1", "25%", "45%"]]
    caption = ("Table 4: Summary statistics of outliers. Outliers are the largest magnitudes of each layer. "
               "Despite only making up about 0.1% of all features, the outliers are essential for large softmax "
               "probabilities.")
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 4")]))
    got = {c.conditions["column_header"]: c.metric for c in claims}
    assert got == {"Outliers / Count": "Outliers / Count", "Frequency / Layers": "Frequency / Layers",
                   "Top-1 softmax p / w/ Outlier": "softmax probability"}
    # a header that is no measure of its own still takes the notes' metric
    plain = [["Model", "W4"], ["OPT-1.3B", "15.2"]]
    (cell,) = extract_claims(document(tables=[table_of(
        plain, caption="Table 5: Results. Each cell is the perplexity of the model.", label="Table 5")]))
    assert cell.metric == "perplexity"


def test_a_difference_in_bits_per_weight_is_a_measure_not_a_bit_width():
    # natural-sparsity section 5 (1.33): 0.0385 bits per weight is how much smaller the stream is
    c = claim_of("On the sampled BitNet rows the bitmap/sign stream is 0.0385 bits per weight smaller than continuous "
                 "five-trit.")
    assert (c.value.value, c.metric, c.bits) == (0.0385, "bits per weight", None)
    # a bit width said per weight stays a bit width
    d = claim_of("At 2 bits per weight, GPTQ keeps perplexity within 1.5 of FP16.")
    assert d.bits == 2


def test_a_method_named_in_another_part_of_the_sentence_is_another_findings():
    # natural-sparsity section 8 (1.33): CAT-Q is named after the semicolons, about its own checkpoints
    c = claim_of("Against continuous five-trit packing, bitmap/sign storage becomes smaller above 40% zeros, so its "
                 "consistent advantage is reduced weight traffic; the quantization-aware checkpoints gain little, "
                 "while the higher-zero CAT-Q Qwen3 checkpoints can retain a small benefit.")
    assert c.value.text == "40%" and c.method is None
    # in the value's own part it is the claim's
    d = claim_of("The setup follows the usual protocol; AWQ reaches 10.5 perplexity on WikiText-2.")
    assert d.method.name == "AWQ"


def test_fields_the_second_field_truth_split_showed_wrong():
    # 1.34 / lexicon 49, from benchmarks/data/claim_fields_truth.jsonl's second split
    # a method name inside another model's name is no method: "OLMo-BitNet-1B"
    c = claim_of("The nine quantization-aware checkpoints have 29.2–42.2% zeros, and the sampled screen of 16 further "
                 "models (Falcon3-10B, OLMo-BitNet-1B) found 31–41%.")
    assert c.method is None or c.method.name != "BitNet"
    assert claim_of("BitNet reaches 42% zeros in its 2B model.").method.name == "BitNet"
    # a metric that is another number's unit is not the headline's
    d = claim_of("For continuous five-trit packing at exactly 1.6 bits per weight, used as the stronger baseline, the "
                 "bitmap representation becomes smaller when z > 0.4.")
    assert d.metric != "bits per weight"
    # the opening condition with what it is close to: the value is the threshold after it
    e = claim_of("At z = 0.4225, close to the checkpoint-wide 42.21% zero fraction, the corresponding Architecture A "
                 "threshold is higher, about 3.2–4.4 pJ per bit.")
    assert (e.value.text, e.metric) == ("3.2–4.4 pJ per bit", "energy")
    # a share chosen by rank is how it was run
    f = claim_of("We find that 8-bit attention projections lead to degradation if not combined with mixed-precision "
                 "decomposition where at least the top 2% magnitude dimensions are computed in 16-bit.")
    assert f.value is None
    # the "quantization" of a quantization error is no method
    g = claim_of("However, the best perplexity is achieved at s=2, since further increasing s will increase the "
                 "quantization error for non-salient channels.")
    assert g.method is None and g.metric == "perplexity"
    assert claim_of("Quantization increases the perplexity by 0.3.").method.family.value == "quantization"


def test_fields_the_third_field_truth_split_showed_wrong():
    # 1.35 / lexicon 50, from benchmarks/data/claim_fields_truth.jsonl's third split
    # a checkpoint named after a method is an example where the sentence names its own family of methods
    c = claim_of("The nine quantization-aware models provide little or no gain: the largest modeled saving is 1.3% of "
                 "the weight-read energy (BitNet 2B4T, 0.5% after adding the output-head weight read).")
    assert c.method is not None and c.method.name != "BitNet" and c.value.text == "1.3%"
    # "Architecture A" after "the corresponding" is the design
    d = claim_of("At z = 0.4225, close to the checkpoint-wide 42.21% zero fraction, the corresponding Architecture A "
                 "threshold is higher, about 3.2–4.4 pJ per bit.")
    assert d.method.name == "Architecture A"
    # a zero density a finding holds at is a setting, and the finding stays a claim
    e = claim_of("At the 42.2% zero density of BitNet b1.58 2B4T the storage gain over five-trit is modest.")
    assert e is not None and e.value is None and e.metric != "zero density"
    # the metric a finding varies with is not what it measures
    f = claim_of("The balance shifts strongly with zero density: at 70% zeros it saves 16–18% with DRAM, and at 20% "
                 "zeros it loses 13–18% because the bitmap stream is larger than five-trit.")
    assert f.value.text == "16–18%" and f.metric != "zero density"
    # a metric held equal names none, with no number too
    g = claim_of("The reduced model size allows us to serve the model using half number of the GPUs (16 to 8) at a "
                 "similar latency, enabling the serving of a >500B model within a single node.")
    assert g.metric != "latency"
    # "memory points" are where a memory energy was read; a quantizer's block is no quantization method
    h = claim_of("Across the tested off-chip memory points above that threshold, Architecture A saves about 0.7–2.3%, "
                 "limited by the 2.4% reduction in bits read at this row density.")
    assert h.metric != "memory" and h.method.name == "Architecture A"
    i = claim_of("If five-trit restarts at every 128-weight quantization block, it costs 1.625 bits per weight and the "
                 "break-even falls to z > 0.375.")
    assert i.method is None
    # a group size is how a method was run
    j = claim_of("GPTQ is strong when using a small group size like 128 and reaches 10.2 perplexity.")
    assert j.value.value == 10.2
    # 1.36: a case named in brackets gives way to the main clause's measure; unnamed brackets may be the headline
    m = claim_of("If five-trit packing restarts at every 128-weight group, five-trit costs 1.625 bits per weight and "
                 "the best bitmap/sign case for each checkpoint improves by about 1.3–1.5 percentage points (best "
                 "case: -8.5% for Qwen3-1.7B, -2.9% for BitNet 2B4T).")
    assert m.value.value == 1.4
    n = claim_of("SmoothQuant constantly reduces the per-token decoding latency compared to FP16 (up to 1.42x "
                 "speedup).")
    assert n.value.text == "1.42x"
    # 1.37: things counted where they occur are a finding (LLM.int8() abstract and section 3)
    o = claim_of("These outliers are highly systematic: at the 6.7B scale, 150,000 outliers occur per sequence, but "
                 "they are concentrated in only 6 feature dimensions across the entire transformer.")
    assert o is not None and o.kind is ClaimKind.result and o.value.value == 150000
    p = claim_of("While up to 150k outliers exist per 2048 token sequence for a 13B model, these outlier features are "
                 "highly systematic.")
    assert p is not None and p.value.value == 150000
    assert claim_of("We use 128 samples per batch.") is None or claim_of("We use 128 samples per batch.").kind \
        is ClaimKind.setup
    # lexicon 51: what is sparse by nature names no sparsity method; a sparse model does
    k = claim_of("Luckily, these outlier features are both incredibly sparse and systematic in practice, making up "
                 "only about 0.1% of all feature dimensions.")
    assert k.method is None
    assert claim_of("The sparse model loses 2.1% accuracy at 50% sparsity.").method.family.value == "sparsity"


def test_a_metric_held_equal_is_no_metric_of_the_number():
    # SmoothQuant section 1 (1.30): 37x is a throughput, compared at similar latency
    c = claim_of("We can improve the throughput of serving GPT models by 37× at similar latency with advanced "
                 "batching.")
    assert (c.value.text, c.metric) == ("37×", "throughput")
    d = claim_of("GPTQ reaches a 3.2x compression at the same accuracy as FP16.")
    assert d.metric != "accuracy"


def test_a_share_past_a_comma_from_a_metric_is_a_share():
    # LLM.int8() Table 4's caption: 0.1% is a share of the features, not a softmax probability
    c = claim_of("Despite only making up about 0.1% of all features, the outliers are essential for large softmax "
                 "probabilities.")
    assert c.value.text == "0.1%" and (c.metric, c.metric_direction) == ("share of features", None)
    assert c.conditions["metric_from"] == "text (as written)"
    # natural-sparsity 5: the disagreement is a share of the weights, not the zero fraction a later clause names
    z = claim_of("Applying that rule to two layers of the packed BitNet 2B4T reference disagrees on 0.72% of "
                 "weights, all within 1/256 of the rounding threshold, so the reported zero fraction for this "
                 "checkpoint should be understood as quantizer-derived.")
    assert z.value.text == "0.72%" and z.metric == "share of weights"
    # with no comma between them the metric is the number's
    d = claim_of("The pruned model loses 5% of its accuracy on all tasks.")
    assert d.metric == "accuracy"


def test_a_statistics_columns_header_is_its_metric_as_written():
    # LLM.int8() Table 4: outlier statistics the lexicon has no metric for; each column says what it counts
    rows = [["Model", "PPL", "Params", "Outliers / Count", "Frequency / Layers", "Top-1 softmax p / No Outlier"],
            ["GPT-2", "33.5", "117M", "1", "25%", "19%"]]
    claims = extract_claims(document(tables=[table_of(rows, caption="Table 4: Summary statistics of outliers.",
                                                      label="Table 4")]))
    got = {c.conditions["column_header"]: (c.metric, c.metric_direction, c.conditions.get("metric_from"))
           for c in claims}
    assert got["PPL"] == ("perplexity", "lower", None)  # one the lexicon knows stays normalised
    as_written = "column header (as written)"
    assert got["Outliers / Count"] == ("Outliers / Count", None, as_written)
    # lexicon 47 knows the softmax probability, abbreviated in the header
    assert got["Top-1 softmax p / No Outlier"] == ("softmax probability", None, None)
    assert got["Frequency / Layers"] == ("Frequency / Layers", None, as_written)
    # a header that is a model, a dataset, a size or a bit width is no measure: the metric stays unnamed
    for header in ("OPT-13B", "WikiText-2", "125M", "W4A16", "Batch 8", "Int8", "5-shot", "z = 0.20", "A100"):
        other = [["Method", header], ["RTN", "12.3"]]
        (cell,) = extract_claims(document(tables=[table_of(other, caption="Table 5: Results.", label="Table 5")]))
        assert cell.metric is None and "metric_from" not in cell.conditions, (header, cell.metric)


def test_hardware_columns_are_settings_and_model_names_are_no_results():
    # LLM.int8() Table 2: the hardware and its memory say what a row ran on; the cells name models
    rows = [["Class", "Hardware", "GPU Memory", "8-bit", "16-bit"],
            ["Enterprise", "8x A100", "80 GB", "OPT-175B / BLOOM", "OPT-175B / BLOOM"],
            ["Free Cloud", "Colab", "12 GB", "T0/T5-11B", "GPT-2 1.3B"]]
    table = table_of(rows, caption="Table 2: Different hardware setups and which methods can be run in 16-bit vs. "
                                   "8-bit precision.", label="Table 2")
    assert extract_claims(document(tables=[table])) == []  # before: "Hardware = 8x A100", "16-bit = 1.3B"
    # a memory column that follows no hardware column is measured
    measured = [["Method", "GPU Memory", "PPL"], ["LLM.int8()", "12 GB", "12.45"]]
    claims = extract_claims(document(tables=[table_of(measured, caption="Table 9: Memory.", label="Table 9")]))
    assert [(c.kind, c.value.text) for c in claims] == [(ClaimKind.memory, "12 GB"), (ClaimKind.result, "12.45")]


def test_a_corner_label_names_numeric_column_headers_and_a_caption_gives_the_unit():
    # LLM.int8() Table 6: "Batch Size" in the corner says what 1, 8 and 32 are; the caption says the
    # cells are milliseconds per token; the hardware column names the row
    rows = [["Batch Size", "Hardware", "1", "8", "32"],
            ["bfloat16 baseline", "8xA100 80GB", "239", "32", "9.94"],
            ["LLM.int8()", "3xA100 80GB", "247", "33", "9.11"]]
    caption = ("Table 6: Ablation study on the number of GPUs used to run several types of inferences of BLOOM-176B "
               "model. We also report the per-token generation speed in milliseconds for different batch sizes.")
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 6")]))
    assert len(claims) == 6 and all(c.kind == ClaimKind.speedup for c in claims)  # not setup: no settings table
    c = claims[4]
    assert (c.value.value, c.value.unit, c.metric, c.hardware) == (33, "ms", "latency", "A100")
    assert c.conditions["batch_size"] == "8" and c.conditions["row_settings"] == "Hardware 3xA100 80GB"
    assert "LLM.int8() / Hardware 3xA100 80GB / Batch Size 8 = 33" in c.statement
    # column headers that are words keep the corner cell as the row headers' title
    words = [["Batch Size", "Latency (ms)"], ["1", "239"]]
    (c,) = extract_claims(document(tables=[table_of(words, caption="Table 7: Latency.", label="Table 7")]))
    assert c.conditions["column_header"] == "Latency (ms)"


@pytest.mark.parametrize(("sentence", "kind"), [
    # LLM.int8(), Section 4.3 and appendix: speed findings stated without a number
    ("Models with model size 2560 or smaller are slowed down.", ClaimKind.qualitative),
    ("Int8 matrix multiplication speeds up inference only for models with large model and hidden dimensions.",
     ClaimKind.qualitative),
    # ... but a purpose or a device is none
    ("However, to speed up the inference, we need to quantize both weights and activations into INT8.", None),
    ("Platinum likewise uses 1.6-bit ternary packing in its LUT-based accelerator [24].", None),
    # a first-person verb with a measured speed ratio is a speedup, not a setup fact (AWQ, Section 1)
    ("Consequently, we run state-of-the-art LLaMA models with 3.2-3.3× speedup over the FP16 implementation from "
     "Huggingface.", ClaimKind.speedup),
    # where to look is no claim; what a table shows is one
    ("Table 10 shows the performance of FFN and/or linear attention projections in 8-bit as well as improvements if "
     "mixed-precision decomposition is used.", None),
    ("Table 4 shows that AWQ outperforms GPTQ at 3 bits.", ClaimKind.comparison),
    # protocol: "experiments are done with", "we test", "we quantize" (AWQ and LLM.int8())
    ("All experiments are done with the OPT-6.7B model under INT3-g128 quantization.", ClaimKind.setup),
    ("We test Int8 training on a variety of training settings and compare to 32-bit baselines.", ClaimKind.setup),
    ("We further quantize LLM to INT2 to accommodate limited device memory (Table 6).", ClaimKind.setup),
])
def test_lexicon_33_speed_findings_pointers_and_protocol_verbs(sentence, kind):
    c = claim_of(sentence)
    assert (c.kind if c else None) == kind


def test_a_clock_period_run_at_is_a_setting_not_a_speed():
    # natural-sparsity, Section 5: "at 1.6, 2.0, and 2.5 ns" says where the areas were measured
    c = claim_of("With a dedicated loader, Architecture B is 23.3%, 35.7%, and 35.9% larger than fed five-trit at "
                 "1.6, 2.0, and 2.5 ns, respectively.")
    assert c is not None and c.kind == ClaimKind.comparison and c.value.text == "23.3%"
    # a caption whose only number is the clock has no value to give
    c = claim_of("Table 2: Model: compute + weight-read energy per weight of the stream-fed bitmap/sign design "
                 "relative to stream-fed five-trit, smallest netlists meeting 2.0 ns.")
    assert c is None or c.value is None
    # a period that was reached is measured
    c = claim_of("The direct engine reaches a 1.344 ns minimum period against 1.519 ns for five-trit (11.5% shorter).")
    assert c is not None and c.kind == ClaimKind.speedup
    # at the start of a sentence too (1.31): "At 1.6 ns" is where the energy was measured
    c = claim_of("At 1.6 ns the direct engine uses 2.1% less energy than five-trit.")
    assert c.value.text == "2.1%" and c.metric == "energy" and c.kind is not ClaimKind.speedup
    # a bound on the clock is where it ran too (1.32), its "clock periods" no metric of the claim, and the
    # direction is the one of the value's part of the sentence ("larger", not the "smaller" before the semicolon)
    c = claim_of("At clock periods below about 1.8 ns it is also smaller; at relaxed clocks the direct engine is "
                 "6.3% larger.")
    assert (c.value.text, c.metric, c.direction, c.method.name) == ("6.3%", None, "increase", "direct engine")
    assert c.kind is not ClaimKind.speedup
    # "(1.352 vs 1.484 ns)": the period reached is the first, the baseline's the second
    c = claim_of("With this hardware the bitmap/sign design still reaches a shorter minimum period "
                 "(1.352 vs 1.484 ns).")
    assert (c.value.value, c.value.unit, c.metric) == (1.352, "ns", "clock period")
    # with the clock a setting, a finding without a number stays a finding (lexicon 48: "lower-energy" compares)
    c = claim_of("At the tight 1.6 ns target, mapping differences can still make the direct core slightly "
                 "lower-energy on some low-zero synthetic workloads; the systematic sparsity-related advantage is "
                 "lower memory traffic.")
    assert c is not None and c.kind is not ClaimKind.speedup and c.value is None


@pytest.mark.parametrize(("sentence", "kind"), [
    # natural-sparsity, Section 4 (as the PDF writes it)
    ("Each engine was synthesized with the default area flow and with two timing-driven recipes (delay-constrained "
     "mapping followed by buffering and gate sizing) at 43 delay targets each, and every netlist was timed with "
     "OpenSTA in the Nangate45 typical corner, with registered inputs and outputs at zero external delay.",
     ClaimKind.setup),
    ("All compute-intensive operators like linear layers and batched matmul (BMMs) use INT8 arithmetic.",
     ClaimKind.setup),
    ("We focus on weight-only grouped quantization in this work.", ClaimKind.setup),
    # a protocol in a relative clause does not make the finding after it a setup fact
    ("Only bitnet_b1_58-large stores full-precision latent weights, which were quantized with the BitNet absmean "
     "rule; applying the same rule reproduces the packed ternary weights except for 0.72%.", ClaimKind.result),
    # AWQ, Section 3.2 and SmoothQuant, Table 3 note: a grid search and what was tried are protocol
    ("We can find the best α by a fast grid search over the interval of [0,1] (0 means we do not scale; 1 "
     "corresponds to the most aggressive scaling).", ClaimKind.setup),
    ("*For ZeroQuant, we also tried leaving the input activation of self-attention in FP16 and quantizing the rest "
     "to INT8, which is their solution to the GPT-NeoX-20B.", ClaimKind.setup),
    # SmoothQuant, Section 5.2 and LLM.int8(), Section 1: findings worded without a number or a method's name
    ("SmoothQuant works not only for the very large LLMs beyond 100B parameters, but it also works consistently for "
     "smaller LLMs.", ClaimKind.qualitative),
    ("With our method, a 175B parameter 16/32-bit checkpoint can be loaded, converted to Int8, and used immediately "
     "without performance degradation.", ClaimKind.comparison),
])
def test_passive_and_shared_protocols_a_grid_search_and_our_method(sentence, kind):
    c = claim_of(sentence)
    assert c is not None and c.kind == kind


@pytest.mark.parametrize(("sentence", "kind"), [
    # a caption's title names what the table holds; its numbers are what the rows were selected by
    ("Table 4: Summary statistics of outliers with a magnitude of at least 6 that occur in at least 25% of all layers "
     "and at least 6% of all sequence dimensions.", None),
    ("Table 2. Statistics when multiplying the 1% salient channels by s>1.", None),
    # a caption that states something is a claim
    ("Figure 8. The PyTorch implementation of SmoothQuant-O3 achieves up to 1.51× speedup and 1.96× memory saving "
     "for OPT models on a single NVIDIA A100-80GB GPU.", ClaimKind.speedup),
    ("Table 7. AWQ can match the performance of keeping 1% salient weights in FP16 under grouped quantization.",
     ClaimKind.comparison),
])
def test_a_caption_title_is_no_claim_but_a_caption_finding_is(sentence, kind):
    c = claim_of(sentence)
    assert (c.kind if c else None) == kind


@pytest.mark.parametrize(("sentence", "cited"), [
    # natural-sparsity, Section 2: another work's figures, passed on
    ("Platinum also reports that DRAM and weight-buffer accesses account for 53.5% and 31.6% of its power [24].",
     "[24]"),
    # LLM.int8(), related work: other work as the subject, though "our work" comes later
    ("Another parallel work is GLM-130B which uses insights from our work to achieve zero-degradation 8-bit "
     "quantization (Zeng et al., 2022).", "(Zeng et al., 2022)"),
    ("Previous work has shown that quantizing the weights of LLMs with INT8 or even with INT4 does not degrade "
     "accuracy [Det22, Yao22, Zen22], which echoes our observation.", "[Det22, Yao22, Zen22]"),
    # the paper's own findings: it speaks as "we", names its method, or the citation names a model or a technique
    ("We show that AWQ outperforms GPTQ (Frantar et al., 2022) at 3 bits.", None),
    ("Table 6. SmoothQuant can enable lossless W8A8 quantization for LLaMA models [Tou23].", None),
    ("Among different activation quantization schemes, only per-channel quantization [Bon21a] preserves the "
     "accuracy.", None),
    ("SmoothQuant maintains the accuracy of OPT-175B [Zha22] at 8 bits.", None),
])
def test_a_finding_passed_on_from_other_work_says_whose(sentence, cited):
    c = claim_of(sentence, title=SMOOTHQUANT)
    assert c is not None and c.conditions.get("cited") == cited


def test_a_cited_finding_is_not_planned_as_this_papers_result():
    from verifier.match import load_bundles, plan_claim
    from verifier.verdicts import Untestable, UntestableCategory

    c = claim_of("Another parallel work is GLM-130B which uses insights from our work to achieve zero-degradation "
                 "8-bit quantization (Zeng et al., 2022).", title=LLM_INT8)
    plan = plan_claim(c, "c0", load_bundles(), size="small")
    assert isinstance(plan, Untestable) and plan.category is UntestableCategory.not_a_result
    assert "another work's finding (Zeng et al., 2022)" in plan.detail
    # without the mark the same claim is planned (it was, before extractor 1.7: as the paper's own result)
    unmarked = c.model_copy(update={"conditions": {k: v for k, v in c.conditions.items() if k != "cited"}})
    assert not isinstance(plan_claim(unmarked, "c0", load_bundles(), size="small"), Untestable)
    own = claim_of("LLM.int8() achieves zero-degradation 8-bit quantization.", title=LLM_INT8)
    assert "cited" not in own.conditions and not isinstance(plan_claim(own, "c1", load_bundles(), size="small"),
                                                             Untestable)


@pytest.mark.parametrize(("sentence", "kind"), [
    # AWQ, Sections 3.1 and 5: a gap left, and how a metric moves with a setting, are findings
    ("While under INT3 no-group quantization, there is still a noticeable gap.", ClaimKind.comparison),
    ("As s goes larger, the percentage of changed Δ generally gets larger, but the proportion is still quite small "
     "for s<2; the relative error for the salient channels continues to go smaller as s increases.", ClaimKind.trend),
    # SmoothQuant, Section 3: what the paper checked against its FP16 baseline
    ("In Table 1, we verify the assumption that simulated per-channel activation quantization successfully bridges "
     "the accuracy with the FP16 baseline, which echos the findings of [Bon21a].", ClaimKind.comparison),
    # ... but a gap in the world, and a gap a technique may help with, are no findings (SmoothQuant, Section 1)
    ("Quantization and model compression techniques can help bridge the gap.", None),
    # natural-sparsity, Section 6: a quantity defined in words is no measurement of it
    ("Compute energy is the interpolated energy per position times five times this cycle count.", ClaimKind.setup),
    ("The break-even density is defined as the zero fraction above which the bitmap stream is smaller.", None),
])
def test_lexicon_34_gaps_trends_of_errors_and_definitions(sentence, kind):
    c = claim_of(sentence)
    assert (c.kind if c else None) == kind


def test_a_count_the_paper_found_is_its_value():
    # LLM.int8(), Section 3: the sequence length is the setting, the 150k outliers what was counted
    c = claim_of("For example, for a 6.7B transformer with a sequence length of 2048, we find about 150k outlier "
                 "features per sequence for the entire transformer, but these features are concentrated in only 6 "
                 "different hidden dimensions.")
    assert c is not None and c.kind == ClaimKind.result
    assert c.value is not None and c.value.value == 150_000
    # a count the paper chose is still a setting
    c = claim_of("We use 128 samples from the Pile for calibration.")
    assert c is not None and c.kind == ClaimKind.setup


def test_other_techniques_a_sentence_opens_with_are_its_cited_sources():
    # AWQ, Section 2: the citations follow the method names, but the sentence is about those methods
    c = claim_of("Other techniques like ZeroQuant [Yao22a], AdaRound [Nag20], and BRECQ [Li21a] rely on "
                 "backpropagation to update the quantized weights, which may not easily scale up to large model "
                 "sizes; they also do not outperform GPTQ [Fra22], thus not included for study.")
    assert c is not None and c.conditions.get("cited") == "[Yao22a]; [Nag20]; [Li21a]; [Fra22]"
    # a method with its citation in the paper's own comparison stays the paper's
    c = claim_of("AWQ outperforms GPTQ [Fra22] by 0.5 perplexity at 3 bits.")
    assert c is not None and "cited" not in c.conditions


def test_a_we_in_a_leading_condition_does_not_make_a_cited_finding_the_papers():
    # SmoothQuant, Section 1: the outliers are [Det22]'s finding; "when we scale up" is anyone's
    c = claim_of("When we scale up LLMs beyond 6.7B parameters, systematic outliers with large magnitude will emerge "
                 "in activations [Det22], leading to large quantization errors and accuracy degradation.")
    assert c is not None and c.conditions.get("cited") == "[Det22]"
    # the paper's own "we" in the main clause keeps it the paper's
    c = claim_of("When the outliers emerge, we observe accuracy degradation for RTN at 8 bits [Det22].")
    assert c is not None and "cited" not in c.conditions


@pytest.mark.parametrize(("sentence", "kind"), [
    # a hope, a plan, an open question is no finding (SmoothQuant, Section 6; LLM.int8(), Section 1)
    ("We believe we can integrate GPTQ's method for a better weight quantization and potentially achieve W4A4 "
     "quantization, which will lead to even better hardware efficiency.", None),
    ("Degradation-free quantization up to 350M parameters is poorly understood, and multi-billion parameter "
     "quantization remains an open challenge.", None),
    ("While we quantize a 175B model to Int8 without performance degradation, additional emergent properties might "
     "disrupt our quantization methods at larger scales.", None),
    # a checklist's question and answer (LLM.int8(), checklist)
    ("(b) Did you specify all the training details (e.g., data splits, hyperparameters, how they were chosen)?[Yes] "
     "See the experimental setup section of 4.1.", None),
    # protocol: the setups run, what a screen covered (LLM.int8(), Appendix C; natural-sparsity, Section 3)
    ("We run two different setups: (1) we compare with other Int8 methods, and (2) we compare degradation of "
     "finetuning with 8-bit FFN layers as well as 8-bit attention projection layers comparel to 32-bit.",
     ClaimKind.setup),
    ("A separate screen samples a few layers of further checkpoints by HTTP range requests; it covered 16 additional "
     "non-CAT-Q ternary models and the CAT-Q Qwen3 14B and 32B models.", ClaimKind.setup),
    # other work as the subject, uncited, and a purpose are no finding of the paper's (LLM.int8(), Sections 1, 6, C)
    ("While these methods reduce memory use, they degrade performance, usually require tuning quantization further "
     "after training, and have only been studied for models with less than 350M parameters.", None),
    ("Both nuQmm and ZeroQuant aim to accelerate inference and reduce the memory footprint while we focus on "
     "preserving predictive performance under an 8-bit memory footprint.", None),
    ("Work that uses less than 8-bits for data types is usually for convolutional networks (CNNs) to reduce their "
     "memory footprint and increase inference speed for mobile devices while minimizing model degradation.", None),
    # the paper's own method, however it is qualified, and what it makes possible (LLM.int8(), Section 5)
    ("We can see that our 8-bit method makes many models accessible that were not accessible before, in "
     "particular, OPT-175B/BLOOM.", ClaimKind.qualitative),
    # ... but other work as the object is compared with the paper's (AWQ, Section 1)
    ("AWQ outperforms existing work on various language modeling and domain-specific benchmarks.",
     ClaimKind.comparison),
    # what the paper proposes or studies is its method or scope, not a result (SmoothQuant, LLM.int8(), Section 1)
    ("We propose SmoothQuant, a training-free, accuracy-preserving, and general-purpose post-training quantization "
     "(PTQ) solution to enable 8-bit weight, 8-bit activation (W8A8) quantization for LLMs.", ClaimKind.setup),
    ("For this purpose, we develop mixed-precision decomposition, where the small number of large magnitude feature "
     "dimensions (≈0.1%) are represented in 16-bit precision while the other 99.9% of values are multiplied in "
     "8-bit.", ClaimKind.setup),
    ("In this work, we study W8A8 quantization so that we can utilize INT8 GEMM kernels to increase the throughput "
     "and accelerate inference.", ClaimKind.setup),
    # a comparison in the clause that defines the method is part of the definition (LLM.int8(), Sections 1 and 3)
    ("However, for the emergent outliers, we also include a new mixed-precision decomposition scheme, which isolates "
     "the outlier feature dimensions into a 16-bit matrix multiplication while still more than 99.9% of values are "
     "multiplied in 8-bit.", ClaimKind.setup),
    ("As such, we propose mixed-precision decomposition for matrix multiplication where we separate outlier feature "
     "dimensions into the set O=i| i∈Z,0≤ i≤ h, which contains all dimensions of h which have at least one outlier "
     "with a magnitude larger than the threshold α.", ClaimKind.setup),
    # what is compared, and how, is protocol; an aside of what was found on the way does not make it a finding
    # (AWQ, Figure 2's protocol)
    ("We compare the responses with both orders (quantized-FP16, FP16-quantized) to get rid of the ordering effect "
     "(we found GPT-4 tends to increase the rating of the first input), leading to 160 trials.", ClaimKind.setup),
    ("We compare AWQ with GPTQ at 3 bits and find that AWQ is better by 0.8 perplexity.", ClaimKind.comparison),
    # lexicon 39: protocol in the passive, and an assumption (AWQ, Table 3 note; SmoothQuant, Section 2)
    ("PPL is measured with OPT-6.7B under INT3-g128 quantization.", ClaimKind.setup),
    ("Here we assume the tensor is symmetric at 0 for simplicity; the discussion is similar for asymmetric cases "
     "(e.g., after ReLU) by adding a zero-point [Jac18].", ClaimKind.setup),
    # what a protocol is for names what it measures (LLM.int8(), Section 4)
    ("To measure degradation in zeroshot performance, we use OPT models (Zhang et al., 2022), and we evaluate these "
     "models on the EleutherAI language model evaluation harness (Gao et al., 2021).", ClaimKind.setup),
    # a purpose is no comparison (SmoothQuant, Section 2)
    ("We study integer uniform quantization [Jac18] (specifically INT8) for better hardware support and "
     "efficiency.", ClaimKind.setup),
    # ... unless it says how the method fares
    ("We develop a procedure for Int8 matrix multiplication for feed-forward and attention projection layers in "
     "transformers, which cut the memory needed for inference by half while retaining full precision performance.",
     ClaimKind.memory),
    ("We propose a 4-bit kernel that is 2.1x faster than FP16 on an A100.", ClaimKind.speedup),
    # a device's memory after its name is part of the name, not a size the method reached (AWQ, Sections 1 and 5)
    ("Our system also exhibits promising performance on the NVIDIA Jetson Orin (32GB).", ClaimKind.qualitative),
    ("It also democratizes the deployment of the 70B Llama-2 model on mobile GPU (NVIDIA Jetson Orin 64GB).",
     ClaimKind.qualitative),
    ("All our experiments are conducted on NVIDIA A100 80GB GPU servers.", ClaimKind.setup),
    # a caption's title says what is plotted against what (natural-sparsity, Figure 2; LLM.int8(), Table 5) ...
    ("Figure 2: Model: compute plus weight-read energy of the stream-fed bitmap/sign designs relative to stream-fed "
     "five-trit versus zero fraction (synthetic workloads, smallest netlists meeting 2.0 ns).", None),
    ("Table 5: Inference speedups compared to 16-bit matrix multiplication for the first hidden layer in the "
     "feed-forward of differently sized GPT-3 transformers.", None),
    # ... unless it states what holds
    ("Figure 3: AWQ outperforms RTN at every model size.", ClaimKind.comparison),
    # what every engine shares is protocol (natural-sparsity, Section 4)
    ("All engines see the same synthetic 8-bit activations (Gaussian with 1% of channels scaled six-fold as "
     "outliers, rounded to 8 bits with a scale set by the largest magnitude).", ClaimKind.setup),
    ("The 4-bit model needs 7GB of memory on an RTX 4090, against 26GB in FP16.", ClaimKind.memory),
])
def test_lexicon_35_hopes_proposals_and_device_memory(sentence, kind):
    c = claim_of(sentence)
    assert (c.kind if c else None) == kind


def test_a_device_memory_is_never_the_value():
    c = claim_of("It also democratizes the deployment of the 70B Llama-2 model on mobile GPU (NVIDIA Jetson Orin "
                 "64GB).")
    assert c is not None and c.value is None and c.hardware == "Jetson Orin"
    c = claim_of("The 4-bit model needs 7GB of memory on an RTX 4090, against 26GB in FP16.")
    assert c is not None and c.value.text == "7GB"


def test_a_quantizer_named_before_a_method_names_its_variant_not_another_method():
    # LLM.int8(), Table 1: "Absmax LLM.int8()" is LLM.int8() with absmax scaling; "Int8 absmax" is absmax alone
    rows = [["Parameters", "125M", "13B"],
            ["Int8 absmax", "87.76", "19.08"],
            ["Absmax LLM.int8() (vector-wise + decomp)", "25.83", "12.45"],
            ["Zeropoint LLM.int8() (vector-wise + decomp)", "25.69", "12.45"]]
    caption = "Table 1: C4 validation perplexities of quantization methods for different transformer sizes."
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 1")]))
    names = [c.method.name if c.method else None for c in claims]
    assert names == ["absmax"] * 2 + ["LLM.int8()"] * 4
    # in a sentence, a quantizer that is its own subject stays the method
    c = claim_of("Absmax quantization degrades perplexity at 13B, while LLM.int8() keeps 12.45.")
    assert c is not None and c.method.name == "absmax"


def test_a_row_named_by_a_low_bit_width_is_quantized_and_a_full_precision_row_is_the_reference():
    # LLM.int8(), Table 5: "Int8 without overhead" names no method but is int8 matrix multiplication
    rows = [["", "Small", "175B"],
            ["FP16-bit baseline", "1.00x", "1.00x"],
            ["Int8 without overhead", "0.99x", "2.29x"]]
    caption = "Table 5: Inference speedups compared to 16-bit matrix multiplication for the first hidden layer."
    claims = extract_claims(document(tables=[table_of(rows, caption=caption, label="Table 5")]))
    # the 16-bit row is the reference: no method, said so
    assert [(c.method, c.conditions.get("reference")) for c in claims[:2]] == [(None, "FP16-bit baseline")] * 2
    assert not any("reference" in c.conditions for c in claims[2:])
    assert all(c.method is not None and c.method.family == MethodFamily.quantization and c.bits == 8
               for c in claims[2:])


def test_the_papers_own_check_against_a_published_figure_is_its_own():
    # natural-sparsity, Section 3: the paper measured the zero fraction; BITCOS [4] is what it agrees with
    c = claim_of("Two independent checks agree with published figures: the CAT-Q Qwen3-1.7B zero fraction matches the "
                 "51.48% reported by BITCOS [4], and the CAT-Q Qwen3-4B tensor and weight counts match the CAT-Q "
                 "release notes.")
    assert c is not None and "cited" not in c.conditions
    # what the cited work reports, said alone, is its finding
    c = claim_of("BITCOS reports a BitNet b1.58 zero density of z = 0.4219 [4].")
    assert c is not None and c.conditions.get("cited") == "[4]"
