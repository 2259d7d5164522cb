#!/usr/bin/env bash
# One device call's worth of the bundles' GPU work: environment, seals, the panel benchmark, the
# QAT step benchmark, and full-size sealed runs of every bundle that needs no external data.
#
#   bash tools/gpu_session.sh                 # every step, in the order below, until the budget ends
#   bash tools/gpu_session.sh STEP...         # only these steps (e.g. the ones a first call left out)
#   DEVICE=cpu SIZE=smoke PY=.venv/bin/python OUT=/tmp/gs bash tools/gpu_session.sh    # dry run on a CPU
#
# Steps: env verify cuda_tests panel qat_step sparse24_matmul_speedup lowbit_matmul_speedup gptq_vs_rtn
#        pruning_sweep pruned_qat_vs_fp qat_vs_ptq_bits qat_compute_share schedules
# schedules: benchmarks/panel_schedules.py (the panel under shorter schedules; run on purpose, not
# in the default list); SCHEDULES="k=v k=v;k=v" replaces its list of schedules.
# gptq_stack: benchmarks/gptq_stack.py (GPTQ on one SmolLM2-shaped block, each Linear alone vs the layers
# that read one input stacked, as smollm2_wikitext_ppl runs it: ops, seconds, identity). Not in the default list.
# gptq_batch: benchmarks/gptq_batch.py (GPTQ at 8/4/3/2 bits one model copy at a time vs batched, as
# the panel runs it: ops, seconds, and whether the weights agree). Not in the default list.
# ppl_speed: benchmarks/perplexity_throughput.py --shape-only: the WikiText-2 perplexity evaluation's
# tokens/s for SmolLM2-135M's shape (random weights: no GGUF to carry), fp32 and bf16, against the
# bf16 roofline; PPL_ARGS adds arguments (the CPU dry run shortens it). Not in the default list.
# (qat_vs_ptq_bits runs seeds 0..2, the others seed 0; SEEDS_ALL=N gives every bundle N seeds.)
# cuda_tests runs the tests marked gpu (and transformers: the image has it, CI does not) in the
# experiment library's test files (pytest is on the GPU machine's image; these files import only
# repro, torch and numpy at the top); without CUDA or transformers they skip.
#
# Budget: BUDGET_S seconds (default 530, under the device tool's 600 s per command, leaving time to
# pack). A step is skipped when less than half its estimate is left (estimates: the manifests'
# expected_seconds, which are generous); a started step is stopped with SIGINT when the budget
# ends (the runner then records the run as interrupted) and SIGKILL 15 s later. Steps not run are
# listed last, with the command for the next call.
#
# What comes back in $OUT (the device tool returns at most 8 files, 16 MiB each):
#   records-<stamp>.tar.gz   every run folder: record.json, log.txt, results/ (files over 4 MiB left out)
#   panel-<device>.json      benchmarks/panel.py's result;  qat_step-<device>.json  benchmarks/qat_step.py's
#   summary.tsv              one line per step: step, status, seconds
# Unpack with docs/gpu-session.md: `verifier repro import records-*.tar.gz` checks and registers the runs.
set -u
cd "$(dirname "$0")/.."
PY=${PY:-python}
DEVICE=${DEVICE:-cuda}
SIZE=${SIZE:-full}
BUDGET_S=${BUDGET_S:-530}
OUT=${OUT:-/tmp/gpu-session-out}
RUNS=${RUNS:-/tmp/gpu-session-runs}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
START=$(date +%s)
mkdir -p "$OUT" "$RUNS"
export PYTHONUNBUFFERED=1
ALL=(env verify cuda_tests panel qat_step sparse24_matmul_speedup lowbit_matmul_speedup gptq_vs_rtn pruning_sweep
     pruned_qat_vs_fp qat_vs_ptq_bits qat_compute_share)
# estimates in seconds on the H200 of 2026-12-04 (benchmarks/results/gpu/2026-12-04: measured where
# that session ran the step, else its step count x 3.8 ms a replayed step at batch 1024; a sealed
# run adds ~3 s of sandbox; the addition bundles' FP training now stops at its target, which that
# run's loss curve puts near step 1,400 of 4,000: ~10 s less each, not yet measured). They only
# decide what is skipped; the manifests' expected_seconds are the runner's (generous) limits.
declare -A EST=([env]=10 [verify]=5 [cuda_tests]=30 [panel]=100 [qat_step]=20 [sparse24_matmul_speedup]=10
                [lowbit_matmul_speedup]=30 [gptq_vs_rtn]=25 [pruning_sweep]=30 [pruned_qat_vs_fp]=25
                [qat_vs_ptq_bits]=90 [qat_compute_share]=100 [schedules]=150 [ppl_speed]=60
                [gptq_batch]=20 [gptq_stack]=20)
