"""The search box: accents, acronyms, other names and parts of words, grouped and ranked, on SQLite and PostgreSQL."""

import datetime
import re

import pytest
from django.urls import reverse

from meetings import search
from meetings.lists.events import EventFilter
from meetings.models import (
    Agreement,
    AgreementName,
    Attendance,
    Country,
    Event,
    Organization,
    OrganizationName,
    Outcome,
    Person,
    PersonName,
    SourceReport,
    Statement,
)

SEARCH = "/search/"
# Queries of one search page at most, however many records match (see the test of that below).
MAX_SEARCH_QUERIES = 2 * 9 + 2 + 4 + 2


def slugs(queryset, q):
    return set(search.matching(queryset, q).values_list("slug", flat=True))


def group(response, key):
    return next((g for g in response.context["groups"] if g["kind"].key == key), None)


def result_slugs(response, key):
    found = group(response, key)
    return [item.slug for item in found["results"]] if found else []


def test_plain_spelling_finds_a_name_written_with_diacritics(seeded):
    person = Person.objects.get(slug="do-van-hoanh")
    person.name = "Đỗ Văn Hoanh"
    person.save()
    assert slugs(Person.objects.all(), "Do Van Hoanh") == {"do-van-hoanh"}


def test_diacritics_in_the_query_find_a_name_written_without_them(seeded):
    person = Person.objects.get(slug="do-van-hoanh")
    PersonName.objects.filter(person=person).delete()
    person.refresh_from_db()
    assert "đ" not in person.search_text and person.name == "Do Van Hoanh"
    assert slugs(Person.objects.all(), "Đỗ Văn Hoanh") == {"do-van-hoanh"}


def test_d_with_stroke_folds_to_d_both_ways(seeded):
    assert slugs(Person.objects.all(), "đo van") == {"do-van-hoanh"}
    assert slugs(Person.objects.all(), "ĐỖ") >= {"do-van-hoanh"}


def test_actip_finds_the_actip_agreement_first(client, seeded):
    response = client.get(SEARCH, {"q": "ACTIP"})
    assert response.status_code == 200
    assert result_slugs(response, "agreements")[0] == "actip"


def test_commit_finds_the_commit_organization_and_its_meeting(client, seeded):
    response = client.get(SEARCH, {"q": "COMMIT"})
    assert "commit" in result_slugs(response, "organizations")
    assert "2020-14th-commit-senior-officials-meeting" in result_slugs(response, "events")


def test_lao_pdr_finds_meetings_laos_took_part_in_and_reports_that_write_laos(seeded):
    events = slugs(Event.objects.all(), "Lao PDR")
    assert "2020-14th-commit-senior-officials-meeting" in events
    assert "2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons" not in events or events
    sources = SourceReport.objects.filter(text__contains="Laos")
    assert sources.exists()
    assert set(sources.values_list("slug", flat=True)) <= slugs(SourceReport.objects.all(), "Lao PDR")
    assert "commit" in slugs(Organization.objects.all(), "lao pdr")


def test_another_name_of_an_agreement_finds_it(seeded):
    assert slugs(Agreement.objects.all(), "palermo protocol") == {"tip-protocol"}


@pytest.mark.parametrize(
    ("q", "kind", "expected"), [("traffick", Agreement, "actip"), ("ASEANAP", Organization, "aseanapol")]
)
def test_the_start_of_a_word_is_enough(seeded, q, kind, expected):
    assert expected in slugs(kind.objects.all(), q)


def test_a_two_letter_word_must_match_a_whole_word(seeded):
    # "ha" is part of many words but a whole word only in Tran Ngoc Ha's name.
    assert slugs(Person.objects.all(), "ha") == {"tran-ngoc-ha"}


def test_every_word_must_match(seeded):
    assert slugs(Person.objects.all(), "hoanh wiesen") == set()


def test_results_are_grouped_by_kind_with_links_to_the_filtered_lists(client, seeded):
    response = client.get(SEARCH, {"q": "trafficking"})
    keys = [g["kind"].key for g in response.context["groups"]]
    assert keys[:4] == ["events", "organizations", "people", "agreements"] or "events" in keys
    events = group(response, "events")
    assert len(events["results"]) == min(5, events["count"])
    html = response.content.decode()
    assert f'href="{reverse("meetings:event-list")}?q=trafficking"' in html
    assert f'href="{reverse("meetings:agreement-list")}?q=trafficking"' in html


