"""The Hugging Face Hub: pinned, offline-friendly loading of base models, and export of our
checkpoints to open_clip's Hub layout (so plain open_clip loads them).

Loading ``hf-hub:org/name`` goes through ``huggingface_hub.snapshot_download`` at a revision:
that pins the exact commit (recorded in the run folder, with the model's license from its card)
and works from a populated cache with ``HF_HUB_OFFLINE=1``. The snapshot folder is then handed
to open_clip as ``local-dir:``.

Publishing goes the other way in two steps. ``export_checkpoint`` writes one of our checkpoints
in open_clip's layout (config with preprocessing, safetensors weights, tokenizer files when the
model uses a Hugging Face tokenizer, the base model's LICENSE, a model card and the figures of
the evaluation reports), then loads the folder back with plain open_clip and refuses it unless
tokens, preprocessing and embeddings match the checkpoint. ``push_folder`` checks such a folder
(known files only, safetensors weights only, a card with a licence, no identifiers in any text
file) before it makes a single Hub call, then uploads it in one commit.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "BaseModelInfo",
    "ExportResult",
    "Finding",
    "HubError",
    "PushPlan",
    "UploadFile",
    "check_export_folder",
    "check_repo_id",
    "export_checkpoint",
    "export_open_clip_folder",
    "plan_push",
    "push_folder",
    "read_card_metadata",
    "resolve_hub_model",
    "scan_for_identifiers",
]

#: What open_clip needs from a Hub repository (plus the card and licence for provenance).
HUB_PATTERNS = [
    "open_clip_config.json",
    "open_clip_model.safetensors",
    "open_clip_pytorch_model.bin",
    "README.md",
    "LICENSE*",
    "*.txt",
    "tokenizer*",
    "special_tokens_map.json",
    "vocab*",
    "merges.txt",
]


class HubError(RuntimeError):
    """A Hub repository cannot be resolved or written; the message says what to do."""


@dataclass(frozen=True)
class BaseModelInfo:
    """Where a base model came from: recorded in the run folder and every checkpoint."""

    repo: str
    revision: str  # the commit the snapshot resolved to
    license: str | None
    license_name: str | None
    license_link: str | None
    folder: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_card_metadata(folder: Path) -> dict[str, Any]:
    """The YAML front matter of a model card (``README.md``), or {}."""
    card = folder / "README.md"
    if not card.is_file():
        return {}
    text = card.read_text(encoding="utf-8", errors="replace")
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    if end < 0:
        return {}
    try:
        meta = yaml.safe_load(text[3:end])
    except yaml.YAMLError:
        return {}
    return meta if isinstance(meta, dict) else {}


def resolve_hub_model(repo: str, revision: str | None = None, cache_dir: str | None = None) -> BaseModelInfo:
    """Snapshot ``repo`` at ``revision`` (default: main) from the Hub or, offline, the cache."""
    from huggingface_hub import snapshot_download

    try:
        folder = Path(snapshot_download(repo, revision=revision, cache_dir=cache_dir, allow_patterns=HUB_PATTERNS))
    except Exception as exc:  # noqa: BLE001 - huggingface_hub raises many kinds; all mean "not available here"
        where = f" --cache-dir {cache_dir}" if cache_dir else ""
        rev = f" --revision {revision}" if revision else ""
        raise HubError(
            f"cannot load hf-hub:{repo}{' at revision ' + revision if revision else ''}: it is not in the local Hugging Face cache"
            f"{' ' + repr(cache_dir) if cache_dir else ''} and the Hub cannot be reached (HF_HUB_OFFLINE or no network). "
            f"Fetch it on a machine with network: `hf download {repo}{rev}{where}`, then copy the cache here. ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
        ) from exc
    if not (folder / "open_clip_config.json").is_file():
        raise HubError(
            f"hf-hub:{repo} has no open_clip_config.json at revision {folder.name}: not an open_clip model repository"
        )
    card = read_card_metadata(folder)
    return BaseModelInfo(
        repo=repo,
        revision=folder.name,
        license=card.get("license"),
        license_name=card.get("license_name"),
        license_link=card.get("license_link"),
        folder=str(folder),
    )


def export_open_clip_folder(
    model: Any,
    arch: str,
    out: Path,
    *,
    quick_gelu: bool = False,
    model_cfg: dict[str, Any] | None = None,
    overwrite: bool = False,
) -> Path:
    """Write ``open_clip_config.json`` and ``open_clip_model.safetensors`` for ``model`` into ``out``.

    ``open_clip.create_model_from_pretrained("local-dir:OUT")`` (or ``hf-hub:`` once uploaded)
    then builds the same model with the same preprocessing. Written into a temporary folder and
    renamed, so a cut-off export never looks complete.
    """
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        if not overwrite:
            raise HubError(f"export folder {out} is not empty; pass --overwrite or choose another folder")
        shutil.rmtree(out)
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    _write_config_and_weights(model, arch, tmp, quick_gelu=quick_gelu, model_cfg=model_cfg)
    if out.exists():
        out.rmdir()
    tmp.rename(out)
    return out


def _write_config_and_weights(
    model: Any, arch: str, folder: Path, *, quick_gelu: bool, model_cfg: dict[str, Any] | None
) -> dict[str, Any]:
    """``open_clip_config.json`` (architecture + preprocessing) and ``open_clip_model.safetensors``."""
    import open_clip
    from safetensors.torch import save_file

    cfg = model_cfg if model_cfg is not None else open_clip.get_model_config(arch)
    if cfg is None:
        raise HubError(f"no open_clip model config known for {arch!r}; cannot describe the architecture")
    cfg = json.loads(json.dumps(cfg))
    if quick_gelu:
        cfg["quick_gelu"] = True
    preprocess = dict(getattr(model.visual, "preprocess_cfg", {}) or {})
    config = {"model_cfg": cfg, "preprocess_cfg": preprocess}
    (folder / "open_clip_config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    tensors = {k: v.detach().to("cpu").contiguous() for k, v in model.state_dict().items()}
    save_file(tensors, str(folder / "open_clip_model.safetensors"), metadata={"format": "pt"})
    return config


# ------------------------------------------------------------------------------------ export layout

#: Files of an export folder, by exact name: open_clip's two, the card, the licence.
LAYOUT_FILES = frozenset(
    {"open_clip_config.json", "open_clip_model.safetensors", "README.md", "LICENSE", "LICENSE.txt", "LICENSE.md"}
)
#: Files a Hugging Face tokenizer's ``save_pretrained`` writes (models whose text_cfg names an
#: ``hf_tokenizer_name``: open_clip's ``get_tokenizer("local-dir:...")`` reads them from the folder).
TOKENIZER_FILES = frozenset(
    {
        "tokenizer.json",
        "tokenizer_config.json",
        "special_tokens_map.json",
        "added_tokens.json",
        "vocab.json",
        "vocab.txt",
        "merges.txt",
        "spiece.model",
        "sentencepiece.bpe.model",
        "tokenizer.model",
    }
)
#: Word-piece vocabularies copied from the base tokenizer: they hold every common first name as a
#: token, so the de-identifier would flag them, and they come from the base model, not our records.
_VOCABULARY_FILES = frozenset({"tokenizer.json", "vocab.json", "vocab.txt", "merges.txt"})
#: Evaluation figures (``eval_summary`` of each report) go here, one JSON file per report.
EVAL_DIR = "eval_results"
REQUIRED_FILES = ("open_clip_config.json", "open_clip_model.safetensors", "README.md")
#: Pickle-based weight formats: loading one can run arbitrary code, so none is ever published.
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt")
#: Text files scanned for identifiers before upload.
TEXT_SUFFIXES = (".md", ".txt", ".json", ".yaml", ".yml", ".csv")
#: Probe caption used to check that the exported tokenizer and towers reproduce the checkpoint.
_PROBE_TEXT = ["a colour fundus photograph showing diabetic retinopathy with hard exudates."]


@dataclass(frozen=True)
class ExportResult:
    """What ``export_checkpoint`` wrote and the facts the card states."""

    folder: Path
    checkpoint: Path
    files: list[str]
    license: Any  # card.LicenseInfo | None
    warnings: list[str]
    max_embedding_diff: float | None  # None when verification was skipped


def _run_folder_of(ckpt: Path) -> Path:
    return ckpt.parent.parent if ckpt.parent.name == "checkpoints" else ckpt.parent


def _training_config(ckpt: Path, meta: dict[str, str]) -> dict[str, Any]:
    """The resolved config of the run that wrote ``ckpt``: run folder ``config.yaml``, else the
    copy every checkpoint carries in its metadata."""
    run = _run_folder_of(ckpt)
    path = run / "config.yaml"
    text = path.read_text(encoding="utf-8") if path.is_file() else meta.get("config")
    where = str(path) if path.is_file() else f"{ckpt} (metadata 'config')"
    if not text:
        raise HubError(
            f"training config missing: neither {path} nor the 'config' metadata of {ckpt} exists; "
            "the card's training section is read from it (export a checkpoint written by `mmfundusclip train`)"
        )
    try:
        cfg = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise HubError(f"training config {where} is not valid YAML: {exc}") from exc
    if not isinstance(cfg, dict) or not isinstance(cfg.get("model"), dict) or not isinstance(cfg.get("train"), dict):
        raise HubError(f"training config {where} lacks the 'model' and 'train' sections of an mmfundusclip config")
    return cfg


def _check_config_matches(cfg: dict[str, Any], meta: dict[str, str], ckpt: Path) -> None:
    """The run's config must describe these weights (a config.yaml copied from another run must not)."""
    from .models import resolve_alias

    name = str(cfg["model"].get("name") or "")
    arch = meta.get("arch", "")
    # A run that started from one of our checkpoints names a path; its arch comes from that file.
    names_a_model = name.startswith(("hf-hub:", "local-dir:")) or not Path(name).exists()
    if name and names_a_model and resolve_alias(name) != arch:
        raise HubError(
            f"the training config of {ckpt} says model.name {name!r} but the checkpoint's weights are of {arch!r}: "
            f"{_run_folder_of(ckpt) / 'config.yaml'} belongs to another run; export the checkpoint from its own run folder"
        )
    fq = cfg["model"].get("force_quick_gelu")
    if fq is not None and "force_quick_gelu" in meta and str(bool(fq)).lower() != meta["force_quick_gelu"]:
        raise HubError(
            f"the training config of {ckpt} says model.force_quick_gelu {fq} but the checkpoint was written with "
            f"{meta['force_quick_gelu']}: the config belongs to another run"
        )


