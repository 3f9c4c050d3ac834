"""The API's lists written from plain rows: what their serializers write, at a fraction of the cost.

A page of fifty records read as model instances (each with its related records) and written field by field
through REST framework's serializers took five to ten times its SQL. Here a page is read with .values() and each
item is one dict built from its row. The serializers stay the description of the output (the schema is made from
them, and the details use them):

- RowWriter reads a list serializer's declared fields once and writes the same keys from the row's columns: plain
  model fields through the serializer's own field (so formats and time zones stay REST framework's), addresses,
  partial dates, and related records written as references (one join each, as select_related did). A serializer
  with any other kind of field (a list of related records, a computed field) is written by REST framework as before.
- event_list() writes the meeting list, whose topics need one more query per page.

Tests compare each list's output with its serializer's, item by item, so the two cannot drift apart.
"""

from django.core.exceptions import FieldDoesNotExist
from rest_framework import serializers

from ..models import Event, format_partial_date, iso_partial_date
from .serializers import (
    PAGE_ROUTES,
    Addresses,
    ApiUrlField,
    EventListSerializer,
    HtmlUrlField,
    PartialDateField,
    address_key,
)

# Fields written by the serializer's own to_representation from a column's value.
PLAIN_FIELDS = (
    serializers.BooleanField,
    serializers.CharField,
    serializers.ChoiceField,
    serializers.DateField,
    serializers.DateTimeField,
    serializers.IntegerField,
)


class Unsupported(Exception):
    """A serializer with a field RowWriter cannot write from a row: REST framework writes it."""


class RowWriter:
    """Writes what `serializer` writes for a record from a .values() row of `columns`."""

    def __init__(self, serializer, prefix=""):
        self.columns = []
        self.steps = []
        model = serializer.Meta.model
        for field in serializer._readable_fields:
            self.steps.append((field.field_name, self._step(model, field, prefix)))

    def _column(self, name):
        if name not in self.columns:
            self.columns.append(name)
        return name

    def _step(self, model, field, prefix):
        if isinstance(field, ApiUrlField):
            column, kind, route = self._column(prefix + field.key_kind), field.key_kind, field.view_name
            return lambda row, addresses: addresses.api(route, kind, address_key(kind, row[column]))
        if isinstance(field, HtmlUrlField):
            route, key = PAGE_ROUTES[model]
            column = self._column(prefix + key)
            return lambda row, addresses: addresses.page(route, address_key(key, row[column]))
        if isinstance(field, PartialDateField):
            value = self._column(prefix + field.date_field)
            precision = self._column(f"{prefix}{field.date_field}_precision")
            return lambda row, addresses: iso_partial_date(row[value], row[precision])
        if len(field.source_attrs) != 1:
            raise Unsupported(field.field_name)
        try:
            model_field = model._meta.get_field(field.source)
        except FieldDoesNotExist:
            raise Unsupported(field.field_name) from None
        if isinstance(field, serializers.ModelSerializer) and model_field.many_to_one:
            # A reference to a related record: its own fields from the joined columns, None when there is none.
            nested = RowWriter(field, f"{prefix}{field.source}__")
            for column in nested.columns:
                self._column(column)
            present = self._column(f"{prefix}{field.source}__pk")
            return lambda row, addresses: nested.write(row, addresses) if row[present] is not None else None
        if isinstance(field, PLAIN_FIELDS) and model_field.concrete and not model_field.is_relation:
            column, write = self._column(prefix + field.source), field.to_representation
            return lambda row, addresses: None if row[column] is None else write(row[column])
        raise Unsupported(field.field_name)

    def write(self, row, addresses):
        return {name: step(row, addresses) for name, step in self.steps}

    def write_all(self, rows, context):
        addresses = Addresses.of(context)
        return [self.write(row, addresses) for row in rows]


_writers = {}


def writer_for(serializer_class):
    """The RowWriter of a list serializer, made once; None when REST framework has to write it."""
    if serializer_class not in _writers:
        try:
            _writers[serializer_class] = RowWriter(serializer_class())
        except Unsupported:
            _writers[serializer_class] = None
    return _writers[serializer_class]


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
