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
from ..core.people import NameIndex, full_names


def site_index(posts: Sequence[PostFacts]) -> NameIndex:
    """Every person some post names in full (two words or more, or a registry name)."""
    index = NameIndex()
    for name in sorted(set().union(*(full_names(facts) for facts in posts))):
        index.add_person(name, PARTICLES)
    return index


def resolve_site(
    posts: Sequence[PostFacts],
    reread: Callable[[int, NameIndex], PostFacts],
) -> list[PostFacts]:
    """Settle unresolved short names across ``posts``.

    ``reread(i, known)`` extracts post ``i`` again with ``known``, an index
    holding only what the site's index answers for that post's unresolved
    names (so the second reading depends on those answers alone); it is
    called only for posts where some known person answers.
    """
    index = site_index(posts)
    out = list(posts)
    for i in to_reread(posts, index):
        out[i] = reread(i, NameIndex.answering(index.answers(unresolved(posts[i]))))
    return out


def unresolved(facts: PostFacts) -> list[str]:
    return [short.token for short in facts.unresolved]


def to_reread(posts: Sequence[PostFacts], index: NameIndex) -> list[int]:
    """The posts with a short name that some person of ``index`` answers to."""
    return [
        i
        for i, facts in enumerate(posts)
        if any(index.lookup(short.token) for short in facts.unresolved)
    ]
