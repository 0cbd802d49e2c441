"""Text the plugin makes, kept between builds for inputs that did not change.

Two kinds, each a file in ``CACHE_PATH/celebmeta/``:

- ``graphs.txt``, each page's JSON-LD. A page's graph depends on the whole
  site: a new post can give a person a page, and with it a ``url`` in the
  graph of every post that names them. So the graphs are kept under one
  digest of everything they are made from (each post's facts key and record,
  the settings, the registry, the site's name and URL, and this plugin's own
  files); a build with another digest makes them all again.
- ``renders.txt``, people boxes, story links and the bodies of the plugin's
  pages, each by a hash of all its templates read (see ``renders.py``).

A file is a JSON header with its digest, then one line per text: its name as
a JSON string, a tab and the text itself, with each backslash doubled and each
newline written as a backslash and an ``n`` (a cold build of 2,000 posts keeps
30 MB of text: escaping it for JSON cost four times as much). A build holds a file position per line
and reads a text when a page asks for it. Read only when
``LOAD_CONTENT_CACHE`` is on, as the facts cache is; an unreadable file is
ignored with a warning, an unwritable folder costs a warning.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import __version__
from .linefile import LineFile

FORMAT = "pelican-celebmeta text cache"
SCHEMA = 2


def code_fingerprint() -> str:
    """This package's files by name, size and modification time.

    The graphs are made by this code: an edited checkout must miss, not only
    a new release.
    """
    root = Path(__file__).resolve().parents[1]
    parts = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            stat = path.stat()
            parts.append(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return "\n".join(parts)


def site_digest(parts: Iterable[Any]) -> str:
    """A hash of ``parts`` (each written as its ``repr``), this plugin's version and code."""
    digest = hashlib.sha256()
    for part in (__version__, code_fingerprint(), *parts):
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _escape(text: str) -> str:
    """``text`` on one line: backslashes doubled, newlines as a backslash and an ``n``."""
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def _unescape(line: str) -> str:
    """The text ``_escape`` wrote: every other backslash is one of a doubled pair."""
    if "\\" not in line:
        return line
    return "\\".join(part.replace("\\n", "\n") for part in line.split("\\\\"))


def _text_key(line: bytes) -> str | None:
    if not line.endswith(b"\n"):
        raise ValueError("the last line is cut short")
    tab = line.find(b"\t")
    return json.loads(line[:tab]) if tab > 0 else None


class TextCache:
    """Texts by name, valid for one digest (a ``LineFile`` of ``name<TAB>text`` lines,
    both as JSON strings)."""

    def __init__(self, path: str | None, digest: str, *, load: bool = True) -> None:
        header = {"format": FORMAT, "schema": SCHEMA, "digest": digest}
        self._lines = LineFile(path, header, _text_key, load=load)
        self.path = path
        self.digest = digest
        self.hits = 0

    def get(self, name: str) -> str | None:
        """The text stored as ``name`` under this build's digest, or None."""
        line = self._lines.line(name)
        if line is None:
            return None
        if not line.endswith(b"\n"):
            return None  # pragma: no cover (the file changed under us)
        try:
            text = _unescape(line[line.index(b"\t") + 1 : -1].decode("utf-8", "surrogatepass"))
        except ValueError:  # pragma: no cover (the file changed under us)
            return None
        self.hits += 1
        return text

    def put(self, name: str, text: str) -> None:
        """Keep ``text``, made by this build, as ``name``."""
        if not self.path or self._lines.holds(name):
            return
        line = json.dumps(name) + "\t" + _escape(text) + "\n"
        self._lines.add(name, line.encode("utf-8", "surrogatepass"))

    def save(self) -> None:
        """Write the texts this build used and made, if that is not what the file holds."""
        self._lines.save()
