"""Benchmark registry: registering a local set, pinned splits checked file by file, bad registry
entries named, suites of several models side by side, leakage recorded in reports."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
import sys
import zlib
from pathlib import Path

import PIL
import pytest
import torch
import yaml

from mmfundusclip.cli import main
from mmfundusclip.eval.registry import (
    BENCHMARKS_DIR,
    CHUNK,
    BenchmarkSet,
    RegistryError,
    hash_files,
    load_local,
    load_suite,
    read_split,
    register_set,
    sha256_file,
    verify_set,
)

N_IMAGES = 20


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def local(tiny_data: dict[str, Path], tmp_path: Path) -> Path:
    """A private copy (root/set/labels.csv + images) of 20 labelled test images: tests change it."""
    src = tiny_data["test"]
    root = tmp_path / "root"
    (root / "set" / "images").mkdir(parents=True)
    with open(src, newline="") as fh:
        rows = list(csv.DictReader(fh))[:N_IMAGES]
    with open(root / "set" / "labels.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["image", "label", "patient"])
        for r in rows:
            shutil.copy(src.parent / r["image"], root / "set" / r["image"])
            w.writerow([r["image"], r["label"], r["patient"]])
    return root


@pytest.fixture()
def registry(local: Path, tmp_path: Path) -> Path:
    """A registry folder with suite `mine` holding the set `set1` (registered through the CLI)."""
    reg = tmp_path / "reg"
    argv = ["eval", "register", "--name", "set1", "--loader", "csv", "--data", "set/labels.csv", "--root", str(local), "--suite", "mine", "--out", str(reg)]  # fmt: skip
    assert main(argv) == 0
    return reg


def _suite(registry: Path, local: Path, out: Path, *extra: str) -> list[str]:
    return ["eval", "suite", "--registry", str(registry), "--suite", "mine", "--root", str(local), "--out", str(out), "--model", "mfc-micro-vit", "--device", "cpu", "--workers", "0", "--bootstrap", "20", *extra]  # fmt: skip


def test_register_writes_split_file_with_every_hash_and_the_entry(registry: Path, local: Path):
    entry = yaml.safe_load((registry / "mine.yaml").read_text())["sets"][0]
    split = registry / "splits" / "mine" / "set1.csv"
    assert entry["split"] == "splits/mine/set1.csv" and entry["split_sha256"] == _sha(split)
    assert entry["data"] == "set/labels.csv" and entry["loader"] == "csv" and entry["classes"] == "paper5"
    rows = list(csv.DictReader(open(split, newline="")))  # noqa: SIM115
    assert list(rows[0]) == ["image", "sha256", "label"] and len(rows) == N_IMAGES == entry["images"]
    for r in rows:
        assert r["sha256"] == _sha(local / "set" / r["image"])
    assert sum(entry["labels"].values()) == N_IMAGES
    suite = load_suite("mine", [registry])
    assert [s.name for s in suite.sets] == ["set1"]
    check = verify_set(suite.sets[0], local)
    assert check.registered and check.data.ids == [r["image"] for r in rows]
    with pytest.raises(RegistryError, match="already has a set 'set1'; pass --overwrite"):
        register_set("set1", "csv", "set/labels.csv", root=local, out_dir=registry, suite="mine")


def test_suite_of_two_models_side_by_side_with_leakage(
    registry: Path, local: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    # Training data that holds 3 of the test images byte for byte: the suite must say so.
    train = tmp_path / "train.csv"
    train.write_text("image\n" + "".join(f"{local / 'set' / 'images' / p.name}\n" for p in sorted((local / "set" / "images").iterdir())[:3]))  # fmt: skip
    torch.manual_seed(0)
    out = tmp_path / "out"
    assert main(_suite(registry, local, out, "--model", "mfc-micro-vit", "--train-data", str(train))) == 0
    captured = capsys.readouterr()
    assert "warning: leakage: 3 of 20 test image(s) of set1" in captured.err
    md = (out / "suite.md").read_text()
    assert "mfc-micro-vit: macro AUC" in md and "mfc-micro-vit-2: macro AUC" in md
    assert re.search(r"\| set1 ‡ \| 20 \| \d\.\d{3} \(\d\.\d{3}-\d\.\d{3}\)", md)  # figure with its 95 % interval
    summary = json.loads((out / "suite.json").read_text())
    s = summary["sets"]["set1"]
    assert s["split"]["registered"] is True and s["leakage"]["counts"]["exact"] == 3
    assert set(s["paired_vs_first"]) == {"mfc-micro-vit-2"}
    assert (out / "set1" / "paired_mfc-micro-vit-2_vs_mfc-micro-vit.json").is_file()
    report = json.loads((out / "set1" / "mfc-micro-vit" / "zeroshot.json").read_text())
    assert report["split"]["registered"] is True and report["leakage"]["counts"]["pairs"] == 3
    assert report["provenance"]["mmfundusclip"]
    assert Path(report["leakage"]["pairs_file"]).is_file()
    rows = list(csv.DictReader(open(out / "suite.csv", newline="")))  # noqa: SIM115
    assert rows[0]["set"] == "set1" and "mfc-micro-vit-2:macro AUC:significant" in rows[0]


def test_changed_missing_extra_and_relabelled_images_are_listed(
    registry: Path, local: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    images = sorted((local / "set" / "images").iterdir())
    with open(images[0], "ab") as fh:  # changed bytes
        fh.write(b"\0")
    images[1].unlink()  # missing file
    extra = local / "set" / "images" / "extra.png"
    shutil.copy(images[2], extra)
    rows = list(csv.DictReader(open(local / "set" / "labels.csv", newline="")))  # noqa: SIM115
    rows[3]["label"] = "AMD" if rows[3]["label"] != "AMD" else "DR"
    rows.append({"image": "images/extra.png", "label": "DR", "patient": "P9"})
    with open(local / "set" / "labels.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["image", "label", "patient"])
        w.writeheader()
        w.writerows(rows)
    out = tmp_path / "out"
    assert main(_suite(registry, local, out)) == 1
    err = capsys.readouterr().err
    assert "differs from the registered split" in err and "--allow-changed" in err
    assert f"changed    images/{images[0].name}: sha256" in err
    assert f"missing    images/{images[1].name}: file" in err and "not found" in err
    assert "extra      images/extra.png: not in the registered split" in err
    assert f"relabelled {rows[3]['image']}: label" in err
    assert not (out / "set1" / "mfc-micro-vit").exists()  # nothing evaluated
    kinds = [r["kind"] for r in csv.DictReader(open(out / "set1" / "split_differences.csv", newline=""))]  # noqa: SIM115
    assert sorted(kinds) == ["changed", "extra", "missing", "relabelled"]

    assert main(_suite(registry, local, out, "--allow-changed")) == 0
    captured = capsys.readouterr()
    assert "NOT the registered split" in captured.err
    report = json.loads((out / "set1" / "mfc-micro-vit" / "zeroshot.json").read_text())
    assert report["split"]["registered"] is False
    assert report["split"]["differences"] == {"missing": 1, "changed": 1, "extra": 1, "relabelled": 1, "duplicate": 0}
    assert report["n"] == N_IMAGES  # 20 - 1 missing + 1 extra
    assert "not the registered split" in (out / "suite.md").read_text()


def test_edited_split_file_is_refused(registry: Path, local: Path):
    split = registry / "splits" / "mine" / "set1.csv"
    split.write_text(split.read_text().replace(",AMD\n", ",DR\n", 1))
    with pytest.raises(
        RegistryError, match=r"split file .*set1\.csv has sha256 [0-9a-f]{64} but the suite file registers"
    ):
        load_suite("mine", [registry])


def _rewrite(registry: Path, text: str, **entry_changes: object) -> None:
    """Replace the split file by ``text`` and re-pin its sha256 (a hand-made, consistent-looking entry)."""
    split = registry / "splits" / "mine" / "set1.csv"
    split.write_text(text)
    suite = yaml.safe_load((registry / "mine.yaml").read_text())
    suite["sets"][0].update(split_sha256=_sha(split), **entry_changes)
    (registry / "mine.yaml").write_text(yaml.safe_dump(suite, sort_keys=False))


def test_duplicate_image_in_split_names_file_and_rows(registry: Path):
    lines = (registry / "splits" / "mine" / "set1.csv").read_text().splitlines()
    _rewrite(registry, "\n".join([*lines, lines[2]]) + "\n")
    first = lines[2].split(",")[0]
    with pytest.raises(
        RegistryError, match=rf"set1\.csv: image '{re.escape(first)}' is listed twice, in rows 3 and 22"
    ):
        load_suite("mine", [registry])


@pytest.mark.parametrize(
    "edit, message",
    [
        ("drop_hash", r"row 2 \(image .*\): sha256 '' is not 64 lowercase hex digits"),
        ("short_hash", r"row 2 \(image .*\): sha256 'abc' is not 64"),
        ("count", r"says images: 21 but .*set1\.csv lists 20 image\(s\) with hashes"),
        ("labels", r"per-label counts of the suite file differ from .*set1\.csv \(AMD: \d+ registered"),
    ],
)
def test_hash_list_that_does_not_match_the_id_list(registry: Path, edit: str, message: str):
    lines = (registry / "splits" / "mine" / "set1.csv").read_text().splitlines()
    image, _, label = lines[1].split(",")
    changes: dict[str, object] = {}
    if edit == "drop_hash":
        lines[1] = f"{image},,{label}"
    elif edit == "short_hash":
        lines[1] = f"{image},abc,{label}"
    elif edit == "count":
        changes["images"] = 21
    else:
        labels = yaml.safe_load((registry / "mine.yaml").read_text())["sets"][0]["labels"]
        changes["labels"] = {**labels, "AMD": labels.get("AMD", 0) + 1}
    _rewrite(registry, "\n".join(lines) + "\n", **changes)
    with pytest.raises(RegistryError, match=message):
        load_suite("mine", [registry])


def test_unknown_suite_lists_the_known_ones(registry: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["eval", "suite", "--suite", "nope", "--registry", str(registry), "--model", "m", "--out", "o"]) == 1
    err = capsys.readouterr().err
    assert "unknown suite 'nope'; known suites: mine (" in err and "demo (" in err


def test_bad_suite_entries_are_named(registry: Path):
    suite = yaml.safe_load((registry / "mine.yaml").read_text())
    suite["sets"][0]["splitt"] = "typo"
    (registry / "mine.yaml").write_text(yaml.safe_dump(suite))
    with pytest.raises(RegistryError, match=r"sets\[0\]: unknown key\(s\) \['splitt'\]"):
        load_suite("mine", [registry])
    (registry / "other.yaml").write_text("suite: mine\nsets: []\n")
    with pytest.raises(RegistryError, match=r"'suite: mine' must equal the file name"):
        load_suite(registry / "other.yaml")


def test_folder_loader_with_label_map(local: Path, tmp_path: Path):
    folder = tmp_path / "root" / "folders"
    for name, label in (("a.png", "healthy"), ("b.png", "healthy"), ("c.png", "dr")):
        (folder / label).mkdir(parents=True, exist_ok=True)
        shutil.copy(next((local / "set" / "images").iterdir()), folder / label / name)
    with pytest.raises(RegistryError, match=r"label\(s\) \['dr', 'healthy'\] are not classes .* --label-map"):
        register_set("f", "folder", folder, root=tmp_path / "root", out_dir=tmp_path / "reg")
    reg = register_set(
        "f",
        "folder",
        folder,
        root=tmp_path / "root",
        out_dir=tmp_path / "reg",
        label_map={"healthy": "Healthy", "dr": "DR"},
    )
    assert reg.entry["data"] == "folders" and reg.entry["labels"] == {"DR": 1, "Healthy": 2}
    suite = load_suite(reg.suite_file)
    check = verify_set(suite.sets[0], tmp_path / "root")
    assert check.registered and sorted(check.data.labels) == ["DR", "Healthy", "Healthy"]


def test_named_layout_without_datasets_module_is_a_clear_error(
    local: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setitem(sys.modules, "mmfundusclip.eval.datasets", None)  # import fails
    with pytest.raises(RegistryError, match="need mmfundusclip.eval.datasets.*use --loader csv"):
        register_set("m", "messidor2", "set", root=local, out_dir=tmp_path / "reg")
    entry = BenchmarkSet("m", "messidor2", "set", tmp_path / "s.csv", "0" * 64, "paper5", tmp_path / "x.yaml")
    with pytest.raises(
        RegistryError, match="loader 'messidor2' needs mmfundusclip.eval.datasets.*loader csv or folder"
    ):
        load_local(entry, local)


def test_eval_zeroshot_train_data_records_leakage(
    local: Path, tmp_path: Path, tiny_data: dict[str, Path], capsys: pytest.CaptureFixture[str]
):
    data = local / "set" / "labels.csv"
    base = ["eval", "zeroshot", "--model", "mfc-micro-vit", "--data", str(data), "--device", "cpu", "--workers", "0", "--bootstrap", "0"]  # fmt: skip
    leaky = tmp_path / "leaky.csv"
    first = sorted((local / "set" / "images").iterdir())[:2]
    leaky.write_text("image\n" + "".join(f"{p}\n" for p in first))
    assert main([*base, "--out", str(tmp_path / "o1"), "--train-data", str(leaky)]) == 0
    err = capsys.readouterr().err
    assert "warning: leakage: 2 of 20 test image(s)" in err
    report = json.loads((tmp_path / "o1" / "zeroshot.json").read_text())
    assert report["leakage"]["counts"]["exact"] == 2 and report["leakage"]["counts"]["pairs"] == 2
    assert (tmp_path / "o1" / "leakage" / "leakage.json").is_file()
    # the training captions of the tiny set share no image with its test split
    assert main([*base, "--out", str(tmp_path / "o2"), "--train-data", str(tiny_data["captions"])]) == 0
    assert "warning: leakage" not in capsys.readouterr().err
    clean = json.loads((tmp_path / "o2" / "zeroshot.json").read_text())
    assert clean["leakage"]["counts"]["pairs"] == 0 and clean["leakage"]["counts"]["train_images"] == 120


def test_hash_files_streams_and_reports_missing(tmp_path: Path):
    big = tmp_path / "big.bin"
    big.write_bytes(bytes(range(256)) * (CHUNK // 256 * 2 + 7))  # spans three chunks
    assert sha256_file(big) == _sha(big)
    cache: dict[Path, str | None] = {}
    assert hash_files([big, tmp_path / "gone.png", big], workers=2, cache=cache) == [_sha(big), None, _sha(big)]
    assert len(cache) == 2  # each file hashed once


def test_shipped_demo_suite_is_consistent_and_reproducible(tmp_path: Path):
    """The demo suite's split file matches its entry, and regenerating the first demo test images gives
    the registered bytes (when Pillow and zlib are the versions the suite file records)."""
    from mmfundusclip.data.synthetic import generate_dataset
    from mmfundusclip.demo import _TEST_START, DEMO_DEFAULTS

    suite = load_suite("demo")
    entry = suite.sets[0]
    rows = read_split(entry.split, expected_sha256=entry.split_sha256, images=entry.images)
    assert len(rows) == DEMO_DEFAULTS["test_images"]
    pinned = re.search(r"Pillow (\S+) and zlib (\S+)\.", (BENCHMARKS_DIR / "demo.yaml").read_text())
    assert pinned, "demo.yaml must record the Pillow and zlib versions its hashes were made with"
    if (PIL.__version__, zlib.ZLIB_RUNTIME_VERSION) != pinned.groups():
        pytest.skip(
            f"hashes pinned with Pillow/zlib {pinned.groups()}, here {PIL.__version__}/{zlib.ZLIB_RUNTIME_VERSION}"
        )
    records = generate_dataset(
        tmp_path / "test", 8, seed=0, size=DEMO_DEFAULTS["image_size"], start=_TEST_START
    )  # the first 8 images of the demo's test split
    got = {r["image"]: (_sha(records.parent / r["image"]), r["label"]) for r in csv.DictReader(open(records))}  # noqa: SIM115
    assert got == {r.image: (r.sha256, r.label) for r in rows[:8]}


@pytest.mark.parametrize("suite_file", sorted(BENCHMARKS_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_shipped_suite_loads(suite_file: Path):
    suite = load_suite(suite_file.stem)
    assert suite.path == suite_file and suite.sets
    for entry in suite.sets:
        assert entry.split.is_file() and entry.images == len(read_split(entry.split))


def test_public_layout_replica_registers_with_its_own_prompts_and_split(tmp_path: Path):
    datasets = pytest.importorskip("mmfundusclip.eval.datasets")
    root = tmp_path / "root"
    datasets.make_replica("aptos2019", root / "aptos", n=4)
    layout = datasets.LAYOUTS["aptos2019"]
    reg = register_set("aptos-test", "aptos2019", "aptos", root=root, out_dir=tmp_path / "reg")
    assert reg.entry["classes"] == layout.prompts and reg.entry["loader_split"] == layout.default_split
    check = verify_set(load_suite(reg.suite_file).sets[0], root)
    assert check.registered and len(check.data.ids) == reg.images > 0


def test_a_set_name_in_a_second_suite_gets_its_own_split_file(registry: Path, local: Path, tmp_path: Path):
    """Split files live in a folder per suite: registering set1 in suite `other` (even with --overwrite)
    leaves the file `mine` pins alone, and `mine` still loads and verifies."""
    first = registry / "splits" / "mine" / "set1.csv"
    pinned = first.read_bytes()
    # a different list under the same set name: 10 of the 20 images
    half = local / "set" / "half.csv"
    half.write_text("".join((local / "set" / "labels.csv").read_text().splitlines(keepends=True)[:11]))
    reg = register_set("set1", "csv", "set/half.csv", root=local, out_dir=registry, suite="other", overwrite=True)
    assert (
        reg.split_file == registry / "splits" / "other" / "set1.csv" and reg.entry["split"] == "splits/other/set1.csv"
    )
    assert first.read_bytes() == pinned
    assert verify_set(load_suite("mine", [registry]).sets[0], local).registered
    other = load_suite("other", [registry]).sets[0]
    assert other.images == 10 and verify_set(other, local).registered
    # Without --overwrite the refusal names the suite that owns the file (a set is gone from its suite
    # file, but its split file stayed).
    suite = yaml.safe_load((registry / "other.yaml").read_text())
    suite["sets"] = []
    (registry / "other.yaml").write_text(yaml.safe_dump(suite))
    with pytest.raises(RegistryError, match=r"other[/\\]set1\.csv exists \(the split file of no suite file in"):
        register_set("set1", "csv", "set/half.csv", root=local, out_dir=registry, suite="other")
    # A hand-made entry of suite `third` that points into `other`'s folder: named, and not overwritten.
    (registry / "third.yaml").write_text(
        yaml.safe_dump({"suite": "third", "sets": [{**reg.entry, "name": "borrowed"}]}, sort_keys=False)
    )
    with pytest.raises(RegistryError, match=r"the split file of set 'borrowed' of suite 'third' \(.*third\.yaml\)"):
        register_set("set1", "csv", "set/half.csv", root=local, out_dir=registry, suite="other")
    with pytest.raises(RegistryError, match=r"set 'borrowed' of suite 'third' .*: replacing it would break"):
        register_set("set1", "csv", "set/labels.csv", root=local, out_dir=registry, suite="other", overwrite=True)
    assert verify_set(load_suite("third", [registry]).sets[0], local).registered


def test_entries_with_a_split_file_outside_the_suite_folder_still_load(registry: Path, local: Path):
    """Entries written before split files had a folder per suite (``splits/NAME.csv``, as the shipped demo
    suite) are read as written."""
    (registry / "splits" / "mine" / "set1.csv").rename(registry / "splits" / "set1.csv")
    suite = yaml.safe_load((registry / "mine.yaml").read_text())
    suite["sets"][0]["split"] = "splits/set1.csv"
    (registry / "mine.yaml").write_text(yaml.safe_dump(suite, sort_keys=False))
    assert verify_set(load_suite("mine", [registry]).sets[0], local).registered
    assert load_suite("demo").sets[0].split == BENCHMARKS_DIR / "splits" / "demo-test.csv"
    legacy = (registry / "splits" / "set1.csv").read_bytes()
    reg = register_set("set1", "csv", "set/labels.csv", root=local, out_dir=registry, suite="two", overwrite=True)
    assert reg.entry["split"] == "splits/two/set1.csv" and (registry / "splits" / "set1.csv").read_bytes() == legacy
    assert verify_set(load_suite("mine", [registry]).sets[0], local).registered
