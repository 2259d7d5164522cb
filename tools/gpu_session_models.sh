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
set -u
cd "$(dirname "$0")/.."
PY=${PY:-python}
OUT=${OUT:-/tmp/gpu-session-out}
RUNS=${RUNS:-/tmp/gpu-session-runs}
BUDGET_S=${BUDGET_S:-540}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT" "$RUNS"
export PYTHONUNBUFFERED=1
what=${1:-}
case "$what" in
  minilm)
    [ -f .carry/minilm-fp16/model.safetensors ] || { echo "carry .carry/minilm-fp16 (repro/tools/export_minilm_fp16.py)" >&2; exit 2; }
    [ -f .carry/data/sst2_alps_train.tsv ] || { echo "carry .carry/data with the SST-2 files" >&2; exit 2; }
    "$PY" -m repro verify minilm_sst2_compression || exit 5
    timeout -s INT -k 15 "$BUDGET_S" "$PY" -m repro run minilm_sst2_compression --size full --device cuda \
      --param "model_dir=$PWD/.carry/minilm-fp16" --param "data_root=$PWD/.carry/data" --runs-dir "$RUNS"
    ;;
  smollm2)
    [ -f /tmp/smollm2/model.gguf ] || { echo "join the GGUF first: docs/gpu-plan-smollm2.md" >&2; exit 2; }
    echo "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53  /tmp/smollm2/model.gguf" | sha256sum -c - || exit 2
    "$PY" -m repro verify smollm2_wikitext_ppl || exit 5
    timeout -s INT -k 15 "$BUDGET_S" "$PY" -m repro run smollm2_wikitext_ppl --size full --device cuda \
      --param model=/tmp/smollm2/model.gguf --param data_root=/tmp/smollm2 --runs-dir "$RUNS"
    ;;
  harness)
    # pass@k (HumanEval, MBPP) and GSM8K with SmolLM2 through the torch-only generator; needs the
    # joined GGUF (as for smollm2) and the benchmark files in /tmp/smollm2 (HumanEval.jsonl.gz,
    # mbpp.jsonl, gsm8k_test.jsonl, gsm8k_train.jsonl). The generator decodes batches of prompts
    # (batch_size prompts x n samples rows) and drops rows that reach a stop string; on 2 CPUs that
    # was 2.7x one prompt at a time (benchmarks/results/generation-cpu.json), GPU speed unmeasured.
    # So: a short decoding benchmark first (its figures size the next call), then one run per
    # benchmark, each with its own slice of the budget, so a slow one costs only its own result.
    [ -f /tmp/smollm2/model.gguf ] || { echo "join the GGUF first: docs/gpu-plan-smollm2.md" >&2; exit 2; }
    "$PY" -m repro verify passk_codegen math_exact_match || exit 5
    timeout -s INT 90 "$PY" benchmarks/generation.py --device cuda --model /tmp/smollm2/model.gguf \
      --data-root /tmp/smollm2 --prompts 16 --samples 10 --max-new-tokens 128 --batch-sizes 1,16 \
      --json "$OUT/generation-cuda.json"
    slice=$(( (BUDGET_S - 100) / 3 ))
    timeout -s INT -k 15 "$slice" "$PY" -m repro run passk_codegen --size full --device cuda \
      --param generator=llama:/tmp/smollm2/model.gguf --param data_root=/tmp/smollm2 --param benchmarks=humaneval \
      --param n_samples=10 --param ks=1,10 --param max_new_tokens=384 --param batch_size=32 --runs-dir "$RUNS"
    timeout -s INT -k 15 "$slice" "$PY" -m repro run math_exact_match --size full --device cuda \
      --param generator=llama:/tmp/smollm2/model.gguf --param data_root=/tmp/smollm2 --param benchmarks=gsm8k \
      --param limit=500 --param max_new_tokens=256 --param batch_size=64 --runs-dir "$RUNS"
    timeout -s INT -k 15 "$slice" "$PY" -m repro run passk_codegen --size full --device cuda \
      --param generator=llama:/tmp/smollm2/model.gguf --param data_root=/tmp/smollm2 --param benchmarks=mbpp \
      --param limit=200 --param n_samples=10 --param ks=1,10 --param max_new_tokens=384 --param batch_size=32 \
      --runs-dir "$RUNS"
    ;;
  *) echo "usage: bash tools/gpu_session_models.sh minilm|smollm2|harness" >&2; exit 2 ;;
esac
ARCHIVE="$OUT/records-$what-$STAMP.tar.gz"
(cd "$RUNS" && find . -mindepth 1 -type f -size -4M \( -name record.json -o -name log.txt -o -path '*/results/*' \) \
   | sort | tar -czf "$ARCHIVE" -T -) && echo "packed into $ARCHIVE"
for rec in "$RUNS"/*/record.json; do
  [ -f "$rec" ] && "$PY" -c "import json,sys; r=json.load(open(sys.argv[1])); print(r['bundle_id'], r['seed'], r['status'], r.get('duration_s'), json.dumps(r.get('metrics', {}))[:600])" "$rec"
done
