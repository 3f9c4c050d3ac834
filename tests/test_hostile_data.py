"""Records whose names and texts carry markup or spreadsheet formulas are shown as text wherever they appear.

An editor may paste anything, and a report may quote anything. The strings below must read as typed on every
public page, in the admin, in the CSV downloads, the feeds, the JSON API and Popolo, and never run: no script or
injected element in a page, no formula in a spreadsheet.
"""

import csv
import datetime
import html
import io
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from icalendar import Calendar

from meetings.exports import FORMULA_START, safe_cell
from meetings.models import (
    Agreement,
    Attendance,
    Country,
    Event,
    EventAgreement,
    EventCitation,
    Forum,
    Organization,
    Outcome,
    OutcomeCitation,
    Participation,
    Person,
    SourceReport,
    Statement,
)

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
HYPERLINK = '=HYPERLINK("http://evil.example","click")'

ORGANIZATION = f"{SCRIPT} Bureau"
PERSON = f"{IMG} Minister"
EVENT = f"{SCRIPT} meeting"
FORUM = HYPERLINK
AGREEMENT = f"{IMG} Accord"
OUTCOME = f"{HYPERLINK} decided {SCRIPT}"
STATEMENT = f"We said {SCRIPT} and {IMG}."
REPORT = f"{SCRIPT} report"
REPORT_TEXT = (
    f"The {ORGANIZATION} hosted a meeting in Vientiane on 4 March 2025.\n\n"
    f"{PERSON} opened it. {STATEMENT}\n\n"
    f"The meeting decided: {OUTCOME}."
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def hostile(seeded):
    """A meeting and everything around it, every free text written to break a page, a feed or a spreadsheet."""
    source = SourceReport.objects.create(
        title=REPORT, author=IMG, published_on=datetime.date(2025, 3, 5), text=REPORT_TEXT, editorial_note=SCRIPT
    )
    organization = Organization.objects.create(
        name=ORGANIZATION, acronym="@SUM(1)", kind=Organization.Kind.MECHANISM, description=IMG
    )
    person = Person.objects.create(name=PERSON, honorific_prefix="+1", given_name="-1", summary=SCRIPT)
    forum = Forum.objects.create(name=FORUM, short_name=SCRIPT[:40], description=IMG)
    agreement = Agreement.objects.create(name=AGREEMENT, short_name="-1", kind="convention", description=SCRIPT)
    event = Event.objects.create(
        title=EVENT,
        summary=IMG,
        venue=HYPERLINK,
        city="@SUM(1)",
        date_note="+1",
        forum=forum,
        country=Country.objects.get(code="LA"),
        start_date=datetime.date(2025, 3, 4),
    )
    EventCitation.objects.create(event=event, source=source, passage=REPORT_TEXT.split("\n")[0])
    Participation.objects.create(event=event, organization=organization, role="host")
    attendance = Attendance.objects.create(event=event, person=person, organization=organization, role="speaker")
    Statement.objects.create(attendance=attendance, kind="quote", text=STATEMENT, source=source)
    outcome = Outcome.objects.create(event=event, kind="decision", status="adopted", text=OUTCOME)
    outcome.agreements.add(agreement)
    OutcomeCitation.objects.create(outcome=outcome, source=source, passage=OUTCOME)
    EventAgreement.objects.create(event=event, agreement=agreement, relation="cited")
    return {
        "source": source,
        "organization": organization,
        "person": person,
        "forum": forum,
        "agreement": agreement,
        "event": event,
        "outcome": outcome,
    }


# --- Reading a page as a browser would ------------------------------------------------------------------------


class Page(HTMLParser):
    """A page as a browser builds it: its elements, the text it shows and the values its attributes hold."""

    def __init__(self, markup):
        super().__init__(convert_charrefs=True)
        self.elements, self.scripts, self.data_blocks, self.texts, self.values = [], [], [], [], []
        self._in_script = self._in_data = False
        # A matched word is marked inside its text ("<mark>alert</mark>(1)"): a browser shows it joined to the text
        # around it, so the text on either side of a <mark> is read as one.
        self._glue = False
        self.feed(markup)
        self.close()
        self.text = " ".join(" ".join(self.texts).split())

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self.values += [value for _, value in attrs if value]
        # A JSON-LD block is data that browsers never run (the meeting's schema.org Event); it is checked apart.
        self._in_data = tag == "script" and dict(attrs).get("type") == "application/ld+json"
        self._in_script = tag == "script" and not self._in_data
        self._glue = tag == "mark"

    def handle_endtag(self, tag):
        self._in_script = self._in_data = False
        self._glue = tag == "mark"

    def handle_data(self, data):
        if self._in_data:
            self.data_blocks.append(data)
        elif self._in_script:
            self.scripts.append(data)
        elif self._glue and self.texts:
            self.texts[-1] += data
        else:
            self.texts.append(data)
        self._glue = False


def assert_shown_as_text(response, *expected, in_attributes=False):
    assert response.status_code == 200, response.status_code
    page = Page(response.content.decode())
    assert not [attrs for tag, attrs in page.elements if tag == "img" and "onerror" in attrs], "an <img> got in"
    assert not [body for body in page.scripts if "alert(1)" in body], "a <script> got in"
    # Data blocks hold the hostile text only as JSON, with no "<" that could end the block and start a script.
    assert all(json.loads(block) and "<" not in block for block in page.data_blocks), "a data block is not inert"
    for text in expected:
        text = " ".join(text.split())
        shown = text in page.text or (in_attributes and any(text in value for value in page.values))
        assert shown, f"{text!r} is not shown"


# --- Public pages ---------------------------------------------------------------------------------------------


def test_meeting_page_shows_hostile_names_and_texts_as_text(client, hostile):
    response = client.get(hostile["event"].get_absolute_url())
    assert_shown_as_text(response, EVENT, IMG, HYPERLINK, ORGANIZATION, PERSON, STATEMENT, OUTCOME, AGREEMENT, REPORT)


@pytest.mark.parametrize(
    "record,expected",
    [
        ("organization", [ORGANIZATION, IMG, EVENT, PERSON]),
        ("person", [PERSON, SCRIPT, EVENT, STATEMENT]),
        ("forum", [FORUM, IMG, EVENT]),
        ("agreement", [AGREEMENT, SCRIPT, EVENT, OUTCOME]),
    ],
)
def test_record_pages_show_hostile_names_and_texts_as_text(client, hostile, record, expected):
    assert_shown_as_text(client.get(hostile[record].get_absolute_url()), *expected)


def test_report_page_shows_its_text_as_text_with_hostile_names_linked(client, hostile):
    response = client.get(hostile["source"].get_absolute_url())
    assert_shown_as_text(response, REPORT, IMG, ORGANIZATION, PERSON, STATEMENT, OUTCOME)
    # The names in the text still link to their records, the link text being the name as typed.
    page = Page(response.content.decode())
    links = [attrs for tag, attrs in page.elements if tag == "a" and attrs.get("class") == "record-link"]
    assert {link["href"] for link in links} >= {
        hostile["organization"].get_absolute_url(),
        hostile["person"].get_absolute_url(),
    }
    assert {link["title"] for link in links} >= {ORGANIZATION, PERSON}


@pytest.mark.parametrize(
    "url,expected",
    [
        ("/events/", [EVENT, FORUM, ORGANIZATION]),
        ("/events/?q=alert", [EVENT]),
        ("/outcomes/?q=decided", [OUTCOME, EVENT]),
        ("/organizations/?q=bureau", [ORGANIZATION]),
        ("/people/?q=minister", [PERSON]),
        ("/forums/", [FORUM]),
        ("/agreements/?q=accord", [AGREEMENT]),
        ("/sources/?q=alert", [REPORT]),
        ("/", [EVENT]),
    ],
)
def test_lists_show_hostile_names_as_text(client, hostile, url, expected):
    assert_shown_as_text(client.get(url), *expected)


def test_search_results_and_snippets_show_hostile_text_as_text(client, hostile):
    response = client.get("/search/", {"q": "alert"})
    assert_shown_as_text(response, EVENT, ORGANIZATION, PERSON, AGREEMENT, REPORT)
    # The report's snippet marks the matching word, itself shown as typed.
    page = Page(response.content.decode())
    assert ("mark", {}) in page.elements
    assert SCRIPT in page.text


def test_a_hostile_query_is_shown_as_text(client, hostile):
    for url in ("/search/", "/events/", "/organizations/"):
        assert_shown_as_text(client.get(url, {"q": IMG}), in_attributes=True)


# --- Admin ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "record,model,expected",
    [
        ("event", "event", EVENT),
        ("organization", "organization", ORGANIZATION),
        ("person", "person", PERSON),
        ("forum", "forum", FORUM),
        ("agreement", "agreement", AGREEMENT),
        ("source", "sourcereport", REPORT),
        ("outcome", "outcome", OUTCOME[:80]),
    ],
)
def test_admin_lists_and_forms_show_hostile_names_as_text(editor_client, hostile, record, model, expected):
    changelist = editor_client.get(f"/admin/meetings/{model}/", {"q": expected.split()[-1]})
    assert_shown_as_text(changelist, expected)
    change = editor_client.get(f"/admin/meetings/{model}/{hostile[record].pk}/change/")
    assert_shown_as_text(change, expected, in_attributes=True)


