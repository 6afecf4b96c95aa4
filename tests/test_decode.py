"""Draft-mode JPEG decoding: smaller decode, same pixels after the model's resize (resize noise)."""

from __future__ import annotations

from pathlib import Path

import open_clip
from PIL import Image

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


def test_fov_crop_finds_the_field_of_view_of_known_geometry():
    from mmfundusclip.data.csvdata import fov_crop

    # A 200 px fundus (field of view: radius 0.46 x 200 = 92 px, centre (100, 100)) pasted at
    # (150, 40) on a 500 x 300 black canvas: the FOV spans x 158-342, y 48-232.
    canvas = Image.new("RGB", (500, 300))
    canvas.paste(render_fundus(make_spec(0, 2), 200), (150, 40))
    cropped = fov_crop(canvas, pad_square=False)
    assert abs(cropped.width - 184) <= 6 and abs(cropped.height - 184) <= 6
    # The crop is the FOV: its centre pixel is bright, and the border columns are mostly dark.
    assert max(cropped.getpixel((cropped.width // 2, cropped.height // 2))) > 60
    squared = fov_crop(canvas)
    assert squared.width == squared.height
    # A wide image whose FOV touches the top and bottom (common in fundus exports): cut left/right only.
    wide = Image.new("RGB", (400, 200))
    wide.paste(render_fundus(make_spec(0, 3), 216).crop((8, 8, 208, 208)), (100, 0))
    out = fov_crop(wide, pad_square=False)
    assert out.height >= 195 and out.width <= 205
    assert fov_crop(Image.new("RGB", (50, 40))).size == (50, 40)  # nothing bright: unchanged


def test_16_bit_grayscale_is_scaled_not_clipped(tmp_path: Path):
    import numpy as np

    ramp = (np.arange(256 * 64, dtype=np.uint32).reshape(64, 256) * 4).astype(np.uint16)  # 0 .. 65532
    path = tmp_path / "g16.png"
    Image.fromarray(ramp).save(path)  # uint16 -> mode I;16
    assert Image.open(path).mode.startswith("I")
    rgb = np.asarray(open_rgb(path))
    assert rgb.shape == (64, 256, 3)
    assert abs(rgb.mean() - 127.5) < 2  # PIL's plain convert("RGB") would clip most of it to 255
    assert rgb[0, 0, 0] == 0 and rgb[-1, -1, 0] == 255


def test_exif_orientation_is_applied(tmp_path: Path):
    img = render_fundus(make_spec(0, 4), 64).crop((0, 0, 64, 32))  # 64 wide, 32 high
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to view"
    path = tmp_path / "rot.jpg"
    img.save(path, exif=exif)
    assert open_rgb(path).size == (32, 64)


def test_palette_cmyk_and_rgba_become_rgb(tmp_path: Path):
    base = render_fundus(make_spec(0, 5), 64)
    for mode, suffix in (("P", ".png"), ("CMYK", ".jpg"), ("RGBA", ".png"), ("L", ".png")):
        path = tmp_path / f"m_{mode}{suffix}"
        base.convert(mode).save(path)
        out = open_rgb(path)
        assert out.mode == "RGB" and out.size == (64, 64)
