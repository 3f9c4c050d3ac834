"""The country list: the countries involved in a meeting (hosted or taken part in, as the meeting list's ?country=
reads it), with how many meetings each hosted and was involved in, the numbers the meeting list shows for them; the
page, the CSV and the API use it."""

from django.db.models import IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from ..models import Country, Event, EventFacet, FacetName, FacetTotal
from .base import ListFilterSet, page_url, text_filter


def meetings_with(facet):
    """How many top-level meetings carry the country for facet, read from the facet table's totals (one row through
    its unique index) instead of counting the country's participations, which grow with the data."""
    total = FacetTotal.objects.filter(facet=facet, value=OuterRef("code")).values("events")[:1]
    return Coalesce(Subquery(total, output_field=IntegerField()), 0)


def meeting_countries():
    """The codes of the countries the meeting list finds meetings for (?country=): the facet table's totals, an index
    range, rather than probing every country's participations."""
    return FacetTotal.objects.filter(facet=FacetName.COUNTRY, events__gt=0).values("value")


def countries_in_meetings_where(**event_filter):
    """The countries involved (as ?country= reads it) in a meeting matching event_filter, for a menu whose rows are
    about such meetings only (forums: meetings of a forum; outcomes: meetings with outcomes), so each country offered
    leads to rows. Read from the facet table's country values of those meetings."""
    meetings = Event.objects.filter(**event_filter).values("pk")
    codes = EventFacet.objects.filter(facet=FacetName.COUNTRY, event__in=meetings).values("value")
    return Country.objects.filter(code__in=codes).only("code", "name")


def with_meeting_counts(countries):
    """Each country with `hosted` (the meeting list's ?host_country=) and `involved` (its ?country=: hosted, or taken
    part in directly or through one of its organizations), so each number is the one the list it links to shows."""
    return countries.annotate(hosted=meetings_with(FacetName.HOST_COUNTRY), involved=meetings_with(FacetName.COUNTRY))


class CountryFilter(ListFilterSet):
    q = text_filter()

    csv_filename = "kbase-countries.csv"
    csv_header = ["code", "name", "meetings_hosted", "meetings_involved", "url"]

    class Meta(ListFilterSet.Meta):
        model = Country

    def rows(self, queryset):
        # The countries the meeting list finds meetings for, read from the facet table's totals: Country.objects
        # .involved() probes every country's participations through its organizations (0.7 s at 100,000 meetings),
        # and counts sessions the meeting list does not show, which listed a country with no meeting to link to.
        return queryset.filter(code__in=meeting_countries()).order_by("name")

    def page_queryset(self, queryset):
        return with_meeting_counts(queryset)

    def csv_queryset(self, queryset):
        return with_meeting_counts(queryset)

    def csv_row(self, request, c):
        return [c.code.lower(), c.name, c.hosted, c.involved, page_url(request, c)]
