"""GPT-2 style byte-level BPE tokenizer in pure Python, read from GGUF metadata or a tokenizer.json.

SmolLM2 (and GPT-2, StarCoder, ...) tokenise text in four steps, each reproduced here:

1. special (added) tokens such as ``<|im_start|>`` are cut out of the text first and map to their ids;
2. pre-tokenisation: optionally every numeric character is isolated (``Digits(individual_digits=True)``
   in tokenizer.json, llama.cpp's pre-tokenizer types "smollm", "starcoder", ...), then GPT-2's pattern
   ``'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+`` splits the
   rest. Python's ``re`` has no ``\\p{..}`` classes, so ``_split_gpt2`` scans the text with
   ``unicodedata`` categories instead (L* letters, Nd/Nl/No numbers, ``str.isspace`` spaces);
3. each piece's UTF-8 bytes are mapped to printable characters (GPT-2's ``bytes_to_unicode``);
4. merges are applied lowest rank first until none applies; pieces are cached.

tests/repro/test_llama.py checks the ids against transformers' tokenizer built from the same GGUF.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

CONTRACTIONS = ("s", "t", "re", "ve", "m", "ll", "d")
# llama.cpp pre-tokenizer types that use GPT-2's pattern, with and without isolated digits first
PRE_GPT2 = ("gpt2", "default", "mpt", "olmo", "jais")
PRE_DIGITS = ("smollm", "starcoder", "refact", "command-r", "codeshell", "exaone", "minerva")


@lru_cache(maxsize=1)
def bytes_to_unicode() -> dict[int, str]:
    """GPT-2's reversible map from bytes to printable characters (spaces become 'Ġ', newlines 'Ċ')."""
    keep = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), 256))
    chars, extra = keep[:], 0
    for b in range(256):
        if b not in keep:
            keep.append(b)
            chars.append(256 + extra)
            extra += 1
    return dict(zip(keep, map(chr, chars)))


@lru_cache(maxsize=65536)
def _char_class(c: str) -> str:
    if c.isspace():
        return "S"
    cat = unicodedata.category(c)
    if cat[0] == "L":
        return "L"
    if cat in ("Nd", "Nl", "No"):
        return "N"
    return "O"


def _split_gpt2(text: str) -> list[str]:
    """GPT-2's pre-tokenizer pattern, scanned by character class (see the module docstring)."""
    out, i, n = [], 0, len(text)
    cls = [_char_class(c) for c in text]
    while i < n:
        c = text[i]
        if c == "'":
            suffix = next((s for s in CONTRACTIONS if text.startswith(s, i + 1)), None)
            if suffix is not None:
                out.append(text[i: i + 1 + len(suffix)])
                i += 1 + len(suffix)
                continue
        j = i + 1 if c == " " and i + 1 < n and cls[i + 1] != "S" else i
        kind = cls[j]
        if kind != "S":  # ' ?\p{L}+', ' ?\p{N}+' or ' ?[^\s\p{L}\p{N}]+'
            end = j + 1
            while end < n and cls[end] == kind:
                end += 1
            out.append(text[i:end])
            i = end
            continue
        end = i + 1
        while end < n and cls[end] == "S":
            end += 1
        if end < n and end - i > 1:  # '\s+(?!\S)': leave the last space to prefix the next piece
            end -= 1
        out.append(text[i:end])
        i = end
    return out


def pretokenize(text: str, split_digits: bool) -> list[str]:
    """Pieces of ``text`` before BPE: digits isolated first when ``split_digits``, then GPT-2's pattern."""
    if not split_digits:
        return _split_gpt2(text)
    out, start = [], 0
    for i, c in enumerate(text):
        if _char_class(c) == "N":
            if start < i:
                out.extend(_split_gpt2(text[start:i]))
            out.append(c)
            start = i + 1
    if start < len(text):
        out.extend(_split_gpt2(text[start:]))
    return out


