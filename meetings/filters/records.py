"""Filters of the record lists (organizations, people, countries, forums, agreements, sources).

Each serves its page, its CSV and its API list. Parameter names match the event list's where they mean the same
thing (country is a lower-case ISO code, organization a slug, q free words), so links can be shared between lists.
"""

import django_filters
from django.db.models import Exists, OuterRef

from .. import search
from ..models import (
    Agreement,
    AgreementParty,
    Attendance,
    Country,
    Forum,
    Organization,
    Person,
    Position,
    SourceReport,
)
from .events import MAX_QUERY_LENGTH, CountryCodeField, ParameterForm, SlugChoiceFilter


class LowerCountryCodeField(CountryCodeField):
    """Shows codes in lower case in the form, as the URLs write them, while accepting either case."""

    def prepare_value(self, value):
        value = super().prepare_value(value)
        return value.lower() if isinstance(value, str) else value


class CountryChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = LowerCountryCodeField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", Country.objects.all())
        super().__init__(*args, **kwargs)


class TextFilterMixin:
    """The `q` parameter: free words, matched the way the search page matches them."""

    def filter_q(self, queryset, name, value):
        return search.matching(queryset, value)


def text_filter():
    return django_filters.CharFilter(method="filter_q", label="Words", max_length=MAX_QUERY_LENGTH)


class OrganizationFilter(TextFilterMixin, django_filters.FilterSet):
    q = text_filter()
    kind = django_filters.ChoiceFilter(choices=Organization.Kind.choices, label="Kind", empty_label="Any kind")
    country = CountryChoiceFilter(field_name="country", label="Country", empty_label="Any country")

    class Meta:
        model = Organization
        fields = []
        form = ParameterForm


class PersonFilter(TextFilterMixin, django_filters.FilterSet):
    q = text_filter()
    country = CountryChoiceFilter(field_name="nationality", label="Nationality", empty_label="Any country")
    organization = SlugChoiceFilter(
        queryset=Organization.objects.all(),
        method="filter_organization",
        label="Organization",
        label_name="organization",
        empty_label="Any organization",
    )

    class Meta:
        model = Person
        fields = []
        form = ParameterForm

    def filter_organization(self, queryset, name, organization):
        # Someone belongs to an organization's people if they held a post there or represented it at a meeting.
        return queryset.filter(
            Exists(Position.objects.filter(person=OuterRef("pk"), organization=organization))
            | Exists(Attendance.objects.filter(person=OuterRef("pk"), organization=organization))
        )


class CountryFilter(TextFilterMixin, django_filters.FilterSet):
    q = text_filter()

    class Meta:
        model = Country
        fields = []
        form = ParameterForm


class ForumFilter(TextFilterMixin, django_filters.FilterSet):
    q = text_filter()
    organization = SlugChoiceFilter(
        queryset=Organization.objects.filter(forums__isnull=False).distinct(),
        field_name="convened_by",
        label="Convened by",
        label_name="organization",
        empty_label="Any organization",
    )

    class Meta:
        model = Forum
        fields = []
        form = ParameterForm


class AgreementFilter(TextFilterMixin, django_filters.FilterSet):
    q = text_filter()
    kind = django_filters.ChoiceFilter(choices=Agreement.Kind.choices, label="Kind", empty_label="Any kind")
    organization = SlugChoiceFilter(
        queryset=Organization.objects.filter(agreements__isnull=False).distinct(),
        field_name="organization",
        label="Made under",
        label_name="organization",
        empty_label="Any organization",
    )
    country = CountryChoiceFilter(method="filter_country", label="Party", empty_label="Any country")

    class Meta:
        model = Agreement
        fields = []
        form = ParameterForm

    def filter_country(self, queryset, name, country):
        return queryset.filter(Exists(AgreementParty.objects.filter(agreement=OuterRef("pk"), country=country)))


class SourceFilter(TextFilterMixin, django_filters.FilterSet):
    q = text_filter()
    publisher = SlugChoiceFilter(
        queryset=Organization.objects.filter(published_reports__isnull=False).distinct(),
        field_name="publisher",
        label="Publisher",
        label_name="organization",
        empty_label="Any publisher",
    )
    year = django_filters.NumberFilter(
        field_name="published_on", lookup_expr="year", label="Year", min_value=1900, max_value=2200
    )

    class Meta:
        model = SourceReport
        fields = []
        form = ParameterForm
