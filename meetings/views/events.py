"""The meeting list with its facets, a meeting's page, the outcome list, and the CSV downloads of both lists.

The page, its CSV and the API read the same FilterSet, so a link copied from one gives the same rows in the others.
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Exists, F, Func, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.safestring import mark_safe

from .. import facets as facet_table
from .. import versioning
from ..exports import BATCH, batched, csv_response, heavy_download
from ..filters.events import EventFilter
from ..filters.outcomes import OutcomeFilter
from ..models import (
    Attendance,
    AttendanceCitation,
    Country,
    Event,
    EventAgreement,
    EventAgreementCitation,
    EventCitation,
    Outcome,
    OutcomeCitation,
    Participation,
    ParticipationCitation,
    Statement,
    iso_partial_date,
)
from ..redirects import follow_old_slugs
from ..versioning import cache_until_edit
from .common import ListProblem, paginate, query_without

# Values shown per facet: the most frequent ones, plus the selected one wherever it ranks.
FACET_SIZE = facet_table.FACET_SIZE

EVENT_PARAMS = (
    "country",
    "host_country",
    "forum",
    "organization",
    "person",
    "topic",
    "agreement",
    "year",
    "date_from",
    "date_to",
    "format",
    "status",
    "q",
)
SORT_CHOICES = (
    ("-date", "Newest first"),
    ("date", "Oldest first"),
    ("title", "Title A–Z"),
    ("-title", "Title Z–A"),
)


def event_base():
    # The stored search documents are long and never shown; leaving them out keeps a deep page's rows small.
    return (
        Event.objects.top_level()
        .defer("search_name", "search_text")
        .order_by(F("start_date").desc(nulls_last=True), "title", "pk")
    )


# --- Filters shared by the list pages -------------------------------------------------------------------


def param_display(filterset, name, value):
    """How an active filter reads in its chip: a name rather than a code or slug."""
    form_field = filterset.form.fields[name]
    choices = getattr(form_field, "choices", None)
    if choices is not None and not hasattr(value, "pk"):
        return dict(choices).get(value, value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def active_filters(request, filterset, params):
    """The filters in force as removable chips; a value the form refused is shown too, so it can be removed."""
    chips = []
    cleaned = getattr(filterset.form, "cleaned_data", {})
    for name in params:
        raw = request.GET.get(name, "").strip()
        if not raw:
            continue
        label = filterset.filters[name].label
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
                "label": label,
                "value": display,
                "invalid": invalid,
                "remove": query_without(request, name, "page"),
            }
        )
    return chips


def kept_params(request, filterset, names):
    """Valid parameters the form does not show as controls, carried as hidden inputs so submitting keeps them."""
    errors = filterset.form.errors
    return [(name, request.GET[name]) for name in names if request.GET.get(name, "").strip() and name not in errors]


def list_context(request, filterset, params, csv_url_name):
    filterset.is_valid()  # the chips read the cleaned values
    query = query_without(request, "page")
    return {
        "filter": filterset,
        "chips": active_filters(request, filterset, params),
        "query": query,
        "csv_url": reverse(csv_url_name) + (f"?{query}" if query else ""),
    }


# --- Facets -------------------------------------------------------------------------------------------------


@dataclass
class Facet:
    name: str
    label: str
    values: list = field(default_factory=list)
    selected: bool = False
    error: str = ""


def filtered_except(filterset, queryset, skip, text_matches=None):
    """queryset narrowed by every active filter but `skip`: what a facet's counts are computed under.

    text_matches, the ids matching `q` worked out once, stands in for the text filter, which may itself query.
    """
    for name, value in filterset.form.cleaned_data.items():
        if name in (skip, "sort"):
            continue
        if name == "q" and text_matches is not None:
            queryset = queryset.filter(pk__in=text_matches)
        else:
            queryset = filterset.filters[name].filter(queryset, value)
    return queryset


def count_of(events):
    """A correlated COUNT over events, to annotate the rows of another table in a single query."""
    return Coalesce(Subquery(events.order_by().annotate(c=Func(F("pk"), function="COUNT")).values("c")[:1]), 0)


def facet_rows(name, events, selected):
    """(value, label, count) of one facet, in one query. `events` is the ids of the events under the other filters."""
    return facet_table.top_values(name, {}, events.query.sql_with_params(), facet_table.facet_key(name, selected))


FACETS = (
    ("country", "Country involved (host or participant)"),
    ("host_country", "Host country"),
    ("forum", "Forum"),
    ("organization", "Organization"),
    ("person", "Person"),
    ("topic", "Topic"),
    ("year", "Year"),
    ("format", "Format"),
    ("status", "Status"),
)


def param_value(name, value):
    """How a facet value is written in a URL: country codes lower-case, the rest as given (slugs, years)."""
    text = str(value)
    return text.lower() if name in ("country", "host_country") else text


def filters_key(filterset):
    """A cache key for the meetings the active filters select, whatever their order or spelling in the URL."""
    cleaned = filterset.form.cleaned_data
    active = sorted(
        f"{name}={getattr(value, 'pk', value)}" for name, value in cleaned.items() if name != "sort" and value
    )
    return hashlib.sha256("&".join(active).encode()).hexdigest()


def facet_counts(request, filterset):
    """{facet name: its top rows} under the active filters, cached until the knowledge base next changes.

    Counted on the meeting-by-value table (meetings/facets.py), not over every matching meeting's rows.
    """
    key = "event-facets:" + filters_key(filterset)
    return versioning.cached(key, lambda: facet_table.list_counts(filterset), request)


def event_facets(request, filterset):
    """Each facet's values with the number of meetings choosing it would give, under the other active filters."""
    cleaned = filterset.form.cleaned_data
    choice_labels = {"format": dict(Event.Format.choices), "status": dict(Event.Status.choices)}
    facets = []
    counts = facet_counts(request, filterset)
    for name, label in FACETS:
        selected = cleaned.get(name) or None
        rows = counts[name]
        selected_value = param_value(name, getattr(selected, "slug", None) or getattr(selected, "code", selected))
        facet = Facet(name, label, selected=selected is not None)
        found = False
        for row in rows:
            value = param_value(name, row["value"])
            is_selected = selected is not None and value == selected_value
            found = found or is_selected
            params = request.GET.copy()
            params.pop("page", None)
            if is_selected:
                params.pop(name, None)
            else:
                params[name] = value
            text = choice_labels.get(name, {}).get(row["value"], row["label"])
            facet.values.append(
                {"value": value, "label": text, "count": row["n"], "selected": is_selected, "query": params.urlencode()}
            )
        if selected is not None and not found:
            facet.values.append(
                {
                    "value": selected_value,
                    "label": param_display(filterset, name, selected),
                    "count": 0,
                    "selected": True,
                    "query": query_without(request, name, "page"),
                }
            )
        if name == "year":
            facet.values.sort(key=lambda v: v["value"], reverse=True)
        else:
            facet.values.sort(key=lambda v: (-v["count"], str(v["label"]).casefold()))
        facets.append(facet)
    return facets


