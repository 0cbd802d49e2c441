"""Per-post facts cached on disk between builds.

A post's facts depend only on its HTML, date, title, its people overrides,
the registry and this plugin's version; the cache key is a hash of all of
them, so a changed post, registry or plugin simply misses. The cache is
JSON (never pickle: a file on disk is never trusted to run code); a
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
    """Facts by key, read at the start of a build and written once at its end."""

    def __init__(self, path: str | None, *, load: bool = True) -> None:
        self.path = path
        self._old: dict[str, Any] = {}
        self._new: dict[str, Any] = {}
        self.hits = 0
        self.misses = 0
        if path and load:
            self._load()

    def _load(self) -> None:
        try:
            with open(self.path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            return
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            logger.warning("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            return
        if (
            not isinstance(data, dict)
            or data.get("format") != FORMAT
            or not isinstance(data.get("facts"), dict)
        ):
            logger.warning("celebmeta: ignoring %s: not a pelican-celebmeta cache", self.path)
            return
        if data.get("version") != __version__ or data.get("schema") != SCHEMA:
            return  # another version's facts: rebuilt from scratch, silently
        self._old = data["facts"]

    def get(self, key: str) -> PostFacts | None:
        raw = self._old.get(key)
        if raw is None:
            self.misses += 1
            return None
        try:
            facts = facts_from_data(raw)
        except ValueError as exc:
            logger.warning("celebmeta: ignoring a damaged cache entry in %s (%s)", self.path, exc)
            self.misses += 1
            return None
        self._new[key] = raw
        self.hits += 1
        return facts

    def put(self, key: str, facts: PostFacts) -> None:
        if self.path:
            self._new[key] = facts_to_data(facts)

    def save(self) -> None:
        """Write the entries this build used (old entries of deleted posts drop out)."""
        if not self.path or (self._new.keys() == self._old.keys() and not self.misses):
            return
        folder = os.path.dirname(self.path)
        tmp = None
        try:
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".celebmeta-", suffix=".tmp")
            # One dumps() call runs the C encoder over the whole; dump() would not.
            payload = json.dumps(
                {"format": FORMAT, "version": __version__, "schema": SCHEMA, "facts": self._new},
                ensure_ascii=False,
                separators=(",", ":"),
            )
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
            os.replace(tmp, self.path)
        except (OSError, ValueError) as exc:
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
            logger.warning(
                "celebmeta: cannot write the cache %s (%s); the next build reads every post again",
                self.path,
                getattr(exc, "strerror", None) or exc,
            )
