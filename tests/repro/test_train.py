"""Training, QAT fine-tuning and evaluation loops on a tiny model (CPU, a few seconds)."""

import itertools

import numpy as np
import pytest
import torch

from repro.lib.environment import fingerprint, require_device, seed_all
from repro.lib.qat import QuantLinear
from repro.lib.quant import QuantSpec
from repro.lib.tasks import AdditionTask, ProgramTraceTask
from repro.lib.train import (
    BatchStream,
    EarlyStop,
    TrainConfig,
    addition_setup,
    answer_nll,
    evaluate,
    lr_at,
    pass_at_k_eval,
    qat_finetune,
    standard_model,
    train,
    training_note,
)

CPU = torch.device("cpu")


pytestmark = pytest.mark.usefixtures("one_thread")


def test_schedule_warms_up_then_decays_to_the_floor():
    cfg = TrainConfig(steps=100, lr=1.0, warmup_steps=10, min_lr_ratio=0.1)
    lrs = [lr_at(i, cfg) for i in range(100)]
    assert lrs[0] == pytest.approx(0.1) and lrs[9] == pytest.approx(1.0)
    assert all(a >= b for a, b in itertools.pairwise(lrs[9:]))
    assert lrs[-1] == pytest.approx(0.1, abs=1e-3)
    with pytest.raises(ValueError):
        TrainConfig(steps=0)


def test_batch_stream_is_deterministic_and_draws_training_problems():
    task = AdditionTask(2)
    with BatchStream(task, 32, 5, CPU) as one, BatchStream(task, 32, 5, CPU) as two:
        a, b = one.next(), two.next()
    assert torch.equal(a.tokens, b.tokens)
    test_rows = {tuple(r.tolist()) for r in task.test_set(20, seed=0).prompts}
    assert not test_rows & {tuple(r.tolist()) for r in a.prompts}


def test_training_lowers_the_answer_loss_and_qat_swaps_the_layers():
    seed_all(0)
    task = AdditionTask(2)
    model = standard_model(task, 32, 2, 2)
    test = task.test_set(64, seed=1)
    before = answer_nll(model, test, CPU).mean()
    report = train(model, task, TrainConfig(steps=60, batch_size=64, lr=3e-3, warmup_steps=5), CPU, seed=0)
    after = answer_nll(model, test, CPU).mean()
    assert len(report["losses"]) == 60 and after < before - 0.3, (before, after)
    out = evaluate(model, test, CPU)
    assert out["per_item"].shape == (64,) and out["exact_match"] == out["per_item"].mean()
    qmodel, _ = qat_finetune(model, task, QuantSpec(bits=4, granularity="channel"), "lsq",
                               TrainConfig(steps=3, batch_size=16, warmup_steps=1), CPU, seed=1)
    kinds = {type(m).__name__ for n, m in qmodel.named_modules() if n.startswith("blocks.") and n.count(".") == 3}
    assert kinds == {"QuantLinear"} and not any(isinstance(m, QuantLinear) for m in model.modules())
    assert any("w_quant.step" in n for n, _ in qmodel.named_parameters())


