"""Where a report lists who attended: a "Participants:" section, bullets under it, and plain-text tables.

An editor reads such a list as the meeting's roll: every body, country and person in it took part, whatever the
words around each name (a bullet has no verb to say so). These functions find the lines, from their layout and
their labels only; the analysis decides what the names in them are.
"""

import re
from dataclasses import dataclass, field

from .people import PHRASES, normalise_word
from .text import GRID_BORDER

# A line that opens a list of those who attended: "Participants:", "List of participants", "Attending:",
# "In attendance", "Delegations", "The following attended:", "The following agencies took part:". The label may
# stand alone or be followed by the list on the same line.
ROLL_LABEL = re.compile(
    r"[ \t]*(?:(?:[-•*·]|\d{1,2}[.)]|[A-Z][.)])[ \t]*)?(?:"
    # "The heads of the delegations were:", "The delegations were headed by:", "Participants were:"
    # "Among the heads of delegation were:", "Among those present were:": a part of the roll is still a roll.
    r"(?:among\s+)?(?:the\s+|those\s+)?(?:heads?\s+of\s+(?:the\s+)?delegations?|delegation\s+heads|delegations|"
    r"participants|attendees|delegates|present|attending|in\s+attendance)\s+(?:were|are)(?:\s+(?:headed|led)\s+by)?|"
    # "Attending the meeting were:", "Present at the session were:", "Also taking part in the workshop were:"
    r"(?:also\s+)?(?:attending|present|in\s+attendance|taking\s+part|participating)"
    r"(?:\s+(?:in\s+|at\s+)?(?:the|this)\s+[a-z]+)?\s+(?:were|was|are)|"
    r"(?:(?:the\s+)?list\s+of\s+)?(?:participants|attendees|delegations|delegates|participating\s+[a-z]+"
    r"(?:\s+and\s+[a-z]+)?)(?:\s+(?:by|per|from\s+each)\s+(?:countr(?:y|ies)|agency|agencies|organi[sz]ations?|"
    # "Taking part:" over its list, as "Attending:" is.
    r"delegations?))?|attending|attendance|present|in\s+attendance|those\s+present|taking\s+part|participating|"
    # "The following agencies were also represented:": an adverb may stand inside the verb.
    r"(?:the\s+)?following\s+(?:[a-z]+\s+){0,4}?(?:attended|took\s+part|participated|"
    r"(?:were|was)\s+(?:also\s+|likewise\s+|further\s+)?(?:present|represented|in\s+attendance)|joined)"
    r"(?:\s+[a-z]+){0,6}|"
    r"(?:the\s+)?(?:delegations|participants|attendees)\s+(?:[a-z]+\s+){0,4}?(?:as\s+follows|below)"
    r")[ \t]*(?::|[-–—]|\.)?[ \t]*",
    re.IGNORECASE,
)
# A line that names those who did something at the meeting after a label: "Chair: X", "Rapporteur: Y",
# "Speakers: A, B", "Resource persons: ...". The line is a roll of its own.
ROLE_LABEL = re.compile(
    r"[ \t]*(?:[-•*·][ \t]*)?(?:chair(?:person|man|woman)?|co-chairs?|vice-chairs?|rapporteurs?|moderators?|"
    r"facilitators?|speakers?|presenters?|panell?ists?|resource\s+persons?|keynote(?:\s+speakers?)?|"
    r"observers?|guests?(?:\s+of\s+honou?r)?|(?:presented|delivered|moderated|introduced)\s+by)[ \t]*:[ \t]*\S",
    re.IGNORECASE,
)
# A label that begins some other part of a report ("Outcomes:", "Background", "Next steps:"): the roll ends there.
OTHER_LABEL = re.compile(
    r"(?:(?:\d{1,2}|[A-Z])[.)][ \t]+)?"
    r"(?:outcomes?|results?|agenda|background|recommendations?|next\s+steps|conclusions?|programme|program|"
    r"sessions?|about|notes?|contacts?|summary|key\s+\w+|discussions?|highlights|decisions?|actions?|"
    r"follow[- ]up|statements?|media|opening|closing|welcome|remarks|presentations?|any\s+other\s+business)\b",
    re.IGNORECASE,
)
BULLET = re.compile(r"[ \t]*(?:[-•*·–—▪◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+")
# Headers of a table's columns, by what the column holds.
COLUMN_WORDS = {
    "name": re.compile(
        r"\b(?:names?|participants?|delegates?|representatives?|attendees?|officials?|speakers?|presenters?|"
        r"heads?\s+of\s+(?:delegation|mission)s?|delegation\s+heads?)\b",
        re.I,
    ),
    "post": re.compile(r"\b(?:posts?|positions?|titles?|designations?|ranks?|roles?|functions?)\b", re.I),
    "agency": re.compile(
        r"\b(?:agenc(?:y|ies)|organi[sz]ations?|institutions?|ministr(?:y|ies)|bod(?:y|ies)|offices?|units?|"
        r"departments?|affiliations?)\b",
        re.I,
    ),
    "country": re.compile(r"\b(?:countr(?:y|ies)|delegations?|member\s+states?|nationalit(?:y|ies))\b", re.I),
}


@dataclass
class Cell:
    start: int
    end: int
    text: str


@dataclass
class Table:
    """A plain-text table: its header's columns by what they hold ({"name": 0, ...}) and its rows of cells."""

    start: int
    end: int
    columns: dict = field(default_factory=dict)
    rows: list = field(default_factory=list)


