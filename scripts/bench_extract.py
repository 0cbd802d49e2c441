#!/usr/bin/env python3
"""Median time to extract one post beside Pelican's own reading of it, in one run.

    python scripts/bench_extract.py SITE_DIR [--repeat 3]

Times ``extract()`` alone (Markdown is rendered beforehand, as Pelican
does) and Pelican's ``MarkdownReader`` on the same file, alternating post by
post so that both see the same machine; the word lists load once before
timing. Prints the ratio of the medians. Not part of CI.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from pelican_celebmeta.cli import read_post
from pelican_celebmeta.core import extract
from pelican_celebmeta.core.lexicon import lexicon


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    posts = [read_post(p) for p in sorted((args.site / "content").glob("*.md"))]
    started = time.perf_counter()
    lexicon()
    extract("<p>Tom Cruise met Elsina Khayrova on 3 March 2023.</p>", "2024-02-14")
    warmup = time.perf_counter() - started
    from pelican.readers import MarkdownReader
    from pelican.settings import DEFAULT_CONFIG

    reader = MarkdownReader(dict(DEFAULT_CONFIG))
    paths = sorted((args.site / "content").glob("*.md"))
    timings = []
    markdown = []
    for _ in range(args.repeat):
        for path, post in zip(paths, posts, strict=True):
            t = time.perf_counter()
            reader.read(str(path))
            markdown.append(time.perf_counter() - t)
            t = time.perf_counter()
            extract(post.html, post.date[:10], title=post.title)
            timings.append(time.perf_counter() - t)
    words = sum(len(p.html.split()) for p in posts) / len(posts)
    median = statistics.median(timings) * 1000
    p95 = statistics.quantiles(timings, n=20)[-1] * 1000
    md = statistics.median(markdown) * 1000
    print(
        f"posts={len(posts)} words_per_post~{words:.0f} median_ms={median:.3f} p95_ms={p95:.3f} "
        f"markdown_median_ms={md:.3f} ratio={median / md:.2f} "
        f"ms_per_1000_words={median * 1000 / words:.3f} one_off_load_s={warmup:.2f}"
    )


if __name__ == "__main__":
    main()
