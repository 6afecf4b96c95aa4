"""Batched image and text embedding: the one pass that zero-shot, probes and ``embed`` share.

Images go through a DataLoader with workers, in batches, under autocast on GPU (BF16); the paper's
script embedded one image at a time in fp32. Unreadable images are skipped and listed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch.utils.data import DataLoader

from ..data.csvdata import DataError, LabelledImageDataset, collate_skipping, draft_side, loader_chunk, rebatch

__all__ = [
    "FeatureCache",
    "ImageFeatures",
    "IMAGE_SUFFIXES",
    "embed_images",
    "embed_texts",
    "files_key",
    "image_pass",
    "list_images",
    "write_embeddings",
]

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp")


@dataclass
class ImageFeatures:
    """L2-normalised image embeddings for the readable images, and what was skipped."""

    features: np.ndarray  # (n_kept, dim) float32
    index: np.ndarray  # row of each kept image in the input list
    skipped: list[dict[str, str]] = field(default_factory=list)


def files_key(paths: Sequence[Path]) -> str:
    """Identity of a list of files: path, size and modification time of each (a changed file
    changes the key; reading every byte would cost as much as embedding)."""
    h = hashlib.sha256()
    for p in paths:
        try:
            st = p.stat()
            h.update(f"{p}\t{st.st_size}\t{st.st_mtime_ns}\n".encode())
        except OSError:
            h.update(f"{p}\tmissing\n".encode())
    return h.hexdigest()


class FeatureCache:
    """Image features on disk, keyed by model identity, files and preprocessing: re-scoring a set
    with new prompts or metrics costs no image pass (``eval zeroshot --feature-cache DIR``)."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def key(*parts: str) -> str:
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]

    def get(self, key: str) -> ImageFeatures | None:
        path = self.folder / f"{key}.npz"
        if not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as z:
            skipped = [
                {"path": str(p), "reason": str(r)} for p, r in zip(z["skipped_path"], z["skipped_reason"], strict=True)
            ]
            return ImageFeatures(z["features"], z["index"], skipped)

    def put(self, key: str, feats: ImageFeatures) -> None:
        tmp = self.folder / f"{key}.tmp.npz"
        np.savez(
            tmp,
            features=feats.features,
            index=feats.index,
            skipped_path=np.array([s["path"] for s in feats.skipped], dtype=str),
            skipped_reason=np.array([s["reason"] for s in feats.skipped], dtype=str),
        )
        tmp.replace(self.folder / f"{key}.npz")


class _Pending:
    """A batch of features on its way to the CPU (asynchronous on CUDA, into pinned memory)."""

    def __init__(self, features: torch.Tensor, device: torch.device):
        self.event = None
        if device.type == "cuda":
            self.host = features.float().to("cpu", non_blocking=True)
            self.event = torch.cuda.Event()
            self.event.record()
        else:
            self.host = features.float()

    def result(self) -> np.ndarray:
        if self.event is not None:
            self.event.synchronize()
        return self.host.numpy()


def _split_preprocess(preprocess: Callable[..., torch.Tensor]) -> tuple[Callable[..., torch.Tensor], Any]:
    """open_clip's validation preprocess as (worker part ending in uint8, normalisation for the device).

    The workers then skip the float conversion and normalisation and send a quarter of the bytes
    through shared memory, pinned memory and the host-to-device copy; the values are those of
    ``ToTensor`` + ``Normalize`` (``data.transforms.DeviceNormalize``). Measured on the loader alone
    (normalising in the main process) with 2048 px fundus JPEGs: 61.4 -> 69.5 images/s in one
    process here, 47.2 -> 51.8 with 2 workers. End to end on 2 CPU cores with the tiny model the
    difference is within the noise (191.1 and 216.5 images/s before, 216.9 and 188.1 after); the
    gain is meant for a GPU, where the normalisation runs on the device (unmeasured there yet).
    A preprocess of another shape is used whole, in the workers."""
    from ..data.transforms import split_normalize

    try:
        return split_normalize(preprocess)
    except TypeError:
        return preprocess, None


def _images_to(chunk: dict[str, Any], device: torch.device) -> dict[str, Any]:
    """A loader batch with its images on ``device`` (asynchronously from pinned memory)."""
    if chunk["size"]:
        chunk["images"] = chunk["images"].to(device, non_blocking=True)
    return chunk


