"""Image-text retrieval on a CSV of image-caption pairs: recall at K both ways, with bootstrap CIs.

Recall@K counts a query as found when a correct candidate is among the K most similar ones (i2t:
each image against every caption; t2i: each caption against every image). Several captions of one
image are allowed: rows naming the same file are one image, embedded once, and any of its captions
counts for it. Captions are compared as texts: where several images share a caption text (templated
captions often do), retrieving that text is correct for any of them, and each of them is correct
for it; the text cannot tell them apart. A tie between a correct and a wrong candidate counts
against the query, so a collapsed model that gives every pair the same similarity finds nothing
(sorting would decide the tie by row order), and so does a non-finite similarity. Ranks are
computed in blocks of queries, so 10,000 images x 50,000 captions never hold the whole similarity
matrix.

Two users: :class:`CaptionRetrievalEvaluator` (``mmfundusclip eval retrieval``: unique images through
the shared batched image pass of ``eval/features.py``, bootstrap intervals over images or patients,
reports) and :class:`RetrievalEvaluator` (the training loop's validation: contrastive loss over
batches of pairs plus the same recall figures).
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader

from ..data.csvdata import (
    DataError,
    ImageCaptionDataset,
    collate_skipping,
    draft_side,
    loader_chunk,
    read_table,
    rebatch,
    resolve_image_path,
)
from ..runs import run_meta
from .features import FeatureCache, embed_images, embed_texts, image_pass
from .metrics import percentile_interval, resample_indices
from .reports import format_ci, write_comparison_files, write_json_atomic, write_skipped_csv

__all__ = [
    "CaptionRetrievalEvaluator",
    "CaptionSet",
    "RetrievalEvaluator",
    "RetrievalResult",
    "format_retrieval_table",
    "load_caption_set",
    "recall_at_k",
    "recall_summary",
    "retrieval_bootstrap",
    "retrieval_ranks",
    "write_retrieval_comparison",
    "write_retrieval_report",
]

KS: tuple[int, ...] = (1, 5, 10)
_BLOCK = 1024  # queries per similarity block: 1024 x 50,000 captions is 200 MB of float32


# ---------------------------------------------------------------------------------------------
# Ranks and recall
# ---------------------------------------------------------------------------------------------


def _similarity(queries: torch.Tensor, candidates: torch.Tensor) -> torch.Tensor:
    """Cosine similarities with NaN as -inf: a NaN never wins, so a diverged model finds nothing."""
    return (queries @ candidates.T).nan_to_num_(nan=float("-inf"))


def _first_positive_rank(sim: torch.Tensor, positive: torch.Tensor) -> torch.Tensor:
    """0-based rank of each row's best correct candidate: the wrong candidates scoring at least as high
    (``sim`` without NaN, see :func:`_similarity`)."""
    best = sim.masked_fill(~positive, float("-inf")).amax(1, keepdim=True)
    return ((sim >= best) & ~positive).sum(1)


def _rank_block(
    out: dict[str, np.ndarray], direction: str, start: int, sim: torch.Tensor, positive: torch.Tensor
) -> None:
    """Write one block of queries' ranks, best candidates and whether those are correct into ``out``."""
    rows = slice(start, start + len(sim))
    top = sim.argmax(1)
    out[direction][rows] = _first_positive_rank(sim, positive).numpy()
    out[f"{direction}_top"][rows] = top.numpy()
    out[f"{direction}_top_correct"][rows] = positive[torch.arange(len(sim)), top].numpy()


def recall_summary(ranks: np.ndarray, ks: Sequence[int] = KS) -> dict[str, float]:
    """R@K (share of queries with 0-based rank below K), median and mean rank (1-based)."""
    ranks = np.asarray(ranks)
    if not len(ranks):
        return {**{f"R@{k}": float("nan") for k in ks}, "median_rank": float("nan"), "mean_rank": float("nan")}
    out = {f"R@{k}": float((ranks < k).mean()) for k in ks}
    out["median_rank"] = float(np.median(ranks) + 1)
    out["mean_rank"] = float(ranks.mean() + 1)
    return out


def recall_at_k(sim: np.ndarray, positives: Sequence[set[int]], ks: Sequence[int] = KS) -> dict[str, float]:
    """Recall@K for queries (rows of ``sim``) whose correct candidates are ``positives[i]``."""
    mask = np.zeros(sim.shape, dtype=bool)
    for i, pos in enumerate(positives):
        mask[i, list(pos)] = True
    if not mask.any(1).all():
        raise ValueError("every query needs at least one correct candidate")
    clean = torch.as_tensor(sim, dtype=torch.float64).nan_to_num(nan=float("-inf"))
    ranks = _first_positive_rank(clean, torch.as_tensor(mask))
    return recall_summary(ranks.numpy(), ks)


