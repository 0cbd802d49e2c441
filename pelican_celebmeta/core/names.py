"""Find capitalised name phrases in a post and tell people from look-alikes.

A phrase is a run of capitalised words (with surname particles such as
"de la" or "van der" inside) in one sentence. Each phrase becomes a
``Candidate``: a place, an organisation, a brand, a work title, a full
person name, or a single word that may be a short reference to a person
("Cruise", "Tom", "Khayrova's"). Deciding uses cheap evidence only: the
given-name list, honorifics, descriptor words before the name, the words
after it, look-alike head words ("Park", "Charity") and a gazetteer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from .dates import FOLDS_TO_ASCII, MONTH_NAMES, VALENTINES_OCCASIONS
from .lexicon import COMMON_CLASS, PARTICLES_LIST, Lexicon, given_entry, notable_key
from .nameindex import GENERATIONS, NAME_SUFFIXES
from .text import Document

# A word: letters, inner apostrophes and hyphens (O'Brien, Smith-Okafor).
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Upper-case letters of the alphabets a name is written in (Latin, Greek,
# Cyrillic and their extensions); ``re`` has no \p{Lu}.
_UPPER = "".join(c for c in map(chr, range(0x41, 0x2000)) if c.isupper())
# A word that can be part of a name: capitalised, or a lower-case particle.
_PARTICLE_WORDS = "|".join(p for p in PARTICLES_LIST if p[-1] not in "'’")
# The letters a name's word can start with: the look-ahead on them turns away, at
# one test, the many places where no alternative can match.
_NAME_STARTS = _UPPER + "".join(sorted({p[0] for p in PARTICLES_LIST} | {"d", "l"}))
_NAME_WORD = re.compile(
    rf"(?<![^\W\d_])(?=[{_NAME_STARTS}])"
    rf"(?:[{_UPPER}]|(?:{_PARTICLE_WORDS}|d|l)(?![^\W\d_])|[dl](?=['’]))"
    # A "$" inside a word is a letter of a stage name: "A$AP Rocky", "Ke$ha"; so is a
    # digit between letters: "Not3s", "Josh2Funny".
    rf"[^\W\d_]*(?:\d+[^\W\d_]+)*(?:[-'’$][^\W\d_]+)*"
)
_BEFORE_WORD = re.compile(r"[^\s,;:()“”\"]+")
# A word that is a contraction, no name: "We've", "They'd".
CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m|t)$", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r",\s|\s(?:and|&)\s")
# Someone's partner right after a name, or an apposition only a person takes.
_PARTNER_AFTER = re.compile(
    r"\s+(?:and|with)\s+(?:his\s+|her\s+)?(?:wife|husband|girlfriend|boyfriend|fianc[ée]e?)\b"
)
#: "Lucia's father Billy": whose kin is named right after the possessive.
KIN_NAMED_AFTER = (
    r"['’]s\s+(?:(?:late|biological|baby|newborn)\s+)?(?:father|mother|dad|mum|mom|husband|"
    r"wife|son|daughter|sister|brother|boyfriend|girlfriend|fianc[ée]e?|grandmother|"
    r"grandfather)\s+(?-i:[A-Z])"
)
_WHO_AFTER = re.compile(
    r",\s+the\s+(?:man|woman|brains|mastermind)\s+(?:behind|who)\b|"
    # "Chandini, younger daughter of ...", "Ada, the wife of ...": someone's kin
    r",\s+(?:the\s+|a\s+)?(?:(?:younger|elder|older|eldest|oldest|youngest|only|late)\s+)?"
    r"(?:daughter|son|wife|husband|sister|brother|mother|father|niece|nephew|granddaughter|"
    r"grandson|widow|widower)\s+of\b|"
    # "Sebastian, Lin-Manuel Miranda's son, saw": whose kin, by name
    r",\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*['’]s\s+(?:(?:younger|elder|older|eldest|"
    r"oldest|youngest|only|late|baby|newborn)\s+)?(?:daughter|son|wife|husband|sister|brother|"
    r"mother|father|niece|nephew|granddaughter|grandson)\b[,.]|"
    rf"{KIN_NAMED_AFTER}|"
    # "Turki Al Sheikh, chairman of the General Entertainment Authority": an office
    r",\s+(?:the\s+)?(?:chairman|chairwoman|chairperson|(?:co-)?founder|CEO|chief executive|"
    r"president|managing director|director|editor|spokesman|spokeswoman|spokesperson)\s+of\b"
)
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_FOLLOW_WORD = re.compile(r"(?:['’]s)?\s*,?\s*([^\W\d_]+)")
_OPEN_QUOTES = "\"'“‘([*_"
_DASHES = "-–—"
_BULLETS = _DASHES + "•·"  # a list's item opens a sentence after its mark

# Words after a name that say a person is acting or speaking.
PERSON_VERBS = frozenset(
    """
    said says told tells added adds revealed reveals claimed claims insisted admitted
    confirmed denied posted shared wrote writes explained recalled joked gushed praised
    thanked slammed hit blasted responded replied announced married dated dating divorced
    split wed weds met attended arrived left wore wearing looked appeared seemed kissed
    hugged danced smiled laughed cried stunned dazzled debuted celebrated welcomed gave give
    reportedly allegedly finalised finalized filed sued was is has had who whose herself
    himself and congratulated congratulates wished tweeted quipped hinted teased vowed
    pleaded testified apologised apologized spoke speaks stated noted boasted urged
    """.split()
)
# Words before a name that take a person as their object ("met Kwame Okonkwo").
_SOCIAL_VERBS = frozenset(
    """
    met meets meeting dated dating dates married marrying marry wed weds kissed kissing hugged
    hugging joined joining divorced divorcing accompanied alongside beside befriended
    romancing romanced engaged fiancé fiancée congratulated thanked praised slammed
    """.split()
)
# A marriage to someone or a child's arrival: "a fairytale wedding to X", "her divorce
# from X", "announced the birth of X".
# Work that a person does, not a firm: "choreographed by X", "officiated by X".
_MADE_BY_SOMEONE = frozenset(
    """
    directed choreographed written penned composed hosted officiated helmed
    photographed painted sculpted interviewed narrated conducted co-hosted co-written
    """.split()
)
_TIED = frozenset(
    tuple(pair.split("_"))
    for pair in """
    wedding_to engaged_to engagement_to marriage_to married_to wed_to betrothed_to knot_with
    divorce_from birth_of wedding_of nuptials_of marriage_of engagement_of
    """.split()
)
_WEDS = frozenset({"married", "marries", "weds"})  # "Kyabazinga marries Jovia Mutesi"
_STRONG_VERBS = PERSON_VERBS - {"was", "is", "has", "had", "and"}
# Verbs of speech with the words themselves right after: said, wrote, commented.
_SPEECH_VERBS = frozenset(
    "said says told wrote writes added commented captioned posted replied responded joked gushed".split()
)
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*[\"“‘']")
# Words before a phrase that make it the title of a work, not a person.
WORK_CUES = frozenset(
    """
    premiere film movie series show sitcom drama thriller comedy musical album single song
    track record book novel memoir documentary sequel prequel franchise play role roles
    season episode cast starrer directorial flick
    """.split()
)
# Words that make the name after them a part played, unless one of _NOT_A_PART
# comes between ("played alongside Tom Hanks").
_PLAY_VERBS = frozenset("plays played playing portrays portrayed portraying voices voiced".split())
# Any of them, or "as", as a whole word of _BEFORE_WORD's: what _plays looks for first.
_PART_CUE = re.compile(
    rf"(?<![^\s,;:()“”\"])(?:as|{'|'.join(sorted(_PLAY_VERBS))})(?![^\s,;:()“”\"])", re.I
)
_CAST_WORDS = frozenset(
    "star stars starred starring cast role roles character characters appears appeared returns "
    "features featuring performance portrayal".split()
)
# Someone's turn as a part: "his turn as the grifter", "Grant's award-worthy turn as".
_OWN_TURN = re.compile(
    r"\b(?:his|her|their|[A-Z][\w’'-]*['’]s)\s+(?:[\w-]+\s+){0,2}turn as\s+"
    r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)
# The work a part is played in, named after it: "in All That Glitters", "in the film".
_WORK_AFTER_PART = re.compile(
    r"\bin (?:(?:the|a|an) )?(?:[A-Z]|(?:film|movie|series|drama|show|play|musical|sitcom)\b)"
)
_LIST_AFTER_AS = re.compile(r"\bas\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,\s*$")
_NOT_A_PART = frozenset(
    "alongside with opposite against for by and to beside behind under at in on".split()
)
_STAGE_PREFIXES = frozenset({"DJ", "Dj", "MC"})  # "Dj Neptune", as some outlets write it
_SUBTITLE = re.compile(r":\s*[A-Z]")
# Words that open a royal title of several: "Crown Prince", "Grand Duchess".
_TITLE_LEADS = frozenset({"Crown", "Grand", "Hereditary"})
_STYLE_OF_TITLE = frozenset({"Right", "Most", "Very", "Rt"})
# Picture agencies and wires, as a credit names them.
_AGENCIES = (
    r"Getty(?: Images)?|Shutterstock|Alamy|Reuters|Rex|Splash(?:News)?|Backgrid|WireImage|FilmMagic"
)
# Picture credits name photographers, not people of the story: "Rick Diamond/Getty Images",
# "James Veysey/BAFTA/Shutterstock", "David Mirzoeff - PA Images via Getty Images".
_CREDIT_AFTER = re.compile(
    r"[ \t]*/[ \t]*[A-Z]|[ \t]+[-–][ \t]+(?:[A-Z]{2,}[ \t]+)?(?:Images|Pictures|Photos)\b"
)
# A credit's own line: "Charles Dharapak, Associated Press" (the name opens the line).
_WIRE_LINE = re.compile(rf",[ \t]+(?:{_AGENCIES}|Associated Press|AP|AFP|EPA|PA)[ \t]*(?=\n|\Z)")
# "Jessica Kim jesskim@": a writer's address after the name.
_EMAIL_AFTER = re.compile(r"[ \t]+[\w.+-]+@")
_REPORTS_AFTER = re.compile(r"\s+reports?\b")
# The kind of work a category is split by, after a dash: "Best Motion Picture – Drama".
_CATEGORY_KINDS = frozenset("Drama Comedy Musical Documentary Animated Animation".split())
_CATEGORY_DASH = re.compile(r"\b(?:Best|Outstanding)\b[^.\n]{0,60}\s[–—-]\s$")
# A list of houses up to the phrase: "brands such as Ralph Lauren and ".
_BRANDS_LISTED = re.compile(
    r"\b(?:brands|labels)\s+(?:such as|like|including)\s+"
    r"(?:[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+))*$"
)
# The rest of a prize's name after " of " (no "the": "Jane Doe of the Webby Awards" is
# someone of its academy).
_OF_PRIZE_AFTER = re.compile(
    r" of (?:[A-Z][\w'’-]* )*(?:Award|Awards|Prize|Medal|Trophy|Lecture|Scholarship)\b"
)
# A web address's ending right after a word: "Goss.ie", "Pulse.ng", "TMZ.com".
_DOMAIN_AFTER = re.compile(
    r"\.(?:com|net|org|co|ie|uk|au|nz|za|ng|gh|ke|in|pk|ph|ca|tv|fm|io|news)\b(?![-'’])"
)
_CREDIT_BEFORE = re.compile(
    # an agency's name before the photographer's: "(Getty/Dominic Lipinski)"
    rf"(?:\b(?:{_AGENCIES})[ \t]*/[ \t]*|"
    r"\b[Pp]ost shared by|\b[A-Z]{2,}[ \t]*/[ \t]*|"
    # a wire story's credits: "(Reporting by Sam Tobin, editing by William James)"
    r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting) by|\b[Pp]hoto(?:graph)?s?(?: by|:)|\b[Ii]mages? by|\b[Cc]redit:|\b[Pp]ictures? by|"
    r"(?:Getty Images|WireImage|FilmMagic) for)\s*$"
)
_BYLINE = re.compile(
    r"\s*(?:(?:Written|Words|Reporting|Report|Story|Posted|Text)\s+[Bb]y|By|[—–-])\s*(?:[:|]\s*)?"
)
_LINE_ENDS = re.compile(r"[\s.]*(?:,|$)")
_HINDI_SMALL_WORDS = frozenset(("aur", "ki", "ka", "ke", "mein", "ko", "hai", "se"))
_CAPITALS = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
# Runs of capitals joined twice or more by Hindi's small words: "Rocky aur Rani ki Prem
# Kahani" (but not one link, "Ranbir Kapoor aur Alia Bhatt ki jodi": a pair of names).
_HINDI_GLUE = re.compile(rf" (?:{'|'.join(sorted(_HINDI_SMALL_WORDS))}) ")
_HINDI_TITLE = re.compile(rf"{_CAPITALS}(?:{_HINDI_GLUE.pattern}{_CAPITALS}){{2,}}")


_HOLIDAY = re.compile(r"['’]s? (?:Day|Eve)\b")
# "Valentine's weekend", "Valentine's card": the day's, as "Valentine's Day" is
_VALENTINES_THING = re.compile(
    rf"['’]s\s+(?:{VALENTINES_OCCASIONS}|party|celebrations?|cards?|gifts?|plans)\b"
)
_HOLIDAY_OWNER = re.compile(r"\b(?:Year|Valentine|Mother|Father|Patrick)['’]s $")
_CAST_NOUNS = frozenset(
    "star stars actor actress alum alumna alumnus contestant contestants castmate co-star"
    " director creator showrunner presenter host judge finalist housemate hitmaker".split()
)
_CAST_VERBS = frozenset("director presenter host judge".split())  # nouns that are verbs too
_POST_NOMINALS = frozenset("KC QC MP MSP MEP OBE MBE CBE KBE DBE CH OM PhD MD DDS Esq".split())
_PLACE_PREPS = frozenset(
    """
    in at near outside inside across around into through via from to
    """.split()
)


@dataclass(slots=True)
class Token:
    start: int
    end: int  # end of the name part (without a possessive 's)
    text: str
    sentence: int
    initial: bool  # first word of its sentence (after opening quotes)
    possessive: bool


@dataclass(slots=True)
class Candidate:
    """A capitalised phrase and what it was judged to be."""

    tokens: list[Token]
    kind: str  # person | short | place | organization | brand | work | other
    title: str | None = None  # honorific or royal title in front, e.g. "Prince"
    score: float = 0.0
    descriptors: list[str] = field(default_factory=list)
    title_start: int | None = None  # where the title begins, for the mention span
    probability: float = -1.0  # the learned model's, where it decided (see classifier.py)
    lone: bool = False  # a lone word that reads as a whole name ("Zendaya")
    character: bool = False  # a part played ("she plays Vanessa Woodfield")

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def sentence(self) -> int:
        return self.tokens[0].sentence


def tidy(surface: str) -> str:
    """One spelling whatever the post's typography: "O’Brien" is "O'Brien", one space,
    and "O' Connor" is "O'Connor"."""
    tidied = " ".join(surface.replace("’", "'").split())
    return _SPACED_APOSTROPHE.sub(r"\1", tidied) if "' " in tidied else tidied


# The prefix of an Irish or French surname spaced from the rest ("Pippa O' Connor").
_SPACED_APOSTROPHE = re.compile(r"\b([OD]') (?=[A-Z])")


def tokenize(doc: Document, particles: frozenset[str]) -> tuple[list[Token], frozenset[str]]:
    """Capitalised words and surname particles as tokens; every lower-case word as a set.

    Only the words a name can be made of become ``Token`` objects: building
    one per word would cost more than the rest of the reading.
    """
    text = doc.text
    lower = frozenset(w for w in set(_WORD.findall(text)) if not w[0].isupper())
    tokens: list[Token] = []
    sentences = doc.sentences
    index = 0
    count = len(sentences)
    for m in _NAME_WORD.finditer(text):
        word = m.group()
        if not word[0].isupper() and word not in particles and not _is_cap(word):
            continue
        start = m.start()
        while index < count and sentences[index].end <= start:
            index += 1
        if index == count:
            break
        possessive = False
        end = m.end()
        if len(word) > 2 and word[-2] in "'’" and word[-1] == "s":
            word, end, possessive = word[:-2], end - 2, True
        elif word[-1] == "s" and text[end : end + 1] in ("'", "’"):
            possessive = not text[end + 1 : end + 2].isalpha()
        sentence = sentences[index]
        initial = start == sentence.start or (
            start - sentence.start < 4
            and not text[sentence.start : start].strip(_OPEN_QUOTES + _BULLETS + " ")
        )
        tokens.append(Token(start, end, word, index, initial, possessive))
    return tokens, lower


def article_named(ctx: Context, word: str, at: int) -> bool:
    """Is the word at ``at`` a stage name told with its article in lower case ("the
    Weeknd", whom the notable list knows as "The Weeknd")?"""
    return (
        " " not in word
        and ctx.doc.text[max(0, at - 4) : at].lower() == "the "
        and notable_key(f"the {word}") in ctx.lex.notable
    )


def split_paired_names(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """Two names a hyphen pairs, as news pairs couples: "Ranbir Kapoor-Alia Bhatt",
    "Disha Patani-Tiger Shroff". Only between a first name and a capitalised word, with
    a first name after the hyphen and none before it ("Mary-Kate", "Catherine
    Zeta-Jones" stay whole)."""
    cuts = {i for i, tok in enumerate(tokens) if "-" in tok.text}
    if not cuts:
        return tokens
    out: list[Token] | None = None
    for i, tok in enumerate(tokens):
        left, sep, right = tok.text.partition("-") if i in cuts else (tok.text, "", "")
        split = (
            sep
            and 0 < i < len(tokens) - 1
            and left[:1].isupper()
            and right[:1].isupper()
            and "-" not in right
            and tokens[i - 1].end + 1 == tok.start
            and tok.end + 1 == tokens[i + 1].start
            and tokens[i + 1].text[:1].isupper()
            and tokens[i - 1].sentence == tok.sentence == tokens[i + 1].sentence
            and given_entry(lex, left) is None
            and (
                ((g := given_entry(lex, right)) is not None and g.frequency >= 2)
                or notable_key(f"{right} {tokens[i + 1].text}") in lex.notable
            )
            and (p := given_entry(lex, tokens[i - 1].text)) is not None
            and p.frequency >= 2
        )
        if split:
            if out is None:
                out = tokens[:i]
            cut = tok.start + len(left)
            out.append(Token(tok.start, cut, left, tok.sentence, tok.initial, False))
            out.append(Token(cut + 1, tok.end, right, tok.sentence, False, tok.possessive))
        elif out is not None:
            out.append(tok)
    return tokens if out is None else out


def _is_cap(word: str) -> bool:
    # (an Arabic name's article, hyphened: "Jamal al-Onzi", "Abdel Fattah el-Sisi")
    return word[:1].isupper() or (word[:3] in ("al-", "el-") and word[3:4].isupper())


def _initial(text: str, tok: Token) -> bool:
    """A middle initial ("A." in "Vivica A. Fox"), not the word it spells."""
    return len(tok.text) == 1 and tok.text.isupper() and text.startswith(".", tok.end)


def _is_shout(word: str) -> bool:
    """An all-capitals word (AIDS, TMZ, a headline): never part of a person's name."""
    return len(word) > 1 and word.isupper()


def _initials_first(words: list[str], lex: Lexicon) -> bool:
    """Two capitals before a surname: "JP McManus", "TJ Miller" (but not "UK Smith")."""
    return (
        len(words) == 2
        and len(words[0]) == 2
        and words[0].isalpha()
        and words[0] not in lex.gazetteer
        and not _is_shout(words[1])
        and (words[1] in lex.surnames or words[1].startswith(("Mc", "Mac", "O’", "O'")))
    )


def _billed_in_capitals(ctx: Context, tok: Token) -> bool:
    """Is a word in capitals a name some outlets write so ("JIMIN said")?

    Only after a role or before a verb of speech in lower case, so never in a
    headline in capitals ("BBC SAID NO").
    """
    if role_before(ctx, tok.start):
        return True
    follow = _FOLLOW_WORD.match(ctx.doc.text, tok.end, tok.end + 30)
    return follow is not None and follow.group(1) in _SPEECH_VERBS


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


_QUOTES = "\"“‘'"
#: A quoted nickname between a first name and a surname.
NICKNAME = re.compile(r"\s[\"“‘']([^\"“”‘’'\n]{1,30})[\"”’']\s")


_NEXT_CAP = re.compile(r"['’]s? ([A-Z][a-z]+)\b")
_SAINT = frozenset({"St", "Ste", "Mt", "Ft"})  # "St. Tropez", "Mt. Kilimanjaro"
_SANTA = frozenset({"Sta", "Sto"})  # Filipino surnames: "Jodi Sta. Maria", "Sto. Domingo"


def phrases(doc: Document, tokens: list[Token], lex: Lexicon) -> list[list[Token]]:
    """Runs of capitalised words joined by single spaces (particles allowed inside)."""
    text = doc.text
    out: list[list[Token]] = []
    i, n = 0, len(tokens)
    titles = lex.royal_titles | lex.honorifics
    while i < n:
        tok = tokens[i]
        if not _is_cap(tok.text):
            i += 1
            continue
        run = [tok]
        j = i + 1
        while j < n and not run[-1].possessive:
            nxt = tokens[j]
            gap = _gap(text, run[-1], nxt)
            if nxt.sentence != tok.sentence:
                break
            abbreviated_title = gap == ". " and (
                run[-1].text in titles
                or (run[-1].text in _SAINT and len(run) == 1)
                or (run[-1].text in _SANTA and len(run) > 1)
            )  # "Dr. Oz", "Producer Dr. Luke", "St. Tropez", "Jodi Sta. Maria"
            if gap in ("' ", "’ ") and run[-1].text in ("O", "D") and _is_cap(nxt.text):
                # "Pippa O' Connor": the prefix spaced from its surname, one word
                last = run[-1]
                word = f"{last.text}'{nxt.text}"
                run[-1] = Token(
                    last.start, nxt.end, word, last.sentence, last.initial, nxt.possessive
                )
                j += 1
                continue
            # An initial keeps its name together: "Samuel L. Jackson", "J.K. Rowling".
            initial = gap in (". ", ".") and _initial(text, run[-1])
            if gap not in (" ", "\u00a0") and not abbreviated_title and not initial:
                # 'Thomas "Bo" Boyer', 'Dwayne "The Rock" Johnson': a nickname inside the
                # name, not two people; the name goes on after it.
                # (a nickname in lower case is no token: 'Stephen “tWitch” Boss')
                quoted = gap[-1:] in _QUOTES or gap[1:2] in _QUOTES
                after = _after_nickname(text, tokens, j, run, lex) if quoted else None
                if after is None:
                    break
                run.append(tokens[after])
                j = after + 1
                continue
            if _is_cap(nxt.text):
                run.append(nxt)
                j += 1
                continue
            # Particles join only when a capitalised word follows them.
            k = j
            while (
                k < n
                and tokens[k].text.lower() in lex.particles
                and tokens[k].sentence == tok.sentence
            ):
                k += 1
            if (
                k > j
                and k < n
                and tokens[k].sentence == tok.sentence
                and _is_cap(tokens[k].text)
                and all(_gap(text, tokens[x], tokens[x + 1]) == " " for x in range(j - 1, k))
                and not (k == j + 1 and tokens[j].text == "e" and _runs_on(text, tokens, k))
            ):
                # Portuguese "e" joins two surnames ("Carvalho e Silva"), not two people
                # ("Anitta e Nia Holt"): the word after it must end the name.
                run.extend(tokens[j : k + 1])
                j = k + 1
                continue
            break
        pieces = [
            p for r in _split_two_stars(run, lex) for p in _split_at_headline_verb(doc, r, lex)
        ]
        for piece in pieces:
            for part in _split_couple(piece, lex):
                if len(part) > 1 or not _never_a_name(part[0], lex):
                    out.append(part)
        i = j
    return out


def _split_two_stars(run: list[Token], lex: Lexicon) -> list[list[Token]]:
    """Two well-known names with the comma between them lost: "Justin Bieber Jennifer
    Lopez and Kanye West were invited"."""
    if len(run) < 4:
        return [run]
    words = [t.text for t in run]
    for k in range(2, len(run) - 1):
        if (
            notable_key(" ".join(words[:k])) in lex.notable
            and notable_key(" ".join(words[k:])) in lex.notable
        ):
            return [run[:k], run[k:]]
    return [run]


# Verbs a headline puts between two names: "Ford Garrard Marries Taylor Davis".
_VERBS_BETWEEN_NAMES = frozenset(
    """
    marries weds dates divorces splits slams praises thanks joins meets kisses hugs
    defends supports congratulates honours honors welcomes introduces calls sues blasts slaps
    """.split()
)


def _split_at_headline_verb(doc: Document, run: list[Token], lex: Lexicon) -> list[list[Token]]:
    """A Title Case headline's "A Marries B" as the two names, without the verb.

    Only a verb that takes a person after it, between a name of two words or more
    that opens with a first name and a capitalised word, and never a word the name
    lists know as a surname.
    """
    if len(run) < 4:
        return [run]
    for k in range(2, len(run) - 1):
        word = run[k].text
        if (
            word.lower() in _VERBS_BETWEEN_NAMES
            and word[:1].isupper()
            and not run[k - 1].possessive
            and word not in lex.surnames
            and given_entry(lex, run[0].text) is not None
        ):
            sentence = doc.sentences[run[0].sentence]
            if not _headline(doc.text[sentence.start : sentence.end]):
                return [run]
            return [run[:k], run[k + 1 :]]
    return [run]


def _after_nickname(
    text: str, tokens: list[Token], j: int, run: list[Token], lex: Lexicon
) -> int | None:
    """The token of the surname after a quoted nickname that follows ``run``, if any."""
    first = run[-1].text
    if len(run) > 2 or not (
        given_entry(lex, first) or not (known_word(first, lex) or first.lower() in lex.roles)
    ):
        # "Actor Dwayne": a first name, perhaps after a word that describes; a name
        # no list knows may be one too ("Paddy ‘Rala’ O’Reilly").
        return None
    m = NICKNAME.match(text, run[-1].end)
    if m is None or len(m.group(1).split()) > 3:
        return None
    for k in range(j, min(j + 5, len(tokens))):
        if tokens[k].start == m.end():
            surname = tokens[k]
            if (
                surname.sentence == run[-1].sentence
                and _is_cap(surname.text)
                # a surname, or a word no list knows ("Michael “Wippa” Wipfli")
                and (surname.text in lex.surnames or not known_word(surname.text, lex))
            ):
                return k
            return None
        if tokens[k].start > m.end():
            return None
    return None


def known_word(word: str, lex: Lexicon) -> bool:
    """Does a list know the word: a stopword, a given name, a phrase of the gazetteer?"""
    return word.lower() in lex.stopwords or word in lex.given or word in lex.gazetteer


def _runs_on(text: str, tokens: list[Token], k: int) -> bool:
    """Does another capitalised word follow token ``k`` in the same run of capitals?"""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].sentence == tokens[k].sentence
        and _is_cap(tokens[k + 1].text)
        and _gap(text, tokens[k], tokens[k + 1]) == " "
    )


