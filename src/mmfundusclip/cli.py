"""``mmfundusclip <command>``: demo, train, eval zeroshot, captions.

``main(argv)`` is callable in-process (tests do) and returns the exit status. An unknown command
or flag prints usage and exits 2 (argparse's convention); a bad input file or value exits 1 with
a one-line message that names the file or key.
"""

from __future__ import annotations

import argparse
import logging
import sys
import typing
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .config import (
    OPEN_CLIP_CONSTANT_FLAGS,
    OPEN_CLIP_FLAGS,
    Config,
    ConfigError,
    config_to_yaml,
    field_paths,
    load_config,
    parse_value,
)

__all__ = ["main", "parse_train_args"]

_UNSET = object()


def _add_train_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="YAML experiment file (see configs/)")
    p.add_argument("--print-config", action="store_true", help="print the resolved config as YAML and exit")
    p.add_argument("--overwrite", action="store_true", help="reuse a run folder that already holds files")
    dotted = p.add_argument_group("config keys (dotted; CLI > file > defaults)")
    for path, (tp, help_text) in field_paths().items():
        is_bool = tp is bool
        dotted.add_argument(
            f"--{path}",
            dest=f"dotted:{path}",
            default=_UNSET,
            metavar="BOOL" if is_bool else "VALUE",
            nargs="?" if is_bool else None,
            const="true" if is_bool else None,
            help=help_text,
        )
    oc = p.add_argument_group("open_clip_train flags (mapped onto the keys above)")
    for flag, (path, takes_value) in OPEN_CLIP_FLAGS.items():
        if takes_value:
            oc.add_argument(flag, dest=f"dotted:{path}", default=_UNSET, metavar="VALUE", help=f"= --{path}")
        else:
            oc.add_argument(
                flag, dest=f"dotted:{path}", default=_UNSET, action="store_const", const="true", help=f"= --{path} true"
            )
    for flag, (path, value) in OPEN_CLIP_CONSTANT_FLAGS.items():
        oc.add_argument(
            flag,
            dest=f"dotted:{path}",
            default=_UNSET,
            action="store_const",
            const=str(value),
            help=f"= --{path} {value}",
        )


def _config_from_namespace(ns: argparse.Namespace) -> Config:
    paths = field_paths()
    overrides = {}
    for key, value in vars(ns).items():
        if key.startswith("dotted:") and value is not _UNSET:
            path = key[len("dotted:") :]
            overrides[path] = parse_value(value, paths[path][0], path)
    if getattr(ns, "overwrite", False):
        overrides["train.overwrite"] = True
    return load_config(ns.config, overrides)


