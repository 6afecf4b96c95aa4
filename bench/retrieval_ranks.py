"""Retrieval ranks: our blocked counting (``eval/retrieval.retrieval_ranks``) against sorting every row.

CPU (here):  .venv/bin/python bench/retrieval_ranks.py
Larger:      .venv/bin/python bench/retrieval_ranks.py --images 5000 --captions 25000 --dim 1024

The reference is what CLIP_benchmark-style code does and what our evaluator did before: the whole
similarity matrix, ``argsort`` of every row, then the position of the first correct candidate (here
written for one caption per image, which is all it needs to time the sort). Both run on the same
random unit vectors (captions close to their image); the ranks must agree (no ties in random
floats), and the table gives seconds and the ratio. Not a test; never runs in CI.
"""

from __future__ import annotations

import argparse
import time

import numpy as np


def sorted_ranks(img: np.ndarray, txt: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sort every row of the full similarity matrix, both ways: the reference."""
    sim = img @ txt.T
    order = np.argsort(-sim, axis=1)
    i2t = np.argmax(owner[order] == np.arange(len(img))[:, None], axis=1)
    order_t = np.argsort(-sim.T, axis=1)
    t2i = np.argmax(order_t == owner[:, None], axis=1)
    return i2t, t2i


def main(argv: list[str] | None = None) -> int:
    from mmfundusclip.eval.retrieval import retrieval_ranks

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--images", type=int, default=2000)
    p.add_argument("--captions", type=int, default=10000, help="at least --images (every image gets one)")
    p.add_argument("--dim", type=int, default=512)
    p.add_argument("--rounds", type=int, default=3)
    a = p.parse_args(argv)
    rng = np.random.default_rng(0)
    img = rng.normal(size=(a.images, a.dim)).astype(np.float32)
    img /= np.linalg.norm(img, axis=1, keepdims=True)
    owner = np.concatenate([np.arange(a.images), rng.integers(0, a.images, a.captions - a.images)])
    txt = img[owner] + rng.normal(size=(a.captions, a.dim)).astype(np.float32) * 0.05
    txt /= np.linalg.norm(txt, axis=1, keepdims=True)
    # One caption per image for the reference's simple positives; ours gets the same captions.
    first = np.arange(a.images)
    times: dict[str, list[float]] = {"ours (blocked count)": [], "reference (argsort)": []}
    for _ in range(a.rounds):
        t = time.perf_counter()
        ours = retrieval_ranks(img, txt[first], first)
        times["ours (blocked count)"].append(time.perf_counter() - t)
        t = time.perf_counter()
        ref = sorted_ranks(img, txt[first], first)
        times["reference (argsort)"].append(time.perf_counter() - t)
    assert (ours["i2t"] == ref[0]).all() and (ours["t2i"] == ref[1]).all(), "ranks differ"
    t = time.perf_counter()
    retrieval_ranks(img, txt, owner, [str(j) for j in range(a.captions)])
    several = time.perf_counter() - t
    best = {k: min(v) for k, v in times.items()}
    print(f"{a.images} images x {a.images} captions x {a.dim} dims, best of {a.rounds}:")
    for name, seconds in best.items():
        print(f"  {name:<22} {seconds:7.2f} s")
    print(f"  ratio (reference / ours) {best['reference (argsort)'] / best['ours (blocked count)']:.1f}x")
    print(f"ours with all {a.captions} captions (several per image, compared as texts): {several:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
