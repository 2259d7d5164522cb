"""A sealed test store with a bundle that sleeps (and may fail on purpose), for tests that must
catch a run in the middle: retries after a killed worker, cancellation.

``make_store(root)`` writes ``root/bundles/{sleeper,well_behaved}`` and seals them into
``root/bundles.lock``; ``run_processes(run_id)`` lists the live processes of a run (they carry
``REPRO_RUN=<run_id>`` in their environment).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from repro import seal as sealing

HERE = Path(__file__).resolve().parent
WELL_BEHAVED = HERE.parent / "repro" / "bundles" / "well_behaved"

SLEEPER_MAIN = '''"""Sleeps, then returns the time slept; fails on purpose when asked."""

import time


def run(params, ctx):
    ctx.progress(0.0, "sleeping")
    time.sleep(params["seconds"])
    if params["fail"]:
        raise RuntimeError("failing on purpose")
    return {"metrics": {"slept": params["seconds"]}, "notes": [f"seed {ctx.seed}"]}
'''

SLEEPER_MANIFEST = {
    "id": "sleeper",
    "version": "1.0.0",
    "title": "Sleeps for a while, so that a test can act while it runs",
    "description": "Test fixture for retries and cancellation; standard library only.",
    "claim_kinds": ["result"],
    "methods": ["test"],
    "method_names": [],
    "params": {
        "seconds": {"type": "float", "default": 3.0, "help": "how long to sleep"},
        "fail": {"type": "bool", "default": False, "help": "raise after sleeping"},
    },
    "sizes": {"smoke": {}, "full": {}},
    "device": {"smoke": "cpu", "full": "cpu", "min_compute_capability": None},
    "expected_seconds": {"smoke": 3, "full": 3},
    "metrics": {"slept": {"direction": "higher", "unit": "s", "aggregation": "mean"}},
    "library": [],
}


def make_store(root: Path) -> tuple[Path, Path]:
    """(bundles folder, lock file) under ``root``, both bundles sealed."""
    bundles = Path(root) / "bundles"
    (bundles / "sleeper").mkdir(parents=True)
    (bundles / "sleeper" / "main.py").write_text(SLEEPER_MAIN)
    (bundles / "sleeper" / "manifest.json").write_text(json.dumps(SLEEPER_MANIFEST, indent=2))
    shutil.copytree(WELL_BEHAVED, bundles / "well_behaved")
    lock = Path(root) / "bundles.lock"
    sealing.seal(None, bundles_root=bundles, lock_path=lock)
    return bundles, lock


def run_processes(run_id: str) -> list[int]:
    """Live processes of the run ``run_id`` on this machine."""
    needle = f"REPRO_RUN={run_id}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid():
            try:
                if needle in Path(f"/proc/{entry}/environ").read_bytes():
                    found.append(int(entry))
            except OSError:
                pass
    return found
