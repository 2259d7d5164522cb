"""Batched KV-cache decoding (repro.lib.decode) against a full recompute of each prompt alone."""

import pytest
import torch

from repro.lib import decode, llama
from tests.support.tiny_llama import tiny_model, tiny_tokenizer

PROMPTS = ["the wall", "all", "a tall wall and the hall", "the"]  # 2 to 9 tokens: left padding differs per row


pytestmark = pytest.mark.usefixtures("one_thread")


def lively_model():
    """The tiny Llama, untied and with its projections scaled up: greedy decoding then moves
    through many tokens (the plain one repeats one token, which would make these checks blind)."""
    model = tiny_model(tie=False)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith("_proj.weight"):
                p.mul_(3.0)
    return model


def alone(model, ids: list[int], steps: int, stop_ids: set[int]) -> list[int]:
    """Greedy tokens of one prompt by recomputing the whole sequence at every step (no cache, no pad)."""
    seq, new = list(ids), []
    with torch.no_grad():
        for _ in range(steps):
            tok = int(model(torch.tensor([seq]))[0, -1].argmax())
            if tok in stop_ids:
                break
            seq.append(tok)
            new.append(tok)
    return new


def test_padded_prefill_gives_each_row_its_unpadded_logits():
    model, tok = lively_model(), tiny_tokenizer()
    rows = [tok.encode(p) for p in PROMPTS]
    ids, valid, positions = decode._pad_left(rows, "cpu")
    assert not valid[1, 0] and valid[2].all() and positions[1].tolist()[-1] == len(rows[1]) - 1
    with torch.no_grad():
        batched = model(ids, rows=(positions, valid))
        for i, r in enumerate(rows):
            own = model(torch.tensor([r]))[0]
            torch.testing.assert_close(batched[i, -len(r):], own, rtol=1e-5, atol=1e-5)
        assert torch.isfinite(batched).all()  # pad queries see earlier pads, so no empty softmax row


def test_batched_greedy_equals_each_prompt_alone_and_rows_leave_when_they_end():
    model, tok = lively_model(), tiny_tokenizer()
    rows = [tok.encode(p) for p in PROMPTS]
    free = [alone(model, r, 12, set()) for r in rows]
    # a stop token that ends some rows early (the third token of row 0), so the batch shrinks mid-way
    stop = {free[0][2]}
    expected = [alone(model, r, 12, stop) for r in rows]
    assert len(expected[0]) == 2 and any(len(e) == 12 for e in expected) and len({tuple(f) for f in free}) == 4
    gen = torch.Generator().manual_seed(0)
    assert decode.complete_rows(model, rows, 12, 0.0, stop, gen) == expected
    assert decode.complete_rows(model, rows, 12, 0.0, set(), gen) == free
    assert decode.complete_rows(model, rows, 0, 0.0, set(), gen) == [[], [], [], []]


def test_an_ended_row_kept_in_a_large_batch_adds_no_tokens():
    """One row of ten ends: too few to drop (DROP_SHARE), so it keeps decoding, and nothing it makes counts."""
    model, tok = lively_model(), tiny_tokenizer()
    first, other = tok.encode(PROMPTS[2]), tok.encode(PROMPTS[0])
    free_first, free_other = alone(model, first, 10, set()), alone(model, other, 10, set())
    stop = {free_first[1]}
    assert stop.isdisjoint(free_other) and 9 * 1 < 10 * decode.DROP_SHARE
    got = decode.complete_rows(model, [first] + [other] * 9, 10, 0.0, stop, torch.Generator())
    assert got == [free_first[:1]] + [free_other] * 9


