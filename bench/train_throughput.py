"""Training throughput: our trainer against upstream ``open_clip_train.main``, side by side.

CPU (here):   .venv/bin/python bench/train_throughput.py
One GPU:      python bench/train_throughput.py --device cuda --model ViT-H-14-378-quickgelu --image-size 2048 \
                  --images 2048 --batch-size 128 --precision amp_bf16 --grad-checkpointing --workers 8 --epochs 1
(no torchrun form: the comparison is per process.)

Both run on the same synthetic fundus CSV, model config, batch size, optimizer and schedule, in
fresh processes, alternating (ours, upstream, ours, upstream, ...). Each logs every step with
its own timer (time from one step's end to the next, data wait included); the table reports the
median over the steady state (the first 3 steps of each run are warm-up and dropped), the share
of step time spent waiting for data, and the peak memory of the training process (max RSS on
CPU, max allocated CUDA memory on GPU). Writes the JSON next to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL_CONFIGS = ROOT / "src" / "mmfundusclip" / "configs" / "models"

# Runs a program in this process, then reports its peak memory on stderr: the same wrapper for both
# sides, so neither pays for a measurement the other does not.
WRAPPER = r"""
import json, resource, sys, runpy
import torch, open_clip
open_clip.add_model_config({configs!r})
which, argv = sys.argv[1], sys.argv[2:]
try:
    if which == "ours":
        from mmfundusclip.cli import main
        code = main(["train", *argv])
    else:
        from open_clip_train.main import main
        main(argv)
        code = 0
finally:
    peak = torch.cuda.max_memory_allocated() if torch.cuda.is_available() else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print("PEAK_MEMORY_BYTES", peak, file=sys.stderr)
