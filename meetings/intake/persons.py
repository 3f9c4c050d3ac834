"""The intake's readers of the people a report names: speakers and participants with their posts and the bodies
they serve, people in rolls and lists, people the base does not hold yet and the roles each person played. They
build on people.py (ranks, honorifics and the words of a post) and are separate from the readers of bodies
because a person is found from a name and a post, not from a body's name, and is settled after the bodies are.
Analysis inherits them as PersonReading.
"""

import re

from rapidfuzz import process
from rapidfuzz.fuzz import token_sort_ratio

from meetings.models import (
    AttendanceRole,
    ParticipationRole,
    fold,
)

from . import gazetteer as gz
from . import lexicon, newnames
from .cues import (
    RANK_FIRST_WORDS,
    SPEECH_AFTER,
    SPEECH_FRONT,
    names_a_body,
)
from .people import PHRASES, name_after, normalise_word, split_name, title_words_before, titles_before
from .text import Document, Token

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
NOT_NAME_WORDS = lexicon.NOT_NAME_WORDS


def holds_no_name(words, function_words):
    """True when a read name's words show it is no person's: a word of NOT_NAME_WORDS, a month, a weekday, or
    one of function_words."""
    return any(
        w in NOT_NAME_WORDS or w in lexicon.MONTHS or w in lexicon.WEEKDAYS or w in function_words
        for w in map(fold, words)
    )


# A chain of bodies after a person's name: "of the Criminal Police Department under the Ministry of Public
# Security", "of the Coast Guard Command, Ministry of National Defence,": a unit, then the body it is under or in.
BODY_WORD = r"(?:[A-Z][\w’'.-]*|\([A-Z][\w-]*\))(?:’s|'s)?"
BODY_RUN = rf"{BODY_WORD}(?:\s+(?:(?:of|the|and|for|on)\s+)*{BODY_WORD}){{0,9}}"
BODY_CHAIN_AFTER = re.compile(
    rf"^\s+(?:of|from)\s+(?:the\s+)?{BODY_RUN}"
    rf"(?:\s+(?:under|of)\s+(?:the\s+)?{BODY_RUN}|\s*,\s+(?:the\s+)?{BODY_RUN}\s*(?=,))?\s*,?\s+"
)
# Between two people joined as the subjects of one verb: "A, Deputy Head of the X, and Ms. B" or "A and Dr. B".
COORDINATED_PERSON = re.compile(r"^(?:\s*,[^;:.“”\"]{0,160}?,)?\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")
# A post set off by commas after a name, in up to four capitalised parts: ", Deputy Director of the X,",
# ", Head, Y Division, Z Ministry,".
POST_APPOSITION = re.compile(
    r"^(?:\s*,\s+(?:the\s+|an?\s+)?[A-Z][^,;:.“”\"()]{0,100}?(?:\s*\([^()]{1,20}\))?){1,4}\s*,"
)
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


# A place's kind after its name ("Yunnan Province", "Hekou County"): the words are a place, never a person.
PLACE_KINDS = {"province", "county", "district", "prefecture", "region", "township", "municipality", "city"}
# Words a heading in capitals joins its nouns with ("LIST OF PARTICIPANTS"); names in capitals hold particles instead.
HEADING_JOINS = {"of", "and", "for", "the", "to", "on", "in"}


def not_a_persons_name(words):
    """True for words that cannot be a person's name whichever reader took them for one: a place with its kind
    ("Yunnan Province"), a heading in capitals ("LIST OF PARTICIPANTS"), a plural noun for people or groups
    ("Participants", "Delegates")."""
    folded = [fold(w).strip(".,") for w in words]
    if not folded or folded[-1] in PLACE_KINDS:
        return True
    if all(w.isupper() for w in words if w[:1].isalpha()) and any(w in HEADING_JOINS for w in folded):
        return True
    return any(w in lexicon.PARTICIPANT_NOUNS or w in lexicon.GROUP_HEADS for w in folded)


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


