"""Scoring the report intake on cases an editor prepared by hand (issue 10).

A case is a report ``NAME.txt`` (optional header lines ``Title:``, ``Publisher:``, ``Published: YYYY-MM-DD``, a
blank line, then the text) beside ``NAME.expected.json``::

    {"existing": {"organizations": [slugs], "people": [slugs], "countries": [ISO codes], "agreements": [slugs],
                  "forums": [slugs]},
     "optional": {the same kinds: links neither required nor counted wrong},
     "event": {field: value},
     "new": {"people": [names], "organizations": [names]}}

The rules, chosen so that a figure means what an editor would expect of it:

Links
    Only the links ``analyse()`` pre-selects (``selected`` true) are scored, as (kind, slug) pairs: a pair the
    report supports twice (host and organiser) counts once. Optional pairs are taken out of both sides: proposing
    them is not wrong and leaving them out is not a miss. Links of other kinds (an earlier event) are not scored,
    because the case format has no place for them. Recall and precision are micro-averaged over all cases: the
    pairs of every case are added up before dividing; a ratio with nothing to count (no link selected at all) is
    n/a rather than a flattering 1. Slugs and country codes compare without regard to case.

Event fields
    Each field the case gives is right when the proposal's value equals it: dates as ISO strings, ``number`` as an
    integer, ``host_country`` as a lower-case code, ``forum`` as a slug; ``city`` compares with accents, case,
    spaces and hyphens ignored ("Ha Noi" is "Hanoi"); ``title`` compares word for word with accents, case,
    punctuation, a leading "the" and an acronym in brackets ignored, and a trailing "City" too ("Cebu City" is
    Cebu); an ordinal in words is its digits ("Twenty-Fifth" is "25th"), and where one title names a forum or body
    of the base by its acronym and the other by its full name, the two compare as the same words in any order, "of"
    and "the" left out ("17th COMMIT Senior Officials Meeting" is the "17th Senior Officials Meeting of the
    Coordinated Mekong Ministerial Initiative against Trafficking"). An empty value is null, and null equals null.
    A one-day meeting may be written with no end date (as the seed records them) or with the end on the start day:
    the two mean the same meeting, so ``end_date`` is compared as the day the meeting ends, its start when no end
    is given. Fields the case does not give are not scored.

New names
    A name the case expects is found when ``analyse()`` proposes a new record of that kind whose name is the same
    once accents, case and punctuation are ignored, allowing the proposal to carry ranks, posts or honorifics in
    front ("Police Colonel Somchai Rattanakorn" finds "Somchai Rattanakorn") and, for organizations, a leading
    "the", a bracketed acronym after the name, or its parent body after "of" or "under" ("Central Investigation
    Bureau of the Royal Thai Police" finds "Central Investigation Bureau"); a body proposed with an acronym beside
    its name is found by either ("UN-ACT" finds the body proposed as "United Nations Action for Cooperation against
    Trafficking in Persons" with the acronym UN-ACT, one record to the editor). A case may give a list of spellings
    for one name; any of them finds it. Proposed names the case does not expect are listed but not scored: the
    issue asks that every new name be proposed, and a spurious one costs the editor one click to drop.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from meetings.models import fold, normalize_space

# The kinds of links a case lists, by the key the case file uses, and the kind a proposal's link carries.
LINK_KINDS = {
    "organizations": "organization",
    "people": "person",
    "countries": "country",
    "agreements": "agreement",
    "forums": "forum",
}
NEW_KINDS = {"people": "person", "organizations": "organization"}
EVENT_FIELDS = (
    "title",
    "start_date",
    "end_date",
    "date_precision",
    "date_inferred",
    "city",
    "host_country",
    "forum",
    "number",
    "format",
)
HEADER_KEYS = {"title": "title", "publisher": "publisher", "published": "published_on"}

# The targets for the intake, printed beside the figures.
TARGET_RECALL = 0.90
TARGET_PRECISION = 0.95
TARGET_EVENT_FIELDS = 0.95
TARGET_NEW_NAMES = 1.0

# Words that may stand before a person's name in a proposal: ranks, posts and honorifics as the region's reports
# write them. Stripped only from the front, one at a time, so a family name such as "Tan" is never lost.
TITLE_WORDS = set(
    """
    mr mrs ms miss madam dr prof professor h e he his her excellency hon honourable honorable
    datuk dato datin seri sri tan tun tuan puan haji hajah pehin orang kaya khun
    police pol lt lieutenant gen general maj major col colonel senior sr brig brigadier cdr commander
    commissioner comm assistant deputy superintendent supt inspector chief capt captain sergeant sgt
    director executive secretary minister vice ambassador rear admiral air marshal acp sac dcp cp igp
    u daw paduka awang dayang yang berhormat mulia
    detective det atty usec asec undersecretary engr
    pgen pltgen pmgen pbgen pcol pltcol pmaj pcapt plt
    irjen brigjen komjen kombes akbp ajun komisaris besar inspektur jenderal polisi thieu trung thuong dai ta
    """.split()
)


class CaseError(ValueError):
    """A case file that cannot be read: the message names the file and what is wrong."""


@dataclass
class Case:
    """One report to analyse and what a careful editor would take from it."""

    name: str
    text: str
    meta: dict
    expected: dict


@dataclass
class CaseScore:
    """How one proposal compares with its case."""

    name: str
    expected: set = field(default_factory=set)
    selected: set = field(default_factory=set)
    optional: set = field(default_factory=set)
    event: list = field(default_factory=list)  # (field, expected value, proposed value, right)
    new_found: list = field(default_factory=list)
    new_missed: list = field(default_factory=list)
    new_unexpected: list = field(default_factory=list)
    passages: int = 0
    passages_not_in_text: list = field(default_factory=list)  # (kind, slug or name, passage)
    error: str = ""

    @property
    def right(self):
        return self.selected & self.expected

    @property
    def missed(self):
        return self.expected - self.selected

    @property
    def wrong(self):
        return self.selected - self.expected

    @property
    def event_right(self):
        return sum(1 for *_, right in self.event if right)

    def as_dict(self):
        return {
            "name": self.name,
            "error": self.error,
            "links": {
                "expected": len(self.expected),
                "selected": len(self.selected),
                "right": len(self.right),
                "recall": ratio(len(self.right), len(self.expected)),
                "precision": ratio(len(self.right), len(self.selected)),
                "missed": [list(pair) for pair in sorted(self.missed)],
                "wrong": [list(pair) for pair in sorted(self.wrong)],
            },
            "event": {
                "fields": len(self.event),
                "right": self.event_right,
                "wrong": [
                    {"field": name, "expected": expected, "proposed": proposed}
                    for name, expected, proposed, right in self.event
                    if not right
                ],
            },
            "passages": {
                "checked": self.passages,
                "not_in_text": [list(item) for item in self.passages_not_in_text],
            },
            "new": {
                "expected": len(self.new_found) + len(self.new_missed),
                "found": len(self.new_found),
                "missed": [list(item) for item in self.new_missed],
                "unexpected": [list(item) for item in self.new_unexpected],
            },
        }


@dataclass
class Evaluation:
    """The scores of every case of a directory, and their micro-averaged totals."""

    cases: list[CaseScore]

    @property
    def links_expected(self):
        return sum(len(case.expected) for case in self.cases)

    @property
    def links_selected(self):
        return sum(len(case.selected) for case in self.cases)

    @property
    def links_right(self):
        return sum(len(case.right) for case in self.cases)

    @property
    def recall(self):
        return ratio(self.links_right, self.links_expected)

    @property
    def precision(self):
        return ratio(self.links_right, self.links_selected)

    @property
    def event_fields(self):
        return sum(len(case.event) for case in self.cases)

    @property
    def event_fields_right(self):
        return sum(case.event_right for case in self.cases)

    @property
    def new_expected(self):
        return sum(len(case.new_found) + len(case.new_missed) for case in self.cases)

    @property
    def new_found(self):
        return sum(len(case.new_found) for case in self.cases)

    def as_dict(self):
        return {
            "cases": [case.as_dict() for case in self.cases],
            "summary": {
                "cases": len(self.cases),
                "errors": sum(1 for case in self.cases if case.error),
                "links_expected": self.links_expected,
                "links_selected": self.links_selected,
                "links_right": self.links_right,
                "recall": self.recall,
                "precision": self.precision,
                "event_fields": self.event_fields,
                "event_fields_right": self.event_fields_right,
                "event_fields_share": ratio(self.event_fields_right, self.event_fields),
                "new_expected": self.new_expected,
                "new_found": self.new_found,
                "new_found_share": ratio(self.new_found, self.new_expected),
                "passages": sum(case.passages for case in self.cases),
                "passages_not_in_text": sum(len(case.passages_not_in_text) for case in self.cases),
            },
        }


def ratio(part, whole):
    """part / whole, or None when there is nothing to count (a proposal that selects nothing has no precision)."""
    return part / whole if whole else None


def fraction(part, whole, digits=2):
    """A ratio for people to read: "0.92", or "n/a" when there is nothing to count."""
    value = ratio(part, whole)
    return "n/a" if value is None else f"{value:.{digits}f}"


# --- Reading cases ----------------------------------------------------------------------------------------------


def read_case_file(path):
    """The text of a case file and its header: (text, {"title", "publisher", "published_on": date or None}).

    Header lines (``Title:``, ``Publisher:``, ``Published: YYYY-MM-DD``) are headers only when they open the file
    and a blank line closes them; otherwise the whole file is the text. meetings.intake.casefile reads the same way.
    """
    path = Path(path)
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CaseError(f"{path}: not UTF-8 text.") from None
    meta = {"title": "", "publisher": "", "published_on": None}
    lines = content.split("\n")
    header, count = {}, 0
    for line in lines:
        key = header_key(line)
        if key is None:
            break
        header[key] = line.split(":", 1)[1].strip()
        count += 1
    if not count or count >= len(lines) or lines[count].strip():
        return content, meta
    meta.update(header)
    if header.get("published_on"):
        try:
            meta["published_on"] = datetime.date.fromisoformat(header["published_on"])
        except ValueError:
            raise CaseError(f"{path}: Published: wants a date as YYYY-MM-DD.") from None
    return "\n".join(lines[count + 1 :]), meta


def header_key(line):
    name, colon, _ = line.partition(":")
    return HEADER_KEYS.get(name.strip().lower()) if colon else None


def read_case(path):
    """The engine's reader when it has one (it is what `manage.py intake` uses), else ours: the same format."""
    try:
        from meetings.intake.casefile import read_case as engine_read_case
    except ImportError:
        return read_case_file(path)
    text, meta = engine_read_case(path)
    return text, normalise_meta(meta)


