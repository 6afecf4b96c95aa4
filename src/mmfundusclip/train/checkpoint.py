"""Checkpoints: weights as safetensors (with the architecture and resolved config in its
metadata), training state beside them, each written to a temporary file and renamed.

Layout in ``RUN/checkpoints``: ``epoch_N.safetensors`` + ``epoch_N.state.pt``, and
``latest.*`` when ``save_most_recent`` is on, ``step_N.*`` every ``save_every_n_steps`` steps
(only the newest ``keep_step_checkpoints`` of them when that is set). The state file is written first and the weights
file last, so a weights file on disk always has its state beside it; a kill mid-write leaves
only a ``*.tmp`` file and the previous checkpoint intact. State loads with ``weights_only=True``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import save_file

__all__ = ["atomic_save_state", "load_state", "prune_step_checkpoints", "save_checkpoint", "state_path"]


def state_path(weights: Path) -> Path:
    """The training-state file that belongs to a weights file."""
    return weights.with_name(weights.name.replace(".safetensors", ".state.pt"))


def prune_step_checkpoints(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` ``step_N`` checkpoints in ``folder``; return the deleted weights.

    A ViT-H-14 step checkpoint is about 12 GB (986 M parameters: 3.9 GB of fp32 weights and twice
    that in AdamW moments), so a long run saving every few hundred steps fills a disk without this.
    Called after the new checkpoint is in place, so a crash never leaves fewer than ``keep``;
    epoch and ``latest`` checkpoints are never touched. The weights file goes first: a crash
    between the two deletions leaves a stray state file, never weights without their state."""
    if keep < 1:
        raise ValueError(f"keep must be >= 1, got {keep}")
    steps = []
    for weights in folder.glob("step_*.safetensors"):
        number = weights.name[len("step_") : -len(".safetensors")]
        if number.isdigit():
            steps.append((int(number), weights))
    steps.sort()
    deleted = [weights for _, weights in steps[:-keep]]
    for weights in deleted:
        weights.unlink(missing_ok=True)
        state_path(weights).unlink(missing_ok=True)
    return deleted


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
