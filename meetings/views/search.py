"""The search page: one box across every kind of record."""

urlpatterns = []
