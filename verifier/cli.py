"""The command line: each verb is a thin function over one library call.

    verifier ingest TARGET [--kind auto|paper|synthesis] [--offline] [--latex]
    verifier papers [--json]
    verifier claims PAPER [--kind KIND] [--json] [--evidence]
    verifier ground PAPER|s:N [--against PAPER] [--no-semantic]
    verifier match PAPER|s:N [--size smoke|small|full] [--seeds N] [--json]
    verifier verify PAPER|s:N [--size smoke|small|full] [--device cpu|cuda] [--seeds N] [--commands]
    verifier report PAPER [--out DIR]
    verifier publish --question Q PAPER... [--synthesis s:N] [--out DIR]
    verifier repro list | seal [BUNDLE...] | run BUNDLE [...] | show RUN | import PATH...
    verifier correct PAPER --target claim:ID --field F --new V --reason WHY
    verifier demo [--size smoke|small|full] [--device cpu|cuda] [--seeds N]

Global options: ``--db URL`` (or VERIFIER_DATABASE_URL), ``--data-dir DIR`` (or
VERIFIER_DATA_DIR). Errors print one line to stderr and exit non-zero (verifier/errors.py
gives the codes). Heavy imports happen inside the verbs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from verifier.errors import VerifierError

SIZES = ("smoke", "small", "full")  # repro.manifest.SIZES, named here so that parsing the command line imports no more


def _progress(quiet: bool):
    if quiet:
        return lambda msg: None

    def show(msg: str) -> None:
        print(f"  … {msg}", file=sys.stderr, flush=True)

    return show


def _settings(args):
    from verifier.config import load_settings

    return load_settings(data_dir=args.data_dir, database_url=args.db)


# -- verbs ---------------------------------------------------------------------------------


def cmd_ingest(args) -> int:
    """Fetch or read a source, parse it, extract its claims and store everything."""
    from verifier.ingest import Ingestor

    ing = Ingestor(_settings(args), offline=args.offline, progress=_progress(args.quiet))
    status = 0
    for target in args.targets:
        outcome = ing.ingest(target, kind=args.kind, latex=args.latex, into=args.paper)
        if args.json:
            print(json.dumps(_outcome_json(outcome)))
        else:
            print(outcome.summary())
            for ref in outcome.references:
                print(f"  reference: {ref.summary() if hasattr(ref, 'summary') else ref}")
    return status


def _outcome_json(o) -> dict:
    d = {k: v for k, v in vars(o).items() if k != "references"}
    d["references"] = [_outcome_json(r) if hasattr(r, "summary") else {"error": r} for r in o.references]
    return d


def cmd_papers(args) -> int:
    """List stored papers and syntheses with their counts."""
    from verifier.queries import list_sources

    rows = list_sources(_settings(args))
    if args.json:
        print(json.dumps(rows, indent=2, default=str))
        return 0
    if not rows:
        print("no papers stored yet: run `verifier ingest PAPER`")
        return 0
    for r in rows:
        print(r["line"])
    return 0


def cmd_claims(args) -> int:
    """Show the claims of one paper (or the third-party claims of a synthesis)."""
    from verifier.queries import claims_of

    result = claims_of(_settings(args), args.paper, kind=args.kind, evidence=args.evidence)
    if args.json:
        print(json.dumps(result, indent=2, default=str))
        return 0
    print(result["header"])
    for line in result["lines"]:
        print(line)
    return 0


def cmd_ground(args) -> int:
    """Gate 1: check claims against their sources and store each grounding."""
    from verifier import gate1

    settings = _settings(args)
    for ref in args.targets:
        if ref.startswith("s:"):
            outcome = gate1.ground_synthesis(settings, ref, against=args.against,
                                             semantic=False if args.no_semantic else None,
                                             progress=_progress(args.quiet))
        else:
            outcome = gate1.ground_paper(settings, ref, progress=_progress(args.quiet))
        print(json.dumps(vars(outcome), default=list) if args.json else outcome.summary())
    return 0


def cmd_match(args) -> int:
    """Plans: which bundle tests each claim, with what parameters and rule, or why none can."""
    from verifier import verify

    outcome = verify.match(_settings(args), args.paper, size=args.size, device=args.device or "cpu", seeds=args.seeds)
    if args.json:
        print(json.dumps({"subject": outcome.subject, "planned": outcome.planned,
                          "untestable": dict(outcome.untestable), "examples": outcome.examples}, indent=2))
    else:
        print("\n".join(outcome.lines()))
    return 0


def cmd_verify(args) -> int:
    """Gate 2: match, run the plans' bundles (sealed, sandboxed), judge every claim, record the gates."""
    from verifier import verify

    settings = _settings(args)
    progress = _progress(args.quiet)
    m = verify.match(settings, args.paper, size=args.size, device=args.device or "cpu", seeds=args.seeds)
    if args.commands:
        lines = verify.commands(settings, args.paper, size=args.size, device=args.device)
        print(f"# {m.lines()[0]}; {len(lines)} command(s) for the runs still missing. Run them from the "
              "repository root (DATA_ROOT: the benchmark files; MODEL, MODEL_DIR: the model file or folder a "
              "real-model bundle loads), then: verifier repro import RUNS_DIR; "
              "verifier verify again judges.")
        for line in lines:
            print(line)
        return 0
    print(m.lines()[0])
    ran = verify.run(settings, args.paper, size=args.size, device=args.device, progress=progress)
    print(f"runs: {ran['plans']} distinct plans, {ran['already_complete']} already complete, new runs {ran['runs']}")
    if ran["need_cuda"]:
        print(f"not run: {ran['need_cuda']} plan(s) need a CUDA GPU, which this machine lacks; "
              f"`verifier verify {args.paper} --size {args.size} --device cuda --commands` prints their runs for a "
              "GPU machine (then `verifier repro import` and verify again)")
    labels = verify.judge(settings, args.paper, size=args.size, device=args.device)
    print("verdicts: " + (", ".join(f"{n} {k.replace('_', ' ')}" for k, n in labels.most_common()) or "none"))
    if hint := verify.more_seeds_line(settings, args.paper, f"verifier verify {args.paper} --size {args.size}"):
        print(hint)
    for g in verify.gate(settings, args.paper):
        print(f"Gate {g.gate} ({g.name}): {g.status.value}: {g.reason}")
    return 0


