"""`mmfundusclip export` with a model card and `mmfundusclip push`, without network: the Hub client
is replaced by a stand-in that records every call, and each bad input must stop before any call."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import huggingface_hub
import open_clip
import pytest
import torch
from safetensors.torch import load_file, save_file

from mmfundusclip import hub
from mmfundusclip.card import REPO_PLACEHOLDER, build_card, resolve_license
from mmfundusclip.cli import main
from mmfundusclip.hub import HubError, check_export_folder, plan_push, push_folder

try:  # the project's de-identifier (another module); the clean paths use it once it exists
    from mmfundusclip.text.deid import Deidentifier  # noqa: F401

    HAVE_DEID = True
except ImportError:
    HAVE_DEID = False


class RecordingApi:
    """Stands in for huggingface_hub.HfApi: records calls, never touches the network."""

    calls: list[tuple[str, tuple, dict]] = []
    existing_private: bool | None = None  # repo_info's answer: None = the repo was just created private/public

    def __init__(self, token: str | None = None, **kw: Any):
        self.calls.append(("HfApi", (), {"token": token, **kw}))
        self._created_private: bool | None = None

    def create_repo(self, repo_id: str, **kw: Any) -> str:
        self.calls.append(("create_repo", (repo_id,), kw))
        self._created_private = kw.get("private")
        return f"https://huggingface.co/{repo_id}"

    def repo_info(self, repo_id: str, **kw: Any) -> SimpleNamespace:
        self.calls.append(("repo_info", (repo_id,), kw))
        private = self.existing_private if self.existing_private is not None else self._created_private
        return SimpleNamespace(private=private)

    def create_branch(self, repo_id: str, **kw: Any) -> None:
        self.calls.append(("create_branch", (repo_id,), kw))

    def create_commit(self, repo_id: str, operations: list, **kw: Any) -> None:
        files = {}
        for op in operations:
            src = op.path_or_fileobj
            files[op.path_in_repo] = src if isinstance(src, bytes) else Path(src).read_bytes()
        self.calls.append(("create_commit", (repo_id,), {**kw, "files": files}))

    def upload_folder(self, **kw: Any) -> None:  # pragma: no cover - push must use one create_commit
        self.calls.append(("upload_folder", (), kw))


@pytest.fixture()
def api(monkeypatch: pytest.MonkeyPatch) -> type[RecordingApi]:
    RecordingApi.calls = []
    RecordingApi.existing_private = None
    monkeypatch.setattr(huggingface_hub, "HfApi", RecordingApi)
    return RecordingApi


@pytest.fixture()
def no_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for var in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_OIDC_RESOURCE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(huggingface_hub.constants, "HF_TOKEN_PATH", str(tmp_path / "no-token-file"))


@pytest.fixture()
def scanner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real de-identifier when it exists; until then a scanner that finds nothing."""
    if not HAVE_DEID:
        monkeypatch.setattr(hub, "_default_scanner", lambda: lambda line: [])


def _fake_export(folder: Path, *, license: str | None = "apache-2.0", body_extra: str = "") -> Path:
    """A small folder in the export layout (config, safetensors, card) without training a model."""
    folder.mkdir(parents=True)
    cfg = {"model_cfg": open_clip.get_model_config("ViT-B-32"), "preprocess_cfg": {"size": 224}}
    (folder / "open_clip_config.json").write_text(json.dumps(cfg, indent=2))
    save_file({"w": torch.zeros(4)}, str(folder / "open_clip_model.safetensors"))
    card = build_card(
        arch="mfc-micro-vit",
        recipe=[("Epochs", "1")],
        license=resolve_license(None, license) if license else None,
        data_description="Synthetic fundus images drawn by the test suite." + body_extra,
    )
    (folder / "README.md").write_text(card)
    return folder


def _names(calls: list) -> list[str]:
    return [c[0] for c in calls]


# ------------------------------------------------------------------------------------ push, fast


