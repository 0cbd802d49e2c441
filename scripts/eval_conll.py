#!/usr/bin/env python3
"""Person detection on the CoNLL-2003 English dev set, scored by the shared scorer.

    python scripts/eval_conll.py [--shared ../shared] [--no-site]

The data is research data: ``conll2003.py`` fetches it into ~/.cache and it
is never stored in this repository. Prints the scorer's figures and the time
per 1,000 words (the word lists' one-off load excluded, reported apart).
Not part of CI.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pelican_celebmeta.core.lexicon import lexicon
from pelican_celebmeta.core.pipeline import extract_text
from pelican_celebmeta.site.resolve import resolve_site


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared"
    )
    parser.add_argument("--no-site", action="store_true", help="resolve names per document only")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    gold, inputs, pred = work / "gold.jsonl", work / "input.jsonl", work / "pred.jsonl"
    subprocess.run(
        [sys.executable, args.shared / "tools" / "conll2003.py", "dev", gold, inputs],
        check=True,
        capture_output=True,
    )
    docs = [json.loads(line) for line in inputs.read_text(encoding="utf-8").splitlines() if line]
    t0 = time.perf_counter()
    lexicon()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    date = "1996-08-30"
    facts = [extract_text(d["text"], date) for d in docs]
    if not args.no_site:
        facts = resolve_site(facts, lambda i, idx: extract_text(docs[i]["text"], date, known=idx))
    elapsed = time.perf_counter() - t0
    with pred.open("w", encoding="utf-8") as fh:
        for d, f in zip(docs, facts, strict=True):
            spans = sorted({(m.start, m.end) for p in f.people for m in p.mentions})
            fh.write(json.dumps({"id": d["id"], "people": [list(s) for s in spans]}) + "\n")
    score = subprocess.run(
        [sys.executable, args.shared / "tools" / "ner_score.py", gold, pred],
        check=True,
        capture_output=True,
        text=True,
    )
    print(score.stdout.strip())
    words = sum(len(d["text"].split()) for d in docs)
    print(
        f"docs={len(docs)} words={words} site_resolution={not args.no_site} "
        f"ms_per_1000_words={elapsed * 1e6 / words:.1f} one_off_load_s={load:.2f}"
    )


if __name__ == "__main__":
    main()
