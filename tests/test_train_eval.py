"""End to end through the real entry points: train a micro CLIP, then evaluate it zero-shot."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
import torch
import yaml
from safetensors.torch import load_file

from mmfundusclip.cli import main
from mmfundusclip.models import load_model, read_checkpoint_meta

pytestmark = pytest.mark.slow


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def _train_argv(data: dict[str, Path], logs: Path, *extra: str) -> list[str]:
    return [
        "train", "--train-data", str(data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16",
        "--epochs", "2", "--workers", "0", "--logs", str(logs), "--name", "run", "--lr", "1e-3", "--warmup", "2",
        "--train.device", "cpu", "--train.progress_bar", "false", *extra,
    ]  # fmt: skip


@pytest.fixture(scope="module")
def trained(tiny_data: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    logs = tmp_path_factory.mktemp("logs")
    argv = _train_argv(
        tiny_data, logs, "--eval.zeroshot_data", str(tiny_data["test"]), "--eval.bootstrap", "20", "--save-most-recent"
    )
    assert main(argv) == 0
    return logs / "run"


def test_run_folder_layout(trained: Path):
    cfg = yaml.safe_load((trained / "config.yaml").read_text())
    assert cfg["model"]["name"] == "mfc-micro-vit"
    assert cfg["meta"]["git_commit"] and cfg["meta"]["open_clip"].startswith("3.3")
    lines = [json.loads(x) for x in (trained / "metrics.jsonl").read_text().splitlines()]
    steps = [r for r in lines if "loss" in r]
    assert steps and all(np.isfinite(r["loss"]) for r in steps)
    assert {"lr", "samples_per_s_per_proc", "data_share", "eta_s", "logit_scale"} <= set(steps[0])
    assert any("zeroshot/macro_auc" in r for r in lines)
    for name in ("epoch_1", "epoch_2", "latest"):
        assert (trained / "checkpoints" / f"{name}.safetensors").is_file()
        assert (trained / "checkpoints" / f"{name}.state.pt").is_file()
    assert not list((trained / "checkpoints").glob("*.tmp"))
    assert (trained / "eval" / "during_training" / "zeroshot.json").is_file()


def test_checkpoint_carries_architecture_and_config(trained: Path):
    meta = read_checkpoint_meta(trained / "checkpoints" / "epoch_2.safetensors")
    assert meta["arch"] == "mfc-micro-vit" and meta["epoch"] == "2"
    assert yaml.safe_load(meta["config"])["train"]["batch_size"] == 16
    state = torch.load(trained / "checkpoints" / "epoch_2.state.pt", weights_only=True)
    assert state["step"] == 2 * (120 // 16) and state["epoch"] == 2


def test_checkpoint_reloads_to_the_same_weights(trained: Path):
    loaded = load_model(str(trained))  # run folder -> latest checkpoint
    saved = load_file(str(trained / "checkpoints" / "latest.safetensors"))
    for k, v in loaded.model.state_dict().items():
        assert torch.equal(v, saved[k]), k


def test_training_changes_the_weights(trained: Path):
    a = load_file(str(trained / "checkpoints" / "epoch_1.safetensors"))
    b = load_file(str(trained / "checkpoints" / "epoch_2.safetensors"))
    assert any(not torch.equal(a[k], b[k]) for k in a)


def test_existing_run_folder_is_refused(trained: Path, tiny_data: dict[str, Path], capsys: pytest.CaptureFixture[str]):
    assert main(_train_argv(tiny_data, trained.parent)) == 1
    assert "already exists" in capsys.readouterr().err


def test_batch_larger_than_data_is_refused_before_training(
    tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert main([*_train_argv(tiny_data, tmp_path), "--batch-size", "500"]) == 1
    err = capsys.readouterr().err
    assert "larger than the training set (120 rows" in err
    assert not list(tmp_path.rglob("*.safetensors"))


def test_eval_zeroshot_writes_the_contracted_reports(
    trained: Path, tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "zs"
    assert (
        main(
            [
                "eval",
                "zeroshot",
                "--model",
                str(trained),
                "--data",
                str(tiny_data["test"]),
                "--out",
                str(out),
                "--device",
                "cpu",
                "--bootstrap",
                "50",
                "--workers",
                "0",
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "macro" in printed and "AMD" in printed
    report = json.loads((out / "zeroshot.json").read_text())
    assert set(report["classes"]) == {"AMD", "DR", "RD", "RVO", "Healthy"}
    for c in report["classes"].values():
        for m in ("acc", "auc", "aupr"):
            assert isinstance(c[m], float)
    assert {"acc", "auc", "aupr"} <= set(report["macro"])
    rows = _rows(out / "zeroshot.csv")
    assert [r["label"] for r in rows] == ["AMD", "DR", "RD", "RVO", "Healthy", "avg"]
    # predictions.csv reproduces every per-class accuracy in the JSON.
    preds = _rows(out / "predictions.csv")
    assert len(preds) == 50 and set(preds[0]) == {"image", "label", "pred", "AMD", "DR", "RD", "RVO", "Healthy"}
    for label, c in report["classes"].items():
        mine = [p for p in preds if p["label"] == label]
        assert c["acc"] == pytest.approx(sum(p["pred"] == label for p in mine) / len(mine))
    probs = np.array([[float(p[k]) for k in ("AMD", "DR", "RD", "RVO", "Healthy")] for p in preds])
    assert np.allclose(probs.sum(1), 1.0, atol=1e-4)
    # The plots: ROC per class, confusion matrix (its cells are the prediction counts), reliability.
    from PIL import Image

    for name in ("roc.png", "confusion.png", "reliability.png"):
        with Image.open(out / name) as im:
            assert im.format == "PNG" and im.width > 300


def test_eval_rejects_labels_the_prompt_file_does_not_cover(
    trained: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = tmp_path / "odd.csv"
    data.write_text("image,label\nx.png,Glaucoma\ny.png,AMD\n")
    assert main(["eval", "zeroshot", "--model", str(trained), "--data", str(data), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert "['Glaucoma']" in err and "known labels" in err


def test_broken_training_images_are_skipped_counted_and_listed(
    tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    rows = _rows(tiny_data["captions"])
    (tmp_path / "broken.png").write_bytes(b"not a png")
    rows[0]["image"] = str(tmp_path / "broken.png")
    rows[1]["image"] = str(tmp_path / "missing.png")
    for r in rows:
        if not Path(r["image"]).is_absolute():
            r["image"] = str(tiny_data["captions"].parent / r["image"])
    bad_csv = tmp_path / "bad.csv"
    with open(bad_csv, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    argv = [
        "train",
        "--train-data",
        str(bad_csv),
        "--model",
        "mfc-micro-vit",
        "--batch-size",
        "16",
        "--epochs",
        "1",
        "--workers",
        "0",
        "--logs",
        str(tmp_path),
        "--name",
        "r",
        "--train.device",
        "cpu",
        "--data.max_bad_fraction",
        "0.05",
    ]
    assert main(argv) == 0
    skipped = _rows(tmp_path / "r" / "skipped.csv")
    assert {Path(s["path"]).name for s in skipped} == {"broken.png", "missing.png"}
    assert "2 image(s) could not be read" in capsys.readouterr().out
    # Over the threshold the run stops and names the first files.
    assert main([*argv[:-2], "--data.max_bad_fraction", "0.001", "--overwrite"]) == 1
    err = capsys.readouterr().err
    assert "could not be read" in err and ("broken.png" in err or "missing.png" in err)


def test_one_step_at_the_recipe_lr_changes_fp32_weights(tiny_data: dict[str, Path], tmp_path: Path):
    """With pure BF16 weights a 1e-6 update would round away; our master weights are fp32."""
    argv = [
        *_train_argv(tiny_data, tmp_path),
        "--lr",
        "1e-6",
        "--warmup",
        "0",
        "--lr-scheduler",
        "const",
        "--epochs",
        "1",
        "--save-frequency",
        "1",
    ]
    assert main(argv) == 0
    torch.manual_seed(0)
    init = load_model("mfc-micro-vit").model  # same seed as the trainer's init (train.seed 0)
    after = load_file(str(tmp_path / "run" / "checkpoints" / "epoch_1.safetensors"))
    assert after["visual.proj"].dtype == torch.float32
    diffs = [(v.float() - after[k]).abs().max().item() for k, v in init.state_dict().items() if k in after]
    # Same init (so the comparison is fair), moved by a few AdamW steps of size ~1e-6 each.
    assert max(diffs) < 1e-4
    assert sum(d > 0 for d in diffs) > len(diffs) // 2


def test_resume_latest_without_checkpoint_is_a_clear_error(
    tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert main([*_train_argv(tiny_data, tmp_path), "--resume", "latest"]) == 1
    assert "--resume latest" in capsys.readouterr().err


def test_resume_continues_from_the_saved_step(tiny_data: dict[str, Path], tmp_path: Path):
    assert main([*_train_argv(tiny_data, tmp_path), "--epochs", "1", "--save-most-recent"]) == 0
    assert main([*_train_argv(tiny_data, tmp_path), "--epochs", "2", "--resume", "auto"]) == 0
    lines = [json.loads(x) for x in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines() if '"loss"' in x]
    steps = [r["step"] for r in lines]
    assert steps == sorted(steps) and steps[-1] == 2 * (120 // 16)  # no step counted twice
    state = torch.load(tmp_path / "run" / "checkpoints" / "epoch_2.state.pt", weights_only=True)
    assert state["step"] == 2 * (120 // 16)


def test_tiny_variant_of_the_reference_recipe_runs(tiny_data: dict[str, Path], tmp_path: Path):
    argv = ["train", "--config", str(Path(__file__).resolve().parent.parent / "configs" / "reference-tiny.yaml"), "--data.train_data", str(tiny_data["captions"]), "--eval.zeroshot_data", str(tiny_data["test"]), "--train.logs", str(tmp_path)]  # fmt: skip
    assert main(argv) == 0
    run = tmp_path / "reference_tiny"
    assert (run / "checkpoints" / "latest.safetensors").is_file()
    assert (run / "eval" / "during_training" / "zeroshot.json").is_file()


def test_metrics_also_go_to_tensorboard_when_asked(tiny_data: dict[str, Path], tmp_path: Path):
    pytest.importorskip("tensorboard")
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    assert main([*_train_argv(tiny_data, tmp_path), "--epochs", "1", "--report-to", "tensorboard"]) == 0
    acc = EventAccumulator(str(tmp_path / "run" / "tensorboard"))
    acc.Reload()
    tags = acc.Tags()["scalars"]
    assert {"loss", "lr", "samples_per_s_per_proc"} <= set(tags)
    assert len(acc.Scalars("loss")) >= 1


def test_metrics_go_to_wandb_through_its_public_calls(
    tiny_data: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """A stand-in ``wandb`` module records the calls (the real package needs an account or
    WANDB_MODE=offline and a service process; what we own is which calls we make)."""
    import sys
    import types

    calls: list[tuple[str, object]] = []

    class Run:
        def log(self, data: dict, step: int | None = None) -> None:
            calls.append(("log", (dict(data), step)))

        def finish(self) -> None:
            calls.append(("finish", None))

    fake = types.ModuleType("wandb")
    fake.init = lambda **kw: calls.append(("init", kw)) or Run()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "wandb", fake)
    assert main([*_train_argv(tiny_data, tmp_path), "--epochs", "1", "--report-to", "wandb"]) == 0
    kinds = [c[0] for c in calls]
    assert kinds[0] == "init" and kinds[-1] == "finish" and kinds.count("init") == 1
    init = calls[0][1]
    assert init["project"] == "mmfundusclip" and init["name"] == "run" and init["config"]["optim"]["lr"] > 0
    logged = [c[1] for c in calls if c[0] == "log"]
    assert logged and all(isinstance(step, int) for _, step in logged)
    assert any("loss" in data for data, _ in logged)
    monkeypatch.setitem(sys.modules, "wandb", None)  # not installed
    assert main([*_train_argv(tiny_data, tmp_path / "again"), "--epochs", "1", "--report-to", "wandb"]) == 1
    assert "needs the wandb package: pip install wandb (WANDB_MODE=offline" in capsys.readouterr().err


def test_validation_loss_and_retrieval_are_logged(tiny_data: dict[str, Path], tmp_path: Path):
    assert main([*_train_argv(tiny_data, tmp_path), "--epochs", "1", "--val-data", str(tiny_data["captions"])]) == 0
    recs = [json.loads(x) for x in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()]
    val = [r for r in recs if "val/val_loss" in r]
    assert val and val[-1]["val/n"] == 120
    for k in ("val/i2t_R@1", "val/i2t_R@5", "val/t2i_R@10", "val/i2t_median_rank"):
        assert 0 <= val[-1][k] <= 120


def test_unknown_report_sink_is_named(capsys: pytest.CaptureFixture[str]):
    assert main(["train", "--print-config", "--report-to", "mlflow"]) == 1
    assert "train.report_to" in capsys.readouterr().err
