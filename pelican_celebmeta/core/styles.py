"""Royal styles read as the people who bore them on the post's day.

"The Duke of Sussex" names Prince Harry, and "the Queen" Queen Elizabeth II in a post of
2019 but Queen Camilla in one of 2024. No capitalised phrase says so: the styles and the
days their holders bore them are facts, kept in ``data/styles.txt``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Style:
    style: str
    start: dt.date
    until: dt.date | None
    name: str  # the person's name as the site gives it
    names: tuple[str, ...]  # other names the same person may have in a post


@dataclass(frozen=True, slots=True)
class Styled:
    """A style in a post, read as the person who bore it then."""

    start: int
    end: int
    name: str
    names: tuple[str, ...]


@functools.cache
def _styles() -> tuple[Mapping[str, tuple[Style, ...]], re.Pattern[str]]:
    """The styles by phrase, and one pattern that finds any of them (read once: facts)."""
    by_phrase: dict[str, list[Style]] = {}
    data = resources.files("pelican_celebmeta.core").joinpath("data", "styles.txt")
    text = data.read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        style, start, until, name, names = line.split("|")
        by_phrase.setdefault(style.removeprefix("the "), []).append(
            Style(
                style,
                dt.date.fromisoformat(start),
                dt.date.fromisoformat(until) if until else None,
                name,
                tuple(n for n in names.split(";") if n),
            )
        )
    phrases = sorted(by_phrase, key=len, reverse=True)  # "Sarah, Duchess of York" first
    # "the Duke and Duchess of Sussex": two styles in one.
    pair = r"(?P<first>Duke|Prince|Earl|King)\s+and\s+(?P<second>(?:Duchess|Princess|Countess|Queen)\s+of\s+\w+)"
    pattern = re.compile(
        rf"(?P<the>\b[Tt]he\s+)?(?:{pair}|(?P<one>{'|'.join(map(re.escape, phrases))}))\b"
        # not "the Queen of Soul", "the King and Queen of Spain", "the Queen Vic",
        # "the Queen's Gambit", "the Queen and Slim actress"
        r"(?!\s+(?:and\s+\w+\s+)?of\b|[ \t]+[A-Z]|['’]s\s+Gambit"
        r"|\s+(?:and|&)\s+[A-Z]\w*\s+(?:actress|actor|star|director)\b)"
    )
    return MappingProxyType({k: tuple(v) for k, v in by_phrase.items()}), pattern


_CUES = ("Queen", "King", "Duke", "Duchess", "Prince", "Earl", "Countess")
# Every style holds one of these words: the full pattern is tried only around them.
_ANCHOR = re.compile(rf"\b(?:{'|'.join(_CUES)})(?:ss)?\b")  # "Prince" and "Princess"
_BACK, _AHEAD = 30, 60  # characters around an anchor a style and its context span


def _holder(
    by_phrase: Mapping[str, tuple[Style, ...]],
    phrase: str,
    day: dt.date,
    the: bool,
    monarchs: frozenset[str] = frozenset(),
) -> Style | None:
    for s in by_phrase.get(phrase, ()):
        if s.start <= day and (s.until is None or day < s.until):
            if s.style.startswith("the ") and not the:
                continue  # "Queen" alone is a word of many names; "the Queen" is hers
            if phrase in monarchs:
                return None  # "King Harald V and Queen Sonja ... the King's sister": his
            return s
    return None


# The given names by which news calls the kings and queens of other countries who have
# reigned since 2000, and their consorts (public record, facts): "King Harald", "Queen
# Letizia". A post that names one means them by "the King" or "the Queen". A list, not any
# "King X": "Queen Latifah", "King Kong", "the Queen Vic" and "King Edward VII's Hospital"
# are no monarchs.
_FOREIGN_KINGS = frozenset(
    """
    Harald Felipe Juan Willem-Alexander Philippe Albert Frederik Carl Abdullah Salman
    Mohammed Hamad Vajiralongkorn Bhumibol Naruhito Akihito Mswati Letsie Tupou Jigme Norodom
    Henri Guillaume Hans-Adam
    """.split()
)
_FOREIGN_QUEENS = frozenset(
    """
    Sonja Letizia Sofia Máxima Maxima Beatrix Mathilde Paola Mary Margrethe Silvia Rania
    Masako Michiko Suthida Sirikit Jetsun Noor
    """.split()
)
_MONARCH = re.compile(r"\b(King|Queen) ([A-Z][\w-]+)\b(?!['’]s [A-Z])")


def _foreign_monarchs(text: str) -> frozenset[str]:
    """ "King" and/or "Queen", where the post names another country's."""
    found = set()
    for title, name in _MONARCH.findall(text):
        if name in (_FOREIGN_KINGS if title == "King" else _FOREIGN_QUEENS):
            found.add(title)
    return frozenset(found)


def styled_people(text: str, day: dt.date) -> list[Styled]:
    """Every style in ``text`` that someone bore on ``day``, as that person."""
    if not any(cue in text for cue in _CUES):
        return []
    by_phrase, pattern = _styles()
    found: list[Styled] = []
    matches: dict[int, re.Match[str]] = {}
    for a in _ANCHOR.finditer(text):
        at = max(0, a.start() - _BACK)
        while (m := pattern.search(text, at, min(len(text), a.end() + _AHEAD))) is not None:
            # A window can cut a style short ("Duke and Duchess of Glo"): the window of
            # an anchor further on sees it whole, and the longer match stands.
            if m.start() not in matches or m.end() > matches[m.start()].end():
                matches[m.start()] = m
            at = m.end()
    # Another country's king or queen named in the post makes "the King" theirs, not
    # Britain's: the bare style is then left unread.
    monarchs = _foreign_monarchs(text) if matches else frozenset()
    end = 0
    for m in sorted(matches.values(), key=lambda m: (m.start(), -m.end())):
        if m.start() < end:
            continue  # "Duchess of York" inside "Sarah, Duchess of York", found from nearer
        end = m.end()
        the = m.group("the") is not None
        if m.group("one"):
            parts = [(m.group("one"), m.start("one"), m.end("one"))]
        else:
            # "the Duke and Duchess of Sussex": the Duke of Sussex and the Duchess.
            second = " ".join(m.group("second").split())
            place = second.rsplit(" of ", 1)[1]
            parts = [
                (f"{m.group('first')} of {place}", m.start("first"), m.end("first")),
                (second, m.start("second"), m.end("second")),
            ]
        for phrase, p_start, p_end in parts:  # (``end`` is the last match's)
            s = _holder(by_phrase, phrase, day, the, monarchs)
            if s is not None:
                found.append(Styled(p_start, p_end, s.name, s.names))
    return found
