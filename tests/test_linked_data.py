"""Meeting pages as search engines and link previews read them: extruct finds the schema.org Event (JSON-LD), the
Open Graph tags and the canonical link on every meeting page."""

import datetime

import extruct
from django.test import override_settings

from meetings.models import DatePrecision, Event, iso_partial_date


def page_data(client, event):
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    return html, extruct.extract(html, base_url="http://testserver/", syntaxes=["json-ld", "opengraph"], uniform=True)


@override_settings(KBASE_SITE_URL="https://kbase.example.org")
def test_extruct_finds_the_event_on_every_meeting_page(client, seeded):
    events = Event.objects.select_related("country", "forum")
    assert events.count() > 5
    for event in events:
        html, data = page_data(client, event)
        found = [item for item in data["json-ld"] if item.get("@type") == "Event"]
        assert len(found) == 1, event.slug
        item = found[0]
        canonical = f"https://kbase.example.org{event.get_absolute_url()}"
        assert item["name"] == event.title and item["url"] == canonical
        assert item.get("startDate") == iso_partial_date(event.start_date, event.start_date_precision)
        assert item["eventStatus"] == "https://schema.org/EventScheduled"
        if event.city or event.venue or event.country or event.format == "virtual":
            assert item["location"]["@type"] in {"Place", "VirtualLocation"}, event.slug
        if event.country and event.format != "virtual":
            assert item["location"]["address"]["addressCountry"] == event.country.code
        assert f'<link rel="canonical" href="{canonical}">' in html
        og = data["opengraph"][0]
        assert og["og:title"] == event.title and og["og:url"] == canonical


def test_dates_are_given_at_their_real_precision(client, seeded):
    month = Event.objects.create(
        title="A meeting known to the month",
        start_date=datetime.date(2025, 11, 1),
        start_date_precision=DatePrecision.MONTH,
    )
    year = Event.objects.create(
        title="A meeting known to the year",
        start_date=datetime.date(2025, 1, 1),
        start_date_precision=DatePrecision.YEAR,
    )
    assert page_data(client, month)[1]["json-ld"][0]["startDate"] == "2025-11"
    assert page_data(client, year)[1]["json-ld"][0]["startDate"] == "2025"


def test_the_organizer_is_the_forums_convenor_or_the_organiser(client, seeded):
    event = Event.objects.filter(forum__convened_by__isnull=False).select_related("forum__convened_by").first()
    organizer = page_data(client, event)[1]["json-ld"][0]["organizer"]
    organisers = event.participations.filter(role__in=["organiser", "host"], organization__isnull=False)
    names = {p.organization.name for p in organisers} or {event.forum.convened_by.name}
    assert organizer["@type"] == "Organization" and organizer["name"] in names


def test_text_cannot_end_the_data_block(client, seeded):
    event = Event.objects.create(title="</script><script>alert(1)</script>", start_date=datetime.date(2025, 1, 2))
    html, data = page_data(client, event)
    assert "</script><script>alert(1)" not in html
    assert data["json-ld"][0]["name"] == event.title
