"""What a meeting's page tells machines that read pages: search engines, link previews, citation managers.

`{% event_linked_data event %}` writes schema.org Event data as JSON-LD, built from what the page has already loaded
(the meeting with its forum, country, parent and participations), so it costs no query. It is a data block
(<script type="application/ld+json">): browsers never run it, so the Content Security Policy, which allows no inline
script, does not concern it.
"""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .. import site
from ..models import Event, ParticipationRole, iso_partial_date

register = template.Library()

ATTENDANCE_MODES = {
    Event.Format.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Event.Format.VIRTUAL: "https://schema.org/OnlineEventAttendanceMode",
    Event.Format.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}

# In a <script> element only "</" could end the data early; these escapes keep any text inert (as json_script does).
SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def organization(org):
    return {"@type": "Organization", "name": org.name, "url": site.absolute(org.get_absolute_url())}


def organizer(event):
    """Who organised the meeting: its organiser, else its host organization, else its forum's convenor."""
    by_role = {}
    for participation in event.participations.all():
        if participation.organization is not None:
            by_role.setdefault(participation.role, participation.organization)
    found = by_role.get(ParticipationRole.ORGANISER) or by_role.get(ParticipationRole.HOST)
    if found is None and event.forum is not None:
        found = event.forum.convened_by
    return organization(found) if found is not None else None


def location(event):
    """The place as precisely as it is known, or the meeting's own page for a meeting held online."""
    if event.format == Event.Format.VIRTUAL:
        return {"@type": "VirtualLocation", "url": site.absolute(event.get_absolute_url())}
    address = {"@type": "PostalAddress"}
    if event.city:
        address["addressLocality"] = event.city
    if event.country is not None:
        address["addressCountry"] = event.country.code
    name = event.venue or event.city or (event.country.name if event.country is not None else "")
    if not name:
        return None
    return {"@type": "Place", "name": name, "address": address}


def event_data(event):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": site.absolute(event.get_absolute_url()),
        "url": site.absolute(event.get_absolute_url()),
        "name": event.title,
        "description": event.summary or None,
        # As precisely as the reports give them: "2025", "2025-11" or "2025-11-12" (ISO 8601 reduced precision).
        "startDate": iso_partial_date(event.start_date, event.start_date_precision),
        "endDate": iso_partial_date(event.end_date, event.end_date_precision),
        # schema.org has no status for "held" or "only referred to"; EventScheduled is what it assumes for both, and
        # neither was cancelled, postponed or moved.
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES.get(event.format),
        "location": location(event),
        "organizer": organizer(event),
        "superEvent": (
            {"@type": "Event", "name": event.parent.title, "url": site.absolute(event.parent.get_absolute_url())}
            if event.parent is not None
            else None
        ),
    }
    return {key: value for key, value in data.items() if value is not None}


@register.simple_tag
def event_linked_data(event):
    text = json.dumps(event_data(event), ensure_ascii=False).translate(SCRIPT_SAFE)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag
def site_address(path):
    """path as an absolute address on the configured site: the canonical one, whatever host the reader used."""
    return site.absolute(path)
