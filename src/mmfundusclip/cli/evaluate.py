"""``mmfundusclip eval zeroshot|retrieval|compare|probe|suite|register``, ``embed`` and ``leakage``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import (
    ConfigError,
)
from ._common import _add_decode_arg, _autocast_kwargs, _check_decode, _device


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the top-level subparsers."""
    ev = sub.add_parser("eval", help="evaluate a model")
    ev_sub = ev.add_subparsers(dest="eval_command", metavar="TASK", required=True)
    zs = ev_sub.add_parser("zeroshot", help="zero-shot classification of a labelled CSV or class-folder set")
    zs.add_argument(
        "--model",
        required=True,
        action="append",
        help="hf-hub:org/name, local-dir:PATH, open_clip name, run folder or checkpoint; repeat to compare models side by side",
    )
    zs.add_argument(
        "--pretrained",
        default=None,
        action="append",
        help="open_clip pretrained tag or checkpoint file (once per --model, in order, when given)",
    )
    zs.add_argument(
        "--data",
        required=True,
        help="labelled CSV (image,label) or folder with one sub-folder per class; with --dataset: the set's root folder",
    )
    zs.add_argument(
        "--classes",
        default=None,
        help="class prompt YAML or shipped set name (default: the --dataset's set, else paper5)",
    )
    zs.add_argument(
        "--dataset",
        default=None,
        metavar="NAME",
        help="read --data in a public set's published layout: messidor2, idrid, aptos2019, fives, refuge, odir5k, "
        "jsiec, rfmid (multi-label: odir5k, rfmid)",
    )
    zs.add_argument(
        "--split", default=None, help="with --dataset: train, val, test or all (default: test where labelled, else all)"
    )
    zs.add_argument("--out", required=True, help="output folder for zeroshot.json, zeroshot.csv, predictions.csv")
    zs.add_argument("--image-dir", default=None, help="root of relative image paths (default: the CSV's folder)")
    zs.add_argument("--img-key", default=None, help="image column (default: image, or 'Image ID')")
    zs.add_argument(
        "--label-key",
        default=None,
        help="label column (default: label, or 'Diagnosis'); several, comma-separated: a multi-label set of 0/1 columns",
    )
    zs.add_argument("--batch-size", type=int, default=64)
    zs.add_argument("--workers", type=int, default=2)
    zs.add_argument("--device", default="auto", help="auto, cpu or cuda")
    zs.add_argument("--cache-dir", default=None, help="Hugging Face cache folder")
    zs.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for 95%% CIs (0: none)")
    zs.add_argument(
        "--patient-key",
        default=None,
        help="patient column: the bootstrap resamples whole patients (default: 'patient', when the CSV has it)",
    )
    _add_specificity_arg(zs)
    zs.add_argument(
        "--paper-compat",
        action="store_true",
        help="reproduce the paper's script: bare names, sigmoid-then-softmax, zero classes dropped from macro",
    )
    zs.add_argument(
        "--fov-crop", action="store_true", help="crop each image to its field of view (drop the black border) first"
    )
    _add_decode_arg(zs)
    zs.add_argument(
        "--feature-cache",
        default=None,
        help="folder caching image features per model and files: re-scoring with new prompts skips the image pass",
    )
    zs.add_argument(
        "--train-data",
        default=None,
        metavar="CSV_OR_SHARDS",
        help="training data: run the leakage check of --data against it (OUT/leakage/), record it in the report",
    )
    _add_suite_parsers(ev_sub)

    rt = ev_sub.add_parser(
        "retrieval",
        help="image-to-text and text-to-image recall at 1, 5, 10 on a CSV of image-caption pairs",
        description="Rows naming the same image are one image (embedded once; any of its captions counts); "
        "captions are compared as texts (a text shared by several images is correct for each). "
        "Writes retrieval.json/.csv/.md, ranks_i2t.csv and ranks_t2i.csv (every query's rank and best match) "
        "and skipped.csv; with several --model, OUT/MODEL/ and comparison.md side by side.",
    )
    rt.add_argument("--model", required=True, action="append", help="any --model form; repeat to compare")
    rt.add_argument("--pretrained", default=None, action="append", help="once per --model, in order, when given")
    rt.add_argument("--data", required=True, help="CSV of image-caption pairs (several rows per image allowed)")
    rt.add_argument("--out", required=True, help="output folder")
    rt.add_argument("--image-dir", default=None, help="root of relative image paths (default: the CSV's folder)")
    rt.add_argument("--img-key", default="image", help="image column (default: image)")
    rt.add_argument("--caption-key", default="caption", help="caption column (default: caption)")
    rt.add_argument(
        "--patient-key",
        default=None,
        help="patient column: the bootstrap resamples whole patients (default: 'patient', when the CSV has it)",
    )
    rt.add_argument("--separator", default=",", help="CSV separator (default: ,)")
    rt.add_argument("--ks", default="1,5,10", help="ranks K of recall@K, comma-separated (default: 1,5,10)")
    rt.add_argument("--batch-size", type=int, default=64)
    rt.add_argument("--workers", type=int, default=2)
    rt.add_argument("--device", default="auto", help="auto, cpu or cuda")
    rt.add_argument("--cache-dir", default=None, help="Hugging Face cache folder")
    rt.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for 95%% CIs (0: none)")
    rt.add_argument("--seed", type=int, default=0)
    rt.add_argument(
        "--fov-crop", action="store_true", help="crop each image to its field of view (drop the black border) first"
    )
    _add_decode_arg(rt)
    rt.add_argument("--feature-cache", default=None, help="folder caching image features (see eval zeroshot)")
    rt.set_defaults(run=_cmd_eval_retrieval)

    cmp_ = ev_sub.add_parser(
        "compare",
        help="paired comparison of two models' predictions on the same set (bootstrap CIs of differences, DeLong)",
    )
    cmp_.add_argument("a", help="baseline: an eval zeroshot output folder or its predictions.csv")
    cmp_.add_argument("b", help="the other model: an eval zeroshot output folder or its predictions.csv")
    cmp_.add_argument("--out", required=True, help="folder for paired_B_vs_A.json/.csv/.md")
    cmp_.add_argument("--names", nargs=2, default=None, metavar=("A", "B"), help="names for the table")
    cmp_.add_argument("--bootstrap", type=int, default=1000, help="paired bootstrap resamples")
    cmp_.add_argument("--seed", type=int, default=0)
    cmp_.add_argument(
        "--graded",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="ordered labels: quadratic kappa (default: as the zeroshot.json beside the predictions says)",
    )
    cmp_.add_argument(
        "--data", default=None, help="the labelled CSV both models were scored on: resample whole patients from it"
    )
    cmp_.add_argument("--patient-key", default="patient", help="patient column of --data (default: patient)")
    cmp_.add_argument("--img-key", default=None, help="image column of --data (default: image, or 'Image ID')")

    pr = ev_sub.add_parser(
        "probe", help="few-shot linear probes (k images per class, several draws) on frozen image features"
    )
    pr.add_argument(
        "--model", required=True, help="hf-hub:org/name, local-dir:PATH, open_clip name, run folder or checkpoint"
    )
    pr.add_argument("--pretrained", default=None, help="open_clip pretrained tag or checkpoint file")
    pr.add_argument("--train", required=True, help="labelled CSV or class-folder set to draw the shots from")
    pr.add_argument("--test", required=True, help="labelled CSV or class-folder set to score on")
    pr.add_argument("--out", required=True, help="output folder for probe.json and probe.csv")
    pr.add_argument(
        "--shots", default="1,2,4,8,16,full", help="shots per class, comma-separated ('full': the whole training set)"
    )
    pr.add_argument("--draws", type=int, default=5, help="random draws per shot count")
    pr.add_argument("--img-key", default=None)
    pr.add_argument("--label-key", default=None)
    pr.add_argument("--batch-size", type=int, default=64)
    pr.add_argument("--workers", type=int, default=2)
    _add_decode_arg(pr)
    pr.add_argument("--device", default="auto")
    pr.add_argument("--cache-dir", default=None)
    pr.add_argument("--seed", type=int, default=0)
    pr.add_argument(
        "--zeroshot-init",
        action="store_true",
        help="also fit a linear head initialised with the zero-shot text classifier (probe_zeroshot_init.csv)",
    )
    pr.add_argument("--classes", default="paper5", help="with --zeroshot-init: class prompt YAML or shipped set name")

    emb = sub.add_parser("embed", help="write image or text embeddings with their ids (.npy + .ids.csv)")
    emb.add_argument(
        "--model", required=True, help="hf-hub:org/name, local-dir:PATH, open_clip name, run folder or checkpoint"
    )
    emb.add_argument("--pretrained", default=None)
    src = emb.add_mutually_exclusive_group(required=True)
    src.add_argument("--images", help="CSV with an image column, or a folder of images (searched recursively)")
    src.add_argument("--texts", help="text file, one text per line")
    emb.add_argument("--out", required=True, help="output .npy file (ids go to OUT.ids.csv)")
    emb.add_argument("--img-key", default="image")
    emb.add_argument("--image-dir", default=None)
    emb.add_argument("--batch-size", type=int, default=64)
    emb.add_argument("--workers", type=int, default=2)
    emb.add_argument("--device", default="auto")
    emb.add_argument("--cache-dir", default=None)
    _add_decode_arg(emb)

    lk = sub.add_parser(
        "leakage",
        help="find test images that also occur in the training data (exact, near copies, same patient); exit 1 if any",
    )
    lk.add_argument("--train", required=True, help="training CSV, or WebDataset shards (.tar, {000..009} pattern)")
    lk.add_argument("--test", required=True, help="test CSV with an image column")
    lk.add_argument("--out", required=True, help="output folder for leakage.json and leakage_pairs.png")
    lk.add_argument("--image-dir", default=None, help="root of relative image paths (default: each CSV's folder)")
    lk.add_argument("--train-image-dir", default=None, help="root of the training CSV's paths, when not --image-dir")
    lk.add_argument("--img-key", default=None, help="image column of both CSVs (default: image, or 'Image ID')")
    lk.add_argument("--patient-key", default=None, help="patient column: also report the same patient on both sides")
    lk.add_argument("--separator", default=None, help="CSV separator (default: detected)")
    lk.add_argument("--hash-a-threshold", type=int, default=None, help="max Hamming bits (of 256), fine hash")
    lk.add_argument("--hash-b-threshold", type=int, default=None, help="max Hamming bits (of 256), coarse hash")
    lk.add_argument("--model", default=None, help="also compare image embeddings of this model (any --model form)")
    lk.add_argument("--pretrained", default=None, help="open_clip pretrained tag or checkpoint file for --model")
    lk.add_argument("--embed-threshold", type=float, default=None, help="cosine from which a pair is near (0.95)")
    lk.add_argument("--workers", type=int, default=None, help="hashing processes (default: cores, at most 8)")
    lk.add_argument("--batch-size", type=int, default=64)
    lk.add_argument("--device", default="auto")
    lk.add_argument("--cache-dir", default=None)
    zs.set_defaults(run=_cmd_eval_zeroshot)
    cmp_.set_defaults(run=_cmd_eval_compare)
    pr.set_defaults(run=_cmd_eval_probe)
    emb.set_defaults(run=_cmd_embed)
    lk.set_defaults(run=_cmd_leakage)


