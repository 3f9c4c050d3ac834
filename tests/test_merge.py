"""Merging records entered twice: everything moves to the kept record, names are kept, no citation is lost."""

import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.urls import reverse

from meetings import search
from meetings.admin import merging
from meetings.models import (
    Agreement,
    AgreementParty,
    Attendance,
    AttendanceCitation,
    Country,
    Event,
    Forum,
    Membership,
    Organization,
    OrganizationName,
    Outcome,
    Participation,
    Person,
    Position,
    PositionCitation,
    SourceReport,
    Statement,
)

pytestmark = pytest.mark.usefixtures("seeded")

REPORT_1_PASSAGE = "Police Major General Do Van Hoanh shared about current trafficking in person crime"


def changelist(model):
    return reverse(f"admin:meetings_{model._meta.model_name}_changelist")


def merge_post(client, model, records, keep, **extra):
    data = {
        "action": "merge_selected",
        ACTION_CHECKBOX_NAME: [str(r.pk) for r in records],
        "keep": str(keep.pk),
        "previewed": str(keep.pk),
        "_merge": "Merge",
        **extra,
    }
    return client.post(changelist(model), data)


def text(response):
    return response.content.decode()


@pytest.fixture
def ministry():
    return Organization.objects.get(slug="mps")


@pytest.fixture
def duplicate_ministry():
    """The Ministry of Public Security entered a second time, under its Vietnamese name, with one of everything."""
    viet_nam, laos = Country.objects.get(code="VN"), Country.objects.get(code="LA")
    duplicate = Organization.objects.create(
        name="Bộ Công an", acronym="BCA", kind=Organization.Kind.MINISTRY, country=viet_nam
    )
    OrganizationName.objects.create(organization=duplicate, name="Ministry of Public Security of Viet Nam")
    report = SourceReport.objects.get(pk=1)
    held = {
        "child": Organization.objects.create(name="Immigration Department", kind="agency", parent=duplicate),
        "membership": Membership.objects.create(organization=duplicate, member_country=laos),
        "membership_held": Membership.objects.create(
            organization=Organization.objects.get(slug="asean"), member_organization=duplicate
        ),
        "position": Position.objects.create(
            person=Person.objects.get(slug="to-cao-lanh"), organization=duplicate, title="Deputy Minister"
        ),
        "forum": Forum.objects.create(name="Viet Nam-Laos security dialogue", convened_by=duplicate),
        "participation": Participation.objects.create(
            event=Event.objects.get(pk=8), organization=duplicate, role=Participation.Role.OBSERVER
        ),
        "attendance": Attendance.objects.create(
            event=Event.objects.get(pk=8),
            person=Person.objects.get(slug="tran-ngoc-ha"),
            role="delegate",
            organization=duplicate,
        ),
        "agreement": Agreement.objects.create(name="MPS cooperation plan", kind="programme", organization=duplicate),
        "agreement_party": AgreementParty.objects.create(
            agreement=Agreement.objects.get(slug="actip"), organization=duplicate, action="adoption"
        ),
        "outcome": Outcome.objects.create(
            event=Event.objects.get(pk=8), kind="proposal", status="proposed", text="A hotline.", proposed_by=duplicate
        ),
        "report": SourceReport.objects.create(title="A ministry statement", text="A text.", publisher=duplicate),
    }
    held["position"].citations.create(source=report, passage=REPORT_1_PASSAGE)
    return duplicate, held


# --- Organizations ----------------------------------------------------------


def test_merging_two_organizations_moves_every_relation_and_keeps_the_names(admin_client, ministry, duplicate_ministry):
    duplicate, held = duplicate_ministry
    before = {rel.name: merging.count(rel, ministry) for rel in merging.reverse_relations(Organization)}

    response = merge_post(admin_client, Organization, [ministry, duplicate], keep=ministry)

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:meetings_organization_change", args=[ministry.pk])
    assert not Organization.objects.filter(pk=duplicate.pk).exists()
    for name, row in held.items():
        row.refresh_from_db()
        links = [f for f in row._meta.concrete_fields if f.many_to_one and f.related_model is Organization]
        assert any(getattr(row, f.attname) == ministry.pk for f in links), f"{name} does not refer to the ministry"
    # Every relation of an organization, counted: the kept one now holds what both held.
    after = {rel.name: merging.count(rel, ministry) for rel in merging.reverse_relations(Organization)}
    added = {name: after[name] - before[name] for name in after if after[name] != before[name]}
    assert added == {
        "children": 1,
        "memberships": 1,
        "memberships_held": 1,
        "positions": 1,
        "forums": 1,
        "participations": 1,
        "attendances": 1,
        "agreements": 1,
        "agreement_acts": 1,
        "proposals": 1,
        "published_reports": 1,
        "other_names": 3,
    }
    assert held["position"].citations.get().passage == REPORT_1_PASSAGE
    names = set(ministry.other_names.values_list("name", flat=True))
    assert {"Bộ Công an", "BCA", "Ministry of Public Security of Viet Nam"} <= names