def error_items(filterset):
    """Each refused parameter with its label and message, for the summary at the top and the field itself."""
    return [
        {
            "name": name,
            "label": filterset.filters[name].label if name in filterset.filters else "Filters",
            "messages": errors,
        }
        for name, errors in filterset.form.errors.items()
    ]


# --- Meeting list ---------------------------------------------------------------------------------------------


def event_list(request):
    filterset = EventFilter(request.GET, queryset=event_base())
    context = list_context(request, filterset, EVENT_PARAMS, "meetings:event-csv")
    context.update(
        sort_choices=SORT_CHOICES,
        current_sort=request.GET.get("sort", "-date"),
        hidden=kept_params(
            request,
            filterset,
            (
                "country",
                "host_country",
                "forum",
                "organization",
                "person",
                "topic",
                "agreement",
                "year",
                "format",
                "status",
            ),
        ),
    )
    if not filterset.is_valid():
        context["errors"] = filterset.form.errors
        context["error_items"] = error_items(filterset)
        context["facet_errors"] = [item for item in context["error_items"] if item["name"] in dict(FACETS)]
        return render(request, "meetings/event_list.html", context, status=400)
    try:
        # Page through ids alone, which the sort-order indexes hold, then read the page's 25 meetings: a deep
        # page skips index entries instead of joining every skipped meeting to its forum and country.
        ids = filterset.qs.values_list("pk", flat=True)
        count = versioning.cached(
            "event-count:" + filters_key(filterset), lambda: facet_table.list_count(filterset, ids), request
        )
        page = paginate(request, ids, count=count)
    except ListProblem as problem:
        context["page_problem"] = str(problem)
        return render(request, "meetings/event_list.html", context, status=400)
    rows = Event.objects.defer("search_name", "search_text").select_related("forum", "country").in_bulk(page)
    events = [rows[pk] for pk in page if pk in rows]
    facets, facets_html = rendered_facets(request, filterset)
    context.update(page_obj=page, events=events, facets=facets, facets_html=mark_safe(facets_html))
    return render(request, "meetings/event_list.html", context)


