"""Run one training job from a resolved config: run folder, distributed setup, trainer verbs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import Config
from ..dist import cleanup_distributed, init_distributed
from ..runs import default_run_name, prepare_run_dir
from .trainer import Trainer, TrainingError

__all__ = ["run_training"]


def run_training(cfg: Config) -> tuple[Path, dict[str, Any] | None]:
    """Train as ``cfg`` says; return the run folder and the last zero-shot metrics (if any)."""
    dist = init_distributed(cfg.train.device)
    trainer = None
    try:
        if dist.distributed and not cfg.train.name:
            # A date-based default would differ between processes started seconds apart.
            raise TrainingError("several processes need a fixed run folder name: pass --train.name NAME (or --name)")
        name = cfg.train.name or default_run_name(cfg)
        run_dir = Path(cfg.train.logs) / name
        resume = cfg.train.resume
        if resume == "auto":
            # torchrun --max-restarts: continue from this run's own latest checkpoint, or start fresh.
            ckpts = run_dir / "checkpoints"
            resume = "latest" if ckpts.is_dir() and any(ckpts.glob("*.safetensors")) else None
        if dist.is_main:
            prepare_run_dir(run_dir, resume=resume is not None, overwrite=cfg.train.overwrite)
        if dist.distributed:
            import torch.distributed as torch_dist

            torch_dist.barrier()
        trainer = Trainer(cfg, run_dir, dist, resume=resume)
        trainer.setup()
        metrics = trainer.train()
        return run_dir, metrics
    finally:
        if trainer is not None:
            trainer.cleanup()
        cleanup_distributed()
