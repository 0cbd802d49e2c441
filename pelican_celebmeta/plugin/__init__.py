"""Everything that knows Pelican: signal handlers, settings, generators."""

from __future__ import annotations

import logging
import os
from typing import Any

from pelican import signals
from pelican.contents import Article, Page
from pelican.generators import ArticlesGenerator, PagesGenerator

from ..core.registry import Registry, load_registry
from ..site.jsonld import SiteInfo
from .attributes import clear_attributes, set_attributes
from .cache import FactsCache
from .generator import CelebmetaGenerator
from .inject import wrap_generator
from .reading import enabled, make_job, read_contents
from .settings import CelebmetaSettings, CelebmetaSettingsError, read_settings
from .state import CONTEXT_KEY, BuildState, get_state
from .templating import install
from .textcache import TextCache, site_digest

logger = logging.getLogger(__name__)

__all__ = ["CelebmetaSettingsError", "register"]


def _registry(settings: dict[str, Any], options: CelebmetaSettings) -> Registry | None:
    name = options.registry
    if not name:
        return None
    candidates = (
        [name]
        if os.path.isabs(name)
        else [
            os.path.join(os.getcwd(), name),
            os.path.join(settings.get("PATH", ""), name),
        ]
    )
    for path in candidates:
        if os.path.isfile(path):
            return load_registry(path)
    if options.registry_explicit:
        raise CelebmetaSettingsError(
            f"CELEBMETA_REGISTRY: no file {name!r} (looked in {', '.join(candidates)})"
        )
    return None


def _site_info(settings: dict[str, Any], options: CelebmetaSettings) -> SiteInfo:
    url = (settings.get("SITEURL") or "").rstrip("/")
    return SiteInfo(
        url=url,
        name=settings.get("SITENAME", ""),
        article_type=options.article_type,
        logo=options.logo,
    )


def on_initialized(pelican: Any) -> None:
    # Fail at start-up, before any reading, on a bad setting or registry.
    options = read_settings(pelican.settings)
    _registry(pelican.settings, options)


class Handover:
    """One build's ``content_object_init`` receiver: hands each post just read to its readers.

    Connected as the build starts and disconnected when it lets go of its
    data (``generator.release``), so the signal leads to the build's state
    with no module global and none of the post's private attributes. Posts
    of another Pelican in the same process have other settings and are left
    alone. Handing a post over as soon as Pelican has made it lets worker
    processes read it while Pelican reads on.
    """

    def __init__(self, state: BuildState, settings: Any) -> None:
        self.state = state
        self.settings = settings

    def __call__(self, content: Any) -> None:
        state = self.state
        if getattr(content, "settings", None) is not self.settings:
            return
        # Every post gets the attributes as it is made, in the same order as all the
        # others: its attributes then keep sharing one table of names with theirs
        # (added later, they would cost a dict of its own, ~1.3 KB a post).
        clear_attributes(content)
        if getattr(content, "status", None) != "published":
            return
        types = state.settings.content_types
        wanted = ("articles" in types and isinstance(content, Article)) or (
            "pages" in types and isinstance(content, Page)
        )
        if wanted and enabled(content) and getattr(content, "date", None):
            try:
                state.extractor.add(make_job(content))
            except Exception as exc:  # read again at the end, where a failure is warned about
                logger.debug("celebmeta: %s is read at the end (%s)", content.source_path, exc)

    def connect(self) -> None:
        # A build that failed before letting go leaves its receiver, and maybe its
        # worker processes, behind: end them here.
        for receiver in list(signals.content_object_init.receivers.values()):
            if isinstance(receiver, Handover):
                receiver.disconnect()
                receiver.state.extractor.close()
        signals.content_object_init.connect(self, weak=False)

    def disconnect(self) -> None:
        signals.content_object_init.disconnect(self)


def on_generator_init(generator: Any) -> None:
    context = generator.context
    if get_state(context) is None:
        options = read_settings(generator.settings)
        cache_dir = generator.settings.get("CACHE_PATH")
        folder = os.path.join(cache_dir, "celebmeta") if options.cache and cache_dir else None
        # --ignore-cache means read everything again, this plugin's posts too.
        load = bool(generator.settings.get("LOAD_CONTENT_CACHE", True))
        context[CONTEXT_KEY] = BuildState(
            settings=options,
            registry=_registry(generator.settings, options),
            site=_site_info(generator.settings, options),
            cache=FactsCache(os.path.join(folder, "facts.jsonl") if folder else None, load=load),
            graph_cache_path=os.path.join(folder, "graphs.txt") if folder else None,
            load_cache=load,
            # Boxes and page bodies of the plugin's templates, each kept by a hash of all it
            # reads (see renders.py).
            render_cache=TextCache(
                os.path.join(folder, "renders.txt") if folder else None,
                site_digest(["renders"]) if folder else "",
                load=load,
            ),
        )
        context[CONTEXT_KEY].release_hooks.append(context[CONTEXT_KEY].render_cache.save)
        handover = Handover(context[CONTEXT_KEY], generator.settings)
        context[CONTEXT_KEY].release_hooks.append(handover.disconnect)
        handover.connect()
    own = install(generator)
    state = get_state(context)
    wanted = isinstance(generator, ArticlesGenerator) or (
        isinstance(generator, PagesGenerator) and "pages" in state.settings.content_types
    )
    if wanted:
        wrap_generator(generator, own)
        _expect_files(state, generator)


def _expect_files(state: BuildState, generator: Any) -> None:
    """Tell the reader how many files the generator is about to read (see ``Extractor.expect``).

    Counted only when worker processes may start and the cache cannot hold most posts:
    a walk of the content folder is a few milliseconds that a rebuild need not pay.
    """
    extractor = state.extractor
    if not extractor.may_start_early():
        return
    kind = "ARTICLE" if isinstance(generator, ArticlesGenerator) else "PAGE"
    settings = generator.settings
    try:
        files = generator.get_files(settings[f"{kind}_PATHS"], exclude=settings[f"{kind}_EXCLUDES"])
    except (KeyError, OSError):
        return
    extractor.expect(len(files))


def on_all_generators_finalized(generators: list[Any]) -> None:
    state = next((get_state(g.context) for g in generators if get_state(g.context)), None)
    if state is None:
        return
    contents: list[tuple[Any, str | None]] = []
    for gen in generators:
        if isinstance(gen, ArticlesGenerator) and "articles" in state.settings.content_types:
            contents += _with_originals(gen.articles, gen.translations)
        if isinstance(gen, PagesGenerator) and "pages" in state.settings.content_types:
            contents += _with_originals(gen.pages, gen.translations)
    read_contents(state, contents)
    set_attributes(state)


def _with_originals(originals: list[Any], translations: list[Any]) -> list[tuple[Any, str | None]]:
    out: list[tuple[Any, str | None]] = [(c, None) for c in originals]
    parent = {}
    for c in originals:
        for t in getattr(c, "translations", ()):
            parent[id(t)] = c.relative_source_path
    out += [(t, parent.get(id(t))) for t in translations]
    return out


def on_get_generators(pelican: Any) -> type:
    return CelebmetaGenerator


def register() -> None:
    signals.initialized.connect(on_initialized)
    signals.generator_init.connect(on_generator_init)
    signals.all_generators_finalized.connect(on_all_generators_finalized)
    signals.get_generators.connect(on_get_generators)
