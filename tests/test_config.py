"""Config: every shipped file loads, bad keys and types are named, precedence, open_clip flags."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from mmfundusclip.cli import main, parse_train_args
from mmfundusclip.config import Config, ConfigError, config_from_dict, config_to_dict, load_config

CONFIG_DIR = Path(__file__).resolve().parent.parent / "configs"
EXPERIMENTS = sorted(CONFIG_DIR.glob("*.yaml"))


def test_configs_folder_has_experiments():
    names = {p.name for p in EXPERIMENTS}
    assert {"demo.yaml", "reference.yaml"} <= names


@pytest.mark.parametrize("path", EXPERIMENTS, ids=lambda p: p.name)
def test_every_shipped_config_loads_and_validates(path: Path):
    cfg = load_config(path)
    assert isinstance(cfg, Config)
    # Round trip: the resolved config written to a run folder loads back to the same config.
    again = config_from_dict(yaml.safe_load(yaml.safe_dump(config_to_dict(cfg))))
    assert again == cfg


@pytest.mark.parametrize("path", EXPERIMENTS, ids=lambda p: p.name)
def test_every_shipped_config_starts_with_the_command_that_runs_it(path: Path):
    head = path.read_text(encoding="utf-8").splitlines()[:6]
    assert any("mmfundusclip" in line for line in head), f"{path.name} should start with the command that runs it"


def test_every_shipped_class_set_loads():
    from mmfundusclip.eval.zeroshot import load_prompt_set

    for path in sorted((CONFIG_DIR / "classes").glob("*.yaml")):
        prompts = load_prompt_set(path)
        assert prompts.classes and all("{}" in t for t in prompts.templates)


def test_unknown_key_is_named(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("optim:\n  lr: 1.0e-4\n  learning_rate: 3\n")
    with pytest.raises(ConfigError, match=r"unknown key 'optim\.learning_rate'"):
        load_config(bad)


def test_unknown_section_is_named(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("optimiser:\n  lr: 1.0e-4\n")
    with pytest.raises(ConfigError, match=r"unknown key 'optimiser'"):
        load_config(bad)


@pytest.mark.parametrize(
    "text, key",
    [
        ("train:\n  batch_size: '64'\n", "train.batch_size"),
        ("train:\n  batch_size: 6.5\n", "train.batch_size"),
        ("optim:\n  lr: fast\n", "optim.lr"),
        ("data:\n  extra_aug: 1\n", "data.extra_aug"),
        ("train:\n  precision: fp16\n", "train.precision"),
        ("optim: 3\n", "optim"),
    ],
)
def test_wrong_type_is_named(tmp_path: Path, text: str, key: str):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text)
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        load_config(bad)


def test_validation_names_the_field():
    with pytest.raises(ConfigError, match=r"train\.batch_size: must be >= 1"):
        load_config(overrides={"train.batch_size": 0})
    with pytest.raises(ConfigError, match=r"optim\.lr: must be > 0"):
        load_config(overrides={"optim.lr": -1.0})
    with pytest.raises(ConfigError, match=r"train\.keep_step_checkpoints: must be >= 0, got -1"):
        load_config(overrides={"train.keep_step_checkpoints": -1})


def test_int_is_accepted_for_float_fields():
    assert load_config(overrides={"optim.lr": 1}).optim.lr == 1.0


def test_precedence_cli_over_file_over_defaults(tmp_path: Path):
    f = tmp_path / "exp.yaml"
    f.write_text("optim:\n  lr: 1.0e-4\n  weight_decay: 0.05\n")
    cfg, _ = parse_train_args(["--config", str(f), "--optim.lr", "2e-5"])
    assert cfg.optim.lr == 2e-5  # CLI
    assert cfg.optim.weight_decay == 0.05  # file
    assert cfg.optim.beta1 == Config().optim.beta1  # default


def test_reference_recipe_command_line_maps_onto_the_config():
    argv = [
        "--save-frequency",
        "1",
        "--save-most-recent",
        "--zeroshot-frequency",
        "1",
        "--train-data",
        "train.csv",
        "--val-data",
        "val.csv",
        "--image-dir",
        "./datasets/",
        "--dataset-type",
        "csv",
        "--csv-separator",
        ",",
        "--csv-img-key",
        "image",
        "--csv-caption-key",
        "text",
        "--extra-aug",
        "--lr",
        "1e-6",
        "--beta1",
        "0.9",
        "--beta2",
        "0.95",
        "--lr-scheduler",
        "const",
        "--warmup",
        "0",
        "--wd",
        "0.2",
        "--batch-size",
        "128",
        "--epochs",
        "10",
        "--workers",
        "8",
        "--model",
        "hf-hub:apple/DFN5B-CLIP-ViT-H-14-384",
        "--cache-dir",
        "./models/clip",
        "--precision",
        "amp_bf16",
        "--local-loss",
        "--gather-with-grad",
        "--grad-checkpointing",
        "--log-every-n-steps",
        "32",
        "--seed",
        "0",
        "--logs",
        "./results_clip",
        "--name",
        "uwf_clip",
    ]
    cfg, print_only = parse_train_args(argv)
    assert not print_only
    assert cfg.data.train_data == "train.csv" and cfg.data.val_data == "val.csv" and cfg.data.image_dir == "./datasets/"
    assert cfg.data.csv_caption_key == "text" and cfg.data.extra_aug and cfg.data.workers == 8
    assert (
        cfg.optim.lr == 1e-6
        and cfg.optim.beta2 == 0.95
        and cfg.optim.scheduler == "const"
        and cfg.optim.weight_decay == 0.2
    )
    assert cfg.train.batch_size == 128 and cfg.train.epochs == 10 and cfg.train.precision == "amp_bf16"
    assert cfg.train.local_loss and cfg.train.gather_with_grad and cfg.model.grad_checkpointing
    assert cfg.train.save_most_recent and cfg.eval.zeroshot_frequency == 1 and cfg.train.name == "uwf_clip"
    assert cfg.model.name == "hf-hub:apple/DFN5B-CLIP-ViT-H-14-384"
    # The same run as a YAML file.
    ref = load_config(CONFIG_DIR / "reference.yaml", {"data.train_data": "train.csv", "data.val_data": "val.csv"})
    for section in ("optim", "train"):
        a, b = config_to_dict(ref)[section], config_to_dict(cfg)[section]
        assert {k: v for k, v in a.items() if k not in ("logs", "name")} == {
            k: v for k, v in b.items() if k not in ("logs", "name")
        }


def test_print_config_prints_yaml_and_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    code = main(
        ["train", "--print-config", "--train-data", str(tmp_path / "does-not-need-to-exist.csv"), "--lr", "3e-4"]
    )
    assert code == 0
    out = yaml.safe_load(capsys.readouterr().out)
    assert out["optim"]["lr"] == 3e-4
    assert out["data"]["train_data"].endswith("does-not-need-to-exist.csv")


def test_bad_config_file_exits_1_naming_the_key(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("train:\n  batchsize: 3\n")
    assert main(["train", "--config", str(bad), "--print-config"]) == 1
    assert "unknown key 'train.batchsize'" in capsys.readouterr().err


def test_yaml_exponent_floats_without_a_dot_are_read_as_numbers(tmp_path: Path):
    f = tmp_path / "exp.yaml"
    f.write_text("optim:\n  lr: 1e-6\n")  # PyYAML alone reads this as the string '1e-6'
    assert load_config(f).optim.lr == 1e-6
