"""Helpers shared by the tests (imported as `helpers`: pytest puts tests/ on sys.path)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path


def subset_csv(src: Path, dst: Path, keep: Callable[[dict[str, str]], bool]) -> Path:
    """Copy the rows of a labelled CSV that ``keep`` accepts, with absolute image paths."""
    with open(src, newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if keep(r)]
    with open(dst, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows({**r, "image": str(src.parent / r["image"])} for r in rows)
    return dst
