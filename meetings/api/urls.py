"""The read-only JSON API under /api/, its OpenAPI schema and documentation, and the Popolo export."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from .. import popolo
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
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", views.docs, name="docs"),
    path("popolo.json", popolo.popolo_json, name="popolo"),
    *router.urls,
]
