"""Atom feeds for people and stories.

Written directly rather than through Pelican's feed writer, which builds
each entry element by element: a post is in the feeds of each of its
people and of its story, and those feeds are most of what the plugin
writes. Entries carry what Pelican's own Atom feeds carry (title, link,
dates, author, categories and the full content; no separate summary, which
Atom does not need beside the content and which would mean truncating every
post's HTML again) with the same tag URIs as ids, so a reader that follows
both sees one post once.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin
from xml.sax.saxutils import escape, quoteattr

from feedgenerator import get_tag_uri
from markupsafe import Markup
from pelican.utils import sanitised_join, set_date_tzinfo

logger = logging.getLogger(__name__)


# Characters XML 1.0 cannot carry at all, not even escaped: a post that holds one
# must not make every feed it is in unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("", value))


def _stamp(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


class AtomWriter:
    """Writes Atom feeds of Pelican articles into the output folder.

    A post is in the feeds of each of its people and of its story: what an
    entry says besides the post's content is made once per post and kept
    for the writer's life (a few hundred bytes a post); the content, most of
    an entry, is escaped again each time rather than held.
    """

    def __init__(
        self,
        settings: dict[str, Any],
        output_path: str,
        url_of: Callable[[Any], str] | None = None,
    ) -> None:
        self.settings = settings
        self.output_path = output_path
        self.site_url = (settings.get("SITEURL") or "").rstrip("/")
        self.feed_domain = settings.get("FEED_DOMAIN") or self.site_url
        self.timezone = settings.get("TIMEZONE")
        # Pelican works an article's URL out anew each time it is asked.
        self._url_of = url_of or (lambda article: article.url)
        self._heads: dict[int, tuple[str, str, datetime]] = {}

    def _join(self, base: str, url: str) -> str:
        if self.settings.get("RELATIVE_URLS"):
            return posixpath.join(base, url)
        return urljoin(base if base.endswith("/") else base + "/", str(url))

    def _head(self, article: Any) -> tuple[str, str, datetime]:
        """An entry's markup before and after its content, and its updated time."""
        link = self._join(self.site_url, self._url_of(article))
        if self.settings.get("FEED_APPEND_REF"):
            link += "?ref=feed"
        published = set_date_tzinfo(article.date, self.timezone)
        modified = getattr(article, "modified", None)
        updated = set_date_tzinfo(modified, self.timezone) if modified else published
        parts = [
            "<entry>",
            f"<title>{_text(Markup(article.title).striptags())}</title>",
            f'<link href={_attr(link)} rel="alternate"></link>',
            f"<published>{_stamp(published)}</published>",
            f"<updated>{_stamp(updated)}</updated>",
        ]
        for author in getattr(article, "authors", None) or ():
            parts.append(f"<author><name>{_text(str(author))}</name></author>")
        parts.append(f"<id>{_text(get_tag_uri(link, article.date))}</id>")
        parts.append('<content type="html">')
        terms = [getattr(article, "category", None), *(getattr(article, "tags", None) or ())]
        tail = ["</content>"]
        tail += [f"<category term={_attr(str(t))}></category>" for t in terms if t]
        tail.append("</entry>")
        return "".join(parts), "".join(tail), updated

    def _entry(self, article: Any) -> tuple[str, datetime]:
        head = self._heads.get(id(article))
        if head is None:
            head = self._heads[id(article)] = self._head(article)
        before, after, updated = head
        return before + _text(article.get_content(self.site_url)) + after, updated

    def write(self, articles: list[Any], path: str, title: str) -> None:
        """Write ``articles`` (newest first) as the feed ``path`` in the output folder."""
        feed_url = self._join(self.feed_domain, path)
        sitename = self.settings.get("SITENAME", "")
        entries = [self._entry(a) for a in articles]
        updated = max((u for _, u in entries), default=None)
        lang = self.settings.get("DEFAULT_LANG", "en")
        head = [
            '<?xml version="1.0" encoding="utf-8"?>\n',
            f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={_attr(lang)}>',
            f"<title>{_text(Markup(f'{sitename} - {title}').striptags())}</title>",
            f'<link href={_attr(self.site_url + "/")} rel="alternate"></link>',
            f'<link href={_attr(feed_url)} rel="self"></link>',
            f"<id>{_text(feed_url)}</id>",
            f"<updated>{_stamp(updated) if updated else ''}</updated>",
        ]
        full = sanitised_join(self.output_path, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write("".join(head) + "".join(e for e, _ in entries) + "</feed>")
        logger.info('Writing "%s"', full)
