"""JPEG decoding and preprocessing on the GPU for evaluation (``--decode gpu``).

With 2048 px fundus JPEGs the CPU side of zero-shot evaluation is the bottleneck: on one H200
with 12 loader workers our CPU path (PIL draft decode, bicubic resize) fed ViT-H-14-378 only
128.7 images/s while the model alone embeds about 420 (bench/gpu.sh, 2026-11-28). Here the
workers only read the file bytes and check the header; torchvision's nvjpeg path decodes a whole
batch on the GPU and the resize, centre crop and normalisation of open_clip's validation
transform run there too, in float32, with the result rounded to 8 bits as PIL's resize is.

Images nvjpeg should not see are decoded by the worker with the CPU rules (``rgb_from_opened``):
non-JPEG files, JPEGs that are not RGB or grayscale (CMYK), JPEGs with an EXIF orientation,
JPEGs without an end-of-image marker (truncated), and every image when the field-of-view crop is
asked for. A file the GPU cannot decode goes to PIL, and is skipped and listed only if PIL refuses
it too, as on the CPU path.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image
from torch.utils.data import Dataset

from ..config import ConfigError
from ..data.csvdata import Skipped, check_pixel_limit, decode_rgb, fov_crop, rgb_from_opened, torchvision_jpeg

__all__ = ["EncodedImageDataset", "GpuDecodeError", "TensorPreprocess", "collate_encoded", "decode_batch"]

_EXIF_ORIENTATION = 0x0112
_EOI = b"\xff\xd9"  # JPEG end-of-image marker
_EOI_WINDOW = 1024  # bytes at the end searched for it (some writers append padding after it)


class GpuDecodeError(ConfigError):
    """``--decode gpu`` cannot reproduce this model's preprocessing on tensors (names the setting)."""


@dataclass(frozen=True)
class TensorPreprocess:
    """open_clip's validation transform (resize, centre crop, normalise) on uint8 CHW tensors."""

    size: int
    resize_mode: str  # "shortest": short side to size, then centre crop; "squash": straight to size x size
    interpolation: str  # "bicubic" or "bilinear"
    mean: tuple[float, float, float]
    std: tuple[float, float, float]

    @classmethod
    def from_model(cls, model: torch.nn.Module) -> TensorPreprocess:
        cfg = getattr(getattr(model, "visual", None), "preprocess_cfg", None)
        if not cfg:
            raise GpuDecodeError("the model carries no open_clip preprocess_cfg; evaluate it with --decode cpu")
        cfg = dict(cfg) if isinstance(cfg, dict) else vars(cfg)
        size = cfg["size"]
        if isinstance(size, (tuple, list)):
            if size[0] != size[1]:
                raise GpuDecodeError(f"non-square model input {tuple(size)} is not supported by --decode gpu")
            size = size[0]
        resize_mode = cfg.get("resize_mode", "shortest")
        interpolation = cfg.get("interpolation", "bicubic")
        if resize_mode not in ("shortest", "squash"):
            raise GpuDecodeError(f"resize_mode {resize_mode!r} is not supported by --decode gpu (shortest, squash)")
        if interpolation not in ("bicubic", "bilinear"):
            raise GpuDecodeError(
                f"interpolation {interpolation!r} is not supported by --decode gpu (bicubic, bilinear)"
            )
        return cls(int(size), resize_mode, interpolation, tuple(cfg["mean"]), tuple(cfg["std"]))  # type: ignore[arg-type]

    #: Images of one size are resized together, as many at a time as fit this many bytes as float32: a fundus
    #: set is usually one camera's size, so a batch of 256 costs a few resize calls instead of 256, and the
    #: float copies stay at 256 MiB (five 2048 px images) on any card.
    group_bytes: int = 256 * 2**20

    def __post_init__(self) -> None:
        if self.group_bytes < 1:
            raise ValueError(f"group_bytes must be at least 1, got {self.group_bytes}")

    def __call__(self, images: Sequence[torch.Tensor]) -> torch.Tensor:
        """uint8 (3, H, W) images, any sizes, on one device -> normalised (N, 3, size, size) float32."""
        from torchvision.transforms.v2 import InterpolationMode
        from torchvision.transforms.v2 import functional as F

        mode = InterpolationMode.BICUBIC if self.interpolation == "bicubic" else InterpolationMode.BILINEAR
        target: int | list[int] = self.size if self.resize_mode == "shortest" else [self.size, self.size]
        by_shape: dict[tuple[int, ...], list[int]] = {}
        for i, img in enumerate(images):
            by_shape.setdefault(tuple(img.shape), []).append(i)
        out: list[torch.Tensor | None] = [None] * len(images)
        for shape, rows in by_shape.items():
            group = max(1, self.group_bytes // (4 * math.prod(shape)))
            for k in range(0, len(rows), group):
                part = rows[k : k + group]
                x = torch.stack([images[i] for i in part]).float()
                x = F.resize(x, target, interpolation=mode, antialias=True)
                x = F.center_crop(x, [self.size, self.size]).clamp_(0, 255).round_()  # PIL's resize rounds to 8 bits
                for i, y in zip(part, x, strict=True):
                    out[i] = y
        batch = torch.stack(out).div_(255.0)  # type: ignore[arg-type]
        mean = torch.tensor(self.mean, device=batch.device).view(1, 3, 1, 1)
        std = torch.tensor(self.std, device=batch.device).view(1, 3, 1, 1)
        return batch.sub_(mean).div_(std)


class EncodedImageDataset(Dataset):
    """(("jpeg", bytes) or ("pixels", uint8 CHW), row index) per path; problems come back as ``Skipped``.

    The worker reads the header only for JPEGs nvjpeg can take as they are; everything else is
    decoded here with the CPU path's rules (pixel limit, draft, EXIF orientation, 8-bit RGB)."""

    def __init__(self, paths: Sequence[Path], min_side: int | None = None, fov: bool = False):
        self.paths = list(paths)
        self.min_side = min_side
        self.fov = fov

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, index: int) -> tuple[str, torch.Tensor, int] | Skipped:
        path = self.paths[index]
        try:
            data = np.fromfile(path, dtype=np.uint8)
            with Image.open(io.BytesIO(data.tobytes())) as im:
                check_pixel_limit(im)
                plain_jpeg = (
                    not self.fov
                    and im.format == "JPEG"
                    and im.mode in ("RGB", "L")
                    and im.getexif().get(_EXIF_ORIENTATION, 1) == 1
                    # A truncated file has no end-of-image marker; a decoder may fill in the rest
                    # instead of failing, so PIL (which refuses it) decides, as on the CPU path.
                    and _EOI in data[-_EOI_WINDOW:].tobytes()
                )
                if not plain_jpeg:
                    rgb = rgb_from_opened(im, self.min_side)
                    if self.fov:
                        rgb = fov_crop(rgb)
                    return "pixels", _chw(rgb), index
            return "jpeg", torch.from_numpy(data), index
        except (OSError, ValueError, SyntaxError) as exc:
            return Skipped(str(path), f"{type(exc).__name__}: {exc}")


