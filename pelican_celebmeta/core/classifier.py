"""A learned second opinion on the capitalised phrases the rules leave open.

The rules in ``names.py`` settle what they can be sure of (gazetteer hits,
"Park" and "Charity" heads, brands worn, quoted titles). What is left is a
two-word phrase that may or may not be a name, or a lone word that may be a
surname, a first name, a single-name star ("Zendaya") or a company. For those
a logistic model weighs sparse evidence: the name lists, the word's shape, the
words around each of its mentions, and how the post uses it elsewhere.

The weights are package data (``data/person_model.json``) learned from openly
licensed annotated text by ``scripts/train_person_model.py``; reading them
needs nothing but the standard library. Every mention of one phrase in a post
gets one decision, made over the evidence of all its mentions.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise

from .lexicon import COMMON_CLASS, given_entry, notable_key
from .nameindex import NAME_SUFFIXES
from .names import (
    CONTRACTION,
    FOR_WORK_AFTER,
    PEOPLE_CATEGORY_WORDS,
    PERSON_VERBS,
    WORK_CATEGORY_WORDS,
    WORK_CUES,
    Candidate,
    Context,
    age_after,
    age_before,
    article_named,
    cast_of,
    cue_before,
    descriptors_before,
    head_of_state,
    kin_after,
    kin_before,
    known_word,
    korean_name,
    plural_role,
    role_after,
    role_apposed,
    role_before,
    role_examples_before,
    singular_role,
    tidy,
    tied_before,
    title_case,
)
from .slugs import fold

_WORDS_BEFORE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_AFTER = re.compile(r"(['’]s)?\s*([^\w\s]?)\s*([^\W\d_]+|\d+)?\s*([^\W\d_]+)?")
_LIST_GAP = re.compile(
    r"(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?"
)
_ROLE_GAP = re.compile(r"(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)((?:[a-z][\w-]*\s+){1,3})")
_JOINERS = frozenset({"and", "&"})  # in role_modifiers.txt for "model and socialite X"
_INNER_CAP = re.compile(r"^.[a-z]+[A-Z]")

OPEN = ("person", "maybe", "short")  # rule kinds the model decides
_COUPLE_BAR = 0.3  # a two-word phrase listed beside a person needs less
# A surname a class below an everyday one is still too common to stand for one star.
_STAR_SURNAME_LIMIT = COMMON_CLASS - 1


@dataclass(frozen=True, slots=True)
class Table:
    bias: float
    weights: dict[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class Model:
    multi: Table  # phrases of two words or more
    single: Table  # lone words that no longer name of the post contains
    veto: float  # below this the model overrules a phrase the rules took for a person


@functools.cache
def model() -> Model:
    """The shipped weights (immutable, so caching them is no state across builds)."""
    raw = json.loads(
        resources.files("pelican_celebmeta.core").joinpath("data", "person_model.json").read_text()
    )
    multi, single = (
        Table(raw[k]["bias"], raw[k]["weights"], raw[k]["threshold"]) for k in ("multi", "single")
    )
    return Model(multi, single, raw["veto"])


def _bucket(value: int | None) -> str:
    if value is None:
        return "-"
    return str(min(value, 12) // 3)


def key(ctx: Context, cand: Candidate) -> str:
    return tidy(ctx.doc.text[cand.start : cand.end])


def mention_features(
    ctx: Context, cand: Candidate, headlines: dict[int, bool] | None = None
) -> set[str]:
    """Evidence from one mention: the phrase itself and the words around it.

    ``headlines`` keeps which sentences are in Title Case, for the post's other mentions.
    """
    lex = ctx.lex
    text = ctx.doc.text
    words = [t.text for t in cand.tokens]
    first, last = words[0], words[-1]
    f = {f"kind:{cand.kind}", f"n:{min(len(words), 4)}"}
    if len(words) > 1:
        f.add(f"rs:{max(-3, min(6, int(cand.score)))}")
    g0 = given_entry(lex, first)
    f.add(f"g0:{_bucket(g0.frequency if g0 else None)}")
    f.add(f"s0:{_bucket(lex.surnames.get(first, lex.surnames.get(fold(first))))}")
    gl = given_entry(lex, last)
    f.add(f"gl:{_bucket(gl.frequency if gl else None)}")
    f.add(f"sl:{_bucket(lex.surnames.get(last, lex.surnames.get(fold(last))))}")
    for w in words:
        lw = w.lower()
        f.add(f"w:{lw}")
        if lw in ctx.lower_words and lw not in lex.particles:
            f.add("lowered")
        if lw in lex.stopwords:
            f.add("stop")
        if lw in lex.roles:
            f.add("role")
        if w in lex.nationalities:
            f.add("nationality")
    f.add(f"suf:{last[-3:].lower()}")
    if any(w.lower() in lex.particles for w in words[1:-1]):
        f.add("particle")  # "Ruud van der Linden"
    if "-" in last:
        f.add("hyphen")
    if "'" in last or "’" in last:
        f.add("apostrophe")
    if _INNER_CAP.match(last):
        f.add("innercap")
    if len(last) <= 2:
        f.add("tiny")
    if not "".join(words).isascii():
        f.add("accent")
    if cand.title:
        f.add("title")
    if cand.descriptors:
        f.add("descriptor")
    if cand.tokens[0].initial:
        f.add("initial")
    if cand.tokens[-1].possessive:
        f.add("possessive")

    # Words before: "singer X", "met X", "in X", "the X".
    sentence = ctx.doc.sentences[cand.sentence]
    start = cand.title_start if cand.title_start is not None else cand.start
    before = _WORDS_BEFORE.findall(text[max(sentence.start, start - 60) : start])[-2:]
    before = [b.lower() for b in before]
    p1 = before[-1] if before else "^"
    p2 = before[-2] if len(before) > 1 else "^"
    f.add(f"p1:{p1}")
    f.add(f"p2:{p2}")
    f.add(f"p2p1:{p2}_{p1}")
    if p1 in lex.roles and p1 not in _JOINERS:
        f.add("p1:ROLE")
    elif p2 in lex.roles and p2 not in _JOINERS:
        f.add("p2:ROLE")  # "his barrister, X"
    for det in ("a", "an", "the"):
        if det in before:
            f.add(f"det:{det}")
    if not before and descriptors_before(ctx, start):
        f.add("descriptor")
    # Words after: "X said", "X's new album", "X, 34,", "X (pictured)".
    m = _AFTER.match(text, cand.end, min(len(text), cand.end + 60))
    punct = m.group(2) if m else ""
    n1 = (m.group(3) or "$").lower() if m else "$"
    n2 = (m.group(4) or "$").lower() if m else "$"
    if punct:
        f.add(f"punct:{punct}")
        f.add(f"punct_n1:{punct}_{n1 if not n1.isdigit() else '0'}")
    else:
        f.add(f"n1:{n1 if not n1.isdigit() else '0'}")
        f.add(f"n1n2:{n1}_{n2}")
        if n1 in PERSON_VERBS:
            f.add("n1:VERB")
        if n1 in lex.products:
            f.add("n1:PRODUCT")
    # A sentence in Title Case (a headline, a caption) says little by capitals.
    headline = None if headlines is None else headlines.get(cand.sentence)
    if headline is None:
        headline = title_case(text[sentence.start : sentence.end])
        if headlines is not None:
            headlines[cand.sentence] = headline
    if headline:
        f.add("titlecase")
    return f


def decide(
    ctx: Context, candidates: list[Candidate], title_end: int = 0, weights: Model | None = None
) -> None:
    """Settle the open candidates of one post in place.

    A phrase of two words or more becomes a ``person`` or stays ``maybe`` (a
    form that only another name of the post can claim). A lone word that no
    longer name of the post contains is marked ``lone`` when it reads as a
    person on its own.
    """
    m = weights or model()
    _cut_known_names(ctx, candidates)
    _places_agree(ctx, candidates)
    _regions_after_places(ctx, candidates)
    # Which neighbours are items of one list, asked of every pair three times below.
    ordered, listed = neighbours(ctx, candidates)
    # Longer phrases first: a lone word is left to a longer name of the post that
    # contains it, unless that name turns out to be none ("Nervous Adele" in a
    # headline leaves "Adele" to be read on its own).
    named: set[str] = set()
    for k, feats, group in features(
        ctx, candidates, skip=lambda k: " " not in k and k in named, neighboured=(ordered, listed)
    ):
        multi = len(group[0].tokens) > 1
        p = (m.multi if multi else m.single).probability(feats)
        # A title's capitals say nothing: a word only there names nobody new.
        in_body = any(c.start >= title_end for c in group)
        if not multi:
            # (The rules are asked only where the model leaves it open.)
            lone = in_body and (
                p >= m.single.threshold
                or _aged(ctx, group, True)
                or _famous(ctx, k, group)
                # "Best Music Album: Pritam for Brahmastra": a prize's winner
                or any(c.kind == "short" and _won_category(ctx, c) for c in group)
                # "President Zelenskyy": the office's holder
                or any(c.kind == "short" and head_of_state(ctx, c) for c in group)
            )
            for cand in group:
                cand.probability, cand.lone = p, lone
            continue
        aged: bool | None = None
        famous: bool | None = None
        for cand in group:
            cand.probability = p
            # The rules' own evidence (a title, a descriptor, an age, a verb)
            # stands unless the model is all but sure it is wrong.
            # A role word right before ("Dutch footballer X") is surer still.
            bar = m.veto if cand.kind == "person" else m.multi.threshold
            if p < bar and cand.kind == "person":
                if aged is None:
                    aged = _aged(ctx, group, False)
                if cand.descriptors or aged:
                    bar = m.veto / 5
            if p < bar:
                if famous is None:
                    famous = _famous(ctx, k, group)
                # The training text has few Korean names, and the name lists know
                # them hyphenated ("Jae-sun"): the model has not seen "Yoo Jae Sun".
                sure = (
                    famous
                    or (cand.kind == "person" and korean_name(k.split()))
                    # "Shifi Omoefe, a member of the group": a role set apart after it.
                    or (
                        cand.kind == "maybe" and any(role_after(ctx, c.start, c.end) for c in group)
                    )
                    # "politicians like Malusi Gigaba": an example of a role.
                    or (
                        cand.kind == "maybe"
                        and any(role_examples_before(ctx, c.start) for c in group)
                    )
                    # "Dr Ranj Singh": an honorific before a name of two words.
                    or (cand.kind == "maybe" and _titled(ctx, cand))
                    # "Meghna Gulzar won the award", "tied the knot with Smart Nazombe":
                    # what only a person does or is.
                    or (cand.kind == "maybe" and any(_deed(ctx, c) for c in group))
                    # "Best New Actress (Drama): Jeon Yuna for 'The Kidnapping Day'"
                    or (cand.kind == "maybe" and any(_won_category(ctx, c) for c in group))
                )
            else:
                sure = True
            cand.kind = "person" if sure else "maybe"
            if cand.kind == "person":
                named.update(k.split())
    _children_listed(ctx, candidates)
    _lists_of_people(ctx, ordered, listed, title_end)
    for cand in candidates:
        if cand.lone and (
            _describes_next(ctx, cand)
            or cand.tokens[0].text.lower() in _PARENTS
            or _grandparent(ctx, cand)
        ):
            cand.lone = False
    _works_after_winners(ctx, candidates)
    _works_agree(ctx, candidates)
    _title_tails(ctx, ordered)


def _title_tails(ctx: Context, ordered: list[Candidate]) -> None:
    """ "Gal Gadot's Heart of Stone": a word after "of" and a capitalised word that names
    nobody (by the model, all but surely) ends a title, not a name of its own."""
    text = ctx.doc.text
    for a, b in pairwise(ordered):
        if (
            b.lone
            and len(b.tokens) == 1
            and len(a.tokens) == 1
            and a.kind == "short"
            and not a.lone
            and 0 <= a.probability < _NOBODY
            and not a.tokens[0].initial
            and text[a.end : b.start] == " of "
            # (but "the Gospel of Matthew": a first name is someone's all the same)
            and not ((g := given_entry(ctx.lex, b.tokens[0].text)) and g.frequency >= 2)
        ):
            b.lone = False


_NOBODY = 0.02  # a lone word the model all but rules out as a name


def _works_agree(ctx: Context, candidates: list[Candidate]) -> None:
    """A word the post shows to be a show's or a film's title, by its cast, is one
    wherever it stands alone: "Kin stars Claire Dunne ... the crime drama Kin receive 11
    nominations". (Not "the original Warhol works ... Warhol's use": a maker's name.)"""
    works = {
        key(ctx, c)
        for c in candidates
        if c.kind == "work" and len(c.tokens) == 1 and cast_of(ctx, c.tokens[-1])
    }
    if works:
        for cand in candidates:
            if cand.lone and key(ctx, cand) in works:
                cand.lone = False


_WINNER_DASH = re.compile(r"\s+[–—-]\s+")
_WINNER_DASH_BEFORE = re.compile(r"\s[–—-]\s+$")
_LINE_END = re.compile(r"[\s.,;:!?)\]”\"'’]*")
_BRACKET = re.compile(r"[ \t]+\(")


def _works_after_winners(ctx: Context, candidates: list[Candidate]) -> None:
    """ "Tunji Afolayan – Amina" closing a line of a list of winners: the winner, then
    the work, whatever its name looks like, on every line it wins on."""
    text = ctx.doc.text
    ordered = sorted(candidates, key=lambda c: c.start)
    works = set()
    for a, b in pairwise(ordered):
        if (
            a.kind == "person"
            and b.kind in ("maybe", "short")  # not "A – Kanye West"
            and (
                (
                    _WINNER_DASH.fullmatch(text, a.end, b.start)
                    and _LINE_END.fullmatch(
                        text, b.end, ctx.doc.blocks[ctx.doc.sentences[b.sentence].block].end
                    )
                )
                # "Performance in a Supporting Role (Male): Pankaj Tripathi (Ludo)"
                or (
                    _BRACKET.fullmatch(text, a.end, b.start)
                    and text.startswith(")", b.end)
                    and _won_category(ctx, a)
                )
            )
        ):
            works.add(key(ctx, b))
    if not works:
        return
    for c in candidates:
        if (
            c.kind in ("maybe", "short")
            and key(ctx, c) in works
            and (
                _WINNER_DASH_BEFORE.search(text, max(0, c.start - 4), c.start)
                or (text.endswith("(", 0, c.start) and text.startswith(")", c.end))
            )
        ):
            c.kind = "work"  # on each line it closes, whoever won it there
            c.lone = False


# "Mom, Dad and son are doing well": what a family calls its own, no name.
_PARENTS = frozenset(
    "mom mum dad daddy mommy mummy mama papa grandma grandpa granny dadi nanu dadu".split()
)
# Grandparents in Hindi and Urdu. Dadi, Nanu and Dadu are family wherever they stand
# (in _PARENTS); Nani is also a star's name, family only as _grandparent says.
_GRANDPARENTS = frozenset({"nani"})
_MY_BEFORE = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)(?: \w+)? $")
_GRANDPARENT_BESIDE = re.compile(r"\b(?:Dadi|Nanu|Dadu)(?:,| and| &) $")
_GRANDPARENT_BESIDE_AFTER = re.compile(r"(?:,| and| &) (?:Dadi|Nanu|Dadu)\b")


def _grandparent(ctx: Context, cand: Candidate) -> bool:
    """Nani as family: after "my" ("my late Nani") or beside another grandparent ("Nani
    and Dadi", "Nani, Dadi"); not the actor ("Actor Nani and Mrunal Thakur")."""
    if cand.tokens[0].text.lower() not in _GRANDPARENTS:
        return False
    text = ctx.doc.text
    return bool(
        _MY_BEFORE.search(text, max(0, cand.start - 30), cand.start)
        or _GRANDPARENT_BESIDE.search(text, max(0, cand.start - 12), cand.start)
        or _GRANDPARENT_BESIDE_AFTER.match(text, cand.end)
    )


_ROLE_THEN_NAME = re.compile(r"\s+([a-z][\w-]*)\s+[A-Z]")


def _titled(ctx: Context, cand: Candidate) -> bool:
    """A name of two words after a personal honorific, one of them known as a name's:
    "Dr Ranj Singh" (not "Madame Tussauds New York", "Mr Blobby Land", or a possessive:
    "Mrs Brown's Boys")."""
    lex = ctx.lex
    words = [t.text for t in cand.tokens]
    return (
        cand.title in _PERSONAL_TITLES
        and len(words) == 2
        and not any(t.possessive or t.text in lex.gazetteer for t in cand.tokens)
        and (given_entry(lex, words[0]) is not None or lex.surnames.get(words[-1], 0) >= 3)
    )


_PERSONAL_TITLES = frozenset("Dr Doctor Mr Mrs Ms Miss Sir Dame Prof Professor".split())


# Right after a name, what only a person does: "Viral Bhayani shared", "X, who" (one
# person: not "Team Pioneers who have", a group). Not what a show, a horse or a body
# does too ("Squid Game won", "Scotland Yard said", "Blue Peter posted").
_DEED_AFTER = re.compile(
    r"(?:,?\s*who\b(?!\s+(?:are|were|have|do|live|work|make|say)\b)|"
    r"\s+(?:shared|married|admitted|insisted|recalled|gushed|replied)\b)"
)
_OFFICE_OF = re.compile(r"\b[A-Z][a-z]+ of $")


def _aged(ctx: Context, group: list[Candidate], single: bool) -> bool:
    """Do the words around a mention say person, as a rule rather than a feature?

    "X, 34," says person in news far more surely than the training text (where
    "Arsenal, 2" is common) lets the model learn; so does a family tie right
    before ("their son Milan"). A name of two words or more had a role, a verb
    or a tie after counted in its score already; a lone word asks them here.
    """
    return any(
        age_after(ctx, c.end) is not None or kin_before(ctx, c.start) or age_before(ctx, c.start)
        for c in group
    ) or (
        single
        and any(
            role_before(ctx, c.start)
            or role_apposed(ctx, c.start, c.end)
            or role_examples_before(ctx, c.start)
            or _cued(ctx, c)
            # (but "The King's sister": a title alone names no one)
            or (kin_after(ctx, c.end) and c.tokens[0].text not in ctx.lex.royal_titles)
            for c in group
        )
    )


# A prize's category for people, on the line before a winner or before a colon, after
# a list's dash or bullet if any. A category that does not open with "Best" ("Playback
# Singer (Female):", "Lyrics:") is taken only before a colon.
_BULLET = r"(?:[—–•*-][ \t]*)?"
# Names before on the line: "Best Dialogue: Prakash Kapadia and Utkarshini Vashishtha".
_WINNERS_BEFORE = (
    r"(?:[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+)){0,4}"
)
_PERSON_CATEGORY = re.compile(
    rf"(?:^|\n){_BULLET}(?:(?:Best|Most|Outstanding)\b[^:\n]{{0,60}}\b{PEOPLE_CATEGORY_WORDS}\b"
    rf"[^:\n]{{0,30}}(?::[ \t]*{_WINNERS_BEFORE}|\n\n)|(?:[A-Z][^:\n]{{0,60}}?)?\b{PEOPLE_CATEGORY_WORDS}\b"
    rf"[^:\n]{{0,30}}:[ \t]*{_WINNERS_BEFORE})$"
)
# Any prize's category, before a winner the line says is for a work: "Best Music Album:
# Pritam for Brahmastra".
# (After another winner and their work: "Best Actress: A for Badhaai Do and Tabu for ...")
_ANY_CATEGORY = re.compile(
    rf"(?:^|\n){_BULLET}(?:Best|Most|Outstanding)\b[^:\n]{{0,60}}:[ \t]*"
    r"(?:[A-Z][^:\n]{0,40}?[ \t]+for[ \t]+[^:\n]{0,40}?(?:,[ \t]+|[ \t]+and[ \t]+))?$"
)
# What follows a winner on such a line: the work, after "for", a dash or in brackets,
# another winner, or the line's end.
_WINNER_AFTER = re.compile(
    r"(?:[ \t]+(?:for|[–—-])[ \t]|[ \t]+\(|,[ \t]|[ \t]+(?:and|&)[ \t]|[ \t]*(?:\n|$))"
)
# The winner first, then a dash and the category: "Teni- Rookie of the year", "Aramide-
# Best Alternative Song".
_AFTER_THE_DASH = r"[ \t]?[–—-][ \t]*(?:Best\b|(?:[\w'’]+[ \t]+){1,4}?of the [Yy]ear\b)"
_CATEGORY_AFTER = re.compile(_AFTER_THE_DASH)


# "won the Best Director award", "took home Best Actress": a prize only a person wins.
_WON_PEOPLE_PRIZE = re.compile(
    r"[ \t]+(?:won|wins|bagged|bags|took home|takes home|picked up|scooped|clinched)[ \t]+"
    rf"(?:the[ \t]+)?(?:award[ \t]+for[ \t]+)?(?:Best|Outstanding)[ \t]+(?:[A-Z][\w-]*[ \t]+){{0,3}}?"
    rf"{PEOPLE_CATEGORY_WORDS}\b(?P<award>(?:[ \t]+\([^)\n]{{0,20}}\))?[ \t]+(?:award|prize|trophy|gong)\b)?"
)


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|for|from|at|on|by)(?:\s+the)?\s+$")
# One item of a list of winners, the winner before a dash and the category.
_CATEGORY_ITEM = re.compile(r"[A-Z][\w'’.$-]*(?:[ \t][A-Z][\w'’.$-]*){0,3}" + _AFTER_THE_DASH)
# A film's or a show's category after the dash: its winner is a work.
_WORK_AFTER_DASH = re.compile(
    rf"[ \t]?[–—-][ \t]*(?:Best[ \t]+)?(?:[\w'’]+[ \t]+){{0,2}}?{WORK_CATEGORY_WORDS}\b",
    re.IGNORECASE,
)


