"""Site-wide name resolution: full names anywhere settle short names everywhere.

Follow-up stories rarely repeat full names. After every post has been read
on its own, the people each post introduced in full go into one index;
posts that left short names unresolved ("Cruise", "Khayrova's") are read
again with that index. A short name two known people share stays
unresolved unless the post itself already names one of them. The index is
built from sorted names, so the result does not depend on the order of
the posts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.facts import PostFacts
from ..core.lexicon import PARTICLES
from ..core.people import NameIndex


def site_index(posts: Sequence[PostFacts]) -> NameIndex:
    """Every person some post names in full (two words or more, or a registry name)."""
    index = NameIndex()
    names = sorted(
        {
            p.name
            for facts in posts
            for p in facts.people
            if p.from_registry or (len(p.name.split()) > 1 and p.mentions)
            if any(len(m.text.split()) > 1 for m in p.mentions) or p.from_registry
        }
    )
    for name in names:
        index.add_person(name, PARTICLES)
    return index


def resolve_site(
    posts: Sequence[PostFacts],
    reread: Callable[[int, NameIndex], PostFacts],
) -> list[PostFacts]:
    """Settle unresolved short names across ``posts``.

    ``reread(i, index)`` extracts post ``i`` again with the site's index;
    it is called only for posts that have unresolved names some known
    person could answer to.
    """
    index = site_index(posts)
    out = list(posts)
    for i in to_reread(posts, index):
        out[i] = reread(i, index)
    return out


def to_reread(posts: Sequence[PostFacts], index: NameIndex) -> list[int]:
    """The posts with a short name that some person of ``index`` answers to."""
    return [
        i
        for i, facts in enumerate(posts)
        if any(index.lookup(short.token) for short in facts.unresolved)
    ]
