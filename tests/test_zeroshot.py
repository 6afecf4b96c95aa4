"""Zero-shot evaluation: prompt files (simple and rich forms, bad ones), several models side by
side, reports, and paths that must exist."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
import torch

from helpers import subset_csv
from mmfundusclip.cli import main
from mmfundusclip.data.csvdata import DataError
from mmfundusclip.eval.zeroshot import class_weights, load_prompt_set
from mmfundusclip.models import ModelLoadError, load_model


@pytest.fixture(scope="module")
def run(tiny_data: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    logs = tmp_path_factory.mktemp("zs_logs")
    argv = ["train", "--train-data", str(tiny_data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16", "--epochs", "1", "--workers", "0", "--logs", str(logs), "--name", "run", "--train.device", "cpu"]  # fmt: skip
    assert main(argv) == 0
    return logs / "run"


@pytest.mark.parametrize(
    "text, message",
    [
        ("templates: []\nclasses: {AMD: x}\n", "'templates' is empty"),
        ("templates: ['{}']\nclasses: {AMD: ''}\n", "class 'AMD' has no name"),
        ("templates: ['{}']\nclasses: {AMD: {descriptions: [a]}}\n", "class 'AMD' has no name"),
        ("templates: ['{}']\nclasses: {AMD: {name: amd, descriptions: ['']}}\n", "class 'AMD': 'descriptions'"),
        ("templates: ['no placeholder']\nclasses: {AMD: x}\n", "exactly one '{}'"),
        ("templates: ['{}']\n", "needs 'classes:'"),
        ("templates: ['{}']\nclases: {AMD: x}\n", "needs 'classes:'"),
        ("templates: ['{}']\nclasses: {AMD: x}\ngraed: true\n", "unknown key(s) ['graed']; a class prompt file has"),
        (
            "templates: ['{}']\nclasses: {AMD: {name: amd, descrptions: [a]}}\n",
            "class 'AMD': unknown key(s) ['descrptions']; a class has 'name' and 'descriptions'",
        ),
    ],
)
def test_bad_prompt_files_are_named(tmp_path: Path, text: str, message: str):
    f = tmp_path / "classes.yaml"
    f.write_text(text)
    with pytest.raises(DataError, match=re.escape(message)):
        load_prompt_set(f)


def test_unknown_shipped_set_lists_the_shipped_ones():
    with pytest.raises(DataError, match="paper5"):
        load_prompt_set("no-such-set")


def test_rich_form_adds_descriptions_and_graded_flag():
    prompts = load_prompt_set("paper5")
    amd = prompts.prompts("AMD")
    assert amd[0] == "age-related macular degeneration" and any("drusen" in p for p in amd)
    assert prompts.prompts("AMD", bare=True) == ["age-related macular degeneration"]
    assert load_prompt_set("dr_grading").graded and not prompts.graded


def test_class_weight_is_the_normalised_mean_of_normalised_prompt_embeddings(run: Path):
    loaded = load_model(str(run))
    prompts = load_prompt_set("paper5")
    with torch.no_grad():
        w = class_weights(loaded.model, loaded.tokenizer, prompts, torch.device("cpu"))
        emb = loaded.model.encode_text(loaded.tokenizer(prompts.prompts("DR")), normalize=True).mean(0)
    assert w.shape[1] == 5
    assert torch.allclose(w[:, prompts.labels.index("DR")], emb / emb.norm(), atol=1e-6)


def test_several_models_side_by_side(
    run: Path, tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "cmp"
    argv = ["eval", "zeroshot", "--model", str(run), "--model", str(run / "checkpoints" / "epoch_1.safetensors"), "--data", str(tiny_data["test"]), "--out", str(out), "--bootstrap", "20", "--workers", "0"]  # fmt: skip
    assert main(argv) == 0
    assert "side by side" in capsys.readouterr().out
    rows = list(csv.DictReader(open(out / "comparison.csv", newline="")))  # noqa: SIM115
    assert len(rows) == 2 and rows[0]["macro AUC"] == rows[1]["macro AUC"]  # the same weights twice
    assert (out / "comparison.md").read_text().count("\n") == 4
    for sub in (p for p in out.iterdir() if p.is_dir()):
        assert {"zeroshot.json", "zeroshot.csv", "zeroshot.md", "predictions.csv"} <= {f.name for f in sub.iterdir()}
    report = json.loads(next(out.glob("*/zeroshot.json")).read_text())
    for key in ("kappa", "ece", "brier", "accuracy"):
        assert isinstance(report[key], float)
    assert "f1" in report["macro"] and "sens_at_spec" in report["classes"]["AMD"]


def test_models_with_the_same_folder_name_get_their_own_reports(
    run: Path, tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    # Checkpoints of two runs are both "checkpoints/epoch_1.safetensors": one report must not overwrite the other.
    other = tmp_path / "other_run"
    shutil.copytree(run, other)
    a, b = run / "checkpoints" / "epoch_1.safetensors", other / "checkpoints" / "epoch_1.safetensors"
    out = tmp_path / "cmp"
    argv = ["eval", "zeroshot", "--model", str(a), "--model", str(b), "--data", str(tiny_data["test"]), "--out", str(out), "--bootstrap", "20", "--workers", "0"]  # fmt: skip
    assert main(argv) == 0
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders == ["checkpoints-epoch_1.safetensors", "checkpoints-epoch_1.safetensors-2"]
    paired = out / "paired_checkpoints-epoch_1.safetensors-2_vs_checkpoints-epoch_1.safetensors.md"
    assert paired.is_file() and str(paired.with_suffix("")) in capsys.readouterr().out


def test_pretrained_count_must_match_models(
    run: Path, tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    argv = ["eval", "zeroshot", "--model", str(run), "--model", str(run), "--pretrained", "x", "--data", str(tiny_data["test"]), "--out", str(tmp_path)]  # fmt: skip
    assert main(argv) == 1
    assert "once per model" in capsys.readouterr().err


def test_a_missing_checkpoint_is_an_error_never_the_base_model(
    tmp_path: Path, tiny_data: dict[str, Path], capsys: pytest.CaptureFixture[str]
):
    with pytest.raises(ModelLoadError, match="not found"):
        load_model(str(tmp_path / "no_such_run"))
    with pytest.raises(ModelLoadError, match="not found"):
        load_model("epoch_9.safetensors")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelLoadError, match="holds no checkpoints"):
        load_model(str(tmp_path / "empty"))
    assert (
        main(
            [
                "eval",
                "zeroshot",
                "--model",
                str(tmp_path / "gone" / "epoch_3.safetensors"),
                "--data",
                str(tiny_data["test"]),
                "--out",
                str(tmp_path / "o"),
            ]
        )
        == 1
    )
    assert "not found" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_single_class_set_reports_auc_as_undefined(
    run: Path, tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    one = subset_csv(tiny_data["test"], tmp_path / "one.csv", lambda r: r["label"] == "AMD")
    assert (
        main(
            [
                "eval",
                "zeroshot",
                "--model",
                str(run),
                "--data",
                str(one),
                "--out",
                str(tmp_path / "o"),
                "--bootstrap",
                "0",
                "--workers",
                "0",
            ]
        )
        == 0
    )
    report = json.loads((tmp_path / "o" / "zeroshot.json").read_text())
    assert report["classes"]["AMD"]["auc"] is None and report["classes"]["DR"]["absent"]
    assert report["macro"]["auc"] is None
    # ... and says why, in the JSON, on the console and in the Markdown summary.
    reason = report["undefined"]["auc"]
    assert reason.startswith("all 10 image(s) are 'AMD': ranking a class needs images with and without it")
    assert report["undefined"]["aupr"] == reason and report["undefined"]["sens_at_spec"] == reason
    assert f"undefined auc, aupr, sens_at_spec: {reason}" in capsys.readouterr().out
    assert f"Undefined auc, aupr, sens_at_spec: {reason}." in (tmp_path / "o" / "zeroshot.md").read_text()


def test_multi_model_multi_set_script(run: Path, tiny_data: dict[str, Path], tmp_path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "eval_zeroshot_script", Path(__file__).resolve().parent.parent / "scripts" / "eval_zeroshot.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    from mmfundusclip.eval.datasets import make_replica

    amd_dr = subset_csv(tiny_data["test"], tmp_path / "amd_dr.csv", lambda r: r["label"] in ("AMD", "DR"))
    (tmp_path / "b").mkdir()
    same_name = subset_csv(tiny_data["test"], tmp_path / "b" / "amd_dr.csv", lambda r: r["label"] == "RD")
    rfmid = make_replica("rfmid", tmp_path / "RFMiD", n=12)
    assert script.parse_set(f"rfmid@{rfmid}") == ("rfmid", str(rfmid), None)
    assert script.parse_set("x@y.csv:glaucoma") == (None, "x@y.csv", "glaucoma")  # not a layout: a path
    argv = ["--model", str(run), "--model", str(run / "checkpoints" / "epoch_1.safetensors"), "--set", f"{tiny_data['test']}:paper5", "--set", str(amd_dr), "--set", str(same_name), "--set", f"rfmid@{rfmid}", "--out", str(tmp_path / "zs"), "--device", "cpu", "--bootstrap", "0", "--workers", "0"]  # fmt: skip
    assert script.main(argv) == 0
    rows = list(csv.DictReader(open(tmp_path / "zs" / "summary.csv", newline="")))  # noqa: SIM115
    assert [r["n"] for r in rows] == ["50", "50", "20", "20", "10", "10", "12", "12"]
    assert [r["classes"] for r in rows[-2:]] == ["rfmid", "rfmid"] and rows[-1]["macro auc"] != "n/a"
    assert rows[-1]["kappa"] == "n/a"  # multi-label: no kappa
    assert (tmp_path / "zs" / "summary.md").read_text().count("\n") == 10
    sets = sorted(p.name for p in (tmp_path / "zs").iterdir() if p.is_dir())
    assert len(sets) == 4 and all((tmp_path / "zs" / s / "comparison.md").is_file() for s in sets)


def test_fov_crop_in_training_and_evaluation(run: Path, tiny_data: dict[str, Path], tmp_path: Path):
    argv = ["train", "--train-data", str(tiny_data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16", "--epochs", "1", "--workers", "0", "--logs", str(tmp_path), "--name", "fov", "--train.device", "cpu", "--data.fov_crop", "true"]  # fmt: skip
    assert main(argv) == 0
    out = tmp_path / "zs"
    assert (
        main(
            [
                "eval",
                "zeroshot",
                "--model",
                str(tmp_path / "fov"),
                "--data",
                str(tiny_data["test"]),
                "--out",
                str(out),
                "--fov-crop",
                "--bootstrap",
                "0",
                "--workers",
                "0",
            ]
        )
        == 0
    )
    assert json.loads((out / "zeroshot.json").read_text())["n"] == 50


def test_feature_cache_skips_the_image_pass_when_rescoring(
    run: Path, tiny_data: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import os

    from mmfundusclip.data.csvdata import LabelledImageDataset

    reads = {"n": 0}
    real = LabelledImageDataset.__getitem__

    def counting(self, index):  # noqa: ANN001, ANN202
        reads["n"] += 1
        return real(self, index)

    monkeypatch.setattr(LabelledImageDataset, "__getitem__", counting)
    base = ["eval", "zeroshot", "--model", str(run), "--data", str(tiny_data["test"]), "--bootstrap", "0", "--workers", "0", "--feature-cache", str(tmp_path / "cache")]  # fmt: skip
    assert main([*base, "--out", str(tmp_path / "a")]) == 0
    assert reads["n"] == 50
    # New prompts (the bare-name prompt file), same model and images: no image is read again.
    bare = tmp_path / "bare.yaml"
    bare.write_text("templates: ['{}']\nclasses: {AMD: amd, DR: dr, RD: rd, RVO: rvo, Healthy: normal}\n")
    assert main([*base, "--out", str(tmp_path / "b"), "--classes", str(bare)]) == 0
    assert reads["n"] == 50
    a = json.loads((tmp_path / "a" / "zeroshot.json").read_text())
    assert main([*base, "--out", str(tmp_path / "c")]) == 0
    assert json.loads((tmp_path / "c" / "zeroshot.json").read_text())["macro"] == a["macro"]
    assert reads["n"] == 50
    # A changed image file changes the key: the pass runs again.
    img = next((tiny_data["test"].parent / "images").glob("*.png"))
    os.utime(img, ns=(img.stat().st_atime_ns, img.stat().st_mtime_ns + 1_000_000_000))
    assert main([*base, "--out", str(tmp_path / "d")]) == 0
    assert reads["n"] == 100


def _eval(tmp_path: Path, data: Path, *extra: str) -> dict:
    out = tmp_path / "o"
    argv = ["eval", "zeroshot", "--model", "mfc-micro-vit", "--data", str(data), "--out", str(out), "--workers", "0", "--bootstrap", "20", *extra]  # fmt: skip
    torch.manual_seed(0)  # the micro model is randomly initialised: the same weights in every call
    assert main(argv) == 0
    return json.loads((out / "zeroshot.json").read_text())


def test_missing_and_broken_images_are_counted_listed_and_reported(
    tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = subset_csv(tiny_data["test"], tmp_path / "t.csv", lambda r: True)
    rows = list(csv.DictReader(open(data, newline="")))  # noqa: SIM115
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    rows += [{**rows[0], "image": str(tmp_path / "gone.png")}, {**rows[1], "image": str(broken)}]
    with open(data, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    report = _eval(tmp_path, data)
    assert report["n"] == 50 and report["skipped"] == 2
    listed = {Path(r["path"]).name: r["reason"] for r in csv.DictReader(open(tmp_path / "o" / "skipped.csv"))}  # noqa: SIM115
    assert set(listed) == {"gone.png", "broken.png"} and "FileNotFoundError" in listed["gone.png"]
    assert "2 image(s) could not be read and were left out" in capsys.readouterr().out
    assert "2 image(s) could not be read" in (tmp_path / "o" / "zeroshot.md").read_text()
    predicted = [r["image"] for r in csv.DictReader(open(tmp_path / "o" / "predictions.csv"))]  # noqa: SIM115
    assert len(predicted) == 50 and str(broken) not in predicted


def test_the_papers_csv_format_and_custom_columns(tiny_data: dict[str, Path], tmp_path: Path):
    rows = list(csv.DictReader(open(tiny_data["test"], newline="")))  # noqa: SIM115
    root = tiny_data["test"].parent
    paper = tmp_path / "test.csv"  # the paper's own layout: Image ID,Diagnosis
    with open(paper, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Image ID", "Diagnosis"])
        w.writerows([str(root / r["image"]), r["label"]] for r in rows)
    report = _eval(tmp_path, paper)
    assert report["n"] == 50 and set(report["classes"]) == {"AMD", "DR", "RD", "RVO", "Healthy"}
    assert (
        report["classes"]["RVO"]["name"] == "retinal vein occlusion"
        and report["classes"]["Healthy"]["name"] == "normal"
    )
    own = tmp_path / "own.csv"
    with open(own, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "dx", "subject"])
        w.writerows([r["image"], r["label"], f"s{i // 2}"] for i, r in enumerate(rows))
    argv = ["--img-key", "file", "--label-key", "dx", "--image-dir", str(root), "--patient-key", "subject"]
    custom = _eval(tmp_path, own, *argv)
    assert custom["n"] == 50 and custom["bootstrap"]["unit"] == "patient"
    assert custom["classes"]["AMD"]["auc"] == pytest.approx(report["classes"]["AMD"]["auc"])
    assert _eval(tmp_path, own, *argv[:-2])["bootstrap"]["unit"] == "image"  # no 'patient' column


def test_paper_compat_scoring_end_to_end(tiny_data: dict[str, Path], tmp_path: Path):
    def probs(*extra: str) -> tuple[dict, list[list[float]]]:
        report = _eval(tmp_path, tiny_data["test"], *extra)
        rows = list(csv.DictReader(open(tmp_path / "o" / "predictions.csv")))  # noqa: SIM115
        return report, [[float(r[k]) for k in report["classes"]] for r in rows]

    report, ours = probs()
    paper, theirs = probs("--paper-compat")
    assert report["scoring"] == "softmax(logit_scale*cos)" and paper["scoring"].startswith("softmax(sigmoid(")
    assert paper["prompts"]["classes"]["AMD"] == ["age-related macular degeneration"]  # bare names, no templates
    assert len(report["prompts"]["classes"]["AMD"]) > 1
    # softmax over sigmoids in (0, 1): every probability lies between 1/(1 + 4e) and e/(e + 4) for 5 classes,
    # and the ranking of classes is the plain softmax's, for the same logits (bare prompts give other logits,
    # so compare only the bounds here).
    low, high = 1 / (1 + 4 * torch.e), torch.e / (torch.e + 4)
    assert all(low < p < high for row in theirs for p in row)
    assert max(p for row in ours for p in row) > high or min(p for row in ours for p in row) < low


def test_sensitivity_at_a_chosen_specificity(tiny_data: dict[str, Path], tmp_path: Path):
    report = _eval(tmp_path, tiny_data["test"], "--specificity", "0.8")
    assert report["specificity_for_sens_at_spec"] == 0.8
    assert "sens. at 80 % spec." in (tmp_path / "o" / "zeroshot.md").read_text()
    default = _eval(tmp_path, tiny_data["test"])
    assert default["specificity_for_sens_at_spec"] == 0.9
    for label, c in report["classes"].items():  # a looser specificity never lowers the sensitivity
        assert c["sens_at_spec"] >= default["classes"][label]["sens_at_spec"], label


@pytest.mark.parametrize("value", ["1", "0", "-0.2", "x"])
def test_a_bad_specificity_is_refused(value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        main(["eval", "zeroshot", "--model", "m", "--data", "d", "--out", str(tmp_path), "--specificity", value])
    err = capsys.readouterr().err
    assert "argument --specificity" in err
    if value != "x":
        assert "specificity must be between 0 and 1 (exclusive)" in err


def test_every_model_path_is_checked_before_the_first_is_evaluated(
    tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "o"
    for task in ("zeroshot", "retrieval"):
        data = tiny_data["test"] if task == "zeroshot" else tiny_data["captions"]
        base = ["eval", task, "--data", str(data), "--out", str(out), "--workers", "0", "--model", "mfc-micro-vit"]
        assert main([*base, "--model", str(tmp_path / "runs" / "missing_run")]) == 1
        assert "checkpoint or run folder not found" in capsys.readouterr().err
        assert main([*base, "--model", f"local-dir:{tmp_path / 'no_export'}"]) == 1
        assert "local-dir: folder not found" in capsys.readouterr().err
        assert not out.exists()  # the first model was not evaluated either
    argv = ["eval", "zeroshot", "--data", str(tiny_data["test"]), "--out", str(out), "--model", "mfc-micro-vit"]
    assert main([*argv, "--pretrained", str(tmp_path / "weights.safetensors")]) == 1
    assert "--pretrained checkpoint file not found" in capsys.readouterr().err


def test_a_named_patient_column_must_exist(
    tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    argv = [
        "eval",
        "zeroshot",
        "--model",
        "mfc-micro-vit",
        "--data",
        str(tiny_data["test"]),
        "--out",
        str(tmp_path / "o"),
    ]
    assert main([*argv, "--patient-key", "subjet"]) == 1  # a typo would otherwise give image-level intervals
    assert "no patient column 'subjet' (--patient-key)" in capsys.readouterr().err
    assert main([*argv, "--patient-key", "subject", "--dataset", "aptos2019"]) == 1
    assert "--patient-key is for CSVs of one's own" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