def _base_model(ckpt: Path, meta: dict[str, str], loaded_base: BaseModelInfo | None) -> dict[str, Any] | None:
    """Base model provenance: the run folder's ``base_model.json``, else the checkpoint's metadata."""
    from_meta = json.loads(meta.get("base_model") or "null")
    path = _run_folder_of(ckpt) / "base_model.json"
    base = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else from_meta
    if base is None and loaded_base is not None:
        base = loaded_base.to_dict()
    if base and from_meta and base.get("revision") != from_meta.get("revision"):
        raise HubError(
            f"{path} names base revision {base.get('revision')} but {ckpt} was trained from {from_meta.get('revision')}: "
            "the run folder's base_model.json belongs to another run"
        )
    return base


def _count_training_pairs(cfg: dict[str, Any]) -> int | None:
    """Rows of the training CSV(s) when they are still readable here, else None."""
    from .data.csvdata import DataError, read_table

    spec = (cfg.get("data") or {}).get("train_data")
    if not spec:
        return None
    parts = str(spec).split("::")
    if not all(Path(p).is_file() and p.endswith((".csv", ".tsv")) for p in parts):
        return None
    try:
        return sum(len(read_table(p, (cfg.get("data") or {}).get("csv_separator", ","))) for p in parts)
    except (DataError, OSError, UnicodeDecodeError):
        return None


