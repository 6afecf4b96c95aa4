"""The contrastive trainer: ``setup()``, ``train()``, ``save_checkpoint()``, ``cleanup()``.

One GPU:      mmfundusclip train --config configs/reference.yaml --data.train_data train.csv
Several GPUs: torchrun --nproc-per-node 8 -m mmfundusclip.train -- --config configs/reference.yaml
CPU:          mmfundusclip train --config configs/demo.yaml --train.device cpu

The step is written once: no launcher or loss branches inside the hot loop (the task returns a
dict whatever the loss), runtime facts come from a frozen ``DistInfo``, and the config is never
written to after construction.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import signal
import sys
import time
from collections.abc import Iterable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import torch
import torch.distributed as torch_dist
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader

from ..config import Config
from ..data.csvdata import DataError, ImageCaptionDataset, collate_skipping, draft_side, read_table
from ..data.sampler import EpochSampler, WeightedEpochSampler
from ..data.shards import ShardDataset, ShardError, expand_urls, looks_like_shards, shard_weights
from ..data.transforms import add_extra_aug, split_normalize
from ..dist import DistInfo
from ..eval.retrieval import RetrievalEvaluator
from ..eval.zeroshot import ZeroShotEvaluator, format_table, load_labelled, load_prompt_set, write_report
from ..models import (
    LoadedModel,
    ModelLoadError,
    find_checkpoint,
    load_model,
    load_state_into,
    read_checkpoint_meta,
    uses_quick_gelu,
)
from ..runs import MetricsLog, run_meta, write_config
from .checkpoint import load_state, prune_step_checkpoints, save_checkpoint
from .compile import compile_task, known_backends
from .optim import build_optimizer, lr_schedule
from .task import ContrastiveTask

__all__ = ["TrainingError", "Trainer"]

#: Stop after this many optimizer steps in a row with a non-finite loss.
MAX_NONFINITE_IN_A_ROW = 5

#: Fault injection for the resume tests: SIGKILL this process right after this optimizer step
#: (and after any checkpoint of that step). A real kill, so nothing gets to clean up. Once per
#: run folder (a marker file remembers it), so a restarted run (torchrun --max-restarts) goes on.
FAULT_KILL_ENV = "MMFUNDUSCLIP_FAULT_KILL_AT_STEP"
FAULT_MARKER = ".fault_injected"


class TrainingError(RuntimeError):
    """Training cannot start or continue; the message says why and what to do."""


class Trainer:
    """Owns model, task, optimizer, data and run folder for one training run."""

    def __init__(self, cfg: Config, run_dir: Path, dist: DistInfo, resume: str | None = None):
        self.cfg = cfg
        self.resume = resume  # 'latest', a checkpoint path, or None (train.resume 'auto' resolved by the caller)
        self.run_dir = run_dir
        self.dist = dist
        self.step = 0  # optimizer steps done
        self.epoch = 0  # current epoch (0-based)
        self.batch_in_epoch = 0  # batches of the current epoch already consumed
        self.skipped: list[dict[str, str]] = []
        self.attempted = 0  # images this process tried to read, for max_bad_fraction
        self.last_eval: dict[str, Any] | None = None
        self._kill_at = int(os.environ.get(FAULT_KILL_ENV, "0") or 0)

    # ------------------------------------------------------------------ setup

    def setup(self) -> None:
        """Load data, model, optimizer; resume if asked. Every input error surfaces here."""
        cfg, dist = self.cfg, self.dist
        if cfg.train.precision == "amp" and dist.device.type != "cuda":
            raise TrainingError(
                "train.precision 'amp' (fp16 autocast) needs CUDA; on CPU use fp32 (fp16 autocast on CPU is about 50x slower)"
            )
        if not cfg.data.train_data:
            raise TrainingError("no training data: set data.train_data (--train-data CSV)")
        self.shard_urls = self._shard_urls()  # None: CSV data
        self.source_sizes: list[int] = []
        rows = [] if self.shard_urls is not None else self._read_rows(cfg.data.train_data, self.source_sizes)
        n_train = cfg.data.train_num_samples if self.shard_urls is not None else len(rows)
        accum = cfg.optim.accum_freq
        global_batch = cfg.train.batch_size * dist.world_size * accum
        if n_train < global_batch:
            what = "--train-num-samples" if self.shard_urls is not None else f"rows in {cfg.data.train_data}"
            raise TrainingError(
                f"batch size {cfg.train.batch_size} x {dist.world_size} process(es) x accum_freq {accum} = {global_batch} is larger than the training set ({n_train} {what})"
            )

        torch.manual_seed(cfg.train.seed)
        self.loaded: LoadedModel = load_model(
            cfg.model.name,
            cfg.model.pretrained,
            device=dist.device,
            cache_dir=cfg.model.cache_dir,
            force_quick_gelu=cfg.model.force_quick_gelu,
            revision=cfg.model.hub_revision,
            # SigLIP starts from logit scale 10 and bias -10 (Zhai et al. 2023, section 3.2).
            model_kwargs={"init_logit_scale": math.log(10), "init_logit_bias": -10.0}
            if cfg.train.loss == "siglip"
            else None,
        )
        model = self.loaded.model
        if cfg.train.loss == "siglip" and getattr(model, "logit_bias", None) is None:
            raise TrainingError(f"train.loss siglip needs a model with a logit bias; {self.loaded.arch} has none")
        if cfg.model.lock_image:
            model.lock_image_tower(
                unlocked_groups=cfg.model.lock_image_unlocked_groups,
                freeze_bn_stats=cfg.model.lock_image_freeze_bn_stats,
            )
        if cfg.model.lock_text and not cfg.model.lock_text_freeze_layer_norm and not hasattr(model, "text"):
            raise TrainingError(
                "model.lock_text_freeze_layer_norm false is not supported by open_clip's built-in text tower (only Hugging Face text towers); leave it true"
            )
        if cfg.model.lock_text:
            model.lock_text_tower(
                unlocked_layers=cfg.model.lock_text_unlocked_layers,
                freeze_layer_norm=cfg.model.lock_text_freeze_layer_norm,
            )
        if cfg.model.grad_checkpointing:
            model.set_grad_checkpointing(True)
        transform = add_extra_aug(self.loaded.preprocess_train) if cfg.data.extra_aug else self.loaded.preprocess_train
        # Workers stop at uint8 tensors; the batch is normalised on the device (identical values).
        transform, self.normalize = split_normalize(transform)
        self.steps_per_epoch = n_train // global_batch
        if self.shard_urls is not None:
            urls, sources = self.shard_urls
            try:
                self.shards: ShardDataset | None = ShardDataset(
                    urls,
                    transform,
                    self.loaded.tokenizer,
                    batch_size=cfg.train.batch_size,
                    batches_per_rank=self.steps_per_epoch * accum,
                    seed=cfg.train.seed,
                    rank=dist.rank,
                    world_size=dist.world_size,
                    resampled=cfg.data.dataset_resampled,
                    weights=shard_weights(sources, cfg.data.upsampling_factors()),
                    shuffle_buffer=cfg.data.shuffle_buffer,
                    min_side=draft_side(model),
                    fov=cfg.data.fov_crop,
                )
            except ShardError as exc:
                raise TrainingError(str(exc)) from exc
            idle = self.shards.idle_workers(cfg.data.workers)
            if idle:
                self._print(
                    f"warning: {len(urls)} shard(s) for {dist.world_size} process(es) x {max(1, cfg.data.workers)} worker(s): {idle} worker(s) get no shard and stay idle; make more, smaller shards"
                )
        else:
            self.shards = None
            root = self._image_root(cfg.data.train_data)
            self.dataset = ImageCaptionDataset(
                rows,
                root,
                cfg.data.csv_img_key,
                cfg.data.csv_caption_key,
                transform,
                self.loaded.tokenizer,
                min_side=draft_side(model),
                fov=cfg.data.fov_crop,
            )
        self.total_steps = self.steps_per_epoch * cfg.train.epochs

        self.ddp_model: torch.nn.Module = (
            DistributedDataParallel(model, device_ids=[dist.device.index] if dist.device.type == "cuda" else None)
            if dist.distributed
            else model
        )
        self.task = ContrastiveTask(
            self.ddp_model, cfg.train.loss, dist, cfg.train.local_loss, cfg.train.gather_with_grad
        )
        if cfg.model.torchcompile:
            backends = known_backends()
            if cfg.model.compile_backend not in backends:
                raise TrainingError(
                    f"model.compile_backend {cfg.model.compile_backend!r} is not a torch.compile backend here; known: {backends}"
                )
            self.task, how = compile_task(self.task, model, cfg.model.compile_backend)
            self._print(how)
        self.optimizer = build_optimizer(model, cfg.optim)
        self.lr_at = lr_schedule(cfg.optim, self.total_steps, self.steps_per_epoch)
        self.autocast = (
            (lambda: torch.autocast(dist.device.type, dtype=torch.bfloat16))
            if cfg.train.precision == "amp_bf16"
            else (lambda: torch.autocast("cuda", dtype=torch.float16))
            if cfg.train.precision == "amp"
            else nullcontext
        )
        self.scaler = torch.amp.GradScaler("cuda") if cfg.train.precision == "amp" else None

        self.evaluator: ZeroShotEvaluator | None = None
        if cfg.eval.zeroshot_data:
            data = load_labelled(cfg.eval.zeroshot_data, image_dir=cfg.eval.image_dir)
            self.evaluator = ZeroShotEvaluator(
                data,
                load_prompt_set(cfg.eval.zeroshot_classes),
                batch_size=cfg.eval.batch_size,
                workers=min(cfg.data.workers, 2),
                bootstrap=cfg.eval.bootstrap,
                fov=cfg.data.fov_crop,
                seed=cfg.train.seed,
            )

        self.val_evaluator: RetrievalEvaluator | None = None
        if cfg.data.val_data:
            val_rows = self._read_rows(cfg.data.val_data)
            val_root = self._image_root(cfg.data.val_data)
            self.val_evaluator = RetrievalEvaluator(
                val_rows,
                val_root,
                cfg.data.csv_img_key,
                cfg.data.csv_caption_key,
                batch_size=cfg.eval.batch_size,
                workers=min(cfg.data.workers, 2),
            )

        if self.resume:
            self._resume(self.resume)
        base = self.loaded.base
        if dist.is_main:
            write_config(self.run_dir, cfg, {**run_meta(), **({"base_model": base.to_dict()} if base else {})})
            if base is not None:
                (self.run_dir / "base_model.json").write_text(
                    json.dumps(base.to_dict(), indent=2) + "\n", encoding="utf-8"
                )
        if base is not None:
            licence = base.license_name or base.license or "none stated in its model card"
            pin = "" if cfg.model.hub_revision else f" (pin it with --model.hub_revision {base.revision})"
            self._print(
                f"base model {base.repo} at revision {base.revision}{pin}; licence: {licence}{' (' + base.license_link + ')' if base.license_link else ''}"
            )
        self.metrics = MetricsLog(
            self.run_dir / "metrics.jsonl", enabled=dist.is_main, report_to=cfg.train.report_to, config=cfg
        )
        n_params = sum(p.numel() for p in model.parameters())
        self._print(
            f"model {self.loaded.arch} ({n_params / 1e6:.1f} M parameters) on {dist.device}, {dist.world_size} process(es); {n_train} training {'samples per epoch from ' + str(len(self.shard_urls[0])) + ' shard(s)' if self.shard_urls else 'pairs'}, {self.steps_per_epoch} steps/epoch x {cfg.train.epochs} epochs"
        )

    def _image_root(self, spec: str) -> Path:
        """Root of relative image paths: data.image_dir, else the (first) CSV's folder."""
        return Path(self.cfg.data.image_dir) if self.cfg.data.image_dir else Path(spec.split("::")[0]).parent

    def _read_rows(self, spec: str, sizes: list[int] | None = None) -> list[dict[str, str]]:
        rows: list[dict[str, str]] = []
        for part in spec.split("::"):
            part_rows = read_table(
                part, self.cfg.data.csv_separator, required=[self.cfg.data.csv_img_key, self.cfg.data.csv_caption_key]
            )
            rows += part_rows
            if sizes is not None:
                sizes.append(len(part_rows))
        return rows

    def _shard_urls(self) -> tuple[list[str], list[int]] | None:
        """(shard URLs, source of each) when the training data are tar shards, else None."""
        data = self.cfg.data
        spec = data.train_data or ""
        if data.dataset_type == "csv" or (data.dataset_type == "auto" and not looks_like_shards(spec)):
            return None
        if data.train_num_samples is None:
            raise TrainingError(
                "--dataset-type webdataset needs --train-num-samples N (samples per epoch, as in open_clip_train); make-shards writes the total to manifest.json (totals.samples)"
            )
        if data.val_data and looks_like_shards(data.val_data):
            raise TrainingError(
                f"data.val_data {data.val_data}: validation reads a CSV; shards are for training data only"
            )
        try:
            return expand_urls(spec)
        except ShardError as exc:
            raise TrainingError(str(exc)) from exc

    def _resume(self, what: str) -> None:
        ckpt_dir = self.run_dir / "checkpoints"
        try:
            weights = find_checkpoint(ckpt_dir if what == "latest" else what)
        except RuntimeError as exc:
            raise TrainingError(f"--resume {what}: {exc}") from exc
        from safetensors.torch import load_file

        model = self.loaded.model
        arch = read_checkpoint_meta(weights).get("arch")
        if arch != self.loaded.arch:
            raise TrainingError(
                f"--resume {weights}: the checkpoint is from a different model ({arch}) than this run's {self.loaded.arch}"
            )
        try:
            load_state_into(model, load_file(str(weights), device=str(self.dist.device)), weights, self.loaded.arch)
        except ModelLoadError as exc:
            raise TrainingError(f"--resume: the checkpoint is from a different model than this run's: {exc}") from exc
        state = load_state(weights)
        self.optimizer.load_state_dict(state["optimizer"])
        if self.scaler is not None and state.get("scaler"):
            self.scaler.load_state_dict(state["scaler"])
        self.step, self.epoch, self.batch_in_epoch = (
            int(state["step"]),
            int(state["epoch"]),
            int(state["batch_in_epoch"]),
        )
        torch.set_rng_state(state["rng_cpu"])
        if self.dist.device.type == "cuda" and state.get("rng_cuda"):
            torch.cuda.set_rng_state_all(state["rng_cuda"])
        self._print(f"resumed from {weights}: epoch {self.epoch}, batch {self.batch_in_epoch}, step {self.step}")

    # ------------------------------------------------------------------ train

    def _loader(self, epoch: int, start_batch: int) -> Iterable[dict[str, Any]]:
        cfg = self.cfg
        if self.shards is not None:  # an IterableDataset: order, split and length live in it
            aligned, drop = self.shards.aligned_start(start_batch, cfg.data.workers)
            loader = DataLoader(
                self.shards.for_epoch(epoch, aligned),
                batch_size=cfg.train.batch_size,
                num_workers=cfg.data.workers,
                collate_fn=collate_skipping,
                pin_memory=self.dist.device.type == "cuda",
                persistent_workers=False,
                prefetch_factor=4 if cfg.data.workers > 0 else None,
                drop_last=False,
            )
            # The first `drop` batches were taken before the resume (see ShardDataset.aligned_start).
            return itertools.islice(loader, drop, None) if drop else loader
        factors = cfg.data.upsampling_factors()
        common = {
            "seed": cfg.train.seed,
            "epoch": epoch,
            "rank": self.dist.rank,
            "world_size": self.dist.world_size,
            "start_batch": start_batch,
            "group": cfg.optim.accum_freq,
        }
        sampler = (
            WeightedEpochSampler(self.source_sizes, factors, cfg.train.batch_size, **common)
            if factors is not None
            else EpochSampler(len(self.dataset), cfg.train.batch_size, **common)
        )
        return DataLoader(
            self.dataset,
            batch_size=cfg.train.batch_size,
            sampler=sampler,
            num_workers=cfg.data.workers,
            collate_fn=collate_skipping,
            pin_memory=self.dist.device.type == "cuda",
            persistent_workers=False,
            prefetch_factor=4 if cfg.data.workers > 0 else None,
            drop_last=False,
        )

    def _all_agree_finite(self, loss: torch.Tensor) -> bool:
        # Every rank must skip the same step, or DDP ranks diverge: reduce the flag.
        flag = torch.tensor([0.0 if torch.isfinite(loss).all() else 1.0], device=loss.device)
        if self.dist.distributed:
            torch_dist.all_reduce(flag)
        return flag.item() == 0.0

    def train(self) -> dict[str, Any] | None:
        """Run the remaining epochs; return the last evaluation's metrics (if any)."""
        cfg, dist = self.cfg, self.dist
        show_bar = cfg.train.progress_bar and dist.is_main and sys.stderr.isatty()
        bad_in_a_row = 0
        t_start = time.perf_counter()
        steps_at_start = self.step
        for epoch in range(self.epoch, cfg.train.epochs):
            self.epoch = epoch
            loader = self._loader(epoch, self.batch_in_epoch)
            bar = None
            if show_bar:
                from tqdm import tqdm

                bar = tqdm(
                    total=self.steps_per_epoch,
                    initial=self.batch_in_epoch,
                    desc=f"epoch {epoch + 1}/{cfg.train.epochs}",
                    unit="step",
                    leave=False,
                )
            t_data = time.perf_counter()
            window = {"samples": 0, "data": 0.0, "t0": time.perf_counter()}
            micro: list[dict[str, Any]] = []
            for batch in loader:
                data_time = time.perf_counter() - t_data
                self._count_skips(batch)
                self.batch_in_epoch += 1
                if batch["size"]:
                    micro.append(batch)
                if self.batch_in_epoch % cfg.optim.accum_freq:
                    continue  # gather accum_freq micro-batches per optimizer step
                step_batches, micro = micro, []
                if not step_batches:
                    t_data = time.perf_counter()
                    continue
                lr = self.lr_at(self.step)
                for group in self.optimizer.param_groups:
                    group["lr"] = lr
                out = self._forward_backward(step_batches)
                loss = out["loss"]
                if not out["finite"]:
                    bad_in_a_row += 1
                    self.metrics.write(
                        {"event": "nonfinite_loss", "step": self.step, "epoch": epoch, "batch": self.batch_in_epoch - 1}
                    )
                    self._print(f"step {self.step}: non-finite loss, step not applied ({bad_in_a_row} in a row)")
                    self.optimizer.zero_grad(set_to_none=True)
                    if bad_in_a_row >= MAX_NONFINITE_IN_A_ROW:
                        raise TrainingError(
                            f"{bad_in_a_row} non-finite losses in a row at step {self.step}; stopped. The last good checkpoint in {self.run_dir / 'checkpoints'} is intact; lower optim.lr or check the data."
                        )
                    t_data = time.perf_counter()
                    continue
                bad_in_a_row = 0
                if self.scaler is not None:
                    self.scaler.unscale_(self.optimizer)
                if cfg.optim.grad_clip_norm is not None:
                    torch.nn.utils.clip_grad_norm_(self.loaded.model.parameters(), cfg.optim.grad_clip_norm)
                if self.scaler is not None:
                    self.scaler.step(self.optimizer)
                    self.scaler.update()
                else:
                    self.optimizer.step()
                self.optimizer.zero_grad(set_to_none=True)
                with torch.no_grad():  # as in CLIP: keep the temperature's scale at most 100
                    self.loaded.model.logit_scale.clamp_(0, math.log(100))
                self.step += 1
                if cfg.train.save_every_n_steps and self.step % cfg.train.save_every_n_steps == 0:
                    self.save_checkpoint(f"step_{self.step}")
                    if self.dist.is_main and cfg.train.keep_step_checkpoints:
                        prune_step_checkpoints(self.run_dir / "checkpoints", cfg.train.keep_step_checkpoints)
                if self._kill_at and self.step == self._kill_at:
                    self._inject_fault()
                window["samples"] += sum(b["size"] for b in step_batches)
                window["data"] += data_time
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(loss=f"{loss.item():.3f}")
                if (
                    self.step % cfg.train.log_every_n_steps == 0
                    or self.batch_in_epoch == self.steps_per_epoch * cfg.optim.accum_freq
                ):
                    self._log_step(loss, lr, out["logit_scale"], window, t_start, steps_at_start)
                    window = {"samples": 0, "data": 0.0, "t0": time.perf_counter()}
                t_data = time.perf_counter()
            if bar is not None:
                bar.close()
            self.epoch, self.batch_in_epoch = epoch + 1, 0
            self._end_of_epoch(epoch)
        return self.last_eval

    def _inject_fault(self) -> None:
        marker = self.run_dir / FAULT_MARKER
        if self.dist.is_main and not marker.exists():
            marker.write_text(f"killed after step {self.step}\n")
            os.kill(os.getpid(), signal.SIGKILL)

    def _images_on_device(self, images: torch.Tensor) -> torch.Tensor:
        """uint8 batches from the loader are normalised on the device; float ones are taken as they are."""
        images = images.to(self.dist.device, non_blocking=True)
        return self.normalize(images) if images.dtype == torch.uint8 else images

    def _forward_backward(self, batches: list[dict[str, Any]]) -> dict[str, Any]:
        """Loss and gradients of one optimizer step over one or more micro-batches.

        With several micro-batches (optim.accum_freq), features of all are computed first
        without gradients; then each is re-encoded with gradients and the loss is taken over all
        of them, so the gradient equals that of one batch of the combined size (deterministic
        models). DDP syncs gradients on the last micro-batch only. A non-finite loss skips the
        backward pass; the caller decides about the step.
        """
        dev = self.dist.device
        inputs = [(self._images_on_device(b["images"]), b["second"].to(dev, non_blocking=True)) for b in batches]
        scale = self.scaler.scale if self.scaler is not None else (lambda x: x)
        if len(inputs) == 1:
            with self.autocast():
                out = self.task(*inputs[0])
            # Agree before backward: a rank that skipped it would leave the others in DDP's all-reduce.
            out["finite"] = self._all_agree_finite(out["loss"])
            if out["finite"]:
                scale(out["loss"]).backward()
            return out
        with torch.no_grad(), self.autocast():
            cached = [self.task.encode(*x) for x in inputs]
            total = self.task.loss_from(ContrastiveTask.splice(cached, cached[0], 0))
        total["finite"] = self._all_agree_finite(total["loss"])
        if not total["finite"]:
            return total
        for j, x in enumerate(inputs):
            sync = nullcontext() if j == len(inputs) - 1 or not self.dist.distributed else self.ddp_model.no_sync()
            with sync:
                with self.autocast():
                    out = self.task.loss_from(ContrastiveTask.splice(cached, self.task.encode(*x), j))
                scale(out["loss"]).backward()
        out["finite"] = True
        return out

    def _count_skips(self, batch: dict[str, Any]) -> None:
        self.skipped += [{"path": s.path, "reason": s.reason} for s in batch["skipped"]]
        self.attempted += batch["size"] + len(batch["skipped"])
        total = self.attempted
        if self.skipped and len(self.skipped) / total > self.cfg.data.max_bad_fraction:
            first = "; ".join(f"{s['path']} ({s['reason']})" for s in self.skipped[:3])
            raise DataError(
                f"{len(self.skipped)} of {total} images could not be read, more than data.max_bad_fraction={self.cfg.data.max_bad_fraction}; first: {first}. Run `mmfundusclip validate-data` on the CSV."
            )

    def _log_step(
        self,
        loss: torch.Tensor,
        lr: float,
        logit_scale: torch.Tensor,
        window: dict[str, float],
        t_start: float,
        steps_at_start: int,
    ) -> None:
        elapsed = time.perf_counter() - window["t0"]
        done = self.step - steps_at_start
        per_step = (time.perf_counter() - t_start) / max(1, done)
        eta = per_step * (self.total_steps - self.step)
        rec = {
            "step": self.step,
            "epoch": self.epoch + self.batch_in_epoch / (self.steps_per_epoch * self.cfg.optim.accum_freq),
            "loss": float(loss.item()),
            "lr": lr,
            "logit_scale": float(logit_scale.item()),
            "samples_per_s_per_proc": window["samples"] / max(elapsed, 1e-9),
            "data_share": window["data"] / max(elapsed, 1e-9),
            "eta_s": eta,
        }
        self.metrics.write(rec)
        self._print(
            f"step {self.step}/{self.total_steps} epoch {rec['epoch']:.2f} loss {rec['loss']:.4f} lr {lr:.2e} scale {rec['logit_scale']:.1f} {rec['samples_per_s_per_proc']:.0f} samples/s/proc data {100 * rec['data_share']:.0f}% eta {eta:.0f}s"
        )

    def _end_of_epoch(self, epoch: int) -> None:
        cfg = self.cfg
        last = epoch + 1 == cfg.train.epochs

        def due(freq: int) -> bool:
            return last or bool(freq and (epoch + 1) % freq == 0)

        if self.dist.distributed:
            self._check_ranks_agree()
        if self.val_evaluator is not None and cfg.eval.val_frequency and due(cfg.eval.val_frequency):
            self.validate()
        if self.evaluator is not None and due(cfg.eval.zeroshot_frequency):
            self.evaluate(write=last)
        if (cfg.train.save_frequency and (epoch + 1) % cfg.train.save_frequency == 0) or last:
            self.save_checkpoint(f"epoch_{epoch + 1}")
        if cfg.train.save_most_recent:
            self.save_checkpoint("latest")

    def _check_ranks_agree(self) -> None:
        """All processes must hold the same weights; a silent divergence would poison the run."""
        params = [p.detach().double() for p in self.loaded.model.parameters()]
        weights = torch.arange(1, len(params) + 1, dtype=torch.float64, device=params[0].device)
        digest = torch.stack([(p.sum() + p.abs().sum()) for p in params]) @ weights
        gathered = [torch.zeros_like(digest) for _ in range(self.dist.world_size)]
        torch_dist.all_gather(gathered, digest)
        values = [float(g) for g in gathered]
        agree = all(v == values[0] for v in values)
        self.metrics.write(
            {
                "event": "ranks_agree" if agree else "ranks_diverged",
                "step": self.step,
                "world_size": self.dist.world_size,
                "digests": values,
            }
        )
        if not agree:
            raise TrainingError(
                f"the {self.dist.world_size} processes hold different weights at step {self.step} (digests {values}); stopped"
            )

    def validate(self) -> dict[str, Any] | None:
        """Contrastive validation loss and retrieval recall on data.val_data (main process)."""
        if self.val_evaluator is None or not self.dist.is_main:
            return None
        out = self.val_evaluator(
            self.loaded.model, self.loaded.preprocess_val, self.loaded.tokenizer, self.dist.device, self.autocast
        )
        self.metrics.write({"step": self.step, "epoch": self.epoch, **{f"val/{k}": v for k, v in out.items()}})
        if out.get("n"):
            self._print(
                f"validation after epoch {self.epoch}: loss {out['val_loss']:.4f} i2t R@1 {out['i2t_R@1']:.3f} R@5 {out['i2t_R@5']:.3f} t2i R@1 {out['t2i_R@1']:.3f} R@5 {out['t2i_R@5']:.3f} ({out['n']} pairs)"
            )
        return out

    def evaluate(self, write: bool = False) -> dict[str, Any] | None:
        """Run the zero-shot evaluator (main process), log it, and on ``write`` save the report."""
        if self.evaluator is None or not self.dist.is_main:
            return None
        result = self.evaluator(
            self.loaded.model, self.loaded.preprocess_val, self.loaded.tokenizer, self.dist.device, self.autocast
        )
        m = result.metrics
        self.metrics.write(
            {
                "step": self.step,
                "epoch": self.epoch,
                "zeroshot/macro_acc": m["macro"]["acc"],
                "zeroshot/macro_auc": m["macro"]["auc"],
                "zeroshot/macro_aupr": m["macro"]["aupr"],
            }
        )
        self._print(
            f"zero-shot after epoch {self.epoch}: macro acc {m['macro']['acc']:.3f} auc {m['macro']['auc'] or float('nan'):.3f} aupr {m['macro']['aupr'] or float('nan'):.3f}"
        )
        if write:
            write_report(
                result,
                self.run_dir / "eval" / "during_training",
                extra={"model": str(self.run_dir), "step": self.step, "epoch": self.epoch},
            )
            self._print(format_table(m))
        self.last_eval = m
        return m

    # ------------------------------------------------------------------ save / cleanup

    def save_checkpoint(self, tag: str) -> Path | None:
        """Write ``checkpoints/<tag>.safetensors`` and its state (main process only)."""
        if not self.dist.is_main:
            return None
        from ..config import config_to_yaml

        path = self.run_dir / "checkpoints" / f"{tag}.safetensors"
        state = {
            "optimizer": self.optimizer.state_dict(),
            "scaler": self.scaler.state_dict() if self.scaler is not None else None,
            "step": self.step,
            "epoch": self.epoch,
            "batch_in_epoch": self.batch_in_epoch,
            "rng_cpu": torch.get_rng_state(),
            "rng_cuda": torch.cuda.get_rng_state_all() if self.dist.device.type == "cuda" else [],
        }
        meta = {
            "arch": self.loaded.arch,
            "force_quick_gelu": str(self.cfg.model.force_quick_gelu).lower(),
            "quick_gelu": str(uses_quick_gelu(self.loaded.model)).lower(),
            "base_model": json.dumps(self.loaded.base.to_dict() if self.loaded.base else None),
            "step": str(self.step),
            "epoch": str(self.epoch),
            "config": config_to_yaml(self.cfg),
        }
        save_checkpoint(self.loaded.model, state, path, meta)
        return path

    def cleanup(self) -> None:
        """Close logs and write the list of skipped images."""
        if self.dist.is_main and self.skipped:
            from ..eval.reports import write_skipped_csv

            write_skipped_csv(self.run_dir / "skipped.csv", self.skipped)
            self._print(
                f"{len(self.skipped)} image(s) could not be read and were skipped; listed in {self.run_dir / 'skipped.csv'}"
            )
        if hasattr(self, "metrics"):
            self.metrics.close()

    def _print(self, msg: str) -> None:
        if self.dist.is_main:
            print(msg, flush=True)