def test_admin_meeting_form_shows_the_hostile_rows_of_its_inlines_as_text(editor_client, hostile):
    response = editor_client.get(f"/admin/meetings/event/{hostile['event'].pk}/change/")
    assert_shown_as_text(response, IMG, HYPERLINK, OUTCOME, in_attributes=True)


# --- CSV ------------------------------------------------------------------------------------------------------


def csv_rows(client, url):
    response = client.get(url)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    "url,key,value,expected",
    [
        ("/events.csv", "slug", "event", {"title": EVENT, "venue": f"'{HYPERLINK}", "city": "'@SUM(1)"}),
        ("/events.csv", "slug", "event", {"date_note": "'+1", "forum": f"'{HYPERLINK}"}),
        ("/outcomes.csv", "event_slug", "event", {"text": f"'{OUTCOME}", "agreements": "'-1", "forum": f"'{FORUM}"}),
        ("/organizations.csv", "slug", "organization", {"name": ORGANIZATION, "acronym": "'@SUM(1)"}),
        ("/people.csv", "slug", "person", {"name": PERSON, "honorific_prefix": "'+1", "given_name": "'-1"}),
        ("/forums.csv", "slug", "forum", {"name": f"'{FORUM}", "short_name": SCRIPT[:40]}),
        ("/agreements.csv", "slug", "agreement", {"name": AGREEMENT, "short_name": "'-1"}),
        ("/sources.csv", "slug", "source", {"title": REPORT, "author": IMG}),
    ],
)
def test_csv_cells_that_would_run_as_formulas_are_made_text(client, hostile, url, key, value, expected):
    rows = csv_rows(client, url)
    row = next(row for row in rows if row[key] == hostile[value].slug)
    assert {name: row[name] for name in expected} == expected
    # Not one cell of the download starts a formula.
    assert not [cell for row in rows for cell in row.values() if cell.startswith(FORMULA_START)]