def _processes(ckpt: Path, cfg: dict[str, Any], n_train: int | None, meta: dict[str, str]) -> int | None:
    from .card import infer_processes

    metrics = _run_folder_of(ckpt) / "metrics.jsonl"
    if metrics.is_file():  # multi-process runs log a 'ranks_agree' record with the world size
        for line in metrics.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and isinstance(record.get("world_size"), int):
                return record["world_size"]
    step, epoch = meta.get("step"), meta.get("epoch")
    return infer_processes(
        n_train,
        int(cfg["train"].get("batch_size") or 1),
        int((cfg.get("optim") or {}).get("accum_freq") or 1),
        int(step) if step and step.isdigit() else None,
        int(epoch) if epoch and epoch.isdigit() else None,
    )


def _check_report_matches(report: Any, ckpt: Path, warnings: list[str]) -> None:
    """An evaluation of another checkpoint must not end up in this model's card."""
    from .models import find_checkpoint

    model = str(report.metrics.get("model") or "")
    if model and not model.startswith(("hf-hub:", "local-dir:")) and Path(model).exists():
        try:
            evaluated = find_checkpoint(model)
        except RuntimeError:
            evaluated = None
        if evaluated is not None and evaluated.resolve() != ckpt.resolve():
            raise HubError(
                f"evaluation report {report.path} evaluated {evaluated}, not the exported checkpoint {ckpt}: "
                "evaluate this checkpoint (mmfundusclip eval zeroshot --model CHECKPOINT) and pass that report"
            )
        return
    warnings.append(f"cannot confirm that {report.path} evaluated this checkpoint (it names model {model or '?'})")


