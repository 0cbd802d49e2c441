"""Events a post reports: what kind, when, where and who was there.

An event starts at a trigger word in a sentence ("a party", "divorced",
"tied the knot"). Its date is the nearest date phrase in that sentence,
its place a named place right after the trigger ("at a party in Soho
House"), its attendees the people of that sentence, with "she", "he",
"they" and "the couple" read as the people they stand for. A later "the
party" or "the event" adds people to the event it refers to instead of
starting a new one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain, pairwise, takewhile

from .dates import (
    CALENDAR_NAMED,
    FOLDS_TO_ASCII,
    LATER_WORDS,
    DateMatch,
    Words,
    find_dates,
    sounds_future,
)
from .facts import COUPLE_EVENTS, Event, PartialDate, Person, agree, finer
from .names import EDITION_AFTER, KIN_NAMED_AFTER
from .text import LINK_LINE, Block, Document, matches_at

# Music festivals known by name alone: a set there is a concert.
_MUSIC_FESTIVALS = (
    "Coachella", "Glastonbury", "Lollapalooza", "Bonnaroo", "Tomorrowland", "Rolling Loud",
    "Summer Jam", "Afropunk", "Primavera Sound",
)  # fmt: skip
# Vows said, in the words of the vows: "said I do", "said 'I do'".
_SAID_I_DO = r"(?:said|say|says|saying) ['\"“‘]?i do\b"
# A part played: "whose character married her colleague".
_PART = r"(?:his|her|their|whose) character"
# The nights news names a ceremony by, in lower case.
_BIG_NIGHTS = r"(?:oscars|grammys|baftas|emmys|golden globes)"
# type -> trigger pattern (lower-case text). Definite references ("the
# party") are told apart by the article in front.
_TRIGGERS: dict[str, str] = {
    "party": r"(?:(?:oscars?|grammys?|baftas?|emmys?|golden globes|brit awards|brits|met gala|vmas) )?(?:launch |house |engagement |after-?|leaving |release |wrap |dinner |garden |pool |christmas |new year's |new year’s |costume |themed )?(?:(?<!bridal )(?<!wedding )party|bash|governors['’]? ball|pre-wedding (?:lunch|dinner|party|bash|festivities|celebrations?|functions?|ceremon(?:y|ies))|soir[ée]e|shindig|knees-up|(?:evening |private |intimate )celebration|(?:baby|bridal) shower|gender reveal(?: party)?|hen (?:party|do|weekend)|stag (?:party|do|weekend)|bachelorette(?: party| celebration| weekend| trip)?|bachelor (?:party|weekend)|housewarming|(?:(?:first |second |grand |lavish )?wedding )?reception(?! (?:desk|area|room|class))|(?:haldi|mehendi|mehndi|sangeet|valima|walima)(?: ceremony| programme| program| function| night| party| reception)?|(?:(?<=\ba )|(?<=\ban )|(?<=\bthe )|(?<=\bher )|(?<=\bhis )|(?<=\btheir )|(?<=\bannual )|(?<=['’]s ))(?:holi|diwali|eid|iftaa?r|lohri|navratri) (?:celebrations?|gathering|get-together|do|party|bash))",
    "gala": r"(?:met gala|met ball|(?:charity |fundraising |annual |glittering |star-studded )?(?:gala|charity ball|benefit dinner|fundraiser|(?-i:(?:[A-Z][\w’'-]* (?:of (?:the )?)?)+Ball\b)))",
    "premiere": r"(?:(?:world |european |uk |london |red carpet |film )?premi[eè]re|premiered|premiering|special screening|advance screening|(?:walked|hit|on|graced|stunned on) the red carpet)",
    "wedding": r"(?:star-studded |lavish |secret |intimate |royal )?(?:(?<!pre-)wedding|nuptials|nikk?ah|tied the knot|tying the knot|tie the knot|set a (?:wedding )?date|got married|walked down the aisle|(?:exchanged|exchanging|said|renewed|renewing) (?:their |our )?(?:wedding )?vows|exchanged rings|got hitched|eloped|wed|marry(?! me\b)|(?:(?<=set to )|(?<=due to )|(?<=are )|(?<=is ))(?:get|getting) married(?= (?:on|in|at|this|next)\b)|"
    + _SAID_I_DO
    + r"(?=['\"”’]?(?:[.!;:]|$| (?:on|in|at|to|with|before|after|for|again|last|this|back|during|under|inside|surrounded|in front)\b))|(?<=been )married(?= (?:twice|(?:three|four|five|six|seven|eight) times)(?: before)?,? to )|(?:was|were) married (?=in (?:(?:19|20)\d\d|(?-i:[A-Z]))|on |at (?!the time\b|that time\b|the age\b|\d|least\b|first\b|(?:one|that|some|this|the) point\b|a young age\b|[a-z]+teen\b|twenty|thirty|forty))|registered their marriage|marrying|(?<!is )(?<!are )(?<!was )(?<!were )(?<!been )(?<!be )(?<!being )(?<!get )(?<!years )(?<!months )(?<!\ba )(?<!newly )(?<!happily )(?-i:married)(?=[.,;!]| (?:(?-i:[A-Z])|(?!(?:name|names|pair|couple|couples|life|lives|status|bliss|father|mother|man|woman|men|women|people|friends?|twice|off|into|up|out|before|now|again|to|for|with|and|or|but|if|when)\b)(?:[a-z-]+ ){1,2}(?-i:[A-Z])|his |her |their |husband |wife |fellow |longtime |long-time |actor |actress |singer |model |girlfriend |boyfriend |partner |fianc[ée]e? |the |a |an |in |at |on |last |this |shortly |soon |quietly |secretly |privately |earlier |later |(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?|weeks?|days?) (?:later|after|ago))))",
    "engagement": r"(?:engagement|got engaged|(?:been|are|were) engaged since|getting engaged|are engaged|were engaged|became engaged|popped the question|pops? the (?:big )?question|(?:the|his|her|a|surprise|romantic|marriage) proposal|asked for (?:her|his) hand\b|(?:got|went|dropped|gone) down on one knee|propos(?:ed|ing) (?:to|marriage|on|in|at|during|last|while|with))",
    "divorce": r"(?:divorce|divorced|got divorced|(?<=were )married until(?= (?:19|20)\d\d\b)|finali[sz](?:ed|ing) (?:their|the|her|his) (?:separation|split)|split (?:was|has been|is) (?:made )?(?:official|finali[sz]ed))",
    "breakup": r"(?:split up|split from|(?:are|were|is|was) splitting|splitting up|splitting from|split after|split (?:in|last|earlier|this|back|for)|(?<=after |since )splitting(?= (?:in|last|earlier|back)\b)|(?<=before )splitting(?= (?:in|last|earlier|back)\b)|(?:who|quietly|reportedly|officially|finally|secretly|amicably) split|(?:have|has|had|they|couple|pair) split|(?:their|the|a|her|his|shock|recent) split|(?<=['’]s )split(?! (?:second|decision|screen))|broke up|(?:have|has|had) broken up(?! (?:a|an|the|with a)\b)|(?:we|they) separated|break-?up|parted ways|called it quits|(?:have|has|had|are|were|recently) separated|separated from|separation|went their separate ways|(?:ended|end) (?:their|his|her) (?:(?!working |business |professional )[\w-]+ )?(?:relationship|romance|marriage)|part ways|called time on their (?:relationship|romance|marriage)|(?:the )?end of (?:their|her|his) (?:[\w-]+-year |\w+-year-long )?(?:marriage|relationship|romance)|(?:(?:broke|break|breaking|breaks) off|(?:ended|end|ending|ends)) (?:their|his|her|our) (?:[\w-]+-(?:year|month)(?:-long)? |long-?time |brief |whirlwind |short-lived |secret )?engagement(?! (?:at|as|with the|party|parties|celebrations?|reception|ring)\b)|(?:called|call|calling|calls) off (?:their|his|her|our) (?:[\w-]+-(?:year|month)(?:-long)? |long-?time |brief |whirlwind |short-lived |secret )?(?:engagement|wedding|relationship|romance)(?! (?:at|as|with the|party|parties|celebrations?|reception|ring)\b)|uncoupl(?:ed|ing)|(?:(?:are|is) )?no longer together|(?:go|going|gone|went) (?:their|its) separate ways|parting of the ways|(?:are|is) separating|(?:chosen|decided) to separate|ended (?:her|his) (?:[\w-]+-year |long-?time |romantic )?relationship with)",
    "award_show": r"(?:(?-i:(?:[A-Z][\w’'-]* )+[Aa]wards)(?! Hall of Fame)|awards? (?:show|ceremony|night|gala)|oscars|grammys|baftas|emmys|golden globes|brit awards|brits|vmas|mobo awards|logies|tonys|oliviers|razzies)",
    "court_hearing": r"(?:(?:court|custody|preliminary|bail|sentencing|disciplinary|divorce) hearing|hearing(?! (?:of|about|from|that|the news|loss|aid))|appeared in court|in court|trial|tribunal|court(?! of)|arraignment|arraigned|(?:case|matter)(?: [\w'’-]+){0,5}? (?:was|has been|is|were|have been) adjourned|(?:case|matter|pleas?|petitions?|appeals?)(?: [\w'’-]+){0,5}? (?:be|been|was|were) heard(?= (?:on|in|at|before|next|this|today|tomorrow|later|by (?:the |a )?(?:court|judge|magistrate|tribunal|bench))\b))",
    "birthday": r"(?:\d+(?:st|nd|rd|th) )?birthday(?: party| dinner| lunch| bash| celebrations?)?|"
    # "turned 31 earlier this week" (not "when she turned 18": see _TIME_OF_LIFE).
    r"turn(?:ed|s|ing) (?:\d{2}|1[01]\d|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
    r"(?! (?:degrees|per|%|points))",
    "concert": r"(?:concerts?|gigs?|qawwali(?: night)?|joined (?:[\w$.'’-]+ ){1,3}on stage|sold-out show|(?:his|her|their) (?:own )?(?:stadium|arena) shows?|headline (?:set|slot)|headlined|(?<!\ba )(?<!\bthe )(?<!\bhis )(?<!\bher )headline(?= the (?-i:[A-Z])| (?-i:[A-Z])(?!\w*s?['’]))|perform(?:ed|ing|s)? at|(?:took|taking|takes|take) (?:to )?the (?:(?!(?:oscars?|grammys?|baftas?|brits?|emmys?|golden|globes?|awards?)\b)(?-i:[A-Z])[\w'’-]* ){0,3}stage|"
    # a song sung, live or with someone: "performed 'Men in Black'", "performing her hits"
    r"perform(?:ed|ing|s)?(?= (?:live|together|on ?stage)\b| with (?-i:[A-Z])| [\"“‘'](?-i:[A-Z]))|"
    r"perform(?:ed|ing|s)? (?:[\w’'-]+ ){0,3}?(?:songs?|hits?|singles?|tracks?|medley|rendition|duet|concerts?|gigs?)\b|"
    # a set of music, someone's: "during her set", "Ice Spice's set", "her Coachella set"
    r"(?:(?<=['’]s )|(?<=\bher )|(?<=\bhis )|(?<=\btheir ))(?:(?-i:[A-Z])[\w-]* ){0,2}set\b(?!-| (?:of|to|for|list|up|off|out|in|piece|design|photos?|point|visit|menu)\b)|"
    # a show told by its day: "a Saturday night performance", "Friday night's show"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:night|afternoon|evening)['’]?s?|halftime|half-time) (?:surprise |live |headline )?(?:performance|show|set|gig)\b(?! (?:in|as|of)\b)|"
    # a music festival by its name: a set there is a concert
    rf"(?-i:{'|'.join(_MUSIC_FESTIVALS)})(?!['’]s (?:\d{{4}} )?(?:lineup|line-up)\b| (?:lineup|line-up|tickets?)\b)|"
    r"(?:hit|hits|hitting) the stage|(?:final|headline|headlining|live) performance(?! as\b)|(?:performances?|shows?)(?= at (?:the )?(?:(?:(?-i:[A-Z])[\w'’.-]* ){1,4}(?-i:Arena|Stadium|Centre|Center|Hall|Theatre|Theater|Bowl|Dome|Amphitheatre|Amphitheater|Coliseum|Colosseum|Forum|Palladium|Garden|Pavilion|Auditorium)|O2|Wembley)\b)|(?:farewell |world |stadium |arena |comeback )?tour)",
    "dinner": r"(?:romantic dinner|rehearsal dinner|dinner date|date night|romantic meal|dinner|supper|lunch date|lunch|brunch|dined|dining|lunched|(?:(?<=for a )|(?<=grab a )|(?<=grabbed a )|(?<=grabbing a ))(?<!time for a )bite to eat)",
    "vacation": r"(?:visited|holidays?|holidaying|vacations?|vacationing|vacationed|getaway|honeymoon|romantic break|jetted off|jetted to|escaped to|sunning themselves|soaking up the sun|(?:enjoying|enjoyed) a (?:break|sunshine break)|beach break|holidayed|honeymooned|honeymooning|safari|trip)",
    "birth": r"(?:(?:was|were) born|became (?:parents|a (?:mother|father|mum|mom|dad))|(?:^|(?<=\()|(?<=, ))born(?= )|welcomed (?:(?:their|her|his|our|a) (?:first |second |third |fourth |fifth )?(?:new |newborn |new-born )?(?:child|baby|twins|baby boy|baby girl)|(?:(?:their|her|his|our|a) (?:first |second |third |fourth |fifth )?(?:new |newborn |new-born )?(?:baby )?)?(?:son|daughter)\b(?!['’])|baby (?:no\.? ?\d|number \w+|(?=(?-i:[A-Z])))\b)|gave birth|gives birth|(?:has|have|had) given birth|giving birth|welcomed (?:a |their |her |his |our )?(?:baby )?(?:boy|girl)|welcomed (?:their|her|his|our) (?:little |new |newest )?(?:addition|arrival|bundle of joy|little one)|(?:took to \w+ to )welcome (?:their|her|his|our) little bundle of joy|said hello to (?:their|her|his|our) newborn\b(?! (?:nephew|niece|grand\w+|cousin|brother|sister))|welcomed the (?:arrival|birth) of (?:their|her|his|our|a) (?:[\w-]+ )?(?:child|baby|son|daughter|twins|boy|girl|little one)\b|(?:had|got|delivered) (?:a|their|her|his) (?:first |second |third )?(?:bouncing |healthy )?baby(?: boy| girl)?|welcomed (?-i:little) (?=(?-i:[A-Z]))|delivered (?:baby )?(?:boys|girls|twins)|delivered (?:the|their|her) (?:tot|baby|little one|newborn|child)\b(?!['’-]| (?:photos?|pictures?|images?|gifts?|cake|news|presents?))|first-time parents|birth of (?:their|her|his|a) (?:first |second |third )?(?:bouncing |healthy )?(?:child|baby|son|daughter|twins))",
}
_DISPLAY = {
    "party": "Party", "gala": "Gala", "premiere": "Premiere", "wedding": "Wedding",
    "engagement": "Engagement", "divorce": "Divorce", "breakup": "Breakup",
    "award_show": "Award show", "court_hearing": "Court hearing", "birthday": "Birthday",
    "concert": "Concert", "dinner": "Dinner", "vacation": "Holiday", "birth": "Birth",
    "other": "Event",
}  # fmt: skip
# A word of every trigger and event reference (its rarest): a cheap first filter.
_TRIGGER_WORDS = frozenset(
    """
    party bash soiree soirée shindig knees-up gala ball fundraiser premiere première
    wedding nuptials knot married wed engagement engaged proposed popped divorce divorced
    nikah nikkah delivered
    premiered premiering screening
    split broke break-up breakup parted quits separated separation awards award oscars
    grammys baftas emmys globes brits vmas hearing heard court trial tribunal birthday concert gig qawwali
    sold-out headline headlined performed perform performing performs set stage halftime half-time coachella glastonbury lollapalooza bonnaroo tomorrowland loud jam afropunk primavera dinner lunch brunch holiday vacation getaway
    honeymoon jetted trip event ceremony celebrations marry marrying dined lunched tour
    guests guest attended reading hosted officiated aisle vows stage holidaying vacationing
    welcomed welcome newborn birth born became proposed carpet governors proposing splitting performing performs
    celebration vacationed sunning soaking break separate ended longer visited reception ways
    dining festivities papers proposal knee shower reveal hen stag housewarming
    exchanged hitched eloped uncoupled uncoupling first-time holidayed honeymooned
    honeymooning safari supper parting separating meal given pops attendance attendees invitees
    broken renewed concerts gigs date baby registered holidays vacations turned turning turns
    haldi mehendi mehndi sangeet valima walima called afterparty pop end escaped logies tonys
    oliviers razzies arraignment arraigned adjourned
    performance performances show shows
    call calls calling ending ends breaking breaks
    bachelor bachelorette
    hand bite
    holi diwali eid iftar iftaar lohri navratri
    """.split()
)


_LOWER_WORD = re.compile(r"[a-zà-ÿ][\w'’-]*")


# "said I do": a wedding told with no word of ``_TRIGGER_WORDS`` ("do" is everywhere).
_I_DO = re.compile(rf"\b{_SAID_I_DO}")


def _trigger_positions(text: str, start: int) -> list[int]:
    """Where words of ``_TRIGGER_WORDS`` (or hyphenated words with one) start.

    The distinct words are checked first, with ``findall`` in C; only the few
    that hit are then looked for, with ``str.find``, so a post costs one scan,
    not one Python step per word (nor a pattern compiled for its words). The
    scan is of its own: a word here runs on through hyphens and digits
    ("wedding--a"), as the triggers read it, not as a name's word does.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would drift
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    words = set(_LOWER_WORD.findall(lowered, start))
    hits = (words & _TRIGGER_WORDS).union(
        w for w in words if "-" in w and not _TRIGGER_WORDS.isdisjoint(w.split("-"))
    )
    found = [m.start() for m in _I_DO.finditer(lowered, start)] if "i do" in lowered else []
    for word in hits:
        at = lowered.find(word, start)
        while at != -1:
            # Whole words: not inside a longer word, a contraction or a hyphenated one.
            if not _in_word(lowered, at - 1) and not _in_word(lowered, at + len(word)):
                found.append(at)
            at = lowered.find(word, at + 1)
    return sorted(found)


def _in_word(text: str, at: int) -> bool:
    """Is ``text[at]`` a character of a word (``[\\w'’-]``)?"""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_'’-")


MAX_EVENTS = 50
# A couple's events: two people, the same two each time the event is told.
_NO_GUESTS = frozenset({"engagement", "divorce", "breakup", "birth"})  # nobody attends them
_SPLITS = frozenset({"divorce", "breakup"})
# A couple told as married, by words beside one of them: "her husband of 11 years, Chris
# Samuels", "Vera Sidika, formerly married", "he and his wife, Fella Makafui", or by a split
# from a spouse: "split from her new husband". (Not a marriage told of someone else: "who
# divorced her husband Max Lee in 2019, has split from her boyfriend Tom Reed".)
_WED_SPOUSE = r"(?:husband|wife|hubby)"  # a spouse by marriage (not a partner, a fiancé)
_MARRIED_TO = rf"(?:her|his) (?:estranged )?{_WED_SPOUSE}"
_MARRIED_BEFORE = re.compile(rf"\b{_MARRIED_TO}(?: of [\w -]{{1,20}}?)?,?\s+$", re.IGNORECASE)
_MARRIED_AFTER = re.compile(rf",?\s+(?:{_MARRIED_TO}\b|formerly married\b)", re.IGNORECASE)
# ("was previously married to" is an aside about someone else: not matched here; with
# the years it lasted, see _MARRIED_SPAN)
_WED_TOLD = re.compile(r"\b(?:was|had been|is) married to\b")


def _spouses_told_before(doc: Document, index: int, mentions: _Mentions) -> list[str] | None:
    """The couple one of the two sentences before ``index`` in its paragraph tells married
    ("Kacey was married to Ruston Kelly"), when no one is named between: who "they" are."""
    block = doc.sentences[index].block
    for j in range(index - 1, max(-1, index - 3), -1):
        sentence = doc.sentences[j]
        if sentence.block != block:
            return None
        told = _WED_TOLD.search(doc.text, sentence.start, sentence.end)
        if told is None:
            if mentions.within(sentence.start, sentence.end):
                return None
            continue
        before = mentions.named_within(sentence.start, told.start())
        after = mentions.named_within(told.end(), sentence.end)
        if before and after and before[-1][0] != after[0][0]:
            return [before[-1][0], after[0][0]]
        return None
    return None


# "The pair stayed married for less than three years before they called it quits" (not
# "whose parents stayed married", nor "were married before a judge")
_MARRIED_UNTIL = re.compile(
    r"\b(?:they|the (?:pair|couple|two)) (?:stayed|remained|were|had been) married\b"
    r"[^.;]{0,50}?\b(?:before|until)\b(?!\s+(?:a|an|the|their|friends|family|guests)\b)",
    re.IGNORECASE,
)
_SPLIT_FROM_SPOUSE = re.compile(
    rf"\bsplit(?:ting)? from (?:her|his) (?:new |estranged )?{_WED_SPOUSE}\b", re.IGNORECASE
)


def _married(text: str, start: int, end: int, couple: list[str], mentions: _Mentions) -> bool:
    """Does the sentence at ``start:end`` tell the couple split as a married couple?"""
    if _SPLIT_FROM_SPOUSE.search(text, start, end) or _MARRIED_UNTIL.search(text, start, end):
        return True
    for name in couple[:2]:
        for at in mentions.starts_of(name, start, end):
            if _MARRIED_BEFORE.search(text, max(start, at - 45), at) or _MARRIED_AFTER.match(
                text, mentions.end_at(at), end
            ):
                return True
    return False


_GUESTS_REACH = 6  # sentences back to the gathering a guest list belongs to
_TRIGGER = re.compile(
    # "the biennial gala" is "the gala": a describing word may come between.
    r"\b(?P<det>(?:the |this |that |their |her |his |a |an )"
    r"(?:(?:biennial|annual|big|glitzy|glamorous|swanky|exclusive|same|whole|recent|festive|"
    r"opulent|extravagant|sumptuous|black-tie|fabulous|latest) )?)?(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _TRIGGERS.items())
    + r")\b",
    re.IGNORECASE,
)
# How a trigger's text can begin, in lower case: the first words of ``_TRIGGER``'s
# alternatives and of the optional words in front of them (as prefixes: "premi"
# for "premiere", "première", "premiered"), and whole short words, spaced. A match
# can start only at a word that begins so, or at a capital where a named "... Ball"
# or "... Awards" may follow: trying the pattern only there finds what ``finditer``
# finds at less than half the cost. A new trigger adds its first words here; a test
# checks the two ways agree on a sample of every alternative and on real text.
_TRIGGER_STARTS = (
    tuple(
        """
    the this that their her his turn renewing exchanging haldi mehendi mehndi sangeet valima walima holi diwali eid iftar iftaar lohri navratri oscar grammy bafta emmy golden brit vma launch house nikah nikkah
    engagement after leaving release wrap dinner garden pool christmas costume themed party
    bash soir shindig knees governors pre-wedding rehearsal evening private intimate baby bridal gender stag bachelor bachelorette housewarming first
    second grand lavish wedding reception charity fundraising annual glittering gala
    benefit fundraiser world european london film premi special advance walked graced stunned secret
    royal nuptials tied tying exchanged renewed eloped wed marry registered marrying married
    getting became surprise romantic propos went dropped gone divorce split splitting
    quietly officially finally amicably couple shock recent broke break parted
    call separat ended ending ends uncoupl going parting chosen decided award mobo court custody finali arraign case matter
    plea petition appeal
    preliminary bail sentencing disciplinary hearing appeared trial tribunal birthday concert
    logies tonys oliviers razzies asked marriage part
    gig qawwali joined sold headline perform took taking takes take set mon tues wednes thurs fri satur sun halftime half-time coachella glastonbury lollapalooza bonnaroo tomorrowland rolling afropunk primavera farewell stadium arena comeback tour lunch supper
    brunch dined dining visited holiday vacation getaway honeymoon jetted escaped sunning
    soaking enjoy beach safari trip born welcomed gave gives giving birth delivered
    hit final headlining live performance performances show shows
    bite
    """.split()
    )
    + tuple(
        f"{w} "
        for w in "a an new hen uk red hit tie set got get who have has had they we end go no date "
        "been".split()
    )
    + (
        # the commonest small words, with what follows them ("in" opens only "in court")
        "in court",
        "on the red",
        "was married",
        "was born",
        "was splitting",
        "were married",
        "were born",
        "were engaged",
        "were splitting",
        "were separated",
        "is splitting",
        "is no longer",
        "is separating",
        "are engaged",
        "are splitting",
        "are separated",
        "are no longer",
        "are separating",
        "met gala",
        "met ball",
        "pair split",
        "reportedly split",
        "star-studded ",
        "summer jam",
        "pop the ",
        "pops the ",
        "popped the ",
        "said their ",
        "said our ",
        "said wedding ",
        "said vows",
        "said hello to ",
    )
    # "said I do", "saying 'I do'", "will say “I do”" (see ``_SAID_I_DO``)
    + tuple(
        f"{verb} {mark}i do"
        for verb in ("said", "say", "says", "saying")
        for mark in ("", "'", '"', "“", "‘")
    )
)


