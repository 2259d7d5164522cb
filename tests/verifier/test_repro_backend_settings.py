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


SHARED_DATA = __import__("pathlib").Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.mark.skipif(not (SHARED_DATA / "gsm8k_test.jsonl").is_file(), reason="needs ../shared/data")
def test_a_bundle_that_reads_benchmarks_gets_the_configured_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("VERIFIER_BENCHMARK_DATA", raising=False)
    settings = load_settings(data_dir=tmp_path / "data")
    assert settings.benchmark_data == SHARED_DATA.resolve()  # the folder beside the repository
    (record,) = repro_cli.run(settings, "math_exact_match", size="smoke")
    assert record.status == "ok" and record.params["data_root"] == str(SHARED_DATA.resolve())
    # a bundle without the parameter is left alone; a folder given on the command line wins
    assert "data_root" not in repro_cli._with_data_root(settings, "pruning_sweep", {})
    assert repro_cli._with_data_root(settings, "math_exact_match", {"data_root": "/x"}) == {"data_root": "/x"}


def test_a_benchmark_folder_without_the_files_fails_the_run_with_its_reason(monkeypatch, tmp_path):
    monkeypatch.setenv("VERIFIER_BENCHMARK_DATA", str(tmp_path / "empty"))
    settings = load_settings(data_dir=tmp_path / "data")
    (record,) = repro_cli.run(settings, "math_exact_match", size="smoke")
    assert record.status == "failed" and record.params["data_root"] == str(tmp_path / "empty")
    (log,) = (tmp_path / "data" / "runs").glob("*/log.txt")
    assert str(tmp_path / "empty") in log.read_text()  # the log names the folder it looked in
