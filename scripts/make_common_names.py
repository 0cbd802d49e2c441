#!/usr/bin/env python3
"""Write pelican_celebmeta/core/data/common_names.txt from the two name lists.

    python scripts/make_common_names.py [--check]

The site layer asks one question of the name lists, whether a word is a first
name or surname shared by many people ("Joe", "Miller"), and should not load
~90,000 names into the build's own process to ask it. This file holds just
the words of frequency class 5 or more of given_names.txt or surnames.txt.
``--check`` exits 1 when the file is out of date (the suite runs it).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from pelican_celebmeta.core.lexicon import COMMON_CLASS

DATA = Path(__file__).resolve().parents[1] / "pelican_celebmeta" / "core" / "data"
_ROW = re.compile(r"^([^\t\n#][^\t\n]*)\t(?:[^\t\n]*\t)?(\d+)$", re.M)


def render() -> str:
    words: set[str] = set()
    for name in ("given_names.txt", "surnames.txt"):
        text = (DATA / name).read_text("utf-8")
        words.update(w for w, n in _ROW.findall(text) if int(n) >= COMMON_CLASS)
    head = (
        "# First names and surnames shared by many people: every entry of frequency class\n"
        f"# {COMMON_CLASS} or more in given_names.txt or surnames.txt (see README.txt there).\n"
        "# Made by scripts/make_common_names.py; do not edit by hand.\n"
    )
    return head + "".join(f"{w}\n" for w in sorted(words))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    out = DATA / "common_names.txt"
    text = render()
    if args.check:
        sys.exit(0 if out.read_text("utf-8") == text else 1)
    out.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
