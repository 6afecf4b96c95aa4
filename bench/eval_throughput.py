"""Zero-shot evaluation throughput: our evaluator against the paper's one-image-at-a-time loop.

CPU (here):  .venv/bin/python bench/eval_throughput.py [--breakdown]
One GPU:     python bench/eval_throughput.py --device cuda --model ViT-H-14-378-quickgelu --images 2048 \
                 --paper-images 192 --unique-images 48 --batch-size 256 --workers 12 --decode cpu,cpu-whole,gpu

The paper's ``main_clip_zero.py`` (re-implemented here from its description in PEERS.md, not
copied) opens each image, preprocesses it, embeds it alone in fp32 and scores it with
``softmax(sigmoid(.))``. Ours batches through a DataLoader with workers (BF16 on GPU). Both read
the same fundus-sized JPEGs (drawn by the bench) with the same model and prompts; images/s end
to end, model load excluded; every side runs once untimed first, then the rounds alternate the
order; the table shows medians and ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch


def _draw(job: tuple[Path, int, int]) -> tuple[Path, str]:
    from mmfundusclip.data.synthetic import make_spec, render_fundus

    folder, i, size = job
    spec = make_spec(0, i)
    path = folder / f"fundus_{i:05d}.jpg"
    render_fundus(spec, size).save(path, quality=92)
    return path, spec.label


def make_images(folder: Path, count: int, size: int, unique: int) -> Path:
    """A labelled CSV of ``count`` JPEG fundus images (``unique`` distinct ones, repeated), drawn
    in parallel (a 2048 px fundus takes about half a second to draw)."""
    import csv
    import os
    from concurrent.futures import ProcessPoolExecutor

    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(folder, i, size) for i in range(min(unique, count))]
    with ProcessPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1)) as pool:
        files = list(pool.map(_draw, jobs))
    out = folder / "test.csv"
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["image", "label"])
        for i in range(count):
            path, label = files[i % len(files)]
            w.writerow([str(path), label])
    return out


def paper_loop(model, preprocess, tokenizer, data, prompts, device, count: int) -> float:  # noqa: ANN001
    """The first ``count`` images one at a time in fp32, as the paper's script does; returns images/s."""
    from PIL import Image

    names = [prompts.classes[k] for k in prompts.labels]
    t0 = time.perf_counter()
    with torch.no_grad():
        text = model.encode_text(tokenizer(names).to(device), normalize=True)
        for path in data.paths[:count]:
            image = preprocess(Image.open(path).convert("RGB")).unsqueeze(0).to(device)
            feat = model.encode_image(image, normalize=True)
            torch.sigmoid(model.logit_scale.exp() * feat @ text.T).softmax(-1).cpu()
    if device.type == "cuda":
        torch.cuda.synchronize()
    return min(count, len(data.paths)) / (time.perf_counter() - t0)


def ours(model, preprocess, tokenizer, data, prompts, device, workers: int, batch_size: int, decode: str) -> float:  # noqa: ANN001
    from unittest import mock

    from mmfundusclip.eval import features
    from mmfundusclip.eval.zeroshot import ZeroShotEvaluator

    if decode not in ("cpu", "cpu-whole", "gpu"):
        raise SystemExit(f"--decode: unknown path {decode!r} (cpu, cpu-whole, gpu)")
    whole = decode == "cpu-whole"  # the loader before chunking: one loader batch per forward
    evaluator = ZeroShotEvaluator(
        data, prompts, batch_size=batch_size, workers=workers, bootstrap=0, paper_compat=True, decode=decode[:3]
    )
    autocast = (lambda: torch.autocast("cuda", dtype=torch.bfloat16)) if device.type == "cuda" else None
    t0 = time.perf_counter()
    with mock.patch.object(features, "loader_chunk", lambda b, w: b) if whole else contextlib.nullcontext():
        evaluator(model, preprocess, tokenizer, device, **({"autocast": autocast} if autocast else {}))
    if device.type == "cuda":
        torch.cuda.synchronize()
    return len(data.paths) / (time.perf_counter() - t0)


def loader_only(model, preprocess, data, device, workers: int, batch_size: int, decode: str) -> float:  # noqa: ANN001
    """Our image pass without the model: decode, preprocess and copy to ``device``; images/s."""
    from torch.utils.data import DataLoader

    from mmfundusclip.data.csvdata import LabelledImageDataset, collate_skipping, draft_side, loader_chunk
    from mmfundusclip.eval.features import _split_preprocess

    paths = list(data.paths)
    t0 = time.perf_counter()
    n = 0
    if decode == "gpu":
        from mmfundusclip.eval.gpu_decode import EncodedImageDataset, TensorPreprocess, collate_encoded, decode_batch

        on_device = TensorPreprocess.from_model(model)
        ds = EncodedImageDataset(paths, min_side=draft_side(model))
        for batch in DataLoader(ds, batch_size=batch_size, num_workers=workers, collate_fn=collate_encoded):
            decoded, rows, _bad = decode_batch(batch, device, paths, draft_side(model))
            if rows:
                on_device(decoded)
                n += len(rows)
    else:
        worker_tf, normalize = _split_preprocess(preprocess)
        ds = LabelledImageDataset(paths, worker_tf, min_side=draft_side(model))
        pin = device.type == "cuda"
        chunk = batch_size if decode == "cpu-whole" else loader_chunk(batch_size, workers)
        for batch in DataLoader(ds, batch_size=chunk, num_workers=workers, collate_fn=collate_skipping, pin_memory=pin):
            images = batch["images"].to(device, non_blocking=True)
            if normalize is not None:
                normalize(images)
            n += batch["size"]
    if device.type == "cuda":
        torch.cuda.synchronize()
    return n / (time.perf_counter() - t0)


