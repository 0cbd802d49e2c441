"""Site events: each report joins the first event of the site it retells, however the
search for candidates is narrowed."""

from __future__ import annotations

import random

from pelican_celebmeta.core.facts import Event, PartialDate, PostFacts
from pelican_celebmeta.site.events import SiteEvent, SiteEvents
from pelican_celebmeta.site.model import PostRecord

PEOPLE = ["Noor Haldane", "Bram Okafor", "Ines Varga", "Theo Marsh", "Someone Unknown"]
DATES = [None, "2022", "2023", "2023-06", "2023-06-10", "2023-07", "2024", "2024-06-10"]
PRECISION = {4: "year", 7: "month", 10: "day"}


def _date(value: str | None) -> PartialDate | None:
    return PartialDate(value, PRECISION[len(value)], value) if value else None


def _posts(seed: int) -> list[PostRecord]:
    rng = random.Random(seed)
    posts = []
    for i in range(60):
        events = tuple(
            Event(
                kind,
                f"{kind} {j}",
                _date(rng.choice(DATES)),
                None,
                tuple(rng.sample(PEOPLE, rng.choice((1, 2, 2, 3)))),
                "",
                j,
            )
            for j, kind in enumerate(
                rng.choices(["wedding", "party", "birth"], k=rng.randint(0, 3))
            )
        )
        facts = PostFacts(published=f"2024-01-{i % 28 + 1:02d}", text="", events=events)
        posts.append(PostRecord(f"p{i:02d}.md", f"p{i}", "", "", "", "", facts))
    return posts


def _each_against_all(posts: list[PostRecord], known: list[str]) -> list[list[tuple[str, int]]]:
    """The same gathering with every report compared with every event of its type."""
    found: list[SiteEvent] = []
    of: list[list[tuple[str, int]]] = []
    judge = SiteEvents([], known)
    for post in posts:
        for i, event in enumerate(post.facts.events):
            mine = frozenset(known).intersection(event.attendees)
            lone = event.date is None and event.type not in ("wedding", "birth")
            number = None
            if not lone:
                number = next(
                    (
                        n
                        for n, e in enumerate(found)
                        if e.type == event.type and judge._same(e, event, mine, post)
                    ),
                    None,
                )
            if number is None:
                number = len(found)
                found.append(SiteEvent(event.type, event.name, None, None, [], event.scheduled))
                of.append([])
            found[number].add(event, post)
            of[number].append((post.key, i))
    return of


def test_reports_join_the_events_they_would_join_compared_with_every_event():
    known = PEOPLE[:4]
    for seed in range(40):
        posts = _posts(seed)
        events = SiteEvents(posts, known)
        grouped = [[(post.key, i) for post, i in _reports(e, posts)] for e in events.all]
        assert grouped == _each_against_all(posts, known), seed


def _reports(event: SiteEvent, posts: list[PostRecord]) -> list[tuple[PostRecord, int]]:
    """Each report of ``event`` as (post, index of the event in the post)."""
    out = []
    for reported, post in event.reports:
        out.append((post, next(i for i, e in enumerate(post.facts.events) if e is reported)))
    return out
