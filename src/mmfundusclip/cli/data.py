"""``mmfundusclip validate-data``, ``make-shards``, ``captions`` and ``deid``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import (
    ConfigError,
)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the top-level subparsers."""
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

    vd.set_defaults(run=_cmd_validate_data)
    ms.set_defaults(run=_cmd_make_shards)
    cap.set_defaults(run=_cmd_captions)
    de.set_defaults(run=_cmd_deid)


def _cmd_make_shards(ns: argparse.Namespace) -> int:
    from ..data.shards import ShardOptions, make_shards, parse_size

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

    from ..data.shards import looks_like_shards
    from ..data.validate import validate_csv, validate_shards

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


def _cmd_captions(ns: argparse.Namespace) -> int:
    from ..config import CaptionsConfig, load_typed
    from ..text.pipeline import run_captions

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
    from ..text.pipeline import deid_records

    columns = ns.column or ["note"]
    kinds = deid_records(ns.records, ns.out, columns, separator=ns.separator, name_column=ns.name_column)
    removed = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none"
    print(f"wrote {ns.out}: column(s) {', '.join(columns)} de-identified; removed {removed}")
    return 0