def test_a_source_text_hit_shows_a_snippet_with_the_word_marked(client, seeded):
    response = client.get(SEARCH, {"q": "Hanoi"})
    assert "<mark>Hanoi</mark>" in response.content.decode() or "<mark>Hanoi," in response.content.decode()


def test_a_name_match_ranks_above_a_text_match(client, seeded):
    Agreement.objects.create(
        slug="aaa-unrelated", name="AAA unrelated memorandum", kind="mou", description="It refers to ACTIP in passing."
    )
    response = client.get(SEARCH, {"q": "actip"})
    assert result_slugs(response, "agreements")[:2] == ["actip", "aaa-unrelated"]


def test_event_filter_q_gives_the_same_meetings_as_matching(seeded):
    # The meeting list holds meetings, not their sessions (EventFilter.rows).
    for q in ["traffick", "Lao PDR", "Đỗ Văn Hoanh", "commit", "ha"]:
        filtered = EventFilter({"q": q}, queryset=Event.objects.all())
        assert filtered.is_valid()
        assert set(filtered.qs) == set(search.matching(Event.objects.top_level(), q)), q


@pytest.mark.parametrize(
    ("q", "message"),
    [("x" * 201, "too long"), ("!!! ??? ---", "at least one letter or digit")],
)
def test_an_unsearchable_query_is_a_400_with_the_reason(client, seeded, q, message):
    response = client.get(SEARCH, {"q": q})
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize("q", ["%", "_", "100%_\\", "a'b\"c", "<script>", "\x00x", "ё ß ﬁ ㎏", "🙂 asean"])
def test_odd_characters_never_fail(client, seeded, q):
    response = client.get(SEARCH, {"q": q})
    assert response.status_code in (200, 400)
    assert b"<script>" not in response.content.split(b"<main")[1]


def test_an_empty_query_shows_the_form_with_hints(client, seeded):
    response = client.get(SEARCH)
    assert response.status_code == 200
    assert "Accents do not matter" in response.content.decode()


def test_punctuation_is_not_a_wildcard(seeded):
    # "_" and "%" are LIKE wildcards; the query keeps only letters and digits, so "a_e" is the words "a" and "e".
    assert not search.matching(Event.objects.all(), "a_e").exists()


def test_a_list_filtered_by_punctuation_only_is_left_whole(seeded):
    assert search.matching(Event.objects.all(), "%%%").count() == Event.objects.count()


def add_many_rows(n=60):
    forum_event = Event.objects.first()
    events = [
        Event(
            slug=f"extra-{i}",
            title=f"Extra trafficking meeting {i}",
            start_date=datetime.date(2019, 1, 1),
            search_text=f" extra trafficking meeting {i} ",
            search_name=f" extra trafficking meeting {i} ",
        )
        for i in range(n)
    ]
    Event.objects.bulk_create(events)
    Outcome.objects.bulk_create(
        [Outcome(event=forum_event, kind="decision", status="adopted", text="t", search_text=" trafficking ")] * n
    )
    for i in range(n):
        Organization.objects.create(name=f"Trafficking office {i}", kind="agency")


def test_the_search_page_runs_a_fixed_number_of_queries(client, seeded, django_assert_max_num_queries):
    # A count and the first few of each of nine kinds, and for the passages shown under them: the attendees and
    # delegations of the meetings, the other names of organizations, people, countries and agreements, and the
    # people's latest meetings and how many; the same with a year.
    with django_assert_max_num_queries(MAX_SEARCH_QUERIES):
        client.get(SEARCH, {"q": "trafficking lao pdr"})
    with django_assert_max_num_queries(MAX_SEARCH_QUERIES):
        client.get(SEARCH, {"q": "trafficking 2015"})
    with django_assert_max_num_queries(MAX_SEARCH_QUERIES):
        client.get(SEARCH, {"q": "trafficking"})
    add_many_rows()
    with django_assert_max_num_queries(MAX_SEARCH_QUERIES):
        response = client.get(SEARCH, {"q": "trafficking"})
    assert group(response, "events")["count"] > 60


def test_renaming_a_record_updates_what_finds_it(seeded):
    organization = Organization.objects.get(slug="commit")
    organization.name = "Mekong Anti-Trafficking Initiative"
    organization.save()
    assert "commit" in slugs(Organization.objects.all(), "mekong anti")
    assert "commit" not in slugs(Organization.objects.all(), "coordinated")


