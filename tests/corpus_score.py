"""Score the extractor on a hand-annotated corpus.

Two corpora share one format (``posts/*.md``, ``people.yml``, ``truth.json``):
``tests/annotated/`` was written alongside the rules; ``tests/corpus/`` was
written and annotated apart from them and never tuned on, so it is the blind
test. Used by tests/test_corpus.py; runnable alone to print the figures and
every disagreement: ``python tests/corpus_score.py [annotated|corpus]``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from counts import Counts

from pelican_celebmeta.cli import _extract_post, read_post
from pelican_celebmeta.core import load_registry
from pelican_celebmeta.site.resolve import resolve_site

HERE = Path(__file__).parent
CORPUS = HERE / "annotated"
BLIND = HERE / "corpus"


def _norm_place(value: str | None) -> str | None:
    if not value:
        return None
    return value.lower().removeprefix("the ").strip()


@dataclass
class Score(Counts):
    posts: int = 0
    per_post_p: list[float] = field(default_factory=list)
    per_post_r: list[float] = field(default_factory=list)
    salience_ok: int = 0
    salience_n: int = 0
    ev_gold: int = 0
    ev_pred: int = 0
    ev_type_tp: int = 0
    ev_date_ok: int = 0
    ev_attendees_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def mean_post_precision(self) -> float:
        return sum(self.per_post_p) / len(self.per_post_p)

    @property
    def mean_post_recall(self) -> float:
        return sum(self.per_post_r) / len(self.per_post_r)

    def summary(self) -> str:
        return (
            f"posts={self.posts} people micro P={self.precision:.3f} R={self.recall:.3f} "
            f"per-post P={self.mean_post_precision:.3f} R={self.mean_post_recall:.3f} "
            f"salience={self.salience_ok}/{self.salience_n} "
            f"events gold={self.ev_gold} pred={self.ev_pred} type_matched={self.ev_type_tp} "
            f"date_ok={self.ev_date_ok} attendees_ok={self.ev_attendees_ok}"
        )


def score(with_registry: bool = True, corpus: Path = CORPUS) -> Score:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    registry = load_registry(corpus / "people.yml") if with_registry else None
    posts = [read_post(p) for p in sorted((corpus / "posts").glob("*.md"))]
    posts = [p for p in posts if with_registry or not truth[p.slug].get("needs_registry")]
    dates = [p.date[:10] for p in posts]
    facts = [_extract_post(p, d, registry, None) for p, d in zip(posts, dates, strict=True)]
    facts = resolve_site(facts, lambda i, idx: _extract_post(posts[i], dates[i], registry, idx))
    s = Score()
    for post, f in zip(posts, facts, strict=True):
        gold = truth[post.slug]
        want = gold["people"]
        got = {p.name: p.salience for p in f.people}
        tp = len(set(want) & set(got))
        s.posts += 1
        s.tp += tp
        s.fp += len(set(got) - set(want))
        s.fn += len(set(want) - set(got))
        s.per_post_p.append(tp / len(got) if got else 1.0)
        s.per_post_r.append(tp / len(want) if want else 1.0)
        for name in set(want) - set(got):
            s.errors.append(f"{post.slug}: missed {name}")
        for name in set(got) - set(want):
            s.errors.append(f"{post.slug}: extra {name}")
        for name in set(want) & set(got):
            s.salience_n += 1
            if want[name] == got[name]:
                s.salience_ok += 1
            else:
                s.errors.append(f"{post.slug}: {name} is {got[name]}, want {want[name]}")
        pool = list(f.events)
        s.ev_gold += len(gold["events"])
        s.ev_pred += len(f.events)
        for ev in gold["events"]:
            same = [e for e in pool if e.type == ev["type"]]
            if not same:
                s.errors.append(f"{post.slug}: missed event {ev['type']} {ev['date']}")
                continue
            match = next(
                (e for e in same if (e.date.value if e.date else None) == ev["date"]), same[0]
            )
            pool.remove(match)
            s.ev_type_tp += 1
            got_date = match.date.value if match.date else None
            if got_date == ev["date"]:
                s.ev_date_ok += 1
            else:
                s.errors.append(f"{post.slug}: {ev['type']} dated {got_date}, want {ev['date']}")
            if set(match.attendees) == set(ev["attendees"]):
                s.ev_attendees_ok += 1
            else:
                s.errors.append(
                    f"{post.slug}: {ev['type']} attendees {sorted(match.attendees)}, want {sorted(ev['attendees'])}"
                )
        for e in pool:
            s.errors.append(f"{post.slug}: extra event {e.type} {e.date.value if e.date else None}")
    return s


def story_score(corpus: Path = CORPUS) -> tuple[float, float, float]:
    """B-cubed of story threads over the corpus against its annotated storylines."""
    from bcubed import bcubed

    from pelican_celebmeta.site.model import PostRecord
    from pelican_celebmeta.site.threads import build_threads, thread_inputs

    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    registry = load_registry(corpus / "people.yml")
    posts = [read_post(p) for p in sorted((corpus / "posts").glob("*.md"))]
    dates = [p.date.replace(" ", "T") for p in posts]
    facts = [_extract_post(p, d[:10], registry, None) for p, d in zip(posts, dates, strict=True)]
    facts = resolve_site(
        facts, lambda i, idx: _extract_post(posts[i], dates[i][:10], registry, idx)
    )
    records = [
        PostRecord(key=p.slug, slug=p.slug, url="", title=p.title, date=d, modified="", facts=f)
        for p, d, f in zip(posts, dates, facts, strict=True)
    ]
    predicted = {k: s.slug for s in build_threads(thread_inputs(records, {})) for k in s.keys}
    return bcubed({slug: t["story"] for slug, t in truth.items()}, predicted)


if __name__ == "__main__":
    import sys

    chosen = HERE / (sys.argv[1] if len(sys.argv) > 1 else "annotated")
    for flag in (True, False):
        result = score(with_registry=flag, corpus=chosen)
        print(("with registry: " if flag else "no registry:   ") + result.summary())
    precision, recall, f1 = story_score(chosen)
    print(f"stories B-cubed P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    for line in score(corpus=chosen).errors:
        print("  " + line)