def _add_specificity_arg(parser: argparse.ArgumentParser) -> None:
    def specificity(text: str) -> float:
        from ..eval.metrics import check_specificity

        try:
            return check_specificity(float(text))
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"{text!r}: {exc}") from exc

    parser.add_argument(
        "--specificity",
        type=specificity,
        default=0.9,
        help="operating point of the 'sensitivity at specificity' figure (default: 0.9)",
    )


def _zeroshot_data(ns: argparse.Namespace):  # noqa: ANN202 - (LabelledSet | MultiLabelSet, str, dict), imported lazily
    """The evaluated set, its prompt set and what the report records about it: ``--data`` as a CSV or
    class folders, or with ``--dataset NAME`` as that public set's root folder (eval/datasets.py)."""
    from ..data.csvdata import DataError
    from ..eval.zeroshot import load_labelled

    patient_key = ns.patient_key or "patient"
    if ns.dataset is None:
        if ns.label_key and "," in ns.label_key:  # one 0/1 column per label: multi-label
            from ..eval.datasets import load_multilabel_csv

            keys = [k for k in ns.label_key.split(",") if k.strip()]
            data = load_multilabel_csv(
                ns.data, keys, img_key=ns.img_key, image_dir=ns.image_dir, patient_key=patient_key
            )
        else:
            data = load_labelled(
                ns.data, img_key=ns.img_key, label_key=ns.label_key, image_dir=ns.image_dir, patient_key=patient_key
            )
        if ns.patient_key and data.groups is None:  # asked for by name: a typo must not give image-level CIs
            raise DataError(f"{ns.data}: no patient column {ns.patient_key!r} (--patient-key)")
        return data, ns.classes or "paper5", {}
    if ns.patient_key:
        raise ConfigError("--patient-key is for CSVs of one's own; a --dataset layout reads its own patient ids")
    from ..eval.datasets import get_layout, load_dataset

    layout = get_layout(ns.dataset)
    data = load_dataset(layout.name, ns.data, ns.split, image_dir=ns.image_dir)
    about = {"dataset": layout.name, "split": ns.split or layout.default_split}
    if data.excluded:
        about["excluded"] = data.excluded
        print(f"{layout.title}: {len(data.excluded)} row(s) left out on purpose ({data.excluded[0]['reason']}, ...)")
    return data, ns.classes or layout.prompts, about


