"""``verifier demo``: the whole pipeline on the embedded defaults, and where the report is.

Inputs: the demonstration paper that ships with the package (``verifier/demo/demo-paper.md``,
claims written to exercise every stage; it is labelled as a demonstration everywhere) and, when
``../shared/examples`` is beside the checkout, the example synthesis report (ingested offline:
its arXiv references are fetched only if cached). Storage: the configured database (SQLite
under the data folder by default). Runs: the local sandboxed runner, on the CPU at the bundles'
``small`` sizes by default (proxy models that learn their task in seconds, so the verdicts rest on
trained models; ``--size smoke`` only checks the wiring); ``--device cuda --size full`` runs the
full sizes on a GPU.

Stages: ingest -> ground (Gate 1) -> match -> run -> judge (Gate 2) -> gate -> report and
publish. Each stage reuses what is stored, so a second demo only re-renders.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from verifier.config import Settings

DEMO_PAPER = Path(__file__).parent / "demo" / "demo-paper.md"
EXAMPLE_SYNTHESIS = Path(__file__).resolve().parents[2] / "shared" / "examples" / "synthesis-report-essential-sparsity.txt"


def run_demo(settings: Settings, *, size: str = "small", device: str = "cpu", out_dir: Path | None = None,
             synthesis: Path | None = EXAMPLE_SYNTHESIS, say: Callable[[str], None] = print,
             progress: Callable[[str], None] | None = None, seeds: int | None = None) -> dict[str, list[Path]]:
    from verifier import gate1, verify
    from verifier.ingest import Ingestor
    from verifier.report import publish, report

    ing = Ingestor(settings, offline=True, progress=progress)
    paper = ing.ingest(str(DEMO_PAPER), kind="paper")
    say(f"1/6 ingest: {paper.summary()}")
    ref = str(paper.paper_id)
    syn_ref = None
    if synthesis is not None and Path(synthesis).exists():
        syn = ing.ingest(str(synthesis), kind="synthesis")
        syn_ref = f"s:{syn.synthesis_id}"
        say(f"    {syn.summary()}")
    g = gate1.ground_paper(settings, ref, progress=progress)
    say(f"2/6 ground: {g.summary()}")
    if syn_ref:  # against the papers it cites, as far as they could be ingested (offline: from the cache)
        say(f"    {gate1.ground_synthesis(settings, syn_ref, progress=progress).summary()}")
    m = verify.match(settings, ref, size=size, device=device, seeds=seeds)
    say("3/6 match: " + "\n    ".join(m.lines()))
    ran = verify.run(settings, ref, size=size, device=device if device == "cuda" else None, progress=progress)
    if ran["need_cuda"]:
        say(f"4/6 run: {ran['plans']} distinct plans, new runs {ran['runs'] or 'none'}; {ran['need_cuda']} need a "
            "CUDA GPU this machine lacks (`verifier verify PAPER --size full --device cuda --commands`)")
    else:
        say(f"4/6 run: {ran['plans']} distinct plans, new runs {ran['runs'] or 'none (all stored)'}")
    labels = verify.judge(settings, ref, size=size)
    say("5/6 judge: " + (", ".join(f"{n} {k.replace('_', ' ')}" for k, n in labels.most_common()) or "no verdicts"))
    if hint := verify.more_seeds_line(settings, ref, "verifier demo"):
        say(f"    {hint}")
    for rec in verify.gate(settings, ref):
        say(f"    Gate {rec.gate} ({rec.name}): {rec.status.value}: {rec.reason}")
    if syn_ref:
        ms = verify.match(settings, syn_ref, size=size, device=device, seeds=seeds)
        verify.run(settings, syn_ref, size=size, device=device if device == "cuda" else None, progress=progress)
        verify.judge(settings, syn_ref, size=size)
        say("    " + ms.lines()[0])
        for rec in verify.gate(settings, syn_ref):
            say(f"    {syn_ref} Gate {rec.gate} ({rec.name}): {rec.status.value}: {rec.reason}")
    paths = {"paper": report(settings, ref, out_dir=out_dir)}
    question = ("Does quantization-aware training preserve the accuracy of pruned transformers better than "
                "post-training quantization, and at what speed?")
    paths["synthesis"] = publish(settings, question, [ref], synthesis=syn_ref, out_dir=out_dir)
    say("6/6 report:")
    for p in paths["paper"] + paths["synthesis"]:
        say(f"    {p}")
    return paths
