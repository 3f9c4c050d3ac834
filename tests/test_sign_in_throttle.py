"""Sign-in throttling: guessing is slow, nobody can lock a known user out, hashing cannot stall the site, and every
way of making an account applies the password rules."""

import io
from contextlib import contextmanager
from datetime import timedelta
from unittest import mock

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.management.commands import createsuperuser as django_createsuperuser
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from meetings import signin

PASSWORD = "a-long-enough-password"
HOME = "198.51.100.7"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_hashing_and_own_slots(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.KBASE_LOGIN_LOCK_DIR = str(tmp_path / "slots")


def account(username="target", group="Administrators", staff=True):
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, is_staff=staff)
    user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(username, password, address, url=None):
    """A sign-in from a fresh browser at the address."""
    return Client().post(
        url or reverse("meetings:login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


def signed_in(response):
    return response.status_code == 302


def refused_unchecked(response):
    return response.status_code in (429, 503)


# --- Nobody locks a known user out ----------------------------------------------------


def test_five_wrong_passwords_from_elsewhere_do_not_lock_an_administrator_out():
    account()
    assert signed_in(sign_in("target", PASSWORD, HOME))  # has signed in from here before
    for n in range(5):
        assert sign_in("target", "wrong password", f"203.0.113.{n}").status_code == 200
    for _ in range(20):
        sign_in("target", "wrong password", "203.0.113.99")

    assert signed_in(sign_in("target", PASSWORD, HOME))
    assert signed_in(sign_in("target", PASSWORD, HOME, url=reverse("admin:login")))


def test_a_successful_sign_in_clears_the_failures_before_it():
    account()
    for _ in range(4):
        assert sign_in("target", "typo", HOME).status_code == 200
    assert signed_in(sign_in("target", PASSWORD, HOME))

    assert sign_in("target", "one more typo", HOME).status_code == 200
    assert signed_in(sign_in("target", PASSWORD, HOME))


def test_five_failures_to_an_account_at_one_address_lock_that_account_there_only():
    account()
    for _ in range(4):
        assert sign_in("target", "wrong password", "203.0.113.5").status_code == 200
    fifth = sign_in("target", "wrong password", "203.0.113.5")
    assert fifth.status_code == 429
    assert "Sign-in locked for now" in fifth.content.decode()
    assert sign_in("target", PASSWORD, "203.0.113.5").status_code == 429

    assert signed_in(sign_in("target", PASSWORD, HOME))


def test_a_successful_sign_in_does_not_clear_an_addresss_failures_at_other_accounts(settings):
    account()
    account("insider", group="Viewers")
    for n in range(settings.KBASE_LOGIN_ADDRESS_FAILURE_LIMIT - 1):
        sign_in(f"guess{n}", "wrong password", "203.0.113.5")
    assert signed_in(sign_in("insider", PASSWORD, "203.0.113.5"))

    assert sign_in("target", "wrong password", "203.0.113.5").status_code == 429


def test_failures_from_many_addresses_past_the_accounts_limit_hold_back_only_new_addresses(settings):
    account()
    assert signed_in(sign_in("target", PASSWORD, HOME))  # the user's own address, known from now on
    for n in range(settings.KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT):
        assert sign_in("target", "guess", f"203.0.113.{n}").status_code == 200

    with mock.patch.object(User, "check_password", autospec=True, side_effect=User.check_password) as checked:
        refused = sign_in("target", PASSWORD, "192.0.2.1")
    assert refused.status_code == 429
    assert "Sign-in slowed down for this account" in refused.content.decode()
    assert "Retry-After" in refused
    assert not checked.called
    assert not AccessAttempt.objects.filter(ip_address="192.0.2.1").exists()

    assert signed_in(sign_in("target", PASSWORD, HOME))


def test_a_user_on_a_new_network_with_a_browser_they_signed_in_with_before_is_not_held_back(settings):
    account()
    laptop = Client()
    signing_in = {"username": "target", "password": PASSWORD}
    assert signed_in(laptop.post(reverse("meetings:login"), signing_in, REMOTE_ADDR=HOME))
    assert signin.DEVICE_COOKIE in laptop.cookies
    assert laptop.cookies[signin.DEVICE_COOKIE]["httponly"]
    laptop.post(reverse("meetings:logout"))
    for n in range(settings.KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT):
        sign_in("target", "guess", f"203.0.113.{n}")

    assert signed_in(laptop.post(reverse("meetings:login"), signing_in, REMOTE_ADDR="192.0.2.80"))
    # Another browser at a new address is held back, and a made-up cookie does not help it.
    stranger = Client()
    stranger.cookies[signin.DEVICE_COOKIE] = '["target"]'
    assert stranger.post(reverse("meetings:login"), signing_in, REMOTE_ADDR="192.0.2.81").status_code == 429


def test_new_addresses_are_let_in_again_once_the_failures_age_or_an_administrator_clears_them(settings):
    account()
    for n in range(settings.KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT):
        sign_in("target", "guess", f"203.0.113.{n}")
    assert sign_in("target", PASSWORD, "192.0.2.1").status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))
    assert signed_in(sign_in("target", PASSWORD, "192.0.2.1"))

    for n in range(settings.KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT):
        sign_in("target", "guess", f"203.0.113.{n}")
    assert sign_in("target", PASSWORD, "192.0.2.2").status_code == 429
    call_command("axes_reset_username", "target", stdout=io.StringIO())
    assert signed_in(sign_in("target", PASSWORD, "192.0.2.2"))