_SAINT_PREFIXES = frozenset({"Saint", "Sainte", "St", "Ste", "San", "Santa", "Sankt"})


def _split_couple(run: list[Token], lex: Lexicon) -> list[list[Token]]:
    """ "Ranbir Kapoor-Alia Bhatt": two names joined by a hyphen, as two runs.

    Only where a first name opens the second half and a word follows it, so
    "Catherine Zeta-Jones" and "Lee Min-ho" stay whole.
    """
    for k in range(1, len(run) - 1):
        tok = run[k]
        left, dash, right = tok.text.rpartition("-")
        given = lex.given.get(right) if dash and left[:1].isupper() else None
        if (
            given
            and given.frequency >= 2
            and right[:1].isupper()
            # "Jolie-Brad Pitt": a first name so common it outweighs the rare surname
            and (right not in lex.surnames or given.frequency >= 5)
            # "Mary-Kate Olsen" is one; after a first name, "Angelina Jolie-Brad Pitt" two
            and (not lex.given.get(left.rsplit("-", 1)[-1]) or run[k - 1].text in lex.given)
            # "Saint-Paul de Vence", "Saint-Jean-Cap-Ferrat": a place named for a saint
            and left.split("-", 1)[0] not in _SAINT_PREFIXES
        ):
            cut = tok.start + len(left)
            head = Token(tok.start, cut, left, tok.sentence, tok.initial, False)
            tail = Token(cut + 1, tok.end, right, tok.sentence, False, tok.possessive)
            return [[*run[:k], head], [tail, *run[k + 1 :]]]
    return [run]


def _month_named(lex: Lexicon, words: list[str], text: str, end: int) -> bool:
    """Is a month's word the given name of a two-word name ("Jan Versweyveld", "June
    Sarpong")? Only before a known surname or a word of no list, with no day after
    ("June Sarpong", not "May Day" or "Jan Smith 5")."""
    return (
        len(words) == 2
        and words[0] in lex.months
        and words[0] in lex.given
        and words[1] not in lex.months
        and words[1] not in lex.weekdays
        and (words[1] in lex.surnames or words[1].lower() not in lex.stopwords)
        and not _DAY_AFTER.match(text, end)
    )


_DAY_AFTER = re.compile(r"\s*,?\s*\d")


def _never_a_name(tok: Token, lex: Lexicon) -> bool:
    """A lone capitalised word that cannot be a name ("The", "Witnesses", "Monday")."""
    word = tok.text
    return (
        word.lower() in lex.stopwords
        or word in lex.months
        or word in lex.weekdays
        or word in lex.nationalities
    )


@dataclass(slots=True)
class Context:
    """Per-document facts the classifier reads."""

    doc: Document
    lex: Lexicon
    lower_words: frozenset[str]  # every word the post writes in lower case
    known_names: frozenset[str]  # registry names and aliases: always people
    word_counts: dict[str, int]  # how often each capitalised word occurs
    quoted_titles: tuple[tuple[int, int], ...] = ()  # spans of titles in quotes
    # The words of each sentence (by index) that can tell a title: see _work_by_context.
    work_cues: dict[int, set[str]] = field(default_factory=dict)
    # ``_words_before``'s answers, asked again and again of one name's position by the
    # rules that read the words before it
    words_before: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    # Names the post gives an animal ("their dog, Sunny"): nobody, wherever they stand.
    pets: frozenset[str] = frozenset()
    # Where the post writes a name that spans several runs, with its kind: one the
    # gazetteer lists ("Tegan and Sara"), or a Hindi title ("Rocky aur Rani ki ...").
    listed_spans: tuple[tuple[int, int, str], ...] = ()


# "their dog, Sunny", "her cat Olivia", "a puppy named Bo" (in lower case: not "Cats star";
# a dog of someone's, or named: not "Riding a fast horse, Gabriela led").
_PET_WORDS = (
    r"(?:dogs?|cats?|pupp(?:y|ies)|pups?|pooch|pets?|kittens?|pony|ponies|horses?|parrots?|"
    r"rabbits?|bunny|hamsters?)"
)
# Breeds that name no person's trade ("boxer", "pointer", "setter" do), as written before a
# pet's name: "French bulldog Dali", "poodle-terrier hybrid Allegra".
_BREEDS = (
    "bulldog poodle terrier retriever labrador spaniel chihuahua dachshund pug husky beagle "
    "corgi schnauzer labradoodle goldendoodle cockapoo cavapoo pomeranian rottweiler "
    "greyhound whippet sheepdog yorkie dalmatian samoyed doberman weimaraner"
).split()
_PET_NAMED = re.compile(
    rf"\b(?:(?:[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Ff]amily|[A-Z][\w'’-]*['’]s)\s+(?:[a-z-]+\s+)?{_PET_WORDS},?\s+|"
    rf"{_PET_WORDS}\s+(?:named|called)\s+|"
    rf"(?:{'|'.join(_BREEDS)})s?(?:\s+(?:hybrid|mix|cross))?,?\s+)"
    # (a pet's name of two words is one: "her dog Diamond Baby", "Swift's cat Olivia Benson")
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)


def make_context(
    doc: Document, tokens: list[Token], lower: frozenset[str], lex: Lexicon, known: frozenset[str]
) -> Context:
    counts: dict[str, int] = {}
    for tok in tokens:
        counts[tok.text] = counts.get(tok.text, 0) + 1
    cues: dict[int, set[str]] = {}
    for m in _WORK_CUE.finditer(doc.text):  # a few a post: one scan, not one per name
        cues.setdefault(doc.sentence_at(m.start()), set()).add(m.lastgroup or "")
    pets: frozenset[str] = frozenset()
    if "pet" in doc.text or not _ANIMALS.isdisjoint(lower):
        # (not a word that ends a longer name too: "Jenna Marbles" and her dog "Mr. Marbles")
        tails = {b.text for a, b in pairwise(tokens) if a.end + 1 == b.start}
        pets = frozenset(_PET_NAMED.findall(doc.text)) - tails
    return Context(
        doc,
        lex,
        lower,
        known,
        counts,
        _quoted_titles(doc.text),
        work_cues=cues,
        pets=pets,
        listed_spans=_spanning_names(doc.text, counts, lex)
        + (_hindi_titles(doc.text, lex) if not _HINDI_SMALL_WORDS.isdisjoint(lower) else ())
        + (_award_lines(doc.text, lex) if " – " in doc.text or " - " in doc.text else ()),
    )


# A line of a list of winners: "Best Male Artist of the Year – Kwesta – Dakar II", short
# parts of no sentence's marks.
_AWARD_LINE = re.compile(
    r"^(?P<category>[^\n–—,.;:!?\"“]{0,60}?\b(?:Best|Album|Song|Artist|Act|Record|Video|"
    r"Newcomer|Award|Prize|Year)\b[^\n–—,.;:!?\"“]{0,40}?) [–—-] (?P<winner>[^\n–—,;:!?\"“]{1,60}?)"
    r" [–—-] (?P<work>[^\s–—;:!?\"“][^\n–—;:!?\"“]{0,59}?)[ .]*$",
    re.MULTILINE,
)


def _award_lines(text: str, lex: Lexicon) -> tuple[tuple[int, int, str], ...]:
    """A list of winners, a line each, "Category – Artist – Work": the category names no
    one and the last part is the winning work, unless it reads as a person's name (a
    first name opens it, or it is a known name: "Song of the Year – Sugar – Nia Holt").
    Two such lines make a list; one may be a sentence's aside."""
    lines = list(_AWARD_LINE.finditer(text))
    if len(lines) < 2:
        return ()
    spans: list[tuple[int, int, str]] = []
    for m in lines:
        work = m.group("work")
        g = given_entry(lex, work.split()[0])
        if (g is not None and g.frequency >= 2) or notable_key(work) in lex.notable:
            continue
        spans.append((m.start("category"), m.end("category"), "other"))
        spans.append((m.start("work"), m.end("work"), "work"))
    return tuple(spans)


def _hindi_titles(text: str, lex: Lexicon) -> tuple[tuple[int, int, str], ...]:
    """Where a Hindi title runs over several capitalised runs, joined by the language's
    own small words ("Rocky aur Rani ki Prem Kahani"), which no name in English prose has:
    a work, unless one of its runs is a star named in full ("Shah Rukh Khan aur Kajol ki
    Jodi" names two people)."""
    return tuple(
        (m.start(), m.end(), "work")
        for m in _HINDI_TITLE.finditer(text)
        if not any(
            " " in part and notable_key(part) in lex.notable
            for part in _HINDI_GLUE.split(m.group())
        )
    )


_NAMED_ON = re.compile(r" [A-Z][a-z]|,? \(?\d")
_KIN_LISTED = re.compile(
    r"\b(?:her|his|their|our|my)\s+(?:\w+\s+)?(?:daughters?|sons?|twins|children|kids|"
    r"sisters?|brothers?|girls|boys)\s+$",
    re.IGNORECASE,
)


def _spanning_names(
    text: str, counts: dict[str, int], lex: Lexicon
) -> tuple[tuple[int, int, str], ...]:
    """Where the text names what the gazetteer lists over several runs ("Tegan and
    Sara"): looked for only after a first word the post has."""
    found: list[tuple[int, int, str]] = []
    for first in lex.spanning.keys() & counts.keys():
        for name, kind in lex.spanning[first]:
            at = text.find(name)
            while at != -1:
                end = at + len(name)
                whole = not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum()
                if (
                    whole
                    and not _NAMED_ON.match(text, end)  # "Tegan and Sara Quin", "Sara, 8"
                    and not _KIN_LISTED.search(text, max(0, at - 24), at)  # "her daughters"
                    and not any(a <= at < b for a, b, _ in found)
                ):
                    found.append((at, end, kind))
                at = text.find(name, end)
    return tuple(sorted(found))


# (a post without one of these words names no pet: the search is skipped)
_ANIMALS = frozenset(
    "dog dogs cat cats puppy puppies pup pups pooch kitten kittens pony ponies horse horses"
    " parrot parrots rabbit rabbits bunny hamster hamsters hybrid".split()
    + _BREEDS
)


def _words_before(ctx: Context, offset: int, limit: int = 6) -> list[str]:
    """The last ``limit`` words of the sentence before ``offset`` (a list the caller keeps
    as it is: it is shared)."""
    known = ctx.words_before.get((offset, limit))
    if known is None:
        known = ctx.words_before[offset, limit] = _read_words_before(ctx, offset, limit)
    return known


def _read_words_before(ctx: Context, offset: int, limit: int) -> list[str]:
    doc = ctx.doc
    # The start of the sentence holding ``offset``, as ``sentence_at`` finds it: asked
    # a hundred times a post, so without building the sentence.
    opening = doc.starts[max(bisect_right(doc.starts, offset) - 1, 0)]
    # A window of the sentence is enough: words are short, sentences can be long.
    start = offset - 24 * limit
    if start <= opening:
        return _BEFORE_WORD.findall(doc.text, opening, offset)[-limit:]
    return _BEFORE_WORD.findall(doc.text, start, offset)[1:][-limit:]  # the first may be cut


def singular_role(word: str, nouns: frozenset[str]) -> str | None:
    """The role a plural names ("singers", "actresses"), if it is one."""
    if word.endswith("s") and word[:-1] in nouns:
        return word[:-1]  # "artistes" is artiste, not artist
    if word.endswith("es") and word[:-2] in nouns and word[:-2].endswith(_ES_PLURALS):
        return word[:-2]  # "actresses", "heroes"; "premieres" are no premiers
    return None


_ES_PLURALS = ("s", "x", "z", "ch", "sh", "o")  # the endings "-es" makes a plural of


def plural_role(lex: Lexicon, word: str) -> bool:
    """Is a word in lower case a plural that only people hold ("singers", "politicians";
    not "partners", "producers", which bodies are too, nor "trainers", which are shoes)?"""
    return (
        word not in lex.role_nouns
        and word not in _ROLES_OF_BODIES
        and word != "trainers"
        and singular_role(word, lex.role_nouns) is not None
    )


