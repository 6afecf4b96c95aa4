"""Model cards (``README.md``) for exported fundus CLIP models.

The card is what a reader of the Hub repository sees before loading the weights, so it must say
where the weights came from and under which licence, how they were trained, how well they did
on which data (with confidence intervals), and what they must not be used for. Its YAML front
matter is what the Hub indexes (``library_name: open_clip`` gives the "use in open_clip" widget,
``pipeline_tag`` the task filter, ``base_model`` the model tree).

Two rules shape this module:

- The base model's licence travels with every derivative. DFN5B's weights come under Apple's
  own licence, recorded from its card at the pinned revision in ``base_model.json``; a card for
  a model fine-tuned from it names that licence and that revision, and a user cannot relicense
  it with ``--license``. Only a model with no licensed base (trained from scratch, or from an
  open_clip tag whose licence we do not know) takes the user's ``--license``.
- The card carries no data from training records: no example images, no embeddings, no dates
  or paths (a run folder's name holds its creation date, and a full date is an identifier under
  HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(C)). Only aggregate figures and the user's own data
  description go in, and ``push`` scans the result with the de-identifier before upload.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .hub import HubError

__all__ = [
    "CARD_TAGS",
    "REPO_PLACEHOLDER",
    "CardError",
    "EvalReport",
    "LicenseInfo",
    "build_card",
    "card_license_problem",
    "eval_summary",
    "eval_table",
    "infer_processes",
    "load_eval_report",
    "resolve_license",
    "training_recipe",
]

#: Tags every card carries (the Hub's search facets for this kind of model).
CARD_TAGS = ["clip", "open_clip", "fundus", "ophthalmology", "retina", "zero-shot-image-classification"]

#: Stands for the Hub repository in the card's loading snippet until ``push`` knows the real one.
REPO_PLACEHOLDER = "ORG/NAME"

# Hub licence identifiers are lower-case words joined by '-' or '.' (apache-2.0, cc-by-nc-4.0,
# apple-amlr, other); the Hub checks membership in its list when the card is pushed.
_LICENSE_ID = re.compile(r"^[a-z0-9][a-z0-9.\-]*[a-z0-9]$")

#: Figures of the evaluation table, as ``zeroshot.json`` names them.
_TABLE_METRICS = (("acc", "Accuracy (recall)"), ("auc", "AUC"), ("aupr", "AUPR"))


class CardError(HubError):
    """A model card cannot be written as asked; the message names the input and what to do."""


# ---------------------------------------------------------------------------------------- licence


@dataclass(frozen=True)
class LicenseInfo:
    """The licence fields of a card's front matter (the Hub's ``license``/``license_name``/``license_link``)."""

    license: str
    license_name: str | None = None
    license_link: str | None = None
    inherited_from: str | None = None  # the base model repo whose licence this is

    def front_matter(self) -> dict[str, str]:
        out = {"license": self.license}
        if self.license_name:
            out["license_name"] = self.license_name
        if self.license_link:
            out["license_link"] = self.license_link
        return out

    def describe(self) -> str:
        name = self.license_name or self.license
        return f"{name} ({self.license_link})" if self.license_link else name


def _check_license_fields(license: str, name: str | None, link: str | None, where: str) -> None:
    if not _LICENSE_ID.match(license):
        raise CardError(
            f"{where}: licence {license!r} is not a Hub licence identifier (lower-case, e.g. apache-2.0, mit, cc-by-nc-4.0, other)"
        )
    if license == "other" and not (name and link):
        raise CardError(
            f"{where}: licence 'other' needs a licence name and a link to its text (--license-name NAME --license-link URL)"
        )


def resolve_license(
    base: Mapping[str, Any] | None,
    license: str | None = None,
    license_name: str | None = None,
    license_link: str | None = None,
) -> LicenseInfo | None:
    """The licence of a derivative: the base model's when it states one, else the user's, else None.

    A user licence that differs from the base model's is refused: the weights remain under the
    base model's terms whatever the card says.
    """
    base_license = (base or {}).get("license")
    if base_license:
        inherited = LicenseInfo(
            str(base_license),
            base.get("license_name") if base else None,
            base.get("license_link") if base else None,
            inherited_from=str((base or {}).get("repo") or "") or None,
        )
        conflicts = (
            (license and license != inherited.license)
            or (license_name and license_name != inherited.license_name)
            or (license_link and license_link != inherited.license_link)
        )
        if conflicts:
            raise CardError(
                f"the base model {inherited.inherited_from} is licensed under {inherited.describe()} and its derivatives stay "
                f"under it; drop --license/--license-name (asked: {license or license_name})"
            )
        return inherited
    if license is None:
        if license_name or license_link:
            raise CardError("--license-name/--license-link need --license (the Hub identifier, e.g. other)")
        return None
    _check_license_fields(license, license_name, license_link, "--license")
    return LicenseInfo(license, license_name, license_link)


def card_license_problem(meta: Mapping[str, Any]) -> str | None:
    """Why a card's front matter has no usable licence, or None when it has one."""
    license = meta.get("license")
    if not license or not isinstance(license, str):
        return "has no 'license' in its front matter"
    if license == "other" and not meta.get("license_name"):
        return "says 'license: other' without a 'license_name'"
    return None


