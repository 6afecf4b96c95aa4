"""The pieces every evaluation report shares: figures with their intervals as text, the JSON
written atomically, the list of skipped images, and the side-by-side files of several models."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["format_ci", "write_comparison_files", "write_json_atomic", "write_skipped_csv"]


def format_ci(value: float | None, ci: Sequence[float] | None) -> str:
    """``0.812 (0.770-0.851)``; the value alone without an interval; ``n/a`` for None or NaN."""
    if value is None or value != value:
        return "n/a"
    return f"{value:.3f} ({ci[0]:.3f}-{ci[1]:.3f})" if ci else f"{value:.3f}"


def write_json_atomic(path: Path, obj: Any) -> None:
    """Write ``obj`` as indented JSON through a temporary file and a rename: never half a report."""
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(obj, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def write_skipped_csv(path: Path, skipped: Sequence[Mapping[str, str]]) -> Path:
    """``path,reason`` rows of the images that could not be read."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["path", "reason"])
        w.writerows([s["path"], s["reason"]] for s in skipped)
    return path


def write_comparison_files(
    out_dir: Path, lines: Sequence[str], rows: Sequence[Mapping[str, Any]], results: Mapping[str, Any]
) -> Path:
    """Several models on one set: ``comparison.md`` (the Markdown ``lines``), ``comparison.csv``
    (``rows``) and ``comparison.json`` (every model's ``results``); returns the Markdown path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    md = out_dir / "comparison.md"
    md.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(out_dir / "comparison.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    (out_dir / "comparison.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return md