def descriptors_before(ctx: Context, offset: int) -> list[str]:
    """Role words right before a name: "model and socialite", "her ex-husband"."""
    words = _words_before(ctx, offset)
    taken: list[str] = []
    for word in reversed(words):
        bare = word.strip(".'’").lower()
        if (
            bare in ctx.lex.roles
            or word in ctx.lex.nationalities
            # "rapper/producer Kardinal Offishall": two roles in one
            or ("/" in bare and all(part in ctx.lex.roles for part in bare.split("/")))
        ):
            taken.append(word)
        elif not taken and word.islower() and (one := singular_role(bare, ctx.lex.role_nouns)):
            # "fellow singers X and Y": each of them a singer.
            taken.append(word[: len(one)])
        else:
            break
    while taken and taken[-1].lower() in ("and", "&"):
        taken.pop()
    return [" ".join(reversed(taken))] if taken else []


_AGE_AFTER = re.compile(
    r"(?:['’]s)?,\s*(?:who is |who's |who’s |currently |now |aged |age )?(\d{1,3})(?=[,.;)]|\s+(?:and|is|was|has|who|at|in|on|with)\b|\s+(?:--|–|—)\s)"
    # "Oshio Manabu (28)": two digits, not a score or a count ("Arsenal (2)").
    r"|\s\((?:aged |age )?(\d{2,3})\)"
    # A child's age in words, set off like a number: "Liberty, seven, Johnny, five,".
    r"|,\s*(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?=,\s*(?:and\b|[A-Z])|\s+and\b)"
)
_AGE_WORDS = {
    w: i + 1
    for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())
}
# The label of a picture's caption or credit, before its colon: "(Credit: ITV)".
_CAPTION_LABELS = frozenset(
    "Credit Credits Photo Photos Picture Pictures Pic Pics Image Images Source Caption".split()
)
# A weekday cut short before a date: "Thu, 07 Jul 2005", "Sat 12 March".
_WEEKDAY_SHORT = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())
_DATE_AFTER = re.compile(
    rf",?[ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{MONTH_NAMES})\b|(?:{MONTH_NAMES})\.?[ \t]+\d"
    r"|\d{1,2}/\d)"
)
# What follows a name introduced on its own: a comma, a colon, a dash or the line's end.
_SET_OFF = re.compile(r"[ \t]*(?:[,:–—]|\n|\Z)")
# Festivals and seasons by their one word: no one's name ("Merry Christmas", "Happy Diwali").
HOLIDAY_WORDS = frozenset(
    "Christmas Xmas Easter Diwali Deepavali Eid Hanukkah Chanukah Thanksgiving Halloween "
    "Holidays Ramadan Holi Navratri Pongal Onam Kwanzaa Passover Hogmanay Lent".split()
)
_GREETINGS = frozenset("Merry Happy Joyous Blessed".split())
# Numbers in words: a channel ("Nine"), a count, no one's name.
_NUMBER_WORDS = frozenset(_AGE_WORDS) | frozenset(
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred thousand million".split()
)
# Ordinals that open a place's or a body's name ("Fifth Settlement", "Third Street"); not
# "First" or "Second", which open titles ("First Lady ...").
_ORDINALS = frozenset(
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth".split()
)
# "three-year-old Jack", "the 9-year-old twins, Sasha": an age told before the name.
_AGE_BEFORE = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"-year-old(?:\s+(?:son|daughter|twins?|boy|girl|sons|daughters))?,?\s+$",
    re.IGNORECASE,
)


def age_after(ctx: Context, end: int) -> int | None:
    m = _AGE_AFTER.match(ctx.doc.text, end)
    if m is None:
        return None
    if m.group(3):
        return _AGE_WORDS[m.group(3)]
    age = int(m.group(1) or m.group(2))
    return age if 0 < age < 120 else None


# Groups a prize or a body is named for: "Viewers' Choice", "Teachers' Union".
_AUDIENCES = frozenset(
    "viewers fans readers listeners kids children teachers workers parents players voters".split()
)
_NAME_AFTER_POSSESSIVE = re.compile(r"(?:['’]s)?\s+([A-Z][\w-]*)\b(?!['’])")
_CHILDREN = re.compile(r"\b(?:children|kids|sons|daughters|grandchildren)\b", re.IGNORECASE)


def _child_listed(ctx: Context, token: Token) -> bool:
    """Is a word an item, with its age, of a list of someone's children? Children are
    named for places and saints as often as not ("Chicago, 4", "Saint, 6")."""
    text = ctx.doc.text
    if not text.endswith((", ", " and "), 0, token.start) or age_after(ctx, token.end) is None:
        return False
    opening = ctx.doc.sentences[token.sentence].start
    return _CHILDREN.search(text, max(opening, token.start - 80), token.start) is not None


def age_before(ctx: Context, start: int) -> bool:
    return _AGE_BEFORE.search(ctx.doc.text, max(0, start - 40), start) is not None


def _head_kind(
    words: list[str], lex: Lexicon, first_is_given: bool, after_the: bool = False
) -> str | None:
    last = words[-1]
    if last in lex.place_heads:
        return "place"
    if last in lex.org_heads:
        return "organization"
    # After a first name, a weak head may be a surname ("Jordan Hill", "Ashley Green");
    # after an article, one no one bears is the place's or the body's ("The Juliet Club").
    # A place's word is the place's after a first name too, unless the surname lists
    # know it as more than a rarity ("Uhuru Gardens", "London Town"); a body's word may
    # end a stage name ("Kojo Funds").
    given = first_is_given and len(words) <= 2
    if last in lex.weak_place_heads and not (given and lex.surnames.get(last)):
        return "place"
    if last in lex.weak_org_heads and not (
        given and (not after_the or last in lex.surnames or last == "Star")
    ):
        return "organization"
    return None


_PAIRED = re.compile(r"((?:[A-Z][\w'’-]*\s){0,3}[A-Z][\w'’-]*),?\s(?:and|&|or)\s$")
_VERB_PRODUCTS = frozenset({"look", "looks"})  # "Elle Fanning looks stunning"
_MODELLED = frozenset(
    "walked walks modelled modeled modelling modeling models designed designs fronted".split()
)
_RANGES = frozenset(
    "collection line range capsule campaign ambassador collaboration collab".split()
)
_WEAR_WORDS = frozenset(
    "custom vintage bespoke wore wearing wears worn donned sporting dressed in".split()
)


def _brand_context(ctx: Context, cand_start: int, cand_end: int) -> bool:
    """Is a name that is also a fashion house used as the brand here?"""
    before = [w.lower() for w in _words_before(ctx, cand_start, 4)]
    after = _TWO_WORDS_AFTER.match(ctx.doc.text, cand_end, cand_end + 40)
    if after and any(
        w is not None and (w.lower() in ctx.lex.products or w.lower() in _RANGES)
        for w in after.groups()
    ):
        # "a Tom Ford suit", "her Jimmy Choo collaboration", "an Oscar de la Renta mini
        # dress", "her Vera Wang wedding gown"
        return True
    # "walked for Tom Ford and Stella McCartney": the second house of a pair.
    head = _PAIRED.search(ctx.doc.text, max(0, cand_start - 40), cand_start)
    if head and ctx.lex.gazetteer.get(head.group(1)) == "brand":
        if _brand_context(ctx, head.start(1), head.end(1)):
            return True
    if len(before) > 1 and before[-1] == "for" and before[-2] in _MODELLED | _RANGES:
        return True  # "has walked for Tom Ford", "her collection for Jimmy Choo"
    if before and before[-1] in _WEAR_WORDS:
        return True  # "wore Jimmy Choo", "dressed in Erdem"
    text = ctx.doc.text
    if before and before[-1] in _OWNED and not text.startswith(("'s", "’s"), cand_end):
        return True  # "LVMH, who owns Louis Vuitton": a business is owned, a person not
    if text.startswith(("'s ", "’s "), cand_end) and (
        (venue := _HOUSE_VENUE.match(text, cand_end + 3)) and venue.group(1) in _HOUSE_VENUES
    ):
        return True  # "Ralph Lauren's The Polo Bar": the house's restaurant, so the house
    if text[cand_start:cand_end] in ctx.lex.designers and (
        (len(before) > 1 and before[-1] == "by" and before[-2] in _MAKING)
        or (len(before) > 1 and before[-1] == "designer" and before[-2] in ("by", "from"))
    ):
        # "a gown designed by Stella McCartney", "shoes by designer Christian Louboutin":
        # the designer in person (but "designed by Louis Vuitton", a house whose founder
        # is no one in the news, is the house)
        return False
    # "wore a caramel Victoria Beckham trench", "a dress by Emilia Wickstead"
    return any(w in _WEAR_WORDS or w in ctx.lex.products for w in before[:-1]) and (
        before[-1] in ("by", "from") or any(w in ("wore", "wearing", "donned") for w in before)
    )


_OWNED = frozenset({"owns", "owned"})
# Where a house serves its customers under a name of its own (not "Holland Park mansion",
# "London Fashion Week show": a person's home, a person's show).
_HOUSE_VENUES = frozenset(
    "Bar Restaurant Café Cafe Boutique Store Shop Hotel Lounge Bistro".split()
)
# The capitalised name after a house's possessive, up to its last word.
_HOUSE_VENUE = re.compile(r"(?:The )?(?:[A-Z][\w'’-]* ){0,2}([A-Z][\w-]*)\b(?!['’])")
_TWO_WORDS_AFTER = re.compile(r"\s*([^\W\d_]+)(?:[\s-]+([^\W\d_]+))?")
# What a label makes that no person is: "a Zuhair Murad number", "her Thom Browne look"
# (a show or a collection may be a star's: "a Taylor Swift show").
# (in the plural, also without an article: "in coordinated Tom Ford ensembles")
_PLURAL_GARMENTS = frozenset(
    "gowns dresses suits tuxedos jackets coats outfits ensembles looks creations designs "
    "heels shoes boots pumps".split()
)
_GARMENTS = _PLURAL_GARMENTS | frozenset(
    "gown dress suit tuxedo tux jacket coat blazer skirt jumpsuit corset bodysuit minidress "
    "frock outfit ensemble look number creation design couture bag handbag clutch trench "
    "cape blouse kaftan bikini swimsuit lehenga saree sari sherwani kurta anarkali".split()
)
# Words that open a garment's noun phrase before the label's name.
_GARMENT_OPENERS = frozenset(
    "a an her his their my the same custom custom-made bespoke vintage archival gorgeous "
    "stunning beautiful elegant chic sleek sheer strapless matching white black red pink "
    "blue green gold golden silver nude ivory cream sequinned sequined embellished floral "
    "flowing plunging latest favourite favorite signature".split()
)


# A noun after the garment that makes the name its wearer's: "wedding dress replica".
_OF_THE_DRESS = re.compile(
    r"[ \t]+(?:replicas?|copy|copies|dupes?|designer|designer['’]s|lookalikes?|look-alikes?|"
    r"inspired|moment|style)\b"
)
# Words between a label and its garment: "mini dress", "wedding gown".
_GARMENT_KINDS = frozenset("mini midi maxi wedding bridal evening ball cocktail".split())


def _worn(ctx: Context, run: list[Token]) -> bool:
    """Is the run a label named in a garment's noun phrase, worn ("in a gorgeous Zuhair
    Murad number", "wore her same Thom Browne look"; not "a Taylor Swift number", "the
    Emma Stone dress from the Oscars" or "a Harry Styles look-alike")?"""
    if run[-1].possessive:
        return False
    text = ctx.doc.text
    after = _NEXT_WORD.match(text, run[-1].end, run[-1].end + 30)
    if after is not None and after.group(1).lower() in _GARMENT_KINDS:
        # "a ... mini dress", "a bespoke ... wedding dress" (but "a Princess Diana wedding
        # dress replica", "the Meghan Markle wedding dress designer" name the bride)
        after = _NEXT_WORD.match(text, after.end(), after.end() + 30)
        if after is not None and _OF_THE_DRESS.match(text, after.end()) is not None:
            return False
    if after is not None and after.group(1).islower() and after.group(1) not in _GARMENTS:
        # one describing word after the label: "in a Johanna Ortiz gold dress"
        after = _NEXT_WORD.match(text, after.end(), after.end() + 30)
    if (
        after is None
        or after.group(1).lower() not in _GARMENTS
        or text.startswith("-", after.end())
    ):
        return False
    raw = _words_before(ctx, run[0].start, 6)
    before = [w.lower() for w in raw]
    # "her Thom Browne look"; "a chic and timeless three-piece Tom Ford suit": describing
    # words back to an opener, then the openers before it ("in a gorgeous").
    at = len(before)
    while (
        at > 0
        and before[at - 1] not in _GARMENT_OPENERS
        and before[at - 1] not in _WEARING
        and before[at - 1] != "in"
        and _DESCRIBING.fullmatch(raw[at - 1])
    ):
        at -= 1
    if at == 0 or before[at - 1] not in _GARMENT_OPENERS:
        # "in gold-hued coordinated Tom Ford ensembles": no article before a plural
        return at > 0 and before[at - 1] == "in" and after.group(1).lower() in _PLURAL_GARMENTS
    while at > 0 and before[at - 1] in _GARMENT_OPENERS:
        at -= 1
    # "in" only right before the phrase ("in a gorgeous X number"; not "in tears after a").
    return any(w in _WEARING for w in before[:at]) or (at > 0 and before[at - 1] == "in")


# Words of wearing or choosing what to wear, but "in", which opens a garment's phrase
# only right before it.
_WEARING = (_WEAR_WORDS | {"clad", "sported", "opted", "chose", "picked", "rocked"}) - {"in"}
# A describing word in lower case between an opener and a label: "chic", "three-piece".
_DESCRIBING = re.compile(r"[a-z][a-z-]*")


def _made_by(ctx: Context, start: int) -> bool:
    """ "a ring by Harry Winston": any maker named after a product is a brand."""
    # (the text first, spaces collapsed: most names follow no "by", and reading the
    # words before costs more)
    if ctx.doc.text[max(0, start - 3) : start].lower() != "by ":
        return False
    before = [w.lower() for w in _words_before(ctx, start, 4)]
    if len(before) >= 3 and before[-3] in _STAGE_CRAFTS:
        return False  # "sound design by Tom Gibbons": a credit on a show, not a label
    if len(before) >= 2 and (before[-2] in _MAKING or _DEED.fullmatch(before[-2])):
        # "a ring designed by Jean Dousset": the designer did; "the show was hosted by
        # Trevor Noah": a deed, not a make
        return False
    return bool(before) and before[-1] == "by" and any(w in ctx.lex.products for w in before[:-1])


def _garment_from(ctx: Context, start: int) -> bool:
    """ "a classic ensemble from Ann Cranberry": a label's. (Asked after the notable
    names: "a dress from Kim Kardashian" may be her gift.)"""
    if not ctx.doc.text.endswith("from ", 0, start):
        return False
    before = _words_before(ctx, start, 2)
    return len(before) == 2 and before[-1] == "from" and before[-2].lower() in _GARMENTS


# What a person does "by" someone, not a maker's credit ("earrings provided by X").
_DEED = re.compile(
    r"hosted|presented|directed|written|produced|performed|attended|organi[sz]ed|officiated|"
    r"narrated|judged|interviewed|photographed|accompanied|joined|led"
)
_STAGE_CRAFTS = frozenset("sound set lighting video costume production stage".split())
_MAKING = frozenset("designed created handmade hand-made tailored".split())


_HONOURS = frozenset(
    "nominee nominees nomination nominations nod nods winner winners award awards trophy".split()
)
_PRIZE = re.compile(r" d['’][Oo]r\b")  # "Palme d'Or", "Ballon d'Or"
_PRIZE_ROLES = frozenset("winner winning nominee nominated".split())
_PRIZE_WORDS = _HONOURS | _PRIZE_ROLES
# The categories a prize list runs on with: "Best Country Album, Song, and ..."
_CATEGORY_LIST = re.compile(
    r"\bBest(?: [A-Z][\w'’-]*)+(?:, (?:and )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)*,? (?:and )?$"
    r"|\bBest(?: [A-Z][\w'’-]*)+ \($"  # "Best New Actor (Drama)"
)


def _category_listed(text: str, start: int) -> bool:
    """Is a prize's list of categories running up to ``start``?"""
    lo = max(0, start - 80)
    return text.find("Best", lo, start) != -1 and bool(_CATEGORY_LIST.search(text, lo, start))


#: Words of a prize's category that only people win: "Best Actress in a Drama", "Lyrics".
PEOPLE_CATEGORY_WORDS = (
    r"(?:Actor|Actress|Director|Screenplay|Writer|Makeup|Make-up|Cinematographer|Designer|"
    r"Producer|Artiste?|Singer|Rapper|DJ|Comedian|Host|Presenter|Newcomer|Performer|Male|"
    r"Female|Vocalist|Personality|Influencer|Lyricist|Lyrics|Composer|Choreographer|Debut|"
    r"Achievement|Story|Dialogue|Lead|Supporting|Rookie|Entertainer|Musician|Songwriter|"
    r"Footballer|Player|Sportsman|Sportswoman|Model)"
)
#: Words of a category a film or a show wins (not music's: "Best Rap Album: Asake" names
#: the artist).
WORK_CATEGORY_WORDS = r"(?:Film|Picture|Movie|Series|Show|Drama|Documentary)s?"
# A prize's category for a work, at the start of its line: "Best Film (Critics'): ".
_WORK_CATEGORY = re.compile(
    r"(?:^|\n)(?:[—–•*-][ \t]*)?(?:Best|Outstanding)\b([^:\n]{0,50})\b(?:"
    + WORK_CATEGORY_WORDS
    + r"|Plays?|Musicals?|Programmes?|Programs?)\b(?:[ \t]*\([^)\n]{0,30}\))?:[ \t]*$"
)
_PEOPLE_IN_CATEGORY = re.compile(rf"\b{PEOPLE_CATEGORY_WORDS}\b")
#: "for" and a work after a winner: "Best Music Album: Pritam for Brahmastra".
FOR_WORK_AFTER = re.compile(r"[ \t]+for[ \t]+[A-Z‘'\"“]")


def _work_won(text: str, start: int, end: int) -> bool:
    """Is the phrase the winner of a prize for a film or a show ("Best Film: Gangubai
    Kathiawadi", "Best Drama Series: Succession"; not "Best Actress in a Drama: Bimbo
    Akintola", nor "Best Film: Nia Holt for Anikulapo")?"""
    if text.find("Best", max(0, start - 80), start) == -1 and (
        text.find("Outstanding", max(0, start - 80), start) == -1
    ):
        return False
    m = _WORK_CATEGORY.search(text, max(0, start - 80), start)
    return (
        m is not None
        and _PEOPLE_IN_CATEGORY.search(m.group(1)) is None
        and FOR_WORK_AFTER.match(text, end) is None
    )


