"""``article.celebmeta``, ``article.celebmeta_story`` and ``article.celebmeta_related``.

They are looked up in the build's state when a template asks, through
descriptors on Pelican's content class: three new attributes on every post
would grow each post's ``__dict__`` past its next size (about 8 MB at 5,000
posts), while a descriptor costs nothing per post. Nothing is stored on the
class: outside a build, or once a build has let go of its data, each reads
as empty. A post's own metadata of the same name (``Celebmeta: off``) is
an instance attribute and wins, as any metadata does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pelican.contents import Content

from .state import BuildState, get_state
from .templating import related_of


class _FromBuild:
    """A read-only attribute answered by ``lookup(state, content)`` (non-data descriptor)."""

    def __init__(self, lookup: Callable[[BuildState, Any], Any], empty: Callable[[], Any]):
        self._lookup = lookup
        self._empty = empty

    def __get__(self, content: Any, owner: type | None = None) -> Any:
        if content is None:
            return self
        state = get_state(getattr(content, "_context", None) or {})
        return self._empty() if state is None else self._lookup(state, content)


def _facts(state: BuildState, content: Any) -> Any:
    return state.facts_by_id.get(id(content))


def _story(state: BuildState, content: Any) -> Any:
    key = state.keys_by_id.get(id(content))
    return state.positions.get(key) if key else None


ATTRIBUTES = {
    "celebmeta": _FromBuild(_facts, lambda: None),
    "celebmeta_story": _FromBuild(_story, lambda: None),
    "celebmeta_related": _FromBuild(related_of, list),
}


def install_attributes() -> None:
    """Give Pelican's content class the plugin's attributes (once per process)."""
    for name, descriptor in ATTRIBUTES.items():
        if not isinstance(Content.__dict__.get(name), _FromBuild):
            setattr(Content, name, descriptor)