def _won_category(ctx: Context, cand: Candidate) -> bool:
    """Is a name the winner on a list of prizes for people ("Best Screenplay (Drama):
    Kang Full for 'Moving'", "Best Makeup" over "Balogun Abiodun – Omo Ghetto",
    "Lyrics: Kausar Munir for Lehra Do", "Teni- Rookie of the year")?"""
    text = ctx.doc.text
    lo = max(0, cand.start - 160)
    # (A category ends in a colon or a blank line: most names have neither before them,
    # and are told so by two finds, not two searches.)
    categorised = text.find(":", lo, cand.start) != -1 or text.find("\n\n", lo, cand.start) != -1
    return (
        (
            categorised
            and _WINNER_AFTER.match(text, cand.end) is not None
            and _PERSON_CATEGORY.search(text, lo, cand.start) is not None
        )
        or (
            categorised
            and FOR_WORK_AFTER.match(text, cand.end) is not None
            and _ANY_CATEGORY.search(text, lo, cand.start) is not None
        )
        or _winner_of_a_list(ctx, cand)
        or _won_people_prize(ctx, cand)
        or (
            text.endswith(" of the Year ", 0, cand.start)
            and _YEAR_WINNER.search(text, lo, cand.start) is not None
        )
    )


# A prize only a person (or an act) wins, right before its winner: "Newcomer of the Year
# Simmy performed".
_YEAR_WINNER = re.compile(rf"\b{PEOPLE_CATEGORY_WORDS} of the Year $")