def cmd_report(args) -> int:
    """Write a paper's report (HTML, Markdown, JSON) from its stored records."""
    from verifier.report import report

    for path in report(_settings(args), args.paper, out_dir=args.out):
        print(path)
    return 0


def cmd_publish(args) -> int:
    """Write a synthesis across papers for one research question (optionally checking a published synthesis)."""
    from verifier.report import publish

    for path in publish(_settings(args), args.question, args.papers, synthesis=args.synthesis, out_dir=args.out):
        print(path)
    return 0


def cmd_correct(args) -> int:
    """Append a correction to a published record (a claim, a verdict, the paper), with its reason."""
    from verifier.correct import correct

    c = correct(_settings(args), args.paper, target=args.target, field=args.field, new=args.new, reason=args.reason)
    print(f"corrected {c.target}.{c.field}: {json.dumps(c.old)} -> {json.dumps(c.new)} ({c.reason}) at "
          f"{c.at.isoformat()}")
    return 0


def cmd_demo(args) -> int:
    """The whole pipeline on the embedded defaults (bundled demo paper, SQLite, local runner); prints the report."""
    from verifier.demo import run_demo

    run_demo(_settings(args), size=args.size, device=args.device or "cpu", out_dir=args.out,
             progress=_progress(args.quiet), seeds=args.seeds)
    return 0


def cmd_repro(args) -> int:
    """Reproduction bundles: list, seal, run, show, import."""
    from verifier import repro_cli

    return repro_cli.dispatch(args, _settings(args), progress=_progress(args.quiet))


