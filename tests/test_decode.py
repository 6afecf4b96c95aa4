"""Draft-mode JPEG decoding: smaller decode, same pixels after the model's resize (resize noise);
the straight-to-tensor JPEG decoder: same pixels as the PIL path."""

from __future__ import annotations

import io
from pathlib import Path

import open_clip
import pytest
import torch
from PIL import Image
from torchvision import transforms as T

from mmfundusclip.data import csvdata
from mmfundusclip.data.csvdata import decode_jpeg_tensor, decode_rgb, open_rgb
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


def _jpeg_bytes(image: Image.Image, **save: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=92, **save)
    return buf.getvalue()


def test_tensor_decode_gives_the_pixels_of_the_pil_path():
    base = render_fundus(make_spec(0, 6), 96).crop((0, 0, 96, 64))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated: both paths must turn it upright
    cases = {
        "rgb": _jpeg_bytes(base),
        "gray": _jpeg_bytes(base.convert("L")),
        "exif": _jpeg_bytes(base, exif=exif),
        "420": _jpeg_bytes(base, subsampling=2),
    }
    for name, data in cases.items():
        fast = decode_jpeg_tensor(data, min_side=48)
        slow = T.PILToTensor()(decode_rgb(data, min_side=48))
        assert fast is not None and fast.dtype == torch.uint8, name
        assert fast.shape == slow.shape and torch.equal(fast, slow), name
    assert decode_jpeg_tensor(cases["exif"]).shape == (3, 96, 64)


def test_tensor_decode_leaves_other_images_to_pil():
    base = render_fundus(make_spec(0, 7), 64)
    png = io.BytesIO()
    base.save(png, format="PNG")
    assert decode_jpeg_tensor(png.getvalue()) is None  # not a JPEG
    assert decode_jpeg_tensor(_jpeg_bytes(base.convert("CMYK"))) is None  # CMYK: PIL's conversion
    assert decode_jpeg_tensor(_jpeg_bytes(base), min_side=32) is None  # 64 >= 2 x 32: draft decoding
    assert decode_jpeg_tensor(_jpeg_bytes(base), min_side=33) is not None


def test_tensor_decode_refuses_truncated_files_and_bombs(monkeypatch: pytest.MonkeyPatch):
    data = _jpeg_bytes(render_fundus(make_spec(0, 8), 64))
    with pytest.raises(OSError, match="truncated"):
        decode_jpeg_tensor(data[: len(data) // 2])
    monkeypatch.setattr(csvdata, "MAX_PIXELS", 64 * 64 - 1)
    with pytest.raises(ValueError, match="64x64 pixels is over"):
        decode_jpeg_tensor(data)


def test_csv_dataset_decodes_jpegs_straight_to_tensors_with_the_same_result(tmp_path: Path):
    from mmfundusclip.data.csvdata import ImageCaptionDataset
    from mmfundusclip.data.transforms import split_normalize

    rows = []
    for i in range(4):
        path = _jpeg(tmp_path, 56 + 8 * i, i)
        rows.append({"image": path.name, "caption": f"c{i}"})
    rows.append({"image": "missing.jpg", "caption": "gone"})
    worker = split_normalize(open_clip.image_transform(32, is_train=True))[0]
    fast = ImageCaptionDataset(rows, tmp_path, "image", "caption", worker, lambda t: t, min_side=64)
    slow = ImageCaptionDataset(rows, tmp_path, "image", "caption", worker, lambda t: t, min_side=64)
    assert fast._tail is not None
    slow._tail = None
    for i in range(4):
        (a, _), (b, _) = fast[(i, 100 + i)], slow[(i, 100 + i)]
        assert a.dtype == torch.uint8 and torch.equal(a, b), i
    missing = fast[(4, 0)]
    assert isinstance(missing, csvdata.Skipped) and missing.reason.startswith("FileNotFoundError")
