#!/usr/bin/env python3
"""Join article texts read again from stored copies with the answer keys in docs/evaluation/.

    PYTHONPATH=. python scripts/join_texts.py TEXTS.jsonl [TEXTS.jsonl ...] --out DIR

Each input line is ``{"set": "gossip6", "id": "g6-001", "text": ...}`` (lines without a
text are articles not found again). For every set named, writes ``DIR/SET.jsonl`` in the
form ``tests/realtext_score.py`` reads and ``DIR/SET-events.jsonl`` for
``tests/realtext_events.py``, and prints what was kept.

A copy read again may begin or end elsewhere than the one the key was made from, so each
text loses a last sentence the copy cut short ("... with Bill G"), is cut after the last
paragraph that names an annotated person (by any of the forms the key gives), and a person
the text no longer names is left out of its key. Not part of CI: the texts belong to their
publishers and are never stored here.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from pelican_celebmeta.core.slugs import fold as slug_fold

KEYS = Path(__file__).resolve().parents[1] / "docs" / "evaluation"


def fold(text: str) -> str:
    """Case, accents and curly apostrophes aside, as the scorer compares names."""
    return slug_fold(text.replace("’", "'")).casefold()


# The stored copies stop at a length, most often inside a sentence ("... with Bill G"):
# what follows the last sentence's end is a fragment no article holds.
_LAST_END = re.compile(r"[.!?][\"”’')]*(?=\s)|\n")


def finished(text: str) -> str:
    """``text`` without a last sentence the copy cut short."""
    text = text.rstrip()
    if text[-1:] in ".!?\"”’')":
        return text
    ends = [m.end() for m in _LAST_END.finditer(text)]
    return text[: ends[-1]].rstrip() if ends else text


def join(key: dict, text: str) -> tuple[dict, int, int]:
    """The scorer's row for one article, with the pairs and paragraphs it lost."""
    paragraphs = finished(text).split("\n\n")
    folded = [fold(p) for p in paragraphs]
    forms = [fold(f) for p in key["people"] for f in (p["name"], *p["forms"])]
    last = max(
        (i for i, p in enumerate(folded) if any(f in p for f in forms)),
        default=len(paragraphs) - 1,
    )
    kept = "\n\n".join(paragraphs[: last + 1])
    whole = fold(kept)
    people = [p for p in key["people"] if any(fold(f) in whole for f in (p["name"], *p["forms"]))]
    row = {"id": key["id"], "text": kept, "people": people}
    for field in ("date", "split"):
        if key.get(field):
            row[field] = key[field]
    return row, len(key["people"]) - len(people), len(paragraphs) - last - 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    found: dict[tuple[str, str], str] = {}
    for path in args.texts:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("text"):
                found[(row["set"], row["id"])] = row["text"]
    args.out.mkdir(parents=True, exist_ok=True)
    for name in sorted({s for s, _ in found}):
        counts: Counter[str] = Counter()
        keys = KEYS / f"{name}-people.jsonl"
        events_path = KEYS / f"{name}-events.jsonl"
        events = {}
        if events_path.exists():
            for line in events_path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                events[row["id"]] = line
        with (
            (args.out / f"{name}.jsonl").open("w", encoding="utf-8") as texts_out,
            (args.out / f"{name}-events.jsonl").open("w", encoding="utf-8") as events_out,
        ):
            for line in keys.read_text(encoding="utf-8").splitlines():
                key = json.loads(line)
                text = found.get((name, key["id"]))
                if text is None:
                    counts["not found"] += 1
                    continue
                row, lost, cut = join(key, text)
                counts["articles"] += 1
                counts["pairs"] += len(row["people"])
                counts["pairs left out"] += lost
                counts["paragraphs cut"] += cut
                texts_out.write(json.dumps(row, ensure_ascii=False) + "\n")
                if key["id"] in events:
                    events_out.write(events[key["id"]] + "\n")
        print(name, ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
