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
from ..core.facts import PostFacts, facts_from_data, facts_to_data

logger = logging.getLogger(__name__)

FORMAT = "pelican-celebmeta facts cache"
# Bumped when the shape of an entry changes: an older file is then rebuilt silently.
SCHEMA = 2


def post_key(*parts: Any) -> str:
    digest = hashlib.sha256()
    for part in (__version__, *parts):
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class FactsCache:
    """Facts by key, read at the start of a build and written once at its end.

    The file is JSON Lines: a header line, then one ``[key, facts]`` line per
    post. Lines stay undecoded bytes until a post asks for its facts: a large
    cache costs a line per post in memory, not a tree of lists or a second
    copy of facts. The file is written again only when this build used
    something it did not hold.
    """

    def __init__(self, path: str | None, *, load: bool = True) -> None:
        self.path = path
        self._old: dict[str, bytes] = {}
        self._used: dict[str, bytes] = {}  # lines this build used, to be written back
        self._stale = False  # something this build used is not in the file
        self._loaded = 0
        self.hits = 0
        self.misses = 0
        if path and load:
            self._load()

    def _load(self) -> None:
        try:
            with open(self.path, "rb") as fh:
                header = fh.readline()
                lines = fh.readlines()
        except FileNotFoundError:
            return
        except OSError as exc:
            logger.warning("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            return
        try:
            data = json.loads(header)
        except ValueError as exc:
            logger.warning("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            return
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            logger.warning("celebmeta: ignoring %s: not a pelican-celebmeta cache", self.path)
            return
        if data.get("version") != __version__ or data.get("schema") != SCHEMA:
            return  # another version's facts: rebuilt from scratch, silently
        for line in lines:
            # b'["<64 hex digits>",' opens every line: the key needs no parsing.
            if line.startswith(b'["') and line[66:68] == b'",':
                self._old[line[2:66].decode("ascii", "replace")] = line
        self._loaded = len(self._old)

    def get(self, key: str) -> PostFacts | None:
        line = self._old.pop(key, None) or self._used.get(key)
        if line is None:
            self.misses += 1
            return None
        try:
            facts = facts_from_data(json.loads(line)[1])
        except (ValueError, IndexError, TypeError) as exc:
            logger.warning("celebmeta: ignoring a damaged cache entry in %s (%s)", self.path, exc)
            self.misses += 1
            self._stale = True
            return None
        self._used[key] = line
        self.hits += 1
        return facts

    def put(self, key: str, facts: PostFacts) -> None:
        if self.path and key not in self._used:
            data = [key, facts_to_data(facts)]
            line = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
            self._used[key] = line.encode("utf-8")
            self._stale = True

    def save(self) -> None:
        """Write the entries this build used (old entries of deleted posts drop out)."""
        if not self.path or not (self._stale or len(self._used) != self._loaded):
            return
        folder = os.path.dirname(self.path)
        tmp = None
        try:
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".celebmeta-", suffix=".tmp")
            header = json.dumps({"format": FORMAT, "version": __version__, "schema": SCHEMA})
            with os.fdopen(fd, "wb") as fh:
                fh.write(header.encode("ascii") + b"\n")
                fh.writelines(self._used[key] for key in sorted(self._used))
            os.replace(tmp, self.path)
        except (OSError, ValueError) as exc:
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
            logger.warning(
                "celebmeta: cannot write the cache %s (%s); the next build reads every post again",
                self.path,
                getattr(exc, "strerror", None) or exc,
            )
        finally:
            self._old.clear()
