"""analyse(): read one report and propose, for review, what a careful editor would enter from it.

The pipeline: split the text into sentences and word tokens (text.py); find the base's names in it (gazetteer.py);
read dates (dates.py), ranks and posts (people.py); then decide, sentence by sentence, what each name is doing there
from the words around it (roles, outcomes, statements). Every proposal carries the sentence that states it.
Nothing is written to the database.
"""

import bisect
import dataclasses
import functools
import re

from rapidfuzz import process
from rapidfuzz.fuzz import token_sort_ratio

from meetings.models import (
    AttendanceRole,
    Event,
    ParticipationRole,
    fold,
)

from . import gazetteer as gz
from . import lexicon, newnames
from .attendance import roll_sections, tables
from .bodies import BodyRoleReading
from .cues import (
    BACKGROUND_LEAD,
    FIELD_LABEL,
    HELD,
    HISTORY,
    MEMBER_STATES_SHORT,
    NAME_LINKS,
    OTHER_MEETING,
    PLACE_LABEL,
    RANK_FIRST_WORDS,
    REFERRAL,
    SPEECH_AFTER,
    TOOK_PART,
    VENUE_HEADS,
    VENUE_THEN_CITY,
    names_a_body,
    spells,
    subdivision_country,
)
from .dates import find_dates
from .eventfields import ORDINAL_ENDING, EventFieldReading
from .outcomes import OutcomeReading
from .people import PHRASES, titles_before
from .persons import PersonReading
from .text import LIST_ITEM, Document, unwrap

# --- Roles of organizations and countries -------------------------------------------------------------------


# --- Outcomes -----------------------------------------------------------------------------------------------


# The meeting's undertaking to brief a forum, written right before the forum's name: "agreed to brief the ...",
# "will update the ...": the forum the meeting reports to.
BRIEF_FORUM = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:also\s+)?(?:brief|inform|update|apprise)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}$"
)


# What the meeting produced sent on, the verb and its "to" right before the forum's name: "submitted as Viet Nam's
# input to the 15th ...", "forwarded with a covering note to the ...", "will be submitted to the ...".
SENT_TO = re.compile(
    r"\b(?:submitted|forwarded|referred|elevated|transmitted|conveyed|presented|reported|sent|brought|carried)\s+"
    r"(?:[\w’'-]+\s+){0,5}?to\s+(?:the\s+|its\s+)?(?:(?:\d{1,3}(?:st|nd|rd|th)|next|upcoming|forthcoming)\s+)?$",
    re.IGNORECASE,
)

# The head of a body a forum sets up, written after the forum's name: "the SOMTC Working Group on ...".
FORUM_UNIT = re.compile(
    r"(?:Technical\s+|Ad[ -]Hoc\s+)?(?:Working\s+Group|Task\s*Force|Sub-?\s?Committee|Committee|Expert\s+Group|"
    r"Working\s+Party)\b"
)

# "Office of ", "Department for the ": what a body's name may carry before a shorter name it is known by.
OFFICE_OF = re.compile(r"(?:\w+ ){1,2}(?:of|for) (?:the )?")
# The last word of a venue's name ("the Riverside Grand Hotel"): a title stops before "at the" such a name.
# Words that make a centre or hall a place for events rather than a body ("Convention Centre", "Exhibition Hall").
EVENT_VENUE_WORDS = {"convention", "conference", "exhibition", "congress", "trade", "expo", "events", "event"}

# The venue words that name only a building, never a body ("the Ministry of Home Affairs Complex", "the Police Tower").
BUILDING_HEADS = {"complex", "building", "tower", "plaza", "auditorium", "ballroom", "compound"}


ROLE_ORDER = [r.value for r in ParticipationRole]


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
# A list's line (a participant under a country's heading) is short; a heading is looked for this many lines up.
LIST_LINE = 90
# A list of places after a body's cue: "the police of several border provinces, including A, B and C".
PLACES_LISTED = re.compile(
    r"\b(?:provinces|districts|municipalities|prefectures|regions|states|cities|towns|counties|localities)\b"
    r"(?:\s+of\s+[\w\s]{1,30}?)?,?\s+(?:including|such as|namely|like)\b",
    re.IGNORECASE,
)
BULLET_LINE = 200  # a bulleted item may run longer
HEADING_REACH = 12
# Words that make someone a member of the delegation named after them ("who led the Lao delegation").
MEMBERSHIP = (
    r"\b(?:led|headed|heads|leads|head of|leader of|chief of|members? of|spoke for|speaking for|on behalf of|part of)"
)
DELEGATION_REACH = 300  # characters either side of a body's name where its delegation's country is looked for

STATE_FORM_AFTER = re.compile(r"\s+People['’]s\s+Democratic\s+Republic\b")
STATE_FORM = re.compile(
    r"^(?:(?:People['’]s|Democratic|Socialist|Federal|Islamic|Lao People['’]s Democratic)\s+)*"
    r"(?:Republic|Kingdom|Union|Federation|Commonwealth|Sultanate|Nation)\s+of\s+(?:the\s+)?"
    r"(?:Union\s+of\s+)?"
)


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


