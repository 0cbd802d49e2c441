"""A second process that works beside Pelican once every post is read.

From then on Pelican spends most of the build rendering its own pages on
one core. On a larger site a forked copy of the build process takes two
jobs off it, on another core:

1. **Each article's JSON-LD**, made ahead in the order Pelican writes
   articles and sent back in batches. When Pelican renders a page, this
   process takes the graph from what has arrived, or makes it itself if it
   has not: the two make the same bytes, so the page is the same either way.
2. **The plugin's own pages**: person and story pages, their feeds and the
   export. The copy holds the same site (shared, copy on write), renders
   with the same templates and writer settings, and sends back how many
   pages it wrote and what it logged. Should it fail in any way, this
   process writes them instead, as it would without it.

The copy never uses a lock that another thread of Pelican's may have held
when it was forked: it logs through its own handler into a list, never
through Pelican's console.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from pelican import signals

logger = logging.getLogger(__name__)

# Published posts from which a second process pays: below this, the plugin's
# pages take less time to write than a fork and its page copies cost.
START_AT = 200
# Graphs per message: the first batch arrives while Pelican writes its first pages.
BATCH = 64

LogLine = tuple[str, int, str]  # logger name, level, message


def available(workers: int, posts: int) -> bool:
    """Whether to start a second process.

    ``workers`` is ``CELEBMETA_WORKERS``: 0 forks when there is a core to
    spare, 1 keeps everything in this process, more always forks. Only
    Linux forks a running Python safely; a writer class from another
    plugin is used only by Pelican's own process, so it rules the fork out.
    """
    if workers == 1 or posts < START_AT or not sys.platform.startswith("linux"):
        return False
    if signals.get_writer.receivers:
        return False
    return workers > 1 or len(os.sched_getaffinity(0)) > 1


class _Collect(logging.Handler):
    def __init__(self, lines: list[LogLine]) -> None:
        super().__init__(logging.NOTSET)
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
        self.lines.append((record.name, record.levelno, message))


def _log_into(lines: list[LogLine]) -> None:
    handler = _Collect(lines)
    for log in logging.Logger.manager.loggerDict.values():
        if isinstance(log, logging.Logger) and log.handlers:
            log.handlers = [] if log.propagate else [handler]
    logging.getLogger().handlers = [handler]


def _child(
    graphs: Callable[[], Iterator[dict[str, str]]],
    pages: Callable[[], int],
    sender: Any,
) -> None:
    lines: list[LogLine] = []
    _log_into(lines)
    # A pipe holds little: a thread sends while the pages are being written.
    outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def send() -> None:
        while (message := outbox.get()) is not None:
            sender.send(message)

    thread = threading.Thread(target=send, name="celebmeta-send")
    thread.start()
    try:
        for batch in graphs():
            outbox.put(("graphs", batch))
        outbox.put(("done", lines, pages(), None))
    except BaseException as exc:  # whatever it was, the build process writes the pages
        outbox.put(("done", lines, 0, f"{type(exc).__name__}: {exc}"))
    outbox.put(None)
    thread.join()
    sender.close()


class Background:
    """A forked copy of the build; ``graph`` takes what it has made, ``result`` waits for it."""

    def __init__(self, process: Any, receiver: Any) -> None:
        self._process = process
        self._receiver = receiver
        self._graphs: dict[str, str] = {}
        self._done: tuple[Any, ...] | None = None
        self._open = True
        self.graphs_used = 0

    @classmethod
    def start(
        cls,
        graphs: Callable[[], Iterator[dict[str, str]]],
        pages: Callable[[], int],
    ) -> Background | None:
        """Fork: the copy sends the batches ``graphs`` yields, then runs ``pages``.

        ``pages`` writes the plugin's pages and returns how many it wrote.
        """
        fork = multiprocessing.get_context("fork")
        receiver, sender = fork.Pipe(duplex=False)
        process = fork.Process(
            target=_child, args=(graphs, pages, sender), name="celebmeta", daemon=True
        )
        try:
            with warnings.catch_warnings():
                # Python 3.12+ warns of forking beside threads; see the module's docstring.
                warnings.filterwarnings("ignore", "This process .* is multi-threaded")
                process.start()
        except OSError as exc:
            logger.warning("celebmeta: no second process (%s); all is done here", exc)
            receiver.close()
            return None
        finally:
            sender.close()
        return cls(process, receiver)

    def _take(self) -> None:
        try:
            message = self._receiver.recv()
        except (EOFError, OSError):  # the copy is gone; ``result`` says so
            self._open = False
            return
        if message[0] == "graphs":
            self._graphs.update(message[1])
        else:
            self._done = message
            self._open = False

    def graph(self, key: str) -> str | None:
        """The JSON-LD of post ``key`` if it has arrived, without waiting for it."""
        text = self._graphs.pop(key, None)
        while text is None and self._open and self._receiver.poll():
            self._take()
            text = self._graphs.pop(key, None)
        self.graphs_used += text is not None
        return text

    def result(self) -> int | None:
        """Pages written, once the copy is done; None if it failed (and it says why)."""
        try:
            while self._open:
                self._take()
        finally:
            self._graphs.clear()
            self._receiver.close()
            self._process.join()
        if self._done is None:
            logger.warning(
                "celebmeta: the second process stopped (exit code %s); "
                "person and story pages are written here",
                self._process.exitcode,
            )
            return None
        _, lines, pages, error = self._done
        for name, level, message in lines:
            logging.getLogger(name).log(level, "%s", message)
        if error:
            logger.warning(
                "celebmeta: the second process failed (%s); person and story pages are "
                "written here",
                error,
            )
            return None
        return pages
