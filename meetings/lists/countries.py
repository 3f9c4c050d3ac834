"""The country list: the countries involved in a meeting (Country.objects.involved()), with how many meetings each
hosted and took part in; the page, the CSV and the API use it."""

from django.db.models import OuterRef, Q

from ..models import Country, Event, Participation
from .base import ListFilterSet, count_of, page_url, text_filter


def with_meeting_counts(countries):
    """Each country with `hosted` and `attended` (directly or through one of its organizations), one query in all."""
    return countries.annotate(
        hosted=count_of(Event.objects.filter(country=OuterRef("pk"))),
        attended=count_of(
            Participation.objects.filter(Q(country=OuterRef("pk")) | Q(organization__country=OuterRef("pk"))),
            "event",
        ),
    )


class CountryFilter(ListFilterSet):
    q = text_filter()

    csv_filename = "kbase-countries.csv"
    csv_header = ["code", "name", "meetings_hosted", "meetings_attended", "url"]

    class Meta(ListFilterSet.Meta):
        model = Country

    def rows(self, queryset):
        return queryset.involved().order_by("name")

    def page_queryset(self, queryset):
        return with_meeting_counts(queryset)

    def csv_queryset(self, queryset):
        return with_meeting_counts(queryset)

    def csv_row(self, request, c):
        return [c.code.lower(), c.name, c.hosted, c.attended, page_url(request, c)]