def _chw(rgb: Image.Image) -> torch.Tensor:
    """An 8-bit RGB PIL image as a uint8 (3, H, W) tensor."""
    return torch.from_numpy(np.array(rgb, dtype=np.uint8)).permute(2, 0, 1).contiguous()


def collate_encoded(batch: Sequence[Any]) -> dict[str, Any]:
    """Lists (images differ in size): encoded JPEGs, CPU-decoded pixels, their rows, the skipped."""
    out: dict[str, Any] = {"jpeg": [], "jpeg_index": [], "pixels": [], "pixels_index": [], "skipped": []}
    for item in batch:
        if isinstance(item, Skipped):
            out["skipped"].append(item)
        else:
            kind, tensor, index = item
            out[kind].append(tensor)
            out[f"{kind}_index"].append(index)
    return out


def _decode(data: list[torch.Tensor], device: torch.device) -> list[torch.Tensor]:
    out = torchvision_jpeg(data, device=device)
    return list(out) if isinstance(out, (list, tuple)) else [out]


def decode_batch(
    batch: dict[str, Any], device: torch.device, paths: Sequence[Path], min_side: int | None = None
) -> tuple[list[torch.Tensor], list[int], list[Skipped]]:
    """Decode a collated batch on ``device``: uint8 CHW images, their rows (ascending) and the
    images that could not be decoded. A batch that fails as a whole is retried image by image;
    an image the GPU decoder refuses is decoded with PIL (the CPU path's rules) and skipped only
    if PIL refuses it too, so the same files are skipped as with ``--decode cpu``. Running out of
    GPU memory is an error, never a skipped image."""
    skipped = list(batch["skipped"])
    images: dict[int, torch.Tensor] = {}
    if batch["jpeg"]:
        try:
            decoded = _decode(batch["jpeg"], device)
            images.update(zip(batch["jpeg_index"], decoded, strict=True))
        except torch.OutOfMemoryError:
            raise
        except RuntimeError:
            for data, index in zip(batch["jpeg"], batch["jpeg_index"], strict=True):
                try:
                    images[index] = _decode([data], device)[0]
                except torch.OutOfMemoryError:
                    raise
                except RuntimeError as exc:
                    try:
                        rgb = decode_rgb(data.numpy().tobytes(), min_side)
                    except (OSError, ValueError, SyntaxError) as pil_exc:
                        reason = f"{type(pil_exc).__name__}: {pil_exc} (GPU JPEG decode: {exc})"
                        skipped.append(Skipped(str(paths[index]), reason))
                        continue
                    images[index] = _chw(rgb).to(device)
    for pixels, index in zip(batch["pixels"], batch["pixels_index"], strict=True):
        images[index] = pixels.to(device, non_blocking=True)
    rows = sorted(images)
    return [images[i] for i in rows], rows, skipped
