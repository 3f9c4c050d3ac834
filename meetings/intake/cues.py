"""Cue patterns and small helpers that more than one of the intake's readers reads: the words that say a speech,
a referral, a quotation or a venue, words that name a meeting (this one, another, a past one), field labels,
what took part, the links inside a body's name, a province's country and the first words of ranks. They live
here, not in analysis.py, so that every reader's module can import them without importing the Analysis class
that inherits the readers.
"""

import re

import pycountry
from rapidfuzz import process
from rapidfuzz.fuzz import ratio

from meetings.models import fold

from . import lexicon
from .people import PHRASES

SPEECH_AFTER = re.compile(
    r"^[\s,’'s]*(?:who\s+|which\s+)?(?:(?:also|further|then|again|strongly|particularly)\s+)?(?:"
    + "|".join(sorted(lexicon.SPEECH_VERBS))
    + r")\b",
    re.IGNORECASE,
)


SPEECH_FRONT = re.compile(
    r"^\s*(?:addressing|speaking|in (?:his|her) (?:speech|remarks|address|opening|closing))\b", re.IGNORECASE
)


REFERRAL = re.compile(
    r"\b(?:for (?:endorsement|approval|adoption|consideration|ratification)|(?:sent|submitted|referred|forwarded|"
    r"elevated|presented|reported|report|report back|present|submit|forward|refer|elevate|conveyed|transmitted|"
    r"relayed|convey|transmit|relay|(?:passed|handed|pass|hand)(?: on| over)?) to|"
    r"for (?:the )?(?:upcoming|next|forthcoming)|"
    r"preparations? for (?:the )?|"
    # "will be tabled at the 19th AMMTC", "to be presented for noting before the SOMTC": a later forum's agenda
    r"(?:will|to|would|shall) be (?:tabled|presented|submitted|considered|raised|taken up|brought|put forward) "
    r"(?:[\w’']+ ){0,3}?(?:at|before|to)|for (?:tabling|submission|presentation) (?:at|to|before)|"
    # "report its findings to", "report the results of the talks to", "table a report on the talks at"
    # "we will bring these recommendations to the X Conference": carried to a forum as a report is.
    r"(?:report|submit|forward|refer|elevate|recommend|present|bring|carry|transmit|convey|relay|send|pass) "
    r"(?:[\w’']+ ){1,5}?to|"
    # "The recommendations will be shared with the X", "share its findings with the Y": what the meeting produced,
    # passed on; not "shared their experience with", which is talk in the room.
    r"(?:recommendations|findings|conclusions|outcomes?|results|proposals) (?:will |would |are to |is to )?"
    r"(?:be )?shared with|"
    r"shar(?:e|es|ed|ing) (?:the|its|their|these|those) (?:[\w’']+ ){0,2}?"
    r"(?:recommendations|findings|conclusions|outcomes?|results|proposals) with|"
    r"(?:table|present|submit)s? (?:a|the|its) report\b|"
    # "its recommendations go to the COMMIT SOM later this year": what the meeting produced moves on to the forum
    r"(?:recommendations|findings|conclusions|outcomes?|results|proposals|inputs?) (?:will |would )?"
    r"(?:go|goes|feed|feeds|flow|flows) (?:in)?to|"
    r"(?:tasked|instructed|mandated|directed) (?:the )?)\b",
    re.IGNORECASE,
)


VENUE_HEADS = {
    "hotel",
    "resort",
    "centre",
    "center",
    "hall",
    "headquarters",
    "complex",
    "building",
    "plaza",
    "palace",
    "club",
    "auditorium",
    "campus",
    "academy",
    "university",
    "office",
    "room",
    "ballroom",
    "suites",
    "inn",
    "residence",
}


QUOTE = re.compile(r"“([^”]{15,1500})”|\"([^\"]{15,1500})\"")


