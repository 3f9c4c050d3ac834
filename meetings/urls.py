"""Public pages. Each views module lists its own routes; names are namespaced as meetings:<name>."""

from .views import events, pages

app_name = "meetings"

urlpatterns = [*pages.urlpatterns, *events.urlpatterns]
