"""Every bundle the product ships holds its seal: a change to a bundle or to a library file it
uses must be re-sealed on purpose (`verifier repro seal BUNDLE`), never slip through."""

import pytest

from repro.manifest import discover
from repro.seal import BUNDLES_ROOT, LOCK_PATH, verify_manifest

BUNDLES = sorted(discover(BUNDLES_ROOT))


def test_the_product_ships_bundles():
    assert len(BUNDLES) >= 7


@pytest.mark.parametrize("bundle_id", BUNDLES)
def test_bundle_matches_its_seal(bundle_id):
    manifest = discover(BUNDLES_ROOT)[bundle_id]
    entry = verify_manifest(manifest, lock_path=LOCK_PATH)
    assert entry.seal.startswith("sha256:")
