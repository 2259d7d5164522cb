"""Generated reasoning tasks with a tiny character tokenizer.

Three tasks, all with fixed-length answers so that a batch is one rectangular tensor and
exact match is a row comparison:

- ``addition``: ``"1234+5678="`` -> ``"06912"``. Operands are zero-padded to ``n_digits``
  and the answer to ``n_digits + 1`` digits. With ``reverse_answer=True`` the answer is
  written least-significant digit first (``"21960"``): each output digit then depends only
  on digits already seen plus one carry, which small transformers learn in a few hundred
  to a few thousand steps instead of tens of thousands (the standard trick in the
  arithmetic-transformer literature). ``answer_value`` undoes the reversal.
- ``modular``: ``"012*034+056%097="`` -> ``"(a*b+c) mod p"`` zero-padded to the width of p.
- ``program_trace``: a few lines of a toy language (constants, ``x=y+z``, ``x=y*K``,
  repeat loops ``r3{...}``, every value kept mod 100), then ``?x=``; the answer is the
  final value of x as two digits. Sampled answers from a model make it a pass@k task.

Splits are deterministic and disjoint by construction: every problem has an integer key
(its operands, or a hash of its text) and belongs to the test split exactly when a
seeded 64-bit mix of that key falls below ``test_fraction``. Membership is a pure function
of (problem, split_seed), so any number of draws from "train" never meets "test".

Prompts are left-padded with ``<pad>`` to the task's ``prompt_len``; the model sees the
pads in training and in evaluation alike, so no attention mask is needed.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass

import numpy as np
import torch

CHARACTERS = "0123456789+-*=%;?{}()abcdefghijklmnopqrstuvwxyz "
SPLITS = ("train", "test")


class CharTokenizer:
    """Characters to ids and back. Id 0 is ``<pad>``, 1 is ``<eos>``, then the characters."""

    specials = ("<pad>", "<eos>")

    def __init__(self, characters: str = CHARACTERS):
        if len(set(characters)) != len(characters):
            raise ValueError(f"tokenizer characters must be unique, got {characters!r}")
        self.characters = characters
        self._index = {ch: i + len(self.specials) for i, ch in enumerate(characters)}
        self.pad_id = 0
        self.eos_id = 1

    @property
    def vocab_size(self) -> int:
        return len(self.specials) + len(self.characters)

    def encode(self, text: str) -> list[int]:
        try:
            return [self._index[ch] for ch in text]
        except KeyError as exc:
            raise ValueError(
                f"character {exc.args[0]!r} in {text!r} is not in the vocabulary {self.characters!r}"
            ) from None

    def decode(self, ids) -> str:
        """Text of ``ids``; pads are dropped and decoding stops at the first ``<eos>``."""
        out = []
        for raw in ids:
            idx = int(raw)
            if idx == self.eos_id:
                break
            if idx == self.pad_id:
                continue
            if not len(self.specials) <= idx < self.vocab_size:
                raise ValueError(f"token id {idx} is outside the vocabulary (size {self.vocab_size})")
            out.append(self.characters[idx - len(self.specials)])
        return "".join(out)

    def digit_ids(self, digits: np.ndarray) -> np.ndarray:
        """Vectorised ids of decimal digits 0..9 (the digits come first in CHARACTERS)."""
        return digits.astype(np.int64) + self._index["0"]


TOKENIZER = CharTokenizer()


@dataclass
class Batch:
    """Prompts and answers as one tensor ``tokens[B, prompt_len + answer_len]``."""

    tokens: torch.Tensor
    prompt_len: int
    answer_len: int

    @property
    def prompts(self) -> torch.Tensor:
        return self.tokens[:, : self.prompt_len]

    @property
    def answers(self) -> torch.Tensor:
        return self.tokens[:, self.prompt_len:]

    def __len__(self) -> int:
        return int(self.tokens.shape[0])

    def to(self, device) -> Batch:
        return Batch(self.tokens.to(device, non_blocking=True), self.prompt_len, self.answer_len)


def _mix64(keys: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser on a uint64 array (wrapping arithmetic)."""
    x = keys.astype(np.uint64, copy=True)
    x += np.uint64(0x9E3779B97F4A7C15)
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _digits(values: np.ndarray, width: int) -> np.ndarray:
    """[n] non-negative ints -> [n, width] decimal digits, most significant first."""
    powers = 10 ** np.arange(width - 1, -1, -1, dtype=np.int64)
    return (values[:, None] // powers[None, :]) % 10


class Task:
    """A generated task. Subclasses define ``_draw``, ``prompt_len``, ``answer_len``."""

    name = "task"

    def __init__(self, split_seed: int = 0, test_fraction: float = 0.1):
        if not 0.0 < float(test_fraction) < 1.0:
            raise ValueError(f"test_fraction must lie in (0, 1), got {test_fraction!r}")
        self.split_seed = int(split_seed)
        self.test_fraction = float(test_fraction)
        self.tokenizer = TOKENIZER
        salt = _mix64(np.array([self.split_seed ^ 0x5EED5EED], dtype=np.uint64))
        self._salt = salt[0]

    prompt_len: int
    answer_len: int

    def _draw(self, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """n random problems: (prompt ids [n, P], answer ids [n, A], keys [n] uint64)."""
        raise NotImplementedError

    def is_test(self, keys: np.ndarray) -> np.ndarray:
        """Boolean mask: which problem keys belong to the test split."""
        mixed = _mix64(keys.astype(np.uint64) ^ self._salt)
        return (mixed >> np.uint64(11)).astype(np.float64) / float(2**53) < self.test_fraction

    def sample_arrays(self, n: int, rng: np.random.Generator, split: str = "train",
                      unique: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """n problems of one split as (prompts, answers) numpy arrays.

        ``unique=True`` removes repeated problems (use it for evaluation sets); it raises
        ValueError when the split holds fewer than n distinct problems.
        """
        if split not in SPLITS:
            raise ValueError(f"unknown split {split!r}: use one of {SPLITS}")
        if n <= 0:
            raise ValueError(f"number of problems must be positive, got {n}")
        want_test = split == "test"
        prompts, answers, seen = [], [], set()
        have, tries = 0, 0
        while have < n:
            tries += 1
            if tries > 200:
                raise ValueError(
                    f"{self.name}: could not find {n} {'distinct ' if unique else ''}{split} problems "
                    f"(found {have}); use a larger problem space or a smaller set"
                )
            share = self.test_fraction if want_test else 1.0 - self.test_fraction
            p, a, k = self._draw(64 + int(1.1 * (n - have) / share), rng)
            keep = self.is_test(k) == want_test
            if unique:
                for i in np.flatnonzero(keep):
                    key = int(k[i])
                    if key in seen:
                        keep[i] = False
                    else:
                        seen.add(key)
            p, a = p[keep], a[keep]
            prompts.append(p)
            answers.append(a)
            have += len(p)
        return np.concatenate(prompts)[:n], np.concatenate(answers)[:n]

    def sample(self, n: int, rng: np.random.Generator, split: str = "train",
               device: torch.device | str = "cpu", unique: bool = False) -> Batch:
        """A Batch of n problems from ``split`` on ``device``."""
        prompts, answers = self.sample_arrays(n, rng, split, unique=unique)
        tokens = torch.from_numpy(np.concatenate([prompts, answers], axis=1))
        return Batch(tokens.to(device), self.prompt_len, self.answer_len)

    def test_set(self, n: int, seed: int, device: torch.device | str = "cpu") -> Batch:
        """The first n distinct test problems drawn with ``seed`` (same seed, same set)."""
        return self.sample(n, np.random.default_rng(seed), "test", device=device, unique=True)

    def answer_text(self, answer_ids) -> str:
        """The answer as a human reads it (undoing any digit reversal)."""
        return self.tokenizer.decode(answer_ids)

    def prompt_text(self, prompt_ids) -> str:
        return self.tokenizer.decode(prompt_ids)


class AdditionTask(Task):
    """n-digit addition; see the module docstring for the reversed-answer option."""

    name = "addition"

    def __init__(self, n_digits: int = 4, reverse_answer: bool = True, **kwargs):
        if not 1 <= int(n_digits) <= 9:
            raise ValueError(f"n_digits must be in 1..9, got {n_digits!r}")
        super().__init__(**kwargs)
        self.n_digits = int(n_digits)
        self.reverse_answer = bool(reverse_answer)
        self.prompt_len = 2 * self.n_digits + 2
        self.answer_len = self.n_digits + 1

    def _draw(self, n, rng):
        top = 10 ** self.n_digits
        a = rng.integers(0, top, size=n, dtype=np.int64)
        b = rng.integers(0, top, size=n, dtype=np.int64)
        tok = self.tokenizer
        plus = np.full((n, 1), tok.encode("+")[0], dtype=np.int64)
        eq = np.full((n, 1), tok.encode("=")[0], dtype=np.int64)
        prompts = np.concatenate([tok.digit_ids(_digits(a, self.n_digits)), plus,
                                  tok.digit_ids(_digits(b, self.n_digits)), eq], axis=1)
        answer_digits = _digits(a + b, self.n_digits + 1)
        if self.reverse_answer:
            answer_digits = answer_digits[:, ::-1]
        keys = (a * top + b).astype(np.uint64)
        return prompts, tok.digit_ids(np.ascontiguousarray(answer_digits)), keys

    def answer_text(self, answer_ids) -> str:
        text = self.tokenizer.decode(answer_ids)
        return text[::-1] if self.reverse_answer else text


class ModularTask(Task):
    """``a*b+c mod p`` with a, b, c uniform in [0, p)."""

    name = "modular"

    def __init__(self, modulus: int = 97, **kwargs):
        if not 2 <= int(modulus) <= 9999:
            raise ValueError(f"modulus must be in 2..9999, got {modulus!r}")
        super().__init__(**kwargs)
        self.modulus = int(modulus)
        self.width = len(str(self.modulus - 1))
        self.prompt_len = 3 * self.width + 3 + len(str(self.modulus)) + 1
        self.answer_len = self.width

    def _draw(self, n, rng):
        p, w, tok = self.modulus, self.width, self.tokenizer
        a, b, c = (rng.integers(0, p, size=n, dtype=np.int64) for _ in range(3))

        def sym(ch):
            return np.full((n, 1), tok.encode(ch)[0], dtype=np.int64)

        mod = np.tile(np.array(tok.encode(f"%{p}="), dtype=np.int64), (n, 1))
        prompts = np.concatenate([tok.digit_ids(_digits(a, w)), sym("*"), tok.digit_ids(_digits(b, w)),
                                  sym("+"), tok.digit_ids(_digits(c, w)), mod], axis=1)
        answers = tok.digit_ids(_digits((a * b + c) % p, w))
        keys = ((a * p + b) * p + c).astype(np.uint64)
        return prompts, answers, keys


class ProgramTraceTask(Task):
    """Trace a short toy program and report a variable's final value (mod 100)."""

    name = "program_trace"
    _VARS = "abcdefgh"

    def __init__(self, n_vars: int = 3, n_ops: int = 3, loop_prob: float = 0.3, **kwargs):
        if not 1 <= int(n_vars) <= len(self._VARS):
            raise ValueError(f"n_vars must be in 1..{len(self._VARS)}, got {n_vars!r}")
        if not 1 <= int(n_ops) <= 12:
            raise ValueError(f"n_ops must be in 1..12, got {n_ops!r}")
        if not 0.0 <= float(loop_prob) <= 1.0:
            raise ValueError(f"loop_prob must lie in [0, 1], got {loop_prob!r}")
        super().__init__(**kwargs)
        self.n_vars, self.n_ops, self.loop_prob = int(n_vars), int(n_ops), float(loop_prob)
        # init "a=7;" per variable, each op at most a loop "r4{a=b+c;a=b*9};", query "?a="
        self.prompt_len = 4 * self.n_vars + 16 * self.n_ops + 3
        self.answer_len = 2

    def _assignment(self, rng, names) -> str:
        target = names[rng.integers(len(names))]
        left = names[rng.integers(len(names))]
        kind = rng.integers(3)
        if kind == 0:
            return f"{target}={left}+{names[rng.integers(len(names))]}"
        if kind == 1:
            return f"{target}={left}+{int(rng.integers(1, 10))}"
        return f"{target}={left}*{int(rng.integers(2, 10))}"

    def program(self, rng: np.random.Generator) -> tuple[str, str]:
        """One random program text (ending in ``?x=``) and its answer (two digits)."""
        names = self._VARS[: self.n_vars]
        lines = [f"{v}={int(rng.integers(0, 10))}" for v in names]
        for _ in range(self.n_ops):
            if rng.random() < self.loop_prob:
                body = ";".join(self._assignment(rng, names) for _ in range(int(rng.integers(1, 3))))
                lines.append(f"r{int(rng.integers(2, 5))}{{{body}}}")
            else:
                lines.append(self._assignment(rng, names))
        query = names[rng.integers(len(names))]
        text = ";".join(lines) + f";?{query}="
        return text, f"{trace_program(text):02d}"

    def _draw(self, n, rng):
        tok = self.tokenizer
        prompts = np.full((n, self.prompt_len), tok.pad_id, dtype=np.int64)
        answers = np.empty((n, self.answer_len), dtype=np.int64)
        keys = np.empty(n, dtype=np.uint64)
        for i in range(n):
            text, answer = self.program(rng)
            ids = tok.encode(text)
            prompts[i, self.prompt_len - len(ids):] = ids
            answers[i] = tok.encode(answer)
            keys[i] = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
        return prompts, answers, keys


def trace_program(text: str) -> int:
    """Run a toy program (as written by ProgramTraceTask) and return the queried value."""
    body, sep, query = text.rpartition(";?")
    if not sep or not query.endswith("="):
        raise ValueError(f"program {text!r} does not end with a query such as ';?a='")
    env: dict[str, int] = {}

    def run(statements: str) -> None:
        for stmt in _split_statements(statements):
            if stmt.startswith("r"):
                count, inner = int(stmt[1]), stmt[3:-1]
                for _ in range(count):
                    run(inner)
                continue
            target, expr = stmt.split("=", 1)
            op = "+" if "+" in expr else "*" if "*" in expr else None
            if op is None:
                env[target] = _operand(expr, env) % 100
                continue
            left, right = expr.split(op)
            a, b = _operand(left, env), _operand(right, env)
            env[target] = (a + b if op == "+" else a * b) % 100

    run(body)
    name = query[:-1]
    if name not in env:
        raise ValueError(f"program {text!r} queries {name!r}, which is never assigned")
    return env[name]


def _operand(token: str, env: dict[str, int]) -> int:
    if token.isdigit():
        return int(token)
    if token not in env:
        raise ValueError(f"variable {token!r} is read before it is assigned")
    return env[token]


def _split_statements(text: str) -> list[str]:
    """Split on ';' outside braces."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == ";" and depth == 0:
            out.append(text[start:i])
            start = i + 1
    if text[start:]:
        out.append(text[start:])
    return out


TASKS = {cls.name: cls for cls in (AdditionTask, ModularTask, ProgramTraceTask)}


def make_task(name: str, **kwargs) -> Task:
    """Build a task by name ("addition", "modular", "program_trace") with its options."""
    if name not in TASKS:
        close = difflib.get_close_matches(name, TASKS, n=1)
        hint = f" did you mean {close[0]!r}?" if close else ""
        raise ValueError(f"unknown task {name!r};{hint} available: {sorted(TASKS)}")
    return TASKS[name](**kwargs)
