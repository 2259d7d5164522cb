"""Generated tasks: answers are right, splits are disjoint and reproducible, batches are tensors."""

import numpy as np
import pytest
import torch

from repro.lib.tasks import (
    TOKENIZER,
    AdditionTask,
    ModularTask,
    ProgramTraceTask,
    make_task,
    trace_program,
)


def _rows(task, batch):
    for row in batch.tokens:
        yield task.prompt_text(row[: batch.prompt_len]), task.answer_text(row[batch.prompt_len:])


def test_tokenizer_round_trip_and_unknown_characters():
    text = "a=3;r2{a=a+1};?a="
    assert TOKENIZER.decode(TOKENIZER.encode(text)) == text
    assert TOKENIZER.decode([TOKENIZER.pad_id] + TOKENIZER.encode("12") + [TOKENIZER.eos_id, 5]) == "12"
    with pytest.raises(ValueError, match="'#'"):
        TOKENIZER.encode("1#2")
    with pytest.raises(ValueError):
        TOKENIZER.decode([TOKENIZER.vocab_size])


@pytest.mark.parametrize("reverse", [True, False])
def test_addition_answers_are_sums(reverse):
    task = AdditionTask(4, reverse_answer=reverse)
    batch = task.sample(300, np.random.default_rng(0))
    assert batch.tokens.shape == (300, task.prompt_len + task.answer_len) and batch.tokens.dtype == torch.long
    for prompt, answer in _rows(task, batch):
        a, b = prompt.rstrip("=").split("+")
        assert len(a) == len(b) == 4 and len(answer) == 5
        assert int(answer) == int(a) + int(b)


def test_reversed_answer_tokens_are_the_plain_answer_backwards():
    plain, rev = AdditionTask(3, reverse_answer=False), AdditionTask(3, reverse_answer=True)
    p = plain.sample(50, np.random.default_rng(5))
    r = rev.sample(50, np.random.default_rng(5))
    assert torch.equal(p.prompts, r.prompts)
    assert torch.equal(p.answers.flip(1), r.answers)
    assert rev.tokenizer.decode(r.answers[0]) == plain.tokenizer.decode(p.answers[0])[::-1]


def test_modular_answers():
    task = ModularTask(97)
    for prompt, answer in _rows(task, task.sample(200, np.random.default_rng(1))):
        expr, p = prompt.rstrip("=").split("%")
        ab, c = expr.split("+")
        a, b = ab.split("*")
        assert p == "97" and int(answer) == (int(a) * int(b) + int(c)) % 97


def test_program_trace_answers_and_interpreter():
    assert trace_program("a=3;b=a+4;r3{a=a+b};?a=") == 24
    assert trace_program("a=9;b=a*9;r2{b=b+a;a=a*2};?b=") == (81 + 9 + 18) % 100
    with pytest.raises(ValueError, match="'c'"):
        trace_program("a=1;?c=")
    with pytest.raises(ValueError):
        trace_program("a=1;b=c+1;?b=")
    task = ProgramTraceTask(n_vars=3, n_ops=4, loop_prob=0.5)
    batch = task.sample(100, np.random.default_rng(2))
    for prompt, answer in _rows(task, batch):
        assert len(answer) == 2 and int(answer) == trace_program(prompt)
    # left padding: every prompt ends right before the answer
    assert bool((batch.prompts[:, -1] == TOKENIZER.encode("=")[0]).all())


@pytest.mark.parametrize("task", [AdditionTask(3), ModularTask(31), ProgramTraceTask(n_ops=2)])
def test_train_and_test_splits_never_overlap(task):
    test = task.test_set(150, seed=3)
    train = task.sample(3000, np.random.default_rng(4), "train")
    test_rows = {tuple(r.tolist()) for r in test.prompts}
    assert len(test_rows) == 150  # a test set holds distinct problems
    assert not test_rows & {tuple(r.tolist()) for r in train.prompts}


def test_splits_are_deterministic_in_the_seed():
    task = AdditionTask(4, split_seed=11)
    assert torch.equal(task.test_set(100, seed=1).tokens, AdditionTask(4, split_seed=11).test_set(100, seed=1).tokens)
    keys = np.arange(20000, dtype=np.uint64)
    same = task.is_test(keys)
    assert np.array_equal(same, AdditionTask(4, split_seed=11).is_test(keys))
    assert not np.array_equal(same, AdditionTask(4, split_seed=12).is_test(keys))
    assert 0.07 < same.mean() < 0.13  # test_fraction 0.1


def test_bad_requests_raise_with_the_value():
    with pytest.raises(ValueError, match="did you mean 'addition'"):
        make_task("additon")
    with pytest.raises(ValueError, match="n_digits"):
        AdditionTask(0)
    with pytest.raises(ValueError, match="split"):
        AdditionTask(2).sample(4, np.random.default_rng(0), "valid")
    with pytest.raises(ValueError, match="distinct"):
        ModularTask(5).test_set(100, seed=0)  # 125 problems, about 12 in the test split
    assert isinstance(make_task("modular", modulus=13), ModularTask)
