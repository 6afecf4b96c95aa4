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

__all__ = ["EpochSampler", "WeightedEpochSampler"]


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


class WeightedEpochSampler(EpochSampler):
    """``EpochSampler`` over several concatenated sources drawn with per-source weights.

    An epoch has as many samples as the sources together (``sum(sizes)``); source ``i`` gets a
    share proportional to ``weights[i] * sizes[i]`` (largest-remainder rounding), so a weight of 3
    shows each of its samples about three times as often as a weight of 1. Within a source the
    draws are whole shuffled passes first, then part of one more, so repeats are as even as they
    can be. The whole order is a function of ``(seed, epoch)`` and ranks slice it like
    ``EpochSampler``; resuming at batch ``b`` skips exactly ``b`` batches. The augmentation seed
    comes from the position in the epoch, so the repeats of one image are augmented differently.
    """

    def __init__(
        self,
        sizes: list[int],
        weights: list[float],
        batch_size: int,
        *,
        seed: int,
        epoch: int,
        rank: int = 0,
        world_size: int = 1,
        start_batch: int = 0,
        group: int = 1,
    ):
        if len(sizes) != len(weights):
            raise ValueError(f"{len(weights)} weight(s) for {len(sizes)} source(s)")
        if any(w < 0 for w in weights) or sum(w * s for w, s in zip(weights, sizes, strict=True)) <= 0:
            raise ValueError(f"weights must be >= 0 and give some source a positive share, got {weights}")
        super().__init__(
            sum(sizes),
            batch_size,
            seed=seed,
            epoch=epoch,
            rank=rank,
            world_size=world_size,
            start_batch=start_batch,
            group=group,
        )
        self.sizes, self.weights = list(sizes), list(weights)

    def quotas(self) -> list[int]:
        """Samples drawn from each source per epoch."""
        mass = [w * s for w, s in zip(self.weights, self.sizes, strict=True)]
        exact = [self.n * m / sum(mass) for m in mass]
        quotas = [int(x) for x in exact]
        by_remainder = sorted(range(len(exact)), key=lambda i: (quotas[i] - exact[i], i))
        for i in by_remainder[: self.n - sum(quotas)]:
            quotas[i] += 1
        return quotas

    def order(self) -> list[int]:
        """The epoch's indices (into the concatenated sources), before rank slicing."""
        g = torch.Generator().manual_seed(self.seed * 1_000_003 + self.epoch)
        drawn: list[torch.Tensor] = []
        offset = 0
        for size, quota in zip(self.sizes, self.quotas(), strict=True):
            full, rest = divmod(quota, size)
            drawn += [torch.randperm(size, generator=g) + offset for _ in range(full)]
            if rest:
                drawn.append(torch.randperm(size, generator=g)[:rest] + offset)
            offset += size
        flat = torch.cat(drawn)
        return flat[torch.randperm(len(flat), generator=g)].tolist()

    def __iter__(self) -> Iterator[tuple[int, int]]:
        order = self.order()
        global_batch = self.batch_size * self.world_size
        base = (self.seed * 1_000_003 + self.epoch) * 10_000_019
        for b in range(self.start_batch, self.batches_per_rank):
            start = b * global_batch + self.rank * self.batch_size
            for pos in range(start, start + self.batch_size):
                yield order[pos], base + pos