# -- parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="verifier", description="Verify empirical claims of ML compression papers.")
    p.add_argument("--db", help="SQLAlchemy database URL (default: SQLite file in the data folder)")
    p.add_argument("--data-dir", help="data folder: cache, blobs, runs (default ./.data)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    sub = p.add_subparsers(dest="verb", required=True, metavar="VERB")

    s = sub.add_parser("ingest", help=cmd_ingest.__doc__)
    s.add_argument("targets", nargs="+", metavar="TARGET",
                   help="arXiv id or URL; PDF, Markdown, LaTeX (.tex, source archive or unpacked folder) or "
                   "synthesis report")
    s.add_argument("--kind", choices=["auto", "paper", "synthesis"], default="auto")
    s.add_argument("--offline", action="store_true", help="use the arXiv cache only")
    s.add_argument("--latex", action="store_true",
                   help="for an arXiv id (and a synthesis's cited papers): ingest the paper's LaTeX source (its "
                   "e-print) instead of its PDF; the PDF when arXiv has no source")
    s.add_argument("--paper", metavar="PAPER",
                   help="store a local file as another source of this stored paper (its LaTeX beside its PDF)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("papers", help=cmd_papers.__doc__)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_papers)

    s = sub.add_parser("claims", help=cmd_claims.__doc__)
    s.add_argument("paper", help="paper id, arXiv id, sha256 prefix, file name, or synthesis id (s:N)")
    s.add_argument("--kind", help="only claims of this kind (result, comparison, speedup, memory, trend, setup, qualitative)")
    s.add_argument("--evidence", action="store_true", help="show quotes and anchors")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_claims)

    s = sub.add_parser("ground", help=cmd_ground.__doc__)
    s.add_argument("targets", nargs="+", metavar="PAPER|s:N", help="a paper, or a synthesis as s:N")
    s.add_argument("--against", action="append", default=[], metavar="PAPER",
                   help="also search this stored paper (for a synthesis whose references could not be fetched)")
    s.add_argument("--no-semantic", action="store_true", help="BM25 only, even when MiniLM is installed")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_ground)

    for name, func in (("match", cmd_match), ("verify", cmd_verify)):
        s = sub.add_parser(name, help=func.__doc__)
        s.add_argument("paper", metavar="PAPER|s:N")
        s.add_argument("--size", choices=SIZES, default="smoke",
                       help="bundle size (smoke: checks the code on a CPU; small: a CPU-sized experiment whose model "
                            "learns its task, proxy scale; full: the experiment, on the GPU)")
        s.add_argument("--device", choices=["cpu", "cuda"])
        s.add_argument("--seeds", type=int, metavar="N",
                       help="run each plan on seeds 0..N-1 instead of three (runs already stored are reused): more "
                            "seeds narrow a comparison that three seeds leave inconclusive")
        if name == "match":
            s.add_argument("--json", action="store_true")
        else:
            s.add_argument("--commands", action="store_true",
                           help="print the runs still missing as `python -m repro run` lines for another machine "
                                "(a bare GPU machine), instead of running them here")
        s.set_defaults(func=func)

    s = sub.add_parser("report", help=cmd_report.__doc__)
    s.add_argument("paper", metavar="PAPER")
    s.add_argument("--out", type=Path, help="folder for the report files (default: <data-dir>/reports)")
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("publish", help=cmd_publish.__doc__)
    s.add_argument("papers", nargs="+", metavar="PAPER")
    s.add_argument("--question", required=True, help="the research question the synthesis answers")
    s.add_argument("--synthesis", metavar="s:N", help="a stored third-party synthesis to check claim by claim")
    s.add_argument("--out", type=Path, help="folder for the report files (default: <data-dir>/reports)")
    s.set_defaults(func=cmd_publish)

    s = sub.add_parser("correct", help=cmd_correct.__doc__)
    s.add_argument("paper", metavar="PAPER|s:N")
    s.add_argument("--target", required=True, help="paper, synthesis, claim:ID, verdict:claim:ID")
    s.add_argument("--field", required=True, help="dotted field path in the record's JSON, e.g. value.value or label")
    s.add_argument("--new", required=True, help="the new value (JSON, or a plain string)")
    s.add_argument("--reason", required=True, help="why, in words a reader can check")
    s.set_defaults(func=cmd_correct)

    s = sub.add_parser("demo", help=cmd_demo.__doc__)
    s.add_argument("--size", choices=SIZES, default="small",
                   help="small (default): CPU-sized experiments that learn their task; smoke: seconds, checks the code")
    s.add_argument("--device", choices=["cpu", "cuda"])
    s.add_argument("--out", type=Path, help="folder for the report files (default: <data-dir>/reports)")
    s.add_argument("--seeds", type=int, metavar="N", help="seeds per plan (default 3; runs already stored are reused)")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("repro", help=cmd_repro.__doc__)
    rs = s.add_subparsers(dest="repro_verb", required=True, metavar="ACTION")
    r = rs.add_parser("list", help="list bundles and their seals")
    r.add_argument("--json", action="store_true")
    r = rs.add_parser("seal", help="re-seal bundles on purpose after editing them")
    r.add_argument("bundles", nargs="*")
    r = rs.add_parser("run", help="run a bundle in the sandbox")
    r.add_argument("bundle", nargs="?")
    r.add_argument("--claim", type=int, metavar="ID", help="run the stored plan of this claim (see `verifier match`)")
    r.add_argument("--param", action="append", default=[], metavar="K=V")
    r.add_argument("--size", choices=SIZES, default="smoke")
    r.add_argument("--device", choices=["cpu", "cuda"])
    r.add_argument("--seeds", type=int, default=1)
    r.add_argument("--backend", choices=["local", "ray"],
                   help="run here (local) or as tasks on a Ray cluster (default: VERIFIER_REPRO_BACKEND or local)")
    r.add_argument("--address", help="Ray cluster HOST:PORT for --backend ray (default: VERIFIER_RAY_ADDRESS)")
    r.add_argument("--json", action="store_true")
    r = rs.add_parser("show", help="show a stored run")
    r.add_argument("run_id")
    r.add_argument("--json", action="store_true")
    r = rs.add_parser("import", help="import checked run records made elsewhere (run folders or a .tar.gz)")
    r.add_argument("paths", nargs="+", metavar="PATH")
    r.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_repro)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except VerifierError as exc:
        print(f"error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("error: interrupted; nothing of the unfinished step was stored", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
