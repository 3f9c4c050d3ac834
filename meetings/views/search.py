"""The search page: one box across every kind of record, results grouped by kind, name matches first."""

from dataclasses import dataclass

from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode

from .. import search
from ..models import Agreement, Event, Organization, Outcome, Person, SourceReport

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
        Kind(
            "events",
            "Meetings",
            "meetings",
            "event-list",
            Event.objects.select_related("forum", "country").defer(*DOCUMENTS),
        ),
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
            "sources",
            "Source reports",
            "source reports",
            "source-list",
            SourceReport.objects.select_related("publisher").defer(*DOCUMENTS),
        ),
    ]


def list_url(name, q):
    try:
        return f"{reverse(f'meetings:{name}')}?{urlencode({'q': q})}"
    except NoReverseMatch:  # a kind whose list page does not exist yet
        return None


def search_page(request):
    q = request.GET.get("q", "").strip()
    context = {"q": q, "groups": [], "total": 0, "problem": None, "max_length": search.MAX_QUERY_LENGTH}
    if not q:
        return render(request, "meetings/search.html", context)
    try:
        query = search.parse(q)
    except search.QueryProblem as problem:
        context["problem"] = str(problem)
        context["q"] = q[: search.MAX_QUERY_LENGTH]
        return render(request, "meetings/search.html", context, status=400)
    for kind in kinds():
        # Counted up to a limit only: a word in every report would otherwise read every report.
        count = search.matching(kind.queryset, query).order_by()[: search.COUNT_LIMIT + 1].count()
        if not count:
            continue
        broad = count > search.COUNT_LIMIT
        if broad:
            count = search.COUNT_LIMIT
        if broad or count > search.RANK_LIMIT:
            results = search.first_matches(kind.queryset, query, GROUP_SIZE)
        else:
            results = list(search.ranked(kind.queryset, query)[:GROUP_SIZE])
        if kind.key == "sources":
            for source in results:
                source.snippet = search.snippet(source.text, query)
        context["groups"].append(
            {"kind": kind, "count": count, "more": broad, "results": results, "url": list_url(kind.list_name, q)}
        )
        context["total"] += count
        context["more"] = context.get("more") or broad
    return render(request, "meetings/search.html", context)
