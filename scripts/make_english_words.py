"""Regenerate ``src/mmfundusclip/text/_english_words.py``: the lower-case words of an English dictionary.

    python3 scripts/make_english_words.py   # needs /usr/share/dict/words (Debian: wamerican)

The de-identifier decides whether an unknown capitalised word after a cue can be a name ("Checked by:
Sioned", "Patient Transport"). A name lexicon cannot answer "is this an ordinary word?"; Debian's
``wamerican`` list (SCOWL, size 50; permissive licence, embedded in the output) can. Kept: its
lower-case ASCII entries of at least 3 letters, written as one space-separated string. The list is
read only by this script; the package ships the generated module.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "mmfundusclip" / "text" / "_english_words.py"
WORDS = Path("/usr/share/dict/words")
COPYRIGHT = Path("/usr/share/doc/wamerican/copyright")


def main() -> int:
    words = sorted(
        {
            w
            for w in WORDS.read_text(encoding="utf-8").split()
            if w.islower() and w.isascii() and w.isalpha() and len(w) >= 3
        }
    )
    try:
        version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "wamerican"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        version = "unknown"
    licence = "\n".join(("    " + line).rstrip() for line in COPYRIGHT.read_text(encoding="utf-8").splitlines())
    body = "\n".join(words)
    OUT.write_text(
        f'''r"""English word list for the de-identifier (generated data, do not edit by hand).

Source: Debian's ``wamerican`` {version} (SCOWL word lists by Kevin Atkinson; licence below). Kept: its
lower-case ASCII entries of at least 3 letters ({len(words)} words), one per line. Regenerate with
``scripts/make_english_words.py``.

The licence of the word lists, as Debian ships it:

{licence}
"""

WORDS = """
{body}
"""
''',
        encoding="utf-8",
    )
    print(f"wrote {OUT}: {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
