"""The JSON-LD of every page, kept between builds of a site that did not change.

A page's graph depends on the whole site: a new post can give a person a
page, and with it a ``url`` in the graph of every post that names them. So
the graphs are kept under one digest of everything they are made from (each
post's facts key and record, the settings, the registry, the site's name
and URL, and this plugin's own files); a build with the same digest reads
each page's graph text back instead of making and encoding it again, and a
build with another digest makes them all and replaces the file.

The file is ``CACHE_PATH/celebmeta/graphs.txt``: a JSON header with the
digest, then one line per page, its name as JSON, a tab and the graph's
text (``dumps_for_script`` output, which holds no raw line break). A build
holds a file position per line and reads a text when its page asks for it.
Read only when ``LOAD_CONTENT_CACHE`` is on, as the facts cache is; an
unreadable file is ignored, an unwritable folder costs a warning.
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

logger = logging.getLogger(__name__)

FORMAT = "pelican-celebmeta graph cache"
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


class GraphCache:
    """Graph texts by page name, valid for one site digest.

    ``get`` answers only when the stored digest is this build's. What a
    build makes (``put``) waits in a temporary file rather than in memory,
    and ``save`` writes the file again only when there is something new: for
    a new digest this build's graphs alone, else the old lines and the new.
    """

    def __init__(self, path: str | None, digest: str, *, load: bool = True) -> None:
        self.path = path
        self.digest = digest
        self._file: BinaryIO | None = None  # the file as loaded, when its digest is this one
        self._lines: dict[str, tuple[int, int]] = {}  # name -> (offset, length) of its text
        self._spool: BinaryIO | None = None  # lines this build made
        self._made: set[str] = set()
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
                tab = line.find(b"\t")
                if not line.endswith(b"\n"):
                    raise ValueError("the last line is cut short")
                if tab > 0:
                    self._lines[json.loads(line[:tab])] = (offset + tab + 1, len(line) - tab - 2)
                offset += len(line)
        except (OSError, ValueError) as exc:
            logger.warning("celebmeta: ignoring unreadable cache %s (%s)", self.path, exc)
            self._lines.clear()
            fh.close()
            return
        self._file = fh

    def get(self, name: str) -> str | None:
        """The graph text stored for page ``name`` under this build's digest, or None."""
        place = self._lines.get(name)
        if place is None or self._file is None:
            return None
        try:
            text = os.pread(self._file.fileno(), place[1], place[0]).decode(
                "utf-8", "surrogatepass"
            )
        except (OSError, UnicodeDecodeError):  # pragma: no cover (a file changed under us)
            return None
        self.hits += 1
        return text

    def put(self, name: str, text: str) -> None:
        """Keep ``text``, the graph this build made for page ``name``."""
        if not self.path or name in self._lines or name in self._made:
            return
        line = (
            json.dumps(name).encode("ascii") + b"\t" + text.encode("utf-8", "surrogatepass") + b"\n"
        )
        try:
            if self._spool is None:
                self._spool = tempfile.TemporaryFile()  # noqa: SIM115 (kept until save)
            self._spool.write(line)
        except OSError as exc:
            logger.debug("celebmeta: cannot keep a graph (%s)", exc)
            return
        self._made.add(name)

    def save(self) -> None:
        """Write the file again if this build made anything it did not hold."""
        try:
            if self.path and self._spool is not None:
                self._write()
        finally:
            for fh in (self._file, self._spool):
                if fh is not None:
                    fh.close()
            self._file = self._spool = None
            self._lines.clear()
            self._made.clear()

    def _write(self) -> None:
        assert self.path and self._spool is not None
        folder = os.path.dirname(self.path)
        tmp = None
        try:
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".celebmeta-", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                if self._file is not None:  # this digest's file, with pages it lacked added
                    self._file.seek(0)
                    shutil.copyfileobj(self._file, fh)
                else:
                    header = {"format": FORMAT, "schema": SCHEMA, "digest": self.digest}
                    fh.write(json.dumps(header).encode("ascii") + b"\n")
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