# "of Call New Orleans" (a title), not "of Laodicea" (a person's place).
_OF_PLACE = re.compile(r" of (?:the )?[A-Z][\w'’]* [A-Z]")
# A year right after an event's name names its edition: "Angel Ball 2015".
_EVENT_NAMES = frozenset(
    "Ball Gala Awards Festival Fest Cup Games Olympics Party Show Week Tour Prom Summit".split()
)
#: A year right after a name: "Angel Ball 2015", "the BRITs 2019" (not "2015's", "2015,3").
EDITION_AFTER = re.compile(r"[ \t]+((?:19|20)\d\d)\b(?!['’,]\d|['’]s)")
# "Tim Burton's Beetlejuice Beetlejuice": a work, after its maker's possessive.
_MAKERS = re.compile(r"[A-Z][\w'’.-]*['’]s\s+(?:The\s+)?$")
# A place after a name makes it the name of the place: "Charles de Gaulle airport".
_NAMED_PLACES = frozenset({"airport", "winery", "vineyard"})
# A venue's noun right before a name makes it the venue's.
_VENUES = ("restaurant", "nightclub", "hotspot", "eatery", "bistro", "hotel", "lounge")
_VENUE_NOUNS = rf"(?:{'|'.join(_VENUES)})"
_VENUE_BEFORE = re.compile(rf"\b{_VENUE_NOUNS}\s+$", re.IGNORECASE)
# The same noun after a word that describes the venue ("the luxury hotel Eden Rock", "the
# Japanese restaurant Sexy Fish", "at restaurant Delilah"), not after an article or an
# owner's word ("back at the hotel Dani Brennan changed", "at her restaurant Ana greeted").
_DESCRIBED_VENUE = re.compile(
    r"(?:^|\s)(?!(?:the|a|an|her|his|their|our|my|its|this|that)\s)[\w-]+ "
    rf"{_VENUE_NOUNS}\s+$",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:at|from|of|to|into|via|the|leaving)|['’]s)\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)  # "at the exclusive Craggy Range winery"
_OF_NAME = re.compile(r"\b([A-Z][a-z]+) of $")
# A drink poured: "flutes of Hennessy Paradis", "shots of Don Julio".
_POURED = re.compile(
    r"\b(?:glass(?:es)?|flutes?|bottles?|shots?|magnums?|pints?|cans?|crates?|sips?|drams?|"
    r"cups?|jugs?|pitchers?|cocktails?|tumblers?) of $",
    re.IGNORECASE,
)
_BILLING = frozenset({"Starring", "With", "Featuring", "Presents", "Meets", "Versus", "Vs"})


def _notable_span(ctx: Context, run: list[Token]) -> Candidate | None:
    """The longest well-known name in a run of capitals, as a person.

    A famous name is a person even where a cue word would make it a title
    ("the TV drama, Kieran Culkin"); words before it describe them ("Senators
    Manny Pacquiao") and capitals after it are a headline's ("Ben Affleck Dine
    in France"). A title that is part of the name stays ("Lady Gaga"), one
    before it is a title ("Sir Elton John"), a royal's is read as usual. A run
    named for someone ("the Elton John AIDS Foundation") or billing them ("The
    Tonight Show Starring Jimmy Fallon") is not them.
    """
    lex = ctx.lex
    text = ctx.doc.text
    firsts = [notable_key(t.text) in lex.notable_first for t in run]
    if not any(firsts[:-1]):
        return None
    named_for = run[-1].text in lex.all_heads
    n = len(run)
    # "The Tonight Show Starring Jimmy Fallon" is a show, not him.
    titled = [i for i, t in enumerate(run) if t.text in _BILLING]
    for size in range(n, 1, -1):
        for i in range(n - size + 1):
            j = i + size
            if not firsts[i] or (j < n and named_for) or (titled and titled[0] < i):
                continue
            if run[i].text in lex.royal_titles:
                continue  # "Prince William": a royal's title is read as usual
            if notable_key(text[run[i].start : run[j - 1].end]) in lex.notable:
                while j < n and run[j].text.rstrip(".") in NAME_SUFFIXES:
                    j += 1  # "Hank Williams Jr."
                last = run[j].text if i == 0 and j == n - 1 else ""
                if lex.surnames.get(last, 0) >= 2 or (
                    lex.surnames.get(last) and ctx.word_counts.get(last, 0) > 1
                ):
                    # "David Lee Murphy": a longer name, read as usual; "Nicola Peltz
                    # Beckham" in a post about the Beckhams: a married name.
                    return None
                before = run[i - 1] if i else None
                if (
                    i == 1
                    and given_entry(lex, before.text)
                    and before.text.lower() not in lex.roles
                    and before.text.lower() not in lex.stopwords
                    and before.text not in lex.nationalities
                    and kin_before(ctx, before.start)
                ):
                    # "his wife Sadaf Fawad Khan": her name, with her husband's after it
                    return None
                if before is not None and (
                    before.text in lex.honorifics or before.text in lex.royal_titles
                ):
                    # "Sir Elton John": Elton John, titled Sir.
                    return Candidate(
                        run[i:j],
                        "person",
                        before.text,
                        10.0,
                        descriptors_before(ctx, before.start),
                        title_start=before.start,
                    )
                # "radio host Kyle Sandilands": a star is described like anyone else.
                return Candidate(
                    run[i:j],
                    "person",
                    score=10.0,
                    descriptors=descriptors_before(ctx, run[i].start),
                )
    return None


def _quoted(ctx: Context, start: int, end: int) -> bool:
    """A name set in quotes ("Corazón de Neón,") is a title, not a person."""
    text = ctx.doc.text
    opening = text[start - 1 : start]
    closing = text[end : end + 2]
    # Straight and curly marks are often mixed: 'Just Mercy’.
    return opening in ("“", '"', "‘", "'") and (
        closing[:1] in ("”", '"', "’", "'") or closing[1:2] in ("”", '"', "’", "'")
    )


_KIN = frozenset(
    """
    son sons daughter daughters child children kids baby wife husband boyfriend girlfriend
    fiancé fiancée fiance fiancee partner sister brother mother father mum mom dad
    stepson stepdaughter granddaughter grandson niece nephew twin twins tot
    """.split()
)


def role_before(ctx: Context, start: int) -> bool:
    """Is the word right before a person's role, written in lower case ("songstress Destra")?"""
    before = _words_before(ctx, start, 2)
    if not before:
        return False
    role = before[-1].lower()
    # (a plural only in lower case: "singers Ana and Rui", not "Models Inc")
    if not (role in ctx.lex.role_nouns or (before[-1].islower() and _role_noun(ctx.lex, role))):
        return False
    if not before[-1].islower():
        # Capitalised only as the sentence's first word: "Musician Oteya announced",
        # "MUSICIAN Oteya" (but not "Copy Editor Oteya" inside a sentence).
        doc = ctx.doc
        opening = doc.text[doc.sentences[doc.sentence_at(start)].start : start].split()
        return len(opening) == 1
    if len(before) > 1 and before[-2].lower() == "best":
        return False  # a prize: "a best actress Tony"
    # Only a space between: not 'Copy editor: “There’d be'.
    return ctx.doc.text.endswith(f"{before[-1]} ", 0, start)


# "politicians like X", "TV moguls such as X", "actresses including X": examples of a
# role in the plural, in lower case ("looks like X", "brands like X" name no role).
EXAMPLES_AFTER = (" like ", " as ", " including ")
_EXAMPLES_OF = re.compile(r"\b([a-z][\w-]*s) (?:like|such as|including) $")


def role_examples_before(ctx: Context, start: int) -> bool:
    """Is a name the first example of a role in the plural ("politicians like X")?"""
    text = ctx.doc.text
    if not text.endswith(EXAMPLES_AFTER, 0, start):
        return False  # (most names: a test far cheaper than the search)
    m = _EXAMPLES_OF.search(text, max(0, start - 40), start)
    return m is not None and plural_role(ctx.lex, m.group(1))


def role_apposed(ctx: Context, start: int, end: int) -> bool:
    """Is a name set off by commas right after a role only a person holds ("the music
    star, Oritsefemi, will wed", "made by the director, Spielberg.")? The closing comma
    tells an apposition from a list ("the singer, Adele and Sam Smith"); a role a
    company holds too ("the broadcaster, Bravo,", "his manager, Sony,") says nothing."""
    text = ctx.doc.text
    if not (
        text.startswith(",", end)
        or (text.startswith(".", end) and text[end + 1 : end + 2] in ("", " ", "\n"))
    ):
        return False
    before = _words_before(ctx, start, 1)
    if not before or not before[-1].islower() or before[-1] in _ROLES_OF_BODIES:
        return False
    word = text[start:end]
    if word.lower() in ctx.lower_words or word.lower() in ctx.lex.stopwords:
        return False  # "To the singer, Christmas, above all"
    role = before[-1]
    return _role_noun(ctx.lex, role) and text.endswith(f"{role}, ", 0, start)


def _role_noun(lex: Lexicon, word: str) -> bool:
    """Is a word in lower case a person's role, or the plural of one ("singers")?"""
    return word in lex.role_nouns or singular_role(word, lex.role_nouns) is not None


# Roles a company or a channel holds as often as a person.
_ROLES_OF_BODIES = frozenset(
    "broadcaster owner owners producer producers host hosts manager managers partner partners "
    "sponsor sponsors distributor publisher network studio agency label retailer brand "
    "backer backers supplier organiser organizer organisers organizers promoter".split()
)


# Work only a person does: not "hosted by" or "interviewed by", which a body does too.
_MADE_BY_ONE = _MADE_BY_SOMEONE - {"hosted", "co-hosted", "interviewed"}


def _tied(before: tuple[str, ...]) -> bool:
    """Do these lower-case words before a name tie it to someone ("the wedding of",
    "tied the knot with", "marries")?"""
    return before in _TIED or (bool(before) and before[-1] in _WEDS)


def tied_before(ctx: Context, start: int) -> bool:
    return _tied(tuple(w.lower() for w in _words_before(ctx, start, 2)))


def cue_before(ctx: Context, start: int, word: str) -> str | None:
    """What the two words before a one-word name say of it, read once: "tied" for a
    given name of a couple ("the wedding of Adel"; not "A Wedding to Remember"),
    "made" for whoever made something ("written and directed by Siva"), else None."""
    before = tuple(w.lower() for w in _words_before(ctx, start, 2))
    if _tied(before) and given_entry(ctx.lex, word) is not None:
        return "tied"
    if len(before) == 2 and before[1] == "by" and before[0] in _MADE_BY_ONE:
        return "made"
    return None


# A role set apart after a name, or after the second of two: "Shifi Omoefe, a member of
# the group", "A and B, members of Styl-Plus".
_ROLE_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?,\s+"
    r"(?:(?:a|an|the|both|fellow|former)\s+)?([a-z][\w-]*)(?:\s+([a-z][\w-]*))?(?=[\s,.;:])"
)


def role_after(ctx: Context, start: int, end: int) -> bool:
    """Is the name followed, after a comma, by a person's role ("X, a singer,")?"""
    text = ctx.doc.text
    m = _ROLE_AFTER.match(text, end, end + 90)
    if m is None:
        return False
    nouns = ctx.lex.role_nouns
    # Two names before a plural: "A and B, members of"; but "the Coyotes, three players".
    two = m.group(0)[:1] != "," or text.endswith((" and ", " & "), 0, start)
    # The head of the phrase: "a member of" (member), "the star attraction of"
    # (attraction); not a word that links or describes ("a singer based in Lagos",
    # "a rapper known for", "a model turned actress", "an actress best known").
    first, second = m.group(1, 2)
    linked = second is None or second in _ROLE_LINKS or second.endswith(("ed", "ing"))
    head = first if linked else second
    return head in nouns or (two and singular_role(head, nouns) is not None)


_ROLE_LINKS = frozenset(
    "of for who whose which that with in at from and to on now also best turned known".split()
)


def kin_after(ctx: Context, end: int) -> bool:
    """Is the name followed by whose kin it is ("Chandini, younger daughter of")?"""
    return _WHO_AFTER.match(ctx.doc.text, end) is not None


def kin_before(ctx: Context, start: int) -> bool:
    """Is the word before a family tie ("son", "wife"), or is a name given there
    ("Her name is Malaika", "a baby girl named Malaika")?"""
    before = _words_before(ctx, start, 2)
    if not before:
        return False
    word = before[-1].lower()
    if len(before) == 2 and (
        (word == "one" and before[0].lower() == "little")
        or (word in _BABIES and before[0].lower() in ("baby", "twin"))
    ):
        return True  # "their little one Nitara", "baby boy Kit", "twin boys Dan and Mike"
    return word.strip(",") in _KIN or (
        # A name is given only right after one of _GIVEN_AFTER: a test far cheaper than
        # the search (which a letter IGNORECASE folds to ASCII, "ſ", leaves to decide).
        (word in _GIVEN_AFTER or not FOLDS_TO_ASCII.isdisjoint(word))
        and _NAME_GIVEN.search(ctx.doc.text, max(0, start - 40), start) is not None
    )


_BABIES = frozenset({"boy", "girl", "boys", "girls"})
_BABY_TIES = frozenset({"Boy", "Girl", "Mama", "Momma", "Mamma", "Daddy", "Father", "Mother"})
_NAME_GIVEN = re.compile(
    r"\b(?:(?:his|her|their|whose) (?:first )?name (?:is|was)|"
    r"(?:baby|daughter|son|girl|boy|child|twins) (?:named|called))\s+$",
    re.IGNORECASE,
)
_GIVEN_AFTER = frozenset({"is", "was", "named", "called"})  # the last words of _NAME_GIVEN


_QUOTED = re.compile(
    r"[“\"]([^“”\"\n]{1,80})[”\"]"
    # Single marks too, as British and Indian outlets set titles ('Dolemite is My Name,'),
    # where an apostrophe cannot be one: a mark opening after a space and closing before one.
    r"|[‘'](?<![^\s(][‘'])([A-Z][^‘’'\"“”\n]{0,79})[’'](?=[\s,.;:!?)]|$)",
    re.MULTILINE,
)


# Who a song or a show in quotes is told by: the "Love Nwantiti" singer.
_MAKER_AFTER = re.compile(
    r" (?:singer|hitmaker|crooner|songstress|rapper|star|actress|actor|creator)s?\b"
)


def _quoted_titles(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of text in double quotes that read as a title ("Set Fire to The Rain").

    Speech in quotes has lower-case words; a song or a show in quotes is in
    Title Case (short words such as "to" aside).
    """
    spans = []
    for m in _QUOTED.finditer(text):
        group = 1 if m.group(1) is not None else 2
        words = m.group(group).strip(" ,.!?").split()
        long = [w for w in words if len(w) > 3 or w[:1].isupper()]
        if group == 2 and ("-" in m.group(group) or not words[-1][:1].isupper()):
            continue  # marks that may be apostrophes: "Ray O 'Hanlon - Will Liam Neeson' rein"
        if (len(words) >= 2 and all(w[:1].isupper() for w in long)) or (
            len(words) <= 6 and _MAKER_AFTER.match(text, m.end())
        ):
            # (in any case when its singer follows: the “Issa goal” singer)
            spans.append((m.start(group), m.end(group)))
    return tuple(spans)


def _in_quoted_title(ctx: Context, start: int, end: int) -> bool:
    """Is the phrase inside a quoted title, and shorter than the title?"""
    return any(
        s <= start and end <= e and ctx.doc.text[s:e].strip(" ,.!?") != ctx.doc.text[start:end]
        for s, e in ctx.quoted_titles
    )


#: "CEO of Apple", "MP for Bath", "Queen of Afrobeats": an office or a title, told by what it is of.
OF_OR_FOR = re.compile(r"\s+(?:of|for)\b")
_OF_THE_YEAR = re.compile(r" of the (?:Year|Decade)\b")


# Works named by what is around them, not by their type: a list after "songs like"
# or before "and other productions", a title after a year's ("2018's Fanney Khan"),
# an album named between "his latest" and "album". ("Numbers" is left out: "came
# in their numbers, including ...".)
_WORK_NOUNS = (
    r"(?:songs|tracks|hits|singles|albums|releases|films|movies|shows|series|productions|"
    r"musicals|plays|dramas|sitcoms|soaps|titles|franchises|novels|books)"
)
_WORK_LIST_BEFORE = re.compile(
    rf"\b{_WORK_NOUNS}(?: like| such as| including|,? among them)"
    # items set apart by commas; the last before "and" may lack one if it is in capitals
    # ("Brace, Boss Wine and Mary Jane"; not "Titanic opposite Kate Winslet and ...")
    r"(?: [^,.;:!?()]{1,40},)*(?: (?:and|or)| (?:[A-Z0-9][\w'’-]* )+(?:and|or))? $"
)
_WORK_LIST_AFTER = re.compile(
    # the noun ends the list: not "other shows' presenters", "other series regulars"
    r"(?:, [^,.;:!?()]{1,40})*,? and (?:\w+ )?other "
    + _WORK_NOUNS
    + r"\b(?!['’]| (?:regulars?|presenters?|hosts?|stars?|cast|members?|judges?|contestants?"
    r"|fans|producers?|writers?|creators?)\b)"
)
# An item of a list goes on with the list or ends it: "Jolene, Dolly Parton has sold"
# names the singer after the list, not a song of it.
# (A word of place, time or company may follow an item: "Lady Bird alongside Timothee
# Chalamet", "Billie Jean at the Super Bowl".)
_LIST_ITEM_END = re.compile(
    r"\s*(?:[,;.!?)]|$)|\s+(?:and|or|among|as well|etc|alongside|opposite|with|at|in|on|"
    r"for|from|by|to|during|before|after|which|that|where|starring|featuring)\b"
)
_YEARS_WORK = re.compile(r"\b(?:19|20)\d\d['’]s $")
_OWN_WORK_BEFORE = re.compile(
    r"\b(?:his|her|their|its)(?: (?:latest|new|newest|debut|first|second|third|fourth|fifth|"
    r"last|upcoming|forthcoming|sophomore|hit|acclaimed|best-selling|chart-topping))* $"
)
_OWN_WORK_AFTER = re.compile(r" (?:album|single|song|track|EP|LP|mixtape|record)\b")


# The words without which none of the patterns above can match, looked for once a sentence.
_WORK_CUE = re.compile(
    r" (?:(?P<list>like|such as|including|among them)|(?P<other>other)|"
    r"(?P<own>album|single|song|track|EP|LP|mixtape|record))\b"
)


# A title's year or run ("(2016)", "(2012 to 2015)", "(2006-2011)"); a span of decades is a
# lifespan ("Amaka Igwe (1963-2014)").
_YEAR_AFTER = re.compile(r" \(((?:19|20)\d\d)(?:(?: to |[-–])((?:19|20)\d\d))?\)")
# A sentence about works: the nouns of a list of them, or one of them by its kind.
_WORKS_TOLD = re.compile(
    rf"\b(?:{_WORK_NOUNS}|film|movie|drama|sitcom|soap|album|song|single|musical|novel|book)\b",
    re.IGNORECASE,
)


# A title right after the kind of work it is ("the film Newton", "his new single Tom
# Reed"), ending where the title would: not the subject of what follows ("the song Adele
# wrote", "the film Tom Cruise made"). Nouns that are no verbs ("pictures show Tom") nor
# describe a person ("the drama Kim stirred up").
_TITLED_BY_KIND = (
    tuple(
        f" {kind} "
        for kind in "film movie documentary biopic sitcom series docuseries album song EP mixtape "
        "novel musical telenovela".split()
    )
    # (a single is a song only as one: "the newly single Kaitlynn Carter")
    + tuple(f" {new} single " for new in "new debut latest lead hit".split())
    + (" set of ", " sets of ")
)
_TITLE_ENDS = re.compile(
    r"(?:[.,;:!?)\"”’]|$| (?:and|in|with|at|for|on|was|is|which|that|starring|by|from|to)\b)"
)


def _work_by_context(ctx: Context, run: list[Token]) -> bool:
    """Is the phrase a title by the words around it?

    Never a star's name ("her latest Calvin Harris single" is his song with her,
    "1994's Princess Diana revenge dress" hers; but "2021's King Richard" is a film),
    nor an owner ("hits including Drake's Hotline Bling").
    """
    text = ctx.doc.text
    start, end = run[0].start, run[-1].end
    years = text.startswith("s ", start - 2)
    cues = ctx.work_cues.get(run[0].sentence)
    if (not years and not cues) or run[-1].possessive:
        return False  # most names
    if notable_key(text[start:end]) in ctx.lex.notable:
        return False
    if years and _YEARS_WORK.search(text, max(0, start - 8), start):
        return True  # "last seen in 2018's Fanney Khan"
    if not cues:
        return False
    sentence = ctx.doc.sentences[run[0].sentence].start
    window = max(sentence, start - 240)
    if (
        "list" in cues
        and _WORK_LIST_BEFORE.search(text, window, start)
        and _LIST_ITEM_END.match(text, end)
    ):
        return True  # "songs like One two ka Four, Kali Kali Aankhein, Chaiyya Chaiyya"
    if "other" in cues and _WORK_LIST_AFTER.match(text, end):
        return True  # "in Pippin, Jesus Christ Superstar, Hair and numerous other productions"
    return bool(
        "own" in cues
        and _OWN_WORK_AFTER.match(text, end)
        and _OWN_WORK_BEFORE.search(text, max(sentence, start - 60), start)
    )  # "from his latest Magna Carta Holy Grail album"


def _in_title_of_work(ctx: Context, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside an italic title of two words or more?

    Prose sets names of people in roman and titles in italics; a lone
    italic name ("*Zendaya* wore...") is left to the rest of the rules.
    """
    text = ctx.doc.text
    for e in ctx.doc.emphasis:
        if " " in e and len(e) >= end - start:
            at = text.find(e, max(0, end - len(e)), start + len(e))
            if at != -1 and at <= start and at + len(e) >= end:
                return True
    return False


