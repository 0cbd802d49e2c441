"""Site-wide name resolution: full names anywhere settle short names everywhere.

Follow-up stories rarely repeat full names. After every post has been read
on its own, the people each post introduced in full go into one index;
posts that left short names unresolved ("Cruise", "Khayrova's") are read
again with what that index answers for them.

Only people a post tells of go into the index: named more than once, described
("actress ..."), aged, or whom the story is about. A rare surname or an alias
is then evidence enough. A first name is not, nor a
surname as common as "Miller": "Steven" in
a football story must not become a film director another post named in
full. A first name is answered only with a person the post already holds,
by another of their names, or someone who shares a post with a person this
one is about (the same story; a guest named in passing vouches for nobody).
A short name two known people share is neither of them unless the post
itself names one: the post reads it as it would alone. Everything is built
from sorted names, so the result does not depend on the order of the posts.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from ..core.facts import PostFacts
from ..core.lexicon import PARTICLES, common_names, notable_key, one_word_stars
from ..core.people import Answers, NameIndex, full_names, given_name_of, untitled
from ..core.slugs import slugify


class SiteNames:
    """The people a site names in full, and who appears beside whom."""

    def __init__(self, posts: Sequence[PostFacts]) -> None:
        self.strong = NameIndex()  # full names, surnames, aliases
        self.given = NameIndex()  # first names: answered only with a companion
        self.companions: dict[str, set[str]] = defaultdict(set)
        self.stars = one_word_stars()
        common = common_names()
        for name in sorted(set().union(*(full_names(facts) for facts in posts))):
            words = name.split()
            if len(words) >= 2 and words[-1] in common:
                # "Miller" or "Richard" alone is anyone's: like a first name, it needs
                # the same story. The full name and any alias still settle it.
                self.strong.add_form(name, name)
                self.given.add_form(words[-1], name)
            else:
                self.strong.add_person(name, PARTICLES, first_name=False)
            if len(words) > 1:
                self.given.add_form(given_name_of(name), name)
        # People some post is about: only they vouch for a first name in another post.
        self.story_leads: set[str] = set()
        for facts in posts:
            present = {p.name for p in facts.people}
            for name in present:
                self.companions[name] |= present - {name}
            self.story_leads.update(p.name for p in facts.people if p.salience == "main")

    def answers(self, facts: PostFacts) -> Answers:
        """What the site answers for each of the post's unresolved short names.

        A first name the site's people have, with no evidence for any of
        them, is answered with no one: the post reads it as it would alone. A
        "Gwen" in an unrelated story is someone else, and a "Jonas" where the
        site knows two is neither (``site_people`` gives such a lone name no page).
        """
        forms = unresolved(facts)
        answers = dict(self.strong.answers(forms))
        for form in forms:
            if notable_key(form) in self.stars:
                # "Rajinikanth" is the star known by that one name, not his daughter
                # Aishwarya Rajinikanth whom another post names in full: such a word
                # is no surname (as a first name it still needs the same story).
                answers[form] = ()
        present = {p.name for p in facts.people}.union(*answers.values())
        # The story is the post's own: a first name is vouched for by the people it
        # is about, not by a name in a list of guests.
        leads = {p.name for p in facts.people if p.salience == "main"}.union(*answers.values())
        options = {form: sorted(self.given.lookup(form)) for form in forms if not answers[form]}
        # A first name answered brings its person's story in, which may settle another;
        # two first names of one story ("Victoria and Harper") vouch for each other
        # when one of them leads a story (not two guests of a list: "Diane, Cindy").
        while True:
            found = {}
            for form, names in options.items():
                others = leads.union(
                    *(self.story_leads.intersection(o) for f, o in options.items() if f != form)
                )
                sure = tuple(
                    n for n in names if n in present or self.companions.get(n, set()) & others
                )
                if sure and not answers[form]:
                    found[form] = sure
            if not found:
                break
            answers.update(found)
            present = present.union(*found.values())
            leads = leads.union(*found.values())
            options = {f: o for f, o in options.items() if f not in found}
        return tuple((form, answers[form]) for form in forms)


Ask = tuple[int, Answers]  # a post's place in the list, and what the site answers for it


def resolve_posts(
    posts: Sequence[PostFacts],
    reread: Callable[[list[Ask]], Sequence[PostFacts]],
) -> list[PostFacts]:
    """Settle unresolved short names across ``posts``: the one way a site is resolved.

    ``reread(asks)`` reads each asked post ``i`` again with its answers (so a
    second reading depends on those answers alone) and returns the new facts
    in the same order. It gets every post at once, so the plugin can hand
    them to its worker processes while the command line reads them in a loop.
    Only posts where some known person answers are asked for.
    """
    names = SiteNames(posts)
    asks: list[Ask] = []
    for i, facts in enumerate(posts):
        answers = names.answers(facts)
        if any(found for _, found in answers):
            asks.append((i, answers))
    out = list(posts)
    for (i, _), facts in zip(asks, reread(asks), strict=True):
        out[i] = facts
    return titled(out)


def titled(posts: list[PostFacts]) -> list[PostFacts]:
    """One name a site over: "Amelia Windsor" is "Lady Amelia Windsor" where a post
    gives her the courtesy title she is known by, so she has one page, not two."""
    titled: dict[str, set[str]] = defaultdict(set)
    for facts in posts:
        for p in facts.people:
            if untitled(p.name) != p.name:
                titled[untitled(p.name)].add(p.name)
    rename = {bare: min(names) for bare, names in titled.items()}
    if not rename:
        return posts
    return [
        _renamed(facts, rename) if any(p.name in rename for p in facts.people) else facts
        for facts in posts
    ]


def _renamed(facts: PostFacts, rename: dict[str, str]) -> PostFacts:
    def new(name: str) -> str:
        return rename.get(name, name)

    def event_name(name: str) -> str:
        # Whole names only, and once: not "Amelia Windsor" inside "Amelia Windsor-Smith".
        for old, title in sorted(rename.items(), key=lambda kv: (-len(kv[0]), kv[0])):
            name = re.sub(
                rf"(?<![\w'’-])(?<!Lady )(?<!Lord ){re.escape(old)}(?![\w'’-])", title, name
            )
        return name

    people = tuple(
        dataclasses.replace(p, name=new(p.name), slug=slugify(new(p.name)))
        if p.name in rename
        else p
        for p in facts.people
    )
    events = tuple(
        dataclasses.replace(
            e, name=event_name(e.name), attendees=tuple(new(a) for a in e.attendees)
        )
        for e in facts.events
    )
    return dataclasses.replace(facts, people=people, events=events)


def resolve_site(
    posts: Sequence[PostFacts],
    reread: Callable[[int, NameIndex], PostFacts],
) -> list[PostFacts]:
    """``resolve_posts`` with a reading of one post at a time.

    ``reread(i, known)`` extracts post ``i`` again with ``known``, an index
    holding only what the site answers for that post's unresolved names.
    """
    return resolve_posts(
        posts, lambda asks: [reread(i, NameIndex.answering(answers)) for i, answers in asks]
    )


def unresolved(facts: PostFacts) -> list[str]:
    return [short.token for short in facts.unresolved]
