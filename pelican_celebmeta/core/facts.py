"""The plain data the extraction core returns.

Everything here is a frozen dataclass of strings, ints and tuples, so facts
can be cached, compared, hashed and serialised without knowing Pelican.
Offsets are character offsets into ``PostFacts.text``, the post's plain text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
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

    @property
    def main_people(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.salience == "main")

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
                    "sentence": e.sentence,
                }
                for e in self.events
            ],
            "places": sorted({e.name for e in self.places}),
            "organizations": sorted({e.name for e in self.organizations}),
        }


def facts_to_data(facts: PostFacts) -> dict[str, Any]:
    """Everything in ``facts`` as JSON-ready data (``facts_from_data`` reverses it).

    Written by hand rather than with ``asdict`` (ten times slower here), and
    mentions as ``[start, end, text]`` lists: they are most of the data.
    """

    def mentions(items: tuple[Mention, ...]) -> list[list[Any]]:
        return [[m.start, m.end, m.text] for m in items]

    def entities(items: tuple[Entity, ...]) -> list[dict[str, Any]]:
        return [{"name": e.name, "kind": e.kind, "start": e.start, "end": e.end} for e in items]

    return {
        "published": facts.published,
        "text": facts.text,
        "people": [
            {
                "name": p.name,
                "slug": p.slug,
                "salience": p.salience,
                "mentions": mentions(p.mentions),
                "descriptors": list(p.descriptors),
                "age": {"years": p.age.years, "stated_on": p.age.stated_on} if p.age else None,
                "from_registry": p.from_registry,
            }
            for p in facts.people
        ],
        "events": [
            {
                "type": e.type,
                "name": e.name,
                "date": {
                    "value": e.date.value,
                    "precision": e.date.precision,
                    "phrase": e.date.phrase,
                }
                if e.date
                else None,
                "location": e.location,
                "attendees": list(e.attendees),
                "sentence": e.sentence,
                "start": e.start,
            }
            for e in facts.events
        ],
        "places": entities(facts.places),
        "organizations": entities(facts.organizations),
        "unresolved": [
            {"token": u.token, "mentions": mentions(u.mentions)} for u in facts.unresolved
        ],
    }


def facts_from_data(data: dict[str, Any]) -> PostFacts:
    """Rebuild facts from ``facts_to_data`` output; raises on anything malformed."""

    def mentions(items: list[list[Any]]) -> tuple[Mention, ...]:
        out = tuple(Mention(*m) for m in items)
        if any(
            type(m.start) is not int or type(m.end) is not int or type(m.text) is not str
            for m in out
        ):
            raise TypeError("a mention is not [start, end, text]")
        return out

    people = tuple(
        Person(
            name=str(p["name"]),
            slug=str(p["slug"]),
            salience=p["salience"],
            mentions=mentions(p["mentions"]),
            descriptors=tuple(str(d) for d in p["descriptors"]),
            age=Age(int(p["age"]["years"]), str(p["age"]["stated_on"])) if p["age"] else None,
            from_registry=bool(p["from_registry"]),
        )
        for p in data["people"]
    )
    events = tuple(
        Event(
            type=str(e["type"]),
            name=str(e["name"]),
            date=PartialDate(
                str(e["date"]["value"]), e["date"]["precision"], str(e["date"]["phrase"])
            )
            if e["date"]
            else None,
            location=e["location"],
            attendees=tuple(str(a) for a in e["attendees"]),
            sentence=str(e["sentence"]),
            start=int(e["start"]),
        )
        for e in data["events"]
    )

    def entities(items: list[dict[str, Any]]) -> tuple[Entity, ...]:
        return tuple(
            Entity(str(x["name"]), x["kind"], int(x["start"]), int(x["end"])) for x in items
        )

    return PostFacts(
        published=str(data["published"]),
        text=str(data["text"]),
        people=people,
        events=events,
        places=entities(data["places"]),
        organizations=entities(data["organizations"]),
        unresolved=tuple(
            ShortName(str(s["token"]), mentions(s["mentions"])) for s in data["unresolved"]
        ),
    )
