"""Streamed CSV downloads. Rows are written as they are read, so an export of any size runs in constant memory."""

import csv
from decimal import Decimal

from django.http import StreamingHttpResponse

# A spreadsheet treats a cell that starts with one of these as a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """value as a CSV cell that a spreadsheet shows rather than runs.

    Text starting like a formula gets a leading apostrophe, which spreadsheets read as "this is text": a name typed
    as "=HYPERLINK(...)" shows as typed. What is text is decided by type, not by look: numbers (ids, counts, meeting
    numbers) are written as numbers, negative ones included, while a name that reads "-1" is text and is made safe.
    Dates and identifiers reach here as text but never start with one of these characters.
    """
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    text = str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


class _Echo:
    def write(self, value):
        return value


def csv_response(filename, header, rows):
    """A streamed CSV download. rows is an iterable of sequences; use queryset.iterator() to keep memory flat."""
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff"  # so spreadsheet programs read UTF-8 names correctly
        yield writer.writerow(header)
        for row in rows:
            yield writer.writerow([safe_cell(value) for value in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
