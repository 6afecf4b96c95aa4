"""Hub round trip without network: export to open_clip's layout, load it with plain open_clip
from local-dir: and from a Hugging Face cache built here (HF_HUB_OFFLINE=1), pinned revisions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import open_clip
import pytest
import torch

from mmfundusclip.cli import main
from mmfundusclip.models import ModelLoadError, load_model

pytestmark = pytest.mark.slow

COMMIT = "0123456789abcdef0123456789abcdef01234567"
CARD = "---\nlicense: other\nlicense_name: apple-amlr\nlicense_link: https://example.invalid/LICENSE\nlibrary_name: open_clip\n---\n# test model\n"


@pytest.fixture(scope="module")
def exported(tiny_data: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hub")
    argv = ["train", "--train-data", str(tiny_data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16", "--epochs", "1", "--workers", "0", "--logs", str(root), "--name", "run", "--train.device", "cpu"]  # fmt: skip
    assert main(argv) == 0
    assert main(["export", str(root / "run"), "--out", str(root / "export")]) == 0
    # A Hugging Face cache holding the exported files as repo testorg/fundus-micro at COMMIT.
    repo = root / "hf_cache" / "models--testorg--fundus-micro"
    snap = repo / "snapshots" / COMMIT
    shutil.copytree(root / "export", snap)
    (snap / "README.md").write_text(CARD)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(COMMIT)
    return {"run": root / "run", "export": root / "export", "cache": root / "hf_cache", "root": root}


def _embeddings(model: torch.nn.Module, preprocess, tokenizer, image: Path) -> tuple[torch.Tensor, torch.Tensor]:  # noqa: ANN001
    from PIL import Image

    model.eval()
    with torch.no_grad():
        img = model.encode_image(preprocess(Image.open(image).convert("RGB"))[None], normalize=True)
        txt = model.encode_text(tokenizer(["a fundus photograph showing diabetic retinopathy."]), normalize=True)
    return img, txt


def test_export_layout(exported: dict[str, Path]):
    cfg = json.loads((exported["export"] / "open_clip_config.json").read_text())
    assert cfg["model_cfg"]["vision_cfg"]["image_size"] == 32
    assert {"mean", "std", "interpolation", "resize_mode", "size"} <= set(cfg["preprocess_cfg"])
    assert sorted(p.name for p in exported["export"].iterdir()) == [
        "README.md",
        "open_clip_config.json",
        "open_clip_model.safetensors",
    ]


def test_plain_open_clip_loads_the_export_with_identical_embeddings(
    exported: dict[str, Path], tiny_data: dict[str, Path]
):
    ours = load_model(str(exported["run"]))
    theirs, preprocess = open_clip.create_model_from_pretrained(f"local-dir:{exported['export']}")
    tokenizer = open_clip.get_tokenizer(f"local-dir:{exported['export']}")
    image = next((tiny_data["root"] / "test" / "images").glob("*.png"))
    a = _embeddings(ours.model, ours.preprocess_val, ours.tokenizer, image)
    b = _embeddings(theirs, preprocess, tokenizer, image)
    for x, y in zip(a, b, strict=True):
        assert torch.allclose(x, y, atol=1e-6)


def test_hf_hub_id_loads_offline_from_a_local_cache(exported: dict[str, Path], tiny_data: dict[str, Path]):
    ref = load_model(str(exported["run"]))
    hub = load_model("hf-hub:testorg/fundus-micro", cache_dir=str(exported["cache"]))
    assert hub.base is not None and hub.base.revision == COMMIT and hub.base.license_name == "apple-amlr"
    theirs, preprocess = open_clip.create_model_from_pretrained(
        "hf-hub:testorg/fundus-micro", cache_dir=str(exported["cache"])
    )
    image = next((tiny_data["root"] / "test" / "images").glob("*.png"))
    a = _embeddings(ref.model, ref.preprocess_val, ref.tokenizer, image)
    for other, pre in ((hub.model, hub.preprocess_val), (theirs, preprocess)):
        b = _embeddings(other, pre, ref.tokenizer, image)
        for x, y in zip(a, b, strict=True):
            assert torch.allclose(x, y, atol=1e-6)


def test_a_revision_missing_from_the_cache_is_a_clear_error(exported: dict[str, Path]):
    with pytest.raises(
        ModelLoadError,
        match=r"hf-hub:testorg/fundus-micro at revision ffff.*hf download testorg/fundus-micro --revision ffff",
    ):
        load_model("hf-hub:testorg/fundus-micro", cache_dir=str(exported["cache"]), revision="f" * 40)


def test_training_from_a_hub_model_records_revision_and_licence(
    exported: dict[str, Path], tiny_data: dict[str, Path], capsys: pytest.CaptureFixture[str]
):
    logs = exported["root"] / "from_hub"
    argv = ["train", "--train-data", str(tiny_data["captions"]), "--model", "hf-hub:testorg/fundus-micro", "--cache-dir", str(exported["cache"]), "--batch-size", "16", "--epochs", "1", "--workers", "0", "--logs", str(logs), "--name", "r", "--train.device", "cpu"]  # fmt: skip
    assert main(argv) == 0
    assert f"revision {COMMIT}" in capsys.readouterr().out
    base = json.loads((logs / "r" / "base_model.json").read_text())
    assert base["revision"] == COMMIT and base["license_name"] == "apple-amlr"
    # The checkpoint rebuilds from the pinned snapshot and can itself be exported.
    loaded = load_model(str(logs / "r"), cache_dir=str(exported["cache"]))
    assert loaded.base is not None and loaded.base.revision == COMMIT
    assert main(["export", str(logs / "r"), "--out", str(logs / "export"), "--cache-dir", str(exported["cache"])]) == 0
    open_clip.create_model_from_pretrained(f"local-dir:{logs / 'export'}")


def test_export_refuses_a_non_empty_folder(exported: dict[str, Path], capsys: pytest.CaptureFixture[str]):
    assert main(["export", str(exported["run"]), "--out", str(exported["export"])]) == 1
    assert "not empty" in capsys.readouterr().err
