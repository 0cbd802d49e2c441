"""Site-wide name resolution: full names anywhere settle short names in the same story.

Follow-up stories rarely repeat full names. After every post has been read
on its own, the people each post introduced in full go into one index;
posts that left short names unresolved ("Cruise", "Khayrova's") are read
again with what that index answers for them.

Only people a post tells of go into the index: named more than once, described
("actor ..."), aged, or whom the story is about. A short name then needs the
same story as well: a person the post already holds, or one another post shows
beside someone this post is about. A surname alone is not enough: on a site of
many stories, "Goulding" of a wedding report and "Vegas" of "what happens in
Vegas" were other people's surnames. Two surnames another post names together
are the same story ("Cruise" and "Khayrova"); two first names are not ("Emma"
and "Pat" of a rugby wedding are not a cricketer and his wife), nor are two
people of a long list (a ceremony's winners, a party's guests). A short name
that the evidence leaves to two people is neither of them unless one shares a
surname the post holds: the post reads it as it would alone. Everything is
built from sorted names, so the result does not depend on the order of the posts.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from ..core.facts import Person, PostFacts
from ..core.lexicon import PARTICLES, common_names, name_titles, notable_key, one_word_stars
from ..core.nameindex import Answers, NameIndex, full_names, given_name_of, untitled
from ..core.slugs import slugify
from .display import surname

# More people told apart than this in one post make a list (of winners, of guests),
# not a story of who is with whom: such a post vouches only for its main people's company.
COMPANY_LIMIT = 15


class SiteNames:
    """The people a site names in full, and who appears beside whom."""

    def __init__(self, posts: Sequence[PostFacts]) -> None:
        self.strong = NameIndex()  # full names, surnames, aliases
        self.given = NameIndex()  # first names
        self.companions: dict[str, set[str]] = defaultdict(set)
        self.stars = one_word_stars()
        self.titles = name_titles()
        common = common_names()
        for name in sorted(set().union(*(full_names(facts) for facts in posts))):
            words = name.split()
            if len(words) >= 2 and words[-1] in common:
                # "Miller" or "Richard" alone is anyone's: like a first name, it needs
                # the same story.
                self.strong.add_form(name, name)
                self.given.add_form(words[-1], name)
            else:
                self.strong.add_person(name, PARTICLES, first_name=False)
            if len(words) > 1:
                self.given.add_form(given_name_of(name), name)
        for facts in posts:
            # Only whom a name tells apart: two posts' "Emma"s are not one person.
            present = {p.name for p in facts.people if self.identifies(p)}
            if len(present) > COMPANY_LIMIT:
                # A list of winners or guests tells no one's company but that of the people
                # the post is about (the couple of a wedding with many guests).
                present = {p.name for p in facts.people if p.salience == "main"} & present
            for name in present:
                self.companions[name] |= present - {name}

    def identifies(self, person: Person) -> bool:
        """Does the name alone tell this person apart across posts?"""
        name = person.name
        return person.from_registry or " " in name or notable_key(name) in self.stars

    def surname(self, name: str) -> str | None:
        """The family name ``name`` ends with, as the people index sorts by it; none for
        "Prince Harry", whose name is his given name."""
        words = name.split()
        while words and words[0].rstrip(".") in self.titles:
            words = words[1:]
        return surname(" ".join(words)) if len(words) > 1 else None

    def answers(self, facts: PostFacts) -> Answers:
        """What the site answers for each of the post's unresolved short names.

        A full name another post gave settles the same words here ("AR Rahman").
        A short name, a surname or a first name, needs the same story: its
        person already in the post, or both their names in it, or another
        post showing them beside someone this post is about. The names a post
        is about vouch for each other ("Cruise" and "Khayrova", "Victoria and
        Harper reunite"): another post that shows two of the people they could
        mean together settles both. A name the post gives in passing vouches
        for nobody ("Pat and Emma" among a wedding's guests are not a
        cricketer and his wife), nor does a surname alone, however rare
        ("Goulding" of a wedding is not the Julia Goulding of another story). A first
        name in passing needs two of the post's main people beside its bearer elsewhere.
        Where the evidence leaves two people, the one whose surname the post
        holds is meant ("Coleen" beside Wayne Rooney); otherwise neither is,
        and the post reads the name as it would alone.
        """
        forms = unresolved(facts)
        if not forms:
            return ()  # most posts: nothing to settle, nothing to work out
        answers: dict[str, tuple[str, ...]] = {form: () for form in forms}
        options: dict[str, set[str]] = {}
        surnames: dict[str, set[str]] = {}
        firsts: dict[str, set[str]] = {}
        for form in forms:
            strong = self.strong.lookup(form)
            if whole := {n for n in strong if n.split() == form.split()}:
                answers[form] = tuple(sorted(whole))
                continue
            if notable_key(form) in self.stars:
                # "Rajinikanth" is the star known by that one name, not his daughter
                # Aishwarya Rajinikanth whom another post names in full.
                strong = set()
            surnames[form] = strong
            firsts[form] = self.given.lookup(form)
            options[form] = strong | firsts[form]
        # "Lindqvist" and "Jonas" of one post are one man another post named in full,
        # where the surname is his alone ("Beckham" and "Victoria" may be two people)
        # and the story is about one of the two words ("Bob and Marley" among the
        # guests are two guests).
        leading = self.leading(facts)
        both: set[str] = set()
        for form, names in surnames.items():
            if len(names) == 1:
                (name,) = names
                if any(name in o and leading & {form, f} for f, o in firsts.items()):
                    both.add(name)
        # (Companions are only names that identify: a lone "Emma" here meets no one.)
        leads = {p.name for p in facts.people if p.salience == "main"}
        present = {p.name for p in facts.people}.union(*answers.values())
        held = {self.surname(n) for n in present} - {None}
        for form, names in options.items():
            named = set().union(*(o for f, o in options.items() if f != form and f in leading))
            # A first name in passing ("Dave" among a ceremony's performers) takes more
            # company: one main person both posts name is the way of round-ups, not of a
            # story; two are ("Marguerite" of a divorce that named her and Lindqvist).
            passing = form not in leading and names <= firsts[form]
            sure = {
                n
                for n in names
                if n in present or n in both or self._vouched(n, leads, named, 2 if passing else 1)
            }
            if len(sure) > 1:
                sure = {n for n in sure if self.surname(n) in held}
            if len(sure) == 1:
                answers[form] = tuple(sure)
        return tuple((form, answers[form]) for form in forms)

    def _vouched(self, name: str, leads: set[str], named: set[str], needed: int) -> bool:
        """Does another post show ``name`` beside ``needed`` of this post's main people,
        or beside someone its other leading short names could be?"""
        company = self.companions.get(name, set())
        return len(company & leads) >= needed or not company.isdisjoint(named)

    @staticmethod
    def leading(facts: PostFacts) -> set[str]:
        """The short names the post is about: those it reads as main people, and the
        words it takes for no one where it would ("Cruise and Khayrova dined"), but not
        a guest named in passing ("Guests included Pat and Marley")."""
        main = {p.name: p.salience == "main" for p in facts.people}
        return {s.token for s in facts.unresolved if main.get(s.token, s.main)}


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
            e,
            name=event_name(e.name),
            attendees=tuple(new(a) for a in e.attendees),
            about=new(e.about) if e.about is not None else None,
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
