"""The demo end to end at a reduced size: same code path as `mmfundusclip demo`, fewer images."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from mmfundusclip.cli import main
from mmfundusclip.demo import run_demo

pytestmark = pytest.mark.slow


def test_demo_end_to_end_small(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "demo"
    assert run_demo(out, train_images=130, val_images=25, test_images=50, epochs=2, image_size=64) == 0
    printed = capsys.readouterr().out
    assert "held-out macro AUC" in printed and "report:" in printed
    assert "identifiers removed from the notes: " in printed and "MRN 130" in printed  # one record number per note
    report = json.loads((out / "eval" / "zeroshot.json").read_text())
    assert report["n"] == 50
    assert report["provenance"]["mmfundusclip"] and report["provenance"]["open_clip"]  # code version with every report
    assert isinstance(report["macro"]["auc"], float) and 0.0 <= report["macro"]["auc"] <= 1.0
    assert set(report["classes"]) == {"AMD", "DR", "RD", "RVO", "Healthy"}
    for name in ("zeroshot.csv", "predictions.csv"):
        assert (out / "eval" / name).is_file()
    cfg = yaml.safe_load((out / "config.yaml").read_text())
    assert cfg["model"]["name"] == "mfc-tiny-vit" and cfg["meta"]["git_commit"]
    assert (out / "metrics.jsonl").read_text().strip()
    assert list((out / "checkpoints").glob("epoch_*.safetensors"))
    captions = (out / "data" / "train" / "captions.csv").read_text().splitlines()
    assert captions[0].startswith("image,caption") and len(captions) == 131
    # Held-out images are not training images.
    train_imgs = {line.split(",")[0] for line in captions[1:]}
    test_imgs = {line.split(",")[0] for line in (out / "data" / "test" / "test.csv").read_text().splitlines()[1:]}
    assert not {Path(p).name for p in train_imgs} & {Path(p).name for p in test_imgs}


def test_demo_overwrite_replaces_the_folder(tmp_path: Path):
    out = tmp_path / "demo"
    out.mkdir()
    (out / "old.txt").write_text("x")
    assert (
        main(
            [
                "demo",
                "--out",
                str(out),
                "--overwrite",
                "--train-images",
                "65",
                "--test-images",
                "10",
                "--epochs",
                "1",
                "--image-size",
                "64",
            ]
        )
        == 0
    )
    assert not (out / "old.txt").exists()
    assert (out / "eval" / "zeroshot.json").is_file()
