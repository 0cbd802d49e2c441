"""Place the JSON-LD and the people box into pages of any theme, unedited.

Pelican renders a page with ``template.render(context)`` and writes the
result once. The plugin hands the article generator templates wrapped so
that the rendered HTML gets the graph before ``</head>`` and the people box
after the article's content, before it is written: no page is read back
or written twice.
"""

from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Callable, Mapping
from typing import Any

from .renders import BOX_READS, BOXES, box_key, fingerprint, render_key
from .state import BuildState, get_state
from .templating import article_jsonld, has_people

_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
_ARTICLE_END = re.compile(r"</article\s*>", re.IGNORECASE)
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


def insert_before(html: str, pattern: re.Pattern[str], snippet: str) -> str | None:
    m = pattern.search(html)
    if m is None:
        return None
    return html[: m.start()] + snippet + html[m.start() :]


def inject_head(html: str, snippet: str) -> str:
    """Put ``snippet`` at the end of ``<head>`` (or the top of the page if there is none)."""
    if not snippet:
        return html
    done = insert_before(html, _HEAD_END, snippet)
    return done if done is not None else snippet + html


def inject_after_content(html: str, content_html: str, snippet: str) -> str:
    """Put ``snippet`` right after the post's content, wherever the theme placed it."""
    if not snippet:
        return html
    at = html.find(content_html) if content_html else -1
    if at >= 0:
        end = at + len(content_html)
        return html[:end] + snippet + html[end:]
    for pattern in (_ARTICLE_END, _BODY_END):
        done = insert_before(html, pattern, snippet)
        if done is not None:
            return done
    return html + snippet


class AfterRender:
    """A Jinja template whose rendered HTML passes through ``finish(html, context)``.

    Pelican renders and writes in one step; wrapping the template is how the
    plugin changes a page without reading it back or writing it twice.
    """

    def __init__(self, template: Any, finish: Callable[[str, dict[str, Any]], str]) -> None:
        self._template = template
        self._finish = finish

    def __getattr__(self, name: str) -> Any:
        return getattr(self._template, name)

    def render(self, *args: Any, **kwargs: Any) -> str:
        html = self._template.render(*args, **kwargs)
        # Pelican passes one dict: no need to copy a context of a hundred names per page.
        if len(args) == 1 and not kwargs and isinstance(args[0], dict):
            return self._finish(html, args[0])
        return self._finish(html, dict(*args, **kwargs))


def render_shared(template: Any, local: Mapping[str, Any]) -> str:
    """``template`` rendered with the page's context ``local``, neither of them copied.

    ``Template.render`` copies the context it is given, then copies it again
    under the globals: a few hundred names (Pelican's settings are in every
    page's context) twice for a box of a few lines. ``make_module`` with
    ``shared=True`` takes the mapping as it is; a view over the page's names
    and the template's globals keeps the precedence ``render`` gives them.
    """
    return str(template.make_module(ChainMap(local, template.globals), shared=True))


def with_head(template: Any, snippet: str) -> Any:
    """``template`` with ``snippet`` added at the end of ``<head>``."""
    return (
        AfterRender(template, lambda html, _: inject_head(html, snippet)) if snippet else template
    )


def decorate(
    state: BuildState, html: str, content: Any, local: dict[str, Any], render_box: Any
) -> str:
    if state.settings.auto_inject:
        html = inject_head(html, str(article_jsonld(state, content)))
    # Cheap tests of whether a box has anything to show: the box templates build
    # their rows themselves (through the same globals a theme calls).
    key = state.keys_by_id.get(id(content))
    facts = state.facts_by_id.get(id(content))
    if local.get("localsiteurl"):  # the page's own, with relative URLs: person pages ask
        state.page_siteurls[key] = local["localsiteurl"]
    boxes = ""
    if state.settings.sidebar_inject and facts and has_people(state, facts):
        boxes += render_box("celebmeta/people_sidebar.html", content, local)
    if state.settings.story_nav_inject and key in state.positions:
        boxes += render_box("celebmeta/story_nav.html", content, local)
    if boxes:
        html = inject_after_content(html, content.content, boxes)
    state.injected += 1
    return html


def _parsed(context: dict[str, Any]) -> dict[Any, Any] | None:
    state = get_state(context)
    return state.parsed_templates if state is not None else None


def wrap_generator(generator: Any, own: Mapping[str, Any]) -> None:
    """Make ``generator.get_template`` hand out templates that mark up article pages.

    ``own``: the box globals as ``install`` put them in the environment."""
    original = generator.get_template
    context = generator.context

    # This build's box templates, each with its fingerprint (None: not to be cached).
    boxes: dict[str, tuple[Any, str | None]] = {}

    def render_box(name: str, content: Any, local: dict[str, Any]) -> str:
        found = boxes.get(name)
        if found is None:
            found = boxes[name] = (
                generator.env.get_template(name),
                fingerprint(generator.env, name, BOX_READS[name], _parsed(context)),
            )
        template, known = found
        state = get_state(context)
        if known is None or state is None:
            return render_shared(template, local)
        given = template.globals[BOXES[name]]
        # The plugin's own global answers from the site model alone: on a site whose
        # digest did not change, the graphs keep which render this post's box is (for
        # its SITEURL), found without making the box's data or hashing it.
        kept = None
        if given is own.get(BOXES[name]):  # not wrapped nor replaced by anyone
            siteurl = ChainMap(local, template.globals).get("SITEURL")
            kept = render_key(known, name, siteurl, state.keys_by_id[id(content)])
            key = state.graph_cache.get(kept)
            html = state.render_cache.get(key) if key is not None else None
            if html is not None:
                return html
        # The box's data as its template gets it, through the same global.
        key = box_key(known, name, given(content), local, template)
        html = state.render_cache.get(key)
        if html is None:
            html = render_shared(template, local)
            state.render_cache.put(key, html)
        if kept is not None:
            state.graph_cache.put(kept, key)
        return html

    def finish(html: str, local: dict[str, Any]) -> str:
        content = local.get("article") or local.get("page")
        state = get_state(context)
        if state is None or content is None or id(content) not in state.keys_by_id:
            return html
        return decorate(state, html, content, local, render_box)

    generator.get_template = lambda name: AfterRender(original(name), finish)
