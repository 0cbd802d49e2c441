"""The plugin's pages inside each theme's own page frame.

A person, story, people or stories page is rendered the way a theme renders
one of its own static pages: through the theme's ``page.html`` (Pelican's
``simple`` one when the theme has none), with the plugin's body as the
page's content and the person's name or story's title as its title. The
page then sits in the theme's content column, under its heading style, in
its containers, whatever the theme's markup is. A theme's own
``person.html`` (``story.html``, ``people.html``, ``stories.html``) wins and
is rendered as before; the plugin's ``person.html`` is the fallback when no
``page.html`` loads at all.

Why not the theme's ``tag.html``: several popular themes show a tag's name
only in ``<title>`` or in a cover banner outside the content column, so
there is no place in it that a header can be added to reliably.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import TemplateNotFound, UndefinedError
from markupsafe import Markup, escape
from pelican import signals

from .inject import inject_head
from .renders import BODY_READS, KeptBodies, Later, fingerprint, hands_context, template_reads
from .state import BuildState
from .templating import TEMPLATES

logger = logging.getLogger(__name__)

# Each page kind: the template a theme may ship, and the plugin's body for the frame.
BODIES = {
    "person": "celebmeta/person_body.html",
    "story": "celebmeta/story_body.html",
    "people": "celebmeta/people_body.html",
    "stories": "celebmeta/stories_body.html",
}


class FramePage:
    """What ``page.html`` reads of a page, for a page the plugin makes.

    Anything else a theme asks of it is undefined to Jinja (empty, false),
    as an unset metadata field of a real page is.
    """

    def __init__(self, title: str, content: str, url: str, save_as: str, lang: str) -> None:
        self.title = Markup(escape(title))
        self.content = Markup(content)
        self.summary = Markup("")
        self.url = url
        self.save_as = save_as
        self.slug = url.rstrip("/").rsplit("/", 1)[-1]
        self.lang = lang
        self.translations: list[Any] = []
        self.metadata: dict[str, Any] = {}
        self.status = "published"
        self.in_default_lang = True
        self.template = "page"

    def __str__(self) -> str:
        return str(self.title)


class FramedTemplate:
    """Renders the plugin's body, then the theme's ``page.html`` around it.

    Rendered once per written file (each page of a paginated person page
    included), so the body sees the page's own ``articles_page``.
    """

    def __init__(
        self,
        frame: Any,
        body: Any,
        fallback: Any,
        kind: str,
        kept: KeptBodies | None = None,
        frame_reads: Callable[[], frozenset[str] | None] | None = None,
    ) -> None:
        self.frame = frame
        self.body = body
        self.fallback = fallback  # the plugin's own template, should the frame fail
        self.kind = kind
        self.kept = kept  # bodies kept between builds, when they can be
        self.frame_reads = frame_reads  # what the frame reads (None: not known)
        self._frame_allows: bool | None = None  # see _may_wait
        self._frame_names: frozenset[str] = frozenset()
        self.failed = False

    def _may_wait(self, context: dict[str, Any], later: Later) -> bool:
        """Whether ``later``'s values may stay unmade unless the body is rendered.

        Only when the body may be kept, the frame is known to read none of them
        (nor to call anything handed the whole context) and no receiver of
        ``content_written``, which is sent the page's context, could look for them.
        """
        if self.kept is None or signals.content_written.receivers:
            return False
        if self._frame_allows is None:  # the context's names are the same on every page
            reads = self.frame_reads() if self.frame_reads is not None else None
            env = self.frame.environment
            self._frame_allows = reads is not None and not any(
                hands_context(context.get(n, env.globals.get(n))) for n in reads
            )
            self._frame_names = reads or frozenset()
        return self._frame_allows and self._frame_names.isdisjoint(later.names)

    def render(self, context: dict[str, Any], later: Later | None = None) -> str:
        if later is not None and (self.failed or not self._may_wait(context, later)):
            later.fill(context)  # the writer's own context: content_written is sent it
        if self.failed:
            return self.fallback.render(context)
        local = dict(context)
        title = local.get("celebmeta_title") or ""
        content = (
            self.kept.render(self.body, local, later) if self.kept else self.body.render(local)
        )
        local["page"] = FramePage(
            title,
            content,
            local.get("url") or "",
            local.get("output_file") or "",
            local.get("DEFAULT_LANG") or "",
        )
        local["current_title"] = local["page"].title  # attila's page.html reads this
        try:
            html = self.frame.render(local)
        except (UndefinedError, AttributeError, TypeError) as exc:
            # A page.html that needs what only a real page has (a date, say).
            logger.warning(
                "celebmeta: the theme's page.html cannot frame %s pages (%s); "
                "they use the plugin's %s.html",
                self.kind,
                exc,
                self.kind,
            )
            self.failed = True
            if later is not None:
                later.fill(context)
            return self.fallback.render(context)
        return inject_head(html, feed_link(local, title))


def feed_link(context: dict[str, Any], title: str) -> str:
    """The ``<link rel="alternate">`` of the page's own Atom feed, if it has one."""
    url = context.get("celebmeta_feed_url")
    if not url:
        return ""
    base = context.get("FEED_DOMAIN") or context.get("SITEURL") or ""
    return str(
        Markup(
            '<link href="{}/{}" type="application/atom+xml" rel="alternate" title="{} | {}">\n'
        ).format(base, url, title, context.get("SITENAME") or "")
    )


def _ours(template: Any) -> bool:
    filename = getattr(template, "filename", None) or ""
    return Path(filename).resolve().is_relative_to(TEMPLATES.resolve())


def page_template(generator: Any, kind: str, state: BuildState | None = None) -> Any:
    """The template for a page of ``kind``: the theme's own, else framed by ``page.html``.

    With ``state``, the plugin's body is kept between builds when it can be.
    """
    own = generator.get_template(kind)
    if not _ours(own):
        return own  # the theme ships person.html (or story.html, ...): it decides everything
    try:
        frame = generator.env.get_template("page.html")
    except TemplateNotFound:
        logger.debug("celebmeta: no page.html; %s pages use the plugin's own template", kind)
        return own
    kept = None
    reads = None
    if state is not None and state.site_digest is not None:
        known = fingerprint(generator.env, BODIES[kind], BODY_READS[kind], state.parsed_templates)
        if known is not None:
            kept = KeptBodies(state.render_cache, known, state.site_digest, kind)
            parsed = state.parsed_templates
            reads = functools.partial(template_reads, generator.env, frame.name, parsed)
    body = generator.env.get_template(BODIES[kind])
    return FramedTemplate(frame, body, own, kind, kept, reads)


class WithLater:
    """A page's template rendered with ``later``'s values made as late as they can be:
    only a ``FramedTemplate`` can leave them unmade; any other gets them all."""

    def __init__(self, template: Any, later: Later) -> None:
        self.template = template
        self.later = later

    def __getattr__(self, name: str) -> Any:
        return getattr(self.template, name)

    def render(self, context: dict[str, Any]) -> str:
        if isinstance(self.template, FramedTemplate):
            return self.template.render(context, self.later)
        self.later.fill(context)
        return self.template.render(context)
