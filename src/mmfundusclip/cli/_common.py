"""Helpers shared by the command modules."""

from __future__ import annotations


def _device(name: str):  # noqa: ANN202 - torch imported lazily
    import torch

    return torch.device("cuda" if name == "auto" and torch.cuda.is_available() else ("cpu" if name == "auto" else name))


def _autocast_kwargs(device) -> dict:  # noqa: ANN001
    import torch

    return {"autocast": lambda: torch.autocast("cuda", dtype=torch.bfloat16)} if device.type == "cuda" else {}
