"""The figures over the meeting list: the timeline, the country (or topic) by forum matrix, who meets whom, and
the comparison of two to four countries or organizations.

Every figure counts the meetings of the meeting list's own FilterSet (meetings/lists/events.py) and every mark links
to that list with the filters that give its number, so a bar, a cell or a node says exactly how many meetings the
list it opens holds. Counting by country, organization, topic and forum reads the meeting-by-value table
(meetings/facets.py), which holds each meeting's values as the list's filters read them ("country involved" is the
host, a delegation or a country's organization); the timeline reads the meetings' own dates.

The functions return plain data (dicts and lists) that the views draw as SVG, write as JSON and as CSV; the drawing's
geometry is worked out here too, in whole numbers, so the templates only place what they are given.
"""

import calendar
import datetime
import itertools
import math
from typing import TypedDict

from django.db.models import Case, Count, F, IntegerField, Max, Min, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractMonth, ExtractYear
from django.urls import get_script_prefix, reverse

from . import facets, replica
from .facets import Facet, _table
from .models import (
    Country,
    DatePrecision,
    Event,
    EventFacet,
    FacetPair,
    FacetTotal,
    Forum,
    Organization,
    Participation,
    Topic,
)

# Okabe and Ito's palette for colour-blind readers (without its yellow, too pale on white for a mark), each with a
# pattern of its own (static/kbase/site.css and templates/meetings/charts/patterns.html), then grey for the rest.
SERIES = 7
OTHER_SERIES = SERIES  # grey: the forums beyond the SERIES largest
NO_FORUM_SERIES = SERIES + 1  # hatched grey: meetings of no forum

# A timeline whose meetings span at most this many months is drawn by month.
MONTHLY_SPAN = 24
# The matrix shows this many rows and columns at most (the data table, the JSON and the CSV hold them all).
MATRIX_ROWS = 30
MATRIX_COLUMNS = 12
# The network shows this many nodes (the most meetings under the filters) and its strongest ties.
NETWORK_NODES = 24
NETWORK_EDGES = 60
TIES_LISTED = 15
# Comparing takes two to four countries or organizations.
COMPARE_MIN, COMPARE_MAX = 2, 4
COMMON_LISTED = 10
# Forums listed per country or organization compared: the busiest country took part in 3,700 forums at 100,000
# meetings, a 2 MB page; the others are in the forum facet of its meeting list, which the column links to.
COMPARE_FORUMS = 15


class Bucket(TypedDict):
    period: str
    forum: str
    count: int


class Cell(TypedDict):
    row: str
    col: str
    count: int


def event_ids(filterset):
    """(sql, params) of the ids of the meetings the list shows under filterset's filters (the form already valid).

    Filters that are all facets (a country, a forum, a year...) are read from the meeting-by-value table, an index
    range per value; the list's own queryset reads "country involved" as an OR over the meetings, their delegations
    and their organizations, which scanned every meeting (the timeline of a country: 0.7 s of 1.3 s at 10,000)."""
    selected, others = facets.split_filters(filterset.form.cleaned_data)
    if selected and not others:
        return facets.carrying(selected)
    return filterset.qs.order_by().values("pk").query.sql_with_params()


_LIST_PATHS = {}


def list_path():
    """The meeting list's path, reversed once per script prefix: a timeline links each of its hundreds of marks to the
    list, and reverse() cost a millisecond apiece under load (most of the list page's own time)."""
    prefix = get_script_prefix()
    if prefix not in _LIST_PATHS:
        _LIST_PATHS[prefix] = reverse("meetings:event-list")
    return _LIST_PATHS[prefix]


def list_url(params, **changes):
    """The meeting list's address with params (a QueryDict) changed: a value of None removes the parameter."""
    query = params.copy()
    query.pop("page", None)
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = str(value)
    encoded = query.urlencode()
    return list_path() + (f"?{encoded}" if encoded else "")


def _rows(sql, params):
    with replica.read_connection(EventFacet).cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _scope(filterset, alias):
    """A condition keeping alias's meetings to those of the list, or nothing when the list is unfiltered."""
    if not filtered(filterset):
        return "", []
    sql, params = event_ids(filterset)
    return f" AND {alias}.event_id IN ({sql})", list(params)


# --- Timeline ---------------------------------------------------------------------------------------------------


