"""The outcome list: its filters, its rows and order, and its CSV columns; the page, the CSV and the API use it.

Parameters mean what they mean on the meeting list: country is a lower-case ISO code (the meeting's host or a
participant), forum and agreement are slugs, year is the meeting's year.
"""

import django_filters
from django.db.models import Exists, OuterRef, Prefetch
from django.urls import reverse

from ..exports import BATCH, batched
from ..models import (
    Agreement,
    FacetName,
    Forum,
    Outcome,
    OutcomeCitation,
    iso_partial_date,
    newest_first,
)
from .base import CountryChoiceFilter, ListFilterSet, SlugChoiceFilter, YearFilter, busiest, text_filter
from .countries import countries_in_meetings_where
from .events import joined


def busiest_forums_with_outcomes():
    """The forums with outcomes that held the most meetings (lists.base.busiest): every forum with an outcome was
    4,000 options at 100,000 meetings, a menu nobody reads and most of the page."""
    forums = Forum.objects.filter(Exists(Outcome.objects.filter(event__forum=OuterRef("pk"))))
    return busiest(forums.only("pk", "slug", "name"), FacetName.FORUM)


class OutcomeFilter(ListFilterSet):
    q = text_filter("Words in the outcome")
    forum = SlugChoiceFilter(
        queryset=Forum.objects.all(),
        field_name="event__forum",
        label="Forum",
        label_name="forum",
        empty_label="Any forum",
        menu=busiest_forums_with_outcomes,
        find=("meetings:forum-list", "Another forum? Find it in the list of forums: its page links to its outcomes."),
    )
    country = CountryChoiceFilter(
        method="filter_country",
        label="Country (host or participant)",
        empty_label="Any country",
        menu=lambda: countries_in_meetings_where(outcomes__isnull=False),
    )
    status = django_filters.ChoiceFilter(choices=Outcome.Status.choices, label="Status", empty_label="Any status")
    kind = django_filters.ChoiceFilter(choices=Outcome.Kind.choices, label="Kind", empty_label="Any kind")
    agreement = SlugChoiceFilter(
        queryset=Agreement.objects.all(),
        method="filter_agreement",
        label="Agreement",
        label_name="agreement",
        empty_label="Any agreement",
        menu=lambda: Agreement.objects.filter(
            Exists(Outcome.agreements.through.objects.filter(agreement=OuterRef("pk")))
        ).only("pk", "slug", "name", "short_name"),
    )
    year = YearFilter(field_name="event__start_date", label="Year of the meeting")

    csv_filename = "kbase-outcomes.csv"

    class Meta(ListFilterSet.Meta):
        model = Outcome

    def rows(self, queryset):
        # Newest meetings first, undated last (the meetings' own order), read from the index of that expression.
        return queryset.order_by(newest_first("event__start_date"), "event__title", "order", "pk")

    def page_queryset(self, queryset):
        return queryset.select_related(
            "event", "event__forum", "event__country", "referred_to_forum", "referred_to_event", "proposed_by"
        ).prefetch_related("agreements", Prefetch("citations", OutcomeCitation.objects.select_related("source")))

    def filter_country(self, queryset, name, country):
        return queryset.involving_country(country)

    def filter_agreement(self, queryset, name, agreement):
        # Exists rather than a join, so an outcome concerning two agreements is listed once.
        return queryset.filter(
            Exists(Outcome.agreements.through.objects.filter(outcome=OuterRef("pk"), agreement=agreement))
        )

    csv_header = [
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

    def csv_rows(self, request):
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
        outcomes = batched(self.qs.values(*fields).iterator(chunk_size=BATCH))
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
                        (outcome["event__country__code"] or "").lower(),
                        joined(sources.get(outcome["pk"], ())),
                        base_url + reverse("meetings:event-detail", args=[outcome["event__slug"]]),
                    ]

        return rows()
