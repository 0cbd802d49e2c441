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

from ..core.batch import Job, Result, run_batch, run_job, warm_up
from ..core.people import NameIndex
from ..core.registry import Registry
from .cache import FactsCache, post_key

logger = logging.getLogger(__name__)

# A pool pays once this many posts are waiting to be read: below it, starting
# worker processes (about half a second of loading word lists) costs more.
POOL_START = 100
# Posts per message to a worker: one per post would cost more in messaging.
BATCH = 16
MAX_AUTO_WORKERS = 4

Answers = tuple[tuple[str, tuple[str, ...]], ...]


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
        self._done: dict[str, Result] = {}
        self._queued: dict[str, Job] = {}
        self._running: dict[str, Future[list[Result]]] = {}
        self._batches: dict[int, list[str]] = {}
        self._pool: ProcessPoolExecutor | None = None
        self.read_here = 0  # readings done in this process
        self.read_by_workers = 0  # and in worker processes

    # -- while Pelican reads ------------------------------------------------

    def add(self, job: Job) -> None:
        """A post Pelican has just read: start reading it if a pool is running."""
        key = job_key(job, self.registry)
        if key in self._done or key in self._queued or key in self._running:
            return
        cached = self.cache.get(key)
        if cached is not None:
            self._done[key] = cached
            return
        self._queued[key] = job
        if self._pool is None and self.pool_size > 0 and len(self._queued) >= POOL_START:
            self._start()
        if self._pool is not None and len(self._queued) >= BATCH:
            self._submit()

    def _start(self) -> None:
        try:
            self._pool = ProcessPoolExecutor(
                self.pool_size, mp_context=_context(), initializer=warm_up
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
            future = self._pool.submit(run_batch, jobs[i : i + BATCH], self.registry)
            self._batches[id(future)] = keys[i : i + BATCH]
            for key in keys[i : i + BATCH]:
                self._running[key] = future

    # -- once every post is in ----------------------------------------------

    def results(self, jobs: Sequence[Job]) -> list[Result]:
        """Facts (or an error message) for each job, in order."""
        for job in jobs:
            self.add(job)
        if self._pool is None and self.pool_size > 0 and len(self._queued) >= POOL_START:
            self._start()
        self._submit()
        self._collect()
        out = []
        for job in jobs:
            key = job_key(job, self.registry)
            if key not in self._done:
                result = run_job(self._queued.pop(key, job), self.registry)
                self.read_here += 1
                self._store(key, result)
            out.append(self._done[key])
        return out

    def reread(self, items: Sequence[tuple[Job, Answers]], index: NameIndex) -> list[Result]:
        """Second readings with the site's name index, keyed by what the index answers."""
        keys = [job_key(job, self.registry, answers) for job, answers in items]
        out: dict[str, Result] = {}
        todo: list[tuple[str, Job]] = []
        for key, (job, _) in zip(keys, items, strict=True):
            cached = self.cache.get(key)
            if cached is not None:
                out[key] = cached
            elif key not in out:
                todo.append((key, job))
        if self._pool is None and self.pool_size > 0 and len(todo) >= POOL_START:
            self._start()
        if self._pool is not None and todo:
            try:
                futures = [
                    self._pool.submit(
                        run_batch, [job for _, job in todo[i : i + BATCH]], self.registry, index
                    )
                    for i in range(0, len(todo), BATCH)
                ]
                results = [r for future in futures for r in future.result()]
                for (key, _), result in zip(todo, results, strict=True):
                    out[key] = result
                self.read_by_workers += len(results)
            except BrokenProcessPool as exc:
                self._broken(exc)
        for key, job in todo:
            if key not in out:
                out[key] = run_job(job, self.registry, index)
                self.read_here += 1
        for key, _ in todo:
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
                results = future.result()
            except BrokenProcessPool as exc:
                self._broken(exc)
                return
            for key, result in zip(keys, results, strict=True):
                self._store(key, result)
                self._running.pop(key, None)
            self.read_by_workers += len(results)

    def _broken(self, exc: BaseException) -> None:
        # A worker died (killed, out of memory): read what it had here instead.
        logger.warning("celebmeta: a worker process stopped (%s); reading posts in this one", exc)
        self.close()
        self.pool_size = 0
        self._running.clear()
        self._batches.clear()

    def _store(self, key: str, result: Result) -> None:
        self._done[key] = result
        if not isinstance(result, str):
            self.cache.put(key, result)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
