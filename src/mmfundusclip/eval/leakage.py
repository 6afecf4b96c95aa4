"""``mmfundusclip leakage``: find test images that also occur in the training data.

Published zero-shot numbers for fundus models often fail to reproduce because test images turn up in
pre-training data: public sets are copied into private collections, and one eye is photographed at
several visits. This module reports, for every test image, the training images that are

* ``exact``: the same file bytes (sha256), or the same decoded pixels in another encoding (sha256 of
  the RGB array; checked on the near candidates only, see ``_pixel_digest``);
* ``near``: the same photograph re-encoded, resized, cropped, brightened or mirrored (two perceptual
  hashes must both agree), or, with a model, an image embedding closer than a threshold;
* ``patient``: a different image of a patient who is also in the training data (``patient_key``).

Why this hash and not a textbook pHash. The hard case is a collection of images that all look alike
(same camera, same anatomy): measured on 500 distinct synthetic fundus images (``data/synthetic.py``,
160 px), a 64-bit DCT pHash of the grey FOV-cropped image put the nearest distinct image at Hamming
distance 0 for most of them (the low frequencies are the shared round field of view, disc and arcades),
while its planted near copies reached 8-10 bits. What tells two such images apart is fine structure
(vessel paths, lesions, 1-3 % of the side), so the hash is built on that:

1. Field of view aligned by its moments: centre = centroid and radius = sqrt(area / pi) of the pixels
   brighter than 10 % of the 99th percentile. ``csvdata.fov_crop`` (bounding box of rows/columns with
   1 % bright pixels) moved with JPEG ringing at the circle edge: a JPEG q60 copy kept only cosine
   0.49 to its original in the feature below, against 0.97 with moment alignment.
2. Grey image of the aligned square at 96 x 96 px, band-pass filtered (difference of Gaussians),
   windowed to the inner 88 % of the circle's radius. Brightness and contrast changes scale the
   band-pass image and leave the hash, which only takes signs, unchanged.
3. Two independent 256-bit SimHashes (signs of random Gaussian projections; the Hamming fraction
   estimates angle / pi between feature vectors): hash A on a fine band (sigma 0.8 - 3 px), hash B on a
   coarser band (sigma 1.6 - 5 px). A pair is near when BOTH are within their thresholds.
   Measured at 160 px (cosine of the fine band-pass features): planted copies (JPEG q60, half size,
   5 % crop, +15 % brightness, +20 % contrast, mirror) >= 0.966, nearest of 500 distinct images
   <= 0.775; in bits see ``Thresholds``.
4. Mirroring: test images are hashed as they are and mirrored; the search runs both orientations.

The search is brute force over packed bits (XOR and ``np.bitwise_count`` on uint64 words, in blocks
of 64 queries): 100,000 x 20,000 (10,000 test images, two orientations) took 17.7 s on one core
here (``bench/leakage_throughput.py``). No nearest-neighbour dependency is needed at that scale.
"""

from __future__ import annotations

import glob
import hashlib
import io
import json
import math
import os
import re
import sys
import tarfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageOps

from ..data.csvdata import DataError, check_pixel_limit, read_table, resolve_image_path, to_rgb
from ..data.validate import detect_separator

__all__ = [
    "HASH_BITS",
    "ImageRef",
    "LeakageReport",
    "Thresholds",
    "expand_pattern",
    "find_leakage",
    "hamming_search",
    "image_hashes",
    "iter_ref_bytes",
    "load_csv_refs",
    "load_shard_refs",
    "pack_bits",
    "write_contact_sheet",
]

#: Side of the aligned grey square the hashes are computed on. 96 px keeps lesions and vessels of
#: 1.5-3 % of the side at 1.5-3 px, and a half-size copy of a 160 px image (80 px) is still close to it.
HASH_SIDE = 96
#: Bits per hash: with 256 bits the Hamming fraction of a pair has a standard deviation of at most
#: 0.031 (sqrt(0.25/256)), small against the gap between copies (~0.08) and distinct images (>=0.22).
HASH_BITS = 256
_WORDS = HASH_BITS // 64
#: (fine sigma, coarse sigma, window radius as a fraction of the side) of hash A and hash B.
_BANDS = ((0.8, 3.0, 0.44), (1.6, 5.0, 0.42))
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp")


@dataclass(frozen=True)
class Thresholds:
    """Largest Hamming distances (of ``HASH_BITS``) that still count as a near copy, and the embedding
    cosine from which a pair counts as near (model path only).

    Defaults from distances measured with ``image_hashes`` on synthetic fundus images at 160 px (60
    originals, each JPEG q60, half size, 5 % centre and corner crop, +15 % brightness, +20 % contrast,
    mirrored; against 500 distinct images): copies reach at most A 23 / B 16 bits; the nearest distinct
    image lies at A >= 36 (1st percentile 45) and B >= 16 (1st percentile 22). Hash A separates; B is
    a second gate that costs nothing. A <= 32 keeps 9 bits (about 2 standard deviations) above the worst
    copy and 4 below the closest distinct image: 0 of 500 distinct images reported (A <= 44 and B <= 38
    reported 4, A <= 48 and B <= 40 reported 26). A copy that is mirrored, halved, brightened and
    re-encoded at q60 all at once reached A 35 and is not guaranteed to be found."""

    hash_a: int = 32
    hash_b: int = 26
    embed: float = 0.95

    def as_dict(self) -> dict[str, Any]:
        return {
            "hash_a_bits": self.hash_a,
            "hash_b_bits": self.hash_b,
            "hash_bits": HASH_BITS,
            "embed_cosine": self.embed,
        }


