"""Regional ``torch.compile``: each transformer block compiled on its own, one graph for all.

Compiling the whole task (both towers and the loss) makes dynamo trace every one of ViT-H's 32
vision and 24 text blocks and inductor compile the lot, minutes before the first step. The blocks
of a tower are identical modules, so compiling each block separately (PyTorch's "regional
compilation" recipe) traces one block graph per tower and reuses it for the others: the compile
cost is that of one block, the fused kernels (layer norm, QuickGELU, residual adds under BF16)
are the same, and ``torch.utils.checkpoint`` recomputation calls the same compiled block. On one
H200 it took the reference recipe's step from 1.26 to 0.89 s (bench/gpu.sh, 2026-11-28).

A tower without transformer blocks (a timm or ResNet image tower, a Hugging Face text encoder) is
compiled whole instead, so no tower is left eager.
"""

from __future__ import annotations

from torch import nn

__all__ = ["compile_blocks", "compile_task", "known_backends"]

# One block graph serves every block of a tower, but each (tower, grad mode, batch shape,
# requires_grad pattern of a partly frozen tower) needs its own entry: accumulation, in-loop
# evaluation and a last smaller batch already fill dynamo's default of 8, after which new
# variants silently run uncompiled (found by review, torch 2.14).
_RECOMPILE_LIMIT = 64


def known_backends() -> list[str]:
    """The torch.compile backends this build offers (``inductor``, ``aot_eager``, ``eager``, ...)."""
    import torch._dynamo

    return sorted(torch._dynamo.list_backends(exclude_tags=()))


def compile_blocks(module: nn.Module, backend: str = "inductor") -> int:
    """Compile, in place, every block of every ``resblocks`` list below ``module`` (open_clip's
    transformer towers); returns how many were compiled."""
    count = 0
    for sub in module.modules():
        blocks = getattr(sub, "resblocks", None)
        if isinstance(blocks, nn.ModuleList):
            for block in blocks:
                block.compile(backend=backend)
                count += 1
    return count


def _towers(model: nn.Module) -> dict[str, nn.Module]:
    towers = {}
    if isinstance(getattr(model, "visual", None), nn.Module):
        towers["image tower"] = model.visual
    text = getattr(model, "text", None) or getattr(model, "transformer", None)
    if isinstance(text, nn.Module):
        towers["text tower"] = text
    return towers


def compile_task(task: nn.Module, model: nn.Module, backend: str = "inductor") -> tuple[nn.Module, str]:
    """Compile ``model``'s towers in place (blocks one by one where it has them, else the tower
    whole) and return the task to run with a one-line account; a model whose towers are not
    found is compiled whole with its loss."""
    import torch._dynamo

    for name in ("recompile_limit", "cache_size_limit"):
        if hasattr(torch._dynamo.config, name):
            setattr(torch._dynamo.config, name, max(getattr(torch._dynamo.config, name), _RECOMPILE_LIMIT))
    towers = _towers(model)
    if not towers:
        return torch.compile(task, backend=backend), f"torch.compile ({backend}): whole model and loss"  # type: ignore[return-value]
    done = []
    for name, tower in towers.items():
        n = compile_blocks(tower, backend)
        if n:
            done.append(f"{name} {n} block{'s' if n != 1 else ''} one by one")
        else:
            tower.compile(backend=backend)
            done.append(f"{name} whole (no transformer blocks)")
    return task, f"torch.compile ({backend}), regional: " + "; ".join(done)
