"""The meeting list at /events/: facets, chips, sorting, pagination and refusing bad input."""

import datetime
from urllib.parse import parse_qs

import pytest
from django.urls import reverse

from meetings.models import Attendance, Country, Event, Forum, Organization, Participation, Person, Topic

LIST = reverse("meetings:event-list")
COMMIT_14 = "2020-14th-commit-senior-officials-meeting"
DIALOGUE = "2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons"
SIEM_REAP = "2015-asean-senior-officials-meeting-on-transnational-crime-siem-reap"
SMUGGLING = "2024-international-people-smuggling-strategic-dialogue"


def slugs(response):
    return [event.slug for event in response.context["events"]]


def add_events(count, start=datetime.date(2010, 1, 1)):
    """count extra held meetings in Laos, each with a delegation, an organization and a person attending."""
    forum = Forum.objects.create(name="Load test forum", slug="load-test-forum")
    topic = Topic.objects.get(slug="trafficking-in-persons")
    laos, thailand = Country.objects.get(code="LA"), Country.objects.get(code="TH")
    for n in range(count):
        event = Event.objects.create(
            title=f"Load test meeting {n}",
            slug=f"load-test-meeting-{n}",
            forum=forum,
            number=n + 1,
            start_date=start + datetime.timedelta(days=n),
            country=laos,
        )
        event.topics.add(topic)
        organization = Organization.objects.create(
            name=f"Load test police {n}", slug=f"load-test-police-{n}", kind="national_police", country=thailand
        )
        person = Person.objects.create(name=f"Load Test Person {n}", slug=f"load-test-person-{n}")
        Participation.objects.create(event=event, country=thailand, role="member_delegation")
        Participation.objects.create(event=event, organization=organization, role="participant")
        Attendance.objects.create(event=event, person=person, role="delegate", organization=organization)


def test_meeting_list_shows_top_level_meetings_newest_first(client, seeded):
    response = client.get(LIST)
    assert response.status_code == 200
    shown = slugs(response)
    assert set(shown) == set(Event.objects.top_level().values_list("slug", flat=True))
    assert shown[0] == SMUGGLING
    assert shown.index(DIALOGUE) < shown.index(COMMIT_14) < shown.index(SIEM_REAP)
    # Sessions are reached from their meeting, not listed beside it.
    assert f"{DIALOGUE}-day-1" not in shown


def test_country_filter_finds_the_meetings_laos_took_part_in(client, seeded):
    response = client.get(LIST, {"country": "la"})
    assert response.status_code == 200
    assert set(slugs(response)) == {SMUGGLING, DIALOGUE, COMMIT_14}


def test_host_country_filter_finds_the_meeting_viet_nam_hosted(client, seeded):
    response = client.get(LIST, {"host_country": "vn"})
    assert slugs(response) == [COMMIT_14]


def test_country_codes_are_accepted_in_either_case(client, seeded):
    assert slugs(client.get(LIST, {"host_country": "VN"})) == [COMMIT_14]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"forum": "commit-som"}, {COMMIT_14}),
        ({"forum": "aseanapol-conference"}, {"39th-aseanapol-conference", "40th-aseanapol-conference"}),
        ({"organization": "undp"}, {COMMIT_14}),
        ({"person": "do-van-hoanh"}, {DIALOGUE}),
        ({"person": "caitlin-wiesen"}, {COMMIT_14}),
        ({"topic": "covid-19-impact"}, {DIALOGUE, COMMIT_14}),
        (
            {"year": "2015"},
            {SIEM_REAP, "2015-emergency-ministerial-meeting-on-irregular-movement-of-people-in-southeast-asia"},
        ),
        ({"date_from": "2020-01-01", "date_to": "2021-12-31"}, {DIALOGUE, COMMIT_14}),
        ({"format": "virtual"}, {DIALOGUE}),
        ({"status": "referenced"}, {"39th-aseanapol-conference"}),
        ({"q": "radicalisation"}, {"special-ministerial-meeting-on-the-rise-of-radicalisation-and-violent-extremism"}),
        ({"country": "la", "forum": "commit-som"}, {COMMIT_14}),
    ],
)
def test_each_filter_narrows_the_list(client, seeded, params, expected):
    response = client.get(LIST, params)
    assert response.status_code == 200
    assert set(slugs(response)) == expected


