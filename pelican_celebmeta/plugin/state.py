"""What one build knows: kept in the build's own context, never in globals.

``pelican --autoreload`` runs many builds in one process; each gets a fresh
context dict from Pelican, so a ``BuildState`` lives and dies with its build.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core.facts import PostFacts
from ..core.registry import Registry
from ..site.jsonld import GraphWriter, SiteInfo
from ..site.model import PostRecord, SiteModel
from ..site.stories import Position, RelatedPosts, StoryView
from .cache import FactsCache
from .extraction import Extractor
from .settings import CelebmetaSettings
from .textcache import TextCache

CONTEXT_KEY = "celebmeta_build"


@dataclass
class BuildState:
    settings: CelebmetaSettings
    registry: Registry | None
    site: SiteInfo
    started: float = field(default_factory=time.perf_counter)
    model: SiteModel | None = None
    graphs: GraphWriter | None = None  # the article pages' JSON-LD, once the model is built
    stories: list[StoryView] = field(default_factory=list)  # most recent first
    positions: dict[str, Position] = field(default_factory=dict)  # post key -> place in story
    related: RelatedPosts | None = None  # None when CELEBMETA_RELATED_POSTS is 0
    records: dict[str, PostRecord] = field(default_factory=dict)  # key -> record
    contents: dict[str, Any] = field(default_factory=dict)  # key -> Pelican content object
    facts_by_id: dict[int, PostFacts] = field(default_factory=dict)  # id(content) -> facts
    keys_by_id: dict[int, str] = field(default_factory=dict)
    # key -> the site URL the article's own page was written with (relative URLs only).
    page_siteurls: dict[str, str] = field(default_factory=dict)
    cache: FactsCache = field(default_factory=lambda: FactsCache(None))
    # The JSON-LD cache's file (None for none) and whether to read it (LOAD_CONTENT_CACHE).
    graph_cache_path: str | None = None
    load_cache: bool = True
    graph_cache: TextCache = field(default_factory=lambda: TextCache(None, ""))
    render_cache: TextCache = field(default_factory=lambda: TextCache(None, ""))
    # A digest of all the site model is made of (see reading.py); None when not to be kept.
    site_digest: str | None = None
    # Templates parsed to see what they read (renders.py): (id(env), source) -> tree.
    parsed_templates: dict[Any, Any] = field(default_factory=dict)
    extractor: Extractor = field(init=False)
    pages_written: int = 0
    injected: int = 0
    unreadable: int = 0
    release_hooks: list[Callable[[], None]] = field(default_factory=list)  # run by release()

    def __post_init__(self) -> None:
        self.extractor = Extractor(self.registry, self.cache, self.settings.workers)


def get_state(context: dict[str, Any]) -> BuildState | None:
    return context.get(CONTEXT_KEY)
