from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, render
from django.urls import path

from ..models import (
    Agreement,
    Attendance,
    Country,
    Event,
    Forum,
    Organization,
    Participation,
    Person,
    Position,
    SourceReport,
)


def home(request):
    counts = {
        "events": Event.objects.count(),
        "organizations": Organization.objects.count(),
        "people": Person.objects.count(),
        "agreements": Agreement.objects.count(),
        "sources": SourceReport.objects.count(),
    }
    latest = Event.objects.top_level().select_related("forum", "country")[:10]
    forums = Forum.objects.annotate(event_count=Count("events")).order_by("name")
    return render(request, "meetings/home.html", {"counts": counts, "latest": latest, "forums": forums})


def organization_list(request):
    organizations = Organization.objects.select_related("country")
    return render(request, "meetings/organization_list.html", {"organizations": organizations})


def organization_detail(request, slug):
    organization = get_object_or_404(
        Organization.objects.select_related("country", "parent").prefetch_related(
            "children",
            "other_names",
            "memberships__member_country",
            "memberships__member_organization",
            Prefetch("positions", Position.objects.select_related("person")),
            Prefetch("participations", Participation.objects.select_related("event")),
        ),
        slug=slug,
    )
    return render(request, "meetings/organization_detail.html", {"organization": organization})


def person_list(request):
    return render(request, "meetings/person_list.html", {"people": Person.objects.select_related("nationality")})


def person_detail(request, slug):
    person = get_object_or_404(
        Person.objects.select_related("nationality").prefetch_related(
            "other_names",
            Prefetch("positions", Position.objects.select_related("organization")),
            Prefetch(
                "attendances", Attendance.objects.select_related("event", "organization").prefetch_related("statements")
            ),
        ),
        slug=slug,
    )
    return render(request, "meetings/person_detail.html", {"person": person})


def country_list(request):
    countries = (
        Country.objects.annotate(
            hosted=Count("hosted_events", distinct=True), took_part=Count("participations__event", distinct=True)
        )
        .filter(Q(hosted__gt=0) | Q(took_part__gt=0))
        .order_by("name")
    )
    return render(request, "meetings/country_list.html", {"countries": countries})


def country_detail(request, code):
    country = get_object_or_404(Country, code=code.upper())
    hosted = country.hosted_events.select_related("forum")
    participations = country.participations.select_related("event")
    return render(
        request,
        "meetings/country_detail.html",
        {"country": country, "hosted": hosted, "participations": participations},
    )


def forum_list(request):
    forums = Forum.objects.select_related("convened_by").annotate(event_count=Count("events"))
    return render(request, "meetings/forum_list.html", {"forums": forums})


def forum_detail(request, slug):
    forum = get_object_or_404(Forum.objects.select_related("convened_by"), slug=slug)
    events = forum.events.select_related("country").order_by("start_date", "number")
    return render(request, "meetings/forum_detail.html", {"forum": forum, "events": events})


def agreement_list(request):
    return render(
        request, "meetings/agreement_list.html", {"agreements": Agreement.objects.select_related("organization")}
    )


def agreement_detail(request, slug):
    agreement = get_object_or_404(
        Agreement.objects.select_related("organization").prefetch_related(
            "other_names", "parties__country", "parties__organization", "event_links__event"
        ),
        slug=slug,
    )
    return render(request, "meetings/agreement_detail.html", {"agreement": agreement})


def source_list(request):
    return render(request, "meetings/source_list.html", {"sources": SourceReport.objects.select_related("publisher")})


def source_detail(request, slug):
    source = get_object_or_404(SourceReport.objects.select_related("publisher"), slug=slug)
    return render(request, "meetings/source_detail.html", {"source": source})


urlpatterns = [
    path("", home, name="home"),
    path("organizations/", organization_list, name="organization-list"),
    path("organizations/<slug:slug>/", organization_detail, name="organization-detail"),
    path("people/", person_list, name="person-list"),
    path("people/<slug:slug>/", person_detail, name="person-detail"),
    path("countries/", country_list, name="country-list"),
    path("countries/<str:code>/", country_detail, name="country-detail"),
    path("forums/", forum_list, name="forum-list"),
    path("forums/<slug:slug>/", forum_detail, name="forum-detail"),
    path("agreements/", agreement_list, name="agreement-list"),
    path("agreements/<slug:slug>/", agreement_detail, name="agreement-detail"),
    path("sources/", source_list, name="source-list"),
    path("sources/<slug:slug>/", source_detail, name="source-detail"),
]
