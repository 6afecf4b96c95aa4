"""Few-shot probes and the embed command through the CLI, on a micro model."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from helpers import subset_csv
from mmfundusclip.cli import main
from mmfundusclip.eval.probe import few_shot_probe, parse_shots

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(tiny_data: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    logs = tmp_path_factory.mktemp("probe_logs")
    argv = ["train", "--train-data", str(tiny_data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16", "--epochs", "1", "--workers", "0", "--logs", str(logs), "--name", "run", "--train.device", "cpu"]  # fmt: skip
    assert main(argv) == 0
    return logs / "run"


def test_parse_shots():
    assert parse_shots("1, 4,full") == [1, 4, "full"]
    with pytest.raises(ValueError, match="'0' is not a positive"):
        parse_shots("0,2")


def test_probe_on_separable_features_learns_and_draws_k_per_class():
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 8)) * 3
    ytr, yte = np.repeat(np.arange(3), 20), np.repeat(np.arange(3), 10)
    xtr, xte = centres[ytr] + rng.normal(size=(60, 8)), centres[yte] + rng.normal(size=(30, 8))
    res = few_shot_probe(xtr, ytr, xte, yte, ["a", "b", "c"], shots=[1, 4, "full"], draws=3)
    assert res["shots"]["4"]["train_per_class"] == {"a": 4, "b": 4, "c": 4}
    assert res["shots"]["4"]["draws"] == 3 and res["shots"]["full"]["draws"] == 1
    assert res["shots"]["full"]["mean"]["accuracy"] > 0.9
    assert res["shots"]["full"]["mean"]["accuracy"] >= res["shots"]["1"]["mean"]["accuracy"] - 0.05


def test_probe_needs_two_classes():
    with pytest.raises(ValueError, match="at least two classes"):
        few_shot_probe(np.zeros((4, 2)), np.zeros(4, int), np.zeros((2, 2)), np.zeros(2, int), ["a", "b"], shots=[1])


def test_eval_probe_command(run: Path, tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "probe"
    argv = ["eval", "probe", "--model", str(run), "--train", str(tiny_data["test"]), "--test", str(tiny_data["test"]), "--out", str(out), "--shots", "1,2,full", "--draws", "2", "--workers", "0"]  # fmt: skip
    assert main(argv) == 0
    res = json.loads((out / "probe.json").read_text())
    assert set(res["shots"]) == {"1", "2", "full"} and res["n_test"] == 50
    assert res["provenance"]["torch"] and res["provenance"]["git_commit"]
    rows = list(csv.DictReader(open(out / "probe.csv", newline="")))  # noqa: SIM115
    assert [r["shots"] for r in rows] == ["1", "2", "full"]
    assert "macro AUC" in capsys.readouterr().out


def test_eval_probe_rejects_test_labels_missing_from_train(
    run: Path, tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    train = subset_csv(tiny_data["test"], tmp_path / "train.csv", lambda r: r["label"] in ("AMD", "DR"))
    assert (
        main(
            [
                "eval",
                "probe",
                "--model",
                str(run),
                "--train",
                str(train),
                "--test",
                str(tiny_data["test"]),
                "--out",
                str(tmp_path / "o"),
            ]
        )
        == 1
    )
    assert "do not occur in the training set" in capsys.readouterr().err


def test_embed_images_and_texts(
    run: Path, tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert (
        main(
            [
                "embed",
                "--model",
                str(run),
                "--images",
                str(tiny_data["test"]),
                "--out",
                str(tmp_path / "img.npy"),
                "--workers",
                "0",
            ]
        )
        == 0
    )
    feats = np.load(tmp_path / "img.npy")
    ids = list(csv.DictReader(open(tmp_path / "img.ids.csv", newline="")))  # noqa: SIM115
    assert feats.shape == (50, 32) and len(ids) == 50
    assert np.allclose(np.linalg.norm(feats, axis=1), 1.0, atol=1e-5)
    (tmp_path / "t.txt").write_text("diabetic retinopathy\nnormal fundus\n")
    assert (
        main(["embed", "--model", str(run), "--texts", str(tmp_path / "t.txt"), "--out", str(tmp_path / "txt.npy")])
        == 0
    )
    assert np.load(tmp_path / "txt.npy").shape == (2, 32)
    # Folder input; and a broken file is left out and reported, never replaced.
    import shutil

    folder = tmp_path / "images"
    shutil.copytree(tiny_data["test"].parent / "images", folder)
    (folder / "zz_broken.png").write_bytes(b"\x89PNG\r\n\x1a\n cut short")
    capsys.readouterr()
    assert (
        main(
            ["embed", "--model", str(run), "--images", str(folder), "--out", str(tmp_path / "f.npy"), "--workers", "0"]
        )
        == 0
    )
    assert np.load(tmp_path / "f.npy").shape[0] == 50
    ids = [r["id"] for r in csv.DictReader(open(tmp_path / "f.ids.csv", newline=""))]  # noqa: SIM115
    assert len(ids) == 50 and "zz_broken.png" not in ids
    printed = capsys.readouterr()
    assert (
        "1 unreadable image(s) left out" in printed.out and "skipped " in printed.err and "zz_broken.png" in printed.err
    )


def test_embed_wants_npy_or_parquet(
    run: Path, tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert (
        main(["embed", "--model", str(run), "--images", str(tiny_data["test"]), "--out", str(tmp_path / "x.h5")]) == 1
    )
    assert "write a .npy file" in capsys.readouterr().err


def test_embed_parquet_has_ids_and_the_same_vectors(run: Path, tiny_data: dict[str, Path], tmp_path: Path):
    import pyarrow.parquet as pq

    base = ["embed", "--model", str(run), "--images", str(tiny_data["test"]), "--workers", "0"]
    assert main([*base, "--out", str(tmp_path / "e.parquet")]) == 0
    assert main([*base, "--out", str(tmp_path / "e.npy")]) == 0
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == ["id", "embedding"]
    ids = [r["id"] for r in csv.DictReader(open(tmp_path / "e.ids.csv", newline=""))]  # noqa: SIM115
    assert table.column("id").to_pylist() == ids
    assert np.allclose(np.array(table.column("embedding").to_pylist()), np.load(tmp_path / "e.npy"), atol=1e-6)
    assert table.schema.metadata[b"normalised"] == b"true"


def test_zero_shot_head_starts_as_the_zero_shot_classifier_and_learns_from_shots():
    from mmfundusclip.eval.probe import fit_zero_shot_head

    rng = np.random.default_rng(0)
    dim, k = 16, 3
    centres = rng.normal(size=(k, dim))
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)

    def feats(y: np.ndarray) -> np.ndarray:
        x = centres[y] + 0.15 * rng.normal(size=(len(y), dim))
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    ytr, yte = np.repeat(np.arange(k), 4), np.repeat(np.arange(k), 30)
    xtr, xte = feats(ytr), feats(yte)
    good = centres.T  # text weights pointing at the right class centres
    zs = fit_zero_shot_head(xtr, ytr, xte, good, 20.0, steps=0)
    logits = 20.0 * xte @ good
    expected = np.exp(logits - logits.max(1, keepdims=True))
    assert np.allclose(zs, expected / expected.sum(1, keepdims=True), atol=1e-5)  # exactly zero-shot before fitting
    swapped = good[:, [1, 0, 2]]  # prompts of classes 0 and 1 swapped: zero-shot gets them wrong
    before = (fit_zero_shot_head(xtr, ytr, xte, swapped, 20.0, steps=0).argmax(1) == yte).mean()
    after = (fit_zero_shot_head(xtr, ytr, xte, swapped, 20.0, steps=50, l2=0.01).argmax(1) == yte).mean()
    assert before < 0.5 and after > 0.9, (before, after)


def test_eval_probe_zeroshot_init(
    run: Path, tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "probe"
    argv = ["eval", "probe", "--model", str(run), "--train", str(tiny_data["test"]), "--test", str(tiny_data["test"]), "--out", str(out), "--shots", "2", "--draws", "1", "--workers", "0", "--zeroshot-init"]  # fmt: skip
    assert main(argv) == 0
    res = json.loads((out / "probe.json").read_text())
    assert set(res["zeroshot_init"]) == {"0", "2"}
    rows = list(csv.DictReader(open(out / "probe_zeroshot_init.csv", newline="")))  # noqa: SIM115
    assert [r["shots"] for r in rows] == ["0", "2"]
    assert "initialised with the zero-shot classifier" in capsys.readouterr().out
    bad = tmp_path / "classes.yaml"
    bad.write_text("templates: ['{}']\nclasses:\n  AMD: macular degeneration\n", encoding="utf-8")
    assert main([*argv[:-1], "--zeroshot-init", "--classes", str(bad), "--out", str(tmp_path / "p2")]) == 1
    assert "has no prompts for label(s)" in capsys.readouterr().err