# Words that make a sentence one about the meeting rather than background.
MEETING_WORDS = re.compile(
    r"\b(?:meeting|dialogue|conference|workshop|seminar|session|sessions|event|talks|consultations?|forum|summit|"
    r"training|delegates|delegations?|participants|attendees|observers|gathering|webinar|retreat|panel|discussions?|"
    r"presentations?|speakers?|trainers|facilitators|instructors|lecturers|presenters|panell?ists|moderators|"
    r"resource persons|opening|closing|agenda|tak(?:e|es|ing) part|took part|participat\w*|attend\w*)\b",
    re.IGNORECASE,
)


ANOTHER_MEETING = re.compile(
    r"\b(?:previous|last|earlier|next|upcoming|forthcoming|past|first|inaugural)\s+(?:[\w’']+\s+){0,2}"
    r"(?:meeting|conference|dialogue|session|summit|workshop|forum|one|edition|course|training|seminar|round|talks)s?\b",
    re.IGNORECASE,
)


# "making this our first fully hybrid conference", "this was the first such workshop": the meeting itself.
THIS_ONE = re.compile(r"\bthis\s+(?:\w+\s+)?(?:our|the|its|their)\s+$", re.IGNORECASE)


def another_meeting(text):
    """The first mention of another meeting than the report's in text ("the previous meeting", "the next
    conference"), leaving out the meeting itself called the first of its kind ("this was our first ...")."""
    for m in ANOTHER_MEETING.finditer(text):
        if not THIS_ONE.search(text[max(0, m.start() - 30) : m.start()]):
            return m
    return None


HELD = re.compile(
    r"\b(?:took place|takes place|was held|were held|is held|held|convened|met|opened|commenced|kicked off|"
    r"attended|participated|hosted|organi[sz]ed|gathered|brought together|saw the presence)\b",
    re.IGNORECASE,
)


# A sentence about the past of a body or programme rather than the meeting.
HISTORY = re.compile(
    r"\b(?:since (?:its |their |the )?(?:launch|creation|establishment|founding|inception|\d{4})|"
    r"(?:was|were) (?:established|founded|created|launched|set up|signed|adopted)|"
    r"(?:established|founded|created|launched|signed|adopted|ratified|acceded) in \d{4}|in \d{4},|"
    r"aligned with|in line with|"
    r"a member of|member of the|"
    # "Thailand and China are also among the six members of X": who belongs to a body, not who took part.
    r"(?:are|were)\s+(?:also\s+|all\s+|both\s+)?(?:among\s+)?(?:the\s+)?(?:\w+\s+)?members\s+of)\b",
    re.IGNORECASE,
)


# "Dates: 3-4 May 2024", "- Venue: ..., Vientiane": a summary's labelled line states the meeting's own facts.
FIELD_LABEL = re.compile(
    r"^[ \t]*(?:[-•*·][ \t]*)?((?:Dates?|Venue|Place|Location|When|Where)(?:[ \t]*(?:and|&|/)[ \t]*"
    r"(?:dates?|venue|place|location|time))?)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


PLACE_LABEL = re.compile(r"\b(?:venue|place|location|where)\b")


VENUE_WORD = r"(?:[A-Z][\w’'&-]*|of|for|and|\([A-Z]{2,10}\))"


# "at the Police College, Cheras, Kuala Lumpur": a district may stand between the venue and its city.
VENUE_THEN_CITY = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+{VENUE_WORD}){{0,8}}(?:,\s*[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)?,\s*$"
)


