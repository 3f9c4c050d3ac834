"""analyse(): read one report and propose, for review, what a careful editor would enter from it.

The pipeline: split the text into sentences and word tokens (text.py); find the base's names in it (gazetteer.py);
read dates (dates.py), ranks and posts (people.py); then decide, sentence by sentence, what each name is doing there
from the words around it (roles, outcomes, statements). Every proposal carries the sentence that states it.
Nothing is written to the database.
"""

import bisect
import collections
import dataclasses
import datetime
import functools
import re
import string

import pycountry
from rapidfuzz import process
from rapidfuzz.fuzz import ratio, token_sort_ratio

from meetings.models import (
    AttendanceRole,
    Event,
    ParticipationRole,
    fold,
)

from . import gazetteer as gz
from . import lexicon, newnames
from .attendance import roll_sections, tables
from .cues import QUOTE, REFERRAL, SPEECH_AFTER, SPEECH_FRONT, VENUE_HEADS
from .dates import RELATIVE, find_dates
from .outcomes import OutcomeReading
from .people import PHRASES, name_after, normalise_word, split_name, title_words_before, titles_before
from .text import LIST_ITEM, Document, Token, unwrap

# --- Roles of organizations and countries -------------------------------------------------------------------

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
        r"|\bin (?:collaboration|cooperation|coordination) with\b|\bfacilitated by\b|\bconducted by\b",
        [ParticipationRole.IMPLEMENTING_PARTNER],
    ),
    (r"\bconsultations? with\b|\bdialogue partners?\b", [ParticipationRole.DIALOGUE_PARTNER]),
    (r"\bobservers?\b", [ParticipationRole.OBSERVER]),
    (r"\bguests?\b|\binvited\b|\bmet (?:with )?(?:the )?representatives\b", [ParticipationRole.GUEST]),
    (
        r"\bmember (?:countries|states|nations|delegations)\b|\bdelegations? (?:from|of)\b",
        [ParticipationRole.MEMBER_DELEGATION],
    ),
    (r"\bdialogue with\b|\bbriefing (?:by|from)\b", [ParticipationRole.GUEST]),
    (
        r"\b(?:attended|joined|represented) by\b|\bparticipation of\b|\bpresence of\b|\bparticipants? from\b"
        r"|\b(?:came|come|coming|drawn) from\b|\b(?:presentations?|briefings?|speakers?) (?:by|from)\b"
        r"|\b(?!victims\b|migrants\b|workers\b|citizens\b|nationals\b|proceeds\b|funds\b|lessons\b|results\b)"
        r"[a-z]+(?:ers|ors|ges|ials|ists|ants|ents|ives|ates|ces|men|ffs|ics|iefs|ads|ams|ons|ys)\s+from\b"
        r"|\b(?:officers?|officials?|representatives?|delegates?|experts?|police|participants?|speakers?) (?:from|of)\b"
        r"|\bincluding\b|\bincluded\b|\btogether\b|\bas well as\b|\balso present\b|\bpresent were\b"
        r"|\bin attendance\b|\bon behalf of\b|\balongside\b|\bwelcomed\b",
        [ParticipationRole.PARTICIPANT],
    ),
]
ORG_CUES_AFTER = [
    (
        r"^(?:’s|'s)?\W{0,3}(?:(?:also) )?(?:sent|attended as|took part as|joined as|participated as) "
        r"(?:an? )?observers?\b",
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

# Words that make a sentence one about the meeting rather than background.
MEETING_WORDS = re.compile(
    r"\b(?:meeting|dialogue|conference|workshop|seminar|session|sessions|event|talks|consultations?|forum|summit|"
    r"training|delegates|delegations?|participants|attendees|observers|gathering|webinar|retreat|panel|discussions?|"
    r"presentations?|speakers?|trainers|facilitators|instructors|lecturers|presenters|panell?ists|moderators|"
    r"resource persons|opening|closing|agenda|tak(?:e|es|ing) part|took part|participat\w*|attend\w*)\b",
    re.IGNORECASE,
)

# A clause boundary past which a cue no longer reaches a name.
CLAUSE_BREAK = re.compile(r";|\bwhich\b|\bwhile\b|\bwhere\b|\bwhen\b|\bbut\b|\bto (?!the\b)\w+|\bfor\b")

PERSON_CUES_BEFORE = [
    (
        r"\bopening (?:speech|remarks|address|statement|note|session)\b[^.;]*?\bby\b|\bopened by\b"
        r"|\bwelcom\w+ (?:remarks?|speech|address|note|words)\b[^.;]*?\b(?:by|from)\b",
        AttendanceRole.OPENING_SPEAKER,
    ),
    (
        r"\bclosing (?:speech|remarks|note|address|statement)\b[^.;]*?\bby\b|\bclosed by\b",
        AttendanceRole.CLOSING_SPEAKER,
    ),
    (r"\b(?:co-?)?chaired by\b|\bunder the chairmanship of\b|\bchair(?:man|person|woman)?,\b", AttendanceRole.CHAIR),
    (r"\bmoderated by\b|\bmoderator\b", AttendanceRole.MODERATOR),
    (r"\bheaded by\b|\bled by\b|\bhead of (?:the )?delegation\b", AttendanceRole.HEAD_OF_DELEGATION),
    (r"\brepresented by\b|\bon behalf of\b", AttendanceRole.REPRESENTATIVE),
    (
        r"\b(?:presence|participation) of\b|\b(?:attended|joined) by\b|\bdelegates?\b|\bparticipants?\b|"
        r"\bincluding\b|\bamong them\b|\bmembers of the delegation\b|"
        # "The X sent its Director for Police Services, ACP Y": the one a body sent to the meeting.
        r"\b(?:sent|dispatched|fielded)\s+(?:its|their|a|an)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+,\s*$",
        AttendanceRole.DELEGATE,
    ),
    (
        r"\b(?:keynote|speech|remarks|address|presentation|statement|note|message)\b[^.;]{0,40}?\b(?:by|from)\b"
        # "... approaches to investigations, presented by X": a talk given, in the passive.
        r"|\b(?:presented|delivered|given)\s+by\b"
        r"|\bspeakers?\b|\baddressing\b",
        AttendanceRole.SPEAKER,
    ),
]
PERSON_CUES_AFTER = [
    (
        # "X opened the workshop", but not "X said her office had opened its first cases": an "opened" in a
        # perfect tense, or in a clause reported after a verb of speech, is not the meeting's opening.
        r"^(?:(?!\b(?:said|says|told|tells|noted|added|explained|stated|reported|announced|recalled)\b)[^.;])"
        r"{0,80}?(?<!\bhad )(?<!\bhas )(?<!\bhave )\bopened\b"
        r"|^[^.;]{0,60}?\bdelivered (?:the |an |his |her )?(?:opening|welcom)",
        AttendanceRole.OPENING_SPEAKER,
    ),
    (r"^[^.;]{0,80}?\bclosed\b|^[^.;]{0,60}?\bdelivered (?:the |his |her )?closing", AttendanceRole.CLOSING_SPEAKER),
    (r"^[^.;]{0,80}?\b(?:co-?)?chair(?:ed|ing)\b|^[^.;]{0,80}?\bpresid(?:ed|ing) over\b", AttendanceRole.CHAIR),
    (
        r"^[^.;]{0,80}?\b(?:led|headed) (?:the|a|his|her|their|its) (?:\w+ )?delegations?\b",
        AttendanceRole.HEAD_OF_DELEGATION,
    ),
    (r"^[^.;]{0,60}?\bmoderated\b", AttendanceRole.MODERATOR),
    # "X, head of the Vietnamese delegation, said": the post in apposition says it.
    (
        r"^\s*,\s*(?:the\s+)?(?:head|leader|chief) of (?:the |a |his |her )?(?:\w+ ){0,2}delegation\b",
        AttendanceRole.HEAD_OF_DELEGATION,
    ),
]
PERSON_CUES_BEFORE = [(re.compile(p, re.IGNORECASE), role) for p, role in PERSON_CUES_BEFORE]
PERSON_CUES_AFTER = [(re.compile(p, re.IGNORECASE), role) for p, role in PERSON_CUES_AFTER]

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

# --- Outcomes -----------------------------------------------------------------------------------------------


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

# The meeting's undertaking to brief a forum, written right before the forum's name: "agreed to brief the ...",
# "will update the ...": the forum the meeting reports to.
BRIEF_FORUM = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:also\s+)?(?:brief|inform|update|apprise)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}$"
)

# A sentence about another, later meeting ("Malaysia's plan to host ...") rather than this one's programme.
OTHER_MEETING = re.compile(
    r"\b(?:plans? to host|intention to host|intends? to host|offered to host|will host|to host the|next year|"
    r"next meeting|upcoming|forthcoming|to be held in|scheduled (?:to be held|for))\b",
    re.IGNORECASE,
)
# Nouns of work two parties do together: a remit built on one of them names its parties after "between".
JOINT_WORK = {
    "cooperation", "co-operation", "collaboration", "partnership", "coordination", "co-ordination", "relations",
    "dialogue", "consultations", "exchanges", "liaison", "agreement", "arrangement", "arrangements",
}  # fmt: skip
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


FUTURE = re.compile(
    r"\b(?:will|plans? to|intention to|intends? to|to host|upcoming|next|forthcoming|scheduled|shall|"
    r"(?:is|are) planned|(?:is|are) (?:expected|due|set) to|follow-up (?:course|meeting|workshop|training|session))\b",
    re.IGNORECASE,
)
HELD = re.compile(
    r"\b(?:took place|takes place|was held|were held|is held|held|convened|met|opened|commenced|kicked off|"
    r"attended|participated|hosted|organi[sz]ed|gathered|brought together|saw the presence)\b",
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
# Some taking part from afar while the meeting sits somewhere: a hybrid meeting. "joining the meeting through
# video conferencing": the words between may name the meeting.
REMOTE_PART = re.compile(
    r"\b(?:joining|joined|join|participating|participated|taking part|took part|attending|attended|connected|"
    r"connecting)\s+(?:\w+\s+){0,2}?(?:(?:by|through|via) video(?:\s?link|\s?-?conferenc\w*)?|online|virtually|"
    r"remotely|(?:via|on|over) (?:zoom|teleconference|videoconference|webex|teams))\b"
    # "a hundred more followed online, with ...", "others watched remotely.": an audience from afar takes part too;
    # "followed online job offers" does not say so.
    r"|\b(?:followed|watched|tuned in)\s+(?:it\s+|the \w+\s+)?(?:online|remotely|virtually|via (?:live\s?)?stream)"
    r"(?=\s*[,.;:)–—-]|\s+(?:from|in|with|via|through|and)\b)",
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


def virtual_cue(scope):
    """The first cue in scope that the meeting was online, leaving out a denied one, or None."""
    for m in VIRTUAL.finditer(scope):
        if not NEGATED_CUE.search(scope[max(0, m.start() - 20) : m.start()]):
            return m
    return None


# Capitalised words after a body's name that make it a building's name.
VENUE_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w’'-]*){0,3}?\s+(?:Conference|Convention|Training|Exhibition|Congress)?\s*"
    r"(?:Centre|Center|Hall|Building|Auditorium|Hotel|Complex|Tower|Plaza)\b"
)
# '"...," said Mr. X': the speaker of the quotation just before.
QUOTE_THEN_SPEAKER = re.compile(
    r"[”\"],?\s*(?:" + "|".join(sorted(lexicon.SPEECH_VERBS)) + r")\s+(?:[A-Z][\w.’']*\s+){0,6}$"
)
# "Office of ", "Department for the ": what a body's name may carry before a shorter name it is known by.
OFFICE_OF = re.compile(r"(?:\w+ ){1,2}(?:of|for) (?:the )?")
# "in a hybrid format", "held in person and online", "both physically and virtually": a meeting that had both.
HYBRID = re.compile(
    r"\bhybrid\b"
    r"|\b(?:in[- ]person|physical(?:ly)?|on[- ]?site|face[- ]to[- ]face)\s+(?:and|&|as well as)\s+(?:\w+\s+)?"
    r"(?:online|virtual(?:ly)?|remote(?:ly)?)\b"
    r"|\b(?:online|virtual(?:ly)?|remote(?:ly)?)\s+(?:and|&|as well as)\s+(?:\w+\s+)?"
    r"(?:in[- ]person|physical(?:ly)?|on[- ]?site|face[- ]to[- ]face)\b",
    re.IGNORECASE,
)
IN_PERSON = re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bphysical(?:ly)? meeting\b", re.IGNORECASE)
ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)
# A meeting held alongside another: "side event", "side-event", "parallel session", "fringe meeting".
SIDE_EVENT = r"(?:side|parallel|satellite|fringe)[- ](?:event|session|meeting)"
# "Dates: 3-4 May 2024", "- Venue: ..., Vientiane": a summary's labelled line states the meeting's own facts.
FIELD_LABEL = re.compile(
    r"^[ \t]*(?:[-•*·][ \t]*)?((?:Dates?|Venue|Place|Location|When|Where)(?:[ \t]*(?:and|&|/)[ \t]*"
    r"(?:dates?|venue|place|location|time))?)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
# The last word of a venue's name ("the Riverside Grand Hotel"): a title stops before "at the" such a name.
# Words that make a centre or hall a place for events rather than a body ("Convention Centre", "Exhibition Hall").
EVENT_VENUE_WORDS = {"convention", "conference", "exhibition", "congress", "trade", "expo", "events", "event"}

# The venue words that name only a building, never a body ("the Ministry of Home Affairs Complex", "the Police Tower").
BUILDING_HEADS = {"complex", "building", "tower", "plaza", "auditorium", "ballroom", "compound"}
DATE_LABEL = re.compile(r"\b(?:dates?|when)\b")
PLACE_LABEL = re.compile(r"\b(?:venue|place|location|where)\b")
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
)
# "... in Persons linked to Online Scam Operations", "... Crimes related to Forced Labour": a lower-case participle
# and "to" join a title's subject to more of it, as "of" does, when capitalised words follow.
TITLE_PARTICIPLES = {"linked", "related", "connected", "relating"}
VENUE_WORD = r"(?:[A-Z][\w’'&-]*|of|for|and|\([A-Z]{2,10}\))"
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
# "at the Police College, Cheras, Kuala Lumpur": a district may stand between the venue and its city.
VENUE_THEN_CITY = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+{VENUE_WORD}){{0,8}}(?:,\s*[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)?,\s*$"
)
GROUP_NUMBER = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all)\s*$", re.IGNORECASE
)
GROUP_ATTEND = re.compile(
    r"\b(?:attended by|(?:delegations|delegates|representatives|participants|officials|officers)\s+(?:from|of)|"
    r"participation of|presence of|joined by|(?:came|come|joined|travell?ed)\s+from)\s+(?:the\s+|all\s+)?"
    r"(?:\w+\s+)?(?:of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)

# The ASEAN member states by their short forms ("AMS", "AMCs", "ASEAN Member States"); capitals as written.
MEMBER_STATES_SHORT = re.compile(r"\b(?:AMS|AMSs|AMCs?|ASEAN [Mm]ember (?:[Ss]tates|[Cc]ountries))\b(?![-’'])")
# A list of people follows: "Speakers included ...", "the delegates, including ...", "among them ...".
PEOPLE_LIST_CUE = re.compile(r"\b(?:including|included|include|among them(?:\s+were)?|such as|namely)\s+")
PEOPLE_NOUN = re.compile(
    r"\b(?:speakers|delegates|participants|officials|representatives|officers|experts|guests|panell?ists|"
    r"dignitaries|heads|chiefs|leaders|prosecutors|judges|investigators|presenters|trainers|resource persons|"
    r"members of the delegation|delegation)\b",
    re.IGNORECASE,
)
# The start of a line in a list of those who attended: a bullet or a number, or nothing.
ROLL_BULLET = re.compile(r"[ \t]*(?:(?:[-•*·–—▪◦]|\(?\d{1,2}[.)])[ \t]+)?(?=\S)")
# A word of a person's name as a list writes it: capitalised, in capitals, or a particle ("bin", "de la").
PEOPLE_NAME_WORD = re.compile(
    r"[A-ZÀ-ÖØ-ÞĐ][\w'’.-]*|binti|bin|bte|ibn|van|dela|delos|della|del|de|der|di|la|le|los|las|da|dos|von|al|el|"
    r"[A-Z]\."
)

ROLE_ORDER = [r.value for r in ParticipationRole]


_subdivisions = None


# The form of a state written before its name: "the People's Republic of", "the Kingdom of", "the Socialist
# Republic of", "the Republic of the Union of".
# A line that introduces a list of those who took part ("Attendees:", "Participating agencies:").
PARTICIPANTS_INTRO = re.compile(
    r"\b(?:participants?|participating|attendees|attended|attending|present|delegations?|delegates|took part|"
    r"institutions|agencies|organi[sz]ations|speakers|resource persons|"
    # "Panel 1, "Law and practice", brought together researchers and practitioners:": the panel's speakers follow.
    r"brought together|panell?ists|presenters)\b",
    re.IGNORECASE,
)
# "... joined us in person", "joined the sessions online": a body that came to the meeting the writer attended.
JOINED_US = re.compile(
    r"^[^.;:]{0,80}?\bjoined\s+(?:us|them|the\s+(?:meeting|sessions?|talks|discussions?|dialogue|workshop))"
    r"(?:\s+(?:in\s+person|online|virtually|remotely|by\s+video(?:\s+link)?))?\s*(?:[,;.]|$|for\b|from\b)"
)
TOOK_PART = re.compile(
    r"\b(?:joined|attended|took part|participated|presented|briefed|spoke|addressed|shared|explained|described)\b"
)
# A list's line (a participant under a country's heading) is short; a heading is looked for this many lines up.
LIST_LINE = 90
HEADING_REACH = 12
# Words that make someone a member of the delegation named after them ("who led the Lao delegation").
MEMBERSHIP = (
    r"\b(?:led|headed|heads|leads|head of|leader of|chief of|members? of|spoke for|speaking for|on behalf of|part of)"
)
DELEGATION_REACH = 300  # characters either side of a body's name where its delegation's country is looked for
# A chain of bodies ("the X Division of the Y Department of the Z Ministry") is read back over this many links,
# across the small words a body's name holds.
CHAIN_LINKS = 4
NAME_LINKS = {"of", "and", "for", "on", "against", "in", "the"}

STATE_FORM = re.compile(
    r"^(?:(?:People['’]s|Democratic|Socialist|Federal|Islamic|Lao People['’]s Democratic)\s+)*"
    r"(?:Republic|Kingdom|Union|Federation|Commonwealth|Sultanate|Nation)\s+of\s+(?:the\s+)?"
    r"(?:Union\s+of\s+)?"
)


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
    r"(?P<body>[A-Z][\w’'-]*(?:[-–][A-Z][\w’'-]*)*(?:\s+(?:[A-Z][\w’'-]*|of|on|for|against|in|and|the|to)){1,16})"
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


RANK_BEFORE_BODY = re.compile(r"(?i)((?:[\w.'-]+ ){1,4}?)(?:in|of|with|at|from) (?=the [A-Z])")


def without_leading_rank(name, start):
    """A body read with the rank of the person who serves in it ("Assistant Superintendent in the Royal Brunei
    Police Force") is the body alone: an editor adds the force, not the officer's rank in it."""
    m = RANK_BEFORE_BODY.match(name)
    if not m or m.group(1).strip().lower() not in lexicon.RANKS:
        return name, start
    return name[m.end() + len("the ") :], start + m.end() + len("the ")


# What a unit is against or for, before "of" inside its name ("Anti-Smuggling of Migrants Division").
REMIT_WORDS = {"trafficking", "smuggling", "protection", "prevention", "suppression", "combating", "exploitation"}

# The head words of a force's or a ministry's units, which a country's adjective before them does not name.
UNIT_HEADS = {"division", "unit", "bureau", "section", "branch", "directorate", "squad", "desk"}

# Posts that open a second post of the same officer after "and" ("Minister of X and Chairman of the Y").
POST_LEADS = {
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "president",
    "head",
    "director",
    "director-general",
    "secretary",
    "secretary-general",
    "minister",
    "commissioner",
    "governor",
    "leader",
    "coordinator",
    "representative",
    "deputy",
    "vice",
}


NOT_NAME_WORDS = lexicon.NOT_NAME_WORDS


def holds_no_name(words, function_words):
    """True when a read name's words show it is no person's: a word of NOT_NAME_WORDS, a month, a weekday, or
    one of function_words."""
    return any(
        w in NOT_NAME_WORDS or w in lexicon.MONTHS or w in lexicon.WEEKDAYS or w in function_words
        for w in map(fold, words)
    )


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


# A bracketed acronym inside a title: "Joint Working Group (JWG) on ...".
BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z&-]{1,10})\)")


def without_own_acronym(title):
    """The title without the acronym of the meeting or body it names: "the Malaysia–Indonesia Joint Working Group
    (JWG) on Trafficking" is the Joint Working Group on Trafficking to an editor, who keeps a name whole. The acronym
    of a subject ("Exploitation of Children (OSAEC) and Trafficking") is part of how the meeting is named, and stays."""
    for m in reversed(list(BRACKETED_ACRONYM.finditer(title))):
        words = re.split(r"[\s–-]+", title[: m.start()])
        if (
            words
            and fold(words[-1]) in lexicon.MEETING_HEADS | lexicon.ORG_HEADS
            and any(spells(m.group(1), words[k:]) for k in range(len(words)))
        ):
            title = title[: m.start()] + title[m.end() :]
    return title