def _cmd_eval_zeroshot(ns: argparse.Namespace) -> int:
    from ..eval.features import FeatureCache
    from ..eval.zeroshot import (
        MultiLabelSet,
        MultiLabelZeroShotEvaluator,
        ZeroShotEvaluator,
        format_table,
        load_prompt_set,
        write_comparison,
        write_report,
    )

    pairs = _model_pairs(ns.model, ns.pretrained)
    device = _device(ns.device)
    _check_decode(ns.decode, device)
    data, classes, about = _zeroshot_data(ns)
    evaluator_cls = MultiLabelZeroShotEvaluator if isinstance(data, MultiLabelSet) else ZeroShotEvaluator
    evaluator = evaluator_cls(
        data,
        load_prompt_set(classes),
        batch_size=ns.batch_size,
        workers=ns.workers,
        decode=ns.decode,
        bootstrap=ns.bootstrap,
        paper_compat=ns.paper_compat,
        fov=ns.fov_crop,
        cache=FeatureCache(ns.feature_cache) if ns.feature_cache else None,
        specificity=ns.specificity,
    )
    leakage = _leakage_check(ns.train_data, data, ns.data, Path(ns.out) / "leakage") if ns.train_data else None
    results = {}
    raw = {}
    for name, tag, slug, loaded, result in _evaluate_each(pairs, evaluator, device, ns.cache_dir):
        out = Path(ns.out) if len(pairs) == 1 else Path(ns.out) / slug
        paths = write_report(
            result,
            out,
            extra={
                "model": name,
                "pretrained": tag,
                "arch": loaded.arch,
                "base_model": loaded.base.to_dict() if loaded.base else None,
                **({"leakage": leakage} if leakage else {}),
                **about,
            },
        )
        print(f"\n{name}{' (' + tag + ')' if tag else ''}")
        print(format_table(result.metrics))
        if result.skipped:
            print(f"{len(result.skipped)} image(s) could not be read and were left out; listed in {paths['skipped']}")
        print(f"report: {paths['json']}")
        results[slug] = result.metrics
        raw[slug] = result
    if len(pairs) > 1:
        table = write_comparison(results, Path(ns.out))
        print(f"\nside by side ({table}):")
        print(table.read_text(encoding="utf-8"))
        first, *others = raw
        if isinstance(data, MultiLabelSet) and others:
            print("\npaired comparison: not available for multi-label sets (compare the per-label AUCs above)")
            others = []
        for other in others:
            _write_paired(
                raw[first], raw[other], first, other, Path(ns.out), ns.bootstrap, graded=evaluator.prompts.graded
            )
    return 0


