"""Exact resume: a run killed mid-epoch and resumed ends with the same weights as one that was
never interrupted; a kill during a checkpoint write leaves the previous checkpoint usable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from mmfundusclip.cli import main
from mmfundusclip.models import find_checkpoint, load_model
from mmfundusclip.train import checkpoint as ckpt_mod
from mmfundusclip.train.trainer import FAULT_KILL_ENV

pytestmark = pytest.mark.slow


def _argv(data: dict[str, Path], logs: Path, name: str, *extra: str) -> list[str]:
    return [
        "train", "--train-data", str(data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16",
        "--epochs", "2", "--logs", str(logs), "--name", name, "--lr", "1e-3", "--warmup", "3",
        "--extra-aug", "--train.device", "cpu", "--train.save_every_n_steps", "2", "--save-frequency", "1",
        "--train.progress_bar", "false", *extra,
    ]  # fmt: skip


def _same_weights(a: Path, b: Path) -> None:
    wa, wb = load_file(str(a)), load_file(str(b))
    assert wa.keys() == wb.keys()
    for k in wa:
        assert torch.equal(wa[k], wb[k]), f"{k} differs"


def test_killed_mid_epoch_and_resumed_matches_uninterrupted(tiny_data: dict[str, Path], tmp_path: Path):
    # Reference: never interrupted, data in the main process.
    assert main([*_argv(tiny_data, tmp_path, "ref"), "--workers", "0"]) == 0
    # Killed by SIGKILL after step 5 (epoch 1 has 7 steps; last checkpoint: step_4), two workers.
    # Only the newest step checkpoint is kept: pruning must not take away what resume needs.
    keep = ("--train.keep_step_checkpoints", "1")
    cmd = [sys.executable, "-m", "mmfundusclip", *_argv(tiny_data, tmp_path, "cut", *keep), "--workers", "2"]
    env = {**os.environ, FAULT_KILL_ENV: "5"}
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == -9, proc.stderr[-2000:]
    assert find_checkpoint(tmp_path / "cut").name == "step_4.safetensors"
    steps = sorted(p.name for p in (tmp_path / "cut" / "checkpoints").glob("step_*"))
    assert steps == ["step_4.safetensors", "step_4.state.pt"]  # step_2 pruned
    assert not (tmp_path / "cut" / "checkpoints" / "epoch_2.safetensors").exists()
    # Resumed with yet another worker count: every sample carries its own augmentation seed.
    assert main([*_argv(tiny_data, tmp_path, "cut", *keep), "--workers", "1", "--resume", "latest"]) == 0
    steps = sorted(p.name for p in (tmp_path / "cut" / "checkpoints").glob("step_*"))
    assert steps == ["step_14.safetensors", "step_14.state.pt"]
    assert (tmp_path / "cut" / "checkpoints" / "epoch_1.safetensors").is_file()  # epochs are never pruned
    _same_weights(
        tmp_path / "ref" / "checkpoints" / "epoch_2.safetensors",
        tmp_path / "cut" / "checkpoints" / "epoch_2.safetensors",
    )
    # The learning rate continued from the saved step, not from zero.
    ref = [json.loads(x) for x in (tmp_path / "ref" / "metrics.jsonl").read_text().splitlines() if '"lr"' in x]
    cut = [json.loads(x) for x in (tmp_path / "cut" / "metrics.jsonl").read_text().splitlines() if '"lr"' in x]
    assert {r["step"]: r["lr"] for r in ref}[14] == {r["step"]: r["lr"] for r in cut}[14]


def test_prune_step_checkpoints_keeps_the_newest_by_number_and_nothing_else(tmp_path: Path):
    for name in ["step_2", "step_10", "step_4", "step_9", "epoch_1", "latest", "step_best"]:
        (tmp_path / f"{name}.safetensors").write_bytes(b"w")
        (tmp_path / f"{name}.state.pt").write_bytes(b"s")
    deleted = ckpt_mod.prune_step_checkpoints(tmp_path, 2)
    assert sorted(p.name for p in deleted) == ["step_2.safetensors", "step_4.safetensors"]  # 10 > 9 > 4: numeric
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(
        f"{n}{ext}"
        for n in ["step_10", "step_9", "epoch_1", "latest", "step_best"]
        for ext in (".safetensors", ".state.pt")
    )
    with pytest.raises(ValueError, match="keep must be >= 1, got 0"):
        ckpt_mod.prune_step_checkpoints(tmp_path, 0)


def test_kill_during_checkpoint_write_keeps_the_previous_checkpoint(
    tiny_data: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    real_save = ckpt_mod.save_file
    calls = {"n": 0}

    def dying_save(tensors, filename, metadata=None):  # noqa: ANN001 - same signature as safetensors'
        calls["n"] += 1
        if calls["n"] == 3:  # the third weights file: write half of it, then "die"
            Path(filename).write_bytes(b"\x00" * 100)
            raise KeyboardInterrupt("killed during the write")
        return real_save(tensors, filename, metadata=metadata)

    monkeypatch.setattr(ckpt_mod, "save_file", dying_save)
    with pytest.raises(KeyboardInterrupt):
        main([*_argv(tiny_data, tmp_path, "r"), "--workers", "0"])
    ckpts = tmp_path / "r" / "checkpoints"
    assert list(ckpts.glob("*.tmp"))  # the cut-off write stayed a temporary file
    newest = find_checkpoint(tmp_path / "r")
    assert newest.name == "step_4.safetensors"
    load_model(str(newest))  # the previous checkpoint loads
    monkeypatch.setattr(ckpt_mod, "save_file", real_save)
    assert main([*_argv(tiny_data, tmp_path, "r"), "--workers", "0", "--resume", "latest"]) == 0
    assert (ckpts / "epoch_2.safetensors").is_file()


def test_resume_with_a_checkpoint_of_another_model_is_refused(
    tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert main([*_argv(tiny_data, tmp_path, "micro"), "--workers", "0", "--epochs", "1"]) == 0
    other = find_checkpoint(tmp_path / "micro")
    argv = [*_argv(tiny_data, tmp_path, "tiny"), "--model", "mfc-tiny-vit", "--workers", "0", "--resume", str(other)]
    assert main(argv) == 1
    assert "different model" in capsys.readouterr().err
