"""Regional torch.compile: every transformer block compiled, same loss and gradients as eager."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from mmfundusclip.cli import main
from mmfundusclip.dist import DistInfo
from mmfundusclip.models import load_model
from mmfundusclip.train.compile import compile_blocks
from mmfundusclip.train.task import ContrastiveTask

pytestmark = pytest.mark.slow


def _loss_and_grads(model: torch.nn.Module, images: torch.Tensor, texts: torch.Tensor):
    task = ContrastiveTask(model, "clip", DistInfo(0, 1, 0, torch.device("cpu")), False, False)
    model.zero_grad(set_to_none=True)
    loss = task(images, texts)["loss"]
    loss.backward()
    return loss.item(), {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}


@pytest.mark.parametrize("backend", ["aot_eager", "inductor"])
def test_compiled_blocks_give_the_eager_loss_and_gradients_under_checkpointing(backend: str):
    g = torch.Generator().manual_seed(0)
    images, texts = torch.randn(8, 3, 32, 32, generator=g), torch.randint(1, 2000, (8, 64), generator=g)
    torch.manual_seed(0)
    eager = load_model("mfc-micro-vit").model
    torch.manual_seed(0)
    compiled = load_model("mfc-micro-vit").model
    for m in (eager, compiled):
        m.set_grad_checkpointing(True)
        m.train()
    n_blocks = len(compiled.visual.transformer.resblocks) + len(compiled.transformer.resblocks)
    assert compile_blocks(compiled, backend) == n_blocks
    assert list(compiled.state_dict()) == list(eager.state_dict())  # no _orig_mod. prefixes in checkpoints
    torch._dynamo.reset()
    loss_e, grads_e = _loss_and_grads(eager, images, texts)
    loss_c, grads_c = _loss_and_grads(compiled, images, texts)
    assert loss_c == pytest.approx(loss_e, rel=1e-5)
    assert grads_c.keys() == grads_e.keys()
    for name, grad in grads_e.items():  # inductor fuses and reorders float32 sums: close, not equal
        err = (grads_c[name] - grad).abs().max().item()
        assert err <= 1e-3 * grad.abs().max().item() + 1e-7, f"{name}: max difference {err:.2e}"


def test_train_with_torchcompile_logs_the_regional_compile(tiny_data: dict[str, Path], tmp_path: Path, capsys):
    argv = [
        "train", "--train-data", str(tiny_data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16",
        "--epochs", "1", "--workers", "0", "--logs", str(tmp_path), "--name", "run", "--train.device", "cpu",
        "--train.progress_bar", "false", "--torchcompile", "--model.compile_backend", "aot_eager",
    ]  # fmt: skip
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "torch.compile (aot_eager), regional: image tower 1 block one by one; text tower 1 block one by one" in out
    assert (tmp_path / "run" / "checkpoints" / "epoch_1.safetensors").is_file()


def test_unknown_compile_backend_is_refused_before_training(tiny_data: dict[str, Path], tmp_path: Path, capsys):
    argv = [
        "train", "--train-data", str(tiny_data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16",
        "--epochs", "1", "--workers", "0", "--logs", str(tmp_path), "--name", "run", "--train.device", "cpu",
        "--torchcompile", "--model.compile_backend", "turbo",
    ]  # fmt: skip
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert "model.compile_backend 'turbo' is not a torch.compile backend" in err and "inductor" in err


def test_a_tower_without_transformer_blocks_is_compiled_whole():
    from mmfundusclip.train.compile import compile_task

    class Conv(torch.nn.Module):  # an image tower without resblocks (a ResNet or timm tower)
        def __init__(self):
            super().__init__()
            self.net = torch.nn.Conv2d(3, 4, 3)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.net(x)

    model = load_model("mfc-micro-vit").model
    model.visual = Conv()
    task = torch.nn.Identity()
    same, how = compile_task(task, model, "eager")
    assert same is task
    assert (
        how
        == "torch.compile (eager), regional: image tower whole (no transformer blocks); text tower 1 block one by one"
    )
    assert model.visual._compiled_call_impl is not None  # compiled in place
    assert torch._dynamo.config.recompile_limit >= 64
