"""Tests for per-class and macro classification metrics with bootstrap intervals (mmfundusclip.eval.metrics)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from sklearn.metrics import average_precision_score, roc_auc_score

from mmfundusclip.eval.metrics import (
    METRICS,
    check_specificity,
    classification_metrics,
    multilabel_bootstrap,
    multilabel_metrics,
    with_bootstrap,
)

LABELS = ["a", "b", "c"]

# Six images, three classes; predictions (argmax) are 0, 0, 1, 1, 0, 2.
Y = np.array([0, 0, 0, 1, 1, 2])
PROBS = np.array(
    [
        [0.7, 0.2, 0.1],
        [0.6, 0.3, 0.1],
        [0.3, 0.5, 0.2],
        [0.2, 0.7, 0.1],
        [0.5, 0.4, 0.1],
        [0.1, 0.2, 0.7],
    ]
)


def test_per_class_values_by_hand():
    res = classification_metrics(Y, PROBS, LABELS)
    a, b, c = (res["classes"][k] for k in LABELS)
    # Recall: a 2 of 3, b 1 of 2, c 1 of 1.
    assert a["acc"] == pytest.approx(2 / 3)
    assert b["acc"] == pytest.approx(1 / 2)
    assert c["acc"] == pytest.approx(1.0)
    # AUC of a: positives 0.7, 0.6, 0.3 vs negatives 0.2, 0.5, 0.1 -> 8 of 9 pairs ordered.
    assert a["auc"] == pytest.approx(8 / 9)
    # AUC of b: positives 0.7, 0.4 vs negatives 0.2, 0.3, 0.5, 0.2 -> 7 of 8 pairs ordered.
    assert b["auc"] == pytest.approx(7 / 8)
    assert c["auc"] == pytest.approx(1.0)
    # AP of a: ranking P P N P N N -> (1 + 1 + 3/4) / 3.
    assert a["aupr"] == pytest.approx(11 / 12)
    # AP of b: ranking P N P N N N -> (1 + 2/3) / 2.
    assert b["aupr"] == pytest.approx(5 / 6)
    assert c["aupr"] == pytest.approx(1.0)
    assert [a["support"], b["support"], c["support"]] == [3, 2, 1]
    assert not any("absent" in e for e in (a, b, c))
    assert res["accuracy"] == pytest.approx(4 / 6)
    assert res["n"] == 6
    assert res["macro"]["acc"] == pytest.approx((2 / 3 + 1 / 2 + 1) / 3)
    assert res["macro"]["auc"] == pytest.approx((8 / 9 + 7 / 8 + 1) / 3)
    assert res["macro"]["aupr"] == pytest.approx((11 / 12 + 5 / 6 + 1) / 3)
    assert res["balanced_accuracy"] == res["macro"]["acc"]


def test_per_class_values_match_sklearn():
    rng = np.random.default_rng(1)
    y = rng.integers(0, 4, 60)
    logits = rng.normal(size=(60, 4)) + 1.5 * np.eye(4)[y]
    probs = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    labels = ["w", "x", "y", "z"]
    res = classification_metrics(y, probs, labels)
    pred = probs.argmax(1)
    for k, label in enumerate(labels):
        entry = res["classes"][label]
        pos = y == k
        assert entry["support"] == int(pos.sum())
        assert entry["acc"] == pytest.approx((pred[pos] == k).mean())
        assert entry["auc"] == pytest.approx(roc_auc_score(pos, probs[:, k]))
        assert entry["aupr"] == pytest.approx(average_precision_score(pos, probs[:, k]))
    assert res["macro"]["auc"] == pytest.approx(np.mean([roc_auc_score(y == k, probs[:, k]) for k in range(4)]))
    assert res["accuracy"] == pytest.approx((pred == y).mean())


def test_accepts_lists():
    res = classification_metrics(Y.tolist(), PROBS.tolist(), LABELS)
    assert res["classes"]["a"]["auc"] == pytest.approx(8 / 9)


# Class c is never predicted: recall a 1, b 1, c 0.
Y_ZERO = np.array([0, 0, 1, 1, 2, 2])
PROBS_ZERO = np.array(
    [
        [0.8, 0.1, 0.1],
        [0.6, 0.3, 0.1],
        [0.2, 0.7, 0.1],
        [0.1, 0.6, 0.3],
        [0.5, 0.2, 0.3],
        [0.2, 0.5, 0.3],
    ]
)


def test_zero_recall_counts_as_zero_in_macro():
    res = classification_metrics(Y_ZERO, PROBS_ZERO, LABELS)
    assert res["classes"]["c"]["acc"] == 0.0
    assert res["macro"]["acc"] == pytest.approx(2 / 3)
    assert res["balanced_accuracy"] == pytest.approx(2 / 3)


def test_sensitivity_is_read_at_the_chosen_specificity():
    # Negatives score 0.1..1.0; positives 0.95, 0.85, 0.75, 0.05.
    y = np.array([0] * 10 + [1] * 4)
    s = np.r_[np.arange(1, 11) / 10, 0.95, 0.85, 0.75, 0.05]
    probs = np.c_[1 - s, s]
    # At 90 % specificity one negative (1.0) may score above the cut: positives above 0.9 -> 1 of 4.
    assert classification_metrics(y, probs, ["n", "p"])["classes"]["p"]["sens_at_spec"] == 0.25
    # At 70 %: three negatives (1.0, 0.9, 0.8) may: positives above 0.7 -> 3 of 4.
    at70 = classification_metrics(y, probs, ["n", "p"], specificity=0.7)
    assert at70["classes"]["p"]["sens_at_spec"] == 0.75 and at70["specificity_for_sens_at_spec"] == 0.7
    t = np.c_[y, 1 - y]
    ml = multilabel_metrics(t, np.c_[s, 1 - s], ["p", "n"], specificity=0.7)
    assert ml["labels"]["p"]["sens_at_spec"] == 0.75 and ml["specificity_for_sens_at_spec"] == 0.7
    with pytest.raises(ValueError, match="specificity must be between 0 and 1"):
        check_specificity(1.0)


def test_a_multilabel_label_present_in_every_image_says_why_it_has_no_auc():
    t = np.array([[1, 0], [1, 1], [1, 0]])
    res = multilabel_metrics(t, np.full((3, 2), 0.5), ["all", "some"])
    assert res["labels"]["all"]["auc"] is None and res["undefined"] == {
        "all": "all 3 image(s) have 'all': AUC and sensitivity at specificity need images without it"
    }


def test_paper_compat_drops_zero_recall_class():
    honest = classification_metrics(Y_ZERO, PROBS_ZERO, LABELS)
    paper = classification_metrics(Y_ZERO, PROBS_ZERO, LABELS, paper_compat=True)
    assert paper["macro"]["acc"] == pytest.approx(1.0)
    assert paper["balanced_accuracy"] == pytest.approx(1.0)
    assert paper["macro"]["acc"] - honest["macro"]["acc"] == pytest.approx(1 / 3)
    # Per-class figures and nonzero macro figures are the same either way.
    assert paper["classes"] == honest["classes"]
    assert paper["macro"]["auc"] == pytest.approx(honest["macro"]["auc"])
    assert paper["accuracy"] == honest["accuracy"]


def test_absent_class_is_marked_and_left_out():
    y = np.array([0, 0, 1, 1])
    probs = np.array([[0.9, 0.05, 0.05], [0.6, 0.3, 0.1], [0.3, 0.6, 0.1], [0.5, 0.3, 0.2]])
    res = classification_metrics(y, probs, LABELS)
    c = res["classes"]["c"]
    assert c["support"] == 0
    assert c["absent"] is True
    assert c["acc"] is None and c["auc"] is None and c["aupr"] is None
    assert "absent" not in res["classes"]["a"] and "absent" not in res["classes"]["b"]
    # Recall a 1, b 1/2: macro over the two present classes, not (1 + 0.5 + 0) / 3.
    assert res["macro"]["acc"] == pytest.approx(0.75)
    a_auc = roc_auc_score(y == 0, probs[:, 0])
    b_auc = roc_auc_score(y == 1, probs[:, 1])
    assert res["macro"]["auc"] == pytest.approx((a_auc + b_auc) / 2)


def test_single_class_has_no_auc():
    y = np.array([1, 1, 1])
    probs = np.array([[0.2, 0.8], [0.6, 0.4], [0.1, 0.9]])
    res = classification_metrics(y, probs, ["neg", "pos"])
    pos = res["classes"]["pos"]
    assert pos["acc"] == pytest.approx(2 / 3)
    assert pos["auc"] is None and pos["aupr"] is None
    assert res["classes"]["neg"]["absent"] is True
    assert res["macro"]["auc"] is None
    assert res["macro"]["aupr"] is None
    assert res["macro"]["acc"] == pytest.approx(2 / 3)
    assert res["undefined"]["auc"].startswith("all 3 image(s) are 'pos': ranking a class needs images with and without")
    assert set(res["undefined"]) == {"auc", "aupr", "sens_at_spec"}  # kappa is defined: predictions differ
    same = classification_metrics(y, np.array([[0.1, 0.9]] * 3), ["neg", "pos"])
    assert same["kappa"] is None and "every target and every prediction is the same class" in same["undefined"]["kappa"]
    two = classification_metrics(np.array([0, 1]), np.array([[0.6, 0.4], [0.3, 0.7]]), ["neg", "pos"])
    assert two["undefined"] == {}


@pytest.mark.parametrize(
    "probs",
    [
        np.full((6, 4), 0.25),  # one column too many
        np.full((5, 3), 1 / 3),  # one row too few
        np.full(6, 0.5),  # 1-D
        np.full((6, 3, 1), 1 / 3),  # 3-D
    ],
)
def test_wrong_probs_shape(probs):
    with pytest.raises(ValueError, match=r"\(6, 3\)"):
        classification_metrics(Y, probs, LABELS)


# --- bootstrap -----------------------------------------------------------------------------


def _sample(n: int = 150, k: int = 3, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = np.arange(n) % k
    logits = rng.normal(size=(n, k)) + 1.2 * np.eye(k)[y]
    return y, np.exp(logits) / np.exp(logits).sum(1, keepdims=True)


def _boot(y, probs, **kw):
    return with_bootstrap(classification_metrics(y, probs, LABELS), y, probs, LABELS, **kw)


def test_bootstrap_intervals_bracket_the_value():
    y, probs = _sample()
    res = _boot(y, probs, resamples=100, seed=0)
    for entry in [*res["classes"].values(), res["macro"]]:
        for m in METRICS:
            ci = entry[f"{m}_ci"]
            assert isinstance(ci, list) and len(ci) == 2
            low, high = ci
            assert 0.0 <= low <= entry[m] <= high <= 1.0
            assert high - low > 0.0
    assert res["bootstrap"] == {"resamples": 100, "seed": 0, "unit": "image"}
    low, high = res["balanced_accuracy_ci"]  # every headline figure has its interval
    assert low <= res["balanced_accuracy"] <= high and res["balanced_accuracy_ci"] == res["macro"]["acc_ci"]
    for m in ("accuracy", "kappa", "ece", "brier"):
        assert res[f"{m}_ci"][0] <= res[m] <= res[f"{m}_ci"][1], m


def test_bootstrap_is_deterministic_for_a_seed():
    y, probs = _sample()
    first = _boot(y, probs, resamples=30, seed=7)
    second = _boot(y, probs, resamples=30, seed=7)
    assert first == second
    other = _boot(y, probs, resamples=30, seed=8)
    assert other["macro"]["auc_ci"] != first["macro"]["auc_ci"]
    # The point values are not changed by the bootstrap.
    plain = classification_metrics(y, probs, LABELS)
    assert {m: first["macro"][m] for m in METRICS} == plain["macro"]


def test_bootstrap_by_patient():
    y, probs = _sample()
    groups = np.array([f"P{i // 2:03d}" for i in range(len(y))])
    res = _boot(y, probs, resamples=30, seed=0, groups=groups)
    assert res["bootstrap"]["unit"] == "patient"
    low, high = res["macro"]["acc_ci"]
    assert low <= res["macro"]["acc"] <= high
    # Resampling patients draws different samples than resampling images.
    by_image = _boot(y, probs, resamples=30, seed=0)
    assert by_image["macro"]["auc_ci"] != res["macro"]["auc_ci"]


def test_bootstrap_skips_none_values_and_zero_resamples():
    y = np.array([0, 0, 1, 1])
    probs = np.array([[0.9, 0.05, 0.05], [0.6, 0.3, 0.1], [0.3, 0.6, 0.1], [0.5, 0.3, 0.2]])
    res = _boot(y, probs, resamples=30, seed=0)
    assert not any(k.endswith("_ci") for k in res["classes"]["c"])  # absent class: nothing to bracket
    before = classification_metrics(y, probs, LABELS)
    untouched = with_bootstrap(copy.deepcopy(before), y, probs, LABELS, resamples=0)
    assert untouched == before


def test_bootstrap_accepts_lists_like_classification_metrics():
    y, probs = _sample(n=30)
    res = classification_metrics(y.tolist(), probs.tolist(), LABELS)
    res = with_bootstrap(res, y.tolist(), probs.tolist(), LABELS, resamples=10)
    assert res["bootstrap"]["resamples"] == 10
    assert res["bootstrap"]["unit"] == "image"


def test_f1_sensitivity_at_specificity_kappa_and_calibration_by_hand():
    from mmfundusclip.eval.metrics import calibration

    # 4 images, 2 classes. Predictions (argmax): 0, 0, 1, 0; truth: 0, 0, 1, 1.
    y = np.array([0, 0, 1, 1])
    probs = np.array([[0.9, 0.1], [0.6, 0.4], [0.2, 0.8], [0.7, 0.3]])
    res = classification_metrics(y, probs, ["a", "b"])
    # Class a: predicted 3 times, 2 right, support 2 -> F1 = 2*2 / (3 + 2) = 0.8.
    assert res["classes"]["a"]["f1"] == pytest.approx(0.8)
    # Class b: predicted once, right, support 2 -> F1 = 2*1 / (1 + 2).
    assert res["classes"]["b"]["f1"] == pytest.approx(2 / 3)
    # Class b scores: positives 0.8, 0.3; negatives 0.1, 0.4. At specificity >= 0.9 (no false
    # positive allowed) the best threshold is 0.8: sensitivity 1/2.
    assert res["classes"]["b"]["sens_at_spec"] == pytest.approx(0.5)
    # Cohen's kappa (unweighted): p_o = 3/4, p_e = (3/4*2/4 + 1/4*2/4) = 1/2 -> (3/4 - 1/2) / (1/2) = 0.5.
    assert res["kappa"] == pytest.approx(0.5) and res["kappa_weights"] == "none"
    # Brier: mean over images of sum_k (p_k - onehot_k)^2.
    brier = np.mean([2 * 0.1**2, 2 * 0.4**2, 2 * 0.2**2, 2 * 0.7**2])
    assert res["brier"] == pytest.approx(brier)
    # ECE with 15 bins: confidences 0.9 (right), 0.6 (right), 0.8 (right), 0.7 (wrong) fall in
    # four different bins: sum of 1/4 * |conf - correct|.
    expected_ece = (abs(0.9 - 1) + abs(0.6 - 1) + abs(0.8 - 1) + abs(0.7 - 0)) / 4
    assert calibration(y, probs)["ece"] == pytest.approx(expected_ece)


def test_quadratic_kappa_for_graded_labels():
    from sklearn.metrics import cohen_kappa_score

    y = np.array([0, 1, 2, 3, 4, 2, 1])
    pred = np.array([0, 2, 2, 4, 4, 1, 1])
    probs = np.eye(5)[pred] * 0.9 + 0.02
    res = classification_metrics(y, probs, ["0", "1", "2", "3", "4"], graded=True)
    assert res["kappa_weights"] == "quadratic"
    assert res["kappa"] == pytest.approx(cohen_kappa_score(y, pred, weights="quadratic"))
    # Off-by-one errors cost little under quadratic weights.
    assert res["kappa"] > classification_metrics(y, probs, ["0", "1", "2", "3", "4"])["kappa"]


def test_sens_at_spec_reads_every_threshold_of_the_roc_curve():
    # 10 positives, 16 negatives. One negative ties the positives at 0.8 and one at 0.7, so the ROC
    # steps diagonally (1 negative, 2 positives) twice: roc_curve's drop_intermediate drops the
    # middle point (FPR 1/16, TPR 4/10), which is the best within 10 % FPR (2/16 is over).
    pos = [0.9, 0.9, 0.8, 0.8, 0.7, 0.7, 0.4, 0.3, 0.2, 0.1]
    neg = [0.8, 0.7] + [0.05] * 14
    s = np.array(pos + neg)
    y = np.array([1] * len(pos) + [0] * len(neg))
    res = classification_metrics(y, np.c_[1 - s, s], ["a", "b"])
    assert res["classes"]["b"]["sens_at_spec"] == pytest.approx(4 / 10)  # 0.2 with the dropped point
    # The multi-label reading (1 of 16 negatives allowed above the cut) agrees.
    ml = multilabel_metrics(y[:, None], s[:, None], ["b"])
    assert ml["labels"]["b"]["sens_at_spec"] == pytest.approx(4 / 10)


def _centred(point: float, ci: list[float] | None) -> bool:
    """The point estimate lies in the middle half of its interval (a skewed interval puts it at an edge)."""
    assert ci is not None
    low, high = ci
    return low <= point <= high and 0.25 <= (point - low) / (high - low) <= 0.75


def _rare_labels(rare_positives: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """5 common labels scored well and 5 rare labels whose few positives score lowest (AUC 0): a draw
    that loses a rare label averages only the better ones."""
    rng = np.random.default_rng(0)
    n = 120
    t = np.zeros((n, 10), dtype=int)
    t[:, :5] = rng.random((n, 5)) < 0.4
    for k in range(5, 10):
        t[rng.choice(n, rare_positives, replace=False), k] = 1
    s = np.clip(rng.normal(0.5, 0.15, (n, 10)) + 0.25 * t * (np.arange(10) < 5), 0, 1)
    s[:, 5:][t[:, 5:] == 1] = 0.0
    return t, s, [f"L{k}" for k in range(10)]


@pytest.mark.parametrize("rare_positives", [1, 3])
def test_multilabel_macro_interval_averages_the_labels_of_the_point_estimate(rare_positives: int):
    t, s, labels = _rare_labels(rare_positives)
    res = multilabel_bootstrap(multilabel_metrics(t, s, labels), t, s, labels, resamples=300, seed=0)
    for m in ("auc", "acc"):
        point, ci = res["macro"][m], res["macro"][f"{m}_ci"]
        if rare_positives == 1:
            # A one-positive label is missing from ~37 % of draws, all five from most draws: no valid
            # interval (before: AUC 0.44 with [0.44, 0.74], an interval of a different average).
            assert ci is None
        else:
            assert _centred(point, ci), (m, point, ci)  # before: AUC 0.460 with [0.449, 0.521]


def test_single_label_macro_interval_averages_the_classes_of_the_point_estimate():
    rng = np.random.default_rng(0)
    labels = ["a", "b", "c", "d"]
    y = np.r_[rng.integers(0, 2, 80), [2, 2, 2, 3, 3, 3]]
    probs = rng.random((len(y), 4))
    probs[np.arange(80), y[:80]] += 0.6  # the common classes are recognised
    probs[np.arange(80, len(y)), y[80:]] = 0.0  # the rare ones never: AUC 0, recall 0
    probs /= probs.sum(1, keepdims=True)
    res = with_bootstrap(classification_metrics(y, probs, labels), y, probs, labels, resamples=100, seed=0)
    for m in ("auc", "acc"):
        assert _centred(res["macro"][m], res["macro"][f"{m}_ci"]), (m, res["macro"][m], res["macro"][f"{m}_ci"])
    # One-member rare classes vanish from a third of the draws each: most draws are invalid, no interval.
    y1 = np.r_[y[:80], [2, 3]]
    p1 = np.r_[probs[:80], probs[[80, 83]]]
    res1 = with_bootstrap(classification_metrics(y1, p1, labels), y1, p1, labels, resamples=100, seed=0)
    assert res1["macro"]["auc_ci"] is None and res1["macro"]["acc_ci"] is None
