import copy

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from tests import migrated

# What the migrations put in the test database (countries, topics, groups), before the seed is loaded.
MIGRATED_STATE = {}
# pytest-django's --no-migrations replaces this setting for the whole session; the migrations are read with it.
MIGRATION_MODULES = settings.MIGRATION_MODULES


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, django_db_use_migrations):
    """Load the five seed reports once into the test database, the way a deployment loads them.

    The database is made from the models (--no-migrations, set in pyproject.toml) and then given what the
    migrations add to their tables (tests/migrated.py); `pytest --migrations` runs the migrations instead.
    Each test runs inside a transaction that is rolled back, so every test starts from the same seeded state
    without paying for the load again. Tests on a transactional database (the browser tests) run after the
    others, flush it and load the seed themselves.
    """
    with django_db_blocker.unblock():
        if not django_db_use_migrations:
            settings.MIGRATION_MODULES = MIGRATION_MODULES
            migrated.as_if_migrated(connection)
        MIGRATED_STATE["default"] = connection.creation.serialize_db_to_string()
        if hasattr(connection, "_test_serialized_contents"):
            # Taken when the tables were made, before the migrations' rows were added.
            connection._test_serialized_contents = MIGRATED_STATE["default"]
        # A new database has no history for the load to overwrite (meetings/history.py), so looking for some, a
        # query per row, would find nothing: the load writes the same rows with the history switched off.
        with override_settings(SIMPLE_HISTORY_ENABLED=False):
            call_command("loaddata", "seed", verbosity=0)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """A `replica` database that mirrors the default one, for the tests of reading from a replica.

    Nothing is routed to it unless a test turns the router on (tests/test_replica.py). With DATABASE_REPLICA_URL set,
    the settings make it a mirror already.
    """
    from django.conf import settings

    if "replica" not in settings.DATABASES:
        default = settings.DATABASES["default"]
        settings.DATABASES["replica"] = {
            **copy.deepcopy(default),
            "TEST": {**default.get("TEST", {}), "MIRROR": "default"},
        }


@pytest.fixture(autouse=True)
def facet_cache_off(settings):
    """Pages and facet counts computed afresh: many tests add rows with bulk_create, which ends no cache.

    tests/test_facet_cache.py turns it back on to check that edits end it.
    """
    settings.KBASE_FACET_CACHE_SECONDS = 0
    settings.KBASE_PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def quick_password_hashing(settings):
    """Accounts hash their passwords with MD5 in tests.

    PBKDF2 is slow on purpose (a quarter of a second per account on a two-core machine), and hundreds of tests make an
    account and sign it in; the settings' own hashers stay second so that a hash made by them still checks.
    """
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *settings.PASSWORD_HASHERS]


@pytest.fixture(autouse=True)
def reads_from_the_primary(settings):
    """Every query on the test's own connection, which sees the test's uncommitted rows.

    With DATABASE_REPLICA_URL set the settings route reads to the replica; tests/test_replica.py turns that back on.
    """
    settings.DATABASE_ROUTERS = []


@pytest.fixture(autouse=True)
def download_slots_given_back(django_db_blocker):
    """Free the download slots a test left held by a streamed response it did not read to the end.

    A server closes every response, which gives its slot back; the test client closes a streamed one only when it
    is read to its end.
    """
    yield
    from meetings.exports import give_back_all

    with django_db_blocker.unblock():
        give_back_all()


@pytest.fixture
def migrated_state(django_db_setup):
    """Make sure a transactional test's serialized rollback has the migrations' data to put back.

    Django keeps that snapshot on the connection object; a test that replaces the connection would lose it,
    and every later transactional test would then start without countries or topics.
    """
    if not hasattr(connection, "_test_serialized_contents"):
        connection._test_serialized_contents = MIGRATED_STATE["default"]


@pytest.fixture
def seeded(db):
    """The knowledge of the five seed reports (loaded once per test session by django_db_setup)."""


@pytest.fixture
def unseeded(db):
    """A knowledge base with no records yet (countries, topics and groups from the migrations stay).

    The seed is deleted inside the test's transaction, so the rollback brings it back for the next test.
    """
    empty_knowledge_base()


# What the migrations make (countries, their names, topics), the version token and the editors' drafts, which hold no
# knowledge of their own: empty_knowledge_base() leaves them.
KEPT_MODELS = {"Country", "CountryName", "Topic", "KnowledgeVersion", "IntakeDraft"}


def empty_knowledge_base():
    """Delete every knowledge record and all history, leaving what the migrations made.

    One DELETE per table, without signals: deleting the seed's hundreds of rows one at a time through the history,
    search, facet and redirect signals took over a second in every test that starts from an empty base. The tables
    go in any order because the foreign keys are checked at commit, and none is left pointing at a deleted row. The
    version token then moves once, as after any edit, so what is cached under it (the intake's gazetteer) forgets
    the seed.
    """
    from django.apps import apps

    from meetings import versioning

    for model in apps.get_app_config("meetings").get_models(include_auto_created=True):
        if model.__name__ not in KEPT_MODELS:
            queryset = model._base_manager.all()
            queryset._raw_delete(queryset.db)
    versioning.bump()


def history_models():
    from django.apps import apps

    return [
        model
        for model in apps.get_app_config("meetings").get_models(include_auto_created=True)
        if model.__name__.startswith("Historical")
    ]


def apps_models(module):
    from django.apps import apps

    return [model for model in apps.get_app_config("meetings").get_models() if model.__module__ == module.__name__]


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", "editor@example.org", "a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def staff_without_group(db):
    return User.objects.create_user("clerk", "clerk@example.org", "a-long-clerk-password", is_staff=True)


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("root", "root@example.org", "a-long-admin-password")
