"""generate_synthetic: many meetings shaped like the real record, the same for a seed, and honest to the schema."""

import re
import statistics
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count

from meetings import search
from meetings.models import (
    AttendanceCitation,
    Event,
    EventCitation,
    Forum,
    Organization,
    Outcome,
    OutcomeCitation,
    ParticipationCitation,
    Person,
    Position,
    SourceReport,
)
from meetings.search import matching
from meetings.synthetic import ASEAN, plan_for_database

SEED = 7
EVENTS = 200
PREFIX = f"syn{SEED}-"


def generate(**options):
    call_command("generate_synthetic", events=EVENTS, seed=SEED, verbosity=0, **options)


@pytest.fixture
def synthetic(seeded):
    generate()
    return Event.objects.filter(slug__startswith=PREFIX)


def snapshot():
    """What a user would see of the generated meetings, by slug, never by primary key."""
    return sorted(
        Event.objects.filter(slug__startswith=PREFIX)
        .annotate(participants=Count("participations", distinct=True), attendees=Count("attendances", distinct=True))
        .values_list("slug", "title", "forum__slug", "number", "parent__slug", "start_date", "country", "status",
                     "participants", "attendees")
    )  # fmt: skip


class Rollback(Exception):
    pass


@pytest.mark.django_db
def test_the_same_seed_gives_the_same_meetings_whatever_the_primary_keys(seeded):
    with pytest.raises(Rollback), transaction.atomic():
        generate()
        first = snapshot()
        raise Rollback
    assert not Event.objects.filter(slug__startswith=PREFIX).exists()
    # A second load takes new primary keys (PostgreSQL sequences do not roll back), yet gives the same data.
    generate()
    assert snapshot() == first
    assert len(first) == EVENTS


@pytest.mark.django_db
def test_the_plan_is_the_same_for_a_seed_and_different_for_another(seeded):
    rows = [e.row() for e in plan_for_database(SEED, EVENTS).events()]
    assert rows == [e.row() for e in plan_for_database(SEED, EVENTS).events()]
    assert rows != [e.row() for e in plan_for_database(SEED + 1, EVENTS).events()]


@pytest.mark.django_db
def test_a_second_run_with_the_same_seed_refuses_and_inserts_nothing(synthetic):
    before = Event.objects.count()
    with pytest.raises(CommandError, match="already in this database"):
        generate()
    assert Event.objects.count() == before


@pytest.mark.django_db
def test_another_seed_in_the_same_database_refuses(synthetic):
    with pytest.raises(CommandError, match="fresh database"):
        call_command("generate_synthetic", events=10, seed=SEED + 1, verbosity=0)


@pytest.mark.django_db
def test_the_seed_fixtures_are_left_as_they_were(synthetic):
    assert Event.objects.exclude(slug__startswith=PREFIX).count() == 11
    assert Event.objects.get(slug="2020-14th-commit-senior-officials-meeting").number == 14


@pytest.mark.django_db
def test_generated_rows_pass_model_validation_and_constraints(synthetic):
    samples = [
        *synthetic.order_by("slug")[:40],
        *synthetic.filter(parent__isnull=False)[:5],
        *Position.objects.filter(person__slug__startswith=PREFIX)[:40],
        *Person.objects.filter(slug__startswith=PREFIX)[:20],
        *Organization.objects.filter(slug__startswith=PREFIX, parent__isnull=False)[:20],
    ]
    for event in synthetic.order_by("slug")[:40]:
        samples += list(event.participations.all()) + list(event.attendances.all()) + list(event.outcomes.all())
    for row in samples:
        row.full_clean()


@pytest.mark.django_db
def test_every_meeting_has_5_to_30_participants_and_attendees_about_half_each(synthetic):
    counts = synthetic.annotate(
        participants=Count("participations", distinct=True), attendees=Count("attendances", distinct=True)
    ).values_list("participants", "attendees")
    totals = [p + a for p, a in counts]
    assert min(totals) >= 5 and max(totals) <= 30
    participants = sum(p for p, _ in counts)
    assert 0.4 < participants / sum(totals) < 0.6


@pytest.mark.django_db
def test_every_citation_quotes_a_passage_of_its_report(synthetic):
    citations = [
        *EventCitation.objects.filter(event__in=synthetic).select_related("source"),
        *ParticipationCitation.objects.filter(participation__event__in=synthetic).select_related("source"),
        *AttendanceCitation.objects.filter(attendance__event__in=synthetic).select_related("source"),
        *OutcomeCitation.objects.filter(outcome__event__in=synthetic).select_related("source"),
    ]
    assert len(citations) > EVENTS * 5
    unquoted = [c.passage for c in citations if not c.source.contains(c.passage)]
    assert unquoted == []
    # Each meeting, participation and attendance is cited.
    assert not synthetic.filter(citations__isnull=True).exists()
    assert not synthetic.filter(attendances__citations__isnull=True, attendances__isnull=False).exists()


@pytest.mark.django_db
def test_a_few_forums_hold_most_meetings(synthetic):
    per_forum = sorted(
        Forum.objects.filter(slug__startswith=PREFIX).annotate(n=Count("events")).values_list("n", flat=True)
    )
    assert per_forum[-1] >= 4 * statistics.median(per_forum)


