"""The search page: one box across every kind of record, results grouped by kind, name matches first."""

from dataclasses import dataclass

from django.db.models import F, Prefetch, Window, prefetch_related_objects
from django.db.models.functions import DenseRank
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode

from .. import search
from ..models import (
    Agreement,
    Attendance,
    Country,
    Event,
    Forum,
    Organization,
    Outcome,
    Participation,
    Person,
    SourceReport,
    Statement,
)

# Results shown per kind; the rest are one click away in the kind's own list, filtered by the same words.
GROUP_SIZE = 5
# Meetings named under a person found: their latest few, and how many in all.
ATTENDED_SHOWN = 3


@dataclass
class Kind:
    key: str
    label: str
    plural: str
    list_name: str
    queryset: object


# The stored search documents are matched in SQL, never shown: reading them back would double a result's size.
DOCUMENTS = ("search_name", "search_text")


def kinds():
    return [
        # Meetings, not their sessions: the meetings list shows top-level meetings only, and "All 7 matching
        # meetings" must open a list of 7.
        Kind(
            "events",
            "Meetings",
            "meetings",
            "event-list",
            Event.objects.top_level().select_related("forum", "country").defer(*DOCUMENTS),
        ),
        Kind("countries", "Countries", "countries", "country-list", Country.objects.all()),
        Kind("forums", "Forums", "forums", "forum-list", Forum.objects.all()),
        Kind(
            "organizations",
            "Organizations",
            "organizations",
            "organization-list",
            Organization.objects.select_related("country").defer(*DOCUMENTS),
        ),
        Kind(
            "people", "People", "people", "person-list", Person.objects.select_related("nationality").defer(*DOCUMENTS)
        ),
        Kind("agreements", "Agreements", "agreements", "agreement-list", Agreement.objects.defer(*DOCUMENTS)),
        Kind(
            "outcomes",
            "Outcomes",
            "outcomes",
            "outcome-list",
            Outcome.objects.select_related("event").defer(*DOCUMENTS, *(f"event__{name}" for name in DOCUMENTS)),
        ),
        Kind(
            "statements",
            "Statements",
            "statements",
            "statement-list",  # no list of statements yet: each is shown with its meeting
            Statement.objects.select_related("attendance__person", "attendance__event").defer(
                *DOCUMENTS,
                *(f"attendance__event__{name}" for name in DOCUMENTS),
                *(f"attendance__person__{name}" for name in DOCUMENTS),
            ),
        ),
        Kind(
            "sources",
            "Source reports",
            "source reports",
            "source-list",
            SourceReport.objects.select_related("publisher").defer(*DOCUMENTS),
        ),
    ]


def list_url(name, q, years=()):
    params = {"q": q}
    if len(years) == 1:
        params["year"] = years[0]
    try:
        return f"{reverse(f'meetings:{name}')}?{urlencode(params)}"
    except NoReverseMatch:  # a kind whose list page does not exist yet
        return None


def search_page(request):
    q = request.GET.get("q", "").strip()
    context = {"q": q, "groups": [], "total": 0, "problem": None, "max_length": search.MAX_QUERY_LENGTH}
    if not q:
        return render(request, "meetings/search.html", context)
    try:
        query = search.parse(q)
        # A year in the query ("COMMIT Bangkok 2023") narrows meetings to that year instead of being a word their
        # text must contain; other records still need the year among their words.
        years = search.years_in(q)
        event_query = search.parse(q, years=True) if years else query
    except search.QueryProblem as problem:
        context["problem"] = str(problem)
        context["q"] = q[: search.MAX_QUERY_LENGTH]
        return render(request, "meetings/search.html", context, status=400)
    if len(event_query.words) == len(query.words):
        years = []  # the query is nothing but a year: it is searched as a word
    context["years"] = years
    for kind in kinds():
        list_q = q
        if kind.key == "events" and years:
            kind.queryset = kind.queryset.filter(start_date__year__in=years)
            query_for_kind = event_query
            list_q = " ".join(word for word in q.split() if not search.YEAR.match(search.normalize(word)))
        else:
            query_for_kind = query
        # Counted up to a limit only: a word in every report would otherwise read every report.
        count = search.matching(kind.queryset, query_for_kind).order_by()[: search.COUNT_LIMIT + 1].count()
        if not count:
            continue
        broad = count > search.COUNT_LIMIT
        if broad:
            count = search.COUNT_LIMIT
        if kind.queryset.model._meta.model_name in search.PLAIN_FIELDS:
            # Countries and forums have no stored document to rank by: names first, then their own order.
            results = list(search.plain_ranked(kind.queryset, query_for_kind)[:GROUP_SIZE])
        elif broad or count > search.RANK_LIMIT:
            results = search.first_matches(kind.queryset, query_for_kind, GROUP_SIZE)
        else:
            results = list(search.ranked(kind.queryset, query_for_kind)[:GROUP_SIZE])
        show_matches(kind.key, results, query_for_kind)
        url = list_url(kind.list_name, list_q, years if kind.key == "events" else ())
        context["groups"].append({"kind": kind, "count": count, "more": broad, "results": results, "url": url})
        context["total"] += count
        context["more"] = context.get("more") or broad
    return render(request, "meetings/search.html", context)


def _names(record):
    """A record's other names, when show_matches read them (only for records whose own fields do not explain why
    they matched)."""
    return ", ".join(name.name for name in getattr(record, "names", []))


