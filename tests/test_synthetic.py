"""Tests for the procedural fundus images and fake EMR records (mmfundusclip.data.synthetic).

The finding tests look at pixels: for one (seed, index) the spec geometry is the same for every
label, so the image of a label is compared with the Healthy image of the same (seed, index).
Thresholds were measured at 128 px over 200 (seed, index) pairs (seeds 0-39, indices 0-4), the
tests pass on all of them, and each threshold leaves a wide margin below the smallest value seen:

=========  ==============================================  ===========  ==========  =======
label      measure                                          label min    threshold   Healthy
=========  ==============================================  ===========  ==========  =======
AMD        yellow px within 0.12 of the macula (off disc)   118          60          0
DR         dark red px in the posterior pole                161          60          0
DR         yellow px in the posterior pole (off disc)       37           15          0
RVO        changed px on the occluded side                  374          150         -
RVO        occluded side / other side                       5.2x         3x          -
RD         grey px in the periphery along rd_angle          975          300         0
=========  ==============================================  ===========  ==========  =======
"""

from __future__ import annotations

import csv
import dataclasses
import re

import numpy as np
import pytest
from PIL import Image

from mmfundusclip.data import synthetic
from mmfundusclip.data.synthetic import (
    CLASSES,
    ICD10,
    RECORD_FIELDS,
    generate_dataset,
    make_record,
    make_spec,
    render_fundus,
)

SIZE = 128
# (seed, index) pairs checked per class; they cover both eyes and both RVO arcades.
CASES = [(0, 0), (1, 0), (2, 0)]


def _pixels(spec: synthetic.FundusSpec, size: int = SIZE) -> np.ndarray:
    return np.asarray(render_fundus(spec, size)).astype(np.int32)


def _grid(size: int = SIZE) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) of every pixel as a fraction of the side, the same convention as render_fundus."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float64) / size
    return xx, yy


def _in_fov(size: int = SIZE) -> np.ndarray:
    xx, yy = _grid(size)
    return np.hypot(xx - 0.5, yy - 0.5) <= 0.44


def _yellow(a: np.ndarray) -> np.ndarray:
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return (r > 200) & (g > 170) & (b < 120)


def _dark_red(a: np.ndarray) -> np.ndarray:
    # Darker than the veins (R 110), much darker than the background, but not the black border.
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return (r > 40) & (r < 105) & (g < 30) & (b < 30)


def _grey(a: np.ndarray) -> np.ndarray:
    hi, lo = a.max(-1), a.min(-1)
    return (hi - lo < 40) & (hi > 90) & (hi < 220)


def _off_disc(spec: synthetic.FundusSpec, size: int = SIZE) -> np.ndarray:
    xx, yy = _grid(size)
    return np.hypot(xx - spec.disc_x, yy - spec.disc_y) > spec.disc_r + 0.02


def _near_macula(spec: synthetic.FundusSpec, size: int = SIZE) -> np.ndarray:
    xx, yy = _grid(size)
    return np.hypot(xx - spec.macula_x, yy - spec.macula_y) < 0.12


def _posterior_pole(size: int = SIZE) -> np.ndarray:
    xx, yy = _grid(size)
    return (np.abs(xx - 0.5) < 0.27) & (np.abs(yy - 0.5) < 0.24)


def _angle_from(angle: float, size: int = SIZE) -> np.ndarray:
    """Absolute angular distance (radians) of every pixel, seen from the centre, to ``angle``."""
    xx, yy = _grid(size)
    return np.abs(np.angle(np.exp(1j * (np.arctan2(yy - 0.5, xx - 0.5) - angle))))


def _periphery(size: int = SIZE) -> np.ndarray:
    xx, yy = _grid(size)
    return np.hypot(xx - 0.5, yy - 0.5) > 0.25


# ---------------------------------------------------------------------------------------------
# Determinism
# ---------------------------------------------------------------------------------------------


def test_render_is_byte_identical_across_calls():
    spec = make_spec(3, 7)
    first = np.asarray(render_fundus(spec, 96))
    second = np.asarray(render_fundus(make_spec(3, 7), 96))
    assert first.tobytes() == second.tobytes()


