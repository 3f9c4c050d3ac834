"""The outcome list's filters, shared by /outcomes/, its CSV and the API.

Parameters mean what they mean on the event list: country is a lower-case ISO code (the meeting's host or a
participant), forum and agreement are slugs, year is the meeting's year.
"""

import django_filters
from django.db.models import Exists, OuterRef, Q

from .. import search
from ..models import Agreement, Country, Forum, Outcome, Participation
from .events import MAX_QUERY_LENGTH, CountryCodeFilter, ParameterForm, SlugChoiceFilter, YearFilter


class OutcomeFilter(django_filters.FilterSet):
    forum = SlugChoiceFilter(queryset=Forum.objects.all(), field_name="event__forum", label="Forum", label_name="forum")
    country = CountryCodeFilter(
        queryset=Country.objects.all(), method="filter_country", label="Country (host or participant)"
    )
    status = django_filters.ChoiceFilter(choices=Outcome.Status.choices, label="Status")
    kind = django_filters.ChoiceFilter(choices=Outcome.Kind.choices, label="Kind")
    agreement = SlugChoiceFilter(
        queryset=Agreement.objects.all(), method="filter_agreement", label="Agreement", label_name="agreement"
    )
    year = YearFilter(field_name="event__start_date", lookup_expr="year", label="Year", min_value=1900, max_value=2200)
    q = django_filters.CharFilter(method="filter_q", label="Words", max_length=MAX_QUERY_LENGTH)

    class Meta:
        model = Outcome
        fields = []
        form = ParameterForm

    def filter_country(self, queryset, name, country):
        # The same reading of "involved" as the event list's country filter.
        return queryset.filter(
            Q(event__country=country)
            | Exists(
                Participation.objects.filter(event=OuterRef("event")).filter(
                    Q(country=country) | Q(organization__country=country)
                )
            )
        )

    def filter_agreement(self, queryset, name, agreement):
        # Exists rather than a join, so an outcome concerning two agreements is listed once.
        return queryset.filter(
            Exists(Outcome.agreements.through.objects.filter(outcome=OuterRef("pk"), agreement=agreement))
        )

    def filter_q(self, queryset, name, value):
        return search.matching(queryset, value)
