"""The read-only JSON API under /api/."""

app_name = "api"

urlpatterns = []
