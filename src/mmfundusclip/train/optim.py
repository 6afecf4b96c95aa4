"""AdamW parameter groups and learning-rate schedules as pure functions of the step.

A schedule that is a pure function of the global step continues exactly after a resume: the
learning rate at step 1234 is the same whether the run got there in one go or not.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import torch

from ..config import OptimConfig

__all__ = ["build_optimizer", "lr_schedule", "no_decay"]

_NO_DECAY_NAMES = (
    "logit_scale",
    "logit_bias",
    "positional_embedding",
    "class_embedding",
    "token_embedding",
    "pos_embed",
    "cls_token",
)


def no_decay(name: str, param: torch.nn.Parameter) -> bool:
    """True for gains, biases, embeddings and the logit scale, which get no weight decay."""
    return param.ndim < 2 or any(n in name for n in _NO_DECAY_NAMES) or name.endswith(".bias")


def build_optimizer(model: torch.nn.Module, cfg: OptimConfig) -> torch.optim.AdamW:
    """AdamW over the trainable parameters, weight decay on matrices only.

    Fused AdamW (one kernel for all parameters), on CPU too: measured here on the 8.9 M-parameter
    demo model, one step takes 8.7 ms fused, 21 ms with foreach and 39 ms with PyTorch's default
    per-tensor loop. Falls back to foreach where a build has no fused kernel.
    """
    decay, rest = [], []
    for name, p in model.named_parameters():
        if p.requires_grad:
            (rest if no_decay(name, p) else decay).append(p)
    groups = [{"params": decay, "weight_decay": cfg.weight_decay}, {"params": rest, "weight_decay": 0.0}]
    kwargs = {"lr": cfg.lr, "betas": (cfg.beta1, cfg.beta2), "eps": cfg.eps}
    try:
        return torch.optim.AdamW(groups, fused=True, **kwargs)
    except (RuntimeError, TypeError):
        return torch.optim.AdamW(groups, foreach=True, **kwargs)


def lr_schedule(cfg: OptimConfig, total_steps: int, steps_per_epoch: int) -> Callable[[int], float]:
    """Learning rate at a 0-based optimizer step: linear warmup, then const, cosine or const-cooldown."""
    base, warmup = cfg.lr, cfg.warmup

    def warm(step: int) -> float | None:
        return base * (step + 1) / warmup if step < warmup else None

    if cfg.scheduler == "const":
        return lambda step: warm(step) or base
    if cfg.scheduler == "cosine":

        def cosine(step: int) -> float:
            w = warm(step)
            if w is not None:
                return w
            span = max(1, total_steps - warmup)
            return 0.5 * (1 + math.cos(math.pi * min(step - warmup, span) / span)) * base

        return cosine
    cooldown_steps = (cfg.epochs_cooldown or 0) * steps_per_epoch
    start = total_steps - cooldown_steps

    def const_cooldown(step: int) -> float:
        w = warm(step)
        if w is not None:
            return w
        if step < start or cooldown_steps == 0:
            return base
        frac = min(1.0, (step - start) / cooldown_steps)
        return cfg.lr_cooldown_end + (base - cfg.lr_cooldown_end) * (1 - frac)

    return const_cooldown
