"""A small decoder-only transformer and batched generation.

The model is deliberately plain so that compression methods have exactly one thing to act
on: every weight matrix inside a block is an ``nn.Linear`` (``attn.qkv``, ``attn.proj``
and ``mlp.fc1``/``mlp.fc2``, or ``mlp.gate``/``mlp.up``/``mlp.down`` for SwiGLU).
Quantisers and pruners swap or mask those modules; the embedding, the norms and the
output head stay in full precision, as is usual in the papers the bundles test. With
``tie_embeddings=True`` the head reuses the embedding matrix through ``F.linear`` and is
no ``nn.Linear`` at all; untied, it is ``lm_head`` and ``block_linears`` leaves it out.

Design: pre-norm blocks (LayerNorm), causal attention through
``F.scaled_dot_product_attention`` (flash / memory-efficient kernels on CUDA), rotary or
learned positions, GELU or SwiGLU MLP, no dropout (the tasks give unlimited fresh data).

Generation is batched: one prefill over the (left-padded) prompts fills a key/value cache,
then each new token costs one single-position step. Answers are a few tokens long, so
``generate`` allocates nothing beyond a per-layer concatenation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

MLP_KINDS = ("gelu", "swiglu")
POSITION_KINDS = ("rope", "learned")


@dataclass(frozen=True)
class ModelConfig:
    vocab_size: int
    max_seq_len: int
    d_model: int = 256
    n_layers: int = 4
    n_heads: int = 8
    mlp: str = "gelu"
    mlp_ratio: float = 4.0
    positions: str = "rope"
    tie_embeddings: bool = True
    rope_base: float = 10000.0

    def __post_init__(self):
        for field in ("vocab_size", "max_seq_len", "d_model", "n_layers", "n_heads"):
            value = getattr(self, field)
            if not isinstance(value, int) or value <= 0:
                raise ValueError(f"ModelConfig.{field} must be a positive int, got {value!r}")
        if self.d_model % self.n_heads:
            raise ValueError(f"d_model {self.d_model} is not divisible by n_heads {self.n_heads}")
        if self.positions == "rope" and (self.d_model // self.n_heads) % 2:
            raise ValueError(f"rotary positions need an even head size, got {self.d_model // self.n_heads}")
        if self.mlp not in MLP_KINDS:
            raise ValueError(f"unknown mlp {self.mlp!r}: use one of {MLP_KINDS}")
        if self.positions not in POSITION_KINDS:
            raise ValueError(f"unknown positions {self.positions!r}: use one of {POSITION_KINDS}")
        if self.mlp_ratio <= 0:
            raise ValueError(f"mlp_ratio must be positive, got {self.mlp_ratio!r}")

    @property
    def head_dim(self) -> int:
        return self.d_model // self.n_heads

    @property
    def hidden_dim(self) -> int:
        """MLP width; SwiGLU uses 2/3 of it (rounded to 64) to keep parameters equal."""
        hidden = int(self.d_model * self.mlp_ratio)
        if self.mlp == "swiglu":
            hidden = max(64, round(hidden * 2 / 3 / 64) * 64)
        return hidden


class KVCache:
    """Per-layer keys and values of the positions seen so far."""

    def __init__(self, n_layers: int):
        self.keys: list[torch.Tensor | None] = [None] * n_layers
        self.values: list[torch.Tensor | None] = [None] * n_layers
        self.length = 0


def _rope_tables(cfg: ModelConfig) -> tuple[torch.Tensor, torch.Tensor]:
    half = cfg.head_dim // 2
    inv_freq = 1.0 / (cfg.rope_base ** (torch.arange(half, dtype=torch.float32) / half))
    angles = torch.outer(torch.arange(cfg.max_seq_len, dtype=torch.float32), inv_freq)
    return angles.cos(), angles.sin()


def _apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotate pairs (first half, second half) of the head dimension. x: [B, H, T, D]."""
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    cos, sin = cos.to(x.dtype), sin.to(x.dtype)
    return torch.cat([x1 * cos - x2 * sin, x1 * sin + x2 * cos], dim=-1)


