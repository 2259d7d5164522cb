"""Provenance: what a report rests on, by content hash, and an in-toto statement per run.

:func:`manifest` lists the sources (sha256 of their bytes), the bundles (their seals), the runs
(sha256 of each stored run record) and the version of every record format involved, and hashes
the whole, so that a reader can check any report against the stored data.

:func:`intoto_statement` describes one reproduction run as an in-toto Statement v1
(https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md): the subjects are the
run's result files with their sha256 digests, the predicate says what produced them (bundle,
seal, parameters, seed, environment fingerprint, status). The statement is unsigned; signing it
into a DSSE envelope is the publisher's step.

A run record's digest is the sha256 of its canonical JSON (keys sorted, no spaces, UTF-8), so
that it does not depend on how the record file was indented.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from verifier.errors import InputError

MANIFEST_FORMAT = "provenance-manifest-v1"
STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "urn:claim-verifier:predicate:repro-run:v1"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def canonical_json(data: Any) -> bytes:
    """``data`` as canonical JSON bytes: sorted keys, no whitespace, UTF-8, no NaN."""
    try:
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
    except (TypeError, ValueError) as exc:
        raise InputError(f"not JSON data: {exc}", subject="canonical_json",
                         hint="pass model_dump(mode='json') or RunRecord.to_json() dicts") from None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_sha256(record: Mapping[str, Any]) -> str:
    """The digest of a stored record (a run record, a verdict dump): sha256 of its canonical JSON."""
    return sha256_hex(canonical_json(dict(record)))


def format_versions() -> dict[str, str]:
    """The version of every record format a report may rest on."""
    from repro.records import RECORD_FORMAT
    from repro.seal import LOCK_FORMAT
    from verifier.corrections import CORRECTION_CONTRACT
    from verifier.gates import GATES_VERSION
    from verifier.judge import JUDGE_VERSION
    from verifier.quality import QUALITY_VERSION
    from verifier.synthesis import PARSER_VERSION as SYNTHESIS_PARSER

    return {
        "provenance_manifest": MANIFEST_FORMAT,
        "run_record": f"repro-run-record-v{RECORD_FORMAT}",
        "seal_lock": f"repro-bundles-lock-v{LOCK_FORMAT}",
        "claim_verdict": JUDGE_VERSION,
        "gates": GATES_VERSION,
        "quality": QUALITY_VERSION,
        "correction": CORRECTION_CONTRACT,
        "synthesis_parser": SYNTHESIS_PARSER,
        "run_statement": STATEMENT_TYPE,
        "run_predicate": PREDICATE_TYPE,
    }


def _hex(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _HEX64.match(value):
        raise InputError(f"{what} has the digest {value!r}", subject=what, hint="a sha256 as 64 lower-case hex digits")
    return value


def manifest(
    *,
    subject: str,
    sources: Mapping[str, str],
    bundles: Mapping[str, Mapping[str, str]],
    runs: Sequence[Mapping[str, Any]],
    formats: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The provenance manifest of one report.

    ``sources``: name (arXiv id, file name) -> sha256 of its bytes. ``bundles``: bundle id ->
    {"version", "seal"}. ``runs``: the RunRecord JSON dicts the report's verdicts used.
    ``formats``: versions of further record formats (the claim extractor's, the grounding
    method's), added to :func:`format_versions`; a key that would change one of those is
    refused. Every list is sorted, so equal inputs give an equal manifest and digest.
    """
    for name, digest in sources.items():
        _hex(digest, f"source {name}")
    bundle_rows = []
    for bid, info in sorted(bundles.items()):
        seal = info.get("seal") if isinstance(info, Mapping) else None
        if not isinstance(seal, str) or not seal.startswith("sha256:"):
            raise InputError(f"bundle {bid} has the seal {seal!r}", subject=bid, hint="'sha256:<hex>' from repro/bundles.lock")
        _hex(seal[len("sha256:"):], f"bundle {bid} seal")
        bundle_rows.append({"bundle_id": bid, "version": info.get("version"), "seal": seal})
    run_rows = []
    for run in runs:
        rid = run.get("run_id")
        if not rid:
            raise InputError("a run record has no run_id", subject="runs", hint="pass RunRecord.to_json() dicts")
        run_rows.append({"run_id": rid, "bundle_id": run.get("bundle_id"), "seal": run.get("seal"),
                         "status": run.get("status"), "record_sha256": record_sha256(run),
                         "files": dict(sorted((run.get("files") or {}).items()))})
    run_rows.sort(key=lambda r: r["run_id"])
    if len({r["run_id"] for r in run_rows}) != len(run_rows):
        raise InputError("a run id appears twice", subject="runs", hint="pass each run record once")
    versions = format_versions()
    for key, value in (formats or {}).items():
        if key in versions and versions[key] != value:
            raise InputError(f"format {key!r} is {versions[key]!r} here, not {value!r}", subject=key,
                             hint="add formats under new names; the built-in ones come from the code")
        versions[key] = value
    body = {
        "manifest_format": MANIFEST_FORMAT,
        "subject": subject,
        "sources": [{"name": n, "sha256": d} for n, d in sorted(sources.items())],
        "bundles": bundle_rows,
        "runs": run_rows,
        "formats": dict(sorted(versions.items())),
    }
    return {**body, "manifest_sha256": sha256_hex(canonical_json(body))}


def intoto_statement(run_record: Mapping[str, Any], files: Mapping[str, str] | None = None) -> dict[str, Any]:
    """An in-toto Statement v1 for one run: its result files as subjects, what produced them as predicate.

    ``files`` (result file name -> sha256) defaults to the record's own ``files``; when both are
    given they must agree. A run with no result files (every failed run) has nothing to attest:
    InputError.
    """
    rid = run_record.get("run_id") or "run"
    recorded = run_record.get("files") or {}
    chosen = dict(files) if files is not None else dict(recorded)
    if files is not None and recorded and dict(recorded) != chosen:
        raise InputError(f"the files given for {rid} differ from the files its record lists", subject=str(rid),
                         hint="attest the files the record lists, as stored by the runner")
    if not chosen:
        raise InputError(f"run {rid} has no result files to attest (status {run_record.get('status')!r})",
                         subject=str(rid), hint="only a run that wrote result files gets a statement")
    subjects = [{"name": name, "digest": {"sha256": _hex(d, f"file {name} of {rid}")}}
                for name, d in sorted(chosen.items())]
    predicate = {
        "run_id": rid,
        "bundle": {"id": run_record.get("bundle_id"), "version": run_record.get("bundle_version")},
        "seal": run_record.get("seal"),
        "size": run_record.get("size"),
        "device": run_record.get("device"),
        "params": run_record.get("params") or {},
        "seed": run_record.get("seed"),
        "fingerprint": run_record.get("fingerprint") or {},
        "status": run_record.get("status"),
        "reason": run_record.get("reason"),
        "started": run_record.get("started"),
        "finished": run_record.get("finished"),
        "duration_s": run_record.get("duration_s"),
        "log_sha256": run_record.get("log_sha256"),
        "metrics": run_record.get("metrics") or {},
        "record_format": run_record.get("format"),
        "record_sha256": record_sha256(run_record),
    }
    return {"_type": STATEMENT_TYPE, "subject": subjects, "predicateType": PREDICATE_TYPE, "predicate": predicate}
