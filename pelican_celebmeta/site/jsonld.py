"""schema.org JSON-LD graphs for article, person and people pages.

Each page gets one ``@graph`` whose nodes refer to each other by ``@id``.
Person ids are the person page's URL plus ``#person`` on every page, so
search engines can join what different pages say about one person. A node
is left out, with every reference to it, when it lacks what it needs.

Which event types become ``Event`` nodes (see the README for why):
gatherings one attends are events; changes in a relationship (engagement,
divorce, breakup) and holidays are not, and stay out of the markup.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass
from functools import partial
from typing import Any

from ..core.slugs import slugify
from .events import SiteEvent
from .model import PostRecord, SiteModel, SitePerson
from .stories import StoryView

CONTEXT = "https://schema.org"
EVENT_SCHEMA_TYPES: dict[str, str | None] = {
    "party": "SocialEvent",
    "gala": "SocialEvent",
    "wedding": "SocialEvent",
    "birthday": "SocialEvent",
    "dinner": "SocialEvent",
    "premiere": "ScreeningEvent",
    "concert": "MusicEvent",
    "award_show": "Event",
    "court_hearing": "Event",
    "other": "Event",
    "engagement": None,
    "divorce": None,
    "breakup": None,
    "vacation": None,
    "birth": None,
}


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """What every graph needs to know about the site."""

    url: str  # absolute SITEURL without a trailing slash, or "" for root-relative ids
    name: str
    article_type: str = "NewsArticle"
    logo: str | None = None

    def absolute(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.url}/{path.lstrip('/')}"

    @property
    def publisher_id(self) -> str:
        return f"{self.url}/#organization"


def dumps_for_script(data: Any) -> str:
    """JSON that is safe inside ``<script>``: no text can close it or open a comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def person_id(site: SiteInfo, person: SitePerson) -> str:
    return site.absolute(person.url) + "#person"


def person_node(site: SiteInfo, person: SitePerson) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Person",
        "@id": person_id(site, person),
        "name": person.name,
    }
    if person.has_page:
        node["url"] = site.absolute(person.url)
    entry = person.registry
    aliases = [*(entry.aliases if entry else ()), *person.aliases]
    if aliases:
        node["alternateName"] = list(dict.fromkeys(aliases))
    if entry:
        if entry.job_title:
            node["jobTitle"] = entry.job_title
        if entry.same_as:
            node["sameAs"] = list(entry.same_as)
        if entry.image:
            node["image"] = site.absolute(entry.image)
        if entry.birth_date:
            node["birthDate"] = entry.birth_date
        if entry.description:
            node["description"] = entry.description
    return node


def _organization(site: SiteInfo) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Organization",
        "@id": site.publisher_id,
        "name": site.name,
        "url": site.absolute(""),
    }
    if site.logo:
        node["logo"] = {"@type": "ImageObject", "url": site.absolute(site.logo)}
    return node


def event_id(site: SiteInfo, event: SiteEvent, people: dict[str, SitePerson]) -> str:
    """An event told by several posts, or dated, has a site-wide id; others stay per page."""
    if not event.shared:
        return site.absolute(event.post.url) + f"#event-{event.type}-{slugify(event.name)}"
    first, _ = event.reports[0]
    who = "-".join(sorted(people[n].slug for n in first.attendees if n in people)) or "unknown"
    day = event.date.value if event.date else "undated"
    return site.absolute("") + f"#event-{event.type}-{day}-{who}"


def event_node(
    site: SiteInfo,
    event: SiteEvent,
    people: dict[str, SitePerson],
    present: Collection[str] | None = None,
) -> dict[str, Any] | None:
    """The ``Event`` node of one event: its id, name and date are the same on every
    page that reports it; its attendees are those of ``present`` (the page's people)."""
    schema_type = EVENT_SCHEMA_TYPES.get(event.type)
    if schema_type is None:
        return None
    node: dict[str, Any] = {
        "@type": schema_type,
        "@id": event_id(site, event, people),
        "name": event.name,
    }
    if event.date:
        node["startDate"] = event.date.value
    if event.scheduled:
        node["eventStatus"] = "https://schema.org/EventScheduled"
    if event.location:
        node["location"] = {"@type": "Place", "name": event.location}
    attendees = [
        {"@id": person_id(site, people[n])}
        for n in event.attendees
        if n in people and (present is None or n in present)
    ]
    if attendees:
        node["attendee"] = attendees
    return node


