"""``mmfundusclip <command>``: demo, train, eval (zeroshot, compare, probe, suite, register), embed,
leakage, validate-data, make-shards, captions, deid, export, push.

``main(argv)`` is callable in-process (tests do) and returns the exit status. An unknown command
or flag prints usage and exits 2 (argparse's convention); a bad input file or value exits 1 with
a one-line message that names the file or key. Each command lives in one module of this package
(``train``, ``evaluate``, ``data``, ``publish``) as ``add_parsers(sub)`` plus its handler, which the
parser records as ``run``: ``main`` never branches on command names.
"""

from __future__ import annotations

import argparse
import logging
import sys
import typing
from collections.abc import Sequence

from .. import __version__
from ..config import ConfigError
from . import data, evaluate, publish, train
from .train import _cmd_train, parse_train_args

__all__ = ["main", "parse_train_args"]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mmfundusclip", description="Adapt OpenCLIP to fundus photographs: captions, training, evaluation."
    )
    parser.add_argument("--version", action="version", version=f"mmfundusclip {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log open_clip's info messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (train, evaluate, data, publish):
        module.add_parsers(sub)
    return parser


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
    return _guard(lambda: ns.run(ns))


def _guard(fn: typing.Callable[[], int]) -> int:
    """Run a command; turn our own input errors into one line on stderr and exit status 1."""
    from ..data.csvdata import DataError
    from ..hub import HubError
    from ..models import ModelLoadError
    from ..runs import RunFolderError
    from ..train.trainer import TrainingError

    try:
        return fn()
    except (ConfigError, DataError, HubError, ModelLoadError, RunFolderError, TrainingError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
