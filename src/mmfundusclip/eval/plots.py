"""PNG plots for evaluation reports: ROC curves per class, confusion matrix, reliability diagram.

matplotlib with the Agg backend (files only, no display). Plots show the data behind the figures
in zeroshot.json; they never embed images from the data set.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

__all__ = ["write_plots"]


def write_plots(
    y: np.ndarray, probs: np.ndarray, labels: Sequence[str], out_dir: Path, bins: int = 15
) -> dict[str, Path]:
    """Write ``roc.png``, ``confusion.png`` and ``reliability.png``; return their paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import confusion_matrix, roc_auc_score, roc_curve

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "roc": out_dir / "roc.png",
        "confusion": out_dir / "confusion.png",
        "reliability": out_dir / "reliability.png",
    }

    fig, ax = plt.subplots(figsize=(5, 5))
    for k, label in enumerate(labels):
        pos = y == k
        if 0 < pos.sum() < len(y):
            fpr, tpr, _ = roc_curve(pos, probs[:, k])
            ax.plot(fpr, tpr, label=f"{label} (AUC {roc_auc_score(pos, probs[:, k]):.3f})")
    ax.plot([0, 1], [0, 1], "k:", lw=0.8)
    ax.set(
        xlabel="1 - specificity",
        ylabel="sensitivity",
        title="ROC, one class against the rest",
        xlim=(0, 1),
        ylim=(0, 1.01),
    )
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="lower right", fontsize=8)
    else:  # a single class in the set: no curve is defined
        ax.text(0.5, 0.5, "ROC undefined: one class only", ha="center")
    fig.tight_layout()
    fig.savefig(paths["roc"], dpi=120)
    plt.close(fig)

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

    conf, correct = probs.max(1), probs.argmax(1) == y
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
    centres = (edges[:-1] + edges[1:]) / 2
    acc = np.array([correct[which == b].mean() if (which == b).any() else np.nan for b in range(bins)])
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.bar(centres, np.nan_to_num(acc), width=1 / bins, edgecolor="k", alpha=0.7, label="accuracy in bin")
    ax.plot([0, 1], [0, 1], "r--", label="perfect calibration")
    ax.set(
        xlabel="confidence (top class probability)",
        ylabel="accuracy",
        title="reliability diagram",
        xlim=(0, 1),
        ylim=(0, 1),
    )
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(paths["reliability"], dpi=120)
    plt.close(fig)
    return paths
