"""Template globals and the loader for the plugin's own templates.

Themes call these; the plugin's auto-injection calls them too, so a theme
that places the JSON-LD or the people box itself gets exactly the same
markup.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader
from markupsafe import Markup

from ..site import display
from ..site.jsonld import article_graph, dumps_for_script
from .state import BuildState, get_state


def _templates_dir() -> Path:
    """The top-level templates/ folder, installed as ``pelican_celebmeta.templates``."""
    try:
        return Path(str(resources.files("pelican_celebmeta.templates")))
    except ModuleNotFoundError:  # imported from a source checkout, not installed
        return Path(__file__).resolve().parents[2] / "templates"


TEMPLATES = _templates_dir()


def jsonld_script(graph: dict[str, Any] | None) -> Markup:
    if not graph:
        return Markup("")
    return (
        Markup('<script type="application/ld+json">')
        + Markup(dumps_for_script(graph))
        + Markup("</script>")
    )


def jsonld_script_text(text: str) -> Markup:
    """The ``<script>`` element of a graph already encoded by ``dumps_for_script``."""
    return Markup('<script type="application/ld+json">') + Markup(text) + Markup("</script>")


def article_jsonld(state: BuildState | None, content: Any) -> Markup:
    if state is None or state.model is None or content is None:
        return Markup("")
    key = state.keys_by_id.get(id(content))
    if key is None:
        return Markup("")
    return Markup(article_jsonld_text(state, key))


def article_jsonld_text(state: BuildState, key: str) -> str:
    """The ``<script>`` element of the JSON-LD of post ``key``."""
    position = state.positions.get(key)
    story = position.story if position else None
    record = state.records[key]
    if state.graphs is None:  # a state made without read_contents
        return str(jsonld_script(article_graph(state.site, record, state.model, story)))
    name = "article:" + key
    text = state.graph_cache.get(name)
    if text is None:
        text = state.graphs.article(record, story)
        state.graph_cache.put(name, text)
    return str(jsonld_script_text(text))


def story_of(state: BuildState | None, content: Any) -> dict[str, Any] | None:
    """The "in this story" navigation of one post, or None outside any story."""
    if state is None or content is None:
        return None
    key = state.keys_by_id.get(id(content))
    position = state.positions.get(key) if key else None
    if position is None:
        return None

    def link(post: Any) -> dict[str, str] | None:
        if post is None:
            return None
        return {"title": post.title, "title_text": post.title_text, "url": post.url}

    story = position.story
    return {
        "slug": story.slug,
        "title": story.title,
        "url": story.url,
        "number": position.number,
        "count": len(story.posts),
        "previous": link(position.previous),
        "next": link(position.next),
        "has_page": state.settings.story_save_as is not None,
    }


def related_of(state: BuildState | None, content: Any) -> list[Any]:
    if state is None or content is None:
        return []
    key = state.keys_by_id.get(id(content))
    if key is None or state.related is None:
        return []
    return [state.contents[r.key] for r in state.related.of(key)]


def has_people(state: BuildState, facts: Any) -> bool:
    """Whether ``people_of`` would give any rows, without building them."""
    model = state.model
    return model is not None and any(p.name in model.people for p in facts.people)


def people_of(state: BuildState | None, content: Any) -> list[dict[str, Any]]:
    """The people box's rows for one post: main people first, then the others."""
    if state is None or state.model is None or content is None:
        return []
    facts = state.facts_by_id.get(id(content))
    if facts is None:
        return []
    rows = []
    for p in facts.people:
        person = state.model.people.get(p.name)
        if person is None:
            continue
        entry = person.registry
        rows.append(
            {
                "name": person.name,
                "slug": person.slug,
                "url": person.url,
                "salience": p.salience,
                # "Prince" is already in "Prince William": show only what adds something.
                "descriptors": [d for d in p.descriptors if d not in person.name],
                "job_title": entry.job_title if entry else None,
                "image": entry.image if entry else None,
                "post_count": len(person.posts),
                "has_page": person.has_page,
            }
        )
    rows.sort(key=lambda r: r["salience"] != "main")  # stable: text order within each group
    return rows


def install(generator: Any) -> dict[str, Callable[..., Any]]:
    """Give a generator's Jinja environment the plugin's templates and globals.

    The plugin's folder comes after the theme's, so a theme overrides any
    template by shipping a file of the same name. Returns the box globals as
    installed: a box whose global is still one of these answers from the site
    model alone, and may be kept by the site's digest (see inject.py); a global
    another plugin wrapped or replaced is asked every time.
    """
    env = generator.env
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(TEMPLATES))])
    context = generator.context
    env.globals["celebmeta_jsonld"] = lambda content=None: article_jsonld(
        get_state(context), content
    )
    own: dict[str, Callable[..., Any]] = {
        "celebmeta_people": lambda content=None: people_of(get_state(context), content),
        "celebmeta_story": lambda content=None: story_of(get_state(context), content),
    }
    env.globals.update(own)
    env.globals["celebmeta_related"] = lambda content=None: related_of(get_state(context), content)
    env.globals["celebmeta_enabled"] = True
    # For avatars and dates in the plugin's templates; themes may use them too. An avatar
    # is drawn for the same few hundred names on thousands of pages: each name's letters
    # and colour are worked out once per build (the memo lives and dies with this
    # generator's environment, never across builds).
    env.globals["celebmeta_initials"] = functools.cache(display.initials)
    env.globals["celebmeta_colour"] = functools.cache(display.colour)
    env.globals["celebmeta_date"] = display.date_label
    return own
