"""Per-post facts cached on disk between builds.

A post's facts depend only on its HTML, date, title, its people overrides,
the registry and this plugin's version; the cache key is a hash of all of
them, so a changed post, registry or plugin simply misses. The cache is
JSON Lines (never pickle: a file on disk is never trusted to run code); a
corrupt or foreign file is ignored with a warning, and an unwritable
folder costs a warning, never the build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from typing import Any, BinaryIO

from .. import __version__
from ..core.batch import FactsData
from ..core.facts import PostFacts, facts_from_data

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


FORMAT = "pelican-celebmeta facts cache"
# Bumped when the shape of an entry changes: an older file is then rebuilt silently.
SCHEMA = 4


def post_key(*parts: Any) -> str:
    digest = hashlib.sha256()
    for part in (__version__, *parts):
        # A post's HTML is hashed as it is: its repr() would copy it first.
        text, kind = (part, b"s") if isinstance(part, str) else (repr(part), b"r")
        digest.update(kind)
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class FactsCache:
    """Facts by key, read at the start of a build and written once at its end.

    The file is JSON Lines: a header line, then one ``[key, facts]`` line per
    post, sorted by key. What a build holds in memory is a file position per
    line: a line is read from disk when a post asks for it, and lines this
    build makes wait in a temporary file, so the cache costs memory for its
    keys only, however large the site. The file is written again only when
    this build used something it did not hold, or not everything it held.
    """

    def __init__(self, path: str | None, *, load: bool = True) -> None:
        self.path = path
        self._file: BinaryIO | None = None  # the cache file as loaded
        self._old: dict[str, tuple[int, int]] = {}  # key -> (offset, length) in _file
        self._hits: set[str] = set()  # keys of the file's lines this build used
        self._spool: BinaryIO | None = None  # lines this build made
        self._new: dict[str, tuple[int, int]] = {}  # key -> (offset, length) in _spool
        self.hits = 0
        if path and load:
            self._load()

    def _load(self) -> None:
        """Index the file's lines, or leave the cache empty if it is unreadable or not ours."""
        assert self.path
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 (open for the whole build)
        except FileNotFoundError:
            return
        except OSError as exc:
            logger.warning("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            return
        try:
            header = fh.readline()
            data = json.loads(header)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                logger.warning("celebmeta: ignoring %s: not a pelican-celebmeta cache", self.path)
                fh.close()
                return
            if data.get("version") != __version__ or data.get("schema") != SCHEMA:
                fh.close()  # another version's facts: rebuilt from scratch, silently
                return
            offset = len(header)
            for line in fh:
                # b'["<64 hex digits>",' opens every line: the key needs no parsing.
                if line.startswith(b'["') and line[66:68] == b'",':
                    self._old[line[2:66].decode("ascii", "replace")] = (offset, len(line))
                offset += len(line)
        except (OSError, ValueError) as exc:
            logger.warning("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            self._old.clear()
            fh.close()
            return
        self._file = fh

    @staticmethod
    def _line(fh: BinaryIO | None, place: tuple[int, int] | None) -> bytes | None:
        if fh is None or place is None:
            return None
        try:
            return read_at(fh, place[1], place[0])
        except OSError:
            return None

    def get(self, key: str, shared: dict[Any, Any] | None = None) -> PostFacts | None:
        """The facts stored under ``key`` (objects shared through ``shared``), or None."""
        fresh = key in self._new
        line = (
            self._line(self._spool, self._new[key])
            if fresh
            else self._line(self._file, self._old.get(key))
        )
        if line is None or not line.startswith(f'["{key}",'.encode("ascii")):
            return None
        try:
            facts = facts_from_data(json.loads(line)[1], shared)
        except (ValueError, IndexError, TypeError) as exc:
            logger.warning("celebmeta: ignoring a damaged cache entry in %s (%s)", self.path, exc)
            self._old.pop(key, None)
            self._new.pop(key, None)
            return None
        if not fresh:
            self._hits.add(key)
        self.hits += 1
        return facts

    def put(self, key: str, data: FactsData) -> None:
        """Store ``data`` (``facts_to_data`` output) under ``key``."""
        if not self.path or key in self._new or key in self._hits:
            return
        line = json.dumps([key, data], ensure_ascii=False, separators=(",", ":")) + "\n"
        raw = line.encode("utf-8", "surrogatepass")
        try:
            if self._spool is None:
                self._spool = tempfile.TemporaryFile()  # noqa: SIM115 (kept until save)
            offset = self._spool.seek(0, os.SEEK_END)
            self._spool.write(raw)
            self._spool.flush()
        except OSError as exc:
            logger.debug("celebmeta: cannot keep a cache line (%s)", exc)
            return
        self._new[key] = (offset, len(raw))

    def save(self) -> None:
        """Write the entries this build used (old entries of deleted posts drop out)."""
        try:
            if self.path and (self._new or self._hits != self._old.keys()):
                self._write()
        finally:
            for fh in (self._file, self._spool):
                if fh is not None:
                    fh.close()
            self._file = self._spool = None
            self._old.clear()
            self._new.clear()
            self._hits.clear()

    def _write(self) -> None:
        assert self.path
        places = {key: (self._file, self._old[key]) for key in self._hits if key in self._old}
        places.update((key, (self._spool, place)) for key, place in self._new.items())
        folder = os.path.dirname(self.path)
        tmp = None
        try:
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".celebmeta-", suffix=".tmp")
            header = json.dumps({"format": FORMAT, "version": __version__, "schema": SCHEMA})
            with os.fdopen(fd, "wb") as fh:
                fh.write(header.encode("ascii") + b"\n")
                for key in sorted(places):
                    line = self._line(*places[key])
                    if line is not None:
                        fh.write(line)
            os.replace(tmp, self.path)
        except (OSError, ValueError) as exc:
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
            logger.warning(
                "celebmeta: cannot write the cache %s (%s); the next build reads every post again",
                self.path,
                getattr(exc, "strerror", None) or exc,
            )
