"""Benchmark registry: labelled fundus sets pinned to an exact list of images and their SHA-256.

Why. Zero-shot figures of fundus models are hard to compare across papers because "Messidor-2" or
"APTOS test" means a different set of files in every lab: images dropped as ungradable, re-encoded
copies, other train/test splits. A registry entry pins the set: its loader, the image ids with the
SHA-256 of every file (the split file), the class mapping and the prompt set. ``mmfundusclip eval
suite`` checks a local copy against the entry before it evaluates anything, and stops with a list of
differences (missing, changed, extra, relabelled images) unless ``--allow-changed`` is given, in which
case every report says that the split is not the registered one.

Layout of a registry folder (the shipped one is ``configs/benchmarks/``)::

    NAME.yaml            one suite per file; the file stem is the suite name
    splits/NAME/SET.csv  image,sha256,label rows, one per image, in evaluation order (a folder per
                         suite, so that two suites may each have a set of the same name; an entry's
                         ``split:`` is read as written, so older entries such as the demo suite's
                         ``splits/demo-test.csv`` keep working)

A suite file::

    suite: demo
    description: ...
    sets:
      - name: demo-test
        loader: csv              # csv | folder | a layout of eval/datasets.py (messidor2, idrid, ...)
        data: data/test/test.csv # relative to --root
        split: splits/demo-test.csv
        split_sha256: ...        # of the split file itself: an edited split file is an error
        images: 500              # rows of the split file (checked)
        labels: {AMD: 100, ...}  # rows per label (checked)
        classes: paper5          # shipped prompt set, or a YAML path relative to the suite file
        label_map: {...}         # optional: local label -> registry label

Hashes are of the file bytes (``sha256sum`` agrees), read in 1 MiB chunks by a few threads (hashlib
releases the GIL on large buffers), each file once per run. The registry ships no hash of a public
data set: those sets cannot be downloaded here, so users register their own copy with ``mmfundusclip
eval register`` and share the YAML and split file with the figures.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..data.csvdata import DataError
from .metrics import SPECIFICITY
from .reports import format_ci
from .zeroshot import LabelledSet, load_labelled, load_prompt_set

__all__ = [
    "BENCHMARKS_DIR",
    "BenchmarkSet",
    "RegistryError",
    "SplitCheck",
    "SplitMismatchError",
    "SplitRow",
    "Suite",
    "check_leakage",
    "find_suites",
    "hash_files",
    "leakage_warning",
    "load_local",
    "load_suite",
    "read_split",
    "register_set",
    "run_suite",
    "sha256_file",
    "verify_set",
    "write_suite_table",
]

BENCHMARKS_DIR = Path(__file__).resolve().parent.parent / "configs" / "benchmarks"
CORE_LOADERS = ("csv", "folder")
SPLIT_COLUMNS = ("image", "sha256", "label")
CHUNK = 1 << 20  # 1 MiB reads: large enough that hashlib releases the GIL, small enough for any file
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_REQUIRED = ("name", "loader", "data", "split", "split_sha256", "classes")
_OPTIONAL = (
    "description",
    "source",
    "loader_split",
    "img_key",
    "label_key",
    "image_dir",
    "images",
    "labels",
    "label_map",
)
#: Differences listed in an error message before "... and N more" (all of them go to the CSV file).
LIST_LIMIT = 10
#: Figures of the side-by-side table; titles as in compare.FIGURES so significance can be looked up.
SUITE_FIGURES: tuple[tuple[str, str, str], ...] = (
    ("macro acc", "macro", "acc"),
    ("macro AUC", "macro", "auc"),
    ("macro AUPR", "macro", "aupr"),
)


class RegistryError(DataError):
    """A registry file (suite YAML or split CSV) is wrong or missing; the message names file, row or field."""


class SplitMismatchError(RegistryError):
    """A local copy differs from its registered split (missing, changed, extra or relabelled images)."""


@dataclass(frozen=True)
class SplitRow:
    """One image of a registered split; ``row`` counts the header as row 1."""

    image: str
    sha256: str
    label: str
    row: int


@dataclass(frozen=True)
class BenchmarkSet:
    """One entry of a suite file (paths resolved against the suite file's folder)."""

    name: str
    loader: str
    data: str
    split: Path
    split_sha256: str
    classes: str
    suite_file: Path
    label_map: dict[str, str] = field(default_factory=dict)
    loader_split: str | None = None
    img_key: str | None = None
    label_key: str | None = None
    image_dir: str | None = None
    images: int | None = None
    labels: dict[str, int] | None = None
    description: str = ""
    source: str = ""


@dataclass(frozen=True)
class Suite:
    """A named list of benchmark sets, read from ``path``."""

    name: str
    path: Path
    sets: list[BenchmarkSet]
    description: str = ""


# ---------------------------------------------------------------------------------------------------
# Hashing


def sha256_file(path: str | Path, chunk: int = CHUNK) -> str:
    """SHA-256 of a file's bytes, streamed in ``chunk``-byte reads (the same digest as ``sha256sum``)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def hash_files(
    paths: Sequence[Path],
    *,
    workers: int | None = None,
    progress: bool = False,
    desc: str = "sha256",
    cache: dict[Path, str | None] | None = None,
) -> list[str | None]:
    """SHA-256 of every path, in order; ``None`` where no file exists. ``cache`` (path -> digest) makes
    a file that several sets share hashed once per run. Other read errors raise RegistryError."""
    cache = {} if cache is None else cache
    todo = sorted({p for p in paths if p not in cache}, key=str)
    workers = workers or _default_workers()

    def one(p: Path) -> tuple[Path, str | None]:
        try:
            return p, sha256_file(p)
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return p, None
        except OSError as exc:
            raise RegistryError(f"{p}: cannot be read to hash it ({exc}); check its permissions") from exc

    bar = None
    if progress and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), desc=desc, unit="file", leave=False)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for p, digest in pool.map(one, todo):
            cache[p] = digest
            if bar is not None:
                bar.update(1)
    if bar is not None:
        bar.close()
    return [cache[p] for p in paths]


def _default_workers() -> int:
    """Hashing threads: the cores we may use, at most 4 (hashing is bound by the disk beyond that)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


# ---------------------------------------------------------------------------------------------------
# Reading the registry


def _search_dirs(registries: Sequence[str | Path]) -> list[Path]:
    return [*(Path(r) for r in registries), BENCHMARKS_DIR]


def find_suites(registries: Sequence[str | Path] = ()) -> dict[str, Path]:
    """Suite name -> file, over ``registries`` then the shipped folder (an earlier folder wins)."""
    found: dict[str, Path] = {}
    for folder in _search_dirs(registries):
        for f in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
            found.setdefault(f.stem, f)
    return found


def read_split(
    path: str | Path,
    *,
    expected_sha256: str | None = None,
    images: int | None = None,
    labels: Mapping[str, int] | None = None,
    where: str = "",
) -> list[SplitRow]:
    """Rows of a split file (``image,sha256,label``). Checked: the file's own SHA-256 against
    ``expected_sha256``, a well-formed SHA-256 and a label on every row, no image listed twice, and
    the row count and per-label counts the suite file states. ``where`` names the entry in messages."""
    p = Path(path)
    prefix = f"{where}: " if where else ""
    if not p.is_file():
        raise RegistryError(
            f"{prefix}split file {p} not found; restore it beside the suite file or re-register the set "
            "with `mmfundusclip eval register`"
        )
    if expected_sha256 is not None:
        actual = sha256_file(p)
        if actual != expected_sha256:
            raise RegistryError(
                f"{prefix}split file {p} has sha256 {actual} but the suite file registers {expected_sha256}: "
                "the split file was changed after registration; restore it (e.g. git checkout) or register the "
                "set again with `mmfundusclip eval register`"
            )
    with open(p, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        columns = list(reader.fieldnames or [])
        if columns != list(SPLIT_COLUMNS):
            raise RegistryError(f"{prefix}{p}: the header must be {','.join(SPLIT_COLUMNS)}; it is {','.join(columns)}")
        rows: list[SplitRow] = []
        first: dict[str, int] = {}
        for n, r in enumerate(reader, start=2):
            image, digest, label = ((r.get(c) or "").strip() for c in SPLIT_COLUMNS)
            if None in r or any(r.get(c) is None for c in SPLIT_COLUMNS):
                many = "more" if None in r else "fewer"
                raise RegistryError(f"{prefix}{p}: row {n} has {many} than 3 fields; give image,sha256,label")
            if not image:
                raise RegistryError(f"{prefix}{p}: row {n} has an empty image id")
            if not _SHA_RE.match(digest):
                raise RegistryError(
                    f"{prefix}{p}: row {n} (image {image}): sha256 {digest!r} is not 64 lowercase hex digits; "
                    "every image id needs the SHA-256 of its file (re-register the set)"
                )
            if not label:
                raise RegistryError(f"{prefix}{p}: row {n} (image {image}) has an empty label")
            if image in first:
                raise RegistryError(
                    f"{prefix}{p}: image {image!r} is listed twice, in rows {first[image]} and {n}; "
                    "an image may occur once in a split"
                )
            first[image] = n
            rows.append(SplitRow(image, digest, label, n))
    if not rows:
        raise RegistryError(f"{prefix}{p}: no images listed")
    if images is not None and images != len(rows):
        raise RegistryError(
            f"{prefix}the suite file says images: {images} but {p} lists {len(rows)} image(s) with hashes; "
            "the entry and its split file disagree: re-register the set"
        )
    if labels is not None:
        counted = Counter(r.label for r in rows)
        if dict(counted) != {str(k): v for k, v in labels.items()}:
            diff = {
                k: (labels.get(k, 0), counted.get(k, 0))
                for k in sorted(set(labels) | set(counted))
                if labels.get(k, 0) != counted.get(k, 0)
            }
            shown = ", ".join(f"{k}: {a} registered, {b} in the file" for k, (a, b) in diff.items())
            raise RegistryError(f"{prefix}the per-label counts of the suite file differ from {p} ({shown})")
    return rows


def _entry(raw: Any, index: int, path: Path, seen: set[str]) -> BenchmarkSet:
    where = f"{path}: sets[{index}]"
    if not isinstance(raw, dict):
        raise RegistryError(f"{where} must be a mapping with {', '.join(_REQUIRED)}")
    unknown = sorted(set(raw) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise RegistryError(f"{where}: unknown key(s) {unknown}; known keys: {', '.join(_REQUIRED + _OPTIONAL)}")
    missing = [k for k in _REQUIRED if raw.get(k) in (None, "")]
    if missing:
        raise RegistryError(f"{where}: missing {', '.join(missing)}")
    name = str(raw["name"])
    where = f"{path}: set {name!r}"
    if not _NAME_RE.match(name):
        raise RegistryError(f"{where}: a set name may hold letters, digits, '.', '_' and '-' only")
    if name in seen:
        raise RegistryError(f"{where} is listed twice; set names must be unique within a suite")
    seen.add(name)
    loader = str(raw["loader"])
    if loader not in CORE_LOADERS:
        layouts = _layout_names()
        if layouts is not None and loader not in layouts:
            raise RegistryError(
                f"{where}: unknown loader {loader!r}; use csv, folder or one of {', '.join(sorted(layouts))}"
            )
    digest = str(raw["split_sha256"]).lower()
    if not _SHA_RE.match(digest):
        raise RegistryError(f"{where}: split_sha256 {raw['split_sha256']!r} is not 64 hex digits")
    label_map = raw.get("label_map") or {}
    if not isinstance(label_map, dict):
        raise RegistryError(f"{where}: label_map must map local labels to registry labels")
    images = raw.get("images")
    if images is not None and (not isinstance(images, int) or isinstance(images, bool) or images < 1):
        raise RegistryError(f"{where}: images must be a positive count, got {images!r}")
    labels = raw.get("labels")
    if labels is not None and (
        not isinstance(labels, dict) or not all(isinstance(v, int) and v >= 0 for v in labels.values())
    ):
        raise RegistryError(f"{where}: labels must map each label to its number of images")
    classes = str(raw["classes"])
    beside = path.parent / classes
    return BenchmarkSet(
        name=name,
        loader=loader,
        data=str(raw["data"]),
        split=path.parent / str(raw["split"]),
        split_sha256=digest,
        classes=str(beside) if beside.is_file() else classes,
        suite_file=path,
        label_map={str(k): str(v) for k, v in label_map.items()},
        loader_split=None if raw.get("loader_split") is None else str(raw["loader_split"]),
        img_key=raw.get("img_key"),
        label_key=raw.get("label_key"),
        image_dir=raw.get("image_dir"),
        images=images,
        labels=None if labels is None else {str(k): int(v) for k, v in labels.items()},
        description=str(raw.get("description") or ""),
        source=str(raw.get("source") or ""),
    )


def load_suite(name_or_path: str | Path, registries: Sequence[str | Path] = ()) -> Suite:
    """A suite by name (searched in ``registries``, then ``configs/benchmarks/``) or by YAML path.
    Every entry and its split file are checked (see :func:`read_split`)."""
    p = Path(name_or_path)
    if not (p.suffix in (".yaml", ".yml") and p.is_file()):
        known = find_suites(registries)
        if str(name_or_path) not in known:
            listed = ", ".join(f"{k} ({v})" for k, v in known.items()) or "none"
            raise RegistryError(
                f"unknown suite {str(name_or_path)!r}; known suites: {listed}. Give one of these names, a path to "
                "a suite YAML, or --registry DIR for a folder of your own (`mmfundusclip eval register` writes one)"
            )
        p = known[str(name_or_path)]
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RegistryError(f"{p}: not valid YAML ({exc})") from exc
    if not isinstance(raw, dict) or "sets" not in raw:
        raise RegistryError(f"{p}: a suite file needs 'suite: NAME' and 'sets:' (a list of benchmark sets)")
    unknown = sorted(set(raw) - {"suite", "description", "sets"})
    if unknown:
        raise RegistryError(f"{p}: unknown key(s) {unknown}; a suite file has suite, description and sets")
    name = str(raw.get("suite") or "")
    if name != p.stem:
        raise RegistryError(f"{p}: 'suite: {name}' must equal the file name without .yaml ({p.stem!r})")
    sets_raw = raw["sets"]
    if not isinstance(sets_raw, list) or not sets_raw:
        raise RegistryError(f"{p}: 'sets' must be a non-empty list")
    seen: set[str] = set()
    sets = [_entry(s, i, p, seen) for i, s in enumerate(sets_raw)]
    for s in sets:  # the split files are small: check them all now, before any model loads
        read_split(
            s.split, expected_sha256=s.split_sha256, images=s.images, labels=s.labels, where=f"{p}: set {s.name!r}"
        )
    return Suite(name=name, path=p, sets=sets, description=str(raw.get("description") or ""))


def _layouts() -> dict[str, Any] | None:
    """The public-set layouts of eval/datasets.py (name -> layout), or None when that module is absent."""
    try:
        from .datasets import LAYOUTS  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return dict(LAYOUTS)


def _layout_names() -> set[str] | None:
    layouts = _layouts()
    return None if layouts is None else set(layouts)


# ---------------------------------------------------------------------------------------------------
# Local copies


def _norm_id(value: str) -> str:
    return value.replace("\\", "/")


def _resolve_data(data: str | Path, root: str | Path) -> Path:
    return Path(root) / data


def load_local(entry: BenchmarkSet, root: str | Path) -> LabelledSet:
    """The local copy of ``entry`` under ``root`` through its loader, labels mapped by ``label_map``."""
    path = _resolve_data(entry.data, root)
    where = f"suite file {entry.suite_file}, set {entry.name!r}"
    if entry.loader in CORE_LOADERS:
        if not path.exists():
            raise RegistryError(
                f"{where}: data {entry.data!r} not found under --root {root} ({path}); point --root at the folder "
                "that holds it"
            )
        if entry.loader == "folder" and not path.is_dir():
            raise RegistryError(f"{where}: loader folder needs a folder with one sub-folder per class; {path} is not")
        if entry.loader == "csv" and not path.is_file():
            raise RegistryError(f"{where}: loader csv needs a labelled CSV file; {path} is not a file")
        image_dir = _resolve_data(entry.image_dir, root) if entry.image_dir else None
        data = load_labelled(path, img_key=entry.img_key, label_key=entry.label_key, image_dir=image_dir)
    else:
        try:
            from .datasets import load_dataset  # type: ignore[import-not-found,unused-ignore]
        except ImportError as exc:
            raise RegistryError(
                f"{where}: loader {entry.loader!r} needs mmfundusclip.eval.datasets, which this installation "
                "lacks; register the set with loader csv or folder instead"
            ) from exc
        image_dir = _resolve_data(entry.image_dir, root) if entry.image_dir else None
        data = load_dataset(entry.loader, path, split=entry.loader_split, image_dir=image_dir)
        if not isinstance(data, LabelledSet):
            raise RegistryError(
                f"{where}: loader {entry.loader!r} gives a multi-label set; eval suite scores single-label sets only"
            )
    labels = [entry.label_map.get(label, label) for label in data.labels]
    return LabelledSet([_norm_id(i) for i in data.ids], list(data.paths), labels, data.groups, data.source)


@dataclass
class SplitCheck:
    """A local copy compared with its registered split, and the set to evaluate."""

    entry: BenchmarkSet
    data: LabelledSet  # the registered split when nothing differs, else the local copy (readable files only)
    missing: list[dict[str, str]] = field(default_factory=list)
    changed: list[dict[str, str]] = field(default_factory=list)
    extra: list[dict[str, str]] = field(default_factory=list)
    relabelled: list[dict[str, str]] = field(default_factory=list)
    duplicate: list[dict[str, str]] = field(default_factory=list)
    differences_file: Path | None = None

    KINDS = ("missing", "changed", "extra", "relabelled", "duplicate")

    @property
    def registered(self) -> bool:
        return not any(getattr(self, k) for k in self.KINDS)

    def counts(self) -> dict[str, int]:
        return {k: len(getattr(self, k)) for k in self.KINDS}

    def summary(self) -> dict[str, Any]:
        """What the report records about the split (``registered: false`` under --allow-changed)."""
        return {
            "suite_file": str(self.entry.suite_file),
            "set": self.entry.name,
            "split_file": str(self.entry.split),
            "split_sha256": self.entry.split_sha256,
            "registered": self.registered,
            "differences": self.counts(),
            "differences_file": None if self.differences_file is None else str(self.differences_file),
            "evaluated_images": len(self.data.ids),
        }

    def describe(self, limit: int = LIST_LIMIT) -> str:
        """The differences, one line each (at most ``limit`` per kind, then a count)."""
        counts = ", ".join(f"{v} {k}" for k, v in self.counts().items() if v)
        lines = [f"set {self.entry.name!r} ({counts}):"]
        for kind in self.KINDS:
            items = getattr(self, kind)
            for d in items[:limit]:
                lines.append(f"  {kind:<10} {d['image']}: {d['detail']}")
            if len(items) > limit:
                more = f" (all in {self.differences_file})" if self.differences_file else ""
                lines.append(f"  ... and {len(items) - limit} more {kind}{more}")
        n_rows = self.entry.images or 0
        if self.changed and len(self.changed) == n_rows:
            lines.append(
                "  every file differs: a re-encoded copy, or (for the demo suite) another Pillow/zlib build "
                "than the one recorded in the suite file"
            )
        return "\n".join(lines)

    def write_csv(self, path: Path) -> Path:
        """Every difference: kind, image, registered and local sha256 and label, detail."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(
                ["kind", "image", "registered_sha256", "local_sha256", "registered_label", "local_label", "detail"]
            )
            for kind in self.KINDS:
                for d in getattr(self, kind):
                    w.writerow(
                        [
                            kind,
                            d["image"],
                            d.get("registered_sha256", ""),
                            d.get("local_sha256", ""),
                            d.get("registered_label", ""),
                            d.get("local_label", ""),
                            d["detail"],
                        ]
                    )
        self.differences_file = path
        return path


def verify_set(
    entry: BenchmarkSet,
    root: str | Path,
    *,
    workers: int | None = None,
    progress: bool = False,
    cache: dict[Path, str | None] | None = None,
) -> SplitCheck:
    """Compare the local copy of ``entry`` under ``root`` with its split file, file by file."""
    rows = read_split(
        entry.split, expected_sha256=entry.split_sha256, images=entry.images, labels=entry.labels, where=entry.name
    )
    local = load_local(entry, root)
    digests = hash_files(local.paths, workers=workers, progress=progress, desc=f"sha256 {entry.name}", cache=cache)
    check = SplitCheck(entry, local)
    pos: dict[str, int] = {}
    for k, image in enumerate(local.ids):
        if image in pos:
            check.duplicate.append(
                {"image": image, "detail": f"listed more than once by the local copy ({local.source})"}
            )
            continue
        pos[image] = k
    registered = {r.image: r for r in rows}
    for r in rows:
        k = pos.get(r.image)
        if k is None:
            check.missing.append(
                {
                    "image": r.image,
                    "registered_sha256": r.sha256,
                    "registered_label": r.label,
                    "detail": "not listed by the local copy",
                }
            )
        elif digests[k] is None:
            check.missing.append(
                {
                    "image": r.image,
                    "registered_sha256": r.sha256,
                    "registered_label": r.label,
                    "detail": f"file {local.paths[k]} not found",
                }
            )
        else:
            if digests[k] != r.sha256:
                check.changed.append(
                    {
                        "image": r.image,
                        "registered_sha256": r.sha256,
                        "local_sha256": str(digests[k]),
                        "detail": f"sha256 {str(digests[k])[:12]}... != registered {r.sha256[:12]}...",
                    }
                )
            if local.labels[k] != r.label:
                check.relabelled.append(
                    {
                        "image": r.image,
                        "registered_label": r.label,
                        "local_label": local.labels[k],
                        "detail": f"label {local.labels[k]!r} != registered {r.label!r}",
                    }
                )
    for image, k in pos.items():
        if image not in registered:
            check.extra.append(
                {
                    "image": image,
                    "local_sha256": str(digests[k] or ""),
                    "local_label": local.labels[k],
                    "detail": "not in the registered split",
                }
            )
    if check.registered:  # evaluate in the split file's order: the bootstrap draws depend on it
        order = [pos[r.image] for r in rows]
    else:  # --allow-changed: the local copy as it is, minus files that do not exist
        order = [k for image, k in pos.items() if digests[k] is not None]
    check.data = LabelledSet(
        [local.ids[k] for k in order],
        [local.paths[k] for k in order],
        [local.labels[k] for k in order],
        None if local.groups is None else [local.groups[k] for k in order],
        f"{entry.name} ({local.source})",
    )
    return check


# ---------------------------------------------------------------------------------------------------
# Registering a local copy


def _dump_suite(path: Path, suite: Mapping[str, Any]) -> None:
    """Write a suite file, keeping the comment lines at the top of an existing one."""
    header = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            header.append(line)
    text = yaml.safe_dump(dict(suite), sort_keys=False, allow_unicode=True, width=110)
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text("\n".join(header) + ("\n" if header else "") + text, encoding="utf-8")
    tmp.replace(path)


def _split_owners(out: Path, split_file: Path) -> list[tuple[str, str, Path]]:
    """``(suite, set, suite file)`` of every entry of the suite files in ``out`` whose split file is
    ``split_file`` (entries are read as written; unreadable suite files are passed over)."""
    target = split_file.resolve()
    owners = []
    for f in sorted(out.glob("*.yaml")) if out.is_dir() else []:
        try:
            raw = yaml.safe_load(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        sets = raw.get("sets") if isinstance(raw, dict) else None
        for s in sets if isinstance(sets, list) else []:
            if isinstance(s, dict) and s.get("split") and (f.parent / str(s["split"])).resolve() == target:
                owners.append((f.stem, str(s.get("name")), f))
    return owners


@dataclass(frozen=True)
class Registered:
    """What ``register_set`` wrote."""

    entry: dict[str, Any]
    split_file: Path
    suite_file: Path
    images: int


def register_set(
    name: str,
    loader: str,
    data: str | Path,
    *,
    root: str | Path = ".",
    classes: str | None = None,
    out_dir: str | Path | None = None,
    suite: str | None = None,
    label_map: Mapping[str, str] | None = None,
    loader_split: str | None = None,
    img_key: str | None = None,
    label_key: str | None = None,
    description: str | None = None,
    overwrite: bool = False,
    workers: int | None = None,
    progress: bool = False,
) -> Registered:
    """Hash a local labelled set and write its split file (``OUT/splits/SUITE/NAME.csv``) and its entry in
    ``OUT/SUITE.yaml`` (``SUITE`` defaults to ``NAME``; an existing suite file gets the entry added,
    or replaced with ``overwrite``). ``data`` is a path, or a path relative to ``root``; the entry
    stores it relative to ``root``. ``classes`` defaults to a layout's own prompt set, else paper5;
    a layout's default split is written into the entry, so a later change of that default cannot
    silently change what the entry names."""
    if not _NAME_RE.match(name):
        raise RegistryError(f"--name {name!r}: use letters, digits, '.', '_' and '-' only (it names files)")
    suite = suite or name
    if not _NAME_RE.match(suite):
        raise RegistryError(f"--suite {suite!r}: use letters, digits, '.', '_' and '-' only (it names a file)")
    if loader not in CORE_LOADERS:
        layouts = _layout_names()
        if layouts is None:
            raise RegistryError(
                f"--loader {loader!r}: named layouts need mmfundusclip.eval.datasets, which this installation lacks; "
                "use --loader csv or --loader folder"
            )
        if loader not in layouts:
            raise RegistryError(f"--loader {loader!r}: use csv, folder or one of {', '.join(sorted(layouts))}")
        layout = _layouts()[loader]  # type: ignore[index]
        classes = classes or getattr(layout, "prompts", None)
        loader_split = loader_split or getattr(layout, "default_split", None)
    classes = classes or "paper5"
    root_p = Path(root).resolve()
    data_p = Path(data) if Path(data).exists() else root_p / data
    if not data_p.exists():
        raise RegistryError(f"--data {data}: not found (neither as given nor under --root {root})")
    try:
        rel = data_p.resolve().relative_to(root_p).as_posix()
    except ValueError as exc:
        raise RegistryError(
            f"--data {data} is not under --root {root}: entries store data relative to --root; pass a --root that holds it"
        ) from exc
    out = Path(out_dir) if out_dir is not None else BENCHMARKS_DIR
    probe_dir = next((d for d in (out, *out.parents) if d.exists()), Path("."))
    if not os.access(probe_dir, os.W_OK):
        raise RegistryError(f"registry folder {out} is not writable; pass --out DIR for a registry folder of your own")
    split_file = out / "splits" / suite / f"{name}.csv"
    suite_file = out / f"{suite}.yaml"
    existing: dict[str, Any] | None = None
    if suite_file.is_file():
        existing = yaml.safe_load(suite_file.read_text(encoding="utf-8"))
        if not isinstance(existing, dict) or not isinstance(existing.get("sets"), list):
            raise RegistryError(f"{suite_file}: exists but is not a suite file (suite:, sets:); choose another --suite")
        if any(isinstance(s, dict) and s.get("name") == name for s in existing["sets"]) and not overwrite:
            raise RegistryError(f"{suite_file} already has a set {name!r}; pass --overwrite to replace it")
    owners = _split_owners(out, split_file)
    foreign = [f"set {n!r} of suite {s!r} ({f})" for s, n, f in owners if s != suite]
    if split_file.exists() and not overwrite:
        owned = ", ".join(f"set {n!r} of suite {s!r} ({f})" for s, n, f in owners) or f"no suite file in {out}"
        raise RegistryError(
            f"{split_file} exists (the split file of {owned}); pass --overwrite to replace it, or choose another --name"
        )
    if foreign:
        raise RegistryError(
            f"{split_file} is the split file of {', '.join(foreign)}: replacing it would break that entry; "
            "choose another --name or --suite"
        )
    prompts = load_prompt_set(classes)
    probe = BenchmarkSet(
        name=name,
        loader=loader,
        data=rel,
        split=split_file,
        split_sha256="0" * 64,
        classes=classes,
        suite_file=suite_file,
        label_map=dict(label_map or {}),
        loader_split=loader_split,
        img_key=img_key,
        label_key=label_key,
    )
    local = load_local(probe, root_p)
    unknown = sorted(set(local.labels) - set(prompts.classes))
    if unknown:
        raise RegistryError(
            f"{data_p}: label(s) {unknown} are not classes of the prompt set {prompts.source} "
            f"({', '.join(prompts.labels)}); map them with --label-map LOCAL=LABEL"
        )
    dups = [i for i, c in Counter(local.ids).items() if c > 1]
    if dups:
        raise RegistryError(f"{data_p}: image(s) listed more than once: {dups[:LIST_LIMIT]}; a split lists each once")
    digests = hash_files(local.paths, workers=workers, progress=progress, desc=f"sha256 {name}")
    missing = [str(p) for p, d in zip(local.paths, digests, strict=True) if d is None]
    if missing:
        raise RegistryError(
            f"{data_p}: {len(missing)} listed image file(s) do not exist, e.g. {missing[:3]}; "
            "a registered split pins existing files: fix the list or the files first"
        )
    split_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = split_file.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")  # "\n" on every OS: the file's own sha256 must not vary
        w.writerow(SPLIT_COLUMNS)
        w.writerows(zip(local.ids, digests, local.labels, strict=True))
    tmp.replace(split_file)
    counts = Counter(local.labels)
    entry: dict[str, Any] = {"name": name}
    if description:
        entry["description"] = description
    entry["loader"] = loader
    if loader_split:
        entry["loader_split"] = loader_split
    entry["data"] = rel
    if img_key:
        entry["img_key"] = img_key
    if label_key:
        entry["label_key"] = label_key
    entry["split"] = split_file.relative_to(out).as_posix()
    entry["split_sha256"] = sha256_file(split_file)
    entry["images"] = len(local.ids)
    entry["labels"] = {k: counts[k] for k in [*prompts.labels, *sorted(counts)] if k in counts}
    cls_path = Path(classes)
    entry["classes"] = os.path.relpath(cls_path.resolve(), out.resolve()) if cls_path.is_file() else classes
    if label_map:
        entry["label_map"] = dict(label_map)
    if existing is None:
        existing = {"suite": suite, "description": "registered with mmfundusclip eval register", "sets": []}
    existing["sets"] = [s for s in existing["sets"] if not (isinstance(s, dict) and s.get("name") == name)] + [entry]
    out.mkdir(parents=True, exist_ok=True)
    _dump_suite(suite_file, existing)
    return Registered(entry, split_file, suite_file, len(local.ids))


# ---------------------------------------------------------------------------------------------------
# Leakage of evaluated sets against training data


def check_leakage(
    train: str,
    sets: Mapping[str, LabelledSet],
    out_dir: str | Path,
    *,
    workers: int | None = None,
    progress: bool = False,
) -> dict[str, dict[str, Any]]:
    """Run the leakage check (eval/leakage.py) of every set against ``train`` (a CSV or shards) in one
    pass, so the training images are hashed once. Writes ``OUT/leakage.json`` (test ids prefixed
    ``SET:`` when there are several sets) and ``OUT/leakage_pairs.png``; returns per set what the
    report records: counts by kind, the pairs file, the training source."""
    from .leakage import (
        ImageRef,
        default_workers,
        find_leakage,
        is_shard_source,
        load_csv_refs,
        load_shard_refs,
        write_contact_sheet,
    )

    if is_shard_source(train):
        tr_refs, notes = load_shard_refs(train)
    else:
        tr_refs, dups = load_csv_refs(train)
        notes = [f"{len(dups)} image id(s) listed more than once in {train}; each checked once"] if dups else []
    several = len(sets) > 1
    te_refs: list[ImageRef] = []
    owner: dict[str, str] = {}
    for set_name, data in sets.items():
        seen: set[str] = set()
        for i, (image, path) in enumerate(zip(data.ids, data.paths, strict=True)):
            if image in seen:
                continue
            seen.add(image)
            ref_id = f"{set_name}:{image}" if several else image
            owner[ref_id] = set_name
            te_refs.append(ImageRef(id=ref_id, where=str(path), row=i + 2, path=Path(path)))
    report = find_leakage(tr_refs, te_refs, workers=workers or default_workers(), progress=progress)
    report.train, report.test = str(train), ", ".join(sets)
    report.notes = notes + report.notes
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pairs_file = out / "leakage.json"
    pairs_file.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
    by_where = {r.where: r for r in [*tr_refs, *te_refs]}
    rows = ([p for p in report.pairs if p["kind"] != "patient"] + report.closest)[:12]
    write_contact_sheet(out / "leakage_pairs.png", rows, by_where)
    result: dict[str, dict[str, Any]] = {}
    for set_name, data in sets.items():
        mine = [p for p in report.pairs if owner.get(p["test"]) == set_name]
        unreadable = [u for u in report.unreadable if u["side"] == "test" and owner.get(u["id"]) == set_name]
        result[set_name] = {
            "train": str(train),
            "pairs_file": str(pairs_file),
            "contact_sheet": str(out / "leakage_pairs.png"),
            "counts": {
                "test_images": len(set(data.ids)),
                "train_images": report.counts["train_images"],
                "pairs": len(mine),
                "exact": sum(p["kind"] == "exact" for p in mine),
                "near": sum(p["kind"] == "near" for p in mine),
                "test_images_with_pairs": len({p["test"] for p in mine}),
                "unreadable_train": report.counts["unreadable_train"],
                "unreadable_test": len(unreadable),
            },
            "thresholds": report.thresholds,
            "patient_check": False,
            "notes": report.notes,
        }
    return result


def leakage_warning(name: str, summary: Mapping[str, Any]) -> str | None:
    """One warning line when the check found pairs, else None."""
    c = summary["counts"]
    if not c["pairs"]:
        return None
    return (
        f"warning: leakage: {c['test_images_with_pairs']} of {c['test_images']} test image(s) of {name} also occur in "
        f"the training data {summary['train']} ({c['exact']} exact, {c['near']} near pair(s)); pairs in "
        f"{summary['pairs_file']}"
    )


# ---------------------------------------------------------------------------------------------------
# Running a suite


def run_suite(
    suite: Suite,
    root: str | Path,
    out_dir: str | Path,
    models: Sequence[tuple[str, str | None]],
    *,
    device: Any = "cpu",
    autocast: Callable[[], Any] | None = None,
    allow_changed: bool = False,
    train_data: str | None = None,
    batch_size: int = 64,
    workers: int = 0,
    decode: str = "cpu",
    bootstrap: int = 1000,
    seed: int = 0,
    paper_compat: bool = False,
    fov: bool = False,
    specificity: float = SPECIFICITY,
    cache_dir: str | None = None,
    feature_cache: str | None = None,
    hash_workers: int | None = None,
    progress: bool = False,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Check every set of ``suite`` against its split, then score every model on every set; write each
    model's report per set (``OUT/SET/MODEL/zeroshot.json``), paired comparisons of every model against
    the first (``OUT/SET/paired_B_vs_A.*``) and the side-by-side table ``OUT/suite.{md,csv,json}``.
    Raises :class:`SplitMismatchError` listing the differences unless ``allow_changed``."""
    import torch

    from ..models import load_model, model_identity
    from .features import FeatureCache
    from .zeroshot import ZeroShotEvaluator, write_report

    out = Path(out_dir)
    if not models:
        raise RegistryError("give at least one --model")
    cache: dict[Path, str | None] = {}
    checks: dict[str, SplitCheck] = {}
    for entry in suite.sets:
        check = verify_set(entry, root, workers=hash_workers, progress=progress, cache=cache)
        if not check.registered:
            check.write_csv(out / entry.name / "split_differences.csv")
        checks[entry.name] = check
    changed = [c for c in checks.values() if not c.registered]
    if changed and not allow_changed:
        raise SplitMismatchError(
            f"suite {suite.name} ({suite.path}): the local copy under --root {root} differs from the registered "
            "split:\n"
            + "\n".join(c.describe() for c in changed)
            + "\nFix the local copy, or pass --allow-changed to evaluate it anyway (the reports then say that the "
            "split is not the registered one)."
        )
    for c in changed:
        counts = ", ".join(f"{v} {k}" for k, v in c.counts().items() if v)
        log(f"warning: set {c.entry.name}: NOT the registered split ({counts}; listed in {c.differences_file})")
    leakage: dict[str, dict[str, Any]] = {}
    if train_data:
        leakage = check_leakage(
            train_data, {n: c.data for n, c in checks.items()}, out / "leakage", workers=hash_workers, progress=progress
        )
        for n, summary in leakage.items():
            warning = leakage_warning(n, summary)
            if warning:
                log(warning)
    from .zeroshot import unique_model_slugs

    slugs = unique_model_slugs(models)
    results: dict[str, dict[str, Any]] = {n: {} for n in checks}
    prompts = {e.name: load_prompt_set(e.classes) for e in suite.sets}
    fcache = FeatureCache(feature_cache) if feature_cache else None
    for (name, tag), slug in zip(models, slugs, strict=True):
        loaded = load_model(name, tag, device=device, cache_dir=cache_dir)
        for entry in suite.sets:
            check = checks[entry.name]
            evaluator = ZeroShotEvaluator(
                check.data,
                prompts[entry.name],
                batch_size=batch_size,
                workers=workers,
                bootstrap=bootstrap,
                seed=seed,
                paper_compat=paper_compat,
                fov=fov,
                cache=fcache,
                decode=decode,
                specificity=specificity,
            )
            kw = {"autocast": autocast} if autocast is not None else {}
            result = evaluator(
                loaded.model,
                loaded.preprocess_val,
                loaded.tokenizer,
                torch.device(device),
                progress=progress,
                model_key=model_identity(loaded, tag),
                **kw,
            )
            extra: dict[str, Any] = {
                "model": name,
                "pretrained": tag,
                "arch": loaded.arch,
                "suite": suite.name,
                "set": entry.name,
                "split": check.summary(),
            }
            if entry.name in leakage:
                extra["leakage"] = leakage[entry.name]
            paths = write_report(result, out / entry.name / slug, extra=extra)
            results[entry.name][slug] = {"result": result, "report": paths["json"]}
            log(
                f"{suite.name}/{entry.name} {slug}: macro AUC {format_ci(result.metrics['macro']['auc'], result.metrics['macro'].get('auc_ci'))}, n {result.metrics['n']}"
            )
        del loaded
    from .compare import compare_results, write_paired

    paired: dict[str, dict[str, Any]] = {n: {} for n in checks}
    first, *others = slugs
    for entry in suite.sets:
        for other in others:
            a, b = results[entry.name][first]["result"], results[entry.name][other]["result"]
            comp = compare_results(a, b, resamples=max(bootstrap, 200), seed=seed, graded=prompts[entry.name].graded)
            stem, _ = write_paired(comp, first, other, out / entry.name)
            paired[entry.name][other] = {"comparison": comp, "file": str(stem.with_suffix(".json"))}
    summary = {
        "suite": suite.name,
        "suite_file": str(suite.path),
        "root": str(root),
        "models": [{"name": n, "pretrained": t, "slug": s} for (n, t), s in zip(models, slugs, strict=True)],
        "first_model": first,
        "bootstrap": bootstrap,
        "paper_compat": paper_compat,
        "sets": {},
    }
    for entry in suite.sets:
        check = checks[entry.name]
        per_model = {}
        for slug in slugs:
            m = results[entry.name][slug]["result"].metrics
            per_model[slug] = {
                "macro": m["macro"],
                **{k: m.get(k) for k in ("accuracy", "accuracy_ci", "kappa", "kappa_ci", "n", "skipped")},
                "report": str(results[entry.name][slug]["report"]),
            }
        summary["sets"][entry.name] = {
            "n": len(check.data.ids),
            "split": check.summary(),
            "leakage": leakage.get(entry.name),
            "models": per_model,
            "paired_vs_first": {
                o: {"figures": v["comparison"]["figures"], "file": v["file"]} for o, v in paired[entry.name].items()
            },
        }
    write_suite_table(summary, out)
    return summary


def write_suite_table(summary: Mapping[str, Any], out_dir: str | Path) -> dict[str, Path]:
    """``suite.md``, ``suite.csv`` and ``suite.json``: one row per set, a column group per model
    (figure with its 95 % interval), ``*`` where a model differs from the first significantly."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    slugs = [m["slug"] for m in summary["models"]]
    first = summary["first_model"]
    sets: Mapping[str, Any] = summary["sets"]
    header = ["set", "n"] + [f"{s}: {title}" for s in slugs for title, _, _ in SUITE_FIGURES]
    lines = [
        f"# Benchmark suite `{summary['suite']}`",
        "",
        f"Suite file `{summary['suite_file']}`, data under `{summary['root']}`; 95 % bootstrap intervals "
        f"({summary['bootstrap']} resamples, whole patients where a set has a patient column).",
        "",
        "| " + " | ".join(header) + " |",
        "|---|---:|" + "---|" * (len(header) - 2),
    ]
    csv_rows: list[dict[str, Any]] = []
    notes: list[str] = []
    marks_used = False
    for set_name, s in sets.items():
        mark = "" if s["split"]["registered"] else " †"
        leak = s.get("leakage")
        if leak and leak["counts"]["pairs"]:
            mark += " ‡"
        cells = [f"{set_name}{mark}", str(s["n"])]
        row: dict[str, Any] = {
            "set": set_name,
            "n": s["n"],
            "registered_split": s["split"]["registered"],
            "leakage_pairs": None if not leak else leak["counts"]["pairs"],
        }
        for slug in slugs:
            m = s["models"][slug]
            comp = s["paired_vs_first"].get(slug)
            for title, section, key in SUITE_FIGURES:
                value, ci = m[section].get(key), m[section].get(f"{key}_ci")
                sig = bool(comp and comp["figures"][title]["significant"])
                marks_used |= sig
                cells.append(format_ci(value, ci) + (" *" if sig else ""))
                row[f"{slug}:{title}"] = value
                row[f"{slug}:{title}:ci_low"] = ci[0] if ci else None
                row[f"{slug}:{title}:ci_high"] = ci[1] if ci else None
                if slug != first:
                    f = comp["figures"][title] if comp else {}
                    row[f"{slug}:{title}:diff_vs_{first}"] = f.get("diff")
                    row[f"{slug}:{title}:significant"] = sig
        lines.append("| " + " | ".join(cells) + " |")
        csv_rows.append(row)
        if not s["split"]["registered"]:
            counts = ", ".join(f"{v} {k}" for k, v in s["split"]["differences"].items() if v)
            notes.append(
                f"† `{set_name}`: **not the registered split** (--allow-changed; {counts}; "
                f"listed in `{s['split']['differences_file']}`)."
            )
        if leak and leak["counts"]["pairs"]:
            c = leak["counts"]
            notes.append(
                f"‡ `{set_name}`: {c['test_images_with_pairs']} test image(s) also occur in the training data "
                f"({c['exact']} exact, {c['near']} near pair(s); `{leak['pairs_file']}`)."
            )
    if len(sets) > 1:
        means = ["mean over sets", ""]
        for slug in slugs:
            for _, section, key in SUITE_FIGURES:
                vals = [s["models"][slug][section].get(key) for s in sets.values()]
                vals = [v for v in vals if v is not None]
                means.append(f"{sum(vals) / len(vals):.3f}" if vals else "n/a")
        lines.append("| " + " | ".join(means) + " |")
    if len(slugs) > 1:
        notes.append(
            f"* differs from `{first}` (paired bootstrap 95 % interval of the difference excludes 0; "
            f"`SET/paired_MODEL_vs_{first}.md` also holds DeLong tests per class)."
            + ("" if marks_used else " No difference was significant.")
        )
    lines += ["", *notes] if notes else []
    paths = {"markdown": out / "suite.md", "csv": out / "suite.csv", "json": out / "suite.json"}
    paths["markdown"].write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(paths["csv"], "w", newline="", encoding="utf-8") as fh:
        fields = list(dict.fromkeys(k for r in csv_rows for k in r))
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(csv_rows)
    paths["json"].write_text(json.dumps(summary, indent=2, default=str) + "\n", encoding="utf-8")
    return paths
