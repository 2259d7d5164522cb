"""Manifest validation, parameter resolution and the bundle registry."""

import json
from pathlib import Path

import pytest

from repro.errors import BundleError
from repro.manifest import configuration, discover, load_manifest, lookup, parse_assignments, resolve_params

HERE = Path(__file__).parent
BUNDLES = HERE / "bundles"


def _write(folder: Path, data: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_text(json.dumps(data))
    (folder / "main.py").write_text("def run(params, ctx):\n    return {}\n")
    return folder


def _good() -> dict:
    return json.loads((BUNDLES / "well_behaved" / "manifest.json").read_text())


def test_loads_every_field_into_frozen_data():
    m = load_manifest(BUNDLES / "well_behaved")
    assert m.id == "well_behaved" and m.version == "1.0.0"
    assert m.params["steps"].type == "int" and m.params["steps"].default == 50
    assert m.params["tags"].choices == ("a", "b", "c")
    assert m.sizes["smoke"]["steps"] == 20
    assert m.device.for_size("smoke") == "cpu" and m.device.min_compute_capability is None
    assert m.expected_seconds["full"] == 5.0
    assert m.metrics["final"].direction == "higher" and m.metrics["final"].aggregation == "mean"
    with pytest.raises(AttributeError):
        m.version = "2.0.0"
    with pytest.raises(TypeError):
        m.params["steps"] = None


@pytest.mark.parametrize("edit, key, allowed", [
    (lambda d: d.update(colour="red"), "colour", "the keys"),
    (lambda d: d["params"]["steps"].update(type="double"), "params.steps.type", "int, float"),
    (lambda d: d["params"]["steps"].update(default="50"), "params.steps.default", "int"),
    (lambda d: d["params"]["scale"].update(default=True), "params.scale.default", "float"),
    (lambda d: d["sizes"]["smoke"].update(stepz=3), "sizes.smoke.stepz", "did you mean 'steps'"),
    (lambda d: d["device"].update(full="tpu"), "device.full", "cpu, cuda"),
    (lambda d: d["device"].update(min_compute_capability=[8]), "device.min_compute_capability", "[major, minor]"),
    (lambda d: d["metrics"]["final"].update(direction="up"), "metrics.final.direction", "higher, lower"),
    (lambda d: d.update(claim_kinds=["vibes"]), "claim_kinds", "result, comparison"),
    (lambda d: d.update(version="1.0"), "version", "MAJOR.MINOR.PATCH"),
    (lambda d: d.update(library=["../secrets.py"]), "library", "repro/lib/<name>.py"),
    (lambda d: d["params"]["tags"].update(default=["z"]), "params.tags.default", "one of a, b, c"),
    (lambda d: d.pop("metrics"), "metrics", "is required"),
    (lambda d: d["params"]["steps"].update(location="yes"), "params.steps.location", "true or false"),
    (lambda d: d["params"]["steps"].update(selects=1), "params.steps.selects", "true or false"),
])
def test_bad_manifests_name_file_key_value_and_what_is_allowed(tmp_path, edit, key, allowed):
    data = _good()
    edit(data)
    folder = _write(tmp_path / "b", data)
    with pytest.raises(BundleError) as info:
        load_manifest(folder)
    message = str(info.value)
    assert str(folder / "manifest.json") in message
    assert f"'{key}'" in message
    assert allowed in message


def test_invalid_json_and_missing_main_are_reported(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "manifest.json").write_text("{not json")
    with pytest.raises(BundleError, match="not valid JSON"):
        load_manifest(folder)
    _write(folder, _good())
    (folder / "main.py").unlink()
    with pytest.raises(BundleError, match="no main.py"):
        load_manifest(folder)


def test_library_files_must_exist_under_the_source_root(tmp_path):
    data = _good()
    data["library"] = ["repro/lib/nowhere.py"]
    folder = _write(tmp_path / "b", data)
    with pytest.raises(BundleError, match="nowhere.py"):
        load_manifest(folder, source_root=tmp_path)


def test_resolve_params_layers_defaults_size_and_overrides():
    m = load_manifest(BUNDLES / "well_behaved")
    assert resolve_params(m, "smoke", {}) == {"steps": 20, "scale": 1.0, "tags": ["a"], "verbose": False}
    assert resolve_params(m, "full", {})["steps"] == 1000
    got = resolve_params(m, "smoke", {"steps": "7", "scale": "2.5", "tags": "a, c", "verbose": "yes"})
    assert got == {"steps": 7, "scale": 2.5, "tags": ["a", "c"], "verbose": True}
    assert resolve_params(m, "smoke", {"tags": ""})["tags"] == []
    assert resolve_params(m, "smoke", {"scale": 3})["scale"] == 3.0


def test_resolve_params_errors_say_what_to_do():
    m = load_manifest(BUNDLES / "well_behaved")
    with pytest.raises(BundleError, match=r"did you mean 'steps'\?.*available: scale, steps, tags, verbose"):
        resolve_params(m, "smoke", {"stepz": "3"})
    with pytest.raises(BundleError, match="parameter 'steps' = 'many'"):
        resolve_params(m, "smoke", {"steps": "many"})
    with pytest.raises(BundleError, match="choices: a, b, c"):
        resolve_params(m, "smoke", {"tags": "a,z"})
    with pytest.raises(BundleError, match="true/false"):
        resolve_params(m, "smoke", {"verbose": "maybe"})
    with pytest.raises(BundleError, match="unknown size 'huge'"):
        resolve_params(m, "huge", {})


def test_the_small_size_exists_only_where_a_manifest_defines_it(tmp_path):
    m = load_manifest(BUNDLES / "well_behaved")  # smoke and full only
    assert not m.offers("small") and list(m.sizes) == ["smoke", "full"]
    with pytest.raises(BundleError, match="no 'small' size; it offers smoke, full"):
        resolve_params(m, "small", {})
    data = _good()
    data["sizes"]["small"] = {"steps": 200}
    data["device"]["small"] = "cuda"
    data["expected_seconds"]["small"] = 30
    sized = load_manifest(_write(tmp_path / "sized", data))
    assert sized.offers("small") and list(sized.sizes) == ["smoke", "small", "full"]
    assert resolve_params(sized, "small", {})["steps"] == 200 and sized.expected_seconds["small"] == 30.0
    assert sized.device.for_size("small") == "cuda" and sized.device.for_size("full") == "cpu"
    data["device"].pop("small")
    assert load_manifest(_write(tmp_path / "cpu", data)).device.for_size("small") == "cpu"  # the default
    data["device"]["small"] = "tpu"
    with pytest.raises(BundleError, match="device.small"):
        load_manifest(_write(tmp_path / "bad", data))


def test_the_command_lines_offer_the_manifests_sizes():
    from repro import manifest
    from verifier import cli

    assert cli.SIZES == manifest.SIZES


def test_the_small_sizes_train_longer_than_smoke_and_the_real_models_keep_every_layer():
    from repro.seal import BUNDLES_ROOT

    registry = discover(BUNDLES_ROOT)
    small = sorted(bid for bid, m in registry.items() if m.offers("small"))
    real = ["minilm_sst2_compression", "smollm2_wikitext_ppl"]
    assert small == ["gptq_vs_rtn", "minilm_sst2_compression", "pruned_qat_vs_fp", "pruning_sweep",
                     "qat_compute_share", "qat_vs_ptq_bits", "smollm2_wikitext_ppl"]
    smol = resolve_params(registry["smollm2_wikitext_ppl"], "small")  # the real model, every block, fewer tokens
    assert smol["max_blocks"] == 0 and smol["seq_len"] == 512 and smol["max_windows"] == 8
    # MiniLM: all six layers, every dev sentence, a fine-tune on more rows than smoke's and real QAT
    mini_smoke, mini = (resolve_params(registry["minilm_sst2_compression"], s) for s in ("smoke", "small"))
    assert mini["encoder_layers"] == 0 and mini["eval_rows"] == 0
    assert mini["train_rows"] >= 50 * mini_smoke["train_rows"]
    assert mini["qat_steps"] >= 50 * mini_smoke["qat_steps"] and 0.5 in mini["sparsities"]
    assert registry["minilm_sst2_compression"].device.for_size("small") == "cpu"
    for bid in (b for b in small if b not in real):
        m = registry[bid]
        smoke, sized = resolve_params(m, "smoke"), resolve_params(m, "small")
        assert m.device.for_size("small") == "cpu" and sized["n_test"] > smoke["n_test"]
        if "train_steps" in sized:
            assert sized["train_steps"] > 10 * smoke["train_steps"] and sized["stop_exact_match"] > 0


def test_parse_assignments():
    assert parse_assignments(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    with pytest.raises(BundleError, match="NAME=VALUE"):
        parse_assignments(["novalue"])


def test_registry_finds_bundles_and_suggests_names():
    registry = discover(BUNDLES)
    assert {"well_behaved", "forger", "net_probe"} <= set(registry)
    assert lookup(registry, "forger").id == "forger"
    with pytest.raises(BundleError, match=r"did you mean 'forger'.*\?\); available: .*well_behaved"):
        lookup(registry, "forgr")


def test_registry_refuses_a_duplicate_id(tmp_path):
    _write(tmp_path / "one", _good())
    _write(tmp_path / "two", _good())
    with pytest.raises(BundleError, match="declared twice"):
        discover(tmp_path)


def test_configuration_is_the_sized_settings_without_where_inputs_live(tmp_path):
    data = _good()
    data["params"]["data_root"] = {"type": "str", "default": "", "location": True, "help": "a folder"}
    data["params"]["tags"]["selects"] = True
    m = load_manifest(_write(tmp_path / "b", data))
    assert m.params["data_root"].location and not m.params["steps"].location and m.params["tags"].selects
    smoke = configuration(m, "smoke")
    assert smoke == {k: v for k, v in resolve_params(m, "smoke").items() if k not in ("data_root", "tags")}
    assert smoke["steps"] == 20 and configuration(m, "full")["steps"] == resolve_params(m, "full")["steps"] != 20
