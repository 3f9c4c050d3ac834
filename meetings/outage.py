"""When the database cannot be reached: a short "back soon" answer with status 503, and one log line per outage.

Django turns any uncaught exception into its server-error view (handler500 in kbase/urls.py) and logs it with a
traceback. While the database is down every request fails the same way, so that was a 500 and a traceback per
request: thousands a minute, hiding anything else in the log. Here an error that says the database cannot be
reached (refused or lost connection, server shutting down or starting up, too many connections, a locked SQLite
file) is answered 503 with Retry-After, in the format the address speaks: a page, JSON under /api/, plain text for
the feeds and the CSV files. It is logged once when an outage starts, in one line, and nothing more while the
failures go on; when a request reaches the database again, one more line says how long it lasted and how many
requests were answered 503. Any other error (a bug, a missing table, a query the database refuses) stays a 500
with its traceback.
"""

import logging
import sqlite3
import sys
import threading
import time

from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import server_error as django_server_error

logger = logging.getLogger("kbase.outage")

RETRY_AFTER_SECONDS = 30
# While no request gets through to end an outage, failures further apart than this count as two outages.
QUIET_SECONDS = 60
MESSAGE = (
    "The knowledge base's database cannot be reached just now. kbase will be back soon: please try again in a minute."
)

# PostgreSQL error codes that mean "not reachable now" rather than "this query is wrong": class 08, connection
# exceptions; 57P01-57P03, the server shutting down, crashed or starting up; 53300, too many connections.
UNAVAILABLE_SQLSTATES = {"57P01", "57P02", "57P03", "53300"}
UNAVAILABLE_SQLITE = {"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_FULL"}


def database_unavailable(exc):
    """True when exc says the database cannot be reached, not that a query or the code is wrong."""
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    cause = exc.__cause__
    if isinstance(cause, sqlite3.Error):
        # SQLite reports a missing table as an OperationalError too: that one is a bug, decided by its code
        # (extended codes such as SQLITE_IOERR_SHORT_READ count as their primary one).
        name = getattr(cause, "sqlite_errorname", None) or ""
        return any(name == code or name.startswith(code + "_") for code in UNAVAILABLE_SQLITE)
    sqlstate = getattr(cause, "sqlstate", None)
    if sqlstate is None:
        # psycopg's own connection failures (refused, closed by the server, the connection gone) carry no code.
        return True
    return sqlstate.startswith("08") or sqlstate in UNAVAILABLE_SQLSTATES


class OutageLog:
    """Logs an outage in two lines, when its first request fails and when a request reaches the database again.

    Per process: each server process logs the outages it sees.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.since = None  # when the current outage's first failure came, or None
        self.last_failure = None
        self.failures = 0

    def failed(self, exc):
        now = time.monotonic()
        with self.lock:
            # With no request getting through to say it is over (only failures or static files), a long quiet
            # spell ends an outage too.
            starts = self.since is None or now - self.last_failure > QUIET_SECONDS
            if starts:
                self.since, self.failures = now, 0
            self.last_failure = now
            self.failures += 1
        if starts:
            reason = " ".join(str(exc).split())[:300]
            logger.error("Database unavailable, answering 503 until it is back: %s: %s", type(exc).__name__, reason)

    def reached(self):
        """A request has used the database without error: the outage, if there was one, is over."""
        if self.since is None:
            return
        with self.lock:
            if self.since is None:
                return
            seconds, failures = time.monotonic() - self.since, self.failures
            self.since = None
        logger.warning(
            "Database reachable again after %.1f s; %d requests were answered 503 meanwhile", seconds, failures
        )


outage_log = OutageLog()


def unavailable_response(request):
    """The short 503 answer, in the format the address speaks. It needs no database, session or static file."""
    path = request.path
    if path.startswith("/api/"):
        response = JsonResponse({"detail": MESSAGE}, status=503)
    elif path.endswith(".csv") or path.startswith("/feeds/"):
        response = HttpResponse(MESSAGE + "\n", status=503, content_type="text/plain; charset=utf-8")
    else:
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """handler500: a 503 while the database is unreachable, Django's 500 page for anything else."""
    exc = sys.exc_info()[1]
    if database_unavailable(exc):
        outage_log.failed(exc)
        return unavailable_response(request)
    return django_server_error(request, template_name)


class OutageEndMiddleware:
    """Tells outage_log when a request has used the database without error, which ends an outage."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        response = self.get_response(request)
        if outage_log.since is not None and response.status_code < 500:
            # A request that began before the latest failure may have used a connection from before the outage.
            if connection.connection is not None and started > outage_log.last_failure:
                outage_log.reached()
        return response


class QuietDuringOutage(logging.Filter):
    """Keeps Django's traceback-per-request out of the log for errors that outage_log has already reported."""

    def filter(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        return not database_unavailable(exc)
