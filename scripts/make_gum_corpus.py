#!/usr/bin/env python3
"""Build tests/realtext/gum/ (person names in openly licensed GUM train documents).

    python scripts/make_gum_corpus.py MIRROR [--rev HEAD] [--out tests/realtext/gum] [--log FILE]

MIRROR is a clone of https://github.com/amir-zeldes/gum: either a bare git
directory (read with ``git show REV:path``) or a checked-out work tree. The
script reads ``splits.md`` for the official partition and then opens only the
CoNLL-U files (``dep/*.conllu``) of *train* documents; dev, test and test2
documents are never read. It writes ``train.jsonl`` and ``NOTICE``.

Each output line is one document::

    {"id", "genre", "license", "source", "date", "text",
     "people": [{"name", "forms", "spans": [[start, end], ...]}]}

``text`` is rebuilt from the ``# text =`` lines: sentences of one paragraph
(``# newpar``) are joined by a space, paragraphs, headings and speaker turns by
a blank line. ``spans`` are character offsets into ``text``;
``text[start:end]`` is always one of ``forms`` (checked before writing).

What counts as a person name (GUM annotates every mention of every entity):

* the mention's entity type is ``person`` (the ``Entity=`` MISC field);
* the name is the contiguous run of proper-noun tokens (UPOS PROPN or XPOS
  NNP/NNPS) holding the mention's syntactic head (or attached to it as
  ``flat``/``appos``: "actor Jason Beghe"), not counting tokens of a
  smaller mention nested inside it ("U.S." in "U.S. President Donald Trump",
  "Obama" in "Obama's wife": that one is its own mention), hyphens and
  lower-case particles ("de", "van", "bin") between name tokens included;
* leading titles are dropped ("President", "Mr.", "Dr.", "Secretary of
  State"): a word from ``DROP_TITLES`` or one GUM marks ``nmod:desc`` (or a
  dependent of it), unless it is a royal, noble or religious style kept as part
  of the name (``KEEP_TITLES``: "Prince Harry", "Pope Francis", "St. Jerome")
  or a word of the entity's Wikipedia identity ("Dean Kamen");
* skipped: pronouns and common nouns (no proper-noun head), plurals
  ("Muslims", "the Kennedys"), a bare title ("the President", "Mr."),
  determiner + name used as a common noun ("a Muslim", "the Taliban"), a name
  inside the name of something else ("Stirling Prize", "George Washington
  Bridge"), a person named only by one word used as a modifier ("the Meiji
  period"), groups (entities that GUM also mentions as "the ... people"), and
  the few cases listed by hand in ``NOT_PERSON_NAMES``.

Mentions are grouped into people by GUM's coreference id, merged when two ids
carry the same Wikification identity or when one's forms are all forms of the
other; a person's ``name`` is its fullest form (most words, then most
characters). ``date`` is GUM's ``dateCreated`` (left out for the placeholder
2000-01-01). Run with ``--log FILE`` to see every decision, kept or skipped.

Licences: GUM's LICENSE.txt and https://gucorpling.org/gum/papers.html give
them per genre; ``GENRES``, ``EXCLUDED_GENRES`` and ``DOC_LICENSES`` below
record which documents are kept and why.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from corpus_tools import Mirror, check

# --------------------------------------------------------------------------- licences

WIKINEWS = ("CC BY 2.5", "https://creativecommons.org/licenses/by/2.5/")
CC_BY_SA_3 = ("CC BY-SA 3.0", "https://creativecommons.org/licenses/by-sa/3.0/")
CC_BY_4 = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")
CC_BY_3 = ("CC BY 3.0", "https://creativecommons.org/licenses/by/3.0/")
US_GOV = (
    "Public domain (US federal government work, 17 U.S.C. 105)",
    "https://www.copyright.gov/title17/92chap1.html#105",
)

GUM_LICENSE_TXT = "https://github.com/amir-zeldes/gum/blob/master/LICENSE.txt"
GUM_LICENSE_PAGE = "https://gucorpling.org/gum/papers.html"

# genre -> (licence, licence URL, text source, where GUM states the licence)
GENRES: dict[str, tuple[str, str, str, str]] = {
    "news": (
        *WIKINEWS,
        "Wikinews (https://en.wikinews.org/wiki/Wikinews:Copyright)",
        GUM_LICENSE_TXT,
    ),
    "interview": (
        *WIKINEWS,
        "Wikinews interviews (https://en.wikinews.org/wiki/Wikinews:Copyright)",
        GUM_LICENSE_TXT,
    ),
    "bio": (
        *CC_BY_SA_3,
        "Wikipedia (https://en.wikipedia.org/wiki/Wikipedia:Copyrights)",
        GUM_LICENSE_TXT,
    ),
    "voyage": (
        *CC_BY_SA_3,
        "Wikivoyage (https://wikimediafoundation.org/wiki/Terms_of_Use)",
        GUM_LICENSE_TXT,
    ),
    "academic": (
        *CC_BY_4,
        "open-access articles and proceedings (DH2017, PLOS ONE, MDPI, LSA and others)",
        GUM_LICENSE_TXT,
    ),
    "court": (
        *CC_BY_4,
        "public court hearing recordings and transcripts (see each document's source)",
        GUM_LICENSE_TXT,
    ),
    "vlog": (
        *CC_BY_3,
        "YouTube videos under YouTube's Creative Commons (CC BY) licence",
        GUM_LICENSE_PAGE,
    ),
    "conversation": (
        "CC BY",
        "https://creativecommons.org/licenses/by/4.0/",
        "Santa Barbara Corpus of Spoken American English (J. W. Du Bois, UCSB), "
        "made available for GUM under CC BY",
        GUM_LICENSE_PAGE,
    ),
    "textbook": (*CC_BY_4, "OpenStax textbooks (https://openstax.org/)", GUM_LICENSE_PAGE),
    "speech": (*US_GOV, "US federal government speeches", GUM_LICENSE_PAGE),
}

# Genres left out whole, with the reason (licences from GUM's LICENSE.txt).
EXCLUDED_GENRES = {
    "essay": "CC BY-NC-SA 4.0",
    "fiction": "CC BY-NC-SA 3.0",
    "letter": "CC BY-NC-SA 4.0",
    "podcast": "CC BY-NC-SA 4.0 (GUM's licence for the genre)",
    "whow": "CC BY-NC-SA 3.0 (wikiHow)",
    "reddit": "reddit terms, non-commercial; text not distributed with GUM",
}

# Documents of an included genre whose own licence differs from the genre's or
# could not be confirmed. None means: leave the document out.
DOC_LICENSES: dict[str, tuple[str, str] | None] = {
    # speeches: GUM calls them public domain; kept only when that is certain
    "GUM_speech_school": CC_BY_4,  # creativecommons.org blog post
    "GUM_speech_trump": None,  # 2015 campaign speech by a private citizen
    "GUM_speech_destiny": None,  # Nehru 1947, no licence stated
    "GUM_speech_albania": None,  # UN General Debate, no licence stated
    "GUM_speech_humanitarian": None,  # UN General Debate, no licence stated
    "GUM_speech_data": None,  # sayit.pdis.nat.gov.tw, licence not confirmed here
    # textbooks: GUM states the CC BY licence for OpenStax books only
    "GUM_textbook_alamo": None,  # OERTX, licence not confirmed here
    "GUM_textbook_artwork": None,  # Rebus Press, licence not confirmed here
    "GUM_textbook_evoethics": None,  # Rebus Press, licence not confirmed here
}

# --------------------------------------------------------------------------- name rules

# Royal, noble and religious styles that are part of how the person is named.
KEEP_TITLES = {
    "king", "queen", "prince", "princess", "emperor", "empress", "tsar", "czar", "tsarina",
    "tsarevna", "tsarevich", "pope", "shah", "sultan", "sheikh", "sheik", "emir", "duke",
    "duchess", "earl", "marquis", "marquess", "count", "countess", "baron", "baroness", "lord",
    "lady", "sir", "dame", "saint", "st", "apa", "abba", "pharaoh", "caliph", "rabbi",
}  # fmt: skip

# Titles and honorifics dropped from the front of a name even when GUM does not
# mark them ``nmod:desc``.
DROP_TITLES = {
    "mr", "mrs", "ms", "miss", "mister", "mx", "madam", "madame", "mme", "mlle", "dr",
    "doctor", "prof", "professor", "president", "vice", "senator", "sen", "rep",
    "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "judge",
    "justice", "minister", "premier", "chancellor", "secretary", "ambassador", "speaker",
    "general", "gen", "major", "colonel", "col", "captain", "capt", "lieutenant", "lt",
    "sergeant", "sgt", "admiral", "commander", "inspector", "officer", "detective", "agent",
    "chairman", "chairwoman", "chair", "director", "coach", "reverend", "rev", "father",
    "brother", "sister", "bishop", "archbishop", "cardinal", "deacon", "pastor", "chief",
    "prime", "deputy", "attorney", "councillor", "councilman", "councilwoman", "uncle",
    "aunt", "grandma", "grandpa", "mom", "dad", "nurse", "private", "corporal", "mademoiselle",
    "monsieur", "señor", "senor", "herr", "frau", "daddy", "mommy", "mama", "papa", "counsel",
    "defense", "defence", "honor", "honour", "ceo", "administrator", "sheriff", "commissioner",
    "undersecretary", "architect", "student", "guest", "poet", "fan", "refugee", "man",
    "woman", "newcomer", "star", "critic", "critics", "member", "manager", "solicitor",
    "youtuber", "scientologist", "regent", "founder", "editor", "host", "producer",
}  # fmt: skip

# Lower-case words that may sit inside a name ("Vincent van Gogh").
PARTICLES = {
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el",
    "la", "le", "du", "dos", "das", "do", "y", "ben", "ter", "ten", "zu", "af", "av", "bint",
}  # fmt: skip

# Words that modify a title in front of a name ("Shadow Home Secretary").
TITLE_MODIFIERS = {
    "acting", "assistant", "associate", "deputy", "emeritus", "executive", "former", "vice",
    "shadow", "home", "foreign", "interim", "senior", "chief", "prime", "lord", "first",
}  # fmt: skip

# Letters after a name ("Daniel Bernoulli FRS").
POSTNOMINALS = {"frs", "frse", "dbe", "cbe", "obe", "mbe", "kbe", "ra", "phd", "md", "qc", "kc"}

# Adjectives that may stand between an article and a name ("the late John Lennon").
NAME_ADJECTIVES = {"late", "young", "old", "former", "great", "legendary", "famous", "then"}

ARTICLES = {"a", "an", "the"}


# GUM "person" mentions read by hand and left out: groups, titles of works,
# places and events, which the rules above do not catch. (document, surface)
# -> reason, or (reason, words next to it) when only some occurrences are meant.
NOT_PERSON_NAMES: dict[tuple[str, str], str | tuple[str, str]] = {
    ("GUM_textbook_history", "Anasazi"): "a people (quiz answer)",
    ("GUM_textbook_history", "Cherokee"): "a people (quiz answer)",
    ("GUM_textbook_history", "Aztec"): "a people (quiz answer)",
    ("GUM_textbook_history", "Inca"): "a people (quiz answer)",
    ("GUM_interview_mcguire", "Yankee"): "part of a book title",
    ("GUM_bio_moreau", "Three Sinners"): "a film title",
    ("GUM_bio_chao", "Chaos"): "part of a book title",
    ("GUM_news_expo", "Epic Mickey"): "a video game",
    ("GUM_bio_marbles", "Madame Tussauds"): "a museum",
    ("GUM_news_hackers", "Anonymous"): "a group",
    ("GUM_vlog_hiking", "Saint Mary"): "part of a place name (Saint Mary's Lake)",
    ("GUM_voyage_york", "St Nicholas"): "part of an event name (St Nicholas' Fair)",
    ("GUM_voyage_fortlee", "G W"): "part of a company name (G W Taxi)",
    ("GUM_bio_moreau", "Jules"): "part of a film title (Jules et Jim)",
    ("GUM_vlog_mermaid", "Harry Potter"): "a film and a ride",
    ("GUM_voyage_merida", "Montejo"): ("part of a street name", "Pasejo Montejo"),
}


def bare(word: str) -> str:
    """A word as the title lists spell it: "Dr." -> "dr"."""
    return word.casefold().strip(".")


# --------------------------------------------------------------------------- reading GUM


def read_splits(text: str) -> dict[str, list[str]]:
    """``splits.md``: ``## name`` headings, each followed by ``  * doc`` lines."""
    splits: dict[str, list[str]] = defaultdict(list)
    current = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
        elif current and line.strip().startswith("* "):
            splits[current].append(line.strip()[2:].strip())
    return dict(splits)