def normalise_meta(meta):
    meta = dict(meta or {})
    published = meta.get("published_on", meta.get("published"))
    if isinstance(published, str):
        published = datetime.date.fromisoformat(published) if published.strip() else None
    return {"title": meta.get("title") or "", "publisher": meta.get("publisher") or "", "published_on": published}


def load_cases(directory):
    """The cases of a directory, by name: every NAME.txt that has a NAME.expected.json beside it."""
    directory = Path(directory)
    if not directory.is_dir():
        raise CaseError(f"{directory}: no such directory.")
    cases = []
    for text_path in sorted(directory.glob("*.txt")):
        expected_path = text_path.with_name(text_path.stem + ".expected.json")
        if not expected_path.exists():
            continue
        text, meta = read_case(text_path)
        cases.append(Case(text_path.stem, text, meta, read_expected(expected_path)))
    if not cases:
        raise CaseError(f"{directory}: no case (NAME.txt beside NAME.expected.json).")
    return cases


def read_expected(path):
    try:
        expected = json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CaseError(f"{path}: not valid JSON ({error}).") from None
    if not isinstance(expected, dict):
        raise CaseError(f"{path}: the expectations must be a JSON object.")
    for part, kinds in (("existing", LINK_KINDS), ("optional", LINK_KINDS), ("new", NEW_KINDS)):
        value = expected.get(part, {})
        if not isinstance(value, dict) or set(value) - set(kinds):
            raise CaseError(f"{path}: {part!r} takes only the keys {', '.join(kinds)}.")
        for key, items in value.items():
            if not isinstance(items, list):
                raise CaseError(f"{path}: {part}.{key} must be a list.")
    event = expected.get("event", {})
    if not isinstance(event, dict) or set(event) - set(EVENT_FIELDS):
        raise CaseError(f"{path}: 'event' takes only the fields {', '.join(EVENT_FIELDS)}.")
    return expected


