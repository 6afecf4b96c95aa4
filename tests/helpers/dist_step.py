"""One training step's loss and gradients, for the distributed-equivalence test.

    python tests/helpers/dist_step.py OUT.pt 16                       # 1 process, batch 16
    torchrun --nproc-per-node 2 tests/helpers/dist_step.py OUT.pt 16  # 2 processes, 8 each

The global batch is the same random tensors in both cases; each process takes its slice. Rank 0
writes the mean loss over processes and the (DDP-averaged) gradients.
"""

from __future__ import annotations

import sys

import torch
import torch.distributed as torch_dist
from torch.nn.parallel import DistributedDataParallel

from mmfundusclip.dist import cleanup_distributed, init_distributed
from mmfundusclip.models import load_model
from mmfundusclip.train.task import ContrastiveTask


def main(out: str, global_batch: int) -> None:
    dist = init_distributed("cpu")
    torch.manual_seed(0)
    loaded = load_model("mfc-micro-vit")
    g = torch.Generator().manual_seed(1)
    images = torch.randn(global_batch, 3, 32, 32, generator=g)
    texts = torch.randint(1, 1000, (global_batch, 64), generator=g)
    per = global_batch // dist.world_size
    mine = slice(dist.rank * per, (dist.rank + 1) * per)
    model = DistributedDataParallel(loaded.model) if dist.distributed else loaded.model
    task = ContrastiveTask(model, "clip", dist, local_loss=True, gather_with_grad=True)
    loss = task(images[mine], texts[mine])["loss"]
    loss.backward()
    mean_loss = loss.detach().clone()
    if dist.distributed:
        torch_dist.all_reduce(mean_loss)
        mean_loss /= dist.world_size
    if dist.is_main:
        grads = {n: p.grad.detach().clone() for n, p in loaded.model.named_parameters() if p.grad is not None}
        torch.save({"loss": mean_loss, "grads": grads}, out)
    cleanup_distributed()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
