"""WebDataset shards: make-shards (size rules, manifest, determinism, metadata stripping, resume),
the reader (rank/worker split, resampling, resume, bad samples), weighted CSV sampling, training."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections import Counter
from pathlib import Path

import pytest
import torch
from PIL import Image, PngImagePlugin

from mmfundusclip.cli import main
from mmfundusclip.data.csvdata import Skipped
from mmfundusclip.data.sampler import WeightedEpochSampler
from mmfundusclip.data.shards import (
    FAULT_KILL_ENV,
    MANIFEST,
    ShardDataset,
    ShardError,
    ShardOptions,
    _tar_size,
    expand_urls,
    iter_tar_samples,
    make_shards,
    parse_size,
    shard_weights,
)

ROOT = Path(__file__).resolve().parent.parent


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


@pytest.fixture(scope="module")
def unique_csv(tiny_data: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny training CSV with absolute image paths and a unique caption per row (``#i``)."""
    folder = tmp_path_factory.mktemp("unique")
    src = tiny_data["captions"]
    rows = [
        {**r, "image": str((src.parent / r["image"]).resolve()), "caption": f"{r['caption']} #{i}"}
        for i, r in enumerate(_rows(src))
    ]
    return _write_csv(folder / "captions.csv", rows)


@pytest.fixture(scope="module")
def shards10(unique_csv: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 samples in 12 shards of 10."""
    out = tmp_path_factory.mktemp("s10") / "shards"
    make_shards(unique_csv, out, ShardOptions(samples_per_shard=10, keep_columns=("label",)))
    return out


def _members(tar_path: Path) -> list[tuple[str, bytes]]:
    with tarfile.open(tar_path) as tf:
        return [(m.name, tf.extractfile(m).read()) for m in tf.getmembers()]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.tar"))}


# ------------------------------------------------------------------------------- writer


def test_samples_per_shard_layout_and_manifest(unique_csv: Path, tmp_path: Path):
    rep = make_shards(unique_csv, tmp_path / "out", ShardOptions(samples_per_shard=25, keep_columns=("label",)))
    names = sorted(p.name for p in (tmp_path / "out").glob("*.tar"))
    assert names == [f"shard-{i:06d}.tar" for i in range(5)]
    man = json.loads((tmp_path / "out" / MANIFEST).read_text())
    assert man["complete"] is True
    assert [s["samples"] for s in man["shards"]] == [25, 25, 25, 25, 20]
    assert man["totals"]["samples"] == rep.samples == 120 and man["totals"]["skipped"] == 0
    assert man["pattern"] == "shard-{000000..000004}.tar"
    for entry in man["shards"]:
        data = (tmp_path / "out" / entry["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["bytes"]
    # Row ranges tile the CSV.
    assert [s["first_row"] for s in man["shards"]] == [0, 25, 50, 75, 100] and man["shards"][-1]["end_row"] == 120
    # The standard layout: KEY.jpg, KEY.txt, KEY.json per sample, in that order.
    members = _members(tmp_path / "out" / "shard-000001.tar")
    assert [n for n, _ in members[:3]] == ["000000025.jpg", "000000025.txt", "000000025.json"]
    rows = _rows(unique_csv)
    assert members[1][1].decode() == rows[25]["caption"]
    meta = json.loads(members[2][1])
    assert meta["source"] == rows[25]["image"] and meta["original_size"] == [32, 32]
    assert meta["columns"] == {"label": rows[25]["label"]}


def test_max_bytes_bounds_every_shard(unique_csv: Path, tmp_path: Path):
    limit = 40_000
    rep = make_shards(unique_csv, tmp_path / "out", ShardOptions(samples_per_shard=None, max_bytes=limit))
    sizes = [p.stat().st_size for p in sorted((tmp_path / "out").glob("*.tar"))]
    assert rep.shards == len(sizes) > 1 and max(sizes) <= limit
    # Greedy: each shard but the last would have overflowed with the next sample's members.
    man = json.loads((tmp_path / "out" / MANIFEST).read_text())
    for entry in man["shards"][:-1]:
        nxt = _members(tmp_path / "out" / f"shard-{man['shards'].index(entry) + 1:06d}.tar")[:3]
        mine = _members(tmp_path / "out" / entry["name"])
        assert _tar_size([len(d) for _, d in mine + nxt]) > limit
    assert parse_size("40kB") == 40_000 and parse_size("1GiB") == 1 << 30


def test_output_is_deterministic_across_runs_and_workers(unique_csv: Path, tmp_path: Path):
    opts = ShardOptions(samples_per_shard=30)
    make_shards(unique_csv, tmp_path / "a", opts)
    make_shards(unique_csv, tmp_path / "b", opts, workers=2)
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert len(a) == 4 and a == b


def test_exif_and_png_text_are_stripped(tmp_path: Path):
    img = Image.new("RGB", (40, 30), (120, 40, 20))
    exif = Image.Exif()
    exif[0x013B] = "Jane Q Patientname"  # Artist
    exif[0x8769] = {0x9003: "2019:03:04 05:06:07", 0xA431: "SERIAL-XK42"}  # DateTimeOriginal, BodySerialNumber
    img.save(tmp_path / "a.jpg", exif=exif, quality=95)
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "patient Jane Q Patientname born 1950")
    info.add_itxt("Author", "Dr Who-Secret")
    img.save(tmp_path / "b.png", pnginfo=info)
    # The sources really carry the metadata (or the test would prove nothing).
    assert b"SERIAL-XK42" in (tmp_path / "a.jpg").read_bytes()
    assert b"Patientname" in (tmp_path / "b.png").read_bytes()
    csv_path = _write_csv(
        tmp_path / "c.csv", [{"image": "a.jpg", "caption": "one"}, {"image": "b.png", "caption": "two"}]
    )
    for fmt in ("jpg", "source"):
        out = tmp_path / f"out_{fmt}"
        make_shards(csv_path, out, ShardOptions(samples_per_shard=10, image_format=fmt))
        raw = (out / "shard-000000.tar").read_bytes()
        for secret in (b"Patientname", b"SERIAL-XK42", b"2019:03:04", b"Dr Who", b"Exif"):
            assert secret not in raw, (fmt, secret)
        members = dict(_members(out / "shard-000000.tar"))
        images = {n: Image.open(io.BytesIO(d)) for n, d in members.items() if n.endswith((".jpg", ".png"))}
        for name, im in images.items():
            assert not im.getexif(), name
            assert not any(k in im.info for k in ("exif", "Comment", "Author", "icc_profile")), (name, im.info)
        if fmt == "source":  # the PNG source stays lossless PNG, the JPEG source JPEG
            assert set(images) == {"000000000.jpg", "000000001.png"}
            assert images["000000001.png"].tobytes() == img.tobytes()
        else:
            assert set(images) == {"000000000.jpg", "000000001.jpg"}


def test_resize_short_side_and_fov_crop(tmp_path: Path):
    from mmfundusclip.data.synthetic import make_spec, render_fundus

    disc = render_fundus(make_spec(0, 0), 96)
    wide = Image.new("RGB", (160, 96))
    wide.paste(disc, (32, 0))  # black borders left and right, as a fundus camera frame
    wide.save(tmp_path / "wide.png")
    csv_path = _write_csv(tmp_path / "c.csv", [{"image": "wide.png", "caption": "x"}])

    def written_size(**kw) -> tuple[int, int]:
        out = tmp_path / "_".join(f"{k}{v}" for k, v in kw.items())
        make_shards(csv_path, out, ShardOptions(samples_per_shard=10, **kw))
        members = dict(_members(out / "shard-000000.tar"))
        meta = json.loads(members["000000000.json"])
        size = Image.open(io.BytesIO(members["000000000.jpg"])).size
        assert meta["size"] == list(size) and meta["original_size"] == [160, 96]
        return size

    assert written_size(resize=40) == (67, 40)  # short side 40, aspect 160:96 kept
    assert written_size(resize=40, fov_crop=True) == (40, 40)  # cropped to the disc (square) first
    assert written_size(resize=500) == (160, 96)  # never upscaled


def test_bad_images_are_skipped_and_listed(unique_csv: Path, tmp_path: Path):
    rows = _rows(unique_csv)[:12]
    (tmp_path / "trunc.jpg").write_bytes(b"\xff\xd8\xff\xe0garbage")  # a JPEG header, then nothing valid
    bad = [
        {**rows[0], "image": str(tmp_path / "missing.png")},
        {**rows[1], "image": str(tmp_path / "trunc.jpg")},
        {**rows[2], "caption": "  "},
    ]
    csv_path = _write_csv(tmp_path / "c.csv", rows[:5] + bad[:2] + rows[5:9] + bad[2:])
    rep = make_shards(csv_path, tmp_path / "out", ShardOptions(samples_per_shard=4))
    assert rep.samples == 9
    man = json.loads((tmp_path / "out" / MANIFEST).read_text())
    listed = {(s["row"], s["line"]): s["reason"] for s in man["skipped"]}
    assert set(listed) == {(5, 7), (6, 8), (11, 13)}
    assert "No such file" in listed[(5, 7)] or "FileNotFoundError" in listed[(5, 7)]
    assert listed[(11, 13)] == "empty caption"
    assert man["totals"]["skipped"] == 3 and sum(s["samples"] for s in man["shards"]) == 9
    keys = [n for p in sorted((tmp_path / "out").glob("*.tar")) for n, _ in _members(p) if n.endswith(".txt")]
    assert "000000005.txt" not in keys and "000000006.txt" not in keys  # not replaced by other rows


def _shard_cmd(csv_path: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "mmfundusclip", "make-shards", str(csv_path), "--out", str(out), *extra]


def test_resume_after_a_kill_writes_only_the_missing_shards(unique_csv: Path, tmp_path: Path):
    flags = ("--samples-per-shard", "25")
    assert main(["make-shards", str(unique_csv), "--out", str(tmp_path / "ref"), *flags]) == 0
    env = {**os.environ, FAULT_KILL_ENV: "2"}
    proc = subprocess.run(_shard_cmd(unique_csv, tmp_path / "out", *flags), env=env, capture_output=True, text=True)
    assert proc.returncode == -9, proc.stderr  # SIGKILL in the middle of shard 2
    out = tmp_path / "out"
    assert (out / "shard-000002.tar.tmp").is_file() and not (out / "shard-000002.tar").exists()
    man = json.loads((out / MANIFEST).read_text())
    assert man["complete"] is False and [s["name"] for s in man["shards"]] == ["shard-000000.tar", "shard-000001.tar"]
    # Finished shards are already final and correct.
    ref = _files(tmp_path / "ref")
    assert _files(out) == {n: ref[n] for n in ("shard-000000.tar", "shard-000001.tar")}
    before = {n: (out / n).stat().st_mtime_ns for n in ("shard-000000.tar", "shard-000001.tar")}

    rep = make_shards(unique_csv, out, ShardOptions(samples_per_shard=25), resume=True)
    assert rep.verified == ["shard-000000.tar", "shard-000001.tar"]
    assert rep.written == ["shard-000002.tar", "shard-000003.tar", "shard-000004.tar"]
    assert {n: (out / n).stat().st_mtime_ns for n in before} == before  # not rewritten
    assert _files(out) == ref and not list(out.glob("*.tmp"))
    assert json.loads((out / MANIFEST).read_text()) == json.loads((tmp_path / "ref" / MANIFEST).read_text())

    # A damaged finished shard is found by its checksum and rewritten identically.
    (out / "shard-000001.tar").write_bytes(b"broken")
    rep = make_shards(unique_csv, out, ShardOptions(samples_per_shard=25), resume=True)
    assert rep.written == ["shard-000001.tar"] and len(rep.verified) == 4
    assert _files(out) == ref


def test_resume_with_other_options_is_refused(unique_csv: Path, tmp_path: Path):
    make_shards(unique_csv, tmp_path / "out", ShardOptions(samples_per_shard=60))
    with pytest.raises(ShardError, match="other options.*quality"):
        make_shards(unique_csv, tmp_path / "out", ShardOptions(samples_per_shard=60, quality=80), resume=True)


# ------------------------------------------------------------------------------- reader


def _captions(item) -> str:  # noqa: ANN001
    return item[1]


def _reader(urls: list[str], **kw) -> ShardDataset:
    defaults = {"batch_size": 5, "batches_per_rank": 12, "shuffle_buffer": 7}
    return ShardDataset(urls, lambda im: torch.rand(1), lambda texts: [texts[0]], **{**defaults, **kw})


def test_epoch_mode_reads_every_sample_once_across_ranks_and_workers(shards10: Path, unique_csv: Path):
    urls, _ = expand_urls(str(shards10 / "shard-{000000..000011}.tar"))
    seen: list[str] = []
    per_rank = []
    for rank in range(2):
        ds = _reader(urls, rank=rank, world_size=2, seed=3, epoch=1)
        got = [c for w in range(2) for c in map(_captions, ds.iter_worker(w, 2))]
        per_rank.append(len(got))
        seen += got
    assert per_rank == [60, 60]
    assert Counter(seen) == Counter(r["caption"] for r in _rows(unique_csv))  # each of the 120 exactly once
    # Another epoch is another order; the same epoch is the same order.
    one = [_captions(x) for x in _reader(urls, world_size=2, seed=3, epoch=1).iter_worker(0, 2)]
    again = [_captions(x) for x in _reader(urls, world_size=2, seed=3, epoch=1).iter_worker(0, 2)]
    other = [_captions(x) for x in _reader(urls, world_size=2, seed=3, epoch=2).iter_worker(0, 2)]
    assert one == again and one != other


def test_dataloader_with_workers_gives_the_rank_its_batches(shards10: Path):
    urls, _ = expand_urls(str(shards10 / "shard-{000000..000011}.tar"))
    from mmfundusclip.data.csvdata import collate_skipping

    ds = ShardDataset(
        urls,
        lambda im: torch.zeros(3, 4, 4),
        lambda texts: torch.zeros(77, dtype=torch.long),
        batch_size=5,
        batches_per_rank=9,
        rank=1,
        world_size=2,
        shuffle_buffer=10,
    )
    batches = list(torch.utils.data.DataLoader(ds, batch_size=5, num_workers=2, collate_fn=collate_skipping))
    assert len(batches) == 9 and all(b["size"] == 5 and b["images"].shape == (5, 3, 4, 4) for b in batches)


def test_mid_epoch_resume_continues_the_same_stream(shards10: Path):
    urls, _ = expand_urls(str(shards10 / "shard-{000000..000011}.tar"))
    full = _reader(urls, seed=1, epoch=2)
    items = list(full.iter_worker(0, 1))
    tail = list(full.for_epoch(2, start_batch=5).iter_worker(0, 1))
    assert [c for _, c in tail] == [c for _, c in items[25:]]
    assert all(torch.equal(a[0], b[0]) for a, b in zip(tail, items[25:], strict=True))  # same augmentation draws


def _round_robin(ds: ShardDataset, workers: int) -> list[list[str]]:
    """Batches (lists of captions) in the order a DataLoader collects them: worker 0, 1, 2, 0, ..."""
    per_worker = []
    for w in range(workers):
        caps = [c for _, c in ds.iter_worker(w, workers)]
        per_worker.append([caps[i : i + ds.batch_size] for i in range(0, len(caps), ds.batch_size)])
    out = []
    for i in range(max(len(b) for b in per_worker)):
        out += [b[i] for b in per_worker if i < len(b)]
    return out


@pytest.mark.parametrize("start", [1, 5, 7])
def test_mid_epoch_resume_with_several_workers_keeps_the_batch_order(shards10: Path, start: int):
    urls, _ = expand_urls(str(shards10 / "shard-{000000..000011}.tar"))
    ds = _reader(urls, seed=1, epoch=2, batches_per_rank=14, batch_size=4)
    full = _round_robin(ds, 3)
    aligned, drop = ds.aligned_start(start, 3)
    assert aligned % 3 == 0 and aligned + drop == start
    resumed = _round_robin(ds.for_epoch(2, aligned), 3)[drop:]
    assert resumed == full[start:]
    naive = _round_robin(ds.for_epoch(2, start), 3)  # starting the workers at `start` itself
    assert sorted(map(tuple, naive)) == sorted(map(tuple, full[start:])) and naive != full[start:]


def test_resampled_mode_draws_per_worker_with_weights(shards10: Path):
    spec = f"{shards10}/shard-{{000000..000005}}.tar::{shards10}/shard-{{000006..000011}}.tar"
    urls, sources = expand_urls(spec)
    assert sources == [0] * 6 + [1] * 6
    ds = _reader(urls, resampled=True, batches_per_rank=40, world_size=2, seed=5)
    w0 = [c for _, c in ds.iter_worker(0, 2)]
    w1 = [c for _, c in ds.iter_worker(1, 2)]
    assert len(w0) == len(w1) == 100 and w0 != w1
    assert w0 == [
        c for _, c in _reader(urls, resampled=True, batches_per_rank=40, world_size=2, seed=5).iter_worker(0, 2)
    ]
    assert len(set(w0)) < 100  # drawn with replacement: 100 draws from 120 repeat some
    # Upsampling factors 1::4: the second source (rows 60..119) makes about 4/5 of the draws.
    weighted = _reader(urls, resampled=True, batches_per_rank=200, weights=shard_weights(sources, [1, 4]), seed=2)
    rows = [int(c.rsplit("#", 1)[1]) for _, c in weighted.iter_worker(0, 1)]
    share = sum(r >= 60 for r in rows) / len(rows)
    assert 0.7 < share < 0.9, share
    with pytest.raises(ShardError, match="need --dataset-resampled"):
        _reader(urls, weights=shard_weights(sources, [1, 4]))
    with pytest.raises(ShardError, match="one per source"):
        shard_weights(sources, [1, 2, 3])


def test_brace_expansion_and_missing_shards(shards10: Path, tmp_path: Path):
    urls, _ = expand_urls(str(shards10 / "shard-{000003..000005}.tar"))
    assert [Path(u).name for u in urls] == ["shard-000003.tar", "shard-000004.tar", "shard-000005.tar"]
    with pytest.raises(ShardError, match="matches no files"):
        expand_urls(str(tmp_path / "nothing-{000000..000009}.tar"))
    with pytest.raises(ShardError, match="2 of 14 shard"):
        expand_urls(str(shards10 / "shard-{000000..000013}.tar"))


def _tar(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with tarfile.open(path, "w") as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def test_bad_samples_are_skipped_and_counted(shards10: Path, tmp_path: Path):
    good = _members(shards10 / "shard-000000.tar")[:3]
    broken = _tar(
        tmp_path / "b.tar",
        [
            *good,
            ("000000001.jpg", b"not a jpeg"),
            ("000000001.txt", b"caption"),
            ("000000002.txt", b"no image here"),
            ("000000003.jpg", good[0][1]),
        ],
    )
    ds = _reader([str(broken)], batches_per_rank=1, shuffle_buffer=0, batch_size=4)
    items = list(ds.iter_worker(0, 1))
    assert len(items) == 4 and not isinstance(items[0], Skipped)
    reasons = {s.path.rsplit("#", 1)[1]: s.reason for s in items[1:]}
    assert "UnidentifiedImageError" in reasons["000000001"] or "cannot identify" in reasons["000000001"]
    assert reasons["000000002"].startswith("no image member")
    assert reasons["000000003"].startswith("no caption member")
    # A truncated shard: what was read is kept, the rest is one Skipped that names the shard.
    data = (shards10 / "shard-000001.tar").read_bytes()
    (tmp_path / "t.tar").write_bytes(data[: len(data) // 2])
    got = list(iter_tar_samples(str(tmp_path / "t.tar")))
    assert isinstance(got[-1], Skipped) and "t.tar" in got[-1].path and 0 < len(got) - 1 < 10


def test_webdataset_library_reads_our_shards(shards10: Path, unique_csv: Path):
    wds = pytest.importorskip("webdataset")
    ds = wds.WebDataset(str(shards10 / "shard-{000000..000011}.tar"), shardshuffle=False).decode("pil")
    samples = list(ds)
    assert len(samples) == 120
    assert samples[7]["txt"] == _rows(unique_csv)[7]["caption"] and samples[7]["jpg"].size == (32, 32)
    assert samples[7]["json"]["columns"]["label"] == _rows(unique_csv)[7]["label"]


# ------------------------------------------------------------------------------- weighted CSV sampling


def test_weighted_sampler_proportions_determinism_and_resume():
    sizes, weights = [100, 50], [1.0, 3.0]
    s = WeightedEpochSampler(sizes, weights, 10, seed=4, epoch=0)
    assert s.quotas() == [60, 90]  # 150 samples in proportion to 1x100 : 3x50
    idx = [i for i, _ in s]
    assert len(idx) == 150
    counts = Counter(i >= 100 for i in idx)
    assert counts[False] == 60 and counts[True] == 90
    small = Counter(i for i in idx if i >= 100)
    assert set(small.values()) <= {1, 2} and len(small) == 50  # 90 of 50: every one once, 40 twice
    assert idx == [i for i, _ in WeightedEpochSampler(sizes, weights, 10, seed=4, epoch=0)]
    assert idx != [i for i, _ in WeightedEpochSampler(sizes, weights, 10, seed=4, epoch=1)]
    ranks = [list(WeightedEpochSampler(sizes, weights, 10, seed=4, epoch=0, rank=r, world_size=3)) for r in range(3)]
    assert sorted(i for r in ranks for i, _ in r) == sorted(idx)
    resumed = list(WeightedEpochSampler(sizes, weights, 10, seed=4, epoch=0, start_batch=6))
    assert resumed == list(s)[60:]
    seeds = [sd for _, sd in s]
    assert len(set(seeds)) == 150  # repeats of an image get their own augmentation seed


# ------------------------------------------------------------------------------- training and CLI


def _train_argv(logs: Path, *extra: str) -> list[str]:
    return [
        "train", "--model", "mfc-micro-vit", "--batch-size", "10", "--epochs", "2", "--workers", "0",
        "--logs", str(logs), "--name", "run", "--lr", "1e-3", "--warmup", "1", "--train.device", "cpu",
        "--train.progress_bar", "false", "--log-every-n-steps", "1", *extra,
    ]  # fmt: skip


@pytest.mark.slow
def test_training_from_shards(shards10: Path, tmp_path: Path):
    argv = _train_argv(
        tmp_path,
        "--dataset-type", "webdataset", "--train-data", str(shards10 / "shard-{000000..000011}.tar"),
        "--train-num-samples", "60",
    )  # fmt: skip
    assert main(argv) == 0
    steps = [json.loads(line) for line in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()]
    steps = [r for r in steps if "loss" in r]
    assert [r["step"] for r in steps] == list(range(1, 13))  # 60 samples / batch 10 = 6 steps x 2 epochs
    assert (tmp_path / "run" / "checkpoints" / "epoch_2.safetensors").is_file()


@pytest.mark.slow
def test_training_with_weighted_csv_sources(unique_csv: Path, tmp_path: Path):
    argv = _train_argv(
        tmp_path,
        "--train-data",
        f"{unique_csv}::{unique_csv}",
        "--train-data-upsampling-factors",
        "1::3",
        "--epochs",
        "1",
    )
    assert main(argv) == 0
    steps = [json.loads(line) for line in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()]
    assert max(r.get("step", 0) for r in steps) == 24  # 240 rows / batch 10


def test_cli_bad_inputs_are_named(unique_csv: Path, shards10: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    def err(argv: list[str]) -> str:
        assert main(argv) == 1
        return capsys.readouterr().err

    assert "missing column(s) 'findings'" in err(
        ["make-shards", str(unique_csv), "--out", str(tmp_path / "a"), "--caption-key", "findings"]
    )
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    msg = err(["make-shards", str(unique_csv), "--out", str(tmp_path / "full")])
    assert "is not empty" in msg and "--resume" in msg and "--overwrite" in msg
    assert "--samples-per-shard must be at least 1, got 0" in err(
        ["make-shards", str(unique_csv), "--out", str(tmp_path / "b"), "--samples-per-shard", "0"]
    )
    assert "--max-bytes" in err(["make-shards", str(unique_csv), "--out", str(tmp_path / "b"), "--max-bytes", "0"])
    pattern = str(shards10 / "shard-{000000..000011}.tar")
    assert "needs --train-num-samples" in err(
        _train_argv(tmp_path, "--dataset-type", "webdataset", "--train-data", pattern)
    )
    assert "matches no files" in err(
        _train_argv(
            tmp_path,
            "--dataset-type",
            "auto",
            "--train-data",
            str(tmp_path / "x-{0..3}.tar"),
            "--train-num-samples",
            "8",
        )
    )
    assert "train_data_upsampling_factors" in err(
        _train_argv(
            tmp_path, "--train-data", f"{unique_csv}::{unique_csv}", "--train-data-upsampling-factors", "1::2::3"
        )
    )
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").glob("*.tar"))


def test_overwrite_replaces_the_shards(unique_csv: Path, tmp_path: Path):
    out = tmp_path / "o"
    make_shards(unique_csv, out, ShardOptions(samples_per_shard=60))
    (out / "notes.txt").write_text("mine")
    rep = make_shards(unique_csv, out, ShardOptions(samples_per_shard=40), overwrite=True)
    assert rep.shards == 3 and sorted(p.name for p in out.glob("*.tar")) == [f"shard-{i:06d}.tar" for i in range(3)]
    assert (out / "notes.txt").read_text() == "mine"  # files that are not ours stay
    shutil.rmtree(out)


def test_validate_data_reads_shards(shards10: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    import io
    import tarfile

    from mmfundusclip.cli import main

    pattern = str(shards10 / "shard-{000000..000011}.tar")
    report = tmp_path / "clean.json"
    assert main(["validate-data", pattern, "--min-size", "16", "--json", str(report)]) == 0
    out = capsys.readouterr().out
    assert "120 shard samples; no problems" in out and "labels: AMD 24" in out
    assert json.loads(report.read_text())["rows"] == 120

    # A hand-made shard: a sample without caption, a broken image, a byte copy, and a cut-off end.
    good = next(m for m in _members(shards10 / "shard-000000.tar") if m[0].endswith(".jpg"))[1]
    bad = tmp_path / "bad-000000.tar"
    with tarfile.open(bad, "w") as tar:

        def add(name: str, data: bytes) -> None:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))

        add("a.jpg", good)  # no a.txt
        add("b.jpg", b"not a jpeg at all")
        add("b.txt", b"colour fundus photograph.")
        add("c.jpg", good)
        add("c.txt", b"colour fundus photograph.")
    cut = tmp_path / "bad-000001.tar"
    cut.write_bytes(bad.read_bytes()[:1200])  # ends inside the second member
    assert main(["validate-data", str(tmp_path / "bad-{000000..000001}.tar"), "--min-size", "16"]) == 1
    out = capsys.readouterr().out
    assert "bad-000000.tar#a: empty_caption: no .txt caption member" in out
    assert "bad-000000.tar#b: unreadable:" in out
    assert "bad-000000.tar#c: duplicate: same bytes as sample 1" in out
    assert "bad-000001.tar#a: unreadable: shard ends early or is unreadable: ReadError" in out


def test_validate_data_shard_pattern_matching_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from mmfundusclip.cli import main

    assert main(["validate-data", str(tmp_path / "none-{000..002}.tar")]) == 1
    assert "none-000.tar" in capsys.readouterr().err


def test_a_cut_shard_keeps_its_whole_samples_and_names_the_cut_one(shards10: Path, tmp_path: Path):
    from mmfundusclip.data.csvdata import Skipped
    from mmfundusclip.data.shards import iter_tar_samples

    src = (shards10 / "shard-000000.tar").read_bytes()
    with tarfile.open(shards10 / "shard-000000.tar") as tar:
        members = tar.getmembers()
    third = next(m for m in members if m.name.startswith("000000002") and m.name.endswith(".jpg"))
    cut = tmp_path / "cut.tar"
    cut.write_bytes(src[: third.offset_data + third.size // 2])  # ends inside sample 3's image
    got = list(iter_tar_samples(str(cut)))
    assert [g["__key__"] for g in got[:2]] == ["000000000", "000000001"]
    assert all({"jpg", "txt"} <= g.keys() for g in got[:2])
    assert isinstance(got[2], Skipped) and got[2].path.endswith("#000000002") and len(got) == 3


def test_jpeg_members_decode_straight_to_tensors_with_the_pil_paths_pixels(
    unique_csv: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import open_clip

    from mmfundusclip.data import csvdata
    from mmfundusclip.data.transforms import add_extra_aug, split_normalize

    out = tmp_path / "jpeg"
    make_shards(unique_csv, out, ShardOptions(samples_per_shard=10, resize=40, quality=90))
    urls, _ = expand_urls(str(out / "shard-{000000..000011}.tar"))
    train = open_clip.image_transform(32, is_train=True)
    worker = split_normalize(train)[0]
    kw = {"batch_size": 4, "batches_per_rank": 5, "shuffle_buffer": 0, "seed": 5, "min_side": 64}
    fast = ShardDataset(urls, worker, lambda texts: texts[0], **kw)
    slow = ShardDataset(urls, worker, lambda texts: texts[0], **kw)
    slow._tensor_tail = None  # what the reader did before: PIL decode, then the whole transform
    expected = list(slow.iter_worker(0, 1))

    def no_pil(*a: object, **k: object) -> None:
        raise AssertionError("the PIL decoder was used for a JPEG member")

    monkeypatch.setattr(csvdata, "decode_rgb", no_pil)
    got = list(fast.iter_worker(0, 1))
    assert len(got) == len(expected) == 20
    for (px, cap), (ex, ex_cap) in zip(got, expected, strict=True):
        assert cap == ex_cap and px.dtype == torch.uint8 and px.shape == (3, 32, 32)
        assert torch.equal(px, ex)  # same crop draws for the same seed, same pixels
    # A PIL step before the crop (the extra augmentation's affine) keeps the PIL path.
    assert ShardDataset(urls, split_normalize(add_extra_aug(train))[0], str, **kw)._tensor_tail is None
    # A truncated JPEG member is skipped with libjpeg's reason, as on the PIL path.
    good = _members(out / "shard-000000.tar")
    jpg = next(d for n, d in good if n.endswith(".jpg"))
    cut = _tar(tmp_path / "cut.tar", [("000000009.jpg", jpg[: len(jpg) // 2]), ("000000009.txt", b"caption")])
    item = next(ShardDataset([str(cut)], worker, str, **{**kw, "batches_per_rank": 1, "batch_size": 1}).iter_worker())
    assert isinstance(item, Skipped) and item.reason.startswith("OSError:") and "truncated" in item.reason
