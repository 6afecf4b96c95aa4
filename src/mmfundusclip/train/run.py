"""Run one training job from a resolved config: run folder, distributed setup, trainer verbs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import Config
from ..dist import cleanup_distributed, init_distributed
from ..runs import default_run_name, prepare_run_dir
from .trainer import Trainer

__all__ = ["run_training"]


def run_training(cfg: Config) -> tuple[Path, dict[str, Any] | None]:
    """Train as ``cfg`` says; return the run folder and the last zero-shot metrics (if any)."""
    dist = init_distributed(cfg.train.device)
    trainer = None
    try:
        name = cfg.train.name or default_run_name(cfg)
        run_dir = Path(cfg.train.logs) / name
        if dist.is_main:
            prepare_run_dir(run_dir, resume=bool(cfg.train.resume), overwrite=cfg.train.overwrite)
        if dist.distributed:
            import torch.distributed as torch_dist

            torch_dist.barrier()
        trainer = Trainer(cfg, run_dir, dist)
        trainer.setup()
        metrics = trainer.train()
        return run_dir, metrics
    finally:
        if trainer is not None:
            trainer.cleanup()
        cleanup_distributed()