def model_only(model, device, image_size: int, batch_size: int, batches: int) -> float:  # noqa: ANN001
    """``encode_image`` alone on a batch already on ``device`` (BF16 autocast on CUDA); images/s."""
    x = torch.randn(batch_size, 3, image_size, image_size, device=device)
    autocast = (
        torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda" else torch.autocast("cpu", enabled=False)
    )
    with torch.no_grad(), autocast:
        model.encode_image(x, normalize=True)  # warm-up
        if device.type == "cuda":
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        for _ in range(batches):
            model.encode_image(x, normalize=True)
        if device.type == "cuda":
            torch.cuda.synchronize()
    return batches * batch_size / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    p.add_argument("--model", default="mfc-tiny-vit")
    p.add_argument("--images", type=int, default=96)
    p.add_argument(
        "--paper-images",
        type=int,
        default=None,
        help="images for the (slow) paper loop, the first rows of the same set (default: all)",
    )
    p.add_argument("--unique-images", type=int, default=24)
    p.add_argument(
        "--image-size", type=int, default=2048, help="side of the square JPEGs (fundus exports are 2000-4000 px)"
    )
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument(
        "--decode",
        default="cpu",
        help="comma-separated decode paths for ours: cpu (PIL in workers), cpu-whole (the same with one loader batch "
        "per forward, as before loader chunks), gpu (nvjpeg)",
    )
    p.add_argument(
        "--breakdown",
        action="store_true",
        help="also time the image pass without the model and the model without the image pass (which one bounds?)",
    )
    p.add_argument("--out", default="bench/results/eval_throughput.json")
    a = p.parse_args(argv)

    from mmfundusclip.eval.zeroshot import load_labelled, load_prompt_set
    from mmfundusclip.models import load_model

    device = torch.device(a.device)
    loaded = load_model(a.model, device=device)
    prompts = load_prompt_set("paper5")
    with tempfile.TemporaryDirectory() as tmp:
        print(f"drawing {a.unique_images} distinct {a.image_size} px fundus JPEGs, {a.images} rows ...", flush=True)
        data = load_labelled(make_images(Path(tmp), a.images, a.image_size, a.unique_images))
        modes = [m.strip() for m in a.decode.split(",") if m.strip()]
        names = {m: "ours" if m == "cpu" else f"ours ({m} decode)" for m in modes}
        res: dict[str, list[float]] = {**{names[m]: [] for m in modes}, "paper": []}
        same = (loaded.model, loaded.preprocess_val, loaded.tokenizer, data, prompts, device)  # both sides
        runs = {names[m]: (lambda m=m: ours(*same, a.workers, a.batch_size, m)) for m in modes}
        runs["paper"] = lambda: paper_loop(*same, a.paper_images or a.images)
        # Untimed warm-up of every side (CUDA context, cuBLAS plans, page cache, worker start-up),
        # then rounds in alternating order, so no side always pays for going first.
        warm = load_labelled(make_images(Path(tmp) / "warm", 2 * a.batch_size, a.image_size, 2))
        for m in modes:
            ours(*same[:3], warm, prompts, device, a.workers, a.batch_size, m)
        paper_loop(*same[:3], warm, prompts, device, 4)
        for r in range(a.rounds):
            order = list(runs) if r % 2 == 0 else list(reversed(runs))
            for name in order:
                res[name].append(runs[name]())
            print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.1f} images/s" for k, v in res.items()), flush=True)
        breakdown: dict[str, float] = {}
        if a.breakdown:
            for m in modes:
                breakdown[f"loader only ({m} decode)"] = loader_only(
                    loaded.model, loaded.preprocess_val, data, device, a.workers, a.batch_size, m
                )
            side = loaded.model.visual.image_size
            side = side[0] if isinstance(side, (tuple, list)) else side
            breakdown["model only"] = model_only(loaded.model, device, int(side), a.batch_size, 4)
            print("breakdown: " + ", ".join(f"{k} {v:.1f} images/s" for k, v in breakdown.items()), flush=True)
    med = {k: statistics.median(v) for k, v in res.items()}
    mp = med["paper"]
    print(f"\n{'':<22} {'images/s':>9} {'vs paper':>9}")
    for k, v in med.items():
        print(f"{k:<22} {v:>9.1f} {v / mp:>8.2f}x")
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "settings": vars(a),
                "device_name": torch.cuda.get_device_name() if device.type == "cuda" else "cpu",
                "runs": res,
                "median": med,
                "ratio_to_paper": {k: v / mp for k, v in med.items() if k != "paper"},
                "breakdown_images_per_s": breakdown,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