def _evaluate_each(pairs: list[tuple[str, str | None]], evaluator, device, cache_dir: str | None):  # noqa: ANN001, ANN202
    """Load each (model, pretrained) in turn and run ``evaluator`` on it: yields
    (name, pretrained, report folder slug, loaded model, result)."""
    from ..eval.zeroshot import unique_model_slugs
    from ..models import load_model, model_identity

    for (name, tag), slug in zip(pairs, unique_model_slugs(pairs), strict=True):
        loaded = load_model(name, tag, device=device, cache_dir=cache_dir)
        result = evaluator(
            loaded.model,
            loaded.preprocess_val,
            loaded.tokenizer,
            device,
            **_autocast_kwargs(device),
            progress=sys.stderr.isatty(),
            model_key=model_identity(loaded, tag),
        )
        yield name, tag, slug, loaded, result


def _model_pairs(models: list[str], pretrained: list[str | None] | None) -> list[tuple[str, str | None]]:
    """(--model, --pretrained) pairs; --pretrained is given once per model, in order, or not at all.
    Every path among them must exist: checked here, before the first model is evaluated."""
    from ..models import check_model_source

    tags = pretrained or [None] * len(models)
    if len(tags) != len(models):
        raise ConfigError(
            f"--pretrained was given {len(tags)} time(s) for {len(models)} --model(s); give it once per model, in order, or not at all"
        )
    for name, tag in zip(models, tags, strict=True):
        check_model_source(name, tag)
    return list(zip(models, tags, strict=True))


def _parse_ks(text: str) -> list[int]:
    ks = []
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit() or int(part) < 1:
            raise ConfigError(f"--ks: {part!r} is not a positive rank; write e.g. --ks 1,5,10")
        ks.append(int(part))
    return ks


