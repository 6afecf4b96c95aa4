"""EMR records in, one work item per image out: reading CSV/JSONL, column names, eye values, join rules.

Two join rules, chosen explicitly (``--join``), because a record and an image are not one-to-one
in real exports (one visit note covers both eyes, one patient has several visits):

``row`` (default)
    Each record names its own image(s) in the image column; several images of one record are
    separated by ``;`` or ``|`` and all get that record's note, codes and eye.
``visit``
    Records and images are separate tables. The images table (``--images``) has an image
    column, the same key column as the records (``patient``, which may hold a visit id) and an
    eye column. An image takes the record with the same key whose eye is the image's eye, or
    ``both``, or not given. An image with no such record gets the fallback caption and the flag
    ``no_record``; an image that two records match is an error naming both rows (merging two
    notes silently would attach one eye's findings to the other).

Every error names the file and row (1-based data rows, the header is row 0) and what to do.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..data.csvdata import DataError, read_table

__all__ = ["EYES", "RecordItem", "build_items", "normalise_eye", "read_records"]

#: Accepted spellings of the eye (upper-cased, spaces collapsed) -> canonical "right"/"left"/"both".
EYES: dict[str, str] = {
    **dict.fromkeys(["OD", "RE", "R", "RIGHT", "RIGHT EYE", "DEXTER", "OCULUS DEXTER"], "right"),
    **dict.fromkeys(["OS", "LE", "L", "LEFT", "LEFT EYE", "SINISTER", "OCULUS SINISTER"], "left"),
    **dict.fromkeys(["OU", "B", "BE", "BOTH", "BOTH EYES", "BILATERAL", "OCULUS UTERQUE"], "both"),
}
#: Canonical eye -> the code the template writer reads.
EYE_CODES = {"right": "OD", "left": "OS", "both": "OU", "": ""}


def normalise_eye(value: str | None, where: str) -> str:
    """``'right'``, ``'left'``, ``'both'`` or ``''`` (not given); anything else is an error naming ``where``."""
    text = " ".join((value or "").replace("_", " ").split()).upper()
    if not text or text in ("NA", "N/A", "UNKNOWN", "-"):
        return ""
    if text not in EYES:
        raise DataError(
            f"{where}: unknown eye value {value!r}; use OD/OS/OU, R/L/B, right/left/both (or leave it empty)"
        )
    return EYES[text]


def _jsonl_rows(path: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}: line {n} is not valid JSON ({exc.msg}); one JSON object per line") from exc
            if not isinstance(obj, dict):
                raise DataError(f"{path}: line {n} is a JSON {type(obj).__name__}, expected an object")
            rows.append(
                {
                    str(k): ";".join(map(str, v)) if isinstance(v, list) else ("" if v is None else str(v))
                    for k, v in obj.items()
                }
            )
    if not rows:
        raise DataError(f"{path}: no records")
    return rows


def read_records(path: str | Path, separator: str | None = None) -> list[dict[str, str]]:
    """Rows of a records file: ``.jsonl``/``.ndjson`` (one object per line) or CSV (separator detected
    unless given). Lists in JSON become ``;``-joined strings, nulls empty strings."""
    p = Path(path)
    if not p.is_file():
        raise DataError(f"records file not found: {p}")
    if p.suffix.lower() in (".jsonl", ".ndjson"):
        try:
            return _jsonl_rows(p)
        except UnicodeDecodeError as exc:
            raise DataError(f"{p}: not UTF-8 text ({exc.reason}); re-save the file as UTF-8") from exc
    if separator is None:
        from ..data.validate import detect_separator

        separator = detect_separator(p)
    return read_table(p, separator)


def _check_columns(rows: list[dict[str, str]], path: str | Path, wanted: Mapping[str, str | None]) -> None:
    have = set().union(*(r.keys() for r in rows[:50]))
    missing = {role: col for role, col in wanted.items() if col and col not in have}
    if missing:
        named = ", ".join(f"{role} -> {col!r}" for role, col in missing.items())
        raise DataError(
            f"{path}: column(s) not found: {named}; the file has columns {sorted(have)}; "
            "rename them with --<role>-key (e.g. --note-key 'Clinical note')"
        )


@dataclass
class RecordItem:
    """One image to caption, with the record fields that describe it."""

    image: str
    eye: str  # right / left / both / ''
    note: str
    codes: str
    modality: str
    record: int | None  # data row of the record (1-based), None when no record matched
    names: tuple[str, ...] = ()  # known names from a name column: passed to the de-identifier, never copied
    keep: dict[str, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


def _split_images(cell: str) -> list[str]:
    return [p.strip() for p in cell.replace("|", ";").split(";") if p.strip()]


def build_items(
    records: list[dict[str, str]],
    columns: Mapping[str, str | None],
    *,
    records_path: str | Path = "records",
    join: str = "row",
    images: list[dict[str, str]] | None = None,
    images_path: str | Path = "images",
    keep: Iterable[str] = (),
) -> list[RecordItem]:
    """Work items in input order. ``columns`` maps the roles image, patient, eye, note, codes,
    modality (and optionally name) to column names; roles mapped to None are not read. The note
    and codes columns may be absent from the file only if both are (then every caption is the
    fallback); a column named explicitly must exist."""
    keep = [k for k in keep if k]
    role_cols = {r: c for r, c in columns.items() if c}
    if join == "row":
        _check_columns(records, records_path, {"image": role_cols.get("image")})
    elif join == "visit":
        if images is None:
            raise DataError("--join visit needs --images FILE (image, key and eye per image)")
        _check_columns(records, records_path, {"patient": role_cols.get("patient")})
        _check_columns(
            images,
            images_path,
            {"image": role_cols.get("image"), "patient": role_cols.get("patient"), "eye": role_cols.get("eye")},
        )
    else:
        raise DataError(f"unknown join rule {join!r}; use 'row' or 'visit'")
    optional = {r: role_cols.get(r) for r in ("eye", "note", "codes", "modality", "name")}
    have = set().union(*(r.keys() for r in records[:50]))
    # A renamed optional column that does not exist is a typo: say so. Default names may be absent.
    explicit_missing = {
        r: c for r, c in optional.items() if c and c not in have and c != r and not (r == "eye" and join == "visit")
    }
    if explicit_missing:
        _check_columns(records, records_path, explicit_missing)

    def fields(row: dict[str, str], n: int, where_file: str | Path) -> dict[str, str]:
        get = lambda role: (row.get(optional[role] or "", "") or "").strip()  # noqa: E731
        return {
            "eye": normalise_eye(get("eye"), f"{where_file} row {n}"),
            "note": get("note"),
            "codes": get("codes"),
            "modality": get("modality"),
            "name": get("name"),
        }

    items: list[RecordItem] = []
    if join == "row":
        for n, row in enumerate(records, 1):
            f = fields(row, n, records_path)
            cell = row.get(role_cols["image"]) or ""
            paths = _split_images(cell)
            if not paths:
                raise DataError(f"{records_path} row {n}: empty image column {role_cols['image']!r}")
            for p in paths:
                items.append(
                    RecordItem(
                        p,
                        f["eye"],
                        f["note"],
                        f["codes"],
                        f["modality"],
                        n,
                        (f["name"],) if f["name"] else (),
                        {k: row.get(k, "") for k in keep},
                    )
                )
    else:
        key_col = role_cols["patient"]
        by_key: dict[str, list[tuple[int, dict[str, str]]]] = {}
        for n, row in enumerate(records, 1):
            by_key.setdefault((row.get(key_col) or "").strip(), []).append((n, fields(row, n, records_path)))
        assert images is not None
        for m, img in enumerate(images, 1):
            eye = normalise_eye(img.get(role_cols["eye"]), f"{images_path} row {m}")
            path = (img.get(role_cols["image"]) or "").strip()
            if not path:
                raise DataError(f"{images_path} row {m}: empty image column {role_cols['image']!r}")
            key = (img.get(key_col) or "").strip()
            matches = [(n, f) for n, f in by_key.get(key, []) if f["eye"] in ("", "both", eye) or not eye]
            kept = {k: img.get(k, "") for k in keep}
            if len(matches) > 1:
                rows = ", ".join(str(n) for n, _ in matches)
                raise DataError(
                    f"{images_path} row {m} ({path}): records rows {rows} of {records_path} all match key {key!r} "
                    f"and eye {eye or '(none)'}; keep one record per visit and eye, or give each record its eye"
                )
            if not matches:
                items.append(RecordItem(path, eye, "", "", "", None, keep=kept, flags=["no_record"]))
                continue
            n, f = matches[0]
            items.append(
                RecordItem(
                    path,
                    eye or f["eye"],
                    f["note"],
                    f["codes"],
                    f["modality"],
                    n,
                    (f["name"],) if f["name"] else (),
                    kept,
                )
            )
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.image in seen:
            where = "records" if join == "row" else "images"
            first, again = items[seen[item.image]], item
            a = first.record if join == "row" else seen[item.image] + 1
            b = again.record if join == "row" else i + 1
            raise DataError(
                f"duplicate image id {item.image!r} in the {where} file (rows {a} and {b}); each image gets one caption"
            )
        seen[item.image] = i
    return items
