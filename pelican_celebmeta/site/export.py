"""``celebmeta.json``: the site's people, posts and stories as data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from .model import SiteModel
from .stories import StoryView


def export_sections(
    model: SiteModel, stories: list[StoryView] | None = None
) -> dict[str, Iterator[dict[str, Any]]]:
    """The export's lists, each item made only as it is written."""
    people = (
        {
            "name": p.name,
            "slug": p.slug,
            "aliases": list(p.aliases),
            "url": p.url if p.has_page else None,
            "posts": sorted({post.slug for post, _ in p.posts}),
        }
        for p in sorted(model.people.values(), key=lambda p: p.slug)
        if p.posts
    )

    def posts() -> Iterator[dict[str, Any]]:
        for post in sorted(model.posts, key=lambda p: (p.slug, p.key)):
            facts = post.facts
            yield {
                "slug": post.slug,
                "url": post.url,
                "date": post.date,
                "title": post.title,
                "lang": post.lang,
                "people": [
                    {"name": p.name, "slug": model.people[p.name].slug, "salience": p.salience}
                    for p in facts.people
                    if p.name in model.people
                ],
                "events": [
                    {
                        "type": e.type,
                        "name": e.name,
                        "date": e.date.value if e.date else None,
                        "precision": e.date.precision if e.date else None,
                        "location": e.location,
                        "attendees": list(e.attendees),
                        "about": e.about,
                    }
                    for e in facts.events
                ],
            }

    sections = {"people": people, "posts": posts()}
    if stories is not None:
        sections["stories"] = (
            {"slug": s.slug, "title": s.title, "url": s.url, "posts": [p.slug for p in s.posts]}
            for s in sorted(stories, key=lambda s: s.slug)
        )
    return sections


def write_export(fh: TextIO, sections: dict[str, Iterator[dict[str, Any]]]) -> None:
    """Sorted JSON with one line per person, post and story, written as it is made.

    Readable in a diff; written by the C encoder (``indent`` would switch
    ``json`` to its pure-Python encoder, ten times slower) one item at a
    time, so a large site's export is never all in memory at once.
    """

    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    fh.write("{")
    for i, name in enumerate(sorted(sections)):
        fh.write(f"{',' if i else ''}\n{compact(name)}:[")
        for j, item in enumerate(sections[name]):
            fh.write(f"{',' if j else ''}\n{compact(item)}")
        fh.write("\n]")
    fh.write("\n}\n")
