"""The intake's readers of the meeting itself: its title and the forum and number of its series, its dates, its
place and its format (in person, online or hybrid), and the series' previous meeting. They are separate from the
readers of bodies, people and outcomes because they answer one question for the whole report (which meeting is
this?) from its title, dateline and labelled fields, where the others decide sentence by sentence what each name
is doing there. Analysis inherits them as EventFieldReading.
"""

import collections
import datetime
import re
import string

from meetings.models import (
    Event,
    ParticipationRole,
    fold,
)

from . import gazetteer as gz
from . import lexicon
from .cues import (
    FIELD_LABEL,
    GROUP_ATTEND,
    HELD,
    HISTORY,
    MEETING_WORDS,
    PLACE_LABEL,
    QUOTE,
    VENUE_HEADS,
    VENUE_THEN_CITY,
    another_meeting,
    spells,
    subdivision_country,
)
from .dates import RELATIVE
from .text import Document, Token

# Nouns of work two parties do together: a remit built on one of them names its parties after "between".
JOINT_WORK = {
    "cooperation", "co-operation", "collaboration", "partnership", "coordination", "co-ordination", "relations",
    "dialogue", "consultations", "exchanges", "liaison", "agreement", "arrangement", "arrangements",
}  # fmt: skip
# "plans to host" looks ahead; "adopted a new five-year plan to combat ..." names a plan (a noun after an article,
# a possessive or an adjective) and says nothing of when the meeting is.
NOUN_PLAN = (
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bnew\s)(?<!-year\s)(?<!\baction\s)"
    r"(?<!\bwork\s)"
)
FUTURE = re.compile(
    r"\b(?:will|" + NOUN_PLAN + r"plans? to|intention to|intends? to|to host|upcoming|next|forthcoming|scheduled|shall|"
    r"(?:is|are) planned|(?:is|are) (?:expected|due|set) to|follow-up (?:course|meeting|workshop|training|session))\b",
    re.IGNORECASE,
)
VIRTUAL = re.compile(
    r"\bvirtual(?:ly)?\b|\bvideo ?conferenc\w*|\bwebinar\b|\bvia (?:zoom|video|teleconference|online|webex|teams)\b"
    r"|\bteleconferenc\w*|\b(?:held|met|convened|conducted|took place|taking place|organi[sz]ed) online\b"
    r"|\bonline (?:meeting|dialogue|conference|session|format|platform|forum|workshop|seminar)\b"
    # "met on Zoom", "a Zoom call", "over Microsoft Teams": a meeting held on a video platform took place online.
    r"|\b(?:on|over|through|using) (?:the )?(?:zoom|webex|(?:microsoft |ms )?teams|google meet)\b"
    r"|\b(?:zoom|webex|google meet) (?:call|meeting|session|link|platform)\b"
    r"|\b(?:held|met|convened|conducted|took place) (?:remotely|by video(?:\s?link)?)\b"
    # "brought together 40 judges online over two half-day sessions": the meeting's own time spent online, where a
    # verb of gathering says who came together ("victims kept online for days" gathered no one).
    r"|\b(?:bring|brings|bringing|brought|gather|gathers|gathered|gathering|convened|convening|met)\b[^.;]{0,100}?"
    r"\bonline (?:over|for|across|during|in) (?:[\w-]+ ){0,2}?(?:sessions?|days?|half-days?|mornings?|afternoons?)\b",
    re.IGNORECASE,
)
# Some taking part from afar while the meeting sits somewhere: a hybrid meeting. "joining the meeting through
# video conferencing": the words between may name the meeting.
REMOTE_PART = re.compile(
    r"\b(?:joining|joined|join|participating|participated|taking part|took part|attending|attended|connected|"
    r"connecting)\s+(?:\w+\s+){0,2}?(?:(?:by|through|via) video(?:\s?link|\s?-?conferenc\w*)?|online|virtually|"
    r"remotely|(?:via|on|over) (?:zoom|teleconference|videoconference|webex|teams))\b"
    # "a hundred more followed online, with ...", "others watched remotely.": an audience from afar takes part too;
    # "followed online job offers" does not say so.
    r"|\b(?:followed|watched|tuned in)\s+(?:it\s+|the \w+\s+)?(?:online|remotely|virtually|via (?:live\s?)?stream)"
    r"(?=\s*[,.;:)–—-]|\s+(?:from|in|with|via|through|and)\b)"
    # "a few more dialling in from New Zealand", "dialled in to the session": joined by telephone or video call.
    r"|\b(?:dialling|dialing|dialled|dialed)\s+in\b"
    # "followed and spoke in the open forum online": a part of the meeting taken part in from afar.
    r"|\b(?:followed|spoke|joined|took part|participated)(?:\s+and\s+\w+)?\s+(?:in\s+)?the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:forum|session|sessions|discussions?|proceedings|meeting|consultation|dialogue|workshop)\s+"
    r"(?:online|remotely|virtually)\b",
    re.IGNORECASE,
)
# The meeting held at a room or building ("held ... at the meeting hall of the Ministry of ..."): a place to sit in.
HELD_AT_PLACE = re.compile(
    r"\b(?:held|convened|met|took place|conducted)\b[^.;]{0,80}?\bat\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:hall|room|headquarters|auditorium|building|premises|compound|hotel)\b",
    re.IGNORECASE,
)
# A virtual cue that is denied ("no Zoom link", "not online") says the meeting was not held online.
NEGATED_CUE = re.compile(r"\b(?:no|not|without|never)\s+(?:\w+\s+)?$", re.IGNORECASE)


# "after several meetings were organized in online format", "the previous sessions were held virtually": the clause
# before a virtual cue is about other meetings than the one reported.
OTHER_MEETINGS_BEFORE = re.compile(
    r"\b(?:(?:several|many|some|other|those|previous|earlier|past|prior)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meetings|sessions|conferences|dialogues|workshops|editions|rounds)|"
    r"(?:previous|earlier|past|prior|last)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|session|conference|dialogue|workshop|edition|round))\b[^,;:.]*$",
    re.IGNORECASE,
)


def virtual_cue(scope):
    """The first cue in scope that the meeting was online, leaving out a denied one and one said of other meetings,
    or None."""
    for m in VIRTUAL.finditer(scope):
        if NEGATED_CUE.search(scope[max(0, m.start() - 20) : m.start()]):
            continue
        if OTHER_MEETINGS_BEFORE.search(scope[max(0, m.start() - 80) : m.start()]):
            continue
        return m
    return None


