"""The read-only JSON API: lists and details of every kind of record, filters shared with the pages, links."""

import datetime
import json
import re

from django.core.management import call_command
from django.db.models import F
from django.urls import reverse
from drf_spectacular.validation import validate_schema

from meetings.lists.events import EventFilter
from meetings.models import (
    Agreement,
    Attendance,
    AttendanceCitation,
    Country,
    Event,
    EventAgreement,
    EventAgreementCitation,
    EventCitation,
    Forum,
    Membership,
    MembershipCitation,
    Organization,
    Outcome,
    OutcomeCitation,
    Participation,
    ParticipationCitation,
    Person,
    Position,
    PositionCitation,
    SourceReport,
    Topic,
)

EXTRA = 60  # more than a page of 50, so the bulk data spans two pages

LISTS = {
    "event": "2020-14th-commit-senior-officials-meeting",
    "organization": "oipa",
    "person": "do-van-hoanh",
    "country": "LA",
    "forum": "commit-som",
    "agreement": "actip",
    "source": "commit-14th-som-takes-place-in-hanoi",
}


def add_many_rows():
    """Many meetings, each with participants, people, outcomes, agreements and passages; posts and memberships."""
    source = SourceReport.objects.get(slug="commit-14th-som-takes-place-in-hanoi")
    cite = {"source": source, "passage": source.text[:40]}
    forum = Forum.objects.get(slug="commit-som")
    laos, viet_nam = Country.objects.get(code="LA"), Country.objects.get(code="VN")
    actip = Agreement.objects.get(slug="actip")
    topics = list(Topic.objects.all()[:2])
    n = range(EXTRA)
    orgs = Organization.objects.bulk_create(
        Organization(slug=f"bulk-agency-{i}", name=f"Bulk Agency {i}", kind="agency", country=laos) for i in n
    )
    memberships = Membership.objects.bulk_create(Membership(organization=o, member_country=viet_nam) for o in orgs)
    MembershipCitation.objects.bulk_create(MembershipCitation(membership=m, **cite) for m in memberships)
    people = Person.objects.bulk_create(Person(slug=f"bulk-person-{i}", name=f"Bulk Person {i}") for i in n)
    positions = Position.objects.bulk_create(
        Position(person=p, organization=o, title="Director") for p, o in zip(people, orgs, strict=True)
    )
    PositionCitation.objects.bulk_create(PositionCitation(position=p, **cite) for p in positions)
    start = datetime.date(2010, 1, 1)
    events = Event.objects.bulk_create(
        Event(
            slug=f"bulk-meeting-{i}",
            title=f"Bulk meeting {i}",
            forum=forum,
            country=laos,
            start_date=start + datetime.timedelta(days=i),
            summary="A meeting added to measure queries.",
        )
        for i in n
    )
    Event.objects.bulk_create(
        Event(slug=f"bulk-session-{i}", title=f"Bulk session {i}", parent=e, start_date=e.start_date)
        for i, e in enumerate(events)
    )
    EventCitation.objects.bulk_create(EventCitation(event=e, **cite) for e in events)
    Event.topics.through.objects.bulk_create(Event.topics.through(event=e, topic=t) for e in events for t in topics)
    participations = Participation.objects.bulk_create(
        Participation(event=e, organization=o, role=role)
        for e, o in zip(events, orgs, strict=True)
        for role in ("host", "participant")
    )
    Participation.objects.bulk_create(
        Participation(event=e, country=viet_nam, role="member_delegation") for e in events
    )
    ParticipationCitation.objects.bulk_create(ParticipationCitation(participation=p, **cite) for p in participations)
    attendances = Attendance.objects.bulk_create(
        Attendance(event=e, person=p, role="speaker", organization=o, position=pos)
        for e, p, o, pos in zip(events, people, orgs, positions, strict=True)
    )
    AttendanceCitation.objects.bulk_create(AttendanceCitation(attendance=a, **cite) for a in attendances)
    outcomes = Outcome.objects.bulk_create(
        Outcome(event=e, kind="decision", status="adopted", text=f"Decided {i}", proposed_by=o, referred_to_forum=forum)
        for i, (e, o) in enumerate(zip(events, orgs, strict=True))
    )
    Outcome.agreements.through.objects.bulk_create(
        Outcome.agreements.through(outcome=o, agreement=actip) for o in outcomes
    )
    OutcomeCitation.objects.bulk_create(OutcomeCitation(outcome=o, **cite) for o in outcomes)
    links = EventAgreement.objects.bulk_create(
        EventAgreement(event=e, agreement=actip, relation="discussed") for e in events
    )
    EventAgreementCitation.objects.bulk_create(EventAgreementCitation(link=link, **cite) for link in links)


