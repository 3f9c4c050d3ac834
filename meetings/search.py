"""Free-text matching shared by the search page and every list's `q` parameter.

matching(queryset, q) narrows a queryset of any searchable model to the records that match q.
"""

from django.db.models import Q

from .models import fold

FIELDS = {
    "event": ["title", "summary", "city", "venue"],
    "organization": ["name", "acronym"],
    "person": ["name"],
    "agreement": ["name", "short_name"],
    "outcome": ["text"],
    "sourcereport": ["title", "text"],
}


def matching(queryset, q):
    words = fold(q).split()
    fields = FIELDS[queryset.model._meta.model_name]
    for word in words:
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__icontains": word})
        queryset = queryset.filter(condition)
    return queryset