def test_a_merged_organization_is_found_by_its_old_name(admin_client, ministry, duplicate_ministry):
    duplicate, _ = duplicate_ministry

    merge_post(admin_client, Organization, [ministry, duplicate], keep=ministry)

    assert list(search.matching(Organization.objects.all(), "Bo Cong an")) == [ministry]


def test_two_participations_in_one_meeting_become_one_with_both_citations(admin_client, ministry):
    duplicate = Organization.objects.create(name="Ministry of Public Security (Viet Nam)", kind="ministry")
    kept_row = Participation.objects.filter(organization=ministry).first()
    twin = Participation.objects.create(event=kept_row.event, organization=duplicate, role=kept_row.role)
    passage = kept_row.citations.first().source.text.split(".")[0]
    twin.citations.create(source=kept_row.citations.first().source, passage=passage, note="From the twin.")
    citations = {(c.source_id, c.passage) for c in kept_row.citations.all()} | {
        (c.source_id, c.passage) for c in twin.citations.all()
    }

    response = merge_post(admin_client, Organization, [ministry, duplicate], keep=ministry)

    assert response.status_code == 302
    assert not Participation.objects.filter(pk=twin.pk).exists()
    assert {(c.source_id, c.passage) for c in kept_row.citations.all()} == citations


def test_kept_record_under_a_merged_one_takes_that_ones_parent(admin_client, ministry):
    # The Office of Investigation Police Agency hangs under the ministry; keeping it, it takes the ministry's place.
    oipa = Organization.objects.get(slug="oipa")
    merge_post(admin_client, Organization, [ministry, oipa], keep=oipa)

    oipa.refresh_from_db()
    assert oipa.parent is None
    assert not Organization.objects.filter(pk=ministry.pk).exists()
    assert Organization.objects.get(slug="criminal-police-department").parent == oipa


def test_merge_refuses_to_make_an_organization_a_member_of_itself(admin_client):
    aseanapol = Organization.objects.get(slug="aseanapol")
    secretariat = Organization.objects.get(slug="aseanapol-secretariat")
    Membership.objects.create(organization=aseanapol, member_organization=secretariat)

    response = merge_post(admin_client, Organization, [aseanapol, secretariat], keep=aseanapol)

    assert response.status_code == 200
    assert "membership_not_own_member" in text(response)
    assert "nothing was merged" in text(response)
    assert Organization.objects.filter(pk=secretariat.pk).exists()


# --- People -----------------------------------------------------------------


@pytest.fixture
def do_van_hoanh():
    return Person.objects.get(slug="do-van-hoanh")


@pytest.fixture
def duplicate_person(do_van_hoanh):
    """Do Van Hoanh entered again with diacritics, at the same meeting in the same role, with his own citation."""
    duplicate = Person.objects.create(name="Đỗ Văn Hoành", nationality=Country.objects.get(code="VN"))
    kept_attendance = Attendance.objects.get(pk=101)
    position = Position.objects.create(
        person=duplicate, organization=kept_attendance.position.organization, title=kept_attendance.position.title
    )
    position.citations.create(source_id=1, passage="Director General of The Office of Investigation Police Agency")
    attendance = Attendance.objects.create(
        event=kept_attendance.event, person=duplicate, role=kept_attendance.role, position=position
    )
    attendance.citations.create(source_id=1, passage=REPORT_1_PASSAGE)
    statement = Statement.objects.create(
        attendance=attendance, kind="quote", text="current trafficking in person crime", source_id=1
    )
    return duplicate, attendance, statement


def test_the_same_person_at_the_same_meeting_twice_becomes_one_attendance_with_every_citation(
    admin_client, do_van_hoanh, duplicate_person
):
    duplicate, attendance, statement = duplicate_person
    kept_attendance = Attendance.objects.get(pk=101)
    passages = {c.passage for c in kept_attendance.citations.all()} | {REPORT_1_PASSAGE}
    statements = set(kept_attendance.statements.values_list("pk", flat=True)) | {statement.pk}

    response = merge_post(admin_client, Person, [do_van_hoanh, duplicate], keep=do_van_hoanh)

    assert response.status_code == 302
    assert not Attendance.objects.filter(pk=attendance.pk).exists()
    assert {c.passage for c in kept_attendance.citations.all()} == passages
    assert set(kept_attendance.statements.values_list("pk", flat=True)) == statements
    assert not AttendanceCitation.objects.filter(attendance_id=attendance.pk).exists()