def _write_tokenizer(loaded: Any, model_cfg: dict[str, Any], folder: Path) -> str:
    """Tokenizer files for models with a Hugging Face tokenizer; a description for the card."""
    text_cfg = model_cfg.get("text_cfg") or {}
    hf_name = text_cfg.get("hf_tokenizer_name")
    if not hf_name:
        # open_clip builds its default CLIP BPE tokenizer from text_cfg.context_length (in the config).
        return f"open_clip's default CLIP tokenizer (context length {text_cfg.get('context_length', 77)})"
    inner = getattr(loaded.tokenizer, "tokenizer", None)
    if inner is None or not hasattr(inner, "save_pretrained"):
        raise HubError(
            f"the model's text_cfg names hf_tokenizer_name {hf_name!r} but its tokenizer cannot be saved; "
            "open_clip's local-dir: loader needs the tokenizer files in the export folder"
        )
    inner.save_pretrained(str(folder))
    return f"the Hugging Face tokenizer {hf_name} (files included)"


def _probe_image() -> Any:
    """A deterministic RGB image (colour gradients) for comparing preprocessing and towers."""
    import numpy as np
    from PIL import Image

    y, x = np.mgrid[0:97, 0:131]
    rgb = np.stack([(x * 2) % 256, (y * 3) % 256, ((x + y) * 5) % 256], axis=-1).astype("uint8")
    return Image.fromarray(rgb, "RGB")


def _verify_export(loaded: Any, folder: Path) -> float:
    """Load ``folder`` with plain open_clip; tokens, preprocessing and embeddings must match ``loaded``."""
    import open_clip
    import torch

    try:
        theirs, preprocess = open_clip.create_model_from_pretrained(f"local-dir:{folder}", device="cpu")
        tokenizer = open_clip.get_tokenizer(f"local-dir:{folder}")
    except Exception as exc:  # noqa: BLE001 - any failure here means the folder is not loadable
        raise HubError(f"open_clip cannot load the export ({type(exc).__name__}: {exc}); nothing was written") from exc
    tokens = tokenizer(_PROBE_TEXT)
    if not torch.equal(tokens, loaded.tokenizer(_PROBE_TEXT)):
        raise HubError("the exported tokenizer does not tokenize like the checkpoint's; nothing was written")
    image = _probe_image()
    pixels = preprocess(image)[None]
    if not torch.allclose(pixels, loaded.preprocess_val(image)[None], atol=1e-6):
        raise HubError("the exported preprocessing differs from the checkpoint's (size, mean/std or resize mode)")
    ours = loaded.model.to("cpu").eval()
    theirs.eval()
    with torch.no_grad():
        diffs = [
            (ours.encode_image(pixels, normalize=True) - theirs.encode_image(pixels, normalize=True)).abs().max(),
            (ours.encode_text(tokens, normalize=True) - theirs.encode_text(tokens, normalize=True)).abs().max(),
        ]
    worst = float(max(diffs))
    # Same weights and same code on CPU give identical numbers; 1e-5 leaves room for kernel choice
    # while a wrong config (activation, pooling, norm) moves unit vectors by 1e-2 or more.
    if worst > 1e-5:
        raise HubError(
            f"the exported config does not reproduce the checkpoint's embeddings (max difference {worst:.2e}): "
            "the model config does not match the weights; nothing was written"
        )
    return worst


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name).strip("._") or "report"


