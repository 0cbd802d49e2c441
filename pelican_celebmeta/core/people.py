"""Turn name candidates into canonical people for one post.

Full names come first; then every short form (surname, first name,
possessive, nickname, stage name) is resolved against, in order, the
post's own full names, the registry, and names known from other posts of
the site. A short form that fits two people stays unresolved unless the
post already holds exactly one of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations, pairwise

from .facts import Age, Mention, Person, ShortName
from .lexicon import COMMON_CLASS, Lexicon, given_entry, notable_key
from .nameindex import (
    COURTESY_TITLES,
    GENERATIONS,
    NAME_SUFFIXES,
    STAGE_TITLES,
    NameIndex,
    form_key,
    untitled,
)
from .names import (
    CONTRACTION,
    HOLIDAY_WORDS,
    NICKNAME,
    OF_OR_FOR,
    Candidate,
    Context,
    Token,
    age_after,
    article_named,
    role_before,
    tidy,
)
from .registry import Registry
from .slugs import fold, slugify
from .styles import Styled
from .text import LINK_LINE, matches_at


def registry_index(registry: Registry | None, lex: Lexicon) -> NameIndex:
    index = NameIndex()
    for person in registry.people if registry else ():
        if person.exclude:
            # Someone never to be tagged is only recognised by full name or alias, so
            # that a shared surname ("Castellanos") goes to the person who may be tagged.
            for form in (person.name, *person.aliases):
                index.forms[form_key(form)].add(person.name)
        else:
            index.add_person(person.name, lex.particles, person.aliases)
    return index


@dataclass(slots=True)
class _Found:
    name: str
    mentions: list[Mention] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    age: int | None = None
    from_registry: bool = False
    nicknames: list[str] = field(default_factory=list)  # 'Thomas "Bo" Boyer': "Bo"
    aliases: list[str] = field(default_factory=list)  # other names of theirs the post gives


def _fold(found: dict[str, _Found], keep: str, drop: str, alias: bool = False) -> None:
    """Fold ``drop`` into ``keep``: one person, with both their mentions, descriptors,
    nicknames and age (and ``drop``'s name as an alias if ``alias``)."""
    into, gone = found[keep], found.pop(drop)
    into.mentions.extend(gone.mentions)
    for d in gone.descriptors:
        if d not in into.descriptors:
            into.descriptors.append(d)
    for n in gone.nicknames:
        if n not in into.nicknames:
            into.nicknames.append(n)
    if into.age is None:
        into.age = gone.age
    for a in (gone.name, *gone.aliases) if alias else gone.aliases:
        if a not in into.aliases and a != into.name:
            into.aliases.append(a)


@dataclass(slots=True)
class PeopleResult:
    people: list[Person]
    unresolved: list[ShortName]
    # canonical name -> gender ("m", "f", "") for pronoun resolution
    genders: dict[str, str]


def _surface(ctx: Context, tokens: list[Token]) -> str:
    return ctx.doc.text[tokens[0].start : tokens[-1].end]


_AFTER_A_NAME = re.compile(r"[A-Z][\w'’.-]*[”\"]?(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _billed(ctx: Context, cand: Candidate) -> bool:
    """Is a titled word billed as a stage name: listed among names, or after a role?

    "Mr Real" in a line-up or "music producer Dr Luke" is a stage name; "Thank you,
    Mr. Rohatgi" in a courtroom is a surname with a courtesy title.
    """
    start = cand.title_start
    return bool(_AFTER_A_NAME.search(ctx.doc.text, max(0, start - 40), start)) or role_before(
        ctx, start
    )


def _titled_stage_name(ctx: Context, cand: Candidate) -> str:
    return tidy(ctx.doc.text[cand.title_start : cand.tokens[-1].end])


_JUNIOR = (NAME_SUFFIXES - {"Sr"}) | {"V"}  # a son's: "Jr", "III", "Usher Raymond V"


def _named_after(name: str, form: str, lex: Lexicon) -> bool:
    """Is ``name`` a child named after the star ``form`` is ("Usher Raymond V", "Usher")?"""
    words = name.split()
    return (
        words[-1].rstrip(".") in _JUNIOR and words[0] == form and notable_key(form) in lex.notable
    )


def _canonical(ctx: Context, cand: Candidate) -> str:
    surface = _surface(ctx, cand.tokens)
    if len(cand.tokens) > 1 and NICKNAME.search(surface):
        surface = NICKNAME.sub(" ", surface)  # 'Thomas "Bo" Boyer' is Thomas Boyer
    surface = tidy(surface)
    if (
        cand.title is not None
        and cand.title.split()[-1] in ctx.lex.royal_titles
        and (
            len(cand.tokens) == 1
            or (
                len(cand.tokens) == 2
                and (
                    cand.tokens[1].text in GENERATIONS
                    or given_entry(ctx.lex, cand.tokens[1].text) is not None
                )
            )
        )
    ):
        # "Prince William", "King Charles III", "Princess Märtha Louise", "Crown Prince
        # Frederik": a name with no surname keeps its title.
        return f"{cand.title} {surface}"
    if (
        cand.title in COURTESY_TITLES
        and len(cand.tokens) > 1
        and given_entry(ctx.lex, cand.tokens[0].text)
    ):
        # A duke's or earl's child is known by the courtesy title: "Lady Amelia Windsor",
        # "Lord Frederick Windsor" (but "Sir Elton John" is Elton John).
        return f"{cand.title} {surface}"
    if len(cand.tokens) > 1 and (junior := _SUFFIX_AFTER.match(ctx.doc.text, cand.end)):
        return f"{surface} {junior.group(1)}"  # "Harry Connick, Jr." as "Harry Connick Jr."
    return surface


# A generation set off by a comma, which the name's run stops before.
# ("Maria Lopez, Sr. Vice President" is a senior one.)
_SUFFIX_AFTER = re.compile(r",[ \t]*(Jr\b|Sr\b(?!\.?[ \t]+[A-Z]))")


def _one_letter_apart(lex: Lexicon, a: list[str], b: list[str]) -> bool:
    """Are two names the same words but one, which lacks a single letter of the other
    ("Shulman", "Schulman")? Words of five letters or more only ("Dean" and "Sean" may be a
    couple), and not two given names: "Louis Smith" and "Louise Smith" are two people."""
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = sorted(differ[0], key=len)
    return (
        len(x) >= 5
        and len(y) == len(x) + 1
        and any(y[:i] + y[i + 1 :] == x for i in range(len(y)))
        and not (given_entry(lex, x) and given_entry(lex, y))
    )


def _in_short(lex: Lexicon, a: list[str], b: list[str]) -> str | None:
    """Of two names alike but for the first word, one of which is the other's short
    form ("Pam Anderson", "Pamela Anderson"), the full one."""
    if len(a) != len(b) or len(a) < 2 or a[1:] != b[1:]:
        return None
    for short, full in ((a, b), (b, a)):
        if (
            full[0] in lex.short_forms.get(short[0], ())
            # a star known by the short form is no one else's ("Chris Brown")
            and notable_key(" ".join(short)) not in lex.notable
            and _same_gender(lex, short[0], full[0])  # "Sam" is no "Samantha"
        ):
            return " ".join(full)
    return None


def _same_gender(lex: Lexicon, short: str, full: str) -> bool:
    """Do the name lists give a short form and a full given name one gender?"""
    a, b = given_entry(lex, short), given_entry(lex, full)
    return a is not None and b is not None and a.gender == b.gender != ""


def _inside(sw: list[str], lw: list[str], bare: list[str]) -> bool:
    """Is a shorter full name inside a longer one ("Elsina Khayrova" in "Elsina Anna
    Khayrova", "Amelia Windsor" in "Lady Amelia Windsor")?"""
    return (
        (len(lw) > len(sw) and lw[0] == sw[0] and lw[-1] == sw[-1])
        or bare == sw
        or (len(bare) > len(sw) and bare[0] == sw[0] and bare[-1] == sw[-1])
    )


def _ends_or_opens(lex: Lexicon, sw: list[str], lw: list[str]) -> bool:
    """Is a name a longer one's particle-led surname ("Del Rey") or the first two words
    of one of three ("Shah Rukh"; not of a run that repeats its first word, "Ben Player
    Ben", a misread list)?"""
    return (len(lw) > len(sw) and lw[-len(sw) :] == sw and sw[0].lower() in lex.particles) or (
        len(lw) == 3 and len(sw) == 2 and lw[:2] == sw and lw[2] != lw[0]
    )


def _told_together(ctx: Context, a: _Found, b: _Found) -> bool:
    """Does one sentence name both?"""
    doc = ctx.doc
    return bool(
        {doc.sentence_at(m.start) for m in a.mentions}
        & {doc.sentence_at(m.start) for m in b.mentions}
    )


def _known_words(lex: Lexicon, name: str) -> int:
    """How many words of ``name`` the name lists know."""
    return sum(bool(given_entry(lex, w) or lex.surnames.get(w)) for w in name.split())


def resolve_people(
    ctx: Context,
    candidates: list[Candidate],
    registry: Registry | None,
    registry_idx: NameIndex,
    site: NameIndex | None,
    *,
    published: str,
    title_end: int,
    lede: tuple[int, int],
    first_sentence: tuple[int, int] = (0, 0),
    force: Iterable[str] = (),
    exclude: Iterable[str] = (),
    styled: Iterable[Styled] = (),
) -> PeopleResult:
    lex = ctx.lex
    found: dict[str, _Found] = {}
    local = NameIndex()
    registry_names = {p.name: p for p in registry.people} if registry else {}

    def canonical_of(form: str) -> str | None:
        hits = registry_idx.lookup(form)
        return next(iter(hits)) if len(hits) == 1 else None

    excluded = registry.excluded if registry else frozenset()
    private_words = {form_key(w) for name in excluded for w in name.split()}

    def index(target: NameIndex, name: str) -> None:
        if name in excluded:  # full name only: see registry_index
            target.forms[form_key(name)].add(name)
        else:
            aliases = registry_names[name].aliases if name in registry_names else ()
            nicknames = found[name].nicknames if name in found else ()
            target.add_person(name, lex.particles, (*aliases, *nicknames))

    squashed: dict[str, str] = {}  # "shahrukhkhan" -> "Shah Rukh Khan", the first spelling

    def add(name: str, cand: Candidate, learn: bool = True) -> None:
        person = found.get(name)
        if person is None:
            # One person spelt two ways ("Shah Rukh Khan", "Shahrukh Khan") is one person.
            name = squashed.setdefault(_squash(name), name)
            person = found.get(name)
        if person is None:
            person = found[name] = _Found(name, from_registry=name in registry_names)
            if learn:
                index(local, name)
        tokens = cand.tokens
        if len(tokens) > 1:
            for nick in NICKNAME.finditer(_surface(ctx, tokens)):
                if nick.group(1) not in person.nicknames:
                    person.nicknames.append(nick.group(1))
                    local.add_form(nick.group(1), name)
        start = cand.title_start if cand.title_start is not None else tokens[0].start
        person.mentions.append(Mention(start, tokens[-1].end, ctx.doc.text[start : tokens[-1].end]))
        descriptors = list(cand.descriptors)
        if cand.title and not any(d.split()[-1] == cand.title for d in descriptors):
            descriptors.append(cand.title)  # not "Minister" beside "Prime Minister"
        for d in descriptors:
            if d not in person.descriptors:
                person.descriptors.append(d)
        if person.age is None:
            person.age = age_after(ctx, tokens[-1].end)

    # 1. Full names the classifier accepted, mapped to registry names when known.
    pending: list[Candidate] = []
    for cand in candidates:
        if cand.kind == "person":
            name = _canonical(ctx, cand)
            add(canonical_of(name) or canonical_of(untitled(name)) or name, cand)
        elif cand.kind in ("short", "maybe"):
            pending.append(cand)

    # Royal styles: "the Duke of Sussex" is the post's Prince Harry, or Prince Harry.
    for st in styled:
        name = next((n for n in (st.name, *st.names) if n in found), None)
        if name is None:
            name = canonical_of(st.name) or st.name
            if name not in found:  # the registry's name, told already under it
                found[name] = _Found(name, from_registry=name in registry_names)
                index(local, name)
        found[name].mentions.append(Mention(st.start, st.end, ctx.doc.text[st.start : st.end]))

    # A shorter full name inside a longer one ("Elsina Khayrova" in
    # "Elsina Anna Khayrova", "Amelia Windsor" in "Lady Amelia Windsor") is the same person.
    names = sorted(found, key=lambda n: (-len(n.split()), n))
    bares = {n: untitled(n).split() for n in names}
    for short in names:
        sw = short.split()
        if len(sw) < 2:
            continue
        longer = [n for n in names if n != short and n in found]  # (not merged already)
        long = next((n for n in longer if _inside(sw, n.split(), bares[n])), None)
        if long is None:
            # a surname that opens with a particle, "Del Rey" of "Lana Del Rey" (not
            # "Parker Bowles" of her son "Tom Parker Bowles"), or a name's first two
            # words, "Shah Rukh" of "Shah Rukh Khan": when one name of the post fits
            fits = [n for n in longer if _ends_or_opens(lex, sw, n.split())]
            long = fits[0] if len(fits) == 1 else None
        if long is not None:
            _fold(found, long, short)
    # One name misspelt by a letter left out ("Adam Shulman", "Adam Schulman"), and a first
    # name's short form before the same surname ("Pam Anderson" of the post's "Pamela
    # Anderson"), are one person, unless one sentence names both ("Louis Smith and his
    # wife Louise Smith"): the registry's spelling, else the full one, else the one the
    # name lists know, else the one the post uses more, or first.
    names = [n for n in found if len(n.split()) >= 2]
    for a, b in combinations(names, 2):
        if a not in found or b not in found:
            continue
        if full := _in_short(lex, a.split(), b.split()):
            pairs = [(full, b if full == a else a)]
        elif _one_letter_apart(lex, a.split(), b.split()):
            pairs = [(a, b), (b, a)]
        else:
            continue
        if _told_together(ctx, found[a], found[b]):
            continue
        keep, drop = max(
            pairs,
            key=lambda pair: (
                found[pair[0]].from_registry,
                _known_words(lex, pair[0]),
                len(found[pair[0]].mentions),
            ),
        )
        _fold(found, keep, drop)
    local = NameIndex()
    for name in found:
        index(local, name)

    # 2. Short and weakly-evidenced forms.
    unresolved: dict[str, list[Mention]] = defaultdict(list)
    ambiguous: list[tuple[Candidate, set[str]]] = []
    lone: list[Candidate] = []
    first_words = {m.start: name for name, f in found.items() for m in f.mentions}
    # "The actress, who plays Vanessa Woodfield ... Vanessa departed the village", "Ron
    # Weasley ... make Ron jealous": a word of a part is the part, unless it is a name of
    # the post's people.
    parts = {t.text for c in candidates if c.character for t in c.tokens}
    for cand in pending:
        form = _surface(ctx, cand.tokens)
        hits = local.lookup(form)
        if not hits and form in parts:
            continue
        if juniors := {h for h in hits if _named_after(h, form, lex)}:
            hits = (hits - juniors) or {form}  # "Usher" beside his son "Usher Raymond V"
        if len(hits) == 1:
            add(next(iter(hits)), cand)
            continue
        partner = _couple_partner(ctx, cand, first_words)
        if partner:
            # "John and Toni Smith": two people sharing the surname named last.
            add(f"{form} {partner.split(maxsplit=1)[1]}", cand)
            continue
        if len(hits) > 1:
            # Two people of this post share it: it is the one the story opens with
            # ("Padalecki was born in San Antonio to Gerald and Sherri Padalecki"),
            # or nobody.
            lead = [n for n in hits if _opens(found[n], title_end, first_sentence)]
            if len(lead) == 1:
                add(lead[0], cand)
            continue
        if fulls := lex.short_forms.get(form):
            # "Angelina Jolie ... Angie": the one person of the post it is short for
            named = [n for n in found if n.split()[0] in fulls]
            if len(named) == 1:
                add(named[0], cand)
                continue
        reg_hits = registry_idx.lookup(form)
        if len(reg_hits) == 1:
            add(next(iter(reg_hits)), cand)
            continue
        # A word the post uses as a word ("Christmas", "brown") names nobody of the site.
        site_hits = site.lookup(form) if site and _name_like(ctx, cand) else set()
        site_hits = {h for h in site_hits if not _named_after(h, form, lex)}
        if len(site_hits) == 1:
            # What the site settles is this word alone: "Victoria" settled as Victoria
            # Beckham says nothing of a "Beckham" the site left to either of a couple.
            add(next(iter(site_hits)), cand, learn=False)
            continue
        if site_hits:
            ambiguous.append((cand, site_hits))
            continue
        if cand.lone or _name_like(ctx, cand):
            # A lone word that reads as a whole name is a person of its own, and
            # still a short name the site's full names may claim on a second reading.
            unresolved[form].append(Mention(cand.start, cand.end, form))
            # A registry name two people share is nobody new, and a word of the name
            # of someone never to be tagged (a minor, a private person) tags nobody.
            if cand.lone and not reg_hits and form_key(form) not in private_words:
                lone.append(cand)
    # The post's own context settles a shared short name when it already
    # holds exactly one of the people it could mean.
    for cand, options in ambiguous:
        present = options & set(found)
        if len(present) == 1:
            add(next(iter(present)), cand)
    # A one-word stage name billed with its title keeps it ("Dr Luke", "Sir Dee"), and
    # the post's untitled mentions of the word are the same person.
    titled = {
        _surface(ctx, c.tokens): _titled_stage_name(ctx, c)
        for c in lone
        if c.title in STAGE_TITLES and c.title_start is not None and _billed(ctx, c)
    }
    for cand in lone:
        add(titled.get(_surface(ctx, cand.tokens)) or _canonical(ctx, cand), cand)

    # Whoever only a link to another story names ("Also read: ...") is that story's.
    links = [(b.start, b.end) for b in ctx.doc.blocks if LINK_LINE.match(ctx.doc.text, b.start)]
    if links:
        for name in [
            n
            for n, f in found.items()
            if f.mentions and all(any(a <= m.start < b for a, b in links) for m in f.mentions)
        ]:
            del found[name]

    # 3. Forced and excluded people; then second names, so that an excluded name is
    # no one's alias and a forced one is the person it names.
    for name in force:
        name = canonical_of(name) or name
        if name not in found:
            found[name] = _Found(name, from_registry=name in registry_names)
    banned = {canonical_of(n) or n for n in exclude}
    if registry:
        banned |= registry.excluded
    for name in banned:
        found.pop(name, None)
    joints = _alias_words(ctx.doc.text)
    if joints:  # (most posts have none)
        _attach_aliases(ctx, candidates, found, banned, joints)
    if joints or "(" in ctx.doc.text:
        _merge_aliases(lex, ctx.doc.text, found)

    counts = {n: len(f.mentions) for n, f in found.items()}
    top = max(counts.values(), default=0)

    def leads(mentions: Iterable[Mention]) -> bool:
        """Is the story about whoever these mentions name?"""
        in_title = any(m.start < title_end for m in mentions)
        in_lede = any(lede[0] <= m.start < lede[1] for m in mentions)
        body = len([m for m in mentions if m.start >= title_end])
        in_first = any(first_sentence[0] <= m.start < first_sentence[1] for m in mentions)
        return in_title or in_first or (in_lede and body >= 2) or (body >= 3 and body * 2 >= top)

    people: list[Person] = []
    for f in found.values():
        mentions = tuple(sorted(set(f.mentions), key=lambda m: (m.start, m.end)))
        main = leads(mentions)
        name = f.name
        if any(article_named(ctx, name, m.start) for m in mentions):
            name = f"The {name}"  # "the Weeknd": the stage name holds its article
        people.append(
            Person(
                name=name,
                slug=registry_names[f.name].slug if f.name in registry_names else slugify(name),
                salience="main" if main else "mentioned",
                mentions=mentions,
                descriptors=tuple(f.descriptors),
                age=Age(f.age, published) if f.age is not None else None,
                from_registry=f.from_registry,
                aliases=tuple(f.aliases),
            )
        )
    people.sort(
        key=lambda p: (p.salience != "main", p.mentions[0].start if p.mentions else 1 << 30, p.name)
    )
    genders = {}
    for p in people:
        # A stage name may say nothing of a gender where another of their names does.
        givens = (lex.given.get(n.split()[0]) for n in (p.name, *p.aliases) if n.split())
        given = next((g for g in givens if g and g.frequency >= 2), None)
        genders[p.name] = given.gender if given else ""
    shorts = [ShortName(form, tuple(ms), leads(ms)) for form, ms in sorted(unresolved.items())]
    return PeopleResult(people, shorts, genders)


# What joins two names of one person: a stage name and the name on their birth
# certificate ("A$AP Rocky, born Rakim Mayers", "Kwesta (real name Senzo Vilakazi)",
# "DDG, whose full name is ...") or a name and the one the public knows ("Stanley
# Chibunna, better known as Funnybone", "Irtiza Rubab aka Meera"). The group says
# which side is the legal name.
_ALIAS_WORDS = (
    r"(?:(?P<legal>born|(?P<originally>originally)|(?P<nee>n[ée]e)|"
    r"(?:real|full|birth|legal|given)\s+name(?:\s+is|:)?)"
    r"|(?P<known>a\.?k\.?a\.?|AKA|(?:also|better|popularly|professionally|widely|"
    r"affectionately|simply|fondly)\s+(?:called(?:\s+as)?|known\s+"
    # "known in music circles as", "known to fans as" (not "known for her role as")
    r"(?:(?:in|to|among)\s+(?:[a-z]+\s+){0,2})?as)|known\s+(?:professionally\s+)?as)"
    r")\s+(?:[Tt]he\s+)?"
)
# The words between the two names (a comma, a bracket, "whose"); and the words alone, looked
# for once a post: a phrase after them starts where they end, one before them ends at most
# _GAP characters earlier (", whose ").
_ALIAS_BETWEEN = re.compile(rf",?\s*\(?\s*(?:whose\s+)?{_ALIAS_WORDS}$")
_ALIAS_FOUND = re.compile(rf"\b{_ALIAS_WORDS}")
# How those words can begin: the first letters of each, with no word boundary in front, so
# that the search skips along in C on a few letters; ``_ALIAS_FOUND`` is tried only there.
_ALIAS_OPENING = re.compile(
    r"born|originally|n[ée]e|real|full|birth|legal|given|a\.|ak|AKA|also|better|popularly|"
    r"professionally|widely|affectionately|simply|fondly|known"
)


def _alias_words(text: str) -> list[re.Match[str]]:
    """``list(_ALIAS_FOUND.finditer(text))``, the pattern tried only where its words can
    begin."""
    return matches_at(_ALIAS_FOUND, text, (m.start() for m in _ALIAS_OPENING.finditer(text)))


_GAP = 10
_ALIAS_REACH = 40  # characters between the two names, at most


def _joined(text: str, a: int, b: int) -> re.Match[str] | None:
    """The words joining a name ending at ``a`` to one starting at ``b``, if they tell a
    second name."""
    return _ALIAS_BETWEEN.fullmatch(text, a, b) if 0 < b - a <= _ALIAS_REACH else None


def _attach_aliases(
    ctx: Context,
    candidates: list[Candidate],
    found: dict[str, _Found],
    banned: set[str],
    joints: list[re.Match[str]],
) -> None:
    """Make a person of a phrase given as another name of someone found.

    "DDQ, whose full name is ...", "Stanley Okafor, better known as Laughbox":
    what the name stands for is told, whatever the phrase alone would read as.
    Every mention of the phrase is theirs. Not a title ("known as the Queen of
    Afrobeats"), nor a maiden surname alone ("née Adams").
    """
    text, lex = ctx.doc.text, ctx.lex
    # Only a phrase right after the words of a second name, or right before them, can be
    # one: a post has a candidate or two there at most.
    after = {m.end() for m in joints}
    near = [
        c
        for c in candidates
        if c.kind in ("short", "maybe", "other")
        and (c.start in after or any(c.end < m.start() <= c.end + _GAP for m in joints))
    ]
    if not near:
        return
    ends = sorted(m.end for f in found.values() for m in f.mentions)
    starts = sorted(m.start for f in found.values() for m in f.mentions)
    covered = {(m.start, m.end) for f in found.values() for m in f.mentions}

    def told(c: Candidate) -> bool:
        before = ends[bisect_left(ends, c.start - _ALIAS_REACH) : bisect_left(ends, c.start)]
        later = starts[bisect_right(starts, c.end) : bisect_right(starts, c.end + _ALIAS_REACH)]
        joined = [_joined(text, e, c.start) for e in before]
        if any(j and not (j.group("nee") and len(c.tokens) == 1) for j in joined):
            return True
        return any(_joined(text, c.end, s) for s in later)

    wanted = {_surface(ctx, c.tokens) for c in near if (c.start, c.end) not in covered}
    spans: dict[str, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        if cand.kind in ("short", "maybe", "other") and (cand.start, cand.end) not in covered:
            surface = _surface(ctx, cand.tokens)
            if surface in wanted:
                spans[surface].append(cand)
    for surface, cands in spans.items():
        words = surface.split()
        if (
            (surface in found and found[surface].mentions)  # (not one only forced in)
            or tidy(surface) in banned
            or (len(words) == 1 and (words[0] in lex.royal_titles or words[0] in lex.honorifics))
            or words[0].lower() in lex.roles
            or not any(told(c) and not OF_OR_FOR.match(text, c.end) for c in cands)
        ):
            continue
        name = tidy(surface)
        person = found.setdefault(name, _Found(name))
        person.mentions.extend(Mention(c.start, c.end, surface) for c in cands)


def _merge_aliases(lex: Lexicon, text: str, found: dict[str, _Found]) -> None:
    """Fold a second name given for someone into one person.

    Told by words ("Kwesta (real name Senzo Vilakazi)"), the stage name, the one the
    public knows, stands whichever a post uses more, so that every post gives the site
    the same name. Told by brackets alone ("Ayodeji Balogun (Wizkid)"), the name the post
    uses more stands, or the first. The registry's name stands over either, and two
    people the registry knows stay two. The other is kept as an alias.
    """
    owner = sorted(
        ((m.start, m.end, name) for name, f in found.items() for m in f.mentions),
    )
    into: dict[str, str] = {}  # a name folded into another -> that one

    def now(name: str) -> str:
        while name in into:
            name = into[name]
        return name

    for (_, end, first), (start, last, second) in pairwise(owner):
        first, second = now(first), now(second)
        if first == second or (found[first].from_registry and found[second].from_registry):
            continue
        if joint := _joined(text, end, start):
            if joint.group("nee") and " " not in second:
                continue  # "Victoria Beckham (née Adams)": a maiden name, no second name
            if joint.group("originally") and text.startswith(("'", "’"), last):
                continue  # "Tom Reed, originally Nia Holt's pick": someone else's
            stage, legal = (first, second) if joint.group("legal") else (second, first)
            keep, drop = (legal, stage) if found[legal].from_registry else (stage, legal)
        elif _bracketed(lex, text, end, start, last, first, second):
            keep, drop = max(
                ((first, second), (second, first)),
                key=lambda pair: (found[pair[0]].from_registry, len(found[pair[0]].mentions)),
            )
        else:
            continue
        into[drop] = keep
        _fold(found, keep, drop, alias=True)


_OPENS_BRACKET = re.compile(r"\s*\(\s*")
_CLOSES_BRACKET = re.compile(r"\s*\)")


def _bracketed(
    lex: Lexicon, text: str, end: int, start: int, last: int, first: str, second: str
) -> bool:
    """Is a one-word name in brackets right after a full one, or the other way round
    ("Saddam (Hussein)")? Not two full names, nor a full name and a given name: "Layton
    Williams (Nikita Kuzmin)", "Ellie Leach (Vito)" are dance partners. (A part in brackets
    after its actor, "Gabriel Macht (Harvey Specter)", is no one found: see
    ``names.classify``.)"""
    return (
        (" " in first) != (" " in second)
        and _OPENS_BRACKET.fullmatch(text, end, start) is not None
        and _CLOSES_BRACKET.match(text, last) is not None
        and given_entry(lex, first if " " not in first else second) is None
    )


def _squash(name: str) -> str:
    return _NOT_ALNUM.sub("", fold(name).casefold())


_NOT_ALNUM = re.compile(r"[\W_]+")


def _opens(person: _Found, title_end: int, first_sentence: tuple[int, int]) -> bool:
    """Is the person named in the title or the story's first sentence?"""
    return any(
        m.start < title_end or first_sentence[0] <= m.start < first_sentence[1]
        for m in person.mentions
    )


_AND = re.compile(r"\s+(?:and|&)\s+")


# "Pippa O' Connor", and a family's own: "The Kardashians' Khloe and Tristan Thompson".
_SPACED_PREFIX = re.compile(r"(?:\b[OD]|s)['’] $")
# "Tina and Anil Ambani": a first name, "and", and a full name.
_COUPLES = re.compile(r"\b[A-Z][\w’'-]+ (?:and|&) [A-Z][\w’'-]+ [A-Z][\w’'-]+")


def _couple_partner(ctx: Context, cand: Candidate, first_words: dict[int, str]) -> str | None:
    """The full name right after "<first name> and", sharing its surname with the first name."""
    if len(cand.tokens) != 1 or cand.tokens[0].possessive:
        return None
    word = cand.tokens[0].text
    given = given_entry(ctx.lex, word)
    joint = _AND.match(ctx.doc.text, cand.end)
    # A common first name ("John and Toni Smith"); a rare one is more likely a star
    # known by it alone ("Rihanna and Chris Brown").
    if not joint or notable_key(word) in ctx.lex.notable:
        return None
    partner = first_words.get(joint.end())
    if partner is None or len(partner.split()) < 2 or partner.split()[0] == word:
        return None
    lex = ctx.lex
    if any(w in lex.honorifics or w in lex.royal_titles for w in (word, partner.split()[0])):
        return None  # "the Emir and Sheikha Jawaher": a title and a given name, no surname
    if _SPACED_PREFIX.search(ctx.doc.text, max(0, cand.start - 4), cand.start):
        return None  # "Pippa O' Connor and Amy Huberman": the end of a name spaced apart
    other = partner.split()[0]
    if notable_key(f"{word} {' '.join(partner.split()[1:])}") in lex.notable:
        return partner  # "Mukesh and Nita Ambani": the first name makes a known name
    if (
        given
        and given.frequency >= COMMON_CLASS
        # a first name, or a word no list knows before a known surname ("Miles and
        # Keleigh Teller")
        and (
            given_entry(lex, other)
            or (
                other not in lex.surnames
                and partner.split()[-1] in lex.surnames
                and notable_key(other) not in lex.notable
                and other.lower() not in ctx.lower_words
            )
        )
    ):
        return partner
    # A rarer first name counts where the sentence pairs couples so more than once:
    # "Supriya and Sadanand Sule, Tina and Anil Ambani".
    sentence = ctx.doc.sentences[cand.sentence]
    pairs = len(_COUPLES.findall(ctx.doc.text, sentence.start, sentence.end)) > 1
    return partner if pairs else None


# "the Ambani family", "The Ambani Family" (but "Khayrova's family" is hers).
_FAMILY_AFTER = re.compile(r"[ \t]+(?i:family|families|clan|household|dynasty)\b")


def _name_like(ctx: Context, cand: Candidate) -> bool:
    """Could this unresolved word be a person's short name (for site-wide resolution)?"""
    lex = ctx.lex
    if _FAMILY_AFTER.match(ctx.doc.text, cand.end):
        return False  # "the Ambani family" is a household, none of its people
    for tok in cand.tokens:
        w = tok.text
        if w.lower() in lex.particles and len(cand.tokens) > 1:
            continue
        if CONTRACTION.search(w) or (
            tok.initial and len(cand.tokens) == 1 and w.lower() in ctx.lower_words
        ):
            return False
        if (
            w.lower() in ctx.lower_words
            or w.lower() in lex.stopwords
            or w in lex.nationalities
            or w in lex.months
            or w in lex.weekdays
            or w in HOLIDAY_WORDS
            or w in lex.gazetteer
            or w in lex.place_heads
            or w in lex.org_heads
        ):
            return False
    return True