def test_different_seeds_and_indices_give_different_images():
    base = np.asarray(render_fundus(make_spec(0, 2), 64))
    other_seed = np.asarray(render_fundus(make_spec(1, 2), 64))
    other_index = np.asarray(render_fundus(make_spec(0, 7), 64))  # same label as index 2
    assert make_spec(0, 2).label == make_spec(0, 7).label
    assert base.tobytes() != other_seed.tobytes()
    assert base.tobytes() != other_index.tobytes()


def test_generate_dataset_is_reproducible(tmp_path):
    first = generate_dataset(tmp_path / "a", 6, seed=5, size=32)
    second = generate_dataset(tmp_path / "b", 6, seed=5, size=32)
    assert first.read_bytes() == second.read_bytes()
    names = sorted(p.name for p in (tmp_path / "a" / "images").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b" / "images").iterdir())
    assert len(names) == 6
    for name in names:
        assert (tmp_path / "a" / "images" / name).read_bytes() == (tmp_path / "b" / "images" / name).read_bytes()


def test_generate_dataset_seed_changes_output(tmp_path):
    first = generate_dataset(tmp_path / "a", 2, seed=0, size=32)
    second = generate_dataset(tmp_path / "b", 2, seed=1, size=32)
    assert first.read_bytes() != second.read_bytes()
    assert (tmp_path / "a/images/fundus_000000.png").read_bytes() != (
        tmp_path / "b/images/fundus_000000.png"
    ).read_bytes()


# ---------------------------------------------------------------------------------------------
# Any image size
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [16, 32, 64, 97, 300])
@pytest.mark.parametrize("label", CLASSES)
def test_any_size_round_field_of_view(size, label):
    img = render_fundus(make_spec(4, 1, label), size)
    assert img.mode == "RGB"
    assert img.size == (size, size)
    a = np.asarray(img)
    assert a.shape == (size, size, 3)
    for corner in (a[0, 0], a[0, -1], a[-1, 0], a[-1, -1]):
        assert corner.tolist() == [0, 0, 0]
    xx, yy = _grid(size)
    outside = np.hypot(xx - 0.5, yy - 0.5) > 0.47
    assert not a[outside].any(), "pixels outside the round field of view must be black"
    c = size // 2
    assert a[c - 1 : c + 2, c - 1 : c + 2].sum(-1).min() > 0, "the centre must not be black"
    # The field of view is mostly non-black.
    inside = np.hypot(xx - 0.5, yy - 0.5) < 0.44
    assert (a[inside].sum(-1) > 0).mean() > 0.99


# ---------------------------------------------------------------------------------------------
# Findings, checked in pixels
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed, index", CASES)
def test_spec_geometry_depends_only_on_seed_and_index(seed, index):
    specs = [make_spec(seed, index, label) for label in CLASSES]
    healthy = make_spec(seed, index, "Healthy")
    for spec in specs:
        assert dataclasses.replace(spec, label="Healthy") == healthy
    # The default label cycles through CLASSES, with the same geometry.
    assert make_spec(seed, index) == make_spec(seed, index, CLASSES[index % len(CLASSES)])


def test_cases_cover_both_eyes_and_both_arcades():
    # Guard for the finding tests below: they only mean something if CASES vary.
    specs = [make_spec(seed, index) for seed, index in CASES]
    assert {s.eye for s in specs} == {"OD", "OS"}
    assert {s.rvo_superior for s in specs} == {True, False}


@pytest.mark.parametrize("seed, index", CASES)
def test_healthy_has_no_findings(seed, index):
    spec = make_spec(seed, index, "Healthy")
    a = _pixels(spec)
    fov = _in_fov()
    assert (_yellow(a) & _near_macula(spec) & _off_disc(spec)).sum() <= 5
    assert (_yellow(a) & _posterior_pole() & _off_disc(spec)).sum() <= 5
    assert (_dark_red(a) & fov).sum() <= 5
    assert (_grey(a) & fov).sum() <= 5