def rendered_facets(request, filterset):
    """The facets and their HTML, cached with the counts: their links carry this very query string."""
    params = request.GET.copy()
    params.pop("page", None)
    key = "event-facets-html:" + hashlib.sha256(params.urlencode().encode()).hexdigest()

    def compute():
        facets = event_facets(request, filterset)
        return facets, render_to_string("meetings/includes/facets.html", {"facets": facets})

    return versioning.cached(key, compute, request)


def bad_csv_request(filterset):
    lines = ["The download could not be made from these parameters:"]
    for name, errors in filterset.form.errors.items():
        lines.extend(f"{name}: {error}" for error in errors)
    return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")


def joined(items):
    return "; ".join(item for item in items if item)


@heavy_download
def event_csv(request):
    filterset = EventFilter(request.GET, queryset=event_base())
    if not filterset.is_valid():
        return bad_csv_request(filterset)
    fields = [
        "pk",
        "slug",
        "title",
        "start_date",
        "start_date_precision",
        "end_date",
        "end_date_precision",
        "date_inferred",
        "date_note",
        "status",
        "format",
        "forum__name",
        "number",
        "venue",
        "city",
        "country__code",
        "country__name",
    ]
    # Plain rows a batch at a time, with one query per batch for each kind of related row: model instances and
    # per-instance prefetching took most of an export's time.
    events = batched(filterset.qs.values(*fields).iterator(chunk_size=BATCH))
    inferred = dict(Event.Inferred.choices)
    header = [
        "slug",
        "title",
        "start_date",
        "end_date",
        "date_precision",
        "date_inferred",
        "date_note",
        "status",
        "format",
        "forum",
        "number",
        "venue",
        "city",
        "host_country_code",
        "host_country",
        "participants",
        "topics",
        "sources",
        "url",
    ]
    base_url = request.build_absolute_uri("/").rstrip("/")

    def rows():
        for batch in events:
            ids = [event["pk"] for event in batch]
            participants, topics, sources = {}, {}, {}
            for event, organization, country in (
                Participation.objects.filter(event_id__in=ids)
                .order_by("event_id", "role", "pk")
                .values_list("event_id", "organization__name", "country__name")
            ):
                participants.setdefault(event, {}).setdefault(organization or f"{country} delegation")
            for event, topic in (
                Event.topics.through.objects.filter(event_id__in=ids)
                .order_by("event_id", "topic__name")
                .values_list("event_id", "topic__name")
            ):
                topics.setdefault(event, []).append(topic)
            # The titles only: a report's full text would be read once per citing meeting.
            for event, title in (
                EventCitation.objects.filter(event_id__in=ids).order_by("pk").values_list("event_id", "source__title")
            ):
                sources.setdefault(event, {}).setdefault(title)
            for event in batch:
                yield [
                    event["slug"],
                    event["title"],
                    iso_partial_date(event["start_date"], event["start_date_precision"]),
                    iso_partial_date(event["end_date"], event["end_date_precision"]),
                    event["start_date_precision"] if event["start_date"] else "",
                    inferred[event["date_inferred"]] if event["date_inferred"] else "",
                    event["date_note"],
                    event["status"],
                    event["format"],
                    event["forum__name"] or "",
                    event["number"],
                    event["venue"],
                    event["city"],
                    event["country__code"] or "",
                    event["country__name"] or "",
                    joined(participants.get(event["pk"], ())),
                    joined(topics.get(event["pk"], ())),
                    joined(sources.get(event["pk"], ())),
                    base_url + reverse("meetings:event-detail", args=[event["slug"]]),
                ]

    return csv_response("meetings.csv", header, rows())


# --- A meeting's page -----------------------------------------------------------------------------------------