def lines_of(text):
    """(start, end, line) for every line of text, without its line break."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def split_cells(line, start):
    """The cells of a table row written with bars ("a | b | c") or tabs, as Cells with offsets in the text."""
    sep = "|" if line.count("|") >= 2 else "\t"
    cells = []
    pos = 0
    for part in line.split(sep):
        lead = len(part) - len(part.lstrip())
        stripped = part.strip()
        if stripped:
            cells.append(Cell(start + pos + lead, start + pos + lead + len(stripped), stripped))
        else:
            cells.append(Cell(start + pos, start + pos, ""))
        pos += len(part) + 1
    # "| a | b |": the empty cells outside the outer bars are no columns.
    if cells and not cells[0].text and line.lstrip().startswith(sep):
        cells = cells[1:]
    if cells and not cells[-1].text and line.rstrip().endswith(sep):
        cells = cells[:-1]
    return cells


def is_table_row(line):
    return line.count("|") >= 2 or line.count("\t") >= 2


def tables(text):
    """The plain-text tables whose header names a column of people (name, participant, delegate ...)."""
    found = []
    current = []
    for start, end, line in [*lines_of(text), (len(text), len(text), "")]:
        if is_table_row(line):
            current.append((start, end, line))
            continue
        if line.strip() and GRID_BORDER.fullmatch(line):
            continue  # a grid's border parts no rows: the header above it and the rows below are one table
        if len(current) >= 2:
            header = split_cells(current[0][2], current[0][0])
            columns = {}
            for kind, pattern in COLUMN_WORDS.items():
                for i, cell in enumerate(header):
                    if pattern.search(cell.text) and i not in columns.values():
                        columns[kind] = i
                        break
            if "name" in columns:
                table = Table(current[0][0], current[-1][1], columns)
                for s, _e, row in current[1:]:
                    if re.fullmatch(r"[\s|:+=\t-]*", row):
                        continue  # "---|---": a rule under the header
                    table.rows.append(split_cells(row, s))
                found.append(table)
        current = []
    return found


def is_prose(line):
    """A line of running text (not a list item, a table row or a short heading)."""
    words = line.split()
    if BULLET.match(line) or is_table_row(line):
        return False
    # A long line, or a sentence: it ends with a full stop and most of its words are in lower case ("A report found
    # that ..."), where a list line is names, posts and bodies in capitals.
    lower = sum(1 for w in words if w[:1].islower())
    if len(words) >= 12:
        # A long line of names, posts and bodies ("Thailand - Pol. Maj. Gen. X, Commander, ...; Pol. Col. Y, ...")
        # is still a list line: prose has many words in lower case.
        return lower >= 0.3 * len(words)
    return len(words) >= 6 and line.rstrip()[-1:] in ".!?" and lower >= 3


def roll_sections(text):
    """(start, end) spans of the lines that list who attended: a labelled roll and the list lines under it, and
    every table of people."""
    spans = []
    lines = list(lines_of(text))
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        role = ROLE_LABEL.match(line)
        turn = line[line.find(":") + 1 :].strip() if role else ""
        # "PRESENTER: Who was in the room?", "MODERATOR: And after the break, we turn to ...": a transcript's turn
        # of speech under its speaker's label is a question or a sentence, not the name of who held the role.
        if role and not (turn.endswith("?") or is_prose(turn)):
            spans.append((start, end))
            i += 1
            continue
        label = ROLL_LABEL.match(line)
        if not label:
            # "... took part. Participants by country:": the label ends a line of prose.
            last = re.search(r"[.!?][ \t]+(?=[A-Z][^.!?]*:[ \t]*$)", line)
            tail = ROLL_LABEL.fullmatch(line, last.end()) if last else None
            label = tail if tail and line.rstrip().endswith(":") else None
        rest = line[label.end() :].strip() if label else ""
        # The label alone on its line (with or without a colon), or followed by its list after a colon.
        if not label or (rest and not re.search(r"[:–—-][ \t]*$", line[: label.end()])):
            i += 1
            continue
        section_end = end
        numbered = bool(re.match(r"[ \t]*(?:\d{1,2}|[A-Z])[.)]", line))
        j = i + 1
        while j < len(lines) and not lines[j][2].strip():
            j += 1
        first = j
        while j < len(lines):
            _s, e, following = lines[j]
            stripped = following.strip()
            if not stripped:
                j += 1
                continue
            if len(stripped.split()) <= 5 and OTHER_LABEL.match(stripped):
                break
            if is_prose(following):
                if j == first and not rest:
                    # The paragraph right under a "Participants" heading says who took part, in sentences.
                    section_end = e
                break
            if (
                numbered
                and re.match(r"(?:\d{1,2}|[A-Z])[.)][ \t]+[A-Z]", stripped)
                and not re.search(r"[,:]", stripped)
            ):
                break  # "2. Opening remarks": the next numbered part of the minutes
            if ROLL_LABEL.fullmatch(following):
                break
            section_end = e
            j += 1
        spans.append((start, section_end))
        i = j if j > i + 1 else i + 1
    spans.extend(headed_lists(lines))
    for table in tables(text):
        spans.append((table.start, table.end))
    return sorted(set(spans))


def headed_lists(lines):
    """A short heading ("Lao PDR", "Thailand:") over bullets that begin with a rank or an honorific: the delegates
    of what the heading names."""
    found = []
    for i, (start, _end, line) in enumerate(lines):
        heading = line.strip().rstrip(":")
        words = heading.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or re.search(r"[.,;!?]", heading):
            continue
        if OTHER_LABEL.match(heading):
            continue  # "Key Outcomes", "Opening Session": another part of the report
        j, section_end, people = i + 1, None, 0
        while j < len(lines) and BULLET.match(lines[j][2]):
            bullet = lines[j][2][BULLET.match(lines[j][2]).end() :].split()
            people += any(" ".join(normalise_word(w) for w in bullet[:n]) in PHRASES for n in range(1, 5))
            section_end = lines[j][1]
            j += 1
        if section_end is not None and people:
            found.append((start, section_end))
    return found
