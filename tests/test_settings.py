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
