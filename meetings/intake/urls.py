"""The intake's addresses, under /admin/intake/ (kbase/urls.py mounts them before the admin's own)."""

from django.urls import path

from . import views

app_name = "intake"

urlpatterns = [
    path("", views.start, name="start"),
    path("<int:pk>/", views.review, name="review"),
    path("<int:pk>/autosave/", views.autosave, name="autosave"),
    path("<int:pk>/discard/", views.discard, name="discard"),
]
