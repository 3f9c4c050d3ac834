"""The meeting list of the API written from plain rows: what EventListSerializer writes, at a fraction of the cost.

A page of fifty meetings read as model instances (each with its forum, country and parent) and written field by
field through REST framework's serializers took six times its SQL. Here the page is read with .values(), the
topics with one query for the page, and each item is one dict built from the row. EventListSerializer stays the
description of the output (the schema is made from it, and the detail uses it); tests compare the two outputs
item by item, so they cannot drift apart.
"""

from ..models import Event, format_partial_date, iso_partial_date
from .serializers import Addresses, EventListSerializer

EVENT_FIELDS = [
    "pk",
    "slug",
    "title",
    "number",
    "start_date",
    "start_date_precision",
    "end_date",
    "end_date_precision",
    "date_inferred",
    "format",
    "status",
    "venue",
    "city",
    "summary",
    "created_at",
    "updated_at",
    "forum__slug",
    "forum__name",
    "forum__short_name",
    "parent__slug",
    "parent__title",
    "parent__start_date",
    "parent__start_date_precision",
    "country__code",
    "country__name",
]


def date_display(start, start_precision, end, end_precision):
    """Event.date_display, from the row's columns."""
    start_text = format_partial_date(start, start_precision)
    end_text = format_partial_date(end, end_precision)
    return start_text if not end_text or end_text == start_text else f"{start_text} – {end_text}"


def event_list(rows, context):
    """The API's items for one page of meetings, `rows` being dicts of EVENT_FIELDS, in the page's order."""
    addresses = Addresses.of(context)
    # The serializer's own field writes the timestamps, so the time zone and format stay REST framework's.
    timestamp = EventListSerializer(context=context).fields["created_at"].to_representation
    topics = {}
    for event_id, slug in (
        Event.topics.through.objects.filter(event_id__in=[row["pk"] for row in rows])
        .order_by("topic__name", "topic_id")
        .values_list("event_id", "topic__slug")
    ):
        topics.setdefault(event_id, []).append(slug)

    def api(route, key_kind, key):
        return addresses.api(f"api:{route}-detail", key_kind, key)

    def page(route, key):
        return addresses.page(f"meetings:{route}-detail", key)

    items = []
    for row in rows:
        forum, parent, country = None, None, None
        if row["forum__slug"] is not None:
            forum = {
                "slug": row["forum__slug"],
                "name": row["forum__name"],
                "short_name": row["forum__short_name"],
                "url": api("forum", "slug", row["forum__slug"]),
                "html_url": page("forum", row["forum__slug"]),
            }
        if row["parent__slug"] is not None:
            parent = {
                "slug": row["parent__slug"],
                "title": row["parent__title"],
                "start_date": iso_partial_date(row["parent__start_date"], row["parent__start_date_precision"]),
                "url": api("event", "slug", row["parent__slug"]),
                "html_url": page("event", row["parent__slug"]),
            }
        if row["country__code"] is not None:
            code = row["country__code"].lower()
            country = {
                "code": row["country__code"],
                "name": row["country__name"],
                "url": api("country", "code", code),
                "html_url": page("country", code),
            }
        items.append(
            {
                "slug": row["slug"],
                "url": api("event", "slug", row["slug"]),
                "html_url": page("event", row["slug"]),
                "title": row["title"],
                "forum": forum,
                "number": row["number"],
                "parent": parent,
                "start_date": iso_partial_date(row["start_date"], row["start_date_precision"]),
                "start_date_precision": row["start_date_precision"],
                "end_date": iso_partial_date(row["end_date"], row["end_date_precision"]),
                "end_date_precision": row["end_date_precision"],
                "date_display": date_display(
                    row["start_date"], row["start_date_precision"], row["end_date"], row["end_date_precision"]
                ),
                "date_inferred": row["date_inferred"],
                "format": row["format"],
                "status": row["status"],
                "venue": row["venue"],
                "city": row["city"],
                "country": country,
                "summary": row["summary"],
                "topics": topics.get(row["pk"], []),
                "created_at": timestamp(row["created_at"]),
                "updated_at": timestamp(row["updated_at"]),
            }
        )
    return items
