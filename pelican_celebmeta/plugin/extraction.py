"""Reading posts while Pelican reads them.

Pelican reads and renders Markdown on one core. Each post is handed over
as soon as Pelican has made it (``content_object_init``), so on a larger
site worker processes read posts on the other cores while Pelican goes on
with the next ones; by the time every post is in, most are already read.
When Pelican is done reading, the core it ran on goes to one more worker
rather than to this process: reading here would load the word lists into,
and grow the heap of, the process that holds the whole site. Small sites,
and sites that are mostly cached, never start a pool: their posts are read
in this process at the end, which costs less than starting one. Either way
each post gets exactly the facts a serial build would give it.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from ..core.batch import (
    Job,
    Outcome,
    Reader,
    pack,
    read_batch,
    reread_batch,
    start_worker,
)
from ..core.facts import PostFacts, facts_from_data, facts_to_data
from ..core.nameindex import Answers
from ..core.registry import Registry
from .cache import FactsCache, post_key

logger = logging.getLogger(__name__)

# A pool pays once this many posts are waiting to be read: below it, starting
# worker processes (about half a second of loading word lists) costs more.
POOL_START = 100
# Posts per message to a worker: one per post would cost more in messaging.
BATCH = 16
# Readings left when Pelican is done that pay for starting one more worker.
WIDEN_AT = 200
MAX_AUTO_WORKERS = 4


def job_key(job: Job, fingerprint: str) -> str:
    """The cache key of a post's first reading, ``fingerprint`` standing for the registry."""
    return post_key(job.html, job.date, job.title, job.people, job.people_exclude, fingerprint)


Result = PostFacts | str  # facts, or why the post could not be read


@dataclass(frozen=True, slots=True)
class First:
    """A first reading as this process keeps it: ``Outcome`` with its facts decoded."""

    facts: Result
    guess: Answers = ()
    guessed: PostFacts | None = None


@dataclass(eq=False)
class _Pool:
    executor: ProcessPoolExecutor
    workers: int
    busy: int = 0  # batches handed out and not yet collected