def title_case(sentence: str) -> bool:
    """A headline or caption in Title Case, where capitals say little."""
    words = sentence.split()
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) * 4 >= len(words) * 3


_HEADS_OF_STATE = frozenset("president chancellor".split())


def head_of_state(ctx: Context, cand: Candidate) -> bool:
    """Is a lone word right after a head of state's office ("Ukrainian President
    Zelenskyy", "Ukraine's president Zelenskyy") a whole name, the holder's? Not a
    first name ("President Joe"), a word of the post, or a famous one-word name."""
    if len(cand.tokens) != 1:
        return False
    token = cand.tokens[0]
    word = token.text
    start = cand.title_start if cand.title_start is not None else cand.start
    before = _words_before(ctx, start, 1)
    # right before it, a space and no mark between ("President: Upcoming" is no office's)
    office = cand.title or (
        before[0] if before and ctx.doc.text.endswith(before[0] + " ", 0, start) else ""
    )
    return (
        office.lower() in _HEADS_OF_STATE
        and not token.possessive
        and given_entry(ctx.lex, word) is None
        and word.lower() not in ctx.lower_words
        and notable_key(word) not in ctx.lex.notable
    )


# One word, "&" and one word: "Maddie & Tae" (not "Maddie & Tae Dye", nor "Kim Lee & Tae").
_DUO_AFTER = re.compile(r" & [A-Z][\w'’-]*(?![\w'’-]| [A-Z]| &)")
_DUO_BEFORE = re.compile(r"(?:^|[^\w'’-])([A-Z][\w'’-]*) & $")
_CAP_BEFORE = re.compile(r"[A-Z][\w'’-]* $")
_ACT_CUE = re.compile(r"\b(?:duos?|trios?|nominees|line-?up|acts)\b", re.IGNORECASE)
_CAP_NEXT = re.compile(r" [A-Z]")


def _duo(ctx: Context, token: Token) -> bool:
    """Is a lone word one half of an act's name, "X & Y", in a sentence that tells of
    acts ("Vocal Duo of the Year nominees include Maddie & Tae"), naming no one of the
    post in full and no famous one-word star ("Beyoncé & Jay-Z" are two people)?"""
    text = ctx.doc.text
    if text.startswith(" & ", token.end):
        second = _DUO_AFTER.match(text, token.end)
        if second is None:
            return False
        first, halves = token.start, (token.text, second.group()[3:])
    elif text.endswith(" & ", 0, token.start):
        half = _DUO_BEFORE.search(text, max(0, token.start - 40), token.start)
        if half is None or _CAP_NEXT.match(text, token.end):
            return False
        first, halves = half.start(1), (half.group(1), token.text)
    else:
        return False
    if _CAP_BEFORE.search(text, max(0, first - 40), first):
        return False  # "Kim Lee & Tae"
    sentence = ctx.doc.sentences[token.sentence]
    if not _ACT_CUE.search(text, sentence.start, sentence.end):
        return False  # "Benioff & Weiss", "David & Margaret": two people, unless acts are told
    # Two people where either is famous by one name or named in full: "Kim & Kanye
    # split! Kim Kardashian filed ..."
    return not any(
        notable_key(w) in ctx.lex.notable or re.search(rf"\b{re.escape(w)} [A-Z]", text)
        for w in halves
    )


def _given_and_before(ctx: Context, start: int) -> bool:
    """Is the word before "and" here a lone common first name ("Miles and Keleigh ...")?"""
    m = _LONE_BEFORE_AND.search(ctx.doc.text, max(0, start - 30), start)
    return (
        m is not None and (g := given_entry(ctx.lex, m.group(1))) is not None and g.frequency >= 3
    )


# (after a word in lower case or a mark, not after another name: "Mommy Anne and Papa Erwan")
# (a list's mark too, a hyphen only set apart: "- Melanie and Zwai Bala", not "Jean-Paul and")
_LONE_BEFORE_AND = re.compile(
    rf"(?:^|(?:^|[\s(])[a-z][\w'’-]* |[,;:(“\"‘\n{_BULLETS[1:]}] ?|(?:^|\s)- )([A-Z][a-z]+) and $"
)


def _hyphen_tail(word: str) -> str:
    """The last part of a hyphenated word, in lower case ("" for none): "Singer-songwriter"
    -> "songwriter", "Oscar-Winner" -> "winner"."""
    return word.rsplit("-", 1)[1].lower() if "-" in word else ""


_FROM_SUFFIXES = ("-born", "-based", "-raised", "-bred")
_WORK_OF = ("star of ", "host of ", "creator of ", "presenter of ", "stars of ")


def _pageant_of(lex: Lexicon, word: str) -> bool:
    """Is ``word`` the place or the world a pageant's title names ("Miss Ireland")?
    Not a first name that is also a place's: "Miss Paris Hilton", "Miss Sydney Reed"."""
    if word in _PAGEANT_WORLDS:
        return True
    given = given_entry(lex, word)
    return lex.gazetteer.get(word) == "place" and (given is None or given.frequency < 3)


_REGION_HEADS = frozenset({"State", "Province", "Prefecture", "Governorate"})


# A role set beside a name, as the last word of its phrase: "Estee Stanley — Biel's
# stylist and ...", "X, an assistant state counsel,".
_APPOSED = re.compile(
    # (capitals may come between: ", the Love Island star")
    r"\s*(?:,|\s[—–-])\s+(?:the |a |an |[A-Z][\w'’-]*['’]s )(?:[\w'’-]+ ){0,3}?([a-z][\w-]*)"
    # the role ends the phrase: "Biel's stylist and", not "the designer sneaker brand"
    r"(?=\s*(?:[,.;:—–)]|and\b|who\b|of\b|for\b|to\b|$))"
)


def _role_apposed(lex: Lexicon, text: str, end: int) -> bool:
    """Is the name followed by a role set beside it ("— Biel's stylist", ", a publicist")?"""
    m = _APPOSED.match(text, end)
    return m is not None and m.group(1) in lex.role_nouns  # the phrase's last word


def _described_from(lex: Lexicon, run: list[Token]) -> int:
    """Where the name starts after words that only describe it, in a run of capitals:
    "United Kingdom-based Pastor Tobi Adegboyega", "Sessions Judge Amjad Ali Shah"
    (0 for no such words). An office after words that are no given names ends what
    describes the name; words of where someone is from end before it. A royal title is
    left to the reading of titles ("Crown Prince Frederik")."""
    cut = 0
    for i, t in enumerate(run[:-1]):
        w = t.text
        if w.endswith(_FROM_SUFFIXES):
            cut = i + 1
        elif (
            i > cut  # an office right after "-based" is the name's title, read as one
            and w in lex.honorifics  # not a royal's: "Road March King Austin Lyons"
            and (
                # "the former governor of Ogun State Aremo Olusegun Osoba": a place first
                run[i - 1].text in _REGION_HEADS
                or not any(given_entry(lex, x.text) for x in run[cut:i])
            )
        ):
            # "Education Minister Nagoum Yamassoum": the office describes the name, as a
            # role does; before a name of one word it is the name's title.
            if w in _PAGEANT and len(run) - i > 2 and _pageant_of(lex, run[i + 1].text):
                return i + 2  # "Former Miss Ireland Aoife Walsh"
            return i + 1 if len(run) - i > 2 else i
    return cut


def _describes(lex: Lexicon, word: str) -> bool:
    """ "the Oscar-winner, 49,", "the Grammy-nominee": who someone is, not a name."""
    tail = _hyphen_tail(word)
    return bool(tail) and (tail in lex.roles or tail in _PRIZE_WORDS)


# Words that describe things, not people, before a capitalised word after "a".
_THING_WORDS = frozenset(
    """
    posh vintage classic custom bespoke luxury luxurious shiny pricey expensive old designer
    convertible chauffeur-driven limited-edition second-hand secondhand
    """.split()
)
# Who is told or spoken to: "told the outlet", "speaking to the magazine".
_TOLD = _SPEECH_VERBS | {"tells", "telling", "to", "with"}


# Kin on screen are parts: "his character welcomed a baby with onscreen girlfriend Erica".
# (Not a star, or a name the post gives again: "his on-screen girlfriend Zendaya" is the
# co-star.)
_SCREEN_KIN = re.compile(
    r"\b(?:on-?screen|on screen|screen) (?:(?:wife|husband|girlfriend|"
    r"boyfriend|partner|son|daughter|mother|father|mum|mom|dad|sister|brother|lover|"
    r"love interest|fiancée?|ex)\s+)$",
    re.IGNORECASE,
)
# A body's noun right before a lone word makes the word the body's name.
_BODY_BEFORE = frozenset(
    "club side charity label brand firm company band outlet magazine newspaper broadcaster"
    " retailer startup agency".split()
)
_BODY_WORDS_BEFORE = tuple(f" {w} " for w in sorted(_BODY_BEFORE))


# Stars known by a word that is otherwise a title.
_TITLED_STARS = frozenset({"Prince"})
_NAME_BEFORE_IN_LIST = re.compile(r"\b(?<![Tt]he )[A-Z][\w'’-]+(?:,| and| &) $")
_NAME_AFTER_IN_LIST = re.compile(r"(?:,| and| &) ([A-Z][\w'’-]+)")


def _listed_with_names(ctx: Context, tok: Token) -> bool:
    """Is a lone word coordinated with a name ("Michael and Prince", "Prince, Paul
    McCartney"), neither of them a title ("Prince and Princess", "the Duke and Prince")?"""
    text = ctx.doc.text
    if text.endswith(("the ", "The ", "Crown ", "a "), 0, tok.start) or text.startswith(
        " of ", tok.end
    ):
        return False  # "Albert II, Prince of Monaco": a title and its realm
    titles = ctx.lex.royal_titles
    before = _NAME_BEFORE_IN_LIST.search(text, max(0, tok.start - 30), tok.start)
    if before is not None and before.group().split()[0].rstrip(",") not in titles:
        return True
    after = _NAME_AFTER_IN_LIST.match(text, tok.end)
    return after is not None and after.group(1) not in titles


_STAR_OF = re.compile(r"['’]s? ([A-Z][\w'’-]+) ([A-Z][\w'’-]+)")
_OF_SOMETHING = re.compile(r" of (?:the|its|his|her|their|a|an|[A-Z])")


def _bare_role(lex: Lexicon, word: str) -> bool:
    """Is a capitalised word only a role ("Olympian"), no name or title of anyone's?"""
    return (
        word.lower() in lex.role_nouns
        and word not in lex.surnames
        and word not in lex.royal_titles
        and given_entry(lex, word) is None
        and notable_key(word) not in lex.notable
    )


def _classify_word(ctx: Context, run: list[Token]) -> Candidate:
    """A lone capitalised word: a look-alike, or a short name to resolve later."""
    lex = ctx.lex
    text = ctx.doc.text
    word = run[0].text
    start, end, possessive = run[0].start, run[0].end, run[0].possessive
    if word in ctx.known_names:
        return Candidate(run, "person", score=10.0)
    if word.lower() in _NUMBER_WORDS:
        return Candidate(run, "other")  # "an offer from Nine": a channel, a team, a count
    if word in _CAPTION_LABELS and text.startswith(":", end):
        return Candidate(run, "other")  # "(Credit: ITV)", "Photo: Getty": a caption's label
    if word in _WEEKDAY_SHORT and _DATE_AFTER.match(text, end):
        return Candidate(run, "other")  # "Thu, 07 Jul 2005": a dateline's day
    if text.endswith((" and ", " & "), 0, start) and (
        plural := _PLURAL_TITLE_LIST.search(text, max(0, start - 80), start)
    ):
        # "Princesses Beatrice and Eugenie": the title of the list is the last name's too
        return Candidate(run, "person", _PLURAL_TITLES[plural.group(1)], 5.0)
    if word[:2] in ("I'", "I’"):
        return Candidate(run, "other")  # "his wife I’m even more a fan of"
    if (
        _is_shout(word)
        and len(word) > 2
        and _billed_in_capitals(ctx, run[0])
        # "television broadcaster MBC": a body's word is a role only for a person's name
        and not text.endswith(_BODY_WORDS_BEFORE, 0, start)
    ):
        return Candidate(run, "short")  # "member J-HOPE celebrated", "JIMIN said"
    if (
        _is_shout(word)
        and len(word) <= 3
        and word.lower() not in lex.roles  # "her husband, CEO of Apple"
        and word not in lex.org_heads
        and not OF_OR_FOR.match(text, end)  # "her father, MP for Bath"
        and kin_before(ctx, start)
    ):
        return Candidate(run, "short")  # "his second son, JJ": a child called by initials
    if word in lex.royal_titles and word in _TITLED_STARS and _listed_with_names(ctx, run[0]):
        return Candidate(run, "short")  # the singer: "Michael and Prince", "such as Prince, Sting"
    if (
        _is_shout(word)
        or word in lex.royal_titles
        or word in lex.honorifics
        or word.rstrip(".") in NAME_SUFFIXES
    ):
        # "the Duke" alone names nobody in particular; "Iván DeJesús, Jr." is one name
        return Candidate(run, "other")
    if len(word) == 1 and notable_key(word) not in lex.notable:
        return Candidate(run, "other")  # "R&B", "(R)" in a caption: a letter, not a name
    if _describes(lex, word):
        return Candidate(run, "other")
    if (
        word[-1] == "s"
        and plural_role(lex, word.lower())
        and word not in lex.surnames
        and given_entry(lex, word) is None
    ):
        return Candidate(run, "other")  # "Reality TV stars, Actors, Comedians": who, not a name
    if _category_listed(text, start):
        return Candidate(run, "other")  # "Best Country Album, Song, and Solo Performance"
    if word in _CATEGORY_KINDS and _CATEGORY_DASH.search(text, max(0, start - 70), start):
        return Candidate(run, "other")  # "Best Motion Picture – Drama"
    if word in _PRIZE_NAMES and _PRIZES_LISTED.match(text, end):
        return Candidate(run, "other")  # "Olivier and Tony Award-winning producer"
    if word in ("Roe", "Wade") and _ROE_V_WADE.search(text, max(0, start - 8), end + 8):
        return Candidate(run, "other")  # the case of abortion rights, no one of the news
    if word in lex.place_heads or word in lex.org_heads:
        return Candidate(run, "place" if word in lex.place_heads else "organization")
    if word in lex.all_heads and text.endswith(("s' ", "s’ "), 0, start):
        # "Mercers' Hall": a place named for its owners (not "Strictly's Abbey")
        return Candidate(run, "place")
    if (
        word.lower() in lex.role_nouns
        and _OF_SOMETHING.match(text, end)
        and word not in lex.surnames  # "Porter of the Mavericks" is a player
        and given_entry(lex, word) is None
    ):
        return Candidate(run, "other")  # "Lauren Malafronte, Chair of its Board": a post
    after = _NEXT_WORD.match(text, end, end + 30)
    if after and after.group(1).lower() in lex.products and not possessive:
        return Candidate(run, "brand")
    if (
        not possessive
        and (_made_by(ctx, start) or _garment_from(ctx, start))
        and notable_key(word) not in lex.notable
    ):
        return Candidate(run, "brand")  # "a sheer black gown by Moschino"
    if _plays(ctx, start) or (
        text.find("screen", max(0, start - 40), start) != -1
        and _SCREEN_KIN.search(text, max(0, start - 40), start)
        and notable_key(word) not in lex.notable
        and ctx.word_counts.get(word, 0) < 2
    ):
        return Candidate(run, "other", character=True)
    if _VENUE_BEFORE.search(text, max(0, start - 16), start):
        return Candidate(run, "place")  # "at restaurant Delilah", "the hotspot Delilah"
    if not possessive and (
        (after and after.group(1).lower() in _HONOURS and notable_key(word) not in lex.notable)
        or (
            _OF_PLACE.match(text, end)
            and ctx.word_counts.get(word, 0) < 2
            and notable_key(word) not in lex.notable
        )
    ):
        # "Oscar nominee Timothée Chalamet", "Port of Call New Orleans": a prize or a
        # title. (A surname the post names again, "Beckham of Inter Miami", stays.)
        return Candidate(run, "other")
    if _quoted(ctx, start, end) and not possessive:
        return Candidate(run, "work")  # the film "Parasite"
    if possessive and (head := _NEXT_CAP.match(text, end)):
        # "Hansen's Bakery", "Harry's House": a business or a title named for someone.
        # The place is the whole phrase, which the next run holds: this word is nobody.
        if head.group(1) in lex.all_heads:
            return Candidate(run, "other")
        star = _STAR_OF.match(text, end)
        if (
            star
            and notable_key(word) not in lex.notable
            # a person's work is not meant: "Malle's The Lovers", "Warhol's Prince Series"
            and word not in lex.surnames
            and not given_entry(lex, word)
            and (given_entry(lex, star.group(1)) or star.group(1) in _KOREAN_SURNAMES)
            and star.group(1) not in lex.royal_titles
            and star.group(1).lower() not in lex.stopwords
            and star.group(2) not in lex.all_heads
        ):
            # "Goblin's Yoo In Na", "2PM's Lee Changsub": the show or the band a star
            # is known by, a full name right after it
            return Candidate(run, "work")
    before = [w.lower().strip(".") for w in _words_before(ctx, start, 3)]
    if (
        before
        and before[-1] in _BODY_BEFORE
        and not possessive
        # right before: not "told the magazine: Honestly"
        and text[max(0, start - len(before[-1]) - 1) : start].lower() == before[-1] + " "
        # nor the one told or spoken to: "told the outlet Meghan was furious"
        and not (len(before) > 2 and before[-2] in ("the", "a", "an") and before[-3] in _TOLD)
    ):
        return Candidate(run, "organization")  # "at Italian club Torino", "charity Peta"
    if (
        before
        and (before[-1] in ("the", "a", "an") or before[-1].endswith("-year-old"))
        and _bare_role(lex, word)
    ):
        return Candidate(run, "other")  # "the 24-year-old Olympian": who, not a name
    if len(before) > 1 and before[-1] == "of" and before[-2].title() in lex.royal_titles:
        return Candidate(run, "place")  # "the Duke of Wexmoor"
    if _FROM_PLACE.search(text, max(0, start - 24), start):
        return Candidate(run, "place")  # "who hails from Hanna, Alta."
    if (
        before
        and not possessive
        and notable_key(word) not in lex.notable
        and (
            # "a Karen", "an Oscar": a first name after "a" names no one person (but "an
            # Adele song", "a Tolkien blockbuster" name the star)
            (before[-1] in ("a", "an") and given_entry(lex, word))
            # "a posh Bentley", "a vintage Chanel": a thing, by a word that describes
            # things only ("a tearful Rooney" is a person), unless the post names the
            # word again ("A posh Coleen ... Coleen Rooney")
            or (
                before[-2:-1] in (["a"], ["an"])
                and before[-1] in _THING_WORDS
                and ctx.word_counts.get(word, 0) < 2
            )
        )
    ):
        return Candidate(run, "other")
    if cast_of(ctx, run[0]) or _work_won(text, start, end):
        return Candidate(run, "work")
    return Candidate(run, "short")


