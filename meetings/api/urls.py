"""The read-only JSON API under /api/, its OpenAPI schema and documentation, and the Popolo export.

Every answer but the documentation page is conditional (versioning.conditional): a client that polls sends the ETag
or date it holds and gets 304 Not Modified until the knowledge base changes.
"""

from django.urls import URLPattern, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from .. import popolo
from ..versioning import conditional
from . import views

app_name = "api"

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
    path("schema/", conditional(SpectacularAPIView.as_view()), name="schema"),
    path("docs/", views.docs, name="docs"),
    path("popolo.json", conditional(popolo.popolo_json), name="popolo"),
    # functools.wraps keeps the view's attributes (its viewset class), so the schema still finds every endpoint.
    *(URLPattern(p.pattern, conditional(p.callback), p.default_args, p.name) for p in router.urls),
]