def _won_people_prize(ctx: Context, cand: Candidate) -> bool:
    """ "Vishnu Varadhan won the Best Director award": only a person wins it, but a film
    wins "Best Director" in news as often as its director does ("Oppenheimer won Best
    Director"). So a name that opens with a first name, or one of two words or more that
    won the prize's "award"; never a work the winner is in ("his co-star in Recipe Of Life
    won Best Actress")."""
    text = ctx.doc.text
    m = _WON_PEOPLE_PRIZE.match(text, cand.end)
    return (
        m is not None
        and (
            given_entry(ctx.lex, cand.tokens[0].text) is not None
            or (len(cand.tokens) > 1 and m.group("award") is not None)
        )
        and _PREPOSITION_BEFORE.search(text, max(0, cand.start - 12), cand.start) is None
    )


def _winner_of_a_list(ctx: Context, cand: Candidate) -> bool:
    """ "Teni- Rookie of the year, Aramide- Best Alternative Song": a winner before a dash
    and the category, in a list of two such items or more, and not of a film's category
    ("Maestro — Film of the Year", "Oppenheimer - Best Picture" name works)."""
    text = ctx.doc.text
    m = _CATEGORY_AFTER.match(text, cand.end)
    if m is None or _WORK_AFTER_DASH.match(text, m.start()):
        return False
    sentence = ctx.doc.sentences[cand.sentence]
    return len(_CATEGORY_ITEM.findall(text, sentence.start, sentence.end)) >= 2


