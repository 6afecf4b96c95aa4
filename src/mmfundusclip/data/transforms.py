"""Fundus-specific additions to open_clip's image transforms."""

from __future__ import annotations

from typing import Any

from torchvision import transforms as T

__all__ = ["add_extra_aug"]


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