def image_pass(batch_size: int, workers: int, fov: bool, cache: FeatureCache | None, decode: str) -> dict[str, Any]:
    """How an evaluator's images are read and embedded: the keywords it passes on to :func:`embed_images`."""
    return {"batch_size": batch_size, "workers": workers, "fov": fov, "cache": cache, "decode": decode}


@torch.no_grad()
def embed_images(
    model: torch.nn.Module,
    preprocess: Callable[..., torch.Tensor],
    paths: Sequence[Path],
    device: torch.device,
    *,
    batch_size: int = 64,
    workers: int = 0,
    autocast: Callable[[], Any] = nullcontext,
    progress: bool = False,
    desc: str = "embedding",
    fov: bool = False,
    cache: FeatureCache | None = None,
    model_key: str | None = None,
    decode: str = "cpu",
    chunk: int | None = None,
    require_readable: bool = True,
) -> ImageFeatures:
    """Embed ``paths`` with ``model.encode_image`` (normalised, float32 on the CPU); ``fov`` crops
    each image to its field of view first. With ``cache`` and ``model_key`` (what identifies the
    weights), features come from or go to the cache. ``decode="gpu"`` decodes JPEGs and applies
    the model's validation preprocessing on ``device`` (``eval/gpu_decode.py``) instead of in
    the loader workers with ``preprocess``. With CPU decoding the workers hand over ``chunk``
    images at a time (default :func:`~mmfundusclip.data.csvdata.loader_chunk`), joined again into
    forwards of ``batch_size``. With ``require_readable`` a list of which no image can be read is an
    error naming the first ones (rather than empty features that fail later)."""
    if decode not in ("cpu", "gpu"):
        raise ValueError(f"decode must be 'cpu' or 'gpu', got {decode!r}")
    if chunk is not None and chunk < 1:
        raise ValueError(f"chunk must be at least 1, got {chunk}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    key = None
    if cache is not None and model_key is not None:
        key = FeatureCache.key(
            model_key,
            files_key(paths),
            repr(preprocess),
            f"fov={fov}",
            f"draft={draft_side(model)}",
            *([f"decode={decode}"] if decode != "cpu" else []),
        )
        hit = cache.get(key)
        if hit is not None:
            return hit
    was_training = model.training
    model.eval()
    if decode == "gpu":
        from .gpu_decode import EncodedImageDataset, TensorPreprocess, collate_encoded, decode_batch

        on_device = TensorPreprocess.from_model(model)
        dataset: Any = EncodedImageDataset(list(paths), min_side=draft_side(model), fov=fov)
    else:
        worker_tf, normalize = _split_preprocess(preprocess)
        dataset = LabelledImageDataset(list(paths), worker_tf, min_side=draft_side(model), fov=fov)
    per_load = batch_size if decode == "gpu" else chunk or loader_chunk(batch_size, workers)
    loader: Any = DataLoader(
        dataset,
        batch_size=per_load,
        num_workers=workers,
        collate_fn=collate_encoded if decode == "gpu" else collate_skipping,
        pin_memory=device.type == "cuda" and decode == "cpu",
        # about two forwards' worth of images in flight, as with one loader batch per forward and two per worker
        prefetch_factor=max(2, -(-2 * batch_size // (workers * per_load))) if workers else None,
    )
    if progress:
        from tqdm import tqdm

        loader = tqdm(loader, desc=desc, unit="chunk" if per_load < batch_size else "batch", leave=False)
    if decode == "cpu":  # each chunk goes to the device as it comes; the forwards take whole batches
        loader = rebatch((_images_to(c, device) for c in loader), batch_size)
    feats, kept, skipped = [], [], []
    pending: _Pending | None = None
    try:
        for batch in loader:
            if decode == "gpu":
                decoded, rows, bad = decode_batch(batch, device, paths, draft_side(model))
                skipped += [{"path": s.path, "reason": s.reason} for s in bad]
                if not rows:
                    continue
                images, index = on_device(decoded), np.asarray(rows)
            else:
                skipped += [{"path": s.path, "reason": s.reason} for s in batch["skipped"]]
                if not batch["size"]:
                    continue
                images, index = batch["images"], batch["second"].numpy()
                if normalize is not None:
                    images = normalize(images)
            with autocast():
                f = model.encode_image(images, normalize=True)
            # On CUDA the features come back asynchronously and the previous batch is collected
            # only now, after this one is queued: waiting for the GPU here instead of right after
            # the forward lets the next batch's decoding (nvjpeg's host-side work in this thread,
            # the H2D copy) overlap this batch's forward pass.
            done = _Pending(f, device)
            if pending is not None:
                feats.append(pending.result())
            pending = done
            kept.append(index)
        if pending is not None:
            feats.append(pending.result())
    finally:
        model.train(was_training)
    if require_readable and skipped and not kept:  # nothing to score: say why, not fail later on an empty matrix
        shown = "; ".join(f"{s['path']}: {s['reason']}" for s in skipped[:3])
        raise DataError(
            f"none of the {len(skipped)} image(s) could be read ({shown}{'; ...' if len(skipped) > 3 else ''}); "
            "check the paths (relative paths in a CSV are read from its folder, or from --image-dir where given)"
        )
    dim = feats[0].shape[1] if feats else 0
    out = ImageFeatures(
        np.concatenate(feats) if feats else np.zeros((0, dim), np.float32),
        np.concatenate(kept) if kept else np.zeros(0, int),
        skipped,
    )
    if key is not None:
        cache.put(key, out)  # type: ignore[union-attr]
    return out


@torch.no_grad()
def embed_texts(
    model: torch.nn.Module,
    tokenizer: Callable[..., torch.Tensor],
    texts: Sequence[str],
    device: torch.device,
    *,
    batch_size: int = 256,
    autocast: Callable[[], Any] = nullcontext,
    progress: bool = False,
    desc: str = "texts",
) -> np.ndarray:
    """Normalised text embeddings, float32 on the CPU."""
    was_training = model.training
    model.eval()
    out = []
    starts: Any = range(0, len(texts), batch_size)
    if progress:
        from tqdm import tqdm

        starts = tqdm(starts, desc=desc, unit="batch", leave=False)
    try:
        for i in starts:
            with autocast():
                f = model.encode_text(tokenizer(list(texts[i : i + batch_size])).to(device), normalize=True)
            out.append(f.float().cpu().numpy())
    finally:
        model.train(was_training)
    return np.concatenate(out) if out else np.zeros((0, 0), np.float32)


def list_images(
    source: str | Path, img_key: str = "image", image_dir: str | Path | None = None
) -> tuple[list[str], list[Path]]:
    """Ids and paths of the images to embed: every image file below a folder (ids relative to
    it), or the ``img_key`` column of a CSV (paths relative to ``image_dir`` or the CSV's folder)."""
    from ..data.csvdata import DataError, read_table, resolve_image_path

    src = Path(source)
    if src.is_dir():
        files = sorted(f for f in src.rglob("*") if f.suffix.lower() in IMAGE_SUFFIXES)
        ids, paths = [str(f.relative_to(src)) for f in files], files
    else:
        rows = read_table(src, required=[img_key])
        root = Path(image_dir) if image_dir else src.parent
        ids = [r[img_key] for r in rows]
        paths = [resolve_image_path(i, root) for i in ids]
    if not paths:
        raise DataError(f"{src}: no images found")
    return ids, paths


def write_embeddings(out: str | Path, features: np.ndarray, ids: Sequence[str], meta: dict[str, str]) -> Path | None:
    """``.npy`` (float32 rows) with ``OUT.ids.csv`` beside it (returned), or ``.parquet`` with
    columns ``id`` and ``embedding`` and ``meta`` as the schema's metadata (needs pyarrow)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        flat = pa.array(features.astype(np.float32).reshape(-1))
        table = pa.table(
            {
                "id": pa.array(list(ids), pa.string()),
                "embedding": pa.FixedSizeListArray.from_arrays(flat, features.shape[1]),
            }
        )
        pq.write_table(table.replace_schema_metadata(meta), out)
        return None
    import csv

    np.save(out, features.astype(np.float32))
    ids_path = out.with_suffix(".ids.csv")
    with open(ids_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["row", "id"])
        w.writerows(enumerate(ids))
    return ids_path
