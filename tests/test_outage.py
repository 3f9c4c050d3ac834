"""A database that cannot be reached: a short 503 in each address's format, and one log line for the whole outage."""

import json
import logging
import socket
import sqlite3
from unittest import mock

import pytest
from django.db import connection
from django.test import Client

from meetings.outage import outage_log

ADDRESSES = {
    "/": "text/html",
    "/events/?country=la": "text/html",
    "/organizations/oipa/": "text/html",
    "/api/events/": "application/json",
    "/api/popolo.json": "application/json",
    "/feeds/meetings.ics": "text/plain",
    "/feeds/meetings.atom": "text/plain",
    "/events.csv": "text/plain",
    "/people.csv": "text/plain",
}


def refused_connection_error():
    """The error the database driver really raises when nothing answers at the database's address."""
    if connection.vendor == "postgresql":
        import psycopg

        with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        try:
            psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname="kbase", connect_timeout=2)
        except psycopg.OperationalError as exc:
            return exc
    else:
        try:
            sqlite3.connect("file:/no/such/folder/kbase.sqlite3?mode=rw", uri=True)
        except sqlite3.OperationalError as exc:
            return exc
    raise AssertionError("the connection was expected to fail")


def missing_table_error():
    """The error the driver raises for a query on a table that does not exist: a bug, not an outage."""
    if connection.vendor == "postgresql":
        import psycopg

        return psycopg.errors.UndefinedTable('relation "meetings_nothing" does not exist')
    try:
        sqlite3.connect(":memory:").execute("SELECT * FROM meetings_nothing")
    except sqlite3.OperationalError as exc:
        return exc
    raise AssertionError("the query was expected to fail")


@pytest.fixture
def server():
    """A client that gets the server's answer to an error rather than the exception, as a browser would."""
    outage_log.since = outage_log.last_failure = None
    yield Client(raise_request_exception=False)
    outage_log.since = outage_log.last_failure = None


def database_failing_with(error):
    """Every query fails with error, raised by the driver and wrapped by Django as in a real failure."""
    return mock.patch.object(connection, "create_cursor", side_effect=error)


def test_while_the_database_is_down_every_address_answers_503_in_its_own_format(server, seeded):
    with database_failing_with(refused_connection_error()):
        for url, content_type in ADDRESSES.items():
            response = server.get(url)
            assert response.status_code == 503, url
            assert response["Content-Type"].startswith(content_type), url
            assert response["Retry-After"] == "30", url
            body = response.content.decode()
            if content_type == "application/json":
                assert "back soon" in json.loads(body)["detail"], url
            else:
                assert "back soon" in body.lower(), url
    page = server.get("/")
    assert page.status_code == 200  # back at once when the database is


def test_the_back_soon_page_is_self_contained_and_says_to_try_again(server, seeded):
    with database_failing_with(refused_connection_error()):
        response = server.get("/events/")
    html = response.content.decode()
    assert "<h1>Back soon</h1>" in html and "try again in a minute" in html
    assert "/static/" not in html  # no file that might itself need what is down
    assert response["Content-Security-Policy"]  # the site's headers still apply


def test_an_outage_is_logged_once_in_one_line_however_many_requests_fail(server, seeded, caplog):
    caplog.set_level(logging.INFO)
    with database_failing_with(refused_connection_error()):
        for _ in range(20):
            for url in ADDRESSES:
                assert server.get(url).status_code == 503
    errors = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(errors) == 1, [record.getMessage()[:100] for record in errors]
    assert errors[0].name == "kbase.outage"
    assert errors[0].exc_info is None  # no traceback
    assert "\n" not in errors[0].getMessage()
    assert "Database unavailable" in errors[0].getMessage()


def test_the_end_of_an_outage_is_logged_once_with_its_length(server, seeded, caplog):
    with database_failing_with(refused_connection_error()):
        for _ in range(5):
            server.get("/events/")
    for _ in range(3):
        assert server.get("/events/").status_code == 200
    lines = [record.getMessage() for record in caplog.records if record.name == "kbase.outage"]
    assert len(lines) == 2
    assert lines[1].startswith("Database reachable again after") and "5 requests were answered 503" in lines[1]


def test_each_outage_is_logged(server, seeded, caplog):
    for _ in range(2):
        with database_failing_with(refused_connection_error()):
            server.get("/")
            server.get("/")
        server.get("/")
    starts = [
        r for r in caplog.records if r.name == "kbase.outage" and r.getMessage().startswith("Database unavailable")
    ]
    assert len(starts) == 2


def test_a_new_outage_after_a_quiet_spell_is_logged_again(server, seeded, caplog):
    """Even when no request got through in between to say the first was over."""
    with database_failing_with(refused_connection_error()):
        server.get("/")
        outage_log.last_failure -= 3600  # an hour later
        server.get("/")
        server.get("/")
    assert [record.name for record in caplog.records if record.levelno >= logging.WARNING] == ["kbase.outage"] * 2


def test_a_bug_in_a_query_is_still_a_500_with_its_traceback(server, seeded, caplog):
    with database_failing_with(missing_table_error()):
        response = server.get("/events/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
    logged = [record for record in caplog.records if record.name == "django.request"]
    assert len(logged) == 1 and logged[0].exc_info is not None


def test_an_error_that_is_not_the_databases_is_still_a_500_with_its_traceback(server, seeded, caplog):
    with mock.patch("meetings.views.pages.render", side_effect=ZeroDivisionError("a bug")):
        response = server.get("/")
    assert response.status_code == 500
    logged = [record for record in caplog.records if record.name == "django.request"]
    assert len(logged) == 1 and logged[0].exc_info[0] is ZeroDivisionError
