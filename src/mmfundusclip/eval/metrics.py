"""Classification metrics per class and macro, with bootstrap confidence intervals.

Macro averages are over the classes present in the data. A class with zero recall counts as
zero (the paper's script filtered values ``> 0`` out of its averages, which inflates them); a
class absent from the data is reported as absent and left out. AUC is undefined (None) when the
data has a single class.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["METRICS", "calibration", "classification_metrics", "with_bootstrap"]

#: Per-class figures, in report order ("acc" is the class's recall, as in the paper's table).
METRICS: tuple[str, ...] = ("acc", "auc", "aupr", "f1", "sens_at_spec")

#: Specificity at which ``sens_at_spec`` reads the ROC curve (a screening operating point).
SPECIFICITY = 0.9

#: Bins of the expected calibration error (top-label confidence, equal width).
ECE_BINS = 15


def _per_class(y: np.ndarray, probs: np.ndarray, k: int, pred: np.ndarray) -> dict[str, float | None]:
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
    fpr, tpr, _ = roc_curve(pos, probs[:, k])
    ok = fpr <= 1 - SPECIFICITY + 1e-12
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


def classification_metrics(
    y: np.ndarray, probs: np.ndarray, labels: Sequence[str], *, paper_compat: bool = False, graded: bool = False
) -> dict[str, Any]:
    """``{"classes": {label: {...}}, "macro": {...}, "accuracy": ...}`` for integer targets ``y``.

    ``paper_compat`` reproduces the paper's macro averages, which drop zero-valued classes.
    ``graded`` (ordered labels such as DR grades 0-4) weights Cohen's kappa quadratically.
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
        entry.update(_per_class(y, probs, k, pred))
        if entry["support"] == 0:
            entry["absent"] = True
        classes[label] = entry
    present = [c for c in classes.values() if c["support"] > 0]
    macro = {m: _mean([c[m] for c in present], paper_compat) for m in METRICS}
    kappa = None
    if len(y) and len(np.unique(np.concatenate([y, pred]))) > 1:
        kappa = float(
            cohen_kappa_score(y, pred, labels=list(range(len(labels))), weights="quadratic" if graded else None)
        )
    return {
        "classes": classes,
        "macro": macro,
        "accuracy": float((pred == y).mean()) if len(y) else None,
        "balanced_accuracy": macro["acc"],
        "kappa": kappa,
        "kappa_weights": "quadratic" if graded else "none",
        **(calibration(y, probs) if len(y) else {"ece": None, "brier": None}),
        "n": int(len(y)),
        "specificity_for_sens_at_spec": SPECIFICITY,
    }


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
) -> dict[str, Any]:
    """Add ``<metric>_ci: [low, high]`` (95 % percentile bootstrap) beside every figure.

    With ``groups`` (patient ids) whole patients are resampled, so two eyes of one patient never
    count as independent evidence.
    """
    if resamples <= 0 or len(y) == 0:
        return result
    rng = np.random.default_rng(seed)
    y = np.asarray(y)
    probs = np.asarray(probs, dtype=np.float64)
    if groups is not None:
        uniq, inverse = np.unique(np.asarray(groups), return_inverse=True)
        members = [np.flatnonzero(inverse == g) for g in range(len(uniq))]
    draws: list[dict[str, Any]] = []
    for _ in range(resamples):
        if groups is None:
            idx = rng.integers(0, len(y), len(y))
        else:
            picked = rng.integers(0, len(members), len(members))
            idx = np.concatenate([members[g] for g in picked])
        draws.append(classification_metrics(y[idx], probs[idx], labels, paper_compat=paper_compat, graded=graded))

    def interval(values: list[float | None]) -> list[float] | None:
        vals = [v for v in values if v is not None and not math.isnan(v)]
        if len(vals) < max(10, resamples // 2):
            return None
        return [float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5))]

    for label in labels:
        entry = result["classes"][label]
        for m in METRICS:
            if entry.get(m) is not None:
                entry[f"{m}_ci"] = interval([d["classes"][label][m] for d in draws])
    for m in METRICS:
        if result["macro"].get(m) is not None:
            result["macro"][f"{m}_ci"] = interval([d["macro"][m] for d in draws])
    for m in ("accuracy", "kappa", "ece", "brier"):
        if result.get(m) is not None:
            result[f"{m}_ci"] = interval([d[m] for d in draws])
    result["bootstrap"] = {"resamples": resamples, "seed": seed, "unit": "patient" if groups is not None else "image"}
    return result
