"""Regenerate ``src/mmfundusclip/text/_name_lexicon_intl.py``: given names and surnames of 86 locales.

    python3 -m venv /tmp/fk && /tmp/fk/bin/pip install faker==40.63.0
    /tmp/fk/bin/python scripts/make_name_lexicon_intl.py   # needs /usr/share/dict/words (Debian: wamerican)

The 1990 US Census lexicon (``_name_lexicon.py``) misses most names of notes written elsewhere:
of the names an independent reviewer planted in ``bench/deid_sets/review_v3.py`` (UK, Ireland,
India, New Zealand, Poland, Malaysia, ...), "Agnieszka", "Tomasz", "Niall", "Eimear", "Hemi",
"Ngaire", "Arjun", "Kapoor" and "Sandhu" are not in it. Faker (MIT licence) ships person-name
lists for 86 locales; this script keeps their Latin-script given names and surnames, split at
spaces and hyphens, of at least 3 letters, minus anything already in the census lexicon and
anything whose lower-case form is a common (lower-case) English word (the census lexicon's filter), and
writes them as two space-separated strings. Faker is a tool of this script only, not a
dependency of the package.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "mmfundusclip" / "text" / "_name_lexicon_intl.py"
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")  # ASCII and Latin-1 Supplement to Latin Extended-B letters


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [str(k) for k in value]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(v) for v in value]
    return []


def _parts(name: str) -> list[str]:
    out = []
    for part in re.split(r"[\s\-]+", name):
        if len(part) >= 3 and _LATIN.fullmatch(part) and part[0].isupper() and not part[1:].isupper():
            out.append(part)
    return out


def main() -> int:
    import faker
    import faker.providers.person as person

    sys.path.insert(0, str(ROOT / "src"))
    from importlib.metadata import distribution

    from mmfundusclip.text._name_lexicon import GIVEN_NAMES, SURNAMES, WEAK_GIVEN_NAMES, WEAK_SURNAMES

    dist = distribution("faker")
    licence = next(
        (
            dist.read_text(f)
            for f in ("licenses/LICENSE.txt", "LICENSE.txt", "licenses/LICENSE", "LICENSE")
            if dist.read_text(f)
        ),
        None,
    )
    if not licence:
        raise SystemExit("Faker's licence text not found in its distribution; it must be copied into the output")
    licence = "\n".join("    " + line if line else "" for line in licence.strip().splitlines())
    # Common words only: the list also holds proper nouns ("Iqaluit", "Bernadette"), which are what we want.
    words = {w for w in Path("/usr/share/dict/words").read_text(encoding="utf-8").split() if w.islower()}
    known = {n for s in (GIVEN_NAMES, SURNAMES, WEAK_GIVEN_NAMES, WEAK_SURNAMES) for n in s.split()}
    given: set[str] = set()
    sur: set[str] = set()
    # the weak list's source: en_US's frequency-weighted given names (the US Social Security Administration's most
    # common ones); other locales' lists hold words that are no names in English notes ("Doctor", "Unknown")
    from faker.providers.person.en_US import Provider as EnUS

    english_given = {p for n in (*EnUS.first_names_female, *EnUS.first_names_male) for p in _parts(n)}
    locales = sorted(m.name for m in pkgutil.iter_modules(person.__path__))
    for loc in locales:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in dir(provider):
            target = given if attr.startswith("first_name") else sur if attr.startswith("last_name") else None
            if target is None or callable(getattr(provider, attr)):
                continue
            for name in _strings(getattr(provider, attr)):
                target.update(_parts(name))
    # Names that are also words ("Peter", "Roger", "Willow") are kept apart as weak names: the census lexicon's
    # weak lists hold only some of them, and without them "Peter" was no name at all.
    # No weak surnames: a surname that is a word is too often the word.
    wgiven = {n for n in english_given if n.lower() in words and n not in known}
    given = {n for n in given if n.lower() not in words and n not in known}
    sur = {n for n in sur if n.lower() not in words and n not in known and n not in given}

    def block(names: set[str]) -> str:
        lines, line = [], ""
        for n in sorted(names):
            if len(line) + len(n) + 1 > 118:
                lines.append(line)
                line = n
            else:
                line = f"{line} {n}" if line else n
        return "\n".join([*lines, line])

    OUT.write_text(
        f'''"""International name lexicon for the de-identifier (generated data, do not edit by hand).

Source: the person-name lists of Faker {faker.VERSION} (MIT licence, Copyright (c) 2012 Daniele Faraglia),
{len(locales)} locales. Kept: Latin-script parts of at least 3 letters (split at spaces and hyphens), minus every
name already in ``_name_lexicon`` (1990 US Census) and every entry whose lower-case form is a lower-case word
of Debian's ``wamerican`` list (its proper nouns do not count); those are kept apart as weak names. Result:
{len(given)} given names, {len(sur)} surnames (a name in both lists is kept as given only), and {len(wgiven)} weak
given names: the words among en_US's common given names (frequency-weighted, from US Social Security data). Regenerate with
``scripts/make_name_lexicon_intl.py``.

Faker's licence, which covers the name lists this data comes from:

{licence}
"""

GIVEN_NAMES = """
{block(given)}
"""

SURNAMES = """
{block(sur)}
"""

WEAK_GIVEN_NAMES = """
{block(wgiven)}
"""
''',
        encoding="utf-8",
    )
    print(f"{OUT}: {len(given)} given, {len(sur)} surnames, {len(wgiven)} weak given from {len(locales)} locales")
    return 0


if __name__ == "__main__":
    sys.exit(main())
