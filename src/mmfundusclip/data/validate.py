"""``mmfundusclip validate-data``: find what would break or bias a training run before it starts.

It reads a CSV of image paths, or WebDataset shards (``shards/shard-{000000..000009}.tar``: then
"row" is the sample's position in the shard list and the file is ``SHARD#KEY``; a sample without
an image or caption member, or a shard that ends early, is a problem too).

Per row: missing file, unreadable or truncated image, image below a minimum size or above the
pixel limit, exact duplicate (same bytes), empty caption, caption longer than the text tower's
context (open_clip's tokenizer cuts it silently). Over the file: caption length distribution and,
when there is a label column, class balance. One line per problem naming row and file; exit 1
when there is any problem, 0 when clean.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from .csvdata import MAX_PIXELS, DataError, read_table, resolve_image_path

__all__ = ["Problem", "ValidationReport", "detect_separator", "validate_csv", "validate_shards"]

_SEPARATORS = (",", ";", "\t", "|")


@dataclass(frozen=True)
class Problem:
    """One finding: the CSV row (1-based, header is row 1), the file, what and detail."""

    row: int
    path: str
    kind: str
    detail: str

    def line(self) -> str:
        return f"row {self.row}: {self.path}: {self.kind}: {self.detail}"


@dataclass
class ValidationReport:
    """Everything validate-data found, ready for JSON."""

    csv: str
    separator: str
    rows: int
    problems: list[Problem] = field(default_factory=list)
    caption_tokens: dict[str, float] = field(default_factory=dict)
    labels: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return dict(Counter(p.kind for p in self.problems))

    def to_dict(self) -> dict[str, Any]:
        return {
            "csv": self.csv,
            "separator": self.separator,
            "rows": self.rows,
            "counts": self.counts(),
            "caption_tokens": self.caption_tokens,
            "labels": self.labels,
            "problems": [asdict(p) for p in self.problems],
        }


def detect_separator(path: Path) -> str:
    """The separator of a CSV's header line: the candidate that splits it into the most columns."""
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        header = fh.readline()
    best = max(_SEPARATORS, key=lambda s: len(next(csv.reader(io.StringIO(header), delimiter=s))))
    return best


def _check_image(path: Path, min_size: int) -> tuple[str, str] | tuple[None, bytes]:
    """(problem kind, detail), or (None, file bytes) when the image is fine."""
    if not path.is_file():
        return "missing", "file not found"
    return _check_image_bytes(path.read_bytes(), min_size)


def _check_image_bytes(data: bytes, min_size: int) -> tuple[str, str] | tuple[None, bytes]:
    try:
        with Image.open(io.BytesIO(data)) as im:
            w, h = im.size
            if w * h > MAX_PIXELS:
                return (
                    "too_large",
                    f"{w}x{h} = {w * h / 1e6:.0f} MP, over the {MAX_PIXELS / 1e6:.0f} MP limit (decompression bomb guard)",
                )
            im.load()  # a truncated file fails here
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        return "unreadable", f"{type(exc).__name__}: {exc}"
    if min(w, h) < min_size:
        return "too_small", f"{w}x{h}, short side under {min_size} px"
    return None, data


def _record_image(
    report: ValidationReport,
    seen: dict[str, int],
    row: int,
    where: str,
    checked: tuple[str, str] | tuple[None, bytes],
    unit: str,
) -> None:
    """Add the problem of one checked image, or a duplicate problem when the same bytes were seen
    at an earlier ``unit`` (row or sample)."""
    kind, info = checked
    if kind is not None:
        report.problems.append(Problem(row, where, kind, str(info)))
        return
    digest = hashlib.sha256(info).hexdigest()  # type: ignore[arg-type]
    if digest in seen:
        report.problems.append(Problem(row, where, "duplicate", f"same bytes as {unit} {seen[digest]}"))
    else:
        seen[digest] = row


def validate_csv(
    path: str | Path,
    *,
    image_dir: str | Path | None = None,
    img_key: str = "image",
    caption_key: str | None = "caption",
    label_key: str | None = None,
    separator: str | None = None,
    min_size: int = 224,
    context_length: int = 77,
    tokenizer_model: str = "ViT-H-14-378-quickgelu",
    progress: bool = False,
) -> ValidationReport:
    """Check every row of an image-caption (or image-label) CSV; see the module docstring."""
    p = Path(path)
    if not p.is_file():
        raise DataError(f"CSV file not found: {p}")
    sep = separator or detect_separator(p)
    rows = read_table(p, sep, required=[img_key])
    columns = list(rows[0])
    if caption_key and caption_key not in columns:
        caption_key = None if caption_key == "caption" else caption_key  # the default is optional
        if caption_key:
            raise DataError(f"{p}: missing column {caption_key!r}; the file has columns {columns}")
    if label_key is None:
        label_key = next((k for k in ("label", "Diagnosis") if k in columns), None)
    elif label_key not in columns:
        raise DataError(f"{p}: missing column {label_key!r}; the file has columns {columns}")
    root = Path(image_dir) if image_dir else p.parent
    report = ValidationReport(csv=str(p), separator=sep, rows=len(rows))
    seen: dict[str, int] = {}
    iterator: Any = enumerate(rows, start=2)
    if progress:
        from tqdm import tqdm

        iterator = tqdm(iterator, total=len(rows), desc="validating", unit="row", leave=False)
    for row_no, row in iterator:
        rel = row[img_key]
        _record_image(report, seen, row_no, rel, _check_image(resolve_image_path(rel, root), min_size), "row")
    if caption_key:
        captions = [(row_no, row[img_key], row.get(caption_key) or "") for row_no, row in enumerate(rows, start=2)]
        _check_captions(report, captions, context_length, tokenizer_model)
    if label_key:
        report.labels = dict(sorted(Counter(row[label_key] for row in rows).items()))
    report.problems.sort(key=lambda q: q.row)
    return report


