"""Regional ``torch.compile``: each transformer block compiled on its own, one graph for all.

Compiling the whole task (both towers and the loss) makes dynamo trace every one of ViT-H's 32
vision and 24 text blocks and inductor compile the lot, minutes before the first step. The blocks
of a tower are identical modules, so compiling each block separately (PyTorch's "regional
compilation" recipe) traces one block graph per tower and reuses it for the others: the compile
cost is that of one block, the fused kernels (layer norm, QuickGELU, residual adds under BF16)
are the same, and ``torch.utils.checkpoint`` recomputation calls the same compiled block.
"""

from __future__ import annotations

import torch
from torch import nn

__all__ = ["compile_blocks", "known_backends"]


def known_backends() -> list[str]:
    """The torch.compile backends this build offers (``inductor``, ``aot_eager``, ``eager``, ...)."""
    import torch._dynamo

    return sorted(torch._dynamo.list_backends(exclude_tags=()))


def compile_blocks(model: nn.Module, backend: str = "inductor") -> int:
    """Compile, in place, every block of every ``resblocks`` list (open_clip's transformer towers);
    returns how many were compiled (0 when the model has no such list: compile it whole then)."""
    count = 0
    for module in model.modules():
        blocks = getattr(module, "resblocks", None)
        if isinstance(blocks, nn.ModuleList):
            for block in blocks:
                block.compile(backend=backend)
                count += 1
    return count


def compile_task(task: nn.Module, model: nn.Module, backend: str = "inductor") -> tuple[nn.Module, str]:
    """The task to run and a one-line account: blocks compiled in place when the model has them,
    else the whole task compiled."""
    n = compile_blocks(model, backend)
    if n:
        return task, f"torch.compile ({backend}): {n} transformer blocks compiled one by one (regional)"
    return torch.compile(task, backend=backend), f"torch.compile ({backend}): whole model and loss"  # type: ignore[return-value]
