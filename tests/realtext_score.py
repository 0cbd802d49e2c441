"""Score person finding on real annotated text, one (document, person) pair at a time.

A corpus is JSON Lines: ``{"id", "text", "date"?, "people": [{"name", "forms"}]}``,
``forms`` being every spelling the text uses for that person. A found person
counts as right when its name is the annotated name or one of those forms
(accents, case and curly apostrophes aside); each (document, person) pair is
counted once. A second found person matching the same one ("Joe Budden" and
a misspelt "Joy Budden") is not a wrong person but a duplicate, counted apart. Used by ``tests/test_realtext.py``; runnable alone:

    python tests/realtext_score.py CORPUS.jsonl [--no-site] [--ids a,b] [--held-out] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from counts import Counts

from pelican_celebmeta.core.facts import PostFacts
from pelican_celebmeta.core.pipeline import extract_text
from pelican_celebmeta.site.resolve import resolve_site

GUM = Path(__file__).parent / "realtext" / "gum" / "train.jsonl"
DEFAULT_DATE = "2024-01-01"


# A nickname quoted inside a name ('William "Cowboy" Cowley'): the same person with
# or without it, whichever way a corpus or the extractor writes the name.
_NICKNAME = re.compile(r"\s[\"“‘'][^\"“”‘’'\n]{1,30}[\"”’']\s")


def norm(name: str) -> str:
    name = _NICKNAME.sub(" ", name.replace("’", "'").removesuffix("'s"))
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace(".", " ").split())


# Titles before a name and a realm after it: "Princess Estelle", "Queen Silvia of Sweden"
# and "Estelle", "Silvia" name one person, whichever way a key or the extractor writes it.
_TITLES = frozenset(
    "prince princess queen king crown duke duchess emperor empress sheikh sheikha "
    "lady lord sir dame hrh".split()
)
_REALM = re.compile(r" of [a-z][a-z ]*$")


def untitled(normed: str) -> str:
    """A ``norm``-ed name without titles in front or a realm behind, if a name is left."""
    words = normed.split()
    while len(words) > 1 and words[0] in _TITLES and words[1] != "of":
        words = words[1:]
    bare = " ".join(words)
    return _REALM.sub("", bare) if bare != normed else bare


@dataclass
class Score(Counts):
    duplicates: int = 0
    wrong: list[tuple[str, str]] = field(default_factory=list)  # (doc, found name)
    missed: list[tuple[str, str]] = field(default_factory=list)  # (doc, annotated name)

    def line(self) -> str:
        return (
            f"pairs={self.tp + self.fn} found={self.tp + self.fp} "
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"duplicates={self.duplicates}"
        )


def held_out(doc_id: str) -> bool:
    """Documents the person model never learns from: scored by the suite instead.

    The Broad Twitter Corpus's own test section (F) and every fifth wikigold
    article. GUM's dev and test documents are not in the repository at all.
    """
    if doc_id.startswith("btc-f-"):
        return True
    return doc_id.startswith("wikigold-") and int(doc_id.rsplit("-", 1)[1]) % 5 == 0


def load(path: Path, ids: set[str] | None = None, held: bool | None = None) -> list[dict]:
    """A corpus's documents: only ``ids`` if given; only held-out (or only training)
    documents if ``held`` is True (False)."""
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return [
        d
        for d in docs
        if (ids is None or d["id"] in ids) and (held is None or held_out(d["id"]) == held)
    ]


def read(docs: list[dict], site: bool = True) -> list[PostFacts]:
    """Each document's facts, with names resolved across the corpus as on a site."""
    dates = [d.get("date") or DEFAULT_DATE for d in docs]
    facts = [extract_text(d["text"], date) for d, date in zip(docs, dates, strict=True)]
    if site:
        facts = resolve_site(
            facts, lambda i, known: extract_text(docs[i]["text"], dates[i], known=known)
        )
    return facts


def score_names(doc_id: str, gold: list[dict], found: list[str], score: Score) -> None:
    exact = [{norm(g["name"]), *(norm(f) for f in g.get("forms", ()))} for g in gold]
    loose = [k | {untitled(f) for f in k} for k in exact]
    matched: set[int] = set()
    for name in found:
        # The spelling itself first ("Anne" is Anne Robinson's form, not Princess Anne's).
        hit = next((i for i, k in enumerate(exact) if norm(name) in k), None)
        if hit is None:
            mine = {norm(name), untitled(norm(name))}
            hit = next((i for i, k in enumerate(loose) if mine & k), None)
        if hit is None:
            score.fp += 1
            score.wrong.append((doc_id, name))
        elif hit in matched:
            score.duplicates += 1
        else:
            matched.add(hit)
            score.tp += 1
    for i, g in enumerate(gold):
        if i not in matched:
            score.fn += 1
            score.missed.append((doc_id, g["name"]))


def score(docs: list[dict], site: bool = True) -> Score:
    result = Score()
    for doc, facts in zip(docs, read(docs, site), strict=True):
        score_names(doc["id"], doc["people"], [p.name for p in facts.people], result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=GUM)
    parser.add_argument("--no-site", action="store_true")
    parser.add_argument("--ids", help="comma-separated document ids to score")
    parser.add_argument("--show", action="store_true", help="list every wrong and missed name")
    parser.add_argument(
        "--held-out", action="store_true", help="only documents the model did not learn from"
    )
    args = parser.parse_args()
    ids = set(args.ids.split(",")) if args.ids else None
    result = score(load(args.corpus, ids, True if args.held_out else None), site=not args.no_site)
    report(result, args.show)


def report(result: Any, show: bool) -> None:
    """The figures line, after every wrong and missed item when ``show``."""
    if show:
        for doc, what in result.wrong:
            print(f"wrong  {doc}: {what}")
        for doc, what in result.missed:
            print(f"missed {doc}: {what}")
    print(result.line())


if __name__ == "__main__":
    main()
