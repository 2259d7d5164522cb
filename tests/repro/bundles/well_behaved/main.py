"""A seeded random walk: the reference of good behaviour for the runner's tests."""

import json
import random


def run(params, ctx):
    rng = random.Random(ctx.seed)
    xs, ys, pos = [], [], 0.0
    for step in range(params["steps"]):
        pos += rng.uniform(-1, 1) * params["scale"]
        xs.append(step)
        ys.append(pos)
        if params["verbose"]:
            ctx.log(f"step {step}: {pos:.3f}")
    ctx.progress(1.0, "walk done")
    (ctx.out_dir / "walk.json").write_text(json.dumps({"x": xs, "y": ys}))
    return {
        "metrics": {"final": pos, "steps": float(params["steps"])},
        "curves": {"walk": {"x": xs, "y": ys, "x_label": "step", "y_label": "position"}},
        "tables": {"summary": [{"tags": ",".join(params["tags"]), "final": pos}]},
        "notes": [f"seed {ctx.seed}"],
    }
