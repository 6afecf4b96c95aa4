"""A resumable, rank-sharded epoch order with a seed per sample.

The order of epoch ``e`` is a permutation drawn from ``(seed, e)``; rank ``r`` of ``w`` takes every
``w``-th batch-sized slice, so all ranks see the same number of full batches. Each index comes
with its own augmentation seed, so a sample is augmented the same way whatever worker loads it
and whether or not the run was resumed: resuming at batch ``b`` skips exactly ``b`` batches.
"""

from __future__ import annotations

from collections.abc import Iterator

import torch
from torch.utils.data import Sampler

__all__ = ["EpochSampler"]


class EpochSampler(Sampler[tuple[int, int]]):
    """Yields ``(index, sample_seed)`` for one epoch of one rank, from batch ``start_batch`` on."""

    def __init__(
        self,
        n: int,
        batch_size: int,
        *,
        seed: int,
        epoch: int,
        rank: int = 0,
        world_size: int = 1,
        start_batch: int = 0,
        group: int = 1,
    ):
        self.n, self.batch_size, self.seed, self.epoch = n, batch_size, seed, epoch
        self.rank, self.world_size, self.start_batch = rank, world_size, start_batch
        # Whole groups of `group` batches only (gradient accumulation: one optimizer step each).
        self.batches_per_rank = n // (batch_size * world_size * group) * group

    def __len__(self) -> int:
        return max(0, self.batches_per_rank - self.start_batch) * self.batch_size

    def __iter__(self) -> Iterator[tuple[int, int]]:
        g = torch.Generator().manual_seed(self.seed * 1_000_003 + self.epoch)
        order = torch.randperm(self.n, generator=g).tolist()
        global_batch = self.batch_size * self.world_size
        for b in range(self.start_batch, self.batches_per_rank):
            chunk = order[b * global_batch : (b + 1) * global_batch]
            mine = chunk[self.rank * self.batch_size : (self.rank + 1) * self.batch_size]
            for i in mine:
                yield i, (self.seed * 1_000_003 + self.epoch) * 10_000_019 + i
