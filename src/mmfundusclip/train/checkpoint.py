"""Checkpoints: weights as safetensors (with the architecture and resolved config in its
metadata), training state beside them, each written to a temporary file and renamed.

Layout in ``RUN/checkpoints``: ``epoch_N.safetensors`` + ``epoch_N.state.pt``, and
``latest.*`` when ``save_most_recent`` is on. The state file is written first and the weights
file last, so a weights file on disk always has its state beside it; a kill mid-write leaves
only a ``*.tmp`` file and the previous checkpoint intact. State loads with ``weights_only=True``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import save_file

__all__ = ["atomic_save_state", "load_state", "save_checkpoint", "state_path"]


def state_path(weights: Path) -> Path:
    """The training-state file that belongs to a weights file."""
    return weights.with_name(weights.name.replace(".safetensors", ".state.pt"))


def _atomic(path: Path, write: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def atomic_save_state(state: dict[str, Any], path: Path) -> None:
    """torch.save to a temporary file, then rename."""
    _atomic(path, lambda tmp: torch.save(state, tmp))


def save_checkpoint(model: torch.nn.Module, state: dict[str, Any], path: Path, metadata: dict[str, str]) -> None:
    """Write ``state`` beside ``path`` and then the weights at ``path``, both atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_save_state(state, state_path(path))
    tensors = {k: v.detach().to("cpu").contiguous() for k, v in model.state_dict().items()}
    _atomic(path, lambda tmp: save_file(tensors, str(tmp), metadata=metadata))


def load_state(weights: Path) -> dict[str, Any]:
    """The training state of a checkpoint (no unpickling of arbitrary objects)."""
    return torch.load(state_path(weights), map_location="cpu", weights_only=True)