@dataclass
class Word:
    index: int  # position in the document's word list
    form: str
    upos: str
    xpos: str
    feats: str
    head: int  # document word index of the head, -1 for the root
    deprel: str
    start: int = 0  # character offsets in the document text
    end: int = 0


@dataclass
class Mention:
    entity: str  # GUM entity id (unique within the document)
    etype: str
    identity: str  # Wikification identity, "" when none
    first: int  # first and last word index, inclusive
    last: int


@dataclass
class Document:
    id: str
    meta: dict[str, str]
    text: str
    words: list[Word]
    mentions: list[Mention]


ENTITY_RE = re.compile(r"\((\d+)-([^()]*)(\))?|(\d+)\)")


def parse_misc(misc: str) -> dict[str, str]:
    if misc == "_":
        return {}
    return dict(item.split("=", 1) for item in misc.split("|") if "=" in item)


def parse_conllu(doc_id: str, conllu: str) -> Document:
    """Words, entity mentions and the plain text of one GUM document."""
    meta: dict[str, str] = {}
    words: list[Word] = []
    mentions: list[Mention] = []
    open_mentions: dict[str, list[Mention]] = defaultdict(list)
    paragraphs: list[list[str]] = []
    pending_words: list[tuple[Word, int]] = []  # (word, sentence number) awaiting offsets
    sentences: list[str] = []
    newpar = True

    def finish_sentence(text: str, rows: list[list[str]]) -> None:
        nonlocal newpar
        if newpar or not paragraphs:
            paragraphs.append([])
            newpar = False
        paragraphs[-1].append(text)
        sentences.append(text)
        base = len(words)
        ids = [row[0] for row in rows]
        position = {tok_id: base + i for i, tok_id in enumerate(ids)}
        for i, row in enumerate(rows):
            head = row[6]
            word = Word(
                index=base + i,
                form=row[1],
                upos=row[3],
                xpos=row[4],
                feats=row[5],
                head=-1 if head == "0" else position[head],
                deprel=row[7],
            )
            words.append(word)
            pending_words.append((word, len(sentences) - 1))
            entity = parse_misc(row[9]).get("Entity")
            if entity:
                read_entities(entity, word.index)

    def read_entities(value: str, index: int) -> None:
        for match in ENTITY_RE.finditer(value):
            if match.group(1):
                fields = match.group(2).split("-", 6)
                # GRP-etype-infstat-salience-centering-minspan-link-identity
                mention = Mention(
                    entity=match.group(1),
                    etype=fields[0],
                    identity=fields[6] if len(fields) > 6 else "",
                    first=index,
                    last=index,
                )
                mentions.append(mention)
                if not match.group(3):
                    open_mentions[mention.entity].append(mention)
            else:
                stack = open_mentions[match.group(4)]
                if not stack:
                    raise ValueError(f"{doc_id}: closing bracket without opening: {value}")
                stack.pop().last = index

    text_line = ""
    rows: list[list[str]] = []
    for line in conllu.splitlines():
        if line.startswith("# newdoc id"):
            continue
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::") :].partition(" = ")
            meta[key.strip()] = value.strip()
        elif line.startswith("# newpar"):
            newpar = True
        elif line.startswith("# text = "):
            text_line = line[len("# text = ") :]
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if rows:
                finish_sentence(text_line, rows)
                rows = []
        else:
            row = line.split("\t")
            if "-" in row[0] or "." in row[0]:
                continue  # multi-word token ranges (their words follow) and empty nodes
            rows.append(row)
    if rows:
        finish_sentence(text_line, rows)
    if any(open_mentions.values()):
        raise ValueError(f"{doc_id}: unclosed entity mentions")

    # Plain text, then the offsets of every word in it.
    starts = []
    pieces = []
    offset = 0
    for p, paragraph in enumerate(paragraphs):
        for s, sentence in enumerate(paragraph):
            if s:
                pieces.append(" ")
                offset += 1
            starts.append(offset)
            pieces.append(sentence)
            offset += len(sentence)
        if p < len(paragraphs) - 1:
            pieces.append("\n\n")
            offset += 2
    text = "".join(pieces)
    cursor = {}
    for word, s in pending_words:
        sentence = sentences[s]
        at = cursor.get(s, 0)
        while at < len(sentence) and sentence[at].isspace():
            at += 1
        if not sentence.startswith(word.form, at):
            raise ValueError(
                f"{doc_id}: word {word.form!r} not found at {at} in sentence {s + 1}: {sentence!r}"
            )
        word.start = starts[s] + at
        word.end = word.start + len(word.form)
        cursor[s] = at + len(word.form)
    for s, sentence in enumerate(sentences):
        if sentence[cursor.get(s, 0) :].strip():
            raise ValueError(f"{doc_id}: sentence {s + 1} has text after its last word")
    return Document(doc_id, meta, text, words, mentions)


