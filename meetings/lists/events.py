"""The meeting list: its filters, its rows and order, its facets and its CSV columns, in one place.

The page, the CSV, the API and the Atom and iCalendar feeds all read EventFilter, so a link copied from one gives
the same meetings in the others.

To add a filter to the meeting list, declare it on EventFilter below (a django-filter Filter with a label; a
`method=` for anything more than a field lookup, using a QuerySet method of meetings/models.py). The page's form,
its chips, the hidden fields that carry it, the CSV, the API, its schema and the feeds follow from the declaration.
To give it a facet too, add it to FACETS and teach facet_rows() to count it.
"""

import hashlib
from dataclasses import dataclass, field

import django_filters
from django.db import connection
from django.db.models import Case, Count, F, Func, IntegerField, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, ExtractYear
from django.template.loader import render_to_string
from django.urls import reverse

from .. import versioning
from ..exports import BATCH, batched
from ..models import (
    Agreement,
    Attendance,
    Country,
    Event,
    EventCitation,
    Forum,
    Organization,
    Participation,
    Person,
    Topic,
    iso_partial_date,
)
from .base import (
    CountryCodeFilter,
    DateRangeForm,
    ListFilterSet,
    NullsLastOrderingFilter,
    SlugChoiceFilter,
    YearFilter,
    date_filter,
    param_display,
    query_without,
    text_filter,
)

SORT_CHOICES = (
    ("-date", "Newest first"),
    ("date", "Oldest first"),
    ("title", "Title A–Z"),
    ("-title", "Title Z–A"),
)


def joined(items):
    return "; ".join(item for item in items if item)