def article_node(site: SiteInfo, post: PostRecord) -> dict[str, Any]:
    """The article itself, with everything Google asks of an Article."""
    url = site.absolute(post.url)
    node: dict[str, Any] = {
        "@type": site.article_type,
        "@id": url + "#article",
        "headline": post.title[:110],
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": post.date,
        "dateModified": post.modified or post.date,
        "publisher": {"@id": site.publisher_id},
        "author": [
            {"@type": "Person", "name": name, "url": site.absolute(a_url)}
            if a_url
            else {"@type": "Person", "name": name}
            for name, a_url in post.authors
        ]
        or [{"@type": "Organization", "name": site.name, "url": site.absolute("")}],
    }
    if post.image:
        node["image"] = [site.absolute(post.image)]
    if post.lang:
        node["inLanguage"] = post.lang
    return node


def story_id(site: SiteInfo, story: StoryView) -> str:
    return site.absolute(story.url) + "#story"


def story_stub(site: SiteInfo, story: StoryView) -> dict[str, Any]:
    return {
        "@type": "CreativeWorkSeries",
        "@id": story_id(site, story),
        "name": story.title,
        "url": site.absolute(story.url),
    }


def _article_parts(
    site: SiteInfo, post: PostRecord, model: SiteModel, story: StoryView | None
) -> tuple[dict[str, Any], list[tuple[Hashable | None, Callable[[], dict[str, Any]]]]]:
    """An article page's own node, and its other nodes as (what decides it, maker) pairs.

    The publisher, people and story recur on many pages of a build: made lazily,
    so that ``GraphWriter`` can serialise each of them once. An event's node
    differs between pages in which attendees the page names, and is mostly its
    post's own: its key is None, made for each page.
    """
    people = [model.people[p.name] for p in post.facts.people if p.name in model.people]
    salience = {p.name: p.salience for p in post.facts.people}
    article = article_node(site, post)
    about = [{"@id": person_id(site, p)} for p in people if salience[p.name] == "main"]
    mentions = [{"@id": person_id(site, p)} for p in people if salience[p.name] != "main"]
    parts: list[tuple[Hashable | None, Callable[[], dict[str, Any]]]] = [
        (("organization",), partial(_organization, site))
    ]
    parts += [(("person", p.name), partial(person_node, site, p)) for p in people]
    seen: set[str] = set()
    for i in range(len(post.facts.events)):
        event = model.events.of(post, i)
        if EVENT_SCHEMA_TYPES.get(event.type) is None:
            continue
        node_id = event_id(site, event, model.people)
        if node_id in seen:
            continue
        seen.add(node_id)
        parts.append((None, partial(event_node, site, event, model.people, salience)))
        mentions.append({"@id": node_id})
    if about:
        article["about"] = about
    if mentions:
        article["mentions"] = mentions
    if story is not None:
        article["isPartOf"] = {"@id": story_id(site, story)}
        parts.append((("story", id(story)), partial(story_stub, site, story)))
    return article, parts


def article_graph(
    site: SiteInfo, post: PostRecord, model: SiteModel, story: StoryView | None = None
) -> dict[str, Any]:
    """The graph of one article page: the article, its publisher, people, events, story."""
    article, parts = _article_parts(site, post, model, story)
    return {"@context": CONTEXT, "@graph": [article] + [make() for _, make in parts]}


