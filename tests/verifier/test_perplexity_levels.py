"""Perplexity written as a level ("exceeds 100", "below 30", "a perplexity of 35") or as the levels it
rose between ("from 5.68 to 7.01"), and a sparsity that is a setting, not the number a claim is about."""

import pytest

from tests.support.sentences import claim_of, plan_of
from verifier.losses import stated_increase
from verifier.quantities import parse_quantities
from verifier.verdicts import ReproPlan, Untestable, UntestableCategory

_claim, _plan = claim_of, plan_of


@pytest.mark.parametrize(("text", "number", "qualifier"), [
    ("Magnitude pruning perplexity exceeds 100 at 70% sparsity.", "100", "at_least"),
    ("Wanda keeps WikiText-2 perplexity below 30.", "30", "less_than"),
    ("GPTQ reaches a perplexity of 35 on WikiText-2.", "35", "eq"),
    ("The perplexity stays under 20 for Wanda.", "20", "less_than"),
])
def test_a_whole_number_right_after_perplexity_is_a_perplexity_level(text, number, qualifier):
    (q,) = [q for q, _, _ in parse_quantities(text) if q.text == number]
    assert (q.unit, q.qualifier) == ("ppl", qualifier)


@pytest.mark.parametrize("text", ["The perplexity on 128 samples is stable.", "We evaluate perplexity at 2048 tokens.",
                                  "Perplexity increases by 2 points."])
def test_other_numbers_near_perplexity_stay_unitless(text):
    assert all(q.unit != "ppl" for q, _, _ in parse_quantities(text) if "." not in q.text)


def test_a_sparsity_is_not_the_value_of_a_claim_that_states_another_measure():
    """Before lexicon 28 the value of 'perplexity exceeds 100 at 70% sparsity' was the 70%."""
    c = _claim("Magnitude pruning perplexity exceeds 100 at 70% sparsity.")
    assert (c.value.value, c.value.unit, c.value.qualifier, c.sparsity) == (100.0, "ppl", "at_least", 0.7)
    c = _claim("On the sampled rows (43.87% zeros), the design saves energy only if a bit costs more than 1.9 pJ.")
    assert (c.value.value, c.value.unit) == (1.9, "pJ")
    # the only measure is the share itself: it stays the value
    c = _claim("BITCOS reports 47.10% zeros in the quantization-aware ParetoQ 1.5B model.")
    assert (c.value.value, c.value.unit) == (47.1, "%")


