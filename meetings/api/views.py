"""The read-only JSON API: one list and one detail per kind of record.

Lists take the same query parameters as the site's pages, and give the same rows in the same order, because they
use the same FilterSets (meetings/lists/); a value the FilterSet refuses is a 400 naming the parameter.
Every list and detail runs a fixed number of queries.
"""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination

from .. import redirects
from ..lists.agreements import AgreementFilter
from ..lists.base import PAGE_NUMBER_PROBLEM, page_number
from ..lists.countries import CountryFilter
from ..lists.events import EventFilter
from ..lists.forums import ForumFilter
from ..lists.organizations import OrganizationFilter
from ..lists.outcomes import OutcomeFilter
from ..lists.people import PersonFilter
from ..lists.sources import SourceFilter
from ..models import (
    Agreement,
    AgreementParty,
    Attendance,
    Country,
    Event,
    EventAgreement,
    Forum,
    Membership,
    Organization,
    Outcome,
    Participation,
    Person,
    Position,
    SourceReport,
)
from . import (
    rows,
    schema,  # noqa: F401  (registers how filters appear in the schema)
)
from . import serializers as s


class Pagination(PageNumberPagination):
    """Pages of 50. A page number that is not a whole number or is past the end is a 400, as on the site."""

    def get_page_number(self, request, paginator):
        number = page_number(request.query_params.get(self.page_query_param))
        if number is None:
            raise ValidationError({"page": [PAGE_NUMBER_PROBLEM]})
        return number

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except NotFound:
            last = self.django_paginator_class(queryset, self.get_page_size(request)).num_pages
            number = self.get_page_number(request, None)
            raise ValidationError({"page": [f"There is no page {number}; the last page is {last}."]}) from None


def citations(prefix=""):
    return f"{prefix}citations__source"


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    pagination_class = Pagination
    lookup_field = "slug"
    # Only what a slug can be reaches the database: PostgreSQL refuses a NUL byte in a query with an error.
    lookup_value_regex = "[-a-zA-Z0-9_]+"
    list_queryset = None
    detail_queryset = None

    def get_queryset(self):
        if self.action == "list" or self.detail_queryset is None:
            return self.list_queryset.all()
        return self.detail_queryset.all()

    def filter_queryset(self, queryset):
        # The list's FilterSet says which rows a list holds (meetings, not sessions); a record is found by its key.
        return super().filter_queryset(queryset) if self.action == "list" else queryset

    def list(self, request, *args, **kwargs):
        # Written from plain rows where the serializer allows it (meetings/api/rows.py): the same output, without
        # making a model instance for every record and reading it back field by field.
        writer = rows.writer_for(self.get_serializer_class())
        if writer is None:
            return super().list(request, *args, **kwargs)
        queryset = self.filter_queryset(self.list_queryset.model._default_manager.all())
        page = self.paginate_queryset(queryset.values(*writer.columns))
        return self.get_paginated_response(writer.write_all(page, self.get_serializer_context()))

    def retrieve(self, request, *args, **kwargs):
        try:
            return super().retrieve(request, *args, **kwargs)
        except Http404:
            # The old address of a renamed or merged-away record leads to it, as the pages do (meetings/redirects.py).
            model = self.get_queryset().model
            if self.lookup_field != "slug" or model not in redirects.REDIRECTED:
                raise
            target = redirects.find(model, self.kwargs["slug"])
            if target is None:
                raise
            return redirects.moved_to(request, reverse(f"api:{self.basename}-detail", args=[target.slug]))


EVENT_DETAIL = Event.objects.select_related("forum", "country", "parent").prefetch_related(
    "topics",
    citations(),
    "sessions",
    Prefetch(
        "participations",
        Participation.objects.select_related("organization", "country").prefetch_related(citations()),
    ),
    Prefetch(
        "attendances",
        Attendance.objects.select_related("person", "organization", "country", "position").prefetch_related(
            citations()
        ),
    ),
    Prefetch(
        "outcomes",
        Outcome.objects.select_related("referred_to_forum", "referred_to_event", "proposed_by").prefetch_related(
            "agreements", citations()
        ),
    ),
    Prefetch("agreement_links", EventAgreement.objects.select_related("agreement").prefetch_related(citations())),
)


@extend_schema_view(
    list=extend_schema(summary="Meetings", description="Top-level meetings; sessions are listed on their meeting."),
    retrieve=extend_schema(summary="A meeting, with who took part, what came of it and the passages that say so"),
)
class EventViewSet(ReadOnlyViewSet):
    filterset_class = EventFilter
    # Which meetings and in what order is EventFilter's to say (meetings/lists/events.py), as on the page.
    list_queryset = Event.objects.select_related("forum", "country", "parent").prefetch_related("topics")
    detail_queryset = EVENT_DETAIL

    def get_serializer_class(self):
        return s.EventListSerializer if self.action == "list" else s.EventDetailSerializer

    def list(self, request, *args, **kwargs):
        # The same rows as EventListSerializer would write, from plain rows (meetings/api/rows.py): the serializer
        # spent five times the SQL making and reading model instances.
        queryset = self.filter_queryset(Event.objects.all())
        page = self.paginate_queryset(queryset.values(*rows.EVENT_FIELDS))
        return self.get_paginated_response(rows.event_list(page, self.get_serializer_context()))


