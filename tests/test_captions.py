"""Tests for the template caption writer (mmfundusclip.text.captions)."""

from __future__ import annotations

import csv
import dataclasses
import re

import pytest

from mmfundusclip.data.csvdata import DataError
from mmfundusclip.data.synthetic import CLASSES, generate_dataset, make_record, make_spec
from mmfundusclip.text.captions import condition_from_codes, template_caption, write_captions


@pytest.mark.parametrize(
    "code, name",
    [
        ("E11.3292", "diabetic retinopathy"),
        ("E11.3291", "diabetic retinopathy"),
        ("H35.3112", "age-related macular degeneration"),
        ("H35.3122", "age-related macular degeneration"),
        ("H33.001", "retinal detachment"),
        ("H33.002", "retinal detachment"),
        ("H34.8310", "retinal vein occlusion"),
        ("H34.8320", "retinal vein occlusion"),
        ("Z01.00", "normal"),
        ("h35.3112", "age-related macular degeneration"),  # lower case
        ("  E11.3292  ", "diabetic retinopathy"),  # padded
    ],
)
def test_condition_from_single_code(code, name):
    assert condition_from_codes(code) == [name]


def test_longest_prefix_wins():
    # H35.31 (AMD) and H35.3 (macular degeneration) both match; the longer one is used.
    assert condition_from_codes("H35.3112") == ["age-related macular degeneration"]
    assert condition_from_codes("H35.30") == ["macular degeneration"]


@pytest.mark.parametrize("codes", ["X99.9", "H35.0", "", "   ", ";", "Z01.01"])
def test_unknown_or_empty_codes(codes):
    assert condition_from_codes(codes) == []


def test_several_codes_without_duplicates():
    assert condition_from_codes("H35.3112;E11.3292") == ["age-related macular degeneration", "diabetic retinopathy"]
    assert condition_from_codes("H35.3112; E11.3292;H35.3122;X99.9;E11.3291") == [
        "age-related macular degeneration",
        "diabetic retinopathy",
    ]
    assert condition_from_codes("H33.001, H34.8310") == ["retinal detachment", "retinal vein occlusion"]


def _record(seed: int, index: int, label: str | None = None) -> dict[str, str]:
    spec = make_spec(seed, index, label)
    return dataclasses.asdict(make_record(spec, f"images/fundus_{index:06d}.png", index))


def _secrets(note: str) -> list[str]:
    """The identifying parts of a synthetic note: name, DOB, visit date, MRN, doctor, phone."""
    found = re.search(
        r"Patient (?P<name>.+?), DOB (?P<dob>\S+), (?P<mrn>MRN \d+)\. Seen (?P<visit>\S+) by (?P<doctor>Dr\. \w+)", note
    )
    assert found, note
    phone = re.search(r"555-\d{3}-\d{4}", note)
    assert phone, note
    name = found["name"]
    mrn_digits = found["mrn"].split()[1]
    return [
        name,
        *name.split(),
        found["dob"],
        found["visit"],
        found["mrn"],
        mrn_digits,
        found["doctor"],
        phone.group(0),
    ]


@pytest.mark.parametrize("index", range(10))
def test_template_caption_of_synthetic_records(index):
    rec = _record(5, index)
    caption, found = template_caption(rec)
    assert found is True
    eye = "right eye" if rec["eye"] == "OD" else "left eye"
    assert caption.startswith(f"colour fundus photograph of the {eye}: ")
    assert caption.endswith(".")
    conditions = condition_from_codes(rec["codes"])
    expected = "normal fundus" if conditions == ["normal"] else conditions[0]
    assert caption.startswith(f"colour fundus photograph of the {eye}: {expected}. ")
    clause = re.search(r"Fundus: ([^.]*)\.", rec["note"]).group(1)
    assert clause in caption
    for secret in _secrets(rec["note"]):
        assert secret not in caption, f"{secret!r} leaked into {caption!r}"
    assert "MRN" not in caption
    assert "555-" not in caption
    assert not re.search(r"\d", caption), "no date, number or code reaches the caption"


def test_template_caption_healthy_says_normal_fundus():
    caption, found = template_caption(_record(0, 0, "Healthy"))
    assert found
    assert ": normal fundus." in caption
    assert "normal, " not in caption


def test_template_caption_without_fundus_clause_or_condition():
    record = {
        "image": "x.png",
        "eye": "OS",
        "modality": "",
        "codes": "X99.9",
        "note": "Patient Jane Roe, MRN 12345678. Phone 555-123-4567.",
    }
    caption, found = template_caption(record)
    assert found is False
    assert caption == "fundus photograph of the left eye."


