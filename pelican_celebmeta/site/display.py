"""How people, dates and events read on the plugin's pages: pure functions, no Pelican.

Everything here is deterministic (no locale, no clock, no random colours), so
two builds of one site write the same bytes.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .events import SiteEvent
from .model import PostRecord, SitePerson

# Letters NFKD does not take apart: sorted with the letter they are read as.
_FOLD = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE",
        "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH",
        "ı": "i", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T",
    }
)  # fmt: skip

# Words in front of a surname that stay with the given name ("Zoë de la Fuente" is an F).
_PARTICLES = frozenset(
    "de la le du des del della di da das dos do van von der den ter ten af av zu bin ibn al el st".split()
)
# Words after a name that are not its surname ("Barnaby Quill KC").
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv kc qc obe mbe cbe dbe kbe".split())
_NOT_INITIALS = _PARTICLES | _SUFFIXES

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def fold(text: str) -> str:
    """``text`` without accents, Ł as L, ß as ss, case-folded: a collation key.

    Done with ``unicodedata`` and a small table, not ``locale.strxfrm``, which
    would need a process-wide locale change and differs between machines.
    """
    if text.isascii():
        return text.casefold()  # nothing to take apart: the common case, and the cheap one
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def surname(name: str) -> str:
    """The part of ``name`` an index sorts by: the last word, particles and suffixes aside."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in _SUFFIXES:
        words.pop()
    return words[-1] if words else name


def sort_key(name: str) -> tuple[str, str, str]:
    """Surname first, then the whole name, both folded; the name itself breaks ties."""
    return (fold(surname(name)), fold(name), name)


def initial(name: str) -> str:
    """The letter ``name`` is filed under in the people index ("#" for no letter)."""
    for c in fold(surname(name)):
        if c.isalpha():
            return c.upper()
    return "#"


def initials(name: str) -> str:
    """Up to two letters for an avatar: first and last word ("Zoë de la Fuente" is ZF)."""
    words = [w for w in name.split() if w.casefold() not in _NOT_INITIALS] or name.split()
    letters = [next((c for c in w if c.isalnum()), "") for w in (words[0], words[-1])]
    if len(words) == 1:
        letters = letters[:1]
    return "".join(letters).upper() or "?"


def colour(name: str) -> str:
    """A background for ``name``'s initials: a hue from a hash of the name, dark enough
    for white text in light and dark themes alike."""
    hue = int.from_bytes(hashlib.sha1(name.encode("utf-8")).digest()[:2], "big") % 360
    return f"hsl({hue} 42% 38%)"


def date_label(value: str | None) -> str:
    """A partial ISO date as a reader writes it: "2022", "December 2023", "2 May 2024"."""
    if not value:
        return ""
    parts = value.split("-")
    try:
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) >= 3:
            return f"{int(parts[2][:2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return value
    return value


def _bare(text: str) -> str:
    words = fold(text).replace(",", " ").split()
    return " ".join(w for w in words if w != "the")


def event_label(event: SiteEvent) -> str:
    """The event's name, with its place added only when the name does not already say it.

    "Dinner at Savoy" held at "the Savoy" stays "Dinner at Savoy", never
    "Dinner at Savoy, the Savoy".
    """
    name = event.name
    place = event.location
    if not place or _bare(place) in _bare(name):
        return name
    return f"{name}, {place}"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dot on a timeline: an event, or a post (``event`` is None)."""

    sort: str  # ISO date (partial) the entry sits at
    when: str  # the date as shown; "" for an undated event
    label: str  # the event's name, or the post's title as text
    post: PostRecord
    event: SiteEvent | None = None
    kind: str = "post"  # "post" or the event's type

    @property
    def dated(self) -> bool:
        return bool(self.when)


EntryMaker = Callable[[SiteEvent, PostRecord], TimelineEntry]


def event_entry(event: SiteEvent, post: PostRecord) -> TimelineEntry:
    """The timeline entry of ``event`` as ``post`` told it."""
    value = event.date.value if event.date else None
    return TimelineEntry(
        sort=value or post.date[:10],
        when=date_label(value),
        label=event_label(event),
        post=post,
        event=event,
        kind=event.type,
    )


def event_timeline(
    events: Iterable[tuple[SiteEvent, PostRecord]], entry: EntryMaker = event_entry
) -> list[TimelineEntry]:
    """Events, oldest first; an undated one sits at its post's date and says it is undated.

    ``entry`` is ``event_entry``, or a build's memo of it: an event is on the
    timeline of each of its people (entries are immutable, so they can be shared).
    """
    entries = [entry(e, p) for e, p in events]
    entries.sort(key=lambda t: (t.sort, t.post.date, t.post.key, t.label))
    return entries


def story_timeline(
    posts: Iterable[PostRecord],
    events: Iterable[tuple[SiteEvent, PostRecord]],
    entry: EntryMaker = event_entry,
) -> list[TimelineEntry]:
    """Posts and their events on one dated line, oldest first (an event before its post)."""
    entries = [entry(e, p) for e, p in events]
    entries += [
        TimelineEntry(
            sort=p.date[:10],
            when=p.date_display or date_label(p.date[:10]),
            label=p.title_text,
            post=p,
        )
        for p in posts
    ]
    entries.sort(key=lambda t: (t.sort, t.event is None, t.post.date, t.post.key, t.label))
    return entries


def often_seen_with(
    person: SitePerson,
    people: dict[str, SitePerson],
    limit: int = 6,
    name_key: Callable[[str], Any] = sort_key,
) -> list[tuple[SitePerson, int]]:
    """The people who share the most posts with ``person``, with how many.

    Ties go to the rarer person (fewer posts in all), who says more about
    ``person`` than a host who is in every other post; then by name
    (``sort_key``, or a build's memo of it).
    """
    shared: Counter[str] = Counter()
    for post, _ in person.posts:
        for name in {p.name for p in post.facts.people}:
            if name != person.name and name in people:
                shared[name] += 1
    ranked = sorted(
        shared.items(), key=lambda kv: (-kv[1], len(people[kv[0]].posts), name_key(kv[0]))
    )
    return [(people[name], n) for name, n in ranked[:limit]]


def people_by_initial(people: Iterable[Any]) -> list[tuple[str, list[Any]]]:
    """People sorted by surname, grouped under their initial (letters in order, "#" last)."""
    ordered = sorted(people, key=lambda p: (sort_key(p.name), p.slug))
    groups: dict[str, list[Any]] = {}
    for p in ordered:
        groups.setdefault(initial(p.name), []).append(p)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "#", kv[0]))
