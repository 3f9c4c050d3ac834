"""After an edit, the pages read most are computed once, in the background, under the new version.

An edit gives the knowledge base a new version token (meetings/versioning.py), which ends every cached page at once.
Without more, the next readers of the home page and the lists would each wait for a page computed cold. Instead, when
the edit is committed, a thread of the process that saved it takes a lock shared by every process (an entry added to
Redis when the cache is shared, a PostgreSQL advisory lock otherwise, a lock in the process on SQLite) and asks the
site for each page in PAGES as an anonymous reader would, which caches it under the new token. The meeting list's
facet counts are cached on the way.

Readers are never handed a page from before the edit: the old token's pages are unreachable from the moment the edit
is committed, and a reader who asks for a page the warm-up is computing waits for it (or computes it), as for any
page being computed (versioning.computed_once). A process that commits an edit while another holds the lock leaves
the work to it: the holder reads the token again after each round and again after letting go, and computes the
pages once more if it changed, so no edit's pages are left cold. The warm-up reads from the primary database.
"""

import logging
import threading
import time
import zlib

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.core.handlers.base import BaseHandler
from django.db import connection, connections, transaction
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse

from . import replica, versioning

logger = logging.getLogger(__name__)

# The pages readers ask for most: the home page and the first page of each list (the meeting list with its counts).
PAGES = (
    "meetings:home",
    "meetings:event-list",
    "meetings:outcome-list",
    "meetings:organization-list",
    "meetings:person-list",
    "meetings:country-list",
    "meetings:forum-list",
    "meetings:agreement-list",
    "meetings:source-list",
)
LOCK_KEY = "kbase:warm-up:lock"
DONE_KEY = "kbase:warm-up:done"
# A warm-up that dies (its process killed) lets go of the Redis lock after this long.
LOCK_SECONDS = 120
ADVISORY_LOCK = zlib.crc32(b"kbase warm-up")

_serving = False
_wanted = threading.Event()
_thread = None
_thread_lock = threading.Lock()
_process_lock = threading.Lock()


def serving():
    """Called by the WSGI application (kbase/wsgi.py): this process serves pages, so it warms them after its edits."""
    global _serving
    _serving = True


def active():
    return (
        _serving
        and settings.KBASE_WARM_UP
        and bool(settings.KBASE_PAGE_CACHE_SECONDS)
        # Pages for a closed site are never cached for anonymous readers: there is nothing to warm.
        and not settings.KBASE_REQUIRE_LOGIN
    )


def after_commit():
    """Warm the pages once the current transaction is committed (at once outside a transaction)."""
    if active():
        transaction.on_commit(start)


def start():
    """Start the warm-up thread of this process, or tell the running one to look at the token again."""
    global _thread
    _wanted.set()
    with _thread_lock:
        if _thread is not None and _thread.is_alive():
            return
        # Not a daemon: a worker that is stopped or recycled finishes the round and lets go of the lock first.
        _thread = threading.Thread(target=_run, name="kbase-warm-up")
        _thread.start()


def _run():
    global _thread
    try:
        while True:
            _wanted.clear()
            try:
                warm_up()
            except Exception:
                logger.exception("Warming the pages read most failed; readers compute them")
            with _thread_lock:
                if not _wanted.is_set():
                    _thread = None
                    return
    finally:
        connections.close_all()


def warm_up():
    """Compute PAGES under the current version unless another process is doing it. Returns the rounds made."""
    cache = caches["default"]
    rounds = 0
    with replica.primary():
        while True:
            with shared_lock(cache) as held:
                if not held:
                    return rounds  # the holder reads the token again after letting go
                warmed = None
                while True:
                    token = versioning.current()
                    if token in (warmed, cache.get(DONE_KEY)):
                        break
                    began = time.perf_counter()
                    warm_pages()
                    warmed = token
                    cache.set(DONE_KEY, token, None)
                    rounds += 1
                    logger.info("Warmed %d pages in %.2f s", len(PAGES), time.perf_counter() - began)
            # An edit committed after our last look, whose own warm-up found the lock taken, is ours to warm.
            if versioning.current() in (warmed, cache.get(DONE_KEY)):
                return rounds


class shared_lock:
    """Held by one process of the site at a time; never waits."""

    def __init__(self, cache):
        self.cache = cache
        if isinstance(cache, RedisCache):
            self.kind = "cache"
        else:
            self.kind = "postgresql" if connection.vendor == "postgresql" else "process"

    def __enter__(self):
        if self.kind == "cache":
            self.held = self.cache.add(LOCK_KEY, 1, LOCK_SECONDS)
        elif self.kind == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_try_advisory_lock(%s)", [ADVISORY_LOCK])
                self.held = cursor.fetchone()[0]
        else:
            self.held = _process_lock.acquire(blocking=False)
        return self.held

    def __exit__(self, *exc):
        if not self.held:
            return
        if self.kind == "cache":
            self.cache.delete(LOCK_KEY)
        elif self.kind == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK])
        else:
            _process_lock.release()


def warm_pages():
    """Ask for each page as an anonymous reader over HTTPS would, through every middleware, so it is cached as is."""
    handler = BaseHandler()
    handler.load_middleware()
    host = next((h.lstrip(".") for h in settings.ALLOWED_HOSTS if h not in ("*", ".")), "localhost")
    extra = {"HTTP_HOST": host}
    if settings.SECURE_PROXY_SSL_HEADER:
        header, value = settings.SECURE_PROXY_SSL_HEADER
        extra[header] = value
    factory = RequestFactory(**extra)
    for name in PAGES:
        try:
            path = reverse(name)
        except NoReverseMatch:
            continue
        response = handler.get_response(factory.get(path, secure=True))
        if response.status_code != 200:
            logger.warning("Warming %s answered %s", path, response.status_code)
        # Not response.close(): its request_finished signal closes the thread's database connection, and the
        # advisory lock with it. The pages are plain responses, with nothing else to give back.
