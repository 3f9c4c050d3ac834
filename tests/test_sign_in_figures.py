"""An hour of attack on one account, on a simulated clock: how many passwords an attacker gets checked, and how long
the account's user is kept out. The figures in docs/sign-in.md come from here:

    .venv/bin/python -m pytest tests/test_sign_in_figures.py -q -s

Requests go through Django's test client (in process, no network); only the clock is simulated, in steps of
STEP seconds, so an hour takes seconds. Hashing is MD5 for speed: the throttling does not depend on the hasher.
"""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

PASSWORD = "a-long-enough-password"
HOME = "198.51.100.7"
STEP = 10  # seconds between an attacker's tries: 360 an hour, as fast as the measurement needs
USER_EVERY = 300  # seconds between the user's tries

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_hashing_and_own_slots(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.KBASE_LOGIN_LOCK_DIR = str(tmp_path / "slots")


class Clock:
    def __init__(self):
        self.now = timezone.now()

    def __call__(self):
        return self.now


def post(username, password, address, url=None, browser=None):
    return (browser or Client()).post(
        url or reverse("meetings:login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


def attack_for_an_hour(attacker_addresses, user_address, own_browser=False):
    """Runs the attack and the user's tries; returns (passwords checked for the attacker, longest time kept out)."""
    user = User.objects.create_user("admin", "admin@example.org", PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Administrators"))
    clock = Clock()
    patches = [mock.patch(target, clock) for target in ("django.utils.timezone.now", "axes.handlers.proxy.now")]
    for patch in patches:
        patch.start()
    # Every password checked goes through the hasher's verify; the attacker's guesses are the checks not the user's.
    hasher = "django.contrib.auth.hashers.MD5PasswordHasher.verify"
    patches.append(mock.patch(hasher, autospec=True, side_effect=MD5PasswordHasher.verify))
    verify = patches[-1].start()
    try:
        browser = Client() if own_browser else None
        if user_address == HOME or own_browser:
            # The user has signed in from home before, with this browser when own_browser: both are the account's own.
            assert post("admin", PASSWORD, HOME, browser=browser).status_code == 302
            if browser:
                browser.post(reverse("meetings:logout"))
            clock.now += timedelta(hours=1)
        verify.reset_mock()
        user_checks = 0
        kept_out_since, longest_out = None, timedelta(0)
        for step in range(3600 // STEP):
            address = attacker_addresses[step % len(attacker_addresses)]
            post("admin", f"guess {step}", address, url=reverse("admin:login") if step % 2 else None)
            if step * STEP % USER_EVERY == 0:
                # None: a user who signs in from a different new place each time (travelling, a hotel's network).
                here = user_address or f"192.0.2.{step // (USER_EVERY // STEP) + 1}"
                before = verify.call_count
                ok = post("admin", PASSWORD, here, browser=browser).status_code == 302
                if ok and browser:
                    browser.post(reverse("meetings:logout"))
                user_checks += verify.call_count - before
                if ok and kept_out_since is not None:
                    longest_out = max(longest_out, clock.now - kept_out_since)
                    kept_out_since = None
                elif not ok and kept_out_since is None:
                    kept_out_since = clock.now
            clock.now += timedelta(seconds=STEP)
        if kept_out_since is not None:
            longest_out = max(longest_out, clock.now - kept_out_since)
        return verify.call_count - user_checks, longest_out
    finally:
        for patch in patches:
            patch.stop()


def report(title, checked, longest_out):
    print(f"\n{title}: {checked} passwords checked in the hour; the user kept out {longest_out.seconds // 60} min")


def test_one_address_guessing_one_account_for_an_hour(settings):
    checked, longest_out = attack_for_an_hour(["203.0.113.5"], HOME)
    report("One attacking address, user at a known address", checked, longest_out)
    # Five failures, then fifteen minutes locked at that address, four times an hour.
    assert checked <= settings.AXES_FAILURE_LIMIT * (60 // settings.KBASE_LOGIN_LOCKOUT_MINUTES)
    assert longest_out == timedelta(0)


def test_many_addresses_guessing_one_account_for_an_hour_never_keep_out_its_user(settings):
    addresses = [f"10.{n // 250}.{n % 250}.1" for n in range(360)]
    checked, longest_out = attack_for_an_hour(addresses, HOME)
    report("360 attacking addresses, user at a known address", checked, longest_out)
    assert checked <= settings.KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT * (60 // settings.KBASE_LOGIN_LOCKOUT_MINUTES) + 1
    assert longest_out == timedelta(0)


def test_many_addresses_guessing_one_account_hold_back_its_user_at_a_new_address(settings):
    addresses = [f"10.{n // 250}.{n % 250}.1" for n in range(360)]
    checked, longest_out = attack_for_an_hour(addresses, None)
    report("360 attacking addresses, user each time at a new address in a new browser", checked, longest_out)
    assert checked <= settings.KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT * (60 // settings.KBASE_LOGIN_LOCKOUT_MINUTES) + 1
    # Held back, never locked, while the attack lasts: a new place and a new browser look like the attacker's.
    assert longest_out <= timedelta(hours=1)


def test_many_addresses_guessing_one_account_never_keep_out_its_user_travelling_with_their_browser(settings):
    addresses = [f"10.{n // 250}.{n % 250}.1" for n in range(360)]
    checked, longest_out = attack_for_an_hour(addresses, None, own_browser=True)
    report("360 attacking addresses, user at a new address each time with their own browser", checked, longest_out)
    assert longest_out == timedelta(0)
