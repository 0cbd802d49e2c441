"""Which person a name form can mean: the index site-wide resolution and a post's
second reading share, and the name helpers the site model reads.

Kept apart from the reading rules (``names``, ``people``) so that a build process that
reads no post itself (its posts come from the cache or from worker processes) never
loads them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .facts import Person, PostFacts
from .lexicon import common_names, given_entry, lexicon
from .slugs import fold

# "Charles III", "Harald V", "Carl XVI Gustaf" (not "X": "Malcolm X" is no tenth; nor
# "XI" and "XV", a cricket or a rugby side: "Ricky Ponting XI")
GENERATIONS = frozenset("II III IV V VI VII VIII IX XII XIII XIV XVI XVII XVIII".split())
#: Words after a name that belong to it: "Hank Williams Jr.", "Charles III".
NAME_SUFFIXES = GENERATIONS | {"Jr", "Sr"}


def form_key(form: str) -> str:
    return fold(form).casefold().replace("’", "'")


# Titles a one-word stage name is known by when the post gives no fuller name.
STAGE_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Doctor", "Sir", "Dame"})


@dataclass(slots=True)
class NameIndex:
    """Which canonical people each name form can mean."""

    forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add_person(
        self,
        name: str,
        particles: frozenset[str],
        aliases: Iterable[str] = (),
        *,
        first_name: bool = True,
    ) -> None:
        """Index ``name`` by itself, its aliases, its surname and (unless not
        ``first_name``) its first name."""
        words = name.split()
        self.forms[form_key(name)].add(name)
        for alias in aliases:
            self.forms[form_key(alias)].add(name)
        if len(words) < 2 or (len(words) == 2 and words[0].rstrip(".") in STAGE_TITLES):
            return  # "Dr Luke" is one name: "Dr" or "Luke" alone may be anyone
        given = given_name_of(name)
        if given != words[0]:
            if first_name:
                self.forms[form_key(given)].add(name)  # "William" for "Prince William"
            return
        if first_name:
            self.forms[form_key(words[0])].add(name)
        surname = words[1:]
        self.forms[form_key(" ".join(surname))].add(name)  # "de la Fuente"
        bare = [w for w in surname if w.lower() not in particles]
        if bare and len(bare) < len(surname):
            self.forms[form_key(" ".join(bare))].add(name)  # "Fuente"
        while len(bare) > 1 and bare[-1].rstrip(".") in NAME_SUFFIXES:
            bare.pop()
        if bare and bare[-1] != " ".join(surname):
            self.forms[form_key(bare[-1])].add(name)  # "Goode" of "Matthew William Goode"

    def add_form(self, form: str, name: str) -> None:
        self.forms[form_key(form)].add(name)

    def lookup(self, form: str) -> set[str]:
        return self.forms.get(form_key(form), set())

    def answers(self, forms: Iterable[str]) -> Answers:
        """What this index says each of ``forms`` can mean: all a second reading depends on."""
        return tuple((form, tuple(sorted(self.lookup(form)))) for form in forms)

    @classmethod
    def answering(cls, answers: Answers) -> NameIndex:
        """An index that knows only ``answers``."""
        index = cls()
        for form, names in answers:
            if names:
                index.forms[form_key(form)].update(names)
        return index


Answers = tuple[tuple[str, tuple[str, ...]], ...]

# Generations that end a name without being its surname ("Robert Downey Jr").

_ROYAL = ("Prince", "Princess", "King", "Queen", "Duke", "Duchess")


def given_name_of(name: str) -> str:
    """The word a first-name reference uses: "Tom" of "Tom Cruise", "William" of "Prince William"."""
    words = name.split()
    return words[1] if len(words) > 1 and words[0] in _ROYAL else words[0]


def identifiable(person: Person) -> bool:
    """Can this person be told apart from others across posts?

    Not someone a post names only by a common first name ("her son Joe"): such
    a person is in the post's facts, but gets no page, story or structured
    data, which would merge every Joe of the site into one.
    """
    return person.from_registry or " " in person.name or person.name not in common_names()


def full_names(facts: PostFacts) -> set[str]:
    """The people a post names in full and tells of (or from the registry).

    Only these go into the site's index: a name a post gives only in part
    settles nothing elsewhere, nor does one named once in passing, with
    nothing said of them (a guest in a list, a page's related links): that
    is where a misread phrase most often hides, and it would spread.
    """
    return {
        p.name
        for p in facts.people
        if p.from_registry
        or (
            len(p.name.split()) > 1
            and any(len(m.text.split()) > 1 for m in p.mentions)
            and (len(p.mentions) > 1 or p.descriptors or p.age or p.salience == "main")
        )
    }


COURTESY_TITLES = {"Lady": "f", "Lord": "m"}  # the title and the first name it goes with


def untitled(name: str) -> str:
    """``name`` without a courtesy title: what a registry or a plainer mention calls them.

    Only where the title fits the first name: "Lady Amelia Windsor" is Amelia
    Windsor, but "Lady Colin Campbell", a wife styled by her husband's name, is
    not Colin Campbell.
    """
    title, _, rest = name.partition(" ")
    gender = COURTESY_TITLES.get(title)
    if gender is None or " " not in rest:
        return name
    given = given_entry(lexicon(), rest.split()[0])
    return rest if given is not None and given.gender == gender else name


# Right after another name in a list: "Simi, Mr Real", "Cindy, and Sir Dee".
