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
    """Writes Atom feeds of Pelican articles into the output folder."""

    def __init__(self, settings: dict[str, Any], output_path: str) -> None:
        self.settings = settings
        self.output_path = output_path
        self.site_url = (settings.get("SITEURL") or "").rstrip("/")
        self.feed_domain = settings.get("FEED_DOMAIN") or self.site_url
        self.timezone = settings.get("TIMEZONE")

    def _join(self, base: str, url: str) -> str:
        if self.settings.get("RELATIVE_URLS"):
            return posixpath.join(base, url)
        return urljoin(base if base.endswith("/") else base + "/", str(url))

    def _entry(self, article: Any) -> tuple[str, datetime]:
        link = self._join(self.site_url, article.url)
        if self.settings.get("FEED_APPEND_REF"):
            link += "?ref=feed"
        published = set_date_tzinfo(article.date, self.timezone)
        modified = getattr(article, "modified", None)
        updated = set_date_tzinfo(modified, self.timezone) if modified else published
        content = article.get_content(self.site_url)
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
        parts.append(f'<content type="html">{_text(content)}</content>')
        terms = [getattr(article, "category", None), *(getattr(article, "tags", None) or ())]
        parts += [f"<category term={_attr(str(t))}></category>" for t in terms if t]
        parts.append("</entry>")
        return "".join(parts), updated

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