def series_neighbours(event):
    """The previous and next meeting of the same forum, by date; undated ones follow, in the order of their number."""
    if not event.forum_id:
        return None, None
    siblings = Event.objects.top_level().filter(forum_id=event.forum_id).exclude(pk=event.pk)
    keys = (("start_date", event.start_date), ("number", event.number), ("pk", event.pk))

    # Lexicographic comparison on (date, number, pk) where an empty value sorts after every other.
    def compare(after):
        condition, equal = Q(pk__in=[]), Q()
        for name, value in keys:
            if value is None:
                # Nothing sorts after an empty value; every filled one sorts before it.
                step = Q(pk__in=[]) if after else Q(**{f"{name}__isnull": False})
                same = Q(**{f"{name}__isnull": True})
            else:
                step = (
                    (Q(**{f"{name}__gt": value}) | Q(**{f"{name}__isnull": True}))
                    if after
                    else Q(**{f"{name}__lt": value})
                )
                same = Q(**{name: value})
            condition |= equal & step
            equal &= same
        return condition

    later = [F("start_date").asc(nulls_last=True), F("number").asc(nulls_last=True), "pk"]
    earlier = [F("start_date").desc(nulls_first=True), F("number").desc(nulls_first=True), "-pk"]
    fields = ("slug", "title", "number", "start_date", "start_date_precision", "end_date", "end_date_precision")
    previous = siblings.filter(compare(after=False)).order_by(*earlier).only(*fields).first()
    following = siblings.filter(compare(after=True)).order_by(*later).only(*fields).first()
    return previous, following


def grouped(items, key, choices):
    """items grouped by key in the order the choices are declared: [(label, [items])]."""
    groups = defaultdict(list)
    for item in items:
        groups[getattr(item, key)].append(item)
    return [(label, groups[value]) for value, label in choices if groups.get(value)]


def cited_sources(event):
    """Every source behind a fact on the page, with the passages taken from it, from what is already loaded."""
    by_source = {}

    def add(citations, fact):
        for citation in citations:
            entry = by_source.setdefault(citation.source.pk, {"source": citation.source, "passages": []})
            entry["passages"].append({"passage": citation.passage, "fact": fact})

    add(event.citations.all(), "The meeting, its date and place")
    for p in event.participations.all():
        add(p.citations.all(), f"{p.get_role_display()}: {p.organization.name if p.organization else p.country.name}")
    for a in event.attendances.all():
        add(a.citations.all(), f"{a.person.name}, {a.get_role_display().lower()}")
    for o in event.outcomes.all():
        add(o.citations.all(), f"{o.get_kind_display()}: {o.text[:80]}")
    for link in event.agreement_links.all():
        add(
            link.citations.all(),
            f"{link.agreement.short_name or link.agreement.name}, {link.get_relation_display().lower()}",
        )
    for a in event.attendances.all():
        for statement in a.statements.all():
            by_source.setdefault(statement.source.pk, {"source": statement.source, "passages": []})
    return sorted(by_source.values(), key=lambda entry: entry["source"].title)


@follow_old_slugs(Event)
def event_detail(request, slug):
    event = get_object_or_404(
        Event.objects.select_related("forum", "country", "parent", "parent__forum").prefetch_related(
            "topics",
            Prefetch("citations", EventCitation.objects.select_related("source")),
            Prefetch("sessions", Event.objects.order_by(F("start_date").asc(nulls_last=True), "title")),
            Prefetch(
                "participations",
                Participation.objects.select_related("organization", "country").prefetch_related(
                    Prefetch("citations", ParticipationCitation.objects.select_related("source"))
                ),
            ),
            Prefetch(
                "attendances",
                Attendance.objects.select_related(
                    "person", "organization", "country", "position", "position__organization"
                ).prefetch_related(
                    Prefetch("citations", AttendanceCitation.objects.select_related("source")),
                    Prefetch("statements", Statement.objects.select_related("source")),
                ),
            ),
            Prefetch(
                "outcomes",
                Outcome.objects.select_related(
                    "referred_to_forum", "referred_to_event", "proposed_by"
                ).prefetch_related(
                    "agreements", Prefetch("citations", OutcomeCitation.objects.select_related("source"))
                ),
            ),
            Prefetch(
                "agreement_links",
                EventAgreement.objects.select_related("agreement").prefetch_related(
                    Prefetch("citations", EventAgreementCitation.objects.select_related("source"))
                ),
            ),
        ),
        slug=slug,
    )
    previous, following = series_neighbours(event)
    context = {
        "event": event,
        "previous": previous,
        "next": following,
        "participation_groups": grouped(event.participations.all(), "role", Participation.Role.choices),
        "agreement_groups": grouped(event.agreement_links.all(), "relation", EventAgreement.Relation.choices),
        "sources": cited_sources(event),
    }
    return render(request, "meetings/event_detail.html", context)


# --- Outcomes -------------------------------------------------------------------------------------------------

OUTCOME_PARAMS = ("forum", "country", "status", "kind", "agreement", "year", "q")


def outcome_base():
    return Outcome.objects.order_by(F("event__start_date").desc(nulls_last=True), "event__title", "order", "pk")


