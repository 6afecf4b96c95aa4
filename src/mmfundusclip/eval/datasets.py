"""Loaders for public fundus data sets as their publishers distribute them, and tiny replicas.

``load_dataset("aptos2019", ROOT)`` reads the files under ``ROOT`` exactly as they come out of the
publisher's archive and returns a :class:`~mmfundusclip.eval.zeroshot.LabelledSet` (one label per
image, keyed like the set's default prompt file) or a :class:`~mmfundusclip.eval.zeroshot.MultiLabelSet`
(one 0/1 column per condition). ``mmfundusclip eval zeroshot --dataset aptos2019 --data ROOT`` uses
it, with the layout's own prompt set unless ``--classes`` is given. No data can be downloaded here,
so every layout also has a writer of a small synthetic replica (:func:`make_replica`) that the tests
load end to end.

=========  ==========================================================================  ============
name       expected under ROOT (names compared case-insensitively; one or two wrapper  prompt set
           folders above them are accepted, as archives often add one)
=========  ==========================================================================  ============
messidor2  ``messidor_data.csv`` (image_id, adjudicated_dr_grade, adjudicated_dme,     dr_grading
           adjudicated_gradable) + ``IMAGES/``; optional ``messidor-2.csv`` pairs
idrid      ``B. Disease Grading/2. Groundtruths/{a,b}. IDRiD_Disease Grading_{Training,  dr_grading
           Testing} Labels.csv`` + ``1. Original Images/{a. Training,b. Testing} Set/``
aptos2019  ``train.csv`` (id_code, diagnosis) + ``train_images/<id_code>.png``          dr_grading
fives      ``{train,test}/Original/<n>_<A|D|G|N>.png``                                fives
refuge     train: ``Training400/{Glaucoma,Non-Glaucoma}/``; test: ``Test400/`` +      glaucoma
           ``Glaucoma_label_and_Fovea_location.{csv,xlsx}``; val: ``Validation400/``
odir5k     ``full_df.csv`` (or the annotation sheet) with N,D,G,C,A,H,M,O +            odir
           ``Training Images/`` (or ``preprocessed_images/``)
jsiec      39 class folders ``0.0.Normal`` ... ``29.1.Blur fundus with suspected PDR``  jsiec
rfmid      ``RFMiD_{Training,Validation,Testing}_Labels.csv`` (ID, Disease_Risk, DR,    rfmid
           ARMD, ...) + ``Training/``, ``Validation/``, ``Test/`` with ``<ID>.png``
=========  ==========================================================================  ============

Verified against public code that reads these sets (FLAIR's data preparation script, RIADD and
REFUGE loaders): the APTOS, IDRiD (including the trailing space of ``Risk of macular edema ``),
MESSIDOR-2 label file, FIVES file names, the 39 JSIEC folder names, both RFMiD layouts (IEEE
DataPort: ``1. Original Images/a. Training Set`` + ``2. Groundtruths/a. RFMiD_Training_Labels.csv``;
Kaggle/RIADD: ``Training_Set/Training_Set/Training`` + ``RFMiD_Training_Labels.csv``), REFUGE's
training folders and test label file (``ImgName``, ``Label(Glaucoma=1)``). **Not verified** here:
the column names of REFUGE's validation label file (any column named like ``Glaucoma Label`` is
accepted), the format of MESSIDOR-2's ``messidor-2.csv`` exam pairs (each line's image names are
read as one exam), whether ODIR-5K's ``full_df.csv`` N..O columns are per patient or per eye (the
official annotation sheet gives them per patient; they are used as given, see :func:`_load_odir5k`).

Images listed in a label file but missing on disk stay in the set and are reported by the evaluator
as unreadable (skipped.csv), never dropped silently; rows left out on purpose (MESSIDOR-2's
ungradable images) are listed in the set's ``excluded``.
"""

from __future__ import annotations

import csv
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..data.csvdata import DataError, read_table
from .zeroshot import LabelledSet, MultiLabelSet

__all__ = [
    "LAYOUTS",
    "DatasetLayout",
    "dataset_names",
    "get_layout",
    "load_dataset",
    "load_multilabel_csv",
    "make_replica",
]

_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp")
_SPLITS = {
    "train": "train",
    "training": "train",
    "val": "val",
    "valid": "val",
    "validation": "val",
    "eval": "val",
    "evaluation": "val",
    "test": "test",
    "testing": "test",
    "all": "all",
    "whole": "all",
}
_DR_GRADES = {str(g): str(g) for g in range(5)}  # ICDR 0-4 -> configs/classes/dr_grading.yaml keys


@dataclass(frozen=True)
class DatasetLayout:
    """How one public set is laid out, which prompt set labels it, and how to read and replicate it."""

    name: str
    title: str
    prompts: str  # shipped prompt set (configs/classes/<prompts>.yaml) whose keys the labels use
    kind: str  # "single", "graded" or "multilabel"
    splits: tuple[str, ...]  # splits with public labels
    default_split: str
    expects: str  # the files and folders looked for, for error messages
    load: Callable[[Path, str, Path | None], LabelledSet | MultiLabelSet]
    replica: Callable[[Path, int, int, int], None]


# ---------------------------------------------------------------------------------------------
# Finding files: case-insensitive, through wrapper folders, with errors that list what is there
# ---------------------------------------------------------------------------------------------


def _child(folder: Path, name: str) -> Path | None:
    exact = folder / name
    if exact.exists():
        return exact
    if not folder.is_dir():
        return None
    key = name.casefold()
    for c in sorted(folder.iterdir()):
        if c.name.casefold() == key:
            return c
    return None


def _resolve(base: Path, rel: str) -> Path | None:
    cur: Path | None = base
    for part in Path(rel).parts:
        cur = _child(cur, part) if cur is not None else None
    return cur


