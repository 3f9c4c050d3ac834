"""Every public list answers alike: the same rows in the same order on its page, its CSV and the API, the same
refusals in the same words, and a filter form that says what the FilterSet says."""

import csv
import io
import re

import pytest
from django.utils.html import strip_tags

from meetings.lists.agreements import AgreementFilter
from meetings.lists.base import ListFilterSet
from meetings.lists.countries import CountryFilter
from meetings.lists.events import EventFilter
from meetings.lists.forums import ForumFilter
from meetings.lists.organizations import OrganizationFilter
from meetings.lists.outcomes import OutcomeFilter
from meetings.lists.people import PersonFilter
from meetings.lists.sources import SourceFilter
from meetings.models import SourceReport

pytestmark = pytest.mark.django_db

# (page, CSV, API list, FilterSet) of every public list.
LISTS = [
    ("/events/", "/events.csv", "/api/events/", EventFilter),
    ("/outcomes/", "/outcomes.csv", "/api/outcomes/", OutcomeFilter),
    ("/organizations/", "/organizations.csv", "/api/organizations/", OrganizationFilter),
    ("/people/", "/people.csv", "/api/people/", PersonFilter),
    ("/countries/", "/countries.csv", "/api/countries/", CountryFilter),
    ("/forums/", "/forums.csv", "/api/forums/", ForumFilter),
    ("/agreements/", "/agreements.csv", "/api/agreements/", AgreementFilter),
    ("/sources/", "/sources.csv", "/api/sources/", SourceFilter),
]
WITH_YEAR = [row for row in LISTS if "year" in row[3].base_filters]


def csv_rows(response):
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def alert_lines(html):
    """The refusals listed at the top of a list page, as plain text."""
    alert = re.search(r'<div class="alert alert-error" role="alert">(.*?)</div>', html, re.S).group(1)
    return [" ".join(strip_tags(item).split()) for item in re.findall(r"<li>(.*?)</li>", alert, re.S)]


def test_every_public_list_is_a_list_filterset():
    assert all(issubclass(filterset, ListFilterSet) for *_, filterset in LISTS)
    assert len(WITH_YEAR) >= 3  # meetings, outcomes and sources take a year


def test_a_list_read_from_code_holds_the_rows_of_its_page_in_the_same_order(client, seeded):
    on_page = [event.slug for event in client.get("/events/").context["events"]]
    assert [event.slug for event in EventFilter().qs[: len(on_page)]] == on_page
    assert not EventFilter().qs.filter(parent__isnull=False).exists()  # meetings, not their sessions


@pytest.mark.parametrize("page,download,api,filterset", WITH_YEAR)
def test_a_year_that_is_not_a_whole_number_is_refused_by_every_list_that_takes_one(
    client, seeded, page, download, api, filterset
):
    for url in (page, download, api):
        response = client.get(url, {"year": "2020.5"})
        assert response.status_code == 400, url
        assert "Enter a whole number." in response.content.decode(), url


def test_source_reports_are_in_the_same_order_on_the_page_the_csv_and_the_api_undated_last(client, seeded):
    undated = SourceReport.objects.create(title="A statement that carries no date", text="Undated text, kept whole.")
    page = [source.slug for source in client.get("/sources/").context["page_obj"]]
    download = [row["slug"] for row in csv_rows(client.get("/sources.csv"))]
    api = [source["slug"] for source in client.get("/api/sources/").json()["results"]]
    assert page == download == api
    assert undated.slug in page
    sources = SourceReport.objects.all()
    newest_first = sorted(
        sorted(sources, key=lambda source: (source.title, source.pk)),
        key=lambda source: source.published_on.toordinal() if source.published_on else 0,
        reverse=True,
    )
    assert newest_first[-1].published_on is None  # undated reports come last
    assert page == [source.slug for source in newest_first]


@pytest.mark.parametrize("page,download,api,filterset", LISTS)
def test_the_filter_form_says_what_the_filterset_says(client, seeded, page, download, api, filterset):
    html = client.get(page).content.decode()
    form = re.search(r'<form class="list-form.*?</form>', html, re.S).group(0)
    labels = dict(re.findall(r'<label for="id_(\w+)">([^<]*)</label>', form))
    shown = filterset().shown_fields()
    assert labels == {name: filterset.base_filters[name].label for name in shown}
    # Every parameter the form does not show is carried along when it is in force.
    hidden = [name for name in filterset.base_filters if name not in shown]
    for name in hidden:
        assert f'name="{name}"' not in form


def test_the_meeting_list_form_carries_every_facet_choice_as_a_hidden_field(client, seeded):
    html = client.get("/events/", {"forum": "commit-som", "year": "2024", "status": "held"}).content.decode()
    for name, value in (("forum", "commit-som"), ("year", "2024"), ("status", "held")):
        assert f'<input type="hidden" name="{name}" value="{value}">' in html


@pytest.mark.parametrize("page,download,api,filterset", LISTS)
def test_a_refused_parameter_reads_the_same_on_the_page_and_in_the_csv(client, seeded, page, download, api, filterset):
    params = {"q": "x" * 201}
    response = client.get(page, params)
    assert response.status_code == 400
    on_page = alert_lines(response.content.decode())
    refused = client.get(download, params)
    assert refused.status_code == 400
    in_csv = [line.removeprefix("- ") for line in refused.content.decode().splitlines()[1:]]
    assert on_page == in_csv
    assert in_csv == [f"{filterset.base_filters['q'].label} (q): This value is too long: use at most 200 characters."]


@pytest.mark.parametrize("feed", ["/feeds/meetings.atom", "/feeds/meetings.ics"])
def test_the_feeds_refuse_a_parameter_in_the_words_of_the_meeting_list(client, seeded, feed):
    params = {"date_from": "2024-13-01"}
    on_page = alert_lines(client.get("/events/", params).content.decode())
    response = client.get(feed, params)
    assert response.status_code == 400
    assert [line.removeprefix("- ") for line in response.content.decode().splitlines()[1:]] == on_page
