"""
Signing in: guessing is slow, a known user cannot be locked out by someone else, and hashing cannot stall the site.

django-axes (settings: AXES_*) locks an account *at one network address* after a few failures there, and an address
after many failures to any accounts (password spraying). Neither lets an attacker elsewhere lock a user out. What stops
guessing one account from many addresses is the per-account rate here: once an account has had
KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT failures within the lockout time, from anywhere, tries from addresses it has never
signed in from are refused without checking the password until those failures age. From an address the account has
signed in from (axes' access log), or from a browser it has signed in with (a signed cookie set at sign-in), the rate
does not apply: the user's own office, home or laptop is never held back by failures made elsewhere. An administrator
who clears the account's attempts (axes_reset_username) lifts both.

Checking a password costs most of a second of CPU on purpose (PBKDF2). At most KBASE_LOGIN_CONCURRENT_HASHES sign-ins
hash at once across all the server's processes (a lock file per slot); as many again may wait a moment for a slot,
and the rest are answered at once with "try again in a moment", so a burst of sign-ins leaves workers free for
readers. A password longer than PASSWORD_MAX_LENGTH is refused before hashing, and no one can set one.
"""

import fcntl
import os
import time
from contextlib import contextmanager
from datetime import timedelta

from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in
from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.dispatch import receiver
from django.shortcuts import render
from django.utils import timezone

from .access import client_ip

# Passphrases from a password manager stay well below this; a longer "password" is only a way to make hashing cost.
PASSWORD_MAX_LENGTH = 256
# The cookie that marks a browser an account has signed in from with its password (signed, so it cannot be made up).
DEVICE_COOKIE = "kbase_device"
DEVICE_SALT = "meetings.signin.device"
DEVICE_ACCOUNTS = 5
THIS_BACKEND = "meetings.signin.ThrottledModelBackend"
# How long a sign-in may wait for a hashing slot before it is told to try again; waiting holds a worker.
HASH_WAIT_SECONDS = 2.0


class SignInRefused(Exception):
    """A sign-in refused before its password was checked; answered by SignInRefusalMiddleware."""

    status = 429
    template = "access/sign_in_refused.html"
    retry_after = 60

    def __init__(self, reason, retry_after=None):
        super().__init__(reason)
        self.reason = reason
        if retry_after is not None:
            self.retry_after = retry_after


class AccountRateLimited(SignInRefused):
    """Too many failures to this account, from anywhere, within the lockout time; this address is not its own."""


class SignInBusy(SignInRefused):
    """Every hashing slot is taken: many sign-ins at this moment."""

    status = 503


def is_known_address(username, address):
    """True when the account has signed in from this address within KBASE_LOGIN_KNOWN_ADDRESS_DAYS."""
    since = timezone.now() - timedelta(days=settings.KBASE_LOGIN_KNOWN_ADDRESS_DAYS)
    return AccessLog.objects.filter(username=username, ip_address=address, attempt_time__gte=since).exists()


def known_devices(request):
    """The accounts that have signed in from this browser, by its signed device cookie (empty when none or forged)."""
    value = request.COOKIES.get(DEVICE_COOKIE)
    if not value:
        return []
    try:
        names = signing.loads(value, salt=DEVICE_SALT, max_age=timedelta(days=settings.KBASE_LOGIN_KNOWN_ADDRESS_DAYS))
    except signing.BadSignature:
        return []
    return [name for name in names if isinstance(name, str)] if isinstance(names, list) else []


def is_known(request, username):
    """The account's own browser or address: a successful sign-in from it within KBASE_LOGIN_KNOWN_ADDRESS_DAYS."""
    return username in known_devices(request) or is_known_address(username, client_ip(request))


@receiver(user_logged_in)
def remember_device(sender, request, user, **kwargs):
    """After a sign-in with the password, the browser is the account's own: SignInRefusalMiddleware sets the cookie."""
    if request is not None and getattr(user, "backend", "") == THIS_BACKEND:
        request.signed_in_device = user.get_username()