@extend_schema_view(list=extend_schema(summary="Outcomes of meetings"), retrieve=extend_schema(summary="An outcome"))
class OutcomeViewSet(ReadOnlyViewSet):
    filterset_class = OutcomeFilter
    serializer_class = s.OutcomeSerializer
    lookup_field = "pk"
    lookup_value_regex = "[0-9]+"
    list_queryset = Outcome.objects.select_related(
        "event", "referred_to_forum", "referred_to_event", "proposed_by"
    ).prefetch_related("agreements", citations())


ORGANIZATION_LIST = Organization.objects.select_related("country", "parent")


@extend_schema_view(list=extend_schema(summary="Organizations"), retrieve=extend_schema(summary="An organization"))
class OrganizationViewSet(ReadOnlyViewSet):
    filterset_class = OrganizationFilter
    list_queryset = ORGANIZATION_LIST
    detail_queryset = ORGANIZATION_LIST.prefetch_related(
        "other_names",
        "children",
        "forums",
        Prefetch(
            "memberships",
            Membership.objects.select_related("member_country", "member_organization").prefetch_related(citations()),
        ),
        Prefetch("memberships_held", Membership.objects.select_related("organization").prefetch_related(citations())),
        Prefetch("positions", Position.objects.select_related("person", "organization").prefetch_related(citations())),
    )

    def get_serializer_class(self):
        return s.OrganizationListSerializer if self.action == "list" else s.OrganizationDetailSerializer


@extend_schema_view(list=extend_schema(summary="People"), retrieve=extend_schema(summary="A person"))
class PersonViewSet(ReadOnlyViewSet):
    filterset_class = PersonFilter
    list_queryset = Person.objects.select_related("nationality")
    detail_queryset = list_queryset.prefetch_related(
        "other_names",
        Prefetch("positions", Position.objects.select_related("person", "organization").prefetch_related(citations())),
        Prefetch("attendances", Attendance.objects.select_related("event", "organization", "country")),
    )

    def get_serializer_class(self):
        return s.PersonListSerializer if self.action == "list" else s.PersonDetailSerializer


@extend_schema_view(
    list=extend_schema(summary="Countries"),
    retrieve=extend_schema(
        summary="A country",
        parameters=[OpenApiParameter("code", OpenApiTypes.STR, OpenApiParameter.PATH, description="Lower-case code")],
    ),
)
class CountryViewSet(ReadOnlyViewSet):
    filterset_class = CountryFilter
    lookup_field = "code"
    lookup_value_regex = "[A-Za-z]{2}"
    list_queryset = Country.objects.all()
    detail_queryset = Country.objects.prefetch_related(
        "other_names",
        "organizations",
        Prefetch("memberships", Membership.objects.select_related("organization").prefetch_related(citations())),
    )

    def get_serializer_class(self):
        return s.CountryListSerializer if self.action == "list" else s.CountryDetailSerializer

    def get_object(self):
        # Codes are upper-case in the database and lower-case in addresses.
        try:
            return self.get_queryset().get(code=self.kwargs["code"].upper())
        except Country.DoesNotExist:
            raise Http404("No country has this code.") from None


@extend_schema_view(list=extend_schema(summary="Forums (meeting series)"), retrieve=extend_schema(summary="A forum"))
class ForumViewSet(ReadOnlyViewSet):
    filterset_class = ForumFilter
    list_queryset = Forum.objects.select_related("convened_by")

    def get_serializer_class(self):
        return s.ForumListSerializer if self.action == "list" else s.ForumDetailSerializer


@extend_schema_view(list=extend_schema(summary="Agreements"), retrieve=extend_schema(summary="An agreement"))
class AgreementViewSet(ReadOnlyViewSet):
    filterset_class = AgreementFilter
    list_queryset = Agreement.objects.select_related("organization")
    detail_queryset = list_queryset.prefetch_related(
        "other_names",
        Prefetch(
            "parties", AgreementParty.objects.select_related("country", "organization").prefetch_related(citations())
        ),
        Prefetch("event_links", EventAgreement.objects.select_related("event").prefetch_related(citations())),
    )

    def get_serializer_class(self):
        return s.AgreementListSerializer if self.action == "list" else s.AgreementDetailSerializer


@extend_schema_view(list=extend_schema(summary="Source reports"), retrieve=extend_schema(summary="A source report"))
class SourceViewSet(ReadOnlyViewSet):
    # The list leaves the full texts out (SourceFilter.rows): they are only sent with one report, not fifty.
    filterset_class = SourceFilter
    list_queryset = SourceReport.objects.select_related("publisher")

    def get_serializer_class(self):
        return s.SourceListSerializer if self.action == "list" else s.SourceDetailSerializer


def parameter_description(parameter):
    # The schema lists a choice's values as Markdown after the label; the page shows them on a line of their own.
    text = parameter.get("description", "")
    text = "" if text.startswith("* `") else text.partition("\n\n* `")[0]
    if not text and parameter["in"] == "path":
        text = "The record's identifier, as in the address of its page on the site."
    hint = {"date": "a date, YYYY-MM-DD", "integer": "a whole number"}.get(
        parameter.get("schema", {}).get("format") or parameter.get("schema", {}).get("type")
    )
    return f"{text} ({hint})" if hint and text else text


def docs(request):
    """A page for people: every endpoint, what it returns and the parameters it takes, from the OpenAPI schema."""
    document = SchemaGenerator(patterns=None).get_schema(request=None, public=True)
    endpoints = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            parameters = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "description": parameter_description(p),
                    "enum": p.get("schema", {}).get("enum", []),
                }
                for p in operation.get("parameters", [])
            ]
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    "example": path if "{" not in path else "",
                }
            )
    return render(request, "api/docs.html", {"endpoints": endpoints, "info": document["info"]})