def test_another_name_added_later_finds_the_record_and_removing_it_forgets(seeded):
    organization = Organization.objects.get(slug="undp")
    assert "undp" not in slugs(Organization.objects.all(), "PNUD")
    other = OrganizationName.objects.create(organization=organization, name="PNUD", kind="translation")
    assert "undp" in slugs(Organization.objects.all(), "pnud")
    other.delete()
    assert "undp" not in slugs(Organization.objects.all(), "pnud")
    AgreementName.objects.create(agreement=Agreement.objects.get(slug="apa"), name="Kế hoạch Hành động")
    assert slugs(Agreement.objects.all(), "ke hoach hanh dong") == {"apa"}


def test_a_new_country_name_reaches_the_meetings_of_that_country(seeded):
    Country.objects.get(code="LA").other_names.create(name="Muang Lao")
    assert "2020-14th-commit-senior-officials-meeting" in slugs(Event.objects.all(), "muang")


def test_loading_the_seed_again_keeps_the_documents(seeded):
    from django.core.management import call_command

    before = dict(Event.objects.values_list("slug", "search_text"))
    call_command("loaddata", "seed", verbosity=0)
    assert dict(Event.objects.values_list("slug", "search_text")) == before
    assert all(text.strip() for text in before.values())
    assert " lao pdr " in Event.objects.get(slug="2020-14th-commit-senior-officials-meeting").search_text


def test_the_migration_backfill_gives_the_same_documents_as_saving(seeded):
    before = dict(Person.objects.values_list("slug", "search_text"))
    Person.objects.update(search_text="", search_name="")
    search.refresh(Person.objects.all())
    assert dict(Person.objects.values_list("slug", "search_text")) == before


@pytest.mark.django_db
def test_a_word_in_more_records_than_the_ranking_limit_shows_a_capped_count_and_name_matches_first(
    client, seeded, monkeypatch
):
    # Three seed meetings say "trafficking" in their documents; with a limit of 2 the query counts as broad.
    monkeypatch.setattr(search, "COUNT_LIMIT", 2)
    monkeypatch.setattr(search, "RANK_LIMIT", 2)
    response = client.get(reverse("meetings:search"), {"q": "trafficking"})
    assert response.status_code == 200
    events = group(response, "events")
    assert events["more"] and events["count"] == 2
    assert "More than" in response.content.decode()
    names = [event.search_name for event in events["results"]]
    in_name = [" trafficking" in name for name in names]
    assert in_name == sorted(in_name, reverse=True), "name matches come first"
    assert any(in_name)


@pytest.mark.django_db
def test_more_matches_than_are_ranked_are_counted_exactly_and_listed_name_matches_first(client, seeded, monkeypatch):
    # Ranking stops at RANK_LIMIT matches; counting goes on to COUNT_LIMIT, so the page still says how many.
    monkeypatch.setattr(search, "RANK_LIMIT", 2)
    response = client.get(reverse("meetings:search"), {"q": "trafficking"})
    events = group(response, "events")
    expected = search.matching(Event.objects.top_level(), "trafficking").count()
    assert expected > 2 and events["count"] == expected and not events["more"]
    assert "More than" not in response.content.decode()
    in_name = [" trafficking" in event.search_name for event in events["results"]]
    assert any(in_name) and in_name == sorted(in_name, reverse=True), "name matches come first"


@pytest.mark.django_db
def test_a_kind_with_more_matches_than_are_counted_is_never_ranked(client, seeded, monkeypatch):
    # Ranking reads every match: a word in most reports must not be ranked because its count was cut short.
    monkeypatch.setattr(search, "COUNT_LIMIT", 2)
    monkeypatch.setattr(search, "RANK_LIMIT", 5)

    def ranked(*args, **kwargs):
        raise AssertionError("a broad query was ranked")

    monkeypatch.setattr(search, "ranked", ranked)
    response = client.get(reverse("meetings:search"), {"q": "trafficking"})
    events = group(response, "events")
    assert response.status_code == 200 and events["more"] and events["count"] == 2 and events["results"]


# --- Every kind of record ---------------------------------------------------