# --------------------------------------------------------------------------- person names


@dataclass
class Decision:
    doc: str
    mention: str  # the whole mention's text
    name: str = ""  # the name found, "" if skipped
    reason: str = ""  # why skipped, or what was dropped


def is_name_word(word: Word) -> bool:
    return word.upos == "PROPN" or word.xpos in ("NNP", "NNPS")


def mention_heads(doc: Document, m: Mention) -> list[Word]:
    """The words of the mention whose head lies outside it (usually just one)."""
    heads = [doc.words[i] for i in range(m.first, m.last + 1)]
    return [w for w in heads if not m.first <= w.head <= m.last] or heads[:1]


def under_desc(doc: Document, word: Word, m: Mention) -> bool:
    """Whether ``word`` is marked ``nmod:desc`` or depends on such a word, inside ``m``."""
    seen = set()
    while m.first <= word.index <= m.last and word.index not in seen:
        if word.deprel == "nmod:desc":
            return True
        seen.add(word.index)
        if word.head < 0:
            return False
        word = doc.words[word.head]
    return False


def name_span(doc: Document, m: Mention, nested: set[int]) -> tuple[list[Word], str]:
    """The name words of a person mention, or ``([], reason)``."""
    words = doc.words
    span = range(m.first, m.last + 1)
    own = [i for i in span if i not in nested]
    candidate = {i for i in own if is_name_word(words[i])}
    if not candidate:
        return [], "no proper noun"

    # Runs of name words; hyphens and particles between two name words join them.
    runs: list[list[int]] = []
    run: list[int] = []
    for i in own:
        w = words[i]
        adjacent = bool(run) and run[-1] == i - 1
        joiner = (w.form == "-" and words[i - 1].end == w.start) or w.form in PARTICLES
        if adjacent and (i in candidate or joiner):
            run.append(i)
            continue
        if run:
            runs.append(run)
        run = [i] if i in candidate else []
    if run:
        runs.append(run)
    for r in runs:  # a run never ends on a joiner
        while r[-1] not in candidate:
            r.pop()

    # The run holding the mention's head; else (GUM heads "actor Jason Beghe" and
    # "US President Barack Obama" on the descriptor) the first run attached to
    # the head as ``flat`` or ``appos``.
    heads = {w.index for w in mention_heads(doc, m)}
    chosen = next((r for r in runs if heads & set(r)), None)
    if chosen is None:
        chosen = next(
            (
                r
                for r in runs
                if any(
                    words[i].head in heads and words[i].deprel.split(":")[0] in ("flat", "appos")
                    for i in r
                )
            ),
            None,
        )
    if chosen is None:
        if heads <= nested:
            return [], "head is a nested mention"
        return [], f"head {words[min(heads)].form!r} is not a proper noun"
    run_start = chosen[0]

    identity = [bare(w) for w in re.split(r"[_,()\s]+|%2[89C]", m.identity) if w]
    keep = KEEP_TITLES | set(identity)

    # Leading titles: the longest prefix of title words (with their modifiers,
    # "Shadow Home Secretary") that ends on a title.
    prefix = 0
    for k, i in enumerate(chosen[:-1]):
        key = bare(words[i].form)
        if key in keep:
            break
        if key in DROP_TITLES or under_desc(doc, words[i], m):
            prefix = k + 1
        elif key not in TITLE_MODIFIERS and i in candidate:
            break
    dropped = [words[i].form for i in chosen[:prefix]]
    chosen = chosen[prefix:]
    while chosen and chosen[0] not in candidate:
        chosen = chosen[1:]
    while len(chosen) > 1 and bare(words[chosen[-1]].form) in POSTNOMINALS:
        chosen = chosen[:-1]
    while (  # regnal numbers: "Elizabeth II"
        chosen
        and chosen[-1] + 1 in own
        and re.fullmatch(r"[IVX]+", words[chosen[-1] + 1].form)
        and words[chosen[-1]].end + 1 == words[chosen[-1] + 1].start
    ):
        chosen = [*chosen, chosen[-1] + 1]
    if not chosen:
        return [], "only a title"
    last = bare(words[chosen[-1]].form)
    if len(chosen) == 1 and last in KEEP_TITLES | DROP_TITLES:
        if not re.fullmatch(rf"(?i){re.escape(words[chosen[0]].form)}(_%28.*)?", m.identity):
            return [], "only a title"  # but "Prince" is Prince_(musician)
    if last in DROP_TITLES and last not in identity:
        return [], "a title or role"
    if words[chosen[-1]].xpos == "NNPS" or "Number=Plur" in words[chosen[-1]].feats:
        return [], "plural"
    if not any(c.isupper() for i in chosen for c in words[i].form):
        return [], "not capitalised"
    if sum(c.isalpha() for i in chosen for c in words[i].form) < 2:
        return [], "a single letter"

    # "a Muslim", "the Taliban", "a lifelong Roman Catholic", "One Rohingya":
    # a determiner or number before the name, adjectives aside, makes it a noun.
    styled = len(chosen) > 1 and bare(words[chosen[0]].form) in KEEP_TITLES
    if not styled and (not dropped or len(chosen) == 1):
        i = run_start - 1
        while (
            i >= m.first
            and i not in nested
            and (words[i].upos in ("ADJ", "ADV") or words[i].xpos in ("HYPH", "VBN", "VBG"))
        ):
            if words[i].form.casefold() in NAME_ADJECTIVES:
                break
            i -= 1
        else:
            if i >= m.first and i not in nested:
                w = words[i]
                if (w.upos == "DET" and w.form.casefold() in ARTICLES) or w.upos == "NUM":
                    return [], "determiner + name (common-noun use)"
    return [words[i] for i in chosen], ("dropped " + " ".join(dropped)) if dropped else ""


