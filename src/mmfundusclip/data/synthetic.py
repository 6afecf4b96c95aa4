"""Procedural colour fundus photographs and matching synthetic EMR records.

Used by the demo and the tests, so that every stage of the pipeline has realistic input without
any download. Each image is a round field of view on black with an optic disc, a vessel tree and a
macula, plus the findings of its class:

=========  =====================================================================
label      finding drawn
=========  =====================================================================
Healthy    none
AMD        yellow drusen clustered around the macula
DR         dark red dot-blot haemorrhages and bright yellow hard exudates
RVO        flame-shaped haemorrhages along one vein of the superior or inferior arcade
RD         a grey, elevated, wrinkled sector of the periphery
=========  =====================================================================

Every size is a fraction of the image side, so a finding keeps its share of the picture at any
resolution. Findings are 4-6 % of the side wide: 2.5-4 px at 64 px, which a tiny ViT can see
(1 px findings leave it stalled near macro AUC 0.7, see docs/design.md).

Everything is a pure function of ``(seed, index)``: the same call gives the same bytes.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

__all__ = [
    "CLASSES",
    "FundusSpec",
    "SyntheticRecord",
    "generate_dataset",
    "make_record",
    "make_spec",
    "render_fundus",
]

#: The paper's five evaluation labels, in a fixed order.
CLASSES: tuple[str, ...] = ("AMD", "DR", "RD", "RVO", "Healthy")

#: ICD-10-CM codes written into the records for each label (the first is the most common).
ICD10: dict[str, tuple[tuple[str, str], ...]] = {
    "AMD": (
        ("H35.3112", "nonexudative age-related macular degeneration, right eye, intermediate dry stage"),
        ("H35.3122", "nonexudative age-related macular degeneration, left eye, intermediate dry stage"),
    ),
    "DR": (
        (
            "E11.3291",
            "type 2 diabetes mellitus with mild nonproliferative diabetic retinopathy without macular edema, right eye",
        ),
        (
            "E11.3292",
            "type 2 diabetes mellitus with mild nonproliferative diabetic retinopathy without macular edema, left eye",
        ),
    ),
    "RD": (
        ("H33.001", "unspecified retinal detachment with retinal break, right eye"),
        ("H33.002", "unspecified retinal detachment with retinal break, left eye"),
    ),
    "RVO": (
        ("H34.8310", "tributary (branch) retinal vein occlusion, right eye, with macular edema"),
        ("H34.8320", "tributary (branch) retinal vein occlusion, left eye, with macular edema"),
    ),
    "Healthy": (("Z01.00", "encounter for examination of eyes and vision without abnormal findings"),),
}

_FIRST = ("Maria", "John", "Aiko", "Pedro", "Fatima", "Liam", "Chen", "Olga", "Kwame", "Sofia", "Ravi", "Hannah")
_LAST = (
    "Schmidt",
    "Okafor",
    "Tanaka",
    "Garcia",
    "Novak",
    "Haddad",
    "Kim",
    "Larsen",
    "Silva",
    "Müller",
    "Patel",
    "Brown",
)
_DOCTORS = ("Dr. Weiss", "Dr. Anand", "Dr. Moreau", "Dr. Park", "Dr. Costa")

_FINDING_TEXT: dict[str, tuple[str, ...]] = {
    "AMD": (
        "multiple soft drusen clustered around the fovea",
        "confluent yellow drusen at the macula, no haemorrhage",
        "macular drusen with pigmentary change",
    ),
    "DR": (
        "scattered dot-blot haemorrhages and hard exudates at the posterior pole",
        "several blot haemorrhages with yellow exudates temporal to the disc",
        "microaneurysms, dot haemorrhages and hard exudates in all quadrants",
    ),
    "RD": (
        "grey elevated retina in the periphery with loss of choroidal detail",
        "bullous detachment of the peripheral retina, folds visible",
        "elevated grey retina with undulating border in one quadrant",
    ),
    "RVO": (
        "flame haemorrhages along a dilated tortuous vein",
        "sectoral flame-shaped haemorrhages following one branch vein",
        "superficial haemorrhages in the territory of a branch vein",
    ),
    "Healthy": (
        "clear media, healthy disc, flat retina, normal vessels",
        "no haemorrhages or exudates, macula and periphery unremarkable",
        "normal fundus appearance",
    ),
}


@dataclass(frozen=True)
class FundusSpec:
    """Geometry and colours of one synthetic fundus, all lengths as fractions of the image side."""

    label: str
    eye: str  # "OD" (right) or "OS" (left)
    seed: int
    disc_x: float
    disc_y: float
    disc_r: float
    macula_x: float
    macula_y: float
    base_rgb: tuple[int, int, int]
    rvo_superior: bool  # RVO: which arcade's vein is occluded
    rd_angle: float  # RD: centre angle of the detached sector (radians)


@dataclass(frozen=True)
class SyntheticRecord:
    """One fake electronic medical record row describing one image."""

    image: str
    patient: str
    eye: str
    note: str
    codes: str
    modality: str
    label: str


def make_spec(seed: int, index: int, label: str | None = None) -> FundusSpec:
    """The spec of image ``index`` of a data set drawn with ``seed`` (label cycles through CLASSES)."""
    rng = np.random.default_rng([seed, index, 0])
    if label is None:
        label = CLASSES[index % len(CLASSES)]
    if label not in CLASSES:
        raise ValueError(f"unknown synthetic label {label!r}; choose one of {', '.join(CLASSES)}")
    eye = "OD" if rng.random() < 0.5 else "OS"
    # In a photograph of the right eye the disc lies right of the macula (nasal side); mirrored for OS.
    side = 1.0 if eye == "OD" else -1.0
    disc_x = 0.5 + side * rng.uniform(0.15, 0.19)
    disc_y = 0.5 + rng.uniform(-0.03, 0.03)
    macula_x = 0.5 - side * rng.uniform(0.02, 0.05)
    macula_y = 0.5 + rng.uniform(-0.02, 0.03)
    red = int(rng.integers(170, 215))
    base = (red, int(red * rng.uniform(0.33, 0.45)), int(red * rng.uniform(0.08, 0.16)))
    return FundusSpec(
        label=label,
        eye=eye,
        seed=seed * 1_000_003 + index,
        disc_x=disc_x,
        disc_y=disc_y,
        disc_r=rng.uniform(0.055, 0.07),
        macula_x=macula_x,
        macula_y=macula_y,
        base_rgb=base,
        rvo_superior=bool(rng.random() < 0.5),
        rd_angle=float(rng.uniform(0, 2 * math.pi)),
    )


def _vessel_paths(spec: FundusSpec, rng: np.random.Generator) -> list[tuple[bool, bool, list[tuple[float, float]]]]:
    """Polylines (is_vein, is_superior, points) of the four arcades, in fractions of the side."""
    side = 1.0 if spec.eye == "OD" else -1.0
    paths = []
    for superior in (True, False):
        for vein in (True, False):
            up = -1.0 if superior else 1.0
            # An arcade leaves the disc vertically and bends towards the macula (temporal side).
            spread = rng.uniform(0.11, 0.15) + (0.02 if vein else 0.0)
            pts = []
            for t in np.linspace(0.0, 1.0, 14):  # 14 points: smooth at 1024 px
                ang = t * math.pi * 0.85
                x = spec.disc_x - side * (0.34 * t + 0.02 * math.sin(ang * 3 + rng.uniform(-0.3, 0.3)))
                y = spec.disc_y + up * spread * math.sin(ang) * (1.0 + 0.4 * t)
                pts.append((x, y))
            paths.append((vein, superior, pts))
    # Side branches off each arcade, and short nasal branches towards the nasal periphery.
    for vein, superior, pts in list(paths[:4]):
        for k in (4, 8, 11):
            x0, y0 = pts[k]
            ang = rng.uniform(0.4, 1.1) * (-1.0 if superior else 1.0)
            length = rng.uniform(0.06, 0.1)
            dx, dy = -side * math.cos(ang) * length, math.sin(ang) * length
            paths.append((vein, superior, [(x0, y0), (x0 + dx * 0.5, y0 + dy * 0.6), (x0 + dx, y0 + dy)]))
    for k in range(4):
        ang = rng.uniform(0.25, 0.9) * (-1.0 if k % 2 else 1.0)
        length = rng.uniform(0.14, 0.2)
        end = (spec.disc_x + side * math.cos(ang) * length, spec.disc_y + math.sin(ang) * length)
        paths.append((k < 2, k % 2 == 1, [(spec.disc_x, spec.disc_y), end]))
    return paths


def render_fundus(spec: FundusSpec, size: int = 256) -> Image.Image:
    """Draw the fundus described by ``spec`` as an RGB image of ``size`` x ``size`` pixels."""
    if size < 16:
        raise ValueError(f"size must be at least 16 pixels, got {size}")
    rng = np.random.default_rng(spec.seed)  # anatomy: the same for every label of one (seed, index)
    frng = np.random.default_rng([spec.seed, 1])  # findings: their own stream, so anatomy never shifts
    s = float(size)

    # Background: radial falloff from the posterior pole, fine choroidal noise.
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / s
    r = np.sqrt((xx - 0.5) ** 2 + (yy - 0.5) ** 2)
    fov = r <= 0.46
    shade = np.clip(1.05 - 0.9 * r**2 * 4 * 0.35, 0.55, 1.05)
    macula = np.exp(-(((xx - spec.macula_x) ** 2 + (yy - spec.macula_y) ** 2) / (2 * 0.045**2)))
    shade = shade * (1.0 - 0.35 * macula)
    noise = rng.normal(0.0, 0.025, size=(size, size)).astype(np.float32)
    img = np.asarray(spec.base_rgb, dtype=np.float32)[None, None, :] * (shade + noise)[..., None]
    canvas = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(canvas)

    def px(p: tuple[float, float]) -> tuple[float, float]:
        return (p[0] * s, p[1] * s)

    def disc(cx: float, cy: float, rad: float, fill: tuple[int, int, int]) -> None:
        rr = max(rad * s, 0.7)
        draw.ellipse((cx * s - rr, cy * s - rr, cx * s + rr, cy * s + rr), fill=fill)

    # Retinal detachment: a grey, wrinkled sector of the periphery, drawn under the vessels.
    if spec.label == "RD":
        half = frng.uniform(0.55, 0.8)
        angles = np.linspace(spec.rd_angle - half, spec.rd_angle + half, 24)
        inner = [
            (0.5 + (0.25 + 0.04 * math.sin(7 * a)) * math.cos(a), 0.5 + (0.25 + 0.04 * math.sin(7 * a)) * math.sin(a))
            for a in angles
        ]
        outer = [(0.5 + 0.47 * math.cos(a), 0.5 + 0.47 * math.sin(a)) for a in angles[::-1]]
        draw.polygon([px(p) for p in inner + outer], fill=(150, 146, 140))
        for k in range(3):  # folds
            rad = 0.31 + 0.045 * k
            fold = [(0.5 + rad * math.cos(a), 0.5 + rad * math.sin(a)) for a in angles[2:-2]]
            draw.line([px(p) for p in fold], fill=(185, 182, 176), width=max(1, round(0.012 * s)))

    # Vessels: veins darker and wider than arteries.
    paths = _vessel_paths(spec, rng)
    for vein, _sup, pts in paths:
        colour = (110, 18, 15) if vein else (165, 40, 28)
        width = max(1, round((0.016 if vein else 0.011) * s))
        draw.line([px(p) for p in pts], fill=colour, width=width, joint="curve")

    # Optic disc: pale yellow with a brighter cup.
    disc(spec.disc_x, spec.disc_y, spec.disc_r, (236, 196, 130))
    disc(spec.disc_x + 0.01, spec.disc_y, spec.disc_r * 0.45, (250, 232, 190))

    if spec.label == "AMD":
        for _ in range(int(frng.integers(10, 18))):
            ang, dist = frng.uniform(0, 2 * math.pi), abs(frng.normal(0.0, 0.045))
            disc(
                spec.macula_x + dist * math.cos(ang),
                spec.macula_y + dist * math.sin(ang),
                frng.uniform(0.018, 0.028),
                (238, 218, 96),
            )
    elif spec.label == "DR":
        for _ in range(int(frng.integers(10, 16))):
            x, y = frng.uniform(0.25, 0.75), frng.uniform(0.28, 0.72)
            disc(x, y, frng.uniform(0.016, 0.024), (95, 8, 8))
        for _ in range(int(frng.integers(6, 11))):
            x, y = frng.uniform(0.3, 0.7), frng.uniform(0.3, 0.7)
            disc(x, y, frng.uniform(0.012, 0.018), (250, 236, 120))
    elif spec.label == "RVO":
        vein = next(p for v, sup, p in paths if v and sup == spec.rvo_superior)
        for i in range(len(vein) - 1):
            (x0, y0), (x1, y1) = vein[i], vein[i + 1]
            for _ in range(3):
                t = frng.uniform(0, 1)
                cx, cy = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
                # A flame: an elongated streak parallel to the nerve fibres (the vein's direction).
                dx, dy = x1 - x0, y1 - y0
                norm = math.hypot(dx, dy) or 1.0
                ox, oy = frng.normal(0, 0.02), frng.normal(0, 0.02)
                half = frng.uniform(0.03, 0.05)
                p0 = (cx + ox - half * dx / norm, cy + oy - half * dy / norm)
                p1 = (cx + ox + half * dx / norm, cy + oy + half * dy / norm)
                draw.line([px(p0), px(p1)], fill=(150, 10, 10), width=max(2, round(0.022 * s)))

    canvas = canvas.filter(ImageFilter.GaussianBlur(radius=max(0.35, s / 400)))
    out = np.asarray(canvas).copy()
    out[~fov] = 0  # black outside the field of view
    return Image.fromarray(out, "RGB")


def make_record(spec: FundusSpec, image: str, index: int) -> SyntheticRecord:
    """A fake EMR row for the image of ``spec``: names, dates and record numbers are invented."""
    rng = np.random.default_rng([spec.seed, 7])
    name = f"{_FIRST[int(rng.integers(len(_FIRST)))]} {_LAST[int(rng.integers(len(_LAST)))]}"
    mrn = f"MRN {int(rng.integers(10_000_000, 99_999_999))}"
    year = int(rng.integers(1940, 1990))
    dob = f"{int(rng.integers(1, 29)):02d}/{int(rng.integers(1, 13)):02d}/{year}"
    visit = f"2025-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}"
    eye_word = "right eye (OD)" if spec.eye == "OD" else "left eye (OS)"
    finding = _FINDING_TEXT[spec.label][int(rng.integers(3))]
    codes = ICD10[spec.label]
    code, desc = codes[0] if spec.eye == "OD" or len(codes) == 1 else codes[1]
    doctor = _DOCTORS[int(rng.integers(len(_DOCTORS)))]
    note = (
        f"Patient {name}, DOB {dob}, {mrn}. Seen {visit} by {doctor}. "
        f"Colour fundus photography of the {eye_word}. Fundus: {finding}. "
        f"Assessment: {desc}. Phone 555-{int(rng.integers(100, 999))}-{int(rng.integers(1000, 9999))}."
    )
    return SyntheticRecord(
        image=image,
        patient=f"P{index // 2:05d}",
        eye=spec.eye,
        note=note,
        codes=code,
        modality="colour fundus photograph",
        label=spec.label,
    )


RECORD_FIELDS: tuple[str, ...] = ("image", "patient", "eye", "note", "codes", "modality", "label")


def iter_dataset(
    seed: int, count: int, start: int = 0, labels: Sequence[str] | None = None
) -> Iterator[tuple[FundusSpec, int]]:
    """Specs of images ``start .. start+count`` (labels cycle through ``labels`` or CLASSES)."""
    labels = tuple(labels or CLASSES)
    for index in range(start, start + count):
        yield make_spec(seed, index, labels[index % len(labels)]), index


def generate_dataset(
    out_dir: str | Path,
    count: int,
    *,
    seed: int = 0,
    size: int = 256,
    start: int = 0,
    image_subdir: str = "images",
    records_name: str = "records.csv",
    progress: bool = False,
) -> Path:
    """Write ``count`` PNG fundus images and their EMR records CSV; return the CSV's path.

    Image paths in the CSV are relative to ``out_dir``. ``start`` offsets the image indices so that
    a held-out split drawn with the same seed shares no image with the training split.
    """
    if count < 1:
        raise ValueError(f"count must be at least 1, got {count}")
    out = Path(out_dir)
    (out / image_subdir).mkdir(parents=True, exist_ok=True)
    records_path = out / records_name
    specs = iter_dataset(seed, count, start)
    if progress:
        from tqdm import tqdm

        specs = tqdm(
            specs, total=count, desc=f"drawing {out.name}", unit="img", leave=False, disable=None
        )  # None: off when not a terminal
    with open(records_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(RECORD_FIELDS)
        for spec, index in specs:
            rel = f"{image_subdir}/fundus_{index:06d}.png"
            render_fundus(spec, size).save(out / rel, compress_level=1)
            rec = make_record(spec, rel, index)
            writer.writerow([getattr(rec, f) for f in RECORD_FIELDS])
    return records_path
