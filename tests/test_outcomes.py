"""The outcome list at /outcomes/: filters, links to meetings and agreements, and refusing bad input."""

import datetime

import pytest
from django.urls import reverse

from meetings.models import Country, Event, Outcome

LIST = reverse("meetings:outcome-list")


def ids(response):
    return {outcome.pk for outcome in response.context["page_obj"]}


def add_outcomes(count):
    event = Event.objects.create(
        title="Outcome load test",
        slug="outcome-load-test",
        start_date=datetime.date(2019, 5, 1),
        country=Country.objects.get(code="TH"),
    )
    for n in range(count):
        outcome = Outcome.objects.create(
            event=event, kind="decision", status="adopted", text=f"Load test decision {n}", order=n
        )
        outcome.agreements.add(*Outcome.objects.get(pk=802).agreements.all())


def test_outcome_list_shows_every_outcome(client, seeded):
    response = client.get(LIST)
    assert response.status_code == 200
    assert ids(response) == set(Outcome.objects.values_list("pk", flat=True))


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"forum": "somtc"}, {801, 802, 803, 804, 805}),
        ({"forum": "commit-som"}, {601, 602, 603}),
        ({"country": "kh"}, None),
        ({"country": "vn"}, None),
        ({"status": "referred"}, {101, 802}),
        ({"kind": "proposal"}, {102, 103}),
        ({"agreement": "actip"}, {802}),
        ({"agreement": "commit-action-plan"}, {601}),
        ({"year": "2015"}, {801, 802, 803, 804, 805}),
        ({"q": "COVID-19"}, {602}),
        ({"status": "noted", "forum": "commit-som"}, {601, 602}),
    ],
)
def test_each_filter_narrows_the_list(client, seeded, params, expected):
    response = client.get(LIST, params)
    assert response.status_code == 200
    found = ids(response)
    # Country involvement is checked against the model's own reading of it (host, delegation or organization).
    if expected is None:
        involved = Event.objects.involving_country(params["country"].upper())
        expected = set(Outcome.objects.filter(event__in=involved).values_list("pk", flat=True))
        assert expected
    assert found == expected


def test_outcomes_link_to_their_meeting_agreements_and_referral(client, seeded):
    html = client.get(LIST, {"agreement": "actip"}).content.decode()
    outcome = Outcome.objects.select_related("event", "referred_to_event", "referred_to_forum").get(pk=802)
    assert f'href="{outcome.event.get_absolute_url()}"' in html
    assert 'href="/agreements/actip/"' in html and 'href="/agreements/apa/"' in html
    assert f'href="{outcome.referred_to_event.get_absolute_url()}"' in html
    assert f'href="{outcome.referred_to_forum.get_absolute_url()}"' in html


def test_active_filter_chip_removes_itself(client, seeded):
    response = client.get(LIST, {"status": "noted", "forum": "commit-som"})
    chip = next(chip for chip in response.context["chips"] if chip["name"] == "status")
    assert chip["value"] == "Noted"
    assert chip["remove"] == "forum=commit-som"


def test_controls_are_labelled_and_keep_their_values(client, seeded):
    html = client.get(LIST, {"country": "VN", "kind": "proposal"}).content.decode()
    assert '<label for="id_country">' in html and '<label for="id_kind">' in html
    assert '<option value="vn" selected>' in html
    assert '<option value="proposal" selected>' in html


def test_download_link_carries_the_filters(client, seeded):
    html = client.get(LIST, {"status": "noted"}).content.decode()
    assert f'href="{reverse("meetings:outcome-csv")}?status=noted"' in html


def test_list_is_paginated(client, seeded):
    add_outcomes(30)
    first = client.get(LIST)
    assert first.context["page_obj"].paginator.count == 41
    second = client.get(LIST, {"page": "2"})
    assert len(second.context["page_obj"].object_list) == 16
    assert client.get(LIST, {"page": "3"}).status_code == 400


@pytest.mark.parametrize(
    "params, message",
    [
        ({"forum": "nope"}, "No forum has this identifier"),
        ({"country": "xx"}, "Unknown country code"),
        ({"country": "<b>"}, "Unknown country code"),
        ({"status": "maybe"}, "Select a valid choice"),
        ({"kind": "wish"}, "Select a valid choice"),
        ({"agreement": "nope"}, "No agreement has this identifier"),
        ({"agreement": "a\x00b"}, "No agreement has this identifier"),
        ({"year": "last"}, "Enter a whole number"),
        ({"q": "y" * 201}, "at most 200 characters"),
        ({"page": "-1"}, "whole number"),
    ],
)
def test_bad_input_is_a_400_with_the_problem_shown(client, seeded, params, message):
    response = client.get(LIST, params)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize("params", [{}, {"country": "vn", "q": "delegates"}])
def test_query_count_does_not_grow_with_the_data(client, seeded, django_assert_max_num_queries, params):
    bound = 12
    with django_assert_max_num_queries(bound):
        assert client.get(LIST, params).status_code == 200
    add_outcomes(40)
    with django_assert_max_num_queries(bound):
        assert client.get(LIST, params).status_code == 200
