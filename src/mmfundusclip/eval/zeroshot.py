"""Zero-shot classification of labelled fundus sets: prompt sets, labelled data, evaluator, reports.

The classifier weight of a class is the normalised mean of its normalised prompt embeddings
(open_clip's ``build_zero_shot_classifier``); probabilities are ``softmax(logit_scale * cos)``.
``paper_compat`` reproduces the paper's script instead: bare class names, ``softmax(sigmoid(.))``
scores, and macro averages that drop zero-valued classes.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import open_clip
import torch
import yaml

from ..data.csvdata import DataError, read_table, resolve_image_path
from ..runs import run_meta
from .features import FeatureCache, embed_images, image_pass
from .metrics import (
    METRICS,
    SPECIFICITY,
    check_specificity,
    classification_metrics,
    multilabel_bootstrap,
    multilabel_metrics,
    with_bootstrap,
)
from .reports import format_ci, write_comparison_files, write_json_atomic, write_skipped_csv

__all__ = [
    "LabelledSet",
    "MultiLabelResult",
    "MultiLabelSet",
    "MultiLabelZeroShotEvaluator",
    "PromptSet",
    "ZeroShotEvaluator",
    "ZeroShotResult",
    "format_table",
    "load_labelled",
    "load_prompt_set",
    "write_report",
]

CLASSES_DIR = Path(__file__).resolve().parent.parent / "configs" / "classes"
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}


@dataclass(frozen=True)
class PromptSet:
    """Templates (each with one ``{}``), ``label -> class name`` and optional per-class
    descriptions (full sentences, used as prompts beside the templated names)."""

    templates: tuple[str, ...]
    classes: dict[str, str]
    source: str
    descriptions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    graded: bool = False  # ordered labels (e.g. DR grades): kappa is weighted quadratically
    normal: str | None = None  # multi-label sets: the reference class each condition is scored against

    @property
    def labels(self) -> list[str]:
        return list(self.classes)

    def prompts(self, label: str, bare: bool = False) -> list[str]:
        """Every prompt of one class: templates x name, then its descriptions (``bare``: the name only)."""
        name = self.classes[label]
        if bare:
            return [name]
        return [t.format(name) for t in self.templates] + list(self.descriptions.get(label, ()))


#: The top-level keys of a class prompt file (a misspelt one is an error, not silently ignored).
_PROMPT_FILE_KEYS = {"templates", "classes", "graded", "normal"}


def load_prompt_set(name_or_path: str | Path) -> PromptSet:
    """A prompt YAML by path, or the name of a shipped set (``paper5`` -> configs/classes/paper5.yaml)."""
    p = Path(name_or_path)
    if not p.is_file():
        shipped = CLASSES_DIR / f"{name_or_path}.yaml"
        if not shipped.is_file():
            names = sorted(f.stem for f in CLASSES_DIR.glob("*.yaml"))
            raise DataError(
                f"class prompt file not found: {name_or_path} (not a file, nor a shipped set: {', '.join(names)})"
            )
        p = shipped
    data = yaml.safe_load(p.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "classes" not in data:
        raise DataError(
            f"{p}: a class prompt file needs 'classes:' (label: class name) and 'templates:' (strings with one '{{}}')"
        )
    unknown = sorted(set(data) - _PROMPT_FILE_KEYS)
    if unknown:
        raise DataError(f"{p}: unknown key(s) {unknown}; a class prompt file has {sorted(_PROMPT_FILE_KEYS)}")
    classes = data["classes"]
    if not isinstance(classes, dict) or not classes:
        raise DataError(f"{p}: 'classes' must map each label to a class name")
    templates = data.get("templates", ["{}"])
    if not isinstance(templates, list) or not templates:
        raise DataError(f"{p}: 'templates' is empty; give at least one string with one '{{}}' (e.g. '{{}}')")
    bad = [t for t in templates if not isinstance(t, str) or t.count("{}") != 1]
    if bad:
        raise DataError(f"{p}: every template needs exactly one '{{}}'; these do not: {bad}")
    names: dict[str, str] = {}
    descriptions: dict[str, tuple[str, ...]] = {}
    for label, value in classes.items():
        # Simple form `AMD: age-related macular degeneration`, or rich form with descriptions.
        if isinstance(value, dict):
            unknown = sorted(set(value) - {"name", "descriptions"})
            if unknown:
                raise DataError(
                    f"{p}: class {label!r}: unknown key(s) {unknown}; a class has 'name' and 'descriptions'"
                )
            name, desc = value.get("name"), value.get("descriptions") or []
        else:
            name, desc = value, []
        if not isinstance(name, str) or not name.strip():
            raise DataError(
                f"{p}: class {label!r} has no name (give 'LABEL: name' or 'LABEL: {{name: ..., descriptions: [...]}}')"
            )
        if not isinstance(desc, list) or not all(isinstance(d, str) and d.strip() for d in desc):
            raise DataError(f"{p}: class {label!r}: 'descriptions' must be a list of non-empty sentences")
        names[str(label)] = name.strip()
        if desc:
            descriptions[str(label)] = tuple(d.strip() for d in desc)
    return PromptSet(
        templates=tuple(templates),
        classes=names,
        source=str(p),
        descriptions=descriptions,
        graded=bool(data.get("graded", False)),
        normal=_normal_key(p, data.get("normal"), names),
    )


def _normal_key(p: Path, value: Any, names: Mapping[str, str]) -> str | None:
    """The optional ``normal:`` key of a prompt file (multi-label reference class); it must name a class."""
    if value is None:
        return None
    if str(value) not in names:
        raise DataError(f"{p}: 'normal: {value}' must name one of the classes ({', '.join(names)})")
    return str(value)


@dataclass
class LabelledSet:
    """Images with one label each, in file order."""

    ids: list[str]  # the image column as written in the CSV (or path relative to the folder)
    paths: list[Path]
    labels: list[str]
    groups: list[str] | None  # patient ids, when the CSV has a patient column
    source: str
    excluded: list[dict[str, str]] = field(default_factory=list)  # rows left out on purpose: {"id", "reason"}

    def digest(self) -> str:
        """A short hash of ids and labels: names the set in reports and caches."""
        h = hashlib.sha256()
        for i, label in zip(self.ids, self.labels, strict=True):
            h.update(f"{i}\t{label}\n".encode())
        return h.hexdigest()[:16]


@dataclass
class MultiLabelSet:
    """Images with any number of labels each: ``targets[i, k]`` is 1 when image ``i`` has label ``k``."""

    ids: list[str]
    paths: list[Path]
    targets: np.ndarray  # (images, labels) int8, 0/1
    label_names: list[str]
    groups: list[str] | None  # patient ids, when known (bootstrap resamples patients then)
    source: str
    excluded: list[dict[str, str]] = field(default_factory=list)

    def digest(self) -> str:
        """A short hash of ids, label names and targets."""
        h = hashlib.sha256("\t".join(self.label_names).encode())
        for i, row in zip(self.ids, self.targets, strict=True):
            h.update(f"{i}\t{''.join(str(int(v)) for v in row)}\n".encode())
        return h.hexdigest()[:16]


def load_labelled(
    path: str | Path,
    *,
    img_key: str | None = None,
    label_key: str | None = None,
    image_dir: str | Path | None = None,
    separator: str = ",",
    patient_key: str | None = "patient",
) -> LabelledSet:
    """A labelled CSV (default columns ``image``/``label``, or the paper's ``Image ID``/``Diagnosis``)
    or an image folder with one sub-folder per class."""
    p = Path(path)
    if p.is_dir():
        ids, paths, labels = [], [], []
        for sub in sorted(d for d in p.iterdir() if d.is_dir()):
            for f in sorted(sub.rglob("*")):
                if f.suffix.lower() in _IMAGE_SUFFIXES:
                    ids.append(str(f.relative_to(p)))
                    paths.append(f)
                    labels.append(sub.name)
        if not ids:
            raise DataError(f"{p}: no images found in class sub-folders")
        return LabelledSet(ids, paths, labels, None, str(p))
    rows = read_table(p, separator)
    columns = list(rows[0])
    img_key = img_key or ("Image ID" if "Image ID" in columns and "image" not in columns else "image")
    label_key = label_key or ("Diagnosis" if "Diagnosis" in columns and "label" not in columns else "label")
    missing = [k for k in (img_key, label_key) if k not in columns]
    if missing:
        raise DataError(
            f"{p}: missing column(s) {missing}; the file has columns {columns}; choose others with --img-key / --label-key"
        )
    root = Path(image_dir) if image_dir else p.parent
    ids = [r[img_key] for r in rows]
    groups = None
    if patient_key and patient_key in columns:  # an empty cell: the image is a patient of its own
        cells = [(r.get(patient_key) or "").strip() for r in rows]
        groups = [c or i for i, c in zip(ids, cells, strict=True)]
        if blank := cells.count(""):
            import warnings

            warnings.warn(
                f"{p}: {blank} of {len(cells)} image(s) have an empty {patient_key!r} cell; "
                "each counts as a patient of its own in the bootstrap",
                stacklevel=2,
            )
    return LabelledSet(
        ids, [resolve_image_path(i, root) for i in ids], [r[label_key].strip() for r in rows], groups, str(p)
    )


@dataclass
class ZeroShotResult:
    """Metrics plus every per-image probability, so each figure can be checked independently."""

    metrics: dict[str, Any]
    labels: list[str]
    ids: list[str]
    targets: list[str]
    probs: np.ndarray
    skipped: list[dict[str, str]] = field(default_factory=list)
    groups: list[str] | None = None  # patient ids (when the set has a patient column), for paired comparisons


class ZeroShotEvaluator:
    """Zero-shot classification of one labelled set with one prompt set."""

    name = "zeroshot"

    def __init__(
        self,
        data: LabelledSet,
        prompts: PromptSet,
        *,
        batch_size: int = 64,
        workers: int = 0,
        bootstrap: int = 200,
        seed: int = 0,
        paper_compat: bool = False,
        fov: bool = False,
        cache: FeatureCache | None = None,
        decode: str = "cpu",
        specificity: float = SPECIFICITY,
    ):
        unknown = sorted(set(data.labels) - set(prompts.classes))
        if unknown:
            raise DataError(
                f"{data.source}: label(s) {unknown} are not covered by the class prompt file {prompts.source}; known labels: {prompts.labels}"
            )
        self.data = data
        self.prompts = prompts
        self.bootstrap = bootstrap
        self.seed = seed
        self.paper_compat = paper_compat
        self.specificity = check_specificity(specificity)
        self.image_pass = image_pass(batch_size, workers, fov, cache, decode)

    @torch.no_grad()
    def __call__(
        self,
        model: torch.nn.Module,
        preprocess: Callable[..., torch.Tensor],
        tokenizer: Callable[..., torch.Tensor],
        device: torch.device,
        autocast: Callable[[], Any] = nullcontext,
        progress: bool = False,
        model_key: str | None = None,
    ) -> ZeroShotResult:
        labels = self.prompts.labels
        logits, emb = zero_shot_logits(
            model,
            preprocess,
            tokenizer,
            self.prompts,
            self.data.paths,
            device,
            bare=self.paper_compat,
            autocast=autocast,
            progress=progress,
            model_key=model_key,
            **self.image_pass,
        )
        prob = (torch.sigmoid(logits).softmax(-1) if self.paper_compat else logits.softmax(-1)).numpy()
        index, skipped = emb.index, emb.skipped
        targets = [self.data.labels[i] for i in index]
        y = np.array([labels.index(t) for t in targets], dtype=int)
        metrics = classification_metrics(
            y, prob, labels, paper_compat=self.paper_compat, graded=self.prompts.graded, specificity=self.specificity
        )
        groups = np.array([self.data.groups[i] for i in index]) if self.data.groups else None
        metrics = with_bootstrap(
            metrics,
            y,
            prob,
            labels,
            resamples=self.bootstrap,
            seed=self.seed,
            groups=groups,
            paper_compat=self.paper_compat,
            graded=self.prompts.graded,
            specificity=self.specificity,
        )
        for label in labels:
            metrics["classes"][label]["name"] = self.prompts.classes[label]
        metrics.update(
            data=self.data.source,
            data_hash=self.data.digest(),
            prompts={
                "source": self.prompts.source,
                "classes": {k: self.prompts.prompts(k, bare=self.paper_compat) for k in labels},
            },
            scoring="softmax(sigmoid(logit_scale*cos)) [paper-compat]"
            if self.paper_compat
            else "softmax(logit_scale*cos)",
            skipped=len(skipped),
        )
        return ZeroShotResult(
            metrics,
            labels,
            [self.data.ids[i] for i in index],
            targets,
            prob,
            skipped,
            None if groups is None else [str(g) for g in groups],
        )


def zero_shot_logits(
    model: torch.nn.Module,
    preprocess: Callable[..., torch.Tensor],
    tokenizer: Callable[..., torch.Tensor],
    prompts: PromptSet,
    paths: Sequence[Path],
    device: torch.device,
    *,
    bare: bool = False,
    batch_size: int = 64,
    workers: int = 0,
    autocast: Callable[[], Any] = nullcontext,
    progress: bool = False,
    fov: bool = False,
    cache: FeatureCache | None = None,
    model_key: str | None = None,
    decode: str = "cpu",
) -> tuple[torch.Tensor, Any]:
    """``logit_scale * cos(image, class)`` for every readable image (rows) and class of ``prompts``
    (columns), and the embedding result (``index`` of the images kept, ``skipped``). The model is
    put in eval mode for the text pass and restored; images go through :func:`embed_images`."""
    was_training = model.training
    model.eval()
    with autocast():
        weights = class_weights(model, tokenizer, prompts, device, bare=bare)
    model.train(was_training)
    emb = embed_images(
        model,
        preprocess,
        paths,
        device,
        batch_size=batch_size,
        workers=workers,
        autocast=autocast,
        progress=progress,
        desc="zero-shot",
        fov=fov,
        cache=cache,
        model_key=model_key,
        decode=decode,
    )
    logit_scale = float(model.logit_scale.exp()) if hasattr(model, "logit_scale") else 100.0
    return logit_scale * torch.from_numpy(emb.features) @ weights.float().cpu(), emb


def class_weights(
    model: torch.nn.Module,
    tokenizer: Callable[..., torch.Tensor],
    prompts: PromptSet,
    device: torch.device,
    bare: bool = False,
) -> torch.Tensor:
    """``(dim, classes)`` zero-shot weights: per class, the normalised mean of its normalised
    prompt embeddings (open_clip's ``build_zero_shot_classifier``, one class at a time because
    classes may have different numbers of prompts)."""
    columns = []
    for label in prompts.labels:
        texts = prompts.prompts(label, bare=bare)
        columns.append(
            open_clip.build_zero_shot_classifier(
                model, tokenizer, [label], [lambda _, t=t: t for t in texts], device=device
            )
        )
    return torch.cat(columns, dim=1)


def _percent(fraction: float) -> str:
    return f"{100 * fraction:g} %"


def undefined_lines(metrics: Mapping[str, Any]) -> list[str]:
    """One line per distinct reason of the report's ``undefined`` figures ("auc, aupr: reason")."""
    by_reason: dict[str, list[str]] = {}
    for name, reason in (metrics.get("undefined") or {}).items():
        by_reason.setdefault(reason, []).append(name)
    return [f"undefined {', '.join(names)}: {reason}" for reason, names in by_reason.items()]


def _fmt(v: float | None) -> str:
    return "   n/a" if v is None else f"{v:6.3f}"


def format_table(metrics: Mapping[str, Any]) -> str:
    """The per-class table: label, class name, support, acc, AUC, AUPR (with 95 % CI), then macro."""
    if metrics.get("multilabel"):
        return format_multilabel_table(metrics)
    lines = [f"{'label':<10} {'class':<34} {'n':>5}  {'acc':>6}  {'auc':>6} {'(95% CI)':<15} {'aupr':>6}"]
    for label, c in metrics["classes"].items():
        ci = c.get("auc_ci")
        ci_txt = f"({ci[0]:.3f}-{ci[1]:.3f})" if ci else ""
        lines.append(
            f"{label:<10} {str(c.get('name', ''))[:34]:<34} {c['support']:>5}  {_fmt(c['acc'])}  {_fmt(c['auc'])} {ci_txt:<15} {_fmt(c['aupr'])}"
        )
    m = metrics["macro"]
    ci = m.get("auc_ci")
    ci_txt = f"({ci[0]:.3f}-{ci[1]:.3f})" if ci else ""
    lines.append(
        f"{'macro':<10} {'':<34} {metrics['n']:>5}  {_fmt(m['acc'])}  {_fmt(m['auc'])} {ci_txt:<15} {_fmt(m['aupr'])}"
    )
    return "\n".join(lines + undefined_lines(metrics))


def model_slug(model: str, pretrained: str | None = None) -> str:
    """A folder name for one model's report: the last two parts of its id, safe characters only."""
    text = model.removeprefix("hf-hub:").removeprefix("local-dir:").rstrip("/")
    parts = [p for p in text.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    slug = "-".join(parts[-2:]) + (f"-{pretrained}" if pretrained and "/" not in pretrained else "")
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in slug) or "model"


def unique_model_slugs(models: Sequence[tuple[str, str | None]]) -> list[str]:
    """:func:`model_slug` of each (model, pretrained), made unique with ``-2``, ``-3`` ...: two runs'
    ``checkpoints/epoch_1.safetensors`` must not write into one report folder."""
    slugs: list[str] = []
    for name, tag in models:
        slug = base = model_slug(name, tag)
        n = 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.append(slug)
    return slugs


def format_markdown(metrics: Mapping[str, Any], title: str = "Zero-shot classification") -> str:
    """A Markdown summary: per-class table with 95 % intervals, macro row, overall figures."""
    lines = [
        f"# {title}",
        "",
        f"Data: `{metrics.get('data', '')}` ({metrics['n']} images, hash {metrics.get('data_hash', '')}); scoring {metrics.get('scoring', '')}.",
        "",
    ]
    lines += [
        "| label | class | n | acc (recall) | AUC | AUPR | F1 | "
        f"sens. at {_percent(metrics.get('specificity_for_sens_at_spec', SPECIFICITY))} spec. |",
        "|---|---|---:|---|---|---|---|---|",
    ]
    for label, c in metrics["classes"].items():
        lines.append(
            f"| {label} | {c.get('name', '')} | {c['support']} | "
            + " | ".join(format_ci(c[m], c.get(f"{m}_ci")) for m in METRICS)
            + " |"
        )
    m = metrics["macro"]
    lines.append(
        f"| **macro** | | {metrics['n']} | " + " | ".join(format_ci(m[k], m.get(f"{k}_ci")) for k in METRICS) + " |"
    )
    lines += [
        "",
        f"Accuracy {format_ci(metrics.get('accuracy'), metrics.get('accuracy_ci'))}; Cohen's kappa ({metrics.get('kappa_weights', 'none')}) {format_ci(metrics.get('kappa'), metrics.get('kappa_ci'))}; ECE {format_ci(metrics.get('ece'), metrics.get('ece_ci'))}; Brier {format_ci(metrics.get('brier'), metrics.get('brier_ci'))}.",
    ]
    lines += [f"\n{line[0].upper()}{line[1:]}." for line in undefined_lines(metrics)]
    if metrics.get("skipped"):
        lines.append(f"\n{metrics['skipped']} image(s) could not be read and were left out (skipped.csv).")
    return "\n".join(lines) + "\n"


def write_comparison(results: Mapping[str, Mapping[str, Any]], out_dir: Path) -> Path:
    """Several models on one set: ``comparison.md``, ``comparison.csv`` and ``comparison.json``."""
    figures = [
        ("macro acc", "macro", "acc"),
        ("macro AUC", "macro", "auc"),
        ("macro AUPR", "macro", "aupr"),
        ("macro F1", "macro", "f1"),
        ("accuracy", None, "accuracy"),
        ("kappa", None, "kappa"),
        ("ECE", None, "ece"),
    ]
    lines = ["| model | " + " | ".join(f[0] for f in figures) + " |", "|---|" + "---|" * len(figures)]
    rows = []
    for name, m in results.items():
        cells = []
        row: dict[str, Any] = {"model": name}
        for title, section, key in figures:
            src = m[section] if section else m
            cells.append(format_ci(src.get(key), src.get(f"{key}_ci")))
            row[title] = src.get(key)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
        rows.append(row)
    return write_comparison_files(out_dir, lines, rows, results)


def write_report(
    result: ZeroShotResult | MultiLabelResult, out_dir: str | Path, extra: Mapping[str, Any] | None = None
) -> dict[str, Path]:
    """Write zeroshot.json, zeroshot.csv (the paper's ``label,acc,auc,aupr`` + ``avg``), predictions.csv, skipped.csv."""
    if isinstance(result, MultiLabelResult):
        return write_multilabel_report(result, out_dir, extra)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    metrics = {**result.metrics, **(extra or {}), "provenance": run_meta()}
    paths = {
        "json": out / "zeroshot.json",
        "csv": out / "zeroshot.csv",
        "predictions": out / "predictions.csv",
        "markdown": out / "zeroshot.md",
    }
    paths["markdown"].write_text(format_markdown(metrics), encoding="utf-8")
    if len(result.targets):
        from .plots import write_plots

        y = np.array([result.labels.index(t) for t in result.targets])
        paths.update(write_plots(y, result.probs, result.labels, out))
    write_json_atomic(paths["json"], metrics)
    with open(paths["csv"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        paper = ("acc", "auc", "aupr")  # the paper's layout, exactly
        w.writerow(["label", *paper])
        for label, c in metrics["classes"].items():
            w.writerow([label, *("" if c[m] is None else f"{c[m]:.4f}" for m in paper)])
        w.writerow(["avg", *("" if metrics["macro"][m] is None else f"{metrics['macro'][m]:.4f}" for m in paper)])
    with open(paths["predictions"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["image", "label", "pred", *result.labels])
        for i, (img, target) in enumerate(zip(result.ids, result.targets, strict=True)):
            row = result.probs[i]
            w.writerow([img, target, result.labels[int(row.argmax())], *(f"{v:.6f}" for v in row)])
    if result.skipped:
        paths["skipped"] = write_skipped_csv(out / "skipped.csv", result.skipped)
    return paths


# ---------------------------------------------------------------------------------------------
# Multi-label sets: one 0/1 column per condition (RFMiD, ODIR-5K)
# ---------------------------------------------------------------------------------------------


@dataclass
class MultiLabelResult:
    """Per-label scores of a multi-label set, with its metrics."""

    metrics: dict[str, Any]
    labels: list[str]
    ids: list[str]
    targets: np.ndarray  # (n_kept, labels) 0/1
    scores: np.ndarray  # (n_kept, labels) in [0, 1]
    skipped: list[dict[str, str]] = field(default_factory=list)
    groups: list[str] | None = None


def multilabel_scores(logits: torch.Tensor, labels: Sequence[str], normal: str) -> np.ndarray:
    """Per-label scores from ``(n, classes)`` logits whose columns are ``labels`` + the reference.

    For a condition ``k``: a 2-way softmax between its prompt and the reference (normal) prompt,
    ``exp(s_k) / (exp(s_k) + exp(s_normal)) = sigmoid(s_k - s_normal)``: each condition is scored
    against "normal" alone, so co-occurring conditions do not compete for one unit of probability
    (a full softmax would). When the reference is itself a data label (ODIR's ``N``), its score is
    the softmax over the reference and every condition: "normal" wins only if no condition does.
    ``logits`` columns: ``labels`` in order, then the reference when it is not one of them.
    """
    ref = labels.index(normal) if normal in labels else len(labels)
    out = torch.sigmoid(logits[:, : len(labels)] - logits[:, ref : ref + 1])
    if normal in labels:
        out[:, ref] = logits.softmax(-1)[:, ref]
    return out.numpy()


class MultiLabelZeroShotEvaluator:
    """Zero-shot scoring of a multi-label set: per-label AUC/AUPR with bootstrap CIs, macro over
    labels with positives. Scores are :func:`multilabel_scores` (2-way softmax against the prompt
    set's ``normal`` class)."""

    name = "zeroshot"

    def __init__(
        self,
        data: MultiLabelSet,
        prompts: PromptSet,
        *,
        batch_size: int = 64,
        workers: int = 0,
        bootstrap: int = 200,
        seed: int = 0,
        paper_compat: bool = False,
        fov: bool = False,
        cache: FeatureCache | None = None,
        decode: str = "cpu",
        normal: str | None = None,
        specificity: float = SPECIFICITY,
    ):
        if paper_compat:
            raise DataError(
                f"{data.source}: --paper-compat reproduces the paper's single-label script; it has no multi-label form"
            )
        unknown = [k for k in data.label_names if k not in prompts.classes]
        if unknown:
            raise DataError(
                f"{data.source}: label column(s) {unknown} are not covered by the class prompt file {prompts.source}; known labels: {prompts.labels}"
            )
        normal = normal or prompts.normal
        if normal is None or normal not in prompts.classes:
            raise DataError(
                f"{prompts.source}: multi-label scoring compares each condition with a reference class; add 'normal: KEY' "
                f"naming the class of a normal fundus (got {normal!r}; classes: {prompts.labels})"
            )
        self.data = data
        self.prompts = prompts
        self.normal = normal
        self.bootstrap = bootstrap
        self.seed = seed
        self.specificity = check_specificity(specificity)
        self.image_pass = image_pass(batch_size, workers, fov, cache, decode)

    @torch.no_grad()
    def __call__(
        self,
        model: torch.nn.Module,
        preprocess: Callable[..., torch.Tensor],
        tokenizer: Callable[..., torch.Tensor],
        device: torch.device,
        autocast: Callable[[], Any] = nullcontext,
        progress: bool = False,
        model_key: str | None = None,
    ) -> MultiLabelResult:
        labels = list(self.data.label_names)
        columns = labels + ([] if self.normal in labels else [self.normal])
        sub = PromptSet(
            templates=self.prompts.templates,
            classes={k: self.prompts.classes[k] for k in columns},
            source=self.prompts.source,
            descriptions={k: v for k, v in self.prompts.descriptions.items() if k in columns},
        )
        logits, emb = zero_shot_logits(
            model,
            preprocess,
            tokenizer,
            sub,
            self.data.paths,
            device,
            autocast=autocast,
            progress=progress,
            model_key=model_key,
            **self.image_pass,
        )
        scores = multilabel_scores(logits, labels, self.normal)
        index = emb.index
        targets = self.data.targets[index]
        metrics = multilabel_metrics(targets, scores, labels, self.specificity)
        groups = np.array([self.data.groups[i] for i in index]) if self.data.groups else None
        metrics = multilabel_bootstrap(
            metrics,
            targets,
            scores,
            labels,
            resamples=self.bootstrap,
            seed=self.seed,
            groups=groups,
            specificity=self.specificity,
        )
        for label in labels:
            metrics["labels"][label]["name"] = self.prompts.classes[label]
        metrics.update(
            data=self.data.source,
            data_hash=self.data.digest(),
            prompts={"source": self.prompts.source, "classes": {k: sub.prompts(k) for k in columns}},
            reference=self.normal,
            scoring=f"per label: softmax over {{label, {self.normal!r}}} of logit_scale*cos"
            + (f"; {self.normal!r} itself: softmax over all labels" if self.normal in labels else ""),
            skipped=len(emb.skipped),
        )
        return MultiLabelResult(
            metrics,
            labels,
            [self.data.ids[i] for i in index],
            targets,
            scores,
            emb.skipped,
            None if groups is None else [str(g) for g in groups],
        )


def format_multilabel_table(metrics: Mapping[str, Any]) -> str:
    """The per-label table of a multi-label report: label, name, positives, AUC (95 % CI), AUPR."""
    lines = [f"{'label':<12} {'condition':<34} {'pos':>5}  {'auc':>6} {'(95% CI)':<15} {'aupr':>6}"]
    for label, c in metrics["labels"].items():
        ci = c.get("auc_ci")
        ci_txt = f"({ci[0]:.3f}-{ci[1]:.3f})" if ci else ""
        note = "  absent" if c.get("absent") else ""
        lines.append(
            f"{label:<12} {str(c.get('name', ''))[:34]:<34} {c['support']:>5}  {_fmt(c['auc'])} {ci_txt:<15} {_fmt(c['aupr'])}{note}"
        )
    m = metrics["macro"]
    ci = m.get("auc_ci")
    ci_txt = f"({ci[0]:.3f}-{ci[1]:.3f})" if ci else ""
    lines.append(
        f"{'macro':<12} {str(m.get('labels_averaged', '')) + ' labels with positives':<34} {metrics['n']:>5}  {_fmt(m['auc'])} {ci_txt:<15} {_fmt(m['aupr'])}"
    )
    return "\n".join(lines + undefined_lines(metrics))


def format_multilabel_markdown(metrics: Mapping[str, Any], title: str = "Zero-shot multi-label classification") -> str:
    """Markdown summary of a multi-label report (per label, then the macro row)."""
    lines = [
        f"# {title}",
        "",
        f"Data: `{metrics.get('data', '')}` ({metrics['n']} images, hash {metrics.get('data_hash', '')}); scoring {metrics.get('scoring', '')}.",
        f"Macro over the {metrics['macro'].get('labels_averaged')} label(s) with positives; labels without positives are marked absent.",
        "",
        "| label | condition | positives | AUC | AUPR | sens. at 0.5 | spec. at 0.5 | F1 at 0.5 | "
        f"sens. at {_percent(metrics.get('specificity_for_sens_at_spec', SPECIFICITY))} spec. |",
        "|---|---|---:|---|---|---|---|---|---|",
    ]
    keys = ("auc", "aupr", "acc", "spec", "f1", "sens_at_spec")
    for label, c in metrics["labels"].items():
        cells = ["absent"] * len(keys) if c.get("absent") else [format_ci(c[k], c.get(f"{k}_ci")) for k in keys]
        lines.append(f"| {label} | {c.get('name', '')} | {c['support']} | " + " | ".join(cells) + " |")
    m = metrics["macro"]
    lines.append(
        f"| **macro** | | {metrics['n']} | " + " | ".join(format_ci(m[k], m.get(f"{k}_ci")) for k in keys) + " |"
    )
    lines += [f"\n{line[0].upper()}{line[1:]}." for line in undefined_lines(metrics)]
    if metrics.get("skipped"):
        lines.append(f"\n{metrics['skipped']} image(s) could not be read and were left out (skipped.csv).")
    return "\n".join(lines) + "\n"


def write_multilabel_report(
    result: MultiLabelResult, out_dir: str | Path, extra: Mapping[str, Any] | None = None
) -> dict[str, Path]:
    """zeroshot.json (``labels``/``macro``/``multilabel: true``), zeroshot.csv (``label,acc,auc,aupr``
    rows + ``avg``, acc = recall at 0.5), zeroshot.md, predictions.csv (``image``, ``labels``: the
    positive labels joined by ``;``, then one score column per label), roc.png, reliability.png, skipped.csv."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    metrics = {**result.metrics, **(extra or {}), "provenance": run_meta()}
    paths = {
        "json": out / "zeroshot.json",
        "csv": out / "zeroshot.csv",
        "predictions": out / "predictions.csv",
        "markdown": out / "zeroshot.md",
    }
    paths["markdown"].write_text(format_multilabel_markdown(metrics), encoding="utf-8")
    if len(result.ids):
        from .plots import write_multilabel_plots

        paths.update(write_multilabel_plots(result.targets, result.scores, result.labels, out))
    write_json_atomic(paths["json"], metrics)
    paper = ("acc", "auc", "aupr")
    with open(paths["csv"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["label", *paper])
        for label, c in metrics["labels"].items():
            w.writerow([label, *("" if c[m] is None else f"{c[m]:.4f}" for m in paper)])
        w.writerow(["avg", *("" if metrics["macro"][m] is None else f"{metrics['macro'][m]:.4f}" for m in paper)])
    with open(paths["predictions"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["image", "labels", *result.labels])
        for i, img in enumerate(result.ids):
            positive = ";".join(lab for lab, t in zip(result.labels, result.targets[i], strict=True) if t)
            w.writerow([img, positive, *(f"{v:.6f}" for v in result.scores[i])])
    if result.skipped:
        paths["skipped"] = write_skipped_csv(out / "skipped.csv", result.skipped)
    return paths
