"""The meeting list's facet counts read a meeting-by-value table: exact for any filter, and kept exact by every edit.

The oracle is the computation the list used before the table: each facet counted over the matching meetings'
participations, attendances and topics (kept here as it was).
"""

import datetime
from itertools import combinations

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.db.models.functions import ExtractYear
from django.urls import reverse

from meetings import facets
from meetings.admin import merging
from meetings.lists.events import FACETS, EventFilter
from meetings.models import (
    Attendance,
    Country,
    Event,
    EventFacet,
    FacetPair,
    FacetTotal,
    Organization,
    Participation,
    Person,
    Topic,
)
from tests.conftest import empty_knowledge_base

LIST = reverse("meetings:event-list")
SIZE = 15


# --- The counts as they were computed before the table -----------------------------------------------------


def old_filtered_except(filterset, queryset, skip):
    for name, value in filterset.form.cleaned_data.items():
        if name not in (skip, "sort"):
            queryset = filterset.filters[name].filter(queryset, value)
    return queryset


def old_top_rows(rows, selected_condition, selected):
    if selected is None:
        return list(rows.order_by("-n", "label")[:SIZE])
    first = Case(When(selected_condition, then=Value(0)), default=Value(1), output_field=IntegerField())
    return list(rows.order_by(first, "-n", "label")[: SIZE + 1])


