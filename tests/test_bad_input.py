"""Bad input is a 400 or a form error that says what is wrong, never a server error.

The first tests pin the faults that hostile query strings and pasted texts caused; the rest check that an
over-long value is refused with its limit, on the pages, the CSV downloads, the API, the feeds and in the admin.
"""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib import admin
from icalendar import Calendar

from meetings.forms import OutcomeForm
from meetings.lists.agreements import AgreementFilter
from meetings.lists.base import MAX_PARAMETER_LENGTH
from meetings.lists.countries import CountryFilter
from meetings.lists.events import EventFilter
from meetings.lists.forums import ForumFilter
from meetings.lists.organizations import OrganizationFilter
from meetings.lists.outcomes import OutcomeFilter
from meetings.lists.people import PersonFilter
from meetings.lists.sources import SourceFilter
from meetings.models import NOTE_LENGTH, PASSAGE_LENGTH, REPORT_LENGTH, Event, Organization, Outcome, SourceReport

pytestmark = pytest.mark.django_db

LIMIT_MESSAGE = f"at most {MAX_PARAMETER_LENGTH} characters"


# --- Faults found -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/events/", "/outcomes/", "/organizations/", "/sources/"])
@pytest.mark.parametrize("page", ["²", "①", "٣", "１"])
def test_a_page_number_in_other_digits_is_refused_on_the_page(client, seeded, url, page):
    # "²".isdigit() is true but int("²") fails; "٣" is read by int() but is not a page number anyone types.
    response = client.get(url, {"page": page})
    assert response.status_code == 400
    assert "The page number must be a whole number from 1." in response.content.decode()


@pytest.mark.parametrize("page", ["²", "٣"])
def test_a_page_number_in_other_digits_is_a_json_400_in_the_api(client, seeded, page):
    response = client.get("/api/events/", {"page": page})
    assert response.status_code == 400
    assert response.json() == {"page": ["The page number must be a whole number from 1."]}


@pytest.mark.parametrize("url", ["/api/events/%00/", "/api/organizations/oipa%00/", "/api/outcomes/1%00/"])
def test_an_api_identifier_with_a_nul_byte_is_not_found(client, seeded, url):
    # PostgreSQL refuses a NUL byte in a query with an error; the address must not reach it.
    response = client.get(url)
    assert response.status_code == 404


def test_admin_autocomplete_ignores_a_nul_byte_in_what_is_typed(editor_client, seeded):
    params = {"app_label": "meetings", "model_name": "attendance", "field_name": "person"}
    response = editor_client.get("/admin/autocomplete/", {**params, "term": "hoanh\x00"})
    assert response.status_code == 200
    assert "Do Van Hoanh" in {result["text"] for result in response.json()["results"]}


def test_control_characters_in_a_meeting_are_left_out_of_the_feeds(client, seeded):
    # A vertical tab and a form feed come along when text is copied out of a PDF.
    Event.objects.create(
        title="Pasted\x0b from\x0c a PDF", summary="Text\x01 with\x1f controls", start_date=datetime.date(2025, 3, 4)
    )
    atom = client.get("/feeds/meetings.atom")
    assert atom.status_code == 200
    titles = [e.text for e in ET.fromstring(atom.content).iter("{http://www.w3.org/2005/Atom}title")]
    assert "Pasted from a PDF (4 March 2025)" in titles
    ics = client.get("/feeds/meetings.ics")
    assert ics.status_code == 200
    item = next(c for c in Calendar.from_ical(ics.getvalue()).walk("VEVENT") if "PDF" in str(c["summary"]))
    assert str(item["summary"]) == "Pasted from a PDF"
    assert str(item["description"]).startswith("Text with controls")


# --- Over-long input ------------------------------------------------------------------------------------------

LISTS = [
    ("/events/", EventFilter),
    ("/outcomes/", OutcomeFilter),
    ("/organizations/", OrganizationFilter),
    ("/people/", PersonFilter),
    ("/countries/", CountryFilter),
    ("/forums/", ForumFilter),
    ("/agreements/", AgreementFilter),
    ("/sources/", SourceFilter),
]
EVERY_PARAMETER = [(url, name) for url, filterset_class in LISTS for name in filterset_class.base_filters]
TOO_LONG = "x" * (MAX_PARAMETER_LENGTH + 1)


