"""The Atom feed and the calendar as feed readers and calendar programs read them: feedparser, and the strict `ical`
parser that Home Assistant uses, rather than our own reading of the XML and iCalendar text."""

import datetime

import feedparser
import pytest
from django.urls import reverse
from ical.calendar_stream import IcsCalendarStream

from meetings.models import Event, Forum

FILTERED = {"forum": "commit-som", "country": "vn"}


def parsed_atom(client, params=None, **headers):
    response = client.get(reverse("meetings:feed-atom"), params or {}, **headers)
    assert response.status_code == 200
    return feedparser.parse(response.content)


def test_feedparser_reads_the_feed_without_complaint_and_finds_its_author(client, seeded):
    feed = parsed_atom(client)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.author == "kbase editors"
    assert feed.entries
    assert all(entry.author == "kbase editors" for entry in feed.entries)


def test_a_filtered_feed_names_itself_with_its_filters(client, seeded):
    feed = parsed_atom(client, FILTERED)
    assert not feed.bozo, feed.get("bozo_exception")
    self_link = next(link.href for link in feed.feed.links if link.rel == "self")
    assert self_link.startswith("http://testserver/feeds/meetings.atom?")
    assert "forum=commit-som" in self_link and "country=vn" in self_link
    unfiltered = parsed_atom(client)
    assert feed.feed.id != unfiltered.feed.id
    assert "forum=commit-som" in feed.feed.id and "country=vn" in feed.feed.id
    # The alternate link is the meeting list under the same filters.
    assert "forum=commit-som" in feed.feed.link and feed.feed.link.startswith("http://testserver/events/?")


def test_an_empty_filter_does_not_make_a_feed_of_its_own(client, seeded):
    assert parsed_atom(client, {"forum": "", "country": ""}).feed.id == parsed_atom(client).feed.id


def test_entry_ids_carry_the_configured_site_not_the_host_asked(client, seeded, settings):
    settings.KBASE_SITE_URL = "https://kbase.example.org"
    settings.ALLOWED_HOSTS = ["testserver", "alias.example.net"]
    ids = [entry.id for entry in parsed_atom(client).entries]
    alias_ids = [entry.id for entry in parsed_atom(client, HTTP_HOST="alias.example.net").entries]
    assert ids == alias_ids
    assert all(entry_id.startswith("tag:kbase.example.org,") for entry_id in ids)
    settings.KBASE_SITE_URL = "https://other-deployment.example.org"
    assert not set(ids) & {entry.id for entry in parsed_atom(client).entries}


@pytest.mark.parametrize("path", ["/events/", "/events/?forum=commit-som&country=vn"])
def test_the_meeting_list_points_feed_readers_to_its_feed(client, seeded, path):
    page = client.get(path).content.decode()
    feed_path = reverse("meetings:feed-atom") + path.removeprefix("/events/").replace("&", "&amp;")
    assert '<link rel="alternate" type="application/atom+xml" title="' in page
    assert f'href="{feed_path}"' in page
    feed = feedparser.parse(client.get(feed_path.replace("&amp;", "&")).content)
    assert not feed.bozo


def test_a_meeting_page_points_to_the_feed_of_its_forum(client, seeded):
    event = Event.objects.filter(forum__isnull=False).select_related("forum").first()
    page = client.get(event.get_absolute_url()).content.decode()
    assert f'href="{reverse("meetings:feed-atom")}?forum={event.forum.slug}"' in page
    assert 'type="application/atom+xml"' in page


# --- iCalendar ---------------------------------------------------------------------------------------------------


def read_calendar(client, params=None, **headers):
    response = client.get(reverse("meetings:feed-ics"), params or {}, **headers)
    assert response.status_code == 200
    return IcsCalendarStream.calendar_from_ics(response.getvalue().decode())


@pytest.mark.parametrize("params", [{}, {"forum": "commit-som"}, {"country": "la"}, {"year": "2030"}])
def test_the_strict_parser_reads_every_calendar(client, seeded, params):
    calendar = read_calendar(client, params)
    expected = Event.objects.top_level().filter(start_date_precision="day", start_date__isnull=False)
    if not params:
        assert len(calendar.events) == expected.count() > 0
    assert all(event.uid and event.dtstart for event in calendar.events)


def test_uids_are_the_same_under_two_host_names(client, seeded, settings):
    settings.KBASE_SITE_URL = "https://kbase.example.org"
    settings.ALLOWED_HOSTS = ["testserver", "alias.example.net"]
    uids = [event.uid for event in read_calendar(client).events]
    assert uids == [event.uid for event in read_calendar(client, HTTP_HOST="alias.example.net").events]
    assert all(uid.endswith("@kbase.example.org") for uid in uids)


def test_only_held_meetings_are_confirmed(client, seeded):
    forum = Forum.objects.first()
    day = datetime.date(2031, 5, 6)
    for status in Event.Status.values:
        Event.objects.create(title=f"Meeting {status}", forum=forum, start_date=day, status=status)
    statuses = {event.summary: str(event.status) for event in read_calendar(client, {"year": "2031"}).events}
    assert statuses == {
        "Meeting held": "EventStatus.CONFIRMED",
        "Meeting planned": "EventStatus.TENTATIVE",
        "Meeting referenced": "EventStatus.TENTATIVE",
    }
