"""The machine a run happened on, and the device it was asked to use.

A reproduction is only evidence together with the environment that produced it: an
absolute speed-up measured on another GPU is not comparable, and a "cuda" run that
quietly fell back to the CPU is no run at all. So this module offers three things:

- ``require_device(name)`` turns the device a bundle was asked for into a
  ``torch.device`` and refuses, loudly, when that device is not there (no silent CPU
  fallback);
- ``fingerprint()`` describes the software and hardware (python, platform, CPU model,
  torch, numpy, CUDA runtime, cuDNN, GPU name, compute capability, driver) without the
  host name or anything else that identifies a person or a machine on a network;
- ``seed_all(seed)`` seeds ``random``, numpy and torch (all CUDA devices included).

Standard library, torch and numpy only: this runs on a bare GPU machine.
"""

from __future__ import annotations

import os
import platform
import random
import re
import shutil
import subprocess
import sys

import numpy as np
import torch

_DEVICE_PATTERN = re.compile(r"^(cpu|cuda)(?::(\d+))?$")


def require_device(name: str) -> torch.device:
    """Return ``torch.device(name)`` after checking that the device really exists.

    Accepts "cpu", "cuda" and "cuda:N". A CUDA name on a machine without CUDA (or with
    fewer GPUs than N + 1) raises RuntimeError: a bundle that was asked to measure a
    GPU must never produce CPU numbers instead.
    """
    if not isinstance(name, str):
        raise TypeError(f"device must be a string such as 'cpu' or 'cuda', got {name!r}")
    match = _DEVICE_PATTERN.match(name.strip().lower())
    if match is None:
        raise ValueError(f"unknown device {name!r}: use 'cpu', 'cuda' or 'cuda:N'")
    kind, index = match.group(1), match.group(2)
    if kind == "cpu":
        return torch.device("cpu")
    if not torch.cuda.is_available():
        raise RuntimeError(
            f"device {name!r} was requested but CUDA is not available "
            f"(torch {torch.__version__}, built for CUDA {torch.version.cuda}); "
            "run with --device cpu, or on a machine with a CUDA GPU"
        )
    count = torch.cuda.device_count()
    idx = int(index) if index is not None else torch.cuda.current_device()
    if idx >= count:
        raise RuntimeError(f"device {name!r} was requested but only {count} CUDA device(s) exist")
    return torch.device("cuda", idx)


def compute_capability(device: torch.device | str | None = None) -> tuple[int, int] | None:
    """(major, minor) of a CUDA device, or None for the CPU or when CUDA is absent."""
    dev = torch.device(device) if device is not None else None
    if dev is not None and dev.type != "cuda":
        return None
    if not torch.cuda.is_available():
        return None
    major, minor = torch.cuda.get_device_capability(dev)
    return int(major), int(minor)


def seed_all(seed: int) -> None:
    """Seed python's ``random``, numpy's global generator and torch (CPU and all GPUs)."""
    seed = int(seed)
    random.seed(seed)
    np.random.seed(seed % (2**32))
    torch.manual_seed(seed)
    if torch.cuda.is_available():
        torch.cuda.manual_seed_all(seed)


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo (Linux), else what ``platform`` knows."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if key.strip() in ("model name", "Hardware", "cpu model") and value.strip():
                    return value.strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def _driver_version() -> str | None:
    """The NVIDIA driver version: the kernel module's /proc file, else nvidia-smi."""
    try:
        with open("/proc/driver/nvidia/version", encoding="utf-8", errors="replace") as handle:
            match = re.search(r"Kernel Module\s+(?:for\s+\S+\s+)?([0-9][0-9.]+)", handle.read())
        if match:
            return match.group(1)
    except OSError:
        pass
    exe = shutil.which("nvidia-smi")
    if exe is None:
        return None
    try:
        done = subprocess.run(
            [exe, "--query-gpu=driver_version", "--format=csv,noheader"],
            capture_output=True, text=True, timeout=20, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    return lines[0] if done.returncode == 0 and lines else None


def _gpu_facts() -> dict:
    if not torch.cuda.is_available():
        return {"cuda_available": False, "gpu_count": 0, "gpus": []}
    gpus = []
    for idx in range(torch.cuda.device_count()):
        props = torch.cuda.get_device_properties(idx)
        gpus.append({
            "name": props.name,
            "compute_capability": [int(props.major), int(props.minor)],
            "total_memory_gib": round(props.total_memory / 2**30, 2),
            "multiprocessors": int(props.multi_processor_count),
        })
    return {"cuda_available": True, "gpu_count": len(gpus), "gpus": gpus}


def fingerprint() -> dict:
    """A JSON-ready description of this machine's software and hardware, with no host name.

    Keys: python, python_implementation, platform, machine, cpu_model, cpu_count, torch,
    numpy, cuda_runtime, cudnn, cuda_available, gpu_count, gpus (name, compute_capability,
    total_memory_gib, multiprocessors per GPU), gpu_name and compute_capability (of GPU 0
    or None), driver_version (None without an NVIDIA driver), byteorder, source ("torch").
    The keys shared with the launcher's stdlib fingerprint (repro/environment.py) are
    computed the same way, so the runner can compare the two.
    """
    cudnn = torch.backends.cudnn.version() if torch.backends.cudnn.is_available() else None
    facts = {
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "platform": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "torch": torch.__version__,
        "numpy": np.__version__,
        "cuda_runtime": torch.version.cuda,
        "cudnn": cudnn,
    }
    facts.update(_gpu_facts())
    first = facts["gpus"][0] if facts["gpus"] else None
    facts["gpu_name"] = first["name"] if first else None
    facts["compute_capability"] = first["compute_capability"] if first else None
    facts["driver_version"] = _driver_version() if first else None
    facts["byteorder"] = sys.byteorder
    facts["source"] = "torch"
    return facts
