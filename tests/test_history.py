"""Audit history: every change to a knowledge record is kept with who made it and when, the admin shows what
changed and restores an earlier version, and a record's page says when it last changed."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import dateformat, timezone

from meetings.history import BASELINE_REASON, FIXTURE_REASON
from meetings.models import (
    Agreement,
    Event,
    Forum,
    HistoricalEvent,
    Organization,
    Participation,
    Person,
    SourceReport,
    Topic,
)
from tests.conftest import history_models
from tests.test_admin import form_errors, page_data

pytestmark = pytest.mark.django_db

SEED_DAY = "1 January 2025"  # the seed's records were last changed on 2025-01-01 (UTC)


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def seed_event():
    return Event.objects.get(slug="2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons")


def edit_in_admin(client, obj, **changes):
    url = admin_url(type(obj), "change", obj.pk)
    data = page_data(client.get(url))
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    return response


# --- What is recorded -----------------------------------------------------


def test_loading_the_seed_records_no_history(seeded):
    assert all(not model.objects.exists() for model in history_models())


def test_an_admin_edit_is_recorded_with_its_user_and_the_fields_it_changed(seeded, editor_client, editor):
    event = seed_event()
    old_title = event.title

    edit_in_admin(editor_client, event, title="ASEANAPOL Dialogue on Trafficking", summary="Shorter summary.")

    latest, before = event.history.all()[:2]
    assert latest.history_type == "~"
    assert latest.history_user == editor
    assert latest.title == "ASEANAPOL Dialogue on Trafficking"
    assert latest.diff_against(before).changed_fields == ["summary", "title"]
    # The seed's version, kept just before its first change, with no user: nobody edited it.
    assert before.title == old_title
    assert before.history_user is None
    assert before.history_change_reason == BASELINE_REASON
    assert event.history.count() == 2


def test_one_admin_save_is_one_history_entry_topics_included(seeded, editor_client):
    event = seed_event()
    topics = [str(pk) for pk in event.topics.values_list("pk", flat=True)[:1]]

    edit_in_admin(editor_client, event, title="Renamed dialogue", topics=topics)

    latest, before = event.history.all()[:2]
    assert sorted(latest.diff_against(before).changed_fields) == ["title", "topics"]
    assert [row.topic_id for row in latest.topics.all()] == [int(topics[0])]
    assert event.history.count() == 2


def test_saving_an_unchanged_form_records_nothing_and_keeps_the_last_changed_date(seeded, editor_client):
    event = seed_event()
    before = event.updated_at

    edit_in_admin(editor_client, event)

    event.refresh_from_db()
    assert event.updated_at == before
    assert not event.history.exists()


def test_a_change_made_outside_the_admin_is_recorded_too(seeded):
    forum = Forum.objects.get(slug="commit-som")
    forum.description = "Senior officials of the six COMMIT countries."
    forum.save()
    forum.refresh_from_db()
    Event.objects.get(pk=1).topics.add(Topic.objects.get(slug="victim-protection"))

    latest = forum.history.first()
    assert latest.description == "Senior officials of the six COMMIT countries."
    assert latest.history_user is None
    assert "victim-protection" in [row.topic.slug for row in Event.objects.get(pk=1).history.first().topics.all()]


def test_a_delete_is_recorded_with_its_user(seeded, admin_client, admin_user):
    forum = Forum.objects.create(name="Bali Process Ad Hoc Group")

    response = admin_client.post(admin_url(Forum, "delete", forum.pk), {"post": "yes"})

    assert response.status_code == 302
    assert not Forum.objects.filter(pk=forum.pk).exists()
    deleted = Forum.history.filter(id=forum.pk).first()
    assert deleted.history_type == "-"
    assert deleted.history_user == admin_user
    assert deleted.name == "Bali Process Ad Hoc Group"


def test_a_deleted_records_history_page_still_opens_and_can_bring_it_back(seeded, admin_client):
    forum = Forum.objects.create(name="Bali Process Ad Hoc Group", short_name="AHG")
    admin_client.post(admin_url(Forum, "delete", forum.pk), {"post": "yes"})

    page = admin_client.get(admin_url(Forum, "history", forum.pk))
    assert page.status_code == 200
    assert "Deleted" in page.content.decode()

    created = Forum.history.get(id=forum.pk, history_type="+")
    url = reverse("admin:meetings_forum_simple_history", args=[forum.pk, created.history_id])
    response = admin_client.post(url, page_data_of_version(admin_client.get(url)))
    assert response.status_code == 302
    assert Forum.objects.get(pk=forum.pk).short_name == "AHG"


def test_an_inline_row_changed_on_the_meetings_page_has_its_own_history_and_dates_the_meeting(seeded, editor_client):
    event = seed_event()
    first_row = page_data(editor_client.get(admin_url(Event, "change", event.pk)))["participations-0-id"]

    edit_in_admin(editor_client, event, **{"participations-0-note": "Hosted online from Kuala Lumpur."})

    latest = Participation.objects.get(pk=first_row).history.first()
    assert latest.note == "Hosted online from Kuala Lumpur."
    assert latest.history_user.username == "editor"
    event.refresh_from_db()
    assert event.updated_at.date() == timezone.now().date()
    # The meeting's own fields did not change: its history has no entry for this save.
    assert not event.history.exists()


def test_a_fixture_load_that_overwrites_an_edit_is_recorded(seeded):
    event = seed_event()
    seed_title = event.title
    event.title = "Edited after the seed was loaded"
    event.save()

    call_command("loaddata", "seed", verbosity=0)

    event.refresh_from_db()
    assert event.title == seed_title
    latest = event.history.first()
    assert (latest.title, latest.history_change_reason) == (seed_title, FIXTURE_REASON)
    assert "Edited after the seed was loaded" in [h.title for h in event.history.all()]


def test_a_bulk_synthetic_load_writes_no_history_until_a_record_is_changed(seeded):
    call_command("generate_synthetic", events=20, seed=5, verbosity=0)
    assert all(not model.objects.exists() for model in history_models())

    event = Event.objects.filter(slug__startswith="syn5-").order_by("pk").first()
    generated_title = event.title
    event.title = "Renamed"
    event.save()

    assert [h.title for h in event.history.all()] == ["Renamed", generated_title]


# --- The admin's history page and restore -----------------------------------


def test_history_page_lists_the_change_with_user_date_and_old_and_new_values(seeded, editor_client):
    event = seed_event()
    edit_in_admin(editor_client, event, title="ASEANAPOL Dialogue on Trafficking")

    page = editor_client.get(admin_url(Event, "history", event.pk))

    assert page.status_code == 200
    html = page.content.decode()
    assert "editor" in html
    assert "Title:" in html
    assert "ASEANAPOL Dialogue on Trafficking" in html
    assert "Virtual Dialogue on the Issues of Tackling" in html
    assert BASELINE_REASON in html


def test_a_meetings_history_page_lists_changes_to_its_rows_and_their_citations(seeded, editor_client):
    event = seed_event()
    first_row = page_data(editor_client.get(admin_url(Event, "change", event.pk)))["participations-0-id"]
    edit_in_admin(editor_client, event, **{"participations-0-note": "Hosted online from Kuala Lumpur."})
    citation = Participation.objects.get(pk=first_row).citations.first()
    citation.note = "The second paragraph names it."
    citation.save()

    html = editor_client.get(admin_url(Event, "history", event.pk)).content.decode()

    rows = html[html.index("Changes to the rows entered with it") :]
    assert "Hosted online from Kuala Lumpur." in rows
    assert "Participation citation" in rows and "The second paragraph names it." in rows
    assert reverse("admin:meetings_participation_history", args=[first_row]) in rows


def test_a_meetings_history_page_takes_as_many_queries_with_many_changed_rows(
    seeded, editor_client, django_assert_max_num_queries
):
    event = seed_event()
    url = admin_url(Event, "history", event.pk)
    for participation in event.participations.all()[:2]:
        participation.note = "Changed once."
        participation.save()
    editor_client.get(url)
    with django_assert_max_num_queries(40) as few:
        editor_client.get(url)
    for participation in event.participations.all():
        participation.note = "Changed again."
        participation.save()
    with django_assert_max_num_queries(len(few.captured_queries)):
        editor_client.get(url)


def test_history_page_escapes_what_it_shows(seeded, editor_client):
    event = seed_event()
    edit_in_admin(editor_client, event, title="<script>alert(1)</script> Dialogue")

    html = editor_client.get(admin_url(Event, "history", event.pk)).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def page_data_of_version(response):
    """What the revert page posts: its Revert button and the token of the record's state when it was opened."""
    assert response.status_code == 200
    return {"restore_token": response.context["restore_token"], "_save": "Revert"}