def _text_ids(texts: Sequence[Any] | None, n: int) -> np.ndarray:
    """One integer per caption, equal for equal texts (``None``: every caption its own text)."""
    if texts is None:
        return np.arange(n, dtype=np.int64)
    if len(texts) != n:
        raise ValueError(f"{n} caption features but {len(texts)} caption texts")
    return np.unique(np.asarray(texts, dtype=object).astype(str), return_inverse=True)[1].astype(np.int64).ravel()


def _texts_per_image(owner: np.ndarray, tid: np.ndarray, n_img: int) -> torch.Tensor:
    """(images, most texts of one image) text ids of each image's captions, padded with -1."""
    pairs = np.unique(np.stack([owner, tid], 1), axis=0) if len(owner) else np.zeros((0, 2), np.int64)
    counts = np.bincount(pairs[:, 0], minlength=n_img)
    table = np.full((n_img, max(1, int(counts.max()) if n_img else 1)), -1, dtype=np.int64)
    column = np.arange(len(pairs)) - np.repeat(np.cumsum(counts) - counts, counts)
    table[pairs[:, 0], column] = pairs[:, 1]
    return torch.as_tensor(table)


def retrieval_ranks(
    image_features: np.ndarray,
    text_features: np.ndarray,
    caption_image: np.ndarray,
    caption_text: Sequence[Any] | None = None,
    block: int = _BLOCK,
) -> dict[str, np.ndarray]:
    """Ranks of both directions for ``caption_image[j]`` = the image (row of ``image_features``) of caption ``j``.

    With ``caption_text`` (the captions, or any ids equal for equal texts) a caption is correct for
    every image that has a caption of the same text, and the reverse; without it only a caption's own
    image is. Returns ``i2t`` (0-based rank per image), ``t2i`` (per caption), the best-scoring
    candidate of each query (``i2t_top``: a caption row, ``t2i_top``: an image row) and whether it is
    correct (``i2t_top_correct``, ``t2i_top_correct``), for error analysis. Every image needs at least
    one caption."""
    img = torch.as_tensor(np.ascontiguousarray(image_features), dtype=torch.float32)
    txt = torch.as_tensor(np.ascontiguousarray(text_features), dtype=torch.float32)
    owner_np = np.asarray(caption_image, dtype=np.int64)
    n_img, n_txt = len(img), len(txt)
    if n_txt != len(owner_np):
        raise ValueError(f"{n_txt} caption features but {len(owner_np)} caption-image links")
    if n_txt and (int(owner_np.min()) < 0 or int(owner_np.max()) >= n_img):
        raise ValueError("caption_image names an image row that does not exist")
    if n_img and len(np.unique(owner_np)) != n_img:
        raise ValueError("every image needs at least one caption")
    tid_np = _text_ids(caption_text, n_txt)
    tid = torch.as_tensor(tid_np)
    texts_of = _texts_per_image(owner_np, tid_np, n_img)  # (images, k)
    out = {k: np.zeros(n_img, dtype=np.int64) for k in ("i2t", "i2t_top", "i2t_top_correct")}
    out.update({k: np.zeros(n_txt, dtype=np.int64) for k in ("t2i", "t2i_top", "t2i_top_correct")})
    for s in range(0, n_img, block):
        sim = _similarity(img[s : s + block], txt)  # (queries, captions)
        rows = texts_of[s : s + len(sim)]
        positive = torch.zeros(sim.shape, dtype=torch.bool)
        for k in range(rows.shape[1]):  # a caption is correct when its text is one of the image's texts
            positive |= tid[None, :] == rows[:, k : k + 1]
        _rank_block(out, "i2t", s, sim, positive)
    for s in range(0, n_txt, block):
        sim = _similarity(txt[s : s + block], img)  # (queries, images)
        query = tid[s : s + len(sim)]
        positive = torch.zeros(sim.shape, dtype=torch.bool)
        for k in range(texts_of.shape[1]):  # an image is correct when it has a caption of the query's text
            positive |= texts_of[None, :, k] == query[:, None]
        _rank_block(out, "t2i", s, sim, positive)
    return out


