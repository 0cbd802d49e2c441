"""Word lists the person finder reads, loaded once per process.

The lists are immutable after loading, so caching them is not state that
grows across builds. Given names come from gender-guesser's ``nam_dict.txt``
(about 48,000 names from many countries with per-country frequencies); the
smaller lists are this package's own, in ``core/data/``.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("pelican_celebmeta.core").joinpath("data", name).read_text("utf-8")
    return [ln.split("#", 1)[0].strip() for ln in text.splitlines() if ln.strip()[:1] != "#"]


def _words(name: str) -> list[str]:
    return [w for ln in _lines(name) for w in ln.split()]


@dataclass(frozen=True, slots=True)
class GivenName:
    frequency: int  # 0..13: the highest per-country frequency class in nam_dict
    gender: str  # "m", "f" or "" (unisex or unknown)


@dataclass(frozen=True, slots=True)
class Lexicon:
    given: dict[str, GivenName]
    stopwords: frozenset[str]  # lower case
    royal_titles: frozenset[str]
    honorifics: frozenset[str]
    roles: frozenset[str]  # lower case
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


_MONTHS = (
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Lower-case words that join the parts of a surname.
PARTICLES_LIST = (
    "de la le du des del della dei di da das dos van der den ter ten von zu af av bin bint ibn al el d' l' st ní nic ó mac"
).split()
#: Lower-case words that join the parts of a surname (no word lists needed).
PARTICLES = frozenset(PARTICLES_LIST)


def _given_names() -> dict[str, GivenName]:
    """Parse nam_dict.txt: gender in columns 0-2, name in 3-28, frequencies after."""
    path = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    names: dict[str, GivenName] = {}
    # A few dozen (frequency, gender) pairs cover 40,000 names: one object per pair.
    pairs: dict[tuple[int, str], GivenName] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            code = line[:2].strip()
            if not code or code[0] in "#=":
                continue
            name = line[3:29].strip()
            if not name or " " in name or "+" in name:
                continue
            freq = max(
                (int(c, 16) for c in line[30:85] if c in "0123456789ABCDEFabcdef"), default=0
            )
            gender = "m" if code in ("M", "1M") else "f" if code in ("F", "1F") else ""
            for key in {name, _ascii(name)}:
                old = names.get(key)
                if old is None or freq > old.frequency:
                    pair = (freq, gender if old is None or not old.gender else "")
                    names[key] = pairs.setdefault(pair, GivenName(*pair))
    return names


def _ascii(word: str) -> str:
    from .slugs import TRANSLITERATE

    decomposed = unicodedata.normalize("NFKD", word.translate(TRANSLITERATE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def lexicon() -> Lexicon:
    titles = {ln.split()[0]: ln.split()[1:] for ln in _lines("titles.txt")}
    heads = {ln.split()[0]: frozenset(ln.split()[1:]) for ln in _lines("heads.txt")}
    gazetteer: dict[str, str] = {}
    for ln in _lines("gazetteer.txt"):
        kind, _, name = ln.partition("|")
        gazetteer[name.strip()] = "organization" if kind == "outlet" else kind
    return Lexicon(
        given=_given_names(),
        stopwords=frozenset(w.lower() for w in _words("stopwords.txt")),
        royal_titles=frozenset(titles["royal"]),
        honorifics=frozenset(titles["honorific"]),
        roles=frozenset(w.lower() for w in _words("roles.txt")),
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
    )
