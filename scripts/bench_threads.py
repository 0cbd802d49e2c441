#!/usr/bin/env python3
"""Threading time at 10,000 and 100,000 posts, and how it grows.

    python scripts/bench_threads.py [--shared ../shared] [--sizes 10000 100000]

Posts come from the shared synthetic-site planner (``make_site.plan_posts``):
each post's main people are its storyline's people (a standalone post's
subject and a companion), so this times threading alone, without reading
text. Also prints B-cubed F1 against the planner's storylines. Not part of CI.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from pathlib import Path

from pelican_celebmeta.site.threads import ThreadInput, build_threads

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from bcubed import bcubed


def load_make_site(shared: Path):
    spec = importlib.util.spec_from_file_location("make_site", shared / "bench" / "make_site.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_site"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class _Person:
    def __init__(self, name: str) -> None:
        self.name = name


def inputs(make_site, n: int, seed: int = 1) -> tuple[list[ThreadInput], dict[str, str | None]]:
    rng = random.Random(seed)
    # make_site's own cast tops out at 1,280 distinct names: enough for its sites,
    # too few for 100,000 posts, so the people here are numbered.
    cast = [_Person(f"Person {i:05d}") for i in range(max(40, n // 10))]
    posts, gold = [], {}
    for i, slot in enumerate(make_site.plan_posts(rng, n, cast)):
        leads = [p.name for p in slot.leads]
        if len(leads) == 1:  # a standalone post: its subject and a companion
            leads.append(rng.choice([p for p in cast if p.name != leads[0]]).name)
        key = f"p{i:06d}"
        posts.append(ThreadInput(key, f"{slot.date.isoformat()}T12:00:00", tuple(leads)))
        gold[key] = slot.thread
    return posts, gold


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared"
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    make_site = load_make_site(args.shared)
    previous = None
    for n in args.sizes:
        posts, gold = inputs(make_site, n)
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            stories = build_threads(posts)
            runs.append(time.perf_counter() - t0)
        best = min(runs)
        predicted = {k: s.slug for s in stories for k in s.keys}
        p, r, f1 = bcubed(gold, predicted)
        growth = f" per_post_vs_previous={best / n / previous:.2f}x" if previous else ""
        print(
            f"posts={n} stories={len(stories)} seconds={best:.3f} us_per_post={best / n * 1e6:.1f}"
            f" bcubed_P={p:.4f} R={r:.4f} F1={f1:.4f}{growth}"
        )
        previous = best / n


if __name__ == "__main__":
    main()