# --- Scoring ----------------------------------------------------------------------------------------------------


def link_pairs(section):
    """{(kind, slug)} of a case's "existing" or "optional" part."""
    return {(LINK_KINDS[key], str(slug).strip().lower()) for key, slugs in (section or {}).items() for slug in slugs}


def selected_pairs(proposal):
    """{(kind, slug)} of the links the proposal pre-selects, of the kinds a case can list."""
    kinds = set(LINK_KINDS.values())
    return {
        (link["kind"], str(link["slug"]).strip().lower())
        for link in proposal.get("links", [])
        if link.get("selected") and link.get("kind") in kinds and link.get("slug")
    }


def score_case(case, proposal, acronyms=None):
    expected = case.expected
    optional = link_pairs(expected.get("optional"))
    score = CaseScore(
        name=case.name,
        expected=link_pairs(expected.get("existing")) - optional,
        selected=selected_pairs(proposal) - optional,
        optional=optional,
    )
    proposed_event = proposal.get("event") or {}
    for name, value in expected.get("event", {}).items():
        proposed = proposed_event.get(name)
        if name == "end_date":
            value, proposed = last_day(expected["event"], value), last_day(proposed_event, proposed)
        score.event.append((name, value, proposed, event_field_right(name, value, proposed, acronyms)))
    proposed_new = proposal.get("new") or []
    for key, names in expected.get("new", {}).items():
        kind = NEW_KINDS[key]
        items = [item for item in proposed_new if item.get("kind") == kind]
        offered = [item.get("name", "") for item in items]
        # A body proposed under its full name with its acronym ("United Nations Action for Cooperation against
        # Trafficking in Persons", UN-ACT) is one record to the editor, whichever of the two the case writes.
        labels = [[item.get("name", ""), *([item["acronym"]] if item.get("acronym") else [])] for item in items]
        matched = set()
        for name in names:
            spellings = name if isinstance(name, list) else [name]
            hits = [
                i
                for i, candidates in enumerate(labels)
                if any(same_name(s, candidate, kind) for s in spellings for candidate in candidates)
            ]
            label = spellings[0]
            (score.new_found if hits else score.new_missed).append((kind, label))
            matched.update(hits)
        score.new_unexpected.extend((kind, name) for i, name in enumerate(offered) if i not in matched)
    check_passages(score, case.text, proposal)
    return score


