"""Readers read from a replica; editors, the admin and whoever has just written read from the primary.

The routing tests use a `replica` database that mirrors the primary (tests/conftest.py): the same test database
through a second connection, which sees what is committed. Which connection answered tells where a request read.
The last test needs a real streaming replica (scripts/replica, DATABASE_REPLICA_URL) and is skipped without one.
"""

import os
import time

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connections
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings import replica
from meetings.models import Event, KnowledgeVersion, Organization

pytestmark = pytest.mark.django_db(databases=["default", "replica"])


@pytest.fixture
def routed(settings):
    settings.DATABASE_ROUTERS = ["meetings.replica.ReplicaRouter"]


@pytest.fixture(scope="module", autouse=True)
def mirror_connection_closed_after(django_db_setup, django_db_blocker):
    yield
    with django_db_blocker.unblock():
        connections["replica"].close()  # so that PostgreSQL can drop the test database at the end


@pytest.fixture(autouse=True)
def mirror_reads_without_locking(django_db_blocker):
    """SQLite's shared in-memory test database locks tables between its connections, and the test checks the mirror's
    constraints at its end while its own transaction holds writes: the mirror reads without taking locks."""
    if connections["replica"].vendor == "sqlite":
        with django_db_blocker.unblock(), connections["replica"].cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")


def reads(client, url, **kwargs):
    """The response, and the queries each database answered for it."""
    with CaptureQueriesContext(connections["default"]) as primary, CaptureQueriesContext(connections["replica"]) as rep:
        response = client.get(url, **kwargs)
    return response, primary.captured_queries, rep.captured_queries


def knowledge(queries):
    return [q["sql"] for q in queries if "meetings_" in q["sql"]]


def test_an_anonymous_reader_reads_the_knowledge_from_the_replica(client, seeded, routed, settings):
    settings.KBASE_PAGE_CACHE_SECONDS = 600
    cache.clear()
    response, primary, rep = reads(client, reverse("meetings:organization-list"))
    cache.clear()
    assert response.status_code == 200
    assert knowledge(rep) and not knowledge(primary)
    # The version token that keys the cached page comes from where the page's data does.
    assert "meetings_knowledgeversion" in rep[0]["sql"]


def test_a_signed_in_editor_reads_from_the_primary(client, seeded, routed, editor):
    client.force_login(editor)
    response, primary, rep = reads(client, reverse("meetings:event-list"))
    assert response.status_code == 200
    assert knowledge(primary) and not rep


def test_an_editor_sees_their_uncommitted_edit_on_the_public_page(client, seeded, routed, editor):
    # Within the test's transaction the replica cannot see the edit yet, as a lagging replica would not.
    organization = Organization.objects.get(slug="aseanapol")
    organization.name = "Renamed secretariat"
    organization.save()
    client.force_login(editor)
    assert "Renamed secretariat" in client.get(organization.get_absolute_url()).content.decode()


def test_the_admin_reads_from_the_primary(client, seeded, routed, editor):
    client.force_login(editor)
    response, primary, rep = reads(client, reverse("admin:meetings_event_changelist"))
    assert response.status_code == 200
    assert knowledge(primary) and not rep


def test_sign_in_records_are_read_from_the_primary(client, seeded, routed):
    response, primary, rep = reads(client, reverse("meetings:login"))
    assert response.status_code == 200
    assert not [q for q in rep if "auth_" in q["sql"] or "axes_" in q["sql"] or "django_session" in q["sql"]]


def test_after_a_post_the_browser_reads_from_the_primary_for_a_while(client, seeded, routed):
    User.objects.create_user("reader", password="a-long-reader-password")
    posted = client.post(
        reverse("meetings:login"), {"username": "reader", "password": "not the password"}, REMOTE_ADDR="192.0.2.7"
    )
    assert replica.COOKIE in posted.cookies
    response, primary, rep = reads(client, reverse("meetings:event-list"))
    assert response.status_code == 200
    assert knowledge(primary) and not rep


def test_the_read_own_writes_mark_expires(settings, monkeypatch, routed):
    settings.KBASE_READ_OWN_WRITES_SECONDS = 30
    middleware = replica.ReadOwnWritesMiddleware(lambda request: None)
    response = HttpResponse()
    a_minute_ago = time.time() - 60
    monkeypatch.setattr("django.core.signing.time.time", lambda: a_minute_ago)
    response.set_signed_cookie(replica.COOKIE, "1", salt=replica.COOKIE)
    old = response.cookies[replica.COOKIE].value
    monkeypatch.undo()
    response.set_signed_cookie(replica.COOKIE, "1", salt=replica.COOKIE)
    fresh = response.cookies[replica.COOKIE].value
    factory = RequestFactory()

    def on_primary(value):
        request = factory.get("/")
        request.COOKIES[replica.COOKIE] = value
        return middleware.reads_from_primary(request)

    assert on_primary(fresh)
    assert not on_primary(old)
    assert not on_primary(fresh[:-1] + ("A" if fresh[-1] != "A" else "B"))  # a forged mark


def test_writes_commands_and_migrations_use_the_primary(seeded):
    router = replica.ReplicaRouter()
    # Outside a request (a management command, a migration, a background thread) everything reads from the primary.
    assert router.db_for_read(Event) == "default"
    with replica.reading_from("replica"):
        assert router.db_for_read(Event) == "replica"
        assert router.db_for_read(User) == "default"
        assert router.db_for_write(Event) == "default"
        with replica.primary():
            assert router.db_for_read(Event) == "default"
    assert router.allow_migrate("default", "meetings") and not router.allow_migrate("replica", "meetings")


def test_without_a_replica_nothing_is_marked(client, seeded):
    posted = client.post(reverse("meetings:login"), {"username": "nobody", "password": "x" * 12})
    assert replica.COOKIE not in posted.cookies


def wait_for_replay(check, seconds=30):
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "the replica did not replay the change"
        time.sleep(0.1)


@pytest.mark.replica
@pytest.mark.skipif(not os.environ.get("DATABASE_REPLICA_URL"), reason="needs a real replica: scripts/replica")
@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_a_real_replica_serves_readers_while_the_editor_reads_their_own_writes(
    client, migrated_state, django_db_serialized_rollback, routed, settings
):
    with connections["replica"].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery()")
        assert cursor.fetchone()[0], "DATABASE_REPLICA_URL is not a standby"
    organization = Organization.objects.create(name="Replicated task force", slug="replicated", kind="mechanism")
    token = KnowledgeVersion.objects.get().token
    wait_for_replay(lambda: KnowledgeVersion.objects.using("replica").filter(token=token).exists())
    response, primary, rep = reads(client, organization.get_absolute_url())
    assert "Replicated task force" in response.content.decode()
    assert knowledge(rep) and not knowledge(primary)

    editor = User.objects.create_user("replica-editor", password="a-long-editor-password", is_staff=True)
    client.force_login(editor)
    organization.name = "Renamed at once"
    organization.save()
    assert "Renamed at once" in client.get(organization.get_absolute_url()).content.decode()
    client.logout()
    token = KnowledgeVersion.objects.get().token
    wait_for_replay(lambda: KnowledgeVersion.objects.using("replica").filter(token=token).exists())
    assert "Renamed at once" in client.get(organization.get_absolute_url()).content.decode()
