"""Many posts at once: the unit of work a build hands to worker processes.

Everything here is plain data and imports nothing of Pelican, so a worker
process starts with only the extraction core. A post that fails comes back
as its error message, never as an exception: one bad post must not take a
batch, a worker or a build down with it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .extract import assemble, read_html
from .facts import Entity, Mention, PostFacts, ShortName
from .lexicon import lexicon
from .people import NameIndex
from .registry import Registry


@dataclass(frozen=True, slots=True)
class Job:
    """One post to read: what its facts depend on, and its file name for messages."""

    source: str
    html: str
    date: str
    title: str
    people: tuple[str, ...] = ()
    people_exclude: tuple[str, ...] = ()


Result = PostFacts | str  # facts, or why the post could not be read


def run_job(job: Job, registry: Registry | None, known: NameIndex | None = None) -> Result:
    """Read one post; ``known`` is the site's name index for a second reading."""
    try:
        reading = read_html(
            job.html,
            job.date,
            registry,
            title=job.title,
            people=job.people,
            people_exclude=job.people_exclude,
        )
        return slim(assemble(reading, known))
    except Exception as exc:  # one bad post must never stop a build
        return f"{type(exc).__name__}: {exc}"


def slim(facts: PostFacts) -> PostFacts:
    """What a build keeps of a post's facts, which thousands of posts hold in memory at once.

    A page never shows the plain text (the page has the post), so it goes,
    and with it what only points into it: a person keeps the first mention in
    each form it was named by, a place or organisation its first mention, a
    short name left unresolved only itself.
    """

    def firsts(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        seen: dict[str, Mention] = {}
        for m in mentions:
            seen.setdefault(m.text, m)
        return tuple(seen.values())

    def once(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
        seen: dict[str, Entity] = {}
        for e in entities:
            seen.setdefault(e.name, e)
        return tuple(seen.values())

    return dataclasses.replace(
        facts,
        text="",
        people=tuple(dataclasses.replace(p, mentions=firsts(p.mentions)) for p in facts.people),
        places=once(facts.places),
        organizations=once(facts.organizations),
        unresolved=tuple(ShortName(s.token, ()) for s in facts.unresolved),
    )


def run_batch(
    jobs: list[Job], registry: Registry | None, known: NameIndex | None = None
) -> list[Result]:
    """``run_job`` over ``jobs``: one message to and from a worker per batch, not per post."""
    return [run_job(job, registry, known) for job in jobs]


def warm_up() -> None:
    """Load the word lists and date parser before the first post arrives (worker start-up)."""
    lexicon()
    run_job(Job("", "<p>Tom Cruise married in Paris on 3 March 2023.</p>", "2024-02-14", ""), None)