@pytest.mark.parametrize(("sentence", "category", "words"), [
    ("At 50% sparsity, Wanda keeps WikiText-2 perplexity below 30.", "underspecified", "perplexity below 30"),
    ("Magnitude pruning perplexity exceeds 100 at 70% sparsity.", "underspecified", "perplexity exceeds 100"),
    ("GPTQ at 3 bits reaches a perplexity of 35 on WikiText-2.", "underspecified", "perplexity of 35"),
    ("GPTQ at 4 bits reaches 6.09 perplexity.", "underspecified", "reaches 6.09 perplexity"),
    ("4-bit GPTQ achieves a WikiText-2 perplexity of 6.13 on LLaMA-7B.", "not_testable_offline", "perplexity of 6.13"),
])
def test_a_perplexity_level_is_not_tested_on_a_stand_in(bundles, sentence, category, words):
    """A level is a number on the claim's own model. Before match-88 'Wanda keeps WikiText-2 perplexity
    below 30' was planned as Wanda keeping SmolLM2's baseline perplexity within 1%, and the others had
    'no bundle measures this' though SmolLM2 runs GPTQ and magnitude pruning."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, Untestable) and plan.category is UntestableCategory(category), plan
    assert repr(words) in plan.detail and "another scale" in plan.detail


def test_a_level_beside_a_loss_in_words_leaves_the_loss_tested(bundles):
    plan = _plan("At 2 bits, round-to-nearest fails completely, with perplexity exceeding 1000.", bundles)
    assert isinstance(plan, ReproPlan) and plan.expected.op == "worse", plan


@pytest.mark.parametrize(("text", "words"), [
    ("RTN raises perplexity from 5.68 to 7.01 at 3 bits.", "raises perplexity from 5.68 to 7.01"),
    ("Perplexity rises from 5.68 to 7.01 with RTN at 3 bits.", "Perplexity rises from 5.68 to 7.01"),
    ("RTN at 3 bits increases perplexity to 25.3.", "increases perplexity to 25.3"),
])
def test_levels_a_perplexity_rose_between_are_an_increase_of_unstated_share(text, words):
    assert stated_increase(text) == (None, words)


@pytest.mark.parametrize("text", ["GPTQ reduces perplexity from 7.01 to 5.9.", "Perplexity increases to 4 bits."])
def test_a_fall_or_a_width_is_no_perplexity_increase(text):
    assert stated_increase(text) is None


@pytest.mark.parametrize(("sentence", "metric"), [
    ("RTN raises perplexity from 5.68 to 7.01 at 3 bits.", "ppl_rtn_w3"),
    ("Magnitude pruning at 50% sparsity increases perplexity to 17.29 on WikiText-2.", "ppl_magnitude_unstructured"),
])
def test_an_increase_between_levels_is_tested_in_direction_on_smollm2(bundles, sentence, metric):
    """Before match-88: 'no bundle measures this'."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and (plan.metric, plan.expected.op) == (metric, "worse"), plan
    assert plan.expected.margin is None
    assert any(u.startswith("the size of the increase the claim states") for u in plan.untested), plan.untested


def test_a_bound_in_perplexity_points_written_without_the_unit_is_named_untested(bundles):
    plan = _plan("GPTQ keeps perplexity within 0.1 of FP16 at 4 bits.", bundles)
    assert isinstance(plan, ReproPlan) and plan.expected.tolerance == 0.01 and plan.expected.relative, plan
    assert any("within 0.1 of" in u and "do not carry over" in u for u in plan.untested), plan.untested


@pytest.mark.parametrize(("sentence", "words"), [
    ("At 4 bits, QAT reaches 95.1% accuracy on SST-2.", "an absolute accuracy (95.1%)"),
    ("RTN at 3 bits reaches an exact match of 0.42.", "an absolute exact match (0.42)"),
    ("With 50% sparsity, Wanda reaches 85.3% accuracy on SST-2.", "an absolute accuracy (85.3%)"),
])
def test_an_accuracy_level_no_rule_plans_is_said_to_be_a_level_not_a_missing_bundle(bundles, sentence, words):
    """Before match-88: 'no bundle measures this for qat', though bundles run QAT on SST-2."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, Untestable) and plan.category is UntestableCategory.underspecified, plan
    assert plan.detail.startswith(words), plan.detail


@pytest.mark.parametrize("sentence", [
    "pass@1 drops from 0.45 to 0.30 under 4-bit RTN.",  # a change, not a level
    "Magnitude pruning is unable to preserve accuracy beyond 50% sparsity.",  # the share is the sparsity
])
def test_a_change_or_a_sparsity_is_not_called_a_level(bundles, sentence):
    plan = _plan(sentence, bundles)
    assert not (isinstance(plan, Untestable) and plan.detail.startswith("an absolute")), plan


@pytest.mark.parametrize(("sentence", "says"), [
    ("4-bit GPTQ reduces GSM8K accuracy by 5 points.", "GSM8K, is not run: a generated multi-digit addition task"),
    ("GPTQ keeps C4 perplexity within 1% at 4 bits.", "C4, is not run: WikiText-2 raw test stands in"),
    ("Wanda keeps MNLI accuracy at 50% sparsity.", "MNLI, is not run: SST-2 (GLUE dev) stands in"),
])
def test_a_plan_says_which_data_stands_in_for_the_claims_benchmark(bundles, sentence, says):
    """Before match-88 a GSM8K claim planned on the addition proxy named only 'a proxy model'."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and f"(the claim's benchmark, {says}" in plan.reason, plan


def test_a_plan_on_the_claims_own_benchmark_says_nothing_of_a_stand_in(bundles):
    plan = _plan("GPTQ keeps WikiText-2 perplexity within 1% at 4 bits.", bundles)
    assert isinstance(plan, ReproPlan) and "stands in" not in plan.reason, plan


def test_awq_against_rtn_with_no_metric_is_read_as_wikitext_perplexity(bundles):
    """Before match-88: 'no bundle measures this for ptq (AWQ)', though SmolLM2 runs AWQ and RTN."""
    plan = _plan("AWQ improves over RTN at 4 bits.", bundles)
    assert isinstance(plan, ReproPlan) and (plan.metric, plan.expected.baseline_metric) == ("ppl_awq_w4", "ppl_rtn_w4")
    assert "the claim names no metric: AWQ's quality is read as WikiText-2 perplexity" in plan.reason
    # quality that perplexity does not stand for: captions, chat answers
    other = _plan("AWQ improves the captioning quality compared to RTN at 4 bits.", bundles)
    assert not isinstance(other, ReproPlan), other


@pytest.mark.parametrize(("sentence", "category"), [
    ("Wanda achieves 7.26 perplexity at 50% sparsity, close to the dense 5.68.", "underspecified"),
    ("On LLaMA-7B, Wanda reaches a perplexity of 7.26 versus 5.68 for the dense model.", "not_testable_offline"),
])
def test_two_levels_of_the_claims_model_are_named_as_such(bundles, sentence, category):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, Untestable) and plan.category is UntestableCategory(category), plan
    assert plan.detail.startswith("two perplexity levels of the claim's model"), plan.detail


