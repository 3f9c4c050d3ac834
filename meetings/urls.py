"""Public pages. Each views module lists its own routes; names are namespaced as meetings:<name>."""

from . import feeds
from .views import access, downloads, events, pages, search

app_name = "meetings"

urlpatterns = [
    *pages.urlpatterns,
    *events.urlpatterns,
    *downloads.urlpatterns,
    *search.urlpatterns,
    *feeds.urlpatterns,
    *access.urlpatterns,
]
