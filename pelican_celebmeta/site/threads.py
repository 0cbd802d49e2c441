"""Story threads: posts that follow the same people, linked without tagging.

Posts are read oldest first. Each joins the open story whose core people
it shares most, weighing each person by how rare they are among the posts
read so far (a host who is the subject of every tenth post says little),
or starts a story of its own. Only a post's *main* people count; someone
mentioned in passing never joins two stories.

Stability: every decision uses only older posts (the rarity weights too),
so adding a newer post never changes an older post's story, and a story's
slug comes from the people of its first post. The same people after a long
silence (``gap_days``) start a new story, ``<slug>-2``. The candidates for a
post come from an index person -> stories, never from all pairs.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from ..core.slugs import slugify
from .model import PostRecord, site_people

NO_STORY = "none"


@dataclass(frozen=True, slots=True)
class ThreadingSettings:
    gap_days: int = 365  # silence after which the same people start a new story
    min_share: float = 0.5  # weighted overlap a post needs to join a story
    common_share: float = 0.4  # a person who leads more posts than this links nothing
    min_posts: int = 2  # stories with fewer posts are not shown


@dataclass(frozen=True, slots=True)
class ThreadInput:
    """What threading needs of one post."""

    key: str
    date: str  # ISO date-time; only the date part is used for gaps
    main: tuple[str, ...]  # main people, in the post's order
    story: str | None = None  # author's override: a slug, or "none"


@dataclass(slots=True)
class Story:
    slug: str
    people: list[str]  # the founding people, then others who became core
    keys: list[str] = field(default_factory=list)  # posts, oldest first
    last_day: dt.date | None = None
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    named: bool = False  # made by a `story:` override
    order: int = 0  # creation order, for deterministic ties

    def core(self) -> set[str]:
        """People who lead at least half of the story's posts."""
        n = len(self.keys)
        return {p for p, c in self.counts.items() if c * 2 >= n} or set(self.people)


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def thread_inputs(
    posts: Sequence[PostRecord],
    overrides: dict[str, str | None],
    known: Collection[str] | None = None,
) -> list[ThreadInput]:
    """What threading reads of each post: its main people the site can tell apart
    (``known``, the site model's people, or else ``site_people`` of ``posts``)."""
    if known is None:
        known = site_people(posts)
    return [
        ThreadInput(
            key=p.key,
            date=p.date,
            main=tuple(x.name for x in p.facts.people if x.salience == "main" and x.name in known),
            story=overrides.get(p.key),
        )
        for p in posts
        if not p.translation_of
    ]


def build_threads(
    posts: Sequence[ThreadInput], settings: ThreadingSettings = ThreadingSettings()
) -> list[Story]:
    """Group posts into stories; returns stories with at least ``min_posts`` posts."""
    ordered = sorted(posts, key=lambda p: (p.date, p.key))
    stories: list[Story] = []
    by_slug: dict[str, Story] = {}
    open_by_person: dict[str, list[Story]] = defaultdict(list)
    led: dict[str, int] = defaultdict(int)  # person -> posts they led so far
    seen = 0
    for post in ordered:
        day = _day(post.date)
        seen += 1
        for person in post.main:
            led[person] += 1
        if post.story and post.story.strip().lower() == NO_STORY:
            continue
        if post.story:
            slug = slugify(post.story)
            story = by_slug.get(slug)
            if story is None:
                story = Story(slug, list(post.main), named=True, order=len(stories))
                stories.append(story)
                by_slug[slug] = story
            _add(story, post, day, open_by_person)
            continue

        best: tuple[float, int, Story] | None = None
        candidates: dict[int, Story] = {}
        for person in post.main:
            still_open = []
            for story in open_by_person.get(person, ()):
                # Posts come oldest first: a story silent for too long stays closed.
                if (day - story.last_day).days <= settings.gap_days:
                    still_open.append(story)
                    candidates[story.order] = story
            open_by_person[person] = still_open
        for story in candidates.values():
            if story.named:
                continue
            core = story.core()
            mine = set(post.main)
            union = sum(_weight(p, led, seen, settings) for p in core | mine)
            if union <= 0:
                continue
            share = sum(_weight(p, led, seen, settings) for p in core & mine) / union
            rank = (share, -story.order, story)
            if share >= settings.min_share and (best is None or rank[:2] > best[:2]):
                best = rank
        if best is not None:
            _add(best[2], post, day, open_by_person)
            continue
        if not post.main:
            continue
        base = "-".join(slugify(p) for p in post.main[:3])
        slug, n = base, 1
        while slug in by_slug:
            n += 1
            slug = f"{base}-{n}"
        story = Story(slug, list(post.main), order=len(stories))
        stories.append(story)
        by_slug[slug] = story
        _add(story, post, day, open_by_person)
    return [s for s in stories if len(s.keys) >= settings.min_posts]


def _weight(person: str, led: dict[str, int], seen: int, settings: ThreadingSettings) -> float:
    """Rarer people say more: log(1 + posts / posts they led); the ubiquitous say nothing."""
    if seen >= 20 and led[person] / seen > settings.common_share:
        return 0.0
    return math.log(1 + seen / led[person])


def _add(story: Story, post: ThreadInput, day: dt.date, index: dict[str, list[Story]]) -> None:
    story.keys.append(post.key)
    story.last_day = day if story.last_day is None else max(story.last_day, day)
    for person in post.main:
        story.counts[person] += 1
        if story.counts[person] == 1:
            index[person].append(story)
