"""Helpers shared by the tests (imported as `helpers`: pytest puts tests/ on sys.path)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from PIL import Image


def subset_csv(src: Path, dst: Path, keep: Callable[[dict[str, str]], bool]) -> Path:
    """Copy the rows of a labelled CSV that ``keep`` accepts, with absolute image paths."""
    with open(src, newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if keep(r)]
    with open(dst, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows({**r, "image": str(src.parent / r["image"])} for r in rows)
    return dst


def _fundus_image(i: int, size: int) -> Image.Image:
    from mmfundusclip.data.synthetic import make_spec, render_fundus

    return render_fundus(make_spec(0, i), size)


def mixed_image_folder(tmp_path: Path) -> list[Path]:
    """Plain RGB JPEGs, a grayscale JPEG, a PNG, a rotated (EXIF 6) JPEG, a CMYK JPEG, a large
    JPEG, a truncated JPEG, a JPEG with a broken Huffman table and a missing file."""
    paths = []
    for i in range(3):
        p = tmp_path / f"rgb_{i}.jpg"
        _fundus_image(i, 96).save(p, quality=92)
        paths.append(p)
    gray = tmp_path / "gray.jpg"
    _fundus_image(5, 96).convert("L").save(gray, quality=92)
    png = tmp_path / "plain.png"
    _fundus_image(6, 96).save(png)
    rotated = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    _fundus_image(7, 96).resize((96, 64)).save(rotated, quality=92, exif=exif)
    cmyk = tmp_path / "cmyk.jpg"
    _fundus_image(8, 96).convert("CMYK").save(cmyk, quality=92)
    large = tmp_path / "large.jpg"
    _fundus_image(9, 1024).save(large, quality=92)
    truncated = tmp_path / "truncated.jpg"
    data = (tmp_path / "rgb_0.jpg").read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    corrupt = tmp_path / "corrupt.jpg"  # whole file, readable header, Huffman table overwritten
    dht = data.index(b"\xff\xc4")
    corrupt.write_bytes(data[: dht + 5] + b"\xff" * 20 + data[dht + 25 :])
    return [*paths, gray, png, rotated, cmyk, large, truncated, corrupt, tmp_path / "missing.jpg"]