def _deed(ctx: Context, cand: Candidate) -> bool:
    """Do the words around a name say only a person is meant?

    Not of a phrase with a role, a pronoun, a head or a nationality in it
    ("Fiji Indians who", "Lol I said", "Team Pioneers who"), nor of one after
    an office, whose first word may be the office's ("Minister of Education
    Stefania Giannini said").
    """
    lex = ctx.lex
    words = [t.text for t in cand.tokens]
    if any(
        w == "I"
        or CONTRACTION.search(w)
        or w.lower() in lex.roles
        or w.lower() in lex.stopwords
        or w in lex.all_heads
        or w.rstrip("s") in lex.nationalities
        for w in words
    ):
        return False
    text = ctx.doc.text
    if _OFFICE_OF.search(text, max(0, cand.start - 30), cand.start):
        return False
    return (
        _DEED_AFTER.match(text, cand.end) is not None
        or tied_before(ctx, cand.start)  # "tied the knot with X", "marries X"
    )


def _cued(ctx: Context, cand: Candidate) -> bool:
    """A one-word name the words before make a person's: "the wedding of Adel",
    "directed by Siva" (not "directed by Belle filmmaker Amme Asante")."""
    cue = cue_before(ctx, cand.start, cand.tokens[0].text)
    return cue == "tied" or (
        cue == "made" and not cand.tokens[-1].possessive and not _role_then_name(ctx, cand)
    )


