"""The forum list: its filters, rows and order, and CSV columns; the page, the CSV and the API use it."""

from django.db.models import CharField, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce

from ..models import Event, FacetName, FacetTotal, Forum, Organization
from .base import CountryChoiceFilter, ListFilterSet, SlugChoiceFilter, page_url, text_filter
from .countries import countries_in_meetings_where


class ForumFilter(ListFilterSet):
    q = text_filter()
    organization = SlugChoiceFilter(
        queryset=Organization.objects.filter(forums__isnull=False).distinct(),
        field_name="convened_by",
        label="Convened by",
        label_name="organization",
        empty_label="Any organization",
        menu=lambda: Organization.objects.filter(forums__isnull=False).distinct().only("pk", "slug", "name", "acronym"),
    )
    country = CountryChoiceFilter(
        method="filter_country",
        label="Country involved",
        empty_label="Any country",
        menu=lambda: countries_in_meetings_where(forum__isnull=False),
    )

    csv_filename = "kbase-forums.csv"
    csv_header = ["slug", "name", "short_name", "convened_by", "url"]

    class Meta(ListFilterSet.Meta):
        model = Forum

    def rows(self, queryset):
        return queryset.order_by("name")

    def filter_country(self, queryset, name, country):
        return queryset.involving_country(country)

    def page_queryset(self, queryset):
        dated = Event.objects.filter(forum=OuterRef("pk"), start_date__isnull=False)
        # Its meetings (sessions aside) from the facet table's totals, one row each, rather than grouping every
        # meeting by forum for each page (0.35 s at 100,000 meetings); the dates through the (forum, date) index.
        meetings = FacetTotal.objects.filter(facet=FacetName.FORUM, value=Cast(OuterRef("pk"), CharField()))
        return queryset.select_related("convened_by").annotate(
            event_count=Coalesce(Subquery(meetings.values("events")[:1], output_field=IntegerField()), 0),
            first_date=Subquery(dated.order_by("start_date").values("start_date")[:1]),
            last_date=Subquery(dated.order_by("-start_date").values("start_date")[:1]),
        )

    def csv_queryset(self, queryset):
        return queryset.select_related("convened_by")

    def csv_row(self, request, f):
        return [f.slug, f.name, f.short_name, f.convened_by.name if f.convened_by else "", page_url(request, f)]
