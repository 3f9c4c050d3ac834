"""New names written in shapes the main readers of `analysis.py` miss (docs/intake.md, fourteenth round).

Each reader takes the running `Analysis` and proposes through its own `propose_person` and `add_new`, so the
checks every new name goes through (known names, countries, roles, passages) are the same.
"""

import re

from meetings.models import fold

from . import gazetteer as gz
from . import lexicon
from .cues import subdivision_country
from .people import NICKNAME, PHRASES, name_after, titles_before
from .text import Document

NOT_NAME_WORDS = lexicon.NOT_NAME_WORDS

# A capitalised name of two to four words ("Maria Gomez", "Tan Boon Huat", "Ana Cruz-Lopez"), for the readers that
# need to know where it ends themselves.
NAME = r"[A-Z][\w’'-]+(?:\s+(?:bin|binti|van|de|da|dela)?\s*[A-Z][\w’'-]+){1,3}"

# "UNODC's Maria Gomez outlined ...", "the IOM's Ana Cruz, who ...", "Thailand's Somchai Boonmee said":
# a body's or a country's possessive, then a name and what that person did (a verb in the past or present, "who"),
# or a comma. A lower-case noun after the words ("INTERPOL's Vulnerable Communities unit", "UNODC's Synthetic
# Drugs report") makes them a unit's or a document's name, not a person's.
POSSESSIVE_PERSON = re.compile(
    r"(?<![\w-])([A-Z][\w&-]*)[’']s\s+(" + NAME + r")"
    r"(?=\s+(?:[a-z]+ed|said|says|told|spoke|gave|led|took|made|went|met|sees|tells|warns|notes|adds|who|also)\b"
    r"|\s*,\s+(?:who|a|an|the|[a-z]+ed)\b|\s*[:;])"
)

# "Superintendent of Police (Supt) X" is read as a rank; a post with its country after "to" is read here:
# "Australian Ambassador to Cambodia Peter Lowe said", "the EU's Special Envoy to Myanmar Ana Cruz".
POST_TO_COUNTRY = re.compile(
    r"\b(?:Ambassador|Envoy|High\s+Commissioner|Consul[- ]General|Consul|Representative|Chargé\s+d’affaires|"
    r"Charge\s+d'affaires|Chargé\s+d'affaires)\s+to\s+(?:the\s+)?(?=[A-Z])"
)

# "Justice Undersecretary Ana "Annie" Cruz-Lopez": a nickname in quotes ends the run of capitalised words the post
# reader follows; the name reader of people.py reads past it.
POST_BEFORE_NICKNAMED = re.compile(
    r"\b(?:Secretary|Undersecretary|Under-Secretary|Minister|Director|Commissioner|Governor|Mayor|Senator|"
    r"Ambassador|Chief|Head|Chairman|Chairperson|Chairwoman|President|Spokesperson|Prosecutor|Judge|Attorney)\s+"
    r"(?=(?:Ma\.\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*[\"“][A-Z])"
)

