"""The forum list: its filters, rows and order, and CSV columns; the page, the CSV and the API use it."""

from django.db.models import Count, OuterRef, Q, Subquery

from ..models import Event, Forum, Organization
from .base import CountryChoiceFilter, ListFilterSet, SlugChoiceFilter, countries_involved_in, page_url, text_filter


class ForumFilter(ListFilterSet):
    q = text_filter()
    organization = SlugChoiceFilter(
        queryset=Organization.objects.filter(forums__isnull=False).distinct(),
        field_name="convened_by",
        label="Convened by",
        label_name="organization",
        empty_label="Any organization",
    )
    country = CountryChoiceFilter(
        method="filter_country",
        label="Country involved",
        empty_label="Any country",
        menu=countries_involved_in(Event.objects.filter(forum__isnull=False)),
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
        return queryset.select_related("convened_by").annotate(
            event_count=Count("events", filter=Q(events__parent__isnull=True)),
            first_date=Subquery(dated.order_by("start_date").values("start_date")[:1]),
            last_date=Subquery(dated.order_by("-start_date").values("start_date")[:1]),
        )

    def csv_queryset(self, queryset):
        return queryset.select_related("convened_by")

    def csv_row(self, request, f):
        return [f.slug, f.name, f.short_name, f.convened_by.name if f.convened_by else "", page_url(request, f)]