def timeline(filterset, params, full=False):
    """Meetings per year (per month when they span at most MONTHLY_SPAN months), by forum, with a link per mark.

    A meeting known only to its year is counted in its year; by month, it is stored as 1 January and so counted in
    January, which the mark and the table say. Meetings without a date cannot be placed and are counted apart.

    The page draws the SERIES largest forums and groups the others, so it counts in the database by those groups
    (a few rows a period, whatever the number of forums); `full` also counts every forum, for the JSON and the CSV.
    Three queries for the page (the dates' span and totals, the largest forums, the counts), four with `full`.
    """
    listed = listed_events(filterset).order_by()
    dated_q = Q(start_date__isnull=False)
    span = listed.aggregate(
        first=Min("start_date"),
        last=Max("start_date"),
        undated=Count("pk", filter=Q(start_date__isnull=True)),
        no_forum=Count("pk", filter=dated_q & Q(forum__isnull=True)),
        forum_count=Count("forum", distinct=True, filter=dated_q),
        dated=Count("pk", filter=dated_q),
    )
    figure = {
        "unit": "year",
        "periods": [],
        "buckets": [],
        "rows": [],
        "series": [],
        "undated": span["undated"],
        "total": 0,
    }
    if span["first"] is None:
        return figure
    first, last = (span["first"].year, span["first"].month), (span["last"].year, span["last"].month)
    monthly = (last[0] - first[0]) * 12 + last[1] - first[1] < MONTHLY_SPAN
    figure["unit"] = "month" if monthly else "year"
    figure["forum_count"] = span["forum_count"]
    dated = listed.filter(dated_q)
    # Counted by forum id first (from the timeline's index), then joined to the forums' names: grouping by the names
    # joined each meeting to its forum first (0.28 s of 0.9 s at 100,000 meetings).
    by_forum, by_forum_params = (
        dated.exclude(forum=None).order_by().values("forum_id").annotate(n=Count("pk")).query.sql_with_params()
    )
    drawn = [
        dict(zip(("forum_id", "forum__slug", "forum__name", "forum__short_name", "n"), row, strict=True))
        for row in _rows(
            f"SELECT g.forum_id, f.slug, f.name, f.short_name, g.n FROM ({by_forum}) g "
            f"JOIN {_table(Forum)} f ON f.id = g.forum_id ORDER BY g.n DESC, f.name, g.forum_id LIMIT {SERIES}",
            by_forum_params,
        )
    ]
    drawn_ids = [row["forum_id"] for row in drawn]
    others = span["dated"] - span["no_forum"] - sum(row["n"] for row in drawn)
    figure["series"] = [
        {
            "slug": row["forum__slug"],
            "name": row["forum__name"],
            "short": row["forum__short_name"] or row["forum__name"],
            "series": n,
            "count": row["n"],
        }
        for n, row in enumerate(drawn)
    ]
    if others:
        other_forums = span["forum_count"] - len(drawn)
        figure["series"].append(
            {
                "slug": "",
                "name": f"{other_forums} other forum{'s' if other_forums != 1 else ''}",
                "short": "Other forums",
                "series": OTHER_SERIES,
                "count": others,
            }
        )
    if span["no_forum"]:
        figure["series"].append(
            {"slug": "", "name": "No forum", "short": "No forum", "series": NO_FORUM_SERIES, "count": span["no_forum"]}
        )
    # Grouped by the unit drawn only: by month over decades is twelve times the rows.
    by = {"y": ExtractYear("start_date"), **({"m": ExtractMonth("start_date")} if monthly else {})}
    counts = {
        "n": Count("pk"),
        "to_month": Count("pk", filter=Q(start_date_precision=DatePrecision.MONTH)),
        "to_year": Count("pk", filter=Q(start_date_precision=DatePrecision.YEAR)),
    }
    OTHERS = 0  # no forum has the id 0
    group = Case(
        When(forum_id__in=drawn_ids or [OTHERS], then=F("forum_id")),
        When(forum__isnull=True, then=Value(None)),
        default=Value(OTHERS),
        output_field=IntegerField(),
    )

    def period_of(row):
        return f"{row['y']:04d}-{row.get('m', 1):02d}" if monthly else f"{row['y']:04d}"

    cells = {}
    for row in dated.values(**by, group=group).annotate(**counts).values("group", *by, *counts):
        cells.setdefault(period_of(row), {})[row["group"]] = {k: row[k] for k in ("to_month", "to_year")} | {
            "count": row["n"]
        }
    if full:
        rows = list(dated.values("forum_id", **by).annotate(**counts).values("forum_id", *by, *counts))
        forums = Forum.objects.filter(pk__in={row["forum_id"] for row in rows if row["forum_id"]}).only("slug", "name")
        names = {forum.pk: (forum.slug, forum.name) for forum in forums}
        rows.sort(key=lambda row: (period_of(row), -row["n"], names.get(row["forum_id"], ("", "~"))[1]))
        for row in rows:
            slug, name = names.get(row["forum_id"], ("", "No forum"))
            figure["buckets"].append({"period": period_of(row), "forum": slug, "count": row["n"]})
            figure["rows"].append([period_of(row), slug, name, row["n"], row["to_month"], row["to_year"]])

    periods = []
    y, m = first if monthly else (first[0], 1)
    while (y, m) <= last if monthly else y <= last[0]:
        periods.append(f"{y:04d}-{m:02d}" if monthly else f"{y:04d}")
        if monthly:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        else:
            y += 1
    cleaned = filterset.form.cleaned_data
    # The bars' parts in the legend's order, so a forum's colour sits at the same height in every bar.
    parts = [(row["forum_id"], row["forum__slug"], row["forum__name"], n) for n, row in enumerate(drawn)]
    if others:
        parts.append((OTHERS, "", "Other forums", OTHER_SERIES))
    if span["no_forum"]:
        parts.append((None, "", "No forum", NO_FORUM_SERIES))
    for period in periods:
        held = cells.get(period, {})
        entry = {"period": period, "label": period_label(period), "segments": [], "columns": [], "count": 0}
        entry["url"] = list_url(params, **period_filters(period, cleaned))
        for group_id, slug, name, series in parts:
            cell = held.get(group_id, {"count": 0, "to_month": 0, "to_year": 0})
            # Only a forum's own part is a link: the list cannot choose "the other forums" or "no forum".
            url = list_url(params, forum=slug, **period_filters(period, cleaned)) if slug and cell["count"] else ""
            segment = {"forum": slug, "forum_name": name, "series": series, **cell, "url": url}
            entry["columns"].append(segment)
            if cell["count"]:
                entry["segments"].append(segment)
                entry["count"] += cell["count"]
        entry["to_month"] = sum(s["to_month"] for s in entry["segments"])
        entry["to_year"] = sum(s["to_year"] for s in entry["segments"])
        figure["periods"].append(entry)
    figure["total"] = sum(p["count"] for p in figure["periods"])
    figure["first"], figure["last"] = figure["periods"][0]["label"], figure["periods"][-1]["label"]
    figure["busiest"] = max(figure["periods"], key=lambda p: p["count"])
    return figure


