"""The HTML of the plugin's own templates, kept between builds by everything it reads.

Rendering through Jinja is most of what the plugin adds to a rebuild: a
people box and story links on every article, a body for every person and
story page. On a rebuild nearly all of it comes out as it did before. A
render is a function of what its templates read and of the templates with
the Jinja that renders them, so it is kept under a hash of exactly those,
and only while they are all known:

- every template it renders, includes or imports is the plugin's own file
  (the plugin's files are in the cache file's digest): a theme that ships its
  own ``people_sidebar.html``, ``person_body.html`` or ``avatar.html`` gets
  them rendered every time;
- the templates read no name but the ones listed here for them: a box reads
  the post only through ``celebmeta_people`` / ``celebmeta_story``, whose
  answer is in its hash; a page body reads what the site model makes (in the
  site's digest), ``SITEURL``, ``FEED_DOMAIN`` and, for a person, the
  summaries of their posts (in its hash);
- every filter and test they use is Jinja's own, no extension but Jinja's is
  loaded, and the Jinja and MarkupSafe versions, the environment's syntax
  options and policies are in the hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import ChainMap
from collections.abc import Callable, Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

from jinja2 import TemplateError, TemplateNotFound, meta, nodes
from jinja2.defaults import DEFAULT_FILTERS, DEFAULT_TESTS
from markupsafe import Markup

from .templating import TEMPLATES
from .textcache import TextCache

# Each box: the global whose answer stands for the post in its hash.
BOXES = {
    "celebmeta/people_sidebar.html": "celebmeta_people",
    "celebmeta/story_nav.html": "celebmeta_story",
}
# The plugin's globals that answer the same for the same arguments on every build.
_PURE = frozenset({"celebmeta_colour", "celebmeta_initials", "celebmeta_date"})
# Names a box may read: the post only through its global.
BOX_READS = {
    name: frozenset({"article", "page", "SITEURL", given}) | _PURE for name, given in BOXES.items()
}
# Names a page body may read (``entries`` is the timeline's, set by its includer). All
# but SITEURL, FEED_DOMAIN and person_summaries are made from the site model; the
# pager's names are undefined on a person page in one piece, the only one kept. The
# articles in person_entries give only a summary where person_summaries is undefined,
# and the plugin always defines it.
_PAGE = frozenset({"SITEURL", "FEED_DOMAIN", "entries"}) | _PURE
BODY_READS = {
    "person": _PAGE
    | {
        "person",
        "person_entries",
        "person_feed_url",
        "person_often_seen_with",
        "person_salience",
        "person_summaries",
        "person_timeline",
        "person_articles_page",
        "person_articles_previous_page",
        "person_articles_next_page",
        "person_articles_paginator",
        "person_entries_page",
    },
    "story": _PAGE | {"story", "story_feed_url", "story_people", "story_timeline"},
    "people": _PAGE | {"people_groups"},
    "stories": _PAGE | {"stories", "stories_people"},
}


def _ours(filename: str | None) -> bool:
    return bool(filename) and Path(filename).resolve().is_relative_to(TEMPLATES.resolve())


def _closure(
    env: Any, name: str, parsed: dict[Any, Any], *, ours_only: bool = True
) -> dict[str, tuple[str, Any]] | None:
    """Each template ``name`` renders, extends, includes or imports: (source, parsed), by name.

    None if any of them is named only at render time or (with ``ours_only``)
    is not the plugin's own file. ``parsed`` keeps each source's parse for the
    build: the templates share their includes.
    """
    found: dict[str, tuple[str, Any]] = {}
    todo = [name]
    while todo:
        current = todo.pop()
        if current in found:
            continue
        try:
            source, filename, _ = env.loader.get_source(env, current)
        except TemplateNotFound:
            return None
        if ours_only and not _ours(filename):
            return None
        tree = parsed.get((id(env), source))
        if tree is None:
            tree = parsed[(id(env), source)] = env.parse(source)
        refs = list(meta.find_referenced_templates(tree))
        if None in refs:
            return None
        found[current] = (source, tree)
        todo += refs
    return found


def fingerprint(
    env: Any, name: str, allowed: frozenset[str], parsed: dict[Any, Any] | None = None
) -> str | None:
    """What decides template ``name``'s HTML besides the names it reads; None if that is
    not known, or it reads a name not in ``allowed``. ``parsed``: see ``_closure``."""
    closure = _closure(env, name, {} if parsed is None else parsed)
    if closure is None:
        return None
    parsed = [tree for _, tree in closure.values()]
    reads = set().union(*(meta.find_undeclared_variables(tree) for tree in parsed))
    if not reads <= allowed:
        return None
    filters = {f.name for tree in parsed for f in tree.find_all(nodes.Filter)}
    tests = {t.name for tree in parsed for t in tree.find_all(nodes.Test)}
    if any(env.filters.get(f) is not DEFAULT_FILTERS.get(f) for f in filters):
        return None
    if any(env.tests.get(t) is not DEFAULT_TESTS.get(t) for t in tests):
        return None
    if env.finalize is not None or any(
        type(ext).__module__ != "jinja2.ext" for ext in env.extensions.values()
    ):
        return None
    options = (
        version("jinja2"),
        version("markupsafe"),
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        sorted(env.extensions),
        f"{env.undefined.__module__}.{env.undefined.__qualname__}",
        sorted((k, repr(v)) for k, v in env.policies.items() if not callable(v)),
        sorted((n, source) for n, (source, _) in closure.items()),
    )
    return hashlib.sha256(repr(options).encode("utf-8", "surrogatepass")).hexdigest()


def template_reads(env: Any, name: str, parsed: dict[Any, Any]) -> frozenset[str] | None:
    """Every name template ``name`` may read from its context, with all it extends,
    includes or imports (any theme's); None when that is not known: a template named
    only at render time, or a filter or test handed the whole context."""
    try:
        closure = _closure(env, name, parsed, ours_only=False)
    except (TemplateError, OSError):  # a theme's template that will not load or parse
        return None
    if closure is None:
        return None
    trees = [tree for _, tree in closure.values()]
    if any(
        tree.find(nodes.ContextReference) or tree.find(nodes.DerivedContextReference)
        for tree in trees
    ):
        return None  # an extension's tag handed the context ("{% debug %}")
    used = [env.filters.get(f.name) for tree in trees for f in tree.find_all(nodes.Filter)]
    used += [env.tests.get(t.name) for tree in trees for t in tree.find_all(nodes.Test)]
    if any(reads_context(f) for f in used):
        return None
    # Jinja counts a name of the environment's globals as declared: it is read all the
    # same ("{{ helper.values() }}"), and may reach the context.
    named = {n.name for tree in trees for n in tree.find_all(nodes.Name) if n.ctx == "load"}
    undeclared = frozenset().union(*(meta.find_undeclared_variables(tree) for tree in trees))
    return undeclared | {n for n in named if n in env.globals}


def reads_context(value: Any) -> bool:
    """Whether Jinja hands ``value``, called from a template, the whole context."""
    arg = getattr(value, "jinja_pass_arg", None)
    return getattr(arg, "name", None) == "context"


_PLAIN = (str, bytes, int, float, bool, type(None), Markup, dt.date)


def hands_context(value: Any, depth: int = 0) -> bool:
    """Whether ``value``, or a callable a template reaches through it (``helper.names()``,
    an item's method), is handed the whole context. Methods are looked up on the class,
    so no property is run; of a container, one item of each type is looked at."""
    if reads_context(value):
        return True
    if isinstance(value, _PLAIN) or depth > 3:
        return False
    if isinstance(value, Mapping):
        items: Any = value.values()
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = value
    else:
        own = vars(value).values() if hasattr(value, "__dict__") else ()
        return any(reads_context(getattr(type(value), a, None)) for a in dir(type(value))) or any(
            hands_context(v, depth + 1) for v in own if callable(v) or not isinstance(v, _PLAIN)
        )
    seen: set[type] = set()
    for item in items:
        if type(item) not in seen:
            seen.add(type(item))
            if hands_context(item, depth + 1):
                return True
    return False


def render_key(*parts: Any) -> str:
    """The cache name of a render: a hash of the ``repr`` of all it depends on."""
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def box_key(fingerprint: str, name: str, data: Any, local: Mapping[str, Any], template: Any) -> str:
    """The cache name of box ``name`` showing ``data`` on a page with context ``local``."""
    return render_key(fingerprint, name, ChainMap(local, template.globals).get("SITEURL"), data)


class Later:
    """Values of a page's context made only when something reads them.

    A person page's timeline, "often seen with" and summaries and a page's
    graph cost a tenth of a rebuild to make, and most often nothing reads
    them: the body that shows them is kept from the build before, and the
    theme's frame reads none of them. ``key`` stands for the values in the
    name of a kept body: all but the summaries are made from the site model
    (in the site's digest), so a person page's ``key`` is its posts' summaries
    as Pelican made them, before their tags are stripped.
    """

    def __init__(self, values: dict[str, Callable[[], Any]], key: Any = None) -> None:
        self.values = values
        self.names = frozenset(values)
        self.key = key

    def fill(self, context: dict[str, Any]) -> None:
        """Put every value in ``context``; one already there stays."""
        for name, make in self.values.items():
            if name not in context:
                context[name] = make()


class KeptBodies:
    """The bodies of one kind of page, kept under the site's digest and all else they read."""

    def __init__(self, texts: TextCache, fingerprint: str, site: str, kind: str) -> None:
        self.texts = texts
        self.fingerprint = fingerprint  # of the body's templates
        self.site = site  # the site model's digest
        self.kind = kind

    def render(self, template: Any, local: dict[str, Any], later: Later | None = None) -> str:
        """``template.render(local)``, or what it gave on an earlier build.

        ``later``: values not yet in ``local``, made only if the body is rendered;
        its ``key`` stands for them (and for the person's summaries) in the body's name.
        """
        if "person_articles_paginator" in local:  # one of several pages: rendered each time
            if later is not None:
                later.fill(local)
            return str(template.render(local))
        key = render_key(
            self.fingerprint,
            self.kind,
            self.site,
            local.get("url"),
            local.get("output_file"),
            local.get("SITEURL"),
            local.get("FEED_DOMAIN"),
            later.key if later is not None else local.get("person_summaries"),
        )
        html = self.texts.get(key)
        if html is None:
            if later is not None:
                later.fill(local)
            html = str(template.render(local))
            self.texts.put(key, html)
        return html
