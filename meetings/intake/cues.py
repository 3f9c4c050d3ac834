"""Cue patterns that more than one of the intake's readers reads: the words around a name that say a speech, a
referral, a quotation or a venue, and the few helpers built on them. They live here, not in analysis.py, so
that every reader's module can import them without importing the Analysis class that inherits the readers.
"""

import re

from . import lexicon

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
    r"(?:report|submit|forward|refer|elevate|recommend|present|bring|carry) (?:[\w’']+ ){1,5}?to|"
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
