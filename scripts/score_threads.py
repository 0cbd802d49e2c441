#!/usr/bin/env python3
"""B-cubed precision/recall/F1 of story threads against a synthetic site's truth.

    python scripts/score_threads.py SITE_DIR

Posts the truth leaves standalone count as singletons; so do posts the
threader leaves in no story. Not part of CI.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from pelican_celebmeta.cli import _extract_post, read_post
from pelican_celebmeta.site.model import PostRecord
from pelican_celebmeta.site.resolve import resolve_site
from pelican_celebmeta.site.threads import build_threads, thread_inputs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from bcubed import bcubed


def main(site: Path) -> None:
    truth = json.loads((site / "truth.json").read_text(encoding="utf-8"))
    posts = [read_post(p) for p in sorted((site / "content").glob("*.md"))]
    dates = [p.date.replace(" ", "T") for p in posts]
    facts = [_extract_post(p, d[:10], None, None) for p, d in zip(posts, dates, strict=True)]
    facts = resolve_site(facts, lambda i, idx: _extract_post(posts[i], dates[i][:10], None, idx))
    records = [
        PostRecord(key=p.slug, slug=p.slug, url="", title=p.title, date=d, modified="", facts=f)
        for p, d, f in zip(posts, dates, facts, strict=True)
    ]
    t0 = time.perf_counter()
    stories = build_threads(thread_inputs(records, {}))
    elapsed = time.perf_counter() - t0
    predicted = {key: s.slug for s in stories for key in s.keys}
    gold = {slug: t["thread"] for slug, t in truth.items()}
    p, r, f1 = bcubed(gold, predicted)
    print(
        f"posts={len(posts)} stories={len(stories)} gold_threads={len({v for v in gold.values() if v})} "
        f"bcubed_P={p:.4f} R={r:.4f} F1={f1:.4f} threading_s={elapsed:.3f}"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
