"""The contrastive task: wraps model and loss, returns a dict, so the loop never branches on
CLIP vs SigLIP (or, later, frozen towers)."""

from __future__ import annotations

from typing import Any

import open_clip
import torch
from torch import nn

from ..dist import DistInfo

__all__ = ["ContrastiveTask"]


class ContrastiveTask(nn.Module):
    """``task(images, texts) -> {"loss", "logit_scale", ...}`` for CLIP or SigLIP training."""

    def __init__(
        self, model: nn.Module, loss: str, dist: DistInfo, local_loss: bool = False, gather_with_grad: bool = False
    ):
        super().__init__()
        self.model = model
        if loss == "siglip":
            self.loss: nn.Module = open_clip.SigLipLoss(rank=dist.rank, world_size=dist.world_size)
        else:
            self.loss = open_clip.ClipLoss(
                local_loss=local_loss,
                gather_with_grad=gather_with_grad,
                cache_labels=True,
                rank=dist.rank,
                world_size=dist.world_size,
            )

    def forward(self, images: torch.Tensor, texts: torch.Tensor) -> dict[str, Any]:
        out = self.model(images, texts)
        logit_bias = out.get("logit_bias")
        kwargs = {"logit_bias": logit_bias} if logit_bias is not None else {}
        loss = self.loss(out["image_features"], out["text_features"], out["logit_scale"], **kwargs)
        return {"loss": loss, "logit_scale": out["logit_scale"].detach()}
