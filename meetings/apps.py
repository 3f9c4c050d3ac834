from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "meetings"
    verbose_name = "Knowledge base"

    def ready(self):
        from . import facets, redirects, search, signin, versioning  # noqa: F401 (signin connects its user_logged_in receiver)

        search.connect_signals()
        versioning.connect_signals()
        redirects.connect_signals()
        facets.connect_signals()