def test_the_same_post_twice_becomes_one_and_keeps_both_citations(admin_client, do_van_hoanh, duplicate_person):
    duplicate, *_ = duplicate_person
    post = Position.objects.get(pk=11)
    passages = set(post.citations.values_list("passage", flat=True)) | {
        "Director General of The Office of Investigation Police Agency"
    }

    merge_post(admin_client, Person, [do_van_hoanh, duplicate], keep=do_van_hoanh)

    assert set(post.citations.values_list("passage", flat=True)) == passages
    assert set(do_van_hoanh.positions.values_list("pk", flat=True)) == {11, 12}
    assert not PositionCitation.objects.filter(position__person_id=duplicate.pk).exists()
    assert "Đỗ Văn Hoành" in set(do_van_hoanh.other_names.values_list("name", flat=True))


def test_merge_page_shows_what_moves_and_merges_only_the_choice_it_showed(admin_client, do_van_hoanh, duplicate_person):
    duplicate, *_ = duplicate_person
    records = [do_van_hoanh, duplicate]

    page = admin_client.post(
        changelist(Person), {"action": "merge_selected", ACTION_CHECKBOX_NAME: [str(r.pk) for r in records]}
    )
    assert page.status_code == 200
    content = text(page)
    assert "Which person to keep" in content
    # The record more refers to is proposed; the preview names what moves and what is combined.
    assert page.context["kept"] == do_van_hoanh
    assert "Attendance “Do Van Hoanh — Opening speaker at" in content
    assert "Position “Do Van Hoanh — Police Major General Director General" in content
    assert "Đỗ Văn Hoành" in content

    # Choosing the other record and pressing Merge at once shows that choice's preview first.
    changed_mind = merge_post(admin_client, Person, records, keep=duplicate, previewed=str(do_van_hoanh.pk))
    assert changed_mind.status_code == 200
    assert changed_mind.context["kept"] == duplicate
    assert Person.objects.filter(pk=do_van_hoanh.pk).exists() and Person.objects.filter(pk=duplicate.pk).exists()


def test_a_merge_is_recorded_in_the_admin_history(admin_client, do_van_hoanh, duplicate_person):
    duplicate, *_ = duplicate_person

    merge_post(admin_client, Person, [do_van_hoanh, duplicate], keep=do_van_hoanh)

    change = LogEntry.objects.get(object_id=str(do_van_hoanh.pk), action_flag=CHANGE)
    assert "Merged “Đỗ Văn Hoành” into this record." in change.get_change_message()
    assert LogEntry.objects.filter(object_id=str(duplicate.pk), action_flag=DELETION).exists()


def test_an_editor_cannot_merge(editor_client, do_van_hoanh, duplicate_person):
    duplicate, *_ = duplicate_person

    changelist_page = editor_client.get(changelist(Person))
    response = merge_post(editor_client, Person, [do_van_hoanh, duplicate], keep=do_van_hoanh)

    assert "merge_selected" not in text(changelist_page)
    assert response.status_code in (200, 302)
    assert Person.objects.filter(pk=duplicate.pk).exists()
    assert Attendance.objects.filter(person=duplicate).exists()


def test_merging_one_record_asks_for_more(admin_client, do_van_hoanh):
    response = admin_client.post(
        changelist(Person),
        {"action": "merge_selected", ACTION_CHECKBOX_NAME: [str(do_van_hoanh.pk)]},
        follow=True,
    )
    assert "Select between 2 and 10 people to merge." in text(response)


def test_dry_run_changes_nothing(do_van_hoanh, duplicate_person):
    duplicate, attendance, _ = duplicate_person

    result = merging.merge(do_van_hoanh, [duplicate], dry_run=True)

    assert result.combined and result.names == ["Đỗ Văn Hoành"]
    assert Person.objects.filter(pk=duplicate.pk).exists()
    assert Attendance.objects.get(pk=attendance.pk).person_id == duplicate.pk


def test_a_merge_of_dated_posts_keeps_the_precision_with_the_date(ministry):
    person = Person.objects.get(slug="to-cao-lanh")
    duplicate = Organization.objects.create(name="MPS Viet Nam", kind="ministry")
    kept_post = Position.objects.create(person=person, organization=ministry, title="Inspector")
    Position.objects.create(
        person=person,
        organization=duplicate,
        title="Inspector",
        end_date=datetime.date(2019, 1, 1),
        end_date_precision="year",
    )

    merging.merge(ministry, [duplicate])

    kept_post.refresh_from_db()
    assert (kept_post.end_date, kept_post.end_date_precision) == (datetime.date(2019, 1, 1), "year")


def test_fields_the_kept_record_leaves_empty_are_filled_from_the_merged_one(do_van_hoanh, duplicate_person):
    duplicate, *_ = duplicate_person
    Person.objects.filter(pk=duplicate.pk).update(summary="Police Major General, head of OIPA.", gender="male")
    do_van_hoanh.summary = ""
    do_van_hoanh.save()

    result = merging.merge(do_van_hoanh, [Person.objects.get(pk=duplicate.pk)])

    do_van_hoanh.refresh_from_db()
    assert do_van_hoanh.summary == "Police Major General, head of OIPA."
    assert "summary" in result.filled
