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
    zs.add_argument("--data", required=True, help="labelled CSV (image,label) or folder with one sub-folder per class")
    zs.add_argument("--classes", default="paper5", help="class prompt YAML or shipped set name (default: paper5)")
    zs.add_argument("--out", required=True, help="output folder for zeroshot.json, zeroshot.csv, predictions.csv")
    zs.add_argument("--image-dir", default=None, help="root of relative image paths (default: the CSV's folder)")
    zs.add_argument("--img-key", default=None, help="image column (default: image, or 'Image ID')")
    zs.add_argument("--label-key", default=None, help="label column (default: label, or 'Diagnosis')")
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
        "validate-data", help="check a CSV of images (and captions or labels) before training; exit 1 on problems"
    )
    vd.add_argument("csv", help="CSV with an image column (and a caption or label column)")
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

    exp = sub.add_parser(
        "export", help="write a checkpoint in open_clip's Hub layout (loadable with local-dir: / hf-hub:)"
    )
    exp.add_argument("checkpoint", help="run folder or .safetensors checkpoint of ours")
    exp.add_argument("--out", required=True, help="output folder (open_clip_config.json, open_clip_model.safetensors)")
    exp.add_argument("--overwrite", action="store_true", help="replace a non-empty --out folder")
    exp.add_argument("--cache-dir", default=None, help="Hugging Face cache (for checkpoints of hf-hub: base models)")

    cap = sub.add_parser("captions", help="write captions from EMR records")
    cap.add_argument(
        "--records", required=True, help="records CSV (columns image, patient, eye, note, codes, modality)"
    )
    cap.add_argument("--out", required=True, help="output CSV with image,caption")
    cap.add_argument(
        "--writer",
        choices=["template"],
        default="template",
        help="caption writer (LLM writers: see the captions issue)",
    )
    for col in ("image", "patient", "eye", "note", "codes", "modality"):
        cap.add_argument(f"--{col}-key", default=col, help=f"records column holding '{col}'")
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


def _cmd_eval_zeroshot(ns: argparse.Namespace) -> int:
    from .eval.features import FeatureCache
    from .eval.zeroshot import (
        ZeroShotEvaluator,
        format_table,
        load_labelled,
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
    data = load_labelled(ns.data, img_key=ns.img_key, label_key=ns.label_key, image_dir=ns.image_dir)
    evaluator = ZeroShotEvaluator(
        data,
        load_prompt_set(ns.classes),
        batch_size=ns.batch_size,
        workers=ns.workers,
        bootstrap=ns.bootstrap,
        paper_compat=ns.paper_compat,
        fov=ns.fov_crop,
        cache=FeatureCache(ns.feature_cache) if ns.feature_cache else None,
    )
    results = {}
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
            },
        )
        print(f"\n{name}{' (' + tag + ')' if tag else ''}")
        print(format_table(result.metrics))
        if result.skipped:
            print(f"{len(result.skipped)} image(s) could not be read and were left out; listed in {paths['skipped']}")
        print(f"report: {paths['json']}")
        results[model_slug(name, tag)] = result.metrics
    if len(models) > 1:
        table = write_comparison(results, Path(ns.out))
        print(f"\nside by side ({table}):")
        print(table.read_text(encoding="utf-8"))
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
    try:
        res = few_shot_probe(ftr.features, ytr, fte.features, yte, labels, shots=shots, draws=ns.draws, seed=ns.seed)
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
    with open(out / "probe.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["shots", "draws", *(f"{k}_mean" for k in keys), *(f"{k}_std" for k in keys)])
        for k, r in res["shots"].items():
            w.writerow([k, r["draws"], *(r["mean"][x] for x in keys), *(r["std"][x] for x in keys)])

    def cell(r: dict, name: str) -> str:
        return "n/a" if r["mean"][name] is None else f"{r['mean'][name]:.3f} ± {r['std'][name]:.3f}"

    print(f"{'shots':>6} {'draws':>5}  {'macro acc':>16}  {'macro AUC':>16}  {'accuracy':>16}")
    for k, r in res["shots"].items():
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
    if out.suffix != ".npy":
        raise ConfigError(f"--out {out}: write a .npy file (ids go beside it as .ids.csv)")
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
    np.save(out, feats.astype(np.float32))
    ids_path = out.with_suffix(".ids.csv")
    with open(ids_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["row", "id"])
        w.writerows(enumerate(ids))
    note = f"; {len(skipped)} unreadable image(s) left out" if skipped else ""
    print(f"wrote {feats.shape[0]} x {feats.shape[1]} embeddings to {out} (ids: {ids_path}){note}")
    for s in skipped:
        print(f"  skipped {s['path']}: {s['reason']}", file=sys.stderr)
    return 0


def _cmd_validate_data(ns: argparse.Namespace) -> int:
    import json

    from .data.validate import validate_csv

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
    print(
        f"{report.csv}: {report.rows} rows, separator {sep}; "
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
    import json

    from .hub import export_open_clip_folder
    from .models import load_model, read_checkpoint_meta

    loaded = load_model(ns.checkpoint, cache_dir=ns.cache_dir)
    meta = read_checkpoint_meta(loaded.source)
    model_cfg = None
    if loaded.base is not None:  # the architecture is described by the base model's own config
        model_cfg = json.loads((Path(loaded.base.folder) / "open_clip_config.json").read_text())["model_cfg"]
    out = export_open_clip_folder(
        loaded.model,
        loaded.arch,
        Path(ns.out),
        quick_gelu=meta.get("quick_gelu") == "true",
        model_cfg=model_cfg,
        overwrite=ns.overwrite,
    )
    print(
        f"exported {loaded.source} ({loaded.arch}) to {out}; load it with open_clip.create_model_from_pretrained('local-dir:{out}')"
    )
    return 0


def _cmd_captions(ns: argparse.Namespace) -> int:
    from .text.captions import write_captions

    columns = {c: getattr(ns, f"{c}_key") for c in ("image", "patient", "eye", "note", "codes", "modality")}
    stats = write_captions(ns.records, ns.out, columns)
    print(
        f"wrote {stats.written} captions to {ns.out}; {stats.without_condition} record(s) had no known diagnosis code"
    )
    return 0


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
    if ns.command == "eval" and ns.eval_command == "probe":
        return _guard(lambda: _cmd_eval_probe(ns))
    if ns.command == "embed":
        return _guard(lambda: _cmd_embed(ns))
    if ns.command == "validate-data":
        return _guard(lambda: _cmd_validate_data(ns))
    if ns.command == "captions":
        return _guard(lambda: _cmd_captions(ns))
    if ns.command == "export":
        return _guard(lambda: _cmd_export(ns))
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