def _context() -> Any:
    # Not fork: a forked Pelican process would carry all of Pelican's memory and
    # any threads' locks; a fresh worker imports only the extraction core.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class Extractor:
    """Facts for posts, from the cache, from worker processes or read here.

    ``workers`` is the ``CELEBMETA_WORKERS`` setting: 0 decides from the
    machine (a worker for every core but the one Pelican runs on, up to
    four), 1 never starts a pool, n starts n workers. Once Pelican has read
    every post, one more worker starts if many posts are still waiting.
    """

    def __init__(self, registry: Registry | None, cache: FactsCache, workers: int) -> None:
        self.registry = registry
        self._fingerprint = registry.fingerprint() if registry else ""
        self.cache = cache
        if workers == 0:
            # Pelican keeps one core busy reading; more workers than the other
            # cores would slow it down more than they speed reading up.
            self.pool_size = min((os.cpu_count() or 1) - 1, MAX_AUTO_WORKERS)
        else:
            self.pool_size = workers if workers > 1 else 0
        self._reader = Reader(registry)  # for posts read in this process
        self._keys: dict[str, tuple[str, str]] = {}  # source -> (html, first-reading key)
        self._done: dict[str, First] = {}
        # Posts whose facts the cache holds, decoded only when asked for (``results``,
        # ``cached``): an unchanged site may not need a post's first reading.
        self._cached: dict[str, Job] = {}
        # Equal people, places and dates of different posts become one object.
        self._shared: dict[Any, Any] = {}
        self._queued: dict[str, Job] = {}  # in arrival order
        self._inflight: list[tuple[Future[list[Any]], _Pool, list[str]]] = []
        self._pools: list[_Pool] = []
        self._widened = False
        self._expected = 0  # files Pelican said it would read (see ``expect``)
        self.read_here = 0  # readings done in this process
        self.read_by_workers = 0  # and in worker processes
        self.guessed = 0  # second readings a first reading had already made

    # -- while Pelican reads ------------------------------------------------

    def key(self, job: Job) -> str:
        """The cache key of a first reading; hashed once per post, however often asked."""
        known = self._keys.get(job.source)
        # Pelican hands out the same content string each time: an identity check will do.
        if known is not None and known[0] is job.html:
            return known[1]
        key = job_key(job, self._fingerprint)
        self._keys[job.source] = (job.html, key)
        return key

    def add(self, job: Job) -> None:
        """A post Pelican has just read: queue it, and keep the workers busy."""
        key = self.key(job)
        if key in self._done or key in self._cached or key in self._queued:
            return
        if self._is_inflight(key):
            return
        if key in self.cache:
            self._cached[key] = job
            return
        self._queued[key] = job
        if not self._pools and self.pool_size > 0 and len(self._queued) >= POOL_START:
            self._start(self.pool_size)
            if not self._pools:
                self.pool_size = 0
        if self._pools:
            self._top_up()

    def may_start_early(self) -> bool:
        """Whether ``expect`` could start the workers: none yet, and few posts cached."""
        return not self._pools and self.pool_size > 0 and len(self.cache) < POOL_START

    def expect(self, files: int) -> None:
        """Pelican is about to read ``files`` more files: start the workers now if they will
        have enough to read.

        Their start (about a quarter of a second each: Python, the word lists) then runs
        while Pelican starts reading, not after its hundredth post. Not when the cache
        may hold the posts: a rebuild of an unchanged site reads none of them.
        """
        self._expected += files
        if self.may_start_early() and self._expected - len(self.cache) >= POOL_START:
            self._start(self.pool_size)
            if not self._pools:
                self.pool_size = 0

    def _is_inflight(self, key: str) -> bool:
        return any(key in keys for _, _, keys in self._inflight)

    def _start(self, workers: int) -> None:
        try:
            executor = ProcessPoolExecutor(
                workers,
                mp_context=_context(),
                initializer=start_worker,
                initargs=(self.registry, os.getpid()),
            )
        except (OSError, ValueError) as exc:
            if self._pools:  # the late worker: the pool already running carries on alone
                logger.warning("celebmeta: no extra worker process (%s)", exc)
            else:
                logger.warning(
                    "celebmeta: no worker processes (%s); reading posts in this one", exc
                )
            return
        self._pools.append(_Pool(executor, workers))

    def _widen(self, waiting: int) -> None:
        """Pelican is done reading: its core goes to one more worker, if enough is left."""
        if self._pools and not self._widened and waiting >= WIDEN_AT:
            self._widened = True
            self._start(1)

    def _room(self) -> _Pool | None:
        """The least busy pool, or None when every worker has two batches.

        Asked before a batch is packed: while Pelican reads, most offers find the
        workers busy, and packing a batch for each cost the build process as
        much as all its other work for the plugin.
        """
        pool = min(self._pools, key=lambda p: p.busy / p.workers)
        return None if pool.busy >= 2 * pool.workers else pool

    @staticmethod
    def _submit(pool: _Pool, fn: Any, *args: Any) -> tuple[Future[list[Any]], _Pool]:
        future = pool.executor.submit(fn, *args)
        pool.busy += 1
        return future, pool

    def _top_up(self, rest: bool = False) -> None:
        """Collect finished batches and hand out new ones, two per worker in flight.

        While Pelican reads, only whole batches go out: a batch of one post,
        handed out each time a worker has room, costs this process (the one
        Pelican reads in) a message per post. ``rest`` hands out what is left.
        """
        for item in [item for item in self._inflight if item[0].done()]:
            if item in self._inflight:  # not dropped by a failure just before
                self._inflight.remove(item)
                self._collect(item)
        while self._pools and (len(self._queued) >= BATCH or (rest and self._queued)):
            pool = self._room()
            if pool is None:
                return
            keys = list(itertools.islice(self._queued, BATCH))
            try:
                handed = self._submit(pool, read_batch, pack([self._queued[k] for k in keys]))
            except Exception as exc:  # a broken pool, or no process could be started
                self._broken(exc)
                return
            for k in keys:
                del self._queued[k]
            self._inflight.append((*handed, keys))

    def _collect(self, item: tuple[Future[list[Any]], _Pool, list[str]]) -> None:
        future, pool, keys = item
        pool.busy -= 1
        try:
            outcomes = future.result()
        except Exception as exc:  # a worker died, or could not send its answer back
            self._broken(exc)
            return  # its posts are read here, in ``results``
        for key, outcome in zip(keys, outcomes, strict=True):
            self._store(key, outcome)
        self.read_by_workers += len(outcomes)

    def _broken(self, exc: BaseException) -> None:
        # A worker died (killed, out of memory) or failed: what it had is read here instead.
        if self._pools:
            logger.warning(
                "celebmeta: a worker process stopped (%s); reading posts in this one", exc
            )
        for pool in self._pools:
            pool.executor.shutdown(wait=False, cancel_futures=True)
        self._pools.clear()
        self.pool_size = 0
        self._inflight.clear()

    def _wait(self, futures: list[Future[list[Any]]]) -> None:
        if futures:
            wait(futures, return_when=FIRST_COMPLETED)

    # -- once every post is in ----------------------------------------------

    def results(self, jobs: Sequence[Job]) -> list[First]:
        """The first reading of each job, in order."""
        for job in jobs:
            self.add(job)
        for key, job in list(self._cached.items()):
            del self._cached[key]
            cached = self.cache.get(key, self._shared)
            if cached is not None:
                self._done[key] = First(cached)
            else:  # a damaged line: read again
                self._queued[key] = job
        self._widen(len(self._queued))
        while self._pools and (self._queued or self._inflight):
            self._top_up(rest=True)
            self._wait([future for future, _, _ in self._inflight])
        # Without a pool (a small site, or workers that stopped) the rest is read here.
        while self._queued:
            key, job = self._queued.popitem()
            self.read_here += 1
            self._store(key, self._reader.read(job))
        out = []
        for job in jobs:
            key = self.key(job)
            if key not in self._done:  # a worker stopped with it
                self.read_here += 1
                self._store(key, self._reader.read(job))
            out.append(self._done[key])
        return out

    def cached(self, key: str) -> PostFacts | None:
        """The facts the cache holds under ``key``, or None (none, or a damaged line)."""
        return self.cache.get(key, self._shared)

    def reread(self, items: Sequence[tuple[Job, Answers, First]]) -> list[Result]:
        """Second readings, with what the site answers for each post's short names."""
        # A first reading's key already stands for the post: the answers are all that is new.
        keys = [post_key(self.key(job), answers) for job, answers, _ in items]
        out: dict[str, Result] = {}
        todo: list[tuple[str, Job, Answers]] = []
        seen: set[str] = set()
        for key, (job, answers, first) in zip(keys, items, strict=True):
            if key in seen:
                continue  # a translation with the same text
            seen.add(key)
            cached = self.cache.get(key, self._shared)
            if cached is not None:
                out[key] = cached
            elif first.guessed is not None and first.guess == answers:
                out[key] = first.guessed
                self.guessed += 1
                self.cache.put(key, facts_to_data(first.guessed))
            else:
                todo.append((key, job, answers))
        self._widen(len(todo))
        inflight: list[tuple[Future[list[Any]], _Pool, list[tuple[str, Job, Answers]]]] = []
        while self._pools and (todo or inflight):
            for item in [item for item in inflight if item[0].done()]:
                inflight.remove(item)
                self._gather(item, out)
            while self._pools and todo and (pool := self._room()) is not None:
                batch = todo[:BATCH]
                try:
                    handed = self._submit(
                        pool,
                        reread_batch,
                        pack([j for _, j, _ in batch]),
                        [a for _, _, a in batch],
                    )
                except Exception as exc:  # a broken pool, or no process could be started
                    self._broken(exc)
                    break
                todo = todo[BATCH:]
                inflight.append((*handed, batch))
            self._wait([future for future, _, _ in inflight])
        for item in inflight:  # left behind by workers that stopped
            self._gather(item, out)
        for key, job, answers in todo:
            out[key] = self._decode(key, self._reader.reread(job, answers))
            self.read_here += 1
        return [out[key] for key in keys]

    def _gather(
        self,
        item: tuple[Future[list[Any]], _Pool, list[tuple[str, Job, Answers]]],
        out: dict[str, Result],
    ) -> None:
        future, pool, batch = item
        pool.busy -= 1
        try:
            results = future.result()
            self.read_by_workers += len(results)
        except Exception as exc:  # a worker died, or could not send its answer back
            self._broken(exc)
            results = [self._reader.reread(job, answers) for _, job, answers in batch]
            self.read_here += len(batch)
        for (key, _, _), result in zip(batch, results, strict=True):
            out[key] = self._decode(key, result)

    def _decode(self, key: str, result: str | list[Any]) -> Result:
        """A reading's facts, cached as they came and kept as shared objects."""
        if isinstance(result, str):
            return result
        self.cache.put(key, result)
        return facts_from_data(result, self._shared)

    def _store(self, key: str, outcome: Outcome) -> None:
        guessed = outcome.guessed
        self._done[key] = First(
            self._decode(key, outcome.facts),
            outcome.guess,
            facts_from_data(guessed, self._shared) if guessed is not None else None,
        )

    def close(self) -> None:
        """Stop the workers and let go of every reading: the site model has the facts now."""
        for pool in self._pools:
            pool.executor.shutdown(wait=True, cancel_futures=True)
        self._pools.clear()
        self._inflight.clear()
        self._done.clear()
        self._cached.clear()
        self._keys.clear()
        self._queued.clear()
        self._shared.clear()