def retrieval_bootstrap(
    i2t: np.ndarray,
    t2i: np.ndarray,
    caption_image: np.ndarray,
    *,
    ks: Sequence[int] = KS,
    resamples: int = 1000,
    seed: int = 0,
    groups: Sequence[Any] | None = None,
) -> dict[str, list[float] | None]:
    """95 % percentile intervals of ``i2t_R@K`` and ``t2i_R@K``, resampling images (or, with ``groups``
    (one patient id per image), whole patients) with all their captions; the gallery stays whole, so
    each rank is that of the full evaluation."""
    n = len(i2t)
    caption_image = np.asarray(caption_image)
    n_caps = np.bincount(caption_image, minlength=n)
    hits = {k: np.bincount(caption_image, weights=(np.asarray(t2i) < k), minlength=n) for k in ks}
    draws: dict[str, list[float]] = {f"{d}_R@{k}": [] for d in ("i2t", "t2i") for k in ks}
    for idx in resample_indices(n, resamples, seed, groups):
        total = n_caps[idx].sum()
        for k in ks:
            draws[f"i2t_R@{k}"].append(float((i2t[idx] < k).mean()))
            draws[f"t2i_R@{k}"].append(float(hits[k][idx].sum() / total))
    return {name: percentile_interval(values, resamples) for name, values in draws.items()}


# ---------------------------------------------------------------------------------------------
# The evaluated set
# ---------------------------------------------------------------------------------------------


@dataclass
class CaptionSet:
    """Image-caption pairs grouped by image: each image once (first-appearance order), each caption
    with the row of its image."""

    image_ids: list[str]  # the image cell of the image's first row
    paths: list[Path]
    captions: list[str]
    caption_image: np.ndarray  # (captions,) row of each caption's image in image_ids
    groups: list[str] | None  # patient id per image, when the CSV has a patient column
    source: str

    def digest(self) -> str:
        """A short hash of images and captions: names the set in reports."""
        h = hashlib.sha256()
        for caption, owner in zip(self.captions, self.caption_image, strict=True):
            h.update(f"{self.image_ids[owner]}\t{caption}\n".encode())
        return h.hexdigest()[:16]


def _file_key(path: Path) -> str:
    """What makes two spellings of one file one image (``x.png``, ``./x.png``, its absolute path)."""
    return os.path.normpath(os.path.abspath(path))


def _rows_text(lines: Sequence[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:5])
    return f"line {shown}" if len(lines) == 1 else f"lines {shown}{', ...' if len(lines) > 5 else ''}"


def load_caption_set(
    path: str | Path,
    *,
    img_key: str = "image",
    caption_key: str = "caption",
    image_dir: str | Path | None = None,
    separator: str = ",",
    patient_key: str | None = "patient",
    require_patient: bool = False,
) -> CaptionSet:
    """Read a CSV of image-caption pairs (paths relative to ``image_dir`` or the CSV's folder).

    Rows whose paths name the same file are one image. An empty image or caption cell is an error
    naming its lines; so is an image given two different patients. A ``patient_key`` column, when the
    file has one, makes the bootstrap resample patients; with ``require_patient`` it must have it."""
    p = Path(path)
    rows = read_table(
        p, separator, required=[img_key, caption_key], hint="choose others with --img-key / --caption-key"
    )
    columns = list(rows[0])
    if require_patient and patient_key not in columns:
        raise DataError(f"{p}: no patient column {patient_key!r} (--patient-key); the file has columns {columns}")
    for key, what in ((img_key, "image"), (caption_key, "caption")):
        empty = [i + 2 for i, r in enumerate(rows) if not (r.get(key) or "").strip()]  # line 1 is the header
        if empty:
            raise DataError(f"{p}: empty {what} cell ({key!r}) at {_rows_text(empty)}; fill or drop these rows")
    root = Path(image_dir) if image_dir else p.parent
    with_patient = bool(patient_key) and patient_key in columns
    image_of: dict[str, int] = {}
    image_ids: list[str] = []
    paths: list[Path] = []
    patients: list[str | None] = []
    owner: list[int] = []
    for i, r in enumerate(rows):
        cell = r[img_key].strip()
        resolved = resolve_image_path(cell, root)
        key = _file_key(resolved)
        if key not in image_of:
            image_of[key] = len(image_ids)
            image_ids.append(cell)
            paths.append(resolved)
            patients.append(None)
        n = image_of[key]
        owner.append(n)
        patient = (r.get(patient_key) or "").strip() if with_patient else ""  # type: ignore[arg-type]
        if patient and patients[n] is None:
            patients[n] = patient
        elif patient and patients[n] != patient:
            raise DataError(
                f"{p}: image {cell!r} is given two patients ({patients[n]!r} and {patient!r}, line {i + 2})"
            )
    return CaptionSet(
        image_ids,
        paths,
        [r[caption_key].strip() for r in rows],
        np.asarray(owner, dtype=np.int64),
        [q or i for q, i in zip(patients, image_ids, strict=True)] if with_patient else None,  # empty: its own patient
        str(p),
    )


