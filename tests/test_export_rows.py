"""The API lists, the meeting CSV and the Popolo export read from plain rows and the list layer: what they write is
what the serializers and the earlier exports wrote, and their queries do not grow with the data."""

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.test import RequestFactory

from meetings import popolo
from meetings.api import rows as api_rows
from meetings.api import views
from meetings.api.serializers import EventListSerializer
from meetings.exports import CHUNK_ROWS
from meetings.lists.events import EventFilter
from meetings.models import Event, Organization, Person

API_LISTS = [
    "/api/events/",
    "/api/organizations/",
    "/api/people/",
    "/api/countries/",
    "/api/forums/",
    "/api/agreements/",
    "/api/outcomes/",
    "/api/sources/",
]


@pytest.fixture
def grown(seeded):
    """The seed and 150 generated meetings with their participants, attendees, reports and outcomes."""
    call_command("generate_synthetic", events=150, seed=3, verbosity=0)


def serialized(client, url):
    """What EventListSerializer writes for the rows of an API event list page: the oracle of api/rows.py."""
    response = client.get(url)
    assert response.status_code == 200
    request = RequestFactory().get(url)
    filterset = EventFilter(request.GET)
    assert filterset.is_valid()
    page = int(request.GET.get("page", 1))
    events = filterset.qs.select_related("forum", "country", "parent").prefetch_related("topics")
    events = list(events[(page - 1) * 50 : page * 50])
    expected = EventListSerializer(events, many=True, context={"request": request, "format": None}).data
    return response.json()["results"], json.loads(json.dumps(expected))


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?page=2", "?country=vn", "?q=trafficking", "?sort=title", "?year=2021"])
def test_the_api_event_list_writes_what_its_serializer_writes(client, grown, query):
    written, expected = serialized(client, f"/api/events/{query}")
    assert written == expected
    assert written or query == "?year=2021"  # most of the pages hold meetings


@pytest.mark.django_db
def test_sessions_and_undated_meetings_keep_their_parent_dates_and_topics(client, seeded):
    # The seed has sessions, meetings with topics and a planned meeting without a date.
    written, expected = serialized(client, "/api/events/")
    assert written == expected
    assert any(item["topics"] for item in written) and any(item["start_date"] is None for item in written)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "viewset, url",
    [
        (views.OrganizationViewSet, "/api/organizations/?page=2"),
        (views.OrganizationViewSet, "/api/organizations/?kind=ministry"),
        (views.PersonViewSet, "/api/people/"),
        (views.CountryViewSet, "/api/countries/"),
        (views.ForumViewSet, "/api/forums/"),
        (views.AgreementViewSet, "/api/agreements/"),
        (views.SourceViewSet, "/api/sources/?page=2"),
    ],
)
def test_every_api_list_written_from_rows_writes_what_its_serializer_writes(client, grown, viewset, url):
    serializer_class = viewset(action="list").get_serializer_class()
    assert api_rows.writer_for(serializer_class) is not None  # written from rows, not by REST framework
    response = client.get(url)
    assert response.status_code == 200
    request = RequestFactory().get(url)
    filterset = viewset.filterset_class(request.GET, queryset=viewset.list_queryset.all())
    assert filterset.is_valid()
    page = int(request.GET.get("page", 1))
    records = list(filterset.qs[(page - 1) * 50 : page * 50])
    expected = serializer_class(records, many=True, context={"request": request, "format": None}).data
    assert records and response.json()["results"] == json.loads(json.dumps(expected))


@pytest.mark.django_db
@pytest.mark.parametrize("url", API_LISTS)
def test_api_lists_run_the_same_queries_however_many_records(client, seeded, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(12) as small:
        assert client.get(url).status_code == 200
    call_command("generate_synthetic", events=120, seed=5, verbosity=0)
    with django_assert_max_num_queries(12) as large:
        response = client.get(url)
    assert response.status_code == 200 and response.json()["results"]
    assert len(large) == len(small), [q["sql"][:100] for q in large.captured_queries]


@pytest.mark.django_db
def test_the_meeting_csv_sent_in_pieces_is_every_row_once_in_the_lists_order(client, grown):
    response = client.get("/events.csv")
    pieces = list(response.streaming_content)
    body = b"".join(pieces).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    meetings = list(EventFilter().qs.values_list("slug", flat=True))
    assert len(meetings) > CHUNK_ROWS
    assert [row[0] for row in rows[1:]] == meetings
    # Written as the rows are read, in pieces of CHUNK_ROWS rows, none held for the end.
    assert len(pieces) >= len(meetings) // CHUNK_ROWS


class MainExporter(popolo.Exporter):
    """The export as it was before it read the lists: every meeting, sessions included, oldest first."""

    def person_rows(self):
        return Person.objects.order_by("name", "pk")

    def organization_rows(self):
        # By name alone before, two bodies of one name in whatever order the database gave; the list breaks the tie
        # by id, so the comparison does too.
        return Organization.objects.order_by("name", "pk")

    def event_rows(self, fields):
        return Event.objects.order_by("start_date", "slug").values(*fields).iterator()


@pytest.mark.django_db
def test_popolo_holds_what_it_held_before_with_meetings_in_the_lists_order(grown):
    request = RequestFactory().get("/api/popolo.json")
    before, after = MainExporter(request).document(), popolo.Exporter(request).document()
    for section in ("persons", "organizations", "memberships"):
        assert after[section] == before[section], section
    by_id = {event["id"]: event for event in before["events"]}
    assert len(after["events"]) == len(before["events"]) == Event.objects.count()
    assert all(event == by_id[event["id"]] for event in after["events"])
    # Meetings in the meeting list's order, each followed by its sessions.
    meetings = [event["id"] for event in after["events"] if "parent_id" not in event]
    assert meetings == [f"event/{slug}" for slug in EventFilter().qs.values_list("slug", flat=True)]
    for number, event in enumerate(after["events"]):
        if "parent_id" in event:
            parent = next(e for e in reversed(after["events"][:number]) if "parent_id" not in e)
            assert event["parent_id"] == parent["id"]
