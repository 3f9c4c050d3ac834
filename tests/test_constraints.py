"""Each invariant of the data model is enforced by the database itself, not only by forms."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from meetings.models import (
    Agreement,
    AgreementParty,
    Attendance,
    Country,
    Event,
    EventCitation,
    Forum,
    Membership,
    Organization,
    Participation,
    Person,
    Position,
    SourceReport,
)

# These tests build their own records from nothing.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("unseeded")]

D = datetime.date


@pytest.fixture
def org():
    return Organization.objects.create(name="ASEANAPOL Secretariat", kind=Organization.Kind.SECRETARIAT)


@pytest.fixture
def event():
    return Event.objects.create(title="A dialogue", start_date=D(2021, 2, 25))


@pytest.fixture
def person():
    return Person.objects.create(name="Jim Wee")


def rejected(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_event_cannot_end_before_it_starts():
    rejected(lambda: Event.objects.create(title="Backwards", start_date=D(2021, 2, 26), end_date=D(2021, 2, 25)))


def test_held_event_needs_a_date_but_a_referenced_one_does_not():
    rejected(lambda: Event.objects.create(title="Held, undated", status=Event.Status.HELD))
    Event.objects.create(title="39th ASEANAPOL Conference", status=Event.Status.REFERENCED)


def test_inferred_date_needs_a_note():
    rejected(lambda: Event.objects.create(title="SOMTC", start_date=D(2015, 6, 8), date_inferred=Event.Inferred.YEAR))
    Event.objects.create(title="SOMTC", start_date=D(2015, 6, 8), date_inferred="year", date_note="From the report.")


def test_month_precision_date_is_stored_as_the_first_of_the_month():
    rejected(lambda: Event.objects.create(title="June", start_date=D(2015, 6, 8), start_date_precision="month"))
    Event.objects.create(title="June", start_date=D(2015, 6, 1), start_date_precision="month")


def test_year_precision_date_is_stored_as_first_january():
    rejected(lambda: Event.objects.create(title="2015", start_date=D(2015, 6, 1), start_date_precision="year"))


def test_unknown_status_format_or_precision_is_rejected():
    rejected(lambda: Event.objects.create(title="x", start_date=D(2020, 1, 1), status="rumoured"))
    rejected(lambda: Event.objects.create(title="x", start_date=D(2020, 1, 1), format="pigeon"))
    rejected(lambda: Event.objects.create(title="x", start_date=D(2020, 1, 1), start_date_precision="week"))


def test_number_in_a_series_is_unique_within_its_forum():
    forum = Forum.objects.create(name="COMMIT Senior Officials Meeting", slug="commit-som")
    Event.objects.create(title="14th SOM", forum=forum, number=14, start_date=D(2020, 12, 16))
    rejected(lambda: Event.objects.create(title="Another 14th", forum=forum, number=14, start_date=D(2021, 1, 1)))


def test_number_needs_a_forum():
    rejected(lambda: Event.objects.create(title="14th of what?", number=14, start_date=D(2020, 1, 1)))


def test_event_slug_is_unique(event):
    rejected(lambda: Event.objects.create(title="Copy", slug=event.slug, start_date=D(2020, 1, 1)))


def test_one_attendance_of_a_person_per_event_and_role(event, person):
    Attendance.objects.create(event=event, person=person, role=Attendance.Role.OPENING_SPEAKER)
    Attendance.objects.create(event=event, person=person, role=Attendance.Role.CLOSING_SPEAKER)
    rejected(lambda: Attendance.objects.create(event=event, person=person, role=Attendance.Role.OPENING_SPEAKER))


def test_participation_names_an_organization_or_a_country(event, org):
    rejected(lambda: Participation.objects.create(event=event, role=Participation.Role.HOST))
    Participation.objects.create(event=event, organization=org, role=Participation.Role.HOST)
    rejected(lambda: Participation.objects.create(event=event, organization=org, role=Participation.Role.HOST))


def test_a_country_delegation_takes_part_once_per_role(event):
    laos = Country.objects.get(code="LA")
    Participation.objects.create(event=event, country=laos, role=Participation.Role.MEMBER_DELEGATION)
    rejected(lambda: Participation.objects.create(event=event, country=laos, role=Participation.Role.MEMBER_DELEGATION))


def test_position_cannot_end_before_it_starts(person, org):
    rejected(
        lambda: Position.objects.create(
            person=person,
            organization=org,
            title="Executive Director",
            start_date=D(2021, 1, 1),
            end_date=D(2020, 1, 1),
        )
    )


def test_membership_has_exactly_one_member(org):
    rejected(lambda: Membership.objects.create(organization=org))
    rejected(
        lambda: Membership.objects.create(
            organization=org, member_country=Country.objects.get(code="VN"), member_organization=org
        )
    )


def test_organization_cannot_be_its_own_member(org):
    rejected(lambda: Membership.objects.create(organization=org, member_organization=org))


def test_agreement_party_is_a_country_or_an_organization():
    actip = Agreement.objects.create(name="ASEAN Convention against Trafficking in Persons", kind="convention")
    rejected(lambda: AgreementParty.objects.create(agreement=actip, action="ratification"))


def test_the_same_report_text_is_never_stored_twice():
    SourceReport.objects.create(title="One", text="The 14th SOM took place in Hanoi.")
    rejected(lambda: SourceReport.objects.create(title="Two", text="The 14th  SOM took place\nin Hanoi."))


def test_citation_passage_cannot_be_empty(event):
    report = SourceReport.objects.create(title="Report", text="A dialogue was held.")
    rejected(lambda: EventCitation.objects.create(event=event, source=report, passage=""))


def test_country_codes_are_two_upper_case_letters():
    rejected(lambda: Country.objects.create(code="vn", alpha3="VNX", name="Lower"))


def test_organization_slug_is_unique(org):
    rejected(lambda: Organization.objects.create(name="Copy", slug=org.slug, kind="other"))


def test_deleting_a_cited_report_is_refused(event):
    report = SourceReport.objects.create(title="Report", text="A dialogue was held.")
    EventCitation.objects.create(event=event, source=report, passage="A dialogue was held.")
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        report.delete()