# ---------------------------------------------------------------------------------------------
# Standalone evaluation (``mmfundusclip eval retrieval``)
# ---------------------------------------------------------------------------------------------


@dataclass
class RetrievalResult:
    """Figures plus every rank, so each figure can be checked independently."""

    metrics: dict[str, Any]
    image_ids: list[str]  # the kept images
    captions: list[str]  # the kept captions (those of kept images)
    caption_image: np.ndarray  # row in image_ids of each kept caption
    ranks: dict[str, np.ndarray]  # retrieval_ranks() over the kept images and captions
    skipped: list[dict[str, str]] = field(default_factory=list)


class CaptionRetrievalEvaluator:
    """Image-to-text and text-to-image recall at K on one :class:`CaptionSet`."""

    name = "retrieval"

    def __init__(
        self,
        data: CaptionSet,
        *,
        batch_size: int = 64,
        workers: int = 0,
        text_batch_size: int = 256,
        bootstrap: int = 1000,
        seed: int = 0,
        ks: Sequence[int] = KS,
        fov: bool = False,
        cache: FeatureCache | None = None,
        decode: str = "cpu",
    ):
        if not ks or any(int(k) < 1 for k in ks):
            raise ValueError(f"ks must be positive ranks, got {list(ks)}")
        self.data = data
        self.ks = tuple(sorted({int(k) for k in ks}))
        self.bootstrap, self.seed, self.text_batch_size = bootstrap, seed, text_batch_size
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
    ) -> RetrievalResult:
        data = self.data
        emb = embed_images(
            model,
            preprocess,
            data.paths,
            device,
            autocast=autocast,
            progress=progress,
            desc="images",
            model_key=model_key,
            **self.image_pass,
        )
        new_row = np.full(len(data.paths), -1, dtype=np.int64)
        new_row[emb.index] = np.arange(len(emb.index))
        keep = new_row[data.caption_image] >= 0
        captions = [c for c, k in zip(data.captions, keep, strict=True) if k]
        owner = new_row[data.caption_image[keep]]
        text = embed_texts(
            model, tokenizer, captions, device, batch_size=self.text_batch_size, autocast=autocast, progress=progress
        )
        ranks = retrieval_ranks(emb.features, text, owner, captions)
        images_of_text: dict[str, set[int]] = {}
        for caption, image in zip(captions, owner, strict=True):
            images_of_text.setdefault(caption, set()).add(int(image))
        n_img = int(len(emb.index))
        metrics: dict[str, Any] = {
            "task": "retrieval",
            "data": data.source,
            "data_hash": data.digest(),
            "images": n_img,
            "captions": len(captions),
            "skipped": len(emb.skipped),
            "skipped_captions": int((~keep).sum()),
            # captions whose text another image has too: retrieving the text is correct for all of them
            "shared_captions": sum(len(images_of_text[c]) > 1 for c in captions),
            "notes": [
                f"R@{k} of {direction} is 1 by construction: the gallery has only {size} {what}"
                for direction, size, what in (("i2t", len(captions), "captions"), ("t2i", n_img, "images"))
                for k in self.ks
                if k >= size
            ],
        }
        for direction in ("i2t", "t2i"):
            metrics[direction] = recall_summary(ranks[direction], self.ks)
        if self.bootstrap > 0 and len(emb.index):
            groups = [data.groups[i] for i in emb.index] if data.groups else None
            cis = retrieval_bootstrap(
                ranks["i2t"], ranks["t2i"], owner, ks=self.ks, resamples=self.bootstrap, seed=self.seed, groups=groups
            )
            for name, ci in cis.items():
                direction, figure = name.split("_", 1)
                metrics[direction][f"{figure}_ci"] = ci
            metrics["bootstrap"] = {
                "resamples": self.bootstrap,
                "seed": self.seed,
                "unit": "patient" if groups else "image",
            }
        return RetrievalResult(
            metrics, [data.image_ids[i] for i in emb.index], captions, owner, ranks, list(emb.skipped)
        )


