#!/usr/bin/env python3
"""spaCy's PERSON entities on a real-text corpus, scored as the plugin is scored.

    python scripts/eval_spacy_baseline.py CORPUS.jsonl MODEL [--ids a,b]

MODEL is a spaCy package name or a model folder. A lone word that is a word of
a longer PERSON name in the same document is taken as that person (the
surname-to-full-name step a site would need), possessives are dropped, and
each document's names are scored with ``tests/realtext_score.py``. Needs
spaCy and a model installed; not part of the project's dependencies or CI.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from realtext_score import Score, load, score_names


def people(doc) -> list[str]:
    names = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = " ".join(ent.text.replace("’", "'").removesuffix("'s").split())
        if name and name not in names:
            names.append(name)
    full = [n for n in names if len(n.split()) > 1]
    out: list[str] = []
    for name in names:
        if len(name.split()) == 1:
            longer = [f for f in full if name in f.split()]
            if len(longer) == 1:
                name = longer[0]
        if name not in out:
            out.append(name)
    return out


def main() -> None:
    import spacy

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("model")
    parser.add_argument("--ids")
    args = parser.parse_args()
    nlp = spacy.load(args.model, exclude=["lemmatizer"])
    docs = load(args.corpus, set(args.ids.split(",")) if args.ids else None)
    result = Score()
    start = time.perf_counter()
    for doc in docs:
        score_names(doc["id"], doc["people"], people(nlp(doc["text"])), result)
    elapsed = time.perf_counter() - start
    print(f"{result.line()} time={elapsed:.1f}s")


if __name__ == "__main__":
    main()
