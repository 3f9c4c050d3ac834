"""Old addresses keep working: a renamed or merged-away record's old slug leads to the record as it is now.

A record's address is its slug (/organizations/mps/, /api/people/do-van-hoanh/). When an editor changes a slug, or
merges a record into another (meetings/admin/merging.py), links to the old address from bookmarks, reports and other
sites would otherwise answer 404. Each old slug is kept in SlugRedirect with the key of the record it leads to; the
record pages and the API detail endpoints answer a slug no record has with a 301 to the current address.

The redirect names the record by key, not by slug, so it follows every later rename in one step; a merge moves the
redirects of the records it removes on to the kept one, so no chain is left to walk and none can loop. A slug in use
by a record is never redirected: a record that takes (or takes back) an old slug removes its redirect.
"""

from functools import wraps

from django.db.models.signals import post_save, pre_save
from django.http import Http404, HttpResponsePermanentRedirect

from .models import Agreement, Event, Forum, Organization, Person, SlugRedirect, SourceReport

REDIRECTED = [Event, Organization, Person, Forum, Agreement, SourceReport]


def kind_of(model):
    return SlugRedirect.Kind(model._meta.model_name)


def remember(model, old_slug, target_pk):
    """Lead old_slug of model to the record target_pk from now on."""
    if old_slug:
        SlugRedirect.objects.update_or_create(kind=kind_of(model), old_slug=old_slug, defaults={"target_id": target_pk})


def merged(kept, others):
    """The merged-away records' addresses, and those that led to them, now lead to kept."""
    model = type(kept)
    SlugRedirect.objects.filter(kind=kind_of(model), target_id__in=[other.pk for other in others]).update(
        target_id=kept.pk
    )
    for other in others:
        remember(model, other.slug, kept.pk)


def find(model, slug):
    """The record that slug led to, if it still exists under another slug; else None."""
    target_id = (
        SlugRedirect.objects.filter(kind=kind_of(model), old_slug=slug).values_list("target_id", flat=True).first()
    )
    if target_id is None:
        return None
    target = model._default_manager.filter(pk=target_id).only("pk", "slug").first()
    if target is None or target.slug == slug:
        return None
    return target


def moved_to(request, url):
    """A permanent redirect to url that keeps the request's query string."""
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


def follow_old_slugs(model):
    """For a record page view(request, slug): a slug no record has, but one had, answers 301 to its address now."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, slug, *args, **kwargs):
            try:
                return view(request, slug, *args, **kwargs)
            except Http404:
                target = find(model, slug)
                if target is None:
                    raise
                return moved_to(request, target.get_absolute_url())

        return wrapper

    return decorator


# --- Renames ---------------------------------------------------------------


def _before_save(sender, instance, raw=False, **kwargs):
    # Fixtures (the seed) load records as they are: there is no earlier address to keep.
    if raw or instance.pk is None:
        instance._slug_before_save = None
        return
    instance._slug_before_save = sender._base_manager.filter(pk=instance.pk).values_list("slug", flat=True).first()


def _after_save(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_slug_before_save", None)
    if created or (before and before != instance.slug):
        # The record's address is live: a redirect of the same slug would never be reached, and must not outlive it.
        SlugRedirect.objects.filter(kind=kind_of(sender), old_slug=instance.slug).delete()
    if before and before != instance.slug:
        remember(sender, before, instance.pk)


def connect_signals():
    for model in REDIRECTED:
        pre_save.connect(_before_save, sender=model, dispatch_uid=f"slug-redirect-{model.__name__}-before")
        post_save.connect(_after_save, sender=model, dispatch_uid=f"slug-redirect-{model.__name__}-after")
