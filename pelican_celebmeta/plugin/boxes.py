"""The people box and story navigation, kept between builds by everything they read.

Rendering a box through Jinja costs more than all else the plugin adds to an
article page, and on a rebuild nearly every box comes out as it did before.
A box's HTML is a function of what its templates read: the rows
``celebmeta_people`` gives (or the ``celebmeta_story`` entry), ``SITEURL``,
and the templates themselves with the Jinja that renders them. So a box is
kept under a hash of exactly those, and only while they are all known:

- every template it renders, includes or imports is the plugin's own file
  (the plugin's files are in the cache file's digest); a theme that ships its
  own ``people_sidebar.html`` or ``avatar.html`` gets its boxes rendered;
- the templates read no name but the post, ``SITEURL`` and the plugin's
  globals, the post only through ``celebmeta_people`` / ``celebmeta_story``;
- every filter and test they use is Jinja's own, no extension but Jinja's is
  loaded, and the Jinja and MarkupSafe versions and the environment's syntax
  options are in the hash.
"""

from __future__ import annotations

import hashlib
from collections import ChainMap
from collections.abc import Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

from jinja2 import TemplateNotFound, meta, nodes
from jinja2.defaults import DEFAULT_FILTERS, DEFAULT_TESTS

from .templating import TEMPLATES

# Each box: the global whose answer stands for the post in its hash.
BOXES = {
    "celebmeta/people_sidebar.html": "celebmeta_people",
    "celebmeta/story_nav.html": "celebmeta_story",
}
# Names a box's templates may read; the post only through the box's global.
_PURE_GLOBALS = frozenset({"celebmeta_colour", "celebmeta_initials"})
_READS = frozenset({"article", "page", "SITEURL"}) | _PURE_GLOBALS


def _ours(filename: str | None) -> bool:
    return bool(filename) and Path(filename).resolve().is_relative_to(TEMPLATES.resolve())


def _closure(env: Any, name: str) -> dict[str, tuple[str, Any]] | None:
    """Each template ``name`` renders, includes or imports: (source, parsed), by name.

    None if any of them is not the plugin's own file, or is named only at
    render time.
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
        if not _ours(filename):
            return None
        parsed = env.parse(source)
        refs = list(meta.find_referenced_templates(parsed))
        if None in refs:
            return None
        found[current] = (source, parsed)
        todo += refs
    return found


def box_fingerprint(env: Any, name: str) -> str | None:
    """What, besides its data and ``SITEURL``, decides box ``name``'s HTML; None if unknown."""
    closure = _closure(env, name)
    if closure is None:
        return None
    parsed = [tree for _, tree in closure.values()]
    reads = set().union(*(meta.find_undeclared_variables(tree) for tree in parsed))
    if not reads <= _READS | {BOXES[name]}:
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
        sorted((n, source) for n, (source, _) in closure.items()),
    )
    return hashlib.sha256(repr(options).encode("utf-8", "surrogatepass")).hexdigest()


def box_key(fingerprint: str, name: str, data: Any, local: Mapping[str, Any], template: Any) -> str:
    """The cache name of box ``name`` showing ``data`` on a page with context ``local``."""
    siteurl = ChainMap(local, template.globals).get("SITEURL")
    text = repr((fingerprint, name, siteurl, data))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