def api_get(client, url, **params):
    response = client.get(url, params, HTTP_ACCEPT="application/json")
    return response


def results(response):
    return response.json()["results"]


# --- Lists and details ------------------------------------------------------------


def test_each_list_contains_the_seed_records_and_each_detail_shows_them(client, seeded):
    for kind, key in LISTS.items():
        url = reverse(f"api:{kind}-list")
        field = "code" if kind == "country" else "slug"
        keys = []
        while url:
            response = api_get(client, url)
            assert response.status_code == 200, url
            keys += [row[field] for row in results(response)]
            url = response.json()["next"]
        assert key in keys, kind

        detail = reverse(f"api:{kind}-detail", args=[key.lower() if kind == "country" else key])
        response = api_get(client, detail)
        assert response.status_code == 200, detail
        assert response.json()[field] == key
        assert response.json()["url"] == f"http://testserver{detail}"
        assert response.json()["html_url"].startswith("http://testserver/")


def test_outcomes_list_and_detail(client, seeded):
    response = api_get(client, reverse("api:outcome-list"))
    assert response.status_code == 200
    assert response.json()["count"] == Outcome.objects.count()
    first = results(response)[0]
    detail = api_get(client, first["url"]).json()
    assert detail["text"] == first["text"]
    assert detail["event"]["url"].startswith("http://testserver/api/events/")
    assert "#outcome-" in detail["html_url"]


def test_event_detail_links_forum_host_participants_people_outcomes_agreements_and_passages(client, seeded):
    data = api_get(client, reverse("api:event-detail", args=["2020-14th-commit-senior-officials-meeting"])).json()
    assert data["forum"]["slug"] == "commit-som"
    assert data["forum"]["url"] == "http://testserver/api/forums/commit-som/"
    assert data["country"]["url"] == "http://testserver/api/countries/vn/"
    assert data["country"]["html_url"] == "http://testserver/countries/vn/"
    assert data["start_date"] == "2020-12-16"
    participants = {p["organization"]["slug"] for p in data["participations"] if p["organization"]}
    assert "commit" in participants or "undp" in participants
    assert all(p["role"] for p in data["participations"])
    people = {a["person"]["slug"]: a for a in data["attendances"]}
    assert "caitlin-wiesen" in people
    assert people["caitlin-wiesen"]["person"]["html_url"] == "http://testserver/people/caitlin-wiesen/"
    assert data["outcomes"] and all(o["url"].startswith("http://testserver/api/outcomes/") for o in data["outcomes"])
    assert data["sources"], "the meeting's passages are given"
    assert data["sources"][0]["source"]["slug"] == "commit-14th-som-takes-place-in-hanoi"
    assert data["sources"][0]["passage"]


def test_event_detail_of_a_session_links_its_meeting(client, seeded):
    url = reverse("api:event-detail", args=["2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons-day-1"])
    data = api_get(client, url).json()
    parent = data["parent"]
    assert parent["slug"] == "2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons"
    sessions = api_get(client, parent["url"]).json()["sessions"]
    assert data["slug"] in {s["slug"] for s in sessions}


def test_person_detail_gives_posts_with_organization_links(client, seeded):
    data = api_get(client, reverse("api:person-detail", args=["do-van-hoanh"])).json()
    posts = {(p["organization"]["slug"], p["title"]) for p in data["positions"]}
    assert ("oipa", "Director General") in posts
    assert data["events_url"] == "http://testserver/api/events/?person=do-van-hoanh"


