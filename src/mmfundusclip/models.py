"""Load CLIP models from every source a user names, through open_clip's public API.

Sources: ``hf-hub:org/name`` (the Hub, or its local cache offline), ``local-dir:PATH`` (open_clip's
folder layout), a plain open_clip model name with an optional ``pretrained`` tag or file, and our
own training outputs: a run folder or a ``.safetensors`` checkpoint whose metadata names the
architecture. The project's tiny model configs (``configs/models/*.json``) are registered with
open_clip on import, so ``mfc-tiny-vit`` is a model name like ``ViT-B-32``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import open_clip
import torch
from safetensors import safe_open
from safetensors.torch import load_file

from .hub import BaseModelInfo, HubError, resolve_hub_model

__all__ = [
    "LoadedModel",
    "ModelLoadError",
    "MODEL_ALIASES",
    "check_model_source",
    "find_checkpoint",
    "load_model",
    "read_checkpoint_meta",
    "register_model_configs",
    "resolve_alias",
]

log = logging.getLogger("mmfundusclip")

MODEL_CONFIG_DIR = Path(__file__).parent / "configs" / "models"

#: Names that do not exist on the Hub but appear in the paper's scripts -> the real id.
#: The paper's README says DFN5B-CLIP-ViT-H-14-384; the Hub (and open_clip's registry,
#: pretrained.py) only has the 378 px checkpoint.
MODEL_ALIASES: dict[str, str] = {
    "hf-hub:apple/DFN5B-CLIP-ViT-H-14-384": "hf-hub:apple/DFN5B-CLIP-ViT-H-14-378",
}

_registered = False


class ModelLoadError(RuntimeError):
    """A model could not be loaded; the message names the source and what to do."""


def register_model_configs() -> None:
    """Make the project's model configs known to open_clip (idempotent)."""
    global _registered
    if not _registered:
        open_clip.add_model_config(MODEL_CONFIG_DIR)
        _registered = True


def resolve_alias(name: str) -> str:
    """Map a known misnomer to the real model id, with a one-line notice."""
    real = MODEL_ALIASES.get(name)
    if real is None:
        return name
    log.warning("notice: %s does not exist on the Hub; using %s (same DFN5B ViT-H-14 weights, 378 px)", name, real)
    return real


@dataclass
class LoadedModel:
    """A model with its transforms and tokenizer, plus where it came from."""

    model: torch.nn.Module
    preprocess_train: Callable[[Any], torch.Tensor]
    preprocess_val: Callable[[Any], torch.Tensor]
    tokenizer: Callable[..., torch.Tensor]
    arch: str  # name to rebuild the architecture with open_clip (stored in our checkpoints)
    source: str  # what the user asked for
    base: BaseModelInfo | None = None  # for hf-hub: models, the pinned revision and licence


def find_checkpoint(path: str | Path) -> Path:
    """The weights file behind a checkpoint file, or the newest one (highest step) in a run or
    checkpoints folder. ``*.tmp`` files (a write that was cut off) are never picked."""
    p = Path(path)
    if p.is_file():
        return p
    for folder in (p / "checkpoints", p):
        if not folder.is_dir():
            continue
        candidates = [f for f in folder.glob("*.safetensors") if f.is_file()]
        if candidates:
            return max(candidates, key=lambda f: (_checkpoint_step(f), f.name == "latest.safetensors"))
    raise ModelLoadError(f"no checkpoint found in {p} (looked for checkpoints/*.safetensors)")


def _checkpoint_step(path: Path) -> int:
    try:
        return int(read_checkpoint_meta(path).get("step", -1))
    except (OSError, ValueError, RuntimeError):  # a damaged file never wins
        return -2


def read_checkpoint_meta(path: str | Path) -> dict[str, str]:
    """The metadata stored in one of our safetensors checkpoints (architecture, config, ...)."""
    with safe_open(str(path), framework="pt") as fh:
        return dict(fh.metadata() or {})


_WEIGHT_SUFFIXES = (".safetensors", ".pt", ".bin", ".pth")


def _refuse_missing_path(name: str) -> None:
    """A name that is a path must exist: never fall back to a base model of a similar name.

    (The paper's script printed a line and evaluated the base model instead.)
    """
    if name.startswith(("hf-hub:", "local-dir:")):
        return
    p = Path(name)
    looks_like_path = "/" in name or name.startswith(".") or p.suffix in _WEIGHT_SUFFIXES
    if looks_like_path and not p.exists():
        raise ModelLoadError(f"checkpoint or run folder not found: {name}")
    if p.is_dir() and not (p / "checkpoints").is_dir() and not any(p.glob("*.safetensors")):
        raise ModelLoadError(
            f"{name} is a folder but holds no checkpoints/ (not a run folder of ours); for open_clip's layout use local-dir:{name}"
        )


