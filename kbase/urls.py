from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "kbase administration"
admin.site.site_title = "kbase admin"
admin.site.index_title = "Counter-trafficking meetings knowledge base"

# While the database is unreachable: a short 503 and one log line per outage, not a 500 and a traceback per request.
handler500 = "meetings.outage.server_error"

urlpatterns = [
    # The report intake is part of the admin; its addresses come first so the admin's catch-all does not take them.
    path("admin/intake/", include("meetings.intake.urls")),
    path("admin/", admin.site.urls),
    path("api/", include("meetings.api.urls")),
    path("", include("meetings.urls")),
]

# A form too large to read gets a page that says so, in the site's layout (meetings/views/errors.py).
handler400 = "meetings.views.errors.bad_request"
# Not found under /api/ answers JSON, like the API's own 404s (an address no route matches: /api/nosuch/).
handler404 = "meetings.views.errors.not_found"
