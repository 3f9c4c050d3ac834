"""Large downloads: the CSV files, the Popolo JSON and the iCalendar feed.

Each is streamed: the body is written batch by batch as the rows are read, so an export of any size starts at
once and runs in bounded memory, and the server's timeouts (scripts/serve) never cut it. Two more promises:

- A download never arrives cut short with status 200 looking complete. The first batch is read before the status
  is sent, so a database that is down gives a 503 page (meetings/outage.py), not an empty file. A failure after
  that is sent as a broken transfer: the server closes the connection without the end of the chunked body, and
  every HTTP client reports the file as incomplete.
- Only a few heavy downloads run at once on the whole site (KBASE_DOWNLOAD_SLOTS), so they cannot take every
  worker from the readers of the pages. One more is answered at once with 503, Retry-After and a message.
"""

import csv
import itertools
import threading
from decimal import Decimal
from functools import wraps

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse

# A spreadsheet treats a cell that starts with one of these as a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Rows read and written per batch: large enough that the per-batch queries cost little, small enough that a batch
# with its prefetched rows stays a few megabytes.
BATCH = 500
# Rows per piece of a CSV body. Smaller than a batch: each piece is held three times over as it is sent (the rows'
# text, the joined piece, its bytes), and a whole export's peak is its largest piece, so pieces of a fifth of a
# batch keep a large export's memory close to a small one's.
CHUNK_ROWS = 100

# PostgreSQL advisory lock keys for the download slots: pg_try_advisory_lock(DOWNLOAD_LOCK, slot number).
DOWNLOAD_LOCK = 0x6B626173  # "kbas"
RETRY_AFTER_SECONDS = 30


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


def batched(rows, size=BATCH):
    """rows in lists of `size`."""
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Buffer:
    """A file for csv.writer that keeps what is written until it is taken."""

    def __init__(self):
        self.parts = []

    def write(self, value):
        self.parts.append(value)

    def take(self):
        text = "".join(self.parts)
        self.parts.clear()
        return text


def csv_chunks(header, rows, batch=CHUNK_ROWS):
    """The CSV text in pieces of `batch` rows each, header first."""
    buffer = _Buffer()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")  # so spreadsheet programs read UTF-8 names correctly
    writer.writerow(header)
    for count, row in enumerate(rows, start=1):
        writer.writerow([safe_cell(value) for value in row])
        if count % batch == 0:
            yield buffer.take()
    yield buffer.take()


class Body:
    """The pieces of a streamed body, the first one made at once; closing it ends the export and runs on_close.

    The server closes the body when it is sent, when the client has gone and after an error, so whatever the
    export holds (a database cursor, a download slot) is given back in every case.
    """

    def __init__(self, chunks):
        self.chunks = iter(chunks)
        self.first = [next(self.chunks, "")]
        self.on_close = []

    def __iter__(self):
        return itertools.chain(self.first, self.chunks)

    def close(self):
        close = getattr(self.chunks, "close", None)
        if close:
            close()
        while self.on_close:
            self.on_close.pop()()


def streamed(chunks, content_type, filename, disposition="attachment"):
    """A streamed download of the text pieces `chunks`.

    The first piece is made before the response is: it runs the export's first queries, so an error there (the
    database is down, a bad value the filters let through) becomes an error response with its own status rather
    than a 200 with an empty body.
    """
    body = Body(chunks)
    response = StreamingHttpResponse(body, content_type=content_type)
    response.download_body = body
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def csv_response(filename, header, rows):
    """A streamed CSV download. rows is an iterable of sequences; use queryset.iterator() to keep memory flat."""
    return streamed(csv_chunks(header, rows), "text/csv; charset=utf-8", filename)


# --- How many heavy downloads at once ----------------------------------------------------------------------------

_held_here = set()  # slots this process holds; a PostgreSQL session may take its own advisory lock twice
_held_lock = threading.Lock()


def take_slot():
    """The number of a free download slot, now held by this thread, or None when every slot is taken.

    On PostgreSQL a slot is a session advisory lock, so the bound holds across every worker process and server
    of the site, and a worker that dies gives its slots back with its connection. On SQLite (a developer's
    machine, one process) the bound is this process's.
    """
    with _held_lock:
        for slot in range(settings.KBASE_DOWNLOAD_SLOTS):
            if slot in _held_here:
                continue
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [DOWNLOAD_LOCK, slot])
                    if not cursor.fetchone()[0]:
                        continue
            _held_here.add(slot)
            return slot
    return None


def give_back(slot):
    with _held_lock:
        _held_here.discard(slot)
    if connection.vendor == "postgresql":
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [DOWNLOAD_LOCK, slot])
        except DatabaseError:
            pass  # the connection is gone, and the lock went with it


def give_back_all():
    """Free every slot this process holds (tests that leave a streamed response unread)."""
    for slot in list(_held_here):
        give_back(slot)


def too_busy(request):
    """503 with Retry-After: every download slot is taken. In the download's own format, never a partial file."""
    message = (
        f"Too many large downloads are being prepared right now ({settings.KBASE_DOWNLOAD_SLOTS} at a time). "
        f"Nothing was sent; please try again in {RETRY_AFTER_SECONDS} seconds."
    )
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=503)
    else:
        response = HttpResponse(message + "\n", status=503, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def heavy_download(view):
    """Run the download view only when a slot is free, and hold the slot until its whole body is sent."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        slot = take_slot()
        if slot is None:
            return too_busy(request)
        try:
            response = view(request, *args, **kwargs)
        except BaseException:
            give_back(slot)
            raise
        body = getattr(response, "download_body", None)
        if isinstance(body, Body):
            body.on_close.append(lambda: give_back(slot))
        else:
            give_back(slot)
        return response

    return wrapper