def inside_other_name(doc: Document, m: Mention) -> bool:
    """Whether the person mention is part of a non-person name ("Stirling Prize")."""
    if not all(w.deprel in ("compound", "flat") for w in mention_heads(doc, m)):
        return False  # "Obama's wife", "(Li, Polat, & Bavelier, 2010)"
    around = [
        o for o in doc.mentions if o.etype != "person" and o.first <= m.first and m.last <= o.last
    ]
    if not around:
        return False
    inner = min(around, key=lambda o: o.last - o.first)
    if (inner.first, inner.last) == (m.first, m.last):
        return True  # GUM gives the same words a second, non-person type
    return any(
        is_name_word(h) and not m.first <= h.index <= m.last for h in mention_heads(doc, inner)
    )


def group_entities(doc: Document) -> set[str]:
    """Person entities that are groups: two mentions are plural nouns ("the Moriori people")."""
    plural: Counter[str] = Counter()
    for m in doc.mentions:
        if m.etype == "person" and any(
            h.upos == "NOUN" and "Number=Plur" in h.feats for h in mention_heads(doc, m)
        ):
            plural[m.entity] += 1
    return {entity for entity, n in plural.items() if n >= 2}


@dataclass
class Person:
    entity: str
    identity: str = ""
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, n words
    attributive_only: bool = True


