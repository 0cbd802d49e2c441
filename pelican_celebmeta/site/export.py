"""``celebmeta.json``: the site's people, posts and stories as data."""

from __future__ import annotations

import json
from typing import Any

from .model import SiteModel
from .stories import StoryView


def export_data(model: SiteModel, stories: list[StoryView] | None = None) -> dict[str, Any]:
    people = [
        {
            "name": p.name,
            "slug": p.slug,
            "url": p.url,
            "posts": sorted({post.slug for post, _ in p.posts}),
        }
        for p in sorted(model.people.values(), key=lambda p: p.slug)
        if p.posts
    ]
    posts = []
    for post in sorted(model.posts, key=lambda p: (p.slug, p.key)):
        facts = post.facts
        posts.append(
            {
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
                    }
                    for e in facts.events
                ],
            }
        )
    data: dict[str, Any] = {"people": people, "posts": posts}
    if stories is not None:
        data["stories"] = [
            {"slug": s.slug, "title": s.title, "url": s.url, "posts": [p.slug for p in s.posts]}
            for s in sorted(stories, key=lambda s: s.slug)
        ]
    return data


def dumps_export(data: dict[str, Any]) -> str:
    """Sorted JSON with one line per person, post and story.

    Readable in a diff, and written by the C encoder: ``indent`` would switch
    ``json`` to its pure-Python encoder, ten times slower on a large site.
    """

    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    sections = []
    for name in sorted(data):
        value = data[name]
        if isinstance(value, list):
            body = ",\n".join(compact(item) for item in value)
            sections.append(f"{compact(name)}:[\n{body}\n]" if value else f"{compact(name)}:[]")
        else:
            sections.append(f"{compact(name)}:{compact(value)}")
    return "{\n" + ",\n".join(sections) + "\n}\n"