def filtered(filterset):
    return any(value not in (None, "") for name, value in filterset.form.cleaned_data.items() if name != "sort")


def listed_events(filterset):
    """The list's meetings as a plain queryset to count on: by their ids when filtered (the words filter may make
    the list's own queryset DISTINCT, which a GROUP BY must not inherit)."""
    if not filtered(filterset):
        return Event.objects.top_level()
    # top_level() again, though the ids are all top-level: it lets PostgreSQL read the meetings' dates and forums
    # from the timeline's index (Event.Meta, "event_timeline"), which holds top-level meetings only.
    return Event.objects.top_level().filter(pk__in=RawSQL(*event_ids(filterset)))


def period_label(period):
    if len(period) == 4:
        return period
    year, month = period.split("-")
    return f"{calendar.month_abbr[int(month)]} {year}"


def period_filters(period, cleaned):
    """The list's filters that select a period, within any date range already chosen."""
    if len(period) == 4:
        return {"year": period}
    year, month = (int(part) for part in period.split("-"))
    start = datetime.date(year, month, 1)
    end = datetime.date(year, month, calendar.monthrange(year, month)[1])
    if cleaned.get("date_from"):
        start = max(start, cleaned["date_from"])
    if cleaned.get("date_to"):
        end = min(end, cleaned["date_to"])
    return {"date_from": start.isoformat(), "date_to": end.isoformat()}