def test_early_stop_checks_do_not_disturb_training_and_stop_at_the_target():
    task = AdditionTask(2)
    val = task.sample(32, np.random.default_rng(3), "train", unique=True)
    cfg = TrainConfig(steps=60, batch_size=64, lr=3e-3, warmup_steps=5)
    runs = {}
    for name, stop in (("plain", None), ("never", EarlyStop(val, 1.0, 20)), ("at_once", EarlyStop(val, 0.0, 20))):
        seed_all(0)
        model = standard_model(task, 32, 2, 2)
        runs[name] = train(model, task, cfg, CPU, seed=0, stop=stop)
    plain, never, at_once = runs["plain"], runs["never"], runs["at_once"]
    # checks at steps 20 and 40 (never at the last step), and the run is the same run without them
    assert [step for step, _ in never["checks"]] == [20, 40] and not never["stopped_early"]
    assert all(score < 1.0 for _, score in never["checks"])
    assert never["losses"] == plain["losses"] and never["steps"] == plain["steps"] == 60
    # a target already met ends the run at the first check
    assert at_once["stopped_early"] and at_once["steps"] == 20 and len(at_once["checks"]) == 1
    assert at_once["losses"] == plain["losses"][:20]
    assert "stopped at step 20 of 60" in training_note(at_once, cfg, EarlyStop(val, 0.0, 20))
    assert "ran all 60 steps" in training_note(never, cfg, EarlyStop(val, 1.0, 20))
    assert "all 60 steps (no early stop)" in training_note(plain, cfg, None)
    with pytest.raises(ValueError, match="positive interval"):
        EarlyStop(val, 0.9, 0)
    with pytest.raises(ValueError, match=r"in \[0, 1\]"):
        EarlyStop(val, 1.5, 10)


def test_addition_setup_draws_the_early_stop_set_from_the_training_split():
    params = {"n_digits": 2, "reverse_answer": True, "n_test": 50, "train_steps": 10, "batch_size": 8,
              "lr": 1e-3, "warmup_steps": 1, "bf16": False, "compile": False, "cuda_graph": False,
              "d_model": 16, "n_layers": 1, "n_heads": 1, "positions": "learned"}
    assert addition_setup(params, 0, CPU).stop is None
    assert addition_setup({**params, "stop_exact_match": 0.0, "n_val": 40, "stop_check_steps": 5}, 0, CPU).stop is None
    one = addition_setup({**params, "stop_exact_match": 0.99, "n_val": 40, "stop_check_steps": 5}, 0, CPU)
    two = addition_setup({**params, "stop_exact_match": 0.99, "n_val": 40, "stop_check_steps": 5}, 7, CPU)
    assert one.stop.target == 0.99 and one.stop.every == 5 and len(one.stop.val) == 40
    assert torch.equal(one.stop.val.tokens, two.stop.val.tokens)  # the same problems for every run
    val_rows = {tuple(r.tolist()) for r in one.stop.val.prompts}
    assert len(val_rows) == 40 and not val_rows & {tuple(r.tolist()) for r in one.test.prompts}


def test_pass_at_k_sampling_counts_are_consistent():
    seed_all(0)
    task = ProgramTraceTask(n_vars=2, n_ops=1)
    model = standard_model(task, 32, 1, 2)
    batch = task.test_set(6, seed=0)
    out = pass_at_k_eval(model, batch, CPU, n_samples=5, ks=(1, 5), seed=3)
    assert out["correct"].shape == (6,) and 0 <= out["pass@1"] <= out["pass@5"] <= 1
    again = pass_at_k_eval(model, batch, CPU, n_samples=5, ks=(1, 5), seed=3)
    assert np.array_equal(out["correct"], again["correct"]) and out["pass@1"] == again["pass@1"]
    assert out["pass@1"] == pytest.approx(out["correct"].mean() / 5)  # pass@1 is the mean success rate
    with pytest.raises(ValueError):
        pass_at_k_eval(model, batch, CPU, n_samples=2, ks=(3,))


def test_devices_are_required_not_guessed():
    assert require_device("cpu") == CPU
    with pytest.raises(ValueError, match="tpu"):
        require_device("tpu")
    if not torch.cuda.is_available():
        with pytest.raises(RuntimeError, match="CUDA is not available"):
            require_device("cuda")


def test_fingerprint_has_versions_and_no_host_name():
    import json
    import socket

    facts = fingerprint()
    assert facts["torch"] == torch.__version__ and facts["numpy"] == np.__version__
    assert {"python", "cpu_model", "cuda_runtime", "gpu_name", "compute_capability", "driver_version"} <= set(facts)
    assert socket.gethostname() not in json.dumps(facts)


NO_CUDA = not torch.cuda.is_available()


