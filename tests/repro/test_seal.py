"""The seal: what it covers, the lock file's determinism, and mismatches that name files."""

import json
import shutil
from pathlib import Path

import pytest

from repro import seal as sealing
from repro.errors import BundleError, SealMismatch
from repro.manifest import discover

HERE = Path(__file__).parent
BUNDLES = HERE / "bundles"
TEST_LOCK = HERE / "bundles.lock"


@pytest.fixture
def tree(tmp_path):
    """A source root with the launch infrastructure, one library file and one bundle using it."""
    root = tmp_path / "src"
    for logical in sealing.INFRASTRUCTURE:
        (root / logical).parent.mkdir(parents=True, exist_ok=True)
        (root / logical).write_text(f"# {logical}\n")
    (root / "repro/lib/quant.py").write_text("BITS = 4\n")
    shutil.copytree(BUNDLES / "well_behaved", root / "bundles" / "well_behaved")
    manifest = json.loads((root / "bundles/well_behaved/manifest.json").read_text())
    manifest["library"] = ["repro/lib/quant.py"]
    (root / "bundles/well_behaved/manifest.json").write_text(json.dumps(manifest, indent=2))
    kw = dict(bundles_root=root / "bundles", lock_path=root / "bundles.lock", source_root=root)
    return root, kw


def test_the_committed_test_lock_matches_the_test_bundles():
    for bundle_id in discover(BUNDLES):
        entry = sealing.verify(bundle_id, bundles_root=BUNDLES, lock_path=TEST_LOCK)
        assert entry.seal.startswith("sha256:") and len(entry.seal) == 7 + 64


def test_seal_covers_bundle_library_and_launch_files(tree):
    root, kw = tree
    (root / "bundles/well_behaved/__pycache__").mkdir()
    (root / "bundles/well_behaved/__pycache__/main.cpython-311.pyc").write_bytes(b"\0junk")
    entry = sealing.seal(["well_behaved"], **kw)["well_behaved"]
    assert sorted(entry.files) == [
        "repro/__init__.py", "repro/bundles/well_behaved/main.py", "repro/bundles/well_behaved/manifest.json",
        "repro/environment.py", "repro/launch.py", "repro/lib/__init__.py", "repro/lib/quant.py",
    ]
    assert entry.seal == sealing.seal_of(entry.files)
    assert sealing.verify("well_behaved", **kw).seal == entry.seal


def test_lock_file_is_deterministic(tree):
    root, kw = tree
    sealing.seal(None, **kw)
    first = kw["lock_path"].read_bytes()
    sealing.seal(["well_behaved"], **kw)
    assert kw["lock_path"].read_bytes() == first
    data = json.loads(first)
    assert data["format"] == 1 and list(data["bundles"]) == ["well_behaved"]
    assert first.endswith(b"\n") and first.decode() == json.dumps(data, indent=2, sort_keys=True) + "\n"


@pytest.mark.parametrize("change, kind, path", [
    (lambda r: (r / "bundles/well_behaved/main.py").write_text("def run(p, c):\n    return {}\n"),
     "changed", "repro/bundles/well_behaved/main.py"),
    (lambda r: (r / "repro/lib/quant.py").write_text("BITS = 3\n"), "changed", "repro/lib/quant.py"),
    (lambda r: (r / "repro/launch.py").write_text("import os\n"), "changed", "repro/launch.py"),
    (lambda r: (r / "bundles/well_behaved/extra.py").write_text("X = 1\n"), "added", "repro/bundles/well_behaved/extra.py"),
    (lambda r: (r / "repro/environment.py").unlink(), "removed", "repro/environment.py"),
])
def test_mismatch_names_the_file(tree, change, kind, path):
    root, kw = tree
    sealing.seal(None, **kw)
    change(root)
    with pytest.raises(SealMismatch) as info:
        sealing.verify("well_behaved", **kw)
    assert getattr(info.value, kind) == (path,)
    assert f"{kind}: {path}" in str(info.value)
    assert "python -m repro seal well_behaved" in info.value.hint


def test_an_unsealed_bundle_is_refused_with_the_command_to_seal_it(tree):
    _, kw = tree
    with pytest.raises(SealMismatch, match="has no seal") as info:
        sealing.verify("well_behaved", **kw)
    assert "python -m repro seal well_behaved" in info.value.hint
    assert "verifier repro seal well_behaved" in info.value.hint


def test_symlinks_in_a_bundle_are_refused(tree):
    root, kw = tree
    (root / "bundles/well_behaved/passwd").symlink_to("/etc/passwd")
    with pytest.raises(BundleError, match="not a plain file"):
        sealing.seal(None, **kw)


def test_a_damaged_lock_file_says_how_to_recover(tree):
    _, kw = tree
    kw["lock_path"].write_text('{"bundles": 3}')
    with pytest.raises(BundleError, match="damaged") as info:
        sealing.verify("well_behaved", **kw)
    assert "python -m repro seal" in info.value.hint
