"""One cache for every server process: a figure or page is computed once, an edit ends it everywhere, and a cache
server that is down costs time, never a page.

Run with REDIS_URL set (CI does, for the PostgreSQL pass) these use a real Redis: each thread has its own cache client
and connections, and one test starts a second process. Without it they check the same on the local-memory cache.
"""

import datetime
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache, caches
from django.urls import reverse

from kbase.cache import ResilientRedisCache
from meetings import versioning
from meetings.models import Event, Organization

REDIS = pytest.mark.skipif(not django_settings.CACHE_URL, reason="needs REDIS_URL: a Redis server shared by processes")


@pytest.fixture
def caching(settings):
    settings.KBASE_FACET_CACHE_SECONDS = 600
    settings.KBASE_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def version(token):
    """What versioning needs of a request: the token it read (no database, so any thread or process can use it)."""
    return SimpleNamespace(_kbase_version=token)


def test_the_cache_is_redis_when_redis_url_is_set():
    backend = caches["default"]
    assert isinstance(backend, ResilientRedisCache) == bool(django_settings.CACHE_URL)


def test_readers_who_ask_at_once_share_one_computation(caching):
    calls = []
    results = {}
    started = threading.Barrier(4)

    def compute():
        calls.append(1)
        time.sleep(0.3)  # long enough for the others to ask meanwhile
        return {"meetings": 42}

    def reader(n):
        started.wait()
        # Each thread has its own cache client (and, with Redis, its own connections).
        results[n] = versioning.cached("shared-figure", compute, version("t1"))

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert list(results.values()) == [{"meetings": 42}] * 4


def test_a_computation_that_caches_nothing_lets_the_waiting_readers_compute(caching):
    calls = []

    def store(result):
        return None  # an error page: not cached

    def compute():
        calls.append(1)
        time.sleep(0.2)
        return "refused"

    def reader():
        versioning.computed_once(caches["default"], "kbase:t1:refused", compute, store, 600)

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 2


@REDIS
def test_another_process_reads_what_this_one_computed(caching):
    value = versioning.cached("figure-for-two-processes", lambda: "computed here", version("t2"))
    script = (
        "from types import SimpleNamespace as N; from meetings import versioning; "
        "print(versioning.cached('figure-for-two-processes', lambda: 'computed again', N(_kbase_version='t2')))"
    )
    other = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", script],
        cwd=Path(__file__).resolve().parent.parent,
        env=os.environ,
        capture_output=True,
        text=True,
        check=True,
    )
    assert other.stdout.strip().splitlines()[-1] == value == "computed here"


@pytest.mark.django_db
def test_an_edit_ends_every_cached_figure_at_once(seeded, caching):
    calls = []

    def compute():
        calls.append(1)
        return Event.objects.count()

    before = versioning.cached("meeting-count", compute)
    assert versioning.cached("meeting-count", compute) == before
    Event.objects.create(title="One more", slug="one-more", start_date=datetime.date(2024, 1, 2))
    assert versioning.cached("meeting-count", compute) == before + 1
    assert len(calls) == 2


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_down(settings, caching):
    settings.CACHES = {
        "default": {
            "BACKEND": "kbase.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "KEY_PREFIX": "kbase-test-down",
        }
    }
    yield
    caches["default"].close()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/", "/events/", "/events/?country=la", "/organizations/", "/organizations/aseanapol/", "/search/?q=actip"]
)
def test_pages_are_computed_when_the_cache_server_is_down(client, seeded, redis_down, url):
    assert isinstance(caches["default"], ResilientRedisCache)
    response = client.get(url)
    assert response.status_code == 200
    assert b"ASEANAPOL" in response.content or b"ACTIP" in response.content


@pytest.mark.django_db
def test_an_edit_shows_when_the_cache_server_is_down(client, seeded, redis_down):
    organization = Organization.objects.get(slug="aseanapol")
    client.get(reverse("meetings:organization-list"))
    organization.name = "Renamed while the cache is down"
    organization.save()
    assert organization.name in client.get(reverse("meetings:organization-list")).content.decode()


def test_a_cache_server_that_is_down_is_a_miss_not_an_error(redis_down):
    backend = caches["default"]
    backend.set("key", "value")
    assert backend.get("key", "missing") == "missing"
    assert backend.add("key", "value") is False
    assert backend.get_many(["key"]) == {}
    assert versioning.cached("figure", lambda: "computed", version("t3")) == "computed"


def test_clearing_the_cache_leaves_other_sites_keys_alone(caching):
    if not django_settings.CACHE_URL:
        pytest.skip("the local-memory cache is the process's own")
    other = caches.create_connection("default")
    other.key_prefix = "another-site"
    other.set("kept", 1)
    try:
        cache.set("mine", 1)
        cache.clear()
        assert cache.get("mine") is None
        assert other.get("kept") == 1
    finally:
        other.delete("kept")
