"""Zero-shot evaluation of several models on several labelled sets, collected into one table.

One GPU:  python scripts/eval_zeroshot.py --model runs/uwf_clip --model hf-hub:apple/DFN5B-CLIP-ViT-H-14-378 \
              --set test.csv:paper5 --set refuge.csv:glaucoma --out results/zeroshot
CPU:      python scripts/eval_zeroshot.py --device cpu --model demo_run --set demo_run/data/test/test.csv:paper5 --out results/zs

Each ``--set`` is ``DATA[:CLASSES]`` (a labelled CSV or class-folder set, and a prompt file or
shipped set name, default paper5). Every (set, model) pair runs through ``mmfundusclip eval
zeroshot`` into ``OUT/<set>/<model>/``; ``OUT/summary.{md,csv}`` holds one row per pair with the
macro figures and their 95 % intervals.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from mmfundusclip.cli import main as cli_main
from mmfundusclip.eval.zeroshot import model_slug

FIGURES = (
    ("macro", "acc"),
    ("macro", "auc"),
    ("macro", "aupr"),
    ("macro", "f1"),
    (None, "accuracy"),
    (None, "kappa"),
    (None, "ece"),
)


def _cell(value: float | None, ci: list[float] | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.3f} ({ci[0]:.3f}-{ci[1]:.3f})" if ci else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--model",
        action="append",
        required=True,
        help="model (repeat); any form `mmfundusclip eval zeroshot --model` takes",
    )
    p.add_argument("--set", action="append", required=True, dest="sets", help="DATA[:CLASSES] (repeat)")
    p.add_argument("--out", required=True)
    p.add_argument("--device", default="auto")
    p.add_argument("--bootstrap", type=int, default=1000)
    p.add_argument("--workers", type=int, default=4)
    a = p.parse_args(argv)

    out = Path(a.out)
    rows = []
    for spec in a.sets:
        data, _, classes = spec.partition(":")
        classes = classes or "paper5"
        set_dir = out / model_slug(data)
        for model in a.model:
            report_dir = set_dir / model_slug(model)
            code = cli_main(
                [
                    "eval",
                    "zeroshot",
                    "--model",
                    model,
                    "--data",
                    data,
                    "--classes",
                    classes,
                    "--out",
                    str(report_dir),
                    "--device",
                    a.device,
                    "--bootstrap",
                    str(a.bootstrap),
                    "--workers",
                    str(a.workers),
                ]
            )
            if code != 0:
                print(f"error: {model} on {data} failed (exit {code})", file=sys.stderr)
                return code
            m = json.loads((report_dir / "zeroshot.json").read_text(encoding="utf-8"))
            row = {"set": data, "classes": classes, "model": model, "n": m["n"]}
            for section, key in FIGURES:
                src = m[section] if section else m
                row[f"{section + ' ' if section else ''}{key}"] = _cell(src.get(key), src.get(f"{key}_ci"))
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
