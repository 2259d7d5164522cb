"""Batched greedy and sampled decoding for ``repro.lib.llama`` models, with a KV cache.

Prompts go through the model in batches of rows (``batch_size`` prompts times their samples),
left-padded: each row keeps its own positions and its real queries never see a pad key
(``LlamaModel.forward(rows=...)``), so a prompt's greedy completion is the one it gets alone, to
float rounding (tests/repro/test_decode.py). A row leaves the batch when it ends: at a stop token
(EOS), or, when the caller names stop strings, once its text holds one (checked every few steps).
The batch sheds ended rows once they are an eighth of it, so a step costs about what the rows still
decoding cost; the KV cache is allocated once for prompt plus ``max_new_tokens`` and written in
place. Prompts are batched longest first (less padding); results come back in the prompts' order.

Sampling draws from one ``torch.Generator`` seeded once per ``make_generator``: the same prompts,
settings and seed give the same samples; another batch size draws them in another order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

import torch

from .bpe import ByteLevelBPE
from .generators import holds_stop, truncate_at_stops
from .llama import KVCache, LlamaModel

STOP_CHECK_EVERY = 8  # steps between looks for a stop string in the rows' decoded text
DROP_SHARE = 8  # ended rows leave the batch once they are 1/8 of it (each drop copies the caches)


_CHATML_DEFAULT_SYSTEM = re.compile(r"<\|im_start\|>system\n(.*?)<\|im_end\|>", re.DOTALL)


def chat_turn(template: str | None) -> tuple[str, str]:
    """What goes before and after a user's text to make it one user turn of a ChatML chat
    (``<|im_start|>user ... <|im_end|>``) ending where the assistant's answer starts, with the
    default system turn the template writes when a chat has none (SmolLM2's does). Other template
    families are refused: rendering arbitrary Jinja is the ``hf:`` generator's job (transformers)."""
    if not template or "<|im_start|>" not in template:
        raise ValueError("chat=True needs a ChatML chat template (<|im_start|>role ... <|im_end|>) in the model's "
                         "files; this model has " + ("none" if not template else "another kind")
                         + ". Use the hf: generator (transformers renders any template), or chat=False.")
    default = _CHATML_DEFAULT_SYSTEM.search(template)
    system = f"<|im_start|>system\n{default.group(1)}<|im_end|>\n" if default else ""
    return f"{system}<|im_start|>user\n", "<|im_end|>\n<|im_start|>assistant\n"


def _pad_left(rows: list[list[int]], device) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """ids, valid (False at pads) and per-row positions (0 at each row's first real token), ``[R, W]``."""
    width = max(len(r) for r in rows)
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    valid = torch.zeros(len(rows), width, dtype=torch.bool)
    for i, r in enumerate(rows):
        ids[i, width - len(r):] = torch.tensor(r, dtype=torch.long)
        valid[i, width - len(r):] = True
    positions = (valid.long().cumsum(1) - 1).clamp_min(0)
    return ids.to(device), valid.to(device), positions.to(device)


def _next_tokens(logits: torch.Tensor, temperature: float, gen: torch.Generator) -> torch.Tensor:
    if temperature > 0:
        probs = torch.softmax(logits / temperature, dim=-1)
        return torch.multinomial(probs, 1, generator=gen).squeeze(1)
    return logits.argmax(dim=-1)


@torch.no_grad()
def complete_rows(model: LlamaModel, rows: list[list[int]], max_new_tokens: int, temperature: float,
                  stop_ids: set[int], gen: torch.Generator,
                  ended: Callable[[list[int]], bool] | None = None) -> list[list[int]]:
    """New token ids for each row of prompt ids, decoded together; a row ends at a token of
    ``stop_ids`` (not kept) or once ``ended(its new ids)`` holds (looked at every
    ``STOP_CHECK_EVERY`` steps), and at ``max_new_tokens`` at the latest."""
    device = model.embed_tokens.weight.device
    ids, valid, positions = _pad_left(rows, device)
    caches = [KVCache(ids.shape[1] + max_new_tokens) for _ in model.layers]
    out: list[list[int]] = [[] for _ in rows]
    live = list(range(len(rows)))  # the row of ``rows`` that each batch row decodes
    done = [False] * len(rows)  # per batch row: ended, its further tokens ignored until it is dropped
    if max_new_tokens == 0:
        return out
    logits = model(ids, caches=caches, rows=(positions, valid))[:, -1].float()
    pos = positions[:, -1:] + 1
    for step in range(1, max_new_tokens + 1):
        nxt = _next_tokens(logits, temperature, gen)
        look = ended is not None and step % STOP_CHECK_EVERY == 0
        for j, tok in enumerate(nxt.tolist()):
            if done[j]:
                continue
            if tok in stop_ids:
                done[j] = True
                continue
            out[live[j]].append(tok)
            done[j] = look and ended(out[live[j]])
        n_done = sum(done)
        if n_done == len(live) or step == max_new_tokens:
            break
        if n_done * DROP_SHARE >= len(live):  # drop the ended rows (copying the caches) once they are many
            keep = [j for j, d in enumerate(done) if not d]
            idx = torch.tensor(keep, device=device)
            for cache in caches:
                cache.keep_rows(idx)
            valid, pos, nxt = valid.index_select(0, idx), pos.index_select(0, idx), nxt.index_select(0, idx)
            live, done = [live[j] for j in keep], [False] * len(keep)
        valid = torch.cat([valid, valid.new_ones(len(live), 1)], dim=1)
        logits = model(nxt.unsqueeze(1), caches=caches, rows=(pos, valid))[:, -1].float()
        pos = pos + 1
    return out


def make_generator(model: LlamaModel, tokenizer: ByteLevelBPE, seed: int = 0, stop: tuple[str, ...] = (),
                   batch_size: int = 16, chat: bool = False) -> Callable[..., list[list[str]]]:
    """``generate(prompts, max_new_tokens, temperature, n, stops=()) -> list[list[str]]``: n
    completions per prompt.

    Completions exclude the prompt and end before the first stop token (EOS, ``<|endoftext|>``) or
    at the first stop (``stop`` here, ``stops`` per call: before a string, after a compiled
    pattern's match; a row stops decoding once its text holds one). temperature 0 is greedy
    decoding (its n completions are one, repeated); otherwise softmax sampling. ``batch_size``
    prompts decode together (each with its n samples). ``chat`` puts each prompt in the model's
    chat template as one user turn (:func:`chat_turn`).
    """
    if batch_size < 1:
        raise ValueError(f"batch_size={batch_size}: need at least one prompt per batch.")
    before, after = chat_turn(tokenizer.chat_template) if chat else ("", "")  # refused before any work
    device = model.embed_tokens.weight.device
    gen = torch.Generator(device=device)
    gen.manual_seed(seed)

    def generate(prompts: list[str], max_new_tokens: int, temperature: float = 0.0, n: int = 1,
                 stops: Sequence[str] = ()) -> list[list[str]]:
        if isinstance(prompts, str):
            raise TypeError("prompts must be a list of strings, not one string.")
        if max_new_tokens < 0 or n < 1 or temperature < 0 or not math.isfinite(temperature):
            raise ValueError(f"need max_new_tokens >= 0, n >= 1 and a finite temperature >= 0; got "
                             f"{max_new_tokens}, {n}, {temperature}.")
        encoded = [tokenizer.encode(before + p + after) for p in prompts]
        if any(not ids for ids in encoded):
            raise ValueError("an empty prompt has no token to condition on; pass some text.")
        every = tuple(stop) + tuple(s for s in stops if s)
        ended = (lambda new: holds_stop(tokenizer.decode(new, skip_special=True), every)) if every else None
        k = 1 if temperature == 0 else n
        order = sorted(range(len(prompts)), key=lambda i: -len(encoded[i]))
        texts: list[list[str]] = [[] for _ in prompts]
        model.eval()
        for b in range(0, len(order), batch_size):
            chunk = order[b:b + batch_size]
            rows = [encoded[i] for i in chunk for _ in range(k)]
            new = complete_rows(model, rows, max_new_tokens, temperature, tokenizer.stop_ids, gen, ended)
            for c, i in enumerate(chunk):
                texts[i] = [truncate_at_stops(tokenizer.decode(seq, skip_special=True), every)
                            for seq in new[c * k:(c + 1) * k]]
        return [t * n if k == 1 else t for t in texts]

    return generate
