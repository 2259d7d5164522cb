"""The seal: a content hash over everything a bundle's run executes, kept in a lock file.

What a seal covers, by logical path (the path the file gets in the run's read-only copy):

- every file of the bundle folder, as ``repro/bundles/<id>/<relative path>`` (``__pycache__``
  and ``*.pyc`` ignored; the manifest is one of these files);
- the library files its manifest lists (``repro/lib/quant.py``, ...);
- the launch infrastructure every run imports: ``repro/__init__.py``, ``repro/lib/__init__.py``,
  ``repro/launch.py`` and ``repro/environment.py`` (the launcher's fallback fingerprint).

The seal is ``sha256:`` + the sha256 of the lines ``<logical path>\\0<sha256 of content>\\n`` in
sorted path order. The lock file (``repro/bundles.lock``, JSON) maps each bundle id to its
version, seal and per-file hashes, so that a mismatch can name the files that changed, were
added or were removed. It is written deterministically (sorted keys, two-space indent,
trailing newline) so that a reseal with no change is no diff.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from repro.errors import BundleError, SealMismatch
from repro.manifest import Manifest, discover, lookup

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLES_ROOT = REPO_ROOT / "repro" / "bundles"
LOCK_PATH = REPO_ROOT / "repro" / "bundles.lock"
INFRASTRUCTURE = ("repro/__init__.py", "repro/lib/__init__.py", "repro/launch.py", "repro/environment.py")
LOCK_FORMAT = 1
_IGNORED_DIRS = ("__pycache__",)
_IGNORED_SUFFIXES = (".pyc", ".pyo")


@dataclass(frozen=True)
class SealEntry:
    bundle_id: str
    version: str
    seal: str
    files: Mapping[str, str]

    def as_json(self) -> dict:
        return {"version": self.version, "seal": self.seal, "files": dict(sorted(self.files.items()))}


def seal_command(bundle_id: str) -> str:
    return f"python -m repro seal {bundle_id} (or: verifier repro seal {bundle_id})"


def sealed_sources(manifest: Manifest, source_root: Path = REPO_ROOT) -> dict[str, Path]:
    """Logical path -> file on disk, for every file the seal of ``manifest`` covers."""
    out: dict[str, Path] = {}
    folder = manifest.folder
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in _IGNORED_DIRS)
        for d in dirnames:
            if (Path(dirpath) / d).is_symlink():
                raise BundleError(f"{Path(dirpath) / d} is a symbolic link; bundles may hold plain files only",
                                  bundle_id=manifest.id, hint="copy the target into the bundle instead")
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.endswith(_IGNORED_SUFFIXES):
                continue
            if path.is_symlink() or not path.is_file():
                raise BundleError(f"{path} is not a plain file; bundles may hold plain files only",
                                  bundle_id=manifest.id, hint="replace links and special files by copies")
            rel = path.relative_to(folder).as_posix()
            out[f"repro/bundles/{manifest.id}/{rel}"] = path
    for logical in manifest.library:
        path = Path(source_root) / logical
        if not path.is_file():
            raise BundleError(f"library file {logical} listed in {manifest.path} does not exist under {source_root}",
                              bundle_id=manifest.id, hint="fix the 'library' list of the manifest")
        out[logical] = path
    for logical in INFRASTRUCTURE:
        path = Path(source_root) / logical
        if path.is_file():
            out[logical] = path
    return dict(sorted(out.items()))


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def digest_files(sources: Mapping[str, Path]) -> dict[str, str]:
    return {logical: file_sha256(path) for logical, path in sorted(sources.items())}


def seal_of(files: Mapping[str, str]) -> str:
    """The seal of a {logical path: sha256} map (order-independent)."""
    h = hashlib.sha256()
    for logical in sorted(files):
        h.update(f"{logical}\0{files[logical]}\n".encode("utf-8"))
    return "sha256:" + h.hexdigest()


def compute(manifest: Manifest, source_root: Path = REPO_ROOT) -> SealEntry:
    files = digest_files(sealed_sources(manifest, source_root))
    return SealEntry(manifest.id, manifest.version, seal_of(files), files)


def read_lock(lock_path: Path = LOCK_PATH) -> dict[str, SealEntry]:
    """The entries of the lock file ({} when it does not exist)."""
    lock_path = Path(lock_path)
    if not lock_path.exists():
        return {}
    try:
        data = json.loads(lock_path.read_text(encoding="utf-8"))
        bundles = data["bundles"] if data.get("format") == LOCK_FORMAT else None
        if not isinstance(bundles, dict):
            raise ValueError(f"expected {{'format': {LOCK_FORMAT}, 'bundles': {{...}}}}")
        return {
            bid: SealEntry(bid, str(e["version"]), str(e["seal"]), {str(k): str(v) for k, v in e["files"].items()})
            for bid, e in bundles.items()
        }
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BundleError(f"the lock file {lock_path} is damaged: {exc}", subject=str(lock_path),
                          hint="restore it from git, or reseal: python -m repro seal") from None


def write_lock(entries: Mapping[str, SealEntry], lock_path: Path = LOCK_PATH) -> None:
    """Write the lock file atomically and deterministically."""
    lock_path = Path(lock_path)
    data = {"format": LOCK_FORMAT, "bundles": {bid: entries[bid].as_json() for bid in sorted(entries)}}
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=True) + "\n"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".bundles-lock-", dir=lock_path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, lock_path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def seal(
    bundle_ids: Iterable[str] | None = None,
    *,
    bundles_root: Path = BUNDLES_ROOT,
    lock_path: Path = LOCK_PATH,
    source_root: Path = REPO_ROOT,
) -> dict[str, SealEntry]:
    """Seal the named bundles (all when None) into the lock file; returns the new entries.

    Sealing all bundles also drops lock entries whose bundle folder no longer exists.
    """
    registry = discover(Path(bundles_root), source_root=Path(source_root))
    entries = read_lock(lock_path)
    ids = sorted(registry) if bundle_ids is None else list(dict.fromkeys(bundle_ids))
    new = {bid: compute(lookup(registry, bid), Path(source_root)) for bid in ids}
    if bundle_ids is None:
        entries = {}
    entries.update(new)
    write_lock(entries, lock_path)
    return new


def diff(sealed: Mapping[str, str], current: Mapping[str, str]) -> tuple[list[str], list[str], list[str]]:
    """(changed, added, removed) logical paths between two {path: sha256} maps."""
    changed = sorted(p for p in sealed if p in current and sealed[p] != current[p])
    added = sorted(p for p in current if p not in sealed)
    removed = sorted(p for p in sealed if p not in current)
    return changed, added, removed


def verify_manifest(manifest: Manifest, *, lock_path: Path = LOCK_PATH, source_root: Path = REPO_ROOT) -> SealEntry:
    """The lock entry of ``manifest`` when its files still match it; SealMismatch otherwise."""
    entries = read_lock(lock_path)
    if manifest.id not in entries:
        raise SealMismatch(
            f"bundle '{manifest.id}' has no seal in {lock_path}; it is refused until it is sealed",
            bundle_id=manifest.id, hint=f"review it, then seal it: {seal_command(manifest.id)}",
        )
    entry = entries[manifest.id]
    current = compute(manifest, Path(source_root))
    if current.seal == entry.seal:
        return entry
    changed, added, removed = diff(entry.files, current.files)
    parts = [f"{label}: {', '.join(paths)}" for label, paths in
             (("changed", changed), ("added", added), ("removed", removed)) if paths]
    raise SealMismatch(
        f"bundle '{manifest.id}' differs from its seal ({'; '.join(parts) or 'content differs'})",
        bundle_id=manifest.id, changed=tuple(changed), added=tuple(added), removed=tuple(removed),
        hint=f"restore the files, or review the change and reseal: {seal_command(manifest.id)}",
    )


def verify(
    bundle_id: str,
    *,
    bundles_root: Path = BUNDLES_ROOT,
    lock_path: Path = LOCK_PATH,
    source_root: Path = REPO_ROOT,
) -> SealEntry:
    """Check one bundle against the lock file; returns its entry or raises SealMismatch."""
    registry = discover(Path(bundles_root), source_root=Path(source_root))
    return verify_manifest(lookup(registry, bundle_id), lock_path=lock_path, source_root=source_root)
