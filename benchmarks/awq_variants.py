"""SmolLM2-135M WikiText-2 perplexity of the bundle's settings on this CPU, small sizes (first: RTN vs AWQ).

    .venv/bin/python benchmarks/awq_variants.py REPO '{"ptq_methods": ["rtn", "awq"]}' SEED
    .venv/bin/python benchmarks/awq_variants.py . '{"ptq_methods": ["rtn"], "bits": [4], "prune_methods": [],
        "w8a8_methods": ["w8a8", "smoothquant", "vector_wise", "llm_int8"]}' 0      # the W8A8 settings

Runs smollm2_wikitext_ppl's ``run`` in-process from the checkout at REPO (a ``git worktree`` of an
older commit compares AWQ variants) on all 30 blocks with 16 calibration windows of 512 tokens and
8 test windows of 512 tokens, both widths (the JSON argument overrides any parameter), and prints
the perplexities and the wall time. Data from
../shared/data beside this checkout. A measurement at small sizes on a CPU, not the bundle's full
size: the full-size numbers come from a GPU run.
"""

import importlib.util
import json
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    repo = Path(sys.argv[1]).resolve()
    extra = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    sys.path.insert(0, str(repo))
    from repro.manifest import load_manifest, resolve_params

    folder = repo / "repro" / "bundles" / "smollm2_wikitext_ppl"
    spec = importlib.util.spec_from_file_location("smollm2_main", folder / "main.py")
    bundle = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bundle)

    class Ctx:
        device, fractions = "cpu", []

        def __init__(self):
            self.seed, self.out_dir = seed, Path("/tmp/awq_variants")
            self.out_dir.mkdir(exist_ok=True)

        def log(self, msg):
            pass

        def progress(self, fraction, msg=""):
            pass

    params = resolve_params(load_manifest(folder, source_root=repo), "smoke", {
        "data_root": str(DATA), "max_blocks": 0, "seq_len": 512, "max_windows": 8, "batch_size": 4, "n_calib": 16,
        "calib_len": 512, "awq_grid": 20, "bits": [4, 3], "ptq_methods": ["rtn", "awq"],
        "prune_methods": ["magnitude"], **extra})
    t0 = time.time()
    result = bundle.run(params, Ctx())
    print(json.dumps({k: round(v, 3) for k, v in result["metrics"].items() if k.startswith("ppl")}),
          f"{time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
