"""The page for a request the site cannot answer as sent (400), in the site's layout.

A form too large to read (too many fields, or too many bytes) gets its own explanation: nothing was saved, and the
typed input is still in the browser's form one step back.
"""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import JsonResponse
from django.shortcuts import render
from django.views import defaults


def bad_request(request, exception):
    """handler400: Django's own view renders 400.html without the request, so it cannot say what went wrong."""
    context = {
        "too_many_fields": isinstance(exception, TooManyFieldsSent),
        "too_big": isinstance(exception, RequestDataTooBig),
        "in_admin": request.path.startswith("/admin/"),
    }
    return render(request, "400.html", context, status=400)


def not_found(request, exception):
    """handler404: JSON under /api/, as every other answer there, so an API client can read it; the page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return defaults.page_not_found(request, exception)