def test_country_facet_answers_laos_and_viet_nam_in_one_click(client, seeded):
    html = client.get(LIST).content.decode()
    assert 'href="?country=la#results"' in html
    assert 'href="?host_country=vn#results"' in html


def facet_values(response, name):
    return next(facet for facet in response.context["facets"] if facet.name == name).values


@pytest.mark.parametrize("start", [{}, {"country": "la", "format": "virtual"}])
def test_facet_counts_match_what_clicking_gives(client, seeded, start):
    response = client.get(LIST, start)
    checked = 0
    for facet in response.context["facets"]:
        for value in facet.values:
            clicked = client.get(LIST, parse_qs(value["query"]))
            assert clicked.status_code == 200
            if value["selected"]:
                # Clicking a selected value removes it; its count is what the list shows now.
                assert value["count"] == response.context["page_obj"].paginator.count
            else:
                assert clicked.context["page_obj"].paginator.count == value["count"], (facet.name, value["label"])
            checked += 1
    assert checked > 20


def test_facet_count_ignores_its_own_filter_but_applies_the_others(client, seeded):
    response = client.get(LIST, {"host_country": "vn", "year": "2015"})
    hosts = {v["value"]: v["count"] for v in facet_values(response, "host_country")}
    # Under year=2015 Cambodia and Malaysia hosted; Viet Nam is selected but hosted nothing that year.
    assert hosts == {"kh": 1, "my": 1, "vn": 0}
    assert [v["value"] for v in facet_values(response, "host_country") if v["selected"]] == ["vn"]


def test_facets_show_a_bounded_number_of_values_and_keep_the_selected_one(client, seeded):
    add_events(20)
    response = client.get(LIST, {"person": "do-van-hoanh"})
    people = facet_values(response, "person")
    assert len(people) <= 16
    assert any(v["selected"] and v["value"] == "do-van-hoanh" for v in people)
    assert len(facet_values(client.get(LIST), "organization")) == 15


def test_active_filters_are_chips_that_remove_themselves(client, seeded):
    response = client.get(LIST, {"country": "la", "forum": "commit-som", "page": "1"})
    chips = {chip["name"]: chip for chip in response.context["chips"]}
    assert chips["country"]["value"] == "Lao PDR"
    assert chips["forum"]["value"] == "COMMIT Senior Officials Meeting"
    html = response.content.decode()
    assert "Remove filter Forum" in html
    after = client.get(LIST, parse_qs(chips["forum"]["remove"]))
    assert [chip["name"] for chip in after.context["chips"]] == ["country"]
    assert set(slugs(after)) == {SMUGGLING, DIALOGUE, COMMIT_14}


def test_form_keeps_filters_chosen_from_facets_as_hidden_fields(client, seeded):
    html = client.get(LIST, {"country": "la", "q": "dialogue"}).content.decode()
    assert '<input type="hidden" name="country" value="la">' in html
    assert '<label for="id_q">' in html


@pytest.mark.parametrize(
    "sort, first, last",
    [
        (
            "title",
            "14th COMMIT Senior Officials Meeting",
            "Special Ministerial Meeting on the Rise of Radicalisation and Violent Extremism",
        ),
        (
            "-title",
            "Special Ministerial Meeting on the Rise of Radicalisation and Violent Extremism",
            "14th COMMIT Senior Officials Meeting",
        ),
    ],
)
def test_sorting_by_title(client, seeded, sort, first, last):
    titles = [event.title for event in client.get(LIST, {"sort": sort}).context["events"]]
    assert titles == sorted(titles, key=str, reverse=sort.startswith("-"))
    assert titles[0] == first and titles[-1] == last


