#!/usr/bin/env python3
"""Score extraction against a synthetic site's truth.json.

    python scripts/score_synthetic.py SITE_DIR

SITE_DIR is written by make_site.py (content/*.md and truth.json). Prints
person precision/recall (micro over posts, and the share of posts read
perfectly) and event recall/precision by type and date. Not part of CI.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from pelican_celebmeta.cli import _extract_post, read_post
from pelican_celebmeta.site.resolve import resolve_site


def main(site: Path) -> None:
    truth = json.loads((site / "truth.json").read_text(encoding="utf-8"))
    posts = [read_post(p) for p in sorted((site / "content").glob("*.md"))]
    dates = [p.date[:10] for p in posts]
    facts = [_extract_post(p, d, None, None) for p, d in zip(posts, dates, strict=True)]
    facts = resolve_site(facts, lambda i, idx: _extract_post(posts[i], dates[i], None, idx))
    tp = fp = fn = perfect = 0
    misses: Counter[str] = Counter()
    extras: Counter[str] = Counter()
    ev_tp = ev_fn = ev_fp = 0
    ev_date_ok = 0
    for post, f in zip(posts, facts, strict=True):
        gold = set(truth[post.slug]["people"])
        got = {p.name for p in f.people}
        tp += len(gold & got)
        fp += len(got - gold)
        fn += len(gold - got)
        perfect += gold == got
        misses.update(gold - got)
        extras.update(got - gold)
        gold_events = [(e["type"], e["date"]) for e in truth[post.slug]["events"]]
        got_events = [(e.type, e.date.value if e.date else None) for e in f.events]
        pool = list(got_events)
        for kind, date in gold_events:
            same = [g for g in pool if g[0] == kind]
            if same:
                ev_tp += 1
                match = next((g for g in same if g[1] == date), same[0])
                ev_date_ok += match[1] == date
                pool.remove(match)
            else:
                ev_fn += 1
        # Premieres in outfit sentences are real events the truth file does not list.
        ev_fp += len([g for g in pool if g[0] != "premiere"])
    n = len(posts)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"posts={n} people P={p:.4f} R={r:.4f} perfect_posts={perfect / n:.4f}")
    print(
        f"events found={ev_tp}/{ev_tp + ev_fn} recall={ev_tp / max(1, ev_tp + ev_fn):.4f} "
        f"date_correct={ev_date_ok / max(1, ev_tp):.4f} extra_non_premiere={ev_fp}"
    )
    print("most missed:", misses.most_common(8))
    print("most extra:", extras.most_common(8))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
