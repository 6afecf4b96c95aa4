"""``mmfundusclip demo``: the whole path on CPU in a few minutes, on data it draws itself.

1. draw synthetic fundus images with EMR records (train, validation and held-out test splits);
2. write template captions from the training records (``mmfundusclip captions``);
3. train a tiny CLIP from scratch with the real trainer (``configs/demo.yaml``);
4. evaluate it zero-shot on the held-out split with the real evaluator (``mmfundusclip eval zeroshot``),
   print the per-class table and write ``OUT/eval/zeroshot.json``.
"""

from __future__ import annotations

import csv
import shutil
import time
from pathlib import Path

from .config import CaptionsConfig, load_config
from .data.synthetic import generate_dataset
from .runs import RunFolderError
from .text.pipeline import run_captions

__all__ = ["DEMO_CONFIG", "DEMO_DEFAULTS", "run_demo"]

DEMO_CONFIG = Path(__file__).parent / "configs" / "demo.yaml"

#: Split sizes and drawing size of the demo. 1500 training images at 64 px for 8 epochs is about
#: 190 optimizer steps (~70 s on 2 cores); the held-out split has 100 images per class.
DEMO_DEFAULTS = {"train_images": 1500, "val_images": 100, "test_images": 500, "image_size": 128}

#: Index offsets so that the three splits, drawn with one seed, share no image.
_VAL_START, _TEST_START = 1_000_000, 2_000_000


def _labelled_csv(records: Path, out: Path) -> Path:
    with open(records, newline="", encoding="utf-8") as fh, open(out, "w", newline="", encoding="utf-8") as dst:
        writer = csv.writer(dst)
        writer.writerow(["image", "label", "patient"])
        for row in csv.DictReader(fh):
            writer.writerow([row["image"], row["label"], row["patient"]])
    return out


def run_demo(
    out: Path,
    *,
    overwrite: bool = False,
    train_images: int | None = None,
    test_images: int | None = None,
    epochs: int | None = None,
    image_size: int | None = None,
    seed: int = 0,
    val_images: int | None = None,
) -> int:
    """Run the demo into ``out``; return 0. Refuses a non-empty ``out`` unless ``overwrite``."""
    from .cli import main as cli_main
    from .train.run import run_training

    t0 = time.perf_counter()
    n_train = train_images or DEMO_DEFAULTS["train_images"]
    n_val = val_images or DEMO_DEFAULTS["val_images"]
    n_test = test_images or DEMO_DEFAULTS["test_images"]
    size = image_size or DEMO_DEFAULTS["image_size"]
    if out.exists() and any(out.iterdir()):
        if not overwrite:
            raise RunFolderError(
                f"demo folder {out} is not empty; pass --overwrite to replace it, or --out for another folder"
            )
        shutil.rmtree(out)
    data = out / "data"

    print(
        f"[1/4] drawing {n_train} training, {n_val} validation and {n_test} test fundus images ({size} px) into {data}",
        flush=True,
    )
    train_records = generate_dataset(data / "train", n_train, seed=seed, size=size, progress=True)
    val_records = generate_dataset(data / "val", n_val, seed=seed, size=size, start=_VAL_START, progress=True)
    test_records = generate_dataset(data / "test", n_test, seed=seed, size=size, start=_TEST_START, progress=True)

    print("[2/4] de-identifying the EMR notes and writing template captions", flush=True)
    audit = run_captions(
        CaptionsConfig(records=str(train_records), out=str(data / "train" / "captions.csv")),
        overwrite=True,
        progress=False,
    )
    removed = ", ".join(f"{k} {v}" for k, v in sorted(audit.identifiers_removed.items()))
    print(f"      {audit.images} captions; identifiers removed from the notes: {removed}", flush=True)
    val_csv = _labelled_csv(val_records, data / "val" / "labels.csv")
    test_csv = _labelled_csv(test_records, data / "test" / "test.csv")

    print("[3/4] training a tiny CLIP from scratch on CPU (configs/demo.yaml)", flush=True)
    overrides = {
        "data.train_data": str(data / "train" / "captions.csv"),
        "eval.zeroshot_data": str(val_csv),
        "train.logs": str(out.parent),
        "train.name": out.name,
        "train.overwrite": True,  # the demo owns the folder; data/ is kept
        "train.seed": seed,
    }
    if epochs is not None:
        overrides["train.epochs"] = epochs
    cfg = load_config(DEMO_CONFIG, overrides)
    run_dir, _ = run_training(cfg)

    print("[4/4] zero-shot evaluation on the held-out test split", flush=True)
    status = cli_main(
        [
            "eval",
            "zeroshot",
            "--model",
            str(run_dir),
            "--data",
            str(test_csv),
            "--classes",
            cfg.eval.zeroshot_classes,
            "--out",
            str(run_dir / "eval"),
            "--device",
            "cpu",
            "--workers",
            "0",
            "--bootstrap",
            "500",
        ]
    )
    if status != 0:
        return status
    import json

    report = json.loads((run_dir / "eval" / "zeroshot.json").read_text())
    minutes = (time.perf_counter() - t0) / 60
    print(
        f"\nheld-out macro AUC {report['macro']['auc']:.3f} (chance 0.5), macro accuracy {report['macro']['acc']:.3f}, {report['n']} images; demo took {minutes:.1f} min"
    )
    print(f"run folder: {run_dir}  (config.yaml, metrics.jsonl, checkpoints/, eval/)")
    print(f"report:     {run_dir / 'eval' / 'zeroshot.json'}")
    return 0
