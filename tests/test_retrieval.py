"""Image-text retrieval: recall@K on hand-made and random similarities (against a brute-force
reference), the caption CSV reader and its errors, the bootstrap, and ``eval retrieval`` end to end."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from mmfundusclip.cli import main
from mmfundusclip.data.csvdata import DataError
from mmfundusclip.eval.retrieval import (
    load_caption_set,
    recall_at_k,
    recall_summary,
    retrieval_bootstrap,
    retrieval_ranks,
)


def test_recall_at_k_by_hand():
    # Query 0 finds its item first, query 1 second, query 2 last of 3.
    sim = np.array([[0.9, 0.1, 0.0], [0.8, 0.7, 0.1], [0.9, 0.8, 0.1]])
    out = recall_at_k(sim, [{0}, {1}, {2}], ks=(1, 2, 3))
    assert out["R@1"] == 1 / 3 and out["R@2"] == 2 / 3 and out["R@3"] == 1.0
    assert out["median_rank"] == 2.0 and out["mean_rank"] == 2.0


def test_any_of_several_captions_counts():
    sim = np.array([[0.1, 0.5, 0.9]])  # best candidate is caption 2, one of the image's two captions
    assert recall_at_k(sim, [{1, 2}], ks=(1,))["R@1"] == 1.0
    assert recall_at_k(sim, [{0}], ks=(1, 2))["R@2"] == 0.0


def test_a_tie_with_a_wrong_candidate_counts_against_the_query():
    # A collapsed model (every similarity equal) must not find its pairs by row order.
    sim = np.ones((3, 3))
    out = recall_at_k(sim, [{0}, {1}, {2}], ks=(1, 3))
    assert out["R@1"] == 0.0 and out["R@3"] == 1.0 and out["median_rank"] == 3.0
    ranks = retrieval_ranks(np.ones((3, 4)), np.ones((3, 4)), np.array([0, 1, 2]))
    assert ranks["i2t"].tolist() == [2, 2, 2] and ranks["t2i"].tolist() == [2, 2, 2]


def _brute_force(img: np.ndarray, txt: np.ndarray, owner: np.ndarray) -> tuple[list[int], list[int]]:
    """Ranks by sorting every row (no ties in random floats): the definition, written plainly."""
    sim = img.astype(np.float64) @ txt.T.astype(np.float64)
    i2t = []
    for u in range(len(img)):
        order = np.argsort(-sim[u])
        i2t.append(next(r for r, c in enumerate(order) if owner[c] == u))
    t2i = []
    for j in range(len(txt)):
        order = np.argsort(-sim[:, j])
        t2i.append(int(np.flatnonzero(order == owner[j])[0]))
    return i2t, t2i


@pytest.mark.parametrize("block", [1, 7, 1024])
def test_ranks_match_a_brute_force_reference_with_several_captions_per_image(block: int):
    rng = np.random.default_rng(3)
    img = rng.normal(size=(23, 8)).astype(np.float32)
    owner = np.concatenate([np.arange(23), rng.integers(0, 23, 31)])  # every image once, some up to 4 times
    txt = (img[owner] + rng.normal(size=(len(owner), 8)) * 1.5).astype(np.float32)
    ranks = retrieval_ranks(img, txt, owner, block=block)
    i2t, t2i = _brute_force(img, txt, owner)
    assert ranks["i2t"].tolist() == i2t and ranks["t2i"].tolist() == t2i
    assert 0 < (ranks["i2t"] == 0).sum() < 23  # neither trivial nor hopeless
    sim = img @ txt.T
    assert ranks["i2t_top"].tolist() == sim.argmax(1).tolist()
    assert ranks["t2i_top"].tolist() == sim.argmax(0).tolist()
    assert recall_summary(ranks["i2t"], (1, 5))["R@5"] == np.mean(np.array(i2t) < 5)


def test_ranks_refuse_inconsistent_links():
    img, txt = np.eye(3, dtype=np.float32), np.eye(3, dtype=np.float32)
    with pytest.raises(ValueError, match="every image needs at least one caption"):
        retrieval_ranks(img, txt, np.array([0, 0, 1]))
    with pytest.raises(ValueError, match="does not exist"):
        retrieval_ranks(img, txt, np.array([0, 1, 3]))
    with pytest.raises(ValueError, match="3 caption features but 2"):
        retrieval_ranks(img, txt, np.array([0, 1]))


def test_bootstrap_intervals_hold_the_estimate_and_resample_patients():
    rng = np.random.default_rng(0)
    owner = np.repeat(np.arange(40), 2)
    i2t, t2i = rng.integers(0, 8, 40), rng.integers(0, 8, 80)
    cis = retrieval_bootstrap(i2t, t2i, owner, ks=(1, 5), resamples=300, seed=1)
    for k in (1, 5):
        lo, hi = cis[f"i2t_R@{k}"]
        assert lo <= np.mean(i2t < k) <= hi and lo < hi
        lo, hi = cis[f"t2i_R@{k}"]
        assert lo <= np.mean(t2i < k) <= hi and lo < hi
    assert cis == retrieval_bootstrap(i2t, t2i, owner, ks=(1, 5), resamples=300, seed=1)
    # Two images per patient, perfectly correlated: resampling patients widens the interval.
    patients = np.repeat(np.arange(20), 2)
    same = np.repeat(rng.integers(0, 2, 20), 2) * 9  # both images of a patient hit or both miss at K=5
    by_image = retrieval_bootstrap(same, np.repeat(same, 2), owner, ks=(5,), resamples=400)
    by_patient = retrieval_bootstrap(same, np.repeat(same, 2), owner, ks=(5,), resamples=400, groups=patients)
    width = {name: ci["i2t_R@5"][1] - ci["i2t_R@5"][0] for name, ci in (("image", by_image), ("patient", by_patient))}
    assert width["patient"] > width["image"]
    assert retrieval_bootstrap(np.zeros(5, int), np.zeros(5, int), np.arange(5), ks=(1,), resamples=50)["t2i_R@1"] == [
        1.0,
        1.0,
    ]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_caption_set_groups_rows_of_one_file_and_reads_patients(tmp_path: Path):
    rows = [["a.png", "first", "p1"], ["./a.png", "second", ""], ["b.png", "third", ""], ["a.png", "fourth", "p1"]]
    data = load_caption_set(_write(tmp_path / "c.csv", ["image", "caption", "patient"], rows))
    assert data.image_ids == ["a.png", "b.png"] and data.paths == [tmp_path / "a.png", tmp_path / "b.png"]
    assert data.caption_image.tolist() == [0, 0, 1, 0] and data.captions[1] == "second"
    assert data.groups == ["p1", "b.png"]  # an image without a patient is a patient of its own
    no_patient = load_caption_set(tmp_path / "c.csv", patient_key=None)
    assert no_patient.groups is None and no_patient.digest() == data.digest()


def test_caption_set_errors_name_the_file_lines_and_columns(tmp_path: Path):
    bad = _write(tmp_path / "empty.csv", ["image", "caption"], [["a.png", "x"], ["b.png", " "], ["c.png", ""]])
    with pytest.raises(DataError, match=r"empty\.csv: empty caption cell \('caption'\) at lines 3, 4"):
        load_caption_set(bad)
    bad = _write(tmp_path / "noimage.csv", ["image", "caption"], [["", "x"]])
    with pytest.raises(DataError, match=r"empty image cell \('image'\) at line 2;"):
        load_caption_set(bad)
    cols = _write(tmp_path / "cols.csv", ["filepath", "title"], [["a.png", "x"]])
    with pytest.raises(DataError, match=r"missing column\(s\) 'image', 'caption'.*--img-key / --caption-key"):
        load_caption_set(cols)
    semi = tmp_path / "semi.csv"
    semi.write_text("image;caption\na.png;x\n")
    with pytest.raises(DataError, match="separated by ';', not ',': pass --csv-separator ';'"):
        load_caption_set(semi)
    assert load_caption_set(semi, separator=";").captions == ["x"]
    with pytest.raises(DataError, match=r"no patient column 'subject' \(--patient-key\)"):
        load_caption_set(cols, img_key="filepath", caption_key="title", patient_key="subject", require_patient=True)
    assert load_caption_set(cols, img_key="filepath", caption_key="title").captions == ["x"]
    two = _write(tmp_path / "two.csv", ["image", "caption", "patient"], [["a.png", "x", "p1"], ["a.png", "y", "p2"]])
    with pytest.raises(DataError, match=r"image 'a.png' is given two patients \('p1' and 'p2', line 3\)"):
        load_caption_set(two)


def test_standalone_and_training_loop_recall_agree(tiny_data: dict[str, Path], tmp_path: Path):
    """The command's evaluator (unique images through the shared image pass) and the training loop's
    validation (each row with its caption) give the same recall on the same model and rows, with
    several captions per image, shared caption texts and several spellings of one file."""
    import torch

    from mmfundusclip.data.csvdata import read_table
    from mmfundusclip.eval.retrieval import CaptionRetrievalEvaluator, RetrievalEvaluator
    from mmfundusclip.models import load_model

    root = tiny_data["captions"].parent
    rows = read_table(tiny_data["captions"])[:40]
    extra = [{**rows[i], "caption": rows[i + 1]["caption"]} for i in range(0, 20, 2)]  # a second caption, shared text
    extra += [{**rows[i], "image": "./" + rows[i]["image"]} for i in range(20, 25)]  # another spelling
    extra += [{**rows[i], "image": str(root / rows[i]["image"]), "caption": "x"} for i in range(25, 28)]
    path = _write(tmp_path / "pairs.csv", ["image", "caption"], [[r["image"], r["caption"]] for r in rows + extra])
    torch.manual_seed(0)
    loaded = load_model("mfc-micro-vit", device=torch.device("cpu"))
    args = (loaded.model, loaded.preprocess_val, loaded.tokenizer, torch.device("cpu"))
    data = load_caption_set(path, image_dir=root)
    assert len(data.paths) == 40 and len(data.captions) == 58
    standalone = CaptionRetrievalEvaluator(data, batch_size=32, bootstrap=0)(*args)
    training = RetrievalEvaluator(read_table(path), root, "image", "caption", batch_size=32)(*args)
    for direction in ("i2t", "t2i"):
        for k in ("R@1", "R@5", "R@10", "median_rank", "mean_rank"):
            assert standalone.metrics[direction][k] == pytest.approx(training[f"{direction}_{k}"]), (direction, k)
    assert standalone.metrics["images"] == 40 and training["n"] == 58
    assert standalone.metrics["shared_captions"] > 0


@pytest.mark.slow
def test_eval_retrieval_command_reports_ranks_skips_and_compares(
    tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    src = tiny_data["captions"]
    with open(src, newline="") as fh:
        rows = list(csv.DictReader(fh))[:30]
    # A second caption for the first image, and a row whose file is missing.
    rows = [*rows, {**rows[0], "caption": "another caption of the first image"}]
    rows.append({**rows[1], "image": "images/missing.png", "caption": "the caption of a lost image"})
    data = tmp_path / "pairs.csv"
    with open(data, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    out = tmp_path / "out"
    argv = ["eval", "retrieval", "--model", "mfc-micro-vit", "--data", str(data), "--image-dir", str(src.parent), "--out", str(out), "--workers", "0", "--bootstrap", "50"]  # fmt: skip
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert (
        "image -> text" in printed
        and "1 image(s) could not be read and were left out with their 1 caption(s)" in printed
    )
    report = json.loads((out / "retrieval.json").read_text())
    assert report["images"] == 30 and report["captions"] == 31 and report["skipped"] == 1
    assert report["skipped_captions"] == 1 and report["bootstrap"]["resamples"] == 50
    assert report["model"] == "mfc-micro-vit" and report["provenance"]["mmfundusclip"]
    skipped = list(csv.DictReader(open(out / "skipped.csv", newline="")))  # noqa: SIM115
    assert [Path(s["path"]).name for s in skipped] == ["missing.png"]
    # Every figure can be recomputed from the rank files.
    i2t = list(csv.DictReader(open(out / "ranks_i2t.csv", newline="")))  # noqa: SIM115
    t2i = list(csv.DictReader(open(out / "ranks_t2i.csv", newline="")))  # noqa: SIM115
    assert len(i2t) == 30 and len(t2i) == 31
    for direction, ranks in (("i2t", i2t), ("t2i", t2i)):
        for k in (1, 5, 10):
            assert report[direction][f"R@{k}"] == pytest.approx(np.mean([int(r["rank"]) <= k for r in ranks]))
            lo, hi = report[direction][f"R@{k}_ci"]
            assert lo <= report[direction][f"R@{k}"] <= hi
    assert "| image → text |" in (out / "retrieval.md").read_text()

    two = tmp_path / "two"
    argv = ["eval", "retrieval", "--model", "mfc-micro-vit", "--model", "mfc-micro-vit", "--data", str(data), "--image-dir", str(src.parent), "--out", str(two), "--workers", "0", "--bootstrap", "0", "--ks", "1,3"]  # fmt: skip
    assert main(argv) == 0
    assert (two / "mfc-micro-vit" / "retrieval.json").is_file() and (
        two / "mfc-micro-vit-2" / "retrieval.json"
    ).is_file()
    table = (two / "comparison.md").read_text()
    assert "i2t R@3" in table and table.count("| mfc-micro-vit") == 2


def test_eval_retrieval_bad_arguments_are_errors(
    tiny_data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    base = ["eval", "retrieval", "--data", str(tiny_data["captions"]), "--out", str(tmp_path / "o")]
    assert main([*base, "--model", "mfc-micro-vit", "--ks", "1,0"]) == 1
    assert "--ks: '0' is not a positive rank" in capsys.readouterr().err
    assert main([*base, "--model", "a", "--model", "b", "--pretrained", "x"]) == 1
    assert "--pretrained was given 1 time(s) for 2 --model(s)" in capsys.readouterr().err
    assert main([*base, "--model", "mfc-micro-vit", "--caption-key", "text"]) == 1
    assert "missing column(s) 'text'; the file has columns ['image', 'caption', 'label']" in capsys.readouterr().err
    assert main([*base, "--model", "mfc-micro-vit", "--patient-key", "subject"]) == 1
    assert "no patient column 'subject' (--patient-key)" in capsys.readouterr().err
    assert main([*base, "--model", str(tmp_path / "no_such_run")]) == 1
    assert "not found" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("task", ["retrieval", "zeroshot"])
def test_a_set_with_no_readable_image_is_an_error_naming_the_files(
    task: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    column = "caption" if task == "retrieval" else "label"
    data = _write(tmp_path / "t.csv", ["image", column], [["gone1.png", "AMD"], ["gone2.png", "DR"]])
    argv = ["eval", task, "--model", "mfc-micro-vit", "--data", str(data), "--out", str(tmp_path / "o"), "--workers", "0"]  # fmt: skip
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "error: none of the 2 image(s) could be read" in err and "gone1.png: FileNotFoundError" in err
    assert "Traceback" not in err and not (tmp_path / "o").exists()


def test_ranks_with_shared_caption_texts_match_the_definition():
    """Templated captions: equal texts have equal embeddings (as from a text encoder), and a text is
    correct for every image that has it. Counted plainly: the wrong candidates scoring at least as
    high as the best correct one."""
    rng = np.random.default_rng(5)
    texts = rng.integers(0, 6, 40)  # 40 captions drawn from 6 texts
    owner = np.concatenate([np.arange(25), rng.integers(0, 25, 15)])
    text_emb = rng.normal(size=(6, 4)).astype(np.float32)
    txt = text_emb[texts]
    img = (rng.normal(size=(25, 4)) * 0.8 + text_emb[texts[:25]]).astype(np.float32)
    img[3] = img[4]  # an exact tie between two images as well
    sim = img @ txt.T
    has = [{int(texts[j]) for j in np.flatnonzero(owner == u)} for u in range(25)]
    i2t = [
        sum(
            1
            for j in range(40)
            if texts[j] not in has[u] and sim[u, j] >= max(sim[u, c] for c in range(40) if texts[c] in has[u])
        )
        for u in range(25)
    ]
    t2i = [
        sum(
            1
            for u in range(25)
            if texts[j] not in has[u] and sim[u, j] >= max(sim[v, j] for v in range(25) if texts[j] in has[v])
        )
        for j in range(40)
    ]
    for block in (3, 1024):
        ranks = retrieval_ranks(img, txt, owner, [f"text {t}" for t in texts], block=block)
        assert ranks["i2t"].tolist() == i2t and ranks["t2i"].tolist() == t2i
        tops = ranks["i2t_top"]
        assert ranks["i2t_top_correct"].tolist() == [int(texts[tops[u]] in has[u]) for u in range(25)]


def test_a_perfect_model_on_templated_captions_finds_every_text():
    # 3 texts x 4 images: each image embeds exactly as its caption. By pairs alone, the 3 other images
    # of a text would tie with the right one and count against it; by text they are all correct.
    text_emb = np.eye(3, dtype=np.float32)
    texts = np.repeat(np.arange(3), 4)
    ranks = retrieval_ranks(text_emb[texts], text_emb[texts], np.arange(12), [str(t) for t in texts])
    assert (ranks["i2t"] == 0).all() and (ranks["t2i"] == 0).all()
    assert ranks["i2t_top_correct"].all() and ranks["t2i_top_correct"].all()
    by_pairs = retrieval_ranks(text_emb[texts], text_emb[texts], np.arange(12))
    assert (by_pairs["i2t"] == 3).all()


def test_non_finite_similarities_count_against_the_query():
    img = np.full((4, 3), np.nan, dtype=np.float32)  # a diverged model
    txt = np.eye(4, 3, dtype=np.float32)
    ranks = retrieval_ranks(img, txt, np.arange(4))
    assert (ranks["i2t"] == 3).all() and (ranks["t2i"] == 3).all()
    sim = np.full((3, 3), np.nan)
    assert recall_at_k(sim, [{0}, {1}, {2}], ks=(1,))["R@1"] == 0.0


def test_spellings_of_one_file_are_one_image(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "sub").mkdir()
    absolute = str(tmp_path / "sub" / "x.png")
    _write(
        tmp_path / "sub" / "c.csv",
        ["image", "caption"],
        [["x.png", "a"], ["./x.png", "b"], [absolute, "c"], ["y.png", "d"]],
    )
    monkeypatch.chdir(tmp_path)  # a relative CSV path
    data = load_caption_set("sub/c.csv")
    assert data.image_ids == ["x.png", "y.png"] and data.caption_image.tolist() == [0, 0, 0, 1]


def test_gallery_smaller_than_k_is_noted(tiny_data: dict[str, Path], tmp_path: Path):
    import torch

    from mmfundusclip.eval.retrieval import CaptionRetrievalEvaluator
    from mmfundusclip.models import load_model

    rows = list(csv.DictReader(open(tiny_data["captions"], newline="")))[:3]  # noqa: SIM115
    root = tiny_data["captions"].parent
    data = load_caption_set(
        _write(tmp_path / "three.csv", ["image", "caption"], [[str(root / r["image"]), r["caption"]] for r in rows])
    )
    loaded = load_model("mfc-micro-vit", device=torch.device("cpu"))
    result = CaptionRetrievalEvaluator(data, ks=(1, 5), bootstrap=0)(
        loaded.model, loaded.preprocess_val, loaded.tokenizer, torch.device("cpu")
    )
    assert result.metrics["notes"] == [
        "R@5 of i2t is 1 by construction: the gallery has only 3 captions",
        "R@5 of t2i is 1 by construction: the gallery has only 3 images",
    ]
    assert result.metrics["i2t"]["R@5"] == 1.0
