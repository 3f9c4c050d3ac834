"""The list pages and their CSV twins: one helper for every page, one for every download.

A page's context always has the same shape: `filterset` (its form draws the filter form, its labels the chips),
`page_obj` (None when the list cannot be shown), `errors` (what was refused, for the alert at the top), `chips`,
`query` (the query string without `page`, for page links) and `csv_url`.
"""

import hashlib

from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe

from .. import facets as facet_table
from .. import versioning
from ..exports import csv_response, heavy_download
from ..models import Event
from .agreements import AgreementFilter
from .base import ListProblem, bad_parameters, paginate, param_display, query_without
from .countries import CountryFilter
from .events import FACETS, EventFilter, filters_key, rendered_facets
from .forums import ForumFilter
from .organizations import OrganizationFilter
from .outcomes import OutcomeFilter
from .people import PersonFilter
from .sources import SourceFilter


def active_filters(request, filterset):
    """The filters in force as removable chips; a value the form refused is shown too, so it can be removed."""
    chips = []
    cleaned = getattr(filterset.form, "cleaned_data", {})
    for name, filter_ in filterset.filters.items():
        raw = request.GET.get(name, "").strip()
        if not raw or name == "sort":
            continue
        if name in filterset.form.errors:
            display, invalid = raw[:40], True
        else:
            value = cleaned.get(name)
            if value in (None, ""):
                continue
            display, invalid = param_display(filterset, name, value), False
        if name == "q":
            display = f"“{display}”"
        chips.append(
            {
                "name": name,
                "label": filter_.label,
                "value": display,
                "invalid": invalid,
                "remove": query_without(request, name, "page"),
            }
        )
    return chips


def hidden_fields(request, filterset):
    """Valid parameters the form does not show as controls, carried as hidden inputs so submitting keeps them."""
    errors = filterset.form.errors
    return [
        (name, request.GET[name])
        for name in filterset.filters
        if name not in filterset.shown_fields() and request.GET.get(name, "").strip() and name not in errors
    ]


def list_page(request, filterset_class, template, rows=None, context=None):
    """A filtered, paginated list page; a bad filter or page number shows the page with status 400 and the problem.

    rows(request, filterset), when given, returns the page's part of the context (the meeting list pages through
    ids, reads the 25 meetings after and adds its facets); by default page_obj holds the rows themselves.
    """
    filterset = filterset_class(request.GET)
    valid = filterset.is_valid()  # the chips read the cleaned values
    query = query_without(request, "page")
    csv_route = "meetings:" + request.resolver_match.url_name.replace("-list", "-csv")
    context = {
        "filterset": filterset,
        "page_obj": None,
        "errors": filterset.refusals(),
        "chips": active_filters(request, filterset),
        "hidden": hidden_fields(request, filterset),
        "query": query,
        "csv_url": reverse(csv_route) + (f"?{query}" if query else ""),
        **(context or {}),
    }
    if valid:
        try:
            if rows is None:
                context["page_obj"] = paginate(request, filterset.page_queryset(filterset.qs))
            else:
                context.update(rows(request, filterset))
        except ListProblem as problem:
            context["errors"].append({"name": "", "label": "", "message": str(problem), "first_page": True})
    return render(request, template, context, status=400 if context["errors"] else 200)


@heavy_download
def list_csv(request, filterset_class):
    """The CSV twin of a list page: the same parameters, the same rows in the same order."""
    filterset = filterset_class(request.GET)
    if not filterset.is_valid():
        return bad_parameters(filterset, "The download could not be made from these parameters:")
    return csv_response(filterset.csv_filename, filterset.csv_header, filterset.csv_rows(request))


def rows_by_ids(request, filterset):
    """The page as the list's ids alone, then the page's rows with what it shows (page_queryset): the outcome and
    source lists are ordered newest first by an indexed expression (models.newest_first), so their ids are read from
    that index in order, stopping at the page. Read whole, joined to everything the page shows, PostgreSQL sorted
    every matching row first (the outcome list at 100,000 meetings: 95,000 outcomes joined to their meetings)."""
    page = paginate(request, filterset.qs.values_list("pk", flat=True))
    every = filterset.rows(filterset.queryset.model._default_manager.all())  # what the list reads of each row
    rows = filterset.page_queryset(every).in_bulk(list(page))
    page.object_list = [rows[pk] for pk in page.object_list if pk in rows]
    return {"page_obj": page}


# --- The meeting list: facets beside the list, and paging through ids -----------------------------------------


def event_rows(request, filterset):
    # Page through ids alone, which the sort-order indexes hold, then read the page's 25 meetings: a deep
    # page skips index entries instead of joining every skipped meeting to its forum and country.
    ids = filterset.qs.values_list("pk", flat=True)
    count = versioning.cached(
        "event-count:" + filters_key(filterset), lambda: facet_table.list_count(filterset, ids), request
    )
    page = paginate(request, ids, count=count)
    rows = Event.objects.defer("search_name", "search_text").select_related("forum", "country").in_bulk(page)
    facets, facets_html = rendered_facets(request, filterset)
    return {
        "timeline_html": mark_safe(rendered_timeline(request, filterset)),
        "page_obj": page,
        "events": [rows[pk] for pk in page if pk in rows],
        "facets": facets,
        "facets_html": mark_safe(facets_html),
    }


def rendered_timeline(request, filterset):
    """The small timeline above the meeting list, cached like the facets: its links carry this very query string."""
    from .. import charts

    params = request.GET.copy()
    params.pop("page", None)
    key = "event-timeline-html:" + hashlib.sha256(params.urlencode().encode()).hexdigest()

    def compute():
        figure = charts.timeline(filterset, request.GET)
        drawing = charts.timeline_drawing(figure, height=130)
        query = params.urlencode()
        return render_to_string(
            "meetings/charts/timeline_summary.html",
            {
                "figure": figure,
                "drawing": drawing,
                "timeline_url": reverse("meetings:event-timeline") + (f"?{query}" if query else ""),
            },
        )

    return versioning.cached(key, compute, request)


def event_list(request):
    facet_names = [name for name, _ in FACETS]
    return list_page(request, EventFilter, "meetings/event_list.html", event_rows, {"facet_names": facet_names})


def outcome_list(request):
    return list_page(request, OutcomeFilter, "meetings/outcome_list.html", rows_by_ids)


def organization_list(request):
    return list_page(request, OrganizationFilter, "meetings/organization_list.html")


def person_list(request):
    return list_page(request, PersonFilter, "meetings/person_list.html")


def country_list(request):
    return list_page(request, CountryFilter, "meetings/country_list.html")


def forum_list(request):
    return list_page(request, ForumFilter, "meetings/forum_list.html")


def agreement_list(request):
    return list_page(request, AgreementFilter, "meetings/agreement_list.html")


def source_list(request):
    return list_page(request, SourceFilter, "meetings/source_list.html", rows_by_ids)
