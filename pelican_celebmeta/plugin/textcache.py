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

A file is a JSON header with its digest, then one line per text: its name,
a tab and the text as a JSON string. A build holds a file position per line
and reads a text when a page asks for it. Read only when
``LOAD_CONTENT_CACHE`` is on, as the facts cache is; an unreadable file is
ignored with a warning, an unwritable folder costs a warning.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from .. import __version__
from .cache import read_at

logger = logging.getLogger(__name__)

FORMAT = "pelican-celebmeta text cache"
SCHEMA = 1


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


class TextCache:
    """Texts by name, valid for one digest.

    ``get`` answers only from a file of this build's digest. What a build
    makes (``put``) waits in a temporary file rather than in memory; ``save``
    writes the file again only when this build made something it did not
    hold, or did not use all it held (so texts of deleted pages drop out).
    """

    def __init__(self, path: str | None, digest: str, *, load: bool = True) -> None:
        self.path = path
        self.digest = digest
        self._file: BinaryIO | None = None  # the file as loaded, when its digest is this one
        self._old: dict[str, tuple[int, int]] = {}  # name -> (offset, length) of its line
        self._used: set[str] = set()
        self._spool: BinaryIO | None = None  # lines this build made
        self._new: set[str] = set()
        self.hits = 0
        if path and load:
            self._load()

    def _load(self) -> None:
        assert self.path
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 (open for the whole build)
        except OSError:
            return
        try:
            header = json.loads(fh.readline())
            if not (
                isinstance(header, dict)
                and header.get("format") == FORMAT
                and header.get("schema") == SCHEMA
                and header.get("digest") == self.digest
            ):
                fh.close()
                return
            offset = fh.tell()
            for line in fh:
                if not line.endswith(b"\n"):
                    raise ValueError("the last line is cut short")
                tab = line.find(b"\t")
                if tab > 0:
                    self._old[json.loads(line[:tab])] = (offset, len(line))
                offset += len(line)
        except (OSError, ValueError) as exc:
            logger.warning("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            self._old.clear()
            fh.close()
            return
        self._file = fh

    def get(self, name: str) -> str | None:
        """The text stored as ``name`` under this build's digest, or None."""
        place = self._old.get(name)
        if place is None or self._file is None:
            return None
        try:
            line = read_at(self._file, place[1], place[0])
            text = json.loads(line[line.index(b"\t") + 1 :])
        except (OSError, ValueError):  # pragma: no cover (the file changed under us)
            return None
        if not isinstance(text, str):
            return None
        self._used.add(name)
        self.hits += 1
        return text

    def put(self, name: str, text: str) -> None:
        """Keep ``text``, made by this build, as ``name``."""
        if not self.path or name in self._used or name in self._new:
            return
        line = json.dumps(name) + "\t" + json.dumps(text, ensure_ascii=False) + "\n"
        try:
            if self._spool is None:
                self._spool = tempfile.TemporaryFile()  # noqa: SIM115 (kept until save)
            self._spool.write(line.encode("utf-8", "surrogatepass"))
        except OSError as exc:
            logger.debug("celebmeta: cannot keep a text for the cache (%s)", exc)
            return
        self._new.add(name)

    def save(self) -> None:
        """Write the texts this build used and made, if that is not what the file holds."""
        try:
            if self.path and (self._new or self._used != self._old.keys()):
                self._write()
        finally:
            for fh in (self._file, self._spool):
                if fh is not None:
                    fh.close()
            self._file = self._spool = None
            self._old.clear()
            self._used.clear()
            self._new.clear()

    def _write(self) -> None:
        assert self.path
        folder = os.path.dirname(self.path)
        tmp = None
        try:
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".celebmeta-", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                header = {"format": FORMAT, "schema": SCHEMA, "digest": self.digest}
                fh.write(json.dumps(header).encode("ascii") + b"\n")
                if self._file is not None:
                    for name in sorted(self._used):
                        offset, length = self._old[name]
                        fh.write(read_at(self._file, length, offset))
                if self._spool is not None:
                    self._spool.seek(0)
                    shutil.copyfileobj(self._spool, fh)
            os.replace(tmp, self.path)
        except OSError as exc:
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
            logger.warning(
                "celebmeta: cannot write the cache %s (%s)",
                self.path,
                getattr(exc, "strerror", None) or exc,
            )
