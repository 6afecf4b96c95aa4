"""Training features: gradient accumulation, frozen towers, SigLIP, non-finite losses, QuickGELU."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from mmfundusclip.cli import main
from mmfundusclip.config import load_config
from mmfundusclip.dist import DistInfo
from mmfundusclip.models import ModelLoadError, find_checkpoint, load_model
from mmfundusclip.train.task import ContrastiveTask
from mmfundusclip.train.trainer import Trainer

pytestmark = pytest.mark.slow


def _argv(data: dict[str, Path], logs: Path, *extra: str) -> list[str]:
    return [
        "train", "--train-data", str(data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16",
        "--epochs", "1", "--workers", "0", "--logs", str(logs), "--name", "run", "--lr", "1e-3",
        "--train.device", "cpu", "--train.progress_bar", "false", *extra,
    ]  # fmt: skip


def _initial_weights() -> dict[str, torch.Tensor]:
    torch.manual_seed(0)  # the trainer seeds with train.seed (0) right before building the model
    return {k: v.clone() for k, v in load_model("mfc-micro-vit").model.state_dict().items()}


def test_accumulated_micro_batches_give_the_gradient_of_one_big_batch(tiny_data: dict[str, Path], tmp_path: Path):
    cfg = load_config(
        overrides={
            "data.train_data": str(tiny_data["captions"]),
            "model.name": "mfc-micro-vit",
            "train.batch_size": 8,
            "optim.accum_freq": 2,
            "data.workers": 0,
        }
    )
    trainer = Trainer(cfg, tmp_path, DistInfo(0, 1, 0, torch.device("cpu")))
    trainer.setup()
    g = torch.Generator().manual_seed(3)
    images, texts = torch.randn(16, 3, 32, 32, generator=g), torch.randint(1, 2000, (16, 64), generator=g)

    def grads(batches: list[dict]) -> tuple[float, dict[str, torch.Tensor]]:
        trainer.optimizer.zero_grad(set_to_none=True)
        out = trainer._forward_backward(batches)
        return out["loss"].item(), {
            n: p.grad.clone() for n, p in trainer.loaded.model.named_parameters() if p.grad is not None
        }

    loss_full, full = grads([{"images": images, "second": texts, "size": 16}])
    loss_acc, acc = grads(
        [{"images": images[:8], "second": texts[:8], "size": 8}, {"images": images[8:], "second": texts[8:], "size": 8}]
    )
    trainer.cleanup()
    assert loss_acc == pytest.approx(loss_full, rel=1e-5)
    assert full.keys() == acc.keys() and len(full) > 10
    for name, g_full in full.items():
        assert torch.allclose(g_full, acc[name], rtol=1e-4, atol=1e-5 * g_full.abs().max().item()), name
    # And different from the naive sum of two half-batch losses (negatives only within each half).
    naive = ContrastiveTask(trainer.loaded.model, "clip", trainer.dist)
    trainer.optimizer.zero_grad(set_to_none=True)
    (naive(images[:8], texts[:8])["loss"] + naive(images[8:], texts[8:])["loss"]).backward()
    diff = max(
        (p.grad - full[n]).abs().max().item() for n, p in trainer.loaded.model.named_parameters() if p.grad is not None
    )
    assert diff > 1e-4


def test_accumulation_trains_end_to_end(tiny_data: dict[str, Path], tmp_path: Path):
    assert main([*_argv(tiny_data, tmp_path), "--batch-size", "8", "--accum-freq", "2"]) == 0
    state = torch.load(tmp_path / "run" / "checkpoints" / "epoch_1.state.pt", weights_only=True)
    assert state["step"] == 120 // 16 and state["batch_in_epoch"] == 0


def test_locked_image_tower_does_not_move(tiny_data: dict[str, Path], tmp_path: Path):
    assert main([*_argv(tiny_data, tmp_path), "--lock-image"]) == 0
    before, after = _initial_weights(), load_file(str(find_checkpoint(tmp_path / "run")))
    visual = [k for k in before if k.startswith("visual.")]
    text = [k for k in before if k.startswith(("transformer.", "token_embedding", "text_projection"))]
    assert visual and text
    assert all(torch.equal(before[k], after[k]) for k in visual)
    assert any(not torch.equal(before[k], after[k]) for k in text)


def test_locked_text_tower_with_the_last_group_unlocked(tiny_data: dict[str, Path], tmp_path: Path):
    # open_clip's groups, from the end: projection; last block + final LayerNorm; earlier blocks; embeddings.
    assert main([*_argv(tiny_data, tmp_path), "--lock-text", "--lock-text-unlocked-layers", "1"]) == 0
    before, after = _initial_weights(), load_file(str(find_checkpoint(tmp_path / "run")))
    frozen = [
        "token_embedding.weight",
        "positional_embedding",
        "transformer.resblocks.0.mlp.c_fc.weight",
        "ln_final.weight",
    ]
    assert all(torch.equal(before[k], after[k]) for k in frozen)
    assert not torch.equal(before["text_projection"], after["text_projection"])
    assert any(not torch.equal(before[k], after[k]) for k in before if k.startswith("visual."))


def test_siglip_loss_trains_and_its_checkpoint_evaluates(tiny_data: dict[str, Path], tmp_path: Path):
    assert main([*_argv(tiny_data, tmp_path), "--siglip"]) == 0
    weights = load_file(str(find_checkpoint(tmp_path / "run")))
    assert "logit_bias" in weights and weights["logit_bias"].item() != -10.0  # learned from -10
    out = tmp_path / "zs"
    assert (
        main(
            [
                "eval",
                "zeroshot",
                "--model",
                str(tmp_path / "run"),
                "--data",
                str(tiny_data["test"]),
                "--out",
                str(out),
                "--bootstrap",
                "0",
                "--workers",
                "0",
            ]
        )
        == 0
    )
    assert json.loads((out / "zeroshot.json").read_text())["n"] == 50


def test_non_finite_losses_are_skipped_then_stop_the_run(
    tiny_data: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    real = ContrastiveTask.loss_from
    calls = {"n": 0}
    bad_calls: set[int] = {3, 4}

    def sometimes_nan(self: ContrastiveTask, out: dict) -> dict:
        calls["n"] += 1
        res = real(self, out)
        if calls["n"] in bad_calls:
            res["loss"] = res["loss"] * float("nan")
        return res

    monkeypatch.setattr(ContrastiveTask, "loss_from", sometimes_nan)
    assert main([*_argv(tiny_data, tmp_path, "--epochs", "2")]) == 0
    records = [json.loads(x) for x in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in records if r.get("event") == "nonfinite_loss"] == [2, 2]
    state = torch.load(tmp_path / "run" / "checkpoints" / "epoch_2.state.pt", weights_only=True)
    assert state["step"] == 2 * 7 - 2  # two steps not applied
    # From the third batch of epoch 2 on, every loss is NaN: the run stops after 5 in a row.
    calls["n"] = 0
    bad_calls.clear()
    bad_calls.update(range(10, 1000))
    assert main([*_argv(tiny_data, tmp_path, "--epochs", "2", "--overwrite")]) == 1
    err = capsys.readouterr().err
    assert "5 non-finite losses in a row" in err and "last good checkpoint" in err
    load_model(str(find_checkpoint(tmp_path / "run")))  # epoch_1 is intact and loads


def test_quick_gelu_weights_into_a_gelu_model_are_refused_before_download():
    with pytest.raises(ModelLoadError, match="trained with QuickGELU.*ViT-H-14-378-quickgelu"):
        load_model("ViT-H-14-378", "dfn5b")


def test_checkpoint_activation_mismatch_is_refused(tiny_data: dict[str, Path], tmp_path: Path):
    assert main(_argv(tiny_data, tmp_path)) == 0
    with pytest.raises(ModelLoadError, match="quick_gelu=false"):
        load_model(str(tmp_path / "run"), force_quick_gelu=True)
