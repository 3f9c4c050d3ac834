"""Filters of the record lists (organizations, people, countries, forums, agreements, sources).

Each serves its page, its CSV and its API list.
"""

import django_filters

from ..models import Agreement, Country, Forum, Organization, Person, SourceReport


class OrganizationFilter(django_filters.FilterSet):
    class Meta:
        model = Organization
        fields = ["kind"]


class PersonFilter(django_filters.FilterSet):
    class Meta:
        model = Person
        fields = []


class CountryFilter(django_filters.FilterSet):
    class Meta:
        model = Country
        fields = []


class ForumFilter(django_filters.FilterSet):
    class Meta:
        model = Forum
        fields = []


class AgreementFilter(django_filters.FilterSet):
    class Meta:
        model = Agreement
        fields = ["kind"]


class SourceFilter(django_filters.FilterSet):
    class Meta:
        model = SourceReport
        fields = ["language"]
