"""validate-data: each kind of problem is found and named; a clean file exits 0."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from mmfundusclip.cli import main
from mmfundusclip.data import csvdata
from mmfundusclip.data.synthetic import generate_dataset
from mmfundusclip.data.validate import detect_separator
from mmfundusclip.text.captions import write_captions


@pytest.fixture()
def clean(tmp_path: Path) -> Path:
    records = generate_dataset(tmp_path, 10, seed=3, size=256)
    write_captions(records, tmp_path / "captions.csv")
    return tmp_path / "captions.csv"


def test_clean_file_exits_0_with_summary(clean: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["validate-data", str(clean), "--json", str(clean.parent / "report.json")]) == 0
    out = capsys.readouterr().out
    assert "10 rows, separator comma; no problems" in out and "caption tokens:" in out and "labels: AMD 2" in out
    report = json.loads((clean.parent / "report.json").read_text())
    assert report["problems"] == [] and report["labels"]["Healthy"] == 2


def test_every_kind_of_problem_is_named_with_its_row(clean: Path, capsys: pytest.CaptureFixture[str]):
    lines = clean.read_text().splitlines()
    header, rows = lines[0], lines[1:]
    images = clean.parent / "images"
    # row 2: missing file; row 3: truncated image; row 4: too small; row 5: duplicate of row 6's bytes;
    # (row 6 is then reported as the duplicate); row 7: empty caption; row 8: caption far over 77 tokens.
    (images / "fundus_000000.png").unlink()
    data = (images / "fundus_000001.png").read_bytes()
    (images / "fundus_000001.png").write_bytes(data[: len(data) // 3])
    Image.new("RGB", (100, 80)).save(images / "fundus_000002.png")
    shutil.copy(images / "fundus_000004.png", images / "fundus_000003.png")
    cols = rows[5].split(",")
    rows[5] = ",".join([cols[0], '""', *cols[-1:]])
    cols = rows[6].split(",")
    rows[6] = ",".join([cols[0], '"' + "drusen and haemorrhages " * 40 + '"', cols[-1]])
    clean.write_text("\n".join([header, *rows]) + "\n")
    assert main(["validate-data", str(clean)]) == 1
    out = capsys.readouterr().out
    expected = {
        2: "missing: file not found",
        3: "unreadable:",
        4: "too_small: 100x80",
        6: "duplicate: same bytes as row 5",
        7: "empty_caption",
        8: "caption_too_long:",
    }
    for row, text in expected.items():
        assert any(line.startswith(f"row {row}: images/") and text in line for line in out.splitlines()), (
            row,
            text,
            out,
        )
    assert "1 caption_too_long" in out and "1 missing" in out


def test_separator_is_detected_and_can_be_given(clean: Path, capsys: pytest.CaptureFixture[str]):
    semi = clean.parent / "semi.csv"
    semi.write_text(clean.read_text().replace(",", ";"))
    assert detect_separator(semi) == ";"
    assert main(["validate-data", str(semi), "--caption-key", "image"]) == 0  # any column will do for the caption check
    assert "separator semicolon" in capsys.readouterr().out


def test_missing_columns_and_missing_file_are_errors(clean: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["validate-data", str(clean), "--img-key", "path"]) == 1
    err = capsys.readouterr().err
    assert "missing column(s) 'path'" in err and "'image'" in err
    assert main(["validate-data", str(clean.parent / "nope.csv")]) == 1
    assert "CSV file not found" in capsys.readouterr().err


def test_non_utf8_text_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"image,caption\na.png,fine\nb.png,caf\xe9 latin-1\n")
    assert main(["validate-data", str(bad)]) == 1
    assert "not UTF-8 text at line 3" in capsys.readouterr().err


def test_decompression_bomb_is_refused_with_the_file_named(
    clean: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.setattr(csvdata, "MAX_PIXELS", 256 * 256 - 1)
    import mmfundusclip.data.validate as validate_mod

    monkeypatch.setattr(validate_mod, "MAX_PIXELS", 256 * 256 - 1)
    assert main(["validate-data", str(clean)]) == 1
    assert "too_large: 256x256" in capsys.readouterr().out
    with pytest.raises(ValueError, match="MP limit"):
        csvdata.open_rgb(next((clean.parent / "images").glob("*.png")))
