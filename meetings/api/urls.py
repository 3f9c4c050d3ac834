"""The read-only JSON API under /api/, its OpenAPI schema and documentation, and the Popolo export.

Every JSON answer is conditional (versioning.conditional): a client that polls sends the ETag or date it holds and
gets 304 Not Modified until the knowledge base changes. The browsable HTML pages are not: they are read by people, and
a 304 would hand the browser the strict Content Security Policy of a plain answer for a page whose inline styles
need the relaxed one (renderers.py).
"""

from django.urls import URLPattern, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from .. import popolo
from ..versioning import conditional
from . import views

app_name = "api"


def wants_html(request):
    """The browsable API answers whoever asks for HTML (a browser) or ?output=api."""
    return request.GET.get("output") == "api" or "text/html" in request.headers.get("Accept", "")


def polled(view):
    return conditional(view, unless=wants_html)


router = DefaultRouter()
router.register("events", views.EventViewSet, basename="event")
router.register("organizations", views.OrganizationViewSet, basename="organization")
router.register("people", views.PersonViewSet, basename="person")
router.register("countries", views.CountryViewSet, basename="country")
router.register("forums", views.ForumViewSet, basename="forum")
router.register("agreements", views.AgreementViewSet, basename="agreement")
router.register("outcomes", views.OutcomeViewSet, basename="outcome")
router.register("sources", views.SourceViewSet, basename="source")

urlpatterns = [
    path("schema/", polled(SpectacularAPIView.as_view()), name="schema"),
    path("docs/", views.docs, name="docs"),
    path("popolo.json", conditional(popolo.popolo_json), name="popolo"),
    # functools.wraps keeps the view's attributes (its viewset class), so the schema still finds every endpoint.
    *(URLPattern(p.pattern, polled(p.callback), p.default_args, p.name) for p in router.urls),
]