def test_template_caption_findings_clause_and_unknown_eye():
    record = {
        "eye": "?",
        "modality": "OCT",
        "codes": "H40.11",
        "note": "Visit by Dr. X. Findings: deep cupping of the disc. MRN 1.",
    }
    caption, found = template_caption(record)
    assert found is True
    assert caption == "OCT: glaucoma. deep cupping of the disc."


def test_template_caption_with_renamed_columns():
    rec = _record(1, 2)
    renamed = {
        "file": rec["image"],
        "side": rec["eye"],
        "text": rec["note"],
        "icd": rec["codes"],
        "kind": rec["modality"],
    }
    columns = {"image": "file", "patient": "patient", "eye": "side", "note": "text", "codes": "icd", "modality": "kind"}
    assert template_caption(renamed, columns) == template_caption(rec)


def _read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return reader.fieldnames, list(reader)


def test_write_captions_on_generated_records(tmp_path):
    records = generate_dataset(tmp_path / "data", 7, seed=2, size=32)
    out = tmp_path / "captions" / "captions.csv"  # parent folder is created
    stats = write_captions(records, out)
    assert stats.written == 7
    assert stats.without_condition == 0
    header, rows = _read_csv(out)
    assert header == ["image", "caption", "label"]
    _, source = _read_csv(records)
    assert len(rows) == len(source) == 7
    for row, rec in zip(rows, source, strict=True):
        assert row["image"] == rec["image"]
        assert row["label"] == rec["label"]
        assert row["caption"] == template_caption(rec)[0]
        for secret in _secrets(rec["note"]):
            assert secret not in row["caption"]
    assert [r["label"] for r in rows] == [CLASSES[i % len(CLASSES)] for i in range(7)]
    assert sum(stats.conditions.values()) == 7
    assert stats.conditions["normal"] == 1  # index 4 is Healthy
    assert "(none)" not in stats.conditions
    assert not out.with_name(out.name + ".tmp").exists()


def test_write_captions_counts_records_without_condition(tmp_path):
    records = tmp_path / "records.csv"
    with open(records, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["image", "patient", "eye", "note", "codes", "modality"])
        writer.writerow(["a.png", "P1", "OD", "Fundus: drusen at the macula.", "H35.3112", "colour fundus photograph"])
        writer.writerow(["b.png", "P1", "OS", "Fundus: a mole.", "X99.9", "colour fundus photograph"])
        writer.writerow(["c.png", "P2", "OD", "No clause here.", "", "colour fundus photograph"])
    out = tmp_path / "captions.csv"
    stats = write_captions(records, out)
    assert stats.written == 3
    assert stats.without_condition == 2
    assert stats.conditions["(none)"] == 2
    assert stats.conditions["age-related macular degeneration"] == 1
    header, rows = _read_csv(out)
    assert header == ["image", "caption"]  # no label column in the records, none kept
    assert [r["image"] for r in rows] == ["a.png", "b.png", "c.png"]
    assert (
        rows[0]["caption"]
        == "colour fundus photograph of the right eye: age-related macular degeneration. drusen at the macula."
    )
    assert rows[1]["caption"] == "colour fundus photograph of the left eye. a mole."
    assert rows[2]["caption"] == "colour fundus photograph of the right eye."


def test_write_captions_missing_image_column(tmp_path):
    records = tmp_path / "records.csv"
    records.write_text("file,note,codes\nx.png,Fundus: fine.,Z01.00\n", encoding="utf-8")
    out = tmp_path / "captions.csv"
    with pytest.raises(DataError) as info:
        write_captions(records, out)
    message = str(info.value)
    assert "'image'" in message
    assert "['file', 'note', 'codes']" in message
    assert str(records) in message
    assert isinstance(info.value, ValueError)
    assert not out.exists()


def test_write_captions_semicolon_file_hint(tmp_path):
    records = tmp_path / "records.csv"
    records.write_text("image;note;codes\nx.png;Fundus: fine.;Z01.00\n", encoding="utf-8")
    with pytest.raises(DataError, match="separated by ';'"):
        write_captions(records, tmp_path / "captions.csv")
    stats = write_captions(records, tmp_path / "captions.csv", separator=";")
    assert stats.written == 1


def test_findings_clause_keeps_decimal_numbers():
    record = {
        "eye": "OD",
        "modality": "fundus photograph",
        "codes": "H40.11",
        "note": "Fundus: cup-to-disc ratio 0.8. Plan: review.",
    }
    caption, _ = template_caption(record)
    assert caption == "fundus photograph of the right eye: glaucoma. cup-to-disc ratio 0.8."