class EventFilter(ListFilterSet):
    country = CountryCodeFilter(
        queryset=Country.objects.all(), method="filter_country", label="Country (host or participant)"
    )
    host_country = CountryCodeFilter(queryset=Country.objects.all(), field_name="country", label="Host country")
    forum = SlugChoiceFilter(queryset=Forum.objects.all(), label="Forum", label_name="forum")
    organization = SlugChoiceFilter(
        queryset=Organization.objects.all(),
        method="filter_organization",
        label="Organization",
        label_name="organization",
    )
    person = SlugChoiceFilter(
        queryset=Person.objects.all(), method="filter_person", label="Person", label_name="person"
    )
    topic = SlugChoiceFilter(queryset=Topic.objects.all(), field_name="topics", label="Topic", label_name="topic")
    agreement = SlugChoiceFilter(
        queryset=Agreement.objects.all(), method="filter_agreement", label="Agreement", label_name="agreement"
    )
    year = YearFilter(field_name="start_date")
    date_from = date_filter("From", field_name="start_date", lookup_expr="gte")
    date_to = date_filter("To", field_name="start_date", lookup_expr="lte")
    format = django_filters.ChoiceFilter(choices=Event.Format.choices, label="Format")
    status = django_filters.ChoiceFilter(choices=Event.Status.choices, label="Status")
    q = text_filter("Words in the title, summary or place")
    sort = NullsLastOrderingFilter(
        fields=(("start_date", "date"), ("title", "title")),
        choices=SORT_CHOICES,
        empty_label=None,
        label="Sort",
    )

    csv_filename = "meetings.csv"
    # The other filters are chosen in the facets beside the list and kept in the form as hidden fields.
    shown = ("q", "date_from", "date_to", "sort")

    class Meta:
        model = Event
        fields = []
        form = DateRangeForm

    def rows(self, queryset):
        # Meetings, not their sessions (those are listed on their meeting). The stored search documents are long
        # and never shown; leaving them out keeps a deep page's rows small.
        return (
            queryset.top_level()
            .defer("search_name", "search_text")
            .order_by(F("start_date").desc(nulls_last=True), "title", "pk")
        )

    def filter_country(self, queryset, name, country):
        return queryset.involving_country(country)

    def filter_organization(self, queryset, name, organization):
        return queryset.involving_organization(organization)

    def filter_person(self, queryset, name, person):
        return queryset.attended_by(person)

    def filter_agreement(self, queryset, name, agreement):
        return queryset.concerning_agreement(agreement)

    # --- CSV ---

    csv_header = [
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

    def csv_rows(self, request):
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
        events = batched(self.qs.values(*fields).iterator(chunk_size=BATCH))
        inferred = dict(Event.Inferred.choices)
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
                    EventCitation.objects.filter(event_id__in=ids)
                    .order_by("pk")
                    .values_list("event_id", "source__title")
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

        return rows()


# --- Facets -------------------------------------------------------------------------------------------------

# Values shown per facet: the most frequent ones, plus the selected one wherever it ranks.
FACET_SIZE = 15


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


def first_if(selected_condition):
    """An ordering term that puts the selected value first, so slicing to the top values never drops it."""
    return Case(When(selected_condition, then=Value(0)), default=Value(1), output_field=IntegerField())


def top_rows(rows, selected_condition, selected):
    if selected is None:
        return list(rows.order_by("-n", "label")[:FACET_SIZE])
    rows = list(rows.order_by(first_if(selected_condition), "-n", "label")[: FACET_SIZE + 1])
    return rows


def count_of(events):
    """A correlated COUNT over events, to annotate the rows of another table in a single query."""
    return Coalesce(Subquery(events.order_by().annotate(c=Func(F("pk"), function="COUNT")).values("c")[:1]), 0)


def pair_counts(pairs_sql, params, value_table, value_column, label_column, selected_key):
    """Counts of distinct events per value from a UNION of (event_id, value_id) pairs, in one grouped query.

    Grouping the pairs once scans the events' participations once; a correlated count per country or
    organization would scan them once per row of that table.
    """
    sql = (
        f"SELECT v.{value_column}, v.{label_column}, COUNT(*) AS n FROM ({pairs_sql}) pairs "
        f"JOIN {value_table} v ON v.{'code' if value_table.endswith('country') else 'id'} = pairs.value_id "
        f"GROUP BY v.{value_column}, v.{label_column} "
        f"ORDER BY CASE WHEN v.{value_column} = %s THEN 0 ELSE 1 END, n DESC, v.{label_column} "
        f"LIMIT {FACET_SIZE + 1}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, selected_key])
        rows = [{"value": value, "label": label, "n": n} for value, label, n in cursor.fetchall()]
    if selected_key is None:
        return rows[:FACET_SIZE]
    return rows


def facet_rows(name, events, selected):
    """(value, label, count) of one facet, in one query. `events` is the ids of the events under the other filters."""
    in_set = Event.objects.filter(pk__in=events)
    if name in ("country", "organization"):
        events_sql, events_params = events.query.sql_with_params()
        e, p, o = Event._meta.db_table, Participation._meta.db_table, Organization._meta.db_table
        if name == "country":
            # Host or participant, directly or through one of its organizations: the country filter's reading.
            pairs = (
                f"SELECT id AS event_id, country_id AS value_id FROM {e} "
                f"WHERE country_id IS NOT NULL AND id IN ({events_sql}) "
                f"UNION SELECT event_id, country_id FROM {p} "
                f"WHERE country_id IS NOT NULL AND event_id IN ({events_sql}) "
                f"UNION SELECT pp.event_id, oo.country_id FROM {p} pp JOIN {o} oo ON oo.id = pp.organization_id "
                f"WHERE oo.country_id IS NOT NULL AND pp.event_id IN ({events_sql})"
            )
            return pair_counts(
                pairs, events_params * 3, Country._meta.db_table, "code", "name", getattr(selected, "pk", None)
            )
        a = Attendance._meta.db_table
        pairs = (
            f"SELECT event_id, organization_id AS value_id FROM {p} "
            f"WHERE organization_id IS NOT NULL AND event_id IN ({events_sql}) "
            f"UNION SELECT event_id, organization_id FROM {a} "
            f"WHERE organization_id IS NOT NULL AND event_id IN ({events_sql})"
        )
        return pair_counts(pairs, events_params * 2, o, "slug", "name", getattr(selected, "slug", None))
    if name in ("person", "topic"):
        events_sql, events_params = events.query.sql_with_params()
        if name == "person":
            table, column, values = Attendance._meta.db_table, "person_id", Person._meta.db_table
        else:
            table, column, values = Event.topics.through._meta.db_table, "topic_id", Topic._meta.db_table
        pairs = f"SELECT DISTINCT event_id, {column} AS value_id FROM {table} WHERE event_id IN ({events_sql})"
        return pair_counts(pairs, events_params, values, "slug", "name", getattr(selected, "slug", None))
    grouped = {
        "host_country": ("country", "country__code", "country__name"),
        "forum": ("forum", "forum__slug", "forum__name"),
        "format": ("format", "format", "format"),
        "status": ("status", "status", "status"),
    }
    if name == "year":
        rows = (
            in_set.exclude(start_date=None)
            .annotate(value=ExtractYear("start_date"))
            .values("value")
            .annotate(n=Count("pk", distinct=True), label=F("value"))
        )
        return top_rows(rows, Q(value=selected), selected)
    key, value, label = grouped[name]
    rows = (
        in_set.exclude(**{f"{key}__isnull": True})
        .annotate(value=F(value), label=F(label))
        .values("value", "label")
        .annotate(n=Count("pk", distinct=True))
    )
    selected_key = getattr(selected, "pk", selected)
    return top_rows(rows, Q(**{key: selected_key}), selected)


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

    Counting scans every matching meeting, so it is the one part of the list whose cost grows with the base.
    """
    cleaned = filterset.form.cleaned_data
    key = "event-facets:" + filters_key(filterset)

    def compute():
        text_matches = None
        if cleaned.get("q"):
            matches = filterset.filters["q"].filter(Event.objects.top_level(), cleaned["q"])
            text_matches = matches.order_by().values("pk")
        counts = {}
        for name, _ in FACETS:
            events = filtered_except(filterset, Event.objects.top_level(), name, text_matches).order_by().values("pk")
            counts[name] = facet_rows(name, events, cleaned.get(name) or None)
        return counts

    return versioning.cached(key, compute, request)


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


def rendered_facets(request, filterset):
    """The facets and their HTML, cached with the counts: their links carry this very query string."""
    params = request.GET.copy()
    params.pop("page", None)
    key = "event-facets-html:" + hashlib.sha256(params.urlencode().encode()).hexdigest()

    def compute():
        facets = event_facets(request, filterset)
        return facets, render_to_string("meetings/includes/facets.html", {"facets": facets})

    return versioning.cached(key, compute, request)
