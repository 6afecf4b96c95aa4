"""Run folders: ``config.yaml`` (resolved config + git commit), ``metrics.jsonl``, ``checkpoints/``, ``eval/``."""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from . import __version__
from .config import Config, config_to_dict, config_to_yaml

__all__ = ["RunFolderError", "MetricsLog", "git_commit", "prepare_run_dir", "run_meta"]


class RunFolderError(RuntimeError):
    """A run folder cannot be used as asked."""


def git_commit() -> str:
    """The commit of the source tree this package runs from ('unknown' outside a checkout)."""
    here = Path(__file__).resolve().parent
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=here, capture_output=True, text=True, timeout=5)
        if out.returncode == 0:
            dirty = subprocess.run(
                ["git", "status", "--porcelain", "--untracked-files=no"],
                cwd=here,
                capture_output=True,
                text=True,
                timeout=5,
            )
            return out.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        pass
    return "unknown"


def run_meta() -> dict[str, Any]:
    """Provenance written beside every resolved config."""
    import open_clip
    import torch

    return {
        "git_commit": git_commit(),
        "mmfundusclip": __version__,
        "open_clip": str(open_clip.__version__),
        "torch": str(torch.__version__),
        "python": platform.python_version(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def default_run_name(cfg: Config) -> str:
    model = Path(cfg.model.name).name.replace("hf-hub:", "").replace("/", "-")
    return f"{time.strftime('%Y_%m_%d-%H_%M_%S')}-model_{model}-lr_{cfg.optim.lr:g}-b_{cfg.train.batch_size}"


def prepare_run_dir(run_dir: Path, *, resume: bool, overwrite: bool) -> Path:
    """Create the run folder; refuse one that already holds files unless resuming or overwriting."""
    # A folder holding only empty sub-folders (a run whose setup failed) counts as empty.
    if run_dir.exists() and any(p.is_file() for p in run_dir.rglob("*")) and not resume:
        if not overwrite:
            raise RunFolderError(
                f"run folder {run_dir} already exists and is not empty; pass --train.overwrite true (or --overwrite) to replace it, or --resume latest to continue it"
            )
        for sub in ("checkpoints", "eval"):
            shutil.rmtree(run_dir / sub, ignore_errors=True)
        for f in ("metrics.jsonl", "config.yaml", "skipped.csv"):
            (run_dir / f).unlink(missing_ok=True)
    (run_dir / "checkpoints").mkdir(parents=True, exist_ok=True)
    (run_dir / "eval").mkdir(exist_ok=True)
    return run_dir


def write_config(run_dir: Path, cfg: Config, meta: dict[str, Any]) -> Path:
    """Save the resolved config (loadable with --config; the meta section is ignored on load)."""
    path = run_dir / "config.yaml"
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text(config_to_yaml(cfg, meta), encoding="utf-8")
    tmp.replace(path)
    return path


class MetricsLog:
    """Append-only JSON lines, flushed per record so a killed run keeps what it logged; numeric
    fields also go to TensorBoard and/or Weights & Biases when ``report_to`` names them."""

    def __init__(self, path: Path, enabled: bool = True, report_to: str = "", config: Config | None = None):
        self.path = path
        # Held open for the run's lifetime (closed in close()): one append per record, no reopen.
        self._fh = open(path, "a", encoding="utf-8") if enabled else None  # noqa: SIM115
        self._tb: Any = None
        self._wandb: Any = None
        sinks = {s.strip() for s in report_to.split(",") if s.strip()} if enabled else set()
        if "tensorboard" in sinks:
            try:
                from torch.utils.tensorboard import SummaryWriter
            except ImportError as exc:
                raise RunFolderError(
                    "train.report_to tensorboard needs the tensorboard package: pip install -r requirements-training.txt"
                ) from exc
            self._tb = SummaryWriter(log_dir=str(path.parent / "tensorboard"))
        if "wandb" in sinks:
            try:
                import wandb
            except ImportError as exc:
                raise RunFolderError(
                    "train.report_to wandb needs the wandb package: pip install wandb (WANDB_MODE=offline works without network)"
                ) from exc
            self._wandb = wandb.init(
                project="mmfundusclip",
                name=path.parent.name,
                dir=str(path.parent),
                config=config_to_dict(config) if config else None,
                resume="allow",
            )

    def write(self, record: dict[str, Any]) -> None:
        if self._fh is not None:
            self._fh.write(json.dumps(record) + "\n")
            self._fh.flush()
        step = record.get("step")
        scalars = {
            k: v
            for k, v in record.items()
            if isinstance(v, (int, float)) and not isinstance(v, bool) and k not in ("step",)
        }
        if self._tb is not None and step is not None:
            for k, v in scalars.items():
                self._tb.add_scalar(k, v, step)
        if self._wandb is not None and step is not None and scalars:
            self._wandb.log(scalars, step=step)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self._tb is not None:
            self._tb.close()
            self._tb = None
        if self._wandb is not None:
            self._wandb.finish()
            self._wandb = None
