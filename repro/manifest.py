"""Bundle manifests: inert JSON loaded into frozen, validated data, and the bundle registry.

A manifest (``repro/bundles/<id>/manifest.json``) says what a bundle can test, which
parameters it takes (typed, with defaults), its sizes (``smoke``: checks the code on a CPU in
seconds; ``full``: the experiment, on the GPU; optionally ``small``: a CPU-sized experiment whose
model still learns its task, so that its results say something at proxy scale), the device each
size runs on, its metrics (with direction and aggregation) and the library files it imports.
Nothing in it is executed. Every validation error names the file, the key, the bad value and
what is allowed, so that the fix is one edit away.

``resolve_params`` turns defaults + size overrides + command-line strings ("k=v") into the
typed parameter dict a run receives; ``discover`` builds the registry of bundles under a folder.

A parameter may carry one of two flags that tell the judge which runs make one experiment:
``"location": true`` for where an input lives (a data folder, a model path: the run records the
input's sha256 instead, and runs that read other bytes are not pooled), ``"selects": true`` for
which settings a run computes (bit widths, methods) when each setting's metrics do not depend on
the others. ``configuration`` is every other setting: a plan records it, and a run with other
values ran another experiment.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from repro.errors import BundleError

PARAM_TYPES = ("int", "float", "bool", "str", "list[int]", "list[float]", "list[str]")
CLAIM_KINDS = ("result", "comparison", "trend", "speedup", "memory")
SIZES = ("smoke", "small", "full")
# sizes a bundle offers only where its manifest defines them (every bundle has smoke and full)
OPTIONAL_SIZES = ("small",)
DEVICES = ("cpu", "cuda")
DIRECTIONS = ("higher", "lower")
AGGREGATIONS = ("mean", "median", "final")
TOP_KEYS = (
    "id", "version", "title", "description", "claim_kinds", "methods", "method_names", "params",
    "sizes", "device", "expected_seconds", "metrics", "library",
)
REQUIRED_KEYS = ("id", "version", "title", "params", "sizes", "device", "metrics")
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,79}$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off")


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str
    default: Any
    help: str = ""
    choices: tuple | None = None
    # where an input lives (a data folder, a model path): not part of the experiment's configuration,
    # since the run records the input's bytes (sha256); plans do not pin it
    location: bool = False
    # which settings a run computes (bit widths, methods), when each setting's metrics are the same
    # whatever else the run computes: not part of the configuration either (a run may do fewer)
    selects: bool = False


@dataclass(frozen=True)
class DeviceSpec:
    smoke: str
    full: str
    min_compute_capability: tuple[int, int] | None = None
    small: str = "cpu"

    def for_size(self, size: str) -> str:
        return {"smoke": self.smoke, "small": self.small}.get(size, self.full)


@dataclass(frozen=True)
class MetricSpec:
    name: str
    direction: str
    unit: str = ""
    aggregation: str = "mean"


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    title: str
    description: str
    claim_kinds: tuple[str, ...]
    methods: tuple[str, ...]
    method_names: tuple[str, ...]
    params: Mapping[str, ParamSpec]
    sizes: Mapping[str, Mapping[str, Any]]
    device: DeviceSpec
    expected_seconds: Mapping[str, float]
    metrics: Mapping[str, MetricSpec]
    library: tuple[str, ...]
    folder: Path = field(compare=False)

    @property
    def path(self) -> Path:
        return self.folder / "manifest.json"

    def offers(self, size: str) -> bool:
        """Whether a run at ``size`` exists (``small`` only where the manifest defines it)."""
        return size in self.sizes


class _Checker:
    """Builds one error message format for every validation failure of one file."""

    def __init__(self, path: Path, bundle_id: str | None = None):
        self.path = path
        self.bundle_id = bundle_id

    def fail(self, key: str, value: Any, allowed: str) -> BundleError:
        shown = json.dumps(value) if _jsonable(value) else repr(value)
        if len(shown) > 120:
            shown = shown[:117] + "..."
        return BundleError(
            f"{self.path}: key '{key}' has the bad value {shown}; allowed: {allowed}",
            bundle_id=self.bundle_id, subject=str(self.path), hint=f"edit '{key}' in {self.path.name}",
        )

    def mapping(self, key: str, value: Any) -> dict:
        if not isinstance(value, dict):
            raise self.fail(key, value, "a JSON object")
        return value

    def string(self, key: str, value: Any, *, nonempty: bool = True) -> str:
        if not isinstance(value, str) or (nonempty and not value.strip()):
            raise self.fail(key, value, "a non-empty string" if nonempty else "a string")
        return value

    def strings(self, key: str, value: Any, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, value, "a list of non-empty strings")
        if allowed is not None:
            for v in value:
                if v not in allowed:
                    raise self.fail(key, v, ", ".join(allowed))
        return tuple(value)

    def keys(self, key: str, obj: dict, allowed: tuple[str, ...]) -> None:
        for k in obj:
            if k not in allowed:
                raise self.fail(f"{key}.{k}" if key else k, obj[k], "the keys " + ", ".join(allowed) + _suggest(k, allowed))


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
        return True
    except (TypeError, ValueError):
        return False


def _suggest(name: str, names) -> str:
    close = difflib.get_close_matches(name, list(names), n=3, cutoff=0.6)
    return f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""


def check_value(ptype: str, value: Any) -> Any:
    """``value`` converted to the JSON type ``ptype`` names; ValueError when it does not fit.

    bool is not an int here, and an int is accepted (and converted) where a float is expected.
    """
    if ptype.startswith("list["):
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"expected {ptype}, got {type(value).__name__}")
        return [check_value(ptype[5:-1], v) for v in value]
    if ptype == "bool":
        if isinstance(value, bool):
            return value
    elif ptype == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif ptype == "float":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    elif ptype == "str":
        if isinstance(value, str):
            return value
    raise ValueError(f"expected {ptype}, got {type(value).__name__}")


def parse_value(ptype: str, text: str) -> Any:
    """A command-line string converted to ``ptype``; lists are comma-separated ("" is [])."""
    if ptype.startswith("list["):
        items = [t.strip() for t in text.split(",")] if text.strip() else []
        return [parse_value(ptype[5:-1], t) for t in items]
    if ptype == "bool":
        low = text.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValueError("expected true/false, yes/no, on/off or 1/0")
    if ptype == "int":
        return int(text.strip(), 10)
    if ptype == "float":
        return float(text.strip())
    return text


def _in_choices(spec: ParamSpec, value: Any) -> bool:
    if spec.choices is None:
        return True
    values = value if isinstance(value, list) else [value]
    return all(v in spec.choices for v in values)


def _param(chk: _Checker, name: str, raw: Any) -> ParamSpec:
    key = f"params.{name}"
    obj = chk.mapping(key, raw)
    chk.keys(key, obj, ("type", "default", "help", "choices", "location", "selects"))
    for flag in ("location", "selects"):
        if not isinstance(obj.get(flag, False), bool):
            raise chk.fail(f"{key}.{flag}", obj[flag], "true or false")
    if "type" not in obj or obj["type"] not in PARAM_TYPES:
        raise chk.fail(f"{key}.type", obj.get("type"), ", ".join(PARAM_TYPES))
    ptype = obj["type"]
    if "default" not in obj:
        raise chk.fail(f"{key}.default", None, f"a default value of type {ptype}")
    try:
        default = check_value(ptype, obj["default"])
    except ValueError as exc:
        raise chk.fail(f"{key}.default", obj["default"], f"a value of type {ptype} ({exc})") from None
    choices = None
    if obj.get("choices") is not None:
        if not isinstance(obj["choices"], list) or not obj["choices"]:
            raise chk.fail(f"{key}.choices", obj["choices"], "a non-empty list")
        elem = ptype[5:-1] if ptype.startswith("list[") else ptype
        try:
            choices = tuple(check_value(elem, c) for c in obj["choices"])
        except ValueError as exc:
            raise chk.fail(f"{key}.choices", obj["choices"], f"values of type {elem} ({exc})") from None
    help_text = chk.string(f"{key}.help", obj.get("help", ""), nonempty=False)
    spec = ParamSpec(name, ptype, _freeze(default), help_text, choices, obj.get("location", False),
                     obj.get("selects", False))
    if not _in_choices(spec, default):
        raise chk.fail(f"{key}.default", default, "one of " + ", ".join(map(str, choices)))
    return spec


def _freeze(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _overrides(chk: _Checker, size: str, raw: Any, params: Mapping[str, ParamSpec]) -> Mapping[str, Any]:
    obj = chk.mapping(f"sizes.{size}", raw)
    out = {}
    for name, value in obj.items():
        if name not in params:
            raise chk.fail(f"sizes.{size}.{name}", value, "parameter names " + ", ".join(params) + _suggest(name, params))
        spec = params[name]
        try:
            checked = check_value(spec.type, value)
        except ValueError as exc:
            raise chk.fail(f"sizes.{size}.{name}", value, f"a value of type {spec.type} ({exc})") from None
        if not _in_choices(spec, checked):
            raise chk.fail(f"sizes.{size}.{name}", value, "one of " + ", ".join(map(str, spec.choices)))
        out[name] = _freeze(checked)
    return MappingProxyType(out)


def _device(chk: _Checker, raw: Any) -> DeviceSpec:
    obj = chk.mapping("device", raw)
    chk.keys("device", obj, (*SIZES, "min_compute_capability"))
    for size in SIZES:
        if size not in OPTIONAL_SIZES or size in obj:
            if obj.get(size) not in DEVICES:
                raise chk.fail(f"device.{size}", obj.get(size), ", ".join(DEVICES))
    cc = obj.get("min_compute_capability")
    if cc is not None:
        if not (isinstance(cc, list) and len(cc) == 2 and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in cc)):
            raise chk.fail("device.min_compute_capability", cc, "null or [major, minor], e.g. [8, 0]")
        cc = (cc[0], cc[1])
    return DeviceSpec(obj["smoke"], obj["full"], cc, obj.get("small", "cpu"))


def _metric(chk: _Checker, name: str, raw: Any) -> MetricSpec:
    key = f"metrics.{name}"
    obj = chk.mapping(key, raw)
    chk.keys(key, obj, ("direction", "unit", "aggregation"))
    if obj.get("direction") not in DIRECTIONS:
        raise chk.fail(f"{key}.direction", obj.get("direction"), ", ".join(DIRECTIONS))
    if obj.get("aggregation", "mean") not in AGGREGATIONS:
        raise chk.fail(f"{key}.aggregation", obj.get("aggregation"), ", ".join(AGGREGATIONS))
    unit = chk.string(f"{key}.unit", obj.get("unit", ""), nonempty=False)
    return MetricSpec(name, obj["direction"], unit, obj.get("aggregation", "mean"))


def _library(chk: _Checker, raw: Any, source_root: Path | None) -> tuple[str, ...]:
    paths = chk.strings("library", raw)
    for p in paths:
        parts = p.split("/")
        if not p.startswith("repro/lib/") or not p.endswith(".py") or ".." in parts or "" in parts:
            raise chk.fail("library", p, "repository-relative paths of the form repro/lib/<name>.py")
        if source_root is not None and not (source_root / p).is_file():
            raise chk.fail("library", p, f"files that exist under {source_root}")
    return tuple(sorted(set(paths)))


def parse_manifest(data: Any, path: Path, *, source_root: Path | None = None) -> Manifest:
    """Validate the decoded JSON of ``path`` into a Manifest (pure but for the library check)."""
    chk = _Checker(path)
    obj = chk.mapping("(top level)", data)
    chk.keys("", obj, TOP_KEYS)
    for key in REQUIRED_KEYS:
        if key not in obj:
            raise chk.fail(key, None, f"a value: '{key}' is required")
    bundle_id = chk.string("id", obj["id"])
    if not _ID.match(bundle_id):
        raise chk.fail("id", bundle_id, "lower-case letters, digits, '_', '-', '.' (at most 80, starting alphanumeric)")
    chk.bundle_id = bundle_id
    version = chk.string("version", obj["version"])
    if not _VERSION.match(version):
        raise chk.fail("version", version, "MAJOR.MINOR.PATCH, e.g. 1.0.0")
    params_raw = chk.mapping("params", obj["params"])
    params = {}
    for name, raw in params_raw.items():
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
            raise chk.fail(f"params.{name}", name, "identifier-like names (letters, digits, '_')")
        params[name] = _param(chk, name, raw)
    params = MappingProxyType(params)
    sizes_raw = chk.mapping("sizes", obj["sizes"])
    chk.keys("sizes", sizes_raw, SIZES)
    sizes = MappingProxyType({s: _overrides(chk, s, sizes_raw.get(s, {}), params) for s in SIZES
                              if s not in OPTIONAL_SIZES or s in sizes_raw})
    expected_raw = chk.mapping("expected_seconds", obj.get("expected_seconds", {}))
    chk.keys("expected_seconds", expected_raw, SIZES)
    expected = {}
    for size, value in expected_raw.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise chk.fail(f"expected_seconds.{size}", value, "a positive number of seconds")
        expected[size] = float(value)
    metrics_raw = chk.mapping("metrics", obj["metrics"])
    metrics = MappingProxyType({name: _metric(chk, name, raw) for name, raw in metrics_raw.items()})
    return Manifest(
        id=bundle_id,
        version=version,
        title=chk.string("title", obj["title"]),
        description=chk.string("description", obj.get("description", ""), nonempty=False),
        claim_kinds=chk.strings("claim_kinds", obj.get("claim_kinds", []), CLAIM_KINDS),
        methods=chk.strings("methods", obj.get("methods", [])),
        method_names=chk.strings("method_names", obj.get("method_names", [])),
        params=params,
        sizes=sizes,
        device=_device(chk, obj["device"]),
        expected_seconds=MappingProxyType(expected),
        metrics=metrics,
        library=_library(chk, obj.get("library", []), source_root),
        folder=path.parent,
    )


def load_manifest(folder: Path, *, source_root: Path | None = None) -> Manifest:
    """Read and validate ``folder/manifest.json``; the folder must also hold ``main.py``."""
    path = Path(folder) / "manifest.json"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BundleError(f"cannot read {path}: {exc.strerror or exc}", subject=str(path),
                          hint="every bundle folder needs a manifest.json") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BundleError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                          subject=str(path), hint="fix the JSON syntax") from None
    manifest = parse_manifest(data, path, source_root=source_root)
    if not (manifest.folder / "main.py").is_file():
        raise BundleError(f"{manifest.folder} has no main.py", bundle_id=manifest.id, subject=str(manifest.folder),
                          hint="a bundle's entry point is main.py defining run(params, ctx)")
    return manifest


def discover(root: Path, *, source_root: Path | None = None) -> dict[str, Manifest]:
    """Every bundle under ``root`` (one sub-folder with a manifest.json each), keyed by id.

    Two folders declaring the same id are an error: a registry never silently picks one.
    """
    root = Path(root)
    found: dict[str, Manifest] = {}
    if not root.is_dir():
        return found
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and (p / "manifest.json").is_file()):
        manifest = load_manifest(folder, source_root=source_root)
        if manifest.id in found:
            raise BundleError(
                f"bundle id '{manifest.id}' is declared twice: {found[manifest.id].folder} and {folder}",
                bundle_id=manifest.id, hint="give each bundle a unique id in its manifest.json",
            )
        found[manifest.id] = manifest
    return found


def lookup(registry: Mapping[str, Manifest], bundle_id: str) -> Manifest:
    """``registry[bundle_id]``, or BundleError with "did you mean ...? available: ..."."""
    if bundle_id in registry:
        return registry[bundle_id]
    available = ", ".join(sorted(registry)) or "(none)"
    raise BundleError(
        f"unknown bundle '{bundle_id}'{_suggest(bundle_id, registry)}; available: {available}",
        bundle_id=bundle_id, hint="`python -m repro list` shows the bundles",
    )


def resolve_params(manifest: Manifest, size: str, overrides: Mapping[str, Any] | None = None) -> dict:
    """Defaults, then the size's overrides, then ``overrides`` (strings from "k=v" or typed values).

    Unknown names answer with the close matches and the available names; values outside a
    parameter's type or choices name the parameter, the value and what is allowed.
    """
    if size not in SIZES:
        raise BundleError(f"unknown size '{size}'; available: {', '.join(SIZES)}", bundle_id=manifest.id)
    if not manifest.offers(size):
        raise BundleError(f"the bundle has no '{size}' size; it offers {', '.join(manifest.sizes)}",
                          bundle_id=manifest.id, hint="run it at one of those sizes")
    values = {name: _thaw(spec.default) for name, spec in manifest.params.items()}
    values.update({k: _thaw(v) for k, v in manifest.sizes.get(size, {}).items()})
    for name, raw in (overrides or {}).items():
        if name not in manifest.params:
            raise BundleError(
                f"unknown parameter '{name}'{_suggest(name, manifest.params)}; "
                f"available: {', '.join(sorted(manifest.params)) or '(none)'}",
                bundle_id=manifest.id, hint=f"see `python -m repro list` or {manifest.path}",
            )
        spec = manifest.params[name]
        try:
            value = parse_value(spec.type, raw) if isinstance(raw, str) else check_value(spec.type, raw)
        except ValueError as exc:
            raise BundleError(f"parameter '{name}' = {raw!r}: {exc}", bundle_id=manifest.id,
                              hint=f"give a {spec.type}" + (" (comma-separated)" if spec.type.startswith("list") else "")) from None
        if not _in_choices(spec, value):
            raise BundleError(f"parameter '{name}' = {raw!r} is not allowed; choices: {', '.join(map(str, spec.choices))}",
                              bundle_id=manifest.id)
        values[name] = value
    return values


def configuration(manifest: Manifest, size: str) -> dict:
    """The parameters that make a run's experiment at ``size`` what it is: the resolved defaults
    without the ``location`` ones (where the inputs live; the run records their bytes instead) and
    the ``selects`` ones (which settings it computes; a setting's metrics do not depend on them)."""
    return settings_at(manifest, size)[0]


def settings_at(manifest: Manifest, size: str) -> tuple[dict, dict]:
    """(``configuration``, the ``selects`` parameters) at ``size``, from one resolution of the defaults."""
    values = resolve_params(manifest, size)
    config = {k: v for k, v in values.items() if not (manifest.params[k].location or manifest.params[k].selects)}
    return config, {k: v for k, v in values.items() if manifest.params[k].selects}


def _thaw(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def parse_assignments(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """["k=v", ...] from the command line into {"k": "v"}; a missing '=' is an error."""
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise BundleError(f"parameter '{item}' is not of the form NAME=VALUE", hint="e.g. --param bits=4")
        out[name.strip()] = value
    return out
