"""Draft-mode JPEG decoding: smaller decode, same pixels after the model's resize (resize noise)."""

from __future__ import annotations

from pathlib import Path

import open_clip

from mmfundusclip.data.csvdata import open_rgb
from mmfundusclip.data.synthetic import make_spec, render_fundus
from mmfundusclip.models import register_model_configs


def _jpeg(tmp_path: Path, size: int, index: int = 0) -> Path:
    path = tmp_path / f"f{index}.jpg"
    render_fundus(make_spec(0, index), size).save(path, quality=92)
    return path


def test_draft_decodes_at_reduced_scale_keeping_the_short_side(tmp_path: Path):
    path = _jpeg(tmp_path, 1024)
    assert open_rgb(path).size == (1024, 1024)
    small = open_rgb(path, min_side=128)
    assert small.size == (128, 128)  # 1/8 scale: exactly the requested short side
    assert open_rgb(path, min_side=300).size == (512, 512)  # 1/2 is the largest step keeping >= 300
    assert open_rgb(path, min_side=600).size == (1024, 1024)  # less than 2x larger: no draft


def test_draft_changes_the_model_input_by_resize_noise_only(tmp_path: Path):
    register_model_configs()
    _, _, preprocess = open_clip.create_model_and_transforms("mfc-tiny-vit")  # 64 px input
    worst = 0.0
    for i in range(5):
        path = _jpeg(tmp_path, 1024, i)
        full = preprocess(open_rgb(path))
        draft = preprocess(open_rgb(path, min_side=128))  # what the datasets pass: 2 x 64
        worst = max(worst, (full - draft).abs().mean().item())
    # Mean absolute difference in normalised units (std ~0.27): under 0.03, i.e. about 2/255 of
    # pixel value; a different image differs by ~0.5.
    other = (
        (preprocess(open_rgb(_jpeg(tmp_path, 1024, 7))) - preprocess(open_rgb(_jpeg(tmp_path, 1024, 8))))
        .abs()
        .mean()
        .item()
    )
    assert worst < 0.03 < other


def test_png_and_small_images_decode_fully(tmp_path: Path):
    png = tmp_path / "f.png"
    render_fundus(make_spec(0, 1), 256).save(png)
    assert open_rgb(png, min_side=32).size == (256, 256)
    assert open_rgb(_jpeg(tmp_path, 100), min_side=64).size == (100, 100)  # under 2x: full decode
