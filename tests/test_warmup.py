"""After an edit, the pages read most are computed once in the background, and no edit's pages are left cold."""

import threading

import pytest
from django.core.cache import cache, caches
from django.db import connections
from django.urls import reverse

from meetings import versioning, warmup
from meetings.models import Organization


@pytest.fixture
def page_cache(settings):
    settings.KBASE_FACET_CACHE_SECONDS = 600
    settings.KBASE_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def organization(seeded):
    return Organization.objects.get(slug="aseanapol")


def warmed_paths():
    return [reverse(name) for name in warmup.PAGES]


def rename(organization, name):
    organization.name = name
    organization.save()


@pytest.mark.django_db
def test_a_saved_edit_starts_the_warm_up_once_committed(
    organization, page_cache, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(warmup, "_serving", True)
    started = []
    monkeypatch.setattr(warmup, "start", lambda: started.append(versioning.current()))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        rename(organization, "Renamed secretariat")
    assert not started
    for callback in callbacks:
        callback()
    assert started and set(started) == {versioning.current()}


@pytest.mark.django_db
def test_a_process_that_only_runs_commands_warms_nothing(organization, page_cache, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        rename(organization, "Renamed secretariat")
    assert warmup.start not in callbacks


@pytest.mark.django_db
def test_after_the_warm_up_each_page_read_most_is_served_from_the_cache(
    client, organization, page_cache, django_assert_max_num_queries
):
    rename(organization, "Renamed secretariat")
    assert warmup.warm_up() == 1
    for path in warmed_paths():
        with django_assert_max_num_queries(1):  # the version token
            response = client.get(path)
        assert response.status_code == 200
    assert "Renamed secretariat" in client.get(reverse("meetings:organization-list")).content.decode()


@pytest.mark.django_db
def test_the_pages_of_one_edit_are_computed_once(organization, page_cache, django_assert_max_num_queries):
    rename(organization, "Renamed secretariat")
    assert warmup.warm_up() == 1
    # A second process's warm-up for the same edit finds the pages warmed: it reads the token (twice: before and after
    # letting go of the lock, which is two more queries on PostgreSQL without Redis) and computes no page.
    with django_assert_max_num_queries(4):
        assert warmup.warm_up() == 0


def hold_the_lock_elsewhere(release):
    """Another process's warm-up: the shared lock taken from another thread, with its own connections."""
    taken = threading.Event()

    def other():
        try:
            with warmup.shared_lock(caches["default"]) as held:
                assert held
                taken.set()
                release.wait(10)
        finally:
            connections.close_all()

    thread = threading.Thread(target=other)
    thread.start()
    taken.wait(10)
    return thread


@pytest.mark.django_db
def test_a_warm_up_running_elsewhere_is_left_to_finish(organization, page_cache):
    release = threading.Event()
    thread = hold_the_lock_elsewhere(release)
    try:
        rename(organization, "Renamed secretariat")
        assert warmup.warm_up() == 0
    finally:
        release.set()
        thread.join()


@pytest.mark.django_db
def test_an_edit_saved_during_the_warm_up_is_warmed_too(
    client, organization, page_cache, monkeypatch, django_assert_max_num_queries
):
    rename(organization, "First name")
    warm_pages = warmup.warm_pages
    rounds = []

    def warm_and_edit():
        warm_pages()
        rounds.append(versioning.current())
        if len(rounds) == 1:
            rename(organization, "Second name")  # committed while the first round was computing

    monkeypatch.setattr(warmup, "warm_pages", warm_and_edit)
    assert warmup.warm_up() == 2
    assert rounds[0] != rounds[1] == versioning.current()
    with django_assert_max_num_queries(1):
        page = client.get(reverse("meetings:organization-list")).content.decode()
    assert "Second name" in page and "First name" not in page


@pytest.mark.django_db
def test_readers_during_the_warm_up_get_the_edited_page(client, organization, page_cache):
    client.get(reverse("meetings:organization-list"))  # cached before the edit
    rename(organization, "Renamed secretariat")
    # The warm-up has not run yet: the reader computes the page rather than getting the old one.
    assert "Renamed secretariat" in client.get(reverse("meetings:organization-list")).content.decode()


@pytest.mark.django_db
def test_a_closed_site_warms_nothing(organization, page_cache, settings, monkeypatch):
    settings.KBASE_REQUIRE_LOGIN = True
    monkeypatch.setattr(warmup, "_serving", True)
    assert not warmup.active()