def _cell(metrics: Mapping[str, Any], name: str) -> str:
    return format_ci(metrics.get(name), metrics.get(f"{name}_ci"))


def _recall_names(metrics: Mapping[str, Any]) -> list[str]:
    return [k for k in metrics["i2t"] if k.startswith("R@") and not k.endswith("_ci")]


def format_retrieval_table(metrics: Mapping[str, Any]) -> str:
    """Both directions, R@K with 95 % CIs and the median rank, as console text."""
    names = _recall_names(metrics)
    lines = [f"{'direction':<16}" + "".join(f"{n:>22}" for n in names) + f"{'median rank':>13}"]
    for direction, title in (("i2t", "image -> text"), ("t2i", "text -> image")):
        m = metrics[direction]
        lines.append(f"{title:<16}" + "".join(f"{_cell(m, n):>22}" for n in names) + f"{m['median_rank']:>13g}")
    return "\n".join(lines)


def _markdown(metrics: Mapping[str, Any]) -> str:
    names = _recall_names(metrics)
    unit = metrics.get("bootstrap", {}).get("unit")
    lines = [
        "# Image-text retrieval",
        "",
        f"Data: `{metrics['data']}` ({metrics['images']} images, {metrics['captions']} captions, hash {metrics['data_hash']})"
        + (f"; 95 % bootstrap intervals over {unit}s." if unit else "."),
        "",
        "| direction | " + " | ".join(names) + " | median rank | mean rank |",
        "|---|" + "---|" * (len(names) + 2),
    ]
    for direction, title in (("i2t", "image → text"), ("t2i", "text → image")):
        m = metrics[direction]
        lines.append(
            f"| {title} | "
            + " | ".join(_cell(m, n) for n in names)
            + f" | {m['median_rank']:g} | {m['mean_rank']:.1f} |"
        )
    if metrics.get("shared_captions"):
        lines.append(
            f"\n{metrics['shared_captions']} caption(s) have a text that other images have too: retrieving that "
            "text counts as correct for each of those images, and each of them for it."
        )
    lines += [f"\nNote: {note}." for note in metrics.get("notes", [])]
    if metrics.get("skipped"):
        lines.append(
            f"\n{metrics['skipped']} image(s) could not be read and were left out with their "
            f"{metrics['skipped_captions']} caption(s) (skipped.csv)."
        )
    return "\n".join(lines) + "\n"


