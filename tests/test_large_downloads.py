"""Large downloads: streamed in bounded memory, a few at a time site-wide, never a cut file sent as complete."""

import datetime
import importlib
import json
import tracemalloc

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test import Client

from meetings.exports import DOWNLOAD_LOCK
from meetings.models import Attendance, AttendanceRole, Event, Person

HEAVY = ["/events.csv", "/outcomes.csv", "/people.csv", "/api/popolo.json", "/feeds/meetings.ics"]


def add_meetings(start, count):
    """count meetings with a known day, each with two people at it."""
    events = Event.objects.bulk_create(
        Event(
            slug=f"bulk-{start + i}",
            title=f"Bulk meeting {start + i}",
            summary="A meeting added to make the export long. " * 5,
            start_date=datetime.date(2000, 1, 1) + datetime.timedelta(days=start + i),
        )
        for i in range(count)
    )
    people = Person.objects.bulk_create(
        Person(slug=f"bulk-person-{start + i}", name=f"Person {start + i}") for i in range(count)
    )
    pairs = [*zip(events, people, strict=True), *zip(events, people[1:] + people[:1], strict=True)]
    Attendance.objects.bulk_create(
        Attendance(event=event, person=person, role=AttendanceRole.DELEGATE) for event, person in pairs
    )


def peak_memory_of_reading(url):
    """Bytes of Python memory at the peak while the download is made and read to its end, and the body."""
    client = Client()
    tracemalloc.start()
    try:
        response = client.get(url)
        assert response.status_code == 200
        assert isinstance(response, StreamingHttpResponse)
        size = 0
        for chunk in response.streaming_content:
            size += len(chunk)  # a client reads and drops each piece
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, size


@pytest.mark.parametrize("url", ["/events.csv", "/api/popolo.json", "/feeds/meetings.ics"])
def test_a_download_four_times_larger_needs_no_more_memory(seeded, url):
    add_meetings(0, 1000)
    small_peak, small_size = peak_memory_of_reading(url)
    add_meetings(1000, 3000)
    large_peak, large_size = peak_memory_of_reading(url)
    assert large_size > 3 * small_size
    # Built whole, four times the records took about four times the memory; streamed in batches, the same.
    assert large_peak < 1.5 * small_peak, (url, small_peak, large_peak)


@pytest.mark.parametrize("url", HEAVY)
def test_every_heavy_download_is_streamed(client, seeded, url):
    response = client.get(url)
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert response.getvalue()


def test_with_every_download_slot_taken_one_more_is_refused_at_once_with_retry_after(client, seeded, settings):
    settings.KBASE_DOWNLOAD_SLOTS = 2
    first, second = client.get("/events.csv"), client.get("/api/popolo.json")  # both being sent
    assert first.status_code == second.status_code == 200
    for url in HEAVY:
        refused = client.get(url)
        assert refused.status_code == 503, url
        assert refused["Retry-After"] == "30"
        body = refused.content.decode()
        message = json.loads(body)["detail"] if url.startswith("/api/") else body
        assert "Too many large downloads" in message and "try again in 30 seconds" in message
        assert not refused.streaming  # a message, never a part of the file
    first.getvalue()  # sent to its end: its slot is free again
    assert client.get("/feeds/meetings.ics").status_code == 200


def test_a_refused_download_leaves_the_pages_open(client, seeded, settings):
    settings.KBASE_DOWNLOAD_SLOTS = 1
    held = client.get("/events.csv")
    assert client.get("/events.csv").status_code == 503
    assert client.get("/events/").status_code == 200
    assert client.get("/feeds/meetings.atom").status_code == 200  # fifty items: not a heavy download
    held.getvalue()


def test_a_bad_filter_frees_its_slot_at_once(client, seeded, settings):
    settings.KBASE_DOWNLOAD_SLOTS = 1
    for _ in range(3):
        assert client.get("/events.csv", {"date_from": "not a date"}).status_code == 400
    assert client.get("/events.csv").status_code == 200


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="the site-wide bound is a PostgreSQL advisory lock")
def test_the_bound_holds_across_server_processes(client, seeded, settings):
    """A slot taken by another worker process (another database session) counts here too."""
    import psycopg

    settings.KBASE_DOWNLOAD_SLOTS = 1
    params = connection.get_connection_params()
    with psycopg.connect(**params, autocommit=True) as other_worker:
        other_worker.execute("SELECT pg_advisory_lock(%s, 0)", [DOWNLOAD_LOCK])
        refused = client.get("/api/popolo.json")
        assert refused.status_code == 503
        other_worker.execute("SELECT pg_advisory_unlock(%s, 0)", [DOWNLOAD_LOCK])
    assert client.get("/api/popolo.json").status_code == 200


def test_a_download_that_fails_midway_raises_rather_than_ending_quietly(client, seeded, settings, monkeypatch):
    """The server then closes the connection without the end of the chunked body: the client sees a broken file.

    (gunicorn does so when the body's iterator raises after the headers are sent.)
    """
    add_meetings(0, 1200)
    from meetings import popolo

    calls = {"n": 0}
    real = popolo.Exporter.report_links

    def failing_on_the_third_batch(self, citations, owner):
        calls["n"] += 1
        if owner == "event_id" and calls["n"] > 3:
            raise ConnectionError("the database went away")
        return real(self, citations, owner)

    monkeypatch.setattr(popolo.Exporter, "report_links", failing_on_the_third_batch)
    response = client.get("/api/popolo.json")
    assert response.status_code == 200
    with pytest.raises(ConnectionError):
        response.getvalue()


def test_the_first_batch_is_read_before_the_status_is_sent(seeded, monkeypatch):
    """A failure at the very start is an error status, not a 200 with an empty or header-only file."""
    from meetings.lists import events

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the export")

    monkeypatch.setattr(events, "iso_partial_date", broken)
    response = Client(raise_request_exception=False).get("/events.csv")
    assert response.status_code == 500


def test_the_server_is_set_to_let_streamed_downloads_finish(monkeypatch):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.delenv("KBASE_THREADS", raising=False)
    conf = importlib.reload(importlib.import_module("kbase.gunicorn_conf"))
    # Threaded workers: the timeout watches for a hung process, it does not cut a long request as sync workers do.
    assert conf.worker_class == "gthread" and conf.threads >= 2
    assert conf.timeout == 30
    # A restart or a recycled worker lets a download in flight finish.
    assert conf.graceful_timeout >= 120
    assert conf.max_requests > 0 and conf.max_requests_jitter > 0
    assert "--config python:kbase.gunicorn_conf" in open("scripts/serve").read()
