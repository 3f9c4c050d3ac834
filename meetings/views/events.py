from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import path

from ..models import Attendance, Event, Outcome, Participation


def event_list(request):
    events = Event.objects.top_level().select_related("forum", "country")
    return render(request, "meetings/event_list.html", {"events": events})


def event_detail(request, slug):
    event = get_object_or_404(
        Event.objects.select_related("forum", "country", "parent").prefetch_related(
            "topics",
            "citations__source",
            "sessions",
            Prefetch(
                "participations",
                Participation.objects.select_related("organization", "country").prefetch_related("citations__source"),
            ),
            Prefetch(
                "attendances",
                Attendance.objects.select_related("person", "organization", "country", "position").prefetch_related(
                    "citations__source", "statements"
                ),
            ),
            Prefetch(
                "outcomes",
                Outcome.objects.select_related(
                    "referred_to_forum", "referred_to_event", "proposed_by"
                ).prefetch_related("agreements", "citations__source"),
            ),
            "agreement_links__agreement",
            "agreement_links__citations__source",
        ),
        slug=slug,
    )
    return render(request, "meetings/event_detail.html", {"event": event})


urlpatterns = [
    path("events/", event_list, name="event-list"),
    path("events/<slug:slug>/", event_detail, name="event-detail"),
]
