"""One file of keyed lines kept between builds: the storage under the plugin's caches.

A file is a JSON header line, then one line per key. A build indexes the lines
(a file position each) and reads a line from disk only when it is asked for;
lines the build makes wait in a temporary file, so a cache costs memory for its
keys only, however large the site. At the end of the build the file is written
again, atomically, only when the build made a line or left one unused (so the
lines of deleted posts and pages drop out).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from typing import Any, BinaryIO

logger = logging.getLogger(__name__)

_PREAD = getattr(os, "pread", None)  # none on Windows


def read_at(
    fh: BinaryIO,
    length: int,
    offset: int,
    pread: Callable[[int, int, int], bytes] | None = _PREAD,
) -> bytes:
    """``length`` bytes of ``fh`` from ``offset``: ``os.pread`` where there is one
    (it leaves the file's position alone), a seek and a read on Windows."""
    if pread is not None:
        return pread(fh.fileno(), length, offset)
    position = fh.tell()  # a spool read back while still written to must stay at its end
    try:
        fh.seek(offset)
        return fh.read(length)
    finally:
        fh.seek(position)


class LineFile:
    """Lines by key, valid under one header.

    ``key_of`` finds a line's key without parsing the rest (None skips the
    line; ValueError makes the whole file unreadable). A file whose header
    names another format is ignored with a warning; one of the same format
    under another header (another version, another site's digest) is ignored
    silently: its lines are made again. ``sort`` writes the lines sorted by key,
    for lines made in an order that varies from build to build; otherwise a file
    of new lines only keeps the order they were made in.
    """

    def __init__(
        self,
        path: str | None,
        header: dict[str, Any],
        key_of: Callable[[bytes], str | None],
        *,
        load: bool = True,
        sort: bool = False,
    ) -> None:
        self.path = path
        self.sort = sort
        self.header = header
        self._key_of = key_of
        self._file: BinaryIO | None = None  # the file as loaded, when its header is ours
        self._old: dict[str, tuple[int, int]] = {}  # key -> (offset, length) in _file
        self._used: set[str] = set()  # keys of the file's lines this build read
        self._spool: BinaryIO | None = None  # lines this build made
        self._new: dict[str, tuple[int, int]] = {}  # key -> (offset, length) in _spool
        self._end = 0  # where the spool's next line goes
        self._unflushed = False  # lines in the spool's buffer, not yet in the file
        if path and load:
            self._load()

    def _load(self) -> None:
        assert self.path
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 (open for the whole build)
        except FileNotFoundError:
            return
        except OSError as exc:
            logger.warning("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            return
        try:
            first = fh.readline()
            header = json.loads(first)
            if not isinstance(header, dict) or header.get("format") != self.header["format"]:
                logger.warning("celebmeta: ignoring %s: not a pelican-celebmeta cache", self.path)
                fh.close()
                return
            if header != self.header:
                fh.close()
                return
            offset = len(first)
            for line in fh:
                key = self._key_of(line)
                if key is not None:
                    self._old[key] = (offset, len(line))
                offset += len(line)
        except (OSError, ValueError) as exc:
            logger.warning("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            self._old.clear()
            fh.close()
            return
        self._file = fh

    def __len__(self) -> int:
        """How many lines the file held as the build started (none when it was not read)."""
        return len(self._old)

    def has(self, key: str) -> bool:
        """Is there a line for ``key``, in the file or made by this build?"""
        return key in self._old or key in self._new

    def keep(self, key: str) -> None:
        """Write the file's line of ``key`` back, as if read: needed again when the site changes."""
        if key in self._old:
            self._used.add(key)

    def holds(self, key: str) -> bool:
        """Has this build read or made the line of ``key``?"""
        return key in self._used or key in self._new

    def line(self, key: str) -> bytes | None:
        """The line stored under ``key``, made by this build or read from the file."""
        fresh = key in self._new
        if fresh and not self._flush():
            return None
        fh, place = (self._spool, self._new[key]) if fresh else (self._file, self._old.get(key))
        raw = self._read(fh, place)
        if raw is not None and not fresh:
            self._used.add(key)
        return raw

    def forget(self, key: str) -> None:
        """Drop a line found damaged: it is made again and not written back."""
        self._old.pop(key, None)
        self._new.pop(key, None)
        self._used.discard(key)

    def add(self, key: str, raw: bytes) -> None:
        """Keep ``raw`` (one line, newline-ended) under ``key``, unless it is held already."""
        if not self.path or self.holds(key):
            return
        try:
            if self._spool is None:
                self._spool = tempfile.TemporaryFile()  # noqa: SIM115 (kept until save)
            # Reads leave the spool's position at its end (see ``read_at``). Not flushed line by line: a build keeps thousands of lines, and reads back
            # few of them (``line`` flushes first).
            self._spool.write(raw)
        except OSError as exc:
            self._lost(exc)
            return
        self._new[key] = (self._end, len(raw))
        self._end += len(raw)
        self._unflushed = True

    def _flush(self) -> bool:
        """Put the spool's buffered lines into its file; False when they are lost."""
        if self._unflushed and self._spool is not None:
            try:
                self._spool.flush()
            except OSError as exc:
                self._lost(exc)
                return False
            self._unflushed = False
        return True

    def _lost(self, exc: OSError) -> None:
        # A spool that failed holds nothing certain: its lines are made again if asked for.
        logger.debug("celebmeta: cannot keep cache lines (%s)", exc)
        if self._spool is not None:
            with contextlib.suppress(OSError):
                self._spool.close()
        self._spool = None
        self._new.clear()
        self._end = 0
        self._unflushed = False

    def save(self) -> None:
        """Write the lines this build read and made, if that is not what the file holds."""
        try:
            if self.path and self._flush() and (self._new or self._used != self._old.keys()):
                self._write()
        finally:
            for fh in (self._file, self._spool):
                if fh is not None:
                    fh.close()
            self._file = self._spool = None
            self._old.clear()
            self._new.clear()
            self._used.clear()
            self._end = 0
            self._unflushed = False

    @staticmethod
    def _read(fh: BinaryIO | None, place: tuple[int, int] | None) -> bytes | None:
        if fh is None or place is None:
            return None
        try:
            return read_at(fh, place[1], place[0])
        except OSError:
            return None

    def _spool_is_all(self, places: dict[str, Any]) -> bool:
        """Whether the spool, as it is, holds every line to write and nothing else.

        Not for a file whose lines come in an order that varies from build to build
        (``sort``): those are written sorted by key.
        """
        return (
            not self.sort
            and self._spool is not None
            and len(places) == len(self._new)
            and sum(length for _, length in self._new.values()) == self._end
        )

    def _write(self) -> None:
        assert self.path
        places = {key: (self._file, self._old[key]) for key in self._used if key in self._old}
        places.update((key, (self._spool, place)) for key, place in self._new.items())
        folder = os.path.dirname(self.path)
        tmp = None
        try:
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".celebmeta-", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(json.dumps(self.header).encode("ascii") + b"\n")
                if self._spool_is_all(places):
                    # Only lines this build made, in the order it made them: the spool is
                    # the file, copied whole rather than line by line.
                    self._spool.seek(0)
                    shutil.copyfileobj(self._spool, fh, 1 << 20)
                else:
                    for key in sorted(places):
                        raw = self._read(*places[key])
                        if raw is not None:
                            fh.write(raw)
            os.replace(tmp, self.path)
        except (OSError, ValueError) as exc:
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
            logger.warning(
                "celebmeta: cannot write the cache %s (%s); what it kept is made again next build",
                self.path,
                getattr(exc, "strerror", None) or exc,
            )