def export_checkpoint(
    checkpoint: str | Path,
    out: str | Path,
    *,
    cache_dir: str | None = None,
    overwrite: bool = False,
    license: str | None = None,
    license_name: str | None = None,
    license_link: str | None = None,
    data_description: str | None = None,
    eval_reports: list[str | Path] | tuple[str | Path, ...] = (),
    title: str | None = None,
    verify: bool = True,
) -> ExportResult:
    """Export a run folder or checkpoint of ours to open_clip's Hub layout with a model card.

    Everything is written into ``OUT.tmp``, loaded back with plain open_clip (unless
    ``verify=False``) and only then renamed to ``OUT``, so a failed export leaves no folder that
    looks complete.
    """
    from .card import (
        build_card,
        eval_summary,
        load_eval_report,
        resolve_license,
        training_recipe,
    )
    from .models import load_model, read_checkpoint_meta

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise HubError(f"export folder {out} is a file; choose a folder name for --out")
    if out.exists() and any(out.iterdir()):
        if not overwrite:
            raise HubError(f"export folder {out} is not empty; pass --overwrite or choose another folder")
        # --overwrite replaces an earlier export, never a run folder (or anything holding the checkpoint).
        target, ckpt_path = out.resolve(), Path(checkpoint).resolve()
        if target == ckpt_path or target in ckpt_path.parents:
            raise HubError(f"--out {out} holds the checkpoint {checkpoint}; export into another folder")
        try:
            check_export_folder(out)
        except HubError as exc:
            raise HubError(
                f"--overwrite replaces only an earlier export, and {out} is not one ({exc}); choose another folder"
            ) from exc
    # Inputs first (cheap and the likeliest to be wrong), then the model.
    reports = [load_eval_report(r) for r in eval_reports]
    names = [r.name for r in reports]
    if len(set(map(_slug, names))) != len(names):
        raise HubError(f"two evaluation reports have the same name ({', '.join(names)}); name them NAME=PATH")
    loaded = load_model(str(checkpoint), cache_dir=cache_dir)
    ckpt = Path(loaded.source)
    meta = read_checkpoint_meta(ckpt)
    cfg = _training_config(ckpt, meta)
    _check_config_matches(cfg, meta, ckpt)
    base = _base_model(ckpt, meta, loaded.base)
    lic = resolve_license(base, license, license_name, license_link)
    warnings: list[str] = []
    if lic is None:
        warnings.append(
            "the card states no licence (the base model has none on record): pass --license ID "
            "(and --license-name/--license-link for 'other'); `mmfundusclip push` refuses a card without one"
        )
    if not (data_description and data_description.strip()):
        warnings.append("no --data-description: the card says the training data is not described")
    for report in reports:
        _check_report_matches(report, ckpt, warnings)
    n_train = _count_training_pairs(cfg)
    processes = _processes(ckpt, cfg, n_train, meta)
    model_cfg = None
    if loaded.base is not None:  # the architecture is described by the base model's own config
        model_cfg = json.loads((Path(loaded.base.folder) / "open_clip_config.json").read_text())["model_cfg"]

    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        config = _write_config_and_weights(
            loaded.model, loaded.arch, tmp, quick_gelu=meta.get("quick_gelu") == "true", model_cfg=model_cfg
        )
        tokenizer_text = _write_tokenizer(loaded, config["model_cfg"], tmp)
        if loaded.base is not None:
            for lic_file in sorted(Path(loaded.base.folder).glob("LICENSE*")):
                if lic_file.name in LAYOUT_FILES:
                    shutil.copyfile(lic_file, tmp / lic_file.name)
                else:  # the card still names the licence and links to it
                    warnings.append(f"the base model's {lic_file.name} was not copied (not a LICENSE/.txt/.md name)")
        if reports:
            (tmp / EVAL_DIR).mkdir()
            for report in reports:
                (tmp / EVAL_DIR / f"{_slug(report.name)}.json").write_text(
                    json.dumps(eval_summary(report), indent=2) + "\n", encoding="utf-8"
                )
        step = meta.get("step")
        recipe = training_recipe(
            cfg,
            arch=loaded.arch,
            base=base,
            n_train=n_train,
            processes=processes,
            step=int(step) if step and step.isdigit() else None,
        )
        card = build_card(
            arch=loaded.arch,
            recipe=recipe,
            license=lic,
            base=base,
            data_description=data_description,
            eval_reports=reports,
            preprocess=config["preprocess_cfg"],
            tokenizer=tokenizer_text,
            title=title,
        )
        (tmp / "README.md").write_text(card, encoding="utf-8")
        check_export_folder(tmp)  # the layout push accepts, checked now rather than at upload time
        diff = _verify_export(loaded, tmp) if verify else None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    return ExportResult(
        folder=out, checkpoint=ckpt, files=files, license=lic, warnings=warnings, max_embedding_diff=diff
    )