def _describes_next(ctx: Context, cand: Candidate) -> bool:
    """Is a lone word the modifier of a role before a name ("Bollywood megastar Shah
    Rukh Khan", "K-drama superstars Hyun Bin and ...", "Italian-American filmmaker Tao
    Ruspoli")? A star's own name stays one ("Zendaya co-star Tom Holland")."""
    return notable_key(cand.tokens[0].text) not in ctx.lex.notable and _role_then_name(ctx, cand)


def _role_then_name(ctx: Context, cand: Candidate) -> bool:
    m = _ROLE_THEN_NAME.match(ctx.doc.text, cand.end)
    if m is None:
        return False
    noun = m.group(1)
    return noun in ctx.lex.role_nouns or singular_role(noun, ctx.lex.role_nouns) is not None


def _children_listed(ctx: Context, candidates: list[Candidate]) -> None:
    """ "twins, Sasha and Tristan": a given name listed after a child is a child too."""
    ordered = sorted((c for c in candidates if len(c.tokens) == 1), key=lambda c: c.start)
    for a, b in pairwise(ordered):
        if (
            a.lone
            and b.kind == "short"
            and not b.lone
            and _listed_together(ctx, a, b)
            # a given name, or a word no list knows: "two children, Max and Blakesley"
            and (
                given_entry(ctx.lex, b.tokens[0].text) or not known_word(b.tokens[0].text, ctx.lex)
            )
            and b.tokens[0].text.lower() not in ctx.lower_words
            and (
                kin_before(ctx, a.start)
                or age_before(ctx, a.start)
                or age_after(ctx, a.end) is not None
            )
        ):
            b.lone = True


def _places_agree(ctx: Context, candidates: list[Candidate]) -> None:
    """A phrase the post shows to be a place is one wherever else it stands open.

    "the exclusive Craggy Range winery" ... "a shoutout to Craggy Range and head chef
    Casey": the second time, nothing around the name says so. Only phrases of two
    words or more, and not a form the post or the site also gives as a person's on
    the rules' evidence (a title, a descriptor), nor a brand ("a Tom Ford suit" says
    nothing of "Tom Ford said"). Not works: a title is often told by quotes or a
    maker's possessive, which a pseudonym ("Jenna Marbles") or a member of a party
    ("Youngspiration's Yau Wai-ching") has too.
    """
    settled: set[str] = set()
    for c in candidates:
        if c.kind == "place" and len(c.tokens) > 1 and not c.tokens[-1].possessive:
            settled.add(key(ctx, c))
    if not settled:
        return
    for c in candidates:
        if (
            c.kind in OPEN
            and key(ctx, c) in settled
            and not (c.kind == "person" and (c.descriptors or c.title))
            and ctx.doc.text[c.start : c.end] not in ctx.known_names
        ):
            c.kind = "place"


_COMPASS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater "
    "Northeast Northwest Southeast Southwest".split()
)
_CLAUSE_ENDS = re.compile(r"[,.;:)]|\s*$")


def _regions_after_places(ctx: Context, candidates: list[Candidate]) -> None:
    """ "in Sun City, North West, opting to ...": a region after the place it holds, set
    apart by commas, whoever else bears its name (Kim Kardashian's daughter)."""
    text = ctx.doc.text
    for a, b in pairwise(candidates):
        if (
            a.kind == "place"
            and b.tokens[0].text in _COMPASS
            and len(b.tokens) <= 3
            and not b.tokens[-1].possessive
            and text.startswith(", ", a.end)
            and a.end + 2 == b.start
            and _CLAUSE_ENDS.match(text, b.end)
        ):
            b.kind = "place"


def _cut_known_names(ctx: Context, candidates: list[Candidate]) -> None:
    """Cut a name the post gives alone out of a headline that runs on past it.

    "Olivia Henson Battles the Wind": the post names Olivia Henson by herself
    elsewhere, and "Battles" is a word, not a name, so the person is the two
    words. Only for words that are no common name and that the post never
    uses again.
    """
    if not any(len(c.tokens) > 2 for c in candidates):
        return  # the common case: no run of three capitals to cut
    lex = ctx.lex
    alone = {key(ctx, c) for c in candidates if c.kind in OPEN and len(c.tokens) > 1}
    for cand in candidates:
        if cand.kind not in OPEN or len(cand.tokens) < 3:
            continue
        for n in range(len(cand.tokens) - 1, 1, -1):
            rest = cand.tokens[n:]
            if " ".join(t.text for t in cand.tokens[:n]).replace("’", "'") not in alone:
                continue
            if all(not (g := given_entry(lex, t.text)) or not g.frequency for t in rest) and all(
                not lex.surnames.get(t.text)
                and t.text.rstrip(".") not in NAME_SUFFIXES
                and ctx.word_counts.get(t.text, 0) < 2
                for t in rest
            ):
                cand.tokens = cand.tokens[:n]
            break