GROUP_ATTEND = re.compile(
    r"\b(?:attended by|(?:delegations|delegates|representatives|participants|officials|officers)\s+(?:from|of)|"
    r"participation of|presence of|joined by|(?:came|come|joined|travell?ed)\s+from)\s+(?:the\s+|all\s+)?"
    r"(?:\w+\s+)?(?:of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


_subdivisions = None


def subdivision_country(name):
    """The country of a province or region ("Banteay Meanchey", "Tak"), by its ISO 3166-2 name spelt loosely."""
    global _subdivisions
    if _subdivisions is None:
        _subdivisions = {}
        for sub in pycountry.subdivisions:
            _subdivisions.setdefault(re.sub(r"[\W_]+", "", fold(sub.name)), set()).add(sub.country_code.lower())
    key = re.sub(r"[\W_]+", "", fold(name))
    if len(key) < 3:
        return None
    codes = _subdivisions.get(key)
    if codes is None and len(key) >= 8:
        hit = process.extractOne(key, list(_subdivisions), scorer=ratio, score_cutoff=85)
        codes = _subdivisions[hit[0]] if hit else None
    return next(iter(codes)) if codes and len(codes) == 1 else None


def spells(acronym, words):
    """True when the acronym's letters are the initials of the words before it, every word's counted (small ones
    may be skipped), from one of the first three words to the last: "ATIPSOM" for "D3 Anti-Trafficking in Persons
    and Anti-Smuggling of Migrants" split at hyphens."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    initials = [w[0].upper() for w in words if w]
    if len(letters) < 3 or not initials or letters[-1] != initials[-1]:
        return False
    for k in range(min(3, len(initials))):
        if initials[k] != letters[0]:
            continue
        rest = iter(initials[k:])
        if all(any(c == i for i in rest) for c in letters):
            return True
    return False


# A sentence about another, later meeting ("Malaysia's plan to host ...") rather than this one's programme.
OTHER_MEETING = re.compile(
    r"\b(?:plans? to host|intention to host|intends? to host|offered to host|will host|to host the|next year|"
    r"next meeting|upcoming|forthcoming|to be held in|scheduled (?:to be held|for))\b",
    re.IGNORECASE,
)


# A sentence that opens on the past ("Earlier, at the 12th ... Forum, the member countries agreed ...")
# recalls another occasion: its meeting, forum and groups are background, not the meeting reported.
BACKGROUND_LEAD = re.compile(
    # "Earlier this month, I sat in ... for the X Dialogue": a week or a month is the report's own time, its news.
    r"^\W*(?:previously|earlier(?!\s+(?:this|in\s+the)\s+(?:week|month)\b|\s+today\b)|formerly|in the past|"
    r"in recent years|in (?:19|20)\d\d|last (?:year|month)|"
    r"(?:the )?(?:previous|last) (?:year|time)|before (?:that|this)|at (?:the|an|its) (?:previous|earlier|last)\b|"
    r"back in|(?:\w+|a few|several) (?:years|months|weeks) ago)\b",
    re.IGNORECASE,
)


# The ASEAN member states by their short forms ("AMS", "AMCs", "ASEAN Member States"); capitals as written.
MEMBER_STATES_SHORT = re.compile(r"\b(?:AMS|AMSs|AMCs?|ASEAN [Mm]ember (?:[Ss]tates|[Cc]ountries))\b(?![-’'])")


TOOK_PART = re.compile(
    r"\b(?:joined|attended|took part|participated|presented|briefed|spoke|addressed|shared|explained|described)\b"
)


NAME_LINKS = {"of", "and", "for", "on", "against", "in", "the"}


def names_a_body(words):
    """True when folded words read as a body's name on their own: "Bureau of Immigration", "Women's Union"."""
    words = [w for w in words if w not in ("the", ",")]
    return (
        len(words) >= 2
        and (
            words[-1] in lexicon.ORG_HEADS
            or (words[0] in lexicon.ORG_STARTS and "of" in words[1:-1])
            # "Inter-Agency Council Against Trafficking": a head word with its remit after it
            or any(
                w in lexicon.ORG_HEADS and nxt in ("of", "for", "on", "against") and k >= 1
                for k, (w, nxt) in enumerate(zip(words, words[1:], strict=False))
            )
        )
    )


# The first words of every rank and honorific ("brig.", "pol", "dato'"), to tell a rank from a name.
RANK_FIRST_WORDS = {p.split()[0] for p in PHRASES}