# --------------------------------------------------------------------------------------------- push


@dataclass(frozen=True)
class UploadFile:
    """One file of an upload: where it goes in the repository, where it is here, its size."""

    path_in_repo: str
    local: Path
    size: int


@dataclass(frozen=True)
class Finding:
    """An identifier the de-identifier found: file, 1-based line and kind (never the value)."""

    file: str
    line: int
    kind: str


@dataclass
class PushPlan:
    """Everything a push will do, settled before any Hub call."""

    folder: Path
    repo_id: str
    private: bool
    revision: str | None
    message: str
    files: list[UploadFile]
    readme: bytes  # the card as uploaded (the loading snippet names the target repository)
    not_scanned: list[str]

    def describe(self) -> str:
        total = sum(f.size for f in self.files)
        branch = f", branch {self.revision}" if self.revision else ""
        lines = [
            f"target: https://huggingface.co/{self.repo_id}{branch}, {'private' if self.private else 'PUBLIC'}",
            f"commit message: {self.message}",
            f"{len(self.files)} file(s), {_human(total)}:",
        ]
        lines += [f"  {_human(f.size):>10}  {f.path_in_repo}" for f in self.files]
        if self.not_scanned:
            lines.append(
                f"not scanned for identifiers (tokenizer vocabulary from the base model): {', '.join(self.not_scanned)}"
            )
        return "\n".join(lines)


def _human(n: int) -> str:
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"  # pragma: no cover


def check_repo_id(repo: str) -> None:
    """``org/name`` by the Hub's rules (huggingface_hub's own validator, plus: a namespace is required)."""
    from huggingface_hub.utils import HFValidationError, validate_repo_id

    if not isinstance(repo, str) or repo.count("/") != 1 or not all(repo.split("/")):
        raise HubError(
            f"invalid repository {repo!r}: give it as ORG/NAME (your user name or organisation, then the model name)"
        )
    try:
        validate_repo_id(repo)
    except HFValidationError as exc:
        raise HubError(f"invalid repository {repo!r}: {exc}") from exc


def _check_revision(revision: str) -> None:
    # Git ref rules that matter here (git-check-ref-format): no spaces, '..', '~^:?*[\\', leading '-' or '/'.
    bad = re.compile(r"[\s~^:?*\[\\]|\.\.|^[-/]|/$|\.lock$|@\{")
    if not revision or bad.search(revision):
        raise HubError(f"invalid --revision {revision!r}: a branch name without spaces, '..' or any of ~^:?*[\\")


def check_export_folder(folder: str | Path) -> list[UploadFile]:
    """The files of an export folder, refusing anything outside the known layout.

    Known: ``open_clip_config.json``, ``open_clip_model.safetensors``, ``README.md``, ``LICENSE``
    (``.txt``/``.md``), Hugging Face tokenizer files, and ``eval_results/*.json``. Pickle weights
    (.bin .pt .pth .pkl .pickle .ckpt) are refused outright: loading them can run code.
    """
    folder = Path(folder)
    if not folder.exists():
        raise HubError(
            f"export folder not found: {folder}; write it first with `mmfundusclip export CHECKPOINT --out {folder}`"
        )
    if not folder.is_dir():
        raise HubError(f"{folder} is not a folder: push takes the folder `mmfundusclip export` wrote")
    files: list[UploadFile] = []
    pickles: list[str] = []
    unexpected: list[str] = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_dir() and not path.is_symlink():
            if rel != EVAL_DIR and not any(path.iterdir()):  # a folder with files: its files are listed
                unexpected.append(rel + "/")
            continue
        if path.suffix.lower() in PICKLE_SUFFIXES:
            pickles.append(rel)
            continue
        known = ("/" not in rel and (rel in LAYOUT_FILES or rel in TOKENIZER_FILES)) or (
            rel.startswith(EVAL_DIR + "/") and rel.count("/") == 1 and rel.endswith(".json")
        )
        if path.is_symlink() or not path.is_file() or not known:
            unexpected.append(rel + (" (symbolic link)" if path.is_symlink() else ""))
            continue
        files.append(UploadFile(rel, path, path.stat().st_size))
    if pickles:
        raise HubError(
            f"{folder} holds pickle weights ({', '.join(pickles)}): published weights are safetensors only "
            "(open_clip_model.safetensors); remove them"
        )
    if unexpected:
        raise HubError(
            f"{folder} holds files outside the export layout: {', '.join(unexpected)}; remove them (known: "
            "open_clip_config.json, open_clip_model.safetensors, README.md, LICENSE, tokenizer files, eval_results/*.json)"
        )
    present = {f.path_in_repo for f in files}
    missing = [name for name in REQUIRED_FILES if name not in present]
    if missing:
        raise HubError(f"{folder} lacks {', '.join(missing)}: not a complete export; run `mmfundusclip export` again")
    return files


