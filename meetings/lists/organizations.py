"""The organization list: its filters, rows and order, and CSV columns; the page, the CSV and the API use it."""

import django_filters

from ..models import Organization
from .base import CountryChoiceFilter, ListFilterSet, SlugChoiceFilter, countries_in, page_url, records_in, text_filter


class OrganizationFilter(ListFilterSet):
    q = text_filter()
    kind = django_filters.ChoiceFilter(choices=Organization.Kind.choices, label="Kind", empty_label="Any kind")
    country = CountryChoiceFilter(
        field_name="country", label="Country", empty_label="Any country", menu=countries_in(Organization.objects)
    )
    # A menu of the organizations that have units recorded under them: the only ones that lead somewhere.
    parent = SlugChoiceFilter(
        queryset=Organization.objects.all(),
        field_name="parent",
        label="Part of",
        label_name="organization",
        empty_label="Any organization",
        menu=records_in(Organization, Organization.objects, "parent"),
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
