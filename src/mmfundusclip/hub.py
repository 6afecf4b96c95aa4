"""The Hugging Face Hub: pinned, offline-friendly loading of base models, and export of our
checkpoints to open_clip's Hub layout (so plain open_clip loads them).

Loading ``hf-hub:org/name`` goes through ``huggingface_hub.snapshot_download`` at a revision:
that pins the exact commit (recorded in the run folder, with the model's license from its card)
and works from a populated cache with ``HF_HUB_OFFLINE=1``. The snapshot folder is then handed
to open_clip as ``local-dir:``.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["BaseModelInfo", "HubError", "export_open_clip_folder", "read_card_metadata", "resolve_hub_model"]

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
    import open_clip
    from safetensors.torch import save_file

    out = Path(out)
    if out.exists() and any(out.iterdir()):
        if not overwrite:
            raise HubError(f"export folder {out} is not empty; pass --overwrite or choose another folder")
        shutil.rmtree(out)
    cfg = model_cfg if model_cfg is not None else open_clip.get_model_config(arch)
    if cfg is None:
        raise HubError(f"no open_clip model config known for {arch!r}; cannot describe the architecture")
    cfg = json.loads(json.dumps(cfg))
    if quick_gelu:
        cfg["quick_gelu"] = True
    preprocess = dict(getattr(model.visual, "preprocess_cfg", {}) or {})
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    (tmp / "open_clip_config.json").write_text(
        json.dumps({"model_cfg": cfg, "preprocess_cfg": preprocess}, indent=2) + "\n", encoding="utf-8"
    )
    tensors = {k: v.detach().to("cpu").contiguous() for k, v in model.state_dict().items()}
    save_file(tensors, str(tmp / "open_clip_model.safetensors"), metadata={"format": "pt"})
    if out.exists():
        out.rmdir()
    tmp.rename(out)
    return out
