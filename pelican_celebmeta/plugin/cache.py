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
from typing import Any

from .. import __version__
from ..core.batch import FactsData
from ..core.facts import PostFacts, facts_from_data

logger = logging.getLogger(__name__)

FORMAT = "pelican-celebmeta facts cache"
# Bumped when the shape of an entry changes: an older file is then rebuilt silently.
SCHEMA = 3


def post_key(*parts: Any) -> str:
    digest = hashlib.sha256()
    for part in (__version__, *parts):
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class FactsCache:
    """Facts by key, read at the start of a build and written once at its end.

    The file is JSON Lines: a header line, then one ``[key, facts]`` line per
    post, sorted by key. Lines stay undecoded bytes until a post asks for
    its facts, and are let go once decoded: a large cache costs a line per
    post in memory only until Pelican has read everything. The file is
    written again only when this build used something it did not hold, or
    not everything it held.
    """

    def __init__(self, path: str | None, *, load: bool = True) -> None:
        self.path = path
        self._old: dict[str, bytes] = {}  # lines of the file no post has asked for yet
        self._hits: set[str] = set()  # keys of the file's lines this build used
        self._new: dict[str, bytes] = {}  # lines this build made
        self._loaded = 0
        self.hits = 0
        self.misses = 0
        if path and load:
            self._old = self._read() or {}
            self._loaded = len(self._old)

    def _read(self, *, quiet: bool = False) -> dict[str, bytes] | None:
        """The file's lines by key, or None if it is missing, unreadable or not ours."""
        say = logger.debug if quiet else logger.warning
        try:
            with open(self.path, "rb") as fh:
                header = fh.readline()
                lines = fh.readlines()
        except FileNotFoundError:
            return None
        except OSError as exc:
            say("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            return None
        try:
            data = json.loads(header)
        except ValueError as exc:
            say("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            say("celebmeta: ignoring %s: not a pelican-celebmeta cache", self.path)
            return None
        if data.get("version") != __version__ or data.get("schema") != SCHEMA:
            return None  # another version's facts: rebuilt from scratch, silently
        # b'["<64 hex digits>",' opens every line: the key needs no parsing.
        return {
            line[2:66].decode("ascii", "replace"): line
            for line in lines
            if line.startswith(b'["') and line[66:68] == b'",'
        }

    def get(self, key: str, shared: dict[Any, Any] | None = None) -> PostFacts | None:
        """The facts stored under ``key`` (objects shared through ``shared``), or None."""
        line = self._old.pop(key, None) or self._new.get(key)
        if line is None:
            self.misses += 1
            return None
        try:
            facts = facts_from_data(json.loads(line)[1], shared)
        except (ValueError, IndexError, TypeError) as exc:
            logger.warning("celebmeta: ignoring a damaged cache entry in %s (%s)", self.path, exc)
            self.misses += 1
            self._new.pop(key, None)
            return None
        if key not in self._new:
            self._hits.add(key)
        self.hits += 1
        return facts

    def put(self, key: str, data: FactsData) -> None:
        """Store ``data`` (``facts_to_data`` output) under ``key``."""
        if self.path and key not in self._new and key not in self._hits:
            line = json.dumps([key, data], ensure_ascii=False, separators=(",", ":")) + "\n"
            self._new[key] = line.encode("utf-8")

    def save(self) -> None:
        """Write the entries this build used (old entries of deleted posts drop out)."""
        try:
            if self.path and (self._new or len(self._hits) != self._loaded):
                self._write()
        finally:
            self._old.clear()
            self._new.clear()
            self._hits.clear()

    def _write(self) -> None:
        assert self.path
        # The used old lines were let go when decoded: read them again, once.
        old = (self._read(quiet=True) or {}) if self._hits else {}
        lines = {key: old[key] for key in self._hits if key in old}
        lines.update(self._new)
        folder = os.path.dirname(self.path)
        tmp = None
        try:
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".celebmeta-", suffix=".tmp")
            header = json.dumps({"format": FORMAT, "version": __version__, "schema": SCHEMA})
            with os.fdopen(fd, "wb") as fh:
                fh.write(header.encode("ascii") + b"\n")
                fh.writelines(lines[key] for key in sorted(lines))
            os.replace(tmp, self.path)
        except (OSError, ValueError) as exc:
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
            logger.warning(
                "celebmeta: cannot write the cache %s (%s); the next build reads every post again",
                self.path,
                getattr(exc, "strerror", None) or exc,
            )
