"""What the site shows of story threads: story pages, positions, related posts."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .events import SiteEvent
from .model import PostRecord, SiteModel, timeline_key
from .threads import Story, ThreadingSettings, build_threads, thread_inputs


@dataclass(slots=True)
class StoryView:
    slug: str
    title: str
    url: str
    people: list[str]  # canonical names, founders first
    posts: list[PostRecord]  # oldest first
    events: list[tuple[SiteEvent, PostRecord]]  # chronological, each event once

    @property
    def updated(self) -> str:
        return self.posts[-1].date


@dataclass(frozen=True, slots=True)
class Position:
    story: StoryView
    index: int  # 0-based

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def previous(self) -> PostRecord | None:
        return self.story.posts[self.index - 1] if self.index > 0 else None

    @property
    def next(self) -> PostRecord | None:
        posts = self.story.posts
        return posts[self.index + 1] if self.index + 1 < len(posts) else None


def _title(names: Sequence[str], slug: str) -> str:
    if not names:
        return slug.replace("-", " ").title()
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def build_stories(
    model: SiteModel,
    overrides: dict[str, str | None],
    url_pattern: str,
    settings: ThreadingSettings,
) -> tuple[list[StoryView], dict[str, Position]]:
    """Stories most recent first, and each post's place in its story (by post key)."""
    stories: list[Story] = build_threads(
        thread_inputs(model.posts, overrides, model.people), settings
    )
    records = {p.key: p for p in model.posts}
    views: list[StoryView] = []
    for story in stories:
        posts = sorted((records[k] for k in story.keys), key=lambda p: (p.date, p.key))
        # Each event once, however many of the story's posts report it.
        told = {
            id(e): (e, p)
            for p in reversed(posts)
            for e in (model.events.of(p, i) for i in range(len(p.facts.events)))
        }
        events = sorted(told.values(), key=timeline_key)
        people = list(dict.fromkeys(story.people + sorted(story.core())))
        views.append(
            StoryView(
                story.slug,
                _title(story.people[:3], story.slug),
                url_pattern.format(slug=story.slug),
                people,
                posts,
                events,
            )
        )
    views.sort(key=lambda v: (v.updated, v.slug), reverse=True)
    positions: dict[str, Position] = {}
    for view in views:
        for i, post in enumerate(view.posts):
            positions[post.key] = Position(view, i)
    # A translation sits where its original sits.
    for post in model.posts:
        if post.translation_of and post.translation_of in positions:
            positions[post.key] = positions[post.translation_of]
    return views, positions


class RelatedPosts:
    """For each post, others about its people outside its own story, rarest people first.

    A post is only compared with the ``window`` posts on either side of it in
    each of its people's timelines: the nearest in time are the relevant ones,
    and the work per post stays the same however many posts a person gathers.
    A post's list is worked out when first asked for, so a theme that never
    shows related posts costs its build nothing.
    """

    def __init__(
        self,
        model: SiteModel,
        positions: dict[str, Position],
        limit: int = 5,
        window: int = 15,
    ) -> None:
        self.limit = limit
        self.window = window
        self._people = model.people
        self._posts = {p.key: p for p in model.posts if not p.translation_of}
        total = len(self._posts) or 1
        self._weight = {
            name: math.log(1 + total / len(person.posts))
            for name, person in model.people.items()
            if person.posts
        }
        # Stories compared by identity, through one look-up per candidate.
        self._story_of = {key: position.story for key, position in positions.items()}
        self._place: dict[str, dict[str, int]] | None = None  # person -> post key -> index
        self._known: dict[str, list[PostRecord]] = {}

    def of(self, key: str) -> list[PostRecord]:
        """The related posts of the post ``key`` (none for a translation or an unknown key)."""
        known = self._known.get(key)
        if known is None:
            post = self._posts.get(key)
            known = self._known[key] = self._rank(post) if post is not None else []
        return known

    def _rank(self, post: PostRecord) -> list[PostRecord]:
        if self._place is None:
            self._place = {
                name: {p.key: i for i, (p, _) in enumerate(person.posts)}
                for name, person in self._people.items()
            }
        own_key = post.key
        own_story = self._story_of.get(own_key)
        story_of = self._story_of
        window = self.window
        scores: dict[str, float] = defaultdict(float)
        by_key: dict[str, PostRecord] = {}
        for p in post.facts.people:
            person = self._people.get(p.name)
            at = self._place[p.name].get(own_key) if person is not None else None
            if at is None:
                continue
            w = self._weight.get(p.name, 0.0)
            for other, _ in person.posts[max(0, at - window) : at + window + 1]:
                key = other.key
                if key == own_key or (own_story is not None and story_of.get(key) is own_story):
                    continue
                scores[key] += w
                by_key[key] = other
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], by_key[kv[0]].date, kv[0]))
        return [by_key[key] for key, _ in ranked[: self.limit]]