@pytest.mark.parametrize("url,name", EVERY_PARAMETER)
def test_an_over_long_filter_value_is_refused_on_the_page_saying_the_limit(client, seeded, url, name):
    response = client.get(url, {name: TOO_LONG})
    assert response.status_code == 400
    assert LIMIT_MESSAGE in response.content.decode()
    # The over-long value is not written back into the page (the sign-in link's return address aside, which
    # carries the whole address URL-encoded).
    page = re.sub(r'href="/login/\?next=[^"]*"', "", response.content.decode())
    assert TOO_LONG not in page


def test_a_value_of_the_limit_is_read(client, seeded):
    response = client.get("/events/", {"q": "a" * MAX_PARAMETER_LENGTH})
    assert response.status_code == 200


def test_an_over_long_value_among_repeated_parameters_is_refused(client, seeded):
    response = client.get("/organizations/?q=police&q=" + TOO_LONG)
    assert response.status_code == 400
    assert LIMIT_MESSAGE in response.content.decode()


@pytest.mark.parametrize(
    "url,name",
    [
        ("/events.csv", "q"),
        ("/events.csv", "date_to"),
        ("/outcomes.csv", "agreement"),
        ("/organizations.csv", "country"),
        ("/people.csv", "organization"),
        ("/sources.csv", "year"),
    ],
)
def test_an_over_long_filter_value_refuses_the_csv_download_saying_the_limit(client, seeded, url, name):
    response = client.get(url, {name: TOO_LONG})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert LIMIT_MESSAGE in response.content.decode()


@pytest.mark.parametrize("url", ["/api/events/", "/api/outcomes/", "/api/people/", "/api/sources/"])
def test_an_over_long_filter_value_is_a_json_400_in_the_api(client, seeded, url):
    response = client.get(url, {"q": TOO_LONG})
    assert response.status_code == 400
    assert response.json() == {"q": [f"This value is too long: use {LIMIT_MESSAGE}."]}


@pytest.mark.parametrize("url", ["/feeds/meetings.atom", "/feeds/meetings.ics"])
@pytest.mark.parametrize("name", ["q", "forum", "date_from"])
def test_an_over_long_filter_value_is_refused_by_the_feeds_saying_the_limit(client, seeded, url, name):
    response = client.get(url, {name: TOO_LONG})
    assert response.status_code == 400
    assert f"({name}): This value is too long: use {LIMIT_MESSAGE}." in response.content.decode()


def test_an_over_long_search_is_refused_saying_the_limit(client, seeded):
    response = client.get("/search/", {"q": "trafficking " * 20})
    assert response.status_code == 400
    assert "The search is too long: use at most 200 characters." in response.content.decode()


@pytest.mark.parametrize(
    "model,field,limit",
    [
        (Organization, "description", NOTE_LENGTH),
        (Event, "summary", NOTE_LENGTH),
        (Event, "date_note", NOTE_LENGTH),
        (Outcome, "text", PASSAGE_LENGTH),
        (SourceReport, "text", REPORT_LENGTH),
    ],
)
def test_admin_refuses_an_over_long_text_with_a_form_error(rf, editor, model, field, limit):
    request = rf.get("/")
    request.user = editor
    form_class = admin.site._registry[model].get_form(request)
    form = form_class(data={field: "x" * (limit + 1)})
    assert f"Ensure this value has at most {limit} characters (it has {limit + 1})." in form.errors[field]
    # The box itself stops typing at the limit.
    assert f'maxlength="{limit}"' in str(form[field])


def test_a_cited_passage_longer_than_a_passage_can_be_is_a_form_error(seeded):
    form = OutcomeForm(data={"passage": "x" * (PASSAGE_LENGTH + 1)})
    assert f"Ensure this value has at most {PASSAGE_LENGTH} characters" in " ".join(form.errors["passage"])


def test_json_refusal_names_every_over_long_parameter(client, seeded):
    response = client.get("/api/events/", {"q": TOO_LONG, "forum": TOO_LONG, "year": "2020"})
    assert response.status_code == 400
    assert set(json.loads(response.content)) == {"q", "forum"}
