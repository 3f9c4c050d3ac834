"""Filters of the record lists (organizations, people, countries, forums, agreements, sources).

Each serves its page, its CSV and its API list. Parameter names match the event list's where they mean the same
thing (country is a lower-case ISO code, organization a slug, q free words), so links can be shared between lists.
"""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q

from .. import search
from ..models import (
    Agreement,
    AgreementParty,
    Attendance,
    AttendanceCitation,
    Country,
    Event,
    Forum,
    MembershipCitation,
    Organization,
    Participation,
    ParticipationCitation,
    Person,
    Position,
    PositionCitation,
    SourceReport,
)
from .events import MAX_QUERY_LENGTH, CountryCodeField, ParameterForm, SlugChoiceFilter

# What a record's page lists and what the list it links to filters by are one definition, kept here.


def officials_of(queryset, country):
    """People of the country's nationality or who held a post in one of its organizations."""
    return queryset.filter(
        pk__in=union(
            Person.objects.filter(nationality=country).values("pk"),
            Position.objects.filter(organization__country=country).values("person"),
        )
    )


def forums_involving(queryset, country):
    """Forums with a meeting the country hosted or took part in, directly or through one of its organizations.

    A UNION of subqueries rather than one OR across joins, here as below, so each part is read through its index
    (event_country_date, participation_country_event, participation_org_event) instead of every meeting.
    """
    return queryset.filter(
        pk__in=union(
            Event.objects.filter(country=country).values("forum"),
            Participation.objects.filter(country=country).values("event__forum"),
            Participation.objects.filter(
                organization__in=Organization.objects.filter(country=country).values("pk")
            ).values("event__forum"),
        )
    )


def sources_about(queryset, organization):
    """Reports the organization published or that are cited for a fact about it: a part it took in a meeting, a post
    in it, a membership either way, a person who represented it. A UNION for the same reason as above."""
    memberships = Q(membership__organization=organization) | Q(membership__member_organization=organization)
    return queryset.filter(
        pk__in=union(
            SourceReport.objects.filter(publisher=organization).values("pk"),
            ParticipationCitation.objects.filter(participation__organization=organization).values("source"),
            PositionCitation.objects.filter(position__organization=organization).values("source"),
            MembershipCitation.objects.filter(memberships).values("source"),
            AttendanceCitation.objects.filter(attendance__organization=organization).values("source"),
        )
    )


def union(*querysets):
    """The distinct values the one-column querysets give together, as one query (a UNION drops duplicates; the
    models' default orderings are left out). As a subquery (pk__in=union(...)) each part is read through its own
    index, where an OR of the conditions would make the database read the whole table."""
    first, *rest = (queryset.order_by() for queryset in querysets)
    return first.union(*rest)


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
    # A text box for the parent's identifier: a menu would list every ministry and police force.
    parent = SlugChoiceFilter(
        queryset=Organization.objects.all(),
        field_name="parent",
        label="Part of",
        label_name="organization",
        widget=forms.TextInput(attrs={"placeholder": "identifier, e.g. mps"}),
    )

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
    official_of = CountryChoiceFilter(method="filter_official_of", label="Official of", empty_label="Any country")

    class Meta:
        model = Person
        fields = []
        form = ParameterForm

    def filter_official_of(self, queryset, name, country):
        return officials_of(queryset, country)

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
    country = CountryChoiceFilter(method="filter_country", label="Country involved", empty_label="Any country")

    class Meta:
        model = Forum
        fields = []
        form = ParameterForm

    def filter_country(self, queryset, name, country):
        return forums_involving(queryset, country)


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
    # Any organization can be named here, so a text box for its identifier rather than a menu of thousands.
    organization = SlugChoiceFilter(
        queryset=Organization.objects.all(),
        method="filter_organization",
        label="About or by organization",
        label_name="organization",
        widget=forms.TextInput(attrs={"placeholder": "identifier, e.g. aseanapol"}),
    )

    class Meta:
        model = SourceReport
        fields = []
        form = ParameterForm

    def filter_organization(self, queryset, name, organization):
        return sources_about(queryset, organization)
