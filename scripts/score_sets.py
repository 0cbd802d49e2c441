#!/usr/bin/env python3
"""Score every real-text set in a folder: people and events, each set and in total.

    python scripts/score_sets.py DIR [SET ...] [--no-site]

DIR holds ``SET.jsonl`` and ``SET-events.jsonl`` as ``scripts/join_texts.py`` writes them.
Prints one line a set (people P / R / F1, events P / R / F1, attendee sets right) and the
totals over the sets named (all in DIR by default). Not part of CI: the texts are never
stored here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from counts import Counts
from realtext_events import load_events
from realtext_events import score as score_events
from realtext_score import load
from realtext_score import score as score_people


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--no-site", action="store_true", help="read each post alone")
    args = parser.parse_args()
    names = args.sets or sorted(
        p.stem for p in args.dir.glob("*.jsonl") if not p.stem.endswith("-events")
    )
    people, events = Counts(), Counts()
    right = typed = 0
    for name in names:
        docs = load(args.dir / f"{name}.jsonl")
        p = score_people(docs, site=not args.no_site)
        people.tp, people.fp, people.fn = people.tp + p.tp, people.fp + p.fp, people.fn + p.fn
        line = f"{name:<10} people {p.precision:.3f} / {p.recall:.3f} / {p.f1:.3f}"
        keys = args.dir / f"{name}-events.jsonl"
        if keys.exists():
            e = score_events(docs, load_events(keys), site=not args.no_site)
            events.tp, events.fp, events.fn = events.tp + e.tp, events.fp + e.fp, events.fn + e.fn
            right, typed = right + e.attendees_ok, typed + e.attendees_n
            line += (
                f"  events {e.precision:.3f} / {e.recall:.3f} / {e.f1:.3f}"
                f" ({e.tp + e.fn})  attendees {e.attendees_ok}/{e.attendees_n}"
            )
        print(line)
    print(
        f"{'total':<10} people {people.precision:.3f} / {people.recall:.3f} / {people.f1:.3f}"
        f"  events {events.precision:.3f} / {events.recall:.3f} / {events.f1:.3f}"
        f" ({events.tp + events.fn})  attendees {right}/{typed}"
    )


if __name__ == "__main__":
    main()