def _attended(people):
    """Set person.attended (their latest meetings) and person.attended_count (how many meetings) on each of people,
    in one query."""
    by_person = {person.pk: person for person in people}
    for person in people:
        person.attended, person.attended_count = [], 0
    if not people:
        return

    def rank(*order_by):
        return Window(DenseRank(), partition_by=F("person_id"), order_by=list(order_by))

    # Dense ranks count meetings, not rows: a person may attend one meeting in two roles. A row's rank among the
    # person's meetings counted up plus its rank counted down, less one, is how many meetings they attended.
    latest = (
        Attendance.objects.filter(person__in=by_person)
        .select_related("event")
        .only("person_id", "event__title", "event__slug", "event__start_date")
        .annotate(
            place=rank(F("event__start_date").desc(nulls_last=True), F("event_id").desc()),
            up=rank(F("event_id").asc()),
            down=rank(F("event_id").desc()),
        )
        .filter(place__lte=ATTENDED_SHOWN)
        .order_by("person_id", "place")
    )
    for attendance in latest:
        person = by_person[attendance.person_id]
        person.attended_count = attendance.up + attendance.down - 1
        if attendance.event not in person.attended:
            person.attended.append(attendance.event)


def _event_texts(event):
    forum, country = event.forum, event.country
    return [
        event.title,
        event.summary,
        forum.name if forum else "",
        forum.short_name if forum else "",
        event.venue,
        event.city,
        country.name if country else "",
    ]


def _own_texts(key, item):
    """The texts of a result the search page reads without asking the database again."""
    if key == "events":
        return _event_texts(item)
    if key == "organizations":
        return [item.name, item.acronym, item.description, item.country.name if item.country else ""]
    if key == "people":
        return [item.name, item.summary, item.nationality.name if item.nationality else ""]
    if key == "countries":
        return [item.name, item.official_name, item.code]
    return [item.name, item.short_name, item.description]  # agreements


def show_matches(key, results, query):
    """Mark query's words in each result's name (item.marked) and give it the passage that matched (item.match,
    (label, pieces)), so a reader sees why each record was found, whatever its kind.

    A meeting's attendees and delegations and a record's other names are read only for the results whose own
    fields do not hold every word of the query: on most searches, none, and the page asks nothing more.
    """
    if not results:
        return
    # The results that matched through rows of their own: read those rows, for them alone.
    unexplained = []
    if key in ("events", "organizations", "people", "agreements", "countries"):
        unexplained = [item for item in results if not search.explains(query, *_own_texts(key, item))]
    if key == "events" and unexplained:
        attendees = Attendance.objects.select_related("person").only("event_id", "person__name")
        prefetch_related_objects(unexplained, Prefetch("attendances", queryset=attendees, to_attr="attendees"))
        # The delegations, for the meetings their attendees do not explain either ("Lao PDR", not a person's name).
        unexplained = [
            item
            for item in unexplained
            if not search.explains(query, *_event_texts(item), *(a.person.name for a in item.attendees))
        ]
        # Country delegations only, and only the names shown: a meeting may have dozens of rows of each.
        delegations = (
            Participation.objects.filter(organization__isnull=True, country__isnull=False)
            .select_related("country")
            .only("event_id", "country__name")
        )
        prefetch_related_objects(unexplained, Prefetch("participations", queryset=delegations, to_attr="delegations"))
    elif unexplained:
        prefetch_related_objects(unexplained, Prefetch("other_names", to_attr="names"))
    if key == "people":
        _attended(results)
    for item in results:
        item.marked, passages, width = None, [], 14
        if key == "events":
            item.marked = search.highlight(item.title, query)
            # Only the attendees and delegations whose names match: the whole list would bury them.
            attendees = sorted({a.person.name for a in getattr(item, "attendees", [])})
            attendees = [name for name in attendees if search.snippet(name, query)]
            delegations = sorted({p.country.name for p in getattr(item, "delegations", [])})
            delegations = [name for name in delegations if search.snippet(name, query)]
            forum = f"{item.forum.name} ({item.forum.short_name})" if item.forum and item.forum.short_name else ""
            passages = [
                ("", item.summary),
                ("Attended by", ", ".join(attendees)),
                ("In the series", forum or (item.forum.name if item.forum else "")),
                ("Delegations included", ", ".join(delegations)),
                ("Held in", ", ".join(filter(None, [item.venue, item.city, getattr(item.country, "name", "")]))),
            ]
        elif key == "organizations":
            item.marked, item.marked_short = search.highlight(item.name, query), search.highlight(item.acronym, query)
            passages = [("Also called", _names(item)), ("", item.description)]
        elif key == "people":
            item.marked = search.highlight(item.name, query)
            passages = [("Also called", _names(item)), ("", item.summary)]
        elif key == "countries":
            item.marked = search.highlight(item.name, query)
            passages = [("Also called", ", ".join(filter(None, [item.official_name, _names(item)])))]
        elif key == "forums":
            item.marked, item.marked_short = (
                search.highlight(item.name, query),
                search.highlight(item.short_name, query),
            )
            passages = [("", item.description)]
        elif key == "agreements":
            item.marked, item.marked_short = (
                search.highlight(item.name, query),
                search.highlight(item.short_name, query),
            )
            passages = [("Also called", _names(item)), ("", item.description)]
        elif key == "sources":
            item.marked = search.highlight(item.title, query)
            passages = [("", item.text)]
        elif key == "outcomes":
            passages, width = [("", item.text)], 24
        elif key == "statements":
            passages, width = [("", item.text)], 30
        item.match = search.best_snippet(query, passages, width)