def test_push_creates_private_repo_and_uploads_every_file_in_one_commit(tmp_path: Path, api, scanner):
    folder = _fake_export(tmp_path / "export")
    plan = push_folder(folder, "fundus-lab/micro", token="hf_test", message="first upload")
    assert _names(api.calls) == ["HfApi", "create_repo", "repo_info", "create_commit"]
    assert api.calls[0][2]["token"] == "hf_test"
    assert api.calls[1] == (
        "create_repo",
        ("fundus-lab/micro",),
        {"repo_type": "model", "private": True, "exist_ok": True},
    )
    commit = api.calls[3][2]
    assert commit["commit_message"] == "first upload" and commit["revision"] is None
    assert sorted(commit["files"]) == ["README.md", "open_clip_config.json", "open_clip_model.safetensors"]
    assert commit["files"]["open_clip_model.safetensors"] == (folder / "open_clip_model.safetensors").read_bytes()
    readme = commit["files"]["README.md"].decode()
    assert 'create_model_from_pretrained("hf-hub:fundus-lab/micro")' in readme and REPO_PLACEHOLDER not in readme
    assert REPO_PLACEHOLDER in (folder / "README.md").read_text()  # the folder itself is left as exported
    assert [f.path_in_repo for f in plan.files] == sorted(commit["files"])


def test_push_to_a_branch_creates_it_and_commits_there(tmp_path: Path, api, scanner):
    push_folder(_fake_export(tmp_path / "e"), "fundus-lab/micro", token="t", revision="v1", private=False)
    assert _names(api.calls) == ["HfApi", "create_repo", "repo_info", "create_branch", "create_commit"]
    assert api.calls[1][2]["private"] is False
    assert api.calls[3] == (
        "create_branch",
        ("fundus-lab/micro",),
        {"branch": "v1", "repo_type": "model", "exist_ok": True},
    )
    assert api.calls[4][2]["revision"] == "v1"


def test_private_push_into_an_existing_public_repo_is_refused_before_upload(tmp_path: Path, api, scanner):
    api.existing_private = False
    with pytest.raises(HubError, match="already exists and is public.*pass --public"):
        push_folder(_fake_export(tmp_path / "e"), "fundus-lab/micro", token="t")
    assert "create_commit" not in _names(api.calls)


