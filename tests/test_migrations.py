"""The migrations stay tested although the test database is made from the models (tests/migrated.py says why)."""

import json
import os
import subprocess
import sys

from django.conf import settings
from django.db import connection

from tests import migrated
from tests.conftest import empty_knowledge_base

# Runs in a fresh process: every migration from an empty database, the check for model changes that no migration
# records, and the resulting database's fingerprint, then the database is dropped.
FROM_ZERO = """
import json, sys
import django

django.setup()
from django.core.management import call_command
from django.db import connection
from tests import migrated

connection.settings_dict["TEST"]["NAME"] = sys.argv[1]
database = connection.settings_dict["NAME"]
connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
try:
    try:
        call_command("makemigrations", check=True, dry_run=True, verbosity=0)
        pending = False
    except SystemExit:
        pending = True
    print(json.dumps({"pending_changes": pending, "fingerprint": migrated.fingerprint(connection)}))
finally:
    connection.creation.destroy_test_db(database, verbosity=0)
"""


def migrated_from_zero(tmp_path):
    if connection.vendor == "sqlite":
        name = str(tmp_path / "migrated.sqlite3")
    else:
        name = f"{connection.settings_dict['NAME']}_from_zero"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "kbase.settings"}
    result = subprocess.run(
        [sys.executable, "-c", FROM_ZERO, name],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


# Django's migrations give the ids of auth's own many-to-many tables the project's DEFAULT_AUTO_FIELD (bigint), where
# its models give them auth's default (integer): a difference that is Django's, not ours, and that no test can see.
DJANGOS_OWN = {
    f"/tables/auth_{table}/columns/id" for table in ("group_permissions", "user_groups", "user_user_permissions")
}


def differences(expected, found, where=""):
    """The paths at which two fingerprints differ, for a readable failure."""
    if isinstance(expected, dict) and isinstance(found, dict):
        return [
            line
            for key in sorted(set(expected) | set(found), key=str)
            for line in differences(expected.get(key), found.get(key), f"{where}/{key}")
        ]
    if expected != found:
        return [f"{where}: migrations give {expected!r}, the test database has {found!r}"]
    return []


def test_every_migration_runs_from_an_empty_database_and_builds_the_database_the_tests_run_on(db, tmp_path):
    from_zero = migrated_from_zero(tmp_path)
    assert not from_zero["pending_changes"], "the models have changes that no migration makes: run makemigrations"

    # The test database holds the seed; without it, what is left is what the migrations made.
    empty_knowledge_base()
    found = json.loads(json.dumps(migrated.fingerprint(connection)))

    assert from_zero["fingerprint"]["rows"]["meetings.country"], "the migrations' countries are compared"
    problems = [line for line in differences(from_zero["fingerprint"], found) if line.split(":")[0] not in DJANGOS_OWN]
    assert problems == [], "\n".join(problems)