class PersonReading:
    """The people a report names: their posts, bodies and roles."""

    # --- people ----------------------------------------------------------------------------------------------

    def read_people(self):
        self.person_posts = {}
        self.person_spans = []  # (start, end, speaker) for statements: speaker is {"kind","slug"/"name"}
        person_ends = {}  # the ends of each known person's mentions so far
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
            # "Colonel X, Deputy Director of the Y Department, said that ..." and later ""...," Colonel X said.": the
            # post stated at one mention holds at the others, so someone who took part at any of them did so for the
            # bodies of the post written after each.
            ends = person_ends.setdefault(key, [])
            ends.append(match.end)
            if selected:
                self.select_bodies_of_participant(key, match.end, post)
                for earlier in ends[:-1]:
                    self.select_post_organizations(earlier)
            elif choices is None and any(
                link["selected"] for (k, slug, _), link in self.links.items() if k == "person" and slug == key
            ):
                self.select_post_organizations(match.end)
            self.person_spans.append((match.start, match.end, {"kind": "person", "slug": key}, match))
        self.read_speaker_of_title()
        self.read_new_people()
        self.read_roll_people()
        self.read_listed_people()
        self.person_spans.sort(key=lambda x: x[0])
        self.add_surname_references()
        self.settle_person_roles()

    # "Remarks by Ms. X, Resident Representative ..., at the Workshop on ...": a speech published under a title that
    # names its speaker, who may be named nowhere in the speech.
    SPEECH_TITLE = re.compile(
        r"^(?:(?:Opening|Closing|Welcome|Welcoming|Keynote|Introductory|Concluding)\s+)?"
        r"(?:Remarks|Speech|Statement|Address|Message)\s+(?:delivered\s+|given\s+)?by\s+",
        re.IGNORECASE,
    )

    def read_speaker_of_title(self):
        """A known person a speech's title names as its speaker spoke at the meeting the title places it at."""
        m = self.SPEECH_TITLE.match(self.title)
        if not m:
            return
        who = next((x for x in self.title_matches if x.start >= m.end()), None)
        if who is None or who.kind != "person" or len(who.keys) != 1 or who.start - m.end() > 20:
            return
        if re.search(r"[,;]", self.title[m.end() : who.start]):
            return  # the first person named after "by" is the speaker: no one else is set before them
        # The passage is the text's own: the first sentence the speaker says in the first person ("It is a pleasure
        # to be here ... I thank ..."), else the opening one.
        first = re.search(r"\b(?:I|I’m|I'm|me|my)\b", self.text)
        at = first.start() if first else 0
        link = self.add_link("person", who.keys[0][1], AttendanceRole.SPEAKER, at, at, True, 0.8)
        link["label"] = self.title[who.start : who.end]

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
            if self.overlaps_person(a, b):
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
        if end <= start or self.overlaps_person(start, end):
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
        found = False
        for m in self.mentions:
            if m.kind == "organization" and a <= m.start < b:
                kind, key, confidence, choices = self.resolve(m)
                found = True
                yield m, key, choices is None
        if found or not self.bare_post(self.text[a:b]):
            return
        # "X, Deputy Director, Criminal Police Department, Ministry of Public Security, Viet Nam": a bare post, then
        # its bodies one to a part between commas, as agendas and lists of speakers write them. Each part must be
        # a known body (with its bracketed acronym) or a country; the first other part ends the post.
        pos = b
        while pos < e and self.text[pos] == ",":
            nxt = re.match(r",\s*([^,;]*)", self.text[pos:e])
            ps, pe = pos + nxt.start(1), pos + nxt.end(1)
            part = self.text[ps:pe].strip()
            pe = ps + len(part)
            if not part:
                return
            bodies = [m for m in self.mentions if m.kind == "organization" and ps <= m.start < pe]
            if bodies and bodies[0].start == ps and re.fullmatch(r"\s*(?:\([^)]*\))?", self.text[bodies[0].end : pe]):
                kind, key, confidence, choices = self.resolve(bodies[0])
                yield bodies[0], key, choices is None
            elif not self.country_code(part):
                return
            pos = pe
            while pos < e and self.text[pos] in " \t":
                pos += 1

    def bare_post(self, chunk):
        """True for a post written without its body ("Deputy Director", "Senior Officer"): capitalised words, at
        least one of them a post word, and no "of" leading to a body."""
        words = chunk.split()
        return (
            0 < len(words) <= 5
            and all(w[:1].isupper() or w in ("and", "for") for w in words)
            and any(fold(p).strip(".") in lexicon.POST_WORDS for w in words for p in [w, *w.split("-")])
        )

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
        # "Colonel X, Deputy Director of the Y Department, thanked the hosts and said ...": the verb after the post
        # set off by commas is the person's.
        appo = POST_APPOSITION.match(after)
        if appo and SPEECH_AFTER.search(after[appo.end() - 1 :]):
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
        pos = 0
        while m := trigger.search(text, pos):
            pos = m.end()
            word = m.group()
            if word[:1].islower() and word.lower() not in ("the honorable", "the honourable"):
                # "the Tak provincial police Colonel X": a body's last word in lower case is no rank's; the rank
                # may start at the next word.
                pos = m.start() + len(word.split()[0])
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
            if (
                head_of
                and fold(head_of.group(1)) in lexicon.ORG_HEADS | lexicon.POST_WORDS
                and word[:1].isupper()
                and " " not in word.strip()
            ):
                # "the Directorate of General Crimes", "the Director of General Crimes": a rank's word inside a
                # body's name is no rank
                continue
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
            # "Undersecretary Ma. Theresa Santos, Officer-in-Charge": "Ma." is the given name's, not a sentence's end.
            r"(?<!\bMa\.\s)"
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
            # "Li Wei, deputy head of the ... Bureau": a head of something, not a head of state or the word alone.
            + r"|[Hh]ead(?=\s+of\s+(?:the\s+)?[A-Z]))\b",
            text,
        ):
            nstart, nend = m.start(1), m.end(1)
            named = self.without_courtesy_title(m.group(1), nstart)
            if not named:
                continue
            name, nstart = named
            # "headed by Col Kyaw Zin Htet, chairman of ...": a rank written without its stop opens no name.
            while len(name.split()) > 2 and normalise_word(name.split()[0]) in PHRASES:
                first = name.split()[0]
                nstart += name.index(" ", len(first) - 1) + 1
                name = name[len(first) :].lstrip()
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
            # '..." said Anna Berg of the Fishers' Network': the body the speaker comes from may follow the name.
            r"[”\"],?\s+(?:" + said + r"\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})"
            r"(?=\s*[.,;]|\s+in\b|\s+(?:of|from)\s+(?:the\s+)?[A-Z])"
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
            folded = [fold(w) for w in words]
            if any(
                item["kind"] == "person"
                and item["start"] < nstart
                and len(fold(item["name"]).split()) > len(folded)
                and fold(item["name"]).split()[: len(folded)] == folded
                for item in self.new.values()
            ):
                continue  # "Datuk Ahmad Rizal Mohd Noor ... Ahmad Rizal said": the given names of one read before
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
        # "Rin Sokhom of IOM presented the agency's ...": a name that opens a sentence, the body it is of, and a
        # verb of speech: a speaker at the meeting, with no post written.
        for m in re.finditer(
            r"(?:^|(?<=\n)|(?<=[.!?]\s))([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})(?=\s+(?:of|from)\s)", text
        ):
            name, nstart, nend = m.group(1), m.start(1), m.end(1)
            if nstart in seen_starts or self.is_covered(nstart, nend) or self.gaz_names_country(name):
                continue
            words = name.split()
            if holds_no_name(words, ("the", "he", "she", "they", "it", "we")) or any(
                fold(w) in lexicon.ORG_HEADS
                or fold(w) in lexicon.POST_WORDS
                or fold(w) in lexicon.MEETING_HEADS
                or normalise_word(w) in PHRASES
                or normalise_word(w) in RANK_FIRST_WORDS
                for w in words
            ):
                continue
            chain = BODY_CHAIN_AFTER.match(text[nend : nend + 300])
            if not chain or not SPEECH_AFTER.search(past_body(text[nend : nend + 300])):
                continue
            body = chain.group().strip()
            body_words = [fold(w) for w in re.findall(r"[\w’'-]+", body)[1:]]
            known = any(o.kind == "organization" and nend < o.start < nend + chain.end() for o in self.mentions)
            # "of IOM": a body by its acronym, one the base may not hold.
            acronym = re.fullmatch(r"(?:of|from)\s+(?:the\s+)?[A-Z][A-Z&-]{1,9},?", body)
            if not (known or acronym or names_a_body(body_words)):
                continue
            seen_starts.add(nstart)
            rank, honorific, tstart, leftover = titles_before(text, nstart)
            self.propose_person(name, nstart, nend, rank, honorific, tstart, leftover)
        # "Park Hyun-joo, who coordinates the agency's border work, said ...": a name that opens its sentence, set off
        # by a relative clause with "who" (a body would take "which"), then a verb of speech.
        for m in re.finditer(
            r"(?:^|(?<=[.!?]\s))([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}),\s+who\s+[^,;:.\"“”]{3,120},\s+"
            r"(?:also\s+)?(?:said|says|told|explained|noted|added|stressed|warned|urged|recalled|argued)\b",
            text,
            re.MULTILINE,
        ):
            name, nstart, nend = m.group(1), m.start(1), m.end(1)
            words = name.split()
            if nstart in seen_starts or self.is_covered(nstart, nend) or self.gaz_names_country(name):
                continue
            if holds_no_name(words, ("the", "he", "she", "they", "it", "we")) or any(
                fold(w) in self.ORG_WORDS | lexicon.POST_WORDS | lexicon.MEETING_HEADS for w in words
            ):
                continue
            if any(" ".join(normalise_word(w) for w in words[:n]) in PHRASES for n in range(1, len(words) + 1)):
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
        r"chairwoman|president|prosecutor|judge|justice|attaché|attache|envoy|manager|specialist|inspector|"
        r"governor|mayor)"
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
                # "Coordinating Minister for Political, Legal and Security Affairs, X,": a portfolio listed with
                # commas before its "and" is one post.
                + r")(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,;.]{2,80}"
                + r"(?:,\s+[A-Z][^,;.]{0,60}?\band\s+[A-Z][^,;.]{2,60})?)?"
                + r",\s+"
                + name
                # "... and the Permanent Secretary of Thailand's Ministry of Labour, Somsak Chaiyo.": the name may
                # close the sentence (a city there is left out below). A photo caption's "(centre)" may follow it.
                + r"(?=,|\.(?:\s|$)|\s+\((?:[a-z]+\s+){0,3}(?:centre|center|left|right|front|back|middle)\))"
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
                ) or (
                    # "of the U.S. Embassy": a country's initials run on to the body's name.
                    gap == "."
                    and len(tokens[j].text) == 1
                    and tokens[j].text.isupper()
                    and len(nxt.text) == 1
                    and nxt.text.isupper()
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
                # "Karen O'Donnell", "Luca D'Amico": a capital and an apostrophe open a surname's one word.
                elided = (
                    gap in ("'", "’")
                    and len(tokens[j].text) == 1
                    and tokens[j].text.isupper()
                    and nxt.text[:1].isupper()
                    and text[nxt.end : nxt.end + 1] not in ("'", "’")
                )
                if (gap not in (" ", "-") and not initial and not elided) or not (
                    nxt.text[:1].isupper() or nxt.folded in ("of", "for", "the", "at") or particle or portfolio_and
                ):
                    break
                j += 1
            run = []
            for tok in tokens[i + 1 : j + 1]:
                if run and text[run[-1].end : tok.start] in ("'", "’"):
                    word = text[run[-1].start : tok.end]
                    run[-1] = Token(run[-1].start, tok.end, word, fold(word))
                else:
                    run.append(tok)
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
            # "Director Jerome B. Santiago of the Department of Migrant Workers": the run goes on through the
            # body's name, whose last words ("Migrant Workers") are no one's; the name is the one before "of".
            past_cut = bool(name_tokens) and cut is not None and run.index(name_tokens[0]) > cut
            if (len(name_tokens) < 2 or past_cut) and cut and 2 <= cut <= 4:
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
            if (
                first
                and run[first - 1].folded in ("of", "for", "against")
                and any(t.folded in self.ORG_WORDS and t.text[:1].isupper() for t in run[: first - 1])
                and any(t.folded in ("of", "for", "against") for t in run[: first - 1])
            ):
                # "Director of the Centre for the Suppression of Online Scam ...": words after a body's remit are
                # its subject, not the director's name.
                continue
            if first == 1 and run[0].folded == "for":
                continue  # "Assistant Director for Vulnerable Communities, X": the post's field, not a name
            if first >= 2 and run[first - 1].folded == "of" and run[first - 2].folded in lexicon.ORG_HEADS:
                continue  # "... of the Department of Migrant Workers": the words end a body's name
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
        if not_a_persons_name(name.split()):
            return None
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
