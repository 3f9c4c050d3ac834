"""The page for a request the site cannot answer as sent (400), in the site's layout.

A form too large to read (too many fields, or too many bytes) gets its own explanation: nothing was saved, and the
typed input is still in the browser's form one step back.
"""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.shortcuts import render


def bad_request(request, exception):
    """handler400: Django's own view renders 400.html without the request, so it cannot say what went wrong."""
    context = {
        "too_many_fields": isinstance(exception, TooManyFieldsSent),
        "too_big": isinstance(exception, RequestDataTooBig),
        "in_admin": request.path.startswith("/admin/"),
    }
    return render(request, "400.html", context, status=400)