# "in a hybrid format", "held in person and online", "both physically and virtually": a meeting that had both.
HYBRID = re.compile(
    r"\bhybrid\b"
    r"|\b(?:in[- ]person|physical(?:ly)?|on[- ]?site|face[- ]to[- ]face)\s+(?:and|&|as well as)\s+(?:\w+\s+)?"
    r"(?:online|virtual(?:ly)?|remote(?:ly)?)\b"
    r"|\b(?:online|virtual(?:ly)?|remote(?:ly)?)\s+(?:and|&|as well as)\s+(?:\w+\s+)?"
    r"(?:in[- ]person|physical(?:ly)?|on[- ]?site|face[- ]to[- ]face)\b"
    # "the course moved partly online": some of it in a room, some of it online.
    r"|\b(?:moved|went|switched|shifted|held|conducted)\s+(?:partly|partially|in part)\s+(?:online|virtual(?:ly)?)\b",
    re.IGNORECASE,
)
IN_PERSON = re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bphysical(?:ly)? meeting\b", re.IGNORECASE)
ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)
# A meeting held alongside another: "side event", "side-event", "parallel session", "fringe meeting".
SIDE_EVENT = r"(?:side|parallel|satellite|fringe)[- ](?:event|session|meeting)"
# The words a meeting is called by, as one alternation for the patterns that look for "the workshop", "the dialogue".
MEETING_HEAD_WORDS = "|".join(sorted(lexicon.MEETING_HEADS))
DATE_LABEL = re.compile(r"\b(?:dates?|when)\b")
# "She just came back from X, where she was part of our panel", "so we went to X": the town the delegates travelled
# to or came back from says where they met, as "in X" does.
TRAVELLED = re.compile(
    r"\b(?:we|i|she|he|they|delegation|delegates|team|panel)\s+(?:\w+\s+){0,2}?(?:went|travell?ed|flew|came back|"
    r"returned|arrived)\s+(?:back\s+)?(?:to|from|in)\s+$",
    re.IGNORECASE,
)
# "at the National Exhibition Hall, Vientiane": a venue's name, then its city.
TITLE_TAIL = re.compile(
    r" (?:along|across) the (?:(?:[A-Z][\w’'-]* ){1,4}(route|routes|corridor|border|borders|region|coast|basin)|"
    # "... Human Trafficking across the Border": the place word itself capitalised as part of the name.
    r"(Route|Routes|Corridor|Border|Borders|Region|Coast|Basin))\b"
    # "... Trafficking in Persons along the Mekong, organised by ...": "along" a named river, coast or frontier
    # that closes the phrase belongs to the title too (not "across", which may name a whole region or country).
    r"| along the (?:[A-Z][\w’'-]* ){0,2}([A-Z][\w’'-]*)(?=\s*[,.;:)]|\s*$)"
)
# "... in Persons linked to Online Scam Operations", "... Crimes related to Forced Labour": a lower-case participle
# and "to" join a title's subject to more of it, as "of" does, when capitalised words follow.
TITLE_PARTICIPLES = {"linked", "related", "connected", "relating"}
# "the X Meeting, which took place the previous day, 5 February", "..., which was held on 3 May": a relative
# clause on the meeting, then its day.
MEETING_CLAUSE_DATE = re.compile(
    r",\s*(?:which|that)\s+(?:took\s+place|was\s+held|were\s+held|met|convened|ran)\b[^.;:()]{0,30}$"
)
# "MINUTES OF THE SIXTEENTH SENIOR OFFICIALS MEETING", "Chair's Summary of the 5th Regional Dialogue": a document's
# own kind before the meeting it records is no part of the meeting's name.
DOCUMENT_LEAD = re.compile(
    r"(?:(?:chair(?:man|person|woman)?|co-chairs?)[’']s\s+)?"
    r"(?:minutes|summary(?:\s+record)?|record|report|proceedings|outcome\s+document|list\s+of\s+participants)"
    r"\s+(?:of|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A capital letter, Vietnamese and other Latin letters with diacritics included ("Đầm Hà", "Quảng Ninh").
CAP = "[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŞŠŢŤŪŮŰŲŸŹŻŽƠƯẠ-Ỹ]"
# Longest first, so "Twenty-First" is read whole rather than as "First".
ORDINAL_WORD = "|".join(sorted(lexicon.ORDINAL_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
# "the seventh meeting of the Malaysia-Indonesia Joint Working Group on ...", "the 3rd session of the Joint
# Commission": an ordinal, a meeting word in lower case, and the capitalised name of the body that meets.
NUMBERED_MEETING_OF = re.compile(
    r"\b(?:meeting|session)\s+of\s+"
    # "the first meeting of what they are calling the X Taskforce": a new body's name as its founders give it.
    r"(?P<called>what\s+(?:(?:they|officials|both\s+sides|the\s+two\s+sides)\s+(?:are|were)\s+calling|"
    r"(?:is|was)\s+(?:being\s+)?(?:called|named|billed\s+as))\s+)?the\s+"
    # "... on Transnational Crime (SOMTC) Working Group on ...": an acronym in brackets may stand inside the name.
    r"(?P<body>[A-Z][\w’'-]*(?:[-–][A-Z][\w’'-]*)*(?:\s+(?:[A-Z][\w’'-]*|\([A-Z][\w-]*\)(?=\s+[A-Z])|of|on|for|"
    r"against|in|and|the|to)){1,16})"
)
# Looked for only before such a phrase: the ordinals' long alternation is costly at every word of a report.
ORDINAL_ENDING = re.compile(rf"\b(?i:\d{{1,3}}(?:st|nd|rd|th)|{ORDINAL_WORD})\s+$")
# "'s 25th meeting", " held its twenty-fifth session": the number of a series written after the series' name.
# "in 2023", "of 2023", "in December 2023", "in late 2023": a year a clause is set in.
IN_A_YEAR = (
    r"\b(?:in|of)\s+(?:(?:early|late|mid-?|the (?:spring|summer|autumn|fall|winter) of)\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+)?((?:19|20)\d\d)\b"
)
SERIES_NUMBER_AFTER = re.compile(
    r"(?:[’']s\s+|\s+(?:has\s+)?(?:held|holds|convened|convenes|opened|concluded|hosted|wrapped up)\s+its\s+)"
    rf"(?:(?P<digits>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{ORDINAL_WORD}))\s+"
    r"(?:annual\s+|regular\s+|plenary\s+)?(?P<words>(?:[A-Z][\w’'-]*\s+){0,4})"
    r"(?P<head>meeting|session|conference|dialogue|forum|summit|consultation|gathering)s?\b",
    re.IGNORECASE,
)


# "in a regional workshop on strengthening ...", "hosted a two-day national consultation on ...": a meeting the
# lead names in lower case, its kind (a meeting word after up to four lower-case modifiers) and "on" its subject.
LOWER_CASE_MEETING = re.compile(
    r"\b(?:a|an)\s+(?P<kind>(?:[A-Z][A-Z0-9-]{1,11}\s+)?(?:[a-z][\w-]*\s+){0,4}?(?:meeting|conference|dialogue|forum|workshop|seminar|"
    r"symposium|consultation|roundtable|training|course|webinar))\s+(?P<link>on|against|of(?=\s+the\s+[A-Z]))\s+"
)
# Where a subject written in lower case ends: a clause, a venue, a date, the end of the sentence.
SUBJECT_END = re.compile(
    r"\s*[,;:]|\s*\((?![A-Z][\w-]{1,10}\))|\.(?:\s|$)|\s+(?:held|hosted|organi[sz]ed|co-organi[sz]ed|convened|jointly|at|from|this|last|"
    r"which|where|that|with|by|during|in\s+(?=[A-Z]))\b|\s+on\s+(?=\d|[A-Z][a-z]+day)"
    # "... human trafficking in the Chinese city of Kunming on May 27-28": a place described, then named.
    r"|\s+in\s+the\s+(?:[\w-]+\s+){0,3}?(?:city|town|province|capital|district|village|region)\s+of\s+[A-Z]"
    r"|\s+on\s+(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)
# A meeting said to be one of many countries': two countries named beside it are only some of its parties. A
# "bilateral" meeting already says whose it is, and its title is kept as the report words it.
PARTIES_OF_MANY = re.compile(
    r"\b(?:regional|sub-regional|international|multilateral|global|inter-regional|bilateral)\b", re.IGNORECASE
)
# Modifiers that say how a meeting was held, not what it was: no part of its name.
FORMAT_WORD = re.compile(r"\w+-day|\w+-week|virtual|online|hybrid|face-to-face|in-person|closed-door", re.IGNORECASE)
TITLE_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "of",
    "on",
    "in",
    "to",
    "for",
    "and",
    "or",
    "against",
    "under",
    "with",
    "by",
    "at",
    "from",
    "into",
    "among",
    "between",
    "along",
    "across",
}


HEADLINE_CONJUNCTIONS = {"as", "while", "amid", "but", "despite", "because", "although", "though", "whereas"}


def subject_after_head(span):
    """True when a meeting's head word in the tokens is followed by "on", "against" or "for": the name gives its
    subject ("Workshop on ...")."""
    return any(
        t.folded in lexicon.MEETING_HEADS and k + 1 < len(span) and span[k + 1].folded in ("on", "against", "for")
        for k, t in enumerate(span)
    )


def headline_is_a_sentence(headline):
    """True when a headline is a sentence rather than a name: it has content words in lower case ("Prosecutors and
    judges ... meet to sharpen ..."), a quotation, or a colon of commentary."""
    if re.search(r"[\"“”]|:\s", headline):
        return True
    lower = [w for w in re.findall(r"[^\W\d_][\w’'-]*", headline) if w.islower() and w not in TITLE_SMALL_WORDS]
    # "Junta Joins China-Led Talks on Scam Hubs as Critics Question Its Sincerity": in title case, a conjunction left
    # in lower case before a capitalised word joins two clauses, which no meeting's name has ("Workshop on Trafficking
    # as a Crime" is a name).
    return len(lower) >= 2 or bool(re.search(rf"\s(?:{'|'.join(HEADLINE_CONJUNCTIONS)})\s+[A-Z]", headline))


def safe_replace_year(day, year):
    """The same day and month in another year, or None (29 February)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def ordinal_before(text, gap):
    """The number of an ordinal ("14th", "Sixteenth") that ends text, but for a few words (gap). A spelt-out one
    needs capitalised words after it ("the Sixteenth COMMIT SOM"; "the first time, the SOM" is no number)."""
    m = re.search(rf"\b(\d{{1,3}})(?:st|nd|rd|th)\s+{gap}$", text)
    if m:
        return int(m.group(1))
    m = re.search(rf"\b({ORDINAL_WORD})\s+(?:[A-Z][\w’'-]*\s+){{0,2}}$", text, re.IGNORECASE)
    return lexicon.ORDINAL_WORDS[" ".join(m.group(1).lower().split())] if m else None


# A headline's clause that places the meeting after its name: "... held in Muse", "... convened at Dili".
HEADLINE_PLACE_TAIL = re.compile(
    r"\s+(?:(?:was|is|were|are)\s+)?(?:held|convened|hosted|taking place|takes place|took place|opens|opened|"
    r"concludes|concluded|wraps up|ends)\s+(?:in|at)\s+[A-Z][^,;:]*$"
)
# "Remarks by X at the Y Workshop", "Keynote Address of the Minister to the 5th Z Conference": the headline of a
# speech, and the meeting's name after the speaker.
SPEECH_HEADLINE = re.compile(
    r"(?:(?:opening|closing|welcome|welcoming|keynote|introductory|concluding)\s+)?"
    r"(?:remarks|statement|speech|address|message|presentation|intervention|keynote)\b",
    re.IGNORECASE,
)
# Where the meeting's name begins in such a headline: "at the", "to the opening session of the".
SPEECH_OCCASION = re.compile(
    r"\b(?i:at|to|during|before)\s+the\s+(?i:(?:opening|closing)\s+(?:session|ceremony)\s+of\s+the\s+)?"
    r"(?=\d{1,3}(?:st|nd|rd|th)\s|[A-Z])"
)
# A standing group named after the forum it reports to: "... on Transnational Crime (SOMTC) Working Group on ...".
GROUP_OF_FORUM = re.compile(
    r"(?:\s*\([A-Z][\w-]*\)|\))?\s+(?:Technical\s+|Expert\s+|Ad\s+Hoc\s+)?(?:Working\s+Group|Task\s*[Ff]orce|"
    r"Sub-?[Cc]ommittee|Committee|Expert\s+Group|Focal\s+Points?)\b"
)
# After a bracketed acronym in a run, a meeting word that goes on naming a meeting: "(BLO) Meeting on", "(JWG) Annual
# Meeting".
MEETING_AFTER_ACRONYM = re.compile(
    rf"\)\s(?:[A-Z][\w-]*\s){{0,2}}(?:(?:(?i:{MEETING_HEAD_WORDS})|Working\sGroup|Task\s?[Ff]orce)\s"
    r"(?:on|of|for|against|between)\s"
    # "the 39th X-Y Regional Border Committee (RBC) Meeting, in order to ...": the capitalised meeting word ends
    # the name, before a comma, a full stop or a word in lower case.
    rf"|(?:{MEETING_HEAD_WORDS.title()})(?=[,.;:]|\s+[a-z]))"
)
# A bracketed acronym inside a title: "Joint Working Group (JWG) on ...".
BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z&-]{1,10})\)")


def without_own_acronym(title):
    """The title without the acronym of the meeting or body it names: "the Malaysia–Indonesia Joint Working Group
    (JWG) on Trafficking" is the Joint Working Group on Trafficking to an editor, who keeps a name whole. A body's
    acronym after its head word goes even where it spells the name in another language ("the Royal Malaysia Police
    (PDRM)"). The acronym of a subject ("Exploitation of Children (OSAEC) and Trafficking") is part of how the meeting
    is named, and stays."""
    for m in reversed(list(BRACKETED_ACRONYM.finditer(title))):
        words = re.split(r"[\s–-]+", title[: m.start()])
        head = fold(words[-1]) if words else ""
        if (
            head in lexicon.MEETING_HEADS | lexicon.ORG_HEADS
            and any(spells(m.group(1), words[k:]) for k in range(len(words)))
            # "between the Royal Malaysia Police (PDRM) and the Indonesian National Police": a body's acronym, though
            # it spells the body's name in its own language, is no part of the meeting's name either.
            or head in lexicon.ORG_HEADS
        ):
            title = title[: m.start()] + title[m.end() :]
    return title


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class EventFieldReading:
    """The meeting's title, forum and number, dates, place and format."""

    # --- the meeting ---------------------------------------------------------------------------------------

    def read_event(self):
        ev = {
            "title": "",
            "start_date": None,
            "end_date": None,
            "date_precision": "day",
            "date_inferred": "",
            "date_note": "",
            "city": "",
            "host_country": None,
            "forum": None,
            "number": None,
            "format": None,
            "previous_event": None,
            "passages": {},
        }
        self.event = ev
        self.event_sentence = None
        self.date_sentence = None
        candidates = self.title_candidates()
        # Meetings named as past occasions ("At the 18th X Meeting held in Y in November 2024, ..."): the dates and
        # places written right after their names are theirs (read_event_dates, read_place).
        self.past_meetings = [
            c["start"] + len(c["title"])
            for c in candidates
            if c["future"] and not FUTURE.search(self.doc.passage(c["sentence"]))
        ]
        self.title_cands = candidates
        main = None
        for cand in candidates:
            if not cand["future"]:
                main = cand
                break
        # "While ministers gathered for the X Ministerial Meeting, ... Our side event, "Y", ...": a report that names
        # a side event held alongside a forum's meeting reports the side event; the forum's meeting is its setting.
        side = next((c for c in candidates if not c["future"] and self.side_event_named(c)), None)
        if side is not None:
            main = side
        if main:
            # A heading in capitals ("TWELFTH SENIOR OFFICIALS MEETING") often leaves out the series that the
            # first sentence names in full ("The Twelfth Senior Officials Meeting of the ... was held"): the fuller
            # name of the same meeting is its title.
            fuller = next(
                (
                    c
                    for c in candidates
                    if not c["future"]
                    and c["start"] > main["start"]
                    and (
                        fold(c["title"]).startswith(fold(main["title"]) + " ")
                        and re.match(r"\s+(?:of|for)\s", c["title"][len(main["title"]) :])
                        or self.spelt_out(c["title"], main["title"])
                        # A heading in capitals names the meeting the text then writes in its own case.
                        or main["title"].isupper()
                        and not c["title"].isupper()
                        and fold(c["title"]) == fold(main["title"])
                    )
                ),
                None,
            )
            main = fuller or main
            ev["title"] = main["title"]
            self.event_sentence = main["sentence"]
            if main["sentence"] is not None:
                ev["passages"]["title"] = self.doc.passage(main["sentence"])
            if main.get("forum"):
                ev["forum"] = main["forum"]
            if main.get("number"):
                ev["number"] = main["number"]
            elif main["sentence"] is not None:
                ev["number"] = self.number_in_apposition(main)
                # The name before "the 2nd meeting of its kind" is the series' name as written.
                main["number_before"] = main.get("number_before") or bool(ev["number"])
        # A group under a forum meets as the group: the forum's name in the title does not make it the forum's.
        under_forum = bool(main and main.get("group_of_forum"))
        if ev["forum"] is None and main and not under_forum:
            ev["forum"] = self.forum_in_title(main["title"])
            if ev["forum"] and main["sentence"] is not None:
                ev["passages"]["forum"] = self.doc.passage(main["sentence"])
        if ev["forum"] is None and not under_forum:
            forum, number, sentence = self.forum_of_meeting(main)
            if forum:
                ev["forum"] = forum
                ev["number"] = ev["number"] or number
                if sentence is not None:
                    ev["passages"].setdefault("forum", self.doc.passage(sentence))
                    if self.event_sentence is None:
                        self.event_sentence = sentence
        if ev["forum"] is None and not (main and main.get("forum")) and not under_forum:
            self.forum_in_prose(main)
        if ev["forum"] is None and not under_forum:
            self.forum_by_convener(main)
        if ev["number"] is None:
            self.number_after_series()
        self.latest_round_of_forum(main)
        if ev["forum"]:
            forum_name = self.gaz.forums[ev["forum"]]["name"]
            if ev["number"] and not (
                # "the Third X Dialogue on Online Scam Operations": a numbered meeting of the series named with its
                # own subject keeps the name the report gives it.
                main
                and re.match(rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{ORDINAL_WORD})\s", main["title"], re.IGNORECASE)
                and self.names_forum(main["title"], ev["forum"])
                and self.own_subject(main["title"])
            ):
                # "COMMIT's 14th SOM", "the 14th Senior Officials Meeting (SOM) of COMMIT": one title for the series.
                ev["title"] = f"{ordinal(ev['number'])} {forum_name}"
            elif not ev["title"] and (named := self.one_meeting_of_forum(ev["forum"])):
                # "ASEANAPOL Dialogue on ... Mule Accounts", "during an ASEANAPOL virtual dialogue on trafficking in
                # persons": one meeting of the series, which the headline or the lead names with its own subject;
                # the series' bare name would fit every meeting of it.
                ev["title"], sentence = named
                if sentence is not None:
                    ev["passages"]["title"] = self.doc.passage(sentence)
            elif not ev["title"] or (self.names_forum(ev["title"], ev["forum"]) and not self.own_subject(ev["title"])):
                ev["title"] = forum_name
        if ev["forum"]:
            ev["passages"].setdefault("forum", ev["passages"].get("title", ""))
        if ev["number"] and not ev["forum"] and main:
            # "the 3rd Joint Commission Meeting" of a series the base does not hold: a new forum, which carries the
            # number (a meeting's number needs its forum).
            # "the seventh meeting of the X Joint Working Group": the series is the body's.
            series = re.sub(
                r"^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|"
                + ORDINAL_WORD
                + r")\s+(?:(?:meeting|session)\s+of\s+the\s+)?",
                "",
                main["title"],
                flags=re.IGNORECASE,
            )
            # "INTERPOL's second Regional Operational Meeting ...": the number stood before the name, which is the
            # series' name as written.
            if series and (series != main["title"] or main.get("number_before")):
                item = self.add_new("forum", series, main["start"], main["start"] + len(main["title"]))
                item["number"] = ev["number"]
                # The number stays on the meeting too: the editor saves it once the new forum exists.
            else:
                ev["number"] = None
        if not ev["title"] and (not self.title or headline_is_a_sentence(self.title)):
            # "... took part this week in a regional workshop on strengthening ...": the lead names the meeting in
            # lower case, which says what it was better than a headline that is a sentence.
            named = self.meeting_named_in_lead() or self.signing_ceremony_in_lead()
            if named:
                ev["title"], sentence = named
                ev["passages"]["title"] = self.doc.passage(sentence)
                self.event_sentence = self.event_sentence if self.event_sentence is not None else sentence
        if not ev["title"] and self.title:
            # "X Meeting on Y held in Muse": a headline tells where the meeting was; the name ends before it.
            ev["title"] = HEADLINE_PLACE_TAIL.sub("", self.title) or self.title
            # "Remarks by Ms. X, Resident Representative, at the Workshop on Y": the headline of a speech names the
            # meeting it was given at after its speaker; the meeting's name is that part.
            ev["title"] = self.meeting_of_speech(ev["title"]) or ev["title"]
        ev["title"] = without_own_acronym(ev["title"])
        self.read_event_dates()
        self.read_place()
        self.read_format()
        self.read_previous()
        ev["passages"] = {k: v for k, v in ev["passages"].items() if v}

    def one_meeting_of_forum(self, forum):
        """(title, sentence index or None) for one meeting of the forum named with a subject of its own: by the
        headline when it is a name rather than a sentence, else by the lead in lower case; None otherwise."""
        if self.title and not headline_is_a_sentence(self.title):
            if self.forum_in_title(self.title) == forum and self.own_subject(self.title):
                return self.title, None
            return None
        named = self.meeting_named_in_lead()
        return named if named and self.forum_in_title(named[0]) == forum else None

    def meeting_named_in_lead(self):
        """(title, sentence index) for a meeting the report's first sentences name in lower case, its kind and its
        subject: "took part in a regional workshop on strengthening the criminal justice response ..." is the
        "Regional Workshop on Strengthening the Criminal Justice Response ...". None where no subject follows."""
        spans = [(m.start, m.end) for m in self.mentions if m.kind in ("agreement", "organization")]
        prose = 0
        for index in range(len(self.doc.sentences)):
            start, end = self.doc.sentences[index]
            sentence = self.text[start:end]
            if len(sentence.split()) < 8:
                continue
            prose += 1
            if prose > 2:
                break
            for m in LOWER_CASE_MEETING.finditer(sentence):
                if FUTURE.search(sentence[: m.start()]):
                    continue
                if m.group("link") == "of":
                    body = self.body_that_meets(start + m.end(), end)
                    if body:
                        kind = [w for w in m.group("kind").split() if not FORMAT_WORD.fullmatch(w)]
                        title = " ".join([*(w[:1].upper() + w[1:] for w in kind), "of", body])
                        return title, index
                    continue
                subject_start = start + m.end()
                stop = end
                for cut in SUBJECT_END.finditer(self.text, subject_start, end):
                    # "the Work in Fishing Convention": "in" between capitalised words is inside a name.
                    inside_name = cut.group().split()[:1] == ["in"] and re.search(
                        r"\b[A-Z][\w-]*$", self.text[subject_start : cut.start()]
                    )
                    if not inside_name and not any(a < cut.start() < b for a, b in spans):
                        stop = cut.start()
                        break
                subject = self.text[subject_start:stop].strip()
                if len(subject.split()) < 2 or not subject[:1].islower():
                    continue
                # "... under the ASEAN Convention against Trafficking in Persons, Especially Women and Children
                # (ACTIP)": a long name with its acronym after it is written by the acronym in a title.
                subject = re.sub(r"\bthe\s+[A-Z][^()]*?\s*\(([A-Z][\w-]{1,10})\)$", r"\1", subject)
                kind = [w for w in m.group("kind").split() if not FORMAT_WORD.fullmatch(w)]
                words = [*kind, m.group("link"), *subject.split()]
                title = " ".join(
                    w if k and w in TITLE_SMALL_WORDS else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for k, w in enumerate(words)
                )
                parties = self.two_parties_before(start, end, start + m.start(), m.group("kind"))
                if parties:
                    title = f"{parties} {title}"
                return title, index
        return None

    @staticmethod
    def meeting_of_speech(headline):
        """The meeting a speech's headline names after its speaker, or None: "Remarks by Ms. X, Resident
        Representative, at the Workshop on Y" gives "Workshop on Y". The first "at the" or "to the" whose words up
        to a meeting word open no other such phrase ("to the Parliament at the Workshop" is the workshop's)."""
        if not SPEECH_HEADLINE.match(headline):
            return None
        for m in SPEECH_OCCASION.finditer(headline):
            name = re.split(r"[,;:(]", headline[m.end() :])[0].strip()
            words = name.split()
            head = next((k for k, w in enumerate(words) if fold(w) in lexicon.MEETING_HEADS), None)
            if head is not None and not SPEECH_OCCASION.search(" ".join(words[:head])):
                return name
        return None

    # "signed a Memorandum of Understanding on Cooperation in the Identification, Protection and Return of ...": the
    # capitalised name of what was signed, its words joined by small words or by the commas of a list.
    SIGNED_NAME = re.compile(
        r"\bsigned\s+(?:a|an|the)\s+(?P<name>[A-Z][\w’'-]*(?:(?:\s+(?:of|on|in|the|and|for|against|to|between))*"
        r"\s+[A-Z][\w’'-]*|,\s+[A-Z][\w’'-]*)*)"
    )

    def signing_ceremony_in_lead(self):
        """(title, sentence index) for a report whose first sentences tell of an agreement signed at a ceremony:
        "The Ministry of X of Thailand and the Ministry of Y of Cambodia today signed a Memorandum of Understanding
        on Z, at a ceremony held at ..." is the "Signing Ceremony of the Thailand-Cambodia Memorandum of
        Understanding on Z", the two countries in front where the sentence names exactly two before "signed". None
        where no ceremony is said, or what was signed has no agreement's head word."""
        prose = 0
        for index, (start, end) in enumerate(self.doc.sentences):
            sentence = self.text[start:end]
            if len(sentence.split()) < 8:
                continue
            prose += 1
            if prose > 2:
                break
            m = self.SIGNED_NAME.search(sentence)
            if not m or FUTURE.search(sentence[: m.start()]) or not re.search(r"\bceremony\b", sentence[m.end() :]):
                continue
            name = re.sub(r"(?:\s+(?:of|on|in|the|and|for|against|to|between))+$", "", m.group("name"))
            if not any(fold(w) in lexicon.AGREEMENT_HEADS for w in name.split()[:3]):
                continue
            codes = []
            for c in self.mentions:
                if c.kind == "country" and start <= c.start < start + m.start() and c.keys[0][1] not in codes:
                    codes.append(c.keys[0][1])
            parties = "-".join(self.display_name("country", c) for c in codes) + " " if len(codes) == 2 else ""
            return f"Signing Ceremony of the {parties}{name}", index
        return None

    def body_that_meets(self, start, end):
        """ "the Thai-Myanmar Township Border Committee (TBC) at a hotel": the capitalised name of a body, with its
        article, after "a special meeting of", or None where the words there name no body (a head word such as
        Committee, Council or Commission among them): "a meeting of the Mekong Region" is no body's meeting."""
        run = re.match(
            r"the\s+((?:[A-Z][\w’'-]*(?:[-–][A-Z][\w’'-]*)*)(?:\s+(?:[A-Z][\w’'-]*(?:[-–][A-Z][\w’'-]*)*|of|for|on|and|the))*)",
            self.text[start:end],
        )
        if not run:
            return None
        name = re.sub(r"(?:\s+(?:of|for|on|and|the))+$", "", run.group(1))
        if not any(fold(w) in lexicon.ORG_HEADS | {"group", "board"} for w in re.split(r"[\s–-]+", name)):
            return None
        return f"the {name}"

    def two_parties_before(self, start, end, meeting_start, kind):
        """ "Police from Kenya and Uganda spent three days ... at a joint workshop on ...": the sentence that names
        a meeting in lower case names, before it, the two countries that held it, joined by "and"; an editor's
        title puts them in front, "Kenya-Uganda Joint Workshop on ...". Only where the sentence names those two
        countries and no other, and the meeting is not said to be regional or international (the two are then
        some of many)."""
        if PARTIES_OF_MANY.search(kind):
            return None
        countries = [m for m in self.mentions if m.kind == "country" and start <= m.start and m.end <= end]
        if len({m.keys[0][1] for m in countries}) != 2 or any(m.end > meeting_start for m in countries):
            return None
        first = countries[0]
        second = next(m for m in countries if m.keys[0][1] != first.keys[0][1])
        between = self.text[first.end : second.start]
        # "from Viet Nam and New Zealand", "from X province in Lao PDR and Y province in Thailand".
        if len(between) > 40 or not re.search(r"\band\b", between) or re.search(r"[;:.()]", between):
            return None
        return f"{self.text[first.start : first.end]}-{self.text[second.start : second.end]}"

    LATEST_ROUND = re.compile(
        r"\b(?:latest|newest|most recent|this year[’']?s)\s+(?:round|session|meeting|edition|gathering|instalment)"
        r"\s+of\s+(?:the\s+)?$",
        re.IGNORECASE,
    )

    def latest_round_of_forum(self, main):
        """ "... came to Kuala Lumpur on 14 November for the latest round of the X Dialogues": the report says in
        so many words which series its meeting belongs to. A numbered meeting of another series named before it, in
        a sentence that gives no day ("At the 39th X Conference, members adopted ..."), is the history that led to
        it, not the meeting."""
        ev = self.event
        for m in self.mentions:
            if m.kind != "forum" or not self.LATEST_ROUND.search(self.text[max(0, m.start - 40) : m.start]):
                continue
            slug = m.keys[0][1]
            if slug == ev["forum"]:
                return
            if main and main["sentence"] is not None and not self.dates_in_sentence_other_than(main["sentence"], ""):
                return  # the earlier meeting has a day of its own: leave the choice to the editor
            sentence = self.sentence_of(m.start)
            ev["forum"], ev["number"] = slug, None
            if main and main["sentence"] != sentence:
                ev["title"] = ""
            ev["passages"]["forum"] = self.doc.passage(sentence)
            ev["passages"].pop("title", None)
            self.event_sentence = sentence
            return

    def title_candidates(self):
        """Names of meetings in the text: quoted ones and capitalised phrases ending in a meeting word."""
        found = []
        text = self.text
        for m in QUOTE.finditer(text):
            inner = m.group(1) or m.group(2)
            words = inner.split()
            if (
                2 <= len(words) <= 16
                and any(fold(w.strip(",.")) in lexicon.MEETING_HEADS for w in words)
                and all(
                    w[:1].isupper() or w.lower() in ("of", "on", "the", "for", "and", "against", "in", "to", "at")
                    for w in words
                )
            ):
                found.append(self.candidate(inner, m.start(1) if m.group(1) else m.start(2)))
            elif 2 <= len(words) <= 20 and self.quote_names_meeting(m.start(), words):
                # 'a workshop on "Disrupting Criminal Finance"', 'its yearly conference, under the title "..."': the
                # quotation is the meeting's name, though it holds no meeting word.
                cand = self.candidate(inner, m.start(1) if m.group(1) else m.start(2))
                series = self.series_of_quoted_subject(m.start(), m.end())
                if series:
                    cand["title"] = f"{series} {inner}"
                found.append(cand)
        # "the seventh meeting of the Malaysia-Indonesia Joint Working Group on ...": a numbered meeting of a body
        # named after it, the meeting word in lower case.
        agreements = [m for m in self.mentions if m.kind == "agreement"]
        for m in NUMBERED_MEETING_OF.finditer(text):
            number = ORDINAL_ENDING.search(text, max(0, m.start() - 30), m.start())
            name = re.sub(r"(?:\s+(?:of|on|for|against|in|and|the|to))+$", "", m.group("body"))
            if number and len(name.split()) >= 2:
                cand = self.candidate(text[number.start() : m.start("body") + len(name)], number.start())
                if m.group("called"):
                    cand["title"] = f"{text[number.start() : m.start('called')]}the {name}"
                cand["title"] = cand["title"][:1].upper() + cand["title"][1:]
                found.append(cand)
        tokens = self.doc.tokens
        # "Workshop on Financial Investigations into Trafficking in Persons", "... of Victims from Scam Hubs": "into"
        # and "from" join a subject's words as "on" does.
        connectors = {"of", "on", "the", "for", "and", "against", "in", "to", "at", "among", "into", "from", "between"}
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if not (tok.text[:1].isupper() or ORDINAL.fullmatch(tok.text)):
                i += 1
                continue
            j = i
            last_good = None
            while j < len(tokens) and j - i < 30:  # no name runs longer
                t = tokens[j]
                if j > i:
                    gap = text[tokens[j - 1].end : t.start]
                    # "Senior Officials' Meeting"; "Mae Sot–Myawaddy", "Philippines–Cambodia": an en dash joins two
                    # places or countries in a name as a hyphen does.
                    # "... Exploitation of Children (OSAEC) and Trafficking in Persons": an acronym in brackets
                    # inside the name, where the name runs on over "and" or "on" to more capitalised words.
                    bracketed = (
                        gap == " ("
                        and t.is_upper
                        and (
                            # "... POLICE (PDRM) AND THE ...": a heading in capitals writes its small words so too.
                            re.match(
                                r"\)\s(?:and|on|of|for|against|AND|ON|OF|FOR|AGAINST)\s[A-Z]", text[t.end : t.end + 12]
                            )
                            # "the 9th X-Y Border Liaison Office (BLO) Meeting on ...": the body's acronym before
                            # the meeting word that names its meeting.
                            or MEETING_AFTER_ACRONYM.match(text, t.end)
                        )
                    ) or (
                        gap == ") "
                        and tokens[j - 1].is_upper
                        and text[tokens[j - 1].start - 1] == "("
                        # "POLICE (CAMBODIA) HOLD TALKS": a run that opened inside the brackets ends at them.
                        and j - 1 > i
                    )
                    if gap == ", " and (self.countries_listed_in_name(i, j) or self.subjects_listed_in_name(i, j)):
                        j += 1  # "Meeting of Fiji, Samoa and Tonga Customs on ...": the list's comma is inside
                        continue
                    if gap == ": " and self.subtitle_after_colon(i, j):
                        j += 1  # "Conference on X: Strengthening Regional Partnerships, held ...": its subtitle
                        continue
                    if (gap not in (" ", "-", "–", "’s ", "'s ", "’ ", "' ") and not bracketed) or "\n" in gap:
                        break
                    if gap == "-" and t.text.islower() and tokens[j - 1].text[:1].isupper():
                        j += 1  # "Front-line", "Cross-border": a capitalised compound's second half
                        continue
                if t.folded in lexicon.MONTHS or t.folded in lexicon.WEEKDAYS or t.text.isdigit():
                    # "Bangkok on 27-28 May 2025 for the Regional Consultation": a date ends a name.
                    break
                elif t.text[:1].isupper() or ORDINAL.fullmatch(t.text):
                    last_good = j
                elif (
                    t.folded in TITLE_PARTICIPLES
                    and j + 2 < len(tokens)
                    and tokens[j + 1].folded == "to"
                    and tokens[j + 2].text[:1].isupper()
                ):
                    pass  # "... Trafficking in Persons linked to Online Scam Operations": the subject runs on
                elif t.folded not in connectors:
                    break
                elif t.folded == "between" and not self.bodies_follow(j) and not self.remit_between_countries(i, j):
                    # "... Fraud between the Ministry of X and the Y Department": the two bodies belong to the name;
                    # "... Meeting between the Lao PDR and Thailand" names the countries beside it.
                    break
                j += 1
            if last_good is not None:
                span = tokens[i : last_good + 1]
                heads = [
                    k
                    for k, t in enumerate(span)
                    if t.folded in lexicon.MEETING_HEADS
                    and (
                        k == len(span) - 1
                        # "Cooperation Meeting between the X Police and the Y Police on ...": past "between" only
                        # where bodies follow it (see the scan above).
                        or span[k + 1].folded in ("on", "of", "for", "against", "to", "in", "among", "between")
                    )
                ]
                # "the Ministry of Labour and Vocational Training" is a body, not a meeting, though it ends in one.
                org_name = any(
                    t.folded in lexicon.ORG_STARTS and k + 1 < len(span) and span[k + 1].folded == "of"
                    for k, t in enumerate(span[: heads[-1]] if heads else [])
                ) and not any(span[k].folded in ("meeting", "conference", "workshop", "dialogue") for k in heads)
                # "Viet Nam's National Assembly", "the National People's Congress": a legislature, not a meeting.
                legislature = (
                    bool(heads)
                    and any(t.folded == "national" for t in span[: heads[-1]])
                    and span[heads[-1]].folded in ("assembly", "congress")
                )
                if heads and len(span) >= 2 and not org_name and not legislature:
                    start = span[0].start
                    # "At the 14th ... Meeting", "During the Fifth Dialogue": the preposition that opens the
                    # sentence is no part of the meeting's name.
                    while span and span[0].folded in ("the", "a", "an", "at", "during", "following", "after", "since"):
                        span, heads = span[1:], [k - 1 for k in heads]
                        start = span[0].start if span else start
                    lead = DOCUMENT_LEAD.match(text, span[0].start) if span else None
                    if lead:
                        cut = sum(1 for t in span if t.start < lead.end())
                        if len(span) - cut >= 2 and heads[0] >= cut:
                            span, heads = span[cut:], [k - cut for k in heads]
                    # "... Workshop on Victim Identification in Bangkok": a city at the end is the venue, not the name.
                    # So is "in Vientiane Capital", "in Cebu City": a known city with its place word.
                    for k in range(len(span) - 2, 1, -1):
                        place = fold(text[span[k + 1].start : span[-1].end])
                        if span[k].folded == "in" and (
                            place in self.gaz.cities
                            or (
                                span[-1].folded in ("capital", "city", "municipality", "metropolis")
                                and len(span) - k >= 3
                                and fold(text[span[k + 1].start : span[-2].end]) in self.gaz.cities
                            )
                        ):
                            span = span[:k]
                            break
                    # "... Meeting on Labour Migration at the Riverside Grand Hotel": the venue is no part of the title.
                    at = next(
                        (
                            k
                            for k in range(heads[0] + 1, len(span) - 1)
                            if span[k].folded == "at" and span[k + 1].folded == "the"
                        ),
                        None,
                    )
                    # "Bangkok at the Regional Workshop on ...", "Siem Reap for the ... Meeting": a place that opens
                    # the run is where, not what.
                    lead_at = next(
                        (
                            k
                            for k in range(1, min(heads[0], 4, len(span) - 1))
                            if span[k].folded in ("at", "for", "to") and span[k + 1].folded == "the"
                        ),
                        None,
                    )
                    # "Manado, North Sulawesi for the 3rd Meeting": a province or a country there is a place too,
                    # and so is the region written after its city and a comma.
                    lead_place = text[span[0].start : span[lead_at - 1].end] if lead_at is not None else ""
                    if lead_at is not None and (
                        fold(lead_place) in self.gaz.cities
                        or subdivision_country(lead_place)
                        or self.country_code(lead_place)
                        or self.city_ends(text[max(0, span[0].start - 60) : span[0].start], ",")
                    ):
                        span = span[lead_at + 2 :]
                        heads = [k - lead_at - 2 for k in heads]
                        at = None if at is None else at - lead_at - 2
                    # "represented the Australian Federal Police at the X Dialogue on ...", "co-chaired with the
                    # Deputy Minister of Foreign Affairs of Thailand the Regional Conference on ...": who took part,
                    # then "at the" or a bare "the" after a name the base knows, opens the run; the meeting's name
                    # starts after it.
                    lead_the = (
                        next(
                            (
                                k
                                for k in range(min(heads[0], len(span)) - 1, 0, -1)
                                if span[k].folded == "the"
                                and (
                                    k >= 2
                                    and span[k - 1].folded == "at"
                                    and span[k - 2].folded not in connectors
                                    or any(
                                        m.end == span[k - 1].end and m.kind in ("organization", "country", "person")
                                        for m in self.mentions
                                    )
                                )
                            ),
                            None,
                        )
                        if heads and heads[0] > 1
                        else None
                    )
                    if lead_the is not None and len(span) - lead_the - 1 >= 2:
                        span = span[lead_the + 1 :]
                        heads = [k - lead_the - 1 for k in heads]
                        at = None if at is None else at - lead_the - 1
                    if (
                        at is not None
                        and at >= 2
                        and (
                            span[-1].folded in VENUE_HEADS
                            # "... at the Regional Centre for X (RCX), Johor Bahru": the place's acronym may come
                            # before its city.
                            or re.match(r"^(?:\s*\([A-Z][\w-]*\))?(?:,\s*[A-Z]|\s+in\s+[A-Z])", text[span[-1].end :])
                        )
                    ):
                        span = span[:at]
                    else:
                        at = None
                    # "... Labour Migration along the Mekong River corridor": a route or border named last belongs
                    # to the title, though its last word is in lower case.
                    if span and span[-1] is tokens[last_good] and at is None:
                        tail = TITLE_TAIL.match(text, span[-1].end)
                        if tail:
                            word = tail.lastindex
                            span = [
                                *span,
                                Token(tail.start(word), tail.end(word), tail.group(word), tail.group(word).lower()),
                            ]
                    if span and len(span) >= 2:
                        end = span[-1].end
                        # "... on the Implementation of the ASEAN Convention against Trafficking in Persons, Especially
                        # Women and Children": an agreement's name the title ends in runs on past its comma.
                        for m in agreements:
                            if span[0].start <= m.start < end < m.end:
                                end = m.end
                        end = self.past_listed_countries(span, end)
                        end = self.past_bracketed_countries(end)
                        phrase = text[span[0].start : end]
                        if (
                            not self.is_just_a_forum_short(phrase)
                            and not self.mid_capitals_line(span[0].start)
                            and not self.tail_of_a_body(span[0].start, end)
                        ):
                            found.append(self.candidate(phrase, span[0].start))
                i = (last_good + 1) if last_good is not None and last_good >= i else i + 1
            else:
                i += 1
        found.sort(key=lambda c: c["start"])
        # The headline (a short first line) names the meeting as well as any sentence does.
        seen, unique = {}, []
        for c in found:
            if c["title"] not in seen:
                seen[c["title"]] = len(unique)
                unique.append(c)
            elif unique[seen[c["title"]]]["future"] and not c["future"]:
                # "We reported that the X Dialogue would meet in A. This was incorrect. ... The X Dialogue, hosted
                # by ...": a name first met in words about another occasion (or an error) stands for the meeting
                # where the report tells of it again as its own.
                unique[seen[c["title"]]] = c
        unique.sort(key=lambda c: c["start"])
        return unique

    def tail_of_a_body(self, start, end):
        """True when the phrase from start to end is the last items of a body's name after its comma, which the
        body's acronym in brackets right after it spells from the words before the comma: "Office of Overseas
        Prosecutorial Development, Assistance and Training (OPDAT)" is an office, and "Assistance and Training" no
        meeting of its own. "the Workshop on Evidence (WE)" is spelt by its own words."""
        acronym = BRACKETED_ACRONYM.match(self.text, end)
        lead = re.search(
            r"((?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|on|and|the)[ \t]+)*){1,8}[A-Z][\w’'-]*),[ \t]+$",
            self.text[max(0, start - 120) : start],
        )
        if not acronym or not lead:
            return False
        words = re.split(r"[\s–-]+", self.text[start:end])
        before = re.split(r"[\s–-]+", lead.group(1))
        return not spells(acronym.group(1), words) and any(
            spells(acronym.group(1), before[k:] + words) for k in range(len(before))
        )

    def mid_capitals_line(self, start):
        """True when start falls inside a line written wholly in capitals, after words that do not lead into a
        meeting's name: in "AN GIANG POLICE AND TAKEO POLICE (CAMBODIA) HOLD TALKS ON ..." every word is capitalised,
        so a run that starts after the subject ("HOLD TALKS ON ...") is a piece of the headline, not a name. After
        "AT THE", "OF THE" or at the line's start a name may begin."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", start)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        before = self.text[line_start:start]
        return (
            any(c.isalpha() for c in line)
            and not any(c.islower() for c in line)
            and bool(before.strip())
            and not re.search(r"\b(?:AT|OF|FOR|IN|DURING|TO|OPENS?|CLOSES?|HOSTS?|HOLDS?)(?:\s+THE)?\s+$", before)
        )

    def city_ends(self, before, mark):
        """True when before ends in a known city and then mark ("Manado, "): what follows is that city's region."""
        m = re.search(rf"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}}){re.escape(mark)}[ \t]*$", before)
        return bool(m) and fold(m.group(1)) in self.gaz.cities

    # The small words a title in quotation marks may hold in lower case.
    TITLE_SMALL_WORDS = set(
        "of on the for and against in to at a an from into with by through beyond across after".split()
    )

    def side_event_named(self, cand):
        """True when the writer introduces the candidate as a side event: "our side event, "X"", "a parallel
        session on the margins, the X Roundtable"."""
        s = self.doc.sentences[cand["sentence"]][0] if cand["sentence"] is not None else 0
        before = self.text[max(s, cand["start"] - 40) : cand["start"]]
        return bool(re.search(rf"\b{SIDE_EVENT}s?\b[^.;]{{0,12}}$", before, re.IGNORECASE))

    def quote_names_meeting(self, quote_start, words):
        """True when a quotation in title case is the name a meeting word before it gives the meeting: "a workshop
        on "X"", "a seminar entitled "X"", "the conference, this year under the title "X"". A theme ("under the
        theme "X"") is a motto, not a name; a quotation in sentence case is speech."""
        if not words[0][:1].isupper() or not all(
            w[:1].isupper() or w[:1].isdigit() or fold(w.strip(",.:")) in self.TITLE_SMALL_WORDS for w in words
        ):
            return False
        if re.search(r"[.!?]$", words[-1]):
            return False  # a sentence quoted
        s, _e = self.sentence_span(quote_start)
        before = self.text[max(s, quote_start - 90) : quote_start]
        heads = MEETING_HEAD_WORDS
        return bool(
            re.search(rf"\b(?:{heads})s?\s+on\s*$", before, re.IGNORECASE)
            # "Our side event, "X", was co-organised by ...": the name in apposition to the meeting word.
            or re.search(rf"\b(?:{heads}|{SIDE_EVENT})s?\s*,\s*$", before, re.IGNORECASE)
            or re.search(
                rf"\b(?:{heads})s?\b[^.;:\"“”]{{0,60}}?\b(?:titled|entitled|called|named|"
                r"under the (?:title|name)|with the title|by the (?:title|name))\s*$",
                before,
                re.IGNORECASE,
            )
        )

    SERIES_OF_KIND = re.compile(
        r"[\"”’']?,?\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|\w+th|last|latest|\d+(?:st|nd|rd|th))\s+"
        r"(?:in|of)\s+(?:this\s+year[’']?s\s+|the\s+|a\s+)?series\s+of\s+(?:\w+\s+){0,2}?"
        r"(?P<name>(?:[A-Z][\w-]*\s+){1,4})(?P<kind>[A-Z][a-z]+)s\b"
    )

    def series_of_quoted_subject(self, quote_start, quote_end):
        """ "a one-day virtual dialogue on "X", the third in this year's series of thematic Y Dialogues": the
        quotation is the subject of one dialogue of a series the report names after it; an editor's title is the
        series' name and the subject, "Y Dialogue on X". Only where the series' kind is the word the meeting is
        called before the quotation ("dialogue ... Dialogues"); "a workshop on "X", the third in a series of Y
        Dialogues" keeps the quotation alone."""
        series = self.SERIES_OF_KIND.match(self.text, quote_end - 1)
        if not series:
            series = self.SERIES_OF_KIND.match(self.text, quote_end)
        if not series:
            return None
        kind = series.group("kind")
        s, _e = self.sentence_span(quote_start)
        before = self.text[max(s, quote_start - 60) : quote_start]
        if not re.search(rf"\b{kind.lower()}\s+on\s*$", before):
            return None
        return f"{series.group('name').strip()} {kind} on"

    def remit_between_countries(self, i, k):
        """True when "between" at token k closes the remit of a meeting's name that runs from token i, and two
        countries joined by "and" follow: "Annual Meeting on Cooperation against Smuggling between Fiji and Samoa"
        (the cooperation is theirs, and the name says so). Right after the head word ("Meeting between the Lao PDR
        and Thailand") the countries stand beside the name, as before."""
        tokens = self.doc.tokens
        if k < i + 3 or tokens[k - 1].folded in lexicon.MEETING_HEADS:
            return False
        head = next(
            (
                h
                for h in range(i, k - 1)
                if tokens[h].folded in lexicon.MEETING_HEADS and tokens[h + 1].folded in ("on", "to", "for", "against")
            ),
            None,
        )
        # Only a remit of joint work has parties ("Cooperation ... between A and B"); in "Meeting on Border Crime
        # between A and B" the countries are the meeting's, beside its name.
        if head is None or not any(t.folded in JOINT_WORK for t in tokens[head + 1 : k]):
            return False
        countries = [m for m in self.mentions if m.kind == "country" and m.start > tokens[k].end]
        if len(countries) < 2:
            return False
        first, second = countries[0], countries[1]
        return bool(
            re.fullmatch(r"\s+(?:the\s+)?", self.text[tokens[k].end : first.start])
            and re.fullmatch(r"\s+and\s+(?:the\s+)?", self.text[first.end : second.start])
        )

    def bodies_follow(self, k):
        """True when the token after k begins "the <Body> ..." whose capitalised words hold a body's head word, or
        "<Body> ..." with no article: "between Riverside Provincial Police and ...", where a body's name is written
        bare as a title writes it."""
        tokens = self.doc.tokens
        first = k + 2 if k + 1 < len(tokens) and tokens[k + 1].folded == "the" else k + 1
        if first >= len(tokens):
            return False
        for t in tokens[first : first + 6]:
            if not t.text[:1].isupper():
                return False
            if t.folded in lexicon.ORG_HEADS or t.folded in lexicon.ORG_STARTS:
                return True
        return False

    def countries_listed_in_name(self, i, j):
        """True when the comma before token j lies inside a list of countries that a meeting's name, begun at
        token i, gives after "of", "among" or "between" right behind its head word: "Tripartite Meeting of Fiji,
        Samoa and Tonga Customs on Border Crime". Every item of the list up to its "and" must be a country, so a
        comma that closes a name ("Meeting of Officials, Bangkok") still ends it."""
        tokens, text = self.doc.tokens, self.text
        comma = tokens[j - 1].end
        countries = [m for m in self.mentions if m.kind in ("country", "demonym")]
        first = next((m for m in countries if m.end == comma), None)
        if first is None:
            return False
        # Walk back over earlier items of the list to the word that opens it.
        opener = first
        while True:
            prev = next((m for m in countries if re.fullmatch(r",[ \t]*", text[m.end : opener.start])), None)
            if prev is None:
                break
            opener = prev
        before = re.search(r"(\w+)[ \t]+(of|among|between)[ \t]+(?:the[ \t]+)?$", text[tokens[i].start : opener.start])
        if not before or fold(before.group(1)) not in lexicon.MEETING_HEADS:
            return False
        # The rest of the list: more countries after commas, then "and" and a last country.
        pos = comma
        while True:
            nxt = next((m for m in countries if m.start > pos), None)
            if nxt is None:
                return False
            gap = text[pos : nxt.start]
            if re.fullmatch(r",?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?", gap):
                return True
            if not re.fullmatch(r",[ \t]*(?:the[ \t]+)?", gap):
                return False
            pos = nxt.end

    def subjects_listed_in_name(self, i, j):
        """True when the comma before token j lies inside a list of subjects that a meeting's name, begun at token i,
        gives after "on", "against" or "for" behind its head word: "Joint Workshop on Border Management, People
        Smuggling and Trafficking in Persons". The items after the comma must be capitalised words that close on
        "and" and one more capitalised word, and none may be a place, a country or a body the base knows: "At the
        Workshop on Border Management, Fiji and Samoa agreed ..." names the parties after the comma."""
        tokens, text = self.doc.tokens, self.text
        if not subject_after_head(tokens[i:j]):
            return False
        comma = tokens[j - 1].end
        word = r"[A-Z][\w’'-]*"
        # A heading in capitals ("ON PEOPLE SMUGGLING, TRAFFICKING IN PERSONS AND RELATED ...") writes "and" so too.
        item = rf"{word}(?:[ \t]+(?:(?:of|in|on|and|to)[ \t]+)?{word}){{0,4}}"
        listed = re.match(rf",[ \t]+((?:{item},[ \t]+){{0,3}}{item}),?[ \t]+(?:and|AND|&)[ \t]+({word})", text[comma:])
        if not listed:
            return False
        a, b = comma + listed.start(1), comma + listed.end(2)
        if any(a <= m.start < b for m in self.matches):
            return False  # a country, a town, a body or a person the base knows: the name ended at the comma
        return not any(self.country_code(x) for x in re.split(r",[ \t]+", listed.group(1)))

    # After a subtitle, the sentence goes on about the meeting: where, when, by whom it was held.
    AFTER_SUBTITLE = re.compile(
        r",?[ \t]+(?:held|organi[sz]ed|co-organi[sz]ed|hosted|convened|conducted|at|in|which|that|this|last|over|"
        r"during)\b|,?[ \t]+(?:from|on)[ \t]+(?=\d|[A-Z][a-z]+(?:day)?[ \t]+\d)|[ \t]*\((?=[A-Z][\w-]*\))"
    )

    def subtitle_after_colon(self, i, j):
        """True when the colon before token j opens the subtitle of a meeting's name begun at token i, which gives a
        subject after its head word: "Regional Workshop on Combating People Smuggling: Joint Investigations and
        Financial Profiling, held from ...". The subtitle is in title case, two words or more, names no person,
        place or body the base knows, and the sentence goes on after it about the meeting in lower case ("held",
        "at the"), so a heading's "Workshop on X: Police Chiefs Vow Action" at the end of its line, or "At the
        Workshop on X: Judge Y said ...", is not read as one."""
        tokens, text = self.doc.tokens, self.text
        if not subject_after_head(tokens[i:j]):
            return False
        colon = tokens[j - 1].end
        word = r"[A-Z][\w’'-]*"
        small = r"(?:of|in|on|and|to|for|the|a|an|against|with|through|from|into|towards|beyond)"
        sub = re.match(
            rf":[ \t]+({word}(?:(?:,?[ \t]+|[ \t]+{small}[ \t]+(?:{small}[ \t]+)*){word}){{1,8}})", text[colon:]
        )
        if not sub or not self.AFTER_SUBTITLE.match(text, colon + sub.end()):
            return False
        a, b = colon + sub.start(1), colon + sub.end(1)
        if any(
            w.lower() in lexicon.RANKS or w.lower() in lexicon.HONORIFICS or fold(w) in lexicon.POST_WORDS
            for w in sub.group(1).split()
        ):
            return False  # "At the Workshop on X: Judge Y from Kenya said ...": a speaker after the colon
        return not any(a <= m.start < b for m in self.matches)

    def past_bracketed_countries(self, end):
        """ "... Coordination Meeting on Border Crime (Fiji – Samoa – Tonga)": the countries a meeting is among,
        in brackets right after its name and nothing else, belong to the name as the writer gives it. An acronym
        or a city in brackets does not."""
        inner = re.match(r"[ \t]*\(([^()\n]{3,120})\)", self.text[end:])
        if not inner:
            return end
        a, b = end + inner.start(1), end + inner.end(1)
        countries = [m for m in self.mentions if m.kind == "country" and a <= m.start and m.end <= b]
        if len(countries) < 2:
            return end
        rest = self.text[a:b]
        for m in reversed(countries):
            rest = rest[: m.start - a] + "C" + rest[m.end - a :]
        if not re.fullmatch(r"\s*C(?:\s*(?:[–—/,-]|and|&)\s*C)+\s*", rest):
            return end
        return end + inner.end()

    def past_listed_countries(self, span, end):
        """ "... Meeting on Trafficking in Persons among Indonesia, Malaysia and the Philippines": a title that names
        the countries among or between which the meeting is runs on over the rest of their list, past its commas,
        where every item of the list is a country."""
        if (
            len(span) < 3
            or span[-2].folded not in ("among", "between", "the")
            or not any(t.folded in ("among", "between") for t in span[-3:-1])
        ):
            return end
        if not any(m.kind in ("country", "demonym") and m.end == end for m in self.mentions):
            return end
        item = r"(?:[Tt]he[ \t]+|THE[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}?"
        more = re.match(rf"((?:,[ \t]*{item})*),?[ \t]+(?:and|AND)[ \t]+({item})(?![ \t]+[A-Z])", self.text[end:])
        if not more:
            return end
        items = [more.group(2)] + [x for x in re.split(r",[ \t]*", more.group(1)) if x.strip()]
        stop = end + more.end()
        countries = [m for m in self.mentions if m.kind in ("country", "demonym") and end < m.start and m.end <= stop]
        return stop if len(countries) == len(items) and countries[-1].end == stop else end

    @staticmethod
    def spelt_out(longer, shorter):
        """True when `longer` is the same meeting's name as `shorter` with its first words spelt out: a heading's
        "PH–KH Bilateral Technical Meeting on ..." is the "Philippines–Cambodia Bilateral Technical Meeting on ..."
        of the first sentence, the name an editor enters."""
        if len(longer) <= len(shorter):
            return False
        a, b = fold(longer).split(), fold(shorter).split()
        head = next((k for k, w in enumerate(b) if w in lexicon.MEETING_HEADS), None)
        if head is None or head == 0 or len(longer) <= len(shorter):
            return False
        tail = b[head - 1 :] if head > 1 else b[head:]
        return len(a) > len(tail) and a[-len(tail) :] == tail and a[: -len(tail)] != b[: -len(tail)]

    def forum_in_title(self, title):
        """The forum whose name's words the meeting's title carries in order, starting with its first:
        "ASEANAPOL Virtual Dialogue on ..." is one of the "ASEANAPOL Dialogues"."""
        words = [fold(w) for w in re.findall(r"[^\W_]+", title)]
        if not words:
            return None
        found = []
        for entry in self.gaz.index.get(words[0], []):
            if entry.kind != "forum" or len(entry.tokens) < 2:
                continue
            wanted = [*entry.tokens[:-1], entry.tokens[-1].rstrip("s")]
            if wanted[-1] not in lexicon.MEETING_HEADS:
                continue
            k = 0
            for w in words:
                if k < len(wanted) and (w == wanted[k] or w.rstrip("s") == wanted[k]):
                    k += 1
            if k == len(wanted) and entry.key not in found:
                found.append(entry.key)
        return found[0] if len(found) == 1 else None

    def own_subject(self, title):
        """True when a title that names its forum also gives the meeting's own subject, in words the forum's name
        lacks: "ASEANAPOL Dialogue on Trafficking in Persons for Forced Criminality" is one meeting of the
        "ASEANAPOL Dialogues", and its title says which."""
        subject = re.search(r"\s(?i:on|for|against|into)\s+(?=[A-Z])", title)
        if not subject:
            return False
        named = {m.keys[0][1] for m in gz.find(self.gaz, Document(title)) if m.kind == "forum"}
        forum_words = {fold(w) for slug in named for w in re.findall(r"[^\W_]+", self.gaz.forums[slug]["name"])}
        own = {fold(w) for w in re.findall(r"[^\W_]+", title[subject.end() :])} - self.PROSE_FILLER
        return bool(own - forum_words)

    def names_forum(self, phrase, forum):
        return any(m.kind == "forum" and m.keys[0][1] == forum for m in gz.find(self.gaz, Document(phrase)))

    def is_just_a_forum_short(self, phrase):
        return len(phrase.split()) < 2

    # Verbs that report what a meeting decided: "agreed", "pledged", "signed".
    OUTCOME_VERBS = re.compile(
        r"\b(?:agreed?|agreeing|pledged?|vowed?|committed|resolved|decided|signed|adopted|endorsed|announced|"
        r"undertook|reaffirmed|concluded|launched|approved)\b",
        re.IGNORECASE,
    )

    def outcome_of(self, before):
        """True when the words before "following"/"after" a meeting's name tell what that meeting produced: "The two
        forces have agreed to widen joint patrols, following the fourth meeting of the X Task Force" reports the
        meeting, where "The consultation follows the 44th X Conference" places another meeting before it. The
        preposition, not the verb "follows", after an outcome verb and no meeting word of its own."""
        lead = re.search(r"\b(?:following|after)\W+(?:\w+\W+){0,3}$", before, re.IGNORECASE)
        if not lead:
            return False
        clause = before[: lead.start()]
        heads = MEETING_HEAD_WORDS
        return bool(self.OUTCOME_VERBS.search(clause)) and not re.search(rf"\b(?:{heads})s?\b", clause, re.IGNORECASE)

    def candidate(self, phrase, start):
        # "ASEANAPOL Dialogue on ...⏎Kuala Lumpur, Malaysia, 3-4 September": a heading ends at its line; the place line
        # under it is no part of the name.
        line_break = self.original.rfind("\n", start, start + len(phrase))
        if line_break > start and any(
            m.start == line_break + 1 and m.kind in ("city", "country") for m in self.matches
        ):
            phrase = self.text[start:line_break].rstrip()
        sentence = self.sentence_of(start)
        s, e = self.sentence_span(start)
        sentence_text = self.text[s:e]
        before = self.text[s:start]
        future = bool(
            re.search(
                r"\b(?:upcoming|next|forthcoming|to host|will host|plan to|intention to)\W+(?:\w+\W+){0,3}$",
                before,
                re.IGNORECASE,
            )
        ) or (bool(FUTURE.search(sentence_text)) and not HELD.search(sentence_text))
        future = future or self.background(sentence)
        # "At last year's SOMTC, ...", "The ASEANAPOL Conference, held every year since 1981, ...", "During the 44th
        # ... Conference in 2024, ...": a meeting named as history, or set in another year with no day of its own, is
        # another occasion than the one reported.
        future = future or self.other_occasion(sentence, before, start + len(phrase))
        # "The consultation follows the 44th ASEANAPOL Conference held ... last year": an earlier meeting, named to
        # place this one, is not the one reported (flagged like a later one).
        after = self.text[start + len(phrase) : e]
        future = (
            future
            or bool(
                re.search(
                    # "met on the sidelines of the 46th ASEANAPOL Conference": the conference is the occasion, not the
                    # meeting reported.
                    r"\b(?:follows|followed|following|after|ahead of|in preparation for|preceding|prior to|"
                    r"on the (?:sidelines|sideline|margins|margin) of|back[- ]to[- ]back with|in conjunction with)"
                    r"\W+(?:\w+\W+){0,3}$",
                    before,
                    re.IGNORECASE,
                )
                and not self.outcome_of(before)
                or sentence > 1
                and (
                    re.match(r"^[^.;]{0,60}?\b(?:last year|earlier this year|in (?:19|20)\d\d)\b", after)
                    # "... the conclusions of the X Dialogue held in December 2024": an earlier year's meeting.
                    or self.set_in_a_past_year(after[:80])
                )
                and self.dates_in_sentence_other_than(sentence, phrase)
                # "At the 14th ... Meeting in Bangkok last year, ...", "the 23rd ... was held in 2023": even the
                # report's first sentences may open on an earlier meeting, set in a past year and given no day.
                or sentence <= 1
                and self.set_in_a_past_year(after[:80])
                and self.dates_in_sentence_other_than(sentence, phrase)
            )
        )
        number, number_before = None, False
        words = phrase.split()
        om = ORDINAL.fullmatch(words[0]) if words else None
        title = phrase.strip(" ,.;:")
        if om:
            number = int(om.group(1))
        elif words and fold(" ".join(words[:2])) in lexicon.ORDINAL_WORDS:
            number = lexicon.ORDINAL_WORDS[fold(" ".join(words[:2]))]  # "the Twenty Fifth ..."
        elif words and fold(words[0]) in lexicon.ORDINAL_WORDS:
            number = lexicon.ORDINAL_WORDS[fold(words[0])]  # "the Fifth ASEAN-Japan Ministerial Dialogue"
        else:
            before_words = re.search(r"\b(\d{1,3})(?:st|nd|rd|th)\s+$", before)
            # "INTERPOL's second Regional Operational Meeting on X", "its third Annual Dialogue": an ordinal in
            # lower case after an article or a possessive numbers the meeting named after it.
            before_word = re.search(
                rf"(?:\b(?:the|its|their|this\s+year[’']s)|[’']s)\s+({ORDINAL_WORD})\s+$", before, re.IGNORECASE
            )
            if before_words:
                number = int(before_words.group(1))
            elif before_word and before_word.group(1).islower():
                number = lexicon.ORDINAL_WORDS.get(fold(re.sub(r"\s+", " ", before_word.group(1))))
                number_before = number is not None
                if number_before and number > 1 and re.match(r"the\b", before_word.group(0), re.IGNORECASE):
                    # "convened the third Regional Judicial Dialogue": after the article the ordinal is the
                    # meeting's own, as in "the Third ..."; "its second ..." counts the body's meetings instead, and
                    # "the first ..." tells of an inaugural meeting, which no series numbers yet.
                    title, number_before = f"{ordinal(number)} {title}", False
        # A forum named inside the phrase, or a short form next to its convener.
        forum, group_of_forum = None, False
        for m in self.mentions:
            if (
                m.kind == "forum"
                and m.start >= start - 1
                and m.start <= start + len(phrase) + 40
                and self.sentence_of(m.start) == sentence
            ):
                if GROUP_OF_FORUM.match(self.text, m.end):
                    # "the 21st Meeting of the X Senior Officials Meeting (XSOM) Working Group on Y": the number
                    # counts the meetings of a group under the forum, not the forum's own.
                    group_of_forum = True
                    continue
                forum = m.keys[0][1]
                break
        if forum and number is None:
            fm = next(
                m
                for m in self.mentions
                if m.kind == "forum" and m.keys[0][1] == forum and self.sentence_of(m.start) == sentence
            )
            number = ordinal_before(self.text[max(s, start - 40) : fm.start], r"(?:\w+\s+){0,2}")
        return {
            "title": title,
            "start": start,
            "sentence": sentence,
            "future": future,
            "forum": forum,
            "group_of_forum": group_of_forum,
            "number": number,
            "number_before": number_before,
        }

    def set_in_a_past_year(self, after):
        """True when the words after a meeting's name, in its clause, set it in a year before the report's:
        "in Bangkok last year", "held in 2023", "the year before"."""
        clause = re.match(r"^[^.;:]{0,80}", after).group()
        if re.search(r"\b(?:last year|the (?:previous|prior) year|the year before|a year (?:ago|earlier))\b", clause):
            return True
        # "held in December 2024", "in late 2023": a month or a part of the year may stand before the year.
        return self.published_on is not None and any(
            int(y) < self.published_on.year for y in re.findall(IN_A_YEAR, clause, re.IGNORECASE)
        )

    def other_occasion(self, sentence, before, end=None):
        """True when a meeting named after `before` in the sentence is history or another year's: "At last year's
        SOMTC", "The ASEANAPOL Conference, held every year since 1981, ...", "During the 44th ... in 2024"."""
        if sentence < 1:
            return False
        if re.search(r"\b(?:last|previous|past)\s+(?:year|month|week)[’']?s?\s+(?:\w+\s+){0,2}$", before, re.I):
            return True
        sentence_text = self.doc.passage(sentence)
        if end is not None:
            sentence_text = self.without_other_nouns_clauses(sentence, end)
        return self.dates_in_sentence_other_than(sentence, "") and bool(
            HISTORY.search(sentence_text) or self.names_another_year(sentence_text)
        )

    # ", a process the six governments launched in 2004", ", which was founded in 1999": a clause set off by a
    # comma that describes the noun before it.
    DESCRIBING_CLAUSE = re.compile(r",\s+(?:which|whose|a|an)\s[^,;]*", re.IGNORECASE)

    def without_other_nouns_clauses(self, sentence, end):
        """The sentence without the clauses that describe another noun than the meeting named up to `end`: "The
        16th ... Meeting, held at the X Hotel, brought together delegations under the Y Initiative, a process the six
        governments launched in 2004" is not set in 2004; the year is the initiative's. A clause right after the
        meeting's name (or its bracketed short name), or one whose noun is a meeting word ("..., a gathering held
        in 2019"), still describes the meeting."""
        s, e = self.doc.sentences[sentence]
        text = self.text[s:e]
        own = re.match(r"\s*(?:\([^)]{1,30}\))?", self.text[end:e])
        own_end = end - s + (own.end() if own else 0)
        kept, last = [], 0
        for m in self.DESCRIBING_CLAUSE.finditer(text):
            lead = re.findall(r"[\w-]+", m.group())[1:4]
            if m.start() <= own_end or any(fold(w).rstrip("s") in lexicon.MEETING_HEADS for w in lead):
                continue
            kept.append(text[last : m.start()])
            last = m.end()
        kept.append(text[last:])
        return "".join(kept)

    def names_another_year(self, sentence_text):
        """True when a sentence is set in a year other than the report's ("in 2024", "since 1981")."""
        if self.published_on is None:
            return False
        return any(
            int(y) != self.published_on.year
            for y in re.findall(r"\b(?:in|since|during|of)\s+((?:19|20)\d\d)\b", sentence_text)
        )

    def missing_from_part(self, lead, members, start):
        """For "groups came from five of the six COMMIT countries. No organisation from China was able to take part":
        the members that stayed away, named in the sentence or the next. An empty set when the whole group came; None
        when only part of it came and the report does not name the rest."""
        part = re.search(r"\b(\d{1,2}|[a-z]+)\s+of\s+$", lead, re.IGNORECASE)
        word = part.group(1).lower() if part else ""
        came = int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word)
        if not came or came < 0:
            return set()
        index = self.sentence_of(start)
        s = self.doc.sentences[index][0]
        e = self.doc.sentences[min(index + 1, len(self.doc.sentences) - 1)][1]
        missing = set()
        for m in self.mentions:
            if not (s <= m.start < e and m.kind == "country" and m.keys[0][1] in members):
                continue
            # "No organisation from China ...", "none of the delegates of Laos ...", "China did not send anyone"
            denied = re.search(
                r"\b(?:no|none\s+of\s+the)\s+(?:[\w-]+\s+){0,3}(?:from|of|in)\s+(?:the\s+)?$",
                self.text[max(s, m.start - 60) : m.start],
                re.IGNORECASE,
            )
            if (
                denied
                or self.absent(m)
                or re.match(r"^\s*(?:was|were)\s+(?:not|absent|unable)\b", self.text[m.end : e])
            ):
                missing.add(m.keys[0][1])
        return missing if len(members) - len(missing) == came else None

    def group_elsewhere(self, start):
        """True when a member group is named for another occasion than the meeting: in background, in another year,
        or beside another numbered meeting ("commitments made by the six member countries at the 15th SOM")."""
        index = self.sentence_of(start)
        if index == self.event_sentence:
            return False
        if self.about_another_meeting(start) or self.other_year(start):
            return True
        s, e = self.doc.sentences[index]
        for m in self.mentions:
            if m.kind != "forum" or not s <= m.start < e:
                continue
            number = ordinal_before(self.text[max(s, m.start - 40) : m.start], r"(?:\w+\s+){0,2}")
            if number and (m.keys[0][1] != self.event["forum"] or number != self.event["number"]):
                return True
            if re.search(
                r"\b(?:last|next|previous|past)\s+(?:year[’']?s?\s+)?$", self.text[max(s, m.start - 25) : m.start]
            ):
                return True  # "At last year's SOMTC, the ten member countries ..."
        return not self.about_meeting(index) and not GROUP_ATTEND.search(self.text[s:start])

    def dates_in_sentence_other_than(self, sentence, phrase):
        # "the 44th Conference held in Kuala Lumpur last year" when the sentence gives no day of its own for it.
        s, e = self.doc.sentences[sentence]
        # The dateline's day ("PHNOM PENH, Nov 20 -- At the 14th ... last year") is the report's, not the meeting's.
        dateline = self.dateline.start if self.dateline is not None else None
        return not any(s <= d.start < e and d.precision == "day" and d.start != dateline for d in self.dates)

    def forum_of_meeting(self, main=None):
        """The forum the report's meeting belongs to: the first forum named where the meeting is said to be held.

        When the report names its meeting otherwise ("the Fifth ASEAN-Japan Ministerial Dialogue"), a forum named
        beside it ("back to back with the 19th AMMTC") is another meeting's.
        """
        for m in self.mentions:
            if m.kind != "forum":
                continue
            sentence = self.sentence_of(m.start)
            s, e = self.doc.sentences[sentence]
            stext = self.text[s:e]
            before = self.text[s : m.start]
            if re.search(
                r"\b(?:upcoming|next|forthcoming|for endorsement|sent to|to the|back to back with|on the sidelines of|"
                r"ahead of|alongside|following|follows|followed|in conjunction with|prior to|after|before|preceding|"
                r"at the)"
                r"\W+(?:\w+\W+){0,3}$",
                before,
                re.IGNORECASE,
            ):
                continue
            if main is not None and not (main["start"] <= m.start <= main["start"] + len(main["title"]) + 40):
                continue
            if self.background(sentence) or self.other_occasion(sentence, before, m.end):
                continue
            if sentence > 1 and (
                re.match(r"^[^.;]{0,60}?\b(?:last year|earlier this year)\b", self.text[m.end : e])
                or self.set_in_a_past_year(self.text[m.end : m.end + 80])
                and self.dates_in_sentence_other_than(sentence, "")
            ):
                continue  # "the 44th ASEANAPOL Conference held in Kuala Lumpur last year", "the 14th SOM in May 2020"
            if (
                sentence <= 1
                and self.set_in_a_past_year(self.text[m.end : e])
                and self.dates_in_sentence_other_than(sentence, "")
            ):
                continue  # "the 23rd SOMTC, held in 2023 in Bali, ..." opening the report as background
            number = ordinal_before(before, r"(?:\w+\W+){0,2}")
            if HELD.search(stext) or sentence <= 1 or self.event_sentence == sentence:
                return m.keys[0][1], number, sentence
        return None, None, None

    PROSE_FILLER = {"of", "on", "the", "and", "against", "in", "for", "to", "s"}

    def forum_words(self, slug):
        """The words that tell a forum from its convener's other series: "COMMIT Senior Officials Meeting" gives
        senior, officials ("meeting" and the convener's own name say nothing about which series)."""
        forum = self.gaz.forums[slug]
        convener = self.gaz.organizations.get(forum["convened_by"]) or {}
        own = set()
        for name in filter(None, [convener.get("acronym"), convener.get("name")]):
            own |= {fold(w) for w in re.findall(r"[^\W_]+", name)}
        return [
            w
            for w in (fold(w) for w in re.findall(r"[^\W_]+", forum["name"]))
            if w not in own and w not in self.PROSE_FILLER and w not in lexicon.MEETING_HEADS
        ]

    def forum_in_prose(self, main):
        """A numbered meeting described in words next to its convener: "the 17th gathering of senior officials
        under the Coordinated Mekong Ministerial Initiative against Trafficking, or COMMIT" is the 17th meeting of
        the forum that body convenes whose own words (senior, officials) the description carries."""
        scope = [i for i in (self.event_sentence, 0, 1) if i is not None and i < len(self.doc.sentences)]
        conveners = {}
        for m in self.mentions:
            if m.kind == "organization" and len(m.keys) == 1 and self.sentence_of(m.start) in scope:
                conveners.setdefault(m.keys[0][1], []).append(m)
        if not conveners:
            return
        ordinal_words = ORDINAL_WORD
        for sentence in dict.fromkeys(scope):
            s, e = self.doc.sentences[sentence]
            for om in re.finditer(rf"\b(?:(\d{{1,3}})(?:st|nd|rd|th)|({ordinal_words}))\b", self.text[s:e], re.I):
                number = int(om.group(1)) if om.group(1) else lexicon.ORDINAL_WORDS[" ".join(fold(om.group(2)).split())]
                if main and main.get("number") and main["number"] != number:
                    continue
                if FUTURE.search(self.text[s:e]) and not HELD.search(self.text[s:e]):
                    break
                fitting = []
                for slug, forum in self.gaz.forums.items():
                    wanted = self.forum_words(slug)
                    if not wanted:
                        # "ASEANAPOL Conference": the convener's name and a meeting word only, so the ordinal must
                        # be that word's ("the 46th Conference of ASEAN Chiefs of Police (ASEANAPOL)").
                        head = fold(forum["name"]).split()[-1].rstrip("s")
                        after_ordinal = re.match(r"\s+([^\W_]+)", self.text[s + om.end() : e])
                        if not after_ordinal or fold(after_ordinal.group(1)).rstrip("s") != head:
                            continue
                        wanted = [head]
                    for c in conveners.get(forum["convened_by"], []):
                        if self.sentence_of(c.start) != sentence:
                            continue
                        # The description and the convener's name lie close together, in either order ("the 17th
                        # gathering of senior officials under COMMIT", "senior officials of COMMIT held their 19th
                        # meeting"), within one clause.
                        lo, hi = min(s + om.start(), c.start), max(s + om.end(), c.end)
                        if len(re.findall(r"[^\W_]+", self.text[lo:hi])) > 16 or ";" in self.text[lo:hi]:
                            continue
                        before = re.split(r"[,;:(]", self.text[max(s, lo - 60) : lo])[-1]
                        after = re.split(r"[,;:)]|\bwas\b|\bwere\b", self.text[hi : min(e, hi + 80)])[0]
                        words = {
                            fold(w).rstrip("s")
                            for w in re.findall(r"[^\W_]+", before + " " + self.text[lo:hi] + " " + after)
                        }
                        if all(w.rstrip("s") in words for w in wanted):
                            fitting.append(slug)
                            break
                if len(fitting) == 1:
                    self.event["forum"] = fitting[0]
                    self.event["number"] = self.event["number"] or number
                    self.event["passages"].setdefault("forum", self.doc.passage(sentence))
                    if self.event_sentence is None:
                        self.event_sentence = sentence
                    return

    # Kinds of meeting specific enough to tell a forum's series by ("a dialogue organised by the X Secretariat").
    SERIES_WORDS = ("dialogue", "conference", "workshop", "forum", "summit", "consultation", "retreat", "seminar")

    NUMBER_IN_APPOSITION = re.compile(
        rf"^(?:\s*\([^()]{{1,80}}\))?\s*,\s*(?:being\s+|as\s+)?(?:the|its)\s+"
        rf"(?:(?P<digits>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{ORDINAL_WORD}))\s+"
        r"(?:such\s+)?(?:meeting|session|round|edition|gathering|instalment|installment|iteration|one)s?\b",
        re.IGNORECASE,
    )

    TIMES_HELD = re.compile(
        rf"^\W*(?:it|this|this year)\s+(?:is|was|marks|marked)\s+the\s+"
        rf"(?:(?P<digits>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{ORDINAL_WORD}))\s+time\s+(?:that\s+)?"
        r"(?:[\w-]+\s+){1,3}?(?:(?:have|has|had)\s+(?:been\s+)?)?(?:held|convened|organi[sz]ed|hosted|run|met)\b",
        re.IGNORECASE,
    )

    def number_in_apposition(self, main):
        """The meeting's number written in apposition right after its name: "presided over the Joint Meeting of
        Fiji and Samoa Customs on Border Crime (JMBC), the 3rd meeting of its kind", "..., its fifth session".
        Only straight after the name, so a later "the first meeting held in X" is not read as this one's."""
        found = self.NUMBER_IN_APPOSITION.match(self.text[main["start"] + len(main["title"]) :])
        if not found and main["sentence"] + 1 < len(self.doc.sentences):
            # "The occasion was the X Consultation. It is the fourth time we have held it": the next sentence counts
            # the times the meeting has been held ("the first time" tells of no series).
            found = self.TIMES_HELD.match(self.doc.passage(main["sentence"] + 1))
            if found and fold(found.group("word") or "") == "first":
                found = None
        if not found:
            return None
        if found.group("digits"):
            return int(found.group("digits"))
        return lexicon.ORDINAL_WORDS.get(fold(re.sub(r"\s+", " ", found.group("word"))))

    def number_after_series(self):
        """The number written after the series rather than before the meeting: "the SOMTC's 25th meeting", "the
        SOMTC held its twenty-fifth session". The series is a forum named there, or the one forum the body named
        there convenes. Read in the meeting's sentence, else the first sentences, never in background."""
        ev = self.event
        scope = [i for i in (self.event_sentence, 0, 1, 2) if i is not None and i < len(self.doc.sentences)]
        for index in dict.fromkeys(scope):
            if self.background(index):
                continue
            s, e = self.doc.sentences[index]
            for m in self.mentions:
                if not (s <= m.start < e) or m.kind not in ("forum", "organization") or len(m.keys) != 1:
                    continue
                found = SERIES_NUMBER_AFTER.match(self.text, m.end, min(e, m.end + 160))
                if not found:
                    continue
                if self.set_in_a_past_year(self.text[found.end() : e]) and self.dates_in_sentence_other_than(index, ""):
                    continue  # "the SOMTC held its 23rd meeting in Bali in 2023": an earlier meeting of the series
                key = m.keys[0][1]
                if m.kind == "forum":
                    forum = key
                else:
                    # "COMMIT held its 16th Senior Officials Meeting": the forum of that body whose name ends in the
                    # words written, else the only one it convenes.
                    convened = [slug for slug, f in self.gaz.forums.items() if f["convened_by"] == key]
                    words = fold(found.group("words") + found.group("head"))
                    named = [slug for slug in convened if fold(self.gaz.forums[slug]["name"]).endswith(words)]
                    forum = (named or convened)[0] if len(named or convened) == 1 else None
                if forum is None or ev["forum"] not in (None, forum):
                    continue
                digits, word = found.group("digits"), found.group("word")
                ev["number"] = int(digits) if digits else lexicon.ORDINAL_WORDS[fold(re.sub(r"\s+", " ", word))]
                ev["forum"] = forum
                ev["passages"].setdefault("forum", self.doc.passage(index))
                if self.event_sentence is None:
                    self.event_sentence = index
                return

    def forum_by_convener(self, main):
        """The forum whose convener (or the convener's secretariat) organises the meeting when the report calls the
        meeting by the word that ends the forum's name: "a two-day dialogue ..., organised by the Aseanapol
        Secretariat" is one of the ASEANAPOL Dialogues. Only a single fitting forum is taken."""
        scope_ids = [i for i in (self.event_sentence, 0, 1) if i is not None and i < len(self.doc.sentences)]
        # "The dialogue, conducted via video conference and hosted by the X Secretariat, ...": a later sentence whose
        # subject is the meeting, called by its kind, tells who organised it as well as the lede.
        kinds = "|".join(self.SERIES_WORDS)
        scope_ids += [
            index
            for index, s, e in self.sentences_on_this_meeting()
            if re.match(rf"^\W*(?:the|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{kinds})\b", self.text[s:e], re.IGNORECASE)
        ]
        scope_ids = list(dict.fromkeys(scope_ids))
        scope = " ".join(self.doc.passage(i) for i in scope_ids) + " " + (main["title"] if main else "")
        # A "video conference" or a "press conference" tells how or where something was said, not the meeting's kind.
        words = {w for w in self.SERIES_WORDS if re.search(rf"(?<!video\s)(?<!press\s)\b{w}s?\b", scope, re.IGNORECASE)}
        if not words:
            return
        bodies = set()
        for m in self.mentions:
            if m.kind == "organization" and self.sentence_of(m.start) in scope_ids and len(m.keys) == 1:
                roles, explicit = self.cued_roles(m.start, m.end)
                if not explicit or not {ParticipationRole.ORGANISER, ParticipationRole.HOST} & set(roles):
                    continue  # a body that only took part ("was represented") does not make the meeting its own
                key = m.keys[0][1]
                bodies.add(key)
                parent = self.gaz.organizations.get(key, {}).get("parent")
                if parent:
                    bodies.add(parent)
        fitting = [
            slug
            for slug, forum in self.gaz.forums.items()
            if forum["convened_by"] in bodies and fold(forum["name"]).split()[-1].rstrip("s") in words
        ]
        if len(fitting) == 1:
            self.event["forum"] = fitting[0]
            self.event["passages"].setdefault("forum", self.doc.passage(scope_ids[0]))

    def read_event_dates(self):
        ev = self.event
        # A dateline gives the day the report was written; but a range of days under a place ("Bangkok, Thailand,
        # 3 to 5 June 2025" heading a programme) is no day of writing: it is the meeting's own dates.
        candidates = [
            d
            for d in self.dates
            if d.end_date is not None
            or d is not self.dateline
            and not (self.dateline and d.start == self.dateline.start)
        ]
        # "BANDAR SERI BEGAWAN, June 2025 – The meeting was held ... in May 2025": a dateline that gives only the
        # month says when the report was written, not when the meeting met; it counts only when nothing else does.
        month_dateline = self.month_dateline()
        if month_dateline is not None and len(candidates) > 1:
            candidates.remove(month_dateline)
        if not any(
            d.precision == "day" and d is not self.dateline and not self.told_of_a_past_meeting(d.start)
            for d in candidates
        ):
            # A year in review that names its one meeting as last year's ("the highlight of our year was the X
            # Dialogue, convened in Manila in 2024"): with no other day in the report, that meeting is the report's.
            self.past_meetings = []
        best = None
        scored = []
        for d in candidates:
            sentence = self.sentence_of(d.start)
            s, e = self.doc.sentences[sentence]
            stext = self.text[s:e]
            before = self.text[max(s, d.start - 30) : d.start].lower()
            score = 0
            if self.event_sentence is not None and sentence == self.event_sentence:
                score += 3
            issued = d.end_date is None and d.start_date == self.published_on and self.header_line(d.start)
            if (
                DATE_LABEL.search(self.field_label(d.start))
                and not issued
                and not any(o.start < d.start and o.start > self.text.rfind("\n", 0, d.start) for o in self.dates)
            ):
                # "Date: 28 October 2026 (ministerial session); preceded by the ... meeting on 27 October": the
                # label gives the first date of its line; a later one is another part's.
                score += 6
            elif self.dateline is not None and d.start == self.dateline.start:
                score += 6  # a programme's heading line, "Bangkok, Thailand, 3 to 5 June 2025", states its dates
            elif issued:
                score -= 3  # "MORNING REPORT – Friday 4 April" over a transcript: the day of the broadcast
            if (
                self.event_sentence is not None
                and sentence == self.event_sentence + 1
                and re.match(
                    rf"^\W*(?:[A-Z]+:\s*)?(?:it|the (?:{MEETING_HEAD_WORDS}))\s+"
                    r"(?:ran|runs|lasted|lasts|took place|was held|opened|began|started|went on)\b",
                    stext,
                    re.IGNORECASE,
                )
            ):
                # "... the Regional Workshop on X. It ran from the 4th to the 6th of November": the next sentence
                # speaks of the meeting just named.
                score += 3
            # "will be held", "scheduled to be held": a later meeting, not one that took place.
            held = HELD.search(re.sub(r"\b(?:to|will|would|shall|may)\s+be\s+held\b", "", stext, flags=re.I))
            if held:
                score += 2
            if re.search(r"\b(?:on|from|between|held|during)\s*$", before):
                score += 1
            if (
                self.event_sentence is not None
                and sentence == self.event_sentence
                and MEETING_CLAUSE_DATE.search(self.text[max(s, d.start - 60) : d.start])
            ):
                # "... held a press conference on the outcome of the X Meeting, which took place the previous day,
                # 5 February": the clause on the meeting gives its day; the sentence's own day is the briefing's.
                score += 2
            # A day told relative to the report ("on Tuesday"), however much of it the dateline writes out.
            relative = d.inferred == "all" or RELATIVE.fullmatch(self.text[d.start : d.end])
            if relative and re.search(
                r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?|announced|confirmed|stated|reported)\s+(?:on\s+)?$", before
            ):
                score -= 4  # "officials said on Tuesday, after talks held in July": the day the news was given
            if relative and re.search(
                r"\b(?:statement|release|announcement|briefing|post|message)\s+(?:\w+\s+)?(?:on\s*)?$", before
            ):
                score -= 4  # "In a statement on Wednesday, the police said the dialogue was held on Tuesday (Oct. 19)"
            if re.search(r"\b(?:since|until|by|before|in)\s*$", before) and d.precision == "year":
                score -= 3
            if re.search(r"\b(?:since|until|by|before)\s*$", before) and d.precision in ("month", "year"):
                continue  # "since February", "by 2030": a starting point or a deadline, never the meeting's date
            if FUTURE.search(stext) and not held:
                if d.precision == "year" or sentence != self.event_sentence:
                    continue  # "a follow-up course in 2027 is planned": a later meeting's date
                score -= 3
            if d.precision == "year":
                score -= 2
            elif d.precision == "month":
                score -= 1
            if self.told_of_a_past_meeting(d.start):
                score -= 3  # "the 18th X Meeting held in Y in November 2024": that meeting's date
            score -= sentence * 0.1
            scored.append((score, -d.start, d))
        if scored:
            scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
            best = anchor = scored[0][2]
            if best.precision == "day" and best.end_date is None:
                # "concluded on Friday" after "ran from September 9-11": the range that holds the day is the fuller
                # statement of the same meeting's dates.
                for _score, _neg, d in scored[1:]:
                    if (
                        d.precision == "day"
                        and d.end_date is not None
                        and d.start_date <= best.start_date <= d.end_date
                    ):
                        best = d
                        break
            if best.inferred == "all":
                # "On the morning of Thursday, 2nd waxing day of ..., corresponding to 30 July 2026": the weekday and
                # the date written out in the same sentence name one day, which the written date settles.
                sentence = self.sentence_of(best.start)
                best = next(
                    (
                        d
                        for _score, _neg, d in scored
                        if d.inferred != "all"
                        and d.precision == "day"
                        and (d.start_date, d.end_date) == (best.start_date, best.end_date)
                        and self.sentence_of(d.start) == sentence
                    ),
                    best,
                )
        if best is None and self.dateline is not None and self.dateline.precision == "day":
            # "KUCHING, 6 March – Officers attended the seventh meeting ...": the dateline is the only day the
            # report gives, and news is dated the day of what it reports; far better than 1 January of the year.
            best = anchor = self.dateline
        if best is None:
            self.year_of_publication(ev)
            return
        end_date = best.end_date
        start_date = best.start_date
        note = best.note
        if best.inferred == "year" and self.published_on is not None and start_date < self.published_on:
            # "will host the conference from Nov 17 to 20 this year", written in May: a day and month without a
            # year, in a sentence that looks ahead, are the coming ones, not last year's.
            s, e = self.sentence_span(best.start)
            stext = self.text[s:e]
            ahead = re.match(r"^\W*(?:this|later this) year\b", self.text[best.end : best.end + 20], re.IGNORECASE) or (
                FUTURE.search(self.text[s : best.start])
                and not HELD.search(re.sub(r"\b(?:to|will|would|shall|may)\s+be\s+held\b", "", stext, flags=re.I))
            )
            later = safe_replace_year(start_date, start_date.year + 1)
            if ahead and later is not None and later >= self.published_on:
                note = best.note.replace(f"; {start_date.year} is inferred", f"; {later.year} is inferred", 1)
                start_date = later
                end_date = end_date and safe_replace_year(end_date, end_date.year + 1)
        began = self.began_before(best) if best.precision == "day" and end_date is None else None
        if began is not None:
            # "completed the course on 25 August. The course, which began on 14 August, ...": both ends given.
            start_date, end_date = began.start_date, best.start_date
        if end_date is None and best.precision == "month" and self.duration_days() == 1:
            # "a one-day dialogue held in Kupang in October 2026": the report settles that the meeting ended the day
            # it began, though it does not say which day that was.
            end_date = best.start_date
        if end_date is None and best.precision == "day":
            # "a three-day meeting", "for two days": the end follows from the length.
            days = self.duration_days()
            if days == 1:
                # "The one-day meeting": the report settles that it ended the day it began.
                end_date = best.start_date
            elif days and days > 1:
                s, _e = self.sentence_span(best.start)
                ending = (
                    r"\b(?:wrapped up|ended|concluded|closed|came to a close|ends|concludes|wraps up|completed|"
                    r"finished|wound up)\b"
                )
                # "... on Friday, May 3, 2024, concluded a two-day meeting": the verb may follow the date.
                if re.search(ending + r"[^.;]{0,80}$", self.text[s : best.start]) or re.match(
                    r"^[\s,]{0,3}(?:\w+\s+)?" + ending, self.text[best.end : best.end + 40]
                ):
                    # "wrapped up a two-day dialogue on Thursday": the day given is the last.
                    end_date = best.start_date
                    start_date = best.start_date - datetime.timedelta(days=days - 1)
                else:
                    end_date = best.start_date + datetime.timedelta(days=days - 1)
            elif days is None and not self.longer_than_a_day(best):
                # "held on 21 October", "met on Tuesday": one day given and no length is a one-day meeting, as a
                # careful editor enters it.
                end_date = best.start_date
        if end_date is None and best.precision == "day":
            end_date = self.runs_until(best)
        if end_date is None and best.precision == "day":
            end_date = self.closing_today(start_date)
        ev["start_date"] = start_date.isoformat()
        ev["end_date"] = end_date.isoformat() if end_date else None
        ev["date_precision"] = best.precision
        ev["date_inferred"] = best.inferred
        ev["date_note"] = note
        if best is self.dateline and best.end_date is None:
            ev["date_note"] = " ".join(
                filter(None, [note, "The report gives no date for the meeting but its dateline's; check it."])
            )
        ev["passages"]["start_date"] = self.passage(best.start)
        self.date_sentence = self.sentence_of(best.start) if best is not self.dateline else None
        if self.event_sentence is None:
            self.event_sentence = self.sentence_of(anchor.start)

    def told_of_a_past_meeting(self, offset):
        """True for words in the clause right after the name of a meeting the report names as a past occasion
        ("At the 18th X Meeting held in Siem Reap, Cambodia, in November 2024, ..."), before the clause ends."""
        for end in getattr(self, "past_meetings", []):
            if end <= offset <= end + 80 and not re.search(r"[.;:]|,\s+(?:the|a|an|and)\s", self.text[end:offset]):
                return True
        return False

    def header_line(self, offset):
        """True for a line above the report's first sentence of prose ("Ref.: 118/2025", "Date: 20/06/2025" under
        "MEDIA STATEMENT"): a document's header, which says when it was issued."""
        for i in range(len(self.doc.sentences)):
            s, e = self.doc.sentences[i]
            if len(self.text[s:e].split()) >= 8 and not FIELD_LABEL.match(self.text[s:e]):
                return offset < s
        return False

    RUNS_UNTIL = re.compile(
        r"\b(?:runs?|running|continues?|continuing|lasts?|lasting|goes on|will run|is held|takes place)\s+"
        r"(?:\w+\s+){0,2}?(?:until|till|through|to)\s+(?:[A-Z][a-z]+day,?\s*)?\(?$"
    )

    def runs_until(self, start):
        """The last day of a meeting whose first day is given, from "The workshop runs until Friday (18/7/2025)"
        in the same or the next two sentences; None when the report says no such thing."""
        first = self.sentence_of(start.start)
        for d in self.dates:
            if d.start <= start.end or d.precision != "day" or d.end_date is not None:
                continue
            if self.sentence_of(d.start) > first + 2:
                break
            s, _e = self.doc.sentences[self.sentence_of(d.start)]
            if (
                self.RUNS_UNTIL.search(self.text[max(s, d.start - 60) : d.start])
                and 0 < (d.start_date - start.start_date).days <= 31
            ):
                return d.start_date
        return None

    ENDED_ON = re.compile(r"\b(?:completed|concluded|wrapped up|ended|closed|finished|graduated)\b", re.IGNORECASE)
    BEGAN_ON = re.compile(
        r"\b(?:began|begun|started|opened|commenced|kicked off|got under ?way)\s+(?:on\s+)?(?:[A-Z][a-z]+day,?\s*)?$",
        re.IGNORECASE,
    )

    def began_before(self, end):
        """The first day of a meeting whose last day is the one given ("completed a two-week course ... on 25
        August. The course, which began on 14 August, ..."): a day the same or the next two sentences say the
        meeting began on, up to a month before; None when the report says no such thing."""
        s, _e = self.sentence_span(end.start)
        if not self.ENDED_ON.search(self.text[s : end.start]) or self.BEGAN_ON.search(self.text[s : end.start]):
            return None
        first = self.sentence_of(end.start)
        for d in self.dates:
            if d is end or d.precision != "day" or d.end_date is not None:
                continue
            if not first <= self.sentence_of(d.start) <= first + 2:
                continue
            ds, _de = self.sentence_span(d.start)
            if self.BEGAN_ON.search(self.text[max(ds, d.start - 40) : d.start]) and (
                0 < (end.start_date - d.start_date).days <= 31
            ):
                return d
        return None

    def month_dateline(self):
        """The date of a news dateline that gives only a month ("VIENTIANE, March 2025 – ..."), or None."""
        for mention in self.dates:
            if mention.start >= 400:
                break
            if mention.precision != "month":
                continue
            line_start = self.text.rfind("\n", 0, mention.start) + 1
            line_end = self.text.find("\n", mention.end)
            line_end = len(self.text) if line_end < 0 else line_end
            if re.match(r"^\s*[A-Z][A-Za-z .'’-]{1,40},\s*$", self.text[line_start : mention.start]) and re.match(
                r"^\s*(?:\([^)]{1,30}\))?\s*(?:–|—|--|-|:)", self.text[mention.end : line_end]
            ):
                return mention
        return None

    def closing_today(self, start_date):
        """The day the report is written from when it says the meeting closes that day ("opened on Tuesday ...
        concludes today"): a meeting reported on its last day ends on the report's "today", which find_dates has
        already read against the dateline or the publication date. None when the report says no such thing or
        the day is not a few days after the start."""
        closing = re.compile(
            r"\b(?:concludes|concluded|closes|closed|ends|ended|wraps up|wrapped up|comes to a close|winds up|"
            r"will (?:conclude|close|end|wrap up))\s+(?:\w+\s+){0,4}?$",
            re.IGNORECASE,
        )
        for d in self.dates:
            if d.precision != "day" or d.end_date is not None or self.text[d.start : d.end].lower() != "today":
                continue
            s, _e = self.sentence_span(d.start)
            if closing.search(self.text[max(s, d.start - 60) : d.start]) and 0 < (d.start_date - start_date).days <= 14:
                return d.start_date
        return None

    def year_of_publication(self, ev):
        """No date of the meeting in the text: the year it was published, marked as inferred and saying why.

        News reports what has just happened, so the year of publication is the best reading the text allows, and a
        held meeting needs at least its year to be saved; the note tells the editor to check it.
        """
        if self.published_on is None:
            return
        ev["start_date"] = datetime.date(self.published_on.year, 1, 1).isoformat()
        ev["end_date"] = None
        ev["date_precision"] = "year"
        ev["date_inferred"] = "year"
        ev["date_note"] = (
            f"The report gives no date for the meeting; the year is that of its publication "
            f"({self.published_on.isoformat()})."
        )

    def longer_than_a_day(self, date):
        """Whether the report says the meeting lasts longer than the day given, without saying how long."""
        scope = " ".join(self.doc.passage(i) for i in range(min(len(self.doc.sentences), 4)))
        if self.event_sentence is not None:
            scope = self.doc.passage(self.event_sentence) + " " + scope
        scope += " " + self.doc.passage(self.sentence_of(date.start))
        if re.search(
            r"\b(?:multi-?day|several[- ]days?|many days|week-?long|two-week|fortnight|(?:a|one|the) week|"
            r"days-long|over (?:the )?(?:next|following|coming) (?:few )?days|(?:until|through|till) (?:the )?end of"
            r"|(?:first|second|third|final|last|closing) day|day (?:one|two|three|1|2|3)\b|runs? (?:until|through))",
            scope,
            re.IGNORECASE,
        ):
            return True
        s, _e = self.sentence_span(date.start)
        # "opened on Monday", "kicked off on 3 March": the day a meeting began, its length unsaid.
        return bool(
            re.search(
                r"\b(?:opened|opens|kicked off|kicks off|began|begins|started|starts|commenced|commences|opening|"
                r"got under way|got underway|is under way|is underway)\b[^.;]{0,80}$",
                self.text[s : date.start],
                re.IGNORECASE,
            )
            or re.match(
                r"^[\s,]{0,3}(?:\w+\s+){0,2}(?:opened|kicked off|began|started|commenced|got under ?way)\b",
                self.text[date.end : date.end + 40],
                re.IGNORECASE,
            )
        )

    def duration_days(self):
        scope = " ".join(self.doc.passage(i) for i in range(min(len(self.doc.sentences), 4)))
        if self.event_sentence is not None:
            scope = self.doc.passage(self.event_sentence) + " " + scope
        m = re.search(
            # "after two days of closed-door talks" is a length; "within two days of the request" is not.
            r"\b(one|two|three|four|five|1|2|3|4|5)[- ]days?\b(?![- ](?:after|before|later|ago))"
            r"(?![- ]of\b(?!\s+(?:[\w-]+\s+){0,2}(?:talks|discussions|meetings|deliberations|negotiations|"
            r"consultations|sessions|training|workshops|exchanges|dialogue|presentations|lectures)\b))",
            scope,
            re.IGNORECASE,
        ) or re.search(
            # "ended here today after two days of discussions", "closed on Friday after three days of talks"
            r"\b(?:after|following)\s+(two|three|four|five|2|3|4|5)\s+days\s+of\s+(?:\w+\s+)?(?:talks|discussions?|"
            r"deliberations?|meetings?|sessions?|consultations?|negotiations?|work|exchanges?)\b",
            scope,
            re.IGNORECASE,
        )
        if re.search(
            r"\b(?:day-long|daylong|single-day|half-day)\s+(?:\w+\s+)?(?:meeting|session|workshop|dialogue|"
            r"consultation|talks|seminar|conference|training|event|forum|roundtable)\b",
            scope,
            re.IGNORECASE,
        ):
            return 1
        if not m:
            # "Over the next two days, you will discuss ...": an opening speech gives the meeting's span from its
            # first day, anywhere in the speech; a length "in the next two days" said of something else is no span.
            m = next(
                (
                    span
                    for _i, s, e in self.sentences_on_this_meeting()
                    for span in [
                        re.match(
                            r"^\W*(?:over|during|in)\s+the\s+(?:next|coming|following)\s+(two|three|four|five|2|3|4|5)\s+"
                            r"days\s*,?\s+(?:you|we|participants|delegates|the\s+(?:meeting|workshop|participants))\s+will\b",
                            self.text[s:e],
                            re.IGNORECASE,
                        )
                    ]
                    if span
                ),
                None,
            )
        if not m:
            return None
        if m.group(1).lower() in ("one", "1"):
            # "one day" alone may be "one day, victims ..."; "a one-day meeting" is a length.
            return 1 if re.match(r"(?i)one-day|1-day", m.group()) else None
        word = m.group(1).lower()
        return int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word)

    def names_another_meeting(self, s, e):
        """True when the text from s to e names a meeting by a name of its own that is not the reported meeting's
        ("ministers gathered in Jakarta for the Special Ministerial Meeting on Irregular Migration"): a place there
        is that meeting's, told as background."""

        def subject(title):
            # From the meeting's head word, four words on: "Meeting on Trafficking in Persons" is the same meeting
            # however its number, series or country list is written.
            words = re.findall(r"[\w’'-]+", fold(title))
            head = next((k for k, w in enumerate(words) if w in lexicon.MEETING_HEADS), None)
            return tuple(words[head : head + 5]) if head is not None else tuple(words)

        title = self.event.get("title") or ""
        if not title:
            return False
        for cand in getattr(self, "title_cands", []):
            if not s <= cand["start"] < e:
                continue
            if subject(cand["title"]) != subject(title) and fold(cand["title"]) not in fold(title):
                return True
        return False

    def dateline_city(self):
        """The place of a dateline ("KUALA LUMPUR, Aug 5 (Bernama) --", "Vientiane (VNA) –"), if it is a city."""
        for line in self.text.split("\n")[:12]:
            # "KUALA LUMPUR, Aug 5 (Bernama) --", "Vientiane (VNA) –", and the Malaysian press's "PADANG BESAR:".
            m = re.match(r"^\s*([A-Za-z][A-Za-z'’. -]{1,40}?)\s*(?:\([^)]{1,30}\))?\s*(?:,|–|—|--|-|:)\s", line)
            if m and fold(m.group(1)) in self.gaz.cities:
                city, code = self.gaz.cities[fold(m.group(1))]
                return city, code, self.text.find(line)
        return None

    def place_line_under_name(self):
        """(city, country, line start) for a line of place and date alone right under the line that names the
        meeting: "Nineteenth Senior Officials Meeting of X⏎Bangkok, Thailand, 3–4 December 2025" heads minutes with
        the meeting's venue. A dateline runs on into prose on its line, and a place line under a report's own
        heading ("Hanoi, 26 November 2019" under a speech's title) is no meeting's name line."""
        if not self.event["title"]:
            return None
        for m in self.city_mentions:
            start = self.original.rfind("\n", 0, m.start) + 1
            end = self.original.find("\n", m.start)
            line = self.original[start : end if end >= 0 else len(self.original)]
            if start != m.start or not re.fullmatch(
                r"[^,\n]{1,40},\s*(?:[A-Z][\w'’. -]{1,40}?,\s*)?"
                r"\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d\s*",
                line,
            ):
                continue
            before = self.original[: start - 1]
            if fold(self.event["title"]) not in fold(before[before.rfind("\n") + 1 :]):
                continue
            entry = m.entries[0]
            code = entry.key
            for cm in self.mentions:
                between = self.text[m.end : cm.start]
                if cm.kind == "country" and m.end < cm.start <= m.end + 4 and between.strip() == ",":
                    code = cm.keys[0][1]
            return entry.name, code, start
        return None

    def room_in_dateline_sentence(self, start, dateline_start):
        """True when the sentence that opens on the dateline puts the gathering in a room or building of the city at
        start: "MANILA – For three days, officials sat in a hotel function room in Pasay City to ..." The dateline
        says where the report was written, the room where the meeting sat."""
        sentence = self.sentence_of(start)
        if sentence != self.sentence_of(dateline_start + 1):
            return False
        s = self.doc.sentences[sentence][0]
        heads = "|".join(sorted(VENUE_HEADS))
        return bool(re.search(rf"\b(?:{heads})\b(?:\s+[\w-]+){{0,3}}?\s+in\s+$", self.text[max(s, start - 60) : start]))

    def labelled_place(self):
        """(city, code, offset) from a "Venue:" or "Where:" line whose town the lists lack, or None."""
        for m in FIELD_LABEL.finditer(self.text):
            if not PLACE_LABEL.search(m.group(1).lower()):
                continue
            line_end = self.text.find("\n", m.end())
            line_end = len(self.text) if line_end < 0 else line_end
            codes = [
                cm.keys[0][1]
                for cm in self.mentions
                if cm.kind == "country" and m.end() <= cm.start < line_end and len(cm.keys) == 1
            ]
            segments = [seg.strip(" .") for seg in self.text[m.end() : line_end].split(",")]
            towns = [
                seg
                for seg in segments
                if re.fullmatch(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}", seg)
                and fold(seg.split()[-1]) not in VENUE_HEADS
                and fold(seg.split()[-1]) not in ("province", "state", "region", "division", "prefecture", "district")
                and not self.gaz_names_country(seg)
            ]
            if towns and len(set(codes)) == 1:
                return towns[-1], codes[0], m.start()
        return None

    def unknown_dateline_place(self):
        """A capitalised dateline place the lists lack ("PAGADIAN CITY - ..."), with the country the publisher's
        name carries (a national news service files from home), or None."""
        for line in self.text.split("\n")[:12]:
            # "NAY PYI TAW, 14 January — ...": a day and month may stand between the place and the dash.
            m = re.match(
                r"^\s*([A-Z][A-Z'’. -]{2,40}?)\s*(?:\([^)]{1,30}\))?\s*"
                r"(?:,\s*(?:\d{1,2}\s+([A-Z][a-z]+)\.?|([A-Z][a-z]+)\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*(?:\([^)]{1,30}\))?\s*)?"
                r"(?:,|–|—|--|-)\s+[A-Z][a-z]",
                line,
            )
            if not m or len(line) < 80:
                continue
            month = m.group(2) or m.group(3)
            if month and fold(month) not in lexicon.MONTHS:
                continue
            place = m.group(1).strip()
            # "CAMP X, Quezon City – ... here": a camp, a base or a compound the lists lack, then the city it lies in,
            # which is the venue.
            within = re.match(r"\s*,\s*([A-Z][A-Za-z'’. -]{1,30}?)\s*(?:–|—|--|-)\s", line[m.end(1) :])
            if within and fold(within.group(1)) in self.gaz.cities:
                city, code = self.gaz.cities[fold(within.group(1))]
                return city, code, self.text.find(line) + m.end(1)
            if re.search(r"\b(?:RELEASE|STATEMENT|NEWS|UPDATE|REPORT|SUMMARY|BULLETIN|MEDIA|ADVISORY|NOTICE)\b", place):
                continue  # "PRESS RELEASE - ...": a heading, not a place
            if self.gaz_names_country(place) or self.gaz_names_country(place.title()):
                return None
            codes = {
                e.key
                for pm in gz.find(self.gaz, Document(self.publisher))
                for e in pm.entries
                if e.kind in ("country", "demonym")
            }
            return string.capwords(place), (codes.pop() if len(codes) == 1 else None), self.text.find(line)
        return None

    def read_place(self):
        ev = self.event
        best = None
        dateline = self.dateline_city()
        for m in self.city_mentions:
            sentence = self.sentence_of(m.start)
            s, e = self.doc.sentences[sentence]
            stext = self.text[s:e]
            before = self.text[max(s, m.start - 12) : m.start].lower()
            if FUTURE.search(stext) and not HELD.search(stext):
                continue
            if dateline and dateline[2] <= m.start <= dateline[2] + 3:
                continue  # where the report was written; "here" makes it the venue (below)
            if sentence != self.event_sentence and self.other_setting(m.start, sentence):
                continue
            if self.told_of_a_past_meeting(m.start):
                continue  # "At the 18th X Meeting held in Siem Reap in 2024, ...": where that meeting was
            other = another_meeting(self.text[max(s, m.start - 60) : m.start])
            if other and re.fullmatch(
                r"\s+(?:that\s+|which\s+)?(?:was\s+|were\s+)?(?:held|convened|hosted|organi[sz]ed)?\s*(?:in|at)\s+",
                self.text[max(s, m.start - 60) + other.end() : m.start],
            ):
                # "..., the second such meeting after the first one held in Dili": even in the meeting's own sentence
                # a city right after another meeting is where that one was.
                continue
            if re.search(
                r"\b(?:planned|scheduled|ahead of|upcoming|next|forthcoming|to be held|will be held)\b[^.;,]{0,50}$",
                self.text[s : m.start],
                re.IGNORECASE,
            ) or self.other_year(m.start):
                continue  # "ahead of a regional meeting planned in Bangkok", "signed in Kuala Lumpur in 2015"
            if (
                another_meeting(stext) or re.search(r"\b(?:last year|earlier this year)\b", stext)
            ) and sentence != self.event_sentence:
                continue  # "the previous conference in Manila", "held in Kuala Lumpur last year"
            if sentence not in (self.event_sentence, self.date_sentence) and self.names_another_meeting(s, e):
                continue  # "ministers gathered in Jakarta for the Special Ministerial Meeting on ...": that meeting's
            # "in the border town of X" says "in X".
            town_of = re.search(
                r"\b(?:in|at)\s+the\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|port|district|municipality|township)\s+"
                r"of\s*$",
                self.text[max(s, m.start - 60) : m.start],
            )
            # "after meeting in the provincial capital, Kupang, yesterday": the city set off after its description.
            capital_of = re.search(
                r"\b(?:in|at)\s+the\s+(?:[\w-]+\s+){0,2}?(?:capital|city|town|port)\s*,\s*$",
                self.text[max(s, m.start - 60) : m.start],
            )
            if town_of or capital_of:
                before = " in"
            # The sentence that gives the meeting's dates speaks of the meeting as much as the one that names it
            # (a heading in capitals may name it, "1. The CID hosted ... from 4 till 6 March at ..." place it).
            own = sentence == self.event_sentence or sentence == self.date_sentence
            score = (2 if re.search(r"\b(?:in|at)\s*$", before) else 0) + (2 if own else 0)
            if TRAVELLED.search(self.text[max(s, m.start - 50) : m.start]):
                score += 2  # "she just came back from Manado, where ...", "so we went to Hue": where they met
            if (
                not own
                and self.event_sentence is not None
                and sentence == self.event_sentence - 1
                and self.event_sentence == self.date_sentence
            ):
                # "... was taken up in a quieter setting: a classroom on the campus of X in Y. From 3 to 7 March, 30
                # officers took part in the Workshop on ...": the sentence that leads into the meeting's sets its scene.
                score += 1
            if not re.search(r"\b(?:in|at)\s*$", before) and VENUE_THEN_CITY.search(
                self.text[max(s, m.start - 120) : m.start]
            ):
                score += 2
            if PLACE_LABEL.search(self.field_label(m.start)):
                score += 6
            score += 1 if HELD.search(stext) else 0
            if any(
                o.kind == "organization"
                and 0 <= m.start - o.end <= 5
                and "," not in self.text[o.end : m.start]
                # "brought delegates to the X Secretariat in Jakarta", "met at the X Secretariat in Jakarta": the
                # body's seat is where the meeting went, so its city is the venue.
                and not (
                    sentence == self.event_sentence
                    and re.search(
                        # "at the headquarters of the Ministry of X in Y": the body's building is the venue.
                        r"\b(?:at|to)\s+(?:the\s+)?(?:(?:headquarters|premises|main office|offices?|compound|building|"
                        r"campus)\s+of\s+(?:the\s+)?)?$",
                        self.text[max(s, self.named_from(o) - 40) : self.named_from(o)],
                    )
                )
                for o in self.mentions
            ):
                # "the ASEAN Secretariat in Jakarta": where a body sits, not where the meeting is; but "at the
                # headquarters of the Ministry ..., in Da Nang" sets the meeting's place apart with a comma.
                score -= 3
            score -= sentence * 0.05
            # "the UNDP Resident Representative in Vietnam": a place in a post is not the venue.
            if best is None or score > best[0]:
                best = (score, m)
        host = None
        labelled = self.labelled_place() if not (best and PLACE_LABEL.search(self.field_label(best[1].start))) else None
        labelled = labelled or self.place_line_under_name()
        if labelled:
            # "Where: Poipet, Cambodia": a labelled line names the venue even with a town the lists lack.
            ev["city"], host, line_start = labelled
            ev["passages"]["city"] = self.passage(line_start)
            best = None
        here = not labelled and re.search(
            r"\b(?:here|in the (?:\w+ )?capital|in this city|in the (?:[\w’'-]+ ){0,3}(?:city|town)\b(?! of\b))",
            " ".join(self.doc.passage(i) for i in range(min(len(self.doc.sentences), 4))),
        )
        if here and dateline is None and (best is None or best[0] < 4):
            # "PAGADIAN CITY - ... met here": a place the lists lack is still the venue.
            unknown = self.unknown_dateline_place()
            if unknown:
                ev["city"], host = unknown[0], unknown[1]
                ev["passages"]["city"] = self.passage(unknown[2] + 1)
                best = None
        if (
            dateline
            and not here
            and not labelled
            and best is not None
            and self.event_sentence is not None
            and self.sentence_of(best[1].start) != self.event_sentence
            and not PLACE_LABEL.search(self.field_label(best[1].start))
            and not self.virtual_meeting()
            and not self.room_in_dateline_sentence(best[1].start, dateline[2])
        ):
            # "KUCHING, 2 October — ... met on Tuesday. ... its office in Bangkok": a dateline beats any city
            # outside the meeting's own sentence.
            ev["city"], host = dateline[0], dateline[1]
            ev["passages"]["city"] = self.passage(dateline[2] + 1)
            best = None
        if dateline and here:
            if best is None or best[0] < 4 or best[1].entries[0].name == dateline[0]:
                ev["city"], host = dateline[0], dateline[1]
                ev["passages"]["city"] = self.passage(dateline[2] + 1)
                best = None
        # An online meeting has a city only where the sentence that reports it names one, and the dateline says
        # only where the report was written.
        virtual = self.virtual_meeting()
        if best and virtual and self.sentence_of(best[1].start) != self.event_sentence:
            best = None
        if best and virtual and dateline and dateline[2] <= best[1].start <= dateline[2] + 3:
            best = None
        if best and best[0] >= 1.5:
            m = best[1]
            entry = m.entries[0]
            ev["city"] = entry.name
            host = entry.key
            ev["passages"]["city"] = self.passage(m.start)
            # "Semarang, Indonesia": the country written after the city decides.
            after = self.text[m.end : m.end + 40]
            for cm in self.mentions:
                if cm.kind == "country" and m.end < cm.start <= m.end + 4 and after.startswith(","):
                    host = cm.keys[0][1]
        if host is None:
            # "in Siem Reap, Cambodia" with a city the lists lack: "in X, <Country>" where the meeting is held.
            for cm in self.mentions:
                if cm.kind != "country":
                    continue
                before = self.text[max(0, cm.start - 40) : cm.start]
                pm = re.search(rf"\b(?:in|at)\s+((?:{CAP}[\w’'-]+\s?){{1,3}}),\s*$", before)
                sentence = self.sentence_of(cm.start)
                stext = self.doc.passage(sentence)
                if pm and (
                    self.gaz_names_country(pm.group(1).strip()) or (virtual and sentence != self.event_sentence)
                ):
                    continue  # "authorities in Cambodia, Laos and Myanmar" is a list of countries, not a venue
                if (
                    pm
                    and (HELD.search(stext) or sentence == self.event_sentence)
                    and not (FUTURE.search(stext) and not HELD.search(stext))
                ):
                    ev["city"] = pm.group(1).strip()
                    host = cm.keys[0][1]
                    ev["passages"]["city"] = stext
                    break
        if host is None and not ev["city"] and self.event_sentence is not None and not virtual:
            # "in Mae Sot, Tak", "in Tachileik, Shan State": a town the lists lack, with its province.
            s, e = self.doc.sentences[self.event_sentence]
            for pm in re.finditer(
                rf"\b(?:in|at)\s+((?:{CAP}[\w’'-]+\s?){{1,3}}),\s*((?:{CAP}[\w’'-]+\s?){{1,3}}?)"
                r"(?:\s*(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]ivision|[Pp]refecture))?\s*(?=[,.;]|\s+on\b|\s+from\b|$)",
                self.text[s:e],
            ):
                town, region = pm.group(1).strip(), pm.group(2).strip()
                if self.gaz_names_country(town) or self.gaz_names_country(region):
                    continue
                code = subdivision_country(region)
                if code:
                    ev["city"], host = town, code
                    ev["passages"]["city"] = self.text[s:e]
                    break
        held_sentence = self.event_sentence if self.event_sentence is not None else self.date_sentence
        if held_sentence is not None and not virtual:
            # "was held at the Muse BLO, Northern Shan State": an office named after its town, then the town's
            # province; the town is the venue's city.
            s, e = self.doc.sentences[held_sentence]
            pm = re.search(
                rf"\b(?:held|convened|met|took place)\s+at\s+the\s+((?:{CAP}[\w’'-]+\s){{1,2}})"
                r"(?:[A-Z]{2,8}|(?:[A-Z][\w-]+\s+){0,3}(?:Office|Checkpoint|Station|Headquarters|Command))\s*,\s*"
                r"(?:(?:Northern|Southern|Eastern|Western|North|South|East|West|Central|Upper|Lower)\s+)?"
                rf"((?:{CAP}[\w’'-]+\s?){{1,3}}?)(?:\s*(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]ivision))?\s*(?=[,.;])",
                self.text[s:e],
            )
            town = pm and pm.group(1).strip()
            region = pm and pm.group(2).strip()
            # The province may be a known town's name too ("Luang Namtha Province"): written after the office and
            # a comma, it is the province, and the office's town the venue.
            free = (host is None and not ev["city"]) or (region and fold(ev["city"] or "") == fold(region))
            code = pm and free and self.country_code(town) is None and subdivision_country(region)
            if code:
                ev["city"], host = town, code
                ev["passages"]["city"] = self.text[s:e]
        if self.event_sentence is not None and not virtual:
            # "in the border town of X", "in the coastal city of X", "at a hotel in X": the meeting's sentence
            # says a town is the place even when the lists lack it. Its country comes from a country written
            # after it, from the dateline, or from the publisher's name; else it stays open.
            s, e = self.doc.sentences[self.event_sentence]
            pm = re.search(
                r"\bin\s+the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|port|district|municipality|township)\s+of\s+"
                rf"((?:{CAP}[\w’'-]+\s?){{1,3}})"
                r"|\bat\s+(?:a|the)\s+(?:[\w’'-]+\s+){0,4}?(?i:hotel|resort|centre|center|hall|headquarters|office|"
                # "at the International Convention Centre (ICC) in Berakas": the venue's acronym may stand before "in".
                rf"compound|venue|checkpoint|border post|port)(?:\s+\([A-Z]{{2,10}}\))?"
                rf"\s+in\s+((?:{CAP}[\w’'-]+\s?){{1,3}})",
                self.text[s:e],
            )
            town = pm and (pm.group(1) or pm.group(2)).strip()
            after = pm and re.match(rf"^\s*,\s*((?:{CAP}[\w’'-]+\s?){{1,3}})", self.text[s + pm.end() : e])
            # A known town right after it ("the town of Muang Sing, Luang Namtha") is its province.
            province = bool(after and ev["city"] and fold(after.group(1)) == fold(ev["city"]))
            if province:
                host = None
            if (
                town
                and (not ev["city"] or province)
                and not self.gaz_names_country(town)
                and fold(town.split()[0]) not in lexicon.MONTHS
            ):
                ev["city"] = town
                ev["passages"]["city"] = self.text[s:e]
                code = self.country_named(after.group(1).strip()) if after else None
                if code is None and after:
                    code = subdivision_country(after.group(1).strip())
                if host is None:
                    # A town the lists lack and nothing else places: the one country the report's bodies share
                    # ("at the ... Centre in Berakas" in a report full of Brunei's ministries and police).
                    host = (
                        code
                        or (dateline[1] if dateline else None)
                        or self.publisher_country()
                        or self.country_of_the_reports_bodies()
                    )
        if not ev["city"] and self.event_sentence is not None and not virtual:
            # "agreed yesterday in Mae Sot district, Tak province": a town the lists lack, named as a district.
            s, e = self.doc.sentences[self.event_sentence]
            pm = re.search(
                rf"\b(?:in|at)\s+((?:{CAP}[\w’'-]+\s){{1,3}})(?:district|city|town|municipality|township)\b",
                self.text[s:e],
            )
            if pm and not self.gaz_names_country(pm.group(1).strip()):
                ev["city"] = pm.group(1).strip()
                ev["passages"]["city"] = self.text[s:e]
                # "in Poipet city, Banteay Meanchey province": the province tells the country.
                region = re.match(
                    rf"^\s*,?\s*((?:{CAP}[\w’'-]+\s){{1,3}})(?:province|region|state|prefecture|division)\b",
                    self.text[s + pm.end() : e],
                )
                if region and host is None:
                    host = subdivision_country(region.group(1))
        if not ev["city"] and self.event_sentence is not None and not virtual:
            # "in Tagaytay City", "in Puerto Princesa City": a city the lists lack, written with "City". Its country
            # comes from a province after it, the dateline, the publisher, or the country the report's bodies share.
            s, e = self.doc.sentences[self.event_sentence]
            pm = re.search(rf"\b(?:in|at)\s+((?:{CAP}[\w’'-]+\s){{1,3}}City)\b", self.text[s:e])
            if pm and not self.gaz_names_country(pm.group(1)[: -len(" City")]):
                ev["city"] = pm.group(1)
                ev["passages"]["city"] = self.text[s:e]
                region = re.match(rf"^\s*,\s*((?:{CAP}[\w’'-]+\s?){{1,3}})", self.text[s + pm.end() : e])
                if host is None:
                    host = (
                        (region and subdivision_country(region.group(1).strip()))
                        or (dateline[1] if dateline else None)
                        or self.publisher_country()
                        or self.country_of_the_reports_bodies()
                    )
        if host is None and self.event_sentence is not None and not virtual:
            # "at the Royal Brunei Police Force (RBPF) Headquarters in Gadong": a town the lists lack, at a place
            # whose name carries its country.
            s, e = self.doc.sentences[self.event_sentence]
            pm = re.search(
                rf"\bat\s+(?:the\s+)?((?:{CAP}[\w’'-]*\s+|\([A-Z]{{2,10}}\)\s+){{1,8}})in\s+({CAP}[\w’'-]+(?:\s{CAP}[\w’'-]+){{0,2}})\b",
                self.text[s:e],
            )
            if pm and not self.gaz_names_country(pm.group(2)):
                a, b = s + pm.start(1), s + pm.end(1)
                codes = {
                    cm.keys[0][1]
                    for cm in self.mentions
                    if cm.kind in ("country", "demonym") and a <= cm.start < b and len(cm.keys) == 1
                }
                if len(codes) == 1:
                    host = codes.pop()
                    if not ev["city"]:
                        ev["city"] = pm.group(2)
                        ev["passages"]["city"] = self.text[s:e]
        # "NAY PYI TAW, 14 January — The X held its meeting at the meeting hall of the Ministry ...": a dateline
        # place the lists lack counts here too, with the country the publisher's name gives it.
        placed = dateline or (self.unknown_dateline_place() if not ev["city"] and not virtual else None)
        if (
            not ev["city"]
            and not virtual
            and placed
            and placed[1]
            and self.event_sentence is not None
            and (self.sentence_of(placed[2]) == self.event_sentence or self.lede_before_meeting(placed[2]))
            and host in (None, placed[1])
            and not self.in_person_elsewhere()
        ):
            # "MANILA — The Philippines hosted a consultation ...": with no other place given, the dateline of the
            # sentence that reports the meeting is its city.
            ev["city"], host = placed[0], placed[1]
            ev["passages"]["city"] = self.doc.passage(self.event_sentence)
        if host is None:
            for cm in self.mentions:
                if cm.kind not in ("country", "demonym"):
                    continue
                before = self.text[max(0, cm.start - 30) : cm.start]
                after = self.text[cm.end : cm.end + 30]
                # An online meeting is "hosted" by the country that convenes it.
                cue = r"(?:hosted|convened|organi[sz]ed|chaired)" if virtual else r"hosted"
                if re.search(rf"\b{cue} by\s+(?:the\s+)?(?:government of\s+)?$", before, re.IGNORECASE) or re.match(
                    rf"^\W{{0,3}}(?:{cue}|as host)\b(?!\s+by\b)", after
                ):
                    sentence = self.doc.passage(self.sentence_of(cm.start))
                    if not (FUTURE.search(sentence) and not HELD.search(sentence)):
                        host = cm.keys[0][1]
                        break
        if host is None and virtual:
            host = self.online_host_body_country()
        self.province_named = False
        if host is None and not ev["city"] and self.event_sentence is not None and not virtual:
            # "met in Tak province", "in the northern province of X", "in Shan State": a province is no city, but it
            # tells the host country.
            s, e = self.doc.sentences[self.event_sentence]
            pm = re.search(
                rf"\bin\s+(?:the\s+(?:[\w-]+\s+){{0,2}}?(?:province|state|region)\s+of\s+((?:{CAP}[\w’'-]+\s?){{1,3}})"
                rf"|((?:{CAP}[\w’'-]+\s){{1,3}})(?:[Pp]rovince|State|Region)\b)"
                # "at the meeting hall of the X Zone, Y District, Bokeo Province": the province closes the address.
                rf"|,\s+((?:{CAP}[\w’'-]+\s){{1,3}})(?:[Pp]rovince|State|Region)\b",
                self.text[s:e],
            )
            region = pm and (pm.group(1) or pm.group(2) or pm.group(3)).strip()
            code = subdivision_country(region) if region and not self.gaz_names_country(region) else None
            if code:
                host = code
                self.province_named = True
                ev["passages"]["host_country"] = self.text[s:e]
        if host is None and not virtual and (ev["city"] or "").endswith(" City") and not self.province_named:
            # "in Tagaytay City" with no country written: the dateline's, the publisher's, or the one country the
            # report's bodies share (the Philippine outlet, the Philippine bodies that host).
            host = (
                (dateline[1] if dateline else None) or self.publisher_country() or self.country_of_the_reports_bodies()
            )
        if host:
            ev["host_country"] = host.lower()
            ev["passages"].setdefault("host_country", ev["passages"].get("city") or "")

    def online_host_body_country(self):
        """The country of the body that hosts or convenes an online meeting, when its name carries one: "which the
        Royal Thai Police hosted as an online meeting", "convened over Zoom by the Indonesian National Police". A
        video call has no venue; the host country is the organiser's (a known body's country, or the one country
        or demonym its name holds)."""
        body = rf"((?:{CAP}[\w’'-]*|of|and|for)(?:\s+(?:{CAP}[\w’'-]*|of|and|for)){{0,7}})"
        cue = r"(?:hosted|convened|organi[sz]ed|co-hosted)"
        for pattern in (
            rf"\b(?:which|that)\s+the\s+{body}\s+{cue}\b",
            rf"\b{cue}\s+(?:online\s+|virtually\s+|(?:via|through|over|on)\s+\w+\s+)?by\s+(?:the\s+)?{body}",
        ):
            for pm in re.finditer(pattern, self.text):
                sentence = self.doc.passage(self.sentence_of(pm.start()))
                if FUTURE.search(sentence) and not HELD.search(sentence) or self.group_elsewhere(pm.start()):
                    continue
                name = pm.group(1)
                codes = set()
                for fm in gz.find(self.gaz, Document(name)):
                    for e in fm.entries:
                        if e.kind in ("country", "demonym"):
                            codes.add(e.key)
                        elif e.kind == "organization":
                            country = self.gaz.organizations.get(e.key, {}).get("country")
                            if country:
                                codes.add(country)
                if len(codes) == 1:
                    return codes.pop()
        return None

    def named_from(self, match):
        """Where a body's name begins in the text: "the Centre for X (CX)" for its bracketed acronym CX."""
        if re.search(r"\(\s*$", self.text[max(0, match.start - 3) : match.start]):
            paren = self.text.rfind("(", 0, match.start)
            spelt = next(
                (
                    o
                    for o in self.mentions
                    if o.kind == "organization" and o.keys == match.keys and 0 <= paren - o.end <= 1
                ),
                None,
            )
            if spelt is not None:
                return spelt.start
        return match.start

    def other_setting(self, offset, sentence):
        """True when a city is named in background rather than as where the meeting is: a background paragraph,
        a sentence that opens on the past or tells history, a body's seat ("based in Bangkok"), a treaty's place
        ("adopted in Palermo"), a body's general work ("UNHCR in Geneva has urged ...")."""
        if self.in_background_section(offset) or self.background(sentence):
            return True
        s, e = self.doc.sentences[sentence]
        stext = self.text[s:e]
        before = self.text[max(s, offset - 60) : offset]
        if re.search(
            r"\b(?:based|headquartered|seated|located|situated|sits|its (?:seat|headquarters|office|secretariat)|"
            # "the NCA's Liaison Officer in Hanoi", "Ambassador to Cambodia": where an official is posted.
            r"officer|attach[ée]|representative|ambassador|envoy|counsellor|consul|coordinator|adviser|advisor|"
            r"offices?|bureau|secretariat|headquarters|mission|embassy|signed|adopted|ratified|concluded|opened "
            r"for signature|established|founded|launched|created)\s+(?:\w+\s+){0,2}?(?:in|at)\s*$",
            before,
            re.IGNORECASE,
        ) and not self.held_at_an_office(s, offset):
            return True
        if HISTORY.search(stext) or re.search(
            r"\b(?:Convention|Protocol|Treaty|Charter|Declaration)\b[^.;]{0,80}\b(?:adopted|signed|ratified|"
            r"entered into force)|\b(?:has|have) (?:long |repeatedly |also )?(?:urged|called|worked|supported|"
            r"helped|warned|documented|reported|estimated)\b|\b(?:works|work) (?:with|to|on)\b",
            stext,
        ):
            return not (HELD.search(stext) and MEETING_WORDS.search(stext) and not self.other_year(offset))
        return False

    def held_at_an_office(self, s, offset):
        """True when the meeting is said to be held at the office named just before a city: "held in hybrid format
        at the Department of Justice main office in Manila" gives the venue, not a body's seat."""
        window = self.text[max(s, offset - 160) : offset]
        office = re.search(r"\bat\s+[^.;,]{0,60}\b(?:offices?|headquarters|secretariat|bureau)\s+in\s*$", window, re.I)
        return bool(
            office
            and re.search(
                r"\b(?:held|took place|met|meet|convened|hosted|gathered)\b[^.;]{0,60}$", window[: office.start()]
            )
        )

    def country_of_the_reports_bodies(self):
        """The one country the report's countries, demonyms and known national bodies point to ("the Philippine
        National Police", "the Department of Justice" of the Philippines), or None when they point to several."""
        counts = collections.Counter()
        # Every match, before context checks: "Philippine" in "the Philippine National Police" counts too.
        for m in self.matches:
            codes = set()
            for entry in m.entries:
                if entry.kind in ("country", "demonym"):
                    codes.add(entry.key.lower())
                elif entry.kind == "organization":
                    country = self.gaz.organizations.get(entry.key, {}).get("country")
                    if country:
                        codes.add(country.lower())
            if len(codes) == 1:
                counts[codes.pop()] += 1
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]):
            return ranked[0][0]
        return None

    def lede_before_meeting(self, offset):
        """True when the sentence that opens on the dateline at offset is the lede right before the sentence that
        names or dates the meeting ("CEBU CITY – X wrapped up a three-day workshop on March 6 ... The March 4-6
        training brought together ..."), tells of the gathering itself and of no journey: the dateline then
        stands for the meeting's place as it does in the meeting's own sentence."""
        index = self.sentence_of(offset + 1)
        if index + 1 != self.event_sentence:
            return False
        s, e = self.doc.sentences[index]
        lede = self.text[s:e]
        if re.search(
            r"\b(?:delegations?|travel(?:l)?ed|flew|visit(?:ed|ing)?|trip|abroad|overseas|returned|sent)\b", lede, re.I
        ):
            return False
        if any(
            cm.kind == "country"
            and s <= cm.start < e
            and re.search(r"\b(?:in|at|to)\s+$", self.text[cm.start - 4 : cm.start])
            for cm in self.mentions
        ):
            return False  # "... flew in from Manila for talks in Malaysia": the meeting was elsewhere
        return bool(
            re.search(r"\b(?:spent|wrapped up|concluded|completed|held|met|gathered|opened|closed)\b", lede)
            or MEETING_WORDS.search(lede)
        )

    def in_person_elsewhere(self):
        """True when the meeting's sentence puts it in a named country other than where the report was filed
        ("... met in Cambodia")."""
        s, e = self.doc.sentences[self.event_sentence]
        return any(
            cm.kind == "country"
            and s <= cm.start < e
            and re.search(r"\b(?:in|at)\s+$", self.text[cm.start - 4 : cm.start])
            for cm in self.mentions
        )

    def opening(self, count=4):
        """The report's first sentences of prose: a title, a publisher's line or a heading ("SUMMARY RECORD",
        "Kuala Lumpur, 3-4 September") comes before the opening and does not count among its sentences."""
        passages = []
        for i in range(len(self.doc.sentences)):
            passage = self.doc.passage(i)
            passages.append(passage)
            if len(passage.split()) >= 8:
                count -= 1
                if count == 0:
                    break
        return " ".join(passages)

    def virtual_meeting(self):
        scope = self.opening()
        if self.event_sentence is not None:
            scope += " " + self.doc.passage(self.event_sentence)
        # "held at the meeting hall of the Ministry ..., with the chairmen joining through video conferencing": some
        # joined from afar, but the meeting sat in a room.
        return (
            bool(virtual_cue(self.event["title"] + " " + scope))
            and not HYBRID.search(scope)
            and not (REMOTE_PART.search(scope) and HELD_AT_PLACE.search(scope))
        )

    def sentences_on_this_meeting(self):
        """(index, start, end) of every sentence that may tell of the reported meeting: not in a background passage,
        not opening on the past, not about another meeting ("The previous seminar was held online")."""
        for index, (s, e) in enumerate(self.doc.sentences):
            if not (self.in_background_section(s) or self.background(index) or another_meeting(self.text[s:e])):
                yield index, s, e

    def sentences_on_the_meetings_form(self):
        """The sentences, anywhere in the report, whose subject is the meeting and whose verb says how it was held:
        "The consultation was held in a hybrid format.", "This year the seminar was conducted online." A report in
        two languages may state the format only in its second part, far from the opening."""
        heads = MEETING_HEAD_WORDS
        found = []
        for index, s, e in self.sentences_on_this_meeting():
            # "It was held ...": only right after the sentence that reports the meeting.
            subject = rf"(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?:{heads})" + (
                "|it" if self.event_sentence is not None and index == self.event_sentence + 1 else ""
            )
            if (
                re.match(
                    rf"^\W*(?:{subject})\s+"
                    r"(?:was|were|is|has been)\s+(?:\w+\s+)?(?:held|conducted|run|organi[sz]ed|convened|delivered)\b",
                    self.text[s:e],
                    re.IGNORECASE,
                )
                or re.match(
                    # "On the fourth day, the course moved partly online": the meeting's form changed on one of its
                    # days.
                    rf"^\W*(?:on|for|during)\s+(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:day|session|morning|afternoon)s?"
                    rf"\s*,\s*(?:{subject})\s+(?:moved|went|switched|shifted)\s+"
                    r"(?:partly|partially|in part|fully|entirely)?\s*(?:online|virtual)\b",
                    self.text[s:e],
                    re.IGNORECASE,
                )
                or re.search(
                    # "..., which made the workshop a hybrid one", "The dialogue was a fully virtual event": the meeting
                    # said to be of a kind of meeting.
                    rf"\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?:{heads})\s+(?:(?:was|is|became)\s+)?an?\s+"
                    rf"(?:fully\s+|wholly\s+|purely\s+)?(?:hybrid|virtual|online|in-person)\s+(?:one|event|affair|{heads})\b",
                    self.text[s:e],
                    re.IGNORECASE,
                )
            ):
                found.append(self.text[s:e])
        return " ".join(found)

    def sentences_on_who_attended(self):
        """The sentence, anywhere in the report, that says who attended the meeting ("The Meeting was attended by
        ...", "the workshop was attended by 40 participants offline ...") and the sentence right after it: where the
        writer tells of those who took part from afar ("The delegation of Singapore participated through
        videoconference.")."""
        heads = MEETING_HEAD_WORDS
        found = []
        for index, s, e in self.sentences_on_this_meeting():
            if re.search(
                rf"\b(?:the|this)\s+(?:[\w-]+\s+){{0,3}}?(?:{heads})\s+(?:was|were)\s+(?:\w+\s+)?attended\s+by\b",
                self.text[s:e],
                re.IGNORECASE,
            ):
                found.append(self.text[s:e])
                if index + 1 < len(self.doc.sentences) and not self.background(index + 1):
                    found.append(self.doc.passage(index + 1))
                # "... attended by delegations from ten countries. Timor-Leste attended as an Observer. The
                # Secretariat was also in attendance. The Delegation of X participated via videoconference.": the
                # paragraph goes on with who came and how.
                for k in range(index + 2, min(index + 5, len(self.doc.sentences))):
                    if "\n" in self.text[self.doc.sentences[k - 1][1] : self.doc.sentences[k][0]]:
                        break
                    if not self.background(k):
                        found.append(self.doc.passage(k))
        return " ".join(found)

    def read_format(self):
        ev = self.event
        scope = ev["title"] + " " + self.opening()
        if self.event_sentence is not None:
            scope += " " + self.doc.passage(self.event_sentence)
        scope += " " + self.sentences_on_the_meetings_form()
        remote = REMOTE_PART.search(scope) or REMOTE_PART.search(self.sentences_on_who_attended())
        # "The X Dialogue brought together delegates from ten countries. Officers of two partner forces joined by
        # video link.": the two sentences after the meeting's own, in its paragraph, tell who joined from afar.
        paragraph = self.rest_of_paragraph(self.event_sentence, 2)
        remote = remote or REMOTE_PART.search(paragraph)
        if HYBRID.search(paragraph):
            scope += " " + paragraph
        if HYBRID.search(scope) or (remote and (ev["city"] or IN_PERSON.search(scope) or HELD_AT_PLACE.search(scope))):
            # "at the Ministry of Interior in Phnom Penh, with some partners joining by video link": both.
            ev["format"] = "hybrid"
            where = REMOTE_PART.search(self.text) if remote else None
            if where:
                ev["passages"]["format"] = self.passage(where.start())
        elif virtual_cue(scope):
            ev["format"] = "virtual"
            m = virtual_cue(self.text)
            if m:
                ev["passages"]["format"] = self.passage(m.start())
        elif IN_PERSON.search(scope) or ev["city"] or self.province_named:
            ev["format"] = "in_person"
        if ev["format"] and "format" not in ev["passages"]:
            ev["passages"]["format"] = ev["passages"].get("city") or ev["passages"].get("title") or ""

    def rest_of_paragraph(self, index, count):
        """Up to count sentences after sentence index, as long as no new paragraph begins."""
        if index is None:
            return ""
        parts = []
        for k in range(index + 1, min(index + 1 + count, len(self.doc.sentences))):
            if "\n" in self.text[self.doc.sentences[k - 1][1] : self.doc.sentences[k][0]]:
                break
            parts.append(self.doc.passage(k))
        return " ".join(parts)

    def read_previous(self):
        ev = self.event
        forum = ev["forum"]
        if not forum:
            return
        events = Event.objects.filter(forum__slug=forum, parent__isnull=True)
        previous = None
        if ev["number"]:
            previous = events.filter(number=ev["number"] - 1).values_list("slug", flat=True).first()
        if previous is None and ev["start_date"]:
            previous = (
                events.filter(start_date__lt=ev["start_date"])
                .order_by("-start_date")
                .values_list("slug", flat=True)
                .first()
            )
        ev["previous_event"] = previous
