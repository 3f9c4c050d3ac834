"""The CSV downloads /events.csv and /outcomes.csv: the list's filters, its rows, streamed, safe in a spreadsheet."""

import csv
import datetime
import io

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse

from meetings.models import Country, Event, EventCitation, Outcome, Participation, SourceReport

EVENTS_CSV = reverse("meetings:event-csv")
OUTCOMES_CSV = reverse("meetings:outcome-csv")


def read(response):
    assert isinstance(response, StreamingHttpResponse)
    text = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    return list(csv.DictReader(io.StringIO(text)))


def add_events(count):
    source = SourceReport.objects.get(slug="commit-14th-som-takes-place-in-hanoi")
    laos = Country.objects.get(code="LA")
    for n in range(count):
        event = Event.objects.create(
            title=f"CSV load test {n}",
            slug=f"csv-load-test-{n}",
            start_date=datetime.date(2012, 1, 1) + datetime.timedelta(days=n),
            country=laos,
        )
        Participation.objects.create(event=event, country=Country.objects.get(code="TH"), role="member_delegation")
        Participation.objects.create(event=event, country=Country.objects.get(code="KH"), role="observer")
        EventCitation.objects.create(event=event, source=source, passage=source.text[:30])
        Outcome.objects.create(event=event, kind="decision", status="adopted", text=f"Decision {n}")


def test_events_csv_is_streamed_with_a_header(client, seeded):
    response = client.get(EVENTS_CSV)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = read(response)
    assert list(rows[0]) == [
        "slug",
        "title",
        "start_date",
        "end_date",
        "date_precision",
        "date_inferred",
        "date_note",
        "status",
        "format",
        "forum",
        "number",
        "venue",
        "city",
        "host_country_code",
        "host_country",
        "participants",
        "topics",
        "sources",
        "url",
    ]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"country": "la"},
        {"host_country": "vn"},
        {"forum": "aseanapol-conference", "sort": "title"},
        {"year": "2015"},
        {"q": "dialogue", "sort": "-title"},
    ],
)
def test_events_csv_gives_the_same_rows_as_the_page(client, seeded, params):
    page = client.get(reverse("meetings:event-list"), params)
    rows = read(client.get(EVENTS_CSV, params))
    assert [row["slug"] for row in rows] == [event.slug for event in page.context["events"]]


def test_events_csv_row_reads_as_an_analyst_needs(client, seeded):
    rows = {row["slug"]: row for row in read(client.get(EVENTS_CSV))}
    row = rows["2020-14th-commit-senior-officials-meeting"]
    assert row["start_date"] == "2020-12-16"
    assert row["date_inferred"] == "Year inferred"
    assert row["forum"] == "COMMIT Senior Officials Meeting" and row["number"] == "14"
    assert row["city"] == "Hanoi" and row["host_country_code"] == "vn" and row["host_country"] == "Viet Nam"
    assert "Lao PDR delegation" in row["participants"].split("; ")
    assert "United Nations Development Programme" in row["participants"]
    assert "COVID-19 impact" in row["topics"]
    assert "14th SOM takes place in Hanoi" in row["sources"]
    assert row["url"] == "http://testserver/events/2020-14th-commit-senior-officials-meeting/"


def test_formula_cells_are_neutralised(client, seeded):
    Event.objects.create(
        title='=HYPERLINK("http://evil.example","x")', slug="formula", start_date=datetime.date(2022, 1, 1)
    )
    Outcome.objects.create(event=Event.objects.get(slug="formula"), kind="decision", status="adopted", text="+1+1")
    event_row = next(row for row in read(client.get(EVENTS_CSV)) if row["slug"] == "formula")
    assert event_row["title"].startswith("'=HYPERLINK")
    outcome_row = next(row for row in read(client.get(OUTCOMES_CSV)) if row["event_slug"] == "formula")
    assert outcome_row["text"] == "'+1+1"


@pytest.mark.parametrize("url", [EVENTS_CSV, OUTCOMES_CSV])
@pytest.mark.parametrize("params", [{"forum": "nope"}, {"country": "zz"}, {"year": "soon"}, {"q": "z" * 201}])
def test_bad_parameters_are_a_400_plain_text_message(client, seeded, url, params):
    response = client.get(url, params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert "could not be made" in response.content.decode()


def test_bad_date_range_in_events_csv_is_a_400(client, seeded):
    response = client.get(EVENTS_CSV, {"date_from": "2022-01-01", "date_to": "2021-01-01"})
    assert response.status_code == 400
    assert "before its start" in response.content.decode()


@pytest.mark.parametrize(
    "params", [{}, {"status": "referred"}, {"agreement": "actip"}, {"country": "vn", "kind": "statement"}]
)
def test_outcomes_csv_gives_the_same_rows_as_the_page(client, seeded, params):
    page = client.get(reverse("meetings:outcome-list"), params)
    rows = read(client.get(OUTCOMES_CSV, params))
    assert [int(row["id"]) for row in rows] == [outcome.pk for outcome in page.context["page_obj"]]


def test_outcomes_csv_row(client, seeded):
    row = next(row for row in read(client.get(OUTCOMES_CSV)) if row["id"] == "802")
    assert set(row["agreements"].split("; ")) == {"ACTIP", "APA"}
    assert row["status"] == "referred" and row["referred_to_forum"]
    assert row["event_slug"] == "2015-asean-senior-officials-meeting-on-transnational-crime-siem-reap"
    assert row["event_start_date"] == "2015-06-08"


@pytest.mark.parametrize("url", [EVENTS_CSV, OUTCOMES_CSV])
def test_csv_query_count_does_not_grow_with_the_data(client, seeded, django_assert_max_num_queries, url):
    bound = 8
    with django_assert_max_num_queries(bound):
        rows = read(client.get(url))
    add_events(40)
    with django_assert_max_num_queries(bound):
        more = read(client.get(url))
    assert len(more) == len(rows) + 40
