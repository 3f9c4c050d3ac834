"""A meeting of any realistic size can be saved in the admin, and a form too large to save gets a clear page."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from meetings.models import Event, Organization, Participation, ParticipationRole, SourceReport
from tests.test_admin import page_data

pytestmark = pytest.mark.usefixtures("seeded")

ROWS = 300


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", "editor@example.org", "a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def large_meeting(db):
    event = Event.objects.get(slug="2020-14th-commit-senior-officials-meeting")
    organizations = Organization.objects.bulk_create(
        Organization(name=f"Provincial anti-trafficking office {n}", slug=f"provincial-office-{n}") for n in range(ROWS)
    )
    Participation.objects.bulk_create(
        Participation(event=event, organization=organization, role=ParticipationRole.PARTICIPANT)
        for organization in organizations
    )
    assert event.participations.count() >= ROWS
    return event


def test_a_meeting_with_300_participations_saves_unchanged_through_the_admin(editor, large_meeting):
    url = reverse("admin:meetings_event_change", args=[large_meeting.pk])
    data = page_data(editor.get(url))
    assert len(data) > 1_500  # well past Django's default limit of 1,000 fields

    response = editor.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == reverse("admin:meetings_event_changelist")
    assert large_meeting.participations.count() >= ROWS


def test_a_change_among_300_rows_is_saved(editor, large_meeting):
    url = reverse("admin:meetings_event_change", args=[large_meeting.pk])
    data = page_data(editor.get(url))
    last = Participation.objects.filter(event=large_meeting).order_by("-pk").first()
    prefix = next(key[: -len("-id")] for key, value in data.items() if key.endswith("-id") and value == str(last.pk))
    data[f"{prefix}-note"] = "Sent two officers."

    assert editor.post(url, data).status_code == 302
    last.refresh_from_db()
    assert last.note == "Sent two officers."


def test_a_form_with_too_many_fields_gets_a_page_that_says_so_and_that_nothing_was_saved(editor, settings):
    settings.DEBUG = False
    event = Event.objects.get(slug="2020-14th-commit-senior-officials-meeting")
    url = reverse("admin:meetings_event_change", args=[event.pk])
    data = {f"field-{n}": "x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}

    response = editor.post(url, data)

    html = response.content.decode()
    assert response.status_code == 400
    assert "Too many fields to save" in html
    assert "Nothing was saved" in html
    assert "Back" in html
    assert 'class="site-header"' in html  # the site's layout, not a bare "Bad request"


def test_a_form_over_the_size_limit_gets_the_same_clear_page(editor, settings):
    settings.DEBUG = False
    report = SourceReport.objects.first()
    url = reverse("admin:meetings_sourcereport_change", args=[report.pk])

    response = editor.post(url, {"text": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)})

    html = response.content.decode()
    assert response.status_code == 400
    assert "Too much to save at once" in html
    assert "Nothing was saved" in html
