"""The command line of the reproduction side: ``python -m repro list|run|seal|verify|show``.

Each verb is a thin wrapper over one library call (``verifier repro ...`` wraps the same
calls and adds the database hooks). Errors print one line and exit non-zero: 2 for bad
usage, 5 for a reproduction error (unknown bundle, seal mismatch, a run that did not end ok).

    python -m repro list
    python -m repro run BUNDLE [--param k=v]... [--size smoke|small|full] [--device cpu|cuda] [--seeds N | --seed S...]
    python -m repro seal [BUNDLE...]
    python -m repro verify [BUNDLE...]
    python -m repro show RUN_ID
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from repro.errors import ReproError, RunFailed, SealMismatch
from repro.manifest import SIZES
from repro.seal import BUNDLES_ROOT, LOCK_PATH


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bundles-root", type=Path, default=BUNDLES_ROOT, help="folder of bundle folders")
    parser.add_argument("--lock", type=Path, default=LOCK_PATH, help="the lock file holding the seals")


def _parser() -> argparse.ArgumentParser:
    from repro.runner import DEFAULT_RUNS_DIR

    parser = argparse.ArgumentParser(prog="python -m repro", description="Sealed reproduction bundles and their runner.")
    verbs = parser.add_subparsers(dest="verb", required=True)
    p = verbs.add_parser("list", help="the bundles, their parameters and whether their seal holds")
    _common(p)
    p.add_argument("--json", action="store_true")
    p = verbs.add_parser("run", help="run a sealed bundle in the sandbox, once per seed")
    _common(p)
    p.add_argument("bundle")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="lists are comma-separated")
    p.add_argument("--size", choices=SIZES, default="smoke")
    p.add_argument("--device", choices=("cpu", "cuda"), default=None, help="default: the manifest's for the size")
    p.add_argument("--seeds", type=int, default=1, help="run seeds 0..N-1")
    p.add_argument("--seed", type=int, action="append", metavar="S",
                   help="run seed S (repeatable; replaces --seeds), e.g. the seeds a plan still lacks")
    p.add_argument("--runs-dir", type=Path, default=DEFAULT_RUNS_DIR)
    p.add_argument("--wall-seconds", type=float, default=None, help="wall-clock limit per run")
    p.add_argument("--json", action="store_true", help="print the records as JSON")
    p = verbs.add_parser("seal", help="seal bundles into the lock file (all when none named)")
    _common(p)
    p.add_argument("bundles", nargs="*")
    p = verbs.add_parser("verify", help="check bundles against their seals (all when none named)")
    _common(p)
    p.add_argument("bundles", nargs="*")
    p = verbs.add_parser("show", help="print the record of a run")
    p.add_argument("run", help="a run id or a unique prefix of one")
    p.add_argument("--runs-dir", type=Path, default=DEFAULT_RUNS_DIR)
    return parser


def _list(args) -> int:
    from repro.manifest import discover
    from repro.seal import verify_manifest

    registry = discover(args.bundles_root)
    rows = []
    for bid, m in sorted(registry.items()):
        try:
            verify_manifest(m, lock_path=args.lock)
            sealed = "sealed"
        except SealMismatch as exc:
            sealed = "UNSEALED" if not (exc.changed or exc.added or exc.removed) else "CHANGED"
        rows.append({"id": bid, "version": m.version, "seal": sealed, "title": m.title,
                     "devices": {size: m.device.for_size(size) for size in m.sizes},
                     "params": {n: s.default for n, s in m.params.items()}})
    if args.json:
        print(json.dumps(rows, indent=2, default=list))
        return 0
    for row in rows:
        params = " ".join(f"{k}={v}" for k, v in row["params"].items())
        print(f"{row['id']:<28} {row['version']:<8} {row['seal']:<9} {row['title']}")
        sizes = ", ".join(f"{size} on {device}" for size, device in row["devices"].items())
        print(f"    sizes: {sizes}; params: {params or '-'}")
    if not rows:
        print(f"no bundles under {args.bundles_root}")
    return 0


def _run(args) -> int:
    from repro.child import Limits
    from repro.manifest import parse_assignments
    from repro.runner import run_bundle

    limits = Limits(wall_seconds=args.wall_seconds) if args.wall_seconds else None

    def started(record):
        print(f"[{record.run_id[:8]}] {record.bundle_id} seed {record.seed} on {record.device} ({record.size}): started",
              flush=True)

    def progress(record, frac, msg):
        print(f"[{record.run_id[:8]}] {frac:6.1%} {msg}", flush=True)

    def finished(record):
        tail = f" ({record.reason})" if record.reason else ""
        print(f"[{record.run_id[:8]}] {record.status} in {record.duration_s} s{tail}", flush=True)
        print(f"    record: {Path(record.record_dir) / 'record.json'}", flush=True)

    records = run_bundle(args.bundle, size=args.size, device=args.device, params=parse_assignments(args.param),
                         seeds=args.seed if args.seed else args.seeds, bundles_root=args.bundles_root,
                         lock_path=args.lock,
                         runs_dir=args.runs_dir, limits=limits, on_start=started, on_finish=finished,
                         on_progress=progress)
    if args.json:
        print(json.dumps([r.to_json() for r in records], indent=2))
    bad = [r for r in records if not r.ok]
    if bad:
        raise RunFailed(f"{len(bad)} of {len(records)} runs did not end ok: "
                        + ", ".join(f"{r.run_id[:8]} {r.status}" for r in bad),
                        bundle_id=args.bundle, hint="see log.txt beside each record")
    return 0


def _seal(args) -> int:
    from repro.seal import seal

    entries = seal(args.bundles or None, bundles_root=args.bundles_root, lock_path=args.lock)
    for bid, entry in sorted(entries.items()):
        print(f"sealed {bid} {entry.version} {entry.seal} ({len(entry.files)} files) -> {args.lock}")
    return 0


def _verify(args) -> int:
    from repro.manifest import discover, lookup
    from repro.seal import verify_manifest

    registry = discover(args.bundles_root)
    failures = []
    for bid in args.bundles or sorted(registry):
        try:
            entry = verify_manifest(lookup(registry, bid), lock_path=args.lock)
            print(f"ok {bid} {entry.seal}")
        except SealMismatch as exc:
            print(f"MISMATCH {exc.one_line()}")
            failures.append(exc)
    if failures:
        raise SealMismatch(f"{len(failures)} bundle(s) differ from their seal",
                           hint="review the changes, then `python -m repro seal BUNDLE`")
    return 0


def _show(args) -> int:
    from repro.runner import find_record

    print(json.dumps(find_record(args.runs_dir, args.run).to_json(), indent=2, sort_keys=True))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    verb = {"list": _list, "run": _run, "seal": _seal, "verify": _verify, "show": _show}[args.verb]
    try:
        return verb(args)
    except ReproError as exc:
        print(f"error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
