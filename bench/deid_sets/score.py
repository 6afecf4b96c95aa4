"""Score the de-identifier on a hand-written set of annotated note snippets.

    .venv/bin/python bench/deid_sets/score.py review_v1          # a module in this folder
    .venv/bin/python bench/deid_sets/score.py review_v1 --json /tmp/review_v1.json

A set module holds ``POSITIVE`` (``(text, [(kind, exact_substring), ...])``, a substring listed
twice marks its first and second occurrence), ``CLEAN`` (clinical text with no identifier) and
optionally ``CLEAN_STRESS`` (more such text aimed at the rules) and ``ARGUABLE`` (substrings whose
redaction is not counted as an error, e.g. hospital names). Recall per kind counts a planted span
as found when a predicted span of the same kind overlaps it (``any`` also counts other kinds);
``full`` when every character is covered. Every miss, partial cover and false positive is listed.

``review_v1`` was written by an independent reviewer (2026-11-28) without looking at
``bench/deid_eval.py``; its misses were then used to improve the rules, so from then on it is a
development set, not a held-out one. A set written after the last rule change is the honest
measure.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

from mmfundusclip.text.deid import Deidentifier


def _gold(text: str, marks: list[tuple[str, str]]) -> list[tuple[str, int, int, str]]:
    out, after = [], {}
    for kind, sub in marks:
        i = text.find(sub, after.get(sub, 0))
        if i < 0:
            raise ValueError(f"{sub!r} not in {text!r}")
        after[sub] = i + 1
        out.append((kind, i, i + len(sub), sub))
    return out


def score(module: object, deid: Deidentifier) -> dict:
    def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
        return a0 < b1 and b0 < a1

    arguable = list(getattr(module, "ARGUABLE", []))
    planted, same, anyk, full = Counter(), Counter(), Counter(), Counter()
    misses, partial, fps = [], [], []
    n_pred = n_true = n_arg = 0
    clean = [(t, [], "CLEAN") for t in module.CLEAN] + [
        (t, [], "CLEAN_STRESS") for t in getattr(module, "CLEAN_STRESS", [])
    ]
    for text, marks, where in [(t, m, "POSITIVE") for t, m in module.POSITIVE] + clean:
        pred = deid.find(text)
        gold = _gold(text, marks)
        for kind, s, e, sub in gold:
            planted[kind] += 1
            hits = [p for p in pred if overlaps(p.start, p.end, s, e)]
            same[kind] += any(p.kind == kind for p in hits)
            anyk[kind] += bool(hits)
            covered = set().union(*(range(p.start, p.end) for p in hits)) if hits else set()
            if set(range(s, e)) <= covered:
                full[kind] += 1
            elif hits:
                partial.append({"kind": kind, "text": sub, "found": [text[p.start : p.end] for p in hits]})
            if not any(p.kind == kind for p in hits):
                misses.append({"kind": kind, "text": sub, "found_as": [p.kind for p in hits], "in": text})
        spans = [(a, i) for a in arguable for i in _find_all(text, a)]
        for p in pred:
            n_pred += 1
            if any(overlaps(p.start, p.end, s, e) for _, s, e, _ in gold):
                n_true += 1
            elif any(overlaps(p.start, p.end, i, i + len(a)) for a, i in spans):
                n_arg += 1
            else:
                fps.append({"kind": p.kind, "text": text[p.start : p.end], "set": where, "in": text})
    total = sum(planted.values())
    return {
        "recall": {k: same[k] / planted[k] for k in sorted(planted)},
        "planted": dict(sorted(planted.items())),
        "recall_all": sum(same.values()) / total,
        "any_kind_all": sum(anyk.values()) / total,
        "full_all": sum(full.values()) / total,
        "precision": n_true / max(1, n_pred - n_arg),
        "false_positives": fps,
        "misses": misses,
        "partial": partial,
        "clean_sentences": len(clean),
    }


def _find_all(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("set", help="module name in bench/deid_sets (e.g. review_v1)")
    p.add_argument("--json", default=None)
    a = p.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    res = score(importlib.import_module(a.set), Deidentifier())
    print(f"{'kind':<10} {'planted':>7} {'recall':>7}")
    for k, r in res["recall"].items():
        print(f"{k:<10} {res['planted'][k]:>7} {r:>7.3f}")
    print(
        f"all: recall {res['recall_all']:.3f}, any kind {res['any_kind_all']:.3f}, fully covered {res['full_all']:.3f}; "
        f"precision {res['precision']:.3f}; false positives {len(res['false_positives'])} "
        f"({sum(f['set'] != 'POSITIVE' for f in res['false_positives'])} in {res['clean_sentences']} clean sentences)"
    )
    for title, rows in (
        ("misses", res["misses"]),
        ("partial", res["partial"]),
        ("false positives", res["false_positives"]),
    ):
        print(f"\n{title}:")
        for r in rows:
            print("  " + json.dumps(r, ensure_ascii=False))
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