def neighbours(ctx: Context, candidates: list[Candidate]) -> tuple[list[Candidate], list[bool]]:
    """The candidates in text order, and for each pair of neighbours whether they are
    items of one list."""
    ordered = sorted(candidates, key=lambda c: c.start)
    return ordered, [_listed_together(ctx, a, b) for a, b in pairwise(ordered)]


def _listed_together(ctx: Context, a: Candidate, b: Candidate) -> bool:
    """Are two phrases neighbours in a list ("A, B and C"), not "A's B"? A role may
    open an item: "A, B and legendary actors C and D"."""
    if a.tokens[-1].possessive:
        return False
    if _LIST_GAP.fullmatch(ctx.doc.text, a.end, b.start):
        return True
    role = _ROLE_GAP.fullmatch(ctx.doc.text, a.end, b.start)
    if role is None:
        return False
    word = role.group(1).split()[-1]
    return word in ctx.lex.role_nouns or singular_role(word, ctx.lex.role_nouns) is not None


def _lists_of_people(
    ctx: Context, ordered: list[Candidate], listed: list[bool], title_end: int = 0
) -> None:
    """A name in a list of people is a person: "Keri Russell, Ali Ahn, Ato Essandoh".

    A list of three or more phrases, most of them people already, makes people
    of its open two- and three-word phrases, and of its one-word names after the
    first ("Peter Coppin, Jadee, Fireball"). A band listed among singers is a
    person here unless the gazetteer knows it ("Sam Smith, Coldplay and Blur").
    """
    if not any(c.kind == "maybe" or (c.kind == "short" and not c.lone) for c in ordered):
        return
    _guest_lists(ctx, ordered)
    for (a, b), together in zip(pairwise(ordered), listed, strict=True):
        # A pair: "Taye Diggs and Idina Menzel", where the model was in two minds.
        if together and {a.kind, b.kind} == {"person", "maybe"}:
            c = a if a.kind == "maybe" else b
            if len(c.tokens) == 2 and c.probability >= _COUPLE_BAR:
                c.kind = "person"
    chain: list[Candidate] = []
    # ``chain`` always ends with the candidate just before ``cand``.
    for cand, together in zip([*ordered, None], [False, *listed, False], strict=True):
        if cand is not None and chain and together:
            chain.append(cand)
            continue
        if len(chain) >= 2 and _told_as_many(ctx, chain):
            # "veteran actors Prabhu, Vikram Prabhu, Nassar, and Jiiva", "Shenseea,
            # Spice and Ding Dong were among the artistes": the list says what each is.
            for c in chain:
                if c.kind == "maybe" and len(c.tokens) in (2, 3):
                    c.kind = "person"
                elif _shouted_name(ctx, c) and c.start >= title_end:
                    c.kind, c.lone = "short", True  # "friends such as Reason, JR, Rouge"
                elif c.kind == "short" and len(c.tokens) == 1 and c.start >= title_end:
                    c.lone = True
            chain = [cand] if cand is not None else []
            continue
        # Most of the list are people, or two are and nothing in it is anything else
        # (a place, a show, a brand): "Odunlade Adekola, Bimbo Thomas, Funke Etti".
        people = sum(c.kind == "person" or c.lone for c in chain) if len(chain) >= 3 else 0
        if (
            len(chain) >= 3
            and people >= 2
            and (people * 2 > len(chain) or all(c.kind in OPEN for c in chain))
        ):
            for i, c in enumerate(chain):
                if c.kind == "maybe" and len(c.tokens) in (2, 3):
                    c.kind = "person"
                elif (
                    # "Peter Coppin, Jadee, Fireball": a one-name star. Not the first
                    # item, which may end what came before ("for The Brutalist, Brad
                    # Pitt"), nor a word the post also writes in lower case.
                    i
                    and c.start >= title_end  # a title's capitals say nothing
                    and c.kind == "short"
                    and len(c.tokens) == 1
                    and c.tokens[0].text.lower() not in ctx.lower_words
                    and not ctx.doc.text.endswith(("The ", "the "), 0, c.start)
                    and not _owns_next_name(ctx, c)
                ):
                    c.lone = True
        chain = [cand] if cand is not None else []


def _owns_next_name(ctx: Context, c: Candidate) -> bool:
    """Does a list's item own the full name right after it ("Apple's Jony Ive",
    "Arsenal's Bukayo Saka")? In a list of people, the owner is a company, a club, a show
    or a band as often as a person."""
    return c.tokens[-1].possessive and _FULL_NAME_AFTER.match(ctx.doc.text, c.end) is not None


_FULL_NAME_AFTER = re.compile(r"['’]s?\s+[A-Z][\w’'-]+\s+[A-Z]")


# "... were among the artistes who performed", "... are all nominees".
_AMONG_AFTER = re.compile(
    r"\s+(?:were|are|was)\s+(?:all\s+|also\s+)?(?:among\s+)?(?:the\s+)?(?:[a-z-]+\s+)?([a-z]+s)\b"
)
# (with "like", "such as" or "including" after it: "rappers such as Runtown, Slimcase")
_LOWER_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+(?:like\s+|such\s+as\s+|including\s+)?$")


def _shouted_name(ctx: Context, c: Candidate) -> bool:
    """A word of two to four capitals no list knows ("JR", "SK"): read as a shout on
    its own, a stage name among names."""
    word = c.tokens[0].text
    return (
        c.kind == "other"
        and len(c.tokens) == 1
        and 2 <= len(word) <= 4
        and word.isalpha()
        and word.isupper()
        and word not in ctx.lex.gazetteer
        and word not in ctx.lex.all_heads
        and not _DESCRIBES_NEXT.match(ctx.doc.text, c.end)  # "TV moguls": a word of theirs
    )


# A word in lower case after, but a list's "and" that goes on.
_DESCRIBES_NEXT = re.compile(r" (?!(?:and|or|nor)\b)[a-z]")


