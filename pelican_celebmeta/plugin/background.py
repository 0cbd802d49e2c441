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

The fork comes when Pelican starts writing: links between posts are
settled by then and every plugin has finished with the site. Pelican's only
other thread then is its console's status line; the copy logs into a list
(the build process logs it) and never touches the console, whose lock that
thread may have held at the fork. Other plugins' ``content_written``
handlers would run in the copy, out of their own process's sight, so a build
with any keeps to one process.
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
NAME = "celebmeta"  # the process's name, to find one a failed build left behind

LogLine = tuple[str, int, str]  # logger name, level, message


def available(workers: int, posts: int) -> bool:
    """Whether to start a second process.

    ``workers`` is ``CELEBMETA_WORKERS``: 0 forks when there is a core to
    spare, 1 keeps everything in this process, more always forks. Only
    Linux forks a running Python safely.
    """
    if workers == 1 or posts < START_AT or not sys.platform.startswith("linux"):
        return False
    if signals.content_written.receivers:
        return False
    return workers > 1 or len(os.sched_getaffinity(0)) > 1


def stop_leftovers() -> None:
    """End a copy that a build which failed after forking never waited for.

    Its pages belong to that build; left alone, it would write them into the
    next one's output, or wait for ever to send what nobody reads.
    """
    for child in multiprocessing.active_children():
        if child.name == NAME:
            child.terminate()
            child.join()


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
    pages: Callable[[], Any],
    receiver: Any,
    sender: Any,
) -> None:
    # Without the build's end of the pipe here, a send fails once the build lets go of it.
    receiver.close()
    lines: list[LogLine] = []
    _log_into(lines)
    # A pipe holds little: a thread sends while the pages are being written.
    outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def send() -> None:
        try:
            while (message := outbox.get()) is not None:
                sender.send(message)
        except OSError:  # the build has stopped listening
            pass

    thread = threading.Thread(target=send, name="celebmeta-send", daemon=True)
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
        pages: Callable[[], Any],
    ) -> Background | None:
        """Fork: the copy sends the batches ``graphs`` yields, then runs ``pages``.

        What ``pages`` returns (it must pickle) is what ``result`` gives back.
        """
        fork = multiprocessing.get_context("fork")
        receiver, sender = fork.Pipe(duplex=False)
        process = fork.Process(
            target=_child, args=(graphs, pages, receiver, sender), name=NAME, daemon=True
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
        if text is not None:
            self.graphs_used += 1
        return text

    def result(self) -> Any | None:
        """What ``pages`` returned, once the copy is done; None if it failed (it says why)."""
        try:
            while self._open:
                self._take()
        except BaseException:  # Ctrl-C, say: the copy's work is of no use now
            self._process.terminate()
            raise
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
            # After a failure the pages are written again here, and say it all again.
            logging.getLogger(name).log(logging.DEBUG if error else level, "%s", message)
        if error:
            logger.warning(
                "celebmeta: the second process failed (%s); person and story pages are "
                "written here",
                error,
            )
            return None
        return pages