def account_failures(username):
    """Failed sign-ins to the account within the lockout time, from anywhere, as axes counts them (checked only)."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(username=username, attempt_time__gte=since)


def check_account_rate(request, username):
    """Refuses, unchecked, a try from a new address at an account that has had its share of failures."""
    limit = settings.KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT
    recent = account_failures(username)
    if (recent.aggregate(n=Sum("failures_since_start"))["n"] or 0) < limit:
        return
    if is_known(request, username):
        return
    # The oldest failure's row ages out of the count first; a fair estimate of when a try from here is checked again.
    oldest = recent.order_by("attempt_time").values_list("attempt_time", flat=True).first()
    wait = int((oldest + settings.AXES_COOLOFF_TIME - timezone.now()).total_seconds()) + 1
    raise AccountRateLimited(
        "This account has had many failed sign-ins from other places, so sign-ins to it from addresses it has not "
        "been used from are slowed down.",
        retry_after=max(wait, 1),
    )


def _lock_dir():
    path = settings.KBASE_LOGIN_LOCK_DIR
    os.makedirs(path, exist_ok=True)
    return path


def _try_lock(name):
    """An open, locked file descriptor for the named slot, or None when another process holds it."""
    fd = os.open(os.path.join(_lock_dir(), name), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def _release(fd):
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)


def _take_slot(prefix, count):
    for n in range(count):
        fd = _try_lock(f"{prefix}-{n}")
        if fd is not None:
            return fd
    return None


@contextmanager
def hashing_slot():
    """Holds one of KBASE_LOGIN_CONCURRENT_HASHES slots while a password is hashed, across processes."""
    slots = settings.KBASE_LOGIN_CONCURRENT_HASHES
    fd = _take_slot("hash", slots)
    if fd is None:
        # One waiter per slot; beyond that, waiting would only tie up workers that readers need.
        waiting = _take_slot("wait", slots)
        if waiting is None:
            raise SignInBusy("Many people are signing in at this moment.", retry_after=2)
        try:
            deadline = time.monotonic() + HASH_WAIT_SECONDS
            while fd is None and time.monotonic() < deadline:
                time.sleep(0.02)
                fd = _take_slot("hash", slots)
        finally:
            _release(waiting)
        if fd is None:
            raise SignInBusy("Many people are signing in at this moment.", retry_after=2)
    try:
        yield
    finally:
        _release(fd)


class ThrottledModelBackend(ModelBackend):
    """Django's ModelBackend, after the checks that need no hashing; the hashing itself in a slot.

    Listed after axes' backend, which refuses a locked-out (account, address) or address before this runs.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(self.user_model_field())
        if username is None or password is None:
            return None
        if len(password) > PASSWORD_MAX_LENGTH:
            return None  # a failure like any wrong password, at no cost
        if request is not None:
            check_account_rate(request, username)
        with hashing_slot():
            return super().authenticate(request, username, password, **kwargs)

    @staticmethod
    def user_model_field():
        from django.contrib.auth import get_user_model

        return get_user_model().USERNAME_FIELD


class SignInRefusalMiddleware:
    """Answers a sign-in refused before checking (SignInRefused) with a page in the site's layout."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        username = getattr(request, "signed_in_device", None)
        if username:
            # A handful of accounts per browser; the newest first, so a shared computer keeps its latest users.
            names = [username, *(name for name in known_devices(request) if name != username)][:DEVICE_ACCOUNTS]
            response.set_cookie(
                DEVICE_COOKIE,
                signing.dumps(names, salt=DEVICE_SALT),
                max_age=settings.KBASE_LOGIN_KNOWN_ADDRESS_DAYS * 24 * 3600,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    def process_exception(self, request, exception):
        if not isinstance(exception, SignInRefused):
            return None
        minutes = max(1, round(exception.retry_after / 60))
        context = {
            "reason": exception.reason,
            "busy": isinstance(exception, SignInBusy),
            "seconds": exception.retry_after,
            "minutes": minutes,
        }
        response = render(request, exception.template, context, status=exception.status)
        response["Retry-After"] = str(exception.retry_after)
        return response


class MaximumLengthValidator:
    """Refuses a password longer than PASSWORD_MAX_LENGTH, which signing in would refuse anyway."""

    def __init__(self, max_length=PASSWORD_MAX_LENGTH):
        self.max_length = max_length

    def validate(self, password, user=None):
        if len(password) > self.max_length:
            raise ValidationError(
                f"This password is too long: at most {self.max_length} characters.", code="password_too_long"
            )

    def get_help_text(self):
        return f"Your password can have at most {self.max_length} characters."
