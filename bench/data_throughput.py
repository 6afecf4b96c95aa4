"""Data throughput: draft-mode decoding against open_clip's plain path, pre-resized shards against the CSV.

CPU (here):   .venv/bin/python bench/data_throughput.py
With workers: .venv/bin/python bench/data_throughput.py --images 96 --workers 2
GPU machine:  python bench/data_throughput.py --images 512 --workers 8
(per process and per DataLoader; no torchrun form.)

Generates fundus-sized JPEGs (3072x2048, quality 92: a synthetic fundus drawn at 1024 px, scaled to
2048, given sensor-like noise and centred in a black camera frame) in a temporary folder, then
measures images/s in one process without a DataLoader (and with ``--workers N`` through a
DataLoader too), for a model input of ``--image-size`` (378: DFN5B ViT-H-14-378):

(a) decode + open_clip's train transform: upstream's path (``Image.open(...)`` then
    ``open_clip.image_transform(378, is_train=True)``, full decode) against ours (``open_rgb`` with
    draft decoding down to twice the input size, same transform);
(b) our training reader on pre-resized shards (``make_shards`` with short side ``--shard-side``)
    against our reader on the CSV of full-size files (``ImageCaptionDataset``, draft decoding on).
    Both readers end, as in the trainer, at uint8 tensors: the to-float and normalisation steps of
    the transform run once per batch on the training device (``split_normalize``), not here. The
    shard reader decodes its JPEG members straight to uint8 tensors (``decode_jpeg_tensor``: same
    pixels as PIL, half the time); the full-size CSV files go through PIL's draft decoding.

Each measurement is repeated ``--repeats`` times, alternating the sides; the table shows the
median. Targets: (a) >= 1.8x, (b) >= 5x. The JSON goes to ``bench/results/data_throughput.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"draft_vs_plain": 1.8, "shards_vs_csv": 5.0}


def make_images(folder: Path, count: int, unique: int, seed: int = 0) -> Path:
    """``count`` 3072x2048 JPEGs (quality 92) and a captions CSV; ``unique`` distinct drawings, the
    rest copies under other names (drawing costs more than the decode being measured)."""
    import numpy as np
    from PIL import Image

    from mmfundusclip.data.synthetic import make_spec, render_fundus

    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(count):
        path = folder / f"fundus_{i:05d}.jpg"
        if i < unique:
            disc = render_fundus(make_spec(seed, i), 1024).resize((2048, 2048), Image.BICUBIC)
            # Sensor noise (sigma 3 of 255): smooth upscaled drawings compress unrealistically well.
            arr = np.asarray(disc, dtype=np.int16) + rng.normal(0, 3, (2048, 2048, 3)).astype(np.int16)
            frame = Image.new("RGB", (3072, 2048))
            frame.paste(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)), (512, 0))
            frame.save(path, quality=92)
        else:
            shutil.copyfile(folder / f"fundus_{i % unique:05d}.jpg", path)
        rows.append({"image": str(path), "caption": f"colour fundus photograph number {i}, synthetic"})
    csv_path = folder / "captions.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["image", "caption"])
        w.writeheader()
        w.writerows(rows)
    return csv_path


def rate(fn: Callable[[], int]) -> float:
    """Images per second of one call of ``fn`` (which returns how many images it handled)."""
    t0 = time.perf_counter()
    n = fn()
    return n / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--images", type=int, default=48, help="full-size JPEGs to generate")
    p.add_argument("--unique", type=int, default=12, help="distinct drawings among them (the rest are copies)")
    p.add_argument("--image-size", type=int, default=378, help="model input side")
    p.add_argument("--shard-side", type=int, default=448, help="short side of the pre-resized shards")
    p.add_argument("--quality", type=int, default=92, help="JPEG quality of the shards")
    p.add_argument("--repeats", type=int, default=3, help="alternating repetitions per measurement")
    p.add_argument("--workers", type=int, default=0, help="also measure through a DataLoader with N workers")
    p.add_argument("--keep", default=None, help="keep the generated data in this folder")
    p.add_argument("--out", default=str(ROOT / "bench" / "results" / "data_throughput.json"))
    a = p.parse_args(argv)

    import open_clip
    import torch
    from PIL import Image

    from mmfundusclip.data.csvdata import ImageCaptionDataset, collate_skipping, open_rgb, read_table
    from mmfundusclip.data.shards import ShardDataset, ShardOptions, expand_urls, iter_tar_samples, make_shards

    torch.set_num_threads(1)  # per-core figures: decode and transform on one thread
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="data_throughput_"))
    t0 = time.perf_counter()
    csv_path = make_images(work / "full", a.images, min(a.unique, a.images))
    gen_s = time.perf_counter() - t0
    full_bytes = sum(p.stat().st_size for p in (work / "full").glob("*.jpg"))
    print(f"generated {a.images} JPEGs of 3072x2048 ({full_bytes / a.images / 1e6:.2f} MB each) in {gen_s:.0f} s")

    t0 = time.perf_counter()
    shard_dir = work / f"shards{a.shard_side}"
    if shard_dir.exists():
        shutil.rmtree(shard_dir)
    rep = make_shards(
        csv_path,
        shard_dir,
        ShardOptions(samples_per_shard=max(1, a.images // 4), resize=a.shard_side, quality=a.quality),
        workers=max(1, a.workers),
    )
    shard_s = time.perf_counter() - t0
    print(
        f"make-shards: {rep.samples} samples in {rep.shards} shards ({rep.bytes / rep.samples / 1e3:.0f} kB per sample) "
        f"in {shard_s:.1f} s with {max(1, a.workers)} process(es)"
    )

    transform = open_clip.image_transform(a.image_size, is_train=True)
    tokenizer = open_clip.get_tokenizer("ViT-H-14-378-quickgelu")  # open_clip's bundled BPE; no download
    rows = read_table(csv_path, required=["image", "caption"])
    paths = [Path(r["image"]) for r in rows]
    min_side = 2 * a.image_size  # what the trainer passes (csvdata.draft_side)

    def plain() -> int:  # open_clip_train's CsvDataset: Image.open, then the transform converts to RGB
        for path in paths:
            transform(Image.open(path))
        return len(paths)

    def draft() -> int:
        for path in paths:
            transform(open_rgb(path, min_side))
        return len(paths)

    # The trainer's readers stop at uint8 tensors and normalise each batch on the device
    # (data.transforms.split_normalize, identical values): that is the work left in a worker.
    from mmfundusclip.data.transforms import split_normalize

    reader_transform = split_normalize(transform)[0]
    csv_ds = ImageCaptionDataset(rows, work, "image", "caption", reader_transform, tokenizer, min_side=min_side)
    urls, _ = expand_urls(rep.pattern)
    batch = 4
    shard_ds = ShardDataset(
        urls,
        reader_transform,
        tokenizer,
        batch_size=batch,
        batches_per_rank=a.images // batch,
        shuffle_buffer=0,
        min_side=min_side,
    )

    def csv_reader() -> int:
        for i in range(len(csv_ds)):
            csv_ds[i]
        return len(csv_ds)

    def shard_reader() -> int:
        return sum(1 for _ in shard_ds.iter_worker(0, 1))

    def loader(ds: torch.utils.data.Dataset, **kw) -> Callable[[], int]:
        def run() -> int:
            dl = torch.utils.data.DataLoader(
                ds, batch_size=batch, num_workers=a.workers, collate_fn=collate_skipping, **kw
            )
            return sum(b["size"] for b in dl)

        return run

    pairs: dict[str, tuple[tuple[str, Callable[[], int]], tuple[str, Callable[[], int]]]] = {
        "draft_vs_plain": (("open_clip plain decode + transform", plain), ("ours: draft decode + transform", draft)),
        "shards_vs_csv": (
            ("our reader, CSV of full-size JPEGs", csv_reader),
            (f"our reader, shards at {a.shard_side}", shard_reader),
        ),
    }
    if a.workers:
        shard_ds.batches_per_rank = a.images // batch
        pairs["shards_vs_csv_loader"] = (
            (f"CSV, DataLoader {a.workers} workers", loader(csv_ds, shuffle=False)),
            (f"shards, DataLoader {a.workers} workers", loader(shard_ds)),
        )

    results: dict[str, dict] = {}
    for key, ((name_a, fa), (name_b, fb)) in pairs.items():
        fa(), fb()  # warm-up: page cache, lazy imports
        ra, rb = [], []
        for _ in range(a.repeats):
            ra.append(rate(fa))
            rb.append(rate(fb))
        ma, mb = statistics.median(ra), statistics.median(rb)
        results[key] = {
            "reference": name_a,
            "ours": name_b,
            "reference_images_per_s": ma,
            "ours_images_per_s": mb,
            "ratio": mb / ma,
            "target": TARGETS.get(key.removesuffix("_loader")),
            "runs_reference": ra,
            "runs_ours": rb,
        }

    # Where the time goes: decode alone per path, and the shared transform alone (on a 448 image).
    from mmfundusclip.data.csvdata import decode_jpeg_tensor, decode_rgb
    from mmfundusclip.data.transforms import tensor_steps

    shard_images = [s["jpg"] for u in urls for s in iter_tar_samples(u) if isinstance(s, dict)]
    decoded = [decode_rgb(b) for b in shard_images]
    tensors = [decode_jpeg_tensor(b, min_side) for b in shard_images]
    tail = tensor_steps(reader_transform)
    stages = {
        "decode_full_plain_ms": 1000 / rate(lambda: sum(1 for q in paths if Image.open(q).convert("RGB"))),
        "decode_full_draft_ms": 1000 / rate(lambda: sum(1 for q in paths if open_rgb(q, min_side))),
        "decode_shard_pil_ms": 1000 / rate(lambda: sum(1 for b in shard_images if decode_rgb(b, min_side))),
        "decode_shard_tensor_ms": 1000
        / rate(lambda: sum(1 for b in shard_images if decode_jpeg_tensor(b, min_side) is not None)),
        "transform_on_shard_image_ms": 1000 / rate(lambda: sum(1 for im in decoded if transform(im) is not None)),
        "transform_uint8_on_shard_image_ms": 1000
        / rate(lambda: sum(1 for im in decoded if reader_transform(im) is not None)),
        "transform_tail_on_shard_tensor_ms": 1000 / rate(lambda: sum(1 for x in tensors if tail(x) is not None)),
    }
    print("stages (ms per image): " + ", ".join(f"{k.removesuffix('_ms')} {v:.1f}" for k, v in stages.items()))

    print(f"\n{'comparison':<22} {'reference':>38} {'img/s':>7}   {'ours':>38} {'img/s':>7} {'ratio':>6} {'target':>7}")
    for key, r in results.items():
        target = f">= {r['target']:.1f}x" if r["target"] else ""
        print(
            f"{key:<22} {r['reference']:>38} {r['reference_images_per_s']:7.1f}   {r['ours']:>38} {r['ours_images_per_s']:7.1f} {r['ratio']:5.2f}x {target:>7}"
        )
    doc = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "images": a.images,
        "unique_images": min(a.unique, a.images),
        "source": "3072x2048 JPEG q92",
        "full_jpeg_bytes_mean": full_bytes / a.images,
        "image_size": a.image_size,
        "shard_side": a.shard_side,
        "shard_bytes_per_sample": rep.bytes / rep.samples,
        "make_shards_s": shard_s,
        "make_shards_processes": max(1, a.workers),
        "workers": a.workers,
        "torch_threads": 1,
        "cpu": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "open_clip": open_clip.__version__,
        "pillow": Image.__version__,
        "results": results,
        "stages_ms_per_image": stages,
    }
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    print(f"\nJSON: {out}")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
