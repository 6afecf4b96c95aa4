"""``mmfundusclip captions``: EMR records -> one de-identified, validated caption per image.

Order of work per record, so that no writer ever sees an identifier:

1. de-identify the note (:mod:`.deid`; a name column, when given, is passed as known names);
2. write a caption with the chosen writer: ``template`` (ICD-10 codes + the note's
   ``Fundus:`` clause), or an LLM (``transformers`` local model, ``openai`` endpoint) fed the
   de-identified note;
3. check every LLM caption (:mod:`.checks`: identifiers re-scanned, length and CLIP context,
   findings supported by the note or codes, laterality); a rejected or failed one falls back to
   the template caption with flags that say why. Small models fail often (SmolLM2-135M describes
   make-up when asked for a fundus caption), so the fallback is what keeps one usable caption
   per image;
4. append the rows to the output CSV and flush them to disk, a batch at a time.

A re-run reads the output, skips the images already there and continues; a run killed mid-write
leaves at most a partial last line, which the re-run drops (and rewrites). The audit report is
computed from the whole output CSV, so it is the same whether the run was interrupted or not.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import CaptionsConfig
from ..data.csvdata import DataError
from .captions import template_caption
from .records import EYE_CODES, RecordItem, build_items, read_records

__all__ = ["CaptionAudit", "FALLBACK_MODALITY", "make_writer", "run_captions"]

#: The caption of an image whose record has neither note nor codes (the issue's contract).
FALLBACK_MODALITY = "colour fundus photograph"
#: Test hook: SIGKILL the run after this many rows are flushed (tests resume after a real kill).
KILL_ENV = "MMFUNDUSCLIP_CAPTIONS_KILL_AFTER"
BASE_COLUMNS = ["image", "caption", "source", "flags", "deid_kinds", "record"]
_EYE_WORDS = {"right": "right eye", "left": "left eye", "both": "both eyes", "": ""}


@dataclass
class CaptionAudit:
    """What a caption run produced, computed from the whole output CSV."""

    images: int = 0
    written_this_run: int = 0
    already_done: int = 0
    by_source: Counter[str] = field(default_factory=Counter)
    flags: Counter[str] = field(default_factory=Counter)
    rejections: Counter[str] = field(default_factory=Counter)
    identifiers_removed: Counter[str] = field(default_factory=Counter)
    writer: str = "template"
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "images": self.images,
            "written_this_run": self.written_this_run,
            "already_done": self.already_done,
            "writer": self.writer,
            "by_source": dict(self.by_source),
            "flags": dict(self.flags),
            "rejections": dict(self.rejections),
            "identifiers_removed": dict(sorted(self.identifiers_removed.items())),
            "seconds": round(self.seconds, 2),
        }

    def summary(self) -> str:
        src = ", ".join(f"{k} {v}" for k, v in self.by_source.most_common())
        rej = ", ".join(f"{k} {v}" for k, v in self.rejections.most_common(5)) or "none"
        ids = ", ".join(f"{k} {v}" for k, v in sorted(self.identifiers_removed.items())) or "none"
        return (
            f"{self.images} captions ({self.written_this_run} written now, {self.already_done} from an earlier run); "
            f"by source: {src}; rejections: {rej}; identifiers removed (per record): {ids}"
        )


def make_writer(cfg: CaptionsConfig) -> Any:
    """The LLM writer named in the config (None for the template writer)."""
    if cfg.writer == "template":
        return None
    from .llm import OpenAIWriter, TransformersWriter, load_prompt_template

    template = load_prompt_template(cfg.prompt)
    if cfg.writer == "transformers":
        t = cfg.transformers
        return TransformersWriter(
            t.model,
            batch_size=t.batch_size,
            max_new_tokens=t.max_new_tokens,
            max_note_tokens=t.max_note_tokens,
            device=t.device,
            template=template,
        )
    o = cfg.openai
    return OpenAIWriter(
        str(o.base_url),
        str(o.model),
        api_key=os.environ.get(o.api_key_env) or None,
        concurrency=o.concurrency,
        timeout=o.timeout,
        retries=o.retries,
        backoff=o.backoff,
        max_tokens=o.max_tokens,
        template=template,
    )


def _clip_token_counter() -> Callable[[str], int]:
    """Tokens of a caption under open_clip's default BPE tokenizer, start and end tokens included."""
    import open_clip

    tok = open_clip.get_tokenizer("ViT-B-32")
    return lambda text: len(tok.encode(text)) + 2