def _told_as_many(ctx: Context, chain: list[Candidate]) -> bool:
    """Does a plural role open a list of names, or close it ("were among the artistes")?"""
    text = ctx.doc.text
    # (a name written with a digit, "S3fa", is read as its first letter: no item of
    # another kind, only a piece of one)
    if any(
        c.kind not in OPEN
        and not (len(c.tokens) == 1 and text[c.end : c.end + 1].isdigit())
        and not _shouted_name(ctx, c)
        for c in chain
    ):
        return False
    start = chain[0].start
    before = _LOWER_WORD_BEFORE.search(ctx.doc.text, max(0, start - 30), start)
    if before is not None and plural_role(ctx.lex, before.group(1)):
        return True
    after = _AMONG_AFTER.match(ctx.doc.text, chain[-1].end)
    return after is not None and plural_role(ctx.lex, after.group(1))


# What opens a list of the people who were there: "Among the guests were",
# "Among the people who attended was", "Guests included", "attended by".
_GUESTS_CUE = (
    r"(?:\bamong (?:the |those )?(?:[\w-]+ ){0,2}(?:people|guests|attendees|stars|celebrities|"
    r"faces|names|mourners|those)(?: (?:who|that) (?:attended|came|were there))?"
    r"(?: present| in attendance| spotted| there)? (?:were|was|included)|"
    r"\b(?:guests|attendees|mourners) (?:included|were)|"
    r"\b(?:others|those|celebrities|stars) (?:spotted|seen|present|in attendance)\b[^,]{0,40}? "
    r"(?:include|included|were)|"
    r"\bin attendance were|\battended by|"
    r"\b(?:faces|stars|celebrities|celebs|personalities|guests) (?:like|such as|including))"
)
# Who performed or hosted: "performances from Ada, Obi and Eze", "the line-up included".
# Their list is names alone, up to the item: a performer's aside ("by Sir Elton, who
# joined from Lincoln, Neb.") ends it.
_PERFORMERS_CUE = (
    r"(?:\bperformances? (?:of|from|by)(?: (?:the likes of|acts like|acts such as))?|"
    r"\b(?:performed|headlined|hosted) by|\bperformers (?:included|were|like|such as|including)|"
    r"\bline-?up (?:included|includes|featured|features|of)|\bfeaturing:?)"
)
# The list starts right after the cue, with a name or a word or two describing one
# ("Guests were served dishes from ..." is no list).
_GUESTS_BEFORE = re.compile(
    _GUESTS_CUE + r"\s+(?-i:(?:[a-z-]+\s+){0,2}(?:[A-Z][^.:!?]*)?)$", re.IGNORECASE
)
_GUEST_LIST_WORDS = (
    "among",
    "guest",
    "attendee",
    "mourner",
    "spotted",
    "seen",
    "present",
    "attend",
    "faces",
    "stars",
    "celeb",
    "personalities",
    "perform",
    "line-up",
    "lineup",
    "featuring",
    "hosted",
)
# (searched within the item's sentence, so a full stop there is a title's: "Dr. Sid")
_PERFORMERS_BEFORE = re.compile(
    _PERFORMERS_CUE
    + r"\s+(?-i:(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+))*)$",
    re.IGNORECASE,
)
_GUESTS_RIGHT_BEFORE = re.compile(  # the list's first item
    f"(?:{_GUESTS_CUE}|{_PERFORMERS_CUE})" + r"\s+$", re.IGNORECASE
)
_GUESTS_JUST_BEFORE = re.compile(_GUESTS_CUE + r"\s+(?-i:(?:[a-z-]+\s+){0,2})$", re.IGNORECASE)
# ", Gauteng MEC of sport ": a few words describing the next item, not a clause
# (", as the crowd chanted ").
_ITEM_AFTER_COMMA = re.compile(
    r"[,;]\s+(?!(?:and|as|while|when|but|so|then|because|after|before|until)\b)"
    r"(?:(?![\w-]+(?:ed|ing)\s)[\w-]+\s+){0,4}$"
)
_ITEM_FLOOR = 0.05
_OF_SOMETHING = (" of ", " at ", " for ", " from ")
_ITEM_END = re.compile(r"\s*(?:[,;.]|and\b|&|$)")
_ITEM_START = re.compile(
    r"(?:,\s+(?:and\s+)?|\band\s+)(?:([\w-]+)\s+)?$"
)  # ", OAP " before an item


def _guest_lists(ctx: Context, ordered: list[Candidate]) -> None:
    """Names in a list of who was there are people, roles and all: two- and three-word
    ones ("Among the people who attended was EFF leader A B, C D, minister of sports
    E F"), and one-word ones set off as items ("include Zikky, Sammie, OAP Realskillz")."""
    text = ctx.doc.text
    lowered: dict[int, str] = {}  # sentence -> its text in lower case, made when asked
    prev: Candidate | None = None
    for c in ordered:
        before, prev = prev, c
        multi = c.kind == "maybe" and len(c.tokens) in (2, 3) and _item(ctx, before, c)
        if not (multi or _one_word_item(ctx, c)):
            continue
        sentence = ctx.doc.sentences[c.sentence]
        if c.sentence not in lowered:
            lowered[c.sentence] = text[sentence.start : sentence.end].lower()
        if not any(w in lowered[c.sentence] for w in _GUEST_LIST_WORDS):
            continue  # no cue in the sentence: the costly search is not run
        start = max(sentence.start, c.start - 250)
        if text.endswith(_OF_SOMETHING, 0, c.start):
            continue  # "Teo Lay Lim, head of Harbour Press;": where an item works
        if _ITEM_END.match(text, c.end) and (
            _GUESTS_BEFORE.search(text, start, c.start)
            or _PERFORMERS_BEFORE.search(text, start, c.start)
        ):
            if multi:
                c.kind = "person"
            else:
                c.lone = True


def _item(ctx: Context, before: Candidate | None, c: Candidate) -> bool:
    """Is a phrase an item of a list: first after its cue, after the item before it, or
    after a comma and a few words of description ("B, Gauteng MEC of sport C")? Not
    anything later in the sentence: "Stars such as A, B and C walked the red carpet,
    and the crowd chanted Go Go Go"."""
    text = ctx.doc.text
    start = max(0, c.start - 80)
    return bool(
        (before is not None and _listed_together(ctx, before, c))
        or _ITEM_AFTER_COMMA.search(text, start, c.start)
        or _GUESTS_JUST_BEFORE.search(text, start, c.start)
    )