# The last words of a police force's name, which a unit's name may follow without "of".
# Words that carry a body's name on past its head word ("Council Against Smuggling"), never a person's first name.
NAME_CONNECTORS = {"against", "of", "for", "on", "in", "to", "and", "the", "with", "under"}

# "People's Committee", "Women's Union", "Children's Fund": a possessive of these nouns is part of a body's name, not
# an owner written before it.
COLLECTIVE_OWNERS = {"people", "peoples", "women", "children", "workers", "youth", "farmers", "veterans", "citizens"}

FORCE_HEADS = {"police", "constabulary", "gendarmerie"}


class Analysis(EventFieldReading, BodyRoleReading, PersonReading, OutcomeReading):
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
        newnames.read_namesakes_of_other_countries(self)
        self.settle_new_bodies()
        self.name_namesakes_by_country()
        newnames.drop_unscoped_repeats(self)
        newnames.place_provincial_bodies(self)
        newnames.name_bodies_of_named_places(self)
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
        head = (
            r"(?:Ambassador|High Commissioner|Consul[- ]General|Charg[ée] d[’']Affaires|Deputy Head of Mission"
            r"|(?:Deputy )?Chief of Mission)"
        )
        for m in re.finditer(rf"\b{head}\b|\b[Tt]he\s+Embassy(?:[’']s)?\b(?!\s+of\b)", self.text):
            s, e = self.sentence_span(m.start())
            around = self.text[max(s, m.start() - 40) : min(e, m.end() + 40)]
            owner = {
                e.key
                for fm in gz.find(self.gaz, Document(around))
                for e in fm.entries
                if e.kind in ("country", "demonym")
            }
            # "Deputy Head of Mission X hosted a reception": a head of mission with no country named beside them, in
            # a mission's own report, is that mission's.
            if owner and not (codes & owner) and "mbassy" not in m.group():
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
            # "TWENTIETH MEETING OF THE X WORKING GROUP ON Y": the whole name, read only from a heading in capitals
            # (written in its own case in the text, a working group is a body as well as the series).
            if name.split()[-1] in BUILDING_HEADS or any(
                (name == f and self.text[item["start"] : item["end"]].isupper())
                or re.match(re.escape(name) + r" (?:\([^)]*\)|(?:on|against|for)\b)", f)
                for f in series
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
        # "Lao People's Democratic Republic": the state's form after the country's own word.
        for said in (words, re.sub(STATE_FORM_AFTER.pattern + "$", "", words)):
            found = [m for m in gz.find(self.gaz, Document(said)) if m.kind == "country"]
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(said):
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

            # "Deputy Spokesperson of the Ministry of Foreign Affairs Doan Linh", "..., Ministry of Home Affairs
            # DSP Jeremy Koh": a person read right after a complete body's name, past any rank, ends that name.
            def ends_a_body(words):
                while words and titled(words[-1]):
                    words = words[:-1]
                folded = [fold(w) for w in words]
                return names_a_body(folded) and folded[-1] not in ("of", "the", "and", "for", "on", "in")

            # A person proposed from another sentence ("Deputy Spokesperson Doan Linh: ...") whose name is written
            # inside the body's words here, where the body's run took it, is read there too.
            named = [
                (item["start"] + found.start(),)
                for person in self.new.values()
                if person["kind"] == "person" and len(person["name"].split()) >= 2
                for found in re.finditer(rf"(?<=\s){re.escape(person['name'])}$", item["name"])
            ]
            inside = [
                p
                for p in [*self.person_spans, *named]
                if item["start"] < p[0] < item["end"]
                and (last := re.search(r"(\S+)\s+$", self.text[item["start"] : p[0]]))
                and (
                    fold(last.group(1)).rstrip(".") in self.honorific_words()
                    or after_and(self.text[item["start"] : p[0]].split())
                    or (
                        ends_a_body(self.text[item["start"] : p[0]].split())
                        # "Council Against Smuggling": a remit misread as a name does not end the body
                        and fold(self.text[p[0] :].split(maxsplit=1)[0]) not in NAME_CONNECTORS
                    )
                )
            ]
            if inside:
                cut = item["name"][: inside[0][0] - item["start"]]
                words = cut.split()
                while words and (
                    words[-1].rstrip(".").lower() in self.honorific_words()
                    or words[-1] in (",", ";", "and", "&")
                    or (titled(words[-1]) and (after_and(words) or ends_a_body(words[:-1])))
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

    def name_namesakes_by_country(self):
        """Another country's body that bears the name of one the base holds ("Ministry of Public Security" of Laos, of
        China, beside the base's Viet Nam's) is named with its country, so the editor never takes it for the base's
        record nor adds a second body under a bare name: "Ministry of Public Security of China" where the text writes
        the country after the name or as a possessive before it, and "... of COUNTRY" as the report names the country
        elsewhere where it gives only the adjective ("the Lao Ministry") or the country labels a list. Two new bodies
        of one name and of two countries are told apart the same way."""
        groups = {}
        for item in self.new.values():
            if item["kind"] == "organization" and item.get("country"):
                groups.setdefault(fold(item["name"]), []).append(item)
        owners = {}
        for org in self.gaz.organizations.values():
            owners.setdefault(fold(org["name"]), set()).add((org.get("country") or "").upper())
        for folded, items in groups.items():
            countries = {item["country"].upper() for item in items}
            foreign = folded in owners and "" not in owners[folded] and countries - owners[folded]
            if len(countries) < 2 and not foreign:
                continue
            for item in items:
                if folded in owners and item["country"].upper() in owners[folded]:
                    continue  # the base's own body, said again
                self.name_with_country(item)

    def name_with_country(self, item):
        """item's name with its country as the text writes it (see name_namesakes_by_country)."""
        code = item["country"].upper()
        # The name as written may end before the item's span does ("Ministry of X of the People's Republic of China"
        # read whole, its country kept apart).
        at = self.text.find(item["name"], item["start"], item["end"] + 1)
        end = at + len(item["name"]) if at >= 0 else item["end"]
        after = re.match(
            r"(?:\s*\([A-Z][\w-]{0,11}\))?\s+of\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})",
            self.text[end : end + 80],
        )
        words = after.group(1).split() if after else []
        # "of the Lao PDR, which ...": the longest run of words that names the country.
        said = next(
            (" ".join(words[:n]) for n in range(len(words), 0, -1) if self.is_country(" ".join(words[:n]), code)),
            None,
        )
        before = re.search(r"(?<![\w-])([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:’s|'s|’|')\s+$", self.text[: item["start"]])
        if said:
            item["end"] = max(item["end"], end + after.start(1) + len(said))
        elif before and self.is_country(before.group(1), code):
            said = before.group(1)  # "Laos' Ministry of ...", "China's Ministry of ..."
        else:
            # "the Lao Ministry of ...", a list's heading, a delegation's country: as the report writes the body with
            # its country elsewhere ("Deputy Minister of Public Security of the Lao PDR"), else as it names the
            # country.
            said = self.written_with_country(item["name"], code) or self.country_as_written(code, item["start"])
        item["name"] = f"{item['name']} of {said}"
        if "label" in item:
            item["label"] = item["name"]

    def written_with_country(self, name, code):
        """The country as the text writes it after name, or after its minister's post ("Minister of X of the Lao
        PDR" for "Ministry of X"), anywhere in the report; None if it never does."""
        said = re.escape(name).replace("Ministry", "Minist(?:ry|er)")
        for m in re.finditer(
            rf"\b{said}\s+of\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){{0,4}})", self.text
        ):
            words = m.group(1).split()
            for n in range(len(words), 0, -1):
                if self.is_country(" ".join(words[:n]), code):
                    return " ".join(words[:n])
        return None

    def is_country(self, words, code):
        """Whether words name the country code."""
        return (self.country_code(words) or "").upper() == code

    def country_as_written(self, code, offset):
        """The country code as the report names it last before offset ("Laos"), or the base's name for it where the
        report writes it in capitals, in a state's long form ("People's Republic of China") or only as an adjective."""
        said = None
        for m in self.country_matches:
            if m.start >= offset:
                break
            # "Lao" is the adjective as well as a name of the country: a name only is taken ("Laos", "Lao PDR").
            if (
                m.kind == "country"
                and m.keys[0][1].upper() == code
                and not any(e.kind == "demonym" for e in self.gaz.index.get(fold(self.text[m.start : m.end]), []))
            ):
                said = self.text[m.start : m.end]
                if STATE_FORM_AFTER.match(self.text, m.end):
                    said = None  # "Lao People's Democratic Republic": the state's long form
        if (
            said
            and not said.isupper()
            and not STATE_FORM.match(said)
            and not re.search(r"\b(?:Republic|Kingdom)\b", said)
        ):
            return said
        return self.gaz.countries.get(code, code)

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
        self.forum_units = []  # a forum's name opening the name of one of its bodies ("SOMTC Working Group")
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
                        if FORUM_UNIT.match(self.text[nxt.start : nxt.start + 40]):
                            # "the SOMTC Working Group on ...": a body of the forum, kept for what is sent to it.
                            self.forum_units.append(match)
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
            # "China | ... | Ministry of Public Security": another country's body of the same name, in that country.
            self.placed_countries[match.start] = row_country
            return True
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
            # "- the X Department (XD) of the Y National Police;": a bulleted item may name a body with its parent
            # at length; a line of prose without a bullet ends the list.
            if len(above) > (BULLET_LINE if re.match(r"[-•*–—]\s", above) else LIST_LINE):
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

    # "Laos was represented by", "Vietnam's delegation was led by", "the delegation of Laos, headed by": a country's
    # delegation and who led it.
    DELEGATION_LED = re.compile(
        r"^(?:[’']s?\s+(?:\w+\s+){0,2}delegation\s+was|\s+(?:was|were))\s+(?:represented|led|headed)\s+by\s+"
        r"|^\s+sent\s+a\s+(?:\w+\s+)?delegation\s+(?:led|headed)\s+by\s+"
    )

    def delegation_led(self, offset):
        """The country whose delegation the post at offset heads, by the nearest such clause before it in its
        sentence ("..., while Laos was represented by Vice Minister of X"), or None. Not in a sentence about another
        meeting or another year."""
        s, _e = self.sentence_span(offset)
        if self.about_another_meeting(offset) or self.other_year(offset):
            return None
        for m in reversed(self.country_matches[bisect.bisect_left(self.country_starts, s) :]):
            if m.start >= offset or m.kind != "country":
                continue
            led = self.DELEGATION_LED.match(self.text[m.end : offset])
            if not led:
                continue
            # Only the person led by it and their post between: no clause of another country.
            if re.search(r"[;]|\b(?:while|whereas|and)\s+[A-Z]", self.text[m.end + led.end() : offset]):
                return None
            return m.keys[0][1].upper()
        return None

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
        # "- People's Republic of China, led by Mr. X, ..., Ministry of Public Security;": a delegation's item.
        label = re.match(r"\W*([A-Z][\w .’'-]{1,50}?),\s+(?:led|headed|represented)\s+by\b", line)
        if label and self.country_code(label.group(1)):
            return self.country_code(label.group(1))
        # A delegate's line ("Pol. Col. X, Anti-Human Trafficking Department, Ministry of ...") may run longer than
        # a list's line, its post and bodies after the name.
        if line_start == 0 or len(line) > BULLET_LINE:
            return None
        if len(line) > LIST_LINE and not self.opens_with_person(line.lstrip(" -•*–—\t")):
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
                elif gap == ", " and self.listed_into_head(tokens, i, j):
                    pass  # "Foreign, Commonwealth and Development Office": the head word's fields listed with commas
                elif gap not in (" ", "-", "–", " & ", "’s ", "'s ", "’ ", "' "):
                    break
                if text[nxt.end : nxt.end + 1] in (".", "/") and (
                    nxt.folded + "." in PHRASE_STARTS or len(nxt.text) == 1
                ):
                    break  # "... Ministry of Public Security and Mr. X", "and P/Supt. Y": a titled person follows
                if nxt.text[:1].isupper():
                    last_good = j + 1
                elif (
                    nxt.text.isdigit()
                    and len(nxt.text) <= 3
                    and gap == " "
                    and (
                        tokens[j].folded in lexicon.ORG_HEADS
                        # "Provincial Police Region 6": a police force's numbered region is a unit of it.
                        or tokens[j].folded in ("region", "zone")
                        and any(t.folded in lexicon.ORG_HEADS for t in tokens[i:j])
                    )
                ):
                    last_good = j + 1  # "Immigration Division 6": a numbered unit
                elif (
                    nxt.folded == "along"
                    and j + 3 < len(tokens)
                    and tokens[j + 2].folded == "the"
                    and tokens[j + 3].text[:1].isupper()
                    and any(
                        t.folded in lexicon.ORG_HEADS and u.folded in ("for", "on", "against")
                        for t, u in zip(tokens[i:j], tokens[i + 1 : j + 1], strict=False)
                    )
                ):
                    pass  # "Centre for the Suppression of X along the Western Border": the remit runs on to its reach
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
            # "Representatives of A (AA), which serves as the secretariat, B (BB) and C also took part": a relative
            # clause set off by commas inside the list is blanked out (the offsets stay), so the list goes on past it.
            # One that ends on a capitalised word ("which works in Cambodia, Laos and ...") may run on over a list of
            # places, and still ends the list.
            rest = re.sub(
                r",\s*(?:which|who)\b[^,;.]{0,120}\b[a-z][\w-]*(?=,)",
                lambda m: " " * len(m.group()),
                self.text[cue.end() : e],
            )
            stop = re.search(
                r"[;:.]|\s(?:also|were|was|have|had|who|which|to|in order|attended|joined|took|shared)\b", rest
            )
            rest = rest[: stop.start()] if stop else rest
            offset = cue.end()
            # "the ASEAN Commission on the Promotion and Protection of the Rights of Women and Children (ACWC)": a
            # run closed by its bracketed acronym is one body's name, its "and" no list's.
            whole = [
                (cue.end() + w.start(), cue.end() + w.end())
                for w in re.finditer(r"[^,;]+?\s\([A-Z][\w-]{1,12}\)", rest)
                if re.search(r"\sand\s", w.group())
            ]
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
                if any(ws <= start < we for ws, we in whole):
                    continue
                tokens = words.split()
                lower = [t for t in tokens if not t[:1].isupper() and t not in ("of", "for", "and", "the", "on")]
                if len([t for t in lower if t[:1].islower() and t not in ("against", "in", "to", "de", "da")]) >= 2:
                    # "officers from six countries wrapped up a workshop in Semarang, Central Java, on Friday": a
                    # clause ends the list; the places and days after its commas are no bodies.
                    break
                if lower or not tokens[0][:1].isupper() or len(tokens) > 8:
                    continue
                if len(tokens) == 1 and not (tokens[0].isupper() and len(tokens[0]) >= 2):
                    continue
                if self.is_covered(start, end) or any(t.lower().rstrip(".") in lexicon.MONTHS for t in tokens):
                    continue
                if self.gaz_names_country(words) or self.overlaps_new(start, end):
                    continue
                if MEMBER_STATES_SHORT.fullmatch(words):
                    continue  # "representatives of the AMS": the member states, a group rather than a body
                if subdivision_country(words) or PLACES_LISTED.search(self.text[cue.end() : start]):
                    # "the police of several border provinces, including Huaphan, Xieng Khuang and ...": a province
                    # is a place the list's bodies serve, not a body.
                    continue
                if tokens[0].lower() in PHRASES or " ".join(tokens[:2]).lower() in PHRASES:
                    continue
                if any(c["start"] <= start < c["start"] + len(c["title"]) for c in self.title_cands):
                    # "officials of A and B met ... for the Meeting on People Smuggling, Trafficking in Persons and
                    # Related Transnational Crime": the list ran on into the name of the meeting they met for.
                    continue
                self.add_new("organization", words, start, end, role=ParticipationRole.PARTICIPANT)

    # "Coordinating Minister for Political, Legal and Security Affairs": a portfolio listed with commas before its
    # "and" is one ministry's; a coordinating minister's ministry keeps that word and its preposition.
    MINISTER = re.compile(
        r"\b(?:(Coordinating) )?Minister (of|for) ((?:the )?[A-Z][\w’'-]*"
        r"(?:\s+(?:and|of|for|the|[A-Z][\w’'-]*)"
        r"|,\s+[A-Z][\w’'-]*(?=(?:\s+[A-Z][\w’'-]*)*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,?\s+and\s+[A-Z]))*)"
    )

    def read_ministries_of_posts(self):
        """ "Minister of Home Affairs of Malaysia" names a post; its ministry is a body the base may lack."""
        people = [(item["start"], item["end"]) for item in self.new.values() if item["kind"] == "person"]
        people += [(s, e) for s, e, _sp, _m in self.person_spans]
        for m in self.MINISTER.finditer(self.text):
            start, end = m.start(3), m.end(3)
            for ps, _pe in people:
                if start < ps <= end:
                    # "Minister of Public Security Wang Jianguo": the name is not the ministry's, nor are the
                    # honorifics before it ("Minister of Home Affairs Yang Berhormat Dato Seri Setia X").
                    end = max(start, min(ps, titles_before(self.text, ps)[2]))
            words = self.text[start:end].split()
            # "Minister of Home Affairs Yang Berhormat Dato Seri Setia X": a style of address ends the portfolio even
            # where the words between it and the name are no title the lexicon knows.
            styled = next(
                (
                    q
                    for q in range(1, len(words))
                    if fold(words[q]).rstrip(".") in self.honorific_words()
                    or " ".join(fold(w) for w in words[q : q + 2]) in lexicon.HONORIFICS
                ),
                None,
            )
            if styled is not None:
                words = words[:styled]
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
            name = f"Coordinating Ministry {m.group(2)} " if m.group(1) else "Ministry of "
            name += " ".join(words)
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
                # "Laos was represented by Vice Minister of Public Security X", "Vietnam's delegation was led by X,
                # Deputy Minister of Public Security": the minister heads the delegation of the country before.
                led = self.delegation_led(m.start())
                line_country = (
                    (country and country.upper()) or self.heading_country(gz.Match(0, 0, m.start(), m.end(), [])) or led
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
                    and (self.in_roll(m.start()) or delegate_line or led)
                    and not self.in_background_section(m.start())
                ):
                    self.add_link(
                        "organization", known[0], ParticipationRole.PARTICIPANT, m.start(), m.end(), True, 0.75
                    )
                elif (
                    not known
                    and line_country
                    and "" not in owners
                    and line_country.upper() not in owners
                    and (self.in_roll(m.start()) or delegate_line or led)
                    and not self.in_background_section(m.start())
                ):
                    # "- Laos: Pol. Maj. Gen. X, Deputy Minister of Public Security" when the base's ministry of that
                    # name is Viet Nam's: the line's country's own ministry, new, beside any other country's.
                    self.add_new(
                        "organization",
                        name,
                        m.start(),
                        start + len(" ".join(words)),
                        country=line_country.upper(),
                        role=ParticipationRole.PARTICIPANT,
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
        self.read_ministries_of_lower_posts()

    # "Myanmar sent a delegation led by U X, deputy minister for home affairs.": a newspaper's post in lower case, set
    # off by a comma and closed by one or a stop.
    LOWER_MINISTER = re.compile(
        r",\s+(?:(?:deputy|vice)[\s-]+)?minister\s+(?:of|for)\s+((?:[a-z]+\s+){0,3}[a-z]+)(?=\s*[.,;])"
    )

    def read_ministries_of_lower_posts(self):
        """The ministry of a minister whose post a newspaper writes in lower case, when the sentence says whose
        delegation the minister led: it took part through them."""
        for m in self.LOWER_MINISTER.finditer(self.text):
            code = self.delegation_led(m.start())
            if not code or self.in_background_section(m.start()):
                continue
            words = m.group(1).split()
            name = "Ministry of " + " ".join(w if w in ("and", "of", "the") else w.capitalize() for w in words)
            if fold(name) in self.known_org_names() or any(fold(name) == k[1] for k in self.new):
                continue  # the base's ministry of that name, or one read already: not told apart here
            self.add_new("organization", name, m.start(1), m.end(1), country=code, role=ParticipationRole.PARTICIPANT)

    def overlaps_new(self, start, end):
        return any(item["start"] < end and start < item["end"] for item in self.new.values())

    def overlaps_person(self, start, end):
        """Whether a person read so far (known or new) is named anywhere between start and end."""
        return any(s < end and start < e for s, e, *_ in getattr(self, "person_spans", ()))

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

    # "Commonwealth and Development Office", "Immigration, Customs and Quarantine Department": single capitalised
    # words listed with commas, the last after "and", then the head word they share.
    LISTED_FIELDS = re.compile(r"^,\s+(?:[A-Z][\w-]*,\s+)*[A-Z][\w-]*,?\s+and\s+[A-Z][\w-]*\s+([A-Z][\w-]*)\b")

    def listed_into_head(self, tokens, i, j):
        """True when the comma after tokens[j] lists single words that all qualify one head word after "and", and
        tokens[j] is the first of them: the run's first word, or the first after an owner's possessive."""
        if not (j == i or self.text[tokens[j - 1].end : tokens[j].start] in (", ", "’s ", "'s ", "’ ", "' ")):
            return False
        m = self.LISTED_FIELDS.match(self.text[tokens[j].end : tokens[j].end + 120])
        if not m or fold(m.group(1)) not in lexicon.ORG_HEADS:
            return False
        fields = re.findall(r"[A-Z][\w-]*", self.text[tokens[j].start : tokens[j].end + m.start(1)])
        # "Thailand, Cambodia and Lao Police", "UNODC, IOM and UN Women": countries or bodies, listed, are no fields.
        return not any(
            self.country_code(w) or Document(w).tokens and self.country_word(Document(w).tokens[0]) or w.isupper()
            for w in fields
        )

    def owner_of_unit(self, owner, rest):
        """True for one word before a possessive that names a body by its short name (an acronym, or a name that is
        no country's) when the words after it name a unit with its own head word."""
        words = [t.folded for t in rest]
        return (
            len(words) >= 2
            and words[-1] in lexicon.ORG_HEADS
            and owner.text[:1].isupper()
            and len(owner.text) >= 2
            and not self.country_word(owner)
            and not self.country_code(owner.text)
            and owner.folded not in lexicon.POST_WORDS
            and owner.folded not in lexicon.ORG_HEADS
        )

    def before_post(self, part):
        """The body's words before a post and a person: "Court of Appeals Associate Justice Liza M. X" names the
        court, then its officer; "Ministry of Justice" keeps its last word (a post word after "of" is the name)."""
        for k in range(1, len(part) - 1):
            word, prev = part[k].folded, part[k - 1].folded
            if prev in ("of", "for", "the", "and", "on", "to") or not part[k].text[:1].isupper():
                continue
            if prev in COLLECTIVE_OWNERS and self.text[part[k - 1].end : part[k].start] in ("’s ", "'s "):
                continue  # "Office of the Supreme People's Prosecutor": a post named for its people is the body's
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
            if gap not in ("’s ", "'s ", "’ ", "' ") or run[k - 1].folded in COLLECTIVE_OWNERS:
                continue  # "the Supreme People's Procuracy", "Provincial Women's Union": a name's own possessive
            if run[k - 1].folded in lexicon.POST_WORDS and run[k].folded in ("office", "chambers"):
                continue  # "Union Attorney General's Office of Myanmar": a post's office is one body
            if any(t.folded in lexicon.ORG_HEADS for t in run[cut:k]):
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
                                # "... and the Royal Thai Embassy in Yangon": a mission with its seat is a body.
                                and (names_a_body(piece) or "in" in piece and names_a_body(piece[: piece.index("in")]))
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
        seat = ""
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
                # "the INTERPOL National Central Bureau in Bangkok": a national central bureau is known by its seat,
                # which its name keeps ("INTERPOL National Central Bureau Bangkok").
                if k >= 3 and [t.folded for t in span[k - 3 : k]] == ["national", "central", "bureau"]:
                    seat = span[k + 1].text
                span = span[:k]  # "ASEAN Secretariat in Jakarta": the place is not part of the name
                break
        # "presented by Malaysia to the SOMTC Working Group": a country that does something to a body is no part of
        # the body's name.
        if (
            len(span) > 2
            and span[1].folded in ("to", "and", "with", "by", "from")
            and (self.country_word(span[0]) or self.country_code(span[0].text))
        ):
            span = span[2:]
            if self.country_word(span[0]) or self.country_code(span[0].text):
                return  # "between Thailand and Lao PDR on Cooperation ...": two parties to an agreement, no body
        # "the Department of Justice's OSAEC task force": an acronym after a body's possessive, before a common
        # noun, qualifies that noun; the body ends before the possessive.
        for k in range(1, len(span)):
            if (
                k == len(span) - 1
                and self.text[span[k - 1].end : span[k].start] in ("’s ", "'s ")
                and span[k].is_upper
                and re.match(r"^\s+[a-z]", self.text[span[k].end :])
            ):
                span = span[:k]
                break
        # "Polri's International Relations Division", "the RBPF's Anti-Trafficking in Persons Unit": a body written
        # by its short name owns the unit named after it, which is the body proposed.
        if (
            len(span) > 2
            and text[span[0].end : span[1].start] in ("’s ", "'s ")
            and self.owner_of_unit(span[0], span[1:])
        ):
            span = span[1:]
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
        # "(the Government of the) Lao PDR and the Government (of ...)": a country, then "and", opens no body's
        # name; what follows "and" may be one.
        for q in range(1, min(4, len(span) - 1)):
            if span[q].folded == "and" and self.country_code(self.text[span[0].start : span[q - 1].end]):
                rest = span[q + 1 :]
                if len(rest) >= 2:
                    self.consider_org_span(rest)
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
                    # "of Lào Cai": a province whose name begins with a country's word is no country
                    and not self.province_not_country(self.text[tail[0].start : tail[-1].end])
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
        if self.part_of_a_meetings_or_agreements_name(span):
            return
        if self.a_topic_heading(span):
            return
        if self.a_states_government(span):
            return  # "the Government of Canada", "an Australian Government initiative": the country, linked as such
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
        has_head = (
            defined
            or (
                words[-1] in lexicon.ORG_HEADS
                or ((hyphened or words[-1].isdigit()) and words[-2] in lexicon.ORG_HEADS)  # "Consulate-General"
                # "Provincial Police Region 6": a numbered region of a force.
                or (
                    words[-1].isdigit()
                    and words[-2] in ("region", "zone")
                    and any(w in lexicon.ORG_HEADS for w in words)
                )
                or (words[0] in lexicon.ORG_STARTS and "of" in words)
                # "the Consulate General of the Republic of Indonesia": a mission's head word of two words.
                or (words[:2] == ["consulate", "general"] and "of" in words)
                or any(
                    w in lexicon.ORG_HEADS and k + 1 < len(words) and words[k + 1] in connectors
                    for k, w in enumerate(words)
                )
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
        # A remit that runs on to its reach ("... Networks along the Western Border") makes a longer name.
        longest = 16 if any(t.folded == "along" for t in span) else 12
        if self.sentence_of(start) != self.sentence_of(end - 1) or len(span) > longest:
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
            if m.kind in ("country", "demonym") and not self.begins_a_province(m):
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
        # "the U.S. Department of Justice's Office of ...": a country's dotted initials, which end the run of
        # capitalised words at their stops, are written in front of the body's name and kept there.
        dotted = re.search(r"(?<![\w.])((?:[A-Z]\.){2,3})\s$", text[max(0, start - 10) : start])
        initials = dotted and self.country_code(dotted.group(1).replace(".", ""))
        if initials and span[0].folded in lexicon.ORG_STARTS:
            country = country or initials
            start -= len(dotted.group())
        name = f"{text[start:end]} {seat}" if seat else text[start:end]
        # "the United Nations Office on Drugs and Crime (UNODC) Regional Office for Southeast Asia": an office that
        # serves a region or a country, written after a known body's name and acronym, is named by that acronym,
        # as "the UNODC Regional Office" is (unit_of_known).
        defined = re.search(r"\(([A-Z][A-Za-z-]{1,12})\)\s$", text[max(0, start - 16) : start])
        if (
            defined
            and span[0].folded in ("regional", "country", "sub-regional", "subregional", "liaison", "field")
            and any(m.kind == "organization" and m.end == start - len(defined.group()) - 1 for m in self.mentions)
        ):
            name = f"{defined.group(1)} {name}"
        # "the People's Committee of Lào Cai city" beside "... of Lào Cai province": the lower-case kind of place
        # tells the two bodies apart, so it is read with the name (settle_new_bodies adds it too late for that).
        place = re.match(r"^\s+(?:province|city|district|municipality|prefecture)\b", text[end : end + 20])
        if place and not seat and re.search(r"\sof\s+(?:[A-Z\u00C0-\u024F\u1E00-\u1EFF][\w’'-]*\s*){1,3}$", name):
            name += text[end : end + place.end()]
            end += place.end()
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
        item["label"] = text[start:end] if seat else name
        if near:
            self.add_link(
                "organization", near[0]["slug"], role[0], start, end, False, near[0]["confidence"], choices=near
            )

    def part_of_a_meetings_or_agreements_name(self, span):
        """True for a run that names a meeting or an agreement's subject, not a body: "the 6th Joint Working Group
        meeting" (an ordinal before it, a meeting word in lower case after it); "the Memorandum of Understanding
        between the two governments on Cooperation to Combat Trafficking" (the subject after an agreement's "on")."""
        start, end = span[0].start, span[-1].end
        before = self.text[max(0, start - 100) : start]
        if re.match(r"\s+(?:meeting|meetings|session|sessions)\b", self.text[end : end + 12]) and ORDINAL_ENDING.search(
            before
        ):
            return True
        # "a Memorandum of Understanding on Cooperation in ...": the words after an agreement's "of" are its title.
        if re.search(r"\b(?:Memorandum|Letter|Declaration|Exchange|Instrument|Articles)\s+of\s+$", before):
            return True
        return bool(
            re.search(
                r"\b(?:Memorandum of Understanding|MoU|MOU|Agreement|Convention|Protocol|Treaty|Arrangement)\b"
                r"[^.;:]{0,60}?\s(?:on|for)\s+(?:the\s+)?$",
                before,
            )
        )

    # Head words that double as the topic of a section: "REGIONAL COOPERATION", "CAPACITY BUILDING PROGRAMME".
    TOPIC_HEADS = {
        "cooperation",
        "partnership",
        "initiative",
        "initiatives",
        "network",
        "programme",
        "program",
        "project",
    }

    def begins_a_province(self, match):
        """True for a country's word that begins a province's name with the word after it ("Lào Cai" is Viet Nam's
        province, not Laos)."""
        nxt = re.match(r"\s+([A-Z\u00C0-\u024F\u1E00-\u1EFF][\w’'-]*)", self.text[match.end : match.end + 30])
        if not nxt:
            return False
        return self.province_not_country(self.text[match.start : match.end + nxt.end()])

    def province_not_country(self, place):
        return subdivision_country(place) is not None and self.country_code(place) is None

    def a_topic_heading(self, span):
        """True for a heading in capitals alone on its line whose last word names a topic as well as a body: a
        section of the report, not a body that took part."""
        if span[-1].folded not in self.TOPIC_HEADS or not all(t.is_upper for t in span if t.text.isalpha()):
            return False
        start, end = span[0].start, span[-1].end
        before = self.text[max(0, start - 12) : start]
        after = self.text[end : end + 12]
        return bool(re.search(r"(?:^|\n)[ \t0-9.]*$", before) and re.match(r"[ \t:.]*(?:\n|$)", after))

    def a_states_government(self, span):
        """True for a country's government named as such ("Government of Canada", "the Australian Government",
        "the Royal Thai Government"): the state itself, which the report's country link stands for, not a body to add.
        "the Government Inspectorate" or "the Provincial Government of X" name bodies."""
        words = [t for t in span if t.folded != "the"]
        if words and words[0].folded == "royal":
            words = words[1:]
        if len(words) == 2 and words[1].folded == "government":
            return self.country_word(words[0]) is not None
        if len(words) >= 3 and words[0].folded == "government" and words[1].folded == "of":
            rest = self.text[words[2].start : words[-1].end]
            return self.country_code(STATE_FORM.sub("", rest)) is not None
        return False

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
        for m in self.forum_units:
            # "The recommendations will be submitted to the SOMTC Working Group on ...": what goes to a body of the
            # forum goes to the forum; a body of it named in passing is not linked.
            s, _e = self.sentence_span(m.start)
            if m.keys[0][1] != ev["forum"] and SENT_TO.search(self.text[s : m.start]):
                if not (self.about_another_meeting(m.start) or self.other_year(m.start) or self.denied_later(m.start)):
                    self.add_link("forum", m.keys[0][1], "", m.start, m.end, True, 0.75)
        for m in self.mentions:
            if m.kind != "forum" or m.keys[0][1] == ev["forum"]:
                continue
            s, _e = self.sentence_span(m.start)
            # A forum the meeting reports to ("forwarded to the AMMTC for endorsement") is linked too.
            before = self.text[s : m.start]
            # "The Meeting agreed to brief the ASEAN Senior Officials Meeting on ... at its next session"
            referred = bool(REFERRAL.search(before)) or bool(BRIEF_FORUM.search(before))
            # "will be consolidated ... and submitted as the country's input to the 15th X Meeting": the verb and its
            # "to" right before the forum's name, whatever stands between them.
            referred = referred or bool(SENT_TO.search(before) and not self.other_year(m.start))
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
            # "Ministers reviewed the implementation of the plan and the work of SOMTC": the meeting took up the
            # forum's work, which the forum brought to it.
            referred = referred or bool(
                re.search(
                    r"\b(?:reviewed|considered|took stock of|assessed|evaluated)\b[^.;]{0,160}?\b"
                    r"(?:work|reports?|progress|recommendations)\s+of\s+(?:the\s+)?$",
                    before,
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
