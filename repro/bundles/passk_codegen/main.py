"""pass@k on MBPP and HumanEval: samples from a generator, each executed against the benchmark's tests.

Claims this tests: "model M reaches pass@1 = X on HumanEval / MBPP", "quantised (or pruned) M
keeps pass@k within Y of the full-precision model" (run the bundle once per model and compare).

For every problem the generator (``generator`` parameter: "oracle", "hf:<model folder or hub
name>", or a registered name) writes ``n_samples`` completions; each completion is cut at the
benchmark's stop sequences, joined with the problem's tests and run in its own confined
``python -I`` process with a time and memory limit and no network (repro/lib/codeexec.py).
pass@k is the unbiased estimator 1 - C(n-c, k)/C(n, k) averaged over problems.

Prompts: HumanEval's own prompt (signature + docstring), the completion continues it; MBPP the
zero-shot docstring prompt of the bigcode evaluation harness (the task text and its first test
inside a triple-quoted string), the completion is the whole program. With ``hf_chat`` (chat
models; the hf and llama generators apply the model's chat template) the prompts are instructions
(``CHAT_HUMANEVAL``, ``CHAT_MBPP``), no stop strings cut the answer, and the program is the
answer's first code block (for HumanEval, defining the function anew, or its body). The oracle
generator answers with the canonical solutions, in the chat form when ``hf_chat`` is set
(``oracle_wrong_rate`` of samples replaced by a wrong one), which checks the harness itself.
"""

from __future__ import annotations

from repro.lib.codeexec import (
    CHAT_CODE_BLOCK,
    code_from_answer,
    humaneval_chat_program,
    humaneval_program,
    mbpp_program,
    run_programs,
    status_counts,
)
from repro.lib.datasets import file_rows, load_humaneval, load_mbpp, resolve_data_root
from repro.lib.environment import require_device, seed_all
from repro.lib.generators import make_generator, truncate_at_stops
from repro.lib.metrics import mean_pass_at_k, pass_at_k, wilson_interval

HUMANEVAL_STOPS = ("\nclass", "\ndef", "\n#", "\n@", "\nprint", "\nif", "\n```")
# the bigcode list without "\nclass" (MBPP task 342's own solution defines a class) and with
# "\nif __name__" instead of "\nif": a whole MBPP program may hold top-level classes and ifs
MBPP_STOPS = ("\nassert", '\n"""', "\nprint(", "\nif __name__", "\n```", "\n<|/")
WRONG = "\n    raise NotImplementedError\n"


# instruction prompts for chat models (``hf_chat``): the answer's first code block is the program
CHAT_HUMANEVAL = ("Complete the following Python function. Reply with the complete function, signature "
                  "included, in one ```python code block.\n\n```python\n{prompt}```\n")
CHAT_MBPP = ("{text}\nYour code should pass this test:\n{test}\n"
             "Reply with the Python code in one ```python code block.\n")


def mbpp_prompt(task: dict) -> str:
    return f'"""\n{task["text"]}\n{task["test_list"][0]}\n"""\n'


def _mbpp(t: dict, chat: bool) -> dict:
    if chat:  # an instruction in, a fenced answer out (the oracle answers the same way)
        return {"task_id": f"MBPP/{t['task_id']}",
                "prompt": CHAT_MBPP.format(text=t["text"], test=t["test_list"][0]),
                "reference": f"```python\n{t['code']}\n```\n",
                "program": lambda c: mbpp_program(t, code_from_answer(c)), "stops": (CHAT_CODE_BLOCK,)}
    return {"task_id": f"MBPP/{t['task_id']}", "prompt": mbpp_prompt(t), "reference": t["code"],
            "program": lambda c: mbpp_program(t, mbpp_prompt(t) + c), "stops": MBPP_STOPS}


def _humaneval(t: dict, chat: bool) -> dict:
    if chat:
        return {"task_id": t["task_id"], "prompt": CHAT_HUMANEVAL.format(prompt=t["prompt"]),
                "reference": f"```python\n{t['prompt']}{t['canonical_solution']}```\n",
                "program": lambda c: humaneval_chat_program(t, code_from_answer(c)), "stops": (CHAT_CODE_BLOCK,)}
    return {"task_id": t["task_id"], "prompt": t["prompt"], "reference": t["canonical_solution"],
            "program": lambda c: humaneval_program(t, c), "stops": HUMANEVAL_STOPS}


def _problems(name: str, params: dict, root) -> tuple[list[dict], dict]:
    limit = params["limit"] or None
    if name == "mbpp":
        tasks, file = load_mbpp(params["mbpp_split"], root, limit)
        return [_mbpp(t, params["hf_chat"]) for t in tasks], file.as_row()
    tasks, file = load_humaneval(root, limit)
    return [_humaneval(t, params["hf_chat"]) for t in tasks], file.as_row()


