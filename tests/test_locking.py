"""No lost edits: two editors saving the same record in the admin, one after the other or at the same moment."""

import re
import threading

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from meetings.admin import locking
from meetings.admin.events import EventAdmin
from meetings.models import (
    Agreement,
    Attendance,
    Country,
    Event,
    EventAgreement,
    Forum,
    Membership,
    Organization,
    Outcome,
    Participation,
    Person,
    Position,
    SourceReport,
    Topic,
)

pytestmark = pytest.mark.usefixtures("seeded")

CONFLICT = re.compile(r"This event was changed by alice at \d{1,2} \w+ \d{4}, \d\d:\d\d:\d\d while you were editing")


def make_editor(username):
    user = User.objects.create_user(username, f"{username}@example.org", f"a-long-{username}-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice(db):
    return make_editor("alice")


@pytest.fixture
def bob(db):
    return make_editor("bob")


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def _form_data(form):
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or value is False:
            continue
        key = form.add_prefix(name)
        data[key] = [str(v) for v in value] if isinstance(value, list | tuple) else str(value)
    return data


def page_data(response):
    """What a browser posts back from an admin change page as it was rendered: the opened version included."""
    data = _form_data(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        data.update(_form_data(inline.formset.management_form))
        for form in inline.formset.forms:
            data.update(_form_data(form))
    return data


def open_page(client, obj):
    response = client.get(change_url(obj))
    assert response.status_code == 200
    return page_data(response)


def save(client, obj, data, **changes):
    return client.post(change_url(obj), {**data, **changes})


def errors(response):
    if response.context is None or "adminform" not in response.context:
        return None
    found = {"form": response.context["adminform"].form.errors}
    for inline in response.context["inline_admin_formsets"]:
        found[inline.formset.prefix] = [inline.formset.non_form_errors(), *[f.errors for f in inline.formset.forms]]
    return found


def text(response):
    return response.content.decode()


def commit_som():
    return Event.objects.get(slug="2020-14th-commit-senior-officials-meeting")


def row_prefix(data, prefix, pk):
    """The form prefix ("participations-3") of the inline row holding pk."""
    return next(key[: -len("-id")] for key, value in data.items() if key.startswith(f"{prefix}-") and value == str(pk))


# --- One record, two editors ----------------------------------------------


def test_second_save_from_the_same_opened_page_shows_the_conflict_and_keeps_the_first(alice, bob):
    event = commit_som()
    alices_page, bobs_page = open_page(alice, event), open_page(bob, event)

    first = save(alice, event, alices_page, venue="Melia Hotel")
    second = save(bob, event, bobs_page, venue="Daewoo Hotel", summary="Bob's summary.")

    assert first.status_code == 302, errors(first)
    assert second.status_code == 200
    assert CONFLICT.search(text(second))
    event.refresh_from_db()
    assert event.venue == "Melia Hotel"
    assert event.summary != "Bob's summary."


def test_conflict_page_shows_their_value_and_yours_side_by_side(alice, bob):
    event = commit_som()
    alices_page, bobs_page = open_page(alice, event), open_page(bob, event)
    save(alice, event, alices_page, venue="Melia Hotel")

    response = save(bob, event, bobs_page, venue="Daewoo Hotel")

    [report] = response.context["edit_conflicts"]
    [difference] = report.differences
    assert (difference.label, difference.theirs_text, difference.yours_text) == ("Venue", "Melia Hotel", "Daewoo Hotel")
    assert difference.kept_yours
    content = text(response)
    assert "Changed while you were editing" in content
    assert "Melia Hotel" in content and "Daewoo Hotel" in content


def test_after_a_conflict_the_form_holds_their_changes_where_you_changed_nothing_and_saving_keeps_both(alice, bob):
    event = commit_som()
    alices_page, bobs_page = open_page(alice, event), open_page(bob, event)
    save(alice, event, alices_page, venue="Melia Hotel")

    conflict = save(bob, event, bobs_page, city="Ha Noi")
    assert CONFLICT.search(text(conflict))
    again = save(bob, event, page_data(conflict))

    assert again.status_code == 302, errors(again)
    event.refresh_from_db()
    assert (event.venue, event.city) == ("Melia Hotel", "Ha Noi")


def test_saving_again_after_a_conflict_stores_your_value_where_you_both_changed_a_field(alice, bob):
    event = commit_som()
    alices_page, bobs_page = open_page(alice, event), open_page(bob, event)
    save(alice, event, alices_page, venue="Melia Hotel")

    conflict = save(bob, event, bobs_page, venue="Daewoo Hotel")
    again = save(bob, event, page_data(conflict))

    assert again.status_code == 302, errors(again)
    event.refresh_from_db()
    assert event.venue == "Daewoo Hotel"


def test_a_save_from_a_freshly_opened_page_goes_through(alice, bob):
    event = commit_som()
    save(alice, event, open_page(alice, event), venue="Melia Hotel")

    response = save(bob, event, open_page(bob, event), venue="Daewoo Hotel")

    assert response.status_code == 302, errors(response)
    event.refresh_from_db()
    assert event.venue == "Daewoo Hotel"


def test_the_same_editor_saving_twice_in_a_row_from_one_page_is_told_too(alice):
    event = commit_som()
    page = open_page(alice, event)
    save(alice, event, page, venue="Melia Hotel")

    response = save(alice, event, page, venue="Daewoo Hotel")

    # Told it was their own save, from another window or tab, never that "alice" changed it.
    assert re.search(r"You changed this event in another window at \d{1,2} \w+ \d{4}, \d\d:\d\d:\d\d", text(response))
    assert "changed by alice" not in text(response)
    event.refresh_from_db()
    assert event.venue == "Melia Hotel"


def test_a_conflict_with_another_editor_and_your_other_window_names_only_the_other_editor(alice, bob):
    event = commit_som()
    stale = open_page(alice, event)
    save(bob, event, open_page(bob, event), venue="Daewoo Hotel")
    save(alice, event, open_page(alice, event), summary="Alice's summary, from her other window.")

    response = save(alice, event, stale, venue="Melia Hotel")

    assert "This event was changed by bob and by you in another window at" in text(response)
    assert "by alice" not in text(response)


@pytest.mark.parametrize("token", [None, "", "not-a-token", "eyJ0IjpudWxsfQ:forged:signature"])
def test_a_form_without_a_valid_version_is_not_saved_blindly(alice, token):
    event = commit_som()
    page = open_page(alice, event)
    if token is None:
        del page[locking.VERSION_FIELD]
    else:
        page[locking.VERSION_FIELD] = token

    response = save(alice, event, page, venue="Melia Hotel")

    assert response.status_code == 200
    assert "could not be checked against the version you opened" in text(response)
    event.refresh_from_db()
    assert event.venue != "Melia Hotel"
    # The page now carries the current version: saving it again is a deliberate choice, and works.
    assert save(alice, event, page_data(response)).status_code == 302


def test_values_on_the_conflict_page_are_escaped(alice, bob):
    event = commit_som()
    alices_page, bobs_page = open_page(alice, event), open_page(bob, event)
    save(alice, event, alices_page, venue="<script>alert(1)</script>")

    response = save(bob, event, bobs_page, venue="Daewoo Hotel")

    assert "<script>alert(1)</script>" not in text(response)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text(response)


# --- Every record edited in the admin -------------------------------------


def first(model, **lookup):
    return model.objects.filter(**lookup).order_by("pk").first()


RECORDS = {
    "event": (lambda: commit_som(), "venue"),
    "organization": (lambda: Organization.objects.get(slug="aseanapol"), "description"),
    "person": (lambda: Person.objects.get(slug="do-van-hoanh"), "summary"),
    "forum": (lambda: Forum.objects.get(slug="commit-som"), "description"),
    "agreement": (lambda: Agreement.objects.get(slug="actip"), "description"),
    "outcome": (lambda: first(Outcome), "text"),
    "source report": (lambda: SourceReport.objects.get(pk=1), "editorial_note"),
    "position": (lambda: Position.objects.get(pk=11), "note"),
    "participation": (lambda: first(Participation), "note"),
    "attendance": (lambda: Attendance.objects.get(pk=101), "note"),
    "membership": (lambda: first(Membership), "note"),
    "event agreement": (lambda: first(EventAgreement), "note"),
    "topic": (lambda: Topic.objects.get(slug="victim-protection"), "description"),
    "country": (lambda: Country.objects.get(code="LA"), "official_name"),
}


@pytest.mark.parametrize("kind", RECORDS)
def test_every_knowledge_record_refuses_a_save_over_a_change_made_since_it_was_opened(alice, bob, kind):
    factory, field = RECORDS[kind]
    record = factory()
    alices_page, bobs_page = open_page(alice, record), open_page(bob, record)

    first_save = save(alice, record, alices_page, **{field: "Alice's words."})
    second_save = save(bob, record, bobs_page, **{field: "Bob's words."})

    assert first_save.status_code == 302, errors(first_save)
    assert second_save.status_code == 200
    assert "while you were editing" in text(second_save)
    record.refresh_from_db()
    assert getattr(record, field) == "Alice's words."


# --- Inline rows ------------------------------------------------------------


def test_a_row_changed_on_its_own_page_is_not_overwritten_from_the_meetings_page(alice, bob):
    event = commit_som()
    participation = first(Participation, event=event)
    alices_page = open_page(alice, event)
    save(bob, participation, open_page(bob, participation), note="Bob's note.")

    prefix = row_prefix(alices_page, "participations", participation.pk)
    response = save(alice, event, alices_page, **{f"{prefix}-note": "Alice's note."})

    assert response.status_code == 200
    assert re.search(r"The participation “[^”]+” was changed by bob at .+ while you were editing", text(response))
    participation.refresh_from_db()
    assert participation.note == "Bob's note."


def test_a_row_changed_elsewhere_that_you_did_not_touch_is_left_as_they_saved_it(alice, bob):
    event = commit_som()
    participation = first(Participation, event=event)
    alices_page = open_page(alice, event)
    save(bob, participation, open_page(bob, participation), note="Bob's note.")

    # Bob's change to the row moved the meeting's "last changed" date, so Alice is shown it first.
    conflict = save(alice, event, alices_page, venue="Melia Hotel")
    assert conflict.status_code == 200 and "while you were editing" in text(conflict)
    response = save(alice, event, page_data(conflict))

    assert response.status_code == 302, errors(response)
    participation.refresh_from_db()
    event.refresh_from_db()
    assert (participation.note, event.venue) == ("Bob's note.", "Melia Hotel")


def test_a_change_to_a_row_alone_counts_as_a_change_to_the_meeting(alice, bob):
    event = commit_som()
    participation = first(Participation, event=event)
    alices_page, bobs_page = open_page(alice, event), open_page(bob, event)
    prefix = row_prefix(alices_page, "participations", participation.pk)
    assert save(alice, event, alices_page, **{f"{prefix}-note": "Alice's note."}).status_code == 302

    conflict = save(bob, event, bobs_page, venue="Daewoo Hotel")

    assert CONFLICT.search(text(conflict))
    titles = [report.title for report in conflict.context["edit_conflicts"]]
    assert f"Participation “{participation}”" in titles
    # Bob had not touched the row: the form now holds Alice's note, and saving it keeps both changes.
    again = save(bob, event, page_data(conflict))
    assert again.status_code == 302, errors(again)
    participation.refresh_from_db()
    event.refresh_from_db()
    assert (participation.note, event.venue) == ("Alice's note.", "Daewoo Hotel")


def test_a_row_saved_from_the_meetings_page_is_detected_on_the_rows_own_page(alice, bob):
    event = commit_som()
    participation = first(Participation, event=event)
    bobs_page = open_page(bob, participation)
    alices_page = open_page(alice, event)
    prefix = row_prefix(alices_page, "participations", participation.pk)
    save(alice, event, alices_page, **{f"{prefix}-note": "Alice's note."})

    response = save(bob, participation, bobs_page, note="Bob's note.")

    assert response.status_code == 200
    assert "This participation was changed by alice at" in text(response)
    participation.refresh_from_db()
    assert participation.note == "Alice's note."


def test_two_editors_changing_the_same_other_name_row(alice, bob):
    organization = first(Organization, other_names__isnull=False)
    name = organization.other_names.order_by("pk").first()
    alices_page, bobs_page = open_page(alice, organization), open_page(bob, organization)
    prefix = row_prefix(alices_page, "other_names", name.pk)
    assert save(alice, organization, alices_page, **{f"{prefix}-note": "Alice's note."}).status_code == 302

    response = save(bob, organization, bobs_page, **{f"{prefix}-note": "Bob's note."})

    assert response.status_code == 200
    name.refresh_from_db()
    assert name.note == "Alice's note."


# --- The check at the write -----------------------------------------------


def test_a_save_committed_between_validation_and_write_is_caught_by_the_conditional_update(alice, monkeypatch):
    event = commit_som()
    page = open_page(alice, event)
    # Another editor's save lands after this save was validated: validation saw nothing, the write must.
    Event.objects.filter(pk=event.pk).update(venue="Bob's hotel", updated_at=timezone.now())
    real = locking.VersionedFormMixin.changed_since_opened
    calls = []

    def changed_since_opened(form):
        calls.append(form)
        return False if len(calls) == 1 else real(form)

    monkeypatch.setattr(locking.VersionedFormMixin, "changed_since_opened", changed_since_opened)

    response = save(alice, event, page, venue="Melia Hotel")

    assert response.status_code == 200
    assert "This event was changed" in text(response)
    event.refresh_from_db()
    assert event.venue == "Bob's hotel"


@pytest.mark.django_db(transaction=True)
def test_two_saves_at_the_same_moment_cannot_both_pass(migrated_state, django_db_serialized_rollback, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has one writer at a time; the row lock this test waits on is PostgreSQL's")
    from django.core.management import call_command

    call_command("loaddata", "seed", verbosity=0)
    clients = [make_editor("alice"), make_editor("bob")]
    event = commit_som()
    pages = [open_page(client, event) for client in clients]
    # Both saves are held after validation until both have validated, then race to write.
    both_validated = threading.Barrier(2, timeout=20)
    real_save_form = EventAdmin.save_form

    def save_form(self, request, form, change):
        both_validated.wait()
        return real_save_form(self, request, form, change)

    monkeypatch.setattr(EventAdmin, "save_form", save_form)
    responses = [None, None]

    def post(n, venue):
        try:
            responses[n] = save(clients[n], event, pages[n], venue=venue)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(n, venue)) for n, venue in enumerate(["Melia", "Daewoo"])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    codes = sorted(response.status_code for response in responses)
    assert codes == [200, 302]
    loser = next(response for response in responses if response.status_code == 200)
    winner_venue = "Melia" if responses[0].status_code == 302 else "Daewoo"
    assert "while you were editing" in text(loser)
    event.refresh_from_db()
    assert event.venue == winner_venue


def test_deleting_a_row_that_others_depend_on_from_its_parents_page_is_refused(admin_client):
    person = Person.objects.get(slug="do-van-hoanh")
    post = Position.objects.get(pk=11)
    page = open_page(admin_client, person)
    prefix = row_prefix(page, "positions", post.pk)

    response = save(admin_client, person, page, **{f"{prefix}-DELETE": "on"})

    assert response.status_code == 200
    assert "cannot be deleted, because other records depend on it: 1 attendance" in text(response)
    assert Attendance.objects.get(pk=101).position_id == post.pk