# --- Hashing cannot stall the site -------------------------------------------------


def test_a_password_longer_than_the_limit_is_refused_without_hashing():
    account()
    with mock.patch("django.contrib.auth.hashers.MD5PasswordHasher.verify") as verify:
        response = sign_in("target", "x" * (signin.PASSWORD_MAX_LENGTH + 1), HOME)
    assert response.status_code == 200
    assert "Please enter a correct" in response.content.decode()
    assert not verify.called


def test_nobody_can_set_a_password_longer_than_sign_in_accepts():
    from django.contrib.auth.password_validation import validate_password

    with pytest.raises(ValidationError, match="too long"):
        validate_password("a-long-enough-password " * 20)


def test_a_locked_out_sign_in_is_refused_without_hashing():
    account()
    for _ in range(5):
        sign_in("target", "wrong password", "203.0.113.5")
    with mock.patch("django.contrib.auth.hashers.MD5PasswordHasher.verify") as verify:
        assert sign_in("target", PASSWORD, "203.0.113.5").status_code == 429
    assert not verify.called


@contextmanager
def slots_taken(prefixes, count):
    held = [signin._try_lock(f"{prefix}-{n}") for prefix in prefixes for n in range(count)]
    assert None not in held
    try:
        yield
    finally:
        for fd in held:
            signin._release(fd)


def test_when_every_hashing_slot_is_busy_a_sign_in_is_answered_at_once_and_not_counted(settings):
    account()
    with slots_taken(["hash", "wait"], settings.KBASE_LOGIN_CONCURRENT_HASHES):
        response = sign_in("target", PASSWORD, HOME)
    assert response.status_code == 503
    assert "Many people are signing in right now" in response.content.decode()
    assert response["Retry-After"] == "2"
    assert not AccessAttempt.objects.exists()

    assert signed_in(sign_in("target", PASSWORD, HOME))


def test_a_sign_in_waits_briefly_for_a_hashing_slot_when_one_frees(settings, monkeypatch):
    account()
    held = signin._try_lock("hash-0")
    settings.KBASE_LOGIN_CONCURRENT_HASHES = 1
    real_sleep = signin.time.sleep

    def sleep_then_free(seconds):
        signin._release(held)
        monkeypatch.setattr(signin.time, "sleep", real_sleep)
        real_sleep(seconds)

    monkeypatch.setattr(signin.time, "sleep", sleep_then_free)
    assert signed_in(sign_in("target", PASSWORD, HOME))


# --- Every way of making an account applies the password rules --------------------------


def test_createsuperuser_without_a_prompt_refuses_a_weak_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "123")
    with pytest.raises(CommandError, match="password rules"):
        call_command("createsuperuser", "--no-input", "--username=admin", "--email=admin@example.org")
    assert not User.objects.filter(username="admin").exists()


def test_createsuperuser_without_a_prompt_refuses_a_password_like_the_user_name(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "administrator2026")
    with pytest.raises(CommandError, match="too similar"):
        call_command("createsuperuser", "--no-input", "--username=administrator2026", "--email=a@example.org")


def test_createsuperuser_without_a_prompt_accepts_a_good_password(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a long random passphrase")
    call_command("createsuperuser", "--no-input", "--username=admin", "--email=admin@example.org", stdout=io.StringIO())
    assert User.objects.get(username="admin").check_password("a long random passphrase")


class TTY(io.StringIO):
    def isatty(self):
        return True


def test_createsuperuser_at_the_prompt_cannot_bypass_the_rules(monkeypatch):
    passwords = iter(["123", "123", "a long random passphrase", "a long random passphrase"])
    monkeypatch.setattr(django_createsuperuser.getpass, "getpass", lambda prompt="Password: ": next(passwords))
    monkeypatch.setattr("builtins.input", lambda prompt="": "y")  # someone answering yes to the bypass question
    stderr = io.StringIO()
    call_command(
        "createsuperuser",
        "--username=admin",
        "--email=admin@example.org",
        stdin=TTY(),
        stdout=io.StringIO(),
        stderr=stderr,
    )
    assert "cannot be bypassed" in stderr.getvalue()
    assert User.objects.get(username="admin").check_password("a long random passphrase")


def test_changepassword_refuses_a_weak_password(monkeypatch):
    account()
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "123")
    with pytest.raises(CommandError):
        call_command("changepassword", "target", stdout=io.StringIO(), stderr=io.StringIO())
    assert User.objects.get(username="target").check_password(PASSWORD)


def test_the_admin_refuses_a_weak_password_when_changing_one(client):
    admin = account("boss")
    target = account("target", group="Editors")
    client.force_login(admin)
    url = reverse("admin:auth_user_password_change", args=[target.pk])
    response = client.post(url, {"password1": "123", "password2": "123", "usable_password": "true"})
    assert response.status_code == 200
    assert "This password is too short" in response.content.decode()
    target.refresh_from_db()
    assert target.check_password(PASSWORD)