def _cmd_eval_retrieval(ns: argparse.Namespace) -> int:
    from ..eval.features import FeatureCache
    from ..eval.retrieval import (
        CaptionRetrievalEvaluator,
        format_retrieval_table,
        load_caption_set,
        write_retrieval_comparison,
        write_retrieval_report,
    )

    models = _model_pairs(ns.model, ns.pretrained)
    ks = _parse_ks(ns.ks)
    device = _device(ns.device)
    _check_decode(ns.decode, device)
    data = load_caption_set(
        ns.data,
        img_key=ns.img_key,
        caption_key=ns.caption_key,
        image_dir=ns.image_dir,
        separator=ns.separator,
        patient_key=ns.patient_key or "patient",
        require_patient=ns.patient_key is not None,
    )
    evaluator = CaptionRetrievalEvaluator(
        data,
        batch_size=ns.batch_size,
        workers=ns.workers,
        bootstrap=ns.bootstrap,
        seed=ns.seed,
        ks=ks,
        fov=ns.fov_crop,
        cache=FeatureCache(ns.feature_cache) if ns.feature_cache else None,
        decode=ns.decode,
    )
    print(f"{ns.data}: {len(data.paths)} image(s), {len(data.captions)} caption(s)")
    results = {}
    for name, tag, slug, loaded, result in _evaluate_each(models, evaluator, device, ns.cache_dir):
        extra = {"model": name, "pretrained": tag, "arch": loaded.arch}
        out = Path(ns.out) if len(models) == 1 else Path(ns.out) / slug
        paths = write_retrieval_report(result, out, extra=extra)
        print(f"\n{name}{' (' + tag + ')' if tag else ''}")
        print(format_retrieval_table(result.metrics))
        if result.skipped:
            print(
                f"{len(result.skipped)} image(s) could not be read and were left out with their "
                f"{result.metrics['skipped_captions']} caption(s); listed in {paths['skipped']}"
            )
        print(f"report: {paths['json']}")
        results[slug] = result.metrics
    if len(models) > 1:
        table = write_retrieval_comparison(results, Path(ns.out))
        print(f"\nside by side ({table}):")
        print(table.read_text(encoding="utf-8"))
    return 0


def _write_paired(a, b, name_a: str, name_b: str, out: Path, resamples: int, graded: bool = False) -> None:  # noqa: ANN001
    """Paired bootstrap + DeLong of model b against model a (same images): JSON, CSV and Markdown."""
    from ..eval.compare import compare_results, write_paired

    result = compare_results(a, b, resamples=max(resamples, 200), graded=graded)
    stem, md = write_paired(result, name_a, name_b, out)
    print(f"\npaired comparison ({stem}.md):")
    print(md)


def _leakage_check(train: str, data, name: str, out: Path) -> dict:  # noqa: ANN001 - LabelledSet, imported lazily
    """The leakage check of one evaluated set against training data; prints a warning line when pairs exist."""
    from ..eval.registry import check_leakage, leakage_warning

    summary = check_leakage(train, {name: data}, out, progress=sys.stderr.isatty())[name]
    warning = leakage_warning(name, summary)
    print(warning or f"leakage check against {train}: no pair found ({summary['pairs_file']})", file=sys.stderr)
    return summary


