"""The agreement list: its filters, rows and order, and CSV columns; the page, the CSV and the API use it."""

import django_filters
from django.db.models import Exists, OuterRef

from ..models import Agreement, AgreementParty, EventAgreement, Organization
from .base import CountryChoiceFilter, ListFilterSet, SlugChoiceFilter, count_of, countries_in, page_url, text_filter


class AgreementFilter(ListFilterSet):
    q = text_filter()
    kind = django_filters.ChoiceFilter(choices=Agreement.Kind.choices, label="Kind", empty_label="Any kind")
    organization = SlugChoiceFilter(
        queryset=Organization.objects.filter(agreements__isnull=False).distinct(),
        field_name="organization",
        label="Made under",
        label_name="organization",
        empty_label="Any organization",
    )
    country = CountryChoiceFilter(
        method="filter_country", label="Party", empty_label="Any country", menu=countries_in(AgreementParty.objects)
    )

    csv_filename = "kbase-agreements.csv"
    csv_header = ["slug", "name", "short_name", "kind", "organization", "url"]

    class Meta(ListFilterSet.Meta):
        model = Agreement

    def rows(self, queryset):
        return queryset.order_by("name")

    def filter_country(self, queryset, name, country):
        return queryset.filter(Exists(AgreementParty.objects.filter(agreement=OuterRef("pk"), country=country)))

    def page_queryset(self, queryset):
        return queryset.select_related("organization").annotate(
            party_count=count_of(AgreementParty.objects.filter(agreement=OuterRef("pk"))),
            event_count=count_of(EventAgreement.objects.filter(agreement=OuterRef("pk")), "event"),
        )

    def csv_queryset(self, queryset):
        return queryset.select_related("organization")

    def csv_row(self, request, a):
        return [
            a.slug,
            a.name,
            a.short_name,
            a.get_kind_display(),
            a.organization.name if a.organization else "",
            page_url(request, a),
        ]