declare -A SEEDS=([qat_vs_ptq_bits]=3)
if [ -n "${SEEDS_ALL:-}" ]; then for b in "${ALL[@]}"; do SEEDS[$b]=$SEEDS_ALL; done; EST[qat_vs_ptq_bits]=$((30 * SEEDS_ALL)); fi
CUDA_TESTS=(tests/repro/test_train.py tests/repro/test_timing.py tests/repro/test_quant.py tests/repro/test_ptq.py
            tests/repro/test_prune.py tests/repro/test_generators.py)
if [ "$#" -gt 0 ]; then STEPS=("$@"); else STEPS=("${ALL[@]}"); fi
for s in "${STEPS[@]}"; do
  [ -n "${EST[$s]:-}" ] || { echo "unknown step '$s'; steps: ${ALL[*]}" >&2; exit 2; }
done
SUMMARY="$OUT/summary.tsv"
printf 'step\tstatus\tseconds\n' > "$SUMMARY"
NOT_RUN=()

left() { echo $(( BUDGET_S - ($(date +%s) - START) )); }

run_step() {  # run_step NAME COMMAND...: run under the time left, record status and seconds
  local name=$1; shift
  local remaining; remaining=$(left)
  if [ "$remaining" -lt $(( EST[$name] / 2 )) ]; then
    echo "=== $name: skipped, $remaining s left of $BUDGET_S, estimate ${EST[$name]} s"
    printf '%s\tskipped\t0\n' "$name" >> "$SUMMARY"
    NOT_RUN+=("$name")
    return
  fi
  echo "=== $name (estimate ${EST[$name]} s, $remaining s left): $*"
  local t0; t0=$(date +%s.%N)
  if declare -F "$1" > /dev/null; then "$@"; else timeout -s INT -k 15 "$remaining" "$@"; fi
  local rc=$?
  local dt; dt=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
  local status=ok
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ] || [ "$rc" -eq 130 ]; then status=stopped-at-budget; NOT_RUN+=("$name")
  elif [ "$rc" -ne 0 ]; then status="failed-rc$rc"; fi
  echo "=== $name: $status in $dt s"
  printf '%s\t%s\t%s\n' "$name" "$status" "$dt" >> "$SUMMARY"
}

env_facts() {
  nvidia-smi || echo "(no nvidia-smi)"
  "$PY" - <<'EOF'
import json, platform, torch
print(json.dumps({"python": platform.python_version(), "torch": torch.__version__, "cuda": torch.version.cuda,
                  "cudnn": torch.backends.cudnn.version() if torch.backends.cudnn.is_available() else None,
                  "cuda_available": torch.cuda.is_available(),
                  "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
                  "capability": torch.cuda.get_device_capability(0) if torch.cuda.is_available() else None}))
EOF
}

ppl_speed() {  # the JSON report into $OUT and the log; stopped at the budget like any step
  # shellcheck disable=SC2086
  timeout -s INT -k 15 "$(left)" "$PY" benchmarks/perplexity_throughput.py --device "$DEVICE" \
    --shape-only benchmarks/data/smollm2-135m-shape.json --json ${PPL_ARGS:-} > "$OUT/ppl_speed-$DEVICE.json" \
    && cat "$OUT/ppl_speed-$DEVICE.json"
}

