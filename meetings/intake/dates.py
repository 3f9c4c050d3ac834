"""Dates as reports write them: "12-13 November 2025", "From December 9 to 11, 2024", "on June 8-11",
"November 2025", "last Tuesday", "on Thursday (March 5)".

Regular expressions rather than dateparser: dateparser reads one date from a string, while a report's sentence holds
ranges, bare days and weekdays whose year must come from the publication date, with a note saying so; the handful
of English patterns below cover that and keep the offsets of the words they read.
"""

import calendar
import datetime
import re
from dataclasses import dataclass

from .lexicon import MONTHS, WEEKDAYS

MONTH = (
    r"(?P<{n}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
# A year of the common era, or of the Buddhist era that Thai (and Lao, Cambodian) writers keep in translation:
# "15 January 2569" is 2026 (543 years on). Only 2540 to 2599 (1997 to 2056) are read so.
# The era may be written before a Buddhist-era year ("13 February B.E. 2568", "BE 2568"): the marker is no part of
# the date's words but must not part the year from its month.
YEAR = r"(?:(?:B\.\s?E\.|\bBE)\s*(?=25[4-9]\d))?(?P<{n}>(?:19|20)\d\d|25[4-9]\d)"
# Between the two ends of a range: "to", "till"; the end may name its weekday ("through Wednesday, July 5").
DASH = (
    r"\s*(?:-|–|—|to|until|till|and|through)\s*"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    # "from the 4th to the 6th of November", as a speaker says it.
    r"(?:the\s+)?"
)


def m(n):
    return MONTH.format(n=n)


def d(n):
    return DAY.format(n=n)


def y(n):
    return YEAR.format(n=n)


# Each pattern names its parts: d1, m1, y1 for the start; d2, m2, y2 for the end. Order matters: longest first.
PATTERNS = [
    # 30 November to 2 December 2025 / 30 November - 2 December, 2025
    rf"\b{d('d1')}\s+{m('m1')},?(?:\s+{y('y1')})?{DASH}{d('d2')}\s+{m('m2')},?\s*{y('y2')}?",
    # November 30 to December 2, 2025
    rf"\b{m('m1')}\s+{d('d1')},?(?:\s+{y('y1')})?{DASH}{m('m2')}\s+{d('d2')}(?:,?\s*{y('y2')})?",
    # 12-13 November 2025 / 25th to 26th February 2021
    rf"\b{d('d1')}{DASH}{d('d2')}\s+(?:of\s+)?{m('m2')},?(?:\s*{y('y2')})?",
    # November 12-13, 2025 / December 9 to 11, 2024 / June 8-11
    rf"\b{m('m1')}\s+{d('d1')}{DASH}{d('d2')}(?:,?\s*{y('y2')})?",
    # 12 November 2025 / 12th of November
    rf"\b{d('d1')}\s+(?:of\s+)?{m('m1')},?(?:\s*{y('y1')})?",
    # November 12, 2025 / December, 17 2020 / November 12
    rf"\b{m('m1')},?\s+{d('d1')}(?![\d:])(?:,?\s*{y('y1')})?",
    # November 2025
    rf"\b{m('m1')},?\s+{y('y1')}",
]
COMPILED = [re.compile(p, re.IGNORECASE) for p in PATTERNS]
# "2025-10-21", and the year-first "2025/10/21" and "2025.10.21" of Chinese, Japanese and Korean releases.
ISO = re.compile(r"\b(?P<y1>(?:19|20)\d\d)([-/.])(?P<m1>[01]?\d)\2(?P<d1>[0-3]?\d)\b")
RELATIVE = re.compile(
    r"\b(?:(?P<rel>last|this|next|on|past)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<word>yesterday|today|this morning|this afternoon)\b"
    r"|\b(?P<mrel>last|this|earlier this|next) (?P<unit>month|week)\b",
    re.IGNORECASE,
)
WEEKDAY_RANGE = re.compile(
    r"\b(?:(?:on|from|between)\s+)?(?P<wd1>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"\s*(?:-|–|to|until|through|and)\s*(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
# "in late August", "in March": a month without a day or a year.
MONTH_ONLY = re.compile(
    rf"\b(?:in|during|since|until|of|from)\s+(?:(?:early|mid|late|the end of|the beginning of|mid-)\s*)?"
    rf"{MONTH.format(n='m1')}(?!\s*(?:\d|,\s*\d))\b",
    re.IGNORECASE,
)
YEAR_ONLY = re.compile(r"\b(?:in|during|of|for)\s+(?P<y1>(?:19|20)\d\d)\b", re.I)
# Numeric dates as the region's newsrooms write them: "21/10/2025", "21.10.2025", "21-22/10/2025", "21/10". Day first
# (the usage of every country of the region), unless the first number cannot be a month's day-of-year reading:
# "10.21.2025" can only be month first. A year-less "21/10" needs a word that introduces a date before it ("on",
# "of", "from", "dated", a weekday), so "24/7" (round the clock) and fractions are never dates.
NUMERIC = re.compile(
    r"(?<![\d/.:-])(?P<a>[0-3]?\d)(?:\s*(?:-|–|to|and)\s*(?P<b>[0-3]?\d))?[/.](?P<c>[0-3]?\d)"
    r"(?:[/.](?P<y>(?:19|20)\d\d|25[4-9]\d))?(?![\w/:]|\.\d)"
)
# "21/10 - 23/10/2025", "30/11 to 2/12/2025": a range of two numeric dates, the year written once at the end.
NUMERIC_RANGE = re.compile(
    r"(?<![\d/.:-])(?P<a>[0-3]?\d)[/.](?P<c>[01]?\d)\s*(?:-|–|to|until)\s*(?P<b>[0-3]?\d)[/.](?P<d>[01]?\d)"
    r"[/.](?P<y>(?:19|20)\d\d|25[4-9]\d)(?![\w/:]|\.\d)"
)
# "On 22-8, in Chau Doc city, ...", "dated 5-9-2025": Vietnamese newspapers join day and month with a hyphen. Without a
# year only right after "on" or "dated" and before a comma, a full stop or "in"/"at", so "from 10-12 countries" and a
# score of "22-8" stay numbers.
DAY_MONTH_HYPHEN = re.compile(
    r"(?:(?<=\b[Oo]n )|(?<=\b[Dd]ated ))(?P<a>[0-3]?\d)-(?P<c>[01]?\d)(?:-(?P<y>(?:19|20)\d\d))?"
    r"(?=\s*[,.;)]|\s+(?:in|at)\b)"
)
NUMERIC_CUE = re.compile(
    r"(?:\b(?:on|of|from|to|dated|since|until|between|held|dates?:?)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)\s*$",
    re.IGNORECASE,
)


@dataclass
class DateMention:
    start: int  # character offsets of the words in the text
    end: int
    start_date: datetime.date
    end_date: datetime.date | None
    precision: str  # day, month, year
    inferred: str  # "" or a DateInferred value
    note: str = ""


def month_number(word):
    return MONTHS.get(word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower().rstrip("."))


def common_era(year):
    """A Buddhist-era year ("2569") as the common era's (2026); any other year as it is."""
    return year - 543 if year >= 2400 else year


def safe_date(year, month, day):
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def infer_year(month, day, published_on):
    """The year of a day and month the text gives without one: the publication's, or the year before when that
    would put a past meeting after the report."""
    year = published_on.year
    candidate = safe_date(year, month, day or 1)
    if candidate and candidate > published_on + datetime.timedelta(days=31):
        year -= 1
    return year


def find_dates(text, published_on=None):
    """Every date mention in the text, earliest position first; overlapping readings keep the longest."""
    found = []
    taken = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    for regex in [ISO, *COMPILED]:
        for match in regex.finditer(text):
            if not free(match.start(), match.end()):
                continue
            mention = read(match, published_on)
            if mention:
                found.append(mention)
                taken.append((match.start(), match.end()))
    for match in NUMERIC_RANGE.finditer(text):
        year = common_era(int(match.group("y")))
        (d1, m1), (d2, m2) = (
            (int(match.group("a")), int(match.group("c"))),
            (int(match.group("b")), int(match.group("d"))),
        )
        start = safe_date(year - 1 if m1 > m2 else year, m1, d1)
        end = safe_date(year, m2, d2)
        if start and end and start <= end and free(match.start(), match.end()):
            found.append(DateMention(match.start(), match.end(), start, end, "day", ""))
            taken.append((match.start(), match.end()))
    for match in [*DAY_MONTH_HYPHEN.finditer(text), *NUMERIC.finditer(text)]:
        if not free(match.start(), match.end()):
            continue
        mention = read_numeric(match, text, published_on)
        if mention:
            found.append(mention)
            taken.append((match.start(), match.end()))
    for match in WEEKDAY_RANGE.finditer(text):
        if not free(match.start(), match.end()) or published_on is None:
            continue
        if names_written_days(text, match.end(), found):
            continue  # "Monday-Wednesday (10-12/11/2025)": the days are written out; the weekdays only name them
        mention = read_weekday_range(match, published_on)
        if mention:
            found.append(mention)
            taken.append((match.start(), match.end()))
    for match in MONTH_ONLY.finditer(text):
        if not free(match.start("m1"), match.end("m1")) or published_on is None:
            continue
        month = month_number(match.group("m1"))
        if month is None or not match.group("m1")[:1].isupper():
            continue  # "countries in may need ...": a month is written with a capital
        if match.group("m1") == "May" and not re.match(r"(?i)in|during", match.group()):
            continue
        year = infer_year(month, None, published_on)
        note = (
            f"The report gives no year; {year} is inferred from its publication date, "
            f"{published_on.strftime('%d %B %Y').lstrip('0')}."
        )
        found.append(
            DateMention(match.start("m1"), match.end(), datetime.date(year, month, 1), None, "month", "year", note)
        )
        taken.append((match.start("m1"), match.end()))
    for match in RELATIVE.finditer(text):
        if not free(match.start(), match.end()) or published_on is None:
            continue
        mention = read_relative(match, text, published_on)
        if (
            mention
            and re.search(r"(?i)day$", text[mention.start : mention.end])
            and names_written_days(
                text, mention.end, found, also=r"(?:to|through|till|until|and|-|–)\s*(?:" + "|".join(WEEKDAYS) + r")"
            )
        ):
            continue  # "on Tuesday to Thursday, 4-6 November 2025": the same days, written out
        if mention:
            found.append(mention)
            taken.append((mention.start, mention.end))
    for match in YEAR_ONLY.finditer(text):
        if free(match.start("y1"), match.end("y1")):
            year = int(match.group("y1"))
            found.append(DateMention(match.start("y1"), match.end(), datetime.date(year, 1, 1), None, "year", ""))
    found.sort(key=lambda x: x.start)
    return join_day_ranges(text, found)


# Between two days written in full, the words that make them one range: "from Monday (14/7/2025) to Friday
# (18/7/2025)", "Senin (14/7/2025) hingga Jumat (18/7/2025)" in an Indonesian report, "3 March 2025 - 5 March 2025".
# Weekdays in English and Indonesian may stand before the second day.
RANGE_BETWEEN = re.compile(
    r"\)?,?\s*(?:to|until|till|through|thru|-|–|—|hingga|sampai|s\.?/d\.?)\s+"
    r"(?:(?:" + "|".join(WEEKDAYS) + r"|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),?\s*)?\(?",
    re.IGNORECASE,
)


def join_day_ranges(text, found):
    """The mentions, with two single days that the text joins as a range made one mention of both."""
    joined = []
    for mention in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.precision == mention.precision == "day"
            and last.end_date is None
            and mention.end_date is None
            and mention.start - last.end <= 30
            and RANGE_BETWEEN.fullmatch(text, last.end, mention.start)
            and 0 < (mention.start_date - last.start_date).days <= 31
        ):
            joined[-1] = DateMention(
                last.start,
                mention.end,
                last.start_date,
                mention.start_date,
                "day",
                last.inferred or mention.inferred,
                last.note or mention.note,
            )
            continue
        joined.append(mention)
    return joined


def read(match, published_on):
    g = match.groupdict()
    m1 = month_number(g["m1"]) if g.get("m1") else None
    m2 = month_number(g["m2"]) if g.get("m2") else None
    if m1 is None and m2 is None and g.get("m1") and g["m1"].isdigit():
        m1 = int(g["m1"])
    if match.re is ISO:
        m1 = int(g["m1"])
    m1 = m1 or m2
    m2 = m2 or m1
    d1 = int(g["d1"]) if g.get("d1") else None
    d2 = int(g["d2"]) if g.get("d2") else None
    y1 = common_era(int(g["y1"])) if g.get("y1") else None
    y2 = common_era(int(g["y2"])) if g.get("y2") else None
    if m1 is None:
        return None
    if d1 is not None and not 1 <= d1 <= 31 or d2 is not None and not 1 <= d2 <= 31:
        return None
    year = y1 or y2
    inferred, note = "", ""
    if year is None:
        if published_on is None:
            return None
        year = infer_year(m1, d1, published_on)
        inferred = "year"
        note = (
            f"The report gives no year; {year} is inferred from its publication date, "
            f"{published_on.strftime('%d %B %Y').lstrip('0')}."
        )
    end_year = y2 or year
    if y1 is None and y2 and m1 > m2:
        year = y2 - 1  # "30 December to 2 January 2025"
    if d1 is None:
        start = safe_date(year, m1, 1)
        return start and DateMention(match.start(), match.end(), start, None, "month", inferred, note)
    start = safe_date(year, m1, d1)
    end = safe_date(end_year, m2, d2) if d2 else None
    if start is None or (d2 and end is None):
        return None
    if end is not None and end < start:
        return None
    return DateMention(match.start(), match.end(), start, end, "day", inferred, note)


def read_numeric(match, text, published_on):
    """ "21/10/2025", "21-22/10", "10.21.2025": day first unless only month first can be right."""
    a, c = int(match.group("a")), int(match.group("c"))
    b = int(match.group("b")) if match.groupdict().get("b") else None
    year = common_era(int(match.group("y"))) if match.group("y") else None
    if year is None:
        # Without a year "21/10" could be many things (a score, "24/7"): a date only where a date is introduced.
        # "(21/10)" wholly in brackets is a date too; "(3/4 of the cases)" is not.
        bracketed = text[match.start() - 1 : match.start()] == "(" and text[match.end() : match.end() + 1] == ")"
        if published_on is None or not (
            bracketed or NUMERIC_CUE.search(text[max(0, match.start() - 12) : match.start()])
        ):
            return None
        if "." in match.group() and b is None:
            return None  # "3.5" is a number
    day, month = a, c
    if month > 12 and b is None and a <= 12:
        day, month = c, a  # "10.21.2025": the month comes first
    if not 1 <= month <= 12:
        return None
    inferred, note = "", ""
    if year is None:
        year = infer_year(month, day, published_on)
        inferred = "year"
        note = (
            f"The report gives no year; {year} is inferred from its publication date, "
            f"{published_on.strftime('%d %B %Y').lstrip('0')}."
        )
    start = safe_date(year, month, day)
    end = safe_date(year, month, b) if b is not None else None
    if start is None or (b is not None and (end is None or end < start)):
        return None
    return DateMention(match.start(), match.end(), start, end, "day", inferred, note)


def read_relative(match, text, published_on):
    g = match.groupdict()
    if g.get("unit"):
        rel = g["mrel"].lower()
        if g["unit"].lower() == "month":
            year, month = published_on.year, published_on.month
            if rel == "last":
                year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            elif rel == "next":
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            note = f"“{match.group()}” read against the publication date, {published_on.isoformat()}."
            return DateMention(match.start(), match.end(), datetime.date(year, month, 1), None, "month", "all", note)
        if rel in ("this", "earlier this"):
            # "this week": no day, but the month when the week so far lies within one.
            monday = published_on - datetime.timedelta(days=published_on.weekday())
            if monday.month == published_on.month:
                note = f"“{match.group()}” read against the publication date, {published_on.isoformat()}."
                return DateMention(match.start(), match.end(), published_on.replace(day=1), None, "month", "all", note)
        return None  # "last week" names no day
    if g.get("word"):
        # "This morning (Thursday 3 September)", "today, 5 March": the day written out says which day it is.
        if re.match(
            r"^\s*[(,]\s*(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|"
            r"Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
            r"\d{1,2}[/.]\d{1,2})",
            text[match.end() : match.end() + 40],
        ):
            return None
        delta = {"yesterday": 1, "today": 0, "this morning": 0, "this afternoon": 0}[g["word"].lower()]
        day = published_on - datetime.timedelta(days=delta)
        note = f"“{g['word']}” read against the publication date, {published_on.isoformat()}."
        return DateMention(match.start(), match.end(), day, None, "day", "all", note)
    weekday = WEEKDAYS[g["wd"].lower()]
    rel = (g.get("rel") or "").lower()
    # "on Thursday (March 5)": the bracketed date is read by the day-and-month patterns.
    after = text[match.end() : match.end() + 20]
    if re.match(
        r"^\s*\(|^,?\s*(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|^,?\s*\d{1,2}[/.]\d{1,2}",
        after,
    ):
        return None
    if rel == "next":
        ahead = (weekday - published_on.weekday()) % 7 or 7
        day = published_on + datetime.timedelta(days=ahead)
    else:
        back = (published_on.weekday() - weekday) % 7
        if rel == "last" and back == 0:
            back = 7
        day = published_on - datetime.timedelta(days=back)
    words = match.group().strip()
    weekday_name = calendar.day_name[published_on.weekday()]
    note = f"“{words}” read against the publication date, {published_on.isoformat()} ({weekday_name})."
    return DateMention(match.start(), match.end(), day, None, "day", "all", note)


def names_written_days(text, end, found, also=""):
    """Whether a date written out in full ("(10-12/11/2025)", ", 4-6 November 2025") follows the weekdays ending
    at end, with only a comma or bracket between (and, with also, the second weekday of a range): the weekdays then
    name those days and are not to be read against the publication date."""
    gap = re.compile(rf"(?i)\s*(?:{also})?[\s,(]*" if also else r"[\s,(]*")
    return any(
        # "on Tuesday and Wednesday (March 17-18)": days written without their year still name the days; only
        # the year is read from the publication.
        d.inferred in ("", "year") and d.precision == "day" and gap.fullmatch(text[end : d.start])
        for d in found
        if d.start >= end
    )


def read_weekday_range(match, published_on):
    """ "on Wednesday and Thursday", "from Monday to Wednesday": the days of the week before the publication."""
    first = WEEKDAYS[match.group("wd1").lower()]
    last = WEEKDAYS[match.group("wd2").lower()]
    back = (published_on.weekday() - last) % 7
    end = published_on - datetime.timedelta(days=back)
    start = end - datetime.timedelta(days=(last - first) % 7)
    if start == end:
        return None
    weekday_name = calendar.day_name[published_on.weekday()]
    note = f"“{match.group().strip()}” read against the publication date, {published_on.isoformat()} ({weekday_name})."
    return DateMention(match.start(), match.end(), start, end, "day", "all", note)