def _bases(root: Path, depth: int = 2) -> list[Path]:
    """``root``, then its sub-folders, then theirs (breadth first): archives add wrapper folders
    (Kaggle's RFMiD has ``Training_Set/Training_Set/``)."""
    out, level = [root], [root]
    for _ in range(depth):
        level = [d for b in level for d in sorted(b.iterdir()) if d.is_dir()]
        out += level
    return out


def _listing(folder: Path, limit: int = 15) -> str:
    if not folder.is_dir():
        return f"{folder} is not a folder"
    names = sorted(c.name + ("/" if c.is_dir() else "") for c in folder.iterdir())
    more = f", ... ({len(names) - limit} more)" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more if names else "nothing (empty folder)"


def _holds_images(folder: Path) -> bool:
    return any(f.is_file() and f.suffix.lower() in _IMAGE_SUFFIXES for f in folder.iterdir())


def _locate(
    root: Path, candidates: Sequence[str], what: str, title: str, *, folder: bool = False, images: bool = False
) -> Path:
    """The first candidate (in order of preference) under ``root`` or a wrapper folder below it.
    ``images``: the first candidate folder that holds image files (an archive's outer folder often
    has the name of the inner one, e.g. ``REFUGE-Validation400/REFUGE-Validation400/``); when none
    does, the first folder found, so that the missing images are reported against it."""
    bases = _bases(root)
    first: Path | None = None
    for rel in candidates:
        for base in bases:
            p = _resolve(base, rel)
            if p is not None and (p.is_dir() if folder or images else p.is_file()):
                if not images or _holds_images(p):
                    return p
                first = first or p
    if first is not None:
        return first
    raise DataError(
        f"{title}: {what} not found under {root}; expected {' or '.join(repr(c) for c in candidates)} "
        f"(names compared case-insensitively, up to two wrapper folders allowed); {root} holds: {_listing(root)}"
    )


