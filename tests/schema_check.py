"""Checks that a JSON-LD graph uses schema.org types and properties correctly.

The table lists, for each type the plugin may emit, the properties
schema.org defines on it or its supertypes that the plugin may use. A
property outside its type's row, a dangling ``@id`` reference or a
missing required property is reported.
"""

from __future__ import annotations

from typing import Any

_THING = {"@type", "@id", "name", "url", "description", "image", "sameAs", "alternateName"}
_CREATIVE_WORK = _THING | {
    "headline", "author", "publisher", "datePublished", "dateModified", "about", "mentions",
    "inLanguage", "mainEntityOfPage", "isPartOf", "hasPart", "mainEntity",
}  # fmt: skip
_EVENT = _THING | {"startDate", "endDate", "location", "attendee", "organizer", "eventStatus"}
ALLOWED: dict[str, set[str]] = {
    "NewsArticle": _CREATIVE_WORK,
    "Article": _CREATIVE_WORK,
    "BlogPosting": _CREATIVE_WORK,
    "WebPage": _CREATIVE_WORK,
    "CollectionPage": _CREATIVE_WORK,
    "CreativeWorkSeries": _CREATIVE_WORK | {"startDate", "endDate"},
    "ItemList": _THING | {"itemListElement", "numberOfItems", "itemListOrder"},
    "ListItem": _THING | {"position", "item"},
    "Organization": _THING | {"logo"},
    "ImageObject": _THING | {"contentUrl"},
    "Person": _THING | {"jobTitle", "birthDate", "affiliation"},
    "Event": _EVENT,
    "SocialEvent": _EVENT,
    "ScreeningEvent": _EVENT | {"workPresented"},
    "MusicEvent": _EVENT,
    "Place": _THING | {"address"},
}
REQUIRED: dict[str, set[str]] = {
    "NewsArticle": {"headline", "datePublished", "dateModified", "author", "publisher", "url"},
    "Person": {"name"},
    "Event": {"name"},
    "SocialEvent": {"name"},
    "ScreeningEvent": {"name"},
    "MusicEvent": {"name"},
}


def problems(doc: dict[str, Any]) -> list[str]:
    """Everything wrong with one JSON-LD document (empty when it is valid)."""
    found: list[str] = []
    if doc.get("@context") != "https://schema.org":
        found.append(f"@context is {doc.get('@context')!r}")
    graph = doc.get("@graph", [])
    ids = {node.get("@id") for node in graph if "@id" in node}
    if len(ids) != len([n for n in graph if "@id" in n]):
        found.append("two nodes share an @id")

    def walk(node: Any, where: str) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, where)
            return
        if not isinstance(node, dict):
            return
        if set(node) == {"@id"}:
            if node["@id"] not in ids:
                found.append(f"{where}: reference to missing node {node['@id']}")
            return
        kind = node.get("@type")
        if kind not in ALLOWED:
            found.append(f"{where}: unknown @type {kind!r}")
            return
        for key in set(node) - ALLOWED[kind]:
            found.append(f"{where}: {kind} has no property {key!r}")
        for key in REQUIRED.get(kind, set()) - set(node):
            found.append(f"{where}: {kind} lacks {key!r}")
        for key, value in node.items():
            if not key.startswith("@"):
                walk(value, f"{where}.{key}")

    for i, node in enumerate(graph):
        if "@type" not in node:
            found.append(f"node {i} has no @type")
        walk(node, f"node {i}")
    return found