def test_a_kv_cache_quantised_is_not_tested_on_runs_that_keep_it_in_full_precision(bundles):
    """Before match-88 'QAT with 4-bit weights and 4-bit KV cache' was planned as weight-only QAT."""
    plan = _plan("QAT with 4-bit weights and 4-bit KV cache keeps accuracy within 2 points.", bundles)
    assert isinstance(plan, Untestable) and plan.detail.startswith("it quantises the KV cache"), plan
    kept = _plan("GPTQ at 4 bits keeps accuracy without quantizing the KV cache.", bundles)
    assert isinstance(kept, ReproPlan) and kept.metric == "gptq_w4_exact_match", kept


def test_a_group_size_the_claim_states_is_bound_where_it_divides_smollm2s_rows(bundles):
    bound = _plan("AWQ outperforms RTN at INT3-g32 on WikiText-2.", bundles)
    assert isinstance(bound, ReproPlan) and bound.params.get("group_size") == 32 and bound.untested == [], bound
    # 128 does not divide 576: the runs' groups of 64, the claim's size named untested
    other = _plan("AWQ outperforms RTN at INT3-g128 on WikiText-2.", bundles)
    assert isinstance(other, ReproPlan) and "group_size" not in other.params
    assert any(u.startswith("the group size the claim states (128)") for u in other.untested), other.untested


def test_a_likeness_beside_the_win_a_plan_tests_is_named_untested(bundles):
    plan = _plan("AWQ outperforms RTN at 3 bits on WikiText-2 and achieves comparable performance as "
                 "mixed-precision (1% FP16) while being more hardware-friendly.", bundles)
    assert isinstance(plan, ReproPlan) and plan.expected.op == "better", plan
    assert "what the claim likens it to ('achieves comparable performance as mixed-precision (1% FP16)')" in \
        plan.untested, plan.untested


@pytest.mark.parametrize("sentence", ["Wanda pruning preserves accuracy.", "Wanda preserves WikiText-2 perplexity."])
def test_a_pruning_claim_that_names_no_sparsity_says_it_is_tested_at_50_percent(bundles, sentence):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and "(the claim names no sparsity: 50%)" in plan.reason, plan
    assert "names no sparsity" not in _plan("Wanda preserves accuracy at 50% sparsity.", bundles).reason
