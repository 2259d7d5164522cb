"""Where `verifier repro run` runs: the backend and Ray address settings and flags."""

import pytest

from verifier import repro_cli
from verifier.cli import build_parser
from verifier.config import load_settings
from verifier.errors import BundleError, InputError


def test_the_backend_defaults_to_local_and_reads_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("VERIFIER_REPRO_BACKEND", raising=False)
    monkeypatch.delenv("VERIFIER_RAY_ADDRESS", raising=False)
    settings = load_settings(data_dir=tmp_path)
    assert (settings.repro_backend, settings.ray_address) == ("local", None)
    monkeypatch.setenv("VERIFIER_REPRO_BACKEND", "ray")
    monkeypatch.setenv("VERIFIER_RAY_ADDRESS", "10.0.0.5:6379")
    settings = load_settings(data_dir=tmp_path)
    assert (settings.repro_backend, settings.ray_address) == ("ray", "10.0.0.5:6379")


def test_an_unknown_backend_setting_is_refused_naming_the_choices(monkeypatch, tmp_path):
    monkeypatch.setenv("VERIFIER_REPRO_BACKEND", "slurm")
    with pytest.raises(InputError, match="must be one of local, ray") as info:
        load_settings(data_dir=tmp_path)
    assert info.value.subject == "slurm"


def test_repro_run_takes_backend_and_address_flags():
    args = build_parser().parse_args(["repro", "run", "b", "--backend", "ray", "--address", "h:6379"])
    assert (args.backend, args.address) == ("ray", "h:6379")
    assert build_parser().parse_args(["repro", "run", "b"]).backend is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["repro", "run", "b", "--backend", "slurm"])


def test_run_refuses_an_unknown_backend_before_touching_the_database(tmp_path):
    settings = load_settings(data_dir=tmp_path / "data")
    with pytest.raises(BundleError, match="unknown backend 'slurm'"):
        repro_cli.run(settings, "well_behaved", backend="slurm")
    assert not (tmp_path / "data").exists()
