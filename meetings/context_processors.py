"""What every page's template may read besides the request and the user."""

from .lists.base import MAX_QUERY_LENGTH


def limits(request):
    """The search boxes' maxlength (the header's, the home page's): the one limit the lists and the search enforce."""
    return {"search_max_length": MAX_QUERY_LENGTH}