# --------------------------------------------------------------------------------- training recipe


def _get(cfg: Mapping[str, Any], dotted: str, default: Any = None) -> Any:
    node: Any = cfg
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return default
        node = node[part]
    return node


def infer_processes(
    n_train: int | None, batch_size: int, accum: int, step: int | None, epoch: int | None
) -> int | None:
    """How many training processes a run used, from its data size and steps per epoch.

    The trainer runs ``n_train // (batch_size * processes * accum)`` steps per epoch; when exactly
    one process count gives the observed steps per epoch, that is the answer, else None (unknown).
    """
    if not n_train or not step or not epoch or step % epoch:
        return None
    per_epoch = step // epoch
    fits = [
        w
        for w in range(1, n_train // max(batch_size * accum, 1) + 1)
        if n_train // (batch_size * w * accum) == per_epoch
    ]
    return fits[0] if len(fits) == 1 else None


def training_recipe(
    cfg: Mapping[str, Any],
    *,
    arch: str,
    base: Mapping[str, Any] | None = None,
    n_train: int | None = None,
    processes: int | None = None,
    step: int | None = None,
) -> list[tuple[str, str]]:
    """The rows of the card's training table, read from a run's resolved ``config.yaml``."""
    batch = int(_get(cfg, "train.batch_size", 0))
    accum = int(_get(cfg, "optim.accum_freq", 1))
    if processes:
        batch_text = f"{batch} per process x {processes} process(es)" + (
            f" x {accum} accumulation steps" if accum > 1 else ""
        )
        batch_text += f" = {batch * processes * accum} per step"
    else:
        batch_text = f"{batch} per process (process count not recorded)" + (
            f", {accum} accumulation steps" if accum > 1 else ""
        )
    schedule = str(_get(cfg, "optim.scheduler", "?"))
    warmup = int(_get(cfg, "optim.warmup", 0) or 0)
    schedule += f", {warmup} warmup steps" if warmup else ", no warmup"
    if _get(cfg, "optim.scheduler") == "const-cooldown":
        schedule += f", cooldown over the last {_get(cfg, 'optim.epochs_cooldown')} epoch(s) to {_get(cfg, 'optim.lr_cooldown_end')}"
    loss = {"clip": "CLIP contrastive (softmax InfoNCE)", "siglip": "SigLIP (sigmoid)"}.get(
        str(_get(cfg, "train.loss", "clip")), str(_get(cfg, "train.loss"))
    )
    extras = [
        name
        for name, key in (("local loss", "train.local_loss"), ("gather with grad", "train.gather_with_grad"))
        if _get(cfg, key)
    ]
    if extras:
        loss += " with " + " and ".join(extras)
    precision = {"fp32": "fp32", "amp_bf16": "bfloat16 autocast (fp32 master weights)", "amp": "float16 autocast"}.get(
        str(_get(cfg, "train.precision", "fp32")), str(_get(cfg, "train.precision"))
    )
    model = arch.removeprefix("hf-hub:")
    if base and base.get("repo"):
        model = f"{base['repo']} at revision `{base.get('revision', '?')}`"
    frozen = [t for t, key in (("image", "model.lock_image"), ("text", "model.lock_text")) if _get(cfg, key)]
    rows = [
        ("Model", model),
        ("Epochs", str(_get(cfg, "train.epochs", "?")) + (f" ({step} optimizer steps)" if step else "")),
        ("Batch size", batch_text),
        (
            "Optimizer",
            f"AdamW, lr {_get(cfg, 'optim.lr')}, betas ({_get(cfg, 'optim.beta1')}, {_get(cfg, 'optim.beta2')}), "
            f"weight decay {_get(cfg, 'optim.weight_decay')}, eps {_get(cfg, 'optim.eps')}",
        ),  # fmt: skip
        ("Schedule", schedule),
        ("Precision", precision + (", gradient checkpointing" if _get(cfg, "model.grad_checkpointing") else "")),
        ("Loss", loss),
        (
            "Augmentation",
            "random affine up to 30 degrees, colour jitter 0.2/0.2"
            if _get(cfg, "data.extra_aug")
            else "open_clip default (random resized crop)",
        ),  # fmt: skip
        ("Frozen towers", ", ".join(frozen) if frozen else "none"),
        ("Training pairs", f"{n_train:,} image-caption pairs" if n_train else "not recorded"),
    ]
    if _get(cfg, "model.force_quick_gelu"):
        rows.append(("Activation", "QuickGELU (as the base model was trained)"))
    return rows


# ------------------------------------------------------------------------------ evaluation reports


@dataclass(frozen=True)
class EvalReport:
    """One zero-shot report (``zeroshot.json``) named for the card."""

    name: str
    path: Path
    metrics: dict[str, Any]


def load_eval_report(spec: str | Path) -> EvalReport:
    """Read ``[NAME=]PATH`` (a ``zeroshot.json`` from ``mmfundusclip eval zeroshot``) and check its shape.

    NAME defaults to the evaluated data set's file name as the report records it.
    """
    text = str(spec)
    name: str | None = None
    if "=" in text and not Path(text).exists():
        name, text = text.split("=", 1)
    path = Path(text)
    if path.is_dir():
        path = path / "zeroshot.json"
    if not path.is_file():
        raise CardError(
            f"evaluation report not found: {path} (pass the zeroshot.json written by `mmfundusclip eval zeroshot`)"
        )
    try:
        metrics = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CardError(f"evaluation report {path} is not valid JSON: {exc}") from exc
    if not isinstance(metrics, dict):
        raise CardError(f"evaluation report {path}: expected a JSON object with 'classes' and 'macro'")
    if metrics.get("multilabel"):
        raise CardError(
            f"evaluation report {path} is multi-label (per-condition AUC/AUPR); the model card's results table "
            "takes single-label reports for now: pass a single-label set's zeroshot.json"
        )
    classes, macro = metrics.get("classes"), metrics.get("macro")
    if not isinstance(classes, dict) or not classes or not isinstance(macro, dict):
        raise CardError(
            f"evaluation report {path}: needs 'classes' (one entry per class) and 'macro' as `mmfundusclip eval zeroshot` writes them"
        )
    for label, entry in [*classes.items(), ("macro", macro)]:
        missing = [m for m, _ in _TABLE_METRICS if not isinstance(entry, dict) or m not in entry]
        if missing:
            raise CardError(f"evaluation report {path}: class {label!r} lacks {', '.join(missing)}")
    if name is None:
        data = metrics.get("data")
        name = Path(str(data)).name if data else path.parent.name
    if not name:
        raise CardError(f"evaluation report {path}: give it a name (NAME={path})")
    return EvalReport(name=name, path=path, metrics=metrics)


def _num(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return f"{float(value):.3f}"


def _with_ci(entry: Mapping[str, Any], key: str) -> str:
    value, ci = entry.get(key), entry.get(f"{key}_ci")
    if value is None:
        return "n/a"
    if isinstance(ci, Sequence) and len(ci) == 2 and None not in ci:
        return f"{_num(value)} ({_num(ci[0])}-{_num(ci[1])})"
    return _num(value)


def _triple(values: Any) -> str:
    """Channel statistics rounded for reading (long digit runs also look like record numbers)."""
    if isinstance(values, (list, tuple)):
        return "(" + ", ".join(f"{float(v):.4g}" for v in values) + ")"
    return str(values)


def _cell(text: Any) -> str:
    return str(text).replace("|", "/").replace("\n", " ")


def eval_table(report: EvalReport) -> str:
    """A Markdown table: per class and macro accuracy (recall), AUC and AUPR with 95 % intervals."""
    m = report.metrics
    header = "| class | n | " + " | ".join(title for _, title in _TABLE_METRICS) + " |"
    lines = [header, "|---|---:|" + "---|" * len(_TABLE_METRICS)]
    for label, entry in m["classes"].items():
        shown = f"{label} ({entry['name']})" if entry.get("name") and entry["name"] != label else str(label)
        lines.append(
            f"| {_cell(shown)} | {entry.get('support', '')} | "
            + " | ".join(_with_ci(entry, k) for k, _ in _TABLE_METRICS)
            + " |"
        )
    lines.append(
        f"| **macro** | {m.get('n', '')} | " + " | ".join(_with_ci(m["macro"], k) for k, _ in _TABLE_METRICS) + " |"
    )
    return "\n".join(lines)


def _eval_notes(report: EvalReport) -> str:
    m = report.metrics
    notes = []
    boot = m.get("bootstrap")
    if isinstance(boot, Mapping) and boot.get("resamples"):
        unit = f", resampling {boot['unit']}s" if boot.get("unit") else ""
        notes.append(f"95 % intervals from {boot['resamples']} bootstrap resamples{unit}")
    else:
        notes.append("no confidence intervals (the evaluation ran without bootstrap)")
    if m.get("scoring"):
        notes.append(f"scoring {m['scoring']}")
    prompts = m.get("prompts")
    if isinstance(prompts, Mapping) and prompts.get("source"):
        notes.append(f"prompt set `{Path(str(prompts['source'])).stem}`")
    if m.get("skipped"):
        notes.append(f"{m['skipped']} unreadable image(s) left out")
    if m.get("accuracy") is not None:
        notes.append(f"overall accuracy {_with_ci(m, 'accuracy')}")
    return "; ".join(notes) + "."


#: Keys of a zeroshot.json that are aggregate figures (safe to publish); paths and ids are not.
_SUMMARY_KEYS = (
    "classes", "macro", "n", "accuracy", "accuracy_ci", "balanced_accuracy", "kappa", "kappa_ci", "kappa_weights",
    "ece", "ece_ci", "brier", "brier_ci", "specificity_for_sens_at_spec", "bootstrap", "scoring", "skipped",
)  # fmt: skip


def eval_summary(report: EvalReport) -> dict[str, Any]:
    """The publishable part of a report: figures only, no data paths, model paths or prompt file paths."""
    out = {k: report.metrics[k] for k in _SUMMARY_KEYS if k in report.metrics}
    out = {"name": report.name, **out}
    prompts = report.metrics.get("prompts")
    if isinstance(prompts, Mapping) and isinstance(prompts.get("classes"), Mapping):
        out["prompts"] = dict(prompts["classes"])
    return out


# ------------------------------------------------------------------------------------------- card

_INTENDED_USE = """\
Research on fundus (retina) photographs: zero-shot classification with text prompts, image-text
retrieval, and image embeddings for linear probes or few-shot learning, as a starting point for
models that are then validated on the user's own data."""

_OUT_OF_SCOPE = """\
- **Not for clinical decisions.** This is not a medical device and has no regulatory clearance or
  approval; it must not be used to diagnose, screen, triage or treat patients, or to replace the
  judgement of an eye-care professional.
- Not for images other than those it was trained on (see the data description): other imaging
  devices, modalities or populations can change its behaviour without warning.
- Not for identifying people or inferring personal attributes from retinal images."""

_LIMITATIONS = """\
- The captions it learned from were written from medical records and can carry their errors and
  omissions; labels in the evaluation sets have their own grading noise.
- Figures above hold for the listed evaluation sets only, with the intervals shown; performance on
  other cameras, sites, ethnic groups or disease prevalence is unknown until measured there.
- Zero-shot results depend on the wording of the class prompts.
- Biases of the base model and of the training population pass on to this model."""


def build_card(
    *,
    arch: str,
    recipe: Sequence[tuple[str, str]],
    license: LicenseInfo | None,
    base: Mapping[str, Any] | None = None,
    data_description: str | None = None,
    eval_reports: Sequence[EvalReport] = (),
    preprocess: Mapping[str, Any] | None = None,
    tokenizer: str = "open_clip's default CLIP tokenizer",
    title: str | None = None,
) -> str:
    """The full ``README.md``: YAML front matter plus the Markdown body (see the module docstring)."""
    meta: dict[str, Any] = {"library_name": "open_clip"}
    if license is not None:
        meta.update(license.front_matter())
    meta["tags"] = list(CARD_TAGS)
    if base and base.get("repo"):
        meta["base_model"] = str(base["repo"])
        meta["base_model_relation"] = "finetune"
    meta["pipeline_tag"] = "zero-shot-image-classification"
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)

    base_repo = str(base["repo"]) if base and base.get("repo") else None
    title = title or (f"Fundus CLIP fine-tuned from {base_repo}" if base_repo else f"Fundus CLIP ({arch})")
    out: list[str] = [f"---\n{front}---", "", f"# {title}", ""]
    out.append(
        "An [OpenCLIP](https://github.com/mlfoundations/open_clip) model adapted to fundus photographs "
        "with image-caption pairs (captions written from medical records), exported by mmfundusclip."
    )
    out.append("")
    if base_repo:
        rev = base.get("revision") if base else None
        out.append(
            f"Base model: [{base_repo}](https://huggingface.co/{base_repo})"
            + (f" at revision `{rev}`" if rev else "")
            + "."
        )
        out.append("")

    out += ["## License", ""]
    if license is None:
        out.append("No licence stated yet (export with `--license`); this card cannot be published without one.")
    elif license.inherited_from:
        out.append(
            f"These weights are derived from {license.inherited_from} and come under its licence, "
            f"{license.describe()}: the base model's terms apply to this model and to its own derivatives."
        )
    else:
        out.append(f"Released under {license.describe()} (Hub licence identifier `{license.license}`).")
    out.append("")

    out += ["## How to load", "", "```python", "import open_clip"]
    out.append(f'model, preprocess = open_clip.create_model_from_pretrained("hf-hub:{REPO_PLACEHOLDER}")')
    out.append(f'tokenizer = open_clip.get_tokenizer("hf-hub:{REPO_PLACEHOLDER}")')
    out += ["```", ""]
    pre = dict(preprocess or {})
    if pre:
        size = pre.get("size")
        size_text = "x".join(str(s) for s in size) if isinstance(size, (list, tuple)) else str(size)
        out.append(
            f"Images are resized to {size_text} px ({pre.get('resize_mode', 'shortest')} resize, "
            f"{pre.get('interpolation', 'bicubic')} interpolation) and normalised with mean {_triple(pre.get('mean'))} "
            f"and std {_triple(pre.get('std'))} (exact values in `open_clip_config.json`); `preprocess` above does "
            f"this. Text uses {tokenizer}."
        )
        out.append("")

    out += ["## Training", "", "| setting | value |", "|---|---|"]
    out += [f"| {_cell(k)} | {_cell(v)} |" for k, v in recipe]
    out.append("")

    out += ["## Training data", ""]
    if data_description and data_description.strip():
        out.append(data_description.strip())
    else:
        out.append("The publisher has not described the training data.")
    out.append("")

    out += ["## Evaluation", ""]
    if not eval_reports:
        out.append("No evaluation results were attached to this export.")
        out.append("")
    for report in eval_reports:
        n = report.metrics.get("n")
        out += [f"### Zero-shot classification: {_cell(report.name)}" + (f" ({n} images)" if n else ""), ""]
        out += [eval_table(report), "", _eval_notes(report), ""]
    if eval_reports:
        out.append(
            "Accuracy per class is its recall; macro figures average the classes present in the data. "
            "Full figures: `eval_results/` in this repository."
        )
        out.append("")

    out += ["## Intended use", "", _INTENDED_USE, ""]
    out += ["## Out-of-scope use", "", _OUT_OF_SCOPE, ""]
    out += ["## Limitations", "", _LIMITATIONS, ""]
    return "\n".join(out)
