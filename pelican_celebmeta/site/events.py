"""One event, however many posts report it.

Two posts about one party, one wedding told in three posts: each reader sees
it once in a timeline, and search engines see one ``Event`` node with one
``@id``. Reports are the same event when they are of one type, their dates
agree at the coarser precision ("2023-12" and "2023-12-09"), and they share
people: the same couple for a wedding, engagement, split or birth, at least
one guest for a gathering. A report with no date joins another only when it
is a couple's (people marry each other once); an undated party stays its
post's own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.facts import COUPLE_EVENTS, Event, PartialDate, agree, finer

if TYPE_CHECKING:
    from .model import PostRecord

# A birth, like a couple's event, is of the same people each time it is told.
_SAME_PEOPLE = COUPLE_EVENTS | {"birth"}


@dataclass(slots=True)
class SiteEvent:
    """What the site says of one event: the best of every report of it."""

    type: str
    name: str
    date: PartialDate | None
    location: str | None
    attendees: list[str]
    scheduled: bool
    reports: list[tuple[Event, PostRecord]] = field(default_factory=list)
    about: str | None = None

    @property
    def post(self) -> PostRecord:
        """The first post that reported it."""
        return self.reports[0][1]

    @property
    def shared(self) -> bool:
        """Reported by more than one post, or dated: its ``@id`` is the site's, not a page's."""
        return self.date is not None or len({p.key for _, p in self.reports}) > 1

    def add(self, event: Event, post: PostRecord) -> None:
        self.reports.append((event, post))
        self.date = finer(self.date, event.date)
        self.location = self.location or event.location
        self.attendees += [n for n in event.attendees if n not in self.attendees]
        self.about = self.about or event.about
        # The latest report knows best whether it has happened yet.
        self.scheduled = event.scheduled


class SiteEvents:
    """Every post's events gathered into site events, in post order.

    ``posts`` must come oldest first (as ``SiteModel.posts`` does), so the
    result does not depend on the order posts were read in.
    """

    def __init__(self, posts: Iterable[PostRecord], known: Iterable[str]) -> None:
        self._known = frozenset(known)
        self.all: list[SiteEvent] = []
        self._of: dict[tuple[str, int], SiteEvent] = {}
        # Events of a type by each person in them and by year (None: undated): a report is
        # compared only with the events of its own people, and a dated one only with those
        # of its year or undated (dates of two years never agree). An event dated since it
        # was listed as undated stays listed so too: a list may hold more, never less.
        by_person: dict[tuple[str, str, str | None], set[int]] = {}
        years: dict[tuple[str, str], set[str | None]] = {}
        for post in posts:
            for i, event in enumerate(post.facts.events):
                mine = self._known.intersection(event.attendees)
                # An undated gathering is its post's own (see _same): no need to look.
                lone = event.date is None and event.type not in _SAME_PEOPLE
                near: list[int] = []
                if not lone:
                    year = event.date.value[:4] if event.date is not None else None
                    near = sorted(
                        {
                            n
                            for name in mine
                            for when in years.get((event.type, name), ())
                            if year is None or when is None or when == year
                            for n in by_person[(event.type, name, when)]
                        }
                    )
                number = next((n for n in near if self._same(self.all[n], event, mine, post)), None)
                if number is None:
                    number = len(self.all)
                    self.all.append(
                        SiteEvent(event.type, event.name, None, None, [], event.scheduled)
                    )
                found = self.all[number]
                found.add(event, post)
                when = found.date.value[:4] if found.date is not None else None
                for name in found.attendees:
                    if name in self._known:
                        by_person.setdefault((event.type, name, when), set()).add(number)
                        years.setdefault((event.type, name), set()).add(when)
                self._of[(post.key, i)] = found

    def of(self, post: PostRecord, index: int) -> SiteEvent:
        """The site event that the ``index``-th event of ``post`` reports."""
        return self._of[(post.key, index)]

    def _same(self, known: SiteEvent, event: Event, mine: frozenset[str], post: PostRecord) -> bool:
        # Posts come in order, so a report of this post would be the last one.
        if known.reports[-1][1].key == post.key:
            return False  # the post itself already told its events apart
        if not mine or not agree(known.date, event.date):
            return False
        if event.type in _SAME_PEOPLE:
            # (two births to the same parents are one only if of the same child, or of
            # a child one report leaves unnamed)
            return mine == self._known.intersection(known.attendees) and (
                known.about is None or event.about is None or known.about == event.about
            )
        # ``mine`` holds known names only: sharing one of them is sharing a known guest.
        return (
            known.date is not None
            and event.date is not None
            and not mine.isdisjoint(known.attendees)
        )
