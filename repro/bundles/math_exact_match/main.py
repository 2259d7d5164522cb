"""GSM8K and MATH-500 exact match, with the final answer extracted strictly and flexibly.

Claims this tests: "model M scores X% on GSM8K / MATH-500", "the quantised (pruned) model stays
within Y points of the full-precision one" (one run per model), and how much of a reported
gap is the answer-extraction rule rather than the model (strict and flexible side by side).

Each problem gets one greedy completion (``temperature`` 0; with ``n_samples`` > 1 and a positive
temperature every sample is scored and the mean reported) from the generator: "oracle" (the
reference solutions: a check of extraction and normalisation on real rows), "hf:<model folder or
hub name>", or a registered adapter. Prompts are few-shot with the first ``n_shot`` training
problems (GSM8K train for GSM8K, MATH train for MATH-500), "Question: ... Answer:" and
"Problem: ... Solution:" in the style of lm-evaluation-harness; MATH prompts ask for the answer
in \\boxed{}. Answers are extracted and compared by repro/lib/answers.py (no symbolic algebra).
"""

from __future__ import annotations

from collections import defaultdict

from repro.lib.answers import (
    extract_gsm8k,
    extract_math,
    gsm8k_reference,
    normalize_math,
)
from repro.lib.datasets import (
    file_rows,
    load_gsm8k,
    load_hendrycks_math,
    load_math500,
    resolve_data_root,
)
from repro.lib.environment import require_device, seed_all
from repro.lib.generators import make_generator, truncate_at_stops
from repro.lib.metrics import wilson_interval

STOPS = ("\n\nQuestion:", "\n\nProblem:", "\nQuestion:", "\nProblem:")
MATH_INSTRUCTION = "Solve the problem. Put the final answer in \\boxed{}.\n\n"


def gsm8k_prompt(question: str, shots: list[dict]) -> str:
    head = "".join(f"Question: {s['question']}\nAnswer: {s['answer']}\n\n" for s in shots)
    return f"{head}Question: {question}\nAnswer:"


def math_prompt(problem: str, shots: list[dict]) -> str:
    head = "".join(f"Problem:\n{s['problem']}\n\nSolution:\n{s['solution']}\n\n" for s in shots)
    return f"{MATH_INSTRUCTION}{head}Problem:\n{problem}\n\nSolution:"


def _items(name: str, params: dict, root) -> tuple[list[dict], list[dict]]:
    limit, n_shot = params["limit"] or None, params["n_shot"]
    if name == "gsm8k":
        rows, file = load_gsm8k("test", root, limit)
        files = [file.as_row()]
        shots = []
        if n_shot:
            shots, shot_file = load_gsm8k("train", root, n_shot)
            files.append(shot_file.as_row())
        return [{"id": f"gsm8k/{i}", "prompt": gsm8k_prompt(r["question"], shots), "reference_text": r["answer"],
                 "reference": gsm8k_reference(r["answer"]), "group": "all"} for i, r in enumerate(rows)], files
    rows, file = load_math500(root, limit)
    files = [file.as_row()]
    shots = []
    if n_shot:
        shots, shot_file = load_hendrycks_math("train", root, n_shot)
        files.append(shot_file.as_row())
    return [{"id": r["unique_id"], "prompt": math_prompt(r["problem"], shots), "reference_text": r["solution"],
             "reference": normalize_math(r["answer"]), "group": r["subject"]} for r in rows], files


