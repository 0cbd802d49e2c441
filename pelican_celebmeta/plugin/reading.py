"""Read every published article once per build and index the site.

Drafts and hidden articles are never read: nothing of them may reach
another page. A post that cannot be analysed is logged with its file name
and published without people, never dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from ..core import PostFacts, extract
from ..core.people import NameIndex
from ..site.model import PostRecord, build_site
from ..site.resolve import resolve_site
from ..site.stories import build_stories, related_posts
from ..site.threads import ThreadingSettings
from .state import BuildState

logger = logging.getLogger(__name__)

_OFF = {"off", "false", "no", "0", "none"}


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def enabled(content: Any) -> bool:
    return str(content.metadata.get("celebmeta", "on")).strip().lower() not in _OFF


def _read(state: BuildState, content: Any, known: NameIndex | None) -> PostFacts:
    meta = content.metadata
    return extract(
        content.content,
        content.date,
        state.registry,
        title=getattr(content, "title", ""),
        people=_names(meta.get("people")),
        people_exclude=_names(meta.get("people_exclude")),
        known=known,
    )


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
        summary="",
        lang=getattr(content, "lang", "") or "",
        translation_of=original,
    )


def read_contents(state: BuildState, contents: Iterable[tuple[Any, str | None]]) -> None:
    """Extract facts for each (content, original key) and build the site model."""
    items = [(c, orig) for c, orig in contents if enabled(c) and getattr(c, "date", None)]
    items.sort(key=lambda item: item[0].relative_source_path or item[0].source_path)
    facts: list[PostFacts] = []
    for content, _ in items:
        facts.append(_safe_read(state, content, None))

    def reread(i: int, index: NameIndex) -> PostFacts:
        return _safe_read(state, items[i][0], index)

    facts = resolve_site(facts, reread)
    records = []
    for (content, original), f in zip(items, facts, strict=True):
        record = _record(content, f, original)
        records.append(record)
        state.records[record.key] = record
        state.contents[record.key] = content
        state.facts_by_id[id(content)] = f
        state.keys_by_id[id(content)] = record.key
        content.celebmeta = f
    state.model = build_site(records, state.registry, state.settings.person_url)
    options = state.settings
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
        state.related = related_posts(state.model, state.positions, options.related_posts)
    for key, content in state.contents.items():
        position = state.positions.get(key)
        content.celebmeta_story = position
        content.celebmeta_related = [state.contents[r.key] for r in state.related.get(key, ())]


def _safe_read(state: BuildState, content: Any, known: NameIndex | None) -> PostFacts:
    try:
        return _read(state, content, known)
    except Exception as exc:  # one bad post must never stop a build
        if known is None:
            state.unreadable += 1
            logger.warning(
                "celebmeta: could not analyse %s (%s: %s); it is published without people",
                content.source_path,
                type(exc).__name__,
                exc,
            )
        return PostFacts(published=_iso(getattr(content, "date", None))[:10], text="")
