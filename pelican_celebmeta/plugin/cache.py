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
from typing import Any

from .. import __version__
from ..core.batch import FactsData
from ..core.facts import PostFacts, facts_from_data
from .linefile import LineFile

logger = logging.getLogger(__name__)


FORMAT = "pelican-celebmeta facts cache"
# Bumped when the shape of an entry changes: an older file is then rebuilt silently.
SCHEMA = 7


def post_key(*parts: Any) -> str:
    digest = hashlib.sha256()
    for part in (__version__, *parts):
        # A post's HTML is hashed as it is: its repr() would copy it first.
        text, kind = (part, b"s") if isinstance(part, str) else (repr(part), b"r")
        digest.update(kind)
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _facts_key(line: bytes) -> str | None:
    # b'["<64 hex digits>",' opens every line: the key needs no parsing.
    if line.startswith(b'["') and line[66:68] == b'",':
        return line[2:66].decode("ascii", "replace")
    return None


class FactsCache:
    """Facts by key, read at the start of a build and written once at its end.

    The file is JSON Lines (a ``LineFile``): a header line, then one
    ``[key, facts]`` line per post, sorted by key.
    """

    def __init__(self, path: str | None, *, load: bool = True) -> None:
        header = {"format": FORMAT, "version": __version__, "schema": SCHEMA}
        # Posts come back from worker processes in no set order: their lines are sorted.
        self._lines = LineFile(path, header, _facts_key, load=load, sort=True)
        self.path = path
        self.hits = 0

    def get(self, key: str, shared: dict[Any, Any] | None = None) -> PostFacts | None:
        """The facts stored under ``key`` (objects shared through ``shared``), or None."""
        line = self._lines.line(key)
        if line is None or not line.startswith(f'["{key}",'.encode("ascii")):
            return None
        try:
            facts = facts_from_data(json.loads(line)[1], shared)
        except (ValueError, IndexError, TypeError) as exc:
            logger.warning("celebmeta: ignoring a damaged cache entry in %s (%s)", self.path, exc)
            self._lines.forget(key)
            return None
        self.hits += 1
        return facts

    def data(self, key: str) -> Any:
        """What ``put`` stored under ``key`` as it was stored, or None."""
        line = self._lines.line(key)
        if line is None or not line.startswith(f'["{key}",'.encode("ascii")):
            return None
        try:
            return json.loads(line)[1]
        except (ValueError, IndexError) as exc:
            logger.warning("celebmeta: ignoring a damaged cache entry in %s (%s)", self.path, exc)
            self._lines.forget(key)
            return None

    def __contains__(self, key: str) -> bool:
        """Whether facts are stored under ``key`` (not decoded: a damaged line still counts)."""
        return self._lines.has(key)

    def keep(self, key: str) -> None:
        """Keep the facts of ``key`` for the next build without decoding them."""
        self._lines.keep(key)

    def __len__(self) -> int:
        """How many posts the cache held as the build started."""
        return len(self._lines)

    def put(self, key: str, data: FactsData | dict[str, Any]) -> None:
        """Store ``data`` (``facts_to_data`` output, or any JSON for ``data``) under ``key``."""
        if not self.path or self._lines.holds(key):
            return  # (the JSON is not even made)
        line = json.dumps([key, data], ensure_ascii=False, separators=(",", ":")) + "\n"
        self._lines.add(key, line.encode("utf-8", "surrogatepass"))

    def save(self) -> None:
        """Write the entries this build used (old entries of deleted posts drop out)."""
        self._lines.save()
