"""Few-shot linear probes on frozen image features: k shots per class, several random draws.

A logistic regression (scikit-learn, L-BFGS) on standardised features, fitted on k images per
class drawn from the training set (``full``: all of it), scored on the whole test set; the mean
and standard deviation over draws are reported, as in CLIP_benchmark's few-shot probe and
FLAIR's transferability experiments.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .metrics import classification_metrics

__all__ = ["DEFAULT_SHOTS", "few_shot_probe", "parse_shots"]

DEFAULT_SHOTS: tuple[int | str, ...] = (1, 2, 4, 8, 16, "full")
_SUMMARY = (("macro", "acc"), ("macro", "auc"), ("macro", "aupr"), ("macro", "f1"), (None, "accuracy"), (None, "kappa"))


def parse_shots(text: str) -> list[int | str]:
    """'1,2,4,full' -> [1, 2, 4, 'full'] (each shot count a positive integer)."""
    out: list[int | str] = []
    for part in text.split(","):
        part = part.strip()
        if part == "full":
            out.append("full")
        elif part.isdigit() and int(part) > 0:
            out.append(int(part))
        else:
            raise ValueError(f"--shots: {part!r} is not a positive number of shots or 'full'")
    return out


def _fit_predict(x: np.ndarray, y: np.ndarray, x_test: np.ndarray, n_classes: int, seed: int) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    clf = LogisticRegression(max_iter=2000, random_state=seed).fit(scaler.transform(x), y)
    probs = np.zeros((len(x_test), n_classes))
    probs[:, clf.classes_] = clf.predict_proba(scaler.transform(x_test))
    return probs


def few_shot_probe(
    train_x: np.ndarray,
    train_y: np.ndarray,
    test_x: np.ndarray,
    test_y: np.ndarray,
    labels: Sequence[str],
    *,
    shots: Sequence[int | str] = DEFAULT_SHOTS,
    draws: int = 5,
    seed: int = 0,
) -> dict[str, Any]:
    """``{"shots": {k: {"mean": {...}, "std": {...}, "draws": n, "train_per_class": ...}}}``."""
    rng = np.random.default_rng(seed)
    n_classes = len(labels)
    present = [c for c in range(n_classes) if (train_y == c).any()]
    if len(present) < 2:
        raise ValueError(
            f"a probe needs at least two classes in the training set; it has {[labels[c] for c in present]}"
        )
    out: dict[str, Any] = {
        "labels": list(labels),
        "n_train": int(len(train_y)),
        "n_test": int(len(test_y)),
        "shots": {},
    }
    for k in shots:
        runs = []
        n_draws = 1 if k == "full" else draws
        per_class = {}
        for d in range(n_draws):
            if k == "full":
                idx = np.arange(len(train_y))
            else:
                idx = np.concatenate(
                    [
                        rng.choice(
                            np.flatnonzero(train_y == c), size=min(int(k), int((train_y == c).sum())), replace=False
                        )
                        for c in present
                    ]
                )
            per_class = {labels[c]: int((train_y[idx] == c).sum()) for c in present}
            probs = _fit_predict(train_x[idx], train_y[idx], test_x, n_classes, seed + d)
            runs.append(classification_metrics(test_y, probs, labels))
        summary: dict[str, dict[str, float | None]] = {"mean": {}, "std": {}}
        for section, key in _SUMMARY:
            vals = [(r[section] if section else r)[key] for r in runs]
            vals = [v for v in vals if v is not None]
            name = f"{section}_{key}" if section else key
            summary["mean"][name] = float(np.mean(vals)) if vals else None
            summary["std"][name] = float(np.std(vals)) if vals else None
        out["shots"][str(k)] = {**summary, "draws": n_draws, "train_per_class": per_class}
    return out
