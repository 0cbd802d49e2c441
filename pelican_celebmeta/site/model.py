"""Plain records of a site's posts and people, built once per build.

``PostRecord`` is what the site layer knows of a post: no Pelican object
gets past the plugin layer. ``SiteModel`` indexes people across posts
(person -> posts, never all pairs) and is rebuilt from scratch each build.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from markupsafe import Markup

from ..core.facts import PostFacts
from ..core.lexicon import notable_key, one_word_stars
from ..core.nameindex import given_name_of, identifiable
from ..core.registry import Registry, RegistryPerson
from ..core.slugs import slugify
from .events import SiteEvent, SiteEvents


@dataclass(frozen=True, slots=True)
class PostRecord:
    """One published post, as the site layer sees it."""

    key: str  # unique and stable: the source path relative to the content folder
    slug: str
    url: str  # site-relative, as Pelican gives it ("2024/02/slug.html")
    title: str
    date: str  # ISO 8601 date-time with offset when known
    modified: str
    facts: PostFacts
    authors: tuple[tuple[str, str], ...] = ()  # (name, site-relative url)
    image: str | None = None
    lang: str = ""
    translation_of: str | None = None  # key of the original when this is a translation
    date_display: str = ""  # the date as the site formats it (Pelican's locale_date)
    # The title as text (tags stripped, entities decoded), made once for every
    # list that shows it rather than once per page that lists the post.
    title_text: str = field(default="", init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        text = Markup(self.title).striptags() if self.title else ""
        # Mostly the title itself: keep one string, not two equal ones.
        object.__setattr__(self, "title_text", self.title if text == self.title else text)


@dataclass(slots=True)
class SitePerson:
    name: str
    slug: str
    url: str
    registry: RegistryPerson | None = None
    posts: list[tuple[PostRecord, str]] = field(default_factory=list)  # (post, salience)
    events: list[tuple[SiteEvent, PostRecord]] = field(default_factory=list)  # first report
    descriptors: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # other names their posts give
    has_page: bool = True  # whether the site writes a page for them (see build_site)


@dataclass(slots=True)
class SiteModel:
    posts: list[PostRecord]
    people: dict[str, SitePerson]  # canonical name -> person
    events: SiteEvents


def _sort_key(post: PostRecord) -> tuple[str, str]:
    return (post.date, post.key)


def site_people(posts: Iterable[PostRecord]) -> set[str]:
    """The names a site can tell apart across its posts: they get pages, Person
    nodes and story threads.

    Not a name only as common as a first name (see ``identifiable``), and not a
    lone first name two of the site's full names share: a post that says only
    "Jonas" where the site knows two Jonases names neither of them, nor a third
    Jonas to gather every such post. A registry person or a star known by one
    name ("Adele") stays, whoever else shares it.
    """
    people = [p for post in posts for p in post.facts.people]
    firsts = Counter(
        given_name_of(p.name) for p in {p.name: p for p in people}.values() if " " in p.name
    )
    return {
        p.name
        for p in people
        if identifiable(p)
        and (
            " " in p.name
            or firsts[p.name] < 2
            or p.from_registry
            or notable_key(p.name) in one_word_stars()
        )
    }


def build_site(
    posts: Iterable[PostRecord],
    registry: Registry | None,
    person_url: str = "people/{slug}/",
    min_posts: int = 1,
    pages: bool = True,
) -> SiteModel:
    """Index people across ``posts``; the result does not depend on their order.

    A person gets a page (``has_page``) when ``pages`` is on and they are in
    at least ``min_posts`` posts: a page listing one post says nothing the
    post does not. Their ``url`` is kept either way, so the ``@id`` that
    names them in the JSON-LD stays the same when a second post brings a page.
    """
    ordered = sorted(posts, key=_sort_key)
    registry_people = {p.name: p for p in registry.people} if registry else {}
    names = sorted(site_people(ordered))
    people: dict[str, SitePerson] = {}
    taken: set[str] = set()
    for name in names:
        entry = registry_people.get(name)
        base = entry.slug if entry else slugify(name)
        slug, n = base, 1
        while slug in taken:  # two names with one slug ("Zoë X" and "Zoe X")
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        people[name] = SitePerson(name, slug, person_url.format(slug=slug), entry)
    for post in ordered:
        if post.translation_of:
            continue  # a translation tells the same story again: count the original only
        for p in post.facts.people:
            person = people.get(p.name)
            if person is None:
                continue
            person.posts.append((post, p.salience))
            for d in p.descriptors:
                if d not in person.descriptors:
                    person.descriptors.append(d)
            for a in p.aliases:
                if a not in person.aliases and a not in people:
                    person.aliases.append(a)
    events = SiteEvents(ordered, people)
    for event in events.all:
        # A translation's report is its original's: the original stands for it.
        origin = next((p for _, p in event.reports if not p.translation_of), None)
        about = [event.about] if event.about and event.about not in event.attendees else []
        for name in [*event.attendees, *about] if origin else ():
            if name in people:
                people[name].events.append((event, origin))
    for person in people.values():
        person.has_page = pages and len(person.posts) >= min_posts
        person.posts.reverse()  # newest first
        person.events.sort(key=timeline_key)
    return SiteModel(ordered, people, events)


def timeline_key(item: tuple[SiteEvent, PostRecord]) -> tuple[str, str, str]:
    """Events by date; an undated one where its first report's date puts it."""
    event, post = item
    return (event.date.value if event.date else post.date[:10], post.date, post.key)
