"""GPU path: BF16 autocast with fp32 master weights, fused AdamW, CUDA evaluation. Skips without CUDA."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from mmfundusclip.cli import main

pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")]


def test_train_and_eval_on_cuda_with_bf16_autocast(tiny_data: dict[str, Path], tmp_path: Path):
    argv = [
        "train", "--train-data", str(tiny_data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16",
        "--epochs", "2", "--workers", "2", "--logs", str(tmp_path), "--name", "gpu", "--precision", "amp_bf16",
        "--train.device", "cuda", "--lr", "1e-6", "--lr-scheduler", "const", "--eval.zeroshot_data", str(tiny_data["test"]),
    ]  # fmt: skip
    assert main(argv) == 0
    run = tmp_path / "gpu"
    a = load_file(str(run / "checkpoints" / "epoch_1.safetensors"))
    b = load_file(str(run / "checkpoints" / "epoch_2.safetensors"))
    assert all(v.dtype == torch.float32 for v in b.values() if v.is_floating_point())
    # lr 1e-6 under BF16 autocast still moves the fp32 master weights.
    assert sum(not torch.equal(a[k], b[k]) for k in a) > len(a) // 2
    out = tmp_path / "zs"
    argv = ["eval", "zeroshot", "--model", str(run), "--data", str(tiny_data["test"]), "--out", str(out), "--device", "cuda", "--bootstrap", "20"]  # fmt: skip
    assert main(argv) == 0
    report = json.loads((out / "zeroshot.json").read_text())
    assert report["n"] == 50 and isinstance(report["macro"]["auc"], float)


def test_accumulation_and_siglip_on_cuda(tiny_data: dict[str, Path], tmp_path: Path):
    base = ["train", "--train-data", str(tiny_data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "8", "--epochs", "1", "--workers", "2", "--logs", str(tmp_path), "--precision", "amp_bf16", "--train.device", "cuda"]  # fmt: skip
    assert main([*base, "--name", "accum", "--accum-freq", "2"]) == 0
    assert main([*base, "--name", "siglip", "--siglip"]) == 0
    assert "logit_bias" in load_file(str(tmp_path / "siglip" / "checkpoints" / "epoch_1.safetensors"))


def test_resume_on_cuda_continues_the_step_count(tiny_data: dict[str, Path], tmp_path: Path):
    base = ["train", "--train-data", str(tiny_data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16", "--workers", "0", "--logs", str(tmp_path), "--name", "r", "--precision", "amp_bf16", "--train.device", "cuda", "--save-most-recent"]  # fmt: skip
    assert main([*base, "--epochs", "1"]) == 0
    assert main([*base, "--epochs", "2", "--resume", "latest"]) == 0
    state = torch.load(tmp_path / "r" / "checkpoints" / "epoch_2.state.pt", weights_only=True)
    assert state["step"] == 2 * (120 // 16)


def test_nvjpeg_decode_embeds_like_the_pil_path_and_skips_the_same_files(tmp_path: Path):
    from helpers import mixed_image_folder
    from mmfundusclip.eval.features import embed_images
    from mmfundusclip.models import load_model

    paths = mixed_image_folder(tmp_path)
    device = torch.device("cuda")
    loaded = load_model("mfc-micro-vit", device=device)
    cpu = embed_images(loaded.model, loaded.preprocess_val, paths, device, batch_size=4, decode="cpu")
    gpu = embed_images(loaded.model, loaded.preprocess_val, paths, device, batch_size=4, decode="gpu")
    assert sorted(s["path"] for s in gpu.skipped) == sorted(s["path"] for s in cpu.skipped), (gpu.skipped, cpu.skipped)
    assert gpu.index.tolist() == cpu.index.tolist(), (gpu.index.tolist(), cpu.index.tolist())
    cosine = (gpu.features * cpu.features).sum(1)
    assert cosine.min() > 0.995, [f"{paths[i].name}: {c:.4f}" for i, c in zip(gpu.index, cosine, strict=True)]