# "the British Embassy Hanoi", "the Thai Consulate-General Kunming": a mission named with its seat, no "in";
# "our Philippine Consulate General in Manado": or with it.
MISSION_HEADS = ("Embassy", "Consulate-General", "Consulate General", "Consulate", "High Commission")
MISSION = re.compile(
    r"\b((?:[A-Z][\w-]+\s+){1,3}(?:" + "|".join(h.replace(" ", r"\s+") for h in MISSION_HEADS) + r"))\s+"
    r"(?:in\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    # "the Chinese embassy in Bangkok": a newspaper writes the head in lower case, the seat after "in".
    r"|\b((?:[A-Z][\w-]+\s+){1,2}(?:embassy|consulate|consulate-general))\s+in\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)

# "the Delegation of the European Union to Malaysia": a union's or organisation's mission to a country.
# "the EU Delegation to Thailand": the same, with the union's acronym in front.
DELEGATION_TO = re.compile(
    r"\b((?:Delegation\s+of\s+the\s+(?:[A-Z][\w-]+\s+){1,4}|[A-Z]{2,6}\s+Delegation\s+)to\s+(?:the\s+)?"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)

# "H.E. X, Ambassador of the Kingdom of Cambodia to Thailand": the ambassador's post names the mission, as a
# minister's names the ministry.
AMBASSADOR_OF = re.compile(
    r"\bAmbassador\s+of\s+((?:the\s+)?(?:[A-Z][\w’'-]+\s+(?:of\s+(?:the\s+)?)?){0,3}?[A-Z][\w’'-]+)\s+to\s+"
    r"((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)

# "the ILO's Ship to Shore Rights South East Asia programme": a body's programme or project named in capitals
# before the common noun, after its owner's possessive.
NAMED_PROGRAMME = re.compile(
    r"\b[A-Z][\w-]+(?:’s|'s)\s+([A-Z][\w-]+(?:\s+(?:to|of|for|and|on|against|in)?\s*[A-Z][\w-]+){1,7})\s+"
    r"(?:programme|program|project)\b"
)

# "Deputy Governor of Chiang Rai province", "the Governor of Savannakhet Province": the officer of a province's
# administration; "the Chiang Rai provincial administration" written out.
GOVERNOR_OF_PROVINCE = re.compile(
    r"\b(?:(?:Deputy|Vice|Acting)[\s-]+)?Governor\s+of\s+((?:[A-Z][\w-]+\s+){1,3})[Pp]rovince\b"
)
# "the East Java regional police", "the Tak provincial police": a province's police command, written in lower case
# after the province's name.
PROVINCIAL_BODY = re.compile(
    r"\b((?:[A-Z][\w-]+\s+){1,3})(provincial\s+(?:administration|government|authorities|authority|police|"
    r"people’s\s+committee|people's\s+committee)|regional\s+police)\b"
)

# "of Bareskrim, the criminal investigation agency of the Indonesian National Police": a body known by a short or
# local name with no head word, which the apposition after it describes as a body of another.
DESCRIBED_BODY = re.compile(
    r"\b(?:of|from|at|with)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),\s+(?:the|a|an)\s+((?:[a-z][\w-]*\s+){0,5}?)"
    r"(" + "|".join(sorted(h for h in lexicon.ORG_HEADS if h.isalpha())) + r")\s+(?:of|under|within)\s+(?:the\s+)?"
    r"[A-Z]"
)


# "By Jane Roe, Regional Advocacy Coordinator": the byline of a signed account, on a line of its own near the top.
BYLINE = re.compile(r"^[ \t]*By[ \t]+(" + NAME + r")(?:[ \t]*,[ \t]*[^\n]{0,80})?[ \t]*$", re.MULTILINE)
# A post on social media: the author's name alone on the first line (with the network's marks, "• 1st"), then their
# post, "Commander, Southeast Asia Operations | Australian Federal Police".
AUTHOR_HEADER = re.compile(r"\A\s*(" + NAME + r")[ \t]*(?:[•·|][^\n]{0,20})?\n[ \t]*([A-Z][^\n]{2,150})\n")
# The writer says in the first person that they were there: "I sat in ...", "I attended", "I was among ...",
# "Proud to have represented the X at ...".
FIRST_PERSON_THERE = re.compile(
    r"\bI\s+(?:also\s+)?(?:sat|attended|joined|took part|participated|spoke|presented|moderated|chaired|"
    r"was (?:in|at|among|one of))\b"
    r"|\b(?:Proud|Honou?red|Privileged|Pleased|Delighted|Grateful)\s+to\s+have\s+(?:represented|attended|joined|"
    r"taken part|participated|spoken|presented|moderated|chaired)\b"
)


def read_people(analysis, seen_starts):
    """New people in shapes the post and rank readers miss."""
    text = analysis.text
    found = []
    roles = {}  # the role read for a name cut short, kept for the whole name
    # A signed first-person account of the meeting ("By X ... Last Thursday I sat in a crowded meeting room"): the
    # writer took part, and is named only in the byline.
    byline = BYLINE.search(text[:400])
    if byline and FIRST_PERSON_THERE.search(text):
        found.append((byline.group(1), byline.start(1)))
    author = AUTHOR_HEADER.match(text)
    if author and not byline and FIRST_PERSON_THERE.search(text) and holds_a_post(author.group(2)):
        found.append((author.group(1), author.start(1)))
    for m in POSSESSIVE_PERSON.finditer(text):
        owner = m.group(1)
        # The owner is a body, known or written as an acronym ("UNODC's", "the IOM's"), or a country ("Thailand's");
        # after a person's possessive ("Anna Berg's") the words are not read.
        body = (
            owner.isupper()
            and len(owner) >= 2
            or any(x.kind == "organization" and x.end == m.end(1) for x in analysis.mentions)
        )
        if not (body or country_of_word(analysis, owner)):
            continue
        found.append((m.group(2), m.start(2)))
    for m in POST_TO_COUNTRY.finditer(text):
        # The country may be of several words ("Viet Nam", "the Lao PDR"): the longest that names one.
        words = list(re.finditer(r"[A-Z][\w’'-]*", text[m.end() : m.end() + 60]))
        for k in range(min(3, len(words) - 2), 0, -1):
            if text[m.end() + words[k - 1].end() : m.end() + words[k].start()] != " ":
                continue
            if analysis.country_code(text[m.end() : m.end() + words[k - 1].end()]):
                got = name_after(text, m.end() + words[k].start())
                if got:
                    found.append((got[0], got[1]))
                break
    for m in POST_BEFORE_NICKNAMED.finditer(text):
        got = name_after(text, m.end())
        if got and NICKNAME.search(text[got[1] : got[2]]):
            found.append((got[0], got[1]))
            roles[got[1]] = drop_cut_name(analysis, got[0], got[1], seen_starts)
    for name, nstart in found:
        words = name.split()
        if nstart in seen_starts or any(fold(w) in NOT_NAME_WORDS for w in words):
            continue
        if words[0].lower() in PHRASES or words[0].lower() + "." in PHRASES:
            continue
        # The end of the name in the text (a nickname inside makes it longer than the name).
        last = words[-1]
        nend = text.index(last, nstart) + len(last)
        if analysis.is_covered(nstart, nend) or analysis.gaz_names_country(name):
            continue
        if any(s <= nstart < e for s, e, *_ in analysis.person_spans):
            continue
        seen_starts.add(nstart)
        rank, honorific, tstart, leftover = titles_before(text, nstart)
        analysis.propose_person(name, nstart, nend, rank, honorific, tstart, leftover)
        item = next(reversed(analysis.new.values()), None)
        if roles.get(nstart) and item and item["kind"] == "person" and item["end"] == nend:
            item["role"] = roles[nstart]


def holds_a_post(line):
    """Whether a line under an author's name opens with a post or a rank ("Commander, ...", "Senior Adviser at X")."""
    words = re.findall(r"[\w’'-]+", line)[:3]
    return any(
        fold(w) in lexicon.POST_WORDS or fold(w) in {p.split()[0] for p in lexicon.RANKS} for w in words[:2]
    ) and not any(fold(w) in lexicon.MONTHS for w in words)


def drop_cut_name(analysis, name, nstart, seen_starts):
    """ "Ma. Lourdes", read by the post reader up to the nickname, is the start of the whole name read here."""
    for key, item in list(analysis.new.items()):
        if item["kind"] == "person" and item["name"] != name and name.startswith(item["name"] + " "):
            span = [p for p in analysis.person_spans if p[0] == nstart]
            if span:
                del analysis.new[key]
                analysis.person_spans.remove(span[0])
                seen_starts.discard(nstart)
                return item.get("role")
    return None


def read_bodies(analysis):
    """New bodies in shapes the run of capitalised words misses."""
    text = analysis.text
    for m in MISSION.finditer(text):
        g = 1 if m.group(1) else 3  # the head as a name, or in lower case
        seat = m.group(g + 1)
        place = [x for x in gz.find(analysis.gaz, Document(seat)) if x.kind == "city" and x.start == 0]
        if not place:
            continue
        seat = seat[: place[0].end]
        head = m.group(g)
        words = head.split()
        if words[0] in ("The", "A", "An"):
            words = words[1:]
        # "the British Embassy", "the Thai Consulate-General": the country's adjective or name opens the name.
        country = country_of_word(analysis, words[0]) if len(words) > 1 else None
        if not country and len(words) > 2 and words[0] == "Royal":
            country = country_of_word(analysis, words[1])  # "the Royal Thai Embassy": a kingdom's style first
        if not country:
            continue
        start, end = m.start(g) + head.index(words[0]), m.start(g + 1) + len(seat)
        # "the British Embassy in Suva": the mission read without its seat is the same body, proposed once.
        for key, item in list(analysis.new.items()):
            if item["kind"] == "organization" and item["start"] == start and item["end"] <= m.end(g):
                analysis.new.pop(key)
        name = text[start:end]
        if g == 3:
            name = re.sub(r"\b(embassy|consulate)", lambda h: h.group(1).capitalize(), name, count=1)
        propose_body(analysis, name, start, end, country=country)
    for m in DELEGATION_TO.finditer(text):
        name = m.group(1)
        country = analysis.country_code(name.rsplit(" to ", 1)[1].removeprefix("the "))
        if country:
            propose_body(analysis, name, m.start(1), m.end(1), country=country)
    for m in AMBASSADOR_OF.finditer(text):
        sender, receiver = m.group(1), m.group(2)
        while receiver and not analysis.country_code(receiver):
            receiver = receiver.rpartition(" ")[0]  # "to Thailand Daniel Whitford": the country alone
        code = analysis.country_code(sender)
        if code and receiver and analysis.country_code(receiver) and analysis.country_code(receiver) != code:
            end = m.start(2) + len(receiver)
            propose_body(analysis, f"Embassy of {text[m.start(1) : end]}", m.start(), end, country=code.upper())
    for m in NAMED_PROGRAMME.finditer(text):
        name = m.group(1)
        start, end = m.start(1), m.end(1)
        if analysis.gaz_names_country(name) or analysis.is_covered(start, end):
            continue
        if any(fold(w) in lexicon.ORG_HEADS or fold(w) in lexicon.MEETING_HEADS for w in name.split()):
            continue  # "the Ministry's Labour Inspection Department project": a body's name, read elsewhere
        propose_body(analysis, name, start, end)
    for m in GOVERNOR_OF_PROVINCE.finditer(text):
        place = m.group(1).strip()
        if analysis.country_code(place):
            continue
        # The governor's office is the province's administration, a body an editor adds under that name.
        propose_body(analysis, f"{place} provincial administration", m.start(1), m.end(1) + len("province") + 1)
    for m in PROVINCIAL_BODY.finditer(text):
        place = m.group(1).strip()
        words = place.split()
        while words and (words[0].lower() in ("the", "a") or words[0] in ("The", "A")):
            words = words[1:]
        if not words or analysis.country_code(" ".join(words)):
            continue
        start = m.start(1) + m.group(1).index(words[0])
        propose_body(analysis, text[start : m.end(2)], start, m.end(2))
    for m in DESCRIBED_BODY.finditer(text):
        name = m.group(1)
        start, end = m.start(1), m.end(1)
        if analysis.gaz_names_country(name) or analysis.is_covered(start, end):
            continue
        if any(fold(w) in NOT_NAME_WORDS for w in name.split()):
            continue
        if analysis.overlaps_person(start, end):
            continue
        propose_body(analysis, name, start, end)
    read_units_in_cells(analysis)
    read_local_offices(analysis)
    read_publishing_convener(analysis)
    fold_short_forms(analysis)


# "| Indonesia | Ratna Dewi | Bareskrim, Indonesian National Police |": a table's agency cell that writes a unit by
# its short name with no head word, then the body it belongs to after a comma.
UNIT_IN_CELL = re.compile(r"(?<=\|)[ \t]*([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?),[ \t]+([^|\n]+?)[ \t]*(?=\|)")


def read_units_in_cells(analysis):
    """Units named in a table's cells before their parent body, which the cell gives after a comma."""
    text = analysis.text
    for m in UNIT_IN_CELL.finditer(text):
        name = m.group(1)
        start, end = m.start(1), m.end(1)
        words = [fold(w) for w in name.split()]
        if any(w in lexicon.ORG_HEADS or w in NOT_NAME_WORDS for w in words):
            continue  # "Criminal Police Department, Ministry of ...": the run of capitalised words reads these
        if analysis.gaz_names_country(name) or analysis.is_covered(start, end):
            continue
        if analysis.overlaps_person(start, end):
            continue
        parent_start = m.start(2)
        known = any(x.kind == "organization" and x.start == parent_start for x in analysis.mentions)
        new = any(
            item["kind"] == "organization" and item["start"] <= parent_start < item["end"]
            for item in analysis.new.values()
        )
        if known or new:
            propose_body(analysis, name, start, end)


# "the X-Y Border Liaison Office (BLO)": a kind of office the text defines by its acronym.
DEFINED_OFFICE = re.compile(r"\b((?:[A-Z][\w’'-]*\s+){0,6}([A-Z][\w-]*))\s+\(([A-Z]{2,8})\)")


def read_local_offices(analysis):
    """Offices of a kind the text defines by its acronym, named after their town: with "the Myanmar-China Border
    Liaison Office (BLO)" defined, "at the Muse BLO" and "head of the Ruili BLO" are two offices, each its town's.
    Only after "the", and not a country's name or adjective ("the Myanmar BLO" is no town's office)."""
    text = analysis.text
    kinds = {m.group(3) for m in DEFINED_OFFICE.finditer(text) if fold(m.group(2)) in lexicon.ORG_HEADS}
    for acronym in kinds:
        for m in re.finditer(rf"\b[Tt]he\s+([A-Z][a-z][\w’'-]*)\s+{acronym}\b", text):
            town = m.group(1)
            if country_of_word(analysis, town) or fold(town) in lexicon.MONTHS:
                continue
            propose_body(analysis, f"{town} {acronym}", m.start(1), m.end())


# "RCSD convened its annual conference", "the Centre hosted ...": the publishing body named as the convener.
CONVENED = (
    r"\s+(?:has\s+|had\s+)?(?:convened|co-?convened|hosted|co-?hosted|organi[sz]ed|co-?organi[sz]ed|"
    r"co-?facilitated|facilitated)\b"
)


def read_publishing_convener(analysis):
    """A report on the convener's own site: the header names the body ("Publisher: Regional Centre for X (RCX),
    Faculty of Y, Z University") and the text says it convened the meeting by its acronym or name. The header's
    bodies, the convener and the ones it belongs to, are new bodies the editor adds; the passage is the sentence
    that names the convener."""
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+[–—-]\s+", analysis.publisher) if p.strip()]
    if not parts:
        return
    # "Mekong X Alliance (blog)": a note of the medium in lower case is no part of the name.
    parts[0] = re.sub(r"\s*\([a-z][^()]*\)$", "", parts[0])
    first = re.match(r"^(.*?)\s*\(([A-Z][\w-]{1,12})\)$", parts[0])
    name, acronym = (first.group(1), first.group(2)) if first else (parts[0], None)
    said = [re.escape(name)] + ([re.escape(acronym)] if acronym else [])
    # "Publisher: Bridges Home Cambodia" ... "Bridges Home co-facilitated the morning session": a body named after
    # its country writes of itself without it.
    words = name.split()
    short = " ".join(words[:-1]) if len(words) >= 3 and country_of_word(analysis, words[-1]) else ""
    if short:
        said.append(re.escape(short))
    # "which our alliance co-organised": the publisher writes of itself by its head word.
    head = name.split()[-1] if name.split() else ""
    if fold(head) in lexicon.ORG_HEADS:
        said.append(r"(?<=\b[Oo]ur\s)" + re.escape(head.lower()))
    m = re.search(r"\b(?:the\s+)?(?P<said>" + "|".join(said) + r")" + CONVENED, analysis.text)
    if m:
        start, end = m.start(), m.end("said")
    elif not acronym:
        # "Publisher: International Labour Organization" over "organized by the ILO's ... programme": the
        # publisher's initials, written in capitals, after a passive verb of organising.
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        if len(initials) >= 3 and len(name.split()) >= 3:
            m = re.search(
                r"\b(?:convened|co-?convened|hosted|co-?hosted|organi[sz]ed|co-?organi[sz]ed)\s+by\s+(?:the\s+)?("
                + re.escape(initials)
                + r")\b",
                analysis.text,
            )
        if not m:
            return
        acronym = initials
        start, end = m.start(1), m.end(1)
    else:
        return
    role, _explicit = analysis.roles_for(start, end)
    for k, part in enumerate(parts):
        part = name if k == 0 else part
        words = part.split()
        if len(words) < 2 or not (any(fold(w) in lexicon.ORG_HEADS for w in words) or (k == 0 and short)):
            continue
        if any(
            x.kind == "organization" and x.start == 0 and x.end == len(part)
            for x in gz.find(analysis.gaz, Document(part))
        ):
            continue  # a body the base holds
        item = analysis.add_new("organization", part, start, end, acronym=acronym if k == 0 else None, role=role[0])
        item["label"] = analysis.text[start:end]


def country_of_word(analysis, word):
    """The country a single word names or is the adjective of ("British", "Thailand"), or None."""
    found = [m for m in gz.find(analysis.gaz, Document(word)) if m.kind in ("country", "demonym")]
    return found[0].keys[0][1] if found and found[0].start == 0 and found[0].end == len(word) else None


def fold_short_forms(analysis):
    """ "the Inter-Agency Taskforce on Forced Labour (FL Taskforce)", "the Division for ... (Division 7)": a short
    form in brackets right after a new body's name is that body's, not another body."""
    text = analysis.text
    bodies = sorted(
        ((item["start"], item["end"], key) for key, item in analysis.new.items() if item["kind"] == "organization"),
    )
    for start, end, key in bodies:
        if text[start - 1 : start] != "(" or text[end : end + 1] != ")" or key not in analysis.new:
            continue
        before = next(
            (
                item
                for k, item in analysis.new.items()
                if k != key and item["kind"] == "organization" and item["end"] in (start - 2, start - 1)
            ),
            None,
        )
        if before is not None:
            before["acronym"] = before.get("acronym") or text[start:end]
            del analysis.new[key]


def propose_body(analysis, name, start, end, country=None):
    if any(m.kind == "organization" and m.start <= start and m.end >= end for m in analysis.mentions):
        return None  # a body the base holds
    for item in list(analysis.new.values()):
        # A body read over this one and what follows it ("the X Embassy Manila and the Y Police") is this one.
        if item["kind"] == "organization" and item["start"] <= start < item["end"] and item["name"] != name:
            rest = analysis.text[end : item["end"]]
            if item["end"] > end and re.match(r"^\s+(?:and|&)\s", rest):
                analysis.new.pop(next(k for k, v in analysis.new.items() if v is item))
    subdivision = country or (subdivision_country(name.split(" provincial ")[0]) or "").upper() or None
    role, _explicit = analysis.roles_for(start, end)
    item = analysis.add_new("organization", name, start, end, country=subdivision, role=role[0])
    item["label"] = name
    return item


def read_namesakes_of_other_countries(analysis):
    """ "the Ministry of Home Affairs of Malaysia ... Ministry of Home Affairs, Singapore;": a new body's name written
    with one country and, elsewhere, with another after a comma names two bodies, one in each country. The second is
    proposed under the name as written there, with its country."""
    text = analysis.text
    for item in [i for i in analysis.new.values() if i["kind"] == "organization"]:
        name = item["name"]
        if len(name.split()) < 2:
            continue
        owners = set()
        if item.get("country"):
            owners.add(item["country"].upper())
        said = re.escape(name)
        for m in re.finditer(
            rf"(?:\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:’s|'s|’|')\s+)?{said}(?:\s+of\s+(?:the\s+)?"
            r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)|,\s+([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?=\s*[;.\n]|$))?",
            text,
        ):
            for g in (1, 2, 3):
                code = m.group(g) and analysis.country_code(m.group(g))
                if code:
                    owners.add(code.upper())
        if len(owners) < 2:
            continue
        for m in re.finditer(rf"\b{said},\s+([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?=\s*[;.\n]|$)", text):
            code = analysis.country_code(m.group(1))
            if not code or code.upper() == (item.get("country") or "").upper():
                continue
            first = re.search(rf"\b{said}\b", text)
            if first and first.start() == m.start():
                continue  # the body is first written with this country: it is the item itself
            other = analysis.add_new(
                "organization", m.group(), m.start(), m.end(), country=code.upper(), role=item.get("role")
            )
            other["label"] = m.group()


def drop_unscoped_repeats(analysis):
    """ "the UNODC Regional Office" in one sentence, "UNODC Regional Office for Southeast Asia and the Pacific" in
    another: an office written once without the region or field it serves is the same office, proposed once under
    its full name."""
    bodies = [(key, item) for key, item in analysis.new.items() if item["kind"] == "organization"]
    for key, item in bodies:
        name = item["name"]
        if len(name.split()) < 2 or fold(name.split()[-1]) not in ("office", "centre", "center", "bureau", "unit"):
            continue
        if any(other is not item and fold(other["name"]).startswith(fold(name) + " for ") for _k, other in bodies):
            analysis.new.pop(key, None)


def place_provincial_bodies(analysis):
    """ "the Provincial Border Guard Command", "the Provincial Police" in a report that names "the Lào Cai Provincial
    Police": a province's body written without the province, where the report names the provincial bodies of one
    province only, is that province's, and is proposed under its full name (once, if the text writes it so too)."""
    bodies = [(key, item) for key, item in analysis.new.items() if item["kind"] == "organization"]
    places = set()
    for _key, item in bodies:
        m = re.match(r"^((?:[A-Z\u00C0-\u024F\u1E00-\u1EFF][\w’'-]*\s+){1,3})Provincial\s+[A-Z]", item["name"])
        if m and not any(fold(w) in lexicon.ORG_HEADS for w in m.group(1).split()):
            places.add(m.group(1).strip())
    if len(places) != 1:
        return
    place = places.pop()
    names = {fold(item["name"]) for _key, item in bodies}
    for key, item in bodies:
        if not item["name"].startswith("Provincial ") or item["name"][-1:].isdigit():
            continue  # "Provincial Police Region 6": a national force's numbered region, no province's
        full = f"{place} {item['name']}"
        rest = item["name"].removeprefix("Provincial ")
        # "the Provincial People's Committee" beside "the People's Committee of Lào Cai province": one body.
        if fold(full) in names or fold(f"{rest} of {place} province") in names:
            analysis.new.pop(key, None)
        else:
            item["name"] = full
            if "label" in item:
                item["label"] = full


# "the county's Women's Federation", "the province's Department of Health": a body owned by a kind of place the
# sentence has named before ("the Hekou County Public Security Bureau").
PLACE_OWNED = re.compile(r"\bthe\s+(county|province|city|district|municipality)(?:’s|'s)\s+(?=[A-Z])")


def name_bodies_of_named_places(analysis):
    """A body after "the county's" is the body of the one county the sentence names ("Hekou County"), and is
    proposed under that place's name, as the report names the county's other bodies."""
    text = analysis.text
    for m in PLACE_OWNED.finditer(text):
        item = next(
            (i for i in analysis.new.values() if i["kind"] == "organization" and i["start"] == m.end()),
            None,
        )
        if item is None:
            continue
        kind = m.group(1).capitalize()
        s, _e = analysis.sentence_span(m.start())
        places = {
            p.group(1)
            for p in re.finditer(rf"\b((?:[A-Z][\w’'-]*\s+){{1,2}}){kind}\b", text[s : m.start()])
            if not any(fold(w) in lexicon.ORG_HEADS or fold(w) in ("the", "and") for w in p.group(1).split())
        }
        if len(places) != 1:
            continue
        item["name"] = f"{places.pop().strip()} {kind} {item['name']}"
        if "label" in item:
            item["label"] = item["name"]
