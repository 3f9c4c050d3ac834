"""How the OpenAPI schema describes our list filters.

Records are chosen in query parameters by slug or lower-case code (?forum=commit-som, ?country=la), never by
database id, and several of those filters work through a method. drf-spectacular would guess an integer id or
give up with a warning; this says what they are: strings.
"""

import copy

from django_filters import ModelChoiceFilter, ModelMultipleChoiceFilter
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.drainage import has_override, set_override


class SlugFilterExtension(DjangoFilterExtension):
    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        if isinstance(filter_field, ModelChoiceFilter | ModelMultipleChoiceFilter) and not has_override(
            filter_field, "field"
        ):
            description = self._get_field_description(filter_field, None)
            filter_field = copy.copy(filter_field)
            schema = {"type": "string"}
            if description:
                schema["description"] = description
            set_override(filter_field, "field", schema)
        return super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
