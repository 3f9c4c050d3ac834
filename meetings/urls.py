"""Public pages. Each views module lists its own routes; names are namespaced as meetings:<name>."""

from . import feeds
from .views import events, pages, search

app_name = "meetings"

urlpatterns = [*pages.urlpatterns, *events.urlpatterns, *search.urlpatterns, *feeds.urlpatterns]