@dataclass
class ImageRef:
    """One image of either side: its id (the CSV cell or the shard key), where to read it, and its row."""

    id: str
    where: str  # file path, or "SHARD.tar:MEMBER"
    row: int | None = None  # CSV row (header is row 1), None for shard members
    path: Path | None = None
    shard: Path | None = None
    member: str | None = None
    patient: str | None = None

    def read_bytes(self) -> bytes:
        """The file's bytes. A shard member is read by streaming its shard up to the member: to read
        many members, use ``iter_ref_bytes`` (one pass per shard) instead of calling this per member."""
        if self.path is not None:
            return self.path.read_bytes()
        for _, data, reason in iter_ref_bytes([self]):
            if data is None:
                raise OSError(f"{self.where}: {reason}")
            return data
        raise OSError(f"{self.where}: neither a file nor a shard member")  # pragma: no cover


@dataclass
class LeakageReport:
    """Everything the check found, ready for JSON."""

    pairs: list[dict[str, Any]]
    counts: dict[str, int]
    thresholds: dict[str, Any]
    unreadable: list[dict[str, Any]]
    duplicates: list[dict[str, Any]]
    closest: list[dict[str, Any]] = field(default_factory=list)
    train: str = ""
    test: str = ""
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "train": self.train,
            "test": self.test,
            "counts": self.counts,
            "thresholds": self.thresholds,
            "pairs": self.pairs,
            "unreadable": self.unreadable,
            "duplicate_test_rows": self.duplicates,
            "closest_below_threshold": self.closest,
            "notes": self.notes,
        }


# ---------------------------------------------------------------------------------------------------
# Hashing


@lru_cache(maxsize=1)
def _hash_setup() -> tuple[list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]], np.ndarray]:
    """Per band: (fine blur matrix, coarse blur matrix, window mask indices, projections); the mirror
    permutation of the flattened square. Fixed seed: both sides of one run use the same projections."""
    n = HASH_SIDE
    x = np.arange(n, dtype=np.float64)

    def blur(sigma: float) -> np.ndarray:
        g = np.exp(-((x[:, None] - x[None, :]) ** 2) / (2 * sigma * sigma))
        return (g / g.sum(1, keepdims=True)).astype(np.float32)

    yy, xx = (np.mgrid[0:n, 0:n] + 0.5) / n - 0.5
    radius = np.hypot(xx, yy)
    rng = np.random.default_rng(0x1EA4A6E)
    bands = []
    for fine, coarse, rad in _BANDS:
        inside = np.flatnonzero((radius < rad).ravel())
        proj = rng.standard_normal((HASH_BITS, inside.size)).astype(np.float32)
        bands.append((blur(fine), blur(coarse), inside, proj))
    mirror = np.arange(n * n).reshape(n, n)[:, ::-1].ravel()
    return bands, mirror


def pack_bits(bits: np.ndarray) -> np.ndarray:
    """(..., HASH_BITS) booleans -> (..., HASH_BITS // 64) uint64 words."""
    packed = np.packbits(bits.astype(np.uint8), axis=-1)  # (..., 32) uint8, big-endian bit order
    return np.ascontiguousarray(packed).view(">u8").astype(np.uint64)


def _aligned_grey(im: Image.Image) -> np.ndarray:
    """The field of view as a HASH_SIDE square of grey floats (see the module docstring, step 1)."""
    grey = im if im.mode == "L" else to_rgb(im).convert("L")
    small = grey
    factor = min(grey.size) // 128
    if factor >= 2:  # moments on about 128-255 px: enough for a sub-percent centre and radius
        small = grey.reduce(factor)
    scale_x, scale_y = grey.width / small.width, grey.height / small.height
    arr = np.asarray(small, dtype=np.float32)
    top = float(np.percentile(arr, 99))
    mask = arr > 0.1 * top if top > 0 else np.zeros(arr.shape, bool)
    if mask.sum() < 0.05 * mask.size:  # no round field of view (blank or non-fundus image): use it all
        cx, cy, r = grey.width / 2, grey.height / 2, max(grey.size) / 2
    else:
        ys, xs = np.nonzero(mask)
        cx, cy = (xs.mean() + 0.5) * scale_x, (ys.mean() + 0.5) * scale_y
        r = math.sqrt(mask.sum() / math.pi) * math.sqrt(scale_x * scale_y)
    x0, y0 = math.floor(cx - r) - 1, math.floor(cy - r) - 1
    # PIL's crop pads outside the image with black; resize's box must lie inside the crop.
    crop = grey.crop((x0, y0, math.ceil(cx + r) + 1, math.ceil(cy + r) + 1))
    box = (cx - r - x0, cy - r - y0, cx + r - x0, cy + r - y0)
    resample = Image.BOX if 2 * r >= HASH_SIDE else Image.BILINEAR
    return np.asarray(crop.resize((HASH_SIDE, HASH_SIDE), resample, box=box), dtype=np.float32)