def _add_suite_parsers(ev_sub) -> None:  # noqa: ANN001 - argparse's private subparsers action
    """``eval suite`` (run a registered benchmark suite) and ``eval register`` (pin a local set)."""
    su = ev_sub.add_parser(
        "suite",
        help="run every set of a registered benchmark suite (pinned splits, SHA-256 checked) side by side",
        description="Checks each set's local copy against its registered split (ids and SHA-256 of every file) "
        "before loading any model, then scores every --model on every set: OUT/SET/MODEL/zeroshot.json, paired "
        "comparisons against the first model, and OUT/suite.md/.csv/.json.",
    )
    su.add_argument("--model", required=True, action="append", help="any --model form; repeat to compare")
    su.add_argument("--pretrained", default=None, action="append", help="once per --model, in order, when given")
    su.add_argument("--suite", required=True, help="suite name (configs/benchmarks/NAME.yaml) or a suite YAML path")
    su.add_argument("--root", default=".", help="folder the suite's data paths are relative to (default: .)")
    su.add_argument("--out", required=True, help="output folder")
    su.add_argument(
        "--registry", action="append", default=[], help="extra folder of suite files, searched first (repeatable)"
    )
    su.add_argument(
        "--allow-changed",
        action="store_true",
        help="evaluate a local copy that differs from the registered split; the reports say it is not the registered one",
    )
    su.add_argument("--train-data", default=None, metavar="CSV_OR_SHARDS", help="also run the leakage check")
    su.add_argument("--batch-size", type=int, default=64)
    su.add_argument("--workers", type=int, default=2)
    _add_decode_arg(su)
    su.add_argument("--hash-workers", type=int, default=None, help="hashing threads (default: cores, at most 4)")
    su.add_argument("--device", default="auto", help="auto, cpu or cuda")
    su.add_argument("--cache-dir", default=None, help="Hugging Face cache folder")
    su.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for 95%% CIs")
    su.add_argument("--seed", type=int, default=0)
    su.add_argument("--paper-compat", action="store_true", help="the paper's scoring (see eval zeroshot)")
    _add_specificity_arg(su)
    su.add_argument("--fov-crop", action="store_true", help="crop each image to its field of view first")
    su.add_argument("--feature-cache", default=None, help="folder caching image features (see eval zeroshot)")

    rg = ev_sub.add_parser(
        "register",
        help="pin a local labelled set: write its split file (image,sha256,label) and its suite entry",
    )
    rg.add_argument("--name", required=True, help="set name (names the split file splits/SUITE/NAME.csv)")
    rg.add_argument("--loader", required=True, help="csv, folder, or a public layout name (eval/datasets.py)")
    rg.add_argument("--data", required=True, help="the set: a path, or a path under --root; stored relative to --root")
    rg.add_argument("--root", default=".", help="folder the entry's data path is relative to (default: .)")
    rg.add_argument(
        "--classes", default=None, help="prompt set name or YAML (default: a layout's own set, else paper5)"
    )
    rg.add_argument("--suite", default=None, help="suite to add the set to (OUT/SUITE.yaml; default: NAME)")
    rg.add_argument("--out", default=None, help="registry folder to write (default: the shipped configs/benchmarks)")
    rg.add_argument(
        "--label-map", action="append", default=[], metavar="LOCAL=LABEL", help="rename a local label (repeatable)"
    )
    rg.add_argument("--loader-split", default=None, help="split name passed to a layout loader (e.g. test)")
    rg.add_argument("--img-key", default=None, help="image column of a csv set")
    rg.add_argument("--label-key", default=None, help="label column of a csv set")
    rg.add_argument("--description", default=None, help="one line about the set (source, version, what was left out)")
    rg.add_argument("--overwrite", action="store_true", help="replace an existing entry and split file")
    rg.add_argument("--hash-workers", type=int, default=None, help="hashing threads (default: cores, at most 4)")
    su.set_defaults(run=_cmd_eval_suite)
    rg.set_defaults(run=_cmd_eval_register)


def _cmd_eval_suite(ns: argparse.Namespace) -> int:
    from ..eval.registry import load_suite, run_suite

    pairs = _model_pairs(ns.model, ns.pretrained)
    suite = load_suite(ns.suite, ns.registry)
    device = _device(ns.device)
    _check_decode(ns.decode, device)
    summary = run_suite(
        suite,
        ns.root,
        ns.out,
        pairs,
        device=device,
        autocast=_autocast_kwargs(device).get("autocast"),
        allow_changed=ns.allow_changed,
        train_data=ns.train_data,
        batch_size=ns.batch_size,
        workers=ns.workers,
        decode=ns.decode,
        bootstrap=ns.bootstrap,
        seed=ns.seed,
        paper_compat=ns.paper_compat,
        fov=ns.fov_crop,
        specificity=ns.specificity,
        cache_dir=ns.cache_dir,
        feature_cache=ns.feature_cache,
        hash_workers=ns.hash_workers,
        progress=sys.stderr.isatty(),
        log=lambda line: print(line, file=sys.stderr if line.startswith("warning:") else sys.stdout),
    )
    table = Path(ns.out) / "suite.md"
    print(f"\n{table.read_text(encoding='utf-8')}")
    print(f"report: {table} (also suite.csv, suite.json); {len(summary['sets'])} set(s), {len(ns.model)} model(s)")
    return 0


def _cmd_eval_register(ns: argparse.Namespace) -> int:
    from ..eval.registry import RegistryError, register_set

    label_map = {}
    for item in ns.label_map:
        local, sep, label = item.partition("=")
        if not sep or not local or not label:
            raise RegistryError(f"--label-map {item!r}: write LOCAL=LABEL, e.g. 'diabetic_retinopathy=DR'")
        label_map[local] = label
    reg = register_set(
        ns.name,
        ns.loader,
        ns.data,
        root=ns.root,
        classes=ns.classes,
        out_dir=ns.out,
        suite=ns.suite,
        label_map=label_map,
        loader_split=ns.loader_split,
        img_key=ns.img_key,
        label_key=ns.label_key,
        description=ns.description,
        overwrite=ns.overwrite,
        workers=ns.hash_workers,
        progress=sys.stderr.isatty(),
    )
    counts = ", ".join(f"{k} {v}" for k, v in reg.entry["labels"].items())
    print(f"registered {reg.images} image(s) of {ns.name} ({counts})")
    print(f"split file: {reg.split_file} (sha256 {reg.entry['split_sha256']})")
    print(f"suite file: {reg.suite_file}")
    print(f"run it with: mmfundusclip eval suite --suite {reg.suite_file} --root {ns.root} --model M --out OUT")
    return 0


