"""The Popolo export: valid against the Popolo JSON Schemas, and faithful to the records."""

import datetime
import json
from pathlib import Path

import pytest
from django.urls import reverse
from jsonschema import Draft3Validator
from popolo_data.importer import Popolo
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

from meetings.models import Event, Organization, Person, Position, SourceReport
from meetings.popolo import post_id

SCHEMAS = Path(__file__).parent / "popolo_schemas"
KINDS = {
    "persons": "person",
    "organizations": "organization",
    "posts": "post",
    "memberships": "membership",
    "events": "event",
}


@pytest.fixture(scope="module")
def validators():
    resources = []
    for path in SCHEMAS.glob("*.json"):
        contents = json.loads(path.read_text())
        resources.append((contents["id"].rstrip("#"), Resource.from_contents(contents, default_specification=DRAFT3)))
    registry = Registry().with_resources(resources)
    return {
        kind: Draft3Validator(
            json.loads((SCHEMAS / f"{kind}.json").read_text()),
            registry=registry,
            format_checker=Draft3Validator.FORMAT_CHECKER,
        )
        for kind in KINDS.values()
    }


def export(client):
    response = client.get(reverse("api:popolo"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.getvalue())


def test_every_record_validates_against_the_popolo_schemas(client, seeded, validators):
    data = export(client)
    assert set(data) == set(KINDS)
    for key, kind in KINDS.items():
        assert data[key], f"no {key} exported"
        for record in data[key]:
            errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validators[kind].iter_errors(record)]
            assert not errors, (record["id"], errors)


def test_the_schemas_do_catch_a_malformed_record(validators):
    # A check that cannot fail proves nothing: a partial date in the wrong shape is refused.
    assert list(validators["membership"].iter_errors({"start_date": "25/02/2021"}))
    assert list(validators["event"].iter_errors({"sources": [{"note": "no url"}]}))


def test_ids_are_unique_and_every_reference_points_to_an_exported_record(client, seeded):
    data = export(client)
    ids = [r["id"] for key in KINDS for r in data[key]]
    assert len(ids) == len(set(ids))
    people = {p["id"] for p in data["persons"]}
    organizations = {o["id"] for o in data["organizations"]}
    events = {e["id"] for e in data["events"]}
    for membership in data["memberships"]:
        assert membership["organization_id"] in organizations
        if "person_id" in membership:
            assert membership["person_id"] in people
        else:
            assert membership["member"]["id"] in organizations
    for event in data["events"]:
        assert event.get("organization_id") in organizations | {None}
        assert event.get("parent_id") in events | {None}
        assert {a["id"] for a in event.get("attendees", [])} <= people
    for organization in data["organizations"]:
        assert organization.get("parent_id") in organizations | {None}


def test_do_van_hoanhs_post_at_oipa_is_a_membership(client, seeded):
    data = export(client)
    person = next(p for p in data["persons"] if p["id"] == "person/do-van-hoanh")
    assert person["name"] == "Do Van Hoanh"
    assert "Đỗ Văn Hoanh" in {n["name"] for n in person["other_names"]}
    posts = [m for m in data["memberships"] if m.get("person_id") == "person/do-van-hoanh"]
    oipa = next(m for m in posts if m["organization_id"] == "organization/oipa")
    assert oipa["role"] == "Director General"
    assert "Police Major General" in oipa["label"]
    # The report gives the post only as held on 25 February 2021, not when it began.
    assert "start_date" not in oipa
    assert "2021-02-25" in oipa["label"]
    assert oipa["sources"] and oipa["sources"][0]["url"].startswith("http")
    assert {m["organization_id"] for m in posts} == {"organization/oipa", "organization/aseanapol"}


def test_a_known_start_date_is_written_at_its_precision(client, seeded):
    position = Position.objects.get(person__slug="do-van-hoanh", organization__slug="oipa")
    position.start_date, position.start_date_precision = datetime.date(2019, 7, 1), "month"
    position.save()
    data = export(client)
    oipa = next(m for m in data["memberships"] if m["id"] == f"position/{position.pk}")
    assert oipa["start_date"] == "2019-07"
    assert "as of" not in oipa["label"]