def test_dry_run_checks_everything_lists_files_and_makes_no_hub_call(tmp_path: Path, api, scanner, capsys):
    folder = _fake_export(tmp_path / "e")
    assert main(["push", str(folder), "--repo", "fundus-lab/micro", "--token", "t", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert api.calls == []
    assert "target: https://huggingface.co/fundus-lab/micro, private\n" in out
    size = (folder / "open_clip_model.safetensors").stat().st_size
    assert f"{size} B  open_clip_model.safetensors" in out
    assert "README.md" in out and "open_clip_config.json" in out and "nothing was uploaded" in out


def test_cli_push_uploads_with_the_token_from_hf_token(tmp_path: Path, api, scanner, capsys, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_from_env")
    folder = _fake_export(tmp_path / "e")
    assert main(["push", str(folder), "--repo", "fundus-lab/micro", "--public", "--message", "m"]) == 0
    assert api.calls[0][2]["token"] == "hf_from_env"
    assert api.calls[1][2]["private"] is False
    assert "uploaded 3 file(s) to https://huggingface.co/fundus-lab/micro in one commit" in capsys.readouterr().out


def test_push_without_a_token_says_how_to_log_in(tmp_path: Path, api, scanner, no_token, capsys):
    folder = _fake_export(tmp_path / "e")
    assert main(["push", str(folder), "--repo", "fundus-lab/micro"]) == 1
    err = capsys.readouterr().err
    assert "no Hugging Face token" in err and "hf auth login" in err and "HF_TOKEN" in err
    assert api.calls == []


@pytest.mark.parametrize(
    "repo", ["micro", "a/b/c", "fundus-lab/bad--name", "fundus-lab/.hidden", "fundus lab/micro", "org/name.git", "/x"]
)
def test_invalid_repo_names_are_refused(tmp_path: Path, api, repo: str):
    with pytest.raises(HubError, match="invalid repository"):
        push_folder(_fake_export(tmp_path / "e"), repo, token="t")
    assert api.calls == []


def test_invalid_branch_name_is_refused(tmp_path: Path, api):
    with pytest.raises(HubError, match="invalid --revision 'my branch'"):
        push_folder(_fake_export(tmp_path / "e"), "fundus-lab/micro", token="t", revision="my branch")


def test_missing_folder_is_a_clear_error(tmp_path: Path, api, capsys):
    assert main(["push", str(tmp_path / "nowhere"), "--repo", "fundus-lab/micro", "--token", "t"]) == 1
    assert "export folder not found" in capsys.readouterr().err and api.calls == []


def test_unexpected_files_are_listed(tmp_path: Path, api):
    folder = _fake_export(tmp_path / "e")
    (folder / "notes.txt").write_text("x")
    (folder / "extra").mkdir()
    (folder / "extra" / "train.csv").write_text("image,caption\n")
    (folder / "eval_results").mkdir()
    (folder / "eval_results" / "roc.png").write_bytes(b"\x89PNG")
    with pytest.raises(HubError, match=r"outside the export layout: eval_results/roc.png, extra/train.csv, notes.txt;"):
        push_folder(folder, "fundus-lab/micro", token="t")
    assert api.calls == []


@pytest.mark.parametrize(
    "name", ["pytorch_model.bin", "open_clip_pytorch_model.bin", "epoch_1.pt", "model.ckpt", "x.pkl"]
)
def test_pickle_weights_are_refused(tmp_path: Path, api, name: str):
    folder = _fake_export(tmp_path / "e")
    (folder / name).write_bytes(b"\x80\x04")
    with pytest.raises(HubError, match=f"pickle weights \\({name}\\): published weights are safetensors only"):
        push_folder(folder, "fundus-lab/micro", token="t")
    assert api.calls == []


def test_incomplete_export_is_refused(tmp_path: Path):
    folder = _fake_export(tmp_path / "e")
    (folder / "open_clip_model.safetensors").unlink()
    with pytest.raises(HubError, match="lacks open_clip_model.safetensors"):
        check_export_folder(folder)


def test_card_without_licence_is_refused(tmp_path: Path, api, capsys):
    folder = _fake_export(tmp_path / "e", license=None)
    assert main(["push", str(folder), "--repo", "fundus-lab/micro", "--token", "t", "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "README.md has no 'license' in its front matter" in err and "--license" in err
    assert api.calls == []


def test_identifiers_stop_the_push_naming_file_line_and_kind_not_the_value(tmp_path: Path, api):
    folder = _fake_export(tmp_path / "e", body_extra="\nContact: SECRET-PERSON at the clinic.")
    (folder / "LICENSE.txt").write_text("Permission granted.\nSECRET-PERSON wrote this.\n")
    card_line = (folder / "README.md").read_text().splitlines().index("Contact: SECRET-PERSON at the clinic.") + 1

    def fake_scanner(line: str) -> list[SimpleNamespace]:
        return [SimpleNamespace(kind="PERSON", start=0, end=1)] if "SECRET-PERSON" in line else []

    with pytest.raises(HubError) as info:
        push_folder(folder, "fundus-lab/micro", token="t", scanner=fake_scanner)
    msg = str(info.value)
    assert "found 2 possible identifier(s)" in msg
    assert f"README.md line {card_line}: PERSON" in msg and "LICENSE.txt line 2: PERSON" in msg
    assert "SECRET-PERSON" not in msg
    assert api.calls == []


@pytest.mark.skipif(not HAVE_DEID, reason="mmfundusclip.text.deid not written yet")
def test_real_deidentifier_refuses_a_card_with_a_contact(tmp_path: Path, api, capsys):
    folder = _fake_export(tmp_path / "e", body_extra="\nContact: Dr. John Smith, john.smith@example.org")
    assert main(["push", str(folder), "--repo", "fundus-lab/micro", "--token", "t", "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "README.md line" in err and "possible identifier" in err
    assert "John Smith" not in err and "john.smith@example.org" not in err
    # The same card without the contact goes through.
    clean = _fake_export(tmp_path / "clean")
    plan, _ = plan_push(clean, "fundus-lab/micro", token="t")
    assert {f.path_in_repo for f in plan.files} == {"README.md", "open_clip_config.json", "open_clip_model.safetensors"}


@pytest.mark.skipif(not HAVE_DEID, reason="mmfundusclip.text.deid not written yet")
def test_only_public_links_and_the_licence_link_pass_the_url_check(tmp_path: Path):
    folder = _fake_export(tmp_path / "e", license=None, body_extra="\nSee https://huggingface.co/datasets/x/y.")
    card = (
        (folder / "README.md")
        .read_text()
        .replace(
            "library_name: open_clip\n",
            "library_name: open_clip\nlicense: other\nlicense_name: lab-licence\nlicense_link: https://lab.example.org/licence\n",
        )
    )
    (folder / "README.md").write_text(card)
    plan_push(folder, "fundus-lab/micro", token="t")  # Hub links, open_clip's repository and the licence link
    (folder / "README.md").write_text(card + "\nTeam page: https://lab.example.org/people\n")
    with pytest.raises(HubError, match=r"README.md line \d+: URL"):
        plan_push(folder, "fundus-lab/micro", token="t")


# --------------------------------------------------------------------------- export + push, slow


@pytest.fixture(scope="module")
def trained(tiny_data: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("push")
    argv = ["train", "--train-data", str(tiny_data["captions"]), "--model", "mfc-micro-vit", "--batch-size", "16", "--epochs", "1", "--workers", "0", "--logs", str(root), "--name", "run", "--train.device", "cpu"]  # fmt: skip
    assert main(argv) == 0
    test_csv = tiny_data["root"] / "test" / "records.csv"
    argv = ["eval", "zeroshot", "--model", str(root / "run"), "--data", str(test_csv), "--out", str(root / "zs"), "--bootstrap", "20", "--workers", "0"]  # fmt: skip
    assert main(argv) == 0
    return {"run": root / "run", "report": root / "zs" / "zeroshot.json", "root": root}


@pytest.mark.slow
def test_export_writes_card_and_figures_and_push_uploads_them(
    trained: dict[str, Path], tmp_path: Path, api, scanner, capsys
):
    out = tmp_path / "export"
    desc = tmp_path / "data.md"
    desc.write_text("120 synthetic colour fundus images with template captions.")
    argv = ["export", str(trained["run"]), "--out", str(out), "--license", "mit", "--data-description-file", str(desc), "--eval-report", f"synthetic={trained['report']}"]  # fmt: skip
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "plain open_clip reproduces its embeddings" in printed
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "README.md",
        "eval_results/synthetic.json",
        "open_clip_config.json",
        "open_clip_model.safetensors",
    ]
    card = (out / "README.md").read_text()
    report = json.loads(trained["report"].read_text())
    macro_auc = f"{report['macro']['auc']:.3f} ({report['macro']['auc_ci'][0]:.3f}-{report['macro']['auc_ci'][1]:.3f})"
    assert macro_auc in card and "license: mit" in card and "120 synthetic colour fundus images" in card
    assert "| Training pairs | 120 image-caption pairs |" in card and "16 per process x 1 process(es)" in card
    figures = json.loads((out / "eval_results" / "synthetic.json").read_text())
    assert figures["macro"] == report["macro"] and "data" not in figures and "model" not in figures
    # Plain open_clip loads the folder, tokenizer included.
    tokenizer = open_clip.get_tokenizer(f"local-dir:{out}")
    assert tokenizer(["a fundus photograph"]).shape == (1, 64)
    assert main(["push", str(out), "--repo", "fundus-lab/micro", "--token", "t"]) == 0
    commit = api.calls[-1]
    assert commit[0] == "create_commit" and len(commit[2]["files"]) == 4


@pytest.mark.slow
def test_export_refuses_an_eval_report_of_another_checkpoint(trained: dict[str, Path], tmp_path: Path, capsys):
    other = tmp_path / "other_run" / "checkpoints"
    other.mkdir(parents=True)
    shutil.copy(next((trained["run"] / "checkpoints").glob("*.safetensors")), other / "epoch_1.safetensors")
    report = json.loads(trained["report"].read_text())
    report["model"] = str(tmp_path / "other_run")
    (tmp_path / "zs.json").write_text(json.dumps(report))
    argv = ["export", str(trained["run"]), "--out", str(tmp_path / "e"), "--eval-report", str(tmp_path / "zs.json")]
    assert main(argv) == 1
    assert "evaluated " in capsys.readouterr().err and not (tmp_path / "e").exists()


def _rewrite_checkpoint(src: Path, dst: Path, **meta_changes: str | None) -> None:
    from safetensors import safe_open

    with safe_open(str(src), framework="pt") as fh:
        meta = dict(fh.metadata())
    for k, v in meta_changes.items():
        if v is None:
            meta.pop(k, None)
        else:
            meta[k] = v
    dst.parent.mkdir(parents=True, exist_ok=True)
    save_file(load_file(str(src)), str(dst), metadata=meta)


@pytest.mark.slow
def test_export_without_a_training_config_is_refused(trained: dict[str, Path], tmp_path: Path, capsys):
    ckpt = tmp_path / "lonely" / "epoch_1.safetensors"
    _rewrite_checkpoint(next((trained["run"] / "checkpoints").glob("*.safetensors")), ckpt, config=None)
    assert main(["export", str(ckpt), "--out", str(tmp_path / "e")]) == 1
    err = capsys.readouterr().err
    assert "training config missing" in err and "'config' metadata" in err
    assert not (tmp_path / "e").exists() and not (tmp_path / "e.tmp").exists()


@pytest.mark.slow
def test_export_with_a_config_of_another_model_is_refused(trained: dict[str, Path], tmp_path: Path, capsys):
    run = tmp_path / "run"
    shutil.copytree(trained["run"], run)
    cfg = (run / "config.yaml").read_text().replace("name: mfc-micro-vit", "name: mfc-tiny-vit")
    (run / "config.yaml").write_text(cfg)
    assert main(["export", str(run), "--out", str(tmp_path / "e")]) == 1
    err = capsys.readouterr().err
    assert "says model.name 'mfc-tiny-vit'" in err and "'mfc-micro-vit'" in err and "belongs to another run" in err


@pytest.mark.slow
def test_export_of_weights_that_do_not_fit_their_architecture_is_refused(
    trained: dict[str, Path], tmp_path: Path, capsys
):
    ckpt = tmp_path / "wrong" / "checkpoints" / "epoch_1.safetensors"
    _rewrite_checkpoint(next((trained["run"] / "checkpoints").glob("*.safetensors")), ckpt, arch="mfc-tiny-vit")
    assert main(["export", str(tmp_path / "wrong"), "--out", str(tmp_path / "e")]) == 1
    assert "does not fit architecture mfc-tiny-vit" in capsys.readouterr().err


@pytest.mark.slow
def test_export_of_a_config_that_does_not_reproduce_the_weights_is_refused(
    trained: dict[str, Path], tmp_path: Path, monkeypatch
):
    from mmfundusclip.models import load_model

    loaded = load_model(str(trained["run"]))
    real = hub._write_config_and_weights

    def wrong_activation(model, arch, folder, *, quick_gelu, model_cfg):  # noqa: ANN001, ANN202
        return real(model, arch, folder, quick_gelu=not quick_gelu, model_cfg=model_cfg)

    monkeypatch.setattr(hub, "_write_config_and_weights", wrong_activation)
    with pytest.raises(HubError, match="does not reproduce the checkpoint's embeddings"):
        hub.export_checkpoint(trained["run"], tmp_path / "e")
    assert not (tmp_path / "e").exists() and not (tmp_path / "e.tmp").exists()
    assert loaded.arch == "mfc-micro-vit"


@pytest.mark.slow
def test_export_of_a_hub_based_run_inherits_the_base_licence(
    trained: dict[str, Path], tmp_path: Path, tiny_data: dict[str, Path], capsys
):
    # A Hugging Face cache holding our micro model as repo testorg/base at COMMIT, with a licence.
    commit = "0123456789abcdef0123456789abcdef01234567"
    assert main(["export", str(trained["run"]), "--out", str(tmp_path / "base"), "--license", "mit"]) == 0
    repo = tmp_path / "cache" / "models--testorg--base"
    snap = repo / "snapshots" / commit
    shutil.copytree(tmp_path / "base", snap)
    card = (
        "---\nlicense: other\nlicense_name: base-research-licence\nlicense_link: https://example.invalid/LICENSE\n---\n"
    )
    (snap / "README.md").write_text(card)
    (snap / "LICENSE").write_text("Research use only.\n")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    argv = ["train", "--train-data", str(tiny_data["captions"]), "--model", "hf-hub:testorg/base", "--cache-dir", str(tmp_path / "cache"), "--batch-size", "16", "--epochs", "1", "--workers", "0", "--logs", str(tmp_path), "--name", "ft", "--train.device", "cpu"]  # fmt: skip
    assert main(argv) == 0
    out = tmp_path / "export"
    assert main(["export", str(tmp_path / "ft"), "--out", str(out), "--cache-dir", str(tmp_path / "cache")]) == 0
    text = (out / "README.md").read_text()
    assert "license: other\nlicense_name: base-research-licence\nlicense_link: https://example.invalid/LICENSE" in text
    assert "base_model: testorg/base" in text and f"revision `{commit}`" in text
    assert (out / "LICENSE").read_text() == "Research use only.\n"
    # Relicensing the derivative is refused.
    argv = ["export", str(tmp_path / "ft"), "--out", str(tmp_path / "e2"), "--cache-dir", str(tmp_path / "cache"), "--license", "apache-2.0"]  # fmt: skip
    assert main(argv) == 1
    assert "stay under it" in capsys.readouterr().err


def test_export_overwrite_never_replaces_a_run_folder(trained: dict[str, Path], tmp_path: Path, capsys):
    run = tmp_path / "run"
    shutil.copytree(trained["run"], run)
    before = sorted(p.name for p in run.iterdir())
    ckpt = next((run / "checkpoints").glob("*.safetensors"))
    argv = ["export", str(ckpt), "--out", str(run), "--overwrite", "--license", "mit", "--no-verify"]
    assert main(argv) == 1
    assert "holds the checkpoint" in capsys.readouterr().err
    other = tmp_path / "notes"
    other.mkdir()
    (other / "results.txt").write_text("keep me")
    assert main([*argv[:3], str(other), *argv[4:]]) == 1
    assert "--overwrite replaces only an earlier export" in capsys.readouterr().err
    assert sorted(p.name for p in run.iterdir()) == before and (other / "results.txt").is_file()


def test_identifiers_in_the_licence_file_stop_the_push(tmp_path: Path, api, scanner):
    if not HAVE_DEID:
        pytest.skip("needs the de-identifier")
    folder = _fake_export(tmp_path / "e")
    (folder / "LICENSE").write_text("MIT License\nCopyright holder contact: jane.doe@example.org\n")
    with pytest.raises(HubError, match=r"LICENSE line 2: EMAIL"):
        push_folder(folder, "fundus-lab/micro", token="t")
    assert "create_commit" not in _names(api.calls)