# The first of prizes listed before a winner's participle: "Olivier and Tony Award-winning",
# "Emmy, Tony and Grammy Award-winning".
_PRIZE_NAMES = frozenset("Olivier Tony Oscar Emmy Grammy BAFTA Bafta Obie Pulitzer Peabody".split())
_PRIZES_LISTED = re.compile(
    r"(?:, [A-Z][\w'’]*)*,? (?:and|&) (?:[A-Z][\w'’]* )*[A-Z][\w'’]*-(?:winning|nominated)\b"
)
# A prize won by a work, before "for" and its title: "his first Globe for Marty Supreme".
_PRIZES_WON = frozenset(w.lower() for w in _PRIZE_NAMES) | {"globe"}
_ROE_V_WADE = re.compile(r"\bRoe (?:v|vs|versus)\.? Wade\b")
# A name, its post, then the body it heads: "Seth MacFarlane, Founder, Fuzzy Door".
_FOUNDER_BEFORE = re.compile(
    r"[A-Z][\w'’.-]*, (?:Co-?[Ff]ounder|Founder|CEO|Owner|President|Chair(?:man|woman)?|"
    r"Creator|Director|Head)(?: and (?:Co-?[Ff]ounder|Founder|CEO|Owner|President|Creator))?"
    r"(?:, | of )$"
)
# Where someone comes from: "hails from Hanna", "a native of Tolga", "grew up in Kalk".
_FROM_PLACE = re.compile(r"\b(?:(?:hails?|hailing) from|native of|grew up in|raised in)\s+$")
# A group named right after what it is, ending its clause: "formed the duo Hana
# Engine.", "supergroup, Jack U." (but not "the duo Ant McPartlin and Declan
# Donnelly", two people, nor "the group Tomas Vale leads").
_GROUP_BEFORE = re.compile(r"\b(?:duo|trio|quartet|band|supergroup|group)\b,?\s+$")
_CLAUSE_END = re.compile(r"[.,;:!?)]")
# "hosted by the trio Shin Dong Yup, Bae Suzy, and Park Bo Gum": the group's members.
_MEMBERS_LISTED = re.compile(r",\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+(?:,|\s+(?:and|&)\s)")
# The commonest Korean family names as English-language news spells them.
_KOREAN_SURNAMES = frozenset(
    """
    Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Im Han Oh Seo Shin Kwon Hwang
    Ahn An Song Yoo Yu Hong Jeon Jun Go Ko Moon Yang Son Bae Baek Heo Nam Sim Shim Noh Roh Ha
    Kwak Sung Cha Joo Ju Woo Koo Gu Min Ryu Na Jin Uhm Eom Yeom Byun Ji Chae Won Cheon Bang
    Gong Kong Seol Ma Pyo Yeo Choo Chu Seon Tak Geum Ok Ra Myung Myeong
    """.split()
)
# One romanised Korean syllable, in Revised Romanization or the older spellings news
# keeps ("Joong", "Hyun", "Yup", "Shik").
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhyw])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)"
    r"(?:ng|[knlmptbg])?"
)


def korean_name(words: list[str]) -> bool:
    """ "Kim Go Eun", "Shin Dong Yup": a Korean name as news often spaces it, a family
    name and a given name of two syllables, where the name lists know only "Go-eun"."""
    return (
        len(words) == 3
        and words[0] in _KOREAN_SURNAMES
        and len(set(words)) == 3  # not "Go Go Go", "Bang Bang Boom"
        and all(w[1:].islower() and _KOREAN_SYLLABLE.fullmatch(w.lower()) for w in words[1:])
    )


# A cause someone serves: "an ambassador for Ocean Guardians", "patron of Street
# Angels", and "has long supported Ocean Guardians and was made an ambassador".
_CAUSE_BEFORE = re.compile(r"\b(?:ambassadors?|patrons?|trustees?)\s+(?:for|of)\s+(?:the\s+)?$")
_SUPPORTED = re.compile(r"\b(?:supports?|supported|supporting|champions?|championed)\s+$")
_AMBASSADOR_AFTER = re.compile(
    r"\s+and (?:was|is|became|has been) (?:made |named |appointed )?(?:an? |its )?"
    r"(?:[\w-]+ )?(?:ambassador|patron)\b"
)
_HEADS_OF = frozenset("owner founder co-founder boss ceo chairman chairwoman".split())
# Who works for a body or plays in a band, named right after it: "Nine Network reporter
# Sylvia Jeffreys", "Torino striker Ivan Lenz", "the former Atomic Kitten singer"; but
# "Serena Williams coach Patrick Mouratoglou" and "Taylor Swift guitarist Paul Sidoti"
# work for a person, so these count only after a phrase that does not read as a name.
_STAFF_OF = frozenset(
    """
    reporter presenter anchor correspondent editor journalist newsreader columnist
    striker defender midfielder goalkeeper winger coach spokesman spokeswoman
    spokesperson executive player
    singer frontman frontwoman vocalist guitarist drummer bassist keyboardist member
    """.split()
)


def _reads_as_name(lex: Lexicon, first: str, last: str) -> bool:
    """Does a phrase open with a first name and end with a surname ("Serena Williams")?"""
    return bool(given_entry(lex, first) and lex.surnames.get(last))


_NAME_AFTER = re.compile(r",?\s+[A-Z]")


def _noun_after(ctx: Context, last: Token) -> re.Match[str] | None:
    """The word right after a phrase ending at ``last`` (its group 1), if any."""
    if last.possessive:
        return None
    return _NEXT_WORD.match(ctx.doc.text, last.end, last.end + 30)


def _name_follows(ctx: Context, noun: re.Match[str]) -> bool:
    """Does a name come right after the word ``_noun_after`` found? (Asked only of the
    few nouns a rule reads.)"""
    return _NAME_AFTER.match(ctx.doc.text, noun.end(1)) is not None


def cast_of(ctx: Context, last: Token) -> bool:
    """ "the Top Gun: Maverick star", "Love Island contestant": a show, not a person.

    A noun that is also a verb ("host", "judge") counts only with a name right after
    it: "Blue Peter presenter Richard Bacon", not "Tom Reed and Nia Holt host the Brits".
    "Hitmaker" counts only with none: "the Midnights hitmaker was spotted", but "the
    Adele hitmaker Greg Kurstin" made Adele's hits.
    """
    noun = _noun_after(ctx, last)
    if noun is None or (word := noun.group(1)) not in _CAST_NOUNS:
        return False
    if word == "hitmaker":
        return not _name_follows(ctx, noun)
    return word not in _CAST_VERBS or _name_follows(ctx, noun)


def _head_of(ctx: Context, first: Token, last: Token) -> bool:
    """ "Spanx founder Sara Blakely", "Ogopa Butterfly owner, Sula Kyababa": the phrase
    before the owner's name is a business; "Nine Network reporter X" too, unless the
    phrase reads as a person's name ("Serena Williams coach X")."""
    noun = _noun_after(ctx, last)
    if noun is None:
        return False
    word = noun.group(1)
    if word in _STAFF_OF and not _reads_as_name(ctx.lex, first.text, last.text):
        return True  # "Sky Sports presenter pleads guilty", "the former Sydney Swans player"
    return word in _HEADS_OF and _name_follows(ctx, noun)


_STAGE_AFTER = re.compile(
    # the venue itself, not a star's show there ("the Taylor Swift stadium show", "the
    # Lewis Capaldi arena tour"), nor the verb ("Zara Phillips and Mike Tindall stage a")
    r" (?:stadium|arena|auditorium|theatre|theater|stage)"
    r"(?= (?:was|is|were|has|had|where|in|at|on)\b|[,.;:]|\s*$)",
    re.MULTILINE,
)


def _cause(ctx: Context, start: int, end: int) -> bool:
    """Is the phrase a charity someone backs, not a person?"""
    text = ctx.doc.text
    if text.startswith(("'s", "’s"), end):
        return False  # "an ambassador for Josh Kellerman's label"
    if _CAUSE_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(
        _SUPPORTED.search(text, max(0, start - 20), start) and _AMBASSADOR_AFTER.match(text, end)
    )


def _plays(ctx: Context, start: int) -> bool:
    """Do the words before a name make it a character someone plays?

    "she played the notorious Alex", "his role in the drama Boys Over Flowers
    as Yoon Ji-hoo"; not "played alongside Tom Hanks".
    """
    doc = ctx.doc
    opening = doc.starts[max(bisect_right(doc.starts, start) - 1, 0)]
    if not _PART_CUE.search(doc.text[max(opening, start - 24 * 8) : start]):
        return False  # no verb of playing, no "as": most names, found without the words
    if _OWN_TURN.search(doc.text, max(opening, start - 80), start):
        # "his turn as the villainous Richard Mo in All That Glitters" (not "it was her turn
        # as Ada Lowe watched", nor "took a dramatic turn as Tom Reed stormed off")
        closing = bisect_right(doc.starts, start)
        end = doc.starts[closing] if closing < len(doc.starts) else len(doc.text)
        return _WORK_AFTER_PART.search(doc.text, start, end) is not None
    words = _words_before(ctx, start, 8)
    for i in range(len(words) - 1, -1, -1):
        word = words[i].lower()
        if word in _PLAY_VERBS:
            return True
        if word == "as":
            if i < len(words) - 1 and _LIST_AFTER_AS.search(
                ctx.doc.text, max(0, start - 24 * (len(words) - i)), start
            ):
                # "Benjamin Walker as Maurice, Hadley Fraser": the next one of a cast list
                return False
            if "such" in (w.lower() for w in words[max(0, i - 2) : i]) or (
                i and words[i - 1].lower() == "well"
            ):
                # "stars such as X", "such stars as X", "as well as X": a list, not a part
                return False
            if any(w.lower() in _CAST_WORDS for w in words[:i]):
                return True
            # "the cast also features Benjamin Walker as Maurice, ..., Shira Haas as
            # Nancy": a name as a part, in a cast list that opened further back.
            return (
                0 < i == len(words) - 1
                and words[i - 1][:1].isupper()
                and any(w.lower() in _CAST_WORDS for w in _words_before(ctx, start, 60))
            )
        # "who played Michael's ill-fated half brother, Morgan": a part described
        # at length, possessives and hyphens included.
        if (
            word in _NOT_A_PART
            or not word.replace("’", "'").removesuffix("'s").replace("-", "").isalpha()
        ):
            return False
    return False


def titles_of_works(ctx: Context, candidates: list[Candidate]) -> None:
    """A one-word possessive that opens a work's title is part of it.

    "Dawson's Creek star", "Grey's Anatomy actress": the title is the work, and
    "Dawson" no one of the post, unless the post names a Dawson in full
    (then "Nolan's Oppenheimer" is still Nolan's).
    """
    text = ctx.doc.text
    named: set[str] | None = None
    for c, after in pairwise(candidates):
        if (
            after.kind == "work"
            and len(c.tokens) == 1
            and c.tokens[0].possessive
            and c.kind in ("short", "maybe")
            and text[c.end : after.start] in ("'s ", "’s ")
        ):
            if named is None:
                named = {t.text for k in candidates if len(k.tokens) > 1 for t in k.tokens}
            if c.tokens[0].text not in named:
                c.kind = "work"
    _works_named_again(ctx, candidates)


def _acts(ctx: Context, c: Candidate) -> bool:
    """Does a verb only a person takes follow the name ("Anne Heche died in 2022")?"""
    follow = _FOLLOW_WORD.match(ctx.doc.text, c.end, c.end + 30)
    return follow is not None and (
        follow.group(1).lower() in _STRONG_VERBS or follow.group(1).lower() in ("died", "dies")
    )


def _works_named_again(ctx: Context, candidates: list[Candidate]) -> None:
    """A title the post shows to be a work is a work wherever it is named again ("Ted
    Lasso, Squid Game and CODA won ... for his work in Ted Lasso"), unless a mention
    describes or titles it as a person or gives it a verb of its own ("Anne Heche died"),
    or it is a famous person's name."""
    text = ctx.doc.text
    works = {
        text[c.start : c.end]
        for c in candidates
        if c.kind == "work"
        # (a word alone only where its kind titles it: "the movie Bol ... Bol won")
        and (len(c.tokens) > 1 or text.endswith(_TITLED_BY_KIND, 0, c.start))
        # (not after a possessive, where a star's band or show may come before the name:
        # "Youngspiration's Yau Wai-ching")
        and not text.endswith(("'s ", "’s "), 0, c.start)
    }
    if not works:
        return
    same = [
        c
        for c in candidates
        if c.kind in ("person", "maybe", "short") and text[c.start : c.end] in works
    ]
    if not same:
        return
    described = {text[c.start : c.end] for c in same if c.descriptors or c.title or _acts(ctx, c)}
    for c in same:
        surface = text[c.start : c.end]
        if surface not in described and notable_key(surface) not in ctx.lex.notable:
            c.kind = "work"


# The small words of a headline, which Title Case leaves in lower case or not.
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with after before".split())
_HEADLINE_JOINERS = frozenset(w.title() for w in _SMALL_WORDS) | {"Is", "Are", "Was", "Were"}
_LOWER_NEXT = re.compile(r" [a-z]")
# A headline's verbs ("Nia Holt Stuns in Red", "Tom Reed Reveals ...").
_HEADLINE_VERBS = frozenset(
    """
    says said shares shared reveals revealed welcomes welcomed confirms confirmed announces
    announced slams slammed stuns stunned debuts debuted files filed makes made gets got takes
    took marries married weds splits calls called joins joined leaves left hits shows showed wears
    wore dons donned rocks rocked looks looked poses posed celebrates celebrated attends attended
    arrives arrived steps stepped breaks broke opens opened admits admitted denies denied responds
    responded praises praised thanks thanked tells told gives gave sends sent pays paid honours
    honors honoured honored mourns mourned spotted sparks sparked teases teased drops dropped
    unveils unveiled flaunts flaunted dazzles dazzled enjoys enjoyed heads headed jets jetted lands
    landed wins won loses lost dances danced sings sang performs performed hosts hosted throws
    threw kisses kissed hugs hugged cuddles cuddled packs packed shuts shut slips slipped flashes
    flashed puts sets turns turned speaks spoke recalls recalled explains explained insists
    insisted claims claimed blasts blasted reacts reacted addresses addressed defends defended
    sues sued quits reunite reunites reunited divorce divorces divorced
    file welcome share reveal confirm make get take join leave hit show wear look pose celebrate
    attend arrive step break open admit deny respond praise thank tell give send pay honour honor
    mourn tease drop unveil flaunt dazzle enjoy head jet land win lose dance sing perform host
    throw kiss hug cuddle pack slip flash put set turn speak recall explain insist claim blast
    react address defend sue quit stun debut slam announce call split wed marry say
    """.split()
)


def _headline(sentence: str) -> bool:
    """Title Case as headlines write it: every word capitalised but the small ones
    ("Meghan Markle Made a “Mega Secret” Detour to This European Country"), and no full
    stop (a caption or a list of names has one). Not ``title_case``, which the person
    model learned its feature from and which a change would shift under it."""
    if sentence.rstrip().endswith("."):
        return False
    words = [w.lstrip("“\"‘'([") for w in sentence.split()]
    words = [w for w in words if w and w not in _SMALL_WORDS]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) * 5 >= len(words) * 4


def _runs_past_name(lex: Lexicon, run: list[Token], text: str) -> bool:
    """Does a capitalised run end in a word a Title Case headline puts after a name? A
    verb that is also a name in the lists ("Said", "Head", "Sparks") only after a known
    name ("Meghan Markle Made") or two words of a name, not counting a role or a title
    ("Singer Jordin Sparks" keeps hers)."""
    last = run[-1].text
    if last in _HEADLINE_JOINERS:
        return True
    if last.lower() not in _HEADLINE_VERBS:
        return False
    if not (given_entry(lex, last) or lex.surnames.get(last)):
        return True
    if notable_key(text[run[0].start : run[-2].end]) in lex.notable:
        return True
    named = [
        t
        for t in run[:-1]
        if t.text.lower() not in lex.roles
        and t.text not in lex.honorifics
        and t.text not in lex.royal_titles
    ]
    return len(named) > 2


_PAGEANT = frozenset({"Miss", "Mister", "Mr", "Mrs", "Ms"})
_PAGEANT_WORLDS = frozenset({"World", "Universe", "International", "Earth", "Teen", "America"})
_WRITES = re.compile(r"[,—–]\s*writes\s+$")
# A show named after its cast or its parts: "the cast of Gavin and Stacey" (both words).
_CAST_OF = re.compile(
    rf"\b(?:cast|finale|episodes?|seasons?|series) of (?:the )?(?:{_CAPITALS} (?:and|&) )?$"
)
# A name made into a describing word: "Bond-influenced", "Gatsby-esque", "Kardashian-style".
_LIKENESS = re.compile(
    r"-(?:influenced|inspired|themed|style|styled|esque|like|approved|obsessed|loving|"
    r"worthy|era|led|backed|owned|born|based|raised|free)$"
)


# An Italian place's name goes on in lower case: "Madonna dell'Orto", "San Giorgio
# degli Schiavoni" (a person's, "Piero della Francesca", does so with "della" only).
_ITALIAN_PLACE_AFTER = re.compile(r" (?:dell['’]|degli )[A-Z]")


# Hindu gods and goddesses, whom Indian news names with "Lord" or "Goddess" at festivals.
_DEITIES = frozenset(
    """
    Shiva Vishnu Krishna Rama Ram Ganesha Ganesh Ganpati Hanuman Kubera Brahma Indra Murugan
    Ayyappa Balaji Venkateswara Jagannath Lakshmi Laxmi Durga Kali Parvati Saraswati Sita
    Radha Gauri
    """.split()
)


_LIVE_WHERE = re.compile(r"[ \t]+(?:at|from|on|in|with|and)\b")


# Titles in the plural, before the names they title: "Princes William and Harry".
_PLURAL_TITLES = {
    "Princes": "Prince",
    "Princesses": "Princess",
    "Dukes": "Duke",
    "Duchesses": "Duchess",
    "Kings": "King",
    "Queens": "Queen",
}
# The next name of a list: what a plural title needs after its first name.
_MORE_NAMES = re.compile(r",?\s+(?:and|&)\s+[A-Z]|,\s+[A-Z]")
_PLURAL_TITLE_LIST = re.compile(
    rf"\b({'|'.join(_PLURAL_TITLES)})\s+[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+(?:and|&)\s+$"
)


def _office_then_name(lex: Lexicon, run: list[Token]) -> bool:
    """Does the run end in an office's title and a name of two or three words that
    opens with a first name ("... Superior Court Judge Geoffrey Alprin")?"""
    for i in range(max(1, len(run) - 4), len(run) - 2):
        if (
            run[i].text.lower() in lex.role_nouns
            and run[i + 1].text.lower() not in lex.stopwords
            and (g := given_entry(lex, run[i + 1].text)) is not None
            and g.frequency >= 2
        ):
            return True
    return False


def _listed(run: list[Token], kind: str) -> Candidate:
    """A phrase the gazetteer lists, as its kind: a character is nobody, and a part
    ("Ron Weasley ... make Ron jealous")."""
    if kind == "character":
        return Candidate(run, "other", character=True)
    return Candidate(run, kind)


_NAME_THEN_BRACKET = re.compile(r"([A-Z][\w'’-]*)\.? (?:[A-Z]\. )?[A-Z][\w'’.-]+ ?\($")
# A cast told: the parts in brackets are theirs ("co-stars ... Gabriel Macht (Harvey
# Specter)"), not partners' or winners' names.
_CAST_TOLD = re.compile(
    r"\b(?:co-?stars?|cast|castmates?|characters?|plays|played|starred|starring|roles?|"
    r"portrays?|portrayed)\b",
    re.IGNORECASE,
)


