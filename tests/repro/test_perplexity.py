"""Perplexity windowing arithmetic, the papers' formula on models with known outputs, WikiText rows."""

import math

import pytest
import torch

from repro.lib.perplexity import (
    calibration_windows,
    evaluate_perplexity,
    roofline_tokens_per_second,
    wikitext_rows,
    wikitext_text,
    window_spans,
)


def test_windows_are_non_overlapping_and_drop_the_tail():
    assert window_spans(10, 4) == [(0, 4), (4, 8)]
    assert window_spans(12, 4) == [(0, 4), (4, 8), (8, 12)]
    assert window_spans(12, 4, max_windows=2) == [(0, 4), (4, 8)]
    assert window_spans(12, 4, max_windows=9) == window_spans(12, 4)
    with pytest.raises(ValueError, match="do not fill one window"):
        window_spans(3, 4)
    with pytest.raises(ValueError, match="seq_len=1"):
        window_spans(10, 1)


class Uniform(torch.nn.Module):
    """Equal logits over ``vocab``: perplexity is exactly ``vocab``."""

    def __init__(self, vocab):
        super().__init__()
        self.vocab, self.p = vocab, torch.nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return torch.zeros(*x.shape, self.vocab) + self.p


class Bigram(torch.nn.Module):
    """Fixed next-token logits from a table: NLLs computable by hand."""

    def __init__(self, table):
        super().__init__()
        self.table = torch.nn.Parameter(table)

    def forward(self, x):
        return self.table[x]


def test_uniform_model_has_perplexity_vocab():
    res = evaluate_perplexity(Uniform(7), torch.arange(50) % 7, seq_len=8)
    assert res["perplexity"] == pytest.approx(7.0, rel=1e-6)  # fp32 cross-entropy
    assert (res["n_windows"], res["n_predicted"]) == (6, 6 * 7)
    assert res["tokens_per_second"] > 0 and len(res["window_nll"]) == 6


def test_perplexity_is_exp_of_mean_nll_over_every_predicted_token():
    torch.manual_seed(0)
    vocab, seq_len = 5, 6
    table = torch.randn(vocab, vocab)
    ids = torch.randint(0, vocab, (40,))
    logp = torch.log_softmax(table.double(), dim=-1)
    nll = []
    for s, e in window_spans(40, seq_len):  # each window starts without context: its first token is not scored
        w = ids[s:e]
        nll += [-logp[w[i], w[i + 1]].item() for i in range(seq_len - 1)]
    expected = math.exp(sum(nll) / len(nll))
    for batch_size in (1, 4, 10):
        res = evaluate_perplexity(Bigram(table), ids, seq_len=seq_len, batch_size=batch_size)
        assert res["perplexity"] == pytest.approx(expected, rel=1e-6)
    capped = evaluate_perplexity(Bigram(table), ids, seq_len=seq_len, max_windows=2)
    assert capped["n_windows"] == 2
    assert capped["mean_nll"] == pytest.approx(sum(nll[: 2 * (seq_len - 1)]) / (2 * (seq_len - 1)), rel=1e-6)


def test_wikitext_rows_rebuild_the_dataset_rows(tmp_path):
    raw = tmp_path / "wiki.test.raw"
    raw.write_bytes(b" \r\n = Title = \r\n \r\n Text one .\r\n Text two .\r\n")
    assert wikitext_rows(raw) == ["", " = Title = \n", "", " Text one .\n", " Text two .\n"]
    assert wikitext_text(raw) == "\n\n = Title = \n\n\n\n\n Text one .\n\n\n Text two .\n"
    with pytest.raises(ValueError, match="data_root"):
        wikitext_rows(tmp_path / "missing.raw")


def test_calibration_windows_are_seeded_slices():
    ids = torch.arange(100)
    a, b = calibration_windows(ids, 5, 10, seed=3), calibration_windows(ids, 5, 10, seed=3)
    assert torch.equal(a, b) and a.shape == (5, 10)
    assert torch.equal(a[:, 1:] - a[:, :-1], torch.ones(5, 9, dtype=torch.long))  # contiguous slices
    assert not torch.equal(a, calibration_windows(ids, 5, 10, seed=4))
    with pytest.raises(ValueError, match="lower seq_len"):
        calibration_windows(ids, 1, 100, seed=0)


def test_roofline_is_two_flops_per_parameter_per_token():
    assert roofline_tokens_per_second(135_000_000, 989e12) == pytest.approx(989e12 / 270e6)
    with pytest.raises(ValueError):
        roofline_tokens_per_second(0, 1e12)