class _Images:
    """Image files of one folder, looked up by file name or by stem with any image suffix
    (MESSIDOR-2's label file says ``.png`` for ``.tif`` files), case-insensitively."""

    def __init__(self, folder: Path, title: str, recursive: bool = False):
        if not folder.is_dir():
            raise DataError(f"{title}: image folder {folder} not found; its parent holds: {_listing(folder.parent)}")
        self.folder = folder
        self.by_name: dict[str, Path] = {}
        self.by_stem: dict[str, Path] = {}
        files = folder.rglob("*") if recursive else folder.iterdir()
        for f in sorted(files):
            if f.is_file() and f.suffix.lower() in _IMAGE_SUFFIXES:
                self.by_name.setdefault(f.name.casefold(), f)
                self.by_stem.setdefault(f.stem.casefold(), f)  # sorted: .JPG before .jpg before .png

    def find(self, name: str) -> Path:
        """The file for ``name``; a missing one comes back as ``folder/name`` so that the evaluator
        lists it as unreadable (skipped.csv) instead of it vanishing here."""
        key = name.strip().casefold()
        hit = self.by_name.get(key)
        if hit is None:
            stem = Path(key).stem if Path(key).suffix in _IMAGE_SUFFIXES else key
            hit = self.by_stem.get(stem)
        return hit or self.folder / name.strip()


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Columns (names stripped: IDRiD writes ``Risk of macular edema ``) and ``(line, row)`` pairs;
    rows with every cell empty (IDRiD's training file ends with some) hold nothing and are passed over."""
    rows = read_table(path)
    columns = [c.strip() for c in rows[0] if c is not None]
    out = []
    for i, r in enumerate(rows):
        row = {k.strip(): (v or "").strip() for k, v in r.items() if k is not None and isinstance(v, str)}
        if any(row.values()):
            out.append((i + 2, row))  # line 1 is the header
    return columns, out


def _read_sheet(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """A CSV, or an .xlsx through pandas + openpyxl (an optional dependency; the CSV export works without)."""
    if path.suffix.lower() != ".xlsx":
        return _read_csv(path)
    try:
        import openpyxl  # noqa: F401 - pandas' .xlsx engine
        import pandas as pd
    except ImportError as exc:
        raise DataError(
            f"{path}: reading .xlsx needs pandas and openpyxl (pip install openpyxl); or save the sheet as CSV "
            f"beside it ({path.with_suffix('.csv').name}), which is read first"
        ) from exc
    try:
        frame = pd.read_excel(path, dtype=str, engine="openpyxl")
    except (OSError, ValueError, KeyError) as exc:  # zipfile.BadZipFile is an OSError
        raise DataError(
            f"{path}: cannot read the sheet ({type(exc).__name__}: {exc}); save it as CSV beside it"
        ) from exc
    frame = frame.fillna("")
    columns = [str(c).strip() for c in frame.columns]
    rows = []
    for i, values in enumerate(frame.itertuples(index=False)):
        row = {c: str(v).strip() for c, v in zip(columns, values, strict=True)}
        if any(row.values()):
            rows.append((i + 2, row))
    return columns, rows


def _column(columns: Sequence[str], candidates: Sequence[str], source: Path | str) -> str:
    folded = {c.casefold(): c for c in columns}
    for cand in candidates:
        if cand.casefold() in folded:
            return folded[cand.casefold()]
    raise DataError(f"{source}: no column {' or '.join(repr(c) for c in candidates)}; the file has columns {columns}")


def _number(raw: str) -> str:
    """``"2"``, ``"2.0"`` (a spreadsheet export) and ``" 2 "`` all read as ``"2"``."""
    text = raw.strip()
    try:
        f = float(text)
    except ValueError:
        return text
    return str(int(f)) if f.is_integer() else text


def _bad_values(source: Path | str, column: str, bad: Sequence[tuple[int, str]], known: Iterable[str]) -> DataError:
    shown = ", ".join(f"line {line}: {value!r}" for line, value in bad[:10])
    more = f" and {len(bad) - 10} more" if len(bad) > 10 else ""
    return DataError(
        f"{source}: column {column!r} has {len(bad)} value(s) that are not labels of this set ({shown}{more}); "
        f"expected one of {sorted(known)}"
    )


def _map(rows: Sequence[tuple[int, dict[str, str]]], column: str, mapping: dict[str, str], source: Path) -> list[str]:
    out, bad = [], []
    for line, row in rows:
        value = _number(row.get(column, ""))
        if value in mapping:
            out.append(mapping[value])
        else:
            bad.append((line, row.get(column, "")))
    if bad:
        raise _bad_values(source, column, bad, mapping)
    return out


def _binary(rows: Sequence[tuple[int, dict[str, str]]], columns: Sequence[str], source: Path) -> np.ndarray:
    """A 0/1 matrix from one column per label; anything else is an error naming line and column."""
    t = np.zeros((len(rows), len(columns)), dtype=np.int8)
    for k, col in enumerate(columns):
        bad = []
        for i, (line, row) in enumerate(rows):
            v = _number(row.get(col, ""))
            if v in ("0", "1"):
                t[i, k] = int(v)
            else:
                bad.append((line, row.get(col, "")))
        if bad:
            raise _bad_values(source, col, bad, ("0", "1"))
    return t


def _check_found(paths: Sequence[Path], source: Path | str, folder: Path, title: str) -> None:
    """A set whose every image is missing is a wrong folder, not a set of unreadable images."""
    if paths and not any(p.is_file() for p in paths):
        raise DataError(
            f"{title}: none of the {len(paths)} images listed in {source} is in {folder} (e.g. {paths[0].name}); "
            f"it holds: {_listing(folder)}; point --image-dir at the image folder"
        )


# ---------------------------------------------------------------------------------------------
# Loaders
# ---------------------------------------------------------------------------------------------


def _load_aptos2019(root: Path, split: str, image_dir: Path | None) -> LabelledSet:
    """APTOS 2019 Blindness Detection (Kaggle): ``train.csv`` + ``train_images/<id_code>.png``. The
    competition's test labels were never published, so only ``train`` (3,662 images) is labelled."""
    title = "APTOS-2019"
    table = _locate(root, ["train.csv"], "label file", title)
    images = _Images(image_dir or _locate(table.parent, ["train_images"], "image folder", title, folder=True), title)
    columns, rows = _read_csv(table)
    id_col = _column(columns, ["id_code"], table)
    labels = _map(rows, _column(columns, ["diagnosis"], table), _DR_GRADES, table)
    ids = [r[id_col] for _, r in rows]
    paths = [images.find(i) for i in ids]
    _check_found(paths, table, images.folder, title)
    return LabelledSet(ids, paths, labels, None, str(table))


_IDRID = {
    "train": ("a. Training Set", "a. IDRiD_Disease Grading_Training Labels.csv"),
    "test": ("b. Testing Set", "b. IDRiD_Disease Grading_Testing Labels.csv"),
}


def _load_idrid(root: Path, split: str, image_dir: Path | None) -> LabelledSet:
    """IDRiD, part B (disease grading): 413 training and 103 test images, DR grade 0-4 (ICDR)."""
    title = "IDRiD"
    folder, name = _IDRID[split]
    table = _locate(
        root,
        [f"B. Disease Grading/2. Groundtruths/{name}", f"2. Groundtruths/{name}", name, name[3:]],
        f"{split} label file",
        title,
    )
    grading = table.parent.parent
    images = _Images(
        image_dir or _locate(grading, [f"1. Original Images/{folder}", folder], "image folder", title, folder=True),
        title,
    )
    columns, rows = _read_csv(table)
    id_col = _column(columns, ["Image name"], table)
    labels = _map(rows, _column(columns, ["Retinopathy grade"], table), _DR_GRADES, table)
    ids = [r[id_col] for _, r in rows]
    paths = [images.find(i) for i in ids]
    _check_found(paths, table, images.folder, title)
    return LabelledSet(ids, paths, labels, None, str(table))


def _messidor_exams(table: Path) -> dict[str, str]:
    """Image name (casefolded stem) -> exam id from ``messidor-2.csv``, when present. Format not
    verified here: every line is read as one exam and every cell that looks like an image file
    name (``;`` or ``,`` separated) as one of its images."""
    pairs = _child(table.parent, "messidor-2.csv")
    if pairs is None or not pairs.is_file():
        return {}
    exams: dict[str, str] = {}
    for n, line in enumerate(pairs.read_text(encoding="utf-8-sig", errors="replace").splitlines(), start=1):
        cells = [c.strip() for c in re.split(r"[;,\t]", line)]
        for c in cells:
            if Path(c).suffix.lower() in _IMAGE_SUFFIXES:
                exams[Path(c).stem.casefold()] = f"exam{n}"
    return exams


def _load_messidor2(root: Path, split: str, image_dir: Path | None) -> LabelledSet:
    """MESSIDOR-2 with the adjudicated grades of Krause et al. 2018 (``messidor_data.csv``, 1,748
    images, 874 exams): images graded ungradable (``adjudicated_gradable`` 0) have no DR grade and
    are listed in ``excluded``. With ``messidor-2.csv`` (exam pairs) beside it, the two eyes of one
    exam share a group, so bootstrap intervals resample exams."""
    title = "MESSIDOR-2"
    table = _locate(root, ["messidor_data.csv"], "label file", title)
    images = _Images(
        image_dir
        or _locate(
            table.parent,
            ["IMAGES", "preprocess", "messidor-2/IMAGES", "messidor-2/preprocess"],
            "image folder",
            title,
            folder=True,
        ),
        title,
    )
    columns, rows = _read_csv(table)
    id_col = _column(columns, ["image_id"], table)
    grade_col = _column(columns, ["adjudicated_dr_grade"], table)
    gradable = next((c for c in columns if c.casefold() == "adjudicated_gradable"), None)
    kept, excluded = [], []
    for line, row in rows:
        if gradable is not None and _number(row.get(gradable, "")) == "0":
            excluded.append({"id": row[id_col], "reason": f"adjudicated ungradable ({gradable}=0, line {line})"})
        else:
            kept.append((line, row))
    labels = _map(kept, grade_col, _DR_GRADES, table)
    ids = [r[id_col] for _, r in kept]
    paths = [images.find(i) for i in ids]
    _check_found(paths, table, images.folder, title)
    exams = _messidor_exams(table)
    # An image absent from the pairs file is its own exam, so no image is lost from the bootstrap.
    groups = [exams.get(Path(i).stem.casefold(), i) for i in ids] if exams else None
    return LabelledSet(ids, paths, labels, groups, str(table), excluded)


_FIVES_NAME = re.compile(r"^\d+_([adgn])$", re.IGNORECASE)


def _load_fives(root: Path, split: str, image_dir: Path | None) -> LabelledSet:
    """FIVES (Jin et al. 2022, figshare): 800 images, 600 train / 200 test, 200 per class; the
    class is the letter of the file name ``<n>_<A|D|G|N>.png`` (AMD, DR, glaucoma, normal)."""
    title = "FIVES"
    parts = ["train", "test"] if split == "all" else [split]
    ids, paths, labels = [], [], []
    for part in parts:
        folder = image_dir or _locate(root, [f"{part}/Original"], f"{part} image folder", title, folder=True)
        files = sorted(
            (f for f in folder.iterdir() if f.is_file() and f.suffix.lower() in _IMAGE_SUFFIXES),
            key=lambda f: (len(f.stem), f.stem),
        )
        bad = [f.name for f in files if not _FIVES_NAME.match(f.stem)]
        if bad:
            raise DataError(
                f"{title}: {len(bad)} file(s) in {folder} are not named <number>_<A|D|G|N> (e.g. {bad[:5]}); "
                "the letter is the class (A AMD, D DR, G glaucoma, N normal)"
            )
        for f in files:
            ids.append(f.relative_to(root).as_posix() if f.is_relative_to(root) else str(f))
            paths.append(f)
            labels.append(_FIVES_NAME.match(f.stem).group(1).upper())  # type: ignore[union-attr]
    if not ids:
        raise DataError(f"{title}: no images in {', '.join(parts)}/Original under {root}")
    return LabelledSet(ids, paths, labels, None, f"{root} [{split}]")


_REFUGE_FOLDERS = {"glaucoma": "1", "non-glaucoma": "0"}
_REFUGE_SPLITS = {
    # split: (image folders, label files): the file names of the challenge's archives.
    "val": (
        ["REFUGE-Validation400", "Validation400", "REFUGE-Validation400/REFUGE-Validation400"],
        ["Fovea_locations.csv", "Fovea_locations.xlsx", "REFUGE-Validation400-GT/Fovea_locations.csv"],
    ),
    "test": (
        ["Test400", "REFUGE-Test400/Test400", "REFUGE-Test400"],
        [
            "REFUGE-Test-GT/Glaucoma_label_and_Fovea_location.csv",
            "REFUGE-Test-GT/Glaucoma_label_and_Fovea_location.xlsx",
            "Glaucoma_label_and_Fovea_location.csv",
            "Glaucoma_label_and_Fovea_location.xlsx",
        ],
    ),
}


def _load_refuge(root: Path, split: str, image_dir: Path | None) -> LabelledSet:
    """REFUGE (2018 challenge): 400 training images in ``Glaucoma``/``Non-Glaucoma`` folders (40/360),
    400 validation and 400 test images with a label sheet (``ImgName``, ``Label(Glaucoma=1)``).
    Labels are the keys of configs/classes/glaucoma.yaml: ``1`` glaucoma, ``0`` not."""
    title = "REFUGE"
    if split == "train":
        top = image_dir or _locate(
            root, ["Training400", "REFUGE-Training400/Training400"], "training folder", title, folder=True
        )
        subs = sorted(d for d in top.iterdir() if d.is_dir())
        unknown = [d.name for d in subs if d.name.casefold() not in _REFUGE_FOLDERS]
        if unknown or not subs:
            raise DataError(
                f"{title}: {top} should hold the folders Glaucoma and Non-Glaucoma; found {[d.name for d in subs]}"
            )
        ids, paths, labels = [], [], []
        for d in subs:
            for f in sorted(d.iterdir()):
                if f.is_file() and f.suffix.lower() in _IMAGE_SUFFIXES:
                    ids.append(f.relative_to(top).as_posix())
                    paths.append(f)
                    labels.append(_REFUGE_FOLDERS[d.name.casefold()])
        return LabelledSet(ids, paths, labels, None, f"{top} [train]")
    folders, sheets = _REFUGE_SPLITS[split]
    table = _locate(root, sheets, f"{split} label sheet", title)
    if table.suffix.lower() == ".xlsx" and table.with_suffix(".csv").is_file():
        table = table.with_suffix(".csv")
    images = _Images(image_dir or _locate(root, folders, f"{split} image folder", title, images=True), title)
    columns, rows = _read_sheet(table)
    id_col = _column(columns, ["ImgName", "Image name", "image", "filename"], table)
    label_col = _column(columns, ["Label(Glaucoma=1)", "Glaucoma Label", "Glaucoma_Label", "Label", "Glaucoma"], table)
    labels = _map(rows, label_col, {"1": "1", "0": "0"}, table)
    ids = [r[id_col] for _, r in rows]
    paths = [images.find(i) for i in ids]
    _check_found(paths, table, images.folder, title)
    return LabelledSet(ids, paths, labels, None, str(table))


ODIR_LABELS = ("N", "D", "G", "C", "A", "H", "M", "O")


def _load_odir5k(root: Path, split: str, image_dir: Path | None) -> MultiLabelSet:
    """ODIR-5K (Peking University, 2019): 3,500 patients' left and right fundus, 7,000 images, with
    the eight patient-level labels N, D, G, C, A, H, M, O (normal, diabetes, glaucoma, cataract, AMD,
    hypertension, myopia, other). Reads Kaggle's ``full_df.csv`` (one row per image, ``filename``
    column) or the annotation sheet / its CSV export (one row per patient, ``Left-Fundus`` and
    ``Right-Fundus``). The labels describe the *patient*: an eye is labelled with its fellow eye's
    disease too (the per-eye diagnostic keywords are not parsed here). Groups are patient ``ID``s,
    so bootstrap intervals resample patients."""
    title = "ODIR-5K"
    table = _locate(
        root,
        [
            "full_df.csv",
            "ODIR-5K_Training_Annotations(Updated)_V2.csv",
            "data.csv",
            "ODIR-5K_Training_Annotations(Updated)_V2.xlsx",
            "data.xlsx",
        ],
        "label file",
        title,
    )
    folder = image_dir or _locate(
        table.parent,
        ["Training Images", "ODIR-5K_Training_Dataset", "ODIR-5K_Training_Images", "preprocessed_images"],
        "image folder",
        title,
        folder=True,
    )
    images = _Images(folder, title)
    columns, rows = _read_sheet(table)
    label_cols = [_column(columns, [k], table) for k in ODIR_LABELS]
    id_col = _column(columns, ["ID"], table)
    targets = _binary(rows, label_cols, table)
    ids, groups, index = [], [], []
    per_image = any(c.casefold() == "filename" for c in columns)
    eyes = ["filename"] if per_image else ["Left-Fundus", "Right-Fundus"]
    eye_cols = [_column(columns, [e], table) for e in eyes]
    for i, (_, row) in enumerate(rows):
        for col in eye_cols:
            ids.append(row[col])
            groups.append(row[id_col])
            index.append(i)
    paths = [images.find(i) for i in ids]
    _check_found(paths, table, images.folder, title)
    return MultiLabelSet(ids, paths, targets[index], list(ODIR_LABELS), groups, str(table))


#: JSIEC 1000 fundus images x 39 categories (Cen et al. 2021), folder names as published on Kaggle
#: (``linchundan/fundusimage1000``), checked against FLAIR's and other public loaders' lists.
JSIEC_FOLDERS: tuple[str, ...] = (
    "0.0.Normal",
    "0.1.Tessellated fundus",
    "0.2.Large optic cup",
    "0.3.DR1",
    "1.0.DR2",
    "1.1.DR3",
    "2.0.BRVO",
    "2.1.CRVO",
    "3.RAO",
    "4.Rhegmatogenous RD",
    "5.0.CSCR",
    "5.1.VKH disease",
    "6.Maculopathy",
    "7.ERM",
    "8.MH",
    "9.Pathological myopia",
    "10.0.Possible glaucoma",
    "10.1.Optic atrophy",
    "11.Severe hypertensive retinopathy",
    "12.Disc swelling and elevation",
    "13.Dragged Disc",
    "14.Congenital disc abnormality",
    "15.0.Retinitis pigmentosa",
    "15.1.Bietti crystalline dystrophy",
    "16.Peripheral retinal degeneration and break",
    "17.Myelinated nerve fiber",
    "18.Vitreous particles",
    "19.Fundus neoplasm",
    "20.Massive hard exudates",
    "21.Yellow-white spots-flecks",
    "22.Cotton-wool spots",
    "23.Vessel tortuosity",
    "24.Chorioretinal atrophy-coloboma",
    "25.Preretinal hemorrhage",
    "26.Fibrosis",
    "27.Laser Spots",
    "28.Silicon oil in eye",
    "29.0.Blur fundus without PDR",
    "29.1.Blur fundus with suspected PDR",
)


def _jsiec_key(folder: str) -> str:
    """Folder name without its number, letters and digits only: ``'10.0.Possible glaucoma'`` ->
    ``'possibleglaucoma'``, so renumbered or re-spaced copies still match (DR1/DR2/DR3 keep their digit)."""
    return re.sub(r"[^0-9a-z]", "", re.sub(r"^\d+(\.\d+)?\.", "", folder.strip()).casefold())


_JSIEC_BY_KEY = {_jsiec_key(f): f for f in JSIEC_FOLDERS}


def _load_jsiec(root: Path, split: str, image_dir: Path | None) -> LabelledSet:
    """JSIEC 1000 images x 39 classes: one folder per class; labels are the published folder names
    (the keys of configs/classes/jsiec.yaml)."""
    title = "JSIEC"
    base = image_dir
    if base is None:
        for b in _bases(root):
            subs = [d for d in b.iterdir() if d.is_dir()]
            if subs and sum(_jsiec_key(d.name) in _JSIEC_BY_KEY for d in subs) >= max(1, len(subs) // 2):
                base = b
                break
    if base is None:
        raise DataError(
            f"{title}: no folder under {root} holds the class folders ('0.0.Normal', '0.3.DR1', ...); "
            f"{root} holds: {_listing(root)}"
        )
    subs = sorted(d for d in base.iterdir() if d.is_dir())
    unknown = [d.name for d in subs if _jsiec_key(d.name) not in _JSIEC_BY_KEY]
    if unknown:
        raise DataError(
            f"{title}: {base} has folder(s) that are not JSIEC classes: {unknown}; known: {list(JSIEC_FOLDERS)}"
        )
    ids, paths, labels = [], [], []
    for d in subs:
        for f in sorted(d.rglob("*")):
            if f.is_file() and f.suffix.lower() in _IMAGE_SUFFIXES:
                ids.append(f.relative_to(base).as_posix())
                paths.append(f)
                labels.append(_JSIEC_BY_KEY[_jsiec_key(d.name)])
    if not ids:
        raise DataError(f"{title}: the class folders under {base} hold no images")
    return LabelledSet(ids, paths, labels, None, f"{base} [all]")


#: RFMiD's 45 condition columns after ``ID`` and ``Disease_Risk``, in the published order.
RFMID_CONDITIONS: tuple[str, ...] = (
    "DR", "ARMD", "MH", "DN", "MYA", "BRVO", "TSLN", "ERM", "LS", "MS", "CSR", "ODC", "CRVO", "TV", "AH",
    "ODP", "ODE", "ST", "AION", "PT", "RT", "RS", "CRS", "EDN", "RPEC", "MHL", "RP", "CWS", "CB", "ODPM",
    "PRH", "MNF", "HR", "CRAO", "TD", "CME", "PTCR", "CF", "VH", "MCA", "VS", "BRAO", "PLQ", "HPED", "CL",
)  # fmt: skip
_RFMID = {
    "train": ("RFMiD_Training_Labels.csv", ("training", "a. training set")),
    "val": ("RFMiD_Validation_Labels.csv", ("validation", "b. validation set", "evaluation")),
    "test": ("RFMiD_Testing_Labels.csv", ("test", "testing", "c. testing set")),
}


def _load_rfmid(root: Path, split: str, image_dir: Path | None) -> MultiLabelSet:
    """RFMiD (RIADD 2021): 1,920 / 640 / 640 images, ``ID`` then ``Disease_Risk`` and 45 condition
    columns (0/1), images ``<ID>.png``. Accepts the IEEE DataPort layout (``1. Original Images/a.
    Training Set`` + ``2. Groundtruths/a. RFMiD_Training_Labels.csv``) and Kaggle's
    (``Training_Set/Training_Set/{Training,RFMiD_Training_Labels.csv}``). Every label column of the
    file is used, ``Disease_Risk`` included (any abnormality)."""
    title = "RFMiD"
    name, folder_names = _RFMID[split]
    tables = sorted(
        (p for p in root.rglob("*.csv") if p.name.casefold().endswith(name.casefold())),
        key=lambda p: (len(p.parts), str(p)),
    )
    if not tables:
        raise DataError(
            f"{title}: {split} label file '*{name}' not found anywhere under {root}; {root} holds: {_listing(root)}"
        )
    table = tables[0]
    if image_dir is None:
        folders = sorted(
            (
                d
                for d in root.rglob("*")
                if d.is_dir()
                and d.name.casefold() in folder_names
                and any(f.suffix.lower() in _IMAGE_SUFFIXES for f in d.iterdir())
            ),
            key=lambda d: (len(d.parts), str(d)),
        )
        if not folders:
            raise DataError(
                f"{title}: no {split} image folder (named {' or '.join(repr(f) for f in folder_names)}, holding images) under {root}"
            )
        image_dir = folders[0]
    images = _Images(image_dir, title)
    columns, rows = _read_csv(table)
    id_col = _column(columns, ["ID"], table)
    label_cols = [c for c in columns if c != id_col]
    missing = [c for c in ("Disease_Risk", *RFMID_CONDITIONS) if c not in label_cols]
    if missing:
        raise DataError(f"{table}: missing RFMiD label column(s) {missing}; the file has columns {columns}")
    targets = _binary(rows, label_cols, table)
    ids = [r[id_col] for _, r in rows]
    paths = [images.find(i) for i in ids]
    _check_found(paths, table, images.folder, title)
    return MultiLabelSet(ids, paths, targets, label_cols, None, str(table))


# ---------------------------------------------------------------------------------------------
# Synthetic replicas (the tests' stand-in for the real archives)
# ---------------------------------------------------------------------------------------------


def _draw(path: Path, seed: int, index: int, hint: str, size: int) -> None:
    """A synthetic fundus at ``path`` (format from the suffix); ``hint`` picks the drawn finding
    when the synthetic generator has one for it (AMD, DR, RD, RVO), else a healthy fundus."""
    from ..data.synthetic import CLASSES, make_spec, render_fundus

    label = hint if hint in CLASSES else "Healthy"
    path.parent.mkdir(parents=True, exist_ok=True)
    render_fundus(make_spec(seed, index, label), size).save(path)


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def _dr_hint(grade: int) -> str:
    return "DR" if grade else "Healthy"


def _replica_aptos2019(root: Path, n: int, seed: int, size: int) -> None:
    rows = []
    for i in range(n):
        code = f"{(seed * 7919 + i) * 2654435761 % 16**12:012x}"  # 12 hex digits, like APTOS's id_code
        rows.append((code, i % 5))
        _draw(root / "train_images" / f"{code}.png", seed, i, _dr_hint(i % 5), size)
    _write_csv(root / "train.csv", ["id_code", "diagnosis"], rows)
    _write_csv(root / "test.csv", ["id_code"], [])  # unlabelled in the real set too


def _replica_idrid(root: Path, n: int, seed: int, size: int) -> None:
    base = root / "B. Disease Grading"
    for k, (folder, name) in enumerate(_IDRID.values()):
        rows = []
        for i in range(n):
            grade = i % 5
            rows.append((f"IDRiD_{i + 1:03d}", grade, min(grade, 2)))
            _draw(base / "1. Original Images" / folder / f"IDRiD_{i + 1:03d}.jpg", seed + k, i, _dr_hint(grade), size)
        # The published header has a trailing space after "Risk of macular edema".
        _write_csv(base / "2. Groundtruths" / name, ["Image name", "Retinopathy grade", "Risk of macular edema "], rows)


def _replica_messidor2(root: Path, n: int, seed: int, size: int) -> None:
    rows, pairs = [], []
    for i in range(n):
        grade = i % 5
        if i % 2 == 0:  # the Messidor part: .tif on disk, .png in the label file (as published)
            stem, on_disk = f"2005102{i // 2}_43808_0100_PP", ".tif"
            listed = stem + ".png"
        else:  # the Brest part: IM000001.JPG on disk, .jpg in the label file
            stem, on_disk = f"IM{i:06d}", ".JPG"
            listed = stem + ".jpg"
        gradable = 0 if i == n - 1 else 1  # the last one is ungradable: no grade, excluded on load
        rows.append((listed, "" if not gradable else grade, "" if not gradable else int(grade >= 2), gradable))
        _draw(root / "IMAGES" / (stem + on_disk), seed, i, _dr_hint(grade), size)
        if i % 2:
            pairs.append(f"{rows[-2][0]};{listed}")
    _write_csv(root / "messidor_data.csv", ["image_id", "adjudicated_dr_grade", "adjudicated_dme", "adjudicated_gradable"], rows)  # fmt: skip
    (root / "messidor-2.csv").write_text("left;right\n" + "\n".join(pairs) + "\n", encoding="utf-8")


def _replica_fives(root: Path, n: int, seed: int, size: int) -> None:
    hints = {"A": "AMD", "D": "DR", "G": "Healthy", "N": "Healthy"}
    for k, split in enumerate(("train", "test")):
        for i in range(n):
            letter = "ADGN"[i % 4]
            _draw(root / split / "Original" / f"{i + 1}_{letter}.png", seed + k, i, hints[letter], size)
        (root / split / "Ground truth").mkdir(parents=True, exist_ok=True)  # vessel masks live here


def _replica_refuge(root: Path, n: int, seed: int, size: int) -> None:
    for i in range(n):
        glaucoma = i % 4 == 0  # about 10 % in the real training set; more here so each class shows up
        folder = "Glaucoma" if glaucoma else "Non-Glaucoma"
        _draw(root / "Training400" / folder / f"{'g' if glaucoma else 'n'}{i + 1:04d}.jpg", seed, i, "Healthy", size)
    test = [(i + 1, f"T{i + 1:04d}.jpg", 1000.0, 1000.0, int(i % 4 == 0)) for i in range(n)]
    for _, name, *_rest in test:
        _draw(root / "REFUGE-Test400" / "Test400" / name, seed + 1, int(name[1:5]), "Healthy", size)
    _write_csv(root / "REFUGE-Test-GT" / "Glaucoma_label_and_Fovea_location.csv", ["ID", "ImgName", "Fovea_X", "Fovea_Y", "Label(Glaucoma=1)"], test)  # fmt: skip
    val = [(f"V{i + 1:04d}.jpg", 1000.0, 1000.0, int(i % 4 == 1)) for i in range(n)]
    for name, *_rest in val:
        _draw(root / "REFUGE-Validation400" / name, seed + 2, int(name[1:5]), "Healthy", size)
    _write_csv(root / "REFUGE-Validation400-GT" / "Fovea_locations.csv", ["ImgName", "Fovea_X", "Fovea_Y", "Glaucoma Label"], val)  # fmt: skip


def _replica_odir5k(root: Path, n: int, seed: int, size: int) -> None:
    hints = {"D": "DR", "A": "AMD"}
    header = ["ID", "Patient Age", "Patient Sex", "Left-Fundus", "Right-Fundus", "Left-Diagnostic Keywords", "Right-Diagnostic Keywords", *ODIR_LABELS, "filepath", "labels", "target", "filename"]  # fmt: skip
    rows = []
    folder = root / "ODIR-5K" / "ODIR-5K" / "Training Images"
    for p in range(max(1, n // 2)):
        flags = [0] * len(ODIR_LABELS)
        if p % 3 == 0:
            flags[0] = 1  # normal
        else:
            flags[1 + p % 7] = 1
            if p % 5 == 0:
                flags[1 + (p + 3) % 7] = 1  # a second condition
        positive = [k for k, f in zip(ODIR_LABELS, flags, strict=True) if f]
        for eye in ("left", "right"):
            name = f"{p}_{eye}.jpg"
            _draw(folder / name, seed, 2 * p + (eye == "right"), hints.get(positive[0], "Healthy"), size)
            rows.append([p, 60, "Female", f"{p}_left.jpg", f"{p}_right.jpg", "normal fundus", "normal fundus", *flags, f"../input/{name}", str(positive), str(flags), name])  # fmt: skip
    _write_csv(root / "full_df.csv", header, rows)


def _replica_jsiec(root: Path, n: int, seed: int, size: int) -> None:
    for i in range(n):
        folder = JSIEC_FOLDERS[i % len(JSIEC_FOLDERS)]
        key = _jsiec_key(folder)
        hint = "DR" if key.startswith("dr") else "RVO" if key.endswith("rvo") else "RD" if "rd" in key else "Healthy"
        _draw(root / "1000images" / folder / f"{i:03d}.jpg", seed, i, hint, size)


def _replica_rfmid(root: Path, n: int, seed: int, size: int) -> None:
    layout = {
        "train": ("Training_Set/Training_Set", "Training"),
        "val": ("Evaluation_Set/Evaluation_Set", "Validation"),
        "test": ("Test_Set/Test_Set", "Test"),
    }
    hints = {"DR": "DR", "ARMD": "AMD", "BRVO": "RVO", "CRVO": "RVO"}
    for k, (split, (base, folder)) in enumerate(layout.items()):
        rows = []
        for i in range(n):
            flags = [0] * len(RFMID_CONDITIONS)
            if i % 3:  # every third image normal; the others one or two conditions, DR and ARMD most often
                flags[(i * 7) % 4] = 1
                if i % 2:
                    flags[(i * 5 + 11) % len(RFMID_CONDITIONS)] = 1
            first = next((c for c, f in zip(RFMID_CONDITIONS, flags, strict=True) if f), "")
            rows.append([i + 1, int(any(flags)), *flags])
            _draw(root / base / folder / f"{i + 1}.png", seed + k, i, hints.get(first, "Healthy"), size)
        _write_csv(root / base / _RFMID[split][0], ["ID", "Disease_Risk", *RFMID_CONDITIONS], rows)


# ---------------------------------------------------------------------------------------------
# Registry and entry points
# ---------------------------------------------------------------------------------------------

LAYOUTS: dict[str, DatasetLayout] = {
    layout.name: layout
    for layout in (
        DatasetLayout("messidor2", "MESSIDOR-2", "dr_grading", "graded", ("all",), "all",
                      "messidor_data.csv + IMAGES/", _load_messidor2, _replica_messidor2),
        DatasetLayout("idrid", "IDRiD (disease grading)", "dr_grading", "graded", ("train", "test"), "test",
                      "B. Disease Grading/2. Groundtruths/*Labels.csv + 1. Original Images/", _load_idrid, _replica_idrid),
        DatasetLayout("aptos2019", "APTOS-2019", "dr_grading", "graded", ("train",), "train",
                      "train.csv + train_images/", _load_aptos2019, _replica_aptos2019),
        DatasetLayout("fives", "FIVES", "fives", "single", ("train", "test", "all"), "test",
                      "train/Original/ and test/Original/ with <n>_<A|D|G|N>.png", _load_fives, _replica_fives),
        DatasetLayout("refuge", "REFUGE", "glaucoma", "single", ("train", "val", "test"), "test",
                      "Training400/{Glaucoma,Non-Glaucoma}/, Test400/ + Glaucoma_label_and_Fovea_location.{csv,xlsx}",
                      _load_refuge, _replica_refuge),
        DatasetLayout("odir5k", "ODIR-5K", "odir", "multilabel", ("train",), "train",
                      "full_df.csv (or the annotation sheet) + Training Images/", _load_odir5k, _replica_odir5k),
        DatasetLayout("jsiec", "JSIEC 1000x39", "jsiec", "single", ("all",), "all",
                      "39 class folders 0.0.Normal ... 29.1.Blur fundus with suspected PDR", _load_jsiec, _replica_jsiec),
        DatasetLayout("rfmid", "RFMiD", "rfmid", "multilabel", ("train", "val", "test"), "test",
                      "RFMiD_*_Labels.csv + Training/, Validation/, Test/ with <ID>.png", _load_rfmid, _replica_rfmid),
    )
}  # fmt: skip

_ALIASES = {
    "messidor-2": "messidor2",
    "aptos": "aptos2019",
    "odir": "odir5k",
    "odir-5k": "odir5k",
    "jsiec1000": "jsiec",
}


def dataset_names() -> list[str]:
    """The registered layout names."""
    return list(LAYOUTS)


def get_layout(name: str) -> DatasetLayout:
    """A layout by name (case-insensitive; a few spellings such as ``messidor-2`` accepted)."""
    key = name.strip().casefold()
    key = _ALIASES.get(key, key)
    if key not in LAYOUTS:
        raise DataError(f"unknown data set {name!r}; known: {', '.join(LAYOUTS)}")
    return LAYOUTS[key]


def load_dataset(
    name: str, root: str | Path, split: str | None = None, *, image_dir: str | Path | None = None
) -> LabelledSet | MultiLabelSet:
    """Read data set ``name`` from ``root`` (the folder its archive unpacks to) as published.

    ``split``: ``train``/``val``/``test``/``all`` where the set has labels for it (default: the
    layout's ``default_split``: test where public test labels exist, else the whole labelled set).
    ``image_dir`` overrides where the images are looked up (e.g. ODIR's ``preprocessed_images``).
    Labels are the keys of the layout's prompt set (``LAYOUTS[name].prompts``).
    """
    layout = get_layout(name)
    r = Path(root)
    if not r.is_dir():
        raise DataError(
            f"{layout.title}: data root {r} is not a folder; give the folder the archive unpacks to, holding {layout.expects}"
        )
    chosen = layout.default_split if split is None else _SPLITS.get(split.strip().casefold())
    if chosen not in layout.splits:
        raise DataError(
            f"{layout.title}: no labelled split {split!r}; it has {', '.join(layout.splits)} (default {layout.default_split})"
        )
    data = layout.load(r, chosen, Path(image_dir) if image_dir else None)
    if not data.ids:
        raise DataError(f"{layout.title}: {data.source} lists no images")
    return data


def _patient_groups(ids: Sequence[str], cells: Sequence[str], column: str, source: Path) -> list[str]:
    """Patient ids for the bootstrap; an image with an empty patient cell is its own patient (its id),
    not one patient with every other unlabelled image. Warns once with the count."""
    blank = sum(not c.strip() for c in cells)
    if blank:
        warnings.warn(
            f"{source}: {blank} of {len(cells)} image(s) have an empty {column!r} cell; "
            "each counts as a patient of its own in the bootstrap",
            stacklevel=3,
        )
    return [c.strip() or i for i, c in zip(ids, cells, strict=True)]


def load_multilabel_csv(
    path: str | Path,
    label_keys: Sequence[str],
    *,
    img_key: str | None = None,
    image_dir: str | Path | None = None,
    patient_key: str | None = "patient",
) -> MultiLabelSet:
    """A multi-label CSV of one's own: an image column (default ``image``) and one 0/1 column per
    label in ``label_keys`` (as RFMiD writes them); a ``patient`` column, when present, groups images."""
    table = Path(path)
    columns, rows = _read_csv(table)
    img = _column(columns, [img_key or "image"], table)
    labels = [_column(columns, [k.strip()], table) for k in label_keys]
    root = Path(image_dir) if image_dir else table.parent
    ids = [r[img] for _, r in rows]
    paths = [Path(i) if Path(i).is_absolute() else root / i for i in ids]
    groups = None
    if patient_key and patient_key in columns:
        groups = _patient_groups(ids, [r.get(patient_key, "") for _, r in rows], patient_key, table)
    return MultiLabelSet(ids, paths, _binary(rows, labels, table), labels, groups, str(table))


def make_replica(name: str, root: str | Path, n: int = 8, *, seed: int = 0, size: int = 32) -> Path:
    """Write a small synthetic copy of data set ``name``'s published layout under ``root``: ``n``
    images per split (labels cycle through the classes), procedural fundus images of ``size`` px.
    For testing loaders and pipelines without the real data; returns ``root``."""
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    layout = get_layout(name)
    r = Path(root)
    r.mkdir(parents=True, exist_ok=True)
    layout.replica(r, n, seed, size)
    return r
