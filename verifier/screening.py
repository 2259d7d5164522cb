"""Which stored runs may judge a plan: the screening step of the judge.

A run counts only when it is of the plan's bundle, version, seal, size, parameters and seeds,
ran the plan's configuration (the bundle's other settings as the plan recorded them: a run with
another group size, say, ran another experiment), ended ok with the metrics (or curve) the plan
compares, meets the plan's preconditions (a baseline that learned its task), carries an
environment fingerprint (a run that lacks the metric because it was asked for fewer settings, a
split by method say, is set aside without counting as a failure), read the same input files as the
other runs used (its ``model`` and
``data_files`` tables by sha256: runs of two models are never pooled; the inputs most runs read
win), and is the first run of its seed. Every other run is listed with the reason it was not
used; failed and invalid runs are counted, so that a verdict never rests on them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from verifier.errors import InputError
from verifier.verdicts import Comparison, RejectedRun, ReproPlan, Trend


def _needs(plan: ReproPlan) -> tuple[list[str], list[str]]:
    """(metrics each run must report, curves each run must report)."""
    exp = plan.expected
    if isinstance(exp, Comparison):
        return [plan.metric, exp.baseline_metric], []
    if isinstance(exp, Trend) and exp.curve is not None:
        return [], [c for c in (exp.curve, exp.minus_curve) if c is not None]
    if isinstance(exp, Trend) and exp.minus_metric is not None:
        return [plan.metric, exp.minus_metric], []
    return [plan.metric], []


def config_differs(config: Mapping[str, Any], params: Mapping[str, Any], skip: str | None = None) -> list[str]:
    """How a run's parameters depart from a plan's configuration: "group_size=0 (plan 64)" each."""
    return [f"{k}={params.get(k)!r} (plan {want!r})" for k, want in sorted(config.items())
            if k != skip and params.get(k) != want]


def _inputs(rec: Mapping) -> tuple:
    """The input files a run names by content: (table, file name, sha256) of its model and data files."""
    tables = rec.get("tables") or {}
    rows = [(t, str(r.get("path")), str(r.get("sha256"))) for t in ("model", "data_files")
            for r in (tables.get(t) or ()) if isinstance(r, Mapping) and r.get("sha256")]
    return tuple(sorted(rows))


def _fingerprint_ok(fp: Any) -> bool:
    return isinstance(fp, Mapping) and bool(fp) and "error" not in fp


def screen_runs(plan: ReproPlan, runs: Sequence[Mapping]) -> tuple[list[dict], list[RejectedRun], int]:
    """(usable runs sorted by id, rejected runs, how many matching runs failed or were invalid)."""
    from repro.records import RunRecord

    records = []
    for i, raw in enumerate(runs):
        try:
            records.append(RunRecord.from_json(dict(raw)).to_json())
        except (TypeError, ValueError) as exc:
            rid = raw.get("run_id", f"#{i}") if isinstance(raw, Mapping) else f"#{i}"
            raise InputError(f"run {rid} is not a run record: {exc}", subject=str(rid),
                             hint="pass RunRecord.to_json() dicts as stored by the runner") from None
    records.sort(key=lambda r: r["run_id"])
    metrics, curves = _needs(plan)
    sweep = plan.expected.x_param if isinstance(plan.expected, Trend) else None
    used: list[dict] = []
    rejected: list[RejectedRun] = []
    failures = 0
    seen: dict[tuple, str] = {}

    def reject(rec: dict, why: str) -> None:
        rejected.append(RejectedRun(run_id=rec["run_id"], status=rec["status"], reason=why))

    for rec in records:
        if rec["bundle_id"] != plan.bundle_id:
            reject(rec, f"a run of bundle {rec['bundle_id']!r}, the plan runs {plan.bundle_id!r}")
            continue
        if rec["status"] == "running":
            reject(rec, "still running: no result yet")
            continue
        if rec["status"] != "ok":
            failures += 1
            kind = "forged or invalid result" if "forged" in (rec["reason"] or "") else f"status {rec['status']}"
            reject(rec, f"{kind}: {rec['reason'] or 'no reason recorded'}")
            continue
        mismatch = [f"{k} {rec[k]!r}, the plan has {want!r}" for k, want in (
            ("bundle_version", plan.bundle_version), ("seal", plan.seal), ("size", plan.size)) if rec[k] != want]
        params = {k: v for k, v in (rec["params"] or {}).items() if k != sweep}
        wanted = {k: v for k, v in plan.params.items() if k != sweep}
        differs = sorted(k for k in wanted if params.get(k) != wanted[k])
        if mismatch:
            reject(rec, "another version, seal or size: " + "; ".join(mismatch))
            continue
        if differs:
            reject(rec, "parameters differ from the plan: " + ", ".join(
                f"{k}={params.get(k)!r} (plan {wanted[k]!r})" for k in differs))
            continue
        other = config_differs(plan.config, rec["params"] or {}, sweep)
        if other:
            reject(rec, "another configuration of the bundle: " + ", ".join(other))
            continue
        if rec["seed"] not in plan.seeds:
            reject(rec, f"seed {rec['seed']} is not one of the planned seeds {plan.seeds}")
            continue
        missing = [m for m in metrics if m not in rec["metrics"]]
        missing += [f"curve {c}" for c in curves if c not in rec["curves"]]
        if sweep is not None and not isinstance(rec["params"].get(sweep), (int, float)):
            missing.append(f"numeric parameter {sweep}")
        elif (sweep is not None and plan.sweep
              and not any(abs(float(rec["params"][sweep]) - float(v)) < 1e-9 for v in plan.sweep)):
            reject(rec, f"{sweep}={rec['params'][sweep]!r} is not one of the plan's swept values {plan.sweep}")
            continue
        unmet = [f"{m} {rec['metrics'].get(m)!r} < {floor}" for m, floor in sorted(plan.preconditions.items())
                 if not isinstance(rec["metrics"].get(m), (int, float)) or rec["metrics"][m] < floor]
        if unmet and not missing:
            reject(rec, "not a valid test of the claim: " + "; ".join(unmet)
                   + " (the baseline did not reach the level the test needs)")
            continue
        fewer = config_differs(plan.selects, rec["params"] or {}) if missing else []
        if fewer:  # a run of fewer settings (split by method, say): it did not compute this one
            reject(rec, f"it did not compute this setting ({', '.join(fewer)}; it reports no {', '.join(missing)})")
            continue
        if missing or not _fingerprint_ok(rec["fingerprint"]):
            failures += 1
            why = ("it reports no " + ", ".join(missing)) if missing else "it carries no usable environment fingerprint"
            reject(rec, f"invalid run: {why}")
            continue
        used.append(rec)
    used = _same_inputs(used, reject, sweep)
    first: list[dict] = []
    for rec in used:
        key = (rec["seed"], rec["params"].get(sweep) if sweep else None)
        if key in seen:
            reject(rec, f"a second run of seed {rec['seed']}; run {seen[key]} is used")
            continue
        seen[key] = rec["run_id"]
        first.append(rec)
    return first, rejected, failures


def _files(rows) -> str:
    return ", ".join(f"{name} ({table}) sha256 {sha[:12]}" for table, name, sha in sorted(rows)) or "no such file"


def _same_inputs(runs: list[dict], reject, sweep: str | None) -> list[dict]:
    """The runs that read the input files read by the most seeds (ties: the earliest started run's);
    the others are rejected, naming the files that differ."""
    groups: dict[tuple, list[dict]] = {}
    for rec in runs:
        groups.setdefault(_inputs(rec), []).append(rec)
    if len(groups) < 2:
        return runs

    def rank(key: tuple) -> tuple:
        seeds = {(r["seed"], r["params"].get(sweep) if sweep else None) for r in groups[key]}
        return -len(seeds), min(str(r.get("started") or "") for r in groups[key])

    chosen = min(groups, key=rank)
    kept = set(chosen)
    for key, recs in groups.items():
        if key != chosen:
            why = (f"read other inputs than the runs used: {_files(set(key) - kept)}, "
                   f"where they read {_files(kept - set(key))}")
            for rec in recs:
                reject(rec, why)
    return groups[chosen]


def run_hardware(rec: Mapping) -> str | None:
    """The GPU a run ran on, else its CPU model (from its environment fingerprint)."""
    fp = rec.get("fingerprint") or {}
    return fp.get("gpu_name") or fp.get("cpu_model")
