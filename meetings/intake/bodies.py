"""The intake's readers of the roles that organizations, countries and groups play at the meeting: the cue phrases
before and after a name (hosted, chaired, attended, funded), background sections and other meetings that a name
belongs to rather than this one, delegations, members and participants' lists, and the groups of countries a
report names ("ASEAN member states", "the ten delegations"). They are separate because they decide, name by name,
what a body the base already holds is doing in a sentence; the meeting's own fields, the people and the outcomes
are read elsewhere. Analysis inherits them as BodyRoleReading.
"""

import datetime
import re

from meetings.models import (
    ParticipationRole,
    fold,
)

from . import gazetteer as gz
from . import lexicon
from .cues import (
    BACKGROUND_LEAD,
    GROUP_ATTEND,
    HELD,
    HISTORY,
    MEETING_WORDS,
    MEMBER_STATES_SHORT,
    NAME_LINKS,
    OTHER_MEETING,
    QUOTE,
    SPEECH_AFTER,
    TOOK_PART,
    another_meeting,
)
from .people import MAX_PHRASE, PHRASES, normalise_word
from .text import Document

# Cue phrases before a name, the role they give it. The nearest cue before a name in its sentence wins.
ORG_CUES_BEFORE = [
    (r"\bco-?hosted by\b", [ParticipationRole.HOST]),
    # "We co-hosted it with the X", "jointly organised the course with Y": the partner named after "with" shares
    # the work the verb names.
    (
        r"\b(?:co-?host(?:ed|ing|s)?|jointly hosted)\s+"
        r"(?:(?:it|them|this|that|the|our|their|its)\s+(?:[\w-]+\s+){0,3}?)?(?:together\s+)?with\b",
        [ParticipationRole.HOST],
    ),
    (
        r"\b(?:co-?organi[sz](?:ed|ing|es?)|co-?convened?|co-?convening|jointly (?:organi[sz]ed|convened|ran|run))\s+"
        r"(?:(?:it|them|this|that|the|our|their|its)\s+(?:[\w-]+\s+){0,3}?)?(?:together\s+)?with\b",
        [ParticipationRole.ORGANISER],
    ),
    (r"\borgani[sz]ed and hosted by\b", [ParticipationRole.ORGANISER, ParticipationRole.HOST]),
    (r"\bhosted and organi[sz]ed by\b", [ParticipationRole.HOST, ParticipationRole.ORGANISER]),
    (r"\bhosted by\b", [ParticipationRole.HOST]),
    (r"\b(?:co-?)?organi[sz]ed by\b", [ParticipationRole.ORGANISER]),
    (r"\bconvened by\b|\bunder the auspices of\b|\binitiated by\b", [ParticipationRole.ORGANISER]),
    (r"\bat the invitation of\b", [ParticipationRole.HOST]),
    (r"\b(?:co-?)?chaired by\b|\bunder the chairmanship of\b|\bchaired jointly by\b", [ParticipationRole.CHAIR]),
    (
        r"\b(?:jointly |co-?)?(?:funded|financed|sponsored) by\b|\bwith (?:the )?(?:financial )?"
        r"(?:funding|support|assistance|sponsorship) (?:of|from)\b|\bsupported by\b|\bthanks to (?:the )?support of\b"
        r"|\b(?:funding|grant|contribution|financial support) (?:(?:came|was provided|was given) )?(?:from|by)\b"
        r"|\bmade possible by\b",
        [ParticipationRole.FUNDER],
    ),
    (
        r"\bdelivered through\b|\bimplemented by\b|\bin partnership with\b|\bpartnership (?:involving|between|of)\b"
        r"|\btechnical (?:support|assistance|backstopping) (?:(?:came|was provided|was given) )?(?:of|from|by)\b"
        r"|\bin (?:collaboration|cooperation|coordination) with\b|\bfacilitated by\b|\bconducted by\b"
        # "The course ... was delivered by X together with Y": who ran a training.
        r"|\b(?:was|were|is|are|being|be)\s+(?:jointly\s+)?delivered by\b"
        # "It was jointly run by X, Y and Z": who ran a course; not "a shelter run by", which says no more than whose.
        r"|\b(?:was|were)\s+(?:jointly\s+|co-)?run by\b",
        [ParticipationRole.IMPLEMENTING_PARTNER],
    ),
    (r"\bconsultations? with\b|\bdialogue partners?\b", [ParticipationRole.DIALOGUE_PARTNER]),
    (r"\bobservers?\b", [ParticipationRole.OBSERVER]),
    (r"\bguests?\b|\binvited\b|\bmet (?:with )?(?:the )?representatives\b", [ParticipationRole.GUEST]),
    # "The signing was witnessed by X of the Y; Z of the W": those who stood by at a ceremony came to it.
    (r"\b(?:was|were) (?:also )?witnessed by\b", [ParticipationRole.GUEST]),
    (
        r"\bmember (?:countries|states|nations|delegations)\b|\bdelegations? (?:from|of)\b",
        [ParticipationRole.MEMBER_DELEGATION],
    ),
    (r"\bdialogue with\b|\bbriefing (?:by|from)\b", [ParticipationRole.GUEST]),
    (
        r"\b(?:attended|joined|represented) by\b|\bparticipation of\b|\bpresence of\b|\bparticipants? from\b"
        r"|\b(?:came|come|coming|drawn) from\b|\b(?:presentations?|briefings?|speakers?) (?:by|from)\b"
        # Not the people or things the meeting is about: "victims and perpetrators from within and beyond X".
        r"|\b(?!victims\b|migrants\b|workers\b|citizens\b|nationals\b|proceeds\b|funds\b|lessons\b|results\b|"
        r"perpetrators\b|offenders\b|traffickers\b|smugglers\b|recruiters\b|brokers\b|fugitives\b|suspects\b)"
        r"[a-z]+(?:ers|ors|ges|ials|ists|ants|ents|ives|ates|ces|men|ffs|ics|iefs|ads|ams|ons|ys)\s+from\b"
        r"|\b(?:officers?|officials?|representatives?|delegates?|experts?|police|participants?|speakers?) (?:from|of)\b"
        r"|\bincluding\b|\bincluded\b|\btogether\b|\bas well as\b|\balso present\b|\bpresent were\b"
        r"|\bin attendance\b|\bon behalf of\b|\balongside\b|\bwelcomed\b",
        [ParticipationRole.PARTICIPANT],
    ),
]
ORG_CUES_AFTER = [
    (
        r"^(?:’s|'s)?\W{0,3}(?:(?:also) )?"
        r"(?:sent|attended as|took part as|joined as|participated as|came as|was present as) (?:an? )?observers?\b",
        [ParticipationRole.OBSERVER],
    ),
    (r"^(?:’s|'s)?\W{0,3}(?:(?:also|jointly|successfully) )?(?:co-?)?hosted\b(?!\s+by\b)", [ParticipationRole.HOST]),
    (r"^(?:’s|'s)?\W{0,3}(?:(?:also|jointly) )?(?:co-?)?organi[sz]ed\b(?!\s+by\b)", [ParticipationRole.ORGANISER]),
    (r"^(?:’s|'s)?\W{0,3}(?:(?:also|jointly) )?(?:co-?)?chaired\b(?!\s+by\b)", [ParticipationRole.CHAIR]),
    (r"^(?:’s|'s)?\W{0,3}(?:(?:also|jointly) )?(?:funded|sponsored|financed)\b(?!\s+by\b)", [ParticipationRole.FUNDER]),
    # "X supported the logistics and interpretation", "Y supported the workshop": what the meeting ran on, paid or
    # given; not "Indonesia supported the proposal", a stance taken in the room.
    (
        r"^(?:’s|'s)?\W{0,3}(?:(?:also|jointly|generously) )?(?:supported|backed|covered|paid for)\s+"
        r"(?:the\s+|its\s+|this\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:logistics|workshop|meeting|dialogue|event|training|course|conference|seminar|sessions?|"
        r"travel|participation|interpretation|translation|costs?|venue|organi[sz]ation|hosting|accommodation)\b",
        [ParticipationRole.FUNDER],
    ),
    (r"^(?:’s|'s)?\W{0,3}convened\b(?!\s+by\b)", [ParticipationRole.ORGANISER]),
    (
        r"^(?:’s|'s)?\W{0,3}(?:(?:also|actively) )?(?:participated|attended|joined|took part|met|presented|briefed|"
        r"shared|delivered|spoke|reported|bring together|brings together|brought together|gathered|signed|agreed|"
        r"pledged|vowed|reaffirmed|committed|exchanged|discussed|adopted|endorsed|welcomed|attending|sent|dispatched)\b",
        [ParticipationRole.PARTICIPANT],
    ),
    (
        r"^(?:’s|'s)?\W{0,3}(?:delegation|delegates?|representatives?|envoys?|officials|officers)\b",
        [ParticipationRole.MEMBER_DELEGATION],
    ),
]
ORG_CUES_BEFORE = [(re.compile(p, re.IGNORECASE), roles) for p, roles in ORG_CUES_BEFORE]
ORG_CUES_AFTER = [(re.compile(p, re.IGNORECASE), roles) for p, roles in ORG_CUES_AFTER]
# A clause boundary past which a cue no longer reaches a name.
# "to" before a verb opens a clause; "to" before a capital is a word of a name ("Office to Monitor and Combat ...").
CLAUSE_BREAK = re.compile(r";|\bwhich\b|\bwhile\b|\bwhere\b|\bwhen\b|\bbut\b|\bto (?!the\b)[a-z]\w*|\bfor\b")
# What a trainer does in the room: "spent an afternoon on ...", "led a session on ...", "walked participants through
# ...", "taught", "ran the exercise".
TAUGHT_AFTER = re.compile(
    r"^\s*(?:also\s+)?(?:spent\s+(?:an?|the|one|two)\s+(?:\w+\s+)?(?:afternoon|morning|session|day|hour|hours|"
    r"evening)s?\b|(?:led|ran|chaired|moderated|facilitated|conducted)\s+(?:an?|the|two|three)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sessions?|exercises?|discussions?|modules?|workshops?|simulations?|panels?)\b|"
    r"(?:walked|took|guided|led|talked)\s+(?:the\s+)?(?:participants|trainees|students|delegates|officers|the room)\b|"
    r"(?:taught|trained|coached|instructed)\b)",
    re.IGNORECASE,
)
# "gave a short briefing", "made a presentation", "delivered a statement": a talk given at the meeting.
TALK_GIVEN = (
    r"^[\s,]*(?:also\s+)?(?:gave|made|delivered|offered)\s+(?:a|an|the|its|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:briefing|presentation|statement|talk|update|overview|intervention|remarks|address)\b"
)
# Who may foresee what the meeting itself sends on ("The meeting expects the plan to be tabled at ..."): anyone else's
# forecast is not a referral (forecast_of_others).
FORECASTING_MEETING = {
    "meeting", "meetings", "delegates", "delegations", "participants", "ministers", "members", "sides", "parties",
    "conference", "workshop", "dialogue", "forum", "session", "it", "they", "we", "both", "all", "som", "somtc",
}  # fmt: skip
# A sentence that denies, for all the names before it, that they took part: "None of these bodies was formally
# represented", "Neither organisation attended", "These agencies were not present" (denied_later).
GROUP_DENIAL = re.compile(
    r"\b(?:none\s+of\s+(?:these|those|them|the\s+above)|neither(?:\s+of\s+(?:these|those|them|the\s+two))?)\s+"
    r"(?:[a-z-]+\s+){0,2}?"
    r"(?:(?:was|were|is|are|had been|has been)\s+(?:\w+ly\s+)?(?:represented|present|in attendance)|"
    r"(?:\w+ly\s+)?(?:attended|took part|participated|sent (?:a|any|anyone|delegates|representatives)))\b"
    r"|\b(?:these|those|both|the two)\s+(?:[a-z-]+\s+){0,2}?(?:was|were|are)\s+not\s+(?:\w+ly\s+)?"
    r"(?:represented|present|in attendance)\b",
    re.IGNORECASE,
)
# A correction's account of what a report wrongly said before ("An earlier version of this story listed X among the
# participants"): the names in it are the error, not parties to the meeting.
RETRACTED = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous|original|first)\s+version\s+of\s+(?:this|the)\s+"
    r"(?:[a-z]+\s+)?(?:item|story|article|report|post|release|statement|update|piece)\b",
    re.IGNORECASE,
)
# A body's ties in the present tense, the habit of every year rather than the meeting: "also works with ... through",
# "cooperates closely with", "regularly engage with".
STANDING_RELATION = re.compile(
    r"\b(?:(?:also|regularly|routinely|closely|continues? to|continued to)\s+)?"
    r"(?:works|cooperates|collaborates|partners|engages|liaises)\s+(?:closely\s+|regularly\s+)?(?:with|through|alongside)\b"
    r"|\b(?:also|regularly|routinely|closely)\s+(?:work|cooperate|collaborate|partner|engage|liaise)\s+(?:closely\s+)?"
    r"(?:with|through|alongside)\b",
    re.IGNORECASE,
)
# A body's possessive before a meeting's name: "X's second Regional Operational Meeting on ...", "X's annual
# workshop" (see cued_roles).
POSSESSED_MEETING = re.compile(
    r"^(?:’s|'s)\s+(?:(?:\d{1,3}(?:st|nd|rd|th)|(?i:annual|yearly|biennial|regional|international|joint|special|"
    r"inaugural|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|two-day|three-day|four-day|"
    r"five-day|one-day)|[A-Z][\w’'-]*|on|of|for|and|in|against|the|&)\s+){0,12}?(?i:"
    + "|".join(sorted(lexicon.MEETING_HEADS))
    + r")s?\b"
)
# "In early June that year, ...", "A month later, ...", "The following year, ...": a time told from the sentence
# before, so the same story as that sentence.
RELATIVE_TIME_LEAD = re.compile(
    r"^\W*(?:(?:in|by|during|later|early|late|at the (?:start|end) of)\s+(?:(?:early|late|mid-?)\s*)?(?:\w+\s+)?"
    r"(?:that|the same|the following|the next)\s+(?:year|month|week|day)"
    r"|(?:a|an|one|two|three|four|five|six|several|a few|some|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:later|after(?:wards?)?|on)"
    r"|(?:the\s+)?(?:following|next|same)\s+(?:day|week|month|year)"
    r"|later that (?:year|month|week|day)|by then|at that time|that (?:year|month|week|same year))\b",
    re.IGNORECASE,
)
# "The workshop comes weeks after Hanoi hosted the 39th ... Conference": a sentence setting the meeting beside
# another occasion it follows tells of that other occasion, whose title, forum and number are not the meeting's.
COMES_AFTER = re.compile(
    r"\b(?:comes?|came|follow(?:s|ed)?|coming|following)\s+(?:just\s+|only\s+|shortly\s+|soon\s+|closely\s+)?"
    r"(?:(?:(?:a few|several|some|a|one|two|three|four|\d+)\s+)?(?:days?|weeks?|months?)\s+)?"
    r"(?:after|on the heels of|in the wake of)\b",
    re.IGNORECASE,
)
# "Many of the officers had taken part in a course at X": the past perfect of taking part tells of an earlier
# occasion than the reported meeting.
EARLIER_OCCASION = re.compile(
    r"\bhad\s+(?:\w+ly\s+|all\s+|already\s+)?(?:taken part|attended|participated|completed|joined|undergone|"
    r"been trained|trained)\b",
    re.IGNORECASE,
)
# An address, a contact or a credit line rather than prose. An e-mail address has a name before its "@"; a handle
# alone ("thanks to @AgencyName for ...") is how a social post names a party.
CONTACT = re.compile(
    r"https?://|www\.|[\w.]@\w|\b(?:tel|fax|e-?mail|phone|contact|photo|source|copyright)\b\s*[:.(]|©", re.IGNORECASE
)
# "according to the UN": a source cited, not a party.
REPORTED_SPEECH = re.compile(
    r"\b(?:according to|data from|figures from|report by|estimates? (?:by|of))\s+(?:the\s+)?$", re.IGNORECASE
)
# What a study or a data set found is background, whoever it names.
FINDINGS = re.compile(
    r"\b(?:report|study|survey|data|figures|research|statistics|estimates?)\s+(?:\w+\s+)?"
    r"(?:found|finds|showed|shows|estimated|estimates|revealed|reveals|suggests?|indicated?)\b",
    re.IGNORECASE,
)
# Capitalised words after a body's name that make it a building's name.
VENUE_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w’'-]*){0,3}?\s+(?:Conference|Convention|Training|Exhibition|Congress)?\s*"
    r"(?:Centre|Center|Hall|Building|Auditorium|Hotel|Complex|Tower|Plaza)\b"
)
# '"...," said Mr. X': the speaker of the quotation just before.
QUOTE_THEN_SPEAKER = re.compile(
    r"[”\"],?\s*(?:" + "|".join(sorted(lexicon.SPEECH_VERBS)) + r")\s+(?:[A-Z][\w.’']*\s+){0,6}$"
)
GROUP_NUMBER = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all)\s*$", re.IGNORECASE
)
# "... joined us in person", "joined the sessions online": a body that came to the meeting the writer attended.
JOINED_US = re.compile(
    r"^[^.;:]{0,80}?\bjoined\s+(?:us|them|the\s+(?:meeting|sessions?|talks|discussions?|dialogue|workshop))"
    r"(?:\s+(?:in\s+person|online|virtually|remotely|by\s+video(?:\s+link)?))?\s*(?:[,;.]|$|for\b|from\b)"
)
# A chain of bodies ("the X Division of the Y Department of the Z Ministry") is read back over this many links,
# across the small words a body's name holds.
# "Donors represented included A, B and C", "The countries represented were ...": who was represented at the
# meeting is who took part. Not "represented on the board" (a standing seat) nor "under-represented".
REPRESENTED_LIST = re.compile(
    r"\b[A-Za-z]+\s+represented\s+(?:(?:at|in)\s+(?:the|this)\s+(?:[a-z-]+\s+){0,2})?"
    r"(?:included|include|includes|were|was|are|ranged)\b"
)
CHAIN_LINKS = 4