def timeline_drawing(figure, width=760, height=220):
    """The bars' places in an SVG of this size: a bar per period, its segments stacked from the bottom."""
    periods = figure["periods"]
    left, right, top, bottom = 44, 8, 16, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((p["count"] for p in periods), default=0)
    scale_max = nice_ceiling(peak)
    slot = plot_w / max(len(periods), 1)
    bar_w = max(2, min(48, int(slot * 0.72)))
    # Label every period when they fit, else every k-th.
    every = max(1, math.ceil(len(periods) * (64 if figure["unit"] == "month" else 40) / plot_w))
    bars = []
    for i, period in enumerate(periods):
        x = left + int(i * slot + (slot - bar_w) / 2)
        y = top + plot_h
        segments = []
        for segment in period["segments"]:
            h = round(segment["count"] / scale_max * plot_h) if scale_max else 0
            h = max(h, 2)
            y -= h
            segments.append({**segment, "x": x, "y": y, "w": bar_w, "h": h})
        bars.append(
            {
                **period,
                "segments": segments,
                "x": x,
                "w": bar_w,
                "label_x": x + bar_w // 2,
                "top": y,
                "show_label": i % every == 0,
                "marked": period["to_year"] > 0 and figure["unit"] == "month",
            }
        )
    ticks = (
        [{"value": value, "y": top + plot_h - round(value / scale_max * plot_h)} for value in axis_ticks(scale_max)]
        if scale_max
        else []
    )
    return {
        "width": width,
        "height": height,
        "left": left,
        "plot_right": width - right,
        "baseline": top + plot_h,
        "label_y": top + plot_h + 16,
        "bars": bars,
        "ticks": ticks,
    }


