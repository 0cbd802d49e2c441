"""The plain data the extraction core returns.

Everything here is a frozen dataclass of strings, ints and tuples, so facts
can be cached, compared, hashed and serialised without knowing Pelican.
Offsets are character offsets into ``PostFacts.text``, the post's plain text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from sys import intern
from typing import Any, Literal

Salience = Literal["main", "mentioned"]
Precision = Literal["year", "month", "day"]

#: The event vocabulary. ``other`` is never produced by the rules today; it is
#: reserved for events a registry or post metadata describes.
EVENT_TYPES: tuple[str, ...] = (
    "party",
    "gala",
    "premiere",
    "wedding",
    "engagement",
    "divorce",
    "breakup",
    "award_show",
    "court_hearing",
    "birthday",
    "concert",
    "dinner",
    "vacation",
    "birth",
    "other",
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a person is named: ``text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Age:
    """An age the post states ("who is 36"), and the day it was true on."""

    years: int
    stated_on: str  # ISO date: the post's publication date


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in one post, resolved to a canonical name.

    ``salience`` is ``main`` for who the story is about (named in the title,
    in the first paragraph, or most often) and ``mentioned`` otherwise.
    """

    name: str
    slug: str
    salience: Salience
    mentions: tuple[Mention, ...]
    descriptors: tuple[str, ...] = ()
    age: Age | None = None
    from_registry: bool = False
    aliases: tuple[str, ...] = ()  # other names the post gives them ("born Rakim Mayers")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to ``precision``: ``value`` is "2022", "2023-12" or "2024-02-10"."""

    value: str
    precision: Precision
    phrase: str  # the words it was read from, e.g. "December last year"


@dataclass(frozen=True, slots=True)
class Event:
    """Something the post reports as having happened (or being planned)."""

    type: str  # one of EVENT_TYPES
    name: str  # e.g. "Divorce of Elsina Khayrova and Dmitry Tsetkov"
    date: PartialDate | None
    location: str | None
    attendees: tuple[str, ...]  # canonical person names
    sentence: str
    start: int  # offset of the sentence that introduced the event
    scheduled: bool = False  # still to come when the post was written
    about: str | None = None  # whom it is about, not among them: a birth's child


@dataclass(frozen=True, slots=True)
class Entity:
    """A named non-person found on the way: a place or an organisation."""

    name: str
    kind: Literal["place", "organization"]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ShortName:
    """A single-word name the post could not resolve on its own ("Cruise").

    Site-wide resolution (``pelican_celebmeta.site.resolve``) settles these
    against people introduced in full elsewhere.
    """

    token: str
    mentions: tuple[Mention, ...]
    main: bool = False  # where the post's people would be main: the story is about it


@dataclass(frozen=True, slots=True)
class PostFacts:
    """Who is in one post and what happened, as plain data."""

    published: str  # ISO date the post was published
    text: str
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Entity, ...] = ()
    organizations: tuple[Entity, ...] = ()
    unresolved: tuple[ShortName, ...] = field(default=(), repr=False)

    def person(self, name: str) -> Person | None:
        return next((p for p in self.people if p.name == name), None)

    def to_json(self) -> dict[str, Any]:
        """The stable JSON shape of the ``extract`` command (without slug)."""
        return {
            "date": self.published,
            "people": [
                {
                    "name": p.name,
                    "slug": p.slug,
                    "salience": p.salience,
                    "mentions": [asdict(m) for m in p.mentions],
                    "descriptors": list(p.descriptors),
                    "age": p.age.years if p.age else None,
                    "age_stated_on": p.age.stated_on if p.age else None,
                    "aliases": list(p.aliases),
                }
                for p in self.people
            ],
            "events": [
                {
                    "type": e.type,
                    "name": e.name,
                    "date": e.date.value if e.date else None,
                    "precision": e.date.precision if e.date else None,
                    "date_phrase": e.date.phrase if e.date else None,
                    "location": e.location,
                    "attendees": list(e.attendees),
                    "about": e.about,
                    "sentence": e.sentence,
                    "scheduled": e.scheduled,
                }
                for e in self.events
            ],
            "places": sorted({e.name for e in self.places}),
            "organizations": sorted({e.name for e in self.organizations}),
        }


def facts_to_data(facts: PostFacts) -> list[Any]:
    """``facts`` without its text, as compact JSON-ready lists (``facts_from_data`` reverses it).

    Positional lists rather than objects with keys: a cache of thousands of
    posts is read at the start of every build, and lists are a third of the
    size and quicker to read. Mentions are flattened to ``[start, end, text, ...]``.
    """

    def mentions(items: tuple[Mention, ...]) -> list[Any]:
        return [v for m in items for v in (m.start, m.end, m.text)]

    return [
        facts.published,
        [
            [
                p.name,
                p.slug,
                p.salience,
                mentions(p.mentions),
                list(p.descriptors),
                p.age.years if p.age else None,
                p.age.stated_on if p.age else None,
                p.from_registry,
                list(p.aliases),
            ]
            for p in facts.people
        ],
        [
            [
                e.type,
                e.name,
                [e.date.value, e.date.precision, e.date.phrase] if e.date else None,
                e.location,
                list(e.attendees),
                e.sentence,
                e.start,
                e.scheduled,
                e.about,
            ]
            for e in facts.events
        ],
        [[e.name, e.start, e.end] for e in facts.places],
        [[e.name, e.start, e.end] for e in facts.organizations],
        [[u.token, mentions(u.mentions), u.main] for u in facts.unresolved],
    ]


