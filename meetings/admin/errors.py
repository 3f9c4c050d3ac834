"""Bad ids and parameters in admin addresses get "not found" or a 400 that says what is wrong, never a server error.

Django's admin turns most impossible filter values into a redirect, but some reach the database or the calendar
first: a year past 9999 in the date drill-down, an id beyond a 64-bit integer, a NUL byte that PostgreSQL refuses
in any text. The knowledge-base admins refuse these themselves (BadAddressMixin, below); this middleware
does the same for the admin pages of other apps (users, groups, sign-in attempts) and for any case missed.
"""

import logging

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import DatabaseError, DataError, connection
from django.http import Http404
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


class RefusedParameters(Exception):
    """A changelist address whose filter values cannot be used; the reason is the message."""


def possible_id(field, value):
    """True when value could be a key of field: it converts, it fits, and the database can compare it."""
    if "\x00" in value:
        return False
    try:
        key = field.to_python(value)
    except (ValidationError, ValueError, TypeError):
        return False
    if isinstance(key, int):
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        return (low is None or key >= low) and (high is None or key <= high)
    max_length = getattr(field, "max_length", None)
    return max_length is None or len(key) <= max_length


class BadAddressMixin:
    """Bad ids and list parameters answer "not found" or a 400 that says what is wrong, never a server error.

    A record's change, delete and history addresses with an id that cannot be one (letters for a number, a NUL
    byte, longer than the key) answer 404; a well-formed id of a record that does not exist gets the admin's own
    answer, back to the index with a message. A changelist whose filters cannot use
    a value answers 400 with the reason, where Django would redirect to a "database error" page or, for a year
    past 9999 or an id beyond 64 bits, fail. AdminBadInputMiddleware, above, catches what is only found in the database.
    """

    def get_object(self, request, object_id, from_field=None):
        field = self.opts.pk if from_field is None else self.opts.get_field(from_field)
        if not possible_id(field, object_id):
            return None
        return super().get_object(request, object_id, from_field)

    def refuse_impossible_id(self, object_id):
        if not possible_id(self.opts.pk, unquote(object_id)):
            raise Http404(f"No {self.opts.verbose_name} has the id {object_id!r}.")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        self.refuse_impossible_id(object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        self.refuse_impossible_id(object_id)
        return super().delete_view(request, object_id, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        self.refuse_impossible_id(object_id)
        return super().history_view(request, object_id, extra_context)

    def changelist_view(self, request, extra_context=None):
        if any("\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in [key, *values]):
            return bad_request(request, "The address contains a NUL character.", self)
        try:
            response = super().changelist_view(request, extra_context)
            # The list is read while the page renders; a value only the database refuses shows up here.
            if hasattr(response, "render"):
                response.render()
        except RefusedParameters as refusal:
            return bad_request(request, str(refusal), self)
        except BAD_VALUE_ERRORS as error:
            return bad_request(request, describe(error), self)
        return response

    def get_changelist_instance(self, request):
        try:
            return super().get_changelist_instance(request)
        except IncorrectLookupParameters as error:
            # Django would redirect to the list with ?e=1, which then reports a database error: say what is wrong.
            cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
            raise RefusedParameters(describe(cause)) from error
        except BAD_VALUE_ERRORS as error:
            raise RefusedParameters(describe(error)) from error