def check_model_source(name: str, pretrained: str | None = None) -> None:
    """Fail fast, before any model is loaded: a checkpoint, run folder, ``local-dir:`` folder or
    ``pretrained`` file that does not exist is an error (a command comparing several models checks
    them all before evaluating the first)."""
    _refuse_missing_path(name)
    if name.startswith("local-dir:") and not Path(name.removeprefix("local-dir:")).is_dir():
        raise ModelLoadError(f"local-dir: folder not found: {name.removeprefix('local-dir:')}")
    names_a_file = pretrained and ("/" in pretrained or Path(pretrained).suffix in _WEIGHT_SUFFIXES)
    if names_a_file and not Path(pretrained).exists():  # type: ignore[arg-type]
        raise ModelLoadError(f"--pretrained checkpoint file not found: {pretrained}")


def _is_our_checkpoint(name: str) -> bool:
    p = Path(name)
    return (p.is_file() and p.suffix == ".safetensors") or (
        p.is_dir() and ((p / "checkpoints").is_dir() or any(p.glob("*.safetensors")))
    )


class _QuietRandomInit(logging.Filter):
    """Drop open_clip's 'No pretrained weights loaded' warning: we load ours, or say so ourselves."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "No pretrained weights loaded" not in record.getMessage()


def _create(
    arch: str,
    pretrained: str | None,
    load_weights: bool,
    device: torch.device,
    cache_dir: str | None,
    force_quick_gelu: bool,
    aug_cfg: dict[str, Any] | None,
    model_kwargs: dict[str, Any] | None = None,
) -> tuple[torch.nn.Module, Any, Any]:
    quiet = _QuietRandomInit()
    root = logging.getLogger()
    root.addFilter(quiet)
    for handler in root.handlers:
        handler.addFilter(quiet)
    try:
        return open_clip.create_model_and_transforms(
            arch,
            pretrained=pretrained,
            load_weights=load_weights,
            device=device,
            cache_dir=cache_dir,
            force_quick_gelu=force_quick_gelu,
            aug_cfg=aug_cfg,
            output_dict=True,
            **(model_kwargs or {}),
        )
    except FileNotFoundError as exc:
        raise ModelLoadError(f"cannot load {arch}: {exc}") from exc
    except RuntimeError as exc:
        text = str(exc)  # hf-hub: ids never get here: _hub_source resolved them (and their errors)
        if "not found in built-ins" in text:
            known = [m for m in open_clip.list_models() if m.startswith(("mfc-", "ViT-B", "ViT-H", "ViT-L"))]
            raise ModelLoadError(
                f"unknown model {arch!r}: not an open_clip model name, hf-hub: id, local-dir: folder or checkpoint of ours. Some known names: {', '.join(known[:12])}, ..."
            ) from exc
        raise ModelLoadError(f"cannot load {arch} (pretrained={pretrained!r}): {text}") from exc
    finally:
        root.removeFilter(quiet)
        for handler in root.handlers:
            handler.removeFilter(quiet)


def load_model(
    name: str,
    pretrained: str | None = None,
    *,
    device: str | torch.device = "cpu",
    cache_dir: str | None = None,
    force_quick_gelu: bool = False,
    aug_cfg: dict[str, Any] | None = None,
    load_weights: bool = True,
    model_kwargs: dict[str, Any] | None = None,
    revision: str | None = None,
) -> LoadedModel:
    """Load ``name`` (any source, see the module docstring) in fp32 on ``device``.

    fp32 master weights always: with pure BF16 weights a relative update of 1e-6 (the reference
    recipe's learning rate) is below BF16's resolution of 2^-8 and would be rounded away.
    """
    register_model_configs()
    device = torch.device(device)
    source = name
    check_model_source(name, pretrained)
    ckpt_path: Path | None = None
    if _is_our_checkpoint(name) or (pretrained and pretrained.endswith(".safetensors")):
        ckpt_path = find_checkpoint(name if _is_our_checkpoint(name) else pretrained)  # type: ignore[arg-type]
        meta = read_checkpoint_meta(ckpt_path)
        if "arch" not in meta:
            raise ModelLoadError(f"{ckpt_path} has no 'arch' metadata: not a checkpoint written by mmfundusclip")
        arch = meta["arch"]
        base_meta = json.loads(meta.get("base_model") or "null")
        open_clip_name, base = _hub_source(arch, (base_meta or {}).get("revision"), cache_dir)
        force_quick_gelu = force_quick_gelu or meta.get("force_quick_gelu") == "true"
        state = load_file(str(ckpt_path), device=str(device))
        kwargs = dict(model_kwargs or {})
        if "logit_bias" in state:  # trained with SigLIP: the parameter must exist to receive its value
            kwargs.setdefault("init_logit_bias", 0.0)
        model, pre_train, pre_val = _create(
            open_clip_name, None, False, device, cache_dir, force_quick_gelu, aug_cfg, kwargs
        )
        if "quick_gelu" in meta and meta["quick_gelu"] != str(uses_quick_gelu(model)).lower():
            raise ModelLoadError(
                f"{ckpt_path} was trained with quick_gelu={meta['quick_gelu']} but {arch} builds with quick_gelu={str(uses_quick_gelu(model)).lower()}: "
                "the weights would load and give worse features; pass --force-quick-gelu (or drop it) to match"
            )
        load_state_into(model, state, ckpt_path, arch)
    else:
        arch = resolve_alias(name)
        check_quick_gelu(arch, pretrained, force_quick_gelu)
        open_clip_name, base = _hub_source(arch, revision, cache_dir)
        model, pre_train, pre_val = _create(
            open_clip_name, pretrained, load_weights, device, cache_dir, force_quick_gelu, aug_cfg, model_kwargs
        )
        if pretrained is None and not arch.startswith(("hf-hub:", "local-dir:")):
            log.warning("notice: %s has no pretrained weights here (pretrained=None): random initialisation", arch)
    tokenizer = open_clip.get_tokenizer(open_clip_name, cache_dir=cache_dir)
    return LoadedModel(
        model=model,
        preprocess_train=pre_train,
        preprocess_val=pre_val,
        tokenizer=tokenizer,
        arch=arch,
        source=source if ckpt_path is None else str(ckpt_path),
        base=base,
    )


def load_state_into(model: torch.nn.Module, state: dict[str, torch.Tensor], source: str | Path, arch: str) -> None:
    """Load a full state dict; any missing, extra or mis-shaped tensor is a ModelLoadError."""
    try:
        missing, unexpected = model.load_state_dict(state, strict=False)
    except RuntimeError as exc:  # shape mismatches
        raise ModelLoadError(f"{source} does not fit architecture {arch}: {str(exc).splitlines()[1:3]}") from exc
    if missing or unexpected:
        raise ModelLoadError(
            f"{source} does not fit architecture {arch}: missing {list(missing)[:5]}, unexpected {list(unexpected)[:5]}"
        )


def _hub_source(arch: str, revision: str | None, cache_dir: str | None) -> tuple[str, BaseModelInfo | None]:
    """What to hand open_clip for ``arch``: hf-hub ids become the local snapshot at a pinned revision."""
    if not arch.startswith("hf-hub:"):
        return arch, None
    try:
        base = resolve_hub_model(arch[len("hf-hub:") :], revision, cache_dir)
    except HubError as exc:
        raise ModelLoadError(str(exc)) from exc
    return f"local-dir:{base.folder}", base


def uses_quick_gelu(model: torch.nn.Module) -> bool:
    """True when the model's activations are QuickGELU (OpenAI CLIP, DFN5B) rather than GELU."""
    return any(type(m).__name__ == "QuickGELU" for m in model.modules())


def check_quick_gelu(arch: str, pretrained: str | None, force_quick_gelu: bool) -> None:
    """Refuse weights trained with QuickGELU loaded into a GELU model (or the reverse).

    The load succeeds either way and the features are silently worse, so it must be caught
    before: open_clip's pretrained registry says which tags were trained with QuickGELU.
    """
    if not pretrained or arch.startswith(("hf-hub:", "local-dir:")) or Path(pretrained).is_file():
        return
    tag_cfg = open_clip.get_pretrained_cfg(arch, pretrained) or {}
    model_cfg = open_clip.get_model_config(arch) or {}
    model_quick = bool(model_cfg.get("quick_gelu", False)) or force_quick_gelu
    if "quick_gelu" in tag_cfg and bool(tag_cfg["quick_gelu"]) != model_quick:
        want = "with" if tag_cfg["quick_gelu"] else "without"
        hint = (
            f"use the model name {arch}-quickgelu or --force-quick-gelu"
            if tag_cfg["quick_gelu"]
            else f"drop --force-quick-gelu or use {arch.removesuffix('-quickgelu')}"
        )
        raise ModelLoadError(
            f"{arch} with pretrained={pretrained!r}: those weights were trained {want} QuickGELU, but the model is built {'with' if model_quick else 'without'} it; {hint}"
        )


def model_identity(loaded: LoadedModel, pretrained: str | None = None) -> str:
    """What identifies the weights of a loaded model, for caches: architecture, source, the size
    and modification time of weight files, and the pinned Hub revision."""
    parts = [loaded.arch, loaded.source, str(pretrained)]
    for candidate in (loaded.source, pretrained):
        if candidate and Path(candidate).is_file():
            st = Path(candidate).stat()
            parts.append(f"{st.st_size}:{st.st_mtime_ns}")
    if loaded.base is not None:
        parts.append(loaded.base.revision)
    return "|".join(parts)