def test_kv_cache_grows_and_keeps_rows_like_concatenation():
    cache, ks, vs = llama.KVCache(), [], []
    for t in (3, 2, 5, 1):
        k, v = torch.randn(4, 2, t, 8), torch.randn(4, 2, t, 8)
        ks.append(k)
        vs.append(v)
        got_k, got_v = cache.append(k, v)
        assert torch.equal(got_k, torch.cat(ks, dim=2)) and torch.equal(got_v, torch.cat(vs, dim=2))
    assert cache.k.shape[2] >= 11 and cache.length == 11
    cache.keep_rows(torch.tensor([3, 1]))
    got_k, _ = cache.append(torch.zeros(2, 2, 1, 8), torch.zeros(2, 2, 1, 8))
    assert torch.equal(got_k[:, :, :11], torch.cat(ks, dim=2)[[3, 1]]) and not got_k[:, :, 11].any()


def test_generate_keeps_prompt_order_for_every_batch_size():
    model, tok = lively_model(), tiny_tokenizer()
    want = [[tok.decode(alone(model, tok.encode(p), 6, tok.stop_ids), skip_special=True)] * 3 for p in PROMPTS]
    for batch_size in (1, 2, 16):
        assert decode.make_generator(model, tok, batch_size=batch_size)(PROMPTS, 6, 0.0, 3) == want
    with pytest.raises(ValueError, match="batch_size=0"):
        decode.make_generator(model, tok, batch_size=0)


def test_stop_strings_end_rows_early_with_the_text_a_long_run_cut_gives():
    model, tok = lively_model(), tiny_tokenizer()
    gen = decode.make_generator(model, tok)
    long = gen(PROMPTS, 40, 0.0, 1)
    # a stop string that occurs in some row's long completion, a few tokens in
    row = next(i for i, (c,) in enumerate(long) if len(c) > 12)
    stop = long[row][0][6:9]
    cut = [[c.split(stop, 1)[0]] for (c,) in long]
    assert gen(PROMPTS, 40, 0.0, 1, stops=(stop,)) == cut
    calls = []
    forward = model.forward

    def counting(*a, **k):
        calls.append(a[0].shape[0])
        return forward(*a, **k)

    model.forward = counting
    ids = tok.encode(PROMPTS[row])
    done = decode.complete_rows(model, [ids], 40, 0.0, set(), torch.Generator(),
                                ended=lambda new: stop in tok.decode(new, skip_special=True))
    # the row stopped at the first look after its stop appeared, not after 40 tokens
    assert len(done[0]) <= len(tok.encode(long[row][0][:9])) + decode.STOP_CHECK_EVERY < 40
    assert len(calls) == len(done[0])


def test_sampling_is_seeded_and_gives_n_per_prompt():
    model, tok = lively_model(), tiny_tokenizer()
    first = decode.make_generator(model, tok, seed=3)(PROMPTS, 8, 1.0, 4)
    assert [len(s) for s in first] == [4, 4, 4, 4]
    assert decode.make_generator(model, tok, seed=3)(PROMPTS, 8, 1.0, 4) == first
    assert decode.make_generator(model, tok, seed=4)(PROMPTS, 8, 1.0, 4) != first
    assert len({s for group in first for s in group}) > 4  # samples differ, unlike greedy
    with pytest.raises(TypeError, match="list of strings"):
        decode.make_generator(model, tok)("the wall", 3, 0.0, 1)
    with pytest.raises(ValueError, match="empty prompt"):
        decode.make_generator(model, tok)(["the", ""], 3, 0.0, 1)


def test_a_pattern_stop_ends_the_row_after_its_match_and_keeps_it():
    """A compiled pattern (a chat answer's closed code block) ends decoding like a string stop,
    but the text is kept up to the end of its match, not cut before it."""
    import re

    model, tok = lively_model(), tiny_tokenizer()
    gen = decode.make_generator(model, tok)
    long = gen(PROMPTS, 40, 0.0, 1)
    row = next(i for i, (c,) in enumerate(long) if len(c) > 12)
    piece = long[row][0][6:9]
    pattern = re.compile(re.escape(piece))
    kept = [[c[: c.index(piece) + len(piece)] if piece in c else c] for (c,) in long]
    assert gen(PROMPTS, 40, 0.0, 1, stops=(pattern,)) == kept
    assert kept[row][0].endswith(piece)