def image_hashes(im: Image.Image) -> np.ndarray:
    """(2 orientations, 2 hashes, HASH_BITS // 64) uint64: [as is, mirrored] x [hash A, hash B]."""
    a = _aligned_grey(im)
    bands, mirror = _hash_setup()
    out = np.empty((2, len(bands), _WORDS), np.uint64)
    for k, (fine, coarse, inside, proj) in enumerate(bands):
        dog = (fine @ a @ fine.T - coarse @ a @ coarse.T).ravel()
        both = np.stack([dog[inside], dog[mirror][inside]], axis=1)  # (pixels, 2)
        out[:, k] = pack_bits((proj @ both).T > 0)
    return out


def _open_for_hash(data: bytes) -> Image.Image:
    """Decode for hashing: JPEGs through PIL's draft mode in grey, at the smallest DCT scale whose short
    side stays >= 2 x HASH_SIDE (a 3072x2048 fundus decodes at 1/8: 384x256)."""
    im = Image.open(io.BytesIO(data))
    check_pixel_limit(im)
    if im.format == "JPEG":
        w, h = im.size
        short = min(w, h)
        if short >= 4 * HASH_SIDE:
            target = 2 * HASH_SIDE
            im.draft("L", (max(1, w * target // short), max(1, h * target // short)))
    im.load()
    return ImageOps.exif_transpose(im)


def _hash_one(item: tuple[str | None, bytes | None, str | None]) -> tuple[str, np.ndarray] | tuple[None, str]:
    """(sha256, hashes) of a file path or bytes; (None, reason) when it cannot be read (``reason`` set:
    the bytes could not be read from their shard)."""
    path, data, reason = item
    if reason is not None:
        return None, reason
    try:
        if data is None:
            data = Path(path).read_bytes()  # type: ignore[arg-type]
        digest = hashlib.sha256(data).hexdigest()
        return digest, image_hashes(_open_for_hash(data))
    except FileNotFoundError:
        return None, "file not found"
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:  # PIL raises all of these
        return None, f"{type(exc).__name__}: {exc}"


@dataclass
class _Hashed:
    refs: list[ImageRef]
    sha: list[str | None]
    hashes: np.ndarray  # (n, 2, 2, words); rows of unreadable images are zero and never searched
    ok: np.ndarray  # (n,) bool


def _hash_items(refs: Sequence[ImageRef]) -> Iterator[tuple[int, tuple[str | None, bytes | None, str | None]]]:
    """(index, (path, bytes, reason)) for every ref: files as paths (the worker reads them), then the
    shard members as one streaming pass per shard delivers them (in shard order, not ref order)."""
    for i, r in enumerate(refs):
        if r.path is not None:
            yield i, (str(r.path), None, None)
    members = [i for i, r in enumerate(refs) if r.path is None]
    for i, data, reason in iter_ref_bytes(refs, members):
        yield i, (None, data, reason)


def _hash_indexed(
    chunk: Sequence[tuple[int, tuple[str | None, bytes | None, str | None]]],
) -> list[tuple[int, tuple[str, np.ndarray] | tuple[None, str]]]:
    return [(i, _hash_one(item)) for i, item in chunk]


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _hash_refs(refs: Sequence[ImageRef], workers: int, desc: str, progress: bool) -> _Hashed:
    _hash_setup()  # build the projections once, before any fork
    items = _hash_items(refs)
    chunk = 16
    if workers > 1 and len(refs) > 32:
        import multiprocessing as mp
        from concurrent.futures import Future, ProcessPoolExecutor

        # fork: children inherit the projections and imports (spawn would re-import torch, ~2 s each).
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_one_thread)

        def submitted() -> Iterator[tuple[int, tuple[str, np.ndarray] | tuple[None, str]]]:
            # At most 4 chunks per worker in flight: Executor.map would submit every chunk at once and
            # so hold the bytes of every shard member in memory.
            pending: deque[Future] = deque()
            for part in _chunks(items, chunk):
                pending.append(pool.submit(_hash_indexed, part))
                if len(pending) >= 4 * workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()

        results: Iterable = submitted()
    else:
        pool = None
        results = (r for part in _chunks(items, chunk) for r in _hash_indexed(part))
    if progress:
        from tqdm import tqdm

        results = tqdm(results, total=len(refs), desc=desc, unit="img", leave=False)
    n = len(refs)
    hashes = np.zeros((n, 2, len(_BANDS), _WORDS), np.uint64)
    ok = np.zeros(n, bool)
    sha: list[str | None] = [None] * n
    reasons: list[str | None] = [None] * n
    try:
        for i, (digest, value) in results:
            if digest is None:
                reasons[i] = value  # type: ignore[assignment]
            else:
                sha[i], hashes[i], ok[i] = digest, value, True
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    out = _Hashed(list(refs), sha, hashes, ok)
    out.reasons = reasons  # type: ignore[attr-defined]
    return out


def _one_thread() -> None:
    """In a hashing process: one BLAS thread. The matrix products are small (96 x 96, 256 x 5,800);
    forked workers that each started a BLAS pool as wide as the machine ran the 500 + 500 image test
    12x slower on 2 cores (36 s against 3 s in one process)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - scikit-learn brings it
        return
    threadpool_limits(1)


def _stream_members(shard: Path, wanted: Iterable[str]) -> Iterator[tuple[str, bytes | None, str | None]]:
    """One streaming pass over ``shard`` (``r|*``: a .tar.gz is decompressed once): (member, bytes,
    None) for each wanted member as it arrives, then (member, None, reason) for each one not read. Stops
    reading once every wanted member has been seen. Opening the shard per member instead made reading
    a shard quadratic (``extractfile`` rescans the headers; a .tar.gz decompresses from its start)."""
    left = dict.fromkeys(wanted)
    reason = "no such member in the shard"
    try:
        with tarfile.open(shard, mode="r|*") as tf:
            for info in tf:
                if not left:
                    break
                if info.name not in left or not info.isfile():
                    continue
                fh = tf.extractfile(info)
                data = fh.read() if fh is not None else None
                if data is None:  # pragma: no cover - isfile() members always have a file object
                    continue
                del left[info.name]
                yield info.name, data, None
    except (OSError, tarfile.TarError, EOFError) as exc:
        reason = f"shard ends early or is unreadable: {type(exc).__name__}: {exc}"
    for name in left:
        yield name, None, reason


def iter_ref_bytes(
    refs: Sequence[ImageRef], indices: Iterable[int] | None = None
) -> Iterator[tuple[int, bytes | None, str | None]]:
    """(index, bytes, None), or (index, None, reason) when unreadable, for ``refs`` (or those at
    ``indices``): files in order, shard members as one streaming pass per shard delivers them."""
    by_shard: dict[Path, dict[str, list[int]]] = {}
    for i in range(len(refs)) if indices is None else indices:
        r = refs[i]
        if r.path is not None:
            try:
                yield i, r.path.read_bytes(), None
            except FileNotFoundError:
                yield i, None, "file not found"
            except OSError as exc:
                yield i, None, f"{type(exc).__name__}: {exc}"
        elif r.shard is None or r.member is None:
            yield i, None, "neither a file nor a shard member"
        else:
            by_shard.setdefault(r.shard, {}).setdefault(r.member, []).append(i)
    for shard, members in by_shard.items():
        for name, data, reason in _stream_members(shard, members):
            for i in members[name]:
                yield i, data, reason


# ---------------------------------------------------------------------------------------------------
# Search


def hamming_search(
    queries: np.ndarray, base: np.ndarray, max_dist: int, block: int = 64
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """All (query, base) pairs with Hamming distance <= ``max_dist``, and every query's nearest base.

    ``queries`` (m, words) and ``base`` (n, words) are packed uint64 hashes. Brute force in blocks of
    ``block`` queries: XOR one word at a time against all of ``base`` and add ``np.bitwise_count``
    (numpy >= 2.0). Block 64 x 100,000 keeps the temporaries at 51 MB (uint64) + 13 MB (uint16).
    Returns (query index, base index, distance) of the pairs, then (nearest index, nearest distance)."""
    m, words = queries.shape
    n = base.shape[0]
    base_t = np.ascontiguousarray(base.T)  # (words, n): each word contiguous for the broadcast XOR
    qi, bi, dd = [], [], []
    nearest = np.zeros(m, np.int64)
    nearest_d = np.full(m, words * 64 + 1, np.int64)
    if n == 0 or m == 0:
        e = np.zeros(0, np.int64)
        return e, e, e, nearest, nearest_d
    xor = np.empty((block, n), np.uint64)
    cnt = np.empty((block, n), np.uint8)
    acc = np.empty((block, n), np.uint16)
    for start in range(0, m, block):
        q = queries[start : start + block]
        b = len(q)
        acc[:b] = 0
        for w in range(words):
            np.bitwise_xor(q[:, w, None], base_t[w][None, :], out=xor[:b])
            np.bitwise_count(xor[:b], out=cnt[:b])
            np.add(acc[:b], cnt[:b], out=acc[:b])
        rows, cols = np.nonzero(acc[:b] <= max_dist)
        qi.append(rows + start)
        bi.append(cols)
        dd.append(acc[:b][rows, cols].astype(np.int64))
        arg = acc[:b].argmin(1)
        nearest[start : start + b] = arg
        nearest_d[start : start + b] = acc[:b][np.arange(b), arg]
    return np.concatenate(qi), np.concatenate(bi), np.concatenate(dd), nearest, nearest_d


def _hamming(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.bitwise_count(np.bitwise_xor(a, b)).sum(-1).astype(np.int64)


# ---------------------------------------------------------------------------------------------------
# Inputs


def expand_pattern(pattern: str) -> list[str]:
    """Shard names of a WebDataset-style pattern: ``{000..009}`` ranges (zero-padded as written),
    ``{a,b}`` alternatives, ``::``-joined patterns, then shell globs (``*``, ``?``)."""
    out: list[str] = []
    for part in pattern.split("::"):
        for name in _expand_braces(part):
            if any(c in name for c in "*?["):
                out.extend(sorted(glob.glob(name)))
            else:
                out.append(name)
    return out


def _expand_braces(s: str) -> list[str]:
    m = re.search(r"\{([^{}]*)\}", s)
    if m is None:
        return [s]
    head, tail, body = s[: m.start()], s[m.end() :], m.group(1)
    rng = re.fullmatch(r"(\d+)\.\.(\d+)", body)
    if rng:
        lo, hi = rng.group(1), rng.group(2)
        width = len(lo) if lo.startswith("0") else 0
        choices = [str(i).zfill(width) for i in range(int(lo), int(hi) + 1)]
    else:
        choices = body.split(",")
    return [x for c in choices for x in _expand_braces(head + c + tail)]


def is_shard_source(value: str) -> bool:
    """Whether ``--train`` names WebDataset shards (a .tar path, a brace or glob pattern, a folder)."""
    return bool(re.search(r"\.tar(\.gz)?$|[{}*?]|::", value)) or Path(value).is_dir()


def _sample_key(name: str) -> tuple[str, str] | None:
    """(sample key, lower-case extension) of a tar member name, as ``data.shards.iter_tar_samples``
    groups them: the key is the name up to the first dot of its base name, folders included, so
    ``siteA/000001.png`` and ``siteB/000001.png`` are two samples. None for a base name without a dot
    or starting with one (not a sample member)."""
    base = name.rsplit("/", 1)[-1]
    if "." not in base or base.startswith("."):
        return None
    stem, ext = base.split(".", 1)
    return name[: len(name) - len(base)] + stem, ext.lower()


def _patient_of(fh: Any, patient_key: str) -> str | None:
    try:
        meta = json.loads(fh.read())
        return str(meta[patient_key]) if meta.get(patient_key) not in (None, "") else None
    except (ValueError, AttributeError, KeyError):
        return None


def load_shard_refs(pattern: str, patient_key: str | None = None) -> tuple[list[ImageRef], list[str]]:
    """Image members of the shards ``pattern`` names; the key of a member is its name up to the first
    dot of its base name, folders included (WebDataset's convention and ``data.shards.iter_tar_samples``:
    ``a/000123.jpg`` and ``a/000123.txt`` belong together, ``b/000123.jpg`` is another sample). With
    ``patient_key``, the patient is read from the sample's ``.json`` member when it has one. Each shard
    is read once, as a stream. Returns (refs, notes)."""
    is_dir = Path(pattern).is_dir()
    files = sorted(str(p) for p in Path(pattern).glob("*.tar")) if is_dir else expand_pattern(pattern)
    existing = [f for f in files if Path(f).is_file()]
    if not existing:
        example = f" (expanded to {len(files)} name(s), e.g. {files[0]})" if files else ""
        raise DataError(f"--train {pattern}: no shard file matches{example}; check the path and the {{000..009}} range")
    notes = []
    if len(existing) < len(files):
        notes.append(f"{len(files) - len(existing)} of {len(files)} shard name(s) in {pattern} do not exist")
    refs: list[ImageRef] = []
    without_patient = 0
    image_exts = [x.lstrip(".") for x in IMAGE_EXTENSIONS]
    for shard in existing:
        samples: dict[str, dict[str, str]] = {}  # key -> extension -> member name
        patients: dict[str, str | None] = {}
        try:
            with tarfile.open(shard, mode="r|*") as tf:
                for info in tf:
                    split = _sample_key(info.name) if info.isfile() else None
                    if split is None:
                        continue
                    key, ext = split
                    samples.setdefault(key, {})[ext] = info.name
                    if patient_key and ext == "json":
                        patients[key] = _patient_of(tf.extractfile(info), patient_key)  # type: ignore[arg-type]
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise DataError(f"{shard}: not a readable tar file ({exc}); rebuild the shard or leave it out") from exc
        for key, members in samples.items():
            image = next((members[e] for e in image_exts if e in members), None)
            if image is None:
                continue
            patient = patients.get(key)
            without_patient += patient_key is not None and patient is None
            refs.append(ImageRef(id=key, where=f"{shard}:{image}", shard=Path(shard), member=image, patient=patient))
    if not refs:
        raise DataError(f"--train {pattern}: the shards hold no image member ({', '.join(IMAGE_EXTENSIONS)})")
    if patient_key and without_patient:
        notes.append(
            f"{without_patient} of {len(refs)} training shard sample(s) have no '{patient_key}' in a .json member; "
            "they take no part in the patient check"
        )
    return refs, notes


def _image_key(columns: Sequence[str], key: str | None, path: Path) -> str:
    if key:
        if key not in columns:
            raise DataError(f"{path}: no image column {key!r}; the file has columns {list(columns)}; pass --img-key")
        return key
    for candidate in ("image", "Image ID"):
        if candidate in columns:
            return candidate
    raise DataError(
        f"{path}: no image column ('image' or 'Image ID'); the file has columns {list(columns)}; pass --img-key"
    )


def load_csv_refs(
    path: str | Path,
    image_dir: str | Path | None = None,
    img_key: str | None = None,
    patient_key: str | None = None,
    separator: str | None = None,
) -> tuple[list[ImageRef], list[dict[str, Any]]]:
    """Images listed in a CSV (separator detected unless given), relative paths under ``image_dir``
    (default: the CSV's folder). An id listed more than once is kept once; the duplicates come back
    as ``[{"id", "rows"}]`` for the caller to report (rows counted with the header as row 1)."""
    p = Path(path)
    if not p.is_file():
        raise DataError(f"CSV file not found: {p}")
    sep = separator or detect_separator(p)
    rows = read_table(p, sep)
    columns = list(rows[0].keys())
    key = _image_key(columns, img_key, p)
    if patient_key and patient_key not in columns:
        raise DataError(f"{p}: no patient column {patient_key!r}; the file has columns {columns}")
    root = Path(image_dir) if image_dir else p.parent
    refs: list[ImageRef] = []
    first_row: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        value = (row.get(key) or "").strip()
        if not value:
            raise DataError(f"{p}: row {i + 2} has an empty {key!r} cell; fill it or remove the row")
        first_row.setdefault(value, []).append(i + 2)
        if len(first_row[value]) > 1:
            continue
        patient = (row.get(patient_key) or "").strip() or None if patient_key else None
        img = resolve_image_path(value, root)
        refs.append(ImageRef(id=value, where=str(img), row=i + 2, path=img, patient=patient))
    duplicates = [{"id": k, "rows": v} for k, v in first_row.items() if len(v) > 1]
    return refs, duplicates


# ---------------------------------------------------------------------------------------------------
# The check


def _pixel_digests(refs: Sequence[ImageRef]) -> dict[str, str | None]:
    """``where`` -> sha256 of the fully decoded RGB pixels (and their shape), None when unreadable.
    Only near candidates need it: the same pixels in two encodings always hash within a few bits, so a
    full decode of every image (about 2x the cost of the draft decode the hash uses) is never needed to
    find them. Shard members are re-read in one streaming pass per shard, each digested as it arrives."""
    from ..data.csvdata import decode_rgb

    out: dict[str, str | None] = {}
    unique = list({r.where: r for r in refs}.values())
    for i, data, _ in iter_ref_bytes(unique):
        try:
            if data is None:
                raise OSError("unreadable")
            arr = np.asarray(decode_rgb(data))
            out[unique[i].where] = hashlib.sha256(repr(arr.shape).encode() + arr.tobytes()).hexdigest()
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
            out[unique[i].where] = None
    return out


def find_leakage(
    train: Sequence[ImageRef],
    test: Sequence[ImageRef],
    *,
    thresholds: Thresholds = Thresholds(),
    workers: int = 1,
    progress: bool = False,
    embed: Callable[[Sequence[ImageRef]], tuple[np.ndarray, np.ndarray]] | None = None,
    patient_check: bool = False,
    closest: int = 10,
) -> LeakageReport:
    """Compare ``test`` against ``train``; see the module docstring. ``embed`` (optional) maps refs
    to (normalised features, index of the refs kept)."""
    tr = _hash_refs(train, workers, "hashing train", progress)
    te = _hash_refs(test, workers, "hashing test", progress)
    unreadable = [
        {"side": side, "id": h.refs[i].id, "path": h.refs[i].where, "reason": h.reasons[i]}  # type: ignore[attr-defined]
        for side, h in (("train", tr), ("test", te))
        for i in np.flatnonzero(~h.ok)
    ]
    pairs: dict[tuple[int, int], dict[str, Any]] = {}

    # exact: same bytes
    by_sha: dict[str, list[int]] = {}
    for i, s in enumerate(tr.sha):
        if s is not None:
            by_sha.setdefault(s, []).append(i)
    for j, s in enumerate(te.sha):
        for i in by_sha.get(s, []) if s is not None else []:
            pairs[(i, j)] = {"kind": "exact", "score": 1.0, "method": "sha256"}

    # near: hash A search over both orientations of every test image, hash B to confirm
    tr_idx, te_idx = np.flatnonzero(tr.ok), np.flatnonzero(te.ok)
    base_a = tr.hashes[tr_idx, 0, 0]
    queries = te.hashes[te_idx][:, :, 0].reshape(-1, _WORDS)  # rows: (test 0 as is, test 0 mirrored, ...)
    qi, bi, da, nearest, nearest_d = hamming_search(queries, base_a, thresholds.hash_a)
    db = _hamming(te.hashes[te_idx[qi // 2], qi % 2, 1], tr.hashes[tr_idx[bi], 0, 1])
    keep = db <= thresholds.hash_b
    best: dict[tuple[int, int], tuple[float, int, int, bool]] = {}
    for q, b, a_d, b_d in zip(qi[keep], bi[keep], da[keep], db[keep], strict=True):
        i, j = int(tr_idx[b]), int(te_idx[q // 2])
        score = 1.0 - max(a_d, b_d) / HASH_BITS
        if (i, j) not in best or score > best[(i, j)][0]:
            best[(i, j)] = (score, int(a_d), int(b_d), bool(q % 2))
    todo = [ij for ij in best if ij not in pairs]
    pixels = _pixel_digests([train[i] for i, _ in todo] + [test[j] for _, j in todo])
    for (i, j), (score, a_d, b_d, mirrored) in best.items():
        detail = {"hash_a_bits": a_d, "hash_b_bits": b_d, "mirrored": mirrored}
        if (i, j) in pairs:
            pairs[(i, j)].update(detail)
            continue
        p_tr, p_te = pixels[train[i].where], pixels[test[j].where]
        if p_tr is not None and p_tr == p_te:
            pairs[(i, j)] = {"kind": "exact", "score": 1.0, "method": "pixels", **detail}
        else:
            pairs[(i, j)] = {"kind": "near", "score": round(score, 4), "method": "hash", **detail}

    # closest test images that were not reported, for a person to judge the thresholds
    reported = {j for _, j in pairs}
    per_test = nearest_d.reshape(-1, 2).min(1) if len(te_idx) else np.zeros(0, np.int64)
    orient = nearest_d.reshape(-1, 2).argmin(1) if len(te_idx) else np.zeros(0, np.int64)
    close: list[dict[str, Any]] = []
    for k in np.argsort(per_test, kind="stable"):
        j = int(te_idx[k])
        if j in reported or len(close) >= closest or len(tr_idx) == 0:
            continue
        i = int(tr_idx[nearest[2 * k + orient[k]]])
        close.append(
            {
                "train": train[i].id,
                "test": test[j].id,
                "hash_a_bits": int(per_test[k]),
                "score": round(1.0 - int(per_test[k]) / HASH_BITS, 4),
                "train_path": train[i].where,
                "test_path": test[j].where,
            }
        )

    # embeddings (optional)
    notes: list[str] = []
    if embed is not None:
        ftr, ktr = embed(train)
        fte, kte = embed(test)
        if len(ftr) and len(fte):
            for start in range(0, len(fte), 1024):
                sims = fte[start : start + 1024] @ ftr.T
                arg = sims.argmax(1)
                for r, a in enumerate(arg):
                    cos = float(sims[r, a])
                    i, j = int(ktr[a]), int(kte[start + r])
                    if cos < thresholds.embed:
                        continue
                    if (i, j) in pairs:
                        pairs[(i, j)]["embedding_cosine"] = round(cos, 4)
                    else:
                        pairs[(i, j)] = {
                            "kind": "near",
                            "score": round(cos, 4),
                            "method": "embedding",
                            "embedding_cosine": round(cos, 4),
                        }

    out = [
        {"train": train[i].id, "test": test[j].id, **v, "train_path": train[i].where, "test_path": test[j].where}
        for (i, j), v in pairs.items()
    ]

    # patient: the same patient on both sides (one pair per test image, naming one of the train images)
    if patient_check:
        train_patients: dict[str, list[int]] = {}
        for i, r in enumerate(train):
            if r.patient:
                train_patients.setdefault(r.patient, []).append(i)
        for r in test:
            hits = train_patients.get(r.patient or "")
            if hits:
                out.append(
                    {
                        "train": train[hits[0]].id,
                        "test": r.id,
                        "kind": "patient",
                        "score": 1.0,
                        "method": "patient",
                        "patient": r.patient,
                        "train_images_of_patient": len(hits),
                        "train_path": train[hits[0]].where,
                        "test_path": r.where,
                    }
                )
        missing = sum(1 for r in test if not r.patient)
        if missing:
            notes.append(f"{missing} test image(s) have an empty patient cell and take no part in the patient check")

    order = {"exact": 0, "near": 1, "patient": 2}
    out.sort(key=lambda p: (order[p["kind"]], -p["score"], p["test"], p["train"]))
    counts = {
        "train_images": len(train),
        "test_images": len(test),
        "unreadable_train": int((~tr.ok).sum()),
        "unreadable_test": int((~te.ok).sum()),
        "pairs": len(out),
        "exact": sum(p["kind"] == "exact" for p in out),
        "near": sum(p["kind"] == "near" for p in out),
        "patient": sum(p["kind"] == "patient" for p in out),
        "test_images_with_pairs": len({p["test"] for p in out}),
    }
    return LeakageReport(
        pairs=out,
        counts=counts,
        thresholds=thresholds.as_dict(),
        unreadable=unreadable,
        duplicates=[],
        closest=close,
        notes=notes,
    )


# ---------------------------------------------------------------------------------------------------
# Output


def _thumb(data: bytes | None, side: int) -> Image.Image:
    try:
        from ..data.csvdata import decode_rgb, fov_crop

        if data is None:
            raise OSError("unreadable")
        im = decode_rgb(data, min_side=side)
        im = fov_crop(im)
        im.thumbnail((side, side))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        im = Image.new("RGB", (side, side), (90, 90, 90))
    canvas = Image.new("RGB", (side, side))
    canvas.paste(im, ((side - im.width) // 2, (side - im.height) // 2))
    return canvas


def write_contact_sheet(
    path: str | Path,
    rows: Sequence[dict[str, Any]],
    refs: dict[str, ImageRef],
    side: int = 160,
) -> Path:
    """A PNG with one row per pair: test image, training image, and what was found (kind, score, ids).
    ``refs`` maps the pairs' ``train_path`` / ``test_path`` to their ImageRefs. No rows: a sheet saying so."""
    text_w = 420
    height = max(1, len(rows)) * (side + 8) + 28
    sheet = Image.new("RGB", (2 * side + text_w + 24, height), (255, 255, 255))
    draw = ImageDraw.Draw(sheet)
    draw.text((8, 8), "test image | training image | finding", fill=(0, 0, 0))
    if not rows:
        draw.text((8, 40), "no pair found", fill=(0, 0, 0))
    wanted = list({w: refs[w] for row in rows for w in (row["test_path"], row["train_path"])}.values())
    blobs = {wanted[i].where: data for i, data, _ in iter_ref_bytes(wanted)}  # one pass per shard
    for n, row in enumerate(rows):
        y = 28 + n * (side + 8)
        sheet.paste(_thumb(blobs[row["test_path"]], side), (8, y))
        sheet.paste(_thumb(blobs[row["train_path"]], side), (16 + side, y))
        label = row.get("kind", "below threshold")
        lines = [
            f"{label}  score {row['score']:.3f}  {row.get('method', '')}",
            f"test:  {row['test']}"[:64],
            f"train: {row['train']}"[:64],
        ]
        if "hash_a_bits" in row:
            lines.append(
                f"hash A {row['hash_a_bits']} bits" + (f", B {row['hash_b_bits']}" if "hash_b_bits" in row else "")
            )
        for k, line in enumerate(lines):
            draw.text(
                (24 + 2 * side, y + 8 + 16 * k), line, fill=(160, 0, 0) if k == 0 and "kind" in row else (0, 0, 0)
            )
    path = Path(path)
    sheet.save(path)
    return path


def format_table(report: LeakageReport, limit: int = 50) -> str:
    """The pairs as an aligned text table (at most ``limit`` rows, then a count of the rest)."""
    if not report.pairs:
        return "no leakage found"
    rows = [("kind", "score", "method", "test", "train")]
    rows += [(p["kind"], f"{p['score']:.3f}", p.get("method", ""), p["test"], p["train"]) for p in report.pairs[:limit]]
    widths = [max(len(r[c]) for r in rows) for c in range(5)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    if len(report.pairs) > limit:
        lines.append(f"... and {len(report.pairs) - limit} more pair(s) (all in leakage.json)")
    return "\n".join(lines)


def run_leakage(
    train: str,
    test: str,
    out_dir: str | Path,
    *,
    image_dir: str | None = None,
    train_image_dir: str | None = None,
    img_key: str | None = None,
    patient_key: str | None = None,
    separator: str | None = None,
    thresholds: Thresholds = Thresholds(),
    workers: int = 1,
    embed: Callable[[Sequence[ImageRef]], tuple[np.ndarray, np.ndarray]] | None = None,
    progress: bool = False,
    sheet_rows: int = 12,
) -> LeakageReport:
    """The whole command: read both sides, check, write ``leakage.json`` and ``leakage_pairs.png``.
    Warnings (duplicate test ids, unreadable images) go to stderr."""
    notes: list[str] = []
    if is_shard_source(train):
        tr_refs, notes = load_shard_refs(train, patient_key)
    else:
        tr_refs, tr_dups = load_csv_refs(train, train_image_dir or image_dir, img_key, patient_key, separator)
        if tr_dups:
            notes.append(f"{len(tr_dups)} image id(s) listed more than once in {train}; each checked once")
    te_refs, te_dups = load_csv_refs(test, image_dir, img_key, patient_key, separator)
    for d in te_dups:
        print(
            f"warning: {test}: image {d['id']!r} is listed in rows {', '.join(map(str, d['rows']))}; checked once",
            file=sys.stderr,
        )
    report = find_leakage(
        tr_refs,
        te_refs,
        thresholds=thresholds,
        workers=workers,
        progress=progress,
        embed=embed,
        patient_check=patient_key is not None,
    )
    report.train, report.test = str(train), str(test)
    report.duplicates = te_dups
    report.notes = notes + report.notes
    for u in report.unreadable[:20]:
        print(f"warning: unreadable {u['side']} image {u['path']}: {u['reason']}", file=sys.stderr)
    if len(report.unreadable) > 20:
        print(f"warning: ... and {len(report.unreadable) - 20} more unreadable image(s)", file=sys.stderr)
    if report.unreadable:
        print(
            f"warning: {report.counts['unreadable_train']} training and {report.counts['unreadable_test']} test "
            "image(s) could not be read and were left out of the check (listed in leakage.json)",
            file=sys.stderr,
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "leakage.json").write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
    by_where = {r.where: r for r in [*tr_refs, *te_refs]}
    image_rows = [p for p in report.pairs if p["kind"] != "patient"]
    rows = (image_rows + report.closest)[:sheet_rows]
    write_contact_sheet(out / "leakage_pairs.png", rows, by_where)
    return report


def model_embedder(
    model: str, pretrained: str | None, device: Any, *, batch_size: int = 64, cache_dir: str | None = None, **kw: Any
) -> Callable[[Sequence[ImageRef]], tuple[np.ndarray, np.ndarray]]:
    """A function refs -> (normalised image embeddings, index of the refs embedded) for ``find_leakage``,
    through ``features.embed_images`` on the field-of-view-cropped image. Shard members are written to
    a temporary folder first (embed_images reads files)."""
    import tempfile

    from ..models import load_model
    from .features import embed_images

    loaded = load_model(model, pretrained, device=device, cache_dir=cache_dir)

    def embed(refs: Sequence[ImageRef]) -> tuple[np.ndarray, np.ndarray]:
        with tempfile.TemporaryDirectory(prefix="leakage-") as tmp:
            paths = [
                r.path if r.path is not None else Path(tmp) / f"{n:08d}{Path(r.member or '').suffix}"
                for n, r in enumerate(refs)
            ]
            members = [n for n, r in enumerate(refs) if r.path is None]
            for n, data, _ in iter_ref_bytes(refs, members):  # one streaming pass per shard
                if data is not None:
                    paths[n].write_bytes(data)  # a missing file is skipped and listed by embed_images
            # require_readable=False: unreadable files are counted by the hashing pass and reported there
            feats = embed_images(
                loaded.model,
                loaded.preprocess_val,
                paths,
                device,
                batch_size=batch_size,
                fov=True,
                require_readable=False,
                **kw,
            )
        return feats.features, feats.index

    return embed


def default_workers() -> int:
    """Hashing processes: the cores available to us, at most 8 (decode-bound; more buy little)."""
    try:
        return max(1, min(8, len(os.sched_getaffinity(0))))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, min(8, os.cpu_count() or 1))