def outcome_list(request):
    filterset = OutcomeFilter(request.GET, queryset=outcome_base())
    context = list_context(request, filterset, OUTCOME_PARAMS, "meetings:outcome-csv")
    context.update(
        forums=filterset.filters["forum"].queryset.only("slug", "name"),
        agreements=filterset.filters["agreement"].queryset.only("slug", "name", "short_name"),
        # Exists rather than joins: joining three event relations multiplies the rows per country.
        countries=Country.objects.filter(
            Q(Exists(Event.objects.filter(country=OuterRef("pk"))))
            | Q(Exists(Participation.objects.filter(country=OuterRef("pk"))))
            | Q(Exists(Participation.objects.filter(organization__country=OuterRef("pk"))))
        ).only("code", "name"),
        statuses=Outcome.Status.choices,
        kinds=Outcome.Kind.choices,
    )
    if not filterset.is_valid():
        context["errors"] = filterset.form.errors
        context["error_items"] = error_items(filterset)
        return render(request, "meetings/outcome_list.html", context, status=400)
    outcomes = filterset.qs.select_related(
        "event", "event__forum", "event__country", "referred_to_forum", "referred_to_event", "proposed_by"
    ).prefetch_related("agreements", Prefetch("citations", OutcomeCitation.objects.select_related("source")))
    try:
        page = paginate(request, outcomes)
    except ListProblem as problem:
        context["page_problem"] = str(problem)
        return render(request, "meetings/outcome_list.html", context, status=400)
    context.update(page_obj=page, outcomes=page.object_list)
    return render(request, "meetings/outcome_list.html", context)


@heavy_download
def outcome_csv(request):
    filterset = OutcomeFilter(request.GET, queryset=outcome_base())
    if not filterset.is_valid():
        return bad_csv_request(filterset)
    fields = [
        "pk",
        "kind",
        "status",
        "text",
        "proposed_by__name",
        "referred_to_forum__name",
        "referred_to_event__slug",
        "event__slug",
        "event__title",
        "event__start_date",
        "event__start_date_precision",
        "event__forum__name",
        "event__country__code",
    ]
    # Plain rows a batch at a time, as for the meetings: whole meetings with their search documents, read once per
    # outcome, made most of the time and the memory.
    outcomes = batched(filterset.qs.values(*fields).iterator(chunk_size=BATCH))
    header = [
        "id",
        "kind",
        "status",
        "text",
        "agreements",
        "proposed_by",
        "referred_to_forum",
        "referred_to_event",
        "event_slug",
        "event_title",
        "event_start_date",
        "forum",
        "host_country_code",
        "sources",
        "event_url",
    ]
    base_url = request.build_absolute_uri("/").rstrip("/")

    def rows():
        for batch in outcomes:
            ids = [outcome["pk"] for outcome in batch]
            agreements, sources = {}, {}
            for outcome, name, short_name in (
                Outcome.agreements.through.objects.filter(outcome_id__in=ids)
                .order_by("outcome_id", "agreement__name", "agreement_id")
                .values_list("outcome_id", "agreement__name", "agreement__short_name")
            ):
                agreements.setdefault(outcome, []).append(short_name or name)
            for outcome, title in (
                OutcomeCitation.objects.filter(outcome_id__in=ids)
                .order_by("pk")
                .values_list("outcome_id", "source__title")
            ):
                sources.setdefault(outcome, {}).setdefault(title)
            for outcome in batch:
                yield [
                    outcome["pk"],
                    outcome["kind"],
                    outcome["status"],
                    outcome["text"],
                    joined(agreements.get(outcome["pk"], ())),
                    outcome["proposed_by__name"] or "",
                    outcome["referred_to_forum__name"] or "",
                    outcome["referred_to_event__slug"] or "",
                    outcome["event__slug"],
                    outcome["event__title"],
                    iso_partial_date(outcome["event__start_date"], outcome["event__start_date_precision"]),
                    outcome["event__forum__name"] or "",
                    outcome["event__country__code"] or "",
                    joined(sources.get(outcome["pk"], ())),
                    base_url + reverse("meetings:event-detail", args=[outcome["event__slug"]]),
                ]

    return csv_response("outcomes.csv", header, rows())


urlpatterns = [
    path("events/", cache_until_edit(event_list), name="event-list"),
    path("events.csv", event_csv, name="event-csv"),
    path("events/<slug:slug>/", cache_until_edit(event_detail), name="event-detail"),
    path("outcomes/", cache_until_edit(outcome_list), name="outcome-list"),
    path("outcomes.csv", outcome_csv, name="outcome-csv"),
]
