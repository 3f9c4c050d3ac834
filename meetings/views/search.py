"""The search page: one box across every kind of record, results grouped by kind, name matches first."""

from dataclasses import dataclass

from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode

from .. import search
from ..models import Agreement, Country, Event, Forum, Organization, Outcome, Person, SourceReport, Statement

# Results shown per kind; the rest are one click away in the kind's own list, filtered by the same words.
GROUP_SIZE = 5


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
            # Countries, forums and statements have no stored document to rank by: names first, then their own order.
            results = list(search.plain_ranked(kind.queryset, query_for_kind)[:GROUP_SIZE])
        elif broad or count > search.RANK_LIMIT:
            results = search.first_matches(kind.queryset, query_for_kind, GROUP_SIZE)
        else:
            results = list(search.ranked(kind.queryset, query_for_kind)[:GROUP_SIZE])
        if kind.key == "sources":
            for source in results:
                source.snippet = search.snippet(source.text, query)
        url = list_url(kind.list_name, list_q, years if kind.key == "events" else ())
        context["groups"].append({"kind": kind, "count": count, "more": broad, "results": results, "url": url})
        context["total"] += count
        context["more"] = context.get("more") or broad
    return render(request, "meetings/search.html", context)