sys.exit(code)
"""

_UPSTREAM_LINE = re.compile(r"Data \(t\): ([0-9.]+) Batch \(t\): ([0-9.]+),")


def make_data(folder: Path, images: int, size: int, fmt: str, unique: int | None = None) -> Path:
    """A CSV of synthetic fundus images with template captions (same file for both sides).

    ``unique`` draws only that many distinct images and repeats their rows up to ``images``:
    drawing a 2048 px fundus takes a fraction of a second, decoding it is what the bench measures.
    """
    from mmfundusclip.data.synthetic import generate_dataset
    from mmfundusclip.text.captions import write_captions

    records = generate_dataset(folder, min(images, unique or images), seed=0, size=size)
    if fmt == "jpg":  # fundus exports are JPEG: re-encode at quality 92
        import csv

        from PIL import Image

        with open(records, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        for r in rows:
            png = folder / r["image"]
            jpg = png.with_suffix(".jpg")
            Image.open(png).convert("RGB").save(jpg, quality=92)
            png.unlink()
            r["image"] = str(Path(r["image"]).with_suffix(".jpg"))
        with open(records, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    write_captions(records, folder / "captions.csv")
    # Absolute paths: upstream open_clip_train has no --image-dir (the paper's fork added one).
    import csv

    with open(folder / "captions.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    rows = [rows[i % len(rows)] for i in range(images)]
    with open(folder / "captions.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows({**r, "image": str((folder / r["image"]).resolve())} for r in rows)
    return folder / "captions.csv"


def common_flags(a: argparse.Namespace, csv_path: Path) -> list[str]:
    flags = [
        "--train-data", str(csv_path), "--dataset-type", "csv", "--csv-separator", ",", "--csv-img-key", "image", "--csv-caption-key", "caption",
        "--model", a.model, "--batch-size", str(a.batch_size), "--epochs", str(a.epochs), "--workers", str(a.workers),
        "--lr", "5e-4", "--warmup", "10", "--wd", "0.1", "--precision", a.precision, "--log-every-n-steps", "1",
        "--save-frequency", "1", "--seed", "0",
    ]  # fmt: skip
    if a.grad_checkpointing:
        flags.append("--grad-checkpointing")
    return flags


def run_once(variant: str, a: argparse.Namespace, csv_path: Path, logs: Path, index: int) -> dict[str, float]:
    """One fresh training process: ``ours``, ``ours+compile`` (our regional torch.compile),
    ``upstream`` or ``upstream+compile`` (open_clip_train's whole-model ``--torchcompile``)."""
    which, _, extra = variant.partition("+")
    name = f"{which}{'_' + extra if extra else ''}_{index}"
    flags = [*common_flags(a, csv_path), "--logs", str(logs), "--name", name]
    if which == "ours":
        flags += ["--train.device", a.device, "--train.progress_bar", "false"]
    if extra == "compile":
        flags.append("--torchcompile")
    wrapper = logs / "wrapper.py"
    wrapper.write_text(WRAPPER.format(configs=str(MODEL_CONFIGS)))
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(wrapper), which, *flags], capture_output=True, text=True, timeout=3600)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{variant} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    peak = int(re.findall(r"PEAK_MEMORY_BYTES (\d+)", proc.stderr)[-1])
    if which == "ours":
        recs = [json.loads(x) for x in (logs / name / "metrics.jsonl").read_text().splitlines()]
        steps = [r for r in recs if "samples_per_s_per_proc" in r]
        step_times = [a.batch_size / r["samples_per_s_per_proc"] for r in steps]
        data_times = [r["data_share"] * t for r, t in zip(steps, step_times, strict=True)]
    else:
        text = proc.stdout + proc.stderr  # its logging handler writes to the console
        pairs = [(float(d), float(b)) for d, b in _UPSTREAM_LINE.findall(text)]
        data_times, step_times = [p[0] for p in pairs], [p[1] for p in pairs]
    steady = slice(3, None)
    st, dt = step_times[steady], data_times[steady]
    if not st:
        raise SystemExit(
            f"{variant}: too few steps logged to measure ({len(step_times)}); use more --images or --epochs"
        )
    median = statistics.median(st)
    return {
        "samples_per_s": a.batch_size / median,
        "step_s": median,
        "data_share": sum(dt) / sum(st),
        "peak_memory_gib": peak / 2**30,
        "steps": len(st),
        "wall_s": wall,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    p.add_argument("--model", default="mfc-tiny-vit")
    p.add_argument("--images", type=int, default=1024)
    p.add_argument("--image-size", type=int, default=128, help="side of the square synthetic images")
    p.add_argument("--format", default="png", choices=["png", "jpg"])
    p.add_argument("--unique-images", type=int, default=None, help="draw this many distinct images and repeat them")
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--precision", default="fp32")
    p.add_argument("--grad-checkpointing", action="store_true")
    p.add_argument(
        "--variants",
        default="ours,upstream",
        help="comma-separated runs per round, in order: ours, ours+compile, upstream, upstream+compile",
    )
    p.add_argument("--rounds", type=int, default=2, help="alternating rounds (each runs both)")
    p.add_argument("--out", default="bench/results/train_throughput.json")
    a = p.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        print(f"drawing {a.images} synthetic fundus images ({a.image_size} px, {a.format}) ...", flush=True)
        csv_path = make_data(tmp_path / "data", a.images, a.image_size, a.format, a.unique_images)
        logs = tmp_path / "logs"
        logs.mkdir()
        variants = [v.strip() for v in a.variants.split(",") if v.strip()]
        unknown = sorted(set(variants) - {"ours", "ours+compile", "upstream", "upstream+compile"})
        if unknown or "upstream" not in {v.partition("+")[0] for v in variants}:
            raise SystemExit(f"--variants: unknown {unknown} or no upstream run to compare with: {a.variants!r}")
        results: dict[str, list[dict[str, float]]] = {v: [] for v in variants}
        failed: dict[str, str] = {}
        for r in range(a.rounds):
            for which in variants:
                try:
                    res = run_once(which, a, csv_path, logs, r)
                except SystemExit as exc:  # one failed variant (say, a compile error) must not lose the others
                    print(f"round {r + 1} {which}: FAILED\n{exc}", flush=True)
                    failed[which] = str(exc)[-2000:]
                    continue
                results[which].append(res)
                print(
                    f"round {r + 1} {which:<16} {res['samples_per_s']:8.1f} samples/s  step {res['step_s'] * 1000:7.1f} ms  data {100 * res['data_share']:4.1f}%  peak {res['peak_memory_gib']:.2f} GiB",
                    flush=True,
                )

    def med(which: str, key: str) -> float:
        return statistics.median(x[key] for x in results[which])

    summary = {
        k: {m: med(k, m) for m in ("samples_per_s", "step_s", "data_share", "peak_memory_gib")}
        for k in results
        if results[k]
    }
    base = next((k for k in ("upstream", "upstream+compile") if k in summary), None)
    if base is None:
        raise SystemExit(f"no upstream run succeeded: {failed}")
    ratios = {
        k: {
            "throughput": summary[k]["samples_per_s"] / summary[base]["samples_per_s"],
            "peak_memory": summary[k]["peak_memory_gib"] / summary[base]["peak_memory_gib"],
        }
        for k in summary
        if k != base
    }
    print()
    print(f"{'':<16} {'samples/s':>10} {'step (ms)':>10} {'data wait':>10} {'peak mem (GiB)':>15} {'vs ' + base:>14}")
    for k, s in summary.items():
        vs = f"{ratios[k]['throughput']:.2f}x" if k in ratios else "1.00x"
        print(
            f"{k:<16} {s['samples_per_s']:>10.1f} {s['step_s'] * 1000:>10.1f} {100 * s['data_share']:>9.1f}% {s['peak_memory_gib']:>15.2f} {vs:>14}"
        )
    for k, r in ratios.items():
        print(f"ratio {k}/{base}: throughput {r['throughput']:.2f}x, peak memory {r['peak_memory']:.2f}x")
    import torch

    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "settings": vars(a),
                "device_name": torch.cuda.get_device_name() if a.device == "cuda" else "cpu",
                "runs": results,
                "summary": summary,
                "baseline": base,
                "failed": failed,
                "ratios": ratios,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"wrote {out}")
    if failed:
        print(f"FAILED variants: {sorted(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