def people_of(doc: Document, log: list[Decision]) -> list[dict]:
    persons = [m for m in doc.mentions if m.etype == "person"]
    groups = group_entities(doc)
    found: dict[str, Person] = {}
    identity_of: dict[str, str] = {}
    for m in doc.mentions:
        if m.identity:
            identity_of.setdefault(m.entity, m.identity)
    for m in persons:
        nested = set()
        for other in doc.mentions:
            if (
                other is not m
                and m.first <= other.first
                and other.last <= m.last
                and (other.first, other.last) != (m.first, m.last)
            ):
                nested.update(range(other.first, other.last + 1))
        whole = doc.text[doc.words[m.first].start : doc.words[m.last].end]
        name_words, reason = name_span(doc, m, nested)
        if name_words and m.entity in groups:
            name_words, reason = [], "entity is a group"
        elif name_words and inside_other_name(doc, m):
            name_words, reason = [], "part of a non-person name"
        if not name_words:
            if any(is_name_word(doc.words[i]) for i in range(m.first, m.last + 1)):
                log.append(Decision(doc.id, whole, "", reason))
            continue
        start, end = name_words[0].start, name_words[-1].end
        while doc.text[end - 1] in "!?,;:'\"’”":  # "Nonna!" is one token in GUM
            end -= 1
        surface = doc.text[start:end]
        manual = NOT_PERSON_NAMES.get((doc.id, surface))
        if isinstance(manual, tuple) and manual[1] not in doc.text[start - 40 : end + 40]:
            manual = None
        if manual:
            log.append(
                Decision(doc.id, whole, "", manual if isinstance(manual, str) else manual[0])
            )
            continue
        log.append(Decision(doc.id, whole, surface, reason))
        person = found.setdefault(m.entity, Person(m.entity, identity_of.get(m.entity, "")))
        person.mentions.append((start, end, sum(w.xpos != "HYPH" for w in name_words)))
        one_word = sum(w.xpos != "HYPH" for w in name_words) == 1
        if not one_word or not all(w.deprel in ("compound", "amod") for w in mention_heads(doc, m)):
            person.attributive_only = False

    # Named only by one word used as a modifier ("Viking trade", "the Meiji
    # period", "Shah Mosque"): not a mention of a person in the text. Full names
    # stay ("the Gregory Maguire novel").
    for entity, person in list(found.items()):
        if person.attributive_only:
            del found[entity]
            for s, e, _ in person.mentions:
                log.append(Decision(doc.id, doc.text[s:e], "", "only used as a modifier"))

    # One human, two coreference ids: merge when both carry the same identity,
    # or when all forms of one are forms of the other and no identity differs
    # (two citations of "Bavelier", "Devocht" split off from "Tom Devocht").
    people: list[Person] = []
    for person in sorted(found.values(), key=lambda p: -len(p.mentions)):
        forms = {doc.text[s:e] for s, e, _ in person.mentions}
        for other in people:
            other_forms = {doc.text[s:e] for s, e, _ in other.mentions}
            same = person.identity and person.identity == other.identity
            if same or (
                forms <= other_forms and (not person.identity or not other.identity or same)
            ):
                other.mentions.extend(person.mentions)
                other.identity = other.identity or person.identity
                break
        else:
            people.append(person)

    out = []
    for person in people:
        spans = sorted({(s, e) for s, e, _ in person.mentions})
        forms = list(dict.fromkeys(doc.text[s:e] for s, e in spans))
        size = {doc.text[s:e]: n for s, e, n in person.mentions}
        name = max(forms, key=lambda f: (size[f], len(f), -forms.index(f)))
        out.append({"name": name, "forms": forms, "spans": [list(s) for s in spans]})
    out.sort(key=lambda p: p["spans"][0])
    return out