def check_passages(score, text, proposal):
    """Note the passages of links and new records that are not in the report: the save would refuse them.

    Not part of the scores, which are the issue's; listed so that a passage gone astray is seen early.
    """
    text = normalize_space(text)
    for item in [*proposal.get("links", []), *proposal.get("new", [])]:
        passage = item.get("passage") or ""
        score.passages += 1
        if not passage.strip() or normalize_space(passage) not in text:
            label = item.get("slug") or item.get("name") or ""
            score.passages_not_in_text.append((item.get("kind", ""), label, passage))


def score_failure(case, error):
    """A case whose analysis raised: every expected link, field and name counts as missed."""
    proposal = {"event": {}, "links": [], "new": []}
    score = score_case(case, proposal)
    score.event = [(name, value, None, False) for name, value, *_ in score.event]
    score.new_missed.extend(score.new_found)
    score.new_found = []
    score.error = f"{type(error).__name__}: {error}"
    return score


def evaluate(cases, analyse: Callable[..., dict], acronyms=None):
    """Run analyse() on every case and score it. An exception in one case is recorded, not raised. acronyms is
    known_acronyms of the base the cases are scored against (titles then match by acronym or full name), read once
    and only if some title differs word for word."""
    scores = []
    if callable(acronyms):
        acronyms = functools.cache(acronyms)
    for case in cases:
        try:
            proposal = analyse(
                case.text,
                title=case.meta.get("title", ""),
                publisher=case.meta.get("publisher", ""),
                published_on=case.meta.get("published_on"),
            )
            # A proposal of the wrong shape fails here too, and is reported the same way.
            scores.append(score_case(case, proposal, acronyms))
        except Exception as error:  # noqa: BLE001 -- one failing case must not hide the others' scores
            scores.append(score_failure(case, error))
    return Evaluation(scores)


# --- Comparing values -------------------------------------------------------------------------------------------


def words(text):
    return re.findall(r"[a-z0-9]+", fold(str(text)))


def empty(value):
    return value is None or (isinstance(value, str) and not value.strip())


def last_day(event, end):
    """The day a meeting ends: its end date, or its start when no end is given (a one-day meeting)."""
    if not empty(end):
        return end
    start = event.get("start_date")
    return start if not empty(start) and event.get("date_precision", "day") == "day" else end


def event_field_right(name, expected, proposed, acronyms=None):
    if empty(expected) or empty(proposed):
        return empty(expected) and empty(proposed)
    if name == "number":
        try:
            return int(expected) == int(proposed)
        except (TypeError, ValueError):
            return False
    if name == "city":
        return city_words(expected) == city_words(proposed)
    if name == "title":
        return same_title(expected, proposed, acronyms)
    if isinstance(proposed, datetime.date):
        proposed = proposed.isoformat()
    return str(expected).strip().lower() == str(proposed).strip().lower()


def city_words(city):
    found = words(city)
    return "".join(found[:-1] if len(found) > 1 and found[-1] == "city" else found)


