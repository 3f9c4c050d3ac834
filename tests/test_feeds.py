"""Atom and iCalendar feeds of meetings."""

import datetime
import xml.etree.ElementTree as ET

from django.urls import reverse
from icalendar import Calendar

from meetings.lists.events import EventFilter
from meetings.models import Country, Event, Forum

ATOM = "{http://www.w3.org/2005/Atom}"


def atom_entries(client, **params):
    response = client.get(reverse("meetings:feed-atom"), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    return root.findall(f"{ATOM}entry")


def entry_slug(entry):
    return entry.find(f"{ATOM}link").get("href").rstrip("/").rsplit("/", 1)[-1]


def calendar(client, **params):
    response = client.get(reverse("meetings:feed-ics"), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.getvalue())


def vevents(cal):
    return [c for c in cal.walk() if c.name == "VEVENT"]


def add_meeting(title, summary="", **fields):
    fields.setdefault("start_date", datetime.date(2025, 3, 4))
    return Event.objects.create(title=title, summary=summary, **fields)


# --- Atom ----------------------------------------------------------------------------


def test_atom_feed_lists_the_newest_recorded_meeting_first_linking_to_its_page(client, seeded):
    new = add_meeting("Freshly recorded meeting", "Just added.")
    entries = atom_entries(client)
    assert len(entries) == Event.objects.top_level().count()
    first = entries[0]
    assert first.find(f"{ATOM}title").text.startswith("Freshly recorded meeting")
    assert first.find(f"{ATOM}link").get("href") == f"http://testserver{new.get_absolute_url()}"
    assert "Just added." in first.find(f"{ATOM}summary").text
    # Sessions are not separate entries.
    assert "2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons-day-1" not in map(entry_slug, entries)


def test_atom_feed_follows_the_forum_and_country_filters(client, seeded):
    for params in [{"forum": "commit-som"}, {"country": "vn"}, {"country": "la", "forum": "commit-som"}]:
        expected = set(EventFilter(params, queryset=Event.objects.top_level()).qs.values_list("slug", flat=True))
        assert {entry_slug(e) for e in atom_entries(client, **params)} == expected, params
    assert {entry_slug(e) for e in atom_entries(client, forum="commit-som")} == {
        "2020-14th-commit-senior-officials-meeting"
    }


def test_html_in_a_summary_is_escaped_in_the_atom_feed(client, seeded):
    add_meeting("Meeting with markup", 'Said <script>alert("x")</script> & <b>more</b>.')
    entry = atom_entries(client)[0]
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    # The summary is HTML; once a reader decodes it the markup must still be text, not tags.
    assert "<script>" not in summary.text
    assert "&lt;script&gt;" in summary.text
    assert "&amp;" in summary.text


def test_feeds_refuse_bad_filters_with_a_400_that_explains(client, seeded):
    for name in ("meetings:feed-atom", "meetings:feed-ics"):
        for params, field in [({"country": "zz"}, "country"), ({"forum": "nope"}, "forum"), ({"year": "x"}, "year")]:
            response = client.get(reverse(name), params)
            assert response.status_code == 400, (name, params)
            assert field in response.content.decode()


# --- iCalendar -----------------------------------------------------------------------


def test_ical_feed_gives_day_precision_meetings_as_all_day_events(client, seeded):
    cal = calendar(client)
    events = {str(e["summary"]): e for e in vevents(cal)}
    commit = events["14th COMMIT Senior Officials Meeting"]
    assert commit.decoded("dtstart") == datetime.date(2020, 12, 16)
    assert not isinstance(commit.decoded("dtstart"), datetime.datetime)
    assert commit.decoded("dtend") == datetime.date(2020, 12, 17)
    assert str(commit["url"]).endswith("/events/2020-14th-commit-senior-officials-meeting/")
    dialogue = events["International People Smuggling Strategic Dialogue"]
    assert dialogue.decoded("dtend") == datetime.date(2024, 12, 12), "DTEND is the day after the last day"
    assert len({str(e["uid"]) for e in vevents(cal)}) == len(vevents(cal))


def test_ical_feed_leaves_out_meetings_known_only_to_the_month_or_year(client, seeded):
    add_meeting("Month-only meeting", start_date=datetime.date(2023, 5, 1), start_date_precision="month")
    add_meeting("Year-only meeting", start_date=datetime.date(2022, 1, 1), start_date_precision="year")
    add_meeting("Day meeting", start_date=datetime.date(2023, 5, 9))
    titles = {str(e["summary"]) for e in vevents(calendar(client))}
    assert "Day meeting" in titles
    assert "Month-only meeting" not in titles
    assert "Year-only meeting" not in titles


def test_ical_feed_follows_the_forum_and_country_filters(client, seeded):
    laos = Country.objects.get(code="LA")
    add_meeting("Vientiane meeting", forum=Forum.objects.get(slug="commit-som"), country=laos)
    titles = {str(e["summary"]) for e in vevents(calendar(client, country="la"))}
    expected = EventFilter({"country": "la"}, queryset=Event.objects.top_level().filter(start_date__isnull=False)).qs
    assert titles == {e.title for e in expected}
    assert "Vientiane meeting" in titles
    assert "ASEAN Senior Officials Meeting on Transnational Crime, Siem Reap" not in titles
    titles = {str(e["summary"]) for e in vevents(calendar(client, forum="commit-som"))}
    assert titles == {"Vientiane meeting", "14th COMMIT Senior Officials Meeting"}
    assert vevents(calendar(client, country="la", forum="somtc")) == []


# --- Fixed number of queries ---------------------------------------------------------------


def test_feeds_run_a_fixed_number_of_queries(client, seeded, django_assert_max_num_queries):
    urls = [reverse("meetings:feed-atom") + "?country=la", reverse("meetings:feed-ics") + "?forum=commit-som"]
    # One query reads the knowledge version (the ETag); the calendar takes and gives back a download slot, two more
    # queries on PostgreSQL.
    bounds = [3, 5]
    for url, bound in zip(urls, bounds, strict=True):
        with django_assert_max_num_queries(bound):
            assert client.get(url).status_code == 200
    forum, laos = Forum.objects.get(slug="commit-som"), Country.objects.get(code="LA")
    Event.objects.bulk_create(
        Event(
            slug=f"bulk-{i}",
            title=f"Bulk {i}",
            forum=forum,
            country=laos,
            start_date=datetime.date(2011, 1, 1) + datetime.timedelta(days=i),
        )
        for i in range(80)
    )
    for url, bound in zip(urls, bounds, strict=True):
        with django_assert_max_num_queries(bound):
            response = client.get(url)
            assert response.status_code == 200
            assert b"Bulk 79" in response.getvalue()
