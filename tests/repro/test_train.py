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
    TrainConfig,
    answer_nll,
    evaluate,
    lr_at,
    pass_at_k_eval,
    qat_finetune,
    standard_model,
    train,
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
