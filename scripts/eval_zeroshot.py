"""Zero-shot evaluation of several models on several labelled sets, collected into one table.

One GPU:  python scripts/eval_zeroshot.py --model runs/uwf_clip --model hf-hub:apple/DFN5B-CLIP-ViT-H-14-378 \
              --set test.csv:paper5 --set refuge@/data/REFUGE --set rfmid@/data/RFMiD --out results/zeroshot
CPU:      python scripts/eval_zeroshot.py --device cpu --model demo_run --set demo_run/data/test/test.csv:paper5 --out results/zs

Each ``--set`` is ``DATA[:CLASSES]`` (a labelled CSV or class-folder set, and a prompt file or
shipped set name, default paper5) or ``LAYOUT@ROOT[:CLASSES]`` (a public set in its published
layout, ``eval zeroshot --dataset``: messidor2, idrid, aptos2019, fives, refuge, odir5k, jsiec,
rfmid; its own prompt set by default). Each set runs through one ``mmfundusclip eval zeroshot``
call with every model, into ``OUT/<set>/`` (with several models: one folder per model, the
side-by-side ``comparison.md`` and paired comparisons against the first model);
``OUT/summary.{md,csv}`` holds one row per (set, model) with the macro figures and their 95 %
intervals. Multi-label sets (ODIR-5K, RFMiD) have no accuracy, kappa or ECE: those cells are n/a.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from mmfundusclip.cli import main as cli_main
from mmfundusclip.eval.reports import format_ci
from mmfundusclip.eval.zeroshot import unique_model_slugs

FIGURES = (
    ("macro", "acc"),
    ("macro", "auc"),
    ("macro", "aupr"),
    ("macro", "f1"),
    (None, "accuracy"),
    (None, "kappa"),
    (None, "ece"),
)


def parse_set(spec: str) -> tuple[str | None, str, str | None]:
    """``DATA[:CLASSES]`` or ``LAYOUT@ROOT[:CLASSES]`` -> (layout or None, data, classes or None)."""
    from mmfundusclip.eval.datasets import LAYOUTS

    layout, at, rest = spec.partition("@")
    if not at or layout not in LAYOUTS:
        layout, rest = None, spec  # an @ in a plain path
    data, _, classes = rest.partition(":")
    return layout, data, classes or (None if layout else "paper5")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--model",
        action="append",
        required=True,
        help="model (repeat); any form `mmfundusclip eval zeroshot --model` takes",
    )
    p.add_argument(
        "--set", action="append", required=True, dest="sets", help="DATA[:CLASSES] or LAYOUT@ROOT[:CLASSES] (repeat)"
    )
    p.add_argument("--out", required=True)
    p.add_argument("--device", default="auto")
    p.add_argument("--bootstrap", type=int, default=1000)
    p.add_argument("--workers", type=int, default=4)
    a = p.parse_args(argv)

    out = Path(a.out)
    rows = []
    slugs = unique_model_slugs([(m, None) for m in a.model])
    parsed = [parse_set(spec) for spec in a.sets]
    folders = unique_model_slugs([(data, layout) for layout, data, _ in parsed])  # one folder per set, never shared
    for spec, (layout, data, classes), folder in zip(a.sets, parsed, folders, strict=True):
        set_dir = out / folder
        argv = ["eval", "zeroshot", "--data", data, "--out", str(set_dir), "--device", a.device]
        argv += ["--bootstrap", str(a.bootstrap), "--workers", str(a.workers)]
        argv += [arg for model in a.model for arg in ("--model", model)]
        argv += (["--dataset", layout] if layout else []) + (["--classes", classes] if classes else [])
        code = cli_main(argv)
        if code != 0:
            print(f"error: evaluating {spec} failed (exit {code})", file=sys.stderr)
            return code
        for model, slug in zip(a.model, slugs, strict=True):
            report = set_dir / ("zeroshot.json" if len(a.model) == 1 else f"{slug}/zeroshot.json")
            m = json.loads(report.read_text(encoding="utf-8"))
            row = {"set": spec, "classes": Path(m["prompts"]["source"]).stem, "model": model, "n": m["n"]}
            for section, key in FIGURES:
                src = m[section] if section else m
                row[f"{section + ' ' if section else ''}{key}"] = format_ci(src.get(key), src.get(f"{key}_ci"))
            rows.append(row)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "summary.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    cols = list(rows[0])
    md = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)] + [
        "| " + " | ".join(str(r[c]) for c in cols) + " |" for r in rows
    ]
    (out / "summary.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n" + "\n".join(md))
    print(f"\nsummary: {out / 'summary.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