def nice_ceiling(value):
    """The smallest of 1, 2, 5, 10, 20, 50, ... at or above value, so the axis reads in round numbers."""
    if value <= 0:
        return 0
    magnitude = 10 ** int(math.floor(math.log10(value)))
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def axis_ticks(scale_max):
    if scale_max <= 5:
        return list(range(0, scale_max + 1))
    return [scale_max * n // 4 for n in range(5) if (scale_max * n) % 4 == 0] or [0, scale_max]


# --- Matrix -----------------------------------------------------------------------------------------------------

ROW_KINDS = {
    # rows=country by=participated: the list's `country` (host or participant); by=hosted: its `host_country`.
    ("country", "participated"): Facet.COUNTRY,
    ("country", "hosted"): Facet.HOST_COUNTRY,
    ("topic", "participated"): Facet.TOPIC,
}


def matrix(filterset, params, row_facet, full=False):
    """How many meetings carry each row value (a country, or a topic) and each forum, under the list's filters.

    filterset holds the list's filters but the row's and the column's own parameters: a cell's link sets those two,
    so its list is the same meetings (the facets beside the list count the same way). One query for the counts,
    two for the names.
    """
    scope, scope_params = _scope(filterset, "r")
    ef = _table(EventFacet)
    join = (
        f"SELECT r.value, c.value, COUNT(*) FROM {ef} r JOIN {ef} c ON c.event_id = r.event_id AND c.facet = %s "
        f"WHERE r.facet = %s{scope}"
    )
    if scope:
        counted = _rows(f"{join} GROUP BY r.value, c.value", [Facet.FORUM, row_facet, *scope_params])
    else:
        # Unfiltered, the values common enough to be paired have their counts by forum kept in FacetPair
        # (meetings/facets.py); only the rarer values, few meetings each, are counted by the join.
        ft, fp = _table(FacetTotal), _table(FacetPair)
        counted = _rows(
            f"SELECT value, other_value, events FROM {fp} WHERE facet = %s AND other_facet = %s AND events > 0",
            [row_facet, Facet.FORUM],
        ) + _rows(
            f"{join} AND r.value NOT IN (SELECT value FROM {ft} WHERE facet = %s AND paired) GROUP BY r.value, c.value",
            [Facet.FORUM, row_facet, row_facet],
        )
    row_totals, col_totals = {}, {}
    for row, col, n in counted:
        row_totals[row] = row_totals.get(row, 0) + n
        col_totals[col] = col_totals.get(col, 0) + n
    # The names of the rows and columns shown, or of all of them for the JSON and CSV: thousands of forums would be
    # read for a page that shows twelve.
    by_total = lambda totals: sorted(totals, key=lambda key: (-totals[key], key))  # noqa: E731
    rows, cols = by_total(row_totals), by_total(col_totals)
    if not full:
        rows, cols = rows[:MATRIX_ROWS], cols[:MATRIX_COLUMNS]
    names = facet_records(row_facet, rows)
    forums = {str(f.pk): f for f in Forum.objects.filter(pk__in=[int(col) for col in cols])}
    rows.sort(key=lambda r: (-row_totals[r], names[r]["label"].casefold()))
    cols.sort(key=lambda c: (-col_totals[c], forums[c].name.casefold()))
    counts = {(row, col): n for row, col, n in counted}
    param = {Facet.COUNTRY: "country", Facet.HOST_COUNTRY: "host_country", Facet.TOPIC: "topic"}[row_facet]
    peak = max(counts.values(), default=0)
    table_rows = []
    for row in rows[:MATRIX_ROWS]:
        cells = []
        for col in cols[:MATRIX_COLUMNS]:
            n = counts.get((row, col), 0)
            cells.append(
                {
                    "count": n,
                    "forum": forums[col].name,
                    "shade": shade(n, peak),
                    "url": list_url(params, **{param: names[row]["key"], "forum": forums[col].slug}) if n else "",
                }
            )
        table_rows.append({**names[row], "cells": cells})
    return {
        "param": param,
        "rows": table_rows,
        "cols": [
            {
                "slug": forums[c].slug,
                "name": forums[c].name,
                "short": forums[c].short_name or forums[c].name,
                "url": forums[c].get_absolute_url(),
            }
            for c in cols[:MATRIX_COLUMNS]
        ],
        "row_count": len(row_totals),
        "col_count": len(col_totals),
        # Every cell, for the JSON and the CSV only: a page shows at most MATRIX_ROWS by MATRIX_COLUMNS.
        "cells": [
            {"row": names[row]["key"], "col": forums[col].slug, "count": n}
            for (row, col), n in sorted(
                counts.items(), key=lambda item: (-row_totals[item[0][0]], item[0][0], -item[1])
            )
        ]
        if full
        else [],
        "labels": {
            **{names[row]["key"]: names[row]["label"] for row in rows},
            **{forums[col].slug: forums[col].name for col in cols},
        }
        if full
        else {},
    }


def shade(n, peak):
    """A step from 0 to 5 of a cell's count against the largest: the cell's background, darker for more."""
    if not n or not peak:
        return 0
    return max(1, math.ceil(5 * n / peak))


def facet_records(facet, values):
    """{value as the table holds it: {key (as URLs write it), label, url}} for countries, organizations and topics."""
    if facet in (Facet.COUNTRY, Facet.HOST_COUNTRY):
        records = Country.objects.filter(code__in=values).only("code", "name")
        return {c.code: {"key": c.code.lower(), "label": c.name, "url": c.get_absolute_url()} for c in records}
    if facet == Facet.TOPIC:
        records = Topic.objects.filter(pk__in=[int(v) for v in values])
        # Topics have no page of their own: the list of the topic's meetings is it.
        return {
            str(t.pk): {"key": t.slug, "label": t.name, "url": reverse("meetings:event-list") + f"?topic={t.slug}"}
            for t in records
        }
    records = Organization.objects.filter(pk__in=[int(v) for v in values]).only("pk", "slug", "name", "acronym")
    return {
        str(o.pk): {"key": o.slug, "label": o.name, "short": o.acronym, "url": o.get_absolute_url()} for o in records
    }


# --- Network ----------------------------------------------------------------------------------------------------


def network(filterset, params):
    """Countries and organizations involved in the same meetings: the NETWORK_NODES involved in the most, and how
    many meetings each pair shares. A node's count is that of the list filtered by it (`country=` is a country
    involved, `organization=` an organization involved), so its link opens exactly those meetings. Four queries.
    """
    ef = _table(EventFacet)
    scope, scope_params = _scope(filterset, "f")
    kinds = (Facet.COUNTRY, Facet.ORGANIZATION)
    if scope:
        top = _rows(
            f"SELECT f.facet, f.value, COUNT(*) AS n FROM {ef} f WHERE f.facet IN (%s, %s){scope} "
            f"GROUP BY f.facet, f.value ORDER BY n DESC, f.facet, f.value",
            [*kinds, *scope_params],
        )
    else:
        # Unfiltered, each value's number of meetings is kept in FacetTotal, and whether its pairs are kept too.
        top = _rows(
            f"SELECT facet, value, events AS n, paired FROM {_table(FacetTotal)} WHERE facet IN (%s, %s) "
            "AND events > 0 ORDER BY n DESC, facet, value",
            list(kinds),
        )
    paired = not scope and all(row[3] for row in top[:NETWORK_NODES])
    top = [row[:3] for row in top]
    shown = top[:NETWORK_NODES]
    by_kind = {kind: [value for facet, value, _ in shown if facet == kind] for kind in kinds}
    edges = []
    if len(shown) > 1 and paired:
        # Every node common: how many meetings each two share is kept in FacetPair, one row per pair read through its
        # unique index, instead of reading every meeting of the busiest countries (2.5 s at 100,000 meetings).
        pairs = list(itertools.combinations(range(len(shown)), 2))
        place = {shown[i][:2] + shown[j][:2]: (i, j) for i, j in pairs}
        rows = _rows(
            f"SELECT facet, value, other_facet, other_value, events FROM {_table(FacetPair)} "
            f"WHERE (facet, value, other_facet, other_value) IN ({', '.join(['(%s, %s, %s, %s)'] * len(pairs))}) "
            "AND events > 0",
            [p for key in place for p in key],
        )
        edges = sorted((row for row in rows), key=lambda row: place[row[:4]])
    elif len(shown) > 1:
        chosen, chosen_params = [], []
        for kind, values in by_kind.items():
            if values:
                chosen.append(f"({{a}}.facet = %s AND {{a}}.value IN ({', '.join(['%s'] * len(values))}))")
                chosen_params.append([kind, *values])
        either = " OR ".join(chosen)
        # Each meeting's set of shown nodes as the bits of one number, then how many meetings have each set: a few
        # thousand sets stand for every meeting, and their pairs are counted here. A join of the table with itself
        # would make every pair of every meeting in the database, millions of rows at 100,000 meetings.
        bits = " ".join(f"WHEN f.facet = %s AND f.value = %s THEN {1 << i}" for i in range(len(shown)))
        bit_params = [p for facet, value, _ in shown for p in (facet, value)]
        sets = _rows(
            f"SELECT m.nodes, COUNT(*) FROM (SELECT f.event_id, SUM(CASE {bits} ELSE 0 END) AS nodes FROM {ef} f "
            f"WHERE ({either.format(a='f')}){scope} GROUP BY f.event_id) m GROUP BY m.nodes",
            [*bit_params, *(p for group in chosen_params for p in group), *scope_params],
        )
        weights = {}
        for nodes, n in sets:
            members = [i for i in range(len(shown)) if int(nodes) >> i & 1]
            for pair in itertools.combinations(members, 2):
                weights[pair] = weights.get(pair, 0) + n
        edges = [(*shown[i][:2], *shown[j][:2], n) for (i, j), n in weights.items()]
    names = {
        **{(Facet.COUNTRY, k): v for k, v in facet_records(Facet.COUNTRY, by_kind[Facet.COUNTRY]).items()},
        **{
            (Facet.ORGANIZATION, k): v
            for k, v in facet_records(Facet.ORGANIZATION, by_kind[Facet.ORGANIZATION]).items()
        },
    }
    cleaned = filterset.form.cleaned_data
    nodes = []
    for facet, value, n in shown:
        record = names[(facet, value)]
        # The list takes one country and one organization: with another one already chosen, the node's meetings
        # cannot be listed, and it opens its record's page instead.
        chosen = facets.facet_key(facet, cleaned.get(facet))
        listable = chosen is None or chosen == value
        nodes.append(
            {
                "id": f"{facet}:{record['key']}",
                "label": record["label"],
                "short": short_label(facet, record),
                "kind": facet,
                "url": record["url"],
                "meetings": n,
                "list_url": list_url(params, **{facet: record["key"]}) if listable else "",
            }
        )
    ids = {(facet, value): node["id"] for (facet, value, _), node in zip(shown, nodes, strict=True)}
    labels = {node["id"]: node["label"] for node in nodes}
    ties = sorted(
        ({"source": ids[(fa, va)], "target": ids[(fb, vb)], "weight": n} for fa, va, fb, vb, n in edges),
        key=lambda e: (-e["weight"], labels[e["source"]].casefold(), labels[e["target"]].casefold()),
    )
    return {
        "nodes": nodes,
        "edges": ties,
        "node_total": len(top),
        "ties": [
            {**tie, "source_label": labels[tie["source"]], "target_label": labels[tie["target"]]}
            for tie in ties[:TIES_LISTED]
        ],
    }


def short_label(facet, record):
    """What a node shows beside it: a country's code, an organization's acronym, or its name cut to 22 characters."""
    text = record["key"].upper() if facet == Facet.COUNTRY else (record.get("short") or record["label"])
    return text if len(text) <= 22 else text[:21].rstrip() + "…"


def network_drawing(figure, size=560):
    """Nodes on a circle (countries, then organizations, each by meetings), sized by meetings; the strongest ties."""
    nodes = figure["nodes"]
    centre, radius = size // 2, size // 2 - 90
    peak = max((node["meetings"] for node in nodes), default=1)
    order = sorted(nodes, key=lambda node: (node["kind"] != Facet.COUNTRY, -node["meetings"], node["label"]))
    placed = {}
    for i, node in enumerate(order):
        angle = 2 * math.pi * i / max(len(order), 1) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        outside = radius + 14
        placed[node["id"]] = {
            **node,
            "x": round(x),
            "y": round(y),
            "r": (r := round(5 + 13 * math.sqrt(node["meetings"] / peak))),
            # An organization is a square of the circle's area, so shape tells the kinds apart as well as colour.
            "side": (side := round(r * 1.77)),
            "sx": round(x) - side // 2,
            "sy": round(y) - side // 2,
            "label_x": round(centre + outside * math.cos(angle) + (8 if math.cos(angle) >= 0 else -8)),
            "label_y": round(centre + outside * math.sin(angle) + 4),
            "anchor": "start" if math.cos(angle) >= -0.01 else "end",
        }
    strongest = figure["edges"][:NETWORK_EDGES]
    top_weight = max((edge["weight"] for edge in strongest), default=1)
    lines = [
        {
            "x1": placed[e["source"]]["x"],
            "y1": placed[e["source"]]["y"],
            "x2": placed[e["target"]]["x"],
            "y2": placed[e["target"]]["y"],
            "width": round(1 + 7 * e["weight"] / top_weight, 1),
            "weight": e["weight"],
        }
        for e in reversed(strongest)  # the strongest drawn last, on top
    ]
    return {"size": size, "nodes": list(placed.values()), "lines": lines, "edges_drawn": len(strongest)}


# --- Compare ----------------------------------------------------------------------------------------------------


def compare(filterset, params, facet, subjects):
    """Two to four countries or organizations (records, in the order asked) under the list's other filters: meetings
    each took part in, those all took part in, their forums and their roles year by year. Seven queries.
    """
    ef = _table(EventFacet)
    param = "country" if facet == Facet.COUNTRY else "organization"
    keys = [(s.code if facet == Facet.COUNTRY else str(s.pk)) for s in subjects]
    url_keys = {
        key: (s.code.lower() if facet == Facet.COUNTRY else s.slug) for key, s in zip(keys, subjects, strict=True)
    }
    marks = ", ".join(["%s"] * len(keys))
    scope, scope_params = _scope(filterset, "s")
    per_forum = _rows(
        f"SELECT s.value, c.value, COUNT(*) FROM {ef} s JOIN {ef} c ON c.event_id = s.event_id AND c.facet = %s "
        f"WHERE s.facet = %s AND s.value IN ({marks}){scope} GROUP BY s.value, c.value",
        [Facet.FORUM, facet, *keys, *scope_params],
    )
    per_year = _rows(
        f"SELECT s.value, c.value, COUNT(*) FROM {ef} s LEFT JOIN {ef} c ON c.event_id = s.event_id AND c.facet = %s "
        f"WHERE s.facet = %s AND s.value IN ({marks}){scope} GROUP BY s.value, c.value",
        [Facet.YEAR, facet, *keys, *scope_params],
    )
    # Meetings all of them took part in: the first one's meetings joined to each other's.
    joins = "".join(
        f" JOIN {ef} s{n} ON s{n}.event_id = s.event_id AND s{n}.facet = %s AND s{n}.value = %s"
        for n in range(1, len(keys))
    )
    join_params = [p for key in keys[1:] for p in (facet, key)]
    common_ids_sql = f"SELECT s.event_id FROM {ef} s{joins} WHERE s.facet = %s AND s.value = %s{scope}"
    common_params = [*join_params, facet, keys[0], *scope_params]
    common_count = _rows(f"SELECT COUNT(*) FROM ({common_ids_sql}) common", common_params)[0][0]
    common = list(
        Event.objects.filter(pk__in=RawSQL(common_ids_sql, common_params))
        .select_related("forum", "country")
        .order_by("-start_date", "title", "pk")[:COMMON_LISTED]
    )
    # Roles: a delegation's or the organization's own rows; a country's hosting is its meeting's host.
    events = listed_events(filterset)
    participations = Participation.objects.filter(
        event__in=events.values("pk"),
        **({"country__in": subjects} if facet == Facet.COUNTRY else {"organization__in": subjects}),
    )
    field = "country_id" if facet == Facet.COUNTRY else "organization_id"
    roles = list(
        participations.order_by()
        .values(field, "role", y=ExtractYear("event__start_date"))
        .annotate(n=Count("event_id", distinct=True))
    )
    hosted = []
    if facet == Facet.COUNTRY:
        hosted = list(
            events.filter(country__in=subjects)
            .order_by()
            .values("country_id", y=ExtractYear("start_date"))
            .annotate(n=Count("pk"))
        )
    forum_ids = {int(col) for _, col, _ in per_forum}
    forums = {str(f.pk): f for f in Forum.objects.filter(pk__in=forum_ids)}
    role_names = dict(Participation.Role.choices)
    columns = []
    totals = {key: 0 for key in keys}
    for key, n in _rows(
        f"SELECT s.value, COUNT(*) FROM {ef} s WHERE s.facet = %s AND s.value IN ({marks}){scope} GROUP BY s.value",
        [facet, *keys, *scope_params],
    ):
        totals[key] = n
    years = sorted(
        {int(y) for _, y, _ in per_year if y is not None}
        | {r["y"] for r in roles if r["y"]}
        | {h["y"] for h in hosted if h["y"]}
    )
    for key, subject in zip(keys, subjects, strict=True):
        by_year = {int(y): n for k, y, n in per_year if k == key and y is not None}
        role_years = {}
        for r in roles:
            if str(r[field]) == key and r["y"]:
                role_years.setdefault(r["y"], []).append((role_names[r["role"]], r["n"]))
        for h in hosted:
            if h["country_id"] == key and h["y"]:
                role_years.setdefault(h["y"], []).append(("Host country", h["n"]))
        forum_rows = [(col, n) for k, col, n in per_forum if k == key]
        busiest_forums = sorted(forum_rows, key=lambda row: (-row[1], forums[row[0]].name.casefold()))
        columns.append(
            {
                "forums_more": max(0, len(forum_rows) - COMPARE_FORUMS),
                "key": url_keys[key],
                "label": subject.name,
                "url": subject.get_absolute_url(),
                "meetings": totals[key],
                "list_url": list_url(params, **{param: url_keys[key]}),
                "forums": [
                    {
                        "slug": forums[col].slug,
                        "name": forums[col].name,
                        "count": n,
                        "url": list_url(params, **{param: url_keys[key], "forum": forums[col].slug}),
                    }
                    for col, n in busiest_forums[:COMPARE_FORUMS]
                ],
                "years": [
                    {
                        "year": year,
                        "count": by_year.get(year, 0),
                        "url": list_url(params, **{param: url_keys[key], "year": year}),
                        "roles": sorted(role_years.get(year, []), key=lambda r: (-r[1], r[0])),
                    }
                    for year in years
                ],
            }
        )
    peak = max((y["count"] for c in columns for y in c["years"]), default=0)
    for c in columns:
        for y in c["years"]:
            y["width"] = round(100 * y["count"] / peak) if peak else 0
    return {"param": param, "columns": columns, "common_count": common_count, "common": common, "years": years}