def parse_train_args(argv: Sequence[str]) -> tuple[Config, bool]:
    """(resolved config, whether only to print it) from ``mmfundusclip train`` arguments."""
    p = argparse.ArgumentParser(prog="mmfundusclip train")
    _add_train_args(p)
    ns = p.parse_args(list(argv))
    return _config_from_namespace(ns), ns.print_config


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mmfundusclip", description="Adapt OpenCLIP to fundus photographs: captions, training, evaluation."
    )
    parser.add_argument("--version", action="version", version=f"mmfundusclip {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log open_clip's info messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = sub.add_parser("demo", help="synthetic data -> captions -> train a tiny CLIP on CPU -> zero-shot report")
    demo.add_argument("--out", default="demo_run", help="folder of the demo run (default: ./demo_run)")
    demo.add_argument("--overwrite", action="store_true", help="replace a non-empty --out folder")
    demo.add_argument(
        "--train-images",
        type=int,
        default=None,
        help="synthetic training images (default from configs/demo.yaml's companion)",
    )
    demo.add_argument("--test-images", type=int, default=None, help="held-out labelled images")
    demo.add_argument("--epochs", type=int, default=None, help="training epochs")
    demo.add_argument("--image-size", type=int, default=None, help="side of the drawn images in pixels")
    demo.add_argument("--seed", type=int, default=0, help="seed of data and training")

    train = sub.add_parser(
        "train", help="contrastive training (torchrun-ready); --print-config shows the resolved config"
    )
    _add_train_args(train)

    ev = sub.add_parser("eval", help="evaluate a model")
    ev_sub = ev.add_subparsers(dest="eval_command", metavar="TASK", required=True)
    zs = ev_sub.add_parser("zeroshot", help="zero-shot classification of a labelled CSV or class-folder set")
    zs.add_argument(
        "--model",
        required=True,
        action="append",
        help="hf-hub:org/name, local-dir:PATH, open_clip name, run folder or checkpoint; repeat to compare models side by side",
    )
    zs.add_argument(
        "--pretrained",
        default=None,
        action="append",
        help="open_clip pretrained tag or checkpoint file (once per --model, in order, when given)",
    )
    zs.add_argument(
        "--data",
        required=True,
        help="labelled CSV (image,label) or folder with one sub-folder per class; with --dataset: the set's root folder",
    )
    zs.add_argument(
        "--classes",
        default=None,
        help="class prompt YAML or shipped set name (default: the --dataset's set, else paper5)",
    )
    zs.add_argument(
        "--dataset",
        default=None,
        metavar="NAME",
        help="read --data in a public set's published layout: messidor2, idrid, aptos2019, fives, refuge, odir5k, "
        "jsiec, rfmid (multi-label: odir5k, rfmid)",
    )
    zs.add_argument(
        "--split", default=None, help="with --dataset: train, val, test or all (default: test where labelled, else all)"
    )
    zs.add_argument("--out", required=True, help="output folder for zeroshot.json, zeroshot.csv, predictions.csv")
    zs.add_argument("--image-dir", default=None, help="root of relative image paths (default: the CSV's folder)")
    zs.add_argument("--img-key", default=None, help="image column (default: image, or 'Image ID')")
    zs.add_argument(
        "--label-key",
        default=None,
        help="label column (default: label, or 'Diagnosis'); several, comma-separated: a multi-label set of 0/1 columns",
    )
    zs.add_argument("--batch-size", type=int, default=64)
    zs.add_argument("--workers", type=int, default=2)
    zs.add_argument("--device", default="auto", help="auto, cpu or cuda")
    zs.add_argument("--cache-dir", default=None, help="Hugging Face cache folder")
    zs.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for 95%% CIs (0: none)")
    zs.add_argument(
        "--paper-compat",
        action="store_true",
        help="reproduce the paper's script: bare names, sigmoid-then-softmax, zero classes dropped from macro",
    )
    zs.add_argument(
        "--fov-crop", action="store_true", help="crop each image to its field of view (drop the black border) first"
    )
    zs.add_argument(
        "--feature-cache",
        default=None,
        help="folder caching image features per model and files: re-scoring with new prompts skips the image pass",
    )
    zs.add_argument(
        "--train-data",
        default=None,
        metavar="CSV_OR_SHARDS",
        help="training data: run the leakage check of --data against it (OUT/leakage/), record it in the report",
    )
    _add_suite_parsers(ev_sub)

    cmp_ = ev_sub.add_parser(
        "compare",
        help="paired comparison of two models' predictions on the same set (bootstrap CIs of differences, DeLong)",
    )
    cmp_.add_argument("a", help="baseline: an eval zeroshot output folder or its predictions.csv")
    cmp_.add_argument("b", help="the other model: an eval zeroshot output folder or its predictions.csv")
    cmp_.add_argument("--out", required=True, help="folder for paired_B_vs_A.json/.csv/.md")
    cmp_.add_argument("--names", nargs=2, default=None, metavar=("A", "B"), help="names for the table")
    cmp_.add_argument("--bootstrap", type=int, default=1000, help="paired bootstrap resamples")
    cmp_.add_argument("--seed", type=int, default=0)
    cmp_.add_argument(
        "--data", default=None, help="the labelled CSV both models were scored on: resample whole patients from it"
    )
    cmp_.add_argument("--patient-key", default="patient", help="patient column of --data (default: patient)")
    cmp_.add_argument("--img-key", default=None, help="image column of --data (default: image, or 'Image ID')")

    pr = ev_sub.add_parser(
        "probe", help="few-shot linear probes (k images per class, several draws) on frozen image features"
    )
    pr.add_argument(
        "--model", required=True, help="hf-hub:org/name, local-dir:PATH, open_clip name, run folder or checkpoint"
    )
    pr.add_argument("--pretrained", default=None, help="open_clip pretrained tag or checkpoint file")
    pr.add_argument("--train", required=True, help="labelled CSV or class-folder set to draw the shots from")
    pr.add_argument("--test", required=True, help="labelled CSV or class-folder set to score on")
    pr.add_argument("--out", required=True, help="output folder for probe.json and probe.csv")
    pr.add_argument(
        "--shots", default="1,2,4,8,16,full", help="shots per class, comma-separated ('full': the whole training set)"
    )
    pr.add_argument("--draws", type=int, default=5, help="random draws per shot count")
    pr.add_argument("--img-key", default=None)
    pr.add_argument("--label-key", default=None)
    pr.add_argument("--batch-size", type=int, default=64)
    pr.add_argument("--workers", type=int, default=2)
    pr.add_argument("--device", default="auto")
    pr.add_argument("--cache-dir", default=None)
    pr.add_argument("--seed", type=int, default=0)
    pr.add_argument(
        "--zeroshot-init",
        action="store_true",
        help="also fit a linear head initialised with the zero-shot text classifier (probe_zeroshot_init.csv)",
    )
    pr.add_argument("--classes", default="paper5", help="with --zeroshot-init: class prompt YAML or shipped set name")

    emb = sub.add_parser("embed", help="write image or text embeddings with their ids (.npy + .ids.csv)")
    emb.add_argument(
        "--model", required=True, help="hf-hub:org/name, local-dir:PATH, open_clip name, run folder or checkpoint"
    )
    emb.add_argument("--pretrained", default=None)
    src = emb.add_mutually_exclusive_group(required=True)
    src.add_argument("--images", help="CSV with an image column, or a folder of images (searched recursively)")
    src.add_argument("--texts", help="text file, one text per line")
    emb.add_argument("--out", required=True, help="output .npy file (ids go to OUT.ids.csv)")
    emb.add_argument("--img-key", default="image")
    emb.add_argument("--image-dir", default=None)
    emb.add_argument("--batch-size", type=int, default=64)
    emb.add_argument("--workers", type=int, default=2)
    emb.add_argument("--device", default="auto")
    emb.add_argument("--cache-dir", default=None)

    vd = sub.add_parser(
        "validate-data",
        help="check a CSV of images (and captions or labels) or WebDataset shards before training; exit 1 on problems",
    )
    vd.add_argument(
        "csv",
        help="CSV with an image column (and a caption or label column), or shards: DIR/shard-{000000..000009}.tar",
    )
    vd.add_argument("--image-dir", default=None, help="root of relative image paths (default: the CSV's folder)")
    vd.add_argument("--img-key", default="image")
    vd.add_argument("--caption-key", default="caption", help="caption column (checked when present)")
    vd.add_argument(
        "--label-key", default=None, help="label column for class balance (default: label or Diagnosis when present)"
    )
    vd.add_argument("--separator", default=None, help="column separator (default: detected)")
    vd.add_argument("--min-size", type=int, default=224, help="smallest acceptable short side in pixels")
    vd.add_argument("--context-length", type=int, default=77, help="text tower context (DFN5B: 77)")
    vd.add_argument("--json", default=None, help="also write the report as JSON here")

    ms = sub.add_parser(
        "make-shards",
        help="pack a CSV of images and captions into WebDataset tar shards (resumable, metadata stripped)",
        description="CSV + images -> OUT/PREFIX-000000.tar ... (KEY.jpg|png, KEY.txt, KEY.json per sample) and "
        "OUT/manifest.json (counts, bytes, sha256 per shard, skipped rows and why). Images are re-encoded from "
        "pixels, so EXIF and other metadata are dropped. A re-run with --resume verifies finished shards and "
        "writes only the missing ones.",
    )
    ms.add_argument("csv", help="CSV with an image column and a caption column")
    ms.add_argument("--out", required=True, help="output folder for the shards and manifest.json")
    ms.add_argument("--image-dir", default=None, help="root of relative image paths (default: the CSV's folder)")
    ms.add_argument("--img-key", default="image", help="image column")
    ms.add_argument("--caption-key", default="caption", help="caption column")
    ms.add_argument("--separator", default=",", help="column separator of the CSV")
    ms.add_argument("--keep-columns", default="", help="comma-separated extra columns copied into each sample's .json")
    ms.add_argument(
        "--samples-per-shard", type=int, default=None, help="samples per shard (default 1000 when --max-bytes is unset)"
    )
    ms.add_argument("--max-bytes", default=None, help="largest shard file, e.g. 500MB or 1GiB")
    ms.add_argument("--resize", type=int, default=None, help="shrink each image to this short side (keeps aspect)")
    ms.add_argument("--fov-crop", action="store_true", help="crop to the field of view first (before --resize)")
    ms.add_argument("--quality", type=int, default=92, help="JPEG quality of the re-encoded images")
    ms.add_argument(
        "--image-format",
        choices=["jpg", "png", "source"],
        default="jpg",
        help="jpg: all JPEG (default); png: all lossless PNG; source: JPEG sources as JPEG, PNG/TIFF/... as PNG",
    )
    ms.add_argument("--prefix", default="shard", help="shard file name prefix (PREFIX-000000.tar)")
    ms.add_argument("--workers", type=int, default=1, help="encoding processes")
    again = ms.add_mutually_exclusive_group()
    again.add_argument("--resume", action="store_true", help="continue an interrupted run in --out")
    again.add_argument("--overwrite", action="store_true", help="replace the shards and manifest in --out")

    exp = sub.add_parser(
        "export", help="write a checkpoint in open_clip's Hub layout (loadable with local-dir: / hf-hub:)"
    )
    exp.add_argument("checkpoint", help="run folder or .safetensors checkpoint of ours")
    exp.add_argument(
        "--out", required=True, help="output folder (open_clip config + safetensors, tokenizer files, README.md card)"
    )
    exp.add_argument("--overwrite", action="store_true", help="replace a non-empty --out folder")
    exp.add_argument("--cache-dir", default=None, help="Hugging Face cache (for checkpoints of hf-hub: base models)")
    exp.add_argument(
        "--license",
        default=None,
        help="Hub licence id for the card when the base model states none (a licensed base's licence is inherited)",
    )
    exp.add_argument("--license-name", default=None, help="licence name (needed with --license other)")
    exp.add_argument("--license-link", default=None, help="link to the licence text (needed with --license other)")
    desc = exp.add_mutually_exclusive_group()
    desc.add_argument("--data-description", default=None, help="the card's training data section (text)")
    desc.add_argument("--data-description-file", default=None, help="read the training data section from this file")
    exp.add_argument(
        "--eval-report",
        action="append",
        default=[],
        metavar="[NAME=]PATH",
        help="zeroshot.json (or its folder) for the card's results table; repeatable",
    )
    exp.add_argument("--title", default=None, help="the card's title")
    exp.add_argument(
        "--no-verify", action="store_true", help="skip loading the export back with open_clip to compare embeddings"
    )

    push = sub.add_parser(
        "push", help="check an export folder and upload it to the Hugging Face Hub in one commit (private by default)"
    )
    push.add_argument("folder", help="folder written by `mmfundusclip export`")
    push.add_argument("--repo", required=True, help="target repository ORG/NAME")
    vis = push.add_mutually_exclusive_group()
    vis.add_argument(
        "--private", dest="private", action="store_true", default=True, help="private repository (default)"
    )
    vis.add_argument("--public", dest="private", action="store_false", help="public repository")
    push.add_argument("--revision", default=None, help="branch to commit to (created when missing; default: main)")
    push.add_argument("--message", default=None, help="commit message")
    push.add_argument(
        "--token", default=None, help="Hub token (default: HF_TOKEN or the token file of `hf auth login`)"
    )
    push.add_argument("--dry-run", action="store_true", help="run every check and list the upload; no Hub call")

    cap = sub.add_parser(
        "captions",
        help="EMR records -> one de-identified, validated caption per image (template, local LLM or endpoint)",
        description="Records (CSV or JSONL) -> caption CSV (image, caption, source, flags, deid_kinds, record) "
        "and an audit JSON. Notes are de-identified before any writer sees them; LLM captions that fail the "
        "checks fall back to the template caption, flagged. A re-run continues where the last one stopped.",
    )
    cap.add_argument("--config", default=None, help="captions config YAML (see configs/captions/); flags override it")
    cap.add_argument("--records", default=None, help="records file: CSV (separator detected) or JSONL")
    cap.add_argument("--out", default=None, help="output caption CSV (appended per batch; re-runs continue)")
    cap.add_argument("--audit", default=None, help="audit JSON (default: OUT with .audit.json)")
    cap.add_argument("--overwrite", action="store_true", help="start again instead of continuing an existing --out")
    cap.add_argument("--writer", choices=["template", "transformers", "openai"], default=None, help="caption writer")
    cap.add_argument("--join", choices=["row", "visit"], default=None, help="how records map to images (docs: README)")
    cap.add_argument("--images", default=None, help="with --join visit: images table (image, key, eye columns)")
    cap.add_argument("--separator", default=None, help="CSV separator of the records (default: detected)")
    cap.add_argument("--keep", default=None, help="comma-separated extra columns to copy (default: label)")
    cap.add_argument("--prompt", default=None, help="prompt template YAML for LLM writers")
    for col in ("image", "patient", "eye", "note", "codes", "modality", "name"):
        cap.add_argument(f"--{col}-key", default=None, help=f"records column holding '{col}'")
    cap.add_argument("--llm-model", default=None, help="transformers: model folder or .gguf (default: SmolLM2-135M)")
    cap.add_argument("--llm-batch-size", type=int, default=None, help="transformers: records per generate() call")
    cap.add_argument("--device", default=None, help="transformers: torch device (default cpu)")
    cap.add_argument("--base-url", default=None, help="openai: endpoint root, e.g. http://127.0.0.1:8000/v1")
    cap.add_argument("--api-model", default=None, help="openai: model name the endpoint serves")
    cap.add_argument("--concurrency", type=int, default=None, help="openai: requests in flight")
    cap.add_argument("--timeout", type=float, default=None, help="openai: seconds per request")
    cap.add_argument("--retries", type=int, default=None, help="openai: tries per request")
    cap.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bar")

    de = sub.add_parser(
        "deid",
        help="de-identify a column of records (typed placeholders) for review before anything is sent to an LLM",
    )
    de.add_argument("--records", required=True, help="records file: CSV (separator detected) or JSONL")
    de.add_argument("--out", required=True, help="output CSV: the records with the column(s) de-identified")
    de.add_argument("--column", action="append", default=None, help="column to de-identify (repeatable; default note)")
    de.add_argument("--name-column", default=None, help="column of known patient names to find anywhere in the text")
    de.add_argument("--separator", default=None, help="CSV separator (default: detected)")

    lk = sub.add_parser(
        "leakage",
        help="find test images that also occur in the training data (exact, near copies, same patient); exit 1 if any",
    )
    lk.add_argument("--train", required=True, help="training CSV, or WebDataset shards (.tar, {000..009} pattern)")
    lk.add_argument("--test", required=True, help="test CSV with an image column")
    lk.add_argument("--out", required=True, help="output folder for leakage.json and leakage_pairs.png")
    lk.add_argument("--image-dir", default=None, help="root of relative image paths (default: each CSV's folder)")
    lk.add_argument("--train-image-dir", default=None, help="root of the training CSV's paths, when not --image-dir")
    lk.add_argument("--img-key", default=None, help="image column of both CSVs (default: image, or 'Image ID')")
    lk.add_argument("--patient-key", default=None, help="patient column: also report the same patient on both sides")
    lk.add_argument("--separator", default=None, help="CSV separator (default: detected)")
    lk.add_argument("--hash-a-threshold", type=int, default=None, help="max Hamming bits (of 256), fine hash")
    lk.add_argument("--hash-b-threshold", type=int, default=None, help="max Hamming bits (of 256), coarse hash")
    lk.add_argument("--model", default=None, help="also compare image embeddings of this model (any --model form)")
    lk.add_argument("--pretrained", default=None, help="open_clip pretrained tag or checkpoint file for --model")
    lk.add_argument("--embed-threshold", type=float, default=None, help="cosine from which a pair is near (0.95)")
    lk.add_argument("--workers", type=int, default=None, help="hashing processes (default: cores, at most 8)")
    lk.add_argument("--batch-size", type=int, default=64)
    lk.add_argument("--device", default="auto")
    lk.add_argument("--cache-dir", default=None)
    return parser


def _cmd_train(argv: Sequence[str]) -> int:
    cfg, print_only = parse_train_args(argv)
    if print_only:
        print(config_to_yaml(cfg), end="")
        return 0
    from .train.run import run_training

    run_dir, _ = run_training(cfg)
    print(f"run folder: {run_dir}")
    return 0


def _device(name: str):  # noqa: ANN202 - torch imported lazily
    import torch

    return torch.device("cuda" if name == "auto" and torch.cuda.is_available() else ("cpu" if name == "auto" else name))


def _autocast_kwargs(device) -> dict:  # noqa: ANN001
    import torch

    return {"autocast": lambda: torch.autocast("cuda", dtype=torch.bfloat16)} if device.type == "cuda" else {}


def _zeroshot_data(ns: argparse.Namespace):  # noqa: ANN202 - (LabelledSet | MultiLabelSet, str, dict), imported lazily
    """The evaluated set, its prompt set and what the report records about it: ``--data`` as a CSV or
    class folders, or with ``--dataset NAME`` as that public set's root folder (eval/datasets.py)."""
    from .eval.zeroshot import load_labelled

    if ns.dataset is None and ns.label_key and "," in ns.label_key:  # one 0/1 column per label: multi-label
        from .eval.datasets import load_multilabel_csv

        keys = [k for k in ns.label_key.split(",") if k.strip()]
        data = load_multilabel_csv(ns.data, keys, img_key=ns.img_key, image_dir=ns.image_dir)
        return data, ns.classes or "paper5", {}
    if ns.dataset is None:
        data = load_labelled(ns.data, img_key=ns.img_key, label_key=ns.label_key, image_dir=ns.image_dir)
        return data, ns.classes or "paper5", {}
    from .eval.datasets import get_layout, load_dataset

    layout = get_layout(ns.dataset)
    data = load_dataset(layout.name, ns.data, ns.split, image_dir=ns.image_dir)
    about = {"dataset": layout.name, "split": ns.split or layout.default_split}
    if data.excluded:
        about["excluded"] = data.excluded
        print(f"{layout.title}: {len(data.excluded)} row(s) left out on purpose ({data.excluded[0]['reason']}, ...)")
    return data, ns.classes or layout.prompts, about


def _cmd_eval_zeroshot(ns: argparse.Namespace) -> int:
    from .eval.features import FeatureCache
    from .eval.zeroshot import (
        MultiLabelSet,
        MultiLabelZeroShotEvaluator,
        ZeroShotEvaluator,
        format_table,
        load_prompt_set,
        model_slug,
        write_comparison,
        write_report,
    )
    from .models import load_model, model_identity

    models: list[str] = ns.model
    pretrained: list[str | None] = ns.pretrained or [None] * len(models)
    if len(pretrained) != len(models):
        raise ConfigError(
            f"--pretrained was given {len(pretrained)} time(s) for {len(models)} --model(s); give it once per model, in order, or not at all"
        )
    device = _device(ns.device)
    data, classes, about = _zeroshot_data(ns)
    evaluator_cls = MultiLabelZeroShotEvaluator if isinstance(data, MultiLabelSet) else ZeroShotEvaluator
    evaluator = evaluator_cls(
        data,
        load_prompt_set(classes),
        batch_size=ns.batch_size,
        workers=ns.workers,
        bootstrap=ns.bootstrap,
        paper_compat=ns.paper_compat,
        fov=ns.fov_crop,
        cache=FeatureCache(ns.feature_cache) if ns.feature_cache else None,
    )
    leakage = _leakage_check(ns.train_data, data, ns.data, Path(ns.out) / "leakage") if ns.train_data else None
    results = {}
    raw = {}
    for name, tag in zip(models, pretrained, strict=True):
        loaded = load_model(name, tag, device=device, cache_dir=ns.cache_dir)
        result = evaluator(
            loaded.model,
            loaded.preprocess_val,
            loaded.tokenizer,
            device,
            **_autocast_kwargs(device),
            progress=sys.stderr.isatty(),
            model_key=model_identity(loaded, tag),
        )
        out = Path(ns.out) if len(models) == 1 else Path(ns.out) / model_slug(name, tag)
        paths = write_report(
            result,
            out,
            extra={
                "model": name,
                "pretrained": tag,
                "arch": loaded.arch,
                "base_model": loaded.base.to_dict() if loaded.base else None,
                **({"leakage": leakage} if leakage else {}),
                **about,
            },
        )
        print(f"\n{name}{' (' + tag + ')' if tag else ''}")
        print(format_table(result.metrics))
        if result.skipped:
            print(f"{len(result.skipped)} image(s) could not be read and were left out; listed in {paths['skipped']}")
        print(f"report: {paths['json']}")
        results[model_slug(name, tag)] = result.metrics
        raw[model_slug(name, tag)] = result
    if len(models) > 1:
        table = write_comparison(results, Path(ns.out))
        print(f"\nside by side ({table}):")
        print(table.read_text(encoding="utf-8"))
        first, *others = raw
        if isinstance(data, MultiLabelSet) and others:
            print("\npaired comparison: not available for multi-label sets (compare the per-label AUCs above)")
            others = []
        for other in others:
            _write_paired(
                raw[first], raw[other], first, other, Path(ns.out), ns.bootstrap, graded=evaluator.prompts.graded
            )
    return 0


def _write_paired(a, b, name_a: str, name_b: str, out: Path, resamples: int, graded: bool = False) -> None:  # noqa: ANN001
    """Paired bootstrap + DeLong of model b against model a (same images): JSON, CSV and Markdown."""
    import numpy as np

    from .eval.compare import paired_comparison, write_paired

    if a.ids != b.ids:  # an image unreadable for one model's transform only: compare the common ones
        common = sorted(set(a.ids) & set(b.ids), key=a.ids.index)
        ia, ib = [a.ids.index(i) for i in common], [b.ids.index(i) for i in common]
    else:
        ia = ib = list(range(len(a.ids)))
    y = np.array([a.labels.index(a.targets[i]) for i in ia])
    result = paired_comparison(
        y,
        a.probs[ia],
        b.probs[ib],
        a.labels,
        resamples=max(resamples, 200),
        groups=[a.groups[i] for i in ia] if a.groups is not None else None,
        graded=graded,
    )
    stem, md = write_paired(result, name_a, name_b, out)
    print(f"\npaired comparison ({stem}.md):")
    print(md)


def _leakage_check(train: str, data, name: str, out: Path) -> dict:  # noqa: ANN001 - LabelledSet, imported lazily
    """The leakage check of one evaluated set against training data; prints a warning line when pairs exist."""
    from .eval.registry import check_leakage, leakage_warning

    summary = check_leakage(train, {name: data}, out, progress=sys.stderr.isatty())[name]
    warning = leakage_warning(name, summary)
    print(warning or f"leakage check against {train}: no pair found ({summary['pairs_file']})", file=sys.stderr)
    return summary


def _add_suite_parsers(ev_sub) -> None:  # noqa: ANN001 - argparse's private subparsers action
    """``eval suite`` (run a registered benchmark suite) and ``eval register`` (pin a local set)."""
    su = ev_sub.add_parser(
        "suite",
        help="run every set of a registered benchmark suite (pinned splits, SHA-256 checked) side by side",
        description="Checks each set's local copy against its registered split (ids and SHA-256 of every file) "
        "before loading any model, then scores every --model on every set: OUT/SET/MODEL/zeroshot.json, paired "
        "comparisons against the first model, and OUT/suite.md/.csv/.json.",
    )
    su.add_argument("--model", required=True, action="append", help="any --model form; repeat to compare")
    su.add_argument("--pretrained", default=None, action="append", help="once per --model, in order, when given")
    su.add_argument("--suite", required=True, help="suite name (configs/benchmarks/NAME.yaml) or a suite YAML path")
    su.add_argument("--root", default=".", help="folder the suite's data paths are relative to (default: .)")
    su.add_argument("--out", required=True, help="output folder")
    su.add_argument(
        "--registry", action="append", default=[], help="extra folder of suite files, searched first (repeatable)"
    )
    su.add_argument(
        "--allow-changed",
        action="store_true",
        help="evaluate a local copy that differs from the registered split; the reports say it is not the registered one",
    )
    su.add_argument("--train-data", default=None, metavar="CSV_OR_SHARDS", help="also run the leakage check")
    su.add_argument("--batch-size", type=int, default=64)
    su.add_argument("--workers", type=int, default=2)
    su.add_argument("--hash-workers", type=int, default=None, help="hashing threads (default: cores, at most 4)")
    su.add_argument("--device", default="auto", help="auto, cpu or cuda")
    su.add_argument("--cache-dir", default=None, help="Hugging Face cache folder")
    su.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for 95%% CIs")
    su.add_argument("--seed", type=int, default=0)
    su.add_argument("--paper-compat", action="store_true", help="the paper's scoring (see eval zeroshot)")
    su.add_argument("--fov-crop", action="store_true", help="crop each image to its field of view first")
    su.add_argument("--feature-cache", default=None, help="folder caching image features (see eval zeroshot)")

    rg = ev_sub.add_parser(
        "register",
        help="pin a local labelled set: write its split file (image,sha256,label) and its suite entry",
    )
    rg.add_argument("--name", required=True, help="set name (names the split file splits/NAME.csv)")
    rg.add_argument("--loader", required=True, help="csv, folder, or a public layout name (eval/datasets.py)")
    rg.add_argument("--data", required=True, help="the set: a path, or a path under --root; stored relative to --root")
    rg.add_argument("--root", default=".", help="folder the entry's data path is relative to (default: .)")
    rg.add_argument(
        "--classes", default=None, help="prompt set name or YAML (default: a layout's own set, else paper5)"
    )
    rg.add_argument("--suite", default=None, help="suite to add the set to (OUT/SUITE.yaml; default: NAME)")
    rg.add_argument("--out", default=None, help="registry folder to write (default: the shipped configs/benchmarks)")
    rg.add_argument(
        "--label-map", action="append", default=[], metavar="LOCAL=LABEL", help="rename a local label (repeatable)"
    )
    rg.add_argument("--loader-split", default=None, help="split name passed to a layout loader (e.g. test)")
    rg.add_argument("--img-key", default=None, help="image column of a csv set")
    rg.add_argument("--label-key", default=None, help="label column of a csv set")
    rg.add_argument("--description", default=None, help="one line about the set (source, version, what was left out)")
    rg.add_argument("--overwrite", action="store_true", help="replace an existing entry and split file")
    rg.add_argument("--hash-workers", type=int, default=None, help="hashing threads (default: cores, at most 4)")


def _cmd_eval_suite(ns: argparse.Namespace) -> int:
    from .eval.registry import load_suite, run_suite

    pretrained: list[str | None] = ns.pretrained or [None] * len(ns.model)
    if len(pretrained) != len(ns.model):
        raise ConfigError(
            f"--pretrained was given {len(pretrained)} time(s) for {len(ns.model)} --model(s); give it once per model"
        )
    suite = load_suite(ns.suite, ns.registry)
    device = _device(ns.device)
    summary = run_suite(
        suite,
        ns.root,
        ns.out,
        list(zip(ns.model, pretrained, strict=True)),
        device=device,
        autocast=_autocast_kwargs(device).get("autocast"),
        allow_changed=ns.allow_changed,
        train_data=ns.train_data,
        batch_size=ns.batch_size,
        workers=ns.workers,
        bootstrap=ns.bootstrap,
        seed=ns.seed,
        paper_compat=ns.paper_compat,
        fov=ns.fov_crop,
        cache_dir=ns.cache_dir,
        feature_cache=ns.feature_cache,
        hash_workers=ns.hash_workers,
        progress=sys.stderr.isatty(),
        log=lambda line: print(line, file=sys.stderr if line.startswith("warning:") else sys.stdout),
    )
    table = Path(ns.out) / "suite.md"
    print(f"\n{table.read_text(encoding='utf-8')}")
    print(f"report: {table} (also suite.csv, suite.json); {len(summary['sets'])} set(s), {len(ns.model)} model(s)")
    return 0


def _cmd_eval_register(ns: argparse.Namespace) -> int:
    from .eval.registry import RegistryError, register_set

    label_map = {}
    for item in ns.label_map:
        local, sep, label = item.partition("=")
        if not sep or not local or not label:
            raise RegistryError(f"--label-map {item!r}: write LOCAL=LABEL, e.g. 'diabetic_retinopathy=DR'")
        label_map[local] = label
    reg = register_set(
        ns.name,
        ns.loader,
        ns.data,
        root=ns.root,
        classes=ns.classes,
        out_dir=ns.out,
        suite=ns.suite,
        label_map=label_map,
        loader_split=ns.loader_split,
        img_key=ns.img_key,
        label_key=ns.label_key,
        description=ns.description,
        overwrite=ns.overwrite,
        workers=ns.hash_workers,
        progress=sys.stderr.isatty(),
    )
    counts = ", ".join(f"{k} {v}" for k, v in reg.entry["labels"].items())
    print(f"registered {reg.images} image(s) of {ns.name} ({counts})")
    print(f"split file: {reg.split_file} (sha256 {reg.entry['split_sha256']})")
    print(f"suite file: {reg.suite_file}")
    print(f"run it with: mmfundusclip eval suite --suite {reg.suite_file} --root {ns.root} --model M --out OUT")
    return 0


def _cmd_eval_compare(ns: argparse.Namespace) -> int:
    from .eval.compare import align, paired_comparison, read_predictions, write_paired

    paths = [Path(x) / "predictions.csv" if Path(x).is_dir() else Path(x) for x in (ns.a, ns.b)]
    pa, pb = (read_predictions(p) for p in paths)
    y, probs_a, probs_b = align(pa, pb, (str(paths[0]), str(paths[1])))
    names = ns.names or [p.parent.name or "a" for p in paths]
    if names[0] == names[1]:
        names = [f"{names[0]}-a", f"{names[1]}-b"]
    groups = None
    if ns.data:
        from .data.csvdata import DataError
        from .eval.zeroshot import load_labelled

        data = load_labelled(ns.data, img_key=ns.img_key, patient_key=ns.patient_key)
        if data.groups is None:
            raise DataError(f"{ns.data}: no column {ns.patient_key!r} to group images by patient (--patient-key)")
        patient = dict(zip(data.ids, data.groups, strict=True))
        missing = [i for i in pa.ids if i not in patient]
        if missing:
            raise DataError(f"{ns.data} does not list {len(missing)} image(s) of the predictions, e.g. {missing[0]}")
        groups = [patient[i] for i in pa.ids]
    result = paired_comparison(y, probs_a, probs_b, pa.labels, resamples=ns.bootstrap, seed=ns.seed, groups=groups)
    stem, md = write_paired(result, names[0], names[1], Path(ns.out))
    print(md)
    print(f"wrote {stem}.json, .csv and .md")
    return 0


def _cmd_eval_probe(ns: argparse.Namespace) -> int:
    import csv
    import json

    import numpy as np

    from .data.csvdata import DataError
    from .eval.features import embed_images
    from .eval.probe import few_shot_probe, parse_shots
    from .eval.zeroshot import load_labelled
    from .models import load_model

    try:
        shots = parse_shots(ns.shots)
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    device = _device(ns.device)
    train = load_labelled(ns.train, img_key=ns.img_key, label_key=ns.label_key)
    test = load_labelled(ns.test, img_key=ns.img_key, label_key=ns.label_key)
    labels = sorted(set(train.labels))
    unknown = sorted(set(test.labels) - set(labels))
    if unknown:
        raise DataError(
            f"{ns.test}: label(s) {unknown} do not occur in the training set {ns.train} (labels there: {labels})"
        )
    loaded = load_model(ns.model, ns.pretrained, device=device, cache_dir=ns.cache_dir)
    kw = {
        "batch_size": ns.batch_size,
        "workers": ns.workers,
        "progress": sys.stderr.isatty(),
        **_autocast_kwargs(device),
    }
    ftr = embed_images(loaded.model, loaded.preprocess_val, train.paths, device, desc="train features", **kw)
    fte = embed_images(loaded.model, loaded.preprocess_val, test.paths, device, desc="test features", **kw)
    ytr = np.array([labels.index(train.labels[i]) for i in ftr.index])
    yte = np.array([labels.index(test.labels[i]) for i in fte.index])
    head: dict = {}
    if ns.zeroshot_init:
        import torch

        from .eval.zeroshot import class_weights, load_prompt_set

        prompts = load_prompt_set(ns.classes)
        missing = [lab for lab in labels if lab not in prompts.labels]
        if missing:
            raise DataError(
                f"--classes {ns.classes} has no prompts for label(s) {missing} of {ns.train}; it knows {prompts.labels}"
            )
        with torch.no_grad():
            w = class_weights(loaded.model, loaded.tokenizer, prompts, device).float().cpu().numpy()
        head = {
            "zero_shot_weights": w[:, [prompts.labels.index(lab) for lab in labels]],
            "logit_scale": float(loaded.model.logit_scale.detach().exp())
            if hasattr(loaded.model, "logit_scale")
            else 100.0,
        }
    try:
        res = few_shot_probe(
            ftr.features, ytr, fte.features, yte, labels, shots=shots, draws=ns.draws, seed=ns.seed, **head
        )
    except ValueError as exc:
        raise DataError(f"{ns.train}: {exc}") from exc
    res.update(
        model=ns.model,
        pretrained=ns.pretrained,
        train=str(ns.train),
        test=str(ns.test),
        train_hash=train.digest(),
        test_hash=test.digest(),
        skipped=ftr.skipped + fte.skipped,
    )
    out = Path(ns.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "probe.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    keys = list(next(iter(res["shots"].values()))["mean"])

    def cell(r: dict, name: str) -> str:
        return "n/a" if r["mean"][name] is None else f"{r['mean'][name]:.3f} ± {r['std'][name]:.3f}"

    for section, csv_name, title in (
        ("shots", "probe.csv", "logistic regression on standardised features"),
        ("zeroshot_init", "probe_zeroshot_init.csv", "linear head initialised with the zero-shot classifier"),
    ):
        if section not in res:
            continue
        with open(out / csv_name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["shots", "draws", *(f"{k}_mean" for k in keys), *(f"{k}_std" for k in keys)])
            for k, r in res[section].items():
                w.writerow([k, r["draws"], *(r["mean"][x] for x in keys), *(r["std"][x] for x in keys)])
        print(f"{title}:")
        print(f"{'shots':>6} {'draws':>5}  {'macro acc':>16}  {'macro AUC':>16}  {'accuracy':>16}")
        for k, r in res[section].items():
            print(
                f"{k:>6} {r['draws']:>5}  {cell(r, 'macro_acc'):>16}  {cell(r, 'macro_auc'):>16}  {cell(r, 'accuracy'):>16}"
            )
    if res["skipped"]:
        print(f"{len(res['skipped'])} image(s) could not be read and were left out (listed in probe.json)")
    print(f"report: {out / 'probe.json'}")
    return 0


def _cmd_embed(ns: argparse.Namespace) -> int:
    import csv

    import numpy as np

    from .data.csvdata import DataError, read_table, resolve_image_path
    from .eval.features import embed_images, embed_texts
    from .models import load_model

    device = _device(ns.device)
    out = Path(ns.out)
    if out.suffix not in (".npy", ".parquet"):
        raise ConfigError(
            f"--out {out}: write a .npy file (ids go beside it as .ids.csv) or a .parquet file (columns id, embedding)"
        )
    if out.suffix == ".parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise ConfigError(f"--out {out}: parquet needs pyarrow: pip install 'mmfundusclip[parquet]'") from exc
    loaded = load_model(ns.model, ns.pretrained, device=device, cache_dir=ns.cache_dir)
    skipped: list[dict[str, str]] = []
    if ns.texts:
        texts = [t for t in Path(ns.texts).read_text(encoding="utf-8").splitlines() if t.strip()]
        if not texts:
            raise DataError(f"{ns.texts}: no texts (one per line)")
        feats, ids = embed_texts(loaded.model, loaded.tokenizer, texts, device, **_autocast_kwargs(device)), texts
    else:
        src = Path(ns.images)
        if src.is_dir():
            files = sorted(
                f
                for f in src.rglob("*")
                if f.suffix.lower() in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp")
            )
            ids_all, paths = [str(f.relative_to(src)) for f in files], files
        else:
            rows = read_table(src, required=[ns.img_key])
            root = Path(ns.image_dir) if ns.image_dir else src.parent
            ids_all = [r[ns.img_key] for r in rows]
            paths = [resolve_image_path(i, root) for i in ids_all]
        if not paths:
            raise DataError(f"{src}: no images found")
        emb = embed_images(
            loaded.model,
            loaded.preprocess_val,
            paths,
            device,
            batch_size=ns.batch_size,
            workers=ns.workers,
            progress=sys.stderr.isatty(),
            **_autocast_kwargs(device),
        )
        feats, ids, skipped = emb.features, [ids_all[i] for i in emb.index], emb.skipped
    out.parent.mkdir(parents=True, exist_ok=True)
    note = f"; {len(skipped)} unreadable image(s) left out" if skipped else ""
    if out.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        flat = pa.array(feats.astype(np.float32).reshape(-1))
        table = pa.table(
            {"id": pa.array(ids, pa.string()), "embedding": pa.FixedSizeListArray.from_arrays(flat, feats.shape[1])}
        )
        meta = {"model": str(ns.model), "pretrained": str(ns.pretrained), "normalised": "true"}
        pq.write_table(table.replace_schema_metadata(meta), out)
        print(f"wrote {feats.shape[0]} x {feats.shape[1]} embeddings with their ids to {out}{note}")
    else:
        np.save(out, feats.astype(np.float32))
        ids_path = out.with_suffix(".ids.csv")
        with open(ids_path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["row", "id"])
            w.writerows(enumerate(ids))
        print(f"wrote {feats.shape[0]} x {feats.shape[1]} embeddings to {out} (ids: {ids_path}){note}")
    for s in skipped:
        print(f"  skipped {s['path']}: {s['reason']}", file=sys.stderr)
    return 0


def _cmd_make_shards(ns: argparse.Namespace) -> int:
    from .data.shards import ShardOptions, make_shards, parse_size

    if ns.workers < 1:
        raise ConfigError(f"--workers must be at least 1, got {ns.workers}")
    max_bytes = parse_size(ns.max_bytes) if ns.max_bytes is not None else None
    opts = ShardOptions(
        img_key=ns.img_key,
        caption_key=ns.caption_key,
        separator=ns.separator,
        keep_columns=tuple(c.strip() for c in ns.keep_columns.split(",") if c.strip()),
        samples_per_shard=ns.samples_per_shard if ns.samples_per_shard is not None or max_bytes else 1000,
        max_bytes=max_bytes,
        resize=ns.resize,
        fov_crop=ns.fov_crop,
        quality=ns.quality,
        image_format=ns.image_format,
        prefix=ns.prefix,
    )
    rep = make_shards(
        ns.csv,
        ns.out,
        opts,
        image_dir=ns.image_dir,
        workers=ns.workers,
        overwrite=ns.overwrite,
        resume=ns.resume,
        progress=sys.stderr.isatty(),
    )
    kept = f"; {len(rep.verified)} finished shard(s) verified" if rep.verified else ""
    print(
        f"{rep.samples} samples in {rep.shards} shard(s), {rep.bytes / 1e6:.1f} MB; wrote {len(rep.written)} shard(s){kept}"
    )
    if rep.skipped:
        print(f"{len(rep.skipped)} row(s) skipped (listed with reasons in {rep.manifest}):")
        for s in rep.skipped[:10]:
            print(f"  row {s['row']} (line {s['line']}) {s['path']}: {s['reason']}")
    print(f"train with: --dataset-type webdataset --train-data '{rep.pattern}' --train-num-samples {rep.samples}")
    return 0


def _cmd_validate_data(ns: argparse.Namespace) -> int:
    import json

    from .data.shards import looks_like_shards
    from .data.validate import validate_csv, validate_shards

    if looks_like_shards(ns.csv):
        report = validate_shards(
            ns.csv, min_size=ns.min_size, context_length=ns.context_length, progress=sys.stderr.isatty()
        )
    else:
        report = validate_csv(
            ns.csv,
            image_dir=ns.image_dir,
            img_key=ns.img_key,
            caption_key=ns.caption_key,
            label_key=ns.label_key,
            separator=ns.separator,
            min_size=ns.min_size,
            context_length=ns.context_length,
            progress=sys.stderr.isatty(),
        )
    for problem in report.problems:
        print(problem.line())
    counts = report.counts()
    sep = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}.get(report.separator, repr(report.separator))
    what = f"{report.rows} rows, separator {sep}" if report.separator else f"{report.rows} shard samples"
    print(
        f"{report.csv}: {what}; "
        + (", ".join(f"{v} {k}" for k, v in sorted(counts.items())) if counts else "no problems")
    )
    if report.caption_tokens:
        t = report.caption_tokens
        print(
            f"caption tokens: min {t['min']}, median {t['median']:.0f}, 95th percentile {t['p95']:.0f}, max {t['max']}; {t['over_context']} over the context of {ns.context_length}"
        )
    if report.labels:
        print("labels: " + ", ".join(f"{k} {v}" for k, v in report.labels.items()))
    if ns.json:
        Path(ns.json).write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
    return 1 if report.problems else 0


def _cmd_export(ns: argparse.Namespace) -> int:
    from .hub import HubError, export_checkpoint

    description = ns.data_description
    if ns.data_description_file:
        path = Path(ns.data_description_file)
        if not path.is_file():
            raise HubError(f"--data-description-file {path} not found")
        description = path.read_text(encoding="utf-8")
    result = export_checkpoint(
        ns.checkpoint,
        ns.out,
        cache_dir=ns.cache_dir,
        overwrite=ns.overwrite,
        license=ns.license,
        license_name=ns.license_name,
        license_link=ns.license_link,
        data_description=description,
        eval_reports=ns.eval_report,
        title=ns.title,
        verify=not ns.no_verify,
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    check = (
        "not verified (--no-verify)"
        if result.max_embedding_diff is None
        else f"plain open_clip reproduces its embeddings (max difference {result.max_embedding_diff:.1e})"
    )
    print(f"exported {result.checkpoint} to {result.folder} ({', '.join(result.files)}); {check}")
    print(f"load it with open_clip.create_model_from_pretrained('local-dir:{result.folder}')")
    return 0


def _cmd_push(ns: argparse.Namespace) -> int:
    from .hub import push_folder

    plan = push_folder(
        ns.folder,
        ns.repo,
        private=ns.private,
        revision=ns.revision,
        message=ns.message,
        token=ns.token,
        dry_run=ns.dry_run,
    )
    print(plan.describe())
    if ns.dry_run:
        print("dry run: every check passed; nothing was uploaded")
    else:
        print(f"uploaded {len(plan.files)} file(s) to https://huggingface.co/{plan.repo_id} in one commit")
    return 0


def _cmd_captions(ns: argparse.Namespace) -> int:
    from .config import CaptionsConfig, load_typed
    from .text.pipeline import run_captions

    flags = {
        "records": ns.records,
        "out": ns.out,
        "audit": ns.audit,
        "writer": ns.writer,
        "join": ns.join,
        "images": ns.images,
        "separator": ns.separator,
        "keep": ns.keep,
        "prompt": ns.prompt,
        "transformers.model": ns.llm_model,
        "transformers.batch_size": ns.llm_batch_size,
        "transformers.device": ns.device,
        "openai.base_url": ns.base_url,
        "openai.model": ns.api_model,
        "openai.concurrency": ns.concurrency,
        "openai.timeout": ns.timeout,
        "openai.retries": ns.retries,
        **{f"columns.{c}": getattr(ns, f"{c}_key") for c in ("image", "patient", "eye", "note", "codes", "modality")},
        "columns.name": ns.name_key,
    }
    cfg = load_typed(CaptionsConfig, ns.config, {k: v for k, v in flags.items() if v is not None})
    if not cfg.records or not cfg.out:
        raise ConfigError("captions needs --records FILE and --out CSV (or records:/out: in --config)")
    try:
        audit = run_captions(cfg, overwrite=ns.overwrite, progress=ns.progress)
    except KeyboardInterrupt:
        print(f"interrupted; the captions written so far are in {cfg.out}: run the same command to continue")
        return 130
    print(audit.summary())
    print(f"wrote {cfg.out} and {cfg.audit or Path(cfg.out).with_suffix('.audit.json')}")
    return 0


def _cmd_deid(ns: argparse.Namespace) -> int:
    from .text.pipeline import deid_records

    columns = ns.column or ["note"]
    kinds = deid_records(ns.records, ns.out, columns, separator=ns.separator, name_column=ns.name_column)
    removed = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none"
    print(f"wrote {ns.out}: column(s) {', '.join(columns)} de-identified; removed {removed}")
    return 0


def _cmd_leakage(ns: argparse.Namespace) -> int:
    import dataclasses

    from .eval.leakage import Thresholds, default_workers, format_table, run_leakage

    defaults = Thresholds()
    thresholds = dataclasses.replace(
        defaults,
        hash_a=defaults.hash_a if ns.hash_a_threshold is None else ns.hash_a_threshold,
        hash_b=defaults.hash_b if ns.hash_b_threshold is None else ns.hash_b_threshold,
        embed=defaults.embed if ns.embed_threshold is None else ns.embed_threshold,
    )
    embed = None
    if ns.model:
        from .eval.leakage import model_embedder

        device = _device(ns.device)
        embed = model_embedder(
            ns.model,
            ns.pretrained,
            device,
            batch_size=ns.batch_size,
            cache_dir=ns.cache_dir,
            **_autocast_kwargs(device),
        )
    report = run_leakage(
        ns.train,
        ns.test,
        ns.out,
        image_dir=ns.image_dir,
        train_image_dir=ns.train_image_dir,
        img_key=ns.img_key,
        patient_key=ns.patient_key,
        separator=ns.separator,
        thresholds=thresholds,
        workers=default_workers() if ns.workers is None else ns.workers,
        embed=embed,
        progress=sys.stderr.isatty(),
    )
    print(format_table(report))
    c = report.counts
    print(
        f"{c['test_images']} test vs {c['train_images']} training images: {c['exact']} exact, {c['near']} near, "
        f"{c['patient']} same-patient pair(s); {c['unreadable_train'] + c['unreadable_test']} unreadable"
    )
    for note in report.notes:
        print(f"note: {note}")
    print(f"report: {Path(ns.out) / 'leakage.json'}, contact sheet: {Path(ns.out) / 'leakage_pairs.png'}")
    return 1 if report.pairs else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``mmfundusclip`` command; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # `train` parses its own (large, generated) option set so that `train --help` lists every key.
    if argv[:1] == ["train"]:
        # torchrun's own parser rejects script flags that are prefixes of its options (`--logs`
        # matches --logs-specs and --logs_specs), so launchers put `--` before ours: drop it.
        argv = ["train", *(argv[2:] if argv[1:2] == ["--"] else argv[1:])]
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        return _guard(lambda: _cmd_train(argv[1:]))
    parser = _build_parser()
    ns = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if ns.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if ns.command == "demo":
        from .demo import run_demo

        return _guard(
            lambda: run_demo(
                Path(ns.out),
                overwrite=ns.overwrite,
                train_images=ns.train_images,
                test_images=ns.test_images,
                epochs=ns.epochs,
                image_size=ns.image_size,
                seed=ns.seed,
            )
        )
    if ns.command == "eval" and ns.eval_command == "zeroshot":
        return _guard(lambda: _cmd_eval_zeroshot(ns))
    if ns.command == "eval" and ns.eval_command == "compare":
        return _guard(lambda: _cmd_eval_compare(ns))
    if ns.command == "eval" and ns.eval_command == "suite":
        return _guard(lambda: _cmd_eval_suite(ns))
    if ns.command == "eval" and ns.eval_command == "register":
        return _guard(lambda: _cmd_eval_register(ns))
    if ns.command == "eval" and ns.eval_command == "probe":
        return _guard(lambda: _cmd_eval_probe(ns))
    if ns.command == "embed":
        return _guard(lambda: _cmd_embed(ns))
    if ns.command == "validate-data":
        return _guard(lambda: _cmd_validate_data(ns))
    if ns.command == "make-shards":
        return _guard(lambda: _cmd_make_shards(ns))
    if ns.command == "captions":
        return _guard(lambda: _cmd_captions(ns))
    if ns.command == "deid":
        return _guard(lambda: _cmd_deid(ns))
    if ns.command == "leakage":
        return _guard(lambda: _cmd_leakage(ns))
    if ns.command == "export":
        return _guard(lambda: _cmd_export(ns))
    if ns.command == "push":
        return _guard(lambda: _cmd_push(ns))
    parser.error(f"unknown command {ns.command!r}")  # pragma: no cover - argparse rejects it first
    return 2


def _guard(fn: typing.Callable[[], int]) -> int:
    """Run a command; turn our own input errors into one line on stderr and exit status 1."""
    from .data.csvdata import DataError
    from .hub import HubError
    from .models import ModelLoadError
    from .runs import RunFolderError
    from .train.trainer import TrainingError

    try:
        return fn()
    except (ConfigError, DataError, HubError, ModelLoadError, RunFolderError, TrainingError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
