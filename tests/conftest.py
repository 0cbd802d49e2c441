"""Real Pelican builds of small sites in temporary folders."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lhtml
from pelican import Pelican
from pelican.log import LimitFilter
from pelican.settings import read_settings

FIXTURES = Path(__file__).parent / "fixtures"

BASE_SETTINGS: dict[str, Any] = {
    "AUTHOR": "Gossip Desk",
    "SITENAME": "The Velvet Rope",
    "SITEURL": "https://velvet.example",
    "TIMEZONE": "UTC",
    "DEFAULT_LANG": "en",
    "PLUGINS": ["pelican_celebmeta"],
    "FEED_ALL_ATOM": None,
    "CATEGORY_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None,
    "AUTHOR_FEED_RSS": None,
    "TRANSLATION_FEED_ATOM": None,
    "CACHE_CONTENT": False,
    "LOAD_CONTENT_CACHE": False,
    # Most test sites are a post or two: their people get pages from one post on.
    # The default (2) has tests of its own in test_lean.py.
    "CELEBMETA_PERSON_MIN_POSTS": 1,
}


class Site:
    """A site folder: write posts, build with Pelican, read what it wrote."""

    def __init__(
        self, root: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.root = root
        self.content = root / "content"
        self.output = root / "output"
        self.content.mkdir(parents=True, exist_ok=True)
        self.caplog = caplog
        # Run where a user runs `pelican content`: in the site's own folder.
        monkeypatch.chdir(root)

    def post(self, name: str, text: str) -> Path:
        path = self.content / name
        path.write_text(text, encoding="utf-8")
        return path

    def fixture(self, name: str) -> Path:
        return Path(shutil.copy(FIXTURES / name, self.content / name))

    def settings(self, **overrides: Any) -> dict[str, Any]:
        values = {
            **BASE_SETTINGS,
            "PATH": str(self.content),
            "OUTPUT_PATH": str(self.output),
            "CACHE_PATH": str(self.root / "cache"),
            **overrides,
        }
        return read_settings(path=None, override=values)

    def build(self, log_level: int = logging.WARNING, **overrides: Any) -> Site:
        """Build the site; any ERROR in Pelican's log fails the test."""
        self.caplog.clear()
        # Pelican drops a log message it has logged before in this process (its
        # LimitFilter); each test build is a fresh `pelican` run, so it starts afresh.
        LimitFilter._raised_messages.clear()
        with self.caplog.at_level(log_level):
            Pelican(self.settings(**overrides)).run()
        errors = [r.getMessage() for r in self.caplog.records if r.levelno >= logging.ERROR]
        assert not errors, f"Pelican logged errors: {errors}"
        return self

    def warnings(self) -> list[str]:
        return [r.getMessage() for r in self.caplog.records if r.levelno == logging.WARNING]

    def messages(self, level: int = logging.INFO) -> list[str]:
        return [r.getMessage() for r in self.caplog.records if r.levelno == level]

    def read(self, rel: str) -> str:
        return (self.output / rel).read_text(encoding="utf-8")

    def page(self, rel: str) -> lhtml.HtmlElement:
        return lhtml.fromstring(self.read(rel))

    def files(self) -> dict[str, bytes]:
        return {
            str(p.relative_to(self.output)): p.read_bytes()
            for p in sorted(self.output.rglob("*"))
            if p.is_file()
        }


@pytest.fixture
def site(tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Site:
    root = tmp_path / "site"
    root.mkdir()
    return Site(root, caplog, monkeypatch)
