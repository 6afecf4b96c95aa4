"""Public data set layouts: each loader reads a synthetic replica of its published layout end to end,
variants (case, wrapper folders, the other RFMiD layout) load, wrong input is named; multi-label
metrics agree with scikit-learn; one zero-shot run per kind (graded, single-label, multi-label)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from mmfundusclip.cli import main
from mmfundusclip.data.csvdata import DataError
from mmfundusclip.eval.datasets import JSIEC_FOLDERS, LAYOUTS, RFMID_CONDITIONS, load_dataset, make_replica
from mmfundusclip.eval.metrics import (
    average_precision,
    binary_auc,
    multilabel_bootstrap,
    multilabel_metrics,
)
from mmfundusclip.eval.zeroshot import LabelledSet, MultiLabelSet, load_prompt_set, multilabel_scores

N = 6  # images per split in each replica


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("replicas")
    return {name: make_replica(name, base / name, n=N) for name in LAYOUTS}


def _expected_count(name: str, split: str) -> int:
    return {"messidor2": N - 1, "odir5k": N // 2 * 2}.get(name, 2 * N if split == "all" and name == "fives" else N)


@pytest.mark.parametrize("name, split", [(n, s) for n, layout in LAYOUTS.items() for s in layout.splits])
def test_every_layout_loads_its_replica_with_the_prompt_sets_keys(replicas: dict[str, Path], name: str, split: str):
    data = load_dataset(name, replicas[name], split)
    prompts = load_prompt_set(LAYOUTS[name].prompts)
    assert len(data.ids) == len(data.paths) == _expected_count(name, split)
    assert all(p.is_file() for p in data.paths)
    if LAYOUTS[name].kind == "multilabel":
        assert isinstance(data, MultiLabelSet)
        assert set(data.label_names) <= set(prompts.classes) and prompts.normal in prompts.classes
        assert data.targets.shape == (len(data.ids), len(data.label_names))
        assert set(np.unique(data.targets)) <= {0, 1}
    else:
        assert isinstance(data, LabelledSet)
        assert set(data.labels) <= set(prompts.classes)
        assert prompts.graded == (LAYOUTS[name].kind == "graded")
    assert len(data.digest()) == 16


def test_default_split_and_labels_follow_the_files(replicas: dict[str, Path]):
    aptos = load_dataset("aptos2019", replicas["aptos2019"])
    rows = list(csv.DictReader(open(replicas["aptos2019"] / "train.csv", newline="")))  # noqa: SIM115
    assert aptos.ids == [r["id_code"] for r in rows] and aptos.labels == [r["diagnosis"] for r in rows]
    assert aptos.paths[0] == replicas["aptos2019"] / "train_images" / f"{rows[0]['id_code']}.png"
    idrid = load_dataset("idrid", replicas["idrid"])  # default: test; the header's trailing space is tolerated
    assert "Testing" in idrid.source and idrid.ids[0] == "IDRiD_001"
    fives = load_dataset("fives", replicas["fives"])
    assert all(i.startswith("test/Original/") for i in fives.ids) and fives.labels[:4] == ["A", "D", "G", "N"]
    refuge = load_dataset("refuge", replicas["refuge"], "train")
    assert refuge.labels.count("1") == sum(1 for i in refuge.ids if i.startswith("Glaucoma/"))
    jsiec = load_dataset("jsiec", replicas["jsiec"], None)
    assert jsiec.labels == list(JSIEC_FOLDERS[:N])


def test_messidor2_excludes_ungradable_rows_maps_suffixes_and_groups_exams(replicas: dict[str, Path]):
    data = load_dataset("messidor2", replicas["messidor2"])
    assert len(data.excluded) == 1 and "ungradable" in data.excluded[0]["reason"]
    assert data.excluded[0]["id"] not in data.ids
    # The label file says .png/.jpg; the files are .tif/.JPG, as MESSIDOR-2 is distributed.
    assert data.ids[0].endswith(".png") and data.paths[0].suffix == ".tif" and data.paths[1].suffix == ".JPG"
    assert data.groups is not None and data.groups[0] == data.groups[1] != data.groups[2]


def test_odir5k_gives_both_eyes_the_patients_labels_and_groups_by_patient(replicas: dict[str, Path]):
    data = load_dataset("odir5k", replicas["odir5k"])
    assert data.label_names == list("NDGCAHMO") and data.groups == ["0", "0", "1", "1", "2", "2"]
    assert (data.targets[0::2] == data.targets[1::2]).all()
    assert data.ids[:2] == ["0_left.jpg", "0_right.jpg"] and data.paths[0].parent.name == "Training Images"


def test_rfmid_has_disease_risk_and_45_conditions_and_reads_the_dataport_layout(tmp_path: Path):
    root = make_replica("rfmid", tmp_path / "kaggle", n=N)
    data = load_dataset("rfmid", root, "val")
    assert data.label_names == ["Disease_Risk", *RFMID_CONDITIONS] and len(RFMID_CONDITIONS) == 45
    assert (data.targets[:, 0] == data.targets[:, 1:].max(1)).all()
    # IEEE DataPort layout: 1. Original Images/c. Testing Set + 2. Groundtruths/c. RFMiD_Testing_Labels.csv
    dp = tmp_path / "dataport"
    shutil.copytree(root / "Test_Set" / "Test_Set" / "Test", dp / "1. Original Images" / "c. Testing Set")
    (dp / "2. Groundtruths").mkdir()
    shutil.copy(root / "Test_Set/Test_Set/RFMiD_Testing_Labels.csv", dp / "2. Groundtruths/c. RFMiD_Testing_Labels.csv")
    other = load_dataset("rfmid", dp, "test")
    assert (
        other.paths[0].parent.name == "c. Testing Set" and (other.targets == load_dataset("rfmid", root).targets).all()
    )


def test_case_and_wrapper_folder_variants_load(tmp_path: Path):
    root = make_replica("aptos2019", tmp_path / "aptos" / "aptos2019-blindness-detection", n=N)
    (root / "train.csv").rename(root / "TRAIN.CSV")
    (root / "train_images").rename(root / "Train_Images")
    data = load_dataset("APTOS", tmp_path / "aptos")
    assert len(data.ids) == N and all(p.is_file() for p in data.paths)
    jsiec = make_replica("jsiec", tmp_path / "jsiec", n=4)
    (jsiec / "1000images" / "0.3.DR1").rename(jsiec / "1000images" / "7.3.dr1")  # renumbered, lower case
    assert load_dataset("jsiec", jsiec).labels == list(JSIEC_FOLDERS[:4])


def test_a_missing_image_stays_in_the_set_for_the_evaluator_to_report(tmp_path: Path):
    root = make_replica("idrid", tmp_path, n=N)
    images = root / "B. Disease Grading" / "1. Original Images" / "b. Testing Set"
    (images / "IDRiD_002.jpg").unlink()
    data = load_dataset("idrid", root)
    assert len(data.ids) == N and not data.paths[1].exists()
    for f in images.iterdir():
        f.unlink()
    with pytest.raises(DataError, match="none of the 6 images"):
        load_dataset("idrid", root)


def test_errors_name_what_was_expected_and_what_was_found(tmp_path: Path):
    with pytest.raises(DataError, match="unknown data set 'kaggle'; known: messidor2, idrid, aptos2019"):
        load_dataset("kaggle", tmp_path)
    with pytest.raises(DataError, match="is not a folder"):
        load_dataset("fives", tmp_path / "nowhere")
    (tmp_path / "readme.txt").write_text("x")
    with pytest.raises(DataError, match=r"label file not found .*'messidor_data.csv'.* holds: readme.txt"):
        load_dataset("messidor2", tmp_path)
    root = make_replica("aptos2019", tmp_path / "aptos", n=N)
    with pytest.raises(DataError, match=r"no labelled split 'test'; it has train"):
        load_dataset("aptos2019", root, "test")
    text = (root / "train.csv").read_text().splitlines()
    text[3] = text[3].split(",")[0] + ",proliferative"
    (root / "train.csv").write_text("\n".join(text) + "\n")
    with pytest.raises(DataError, match=r"column 'diagnosis' has 1 value\(s\) .*line 4: 'proliferative'"):
        load_dataset("aptos2019", root)
    fives = make_replica("fives", tmp_path / "fives", n=4)
    (fives / "test" / "Original" / "1_A.png").rename(fives / "test" / "Original" / "1_X.png")
    with pytest.raises(DataError, match=r"not named <number>_<A\|D\|G\|N> \(e.g. \['1_X.png'\]\)"):
        load_dataset("fives", fives)
    jsiec = make_replica("jsiec", tmp_path / "jsiec", n=2)
    (jsiec / "1000images" / "Unsorted").mkdir()
    with pytest.raises(DataError, match=r"not JSIEC classes: \['Unsorted'\]"):
        load_dataset("jsiec", jsiec)
    odir = make_replica("odir5k", tmp_path / "odir", n=4)
    (odir / "full_df.csv").write_text(
        (odir / "full_df.csv").read_text().replace(",1,0,0,0,0,0,0,0,", ",2,0,0,0,0,0,0,0,", 1)
    )
    with pytest.raises(DataError, match=r"column 'N' has 1 value\(s\).*line 2: '2'"):
        load_dataset("odir5k", odir)


def test_an_xlsx_label_sheet_without_openpyxl_says_what_to_do(tmp_path: Path):
    pytest.importorskip("pandas")
    try:
        import openpyxl  # noqa: F401

        pytest.skip("openpyxl is installed: the xlsx path reads the sheet")
    except ImportError:
        pass
    root = make_replica("refuge", tmp_path, n=4)
    gt = root / "REFUGE-Test-GT"
    (gt / "Glaucoma_label_and_Fovea_location.csv").rename(gt / "Glaucoma_label_and_Fovea_location.xlsx")
    with pytest.raises(DataError, match=r"needs pandas and openpyxl .* save the sheet as CSV"):
        load_dataset("refuge", root)


def test_shipped_prompt_sets_of_the_layouts():
    assert list(load_prompt_set("jsiec").classes) == list(JSIEC_FOLDERS) and len(JSIEC_FOLDERS) == 39
    rfmid = load_prompt_set("rfmid")
    assert rfmid.normal == "NORMAL" and set(rfmid.classes) == {"NORMAL", "Disease_Risk", *RFMID_CONDITIONS}
    assert rfmid.classes["ARMD"] == "age-related macular degeneration" and rfmid.classes["TSLN"] == "tessellation"
    assert load_prompt_set("odir").normal == "N" and list(load_prompt_set("fives").classes) == list("ADGN")


def test_a_normal_key_must_name_a_class(tmp_path: Path):
    f = tmp_path / "ml.yaml"
    f.write_text("normal: HEALTHY\ntemplates: ['{}']\nclasses: {DR: diabetic retinopathy}\n")
    with pytest.raises(DataError, match="'normal: HEALTHY' must name one of the classes"):
        load_prompt_set(f)


# ---------------------------------------------------------------------------------------------
# Multi-label metrics and scores
# ---------------------------------------------------------------------------------------------


def test_rank_auc_and_average_precision_match_sklearn_with_ties():
    from sklearn.metrics import average_precision_score, roc_auc_score

    rng = np.random.default_rng(0)
    for _ in range(100):
        n = int(rng.integers(4, 50))
        y, s = rng.integers(0, 2, n), np.round(rng.random(n), 1)  # rounding makes ties
        if 0 < y.sum() < n:
            assert binary_auc(y, s) == pytest.approx(roc_auc_score(y, s), abs=1e-12)
            assert average_precision(y, s) == pytest.approx(average_precision_score(y, s), abs=1e-12)
    assert binary_auc(np.ones(3), np.arange(3)) is None and average_precision(np.zeros(3), np.arange(3)) is None


def test_multilabel_metrics_report_absent_labels_and_average_only_present_ones():
    from sklearn.metrics import roc_curve

    rng = np.random.default_rng(1)
    t = np.zeros((40, 3), dtype=int)
    t[:15, 0] = 1
    t[:, 2] = 1  # every image positive: no AUC
    s = rng.random((40, 3))
    m = multilabel_metrics(t, s, ["A", "B", "C"])
    assert m["multilabel"] and m["labels"]["B"]["absent"] and m["labels"]["B"]["auc"] is None
    assert m["labels"]["C"]["auc"] is None and m["labels"]["C"]["aupr"] == pytest.approx(1.0)
    assert m["macro"]["auc"] == pytest.approx(m["labels"]["A"]["auc"])  # B absent, C undefined
    assert (
        m["macro"]["aupr"] == pytest.approx((m["labels"]["A"]["aupr"] + 1.0) / 2) and m["macro"]["labels_averaged"] == 2
    )
    fpr, tpr, _ = roc_curve(t[:, 0], s[:, 0])
    assert m["labels"]["A"]["sens_at_spec"] == pytest.approx(tpr[fpr <= 0.1 + 1e-12].max())
    assert m["labels"]["A"]["acc"] == pytest.approx((s[:15, 0] >= 0.5).mean())


def test_multilabel_bootstrap_resamples_patients_when_grouped():
    rng = np.random.default_rng(2)
    t = rng.integers(0, 2, (30, 2))
    s = rng.random((30, 2))
    groups = np.repeat(np.arange(15), 2)
    m = multilabel_bootstrap(multilabel_metrics(t, s, ["A", "B"]), t, s, ["A", "B"], resamples=50, groups=groups)
    assert m["bootstrap"]["unit"] == "patient"
    low, high = m["labels"]["A"]["auc_ci"]
    assert low <= m["labels"]["A"]["auc"] <= high and m["macro"]["auc_ci"][0] <= m["macro"]["auc"]


def test_each_condition_is_a_two_way_softmax_against_the_reference():
    logits = torch.tensor([[2.0, 0.5, 1.0], [0.0, 3.0, -1.0]])
    # Reference not among the labels: the last column.
    got = multilabel_scores(logits, ["DR", "AMD"], "NORMAL")
    assert np.allclose(got, torch.sigmoid(logits[:, :2] - logits[:, 2:]).numpy())
    # Reference among the labels (ODIR's N): N gets the softmax over every label.
    got = multilabel_scores(logits, ["N", "D", "G"], "N")
    assert np.allclose(got[:, 0], logits.softmax(-1)[:, 0].numpy())
    assert np.allclose(got[:, 1], torch.sigmoid(logits[:, 1] - logits[:, 0]).numpy())


# ---------------------------------------------------------------------------------------------
# eval zeroshot --dataset: one run per kind, with the tiny (untrained) test architecture
# ---------------------------------------------------------------------------------------------

_MODEL = ["--model", "mfc-micro-vit", "--bootstrap", "20", "--workers", "0", "--device", "cpu"]


@pytest.mark.parametrize("name", ["aptos2019", "fives", "rfmid"])
def test_eval_zeroshot_on_a_published_layout(replicas: dict[str, Path], tmp_path: Path, name: str):
    out = tmp_path / "out"
    assert main(["eval", "zeroshot", "--dataset", name, "--data", str(replicas[name]), "--out", str(out), *_MODEL]) == 0
    report = json.loads((out / "zeroshot.json").read_text())
    assert report["dataset"] == name and report["split"] == LAYOUTS[name].default_split
    assert report["prompts"]["source"].endswith(f"{LAYOUTS[name].prompts}.yaml")
    rows = list(csv.DictReader(open(out / "predictions.csv", newline="")))  # noqa: SIM115
    assert len(rows) == N
    if name == "rfmid":
        assert report["multilabel"] is True and report["bootstrap"]["unit"] == "image"
        assert set(report["labels"]) == {"Disease_Risk", *RFMID_CONDITIONS}
        assert report["labels"]["CL"]["absent"] and "auc_ci" in report["labels"]["Disease_Risk"]
        assert list(rows[0])[:3] == ["image", "labels", "Disease_Risk"] and len(rows[0]) == 2 + 46
        assert all(0.0 <= float(r["DR"]) <= 1.0 for r in rows)
        assert (out / "zeroshot.csv").read_text().splitlines()[0] == "label,acc,auc,aupr"
        for plot in ("roc.png", "reliability.png"):  # per-label ROC curves, pooled reliability
            assert (out / plot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", plot
        assert not (out / "confusion.png").exists()  # no multi-label form
    else:  # the single-label contract, unchanged
        assert set(report["classes"]) == set(load_prompt_set(LAYOUTS[name].prompts).classes)
        assert report["kappa_weights"] == ("quadratic" if name == "aptos2019" else "none")
        assert list(rows[0])[:3] == ["image", "label", "pred"]
        assert sum(float(rows[0][k]) for k in report["classes"]) == pytest.approx(1.0, abs=1e-4)


def test_eval_zeroshot_dataset_errors_come_before_any_model(
    replicas: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    argv = ["eval", "zeroshot", "--data", str(replicas["aptos2019"]), "--out", str(tmp_path / "o"), "--model", "no-such-model"]  # fmt: skip
    assert main([*argv, "--dataset", "aptos2019", "--split", "val"]) == 1
    assert "no labelled split 'val'" in capsys.readouterr().err
    assert main([*argv, "--dataset", "eyepacs"]) == 1
    assert "known: messidor2, idrid, aptos2019, fives, refuge, odir5k, jsiec, rfmid" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_the_help_lists_every_layout(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        main(["eval", "zeroshot", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert all(name in text for name in LAYOUTS)


def test_a_multi_label_csv_of_ones_own_via_comma_separated_label_keys(
    replicas: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    rfmid = load_dataset("rfmid", replicas["rfmid"])
    table = tmp_path / "ml.csv"
    with open(table, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["image", "patient", "DR", "ARMD"])
        for i, (p, row) in enumerate(zip(rfmid.paths, rfmid.targets, strict=True)):
            w.writerow([str(p), f"p{i // 2}", row[1], row[2]])
    prompts = tmp_path / "ml.yaml"
    prompts.write_text("templates: ['{}']\nclasses: {DR: diabetic retinopathy, ARMD: macular degeneration}\n")
    argv = ["eval", "zeroshot", "--data", str(table), "--label-key", "DR,ARMD", "--classes", str(prompts), "--out", str(tmp_path / "o"), *_MODEL]  # fmt: skip
    assert main(argv) == 1  # no reference class to score against
    assert "add 'normal: KEY'" in capsys.readouterr().err
    prompts.write_text(prompts.read_text().replace("ARMD: macular degeneration", "ARMD: macular degeneration, NO: normal") + "normal: NO\n")  # fmt: skip
    assert main(argv) == 0
    report = json.loads((tmp_path / "o" / "zeroshot.json").read_text())
    assert list(report["labels"]) == ["DR", "ARMD"] and report["bootstrap"]["unit"] == "patient"
    assert report["labels"]["DR"]["support"] == int(rfmid.targets[:, 1].sum())


def test_refuge_validation_images_one_level_down_are_found(tmp_path: Path):
    # The validation archive unpacks to REFUGE-Validation400/REFUGE-Validation400/*.jpg: the outer
    # folder has the name of the first candidate but holds no image.
    root = make_replica("refuge", tmp_path / "refuge", n=4)
    outer = root / "REFUGE-Validation400"
    inner = outer / "REFUGE-Validation400"
    inner.mkdir()
    for f in sorted(outer.glob("*.jpg")):
        f.rename(inner / f.name)
    data = load_dataset("refuge", root, "val")
    assert len(data.ids) == 4 and all(p.is_file() and p.parent == inner for p in data.paths)
    assert data.labels == ["0", "1", "0", "0"]


def _blank_patients_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_images_with_an_empty_patient_cell_are_patients_of_their_own(tmp_path: Path):
    from mmfundusclip.eval.datasets import load_multilabel_csv
    from mmfundusclip.eval.zeroshot import load_labelled

    rows = [["a.png", "P1", "1"], ["b.png", "P1", "0"], ["c.png", "", "1"], ["d.png", " ", "0"], ["e.png", "", "1"]]
    ml = _blank_patients_csv(tmp_path / "ml.csv", ["image", "patient", "DR"], rows)
    with pytest.warns(UserWarning, match=r"ml\.csv: 3 of 5 image\(s\) have an empty 'patient' cell") as caught:
        data = load_multilabel_csv(ml, ["DR"])
    assert len(caught) == 1  # once, with the count
    assert data.groups == ["P1", "P1", "c.png", "d.png", "e.png"]  # not one patient "" of three images
    single = _blank_patients_csv(tmp_path / "sl.csv", ["image", "label", "patient"], [[r[0], "DR", r[1]] for r in rows])
    with pytest.warns(UserWarning, match=r"sl\.csv: 3 of 5 image\(s\) have an empty 'patient' cell") as caught:
        labelled = load_labelled(single)
    assert len(caught) == 1
    assert labelled.groups == ["P1", "P1", "c.png", "d.png", "e.png"]
    # Without an empty cell nothing is said.
    full = _blank_patients_csv(tmp_path / "full.csv", ["image", "label", "patient"], [["a.png", "DR", "P1"]])
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load_labelled(full).groups == ["P1"]
