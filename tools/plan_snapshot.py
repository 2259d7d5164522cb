"""What the matcher plans for every claim of the corpus (or of a file of sentences), as JSON.

A regression check for changes to the claim readers and the matcher: write a snapshot before a
change and one after, and compare them (``--diff``). Nothing is stored; no database is opened.

    .venv/bin/python tools/plan_snapshot.py corpus OUT.json            # ../shared/corpus + examples
    .venv/bin/python tools/plan_snapshot.py sentences FILE OUT.json    # one claim per line of FILE
    .venv/bin/python tools/plan_snapshot.py test-sentences OUT.json    # the claim sentences tests/verifier quotes
    .venv/bin/python tools/plan_snapshot.py why "GPTQ beats RTN at 3 bits."   # one sentence, fields + plans
    .venv/bin/python tools/plan_snapshot.py --diff BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SIZES = (("smoke", "cpu"), ("small", "cpu"), ("full", "cuda"))


def _plan_text(plan) -> dict:
    from verifier.verdicts import ReproPlan

    if isinstance(plan, ReproPlan):
        d = plan.model_dump(mode="json", exclude={"claim_ref", "seal", "config", "selects", "bundle_version"})
        return {"planned": d}
    return {"untestable": plan.category.value, "reason": plan.detail}


def _plans(claim, bundles) -> dict:
    from verifier.match import plan_claim

    return {size: _plan_text(plan_claim(claim, "claim:0", bundles, size=size, device=device))
            for size, device in SIZES}


def _fields(claim) -> dict:
    return claim.model_dump(mode="json", exclude={"anchor", "extractor_version", "origin", "id"}, exclude_none=True)


def corpus_claims():
    """(label, claim) for every claim of the corpus papers (each source format) and the examples."""
    from verifier.extract import extract_claims
    from verifier.ingest import parse_source, sniff_kind
    from verifier.verify import claim_from_text

    for path in sorted((SHARED / "corpus").glob("*/paper.*")):
        data = path.read_bytes()
        doc = parse_source(data, sniff_kind(path, data), path.name)
        for i, c in enumerate(extract_claims(doc)):
            yield f"{path.parent.name}/{path.name}#{i}", c
    from verifier.synthesis import parse_synthesis

    for path in sorted((SHARED / "examples").glob("synthesis-*.txt")):
        report = parse_synthesis(path.read_bytes(), name=path.name)
        for i, tc in enumerate(report.claims):
            yield f"{path.name}#{i}", claim_from_text(tc.text)


def test_sentences() -> list[str]:
    """Every string literal in tests/verifier that reads as one sentence (a probe set that grows with the tests)."""
    import ast

    found = set()
    for path in sorted((ROOT / "tests" / "verifier").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                s = node.value.strip()
                if 25 <= len(s) <= 400 and s.endswith(".") and " " in s and "\n" not in s and s[0].isupper():
                    found.add(s)
    return sorted(found)


def snapshot(claims) -> dict:
    from verifier.plans import load_bundles

    bundles = load_bundles()
    out = {}
    for label, claim in claims:
        out[label] = {"statement": claim.statement, "plans": _plans(claim, bundles)}
    return out


def diff(before: dict, after: dict) -> int:
    changed = 0
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        changed += 1
        print(f"== {key}: {(b or a)['statement'][:160]}")
        if a is None or b is None:
            print("   only in", "after" if a is None else "before")
            continue
        for size in a["plans"]:
            pa, pb = a["plans"][size], b["plans"][size]
            if pa != pb:
                print(f"   {size}: {json.dumps(pa)[:400]}\n   {' ' * len(size)}->{json.dumps(pb)[:400]}")
    print(f"{changed} of {len(set(before) | set(after))} entries differ")
    return changed


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    if argv[:1] == ["--diff"] and len(argv) == 3:
        before, after = (json.loads(Path(p).read_text()) for p in argv[1:])
        return 1 if diff(before, after) else 0
    if argv[:1] == ["corpus"] and len(argv) == 2:
        Path(argv[1]).write_text(json.dumps(snapshot(corpus_claims()), indent=1, sort_keys=True))
        return 0
    if argv[:1] in (["sentences"], ["test-sentences"]) and len(argv) == (3 if argv[0] == "sentences" else 2):
        from verifier.verify import claim_from_text

        if argv[0] == "sentences":
            lines = [s.strip() for s in Path(argv[1]).read_text(encoding="utf-8").splitlines() if s.strip()]
        else:
            lines = test_sentences()
        claims = ((s, claim_from_text(s)) for s in lines)
        Path(argv[-1]).write_text(json.dumps(snapshot(claims), indent=1, sort_keys=True))
        return 0
    if argv[:1] == ["why"] and len(argv) >= 2:
        from verifier.plans import load_bundles
        from verifier.verify import claim_from_text

        bundles = load_bundles()
        for s in argv[1:]:
            claim = claim_from_text(s)
            print(json.dumps({"fields": _fields(claim), "plans": _plans(claim, bundles)}, indent=1))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
