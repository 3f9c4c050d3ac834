"""Reads from a PostgreSQL read replica, with editors reading their own writes.

With DATABASE_REPLICA_URL set (scripts/replica makes a local one), readers' queries go to the `replica` database, a
standby fed by streaming replication, and the primary keeps the writes. A standby is a moment behind its primary, so
these read from the primary:

- every write, and every read of the accounts, sessions and sign-in records (a sign-in must see its own session and
  its failures exactly);
- a request that is signed in as staff (editors, viewers and administrators: the admin shows what they just saved);
- the admin, whoever asks;
- any request that is not a GET or HEAD, and, for KBASE_READ_OWN_WRITES_SECONDS after a request that wrote, every
  request from the same browser (a signed cookie), so someone who saves sees the change on the public pages at once;
- everything outside a request: management commands, migrations, the shell, the background warm-up of the pages
  read most (meetings/warmup.py, which computes them under the newest version).

The version token that keys the cached pages is read from the same database as the page's data, so a page cached
under a token always holds that version or a newer one.
"""

import contextlib
import time
from contextvars import ContextVar

from django.conf import settings
from django.core import signing

PRIMARY, REPLICA = "default", "replica"
COOKIE = "kbase_wrote"
# Records that must be read where they are written: the sign-in throttle, sessions, accounts and the admin's log.
PRIMARY_APPS = {"auth", "sessions", "axes", "admin"}

# Off by default: management commands, migrations, the shell and background threads read from the primary. Only a
# request that the middleware finds safe reads from the replica.
_on_replica = ContextVar("kbase_on_replica", default=False)
_wrote = ContextVar("kbase_wrote", default=None)


def enabled():
    return any(path.endswith(".ReplicaRouter") for path in settings.DATABASE_ROUTERS)


@contextlib.contextmanager
def reading_from(alias):
    """Read from this database (PRIMARY or REPLICA) within this block, in this thread or task only."""
    token = _on_replica.set(alias == REPLICA)
    try:
        yield
    finally:
        _on_replica.reset(token)


def primary():
    """Read from the primary within this block."""
    return reading_from(PRIMARY)


class ReplicaRouter:
    """Reads to the replica within a request the middleware found safe; everything else to the primary."""

    def db_for_read(self, model, **hints):
        if _on_replica.get() and model._meta.app_label not in PRIMARY_APPS:
            return REPLICA
        return PRIMARY

    def db_for_write(self, model, **hints):
        wrote = _wrote.get()
        if wrote is not None:
            wrote.append(True)
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, two copies

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class ReadOwnWritesMiddleware:
    """Decides, for each request, whether it reads from the primary; marks the browser of a request that wrote."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled():
            return self.get_response(request)
        wrote = []
        token = _wrote.set(wrote)
        try:
            with reading_from(PRIMARY if self.reads_from_primary(request) else REPLICA):
                response = self.get_response(request)
        finally:
            _wrote.reset(token)
        if wrote or request.method not in ("GET", "HEAD"):
            response.set_signed_cookie(
                COOKIE,
                str(int(time.time())),
                salt=COOKIE,
                max_age=settings.KBASE_READ_OWN_WRITES_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    def reads_from_primary(self, request):
        if request.method not in ("GET", "HEAD") or request.path.startswith(admin_prefix()):
            return True
        if COOKIE in request.COOKIES:
            try:
                request.get_signed_cookie(COOKIE, salt=COOKIE, max_age=settings.KBASE_READ_OWN_WRITES_SECONDS)
                return True
            except (signing.BadSignature, ValueError):
                pass  # expired or forged: read like anyone else
        user = getattr(request, "user", None)
        return bool(user is not None and user.is_authenticated and user.is_staff)


def read_connection(model):
    """The connection a query of raw SQL about this model reads from: `connection` alone is always the primary."""
    from django.db import connections, router

    return connections[router.db_for_read(model)]


def admin_prefix():
    from django.urls import reverse

    return reverse("admin:index")