def test_restoring_an_earlier_version_brings_the_old_values_back(seeded, editor_client, editor):
    event = seed_event()
    old_title, old_summary = event.title, event.summary
    edit_in_admin(editor_client, event, title="Wrong title", summary="Wrong summary.")
    baseline = event.history.get(history_change_reason=BASELINE_REASON)

    url = reverse("admin:meetings_event_simple_history", args=[event.pk, baseline.history_id])
    version_page = editor_client.get(url)
    assert version_page.status_code == 200
    response = editor_client.post(url, page_data_of_version(version_page))

    assert response.status_code == 302, form_errors(response)
    event.refresh_from_db()
    assert (event.title, event.summary) == (old_title, old_summary)
    restored = event.history.first()
    assert restored.history_user == editor
    assert restored.history_change_reason.startswith("Restored the version of")
    assert event.history.count() == 3


def test_restoring_the_current_version_changes_nothing(seeded, editor_client):
    event = seed_event()
    edit_in_admin(editor_client, event, title="Wrong title")
    current = event.history.first()

    url = reverse("admin:meetings_event_simple_history", args=[event.pk, current.history_id])
    response = editor_client.post(url, page_data_of_version(editor_client.get(url)), follow=True)

    assert "nothing was restored" in response.content.decode()
    assert event.history.count() == 2


