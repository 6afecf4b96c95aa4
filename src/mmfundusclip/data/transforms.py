"""Fundus-specific additions to open_clip's image transforms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch
from torchvision import transforms as T
from torchvision.transforms import v2

__all__ = ["DeviceNormalize", "add_extra_aug", "split_normalize", "tensor_steps"]


@dataclass(frozen=True)
class DeviceNormalize:
    """The ``ToTensor`` + ``Normalize`` tail of a transform, applied to a uint8 batch where it lands.

    ``x.float() / 255``, then ``(x - mean) / std``: the same float32 operations as torchvision's
    ``ToTensor`` and ``Normalize``, so the values are identical (tested), but done once per batch on
    the training device instead of per image in every loader worker."""

    mean: tuple[float, ...]
    std: tuple[float, ...]

    def __call__(self, images: torch.Tensor) -> torch.Tensor:
        if images.dtype != torch.uint8:
            raise TypeError(f"DeviceNormalize expects a uint8 batch, got {images.dtype}")
        x = images.float().div_(255.0)
        mean = torch.tensor(self.mean, dtype=x.dtype, device=x.device).view(1, -1, 1, 1)
        std = torch.tensor(self.std, dtype=x.dtype, device=x.device).view(1, -1, 1, 1)
        return x.sub_(mean).div_(std)


def split_normalize(transform: Any) -> tuple[T.Compose, DeviceNormalize]:
    """The work of open_clip's train transform left in a loader worker, and what the device does.

    The first part ends in uint8 CHW tensors; the second normalises a batch on the device
    (``DeviceNormalize``: identical values to ``ToTensor`` + ``Normalize``). Workers then skip the
    float conversion and normalisation and send a quarter of the bytes through shared memory.
    The random resized crop runs on the uint8 tensor (torchvision v2, bicubic with antialias):
    the same crop draws as the PIL version for the same seed, pixels within 2 levels of PIL's
    (mean 0.001), and 2.5x faster (3.0 -> 1.2 ms for a 448 px shard image on one core here);
    PIL steps before it (the extra augmentation's affine) stay on PIL, colour jitter after it runs
    on the tensor. Measured in bench/data_throughput.py.
    """
    if not isinstance(transform, T.Compose):
        raise TypeError(f"expected open_clip's Compose transform, got {type(transform).__name__}")
    steps = list(transform.transforms)
    if len(steps) < 2 or not isinstance(steps[-1], T.Normalize):
        raise TypeError(f"expected a transform ending in ToTensor and Normalize, got {transform}")
    to_tensor = steps[-2]
    if not (isinstance(to_tensor, T.ToTensor) or type(to_tensor).__name__ == "MaybeToTensor"):
        raise TypeError(f"expected ToTensor before Normalize, got {type(to_tensor).__name__}")
    norm = steps[-1]
    body = steps[:-2]
    # open_clip converts to RGB after the crop; on tensors the conversion has to come first.
    to_rgb = [step for step in body if type(step).__name__ == "MaybeConvertMode"]
    body = [step for step in body if type(step).__name__ != "MaybeConvertMode"]
    head: list[Any] = []
    on_tensor = False
    for step in body:
        if isinstance(step, T.RandomResizedCrop):
            if not on_tensor:
                head += [*to_rgb, T.PILToTensor()]
                on_tensor = True
            head.append(
                v2.RandomResizedCrop(
                    step.size, scale=step.scale, ratio=step.ratio, interpolation=step.interpolation, antialias=True
                )
            )
        elif on_tensor and isinstance(step, T.ColorJitter):
            head.append(
                v2.ColorJitter(
                    brightness=step.brightness, contrast=step.contrast, saturation=step.saturation, hue=step.hue
                )
            )
        elif on_tensor:
            raise TypeError(f"{type(step).__name__} after the random resized crop has no uint8 tensor form here")
        else:
            head.append(step)
    if not on_tensor:
        head += [*to_rgb, T.PILToTensor()]
    return T.Compose(head), DeviceNormalize(tuple(norm.mean), tuple(norm.std))


def tensor_steps(worker_transform: Any) -> T.Compose | None:
    """The steps of a ``split_normalize`` worker transform after its ``PILToTensor``, when nothing
    but the RGB conversion comes before it; ``None`` when a PIL step (the extra augmentation's
    affine) needs a PIL image. A reader that decodes straight to a uint8 RGB tensor
    (``csvdata.decode_jpeg_tensor``) applies these instead of the whole transform: same random
    draws for the same seed, same pixels."""
    if not isinstance(worker_transform, T.Compose):
        return None
    steps = list(worker_transform.transforms)
    for i, step in enumerate(steps):
        if isinstance(step, T.PILToTensor):
            return T.Compose(steps[i + 1 :])
        if type(step).__name__ != "MaybeConvertMode" or getattr(step, "mode", None) != "RGB":
            return None
    return None


def add_extra_aug(transform: Any) -> Any:
    """The paper's ``--extra-aug``: random affine up to 30 degrees first, colour jitter third.

    The paper's fork inserts ``RandomAffine(degrees=(-30, 30))`` at position 0 and
    ``ColorJitter(brightness=0.2, contrast=0.2)`` at position 2 of open_clip's train transform
    (after the crop and the RGB conversion, so both act on a PIL image). Fundus photographs have
    no canonical up direction beyond a few degrees of head tilt, and brightness varies by camera.
    """
    if not isinstance(transform, T.Compose):
        raise TypeError(f"expected open_clip's Compose train transform, got {type(transform).__name__}")
    steps = list(transform.transforms)
    steps.insert(0, T.RandomAffine(degrees=(-30, 30)))
    steps.insert(2, T.ColorJitter(brightness=0.2, contrast=0.2))
    return T.Compose(steps)
