"""How the OpenAPI schema describes our list filters and every answer, so that clients generated from it accept what
the API sends.

Records are chosen in query parameters by slug or lower-case code (?forum=commit-som, ?country=la), never by
database id, and several of those filters work through a method. drf-spectacular would guess an integer id or
give up with a warning; this says what they are: strings of a known shape. `year` is a whole number in the range
the lists accept, `page` starts at 1.

describe_answers (a drf-spectacular postprocessing hook) adds what drf-spectacular cannot know: the statuses each
address answers besides 200, with their bodies, and that reading is public unless KBASE_REQUIRE_LOGIN is on.
"""

import copy

from django.conf import settings
from django_filters import ModelChoiceFilter, ModelMultipleChoiceFilter
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.drainage import has_override, set_override

from ..lists.base import MAX_PARAMETER_LENGTH, CountryChoiceFilter, CountryCodeFilter, SlugChoiceFilter, YearFilter

# An empty value means "any", as in the pages' forms, and spaces around a value are ignored: the patterns say so.
COUNTRY_CODE = {"type": "string", "pattern": r"^\s*([A-Za-z]{2})?\s*$", "description": "A two-letter ISO code: la"}
SLUG = {"type": "string", "pattern": r"^\s*[-a-zA-Z0-9_]*\s*$", "maxLength": 120}


class SlugFilterExtension(DjangoFilterExtension):
    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        if has_override(filter_field, "field"):
            return super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        schema = None
        if isinstance(filter_field, CountryChoiceFilter | CountryCodeFilter):
            schema = dict(COUNTRY_CODE)
        elif isinstance(filter_field, SlugChoiceFilter):
            schema = dict(SLUG)
        elif isinstance(filter_field, ModelChoiceFilter | ModelMultipleChoiceFilter):
            schema = {"type": "string", "maxLength": MAX_PARAMETER_LENGTH}
        elif isinstance(filter_field, YearFilter):
            extra = filter_field.extra
            schema = {"type": "integer", "minimum": extra["min_value"], "maximum": extra["max_value"]}
        if schema is not None:
            description = self._get_field_description(filter_field, None)
            filter_field = copy.copy(filter_field)
            if description:
                schema["description"] = description
            set_override(filter_field, "field", schema)
        return super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)


PROBLEM = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
    "description": "What went wrong, in a sentence.",
}
# A refused parameter: each parameter's name (or non_field_errors) with what is wrong with its value.
PARAMETER_PROBLEMS = {
    "type": "object",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
    "description": "Each refused parameter with the reasons.",
}


def json_body(name):
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}


def nullable_as_json_schema(node):
    """OpenAPI 3.0's `nullable: true` (which DRF's pagination and our own fields still write) as 3.1 says it."""
    if isinstance(node, dict):
        if node.pop("nullable", False) and isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
        for value in node.values():
            nullable_as_json_schema(value)
    elif isinstance(node, list):
        for value in node:
            nullable_as_json_schema(value)


def describe_answers(result, generator, request, public):
    """Every status the API sends, with its body, and who may read it."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = PROBLEM
    schemas["ParameterProblems"] = PARAMETER_PROBLEMS
    # Public reading needs no credentials (the empty requirement); a closed site needs the session of a signed-in user.
    security = [{"cookieAuth": []}] if settings.KBASE_REQUIRE_LOGIN else [{}]
    for path, operations in result["paths"].items():
        for operation in operations.values():
            operation["security"] = security
            responses = operation.setdefault("responses", {})
            responses["304"] = {"description": "Not modified: the ETag or date sent (If-None-Match, …) is current."}
            responses["400"] = {"content": json_body("ParameterProblems"), "description": "A parameter was refused."}
            responses["403"] = {"content": json_body("Problem"), "description": "The site needs a signed-in user."}
            responses["404"] = {"content": json_body("Problem"), "description": "No such record or page."}
            responses["503"] = {
                "content": json_body("Problem"),
                "description": "Too busy or the database is away for a moment; try again after Retry-After seconds.",
            }
            if "{slug}" in path:
                responses["301"] = {"description": "The record was renamed or merged: its address now, in Location."}
            for parameter in operation.get("parameters", []):
                if parameter["name"] == "page" and parameter["in"] == "query":
                    parameter["schema"] = {"type": "integer", "minimum": 1}
    nullable_as_json_schema(result)
    return result