# --------------------------------------------------------------------------- output


def licence_of(doc_id: str, genre: str) -> tuple[str, str] | None:
    if genre not in GENRES:
        return None
    if doc_id in DOC_LICENSES:
        return DOC_LICENSES[doc_id]
    return GENRES[genre][0], GENRES[genre][1]


NOTICE_HEAD = """\
GUM person-name development corpus (tests/realtext/gum/)
=========================================================

Source
------
The texts and the entity annotations below come from the Georgetown University
Multilayer Corpus (GUM), https://github.com/amir-zeldes/gum
(snapshot: commit {commit}), https://gucorpling.org/gum/

  Zeldes, Amir (2017) "The GUM Corpus: Creating Multilayer Resources in the
  Classroom". Language Resources and Evaluation 51(3), 581-612.
  doi:10.1007/s10579-016-9343-x

Entity annotation and Wikification in GUM:
  Lin, Jessica and Zeldes, Amir (2021) "WikiGUM: Exhaustive Entity Linking for
  Wikification in 12 Genres". Proceedings of LAW-DMR 2021, 170-175.

The GUM annotations are licensed under Creative Commons Attribution 4.0
(CC BY 4.0, https://creativecommons.org/licenses/by/4.0/), as stated in GUM's
LICENSE.txt; the annotators are listed there and at https://gucorpling.org/gum/.
The texts keep the licences of their sources, listed below.

What is included
----------------
Only documents of GUM's official TRAIN partition (GUM's splits.md) are
included. The dev, test and test2 (GENTLE) documents were deliberately left out
and were not read by the conversion, so that GUM's held-out data stays unseen.

Only documents whose text is under CC BY or CC BY-SA (or is in the public
domain) are included. Left out: reddit (reddit terms, text not distributed),
and the genres and documents listed under "Excluded" below.

Conversion (scripts/make_gum_corpus.py, run on the snapshot above)
-------------------------------------------------------------------
Only PERSON NAMES are kept. For every GUM mention of entity type "person",
the span is the contiguous run of proper-noun tokens naming the person:
titles such as "President", "Mr.", "Dr." are dropped, royal, noble and
religious styles such as "Prince", "Pope", "Saint" kept; pronouns, common
nouns, plurals, article + name uses ("a Muslim"), names inside other names
("Stirling Prize"), groups and a short hand-made list of non-person uses
(titles of works, a museum, quiz answers naming peoples) are skipped.
Mentions are grouped into people by GUM's coreference chains (and Wikification
identity); each person's "name" is its fullest form, "forms" are the distinct
surface forms and "spans" character offsets into "text". The plain text is
rebuilt from the CoNLL-U "# text" lines (sentences of a paragraph joined by a
space; paragraphs, headings and speaker turns separated by a blank line).
Everything else in GUM (other entity types, syntax, discourse, non-name
mentions) is left out. Which mentions are persons, and which mentions corefer,
is GUM's annotation, not re-checked here (for instance deities, fictional
characters and usernames that GUM marks as persons are kept).

Text sources and licences, per genre (documents included)
----------------------------------------------------------
"""


