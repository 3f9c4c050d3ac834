"""The outcome list at /outcomes/: filters, links to meetings and agreements, and refusing bad input."""

import datetime

import pytest
from django.db import connection
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


def test_list_reads_newest_meetings_first_undated_last_across_pages(client, seeded):
    add_outcomes(30)  # 2019, with the seed's outcomes of 2015 to 2024 around them
    undated = Event.objects.create(title="A meeting of unknown date", slug="undated-outcomes", status="planned")
    session = Event.objects.create(
        title="Closing session", slug="closing-session", parent=undated, start_date=datetime.date(2030, 1, 2)
    )
    last = Outcome.objects.create(event=undated, kind="decision", status="adopted", text="Undated decision")
    first = Outcome.objects.create(event=session, kind="decision", status="adopted", text="Session decision")

    shown = [o for page in ("1", "2") for o in client.get(LIST, {"page": page}).context["page_obj"]]
    assert [o.pk for o in shown] == [first.pk, *[o.pk for o in shown[1:-1]], last.pk]
    # A session's outcomes go by the session's own date; then by date, title and the outcome's order.
    keys = [(o.event.start_date, o.event.title, o.order, o.pk) for o in shown[:-1]]
    assert keys == sorted(keys, key=lambda k: (-k[0].toordinal(), k[1], k[2], k[3]))
    assert len(shown) == Outcome.objects.count()


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="SQLite's planner is not what is measured")
def test_list_reads_its_page_from_the_index_of_its_order(seeded):
    """The list's order is the expression `event_newest_first` indexes: if the two part, the list sorts every
    outcome again (seconds at 100,000 meetings), which no other test would notice."""
    from meetings.lists.outcomes import OutcomeFilter
    from meetings.lists.sources import SourceFilter

    for filterset, index in ((OutcomeFilter(), "event_newest_first"), (SourceFilter(), "sourcereport_newest_first")):
        sql, params = filterset.qs.values_list("pk", flat=True)[:25].query.sql_with_params()
        with connection.cursor() as cursor:
            # The test database is too small for the planner to prefer any index: make reading the tables whole and
            # sorting them cost more than the index, so the plan shows whether the index can serve the order at all.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_sort = off")
            cursor.execute("EXPLAIN " + sql, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        assert index in plan, plan
