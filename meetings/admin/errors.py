"""Bad ids and parameters in admin addresses get "not found" or a 400 that says what is wrong, never a server error.

Django's admin turns most impossible filter values into a redirect, but some reach the database or the calendar
first: a year past 9999 in the date drill-down, an id beyond a 64-bit integer, a NUL byte that PostgreSQL refuses
in any text. The knowledge-base admins refuse these themselves (meetings/admin.py, BadAddressMixin); this middleware
does the same for the admin pages of other apps (users, groups, sign-in attempts) and for any case missed.
"""

import logging

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import DatabaseError, DataError
from django.template.response import TemplateResponse

logger = logging.getLogger(__name__)

# What a lookup raises when the value in the address cannot be one for its field.
BAD_VALUE_ERRORS = (ValueError, OverflowError, DataError, ValidationError)


def bad_request(request, reason, model_admin=None):
    """The admin's 400 page: the reason, and a way back to the unfiltered list."""
    try:
        site_context = admin.site.each_context(request)
    except DatabaseError:
        # Inside a transaction the refused query has ended (tests; ATOMIC_REQUESTS): the page goes without the menu.
        site_context = {}
    context = {**site_context, "reason": reason, "title": "Bad request"}
    if model_admin is not None:
        context["list_url"] = request.path
        context["list_name"] = model_admin.opts.verbose_name_plural
    return TemplateResponse(request, "admin/meetings/bad_request.html", context, status=400)


def describe(error):
    """One line for the reader, whatever the exception carries."""
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    if isinstance(error, OverflowError):
        return "A number or a date in the address is out of range."
    if isinstance(error, DataError):
        return "The database cannot use a value in the address."
    return str(error) or error.__class__.__name__


class AdminBadInputMiddleware:
    """Turns a bad value in an admin address, found only when the database or a date was reached, into a 400."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        match = getattr(request, "resolver_match", None)
        if match is None or match.namespace != "admin" or not isinstance(exception, BAD_VALUE_ERRORS):
            return None
        # Kept in the log: a bug of ours that raises ValueError should not pass for a user's typo unseen.
        logger.warning("Refused a bad value in %s", request.get_full_path(), exc_info=exception)
        return bad_request(request, describe(exception)).render()
