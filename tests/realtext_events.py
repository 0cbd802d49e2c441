"""Score event finding on real annotated text: (type, date at its precision) pairs.

Texts are a ``tests/realtext_score.py`` corpus; the events of each document
are a second JSON Lines file ``{"id", "events": [{"type", "date", "future",
"attendees", "place"}]}``, ``date`` being "YYYY", "YYYY-MM", "YYYY-MM-DD" or
null. A found event is right when an annotated event of the document has the
same type and the same date at the same precision (both undated counts); each
annotated event is matched once. An event of the right type with a wrong date
is wrong. Attendees are judged on the events matched by type alone (paired best
first: the same date, then the most people shared): right when the people found
are exactly the annotated ones (by any of their forms).

    python tests/realtext_events.py TEXTS.jsonl EVENTS.jsonl [--ids a,b] [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from counts import Counts
from realtext_score import load, norm, read, report, untitled


@dataclass
class EventScore(Counts):
    typed: Counts = field(default_factory=Counts)  # type alone, dates ignored
    attendees_ok: int = 0
    attendees_n: int = 0
    wrong: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        share = self.attendees_ok / self.attendees_n if self.attendees_n else 0.0
        return (
            f"events={self.tp + self.fn} found={self.tp + self.fp} "
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"type-only P={self.typed.precision:.3f} R={self.typed.recall:.3f} "
            f"F1={self.typed.f1:.3f} attendees={self.attendees_ok}/{self.attendees_n} ({share:.2f})"
        )


def load_events(path: Path) -> dict[str, list[dict]]:
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {row["id"]: row["events"] for row in rows}


def _who(names: list[str], people: list[dict]) -> frozenset[str]:
    """Found names as annotated people (a name no one answers to stays itself)."""
    exact = [{norm(p["name"]), *(norm(f) for f in p.get("forms", ()))} for p in people]
    loose = [k | {untitled(f) for f in k} for k in exact]
    out = set()
    for name in names:
        hit = next((p["name"] for p, k in zip(people, exact, strict=True) if norm(name) in k), None)
        if hit is None:
            mine = {norm(name), untitled(norm(name))}
            hit = next((p["name"] for p, k in zip(people, loose, strict=True) if mine & k), None)
        out.add(norm(hit or name))
    return frozenset(out)


def score_doc(doc: dict, gold: list[dict], found: list, result: EventScore) -> None:
    want = Counter((e["type"], e.get("date")) for e in gold)
    for event in found:
        pair = (event.type, event.date.value if event.date else None)
        if want[pair] > 0:
            want[pair] -= 1
            result.tp += 1
        else:
            result.fp += 1
            result.wrong.append((doc["id"], f"{pair[0]} {pair[1]}: {event.sentence[:80]}"))
    for (kind, date), n in want.items():
        result.fn += n
        result.missed.extend([(doc["id"], f"{kind} {date}")] * n)
    # Type alone, and attendees of the events matched by type. Of several annotated
    # events of the type, found and annotated events are paired best first: same date,
    # then most people shared (a post of five premieres has five casts).
    people = doc.get("people", [])
    mine = [_who(list(e.attendees), people) for e in found]
    theirs = [_who(g.get("attendees", []), people) for g in gold]
    pairs = []
    for i, event in enumerate(found):
        date = event.date.value if event.date else None
        for j, g in enumerate(gold):
            if g["type"] == event.type:
                union = mine[i] | theirs[j]
                shared = len(mine[i] & theirs[j]) / len(union) if union else 1.0
                pairs.append((g.get("date") == date, shared, -i, -j))
    paired: dict[int, int] = {}
    for _, _, i, j in sorted(pairs, reverse=True):
        if -i not in paired and -j not in paired.values():
            paired[-i] = -j
    result.typed.tp += len(paired)
    result.typed.fp += len(found) - len(paired)
    result.typed.fn += len(gold) - len(paired)
    result.attendees_n += len(paired)
    result.attendees_ok += sum(mine[i] == theirs[j] for i, j in paired.items())


def score(docs: list[dict], events: dict[str, list[dict]], site: bool = True) -> EventScore:
    docs = [d for d in docs if d["id"] in events]
    result = EventScore()
    for doc, facts in zip(docs, read(docs, site), strict=True):
        score_doc(doc, events[doc["id"]], list(facts.events), result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("events", type=Path)
    parser.add_argument("--ids", help="comma-separated document ids to score")
    parser.add_argument("--show", action="store_true", help="list every wrong and missed event")
    args = parser.parse_args()
    ids = set(args.ids.split(",")) if args.ids else None
    result = score(load(args.texts, ids), load_events(args.events))
    report(result, args.show)


if __name__ == "__main__":
    main()