NOTICE_TAIL = """\
Notes
-----
* Podcasts: GUM's LICENSE.txt gives CC BY-NC-SA 4.0 for the genre ("multiple
  CC sources, see document metadata"), and the metadata names no other
  licence, so the genre is left out whole.
* Speeches: GUM describes them as public domain; only US federal government
  works (17 U.S.C. 105) and one CC BY 4.0 blog post (creativecommons.org) are
  kept. Public domain texts carry no licence; their sources are credited
  all the same.
* Textbooks: GUM states CC BY for its OpenStax books (CC BY 4.0); the three
  textbook documents from other publishers are left out.
* Conversations (and GUM_court_carpet) come from the Santa Barbara Corpus of
  Spoken American English (Du Bois et al.); GUM states they were made
  available for GUM under CC BY, courtesy of John W. Du Bois (UCSB). The SBC
  as distributed by LDC/TalkBank has its own terms.
* Wikipedia and Wikivoyage texts (CC BY-SA 3.0) require adapted versions of
  those texts to stay under CC BY-SA.
"""


def write_notice(path: Path, commit: str, records: list[dict], excluded: dict[str, str]) -> None:
    by_genre: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_genre[r["genre"]].append(r)
    lines = [NOTICE_HEAD.format(commit=commit)]
    for genre in sorted(by_genre):
        licence, url, source, stated = GENRES[genre]
        docs = by_genre[genre]
        lines.append(f"{genre} ({len(docs)} documents): {source}")
        lines.append(f"  licence: {licence}, {url}")
        lines.append(f"  licence as stated by GUM at {stated}")
        others = Counter(r["license"] for r in docs if r["license"] != licence)
        for other, n in sorted(others.items()):
            lines.append(f"  ({n} document(s) under {other} instead, see below)")
        lines.append("")
    lines.append("Per document: id, licence, source URL (as in GUM's metadata)")
    lines.append("-" * 60)
    for r in records:
        lines.append(f"{r['id']}\t{r['license']}\t{r['source']}")
    lines.append("")
    lines.append("Excluded train documents and genres")
    lines.append("-" * 35)
    for what, why in excluded.items():
        lines.append(f"{what}: {why}")
    lines.append("")
    lines.append(NOTICE_TAIL)
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mirror", type=Path, help="GUM clone: bare git dir or work tree")
    parser.add_argument("--rev", default="HEAD", help="revision of a bare mirror (HEAD)")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "tests" / "realtext" / "gum",
    )
    parser.add_argument("--log", type=Path, help="write every mention decision here (TSV)")
    args = parser.parse_args()

    mirror = Mirror(args.mirror, args.rev)
    splits = read_splits(mirror.read("splits.md"))
    train = splits.get("train", [])
    held_out = {d for name, docs in splits.items() if name != "train" for d in docs}
    if not train or set(train) & held_out:
        sys.exit("splits.md: no train list, or train overlaps dev/test")

    records = []
    log: list[Decision] = []
    excluded: dict[str, str] = {}
    for genre, why in EXCLUDED_GENRES.items():
        n = sum(1 for d in train if d.split("_")[1] == genre)
        excluded[f"{genre} ({n} train documents)"] = why
    for doc_id in sorted(train):
        genre = doc_id.split("_")[1]
        licence = licence_of(doc_id, genre)
        if licence is None:
            if genre in GENRES:
                excluded[doc_id] = "licence not confirmed (see scripts/make_gum_corpus.py)"
            elif genre not in EXCLUDED_GENRES:
                excluded[doc_id] = f"genre {genre!r} has no licence entry"
            continue
        doc = parse_conllu(doc_id, mirror.read(f"dep/{doc_id}.conllu"))
        if doc.meta.get("genre", genre) != genre:
            sys.exit(f"{doc_id}: genre {doc.meta.get('genre')!r} in metadata")
        record = {
            "id": doc_id,
            "genre": genre,
            "license": licence[0],
            "source": doc.meta.get("sourceURL", ""),
        }
        date = doc.meta.get("dateCreated", "")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) and date != "2000-01-01":
            record["date"] = date
        record["text"] = doc.text
        record["people"] = people_of(doc, log)
        check(record)
        records.append(record)

    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "train.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    write_notice(args.out / "NOTICE", mirror.commit(), records, excluded)
    if args.log:
        with args.log.open("w", encoding="utf-8") as fh:
            for d in log:
                fh.write(f"{d.doc}\t{d.name or '-'}\t{d.reason}\t{d.mention}\n")

    genres = Counter(r["genre"] for r in records)
    mentions = sum(len(p["spans"]) for r in records for p in r["people"])
    pairs = sum(len(r["people"]) for r in records)
    size = (args.out / "train.jsonl").stat().st_size
    print(f"{len(records)} documents, {pairs} (document, person) pairs, {mentions} mentions")
    print(f"train.jsonl: {size / 1e6:.2f} MB")
    for genre, n in sorted(genres.items()):
        g_pairs = sum(len(r["people"]) for r in records if r["genre"] == genre)
        g_mentions = sum(
            len(p["spans"]) for r in records if r["genre"] == genre for p in r["people"]
        )
        print(f"  {genre:13} {n:3} docs {g_pairs:5} pairs {g_mentions:5} mentions")


if __name__ == "__main__":
    main()
