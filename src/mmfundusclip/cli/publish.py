"""``mmfundusclip export`` and ``push``: open_clip's Hub layout, model card, upload."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the top-level subparsers."""
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

    exp.set_defaults(run=_cmd_export)
    push.set_defaults(run=_cmd_push)


def _cmd_export(ns: argparse.Namespace) -> int:
    from ..hub import HubError, export_checkpoint

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
    from ..hub import push_folder

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
