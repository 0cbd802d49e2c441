"""``CELEBMETA_*`` settings: defaults, validation, one clear error type.

Every setting is a row of ``SETTINGS``: its default, a check and the words
the error uses. An unknown ``CELEBMETA_*`` name is an error too (a typo
would otherwise be ignored silently), with the nearest real name offered.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


class CelebmetaSettingsError(ValueError):
    """A CELEBMETA_* setting that cannot be used."""


def _optional_str(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() != "")


def _pattern(value: Any) -> bool:
    return isinstance(value, str) and "{slug}" in value


def _optional_pattern(value: Any) -> bool:
    return value is None or _pattern(value)


def _page_path(value: Any) -> bool:
    return value is None or isinstance(value, str)


ARTICLE_TYPES = (
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
)

#: name -> (default, check, what a valid value looks like)
SETTINGS: dict[str, tuple[Any, Callable[[Any], bool], str]] = {
    "CELEBMETA_REGISTRY": ("people.yml", _optional_str, "a path to a people registry file, or None"),
    "CELEBMETA_AUTO_INJECT": (True, lambda v: isinstance(v, bool), "True or False"),
    "CELEBMETA_SIDEBAR_INJECT": (True, lambda v: isinstance(v, bool), "True or False"),
    "CELEBMETA_ARTICLE_TYPE": ("NewsArticle", lambda v: v in ARTICLE_TYPES, "one of " + ", ".join(ARTICLE_TYPES)),
    "CELEBMETA_PERSON_URL": ("people/{slug}/", _pattern, "a pattern containing {slug}"),
    "CELEBMETA_PERSON_SAVE_AS": ("people/{slug}/index.html", _optional_pattern, "a pattern containing {slug}, or None for no person pages"),
    "CELEBMETA_PERSON_MIN_POSTS": (2, lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1, "a whole number of at least 1"),
    "CELEBMETA_PEOPLE_URL": ("people/", lambda v: isinstance(v, str), "a URL such as 'people/'"),
    "CELEBMETA_PEOPLE_SAVE_AS": ("people/index.html", _page_path, "a path such as 'people/index.html', or None"),
    "CELEBMETA_PERSON_FEED_ATOM": (None, _optional_pattern, "a pattern containing {slug}, or None for no feeds"),
    "CELEBMETA_EXPORT": ("celebmeta.json", _page_path, "a file name such as 'celebmeta.json', or None"),
    "CELEBMETA_CONTENT_TYPES": (("articles",), lambda v: isinstance(v, list | tuple) and bool(v) and set(v) <= {"articles", "pages"}, "a list of 'articles' and/or 'pages'"),
    "CELEBMETA_LOGO": (None, _optional_str, "a URL or path of the publisher logo, or None"),
    "CELEBMETA_STORY_URL": ("stories/{slug}/", _pattern, "a pattern containing {slug}"),
    "CELEBMETA_STORY_SAVE_AS": ("stories/{slug}/index.html", _optional_pattern, "a pattern containing {slug}, or None for no story pages"),
    "CELEBMETA_STORIES_URL": ("stories/", lambda v: isinstance(v, str), "a URL such as 'stories/'"),
    "CELEBMETA_STORIES_SAVE_AS": ("stories/index.html", _page_path, "a path such as 'stories/index.html', or None"),
    "CELEBMETA_STORY_FEED_ATOM": (None, _optional_pattern, "a pattern containing {slug}, or None for no feeds"),
    "CELEBMETA_STORY_NAV_INJECT": (True, lambda v: isinstance(v, bool), "True or False"),
    "CELEBMETA_STORY_GAP_DAYS": (365, lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0, "a number of days above 0"),
    "CELEBMETA_STORY_MIN_POSTS": (2, lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 2, "a whole number of at least 2"),
    "CELEBMETA_FEED_MAX_ITEMS": (10, lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool) and v > 0), "a number of entries above 0, or None for all"),
    "CELEBMETA_CACHE": (True, lambda v: isinstance(v, bool), "True or False"),
    "CELEBMETA_WORKERS": (0, lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0, "0 (automatic), 1 (no pool) or a number of processes"),
    "CELEBMETA_RELATED_POSTS": (5, lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0, "a whole number (0 for none)"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CelebmetaSettings:
    registry: str | None
    auto_inject: bool
    sidebar_inject: bool
    article_type: str
    person_url: str
    person_save_as: str | None
    person_min_posts: int
    people_url: str
    people_save_as: str | None
    person_feed_atom: str | None
    export: str | None
    content_types: tuple[str, ...]
    logo: str | None
    story_url: str
    story_save_as: str | None
    stories_url: str
    stories_save_as: str | None
    story_feed_atom: str | None
    story_nav_inject: bool
    story_gap_days: int
    story_min_posts: int
    feed_max_items: int | None
    cache: bool
    workers: int
    related_posts: int
    registry_explicit: bool  # set by the user (a missing file is then an error)


def read_settings(settings: Mapping[str, Any]) -> CelebmetaSettings:
    """Validate the ``CELEBMETA_*`` settings of a Pelican settings mapping."""
    for name in sorted(k for k in settings if k.startswith("CELEBMETA_")):
        if name not in SETTINGS:
            close = difflib.get_close_matches(name, SETTINGS, n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise CelebmetaSettingsError(f"unknown setting {name}{hint}")
    values: dict[str, Any] = {}
    for name, (default, check, wanted) in SETTINGS.items():
        value = settings.get(name, default)
        if not check(value):
            raise CelebmetaSettingsError(f"{name} = {value!r} is not valid: use {wanted}")
        values[name.removeprefix("CELEBMETA_").lower()] = value
    values["content_types"] = tuple(values["content_types"])
    return CelebmetaSettings(**values, registry_explicit="CELEBMETA_REGISTRY" in settings)