def acronym_fits(acronym, words):
    """True when the acronym's letters follow the initials of the name's capitalised words, the first matching:
    "UN-ACT" fits "United Nations Action for Cooperation against Trafficking"."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    initials = [w[0].upper() for w in words if w[:1].isupper()]
    if len(letters) < 2 or not initials or letters[0] != initials[0]:
        return False
    k = 0
    for c in initials:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


# The first words of ranks and styles ("sr." of "Sr. Lt. Col."), which end a body's name before a titled person.
PHRASE_STARTS = {p.split()[0] for p in PHRASES}


# A chain of bodies after a person's name: "of the Criminal Police Department under the Ministry of Public
# Security", "of the Coast Guard Command, Ministry of National Defence,": a unit, then the body it is under or in.
BODY_WORD = r"(?:[A-Z][\w’'.-]*|\([A-Z][\w-]*\))(?:’s|'s)?"
BODY_RUN = rf"{BODY_WORD}(?:\s+(?:(?:of|the|and|for|on)\s+)*{BODY_WORD}){{0,9}}"
BODY_CHAIN_AFTER = re.compile(
    rf"^\s+(?:of|from)\s+(?:the\s+)?{BODY_RUN}"
    rf"(?:\s+(?:under|of)\s+(?:the\s+)?{BODY_RUN}|\s*,\s+(?:the\s+)?{BODY_RUN}\s*(?=,))?\s*,?\s+"
)


# The last words of a police force's name, which a unit's name may follow without "of".
FORCE_HEADS = {"police", "constabulary", "gendarmerie"}

# Between two people joined as the subjects of one verb: "A, Deputy Head of the X, and Ms. B" or "A and Dr. B".
COORDINATED_PERSON = re.compile(r"^(?:\s*,[^;:.“”\"]{0,160}?,)?\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")


# A relative clause right after a person's name that says the person was at the meeting.
WHO_TOOK_PART = re.compile(
    r"^\s*,\s*who\s+(?:also\s+|had\s+)?(?:took part|participated|attended|joined)\s+(?:in\s+)?(?:the|this)\s+"
    r"(?:\w+\s+){0,3}?(?:meeting|talks|workshop|dialogue|conference|consultation|session|forum|seminar)s?\b"
)


def past_body(after):
    """The words after a name past the body it is "of" ("X of Viet Nam's Ministry of Public Security presented"),
    or past a chain of them ("X of the A Department under the B Ministry presented", "X of the A Command, B
    Ministry, described"): the verb that follows is the person's."""
    m = BODY_CHAIN_AFTER.match(after)
    return " " + after[m.end() :] if m else ""


# Malay and Bruneian styles run on as chains of words after their head ("Dato' Paduka Seri Haji", "Datuk Seri
# Utama", "Pehin Orang Kaya"): the words of the chain, which are no one's name after such a head.
MALAY_STYLE_HEADS = ("dato", "datuk", "datin", "pehin", "pengiran", "tan sri", "tun", "yang berhormat", "yang mulia")
MALAY_STYLE_CHAIN = {
    "seri", "sri", "paduka", "setia", "wira", "utama", "laila", "jasa", "indera", "diraja", "haji", "hajah",
    "awang", "dayang", "pengiran", "orang", "kaya", "dr", "dr.", "ir.", "ts.", "prof.", "dato", "dato'", "dato’",
    "datuk", "datin",
}  # fmt: skip


# Ranks written as one abbreviated word that is no one's name ("Komjen", "AKBP", "PBGen"): inside a run of
# capitalised words they can only start the next person.
RANK_ABBREVIATIONS = {"komjen", "irjen", "brigjen", "kombes", "akbp", "kompol", "pgen", "pltgen", "pmgen", "pbgen",
                      "pcol", "pltcol", "pmaj", "pcpt"}  # fmt: skip


def peel_honorific_chain(name, honorific):
    """The name without the rest of a Malay style chain read into it, and the style with that rest.

    "Dato' Paduka" is the longest style the lexicon holds, so "Dato' Paduka Seri Haji Awang Kamarul Zaman" first
    reads as the name "Seri Haji Awang Kamarul Zaman"; every chain word after such a head belongs to the style.
    Only after a Malay head: after "Ibu", "Sri Wahyuni" is a name.
    """
    folded = fold(honorific).replace("’", "'").replace("'", "")
    if not folded.startswith(MALAY_STYLE_HEADS):
        return name, honorific
    words = name.split()
    peeled = []
    while len(words) > 1 and words[0].lower() in MALAY_STYLE_CHAIN:
        peeled.append(words.pop(0))
    if not peeled:
        return name, honorific
    return " ".join(words), " ".join([honorific, *peeled])


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# The first words of every rank and honorific ("brig.", "pol", "dato'"), to tell a rank from a name.
RANK_FIRST_WORDS = {p.split()[0] for p in PHRASES}


class Analysis(OutcomeReading):
    """The state of one report's analysis; run() gives the contract's dictionary."""

    def __init__(self, text, title, publisher, published_on):
        # Names and sentences run on across the line breaks of a hard-wrapped paragraph: the analysis reads the
        # text with those breaks as spaces (same offsets), and result() copies every passage from the original.
        self.original = text
        text = unwrap(text)
        self.text = text
        self.title = title or ""
        self.publisher = publisher or ""
        self.published_on = published_on
        self.doc = Document(text)
        self.gaz = gz.current()
        self.links = {}
        self.new = {}
        self.outcomes = []
        self.statements = []
        self.covered = []  # character spans already read as names
        self.placed_countries = {}  # offset of a generic body's name: the country the text puts it in
        # "Participants:" lists and tables of people: everyone named there took part (attendance.py).
        self.rolls = roll_sections(text)
        self.roll_tables = tables(text)
        self.units_of_known = set()  # where a new unit of a known body begins ("UNODC Regional Office for ...")

    # --- helpers -----------------------------------------------------------------------------------------

    def sentence_of(self, offset):
        return self.doc.sentence_at(offset)

    def passage(self, offset):
        return self.doc.passage(self.sentence_of(offset))

    # How far around a name its context reaches. Real sentences are shorter; a pasted text without full stops is
    # one long "sentence", and reading all of it around each of thousands of names would take minutes.
    CONTEXT = 600

    def sentence_span(self, offset):
        """The sentence around offset, clipped to CONTEXT characters either side."""
        s, e = self.doc.sentences[self.sentence_of(offset)] if self.doc.sentences else (0, len(self.text))
        return max(s, offset - self.CONTEXT), min(e, offset + self.CONTEXT)

    def in_roll(self, offset):
        """True for an offset inside a list or table of those who attended, unless its line says that none came
        ("Myanmar ...... 0 (travel not possible)", "Brunei: none")."""
        k = bisect.bisect_right(self.rolls, (offset, len(self.text) + 1)) - 1
        if not (k >= 0 and self.rolls[k][0] <= offset < self.rolls[k][1]):
            return False
        return not self.none_came(offset)

    def none_came(self, offset):
        """True for a name on a line that says its body or country sent nobody ("Myanmar ...... 0 (travel not
        possible)", "Brunei: none"): listed, but absent."""
        line_end = self.text.find("\n", offset)
        rest = self.text[offset : len(self.text) if line_end < 0 else line_end]
        return bool(re.match(r"[^\d:|.]{0,60}(?:\.{2,}|:|\|)[ \t.]*(?:0|none|nil|no one)\b", rest, re.IGNORECASE))

    def is_covered(self, start, end):
        # The spans are the matches, in text order and not overlapping: look at the neighbours only.
        k = max(0, bisect.bisect_left(self.covered, (start, start)) - 1)
        while k < len(self.covered) and self.covered[k][0] < end:
            if self.covered[k][1] > start:
                return True
            k += 1
        return False

    def add_link(self, kind, key, role, start, end, selected, confidence, **extra):
        slug = key.lower() if kind == "country" else key
        name = self.display_name(kind, key)
        link_key = (kind, slug, role)
        link = self.links.get(link_key)
        if link is None:
            link = {
                "kind": kind,
                "slug": slug,
                "role": role,
                "passage": self.passage(start),
                "selected": bool(selected),
                "confidence": round(confidence, 2),
                "name": name,
                "label": self.text[start:end],
                "start": start,
                "end": end,
            }
            link.update(extra)
            self.links[link_key] = link
        else:
            if selected and not link["selected"]:
                link.update(passage=self.passage(start), label=self.text[start:end], start=start, end=end)
                link.update(extra)
            link["selected"] = link["selected"] or bool(selected)
            link["confidence"] = round(max(link["confidence"], confidence), 2)
            for k, v in extra.items():
                if k not in link or not link[k]:
                    link[k] = v
        return link

    def display_name(self, kind, key):
        g = self.gaz
        if kind == "country":
            return g.countries.get(key.upper(), key)
        table = {"organization": g.organizations, "person": g.people, "forum": g.forums, "agreement": g.agreements}
        record = table.get(kind, {}).get(key)
        return record["name"] if record else key

    def add_new(self, kind, name, start, end, **extra):
        if kind == "organization":
            name, start = without_leading_rank(name, start)
        key = (kind, fold(name))
        if kind == "organization" and extra.get("country") and key[1] in self.known_org_names():
            # Another country's namesake of a body the base holds ("Ministry of Public Security" of Laos, of China):
            # one new body for each country.
            key = (kind, key[1], extra["country"])
        if key in self.new:
            item = self.new[key]
            for k, v in extra.items():
                if v and not item.get(k):
                    item[k] = v
            return item
        item = {"kind": kind, "name": name, "passage": self.passage(start), "start": start, "end": end}
        item.update({k: v for k, v in extra.items() if v is not None})
        self.new[key] = item
        return item

    # --- the steps ---------------------------------------------------------------------------------------

    def run(self):
        self.dates = find_dates(self.text, self.published_on)
        self.detect_publication_date()
        found = gz.find(self.gaz, self.doc)
        ends = {m.end for m in found} | {m.start for m in found}
        self.matches = [m for m in found if not self.derived_elsewhere(m) and not self.inside_hyphened_name(m, ends)]
        self.title_matches = gz.find(self.gaz, Document(self.title)) if self.title else []
        self.classify_matches()
        self.read_event()
        self.read_groups()
        self.read_organizations_and_countries()
        self.read_secretariats_of_posts()
        self.read_new_organizations()
        self.read_people()
        self.read_ministries_of_posts()
        self.read_mission_of_publisher()
        self.read_countries_of_new_bodies()
        self.settle_new_bodies()
        self.read_seats_of_missions()
        self.drop_non_bodies()
        self.read_agreements()
        self.read_outcomes()
        self.read_statements()
        self.read_event_links()
        self.read_countries_of_national_bodies()
        return self.result()

    def read_mission_of_publisher(self):
        """ "Publisher: Canadian Embassy in Laos" over "Opening the course, Canadian Ambassador to Laos X said ...":
        a diplomatic mission that publishes the report of a meeting its head (or its staff) took part in is a body
        an editor adds, under the name it publishes as (without a website's name in brackets)."""
        name = re.sub(r"\s*\([^)]*\)\s*$", "", self.publisher or "").strip()
        mission = r"\b(?:Embassy|High Commission|Consulate(?:[- ]General)?|Permanent Mission)\b"
        if not re.search(mission, name) or any(
            item["kind"] == "organization" and re.search(mission, item["name"]) for item in self.new.values()
        ):
            return  # not a mission, or the text already names it ("the Australian Embassy hosted ...")
        codes = {
            e.key for fm in gz.find(self.gaz, Document(name)) for e in fm.entries if e.kind in ("country", "demonym")
        }
        if not codes:
            return
        head = r"(?:Ambassador|High Commissioner|Consul[- ]General|Charg[ée] d[’']Affaires|Deputy Head of Mission)"
        for m in re.finditer(rf"\b{head}\b|\b[Tt]he\s+Embassy(?:[’']s)?\b(?!\s+of\b)", self.text):
            around = self.text[max(0, m.start() - 40) : m.end() + 40]
            owner = {
                e.key
                for fm in gz.find(self.gaz, Document(around))
                for e in fm.entries
                if e.kind in ("country", "demonym")
            }
            if not (codes & owner) and "mbassy" not in m.group():
                continue
            index = self.sentence_of(m.start())
            s, e = self.sentence_span(m.start())
            if not (
                self.about_meeting(index)
                or SPEECH_AFTER.search(self.text[m.end() : e])
                or TOOK_PART.search(self.text[s:e])
                or re.search(r"\b(?:opening|closing|opened|closed|welcom\w+)\b", self.text[s:e], re.IGNORECASE)
            ):
                continue
            if not self.overlaps_new(m.start(), m.end()):
                self.add_new("organization", name, m.start(), m.end())
            return

    def read_seats_of_missions(self):
        """ "officials of the Embassy of the Republic of Indonesia in Kuala Lumpur": a country's mission is one of
        many, told apart by its seat; the seat after "in" is part of its name, as a careful editor records it."""
        head = r"^(?:Embassy|High Commission|Consulate(?:[- ]General)?|Permanent Mission|Trade Office)\s+(?:of|to)\b"
        for item in self.new.values():
            if item["kind"] != "organization" or not re.match(head, item["name"]) or " in " in item["name"]:
                continue
            seat = re.match(
                r"\s+in\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){0,2})\b(?!\s+[A-Z])", self.text[item["end"] :]
            )
            if not seat or any(fold(w) in lexicon.ORG_HEADS for w in seat.group(1).split()):
                continue
            item["name"] = f"{item['name']} in {seat.group(1)}"
            item["end"] += seat.end()

    def drop_non_bodies(self):
        """Names read as new bodies that name something else. "at the Ministry of Home Affairs Complex, Putrajaya": a
        building named after its body is the venue. "the 7th Meeting of the X–Y Joint Working Group (JWG) on ...":
        the group whose meeting it is was proposed as the meeting's series already; a body read over the first words
        of that name is the same group, proposed twice."""
        series = [fold(item["name"]) for item in self.new.values() if item["kind"] == "forum"]
        for key, item in list(self.new.items()):
            if item["kind"] != "organization":
                continue
            name = fold(item["name"])
            # The series' name goes on with its acronym or its subject: "... Group (JWG) on ...", "... Group on ...".
            if name.split()[-1] in BUILDING_HEADS or any(
                re.match(re.escape(name) + r" (?:\([^)]*\)|(?:on|against|for)\b)", f) for f in series
            ):
                del self.new[key]

    def inside_hyphened_name(self, match, bounds):
        """True for a known body's acronym that is only one part of a hyphened name the base lacks: "UN" in "UN-ACT"
        or "UN-Women" is not the United Nations. ("ASEAN-ACT", when the base holds it, is matched whole first.)
        Two known names joined by a hyphen stay both ("the SOMTC-INTERPOL consultation"): `bounds` holds where
        every known name found starts and ends."""
        if match.entries[0].kind != "organization":
            return False
        written = self.text[match.start : match.end]
        if not written.isupper():
            return False
        after = re.match(r"-[A-Z0-9]", self.text[match.end : match.end + 2]) and match.end + 1 not in bounds
        before = (
            re.search(r"[A-Z0-9]-$", self.text[max(0, match.start - 2) : match.start]) and match.start - 1 not in bounds
        )
        return bool(after or before)

    def derived_elsewhere(self, match):
        """True for initials the base never recorded (gazetteer.derived_acronym) where the report means something
        else by them: it spells them out as another name ("Agence France-Presse (AFP)"), or they are a news
        agency's byline or credit ("(AFP) -", "told AFP", "AFP reported", "Photo: AFP")."""
        if match.entries[0].via != "derived":
            return False
        initials = self.text[match.start : match.end]
        defined = re.search(r"([A-Z][\w-]*(?:\s+[\w-]+){0,5})\s*\(" + re.escape(initials) + r"\)", self.text)
        if defined and not set(fold(match.entries[0].name).split()) & set(fold(defined.group(1)).split()):
            return True
        before = self.text[max(0, match.start - 30) : match.start]
        after = self.text[match.end : match.end + 30]
        return bool(
            re.search(r"(?:\btold|\bto|\bby|\bvia|\bphoto|\bsource|\bcredit|/)\s*:?\s*$", before, re.I)
            and not re.search(r"\b(?:the|by the)\s*$", before)
            or re.match(r"^\)?\s*(?:[-–—]|reported|said it|news agency|correspondent|journalist|/)", after)
            or re.search(r"\(\s*$", before)
            and re.match(r"^\)\s*[-–—]", after)
        )

    def country_code(self, words):
        """The country a phrase names whole ("Laos", "the Lao PDR", "the Kingdom of Thailand"), or None."""
        words = STATE_FORM.sub("", re.sub(r"^the\s+", "", words.strip()))
        found = [m for m in gz.find(self.gaz, Document(words)) if m.kind == "country"]
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(words):
            return found[0].keys[0][1]
        return None

    def settle_new_bodies(self):
        """The names of new bodies as a careful editor writes them: a unit's code in front ("D3 (ATIPSOM)
        Division"), "province" after a province's name, no state's form taken for a parent ("... of the Kingdom"),
        and a body of several countries once per country: "Police of Laos and Thailand" is "Police of Laos" and
        "Police of Thailand", each with its country."""
        for key, item in list(self.new.items()):
            if item["kind"] != "organization":
                continue

            # "Permanent Secretary of the Ministry of Home Affairs U Tin Maung Htwe": a person read inside the body's
            # words, with the honorific before the name, ends the body.
            # "Laos' Ministry of Public Security and Ana Cruz, deputy secretary of ...", "... and Pol Maj X": a person
            # read right after "and" (and a rank) is the next item of the sentence, not the body's last words.
            def titled(word):
                w = fold(word).rstrip(".")
                return w in self.honorific_words() or w in RANK_FIRST_WORDS or f"{w}." in RANK_FIRST_WORDS

            def after_and(words):
                while words and titled(words[-1]):
                    words = words[:-1]
                return bool(words) and words[-1] in ("and", "&")

            inside = [
                p
                for p in self.person_spans
                if item["start"] < p[0] < item["end"]
                and (last := re.search(r"(\S+)\s+$", self.text[item["start"] : p[0]]))
                and (
                    fold(last.group(1)).rstrip(".") in self.honorific_words()
                    or after_and(self.text[item["start"] : p[0]].split())
                )
            ]
            if inside:
                cut = item["name"][: inside[0][0] - item["start"]]
                words = cut.split()
                while words and (
                    words[-1].rstrip(".").lower() in self.honorific_words()
                    or words[-1] in (",", ";", "and", "&")
                    or (titled(words[-1]) and after_and(words))
                ):
                    words.pop()
                name = " ".join(words).rstrip(" ,;")
                if len(words) >= 2 and fold(words[-1]) not in ("of", "the", "and", "for"):
                    del self.new[key]
                    body = self.add_new(
                        "organization", name, item["start"], item["start"] + len(name), country=item.get("country")
                    )
                    body.update({k: v for k, v in item.items() if k not in ("name", "end", "label")})
                    if "label" in item:
                        body["label"] = body["name"]
                    key, item = (body["kind"], fold(body["name"])), body
            # "the Philippine National Police Women and Children Protection Center": a police force named in front
            # of its unit, without "of". Both are bodies: the unit, and the force it belongs to.
            words = item["name"].split()
            split = next(
                (
                    k
                    for k in range(2, len(words) - 1)
                    if fold(words[k - 1]) in FORCE_HEADS
                    and words[k][:1].isupper()
                    and fold(words[k]) not in lexicon.ORG_HEADS | FORCE_HEADS
                    and fold(words[-1]) in lexicon.ORG_HEADS
                    and fold(words[-1]) not in FORCE_HEADS
                    and len(words) - k >= 2
                ),
                None,
            )
            acronym = item.get("acronym")
            # "(PNP-WCPC)": the force's acronym and the unit's, joined by a hyphen, spell the two bodies.
            parts = re.fullmatch(r"([A-Z][A-Za-z]{1,7})-([A-Z][A-Za-z]{1,9})", acronym or "")
            joined = bool(
                split
                and parts
                and acronym_fits(parts.group(1), words[:split])
                and acronym_fits(parts.group(2), words[split:])
            )
            if joined:
                acronym = parts.group(2)
            if split and (
                not acronym or joined or acronym_fits(acronym, words[split:]) and not acronym_fits(acronym, words)
            ):
                force = " ".join(words[:split])
                unit = " ".join(words[split:])
                del self.new[key]
                unit_start = item["start"] + item["name"].index(unit, len(force))
                self.add_new("organization", force, item["start"], item["start"] + len(force), role=item.get("role"))
                body = self.add_new("organization", unit, unit_start, item["end"])
                body.update({k: v for k, v in item.items() if k not in ("name", "start", "label", "passage")})
                body["label"] = unit
                key, item = (body["kind"], fold(body["name"])), body
            # "the D3 (ATIPSOM) Division of ...", "the C02 Department": a unit's code, with its acronym in brackets,
            # begins the unit's name.
            code = re.search(
                r"\b[A-Z]{1,2}\d{1,3}(?:\s*\([A-Z][A-Z-]{1,11}\))?\s+$",
                self.text[max(0, item["start"] - 30) : item["start"]],
            )
            if code and fold(item["name"].split()[0]) in lexicon.ORG_HEADS:
                del self.new[key]
                start = item["start"] - len(code.group())
                body = self.add_new("organization", self.text[start : item["end"]], start, item["end"])
                body.update({k: v for k, v in item.items() if k not in ("name", "start", "label", "passage")})
                if "label" in item:
                    body["label"] = body["name"]
                key, item = (body["kind"], fold(body["name"])), body
            # "the Police Department of Bac Ninh province": the lower-case kind of place belongs to the name.
            place = re.match(
                r"^\s+(?:province|city|district|municipality|prefecture)\b", self.text[item["end"] : item["end"] + 20]
            )
            if place and re.search(r"\sof\s+(?:[A-Z\u00C0-\u024F\u1E00-\u1EFF][\w’'-]*\s*){1,3}$", item["name"]):
                del self.new[key]
                end = item["end"] + place.end()
                body = self.add_new("organization", f"{item['name']}{self.text[item['end'] : end]}", item["start"], end)
                body.update({k: v for k, v in item.items() if k not in ("name", "end", "label")})
                if "label" in item:
                    body["label"] = body["name"]
                key, item = (body["kind"], fold(body["name"])), body
            # "the Ministry of Public Security of the Kingdom of Cambodia": the state's form is no parent body.
            state = re.search(
                r"\s+of\s+the\s+(?:[\w’']+\s+){0,3}(?:Republic|Kingdom|Union|Federation|Sultanate)$", item["name"]
            )
            if state:
                code = self.country_code(
                    item["name"][state.start() + 4 :]
                    + self.text[item["end"] : item["end"] + 40].split(",")[0].split(".")[0]
                )
                del self.new[key]
                body = self.add_new("organization", item["name"][: state.start()], item["start"], item["end"])
                body.update({k: v for k, v in item.items() if k not in ("name", "country", "end")})
                body["country"] = code or item.get("country")
                continue
            m = re.match(r"^(.+?)\s+of\s+(.+\s+and\s+.+)$", item["name"])
            if not m:
                continue
            parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(2))
            codes = [self.country_code(part) for part in parts]
            if len(parts) < 2 or not all(codes):
                continue
            del self.new[key]
            for part, code in zip(parts, codes, strict=True):
                body = self.add_new("organization", f"{m.group(1)} of {part}", item["start"], item["end"])
                body.update({k: v for k, v in item.items() if k not in ("name", "country", "acronym")})
                body["country"] = code

    def read_countries_of_new_bodies(self):
        """ "Col. X of the Cambodian Border Police" quoted on the meeting: a new national body that takes
        part brings its country, named only by the adjective that begins the body's name."""
        for item in list(self.new.values()):
            if item["kind"] != "organization" or item.get("role") not in (
                ParticipationRole.PARTICIPANT,
                ParticipationRole.MEMBER_DELEGATION,
            ):
                continue
            if self.about_another_meeting(item["start"]) or self.other_year(item["start"]):
                continue
            first = next(iter(gz.find(self.gaz, Document(item["name"]))), None)
            if first is None or first.start != 0 or {e.kind for e in first.entries} - {"country", "demonym"}:
                # "Dr X of Myanmar's Department of ...", "Y, an inspector in the Royal Brunei Police Force, said":
                # the country that owns the body of someone who spoke at the meeting took part through them.
                code = self.country_of_speakers_body(item)
                if code is None:
                    continue
                codes, first = {code}, None
            else:
                codes = {e.key for e in first.entries}
                # The person whose post it is took part ("said X of the Cambodian Border Police").
                member = any(
                    other["kind"] == "person" and other.get("role") and 0 <= item["start"] - other["end"] <= 12
                    for other in self.new.values()
                )
                # A body on a line of a list of those who attended ("Among the heads of delegation were:") came.
                listed = self.in_roll(item["start"]) and not self.in_background_section(item["start"])
                if not (member or listed or self.about_meeting(self.sentence_of(item["start"]))):
                    continue
            if len(codes) != 1:
                continue
            code = codes.pop()
            item.setdefault("country", code)
            # A link offered unselected (a member group named in passing) is taken up: this body says it came.
            if any(
                link["kind"] == "country" and link["slug"] == code.lower() and link["selected"]
                for link in self.links.values()
            ):
                continue
            self.add_link(
                "country",
                code,
                ParticipationRole.MEMBER_DELEGATION,
                item["start"],
                item["start"] + first.end if first else item["end"],
                True,
                0.7,
            )

    def country_of_speakers_body(self, item):
        """The country of a new body when someone who took part holds a post in it, set off from the name
        ("Dr X of the Y", "X, an inspector in the Y, said"), and the country is written in the body's name ("the
        Royal Brunei Police Force") or as its owner right before it ("of Myanmar's Department of ..."); else None."""
        start = item["start"]
        holder = next(
            (
                other
                for other in self.new.values()
                if other["kind"] == "person"
                and other.get("role")
                and 0 <= start - other["end"] <= 80
                and self.sentence_of(other["end"]) == self.sentence_of(start)
                and (
                    other.get("organization") == item["name"]
                    or re.fullmatch(
                        r"\s*,?\s*(?:of|from|with|at|in)\s+(?:the\s+)?(?:[A-Z][\w-]+(?:\s[A-Z][\w-]+)?(?:’s|'s|’|')\s+)?",
                        self.text[other["end"] : start],
                    )
                )
            ),
            None,
        )
        if holder is None or self.about_another_meeting(start) or self.other_year(start):
            return None
        codes = {
            e.key
            for m in gz.find(self.gaz, Document(item["name"]))
            for e in m.entries
            if e.kind in ("country", "demonym")
        }
        owner = re.search(
            r"\b(?:of|in|at|from)\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:’s|'s|’|')\s+$",
            self.text[max(0, start - 40) : start],
        )
        owner_code = owner and self.country_code(owner.group(1))
        if owner_code:
            codes.add(owner_code)
        return codes.pop() if len(codes) == 1 else None

    def detect_publication_date(self):
        """The publication date from a dateline at the top of the text when none was given."""
        self.dateline = None
        head_end = min(len(self.text), 400)
        for mention in self.dates:
            if mention.start >= head_end or mention.precision != "day" or mention.inferred == "all":
                continue
            line_start = self.text.rfind("\n", 0, mention.start) + 1
            line_end = self.text.find("\n", mention.end)
            line_end = len(self.text) if line_end < 0 else line_end
            line = self.text[line_start:line_end]
            rest = (line[: mention.start - line_start] + line[mention.end - line_start :]).strip(" ,|-–")
            if self.field_label(mention.start):
                continue  # "Dates: 3-4 May 2024" gives the meeting's days, not the report's
            # "YANGON, 3 March – ...", "KUALA LUMPUR, Aug 5 (Bernama) -- ...": a news dateline.
            news = re.match(r"^\s*[A-Z][A-Za-z .'’-]{1,40},\s*$", self.text[line_start : mention.start]) and re.match(
                r"^\s*(?:\([^)]{1,30}\))?\s*(?:–|—|--|-|:)", self.text[mention.end : line_end]
            )
            if mention.inferred and not (
                # "BANGKOK, Nov 12 —" in a report put online a few days later is still its dateline.
                news and self.published_on and abs((mention.start_date - self.published_on).days) <= 7
            ):
                continue
            if (len(rest) <= 40 and not HELD.search(line)) or "|" in line or news:
                self.dateline = mention
                if self.published_on is None:
                    self.published_on = mention.start_date
                    # Dates without a year can now be read against it.
                    self.dates = [d for d in find_dates(self.text, self.published_on)]
                    self.dateline = next((d for d in self.dates if d.start == mention.start), mention)
                elif mention.start_date == self.published_on:
                    # "VIENTIANE, June 10 -- ... opened here on Tuesday": the day the report speaks from is written
                    # in its dateline, so a "today" or weekday that falls on it is as written as the dateline.
                    self.dates = [self.told_by_dateline(d, mention, relative_only=True) for d in self.dates]
                elif (
                    mention.start_date != self.published_on and abs((mention.start_date - self.published_on).days) <= 7
                ):
                    # "LANGKAWI, 21 October 2025 – ... convened today": the dateline's day is the one the report's
                    # "today" and weekdays speak from, even when it went online a day later.
                    self.dates = [self.told_by_dateline(d, mention) for d in find_dates(self.text, mention.start_date)]
                    self.dateline = next((d for d in self.dates if d.start == mention.start), mention)
                return

    def told_by_dateline(self, date, dateline, relative_only=False):
        """ "PENANG, June 9 -- ... closed here today": "today" is the dateline's own day, which the dateline writes
        out; only what the dateline leaves out (its year, or nothing) is inferred, as for the dateline itself.
        So is a weekday that falls on it ("opened here on Tuesday"); "yesterday" and other weekdays stay read from
        it. "YANGON, 4 June 2026 – ... held from 3 to 4 June": a dateline that writes its year gives it to the days
        the report writes without one, so theirs is not inferred. With relative_only, only the first kind is told."""
        if (
            not relative_only
            and date.inferred == "year"
            and dateline.inferred == ""
            and date.start_date.year == dateline.start_date.year
            and 0 <= (dateline.start_date - date.start_date).days <= 31
        ):
            return dataclasses.replace(date, inferred="", note="")
        written = self.text[date.start : date.end].lower()
        # "on Tuesday", said of the dateline's own day, names that day as "today" does.
        weekday = written.split()[-1] in lexicon.WEEKDAYS and not written.startswith(("last", "next"))
        if date.inferred != "all" or not (weekday or written in ("today", "this morning", "this afternoon")):
            return date
        if date.start_date != dateline.start_date:
            return date
        note = f"“{self.text[date.start : date.end]}” is the day of the dateline, {dateline.start_date.isoformat()}."
        return dataclasses.replace(date, inferred=dateline.inferred, note=" ".join(filter(None, [dateline.note, note])))

    def classify_matches(self):
        self.mentions = []  # (match, kind, key) of records found, after context checks
        self.city_mentions = []
        foreign_end, foreign_acronyms = None, set()
        for match in self.matches:
            kinds = {e.kind for e in match.entries}
            if kinds == {"city"}:
                self.city_mentions.append(match)
                continue
            entries = [e for e in match.entries if e.kind != "city"]
            if "city" in kinds and self.venue_of_city_state(match):
                city_entries = [e for e in match.entries if e.kind == "city"]
                self.city_mentions.append(dataclasses.replace(match, entries=city_entries))
            if "demonym" in kinds:
                if self.adjective_before_head(match):
                    entries = [e for e in entries if e.kind == "demonym"]
                else:
                    entries = [e for e in entries if e.kind != "demonym"]
                if not entries:
                    continue
            if all(e.kind == "forum" for e in entries) and match.end_token < len(self.doc.tokens):
                nxt = self.doc.tokens[match.end_token]
                if self.text[match.end : nxt.start] == " " and nxt.text[:1].isupper():
                    # "ASEANAPOL Dialogue Partners" is not the forum "ASEANAPOL Dialogues", but "ASEANAPOL" is still
                    # the organization.
                    shorter = self.shorter_match(match)
                    if shorter is None:
                        continue
                    match, entries = shorter, shorter.entries
            # "SOM" alone is too common a short name; "SOMTC" or "AMMTC" names its forum wherever it stands.
            short = [e for e in entries if e.via == "short" and (len(e.tokens) > 1 or len(e.tokens[0]) <= 3)]
            if short and len(short) == len(entries):
                # "SOM" alone is a forum only next to its convener ("COMMIT's 14th SOM").
                sentence = self.doc.sentence_index(match.start_token)
                near = {
                    m.keys[0][1]
                    for m in self.matches
                    if m.kind == "organization" and self.doc.sentence_index(m.start_token) == sentence
                }
                entries = [
                    e
                    for e in entries
                    if e.extra.get("convened_by")
                    in near | set(m.keys[0][1] for m in self.title_matches if m.kind == "organization")
                ]
                if not entries:
                    continue
            match.entries = entries
            label = self.text[match.start : match.end]
            if all(e.via == "acronym" for e in entries) and (
                label in foreign_acronyms
                or (foreign_end is not None and re.fullmatch(r"\s*\(", self.text[foreign_end : match.start]))
            ):
                # "the Ministry of Public Security (MPS) of Laos": the acronym a foreign namesake defines, and its
                # later mentions, stand for that new body, not for the base's.
                foreign_acronyms.add(label)
                continue
            if self.foreign_namesake(match):
                foreign_end = match.end
                continue
            self.mentions.append(match)
            self.covered.append((match.start, match.end))

    def adjective_before_head(self, match):
        """True when a country's adjective at match stands before a head that makes it the country's people
        ("Thai officials", "the Thai head of delegation"), alone or in a list whose last member the head follows:
        "the Cambodian and Myanmar delegations", "the Lao, Thai and Vietnamese sides"."""
        if not hasattr(self, "_adjectives_at"):
            self._adjectives_at = {
                m.start: m for m in self.matches if {e.kind for e in m.entries} & {"demonym", "country"}
            }
        last = match
        for _ in range(8):
            sep = re.match(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", self.text[last.end : last.end + 8])
            following = sep and self._adjectives_at.get(last.end + sep.end())
            if not following:
                break
            last = following
        tokens = self.doc.tokens
        nxt = tokens[last.end_token].folded if last.end_token < len(tokens) else ""
        nxt2 = tokens[last.end_token + 1].folded if last.end_token + 1 < len(tokens) else ""
        if nxt in lexicon.DEMONYM_HEADS or nxt2 in lexicon.DEMONYM_HEADS:
            return True
        # "the Thai head of delegation", "the Lao deputy head of the delegation"
        return bool(
            re.match(
                r"\s+(?:deputy\s+|co-?)?heads?\s+of\s+(?:the\s+|its\s+)?delegations?\b",
                self.text[last.end : last.end + 50],
                re.IGNORECASE,
            )
        )

    def row_country(self, offset):
        """The country code in the country column of the table row holding offset, or None."""
        for table in self.roll_tables:
            if not table.start <= offset < table.end or "country" not in table.columns:
                continue
            for row in table.rows:
                if row and row[0].start <= offset <= row[-1].end and table.columns["country"] < len(row):
                    return self.country_code(row[table.columns["country"]].text)
        return None

    def field_label(self, offset):
        """The label of the line holding offset ("dates", "venue"), or ""."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        m = FIELD_LABEL.match(self.text, line_start)
        return m.group(1).lower() if m and m.end() <= offset else ""

    def venue_of_city_state(self, match):
        """ "in Singapore from 8 to 10 April": a city that is also a country is the venue only after "in" or "at",
        and not in a list of countries ("in Singapore, Malaysia and Thailand")."""
        before = self.text[max(0, match.start - 6) : match.start]
        if PLACE_LABEL.search(self.field_label(match.start)):
            return not re.match(r"^\s*(?:,|and\b)\s*(?:the\s+)?[A-Z]", self.text[match.end : match.end + 40])
        if not re.search(r"\b(?:in|at)\s+$", before) and not VENUE_THEN_CITY.search(
            self.text[max(0, match.start - 120) : match.start]
        ):
            return False
        after = self.text[match.end : match.end + 40]
        return not re.match(r"^\s*(?:,|and\b|or\b)\s*(?:the\s+)?[A-Z]", after)

    def shorter_match(self, match):
        """The longest name shorter than match that starts where it does, or None."""
        tokens = self.doc.tokens
        fits = [
            e
            for e in self.gaz.index.get(tokens[match.start_token].folded, [])
            if len(e.tokens) < match.end_token - match.start_token and gz.entry_fits(e, tokens, match.start_token)
        ]
        if not fits:
            return None
        n = max(len(e.tokens) for e in fits)
        best = [e for e in fits if len(e.tokens) == n and e.kind not in ("city",)]
        if not best:
            return None
        end_token = match.start_token + n
        return gz.Match(match.start_token, end_token, match.start, tokens[end_token - 1].end, best)

    def foreign_namesake(self, match):
        """True for "the Lao Ministry of Public Security" when the base's Ministry of Public Security is Viet Nam's:
        the same name with another country in front is another body, proposed as new."""
        keys = match.keys
        if len(keys) != 1 or keys[0][0] != "organization":
            return False
        own = self.gaz.organizations[keys[0][1]]["country"]
        if not own:
            return False
        row_country = self.row_country(match.start)
        if row_country and row_country != own:
            return True  # "China | ... | Ministry of Public Security": another country's body of the same name
        if match.entries[0].via in ("acronym", "derived"):
            return False
        if match.start_token > 0:
            prev = self.doc.tokens[match.start_token - 1]
            gap = self.text[prev.end : match.start]
            if gap in (" ", "’s ", "'s ", "’ ", "' "):
                code = self.country_word(prev) or self.country_ending_at(match.start_token - 1)
                if code and code != own:
                    return True
        after = re.match(
            # "of the People's Republic of China", "of the Lao PDR": a country's long name runs on over "'s" and "of";
            # "the Ministry of Public Security (MPS) of Laos": its acronym may come between.
            r"^(?:\s*\([A-Z][\w-]{0,11}\))?\s+(?:of|in)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3})",
            self.text[match.end : match.end + 60],
        )
        if after:
            owner = STATE_FORM.sub("", after.group(1))  # "People's Republic of China" is China
            for m in gz.find(self.gaz, Document(owner)):
                if m.kind in ("country", "demonym") and m.start == 0 and m.keys[0][1] != own:
                    self.placed_countries[match.start] = m.keys[0][1]
                    return True
        if not self.generic_body_name(keys[0][1]):
            return False  # "Australian Federal Police" says its country itself, wherever it is written
        placed = self.delegation_country(match, own) or self.heading_country(match)
        if placed and placed != own:
            self.placed_countries[match.start] = placed
            return True
        home = self.publisher_country()
        if (
            home
            and home != own
            and self.gaz.organizations[keys[0][1]].get("kind") in self.NATIONAL_KINDS
            and self.country_left_out(own)
        ):
            # A Cambodian paper's "Cambodian and Thai officials met in Poipet ... the Anti-Trafficking Department
            # under the Ministry of Public Security": the base's namesake belongs to a country the report never
            # brings in; the paper's own country's ministry is meant. Without a publisher of another country the
            # base's stays (a town the lists lack may be the only sign of the record's country).
            self.placed_countries[match.start] = home
            return True
        return False

    def country_left_out(self, own):
        """True when the report speaks of other countries but never of the country own, its people or its towns,
        but in background ("X and Y are also members of Z, together with own"), nor does its publisher carry it: a
        body's name any country's body may bear is then not own's namesake in the base."""
        if self.publisher_country() == own:
            return False
        if own in {e.key for m in self.title_matches for e in m.entries if e.kind in ("country", "demonym", "city")}:
            return False
        others = False
        for m in self.matches:
            codes = {e.key for e in m.entries if e.kind in ("country", "demonym", "city")}
            if not codes:
                continue
            s, e = self.sentence_span(m.start)
            sentence = self.text[s:e]
            background = HISTORY.search(sentence) or BACKGROUND_LEAD.search(sentence)
            if own in codes and not background:
                return False
            others = others or bool(codes - {own})
        return others

    def in_bullet_list(self, match):
        """True for a name that is a list's item ("- UNODC") with another item on the line above or below: a
        bullet, not the dash of an agency's credit."""
        line_start = self.text.rfind("\n", 0, match.start) + 1
        if not re.fullmatch(r"\s*[-•*–—]\s*", self.text[line_start : match.start]):
            return False
        before = self.text[max(0, line_start - 200) : max(0, line_start - 1)].rsplit("\n", 1)[-1]
        line_end = self.text.find("\n", match.end)
        after = "" if line_end < 0 else self.text[line_end + 1 : line_end + 200].split("\n", 1)[0]
        return any(LIST_ITEM.match(line.strip() + " ") for line in (before, after) if line.strip())

    def listed_as_participant(self, match):
        """True for a name in a list's item under a line that introduces the participants ("Attendees:", "The
        following institutions took part:"), read up over the list's other items and country headings; not one
        whose line says none came."""
        if self.none_came(match.start):
            return False
        line_start = self.text.rfind("\n", 0, match.start) + 1
        end = line_start - 1
        for _ in range(HEADING_REACH):
            if end <= 0:
                return False
            start = self.text.rfind("\n", 0, end) + 1
            above = self.text[start:end].strip()
            end = start - 1
            if not above:
                continue
            if above.endswith(":"):
                return bool(PARTICIPANTS_INTRO.search(above))
            if len(above) > LIST_LINE:
                return False
        return False

    def labels_a_line(self, match):
        """True for a country written as the label of a line that goes on with names ("Viet Nam: Col. X, Ministry of
        ..."): its delegation, listed."""
        line_start = self.text.rfind("\n", 0, match.start) + 1
        if line_start == 0 or self.text[line_start : match.start].strip(" -•*–—\t"):
            return False
        return bool(re.match(r"^\s*:\s+[A-Z]", self.text[match.end : match.end + 10]))

    def line_labelled_by_country(self, match):
        """True for a name on a line labelled with a country ("Lao PDR: Mr. X, Ministry of ...")."""
        line_start = self.text.rfind("\n", 0, match.start) + 1
        label = re.match(r"\W*([A-Z][\w .’'-]{1,40}?)\s*:\s", self.text[line_start : match.start])
        return line_start > 0 and bool(label) and self.country_code(label.group(1)) is not None

    def heads_a_list(self, match):
        """True for a country's name alone on its line ("Lao PDR", "VIET NAM:") with a list's item on the next."""
        line_start = self.text.rfind("\n", 0, match.start) + 1
        line_end = self.text.find("\n", match.end)
        if (
            line_end < 0
            or self.text[line_start : match.start].strip(" -•*–—\t")
            or self.text[match.end : line_end].strip(" :\t")
        ):
            return False
        return bool(LIST_ITEM.match(self.text[line_end + 1 : line_end + 40].strip()))

    def country_ending_at(self, last):
        """The country whose name of two or three words ends at token last ("Lao PDR", "Timor-Leste"), or None."""
        tokens = self.doc.tokens
        for first in range(last - 1, max(-1, last - 3), -1):
            code = self.country_code(self.text[tokens[first].start : tokens[last].end])
            if code:
                return code
        return None

    @functools.cached_property
    def country_matches(self):
        return sorted((m for m in self.matches if m.kind in ("country", "demonym")), key=lambda m: m.start)

    @functools.cached_property
    def country_starts(self):
        return [m.start for m in self.country_matches]

    def generic_body_name(self, slug):
        """True for a name any country's body may bear ("Ministry of Public Security", "National Police"): none of
        its words names a country."""
        return not any(
            e.kind in ("country", "demonym")
            for word in fold(self.gaz.organizations[slug]["name"]).split()
            for e in self.gaz.index.get(word, [])
        )

    def delegation_country(self, match, own):
        """The country whose delegation the sentence holding a body's name speaks of, when it names one country's
        delegation and never the body's own country: "Col. X of the Ministry of Public Security, who led the Lao
        delegation" puts that ministry in Laos. None otherwise."""
        s, e = self.sentence_span(match.start)
        # Within the sentence, a window around the name: a pasted text without full stops is one long "sentence".
        s, e = max(s, match.start - DELEGATION_REACH), min(e, match.end + DELEGATION_REACH)
        codes = set()
        for m in self.country_matches[bisect.bisect_left(self.country_starts, s) :]:
            if m.start >= e:
                break
            code = m.keys[0][1]
            if code == own:
                return None  # the body's own country is in the sentence: nothing places it elsewhere
            before, after = self.text[max(s, m.start - 60) : m.start], self.text[m.end : min(e, m.end + 50)]
            # Someone is said to belong to that delegation: "who led the Lao delegation", "head of the delegation of
            # Laos", "the Cambodian side was represented by", "For Laos, officers of ..."; not "welcomed the Lao
            # delegation", where the body's official is its host.
            side = re.match(r"^(?:[’']s?)?\s+(?:delegations?|side|team)\b", after)
            side_of = re.search(r"\b(?:delegations?|side|team)\s+(?:of|from)\s+(?:the\s+)?$", before)
            if (
                (side or side_of)
                and (
                    re.search(
                        MEMBERSHIP + r"\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w’'-]+\s+)?$",
                        before[: side_of.start()] if side_of else before,
                    )
                    or re.match(
                        r"^\W{0,3}(?:was|were)\s+(?:represented|led|headed)\s+by\b|^\W{0,3}(?:comprised|included|"
                        r"consisted)\b",
                        after[side.end() :] if side else after,
                    )
                )
            ) or (
                re.match(r"^\s+(?:was|were) represented by\b", after)
                or (re.fullmatch(r"\W*(?:For|On behalf of)\s+(?:the\s+)?", self.text[s : m.start]) and after[:1] == ",")
            ):
                codes.add(code)
        return codes.pop() if len(codes) == 1 else None

    def heading_country(self, match):
        """The country a list puts a body under: the nearest line above the body's line that is a country's name
        alone ("Lao PDR", "VIET NAM:", "- Thailand"), with only short lines (a list's items) between. None when the
        body's line is prose or no such heading stands above it."""
        line_start = self.text.rfind("\n", 0, match.start) + 1
        line_end = self.text.find("\n", match.end)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        # "Lao PDR: Mr. X, Ministry of Public Security; ...", "4. Lao PDR – Pol. Col. X, Ministry of ...": a line
        # labelled with a country, by a colon or a dash.
        label = re.match(r"\W*(?:\d{1,2}[.)]\s+)?([A-Z][\w .’'-]{1,40}?)\s*(?::\s|\s[–—]\s)", line)
        if label and self.country_code(label.group(1)):
            return self.country_code(label.group(1))
        if len(line) > LIST_LINE or line_start == 0:
            return None
        end = line_start - 1
        for _ in range(HEADING_REACH):
            if end <= 0:
                return None
            start = self.text.rfind("\n", 0, end) + 1
            above = self.text[start:end].strip()
            end = start - 1
            if not above:
                continue
            if len(above) > LIST_LINE:
                return None
            above = re.sub(r"^[-•*–—\d.)(\s]+|[\s:–—-]+$", "", above)
            code = self.country_code(above) or (above.isupper() and self.country_code(above.title()))
            if code:
                return code
        return None

    def resolve(self, match):
        """(kind, key, confidence, choices) of a match; several records behind one name are a choice."""
        keys = match.keys
        kind = keys[0][0]
        if kind == "demonym":
            kind = "country"
        if len(keys) == 1:
            entry = match.entries[0]
            confidence = {
                "name": 0.95,
                "acronym": 0.9,
                "derived": 0.85,
                "other": 0.92,
                "demonym": 0.85,
                "short": 0.8,
            }.get(entry.via, 0.9)
            return kind, keys[0][1], confidence, None
        # Prefer the record of a country the report speaks of.
        countries = self.text_countries()
        fitting = [k for k in keys if self.gaz.organizations.get(k[1], {}).get("country") in countries]
        if len(fitting) == 1:
            return kind, fitting[0][1], 0.8, None
        choices = [{"slug": k[1], "name": self.display_name(k[0], k[1]), "confidence": 0.5} for k in keys]
        return kind, keys[0][1], 0.5, choices

    def text_countries(self):
        if not hasattr(self, "_countries"):
            self._countries = {m.keys[0][1] for m in self.matches if m.kind in ("country", "demonym")}
        return self._countries

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
        if ev["forum"] is None and main:
            ev["forum"] = self.forum_in_title(main["title"])
            if ev["forum"] and main["sentence"] is not None:
                ev["passages"]["forum"] = self.doc.passage(main["sentence"])
        if ev["forum"] is None:
            forum, number, sentence = self.forum_of_meeting(main)
            if forum:
                ev["forum"] = forum
                ev["number"] = ev["number"] or number
                if sentence is not None:
                    ev["passages"].setdefault("forum", self.doc.passage(sentence))
                    if self.event_sentence is None:
                        self.event_sentence = sentence
        if ev["forum"] is None and not (main and main.get("forum")):
            self.forum_in_prose(main)
        if ev["forum"] is None:
            self.forum_by_convener(main)
        if ev["number"] is None:
            self.number_after_series()
        self.latest_round_of_forum(main)
        if ev["forum"]:
            forum_name = self.gaz.forums[ev["forum"]]["name"]
            if ev["number"]:
                # "COMMIT's 14th SOM", "the 14th Senior Officials Meeting (SOM) of COMMIT": one title for the series.
                ev["title"] = f"{ordinal(ev['number'])} {forum_name}"
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
        if not ev["title"] and self.title:
            ev["title"] = self.title
        ev["title"] = without_own_acronym(ev["title"])
        self.read_event_dates()
        self.read_place()
        self.read_format()
        self.read_previous()
        ev["passages"] = {k: v for k, v in ev["passages"].items() if v}

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
                found.append(self.candidate(inner, m.start(1) if m.group(1) else m.start(2)))
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
                        and re.match(r"\)\s(?:and|on|of|for|against)\s[A-Z]", text[t.end : t.end + 12])
                    ) or (
                        gap == ") "
                        and tokens[j - 1].is_upper
                        and text[tokens[j - 1].start - 1] == "("
                        # "POLICE (CAMBODIA) HOLD TALKS": a run that opened inside the brackets ends at them.
                        and j - 1 > i
                    )
                    if gap == ", " and self.countries_listed_in_name(i, j):
                        j += 1  # "Meeting of Fiji, Samoa and Tonga Customs on ...": the list's comma is inside
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
                        span = span[1:]
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
                        if not self.is_just_a_forum_short(phrase) and not self.mid_capitals_line(span[0].start):
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
        heads = "|".join(sorted(lexicon.MEETING_HEADS))
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
        heads = "|".join(sorted(lexicon.MEETING_HEADS))
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
        forum = None
        for m in self.mentions:
            if (
                m.kind == "forum"
                and m.start >= start - 1
                and m.start <= start + len(phrase) + 40
                and self.sentence_of(m.start) == sentence
            ):
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
        scope_ids = list(dict.fromkeys(scope_ids))
        scope = " ".join(self.doc.passage(i) for i in scope_ids) + " " + (main["title"] if main else "")
        words = {w for w in self.SERIES_WORDS if re.search(rf"\b{w}s?\b", scope, re.IGNORECASE)}
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
                    rf"^\W*(?:[A-Z]+:\s*)?(?:it|the (?:{'|'.join(sorted(lexicon.MEETING_HEADS))}))\s+"
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
            if town_of:
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
        if self.event_sentence is not None and not virtual:
            # "in the border town of X", "in the coastal city of X", "at a hotel in X": the meeting's sentence
            # says a town is the place even when the lists lack it. Its country comes from a country written
            # after it, from the dateline, or from the publisher's name; else it stays open.
            s, e = self.doc.sentences[self.event_sentence]
            pm = re.search(
                r"\bin\s+the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|port|district|municipality|township)\s+of\s+"
                rf"((?:{CAP}[\w’'-]+\s?){{1,3}})"
                r"|\bat\s+(?:a|the)\s+(?:[\w’'-]+\s+){0,4}?(?i:hotel|resort|centre|center|hall|headquarters|office|"
                rf"compound|venue|checkpoint|border post|port)\s+in\s+((?:{CAP}[\w’'-]+\s?){{1,3}})",
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
                    host = code or (dateline[1] if dateline else None) or self.publisher_country()
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
            and self.sentence_of(placed[2]) == self.event_sentence
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

    def sentences_on_the_meetings_form(self):
        """The sentences, anywhere in the report, whose subject is the meeting and whose verb says how it was held:
        "The consultation was held in a hybrid format.", "This year the seminar was conducted online." A report in
        two languages may state the format only in its second part, far from the opening."""
        heads = "|".join(sorted(lexicon.MEETING_HEADS))
        found = []
        for index in range(len(self.doc.sentences)):
            s, e = self.doc.sentences[index]
            if self.in_background_section(s) or self.background(index) or another_meeting(self.text[s:e]):
                continue  # "The previous seminar was held online": another meeting's form
            # "It was held ...": only right after the sentence that reports the meeting.
            subject = rf"(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?:{heads})" + (
                "|it" if self.event_sentence is not None and index == self.event_sentence + 1 else ""
            )
            if re.match(
                rf"^\W*(?:{subject})\s+"
                r"(?:was|were|is|has been)\s+(?:\w+\s+)?(?:held|conducted|run|organi[sz]ed|convened|delivered)\b",
                self.text[s:e],
                re.IGNORECASE,
            ) or re.search(
                # "..., which made the workshop a hybrid one", "The dialogue was a fully virtual event": the meeting
                # said to be of a kind of meeting.
                rf"\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?:{heads})\s+(?:(?:was|is|became)\s+)?an?\s+"
                rf"(?:fully\s+|wholly\s+|purely\s+)?(?:hybrid|virtual|online|in-person)\s+(?:one|event|affair|{heads})\b",
                self.text[s:e],
                re.IGNORECASE,
            ):
                found.append(self.text[s:e])
        return " ".join(found)

    def sentences_on_who_attended(self):
        """The sentence, anywhere in the report, that says who attended the meeting ("The Meeting was attended by
        ...", "the workshop was attended by 40 participants offline ...") and the sentence right after it: where the
        writer tells of those who took part from afar ("The delegation of Singapore participated through
        videoconference.")."""
        heads = "|".join(sorted(lexicon.MEETING_HEADS))
        found = []
        for index in range(len(self.doc.sentences)):
            s, e = self.doc.sentences[index]
            if self.in_background_section(s) or self.background(index) or another_meeting(self.text[s:e]):
                continue
            if re.search(
                rf"\b(?:the|this)\s+(?:[\w-]+\s+){{0,3}}?(?:{heads})\s+(?:was|were)\s+(?:\w+\s+)?attended\s+by\b",
                self.text[s:e],
                re.IGNORECASE,
            ):
                found.append(self.text[s:e])
                if index + 1 < len(self.doc.sentences) and not self.background(index + 1):
                    found.append(self.doc.passage(index + 1))
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
                r"(?:statements?|messages?|updates?|briefings?|presentations?|remarks|interventions?|overviews?)\s+"
                r"(?:[\w-]+\s+){0,2}?(?:from|by|on behalf of)\s+(?:the\s+)?$",
                self.text[s:start],
                re.IGNORECASE,
            )
            # "X, which has long supported the process, was in the room": said to be there.
            present = re.match(
                r"^(?:\s*,[^,;]{1,120},)?\s+(?:was|were)\s+(?:also\s+)?(?:present|in the room|in attendance|on hand)\b",
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
            about = bool(MEETING_WORDS.search(self.text[s:e]) or HELD.search(self.text[s:e]))
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
        appo = re.match(r"^\s*,[^,;]{1,120},", after)
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
        s = max(s, start - 300)  # a cue further back than this is another clause's
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
            if selected and kind == "country" and self.dateline_country(match):
                selected = False  # "GENEVA, Switzerland – Officials met in Vientiane": where the report was filed
            if selected and kind == "country" and self.victims_place(match):
                selected = False  # "victims trafficked from Myanmar to Malaysia": a place, not a party
            if (
                selected
                and kind == "organization"
                and not self.cued_directly(match)
                and not self.cued_at(self.chain_start(match))
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
        if not re.fullmatch(r"[ \t]*(?:[-•*·–—▪◦][ \t]*|\(?\d{1,2}[.)][ \t]*)?", text[line_start : match.start]):
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
        return False

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
        return not any(m.start == nxt.start for m in self.matches)

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
            r"\b[A-Za-z]+\s+(?:and|of|with|including|to)\s+(?:the\s+)?$", lead
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
                r"^(?:’s|'s|’|')\s+(?!(?:delegation|delegates|delegations|representatives?|team|officers|officials|"
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
            r"^\s+(?:[A-Z][\w-]*\s+(?:(?:in|on|of|against|for|and|the)\s+)*){1,6}"
            r"(?:Protocol|Convention|Declaration|Charter|Treaty|Covenant|Guidelines|Principles|Plan of Action)\b",
            after,
        ):
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
            r"across|around|beyond|throughout|toward|towards|when|where|while|because|but|than|then|so|"
            r"regional|country|national|senior|deputy|executive|chief|head|director|representative|officials?|"
            r"spokes(?:person|man|woman)|coordinator|officers?|adviser|advisor)\b",
            self.text[match.end : match.end + 30],
        ):
            return False
        return True

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
        # "Tom Harper, the NCA's liaison officer in Bangkok, told ...": the person first, the body's post set off
        # by commas after the name, then what was said.
        m = re.match(
            r"^(?:’s|'s)\s+(?:[A-Za-z-]+\s+){0,3}(?i:" + self.LOWER_POST + r")(?:\s+(?:in|for|at|to)\s+[\w -]{1,30})?,",
            after,
        )
        if (
            m
            and re.search(r"[A-Z][\w.’'-]*,\s+(?:the\s+)?$", self.text[max(0, match.start - 12) : match.start])
            and SPEECH_AFTER.search(after[m.end() :])
        ):
            return True
        # "Jane Roe, Senior Liaison Officer of the X Police in Hanoi, shared ...", "Ms Y, Programme Officer at the
        # X (XO), presented ...": the person first, then a post of the body set off by commas, then what was said.
        if re.search(
            r"[A-Z][\w.’'-]*,\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,5}(?i:" + self.LOWER_POST + r")s?\s+"
            r"(?:of|at|with|from|for)\s+(?:the\s+)?$",
            self.text[max(0, match.start - 120) : match.start],
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

    # --- people ----------------------------------------------------------------------------------------------

    def read_people(self):
        self.person_posts = {}
        self.person_spans = []  # (start, end, speaker) for statements: speaker is {"kind","slug"/"name"}
        for match in self.mentions:
            if match.kind != "person":
                continue
            kind, key, confidence, choices = self.resolve(match)
            rank, honorific, tstart, leftover = titles_before(self.text, match.start)
            post = self.post_of(match, tstart, leftover, rank)
            role, explicit = self.person_role(match.start, match.end, tstart)
            extra = {"post": post}
            if post and sum(map(bool, post.values())) > sum(map(bool, self.person_posts.get(key, {}).values())):
                self.person_posts[key] = post
            if choices:
                extra["choices"] = choices
            # Someone only named in passing ("under the supervision of X") is offered, not pre-selected; someone
            # named in a sentence about the meeting, and about nothing else, most often took part.
            if not explicit and choices is None and (self.plainly_present(match) or self.quoted(tstart, match.end)):
                explicit = True
            if choices is None and self.in_roll(match.start) and not self.in_background_section(match.start):
                explicit = True  # named in a list of those who attended
            selected = choices is None and explicit
            link = self.add_link(
                "person", key, role, tstart, match.end, selected, confidence if selected else 0.6, **extra
            )
            if honorific:
                link["honorific"] = honorific
            if selected:
                self.select_bodies_of_participant(key, match.end, post)
            self.person_spans.append((match.start, match.end, {"kind": "person", "slug": key}, match))
        self.read_new_people()
        self.read_roll_people()
        self.read_listed_people()
        self.person_spans.sort(key=lambda x: x[0])
        self.add_surname_references()
        self.settle_person_roles()

    def read_roll_people(self):
        """New people in lists of those who attended: the name cell of each row of a table of people ("NGUYEN Thi
        Hoa | Deputy Head | Criminal Police Department | Viet Nam"), and the name that opens a bullet under a
        "Participants:" label ("- Ahmad bin Ismail, Assistant Director, ..."). A roll names people bare, without
        the rank or the verb the other rules need."""
        done = set()
        for table in self.roll_tables:
            for row in table.rows:
                cells = {kind: row[i] for kind, i in table.columns.items() if i < len(row) and row[i].text}
                if "name" not in cells:
                    continue
                cell = cells["name"]
                done.add(cell.start)
                item = self.propose_roll_person(cell.start, cell.end) or next(
                    (i for i in self.new.values() if i["kind"] == "person" and cell.start <= i["start"] < cell.end),
                    None,
                )  # one read by another rule ("Maj. Gen. X") gets the post and agency of the row too
                if item is None:
                    continue
                if "post" in cells and not item.get("title"):
                    item["title"] = cells["post"].text
                agency = cells.get("agency")
                if agency and not item.get("organization"):
                    known = [
                        m
                        for m in self.mentions
                        if m.kind == "organization" and agency.start <= m.start and m.end <= agency.end
                    ]
                    if known and self.resolve(known[0])[3] is None:
                        item["organization"] = self.resolve(known[0])[1]
                    elif not known and agency.text[:1].isupper() and not self.country_code(agency.text):
                        # The agency the base lacks is proposed beside its officer ("Royal Malaysia Police").
                        if not self.overlaps_new(agency.start, agency.end):
                            self.add_new("organization", agency.text, agency.start, agency.end, role="participant")
                        item["organization"] = agency.text
        for start, end in self.rolls:
            pos = start
            for line in self.text[start:end].split("\n"):
                line_start, pos = pos, pos + len(line) + 1
                lead = ROLL_BULLET.match(line)
                if not lead or line_start + lead.end() in done:
                    continue
                head = line_start + lead.end()
                # "Viet Nam: X, Deputy Director": the country's label before the name.
                label = re.match(
                    r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]*(?::|[-–—])[ \t]+", line[lead.end() :]
                )
                if label and self.country_code(label.group(1)):
                    head += label.end()
                line_end = line_start + len(line)
                cut = re.search(r",|;|\(|\s[-–—|]\s|$", self.text[head:line_end])
                item = self.propose_roll_person(head, head + cut.start())
                if item is not None or any(head <= s < line_end for s, _e, *_ in self.person_spans):
                    self.read_roll_bodies(head + cut.start(), line_end)

    def read_roll_bodies(self, start, end):
        """The bodies after a delegate's name and post on a line of a roll ("X, Deputy Director, Sub-Directorate of
        Trafficking in Persons, Bareskrim Polri"): each part between commas that is capitalised, names no post, and
        is not a body, country or person already read is a body the base lacks."""
        pos = start
        for part in re.split(r"[,;]", self.text[start:end]):
            a = pos + len(part) - len(part.lstrip())
            pos += len(part) + 1
            words = part.split()
            b = a + len(part.strip())
            if not words or len(words) > 10 or b <= a:
                continue
            if not all(
                w[:1].isupper() or w[:1].isdigit() or w in ("of", "for", "and", "the", "in", "on") for w in words
            ):
                continue
            pieces = [p for w in words for p in [w, *w.split("-")]]  # "Officer-in-Charge" is a post too
            if any(fold(w).strip(".") in lexicon.POST_WORDS for w in pieces) or words[0].lower() in PHRASES:
                continue  # a post ("Deputy Director", "Head of Division") or a rank
            if self.is_covered(a, b) or self.overlaps_new(a, b) or self.country_code(part.strip()):
                continue
            if any(s < b and a < e for s, e, *_ in self.person_spans):
                continue
            self.add_new("organization", part.strip(), a, b, role=ParticipationRole.PARTICIPANT)

    def read_listed_people(self):
        """People named in a list after "including", "among them", "such as" ("Speakers included Director X, Siti
        binti Y of the Z and Mr. W"), where the list is of people: a word for people comes just before the cue. Each
        item not read by another rule is proposed when it is a name (its body after "of" or in brackets left out)."""
        for cue in PEOPLE_LIST_CUE.finditer(self.text):
            s, e = self.sentence_span(cue.start())
            if not PEOPLE_NOUN.search(self.text[max(s, cue.start() - 60) : cue.start()]):
                continue
            pos = cue.end()
            for item in re.finditer(r"[^,;]+", self.text[pos:e]):
                for part in re.split(r"\s+and\s+", item.group()):
                    offset = self.text.index(part, pos + item.start()) if part else 0
                    lead = len(part) - len(part.lstrip())
                    head = re.match(r"[^()]*?(?=\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]|\s*\(|\s*$)", part.strip())
                    if not head or not head.group():
                        continue
                    start = offset + lead
                    person = self.propose_roll_person(start, start + len(head.group().rstrip(" .")))
                    body = re.match(r"\s+(?:of|from|at)\s+(?:the\s+)?([A-Z][^()]*?)\s*$", part.strip()[head.end() :])
                    if person is None or not body:
                        continue
                    bstart = start + head.end() + body.start(1)
                    known = [m for m in self.mentions if m.kind == "organization" and m.start == bstart]
                    org = self.resolve(known[0])[1] if known else body.group(1).rstrip(" .")
                    person["organization"] = org
                    # The person before in the list was given this body by reading on past their own item
                    # ("Director X, Y of the Z": Z is Y's).
                    for other in self.new.values():
                        if other is not person and other["kind"] == "person" and cue.end() <= other["start"] < start:
                            if other.get("organization") == org:
                                other.pop("organization")

    def propose_roll_person(self, start, end):
        """The person a list names between start and end, proposed as new when no other rule read them, or None."""
        text = self.text
        if end <= start or any(s < end and start < e for s, e, *_ in self.person_spans):
            return None
        if any(m.start < end and start < m.end for m in self.mentions if m.kind != "person") or any(
            m.start < end and start < m.end for m in self.city_mentions
        ):
            return None  # a body, a country or a town
        if self.overlaps_new(start, end):
            return None
        # The ranks and honorifics in front ("Pol. Col.", "Ms.", "Dato'") are no part of the name.
        name_start = start
        for w in re.finditer(r"\S+", text[start:end]):
            ws = start + w.start()
            if ws > start and titles_before(text, ws)[2] <= start:
                name_start = ws
        rank, honorific, tstart, leftover = titles_before(text, name_start)
        if tstart < start:
            rank, honorific, tstart, leftover = "", "", start, []
        words = text[name_start:end].split()
        capitals = [w for w in words if w[:1].isupper()]
        if not words or len(words) > 6 or not all(PEOPLE_NAME_WORD.fullmatch(w) for w in words):
            return None
        if len(capitals) < (1 if rank or honorific else 2):
            return None
        if names_a_body([fold(w) for w in words]) or any(fold(w) in lexicon.ORG_HEADS for w in words):
            return None
        if any(fold(w) in lexicon.POST_WORDS for w in words):
            return None  # "Deputy Prosecutor General": a post
        if fold(" ".join(words)) in self.gaz.cities or self.gaz_names_country(" ".join(words)):
            return None
        before = len(self.new)
        self.propose_person(text[name_start:end], name_start, end, rank, honorific, tstart, leftover)
        if len(self.new) == before:
            return None
        return list(self.new.values())[-1]

    def select_bodies_of_participant(self, key, end, post=None):
        """Someone who took part did so for the body of their post."""
        self.select_post_organizations(end)
        self.select_chain_after_name(end)
        # "X of the Y Secretariat presented ...": the body named right after the name, without a comma.
        of = re.match(r"\s+(?:of|from)\s+(?:the\s+)?", self.text[end : end + 12])
        if of:
            for m in self.mentions:
                if m.kind == "organization" and m.start == end + of.end() and not self.resolve(m)[3]:
                    self.add_link(
                        "organization", self.resolve(m)[1], ParticipationRole.PARTICIPANT, m.start, m.end, True, 0.75
                    )
        body = (post or self.person_posts.get(key) or {}).get("organization")
        if body and body in self.gaz.organizations:
            bm = next((m for m in self.mentions if m.kind == "organization" and body in dict(m.keys).values()), None)
            if bm is not None:
                self.add_link("organization", body, ParticipationRole.PARTICIPANT, bm.start, bm.end, True, 0.75)

    def select_chain_after_name(self, end):
        """Someone who speaks at the meeting takes part for the chain of bodies written after the name: "Major X of
        the A Department under the Ministry of Public Security presented ...", "Colonel Y of the B Command,
        Ministry of National Defence, described ...". A body the chain names only as a parent through "of" ("the A
        Division of the B Ministry") stays as it was (only_a_parent)."""
        s, e = self.sentence_span(end)
        chain = BODY_CHAIN_AFTER.match(self.text[end:e])
        if not chain:
            return
        for m in self.mentions:
            if m.kind == "organization" and end < m.start and m.end <= end + chain.end():
                kind, key, confidence, choices = self.resolve(m)
                if choices is None and not self.only_a_parent(m):
                    self.add_link("organization", key, ParticipationRole.PARTICIPANT, m.start, m.end, True, 0.75)

    def post_bodies(self, end):
        """(mention, key, sure) of each known body in the post written after a name that ends at end ("X, Deputy Head
        of the Standing Office under the Ministry of Public Security (MPS), ..."), sure when the name leaves no
        choice between records."""
        s, e = self.sentence_span(end)
        app = re.match(r"^\s*,([^,;]*)", self.text[end:e])
        if not app:
            return
        a, b = end + app.start(1), end + app.end(1)
        for m in self.mentions:
            if m.kind == "organization" and a <= m.start < b:
                kind, key, confidence, choices = self.resolve(m)
                yield m, key, choices is None

    def select_post_organizations(self, end):
        """The bodies in the post of someone who took part took part through them: "X, Deputy Head of the Standing
        Office under the Ministry of Public Security (MPS)"."""
        for m, key, sure in self.post_bodies(end):
            if sure:
                self.add_link("organization", key, ParticipationRole.PARTICIPANT, m.start, m.end, True, 0.8)

    def post_of(self, match, tstart, leftover, rank):
        """{"title", "rank", "organization"} as the report states them around the name."""
        title = title_words_before(leftover)
        org = None
        if title:
            # "the ASEANAPOL Secretariat's Executive Director": the organization before the title.
            lead_end = tstart
            for m in self.mentions:
                if m.kind == "organization" and m.end <= lead_end and lead_end - m.end <= len(title) + 30:
                    org = self.resolve(m)[1]
        s, e = self.sentence_span(match.start)
        after = self.text[match.end : e]
        app = re.match(r"^\s*,\s*([^,;()]*(?:\([^)]*\)[^,;()]*)?)", after)
        if not title and app:
            chunk = app.group(1)
            chunk_start = match.end + app.start(1)
            orgs_in = [
                m
                for m in self.mentions
                if m.kind == "organization" and chunk_start <= m.start < chunk_start + len(chunk) + 2
            ]
            words = chunk.split()
            if words and (
                any(fold(w.strip(",")) in lexicon.POST_WORDS for w in words[:3])
                or (orgs_in and orgs_in[0].start <= chunk_start + 5)
            ):
                if orgs_in and orgs_in[0].start <= chunk_start + 5:
                    # "United Nations Development Program (UNDP) Resident Representative in Vietnam"
                    rest = self.text[orgs_in[0].end : chunk_start + len(chunk)]
                    rest = re.sub(r"^\s*\([^)]*\)", "", rest).strip()
                    if rest and any(fold(w) in lexicon.POST_WORDS for w in rest.split()[:3]):
                        title = rest
                        org = self.resolve(orgs_in[0])[1]
                else:
                    cut = re.split(r"\s+(?:of|at|in|under|for)\s+(?:the\s+)?(?=[A-Z])", chunk, maxsplit=1)
                    title = cut[0].strip()
                    if re.search(r"\bfor\b", chunk.split(" of ")[0]) and not orgs_in:
                        title = chunk.strip()
                    if orgs_in:
                        org = self.resolve(orgs_in[0])[1]
                if title and len(title.split()) > 8:
                    title = ""
        if org is None and title:
            # "the ASEANAPOL Secretariat, represented by ...": the body the person speaks for.
            lead = self.text[s:tstart]
            rep = re.search(r"\brepresented by\s*$|\bon behalf of\s*$", lead)
            before_orgs = [m for m in self.mentions if m.kind == "organization" and s <= m.end <= tstart]
            if before_orgs and (
                rep or re.search(r"(?:,|’s|'s)\s*(?:represented by\s*)?$", self.text[before_orgs[-1].end : tstart][:40])
            ):
                org = self.resolve(before_orgs[-1])[1]
        if org is None and app:
            # The body the base does not hold yet: "Deputy Director General of the General Department of Police".
            a = match.end + app.start(1)
            b = match.end + app.end(1)
            inside = [item for item in self.new.values() if item["kind"] == "organization" and a <= item["start"] < b]
            if inside:
                org = inside[0]["name"]
        title = (title or "").strip(" .,;:")
        if not (title or rank or org):
            return None
        return {"title": title, "rank": rank, "organization": org}

    def person_role(self, start, end, tstart):
        s, e = self.sentence_span(start)
        after = self.text[end:e]
        for regex, role in PERSON_CUES_AFTER:
            if regex.search(after):
                return role, True
        before = self.text[s:tstart]
        best = None
        for regex, role in PERSON_CUES_BEFORE:
            for m in regex.finditer(before):
                if best is None or m.end() > best[0]:
                    best = (m.end(), role)
        if best and ";" not in before[best[0] :] and len(before) - best[0] <= 400:
            return best[1], True
        if SPEECH_AFTER.search(after) or SPEECH_FRONT.search(before) or SPEECH_AFTER.search(past_body(after)):
            return AttendanceRole.SPEAKER, True
        return AttendanceRole.DELEGATE, False

    def read_new_people(self):
        """Names after a rank, honorific or post that the base does not hold: proposed as new people."""
        text = self.text
        seen_starts = set()
        trigger = re.compile(
            r"(?:(?<=\s)|^|(?<=\())(?:"
            + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(PHRASES, key=len, reverse=True))
            + r")(?=\s)",
            re.IGNORECASE,
        )
        for m in trigger.finditer(text):
            word = m.group()
            if word[:1].islower() and word.lower() not in ("the honorable", "the honourable"):
                continue
            if (
                len(word) <= 3
                and not word.endswith(".")
                and not word.isupper()
                # Short styles of the region's names ("Daw Khin Mar Win", "Lok Sokha", "Ibu Sri Wahyuni") count too.
                and word.lower() not in ("mr", "ms", "mrs", "dr", "daw", "lok", "pak", "ibu", "tun")
            ):
                continue
            if re.search(r"\b(?:bin|binti|bte|bt)(?:\s+\S+){0,2}\s+$", text[max(0, m.start() - 40) : m.start()]):
                continue  # "bin Pengiran Haji Osman": the father's styles inside a patronymic start no one's name
            if re.search(r"[A-Z][\w’'-]*\s+$", text[max(0, m.start() - 30) : m.start()]) and any(
                item["kind"] == "person"
                and item["start"] < m.start() < item["end"]
                and fold(word) in fold(item["name"]).split()[1:]
                for item in self.new.values()
            ):
                continue  # "Mr. Rizal Hakim Pratama": a style's word inside a name already read is the name's
            head_of = re.search(r"\b([A-Z][\w-]*)\s+of\s+(?:the\s+)?$", text[max(0, m.start() - 40) : m.start()])
            if head_of and fold(head_of.group(1)) in lexicon.ORG_HEADS and word[:1].isupper():
                continue  # "the Directorate of General Crimes": a rank's word inside a body's name is no rank
            rank, honorific, _ts, leftover = titles_before(text, self.next_name_start(m.end()))
            found = name_after(text, m.end()) or self.single_name_after(m.end())
            if not found:
                continue
            name, nstart, nend = found
            # The rank words may run on ("Police Major General Somchai"): cut them off the name.
            rank2, honorific2, tstart, leftover = titles_before(text, nstart)
            if any(
                w.lower().rstrip(".") in {p.split()[0].rstrip(".") for p in lexicon.RANKS} for w in name.split()[:1]
            ):
                continue
            if nstart in seen_starts or self.is_covered(nstart, nend):
                continue
            if any(fold(w) in lexicon.ORG_HEADS or fold(w) in lexicon.MEETING_HEADS for w in name.split()):
                continue
            if any(fold(w) in lexicon.POST_WORDS for w in name.split()):
                continue
            seen_starts.add(nstart)
            self.propose_person(name, nstart, nend, rank2 or rank, honorific2 or honorific, tstart, leftover)
        # "X Y, Director of the Z": a name followed by a post.
        for m in re.finditer(
            # "Also taking part was X Y, a deputy director-general of ...": the name after "was" or "were".
            r"(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\bby\s)|(?<=\band\s)|(?<=\bsaid\s)|(?<=\n)|(?<=\b[Ff]or\s)|(?<=\bwas\s)"
            r"|(?<=\bwere\s))"
            # "For X Y, the EU's Ambassador to ...": a function word that opens the sentence is not the name's.
            r"(?!(?:For|With|To|From|As|At|By|In|On|The)\s)"
            # "Ma. Luisa T. Reyes, Director ...": the Philippine "Ma." and middle initials stay in the name.
            # Particles and a quoted nickname inside: "Ma. Corazon dela Cruz", Ramon "Jun" Villasenor.
            r"((?:Ma\.\s+)?[A-Z][\w’'-]+(?:\s+[\"“][A-Z][\w.-]*[\"”])?"
            r"(?:\s+(?:binti|bin|van|dela|delos|del|de\s+los|de|da)?\s*(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3}),\s+"
            r"(?:the\s+|an?\s+)?"
            # "X, the EU's Ambassador to Thailand": the post's body, possessive, before the post.
            r"(?:[A-Z][\w-]+(?:[’']s?)?\s+){0,3}?"
            # A post in lower case too ("Keo Sreymom, permanent vice-chairperson of the ..."), as newspapers write it.
            # "Helena Varga, a regional adviser with UNODC": a lower-case qualifier of the post's reach or field.
            r"(?:(?:permanent|acting|deputy|executive|senior|general|vice|assistant|regional|national|country|"
            r"international|technical|legal|principal|special|programme|program|project|liaison)[\s-]+){0,2}(?:vice-)?(?:"
            + "|".join(
                sorted(
                    {p for w in lexicon.POST_WORDS for p in (w.capitalize(), w)}
                    - {
                        "general",
                        "vice",
                        "executive",
                        "deputy",
                        "head",
                        "chair",
                        "General",
                        "Vice",
                        "Executive",
                        "Deputy",
                    }
                )
            )
            + r")\b",
            text,
        ):
            nstart, nend = m.start(1), m.end(1)
            named = self.without_courtesy_title(m.group(1), nstart)
            if not named:
                continue
            name, nstart = named
            if nstart in seen_starts or self.is_covered(nstart, nend):
                continue
            if holds_no_name(name.split(), ("the", "in", "on")):
                continue
            if self.gaz_names_country(name):
                continue
            seen_starts.add(nstart)
            rank, honorific, tstart, leftover = titles_before(text, nstart)
            self.propose_person(name, nstart, nend, rank, honorific, tstart, leftover)
        # '"...," said Anna Berg.' or '"...," Anna Berg added.': the speaker a quotation is attributed to, by name
        # alone (what they are may come in the next sentence).
        said = r"(?:said|says|added|asked|explained|recalled|admitted|warned|noted|told\s+(?:the\s+)?\w+)"
        for m in re.finditer(
            r"[”\"],?\s+(?:" + said + r"\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})(?=\s*[.,;]|\s+in\b)"
            r"|([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\s+" + said + r"\b)",
            text,
        ):
            group = 1 if m.group(1) else 2
            name, nstart, nend = m.group(group), m.start(group), m.end(group)
            named = self.without_courtesy_title(name, nstart)
            if not named:
                continue
            name, nstart = named
            words = name.split()
            if nstart in seen_starts or self.is_covered(nstart, nend) or self.gaz_names_country(name):
                continue
            if any(
                " ".join(normalise_word(w) for w in words[:n]) in PHRASES for n in range(1, len(words) + 1)
            ) or holds_no_name(words, ("the", "he", "she", "they", "it", "we")):
                continue
            seen_starts.add(nstart)
            rank, honorific, tstart, leftover = titles_before(text, nstart)
            self.propose_person(name, nstart, nend, rank, honorific, tstart, leftover)
        # "When Dewi Anggraini took the floor": a new speaker introduced by what they did at the meeting.
        for m in re.finditer(
            r"\b(?:When|As|After|Before|Once)\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\s+(?:took the floor|"
            r"rose to speak|addressed (?:the )?(?:meeting|room|delegates|participants|plenary))\b",
            text,
        ):
            name, nstart, nend = m.group(1), m.start(1), m.end(1)
            if nstart in seen_starts or self.is_covered(nstart, nend) or self.gaz_names_country(name):
                continue
            if any(fold(w) in NOT_NAME_WORDS for w in name.split()):
                continue
            seen_starts.add(nstart)
            rank, honorific, tstart, leftover = titles_before(text, nstart)
            self.propose_person(name, nstart, nend, rank, honorific, tstart, leftover)
        self.read_people_after_posts(seen_starts)
        self.read_one_names_after_set_off_posts(seen_starts)
        self.read_people_around_lower_posts(seen_starts)
        newnames.read_people(self, seen_starts)

    LOWER_POST = (
        r"(?:representative|director|director-general|chief|head|spokesperson|spokesman|spokeswoman|commissioner|"
        r"coordinator|officer|adviser|advisor|minister|secretary|secretary-general|ambassador|chairman|chairperson|"
        r"chairwoman|president|prosecutor|judge|justice|attaché|attache|envoy|manager|specialist|inspector)"
    )

    def read_people_around_lower_posts(self, seen_starts):
        """ "UNODC regional representative Masood Karimipour urged ...": a post in lower case before the name; and
        "Indonesia's Minister of Women Empowerment, Bintang Puspayoga, attended": a post, a comma, the name."""
        name = r"((?:Ma\.\s+)?[A-Z][\w’'-]+(?:\s+(?:bin|binti|van|de|da)?\s*(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})"
        patterns = [
            re.compile(r"\b(?:[a-z]+[\s-]+){0,2}" + self.LOWER_POST + r"\s+" + name + r"(?=\s+[a-z(]|[,.;:])"),
            re.compile(
                r"\b(?:Deputy\s+|Vice\s+|Senior\s+|Acting\s+)?(?i:"
                + self.LOWER_POST
                + r")(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,;.]{2,80})?,\s+"
                + name
                # "... and the Permanent Secretary of Thailand's Ministry of Labour, Somsak Chaiyo.": the name may
                # close the sentence (a city there is left out below).
                + r"(?=,|\.(?:\s|$))"
            ),
            # "Maria Lopez, a border liaison officer with the X, spent the morning on ...": a name that opens its
            # sentence, set off by a post in lower case with the body it serves.
            re.compile(
                r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))"
                + name
                + r"(?=,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}"
                + self.LOWER_POST
                + r"\s+(?:with|at|of|from|for|in)\s+(?:the\s+)?[A-Z])",
                re.MULTILINE,
            ),
            # "Ana Reyes, UNICEF country coordinator, told the meeting ...": the body named before the post, with no
            # article, and what the person did after it.
            re.compile(
                r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))"
                + name
                + r"(?=,\s+(?:[A-Z][\w&’'-]*\s+){1,4}(?:[a-z-]+\s+){0,2}(?:"
                + self.LOWER_POST
                + r"|leader),\s+[a-z])",
                re.MULTILINE,
            ),
        ]
        for pattern in patterns:
            for m in pattern.finditer(self.text):
                nstart, nend = m.start(1), m.end(1)
                words = m.group(1).split()
                if nstart in seen_starts or self.is_covered(nstart, nend) or self.overlaps_new(nstart, nend):
                    continue
                if any(s <= nstart < e for s, e, _sp, _m in self.person_spans):
                    continue
                if any(
                    fold(w) in self.ORG_WORDS | lexicon.POST_WORDS | lexicon.MEETING_HEADS
                    or fold(w) in lexicon.MONTHS
                    or fold(w) in lexicon.WEEKDAYS
                    for w in words
                ):
                    continue
                if self.gaz_names_country(m.group(1)) or fold(m.group(1)) in self.gaz.cities:
                    continue
                seen_starts.add(nstart)
                rank, honorific, tstart, leftover = titles_before(self.text, nstart)
                self.propose_person(m.group(1), nstart, nend, rank, honorific, tstart, leftover)

    POST_TRIGGER = re.compile(
        r"\b(?:Secretary|Minister|Director|Chief|Head|Ambassador|Commissioner|Governor|President|Chairman|"
        r"Chairperson|Chairwoman|Coordinator|Representative|Officer|Judge|Prosecutor|Spokesperson|Spokesman|Envoy|"
        r"Adviser|Advisor|Leader|Attorney[- ]General|Secretary[- ]General|Director[- ]General|Inspector[- ]General|"
        r"Consul|Counsellor|Manager|Specialist|Undersecretary|Under-Secretary|Mayor|Senator|Congressman|"
        r"Congresswoman|Commander|Attaché|Deputy)\b"
    )
    ORG_WORDS = lexicon.ORG_HEADS | {
        "security",
        "affairs",
        "justice",
        "interior",
        "defence",
        "defense",
        "foreign",
        "home",
        "public",
        "national",
        "social",
        "labour",
        "labor",
        "welfare",
        "immigration",
        "customs",
        "trade",
        "finance",
        "development",
        "women",
        "children",
        "protection",
        "investigation",
        "crime",
        "crimes",
        "drugs",
        "law",
        "enforcement",
        "state",
        "general",
        "regional",
        "international",
        "criminal",
        "human",
        "trafficking",
        "affair",
        "cooperation",
        "rights",
    }

    # "The ministry's Director for Consular Affairs, Wiryanto, said ...": a post set off by commas before a one-word
    # name and a verb of speech; Indonesian officials often carry one name only.
    ONE_NAME_AFTER_POST = re.compile(
        r"\b(?:Deputy|Director|Head|Chief|Minister|Secretary|Commissioner|Chair(?:person|man|woman)?|Coordinator|"
        r"Spokes(?:person|man|woman)|Under-?[Ss]ecretary|Ambassador|Governor|Commander|Inspector|Regent|Mayor)\b"
        r"[^,.;:!?\"“”\n]{0,120}(,)\s+[A-Z][a-zà-ÿ’'-]{3,},\s+(?:also\s+)?(?:said|says|told|explained|noted|added|"
        r"stressed|remarked|warned|urged|highlighted|emphasi[sz]ed|underlined|acknowledged|argued|observed|"
        r"reported|stated|pointed out|called)\b"
    )

    def read_one_names_after_set_off_posts(self, seen_starts):
        for m in self.ONE_NAME_AFTER_POST.finditer(self.text):
            found = self.single_name_after(m.end(1))
            if not found:
                continue
            name, nstart, nend = found
            if nstart in seen_starts or self.is_covered(nstart, nend):
                continue
            folded = fold(name)
            if folded in lexicon.ORG_HEADS or folded in lexicon.POST_WORDS or folded in lexicon.MEETING_HEADS:
                continue
            if folded in {fold(c) for c in lexicon.CITIES}:
                continue  # "Head of Office in Java, Surabaya, said": a place set off by commas, not a name
            seen_starts.add(nstart)
            rank, honorific, tstart, leftover = titles_before(self.text, nstart)
            self.propose_person(name, nstart, nend, rank, honorific, tstart, leftover)

    def read_people_after_posts(self, seen_starts):
        """ "Vice Minister of Public Security Wang Jianguo", "Secretary Jose Miguel Atienza": the name ends the run of
        capitalised words that starts with a post."""
        text = self.text
        tokens = self.doc.tokens
        starts = {t.start: i for i, t in enumerate(tokens)}
        for m in self.POST_TRIGGER.finditer(text):
            i = starts.get(m.start())
            if i is None:
                continue
            j = i
            while j + 1 < len(tokens):
                nxt = tokens[j + 1]
                gap = text[tokens[j].end : nxt.start]
                # "Rowena F. Cruz", "Ma. Luisa Santos": an initial's or "Ma."'s full stop stays inside the name.
                initial = (
                    gap == ". "
                    and nxt.text[:1].isupper()
                    and (tokens[j].text == "Ma" or (len(tokens[j].text) == 1 and tokens[j].text.isupper()))
                )
                # "Agostinho da Costa Ximenes": a lower-case particle between capitalised words stays in the name.
                particle = (
                    nxt.text in lexicon.NAME_PARTICLES
                    and j + 2 < len(tokens)
                    and tokens[j + 2].text[:1].isupper()
                    and text[nxt.end : tokens[j + 2].start] == " "
                )
                # "Minister of Labour and Social Welfare Phouvong K.": "and" between two portfolio words is inside
                # the post; between names ("Minister Wang and Secretary Cruz") it ends it.
                portfolio_and = (
                    nxt.folded == "and"
                    and tokens[j].folded in self.ORG_WORDS
                    and j + 2 < len(tokens)
                    and tokens[j + 2].text[:1].isupper()
                    and tokens[j + 2].folded in self.ORG_WORDS
                )
                if (gap not in (" ", "-") and not initial) or not (
                    nxt.text[:1].isupper() or nxt.folded in ("of", "for", "the", "at") or particle or portfolio_and
                ):
                    break
                j += 1
            run = tokens[i + 1 : j + 1]
            name_tokens = []
            for tok in reversed(run):
                if name_tokens and tok.text in lexicon.NAME_PARTICLES:
                    name_tokens.insert(0, tok)
                    continue
                if tok.folded in self.ORG_WORDS or tok.folded in lexicon.POST_WORDS or not tok.text[:1].isupper():
                    break
                if tok.folded in lexicon.MONTHS or tok.folded in lexicon.WEEKDAYS:
                    break
                if self.is_covered(tok.start, tok.end):
                    break  # "Head of Delegation of Cambodia Chhay Sinarith": a known name ends the post
                name_tokens.insert(0, tok)
            # "Prosecutor Jose Reyes of the Department of Justice": the name comes first, its body after "of".
            cut = next((q for q, t in enumerate(run) if t.folded in ("of", "at", "for")), None)
            if len(name_tokens) < 2 and cut and 2 <= cut <= 4:
                lead, rest = run[:cut], [t for t in run[cut + 1 :] if t.folded != "the"]
                body = names_a_body([t.folded for t in rest]) or any(
                    m2.kind == "organization" and rest and m2.start == rest[0].start for m2 in self.mentions
                )
                if body and not any(
                    t.folded in self.ORG_WORDS or t.folded in lexicon.POST_WORDS or not t.text[:1].isupper()
                    for t in lead
                ):
                    name_tokens = list(lead)
            # "Inspector-General Tan Sri Razarudin Husain": styles in front are not the name.
            while name_tokens:
                two = " ".join(t.folded for t in name_tokens[:2])
                if len(name_tokens) > 2 and two in PHRASES:
                    name_tokens = name_tokens[2:]
                elif name_tokens[0].folded in PHRASES or name_tokens[0].folded + "." in PHRASES:
                    name_tokens = name_tokens[1:]
                else:
                    break
            while name_tokens and name_tokens[0].text in lexicon.NAME_PARTICLES:
                name_tokens = name_tokens[1:]
            initials = sum(1 for t in name_tokens[:-1] if t.text == "Ma" or (len(t.text) == 1 and t.text.isupper()))
            particles = sum(1 for t in name_tokens if t.text in lexicon.NAME_PARTICLES)
            if not 2 <= len(name_tokens) - particles <= 4 + min(initials, 1):
                continue
            nstart, nend = name_tokens[0].start, name_tokens[-1].end
            first = next(k for k, t in enumerate(run) if t is name_tokens[0])
            if first and run[first - 1].folded == "the":
                continue  # "Director of the Poverty Eradication and Gender Division": no one's name takes "the"
            if any(s <= nstart and nend <= e for s, e, _sp, _m in self.person_spans):
                continue  # already read after a rank or honorific
            if self.inside_post_body(run, name_tokens):
                continue
            # A name needs at least one hyphen-free word with lower-case letters: "UNODC Programme" is not a name.
            # A surname in capitals may open or close it ("Director NGUYEN Van Nam").
            capitals = [k for k, t in enumerate(name_tokens) if t.is_upper]
            if any(
                0 < k < len(name_tokens) - 1 or len(name_tokens[k].text) < 3 or not name_tokens[k].text.isalpha()
                for k in capitals
            ) or len(capitals) == len(name_tokens):
                continue
            if nstart in seen_starts or self.is_covered(nstart, nend):
                continue
            name = text[nstart:nend]
            if self.gaz_names_country(name) or any(m2.kind == "person" and m2.start == nstart for m2 in self.mentions):
                continue
            if any(t.folded in lexicon.REGION_WORDS for t in name_tokens):
                continue  # "Regional Representative for Southeast Asia"
            seen_starts.add(nstart)
            rank, honorific, tstart, leftover = titles_before(text, nstart)
            self.propose_person(name, nstart, nend, rank, honorific, tstart, leftover)

    def inside_post_body(self, run, name_tokens):
        """ "Deputy Director of the Department of Social Vices Prevention": the words after a topic word ("Social",
        "Labour") are the rest of the department's name, not a person, when the post names a unit by its head word
        and "of" and the new body read there runs on over them."""
        before = run[: run.index(name_tokens[0])]
        if len(before) < 3 or before[-1].folded not in self.ORG_WORDS or before[-1].folded in lexicon.ORG_HEADS:
            return False
        heads = [
            t.start
            for k, t in enumerate(before)
            if t.folded in lexicon.ORG_HEADS and k + 1 < len(before) and before[k + 1].folded == "of"
        ]
        end = name_tokens[-1].end
        return any(
            item.get("kind") == "organization"
            and self.text.startswith(item["name"], head)
            and head + len(item["name"]) >= end
            for head in heads
            for item in self.new.values()
        )

    def single_name_after(self, pos):
        """(name, start, end) of a one-word name right after a rank or honorific ("Brig. Gen. Harsono said",
        "Mr. Rahmat, the secretary"), as Indonesian and Javanese names often are; or None. The word must not be a
        word of posts, bodies, meetings or dates, nor a place or body the base knows."""
        # A bracket after the word gives the person's body or country ("Comm. Sunarto (Indonesian National Police)").
        one = re.compile(r"\s+([A-Z][a-zà-ÿ’'-]{3,})(?:’s|'s)?(?=[\s,.;:)]|$)(?!\s+[A-Z])").match(self.text, pos)
        if not one:
            return None
        word = one.group(1)
        folded = fold(word)
        if re.search(r"\b(?:bin|binti|bte|bt)(?:\s+\S+){1,3}\s*$", self.text[max(0, pos - 40) : pos]):
            return None  # "Hamdan bin Haji Yusof": an honorific inside a patronymic, not before a name
        if (
            folded in lexicon.COMMON_WORDS
            or folded in NOT_NAME_WORDS
            or folded in lexicon.MONTHS
            or folded in lexicon.WEEKDAYS
            or normalise_word(word) in RANK_FIRST_WORDS
            or self.gaz_names_country(word)
            # "Mr. Whitfield" after "Mark Whitfield": a longer name elsewhere in the report is the person.
            or self.back_reference(word, one.start(1))
        ):
            return None
        return word, one.start(1), one.end(1)

    def back_reference(self, word, start):
        """True when the word is one word of a longer capitalised name elsewhere in the report."""
        for m in re.finditer(rf"\b{re.escape(word)}\b", self.text):
            if m.start() == start:
                continue
            before = self.text[max(0, m.start() - 25) : m.start()]
            after = self.text[m.end() : m.end() + 25]
            # A first name ("Mark Whitfield") or an initial ("Ronaldo O. Macapagal") before it, not a rank.
            last = re.search(r"([A-Z][\w’'-]*)(\.?)\s+$", before)
            if last and (
                (last.group(2) and len(last.group(1)) == 1)
                or (not last.group(2) and normalise_word(last.group(1)) not in RANK_FIRST_WORDS)
            ):
                return True
            if re.match(r"^\s+(?:(?:bin|binti|dela|de)\s+)?[A-Z][a-z]", after):
                return True
        return False

    def next_name_start(self, pos):
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        return pos

    def country_named(self, name):
        """The code of the country the words name, whole, or None."""
        found = [m for m in gz.find(self.gaz, Document(name)) if m.kind == "country"]
        if len(found) == 1 and found[0].start == 0 and found[0].end >= len(name.strip()) - 1:
            return found[0].keys[0][1]
        return None

    def publisher_country(self):
        """The country the publisher's name carries ("Vietnam News Agency"), when it carries exactly one."""
        codes = {
            e.key
            for pm in gz.find(self.gaz, Document(self.publisher))
            for e in pm.entries
            if e.kind in ("country", "demonym")
        }
        if not codes:
            # "The Manila Courier", "Vientiane Times": a newspaper named after its city is that country's.
            codes = {
                e.key for pm in gz.find(self.gaz, Document(self.publisher)) for e in pm.entries if e.kind == "city"
            }
        return codes.pop() if len(codes) == 1 else None

    def gaz_names_country(self, name):
        doc = Document(name)
        return any(m.kind in ("country", "demonym", "city", "organization") for m in gz.find(self.gaz, doc))

    def propose_person(self, name, nstart, nend, rank, honorific, tstart, leftover):
        name = re.sub(r"\s*[\"“][A-Z][\w.-]*[\"”]", "", name)  # Ramon "Jun" Villasenor is Ramon Villasenor
        name, honorific = peel_honorific_chain(name, honorific)
        # "Assistant Commissioner of Police Pengiran Haji Abdul Rahim bin ...": styles read after a rank open the name
        # of a Malay name; they are the person's style, not their name.
        words = name.split()
        if any(w.lower() in lexicon.PATRONYMIC_PARTICLES for w in words):
            lead = []
            while len(words) > 2 and fold(words[0]).rstrip(".") in lexicon.HONORIFICS:
                lead.append(words.pop(0))
            if lead:
                name, honorific = " ".join(words), " ".join([honorific or "", *lead]).strip()
        if any(normalise_word(w) in RANK_ABBREVIATIONS for w in name.split()[1:]):
            # "Head of Bareskrim Polri Komjen Pol. Wahyu Widada": a rank inside the words read as a name starts the
            # next person; the words before it are a body or a post, never someone's name.
            return None
        words = name.split()
        if any(not w.isupper() for w in words):
            # "PHOMMAVONG Khamla", "NGUYEN Thi Hoa": a surname set in capitals is written in ordinary case, in the
            # order given (the label keeps the text as written).
            name = " ".join(
                w.capitalize() if w.isupper() and len(w) > 2 and w.isalpha() and w not in self.gaz_acronyms() else w
                for w in words
            )
        fake = gz.Match(0, 0, nstart, nend, [])
        post = self.post_of(fake, tstart, leftover, rank)
        role, explicit = self.person_role(nstart, nend, tstart)
        base_name, patronymic = split_name(name)
        # "Dato' Nik Hashimah binti Nik Ab Rahman ... Dato' Nik Hashimah stressed": a Malay name is shortened to the
        # words before "bin" or "binti", the same person.
        if patronymic:
            # The short form came first: the full name replaces it.
            self.new.pop(("person", fold(name[: -len(patronymic)].strip())), None)
        else:
            for other in self.new.values():
                if other["kind"] == "person" and other.get("patronymic"):
                    if fold(other["name"][: -len(other["patronymic"])].strip()) == fold(name):
                        return other
        item = self.add_new(
            "person",
            base_name,
            tstart,
            nend,
            role=role,
            rank=rank,
            honorific=honorific,
            title=(post or {}).get("title", ""),
            organization=(post or {}).get("organization"),
        )
        if patronymic:
            item["patronymic"] = patronymic
        body = (post or {}).get("organization")
        bm = None
        if body in self.gaz.organizations:
            bm = next(
                (
                    m
                    for m in self.mentions
                    if m.kind == "organization" and body in dict(m.keys).values() and m.start > nend
                ),
                None,
            )
        if bm is None:
            # "a programme officer of the Y Office, Ms. X,": the post and its body before the name.
            bm = self.body_of_post_before(tstart)
            if bm is not None:
                item["organization"] = item.get("organization") or self.resolve(bm)[1]
        speaks = (
            self.quoted(tstart, nend)
            or (
                (
                    (explicit and role != AttendanceRole.DELEGATE)
                    # "X, who took part in the talks, said ...": the relative clause says the person was there.
                    or WHO_TOOK_PART.match(self.text[nend : self.sentence_span(nstart)[1]])
                )
                and not self.about_another_meeting(nstart)
                and not self.other_year(nstart)
            )
        )
        if bm is not None and speaks and self.sentence_of(bm.start) == self.sentence_of(nstart):
            # "..., said Mr. X, Deputy Resident Representative of the UN Development Programme": a body whose
            # officer speaks at the meeting took part through them.
            self.add_link(
                "organization", self.resolve(bm)[1], ParticipationRole.PARTICIPANT, bm.start, bm.end, True, 0.75
            )
        if speaks:
            self.select_chain_after_name(nend)
        item["passage"] = self.passage(nstart)
        item["label"] = self.text[nstart:nend]
        # A near namesake in the base is offered as a choice, never taken for the same person.
        near = self.near_people(name)
        if near:
            best = near[0]
            self.add_link(
                "person", best["slug"], role, nstart, nend, False, best["confidence"], choices=near, post=post
            )
        self.person_spans.append((nstart, nend, {"kind": "new", "name": base_name}, None))

    def gaz_acronyms(self):
        """The acronyms of the base's bodies, in capitals as they are written."""
        if not hasattr(self, "_acronyms"):
            self._acronyms = {o["acronym"] for o in self.gaz.organizations.values() if o.get("acronym")}
        return self._acronyms

    def body_of_post_before(self, tstart):
        """The known body in "a <post> of the <Body>, " or "<Body>'s <Post>, " written just before a name, or
        None."""
        s, _e = self.sentence_span(tstart)
        for m in self.mentions:
            if m.kind != "organization" or not s <= m.start < tstart or self.resolve(m)[3]:
                continue
            # "the Centre's Executive Director, Brigadier General X": the post owned by the body, then the name.
            owned = re.fullmatch(
                r"(?:’s|'s)\s+((?:[A-Z][\w-]*\s+){0,3}([A-Z][\w-]*))\s*,\s*", self.text[m.end : tstart]
            )
            if owned and fold(owned.group(2)) in lexicon.POST_WORDS:
                return m
            if not re.fullmatch(r"\s*(?:\([^)]{1,20}\))?\s*,\s*", self.text[m.end : tstart]):
                continue
            lead = self.text[max(s, m.start - 60) : m.start]
            if re.search(r"\b" + self.LOWER_POST + r"s?\s+(?:of|at|from|with|for)\s+(?:the\s+)?$", lead, re.I):
                return m
        return None

    def near_people(self, name):
        folded = " ".join(w for w in fold(name).split() if w not in lexicon.NAME_PARTICLES)
        if not self.gaz.person_names:
            return []
        found = process.extract(
            folded, [n for n, _ in self.gaz.person_names], scorer=token_sort_ratio, limit=5, score_cutoff=80
        )
        choices, seen = [], set()
        for _name, score, index in found:
            slug = self.gaz.person_names[index][1]
            if slug in seen:
                continue
            seen.add(slug)
            choices.append(
                {"slug": slug, "name": self.gaz.people[slug]["name"], "confidence": round(score / 100 * 0.8, 2)}
            )
        return choices

    def add_surname_references(self):
        """Later mentions by family name alone ("Wiesen emphasized") point back to the person."""
        refs = []
        by_last = {}
        ambiguous = set()
        for start, end, speaker, _m in self.person_spans:
            words = self.text[start:end].split()
            if len(words) >= 2:
                # The family name comes last in "Caitlin Wiesen" and first in "Wang Jianguo": either may recur alone.
                for word in {fold(words[-1]), fold(words[0])}:
                    if word in lexicon.NAME_PARTICLES:
                        continue
                    if word in by_last and by_last[word][1] != speaker:
                        ambiguous.add(word)
                    by_last.setdefault(word, (start, speaker))
        for word in ambiguous:
            del by_last[word]
        for tok in self.doc.tokens:
            if tok.folded in by_last and tok.text[:1].isupper() and not self.is_covered(tok.start, tok.end):
                first_start, speaker = by_last[tok.folded]
                if tok.start > first_start and not any(s <= tok.start < e for s, e, _sp, _m in self.person_spans):
                    refs.append((tok.start, tok.end, speaker, None))
        self.person_spans.extend(refs)
        self.person_spans.sort(key=lambda x: x[0])

    def select_post_body_of_joined(self, start, end):
        """The known body in the post written right after a person ("A, Deputy Representative of the X (XY) in
        Z, and B ... spoke") took part through them."""
        if self.about_another_meeting(start) or self.other_year(start):
            return
        # Only the first body of the post: the rest of the apposition may be the place or another party.
        for m, key, sure in self.post_bodies(end):
            if sure:
                self.add_link("organization", key, ParticipationRole.PARTICIPANT, m.start, m.end, True, 0.75)
            break

    def settle_person_roles(self):
        """A person who is only a delegate by position but speaks elsewhere in the report is a speaker."""
        speakers = set()
        speaking = []
        for start, end, _speaker, _m in self.person_spans:
            s, e = self.sentence_span(start)
            after = self.text[end:e]
            after_post = (
                re.sub(r"^\s*,[^,]*(?:,[^,]*)?,", "", after, count=1) if after.lstrip().startswith(",") else after
            )
            speaking.append(
                bool(
                    SPEECH_AFTER.search(after)
                    or SPEECH_AFTER.search(after_post)
                    or SPEECH_AFTER.search(past_body(after))
                    or SPEECH_FRONT.search(self.text[s:start])
                )
            )
        # "A, post of the X, and B, post of the Y, also delivered remarks": the first of two people joined by "and"
        # speaks with the second; the body of A's post took part through A, as B's does through B.
        joined = set()
        for i in range(len(self.person_spans) - 2, -1, -1):
            start, end, _speaker, _m = self.person_spans[i]
            nxt = self.person_spans[i + 1]
            if (
                not speaking[i]
                and speaking[i + 1]
                and self.sentence_of(start) == self.sentence_of(nxt[0])
                and COORDINATED_PERSON.match(self.text[end : nxt[0]])
            ):
                speaking[i] = True
                joined.add(i)
        for i, (start, end, speaker, _m) in enumerate(self.person_spans):
            if speaking[i]:
                speakers.add(speaker.get("slug") or speaker.get("name"))
            if i in joined:
                self.select_post_body_of_joined(start, end)
        for key, link in list(self.links.items()):
            if key[0] == "person" and key[2] == AttendanceRole.DELEGATE and key[1] in speakers:
                del self.links[key]
                new_key = ("person", key[1], AttendanceRole.SPEAKER)
                if new_key not in self.links:
                    link["role"] = AttendanceRole.SPEAKER
                    link["selected"] = "choices" not in link
                    self.links[new_key] = link
                    if link["selected"]:
                        self.select_bodies_of_participant(key[1], link["end"])
        for item in self.new.values():
            if item["kind"] == "person" and item.get("role") == AttendanceRole.DELEGATE and item["name"] in speakers:
                item["role"] = AttendanceRole.SPEAKER
                self.select_known_body_of_new_speaker(item)

    def select_known_body_of_new_speaker(self, item):
        """ "X, Programme Officer of the Y" in a list, and later "Ms X said ...": someone the base lacks who
        speaks at the meeting took part for the known body of the post written with their name."""
        body = item.get("organization")
        if body not in self.gaz.organizations or self.about_another_meeting(item["start"]):
            return
        if self.other_year(item["start"]) or self.in_background_section(item["start"]):
            return
        sentence = self.sentence_of(item["start"])
        for m in self.mentions:
            if (
                m.kind == "organization"
                and m.start >= item["start"]
                and self.sentence_of(m.start) == sentence
                and body in dict(m.keys).values()
            ):
                self.add_link("organization", body, ParticipationRole.PARTICIPANT, m.start, m.end, True, 0.75)
                return

    # --- organizations the base does not hold ------------------------------------------------------------------

    def read_new_organizations(self):
        """Capitalised names with an organisation's head word ("... Department", "Ministry of ...") the base lacks."""
        tokens = self.doc.tokens
        text = self.text
        connectors = {"of", "for", "and", "on", "against", "the", "in", "to", "de"}
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if not tok.text[:1].isupper():
                i += 1
                continue
            j = i
            last_good = i
            bracketed = None
            while j + 1 < len(tokens) and j - i < 30:  # no name runs longer
                nxt = tokens[j + 1]
                gap = text[tokens[j].end : nxt.start]
                # "the D3 (ATIPSOM) Division": an acronym in brackets before the head word is inside the name.
                if (
                    gap == " ("
                    and nxt.is_upper
                    and 2 <= len(nxt.text) <= 10
                    and j + 2 < len(tokens)
                    and text[nxt.end : tokens[j + 2].start] == ") "
                    and tokens[j + 2].folded in lexicon.ORG_HEADS
                    and tokens[j + 2].text[:1].isupper()
                    # "the Inter-Agency Council Against Trafficking (IACAT) Secretariat": a body's name with its own
                    # head word before the bracket is that body, and what follows is its unit.
                    and not any(t.folded in lexicon.ORG_HEADS for t in tokens[i : j + 1])
                ):
                    bracketed = j + 1
                    last_good = j + 1
                    j += 1
                    continue
                if bracketed == j and gap == ") ":
                    last_good = j + 1
                    j += 1
                    continue
                if (
                    gap == ", "
                    and nxt.text[:1].isupper()
                    and any(t.folded in lexicon.ORG_STARTS for t in tokens[i : j + 1])
                ):
                    # "Ministry of Labour, Invalids and Social Affairs"
                    rest = text[nxt.start : nxt.start + 60]
                    if not re.match(r"^(?:[A-Z][\w-]*\s+){1,3}and\s+[A-Z]", rest):
                        break
                elif gap not in (" ", "-", "–", " & ", "’s ", "'s ", "’ ", "' "):
                    break
                if text[nxt.end : nxt.end + 1] in (".", "/") and (
                    nxt.folded + "." in PHRASE_STARTS or len(nxt.text) == 1
                ):
                    break  # "... Ministry of Public Security and Mr. X", "and P/Supt. Y": a titled person follows
                if nxt.text[:1].isupper():
                    last_good = j + 1
                elif nxt.text.isdigit() and len(nxt.text) <= 3 and tokens[j].folded in lexicon.ORG_HEADS and gap == " ":
                    last_good = j + 1  # "Immigration Division 6": a numbered unit
                elif nxt.folded not in connectors:
                    break
                j += 1
            run = tokens[i : last_good + 1]
            i = last_good + 1
            for span in self.split_org_run(run):
                self.consider_org_span(span)
        self.read_listed_organizations()
        self.read_acronym_bodies()
        self.read_parents_of_defined_units()
        newnames.read_bodies(self)
        # A known name that only begins a new body's name ("United Nations" in "United Nations Action for ...
        # (UN-ACT)") is not that body taking part.
        for item in self.new.values():
            if item["kind"] != "organization" or item["start"] in self.units_of_known:
                continue
            for link in self.links.values():
                if (
                    link["kind"] == "organization"
                    and link["start"] == item["start"]
                    and link["end"] < item["end"]
                    and self.text[link["end"] : link["end"] + 1] == " "
                ):
                    link["selected"] = False

    # "The Directorate of X (DX) of Bareskrim Polri, together with ...": the body a unit belongs to, written after
    # the unit's own acronym and "of" by its short name, which carries no head word.
    PARENT_AFTER_ACRONYM = re.compile(
        r"\([A-Z][\w-]{1,15}(?:\s+[A-Z][\w-]{1,15})?\)\s+of\s+((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)"
        r"(?=\s*[,.;:)]|\s+[a-z])"
    )

    def read_parents_of_defined_units(self):
        for m in self.PARENT_AFTER_ACRONYM.finditer(self.text):
            a, b = m.start(1), m.end(1)
            name = m.group(1)
            if self.overlaps_new(a, b) or any(x.start < b and x.end > a for x in self.matches):
                continue  # a known body or place, or a name already read
            words = [fold(w) for w in name.split()]
            if self.gaz_names_country(name) or fold(name) in self.gaz.cities:
                continue
            if words[0] in PHRASES or words[0] + "." in PHRASES:
                continue  # "(ACR) of Mr. Tan": a person
            if any(w in lexicon.MONTHS or w in lexicon.WEEKDAYS or w in lexicon.ORG_HEADS for w in words):
                continue  # a name with a head word is read with its unit already
            role, _explicit = self.roles_for(a, b)
            item = self.add_new("organization", name, a, b, role=role[0])
            item["label"] = name

    ACRONYM_BODY = re.compile(
        r"\b(?:its|their|the|a|an|through|under|via)\s+([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,9})?)\s+"
        r"(?:project|programme|program|initiative|secretariat|mission|taskforce|task force|network)\b"
    )

    # "Project Manager of AB-CDE,", "AB-CDE, the UNDP project that ...": an acronym the base lacks, in a post or
    # described as a body right after it. Only hyphened acronyms after a post, where a bare one could be a unit's.
    ACRONYM_IN_POST = re.compile(
        r"\b(?:Manager|Director|Coordinator|Officer|Representative|Head|Chief|Adviser|Advisor|Specialist|Lead)\s+"
        r"(?:of|at|with|for)\s+([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,9})+)\b(?!-)"
    )
    # "PPATK, Indonesia's financial intelligence unit": a country's possessive may stand for the article.
    ACRONYM_APPOSITIVE = re.compile(
        r"\b([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,9})*),\s+(?:the|an?|its|their|[A-Z][\w-]+(?:’s|'s|’))\s+"
        r"(?:[\w-]+\s+){0,3}?"
        r"(?:project|programme|program|initiative|secretariat|agency|network|taskforce|task force|unit|office|"
        r"authority|bureau|commission|centre|center|service|council)\b"
    )

    ACRONYM_BEFORE_POST = re.compile(
        r"\b([A-Z][A-Z0-9]{2,9})\s+(?:(?:Deputy|Assistant|Vice|Senior)\s+)?([A-Z][a-z][\w-]+)\b"
    )
    # "performed by AB-CDE (the Alpha Beta Coordination ...)": an acronym first, the name it stands for in brackets.
    ACRONYM_THEN_NAME = re.compile(r"\b([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,9})*)(?=\s+\((?:the\s+)?[A-Z][^()]{5,120}\))")

    # "@BureauOfImmigration", "@MinistryOfLabourFJ": a social post's handle that spells a body's name in joined words.
    CAMEL_HANDLE = re.compile(r"(?<![\w.])@((?:[A-Z][a-z]+){2,8})(?:_?[A-Z]{2,3})?\b")

    def read_handle_bodies(self):
        """A body a social thread names only by its handle, written as words joined in capitals: the editor adds it
        under the words it spells ("Bureau of Immigration"), when they hold a body's head word."""
        for m in self.CAMEL_HANDLE.finditer(self.text):
            words = re.findall(r"[A-Z][a-z]+", m.group(1))
            folded = [fold(w) for w in words]
            if not any(w in lexicon.ORG_HEADS for w in folded) or self.overlaps_new(m.start(1), m.end(1)):
                continue
            name = " ".join(w.lower() if fold(w) in NAME_LINKS and k else w for k, w in enumerate(words))
            role, _explicit = self.roles_for(m.start(1), m.end(1))
            item = self.add_new("organization", name, m.start(1), m.end(1), role=role[0])
            item["label"] = m.group()

    def read_acronym_bodies(self):
        """ "through its UN-ACT project": a body the report names only by an acronym the base lacks."""
        self.read_handle_bodies()
        found = [*self.ACRONYM_BODY.finditer(self.text), *self.ACRONYM_IN_POST.finditer(self.text)]
        found += self.ACRONYM_APPOSITIVE.finditer(self.text)
        # "co-chaired by DOJ Undersecretary X, IACAT Executive Director": the acronym of the body a post is held in.
        found += (
            m
            for m in self.ACRONYM_BEFORE_POST.finditer(self.text)
            if fold(m.group(2)) in lexicon.POST_WORDS and fold(m.group(1)) not in lexicon.RANKS
        )
        found += (
            m
            for m in self.ACRONYM_THEN_NAME.finditer(self.text)
            if acronym_fits(m.group(1), re.match(r"\s+\((?:the\s+)?([^()]+)\)", self.text[m.end() :]).group(1).split())
        )
        for m in found:
            a, b = m.start(1), m.end(1)
            # A known acronym is that body; "UN" inside "UN-ACT" is not.
            if any(x.start <= a and x.end >= b for x in self.matches) or self.overlaps_new(a, b):
                continue
            if m.group(1).lower() in lexicon.RANKS or fold(m.group(1)) in self.gaz.cities:
                continue
            if MEMBER_STATES_SHORT.fullmatch(m.group(1)):
                continue  # "the AMS": the member states, a group rather than a body
            # "UN-ACT (United Nations Action for Cooperation against Trafficking in Persons)": the acronym, then the
            # name it stands for in brackets; the editor adds the body under its name.
            spelt = re.match(r"^\s*\((?:the\s+)?([A-Z][^()]{5,120})\)", self.text[b:])
            name = m.group(1)
            # "Publisher: Inter-Agency Council Against Trafficking (IACAT) ...": the publisher may spell it out.
            spelt = spelt or re.search(rf"([A-Z][^()]{{5,120}}?)\s*\({re.escape(name)}\)", self.publisher)
            # "Inter-Agency Council ...": each half of a hyphened word gives its letter.
            if spelt and acronym_fits(m.group(1), re.split(r"[\s-]+", spelt.group(1))):
                name = spelt.group(1).strip()
            item = self.add_new("organization", name, a, b, acronym=m.group(1), role=ParticipationRole.PARTICIPANT)
            item["label"] = m.group(1)
        # "UN-ACT, the UNDP project that serves as ...": the known body whose project took part takes part
        # through it.
        for m in self.ACRONYM_APPOSITIVE.finditer(self.text):
            if ("organization", fold(m.group(1))) not in self.new:
                continue
            for x in self.mentions:
                if x.kind == "organization" and m.end(1) < x.start < m.end() and x.end <= m.end():
                    self.add_link(
                        "organization", x.keys[0][1], ParticipationRole.PARTICIPANT, x.start, x.end, True, 0.8
                    )

    LIST_CUE = re.compile(
        r"\b(?:representatives|officials|officers|delegates|experts|staff|delegations|participants|speakers|members|"
        r"guests|observers|partners)\s+(?:of|from)\s+",
        re.IGNORECASE,
    )

    def read_listed_organizations(self):
        """Bodies listed after "representatives of" that the base lacks and that carry no head word: "Representatives
        of UNICEF and World Vision also attended"."""
        for cue in self.LIST_CUE.finditer(self.text):
            s, e = self.sentence_span(cue.start())
            rest = self.text[cue.end() : e]
            stop = re.search(
                r"[;:.]|\s(?:also|were|was|have|had|who|which|to|in order|attended|joined|took|shared)\b", rest
            )
            rest = rest[: stop.start()] if stop else rest
            offset = cue.end()
            for item in re.finditer(r"[^,]+", re.sub(r"\s+(?:and|as well as)\s+", ", ", rest)):
                # Map the item back to the text: "and" became ", ", which is one character shorter or longer.
                words = item.group().strip()
                words = re.sub(r"^(?:the|and)\s+", "", words)
                if not words:
                    continue
                start = self.text.find(words, offset)
                if start < 0 or start >= e:
                    continue
                end = start + len(words)
                offset = end
                tokens = words.split()
                if (
                    not all(t[:1].isupper() or t in ("of", "for", "and", "the", "on") for t in tokens)
                    or len(tokens) > 8
                ):
                    continue
                if len(tokens) == 1 and not (tokens[0].isupper() and len(tokens[0]) >= 2):
                    continue
                if self.is_covered(start, end) or any(t.lower().rstrip(".") in lexicon.MONTHS for t in tokens):
                    continue
                if self.gaz_names_country(words) or self.overlaps_new(start, end):
                    continue
                if MEMBER_STATES_SHORT.fullmatch(words):
                    continue  # "representatives of the AMS": the member states, a group rather than a body
                if tokens[0].lower() in PHRASES or " ".join(tokens[:2]).lower() in PHRASES:
                    continue
                self.add_new("organization", words, start, end, role=ParticipationRole.PARTICIPANT)

    MINISTER = re.compile(r"\bMinister (?:of|for) ((?:the )?[A-Z][\w’'-]*(?:\s+(?:and|of|for|the|[A-Z][\w’'-]*))*)")

    def read_ministries_of_posts(self):
        """ "Minister of Home Affairs of Malaysia" names a post; its ministry is a body the base may lack."""
        people = [(item["start"], item["end"]) for item in self.new.values() if item["kind"] == "person"]
        people += [(s, e) for s, e, _sp, _m in self.person_spans]
        for m in self.MINISTER.finditer(self.text):
            start, end = m.start(1), m.end(1)
            for ps, _pe in people:
                if start < ps <= end:
                    end = ps  # "Minister of Public Security Wang Jianguo": the name is not the ministry's
            words = self.text[start:end].split()
            country = None
            for q in range(len(words) - 1, 0, -1):
                if words[q] == "of":
                    tail = " ".join(w for w in words[q + 1 :] if w != "the")
                    if tail and self.gaz_names_country(tail):
                        country = next((mm.keys[0][1] for mm in gz.find(self.gaz, Document(tail))), None)
                        words = words[:q]
                    break
            # "Minister of Interior and Chairman of the National Committee ...": a second post ends the ministry.
            second = next(
                (
                    q
                    for q in range(1, len(words) - 1)
                    # "Vice-Chairman", "Deputy-Director": a hyphened post opens a second post too.
                    if words[q] == "and"
                    and (fold(words[q + 1]) in POST_LEADS or fold(words[q + 1]).split("-")[0] in POST_LEADS)
                ),
                None,
            )
            if second is not None:
                words = words[:second]
            while words and words[-1] in ("and", "of", "for", "the"):
                words = words[:-1]
            if not words or not words[-1][:1].isupper():
                continue
            name = "Ministry of " + " ".join(words)
            # A ministry of this name already proposed as new is another country's, or this one's said again; the
            # base's own ministry is still linked below ("Lao PDR: ..., Ministry of Public Security" and "Viet Nam:
            # ..., Deputy Minister of Public Security" in one list).
            proposed = any(fold(name) == k[1] for k in self.new)
            # The base's ministry of that name, unless the post says it is another country's ("Deputy Minister of
            # Public Security of Laos" when the base holds Viet Nam's).
            owners = {
                (org.get("country") or "").upper()
                for org in self.gaz.organizations.values()
                if fold(org["name"]) == fold(name)
            }
            if owners and not (country and country.upper() == country and "" not in owners and country not in owners):
                # "Viet Nam: Sr Lt Gen X, Deputy Minister of Public Security" in a list of who attended: the base's
                # ministry of the country that labels the line took part through its minister.
                line_country = (country and country.upper()) or self.heading_country(
                    gz.Match(0, 0, m.start(), m.end(), [])
                )
                known = [
                    slug
                    for slug, org in self.gaz.organizations.items()
                    if fold(org["name"]) == fold(name) and (org.get("country") or "").upper() == (line_country or "-")
                ]
                line_start = self.text.rfind("\n", 0, m.start()) + 1
                label = re.match(
                    r"[ \t]*(?:[-•*·–—▪◦][ \t]*)?[A-Z][\w .’'-]{1,40}?[ \t]*:[ \t]*", self.text[line_start:]
                )
                delegate_line = bool(label) and self.opens_with_person(self.text[line_start + label.end() : m.start()])
                if (
                    len(known) == 1
                    and (self.in_roll(m.start()) or delegate_line)
                    and not self.in_background_section(m.start())
                ):
                    self.add_link(
                        "organization", known[0], ParticipationRole.PARTICIPANT, m.start(), m.end(), True, 0.75
                    )
                continue
            if proposed:
                continue
            self.add_new(
                "organization",
                name,
                m.start(),
                start + len(" ".join(words)),
                country=country if country and country.upper() == country else None,
                role=ParticipationRole.PARTICIPANT,
            )

    def overlaps_new(self, start, end):
        return any(item["start"] < end and start < item["end"] for item in self.new.values())

    POST_FRONT = {"associate", "presiding", "chief", "senior", "deputy", "acting", "assistant"}
    POST_HEADS = {
        "judge",
        "justice",
        "director",
        "secretary",
        "undersecretary",
        "under-secretary",
        "minister",
        "prosecutor",
        "commissioner",
        "ambassador",
    }

    def before_post(self, part):
        """The body's words before a post and a person: "Court of Appeals Associate Justice Liza M. X" names the
        court, then its officer; "Ministry of Justice" keeps its last word (a post word after "of" is the name)."""
        for k in range(1, len(part) - 1):
            word, prev = part[k].folded, part[k - 1].folded
            if prev in ("of", "for", "the", "and", "on", "to") or not part[k].text[:1].isupper():
                continue
            then = part[k + 1].folded
            post = word in self.POST_HEADS or (
                word in self.POST_FRONT and (then in lexicon.POST_WORDS or then in self.POST_HEADS)
            )
            left = [t.folded for t in part[:k]]
            body = names_a_body(left) or (left[0] in lexicon.ORG_HEADS and "of" in left[1:-1])
            if post and body and part[-1].text[:1].isupper():
                return part[:k]
        return part

    def split_org_run(self, run):
        """The organisation names in a run of capitalised words: "Royal Malaysia Police and the Immigration
        Department" is two; "Director of the General Department of Police" is one, after the post."""
        parts = []
        # "the United States Department of State's Office to Monitor ...": a possessive between two bodies' names.
        cut = 0
        for k in range(1, len(run)):
            gap = self.text[run[k - 1].end : run[k].start]
            if gap in ("’s ", "'s ", "’ ", "' ") and any(t.folded in lexicon.ORG_HEADS for t in run[cut:k]):
                right = [t.folded for t in run[k:]]
                if "and" in right:
                    right = right[: right.index("and")]  # "X's Y Division and the Office of ...": Y alone
                # "the Royal Brunei Marine Police's Anti-Smuggling ... unit": an owner ending in a head word is a body
                # even when what it owns is named in lower case.
                if right and (
                    right[0] in lexicon.ORG_STARTS or names_a_body(right) or run[k - 1].folded in lexicon.ORG_HEADS
                ):
                    # "... Rehabilitation and of Thailand's Ministry of ...": the owner goes with the body it owns.
                    owner = k - 1 if k - 1 > cut and self.country_word(run[k - 1]) else k
                    for j in range(k - 2, max(cut, k - 4), -1):
                        # "... and Viet Nam's Ministry of ...", "the Lao PDR's": a country of several words owns it too
                        if owner == k and self.country_code(self.text[run[j].start : run[k - 1].end]):
                            owner = j
                    parts.append(run[cut:owner])
                    cut = owner
        parts.append(run[cut:])
        # Coordinated names: split at "and" when both sides carry a head word.
        out = []
        for part in parts:
            cut = 0
            for k, tok in enumerate(part):
                if tok.folded == "and" and 0 < k < len(part) - 1:
                    left = [t.folded for t in part[cut:k]]
                    right = [t.folded for t in part[k + 1 :]]
                    after = part[k + 2] if part[k + 1].folded == "the" and k + 2 < len(part) else part[k + 1]
                    # The right side reaches to the next "and": "Ministry of Labour, Invalids and Social Affairs and
                    # the Women's Union" splits at the second "and" only, where both sides name a body.
                    nxt_and = next((q for q in range(k + 1, len(part)) if part[q].folded == "and"), len(part))
                    piece = [t.folded for t in part[k + 1 : nxt_and] if t.folded != "the"]
                    if (
                        (
                            # "Myanmar Police Force and SOMTC Leader of Myanmar": a body, then a post; "Ministry of Home
                            # Affairs of Malaysia and SOMTC Leader": a body that ends in its country too.
                            left
                            and (
                                left[-1] in lexicon.ORG_HEADS or (names_a_body(left) and self.country_word(part[k - 1]))
                            )
                            and any(w in lexicon.POST_WORDS for w in piece)
                            and not any(w in lexicon.ORG_HEADS for w in piece)
                        )
                        or (
                            # "the Regional Trial Court of Manila and Prosecutor Jose Reyes": a body, then a person.
                            names_a_body(left)
                            and piece
                            and (piece[0] in lexicon.POST_WORDS or piece[0] in lexicon.RANKS)
                            and k + 2 < len(part)
                            and part[k + 2].text[:1].isupper()
                        )
                        or (
                            left
                            # "the Sabah Police Headquarters and the ...": a force's headquarters ends a body too.
                            and (
                                left[-1] in lexicon.ORG_HEADS
                                or (left[-1] == "headquarters" and len(left) >= 2 and left[-2] in lexicon.ORG_HEADS)
                            )
                            and any(w in lexicon.ORG_HEADS for w in right)
                            and (part[k + 1].folded == "the" or right[-1] in lexicon.ORG_HEADS)
                        )
                        # "the Ministry of Interior and the NCCT": an acronym after "and the" is a body on its own.
                        or (
                            part[k + 1].folded == "the"
                            and k + 3 == len(part)
                            and part[k + 2].is_upper
                            and 2 <= len(part[k + 2].text) <= 8
                            and names_a_body(left)
                        )
                        # "Ministry of Justice and Chairman of the National Council ...": a body, then its
                        # officer's second post, of another body.
                        or (
                            names_a_body(left)
                            and piece
                            and piece[0] in POST_LEADS
                            and k + 2 < len(part)
                            and part[k + 2].folded == "of"
                        )
                        # "... of Cambodia and the Ministry of ...": "and the" before a ministry's or a department's
                        # name always begins another body.
                        or (part[k + 1].folded == "the" and piece and piece[0] in lexicon.ORG_STARTS)
                        # "the DOJ and the Bali Process Regional Support Office": an acronym is a body on its own.
                        or (
                            k - cut == 1
                            and part[cut].is_upper
                            and len(part[cut].text) <= 8
                            and part[k + 1].folded == "the"
                            and names_a_body(piece)
                        )
                        or (
                            (left and left[-1] in lexicon.ORG_HEADS and after.start in self.org_mention_starts())
                            or (
                                names_a_body(left)
                                and names_a_body(piece)
                                # "Department of the Interior and Local Government" is one body.
                                and (part[k + 1].folded == "the" or piece[0] in lexicon.ORG_STARTS)
                            )
                        )
                    ):
                        out.append(part[cut:k])
                        cut = k + 1
            out.append(part[cut:])
        parts = [self.before_post(part) for part in out]
        out = []
        for part in parts:
            # Cut at "of (the)": the left side is a post or a person ("Judge X of the Y Court"), or a body of which
            # the right side is the parent ("Criminal Investigation Department of China's Ministry of ...").
            k = 0
            while k < len(part):
                if part[k].folded == "of" and 0 < k < len(part) - 1:
                    left = [t.folded for t in part[:k]]
                    right_tokens = part[k + 1 :]
                    while right_tokens and right_tokens[0].folded == "the":
                        right_tokens = right_tokens[1:]
                    right = [t.folded for t in right_tokens]
                    left_is_org = left[-1] in lexicon.ORG_HEADS
                    right_has_head = len(right) >= 2 and any(w in lexicon.ORG_HEADS for w in right)
                    right_owned = (
                        len(right_tokens) >= 2
                        and self.country_word(right_tokens[0])
                        and self.text[right_tokens[0].end : right_tokens[1].start] in ("’s ", "'s ", "’ ", "' ")
                    )
                    if (
                        not left_is_org
                        and not any(w in lexicon.ORG_HEADS for w in left)
                        and part[k + 1].folded != "the"
                        and right[-1] in lexicon.ORG_HEADS
                        and any(w in ("in", "and", "against", "on", "for") for w in left)
                        and not any(w in lexicon.POST_WORDS or w in lexicon.RANKS for w in left)
                    ):
                        # "Anti-Trafficking in Persons and Anti-Smuggling of Migrants Division": subjects joined by
                        # function words before the head word are the unit's name, not a post or a person before it.
                        k += 1
                        continue
                    # A remit and "of" without an article ("Smuggling of Migrants", "Prevention of Trafficking") are
                    # inside the unit's name, not a post before its body.
                    remit = part[k + 1].folded != "the" and left[-1] in REMIT_WORDS
                    if not left_is_org and not any(w in lexicon.ORG_HEADS for w in left) and not remit:
                        part = right_tokens
                        k = 0
                        continue
                    # "General Commissariat of National Police" is one name; "... Bureau of the Royal Thai Police"
                    # names a body and its parent.
                    article = part[k + 1].folded == "the" or self.country_word(right_tokens[0])
                    if right_has_head and (left[-1] not in lexicon.ORG_STARTS and article or right_owned):
                        out.append(part[:k])
                        part = right_tokens
                        k = 0
                        continue
                k += 1
            out.append(part)
        return [p for p in out if p]

    def consider_org_span(self, span):
        text = self.text
        for k, tok in enumerate(span):
            if (
                tok.folded == "in"
                and k + 1 < len(span)
                and (
                    self.country_word(span[k + 1])
                    or tok.folded
                    and fold(span[k + 1].text) in self.gaz.cities
                    or any(m.start == span[k + 1].start and m.kind in ("country", "city") for m in self.matches)
                )
            ):
                span = span[:k]  # "ASEAN Secretariat in Jakarta": the place is not part of the name
                break
        # "the An Giang Provincial Police": a capitalised "An" or "A" inside a sentence is a place's or a body's
        # word; only at a sentence's or a line's start (or in lower case) is it the article.
        while span and (
            span[0].folded in ("the", "and", "of")
            or span[0].folded in ("a", "an")
            and (
                span[0].text.islower()
                or re.search(r"(?:^|[.!?:\n\"“(])\s*$", self.text[max(0, span[0].start - 20) : span[0].start])
            )
        ):
            span = span[1:]
        while span and span[-1].folded in ("the", "a", "an", "and", "of", "for", "on", "in", "to", "against"):
            span = span[:-1]
        if len(span) < 2:
            return
        parent = self.parent_in_span(span)
        if parent:
            # "Central Investigation Bureau of the Royal Thai Police": the parent is a body of its own too.
            self.consider_org_span(parent)
        # "the Anti-Human Trafficking Department of Laos": the country says whose body it is; it is not the name.
        owner = None
        for q in range(len(span) - 2, 1, -1):
            if span[q].folded == "of":
                tail = [t for t in span[q + 1 :] if t.folded != "the"]
                head = [t.folded for t in span[:q]]
                if (
                    tail
                    and len(head) >= 2
                    and names_a_body(head)
                    and self.country_word(tail[0])
                    and self.gaz_names_country(self.text[tail[0].start : tail[-1].end])
                    and not any(t.folded in lexicon.ORG_HEADS for t in tail)
                ):
                    owner = self.country_word(tail[0])
                    # "the National Police Agency of Japan", "the Immigration Department of Malaysia": the country
                    # stays in the name an editor adds, unless the bare name is the base's namesake of another
                    # country ("the Ministry of Public Security of Laos"), which is proposed bare with its country.
                    # The country may be a long name with its own "of" ("of the People's Republic of China").
                    p = next(
                        (
                            p
                            for p in range(2, q + 1)
                            if span[p].folded == "of"
                            and self.gaz_names_country(
                                self.text[span[p + 1].start : span[-1].end].removeprefix("the ").strip()
                            )
                        ),
                        q,
                    )
                    bare = fold(self.text[span[0].start : span[p - 1].end])
                    if any(fold(org["name"]) == bare for org in self.gaz.organizations.values()):
                        span = span[:q]
                break
        words = [t.folded for t in span]
        # Ranks, honorifics and posts are not organizations ("Assistant Commissioner of Police", "Director for ...").
        joined = " ".join(words)
        honorific_words = {w.rstrip(".") for phrase in lexicon.HONORIFICS for w in phrase.split()[:1]}
        if joined in lexicon.RANKS or words[0] in honorific_words | {
            "honorable",
            "honourable",
            "pol",
        }:
            return
        post_starts = lexicon.POST_WORDS - {"general", "senior", "executive", "permanent", "vice", "assistant"}
        # "the Attorney General's Office", "the Auditor-General's Office": a post's possessive before "Office" names
        # the office, a body.
        office = next(
            (
                k
                for k in range(1, min(4, len(span)))
                if text[span[k - 1].end : span[k].start] in ("’s ", "'s ") and words[k] in ("office", "chambers")
            ),
            None,
        )
        if words[0] in post_starts and not office:
            return
        if words[0] == "police" and words[1] in {w.split()[0] for w in lexicon.RANKS} | {"major", "colonel", "general"}:
            return
        am0 = re.match(r"^\s*\(([A-Za-z]{2,8})\)", self.text[span[-1].end :])
        if am0 and am0.group(1).lower() in lexicon.RANKS:
            return
        connectors = ("of", "for", "on", "against", "to", "in")
        # "United Nations Action for Cooperation against Trafficking in Persons (UN-ACT)": a name that defines its
        # own acronym is a body's name, head word or not, even when it starts with a known body's name.
        defined = re.match(r"^\s*\(([A-Z][A-Za-z-]{1,12})\)", self.text[span[-1].end :])
        defined = (
            bool(defined)
            and acronym_fits(defined.group(1), [t.text for t in span])
            and not all(w in lexicon.POST_WORDS for w in words)
        )
        hyphened = len(span) >= 2 and text[span[-2].end : span[-1].start] == "-"
        has_head = defined or (
            words[-1] in lexicon.ORG_HEADS
            or ((hyphened or words[-1].isdigit()) and words[-2] in lexicon.ORG_HEADS)  # "Consulate-General"
            or (words[0] in lexicon.ORG_STARTS and "of" in words)
            or any(
                w in lexicon.ORG_HEADS and k + 1 < len(words) and words[k + 1] in connectors
                for k, w in enumerate(words)
            )
        )
        if not has_head:
            return
        if len(words) >= 2 and words[-1] in VENUE_HEADS and words[-2] in EVENT_VENUE_WORDS:
            return  # "the National Convention Centre", "Expo Hall": a place meetings are held in, not a body
        # "Ministry of Labour and Vocational Training" names a body though it ends in a meeting word.
        ministry_like = words[0] in lexicon.ORG_STARTS and len(words) > 2 and words[1] == "of"
        if (any(w in lexicon.MEETING_HEADS for w in words) and not ministry_like) or words[
            -1
        ] in lexicon.AGREEMENT_HEADS:
            return
        start, end = span[0].start, span[-1].end
        if self.sentence_of(start) != self.sentence_of(end - 1) or len(span) > 12:
            return
        later = [m for m in self.mentions if m.kind == "organization" and start < m.start < end]
        lead_words = [w for w in self.text[start : later[0].start].split() if w.lower() != "the"] if later else []
        if later and lead_words[-1:] in (["to"], ["and"], ["with"]):
            # "the Asia Regional Trafficking in Persons Project to AAPTIP": the known body is not part of the name.
            cut = [t for t in span if t.end <= later[0].start]
            while cut and cut[-1].folded in ("to", "and", "with", "the"):
                cut = cut[:-1]
            if len(cut) >= 2 and cut[-1].folded in lexicon.ORG_HEADS:
                self.consider_org_span(cut)
            return
        inside = [m for m in self.mentions if start <= m.start < end]
        first_known = [
            m
            for m in inside
            if m.kind == "organization"
            and (m.start == start or (self.country_word(span[0]) and len(span) > 1 and m.start == span[1].start))
        ]
        if first_known and not defined and not self.unit_of_known(span, first_known[0], inside):
            # "the MPS's Department of International Cooperation": a unit the known body owns is a body of its own.
            owned = [t for t in span if t.start >= first_known[0].end]
            if (
                len(owned) >= 2
                and text[first_known[0].end : owned[0].start] in ("’s ", "'s ")
                and names_a_body([t.folded for t in owned])
            ):
                self.consider_org_span(owned)
            return  # a known body, perhaps with more words after it ("the UNODC and INTERPOL")
        # A span that is wholly a known organization's name is no news.
        if any(m.kind == "organization" and m.start <= start + 1 and m.end >= end - 1 for m in inside):
            return
        if any(m.kind in ("person", "forum", "agreement") for m in inside):
            return
        if any(m.kind == "organization" and m.end >= end - 1 for m in inside):
            # "ASEAN Secretariat" inside "the ASEAN Secretariat's Transnational Crime Division": fine; a known name
            # that ends the span with only a description before it is the known body.
            lead = [
                t
                for t in span
                if t.end <= next(m.start for m in inside if m.kind == "organization" and m.end >= end - 1)
            ]
            if all(t.folded not in lexicon.ORG_HEADS for t in lead) and not self.foreign_prefix(span):
                return
        country = owner
        for m in inside:
            if m.kind in ("country", "demonym"):
                country = m.keys[0][1]
        for offset, placed in self.placed_countries.items():
            if start <= offset < end:
                country = country or placed  # the delegation or the list heading a generic name was read under
        if country is None:
            # "Laos' Ministry of Public Security", "China's Ministry of ...": the owner written before the name.
            before = re.search(r"([A-Z][\w-]+)(?:’s|'s|’|')\s+(?:the\s+)?$", self.text[max(0, start - 40) : start])
            if before:
                country = self.country_word(Document(before.group(1)).tokens[0])
        # "Indonesia's Ministry of ...": the country is a field, not part of the name, unless the bare name is taken.
        # "Lao PDR's Ministry of ...": a country's name of several words as well.
        owner_words = next(
            (
                j
                for j in (1, 2)
                if len(span) > j + 1
                and text[span[j].end : span[j + 1].start] in ("’s ", "'s ", "’ ", "' ")
                and self.country_code(text[span[0].start : span[j].end])
            ),
            None,
        )
        if owner_words:
            country = country or self.country_code(text[span[0].start : span[owner_words].end])
            span = span[owner_words + 1 :]
            start = span[0].start
        elif span[0].folded in {fold(n) for n in self.gaz.countries.values()} or self.country_word(span[0]):
            bare = span[1:]
            nxt_gap = text[span[0].end : span[1].start] if len(span) > 1 else ""
            # "the Lao Ministry of Labour and Social Welfare": before a generic "Ministry of ..." the country word only
            # says whose ministry it is, as "Laos' Ministry of ..." would ("Philippine National Police" keeps it),
            generic = (
                nxt_gap == " "
                and len(bare) >= 3
                and bare[0].folded in lexicon.ORG_STARTS
                and bare[1].folded == "of"
                and self.country_word(span[0])
            )
            # "the Thai Anti-Human Trafficking Division": before a unit of a force the adjective says whose unit it
            # is ("Cambodian National Police", "Royal Thai Police" are the forces' own names and keep it).
            unit = (
                nxt_gap == " "
                and len(bare) >= 2
                and bare[-1].folded in UNIT_HEADS
                and not any(t.folded in ("national", "royal", "federal", "police") for t in bare)
                and self.country_word(span[0])
                and span[0].folded not in {fold(n) for n in self.gaz.countries.values()}
            )
            if (bare and "’" in nxt_gap or "'" in nxt_gap) or generic or unit:
                country = country or self.country_word(span[0])
                # "China's Ministry of Public Security", "the Lao Ministry of Public Security": a name the base holds
                # for another country's body is proposed bare too, with its country; add_new keeps one record per
                # country of such a namesake, so the editor adds each country's ministry once.
                span = bare
                start = span[0].start
        name = text[start:end]
        acronym = None
        am = re.match(r"^\s*\(([A-Z][A-Za-z-]{1,12})\)", text[end:])
        if am:
            acronym = am.group(1)
        inner = re.search(r" \(([A-Z][A-Z0-9-]{1,9})\) ", name)
        if inner and spells(inner.group(1), re.split(r"[\s-]+", name[: inner.start()])):
            # "the D3 Anti-Trafficking in Persons and Anti-Smuggling of Migrants (ATIPSOM) Division": the acronym the
            # words before it spell is the body's acronym, not part of its name ("D3 (ATIPSOM) Division" keeps it).
            acronym = acronym or inner.group(1)
            name = name[: inner.start()] + name[inner.end() - 1 :]
        near = self.near_organizations(name)
        role, explicit = self.roles_for(start, end)
        same = self.known_by_parent(name, start)
        if same:
            # "the Investigation Police Agency under the Ministry of Public Security" for the base's "Office of
            # Investigation Police Agency", whose parent that ministry is: the known body, not a new one.
            self.add_link("organization", same, role[0], start, end, True, 0.8)
            return
        item = self.add_new("organization", name, start, end, acronym=acronym, country=country, role=role[0])
        item["label"] = name
        if near:
            self.add_link(
                "organization", near[0]["slug"], role[0], start, end, False, near[0]["confidence"], choices=near
            )

    def unit_of_known(self, span, known, inside):
        """True when a known body's acronym is followed at once by a unit's name with a head word: "the UNODC
        Regional Office for South Asia" is a unit of UNODC the base lacks. The unit is proposed as a new body, and
        the known body still takes part through it (see read_new_organizations)."""
        rest = [t for t in span if t.start >= known.end]
        if not (
            rest
            and self.text[known.start : known.end].isupper()
            and self.text[known.end : rest[0].start] == " "
            and rest[0].text[:1].isupper()
            and any(t.folded in lexicon.ORG_HEADS for t in rest)
            and not any(m.kind == "organization" and m.start >= rest[0].start for m in inside)
        ):
            return False
        self.units_of_known.add(span[0].start)
        return True

    def parent_in_span(self, span):
        """The tokens after "of (the)" in a body's name when they name a body of their own, else None."""
        for k, tok in enumerate(span):
            if tok.folded != "of" or k == 0 or not any(t.folded in lexicon.ORG_HEADS for t in span[:k]):
                continue
            # "Department of International Cooperation": after a bare "Department of" comes its subject, not a parent
            # (a parent is introduced by "the" or is itself a "Ministry of ...").
            if (
                span[k - 1].folded in lexicon.ORG_STARTS
                and (k == 1 or self.text[span[k - 2].end : span[k - 1].start] in ("’s ", "'s "))
                and k + 1 < len(span)
                and span[k + 1].folded != "the"
                and span[k + 1].folded not in lexicon.ORG_STARTS
            ):
                continue
            rest = span[k + 1 :]
            while rest and rest[0].folded == "the":
                rest = rest[1:]
            full = rest  # consider_org_span takes a trailing "of <country>" as the body's country
            # "the Ministry of Public Security of the Lao PDR": the country after it says whose it is.
            for q in range(len(rest) - 1, 0, -1):
                if rest[q].folded == "of":
                    tail = [t for t in rest[q + 1 :] if t.folded != "the"]
                    if tail and self.gaz_names_country(self.text[tail[0].start : tail[-1].end]):
                        rest = rest[:q]
                    break
            # "of the Lao Ministry of Public Security": a country word in front says whose body it is.
            if len(rest) > 2 and self.country_word(rest[0]) and self.text[rest[0].end : rest[1].start] == " ":
                rest = rest[1:]
            words = [t.folded for t in rest]
            if len(rest) < 2 or self.is_covered(rest[0].start, rest[-1].end):
                continue
            if words[0] in lexicon.ORG_STARTS and names_a_body(words):
                return full  # "... of the Ministry of Labour and Vocational Training"
            # "Department of the Interior and Local Government" is one name, not a department of a government.
            if "and" not in words and words[-1] in lexicon.ORG_HEADS:
                return full
            # "Office of the National Steering Committee on Anti-Human Trafficking": a parent whose head word is
            # followed by its remit.
            head = next(
                (
                    i
                    for i, w in enumerate(words)
                    if w in lexicon.ORG_HEADS and 0 < i < len(words) - 2 and words[i + 1] in ("on", "for", "against")
                ),
                None,
            )
            if head and "and" not in words[:head] and all(t.text[:1].isupper() for t in rest[: head + 1]):
                return full
        return None

    def org_mention_starts(self):
        if not hasattr(self, "_org_starts"):
            self._org_starts = {m.start for m in self.mentions if m.kind == "organization"}
        return self._org_starts

    def country_word(self, token):
        for e in self.gaz.index.get(token.folded, []):
            if e.kind in ("country", "demonym") and len(e.tokens) == 1:
                return e.key
        return None

    def without_courtesy_title(self, name, start):
        """A name read with a courtesy title in front, as (name, start) without it: "Ms Anna Berg" is Anna Berg, the
        title kept apart by titles_before(). None for a title and a surname alone ("Ms Berg, UNODC's coordinator",
        '"...," Mr Somsak said'): those refer back to someone the report introduced, and are no new person."""
        first, _, rest = name.partition(" ")
        if fold(first).rstrip(".") not in self.honorific_words():
            return name, start
        # "Lok Chumteav Chea Sopheap": an honorific of two words is set apart whole.
        second, _, after = rest.partition(" ")
        if f"{fold(first)} {fold(second)}" in lexicon.HONORIFICS and len(after.split()) >= 2:
            rest = after
        if len(rest.split()) < 2:
            return None
        return rest, start + len(name) - len(rest)

    def honorific_words(self):
        """The honorifics of the lexicon as single words, folded, without their dots ("u", "daw", "mr", "dr")."""
        if not hasattr(self, "_honorific_words"):
            self._honorific_words = {
                fold(phrase).rstrip(".") for phrase in lexicon.HONORIFICS if len(phrase.split()) == 1
            }
        return self._honorific_words

    def known_org_names(self):
        if not hasattr(self, "_org_names"):
            self._org_names = {fold(v["name"]) for v in self.gaz.organizations.values()}
        return self._org_names

    def foreign_prefix(self, span):
        """ "Lao Ministry of ...": a country word right before the rest of the name."""
        return (
            len(span) > 1
            and self.country_word(span[0]) is not None
            and self.text[span[0].end : span[1].start] in (" ", "’s ", "'s ", "’ ", "' ")
        )

    def known_by_parent(self, name, start):
        """The one known body whose name ends with name (past a leading "Office of", "Department of"...) and whose
        parent the same sentence names."""
        folded = fold(name)
        s, e = self.sentence_span(start)
        named = {k for m in self.mentions if s <= m.start < e and m.kind == "organization" for _kind, k in m.keys}
        found = [
            slug
            for slug, org in self.gaz.organizations.items()
            if org.get("parent") in named
            and fold(org["name"]).endswith(" " + folded)
            and OFFICE_OF.fullmatch(fold(org["name"])[: -len(folded)])
        ]
        return found[0] if len(found) == 1 else None

    def near_organizations(self, name):
        names = [(fold(v["name"]), slug) for slug, v in self.gaz.organizations.items()]
        if not names:
            return []
        found = process.extract(fold(name), [n for n, _ in names], scorer=token_sort_ratio, limit=3, score_cutoff=85)
        return [
            {
                "slug": names[i][1],
                "name": self.gaz.organizations[names[i][1]]["name"],
                "confidence": round(score / 100 * 0.8, 2),
            }
            for _n, score, i in found
        ]

    def read_event_links(self):
        """The meeting's forum, and earlier or later meetings the report names by number ("the 39th ... Conference")."""
        ev = self.event
        if ev["forum"]:
            passage = ev["passages"].get("forum") or ev["passages"].get("title") or ""
            fm = next((m for m in self.mentions if m.kind == "forum" and m.keys[0][1] == ev["forum"]), None)
            if fm is not None:
                # "... pointed to the X as a forum that needs ... None of these bodies was represented": whatever
                # took the forum for the meeting's, the report says it was not there.
                denied = self.denied_later(fm.start)
                self.add_link("forum", ev["forum"], "", fm.start, fm.end, not denied, 0.6 if denied else 0.9)
            elif passage:
                pos = self.text.find(passage)
                self.add_link("forum", ev["forum"], "", pos, pos, True, 0.8)
            # A meeting of a forum's own series is organised by the body that convenes the forum.
            convener = self.gaz.forums[ev["forum"]]["convened_by"]
            cm = next(
                (m for m in self.mentions if m.kind == "organization" and convener in dict(m.keys).values()), None
            )
            if convener and cm is not None:
                self.add_link("organization", convener, ParticipationRole.ORGANISER, cm.start, cm.end, True, 0.8)
        if ev["host_country"]:
            # The country the meeting is held in is party to it, as host.
            code = ev["host_country"].upper()
            cm = next((m for m in self.mentions if m.kind in ("country", "demonym") and m.keys[0][1] == code), None)
            passage = ev["passages"].get("host_country") or ev["passages"].get("city")
            if cm is not None:
                self.add_link("country", code, ParticipationRole.HOST, cm.start, cm.end, True, 0.8)
            elif passage:
                pos = self.text.find(passage)
                if pos >= 0:
                    self.add_link("country", code, ParticipationRole.HOST, pos, pos, True, 0.75)
        for m in self.mentions:
            if m.kind != "forum" or m.keys[0][1] == ev["forum"]:
                continue
            s, _e = self.sentence_span(m.start)
            # A forum the meeting reports to ("forwarded to the AMMTC for endorsement") is linked too.
            before = self.text[s : m.start]
            # "The Meeting agreed to brief the ASEAN Senior Officials Meeting on ... at its next session"
            referred = bool(REFERRAL.search(before)) or bool(BRIEF_FORUM.search(before))
            referred = referred or bool(
                re.search(
                    r"\bfor (?:its |their )?(?:endorsement|approval|adoption|consideration)\b"
                    # "ahead of the 20th AMMTC, to which its conclusions will be reported"
                    r"|^\W{0,3}to which (?:[\w’']+ ){1,6}?(?:reported|submitted|forwarded|presented|referred|sent)\b",
                    self.text[m.end : _e],
                )
            )
            if referred and OTHER_MEETING.search(before) and "upcoming" not in before:
                referred = bool(REFERRAL.search(before))
            if referred and self.forecast_of_others(before):
                # "Police officials expect the issue to be raised again at the next SOMTC": what others foresee for a
                # topic, not what the meeting sends on.
                referred = False
            # "endorsed the work plan submitted by the SOMTC", "Agenda item 2 — Report of the SOMTC": the forum
            # reports to this meeting.
            referred = referred or bool(
                re.search(
                    r"\b(?:(?:submitted|presented|tabled|forwarded|reported|recommended)\s+by|(?:the\s+)?report\s+"
                    r"(?:of|from|by))\s+(?:the\s+)?$",
                    self.text[max(s, m.start - 40) : m.start],
                    re.IGNORECASE,
                )
                and not self.about_another_meeting(m.start)
                and not self.other_year(m.start)
            )
            referred = referred and not self.denied_later(m.start)
            self.add_link("forum", m.keys[0][1], "", m.start, m.end, referred, 0.8 if referred else 0.6)
        for m in self.mentions:
            if m.kind != "forum":
                continue
            before = self.text[max(0, m.start - 12) : m.start]
            om = re.search(r"\b(\d{1,3})(?:st|nd|rd|th)\s+$", before)
            if not om:
                continue
            number = int(om.group(1))
            if m.keys[0][1] == ev["forum"] and number == ev["number"]:
                continue
            slug = (
                Event.objects.filter(forum__slug=m.keys[0][1], number=number, parent__isnull=True)
                .values_list("slug", flat=True)
                .first()
            )
            if slug:
                link = self.add_link("event", slug, "", m.start - len(before) + om.start(), m.end, True, 0.85)
                link["name"] = Event.objects.filter(slug=slug).values_list("title", flat=True).first() or slug

    # Bodies that belong to one country's government: their taking part puts their country at the meeting.
    NATIONAL_KINDS = {"national_police", "ministry", "agency"}

    def read_countries_of_national_bodies(self):
        """ "Indonesia's police, together with the Australian Federal Police, opened a joint workshop": where the
        report names no country at the meeting but the host, the foreign police forces, ministries and agencies
        that took part are the other side of the cooperation, and an editor links their countries too. Where the
        report lists the countries that took part, a foreign agency beside them (a guest speaker, trainers) is not
        a country's delegation, and its country is left to the editor. The country of a regional centre, a donor's
        programme or a news agency is never implied."""
        host = (self.event.get("host_country") or "").lower()
        countries = {link["slug"] for link in self.links.values() if link["kind"] == "country" and link["selected"]}
        if not host or countries - {host}:
            return
        for link in list(self.links.values()):
            if link["kind"] != "organization" or not link["selected"]:
                continue
            record = self.gaz.organizations.get(link["slug"]) or {}
            code = record.get("country")
            if not code or code.lower() == host or record.get("kind") not in self.NATIONAL_KINDS:
                continue
            if any(
                other["kind"] == "country" and other["slug"] == code.lower() and other["selected"]
                for other in self.links.values()
            ):
                continue
            self.add_link("country", code, ParticipationRole.PARTICIPANT, link["start"], link["end"], True, 0.7)

    def result(self):
        links = list(self.links.values())
        selected_keys = {(link["kind"], link["slug"]) for link in links if link["selected"]}
        kept = []
        for link in links:
            key = (link["kind"], link["slug"])
            if not link["selected"] and key in selected_keys:
                continue  # the same record is already proposed in a role the text states
            if link["kind"] in ("organization", "country") and link["role"] == ParticipationRole.PARTICIPANT:
                if any(
                    other is not link
                    and (other["kind"], other["slug"]) == key
                    and other["selected"] == link["selected"]
                    for other in links
                ):
                    continue  # a stated role says more than "took part"
            if link["kind"] == "person" and link["role"] == AttendanceRole.DELEGATE:
                if any(other is not link and (other["kind"], other["slug"]) == key for other in links):
                    continue
            kept.append(link)
        kept.sort(key=lambda link: link["start"])
        for link in kept:
            if link["kind"] == "person" and link["slug"] in self.person_posts:
                link["post"] = dict(self.person_posts[link["slug"]])
            post = link.get("post")
            if post and post.get("organization") and post["organization"] not in self.gaz.organizations:
                # A link's post names a record by slug; a body the base lacks is proposed under "new".
                post["organization_new"] = post["organization"]
                post["organization"] = None
        for link in kept:
            for k in ("role",):
                link[k] = str(link[k]) if link[k] else ""
        new = list(self.new.values())
        # "Tan Sri Razarudin Husain" read after a post and "Razarudin Husain" after the style: one person.
        people = {fold(item["name"]): item for item in new if item["kind"] == "person"}
        for folded, item in list(people.items()):
            for other, shorter in people.items():
                lead = folded[: -len(other)].strip() if folded.endswith(" " + other) else None
                if lead and lead in PHRASES:
                    shorter.setdefault("honorific", item.get("honorific") or item["name"][: len(lead)])
                    new = [n for n in new if n is not item]
                    for statement in self.statements:
                        if statement["speaker"] == {"kind": "new", "name": item["name"]}:
                            statement["speaker"] = {"kind": "new", "name": shorter["name"]}
                    break
        for item in new:
            if item.get("role") is not None:
                item["role"] = str(item["role"])
        new.sort(key=lambda x: x["start"])
        if self.original != self.text:
            for item in [*kept, *new, *self.outcomes, *self.statements]:
                item["passage"] = self.verbatim(item["passage"], item.get("start", 0))
                if "label" in item:
                    item["label"] = self.original[item["start"] : item["end"]]
            passages = self.event.get("passages", {})
            for name, passage in passages.items():
                passages[name] = self.verbatim(passage, len(self.text))
        return {
            "event": self.event,
            "links": kept,
            "new": new,
            "outcomes": self.outcomes,
            "statements": self.statements,
        }

    def verbatim(self, passage, near):
        """The original text of a passage read from the unwrapped text: the same span, with its line breaks.
        Of several places holding the passage, the last that starts at or before `near` (the item's offset)."""
        if not passage:
            return passage
        at = self.text.rfind(passage, 0, near + len(passage))
        if at < 0:
            at = self.text.find(passage)
        return self.original[at : at + len(passage)] if at >= 0 else passage


def analyse(text, *, title="", publisher="", published_on=None):
    """Proposals for the report text, in the shape the review screen reads (see docs/intake.md)."""
    return Analysis(text or "", title, publisher, published_on).run()
