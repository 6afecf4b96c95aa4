"""Few-shot linear probes on frozen image features: k shots per class, several random draws.

A logistic regression (scikit-learn, L-BFGS) on standardised features, fitted on k images per
class drawn from the training set (``full``: all of it), scored on the whole test set; the mean
and standard deviation over draws are reported, as in CLIP_benchmark's few-shot probe and
FLAIR's transferability experiments.

The zero-shot-initialised head (``zero_shot_weights``) starts from the text classifier instead of
from zero: logits ``logit_scale * x @ W + b`` with ``W`` the class prompt embeddings and ``b = 0``,
so before any step it *is* the zero-shot classifier (tested), then it is fitted on the k shots
with cross-entropy plus an L2 pull towards the text weights. With 1-4 shots per class a probe
from scratch often does worse than zero-shot (FLAIR, Silva-Rodriguez et al. 2024, Fig. 4; the
CLIP paper, Radford et al. 2021, Fig. 6); starting from the text weights keeps the prior that
the prompts give and lets the shots correct it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .metrics import classification_metrics

__all__ = ["DEFAULT_SHOTS", "few_shot_probe", "fit_zero_shot_head", "parse_shots", "write_probe_report"]

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


def fit_zero_shot_head(
    x: np.ndarray,
    y: np.ndarray,
    x_test: np.ndarray,
    weights: np.ndarray,
    logit_scale: float,
    *,
    steps: int = 50,
    l2: float = 1.0,
) -> np.ndarray:
    """Test-set probabilities of a linear head initialised with the zero-shot ``weights`` (dim x
    classes, columns unit-norm) and fitted on normalised features ``x`` with labels ``y``.

    Full-batch L-BFGS for ``steps`` iterations on mean cross-entropy + ``l2/2 * ||W - W0||^2``;
    ``steps=0`` returns the zero-shot probabilities exactly."""
    import torch

    xt = torch.as_tensor(x, dtype=torch.float32)
    yt = torch.as_tensor(y, dtype=torch.long)
    w0 = torch.as_tensor(np.ascontiguousarray(weights), dtype=torch.float32)
    w = w0.clone().requires_grad_(True)
    b = torch.zeros(w0.shape[1], requires_grad=True)
    if steps > 0:
        opt = torch.optim.LBFGS([w, b], lr=1.0, max_iter=steps, line_search_fn="strong_wolfe")

        def closure() -> torch.Tensor:
            opt.zero_grad()
            loss = torch.nn.functional.cross_entropy(logit_scale * xt @ w + b, yt)
            loss = loss + 0.5 * l2 * ((w - w0) ** 2).sum()
            loss.backward()
            return loss

        opt.step(closure)
    with torch.no_grad():
        logits = logit_scale * torch.as_tensor(x_test, dtype=torch.float32) @ w + b
        return logits.softmax(-1).double().numpy()


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
    zero_shot_weights: np.ndarray | None = None,
    logit_scale: float = 100.0,
) -> dict[str, Any]:
    """``{"shots": {k: {"mean": {...}, "std": {...}, "draws": n, "train_per_class": ...}}}``.

    With ``zero_shot_weights`` (dim x classes), also ``"zeroshot_init"``: the same draws fitted by
    the zero-shot-initialised head, plus its ``"0"`` row (the zero-shot classifier alone)."""
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
    if zero_shot_weights is not None:
        out["zeroshot_init"] = {}
        zs = fit_zero_shot_head(train_x[:0], train_y[:0], test_x, zero_shot_weights, logit_scale, steps=0)
        out["zeroshot_init"]["0"] = {
            **_summarise([classification_metrics(test_y, zs, labels)]),
            "draws": 1,
            "train_per_class": {},
        }
    for k in shots:
        runs = []
        head_runs = []
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
            if zero_shot_weights is not None:
                head = fit_zero_shot_head(train_x[idx], train_y[idx], test_x, zero_shot_weights, logit_scale)
                head_runs.append(classification_metrics(test_y, head, labels))
        out["shots"][str(k)] = {**_summarise(runs), "draws": n_draws, "train_per_class": per_class}
        if head_runs:
            out["zeroshot_init"][str(k)] = {**_summarise(head_runs), "draws": n_draws, "train_per_class": per_class}
    return out


def _summarise(runs: list[dict[str, Any]]) -> dict[str, dict[str, float | None]]:
    """Mean and standard deviation over draws of the headline figures."""
    summary: dict[str, dict[str, float | None]] = {"mean": {}, "std": {}}
    for section, key in _SUMMARY:
        vals = [(r[section] if section else r)[key] for r in runs]
        vals = [v for v in vals if v is not None]
        name = f"{section}_{key}" if section else key
        summary["mean"][name] = float(np.mean(vals)) if vals else None
        summary["std"][name] = float(np.std(vals)) if vals else None
    return summary


def write_probe_report(res: dict[str, Any], out: str | Path) -> str:
    """``probe.json`` (everything), ``probe.csv`` and, with a zero-shot-initialised head,
    ``probe_zeroshot_init.csv`` (mean and spread per shot count) in ``out``; returns the tables
    as text for the console."""
    import csv
    import json

    from ..runs import run_meta

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "probe.json").write_text(json.dumps({**res, "provenance": run_meta()}, indent=2) + "\n", encoding="utf-8")
    keys = list(next(iter(res["shots"].values()))["mean"])

    def cell(r: dict[str, Any], name: str) -> str:
        return "n/a" if r["mean"][name] is None else f"{r['mean'][name]:.3f} ± {r['std'][name]:.3f}"

    lines: list[str] = []
    for section, csv_name, title in (
        ("shots", "probe.csv", "logistic regression on standardised features"),
        ("zeroshot_init", "probe_zeroshot_init.csv", "linear head initialised with the zero-shot classifier"),
    ):
        if section not in res:
            continue
        with open(out / csv_name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["shots", "draws", *(f"{k}_mean" for k in keys), *(f"{k}_std" for k in keys)])
            for k, r in res[section].items():
                w.writerow([k, r["draws"], *(r["mean"][x] for x in keys), *(r["std"][x] for x in keys)])
        lines += [f"{title}:", f"{'shots':>6} {'draws':>5}  {'macro acc':>16}  {'macro AUC':>16}  {'accuracy':>16}"]
        lines += [
            f"{k:>6} {r['draws']:>5}  {cell(r, 'macro_acc'):>16}  {cell(r, 'macro_auc'):>16}  {cell(r, 'accuracy'):>16}"
            for k, r in res[section].items()
        ]
    return "\n".join(lines)