def classify(ctx: Context, run: list[Token]) -> Candidate:
    """Decide what one capitalised run is."""
    cand = _classify(ctx, run)
    if (
        len(run) > 2
        and run[0].text == "The"
        and cand.kind in _PERSONISH
        and ctx.doc.text[ctx.doc.sentences[run[0].sentence].start : run[0].start].strip(
            _OPEN_QUOTES + " "
        )
        and notable_key(ctx.doc.text[run[1].start : run[-1].end]) not in ctx.lex.notable
        and not _styled_as(ctx.lex, run[1].text.rstrip("."))  # "The Rev Al Green"
        # (a name the rules tell without "The" stays one: "The Prime Minister Rishi Sunak")
        and _classify(ctx, run[1:]).kind != "person"
    ):
        # "a performance of The Greatest Showman": a capital "The" inside a sentence
        # opens the name of a work, a place or a band, not a person's
        cand.kind = "other"
    return cand


# Styles of address, which stand before a name or for it, never in it: "His Highness",
# "Her Royal Highness", "Their Majesties", "Your Excellency".
_ADDRESSED = frozenset(("His", "Her", "Their", "Your"))
_ADDRESS_STYLES = frozenset(
    "Highness Highnesses Majesty Majesties Excellency Excellencies Holiness Eminence".split()
)
_STYLE_MODIFIERS = frozenset(("Royal", "Imperial", "Serene", "Most", "Gracious"))


def _address_style(run: list[Token]) -> int:
    """How many of the run's first words are a style of address: 2 for "His Highness", 3
    for "Her Royal Highness"; 0 when none."""
    if len(run) < 2:
        return 0
    n = 1
    while n < len(run) - 1 and run[n].text in _STYLE_MODIFIERS:
        n += 1
    return n + 1 if run[n].text in _ADDRESS_STYLES else 0


_PERSONISH = frozenset(("person", "short", "maybe"))
# An Arabic name's lineage runs longer than other names: "Hamdan bin Mohammed bin Rashid
# Al Maktoum" is one man, son of Mohammed, grandson of Rashid.
_NASAB = frozenset(("bin", "bint", "ibn"))
_STYLES_AFTER_THE = frozenset(("Honourable", "Honorable", "Hon", "Rt", "Right", "Most", "Very"))


def _styled_as(lex: Lexicon, word: str) -> bool:
    return word in lex.honorifics or word in lex.royal_titles or word in _STYLES_AFTER_THE