def test_sorting_oldest_first_puts_undated_meetings_last(client, seeded):
    events = list(client.get(LIST, {"sort": "date"}).context["events"])
    dated = [event.start_date for event in events if event.start_date]
    assert dated == sorted(dated)
    assert events[0].slug == SIEM_REAP
    assert all(event.start_date is None for event in events[len(dated) :])


def test_list_is_paginated_and_links_keep_the_filters(client, seeded):
    add_events(30)
    first = client.get(LIST, {"country": "la"})
    assert first.context["page_obj"].paginator.count == 33
    assert len(first.context["events"]) == 25
    html = first.content.decode()
    assert 'href="?country=la&amp;page=2#results"' in html
    second = client.get(LIST, {"country": "la", "page": "2"})
    assert len(second.context["events"]) == 8
    assert not set(slugs(first)) & set(slugs(second))


def test_download_link_carries_the_current_filters(client, seeded):
    html = client.get(LIST, {"country": "la", "sort": "title"}).content.decode()
    assert f'href="{reverse("meetings:event-csv")}?country=la&amp;sort=title"' in html


@pytest.mark.parametrize(
    "params, field, message",
    [
        ({"country": "zz"}, "country", "Unknown country code"),
        ({"host_country": "laos"}, "host_country", "Unknown country code"),
        ({"country": "l\x00"}, "country", "Unknown country code"),
        ({"forum": "no-such-forum"}, "forum", "No forum has this identifier"),
        ({"forum": "a<b>"}, "forum", "No forum has this identifier"),
        ({"organization": "nobody"}, "organization", "No organization has this identifier"),
        ({"person": "nobody"}, "person", "No person has this identifier"),
        ({"topic": "nothing"}, "topic", "No topic has this identifier"),
        ({"year": "twenty"}, "year", "Enter a whole number"),
        ({"year": "2020.5"}, "year", "Enter a whole number"),
        ({"year": "99999"}, "year", "less than or equal to 2200"),
        ({"date_from": "2020-13-45"}, "date_from", "Enter a valid date"),
        ({"date_from": "2021-01-01", "date_to": "2020-01-01"}, "date_to", "before its start"),
        ({"q": "x" * 201}, "q", "at most 200 characters"),
        ({"q": "abc\x00def"}, "q", "Null characters are not allowed"),
        ({"format": "telepathy"}, "format", "Select a valid choice"),
        ({"status": "imagined"}, "status", "Select a valid choice"),
        ({"sort": "colour"}, "sort", "Select a valid choice"),
    ],
)
def test_bad_input_is_a_400_with_the_problem_shown(client, seeded, params, field, message):
    response = client.get(LIST, params)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'href="#field-{field}"' in html
    assert "This list cannot be shown as asked" in html


def test_bad_input_is_escaped_in_the_page(client, seeded):
    response = client.get(LIST, {"forum": "<script>alert(1)</script>"})
    assert response.status_code == 400
    assert b"<script>alert(1)" not in response.content


@pytest.mark.parametrize(
    "page, message", [("99", "There is no page 99"), ("abc", "whole number"), ("0", "whole number")]
)
def test_page_out_of_range_is_a_400(client, seeded, page, message):
    response = client.get(LIST, {"page": page})
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "params", [{}, {"country": "la", "q": "meeting", "sort": "title"}, {"topic": "trafficking-in-persons"}]
)
def test_query_count_does_not_grow_with_the_data(client, seeded, django_assert_max_num_queries, params):
    bound = 18  # the page, its facets, and the timeline above the list (its span, counts and forums)
    with django_assert_max_num_queries(bound):
        assert client.get(LIST, params).status_code == 200
    add_events(40)
    with django_assert_max_num_queries(bound):
        response = client.get(LIST, params)
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count >= 1
