"""Model card: front matter the Hub reads, licence inherited from the base model, training recipe
from the run's config, evaluation table with 95 % intervals, no dates or paths in the text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from mmfundusclip.card import (
    CARD_TAGS,
    REPO_PLACEHOLDER,
    CardError,
    LicenseInfo,
    build_card,
    card_license_problem,
    eval_summary,
    load_eval_report,
    resolve_license,
    training_recipe,
)
from mmfundusclip.config import config_to_dict, load_config

REVISION = "8d4e7a6c5b3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d"
DFN_BASE = {
    "repo": "apple/DFN5B-CLIP-ViT-H-14-378",
    "revision": REVISION,
    "license": "apple-amlr",
    "license_name": "apple-sample-code-license",
    "license_link": "https://huggingface.co/apple/DFN5B-CLIP-ViT-H-14-378/blob/main/LICENSE",
    "folder": "/somewhere/in/the/cache",
}
REFERENCE = Path(__file__).resolve().parent.parent / "src" / "mmfundusclip" / "configs" / "reference.yaml"


def _report(tmp_path: Path, name: str = "zeroshot.json", **overrides: object) -> Path:
    """A report in the shape `mmfundusclip eval zeroshot` writes (see eval/metrics.py, write_report)."""

    def entry(acc: float, auc: float | None, aupr: float, support: int | None = None, name: str | None = None) -> dict:
        e: dict = {
            "acc": acc,
            "auc": auc,
            "aupr": aupr,
            "acc_ci": [acc - 0.1, acc + 0.05],
            "aupr_ci": [aupr - 0.1, aupr + 0.1],
        }
        if auc is not None:
            e["auc_ci"] = [auc - 0.05, auc + 0.03]
        if support is not None:
            e["support"] = support
        if name:
            e["name"] = name
        return e

    metrics = {
        "classes": {
            "DR": entry(0.81, 0.912, 0.7, 40, "diabetic retinopathy"),
            "AMD": entry(0.62, 0.874, 0.55, 25, "age-related macular degeneration"),
            "Healthy": entry(0.9, None, 0.8, 35, "normal"),
        },
        "macro": entry(0.7767, 0.893, 0.6833),
        "n": 100,
        "accuracy": 0.79,
        "accuracy_ci": [0.7, 0.86],
        "bootstrap": {"resamples": 200, "seed": 0, "unit": "patient"},
        "scoring": "softmax(logit_scale*cos)",
        "data": "/home/someone/data/odir_test.csv",
        "model": "/home/someone/runs/r1",
        "prompts": {"source": "/x/configs/classes/paper5.yaml", "classes": {"DR": ["a photo of {}."]}},
        "skipped": 2,
    }
    metrics.update(overrides)
    path = tmp_path / name
    path.write_text(json.dumps(metrics), encoding="utf-8")
    return path


def _front_matter(card: str) -> dict:
    assert card.startswith("---\n")
    return yaml.safe_load(card[4 : card.index("\n---", 4)])


def _reference_card(tmp_path: Path, **kw: object) -> str:
    cfg = config_to_dict(load_config(REFERENCE))
    recipe = training_recipe(cfg, arch="hf-hub:apple/DFN5B-CLIP-ViT-H-14-378", base=DFN_BASE, n_train=102_400, processes=8, step=1000)  # fmt: skip
    args = {
        "arch": "hf-hub:apple/DFN5B-CLIP-ViT-H-14-378",
        "recipe": recipe,
        "license": resolve_license(DFN_BASE),
        "base": DFN_BASE,
        "data_description": "Ultra-widefield fundus photographs of adults, captions written from clinic notes.",
        "eval_reports": [load_eval_report(f"ODIR={_report(tmp_path)}")],
        "preprocess": {
            "size": 378,
            "mean": [0.5, 0.5, 0.5],
            "std": [0.5, 0.5, 0.5],
            "interpolation": "bicubic",
            "resize_mode": "squash",
        },  # fmt: skip
    }
    args.update(kw)
    return build_card(**args)  # type: ignore[arg-type]


def test_front_matter_names_library_task_tags_base_and_inherited_licence(tmp_path: Path):
    meta = _front_matter(_reference_card(tmp_path))
    assert meta["library_name"] == "open_clip"
    assert meta["pipeline_tag"] == "zero-shot-image-classification"
    assert meta["tags"] == CARD_TAGS
    assert {"clip", "open_clip", "fundus", "ophthalmology", "retina", "zero-shot-image-classification"} <= set(
        meta["tags"]
    )
    assert meta["base_model"] == "apple/DFN5B-CLIP-ViT-H-14-378"
    assert (meta["license"], meta["license_name"], meta["license_link"]) == (
        DFN_BASE["license"],
        DFN_BASE["license_name"],
        DFN_BASE["license_link"],
    )
    assert card_license_problem(meta) is None


def test_body_names_base_revision_recipe_data_and_use(tmp_path: Path):
    card = _reference_card(tmp_path)
    assert f"revision `{REVISION}`" in card
    # The reference recipe, as config.yaml states it.
    assert "| Epochs | 10 (1000 optimizer steps) |" in card
    assert "128 per process x 8 process(es) = 1024 per step" in card
    assert "lr 1e-06, betas (0.9, 0.95), weight decay 0.2" in card
    assert "| Schedule | const, no warmup |" in card
    assert "bfloat16 autocast" in card and "gradient checkpointing" in card
    assert "with local loss and gather with grad" in card
    assert "random affine up to 30 degrees" in card
    assert "102,400 image-caption pairs" in card
    assert "Ultra-widefield fundus photographs of adults" in card
    assert "Not for clinical decisions" in card and "not a medical device" in card
    assert "## Intended use" in card and "## Limitations" in card
    # Loading in three lines of plain open_clip.
    snippet = card.split("```python\n")[1].split("```")[0].strip().splitlines()
    assert snippet == [
        "import open_clip",
        f'model, preprocess = open_clip.create_model_from_pretrained("hf-hub:{REPO_PLACEHOLDER}")',
        f'tokenizer = open_clip.get_tokenizer("hf-hub:{REPO_PLACEHOLDER}")',
    ]


def test_evaluation_table_has_per_class_and_macro_figures_with_intervals(tmp_path: Path):
    card = _reference_card(tmp_path)
    assert "### Zero-shot classification: ODIR (100 images)" in card
    assert (
        "| DR (diabetic retinopathy) | 40 | 0.810 (0.710-0.860) | 0.912 (0.862-0.942) | 0.700 (0.600-0.800) |" in card
    )
    assert "| Healthy (normal) | 35 | 0.900 (0.800-0.950) | n/a | 0.800 (0.700-0.900) |" in card  # AUC undefined
    assert "| **macro** | 100 | 0.777 (0.677-0.827) | 0.893 (0.843-0.923) | 0.683 (0.583-0.783) |" in card
    assert "200 bootstrap resamples, resampling patients" in card and "2 unreadable image(s)" in card


def test_card_holds_no_dates_paths_or_hub_folder(tmp_path: Path):
    card = _reference_card(tmp_path)
    assert not re.search(r"\b\d{4}[-/_]\d{2}[-/_]\d{2}\b", card)
    for leaked in ("/home/someone", "odir_test.csv", "/somewhere/in/the/cache", "/x/configs"):
        assert leaked not in card


def test_a_licensed_base_cannot_be_relicensed():
    assert resolve_license(DFN_BASE) == LicenseInfo(
        "apple-amlr", DFN_BASE["license_name"], DFN_BASE["license_link"], inherited_from=DFN_BASE["repo"]
    )
    with pytest.raises(CardError, match=r"apple/DFN5B-CLIP-ViT-H-14-378 is licensed under .*drop --license"):
        resolve_license(DFN_BASE, "apache-2.0")
    # Repeating the base's own licence is not a conflict.
    assert resolve_license(DFN_BASE, "apple-amlr").license == "apple-amlr"


def test_without_a_licensed_base_the_user_licence_is_used_and_checked():
    assert resolve_license(None) is None
    assert resolve_license({"repo": "x/y", "license": None}) is None
    assert resolve_license(None, "apache-2.0") == LicenseInfo("apache-2.0")
    with pytest.raises(CardError, match="licence 'other' needs a licence name and a link"):
        resolve_license(None, "other", license_name="my-licence")
    with pytest.raises(CardError, match="not a Hub licence identifier"):
        resolve_license(None, "Apache 2.0")
    with pytest.raises(CardError, match="need --license"):
        resolve_license(None, None, license_name="x")


def test_card_without_licence_says_so_and_fails_the_licence_check(tmp_path: Path):
    card = _reference_card(tmp_path, license=None, base=None)
    meta = _front_matter(card)
    assert "license" not in meta and "base_model" not in meta
    assert card_license_problem(meta) == "has no 'license' in its front matter"
    assert card_license_problem({"license": "other"}) == "says 'license: other' without a 'license_name'"
    assert "cannot be published without one" in card


def test_eval_report_name_defaults_to_the_data_file(tmp_path: Path):
    assert load_eval_report(_report(tmp_path)).name == "odir_test.csv"
    folder = tmp_path / "evalA"
    folder.mkdir()
    _report(folder)
    assert load_eval_report(folder).path == folder / "zeroshot.json"  # a report folder works too


def test_bad_eval_reports_are_clear_errors(tmp_path: Path):
    with pytest.raises(CardError, match="evaluation report not found: .*nope.json"):
        load_eval_report(tmp_path / "nope.json")
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(CardError, match="bad.json is not valid JSON"):
        load_eval_report(tmp_path / "bad.json")
    with pytest.raises(CardError, match="needs 'classes'.*and 'macro'"):
        load_eval_report(_report(tmp_path, "nomacro.json", macro=None))
    broken = _report(tmp_path, "noauc.json")
    data = json.loads(broken.read_text())
    del data["classes"]["AMD"]["auc"]
    broken.write_text(json.dumps(data))
    with pytest.raises(CardError, match="class 'AMD' lacks auc"):
        load_eval_report(broken)
    (tmp_path / "multi.json").write_text(json.dumps({"multilabel": True, "labels": {"DR": {"auc": 0.8}}, "macro": {}}))
    with pytest.raises(CardError, match="multi.json is multi-label"):
        load_eval_report(tmp_path / "multi.json")


def test_published_eval_summary_keeps_figures_and_drops_paths(tmp_path: Path):
    summary = eval_summary(load_eval_report(f"ODIR={_report(tmp_path)}"))
    assert summary["name"] == "ODIR" and summary["macro"]["auc"] == 0.893 and summary["n"] == 100
    assert summary["prompts"] == {"DR": ["a photo of {}."]}
    text = json.dumps(summary)
    assert "/home/someone" not in text and "/x/configs" not in text


def test_recipe_without_process_count_says_so():
    cfg = config_to_dict(load_config(None))
    rows = dict(training_recipe(cfg, arch="mfc-micro-vit"))
    assert rows["Batch size"] == "64 per process (process count not recorded)"
    assert rows["Training pairs"] == "not recorded"
    assert rows["Model"] == "mfc-micro-vit"


def test_generated_card_passes_the_real_deidentifier(tmp_path: Path):
    pytest.importorskip("mmfundusclip.text.deid")
    from mmfundusclip.hub import UploadFile, scan_for_identifiers

    card = _reference_card(tmp_path).replace(f"hf-hub:{REPO_PLACEHOLDER}", "hf-hub:fundus-lab/uwf-clip-dfn5b")
    path = tmp_path / "README.md"
    path.write_text(card)
    findings, _ = scan_for_identifiers(
        [UploadFile("README.md", path, path.stat().st_size)], allowed_urls=(DFN_BASE["license_link"],)
    )
    assert findings == []
    # The scan is live: a contact line in the same card is found, on its line.
    path.write_text(card + "\nContact: Dr. John Smith, john.smith@example.org\n")
    findings, _ = scan_for_identifiers([UploadFile("README.md", path, 0)], allowed_urls=(DFN_BASE["license_link"],))
    line = len(card.splitlines()) + 2
    assert {(f.line, f.kind) for f in findings} == {(line, "NAME"), (line, "EMAIL")}
