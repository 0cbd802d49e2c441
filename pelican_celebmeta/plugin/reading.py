"""Read every published article once per build and index the site.

Drafts and hidden articles are never read: nothing of them may reach
another page. A post that cannot be analysed is logged with its file name
and published without people, never dropped. Facts come from the on-disk
cache when the post is unchanged; the rest are extracted, in a process
pool when there are enough of them to pay for one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from ..core.batch import Job
from ..core.facts import PostFacts, metadata_names
from ..core.nameindex import Answers
from ..site.jsonld import GraphWriter
from ..site.model import PostRecord, build_site
from ..site.resolve import Ask, resolve_posts, titled
from ..site.stories import RelatedPosts, build_stories
from ..site.threads import ThreadingSettings
from .cache import post_key
from .state import BuildState
from .textcache import TextCache, code_fingerprint, site_digest

logger = logging.getLogger(__name__)

_OFF = {"off", "false", "no", "0", "none"}


def enabled(content: Any) -> bool:
    return str(content.metadata.get("celebmeta", "on")).strip().lower() not in _OFF


def source_html(content: Any) -> str:
    """The post's HTML as its reader made it.

    Pelican's ``content`` property memoises its answer per site URL; asked
    while Pelican reads (with no page URL yet), it would keep an entry per
    post that no page ever uses. Links play no part in reading, so the
    reader's own HTML serves.
    """
    raw = getattr(content, "_content", None)
    return raw if isinstance(raw, str) else content.content


def make_job(content: Any) -> Job:
    meta = content.metadata
    return Job(
        source=content.source_path,
        html=source_html(content),
        date=content.date.isoformat(),
        title=getattr(content, "title", ""),
        people=tuple(metadata_names(meta.get("people"))),
        people_exclude=tuple(metadata_names(meta.get("people_exclude"))),
    )


def _empty(job: Job) -> PostFacts:
    return PostFacts(published=job.date[:10], text="")


def _iso(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def _image(content: Any) -> str | None:
    for key in ("image", "cover", "featured_image", "og_image"):
        value = content.metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _record(content: Any, facts: PostFacts, original: str | None) -> PostRecord:
    authors = tuple(
        (str(a), getattr(a, "url", "") or "") for a in getattr(content, "authors", ()) or ()
    )
    return PostRecord(
        key=content.relative_source_path or content.source_path,
        slug=content.slug,
        url=content.url,
        title=getattr(content, "title", ""),
        date=_iso(getattr(content, "date", None)),
        modified=_iso(getattr(content, "modified", None)),
        facts=facts,
        authors=authors,
        image=_image(content),
        lang=getattr(content, "lang", "") or "",
        translation_of=original,
        date_display=getattr(content, "locale_date", "") or "",
    )


def _facts(state: BuildState, job: Job, result: PostFacts | str) -> PostFacts:
    if isinstance(result, str):
        state.unreadable += 1
        logger.warning(
            "celebmeta: could not analyse %s (%s); it is published without people",
            job.source,
            result,
        )
        return _empty(job)
    return result


def _resolution_key(facts_keys: list[str]) -> str:
    """The cache key of how the site settled short names: its posts' first readings, and
    the code that settles them (an edited checkout settles them again)."""
    return post_key("resolution", code_fingerprint(), *facts_keys)


def _resolved(
    state: BuildState, jobs: list[Job], facts_keys: list[str], resolution: str
) -> list[PostFacts]:
    """Each post's facts once the site has settled their short names, read or from the
    cache; the second readings used are noted in the cache (see ``_as_resolved_before``)."""
    extractor = state.extractor
    firsts = extractor.results(jobs)
    facts = [_facts(state, job, o.facts) for job, o in zip(jobs, firsts, strict=True)]
    asked: dict[int, Answers] = {}

    def reread(asks: list[Ask]) -> list[PostFacts]:
        # Cached, guessed while first read, or read again by the workers.
        asked.update(asks)
        results = extractor.reread([(jobs[i], answers, firsts[i]) for i, answers in asks])
        return [_facts(state, jobs[i], r) for (i, _), r in zip(asks, results, strict=True)]

    # Short names settled by full names elsewhere on the site.
    facts = resolve_posts(facts, reread)
    if not state.unreadable:
        second = {str(i): post_key(facts_keys[i], answers) for i, answers in asked.items()}
        state.cache.put(resolution, {"second": second})
    return facts


def _as_resolved_before(
    state: BuildState, facts_keys: list[str], resolution: str
) -> list[PostFacts] | None:
    """The facts ``_resolved`` gave the last build whose posts were all read as now, or
    None.

    Settling short names is a function of the first readings alone: when they are
    those of a build before, the same second readings are taken from the cache, and
    the first readings they replace are neither decoded nor resolved again (kept in
    the cache all the same, for a site that changes).
    """
    noted = state.cache.data(resolution)
    second = noted.get("second") if isinstance(noted, dict) else None
    if not isinstance(second, dict):
        return None
    extractor = state.extractor
    facts = []
    for i, key in enumerate(facts_keys):
        final = second.get(str(i), key)
        found = extractor.cached(final) if isinstance(final, str) else None
        if found is None:
            return None
        facts.append(found)
        if final != key:
            state.cache.keep(key)
    return titled(facts)


def read_contents(state: BuildState, contents: Iterable[tuple[Any, str | None]]) -> None:
    """Facts for each (content, original key), then the site model, stories and links."""
    items = [(c, orig) for c, orig in contents if enabled(c) and getattr(c, "date", None)]
    items.sort(key=lambda item: item[0].relative_source_path or item[0].source_path)
    jobs = [make_job(content) for content, _ in items]
    extractor = state.extractor
    try:
        facts_keys = [extractor.key(job) for job in jobs]
        # Worked out once: it hashes every post's key and stats the package's files.
        resolution = _resolution_key(facts_keys)
        facts = _as_resolved_before(state, facts_keys, resolution)
        if facts is None:
            facts = _resolved(state, jobs, facts_keys, resolution)
    finally:
        extractor.close()
    state.cache.save()
    records = []
    for (content, original), f in zip(items, facts, strict=True):
        record = _record(content, f, original)
        records.append(record)
        state.records[record.key] = record
        state.contents[record.key] = content
        state.facts_by_id[id(content)] = f
        state.keys_by_id[id(content)] = record.key
    options = state.settings
    state.model = build_site(
        records,
        state.registry,
        options.person_url,
        min_posts=options.person_min_posts,
        pages=options.person_save_as is not None,
    )
    state.graphs = GraphWriter(state.site, state.model)
    overrides = {
        key: str(state.contents[key].metadata["story"]).strip()
        for key in state.records
        if state.contents[key].metadata.get("story")
    }
    state.stories, state.positions = build_stories(
        state.model,
        overrides,
        options.story_url,
        ThreadingSettings(gap_days=options.story_gap_days, min_posts=options.story_min_posts),
    )
    if options.related_posts:
        state.related = RelatedPosts(state.model, state.positions, options.related_posts)
    state.site_digest = _site_digest(state, facts_keys, records, overrides)
    if state.site_digest is not None and state.graph_cache_path:
        state.graph_cache = TextCache(
            state.graph_cache_path, state.site_digest, load=state.load_cache
        )
        state.release_hooks.append(state.graph_cache.save)


def _site_digest(
    state: BuildState, facts_keys: list[str], records: list[PostRecord], overrides: dict[str, str]
) -> str | None:
    """A digest of all the site model is made of, for the texts kept between builds.

    Each post by its facts' key (its text, date, title and people overrides,
    the registry), the rest of its record and its story override, then the
    settings, the site's name and URL and the registry. None when nothing is
    kept, or when a post could not be read: it may be read next time with
    the same inputs.
    """
    if state.graph_cache_path is None or state.unreadable:
        return None
    parts: list[Any] = [
        state.settings,
        state.site,
        state.registry.fingerprint() if state.registry else None,
    ]
    for key, record in zip(facts_keys, records, strict=True):
        own = [getattr(record, f.name) for f in fields(record) if f.name != "facts"]
        parts.append((key, own, overrides.get(record.key)))
    return site_digest(parts)
