"""Paired comparison of two models: DeLong's test and the paired bootstrap against values worked out
by hand, and the ``eval compare`` command on two predictions files."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np
import pytest

from mmfundusclip.cli import main
from mmfundusclip.eval.compare import delong_test, paired_comparison


def test_delong_on_a_hand_worked_example():
    # 3 positives, 3 negatives. Model A ranks one positive (0.4) below one negative (0.5):
    #   V10(A) = [1, 1, 2/3] (share of negatives below each positive) -> AUC_A = 8/9
    #   V01(A) = [2/3, 1, 1] (share of positives above each negative)
    # Model B separates the classes perfectly: V10(B) = V01(B) = [1, 1, 1], AUC_B = 1.
    # var(V10 A) = var(V01 A) = ((1/9)^2 + (1/9)^2 + (2/9)^2) / 2 = 1/27; B's are 0, so are the covariances.
    # var(diff) = (1/27)/3 + (1/27)/3 = 2/81 -> se = sqrt(2)/9; z = (1/9)/(sqrt(2)/9) = 1/sqrt(2)
    # p = erfc(|z|/sqrt(2)) = erfc(1/2) = 0.47950
    pos = np.array([1, 1, 1, 0, 0, 0], bool)
    a = np.array([0.9, 0.6, 0.4, 0.5, 0.3, 0.2])
    b = np.array([0.8, 0.7, 0.65, 0.6, 0.1, 0.2])
    t = delong_test(pos, a, b)
    assert t["auc_a"] == pytest.approx(8 / 9) and t["auc_b"] == pytest.approx(1.0)
    assert t["diff"] == pytest.approx(1 / 9)
    assert t["se"] == pytest.approx(math.sqrt(2) / 9)
    assert t["z"] == pytest.approx(1 / math.sqrt(2))
    assert t["p"] == pytest.approx(0.4795001, abs=1e-6)


def _delong_brute_force(pos: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """The textbook O(m n) form: psi over every positive/negative pair."""

    def comps(s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        x, y = s[pos], s[~pos]
        psi = (x[:, None] > y[None, :]) + 0.5 * (x[:, None] == y[None, :])
        return psi.mean(1), psi.mean(0)

    (v10a, v01a), (v10b, v01b) = comps(a), comps(b)
    m, n = len(v10a), len(v01a)
    var = (np.var(v10a - v10b, ddof=1)) / m + (np.var(v01a - v01b, ddof=1)) / n
    return float(v10b.mean() - v10a.mean()), math.sqrt(var)


def test_delong_matches_the_pairwise_definition_with_ties():
    rng = np.random.default_rng(0)
    pos = rng.random(80) < 0.4
    a = np.round(pos * 0.8 + rng.normal(0, 0.6, 80), 1)  # rounding makes ties
    b = np.round(pos * 1.2 + rng.normal(0, 0.6, 80), 1)
    diff, se = _delong_brute_force(pos, a, b)
    t = delong_test(pos, a, b)
    assert t["diff"] == pytest.approx(diff) and t["se"] == pytest.approx(se)


def test_delong_needs_two_of_each_class():
    t = delong_test(np.array([1, 0, 0], bool), np.array([0.9, 0.1, 0.2]), np.array([0.8, 0.3, 0.1]))
    assert t["p"] is None and t["positives"] == 1


def _one_hot_probs(pred: np.ndarray, k: int = 2) -> np.ndarray:
    return np.eye(k)[pred] * 0.8 + 0.1


def test_paired_bootstrap_of_one_differing_image_matches_the_binomial():
    # 20 images; B is right on all, A wrong on exactly one. The accuracy difference in a resample
    # is (times that image is drawn) / 20, drawn ~ Binomial(20, 1/20): P(X<=2) = 0.925,
    # P(X<=3) = 0.984, P(X=0) = 0.358, so the 95 % interval is [0/20, 3/20] = [0, 0.15] and
    # contains 0: not significant.
    y = np.array([0, 1] * 10)
    pred_a = y.copy()
    pred_a[0] = 1
    r = paired_comparison(y, _one_hot_probs(pred_a), _one_hot_probs(y), ["n", "p"], resamples=2000, seed=1)
    acc = r["figures"]["accuracy"]
    assert acc["diff"] == pytest.approx(0.05)
    assert acc["diff_ci"] == pytest.approx([0.0, 0.15])
    assert acc["significant"] is False


def test_paired_bootstrap_flags_a_large_gap_and_not_identical_models():
    y = np.array([0, 1] * 10)
    pred_a = y.copy()
    pred_a[:10] = 1 - pred_a[:10]  # A wrong on half the images
    r = paired_comparison(y, _one_hot_probs(pred_a), _one_hot_probs(y), ["n", "p"], resamples=500)
    assert r["figures"]["accuracy"]["diff"] == pytest.approx(0.5)
    assert r["figures"]["accuracy"]["significant"] is True and r["figures"]["accuracy"]["diff_ci"][0] > 0
    same = paired_comparison(y, _one_hot_probs(y), _one_hot_probs(y), ["n", "p"], resamples=200)
    for f in same["figures"].values():
        assert f["significant"] is False
        if f["diff_ci"] is not None:
            assert f["diff_ci"] == [0.0, 0.0]  # paired: identical models differ by exactly 0 in every resample
    assert same["delong_auc"]["p"]["p"] == 1.0


def test_paired_bootstrap_resamples_whole_patients():
    y = np.array([0, 1] * 10)
    pred_a = y.copy()
    pred_a[:2] = 1 - pred_a[:2]  # both wrong images belong to patient P0
    groups = [f"P{i // 2}" for i in range(20)]
    r = paired_comparison(y, _one_hot_probs(pred_a), _one_hot_probs(y), ["n", "p"], groups=groups, resamples=300)
    assert r["bootstrap"]["unit"] == "patient"
    # Differences move in steps of whole patients: 2 wrong images per draw of P0 -> multiples of 0.1.
    lo, hi = r["figures"]["accuracy"]["diff_ci"]
    assert lo == 0.0 and hi == pytest.approx(round(hi, 1))


def _write_predictions(path: Path, ids: list[str], y: list[str], probs: np.ndarray, labels: list[str]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    with open(path / "predictions.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["image", "label", "pred", *labels])
        for i, img in enumerate(ids):
            w.writerow([img, y[i], labels[int(probs[i].argmax())], *probs[i]])
    return path


def test_eval_compare_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    rng = np.random.default_rng(0)
    labels = ["AMD", "DR", "Healthy"]
    y = rng.integers(0, 3, 60)
    good = np.eye(3)[y] * 2 + rng.random((60, 3))
    bad = rng.random((60, 3))
    ids = [f"img{i}.png" for i in range(60)]
    a = _write_predictions(tmp_path / "base", ids, [labels[k] for k in y], bad / bad.sum(1, keepdims=True), labels)
    # The same images in another order: pairing is by image id.
    order = rng.permutation(60)
    b = _write_predictions(
        tmp_path / "tuned",
        [ids[i] for i in order],
        [labels[y[i]] for i in order],
        (good / good.sum(1, keepdims=True))[order],
        labels,
    )
    assert main(["eval", "compare", str(a), str(b), "--out", str(tmp_path / "cmp"), "--bootstrap", "200"]) == 0
    out = capsys.readouterr().out
    assert "**tuned** vs **base**" in out
    result = json.loads((tmp_path / "cmp" / "paired_tuned_vs_base.json").read_text())
    assert result["figures"]["macro AUC"]["significant"] is True
    assert all(t["significant"] for t in result["delong_auc"].values())
    assert (tmp_path / "cmp" / "paired_tuned_vs_base.csv").is_file()


def test_eval_compare_refuses_different_image_sets(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    labels = ["a", "b"]
    probs = np.array([[0.6, 0.4], [0.3, 0.7]])
    a = _write_predictions(tmp_path / "a", ["x.png", "y.png"], ["a", "b"], probs, labels)
    b = _write_predictions(tmp_path / "b", ["x.png", "z.png"], ["a", "b"], probs, labels)
    assert main(["eval", "compare", str(a), str(b), "--out", str(tmp_path / "cmp")]) == 1
    assert "do not hold the same images (1 only in the first, 1 only in the second" in capsys.readouterr().err


@pytest.mark.parametrize("graded", [False, True])
def test_fast_figures_agree_with_classification_metrics(graded: bool):
    from mmfundusclip.eval.compare import FIGURES, fast_figures
    from mmfundusclip.eval.metrics import classification_metrics

    rng = np.random.default_rng(3)
    for trial in range(6):
        n, k = 50, 4
        y = rng.integers(0, 3 if trial % 2 else 4, n)  # every other trial: class 3 absent
        probs = np.round(rng.dirichlet(np.ones(k), n) + np.eye(k)[y] * rng.random(), 2)  # rounding: ties
        probs /= probs.sum(1, keepdims=True)
        ref = classification_metrics(y, probs, list("abcd"), graded=graded)
        fast = fast_figures(y, probs, graded)
        for title, section, key in FIGURES:
            expected = (ref[section] if section else ref)[key]
            assert fast[title] == pytest.approx(expected, abs=1e-9), (trial, title)


def test_eval_compare_resamples_patients_from_the_labelled_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    labels = ["a", "b"]
    ids = [f"i{k}.png" for k in range(12)]
    y = [labels[k % 2] for k in range(12)]
    probs = np.array([[0.7, 0.3] if k % 2 == 0 else [0.2, 0.8] for k in range(12)])
    a = _write_predictions(tmp_path / "a", ids, y, probs[::-1].copy(), labels)
    a_rows = (a / "predictions.csv").read_text().splitlines()
    b = _write_predictions(tmp_path / "b", ids, y, probs, labels)
    assert a_rows[1].startswith("i0.png,a,")
    data = tmp_path / "test.csv"
    data.write_text(
        "image,label,patient\n" + "".join(f"{i},{t},P{k // 3}\n" for k, (i, t) in enumerate(zip(ids, y, strict=True)))
    )
    out = tmp_path / "cmp"
    assert main(["eval", "compare", str(a), str(b), "--out", str(out), "--data", str(data), "--bootstrap", "50"]) == 0
    result = json.loads((out / "paired_b_vs_a.json").read_text())
    assert result["bootstrap"]["unit"] == "patient"
    data.write_text("image,label\n" + "".join(f"{i},{t}\n" for i, t in zip(ids, y, strict=True)))
    assert main(["eval", "compare", str(a), str(b), "--out", str(out), "--data", str(data)]) == 1
    assert "no column 'patient'" in capsys.readouterr().err


def test_delong_with_a_constant_score_is_undefined_not_p_one():
    pos = np.array([1, 1, 1, 0, 0, 0], bool)
    t = delong_test(pos, np.array([0.9, 0.8, 0.7, 0.3, 0.2, 0.1]), np.full(6, 0.5))
    assert (
        t["diff"] == pytest.approx(-0.5) and t["p"] is None and t["significant"] is not True
        if "significant" in t
        else t["p"] is None
    )


def test_eval_compare_reads_graded_labels_from_the_report_beside_the_predictions(tmp_path: Path):
    from mmfundusclip.eval.metrics import classification_metrics

    rng = np.random.default_rng(1)
    labels = ["0", "1", "2", "3"]
    y = rng.integers(0, 4, 80)
    pa, pb = rng.dirichlet(np.ones(4), 80), rng.dirichlet(np.ones(4), 80)
    ids = [f"g{i}.png" for i in range(80)]
    a = _write_predictions(tmp_path / "a.v1", ids, [labels[k] for k in y], pa, labels)
    b = _write_predictions(tmp_path / "b.v2", ids, [labels[k] for k in y], pb, labels)
    (a / "zeroshot.json").write_text(json.dumps({"kappa_weights": "quadratic"}))
    out = tmp_path / "cmp"
    assert main(["eval", "compare", str(a), str(b), "--out", str(out), "--bootstrap", "50"]) == 0
    result = json.loads((out / "paired_b.v2_vs_a.v1.json").read_text())  # dotted names keep their suffixes
    probs = np.loadtxt(a / "predictions.csv", delimiter=",", skiprows=1, usecols=range(3, 7))
    expected = classification_metrics(y, probs, labels, graded=True)["kappa"]
    assert result["figures"]["kappa"]["a"] == pytest.approx(expected)
    assert {p.name for p in out.iterdir()} == {
        "paired_b.v2_vs_a.v1.json",
        "paired_b.v2_vs_a.v1.csv",
        "paired_b.v2_vs_a.v1.md",
    }
