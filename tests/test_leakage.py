"""``mmfundusclip leakage``: planted exact and near copies are found with the right kind, distinct look-alike
synthetic fundus images are not reported, patient overlap, shards, and bad input with messages."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance, ImageOps

from mmfundusclip.cli import main
from mmfundusclip.data.synthetic import make_spec, render_fundus
from mmfundusclip.eval.leakage import (
    HASH_BITS,
    ImageRef,
    expand_pattern,
    find_leakage,
    hamming_search,
    load_shard_refs,
    write_contact_sheet,
)

SIZE = 160  # modest: 1,000 renders + hashes take ~15 s on one core
N_DISTINCT = 500


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    cols = list(rows[0])
    lines = [",".join(cols)] + [",".join(r[c] for c in cols) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _jpeg(im: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


@pytest.fixture(scope="module")
def distinct(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """500 training and 500 test PNGs, all distinct, same generator and classes (rendered once)."""
    root = tmp_path_factory.mktemp("leak_distinct")
    out: dict[str, list[Path]] = {"train": [], "test": []}
    for side, offset in (("train", 0), ("test", 100_000)):
        (root / side).mkdir()
        for i in range(N_DISTINCT):
            p = root / side / f"f{offset + i:06d}.png"
            render_fundus(make_spec(0, offset + i), SIZE).save(p, compress_level=1)
            out[side].append(p)
    return out


@pytest.fixture
def planted(tmp_path: Path, distinct: dict[str, list[Path]]) -> dict[str, object]:
    """A training CSV of 30 images and a test CSV of planted copies (with their expected kind) and clean images."""
    train_dir, test_dir = tmp_path / "train", tmp_path / "test"
    train_dir.mkdir()
    test_dir.mkdir()
    train_rows = []
    for i, src in enumerate(distinct["train"][:30]):
        dst = train_dir / src.name
        if i == 7:  # this one is stored as a JPEG: its decoded pixels, saved as PNG, are an exact copy
            dst = dst.with_suffix(".jpg")
            dst.write_bytes(_jpeg(Image.open(src).convert("RGB"), 90))
        else:
            shutil.copy(src, dst)
        train_rows.append({"image": dst.name, "patient": f"P{i:03d}"})
    originals = {i: Image.open(train_dir / train_rows[i]["image"]).convert("RGB") for i in range(8)}
    w = SIZE
    d = int(0.05 * w)
    variants = {
        "jpeg60.jpg": (0, lambda im: _jpeg(im, 60), "near"),
        "half.png": (1, lambda im: im.resize((w // 2, w // 2), Image.LANCZOS), "near"),
        "crop5.png": (2, lambda im: im.crop((d, d, w - d, w - d)), "near"),
        "bright15.png": (3, lambda im: ImageEnhance.Brightness(im).enhance(1.15), "near"),
        "mirror.png": (4, ImageOps.mirror, "near"),
        "contrast.png": (5, lambda im: ImageEnhance.Contrast(im).enhance(1.2), "near"),
        "bytecopy.png": (6, None, "exact"),
        "pixelcopy.png": (7, lambda im: im, "exact"),
    }
    expected = {}
    test_rows = []
    for name, (i, fn, kind) in variants.items():
        dst = test_dir / name
        if fn is None:
            shutil.copy(train_dir / train_rows[i]["image"], dst)
        else:
            result = fn(originals[i])
            if isinstance(result, bytes):
                dst.write_bytes(result)
            else:
                result.save(dst)
        expected[name] = (train_rows[i]["image"], kind)
        test_rows.append({"image": name, "patient": f"T{len(test_rows):03d}"})
    for src in distinct["test"][:6]:  # clean test images
        shutil.copy(src, test_dir / src.name)
        test_rows.append({"image": src.name, "patient": f"T{len(test_rows):03d}"})
    return {
        "train": _write_csv(train_dir / "train.csv", train_rows),
        "test": _write_csv(test_dir / "test.csv", test_rows),
        "expected": expected,
        "train_dir": train_dir,
        "test_dir": test_dir,
        "train_rows": train_rows,
        "test_rows": test_rows,
    }


def _run(args: list[str]) -> int:
    return main(["leakage", "--workers", "1", *args])


def test_planted_copies_found_with_kind(planted: dict, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    rc = _run(["--train", str(planted["train"]), "--test", str(planted["test"]), "--out", str(out)])
    printed = capsys.readouterr().out
    assert rc == 1
    report = json.loads((out / "leakage.json").read_text())
    assert set(report) >= {"pairs", "counts", "thresholds", "unreadable"}
    for p in report["pairs"]:
        assert set(p) >= {"train", "test", "kind", "score"}
    found = {(p["test"], p["train"]): p["kind"] for p in report["pairs"]}
    for test_id, (train_id, kind) in planted["expected"].items():
        assert found.get((test_id, train_id)) == kind, (
            test_id,
            kind,
            [p for p in report["pairs"] if p["test"] == test_id],
        )
    reported_tests = {p["test"] for p in report["pairs"]}
    assert reported_tests == set(planted["expected"])  # the 6 clean test images are not reported
    pixel = next(p for p in report["pairs"] if p["test"] == "pixelcopy.png")
    assert pixel["method"] == "pixels"
    assert "kind" in printed and "mirror.png" in printed and "exact" in printed
    sheet = Image.open(out / "leakage_pairs.png")
    assert sheet.width > 300 and sheet.height > 160


def test_clean_exits_zero(planted: dict, tmp_path: Path, distinct: dict) -> None:
    rows = [{"image": str(p)} for p in distinct["test"][100:120]]
    test_csv = _write_csv(tmp_path / "clean.csv", rows)
    out = tmp_path / "out"
    assert _run(["--train", str(planted["train"]), "--test", str(test_csv), "--out", str(out)]) == 0
    report = json.loads((out / "leakage.json").read_text())
    assert report["pairs"] == [] and report["counts"]["test_images"] == 20
    assert len(report["closest_below_threshold"]) == 10  # shown on the sheet for a person to judge
    assert (out / "leakage_pairs.png").is_file()


def test_distinct_lookalikes_rarely_reported(distinct: dict) -> None:
    train = [ImageRef(id=p.name, where=str(p), path=p) for p in distinct["train"]]
    test = [ImageRef(id=p.name, where=str(p), path=p) for p in distinct["test"]]
    report = find_leakage(train, test, workers=2)
    assert report.counts["unreadable_train"] == 0 and report.counts["test_images"] == N_DISTINCT
    # fewer than 1 % of the 500 test images may be reported
    assert report.counts["test_images_with_pairs"] < N_DISTINCT // 100, report.pairs[:5]


def test_patient_overlap(planted: dict, tmp_path: Path, distinct: dict) -> None:
    rows = [
        {"image": str(distinct["test"][200]), "patient": "P003"},
        {"image": str(distinct["test"][201]), "patient": "Q9"},
    ]
    test_csv = _write_csv(tmp_path / "pt.csv", rows)
    out = tmp_path / "out"
    rc = _run(
        ["--train", str(planted["train"]), "--test", str(test_csv), "--out", str(out), "--patient-key", "patient"]
    )
    assert rc == 1
    pairs = json.loads((out / "leakage.json").read_text())["pairs"]
    assert [(p["kind"], p["test"], p["train"]) for p in pairs] == [
        ("patient", str(distinct["test"][200]), planted["train_rows"][3]["image"])
    ]


def test_shards_as_training_side(planted: dict, tmp_path: Path) -> None:
    shard_dir = tmp_path / "shards"
    shard_dir.mkdir()
    names = [r["image"] for r in planted["train_rows"]]
    for s in range(2):
        with tarfile.open(shard_dir / f"train-{s:03d}.tar", "w") as tf:
            for name in names[s * 15 : (s + 1) * 15]:
                key = Path(name).stem
                tf.add(planted["train_dir"] / name, arcname=f"{key}{Path(name).suffix}")
                data = b"a caption"
                info = tarfile.TarInfo(f"{key}.txt")
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
    out = tmp_path / "out"
    pattern = str(shard_dir / "train-{000..001}.tar")
    assert _run(["--train", pattern, "--test", str(planted["test"]), "--out", str(out)]) == 1
    found = {(p["test"], p["train"]): p["kind"] for p in json.loads((out / "leakage.json").read_text())["pairs"]}
    for test_id, (train_name, kind) in planted["expected"].items():
        assert found.get((test_id, Path(train_name).stem)) == kind, test_id


def test_unreadable_training_images_counted_and_listed(
    planted: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (planted["train_dir"] / "broken.png").write_bytes(b"not an image at all")
    rows = [*planted["train_rows"], {"image": "broken.png", "patient": "X"}, {"image": "gone.png", "patient": "Y"}]
    train_csv = _write_csv(planted["train_dir"] / "train_bad.csv", rows)
    out = tmp_path / "out"
    assert _run(["--train", str(train_csv), "--test", str(planted["test"]), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    report = json.loads((out / "leakage.json").read_text())
    assert report["counts"]["unreadable_train"] == 2
    assert {u["id"] for u in report["unreadable"]} == {"broken.png", "gone.png"}
    assert "broken.png" in err and "gone.png" in err and "file not found" in err
    assert {p["test"] for p in report["pairs"]} == set(planted["expected"])  # the check went on


def test_bad_inputs_name_the_problem(planted: dict, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    no_col = _write_csv(tmp_path / "nocol.csv", [{"file": "a.png", "label": "AMD"}])
    assert _run(["--train", str(planted["train"]), "--test", str(no_col), "--out", str(tmp_path / "o1")]) == 1
    err = capsys.readouterr().err
    assert "nocol.csv" in err and "'file'" in err and "'label'" in err and "--img-key" in err

    pattern = str(tmp_path / "none-{000..003}.tar")
    assert _run(["--train", pattern, "--test", str(planted["test"]), "--out", str(tmp_path / "o2")]) == 1
    err = capsys.readouterr().err
    assert "no shard file matches" in err and "none-000.tar" in err

    rows = [*planted["test_rows"], planted["test_rows"][0]]
    dup = _write_csv(planted["test_dir"] / "dup.csv", rows)
    out = tmp_path / "o3"
    assert _run(["--train", str(planted["train"]), "--test", str(dup), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "jpeg60.jpg" in err and f"rows 2, {len(rows) + 1}" in err
    report = json.loads((out / "leakage.json").read_text())
    assert report["duplicate_test_rows"] == [{"id": "jpeg60.jpg", "rows": [2, len(rows) + 1]}]


def test_embedding_path_finds_reencoded_copy(planted: dict, tmp_path: Path) -> None:
    # Hash thresholds below zero switch the hash path off: the pair can only come from the embeddings.
    rows = [{"image": "jpeg60.jpg"}]
    test_csv = _write_csv(planted["test_dir"] / "one.csv", rows)
    out = tmp_path / "out"
    argv = ["--train", str(planted["train"]), "--test", str(test_csv), "--out", str(out), "--model", "mfc-micro-vit",
            "--hash-a-threshold", "-1", "--embed-threshold", "0.9", "--device", "cpu"]  # fmt: skip
    assert _run(argv) == 1
    pairs = json.loads((out / "leakage.json").read_text())["pairs"]
    assert [(p["kind"], p["method"], p["train"]) for p in pairs] == [
        ("near", "embedding", planted["expected"]["jpeg60.jpg"][0])
    ]
    assert pairs[0]["score"] >= 0.9


def test_hamming_search_matches_brute_force() -> None:
    rng = np.random.default_rng(3)
    base = rng.integers(0, 2**63, size=(300, 4), dtype=np.uint64)
    queries = base[rng.choice(300, 50)].copy()
    flips = rng.integers(0, 64, size=(50, 6))
    for q, f in enumerate(flips):  # flip up to 6 bits of word 0
        for bit in f:
            queries[q, 0] ^= np.uint64(1) << np.uint64(bit)
    qi, bi, dd, nearest, nearest_d = hamming_search(queries, base, 20, block=16)
    brute = np.array(
        [[sum(bin(int(a) ^ int(b)).count("1") for a, b in zip(q, r, strict=True)) for r in base] for q in queries]
    )
    want = set(zip(*np.nonzero(brute <= 20), strict=True))
    assert set(zip(qi.tolist(), bi.tolist(), strict=True)) == {(int(a), int(b)) for a, b in want}
    assert np.array_equal(dd, brute[qi, bi]) and np.array_equal(nearest_d, brute.min(1))
    assert HASH_BITS == 256


def test_expand_pattern() -> None:
    assert expand_pattern("s-{008..010}.tar") == ["s-008.tar", "s-009.tar", "s-010.tar"]
    assert expand_pattern("{a,b}-{1..2}.tar::c.tar") == ["a-1.tar", "a-2.tar", "b-1.tar", "b-2.tar", "c.tar"]


def _png(arr: np.ndarray, compress_level: int = 6) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "PNG", compress_level=compress_level)
    return buf.getvalue()


def _add(tf: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tf.addfile(info, io.BytesIO(data))


def test_shard_same_file_name_in_two_folders(tmp_path: Path) -> None:
    # The sample key keeps the folders (as data.shards.iter_tar_samples does): siteA/000001 and
    # siteB/000001 are two samples, both hashed, not one merged ref.
    rng = np.random.default_rng(5)
    images = {site: rng.integers(0, 255, (40, 40, 3), np.uint8) for site in ("siteA", "siteB")}
    shard = tmp_path / "mixed.tar"
    with tarfile.open(shard, "w") as tf:
        for site, arr in images.items():
            _add(tf, f"{site}/000001.png", _png(arr))
            _add(tf, f"{site}/000001.txt", f"caption {site}".encode())
            _add(tf, f"{site}/000001.json", json.dumps({"patient": f"P-{site}"}).encode())
    refs, _ = load_shard_refs(str(shard), patient_key="patient")
    assert [(r.id, r.member, r.patient) for r in refs] == [
        ("siteA/000001", "siteA/000001.png", "P-siteA"),
        ("siteB/000001", "siteB/000001.png", "P-siteB"),
    ]
    tests = []
    for site in images:
        p = tmp_path / f"{site}.png"
        p.write_bytes(_png(images[site]))
        tests.append(ImageRef(id=p.name, where=str(p), path=p))
    report = find_leakage(refs, tests, workers=1)
    assert report.counts["train_images"] == 2 and report.counts["unreadable_train"] == 0
    assert sorted((p["test"], p["train"], p["kind"]) for p in report.pairs) == [
        ("siteA.png", "siteA/000001", "exact"),
        ("siteB.png", "siteB/000001", "exact"),
    ]


def test_shard_members_read_in_one_pass_per_shard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Reading members one by one reopened the shard per member (quadratic: 2,000 members took minutes).
    # Every stage must open each shard once, however many members it holds: count tarfile.open.
    rng = np.random.default_rng(11)
    per_shard = 150
    arrays: dict[str, np.ndarray] = {}
    shards = [tmp_path / "s-000.tar", tmp_path / "s-001.tar.gz"]
    for s, shard in enumerate(shards):
        with tarfile.open(shard, "w:gz" if shard.name.endswith(".gz") else "w") as tf:
            for k in range(per_shard):
                key = f"{s}{k:05d}"
                arrays[key] = rng.integers(0, 255, (24, 24, 3), np.uint8)
                _add(tf, f"{key}.png", _png(arrays[key]))
                _add(tf, f"{key}.txt", b"a caption")
            _add(tf, "broken.png", b"not an image")
    # test side: a byte copy of a member of each shard, and the same pixels in another encoding of one
    # member of each shard (exact by pixels: those two members are read again, in one pass per shard)
    tests = []
    for name, key, level in [("b0.png", "000003", 6), ("b1.png", "100140", 6), ("p0.png", "000077", 0),
                             ("p1.png", "100009", 0)]:  # fmt: skip
        p = tmp_path / name
        p.write_bytes(_png(arrays[key], compress_level=level))
        tests.append(ImageRef(id=name, where=str(p), path=p))

    opened: list[str] = []
    real_open = tarfile.open

    def counting_open(name: object = None, mode: str = "r", *args: object, **kwargs: object) -> tarfile.TarFile:
        opened.append(str(name))
        return real_open(name, mode, *args, **kwargs)  # type: ignore[arg-type]

    def no_per_member_read(self: ImageRef) -> bytes:
        raise AssertionError(f"{self.where} read on its own")

    monkeypatch.setattr(tarfile, "open", counting_open)
    monkeypatch.setattr(ImageRef, "read_bytes", no_per_member_read)

    refs, _ = load_shard_refs(str(tmp_path / "s-*"))
    assert len(refs) == 2 * (per_shard + 1)
    assert sorted(opened) == sorted(map(str, shards))
    missing = ImageRef(id="gone", where=f"{shards[0]}:gone.png", shard=shards[0], member="gone.png")
    refs.append(missing)

    for workers in (1, 2):  # in process, and through the worker pool
        opened.clear()
        report = find_leakage(refs, tests, workers=workers)
        # hashing: one pass per shard; pixel check: one more pass per shard, for its one candidate
        assert sorted(opened) == sorted(map(str, shards * 2)), opened
        assert report.counts["train_images"] == 2 * per_shard + 3
        assert report.counts["unreadable_train"] == 3
        unreadable = {u["path"]: u["reason"] for u in report.unreadable}
        assert set(unreadable) == {f"{shards[0]}:broken.png", f"{shards[1]}:broken.png", missing.where}
        assert unreadable[missing.where] == "no such member in the shard"
        found = sorted((p["test"], p["train"], p["kind"], p["method"]) for p in report.pairs)
        assert found == [
            ("b0.png", "000003", "exact", "sha256"),
            ("b1.png", "100140", "exact", "sha256"),
            ("p0.png", "000077", "exact", "pixels"),
            ("p1.png", "100009", "exact", "pixels"),
        ]

    opened.clear()
    by_where = {r.where: r for r in [*refs, *tests]}
    write_contact_sheet(tmp_path / "sheet.png", report.pairs, by_where)
    assert sorted(opened) == sorted(map(str, shards))
    assert Image.open(tmp_path / "sheet.png").height > 4 * 160


def test_embedding_path_with_no_readable_test_image_reports_it(
    planted: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The hashing pass counts and lists unreadable files; the embedding pass must not abort on them.
    test_csv = _write_csv(planted["test_dir"] / "gone.csv", [{"image": "not_there.jpg"}])
    out = tmp_path / "out"
    argv = ["--train", str(planted["train"]), "--test", str(test_csv), "--out", str(out), "--model", "mfc-micro-vit", "--device", "cpu"]  # fmt: skip
    assert _run(argv) == 0
    report = json.loads((out / "leakage.json").read_text())
    assert report["counts"]["unreadable_test"] == 1 and report["pairs"] == []
    assert "none of the" not in capsys.readouterr().err
