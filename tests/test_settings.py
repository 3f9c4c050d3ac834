import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def start(**env):
    """Start Django the way manage.py does, with the given environment, and return the process result."""
    environment = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "variable, value",
    [
        ("DATABASE_URL", "mysql://nobody@nowhere/kbase"),
        ("DATABASE_URL", "not a url"),
        ("DEBUG", "perhaps"),
        ("TIME_ZONE", "Mars/Olympus_Mons"),
        ("SESSION_COOKIE_AGE", "twelve hours"),
        ("REDIS_URL", "http://127.0.0.1:6379/0"),
        ("DATABASE_REPLICA_URL", "mysql://nobody@nowhere/kbase"),
        ("KBASE_SITE_URL", "kbase.example.org"),
        ("KBASE_SITE_URL", "https://kbase.example.org/some/path"),
    ],
)
def test_malformed_setting_stops_start_up_naming_the_variable(variable, value):
    result = start(**{variable: value})
    assert result.returncode != 0
    assert variable in result.stderr


def test_production_refuses_to_start_without_a_real_secret_key():
    result = start(DEBUG="false", ALLOWED_HOSTS="kbase.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = start(DEBUG="false", SECRET_KEY="a random key of 50 or more characters: 7f3Kq9Zp2LmW8xR4tY6u")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_development_defaults_start_without_any_environment():
    result = start()
    assert result.returncode == 0, result.stderr


def site_url(**env):
    """KBASE_SITE_URL as the settings make it from this environment."""
    environment = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY"}}
    environment.update(env)
    code = "from django.conf import settings; print(settings.KBASE_SITE_URL)"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_site_address_defaults_to_the_first_allowed_host_in_production():
    production = {"DEBUG": "false", "SECRET_KEY": "a random key of 50 or more characters: 7f3Kq9Zp2LmW8xR4tY6u"}
    assert site_url(**production, ALLOWED_HOSTS=".example.org,kbase.example.org") == "https://kbase.example.org"
    assert site_url(**production, ALLOWED_HOSTS="a.example.org", KBASE_SITE_URL="https://b.example.org/") == (
        "https://b.example.org"
    )