def test_csv_writes_numbers_as_numbers_and_text_that_looks_like_one_as_text(client, hostile):
    # The type decides, not the look: a real number, negative or not, stays a number a spreadsheet can sum.
    assert [safe_cell(value) for value in (-1, 2.5, 14, "-1", "+1", "14")] == [-1, 2.5, 14, "'-1", "'+1", "14"]
    rows = csv_rows(client, "/outcomes.csv")
    assert str(hostile["outcome"].pk) in {row["id"] for row in rows}


# --- Feeds ----------------------------------------------------------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_keeps_hostile_text_as_text(client, hostile):
    response = client.get("/feeds/meetings.atom")
    root = ET.fromstring(response.content)  # well-formed XML, whatever the titles hold
    entry = next(e for e in root.iter(f"{ATOM}entry") if e.find(f"{ATOM}title").text.startswith(EVENT))
    assert entry.find(f"{ATOM}title").text == str(hostile["event"])
    assert entry.find(f"{ATOM}category").get("term") == FORUM
    # The summary is HTML a reader renders: the markup in it is escaped, so it renders as the text typed.
    summary = entry.find(f"{ATOM}summary").text
    assert "<img" not in summary and IMG in html.unescape(summary)


def test_ical_feed_keeps_hostile_text_as_text(client, hostile):
    calendar = Calendar.from_ical(client.get("/feeds/meetings.ics").getvalue())
    item = next(c for c in calendar.walk("VEVENT") if str(c["summary"]) == EVENT)
    assert str(item["location"]).startswith(HYPERLINK)
    assert str(item["description"]).startswith(IMG)


# --- JSON -----------------------------------------------------------------------------------------------------


def test_api_gives_hostile_text_intact_in_valid_json(client, hostile):
    checks = [
        (f"/api/events/{hostile['event'].slug}/", {"title": EVENT, "summary": IMG, "venue": HYPERLINK}),
        (f"/api/organizations/{hostile['organization'].slug}/", {"name": ORGANIZATION, "acronym": "@SUM(1)"}),
        (f"/api/people/{hostile['person'].slug}/", {"name": PERSON, "summary": SCRIPT}),
        (f"/api/sources/{hostile['source'].slug}/", {"title": REPORT, "text": REPORT_TEXT}),
        (f"/api/outcomes/{hostile['outcome'].pk}/", {"text": OUTCOME}),
    ]
    for url, expected in checks:
        response = client.get(url)
        assert response["Content-Type"] == "application/json"
        # Browsers must not read JSON as a page, so the markup in it stays inert.
        assert response["X-Content-Type-Options"] == "nosniff"
        record = json.loads(response.content)
        assert {name: record[name] for name in expected} == expected, url


def test_browsable_api_shows_hostile_text_as_text(client, hostile):
    response = client.get(f"/api/events/{hostile['event'].slug}/", {"output": "api"})
    assert_shown_as_text(response, EVENT)


def test_popolo_gives_hostile_names_intact_in_valid_json(client, hostile):
    document = json.loads(client.get("/api/popolo.json").getvalue())
    assert PERSON in {person["name"] for person in document["persons"]}
    assert ORGANIZATION in {organization["name"] for organization in document["organizations"]}
    assert EVENT in {event["name"] for event in document["events"]}
