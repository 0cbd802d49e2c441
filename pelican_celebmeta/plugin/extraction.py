"""Reading posts while Pelican reads them.

Pelican reads and renders Markdown on one core. Each post is handed over
as soon as Pelican has made it (``content_object_init``), so on a larger
site worker processes read posts on the other cores while Pelican goes on
with the next ones; by the time every post is in, most are already read.
Small sites, and sites that are mostly cached, never start a pool: posts
are read in this process at the end instead, which costs less than
starting one. Either way each post gets exactly the facts a serial build
would give it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..core.batch import Job, Outcome, Reader, Result, read_batch, reread_batch, start_worker
from ..core.people import Answers
from ..core.registry import Registry
from .cache import FactsCache, post_key

logger = logging.getLogger(__name__)

# A pool pays once this many posts are waiting to be read: below it, starting
# worker processes (about half a second of loading word lists) costs more.
POOL_START = 100
# Posts per message to a worker: one per post would cost more in messaging.
BATCH = 16
MAX_AUTO_WORKERS = 4


def job_key(job: Job, registry: Registry | None, answers: Answers | None = None) -> str:
    fingerprint = registry.fingerprint() if registry else ""
    return post_key(
        job.html, job.date, job.title, job.people, job.people_exclude, fingerprint, answers
    )


def _context() -> Any:
    # Not fork: a forked Pelican process would carry all of Pelican's memory and
    # any threads' locks; a fresh worker imports only the extraction core.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class Extractor:
    """Facts for posts, from the cache, from worker processes or read here.

    ``workers`` is the ``CELEBMETA_WORKERS`` setting: 0 decides from the
    machine (a worker for every core but the one Pelican runs on, up to
    four), 1 never starts a pool, n starts n workers.
    """

    def __init__(self, registry: Registry | None, cache: FactsCache, workers: int) -> None:
        self.registry = registry
        self.cache = cache
        if workers == 0:
            # Pelican keeps one core busy reading; more workers than the other
            # cores would slow it down more than they speed reading up.
            self.pool_size = min((os.cpu_count() or 1) - 1, MAX_AUTO_WORKERS)
        else:
            self.pool_size = workers if workers > 1 else 0
        self._reader = Reader(registry)  # for posts read in this process
        self._done: dict[str, Outcome] = {}
        self._queued: dict[str, Job] = {}
        self._running: dict[str, Future[list[Outcome]]] = {}
        self._batches: dict[int, list[str]] = {}
        self._pool: ProcessPoolExecutor | None = None
        self.read_here = 0  # readings done in this process
        self.read_by_workers = 0  # and in worker processes
        self.guessed = 0  # second readings a first reading had already made

    # -- while Pelican reads ------------------------------------------------

    def add(self, job: Job) -> None:
        """A post Pelican has just read: start reading it if a pool is running."""
        key = job_key(job, self.registry)
        if key in self._done or key in self._queued or key in self._running:
            return
        cached = self.cache.get(key)
        if cached is not None:
            self._done[key] = Outcome(cached)
            return
        self._queued[key] = job
        if self._pool is None and self.pool_size > 0 and len(self._queued) >= POOL_START:
            self._start()
        if self._pool is not None and len(self._queued) >= BATCH:
            self._submit()

    def _start(self) -> None:
        try:
            self._pool = ProcessPoolExecutor(
                self.pool_size,
                mp_context=_context(),
                initializer=start_worker,
                initargs=(self.registry,),
            )
        except (OSError, ValueError) as exc:
            logger.warning("celebmeta: no worker processes (%s); reading posts in this one", exc)
            self.pool_size = 0

    def _submit(self) -> None:
        if not self._queued or self._pool is None:
            return
        keys = list(self._queued)
        jobs = [self._queued.pop(k) for k in keys]
        for i in range(0, len(jobs), BATCH):
            future = self._pool.submit(read_batch, jobs[i : i + BATCH])
            self._batches[id(future)] = keys[i : i + BATCH]
            for key in keys[i : i + BATCH]:
                self._running[key] = future

    # -- once every post is in ----------------------------------------------

    def results(self, jobs: Sequence[Job]) -> list[Outcome]:
        """The first reading of each job, in order."""
        for job in jobs:
            self.add(job)
        self._submit()
        self._collect()
        out = []
        for job in jobs:
            key = job_key(job, self.registry)
            if key not in self._done:
                self.read_here += 1
                self._store(key, self._reader.read(self._queued.pop(key, job)))
            out.append(self._done[key])
        return out

    def reread(self, items: Sequence[tuple[Job, Answers, Outcome]]) -> list[Result]:
        """Second readings, with what the site answers for each post's short names."""
        keys = [job_key(job, self.registry, answers) for job, answers, _ in items]
        out: dict[str, Result] = {}
        todo: list[tuple[str, Job, Answers]] = []
        for key, (job, answers, first) in zip(keys, items, strict=True):
            if key in out:
                continue
            cached = self.cache.get(key)
            if cached is not None:
                out[key] = cached
            elif first.guessed is not None and first.guess == answers:
                out[key] = first.guessed
                self.guessed += 1
                self.cache.put(key, first.guessed)
            else:
                todo.append((key, job, answers))
        if self._pool is not None and todo:
            try:
                futures = [
                    self._pool.submit(reread_batch, [(j, a) for _, j, a in todo[i : i + BATCH]])
                    for i in range(0, len(todo), BATCH)
                ]
                results = [r for future in futures for r in future.result()]
                for (key, _, _), result in zip(todo, results, strict=True):
                    out[key] = result
                self.read_by_workers += len(results)
            except BrokenProcessPool as exc:
                self._broken(exc)
        for key, job, answers in todo:
            if key not in out:
                out[key] = self._reader.reread(job, answers)
                self.read_here += 1
            if not isinstance(out[key], str):
                self.cache.put(key, out[key])
        return [out[key] for key in keys]

    def _collect(self) -> None:
        seen: set[int] = set()
        for future in list(self._running.values()):
            if id(future) in seen:
                continue
            seen.add(id(future))
            keys = self._batches.pop(id(future))
            try:
                outcomes = future.result()
            except BrokenProcessPool as exc:
                self._broken(exc)
                return
            for key, outcome in zip(keys, outcomes, strict=True):
                self._store(key, outcome)
                self._running.pop(key, None)
            self.read_by_workers += len(outcomes)

    def _broken(self, exc: BaseException) -> None:
        # A worker died (killed, out of memory): read what it had here instead.
        logger.warning("celebmeta: a worker process stopped (%s); reading posts in this one", exc)
        self.close()
        self.pool_size = 0
        self._running.clear()
        self._batches.clear()

    def _store(self, key: str, outcome: Outcome) -> None:
        self._done[key] = outcome
        if not isinstance(outcome.facts, str):
            self.cache.put(key, outcome.facts)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