def _cmd_eval_compare(ns: argparse.Namespace) -> int:
    import json

    from ..eval.compare import align, paired_comparison, read_predictions, write_paired

    paths = [Path(x) / "predictions.csv" if Path(x).is_dir() else Path(x) for x in (ns.a, ns.b)]
    pa, pb = (read_predictions(p) for p in paths)
    y, probs_a, probs_b = align(pa, pb, (str(paths[0]), str(paths[1])))
    names = ns.names or [p.parent.name or "a" for p in paths]
    if names[0] == names[1]:
        names = [f"{names[0]}-a", f"{names[1]}-b"]
    groups = None
    if ns.data:
        from ..data.csvdata import DataError
        from ..eval.zeroshot import load_labelled

        data = load_labelled(ns.data, img_key=ns.img_key, patient_key=ns.patient_key)
        if data.groups is None:
            raise DataError(f"{ns.data}: no column {ns.patient_key!r} to group images by patient (--patient-key)")
        patient = dict(zip(data.ids, data.groups, strict=True))
        missing = [i for i in pa.ids if i not in patient]
        if missing:
            raise DataError(f"{ns.data} does not list {len(missing)} image(s) of the predictions, e.g. {missing[0]}")
        groups = [patient[i] for i in pa.ids]
    graded = ns.graded
    if graded is None:  # the report written beside the predictions knows whether the labels are graded
        report = paths[0].parent / "zeroshot.json"
        graded = report.is_file() and json.loads(report.read_text()).get("kappa_weights") == "quadratic"
    result = paired_comparison(
        y, probs_a, probs_b, pa.labels, resamples=ns.bootstrap, seed=ns.seed, groups=groups, graded=graded
    )
    stem, md = write_paired(result, names[0], names[1], Path(ns.out))
    print(md)
    print(f"wrote {stem}.json, .csv and .md")
    return 0


def _cmd_eval_probe(ns: argparse.Namespace) -> int:

    import numpy as np

    from ..data.csvdata import DataError
    from ..eval.features import embed_images
    from ..eval.probe import few_shot_probe, parse_shots, write_probe_report
    from ..eval.zeroshot import load_labelled
    from ..models import load_model

    try:
        shots = parse_shots(ns.shots)
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    device = _device(ns.device)
    _check_decode(ns.decode, device)
    train = load_labelled(ns.train, img_key=ns.img_key, label_key=ns.label_key)
    test = load_labelled(ns.test, img_key=ns.img_key, label_key=ns.label_key)
    labels = sorted(set(train.labels))
    unknown = sorted(set(test.labels) - set(labels))
    if unknown:
        raise DataError(
            f"{ns.test}: label(s) {unknown} do not occur in the training set {ns.train} (labels there: {labels})"
        )
    loaded = load_model(ns.model, ns.pretrained, device=device, cache_dir=ns.cache_dir)
    kw = {
        "batch_size": ns.batch_size,
        "workers": ns.workers,
        "progress": sys.stderr.isatty(),
        "decode": ns.decode,
        **_autocast_kwargs(device),
    }
    ftr = embed_images(loaded.model, loaded.preprocess_val, train.paths, device, desc="train features", **kw)
    fte = embed_images(loaded.model, loaded.preprocess_val, test.paths, device, desc="test features", **kw)
    ytr = np.array([labels.index(train.labels[i]) for i in ftr.index])
    yte = np.array([labels.index(test.labels[i]) for i in fte.index])
    head: dict = {}
    if ns.zeroshot_init:
        import torch

        from ..eval.zeroshot import class_weights, load_prompt_set

        prompts = load_prompt_set(ns.classes)
        missing = [lab for lab in labels if lab not in prompts.labels]
        if missing:
            raise DataError(
                f"--classes {ns.classes} has no prompts for label(s) {missing} of {ns.train}; it knows {prompts.labels}"
            )
        with torch.no_grad():
            w = class_weights(loaded.model, loaded.tokenizer, prompts, device).float().cpu().numpy()
        head = {
            "zero_shot_weights": w[:, [prompts.labels.index(lab) for lab in labels]],
            "logit_scale": float(loaded.model.logit_scale.detach().exp())
            if hasattr(loaded.model, "logit_scale")
            else 100.0,
        }
    try:
        res = few_shot_probe(
            ftr.features, ytr, fte.features, yte, labels, shots=shots, draws=ns.draws, seed=ns.seed, **head
        )
    except ValueError as exc:
        raise DataError(f"{ns.train}: {exc}") from exc
    res.update(
        model=ns.model,
        pretrained=ns.pretrained,
        train=str(ns.train),
        test=str(ns.test),
        train_hash=train.digest(),
        test_hash=test.digest(),
        skipped=ftr.skipped + fte.skipped,
    )
    out = Path(ns.out)
    print(write_probe_report(res, out))
    if res["skipped"]:
        print(f"{len(res['skipped'])} image(s) could not be read and were left out (listed in probe.json)")
    print(f"report: {out / 'probe.json'}")
    return 0


