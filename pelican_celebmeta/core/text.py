"""HTML to plain text with block and sentence structure.

The text is what every offset in the facts points into: inline whitespace is
collapsed to one space and blocks (paragraphs, headings, list items, quotes)
are joined by a blank line, so a name never spans two blocks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

# lxml is imported where HTML is parsed, not here: a build whose posts are all
# read by worker processes or come from the cache never needs it in its own
# process, which holds the whole site (lxml costs it several megabytes).

# Tags whose text is not prose a reader sees as part of the story.
_SKIP = frozenset({"script", "style", "template", "noscript", "code", "pre", "svg", "math"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "blockquote", "section", "article", "header", "footer",
        "aside", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd", "br",
        "hr", "main", "nav", "details", "summary", "caption",
    }
    | _HEADINGS
)  # fmt: skip
_EMPHASIS = frozenset({"em", "i", "cite"})
# Some sites set a comma as U+201A, the low quotation mark that looks like one:
# "his wife‚ Ruvé‚ at". Read as the comma it stands for (one character for one,
# so offsets hold).
_COMMAS = str.maketrans({"\u201a": ","})


def _commas(text: str) -> str:
    return text.translate(_COMMAS) if "\u201a" in text else text  # the same string if none


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like run of text: ``kind`` is ``p``, ``heading``, ``quote`` or ``item``."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Document.blocks


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    emphasis: frozenset[str] = frozenset()  # texts set in italics (see html_to_blocks)
    starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Where each sentence starts, for ``sentence_at``: asked thousands of times a post.
        object.__setattr__(self, "starts", tuple(s.start for s in self.sentences))

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the first if it is before them all)."""
        return max(bisect_right(self.starts, offset) - 1, 0)


def _parse(markup: str) -> etree._Element | None:
    if not markup or not markup.strip():
        return None
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return None
    return root


def html_to_blocks(markup: str, emphasis: list[str] | None = None) -> list[tuple[str, str]]:
    """The visible prose of ``markup`` as (kind, text) blocks, in reading order.

    The text of every ``em``, ``i`` and ``cite`` element is added to
    ``emphasis`` when given: titles of films, shows and songs are set that way.
    """
    root = _parse(markup)
    if root is None:
        return []
    blocks: list[tuple[str, str]] = []
    parts: list[str] = []
    kinds: list[str] = ["p"]

    def flush() -> None:
        text = " ".join("".join(parts).split())  # (what ``\s+`` is, and faster)
        parts.clear()
        if text:
            blocks.append((kinds[-1], text))

    from lxml import etree

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()  # its "end" event still comes, with the tail
                continue
            if emphasis is not None and tag in _EMPHASIS:
                emphasis.append(" ".join("".join(el.itertext()).split()))
            if tag in _BLOCKS:
                flush()
                if tag in _HEADINGS:
                    kinds.append("heading")
                elif tag == "blockquote":
                    kinds.append("quote")
                elif tag == "li":
                    kinds.append("item")
                else:
                    kinds.append(kinds[-1])
            if el.text and tag:
                parts.append(el.text)
        else:
            if tag in _BLOCKS:
                flush()
                if len(kinds) > 1:
                    kinds.pop()
            if el.tail and el is not root:
                parts.append(el.tail)
    flush()
    return blocks


# A sentence ends at . ! or ? (and closing quotes/brackets) before a space and
# an upper-case letter, digit or opening quote.
_SENTENCE_END = re.compile(
    r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[^\W_a-z])"
    # Copied text loses the space: "with 9.6 million fans.On February 17, ..."
    r"|[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
)
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "lt", "col", "sgt", "capt",
     "rev", "revd", "rt", "sta", "sto", "hon", "vs", "no", "mt", "ft", "inc", "ltd", "co", "approx", "est", "dept",
     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)  # fmt: skip


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``; abbreviations and initials do not end one."""
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.start()
        word_start = stop
        while word_start > begin and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start:stop]
        if text[stop] == "." and (
            word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())
        ):
            continue
        cut = match.end()
        spans.append((begin, len(text[begin:cut].rstrip()) + begin))
        begin = cut
    if begin < end:
        spans.append((begin, end))
    return spans


def make_document(blocks: list[tuple[str, str]], emphasis: Iterable[str] = ()) -> Document:
    """Join blocks into one text and index its blocks and sentences."""
    pieces: list[str] = []
    out_blocks: list[Block] = []
    offset = 0
    for kind, text in blocks:
        if pieces:
            pieces.append("\n\n")
            offset += 2
        out_blocks.append(Block(offset, offset + len(text), kind))
        pieces.append(text)
        offset += len(text)
    text = _commas("".join(pieces))
    sentences = [
        Sentence(s, e, i)
        for i, block in enumerate(out_blocks)
        for s, e in split_sentences(text, block.start, block.end)
    ]
    return Document(text, tuple(out_blocks), tuple(sentences), frozenset(emphasis))


def html_to_document(markup: str) -> Document:
    emphasis: list[str] = []
    blocks = html_to_blocks(markup, emphasis)
    return make_document(blocks, emphasis)


def text_to_document(text: str) -> Document:
    """A document over ``text`` as given (offsets unchanged): one block a line."""
    text = _commas(text)
    blocks: list[Block] = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            blocks.append(Block(m.start(), m.end(), "p"))
    sentences = [
        Sentence(s, e, i)
        for i, b in enumerate(blocks)
        for s, e in split_sentences(text, b.start, b.end)
    ]
    return Document(text, tuple(blocks), tuple(sentences))


# A paragraph that only links to another story ("Also read: ...", "(Also Read | ...",
# "READ MORE - ...") or captions an archive photo ("FILE - In this June 30, 2013 file
# photo, ..."): neither its news nor its people are the post's.
LINK_LINE = re.compile(
    r"\W{0,3}(?:(?i:also read|read also|read more|related(?: stories| articles| news)?"
    r"|see also|must read|don.t miss)\s*[:|–—-]|FILE\s*[-–—:]\s)"
)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], stop: int | None = None
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, when ``starts`` (in order) holds every place
    a match can open: the pattern is tried only there, and not inside a match already
    found. Matches opening at ``stop`` or after are left out."""
    found: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if stop is not None and at >= stop:
            break
        if at >= end and (m := pattern.match(text, at)) is not None:
            found.append(m)
            end = m.end()
    return found