def test_country_detail_answers_to_lower_and_upper_case_codes(client, seeded):
    assert api_get(client, "/api/countries/la/").json()["code"] == "LA"
    assert api_get(client, "/api/countries/LA/").status_code == 200
    assert api_get(client, "/api/countries/la/").json()["events_url"] == "http://testserver/api/events/?country=la"


def test_unknown_record_is_a_json_404(client, seeded):
    for url in ["/api/events/no-such-meeting/", "/api/countries/zz/", "/api/people/nobody/", "/api/outcomes/999999/"]:
        response = api_get(client, url)
        assert response.status_code == 404, url
        assert response["Content-Type"].startswith("application/json")


def walk_links(data):
    """Every API or page address in a response."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in {"url", "html_url", "next", "previous"} or key.endswith("_url") and key != "original_url":
                if isinstance(value, str) and value.startswith("http://testserver/"):
                    yield value
            else:
                yield from walk_links(value)
    elif isinstance(data, list):
        for item in data:
            yield from walk_links(item)


def test_every_link_in_lists_and_details_resolves(client, seeded):
    seen = set()
    pending = [reverse(f"api:{kind}-list") for kind in [*LISTS, "outcome"]]
    pending += [reverse("api:event-detail", args=[LISTS["event"]]), reverse("api:person-detail", args=["do-van-hoanh"])]
    for url in pending:
        data = api_get(client, url).json()
        for link in walk_links(data):
            address = link.split("#")[0]
            if address in seen:
                continue
            seen.add(address)
            assert client.get(address).status_code == 200, address
    assert len(seen) > 50


# --- Filters: the same parameters as the pages -------------------------------------------


PAGE_ORDER = Event.objects.top_level().order_by(F("start_date").desc(nulls_last=True), "title", "pk")

EVENT_FILTERS = [
    {},
    {"country": "la"},
    {"country": "vn"},
    {"forum": "commit-som"},
    {"country": "la", "forum": "commit-som"},
    {"host_country": "my"},
    {"organization": "aseanapol-secretariat"},
    {"person": "do-van-hoanh"},
    {"year": "2015"},
    {"date_from": "2016-01-01", "date_to": "2022-12-31"},
    {"format": "virtual"},
    {"status": "planned"},
    {"q": "trafficking"},
    {"sort": "title"},
]


CHART_PAGES = {"timeline", "matrix", "network"}


def test_event_list_filters_give_the_same_meetings_as_the_event_filter(client, seeded):
    for params in EVENT_FILTERS:
        response = api_get(client, reverse("api:event-list"), **params)
        assert response.status_code == 200, params
        expected = [e.slug for e in EventFilter(params, queryset=PAGE_ORDER).qs]
        assert [row["slug"] for row in results(response)] == expected, params
        assert response.json()["count"] == len(expected)
        # The event list page shows the same meetings in the same order.
        page = client.get(reverse("meetings:event-list"), params).content.decode()
        # (Its tabs link to the figures over the list, /events/timeline/ and the like: not meetings.)
        shown = re.findall(r'href="/events/([a-z0-9-]+)/"', page)
        assert [slug for slug in dict.fromkeys(shown) if slug not in CHART_PAGES] == expected, params
    assert api_get(client, reverse("api:event-list"), country="la", forum="commit-som").json()["count"] >= 1


def test_format_parameter_filters_meetings_rather_than_choosing_the_output(client, seeded):
    data = api_get(client, reverse("api:event-list"), format="virtual").json()
    assert [row["format"] for row in data["results"]] == ["virtual"]


def test_organization_list_uses_its_filter(client, seeded):
    response = api_get(client, reverse("api:organization-list"), kind="un_agency")
    assert response.status_code == 200
    assert {row["kind"] for row in results(response)} == {"un_agency"}
    assert "undp" in {row["slug"] for row in results(response)}


BAD_EVENT_PARAMETERS = [
    ({"country": "zz"}, "country"),
    ({"forum": "no-such-forum"}, "forum"),
    ({"date_from": "2021-13-40"}, "date_from"),
    ({"date_from": "2022-01-01", "date_to": "2021-01-01"}, "date_to"),
    ({"year": "twenty"}, "year"),
    ({"status": "cancelled"}, "status"),
    ({"q": "x" * 500}, "q"),
    ({"page": "abc"}, "page"),
    ({"page": "0"}, "page"),
    ({"page": "99"}, "page"),
]


def test_bad_event_list_parameters_are_a_400_naming_the_parameter(client, seeded):
    for params, field in BAD_EVENT_PARAMETERS:
        response = api_get(client, reverse("api:event-list"), **params)
        assert response.status_code == 400, params
        assert field in response.json(), params


def test_bad_outcome_filter_is_400(client, seeded):
    response = api_get(client, reverse("api:outcome-list"), status="nonsense")
    assert response.status_code == 400
    assert "status" in response.json()


def test_pagination_gives_the_total_count_and_the_next_page(client, seeded):
    add_many_rows()
    total = Event.objects.top_level().count()
    first = api_get(client, reverse("api:event-list")).json()
    assert first["count"] == total
    assert len(first["results"]) == 50
    assert first["previous"] is None
    second = api_get(client, first["next"]).json()
    assert second["count"] == total
    assert len(second["results"]) == total - 50
    assert second["next"] is None
    assert second["previous"]
    slugs = [r["slug"] for r in first["results"] + second["results"]]
    assert len(set(slugs)) == total


# --- Read only -------------------------------------------------------------------------


def test_api_refuses_changes_from_anyone(client, editor_client, seeded):
    for url in ["/api/events/", f"/api/events/{LISTS['event']}/", "/api/countries/la/"]:
        for method in ["post", "put", "patch", "delete"]:
            for c in (client, editor_client):
                response = getattr(c, method)(url, data=json.dumps({"title": "x"}), content_type="application/json")
                assert response.status_code in (403, 405), (method, url)
    assert Event.objects.filter(title="x").count() == 0
    assert Event.objects.filter(slug=LISTS["event"]).exists()


# --- Fixed number of queries -----------------------------------------------------------------

QUERY_BOUNDS = {
    "/api/events/": 3,
    f"/api/events/{LISTS['event']}/": 18,
    "/api/events/?country=la&forum=commit-som&q=meeting": 6,
    "/api/organizations/": 2,
    "/api/organizations/aseanapol/": 11,
    "/api/people/": 2,
    "/api/people/do-van-hoanh/": 6,
    "/api/countries/": 2,
    "/api/countries/la/": 6,
    "/api/forums/": 2,
    "/api/forums/commit-som/": 1,
    "/api/agreements/": 2,
    "/api/agreements/actip/": 6,
    "/api/outcomes/": 5,
    "/api/sources/": 2,
    f"/api/sources/{LISTS['source']}/": 1,
}


# Every answer reads the knowledge version once, for its ETag (meetings/versioning.py, conditional).
VERSION_QUERY = 1


def test_api_runs_a_fixed_number_of_queries(client, seeded, django_assert_max_num_queries):
    for url, bound in QUERY_BOUNDS.items():
        with django_assert_max_num_queries(bound + VERSION_QUERY):
            assert api_get(client, url).status_code == 200, url
    add_many_rows()
    for url, bound in QUERY_BOUNDS.items():
        with django_assert_max_num_queries(bound + VERSION_QUERY):
            assert api_get(client, url).status_code == 200, url
    # The bulk rows did land in the lists measured.
    assert api_get(client, "/api/events/").json()["count"] > EXTRA


# --- The schema and the docs page ----------------------------------------------------------


def test_schema_is_valid_openapi_describing_every_list(client, seeded):
    response = client.get(reverse("api:schema"), {"output": "json"})
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)
    for path in ["events", "organizations", "people", "countries", "forums", "agreements", "outcomes", "sources"]:
        assert f"/api/{path}/" in schema["paths"]
    params = {p["name"] for p in schema["paths"]["/api/events/"]["get"]["parameters"]}
    assert {"country", "forum", "date_from", "q", "page"} <= params


def test_schema_generates_without_warnings(tmp_path, db):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert "/api/events/{slug}/" in (tmp_path / "schema.yaml").read_text()


def test_docs_page_lists_the_endpoints_and_links_the_schema(client, seeded):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'href="/api/schema/"' in page
    assert "/api/events/{slug}/" in page
    assert 'href="/api/popolo.json"' in page
    assert "<script" not in page
