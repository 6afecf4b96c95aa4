"""The captions pipeline: records and join rules, de-identification first, LLM captions checked with a
template fallback, resume after a kill, the audit, and the ``captions``/``deid`` commands."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from mmfundusclip.cli import main
from mmfundusclip.config import CaptionsConfig, ConfigError, load_typed
from mmfundusclip.data.csvdata import DataError
from mmfundusclip.data.synthetic import CLASSES, generate_dataset
from mmfundusclip.text.pipeline import KILL_ENV, run_captions
from mmfundusclip.text.records import build_items, normalise_eye, read_records

COLUMNS = {
    "image": "image",
    "patient": "patient",
    "eye": "eye",
    "note": "note",
    "codes": "codes",
    "modality": "modality",
}


def _write_csv(path: Path, header: list[str], rows: list[list[str]], sep: str = ",") -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=sep)
        w.writerow(header)
        w.writerows(rows)
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("records")
    return generate_dataset(root, 10, seed=3, size=32)  # two of each class, with fake EMR notes


# ----------------------------------------------------------------------------- records


@pytest.mark.parametrize(
    ("value", "expected"),
    [("OD", "right"), ("os", "left"), ("OU", "both"), ("Right eye", "right"), ("L", "left"), ("bilateral", "both")]
    + [("", ""), ("n/a", "")],
)
def test_eye_spellings(value: str, expected: str):
    assert normalise_eye(value, "x") == expected


def test_unknown_eye_value_names_the_row(tmp_path: Path):
    path = _write_csv(tmp_path / "r.csv", ["image", "eye", "note"], [["a.png", "OD", "x"], ["b.png", "middle", "y"]])
    with pytest.raises(DataError, match=r"r\.csv row 2: unknown eye value 'middle'"):
        build_items(read_records(path), COLUMNS, records_path=path)


def test_jsonl_records_with_lists_and_nulls(tmp_path: Path):
    path = tmp_path / "r.jsonl"
    path.write_text(
        json.dumps({"image": "a.png", "eye": "OS", "codes": ["H35.3121", "E11.319"], "note": None}) + "\n\n",
        encoding="utf-8",
    )
    (item,) = build_items(read_records(path), COLUMNS, records_path=path)
    assert (item.image, item.eye, item.codes, item.note) == ("a.png", "left", "H35.3121;E11.319", "")


def test_bad_jsonl_line_is_named(tmp_path: Path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"image": "a.png"}\n{not json\n', encoding="utf-8")
    with pytest.raises(DataError, match="line 2 is not valid JSON"):
        read_records(path)


def test_renamed_column_that_does_not_exist_lists_the_columns(tmp_path: Path):
    path = _write_csv(tmp_path / "r.csv", ["image", "eye", "Clinical note"], [["a.png", "OD", "x"]])
    with pytest.raises(DataError, match=r"note -> 'Notes'.*the file has columns \['Clinical note', 'eye', 'image'\]"):
        build_items(read_records(path), {**COLUMNS, "note": "Notes"}, records_path=path)


def test_duplicate_image_ids_name_both_rows(tmp_path: Path):
    path = _write_csv(
        tmp_path / "r.csv", ["image", "eye", "note"], [["a.png", "OD", "x"], ["b.png", "OS", "y"], ["a.png", "OD", "z"]]
    )
    with pytest.raises(DataError, match=r"duplicate image id 'a\.png' in the records file \(rows 1 and 3\)"):
        build_items(read_records(path), COLUMNS, records_path=path)


def test_row_join_serves_several_images_from_one_record(tmp_path: Path):
    path = _write_csv(tmp_path / "r.csv", ["image", "eye", "note"], [["a.png; b.png", "OU", "Fundus: drusen."]])
    items = build_items(read_records(path), COLUMNS, records_path=path)
    assert [(i.image, i.eye, i.record) for i in items] == [("a.png", "both", 1), ("b.png", "both", 1)]


def test_visit_join_matches_key_and_eye(tmp_path: Path):
    recs = _write_csv(
        tmp_path / "r.csv",
        ["patient", "eye", "note", "codes"],
        [["V1", "OU", "Fundus: drusen.", "H35.3131"], ["V2", "OD", "Fundus: flame haemorrhages.", "H34.8110"]],
    )
    imgs = _write_csv(
        tmp_path / "i.csv",
        ["image", "patient", "eye"],
        [["v1r.png", "V1", "OD"], ["v1l.png", "V1", "OS"], ["v2r.png", "V2", "R"], ["v2l.png", "V2", "L"]],
    )
    items = build_items(
        read_records(recs), COLUMNS, records_path=recs, join="visit", images=read_records(imgs), images_path=imgs
    )
    got = {i.image: (i.eye, i.record, i.flags) for i in items}
    assert got == {
        "v1r.png": ("right", 1, []),
        "v1l.png": ("left", 1, []),
        "v2r.png": ("right", 2, []),
        "v2l.png": ("left", None, ["no_record"]),  # the V2 note is about the right eye only
    }


def test_visit_join_with_two_matching_records_is_an_error(tmp_path: Path):
    recs = _write_csv(tmp_path / "r.csv", ["patient", "eye", "note"], [["V1", "OD", "a"], ["V1", "", "b"]])
    imgs = _write_csv(tmp_path / "i.csv", ["image", "patient", "eye"], [["x.png", "V1", "OD"]])
    with pytest.raises(DataError, match=r"i\.csv row 1 \(x\.png\): records rows 1, 2 of .* all match key 'V1'"):
        build_items(
            read_records(recs), COLUMNS, records_path=recs, join="visit", images=read_records(imgs), images_path=imgs
        )


def test_visit_join_needs_an_images_table(tmp_path: Path):
    recs = _write_csv(tmp_path / "r.csv", ["patient", "note"], [["V1", "a"]])
    with pytest.raises(DataError, match="--join visit needs --images"):
        build_items(read_records(recs), COLUMNS, records_path=recs, join="visit")


# ----------------------------------------------------------------------------- template writer


def test_template_captions_for_every_synthetic_class_carry_no_identifier(records: Path, tmp_path: Path):
    out = tmp_path / "captions.csv"
    audit = run_captions(CaptionsConfig(records=str(records), out=str(out)), progress=False)
    rows = _rows(out)
    source = {r["image"]: r for r in _rows(records)}
    assert len(rows) == 10 and audit.images == 10 and audit.by_source == Counter({"template": 10})
    labels = {source[r["image"]]["label"] for r in rows}
    assert labels == set(CLASSES)
    for row in rows:
        note = source[row["image"]]["note"]
        name = note.split("Patient ", 1)[1].split(",", 1)[0]
        mrn = note.split("MRN ", 1)[1].split(".", 1)[0]
        assert name not in row["caption"] and mrn not in row["caption"]
        assert row["caption"].startswith("colour fundus photograph of the ")
        kinds = dict(part.split(":") for part in row["deid_kinds"].split(";"))
        assert {"NAME", "DATE", "MRN", "PHONE"} <= kinds.keys(), row["deid_kinds"]
        assert row["label"] == source[row["image"]]["label"]  # kept column
    saved = json.loads(out.with_suffix(".audit.json").read_text())
    assert saved["images"] == 10 and saved["identifiers_removed"]["MRN"] == 10


def test_record_without_note_and_codes_gets_the_fixed_caption_with_a_flag(tmp_path: Path):
    recs = _write_csv(
        tmp_path / "r.csv",
        ["image", "eye", "note", "codes"],
        [["a.png", "", "", ""], ["b.png", "OS", "", ""], ["c.png", "OD", "", "H40.11"]],
    )
    out = tmp_path / "c.csv"
    audit = run_captions(CaptionsConfig(records=str(recs), out=str(out)), progress=False)
    rows = {r["image"]: r for r in _rows(out)}
    assert rows["a.png"]["caption"] == "colour fundus photograph."
    assert rows["b.png"]["caption"] == "colour fundus photograph of the left eye."
    assert rows["a.png"]["flags"] == rows["b.png"]["flags"] == "no_note_or_codes"
    assert rows["c.png"]["caption"] == "colour fundus photograph of the right eye: glaucoma."
    assert audit.flags["no_note_or_codes"] == 2


# ----------------------------------------------------------------------------- LLM writers (stand-in)


class ScriptedWriter:
    """Answers from a script keyed by image: text, or None for a failed request."""

    name = "transformers"

    def __init__(self, script: dict[str, str | None]) -> None:
        self.script = script
        self.seen: list[object] = []

    def write(self, requests):  # noqa: ANN001, ANN201 - the CaptionWriter protocol
        from mmfundusclip.text.llm import WriterResult

        self.seen += requests
        return [
            WriterResult(
                key=r.key,
                text=self.script[r.key],
                error=None if self.script[r.key] else "HTTP 500",
                truncated=r.key == "long.png",
            )
            for r in requests
        ]


def test_llm_captions_are_checked_and_fall_back_to_the_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    recs = _write_csv(
        tmp_path / "r.csv",
        ["image", "eye", "note", "codes"],
        [
            ["good.png", "OD", "Patient Mary Jones. Fundus: soft drusen at the macula.", "H35.3111"],
            ["wrong.png", "OD", "Fundus: soft drusen at the macula.", "H35.3111"],
            ["side.png", "OD", "Fundus: soft drusen at the macula.", "H35.3111"],
            ["fail.png", "OS", "Fundus: flame haemorrhages.", "H34.8120"],
            ["long.png", "OS", "Fundus: flame haemorrhages.", "H34.8120"],
            ["empty.png", "OS", "", ""],
        ],
    )
    writer = ScriptedWriter(
        {
            "good.png": "Colour fundus photograph of the right eye showing soft drusen at the macula.",
            "wrong.png": "Fundus photograph of the right eye with proliferative diabetic retinopathy.",
            "side.png": "Fundus photograph of the left eye showing soft drusen at the macula.",
            "fail.png": None,
            "long.png": "Fundus photograph of the left eye with flame haemorrhages along a vein.",
        }
    )
    out = tmp_path / "c.csv"
    audit = run_captions(CaptionsConfig(records=str(recs), out=str(out)), writer=writer, progress=False)
    rows = {r["image"]: r for r in _rows(out)}
    # The writer saw de-identified notes only, and no request for a record without note or codes.
    assert [r.key for r in writer.seen] == ["good.png", "wrong.png", "side.png", "fail.png", "long.png"]
    assert "Mary" not in writer.seen[0].note and "Jones" not in writer.seen[0].note
    assert rows["good.png"]["source"] == "transformers" and rows["good.png"]["flags"] == ""
    assert rows["wrong.png"]["source"] == "template-fallback"
    assert any(f.startswith("rejected:unsupported:") for f in rows["wrong.png"]["flags"].split(";"))
    assert "rejected:laterality" in rows["side.png"]["flags"].split(";")
    assert rows["fail.png"]["source"] == "template-fallback" and "writer_error" in rows["fail.png"]["flags"]
    assert rows["long.png"]["source"] == "transformers" and rows["long.png"]["flags"] == "note_truncated"
    assert rows["empty.png"]["source"] == "template" and rows["empty.png"]["flags"] == "no_note_or_codes"
    for r in rows.values():
        assert r["caption"]
    assert audit.by_source == Counter({"transformers": 2, "template-fallback": 3, "template": 1})
    assert audit.flags["writer_error"] == 1 and audit.flags["rejected"] >= 2
    assert audit.rejections["laterality"] == 1
    assert "1 note(s) were longer than the model context and were truncated" in capsys.readouterr().err


# ----------------------------------------------------------------------------- resume


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mmfundusclip", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def test_a_killed_run_continues_and_matches_an_uninterrupted_one(records: Path, tmp_path: Path):
    full = tmp_path / "full.csv"
    assert main(["captions", "--records", str(records), "--out", str(full), "--no-progress"]) == 0
    out = tmp_path / "killed.csv"
    args = ["captions", "--records", str(records), "--out", str(out), "--no-progress"]
    killed = _cli(*args, "--config", str(_flush_every(tmp_path, 3)), env={KILL_ENV: "3"})
    assert killed.returncode == -9, killed.stderr  # SIGKILL: no clean-up ran
    assert len(_rows(out)) == 3
    with open(out, "a", encoding="utf-8") as fh:
        fh.write("half-written.png,colour fund")  # what a kill in the middle of a write leaves
    resumed = _cli(*args)
    assert resumed.returncode == 0, resumed.stderr
    assert "dropped a partial last line" in resumed.stderr
    assert "7 written now, 3 from an earlier run" in resumed.stdout
    assert out.read_bytes() == full.read_bytes()
    again = _cli(*args)
    assert again.returncode == 0 and "0 written now, 10 from an earlier run" in again.stdout


def _flush_every(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "captions.yaml"
    path.write_text(f"flush_every: {n}\n", encoding="utf-8")
    return path


def test_resume_into_a_file_with_other_columns_is_refused(records: Path, tmp_path: Path):
    out = _write_csv(tmp_path / "c.csv", ["image", "caption"], [["x.png", "y"]])
    with pytest.raises(DataError, match=r"exists with columns \['image', 'caption'\].*--overwrite"):
        run_captions(CaptionsConfig(records=str(records), out=str(out)), progress=False)
    assert len(run_captions(CaptionsConfig(records=str(records), out=str(out)), overwrite=True).by_source) == 1


# ----------------------------------------------------------------------------- config and CLI


def test_captions_config_validation_names_the_field(tmp_path: Path):
    path = tmp_path / "c.yaml"
    path.write_text("writer: openai\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="openai.base_url: is required with writer openai"):
        load_typed(CaptionsConfig, path)
    path.write_text("writer: template\nbogus: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key 'bogus'"):
        load_typed(CaptionsConfig, path)


def test_shipped_captions_configs_load():
    folder = Path(__file__).resolve().parents[1] / "configs" / "captions"
    files = sorted(folder.glob("*.yaml"))
    assert files, "configs/captions/ ships at least one config"
    for f in files:
        cfg = load_typed(CaptionsConfig, f)
        assert cfg.writer in ("template", "transformers", "openai")


def test_captions_cli_without_records_is_a_clear_error(capsys: pytest.CaptureFixture[str]):
    assert main(["captions", "--out", "x.csv"]) == 1
    assert "captions needs --records FILE and --out CSV" in capsys.readouterr().err


def test_openai_endpoint_down_falls_back_and_is_reported(records: Path, tmp_path: Path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = tmp_path / "c.yaml"
    cfg.write_text(
        f"writer: openai\nopenai:\n  base_url: http://127.0.0.1:{port}/v1\n  model: m\n  retries: 2\n"
        "  backoff: 0.01\n  timeout: 2.0\n",
        encoding="utf-8",
    )
    out = tmp_path / "c.csv"
    assert main(["captions", "--config", str(cfg), "--records", str(records), "--out", str(out), "--no-progress"]) == 0
    rows = _rows(out)
    assert {r["source"] for r in rows} == {"template-fallback"}
    assert all("writer_error" in r["flags"] for r in rows)
    audit = json.loads(out.with_suffix(".audit.json").read_text())
    assert audit["flags"]["writer_error"] == 10 and audit["writer"] == "openai"


def test_deid_command_writes_placeholders_and_kinds(records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "deid.csv"
    assert main(["deid", "--records", str(records), "--out", str(out)]) == 0
    src = {r["image"]: r for r in _rows(records)}
    for row in _rows(out):
        original = src[row["image"]]["note"]
        assert "[NAME]" in row["note"] and "[MRN]" in row["note"] and "[DATE]" in row["note"]
        assert original.split("MRN ", 1)[1][:8] not in row["note"]
        assert "MRN:1" in row["deid_kinds"].split(";")
        assert row["codes"] == src[row["image"]]["codes"]  # other columns untouched
    assert "removed" in capsys.readouterr().out


def test_deid_command_unknown_column(records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["deid", "--records", str(records), "--out", str(tmp_path / "o.csv"), "--column", "text"]) == 1
    assert "column(s) ['text'] not found" in capsys.readouterr().err


@pytest.mark.parametrize("leftover", [b"", b"image,capt"])  # killed before or while writing the header
def test_resume_into_an_empty_or_headless_output(records: Path, tmp_path: Path, leftover: bytes):
    out = tmp_path / "c.csv"
    out.write_bytes(leftover)
    audit = run_captions(CaptionsConfig(records=str(records), out=str(out)), progress=False)
    rows = _rows(out)
    assert audit.images == 10 and len(rows) == 10 and rows[0]["source"] == "template"


def test_deid_command_on_jsonl_with_varying_keys_and_a_name_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "r.jsonl"
    path.write_text(
        json.dumps({"image": "a.png", "name": "ALAN JONES", "note": "Alan Jones reports floaters."})
        + "\n"
        + json.dumps({"image": "b.png", "name": "MARY POPE", "note": "Seen 03/04/2025.", "dob": "1950-01-02"})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.csv"
    assert main(["deid", "--records", str(path), "--out", str(out), "--name-column", "name"]) == 0
    rows = _rows(out)
    assert [r["name"] for r in rows] == ["[NAME]", "[NAME]"]
    assert "Alan" not in rows[0]["note"] and "Jones" not in rows[0]["note"]
    assert rows[0]["dob"] == "" and rows[1]["note"] == "Seen [DATE]."
    assert "column(s) ['image', 'dob'] are copied as they are" in capsys.readouterr().err