# An acronym in brackets after the words it abbreviates ("... against Trafficking in Persons (ACTIP)"): a title with
# it and one without name the same meeting, as a new body's name does with or without its bracketed acronym.
BRACKETED_ACRONYM = re.compile(r"\(\s*(?=[^()\s]*[A-Z][^()\s]*[A-Z])[A-Za-z0-9&.'-]+\s*\)")


def title_words(title):
    found = words(BRACKETED_ACRONYM.sub(" ", str(title or "")))
    return found[1:] if found[:1] == ["the"] else found


# Ordinals written as words, to compare "Twenty-Fifth" with "25th".
ORDINAL_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
ORDINAL_TEENS = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
# Words a title's grammar adds around a forum's name ("Meeting of the COMMIT"), left out when the title names the
# forum by its acronym on one side and by its full name on the other.
LINKING_WORDS = {"of", "the", "on", "for", "and"}


def ordinal_digits(found):
    """The words of a title with an ordinal in words written in digits: "twenty fifth" is "25th"."""
    out = []
    i = 0
    while i < len(found):
        word = found[i]
        if word in TENS and i + 1 < len(found) and found[i + 1] in ORDINAL_UNITS:
            number, i = TENS[word] + ORDINAL_UNITS[found[i + 1]], i + 2
        elif word in ORDINAL_UNITS or word in ORDINAL_TEENS or word in ORDINAL_TENS:
            number, i = {**ORDINAL_UNITS, **ORDINAL_TEENS, **ORDINAL_TENS}[word], i + 1
        else:
            out.append(re.sub(r"^(\d+)(?:st|nd|rd|th)$", r"\1", word))
            i += 1
            continue
        out.append(str(number))
    return out


def known_acronyms():
    """{acronym: its full name's words} for the forums and bodies of the base, read once per scoring run."""
    from meetings.models import Forum, Organization

    pairs = {}
    for short, name in Forum.objects.exclude(short_name="").values_list("short_name", "name"):
        pairs[fold(short)] = words(name)
    for acronym, name in Organization.objects.exclude(acronym="").values_list("acronym", "name"):
        pairs.setdefault(fold(acronym), words(name))
    return pairs


def same_title(expected, proposed, acronyms=None):
    """Titles are the same word for word (see the module's rules), an ordinal in words being its digits; and when
    one side names a forum or body by its acronym where the other gives its full name, as the same words in any
    order, leaving out "of the"."""
    wanted, offered = ordinal_digits(title_words(expected)), ordinal_digits(title_words(proposed))
    if wanted == offered:
        return True
    # A callable (known_acronyms) is read only now, when the titles differ word for word.
    acronyms = (acronyms() if callable(acronyms) else acronyms) or {}

    def expanded(found, within=()):
        # A full name may hold an acronym of its own ("AMMTC" is the "ASEAN Ministerial Meeting on ..."), which the
        # other side may have written out too: expanded in turn, each acronym once along a path.
        out = []
        for word in found:
            if word in acronyms and word not in within:
                out.extend(expanded(acronyms[word], (*within, word)))
            else:
                out.append(word)
        return out

    if {w for w in wanted if w in acronyms} == {w for w in offered if w in acronyms}:
        return False  # no acronym written on one side only: word for word
    long_wanted, long_offered = expanded(wanted), expanded(offered)
    return sorted(w for w in long_wanted if w not in LINKING_WORDS) == sorted(
        w for w in long_offered if w not in LINKING_WORDS
    )


def same_name(expected, proposed, kind):
    """Whether a proposed new record's name is the expected one (see the module's rules)."""
    if kind == "organization":
        wanted, offered = organization_words(expected), organization_words(proposed)
        if not wanted:
            return False
        # "Central Investigation Bureau of the Royal Thai Police" names the bureau, with its parent after it.
        following = offered[len(wanted) : len(wanted) + 1]
        return offered == wanted or (offered[: len(wanted)] == wanted and following in (["of"], ["under"]))
    wanted = tuple(words(expected))
    return bool(wanted) and wanted in name_forms(proposed)


def name_forms(name):
    """A person's name as words, with each number of leading ranks, posts or honorifics taken off."""
    found = words(name)
    forms = {tuple(found)} if found else set()
    while found and found[0] in TITLE_WORDS:
        found = found[1:]
        if found:
            forms.add(tuple(found))
    return forms


def organization_words(name):
    found = words(re.sub(r"\([^)]*\)\s*$", "", str(name)))
    return found[1:] if found[:1] == ["the"] else found
