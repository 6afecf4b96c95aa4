"""torchrun-aware process setup: one frozen ``DistInfo`` describes this process.

Runtime facts (rank, world size, device) live here and never on the config. Works unchanged
under ``python -m``, ``torchrun --nproc-per-node N`` and ``torchrun --nnodes M`` (SLURM included):
torchrun sets RANK, WORLD_SIZE and LOCAL_RANK, and we read nothing else.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import torch
import torch.distributed as torch_dist

__all__ = ["DistInfo", "cleanup_distributed", "init_distributed"]

log = logging.getLogger("mmfundusclip")


@dataclass(frozen=True)
class DistInfo:
    """Where this process sits in the job."""

    rank: int
    world_size: int
    local_rank: int
    device: torch.device

    @property
    def is_main(self) -> bool:
        """True on the process that writes files and prints."""
        return self.rank == 0

    @property
    def distributed(self) -> bool:
        """True when more than one process takes part."""
        return self.world_size > 1


def _pick_device(preference: str, local_rank: int) -> torch.device:
    if preference == "cpu":
        return torch.device("cpu")
    if preference.startswith("cuda"):
        if not torch.cuda.is_available():
            raise RuntimeError(
                f"train.device is {preference!r} but CUDA is not available on this machine; use --train.device cpu"
            )
        return torch.device(preference if ":" in preference else f"cuda:{local_rank}")
    return torch.device(f"cuda:{local_rank}") if torch.cuda.is_available() else torch.device("cpu")


def init_distributed(device: str = "auto") -> DistInfo:
    """Read torchrun's environment, pick the device and, with several processes, join the group.

    NCCL on CUDA, gloo on CPU. A single process (no torchrun) gets rank 0 of 1 and no group.
    """
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    dev = _pick_device(device, local_rank)
    if dev.type == "cuda":
        torch.cuda.set_device(dev)
    if world_size > 1 and not torch_dist.is_initialized():
        backend = "nccl" if dev.type == "cuda" else "gloo"
        # torchrun --max-restarts: with the c10d rendezvous the restarted workers meet in the same
        # store as the failed attempt, and gloo read the dead processes' addresses from it
        # ("connectFullMesh ... Connection refused": at least 3 of 5 restarts here with torch 2.14).
        # Each attempt's keys go under its own generation. TORCHELASTIC_RESTART_COUNT cannot name
        # it: on several nodes only the failed node's agent counts a restart (the others restart
        # for the membership change with their count unchanged), so the nodes disagree. Instead
        # every process adds 1 to a counter in the shared store: the k-th attempt's processes
        # read k * world_size + 1 .. (k + 1) * world_size, the same generation on every node.
        from torch.distributed.constants import default_pg_nccl_timeout, default_pg_timeout

        # The store times out as init_process_group's own would (10 min with NCCL, 30 with gloo).
        timeout = default_pg_nccl_timeout if backend == "nccl" else default_pg_timeout
        store, _, _ = next(torch_dist.rendezvous("env://", rank=rank, world_size=world_size, timeout=timeout))
        generation = (store.add("mmfundusclip/joined", 1) - 1) // world_size
        torch_dist.init_process_group(
            backend=backend,
            store=torch_dist.PrefixStore(f"mmfundusclip/generation_{generation}", store),
            rank=rank,
            world_size=world_size,
        )
    return DistInfo(rank=rank, world_size=world_size, local_rank=local_rank, device=dev)


def cleanup_distributed() -> None:
    """Leave the process group, if one was joined."""
    if torch_dist.is_available() and torch_dist.is_initialized():
        torch_dist.destroy_process_group()
