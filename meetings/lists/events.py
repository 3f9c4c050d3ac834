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
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse

from .. import facets as facet_table
from .. import versioning
from ..exports import BATCH, batched
from ..models import (
    Agreement,
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

    csv_filename = "kbase-meetings.csv"
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
                        # Lower case, as in every address and every other CSV, so files join on it.
                        (event["country__code"] or "").lower(),
                        event["country__name"] or "",
                        joined(participants.get(event["pk"], ())),
                        joined(topics.get(event["pk"], ())),
                        joined(sources.get(event["pk"], ())),
                        base_url + reverse("meetings:event-detail", args=[event["slug"]]),
                    ]

        return rows()


# --- Facets -------------------------------------------------------------------------------------------------

# Values counted per facet: the most frequent ones, plus the selected one wherever it ranks.
FACET_SIZE = facet_table.FACET_SIZE
# Values shown at once per facet; the rest fold under "More (n)", so the column stays near the results' height.
FACET_SHOWN = 5
# Where a reader finds a value beyond the counted ones: the group's own list, whose records link to their meetings.
FACET_FIND = {
    "country": ("meetings:country-list", "Find another country"),
    "host_country": ("meetings:country-list", "Find another country"),
    "forum": ("meetings:forum-list", "Find another forum"),
    "organization": ("meetings:organization-list", "Find another organization"),
    "person": ("meetings:person-list", "Find another person"),
}


@dataclass
class Facet:
    name: str
    label: str
    values: list = field(default_factory=list)
    selected: bool = False
    error: str = ""
    # values split for the page: `shown` at once (the selected value always among them), `more` folded away
    shown: list = field(default_factory=list)
    more: list = field(default_factory=list)
    find_url: str = ""
    find_text: str = ""


def facet_rows(name, events, selected):
    """(value, label, count) of one facet, in one query. `events` is the ids of the events under the other filters."""
    return facet_table.top_values(name, {}, events.query.sql_with_params(), facet_table.facet_key(name, selected))


# Each facet is labelled by its filter, so the form, the facets and the chips name a filter the same way.
FACETS = tuple(
    (name, EventFilter.base_filters[name].label)
    for name in ("country", "host_country", "forum", "organization", "person", "topic", "year", "format", "status")
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
        facet.shown = facet.values[:FACET_SHOWN]
        facet.shown += [v for v in facet.values[FACET_SHOWN:] if v["selected"]]
        facet.more = [v for v in facet.values[FACET_SHOWN:] if not v["selected"]]
        if name in FACET_FIND:
            route, facet.find_text = FACET_FIND[name]
            facet.find_url = reverse(route)
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
