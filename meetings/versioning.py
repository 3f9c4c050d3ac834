"""The knowledge base's version token, and the facet cache keyed on it.

Any saved or deleted record of this app, and any change to a many-to-many relation, gives the version a new
random token in the same transaction as the change. Figures derived from the whole base (the facet counts of the
meeting list) are cached under the token: an edit makes every cached figure unreachable at once, on every server
process, because the token is read from the database. A random token rather than a counter, so a rolled-back
transaction leaves the token that the data it rolled back to was cached under.

Writes that skip signals (bulk loads, raw SQL, QuerySet.update) call bump() themselves. Inside
meetings.derived.deferred() the token moves at the block's first change and once more at its end, not once per row.

When the cache is shared (Redis), an edit costs one computation of each figure and page for the whole site: a request
that misses claims the computation, and others that ask for the same thing meanwhile wait for its result rather than
compute it too. After each edit is committed, the pages read most are computed once in the background
(meetings/warmup.py).
"""

import hashlib
import time
import uuid
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag

from . import derived
from .models import EventFacet, FacetPair, FacetTotal, IntakeDraft, KnowledgeVersion

APP_LABEL = "meetings"

# Not knowledge: the token itself, the intake's drafts, which an open review screen saves every few seconds, and the
# facet tables, which are derived from the knowledge in the same transaction as the change that bumps the token.
NOT_KNOWLEDGE = (KnowledgeVersion, IntakeDraft, EventFacet, FacetTotal, FacetPair)


def bump():
    """Give the knowledge base a new version token; once it is committed, warm the pages read most."""
    # QuerySet.update() leaves auto_now fields alone: the time of the change is set here, for Last-Modified.
    updated = KnowledgeVersion.objects.filter(pk=1).update(token=uuid.uuid4().hex, changed_at=timezone.now())
    if not updated:
        KnowledgeVersion.objects.create(pk=1, token=uuid.uuid4().hex)
    from . import warmup

    warmup.after_commit()


def current(request=None):
    """The current token, made if there is none yet (a flushed database).

    Given the request, the token is read from the database once for it, however many cached parts it serves.
    """
    token = getattr(request, "_kbase_version", None)
    if token is None:
        token = current_with_time(request)[0]
    return token


def current_with_time(request=None):
    """(token, when it was set), read once for the request as current() is."""
    found = getattr(request, "_kbase_version_with_time", None)
    if found is None:
        found = KnowledgeVersion.objects.filter(pk=1).values_list("token", "changed_at").first()
        if found is None:
            bump()
            found = KnowledgeVersion.objects.values_list("token", "changed_at").get(pk=1)
        if request is not None:
            request._kbase_version, request._kbase_version_with_time = found[0], found
    return found


def cache_key(name, request=None):
    return f"kbase:{current(request)}:{name}"


# A computation claimed but never finished (its process killed) stops holding others back after this long.
CLAIM_SECONDS = 60
POLL_SECONDS = 0.05


def computed_once(cache, key, compute, store, seconds):
    """The value cached under key, or compute()'s result, computed by one caller at a time for every cache user.

    The caller that misses first claims the key; those that miss while it computes poll the cache for its result, for
    up to KBASE_CACHE_WAIT_SECONDS, then compute their own. store(result) gives what to cache (None: cache nothing,
    e.g. an error page), kept for `seconds`; waiters then compute their own at once. Returns (cached value, None) or
    (None, result).
    """
    value = cache.get(key)
    if value is not None:
        return value, None
    claim = key + ":computing"
    claimed = cache.add(claim, 1, CLAIM_SECONDS)
    if not claimed:
        deadline = time.monotonic() + settings.KBASE_CACHE_WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
            found = cache.get_many([key, claim])
            if found.get(key) is not None:
                return found[key], None
            if claim not in found:
                break  # finished without caching, or the cache is gone: compute here
    try:
        result = compute()
        value = store(result)
        if value is not None:
            cache.set(key, value, seconds)
        return None, result
    finally:
        if claimed:
            cache.delete(claim)


def cached(key, compute, request=None):
    """compute()'s result, cached under the current version; computed each time when caching is off."""
    seconds = settings.KBASE_FACET_CACHE_SECONDS
    if not seconds:
        return compute()
    value, result = computed_once(caches["default"], cache_key(key, request), compute, lambda result: result, seconds)
    return result if value is None else value


def page_key(request):
    return cache_key("page:" + hashlib.sha256(request.get_full_path().encode()).hexdigest(), request)


def cache_until_edit(view):
    """Serve an anonymous reader's GET of this page from the cache until the knowledge base next changes.

    Signed-in users always get a fresh page (it shows their name and a form with their CSRF token). Only complete
    200 responses are kept; errors, redirects and streamed downloads are never cached.
    """

    def storable(request, response):
        # A page that asked for a CSRF token would hand one reader's token to the next.
        personal = response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        if response.status_code == 200 and not response.streaming and not personal:
            return (response.content, response["Content-Type"])
        return None

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = settings.KBASE_PAGE_CACHE_SECONDS
        if not seconds or request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        stored, response = computed_once(
            caches["default"],
            page_key(request),
            lambda: view(request, *args, **kwargs),
            lambda response: storable(request, response),
            seconds,
        )
        if stored is not None:
            content, content_type = stored
            return HttpResponse(content, content_type=content_type)
        return response

    return wrapper


def conditional(view, unless=None):
    """Answer a GET or HEAD with 304 Not Modified when the client already holds the current answer.

    The ETag is the version token with what decides the answer's content: the path and query, the host (absolute links
    are written with it), the media type asked for (the API answers JSON or HTML) and the reader (a signed-in reader's
    HTML shows their name). Last-Modified is when the version last changed. Neither costs more than the token's
    query, which every request makes anyway. Only a complete 200 carries them, so an error is never kept as current.
    unless(request), when given and true, leaves the request unconditional.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or (unless is not None and unless(request)):
            return view(request, *args, **kwargs)
        token, changed_at = current_with_time(request)
        parts = [token, request.get_full_path(), request.get_host(), request.headers.get("Accept", "")]
        parts.append(str(request.user.pk) if request.user.is_authenticated else "")
        etag = quote_etag(hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32])
        last_modified = int(changed_at.timestamp())
        response = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
        # Set even where the view set its own (Django's Atom feed dates itself by its newest entry): a client must get
        # back the values this wrapper compares with.
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        return response

    return wrapper


def _changed(sender, **kwargs):
    pending = derived.pending()
    # Inside derived.deferred(): a new token at the block's first change, so nothing read in it is cached under the
    # token other readers hold, and one more when it ends (derived.Pending.apply), instead of one per row.
    if pending is None or pending.change():
        bump()


def _m2m_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _changed(sender)


def connect_signals():
    """Connected per model, so the migrations' historical models (which share the app label) stay out of it."""
    for model in apps.get_app_config(APP_LABEL).get_models(include_auto_created=True):
        if model in NOT_KNOWLEDGE:
            continue
        uid = f"kbase-version-{model._meta.label}"
        if model._meta.auto_created:  # a many-to-many table
            m2m_changed.connect(_m2m_changed, sender=model, dispatch_uid=f"{uid}-m2m")
        else:
            post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}-delete")