class Attention(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.n_heads, self.head_dim = cfg.n_heads, cfg.head_dim
        self.qkv = nn.Linear(cfg.d_model, 3 * cfg.d_model, bias=False)
        self.proj = nn.Linear(cfg.d_model, cfg.d_model, bias=False)

    def forward(self, x, rope, cache: KVCache | None, layer: int):
        batch, steps, width = x.shape
        q, k, v = self.qkv(x).view(batch, steps, 3, self.n_heads, self.head_dim).permute(2, 0, 3, 1, 4)
        if rope is not None:
            q, k = _apply_rope(q, *rope), _apply_rope(k, *rope)
        causal = True
        if cache is not None:
            past_k, past_v = cache.keys[layer], cache.values[layer]
            if past_k is not None:
                if steps != 1:
                    raise ValueError("a cached forward after prefill takes one position at a time")
                k, v = torch.cat([past_k, k], dim=2), torch.cat([past_v, v], dim=2)
                causal = False
            cache.keys[layer], cache.values[layer] = k, v
        out = F.scaled_dot_product_attention(q, k, v, is_causal=causal)
        return self.proj(out.transpose(1, 2).reshape(batch, steps, width))


class MLP(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.kind = cfg.mlp
        if cfg.mlp == "gelu":
            self.fc1 = nn.Linear(cfg.d_model, cfg.hidden_dim, bias=False)
            self.fc2 = nn.Linear(cfg.hidden_dim, cfg.d_model, bias=False)
        else:
            self.gate = nn.Linear(cfg.d_model, cfg.hidden_dim, bias=False)
            self.up = nn.Linear(cfg.d_model, cfg.hidden_dim, bias=False)
            self.down = nn.Linear(cfg.hidden_dim, cfg.d_model, bias=False)

    def forward(self, x):
        if self.kind == "gelu":
            return self.fc2(F.gelu(self.fc1(x)))
        return self.down(F.silu(self.gate(x)) * self.up(x))


class Block(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.ln1 = nn.LayerNorm(cfg.d_model)
        self.attn = Attention(cfg)
        self.ln2 = nn.LayerNorm(cfg.d_model)
        self.mlp = MLP(cfg)

    def forward(self, x, rope, cache, layer):
        x = x + self.attn(self.ln1(x), rope, cache, layer)
        return x + self.mlp(self.ln2(x))


class TinyTransformer(nn.Module):
    """Decoder-only transformer: tokens [B, T] -> logits [B, T, vocab]."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        self.tok_emb = nn.Embedding(cfg.vocab_size, cfg.d_model)
        self.pos_emb = nn.Embedding(cfg.max_seq_len, cfg.d_model) if cfg.positions == "learned" else None
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layers))
        self.ln_f = nn.LayerNorm(cfg.d_model)
        self.lm_head = None if cfg.tie_embeddings else nn.Linear(cfg.d_model, cfg.vocab_size, bias=False)
        if cfg.positions == "rope":
            cos, sin = _rope_tables(cfg)
            self.register_buffer("rope_cos", cos, persistent=False)
            self.register_buffer("rope_sin", sin, persistent=False)
        self._init_weights()

    def _init_weights(self):
        residual_std = 0.02 / math.sqrt(2 * self.cfg.n_layers)
        for name, module in self.named_modules():
            if isinstance(module, (nn.Linear, nn.Embedding)):
                std = residual_std if name.endswith(("attn.proj", "mlp.fc2", "mlp.down")) else 0.02
                nn.init.normal_(module.weight, mean=0.0, std=std)

    def forward(self, tokens: torch.Tensor, cache: KVCache | None = None) -> torch.Tensor:
        steps = tokens.shape[1]
        start = cache.length if cache is not None else 0
        if start + steps > self.cfg.max_seq_len:
            raise ValueError(f"sequence of {start + steps} tokens exceeds max_seq_len {self.cfg.max_seq_len}")
        x = self.tok_emb(tokens)
        rope = None
        if self.pos_emb is not None:
            x = x + self.pos_emb.weight[start:start + steps]
        else:
            rope = (self.rope_cos[start:start + steps], self.rope_sin[start:start + steps])
        for layer, block in enumerate(self.blocks):
            x = block(x, rope, cache, layer)
        if cache is not None:
            cache.length = start + steps
        x = self.ln_f(x)
        if self.lm_head is None:
            return F.linear(x, self.tok_emb.weight)
        return self.lm_head(x)


def block_linears(model: nn.Module) -> dict[str, nn.Linear]:
    """Every nn.Linear inside the transformer blocks (what quantisers and pruners act on)."""
    return {name: mod for name, mod in model.named_modules()
            if isinstance(mod, nn.Linear) and name.startswith("blocks.")}


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def build_model(vocab_size: int, max_seq_len: int, **overrides) -> TinyTransformer:
    return TinyTransformer(ModelConfig(vocab_size=vocab_size, max_seq_len=max_seq_len, **overrides))


@torch.no_grad()
def generate(model: nn.Module, prompts: torch.Tensor, max_new_tokens: int, temperature: float = 0.0,
             top_k: int | None = None, generator: torch.Generator | None = None,
             use_cache: bool = True) -> torch.Tensor:
    """Continue each row of ``prompts`` [B, P] by ``max_new_tokens`` tokens; returns [B, max_new_tokens].

    ``temperature=0`` is greedy decoding; otherwise tokens are sampled from
    softmax(logits / temperature), optionally restricted to the ``top_k`` most likely,
    with ``generator`` for reproducible draws. ``use_cache=False`` recomputes the whole
    sequence at every step (a cross-check for the cache, and for models whose modules
    do not support incremental calls).
    """
    if max_new_tokens <= 0:
        raise ValueError(f"max_new_tokens must be positive, got {max_new_tokens}")
    if temperature < 0:
        raise ValueError(f"temperature must be >= 0, got {temperature}")
    was_training = model.training
    model.eval()
    try:
        n_layers = len(model.blocks)
        cache = KVCache(n_layers) if use_cache else None
        seq = prompts
        logits = model(prompts, cache)[:, -1, :]
        out = []
        for step in range(max_new_tokens):
            nxt = _pick(logits.float(), temperature, top_k, generator)
            out.append(nxt)
            if step + 1 == max_new_tokens:
                break
            if use_cache:
                logits = model(nxt[:, None], cache)[:, -1, :]
            else:
                seq = torch.cat([seq, nxt[:, None]], dim=1)
                logits = model(seq)[:, -1, :]
        return torch.stack(out, dim=1)
    finally:
        model.train(was_training)


def _pick(logits: torch.Tensor, temperature: float, top_k: int | None,
          generator: torch.Generator | None) -> torch.Tensor:
    if temperature == 0:
        return logits.argmax(dim=-1)
    logits = logits / temperature
    if top_k is not None:
        kth = torch.topk(logits, min(int(top_k), logits.shape[-1]), dim=-1).values[:, -1:]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    probs = torch.softmax(logits, dim=-1)
    return torch.multinomial(probs, 1, generator=generator).squeeze(1)