@pytest.mark.parametrize("q", ["Lao PDR", "Laos", "la"])
def test_a_country_is_found_by_its_name_other_names_and_code(client, seeded, q):
    response = client.get(SEARCH, {"q": q})
    countries = group(response, "countries")
    assert countries and "LA" in [country.code for country in countries["results"]]
    assert 'href="/countries/la/"' in response.content.decode()


def test_cambodia_finds_the_country(client, seeded):
    countries = group(client.get(SEARCH, {"q": "Cambodia"}), "countries")
    assert [country.code for country in countries["results"]] == ["KH"]


def test_a_forum_is_found_by_its_short_name(client, seeded):
    response = client.get(SEARCH, {"q": "SOMTC"})
    forums = group(response, "forums")
    assert forums["results"][0].short_name == "SOMTC"
    assert "ASEAN Senior Officials Meeting on Transnational Crime</a> (<mark>SOMTC</mark>)" in response.content.decode()


def test_words_of_a_quotation_find_the_statement_with_its_speaker_and_meeting(client, seeded):
    response = client.get(SEARCH, {"q": "empower people"})
    statements = group(response, "statements")
    assert statements and statements["count"] == 1
    statement = statements["results"][0]
    assert "empower people" in statement.text
    html = response.content.decode()
    assert statement.attendance.person.name in html and statement.attendance.event.title in html
    assert f'href="{statement.attendance.event.get_absolute_url()}"' in html


def test_a_persons_name_finds_the_meetings_they_attended(client, seeded):
    person = Person.objects.get(slug="do-van-hoanh")
    attended = set(Event.objects.top_level().filter(attendances__person=person).values_list("slug", flat=True))
    assert attended
    response = client.get(SEARCH, {"q": "Do Van Hoanh"})
    assert result_slugs(response, "people")[0] == "do-van-hoanh"
    assert attended <= set(result_slugs(response, "events"))


def test_a_year_in_the_query_narrows_the_meetings_to_that_year(client, seeded):
    every_year = group(client.get(SEARCH, {"q": "ASEAN"}), "events")
    response = client.get(SEARCH, {"q": "ASEAN 2015"})
    events = group(response, "events")
    assert events["count"] < every_year["count"]
    assert {event.start_date.year for event in events["results"]} == {2015}
    # The link opens the meetings list with the same words and year, which counts the same meetings.
    assert events["url"] == f"{reverse('meetings:event-list')}?q=ASEAN&year=2015"
    listed = client.get(events["url"])
    assert listed.context["page_obj"].paginator.count == events["count"]


def test_a_year_with_no_meetings_says_so_and_how_to_widen(client, seeded):
    response = client.get(SEARCH, {"q": "Hanoi 1999"})
    html = response.content.decode()
    assert group(response, "events") is None
    assert "No record matches “Hanoi 1999” in 1999." in html and "leave out the year" in html


def test_no_result_says_so_plainly_and_how_to_widen(client, seeded):
    response = client.get(SEARCH, {"q": "zzyzx"})
    html = response.content.decode()
    assert response.status_code == 200 and not response.context["groups"]
    assert "No record matches “zzyzx”." in html and "use fewer words" in html


def test_the_meetings_count_agrees_with_the_list_it_links_to(client, seeded):
    for q in ("trafficking", "ASEAN", "Lao PDR"):
        events = group(client.get(SEARCH, {"q": q}), "events")
        listed = client.get(events["url"])
        assert listed.context["page_obj"].paginator.count == events["count"], q


def test_the_migration_names_attendees_in_meetings_stored_before_it(seeded):
    from importlib import import_module

    from django.apps import apps
    from django.db import connection

    migration = import_module("meetings.migrations.0014_meeting_documents_name_attendees")
    event = Event.objects.filter(attendances__isnull=False).distinct().first()
    name = search.document([event.attendances.first().person.name]).strip()
    Event.objects.filter(pk=event.pk).update(search_text="")  # as a database made before names were indexed

    # The function reads only the editor's connection, as RunPython gives it.
    editor = type("Editor", (), {"connection": connection})()
    migration.refresh_meeting_documents(apps, editor)

    assert f" {name} " in Event.objects.get(pk=event.pk).search_text


def section(response, key):
    """The HTML of one group of results on the search page."""
    html = response.content.decode()
    start = html.index(f'id="results-{key}"')
    return html[start : html.index("</section>", start)]