@pytest.mark.django_db
def test_numbered_series_read_like_the_reports(synthetic):
    numbered = synthetic.filter(number__isnull=False, parent__isnull=True).select_related("forum")
    assert numbered.count() > EVENTS // 2
    for event in numbered[:50]:
        assert event.title == f"{event.ordinal} {event.forum.name}"
    assert numbered.filter(number__gte=10).exists()


@pytest.mark.django_db
def test_southeast_asia_dominates_and_names_keep_their_diacritics(synthetic):
    hosted = synthetic.filter(country__isnull=False)
    assert hosted.filter(country__in=ASEAN).count() > 0.8 * hosted.count()
    names = list(Person.objects.filter(slug__startswith=PREFIX).values_list("name", flat=True))
    assert any(re.search(r"Nguyễn|Trần|Đỗ|Đặng|Phạm", name) for name in names)
    # Slugs are folded to ASCII: "Đỗ Văn An" -> "do-van-an".
    assert all(re.fullmatch(r"[a-z0-9-]+", slug) for slug in synthetic.values_list("slug", flat=True))


@pytest.mark.django_db
def test_officials_move_between_posts_over_time(synthetic):
    movers = Person.objects.filter(slug__startswith=PREFIX).annotate(n=Count("positions")).filter(n__gte=2)
    assert movers.exists()
    person = movers.first()
    posts = list(person.positions.order_by("start_date"))
    for earlier, later in zip(posts, posts[1:], strict=False):
        assert earlier.end_date == later.start_date


@pytest.mark.django_db
def test_statuses_are_mostly_held_and_dates_mostly_to_the_day(synthetic):
    assert synthetic.filter(status="held").count() > 0.85 * EVENTS
    assert synthetic.filter(start_date_precision="day").count() > 0.7 * EVENTS
    assert synthetic.exclude(start_date_precision="day").exists()


@pytest.mark.django_db
def test_pages_render_with_synthetic_data(synthetic, client):
    assert client.get("/events/").status_code == 200
    event = synthetic.filter(parent__isnull=True).annotate(n=Count("attendances")).order_by("-n").first()
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    assert event.title in response.content.decode()
    session = synthetic.filter(parent__isnull=False).first()
    assert client.get(session.get_absolute_url()).status_code == 200
    person = Person.objects.filter(slug__startswith=PREFIX, attendances__isnull=False).first()
    assert client.get(person.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_progress_is_shown_unless_quiet(seeded):
    out = StringIO()
    call_command("generate_synthetic", events=30, seed=SEED, batch_size=10, stdout=out)
    assert "100%" in out.getvalue() and "30/30 meetings" in out.getvalue()


@pytest.mark.django_db
def test_nothing_is_printed_when_quiet(seeded):
    quiet = StringIO()
    call_command("generate_synthetic", events=30, seed=SEED, stdout=quiet, verbosity=0)
    assert quiet.getvalue() == ""
    assert Event.objects.filter(slug__startswith=PREFIX).count() == 30


@pytest.mark.django_db
def test_nonsense_arguments_are_refused(seeded):
    for options in ({"events": 0}, {"events": 10, "batch_size": 0}, {"events": 10, "seed": -1}):
        with pytest.raises(CommandError):
            call_command("generate_synthetic", verbosity=0, **options)
    assert not Event.objects.filter(slug__startswith="syn").exists()


@pytest.mark.django_db
def test_synthetic_records_can_be_found_by_search(synthetic):
    person = Person.objects.filter(slug__startswith=PREFIX, name__contains="Nguyễn").first()
    assert person is not None
    # Typed without diacritics, as most people type it.
    assert person in matching(Person.objects.all(), person.slug.removeprefix(PREFIX).split("-")[0])
    event = synthetic.filter(number__isnull=False).select_related("forum").first()
    assert event in matching(Event.objects.all(), event.forum.name)
    assert not synthetic.filter(search_text="").exists()


@pytest.mark.django_db
def test_stored_search_documents_are_those_saving_would_make(synthetic):
    models = [Event, Person, Organization, Outcome, SourceReport]
    for model in models:
        rows = model.objects.filter(pk__in=list(model.objects.order_by("-pk").values_list("pk", flat=True)[:EVENTS]))
        stored = dict(rows.values_list("pk", "search_text"))
        search.refresh(rows)
        assert dict(rows.values_list("pk", "search_text")) == stored, model


def search_indexes():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexdef LIKE '%USING gin%' ORDER BY 1")
        return cursor.fetchall()


@pytest.mark.django_db
def test_a_large_load_leaves_every_search_index_in_place(seeded):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("GIN indexes are PostgreSQL's")
    before = search_indexes()
    assert len(before) >= 6
    generate()  # 200 meetings on 5: the load drops the search indexes and builds them again
    assert search_indexes() == before
    event = Event.objects.filter(slug__startswith=PREFIX, number__isnull=False).select_related("forum").first()
    assert event in matching(Event.objects.all(), event.forum.name)
