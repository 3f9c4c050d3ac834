"""Restoring from history: only those who may change a record restore it, a restore puts back what the history
stored (never posted values) together with the record's rows, and it is refused when the record changed meanwhile."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.urls import reverse

from meetings.history import BASELINE_REASON
from meetings.models import Attendance, Event, Forum, Organization, Outcome, Participation, SourceReport
from tests.test_admin import form_errors, page_data
from tests.test_history import admin_url, edit_in_admin, page_data_of_version, seed_event

pytestmark = pytest.mark.django_db


def staff(username, group=None, perms=()):
    user = User.objects.create_user(username, f"{username}@example.org", "a-long-enough-password", is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    for codename in perms:
        user.user_permissions.add(Permission.objects.get(codename=codename, content_type__app_label="meetings"))
    client = Client()
    client.force_login(user)
    return user, client


def version_url(obj, version):
    model = type(obj) if not hasattr(obj, "instance") else type(obj.instance)
    return reverse(f"admin:meetings_{model._meta.model_name}_simple_history", args=[obj.pk, version.history_id])


def baseline_of(event):
    return event.history.get(history_change_reason=BASELINE_REASON)


# --- Who may restore ----------------------------------------------------------------------


def test_a_viewer_sees_a_version_without_a_revert_button(seeded, editor_client):
    event = seed_event()
    edit_in_admin(editor_client, event, title="Wrong title")
    _, viewer = staff("viewer", "Viewers")

    page = viewer.get(version_url(event, baseline_of(event)))

    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()


def test_a_viewer_posting_the_revert_form_changes_nothing(seeded, editor_client):
    event = seed_event()
    edit_in_admin(editor_client, event, title="Title by the editor")
    _, viewer = staff("viewer", "Viewers")
    url = version_url(event, baseline_of(event))
    token = viewer.get(url).context["restore_token"]

    response = viewer.post(url, {"restore_token": token, "title": "Written by a viewer", "_save": "Revert"})

    assert response.status_code == 403
    event.refresh_from_db()
    assert event.title == "Title by the editor"


def test_a_viewer_cannot_bring_back_a_deleted_record(seeded, admin_client):
    forum = Forum.objects.create(name="Bali Process Ad Hoc Group", short_name="AHG")
    admin_client.post(admin_url(Forum, "delete", forum.pk), {"post": "yes"})
    created = Forum.history.get(id=forum.pk, history_type="+")
    _, viewer = staff("viewer", "Viewers")

    response = viewer.post(version_url(forum, created), {"name": "Recreated by a viewer", "_save": "Revert"})

    assert response.status_code == 403
    assert not Forum.objects.filter(pk=forum.pk).exists()


def test_bringing_back_a_deleted_record_needs_the_right_to_add_it(seeded, admin_client):
    forum = Forum.objects.create(name="Bali Process Ad Hoc Group", short_name="AHG")
    admin_client.post(admin_url(Forum, "delete", forum.pk), {"post": "yes"})
    created = Forum.history.get(id=forum.pk, history_type="+")
    _, changer = staff("changer", perms=["view_forum", "change_forum"])
    url = version_url(forum, created)

    assert 'name="_save"' not in changer.get(url).content.decode()
    assert changer.post(url, page_data_of_version(changer.get(url))).status_code == 403
    assert not Forum.objects.filter(pk=forum.pk).exists()


# --- What is restored ---------------------------------------------------------------------


def test_a_restore_puts_back_the_stored_version_whatever_the_form_posts(seeded, editor_client):
    event = seed_event()
    old_title = event.title
    edit_in_admin(editor_client, event, title="Wrong title")
    url = version_url(event, baseline_of(event))

    data = {**page_data_of_version(editor_client.get(url)), "title": "Posted title", "city": "Posted city"}
    response = editor_client.post(url, data)

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == old_title
    assert "Posted" not in event.city


def test_the_version_page_shows_the_stored_values_read_only(seeded, editor_client):
    event = seed_event()
    old_title = event.title
    edit_in_admin(editor_client, event, title="Wrong title")

    html = editor_client.get(version_url(event, baseline_of(event))).content.decode()

    assert old_title in html
    assert 'name="title"' not in html


def test_restoring_a_meeting_puts_its_rows_back_as_they_stood(seeded, editor_client):
    event = seed_event()
    edit_in_admin(editor_client, event, title="Changed before the rows")
    baseline_rows = {p.pk: p.role for p in event.participations.all()}
    changed = event.participations.first()
    changed.role = "observer" if changed.role != "observer" else "member"
    changed.save()
    removed = event.attendances.first()
    removed_id, removed_person = removed.pk, removed.person_id
    removed.delete()
    added = Outcome.objects.create(event=event, kind="decision", status="adopted", text="Added later")
    url = version_url(event, baseline_of(event))

    page = editor_client.get(url).content.decode()
    assert "Put back" in page and "Changed back" in page and "Removed (added later)" in page
    response = editor_client.post(url, page_data_of_version(editor_client.get(url)))

    assert response.status_code == 302
    assert {p.pk: p.role for p in Participation.objects.filter(event=event)} == baseline_rows
    assert Attendance.objects.get(pk=removed_id).person_id == removed_person
    assert not Outcome.objects.filter(pk=added.pk).exists()


def test_a_restore_is_recorded_under_the_editors_name_for_the_record_and_its_rows(seeded, editor_client, editor):
    event = seed_event()
    edit_in_admin(editor_client, event, title="Changed title")
    row = event.participations.first()
    row.note = "Changed note"
    row.save()
    url = version_url(event, baseline_of(event))

    editor_client.post(url, page_data_of_version(editor_client.get(url)))

    restored_row = Participation.history.filter(id=row.pk).first()
    assert restored_row.history_user == editor
    assert restored_row.history_change_reason.startswith("Restored the version of")


def test_a_restore_that_cannot_put_a_row_back_changes_nothing_and_says_why(seeded, editor_client):
    event = seed_event()
    row = event.participations.filter(citations__isnull=False).first()
    citation = row.citations.first()
    edit_in_admin(editor_client, event, title="Changed title")
    citation.delete()
    # The report's text no longer holds the passage, so the citation cannot come back as it was.
    SourceReport.objects.filter(pk=citation.source_id).update(text="Replaced text.")
    url = version_url(event, baseline_of(event))

    response = editor_client.post(url, page_data_of_version(editor_client.get(url)), follow=True)

    assert "nothing was restored" in response.content.decode()
    event.refresh_from_db()
    assert event.title == "Changed title"


# --- Conflicts ----------------------------------------------------------------------------


def test_a_restore_over_a_change_made_after_the_version_page_opened_is_refused(seeded, editor_client):
    event = seed_event()
    edit_in_admin(editor_client, event, title="First change")
    url = version_url(event, baseline_of(event))
    opened = page_data_of_version(editor_client.get(url))
    _, other = staff("other-editor", "Editors")
    edit_in_admin(other, event, title="Another editor's change")

    response = editor_client.post(url, opened, follow=True)

    assert "changed after you opened this version" in response.content.decode()
    event.refresh_from_db()
    assert event.title == "Another editor's change"


def test_a_restore_over_a_changed_row_is_refused(seeded, editor_client):
    event = seed_event()
    edit_in_admin(editor_client, event, title="First change")
    url = version_url(event, baseline_of(event))
    opened = page_data_of_version(editor_client.get(url))
    _, other = staff("other-editor", "Editors")
    data = page_data(other.get(admin_url(Event, "change", event.pk)))
    data["participations-0-note"] = "Another editor's note"
    assert other.post(admin_url(Event, "change", event.pk), data).status_code == 302, form_errors

    response = editor_client.post(url, opened, follow=True)

    assert "nothing was restored" in response.content.decode()
    assert Participation.objects.filter(event=event, note="Another editor's note").exists()


def test_a_restore_without_the_pages_token_is_refused(seeded, editor_client):
    event = seed_event()
    edit_in_admin(editor_client, event, title="Wrong title")

    response = editor_client.post(version_url(event, baseline_of(event)), {"_save": "Revert"}, follow=True)

    assert "nothing was restored" in response.content.decode()
    event.refresh_from_db()
    assert event.title == "Wrong title"


# --- Bad addresses ------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["abc", "1.5", "99999999999999999999999", "-"])
def test_a_version_address_that_is_not_a_number_answers_404(seeded, editor_client, version):
    event = seed_event()
    response = editor_client.get(f"/admin/meetings/event/{event.pk}/history/{version}/")
    assert response.status_code == 404


@pytest.mark.parametrize("object_id", ["abc", "%00", "99999999999999999999999"])
def test_a_history_address_with_a_bad_record_id_answers_404(seeded, editor_client, object_id):
    response = editor_client.get(f"/admin/meetings/event/{object_id}/history/1/")
    assert response.status_code == 404


def test_a_country_version_address_with_a_nul_answers_404(seeded, editor_client):
    response = editor_client.get("/admin/meetings/country/v%00n/history/1/")
    assert response.status_code == 404


def test_restoring_an_organization_puts_back_its_other_names(seeded, admin_client):
    organization = Organization.objects.get(slug="aseanapol")
    names_before = sorted(organization.other_names.values_list("name", flat=True))
    edit_in_admin(admin_client, organization, description="Changed description")
    organization.other_names.all().delete()
    version = organization.history.get(history_change_reason=BASELINE_REASON)
    url = version_url(organization, version)

    admin_client.post(url, page_data_of_version(admin_client.get(url)))

    assert sorted(organization.other_names.values_list("name", flat=True)) == names_before