def _classify(ctx: Context, run: list[Token]) -> Candidate:
    lex = ctx.lex
    text = ctx.doc.text
    # (the run's bounds as locals: this prelude is asked of every run of every post)
    n = len(run)
    start, end = run[0].start, run[-1].end
    possessive = run[-1].possessive
    for a, b, kind in ctx.listed_spans:
        if a <= start and end <= b:
            return _listed(run, kind)  # "Tegan and Sara", one of several runs
    if (
        n <= 3
        and text.startswith(")", end)
        and text.endswith("(", 0, start)
        and (named := _NAME_THEN_BRACKET.search(text, max(0, start - 50), start))
        and (g := given_entry(lex, named.group(1))) is not None
        and g.frequency >= 2
        and _CAST_TOLD.search(text, ctx.doc.sentences[max(0, run[0].sentence - 1)].start, start)
    ):
        # "Gabriel Macht (Harvey Specter)": the part an actor played, or another name
        # of the one just named, not a second person
        return Candidate(run, "other")
    if "-" in run[-1].text and _LIKENESS.search(run[-1].text):
        return Candidate(run, "other")  # "a James Bond-influenced arrangement"
    if (
        run[0].text == "Per"
        and run[0].initial
        and n > 1
        and not possessive
        and _REPORTS_AFTER.match(text, end)
    ):
        return Candidate(run, "organization")  # "Per DeuxMoi reports, ...": a source
    if n > 1 and not possessive and _OF_PRIZE_AFTER.match(text, end):
        return Candidate(run, "other")  # "the Robert F. Kennedy Ripple of Hope Award"
    if possessive and (
        _HOLIDAY.match(text, end)
        or (run[-1].text == "Valentine" and _VALENTINES_THING.match(text, end))
    ):
        return Candidate(run, "other")  # "Valentine's Day", "New Year's Eve", "Valentine's weekend"
    # (Each looked for only where its word is: a find costs far less than a search.)
    if (
        text.find("brands", max(0, start - 90), start) != -1
        or text.find("labels", max(0, start - 90), start) != -1
    ) and _BRANDS_LISTED.search(text, max(0, start - 90), start):
        return Candidate(run, "brand")  # "brands such as Ralph Lauren and Tommy Hilfiger"
    if text.find("writes", max(0, start - 12), start) != -1 and _WRITES.search(
        text, max(0, start - 12), start
    ):
        return Candidate(run, "other")  # the writer's name: "..., writes Ed Power"
    if (
        not possessive
        and text.find(" of ", max(0, start - 60), start) != -1
        and _CAST_OF.search(text, max(0, start - 60), start)
    ):
        return Candidate(run, "work")  # "the cast of Gavin and Stacey", "season of Ted Lasso"
    if n == 1 and (text.endswith(" + ", 0, start) or text.startswith(" + ", end)):
        return Candidate(run, "other")  # a duo's name: "Dan + Shay", "Florence + the Machine"
    if n == 1 and _duo(ctx, run[0]):
        return Candidate(run, "other")  # "Brooks & Dunn", "Maddie & Tae": an act of two
    if n == 2 and run[0].text in ("Lord", "Goddess", "God") and run[1].text in _DEITIES:
        return Candidate(run, "other")  # "Goddess Lakshmi and Lord Kubera": no one of the news
    if (
        n > 1
        and run[0].text == "Got"
        and run[1].text == "Talent"
        and text.endswith(("'s ", "’s "), 0, start)
    ):
        return Candidate(run, "work")  # "Britain's Got Talent", split at its possessive
    if n == 2 and run[0].text in _GREETINGS and run[1].text in HOLIDAY_WORDS:
        return Candidate(run, "other")  # "Merry Christmas and a happy new year to you all"
    if n == 2 and run[0].text == "Baby" and run[1].text in _BABY_TIES:
        # "Gave Birth to a Baby Boy" in a headline; "his first Baby Mama, Sophia": a tie
        return Candidate(run, "other")
    if run[0].text in ("Day", "Eve") and _HOLIDAY_OWNER.search(text, max(0, start - 16), start):
        return Candidate(run, "other")  # the day of "New Year's Eve party", "... Eve Gala"
    if (
        _CREDIT_AFTER.match(text, end)
        or (_WIRE_LINE.match(text, end) and (start == 0 or text[start - 1] == "\n"))
        or _EMAIL_AFTER.match(text, end)
        or text[max(0, start - 3) : start].rstrip().endswith("©")
    ) or (
        text[max(0, start - 6) : start].rstrip().endswith(("by", ":", "for", "/"))
        and _CREDIT_BEFORE.search(text, max(0, start - 30), start)
    ):
        return Candidate(run, "other")  # a photographer's credit: "Rick Diamond/Getty Images"
    if _DOMAIN_AFTER.match(text, end):
        return Candidate(run, "organization")  # "told Goss.ie": a website, by its address
    opening = ctx.doc.sentences[run[0].sentence].start
    if (
        start - opening < 24
        and not possessive
        and (
            (
                (byline := _BYLINE.fullmatch(text, opening, start))
                # a dash opens a list's item too ("- Melanie and Zwai Bala: This one ..."):
                # a writer's name after it ends the line, or a comma follows ("- Ada Lowe,
                # Reuters")
                and (
                    byline.group().strip(" :|") not in _DASHES
                    or _LINE_ENDS.match(text, end, ctx.doc.sentences[run[0].sentence].end)
                )
            )
            or (run[0].text == "By" and start == opening and n > 1)
        )
    ):
        return Candidate(run, "other")  # the writer's byline: "By Jane Doerr", "– Kirstin Benson"
    if (
        n > 1
        and not text.startswith("s", end)
        and (band := f"he {text[start:end]}s") in text
        and (f"T{band}" in text or f"t{band}" in text)
    ):
        return Candidate(run, "other")  # "former Pussycat Doll": one of The Pussycat Dolls
    if not possessive and _OF_THE_YEAR.match(text, end):
        return Candidate(run, "other")  # "the Kia Record of the Year": a prize, not its winner
    if len(run) > 1 and run[0].text == "Year" and text.endswith(" of the ", 0, run[0].start):
        run = run[1:]  # "Newcomer of the Year Simmy": the prize's last word, then its winner
    if len(run) > 1 and run[0].text[-1:] == "s" and run[0].text[:-1] in lex.nationalities:
        run = run[1:]  # "fellow Nigerians WizKid and Burna Boy": who they are, in the plural
    if len(run) > 2 and run[0].text in _GREETINGS and run[1].text in HOLIDAY_WORDS:
        run = run[2:]  # "Merry Christmas Harry Styles, you deserve it": the one greeted
    if run[0].text in _ADDRESSED and (n := _address_style(run)):
        # "His Highness Sheikh Mohamed bin Zayed", "Her Majesty Queen Elizabeth": a style of
        # address before the name, no part of it
        if n == len(run):
            return Candidate(run, "other")
        run = run[n:]
    # Letters after a name are not part of it: "Barnaby Quill KC", "Martin Luther King Jr".
    while len(run) > 2 and run[-1].text.rstrip(".") in _POST_NOMINALS:
        run = run[:-1]
    # Nor is a letter of a name in "&": "Kate Middleton V&A Museum gala".
    while len(run) > 1 and len(run[-1].text) == 1 and text.startswith("&", run[-1].end):
        run = run[:-1]
    if _ITALIAN_PLACE_AFTER.match(text, run[-1].end) and not role_before(ctx, run[0].start):
        # "the cloisters of Madonna dell'Orto", a church (but "designer Alessandro
        # dell'Acqua" is the designer's name)
        return Candidate(run, "place")
    if (
        len(run) > 1
        and _runs_past_name(lex, run, text)
        and notable_key(text[run[0].start : run[-1].end]) not in lex.notable
    ):
        sentence = ctx.doc.sentences[run[0].sentence]
        if _headline(text[sentence.start : sentence.end]) or (
            _LOWER_NEXT.match(text, run[-1].end)
            and run[-1].text.lower() in _HEADLINE_VERBS
            # a verb's form, not a name's word: "Celebrates", not "Show", "Dance", "Say"
            and run[-1].text.endswith(("s", "ed"))
            and run[-1].text != "Shows"
        ):
            # "Trudeau Tells Harry And Meghan To 'Enjoy Every Minute'", "Meghan Markle
            # Made a Detour": a headline's capitals run on past the name (but "Charles
            # Dance to Star in ..." is the actor's name). A verb in capitals before a
            # word in lower case is a headline's too: "Bonang Celebrates her Birthday".
            while len(run) > 1 and _runs_past_name(lex, run, text):
                run = run[:-1]
    whole = run
    n = len(run)
    start, end = run[0].start, run[-1].end
    possessive = run[-1].possessive
    surface = text[start:end]
    if _in_title_of_work(ctx, start, end) or (
        ctx.quoted_titles and _in_quoted_title(ctx, start, end)
    ):
        return Candidate(run, "work")  # the star of *Lady Audley's Garden*
    # (a cue in the sentence or a possessive before: its first test, asked here of every name)
    cued = run[0].sentence in ctx.work_cues or text.startswith("s ", start - 2)
    if cued and _work_by_context(ctx, run):
        return Candidate(run, "work")
    if (
        text.endswith(_TITLED_BY_KIND, 0, start)
        and not possessive  # "on the set of Greta Gerwig's film"
        and _TITLE_ENDS.match(text, end)
    ):
        return Candidate(run, "work")  # "her first short film Devi", "on the sets of Naagin"
    if run[-1].text in ("Tour", "Tours") and not possessive and n > 1:
        return Candidate(run, "other")  # "his 2019 Malaysia Tour": a tour's name

    if possessive and notable_key(surface) not in lex.notable:
        venue = _NAME_AFTER_POSSESSIVE.match(text, end)
        if venue and any(
            w in lex.org_heads or w in lex.place_heads
            for w in (venue.group(1), venue.group(1).removesuffix("s"))
        ):
            # "Sydney Children's Hospitals Foundation", "Nanna Kerr's Kitchen": a venue's
            # or a body's name, not its namesake's
            return Candidate(run, "organization")
    if (
        n > 1
        and possessive
        and text.startswith(("'", "’"), end)
        and (run[-1].text.lower() in _AUDIENCES or plural_role(lex, run[-1].text.lower()))
        and run[-1].text not in lex.surnames  # "Robin Cousins' new show", "the Ryan Brothers'"
        and notable_key(surface) not in lex.notable
    ):
        # "the Africa Magic Viewers' Choice Awards": a thing named for a group of people,
        # in a plural's possessive no name ends in
        return Candidate(run, "other")
    if n == 1 and _child_listed(ctx, run[0]):
        return Candidate(run, "short")  # "their children, North, 9, Saint, 6, Chicago, 4"
    # Whole-phrase look-ups first: the gazetteer knows "Page Six" and "The Sun".
    if surface in ctx.pets and surface not in ctx.known_names:
        # "their dog, Sunny" ... "Happy Thanksgiving from Sunny"; "her dog Diamond Baby"
        return Candidate(run, "other")
    gz = lex.gazetteer.get(surface) or lex.gazetteer.get(surface.removeprefix("The "))
    if surface in ctx.known_names:
        gz = None
    if gz == "place" and kin_before(ctx, start):
        gz = None  # "their son Milan", "daughter Ireland": a child named for a place
    if gz and gz != "brand":
        return _listed(run, gz)
    if gz == "brand" and _brand_context(ctx, start, end):
        return Candidate(run, "brand")
    if n == 1:
        return _classify_word(ctx, run)
    if n == 2 and run[0].text == "The" and _bare_role(lex, run[1].text):
        return Candidate(run, "other")  # "The Olympian, 24, married ...": who, not a name
    if all(len(t.text) == 1 for t in run):
        return Candidate(run, "other")  # initials alone: "U.N."
    if _hyphen_tail(run[-1].text) in _PRIZE_ROLES:
        return Candidate(run, "other")  # "Tony Award-winning producer": a prize's, no name
    if run[0].text == "Best" and not (
        lex.surnames.get(run[-1].text) or given_entry(lex, run[-1].text)
    ):
        # A prize's category, "Best Pop Solo Performance" (but "Best Actor Cillian
        # Murphy" ends in a name).
        return Candidate(run, "other")
    if _worn(ctx, run):
        return Candidate(run, "brand")  # "her Thom Browne look", "a Zuhair Murad number"
    if (
        text[max(0, start - 12) : start].rstrip().lower().endswith(_VENUES)
        and _DESCRIBED_VENUE.search(text, max(0, start - 40), start)
        and notable_key(surface) not in lex.notable
    ):
        # "the luxury hotel Eden Rock reopened" (but "Back at the hotel Dani Brennan
        # changed": a place the story is at, then its subject)
        return Candidate(run, "place")
    if (
        _STAGE_AFTER.match(text, end)
        and not possessive
        and ctx.word_counts.get(run[-1].text, 0) < 2
    ):
        # "John Peel stage was dominated by Yungblud", "at Brian Lara stadium": a venue
        # named for someone the post names no other way (but "Ann and Bob stage a
        # protest" is a verb)
        return Candidate(run, "place")
    if n > 2 and run[-1].text == "Live" and not possessive and not _LIVE_WHERE.match(text, end):
        # "Jimmy Kimmel Live": a show named for its host (but "watch Harry Styles Live at
        # Wembley", "Sam Smith Live on stage" tell a star performing)
        return Candidate(run, "work")
    # "Kim Ji Soo": a Korean name spaced as three words is whole, whatever two of them
    # name on their own.
    famous = None if korean_name([t.text for t in run]) else _notable_span(ctx, run)
    if (
        famous
        and not _plays(ctx, start)
        and not _quoted(ctx, start, end)
        and not _made_by(ctx, start)
    ):
        return famous  # but "Robbie plays Sharon Tate" is a part, "a gown by X" a label
    of = (
        _OF_NAME.search(text, max(0, start - 40), start)
        if text.startswith("of ", start - 3)
        else None
    )
    if (
        of
        and of.group(1) not in lex.royal_titles
        and of.group(1) not in lex.honorifics
        and not _office_then_name(lex, run)
    ):
        # "the Carousel of Hope Ball", "Museum of Modern Art" (but "District of Columbia
        # Superior Court Judge Geoffrey Alprin" ends in a judge's name)
        return Candidate(run, "other")
    if text.startswith("of ", start - 3) and _POURED.search(text, max(0, start - 16), start):
        return Candidate(run, "brand")  # "shots of Don Julio": a drink
    if not possessive and (
        (EDITION_AFTER.match(text, end) and run[-1].text in _EVENT_NAMES) or _PRIZE.match(text, end)
    ):
        return Candidate(run, "other")  # "Angel Ball 2015": an event's edition
    if (
        (years := _YEAR_AFTER.match(text, end))
        and (years.group(2) is None or int(years.group(2)) - int(years.group(1)) <= 15)
        and not _reads_as_name(lex, run[0].text, run[-1].text)
        and not (run[0].text in _KOREAN_SURNAMES and "-" in run[-1].text)  # "Noh Hee-kyung"
        and not text.endswith("by ", 0, start)  # "written by Kim Eun-sook (2016)"
        and _WORKS_TOLD.search(text, ctx.doc.sentences[run[0].sentence].start, start)
    ):
        # "dramas including Come Home Love (2012 to 2015) and Rogue Emperor (2016)": a
        # title and its year (but "Henry Jenkins (2006)" cites an author)
        return Candidate(run, "work")
    after_word = _NEXT_WORD.match(text, end, end + 30)
    if (
        after_word
        and after_word.group(1) in _NAMED_PLACES
        and _PLACE_BEFORE.search(text, max(0, start - 24), start)
    ):
        return Candidate(run, "place")  # "Charles de Gaulle airport"
    if _MAKERS.search(text, max(0, start - 40), start) and not any(
        given_entry(lex, t.text) or t.text in lex.surnames for t in run if t.text != "The"
    ):
        return Candidate(run, "work")  # "Tim Burton's Beetlejuice Beetlejuice"

    # Trim words that open a sentence or describe the person.
    title: str | None = None
    title_start: int | None = None
    lead: list[str] = []
    lead_words: list[str] = []  # the first words of a title of several ("Crown")
    lead_start: int | None = None
    cut = _described_from(lex, run)
    if not cut and text.endswith(_WORK_OF, 0, run[0].start):
        # "star of Rosehaven Luke McGregor": the show, then the name.
        cut = next(
            (
                i
                for i in range(1, len(run) - 1)
                if (g := given_entry(lex, run[i].text))
                and g.frequency >= 2
                and not any(given_entry(lex, t.text) for t in run[:i])
            ),
            0,
        )
    if cut:
        lead.extend(t.text for t in run[:cut])
        run = run[cut:]
    while run:
        w = run[0].text
        if len(run) > 1 and lex.gazetteer.get(f"{w} {run[1].text}") == "place":
            # "Sri Lanka Cricket": a place's words, not a nationality or a title
            # before a name; "South Yorkshire PCC Shaun Wright": where a person is from.
            if any(given_entry(lex, t.text) for t in run[2:]):
                lead.extend((w, run[1].text))
                run = run[2:]
                continue
            return Candidate(run, "organization" if len(run) > 2 else "place")
        if (
            (
                w in lex.nationalities
                or (
                    w.lower() in lex.stopwords
                    and w not in lex.honorifics
                    and w not in lex.royal_titles
                )
            )
            and (run[0].initial or w.lower() in lex.stopwords or w in lex.nationalities)
            and not (len(run) > 2 and _initial(text, run[0]))  # "I.U. Robert", "A.B. Smith"
            # initials spaced without stops: "A R Rahman", "A J Styles"
            and not (w == "A" and len(run) > 2 and len(run[1].text) == 1 and run[1].text.isupper())
        ):
            if (
                len(run) == 2
                and w in lex.nationalities  # ("Will Swift perform?" is a question's verb)
                and (g := given_entry(lex, w))
                and g.frequency >= COMMON_CLASS
                and not given_entry(lex, run[1].text)
                and not singular_role(run[1].text.lower(), lex.role_nouns)  # "Brothers"
                and run[1].text not in lex.all_heads
            ):
                break  # "Christian Slater": a first name, not a faith
            if (
                len(run) == 2
                and not run[0].initial
                and (g := given_entry(lex, w)) is not None
                and g.frequency >= COMMON_CLASS  # "Will", "May": words and common names
                and run[1].text.lower() not in lex.stopwords
                and role_before(ctx, run[0].start)
            ):
                break  # "actor Will Reed": a first name after a role, not a verb
            lead.append(w)
            run = run[1:]
            continue
        if (
            run[0].initial
            and len(run) > 1
            and len(w) > 5
            and w.endswith("ing")
            and not given_entry(lex, w)
            and w not in lex.surnames
        ):
            lead.append(w)  # "Representing Dhanush, senior counsel ...": a participle
            run = run[1:]
            continue
        if (
            w == "Meet"
            and run[0].initial
            and len(run) > 2
            and given_entry(lex, run[1].text)
            # set off after it ("Meet Maria Bakalova, the ..."): not "Meet Joe Black is a film"
            and _SET_OFF.match(text, run[-1].end)
        ):
            lead.append(w)  # "Meet Maria Bakalova, the breakout actress": a headline's verb
            run = run[1:]
            continue
        if w == "Black" and len(run) > 2 and text.endswith("All ", 0, run[0].start):
            lead.append(w)  # "All Black Sam Cane": New Zealand's rugby player
            run = run[1:]
            continue
        if (
            w == "Born"
            and len(run) > 2
            and (
                run[0].start == ctx.doc.sentences[run[0].sentence].start
                or text.endswith(": ", 0, run[0].start)
            )
        ):
            lead.append(w)  # "Born Olanrewaju Ogunmefun, the rapper ...": a birth name
            run = run[1:]
            continue
        if w in lex.prefix_heads and len(run) > 1:
            break  # "Saint Louis": a place's first word, not a title
        if (
            w in _TITLE_LEADS
            and len(run) > 2
            and (run[1].text in lex.royal_titles or run[1].text in _TITLE_LEADS)
        ):
            # "Crown Prince Frederik", "Hereditary Grand Duke Guillaume": one title
            if not lead_words:
                lead_start = run[0].start
            lead_words.append(w)
            run = run[1:]
            continue
        if w in _PLURAL_TITLES and len(run) > 1:
            if not _MORE_NAMES.match(text, run[-1].end):
                break  # "Kings Cross identity John Ibrahim": a place, no king of it
            w = _PLURAL_TITLES[w]  # "Princesses Beatrice and Eugenie": each a princess
        if (
            len(run) > 1
            and (
                (w in lex.royal_titles or w in lex.honorifics)
                or (w == "Maestro" and given_entry(lex, run[1].text) is not None)
            )
            # "Sheikha" is a first name too, and it is one before her father's name: "Sheikha
            # Sheikha bint Saeed"
            and not (w == "Sheikha" and len(run) > 2 and run[1].text.lower() == "bint")
        ):
            # ("Maestro Walid Fayed", a conductor; but "Maestro Fresh Wes" is a stage name)
            title = " ".join([*lead_words, w])
            title_start = lead_start if lead_words else run[0].start
            lead_words = []
            run = run[1:]
            if w in _PAGEANT and len(run) > 1 and _pageant_of(lex, run[0].text):
                title += " " + run[0].text  # "former Miss Ireland Aoife": a pageant's title
                run = run[1:]
            continue
        if w in _STYLE_OF_TITLE and len(run) > 2 and run[1].text in lex.honorifics:
            run = run[1:]  # "the Right Reverend David Conner", "the Most Reverend"
            continue
        if w in _STAGE_PREFIXES and len(run) == 2:
            break  # "DJ Khaled", "MC Hammer": a stage name, not a DJ called Khaled
        if (
            w.isupper()
            and 1 < len(w) <= 5
            and len(run) == 3  # "PCC Shaun Wright"; not "HBO Max Greta Lee"
            and given_entry(lex, run[1].text)
            and run[-1].text not in GENERATIONS  # "USP Coleman II" is a prison
        ):
            lead.append(w)  # an office or a body in capitals: "PCC Shaun Wright", "MEC Mbali"
            run = run[1:]
            continue
        if (
            len(run) > 1
            and singular_role(w.lower(), lex.role_nouns)
            and _LIST_GOES_ON.match(text, run[-1].end)
        ):
            lead.append(w)  # "Actors Kajol, Nora Fatehi and Sunny Leone": the first of many
            run = run[1:]
            continue
        if len(run) > 1 and w.endswith(("-born", "-based", "-raised")):
            lead.append(w)  # "Caerphilly-born Amy": where she is from, not her name
            run = run[1:]
            continue
        if len(run) > 1 and w.lower().endswith("-to-be") and w.lower()[:-6] in lex.roles:
            lead.append(w)  # "Bride-to-be Hazel", "Mum-to-be Nia"
            run = run[1:]
            continue
        # "Singer-songwriter Lily Rose", "Country-rocker Marcus King": a role, hyphens and all.
        role = w.lower() in lex.roles or _hyphen_tail(w) in lex.roles
        if role and w.lower() in lex.role_fields:
            # A field is a role's only before one: "Jazz Singer X", but "wife Jazz
            # Charton" (where "Legendary Keith Richards" is described all the same).
            role = len(run) > 1 and run[1].text.lower() in lex.roles
        # A role that is also a first name describes a whole name after it: "Beau
        # Siddhartha Mallya", not "Beau Mallya" (nor "Star Jones", two words); or a
        # first name that is no surname, opening a sentence ("Bride Radhika shines").
        if (
            role
            and len(run) > 1
            and (
                not given_entry(lex, w)
                or (len(run) > 2 and given_entry(lex, run[1].text))
                or (
                    len(run) == 2
                    and run[0].initial  # capitalised for its place only
                    and given_entry(lex, run[1].text) is not None
                    and run[1].text not in lex.surnames
                )
            )
        ):
            lead.append(w)
            run = run[1:]
            continue
        break
    if not run:
        return Candidate(whole, "other")
    if lead and _in_title_of_work(ctx, run[0].start, run[-1].end):
        return Candidate(run, "work")  # "His *Dear Jonathan* co-star"
    # An office deeper in the phrase: "Judiciary Committee Chair Jerry Nadler" is
    # Jerry Nadler, described as a chair; "CEO of the Refugee Council Enver Solomon
    # told" is Enver Solomon, of a council.
    for i in range(len(run) - 2, 0, -1):
        w = run[i].text.lower()
        if (
            (w in lex.roles or run[i].text in lex.org_heads)
            and (
                given_entry(lex, run[i + 1].text)
                # a first name no list knows, before a known surname: "NDP Leader
                # Jagmeet Singh"
                or (len(run) - i == 3 and lex.surnames.get(run[-1].text) and w in lex.roles)
            )
            and run[i + 1].text.lower() not in lex.stopwords  # "Harry Potter And The ..."
            and len(run) - i > 2
        ) or _hyphen_tail(w) in _PRIZE_ROLES:  # "Tony Award-winner McDonald"
            lead.extend(t.text for t in run[: i + 1])
            run = run[i + 1 :]
            break
    if (
        len(run) > 3
        and (g := given_entry(lex, run[-2].text))
        and g.frequency >= 2
        # (not within a lineage: "Midya bint Dalmouj Al Maktoum", where "Al" is no first name)
        and not _NASAB.intersection(t.text.lower() for t in run)
        and not any(given_entry(lex, t.text) or lex.surnames.get(t.text) for t in run[:-2])
        and run[-1].text not in lex.all_heads
        and not any(t.text in _BILLING for t in run)  # "The Tonight Show Starring X"
    ):
        # "the Council on American-Islamic Relations Alia Salem said": a name after
        # words that are no names is the name alone.
        lead.extend(t.text for t in run[:-2])
        run = run[-2:]
    words = [t.text for t in run]
    surface = text[run[0].start : run[-1].end]
    if surface in ctx.known_names:
        return Candidate(run, "person", title, 10.0, title_start=title_start)
    gz = lex.gazetteer.get(surface)
    if gz and gz != "brand":
        return _listed(run, gz)
    if any(w in lex.months or w in lex.weekdays for w in words) and not _month_named(
        lex, words, text, run[-1].end
    ):
        return Candidate(run, "other")
    last = words[-1]
    if (
        len(words) > 1
        and last.lower() in lex.roles
        and last not in lex.surnames
        and not given_entry(lex, last)
        and not ((g := given_entry(lex, words[0])) and g.frequency >= 2)  # "Jake Keeper"
    ):
        return Candidate(run, "other")  # "the BBC Ireland Correspondent": a post, not a name
    if (
        len(words) > 1
        and last.lower() in lex.roles
        and not lex.surnames.get(last)
        and not any(given_entry(lex, w) or lex.surnames.get(w) for w in words[:-1])
    ):
        return Candidate(run, "other")  # "(Chief) Creative Officer": a post's words alone
    if words[0] in lex.prefix_heads and not (
        # "FilmNation's Glen Basner": a common first name, then a word no place list knows
        # (but "Glen Nevis", "Glen Coe" after "in")
        (g := given_entry(lex, words[0])) is not None
        and g.frequency >= 5
        and len(words) == 2
        and words[1] not in lex.gazetteer
        and (before := _words_before(ctx, run[0].start, 1)) != ["in"]
        and before != ["at"]
    ):
        return Candidate(
            run,
            "place"
            if words[0] in lex.place_heads or words[0] in lex.weak_place_heads
            else "organization",
        )
    if (
        words[0].lower() in lex.particles
        and len(words) > 1
        and (
            words[1].lower() in lex.particles
            or not given_entry(lex, words[0])
            # "Le Roux said" where the post wrote "Marguerite le Roux" before
            or f" {words[0].lower()} {' '.join(words[1:])}" in text
        )
    ):
        return Candidate(run, "short", title)  # "De la Fuente said": a surname alone

    first_given = given_entry(lex, words[0])
    first_common = words[0].lower() in ctx.lower_words or words[0].lower() in lex.stopwords
    korean = korean_name(words)  # "Yoo Jae Sun" is no newspaper
    given_first = bool(first_given and first_given.frequency >= 3 and not first_common)
    after_the = text.endswith(("the ", "The "), 0, run[0].start)
    head = None if korean else _head_kind(words, lex, given_first, after_the)
    if (
        head == "place"
        and given_first
        and len(words) == 2
        and words[-1] in lex.weak_place_heads
        and (age_after(ctx, run[-1].end) is not None or _role_apposed(lex, text, run[-1].end))
    ):
        head = None  # "Jordan Heights, the Love Island star": who the text says they are
    shout = not head and any(
        _is_shout(w) and w not in GENERATIONS and w not in _STAGE_PREFIXES for w in words
    )
    if shout and _initials_first(words, lex):
        shout = False  # "JP McManus", "AJ Odudu": initials, not an acronym
    # A star's whole name is theirs, whatever its words look like: "Cee Lo Green" is
    # no green, "FKA Twigs" no acronym. (Looked up only when it matters.)
    if (
        len(words) == 2
        and words[0] in _STAGE_PREFIXES
        and words[1].lower() not in lex.stopwords
        and words[1] not in lex.org_heads
        and words[1] not in lex.place_heads
        and not run[-1].possessive
        and not _work_by_context(ctx, run)
    ):
        # "a set from DJ Mailbox", "DJ Capital", "DJ EDF": a DJ's name, whatever word it
        # borrows (but "the DJ Awards", "DJ Mag")
        return Candidate(run, "person", title)
    if (head or shout) and notable_key(surface) not in lex.notable:
        return Candidate(run, head or "other")
    if gz == "brand" and _brand_context(ctx, run[0].start, run[-1].end):
        return Candidate(run, "brand")
    if _quoted(ctx, whole[0].start, run[-1].end):
        return Candidate(run, "work")
    if _made_by(ctx, run[0].start) or _garment_from(ctx, run[0].start):
        return Candidate(run, "brand")
    after_word = _NEXT_WORD.match(text, run[-1].end, run[-1].end + 30)
    if (
        after_word
        and (following := after_word.group(1).lower()) in lex.products
        and following not in _VERB_PRODUCTS
        and not run[-1].possessive
    ):
        return Candidate(run, "brand")
    before = [w.lower().strip(".") for w in _words_before(ctx, whole[0].start, 3)]
    if (
        before
        and before[-1] in {"of", "in", "for", "called", "titled"}
        and len(before) > 1
        and (before[-2] in WORK_CUES or (before[-2:] == ["work", "in"] and not run[-1].possessive))
    ):
        return Candidate(run, "work")  # "the premiere of X", "for his work in X"
    if before[-2:-1] and before[-2] in _PRIZES_WON and before[-1] == "for" and not title:
        return Candidate(run, "work")  # "his first Globe for Marty Supreme"
    if (before and before[-1] == "best" and not (first_given and first_given.frequency)) or (
        _category_listed(text, whole[0].start)
        # "for Best Radio DJ and Leigh Doyle from Beat FM": a winner after a category
        and not (given_first and words[-1] in lex.surnames)
    ):
        return Candidate(run, "other")  # "best British Female Solo": a prize category
    if (
        before
        and before[-1] in WORK_CUES
        and not title
        # "the TV drama, Kieran Culkin": set off by a comma, the name is a person's; so
        # is a winner after a category's colon ("Best New Actor (Drama): Lee Jung Ha"),
        # unless a subtitle follows a title that opens with no first name ("the new
        # movie, Top Gun: Maverick", but "the drama, Dara Salvesen: She said").
        and (
            not text[: whole[0].start].rstrip().endswith((",", ":"))
            or (first_given is None and _SUBTITLE.match(text, whole[-1].end) is not None)
        )
    ):
        return Candidate(run, "work")
    if cast_of(ctx, run[-1]) or _work_won(text, whole[0].start, run[-1].end):
        return Candidate(run, "work")
    if not first_given and _FOUNDER_BEFORE.search(
        text, max(0, whole[0].start - 60), whole[0].start
    ):
        return Candidate(run, "organization")  # "Seth MacFarlane, Founder, Fuzzy Door"
    if _head_of(ctx, run[0], run[-1]):
        # "Ogopa Butterfly owner, Sula Kyababa", "the former Atomic Kitten singer"
        return Candidate(run, "organization")
    if (
        _GROUP_BEFORE.search(text, max(0, whole[0].start - 16), whole[0].start)
        and _CLAUSE_END.match(text, run[-1].end)
        and not _MEMBERS_LISTED.match(text, run[-1].end)
    ):
        return Candidate(run, "organization")  # "formed the manzai duo Hana Engine."
    if _plays(ctx, whole[0].start):
        # a character: "she played the notorious Alex Reid"
        return Candidate(run, "other", character=True)
    if _cause(ctx, whole[0].start, run[-1].end):
        return Candidate(run, "organization")

    if len(run) == 1:
        if _describes(lex, run[0].text):
            return Candidate(whole, "other")
        if title is not None and title.split()[-1] in lex.royal_titles:
            return Candidate(run, "person", title, 5.0, title_start=title_start)
        return Candidate(run, "short", title, title_start=title_start)
    # (each "bin X" of a lineage adds two words to a name's usual five at most)
    if len(run) > 5 + 2 * sum(w.lower() in _NASAB for w in words[1:-1]) or (
        words[-1].lower() in lex.particles and not korean_name(words)
    ):
        return Candidate(run, "other")  # (but "Myung Se Bin" ends in a syllable, not "bin")
    if words[0].lower() in _ORDINALS:
        return Candidate(run, "other")  # "in one of Fifth Settlement's hotels"
    if (
        not first_given
        and len(words[-1]) > 3  # (not "Sen": "Hun Sen")
        and words[-1].lower() in lex.role_nouns
        and not run[-1].possessive
    ):
        return Candidate(run, "other")  # a category: "Playback Singer (Female): ..."

    # Evidence for a person name made of two or more words.
    score = 0.0
    if first_given and not first_common:
        score += 2.0 + (1.0 if first_given.frequency >= 3 else 0.0)
    elif first_given:
        score += 1.0
    if title or (words[0] in _STAGE_PREFIXES and len(words) == 2):
        score += 3.0  # "DJ Mike", "MC Lyte": the prefix bills a stage name
    descriptors = descriptors_before(ctx, run[0].start)
    if descriptors or (
        lead and any(w.lower() in lex.roles or w in lex.nationalities for w in lead)
    ):
        score += 3.0
    follow = _FOLLOW_WORD.match(text, run[-1].end, run[-1].end + 30)
    if follow:
        verb = follow.group(1).lower()
        if verb in _SPEECH_VERBS and _QUOTE_NEXT.match(text, follow.end()):
            score += 3.0  # 'Jide Awobona wrote, "Beautiful"': a voice of its own
        elif verb in _STRONG_VERBS:
            score += 2.0
        elif verb in PERSON_VERBS:
            score += 1.0
    if age_after(ctx, run[-1].end) is not None or age_before(ctx, run[0].start):
        score += 3.0
    elif (
        _PARTNER_AFTER.match(text, run[-1].end)
        or _WHO_AFTER.match(text, run[-1].end)
        or _role_apposed(lex, text, run[-1].end)
    ):
        score += 3.0  # "X and his wife Y", "X, the man behind the awards", "X — Biel's stylist"
    tied = tuple(before[-2:]) in _TIED
    if tied:
        score += 3.0
    elif before and before[-1] in _SOCIAL_VERBS:
        score += 2.0
    elif len(before) >= 2 and before[-1] == "by" and before[-2] in _MADE_BY_SOMEONE:
        score += 3.0  # "choreographed by Shiamak Davar", "hosted by ..."
    elif before and before[-1] == "and" and _given_and_before(ctx, whole[0].start):
        score += 3.0  # "Miles and Keleigh Teller": a couple sharing the surname
    elif before and before[-1] in {"with", "and", "by", "star", "told"}:
        score += 1.0
    if before and before[-1] in _PLACE_PREPS and not descriptors and not tied:
        score -= 2.0
    if before and before[-1] == "the" and not descriptors and not title:
        score -= 2.0  # "the Silver Lantern nominations": people rarely take "the"
    if any(t.text.lower() in lex.particles for t in run[1:-1]):
        score += 1.0
    if ctx.word_counts.get(words[-1], 0) > 1:
        score += 1.0  # the surname comes back on its own: "Okonkwo's agent"
    if korean:
        return Candidate(run, "person", title, score + 3.0, descriptors, title_start)
    for t in run[1:]:
        w = t.text
        if w.lower() in lex.particles or _initial(text, t):
            continue  # an initial is no word: "Vivica A. Fox" is not "a"
        if w.lower() in ctx.lower_words or w.lower() in lex.stopwords or w in lex.nationalities:
            score -= 3.0
    if run[0].initial and first_common:
        score -= 2.0
    kind = "person" if score >= 3.0 else "maybe"
    return Candidate(run, kind, title, score, descriptors, title_start)