class GraphWriter:
    """One build's article graphs as ``dumps_for_script`` text, shared nodes serialised once.

    Thousands of article pages name the same few hundred people and the same
    publisher: each such node is made and encoded once a build, and a
    page's text is put together from the pieces. The text is exactly
    ``dumps_for_script(article_graph(...))``: a list's JSON is its items' JSON
    joined by commas, and the escaping changes single characters.
    """

    _HEAD = '{"@context":' + json.dumps(CONTEXT) + ',"@graph":['

    def __init__(self, site: SiteInfo, model: SiteModel) -> None:
        self.site = site
        self.model = model
        self._texts: dict[Hashable, str] = {}  # lives as long as this build's state

    def article(self, post: PostRecord, story: StoryView | None = None) -> str:
        article, parts = _article_parts(self.site, post, self.model, story)
        texts = [dumps_for_script(article)]
        for key, make in parts:
            text = self._texts.get(key) if key is not None else None
            if text is None:
                text = dumps_for_script(make())
                if key is not None:
                    self._texts[key] = text
            texts.append(text)
        return self._HEAD + ",".join(texts) + "]}"


def person_page_graph(site: SiteInfo, person: SitePerson) -> dict[str, Any]:
    """A person page: a CollectionPage whose main entity is the Person."""
    url = site.absolute(person.url)
    page: dict[str, Any] = {
        "@type": "CollectionPage",
        "@id": url,
        "url": url,
        "name": person.name,
        "mainEntity": {"@id": person_id(site, person)},
        "about": {"@id": person_id(site, person)},
        "publisher": {"@id": site.publisher_id},
    }
    nodes: list[dict[str, Any]] = [page, _organization(site), person_node(site, person)]
    if person.posts:
        page["hasPart"] = [
            {"@id": site.absolute(post.url) + "#article"} for post, _ in person.posts
        ]
        nodes += [article_node(site, post) for post, _ in person.posts]
    return {"@context": CONTEXT, "@graph": nodes}


def _index_page(site: SiteInfo, url: str, name: str, item_ids: list[str]) -> dict[str, Any]:
    """An index page: a CollectionPage holding an ItemList of the given nodes."""
    page_url = site.absolute(url)
    items = [
        {"@type": "ListItem", "position": i, "item": {"@id": item}}
        for i, item in enumerate(item_ids, 1)
    ]
    return {
        "@type": "CollectionPage",
        "@id": page_url,
        "url": page_url,
        "name": name,
        "mainEntity": {"@type": "ItemList", "numberOfItems": len(items), "itemListElement": items},
        "publisher": {"@id": site.publisher_id},
    }


def people_page_graph(site: SiteInfo, url: str, model: SiteModel) -> dict[str, Any]:
    """The people index, sorted by name."""
    people = sorted(
        (p for p in model.people.values() if p.has_page), key=lambda p: (p.name.casefold(), p.slug)
    )
    page = _index_page(site, url, "People", [person_id(site, p) for p in people])
    nodes = [page, _organization(site)] + [
        {"@type": "Person", "@id": person_id(site, p), "name": p.name, "url": site.absolute(p.url)}
        for p in people
    ]
    return {"@context": CONTEXT, "@graph": nodes}


def story_page_graph(site: SiteInfo, story: StoryView, model: SiteModel) -> dict[str, Any]:
    """A story page: a CreativeWorkSeries whose parts are its articles, oldest first."""
    series = story_stub(site, story)
    people = [model.people[n] for n in story.people if n in model.people]
    series["about"] = [{"@id": person_id(site, p)} for p in people]
    series["hasPart"] = [{"@id": site.absolute(p.url) + "#article"} for p in story.posts]
    series["startDate"] = story.posts[0].date[:10]
    series["publisher"] = {"@id": site.publisher_id}
    nodes: list[dict[str, Any]] = [series, _organization(site)]
    nodes += [person_node(site, p) for p in people]
    for post in story.posts:
        node = article_node(site, post)
        node["isPartOf"] = {"@id": series["@id"]}
        nodes.append(node)
    return {"@context": CONTEXT, "@graph": nodes}


def stories_page_graph(site: SiteInfo, url: str, stories: list[StoryView]) -> dict[str, Any]:
    """The stories index, most recently updated first."""
    page = _index_page(site, url, "Stories", [story_id(site, s) for s in stories])
    return {
        "@context": CONTEXT,
        "@graph": [page, _organization(site)] + [story_stub(site, s) for s in stories],
    }
