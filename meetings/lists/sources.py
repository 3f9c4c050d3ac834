"""The source report list: its filters, rows and order, and CSV columns; the page, the CSV and the API use it.

Newest first, undated reports last, wherever the list is read.
"""

from django import forms
from django.db.models import Exists, OuterRef

from ..models import Organization, SourceReport, newest_first
from .base import ListFilterSet, SlugChoiceFilter, YearFilter, page_url, text_filter


class SourceFilter(ListFilterSet):
    q = text_filter()
    publisher = SlugChoiceFilter(
        queryset=Organization.objects.filter(published_reports__isnull=False).distinct(),
        field_name="publisher",
        label="Publisher",
        label_name="organization",
        empty_label="Any publisher",
        # Exists rather than a join with DISTINCT, which read every report to drop the repeats.
        menu=lambda: Organization.objects.filter(Exists(SourceReport.objects.filter(publisher=OuterRef("pk")))).only(
            "pk", "slug", "name", "acronym"
        ),
    )
    year = YearFilter(field_name="published_on")
    # Any organization can be named here, so a text box for its identifier rather than a menu of thousands.
    organization = SlugChoiceFilter(
        queryset=Organization.objects.all(),
        method="filter_organization",
        label="About or by organization",
        label_name="organization",
        widget=forms.TextInput(attrs={"placeholder": "identifier, e.g. aseanapol"}),
    )

    csv_filename = "kbase-sources.csv"
    csv_header = ["slug", "title", "publisher", "author", "published_on", "language", "source_url", "url"]

    class Meta(ListFilterSet.Meta):
        model = SourceReport

    def rows(self, queryset):
        # The lists show titles only; the full texts (and their folded search copies) stay in the database.
        return queryset.defer("text", "search_text", "search_name", "editorial_note").order_by(
            newest_first("published_on"), "title", "pk"
        )

    def filter_organization(self, queryset, name, organization):
        return queryset.about_organization(organization)

    def page_queryset(self, queryset):
        return queryset.select_related("publisher")

    def csv_queryset(self, queryset):
        return queryset.select_related("publisher")

    def csv_row(self, request, s):
        return [
            s.slug,
            s.title,
            s.publisher.name if s.publisher else "",
            s.author,
            s.published_on.isoformat() if s.published_on else "",
            s.language,
            s.url,
            page_url(request, s),
        ]
