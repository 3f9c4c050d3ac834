"""The organization list: its filters, rows and order, and CSV columns; the page, the CSV and the API use it."""

import django_filters
from django.db.models import Exists, OuterRef

from ..models import Country, Organization
from .base import CountryChoiceFilter, ListFilterSet, SlugChoiceFilter, page_url, text_filter


class OrganizationFilter(ListFilterSet):
    q = text_filter()
    kind = django_filters.ChoiceFilter(choices=Organization.Kind.choices, label="Kind", empty_label="Any kind")
    country = CountryChoiceFilter(
        field_name="country",
        label="Country",
        empty_label="Any country",
        menu=lambda: Country.objects.filter(Exists(Organization.objects.filter(country=OuterRef("pk")))).only(
            "code", "name"
        ),
    )
    # A menu of the organizations that have units recorded under them: the only ones that lead somewhere (a text box
    # expected an internal identifier).
    parent = SlugChoiceFilter(
        queryset=Organization.objects.all(),
        field_name="parent",
        label="Part of",
        label_name="organization",
        empty_label="Any organization",
        menu=lambda: Organization.objects.filter(Exists(Organization.objects.filter(parent=OuterRef("pk")))).only(
            "pk", "slug", "name", "acronym"
        ),
    )

    csv_filename = "kbase-organizations.csv"
    csv_header = ["slug", "name", "acronym", "kind", "country_code", "country", "parent", "url"]

    class Meta(ListFilterSet.Meta):
        model = Organization

    def rows(self, queryset):
        return queryset.order_by("name", "pk")

    def page_queryset(self, queryset):
        return queryset.select_related("country")

    def csv_queryset(self, queryset):
        return queryset.select_related("country", "parent")

    def csv_row(self, request, o):
        return [
            o.slug,
            o.name,
            o.acronym,
            o.get_kind_display(),
            o.country_id.lower() if o.country_id else "",
            o.country.name if o.country else "",
            o.parent.name if o.parent else "",
            page_url(request, o),
        ]
