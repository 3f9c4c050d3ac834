"""Deleting a record that others depend on is refused, with a list of what depends on it; nothing is deleted."""

import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from meetings.models import (
    Agreement,
    Attendance,
    Country,
    Event,
    Organization,
    Outcome,
    Participation,
    ParticipationCitation,
    Position,
    SourceReport,
)

pytestmark = pytest.mark.usefixtures("seeded")


def url(model, view, *args):
    return reverse(f"admin:meetings_{model._meta.model_name}_{view}", args=args)


def text(response):
    return response.content.decode()


def test_deleting_an_organization_with_meetings_is_refused_and_says_what_depends_on_it(admin_client):
    aseanapol = Organization.objects.get(slug="aseanapol-secretariat")
    participations = Participation.objects.filter(organization=aseanapol).count()
    assert participations

    page = admin_client.get(url(Organization, "delete", aseanapol.pk))
    posted = admin_client.post(url(Organization, "delete", aseanapol.pk), {"post": "yes"})

    for response in (page, posted):
        assert response.status_code == 200
        content = text(response)
        assert "Cannot delete organization" in content
        assert "cannot be deleted, because other records depend on it. Nothing has been deleted." in content
        assert f"{participations} participations" in content
        assert "merge the two records instead" in content
        # Each dependent links to its own admin page.
        participation = Participation.objects.filter(organization=aseanapol).first()
        assert url(Participation, "change", participation.pk) in content
    assert Organization.objects.filter(pk=aseanapol.pk).exists()
    assert Participation.objects.filter(organization=aseanapol).count() == participations


def test_delete_selected_refuses_organizations_that_others_depend_on(admin_client):
    ids = list(Organization.objects.filter(participations__isnull=False).values_list("pk", flat=True).distinct()[:2])
    before = Organization.objects.count()

    response = admin_client.post(
        url(Organization, "changelist"), {"action": "delete_selected", ACTION_CHECKBOX_NAME: ids, "post": "yes"}
    )

    assert response.status_code == 200
    content = text(response)
    assert "The selected organizations cannot be deleted, because other records depend on them." in content
    assert "participations" in content
    assert Organization.objects.count() == before


def test_deleting_a_cited_report_is_refused_and_links_to_the_facts_it_supports(admin_client):
    report = SourceReport.objects.get(slug="commit-14th-som-takes-place-in-hanoi")
    citation = ParticipationCitation.objects.filter(source=report).first()

    response = admin_client.post(url(SourceReport, "delete", report.pk), {"post": "yes"})

    assert response.status_code == 200
    content = text(response)
    assert "cannot be deleted, because other records depend on it" in content
    assert "participation citations" in content
    # A citation has no page of its own: the link goes to the fact it supports.
    assert url(Participation, "change", citation.participation_id) in content
    assert SourceReport.objects.filter(pk=report.pk).exists()
    assert ParticipationCitation.objects.filter(pk=citation.pk).exists()


def test_deleting_a_post_that_attendances_name_is_refused(admin_client):
    position = Position.objects.get(pk=11)
    attendance = Attendance.objects.get(position=position)

    response = admin_client.post(url(Position, "delete", position.pk), {"post": "yes"})

    assert response.status_code == 200
    assert "1 attendance" in text(response)
    attendance.refresh_from_db()
    assert attendance.position_id == position.pk


def test_deleting_an_agreement_that_outcomes_name_is_refused(admin_client):
    agreement = Agreement.objects.create(name="Bali Process Declaration", kind=Agreement.Kind.DECLARATION)
    outcome = Outcome.objects.order_by("pk").first()
    outcome.agreements.add(agreement)

    response = admin_client.post(url(Agreement, "delete", agreement.pk), {"post": "yes"})

    assert response.status_code == 200
    assert "1 outcome" in text(response)
    assert outcome.agreements.filter(pk=agreement.pk).exists()


def test_a_report_nothing_cites_can_be_deleted(admin_client):
    report = SourceReport.objects.create(title="An unused note", text="Nothing cites this text.")

    page = admin_client.get(url(SourceReport, "delete", report.pk))
    assert "Are you sure" in text(page)
    response = admin_client.post(url(SourceReport, "delete", report.pk), {"post": "yes"})

    assert response.status_code == 302
    assert not SourceReport.objects.filter(pk=report.pk).exists()


def test_deleting_a_meeting_takes_its_own_participations_with_it(admin_client):
    event = Event.objects.create(title="Planning call", status="planned")
    participation = Participation.objects.create(event=event, country=Country.objects.get(code="TH"), role="host")

    page = admin_client.get(url(Event, "delete", event.pk))
    assert "Are you sure" in text(page)
    assert str(participation.participant) in text(page)
    response = admin_client.post(url(Event, "delete", event.pk), {"post": "yes"})

    assert response.status_code == 302
    assert not Participation.objects.filter(pk=participation.pk).exists()


def test_deleting_an_organization_does_not_take_meetings_with_it(admin_client):
    """No cascade runs from an organization to the meetings it took part in or the forums it convened."""
    organization = Organization.objects.create(name="Mekong Police Forum", kind=Organization.Kind.MECHANISM)
    event = Event.objects.create(title="Mekong Police Forum, first meeting", start_date=datetime.date(2024, 1, 1))
    Participation.objects.create(event=event, organization=organization, role="organiser")

    response = admin_client.post(url(Organization, "delete", organization.pk), {"post": "yes"})

    assert "1 participation" in text(response)
    assert Event.objects.filter(pk=event.pk).exists()
    assert Organization.objects.filter(pk=organization.pk).exists()
