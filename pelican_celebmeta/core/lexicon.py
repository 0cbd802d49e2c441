"""Word lists the person finder reads, loaded once per process.

The lists are immutable after loading, so caching them is not state that
grows across builds. All of them are in ``core/data/``: ``given_names.txt``
and ``surnames.txt`` are made by ``scripts/make_name_lists.py`` from US Census
and Social Security name statistics (public domain) and Faker's per-locale
name lists (MIT); the smaller lists are this package's own. ``README.txt``
there says where each file comes from.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from .slugs import fold


def _lines(name: str) -> list[str]:
    text = resources.files("pelican_celebmeta.core").joinpath("data", name).read_text("utf-8")
    return [ln.split("#", 1)[0].strip() for ln in text.splitlines() if ln.strip()[:1] != "#"]


def _words(name: str) -> list[str]:
    return [w for ln in _lines(name) for w in ln.split()]


#: Frequency class from which a first name or surname is an everyday one ("Joe",
#: "Miller"): it stands for nobody in particular. common_names.txt holds these.
COMMON_CLASS = 5


@dataclass(frozen=True, slots=True)
class GivenName:
    frequency: int  # 0..13 as in nam_dict: 10 is 2 % of people, a class a factor of two
    gender: str  # "m", "f" or "" (unisex or unknown)


@dataclass(frozen=True, slots=True)
class Lexicon:
    given: dict[str, GivenName]
    surnames: dict[str, int]  # surname -> frequency class, on the given names' scale
    stopwords: frozenset[str]  # lower case
    royal_titles: frozenset[str]
    honorifics: frozenset[str]
    roles: frozenset[str]  # lower case: roles and the words that go before them
    role_nouns: frozenset[str]  # the roles alone: "songstress", not "pop" or "former"
    role_fields: frozenset[str]  # fields that are also names: "jazz", "rock"
    nationalities: frozenset[str]
    place_heads: frozenset[str]
    org_heads: frozenset[str]
    weak_place_heads: frozenset[str]
    weak_org_heads: frozenset[str]
    prefix_heads: frozenset[str]  # first words of non-person names: Royal, Lake, Club
    gazetteer: dict[str, str]  # name -> place | organization | outlet | brand
    products: frozenset[str]  # lower case
    particles: frozenset[str]  # lower case: de, la, van, der, von, di, le, ...
    months: frozenset[str]
    weekdays: frozenset[str]
    # notable_key(name) -> True when a one-word stage name is also an everyday
    # word ("Offset", "Pink") and needs the sentence to say it is a name.
    notable: dict[str, bool]
    notable_first: frozenset[str]  # notable_key of the first word of each notable name
    # Brands the gazetteer lists that are also a designer the news names in person
    # ("Stella McCartney"; not "Louis Vuitton", nor a founder long dead), as written.
    designers: frozenset[str]
    all_heads: frozenset[str]  # every place and organisation head, strong or weak
    # Gazetteer names that run over a word in lower case or a sign ("Tegan and Sara",
    # "Dancing with the Stars"), which split them into several capitalised runs: by
    # their first word, with their kind.
    spanning: dict[str, tuple[tuple[str, str], ...]]
    # A given name's short form -> the full names it stands for: "Pam" -> {"Pamela"}.
    short_forms: dict[str, frozenset[str]]


_MONTHS = (
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Lower-case words that join the parts of a surname.
PARTICLES_LIST = (
    "de la le du des del dela delas delos della dei di da das dos van der den ter ten von zu af av bin bint ibn al el d' l' st ní nic ó mac e"
).split()
#: Lower-case words that join the parts of a surname (no word lists needed).
PARTICLES = frozenset(PARTICLES_LIST)


# Gazetteer kinds a candidate takes: outlets and labels are organisations, a show is a
# work (a character is read as nobody, and as a part: see ``names.classify``).
_KINDS = {"outlet": "organization", "label": "organization", "show": "work"}


def _table(name: str) -> list[list[str]]:
    """Tab-separated rows of a data file, comments and blank lines left out."""
    text = resources.files("pelican_celebmeta.core").joinpath("data", name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and ln[0] != "#"]


def _given_names() -> dict[str, GivenName]:
    """Parse given_names.txt and given_names_added.txt: name, gender (m, f or empty),
    frequency class."""
    names: dict[str, GivenName] = {}
    # A few dozen (frequency, gender) pairs cover 25,000 names: one object per pair,
    # made once (each worker process loads the lists as it starts).
    pairs: dict[tuple[int, str], GivenName] = {}
    folded: dict[str, tuple[int, str]] = {}
    generated = _table("given_names.txt")
    known = {row[0] for row in generated}
    # The hand-written supplement adds names the sources lack; where both hold one,
    # the generated list's class and gender stand.
    added = [row for row in _table("given_names_added.txt") if row[0] not in known]
    for name, gender, freq in [*generated, *added]:
        pair = (int(freq), gender)
        given = pairs.get(pair)
        if given is None:
            given = pairs[pair] = GivenName(*pair)
        names[name] = given
        if name.isascii():
            continue  # folds to itself
        key = fold(name)
        if key != name:
            # "Zoë" is also found as "Zoe": the most frequent spelling's class, and a
            # gender only if every spelling that folds to the key agrees.
            old = folded.get(key)
            folded[key] = (
                pair if old is None else (max(old[0], pair[0]), old[1] if old[1] == gender else "")
            )
    for key, pair in folded.items():
        if key not in names:  # a name's own spelling wins over a folded one
            given = pairs.get(pair)
            if given is None:
                given = pairs[pair] = GivenName(*pair)
            names[key] = given
    return names


def _surnames() -> dict[str, int]:
    """Parse surnames.txt: surname, frequency class; ASCII-folded keys as for given names."""
    surnames = {name: int(freq) for name, freq in _table("surnames.txt")}
    folded: dict[str, int] = {}
    for name in [n for n in surnames if not n.isascii()]:  # an ASCII name folds to itself
        freq = surnames[name]
        key = fold(name)
        if key != name and key not in surnames:
            folded[key] = max(folded.get(key, 0), freq)
    surnames.update(folded)
    return surnames


def notable_key(name: str) -> str:
    """The look-up form of a notable name: no accents, case or curly quotes."""
    if not name.isascii():
        name = fold(name.replace("’", "'"))
    elif " " not in name:
        return name.casefold()  # one word: the common case, and the cheap one
    return " ".join(name.casefold().split())


# Houses whose founders died years ago (public record): "a gown designed by Alexander
# McQueen" is the house's work, not the man's.
_LATE_FOUNDERS = frozenset(
    {
        "Alexander McQueen",  # 2010
        "Christian Dior",  # 1957
        "Karl Lagerfeld",  # 2019
        "Kate Spade",  # 2018
        "Oscar de la Renta",  # 2014
        "Vivienne Westwood",  # 2022
        "Yves Saint Laurent",  # 2008
    }
)


_INITIALS = re.compile(r"((?:[A-Z]\. ?){2,3}|[A-Z]{2,3}) (?=[A-Z])")


def _notable(gazetteer: dict[str, str]) -> tuple[dict[str, bool], frozenset[str]]:
    """Parse notable.txt; a line "~Name" is a stage name that is also a word.

    Also the names the gazetteer lists as brands (the designers, see ``Lexicon``).
    """
    notable: dict[str, bool] = {}
    designers: set[str] = set()
    for ln in _lines("notable.txt"):
        name = ln.removeprefix("~")
        kind = gazetteer.get(name)
        if kind is None:  # a place or an outlet by that name wins
            notable[notable_key(name)] = ln[0] == "~"
            if initials := _INITIALS.match(name):
                # "J.K. Rowling" is written "JK Rowling" and "J. K. Rowling" too.
                letters, rest = (
                    initials.group(1).replace(".", "").replace(" ", ""),
                    name[initials.end() :],
                )
                for form in (letters, ". ".join(letters) + ".", ".".join(letters) + "."):
                    notable.setdefault(notable_key(f"{form} {rest}"), ln[0] == "~")
        elif kind == "brand" and name not in _LATE_FOUNDERS:
            designers.add(name)
    return notable, frozenset(designers)


@functools.cache
def common_names() -> frozenset[str]:
    """First names and surnames shared by many people ("Joe", "Miller").

    A small file of its own, so that the site layer can ask without loading
    the full lists into the build's process.
    """
    return frozenset(_lines("common_names.txt"))


@functools.cache
def _gazetteer() -> dict[str, str]:
    gazetteer: dict[str, str] = {}
    for ln in _lines("gazetteer.txt"):
        kind, _, name = ln.partition("|")
        kind = _KINDS.get(kind, kind)
        gazetteer[name.strip()] = kind
    for name in _lines("places.txt"):
        gazetteer.setdefault(name, "place")
    return gazetteer


def _titles() -> dict[str, list[str]]:
    return {ln.split()[0]: ln.split()[1:] for ln in _lines("titles.txt")}


def name_titles() -> frozenset[str]:
    """Royal titles and honorifics ("Prince", "Dr"), read apart as ``common_names`` is."""
    titles = _titles()
    return frozenset(titles["royal"]) | frozenset(titles["honorific"])


@functools.cache
def one_word_stars() -> frozenset[str]:
    """``notable_key`` of the stars known by one name ("Adele", "Usher").

    Read apart from the full lists, as ``common_names`` is, for the site layer.
    """
    gazetteer = _gazetteer()
    return frozenset(
        notable_key(name)
        for ln in _lines("notable.txt")
        if " " not in (name := ln.removeprefix("~")) and name not in gazetteer
    )


@functools.cache
def lexicon() -> Lexicon:
    titles = _titles()
    heads = {ln.split()[0]: frozenset(ln.split()[1:]) for ln in _lines("heads.txt")}
    gazetteer = _gazetteer()
    notable, designers = _notable(gazetteer)
    role_nouns = frozenset(w.lower() for w in _words("roles.txt"))
    role_fields = frozenset(w.lower() for w in _words("role_fields.txt"))
    return Lexicon(
        given=_given_names(),
        surnames=_surnames(),
        stopwords=frozenset(w.lower() for w in _words("stopwords.txt")),
        royal_titles=frozenset(titles["royal"]),
        honorifics=frozenset(titles["honorific"]),
        roles=role_nouns | role_fields | frozenset(w.lower() for w in _words("role_modifiers.txt")),
        role_nouns=role_nouns,
        role_fields=role_fields,
        nationalities=frozenset(_words("nationalities.txt")),
        place_heads=heads["place"],
        org_heads=heads["organization"],
        weak_place_heads=heads["weak-place"],
        weak_org_heads=heads["weak-organization"],
        prefix_heads=heads["prefix"],
        gazetteer=gazetteer,
        products=frozenset(w.lower() for w in _words("products.txt")),
        particles=PARTICLES,
        months=frozenset(_MONTHS),
        weekdays=frozenset(_WEEKDAYS),
        notable=notable,
        notable_first=frozenset(k.split()[0] for k in notable),
        designers=designers,
        all_heads=frozenset().union(
            *(heads[k] for k in ("place", "organization", "weak-place", "weak-organization"))
        ),
        spanning=_spanning(gazetteer),
        short_forms={row[0]: frozenset(row[1].split()) for row in _table("short_forms.txt")},
    )


def _spanning(gazetteer: dict[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    by_first: dict[str, list[tuple[str, str]]] = {}
    for name, kind in gazetteer.items():
        words = name.split()
        # (a brand is one only where it is worn: left to the rules of one run)
        if kind != "brand" and any(not w[:1].isupper() and w not in PARTICLES for w in words[1:]):
            by_first.setdefault(words[0], []).append((name, kind))
    # Longer names first: "Florence and the Machine" before a shorter one of its start.
    return {
        first: tuple(sorted(names, key=lambda n: (-len(n[0]), n[0])))
        for first, names in by_first.items()
    }


def given_entry(lex: Lexicon, word: str) -> GivenName | None:
    """A word's entry in the given-name list, accents folded if need be."""
    found = lex.given.get(word)
    if found is None and not word.isascii():
        found = lex.given.get(fold(word))
    return found