def _check_contents(folder: Path) -> dict[str, Any]:
    """Config and weights readable, card with a licence; returns the card's front matter."""
    from safetensors import safe_open

    from .card import card_license_problem

    try:
        config = json.loads((folder / "open_clip_config.json").read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HubError(f"{folder / 'open_clip_config.json'} is not valid JSON: {exc}") from exc
    if not isinstance(config, dict) or not isinstance(config.get("model_cfg"), dict):
        raise HubError(f"{folder / 'open_clip_config.json'} has no 'model_cfg': open_clip could not build the model")
    try:
        with safe_open(str(folder / "open_clip_model.safetensors"), framework="pt") as fh:
            if not list(fh.keys()):
                raise HubError(f"{folder / 'open_clip_model.safetensors'} holds no tensors")
    except HubError:
        raise
    except Exception as exc:  # noqa: BLE001 - safetensors raises its own error types for bad headers
        raise HubError(f"{folder / 'open_clip_model.safetensors'} is not a readable safetensors file: {exc}") from exc
    card = read_card_metadata(folder)
    problem = card_license_problem(card)
    if problem:
        raise HubError(
            f"the model card {folder / 'README.md'} {problem}: export again with --license ID "
            "(a model fine-tuned from a licensed base takes that licence automatically)"
        )
    return card


_scanner_cache: list[Any] = []

#: Links that are not about anyone: the Hub (base model, datasets, licences) and open_clip. A URL
#: is a Safe Harbor identifier only as a person's web address (45 CFR 164.514(b)(2)(i)(N)), but the
#: de-identifier flags every URL, as it must in clinical notes; the card's own links would trip it.
PUBLIC_URL_PREFIXES = ("https://huggingface.co/", "https://github.com/mlfoundations/open_clip")


def _default_scanner() -> Any:
    """The project's de-identifier, as a function from a line of text to the spans it finds."""
    if not _scanner_cache:
        try:
            from .text.deid import Deidentifier
        except ImportError as exc:
            raise HubError(
                f"the de-identifier (mmfundusclip.text.deid) is not available ({exc}); push scans every text file "
                "for identifiers before upload and will not upload unscanned files"
            ) from exc
        _scanner_cache.append(Deidentifier().find)
    return _scanner_cache[0]


def _allowed_url(line: str, found: Any, allowed: tuple[str, ...]) -> bool:
    start, end = getattr(found, "start", None), getattr(found, "end", None)
    if getattr(found, "kind", None) != "URL" or start is None or end is None:
        return False
    url = line[start:end].rstrip(").,;>]'\"")
    return url.startswith(PUBLIC_URL_PREFIXES) or url in allowed


def scan_for_identifiers(
    files: list[UploadFile],
    scanner: Any = None,
    texts: dict[str, str] | None = None,
    allowed_urls: tuple[str, ...] = (),
) -> tuple[list[Finding], list[str]]:
    """Scan every text file line by line; returns the findings and the files left unscanned.

    ``scanner(line)`` returns spans (``.kind``, ``.start``, ``.end``) or kinds; default: the
    project's de-identifier. URL spans on the Hub or open_clip's repository, or listed in
    ``allowed_urls`` (the card's licence link), are not findings. ``texts`` overrides a file's
    content (the README as it will be uploaded).
    """
    scan = scanner or _default_scanner()
    findings: list[Finding] = []
    skipped: list[str] = []
    for f in files:
        if not f.path_in_repo.lower().endswith(TEXT_SUFFIXES) and not f.path_in_repo.upper().startswith("LICENSE"):
            continue  # LICENSE has no suffix but is text that is uploaded: scan it too
        if f.path_in_repo in _VOCABULARY_FILES:
            skipped.append(f.path_in_repo)
            continue
        text = (texts or {}).get(f.path_in_repo)
        if text is None:
            text = f.local.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            for found in scan(line):
                if not _allowed_url(line, found, allowed_urls):
                    findings.append(Finding(f.path_in_repo, number, str(getattr(found, "kind", found))))
    return findings, skipped


def plan_push(
    folder: str | Path,
    repo: str,
    *,
    private: bool = True,
    revision: str | None = None,
    message: str | None = None,
    token: str | None = None,
    scanner: Any = None,
) -> tuple[PushPlan, str]:
    """Every check a push makes before touching the Hub; returns the plan and the token to use."""
    import huggingface_hub

    from . import __version__
    from .card import REPO_PLACEHOLDER

    folder = Path(folder)
    check_repo_id(repo)
    if revision is not None:
        _check_revision(revision)
    files = check_export_folder(folder)
    card = _check_contents(folder)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    readme = readme.replace(f"hf-hub:{REPO_PLACEHOLDER}", f"hf-hub:{repo}")
    link = card.get("license_link")
    findings, skipped = scan_for_identifiers(
        files, scanner, texts={"README.md": readme}, allowed_urls=(str(link),) if link else ()
    )
    if findings:
        shown = "; ".join(f"{f.file} line {f.line}: {f.kind}" for f in findings[:20])
        more = f" (and {len(findings) - 20} more)" if len(findings) > 20 else ""
        raise HubError(
            f"the de-identifier found {len(findings)} possible identifier(s) in {folder}: {shown}{more}. "
            "Remove them (the data description and evaluation names are the usual source) and export again; nothing was uploaded"
        )
    token = token or huggingface_hub.get_token()
    if not token:
        raise HubError(
            "no Hugging Face token: log in with `hf auth login` (writes the token file), or set HF_TOKEN, "
            "or pass --token; the token needs write access to the target organisation"
        )
    readme_bytes = readme.encode("utf-8")
    files = [
        UploadFile(f.path_in_repo, f.local, len(readme_bytes)) if f.path_in_repo == "README.md" else f for f in files
    ]
    plan = PushPlan(
        folder=folder,
        repo_id=repo,
        private=private,
        revision=revision,
        message=message or f"Upload fundus CLIP model exported by mmfundusclip {__version__}",
        files=files,
        readme=readme_bytes,
        not_scanned=skipped,
    )
    return plan, token


def push_folder(
    folder: str | Path,
    repo: str,
    *,
    private: bool = True,
    revision: str | None = None,
    message: str | None = None,
    token: str | None = None,
    dry_run: bool = False,
    scanner: Any = None,
) -> PushPlan:
    """Check ``folder`` (see ``plan_push``) and upload it to ``repo`` in one commit.

    Creates the repository (private unless ``private=False``) or reuses it, creates the branch
    ``revision`` when given, and commits exactly the checked files. ``dry_run`` stops after the
    checks: no Hub call at all. A repository that exists and is public is refused when a private
    push was asked for (the default), so weights never become public by accident.
    """
    import huggingface_hub

    plan, token = plan_push(
        folder, repo, private=private, revision=revision, message=message, token=token, scanner=scanner
    )
    if dry_run:
        return plan
    api = huggingface_hub.HfApi(token=token)
    api.create_repo(repo, repo_type="model", private=private, exist_ok=True)
    info = api.repo_info(repo, repo_type="model")
    if private and getattr(info, "private", None) is False:
        raise HubError(
            f"{repo} already exists and is public, but this push asked for a private repository (the default); "
            "pass --public to publish to it, or make it private on the Hub first. Nothing was uploaded"
        )
    if revision is not None:
        api.create_branch(repo, branch=revision, repo_type="model", exist_ok=True)
    operations = [
        huggingface_hub.CommitOperationAdd(
            path_in_repo=f.path_in_repo, path_or_fileobj=plan.readme if f.path_in_repo == "README.md" else str(f.local)
        )
        for f in plan.files
    ]
    api.create_commit(repo, operations, commit_message=plan.message, repo_type="model", revision=revision)
    return plan
