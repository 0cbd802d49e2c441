"""The reading of one post: its HTML and date in, its people and events out (``extract``)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .classifier import decide
from .events import SentenceCues, extract_events
from .facts import Entity, PostFacts
from .lexicon import lexicon
from .nameindex import NameIndex
from .names import (
    classify,
    make_context,
    phrases,
    split_paired_names,
    titles_of_works,
    tokenize,
)
from .people import registry_index, resolve_people
from .registry import Registry
from .styles import Styled, styled_people
from .text import Document, html_to_blocks, make_document, text_to_document


def _as_date(published: dt.date | dt.datetime | str) -> dt.date:
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    return dt.date.fromisoformat(str(published)[:10])


def extract(
    html: str,
    published: dt.date | dt.datetime | str,
    registry: Registry | None = None,
    *,
    title: str = "",
    people: Iterable[str] = (),
    people_exclude: Iterable[str] = (),
    known: NameIndex | None = None,
) -> PostFacts:
    """Read one post.

    ``html`` is the post's rendered body; ``published`` its date (relative
    dates resolve against it); ``title`` is read for people too and makes
    whoever it names a main subject. ``people`` and ``people_exclude`` are
    the post's own overrides (canonical names or registry aliases).
    ``known`` holds names introduced in full by other posts of the site
    (see ``pelican_celebmeta.site.resolve``); without it the post stands alone.
    """
    reading = read_html(
        html, published, registry, title=title, people=people, people_exclude=people_exclude
    )
    return assemble(reading, known)


def read_html(
    html: str,
    published: dt.date | dt.datetime | str,
    registry: Registry | None = None,
    *,
    title: str = "",
    people: Iterable[str] = (),
    people_exclude: Iterable[str] = (),
    registry_names: RegistryNames | None = None,
) -> Reading:
    """The name-independent half of ``extract``: see ``Reading``.

    ``registry_names`` is ``registry_names(registry)``, made once by a reader of many
    posts (the same for every post) rather than once per post.
    """
    emphasis: list[str] = []
    blocks = html_to_blocks(html, emphasis)
    if title.strip():
        blocks.insert(0, ("title", " ".join(title.split())))
    doc = make_document(blocks, emphasis)
    title_end = doc.blocks[0].end if title.strip() and doc.blocks else 0
    return read_document(
        doc,
        published,
        registry,
        title_end=title_end,
        people=people,
        people_exclude=people_exclude,
        registry_names=registry_names,
    )


def extract_text(
    text: str,
    published: dt.date | dt.datetime | str,
    registry: Registry | None = None,
    *,
    known: NameIndex | None = None,
) -> PostFacts:
    """Read plain text (one paragraph or sentence a line); offsets point into ``text`` itself."""
    return extract_document(text_to_document(text), published, registry, known=known)


@dataclass(frozen=True, slots=True)
class RegistryNames:
    """What every reading needs of the registry: its names and aliases, and its index."""

    registry: Registry | None
    forms: frozenset[str]  # every name and alias as written
    index: NameIndex  # read only: see ``registry_index``
    # Aliases with a word in lower case ("Duke of Sussex", "Queen of Pop"), which no run
    # of capitals spans: found in the text as they are, and whose they are.
    worded: re.Pattern[str] | None = None
    worded_names: dict[str, str] = field(default_factory=dict)

    def worded_people(self, text: str) -> list[Styled]:
        if self.worded is None:
            return []
        return [
            Styled(m.start(), m.end(), self.worded_names[m.group()], ())
            for m in self.worded.finditer(text)
        ]


def make_registry_names(registry: Registry | None) -> RegistryNames:
    people = registry.people if registry else ()
    forms = frozenset(form for p in people for form in (p.name, *p.aliases))
    particles = lexicon().particles
    worded = {
        form: p.name
        for p in people
        if not p.exclude
        for form in (p.name, *p.aliases)
        # "Queen of Pop", not "Ana de Armas": a particle is a word of a name
        if any(w.islower() and w not in particles for w in form.split()[1:])
    }
    pattern = (
        re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(worded, key=len, reverse=True)))})\b")
        if worded
        else None
    )
    return RegistryNames(registry, forms, registry_index(registry, lexicon()), pattern, worded)


@dataclass(slots=True)
class Reading:
    """What reading one post finds before anyone else's names are known.

    ``assemble`` turns it into facts; site-wide resolution assembles it again
    with the site's names, without reading the text a second time.
    """

    doc: Document
    today: dt.date
    registry: Registry | None
    registry_idx: NameIndex
    ctx: Any
    candidates: list[Any]
    title_end: int
    lede: tuple[int, int]
    first_sentence: tuple[int, int]
    places: list[Entity]
    organizations: list[Entity]
    place_spans: list[tuple[int, int, str]]
    cues: SentenceCues
    people: tuple[str, ...]
    people_exclude: tuple[str, ...]
    styled: tuple[Styled, ...] = ()


def read_document(
    doc: Document,
    published: dt.date | dt.datetime | str,
    registry: Registry | None = None,
    *,
    title_end: int = 0,
    people: Iterable[str] = (),
    people_exclude: Iterable[str] = (),
    learned: bool = True,
    registry_names: RegistryNames | None = None,
) -> Reading:
    """Read a document; ``learned=False`` leaves open candidates as the rules left them."""
    today = _as_date(published)
    lex = lexicon()
    if registry_names is None or registry_names.registry is not registry:
        registry_names = make_registry_names(registry)
    lede_block = next((b for b in doc.blocks if b.kind == "p" and b.start >= title_end), None)
    lede = (lede_block.start, lede_block.end) if lede_block else (0, 0)
    # The lede's first sentence names who the story is about.
    lede_sentence = next(
        (s for s in doc.sentences if lede_block and s.start >= lede_block.start), None
    )
    first = (lede_sentence.start, lede_sentence.end) if lede_sentence else (0, 0)

    tokens, lower = tokenize(doc, lex.particles)
    tokens = split_paired_names(tokens, lex)
    ctx = make_context(doc, tokens, lower, lex, registry_names.forms)
    runs = phrases(doc, tokens, lex)
    if title_end:
        # Titles are often in Title Case ("Kayleigh and Brooke Call a Truce"), where
        # capitals say nothing: a title only names people the post or site knows,
        # so its words are matched one by one and never start a new person.
        runs = [
            piece
            for run in runs
            for piece in (
                [[t] for t in run if t.text[:1].isupper()] if run[0].start < title_end else [run]
            )
        ]
    candidates = [classify(ctx, run) for run in runs]
    styled = registry_names.worded_people(doc.text)
    # The site's registry says whose a style is before the list of royal styles does.
    styled += [
        s
        for s in styled_people(doc.text, today)
        if not any(r.start < s.end and s.start < r.end for r in styled)
    ]
    if styled:
        styled.sort(key=lambda s: s.start)
        starts = [s.start for s in styled]
        for c in candidates:
            # "the Duke of Sussex" is Prince Harry: "Sussex" is no place there, "Queen" no one.
            i = bisect_right(starts, c.start) - 1
            if i >= 0 and c.start < styled[i].end:
                c.kind = "other"
    titles_of_works(ctx, candidates)
    if learned:
        decide(ctx, candidates, title_end)
    places = [
        Entity(doc.text[c.start : c.end], "place", c.start, c.end)
        for c in candidates
        if c.kind == "place"
    ]
    orgs = [
        Entity(doc.text[c.start : c.end], "organization", c.start, c.end)
        for c in candidates
        if c.kind in ("organization", "brand")
    ]
    place_spans = []
    for p in places:
        # "the Savoy", "the Chiltern Firehouse": keep the article as written.
        start = (
            p.start - 4 if doc.text[max(0, p.start - 4) : p.start] in ("the ", "The ") else p.start
        )
        place_spans.append((start, p.end, doc.text[start : p.end]))
    first_body = next(
        (i for i, s in enumerate(doc.sentences) if s.start >= title_end), len(doc.sentences)
    )
    return Reading(
        doc, today, registry, registry_names.index, ctx, candidates, title_end, lede,
        first, places, orgs, place_spans, SentenceCues(doc, first_body, today),
        tuple(people), tuple(people_exclude), tuple(styled),
    )  # fmt: skip


def assemble(reading: Reading, known: NameIndex | None = None) -> PostFacts:
    """People and events of a read post; ``known`` adds names from the rest of the site."""
    r = reading
    result = resolve_people(
        r.ctx,
        r.candidates,
        r.registry,
        r.registry_idx,
        known,
        published=r.today.isoformat(),
        title_end=r.title_end,
        lede=r.lede,
        first_sentence=r.first_sentence,
        force=r.people,
        exclude=r.people_exclude,
        styled=r.styled,
    )
    events = extract_events(r.cues, result.people, r.place_spans, result.genders)
    return PostFacts(
        published=r.today.isoformat(),
        text=r.doc.text,
        people=tuple(result.people),
        events=tuple(events),
        places=tuple(r.places),
        organizations=tuple(r.organizations),
        unresolved=tuple(result.unresolved),
    )


def extract_document(
    doc: Document,
    published: dt.date | dt.datetime | str,
    registry: Registry | None = None,
    *,
    title_end: int = 0,
    people: Iterable[str] = (),
    people_exclude: Iterable[str] = (),
    known: NameIndex | None = None,
) -> PostFacts:
    reading = read_document(
        doc, published, registry, title_end=title_end, people=people, people_exclude=people_exclude
    )
    return assemble(reading, known)
