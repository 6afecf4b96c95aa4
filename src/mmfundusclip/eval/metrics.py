"""Classification metrics per class and macro, with bootstrap confidence intervals.

Macro averages are over the classes present in the data. A class with zero recall counts as
zero (the paper's script filtered values ``> 0`` out of its averages, which inflates them); a
class absent from the data is reported as absent and left out. AUC is undefined (None) when the
data has a single class, and the report's ``undefined`` section says why.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np

__all__ = [
    "METRICS",
    "MULTILABEL_METRICS",
    "average_precision",
    "binary_auc",
    "calibration",
    "check_specificity",
    "classification_metrics",
    "multilabel_bootstrap",
    "multilabel_metrics",
    "percentile_interval",
    "resample_indices",
    "with_bootstrap",
]

#: Per-class figures, in report order ("acc" is the class's recall, as in the paper's table).
METRICS: tuple[str, ...] = ("acc", "auc", "aupr", "f1", "sens_at_spec")

#: Default specificity at which ``sens_at_spec`` reads the ROC curve (a screening operating point;
#: ``eval zeroshot --specificity`` chooses another).
SPECIFICITY = 0.9


def check_specificity(value: float) -> float:
    """``value`` if it is a specificity strictly between 0 and 1, else a ValueError naming it."""
    if not 0.0 < float(value) < 1.0:
        raise ValueError(f"specificity must be between 0 and 1 (exclusive), got {value}")
    return float(value)


#: Bins of the expected calibration error (top-label confidence, equal width).
ECE_BINS = 15


def _per_class(
    y: np.ndarray, probs: np.ndarray, k: int, pred: np.ndarray, specificity: float = SPECIFICITY
) -> dict[str, float | None]:
    # Imported here: scikit-learn adds ~40 MB to every training process that never evaluates.
    from sklearn.metrics import average_precision_score, roc_auc_score, roc_curve

    pos = y == k
    n_pos = int(pos.sum())
    if n_pos == 0:
        return dict.fromkeys(METRICS)
    acc = float((pred[pos] == k).mean())
    predicted = pred == k
    tp = float((predicted & pos).sum())
    f1 = 2 * tp / (predicted.sum() + n_pos) if (predicted.sum() + n_pos) else 0.0
    if n_pos == len(y):  # one class only: ROC undefined
        return {"acc": acc, "auc": None, "aupr": None, "f1": float(f1), "sens_at_spec": None}
    # Every threshold: the default drop_intermediate=True may drop the best point within 10 % FPR.
    fpr, tpr, _ = roc_curve(pos, probs[:, k], drop_intermediate=False)
    ok = fpr <= 1 - specificity + 1e-12
    return {
        "acc": acc,
        "auc": float(roc_auc_score(pos, probs[:, k])),
        "aupr": float(average_precision_score(pos, probs[:, k])),
        "f1": float(f1),
        "sens_at_spec": float(tpr[ok].max()) if ok.any() else 0.0,
    }


def calibration(y: np.ndarray, probs: np.ndarray, bins: int = ECE_BINS) -> dict[str, float]:
    """Expected calibration error (top-label, equal-width bins) and multi-class Brier score."""
    conf = probs.max(1)
    correct = probs.argmax(1) == y
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        sel = which == b
        if sel.any():
            ece += sel.mean() * abs(conf[sel].mean() - correct[sel].mean())
    onehot = np.eye(probs.shape[1])[y]
    return {"ece": float(ece), "brier": float(((probs - onehot) ** 2).sum(1).mean())}


def _mean(values: Sequence[float | None], drop_zero: bool) -> float | None:
    vals = [v for v in values if v is not None and (not drop_zero or v > 0)]
    return float(np.mean(vals)) if vals else None


def _draw_macro(
    point: Mapping[str, Mapping[str, Any]], draw: Mapping[str, Mapping[str, Any]], metric: str, drop_zero: bool
) -> float | None:
    """A bootstrap draw's macro ``metric`` over the labels that define the point estimate's macro.

    A draw that loses one of those labels (no positives, or no negatives for AUC) does not measure
    the same average, so it is invalid (None) rather than averaged over the labels it kept: averaging
    over fewer labels gives an interval around a different quantity than the point estimate.
    """
    keys = [k for k, e in point.items() if e.get(metric) is not None]
    vals = [draw[k][metric] for k in keys]
    if not keys or any(v is None or math.isnan(v) for v in vals):
        return None
    return _mean(vals, drop_zero)


def classification_metrics(
    y: np.ndarray,
    probs: np.ndarray,
    labels: Sequence[str],
    *,
    paper_compat: bool = False,
    graded: bool = False,
    specificity: float = SPECIFICITY,
) -> dict[str, Any]:
    """``{"classes": {label: {...}}, "macro": {...}, "accuracy": ...}`` for integer targets ``y``.

    ``paper_compat`` reproduces the paper's macro averages, which drop zero-valued classes.
    ``graded`` (ordered labels such as DR grades 0-4) weights Cohen's kappa quadratically.
    ``specificity`` is the operating point of ``sens_at_spec``. ``undefined`` maps each figure that
    has no value for the whole set to the reason (a set of one class has no AUC).
    """
    from sklearn.metrics import cohen_kappa_score

    y = np.asarray(y)
    probs = np.asarray(probs, dtype=np.float64)
    if probs.ndim != 2 or probs.shape[0] != len(y) or probs.shape[1] != len(labels):
        raise ValueError(f"probs must have shape ({len(y)}, {len(labels)}), got {probs.shape}")
    classes: dict[str, dict[str, Any]] = {}
    pred = probs.argmax(1)
    for k, label in enumerate(labels):
        entry: dict[str, Any] = {"support": int((y == k).sum())}
        entry.update(_per_class(y, probs, k, pred, specificity))
        if entry["support"] == 0:
            entry["absent"] = True
        classes[label] = entry
    present = [c for c in classes.values() if c["support"] > 0]
    macro = {m: _mean([c[m] for c in present], paper_compat) for m in METRICS}
    kappa = None
    undefined: dict[str, str] = {}
    if len(y) and len(np.unique(np.concatenate([y, pred]))) > 1:
        kappa = float(
            cohen_kappa_score(y, pred, labels=list(range(len(labels))), weights="quadratic" if graded else None)
        )
    elif len(y):
        undefined["kappa"] = (
            "every target and every prediction is the same class: no agreement beyond chance to measure"
        )
    if len(present) == 1:
        only = next(label for label, c in classes.items() if c["support"])
        reason = (
            f"all {len(y)} image(s) are {only!r}: ranking a class needs images with and without it, "
            "so AUC, AUPR and sensitivity at specificity are undefined (accuracy is that class's recall)"
        )
        undefined.update(dict.fromkeys(("auc", "aupr", "sens_at_spec"), reason))
    return {
        "classes": classes,
        "macro": macro,
        "accuracy": float((pred == y).mean()) if len(y) else None,
        "balanced_accuracy": macro["acc"],
        "kappa": kappa,
        "kappa_weights": "quadratic" if graded else "none",
        **(calibration(y, probs) if len(y) else {"ece": None, "brier": None}),
        "n": int(len(y)),
        "specificity_for_sens_at_spec": specificity,
        "undefined": undefined,
    }


def resample_indices(
    n: int, resamples: int, seed: int = 0, groups: Sequence[Any] | np.ndarray | None = None
) -> Iterator[np.ndarray]:
    """Row indices of ``resamples`` bootstrap draws of ``n`` rows: rows drawn with replacement, or
    with ``groups`` (patient ids) whole groups drawn with replacement and all their rows taken, so
    two eyes of one patient never count as independent evidence. Deterministic for a seed."""
    rng = np.random.default_rng(seed)
    if groups is None:
        for _ in range(resamples):
            yield rng.integers(0, n, n)
        return
    _, inverse = np.unique(np.asarray(groups), return_inverse=True)
    members = [np.flatnonzero(inverse == g) for g in range(inverse.max() + 1)]
    for _ in range(resamples):
        yield np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))])


def percentile_interval(values: Sequence[float | None], resamples: int) -> list[float] | None:
    """The 95 % percentile interval of the defined draws; None unless at least half the draws (and
    10) define the figure (rare classes vanish from many draws)."""
    vals = [v for v in values if v is not None and not math.isnan(v)]
    if len(vals) < max(10, resamples // 2):
        return None
    return [float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5))]


def with_bootstrap(
    result: dict[str, Any],
    y: np.ndarray,
    probs: np.ndarray,
    labels: Sequence[str],
    *,
    resamples: int,
    seed: int = 0,
    groups: np.ndarray | None = None,
    paper_compat: bool = False,
    graded: bool = False,
    specificity: float = SPECIFICITY,
) -> dict[str, Any]:
    """Add ``<metric>_ci: [low, high]`` (95 % percentile bootstrap) beside every figure.

    With ``groups`` (patient ids) whole patients are resampled, so two eyes of one patient never
    count as independent evidence. Each draw's macro averages the same classes as the point estimate;
    a draw missing one of them is invalid, and a figure gets no interval unless half the draws are valid.
    """
    if resamples <= 0 or len(y) == 0:
        return result
    y = np.asarray(y)
    probs = np.asarray(probs, dtype=np.float64)
    draws = [
        classification_metrics(
            y[idx], probs[idx], labels, paper_compat=paper_compat, graded=graded, specificity=specificity
        )
        for idx in resample_indices(len(y), resamples, seed, groups)
    ]

    for label in labels:
        entry = result["classes"][label]
        for m in METRICS:
            if entry.get(m) is not None:
                entry[f"{m}_ci"] = percentile_interval([d["classes"][label][m] for d in draws], resamples)
    for m in METRICS:
        if result["macro"].get(m) is not None:
            result["macro"][f"{m}_ci"] = percentile_interval(
                [_draw_macro(result["classes"], d["classes"], m, paper_compat) for d in draws], resamples
            )
    for m in ("accuracy", "kappa", "ece", "brier"):
        if result.get(m) is not None:
            result[f"{m}_ci"] = percentile_interval([d[m] for d in draws], resamples)
    if result["macro"].get("acc_ci") is not None:  # balanced accuracy is the macro recall
        result["balanced_accuracy_ci"] = result["macro"]["acc_ci"]
    result["bootstrap"] = {"resamples": resamples, "seed": seed, "unit": "patient" if groups is not None else "image"}
    return result


# ---------------------------------------------------------------------------------------------
# Multi-label sets (one 0/1 column per condition, as in RFMiD or ODIR-5K)
# ---------------------------------------------------------------------------------------------

#: Per-label figures of a multi-label set. ``acc`` is the label's recall at score >= 0.5 (as "acc"
#: is a class's recall in the single-label table); ``spec`` and ``f1`` are read at the same cut.
MULTILABEL_METRICS: tuple[str, ...] = ("auc", "aupr", "acc", "spec", "f1", "sens_at_spec")

#: Score at or above which a label counts as predicted (0.5: the condition's prompt beats the reference).
THRESHOLD = 0.5


def binary_auc(y: np.ndarray, s: np.ndarray) -> float | None:
    """ROC AUC of scores ``s`` for 0/1 targets ``y`` by the rank-sum (Mann-Whitney) formula, ties
    counted half; None when one class is missing. Equals sklearn's ``roc_auc_score`` (tested) and is
    ~20x faster, which matters for 1,000 bootstrap draws x 46 RFMiD labels."""
    from scipy.stats import rankdata

    y = np.asarray(y, dtype=bool)
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return None
    ranks = rankdata(s)
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def average_precision(y: np.ndarray, s: np.ndarray) -> float | None:
    """Average precision (step-wise area under the precision-recall curve, one step per distinct
    score, as sklearn's ``average_precision_score``); None without positives."""
    y = np.asarray(y, dtype=bool)
    n_pos = int(y.sum())
    if n_pos == 0:
        return None
    order = np.argsort(-np.asarray(s, dtype=np.float64), kind="mergesort")
    ys, ss = y[order], np.asarray(s, dtype=np.float64)[order]
    tp = np.cumsum(ys)
    last = np.r_[np.flatnonzero(np.diff(ss) != 0), len(ss) - 1]  # last index of each run of tied scores
    tp = tp[last]
    precision = tp / (last + 1)
    recall = tp / n_pos
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


def _label_metrics(y: np.ndarray, s: np.ndarray, specificity: float = SPECIFICITY) -> dict[str, float | None]:
    pos = y.astype(bool)
    n_pos = int(pos.sum())
    if n_pos == 0:
        return dict.fromkeys(MULTILABEL_METRICS)
    pred = s >= THRESHOLD
    tp = float((pred & pos).sum())
    neg = ~pos
    out: dict[str, float | None] = {
        "auc": binary_auc(pos, s),
        "aupr": average_precision(pos, s),
        "acc": tp / n_pos,
        "spec": float((~pred & neg).sum() / neg.sum()) if neg.any() else None,
        "f1": float(2 * tp / (pred.sum() + n_pos)),
        "sens_at_spec": None,
    }
    if neg.any():
        # Sensitivity at the chosen specificity (0.9: the best recall among cuts that keep at most 10 % of negatives).
        neg_scores = np.sort(s[neg])[::-1]
        allowed = int(np.floor((1 - specificity) * neg.sum() + 1e-9))  # negatives allowed above the cut
        cut = neg_scores[allowed] if allowed < len(neg_scores) else -np.inf
        out["sens_at_spec"] = float((s[pos] > cut).mean())
    return out


def multilabel_metrics(
    targets: np.ndarray, scores: np.ndarray, labels: Sequence[str], specificity: float = SPECIFICITY
) -> dict[str, Any]:
    """``{"labels": {name: {...}}, "macro": {...}, "multilabel": True, "n": ...}`` for a 0/1 matrix.

    A label without positives is reported as ``absent`` with no figures and left out of every macro
    average; a label whose images are all positive has no AUC (left out of the macro AUC only); ``undefined``
    maps each such label to the reason.
    """
    t = np.asarray(targets)
    s = np.asarray(scores, dtype=np.float64)
    if t.ndim != 2 or t.shape != s.shape or t.shape[1] != len(labels):
        raise ValueError(f"targets and scores must both have shape (n, {len(labels)}), got {t.shape} and {s.shape}")
    out: dict[str, dict[str, Any]] = {}
    undefined: dict[str, str] = {}
    for k, label in enumerate(labels):
        entry: dict[str, Any] = {"support": int(t[:, k].sum()), "prevalence": float(t[:, k].mean()) if len(t) else None}
        entry.update(_label_metrics(t[:, k], s[:, k], specificity))
        if entry["support"] == 0:
            entry["absent"] = True
        elif entry["support"] == len(t):
            undefined[label] = (
                f"all {len(t)} image(s) have {label!r}: AUC and sensitivity at specificity need images without it"
            )
        out[label] = entry
    present = [e for e in out.values() if e["support"] > 0]
    macro: dict[str, Any] = {m: _mean([e[m] for e in present], False) for m in MULTILABEL_METRICS}
    macro["labels_averaged"] = len(present)
    return {
        "labels": out,
        "macro": macro,
        "multilabel": True,
        "n": int(len(t)),
        "threshold": THRESHOLD,
        "specificity_for_sens_at_spec": specificity,
        "undefined": undefined,
    }


def multilabel_bootstrap(
    result: dict[str, Any],
    targets: np.ndarray,
    scores: np.ndarray,
    labels: Sequence[str],
    *,
    resamples: int,
    seed: int = 0,
    groups: np.ndarray | None = None,
    specificity: float = SPECIFICITY,
) -> dict[str, Any]:
    """Add ``<metric>_ci`` (95 % percentile bootstrap) to every per-label and macro figure of
    ``multilabel_metrics``; with ``groups`` (patient ids) whole patients are resampled. Each draw's
    macro averages the same labels as the point estimate; a draw missing one of them is invalid."""
    if resamples <= 0 or len(targets) == 0:
        return result
    t = np.asarray(targets)
    s = np.asarray(scores, dtype=np.float64)
    draws = [
        multilabel_metrics(t[idx], s[idx], labels, specificity)
        for idx in resample_indices(len(t), resamples, seed, groups)
    ]

    for label in labels:
        entry = result["labels"][label]
        for m in MULTILABEL_METRICS:
            if entry.get(m) is not None:
                entry[f"{m}_ci"] = percentile_interval([d["labels"][label][m] for d in draws], resamples)
    for m in MULTILABEL_METRICS:
        if result["macro"].get(m) is not None:
            result["macro"][f"{m}_ci"] = percentile_interval(
                [_draw_macro(result["labels"], d["labels"], m, False) for d in draws], resamples
            )
    result["bootstrap"] = {"resamples": resamples, "seed": seed, "unit": "patient" if groups is not None else "image"}
    return result
