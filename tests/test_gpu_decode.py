"""--decode gpu: the tensor path (nvjpeg on CUDA, libjpeg-turbo here) against the PIL path.

Run here on the CPU device: torchvision's decode_jpeg takes the same code path up to the device
it decodes on, and the resize, crop and normalisation are plain tensor operations.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from helpers import mixed_image_folder
from mmfundusclip.cli import main
from mmfundusclip.data.synthetic import make_spec, render_fundus
from mmfundusclip.eval.features import embed_images
from mmfundusclip.eval.gpu_decode import GpuDecodeError, TensorPreprocess
from mmfundusclip.models import load_model

CPU = torch.device("cpu")


def _fundus(i: int, size: int) -> Image.Image:
    return render_fundus(make_spec(0, i), size)


@pytest.mark.parametrize("size", [32, 224, 378])
def test_tensor_preprocess_matches_open_clips_validation_transform(tmp_path: Path, size: int):
    from open_clip.transform import image_transform

    mean, std = (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711)
    reference = image_transform(size, is_train=False, mean=mean, std=std)
    ours = TensorPreprocess(size, "shortest", "bicubic", mean, std)
    for i, (w, h) in enumerate([(700, 700), (900, 600), (500, 760)]):
        img = _fundus(i, max(w, h)).resize((w, h))
        ref = reference(img)
        got = ours([torch.from_numpy(np.array(img)).permute(2, 0, 1)])[0]
        assert got.shape == ref.shape == (3, size, size)
        levels = ((got - ref) * torch.tensor(std).view(3, 1, 1) * 255).abs()  # in 8-bit pixel levels
        # Bicubic overshoot at the sharp field-of-view edge differs by a few levels; elsewhere by ~0.
        assert levels.max() <= 6.01 and levels.mean() < 0.2, (w, h, float(levels.max()), float(levels.mean()))


def test_gpu_decode_path_embeds_like_the_pil_path_and_skips_the_same_files(tmp_path: Path):
    paths = mixed_image_folder(tmp_path)
    loaded = load_model("mfc-micro-vit")
    cpu = embed_images(loaded.model, loaded.preprocess_val, paths, CPU, batch_size=4, decode="cpu")
    tensor = embed_images(loaded.model, loaded.preprocess_val, paths, CPU, batch_size=4, decode="gpu")
    assert sorted(s["path"] for s in tensor.skipped) == sorted(s["path"] for s in cpu.skipped)
    assert {Path(s["path"]).name for s in tensor.skipped} == {"truncated.jpg", "corrupt.jpg", "missing.jpg"}
    reasons = {Path(s["path"]).name: s["reason"] for s in tensor.skipped}
    assert "truncated" in reasons["truncated.jpg"]  # no end marker: PIL decides, as on the CPU path
    assert "GPU JPEG decode" in reasons["corrupt.jpg"] and "Huffman" in reasons["corrupt.jpg"]
    assert tensor.index.tolist() == cpu.index.tolist() == list(range(len(paths) - 3))
    cosine = (tensor.features * cpu.features).sum(1)
    # The large JPEG is decoded at 1/8 scale by the PIL path (draft) and in full here: resize noise.
    assert cosine.min() > 0.995, cosine


def test_gpu_decode_retries_a_failed_batch_image_by_image(tmp_path: Path):
    paths = mixed_image_folder(tmp_path)
    loaded = load_model("mfc-micro-vit")
    one_batch = embed_images(loaded.model, loaded.preprocess_val, paths, CPU, batch_size=len(paths), decode="gpu")
    assert len(one_batch.index) == len(paths) - 3  # the corrupt file did not take its batch with it


def test_tensor_preprocess_refuses_what_it_cannot_reproduce():
    model = load_model("mfc-micro-vit").model
    cfg = dict(model.visual.preprocess_cfg)
    model.visual.preprocess_cfg = {**cfg, "resize_mode": "longest"}
    with pytest.raises(GpuDecodeError, match="resize_mode 'longest' is not supported by --decode gpu"):
        TensorPreprocess.from_model(model)
    model.visual.preprocess_cfg = {**cfg, "size": (32, 48)}
    with pytest.raises(GpuDecodeError, match=r"non-square model input \(32, 48\)"):
        TensorPreprocess.from_model(model)
    model.visual.preprocess_cfg = {**cfg, "interpolation": "nearest"}
    with pytest.raises(GpuDecodeError, match="interpolation 'nearest'"):
        TensorPreprocess.from_model(model)


@pytest.mark.parametrize("command", ["zeroshot", "embed", "probe", "suite"])
def test_decode_gpu_needs_cuda(tiny_data: dict[str, Path], tmp_path: Path, capsys, command: str):
    data, model = str(tiny_data["test"]), ["--model", "mfc-micro-vit", "--device", "cpu", "--decode", "gpu"]
    argv = {
        "zeroshot": ["eval", "zeroshot", "--data", data, "--out", str(tmp_path / "out"), *model],
        "embed": ["embed", "--images", data, "--out", str(tmp_path / "e.npy"), *model],
        "probe": ["eval", "probe", "--train", data, "--test", data, "--out", str(tmp_path / "p"), *model],
        "suite": ["eval", "suite", "--suite", "demo", "--root", str(tmp_path), "--out", str(tmp_path / "s"), *model],
    }[command]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "--decode gpu decodes JPEGs with nvjpeg and needs a CUDA device; this run's device is cpu" in err
    assert not (tmp_path / "e.npy").exists()


def test_an_image_the_gpu_decoder_refuses_goes_to_pil_and_running_out_of_memory_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from mmfundusclip.eval import gpu_decode

    paths = mixed_image_folder(tmp_path)
    loaded = load_model("mfc-micro-vit")
    real = gpu_decode._decode
    large = (tmp_path / "large.jpg").read_bytes()

    def refuses_the_large_one(data: list[torch.Tensor], device: torch.device) -> list[torch.Tensor]:
        if any(d.numel() == len(large) for d in data):
            raise RuntimeError("nvjpeg: unsupported JPEG (test)")
        return real(data, device)

    monkeypatch.setattr(gpu_decode, "_decode", refuses_the_large_one)
    kept = embed_images(loaded.model, loaded.preprocess_val, paths, CPU, batch_size=4, decode="gpu")
    assert "large.jpg" not in {Path(s["path"]).name for s in kept.skipped}  # PIL decoded it
    assert paths.index(tmp_path / "large.jpg") in kept.index.tolist()

    def out_of_memory(data: list[torch.Tensor], device: torch.device) -> list[torch.Tensor]:
        raise torch.OutOfMemoryError("CUDA out of memory (test)")

    monkeypatch.setattr(gpu_decode, "_decode", out_of_memory)
    with pytest.raises(torch.OutOfMemoryError):
        embed_images(loaded.model, loaded.preprocess_val, paths, CPU, batch_size=4, decode="gpu")


def test_cpu_path_workers_stop_at_uint8_and_give_the_features_of_the_whole_preprocess(tmp_path: Path):
    from mmfundusclip.data.csvdata import draft_side, open_rgb

    paths = []
    for i, size in enumerate([300, 700, 520]):
        path = tmp_path / f"f{i}.jpg"
        _fundus(i, size).save(path, quality=90)
        paths.append(path)
    loaded = load_model("mfc-micro-vit")
    got = embed_images(loaded.model, loaded.preprocess_val, paths, CPU, batch_size=2, decode="cpu")
    loaded.model.eval()
    with torch.no_grad():
        batch = torch.stack([loaded.preprocess_val(open_rgb(p, draft_side(loaded.model))) for p in paths])
        ref = loaded.model.encode_image(batch, normalize=True).numpy()
    assert got.index.tolist() == [0, 1, 2]
    np.testing.assert_allclose(got.features, ref, rtol=0, atol=1e-6)  # same values, normalised elsewhere
    # A preprocess that is not open_clip's Compose runs whole in the workers.
    whole = embed_images(loaded.model, lambda im: loaded.preprocess_val(im), paths, CPU, batch_size=2)
    np.testing.assert_allclose(whole.features, ref, rtol=0, atol=1e-6)


def test_rebatch_joins_chunks_into_whole_batches_in_order_and_keeps_every_skip():
    from mmfundusclip.data.csvdata import Skipped, rebatch

    def chunk(rows: list[int], skipped: list[str]) -> dict:
        out: dict = {"skipped": [Skipped(p, "broken") for p in skipped], "size": len(rows)}
        if rows:
            out["images"] = torch.tensor(rows, dtype=torch.float32).view(-1, 1) * 10
            out["second"] = torch.tensor(rows)
        return out

    chunks = [chunk([0, 1, 2], []), chunk([], ["a"]), chunk([4, 5], ["b"]), chunk([6, 7, 8], []), chunk([], ["c"])]
    got = list(rebatch(chunks, 4))
    assert [b["size"] for b in got] == [4, 4, 0]
    assert [b["second"].tolist() for b in got[:2]] == [[0, 1, 2, 4], [5, 6, 7, 8]]
    assert got[1]["images"].view(-1).tolist() == [50, 60, 70, 80]
    assert [[s.path for s in b["skipped"]] for b in got] == [["a", "b"], [], ["c"]]
    # A remainder is the last batch; a batch size larger than everything gives one batch.
    assert [b["second"].tolist() for b in rebatch(chunks[:3], 4)] == [[0, 1, 2, 4], [5]]
    assert [b["size"] for b in rebatch(chunks, 100)] == [8]


def test_loader_chunk_gives_every_worker_part_of_the_first_forward():
    from mmfundusclip.data.csvdata import loader_chunk

    assert loader_chunk(256, 12) == 22  # 12 chunks of 22 >= 256: the first forward needs one chunk per worker
    assert loader_chunk(256, 0) == loader_chunk(256, 1) == 256  # no worker to share with
    assert loader_chunk(64, 16) == 8  # never below 8 images per chunk
    assert loader_chunk(4, 16) == 4  # nor above the batch


@pytest.mark.parametrize("workers", [0, 2])
def test_chunked_loading_gives_the_features_index_and_skips_of_whole_batches(tmp_path: Path, workers: int):
    paths = mixed_image_folder(tmp_path)
    loaded = load_model("mfc-micro-vit")
    whole = embed_images(loaded.model, loaded.preprocess_val, paths, CPU, batch_size=4, chunk=4)
    chunked = embed_images(loaded.model, loaded.preprocess_val, paths, CPU, batch_size=4, chunk=1, workers=workers)
    assert chunked.index.tolist() == whole.index.tolist() == list(range(len(paths) - 3))
    assert sorted(s["path"] for s in chunked.skipped) == sorted(s["path"] for s in whole.skipped)
    assert len(whole.skipped) == 3
    np.testing.assert_allclose(chunked.features, whole.features, rtol=0, atol=1e-6)
    with pytest.raises(ValueError, match="chunk must be at least 1, got 0"):
        embed_images(loaded.model, loaded.preprocess_val, paths, CPU, batch_size=4, chunk=0)


def test_tensor_preprocess_resizes_same_sized_images_together_with_the_values_of_one_at_a_time():
    mean, std = (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711)
    g = torch.Generator().manual_seed(0)
    sizes = [(600, 800), (600, 800), (500, 500), (600, 800), (700, 650)]
    images = [torch.randint(0, 256, (3, h, w), dtype=torch.uint8, generator=g) for h, w in sizes]
    two = 2 * 4 * 3 * 600 * 800  # bytes of two 600 x 800 images as float32: groups of two
    grouped = TensorPreprocess(224, "shortest", "bicubic", mean, std, group_bytes=two)(images)
    alone = torch.cat([TensorPreprocess(224, "shortest", "bicubic", mean, std)([img]) for img in images])
    assert grouped.shape == (5, 3, 224, 224)
    torch.testing.assert_close(grouped, alone, rtol=0, atol=1e-5)  # same order, same values


def test_rebatch_and_embed_images_refuse_a_batch_size_below_one(tmp_path: Path):
    from mmfundusclip.data.csvdata import rebatch

    with pytest.raises(ValueError, match="batch_size must be at least 1, got 0"):
        list(rebatch([], 0))
    loaded = load_model("mfc-micro-vit")
    with pytest.raises(ValueError, match="batch_size must be at least 1, got 0"):
        embed_images(loaded.model, loaded.preprocess_val, [tmp_path / "a.jpg"], CPU, batch_size=0)
    with pytest.raises(ValueError, match="group_bytes must be at least 1"):
        TensorPreprocess(224, "shortest", "bicubic", (0.5,) * 3, (0.5,) * 3, group_bytes=0)
