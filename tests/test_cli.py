"""The command line: usage errors exit 2, input errors exit 1 with the file or key named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mmfundusclip.cli import main


def test_unknown_command_prints_usage_and_exits_2(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exc:
        main(["fly"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "usage: mmfundusclip" in err and "invalid choice: 'fly'" in err


def test_no_command_prints_usage_and_exits_2(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2
    assert "usage: mmfundusclip" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv", [["demo", "--fast"], ["train", "--learning-rate", "1"], ["eval", "zeroshot", "--model", "x"]]
)
def test_bad_flag_prints_usage_and_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_console_script_runs_as_a_module():
    out = subprocess.run(
        [sys.executable, "-m", "mmfundusclip", "--version"], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0 and out.stdout.startswith("mmfundusclip ")


def test_demo_refuses_a_non_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    (tmp_path / "keep.txt").write_text("precious")
    assert main(["demo", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "not empty" in err and "--overwrite" in err
    assert (tmp_path / "keep.txt").read_text() == "precious"


def test_train_without_data_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["train", "--logs", str(tmp_path), "--name", "r", "--model", "mfc-micro-vit"]) == 1
    assert "no training data" in capsys.readouterr().err


def test_train_missing_csv_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["train", "--train-data", str(tmp_path / "nope.csv"), "--logs", str(tmp_path), "--name", "r"]) == 1
    assert "nope.csv" in capsys.readouterr().err


def test_unknown_model_is_a_clear_error(tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    argv = [
        "train",
        "--train-data",
        str(tiny_data["captions"]),
        "--model",
        "ViT-Q-99",
        "--logs",
        str(tmp_path),
        "--name",
        "r",
        "--batch-size",
        "8",
    ]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "unknown model 'ViT-Q-99'" in err


def test_hub_model_offline_without_cache_says_how_to_fetch(
    tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty_hf_home"))
    argv = [
        "train",
        "--train-data",
        str(tiny_data["captions"]),
        "--model",
        "hf-hub:apple/DFN5B-CLIP-ViT-H-14-384",
        "--logs",
        str(tmp_path),
        "--name",
        "r",
        "--batch-size",
        "8",
    ]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "apple/DFN5B-CLIP-ViT-H-14-378" in err and "hf download" in err


def test_train_accepts_the_double_dash_that_torchrun_launchers_put_first(capsys: pytest.CaptureFixture[str]):
    assert main(["train", "--", "--print-config", "--logs", "./x", "--lr", "2e-6"]) == 0
    out = capsys.readouterr().out
    assert "logs: ./x" in out and "lr: 2.0e-06" in out
