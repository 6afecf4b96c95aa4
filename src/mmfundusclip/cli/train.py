"""``mmfundusclip demo`` and ``mmfundusclip train`` (its option set is generated from the config tree)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from ..config import (
    OPEN_CLIP_CONSTANT_FLAGS,
    OPEN_CLIP_FLAGS,
    Config,
    config_to_yaml,
    field_paths,
    load_config,
    parse_value,
)

_UNSET = object()


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the top-level subparsers."""
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

    demo.set_defaults(run=_cmd_demo)
    train.set_defaults(run=None)  # main() hands `train` its own parser (see parse_train_args)


def _cmd_demo(ns: argparse.Namespace) -> int:
    from ..demo import run_demo

    return run_demo(
        Path(ns.out),
        overwrite=ns.overwrite,
        train_images=ns.train_images,
        test_images=ns.test_images,
        epochs=ns.epochs,
        image_size=ns.image_size,
        seed=ns.seed,
    )


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


def _cmd_train(argv: Sequence[str]) -> int:
    cfg, print_only = parse_train_args(argv)
    if print_only:
        print(config_to_yaml(cfg), end="")
        return 0
    from ..train.run import run_training

    run_dir, _ = run_training(cfg)
    print(f"run folder: {run_dir}")
    return 0
