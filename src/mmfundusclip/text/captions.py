"""EMR records -> captions. The template writer: deterministic, offline, no model needed.

It reads the structured fields (eye, modality, ICD-10 codes) and, when the note has a
``Fundus:`` or ``Findings:`` clause, that clause alone. Nothing else of the note is copied, so
names, dates and record numbers elsewhere in the note never reach a caption.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..data.csvdata import read_table

__all__ = ["CaptionStats", "RECORD_COLUMNS", "condition_from_codes", "template_caption", "write_captions"]

#: Default record column names (each can be renamed).
RECORD_COLUMNS: dict[str, str] = {
    "image": "image",
    "patient": "patient",
    "eye": "eye",
    "note": "note",
    "codes": "codes",
    "modality": "modality",
}

#: ICD-10 code prefix -> condition name as written in captions and class prompts. Longest prefix wins.
ICD10_CONDITIONS: dict[str, str] = {
    "H35.31": "age-related macular degeneration",
    "H35.32": "age-related macular degeneration",
    "H35.3": "macular degeneration",
    "E08.3": "diabetic retinopathy",
    "E09.3": "diabetic retinopathy",
    "E10.3": "diabetic retinopathy",
    "E11.3": "diabetic retinopathy",
    "E13.3": "diabetic retinopathy",
    "H33": "retinal detachment",
    "H34.8": "retinal vein occlusion",
    "H34.1": "central retinal artery occlusion",
    "H40": "glaucoma",
    "H44.2": "pathologic myopia",
    "Z01.00": "normal",
}

_EYES = {"OD": "right eye", "OS": "left eye", "OU": "both eyes", "R": "right eye", "L": "left eye"}
# The clause ends at a full stop followed by a space or the end, so "cup-to-disc ratio 0.8" stays whole.
_FINDINGS = re.compile(r"(?:Fundus|Findings)\s*:\s*(.*?)(?:\.(?=\s|$)|$)", re.IGNORECASE)


def condition_from_codes(codes: str) -> list[str]:
    """Condition names for a ';' or ','-separated list of ICD-10 codes (unknown codes skipped)."""
    names: list[str] = []
    for code in re.split(r"[;,\s]+", codes.strip()):
        if not code:
            continue
        best = max((p for p in ICD10_CONDITIONS if code.upper().startswith(p)), key=len, default=None)
        if best and ICD10_CONDITIONS[best] not in names:
            names.append(ICD10_CONDITIONS[best])
    return names


def template_caption(record: Mapping[str, str], columns: Mapping[str, str] = RECORD_COLUMNS) -> tuple[str, bool]:
    """(caption, whether a condition was found in the codes) for one record."""
    modality = (record.get(columns["modality"]) or "fundus photograph").strip()
    eye = _EYES.get((record.get(columns["eye"]) or "").strip().upper(), "")
    conditions = condition_from_codes(record.get(columns["codes"]) or "")
    head = f"{modality} of the {eye}" if eye else modality
    parts = [
        head + (": " + ", ".join("normal fundus" if c == "normal" else c for c in conditions) if conditions else "")
    ]
    found = _FINDINGS.search(record.get(columns["note"]) or "")
    if found and found.group(1).strip():
        parts.append(found.group(1).strip())
    return ". ".join(parts) + ".", bool(conditions)


@dataclass
class CaptionStats:
    """What a caption run did."""

    written: int = 0
    without_condition: int = 0
    conditions: Counter[str] = field(default_factory=Counter)


def write_captions(
    records: str | Path,
    out: str | Path,
    columns: Mapping[str, str] = RECORD_COLUMNS,
    separator: str = ",",
    keep: tuple[str, ...] = ("label",),
) -> CaptionStats:
    """Write ``image,caption`` (plus the ``keep`` columns the records have) for every record."""
    rows = read_table(records, separator, required=[columns["image"]])
    stats = CaptionStats()
    extra = [k for k in keep if k in rows[0]]
    out_path = Path(out)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["image", "caption", *extra])
        for row in rows:
            caption, has_condition = template_caption(row, columns)
            stats.written += 1
            stats.without_condition += not has_condition
            stats.conditions.update(condition_from_codes(row.get(columns["codes"]) or "") or ["(none)"])
            writer.writerow([row[columns["image"]], caption, *(row[k] for k in extra)])
    tmp.replace(out_path)
    return stats