def run(params: dict, ctx) -> dict:
    require_device(ctx.device)
    seed_all(ctx.seed)
    root = resolve_data_root(params["data_root"])
    ks = sorted({int(k) for k in params["ks"]})
    n = params["n_samples"]
    if not ks or ks[0] < 1:
        raise ValueError(f"ks={params['ks']!r}: give positive k values")
    problems = {name: _problems(name, params, root) for name in params["benchmarks"]}
    references = {p["prompt"]: p["reference"] for probs, _ in problems.values() for p in probs}
    generator = make_generator(params["generator"], ctx.device, references=references,
                               wrong_rate=params["oracle_wrong_rate"], wrong=WRONG, seed=ctx.seed,
                               dtype=params["hf_dtype"] or None, batch_size=params["batch_size"],
                               chat=params["hf_chat"])
    metrics, curves = {}, {}
    tables = {"data_files": [], "problems": [], "status_counts": [], "intervals": [],
              "model": file_rows(getattr(generator, "files", ()))}
    for b, (name, (probs, file_row)) in enumerate(problems.items()):
        tables["data_files"].append(file_row)
        ctx.progress(b / len(problems), f"{name}: generating {n} samples for {len(probs)} problems")
        samples = generator.generate([p["prompt"] for p in probs], params["max_new_tokens"],
                                     params["temperature"], n, stops=probs[0]["stops"] if probs else ())
        programs = [p["program"](truncate_at_stops(s, p["stops"])) for p, group in zip(probs, samples) for s in group]
        ctx.log(f"{name}: executing {len(programs)} programs")
        results = run_programs(programs, timeout=params["timeout_s"], memory_mb=params["memory_mb"] or None,
                               workers=params["workers"] or None,
                               progress=lambda f, b=b: ctx.progress((b + 0.2 + 0.8 * f) / len(problems), "executing"))
        correct = []
        for i, p in enumerate(probs):
            group = results[i * n:(i + 1) * n]
            c = sum(r.passed for r in group)
            correct.append(c)
            row = {"benchmark": name, "task_id": p["task_id"], "n": n, "correct": c, **status_counts(group)}
            row.update({f"pass_at_{k}": pass_at_k(n, c, k) for k in ks if k <= n})
            tables["problems"].append(row)
        counts = status_counts(results)
        tables["status_counts"].append({"benchmark": name, "programs": len(results), **counts,
                                        "network_isolation": results[0].network if results else "n/a"})
        usable = [k for k in ks if k <= n]
        for k in usable:
            metrics[f"{name}_pass_at_{k}"] = mean_pass_at_k(n, correct, k)
            low, high = wilson_interval(sum(pass_at_k(n, c, k) for c in correct), len(correct))
            tables["intervals"].append({"benchmark": name, "k": k, "problems": len(correct),
                                        "pass_at_k": metrics[f"{name}_pass_at_{k}"], "ci95_low": low, "ci95_high": high})
        curves[f"{name}_pass_at_k"] = {"x": usable, "y": [metrics[f"{name}_pass_at_{k}"] for k in usable],
                                       "x_label": "k", "y_label": "pass@k"}
        metrics[f"{name}_timeout_rate"] = counts["timeout"] / max(1, len(results))
    ctx.progress(1.0, "done")
    notes = [(f"generator {generator.name}; {n} samples per problem at temperature {params['temperature']}, "
              f"at most {params['max_new_tokens']} new tokens; unbiased pass@k (Chen et al. 2021)"),
             (f"each program ran in a fresh python -I process: {params['timeout_s']} s, "
              f"{params['memory_mb'] or 'no'} MiB address-space limit, network refused"),
             f"MBPP split {params['mbpp_split']!r}" + (f", first {params['limit']} problems per benchmark"
                                                      if params["limit"] else ", every problem"),
             ("chat form: instruction prompts in the model's chat template, the answer's first code block is "
              "the program" if params["hf_chat"] else "completion form: the benchmark's prompts, completions cut "
              "at the benchmark's stop strings (the bigcode harness protocol)")]
    notes.append("95% Wilson intervals over problems: " + "; ".join(
        f"{r['benchmark']} pass@{r['k']} {r['pass_at_k']:.3f} [{r['ci95_low']:.3f}, {r['ci95_high']:.3f}] "
        f"({r['problems']} problems)" for r in tables["intervals"]))
    if params["generator"].startswith("oracle"):
        notes.append("the oracle answers with the canonical solutions: this run checks the harness, not a model"
                     + (f" ({params['oracle_wrong_rate']:.0%} of samples replaced by a wrong body)"
                        if params["oracle_wrong_rate"] else ""))
    skipped = [k for k in ks if k > n]
    if skipped:
        notes.append(f"pass@k for k={skipped} needs at least k samples per problem; not reported")
    return {"metrics": metrics, "curves": curves, "tables": tables, "notes": notes}