for step in "${STEPS[@]}"; do
  case "$step" in
    env) run_step env env_facts ;;
    verify) run_step verify "$PY" -m repro verify ;;
    cuda_tests) run_step cuda_tests "$PY" -m pytest -q -m "gpu or transformers" -p no:cacheprovider -o addopts=-ra \
                  "${CUDA_TESTS[@]}" ;;
    panel) run_step panel "$PY" benchmarks/panel.py --device "$DEVICE" --size "$SIZE" --quiet \
             --deadline "$(( $(left) - 60 ))" --out "$OUT/panel-$DEVICE.json" ;;
    schedules)
      sched=(); IFS=';' read -ra parts <<< "${SCHEDULES:-}"; for x in "${parts[@]}"; do sched+=(--schedule "$x"); done
      run_step schedules "$PY" benchmarks/panel_schedules.py --device "$DEVICE" --size "$SIZE" \
        --deadline "$(( $(left) - 60 ))" --out "$OUT/schedules-$DEVICE.json" "${sched[@]}" ;;
    ppl_speed) run_step ppl_speed ppl_speed ;;
    qat_step) run_step qat_step "$PY" benchmarks/qat_step.py --device "$DEVICE" --label "$DEVICE" \
                --out "$OUT/qat_step-$DEVICE.json" ;;
    gptq_stack) sargs=(--tokens 262144); [ "$SIZE" = smoke ] && sargs=(--tokens 1024)
      run_step gptq_stack "$PY" benchmarks/gptq_stack.py --device "$DEVICE" "${sargs[@]}" \
        --out "$OUT/gptq_stack-$DEVICE.json" ;;
    gptq_batch) gargs=(--calib 512); [ "$SIZE" = smoke ] && gargs=(--calib 32 --d-model 32 --layers 2)
      run_step gptq_batch "$PY" benchmarks/gptq_batch.py --device "$DEVICE" "${gargs[@]}" \
        --out "$OUT/gptq_batch-$DEVICE.json" ;;
    *) run_step "$step" "$PY" -m repro run "$step" --size "$SIZE" --device "$DEVICE" --seeds "${SEEDS[$step]:-1}" \
         --runs-dir "$RUNS" ;;
  esac
done

# pack every run folder (record.json, log.txt, results/) into one archive; big files stay behind
ARCHIVE="$OUT/records-$STAMP.tar.gz"
(cd "$RUNS" && find . -mindepth 1 -type f -size -4M \( -name record.json -o -name log.txt -o -path '*/results/*' \) \
   | sort | tar -czf "$ARCHIVE" -T -) && echo "packed $(tar -tzf "$ARCHIVE" | grep -c 'record.json$') runs into $ARCHIVE"
(cd "$RUNS" && find . -path '*/results/*' -type f -size +4M) | sed 's/^/left out (over 4 MiB): /'

echo
echo "=== summary (device $DEVICE, size $SIZE, $(( $(date +%s) - START )) s of $BUDGET_S)"
column -t -s $'\t' "$SUMMARY" 2>/dev/null || cat "$SUMMARY"
RUNS="$RUNS" "$PY" - <<'EOF'
import json, os, pathlib
rows = []
for rec in sorted(pathlib.Path(os.environ["RUNS"]).glob("*/record.json")):
    r = json.loads(rec.read_text())
    m = r.get("metrics", {})
    keys = [k for k in ("fp_exact_match", "panel_seconds", "qat_step_over_fp_step", "median_speedup",
                        "int8_median_speedup", "fp8_median_speedup", "int8_qdq_median_speedup") if k in m]
    rows.append(f"{r['bundle_id']:<26} seed {r['seed']}  {r['status']:<11} {r.get('duration_s') or 0:>7.1f} s  "
                + " ".join(f"{k}={m[k]:.4g}" for k in keys))
print("\n".join(rows) or "no run records")
EOF
if [ -f "$OUT/panel-$DEVICE.json" ]; then
  "$PY" - "$OUT/panel-$DEVICE.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
p = d.get("panel", {})
if p:
    print(f"panel [{d['scope']}]: wall {p['run_wall_s']:.1f} s (goal <= 20), FP EM {p['fp_exact_match']:.4f} (>= 0.99), "
          f"QAT/FP step {p['qat_step_over_fp_step']:.3f} (<= 1.15)")
for b, s in d.get("speedups", {}).items():
    if "worst_max_over_min_minus_1" in s:
        print(f"{b}: worst run-to-run spread {s['worst_max_over_min_minus_1']:.2%} (<= 3%) over {s['repeats']} repeats")
EOF
fi
if [ "${#NOT_RUN[@]}" -gt 0 ]; then
  echo "not run or stopped: ${NOT_RUN[*]}"
  echo "next call: bash tools/gpu_session.sh ${NOT_RUN[*]}"
else
  echo "every step ran"
fi
