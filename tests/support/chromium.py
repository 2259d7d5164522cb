"""Headless Chromium for the report tests and the README screenshot: find it, load a file, dump.

Debian's ``chromium`` package (``.ci/chromium.sh`` installs it under CI) is driven from the
command line: ``--dump-dom`` prints the DOM after the page's load event (scripts, had any
been allowed to run, would have run by then), ``--screenshot`` writes a PNG. Each call gets a
throwaway profile folder and every background service (networking, sync, component
updates) off, so that a test run touches nothing outside its temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

INSTALL = "apt-get update && apt-get install -y chromium   (or: bash .ci/chromium.sh)"
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
)


def find_chromium() -> str | None:
    """The Chromium binary: ``$CHROMIUM`` if set, else Debian's, else one on PATH."""
    env = os.environ.get("CHROMIUM")
    if env:
        return env if Path(env).exists() else None
    for path in CANDIDATES:
        if Path(path).exists():
            return path
    return shutil.which("chromium") or shutil.which("chromium-browser")


class ChromiumError(RuntimeError):
    pass


def _run(binary: str, args: list[str], timeout: float) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        cmd = [binary, *FLAGS, f"--user-data-dir={profile}", *args]
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, env={**os.environ, "HOME": profile},
                              check=False)
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace")[-2000:]
        raise ChromiumError(f"chromium exited with {proc.returncode}: {tail}")
    return proc


def dump_dom(html_file: Path, *, binary: str | None = None, timeout: float = 60.0) -> str:
    """The serialised DOM of ``html_file`` after it loaded in headless Chromium."""
    binary = binary or find_chromium()
    if binary is None:
        raise ChromiumError(f"chromium not found; install it: {INSTALL}")
    proc = _run(binary, ["--dump-dom", Path(html_file).resolve().as_uri()], timeout)
    return proc.stdout.decode("utf-8", "replace")


def screenshot(html_file: Path, png: Path, *, width: int = 1200, height: int = 2000,
               binary: str | None = None, timeout: float = 60.0) -> Path:
    """A PNG of ``html_file`` as a ``width`` x ``height`` window shows it."""
    binary = binary or find_chromium()
    if binary is None:
        raise ChromiumError(f"chromium not found; install it: {INSTALL}")
    png = Path(png).resolve()
    _run(binary, [f"--window-size={width},{height}", f"--screenshot={png}", Path(html_file).resolve().as_uri()],
         timeout)
    if not png.exists() or png.stat().st_size == 0:
        raise ChromiumError(f"chromium wrote no screenshot at {png}")
    return png
