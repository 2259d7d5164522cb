"""A minimal environment fingerprint, standard library only, without importing torch.

The launcher uses ``repro/lib/environment.py`` (which imports torch and asks CUDA) when the
bundle lists it in its manifest; otherwise it uses this one, so that a bundle that needs no
torch pays no torch import. The runner also calls it in the parent to check the fingerprint
a run reports: facts both sides can observe (python, machine, CPU, package versions) must agree.

Nothing here touches the network or names the host. GPU facts come from the NVIDIA driver's
/proc files and torch's version file, read as text.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import platform
import re
import sys
from pathlib import Path

#: Facts the runner and the child observe alike; a disagreement marks a forged fingerprint.
COMPARABLE = ("python", "python_implementation", "machine", "cpu_model", "torch", "numpy")


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if key.strip() in ("model name", "Hardware", "cpu model") and value.strip():
                    return value.strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def package_version(name: str) -> str | None:
    """The installed version of a distribution, read from its metadata (no import)."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _torch_cuda() -> str | None:
    """torch.version.cuda, read from torch/version.py as text so that torch is not imported."""
    spec = importlib.util.find_spec("torch")
    if spec is None or not spec.submodule_search_locations:
        return None
    version_py = Path(list(spec.submodule_search_locations)[0]) / "version.py"
    try:
        match = re.search(r"^cuda\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", version_py.read_text(), re.MULTILINE)
    except OSError:
        return None
    return match.group(1) if match else None


def _nvidia() -> dict:
    facts: dict = {"driver_version": None, "gpu_name": None, "gpu_count": 0}
    try:
        text = Path("/proc/driver/nvidia/version").read_text()
        match = re.search(r"Kernel Module\s+(?:for\s+\S+\s+)?([0-9][0-9.]+)", text)
        facts["driver_version"] = match.group(1) if match else None
    except OSError:
        return facts
    names = []
    gpus = Path("/proc/driver/nvidia/gpus")
    for info in sorted(gpus.glob("*/information")) if gpus.is_dir() else []:
        try:
            match = re.search(r"^Model:\s*(.+)$", info.read_text(), re.MULTILINE)
        except OSError:
            continue
        if match:
            names.append(match.group(1).strip())
    facts["gpu_count"] = len(names)
    facts["gpu_name"] = names[0] if names else None
    return facts


def fingerprint() -> dict:
    """A JSON-ready description of this machine's software and hardware, with no host name.

    Keys (a subset of repro/lib/environment.py's): python, python_implementation, platform,
    machine, cpu_model, cpu_count, torch, numpy, cuda_runtime, gpu_name, gpu_count,
    driver_version, byteorder, source ("stdlib").
    """
    facts = {
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "platform": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "torch": package_version("torch"),
        "numpy": package_version("numpy"),
        "cuda_runtime": _torch_cuda(),
        "byteorder": sys.byteorder,
        "source": "stdlib",
    }
    facts.update(_nvidia())
    return facts


#: Package versions, compared without their local label: ``torch.__version__`` says 2.11.0+cu130
#: where the same installation's metadata (what the runner reads, without importing torch) may
#: say 2.11.0, as on the GPU machine's image.
VERSIONS = ("torch", "numpy")


def disagreements(reported: dict, observed: dict) -> list[str]:
    """The COMPARABLE keys whose values differ where both sides know them (package versions
    compared on their public part, before any ``+local`` label)."""
    out = []
    for key in COMPARABLE:
        a, b = reported.get(key), observed.get(key)
        if a is None or b is None:
            continue
        same = (str(a).split("+", 1)[0] == str(b).split("+", 1)[0]) if key in VERSIONS else str(a) == str(b)
        if not same:
            out.append(f"{key}: reported {a!r}, observed {b!r}")
    return out