def _cmd_embed(ns: argparse.Namespace) -> int:
    from ..data.csvdata import DataError
    from ..eval.features import embed_images, embed_texts, list_images, write_embeddings
    from ..models import load_model

    device = _device(ns.device)
    _check_decode(ns.decode, device)
    out = Path(ns.out)
    if out.suffix not in (".npy", ".parquet"):
        raise ConfigError(
            f"--out {out}: write a .npy file (ids go beside it as .ids.csv) or a .parquet file (columns id, embedding)"
        )
    if out.suffix == ".parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise ConfigError(f"--out {out}: parquet needs pyarrow: pip install 'mmfundusclip[parquet]'") from exc
    loaded = load_model(ns.model, ns.pretrained, device=device, cache_dir=ns.cache_dir)
    skipped: list[dict[str, str]] = []
    if ns.texts:
        texts = [t for t in Path(ns.texts).read_text(encoding="utf-8").splitlines() if t.strip()]
        if not texts:
            raise DataError(f"{ns.texts}: no texts (one per line)")
        feats, ids = embed_texts(loaded.model, loaded.tokenizer, texts, device, **_autocast_kwargs(device)), texts
    else:
        ids_all, paths = list_images(ns.images, ns.img_key, ns.image_dir)
        emb = embed_images(
            loaded.model,
            loaded.preprocess_val,
            paths,
            device,
            batch_size=ns.batch_size,
            workers=ns.workers,
            progress=sys.stderr.isatty(),
            decode=ns.decode,
            **_autocast_kwargs(device),
        )
        feats, ids, skipped = emb.features, [ids_all[i] for i in emb.index], emb.skipped
    note = f"; {len(skipped)} unreadable image(s) left out" if skipped else ""
    meta = {"model": str(ns.model), "pretrained": str(ns.pretrained), "normalised": "true"}
    ids_path = write_embeddings(out, feats, ids, meta)
    where = f"with their ids to {out}" if ids_path is None else f"to {out} (ids: {ids_path})"
    print(f"wrote {feats.shape[0]} x {feats.shape[1]} embeddings {where}{note}")
    for s in skipped:
        print(f"  skipped {s['path']}: {s['reason']}", file=sys.stderr)
    return 0


def _cmd_leakage(ns: argparse.Namespace) -> int:
    import dataclasses

    from ..eval.leakage import Thresholds, default_workers, format_table, run_leakage

    defaults = Thresholds()
    thresholds = dataclasses.replace(
        defaults,
        hash_a=defaults.hash_a if ns.hash_a_threshold is None else ns.hash_a_threshold,
        hash_b=defaults.hash_b if ns.hash_b_threshold is None else ns.hash_b_threshold,
        embed=defaults.embed if ns.embed_threshold is None else ns.embed_threshold,
    )
    embed = None
    if ns.model:
        from ..eval.leakage import model_embedder

        device = _device(ns.device)
        embed = model_embedder(
            ns.model,
            ns.pretrained,
            device,
            batch_size=ns.batch_size,
            cache_dir=ns.cache_dir,
            **_autocast_kwargs(device),
        )
    report = run_leakage(
        ns.train,
        ns.test,
        ns.out,
        image_dir=ns.image_dir,
        train_image_dir=ns.train_image_dir,
        img_key=ns.img_key,
        patient_key=ns.patient_key,
        separator=ns.separator,
        thresholds=thresholds,
        workers=default_workers() if ns.workers is None else ns.workers,
        embed=embed,
        progress=sys.stderr.isatty(),
    )
    print(format_table(report))
    c = report.counts
    print(
        f"{c['test_images']} test vs {c['train_images']} training images: {c['exact']} exact, {c['near']} near, "
        f"{c['patient']} same-patient pair(s); {c['unreadable_train'] + c['unreadable_test']} unreadable"
    )
    for note in report.notes:
        print(f"note: {note}")
    print(f"report: {Path(ns.out) / 'leakage.json'}, contact sheet: {Path(ns.out) / 'leakage_pairs.png'}")
    return 1 if report.pairs else 0