def write_retrieval_report(
    result: RetrievalResult, out_dir: str | Path, extra: Mapping[str, Any] | None = None
) -> dict[str, Path]:
    """``retrieval.json`` (every figure), ``retrieval.csv`` (direction, metric, value, CI), ``retrieval.md``,
    ``ranks_i2t.csv`` / ``ranks_t2i.csv`` (every query's rank and best match) and ``skipped.csv``; the JSON
    records the code and library versions (``runs.run_meta``)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    metrics = {**result.metrics, **(extra or {}), "provenance": run_meta()}
    paths = {
        "json": out / "retrieval.json",
        "csv": out / "retrieval.csv",
        "markdown": out / "retrieval.md",
        "ranks_i2t": out / "ranks_i2t.csv",
        "ranks_t2i": out / "ranks_t2i.csv",
    }
    write_json_atomic(paths["json"], metrics)
    paths["markdown"].write_text(_markdown(metrics), encoding="utf-8")
    with open(paths["csv"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["direction", "metric", "value", "ci_low", "ci_high"])
        for direction in ("i2t", "t2i"):
            for name, value in metrics[direction].items():
                if not name.endswith("_ci"):
                    ci = metrics[direction].get(f"{name}_ci") or ["", ""]
                    w.writerow([direction, name, value, *ci])
    r, ids, caps = result.ranks, result.image_ids, result.captions
    with open(paths["ranks_i2t"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["image", "rank", "top_caption", "top_caption_correct"])
        for i, image in enumerate(ids):
            w.writerow([image, int(r["i2t"][i]) + 1, caps[int(r["i2t_top"][i])], int(r["i2t_top_correct"][i])])
    with open(paths["ranks_t2i"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["caption", "image", "rank", "top_image", "top_image_correct"])
        for j, caption in enumerate(caps):
            owner, top = ids[result.caption_image[j]], ids[int(r["t2i_top"][j])]
            w.writerow([caption, owner, int(r["t2i"][j]) + 1, top, int(r["t2i_top_correct"][j])])
    if result.skipped:
        paths["skipped"] = write_skipped_csv(out / "skipped.csv", result.skipped)
    return paths


def write_retrieval_comparison(results: Mapping[str, Mapping[str, Any]], out_dir: Path) -> Path:
    """Several models on one set side by side: ``comparison.md``, ``comparison.csv``, ``comparison.json``."""
    names = _recall_names(next(iter(results.values())))
    columns = [(d, n) for d in ("i2t", "t2i") for n in names]
    lines = ["| model | " + " | ".join(f"{d} {n}" for d, n in columns) + " |", "|---|" + "---|" * len(columns)]
    rows = []
    for model, m in results.items():
        lines.append(f"| {model} | " + " | ".join(_cell(m[d], n) for d, n in columns) + " |")
        rows.append({"model": model, **{f"{d}_{n}": m[d][n] for d, n in columns}})
    return write_comparison_files(out_dir, lines, rows, results)


# ---------------------------------------------------------------------------------------------
# The training loop's validation
# ---------------------------------------------------------------------------------------------


class RetrievalEvaluator:
    """Validation loss and i2t/t2i recall on image-caption rows (the training loop's ``--val-data``).

    Each row is embedded with its own caption so that the contrastive loss is that of batches of
    ``batch_size`` pairs, as in training; the recall figures then treat rows of one image as one."""

    name = "retrieval"

    def __init__(
        self,
        rows: Sequence[dict[str, str]],
        root: Path,
        img_key: str,
        caption_key: str,
        *,
        batch_size: int = 64,
        workers: int = 0,
    ):
        self.rows, self.root, self.img_key, self.caption_key = list(rows), root, img_key, caption_key
        self.batch_size, self.workers = batch_size, workers

    @torch.no_grad()
    def __call__(
        self,
        model: torch.nn.Module,
        preprocess: Callable[..., torch.Tensor],
        tokenizer: Callable[..., torch.Tensor],
        device: torch.device,
        autocast: Callable[[], Any] = nullcontext,
    ) -> dict[str, Any]:
        was_training = model.training
        model.eval()
        dataset = ImageCaptionDataset(
            self.rows,
            self.root,
            self.img_key,
            self.caption_key,
            preprocess,
            tokenizer,
            with_index=True,
            min_side=draft_side(model),
        )
        chunk = loader_chunk(self.batch_size, self.workers)  # the loss is still over batches of batch_size pairs
        loader = DataLoader(dataset, batch_size=chunk, num_workers=self.workers, collate_fn=collate_skipping)
        img_feats, txt_feats, rows, losses, sizes, skipped = [], [], [], [], [], 0
        scale = model.logit_scale.exp().float()
        for batch in rebatch(loader, self.batch_size):
            skipped += len(batch["skipped"])
            if not batch["size"]:
                continue
            with autocast():
                fi = model.encode_image(batch["images"].to(device), normalize=True).float()
                ft = model.encode_text(batch["second"].to(device), normalize=True).float()
            logits = scale * fi @ ft.T
            labels = torch.arange(len(fi), device=device)
            losses.append(((F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels)) / 2).item())
            sizes.append(len(fi))
            img_feats.append(fi.cpu())
            txt_feats.append(ft.cpu())
            rows += batch["index"].tolist()
        model.train(was_training)
        if not sizes:
            return {"n": 0, "skipped": skipped}
        fi, ft = torch.cat(img_feats).numpy(), torch.cat(txt_feats).numpy()
        first_of: dict[str, int] = {}  # rows naming one file (in any spelling) are one image, as in the command
        keys = [_file_key(resolve_image_path(self.rows[i][self.img_key].strip(), self.root)) for i in rows]
        owner_row = [first_of.setdefault(key, k) for k, key in enumerate(keys)]
        unique_rows = sorted(set(owner_row))  # one row per image: its features stand for the image
        image_of = {row: n for n, row in enumerate(unique_rows)}
        texts = [self.rows[i][self.caption_key].strip() for i in rows]
        ranks = retrieval_ranks(fi[unique_rows], ft, np.array([image_of[r] for r in owner_row]), texts)
        out: dict[str, Any] = {"n": len(fi), "skipped": skipped, "val_loss": float(np.average(losses, weights=sizes))}
        out.update({f"i2t_{k}": v for k, v in recall_summary(ranks["i2t"]).items()})
        out.update({f"t2i_{k}": v for k, v in recall_summary(ranks["t2i"]).items()})
        return out