def _prefix_trie(prefixes: Sequence[str]) -> str:
    """A pattern matching text that opens with one of ``prefixes``, shared letter by
    letter, so the engine tries one branch per letter rather than one per prefix."""
    if "" in prefixes:
        return ""  # this prefix is enough: a longer one adds nothing
    rests: dict[str, list[str]] = {}
    for prefix in prefixes:
        rests.setdefault(prefix[0], []).append(prefix[1:])
    branches = [re.escape(c) + _prefix_trie(rest) for c, rest in sorted(rests.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _starts(prefixes: Sequence[str]) -> re.Pattern[str]:
    """Where a pattern can open, in the text in lower case: at a word one of its
    prefixes begins, or a digit."""
    return re.compile(rf"\b(?={_prefix_trie(prefixes)}|\d)")


_TRIGGER_OPENINGS = _starts(_TRIGGER_STARTS)
_CAPITAL_WORD = re.compile(r"\b[A-Z]")


def _matches_at_starts(
    pattern: re.Pattern[str],
    chunk: str,
    starts: re.Pattern[str],
    begin: int = 0,
    last: int | None = None,
    capitals: bool = False,
) -> list[re.Match[str]]:
    """What ``pattern.finditer(chunk, begin)`` finds, up to the matches opening by
    ``last``, trying the pattern only at a word a prefix of ``starts`` opens (in lower
    case), at a digit, and at a capital if ``capitals``. Every match of ``pattern`` must
    open a word so; a test checks that each table says so of its pattern."""
    stop = len(chunk) if last is None else last + 1
    if not FOLDS_TO_ASCII.isdisjoint(chunk):  # a start the prefixes cannot see
        return list(takewhile(lambda m: m.start() < stop, pattern.finditer(chunk, begin)))
    # (the starts are found in C: a loop over every word here cost more than the matches;
    # without a letter of FOLDS_TO_ASCII, the text in lower case is as long as ``chunk``)
    starts_at = [w.start() for w in starts.finditer(chunk.lower(), begin)]
    if capitals:
        starts_at = sorted({*starts_at, *(w.start() for w in _CAPITAL_WORD.finditer(chunk, begin))})
    return matches_at(pattern, chunk, starts_at, stop)


def _triggers(chunk: str) -> list[re.Match[str]]:
    """``_TRIGGER.finditer(chunk)``, tried only where a trigger can start."""
    # (a capital can start a named "... Ball", "... Awards" ("the Headies awards"), or a
    # stage's "Pyramid Stage set")
    named = "Ball" in chunk or "Awards" in chunk or " awards" in chunk or " set" in chunk
    return _matches_at_starts(_TRIGGER, chunk, _TRIGGER_OPENINGS, capitals=named)


# How far before a trigger a phrase of ``_NOT_EVENT`` that holds it can begin ("presented
# the papers ... to the court"), with room to spare.
_NOT_EVENT_REACH = 240


def _blocked(chunk: str, triggers: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The spans of ``_NOT_EVENT`` that can hold a trigger's start: searched from a
    phrase's reach before the first trigger to the last, not over the whole chunk, and
    tried only at the words ``_NOT_EVENT_STARTS`` says a phrase can begin with."""
    begin = max(0, triggers[0].start() - _NOT_EVENT_REACH)
    found = _matches_at_starts(_NOT_EVENT, chunk, _NOT_EVENT_OPENINGS, begin, triggers[-1].end())
    return [m.span() for m in found]


_EVENT_REF = re.compile(
    r"\b(?:the|that) (?:event|bash|ceremony|celebrations?|festivities|nuptials|soirée|soiree|"
    r"(?:divorce )?papers)\b|"
    # "the star-studded bash", "hosted guests to an exclusive event": a word or two between.
    r"\b(?:the|that) (?:[a-z]+(?:-[a-z]+)? ){1,2}(?:event|bash|soirée|soiree)\b|"
    r"\ban? (?:exclusive|private|intimate|lavish|star-studded|glittering|glamorous|special) "
    r"(?:[a-z]+ )?(?:event|bash|soirée|soiree)\b",
    re.IGNORECASE,
)
_WON = r"(?:won|wins|winning|earned|bagged|scooped)"
# What makes a prize's plural the night after all: "her Grammys performance".
_NOT_THE_NIGHTS = (
    r"(?! (?:ceremony|night|red carpet|after-?party|party|show|telecast|stage|performance|"
    r"debut|appearance|outfit|look|dress|gown|weekend|event|win|wins|victory|triumph|success|"
    r"snub|nod|nomination|date|speech|acceptance|haul|moment))"
)
_NOT_EVENT = re.compile(
    # "(?=\w)": every alternative opens a word (with a letter or a digit), so only a
    # word's start is tried, not its end too (where ``\b`` also holds): half the cost of
    # the search.
    r"\b(?=\w)(?:third party|party line|search party|"
    # a trip bid for, not taken: "bidders competed for luxurious vacations", "auction
    # lots included once-in-a-lifetime holiday trips"
    r"(?:auction(?:ed|s)?|raffle|bidders?)\b[^.!?\n]{0,100}?\b(?:vacations?|holidays?|trips?|"
    r"getaways?)\b|(?:a )?split[- ]seconds?|"
    r"court of public opinion|food court|(?:tennis|basketball|centre|center) court|"
    r"(?:held|holding|holds) court|(?:on|off) (?:the )?court\b(?! (?:steps|house|room|case|date|hearing|appearance))|court (?:records?|documents?|papers|filings?|case|cases|battle|order)|birthday (?:messages?|posts?|tributes?|wish(?:es)?|greetings?|card|girl|boy)|"
    # a date of birth, a sovereign's day: "her real birthday is Feb. 20", "the King's official
    # birthday" (but "her actual birthday was on April 28th", a day of this year, was kept)
    r"official birthday|(?:actual|real) birthday(?! (?:was|fell) on (?:(?:the )?\d{1,2}(?:st|nd|rd|th)?"
    r"(?: of)? [a-z]+|[a-z]+\.? \d{1,2}(?:st|nd|rd|th)?)\b(?!,? \d{4}))|"
    # none held: "there had been no other concerts in Riyadh since the early 1990s"
    r"no (?:other |more |such )?(?:concerts|gigs|shows|parties|weddings|premieres|galas)\b|"
    # a side in law, not a night: "neither party has filed", "one for each party"
    r"(?:each|either|neither|opposing|guilty|injured|aggrieved) party\b|"
    # a group parting, not a couple: "we split up into teams"
    r"split (?:up )?into\b|"
    r"divorce (?:lawyer|attorney)|"
    # work, a stage's booking and a place, not a show or a trip: "a hosting gig", "a gig as
    # a presenter", "a return engagement", "vacation destination Hilton Head"
    r"(?:hosting|presenting|acting|modelling|modeling|judging|writing|directing) gig|"
    r"gig as (?:an? |the )|return engagement|"
    r"(?:vacation|holiday) (?:destination|spot|home|homes|house|rental|hotspot)s?\b|wedding (?:dress|ring|planner|anniversary|plans|planning|preparations)|(?<!set a )wedding date|"
    r"engagement (?:rumou?rs|speculation)|(?:name|date) (?:and|or) birthday|"
    r"(?:happy|the) holidays|holiday season|"  # the season, not a trip
    r"(?:public|bank|national|federal) holidays?|"  # a day off, not a trip
    # "After a year-long engagement, their wedding": how long it lasted, not when.
    r"(?:(?:year|month|decade)s?-long|long|lengthy|brief|whirlwind) engagement|"
    r"break-?up (?:song|album|track|anthem|ballad)|concert (?:film|hall|pianist|landscape|calendar|scene|industry|circuit|venues?|market|business|promoters?|goers?|tickets?)|"
    r"(?:press|promo|promotional|publicity|media|book) tour|"  # a film's, not a band's
    r"tour (?:bus|buses|manager|guide|van|operator|company)|(?:concert|tour) promoters?|"
    # none was held: "following her cancelled concert in Oslo"
    r"(?:cancell?ed|scrapped|axed) (?:[\w-]+ )?(?:concerts?|gigs?|shows?|tour dates?)\b"
    r"(?! (?:(?:has|have) been |was |were |is |are |will )?(?:rescheduled|reinstated|"
    r"moved|go ahead|goes ahead|went ahead|back on)\b)|"
    # being on tour is a season of work, not a show: "she, on tour around the world"
    r"on tour (?:around|across)|"
    # songs played, not a film's night: "premiered new songs from her album"
    r"premiered (?:(?:a|her|his|their|new|two|three) )*(?:songs?|singles?|tracks?)\b|"
    # a court that marries, papers from a court, a journey for work: "a court wedding",
    # "documents TMZ obtained from the court", "making the trip to Namibia for an act"
    r"court(?= (?:wedding|marriage))|(?<=divorce )court|gala time|"
    # a festive day, a stay behind bars and a journey for work, not a holiday: "The holiday
    # is celebrated on the third Thursday", "got engaged on the holiday", "trip to Rikers
    # Island", "the trip to Namibia for the show"
    r"holiday (?:is|was) (?:celebrated|observed|marked|associated)|(?<=on )the holiday\b(?! (?:in|to|at)\b)|"
    r"trip to (?:jail|prison|rehab|Rikers|hospital|the hospital)\b|"
    r"trip to (?-i:[A-Z])[\w-]+ for (?:the|a|an|their|his|her) (?:show|concert|gig|tour|"
    r"performance|awards?|shoot|match|game)\b|"
    # a night likened to a party: "The Oscar ceremony was the biggest party in Hollywood"
    r"(?:was|is|were|are) the (?:biggest|best|hottest|ultimate|wildest|greatest) (?:party|bash)|"
    # a birth name, no birth: "rapper A$AP Rocky, born Rakim Mayers,"
    r"(?<=, )born (?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|In|On)\b)(?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+)*(?=,)|"
    # a time told by a birth, no birth of the news: "that is the year she was born", "he
    # was born the day his father died"
    r"(?:year|day|month|week) (?:she|he|they|I|you|we) (?:was|were) born\b|"
    r"(?:was|were) born the (?:year|day|month|week)\b|"
    # a body's birthday: "Annabel's celebrated its 4th birthday"
    r"(?<=its )(?:\d+(?:st|nd|rd|th) )?birthday|"
    # a prize's founding: "the network instituted Hum Style Awards"
    r"(?:instituted|established|founded|launched|introduced) (?:the )?(?-i:[A-Z])[\w’'-]*"
    r"(?: (?-i:[A-Z])[\w’'-]*)* Awards|"
    # a state, not a wedding: "Brown Mauzo and Vera Sidika, formerly married"
    r"(?:formerly|previously|once|happily|still) married\b(?! (?:in|on|at|last|this)\b)|"
    r"(?:present|presents|presented|submit|submits|submitted|send|sent) (?:[\w-]+ ){0,6}?"
    r"to the court|(?:obtained|filed|submitted|released|lodged) "
    r"(?:[\w-]+ ){0,2}(?:from|with|to|by) the court|(?:make|makes|making|made) the trip\b|"
    # a wedding some day, no event: "plans to take her name when they tie the knot"
    r"(?:(?<=when they )|(?<=when we )|(?<=once they )|(?<=once we ))(?:eventually |finally )?"
    r"(?:tie the knot|marry|wed|get married)\b|"
    # an engagement's promise, not a wedding: "is engaged to marry his girlfriend"
    r"(?<=engaged to )(?:marry|wed)\b|"
    # things of a wedding, not one: "a wedding look", "wedding photos", "wedding reports"
    r"wedding (?:looks?|guests?|photos|pictures|snaps|album|gowns?|outfits?|attire|reports|"
    r"rumou?rs|season|playlist|invitations|invites|venues?|tux|tuxedo)\b|"
    # bells that ring for none yet: "without wedding bells", "wedding bells are on the
    # horizon" (but "wedding bells will ring out Friday" tell of one)
    r"(?<=without )(?:the |any )?wedding bells|wedding bells (?:[\w’']+ ){1,3}on the horizon|"
    # a festive day, not a trip: "spend the holiday with", "America's most beloved holidays"
    r"(?:spend|spending|spent|celebrate|celebrating|celebrated|mark|marking|marked) the "
    r"holiday\b(?! (?:in|at|on|to|abroad|away)\b)|(?:beloved|biggest|major) holidays?\b|"
    # furniture and rooms, not a meal: "a formal dining area", "sat around dinner tables"
    r"dining (?:area|areas|room|rooms|table|tables|hall|space|chairs?)|"
    r"dinner (?:tables?|plates?|menus?|jackets?|suits?|service)\b|"
    # trophies, not a night: "carrying all her Grammys around", "the number of Grammys",
    # "has won three Golden Globes"
    rf"(?:(?:{_WON} )?(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d{1,2}|multiple|several|many) (?:more )?|"
    rf"{_WON} )(?:academy awards|"
    rf"{_BIG_NIGHTS})\b{_NOT_THE_NIGHTS}|"
    rf"(?:her|his|their|number of) {_BIG_NIGHTS}\b{_NOT_THE_NIGHTS}|"
    # an answer, not vows: "Asked if she still talks to him, she said 'I do'"
    rf"(?:asked|asking|question)\b[^.?!]{{0,80}}?\b{_SAID_I_DO}|"
    # a likeness: "like the Oscars", "Australia's answer to the Oscars and Emmys"
    r"(?:like|than|answer to|version of|equivalent of|counterpart (?:to|of)) (?:the )?"
    rf"(?:{_BIG_NIGHTS}|met gala)(?: (?:and|or|&) (?:the )?(?:{_BIG_NIGHTS}|met gala))?|"
    # A likeness, a habit or a greeting tells of no event: "the equivalent of a dance
    # party", "would have passed for a royal dinner", "people do love a party".
    r"(?:equivalent of|passed for|akin to|reminiscent of|like|than) an? (?:[\w-]+ ){0,2}"
    r"(?:party|bash|dinner|wedding|gala|premiere|concert)|(?:loves?|hates?) a (?:good )?party|"
    r"welcome to the party|(?:in|of) (?:his|her|their) party\b|"
    # a birthday of someone no longer alive: "on what would have been his 60th birthday"
    r"would have (?:been|celebrated|marked) (?:[\w’'.-]+ ){0,6}?birthday|would have turned|"
    # a house, a stumble and a habit, not a trip: "a holiday home", "trip over their
    # cape", "on annual holidays"
    r"holiday (?:homes?|lets?|villas?|propert(?:y|ies))|trip(?:ped|ping|s)? over|"
    # the season's, not a trip: "her holiday album", "a holiday party" (the word alone:
    # the party is still one)
    r"holiday(?= (?:part(?:y|ies)|bash|dinner|lunch|celebrations?|cards?|gifts?|specials?|"
    r"movies?|films?|albums?|songs?|singles?|campaigns?|collections?|shopping|lights|"
    r"decorations|markets?|sweaters?|jumpers?)\b)|"
    r"annual (?:holidays?|vacations?)|declared (?:a |the )?(?:public )?holiday\b|"
    # who went or who plans it, its things, a place's name, not a party of its own:
    # "Other party guests included", "party planner Erwan", "the party city of Ibiza"
    r"party (?:guests?|goers?|animals?|city|capital|island|emoji|scene|trick|tents?|bus|"
    r"buses|dress|dresses|favou?rs|hats?|poppers|supplies|decorations|schedules?|girl|boy|"
    r"lifestyle|season|circuit|sparklers|planners?|king|queen|mood)\b|"
    # a show, not a hen night: "Bachelorette alum and host Ali Fedotowsky"
    r"(?:the )?bachelorette(?= (?:alum|alumna|star|contestant|host|season|franchise|"
    r"nation|finale|lead)\b)|"
    # a hope and a liking, not a night: "on an unstoppable path to Academy Awards glory",
    # "a big fan of the Oscars"
    rf"(?:{_BIG_NIGHTS}|academy awards?|awards?) glory|"
    rf"fans? of the (?:{_BIG_NIGHTS}|academy awards|met gala)\b|"
    # a part of the night told, not a night of its own: "a beach party complete with
    # cocktails, dinner and fireworks"
    r"complete with (?:[\w-]+,? ){0,4}(?:and )?(?:dinner|a dinner|a party|drinks)\b|"
    # an engagement's answer, not a wedding: "after she agreed to marry him"
    r"(?:agreed|agrees|agree|agreeing) to (?:marry|wed)\b|"
    # hosts and speakers on a stage, not a show: "took the stage to host the event"
    r"(?:took|takes|take|taking) the stage to (?:host|present|accept|collect|speak|give|"
    r"introduce|announce|deliver)\b|"
    # a year's round-up, no one's news: "everyone got engaged, married or had a kid"
    r"everyone (?:got|is getting|was getting) (?:engaged|married)\b|"
    # a donor, not a night: "Harvey Weinstein, a big fundraiser for Obama's campaign"
    r"(?<=, a )(?:big|top|major|prolific|leading|key|veteran|longtime|star) fundraiser\b|"
    # a parent's birthplace, no birth of the news: "Obama, whose father was born in Kenya"
    r"(?:father|mother|dad|mum|mom|parents|grandfather|grandmother|grandparents) "
    r"(?:was|were) born\b|"
    # a team's or a royal's journey, not a band's: "the British & Irish Lions' tour"
    r"(?:royal|lions['’]?|cricket|rugby|football|golf|tennis|cycling|test) tours?\b|"
    r"tour of duty|"
    # one night under two names: "the Canberra Gala Ball, otherwise known as the ..."
    r"(?:otherwise|also|better|formerly) known as (?:the )?(?-i:[A-Z][\w’'-]*)"
    r"(?: (?:(?-i:[A-Z][\w’'-]*)|of|the|and|&))*|"
    # an emoji among others: "a champagne, party, and red heart emoji"
    r"party,? (?:and )?(?:[\w-]+ ){0,3}emojis?\b|"
    # a part's life, not the actor's: "his character welcomed a baby"
    rf"{_PART} (?:has )?(?:[\w-]+ ){{0,8}}?(?:welcomed|married|got engaged|split)|"
    # "No holiday for the Wags this year"; "engaged for years" is a state, not an event
    # (but "engaged since December" tells when they got engaged).
    # a birthday's idiom, a wedding put off and a plan of the past: "another trip around
    # the sun", "forced to postpone their wedding", "she and Rodriguez planned to wed"
    r"trip around the sun|(?<!will )(?:postpon|delay)\w* (?:(?:their|the|her|his|our) )?(?:\w+ )?(?:wedding|nuptials)|"
    # a trip to a ceremony is the ceremony's: "jetted off to Las Vegas for the Billboard Music
    # Awards"
    r"jetted (?:off )?to\b(?=[^.;]{0,60}\bfor (?:the|a|an|his|her|their) [^.;]{0,40}?\b(?:awards?|festival|premiere|wedding|gala|concert|tour)\b)|"
    r"(?:planned|intended) to (?:wed|marry|tie the knot|have an? (?:[\w-]+ ){0,3}wedding)|"
    # "were set to tie the knot in Italy in 2020 but had to cancel their plans"
    r"(?:set|due|going) to (?:tie the knot|wed|marry|get married)\b[^.;]{0,80}?\bbut "
    r"(?:had to |were forced to |then )?(?:cancel|call(?:ed)? off|postpone)|"
    # a name one was born with, opening a sentence, no birth told: "Born Wesley
    # Williams, the artist ..."
    r"(?-i:^Born (?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+(?=, (?:the|this) (?:[\w-]+ ){0,2}"
    r"(?:artist|singer|rapper|actor|actress|star|musician|comedian|presenter|model|designer|"
    r"author|writer|producer|director|player|footballer|athlete|host|icon|legend|veteran|"
    r"performer|entertainer|dancer|sensation|songwriter|hitmaker)\b))|"
    r"to party|no (?:\w+ )?(?:holiday|vacation|wedding|party|engagement|divorce|split|break-?up|concert|"
    r"dinner|premiere|gala|birthday)|"
    r"(?:(?:are|were|got|had been|have been|has been|been) )?engaged for (?:years|months|decades|a (?:while|long time|year|decade)|\w+ (?:years|months)))\b",
    re.IGNORECASE,
)
# How a phrase of ``_NOT_EVENT`` can begin, in lower case: the first words of its
# alternatives, as prefixes ("cancel" for "cancelled", "canceled"), short ones spaced
# (a digit is always tried: "100th birthday"). Every alternative opens a word, so trying
# the pattern only at words that begin so finds what ``finditer`` finds at a fifth of the
# cost. A new alternative adds its first word here; a test checks the two ways agree on
# a sample of every alternative and on real text.
_NOT_EVENT_STARTS = tuple(
    """
        academy acting actual aggrieved agree akin also annual answer asked asking auction award
        axed bachelorette baftas bagged bank basketball beloved better bidder biggest birthday book
        born break brief cancel celebrat center centre complete concert counterpart court
        cricket cycling date decade declared delay dining dinner directing divorce each
        earned eight either emmys engage equivalent established eventually everyone fan
        father federal filed finally five food football formerly founded four gala gig going
        golden golf grammys grand guilty happily happy hate held holding holds holiday
        hosting injured instituted intended introduced jetted judging launched leading
        lengthy like lions lodged long love made major make making many mark marry media
        modeling modelling month mother multiple name national neither nine number obtained
        off official once opposing oscars otherwise parents party passed planned postpon
        premiered present press previously prolific promo public question raffle real released
        reminiscent return royal rugby scooped scrapped search send sent seven several spend
        spent split star still submit take taking tennis test than their third three took
        tour trip vacation version veteran wed week welcome were whirlwind whose winning
        wins won would writing year
        """.split()
) + tuple(
    f"{w} "
    for w in "a an any are big dad day due get got her his in is key mom mum no of on one "
    "set six ten the tie to top two was".split()
)
_NOT_EVENT_OPENINGS = _starts(_NOT_EVENT_STARTS)
_GROUP = re.compile(
    r"\b(?:the (?:[a-z]+(?:-[a-z]+)? ){0,2}couple|the pair|the duo|the two of them|the two|the lovebirds|the newlyweds|"
    r"the sisters|the brothers|the siblings|the exes|the former couple|both of them|they|them)\b",
    re.IGNORECASE,
)
_GUESTS = re.compile(
    r"\b(?:guests? included|guest list|among the (?:[\d,]+ |[\w-]+ ){0,2}guests|"
    r"guests (?:were|like|such as|including)|also (?:a )?guests?|also attended|"
    r"in attendance|(?:attendees|invitees) included|gave a reading|gave a speech|officiated|"
    r"hosted the|"
    # "Among those enjoying the set and sipping champagne were ..."
    r"among those (?:[\w'’-]+ ){1,12}?(?:were|was)|"
    # "arrived in an early wave of guests", "were among the invitees"
    r"(?:arrived|were|was) (?:also )?(?:in|among|with) (?:an? |the )?(?:[\w-]+ ){0,3}"
    r"(?:guests|attendees|invitees)|"
    # "Kasper Schmeichel also turned up": "also" ties the arrival to the night told.
    r"also (?:turned (?:up|out)|showed up|made an appearance|dropped by|stopped by))\b",
    re.IGNORECASE,
)


def _told_near_ref(text: str, start: int, end: int, at: int) -> bool:
    """Is the date at ``at`` told with the sentence's words of an event or its guests,
    not in a clause of its own ("The festivities are part of efforts ... after he failed
    to visit last year")?"""
    refs = chain(_EVENT_REF.finditer(text, start, end), _GUESTS.finditer(text, start, end))
    return any(abs(at - ref.end()) <= _REF_REACH for ref in refs)


_REF_REACH = 60  # characters: "The event, which took place on Saturday night"


def _turning(noun: str) -> bool:
    """Is a birthday's trigger an age turned ("turned 31"), not the word "birthday"?"""
    return noun[:4].lower() == "turn"


_TIME_OF_LIFE = re.compile(
    r"\b(?:when|since|after|before|until|once|by the time|the year|the day|as)\s+"
    r"(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'-]* $")
_ACADEMY = re.compile(
    r"\bOscars\b|\bAcademy Awards?\b|\bOscar (?:night|party|parties|winners?|nominees?|"
    r"ceremony|statuettes?)\b"
)
_NOT_A_SHOW = re.compile(r"\b(?:award|panel|conference|summit|speech)", re.IGNORECASE)
_HEARING_NOT_COURT = frozenset(
    "upon on without after before while by from since of for ever never not is was were am"
    " i'm i’m".split()
)
_POLITICAL = re.compile(
    # "the Labour Party", "the M5S party"; not "the Vanity Fair x Prada party".
    r"\b(?:[A-Z][A-Z0-9]+|Labour|Labor|Conservative|Tory|Democratic|Republican|Liberal|Green|"
    r"Communist|Socialist|Nationalist|National|Progressive|Reform|Independence|Justice|Freedom|"
    r"Workers['’]?|People['’]?s|Christian|Social|political|opposition|ruling|governing) [Pp]arty\b|"
    r"\bparty (?:leader|leaders|members?|has|have|politics|polic(?:y|ies)|conference|whip|lines?|ranks|"
    r"donors?|faithful|grandees|activists|funds?|funding)\b"
)
_ON_BIRTHDAY = re.compile(r"\bon (?:my|his|her|their|your|\w+['’]s?)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DAY_OF_BIRTHDAY = frozenset({"wedding", "engagement", "birth", "breakup", "divorce"})
_DEATH = re.compile(r"\b(?:died|dies|death|passed away|killed)\b", re.IGNORECASE)
_NOMINATED = re.compile(r"\bnominat(?:ed|ion|ions)\b|\bshortlisted\b", re.IGNORECASE)
_EDITION = re.compile(r"\b((?:19|20)\d\d) $")
# The date rules that read a month or a day with its year told (see dates.py).
_WITH_YEAR = frozenset({"explicit_day", "month_year"})
_SOCIAL = frozenset({"party", "gala", "award_show", "premiere"})
# Events a report tells on the day they happen, whose date may be told apart.
_NEWS_EVENTS = _SOCIAL | {"concert", "dinner", "wedding", "birthday"}
_CALLED_OFF = re.compile(
    r"\b(?:cancel(?:l?ed|l?ing|s)?|called off|calling off|call off|calls off)\b", re.IGNORECASE
)
# (a question quoted at a sentence's end is someone's, not the sentence's)
_QUESTION_END = re.compile(r"\?!*\s*$")  # "What's a party without a little drama?!"
_FILED = re.compile(r"\b(?:filed|files|filing|lodged)\b", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(?:another|second|third|fourth)\b", re.IGNORECASE)
# Capitalised words, then the role of someone who made or played in it. Each word
# starts after a space, so the pattern reads a long run of capitals in linear time.
_TITLE_OF_WORK = re.compile(
    r"(?:['’]s)?(?:\s+[A-Z][\w'’-]*)*\s+(?:star|stars|actress|actor|director|co-star|costar|"
    r"cast|creator|writer|showrunner)\b|"
    # a show's own night: "Party Down premiere"
    r"(?:\s+[A-Z][\w'’-]*)+\s+(?:premiere|finale|season)\b"
)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|second|third|fourth)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# (not "If that wasn't enough, ...", which adds to what happened)
_SUPPOSED = re.compile(
    r"\W*(?:if(?! (?:that|this) (?:wasn['’]t|weren['’]t|was not|were not|isn['’]t) enough)|"
    r"unless|imagine)\b",
    re.IGNORECASE,
)
# A wish right before a trigger: "wants to marry him", "hopes to have a big wedding",
# "expressed his desire to marry" (but "wanted to keep their wedding low-key", "fans
# hoping to see the concert" report one). A plan (group "plan") is an event to come only
# with its time: "plans to marry him in June" (not "she's planning to wed her boyfriend").
_WISHED = re.compile(
    r"\b(?:(?P<plan>plans?|planning|planned)|wants?|wanted|hopes?|hoped|hoping|"
    r"wish(?:es|ed)?|would (?:love|like)|['’]d (?:love|like)|dreams?|dreamed|dreamt|"
    r"desires?) (?:to|of) (?:(?:get|have|having|hold|a|an|one|big|small|summer|winter|"
    r"spring|autumn|fairytale|beach|church|royal|lavish|quiet|intimate) ){0,2}$",
    re.IGNORECASE,
)
_DENIED = re.compile(
    # (not "have neither confirmed nor denied the reports": a silence, no denial)
    r"\b(?<!confirmed or )(?<!confirmed nor )(?<!confirm or )(?<!confirm nor )"
    r"(?:denied|denies|deny|denying|dismissed (?:the )?(?:rumou?rs|reports|claims)|"
    r"shut down (?:the )?(?:rumou?rs|reports|speculation)|refuted|debunked|"
    r"(?:is|are|was|were) not (?:dating|engaged|married|getting married|pregnant|splitting)|"
    r"(?:isn't|aren't|wasn't|weren't|isn’t|aren’t|wasn’t|weren’t) (?:dating|engaged|married|splitting)|"
    r"never (?:\w+ )?(?:announced|confirmed|married|wed|got (?:engaged|married)|tied the knot)|"
    r"never (?:expected|thought|planned|wanted|imagined) to (?:marry|wed|get married|be a bride))\b",
    re.IGNORECASE,
)
# Talk of an event that may not have happened: "everyone assumed he had popped the
# question", "some wondering if that ring could mean an engagement".
_RUMOURED = re.compile(
    r"\b(?:assum(?:e|ed|ing) (?:that|he|she|they)|wonder(?:s|ed|ing)? (?:if|whether)|"
    r"speculat(?:e|ed|ing|ion) that|yapping|rumou?r(?:s|ed)? (?:that|has it)|alleged(?:ly)?|"
    r"(?:it is|it's|it’s) (?:likely|possible|unlikely) that|may or may not)\b",
    re.IGNORECASE,
)
# Words (lower case) one of which every match of the pattern named holds: a sentence
# with none of them is not searched. Most sentences have none, and a search costs more.
# A new alternative of a pattern adds a word of its own here.
_DENIED_WORDS = (
    "deni", "deny", "dismissed", "shut down", "refuted", "debunked", "not ", "n't", "n’t", "never",
)  # fmt: skip
_RUMOURED_WORDS = (
    "assum", "wonder", "speculat", "yapping", "rumo", "alleged", "likely", "possible",
    "may or may not",
)  # fmt: skip
_GROUP_WORDS = (
    "couple", "pair", "duo", "two", "lovebirds", "newlyweds", "sisters", "brothers", "siblings",
    "exes", "both of them", "they", "them",
)  # fmt: skip
_GUESTS_WORDS = (
    "guest", "attend", "invitee", "among those", "gave a ", "officiated", "hosted the", "also ",
)  # fmt: skip
_EVENT_REF_WORDS = (
    "event", "bash", "ceremony", "celebration", "festivities", "nuptials", "soirée", "soiree",
    "papers",
)  # fmt: skip
_SHE = re.compile(r"\b(?:she|her|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE_SUBJECT = re.compile(r"\b[Ss]he\b")
_HE_SUBJECT = re.compile(r"\b[Hh]e\b")
# Events often told some time after they happened: the news has a date of its own.
_TOLD_LATER = frozenset({"engagement", "birth"})
_CLAUSE_WORDS = "and|but|before|then|while"
_ANOTHER_CLAUSE = re.compile(rf",|\b(?:{_CLAUSE_WORDS})\b")
_ANNOUNCED = re.compile(
    r"\b(?:announc(?:ed|es|ing)|reveal(?:ed|s|ing)|confirm(?:ed|s|ing)|shared the news|"
    r"broke the news)\b",
    re.IGNORECASE,
)
_ENDS_SENTENCE = frozenset(".!?:;,\"”’'")
# A sentence that carries on from the one before, in the same time.
_GOES_ON = re.compile(
    r"\s*(?:at (?:the )?\w+|after(?:wards)?|later|then|there|inside|once there|during|"
    r"that (?:night|evening|day|afternoon|morning)|the (?:next|following) (?:day|morning))\b",
    re.IGNORECASE,
)
_PRONOUN_AFTER = re.compile(r"\s+(?:to\s+)?(her|him)\b", re.IGNORECASE)
_FOLLOW_PLACE = re.compile(r"\s+(?:\S+\s+){0,6}?(?:in|at|on|to)\s+$")


@dataclass(slots=True)
class _Draft:
    type: str
    noun: str
    sentence: int
    date: PartialDate | None
    location: str | None
    people: list[str] = field(default_factory=list)
    detail: str | None = None  # "for the Air Ambulance Charity", "of Velvet Season"
    future: bool = False
    definite: bool = False  # "the gala" with nothing before it to be
    born: str | None = None  # a birth's child, when named
    at: int = 0  # where its trigger word starts in the text


class _Mentions:
    """Every person mention in text order, searchable by position (bisect, not scans)."""

    def __init__(self, persons: list[Person]) -> None:
        triples = sorted((m.start, m.end, p.name) for p in persons for m in p.mentions)
        self.starts = [s for s, _, _ in triples]
        self.ends = [e for _, e, _ in triples]
        self.names = [n for _, _, n in triples]

    def within(self, start: int, end: int) -> list[str]:
        return self.names[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def possessive_at(self, at: int, text: str) -> bool:
        """Is the mention starting at ``at`` a possessive ("Kim's ex-husband")?"""
        i = bisect_left(self.starts, at)
        return (
            i < len(self.starts)
            and self.starts[i] == at
            and text.startswith(("'s ", "’s ", "' ", "’ "), self.ends[i])
        )

    def named_within(self, start: int, end: int) -> list[tuple[str, int]]:
        """``within``, with where each mention starts."""
        a, b = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return list(zip(self.names[a:b], self.starts[a:b], strict=True))

    def end_at(self, at: int) -> int:
        """Where the mention starting at ``at`` ends."""
        return self.ends[bisect_left(self.starts, at)]

    def alone_in(self, start: int, end: int) -> str | None:
        """The person whose one mention is all of ``start:end``, if any ("Lady Gaga")."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if hi - lo == 1 and self.starts[lo] == start and self.ends[lo] == end:
            return self.names[lo]
        return None

    def covers(self, at: int) -> bool:
        """Is ``at`` inside a person's mention ("Johnny Ball", "Ashley Party")?"""
        i = bisect_left(self.starts, at + 1) - 1
        return i >= 0 and self.starts[i] <= at < self.ends[i]

    def just_before_at(self, at: int, text: str) -> tuple[str, int] | None:
        """The person named right before ``at`` (but for a space or a bracket), and
        where that mention starts."""
        i = bisect_left(self.starts, at) - 1
        while i >= 0:
            if self.ends[i] <= at:
                if text[self.ends[i] : at].strip(" (,’'s"):
                    return None
                return self.names[i], self.starts[i]
            i -= 1
        return None

    def kin_told_at(self, name: str, start: int, end: int, text: str) -> bool:
        """Is ``name`` mentioned between ``start`` and ``end`` as whose kin comes next
        ("Lucia's father Billy")?"""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return any(
            self.names[i] == name and _KIN_NAMED_AFTER.match(text, self.ends[i])
            for i in range(lo, hi)
        )

    def starts_of(self, name: str, start: int, end: int) -> list[int]:
        """Where ``name`` is mentioned between ``start`` and ``end``."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [self.starts[i] for i in range(lo, hi) if self.names[i] == name]

    def last_before(
        self, before: int, genders: dict[str, str], want: str, skip: str | None = None
    ) -> str | None:
        """The nearest person (not ``skip``) named before ``before`` who can be "she" (or "he")."""
        for i in range(bisect_left(self.starts, before) - 1, -1, -1):
            if self.names[i] != skip and genders.get(self.names[i], "") in ("", want):
                return self.names[i]
        return None


@dataclass(slots=True)
class _Cue:
    """What one sentence says about events, whoever turns out to be in it."""

    found: list[tuple[str, re.Match[str]]]  # trigger kind and match, in text order
    dates: list[DateMatch]
    ref: bool  # "the event", "guests included": adds to the last event
    future: bool  # "will", "is set to": what it reports is still to come
    group: bool  # "the couple", "they"
    she: bool
    he: bool
    end: int  # where what the sentence tells ends: a heading's reaches into its paragraph


def _title_line(doc: Document, block: Block) -> bool:
    """Is a block a short line of its own, with no sentence's end ("Barry premiere")?"""
    line = _line(doc, block)
    return bool(line) and len(line.split()) <= 8 and line[-1:] not in _ENDS_SENTENCE


def _line(doc: Document, block: Block) -> str:
    return doc.text[block.start : block.end].rstrip()


_LOOKS = 3  # lines naming one person each that make a look-book
_ABSENT = re.compile(
    r"\b(?:skipped|missed|stayed (?:at )?home|absent|no-show|was(?:n['’]t| not) there|"
    r"did(?:n['’]t| not) (?:attend|go|make it)|could(?:n['’]t| not) (?:attend|go|make it))\b",
    re.IGNORECASE,
)


class SentenceCues:
    """The sentences of a post worth reading for events, read once per post.

    A post's second reading (with names from the rest of the site) changes
    who attends, never which sentences report what, so this is shared.
    """

    def __init__(self, doc: Document, first_body_sentence: int, today: dt.date) -> None:
        self.doc = doc
        self.today = today
        self._memo: dict[int, _Cue | None] = {}
        self._sections: list[int] | None = None  # see ``section``
        self._music: bool | None = None  # see ``music``
        self.first_body = first_body_sentence
        if first_body_sentence >= len(doc.sentences):
            self.wanted: list[int] = []
            return
        body = doc.sentences[first_body_sentence].start
        self.wanted = sorted(
            i
            for i in {doc.sentence_at(at) for at in _trigger_positions(doc.text, body)}
            # "Also read: X on the divorce rumours": another story's news, not this one's
            if not LINK_LINE.match(doc.text, doc.blocks[doc.sentences[i].block].start)
        )

    @property
    def music(self) -> bool:
        """Does the post open on live music (a festival, a tour, a gig) in its title or
        first paragraph? Then a set or a stage told anywhere in it is a concert's."""
        if self._music is None:
            doc = self.doc
            first = doc.sentences[min(self.first_body, len(doc.sentences) - 1)].block
            end = doc.blocks[first].end if doc.blocks else 0
            self._music = _MUSIC_POST.search(doc.text, 0, end) is not None
        return self._music

    def dates_before(self, index: int, back: int = 2, carry: bool = True) -> PartialDate | None:
        """The date a heading over ``index`` or, if ``carry``, a sentence before it gives.

        "The couple arrived at the Savoy on Friday night. At dinner they...": the
        dinner is Friday. Only a sentence that goes on from the one before
        (``carry``) takes its date: "In June they split. He had met her at a
        party" tells of an earlier time.
        """
        doc = self.doc
        block = doc.sentences[index].block
        for i in range(index - 1, max(-1, index - 1 - back), -1):
            sentence = doc.sentences[i]
            if sentence.block != block:
                # A heading or a short line of its own ("2009: Sana and Fakhar Imam")
                # dates the paragraph under it.
                head = doc.blocks[sentence.block]
                line = doc.text[head.start : head.end]
                if sentence.block == block - 1 and (
                    head.kind == "heading" or (line[:1].isdigit() and len(line.split()) <= 12)
                ):
                    dates = find_dates(doc.text, head.start, head.end, self.today)
                    return dates[-1].date if dates else None
                return None
            if not carry:
                continue  # a heading further up may still date it
            dates = self._dates_of(i)
            if dates:
                return dates[-1].date
        return None

    def _dateline(self, at: int) -> bool:
        sentence = self.doc.sentences[self.doc.sentence_at(at)]
        return bool(_DATELINE.fullmatch(self.doc.text, sentence.start, sentence.end))

    def news_day(self, first: int, count: int = 6) -> PartialDate | None:
        """The recent day a post's first sentences name ("last night", "on Saturday",
        "On February 17"), at most a week before the post.

        Reports open on the news: an event the lede tells without a date of its
        own happened on that day.
        """
        doc = self.doc
        read = 0
        for i in range(first, len(doc.sentences)):
            if read == count:
                break
            sentence = doc.sentences[i]
            if not _title_line(doc, doc.blocks[sentence.block]):
                read += 1  # (a short line of its own, "12 April 2012", is no sentence of the lede)
            if not _DAYISH.search(doc.text, sentence.start, sentence.end):
                continue  # no digit and no day word: no day named
            dates = self._dates_of(i)
            for d in dates:
                if (
                    d.date.precision == "day"
                    and 0 <= (self.today - dt.date.fromisoformat(d.date.value)).days <= 7
                    and not self._dateline(d.start)
                ):
                    return d.date
        return None

    def _dates_of(self, index: int) -> list[DateMatch]:
        """The dates sentence ``index`` tells: its cue's, if it was read for events."""
        cue = self._memo.get(index)
        if cue is not None:
            return cue.dates
        s, e = self.doc.sentences[index].start, self.doc.sentences[index].end
        return [
            d
            for d in find_dates(self.doc.text, s, e, self.today)
            if not _founded_when(self.doc.text, s, d)
        ]

    def _in_years_told(self, index: int, dates: list[DateMatch]) -> list[DateMatch]:
        """Days told without a year, in the past month the story has just told of.

        "In December 2018, the couple shared news of their engagement. On November 30,
        ... he popped the question": November 30 of 2018, not of the year before the
        post. Only where the sentence just before opens with that month or day, told with
        its year, and the day falls in the weeks up to it ("In 2016, they performed
        together. On February 11, they were spotted": a background year sets no day).
        """
        if index == 0:
            return dates
        before = self._dates_of(index - 1)
        if not before or before[0].start - self.doc.sentences[index - 1].start > 3:
            return dates  # no time the sentence opens with: "a song he wrote in 2021"
        told = before[0].date
        # a month or a day told with its year ("In December 2018"), of a past year
        if before[0].rule not in _WITH_YEAR or int(told.value[:4]) >= self.today.year:
            return dates
        first, last = _span(told)
        out = []
        for d in dates:
            day = dt.date.fromisoformat(d.date.value) if d.date.precision == "day" else None
            # (a day of the last weeks is the news: "In March 2023 they split. On February
            # 10, he was spotted at a dinner", posted in February 2024)
            if day is not None and d.rule == "day_month" and (self.today - day).days > _NEWS_LAG:
                for year in (last.year, last.year - 1):
                    try:
                        moved = day.replace(year=year)
                    except ValueError:  # February 29
                        continue
                    if first - dt.timedelta(days=_NEWS_LAG) <= moved <= last:
                        d = DateMatch(
                            d.start,
                            d.end,
                            PartialDate(moved.isoformat(), "day", d.date.phrase),
                            d.rule,
                        )
                        break
            out.append(d)
        return out

    def section(self, index: int) -> int:
        """The block of the title line that sentence ``index`` sits under, or -1.

        A round-up's items each open with a line of their own ("Matt LeBlanc and
        Aurora Mulligan"): a new item is a new story.
        """
        if self._sections is None:
            doc = self.doc
            heads = [i for i, b in enumerate(doc.blocks) if b.kind == "heading"]
            lines = [i for i, b in enumerate(doc.blocks) if b.kind == "p" and _title_line(doc, b)]
            # Short lines of their own open items only in a list of them (three or more),
            # not as a caption between two paragraphs.
            self._sections = sorted(heads + lines) if len(lines) >= 3 else heads
        at = bisect_right(self._sections, self.doc.sentences[index].block) - 1
        return self._sections[at] if at >= 0 else -1

    def __getitem__(self, index: int) -> _Cue | None:
        if index not in self._memo:
            self._memo[index] = self._read(index)
        return self._memo[index]

    def _below(self, index: int) -> int | None:
        """The first sentence of the paragraph under a heading or a title line.

        "Barry premiere" over "Bill Hader unveiled the final season on Sunday":
        the heading names the event, the paragraph tells its date and people.
        """
        doc = self.doc
        sentence = doc.sentences[index]
        block = doc.blocks[sentence.block]
        if block.kind != "heading" and not _title_line(doc, block):
            return None  # a sentence of its own, not a title
        nxt = index + 1
        if nxt >= len(doc.sentences):
            return None
        after = doc.sentences[nxt]
        if after.block != sentence.block + 1 or doc.blocks[after.block].kind == "heading":
            return None
        return nxt

    def _read(self, index: int) -> _Cue | None:
        doc = self.doc
        sentence = doc.sentences[index]
        s, e = sentence.start, sentence.end
        end = e
        block = doc.blocks[sentence.block]
        if block.kind == "heading" or (s <= block.start + 1 and e >= block.end - 1):
            below = self._below(index)
            if below is not None:
                end = doc.sentences[below].end  # read with the paragraph it heads
            elif block.kind == "heading":
                return None
        chunk = doc.text[s:e]
        told = doc.text[s:end]
        words = Words(told)  # ``told`` begins with ``chunk``: what it lacks, ``chunk`` lacks
        if (
            _QUESTION_END.search(told) is not None
            or (words.any(_DENIED_WORDS) and _DENIED.search(told))
            or _SUPPOSED.match(chunk)
        ):
            return None  # a question asks, a denial denies, an "if" supposes: none reports
        # Talk guesses: "everyone assumed he had popped the question" (not "despite rumours
        # of a split, they married": only what comes after the guess is guessed).
        guessed = _RUMOURED.search(chunk) if words.any(_RUMOURED_WORDS) else None
        triggers = _triggers(chunk)
        # (what names no event is looked for only where a trigger was found)
        blocked = _blocked(chunk, triggers) if triggers else []
        found: dict[str, re.Match[str]] = {}
        more: list[tuple[str, re.Match[str]]] = []  # "the NTAs and the British Soap Awards"
        planned: set[str] = set()
        for m in triggers:
            kind = m.lastgroup
            if kind is None or any(a <= m.start(kind) < b for a, b in blocked):
                continue
            if guessed is not None and m.start(kind) > guessed.start():
                continue
            if wish := _WISHED.search(chunk, max(0, m.start() - 40), m.start()):
                if not wish["plan"]:
                    continue  # "wants to marry him": a wish, not a plan
                planned.add(kind)
            if (
                kind == "gala"
                and m.group(kind).endswith("Ball")
                and _NOT_BALL.search(chunk, max(0, m.start(kind) - 4), m.start(kind))
            ):
                continue  # a 'Wrecking Ball' segment, a book "by W. W. Rouse Ball"
            if m.group(kind)[:1].isupper() and _TITLE_OF_WORK.match(chunk, m.end(kind)):
                continue  # a film's title: "the Monster's Ball actress", "Wedding Crashers star"
            if kind == "birth" and kind in found and _aside(chunk, found[kind].start(kind)):
                found[kind] = m  # "Katy Perry, born in 1984, gave birth to ...": the later one
                continue
            if kind in found:
                first = found[kind].group(kind)
                previous = next((x for k, x in reversed(more) if k == kind), found[kind])
                if (
                    (
                        kind != "concert"
                        and first[:1].isupper()
                        and m.group(kind)[:1].isupper()
                        and m.group(kind) != first
                    )
                    or (kind in COUPLE_EVENTS and m.start() - found[kind].end() > 25)
                    or (kind == "concert" and _NEXT_ACT.search(chunk, previous.end(), m.start()))
                ):
                    # Two named ceremonies; two couples' engagements in one sentence
                    # ("Blunt, who got engaged to Krasinski in 2009, and Kerr, whose
                    # partner proposed in 2016"); two acts' shows ("X will perform in
                    # Luxor, while Y will perform a concert in Cairo"). A retelling
                    # merges again later.
                    more.append((kind, m))
                continue
            if (
                kind == "birthday"
                and _turning(m.group(kind))
                and _TIME_OF_LIFE.search(chunk, max(0, m.start(kind) - 30), m.start(kind))
            ):
                continue  # "when she turned 18", "the year he turned 50": a time of life
            if kind == "court_hearing" and m.group(kind) == "hearing":
                before = chunk[max(0, m.start(kind) - 12) : m.start(kind)].split()
                if before and before[-1].lower().lstrip('"“‘') in _HEARING_NOT_COURT:
                    continue  # "upon hearing of", "denied ever hearing the track"
            if kind == "wedding" and _CALLED_OFF.search(chunk):
                continue  # "since cancelling it", "called off their wedding": none was held
            if kind == "award_show" and _NOMINATED.search(chunk, 0, m.start(kind)):
                continue  # a nomination is no ceremony attended
            if kind == "party" and _POLITICAL.search(chunk, max(0, m.start(kind) - 30)):
                continue  # "her party has supported", "the M5S party"
            # "the party" is a trigger only when it names an event (not "Labour Party").
            noun = m.group(kind).split()[-1]
            # An event called by its name: "the Carousel of Hope Ball", "the Global Gift
            # Foundation Gala", "his Bhim Concert"
            # (a party's Ball is the Governors Ball, the Oscars' party)
            by_name = (
                (kind in ("gala", "party") and noun == "Ball")
                or (
                    (kind, noun) in (("gala", "Gala"), ("concert", "Concert"))
                    and _CAPITAL_BEFORE.search(chunk, 0, m.start(kind))
                )
                or m.group(kind).lower() in ("met gala", "met ball")
            )
            if kind == "party" and noun == "Ball" and not _ACADEMY.search(doc.text):
                continue  # the Governors Ball festival in New York, no party of the Oscars
            if (
                kind != "award_show"
                and noun[:1].isupper()
                # a sentence's first word takes a capital, but not its second: "Birthday
                # Bash was on fire" names a show
                and (m.start(kind) > 0 or " " in m.group(kind))
                and not by_name
                # "took to the Pyramid Stage", "a set at Glastonbury": a concert's stage or
                # festival is named
                and not (
                    kind == "concert" and (m.group(kind)[:1].islower() or noun in _FESTIVAL_WORDS)
                )
                # a Muslim wedding, often capitalised; "said I Do"
                and noun not in ("Nikah", "Nikkah", "Do")
            ):
                continue
            found[kind] = m
        premiere = found.get("premiere")
        if premiere and "red carpet" in premiere.group("premiere").lower():
            if "award_show" in found or "gala" in found or "party" in found:
                found.pop("premiere")  # the red carpet of the awards, not a premiere
        concert = found.get("concert")
        if (
            concert
            and _WEAK_CONCERT.match(concert.group("concert"))
            and not _music_told(doc.text, block, s, concert, len(found), self.music)
        ):
            # A set, a stage, a night's show, a song performed or a festival's name tells a
            # concert only with music around it: not "her Skims set", "took to the DNC
            # stage", "Friday night's show" of a chat show, "performed Hamlet", "a wedding
            # at Glastonbury"
            found.pop("concert")
            concert = None
            more = [(k, m) for k, m in more if k != "concert"]
        if (
            concert
            and concert.group("concert").lower().startswith("joined")
            and ("award_show" in found or "party" in found or _NOT_A_SHOW.search(chunk))
        ):
            found.pop("concert")  # "joined her co-stars on stage to accept the award"
        for occasion in ("wedding", "birthday"):
            meal = found.get("dinner")
            if (
                occasion in found
                and meal is not None
                and found[occasion].end(occasion) <= meal.start("dinner")
                and not chunk[found[occasion].end(occasion) : meal.start("dinner")].strip()
            ):
                found.pop("dinner")  # "a wedding dinner", "his birthday lunch": one occasion
        party = found.get("party")
        if party and "gala" in found and "after" not in party.group("party").lower():
            # "the biggest Grammys-weekend party ... pre-Grammys gala": the gala, by two words
            found.pop("party")
        if "dinner" in found and ("gala" in found or "award_show" in found):
            found.pop("dinner")  # "the charity fundraiser was a dinner theatre": the gala's
        if "birthday" in found:
            found.pop("party", None)  # "a party for his 39th birthday" is one birthday
            day = found["birthday"]
            if _ON_BIRTHDAY.search(
                chunk, max(0, day.start("birthday") - 24), day.start("birthday")
            ) and any(k in found for k in _DAY_OF_BIRTHDAY):
                # "got married on his 93rd birthday", "blessed with a baby girl on my
                # birthday": the birthday dates the other event.
                found.pop("birthday")
        if "divorce" in found and _FILED.search(chunk):
            found.pop("court_hearing", None)  # "filed for divorce at the High Court"
        lowered = told.lower()
        dates = [
            d
            for d in find_dates(
                doc.text,
                s,
                end,
                self.today,
                # "Three years later, their son was born": counted from the date before.
                self.dates_before(index) if any(w in told for w in LATER_WORDS) else None,
            )
            if not self._dateline(d.start)  # the page's date under a title
            # when a post went up, not when what it shows happened: "took to Instagram
            # this morning to give a glimpse of the celebrations"
            and not (
                "took to " in told and _POSTED_WHEN.search(doc.text, max(s, d.start - 50), d.start)
            )
            and not _founded_when(doc.text, s, d)
        ]
        if len(dates) > 1 and (wire := _WIRE_DATELINE.match(doc.text, s, e)):
            # the day a wire story was filed gives way to a day the story tells: "London,
            # Feb 20 (IANS): The BAFTA Film Awards kicked off ... on Sunday evening" (but
            # not to a year: "wed in Goa, two years after they met in 2022")
            own = [d for d in dates if d.start >= wire.end()]
            if any(d.date.precision == "day" for d in own):
                dates = own
        if dates and "character" in chunk:
            # "whose character married her colleague in the season finale last month":
            # the part's time, no one's event
            parts = [m.span() for m in _PART_CLAUSE.finditer(doc.text, s, end)]
            dates = [d for d in dates if not any(a <= d.start < b for a, b in parts)]
        if planned and not dates:
            for kind in planned:
                found.pop(kind, None)
            more = [(k, m) for k, m in more if k not in planned]
        if found and any(d.rule == "day_month" for d in dates):
            dates = self._in_years_told(index, dates)
        if found and len(dates) > 1 and any(d.rule == "holiday" for d in dates):
            dates = _holidays_in_year_told(dates, doc.text, s, end, self.today)
        return _Cue(
            found=sorted([*found.items(), *more], key=lambda kv: kv[1].start()),
            dates=dates,
            ref=bool(
                (words.any(_EVENT_REF_WORDS) and _EVENT_REF.search(told))
                or (words.any(_GUESTS_WORDS) and _GUESTS.search(told))
            ),
            future=sounds_future(told),
            group=bool(words.any(_GROUP_WORDS) and _GROUP.search(told)),
            she=bool(_SHE.search(lowered)),
            he=bool(_HE.search(lowered)),
            end=end,
        )


_POSTED_WHEN = re.compile(
    r"\btook to (?:her |his |their |its )?(?:Instagram|Twitter|X|Facebook|TikTok|Snapchat|"
    r"YouTube|social media)(?: (?:page|pages|account|handle|Stories|Story|Live))? $"
)


# When a prize or a festival began ("was established in 2006", "since its establishment in
# 2006"), or when a report came out ("according to a Page Six report from November 28"):
# not when the event it tells of was.
_FOUNDED_WHEN = re.compile(
    r"\b(?:established|founded|instituted|inaugurated|establishment|founding|inception|"
    r"inauguration|report|reported)(?: (?:in|on|from|dated))? $",
    re.IGNORECASE,
)


def _founded_when(text: str, start: int, d: DateMatch) -> bool:
    """Is date ``d`` of a sentence opening at ``start`` a founding's or a report's?"""
    return _FOUNDED_WHEN.search(text, max(start, d.start - 30), d.start) is not None


def _holidays_in_year_told(
    dates: list[DateMatch], text: str, opening: int, end: int, today: dt.date
) -> list[DateMatch]:
    """A holiday in the past year a sentence opens with: "In 2019, they announced their
    engagement the day after Valentine's Day" is February 14, 2019, not the last one
    before the post. Not a holiday told with its own year or a word of its own ("last
    Christmas", "New Year's Eve last year"), nor in a sentence that looks ahead or counts
    on ("In 2019 they met, and they will marry on Christmas Day", "five years later, on
    Valentine's Day")."""
    first = dates[0]
    if (
        first.rule != "year"
        or not _IN_YEAR.match(text, opening, first.end)
        or int(first.date.value) >= today.year
    ):
        return dates
    told = text[opening:end]
    if sounds_future(told) or any(w in told for w in LATER_WORDS):
        return dates
    year_end = dt.date(int(first.date.value), 12, 31)
    out = []
    for d in dates:
        if (
            d.rule == "holiday"
            and d.date.precision == "day"
            and d.start > first.end
            and not _FOUR_DIGITS.search(d.date.phrase or "")
            and not _OWN_TIME.match(d.date.phrase or "")
            and not _YEAR_WORDS_AFTER.match(text, d.end)
        ):
            # that year's own day (Thanksgiving moves), read as on the year's last day
            again = [h for h in find_dates(text, d.start, d.end, year_end) if h.rule == "holiday"]
            if again and again[0].date.value.startswith(first.date.value):
                d = again[0]
        out.append(d)
    return out


# "In 2019, ...", "In early 2019, ..." (not "Since 2019", a time that runs on).
_IN_YEAR = re.compile(r"\W*In\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b")
_OWN_TIME = re.compile(r"(?i:last|this|next)\s")
_YEAR_WORDS_AFTER = re.compile(r"\s+(?:last|this|next|that)\s+year\b")
_FOUR_DIGITS = re.compile(r"\d{4}")


def extract_events(
    cues: SentenceCues,
    persons: list[Person],
    places: list[tuple[int, int, str]],
    genders: dict[str, str],
) -> list[Event]:
    doc = cues.doc
    text = doc.text
    drafts: list[_Draft] = []
    married: set[frozenset[str]] = set()  # couples a split of theirs tells married
    main = [p.name for p in persons if p.salience == "main"]
    mentions = _Mentions(persons)
    described = _described(persons)
    for index in cues.wanted:
        if len(drafts) >= MAX_EVENTS:
            break  # a real post reports a handful; this bounds pathological input
        cue = cues[index]
        if cue is None:
            continue
        s, e = doc.sentences[index].start, cue.end
        people = mentions.within(s, e)
        previous = mentions.within(doc.sentences[index - 1].start, s) if index else []
        group: list[str] = []
        head = cues.section(index) if cue.group else -1
        heading = (
            list(dict.fromkeys(mentions.within(doc.blocks[head].start, doc.blocks[head].end)))
            if head >= 0 and doc.sentences[index].block != head
            else []
        )
        wed = (
            _spouses_told_before(doc, index, mentions)
            if cue.group and not people and len(heading) != 2
            else None
        )
        if len(heading) == 2:
            group = heading  # "Matt LeBlanc and Aurora Mulligan" over "The pair split"
        elif wed:
            # "Before dating Cole, Kacey was married to Ruston Kelly. They met ...": the
            # couple just told married, not the post's
            group = wed
        elif cue.group and len(main) >= 2:
            group = main
        elif cue.group:
            group = previous
        extra = list(group)
        for said, gender, subject in ((cue.she, "f", _SHE_SUBJECT), (cue.he, "m", _HE_SUBJECT)):
            if not said:
                continue
            # A pronoun stands for someone not named in the sentence before it
            # (but "Priya premiered her film": Priya's; "he met Kurt": not Kurt's).
            opens = subject.search(text, s, e)
            named = [
                p
                for p in people
                if genders.get(p) in (gender, "")
                and (opens is None or any(a < opens.start() for a in mentions.starts_of(p, s, e)))
            ]
            if not named:
                who = mentions.last_before(s, genders, gender)
                if who and who not in people:
                    extra.append(who)
        if described:
            # "The radio show host got down on one knee": the one the post called a host.
            for m in _DESCRIBED.finditer(text, s, e):
                who = next((described[w] for w in m.group(1).split() if w in described), None)
                if who and who not in people:
                    extra.append(who)
        attendees = list(dict.fromkeys(people + extra))
        if not cue.found and cue.ref and drafts:
            # "The gala was over", "Guests included Priya Raman": the last event, or
            # the last one with guests when the post has told of an engagement or a
            # split since ("... who got engaged in 2019. Guests included ...").
            last = drafts[-1]
            if last.type in _NO_GUESTS:
                last = next(
                    (
                        d
                        for d in reversed(drafts)
                        if d.type not in _NO_GUESTS and index - d.sentence <= _GUESTS_REACH
                    ),
                    last,
                )
            _merge(last, attendees)
            if (
                len(cue.dates) == 1
                and index - last.sentence <= 2
                and _told_near_ref(text, s, e, cue.dates[0].start)
            ):
                # "The papers were filed Friday."; "The GMA Gala 2024 ... The event, which
                # took place on Saturday night": the day of the edition's year (but not
                # the day tickets went on sale, or someone spoke of it).
                said = cue.dates[0].date
                if last.date is None:
                    last.date = said
                elif _HELD.search(text, s, e):
                    _night_of_edition(last, said, cue.dates, text, s)
            continue
        used: set[int] = set()
        joined: tuple[int, _Draft] | None = None  # the last new event, and where it ends
        for kind, m in cue.found:
            if mentions.covers(s + m.end(kind) - 1):
                continue  # a word of someone's name: "After Johnny Ball, ..."
            if m.group(kind).lower() == "visited":
                # "visited Lisbon" is a trip; "visited her mother", "visited Tom" are not.
                after = s + m.end(kind) + 1
                if not text[after : after + 1].isupper() or mentions.within(after, after + 1):
                    continue
            det = m.group("det").split()[0].lower() if m.group("det") else ""
            carpet = "red carpet" in m.group(kind).lower()
            if carpet:
                det = "the"  # "on the red carpet": of the event the post is about
            existing = next((d for d in reversed(drafts) if d.type == kind), None)
            if det in ("the", "that", "this") and (
                carpet or (existing is None and m.group(kind).isalpha())
            ):
                # "the gala", "the party" after "the Met Gala": the social event the
                # post already reports, whatever word it was first called by (but an
                # "after-party" is an event of its own).
                # A birthday party is "the party" too; a red carpet is no birthday's.
                told = _SOCIAL if carpet else _SOCIAL | {"birthday"}
                existing = next((d for d in reversed(drafts) if d.type in told), None)
                if kind not in _SOCIAL:
                    existing = None
            named = next(
                (d for d in drafts if d.type == kind and d.noun.lower() == m.group(kind).lower()),
                None,
            )
            # the other events the sentence tells, whose dates are theirs
            others = [(s + o.start(), s + o.end()) for _, o in cue.found if o is not m]
            if _proper(m.group(kind)) and named is not None:
                _merge(named, attendees)  # "the Met Gala" ... "her first Met Gala": one
                if named.date is not None and named.date.precision == "year" and not named.future:
                    # "this year's Hum Awards" ... "On Saturday night ... for the Hum
                    # Awards": the night of the year the name gave.
                    said = _nearest(cue.dates, s + m.start(), s + m.end(), used, text, others)
                    if said is None and len(cue.found) == 1:
                        # A day that opens the sentence, the only event it tells.
                        said = next((d.date for d in cue.dates if d.start - s <= _OPENS), None)
                    _night_of_edition(named, said, cue.dates, text, s + m.start(kind))
                elif named.date is None and not named.future:
                    # "X sweeps ARIA Awards" ... "The ARIA Awards enjoyed a ceremony last
                    # week": a headline's event, dated where the body tells it again, as
                    # news of the last weeks (a year there is another edition's: "the
                    # latest Met Gala arrival, at 10:15 p.m. in 2023").
                    told = _retold_date(cue, m, kind, s, e, used, text, others, cues.today)
                    if (
                        told is not None
                        and told.precision != "year"
                        and 0 <= (cues.today - _span(told)[0]).days <= _NEWS_DAYS
                    ):
                        named.date = told
                continue
            detail = _detail(text, s + m.end(kind), e)
            if _ANOTHER.search(m.group(kind)) or _ANOTHER_BEFORE.search(
                text, max(s, s + m.start(kind) - 24), s + m.start(kind)
            ):
                # "a second wedding reception", "another party": not the first, but the
                # one of that name if there is one already.
                existing = named
                if existing is not None:
                    _merge(existing, attendees)
                    continue
            if existing is not None and (
                (detail and existing.detail not in (None, detail))
                or (_proper(m.group(kind)) and _proper(existing.noun))
            ):
                # "the red carpet for Conclave" after another film's premiere; the
                # British Soap Awards after the National Television Awards.
                existing = None
            if text.find("dating", s, e) != -1 or text.find("met ", s, e) != -1:
                # "began dating in 2017 and he popped the question in 2019": a date nearer
                # the start of the romance is the romance's
                others += [(s + o.start(), s + o.end()) for o in _COURTED.finditer(text, s, e)]
            # "Her latest gig attracted ...": the one just told, whoever it names.
            latest = det in ("her", "his", "their") and m.group("det").endswith(
                ("latest ", "recent ")
            )
            # "Their wedding ... attracted X and Y": the couple's, told just before.
            # (A split's rumours and news have days of their own: "rumours of their
            # break-up started in early March".)
            theirs = (
                det == "their"
                and kind in ("wedding", "engagement")
                and existing is not None
                and len(existing.people) >= 2
                and not existing.future
                and cues.section(existing.sentence) == cues.section(index)
            )
            if (
                (det in ("the", "that", "this") or latest or theirs)
                and existing is not None
                # ("the couple split" under a round-up's next item is another couple: "the"
                # is the couple's there, not the event's)
                and not (
                    m.group(kind).lower().startswith(("couple", "pair"))
                    and cues.section(existing.sentence) != cues.section(index)
                )
            ):
                # "The reception took place on December 21": the event told, now dated.
                told = _retold_date(cue, m, kind, s, e, used, text, others, cues.today)
                if agree(existing.date, told):
                    existing.date = finer(existing.date, told)
                _name_taken(existing, _as_written(m.group(kind), s + m.start(kind), s, text))
                _merge(existing, attendees)
                continue
            # A birth is dated where it is told ("born on 3 April 1978", "born in 1958"),
            # not at the far end of "born and raised in X, where she graduated in 2004";
            # "welcomed ... by surrogate with his fiancé X, on October 1" runs on.
            limit = 120
            if kind == "birth" and not m.group(kind).lower().startswith("welcomed"):
                limit = 50
            date = _nearest(
                cue.dates,
                s + m.start(),
                s + m.end(),
                used,
                text,
                others,
                limit,
                opening=s,
                since=kind == "wedding" or m.group(kind).lower().endswith(" since"),
            )
            # "her birthday concert": the birthday's concert, on its day, whichever word
            # the day is told nearer
            twin = joined[1] if joined and not text[joined[0] : s + m.start()].strip() else None
            if twin is not None and date is None:
                date = twin.date
            elif twin is not None and twin.date is None:
                twin.date = date
            at = s + m.start(kind)
            date = _not_the_news(date, text, s, e, m, kind, cue.dates, cues.today)
            names = attendees
            if kind == "concert" and (acts := _act_of(cue, m, text, s, e)) is not None:
                # one act's show of several the sentence tells: its own performers
                performers = set(mentions.within(*acts))
                names = [p for p in attendees if p in performers]
            if kind in COUPLE_EVENTS:
                pairs = [tuple(d.people) for d in drafts if d.type in COUPLE_EVENTS]
                pairs = [p for p in dict.fromkeys(pairs) if len(p) == 2]
                if wed:
                    pairs = [tuple(wed)]  # the couple just told married, not one told before
                names = _couple(mentions, group, people, attendees, text, s, e, at, pairs, genders)
                if kind == "wedding" and cue.ref and _GUESTS.search(text, s, e):
                    # "X and Y are among the first guests to arrive for the wedding of A
                    # and B": the couple, and the guests the sentence names
                    names = [*names, *(p for p in attendees if p not in names)]
                partner = _PRONOUN_AFTER.match(text, s + m.end(kind), e)
                if partner and len(names) == 2:
                    # "Padalecki proposed to her": her, whoever else the sentence names.
                    want = "f" if partner.group(1).lower() == "her" else "m"
                    who = mentions.last_before(s, genders, want)
                    if who and who not in names:
                        names = [names[0], who]
            born = None
            if kind == "birth":
                # "Their son": the couple the post is about, or the one just named.
                couple = main if len(main) >= 2 else previous
                born, names = _birth(mentions, text, s, e, m, group, genders, attendees, couple)
            if existing is not None and names and existing.people:
                mine, theirs = set(names), set(existing.people)
                if kind == "birth":
                    same_people = born is not None and born == existing.born
                elif kind in COUPLE_EVENTS and det not in ("her", "his", "their"):
                    # "He married Althea ... In 1997, he married María": two weddings,
                    # but "her engagement" is the one told.
                    same_people = mine <= theirs or theirs <= mine
                else:
                    same_people = bool(mine & theirs)
            else:
                same_people = True
            if (
                existing is not None
                and existing.sentence == index
                and existing.date is not None
                and date is None
            ):
                # "tied the knot in March 2022, with a fairytale wedding at X": the
                # sentence's dated wedding, whoever its second telling seems to name
                # (but "A marrying B or C marrying D", neither dated, are two).
                same_people = True
            if (
                existing is not None
                and kind in COUPLE_EVENTS
                and not (existing.people and names)
                and cues.section(existing.sentence) != cues.section(index)
            ):
                same_people = False  # a round-up's next item: another couple's split
            if (
                existing is not None
                and kind == "concert"
                and names
                and not (set(names) & set(existing.people))
                # ("The veteran pop star also performed with ..." goes on with the set just told)
                and not _TOLD_BACK.match(text, s)
                and (
                    existing.noun in _MUSIC_FESTIVALS
                    or _WEAK_CONCERT.match(m.group(kind))
                    # a festival's report, a night of many shows: each act's set is its own
                    or any(
                        o.type == "concert"
                        and (o.noun in _MUSIC_FESTIVALS or _night_of_many(o, date))
                        for o in drafts
                    )
                )
            ):
                # A festival's sets: each performer's own concert, on the festival's day
                # unless told otherwise.
                same_people = False
                date = date or existing.date
            if existing is not None and same_people and agree(existing.date, date):
                # The same event told again ("have split ... announced their breakup on
                # Friday"): one event, dated by the sentence that dates it most closely.
                existing.date = finer(existing.date, date)
                existing.location = existing.location or _place_after(text, places, s + m.end(), e)
                _name_taken(existing, _as_written(m.group(kind), at, s, text))
                _merge(existing, names)
                continue
            live = False  # an edition told as it happens, whatever the sentence looks ahead to
            if date is None:
                # "the 2024 Golden Globes": the edition's year, when nothing says the day.
                edition = _EDITION.search(text, max(s, at - 6), at)
                if edition is None and m.group(kind)[:1].isupper():
                    edition = EDITION_AFTER.match(text, s + m.end(kind))  # "BRITs 2019"
                if edition:
                    date = PartialDate(edition.group(1), "year", edition.group(1))
                    if edition.group(1) == str(cues.today.year) and _UNDER_WAY.match(
                        text, s + m.end(kind), e
                    ):
                        # "The Brit Awards 2024 have arrived": told live, the post's day.
                        date = PartialDate(cues.today.isoformat(), "day", edition.group(1))
                        live = True
            if (
                date is None
                and not cue.dates
                # (a birth takes the day before only where it points back to it: "was
                # born earlier that day")
                and (kind != "birth" or _THAT_DAY.search(text, s, e))
            ):
                carry = _GOES_ON.match(text, s, e) or _THAT_DAY.search(text, s, e)
                date = cues.dates_before(index, carry=bool(carry))
            location = _place_after(text, places, s + m.end(), e)
            drafts.append(
                _Draft(
                    kind,
                    _as_written(m.group(kind), at, cues.doc.sentences[index].start, text),
                    index,
                    date,
                    location,
                    list(names),
                    detail,
                    cue.future and not live,
                    det in ("the", "that", "this") and m.group(kind).isalpha(),
                    born,
                    at,
                )
            )
            joined = (s + m.end(kind), drafts[-1])
            if kind == "breakup" and _married(text, s, e, names, mentions):
                married.add(frozenset(names[:2]))
    # A married couple's split is their divorce, as the news counts it: every split of a
    # couple the post tells married, whichever sentence tells it ("split from her
    # husband, Jim Toth ... Toth and Witherspoon's breakup").
    for d in drafts:
        if d.type == "breakup" and frozenset(d.people[:2]) in married:
            d.type = "divorce"
    _dated_by_the_occasion(drafts, text)
    drafts = _marriages_listed(drafts, doc, mentions)
    drafts += _marriages_spanned(cues, mentions, genders, described)
    drafts = _fold_parts_of_the_night(
        _one_birth_each(_pair_couples(_fold_definites(_fold_receptions(drafts)), main), doc),
        text,
    )
    # "Stuns at the Brits" over "The Brit Awards kicked off on Sunday": one night's
    # ceremony told by two names, on the same day, with the same people.
    drafts = _join_twins(
        drafts,
        lambda o, d: (
            o.type == d.type
            and d.type in _SOCIAL
            and o.date is not None
            and d.date is not None
            and (
                (o.date == d.date and o.date.precision == "day")
                # "BRITs 2019" and "The BRIT Awards 2019 kicked off on Wednesday": the
                # edition's year and its night.
                or (o.noun[:1].isupper() and d.noun[:1].isupper() and agree(o.date, d.date))
            )
            and bool(set(o.people) & set(d.people))
            and _one_name(o.noun, d.noun)
        ),
    )
    # One ceremony by two names, one of them undated: "The 64th Grammy Awards took
    # place ..." and "Trevor Noah returned as host for an often emotional Grammys".
    drafts = _join_twins(
        drafts,
        lambda o, d: (
            o.type == d.type == "award_show"
            and o.noun[:1].isupper()
            and d.noun[:1].isupper()
            and _one_name(o.noun, d.noun)
            and (o.date is None or d.date is None)
        ),
    )
    # One birthday a year: "Her birthday in Nigeria", "turned 37 on the 1st of March";
    # later undated words of it ("a big birthday cake") whoever they seem to name,
    # unless told as someone else's ("Lupita's birthday" after another's).
    drafts = _join_twins(
        drafts,
        lambda o, d: (
            o.type == d.type == "birthday"
            and not o.future
            and not d.future
            and (
                not o.people
                or not d.people
                or bool(set(o.people) & set(d.people))
                or (d.date is None and not _owned(text, doc.sentences[d.sentence].start, d))
            )
            and agree(o.date, d.date)
        ),
    )
    drafts = _fold_birthday_parties(drafts)
    drafts = _join_twins(
        drafts,
        lambda o, d: _same_wedding(text, doc, o, d),
        # (who tells of a wedding to come is no guest of it: "Poonam Dhillon confirmed
        # Sonakshi's wedding news")
        lambda o, d: None if o.future else _absorb(o, d),
    )
    for d in drafts:
        if d.type == "vacation":
            _date_holiday(d, doc, cues.today)
        elif d.type == "birth" and d.date is None:
            arrival = _arrival(cues, d.sentence, mentions)
            if arrival is not None:
                d.date, child = arrival
                if child and d.born is None and child not in d.people:
                    d.born = child  # "Lucia Marisol Williams arrived on May 4th"
                    d.people.append(child)
    if sum(d.type == "birth" for d in drafts) > 1:
        drafts = _one_birth_each(drafts, doc)  # again, with the days arrivals gave
    # The parents of each birth that names one: a post's only birth, or several of one and
    # the same parent ("Gil gave birth to her first child in 2017. She gave birth to
    # Madeline in October 2021."), takes the spouse the post tells (a child's "was born"
    # alone retells one of them).
    parents_told = {
        tuple(p for p in d.people if p != d.born)
        for d in drafts
        if d.type == "birth" and any(p != d.born for p in d.people)
    }
    for d in drafts:
        parents = [p for p in d.people if p != d.born]
        if d.type == "birth" and len(parents) == 1:
            # "Milla Jovovich has given birth ... she and her husband Paul W.S. Anderson":
            # the other parent, as the post pairs them
            partner = _partner_of(parents[0], drafts, mentions, text)
            if partner is None and len(parents_told) == 1 and not _BORN_WORD.search(d.noun):
                # (a parent who gave birth or welcomed a child, not a grown-up "born" in 1949)
                partner = _spouse_told(parents[0], genders.get(parents[0]), mentions, doc)
            if partner is not None and partner != d.born:
                d.people.insert(1, partner)
    _guests_seen(drafts, doc, mentions, cues.today)
    _winners_seen(drafts, doc, mentions, cues.today)
    _night_reported(drafts, doc, mentions, cues)
    lead = drafts[0] if drafts else None
    if (
        lead is not None
        and lead.type in _NEWS_EVENTS | {"vacation"}
        and not lead.future
        and lead.date is None
        # "arrived on Thursday ahead of the couple's nuptials": the news is not the event
        and not _AHEAD_OF.search(text, doc.sentences[lead.sentence].start, cues[lead.sentence].end)
    ):
        day = cues.news_day(cues.first_body) if lead.type != "vacation" else None
        if day is not None and all(d.date != day for d in drafts):
            lead.date = day
    for d in drafts:
        told = doc.sentences[d.sentence]
        if (
            d.date is None
            and not d.future
            and d.type in _TOLD_LIVE_KINDS
            and 0 <= d.sentence - cues.first_body <= 1
            and _TOLD_LIVE.search(text, told.start, told.end)
        ):
            # "Thousands of people gather for the wedding ... as Prince William marries
            # Kate Middleton": the news told as it happens is of the post's day
            d.date = PartialDate(cues.today.isoformat(), "day", "now")
    _this_years_night(drafts, cues)
    _round_up_year(cues, drafts)
    _date_after_parties(drafts, text)
    drafts = _fold_into_the_ceremony(drafts)
    drafts = _fold_announced(_fold_undated_retellings(drafts, cues.doc.text))
    drafts = _join_twins(drafts, lambda o, d: _told_twice(o, d, doc))
    _birth_in_figures(drafts, doc, cues.today)
    today = cues.today.isoformat()
    # A birth is someone's: "a browser was born", "where stars were born" are not; nor is
    # turning an age nobody's ("the band's debut album turned 60"); nor is a grown-up's
    # birth year set aside in a story of something else ("Ham, born in 1988, made her
    # debut"), where a biography opening with it ("Tom Reed (born 3 April 1978) is
    # English") tells of the birth.
    shows = sum(d.type == "concert" for d in drafts)
    drafts = [
        d
        for d in drafts
        if (d.people or not (d.type == "birth" or _turning(d.noun)))
        # "several concerts took place": the round-up's heading, when its shows are told
        and not (d.noun.lower() in _MANY_SHOWS and not d.people and shows > 1)
        and not _born_aside(d, text, cues.today)
        # Speech that names an event without a time tells a habit or a feeling, not
        # the news: "I don't think people realise how hard that gig is." (A couple's
        # own news is told in their words: "I got engaged," she said.)
        and not (d.date is None and d.type not in _OWN_NEWS and _quoted_only(doc, d))
    ]
    return [_finish(d, doc, today) for d in _drop_undated_of_dated_kinds(drafts, cues)]


_QUOTE = re.compile(r"“[^”\n]*”|(?<![\w'])\"(?=\S)[^\"\n]*\"(?!\w)")
# Told in their own words, a couple's news or a birth is news still: "I got engaged".
_OWN_NEWS = COUPLE_EVENTS | {"birth"}


def _quoted_only(doc: Document, d: _Draft) -> bool:
    """Is the draft told only inside a quote of its paragraph?"""
    block = doc.blocks[doc.sentences[d.sentence].block]
    text = doc.text
    if (
        text.find('"', block.start, block.end) == -1
        and text.find("“", block.start, block.end) == -1
    ):
        return False
    quoted = [m.span() for m in _QUOTE.finditer(text, block.start, block.end)]
    return _inside(quoted, d.at) and not _told_outside(doc, quoted, d)


def _told_outside(doc: Document, quoted: list[tuple[int, int]], d: _Draft) -> bool:
    """Does the sentence, outside its quotes, tell an event of the draft's kind ("'We went
    to Cabo for a holiday,' said Kourtney of her trip")?"""
    sentence = doc.sentences[d.sentence]
    parts, at = [], sentence.start
    for a, b in quoted:
        if a < sentence.end and b > at:
            parts.append(doc.text[at : max(at, a)])
            at = max(at, b)
    parts.append(doc.text[at : sentence.end])
    return any(m.lastgroup == d.type for m in _TRIGGER.finditer(" ".join(parts)))


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    i = bisect_right(spans, (at, at)) - 1
    return i >= 0 and spans[i][0] < at < spans[i][1]


def _this_years_night(drafts: list[_Draft], cues: SentenceCues) -> None:
    """ "at this year's TIFF", "hosted this year by Janelle Monáe": the year names the
    edition; the night is the day the post reports, told in the same sentence ("were
    last Saturday thrilled ... at this year's edition"), or, for the post's own story,
    in its first sentences. A day another event holds is that event's ("Her Globes win
    on Sunday makes her the favourite at this year's Oscars")."""
    year = str(cues.today.year)
    for d in drafts:
        if (
            d.date is None
            or d.date.value != year
            or d.future
            or d.type not in _EDITIONS
            or not d.date.phrase.lower().startswith("this year")
        ):
            continue
        cue = cues[d.sentence]
        if cue is None or cue.future:
            continue
        days = [m.date for m in cue.dates if m.date.precision == "day"]
        recent = [
            day for day in days if 0 <= (cues.today - dt.date.fromisoformat(day.value)).days <= 7
        ]
        if len(cue.found) == 1 and len(recent) == 1 and len(days) == 1:
            night = recent[0]
        elif d is drafts[0] and not days:
            night = cues.news_day(cues.first_body)
        else:
            continue
        if night is not None and all(o.date != night for o in drafts):
            d.date = night


# Events held once a year, whose edition "this year's" names.
_EDITIONS = _SOCIAL | {"concert"}


def _aside(text: str, at: int) -> bool:
    """Is the trigger at ``at`` a bare "born" set off by a comma or a bracket ("Kim,
    born in 1980,")?"""
    return (
        text.startswith("born", at) and _ASIDE_BEFORE.search(text, max(0, at - 3), at) is not None
    )


_ASIDE_BEFORE = re.compile(r"(?:,|\()\s*$")


def _born_aside(d: _Draft, text: str, today: dt.date) -> bool:
    """Is a birth an aside of a grown-up's biography ("Kim, born in 1980, won")? Not a
    child's ("their first child, Matilda, born in 2009"), nor a biography's opening
    ("(born June 11, 1988) is an American ..."). A birth the sentence tells beside the
    aside ("Katy Perry, born in 1984, gave birth") was read in its place already."""
    return (
        d.type == "birth"
        and d.date is not None
        and today.year - int(d.date.value[:4]) >= _GROWN
        and _aside(text, d.at)
        and _CHILD_BEFORE.search(text, max(0, d.at - 80), d.at) is None
        and _BIOGRAPHY_OPENS.match(text, d.at) is None
    )


# "(born June 11, 1988) is an American baseball player", "(born ...), better known as
# Jenna Marbles, is an American YouTuber": the opening of a biography.
_BIOGRAPHY_OPENS = re.compile(r"[^;]{0,120}?\s(?:is|was) (?:an? |the |[A-Z])")
_CHILD_BEFORE = re.compile(r"\b(?:child|children|son|sons|daughter|daughters|baby|twins|kids?)\b")
_GROWN = 15  # years: news of a birth is of a child


# After a partner's name, the year of the marriage: " in 2001", " (actor) for a year in 1998".
_PARTNER_YEAR = re.compile(
    r"(?:,? \([^()]{1,40}\))?(?: for (?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?:years?|months?))? in ((?:19|20)\d\d)\b(?=\s*(?:[,.;)]|and\b|then\b|before\b|$))"
)


_THAT_DAY = re.compile(
    r"\b(?:earlier|later) that (?:day|morning|afternoon|evening|night)\b|\bthat (?:same )?day\b"
)


def _marriages_listed(drafts: list[_Draft], doc: Document, mentions: _Mentions) -> list[_Draft]:
    """One wedding each for a list of marriages ("Lopez has been married three times, to
    Ojani Noa in 1998, Cris Judd in 2001 and Marc Anthony in 2004"): two partners or more
    each named with a year of their own after the trigger, and someone else who married
    them all."""
    out: list[_Draft] = []
    for d in drafts:
        if d.type != "wedding" or d.future:
            out.append(d)
            continue
        end = doc.sentences[d.sentence].end
        listed: dict[str, str] = {}
        for i in range(bisect_left(mentions.starts, d.at), bisect_left(mentions.starts, end)):
            year = _PARTNER_YEAR.match(doc.text, mentions.ends[i], end)
            if year and mentions.names[i] not in listed:
                listed[mentions.names[i]] = year.group(1)
        spouse = next((p for p in d.people if p not in listed), None)
        if len(listed) < 2 or len(set(listed.values())) < len(listed) or spouse is None:
            out.append(d)
            continue
        for partner, year in listed.items():
            date = PartialDate(year, "year", year)
            out.append(_Draft(d.type, d.noun, d.sentence, date, None, [spouse, partner], at=d.at))
    return out


# A marriage told by its years: "was previously married to Daryl Wein from 2013 to 2022",
# "married to Ojani Noa (1997–1998), Cris Judd (2001–2003) and Marc Anthony (2004–2014)".
_MARRIED_SPAN = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?married to\s")
_YEARS_SPANNED = re.compile(
    r",?\s+(?:\((?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)\)"
    r"|(?:for \w+ years? )?from (?P<c>(?:19|20)\d\d) (?:to|until|till) (?P<d>(?:19|20)\d\d)\b)"
)
# What may stand between one spouse of a list and the next: ", and then to director", "his
# second wife," (a few words in lower case: not "later co-hosted a show with").
_SPOUSE_GAP = re.compile(
    r",?\s*(?:and\s+)?(?:then\s+|later\s+)?(?:to\s+)?(?:[a-z][\w'’-]*,?\s+){0,3}"
)
# Who "she", "he" or "the actress" can be.
_GENDERED = {
    **dict.fromkeys("she actress woman businesswoman wife mother".split(), "f"),
    **dict.fromkeys("he actor man businessman husband father".split(), "m"),
}


def _marriages_spanned(
    cues: SentenceCues,
    mentions: _Mentions,
    genders: dict[str, str],
    described: dict[str, str],
) -> list[_Draft]:
    """A wedding and a divorce for each marriage told by the years it lasted (no divorce
    where a death ended it), of the person the sentence is about."""
    doc = cues.doc
    text = doc.text
    found: list[_Draft] = []
    for m in _MARRIED_SPAN.finditer(text):
        index = doc.sentence_at(m.start())
        if cues[index] is None:
            continue  # a sentence the cues leave out: denied, asked, or no news
        sentence = doc.sentences[index]
        spouse = _told_married(doc, index, m.start(), mentions, genders, described)
        if spouse is None:
            continue
        at = m.end()
        last = bisect_left(mentions.starts, sentence.end)
        for i in range(bisect_left(mentions.starts, at), last):
            # one list of spouses, each with its years, and nothing else between them
            if _SPOUSE_GAP.fullmatch(text, at, mentions.starts[i]) is None:
                break
            years = _YEARS_SPANNED.match(text, mentions.ends[i], sentence.end)
            partner = mentions.names[i]
            if years is None or partner == spouse:
                break
            at = years.end()
            told = (("wedding", years.group("a") or years.group("c")),)
            # (a death told of this marriage, before the next spouse's name)
            upto = mentions.starts[i + 1] if i + 1 < last else sentence.end
            if not _DEATH.search(text, at, upto):
                told += (("divorce", years.group("b") or years.group("d")),)
            for kind, year in told:
                found.append(
                    _Draft(
                        kind, kind, index, PartialDate(year, "year", year), None,
                        [spouse, partner], at=m.start(),
                    )
                )  # fmt: skip
    return found


def _told_married(
    doc: Document,
    index: int,
    at: int,
    mentions: _Mentions,
    genders: dict[str, str],
    described: dict[str, str],
) -> str | None:
    """Whom a sentence tells married: its first name before ``at`` (not one of a "who"
    clause after it), or the one "she", "he" or "the actress" stands for."""
    opening = doc.sentences[index].start
    before = mentions.within(opening, at)
    if before:
        return before[0]
    words = doc.text[opening:at].lower().split()
    if words[:1] in (["she"], ["he"]):
        word = words[0]
    elif words[:1] == ["the"] and len(words) > 1:
        word = words[1]
        if word in described:
            return described[word]
    else:
        return None
    want = _GENDERED.get(word)
    if want is None:
        return None
    # The one of that sex the post has told most of so far, not the last named: "He
    # welcomed kids A, B and C ... He was married to ..." is the father's.
    told = Counter(
        name
        for name in mentions.names[: bisect_left(mentions.starts, opening)]
        if genders.get(name, "") in (want, "")
    )
    return max(told, key=told.__getitem__, default=None)


def _fold_undated_retellings(drafts: list[_Draft], text: str) -> list[_Draft]:
    """An undated couple's event or birth told again ("Linda Robson has shared details of
    Stacey Solomon and Joe Swash's wedding day") is the one dated event of its kind, when
    the post dates only one: a couple's if it names no one else of a couple (not "he
    married Dolores" after "married Althea"), a birth's if it shares a parent."""
    out: list[_Draft] = []
    for d in drafts:
        if d.date is None and not d.future and d.type in COUPLE_EVENTS | {"birth"}:
            dated = [o for o in drafts if o.type == d.type and o.date is not None and not o.future]
            if len(dated) == 1 and _retells(dated[0], d, text):
                _absorb(dated[0], d)
                continue
        out.append(d)
    return out


def _told_twice(o: _Draft, d: _Draft, doc: Document) -> bool:
    """Are two undated drafts one event told twice: of one kind, the same people, and
    one name or one couple's ("talked about divorce, amid separation rumours from his
    wife", where the split of a married couple is their divorce too)?"""
    if not (
        o.type == d.type
        and o.date is None
        and d.date is None
        and o.future == d.future
        and o.people
        and d.people
        # not another film's premiere, nor a party somewhere else
        and (o.detail is None or d.detail is None or o.detail == d.detail)
        and (o.location is None or d.location is None or o.location == d.location)
    ):
        return False
    if (n := _OWNERS.get(d.type, 0)) > 0:
        # whose it is, by its first people: a couple's split names its guests after them
        # (but two children born are two births)
        same = set(_owners_of(o, doc)[:n]) == set(_owners_of(d, doc)[:n])
        return same and (o.born is None or d.born is None or o.born == d.born)
    # (one name written two ways, "Brits" and "Brit Awards"; not two films' premieres)
    return set(o.people) == set(d.people) and (
        o.noun.casefold() == d.noun.casefold()
        or (_one_name(o.noun, d.noun) and " of " not in o.noun and " of " not in d.noun)
    )


def _drop_undated_of_dated_kinds(drafts: list[_Draft], cues: SentenceCues) -> list[_Draft]:
    """Drafts without the undated ones of a kind the post also tells with a date.

    A post that dates its wedding and later tells "a wedding" with no date mostly
    tells the same one again in other words ("the bridal party walked down the
    aisle") or another in passing ("from McDavid at Barrie's wedding to ..."): a
    second event node the post neither dates nor reports. A retelling that shares
    its people was folded in already. Kept: plans, the post's own news in its first
    sentence ("is single again after splitting from her boyfriend"), an event of other
    owners ("married Althea ... In 1997, he married Dolores"; another's birthday or
    birth), one told as someone else's ("Goulding's wedding"), and one of another name
    or title (the Oscars beside the BAFTAs, another film's premiere). An undated party or
    gig of other people is dropped all the same: on real posts it is more often a guest
    list or an aside than an event of its own.
    """
    doc = cues.doc
    dated = [d for d in drafts if d.date is not None and not d.future]
    return [
        d
        for d in drafts
        if d.date is not None
        or d.future
        or d.sentence <= cues.first_body
        or not (kin := [o for o in dated if o.type == d.type])
        or (
            (n := _OWNERS.get(d.type, 0)) > 0
            and len(owners := _owners_of(d, doc)) >= n
            and all(set(owners[:n]) != set(_owners_of(o, doc)[:n]) for o in kin)
        )
        or (
            _owned(doc.text, doc.sentences[d.sentence].start, d)
            and not any(set(d.people) & set(o.people) for o in kin)
        )
        or all(not _one_name(o.noun, d.noun) for o in kin)
        # another film's night: "the premiere of Last Train to Lisbon"; another child
        or (d.detail is not None and all(o.detail not in (None, d.detail) for o in kin))
        or (d.born is not None and all(o.born not in (None, d.born) for o in kin))
    ]


def _owners_of(d: _Draft, doc: Document) -> list[str]:
    """The people an event is of. A birth's are its parents: "Layla Woo was born", told
    with no parent, retells her mother's news and is no birth of Layla's own, unless it
    is a relative's ("Tom's nephew Max Reed was born a week earlier")."""
    if d.type != "birth" or d.born is None:
        return d.people
    parents = [p for p in d.people if p != d.born]
    told = doc.sentences[d.sentence]
    if parents or _KIN_WORD.search(doc.text, told.start, told.end):
        return parents or d.people
    return []


# Whose an event is, by how many of its first people: a couple's, a parent's pair, or
# the one whose birthday it is.
_OWNERS = {**dict.fromkeys(COUPLE_EVENTS, 2), "birth": 1, "birthday": 1}


# Many people's events told together: "a list of eight celebrities who walked down the
# aisle in 2024", "the celebrity babies born so far in 2020".
_MANY = re.compile(
    r"\b(?:celebrities|celebs|couples|weddings|babies|births|engagements|splits|break-?ups|"
    r"divorces)\b",
    re.IGNORECASE,
)


def _round_up_year(cues: SentenceCues, drafts: list[_Draft]) -> None:
    """A round-up's year dates its undated events of the kind it rounds up.

    Only where an opening sentence tells of many people's events of one kind in one
    year, and the post reports two or more of them.
    """
    doc = cues.doc
    for i in cues.wanted:
        if i >= cues.first_body + 6:
            break
        cue = cues[i]
        if cue is None:
            continue
        years = {d.date for d in cue.dates if d.date.precision == "year"}
        sentence = doc.sentences[i]
        if len(years) != 1 or not _MANY.search(doc.text, sentence.start, sentence.end):
            continue
        (year,) = years
        at = next(d.start for d in cue.dates if d.date == year) - sentence.start
        # the year told of the kind: "walked down the aisle in 2024" (not "the wedding of
        # X and Y, who started dating in 2018")
        kinds = {kind for kind, m in cue.found if 0 <= at - m.end(kind) <= 16}
        for kind in kinds:
            told = [d for d in drafts if d.type == kind]
            if len(told) >= 2:
                for d in told:
                    if d.date is None and not d.future:
                        d.date = year


# A couple gets engaged or splits once: two tellings a few weeks apart are the event and
# its news ("On November 30 he proposed ... In December 2018 they shared news of their
# engagement"). Weddings may be two ceremonies, and a divorce a filing and a decree.
_ONCE = frozenset({"engagement", "breakup"})
_NEWS_LAG = 62  # days


def _fold_announced(drafts: list[_Draft]) -> list[_Draft]:
    """The later of two dated tellings of one couple's engagement or split is its news:
    it folds into the earlier, which is when it happened."""
    return _join_twins(drafts, _announced, _absorb_news)


def _announced(o: _Draft, d: _Draft) -> bool:
    """Is ``d`` the news of ``o``, weeks apart, of the same couple or of no one else ("the
    couple shared news of their engagement")?"""
    return (
        o.type == d.type
        and d.type in _ONCE
        and not (o.future or d.future)
        and o.date is not None
        and d.date is not None
        and (set(o.people) <= set(d.people) or set(d.people) <= set(o.people))
        and _weeks_apart(o.date, d.date)
    )


def _absorb_news(first: _Draft, d: _Draft) -> None:
    """Fold the news ``d`` into ``first`` (both dated: see ``_announced``), keeping the
    earlier of the two dates."""
    if _span(d.date)[0] < _span(first.date)[0]:
        first.date, first.location = d.date, d.location or first.location
    else:
        first.location = first.location or d.location
    _merge(first, d.people)


def _span(date: PartialDate) -> tuple[dt.date, dt.date]:
    """The first and last day a partial date may be."""
    if date.precision == "day":
        day = dt.date.fromisoformat(date.value)
        return day, day
    if date.precision == "month":
        year, month = int(date.value[:4]), int(date.value[5:7])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    year = int(date.value[:4])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _weeks_apart(a: PartialDate, b: PartialDate) -> bool:
    """Do two dates of different precision (a day and a month) lie a few weeks apart?"""
    if a.precision == b.precision or "year" in (a.precision, b.precision):
        return False
    (a0, a1), (b0, b1) = _span(a), _span(b)
    return max(a0, b0) - min(a1, b1) <= dt.timedelta(days=_NEWS_LAG)


def _retells(o: _Draft, d: _Draft, text: str) -> bool:
    """Is the undated ``d`` the dated ``o`` told again? (Looser than ``_one_birth``, which
    asks a named child to be in both: "confirmed the birth of his second child" names none.)"""
    if d.type != "birth":
        if set(d.people) <= set(o.people):
            return True  # its people, or no one
        if _GUESTS_AT_THE.search(text, max(0, d.at - 160), d.at):
            # "Celebrity guests including Juhi Chawla, Karan Johar ... are already in
            # Jaisalmer for the big fat wedding": the guests of the one it dates
            return True
        # "Guest list at Anant Ambani's wedding", then its guests: the couple's event,
        # named as someone's, with others at it
        owner = _OWNER_BEFORE.search(text, max(0, d.at - 60), d.at)
        return (
            d.type in _OWNED_EVENTS
            and owner is not None
            and (
                owner.group(1) is None or any(_same_person(owner.group(1), p) for p in o.people[:2])
            )
        )
    if o.born is not None and d.born is not None:
        return o.born == d.born  # Belle, then Rose: two births
    return bool(set(o.people) & set(d.people))


_OWNED_EVENTS = frozenset({"wedding"})
# Guests named, then "the" event they came for, in one sentence.
_GUESTS_AT_THE = re.compile(
    r"\b(?:guests? (?:including|included|such as|like)|guest list)\b[^.!?\n]*\b(?:for|at|to|"
    r"of|attend(?:ed|ing)?) the (?:[\w'’-]+ ){0,3}$",
    re.IGNORECASE,
)


def _same_person(written: str, name: str) -> bool:
    """Is ``written`` ("Anant Ambani", "Anant", "Ambani") a way of writing ``name``?"""
    words, parts = written.split(), name.split()
    return written == name or (len(words) == 1 and words[0] in (parts[0], parts[-1]))


# Whose the wedding is, right before it: "Anant Ambani's wedding", "their lavish wedding"
# (not "his first wedding", "her previous wedding": another one).
_OWNER_BEFORE = re.compile(
    r"(?:\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)['’]s?|\btheir) "
    r"(?:(?!first|second|third|previous|former|earlier|last|other)[\w-]+ )?$"
)


def _couple(
    mentions: _Mentions,
    group: list[str],
    people: list[str],
    attendees: list[str],
    text: str,
    start: int,
    end: int,
    at: int,
    pairs: list[tuple[str, ...]],
    genders: dict[str, str],
) -> list[str]:
    """The two people a wedding, engagement or split at ``at`` is of.

    "They were splitting up, ... Piqué was now with Clara": "they", just before
    the trigger, are the couple. "He split from his first wife, Tameka": he,
    someone named before, and the first person named after. Otherwise the two
    people named nearest it in the sentence; "his", "she" only fill in.
    """
    pronoun = _SUBJECT_BEFORE.search(text, max(start, at - 30), at)
    if pronoun:
        want = "f" if pronoun.group(1).lower() == "she" else "m"
        before = mentions.within(start, pronoun.start())
        if (
            text[max(start, pronoun.start() - 6) : pronoun.start()].endswith((" whom ", " who "))
            and before
        ):
            # "Charlie Shanian, whom she divorced": she, and the one named before.
            partner = before[-1]
            subject = before[0]
            opening = mentions.starts_of(subject, start, end)[0]
            if (
                subject != partner
                and genders.get(subject, "") in ("", want)
                and len(text[start:opening].split()) <= 2
            ):
                # the sentence's subject, not whoever it names on the way: "McCall has a
                # son named Chester, with Matthew Robertson, who she wed in June 2000"
                who = subject
            else:
                who = mentions.last_before(pronoun.start(), genders, want, skip=partner)
            if who and who != partner:
                return [who, partner]
        who = mentions.last_before(pronoun.start(), genders, want)
        after = [p for p in mentions.within(at, end) if p != who]
        if who and after and who not in mentions.within(pronoun.start(), at):
            return [who, after[0]]
    if len(group) >= 2 and _GROUP.search(text, max(start, at - 30), at):
        # "The pair married": the couple the post has already paired, if one of them.
        known = [p for p in pairs if set(p) & {*group[:2], *people}]
        return list(known[0]) if len(known) == 1 else group[:2]

    # Someone a painting is by, or who said so, is nobody's partner; nor is a child
    # whose parent is named next ("split from Lucia's father Billy").
    def partner_like(name: str) -> bool:
        spans = mentions.starts_of(name, start, end)
        return not spans or not (
            all(_NOT_PARTNER.search(text, max(0, a - 20), a) for a in spans)
            or mentions.kin_told_at(name, start, end, text)
        )

    people, attendees = ([p for p in names if partner_like(p)] for names in (people, attendees))
    if len(people) >= 2:
        near = sorted(
            set(people),
            key=lambda n: min(
                (abs(a - at) for a in mentions.starts_of(n, start, end)), default=end
            ),
        )[:2]
        return sorted(near, key=people.index)
    return attendees[:2]


# "he split from", "she has since married": the pronoun right before the trigger.
_SUBJECT_BEFORE = re.compile(
    r"\b([Hh]e|[Ss]he)\s+(?:(?:has|had|have|then|later|since|finally|recently|also)\s+){0,2}$"
)
_NOT_PARTNER = re.compile(r"\b(?:by|said|told|according to)\s+$", re.IGNORECASE)
_KIN_NAMED_AFTER = re.compile(KIN_NAMED_AFTER, re.IGNORECASE)
_CHILD_OF = re.compile(
    r"\b(their|his|her|the (?:couple|pair)['’]s)\s+(?:\w+\s+){0,2}?(?:son|daughter|baby|child|twins?|boy|girl|"
    r"firstborn|first-born)\s*,?\s*$",
    re.IGNORECASE,
)


# The day a baby came, told after the news of the birth: "Lucia arrived on May 4th",
# "she joined our family on September 10th".
_ARRIVED_ON = re.compile(
    r"\b(?:was born|born(?= on\b)|arrived|made (?:his|her|their) (?:big )?arrival|"
    r"joined (?:our|the|their) family|"
    r"(?:entered|came into) the world)\b",
    re.IGNORECASE,
)


def _arrival(
    cues: SentenceCues, index: int, mentions: _Mentions
) -> tuple[PartialDate, str | None] | None:
    """The day one of the four sentences after a birth's gives for the baby's arrival,
    and the baby if named right before ("Lucia arrived on May 4th")."""
    doc = cues.doc
    for i in range(index + 1, min(len(doc.sentences), index + 5)):
        sentence = doc.sentences[i]
        said = _ARRIVED_ON.search(doc.text, sentence.start, sentence.end)
        if said is None:
            continue
        for d in find_dates(doc.text, said.end(), sentence.end, cues.today):
            if (
                d.date.precision == "day"
                and d.start - said.end() < 40
                # "The actress, born on 3 April 1990,": a parent's own birthday
                and _lately(d.date, cues.today)
            ):
                named = mentions.just_before_at(said.start(), doc.text)
                return d.date, named[0] if named else None
        # "On Friday 9th October, this handsome little chap entered the world."
        opening = find_dates(doc.text, sentence.start, said.start(), cues.today)
        if (
            opening
            and opening[0].date.precision == "day"
            and opening[0].start - sentence.start < 24
        ):
            return opening[0].date, None
    return None


def _birth(
    mentions: _Mentions,
    text: str,
    s: int,
    e: int,
    m: re.Match[str],
    group: list[str],
    genders: dict[str, str],
    attendees: list[str],
    couple: list[str],
) -> tuple[str | None, list[str]]:
    """The child a birth is of (when named) and everyone in it: the child and its parents.

    "Padalecki was born in San Antonio to Gerald and Sherri": his birth.
    "Their son Milan was born": Milan's, and the couple's. "Cortese gave birth
    to their son, Austin": Austin's and hers.
    """
    kind_start, kind_end = m.span("birth")
    at, end = s + kind_start, s + kind_end
    if _BORN_WORD.search(m.group("birth")):  # (not "said hello to their newborn")
        hit = mentions.just_before_at(at, text)
        if hit is None and kind_start == 0:
            # "Born in Tianjin, Chao went to...": the sentence's subject.
            child = next(iter(mentions.within(at, e)), None)
            return child, [child] if child else attendees
        if hit is None:
            # "their surrogate daughter was born last month": the parents', unnamed.
            parents = _whose_child(mentions, text, s, at, group, genders, couple)
            if parents is None:
                return None, attendees
            return None, [*dict.fromkeys([*attendees, *parents])]
        child, start = hit
        parents = _whose_child(mentions, text, s, start, group, genders, couple) or []
        return child, [*dict.fromkeys([*parents, child])]
    # "gave birth to", "welcomed their son X", "became parents": the parents come
    # first, the child (if named) right after the words.
    before = [n for n in attendees if n not in mentions.within(end, e)] or attendees
    after = mentions.within(end, min(e, end + 60))
    child = after[0] if after and after[0] not in before else None
    if child is not None:
        starts = mentions.starts_of(child, end, min(e, end + 60))
        if starts and _PARTNER_BEFORE.search(text, end, starts[0]):
            # "the birth of his second child with wife Ana Reed": a parent, not the child
            before, child = [*before, child], None
    parents = before[:2]
    if child is not None and len(parents) == 1:
        # "the birth of his son, Jack Blues, with his model wife, Hailey": the other
        # parent, named as the partner after the child
        other = next((n for n in after if n != child and n not in parents), None)
        starts = mentions.starts_of(other, end, min(e, end + 60)) if other else []
        if starts and _PARTNER_AFTER_CHILD.search(text, end, starts[0]):
            parents = [*parents, other]
    return child, [*dict.fromkeys([*parents, *([child] if child else [])])]


def _partner_of(name: str, drafts: list[_Draft], mentions: _Mentions, text: str) -> str | None:
    """The one person the post pairs ``name`` with: by a wedding or an engagement of
    theirs, or named right after them as their spouse ("Sheila Sim and her husband Deon
    Woo", "Ana Reed's husband, Dan")."""
    found = {
        p
        for d in drafts
        if d.type in ("wedding", "engagement") and name in d.people[:2]
        for p in d.people[:2]
        if p != name
    }
    for i, who in enumerate(mentions.names):
        if who == name:
            m = _SPOUSE_AFTER.match(text, mentions.ends[i])
            nxt = i + 1
            while nxt < len(mentions.names) and mentions.names[nxt] == name:
                nxt += 1
            if m and nxt < len(mentions.starts) and mentions.starts[nxt] == m.end():
                found.add(mentions.names[nxt])
    return next(iter(found)) if len(found) == 1 else None


_SPOUSE = rf"(?:{_WED_SPOUSE}|partner|boyfriend|girlfriend|fianc[ée]e?|spouse)"
_SPOUSE_LEAD = r"(?:now-|new\s+|long-?time\s+)?"  # "her now-husband", "his longtime partner"
# Words that tell the name after them (a few words of description between) is a
# spouse's: "her husband, British director Paul Anderson", "who is married to
# 39-year-old banker Deon Woo", "hubby (and fellow actor) Him Law". (Not "was married
# to": a marriage that may be over.)
_SPOUSE_BEFORE = re.compile(
    rf"(?P<word>\b(?P<own>her|his)\s+{_SPOUSE_LEAD}{_SPOUSE}|"
    r"\b(?:is|['’]s|has been)\s+married\s+to)\b[^.;:!?\"“”]{0,60}$",
    re.IGNORECASE,
)
# Between a name and the words of its marriage: "Sim is married to", "Sim, who is".
_SUBJECT_GAP = re.compile(r"(?:,?\s*who)?\s*")
# Words no description of a spouse holds: a pronoun, a verb the sentence goes on with.
_NOT_DESCRIBING = re.compile(
    r"\b(?:their|his|her|its|they|he|she|who|which|that|welcomed|gave|had|has|have|was|were|"
    r"is|are|shared|announced|said)\b",
    re.IGNORECASE,
)


def _spouse_told(name: str, gender: str | None, mentions: _Mentions, doc: Document) -> str | None:
    """The one person the post calls the spouse of ``name`` in words other than a name's:
    "her husband" of a mother, "his wife" of a father, "who is married to" of either.

    The spouse's words must follow ``name`` itself, with no one named between (in its
    sentence or the one after it): "Nia Holt has given birth ... Her co-star Ada Lowe
    came with her husband Ben" gives Ada's husband, not Nia's.
    """
    text = doc.text
    found = set()
    for i, who in enumerate(mentions.names):
        if who == name or i == 0 or mentions.names[i - 1] != name:
            continue  # the name just before must be the parent's
        start = mentions.starts[i]
        m = _SPOUSE_BEFORE.search(text, max(0, start - 80), start)
        if m is None or mentions.ends[i - 1] > m.start():
            continue  # no spouse's words, or the parent named inside them
        if doc.sentence_at(start) - doc.sentence_at(mentions.starts[i - 1]) > 1:
            continue
        if _NOT_DESCRIBING.search(text, m.end("word"), start):
            continue  # "his girlfriend welcomed their son Ronnie": a sentence goes on
        own = (m.group("own") or "").lower()
        if own and gender != ("f" if own == "her" else "m"):
            continue
        if not own and not _SUBJECT_GAP.fullmatch(text, mentions.ends[i - 1], m.start()):
            continue  # "married to" of the parent itself ("Sim, who is married to"), no other
        found.add(who)
    return next(iter(found)) if len(found) == 1 else None


_SPOUSE_AFTER = re.compile(
    rf"(?:['’]s\s+|,?\s+(?:and|with)\s+(?:her|his)\s+){_SPOUSE_LEAD}{_SPOUSE}"
    r"\s*,?\s*",
    re.IGNORECASE,
)
_BORN_WORD = re.compile(r"\bborn\b", re.IGNORECASE)
_PARTNER_BEFORE = re.compile(rf"\b(?:with|{_SPOUSE})\b", re.IGNORECASE)
# The other parent, right before their name: "..., with his model wife, Hailey".
_PARTNER_AFTER_CHILD = re.compile(
    rf"\bwith (?:his|her) {_SPOUSE_LEAD}(?:[a-z-]+ )?{_SPOUSE},? $", re.IGNORECASE
)


def _whose_child(
    mentions: _Mentions,
    text: str,
    s: int,
    at: int,
    group: list[str],
    genders: dict[str, str],
    couple: list[str],
) -> list[str] | None:
    """The parents "their son", "her daughter" right before ``at`` name (None when the
    words name no one's child)."""
    whose = _CHILD_OF.search(text, max(s, at - 60), at)
    if whose is None:
        return None
    word = whose.group(1).lower()
    if word == "their" or word.startswith("the "):
        return group[:2] or mentions.within(s, at)[:2] or couple[:2]
    who = mentions.last_before(at, genders, "f" if word == "her" else "m")
    return [who] if who else []


def _as_written(noun: str, at: int, opening: int, text: str) -> str:
    """A trigger's words, without the capital that only opening the sentence gave them:
    "Awards ceremony nights are ...", "Wedding bells rang" name no event ("Met Gala",
    "Oscars", "Royal wedding" keep theirs). So a draft's capital is always a name's."""
    words = noun.split()
    if (
        noun[:1].isupper()
        and words[0].lower() in _GENERIC_OPENERS
        and not any(w[:1].isupper() for w in words[1:])
        and not text[opening:at].strip(_OPENERS)
    ):
        return noun[:1].lower() + noun[1:]
    return noun


def _name_taken(host: _Draft, noun: str) -> None:
    """A told event, unnamed so far, takes the name a retelling gives it: "the awards
    ceremony" is then "the Zenith Awards"."""
    if noun[:1].isupper() and not host.noun[:1].isupper():
        host.noun = noun


_OPENERS = " \"'“‘(*_"
# First words of triggers that name no event ("Awards ceremony", "Wedding reception"; not
# "Met gala", "Brit awards", "Royal wedding", which keep their names).
_GENERIC_OPENERS = frozenset(
    """
    awards award wedding birthday engagement charity fundraising annual glittering
    star-studded lavish secret intimate baby bridal hen stag dinner lunch court custody bail
    divorce farewell world romantic rehearsal beach sold-out special private evening film red
    launch house garden pool costume themed wrap release leaving
    """.split()
)


def _one_name(a: str, b: str) -> bool:
    """Can two names be one event's: either generic ("the party", "The awards"), or one
    name written two ways ("Brits", "Brit Awards"; "Annual Grammy Awards", "Grammy
    Awards"), not two ceremonies ("Grammys", "Brit Awards")?"""
    ceremonies = _ceremony(a), _ceremony(b)
    if None not in ceremonies:
        return ceremonies[0] == ceremonies[1]  # "EE British Academy Film Awards", "BAFTAs"
    a, b = _own_word(a), _own_word(b)
    if not a[:1].isupper() or not b[:1].isupper():
        return True
    return a.casefold()[:4] == b.casefold()[:4]


# Awards nights the news names two ways, by their initials or nickname and in full, often
# behind a sponsor's name ("EE BAFTAs", "Nexa IIFA Awards").
_CEREMONIES = (
    ("bafta", r"\bbaftas?\b|\bbritish academy (?:film|television|tv|games)"),
    ("oscars", r"\boscars?\b|\bacademy awards?\b"),
    ("grammys", r"\bgrammys?\b|\bgrammy awards?\b"),
    ("emmys", r"\bemmys?\b|\bemmy awards?\b"),
    ("globes", r"\bgolden globes?\b|\bglobes\b"),
    ("brits", r"\bbrits\b|\bbrit awards?\b"),
    ("vmas", r"\bvmas?\b|\bvideo music awards?\b"),
    ("iifa", r"\biifa\b|\binternational indian film academy\b"),
    ("amvca", r"\bamvcas?\b|\bafrica magic viewers"),
    ("sag", r"\bsag awards?\b|\bscreen actors guild\b"),
)
_CEREMONY = re.compile("|".join(f"(?P<{key}>{words})" for key, words in _CEREMONIES), re.I)


def _ceremony(noun: str) -> str | None:
    """Which well-known awards night a name is, if it is one of them."""
    m = _CEREMONY.search(noun)
    return m.lastgroup if m else None


# Words before an event's own name: "The 68th Annual Grammy Awards".
_NAME_LEADS = frozenset(("the", "annual"))


def _own_word(noun: str) -> str:
    """The first word of an event's name that is its own, not "The", "Annual" or an
    edition's number."""
    return next(
        (w for w in noun.split() if w.casefold() not in _NAME_LEADS and not w[:1].isdigit()),
        "",
    )


def _one_birth_each(drafts: list[_Draft], doc: Document) -> list[_Draft]:
    """One birth a child: "X (born 3 April 1978)" and "X was born in Exeter" are one;
    so are "she has given birth to a baby girl named Hilda" and "welcomed their new
    addition yesterday", which names no other child."""
    return _join_twins(drafts, lambda o, d: _one_birth(o, d, doc))


def _one_birth(o: _Draft, d: _Draft, doc: Document) -> bool:
    if not (o.type == d.type == "birth" and agree(o.date, d.date)):
        return False
    if o.born is not None and d.born is not None:
        return o.born == d.born
    if o.born is None and d.born is None:
        # (or told again a few sentences on, to the day: "has given birth to a baby
        # girl ... her baby was born on April 4", whomever "her" seems to be)
        return bool(set(o.people) & set(d.people)) or (
            o.date is not None
            and d.date is not None
            and o.date.precision == "day"
            and o.date.value == d.date.value
            and abs(d.sentence - o.sentence) <= 4
        )
    child, other = (o.born, d) if o.born is not None else (d.born, o)
    if child in other.people:
        return True
    # "Jayne Azzopardi and Trent Butler have welcomed a baby boy ... Joey Butler was born
    # earlier that day": a child of one of the parents' surnames, undated or of that date,
    # told as no one's kin ("Tom's nephew Max Reed was born a week earlier")
    surname = child.split()[-1]
    told = doc.sentences[(o if o.born is not None else d).sentence]
    if _KIN_WORD.search(doc.text, told.start, told.end):
        return False
    if (o if o.born is not None else d).people == [child] and _OUR_CHILD.search(
        doc.text, told.start, told.end
    ):
        return True  # "Our beautiful son Cruz was born": the parents' words of their birth
    if " " not in child:
        # "Alex Jones has welcomed her second child ... gave birth to baby boy Kit": a
        # child by a first name, born when the same parent's birth is told
        return (
            o.date is not None
            and d.date is not None
            and bool(set(o.people) & set(d.people) - {child})
        )
    return any(" " in p and p.split()[-1] == surname for p in other.people if p != child)


_OUR_CHILD = re.compile(
    r"\b(?:our|my) (?:[a-z]+ )?(?:son|daughter|baby|boy|girl|child|twins)\b", re.IGNORECASE
)
_KIN_WORD = re.compile(
    r"\b(?:nephew|niece|cousin|brother|sister|grand(?:son|daughter|child)|uncle|aunt)\b", re.I
)


def _same_wedding(text: str, doc: Document, o: _Draft, d: _Draft) -> bool:
    """Is ``d`` the dated wedding ``o`` told again? Later undated words of the day ("The
    bridal party walked down the aisle to 'Perfect'") naming one of its people or nobody,
    or the same person's wedding at an agreeing date ("X's son Michael has got married"
    in September, "Michael married Rita on 23 September"). A marriage told by its verb
    ("In 1997, he married María") or as someone's ("Paris Hilton's wedding") is another.
    A wedding to come is told again only undated, and as one of its couple's ("set to get
    married on June 23 ... confirmed Sonakshi's wedding news")."""
    if not (o.type == d.type == "wedding" and o.date is not None):
        return False
    shared = bool(set(o.people) & set(d.people))
    opening = doc.sentences[d.sentence].start
    if o.future:
        return (
            d.date is None
            and shared
            and _RETOLD_WEDDING.match(d.noun) is not None
            and _owned_by(text, opening, d, o.people)
        )
    if d.future or _owned(text, opening, d):
        return False
    if d.date is None:
        return _RETOLD_WEDDING.match(d.noun) is not None and (shared or not d.people)
    return shared and agree(o.date, d.date)


# Words of a wedding day, not of marrying someone.
_RETOLD_WEDDING = re.compile(
    r"(?:\w+ )?(?:wedding|nuptials|walked down the aisle|(?:exchanged|exchanging|said) "
    r"(?:their |our )?(?:wedding )?vows|exchanged rings)$",
    re.IGNORECASE,
)


def _join_twins(
    drafts: list[_Draft],
    same: Callable[[_Draft, _Draft], bool],
    absorb: Callable[[_Draft, _Draft], None] | None = None,
) -> list[_Draft]:
    """Drafts with each one that ``same`` calls a retelling of an earlier one folded into
    it, by ``absorb`` (``_absorb`` unless told)."""
    out: list[_Draft] = []
    for d in drafts:
        twin = next((o for o in out if same(o, d)), None)
        if twin is None:
            out.append(d)
        else:
            (absorb or _absorb)(twin, d)
    return out


# A trigger that is a verb of its own clause, not the object of the news: "revealed
# she had welcomed a baby girl on 1 April", not "revealed the birth on December 3".
_VERBAL = re.compile(
    r"(?:welcomed|gave|given|giving|got|getting|became|proposed|popped|(?:was|were) born|"
    r"(?:been|are|were) engaged since)\b"
)


# How many days before the post a date still tells its news, not an earlier edition.
_NEWS_DAYS = 31


def _lately(date: PartialDate, today: dt.date) -> bool:
    """Is ``date`` of this year or the last, as a birth told as news is?"""
    return int(date.value[:4]) >= today.year - 1


def _this_month(today: dt.date) -> PartialDate:
    """The month the post was written: the date of news told as just happened."""
    return PartialDate(today.isoformat()[:7], "month", "now")


def _match_of(date: PartialDate | None, dates: list[DateMatch]) -> DateMatch | None:
    """Where in the text ``date`` was read (dates are told apart by identity)."""
    return next((d for d in dates if d.date is date), None)


_SPEAKING = r"said|says|told|tells|revealed|explained|admitted|recalled|joked|wrote"
# A speaking verb right before a date after an event's word: the day of the saying
# ("'I haven't been neurotic about [the wedding],' she said back in June").
_SAID_THEN = re.compile(rf"\b(?:{_SPEAKING})(?:\s+[\w!'’-]+){{0,4}}?\s+$")
# Words of what is said or sold about an event, whose day is not the event's.
_ABOUT_IT = re.compile(
    rf"\b(?:{_SPEAKING}|tickets?|on sale|sold out|announced|nominat\w+|line-?up)\b",
    re.IGNORECASE,
)


def _about_it(date: PartialDate, dates: list[DateMatch], text: str, at: int) -> bool:
    """Is something said or sold about the event between its word at ``at`` and ``date``
    ("told fans on Monday she skipped the Hum Awards", "Tickets ... sold out on Monday")?"""
    told = _match_of(date, dates)
    if told is None:
        return False
    return _ABOUT_IT.search(text, min(at, told.start), max(at, told.end)) is not None


# An event said to have happened at a time: "The event, which took place on Saturday".
_HELD = re.compile(
    r"\b(?:took place|was held|were held|was hosted|was staged|hosted|kicked off|got under way|"
    r"went down)\b",
    re.IGNORECASE,
)


# A wedding or a birth told as it happens, in the present: "guests arrive at Windsor
# Castle for the wedding", "as Prince William marries Kate Middleton", "The twins are here".
_TOLD_LIVE = re.compile(
    r"\b(?:(?:gather|gathers|arrive|arrives|are arriving|are gathering|flock|descend) "
    r"(?:[\w’'-]+ ){0,5}?for the (?:[\w-]+ )?(?:wedding|nuptials|ceremony)|"
    r"as (?-i:[A-Z][\w’'-]+ )(?:(?-i:[A-Z][\w’'-]+) ){0,3}(?:marries|weds)|"
    r"(?:twins|baby|babies|triplets) (?:is|are) here|"
    # "celebs are flocking to the Met Gala", "celebrities have been pouring into the Baftas"
    # (not "congratulations have been pouring in to the couple")
    r"(?:are|is) (?:flocking|arriving|descending|pouring in) (?:to|at|on) the|"
    r"(?:have|has) been (?:flocking to|arriving at|descending on|pouring into) the)\b"
)
_TOLD_LIVE_KINDS = frozenset({"wedding", "birth", "gala", "award_show", "premiere"})


# A ceremony told as it happens: "The Brit Awards 2024 have arrived", "is under way".
_UNDER_WAY = re.compile(
    r"\W{0,3}(?:\s+(?:19|20)\d\d)?\s+(?:(?:have|has) (?:arrived|begun|kicked off)|"
    r"(?:is|are) (?:here|under ?way|in full swing|live))\b"
)


def _night_of_edition(
    d: _Draft, said: PartialDate | None, dates: list[DateMatch], text: str, at: int
) -> None:
    """An event dated by its edition's year ("the GMA Gala 2024") takes the night a later
    telling gives, when it falls in that year and is not the day someone spoke of the
    event or tickets went on sale."""
    if (
        said is not None
        and d.date is not None
        and d.date.precision == "year"
        and not d.future
        and agree(d.date, said)
        and not _about_it(said, dates, text, at)
    ):
        d.date = finer(d.date, said)


def _retold_date(
    cue: _Cue,
    m: re.Match[str],
    kind: str,
    s: int,
    e: int,
    used: set[int],
    text: str,
    others: list[tuple[int, int]],
    today: dt.date,
) -> PartialDate | None:
    """The date a sentence gives an event it tells again: the one told nearest its word,
    unless that is the day of the news or of someone speaking of it."""
    told = _nearest(cue.dates, s + m.start(), s + m.end(), used, text, others)
    told = _not_the_news(told, text, s, e, m, kind, cue.dates, today)
    return None if _said_then(told, cue.dates, text, s + m.end()) else told


def _said_then(date: PartialDate | None, dates: list[DateMatch], text: str, end: int) -> bool:
    """Is ``date`` the day someone spoke of the event, told right after the verb?"""
    at = _match_of(date, dates)
    return (
        at is not None
        and at.start > end
        and _SAID_THEN.search(text, max(end, at.start - 40), at.start) is not None
    )


def _not_the_news(
    date: PartialDate | None,
    text: str,
    s: int,
    e: int,
    m: re.Match[str],
    kind: str,
    dates: list[DateMatch],
    today: dt.date,
) -> PartialDate | None:
    """``date``, unless it is the day an engagement or a birth was told as news
    ("revealed the birth on December 3", "confirmed the engagement on Monday"), not the
    event's own. A month or a year told so spans the event too ("announced her
    engagement in April")."""
    if (
        date is not None
        and kind in _TOLD_LATER
        and not (date.precision != "day" and CALENDAR_NAMED.search(date.phrase))
        and not _own_date(text, s, e, m, kind, date, dates, today)
    ):
        return None
    return date


def _own_date(
    text: str,
    s: int,
    e: int,
    m: re.Match[str],
    kind: str,
    date: PartialDate,
    dates: list[DateMatch],
    today: dt.date,
) -> bool:
    """Is ``date`` the event's own, though the sentence tells it as news?"""
    news = _ANNOUNCED.search(text, s, e)
    if news is None:
        return True
    at = _match_of(date, dates)
    if at is None or at.start < s + m.end(kind):
        return False
    # "gave birth in LA last night, her rep confirmed", "... on February 1 and the couple
    # announced it": the day ends the event's telling, the news comes after a break
    # ("..., on Monday revealed his name" and "... and last week confirmed it" are the
    # news's days).
    if (
        at.end <= news.start()
        and _ANOTHER_CLAUSE.search(text, at.end, news.start())
        # but "The actress, born on 3 April 1990, shared the news": her own birthday
        and (kind != "birth" or _lately(date, today))
    ):
        return True
    return news.end() <= s + m.start(kind) and _VERBAL.match(m.group(kind)) is not None


def _fold_into(drafts: list[_Draft], host_of: Callable[[_Draft], _Draft | None]) -> list[_Draft]:
    """Drafts with each one ``host_of`` finds a host for folded into that host."""
    out = []
    for d in drafts:
        host = host_of(d)
        if host is None:
            out.append(d)
        else:
            _absorb(host, d)
    return out


def _fold_into_the_ceremony(drafts: list[_Draft]) -> list[_Draft]:
    """A post about one awards night names it more than once: "2026 Grammy Awards: Bad
    Bunny tops the winners" over "The 68th Annual Grammy Awards were held Sunday, Feb. 1".
    Where the post dates one ceremony to its day, another told only by that year or
    undated is the same night (but one of another name is another: the BET Awards in a
    post about the Grammys)."""
    nights = [
        d
        for d in drafts
        if d.type == "award_show" and not d.future and d.date and d.date.precision == "day"
    ]
    if len(nights) != 1:
        return drafts
    host = nights[0]
    year = host.date.value[:4] if host.date else ""

    def night_of(d: _Draft) -> _Draft | None:
        if d is host or d.type != "award_show" or d.future or not _one_name(host.noun, d.noun):
            return None
        if d.date is not None and (d.date.precision != "year" or d.date.value != year):
            return None
        return host

    return _fold_into(drafts, night_of)


def _fold_receptions(drafts: list[_Draft]) -> list[_Draft]:
    """A wedding's reception, on the wedding's day or no day of its own, is the wedding;
    one told in the sentence of an undated wedding gives the wedding its day. With no
    wedding, a reception told in the sentence of a dinner, a gala, an awards night or a
    premiere opens that night ("a reception in the Blue Room prior to the state dinner").

    A reception held days later ("a reception in Delhi on December 21") is a
    party of its own.
    """
    weddings = [d for d in drafts if d.type == "wedding"]

    def night_of(d: _Draft) -> _Draft | None:
        if d.type != "party" or not d.noun.lower().endswith("reception"):
            return None
        return next(
            (
                w
                for w in weddings
                # "a star-studded wedding reception ... on Monday": the wedding's day
                if d.date is None
                or d.date == w.date
                or (w.date is None and w.sentence == d.sentence and not d.future)
            ),
            None,
        ) or next(
            (
                # "attended a reception in the Blue Room prior to the state dinner"
                o
                for o in drafts
                if o.type in _RECEIVED
                and o.sentence == d.sentence
                and (d.date is None or o.date is None or d.date == o.date)
            ),
            None,
        )

    return _fold_into(drafts, night_of)


# What a reception told in the same sentence opens: the evening's main part.
_RECEIVED = frozenset({"dinner", "gala", "award_show", "premiere"})


# Concert triggers that need music told beside them (see ``_music_told``).
_WEAK_CONCERT = re.compile(
    r"perform(?:ed|ing|s)?$|(?:(?-i:[A-Z])[\w-]* ){0,2}set$|"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|half-?time)\b|"
    r"(?:took|taking|takes|take) (?:to )?the (?-i:[A-Z])|"
    rf"(?:{'|'.join(_MUSIC_FESTIVALS)})$",
    re.IGNORECASE,
)
# Words of music, and words of a show on screen or of news of a line-up.
_MUSIC_CUE = re.compile(
    r"\b(?:sets?|perform\w*|headlin\w*|festivals?|sang|sings?|songs?|crowds?|music|bands?|"
    r"acts|gigs?|concerts?|tours?|albums?|singles?|tracks?|encores?|DJ|rapper|singer|"
    rf"{'|'.join(_MUSIC_FESTIVALS)})\b",
    re.IGNORECASE,
)
# A post about live music, by its opening.
_MUSIC_POST = re.compile(
    rf"\b(?:festivals?|concerts?|gigs?|tours?|headlin\w*|{'|'.join(_MUSIC_FESTIVALS)})\b",
    re.IGNORECASE,
)
_NOT_A_GIG = re.compile(
    r"\b(?:line-?ups?|headliners|episodes?|series|islanders|contestants?|viewers|talk show|"
    r"chat show|radio show|TV show|funeral|play|musical)\b|\b(?:near|outside) (?-i:[A-Z])",
    re.IGNORECASE,
)


def _music_told(
    text: str, block: Block, at: int, m: re.Match[str], triggers: int, post: bool
) -> bool:
    """Is music told in the paragraph, beside the trigger's own words (``m`` is of the
    sentence at ``at``), or by the post's opening (``post``), with no show on screen, no
    line-up news and no other event in the sentence? ("Billie Eilish joined Del Rey
    during her set, where she performed her own song")"""
    if m.group("concert") in _MUSIC_FESTIVALS and triggers > 1:
        return False  # "a wedding at Glastonbury": the place of another event
    if _NOT_A_GIG.search(m.string):
        return False
    if post:
        return True
    own = range(at + m.start("concert"), at + m.end("concert"))
    return any(cue.start() not in own for cue in _MUSIC_CUE.finditer(text, block.start, block.end))


# A concert trigger that tells of a turn on a stage, not of a show of its own.
_FESTIVAL_WORDS = frozenset(w for name in _MUSIC_FESTIVALS for w in name.split())
_TURN_ON_STAGE = re.compile(
    r"(?:joined .* on stage|headlined|perform(?:ed|ing|s)?\b(?!.*\b(?:concerts?|gigs?)$).*|(?:took|taking|takes|take) (?:to )?the .*stage"
    r"|(?:\w+ )?set)$",
    re.I,
)
_OCCASIONS = _SOCIAL | {"wedding", "birthday"}
# "several concerts took place around Kampala": a round-up of many acts' nights (the
# plural words a concert's trigger can give)
_MANY_SHOWS = frozenset(("concerts", "gigs"))
# Where one act's show ends and another's begins in one sentence: "X will perform in
# Luxor on February 15, while Y will perform a concert in Cairo"; "X performed at the
# Oval, and Y held a concert at the Africana".
_NEXT_ACT = re.compile(r",? (?:while|whereas) |; |, and (?=(?-i:[A-Z]))", re.IGNORECASE)


def _act_of(cue: _Cue, m: re.Match[str], text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the sentence (``s`` to ``e``) that tells the show of concert trigger
    ``m``, when the sentence tells several acts' shows; None when it tells one."""
    shows = [x for k, x in cue.found if k == "concert"]
    if len(shows) < 2:
        return None
    i = shows.index(m)
    start, end = s, e
    if i > 0 and (cut := _NEXT_ACT.search(text, s + shows[i - 1].end(), s + m.start())):
        start = cut.end()
    if i + 1 < len(shows) and (
        cut := _NEXT_ACT.search(text, s + m.end(), s + shows[i + 1].start())
    ):
        end = cut.start()
    return start, end


# A sentence that goes on about someone just told, by a pronoun or a description ("The
# veteran pop star also performed with ..."): the set told before, not a new act's.
_TOLD_BACK = re.compile(
    r"\W*(?:(?:he|she|they|his|her|their)\b|the (?:[\w-]+ ){0,3}(?:star|singer|rapper|musician|"
    r"veteran|icon|legend|artist|band|group|hitmaker|crooner)\b)",
    re.IGNORECASE,
)
_ON_TOUR = re.compile(r"\b(?:tour|on the road|leg|stadium|residency)\b", re.IGNORECASE)
_NIGHTS_SHOW = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:night|evening)['’]?s? show$", re.I
)
_DINNER_HOSTS = frozenset({"gala", "award_show", "wedding", "birthday"})


def _fold_parts_of_the_night(drafts: list[_Draft], text: str) -> list[_Draft]:
    """A turn on stage at the awards, the gala or the wedding the post reports is
    part of that night, not a concert ("George Ezra took to the stage"); so is a
    dinner told just after a gala or a birthday with no day of its own ("sang for
    the crowd after dinner").

    A turn or a dinner with a date other than the occasion's stays an event of its own;
    a turn to come is part of a night to come ("will perform at the Brit Awards").
    """
    occasions = [d for d in drafts if d.type in _OCCASIONS and not d.future]
    coming = [d for d in drafts if d.type in _OCCASIONS and d.future]

    def night_of(d: _Draft) -> _Draft | None:
        host = None
        if d.type == "concert" and _TURN_ON_STAGE.match(d.noun):
            nights = coming if d.future else occasions
            host = next((o for o in reversed(nights) if o.sentence <= d.sentence), None)
            host = host or (nights[0] if nights else None)
        elif d.type == "concert" and _NIGHTS_SHOW.match(d.noun):
            # "the annual Juno Awards show ... Sunday night's show was kicked off by":
            # the ceremony's own show, and the night it was
            host = next(
                (
                    o
                    for o in reversed(coming if d.future else occasions)
                    if o.type in ("award_show", "gala") and 0 < d.sentence - o.sentence <= 3
                ),
                None,
            )
            if host is not None and (
                host is not min(drafts, key=lambda o: o.sentence)  # the post's own night
                or any(o.sentence < d.sentence and o.sentence > host.sentence for o in drafts)
                or d.date is None
                or host.date is None
                # a tour's night, not the ceremony's: "is back on the road. Saturday
                # night's show in Paris"
                or _ON_TOUR.search(text, max(0, d.at - 150), d.at + 150)
            ):
                host = None
        elif (
            d.type == "gala"
            and d.detail is None
            and d.noun[:1].islower()
            and d.date is not None
            and d.date.precision == "day"
        ):
            # "The Canadian Screen Awards wrapped up on Sunday night ... hosted the Sunday
            # televised gala": the ceremony, by another name, on its day
            host = next(
                (
                    o
                    for o in occasions
                    if o.type == "award_show" and o.date and o.date.value == d.date.value
                ),
                None,
            )
        elif d.type == "dinner" and d.date is None and d.noun.lower() in ("dinner", "lunch"):
            # "performed for the crowd after dinner", "whisked her off to have dinner":
            # the gala's or the birthday's dinner, told just after it.
            host = next(
                (
                    o
                    for o in reversed(occasions)
                    if o.type in _DINNER_HOSTS and 0 <= d.sentence - o.sentence <= 4
                ),
                None,
            )
        return host if host is not None and agree(host.date, d.date) else None

    return _fold_into(drafts, night_of) if occasions or coming else drafts


_OTHER_OCCASION = re.compile(
    r"reception|engagement|launch|house|after|leaving|release|wrap|christmas|new year|shower|"
    r"reveal|hen|stag|bachelor|housewarming|haldi|mehendi|mehndi|sangeet|valima|walima",
    re.IGNORECASE,
)


_GATHERINGS = _SOCIAL | {"wedding"}
# "popped the question on a holiday in Dubai", "got engaged during a trip to Paris",
# "proposed at her birthday party", "engaged while on holiday": the one told in the
# other, right after it.
_DURING = re.compile(
    r"\b(?:(?:on|during|at|while on)\s+(?:a|an|the|their|his|her)\s+(?:[\w'’-]+\s+){0,3}|"
    r"over\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}|(?:while |whilst )?on\s+|"
    r"(?:while|whilst)\s+)$",
    re.IGNORECASE,
)
_TOLD_IN = frozenset({"engagement", "wedding", "breakup", "birthday"})
_CELEBRATED = re.compile(r"\b(?:celebrated|marked|rang in) (?:his|her|their) $", re.IGNORECASE)
# The act itself ("got engaged", "proposed", "married"), not a word of it after a telling
# ("announced her engagement at the BAFTAs", "talked about her wedding at the Globes").
_AN_ACT = re.compile(
    r"(?:got|gets|getting|became|proposed|popped|married|marries|wed|weds|tied|broke up|"
    r"parted|went their separate)\b",
    re.IGNORECASE,
)
# Not the occasion's own time ("on the night before the Oscars", "on the eve of the Met
# Gala"), and not a clause of its own ("married Tom who she met at a party in 2015").
_OFFSET_OR_CLAUSE = re.compile(
    rf",|\b(?:{_CLAUSE_WORDS}|who|whom|that|where|when|met|after|eve|ahead|following)\b",
    re.IGNORECASE,
)


# Quoted words, to their closing mark or the end of their paragraph (a quote that runs on
# into the next paragraph closes only there).
_QUOTED_WORDS = re.compile(r"[\"“‘][^\"”’\n]*(?:[\"”’]|(?=\n)|$)")


def _birth_in_figures(drafts: list[_Draft], doc: Document, today: dt.date) -> None:
    """A birth the post tells without a day, dated by the one day in figures that the
    words it quotes give, from the weeks before the post: "has given birth ... She
    wrote: 'Marnie Fae Horgan 11.2.22'" (the parents' announcement, written as a name
    card). Only quoted words: "her new single dropped 2.2.24" dates no birth."""
    births = [d for d in drafts if d.type == "birth" and not d.future and d.date is None]
    if len(births) != 1:
        return
    text = doc.text
    days = set()
    for quote in _QUOTED_WORDS.finditer(text, doc.sentences[births[0].sentence].start):
        for d in find_dates(text, quote.start(), quote.end(), today):
            if d.rule in ("numeric_day", "dotted_day"):
                back = (today - dt.date.fromisoformat(d.date.value)).days
                if 0 <= back <= 60:
                    days.add(d.date)
    if len(days) == 1:
        births[0].date = days.pop()


# A festival's name before a party's word: "a Holi party", "Christmas bash" are parties
# of a season, many a year, not one event by its name (as "the Met Gala" is).
_FESTIVE = re.compile(r"(?:holi|diwali|eid|iftaa?r|lohri|navratri|christmas|new year)\b", re.I)


def _night_of_many(o: _Draft, date: PartialDate | None) -> bool:
    """Is ``o`` a round-up's words of many shows on the night of ``date`` ("On
    Valentine's Day, several concerts took place"), not a tour announced or a career?"""
    return (
        o.noun.lower() in _MANY_SHOWS
        and not o.people
        and not o.future
        and o.date is not None
        and agree(o.date, date)
    )


def _proper(noun: str) -> bool:
    """Is ``noun`` an event's own name ("the Met Gala", "the BRITs")?"""
    return noun[:1].isupper() and _FESTIVE.match(noun) is None


def _dated_by_the_occasion(drafts: list[_Draft], text: str) -> None:
    """An engagement, a wedding or a split told as on a holiday, at a party or during a
    dinner of the same sentence has that occasion's date."""
    for a, b in pairwise(drafts):
        if (
            a.sentence == b.sentence
            and a.type in _TOLD_IN
            and b.type not in _TOLD_IN
            and a.date is None
            and b.date is not None
            and not a.future
            and (
                _AN_ACT.match(a.noun)
                # "celebrated his 60th birthday at the Golden Globes"
                or (a.type == "birthday" and _CELEBRATED.search(text, max(0, a.at - 30), a.at))
            )
            and _told_during(text, a, b) is not None
        ):
            a.date = b.date
        elif (
            a.sentence == b.sentence
            and a.type == "birthday"
            and a.date is not None
            and b.date is None
            and not b.future
            and _CELEBRATED_BY.search(text, a.at, b.at) is not None
        ):
            b.date = a.date  # "her birthday was on April 28th, and she celebrated by attending"
        elif (
            a.sentence == b.sentence
            and a.type in _TOLD_IN
            and b.type == "vacation"
            and a.date is not None
            and not a.future
            and _AN_ACT.match(a.noun)
            and (during := _told_during(text, a, b)) is not None
            and _WHILE_ON.match(during.group())
        ):
            # "got engaged in 2018 while vacationing abroad": the trip was then too, whatever
            # later date the sentence tells
            b.date = a.date


def _told_during(text: str, a: _Draft, b: _Draft) -> re.Match[str] | None:
    """The words that tell ``a`` as done during ``b``, told right after it ("engaged while
    on holiday", "proposed at her birthday party"), if they join them in one clause."""
    during = _DURING.search(text, a.at, b.at)
    if during is None:
        return None
    # (an age set off by commas is no clause: "proposed to Kaur, 27, at a party"; nor is
    # the "while" of "while on holiday")
    words = _AGE_SET_OFF.sub(" ", text[a.at : during.start()]) + _WHILE_ON.sub(
        "", text[during.start() : b.at]
    )
    return None if _OFFSET_OR_CLAUSE.search(words) else during


_AGE_SET_OFF = re.compile(r", \d{1,3},")
# The "while" of "while on holiday", "while vacationing": a link, not a clause of its own
_WHILE_ON = re.compile(r"^(?:while|whilst)\s+", re.IGNORECASE)
# How a birthday was kept: "celebrated by attending Bad Bunny's concert", "marked it with".
_CELEBRATED_BY = re.compile(r"\b(?:celebrated|marked) (?:it |the day |the occasion )?(?:by|with)\b")


_QUOTE_OR_DENIAL = re.compile(
    r"[\"“”]|\b(?:not|never|skipped|absent|missed|without)\b|n['’]t\b", re.IGNORECASE
)
# Being seen at a gathering: "arrived", "walked the red carpet", "wore", "was spotted".
_PRESENT = re.compile(
    r"\b(?:attended|arrived|arriving|walked the (?:red |pink )?carpet|hit the (?:red |pink )?carpet|"
    r"posed|posing|spotted|pictured|photographed|(?:was|were) (?:also )?seen|(?:was|were) among|"
    r"danced|dancing|chatted|chatting|catching up|caught up|hung out|hanging out|"
    r"graced|stepped out|turned heads|dazzled|stunned|wowed|wore|donned|sported|opted for|"
    r"dressed in|in attendance|showed up|turned up|made an appearance|partied|mingled|"
    r"rubbed shoulders|cosied up|cozied up|joined by|looked (?:stunning|radiant|dapper|chic|sleek))\b",
    re.IGNORECASE,
)


def _guests_seen(drafts: list[_Draft], doc: Document, mentions: _Mentions, today: dt.date) -> None:
    """A report of one gathering: whoever it goes on to show arriving, posing or
    wearing something was there ("Zendaya wore custom Valentino").

    Only who comes before the words of being there ("wore a gown by designer X" does
    not place X), in a sentence that quotes no one, denies nothing and tells of no
    other time ("was spotted in Paris last year").
    """
    host = _the_one_night(drafts, _GATHERINGS, doc)
    if host is None:
        return  # none, or two nights told: whose is a dress is not clear
    # A look-book: a line of its own naming one person over each paragraph ("Lady Gaga"
    # over "The queen of fun fashion wore four looks"), three such lines or more.
    below = doc.sentences[host.sentence].block + 1
    lines = [
        name
        for i, block in enumerate(doc.blocks[below:], below)
        if _title_line(doc, block)
        and (name := mentions.alone_in(block.start, block.start + len(_line(doc, block))))
        # (not "Here are the stars who skipped it": "... stayed home")
        and not (
            i + 1 < len(doc.blocks)
            and _ABSENT.search(doc.text, doc.blocks[i + 1].start, doc.blocks[i + 1].end)
        )
    ]
    if len(lines) >= _LOOKS:
        _merge(host, lines)
    done = {d.sentence for d in drafts}  # and each sentence once, at its first cue
    for seen in _PRESENT.finditer(doc.text, doc.sentences[host.sentence + 1].start):
        i = doc.sentence_at(seen.start())
        if i in done:
            continue
        done.add(i)
        if _of_the_night(doc, i, host, today):
            _merge(host, mentions.within(doc.sentences[i].start, seen.start()))


def _the_one_night(drafts: list[_Draft], kinds: frozenset[str], doc: Document) -> _Draft | None:
    """The one past event of ``kinds`` the post reports, if sentences follow it."""
    nights = [d for d in drafts if d.type in kinds and not d.future]
    if len(nights) != 1 or nights[0].sentence + 1 >= len(doc.sentences):
        return None
    return nights[0]


def _of_the_night(doc: Document, i: int, host: _Draft, today: dt.date) -> bool:
    """Does sentence ``i`` tell of ``host``'s night: no quote, no denial, no other date?"""
    s, e = doc.sentences[i].start, doc.sentences[i].end
    return not _QUOTE_OR_DENIAL.search(doc.text, s, e) and all(
        agree(host.date, d.date) for d in find_dates(doc.text, s, e, today)
    )


_AWARD_SHOWS = frozenset({"award_show"})
# Winning, presenting or hosting at a ceremony: "took home Best Actor", "presented the award".
_AWARDED = re.compile(
    r"\b(?:won|wins|scooped|bagged|picked up|took home|collected|accepted|received|"
    r"presented|hosted|was honou?red|were honou?red|was named|were named)\b",
    re.IGNORECASE,
)


# A prize told in the sentence, and words of another time than the night's.
_PRIZE_TOLD = re.compile(
    r"\b(?:Best|awards?|prizes?|trophy|trophies|categor(?:y|ies)|gongs?|honou?rs?)\b", re.I
)
_OTHER_TIME = re.compile(
    r"\b(?:previously|earlier|once|former|formerly|last year|in the past)\b", re.I
)


def _winners_seen(drafts: list[_Draft], doc: Document, mentions: _Mentions, today: dt.date) -> None:
    """A report of one awards night: whoever it goes on to show winning, presenting or
    hosting was there ("Emma Stone took home Best Actress"), as ``_guests_seen`` reads
    whoever arrives or poses: in sentences that tell a prize and of no other time ("Adele,
    who previously won the prize", "received backlash" place no one)."""
    host = _the_one_night(drafts, _AWARD_SHOWS, doc)
    if host is None:
        return
    text = doc.text
    told: dict[int, bool] = {}  # sentence -> of the night, and telling a prize
    since = 0  # each winner once: who comes between the cue before and this one
    for won in _AWARDED.finditer(text, doc.sentences[host.sentence + 1].start):
        i = doc.sentence_at(won.start())
        s, e = doc.sentences[i].start, doc.sentences[i].end
        if i not in told:
            told[i] = (
                _PRIZE_TOLD.search(text, s, e) is not None
                and not _OTHER_TIME.search(text, s, e)
                and _of_the_night(doc, i, host, today)
            )
        if told[i]:
            _merge(host, mentions.within(max(s, since), won.start()))
        since = won.end()


_REPORTED_NIGHTS = frozenset({"award_show", "gala"})
# Another time (``_OTHER_TIME``), place, an absence, a memory or the reaction after:
# "stayed home", "was in Tokyo", "her late grandmother", "received backlash online".
_NOT_THERE = re.compile(
    _OTHER_TIME.pattern
    + r"|\b(?:stayed (?:at )?home|from home|at the time|late|died|death|memory|tribute|"
    r"dedicated|record held|(?:years?|months?) (?:after|before|ago)|filming|compared|"
    r"(?:was|were|is|are) (?:in|at) (?-i:[A-Z])|backlash|online|social media|trolled|slammed)\b",
    re.IGNORECASE,
)
# A deed at the night: winning or presenting (``_AWARDED``), being seen (``_PRESENT``),
# hosting, performing, thanking.
_NIGHT_DEED = re.compile(
    "|".join(
        (
            _AWARDED.pattern,
            _PRESENT.pattern,
            r"\b(?:hosting|host|honou?red|named|awarded|performed|performing|sang|opened|closed|"
            r"kicked off|took (?:to )?the stage|walked|posed|thanked|joined|appeared|"
            r"(?:was|were) (?:also )?there|win|victory|trophy|gong|at the helm|presiding|"
            r"introduced|accompanied|celebrated)\b",
        )
    ),
    re.IGNORECASE,
)


def _guests_named(
    named: list[tuple[str, int]], text: str, s: int, mentions: _Mentions
) -> list[str]:
    """The names of a sentence about a night that are its guests: not a gown's makers
    ("a gown by designer Ana Costa", "dressed by designers A, B and C"), nor whoever
    a possessive only relates ("Kim Kardashian's ex-husband")."""
    guests = []
    maker_end = -1  # where the last maker's name ends, while their list goes on
    for name, at in named:
        joint = _LIST_SEPARATOR.fullmatch(text, maker_end, at) if maker_end >= 0 else None
        if joint or _MADE_BY.search(text, max(s, at - 30), at):
            # "designers A, B and C": an "and" ends the list ("designer A, and Tom Hanks")
            maker_end = -1 if joint and joint.group("last") else mentions.end_at(at)
            continue
        maker_end = -1
        if not mentions.possessive_at(at, text):
            guests.append(name)
    return guests


_LIST_SEPARATOR = re.compile(r",\s+|(?P<last>\s+(?:and|&)\s+)")
_MADE_BY = re.compile(
    r"\b(?:designers?|(?:designed|dressed|styled) by|label|(?:gown|dress|look|suit|ensemble|"
    r"outfit|number|creation|"
    r"tux|tuxedo|jewell?ery|jacket|frock) (?:by|from)(?: designer)?)\s+$",
    re.IGNORECASE,
)


def _night_reported(
    drafts: list[_Draft], doc: Document, mentions: _Mentions, cues: SentenceCues
) -> None:
    """A post that opens on one awards night and goes on to tell it: whoever its
    sentences of that night name was there (hosts, presenters, winners, performers)."""
    host = _the_one_night(drafts, _REPORTED_NIGHTS, doc)
    if (
        host is None
        or host is not min(drafts, key=lambda d: d.sentence)
        or host.sentence > cues.first_body + 1
    ):
        return
    others = {d.sentence for d in drafts if d is not host}
    text = doc.text
    for i in range(host.sentence + 1, len(doc.sentences)):
        if i in others or cues.section(i) != cues.section(host.sentence):
            continue
        s, e = doc.sentences[i].start, doc.sentences[i].end
        if (
            _NIGHT_DEED.search(text, s, e)
            and not _NOT_THERE.search(text, s, e)
            and _of_the_night(doc, i, host, cues.today)
        ):
            _merge(host, _guests_named(mentions.named_within(s, e), text, s, mentions))


# "after-party", "afterparty", "post-ceremony party", "post-premiere bash".
_HOSTS = r"(?:ceremony|premiere|première|show|gig|concert|wedding|awards?|gala|game|match|fight)"
_AFTER_PARTY = re.compile(rf"(?:after-?|post-{_HOSTS} )(?:party|parties|bash)$", re.IGNORECASE)
# (the trigger may be the "party" alone of "after party" or "post-premiere party")
_AFTER_BEFORE = re.compile(rf"\b(?:after[- ]?|post-{_HOSTS}\s)$", re.IGNORECASE)
_PARTIED_AFTER = frozenset({"award_show", "gala", "premiere", "wedding", "concert", "birthday"})


_A_OR_AN = re.compile(r"\b(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_AWARD_PARTY = re.compile(
    r"(?:oscars?|grammys?|baftas?|emmys?|golden globes|brit awards|brits|vmas) (?:party|bash)$",
    re.IGNORECASE,
)


def _date_after_parties(drafts: list[_Draft], text: str) -> None:
    """An after-party with no day of its own is on the night told last before it (a
    ceremony, gala, premiere, wedding, show or birthday: "won big at the BAFTAs last
    night. But it was Weinstein's post-ceremony party that ...", "left before the
    after-party"), and stays an event of its own."""
    for i, d in enumerate(drafts):
        if d.type != "party" or d.date is not None or d.future:
            continue
        named = _AWARD_PARTY.match(d.noun)
        if named:
            if _A_OR_AN.search(text, max(0, d.at - 30), d.at):
                continue  # "met her husband at an Oscars party years ago": another night
            # "the Vanity Fair Oscars party": the awards' night, wherever it was told
            host = next((o for o in drafts if o.type == "award_show" and not o.future), None)
        elif _AFTER_PARTY.search(d.noun) or _AFTER_BEFORE.search(text, max(0, d.at - 20), d.at):
            host = next(
                (
                    o
                    for o in reversed(drafts[:i])
                    if o.type in _PARTIED_AFTER and o.date is not None
                ),
                None,
            )
        else:
            continue
        if host is not None and not host.future and host.date is not None:
            d.date = host.date


def _fold_birthday_parties(drafts: list[_Draft]) -> list[_Draft]:
    """A party thrown by, or for, someone whose birthday the post reports is that
    birthday: "Joe Hart celebrated his 30th birthday on Sunday ... threw a lavish party
    at The Landing".
    """
    birthdays = [d for d in drafts if d.type == "birthday" and not d.future]

    def birthday_of(d: _Draft) -> _Draft | None:
        if d.type != "party" or d.future or _OTHER_OCCASION.search(d.noun):
            return None  # "the engagement party of Isha Ambani": another night
        return next(
            (b for b in birthdays if set(b.people) & set(d.people) and agree(b.date, d.date)),
            None,
        )

    return _fold_into(drafts, birthday_of) if birthdays else drafts


_POSSESSOR = re.compile(r"[\w.-]+['’]s?\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:[a-z]+\s+){0,2}$")


def _owner(text: str, opening: int, d: _Draft) -> str | None:
    """The word whose possessive the trigger is told as ("Lupita" of "Lupita's birthday",
    "Reed" of "Tom Reed's 50th"); none for "the actor's birthday", the story's own star
    told again."""
    m = _POSSESSOR.search(text, max(opening, d.at - 40), d.at)
    if m is None or (
        m.group()[:1].islower() and text.endswith("the ", max(0, m.start() - 4), m.start())
    ):
        return None
    return re.split(r"['’]", m.group(), maxsplit=1)[0].split()[-1]


def _owned(text: str, opening: int, d: _Draft) -> bool:
    """Is the trigger told as someone's ("Lupita's birthday")?"""
    return _owner(text, opening, d) is not None


def _owned_by(text: str, opening: int, d: _Draft, people: list[str]) -> bool:
    """Is the trigger told as the possession of one of ``people`` ("Sonakshi's wedding")?"""
    owner = _owner(text, opening, d)
    return owner is not None and any(owner in name.split() for name in people)


def _fold_definites(drafts: list[_Draft]) -> list[_Draft]:
    """ "The gala" that nothing came before is the one named event the post reports.

    A post about the Met Gala may say "arrived for the gala" before it says
    "Met Gala" (its title said it first).
    """
    named = [d for d in drafts if d.type in _SOCIAL and d.noun[:1].isupper()]
    if len(named) != 1:
        return drafts
    (target,) = named
    out = []
    for d in drafts:
        # "The premiere of Omar La Fraise" is a film's own night, not the awards'.
        own = d.detail is not None or (d.type == "premiere" and "carpet" not in d.noun.lower())
        if d.definite and d.type in _SOCIAL and d is not target and not own:
            _absorb(target, d)
        else:
            out.append(d)
    return out


def _pair_couples(drafts: list[_Draft], main: list[str]) -> list[_Draft]:
    """Give a couple's event its other half, then make one event of each couple's.

    "Massey announced the split in April" and, later, "Me and Cara have split"
    report one break-up of Massey and Cara: a partner is the other of the
    post's two main people, or whoever the post pairs them with elsewhere.
    """
    pairs = {frozenset(d.people) for d in drafts if d.type in COUPLE_EVENTS and len(d.people) == 2}
    alone = [d for d in drafts if d.type in COUPLE_EVENTS and len(d.people) == 1]
    for d in alone:
        (who,) = d.people
        partners = {p for pair in pairs if who in pair for p in pair} - {who}
        if not partners and len(main) == 2 and who in main:
            partners = set(main) - {who}
        if len(partners) == 1:
            d.people.append(partners.pop())
    for d in alone:
        if len(d.people) == 1:
            # "Usher's wife files for divorce" over "Grace Miguel filed divorce papers":
            # he was paired with two wives, but with one in a divorce.
            (who,) = d.people
            partners = {p for o in drafts if o.type == d.type and who in o.people for p in o.people}
            partners.discard(who)
            if len(partners) == 1:
                d.people.append(partners.pop())
    return _join_twins(
        drafts,
        lambda o, d: (
            d.type in COUPLE_EVENTS
            and o.type == d.type
            and set(o.people) == set(d.people)
            and agree(o.date, d.date)
        ),
    )


# A definite description of someone the post has described so: "the radio show host".
_DESCRIBED = re.compile(r"\b[Tt]he ((?:[a-z0-9-]+ ){0,3}[a-z0-9-]+)\b")


def _described(persons: list[Person]) -> dict[str, str]:
    """Role word -> the one person the post describes with it ("host" for "radio host
    Kyle Sandilands", "33-year-old" for "Nia Holt, 33,"); a word that describes two
    people stands for neither."""
    who: dict[str, set[str]] = {}
    for p in persons:
        for d in p.descriptors:
            who.setdefault(d.split()[-1].lower(), set()).add(p.name)
        if p.age is not None:
            who.setdefault(f"{p.age.years}-year-old", set()).add(p.name)  # "the 33-year-old"
    return {word: next(iter(names)) for word, names in who.items() if len(names) == 1}


def _absorb(host: _Draft, d: _Draft) -> None:
    """Fold ``d``, told as another telling or a part of ``host``, into it (with its name,
    where only ``d`` has one)."""
    _name_taken(host, d.noun)
    host.date = finer(host.date, d.date)
    host.location = host.location or d.location
    if host.born is None:
        host.born = d.born  # "has welcomed her second child ... baby boy Kit": his
    _merge(host, d.people)


def _merge(draft: _Draft, people: list[str]) -> None:
    for name in people:
        if name not in draft.people:
            draft.people.append(name)


_CLAUSE_BREAK = re.compile(
    r"[,;:]\s+(?:and|but|while|so|as|then|however|although|though|whereas|yet)\b|;"
)


def _distance(d: DateMatch, start: int, end: int, text: str = "") -> int:
    # A date after its trigger is the commoner order: one before counts double,
    # and one before the clause the trigger opens is not its date at all ("engaged
    # over New Year, and they've set a date for September").
    if d.start >= end:
        if (
            text
            and text.find(",", end, d.start) != -1
            and text.find(",", max(0, start - 80), start) != -1
            and _WHO_CLAUSE.search(text, max(0, start - 80), start)
        ):
            # "X, who welcomed a son with Y, stepped out on Tuesday": the clause about
            # who she is ends before the day of the news.
            return 1 << 20
        return d.start - end
    if (
        text
        and (
            _CLAUSE_BREAK.search(text, d.end, start)
            # "The couple, who were first linked in January, got engaged at Christmas":
            # a date inside a clause about who they are is that clause's.
            or (
                _WHO_CLAUSE.search(text, max(0, d.start - 80), d.start)
                and "," in text[d.end : start]
            )
        )
    ):
        return 1 << 20
    return (start - d.end) * 2


_WHO_CLAUSE = re.compile(r",\s+(?:who|which|whom|whose)\b[^,.!?]*$")


_OPENS = 4  # a date this close to the start of its sentence opens it ("In 2019, ...")


_AHEAD_OF = re.compile(r"\b(?:ahead of|in the run-up to|in preparation for)\b", re.IGNORECASE)


# A part's clause, up to its end: "whose character Rachel ... married Mike Ross in the
# season finale last month,"
_PART_CLAUSE = re.compile(
    rf"\b{_PART}\b[^,;.]{{0,60}}?\b(?:married|wed|welcomed|got engaged|split|divorced|"
    r"gave birth)\b[^,;.]*"
)
# How a romance begins, which keeps the date told with it.
_COURTED = re.compile(
    r"\b(?:(?:began|started|begun|been) dating(?: in| since| from)?|dating since|"
    r"(?:first )?met (?:in|on|at|through)\b) ?"
)


# A clause of time a sentence opens with: "When the crowds roll into the arena on Sunday
# to hear him, his gig will ...": its day is the sentence's.
_WHEN_CLAUSE = re.compile(r"(?:When|Once|As soon as)\b[^,;.]{0,160},")


def _in_opening_clause(text: str, opening: int, d: DateMatch) -> bool:
    clause = _WHEN_CLAUSE.match(text, opening)
    return clause is not None and d.end <= clause.end()


def _nearest(
    dates: list[DateMatch],
    start: int,
    end: int,
    used: set[int],
    text: str = "",
    others: Sequence[tuple[int, int]] = (),
    limit: int = 120,
    opening: int | None = None,
    since: bool = False,
) -> PartialDate | None:
    """The unused date nearest the trigger at ``start:end``, unless another is nearer to it.

    A date after "since" dates only a wedding (``since``): "married since 2000".

    "They got engaged in New York and set a date for September 2018": the month
    is the wedding's. A date that opens the sentence at ``opening`` ("Last year
    saw many weddings, with A marrying B and C and D tying the knot") dates
    every event of the sentence that has none nearer.
    """
    near: list[tuple[int, int, DateMatch]] = []  # (distance, index or -1 if shared, date)
    for i, d in enumerate(dates):
        if i in used or (d.start > end and _DEATH.search(text, max(end, d.start - 25), d.start)):
            continue  # "he married Althea, who died in 1993": the year is her death's
        if not since and (
            text.endswith(("since ", "Since "), 0, d.start) or d.date.phrase[:6].lower() == "since "
        ):
            # "anticipated since November 2007", "dating since 2019": when a wait or a
            # state began, not the event ("married since 2000" is the wedding's year).
            continue
        if d.end <= start and _AHEAD_OF.search(text, d.end, start):
            continue  # "arrived Thursday ahead of the couple's nuptials": not the wedding's day
        # "hosted a dinner on March 2 and two days later threw a party": a time counted on
        # from a date is not the time of an event told before that date
        base = d.base if d.rule == "later" else -1
        if end <= base:
            continue
        mine = _distance(d, start, end, text)
        opens = (
            opening is not None
            and d.end <= start
            and (d.start - opening <= _OPENS or _in_opening_clause(text, opening, d))
            and mine < 1 << 20
        )
        if opens:
            mine = min(mine, limit)  # shared by the sentence's events, not used up
        elif any(_distance(d, a, b, text) < mine for a, b in others if b > base):
            continue
        near.append((mine, -1 if opens else i, d))
    if not near:
        return None
    best = min(near, key=lambda x: x[0])
    if best[0] > limit:
        return None
    # "this week, ... on Tuesday, May 23": of agreeing dates near enough, the finer says more.
    finer = [
        x
        for x in near
        if x[0] <= limit
        and x[1] >= 0
        and len(x[2].date.value) > len(best[2].date.value)
        and agree(best[2].date, x[2].date)
    ]
    if finer:
        best = min(finer, key=lambda x: (-len(x[2].date.value), x[0]))
    if best[1] >= 0:
        used.add(best[1])
    return best[2].date


def _place_after(
    text: str, places: list[tuple[int, int, str]], after: int, limit: int
) -> str | None:
    for start, _end, name in places:
        if after <= start < limit and _FOLLOW_PLACE.fullmatch(" " + text[after:start]):
            return name
    return None


_DETAIL = re.compile(r"\s+(?:for|of)\s+((?:the\s+)?(?:[^\W\d_][\w'’&-]*\s?){1,6})")


def _detail(text: str, end: int, limit: int) -> str | None:
    m = _DETAIL.match(text, end, limit)
    if not m:
        return None
    words = m.group(1).split()
    # Keep the capitalised name that follows ("for London's Air Ambulance Charity").
    keep: list[str] = []
    for w in words:
        if (
            w[:1].isupper()
            or (keep and w.lower() in ("of", "the", "and", "&", "de", "la"))
            or (not keep and w == "the")
        ):
            keep.append(w)
        else:
            break
    while keep and keep[-1].lower() in ("of", "the", "and", "&"):
        keep.pop()
    if not any(w[:1].isupper() for w in keep):
        return None
    return " ".join(keep).rstrip(".,;:")


_ONGOING = re.compile(
    r"\b(?:is|are|['’]s|['’]re)\s+(?:currently\s+|now\s+|still\s+)?(?:[a-z]+ing|"
    r"on (?:holiday|vacation))\b|\bcurrently\b",
    re.IGNORECASE,
)


# A line that only dates the page ("Saturday, January 07, 2017 - 11:55 am", "Updated 3 May",
# "5/17/2023 5:47 AM PT").
_DATELINE = re.compile(
    r"(?:\W*(?:(?:updated|published|posted|last updated)(?:\s+on)?\W+)?(?:[A-Za-z]+day,?\s+)?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r",?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\W+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?)+\W*",
    re.IGNORECASE,
)
# A wire story's opening, the day it was filed: "London, Feb 20 (IANS): The awards ..."
_WIRE_DATELINE = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},(?: [A-Z][\w.'’-]*,)? "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?"
    r"(?: \([A-Za-z .-]{2,24}\))? ?[:–—-] "
)
_NOT_BALL = re.compile(r"(?:[\"“‘']|\bby )$")
_DAYISH = re.compile(
    r"\d|day\b|night\b|today|tonight|christmas|eve\b|valentine|halloween|thanksgiving|new year",
    re.IGNORECASE,
)
_SEASON_BREAK = re.compile(r"\b(?:christmas|easter|new year|thanksgiving)\b", re.IGNORECASE)
_SIGHTED = re.compile(
    r"\b(?:saw|seen|spotted|pictured|photographed|snapped|papped)\b", re.IGNORECASE
)


def _date_holiday(d: _Draft, doc: Document, today: dt.date) -> None:
    """A holiday lasts: the day of a sighting dates its month, and one under way is
    this month's.

    "On Wednesday we saw him on holiday" dates the holiday to its month (but
    "they flew to Capri on Monday" to its day); "she is enjoying Miami" is a
    holiday of the post's month.
    """
    sentence = doc.sentences[d.sentence]
    if d.date is not None and d.date.precision == "day":
        # "during her Christmas vacation": a holiday spans the season it is named for.
        if _SIGHTED.search(doc.text, sentence.start, sentence.end) or _SEASON_BREAK.search(
            d.date.phrase
        ):
            d.date = PartialDate(d.date.value[:7], "month", d.date.phrase)
    elif d.date is None and not d.future:
        if _ONGOING.search(doc.text, sentence.start, sentence.end):
            d.date = _this_month(today)


def _finish(d: _Draft, doc: Document, today: str) -> Event:
    sentence = doc.sentences[d.sentence]
    label = _DISPLAY[d.type]
    if d.type in COUPLE_EVENTS and len(d.people) >= 2:
        name = f"{label} of {d.people[0]} and {d.people[1]}"
    elif d.detail:
        name = f"{label} {'for' if d.type in ('gala', 'party') else 'of'} {d.detail}"
    elif d.type == "birth" and d.born:
        name = f"Birth of {d.born}"
    elif d.type == "birthday" and d.people:
        name = f"Birthday of {d.people[0]}"
    elif d.noun[:1].isupper() and d.type != "birth":
        name = d.noun.strip()  # "Met Gala", "Northern Music Awards": its own name
    else:
        noun = d.noun.strip()
        name = (
            noun[:1].upper() + noun[1:]
            if d.type in ("party", "gala", "premiere", "dinner")
            else label
        )
        if d.location:
            name += f" at {d.location.removeprefix('the ')}"
        elif d.people:
            name += (
                " with " + " and ".join(d.people[:2]) + (" and others" if len(d.people) > 2 else "")
            )
    return Event(
        type=d.type,
        name=name,
        date=d.date,
        location=d.location,
        # a split is the couple's alone: the children or lawyers a retelling names are no party;
        # a birth is the parents', and about the child
        attendees=tuple(
            d.people[:2] if d.type in _SPLITS else [p for p in d.people if p != d.born]
        ),
        sentence=doc.text[sentence.start : sentence.end],
        start=sentence.start,
        # Later than the post at the date's own precision, or told as to come.
        scheduled=(d.date.value > today[: len(d.date.value)]) if d.date else d.future,
        about=d.born if d.type == "birth" and d.born in d.people else None,
    )