class ByteLevelBPE:
    """Encode / decode with a byte-level BPE vocabulary; ``encode`` returns ids, ``decode`` text."""

    def __init__(self, tokens: list[str], merges: list, special: list[str] = (), split_digits: bool = False,
                 bos_id: int | None = None, eos_id: int | None = None, add_bos: bool = False,
                 unk_id: int | None = None, chat_template: str | None = None):
        self.tokens = list(tokens)
        self.chat_template = chat_template  # the model's Jinja chat template, as its files give it
        self.vocab = {t: i for i, t in enumerate(self.tokens)}
        pairs = [tuple(m.split(" ", 1)) if isinstance(m, str) else tuple(m) for m in merges]
        bad = [p for p in pairs if len(p) != 2]
        if bad:
            raise ValueError(f"merges must be 'a b' strings or [a, b] pairs; got {bad[0]!r}.")
        self.merges = pairs
        self.ranks = {p: r for r, p in enumerate(pairs)}
        self.special = [s for s in special if s in self.vocab]
        missing = [s for s in special if s not in self.vocab]
        if missing:
            raise ValueError(f"special tokens {missing[:3]} are not in the vocabulary.")
        self._special_re = re.compile("(" + "|".join(map(re.escape, sorted(self.special, key=len, reverse=True)))
                                      + ")") if self.special else None
        self.split_digits, self.add_bos = bool(split_digits), bool(add_bos)
        self.bos_id, self.eos_id, self.unk_id = bos_id, eos_id, unk_id
        self.byte_encoder = bytes_to_unicode()
        self.byte_decoder = {c: b for b, c in self.byte_encoder.items()}
        self._cache: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self.tokens)

    @property
    def stop_ids(self) -> set[int]:
        """Ids that end a generation: the EOS token and ``<|endoftext|>`` where the vocabulary has it."""
        ids = {self.eos_id} if self.eos_id is not None else set()
        if "<|endoftext|>" in self.vocab:
            ids.add(self.vocab["<|endoftext|>"])
        return ids

    def _bpe(self, piece: str) -> list[int]:
        cached = self._cache.get(piece)
        if cached is not None:
            return cached
        word = [self.byte_encoder[b] for b in piece.encode("utf-8")]
        ranks = self.ranks
        while len(word) > 1:
            best, best_rank = None, None
            for pair in pairwise(word):
                r = ranks.get(pair)
                if r is not None and (best_rank is None or r < best_rank):
                    best, best_rank = pair, r
            if best is None:
                break
            merged, i, first, second = [], 0, best[0], best[1]
            while i < len(word):
                if i + 1 < len(word) and word[i] == first and word[i + 1] == second:
                    merged.append(first + second)
                    i += 2
                else:
                    merged.append(word[i])
                    i += 1
            word = merged
        ids = []
        for sym in word:
            if sym in self.vocab:
                ids.append(self.vocab[sym])
            elif self.unk_id is not None:
                ids.append(self.unk_id)
            else:
                raise ValueError(f"symbol {sym!r} of {piece!r} is not in the vocabulary and there is no unknown token.")
        if len(self._cache) < 500_000:
            self._cache[piece] = ids
        return ids

    def encode(self, text: str, add_bos: bool | None = None) -> list[int]:
        """Token ids of ``text``; a BOS id is prepended when ``add_bos`` (default: the tokenizer's setting)."""
        if not isinstance(text, str):
            raise TypeError(f"encode takes a str, got {type(text).__name__}.")
        ids = [self.bos_id] if (self.add_bos if add_bos is None else add_bos) and self.bos_id is not None else []
        parts = self._special_re.split(text) if self._special_re else [text]
        for k, part in enumerate(parts):
            if k % 2 == 1:
                ids.append(self.vocab[part])
            elif part:
                for piece in pretokenize(part, self.split_digits):
                    ids.extend(self._bpe(piece))
        return ids

    def decode(self, ids, skip_special: bool = False) -> str:
        """Text of ``ids`` (invalid UTF-8 from a cut multi-byte character becomes U+FFFD)."""
        out, buf = [], bytearray()
        special = set(self.special)
        for i in ids:
            i = int(i)
            if not 0 <= i < len(self.tokens):
                raise ValueError(f"token id {i} is outside the vocabulary of {len(self.tokens)}.")
            tok = self.tokens[i]
            if tok in special:
                out.append(buf.decode("utf-8", errors="replace"))
                buf = bytearray()
                if not skip_special:
                    out.append(tok)
            else:
                buf.extend(self.byte_decoder.get(ch, ord("?")) for ch in tok)
        out.append(buf.decode("utf-8", errors="replace"))
        return "".join(out)

    # -- sources --------------------------------------------------------------------------------

    @classmethod
    def from_gguf_metadata(cls, meta: dict, what: str = "GGUF") -> ByteLevelBPE:
        model, pre = meta.get("tokenizer.ggml.model"), meta.get("tokenizer.ggml.pre", "default")
        if model != "gpt2":
            raise ValueError(f"{what}: tokenizer.ggml.model={model!r}; only byte-level BPE ('gpt2') is supported.")
        if pre not in PRE_GPT2 + PRE_DIGITS:
            raise ValueError(f"{what}: pre-tokenizer {pre!r} is not supported; supported: "
                             f"{', '.join(PRE_GPT2 + PRE_DIGITS)}.")
        tokens = meta["tokenizer.ggml.tokens"]
        types = meta.get("tokenizer.ggml.token_type", [1] * len(tokens))
        special = [t for t, k in zip(tokens, types) if k in (3, 4)]  # CONTROL, USER_DEFINED
        return cls(tokens, meta.get("tokenizer.ggml.merges", []), special, split_digits=pre in PRE_DIGITS,
                   bos_id=meta.get("tokenizer.ggml.bos_token_id"), eos_id=meta.get("tokenizer.ggml.eos_token_id"),
                   add_bos=bool(meta.get("tokenizer.ggml.add_bos_token", False)),
                   unk_id=meta.get("tokenizer.ggml.unknown_token_id"), chat_template=meta.get("tokenizer.chat_template"))

    @classmethod
    def from_tokenizer_json(cls, path: str | Path, bos_token: str | None = None, eos_token: str | None = None,
                            add_bos: bool = False) -> ByteLevelBPE:
        """A Hugging Face ``tokenizer.json`` of a byte-level BPE model (GPT-2 pattern, optional Digits)."""
        path = Path(path)
        spec = json.loads(path.read_text(encoding="utf-8"))
        model = spec.get("model") or {}
        if model.get("type") != "BPE":
            raise ValueError(f"{path}: model type {model.get('type')!r}; only byte-level BPE is supported.")
        split_digits = False
        pre = spec.get("pre_tokenizer") or {}
        for step in pre.get("pretokenizers", [pre]) if pre else []:
            if step.get("type") == "Digits" and step.get("individual_digits"):
                split_digits = True
            elif step.get("type") != "ByteLevel" or not step.get("use_regex", True) or step.get("add_prefix_space"):
                raise ValueError(f"{path}: pre-tokenizer step {step} is not supported (ByteLevel with GPT-2's "
                                 "pattern and Digits(individual_digits) are).")
        vocab = model["vocab"]
        added = {t["content"]: t["id"] for t in spec.get("added_tokens", [])}
        size = max(list(vocab.values()) + list(added.values())) + 1
        tokens = [""] * size
        for t, i in {**vocab, **added}.items():
            tokens[i] = t
        ids = {t: i for i, t in enumerate(tokens)}
        return cls(tokens, model.get("merges", []), list(added), split_digits,
                   bos_id=ids.get(bos_token), eos_id=ids.get(eos_token), add_bos=add_bos,
                   unk_id=ids.get(model.get("unk_token")) if model.get("unk_token") else None)

    def to_tokenizer_json(self, path: str | Path) -> None:
        """Write a minimal ``tokenizer.json`` that ``from_tokenizer_json`` (and HF tokenizers) can read."""
        special = set(self.special)
        byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
        steps = ([{"type": "Digits", "individual_digits": True}] if self.split_digits else []) + [byte_level]
        spec = {"version": "1.0", "truncation": None, "padding": None, "normalizer": None,
                "added_tokens": [{"id": self.vocab[t], "content": t, "single_word": False, "lstrip": False,
                                  "rstrip": False, "normalized": False, "special": True} for t in self.special],
                "pre_tokenizer": {"type": "Sequence", "pretokenizers": steps},
                "post_processor": None, "decoder": byte_level,
                "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
                          "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False,
                          "vocab": {t: i for i, t in enumerate(self.tokens) if t not in special},
                          "merges": [list(p) for p in self.merges]}}
        Path(path).write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