@pytest.mark.parametrize("seed, index", CASES)
def test_amd_has_yellow_drusen_at_the_macula(seed, index):
    spec = make_spec(seed, index, "AMD")
    a, h = _pixels(spec), _pixels(make_spec(seed, index, "Healthy"))
    near = _near_macula(spec) & _off_disc(spec)
    amd_yellow = int((_yellow(a) & near).sum())
    healthy_yellow = int((_yellow(h) & near).sum())
    assert amd_yellow >= 60
    assert amd_yellow >= healthy_yellow + 50
    # The drusen are clustered: most new yellow off the disc is near the macula (>= 0.8 measured
    # over 200 specs) and its centroid lies on the macula (<= 0.04 of the side away).
    new_yellow = _yellow(a) & ~_yellow(h) & _off_disc(spec)
    assert (new_yellow & _near_macula(spec)).sum() >= 0.6 * new_yellow.sum()
    xx, yy = _grid()
    assert np.hypot(xx[new_yellow].mean() - spec.macula_x, yy[new_yellow].mean() - spec.macula_y) < 0.07
    # And the rest of the image is the Healthy one: AMD adds no haemorrhage and no grey sector.
    assert (_dark_red(a) & _in_fov()).sum() <= 5
    assert (_grey(a) & _in_fov()).sum() <= 5


@pytest.mark.parametrize("seed, index", CASES)
def test_dr_has_dark_red_dots_and_yellow_exudates(seed, index):
    spec = make_spec(seed, index, "DR")
    a, h = _pixels(spec), _pixels(make_spec(seed, index, "Healthy"))
    pole, fov = _posterior_pole(), _in_fov()
    dark, dark_h = int((_dark_red(a) & pole).sum()), int((_dark_red(h) & pole).sum())
    assert dark >= 60
    assert dark >= dark_h + 50
    # The haemorrhages are at the posterior pole, not in the periphery.
    assert (_dark_red(a) & fov & ~pole).sum() <= 0.1 * dark
    yellow = _yellow(a) & pole & _off_disc(spec)
    yellow_h = _yellow(h) & pole & _off_disc(spec)
    assert yellow.sum() >= 15
    assert yellow.sum() >= yellow_h.sum() + 10
    assert (_grey(a) & fov).sum() <= 5


@pytest.mark.parametrize("seed, index", CASES)
def test_rvo_changes_one_arcade_only(seed, index):
    spec = make_spec(seed, index, "RVO")
    a, h = _pixels(spec), _pixels(make_spec(seed, index, "Healthy"))
    changed = np.abs(a - h).sum(-1) > 60
    _, yy = _grid()
    upper = int((changed & (yy < spec.disc_y)).sum())
    lower = int((changed & (yy > spec.disc_y)).sum())
    occluded, other = (upper, lower) if spec.rvo_superior else (lower, upper)
    assert occluded >= 150
    assert occluded >= 3 * other
    # The changed pixels are haemorrhage red, not yellow or grey.
    reds = a[changed]
    assert (reds[:, 0] > 2 * reds[:, 1]).mean() > 0.9
    assert (_grey(a) & _in_fov()).sum() <= 5
    assert (_yellow(a) & _near_macula(spec) & _off_disc(spec)).sum() <= 5


@pytest.mark.parametrize("seed, index", CASES)
def test_rd_has_grey_peripheral_sector_towards_rd_angle(seed, index):
    spec = make_spec(seed, index, "RD")
    a, h = _pixels(spec), _pixels(make_spec(seed, index, "Healthy"))
    fov, periph = _in_fov(), _periphery()
    dist = _angle_from(spec.rd_angle)
    grey, grey_h = _grey(a) & fov, _grey(h) & fov
    toward = int((grey & periph & (dist < 0.5)).sum())
    assert toward >= 300
    assert toward >= int((grey_h & periph & (dist < 0.5)).sum()) + 250
    # Nothing grey on the far side or in the centre: the sector follows rd_angle.
    assert (grey & (dist > 1.3)).sum() <= 5
    # (the inner border of the sector is wavy, 0.21-0.29 of the side from the centre)
    xx, yy = _grid()
    assert (grey & (np.hypot(xx - 0.5, yy - 0.5) < 0.2)).sum() <= 5
    # Sanity check on the mask itself: the grey pixels are of medium brightness.
    mean = a[grey].mean(0)
    assert 100 < mean.mean() < 200
    assert mean.max() - mean.min() < 30


def test_rd_sector_moves_with_rd_angle():
    # Two RD specs with opposite sector angles must put their grey pixels on opposite sides.
    spec = make_spec(0, 0, "RD")
    opposite = dataclasses.replace(spec, rd_angle=spec.rd_angle + np.pi)
    g1, g2 = _grey(_pixels(spec)) & _in_fov(), _grey(_pixels(opposite)) & _in_fov()
    d = _angle_from(spec.rd_angle)
    assert (g1 & (d < 0.5)).sum() > 300
    assert (g2 & (d < 0.5)).sum() <= 5
    assert (g2 & (d > np.pi - 0.5)).sum() > 300