def run(params: dict, ctx) -> dict:
    require_device(ctx.device)
    seed_all(ctx.seed)
    root = resolve_data_root(params["data_root"])
    n = params["n_samples"]
    items = {name: _items(name, params, root) for name in params["benchmarks"]}
    references = {it["prompt"]: it["reference_text"] for its, _ in items.values() for it in its}
    generator = make_generator(params["generator"], ctx.device, references=references,
                               wrong_rate=params["oracle_wrong_rate"], wrong="I do not know.", seed=ctx.seed,
                               dtype=params["hf_dtype"] or None, batch_size=params["batch_size"],
                               chat=params["hf_chat"])
    extract = {"gsm8k": extract_gsm8k, "math500": extract_math}
    metrics, curves = {}, {}
    tables = {"data_files": [], "samples": [], "by_group": [], "intervals": [],
              "model": file_rows(getattr(generator, "files", ()))}
    for b, (name, (its, files)) in enumerate(items.items()):
        tables["data_files"] += files
        ctx.progress(b / len(items), f"{name}: generating for {len(its)} problems")
        outputs = generator.generate([it["prompt"] for it in its], params["max_new_tokens"], params["temperature"], n,
                                     stops=STOPS)
        score = {"strict": [], "flexible": []}
        found = {"strict": 0, "flexible": 0}
        groups: dict[str, dict[str, list[float]]] = defaultdict(lambda: {"strict": [], "flexible": []})
        for it, samples in zip(its, outputs):
            for j, raw in enumerate(samples):
                text = truncate_at_stops(raw, STOPS)
                row = {"benchmark": name, "id": it["id"], "sample": j, "reference": it["reference"]}
                for mode in ("strict", "flexible"):
                    got = extract[name](text, mode)
                    hit = float(got is not None and got == it["reference"])
                    score[mode].append(hit)
                    groups[it["group"]][mode].append(hit)
                    found[mode] += got is not None
                    row[f"{mode}_answer"], row[f"{mode}_match"] = got, bool(hit)
                if len(tables["samples"]) < params["max_sample_rows"] * (b + 1):
                    tables["samples"].append(row)
        for mode in ("strict", "flexible"):
            metrics[f"{name}_{mode}_exact_match"] = sum(score[mode]) / len(score[mode])
            metrics[f"{name}_{mode}_found_rate"] = found[mode] / len(score[mode])
            # problems as units: a problem's score is the mean over its samples
            per_problem = [sum(score[mode][i * n:(i + 1) * n]) / n for i in range(len(its))]
            low, high = wilson_interval(sum(per_problem), len(per_problem))
            tables["intervals"].append({"benchmark": name, "mode": mode, "problems": len(per_problem),
                                        "exact_match": metrics[f"{name}_{mode}_exact_match"],
                                        "ci95_low": low, "ci95_high": high})
        for group, s in sorted(groups.items()):
            tables["by_group"].append({"benchmark": name, "group": group, "samples": len(s["strict"]),
                                       "strict_exact_match": sum(s["strict"]) / len(s["strict"]),
                                       "flexible_exact_match": sum(s["flexible"]) / len(s["flexible"])})
        curves[f"{name}_exact_match_by_mode"] = {"x": [0, 1], "y": [metrics[f"{name}_strict_exact_match"],
                                                                    metrics[f"{name}_flexible_exact_match"]],
                                                 "x_label": "extraction (0 = strict, 1 = flexible)",
                                                 "y_label": "exact match"}
    ctx.progress(1.0, "done")
    notes = [(f"generator {generator.name}; {n} sample(s) per problem at temperature {params['temperature']}, "
              f"at most {params['max_new_tokens']} new tokens; {params['n_shot']}-shot prompts"),
             ("strict: the number after '####' / 'The answer is' (GSM8K), the last \\boxed{} (MATH); flexible: else "
              "the last number (GSM8K), 'answer is', the last $...$ or number (MATH); string comparison after "
              "normalisation, no symbolic equivalence"),
             f"first {params['limit']} problems per benchmark" if params["limit"] else "every test problem"]
    notes.append("95% Wilson intervals over problems: " + "; ".join(
        f"{r['benchmark']} {r['mode']} {r['exact_match']:.3f} [{r['ci95_low']:.3f}, {r['ci95_high']:.3f}] "
        f"({r['problems']} problems)" for r in tables["intervals"]))
    if params["generator"].startswith("oracle"):
        notes.append("the oracle answers with the reference solutions: this run checks extraction, not a model")
    return {"metrics": metrics, "curves": curves, "tables": tables, "notes": notes}
