"""The outcome list's filters, shared by /outcomes/, its CSV and the API."""

import django_filters

from ..models import Outcome


class OutcomeFilter(django_filters.FilterSet):
    class Meta:
        model = Outcome
        fields = ["status", "kind"]
