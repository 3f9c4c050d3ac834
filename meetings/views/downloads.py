"""CSV downloads of the record lists, narrowed by the same FilterSet and parameters as each page."""

from django.http import HttpResponseBadRequest
from django.urls import path

from ..exports import BATCH, csv_response, heavy_download
from ..filters.records import (
    AgreementFilter,
    CountryFilter,
    ForumFilter,
    OrganizationFilter,
    PersonFilter,
    SourceFilter,
)
from ..models import Agreement, Forum, Organization, Person, SourceReport
from .pages import known_countries


def page_url(request, record):
    return request.build_absolute_uri(record.get_absolute_url())


def filtered_csv(request, filterset_class, queryset, filename, header, row):
    filterset = filterset_class(request.GET, queryset=queryset)
    if not filterset.is_valid():
        problems = "; ".join(f"{name}: {' '.join(errors)}" for name, errors in filterset.errors.items())
        return HttpResponseBadRequest(f"The download was not made. {problems}", content_type="text/plain")
    records = filterset.qs.iterator(chunk_size=BATCH)
    return csv_response(filename, header, (row(request, record) for record in records))


@heavy_download
def organization_csv(request):
    return filtered_csv(
        request,
        OrganizationFilter,
        Organization.objects.select_related("country", "parent").order_by("name"),
        "kbase-organizations.csv",
        ["slug", "name", "acronym", "kind", "country_code", "country", "parent", "url"],
        lambda request, o: [
            o.slug,
            o.name,
            o.acronym,
            o.get_kind_display(),
            o.country_id.lower() if o.country_id else "",
            o.country.name if o.country else "",
            o.parent.name if o.parent else "",
            page_url(request, o),
        ],
    )


@heavy_download
def person_csv(request):
    return filtered_csv(
        request,
        PersonFilter,
        Person.objects.select_related("nationality").order_by("name"),
        "kbase-people.csv",
        ["slug", "name", "honorific_prefix", "given_name", "family_name", "nationality_code", "nationality", "url"],
        lambda request, p: [
            p.slug,
            p.name,
            p.honorific_prefix,
            p.given_name,
            p.family_name,
            p.nationality_id.lower() if p.nationality_id else "",
            p.nationality.name if p.nationality else "",
            page_url(request, p),
        ],
    )


@heavy_download
def country_csv(request):
    return filtered_csv(
        request,
        CountryFilter,
        known_countries(),
        "kbase-countries.csv",
        ["code", "name", "meetings_hosted", "meetings_attended", "url"],
        lambda request, c: [c.code.lower(), c.name, c.hosted, c.attended, page_url(request, c)],
    )


@heavy_download
def forum_csv(request):
    return filtered_csv(
        request,
        ForumFilter,
        Forum.objects.select_related("convened_by").order_by("name"),
        "kbase-forums.csv",
        ["slug", "name", "short_name", "convened_by", "url"],
        lambda request, f: [
            f.slug,
            f.name,
            f.short_name,
            f.convened_by.name if f.convened_by else "",
            page_url(request, f),
        ],
    )


@heavy_download
def agreement_csv(request):
    return filtered_csv(
        request,
        AgreementFilter,
        Agreement.objects.select_related("organization").order_by("name"),
        "kbase-agreements.csv",
        ["slug", "name", "short_name", "kind", "organization", "url"],
        lambda request, a: [
            a.slug,
            a.name,
            a.short_name,
            a.get_kind_display(),
            a.organization.name if a.organization else "",
            page_url(request, a),
        ],
    )


@heavy_download
def source_csv(request):
    return filtered_csv(
        request,
        SourceFilter,
        SourceReport.objects.select_related("publisher")
        .defer("text", "search_text", "search_name", "editorial_note")
        .order_by("-published_on", "title"),
        "kbase-sources.csv",
        ["slug", "title", "publisher", "author", "published_on", "language", "source_url", "url"],
        lambda request, s: [
            s.slug,
            s.title,
            s.publisher.name if s.publisher else "",
            s.author,
            s.published_on.isoformat() if s.published_on else "",
            s.language,
            s.url,
            page_url(request, s),
        ],
    )


urlpatterns = [
    path("organizations.csv", organization_csv, name="organization-csv"),
    path("people.csv", person_csv, name="person-csv"),
    path("countries.csv", country_csv, name="country-csv"),
    path("forums.csv", forum_csv, name="forum-csv"),
    path("agreements.csv", agreement_csv, name="agreement-csv"),
    path("sources.csv", source_csv, name="source-csv"),
]
