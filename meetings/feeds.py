"""Atom and iCalendar feeds of meetings, filterable like the event list.

Both take the event list's query parameters (EventFilter), most usefully `forum` (a forum's slug) and `country`
(a lower-case country code): /feeds/meetings.atom?forum=commit-som, /feeds/meetings.ics?country=la. A value the
filter refuses is a 400 that says which parameter is wrong. Sessions appear under their meeting, not on their own.
"""

import datetime
import re

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, linebreaks
from django.views.decorators.http import require_safe
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from . import site
from .exports import BATCH, heavy_download, streamed
from .lists.base import bad_parameters
from .lists.events import EventFilter
from .models import DatePrecision, Event

ATOM_ITEMS = 50
FEED_PROBLEM = "The feed cannot be filtered as asked:"

# Control characters (a form feed or vertical tab pasted from a PDF) have no place in XML 1.0, where Django refuses
# to write them, nor in iCalendar text. They are dropped from what the feeds say; tab and line breaks stay.
UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def writable(text):
    """text without the characters XML and iCalendar cannot carry."""
    return UNWRITABLE.sub("", text) if text else text


class MeetingsAtomFeed(Feed):
    """Meetings as they are recorded, newest entry first, so a reader learns what was added."""

    feed_type = Atom1Feed
    title = "kbase: newly recorded meetings"
    subtitle = "Regional counter-trafficking meetings as they are added to the knowledge base."
    item_guid_is_permalink = False
    # RFC 4287 wants an author for the feed or each entry; each entry names it too, as not every reader looks up.
    author_name = item_author_name = "kbase editors"

    def __call__(self, request, *args, **kwargs):
        filterset = EventFilter(request.GET)
        if not filterset.is_valid():
            return bad_parameters(filterset, FEED_PROBLEM)
        # One Feed instance serves every request, so the checked filters travel with the request.
        request.event_filterset = filterset
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return request.event_filterset

    @staticmethod
    def filters(filterset):
        """The query string of the filters in force, so a filtered feed names itself, not the whole feed."""
        query = filterset.data.copy()
        for name in list(query):
            if name not in filterset.filters or not "".join(query.getlist(name)).strip():
                del query[name]
        query = query.urlencode()
        return f"?{query}" if query else ""

    def link(self, filterset):
        return reverse("meetings:event-list") + self.filters(filterset)

    def feed_url(self, filterset):
        return reverse("meetings:feed-atom") + self.filters(filterset)

    def feed_guid(self, filterset):
        # Built from the configured site address, so it is the same whichever host name the reader subscribed by.
        return site.absolute(self.feed_url(filterset))

    def items(self, filterset):
        return filterset.qs.select_related("forum", "country").order_by("-created_at", "-pk")[:ATOM_ITEMS]

    def item_title(self, event):
        return writable(str(event))

    def item_description(self, event):
        # Atom summaries are HTML: escape the text first so markup typed into a summary shows as text.
        return linebreaks(escape(writable(event.summary))) if event.summary else escape(event.date_display)

    def item_link(self, event):
        return event.get_absolute_url()

    def item_guid(self, event):
        # A tag: URI (RFC 4151) whose authority is this deployment's host: two deployments never share an id.
        return f"tag:{site.authority()},{event.created_at:%Y-%m-%d}:event/{event.pk}"

    def item_pubdate(self, event):
        return event.created_at

    def item_updateddate(self, event):
        return event.updated_at

    def item_categories(self, event):
        return [writable(event.forum.name)] if event.forum else []


@require_safe
@heavy_download
def meetings_ics(request):
    """Meetings as a calendar to subscribe to.

    Only meetings whose start is known to the day are in the calendar, as all-day events (DTSTART and DTEND are
    dates; DTEND is the day after the last day, as iCalendar requires). A meeting known only to the month or
    the year is left out rather than pinned to a day it did not happen on; such meetings are on the site.
    A held meeting is CONFIRMED; a planned one, or one only referred to, TENTATIVE. UIDs come from the configured
    site address (KBASE_SITE_URL), never from the Host a calendar program used, so an alias does not duplicate them.
    """
    filterset = EventFilter(request.GET)
    if not filterset.is_valid():
        return bad_parameters(filterset, FEED_PROBLEM)
    events = (
        filterset.qs.select_related("forum", "country")
        .filter(start_date__isnull=False, start_date_precision=DatePrecision.DAY)
        .order_by("start_date", "pk")
    )

    return streamed(calendar_chunks(request, events), "text/calendar; charset=utf-8", "kbase-meetings.ics", "inline")


def calendar_chunks(request, events):
    """The calendar as text, written a batch of meetings at a time so memory stays flat however many there are."""
    calendar = Calendar()
    calendar.add("prodid", "-//kbase//Counter-trafficking meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "kbase: counter-trafficking meetings")
    head, end = calendar.to_ical().decode().rsplit("END:VCALENDAR", 1)
    pieces = [head]
    host = site.authority()
    for count, event in enumerate(events.iterator(chunk_size=BATCH), start=1):
        pieces.append(calendar_event(request, host, event).to_ical().decode())
        if count % BATCH == 0:
            yield "".join(pieces)
            pieces.clear()
    pieces.append("END:VCALENDAR" + end)
    yield "".join(pieces)


def calendar_event(request, host, event):
    last_day = event.end_date if event.end_date_precision == DatePrecision.DAY and event.end_date else None
    page = request.build_absolute_uri(event.get_absolute_url())
    item = CalendarEvent()
    item.add("uid", f"event-{event.pk}@{host}")
    item.add("summary", writable(event.title))
    item.add("dtstart", event.start_date)
    item.add("dtend", (last_day or event.start_date) + datetime.timedelta(days=1))
    item.add("dtstamp", event.updated_at)
    item.add("created", event.created_at)
    item.add("last-modified", event.updated_at)
    item.add("url", page)
    item.add("description", writable(f"{event.summary}\n\n{page}".strip()))
    location = ", ".join(part for part in (event.venue, event.city, str(event.country or "")) if part)
    if location:
        item.add("location", writable(location))
    if event.forum:
        item.add("categories", [writable(event.forum.name)])
    # Only a meeting known to have taken place is CONFIRMED: a planned one, or one a report only mentions, may not.
    item.add("status", "CONFIRMED" if event.status == Event.Status.HELD else "TENTATIVE")
    return item
