"""The contrastive task: wraps model and loss, returns a dict, so the loop never branches on
CLIP vs SigLIP, frozen towers or gradient accumulation."""

from __future__ import annotations

from typing import Any

import open_clip
import torch
from open_clip.loss import SigLipLoss  # not re-exported at the top level in open_clip 3.3
from torch import nn

from ..dist import DistInfo

__all__ = ["ContrastiveTask"]

_FEATURES = ("image_features", "text_features")


class ContrastiveTask(nn.Module):
    """``task(images, texts) -> {"loss", "logit_scale"}`` for CLIP or SigLIP training.

    ``encode`` and ``loss_from`` split the same computation in two, for gradient accumulation:
    features of every micro-batch are computed once without gradients, then each micro-batch is
    re-encoded with gradients and the loss is taken over the whole (accumulated) batch, so every
    sample still sees every other as a negative.
    """

    def __init__(
        self, model: nn.Module, loss: str, dist: DistInfo, local_loss: bool = False, gather_with_grad: bool = False
    ):
        super().__init__()
        self.model = model
        if loss == "siglip":
            self.loss: nn.Module = SigLipLoss(rank=dist.rank, world_size=dist.world_size)
        else:
            self.loss = open_clip.ClipLoss(
                local_loss=local_loss,
                gather_with_grad=gather_with_grad,
                cache_labels=True,
                rank=dist.rank,
                world_size=dist.world_size,
            )

    def encode(self, images: torch.Tensor, texts: torch.Tensor) -> dict[str, Any]:
        """Model outputs: normalised features, logit scale (and bias for SigLIP)."""
        return self.model(images, texts)

    def loss_from(self, out: dict[str, Any]) -> dict[str, Any]:
        """The loss of (possibly concatenated) model outputs."""
        logit_bias = out.get("logit_bias")
        kwargs = {"logit_bias": logit_bias} if logit_bias is not None else {}
        loss = self.loss(out["image_features"], out["text_features"], out["logit_scale"], **kwargs)
        return {"loss": loss, "logit_scale": out["logit_scale"].detach()}

    def forward(self, images: torch.Tensor, texts: torch.Tensor) -> dict[str, Any]:
        return self.loss_from(self.encode(images, texts))

    @staticmethod
    def splice(cached: list[dict[str, Any]], fresh: dict[str, Any], index: int) -> dict[str, Any]:
        """All micro-batches' features, with micro-batch ``index`` taken from ``fresh`` (with grad).

        The loss depends on the logit scale (and bias) as a whole in every micro-pass; only the
        first pass lets their gradient through, or it would be counted once per micro-batch.
        """
        out = dict(fresh)
        if index > 0:
            for key in ("logit_scale", "logit_bias"):
                if out.get(key) is not None:
                    out[key] = out[key].detach()
        for key in _FEATURES:
            out[key] = torch.cat([fresh[key] if i == index else c[key] for i, c in enumerate(cached)])
        return out
