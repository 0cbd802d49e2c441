"""Many posts at once: the unit of work a build hands to worker processes.

Everything here is plain data and imports nothing of Pelican, so a worker
process starts with only the extraction core. A post that fails comes back
as its error message, never as an exception: one bad post must not take a
batch, a worker or a build down with it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import select
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .facts import Entity, Mention, PostFacts, ShortName, facts_to_data
from .lexicon import PARTICLES, lexicon
from .nameindex import Answers, NameIndex, full_names
from .registry import Registry

if TYPE_CHECKING:
    from .pipeline import Reading, RegistryNames


@dataclass(frozen=True, slots=True)
class Job:
    """One post to read: what its facts depend on, and its file name for messages."""

    source: str
    html: str
    date: str
    title: str
    people: tuple[str, ...] = ()
    people_exclude: tuple[str, ...] = ()


# Facts travel as ``facts_to_data`` lists: to the cache as they are, and from a
# worker process in a message a fraction of the size of pickled objects.
FactsData = list[Any]
Result = FactsData | str  # slim facts as data, or why the post could not be read


@dataclass(frozen=True, slots=True)
class Outcome:
    """A first reading, and a guess at the second.

    ``guess`` is what the names read so far answer for the post's unresolved
    short names, and ``guessed`` the facts with those answers. When the whole
    site answers the same, the guess is the second reading and the post need
    not be read again.
    """

    facts: Result
    guess: Answers = ()
    guessed: FactsData | None = None


class Reader:
    """Reads posts one after another, learning full names as it goes.

    One per build (or per worker process of a build): what it learns is
    only ever a guess, checked against the whole site before it is used.
    """

    def __init__(self, registry: Registry | None) -> None:
        self.registry = registry
        self.known = NameIndex()
        self._registry_names: RegistryNames | None = None  # made at the first post

    def _read(self, job: Job) -> Reading:
        # The reading rules load with the first post read, not with this module: a build
        # process whose posts come from the cache or from workers never loads them.
        from .pipeline import make_registry_names, read_html

        if self._registry_names is None:
            # The registry's names and index are the same for every post: made once,
            # not once a post (a few microseconds for each registry entry).
            self._registry_names = make_registry_names(self.registry)
        return read_html(
            job.html,
            job.date,
            self.registry,
            title=job.title,
            people=job.people,
            people_exclude=job.people_exclude,
            registry_names=self._registry_names,
        )

    def read(self, job: Job) -> Outcome:
        from .pipeline import assemble

        try:
            reading = self._read(job)
            facts = slim(assemble(reading))
            guess = self.known.answers(s.token for s in facts.unresolved)
            guessed = (
                facts_to_data(slim(assemble(reading, NameIndex.answering(guess))))
                if any(names for _, names in guess)
                else None
            )
        except Exception as exc:  # one bad post must never stop a build
            return Outcome(f"{type(exc).__name__}: {exc}")
        for name in sorted(full_names(facts)):
            self.known.add_person(name, PARTICLES)
        return Outcome(facts_to_data(facts), guess, guessed)

    def reread(self, job: Job, answers: Answers) -> Result:
        """The second reading, with what the site answers for the post's short names."""
        from .pipeline import assemble

        try:
            return facts_to_data(slim(assemble(self._read(job), NameIndex.answering(answers))))
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"


# The reader of a worker process: made by ``start_worker`` when the pool
# starts a process for a build, and gone with the process when the build ends.
_worker: Reader | None = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process now holds the number
        return False
    return True


def _end_with(pid: int) -> None:
    """End this process as soon as the build process ``pid`` has ended.

    A worker waits on its pool's queue, whose other end it holds itself: a
    build killed outright (SIGTERM, SIGKILL) would leave it waiting for ever.
    """
    try:
        fd = os.pidfd_open(pid)  # Linux: readable once the process has ended
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        select.select([fd], [], [])
    else:
        while _alive(pid):
            time.sleep(0.5)
    os._exit(0)


def start_worker(registry: Registry | None, build: int | None = None) -> None:
    """Pool initializer: load the word lists and date parser before the first post.

    ``build`` is the build process's id: the worker ends when it does.
    """
    global _worker
    if build is not None:
        threading.Thread(
            target=_end_with, args=(build,), name="end-with-build", daemon=True
        ).start()
    _worker = Reader(registry)
    lexicon()
    Reader(None).read(Job("", "<p>Tom Cruise wed in Paris on 3 March 2023.</p>", "2024-02-14", ""))


def pack(jobs: list[Job]) -> bytes:
    """Jobs as one message to a worker process.

    Not pickled: pickling a string with non-ASCII text makes Python keep a
    UTF-8 copy inside the string for as long as it lives, and these are the
    build's own post bodies, which live until the build ends.
    """
    rows = [[j.source, j.html, j.date, j.title, j.people, j.people_exclude] for j in jobs]
    return json.dumps(rows, ensure_ascii=False).encode("utf-8", "surrogatepass")


def unpack(message: bytes) -> list[Job]:
    rows = json.loads(message.decode("utf-8", "surrogatepass"))
    return [Job(s, h, d, t, tuple(p), tuple(x)) for s, h, d, t, p, x in rows]


def read_batch(message: bytes) -> list[Outcome]:
    """First readings in a worker: one message per batch, not per post."""
    assert _worker is not None, "start_worker() runs first"
    return [_worker.read(job) for job in unpack(message)]


def reread_batch(message: bytes, answers: list[Answers]) -> list[Result]:
    assert _worker is not None, "start_worker() runs first"
    jobs = unpack(message)
    return [_worker.reread(job, a) for job, a in zip(jobs, answers, strict=True)]


def slim(facts: PostFacts) -> PostFacts:
    """What a build keeps of a post's facts, which thousands of posts hold in memory at once.

    A page never shows the plain text (the page has the post), so it goes,
    and with it what points into it: offsets (zeroed) and the sentence an
    event was read from. A person keeps the fullest form the post named them
    by (which tells the site whether the post named them in full) and, if
    named again, one more; a place or organisation is kept once; a short
    name left unresolved, only itself and whether the story is about it.
    What is left is what the site needs, and is mostly shared between posts.
    """

    def fullest(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        if not mentions:
            return ()
        best = max(mentions, key=lambda m: len(m.text.split()))
        if len(mentions) == 1:
            return (Mention(0, 0, best.text),)
        # A second shows the post named them again, as the site's index asks.
        other = next(m for m in mentions if m is not best)
        return (Mention(0, 0, best.text), Mention(0, 0, other.text))

    def once(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
        seen: dict[str, Entity] = {}
        for e in entities:
            seen.setdefault(e.name, Entity(e.name, e.kind, 0, 0))
        return tuple(seen.values())

    return dataclasses.replace(
        facts,
        text="",
        people=tuple(dataclasses.replace(p, mentions=fullest(p.mentions)) for p in facts.people),
        events=tuple(dataclasses.replace(e, sentence="") for e in facts.events),
        places=once(facts.places),
        organizations=once(facts.organizations),
        unresolved=tuple(ShortName(s.token, (), s.main) for s in facts.unresolved),
    )