def test_member_countries_are_organization_memberships_with_partial_dates(client, seeded):
    data = export(client)
    commit_members = [m for m in data["memberships"] if m["organization_id"] == "organization/commit"]
    assert {m["member"]["id"] for m in commit_members} >= {"country/la", "country/vn", "country/kh"}
    assert {m["start_date"] for m in commit_members} == {"2004"}
    laos = next(o for o in data["organizations"] if o["id"] == "country/la")
    assert laos["classification"] == "country"
    assert laos["identifiers"] == [{"scheme": "ISO 3166-1 alpha-2", "identifier": "LA"}]


def test_events_carry_organizer_dates_attendees_and_sources(client, seeded):
    data = export(client)
    events = {e["id"]: e for e in data["events"]}
    dialogue = events["event/2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons"]
    assert dialogue["start_date"] == "2021-02-25"
    assert dialogue["end_date"] == "2021-02-26"
    assert dialogue["organization_id"] == "organization/aseanapol-secretariat"
    assert {"person/do-van-hoanh", "person/jim-wee"} <= {a["id"] for a in dialogue["attendees"]}
    report = SourceReport.objects.get(slug="aseanapol-virtual-dialogue-tip-2021")
    # A report without a published address is linked to its page here.
    assert (report.url or f"http://testserver{report.get_absolute_url()}") in {s["url"] for s in dialogue["sources"]}
    day_one = events["event/2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons-day-1"]
    assert day_one["parent_id"] == dialogue["id"]
    planned = events["event/40th-aseanapol-conference"]
    assert "start_date" not in planned


def test_export_runs_a_fixed_number_of_queries(client, seeded, django_assert_max_num_queries):
    # A few per kind of record, once per batch of rows, and the knowledge version (the ETag); on PostgreSQL two more
    # take and give back a download slot.
    bound = 26
    with django_assert_max_num_queries(bound) as seed_queries:
        export(client)
    oipa = Organization.objects.get(slug="oipa")
    people = Person.objects.bulk_create(Person(slug=f"bulk-{i}", name=f"Bulk {i}") for i in range(40))
    Position.objects.bulk_create(Position(person=p, organization=oipa, title="Officer") for p in people)
    Event.objects.bulk_create(
        Event(slug=f"bulk-event-{i}", title=f"Bulk event {i}", start_date=datetime.date(2012, 1, 1)) for i in range(40)
    )
    with django_assert_max_num_queries(bound) as bulk_queries:
        data = export(client)
    assert len(bulk_queries) == len(seed_queries), [q["sql"][:90] for q in bulk_queries.captured_queries]
    assert len(data["persons"]) == Person.objects.count()


def test_everypolitician_popolo_loads_every_list_and_resolves_every_reference(client, seeded):
    """Read as EveryPolitician's own library reads a Popolo file: each reference is looked up in its list."""
    popolo = Popolo(export(client))
    assert len(popolo.persons) and len(popolo.organizations) and len(popolo.events)
    held = Position.objects.exclude(title="").select_related("organization")
    assert len(popolo.posts) == len({post_id(p.organization.slug, p.title) for p in held}) > 0
    for post in popolo.posts:
        assert post.organization.id == post.organization_id
    with_person = [m for m in popolo.memberships if m.person_id]
    assert with_person and any(m.post_id for m in with_person)
    for membership in popolo.memberships:
        assert membership.organization.id == membership.organization_id
        if membership.person_id:
            assert membership.person.id == membership.person_id
        if membership.post_id:
            assert membership.post.organization_id == membership.organization_id
            assert membership.post.label.lower() == membership.role.lower()
        assert membership.start_date is not None  # partial dates parse (an unknown one is an open range)
    for event in popolo.events:
        if event.organization_id:
            assert event.organization.id == event.organization_id
        assert event.start_date is not None
