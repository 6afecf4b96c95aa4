"""CSV tables of images with captions or labels, and datasets over them that never hide a bad file.

A missing or unreadable image is not replaced by another sample (the paper's fork recursed on a
random index, which biases training and can recurse without bound): the dataset yields a
``Skipped`` marker, the collate function drops it from the batch and reports it, and the caller
counts it against ``max_bad_fraction``.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image, ImageOps
from torch.utils.data import Dataset

from .transforms import tensor_steps

__all__ = [
    "DataError",
    "Skipped",
    "collate_skipping",
    "loader_chunk",
    "read_table",
    "rebatch",
    "torchvision_jpeg",
    "ImageCaptionDataset",
    "LabelledImageDataset",
    "resolve_image_path",
]

_SEPARATORS = (",", ";", "\t", "|")

#: Images over this many pixels are refused (decompression-bomb guard): 100 MP is 3x the largest
#: fundus cameras' output (about 6000x4000 = 24 MP).
MAX_PIXELS = 100_000_000


class DataError(ValueError):
    """A data file is wrong; the message names the file (and row or column) and what to do."""


@dataclass(frozen=True)
class Skipped:
    """Marks an item whose image could not be read."""

    path: str
    reason: str


def read_table(
    path: str | Path, separator: str = ",", required: Sequence[str] = (), hint: str = ""
) -> list[dict[str, str]]:
    """Rows of a CSV as dicts; a missing file, missing column or non-UTF-8 byte names itself. A
    missing ``required`` column ends its message with a wrong-separator hint when the header looks
    separated by another character, else with ``hint`` (the caller's options, e.g. a column flag)."""
    p = Path(path)
    if not p.is_file():
        raise DataError(f"CSV file not found: {p}")
    try:
        with open(p, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh, delimiter=separator)
            columns = list(reader.fieldnames or [])
            missing = [c for c in required if c not in columns]
            if missing:
                ending = f"; {hint}" if hint else ""
                if len(columns) == 1:
                    other = [s for s in _SEPARATORS if s != separator and s in columns[0]]
                    if other:
                        ending = f"; the header looks separated by {other[0]!r}, not {separator!r}: pass --csv-separator {other[0]!r}"
                raise DataError(
                    f"{p}: missing column(s) {', '.join(map(repr, missing))}; the file has columns {columns}{ending}"
                )
            rows = []
            for row in reader:
                rows.append(row)
    except UnicodeDecodeError as exc:
        # Find the line for the message: count newlines before the bad byte.
        raw = p.read_bytes()
        line = raw[: exc.start].count(b"\n") + 1 if exc.object is not None and len(exc.object) == len(raw) else None
        where = f"line {line}" if line else "somewhere"
        raise DataError(f"{p}: not UTF-8 text at {where} ({exc.reason}); re-save the file as UTF-8") from exc
    if not rows:
        raise DataError(f"{p}: no data rows")
    return rows


def resolve_image_path(value: str, root: Path) -> Path:
    """An image path from a CSV cell: absolute as given, relative to ``root`` otherwise."""
    p = Path(value)
    return p if p.is_absolute() else root / p


def open_rgb(path: Path, min_side: int | None = None) -> Image.Image:
    """Decode an image as RGB. With ``min_side``, a JPEG much larger than needed is decoded at a
    reduced scale (PIL's draft mode: 1/2, 1/4 or 1/8 in the DCT) that keeps its short side at
    least ``min_side``; the exact resize follows in the transform. Callers pass twice the model's
    input size, so the final resize still downsamples by 2x or more (resize noise only; tested).
    A 3072x2048 fundus JPEG resized to 378 decodes about twice as fast (DESIGN.md: 9.4 -> 19.9
    images/s per core)."""
    with Image.open(path) as im:
        return rgb_from_opened(im, min_side)


def decode_rgb(data: bytes, min_side: int | None = None) -> Image.Image:
    """``open_rgb`` for an encoded image held in memory (a WebDataset shard member)."""
    with Image.open(io.BytesIO(data)) as im:
        return rgb_from_opened(im, min_side)


def decode_jpeg_tensor(data: bytes, min_side: int | None = None) -> torch.Tensor | None:
    """A JPEG held in memory as a uint8 RGB CHW tensor through torchvision's decoder, or ``None``
    when ``decode_rgb`` must take it: not a JPEG, not RGB or grayscale (CMYK, YCCK), or large
    enough for draft decoding (short side >= 2 x ``min_side``).

    Same pixels as ``decode_rgb`` followed by ``PILToTensor`` (both are libjpeg-turbo with the same
    settings; bit-identical on shard images, tested) in about half the time: 0.58 against 1.11 ms
    for a 672x448 shard image on one core here (the PIL path pays for the image object and the
    tensor copy). EXIF orientation is applied as in ``decode_rgb``. The header is read by PIL
    first (0.02 ms) for the format, mode and pixel-limit checks. A truncated or broken file raises
    ``OSError``, as PIL's decoder does."""
    with Image.open(io.BytesIO(data)) as im:
        check_pixel_limit(im)
        if im.format != "JPEG" or im.mode not in ("RGB", "L"):
            return None
        if min_side and min(im.size) >= 2 * min_side:
            return None
    try:
        return torchvision_jpeg(torch.frombuffer(bytearray(data), dtype=torch.uint8), apply_exif_orientation=True)
    except ImportError:  # torchvision 0.29 deprecates its image codecs; once removed, PIL decodes
        return None
    except RuntimeError as exc:  # torchvision reports libjpeg errors (truncation included) this way
        raise OSError(str(exc).rsplit(", ", 1)[-1].strip() or "JPEG decoding failed") from exc


def torchvision_jpeg(data: Any, **kwargs: Any) -> Any:
    """torchvision's ``decode_jpeg`` to RGB (one encoded tensor or a list; ``kwargs`` such as ``device``)
    with its deprecation warning silenced: torchvision 0.29 marks its image codecs deprecated in favour
    of TorchCodec on every call, and the pinned 0.29.1 still has them. ``ImportError`` once they go."""
    from torchvision.io import ImageReadMode, decode_jpeg

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return decode_jpeg(data, mode=ImageReadMode.RGB, **kwargs)


def decode_transformed(
    data: bytes,
    transform: Callable[[Any], torch.Tensor],
    tail: Callable[[torch.Tensor], torch.Tensor] | None,
    *,
    min_side: int | None = None,
    fov: bool = False,
    seed: int | None = None,
) -> torch.Tensor:
    """Decode an encoded image and apply ``transform``, seeded by ``seed`` when given.

    With ``tail`` (``transforms.tensor_steps(transform)``: the steps after its ``PILToTensor``), a
    JPEG that needs neither draft decoding nor the FOV crop is decoded straight to a uint8 tensor
    and only ``tail`` runs: the same crop draws and pixels as the PIL path, in less time."""
    if tail is not None and not fov:
        pixels = decode_jpeg_tensor(data, min_side)
        if pixels is not None:
            return tail(pixels) if seed is None else _seeded(tail, pixels, seed)
    image = decode_rgb(data, min_side)
    if fov:
        image = fov_crop(image)
    return transform(image) if seed is None else _seeded(transform, image, seed)


def rgb_from_opened(im: Image.Image, min_side: int | None = None) -> Image.Image:
    """The decode rules shared by files and bytes: pixel-limit guard, draft mode for large JPEGs
    (see ``open_rgb``), EXIF orientation, 8-bit RGB (``to_rgb``). ``im`` is freshly opened, not loaded."""
    check_pixel_limit(im)
    if min_side and im.format == "JPEG":
        w, h = im.size
        short = min(w, h)
        if short >= 2 * min_side:
            im.draft("RGB", (max(1, w * min_side // short), max(1, h * min_side // short)))
    im.load()
    ImageOps.exif_transpose(im, in_place=True)  # in place: the copy it makes otherwise costs ~0.1 ms/MP
    return to_rgb(im)


def check_pixel_limit(im: Image.Image) -> None:
    """Refuse an image over ``MAX_PIXELS`` from its header, before any pixel is decoded."""
    if im.size[0] * im.size[1] > MAX_PIXELS:
        raise ValueError(
            f"{im.size[0]}x{im.size[1]} pixels is over the {MAX_PIXELS // 1_000_000} MP limit (decompression bomb guard)"
        )


def to_rgb(im: Image.Image) -> Image.Image:
    """RGB with 8 bits per channel, whatever the source mode.

    16-bit grayscale (PNG ``I;16``, TIFF ``I``) is scaled by 255/65535; PIL's own conversion
    clips every value above 255 to white. Palette, CMYK, grayscale and RGBA go through PIL.
    """
    if im.mode.startswith("I;16") or im.mode == "I":
        arr = np.asarray(im, dtype=np.float64)
        top = 65535.0 if im.mode.startswith("I;16") or arr.max() > 255 else 255.0
        return Image.fromarray(np.clip(arr * (255.0 / top) + 0.5, 0, 255).astype(np.uint8), "L").convert("RGB")
    if im.mode == "F":
        arr = np.asarray(im, dtype=np.float64)
        lo, hi = float(arr.min()), float(arr.max())
        return Image.fromarray(((arr - lo) / (hi - lo or 1.0) * 255 + 0.5).astype(np.uint8), "L").convert("RGB")
    return im if im.mode == "RGB" else im.convert("RGB")  # convert() copies even an RGB image


def fov_crop(im: Image.Image, threshold: int = 15, pad_square: bool = True) -> Image.Image:
    """Crop a fundus photograph to its round field of view, dropping the black border.

    The box is found on a small grey copy (longest side 256 px): rows and columns where more than
    1 % of the pixels are brighter than ``threshold`` (of 255). With ``pad_square`` the crop is
    padded with black to a square centred on the field of view, so the model's centre crop keeps
    all of it. An image with no bright pixels is returned unchanged.
    """
    small = im.convert("L")
    scale = max(small.size) / 256.0
    if scale > 1:
        small = small.resize((max(1, round(small.width / scale)), max(1, round(small.height / scale))), Image.BILINEAR)
    else:
        scale = 1.0
    mask = np.asarray(small) > threshold
    rows = np.flatnonzero(mask.mean(1) > 0.01)
    cols = np.flatnonzero(mask.mean(0) > 0.01)
    if not len(rows) or not len(cols):
        return im
    left, right = int(cols[0] * scale), min(im.width, int(np.ceil((cols[-1] + 1) * scale)))
    top, bottom = int(rows[0] * scale), min(im.height, int(np.ceil((rows[-1] + 1) * scale)))
    crop = im.crop((left, top, right, bottom))
    if not pad_square or crop.width == crop.height:
        return crop
    side = max(crop.size)
    canvas = Image.new(crop.mode, (side, side))
    canvas.paste(crop, ((side - crop.width) // 2, (side - crop.height) // 2))
    return canvas


def loader_chunk(batch_size: int, workers: int) -> int:
    """Images per loader batch for an inference pass of ``batch_size`` images per forward.

    With one loader batch per forward, each worker decodes a whole forward's images alone and
    the first forward waits for all of them: on the H200 (12 workers, batch 256, 2048 images of
    2048 px) only 8 of the 12 workers had work and the model idled until the first 256 images
    had been decoded one by one, about 10 s of the 16 s run. Splitting a forward's images across
    the workers (at least 8 per chunk, so that the per-batch overhead stays small) fills the
    first forward about ``workers`` times sooner; :func:`rebatch` joins the chunks again."""
    if workers <= 1:
        return batch_size
    return min(batch_size, max(8, -(-batch_size // workers)))


def rebatch(chunks: Iterable[dict[str, Any]], batch_size: int) -> Iterator[dict[str, Any]]:
    """Join :func:`collate_skipping` batches (their tensors may already be on a device) into
    batches of exactly ``batch_size`` kept items, in order; the last may be smaller. Each batch
    carries the items skipped since the previous one; a trailing batch of size 0 carries skips
    reported after the last kept item."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    held: dict[str, list[torch.Tensor]] = {}
    have, skipped = 0, []
    for chunk in chunks:
        skipped += chunk["skipped"]
        if chunk["size"]:
            for k, v in chunk.items():
                if isinstance(v, torch.Tensor):
                    held.setdefault(k, []).append(v)
            have += chunk["size"]
        while have >= batch_size:
            joined = {k: torch.cat(v) if len(v) > 1 else v[0] for k, v in held.items()}
            yield {"skipped": skipped, "size": batch_size, **{k: t[:batch_size] for k, t in joined.items()}}
            # the remainder is copied: a view would keep the whole joined batch alive
            held = {k: [t[batch_size:].clone()] for k, t in joined.items()}
            del joined
            have, skipped = have - batch_size, []
    if have:
        yield {"skipped": skipped, "size": have, **{k: torch.cat(v) for k, v in held.items()}}
    elif skipped:
        yield {"skipped": skipped, "size": 0}


def draft_side(model: Any) -> int | None:
    """Twice the model's input side: the smallest short side worth decoding for it."""
    size = getattr(getattr(model, "visual", None), "image_size", None)
    if size is None:
        return None
    side = max(size) if isinstance(size, (tuple, list)) else int(size)
    return 2 * side


def _seeded(transform: Callable[[Image.Image], torch.Tensor], image: Image.Image, seed: int) -> torch.Tensor:
    """Apply a random transform with the CPU generator seeded by ``seed``, then restore it.

    Only the CPU generator: torchvision's transforms draw from it, and ``torch.manual_seed`` would
    also queue lazy CUDA/XPU/MTIA seeding that records a stack trace per call (about 1 ms per
    sample on this machine, measured with cProfile).
    """
    state = torch.get_rng_state()
    torch.default_generator.manual_seed(seed)
    try:
        return transform(image)
    finally:
        torch.set_rng_state(state)


class ImageCaptionDataset(Dataset):
    """(image tensor, token ids) pairs from a CSV; unreadable images come back as ``Skipped``."""

    def __init__(
        self,
        rows: Sequence[dict[str, str]],
        root: Path,
        img_key: str,
        caption_key: str,
        transform: Callable[[Image.Image], torch.Tensor],
        tokenizer: Callable[..., torch.Tensor],
        with_index: bool = False,
        min_side: int | None = None,
        fov: bool = False,
    ):
        self.min_side = min_side  # decode JPEGs at reduced scale down to this short side (open_rgb)
        self.fov = fov  # crop to the field of view before the transform
        self._tail = tensor_steps(transform)  # JPEGs straight to tensors when the transform allows
        self.paths = [resolve_image_path(r[img_key], root) for r in rows]
        self.captions = [r[caption_key] for r in rows]
        self.transform = transform
        self.tokenizer = tokenizer
        self.with_index = with_index

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, key: int | tuple[int, int]) -> tuple[torch.Tensor, torch.Tensor] | Skipped:
        # An EpochSampler passes (index, seed): the augmentation then depends on the sample only,
        # not on which worker loads it or whether the run was resumed.
        index, seed = key if isinstance(key, tuple) else (key, None)
        path = self.paths[index]
        try:
            image = decode_transformed(
                path.read_bytes(), self.transform, self._tail, min_side=self.min_side, fov=self.fov, seed=seed
            )
        except (OSError, ValueError, SyntaxError) as exc:  # PIL raises all three for bad files
            return Skipped(str(path), f"{type(exc).__name__}: {exc}")
        tokens = self.tokenizer([self.captions[index]])[0]
        return (image, tokens, index) if self.with_index else (image, tokens)


class LabelledImageDataset(Dataset):
    """(image tensor, row index) from a list of paths; unreadable images come back as ``Skipped``."""

    def __init__(
        self,
        paths: Sequence[Path],
        transform: Callable[[Image.Image], torch.Tensor],
        min_side: int | None = None,
        fov: bool = False,
    ):
        self.paths = list(paths)
        self.transform = transform
        self.min_side = min_side
        self.fov = fov

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, index: int) -> tuple[torch.Tensor, int] | Skipped:
        path = self.paths[index]
        try:
            decoded = open_rgb(path, self.min_side)
            return self.transform(fov_crop(decoded) if self.fov else decoded), index
        except (OSError, ValueError, SyntaxError) as exc:
            return Skipped(str(path), f"{type(exc).__name__}: {exc}")


def collate_skipping(batch: Sequence[Any]) -> dict[str, Any]:
    """Stack the good items; list the skipped ones under ``"skipped"``."""
    good = [b for b in batch if not isinstance(b, Skipped)]
    skipped = [b for b in batch if isinstance(b, Skipped)]
    out: dict[str, Any] = {"skipped": skipped, "size": len(good)}
    if good:
        columns = list(zip(*good, strict=True))
        out["images"] = torch.stack(columns[0])
        second = columns[1]
        out["second"] = torch.stack(second) if isinstance(second[0], torch.Tensor) else torch.tensor(second)
        if len(columns) > 2:  # (image, tokens, row index)
            out["index"] = torch.tensor(columns[2])
    return out