def old_pair_counts(pairs_sql, params, value_table, value_column, label_column, selected_key):
    sql = (
        f"SELECT v.{value_column}, v.{label_column}, COUNT(*) AS n FROM ({pairs_sql}) pairs "
        f"JOIN {value_table} v ON v.{'code' if value_table.endswith('country') else 'id'} = pairs.value_id "
        f"GROUP BY v.{value_column}, v.{label_column} "
        f"ORDER BY CASE WHEN v.{value_column} = %s THEN 0 ELSE 1 END, n DESC, v.{label_column} "
        f"LIMIT {SIZE + 1}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, selected_key])
        rows = [{"value": value, "label": label, "n": n} for value, label, n in cursor.fetchall()]
    return rows[:SIZE] if selected_key is None else rows


def old_facet_rows(name, events, selected):
    in_set = Event.objects.filter(pk__in=events)
    e, p, o, a = (m._meta.db_table for m in (Event, Participation, Organization, Attendance))
    events_sql, events_params = events.query.sql_with_params()
    if name == "country":
        pairs = (
            f"SELECT id AS event_id, country_id AS value_id FROM {e} "
            f"WHERE country_id IS NOT NULL AND id IN ({events_sql}) "
            f"UNION SELECT event_id, country_id FROM {p} WHERE country_id IS NOT NULL AND event_id IN ({events_sql}) "
            f"UNION SELECT pp.event_id, oo.country_id FROM {p} pp JOIN {o} oo ON oo.id = pp.organization_id "
            f"WHERE oo.country_id IS NOT NULL AND pp.event_id IN ({events_sql})"
        )
        return old_pair_counts(
            pairs, events_params * 3, Country._meta.db_table, "code", "name", getattr(selected, "pk", None)
        )
    if name == "organization":
        pairs = (
            f"SELECT event_id, organization_id AS value_id FROM {p} "
            f"WHERE organization_id IS NOT NULL AND event_id IN ({events_sql}) "
            f"UNION SELECT event_id, organization_id FROM {a} "
            f"WHERE organization_id IS NOT NULL AND event_id IN ({events_sql})"
        )
        return old_pair_counts(pairs, events_params * 2, o, "slug", "name", getattr(selected, "slug", None))
    if name in ("person", "topic"):
        if name == "person":
            table, column, values = a, "person_id", Person._meta.db_table
        else:
            table, column, values = Event.topics.through._meta.db_table, "topic_id", Topic._meta.db_table
        pairs = f"SELECT DISTINCT event_id, {column} AS value_id FROM {table} WHERE event_id IN ({events_sql})"
        return old_pair_counts(pairs, events_params, values, "slug", "name", getattr(selected, "slug", None))
    if name == "year":
        rows = (
            in_set.exclude(start_date=None)
            .annotate(value=ExtractYear("start_date"))
            .values("value")
            .annotate(n=Count("pk", distinct=True), label=F("value"))
        )
        return old_top_rows(rows, Q(value=selected), selected)
    key, value, label = {
        "host_country": ("country", "country__code", "country__name"),
        "forum": ("forum", "forum__slug", "forum__name"),
        "format": ("format", "format", "format"),
        "status": ("status", "status", "status"),
    }[name]
    rows = (
        in_set.exclude(**{f"{key}__isnull": True})
        .annotate(value=F(value), label=F(label))
        .values("value", "label")
        .annotate(n=Count("pk", distinct=True))
    )
    return old_top_rows(rows, Q(**{key: getattr(selected, "pk", selected)}), selected)


def old_counts(filterset):
    cleaned = filterset.form.cleaned_data
    return {
        name: old_facet_rows(
            name,
            old_filtered_except(filterset, Event.objects.top_level(), name).order_by().values("pk"),
            cleaned.get(name) or None,
        )
        for name, _ in FACETS
    }


def valid_filterset(params):
    filterset = EventFilter(params)
    assert filterset.is_valid(), filterset.form.errors
    return filterset


def in_order(rows):
    # Records may share a name (two "Australian Federal Police"), which the old ordering left in no set order.
    return sorted(rows, key=lambda row: (-row["n"], str(row["label"]), str(row["value"])))


def assert_counts_exact(params):
    filterset = valid_filterset(params)
    new, old = facets.list_counts(filterset), old_counts(filterset)
    for name in old:
        assert in_order(new[name]) == in_order(old[name]), f"{params} {name}\n{new[name]}\n{old[name]}"
    ids = filterset.qs.values_list("pk", flat=True)
    assert facets.list_count(filterset, ids) == filterset.qs.count(), params


# --- Data -------------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def common_values_paired(seeded, monkeypatch):
    """Values carried by a tenth of these few meetings count as common, so both ways of counting are exercised."""
    monkeypatch.setattr(facets, "PAIRED_MIN_EVENTS", 2)
    monkeypatch.setattr(facets, "PAIRED_SHARE", 0.1)
    facets.rebuild()


@pytest.fixture
def synthetic(seeded):
    call_command("generate_synthetic", events=250, seed=3, verbosity=0)


def busiest(queryset, field):
    return queryset.values(field).annotate(n=Count("pk")).order_by("-n", field).values_list(field, flat=True)


def filter_values():
    """A value of every filter from the data: the busiest ones, and one rarely used, so both paths are taken."""
    countries = list(busiest(Participation.objects.exclude(country=None), "country"))
    organizations = list(busiest(Participation.objects.exclude(organization=None), "organization__slug"))
    people = list(busiest(Attendance.objects.all(), "person__slug"))
    forums = list(busiest(Event.objects.top_level().exclude(forum=None), "forum__slug"))
    hosts = list(busiest(Event.objects.top_level().exclude(country=None), "country"))
    years = list(busiest(Event.objects.top_level().exclude(start_date=None), "start_date__year"))
    topics = list(busiest(Event.topics.through.objects.all(), "topic__slug"))
    return {
        "country": [countries[0].lower(), countries[-1].lower()],
        "host_country": [hosts[0].lower()],
        "forum": [forums[0], forums[-1]],
        "organization": [organizations[0], organizations[-1]],
        "person": [people[0]],
        "topic": [topics[0]],
        "year": [str(years[0]), str(years[-1])],
        "format": ["in_person", "virtual"],
        "status": ["held", "planned"],
        "q": ["trafficking", "siem reap"],
        "date_from": ["2015-01-01"],
        "agreement": ["actip"],
    }


# --- Counts ------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_facet_counts_exactly_what_counting_the_meetings_rows_gives(synthetic):
    values = filter_values()
    singles = [{name: value} for name, options in values.items() for value in options]
    pairs = [{**a, **b} for a, b in combinations(singles, 2) if set(a) != set(b)]
    cases = [{}, *singles, *pairs[::3]]
    cases.append({"country": values["country"][0], "year": values["year"][0], "format": "in_person", "q": "meeting"})
    cases.append(
        {"organization": values["organization"][0], "person": values["person"][0], "topic": values["topic"][0]}
    )
    for params in cases:
        assert_counts_exact(params)
    assert len(cases) > 60


@pytest.mark.django_db
def test_a_value_that_matches_nothing_still_shows_as_selected_with_no_meetings(seeded):
    filterset = valid_filterset({"host_country": "vn", "year": "1990"})
    counts = facets.list_counts(filterset)
    assert counts == old_counts(filterset)
    assert facets.list_count(filterset, filterset.qs.values_list("pk", flat=True)) == 0


@pytest.mark.django_db
def test_the_page_shows_the_tables_counts(client, synthetic):
    country = filter_values()["country"][0]
    response = client.get(LIST, {"country": country})
    shown = {facet.name: {v["value"]: v["count"] for v in facet.values} for facet in response.context["facets"]}
    filterset = valid_filterset({"country": country})
    for name, rows in old_counts(filterset).items():
        expected = {facets_param(name, row["value"]): row["n"] for row in rows}
        assert shown[name] == expected, name
    assert response.context["page_obj"].paginator.count == filterset.qs.count()


def facets_param(name, value):
    text = str(value)
    return text.lower() if name in ("country", "host_country") else text


@pytest.mark.django_db
def test_the_list_answers_in_the_same_number_of_queries_with_more_meetings(
    client, seeded, django_assert_max_num_queries
):
    params = {"country": "vn", "year": "2020", "format": "in_person"}
    with django_assert_max_num_queries(15):
        small = client.get(LIST, params)
    call_command("generate_synthetic", events=150, seed=5, verbosity=0)
    with django_assert_max_num_queries(15):
        large = client.get(LIST, params)
    assert large.context["page_obj"].paginator.count >= small.context["page_obj"].paginator.count


# --- Kept exact by edits -------------------------------------------------------------------------------------


def assert_table_exact():
    assert facets.differences() == []


@pytest.mark.django_db
def test_the_seed_loaded_with_loaddata_is_in_the_table(seeded):
    assert EventFacet.objects.filter(facet="country").exists()
    assert_table_exact()


@pytest.mark.django_db
def test_common_values_have_their_pairs_counted(synthetic):
    assert FacetTotal.objects.filter(paired=True).count() > 10
    assert FacetPair.objects.count() > 100
    assert_table_exact()


@pytest.mark.django_db
def test_synthetic_meetings_are_in_the_table(synthetic):
    assert EventFacet.objects.count() > 250 * 5
    assert_table_exact()


@pytest.mark.django_db
def test_an_added_participation_counts_its_organization_and_the_organizations_country(seeded):
    event = Event.objects.top_level().order_by("slug").first()
    organization = Organization.objects.exclude(country=None).exclude(participations__event=event).first()
    Participation.objects.create(event=event, organization=organization, role="observer")
    assert EventFacet.objects.filter(event=event, facet="organization", value=str(organization.pk)).exists()
    assert EventFacet.objects.filter(event=event, facet="country", value=organization.country_id).exists()
    assert_table_exact()


@pytest.mark.django_db
def test_changing_an_organizations_country_moves_its_meetings_to_the_new_country(seeded):
    organization = (
        Organization.objects.exclude(country=None).annotate(n=Count("participations")).filter(n__gt=0).first()
    )
    new_country = Country.objects.exclude(code=organization.country_id).get(code="JP")
    events = set(organization.participations.values_list("event_id", flat=True))
    organization.country = new_country
    organization.save()
    assert events <= set(EventFacet.objects.filter(facet="country", value="JP").values_list("event_id", flat=True))
    assert_table_exact()


@pytest.mark.django_db
def test_deleting_a_meeting_takes_it_out_of_every_count(seeded):
    event = Event.objects.top_level().annotate(n=Count("participations")).order_by("-n").first()
    Attendance.objects.filter(event=event).delete()
    event.delete()
    assert not EventFacet.objects.filter(event_id=event.pk).exists()
    assert_table_exact()


@pytest.mark.django_db
def test_editing_a_meeting_and_its_rows_keeps_the_table_exact(seeded):
    event = Event.objects.top_level().order_by("slug").first()
    event.start_date, event.format, event.country_id = datetime.date(2003, 3, 1), "virtual", "BN"
    event.save()
    assert_table_exact()
    person = Person.objects.exclude(attendances__event=event).first()
    attendance = Attendance.objects.create(event=event, person=person, role="delegate")
    assert EventFacet.objects.filter(event=event, facet="person", value=str(person.pk)).exists()
    attendance.delete()
    assert_table_exact()
    topic = Topic.objects.exclude(events=event).first()
    event.topics.add(topic)
    assert_table_exact()
    topic.events.clear()
    assert_table_exact()
    event.topics.clear()
    assert_table_exact()
    # A meeting made a session of another leaves the list, and its values with it.
    event.parent = Event.objects.top_level().exclude(pk=event.pk).first()
    event.save()
    assert not EventFacet.objects.filter(event=event).exists()
    assert_table_exact()


@pytest.mark.django_db
def test_a_deleted_topic_leaves_the_counts(seeded):
    topic = Topic.objects.annotate(n=Count("events")).order_by("-n").first()
    assert EventFacet.objects.filter(facet="topic", value=str(topic.pk)).exists()
    topic.delete()
    assert not EventFacet.objects.filter(facet="topic", value=str(topic.pk)).exists()
    assert_table_exact()


@pytest.mark.django_db
def test_merging_two_organizations_moves_their_meetings_to_the_kept_one(synthetic):
    kept, other = Organization.objects.annotate(n=Count("participations")).filter(n__gt=0).order_by("-n")[:2]
    merging.merge(kept, [other])
    assert not EventFacet.objects.filter(facet="organization", value=str(other.pk)).exists()
    assert_table_exact()


@pytest.mark.django_db
def test_a_backup_import_fills_the_table(seeded, tmp_path):
    path = tmp_path / "kbase.jsonl.gz"
    call_command("export_kbase", str(path), verbosity=0)
    before = facets.list_counts(valid_filterset({}))
    empty_knowledge_base()
    assert not EventFacet.objects.exists()
    call_command("import_kbase", str(path), verbosity=0)
    assert facets.list_counts(valid_filterset({})) == before
    assert_table_exact()


@pytest.mark.django_db
def test_rebuild_facets_check_finds_a_row_out_of_step_and_a_rebuild_mends_it(seeded):
    call_command("rebuild_facets", "--check", verbosity=0)
    EventFacet.objects.filter(facet="country").order_by("pk").first().delete()
    with pytest.raises(CommandError, match="differs"):
        call_command("rebuild_facets", "--check", verbosity=0)
    call_command("rebuild_facets", verbosity=0)
    assert_table_exact()
