"""The plugin's own pages, written on another core while Pelican writes its own.

Person and story pages, their feeds and the export need the whole site, so
they wait until every post is read; from then on Pelican spends most of the
build rendering its own pages on one core. On a larger site a forked copy of
the build process writes the plugin's pages meanwhile: it holds the same
site (shared, copy on write), renders with the same templates and writer
settings, and sends back how many pages it wrote and what it logged. Should
it fail in any way, this process writes them instead, as it would without.

The copy never uses a lock that another thread of Pelican's may have held
when it was forked: it logs through its own handler into a list, never
through Pelican's console.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import warnings
from collections.abc import Callable
from typing import Any

from pelican import signals

logger = logging.getLogger(__name__)

# Published posts from which a second process pays: below this, the plugin's
# pages take less time to write than a fork and its page copies cost.
START_AT = 200

LogLine = tuple[str, int, str]  # logger name, level, message


def available(workers: int, posts: int) -> bool:
    """Whether to write the plugin's pages in a second process.

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


def _child(work: Callable[[], int], sender: Any) -> None:
    lines: list[LogLine] = []
    _log_into(lines)
    try:
        pages, error = work(), None
    except BaseException as exc:  # whatever it was, the build process writes the pages
        pages, error = 0, f"{type(exc).__name__}: {exc}"
    sender.send((lines, pages, error))
    sender.close()


class PageWriter:
    """A forked copy of the build writing pages; ``result`` waits for it."""

    def __init__(self, process: Any, receiver: Any) -> None:
        self._process = process
        self._receiver = receiver

    @classmethod
    def start(cls, work: Callable[[], int]) -> PageWriter | None:
        """Run ``work`` (which returns the number of pages it wrote) in a forked process."""
        fork = multiprocessing.get_context("fork")
        receiver, sender = fork.Pipe(duplex=False)
        process = fork.Process(
            target=_child, args=(work, sender), name="celebmeta-pages", daemon=True
        )
        try:
            with warnings.catch_warnings():
                # Python 3.12+ warns of forking beside threads; see the module's docstring.
                warnings.filterwarnings("ignore", "This process .* is multi-threaded")
                process.start()
        except OSError as exc:
            logger.warning("celebmeta: no second process for person and story pages (%s)", exc)
            receiver.close()
            return None
        finally:
            sender.close()
        return cls(process, receiver)

    def result(self) -> int | None:
        """Pages written, once the process is done; None if it failed (and it says why)."""
        try:
            outcome = self._receiver.recv()
        except (EOFError, OSError):
            outcome = None
        finally:
            self._receiver.close()
            self._process.join()
        if outcome is None:
            logger.warning(
                "celebmeta: the process writing person and story pages stopped "
                "(exit code %s); they are written here",
                self._process.exitcode,
            )
            return None
        lines, pages, error = outcome
        for name, level, message in lines:
            logging.getLogger(name).log(level, "%s", message)
        if error:
            logger.warning(
                "celebmeta: writing person and story pages in a second process failed (%s); "
                "they are written here",
                error,
            )
            return None
        return pages