def _read_done(out: Path, columns: list[str]) -> set[str]:
    """Images already captioned in ``out``; a partial last line (killed mid-write) is cut off."""
    raw = out.read_bytes()
    if not raw:
        return set()
    if not raw.endswith(b"\n"):
        cut = raw.rfind(b"\n") + 1
        with open(out, "r+b") as fh:
            fh.truncate(cut)
        print(f"{out}: dropped a partial last line left by an interrupted run", file=sys.stderr)
        if cut == 0:  # the run died while writing the header: start the file again
            return set()
    with open(out, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != columns:
            raise DataError(
                f"{out} exists with columns {reader.fieldnames}, but this run writes {columns}; "
                "pass --overwrite to start again or choose another --out"
            )
        return {row["image"] for row in reader}


def _fallback(item: RecordItem, note: str) -> tuple[str, list[str]]:
    """The template caption; the fixed fallback when there is nothing to describe."""
    if not note and not item.codes:
        modality = item.modality or FALLBACK_MODALITY
        eye = _EYE_WORDS[item.eye]
        return (f"{modality} of the {eye}." if eye else f"{modality}."), ["no_note_or_codes"]
    caption, found = template_caption(
        {
            "image": item.image,
            "eye": EYE_CODES[item.eye],
            "note": note,
            "codes": item.codes,
            "modality": item.modality or FALLBACK_MODALITY,
        }
    )
    return caption, [] if found else ["no_condition"]


def _kinds_cell(kinds: Counter[str]) -> str:
    return ";".join(f"{k}:{v}" for k, v in sorted(kinds.items()))


def run_captions(
    cfg: CaptionsConfig,
    *,
    overwrite: bool = False,
    writer: Any = None,
    progress: bool | None = None,
) -> CaptionAudit:
    """Caption every image of ``cfg.records`` into ``cfg.out``; return the audit (also written as JSON).

    ``writer`` overrides the configured LLM writer (tests pass a stand-in)."""
    from .deid import Deidentifier

    if not cfg.records or not cfg.out:
        raise DataError("captions needs --records FILE and --out CSV")
    t0 = time.perf_counter()
    out = Path(cfg.out)
    audit_path = Path(cfg.audit) if cfg.audit else out.with_suffix(".audit.json")
    records = read_records(cfg.records, cfg.separator)
    images = read_records(cfg.images, None) if cfg.images else None
    keep = [k.strip() for k in cfg.keep.split(",") if k.strip()]
    cols = cfg.columns
    keep = [k for k in keep if k in records[0] or (images and k in images[0])]
    items = build_items(
        records,
        {
            "image": cols.image,
            "patient": cols.patient,
            "eye": cols.eye,
            "note": cols.note,
            "codes": cols.codes,
            "modality": cols.modality,
            "name": cols.name or None,
        },
        records_path=cfg.records,
        join=cfg.join,
        images=images,
        images_path=cfg.images or "images",
        keep=keep,
    )
    columns = BASE_COLUMNS + keep
    if out.exists() and overwrite:
        out.unlink()
    done = _read_done(out, columns) if out.exists() else set()
    pending = [it for it in items if it.image not in done]
    stale = done - {it.image for it in items}
    if stale:
        print(f"warning: {len(stale)} image(s) in {out} are not in the records any more (kept)", file=sys.stderr)
    if writer is None and pending:
        writer = make_writer(cfg)
    writer_name = getattr(writer, "name", "template") if writer is not None else "template"

    default_deid = Deidentifier()
    # A record serving several images is redacted once (items without a record have no note).
    redacted: dict[int | None, tuple[str, Counter[str]]] = {}

    def deid_note(item: RecordItem) -> tuple[str, Counter[str]]:
        if item.record not in redacted:
            d = Deidentifier(extra_names=item.names) if item.names else default_deid
            r = d.redact(item.note) if item.note else None
            redacted[item.record] = (r.text, Counter(r.kinds)) if r else ("", Counter())
        return redacted[item.record]

    count_tokens = _clip_token_counter()
    checker = _make_checker(cfg, count_tokens, default_deid)
    kill_after = int(os.environ.get(KILL_ENV, "0") or 0)
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show and pending:
        from tqdm import tqdm

        bar = tqdm(total=len(items), initial=len(items) - len(pending), unit="image", desc="captions")
    out.parent.mkdir(parents=True, exist_ok=True)
    new_file = not out.exists() or out.stat().st_size == 0
    written = 0
    with open(out, "a", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        if new_file:
            w.writerow(columns)
            fh.flush()
            os.fsync(fh.fileno())
        for start in range(0, len(pending), cfg.flush_every):
            batch = pending[start : start + cfg.flush_every]
            rows = _caption_batch(batch, deid_note, writer, writer_name, checker, default_deid)
            for item, (caption, source, flags, kinds) in zip(batch, rows, strict=True):
                w.writerow(
                    [
                        item.image,
                        caption,
                        source,
                        ";".join(flags),
                        _kinds_cell(kinds),
                        "" if item.record is None else item.record,
                        *(item.keep.get(k, "") for k in keep),
                    ]
                )
            fh.flush()
            os.fsync(fh.fileno())
            written += len(batch)
            if bar is not None:
                bar.update(len(batch))
            elif progress is None and (start // cfg.flush_every) % 20 == 19:
                # Not a terminal (a batch job's log): one line every 20 batches instead of a bar.
                print(f"captions: {len(done) + written}/{len(items)} images", file=sys.stderr, flush=True)
            if kill_after and written >= kill_after:
                os.kill(os.getpid(), signal.SIGKILL)
    if bar is not None:
        bar.close()
    audit = audit_output(out, writer_name)
    audit.written_this_run = written
    audit.already_done = len(done)
    audit.seconds = time.perf_counter() - t0
    audit_path.write_text(json.dumps(audit.to_dict(), indent=2) + "\n", encoding="utf-8")
    truncated = audit.flags.get("note_truncated", 0)
    if truncated:
        print(f"warning: {truncated} note(s) were longer than the model context and were truncated", file=sys.stderr)
    return audit


def _make_checker(cfg: CaptionsConfig, count_tokens: Callable[[str], int], deid: Any) -> Callable[..., Any]:
    def check(caption: str, note: str, item: RecordItem) -> Any:
        from .checks import check_caption

        return check_caption(
            caption,
            source=note,
            codes=item.codes,
            eye=_EYE_WORDS[item.eye],
            max_tokens=cfg.checks.max_tokens,
            count_tokens=count_tokens,
            scan=lambda text: [s.kind for s in deid.find(text)],
            min_words=cfg.checks.min_words,
            max_words=cfg.checks.max_words,
        )

    return check


def _caption_batch(
    batch: Sequence[RecordItem],
    deid_note: Callable[[RecordItem], tuple[str, Counter[str]]],
    writer: Any,
    writer_name: str,
    check: Callable[..., Any],
    deid: Any,
) -> list[tuple[str, str, list[str], Counter[str]]]:
    """(caption, source, flags, identifier kinds removed) per item, in order."""
    notes = [deid_note(it) for it in batch]
    results: dict[int, Any] = {}
    if writer is not None:
        from .llm import CaptionRequest

        todo = [i for i, it in enumerate(batch) if notes[i][0] or it.codes]
        requests = [
            CaptionRequest(
                key=batch[i].image,
                note=notes[i][0],
                codes=batch[i].codes,
                eye=_EYE_WORDS[batch[i].eye],
                modality=batch[i].modality or FALLBACK_MODALITY,
            )
            for i in todo
        ]
        for i, res in zip(todo, writer.write(requests) if requests else [], strict=True):
            results[i] = res
    rows = []
    for i, item in enumerate(batch):
        note, kinds = notes[i]
        flags = list(item.flags)
        res = results.get(i)
        caption, source = "", "template"
        if res is not None:
            if res.truncated:
                flags.append("note_truncated")
            if getattr(res, "cut_off", False):
                flags.append("cut_off")  # hit max_new_tokens mid-sentence; the checks still decide
            if res.text is None:
                flags.append("writer_error")
            else:
                verdict = check(res.text, note, item)
                if verdict.accepted:
                    caption, source = res.text, writer_name
                else:
                    flags += [f"rejected:{r}" for r in verdict.reasons]
        if not caption:
            caption, more = _fallback(item, note)
            flags += more
            if writer is not None and res is not None:
                source = "template-fallback"
        # Safety net: a template caption is built from the de-identified note, so this finds
        # nothing unless a recognizer disagrees with itself; if it ever does, redact and flag.
        if source != writer_name or writer is None:
            again = deid.redact(caption)
            if again.kinds:
                caption = again.text
                flags.append("caption_redacted")
        rows.append((caption, source, flags, kinds))
    return rows


def audit_output(out: Path, writer: str = "template") -> CaptionAudit:
    """The audit of a caption CSV: counts per source, flags, rejection reasons, identifiers removed."""
    audit = CaptionAudit(writer=writer)
    seen_records: set[str] = set()
    with open(out, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            audit.images += 1
            audit.by_source[row["source"]] += 1
            for flag in filter(None, row["flags"].split(";")):
                if flag.startswith("rejected:"):
                    audit.rejections[flag.split(":", 1)[1]] += 1
                    audit.flags["rejected"] += 1
                else:
                    audit.flags[flag] += 1
            # A record that serves several images had its note de-identified once: count it once.
            rec = row["record"]
            if rec and rec in seen_records:
                continue
            seen_records.add(rec)
            for part in filter(None, row["deid_kinds"].split(";")):
                kind, _, n = part.partition(":")
                audit.identifiers_removed[kind] += int(n or 1)
    audit.rejections = Counter(dict(audit.rejections))
    return audit


def deid_records(
    records: str | Path,
    out: str | Path,
    columns: Iterable[str] = ("note",),
    *,
    separator: str | None = None,
    name_column: str | None = None,
) -> Counter[str]:
    """Write ``records`` to ``out`` (CSV) with ``columns`` de-identified and a ``deid_kinds`` column
    (``KIND:count;...``, never the values); return the kinds removed over the whole file."""
    from .deid import Deidentifier

    rows = read_records(records, separator)
    columns = list(columns)
    have = list(dict.fromkeys(k for row in rows for k in row))  # JSONL rows may differ in their keys
    missing = [c for c in [*columns, *([name_column] if name_column else [])] if c not in have]
    if missing:
        raise DataError(f"{records}: column(s) {missing} not found; the file has columns {have}")
    verbatim = [c for c in have if c not in columns and c != name_column]
    if verbatim:
        print(f"note: column(s) {verbatim} are copied as they are (not de-identified)", file=sys.stderr)
    default = Deidentifier()
    total: Counter[str] = Counter()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=[*have, "deid_kinds"], restval="")
        w.writeheader()
        for row in rows:
            names = (row.get(name_column, "").strip(),) if name_column and row.get(name_column, "").strip() else ()
            d = Deidentifier(extra_names=names) if names else default
            kinds: Counter[str] = Counter()
            for c in columns:
                r = d.redact(row.get(c) or "")
                row[c] = r.text
                kinds.update(r.kinds)
            if name_column and names:
                row[name_column] = "[NAME]"  # the known name itself is an identifier
                kinds["NAME"] += 1
            total.update(kinds)
            w.writerow({**row, "deid_kinds": _kinds_cell(kinds)})
    tmp.replace(out)
    return total
