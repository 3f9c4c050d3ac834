"""Bad input is a 400 or a form error that says what is wrong, never a server error.

These tests pin the faults that hostile query strings and pasted texts caused.
"""

import datetime
import xml.etree.ElementTree as ET

import pytest
from icalendar import Calendar

from meetings.models import Event

pytestmark = pytest.mark.django_db


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
    item = next(c for c in Calendar.from_ical(ics.content).walk("VEVENT") if "PDF" in str(c["summary"]))
    assert str(item["summary"]) == "Pasted from a PDF"
    assert str(item["description"]).startswith("Text with controls")