def _one_word_item(ctx: Context, c: Candidate) -> bool:
    """Is an open one-word name set off as a list's item: after a comma or "and" (a role
    between allowed), or first, right after the cue, where the list goes on ("Zikky,",
    "Kaffi and Bovi")?"""
    if c.kind != "short" or c.lone or len(c.tokens) != 1 or c.probability < _ITEM_FLOOR:
        return False  # (a word the model all but rules out, "Arsenal", stays out)
    if c.tokens[0].text.lower() in ctx.lower_words:
        return False  # a word the post also writes as a word
    text = ctx.doc.text
    item = _ITEM_START.search(text, max(0, c.start - 30), c.start)
    if item is not None:
        return not item.group(1) or item.group(1).lower() in ctx.lex.roles
    return (
        _ITEM_GOES_ON.match(text, c.end) is not None
        and _GUESTS_RIGHT_BEFORE.search(text, max(0, c.start - 80), c.start) is not None
    )


_ITEM_GOES_ON = re.compile(r",| (?:and|&) [A-Z]")  # "include Zikky, Sammie", "by Kaffi and Bovi"


# A star's deed right after a sentence's first word: "Usher headlined", "Seal said".
_STAR_DID = re.compile(
    r" (?:headlined|performed|sang|rapped|said|says|wrote|shared|posted|told|announced|"
    r"revealed|confirmed|thanked|teased|released|dropped|married|wed|tweeted|welcomed|"
    r"celebrated|was (?:last |also )?(?:seen|spotted|pictured)|will perform)\b(?! by\b)"
)


def _famous(ctx: Context, k: str, group: list[Candidate]) -> bool:
    """Is the phrase a notable person's name, used as one here?

    A stage name that is also a word ("Offset", "Pink") counts only where the
    post never writes the word in lower case and some mention of it is not the
    first word of a sentence, where any word takes a capital.
    """
    word_too = ctx.lex.notable.get(notable_key(k))
    if word_too is None:
        # "pop artist the Weeknd": a stage name with its article, after a role
        return any(article_named(ctx, k, c.start) and role_before(ctx, c.start - 4) for c in group)
    if " " not in k:
        given = given_entry(ctx.lex, k)
        if (given and given.frequency >= COMMON_CLASS) or ctx.lex.surnames.get(
            k, 0
        ) >= _STAR_SURNAME_LIMIT:
            return False  # "Lisa", "Gray": more often someone else's name than the star's
    if not word_too:
        return True
    if k.lower() in ctx.lower_words:
        return False
    text = ctx.doc.text
    for c in group:
        sentence = ctx.doc.sentences[c.sentence]
        if (
            c.start == sentence.start
            and not k.endswith("s")
            and _STAR_DID.match(text, c.end)
            and not title_case(text[sentence.start : sentence.end])
        ):
            # "Usher headlined the halftime show": a word in the singular needs an
            # article to do anything ("The usher showed us in"), a star does not.
            return True
        before = _WORDS_BEFORE.findall(text[max(sentence.start, c.start - 6) : c.start])
        if (
            c.start != sentence.start
            and not (before and before[-1].lower() in ("the", "a", "an"))  # "the Rain"
            and not (before and before[-1].lower() in WORK_CUES)  # "the 2022 film Crush"
            and not title_case(text[sentence.start : sentence.end])
        ):
            return True
    return False


def features(
    ctx: Context,
    candidates: list[Candidate],
    skip: Callable[[str], bool] | None = None,
    neighboured: tuple[list[Candidate], list[bool]] | None = None,
) -> Iterator[tuple[str, set[str], list[Candidate]]]:
    """The open candidates grouped by phrase, each group with its evidence.

    Without ``skip`` (as the model was trained), lone words that are a word of a
    longer open phrase of the post are left out: the longer name settles them.
    With it, longer phrases come first and a group is left out when ``skip`` says
    so, asked only as its turn comes (so it can depend on the phrases before).
    ``neighboured`` is what ``neighbours`` gives, when the caller has it.
    """
    groups: dict[str, list[Candidate]] = defaultdict(list)
    gazetteer = ctx.lex.gazetteer
    for cand in candidates:
        if cand.kind not in OPEN:
            continue  # settled by the rules
        k = key(ctx, cand)
        # A surname led by a particle ("De la Fuente said") is short by its form;
        # a fashion house named for its founder is left to the rules (but not a
        # child: "her two kids, Hermes, 8,").
        if not (" " in k and cand.kind == "short") and (
            gazetteer.get(k) != "brand"
            or age_after(ctx, cand.end) is not None
            or kin_before(ctx, cand.start)
        ):
            groups[k].append(cand)
    in_longer = {w for k in groups if " " in k for w in k.split()}
    # Names in a list take after their neighbours: "Spike Stent, Amy Wadge and Neff-U".
    ordered, listed = neighboured or neighbours(ctx, candidates)
    coordinated: dict[int, set[str]] = defaultdict(set)
    for (a, b), together in zip(pairwise(ordered), listed, strict=True):
        if together:
            coordinated[id(a)].add(f"coord:{b.kind}")
            coordinated[id(b)].add(f"coord:{a.kind}")
    in_other = {
        t.text for c in candidates if c.kind not in OPEN and len(c.tokens) > 1 for t in c.tokens
    }
    headlines: dict[int, bool] = {}
    for k in sorted(groups, key=(lambda k: k) if skip is None else (lambda k: (" " not in k, k))):
        group = groups[k]
        multi = " " in k
        if (skip is None and not multi and k in in_longer) or (skip is not None and skip(k)):
            continue
        feats: set[str] = set()
        for cand in group:
            feats |= mention_features(ctx, cand, headlines) | coordinated.get(id(cand), set())
        feats.add(f"rep:{min(len(group), 3)}")
        if multi:
            last = k.split()[-1]
            if last in groups:
                feats.add("lastalone")
        elif k in in_other:
            feats.add("inother")
        yield k, feats, group