# ---------------------------------------------------------------------------------------------
# Argument errors
# ---------------------------------------------------------------------------------------------


def test_make_spec_unknown_label():
    with pytest.raises(ValueError, match="Glaucoma"):
        make_spec(0, 0, "Glaucoma")


def test_make_spec_label_is_case_sensitive():
    with pytest.raises(ValueError, match="amd"):
        make_spec(0, 0, "amd")


@pytest.mark.parametrize("size", [0, 8, 15])
def test_render_too_small(size):
    with pytest.raises(ValueError, match=str(size)):
        render_fundus(make_spec(0, 0), size)


@pytest.mark.parametrize("count", [0, -3])
def test_generate_dataset_needs_images(tmp_path, count):
    with pytest.raises(ValueError, match="count"):
        generate_dataset(tmp_path / "out", count, size=32)
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------


def _spec_for_eye(eye: str, label: str) -> synthetic.FundusSpec:
    for index in range(50):
        spec = make_spec(11, index, label)
        if spec.eye == eye:
            return spec
    raise AssertionError(f"no {eye} spec in 50 draws")


@pytest.mark.parametrize("eye", ["OD", "OS"])
@pytest.mark.parametrize("label", CLASSES)
def test_make_record_note(label, eye):
    spec = _spec_for_eye(eye, label)
    rec = make_record(spec, "images/x.png", 9)
    note = rec.note
    names = {f"{first} {last}" for first in synthetic._FIRST for last in synthetic._LAST}
    found = re.search(r"Patient (.+?), DOB", note)
    assert found and found.group(1) in names
    assert re.search(r"DOB \d{2}/\d{2}/(19[4-8]\d)", note)
    assert re.search(r"Seen 2025-\d{2}-\d{2}", note)
    assert re.search(r"MRN \d{8}", note)
    assert re.search(r"Phone 555-\d{3}-\d{4}", note)
    if eye == "OD":
        assert "right eye" in note and "left eye" not in note
    else:
        assert "left eye" in note and "right eye" not in note
    codes = dict(ICD10[label])
    assert rec.codes in codes
    assert codes[rec.codes] in note, "the assessment describes the record's code"
    if len(codes) > 1:  # the code of the imaged eye
        assert ("right eye" if eye == "OD" else "left eye") in codes[rec.codes]
    assert "Fundus: " in note
    assert rec.image == "images/x.png"
    assert rec.eye == eye
    assert rec.label == label
    assert rec.patient == "P00004"  # index // 2
    assert rec.modality == "colour fundus photograph"


def test_make_record_is_deterministic_and_varies():
    a = make_record(make_spec(2, 3), "i.png", 3)
    assert a == make_record(make_spec(2, 3), "i.png", 3)
    notes = {make_record(make_spec(2, i), "i.png", i).note for i in range(10)}
    assert len(notes) == 10


def test_generate_dataset_records_csv(tmp_path):
    out = tmp_path / "data"
    records = generate_dataset(out, 7, seed=3, size=32, start=10)
    assert records == out / "records.csv"
    with open(records, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["image", "patient", "eye", "note", "codes", "modality", "label"]
        assert tuple(reader.fieldnames) == RECORD_FIELDS
        rows = list(reader)
    assert len(rows) == 7
    for offset, row in enumerate(rows):
        index = 10 + offset
        assert row["image"] == f"images/fundus_{index:06d}.png"
        path = out / row["image"]
        assert path.is_file()
        spec = make_spec(3, index)
        assert row["label"] == spec.label == CLASSES[index % len(CLASSES)]
        assert row["eye"] == spec.eye
        assert row["codes"] in dict(ICD10[row["label"]])
        assert row["modality"] == "colour fundus photograph"
        assert row["note"] == make_record(spec, row["image"], index).note
        # The saved PNG is exactly the rendered image.
        with Image.open(path) as im:
            assert im.size == (32, 32)
            assert np.array_equal(np.asarray(im.convert("RGB")), np.asarray(render_fundus(spec, 32)))
    assert sorted(p.name for p in (out / "images").iterdir()) == sorted(r["image"].split("/")[1] for r in rows)