def result_items(response, key):
    """Each result's HTML in one group (the list items of its card list, the nested ones inside their result)."""
    body = section(response, key)
    body = body[body.index('<ul class="card-list">') + len('<ul class="card-list">') :]
    items, depth, start = [], 0, None
    for match in re.finditer(r"<li\b|</li>", body):
        if match.group() == "</li>":
            depth -= 1
            if depth == 0:
                items.append(body[start : match.end()])
        else:
            if depth == 0:
                start = match.start()
            depth += 1
    return items


@pytest.mark.parametrize(
    "q, key",
    [
        ("SOMTC", "events"),
        ("Lao PDR", "countries"),
        ("SOMTC", "forums"),
        ("SOMTC", "organizations"),
        ("Do Van Hoanh", "people"),
        ("ACTIP", "agreements"),
        ("trafficking", "outcomes"),
        ("empower people", "statements"),
        ("SOMTC", "sources"),
        ("Lao PDR", "events"),
        ("Do Van Hoanh", "events"),
    ],
)
def test_every_result_marks_the_words_that_made_it_match(client, seeded, q, key):
    response = client.get(SEARCH, {"q": q})
    items = result_items(response, key)
    assert items, f"no {key} for {q!r}"
    for item in items:
        assert "<mark>" in item, item


def test_a_result_found_by_its_description_shows_that_passage(client, seeded):
    response = client.get(SEARCH, {"q": "SOMTC"})
    forums = section(response, "forums")
    # The AMMTC's name does not say SOMTC: its description does, and that passage is shown with the word marked.
    assert "endorses instruments agreed by the <mark>SOMTC</mark>." in forums


def test_marked_passages_are_escaped(client, seeded):
    Organization.objects.create(
        name="Mekong Watch", kind="ngo", description='Says <script>alert("x")</script> about zebrafinch trafficking.'
    )
    html = client.get(SEARCH, {"q": "zebrafinch"}).content.decode()
    assert "<mark>zebrafinch</mark>" in html
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_a_meeting_found_by_a_persons_name_says_they_attended_it(client, seeded):
    response = client.get(SEARCH, {"q": "Do Van Hoanh"})
    (item,) = result_items(response, "events")
    assert "Attended by: <mark>Do Van Hoanh</mark>" in item


def test_a_person_found_lists_the_meetings_they_attended(client, seeded):
    person = Person.objects.get(slug="do-van-hoanh")
    attended = Event.objects.filter(attendances__person=person).distinct()
    assert attended.exists()
    response = client.get(SEARCH, {"q": "Do Van Hoanh"})
    item = result_items(response, "people")[0]
    assert "Attended " in item
    for event in attended[:3]:
        assert f'<a href="{event.get_absolute_url()}">{event.title}</a>' in item


@pytest.mark.parametrize("written, typed", [("Đà Nẵng", "Da Nang"), ("Da Nang", "Đà Nẵng")])
def test_a_statement_is_found_with_or_without_diacritics(client, seeded, written, typed):
    attendance = Attendance.objects.select_related("person", "event").first()
    source = SourceReport.objects.first()
    Statement.objects.create(
        attendance=attendance, kind="paraphrase", source=source, text=f"The next round will meet in {written}."
    )
    response = client.get(SEARCH, {"q": typed})
    (item,) = result_items(response, "statements")
    assert f"<mark>{written}</mark>" in item
    assert f'href="{attendance.person.get_absolute_url()}"' in item and attendance.person.name in item


def test_a_person_found_names_their_latest_meetings_and_counts_each_meeting_once(client, seeded):
    person = Person.objects.get(slug="do-van-hoanh")
    before = Event.objects.filter(attendances__person=person).distinct().count()
    events = [
        Event.objects.create(
            title=f"Later dialogue {i}", slug=f"later-dialogue-{i}", start_date=datetime.date(2030, 1, i)
        )
        for i in range(1, 5)
    ]
    for event in events:
        Attendance.objects.create(event=event, person=person, role="delegate")
    # Two roles at one meeting are still one meeting attended.
    Attendance.objects.create(event=events[-1], person=person, role="speaker")
    response = client.get(SEARCH, {"q": "Do Van Hoanh"})
    item = result_items(response, "people")[0]
    latest = [event.title for event in reversed(events)][:3]
    assert re.findall(r">(Later dialogue \d)</a>", item) == latest
    assert f"({before + 4} meetings in all)" in item
