"""PNG plots for evaluation reports: ROC curves per class, confusion matrix, reliability diagram
(single-label sets); ROC curves per label and a pooled reliability diagram (multi-label sets).

matplotlib with the Agg backend (files only, no display). Plots show the data behind the figures
in zeroshot.json; they never embed images from the data set.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

__all__ = ["write_multilabel_plots", "write_plots"]


def _pyplot():  # noqa: ANN202 - matplotlib imported lazily
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _roc_plot(targets: np.ndarray, scores: np.ndarray, labels: Sequence[str], title: str, path: Path) -> None:
    """One ROC curve per column of 0/1 ``targets`` that has positives and negatives."""
    from sklearn.metrics import roc_auc_score, roc_curve

    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(5, 5))
    for k, label in enumerate(labels):
        pos = targets[:, k].astype(bool)
        if 0 < pos.sum() < len(pos):
            fpr, tpr, _ = roc_curve(pos, scores[:, k])
            ax.plot(fpr, tpr, lw=1, label=f"{label} (AUC {roc_auc_score(pos, scores[:, k]):.3f})")
    ax.plot([0, 1], [0, 1], "k:", lw=0.8)
    ax.set(xlabel="1 - specificity", ylabel="sensitivity", title=title, xlim=(0, 1), ylim=(0, 1.01))
    curves = len(ax.get_legend_handles_labels()[0])
    if curves:  # RFMiD has 46 labels: smaller type and two columns past a dozen curves
        ax.legend(loc="lower right", fontsize=8 if curves <= 12 else 5, ncol=1 if curves <= 12 else 2)
    else:  # every image has the class (or none has): no curve is defined
        ax.text(0.5, 0.5, "ROC undefined: no class has both positives and negatives", ha="center", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def _reliability_plot(conf: np.ndarray, correct: np.ndarray, bins: int, xlabel: str, path: Path) -> None:
    """Observed frequency per equal-width confidence bin against the diagonal."""
    plt = _pyplot()
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
    centres = (edges[:-1] + edges[1:]) / 2
    acc = np.array([correct[which == b].mean() if (which == b).any() else np.nan for b in range(bins)])
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.bar(centres, np.nan_to_num(acc), width=1 / bins, edgecolor="k", alpha=0.7, label="observed in bin")
    ax.plot([0, 1], [0, 1], "r--", label="perfect calibration")
    ax.set(xlabel=xlabel, ylabel="observed frequency", title="reliability diagram", xlim=(0, 1), ylim=(0, 1))
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write_plots(
    y: np.ndarray, probs: np.ndarray, labels: Sequence[str], out_dir: Path, bins: int = 15
) -> dict[str, Path]:
    """Write ``roc.png``, ``confusion.png`` and ``reliability.png``; return their paths."""
    from sklearn.metrics import confusion_matrix

    plt = _pyplot()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "roc": out_dir / "roc.png",
        "confusion": out_dir / "confusion.png",
        "reliability": out_dir / "reliability.png",
    }
    onehot = np.eye(len(labels), dtype=int)[np.asarray(y, dtype=int)]
    _roc_plot(onehot, probs, labels, "ROC, one class against the rest", paths["roc"])

    cm = confusion_matrix(y, probs.argmax(1), labels=list(range(len(labels))))
    fig, ax = plt.subplots(figsize=(1.2 + 0.7 * len(labels), 1.0 + 0.7 * len(labels)))
    ax.imshow(cm, cmap="Blues")
    for i in range(len(labels)):
        for j in range(len(labels)):
            ax.text(
                j,
                i,
                str(cm[i, j]),
                ha="center",
                va="center",
                color="white" if cm[i, j] > cm.max() / 2 else "black",
                fontsize=8,
            )
    ax.set(
        xticks=range(len(labels)),
        yticks=range(len(labels)),
        xticklabels=labels,
        yticklabels=labels,
        xlabel="predicted",
        ylabel="true",
        title="confusion matrix",
    )
    plt.setp(ax.get_xticklabels(), rotation=45, ha="right")
    fig.tight_layout()
    fig.savefig(paths["confusion"], dpi=120)
    plt.close(fig)

    _reliability_plot(
        probs.max(1), probs.argmax(1) == y, bins, "confidence (top class probability)", paths["reliability"]
    )
    return paths


def write_multilabel_plots(
    targets: np.ndarray, scores: np.ndarray, labels: Sequence[str], out_dir: Path, bins: int = 15
) -> dict[str, Path]:
    """Write ``roc.png`` (one curve per label with positives and negatives) and ``reliability.png``
    (every image-label score against its 0/1 target, pooled over labels); return their paths. A
    confusion matrix has no multi-label form: the per-label counts at the 0.5 cut are in zeroshot.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"roc": out_dir / "roc.png", "reliability": out_dir / "reliability.png"}
    t, s = np.asarray(targets), np.asarray(scores, dtype=np.float64)
    _roc_plot(t, s, labels, "ROC per label", paths["roc"])
    _reliability_plot(s.ravel(), t.ravel().astype(bool), bins, "score (each image and label)", paths["reliability"])
    return paths
