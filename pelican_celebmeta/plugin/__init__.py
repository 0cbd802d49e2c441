"""Everything that knows Pelican: signal handlers, settings, generators."""

from __future__ import annotations

import logging
import os
from typing import Any

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator

from ..core.registry import Registry, load_registry
from ..site.jsonld import SiteInfo
from .cache import FactsCache
from .generator import CelebmetaGenerator
from .inject import wrap_generator
from .reading import read_contents
from .settings import CelebmetaSettings, CelebmetaSettingsError, read_settings
from .state import CONTEXT_KEY, BuildState, get_state
from .templating import install

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


def on_generator_init(generator: Any) -> None:
    context = generator.context
    if get_state(context) is None:
        options = read_settings(generator.settings)
        cache_dir = generator.settings.get("CACHE_PATH")
        context[CONTEXT_KEY] = BuildState(
            settings=options,
            registry=_registry(generator.settings, options),
            site=_site_info(generator.settings, options),
            cache=FactsCache(
                os.path.join(cache_dir, "celebmeta", "facts.json")
                if options.cache and cache_dir
                else None
            ),
        )
    install(generator)
    state = get_state(context)
    wanted = isinstance(generator, ArticlesGenerator) or (
        isinstance(generator, PagesGenerator) and "pages" in state.settings.content_types
    )
    if wanted:
        wrap_generator(generator)


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