def _check(ok: bool) -> None:
    if not ok:
        raise ValueError("malformed facts")


def _strs(items: Any) -> tuple[str, ...]:
    _check(type(items) is list and all(type(x) is str for x in items))
    return tuple(intern(x) for x in items)


def _mentions(flat: Any) -> tuple[Mention, ...]:
    _check(type(flat) is list and len(flat) % 3 == 0)
    out = tuple(Mention(flat[i], flat[i + 1], flat[i + 2]) for i in range(0, len(flat), 3))
    _check(all(type(m.start) is int and type(m.end) is int and type(m.text) is str for m in out))
    return out


def facts_from_data(data: Any, shared: dict[Any, Any] | None = None) -> PostFacts:
    """Rebuild facts from ``facts_to_data`` output; raises ValueError on anything malformed.

    Thousands of posts name the same few hundred people, places and dates:
    strings are interned, and with a ``shared`` table (one per build) equal
    people, places, dates and name lists become one object, so a post costs
    little more than its own events. The table is keyed by the raw values,
    so a part seen before is neither checked nor built again.
    """
    table: dict[Any, Any] = {} if shared is None else shared
    try:
        published, people, events, places, organizations, unresolved = data
        _check(type(published) is str)
        out_people = []
        for row in people:
            name, slug, salience, mentions, descriptors, years, stated_on, registry, aliases = row
            key = (
                "P",
                name,
                slug,
                salience,
                tuple(mentions),
                tuple(descriptors),
                years,
                stated_on,
                registry,
                tuple(aliases),
            )
            person = table.get(key)
            if person is None:
                _check(type(name) is str and type(slug) is str)
                _check(salience in ("main", "mentioned"))
                _check(years is None or (type(years) is int and type(stated_on) is str))
                person = table[key] = Person(
                    intern(name),
                    intern(slug),
                    intern(salience),
                    _mentions(mentions),
                    _strs(descriptors),
                    Age(years, intern(stated_on)) if years is not None else None,
                    registry is True,
                    _strs(aliases),
                )
            out_people.append(person)
        out_events = []
        for kind, name, date, location, attendees, sentence, start, scheduled, about in events:
            _check(type(kind) is str and type(name) is str and type(sentence) is str)
            _check(type(scheduled) is bool)
            _check(about is None or type(about) is str)
            _check(location is None or type(location) is str)
            _check(type(start) is int)
            if date is not None:
                key = ("D", *date)
                value = table.get(key)
                if value is None:
                    value, precision, phrase = date
                    _check(type(value) is str and type(phrase) is str)
                    _check(precision in ("year", "month", "day"))
                    value = table[key] = PartialDate(
                        intern(value), intern(precision), intern(phrase)
                    )
                date = value
            key = ("A", *attendees)
            names = table.get(key)
            if names is None:
                names = table[key] = _strs(attendees)
            out_events.append(
                Event(
                    intern(kind),
                    name,
                    date,
                    intern(location) if location is not None else None,
                    names,
                    sentence,
                    start,
                    scheduled,
                    intern(about) if about is not None else None,
                )
            )

        def entities(items: Any, kind: Literal["place", "organization"]) -> tuple[Entity, ...]:
            out = []
            for item in items:
                key = (kind, *item)
                entity = table.get(key)
                if entity is None:
                    name, start, end = item
                    _check(type(name) is str and type(start) is int and type(end) is int)
                    entity = table[key] = Entity(intern(name), kind, start, end)
                out.append(entity)
            return tuple(out)

        shorts = []
        for item in unresolved:
            _check(len(item) == 3)
            key = ("S", item[0], tuple(item[1]), item[2])
            short = table.get(key)
            if short is None:
                token, mentions, main = item
                _check(type(main) is bool)
                short = table[key] = ShortName(_strs([token])[0], _mentions(mentions), main)
            shorts.append(short)
        return PostFacts(
            published=intern(published),
            text="",
            people=tuple(out_people),
            events=tuple(out_events),
            places=entities(places, "place"),
            organizations=entities(organizations, "organization"),
            unresolved=tuple(shorts),
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(f"malformed facts ({exc})") from None


#: Events of a couple, whom nobody else attends.
COUPLE_EVENTS = frozenset({"wedding", "engagement", "divorce", "breakup"})


def agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Can two dates be of one event: equal, or one a coarser telling ("2018", "2018-12-04")?"""
    if a is None or b is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def finer(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    """The more precise of two agreeing dates (the first when they are as precise)."""
    if a is None or (b is not None and len(b.value) > len(a.value)):
        return b
    return a


def metadata_names(value: Any) -> list[str]:
    """The names of a post's ``people`` or ``people_exclude`` metadata: a comma-separated
    string (Markdown, reST) or a list (other readers)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]
