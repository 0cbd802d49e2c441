"""``article.celebmeta_facts``, ``article.celebmeta_story`` and ``article.celebmeta_related``.

Plain instance attributes, as any plugin may give a content object, and
nothing on Pelican's classes: empty as each post is made, filled in for
each post the plugin read once every post is read. Both come after Pelican
has made the post from its metadata, so metadata of the same name cannot
shadow them; ``Celebmeta: on`` or ``off`` stays in ``article.metadata``
and in ``article.celebmeta``, as the post said.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .state import BuildState


class Related:
    """A post's related posts, worked out when a template first asks for them.

    Most themes never show them: a list per post made up front would cost
    every build for nothing. Once the build has let go of its data, it is empty.
    """

    __slots__ = ("_key", "_state")

    def __init__(self, state: BuildState, key: str) -> None:
        self._state = state
        self._key = key

    def _posts(self) -> list[Any]:
        state = self._state
        if state.related is None:
            return []
        return [state.contents[r.key] for r in state.related.of(self._key)]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._posts())

    def __len__(self) -> int:
        return len(self._posts())

    def __getitem__(self, index: Any) -> Any:
        return self._posts()[index]

    def __bool__(self) -> bool:
        return bool(self._posts())


def clear_attributes(content: Any) -> None:
    """Give a post the plugin's attributes, empty: not read, or read by no build yet."""
    content.celebmeta_facts = None
    content.celebmeta_story = None
    content.celebmeta_related = ()


def set_attributes(state: BuildState) -> None:
    """Give each post read in this build its facts, its place in a story and related posts."""
    for key, content in state.contents.items():
        content.celebmeta_facts = state.records[key].facts
        content.celebmeta_story = state.positions.get(key)
        content.celebmeta_related = Related(state, key)
