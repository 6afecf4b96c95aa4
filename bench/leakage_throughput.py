"""Leakage check throughput: hash search at 100k x 10k, and hashing against plain decoding.

CPU (here):  .venv/bin/python bench/leakage_throughput.py
Smaller:     .venv/bin/python bench/leakage_throughput.py --train 20000 --test 2000 --images 4 --rounds 3

Two measurements, one core each (OMP/BLAS threads are not limited; the search is numpy element-wise):

1. Search: ``hamming_search`` of 10,000 test hashes in both orientations (20,000 queries) against 100,000
   random 256-bit training hashes, with ``--planted`` test hashes made from training hashes by flipping
   up to 24 bits; reports seconds and pairs found (the planted ones must all be found, random pairs
   are 38+ standard deviations away at the default threshold of 32 bits).
2. Per-image cost on fundus-sized JPEGs (3072x2048, quality 92): decode only, as the trainer decodes
   (``open_rgb`` with draft mode for a 378 px model: short side >= 756), against what the leakage
   check does per image (read, sha256 of the bytes, draft decode in grey at 1/8, both hashes).
   The requirement: hashing at least as fast per core as decoding.

Prints a table and writes bench/results/leakage_throughput.json (gitignored).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np


def bench_search(n_train: int, n_test: int, planted: int, threshold: int, seed: int = 0) -> dict:
    from mmfundusclip.eval.leakage import HASH_BITS, hamming_search

    words = HASH_BITS // 64
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 2**64 - 1, size=(n_train, words), dtype=np.uint64, endpoint=True)
    queries = rng.integers(0, 2**64 - 1, size=(2 * n_test, words), dtype=np.uint64, endpoint=True)
    targets = rng.choice(n_train, planted, replace=False)
    rows = rng.choice(2 * n_test, planted, replace=False)
    for r, t in zip(rows, targets, strict=True):
        q = base[t].copy()
        for bit in rng.choice(HASH_BITS, int(rng.integers(0, 25)), replace=False):
            q[bit // 64] ^= np.uint64(1) << np.uint64(bit % 64)
        queries[r] = q
    t0 = time.perf_counter()
    qi, bi, _, _, _ = hamming_search(queries, base, threshold)
    seconds = time.perf_counter() - t0
    found = set(zip(qi.tolist(), bi.tolist(), strict=True))
    planted_found = sum((int(r), int(t)) in found for r, t in zip(rows, targets, strict=True))
    return {
        "train_hashes": n_train,
        "test_hashes": n_test,
        "queries": 2 * n_test,
        "threshold_bits": threshold,
        "seconds": round(seconds, 2),
        "pairs_found": len(found),
        "planted": planted,
        "planted_found": planted_found,
    }


def make_jpegs(folder: Path, count: int) -> list[Path]:
    """``count`` 3072x2048 q92 fundus JPEGs: a 2048 px synthetic fundus centred on a black canvas."""
    from PIL import Image

    from mmfundusclip.data.synthetic import make_spec, render_fundus

    paths = []
    for i in range(count):
        canvas = Image.new("RGB", (3072, 2048))
        canvas.paste(render_fundus(make_spec(0, i), 2048), (512, 0))
        p = folder / f"fundus_{i}.jpg"
        canvas.save(p, quality=92)
        paths.append(p)
    return paths


def bench_images(paths: list[Path], rounds: int) -> dict:
    from mmfundusclip.data.csvdata import open_rgb
    from mmfundusclip.eval.leakage import _hash_one

    def decode(p: Path) -> None:
        open_rgb(p, 756)  # the trainer's draft decode for a 378 px model

    def decode_hash(p: Path) -> None:
        digest, _ = _hash_one((str(p), None, None))
        assert digest is not None

    decode_hash(paths[0])  # build the projections outside the timing
    times: dict[str, list[float]] = {"decode": [], "decode_hash": []}
    for _ in range(rounds):  # alternate, so that load changes on the shared machine hit both alike
        for name, fn in (("decode", decode), ("decode_hash", decode_hash)):
            t0 = time.perf_counter()
            for p in paths:
                fn(p)
            times[name].append((time.perf_counter() - t0) / len(paths))
    best = {k: min(v) for k, v in times.items()}
    return {
        "images": len(paths),
        "rounds": rounds,
        "decode_images_per_s": round(1 / best["decode"], 1),
        "decode_hash_images_per_s": round(1 / best["decode_hash"], 1),
        "ratio_hash_over_decode": round(best["decode"] / best["decode_hash"], 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=int, default=100_000)
    ap.add_argument("--test", type=int, default=10_000)
    ap.add_argument("--planted", type=int, default=200)
    ap.add_argument("--threshold", type=int, default=None, help="hash A threshold (default: Thresholds().hash_a)")
    ap.add_argument("--images", type=int, default=6, help="distinct 3072x2048 JPEGs to decode")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "leakage_throughput.json"))
    args = ap.parse_args()
    from mmfundusclip.eval.leakage import Thresholds

    threshold = Thresholds().hash_a if args.threshold is None else args.threshold
    search = bench_search(args.train, args.test, args.planted, threshold)
    with tempfile.TemporaryDirectory() as tmp:
        images = bench_images(make_jpegs(Path(tmp), args.images), args.rounds)
    print(f"{'measurement':<44} {'value':>12}")
    print(
        f"{'search ' + str(search['train_hashes']) + ' x ' + str(search['queries']) + ' hashes (s)':<44} "
        f"{search['seconds']:>12}"
    )
    print(
        f"{'  pairs found (planted found / planted)':<44} {search['pairs_found']:>6} ({search['planted_found']}/{search['planted']})"
    )
    print(f"{'decode only, draft for 378 px (images/s/core)':<44} {images['decode_images_per_s']:>12}")
    print(f"{'read + sha256 + draft decode + hash (img/s/core)':<44} {images['decode_hash_images_per_s']:>12}")
    print(f"{'ratio (>= 1: hashing keeps up with decoding)':<44} {images['ratio_hash_over_decode']:>12}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"search": search, "images": images}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