def _graph_vs_eager(method, steps=12, after=None):
    """Losses and final weights of the same short training, eager and as a replayed CUDA graph."""
    from repro.lib.qat import prepare_qat
    from repro.lib.train import head_skip, make_train_step

    cuda = torch.device("cuda")
    task = AdditionTask(2, reverse_answer=True, split_seed=0)
    torch.manual_seed(0)
    base = standard_model(task, 64, 2, 2, "learned").to(cuda)
    if method != "fp":
        prepare_qat(base, QuantSpec(bits=4, symmetric=True, granularity="channel"), method=method,
                    skip=head_skip(base))
    batches = [task.sample(128, np.random.default_rng(i), "train", device=cuda) for i in range(steps)]
    out = {}
    for graph in (False, True):
        net = __import__("copy").deepcopy(base).train()
        hook = after(net) if after else None
        cfg = TrainConfig(steps=steps, batch_size=128, lr=3e-3, warmup_steps=2, cuda_graph=graph)
        step = make_train_step(net, cfg, cuda, after_step=hook)
        losses = torch.stack([step(b, i) for i, b in enumerate(batches)]).float().cpu()
        out[graph] = (losses, {k: v.detach().float().cpu() for k, v in net.state_dict().items()}, step.mode)
    return out


@pytest.mark.gpu
@pytest.mark.skipif(NO_CUDA, reason="needs CUDA")
@pytest.mark.parametrize("method", ["fp", "ste", "lsq"])
def test_a_cuda_graph_step_trains_like_the_eager_one(method):
    out = _graph_vs_eager(method)
    (eager_losses, eager_w, eager_mode), (graph_losses, graph_w, graph_mode) = out[False], out[True]
    assert eager_mode == "eager" and graph_mode == "cuda-graph"
    assert torch.allclose(graph_losses, eager_losses, rtol=2e-2, atol=2e-3), (graph_losses, eager_losses)
    assert graph_losses[-1] < graph_losses[0]
    worst = max((graph_w[k] - eager_w[k]).abs().max().item() for k in eager_w)
    assert worst < 5e-2, worst


@pytest.mark.gpu
@pytest.mark.skipif(NO_CUDA, reason="needs CUDA")
def test_a_cuda_graph_step_replays_after_step_too():
    """Pruning masks re-applied after each optimiser step stay applied under a replayed graph."""
    from repro.lib.prune import apply_masks, prune_model

    def after(net):
        return apply_masks(net, prune_model(net, "magnitude", 0.5), every_forward=False).reapply

    _, weights, mode = _graph_vs_eager("fp", after=after)[True]
    assert mode == "cuda-graph"
    blocks = [w for k, w in weights.items() if k.startswith("blocks") and k.endswith("weight") and w.ndim == 2]
    assert blocks and all((w == 0).float().mean().item() >= 0.49 for w in blocks)


@pytest.mark.gpu
@pytest.mark.skipif(NO_CUDA, reason="needs CUDA")
def test_early_stop_checks_between_graph_replays_do_not_disturb_training():
    """An evaluation between replays of a captured step reads the graph's live parameters and
    leaves the replays' arithmetic alone: the same losses with and without checks."""
    cuda = torch.device("cuda")
    task = AdditionTask(2)
    val = task.sample(256, np.random.default_rng(3), "train", unique=True)
    cfg = TrainConfig(steps=40, batch_size=128, lr=3e-3, warmup_steps=2, cuda_graph=True)
    runs = {}
    for name, stop in (("plain", None), ("checked", EarlyStop(val, 1.0, 10))):
        seed_all(0)
        runs[name] = train(standard_model(task, 64, 2, 2), task, cfg, cuda, seed=0, stop=stop)
    assert runs["checked"]["step_mode"] == "cuda-graph"
    assert [s for s, _ in runs["checked"]["checks"]] == [10, 20, 30]
    assert runs["checked"]["losses"] == runs["plain"]["losses"]