def test_staff_outside_editors_cannot_see_a_records_history(seeded, client, staff_without_group):
    client.force_login(staff_without_group)
    response = client.get(admin_url(Event, "history", seed_event().pk))
    assert response.status_code == 403


# --- Last changed on the public pages -----------------------------------------


PAGES = [
    (Event, "2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons", "title"),
    (Organization, "aseanapol", "description"),
    (Person, "do-van-hoanh", "summary"),
    (Forum, "commit-som", "description"),
    (Agreement, "actip", "description"),
    (SourceReport, "commit-14th-som-takes-place-in-hanoi", "editorial_note"),
]


def last_changed_line(when):
    when = timezone.localtime(when)
    return f'Last changed <time datetime="{when.isoformat()}">{dateformat.format(when, "j F Y")}</time>'


@pytest.mark.parametrize("model,slug,field", PAGES, ids=[model.__name__ for model, _, _ in PAGES])
def test_a_records_page_shows_when_it_last_changed(seeded, client, model, slug, field):
    record = model.objects.get(slug=slug)
    page = client.get(record.get_absolute_url()).content.decode()
    assert f'<time datetime="2025-01-01T07:00:00+07:00">{SEED_DAY}</time>' in page

    setattr(record, field, f"Changed {getattr(record, field)}")
    record.save()

    page = client.get(record.get_absolute_url()).content.decode()
    assert last_changed_line(record.updated_at) in page
    assert SEED_DAY not in page or model is SourceReport  # a report's own dates may be 2025


def test_a_change_to_a_row_under_a_record_moves_its_last_changed_date(seeded, client):
    event = seed_event()
    citation = Participation.objects.filter(event=event).order_by("pk").first().citations.first()
    citation.note = "Named in the second paragraph."
    citation.save()

    event.refresh_from_db()
    assert event.updated_at > timezone.now() - datetime.timedelta(minutes=1)
    assert last_changed_line(event.updated_at) in client.get(event.get_absolute_url()).content.decode()


def test_deleting_a_row_under_a_record_moves_its_last_changed_date(seeded):
    event = seed_event()
    event.participations.order_by("pk").first().delete()

    event.refresh_from_db()
    assert event.updated_at > timezone.now() - datetime.timedelta(minutes=1)


def test_historical_rows_of_a_record_keep_only_its_own_fields_not_the_search_copies(seeded):
    assert "search_text" not in {field.name for field in HistoricalEvent._meta.fields}
