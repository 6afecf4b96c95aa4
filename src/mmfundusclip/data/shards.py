"""WebDataset shards: the writer behind ``mmfundusclip make-shards`` and the reader for training.

Why shards: a 3072x2048 fundus JPEG decodes and resizes to 378 px at about 10 images/s per core
(20 with draft mode; DESIGN.md), so a CSV of full-size files starves a GPU that trains at 80+
samples/s. Pre-resized once (short side 448) and packed into tar files that are read
sequentially, the same images decode several times faster and avoid one file open per sample
on network file systems (``bench/data_throughput.py`` measures both).

Layout: the standard one that the ``webdataset`` library and ``open_clip_train`` read. Each
sample is three consecutive tar members ``KEY.jpg`` (or ``KEY.png``), ``KEY.txt`` (caption,
UTF-8) and ``KEY.json`` (source path, original and written size, extra columns). ``KEY`` is the
0-based data row of the CSV with 9 digits: no dots, because readers split key and extension at
the first dot of the file name.

Writer rules:

* **Pixels only.** Every image is decoded (``open_rgb``'s rules: EXIF orientation applied,
  16-bit scaled, pixel-limit guard) and re-encoded from a fresh pixel buffer, so EXIF (dates,
  camera serials, names), XMP, ICC profiles, comments and PNG text chunks never reach a shard.
  PIL ignores ICC profiles when it decodes for training anyway, so dropping them changes nothing
  the model sees. ``--image-format``: ``jpg`` (default: every image as JPEG at ``--quality``;
  fundus exports are JPEG and PNG copies are 3-5x larger), ``png`` (all lossless, only the IHDR,
  IDAT and IEND chunks), ``source`` (JPEG sources as JPEG, lossless sources such as PNG or TIFF as
  PNG).
* **Deterministic.** Rows are encoded in CSV order and packed in that order; a shard is closed
  when the next good sample would exceed ``samples_per_shard`` or ``max_bytes`` (exact tar size),
  so a given CSV, image set and options always give the same shards, byte for byte (fixed tar
  header fields, no timestamps), whatever the number of worker processes.
* **Crash-safe.** A shard is written to ``NAME.tar.tmp``, fsynced and renamed; the manifest
  (``manifest.json``, also replaced atomically) records each finished shard with its row range,
  sample count, bytes and sha256. ``--resume`` verifies finished shards' checksums, rewrites any
  that are missing or damaged from their recorded rows, and continues after the last one.
* **Nothing hidden.** An unreadable image or an empty caption is skipped, never replaced; the
  manifest lists each with its row, path and reason.

Reader (``ShardDataset``): see its docstring for how shards split across ranks and workers, the
epoch length, shuffling and resume.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import random
import re
import signal
import tarfile
import urllib.request
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from PIL import Image
from torch.utils.data import IterableDataset, get_worker_info

from .csvdata import (
    DataError,
    Skipped,
    decode_transformed,
    fov_crop,
    read_table,
    resolve_image_path,
    rgb_from_opened,
)
from .transforms import tensor_steps

__all__ = [
    "MANIFEST",
    "ShardDataset",
    "ShardError",
    "ShardOptions",
    "ShardReport",
    "expand_urls",
    "iter_tar_samples",
    "looks_like_shards",
    "make_shards",
    "parse_size",
    "shard_weights",
]

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "mmfundusclip-shards/1"

#: Fault injection for the resume test: SIGKILL the writer right after the first sample of this
#: shard index went into its ``.tmp`` file (a real kill: nothing gets to clean up).
FAULT_KILL_ENV = "MMFUNDUSCLIP_FAULT_KILL_IN_SHARD"

#: Fixed tar header fields, so the same samples give the same bytes (2000-01-01: GNU tar warns
#: about "implausibly old" time stamps at 0).
_TAR_MTIME = 946_684_800
_BLOCK = 512
_RECORD = 20 * _BLOCK  # tarfile pads the archive to whole records of 10240 bytes

IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "webp", "tif", "tiff", "bmp")
_LOSSY_SOURCES = ("JPEG", "MPO", "WEBP")


class ShardError(DataError):
    """Shards cannot be written or read; the message names the file or option and what to do."""


# ============================================================================ writer


@dataclass(frozen=True)
class ShardOptions:
    """Everything that determines the content of the shards (the manifest records it)."""

    img_key: str = "image"
    caption_key: str = "caption"
    separator: str = ","
    keep_columns: tuple[str, ...] = ()
    samples_per_shard: int | None = 1000
    max_bytes: int | None = None
    resize: int | None = None  # short side in pixels; never upscales
    fov_crop: bool = False
    quality: int = 92
    image_format: Literal["jpg", "png", "source"] = "jpg"
    prefix: str = "shard"

    def __post_init__(self) -> None:
        if self.samples_per_shard is None and self.max_bytes is None:
            raise ShardError("give --samples-per-shard N and/or --max-bytes SIZE: a shard needs a size limit")
        if self.samples_per_shard is not None and self.samples_per_shard < 1:
            raise ShardError(f"--samples-per-shard must be at least 1, got {self.samples_per_shard}")
        if self.max_bytes is not None and self.max_bytes < 2 * _RECORD:
            raise ShardError(
                f"--max-bytes must be at least {2 * _RECORD} bytes (a tar file takes 10240 bytes before any image), got {self.max_bytes}"
            )
        if self.resize is not None and self.resize < 1:
            raise ShardError(f"--resize must be a positive short side in pixels, got {self.resize}")
        if not 1 <= self.quality <= 100:
            raise ShardError(f"--quality must be in 1..100 (JPEG quality), got {self.quality}")
        if self.image_format not in ("jpg", "png", "source"):
            raise ShardError(f"--image-format must be jpg, png or source, got {self.image_format!r}")
        if not re.fullmatch(r"[A-Za-z0-9_-]+", self.prefix):
            raise ShardError(f"--prefix {self.prefix!r}: use letters, digits, '-' and '_' only")

    def shard_name(self, index: int) -> str:
        return f"{self.prefix}-{index:06d}.tar"


@dataclass
class ShardReport:
    """What one ``make_shards`` call did."""

    out: Path
    manifest: Path
    pattern: str  # brace pattern of all shards, for --train-data
    shards: int
    samples: int
    bytes: int
    skipped: list[dict[str, Any]]
    written: list[str] = field(default_factory=list)  # shards written by this call
    verified: list[str] = field(default_factory=list)  # shards found intact (resume)


def parse_size(text: str | int) -> int:
    """Bytes from ``500MB``, ``1.5GiB``, ``2000000`` (SI and binary suffixes)."""
    if isinstance(text, int):
        return text
    m = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([kKmMgGtT]?)(i?)[bB]?\s*", text)
    if not m:
        raise ShardError(f"--max-bytes {text!r}: expected a size such as 500MB, 1GiB or 2000000")
    base = 1024 if m.group(3) else 1000
    power = " kmgt".index(m.group(2).lower() or " ")
    return int(float(m.group(1)) * base**power)


def _member_size(n: int) -> int:
    return _BLOCK + -(-n // _BLOCK) * _BLOCK


def _tar_size(payload_sizes: Iterable[int]) -> int:
    """Exact size of a tar file holding members of these sizes (header + padded data each, two
    end blocks, padded to a whole record)."""
    raw = sum(_member_size(n) for n in payload_sizes) + 2 * _BLOCK
    return -(-raw // _RECORD) * _RECORD


@dataclass(frozen=True)
class _Encoded:
    index: int
    members: tuple[tuple[str, bytes], ...]


@dataclass(frozen=True)
class _Bad:
    index: int
    path: str
    reason: str


_WORKER: dict[str, Any] = {}


def _init_worker(opts: ShardOptions, root: Path) -> None:
    _WORKER["opts"], _WORKER["root"] = opts, root


def _encode_task(task: tuple[int, dict[str, str]]) -> _Encoded | _Bad:
    return encode_row(task[0], task[1], _WORKER["opts"], _WORKER["root"])


def encode_row(index: int, row: dict[str, str], opts: ShardOptions, root: Path) -> _Encoded | _Bad:
    """One CSV row as its tar members, or the reason it is skipped."""
    source = row[opts.img_key]
    caption = row[opts.caption_key] or ""
    path = resolve_image_path(source, root)
    if not caption.strip():
        return _Bad(index, source, "empty caption")
    try:
        with Image.open(path) as im:
            src_format, original = im.format, im.size
            # Draft-decode big JPEGs to at least twice the target (resize noise only, as in training).
            rgb = rgb_from_opened(im, 2 * opts.resize if opts.resize else None)
        if opts.fov_crop:
            rgb = fov_crop(rgb)
        if opts.resize and min(rgb.size) > opts.resize:
            w, h = rgb.size
            size = (
                (opts.resize, max(1, round(h * opts.resize / w)))
                if w <= h
                else (max(1, round(w * opts.resize / h)), opts.resize)
            )
            rgb = rgb.resize(size, Image.BICUBIC)
        # A fresh image from the raw pixels: no info dict, so no EXIF/ICC/XMP/text can be written.
        clean = Image.frombytes("RGB", rgb.size, rgb.tobytes())
        as_png = opts.image_format == "png" or (opts.image_format == "source" and src_format not in _LOSSY_SOURCES)
        buf = io.BytesIO()
        if as_png:
            clean.save(buf, "PNG", compress_level=6)
        else:
            clean.save(buf, "JPEG", quality=opts.quality)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:  # PIL's errors for bad files
        return _Bad(index, source, f"{type(exc).__name__}: {exc}")
    key = f"{index:09d}"
    meta = {
        "source": source,
        "index": index,
        "format": src_format,
        "original_size": list(original),
        "size": list(clean.size),
        "columns": {c: row[c] for c in opts.keep_columns},
    }
    return _Encoded(
        index,
        (
            (f"{key}.{'png' if as_png else 'jpg'}", buf.getvalue()),
            (f"{key}.txt", caption.encode("utf-8")),
            (f"{key}.json", json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8")),
        ),
    )


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - some file systems do not open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


class _ShardFile:
    """One shard being written: ``NAME.tar.tmp`` until ``finish`` renames it."""

    def __init__(self, out: Path, name: str, index: int, first_row: int):
        self.final = out / name
        self.tmp = out / (name + ".tmp")
        self.index, self.first_row = index, first_row
        self.fh = open(self.tmp, "wb")  # noqa: SIM115 - closed in finish() or abandon()
        self.tar = tarfile.open(fileobj=self.fh, mode="w", format=tarfile.USTAR_FORMAT)  # noqa: SIM115
        self.payloads: list[int] = []
        self.samples = 0
        self.skipped: list[dict[str, Any]] = []

    def size_with(self, sample: _Encoded) -> int:
        return _tar_size([*self.payloads, *(len(d) for _, d in sample.members)])

    def add(self, sample: _Encoded) -> None:
        for name, data in sample.members:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), _TAR_MTIME, 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            self.tar.addfile(info, io.BytesIO(data))
            self.payloads.append(len(data))
        self.samples += 1

    def finish(self, end_row: int) -> dict[str, Any]:
        self.tar.close()
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        digest = _sha256(self.tmp)
        size = self.tmp.stat().st_size
        os.replace(self.tmp, self.final)
        _fsync_dir(self.final.parent)
        return {
            "name": self.final.name,
            "first_row": self.first_row,
            "end_row": end_row,
            "samples": self.samples,
            "bytes": size,
            "sha256": digest,
            "skipped": self.skipped,
        }

    def abandon(self) -> None:
        self.tar.close()
        self.fh.close()
        self.tmp.unlink(missing_ok=True)


def _encoded_stream(
    tasks: list[tuple[int, dict[str, str]]], opts: ShardOptions, root: Path, workers: int
) -> Iterator[_Encoded | _Bad]:
    """Encoded rows in CSV order, from ``workers`` processes (1: in this process)."""
    if workers <= 1 or len(tasks) < 2:
        for index, row in tasks:
            yield encode_row(index, row, opts, root)
        return
    import multiprocessing

    with multiprocessing.get_context().Pool(workers, initializer=_init_worker, initargs=(opts, root)) as pool:
        # Ordered imap: the packing below must see rows in CSV order for deterministic shards.
        yield from pool.imap(_encode_task, tasks, chunksize=4)


def _options_record(opts: ShardOptions) -> dict[str, Any]:
    d = asdict(opts)
    d["keep_columns"] = list(opts.keep_columns)
    return d


def _brace_pattern(opts: ShardOptions, count: int) -> str:
    if count == 1:
        return opts.shard_name(0)
    return f"{opts.prefix}-{{{0:06d}..{count - 1:06d}}}.tar"


def make_shards(
    csv_path: str | Path,
    out_dir: str | Path,
    options: ShardOptions,
    *,
    image_dir: str | Path | None = None,
    workers: int = 1,
    overwrite: bool = False,
    resume: bool = False,
    progress: bool = False,
    log: Callable[[str], None] = print,
) -> ShardReport:
    """Write the rows of ``csv_path`` as tar shards into ``out_dir``; return what was done.

    ``out_dir`` must be empty or absent unless ``overwrite`` (remove this prefix's shards, temporary
    files and the manifest first) or ``resume`` (continue a run with the same CSV and options).
    """
    opts = options
    csv_path = Path(csv_path)
    out = Path(out_dir)
    root = Path(image_dir) if image_dir else csv_path.parent
    required = list(dict.fromkeys([opts.img_key, opts.caption_key, *opts.keep_columns]))
    rows = read_table(csv_path, opts.separator, required=required)
    csv_digest = _sha256(csv_path)
    if overwrite and resume:
        raise ShardError("give --overwrite or --resume, not both")
    manifest_path = out / MANIFEST
    if out.exists() and not out.is_dir():
        raise ShardError(f"--out {out} is a file; give a folder")
    existing = sorted(out.iterdir()) if out.is_dir() else []
    if existing and overwrite:
        for p in existing:
            if p.name in (MANIFEST, MANIFEST + ".tmp") or re.fullmatch(
                rf"{re.escape(opts.prefix)}-\d{{6}}\.tar(\.tmp)?", p.name
            ):
                p.unlink()
        existing = []
    if existing and not resume:
        raise ShardError(
            f"output folder {out} is not empty ({len(existing)} entries, e.g. {existing[0].name}); pass --resume to continue an interrupted run, --overwrite to replace its shards, or choose another folder"
        )
    out.mkdir(parents=True, exist_ok=True)

    done: list[dict[str, Any]] = []
    if resume and manifest_path.is_file():
        try:
            old = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ShardError(
                f"{manifest_path}: not readable JSON ({exc}); remove the folder or use --overwrite"
            ) from exc
        if old.get("options") != _options_record(opts):
            diff = {
                k: (old.get("options", {}).get(k), v)
                for k, v in _options_record(opts).items()
                if old.get("options", {}).get(k) != v
            }
            raise ShardError(
                f"{manifest_path}: these shards were made with other options {diff} (old, new); resume with the same options or use --overwrite"
            )
        if old.get("csv_sha256") != csv_digest:
            raise ShardError(
                f"{manifest_path}: these shards were made from a different version of {csv_path} (sha256 differs); use --overwrite or another folder"
            )
        done = list(old.get("shards", []))
    elif resume and existing:
        names = [p.name for p in existing if not p.name.endswith(".tmp")]
        if names:
            raise ShardError(
                f"--resume: {out} holds files ({names[0]}, ...) but no {MANIFEST}; nothing to resume from. Use --overwrite or another folder"
            )
    for p in out.glob("*.tar.tmp"):  # half-written shards of a crashed run
        p.unlink()

    def write_manifest(complete: bool) -> None:
        skipped = [s for sh in done for s in sh["skipped"]]
        doc = {
            "format": MANIFEST_FORMAT,
            "csv": str(csv_path),
            "csv_sha256": csv_digest,
            "image_dir": str(root),
            "options": _options_record(opts),
            "complete": complete,
            "pattern": _brace_pattern(opts, len(done)) if done else None,
            "totals": {
                "rows": len(rows),
                "rows_done": done[-1]["end_row"] if done else 0,
                "shards": len(done),
                "samples": sum(s["samples"] for s in done),
                "skipped": len(skipped),
                "bytes": sum(s["bytes"] for s in done),
            },
            "shards": done,
            "skipped": skipped,
        }
        _atomic_write(manifest_path, (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))

    report_written: list[str] = []
    report_verified: list[str] = []
    # 1. Finished shards of an earlier run: keep the intact ones, rewrite the others from their rows.
    for k, entry in enumerate(done):
        path = out / entry["name"]
        if path.is_file() and path.stat().st_size == entry["bytes"] and _sha256(path) == entry["sha256"]:
            report_verified.append(entry["name"])
            continue
        why = "missing" if not path.is_file() else "damaged (checksum differs)"
        log(f"{entry['name']} is {why}; rewriting it from rows {entry['first_row']}..{entry['end_row'] - 1}")
        shard = _ShardFile(out, entry["name"], k, entry["first_row"])
        try:
            for item in _encoded_stream(
                [(i, rows[i]) for i in range(entry["first_row"], entry["end_row"])], opts, root, workers
            ):
                if isinstance(item, _Bad):
                    shard.skipped.append(
                        {"row": item.index, "line": item.index + 2, "path": item.path, "reason": item.reason}
                    )
                else:
                    shard.add(item)
        except BaseException:
            shard.abandon()
            raise
        new = shard.finish(entry["end_row"])
        if new["sha256"] != entry["sha256"]:
            log(
                f"warning: rewritten {entry['name']} differs from the manifest's checksum (source images or the Pillow/libjpeg version changed); the manifest now records the new one"
            )
        done[k] = new
        report_written.append(entry["name"])
        write_manifest(False)

    # 2. The rows after the last finished shard.
    start = done[-1]["end_row"] if done else 0
    kill_at = int(os.environ.get(FAULT_KILL_ENV, "-1") or -1)
    shard: _ShardFile | None = None
    pending_skips: list[dict[str, Any]] = []
    stream = _encoded_stream([(i, rows[i]) for i in range(start, len(rows))], opts, root, workers)
    if progress:
        from tqdm import tqdm

        stream = tqdm(stream, total=len(rows) - start, desc="make-shards", unit="img", disable=None)
    try:
        for item in stream:
            if isinstance(item, _Bad):
                skip = {"row": item.index, "line": item.index + 2, "path": item.path, "reason": item.reason}
                (shard.skipped if shard is not None else pending_skips).append(skip)
                continue
            if shard is not None and (
                (opts.samples_per_shard is not None and shard.samples >= opts.samples_per_shard)
                or (opts.max_bytes is not None and shard.size_with(item) > opts.max_bytes)
            ):
                done.append(shard.finish(item.index))
                report_written.append(shard.final.name)
                write_manifest(False)
                shard = None
            if shard is None:
                first = pending_skips[0]["row"] if pending_skips else item.index
                shard = _ShardFile(out, opts.shard_name(len(done)), len(done), first)
                shard.skipped, pending_skips = pending_skips, []
            shard.add(item)
            if opts.max_bytes is not None and shard.samples == 1 and _tar_size(shard.payloads) > opts.max_bytes:
                log(
                    f"warning: row {item.index} alone is over --max-bytes ({_tar_size(shard.payloads)} bytes); its shard is larger"
                )
            if shard.index == kill_at and shard.samples == 1:
                shard.fh.flush()
                os.kill(os.getpid(), signal.SIGKILL)
        if shard is not None:
            shard.skipped += pending_skips
            pending_skips = []
            done.append(shard.finish(len(rows)))
            report_written.append(shard.final.name)
            shard = None
    except BaseException:
        if shard is not None:
            shard.abandon()
        raise
    if not done:
        first = "; ".join(f"row {s['row']} {s['path']}: {s['reason']}" for s in pending_skips[:3])
        raise ShardError(f"{csv_path}: no row could be written ({len(pending_skips)} skipped; first: {first})")
    if pending_skips:  # bad rows after the last good one of an all-finished earlier run
        done[-1]["skipped"] += pending_skips
        done[-1]["end_row"] = len(rows)
    write_manifest(True)
    skipped = [s for sh in done for s in sh["skipped"]]
    return ShardReport(
        out=out,
        manifest=manifest_path,
        pattern=str(out / _brace_pattern(opts, len(done))),
        shards=len(done),
        samples=sum(s["samples"] for s in done),
        bytes=sum(s["bytes"] for s in done),
        skipped=skipped,
        written=report_written,
        verified=report_verified,
    )


# ============================================================================ reader


def looks_like_shards(spec: str) -> bool:
    """Whether a ``--train-data`` value names tar shards (for ``--dataset-type auto``)."""
    return any(part.strip().endswith(".tar") for part in spec.split("::"))


def _is_remote(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def expand_urls(spec: str) -> tuple[list[str], list[int]]:
    """Shard URLs of a ``--train-data`` value and the source (``::`` part) of each.

    Each ``::``-separated part is brace-expanded (``shards/train-{000000..000099}.tar``); local
    paths must exist (``file://`` is stripped); ``http(s)://`` URLs are streamed when read.
    """
    from braceexpand import braceexpand

    urls: list[str] = []
    sources: list[int] = []
    for k, part in enumerate(p.strip() for p in spec.split("::")):
        if not part:
            raise ShardError(f"--train-data {spec!r}: empty part {k + 1} between '::'")
        try:
            names = list(braceexpand(part))
        except Exception as exc:  # braceexpand raises its own error type for unbalanced braces
            raise ShardError(f"--train-data {part!r}: not a valid brace pattern ({exc})") from exc
        names = [n[len("file://") :] if n.startswith("file://") else n for n in names]
        local = [n for n in names if not _is_remote(n)]
        missing = [n for n in local if not Path(n).is_file()]
        if missing and len(missing) == len(names):
            raise ShardError(
                f"--train-data {part!r} matches no files (expanded to {len(names)} name(s), e.g. {names[0]}); check the folder and the brace range"
            )
        if missing:
            raise ShardError(
                f"--train-data {part!r}: {len(missing)} of {len(names)} shard(s) do not exist (first: {missing[0]}); fix the brace range or finish make-shards (--resume)"
            )
        urls += names
        sources += [k] * len(names)
    return urls, sources


def shard_weights(sources: Sequence[int], factors: Sequence[float] | None) -> list[float] | None:
    """Per-shard draw weights for resampling from per-source upsampling factors (None: uniform).

    As in open_clip_train: a shard's weight is its source's factor, so a source is drawn in
    proportion to factor x number of shards (its size, for shards of equal size)."""
    if factors is None:
        return None
    n_sources = max(sources) + 1
    if len(factors) != n_sources:
        raise ShardError(f"{len(factors)} upsampling factor(s) for {n_sources} '::' source(s); give one per source")
    return [float(factors[s]) for s in sources]


def _open_stream(url: str) -> Any:
    if _is_remote(url):
        return urllib.request.urlopen(url, timeout=60)  # noqa: S310 - http(s) only (checked above)
    return open(url, "rb")


def iter_tar_samples(url: str) -> Iterator[dict[str, Any] | Skipped]:
    """Samples of one tar shard as dicts ``{"__key__", "__url__", ext: bytes, ...}``, grouping
    consecutive members by key (the file name up to its first dot, folders included). A shard
    that cannot be opened or ends early yields a ``Skipped`` for the rest of it."""
    current: dict[str, Any] | None = None
    reading: str | None = None  # key of the member being read when an error strikes
    try:
        with _open_stream(url) as fh, tarfile.open(fileobj=fh, mode="r|*") as tar:
            for member in tar:
                reading = None
                if not member.isfile():
                    continue
                name = member.name
                base = name.rsplit("/", 1)[-1]
                if "." not in base or base.startswith("."):
                    continue  # not a sample member (webdataset skips these too)
                folder = name[: len(name) - len(base)]
                stem, ext = base.split(".", 1)
                key = folder + stem
                reading = key
                data = tar.extractfile(member).read()  # type: ignore[union-attr]
                if current is not None and current["__key__"] != key:
                    yield current
                    current = None
                if current is None:
                    current = {"__key__": key, "__url__": url}
                current[ext.lower()] = data
    except (OSError, tarfile.TarError, EOFError) as exc:
        why = f"shard ends early or is unreadable: {type(exc).__name__}: {exc}"
        if current is None and reading is None:
            yield Skipped(url, f"shard unreadable: {type(exc).__name__}: {exc}")
            return
        # The sample before the failing member is whole when the failure is in another sample's
        # member, or in the next header and it already has an image and a caption.
        cut_in_current = current is not None and reading == current["__key__"]
        whole = "txt" in current and any(e in current for e in IMAGE_EXTENSIONS) if current else False
        if current is not None and not cut_in_current and (reading is not None or whole):
            yield current
            current = None
        failed = reading if reading is not None else (current["__key__"] if current is not None else None)
        yield Skipped(f"{url}#{failed}" if failed else url, why)
        return
    if current is not None:
        yield current


def _shuffled(items: Iterator[Any], size: int, rng: random.Random) -> Iterator[Any]:
    """A shuffle buffer: hold ``size`` items, emit a random one as each new item arrives."""
    if size <= 1:
        yield from items
        return
    buf: list[Any] = []
    for item in items:
        if len(buf) < size:
            buf.append(item)
            continue
        j = rng.randrange(size)
        buf[j], item = item, buf[j]
        yield item
    rng.shuffle(buf)
    yield from buf


def _split(total: int, parts: int, part: int) -> int:
    """How many of ``total`` round-robin items fall to ``part`` of ``parts``."""
    return total // parts + (1 if part < total % parts else 0)


class ShardDataset(IterableDataset):
    """Training pairs from tar shards, the same items as ``ImageCaptionDataset``: ``(image, tokens)``
    or a ``Skipped`` marker, so ``collate_skipping`` and the training loop need no branch.

    Use it in a ``DataLoader`` with ``batch_size`` (it is an ``IterableDataset``).

    Splitting: the global workers are numbered worker-major (``worker * world_size + rank``), so
    every rank gets shards even when shards < ranks x workers. *Epoch mode*: each epoch the shard
    list is permuted with ``(seed, epoch)`` (the same on all ranks) and shard ``j`` goes to global
    worker ``j % (ranks x workers)``: every shard is read by exactly one worker of the job per
    epoch. Workers without a shard stay idle (warned at setup). *Resampled mode*: every worker
    draws shards with replacement (weighted by ``weights``) from a generator seeded by
    ``(seed, epoch, rank, worker)``.

    Length: a rank yields ``batches_per_rank`` batches of ``batch_size`` items (the trainer sets it
    to ``--train-num-samples`` over the global batch), spread round-robin over its active workers
    as the DataLoader collects them. In epoch mode a worker whose shards run out before its quota
    starts another shuffled pass over them (samples repeat; a warning says so), because every
    rank must take the same number of steps; surplus samples beyond the quota are not seen that
    epoch. Set ``--train-num-samples`` to the manifest's sample total and use a shard count that
    is a multiple of ranks x workers for an exact epoch.

    Shuffling: samples pass a buffer of ``shuffle_buffer`` (raw bytes, before decoding; memory is
    about buffer x mean sample size per worker). Augmentation is seeded per sample from
    ``(seed, epoch, worker, position)``.

    Resume: every choice above is a function of ``(seed, epoch, rank, worker)``, so with the same
    number of ranks and workers a mid-epoch resume gives the batches of an uninterrupted run in
    the same order: each worker reads and drops (without decoding) the samples of the batches
    already taken, up to the last multiple of the active worker count, and the trainer drops the
    remaining few batches (``aligned_start``). With a different number of ranks or workers the
    resumed epoch is a different, equally valid, draw of the same length.
    """

    def __init__(
        self,
        urls: Sequence[str],
        transform: Callable[[Image.Image], Any],
        tokenizer: Callable[..., Any],
        *,
        batch_size: int,
        batches_per_rank: int,
        seed: int = 0,
        rank: int = 0,
        world_size: int = 1,
        resampled: bool = False,
        weights: Sequence[float] | None = None,
        shuffle_buffer: int = 1000,
        min_side: int | None = None,
        fov: bool = False,
        epoch: int = 0,
        start_batch: int = 0,
    ):
        if not urls:
            raise ShardError("no shards to read")
        if not resampled and len(urls) < world_size:
            raise ShardError(
                f"{len(urls)} shard(s) for {world_size} processes: in epoch mode every process needs at least one shard; make more, smaller shards (make-shards --samples-per-shard) or use --dataset-resampled"
            )
        if weights is not None and not resampled:
            raise ShardError(
                "per-source weights (--train-data-upsampling-factors) need --dataset-resampled with shards"
            )
        self.urls = list(urls)
        self.transform, self.tokenizer = transform, tokenizer
        # JPEG members decode straight to a uint8 tensor when the transform allows (half the decode
        # time of PIL plus PILToTensor for a 448 px shard image, same pixels; csvdata.decode_jpeg_tensor).
        self._tensor_tail = tensor_steps(transform)
        self.batch_size, self.batches_per_rank = batch_size, batches_per_rank
        self.seed, self.rank, self.world_size = seed, rank, world_size
        self.resampled, self.weights = resampled, (list(weights) if weights is not None else None)
        self.shuffle_buffer, self.min_side, self.fov = shuffle_buffer, min_side, fov
        self.epoch, self.start_batch = epoch, start_batch

    def for_epoch(self, epoch: int, start_batch: int = 0) -> ShardDataset:
        """A copy set to ``epoch``, starting at batch ``start_batch`` of this rank."""
        new = ShardDataset.__new__(ShardDataset)
        new.__dict__.update(self.__dict__)
        new.epoch, new.start_batch = epoch, start_batch
        return new

    def aligned_start(self, start_batch: int, workers: int) -> tuple[int, int]:
        """(batch to start the dataset at, batches the caller must drop) for an exact resume.

        The DataLoader collects batches round-robin from its workers starting at worker 0, so
        batch ``b`` of an epoch comes from active worker ``b % A``. A resume at ``start_batch``
        therefore starts the workers at the last multiple of ``A`` and drops the few batches up to
        ``start_batch`` (at most ``A - 1``): the same batches in the same order as an
        uninterrupted run."""
        active = len(self._active_workers(max(1, workers)))
        aligned = start_batch - start_batch % max(1, active)
        return aligned, start_batch - aligned

    def idle_workers(self, workers: int) -> int:
        """Workers (of all ranks) that get no shard in epoch mode."""
        total = self.world_size * max(1, workers)
        return 0 if self.resampled else max(0, total - len(self.urls))

    # -- inside a worker

    def _active_workers(self, workers: int) -> list[int]:
        if self.resampled:
            return list(range(workers))
        return [w for w in range(workers) if w * self.world_size + self.rank < len(self.urls)]

    def _raw(self, worker: int, workers: int) -> Iterator[dict[str, Any] | Skipped]:
        """Undecoded samples of one worker, shuffled, without end (the caller takes its quota)."""
        gw, total = worker * self.world_size + self.rank, workers * self.world_size
        buffer_rng = random.Random(f"buffer/{self.seed}/{self.epoch}/{gw}")
        if self.resampled:
            rng = random.Random(f"shards/{self.seed}/{self.epoch}/{self.rank}/{worker}")
            drawn = (
                item for _ in itertools.count() for item in iter_tar_samples(rng.choices(self.urls, self.weights)[0])
            )
            yield from _shuffled(drawn, self.shuffle_buffer, buffer_rng)
            return
        perm = list(self.urls)
        random.Random(f"order/{self.seed}/{self.epoch}").shuffle(perm)
        mine = perm[gw::total]
        for rep in itertools.count():
            order = list(mine)
            if rep:
                random.Random(f"order/{self.seed}/{self.epoch}/{gw}/{rep}").shuffle(order)
            # One buffer per pass: a buffer larger than the pass must not mix in the next pass's repeats.
            items = (item for url in order for item in iter_tar_samples(url))
            count = 0
            for item in _shuffled(items, self.shuffle_buffer, buffer_rng):
                if rep == 1 and count == 0:
                    warnings.warn(
                        f"epoch {self.epoch}: rank {self.rank} worker {worker} used up its {len(mine)} shard(s) before its quota; re-reading them (samples repeat this epoch). Match --train-num-samples to the shards' sample count and use a multiple of ranks x workers shards.",
                        stacklevel=1,
                    )
                count += 1
                yield item
            if count == 0:
                return  # nothing readable at all: stop rather than loop forever

    def _decode(self, sample: dict[str, Any] | Skipped, seed: int) -> Any:
        if isinstance(sample, Skipped):
            return sample
        where = f"{sample['__url__']}#{sample['__key__']}"
        ext = next((e for e in IMAGE_EXTENSIONS if e in sample), None)
        if ext is None:
            return Skipped(where, f"no image member (.{', .'.join(IMAGE_EXTENSIONS)}) in the sample")
        if "txt" not in sample:
            return Skipped(where, "no caption member (.txt) in the sample")
        try:
            caption = sample["txt"].decode("utf-8")
            pixels = decode_transformed(
                sample[ext], self.transform, self._tensor_tail, min_side=self.min_side, fov=self.fov, seed=seed
            )
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
            return Skipped(where, f"{type(exc).__name__}: {exc}")
        return pixels, self.tokenizer([caption])[0]

    def iter_worker(self, worker: int = 0, workers: int = 1) -> Iterator[Any]:
        """The items of one DataLoader worker of this rank for the current epoch."""
        active = self._active_workers(workers)
        if worker not in active:
            return
        slot = active.index(worker)
        quota = _split(self.batches_per_rank, len(active), slot) * self.batch_size
        skip = _split(self.start_batch, len(active), slot) * self.batch_size
        gw = worker * self.world_size + self.rank
        base = ((self.seed * 1_000_003 + self.epoch) * 10_007 + gw) * 100_000_007
        stream = itertools.islice(self._raw(worker, workers), quota)
        for pos, sample in enumerate(stream):
            if pos >= skip:  # resume: drop the samples of batches already taken, undecoded
                yield self._decode(sample, (base + pos) % (1 << 63))

    def __iter__(self) -> Iterator[Any]:
        info = get_worker_info()
        return self.iter_worker(info.id if info else 0, info.num_workers if info else 1)