class BodyRoleReading:
    """The roles of organizations, countries and groups at the meeting, name by name."""

    # --- organizations, countries and groups ----------------------------------------------------------------

    def roles_for(self, start, end):
        """(roles, explicit) of an organization or country named at start..end, from the words around it.

        A general cue ("X presented ...", "including X") counts only in a sentence about the meeting: "UNODC reported
        that ..." in the background says nothing about who took part.
        """
        roles, explicit = self.cued_roles(start, end)
        if roles == [ParticipationRole.PARTICIPANT] and not (explicit and self.about_meeting(self.sentence_of(start))):
            # "A representative of UNODC explained ...": someone of the body spoke, which is taking part.
            s, e = self.sentence_span(start)
            spoke = re.search(
                r"\b(?:representatives?|officials?|officers?|delegates?|experts?|speakers?)\s+(?:from|of)\s+"
                r"(?:the\s+)?$",
                self.text[s:start],
                re.IGNORECASE,
            ) and SPEECH_AFTER.search(re.sub(r"^\s*\([^)]{1,20}\)", "", self.text[end:e]))
            # "A representative of UNODC gave a short briefing": a talk given is speaking.
            spoke = spoke or (
                re.search(
                    r"\b(?:representatives?|officials?|officers?|delegates?|experts?|speakers?)\s+(?:from|of)\s+"
                    r"(?:the\s+)?$",
                    self.text[s:start],
                    re.IGNORECASE,
                )
                and re.match(TALK_GIVEN, self.text[end:e], re.IGNORECASE)
            )
            # "Ministers took note of a written update from X and of a statement delivered on behalf of Y": the
            # meeting heard the body.
            heard = re.search(
                r"\b(?:heard|received|noted|took note of|welcomed|listened to|(?:was|were) given)\b[^.;]{0,120}?\b"
                # "received a progress report from X": a report laid before the meeting is heard as a statement is.
                r"(?:statements?|messages?|updates?|briefings?|presentations?|remarks|interventions?|overviews?|"
                r"reports?)\s+"
                r"(?:[\w-]+\s+){0,2}?(?:from|by|on behalf of)\s+(?:the\s+)?$",
                self.text[s:start],
                re.IGNORECASE,
            )
            # "X, which has long supported the process, was in the room": said to be there; "The X Secretariat was
            # represented by its Deputy Secretary-General": there through its officer (not "represented on a board").
            present = re.match(
                r"^(?:\s*\([^()]{1,20}\))?(?:\s*,[^,;]{1,120},)?\s+(?:was|were)\s+(?:also\s+)?"
                r"(?:present|in the room|in attendance|on hand|"
                r"represented\s+by)\b",
                self.text[end:e],
            )
            # "Representing Malaysia, Ms X described ...": a sentence that opens by saying whom its subject stood for
            # names a party; the phrase ends at its first comma.
            stood_for = re.match(
                r"^\W*(?:Representing|On behalf of|Speaking (?:for|on behalf of)|Standing in for)\s+[^,;:.]*$",
                self.text[s:start],
            ) and re.match(r"^[^,;:.]{0,60},\s+\S", self.text[end:e])
            if not explicit and not (heard or present or stood_for):
                return roles, False
            spoke = spoke or heard or present or stood_for
            # "The sharpest intervention came from Indonesia": a voice heard in the room is someone taking part.
            spoke = spoke or re.search(
                r"\b(?:voices?|speakers?|interventions?|contributions?|presentations?|remarks|statements?)\s+"
                r"(?:[^.;,]{0,40}?\s)?(?:came|comes|had come)\s+from\s+(?:the\s+)?$",
                self.text[s:start],
                re.IGNORECASE,
            )
            return roles, bool(spoke) and not self.about_another_meeting(start) and not self.other_year(start)
        return roles, explicit

    def background_sections(self):
        """Character spans of paragraphs headed or introduced as background: "Background", "About UNODC",
        "Notes to editors", "For more information". A heading on a line of its own runs to the next heading or
        the end; a paragraph that opens "Background:" is background to its end."""
        if "_background_sections" not in self.__dict__:
            spans = []
            heading = re.compile(
                r"(?:background(?: information| note)?|about (?:the )?[\w’'&().,-]+(?: [\w’'&().,-]+){0,8}|"
                r"notes? (?:to|for) (?:the )?editors?|editor[’']?s[’']? notes?|for (?:more|further) information"
                r"(?: (?:please )?(?:contact|visit|see)\b[^\n]{0,80})?|media contacts?|press contacts?)",
                re.IGNORECASE,
            )
            offset = 0
            open_at = None
            for line in self.text.split("\n"):
                start, stripped = offset, line.strip()
                offset += len(line) + 1
                if not stripped:
                    continue
                bare = stripped.strip("*#_ ").rstrip(":").strip()
                short = len(bare) <= 80 and not re.search(r"[.!?]$", bare)
                if short and heading.fullmatch(bare):
                    open_at = start
                    continue
                if open_at is not None and short and len(bare.split()) <= 8 and not bare.endswith(","):
                    # Another heading closes the background section.
                    spans.append((open_at, start))
                    open_at = None
                m = heading.match(stripped.strip("*#_ "))
                if m and re.match(r"^\s*[:—–-]", stripped.strip("*#_ ")[m.end() :]):
                    spans.append((start, start + len(line)))
            if open_at is not None:
                spans.append((open_at, len(self.text)))
            self._background_sections = spans
        return self._background_sections

    def in_background_section(self, offset):
        return any(a <= offset < b for a, b in self.background_sections())

    # "This was incorrect.", "That information was wrong.", "The date given was a mistake.": a correction's verdict
    # on what it has just repeated.
    RETRACTION = re.compile(
        r"^\W*(?:this|that|it|these|those|the (?:\w+ ){0,2}(?:report|article|story|information|details?|date|venue))\s+"
        r"(?:was|is|were|are)\s+(?:\w+ly\s+)?(?:incorrect|wrong|inaccurate|mistaken|erroneous|not correct|not accurate|"
        r"an? (?:error|mistake))\b",
        re.IGNORECASE,
    )

    def retracted(self, index):
        """True for a sentence that a correction notice repeats only to withdraw it: "We reported that the forum
        would meet in Penang on 4 May. This was incorrect." Its dates and places are the error, not the meeting's.
        The verdict stands in the next sentence, or the sentence itself says it reported wrongly."""
        cache = self.__dict__.setdefault("_retracted", {})
        if index not in cache:
            cache[index] = self.read_retracted(index)
        return cache[index]

    def read_retracted(self, index):
        s, e = self.doc.sentences[index]
        if re.search(
            r"\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:reported|stated|said|wrote|gave)\b",
            self.text[s:e],
            re.IGNORECASE,
        ):
            return True
        if index + 1 < len(self.doc.sentences):
            ns, ne = self.doc.sentences[index + 1]
            return bool(self.RETRACTION.match(self.text[ns:ne]))
        return False

    def background(self, index):
        """True for a sentence that opens on the past ("Previously, ...", "Last year, ...", "In 2019, ...")."""
        s, e = self.doc.sentences[index]
        if self.retracted(index):
            return True
        m = BACKGROUND_LEAD.match(self.text[s:e])
        year = m and re.search(r"(?:19|20)\d\d", m.group())
        if year:
            # "In 2025, ..." may be the meeting's own year: only another year than the meeting's (or, before the
            # meeting's date is read, the report's) makes the sentence background.
            known = getattr(self, "event", {}).get("start_date")
            reference = int(known[:4]) if known else (self.published_on.year if self.published_on else None)
            if (
                index == 0
                and not known
                and reference is not None
                and int(year.group()) == reference - 1
                and HELD.search(self.text[s:e])
            ):
                # "In 2025, X convened ..." opening a report of early 2026: the news itself, told a year on.
                return False
            return reference is not None and int(year.group()) != reference
        if m and re.match(r"\W*last month\b", m.group(), re.IGNORECASE) and self.published_on is not None:
            # "Last month, the question was taken up at a workshop in X" of a meeting held the month before the
            # report: the news itself, not its past.
            known = getattr(self, "event", {}).get("start_date")
            previous = (self.published_on.replace(day=1) - datetime.timedelta(days=1)).strftime("%Y-%m")
            if known and known[:7] == previous:
                return False
        if not m and index != getattr(self, "event_sentence", None) and index > 0:
            return bool(index > 1 and COMES_AFTER.search(self.text[s:e])) or self.carries_on_background(index)
        return bool(m)

    def carries_on_background(self, index):
        """True for a sentence that dates itself only from the background sentence before it in its paragraph:
        "Back in 2015, ... In early June that year, officials met in X. A month later, ministers gathered in Y for
        ...": "that year" and "a month later" go on telling the same past."""
        s, e = self.doc.sentences[index]
        if not RELATIVE_TIME_LEAD.match(self.text[s:e]):
            return False
        _ps, pe = self.doc.sentences[index - 1]
        return "\n" not in self.text[pe:s] and self.background(index - 1)

    def about_another_meeting(self, offset):
        """True in a sentence about an earlier or later meeting: "Last year's meeting in Bangkok was hosted by ..."."""
        index = self.sentence_of(offset)
        if index == self.event_sentence:
            return False
        if self.background(index):
            return True
        s, _e = self.sentence_span(offset)
        # The other meeting is what the sentence is about when it is named before the name in question.
        lead = self.text[s:offset]
        if re.search(
            r"\b(?:last|next) year[’']?s (?:\w+ )?(?:meeting|conference|dialogue|summit|session|workshop|course|"
            r"training|seminar|forum)\b",
            lead,
            re.IGNORECASE,
        ):
            return True
        return bool(another_meeting(lead)) and not re.search(
            r"\b(?:this|the present|the current|today'?s)\s+(?:meeting|conference|dialogue)\b", lead
        )

    def about_meeting(self, index):
        # The headline and the lede, up to the sentence that says the meeting took place, are about it.
        if index <= 1 or (self.event_sentence is not None and index <= self.event_sentence):
            return True
        cache = self.__dict__.setdefault("_about_meeting", {})
        if index not in cache:
            s, e = self.doc.sentences[index]
            about = bool(
                MEETING_WORDS.search(self.text[s:e])
                or HELD.search(self.text[s:e])
                or REPRESENTED_LIST.search(self.text[s:e])
            )
            if not about and index > 0:
                # "... who met in the capital on May 3. Staff from X took the minutes.": a short sentence
                # right after one about the meeting, in the same paragraph, goes on about it.
                ps, pe = self.doc.sentences[index - 1]
                about = (
                    e - s <= 120
                    and "\n" not in self.text[pe:s]
                    and bool(MEETING_WORDS.search(self.text[ps:pe]) or HELD.search(self.text[ps:pe]))
                )
            cache[index] = about
        return cache[index]

    def cued_roles(self, start, end):
        s, e = self.sentence_span(start)
        after = self.text[end:e]
        # "The X (XX), through its Y programme, serves as the forum's Regional Secretariat": the body that runs the
        # forum's secretariat organises its meetings. Only for the sentence's subject, not a body named in passing.
        if re.fullmatch(r"\W*(?:the\s+)?", self.text[s:start], re.IGNORECASE) and re.match(
            r"^[^.;]{0,160}?\b(?:serves|served|serving|acts|acted|acting)\s+as\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
            r"[Ss]ecretariat\b",
            after,
        ):
            return [ParticipationRole.ORGANISER], True
        # "met in Manila for UNODC's third Regional Meeting on ...", "the Centre's annual workshop": the
        # body whose meeting it is organised it. Only ordinals, a few describing words and a capitalised title may
        # come between the possessive and the meeting's head word ("ASEANAPOL's role in the meeting" is no such).
        if POSSESSED_MEETING.match(after):
            return [ParticipationRole.ORGANISER], True
        # A list of names shares the cue after its last member ("Canada and New Zealand funded ..."): skip the list.
        tail = re.match(r"^(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,6})*", after)
        after_list = after[tail.end() :] if tail else after
        # "The ASEANAPOL Secretariat, led by its Executive Director, presented ...": past an apposition.
        # "The X Counter Trafficking (X-CT) programme, which supports the working group, presented ...": past the
        # body's acronym and the kind of body it is, too.
        appo = re.match(
            r"^(?:\s*\([^()]{1,15}\))?(?:\s+(?:programme|program|project|initiative|facility|mission|team))?\s*,"
            r"[^,;]{1,120},",
            after,
        )
        if appo:
            for regex, roles in ORG_CUES_AFTER:
                if regex.search(after[appo.end() :]):
                    return roles, True
        # "The X Secretariat in Kuala Lumpur sent its Director ...": past the seat of the body.
        seat = re.match(r"^\s+(?:in|based in)\s+(?:[A-Z][\w’'-]*\s*){1,3}(?=\s*[a-z])", after)
        after_seat = after[seat.end() :] if seat else None
        for regex, roles in ORG_CUES_AFTER:
            if regex.search(after) or (after_list is not after and regex.search(after_list)):
                return roles, True
            if after_seat is not None and regex.search(" " + after_seat.lstrip()):
                return roles, True
        main = re.search(
            r"^(?:[^;]*?)\b(held|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|convened)\s+(?:a|an|the|its)\b", after
        )
        if main and not re.search(r"\b(?:which|who|that)\b", self.masked(end, end + main.start(1))):
            verb = main.group(1).lower()
            return ([ParticipationRole.HOST] if "host" in verb else [ParticipationRole.ORGANISER]), True
        # A cue further back than this is another clause's, unless a list of items parted by semicolons runs on
        # from it ("witnessed by A, Director of B; C, Adviser of D; and E, ...").
        reach = 700 if re.search(r";\s+(?:and\s+)?[A-Z]", self.text[max(s, start - 300) : start]) else 300
        s = max(s, start - reach)
        before = self.text[s:start]
        if (
            re.search(r"\b(?:held |hosted )?at (?:the )?$|\bat the invitation of (?:the )?$", before)
            and self.sentence_of(start) == self.event_sentence
        ):
            return [ParticipationRole.HOST], True
        best = None
        for regex, roles in ORG_CUES_BEFORE:
            for m in regex.finditer(before):
                if roles == [ParticipationRole.PARTICIPANT] and best is not None and best[1] != roles:
                    # A specific cue ("met representatives from") outranks a general one in the same clause.
                    if not CLAUSE_BREAK.search(before[best[0] :]):
                        continue
                if best is None or m.end() > best[0]:
                    best = (m.end(), roles, m)
        if best:
            between = self.masked(s + best[0], start)
            items = list(re.finditer(r";(?=\s+(?:and\s+)?[A-Z])", between))
            if items and best[2].group().lower().endswith(" by"):
                # "attended by A, Director of B; C, Adviser of D for E; and F": semicolons part the items of the
                # list after "by", not clauses; only the name's own item can break off.
                between = between[items[-1].end() :]
            if not CLAUSE_BREAK.search(between) or best[1] == [ParticipationRole.PARTICIPANT]:
                roles = best[1]
                # "guests from ASEANAPOL Dialogue Partners and Observers, such as the FBI": they came as guests.
                if roles in ([ParticipationRole.DIALOGUE_PARTNER], [ParticipationRole.OBSERVER]) and re.search(
                    r"\bguests?\b", before[: best[2].start()], re.IGNORECASE
                ):
                    roles = [ParticipationRole.GUEST]
                if best[1] == [ParticipationRole.PARTICIPANT] and CLAUSE_BREAK.search(between):
                    return roles, False
                return roles, True
        return [ParticipationRole.PARTICIPANT], False

    def masked(self, a, b):
        """The text from a to b with the names found in it blanked, so words inside names break no clause."""
        chunk = list(self.text[a:b])
        for m in self.mentions:
            if m.end > a and m.start < b:
                for k in range(max(m.start, a), min(m.end, b)):
                    chunk[k - a] = "X"
        return "".join(chunk)

    def qualifies_previous(self, match):
        """True when a name only qualifies the one before it: "... Department under the Ministry of X"."""
        before = self.text[max(0, match.start - 12) : match.start]
        if not re.search(r"(?:\bof\s+(?:the\s+)?|\(\s*)$", before, re.IGNORECASE):
            return False
        lead = re.sub(r"(?:\bunder\s+(?:the\s+)?|\bof\s+(?:the\s+)?|\(\s*)$", "", before, flags=re.IGNORECASE)
        anchor = match.start - (len(before) - len(lead))
        return any(m.end >= anchor - 1 and m.end <= anchor and m.kind in ("organization",) for m in self.mentions)

    def read_organizations_and_countries(self):
        publisher = fold(self.publisher)
        for match in self.mentions:
            if match.kind not in ("organization", "country", "demonym") or match.start in self.group_orgs:
                continue
            kind, key, confidence, choices = self.resolve(match)
            roles, explicit = self.roles_for(match.start, match.end)
            if kind == "organization" and roles == [ParticipationRole.MEMBER_DELEGATION]:
                roles = [ParticipationRole.PARTICIPANT]
            if match.kind == "demonym" and not (
                re.match(r"^\s+[A-Za-z]", self.text[match.end : match.end + 3])
                or not self.country_code(self.text[match.start : match.end])
            ):
                # "jobs in Cambodia and Myanmar.": a word that is both the country and its adjective, with no noun
                # after it, is the country named as a noun, read as any country is.
                pass
            elif match.kind == "demonym":
                roles = (
                    roles
                    if explicit and roles != [ParticipationRole.PARTICIPANT]
                    else [ParticipationRole.MEMBER_DELEGATION]
                )
                explicit = True
            if not explicit and kind == "country" and (self.heads_a_list(match) or self.labels_a_line(match)):
                explicit = True  # "Thailand" on its own line above the bodies it sent: a list of participants
            if not explicit and choices is None and self.plainly_present(match):
                # An exact, unambiguous name in a sentence about the meeting is most often a party to it: offered
                # pre-selected as a participant unless the sentence is about something else.
                explicit = True
            if not explicit and choices is None and kind == "country" and self.all_listed_took_part(match):
                explicit = True  # "X brings together A, B and C. All three sent delegations."
            selected = explicit and choices is None
            ws, we = self.sentence_span(match.start)
            sentence = self.text[ws:we]
            if selected and OTHER_MEETING.search(sentence) and not HELD.search(sentence):
                selected = False
            if selected and self.about_another_meeting(match.start):
                selected = False
            if selected and (self.absent(match) or self.denied_later(match.start)):
                selected = False
            if selected and RETRACTED.search(sentence):
                selected = False  # "An earlier version of this item listed Myanmar among them": the error corrected
            if selected and self.superseded(match):
                selected = False  # "the former X programme": a predecessor is history, not a party
            if (
                selected
                and kind == "country"
                and roles == [ParticipationRole.PARTICIPANT]
                and re.search(
                    r"\b(?:in|into|inside|within|across|throughout|near|along|towards)\s+(?:the\s+)?$",
                    self.text[max(0, match.start - 20) : match.start],
                )
            ):
                selected = False  # a general cue reaching "rescues in Cambodia" names a place, not a party
            if selected and self.other_year(match.start):
                selected = False  # "Malaysia hosted a similar workshop in 2023"
            if selected and self.standing_relation(match.start):
                selected = False  # "X also works with partners through Y, as a dialogue partner, and through Z"
            if selected and self.in_background_section(match.start):
                selected = False  # "Background", "About the project", "Notes to editors": not the meeting
            if (
                selected
                and kind == "organization"
                and (
                    re.match(
                        r"^\s+(?:mechanism|umbrella|charter|agenda|community|region|way|spirit|context|principles?|"
                        r"standards?|centrality|vision|blueprint)\b",
                        self.text[match.end : match.end + 30],
                    )
                    # "within the ASEAN framework"; but "consultations under the X Plus Three framework" meet in it.
                    or (
                        re.match(r"^\s+framework\b", self.text[match.end : match.end + 30])
                        and re.search(
                            r"\b(?:within|in line with|as part of|in the|through the)\s+(?:the\s+)?$",
                            self.text[max(0, match.start - 25) : match.start],
                        )
                    )
                )
                and not self.cued_directly(match)
            ):
                selected = False  # "within the ASEAN framework": the body names the setting, not a party
            if selected and kind == "organization" and not self.cued_directly(match) and self.group_as_region(match):
                selected = False  # "perpetrators from within and beyond ASEAN": the region, not the body
            if selected and kind == "country" and self.dateline_country(match):
                selected = False  # "GENEVA, Switzerland – Officials met in Vientiane": where the report was filed
            if selected and kind == "country" and self.victims_place(match):
                selected = False  # "victims trafficked from Myanmar to Malaysia": a place, not a party
            if (
                selected
                and kind == "organization"
                and not self.cued_directly(match)
                and not self.cued_at(self.chain_start(match))
                and not self.chain_acts(match)
                and self.only_a_parent(match)
            ):
                selected = False  # "the Border Guard Command of the Ministry of ...": the parent may be linked
            if selected and kind == "organization" and VENUE_AFTER.match(self.text[match.end : match.end + 60]):
                selected = False  # "at the United Nations Conference Centre": a building named after the body
            if selected and kind == "organization" and self.begins_other_name(match):
                # "UN Women": a short name that begins another body's name, which the base lacks.
                selected = False
                nxt = self.doc.tokens[match.end_token]
                if not self.overlaps_new(match.start, nxt.end):
                    item = self.add_new("organization", self.text[match.start : nxt.end], match.start, nxt.end)
                    item["label"] = self.text[match.start : nxt.end]
            if (
                selected
                and kind == "organization"
                and self.qualifies_previous(match)
                and not self.cued_at(self.chain_start(match))
            ):
                selected = False
            if selected and kind == "country" and (self.in_post(match) or self.qualifies_next(match)):
                selected = False
            if (
                publisher
                and kind == "organization"
                and publisher
                in (
                    fold(self.gaz.organizations[key]["name"]),
                    fold(self.gaz.organizations[key]["acronym"]),
                )
            ):
                if roles == [ParticipationRole.PARTICIPANT] and self.is_credit(match):
                    # "MPS - ..." credits the publishing ministry; "the Ministry's delegation" says it took part.
                    selected = self.publisher_took_part(key)
            if (
                choices is None
                and (self.in_roll(match.start) or (kind == "country" and self.delegation_label(match)))
                and not self.absent(match)
                and not self.in_background_section(match.start)
            ):
                # A name in a list of those who attended took part: a bullet or a table's cell has no verb to say
                # so. "Viet Nam: Sr. Col. X, ..." heads a delegation the same way.
                selected = True
            for role in roles:
                self.add_link(
                    kind,
                    key,
                    role,
                    match.start,
                    match.end,
                    selected,
                    confidence if selected else min(confidence, 0.6),
                    **({"choices": choices} if choices else {}),
                )

    def all_listed_took_part(self, match):
        """True for a country named in a sentence that lists several ("COMMIT brings together the governments of A, B,
        C and D") when the next sentence says all of them took part ("All four sent delegations", "Each was
        represented"). A count, when given, must be the number of countries listed: "All three" after four names
        speaks of some other three."""
        index = self.sentence_of(match.start)
        if not self.doc.sentences or index + 1 >= len(self.doc.sentences):
            return False
        ns, ne = self.doc.sentences[index + 1]
        numbers = "|".join(w for w, n in lexicon.NUMBER_WORDS.items() if n > 0)
        confirm = re.match(
            rf"^\W*(?:all|each|every one)(?:\s+of)?(?:\s+(?:the|these|those|them))?(?:\s+(?P<n>\d{{1,2}}|{numbers}))?"
            r"(?:\s+[a-z-]+){0,2}?\s+(?:also\s+)?(?:sent|attended|took part|participated|joined|"
            r"(?:was|were)\s+(?:also\s+)?(?:represented|present))\b",
            self.text[ns:ne],
            re.IGNORECASE,
        )
        if not confirm or self.other_year(ns) or self.about_another_meeting(ns):
            return False
        s, e = self.doc.sentences[index]
        listed = {m.keys[0][1] for m in self.mentions if s <= m.start < e and m.kind in ("country", "demonym")}
        if len(listed) < 2:
            return False
        word = (confirm.group("n") or "").lower()
        count = int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word)
        return count is None or count == len(listed)

    def delegation_label(self, match):
        """True for a country that labels its delegates at the head of a line: "Viet Nam: Sr. Col. X, Deputy
        Director ...", "- Lao PDR - Mr. Y", or "Cambodia" alone on a line over a list of its delegates."""
        text = self.text
        line_start = text.rfind("\n", 0, match.start) + 1
        # "* The Philippines – Director X ...": a country whose name takes "the" labels its line as well.
        if not re.fullmatch(
            r"[ \t]*(?:[-•*·–—▪◦][ \t]*|\(?\d{1,2}[.)][ \t]*)?(?:[Tt]he[ \t]+|THE[ \t]+)?",
            text[line_start : match.start],
        ):
            return False
        line_end = text.find("\n", match.end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[match.end : line_end]
        label = re.match(r"[ \t]*(?:delegation|delegates|team)?[ \t]*(?::|[-–—|])[ \t]*", rest, re.IGNORECASE)
        after = rest[label.end() :] if label else rest
        if not after.strip():
            if not (label or re.fullmatch(r"[ \t]*(?:delegation|delegates|team)?[ \t]*", rest, re.IGNORECASE)):
                return False
            # A heading: the next line lists the delegates.
            following = re.match(r"\n[ \t]*\n?[ \t]*([-•*·–—▪◦]|\d{1,2}[.)])?[ \t]*(\S[^\n]*)", text[line_end:])
            return bool(following and following.group(1) and self.opens_with_person(following.group(2)))
        return bool(label) and self.opens_with_person(after)

    def opens_with_person(self, words):
        """True when words begin with a rank or honorific ("Sr. Col.", "Mr.", "Pol. Lt. Gen.") or a name set off
        by a comma before its post ("Nguyen Van X, Deputy Director")."""
        if re.match(r"(?:[A-Z][\w’'.-]*[ \t]+){1,4}[A-Z][\w’'-]*[ \t]*,", words):
            return True
        tokens = words.split()[:5]
        for n in range(len(tokens), 0, -1):
            if " ".join(normalise_word(t) for t in tokens[:n]) in PHRASES:
                return True
        # "Director Jerome B. Santiago of the ...": a post in capitals, then a name of two or more words.
        tokens = words.split()[:7]
        k = 0
        while k < len(tokens) and tokens[k][:1].isupper() and fold(tokens[k]).strip(".,") in lexicon.POST_WORDS:
            k += 1
        name = []
        for t in tokens[k:]:
            if not t[:1].isupper() or fold(t).strip(".,") in lexicon.ORG_HEADS | lexicon.POST_WORDS:
                break
            name.append(t)
            if t.endswith(","):
                break
        return k > 0 and len(name) >= 2

    def publisher_took_part(self, key):
        """True when the report speaks of the publishing body by its head word as a party: "the Ministry's
        delegation", "officers of the Ministry", "the Ministry presented ..." (not "the Ministry of X")."""
        head = self.gaz.organizations[key]["name"].split()[0]
        if fold(head) not in lexicon.ORG_HEADS:
            return False
        party = (
            r"(?:[’']s\s+)?(?:delegation|delegates|representatives?|officials?|officers|leaders?|leadership|team)\b"
            r"|\s+(?:also\s+)?(?:presented|attended|took part|participated|joined|co-?chaired|chaired|co-?organi[sz]ed|"
            r"organi[sz]ed|co-?hosted|hosted|sent|delivered|briefed|shared|introduced|led)\b"
        )
        mentions = [
            *re.finditer(rf"\b[Tt]he {re.escape(head)}(?!\s+(?:of|for)\b)(?:{party})", self.text, re.IGNORECASE),
            *re.finditer(
                rf"\b(?:officers?|officials?|representatives?|delegates?|leaders?|delegation)\s+(?:of|from)\s+the\s+"
                rf"{re.escape(head)}\b(?!\s+(?:of|for)\b)",
                self.text,
                re.IGNORECASE,
            ),
        ]
        return any(self.bare_head_means(key, head, m.start()) for m in mentions)

    def bare_head_means(self, key, head, offset):
        """True when "the Ministry" at offset is the publishing body key: no other body of that head word ("the
        Ministry of Labour", "the Ministry of Foreign Affairs") is named before it, as the bare word then points
        back to the last one named."""
        named = None
        for m in re.finditer(
            rf"\b{re.escape(head)}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w’'-]*)*",
            self.text[:offset],
        ):
            named = m
        if named is None:
            return True
        found = [mm for mm in gz.find(self.gaz, Document(named.group())) if mm.start == 0]
        return any(mm.kind == "organization" and key in (k for _kind, k in mm.keys) for mm in found)

    def forecast_of_others(self, before):
        """True when the words before a forum's name foresee that a topic comes up there again ("... to be raised
        again at the"), or someone other than the meeting expects it ("officials expect ... to be raised at the",
        "observers predict ..."). "The meeting expects the plan to be tabled at the ..." stays a referral."""
        if re.search(r"\bagain\s+(?:at|before|to|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", before, re.IGNORECASE):
            return True
        m = re.search(
            r"\b(\w+)\s+(?:also\s+|now\s+)?(?:expect|expects|expected|predict|predicts|predicted|anticipate|"
            r"anticipates|anticipated|believe|believes)\b[^.;]*?\bto be\b",
            before,
            re.IGNORECASE,
        )
        return bool(m) and fold(m.group(1)) not in FORECASTING_MEETING

    def denied_later(self, offset):
        """True when a later sentence of the same paragraph denies, as a group, that the names before it took part:
        "Speakers named X and Y as partners to court. None of these bodies was represented.", "Neither
        agency sent anyone." The paragraph is the group the pronoun looks back over."""
        para_end = self.text.find("\n", offset)
        para_end = len(self.text) if para_end < 0 else para_end
        _s, e = self.sentence_span(offset)
        return bool(GROUP_DENIAL.search(self.text[e:para_end]))

    def standing_relation(self, offset):
        """True for a name in a sentence, not the meeting's own, that tells how a body works all year round in the
        present tense ("X also works with partners across the region through Y, as a dialogue partner, and through
        Z", "The centre cooperates closely with ..."): the body's standing ties, not who came. A sentence that also
        says the meeting was held or attended in the past tense is left to the other rules."""
        index = self.sentence_of(offset)
        if index == self.event_sentence:
            return False
        s, e = self.sentence_span(offset)
        sentence = self.text[s:e]
        return bool(STANDING_RELATION.search(sentence)) and not HELD.search(sentence)

    def dateline_country(self, match):
        """True for a country written after the town of a news dateline that opens a line ("LYON, France – ...",
        "Geneva, Switzerland (Reuters) —"): where the report was filed, a place. The meeting's own country is linked
        as its host by the place rules, whatever the dateline says."""
        line_start = self.text.rfind("\n", 0, match.start) + 1
        return bool(
            re.fullmatch(r"\s*[A-Z][A-Za-z .'’-]{1,40},\s*", self.text[line_start : match.start])
            and re.match(r"\s*(?:\([^)]{1,30}\))?\s*(?:–|—|--|-|:)\s", self.text[match.end : match.end + 40])
        )

    def victims_place(self, match):
        """True for a country named as where victims came from or were taken ("victims trafficked from X to Y",
        "most victims came from X")."""
        s, e = self.sentence_span(match.start)
        found = re.search(
            # Within one clause ("social workers from ... took part, together with officials from X" is two),
            # and social workers are participants, not the people moved. A word that only qualifies another
            # ("victim-support officers", "migrant-welfare staff") names their work, not who they are.
            r"\b(?i:victims?|survivors?|trafficked|smuggled|lured|recruited|repatriated|returned|rescued|deported|"
            r"taken|sold|migrants?|(?<!social )workers?|nationals?|citizens?|(?P<people>people|persons|men|women|"
            r"children|boys|girls|youths?|foreigners))\b(?!-)[^.;,]{0,80}?"
            r"\b(?:from|to|into|in|back to)\s+"
            # "from as far away as Kenya", "from as far afield as Brazil": the same origin, set far off.
            r"(?:as\s+far\s+(?:away|afield)\s+as\s+)?"
            # The rest of a list counts too: "returned from Laos, Viet Nam and the Philippines".
            r"(?:the\s+|neighbouring\s+|neighboring\s+)?(?:[A-Z][\w’'-]*,?\s+(?:and\s+|or\s+)?(?:the\s+)?)*$",
            self.text[s : match.start],
        )
        if not found:
            return False
        # "judges and victim-support officers from X": the noun that "from" hangs on is who
        # came, and those who work on a case are participants, not the people moved.
        heads = re.findall(r"\b([a-z-]+)\s+from\s", self.text[s : match.start])
        if heads and heads[-1] in lexicon.PARTICIPANT_NOUNS:
            return False
        # "People from twelve countries attended", "the workshop brought together people from ...": plain people in
        # a sentence about the meeting are its participants.
        # Inside a quotation only the quoted words count: '"Men from X cross into Y," she told the workshop.'
        scope = self.text[s:e]
        quote = re.search(r"[\"“]([^\"“”]*)$", self.text[s : match.start])
        if quote:
            close = re.search(r"[\"”]", self.text[match.end : e])
            scope = quote.group(1) + self.text[match.start : match.end + close.start() if close else e]
        return not (found.group("people") and (MEETING_WORDS.search(scope) or HELD.search(scope)))

    def cued_directly(self, match):
        """True when a role cue sits right before the name ("hosted by the X", "funded by X")."""
        return self.cued_at(match.start)

    def cued_at(self, start):
        if self.cued_here(start):
            return True
        # "co-organised by the X (XX) and the Y Department of the Z": the second of two bodies joined by "and" is
        # cued as the first is.
        if not re.search(r"\sand\s+(?:the\s+)?$", self.text[max(0, start - 10) : start]):
            return False
        s, _e = self.sentence_span(start)
        lead = self.text[max(s, start - 160) : start]
        cues = list(re.finditer(r"\b(?:hosted|organi[sz]ed|convened|funded|sponsored|chaired|delivered)\s+by\s+", lead))
        if not cues:
            return False
        between = lead[cues[-1].end() :]
        # Only the names of the bodies before may stand between the cue and "and the": capitalised words, their
        # bracketed acronyms, and the small words of names.
        words = re.sub(r"\([^()]{1,20}\)|,", " ", between).split()
        return bool(words) and all(w[:1].isupper() or w in ("of", "for", "and", "the", "on", "against") for w in words)

    def cued_here(self, start):
        return bool(
            re.search(
                r"\b(?:by|with|from|of the|with the|by the|from the)\s+(?:the\s+)?$",
                self.text[max(0, start - 12) : start],
            )
            and re.search(
                r"\b(?:hosted|organi[sz]ed|chaired|funded|supported|sponsored|led|convened|co-hosted|delegations?|"
                r"representatives?|officials?|officers?|attended|delegates|experts|investigators|staff|teams?)\s+"
                r"(?:\w+\s+){0,2}$",
                self.text[max(0, start - 40) : start],
                re.IGNORECASE,  # "Officers from the ..." opening a sentence
            )
        )

    def chain_start(self, match):
        """Where a chain of bodies that ends in this name begins: "the Anti-Trafficking Division of the Criminal
        Police Department of the Ministry of ..." begins at the division, for the ministry and the department."""
        tokens = self.doc.tokens
        first = match.start_token
        sentence = self.doc.sentence_index(first)
        for _ in range(CHAIN_LINKS):
            k = first - 1
            if k >= 0 and tokens[k].folded == "the":
                k -= 1
            if k < 1 or tokens[k].folded not in ("of", "under") or tokens[k - 1].folded not in lexicon.ORG_HEADS:
                break
            k -= 1  # the head word of the unit before: walk back over its name
            while (
                k > 0
                and self.doc.sentence_index(k - 1) == sentence
                and (
                    tokens[k - 1].is_capitalised or tokens[k - 1].folded in NAME_LINKS and tokens[k - 2].is_capitalised
                )
            ):
                k -= 1
            while tokens[k].folded in NAME_LINKS:
                k += 1
            first = k
        return tokens[first].start

    def chain_acts(self, match):
        """True when a role verb follows a chain of bodies that ends in this name: "The Border Guard Command of the
        Ministry of X co-organised the course" says the ministry's own command did it."""
        if self.chain_start(match) >= match.start:
            return False
        _s, e = self.sentence_span(match.start)
        after = self.text[match.end : e]
        return any(regex.search(after) for regex, _roles in ORG_CUES_AFTER)

    def only_a_parent(self, match):
        """True for a body named only as the parent of the body that took part: "officers of the Border Guard
        Command of the Ministry of National Defence" puts the command at the meeting; the ministry is optional."""
        before = self.text[max(0, match.start - 120) : match.start]
        # "the Border Guard Command of the Ministry ...": "of" names whose the unit is. A unit "under the Ministry"
        # takes part for it (below, read_organizations_and_countries), so "under" makes no mere parent.
        m = re.search(r"([A-Z][\w’'-]*)\s+of\s+(?:the\s+)?$", before)
        if not m or fold(m.group(1)) not in lexicon.ORG_HEADS:
            return False
        # "the Anti-Trafficking Command of the X": a capitalised body's head word before "of" makes X its parent.
        return True

    def begins_other_name(self, match):
        """True for a short capital name ("UN") written before a capitalised word that is neither a post, a head
        word, nor another name the base knows: "UN Women" is another body than the UN."""
        label = self.text[match.start : match.end]
        if len(label) > 3 or not label.isupper() or match.end_token >= len(self.doc.tokens):
            return False
        nxt = self.doc.tokens[match.end_token]
        if self.text[match.end : nxt.start] != " " or not nxt.text[:1].isupper() or nxt.is_upper:
            return False
        following = [t for t in self.doc.tokens[match.end_token : match.end_token + 3] if t.text[:1].isupper()]
        if any(t.folded in lexicon.POST_WORDS | lexicon.ORG_HEADS | lexicon.REGION_WORDS for t in following):
            return False  # "the UN Resident Coordinator", "UN Regional Office": the body's own post or office
        if self.rank_then_name(match.end_token) and (
            match.entries[0].via != "derived" or fold(match.entries[0].name) in fold(self.text)
        ):
            # "AFP Detective Superintendent Jane Roe": the body's officer by rank. Initials the base never recorded
            # count so only where the report writes the body's name out (AFP is also the Philippine armed forces).
            return False
        return not any(m.start == nxt.start for m in self.matches)

    def rank_then_name(self, index):
        """True when a rank ("Detective Superintendent", "Pol. Col.") starts at token index and a capitalised word
        that is no head word of a body follows it: an officer's name."""
        tokens = self.doc.tokens
        for n in range(min(MAX_PHRASE, len(tokens) - index - 1), 0, -1):
            words = tokens[index : index + n]
            phrase = normalise_word(self.text[words[0].start : words[-1].end])
            nxt = tokens[index + n]
            if (
                PHRASES.get(phrase, ("",))[0] == "rank"
                and nxt.text[:1].isupper()
                and nxt.folded not in lexicon.ORG_HEADS
                and self.doc.sentence_index(index + n) == self.doc.sentence_index(index)
            ):
                return True
        return False

    def is_credit(self, match):
        """True when the publisher's name credits the report ("(Bernama) --", a byline) rather than saying that the
        publisher took part ("New Zealand Police has joined partners ...")."""
        line_start = self.text.rfind("\n", 0, match.start) + 1
        lead = self.text[line_start : match.start]
        if re.search(r"\(\s*$", lead) or re.search(r"\b(?:by|from|source|photo|credit)\W*$", lead, re.IGNORECASE):
            return True
        after = self.text[match.end : match.end + 40]
        if re.match(r"^\s*\)?\s*(?:–|—|--|-|:)", after):
            return True
        # "... attended by representatives of the member states and the X Secretariat.": a name the sentence's own
        # words lead to ("and the", "of the") is part of it, though it ends the sentence; a credit stands apart.
        if not re.match(r"^\W{0,3}\s*[a-z(’']", after) and not re.search(
            # "... attended by the member states and by the X Secretariat."
            r"\b[A-Za-z]+\s+(?:and|of|with|including|to)\s+(?:the\s+)?$|\band\s+by\s+(?:the\s+)?$",
            lead,
        ):
            return True
        return not self.about_meeting(self.sentence_of(match.start))

    def plainly_present(self, match):
        """True for a name met in a sentence about the reported meeting that is not clearly about something else:
        history ("since its launch in 2004"), another meeting, a publisher's credit, an address or contact line."""
        index = self.sentence_of(match.start)
        s, e = self.sentence_span(match.start)
        sentence = self.text[s:e]
        lede = index <= 1 or (self.event_sentence is not None and index <= self.event_sentence)
        if not (
            lede
            or MEETING_WORDS.search(sentence)
            or self.lists_participants(sentence)
            or self.speaks_for(match)
            # "An officer of INTERPOL's liaison office ... joined the second day and briefed ...": the unit's member
            # did what participants do.
            or (self.member_of_unit(match) and TOOK_PART.search(self.text[match.end : e]))
            or self.listed_as_participant(match)
            or self.line_labelled_by_country(match)
            # "Some of our partners - X, Y and Z - joined us in person": a first-person report's guests at its table.
            or JOINED_US.search(self.text[match.end : min(e, match.end + 120)])
        ):
            return False
        if self.other_year(match.start) or FINDINGS.search(sentence):
            return False
        if HISTORY.search(sentence) or CONTACT.search(sentence) or REPORTED_SPEECH.search(self.text[s : match.start]):
            return False
        if self.dateline is not None and s <= self.dateline.start < e and match.start < self.dateline.start:
            return False
        if re.search(r"\(\s*$", self.text[max(0, match.start - 2) : match.start]) and re.match(
            r"^\s*\)\s*(?:–|—|--|-|:)", self.text[match.end : match.end + 6]
        ):
            return False  # "HANOI, Nov 13 (VNA) —": the agency's credit in a dateline
        line_start = max(self.text.rfind("\n", 0, match.start) + 1, match.start - 40)
        if (
            re.search(r"(?:^|[.!?\"”])\s*(?:[-–—]+|\()\s*$", self.text[line_start : match.start])
            and not re.match(r"^\W*\w", self.text[match.end : match.end + 3].lstrip(" )"))
            and not self.in_bullet_list(match)
        ):
            return False  # "... with these organisations.-VNA", "(Bernama)": the agency's credit, not a party
        if self.absent(match):
            return False
        if match.kind in ("country", "demonym") and re.search(
            r"\b(?:in|into|inside|within|across|throughout|near|along|to|towards)\s+(?:the\s+)?"
            # "jobs in Cambodia and Myanmar": the preposition carries over a list of places.
            r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?)*$",
            self.text[max(s, match.start - 80) : match.start],
        ):
            return False  # "described rescues in Cambodia": a place, not a party
        if match.kind in ("country", "demonym") and (
            re.match(
                r"^(?:[-–/][A-Z][\w’'-]*)?\s+(?:border|borders|frontier|borderlands?)\b",
                self.text[match.end : match.end + 40],
            )
            or re.search(r"[A-Z][\w’']*[-–/]$", self.text[max(s, match.start - 30) : match.start])
            and re.match(r"^\s+(?:border|borders|frontier|borderlands?)\b", self.text[match.end : match.end + 20])
        ):
            return False  # "a compound on the Myanmar-Thai border": a place, not a party
        if EARLIER_OCCASION.search(self.text[s : match.start]):
            return False  # "officers had taken part in a course at X": what they did before the meeting
        # "emphasized ASEANAPOL's role in ...": a body's possession is spoken of, not the body taking part.
        if (
            match.kind != "person"
            and not self.speaks_for(match)
            and not self.member_of_unit(match)
            and re.match(
                # "Timor-Leste's police attended as an observer": the country's service is the country taking part.
                r"^(?:’s|'s|’|')\s+(?!(?:delegation|delegates|delegations|representatives?|team|officers|officials|police|"
                r"experts|staff|head|chief|director|secretary|minister|chair|envoy|ambassador|participation|presentation)\b)"
                r"[a-z]+\b",
                self.text[match.end : match.end + 40],
            )
        ):
            return False
        # "relevant United Nations agencies", "the UN Trafficking in Persons Protocol": the body's family of agencies
        # or a treaty made under it is spoken of, not the body itself.
        after = self.text[match.end : match.end + 80]
        if re.match(
            r"^\s+(?:agencies|entities|bodies|organi[sz]ations|system|family|funds|member states|members|instruments|"
            r"conventions|treaties|standards|norms|mechanisms)\b",
            after,
        ) or re.match(
            # "the ASEAN Treaty on Mutual Legal Assistance": the treaty's name may follow the body's at once.
            r"^\s+(?:[A-Z][\w-]*\s+(?:(?:in|on|of|against|for|and|the)\s+)*){0,6}"
            r"(?:Protocol|Convention|Declaration|Charter|Treaty|Covenant|Guidelines|Principles|Plan of Action)\b",
            after,
        ):
            return False
        # "the Chiefs of ASEAN Police", "ASEAN Immigration": a group of countries' name before a national service
        # speaks of the members' services together, not of the group's own body.
        if self.group_as_region(match):
            return False
        # "the UN protocol on ...", "ASEAN standards": a name used as an adjective qualifies a thing, not a party.
        if re.match(r"^\s+[a-z]+\b", self.text[match.end : match.end + 30]) and not re.match(
            r"^\s+(?:and|or|as|to|in|at|on|with|for|also|has|have|had|is|are|was|were|will|[a-z]+ed|[a-z]+s|"
            r"program|programme|project|team|delegation|office|secretariat|mission|initiative|itself|"
            r"said|told|spoke|gave|made|led|took|brought|sent|held|met|set|saw|became|began|found|drew|wrote|ran|"
            r"stood|kept|chose|put|won|paid|who|which|that|of|from|at|by|under|into|over|after|before|during|through|"
            # "... ties with the X Police following talks in Y": a preposition or a
            # conjunction after the name begins another phrase; the name is not an adjective.
            r"following|ahead|amid|amidst|despite|since|until|about|against|among|between|within|without|via|upon|"
            # "... of the Kingdom of X today signed": an adverb of time or manner goes on to the verb.
            r"today|yesterday|tomorrow|now|later|earlier|recently|formally|officially|jointly|together|successfully|"
            r"across|around|beyond|throughout|toward|towards|when|where|while|because|but|than|then|so|"
            r"regional|country|national|senior|deputy|executive|chief|head|director|representative|officials?|"
            r"spokes(?:person|man|woman)|coordinator|officers?|adviser|advisor)\b",
            self.text[match.end : match.end + 30],
        ):
            return False
        return True

    def group_as_region(self, match):
        """True for a group of countries named as its members' services ("the Chiefs of ASEAN Police") or as a
        region, a place ("victims from within and beyond ASEAN", "across the EU"), not as a party."""
        if not self.group_of_countries(match):
            return False
        if re.match(
            r"^\s+(?:Police|Immigration|Customs|Armed Forces|Coast Guards?|Navies|Militaries)\b",
            self.text[match.end : match.end + 30],
        ):
            return True
        s, _e = self.sentence_span(match.start)
        return bool(
            re.search(
                r"\b(?:in|within|across|throughout|beyond|outside)(?:\s+and\s+(?:beyond|outside))?\s+(?:the\s+)?$",
                self.text[max(s, match.start - 30) : match.start],
            )
        )

    def group_of_countries(self, match):
        """True for a regional organization or one whose member countries the base records (ASEAN, the EU)."""
        if match.kind != "organization":
            return False
        key = match.keys[0][1]
        return bool(self.gaz.members.get(key)) or self.gaz.organizations[key]["kind"] == "regional"

    def member_of_unit(self, match):
        """ "An officer of INTERPOL's liaison office", "experts from the NCA's international unit": someone of the
        body's own unit is there, so the body is."""
        return bool(
            re.search(
                r"\b(?:officers?|officials?|representatives?|staff|experts?|investigators?|delegates?|members?)\s+"
                r"(?:of|from)\s+(?:the\s+)?$",
                self.text[max(0, match.start - 40) : match.start],
                re.IGNORECASE,
            )
            and re.match(
                r"^(?:’s|'s|’|')\s+(?:[a-z-]+\s+){0,2}(?:office|unit|team|bureau|division|section|branch|mission|"
                r"department|centre|center|desk)\b",
                self.text[match.end : match.end + 50],
            )
        )

    def absent(self, match):
        """ "Singapore, which joined in 2019, did not send a delegation": the clause denies that it took part."""
        s, e = self.sentence_span(match.start)
        after = self.text[match.end : e]
        # "Myanmar, Laos and Cambodia were invited but did not attend": past the rest of the list.
        rest_of_list = re.compile(r"^(?:\s*,?\s*(?:and\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})+")
        appositive = re.sub(r"^\s*,[^,;]{1,120},", "", after)  # past an apposition or a relative clause
        readings = [appositive, rest_of_list.sub("", appositive), rest_of_list.sub("", after)]
        # "the X programme, whose representative did not attend": the body's only voice stayed away.
        if re.match(
            r"^[^.;]{0,40}?,?\s*whose\s+(?:\w+\s+){0,2}(?:representatives?|delegat\w+|officials?|staff|envoys?)\s+"
            r"(?:(?:was|were|did|could|had)\s*(?:not|n[’']t)|(?:was|were) (?:absent|unable)|did not|could not)\b",
            after,
            re.IGNORECASE,
        ):
            return True
        # "No organisation from China was able to take part": the subject that did not come is "no one" of it.
        if re.search(
            r"\b[Nn]o\s+(?:[\w-]+\s+){0,3}(?:from|of)\s+(?:the\s+)?$", self.text[max(s, match.start - 60) : match.start]
        ) and re.match(
            r"^\s*(?:(?:was|were|could|did)\b[^.;]{0,40}?\b(?:attend|take part|join|participate|present|represented|"
            r"travel)|came|attended|took part|joined|participated)\b",
            after,
        ):
            return True
        for reading in readings:
            # "... were invited but did not attend": past the invitation.
            reading = re.sub(r"^\s*(?:was|were|had been)\s+(?:also\s+)?(?:invited|expected)\s*,?\s*but\b", "", reading)
            if re.match(
                r"^\s*(?:(?:was|were|had|has|have|did|could|would)\s*(?:not|n[’']t)|did not|declined|failed|"
                r"was absent|were absent|never)\b",
                reading,
                re.IGNORECASE,
            ):
                return True
        return False

    def superseded(self, match):
        """True for a body or programme named as what came before another ("the former X", "X, which closed in
        2018", "Y, which replaced X", "X was succeeded by Y"): it belongs to the background, whatever else the
        sentence says."""
        s, e = self.sentence_span(match.start)
        before = self.text[max(s, match.start - 60) : match.start]
        after = self.text[match.end : e]
        if re.search(
            r"\b(?:former|defunct|now-defunct|erstwhile|predecessor|precursor|previous)\W*(?:\s+the)?\s+$"
            r"|\b(?:succeeded|replaced|superseded|took over from|successor (?:to|of)|follow-on to|"
            r"predecessor,?)\s+(?:the\s+)?(?:former\s+)?(?:[A-Z][\w-]*\s+){0,2}$",
            before,
            re.IGNORECASE,
        ):
            return True
        return bool(
            re.match(
                r"^(?:\s*\([^)]{1,20}\))?\s*(?:programme|program|project|initiative)?\s*,?\s*(?:which|that)\s+"
                r"(?:(?:had|has)\s+)?(?:closed|ended|concluded|wound up|ran until|expired|was replaced|was succeeded|"
                r"was superseded|has been replaced|preceded)\b"
                r"|^(?:\s*\([^)]{1,20}\))?\s*(?:programme|program|project|initiative)?\s*,?\s*(?:was|were|has been)\s+"
                r"(?:replaced|succeeded|superseded)\s+by\b",
                after,
                re.IGNORECASE,
            )
        )

    def other_year(self, offset):
        """True when a sentence other than the meeting's own places what it says about the name at offset in another
        year ("Malaysia hosted a similar workshop in 2023"). A relative clause after the name ("UNDP, which has
        supported the process since 2004") speaks of the name, not of its part in the meeting."""
        index = self.sentence_of(offset)
        if index == self.event_sentence or not self.event.get("start_date"):
            return False
        year = int(self.event["start_date"][:4])
        s, e = self.sentence_span(offset)
        # "ASEAN-ACT, the programme that has worked with ASEAN since 2019": an apposition with its own relative
        # clause describes the name the same way.
        clause_end = re.search(
            r",\s+(?:which|who|whose|where)\b|,\s+(?:the|an?)\s+[^,;.]{1,80}?\s(?:that|which|who)\b|;",
            self.text[offset:e],
        )
        e = offset + clause_end.start() if clause_end else e
        # "in the 1990s": a decade is another year when the meeting's falls outside it.
        if any(
            not int(m.group(1)) <= year <= int(m.group(1)) + 9 if m.group(2) else int(m.group(1)) != year
            for m in re.finditer(
                r"\b(?:in|since|during|by|until|from|of)\s+(?:the\s+)?((?:19|20)\d\d)(s)?\b", self.text[s:e]
            )
        ):
            return True
        # "Back in 2019, ... In March that year, officials met in X": "that year" (or "the same year") is
        # the year the sentence before set, as long as no other year came between.
        if re.search(r"\b(?:that|the same)\s+year\b", self.text[s:e], re.IGNORECASE) and index > 0:
            years = re.findall(r"\b((?:19|20)\d\d)\b", self.text[self.doc.sentences[index - 1][0] : s])
            return bool(years) and int(years[-1]) != year
        return False

    def quoted(self, start, end):
        """True for someone quoted directly in a report about a meeting ("...," said Mr. X; X said: "..."), who
        speaks as one taking part. Quotes in a report are the meeting's voices unless the sentence says otherwise."""
        s, e = self.sentence_span(start)
        sentence = self.text[s:e]
        if not QUOTE.search(sentence) or self.other_year(start) or REPORTED_SPEECH.search(sentence):
            return False
        if self.about_another_meeting(start):
            return False
        before = QUOTE_THEN_SPEAKER.search(self.text[s:start])
        after = SPEECH_AFTER.match(self.text[end:e]) and re.match(r"^\W{0,4}\w+\W{0,3}[“\"]", self.text[end:e])
        return bool(before or after)

    def speaks_for(self, match):
        """ "UNODC regional representative Masood Karimipour urged ...": someone of the body spoke at the meeting."""
        after = self.text[match.end : match.end + 120]
        # "UNODC regional adviser Pol. Maj. Gen. X Y said": a rank written before the name makes it longer.
        m = re.match(r"^(?:’s|'s)?\s+(?:[a-z]+\s+){0,2}" + self.LOWER_POST + r"\s+(?:[A-Z][\w’'.-]+\s+){1,7}", after)
        if not m:
            # "Malaysia's Home Minister, Datuk Seri X bin Y, warned ...", "A UNODC regional representative, Mr X,
            # said ...": the owner's post, then the person set off by commas (styles and lower-case particles
            # included), then what they said.
            m = re.match(
                r"^(?:(?:’s|'s)\s+(?:[A-Za-z-]+\s+){0,3}|\s+(?:[a-z-]+\s+){0,2})(?i:"
                + self.LOWER_POST
                + r"),\s+[A-Z][^,;]{1,70},",
                after,
            )
        if m and SPEECH_AFTER.search(after[m.end() - 1 :]):
            return True
        # "AFP Detective Superintendent X Y said ...": the body's officer by rank.
        m = re.match(r"^\s+(?:[A-Z][\w.’'-]*\s+){2,9}", after)
        if m and self.rank_then_name(match.end_token) and SPEECH_AFTER.search(after[m.end() - 1 :]):
            return True
        # "Tom Harper, the NCA's liaison officer in Bangkok, told ...": the person first, the body's post set off
        # by commas after the name, then what was said.
        m = re.match(
            r"^(?:’s|'s)\s+(?:[A-Za-z-]+\s+){0,3}(?i:" + self.LOWER_POST + r")(?:\s+(?:in|for|at|to)\s+[\w -]{1,30})?,",
            after,
        )
        if (
            m
            # The window holds a long surname whole ("Pritchard, the").
            and re.search(r"\b[A-Z][\w.’'-]*,\s+(?:the\s+)?$", self.text[max(0, match.start - 40) : match.start])
            and SPEECH_AFTER.search(after[m.end() :])
        ):
            return True
        # "Jane Roe, Senior Liaison Officer of the X Police in Hanoi, shared ...", "Ms Y, Programme Officer at the
        # X (XO), presented ...": the person first, then a post of the body set off by commas, then what was said.
        # "Ms Y, who heads the donor-funded X programme (XP), said ...": the post said by a verb.
        lead = self.text[max(0, match.start - 120) : match.start]
        if re.search(
            r"[A-Z][\w.’'-]*,\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,5}(?i:" + self.LOWER_POST + r")s?\s+"
            r"(?:of|at|with|from|for)\s+(?:the\s+)?$",
            lead,
        ) or re.search(
            r"[A-Z][\w.’'-]*,\s+who\s+(?:heads|leads|runs|directs|manages|chairs|coordinates)\s+(?:the\s+|its\s+)?"
            r"(?:[A-Za-z][\w-]*\s+){0,2}$",
            lead,
        ):
            m = re.match(r"^(?:\s*\([A-Z][\w-]*\))?(?:\s+(?:in|based in)\s+(?:[A-Z][\w’'-]*\s*){1,3})?,", after)
            if m and (SPEECH_AFTER.search(after[m.end() :]) or TAUGHT_AFTER.search(after[m.end() :])):
                return True
        # "... presented the ASEAN Secretariat's report": a body's own paper laid before the meeting.
        return bool(
            re.search(
                r"\b(?:presented|delivered|submitted|tabled)\s+(?:the\s+)?$",
                self.text[max(0, match.start - 30) : match.start],
            )
            and re.match(
                r"^(?:’s|'s)\s+(?:[a-z]+\s+)?(?:report|update|paper|statement|findings|study|proposal)\b", after
            )
        )

    def lists_participants(self, sentence):
        # "senior investigators from A, B and C worked through case studies": people from bodies, doing things.
        # "Officials from X have long warned ...": a standing habit of the body's people is not the meeting.
        if re.search(
            r"\b(?:have|has|had)\s+(?:long|often|repeatedly|always|consistently|for (?:years|decades))\b", sentence
        ):
            return False
        return bool(re.search(r"\b(?:from|of)\s+(?:the\s+)?[A-Z]", sentence)) and bool(
            re.search(
                # The whole family of people sent by a body to do the work: "specialists from X contributed case
                # studies", "an analyst of Y walked through ...".
                r"\b(?:investigators|officers|officials|representatives|delegates|experts|participants|"
                r"specialists|analysts|prosecutors|practitioners|advis[eo]rs|detectives|agents|personnel|"
                r"technicians|trainers|instructors|researchers|lawyers|judges|magistrates|counterparts)\b"
                # One of them is counted, not titled: "an investigator from X", not "Representative of X".
                r"|\b(?:an?|one|another)\s+(?:[a-z-]+\s+)?(?:investigator|officer|official|representative|delegate|"
                r"expert|specialist|analyst|prosecutor|practitioner|advis[eo]r|detective|agent|technician|trainer|"
                r"instructor|researcher|lawyer|judge|magistrate)\b",
                sentence,
                re.IGNORECASE,  # "Specialists from X ..." opens its sentence with a capital
            )
        )

    def read_secretariats_of_posts(self):
        """ "The Deputy Secretary-General of ASEAN ... also attended": a secretary-general serves the body's
        secretariat, so the secretariat the base records under that body took part."""
        secretariats = {}
        for slug, org in self.gaz.organizations.items():
            if org.get("parent") and fold(org["name"]).endswith("secretariat"):
                secretariats[org["parent"]] = slug
        if not secretariats:
            return
        for m in self.mentions:
            if m.kind != "organization" or len(m.keys) != 1 or m.keys[0][1] not in secretariats:
                continue
            before = self.text[max(0, m.start - 40) : m.start]
            after = self.text[m.end : m.end + 25]
            if not (
                re.search(r"\bSecretary[- ]General of (?:the )?$", before, re.IGNORECASE)
                or re.match(r"^\s+(?:Deputy\s+)?Secretary[- ]General\b", after, re.IGNORECASE)
            ):
                continue
            if not self.plainly_present(m):
                continue
            self.add_link(
                "organization", secretariats[m.keys[0][1]], ParticipationRole.PARTICIPANT, m.start, m.end, True, 0.7
            )

    def qualifies_next(self, match):
        """A country written before an organization's name says whose it is ("UK National Crime Agency")."""
        starts = self.org_mention_starts()
        return match.end + 1 in starts or (self.text[match.end : match.end + 5] == " the " and match.end + 5 in starts)

    def in_post(self, match):
        """A country in a post ("Resident Representative in Vietnam") or an organization's name."""
        before = self.text[max(0, match.start - 40) : match.start]
        return bool(
            re.search(
                r"\b(?:Representative|Ambassador|Attach[ée]|Office|Embassy|Consul\w*)\s+(?:in|to|of)\s+(?:the\s+)?$",
                before,
            )
        )

    def read_bare_groups(self):
        """ "all 10 member countries" with no body named: the members of the body that convenes the meeting's forum
        (or of its parent, when that body is a secretariat)."""
        forum = self.event["forum"]
        body = self.gaz.forums[forum]["convened_by"] if forum else None
        while body and not self.gaz.members.get(body) and self.gaz.organizations.get(body, {}).get("parent"):
            body = self.gaz.organizations[body]["parent"]
        members = self.gaz.members.get(body) if body else None
        if not members and not forum:
            self.read_counted_region_members()
            return
        if not members:
            return
        pattern = re.compile(
            r"\b(?:(?:the|all|all the)\s+)?(?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
            r"member (?:countries|states|nations|police forces)\b",
            re.IGNORECASE,
        )
        for m in pattern.finditer(self.text):
            if self.is_covered(max(0, m.start() - 1), m.end() + 1):
                continue
            lead = self.text[max(0, m.start() - 30) : m.start()]
            if re.search(r"[A-Z][\w-]+\s*$", lead):
                continue  # "ASEANAPOL member countries" is read with its body
            counted = bool(m.group(1)) or m.group().lower().startswith("all")
            s, e = self.sentence_span(m.start())
            attend = bool(GROUP_ATTEND.search(self.text[s : m.start()])) or bool(
                re.match(
                    r"^\s*(?:\w+\s+){0,2}(?:took part|attended|participated|joined|were represented)",
                    self.text[m.end() : e],
                )
            )
            if not (counted and (attend or self.about_meeting(self.sentence_of(m.start())))):
                continue
            if self.group_elsewhere(m.start()):
                continue  # "Previously, ... the ten member countries adopted ...": another occasion's delegations
            for code in members:
                self.add_link(
                    "country", code, ParticipationRole.MEMBER_DELEGATION, m.start(), m.end(), True, 0.7, group=m.group()
                )
        # "the AMS", "all AMCs", "delegations of the ASEAN Member States": the region's member states by their usual
        # short forms, when the base records no members for ASEAN itself, are the members of the meeting's convener
        # (ASEANAPOL's are the ten). They take part where the report names them for the meeting.
        asean = [key for key, org in self.gaz.organizations.items() if org.get("acronym") == "ASEAN"]
        if any(self.gaz.members.get(key) for key in asean):
            return
        for m in MEMBER_STATES_SHORT.finditer(self.text):
            if self.in_background_section(m.start()) or self.group_elsewhere(m.start()):
                continue
            s, _e = self.sentence_span(m.start())
            lead = self.text[s : m.start()]
            attend = GROUP_ATTEND.search(lead) or re.search(r"\b(?:all|the|\d{1,2}|ten)\s+$", lead)
            if not (attend or self.in_roll(m.start()) or self.about_meeting(self.sentence_of(m.start()))):
                continue
            if re.match(r"^\s+(?:investigators|officers|nationals|citizens|workers|victims)\b", self.text[m.end() :]):
                continue  # "a course for AMC investigators": people of the member states, not their delegations
            for code in members:
                self.add_link(
                    "country", code, ParticipationRole.MEMBER_DELEGATION, m.start(), m.end(), True, 0.7, group=m.group()
                )

    def read_counted_region_members(self):
        """ "officers from all 11 ASEAN member states", "delegates of the ten AMS": a meeting of no known forum whose
        report counts the region's member states (a number, or "all") has their delegations, though the base records
        no members for the region's body itself. The members are those of the regional body that records them (the
        region's police body lists the member states); a member the count adds beyond them is named in the sentence
        ("including newest member X") and read there as a country."""
        asean = [key for key, org in self.gaz.organizations.items() if org.get("acronym") == "ASEAN"]
        if not asean or any(self.gaz.members.get(key) for key in asean):
            return
        regional = [
            key
            for key, org in self.gaz.organizations.items()
            if self.gaz.members.get(key) and re.match(r"ASEAN\w", org.get("acronym") or org.get("name") or "")
        ]
        if not regional:
            return
        members = max((self.gaz.members[key] for key in regional), key=len)
        for m in MEMBER_STATES_SHORT.finditer(self.text):
            if self.in_background_section(m.start()) or self.group_elsewhere(m.start()):
                continue
            s, _e = self.sentence_span(m.start())
            lead = self.text[s : m.start()]
            if not re.search(r"\b(?:all(?:\s+the)?|(?:all\s+)?(?:\d{1,2}|ten|eleven))\s+$", lead, re.IGNORECASE):
                continue  # only a counted group stands for every member: "ASEAN member states" may be some of them
            if not (GROUP_ATTEND.search(lead) or re.search(r"\b(?:from|of)\s+(?:all\s+)?\w+\s+$", lead)):
                continue
            if not (self.in_roll(m.start()) or self.about_meeting(self.sentence_of(m.start()))):
                continue
            if re.match(r"^\s+(?:investigators|officers|nationals|citizens|workers|victims)\b", self.text[m.end() :]):
                continue  # "a course for AMC investigators": people of the member states, not their delegations
            for code in members:
                self.add_link(
                    "country", code, ParticipationRole.MEMBER_DELEGATION, m.start(), m.end(), True, 0.7, group=m.group()
                )

    def read_groups(self):
        """ "the ten ASEANAPOL member countries": the delegations of the group's members."""
        self.group_aliases = {}
        self.group_orgs = set()
        text = self.text
        for match in self.mentions:
            if match.kind != "organization":
                continue
            kind, key, _conf, choices = self.resolve(match)
            members = self.gaz.members.get(key)
            if not members or choices:
                continue
            after = re.match(
                # "the ten ASEANAPOL member countries", "all ten ASEANAPOL members", "its 10 member police forces"
                r"^\s+(?:(?:member|participating)\s+)?(countries|states|nations|governments|economies|members|"
                r"police forces|police agencies)\b",
                text[match.end :],
                re.IGNORECASE,
            )
            start = match.start
            end = None
            if after:
                end = match.end + after.end()
            else:
                before = re.search(
                    r"\bmember (?:countries|states|nations) of (?:the )?$",
                    text[max(0, match.start - 40) : match.start],
                    re.IGNORECASE,
                )
                if before:
                    start = match.start - (len(text[max(0, match.start - 40) : match.start]) - before.start())
                    end = match.end
            if end is None:
                continue
            s, _e = self.sentence_span(match.start)
            lead = text[s:start]
            number = GROUP_NUMBER.search(lead.rstrip())
            lead_with_the = re.search(
                r"(?:\b(?:the|all)\s+)?(?:\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?$",
                lead,
            )
            group_start = start - (len(lead) - lead_with_the.start()) if lead_with_the else start
            counted = bool(number)
            attend = bool(GROUP_ATTEND.search(lead))
            label = text[group_start:end]
            self.group_orgs.add(match.start)
            # An acronym defined for the group ("ASEAN Member Countries (AMCs)") names it again later.
            acr = re.match(r"^\s*\(([A-Z]{2,8}s?)\)", text[end:])
            if acr:
                self.group_aliases[acr.group(1)] = key
            roles, explicit = self.roles_for(group_start, end)
            sentence = self.doc.passage(self.sentence_of(match.start))
            future = OTHER_MEETING.search(sentence) and not HELD.search(sentence)
            roll = self.in_roll(group_start)  # "- Heads of the units of all ten X member countries" in a roll
            past = self.group_elsewhere(group_start) and not roll
            selected = bool((counted or attend or roll) and not future and not past)
            missing = self.missing_from_part(text[s:group_start], members, match.start) if selected else set()
            if missing is None:
                selected = (
                    False  # "five of the six member countries", and the report does not say which one stayed away
                )
            if selected:
                # The group's own body takes part through its members ("all ten ASEANAPOL member countries").
                self.add_link("organization", key, ParticipationRole.PARTICIPANT, match.start, match.end, True, 0.75)
            role = ParticipationRole.MEMBER_DELEGATION
            for code in members:
                chosen = selected and code not in missing
                self.add_link("country", code, role, group_start, end, chosen, 0.8 if chosen else 0.5, group=label)
        self.read_bare_groups()
        # Later mentions of a defined group acronym.
        for alias, key in self.group_aliases.items():
            for m in re.finditer(rf"\b{re.escape(alias)}\b", text):
                lead = text[self.sentence_span(m.start())[0] : m.start()]
                if GROUP_ATTEND.search(lead):
                    for code in self.gaz.members.get(key, []):
                        self.add_link(
                            "country",
                            code,
                            ParticipationRole.MEMBER_DELEGATION,
                            m.start(),
                            m.end(),
                            True,
                            0.75,
                            group=m.group(),
                        )