def _check_captions(
    report: ValidationReport, captions: list[tuple[int, str, str]], context_length: int, tokenizer_model: str
) -> None:
    """Empty and over-long captions as problems; the token-length distribution into the report."""
    import open_clip

    tok = open_clip.get_tokenizer(tokenizer_model)
    lengths = []
    for row_no, where, caption in captions:
        text = caption.strip()
        if not text:
            report.problems.append(Problem(row_no, where, "empty_caption", "no caption text"))
            lengths.append(0)
            continue
        n = len(tok.encode(text)) + 2  # start and end tokens
        lengths.append(n)
        if n > context_length:
            report.problems.append(
                Problem(
                    row_no,
                    where,
                    "caption_too_long",
                    f"{n} tokens, over the context of {context_length}: the tokenizer would cut {n - context_length}",
                )
            )
    if lengths:
        arr = np.array(lengths)
        report.caption_tokens = {
            "min": int(arr.min()),
            "median": float(np.median(arr)),
            "p95": float(np.percentile(arr, 95)),
            "max": int(arr.max()),
            "over_context": int((arr > context_length).sum()),
        }


#: Image members a shard sample may carry (the webdataset convention of open_clip_train and ours).
_IMAGE_EXTS = ("jpg", "jpeg", "png", "webp", "tif", "tiff")


def validate_shards(
    spec: str,
    *,
    min_size: int = 224,
    context_length: int = 77,
    tokenizer_model: str = "ViT-H-14-378-quickgelu",
    progress: bool = False,
) -> ValidationReport:
    """Check every sample of WebDataset shards (brace patterns and ``::`` lists as in training)."""
    import json

    from .csvdata import Skipped
    from .shards import ShardError, expand_urls, iter_tar_samples

    try:
        urls, _ = expand_urls(spec)
    except ShardError as exc:
        raise DataError(str(exc)) from exc
    report = ValidationReport(csv=spec, separator="", rows=0)
    seen: dict[str, int] = {}
    captions: list[tuple[int, str, str]] = []
    labels: Counter[str] = Counter()
    keys: dict[str, int] = {}
    bar: Any = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(urls), desc="validating shards", unit="shard", leave=False)
    for url in urls:
        for sample in iter_tar_samples(url):
            report.rows += 1
            n = report.rows
            if isinstance(sample, Skipped):
                report.problems.append(Problem(n, sample.path, "unreadable", sample.reason))
                continue
            where = f"{url}#{sample['__key__']}"
            if sample["__key__"] in keys:
                report.problems.append(
                    Problem(n, where, "duplicate_key", f"key also used by sample {keys[sample['__key__']]}")
                )
            keys.setdefault(sample["__key__"], n)
            image_ext = next((e for e in _IMAGE_EXTS if e in sample), None)
            if image_ext is None:
                report.problems.append(Problem(n, where, "missing", f"no image member ({', '.join(_IMAGE_EXTS)})"))
            else:
                _record_image(report, seen, n, where, _check_image_bytes(sample[image_ext], min_size), "sample")
            if "txt" not in sample:
                report.problems.append(Problem(n, where, "empty_caption", "no .txt caption member"))
            else:
                try:
                    captions.append((n, where, sample["txt"].decode("utf-8")))
                except UnicodeDecodeError as exc:
                    report.problems.append(Problem(n, where, "unreadable", f"caption is not UTF-8 ({exc.reason})"))
            if "json" in sample:
                try:
                    meta = json.loads(sample["json"])
                except ValueError:
                    meta = None
                # make-shards keeps extra CSV columns under "columns"; other writers put them at the top.
                cols = meta.get("columns") if isinstance(meta, dict) else None
                holder = cols if isinstance(cols, dict) and "label" in cols else meta
                if isinstance(holder, dict) and "label" in holder:
                    labels[str(holder["label"])] += 1
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    _check_captions(report, captions, context_length, tokenizer_model)
    report.labels = dict(sorted(labels.items()))
    report.problems.sort(key=lambda q: q.row)
    return report
