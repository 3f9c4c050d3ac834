"""Small pieces every list view shares: pagination that refuses bad page numbers, and filter errors as a 400."""

from django.core.paginator import Paginator

PAGE_SIZE = 25


class ListProblem(Exception):
    """A request a list cannot answer as asked; the page is shown with this message and status 400."""


PAGE_NUMBER_PROBLEM = "The page number must be a whole number from 1."


def page_number(raw):
    """The page number written in raw (ASCII digits only), or None when it is not one.

    str.isdigit() alone also accepts "²" and "١", which int() then refuses or reads as another number.
    """
    raw = (raw or "").strip() or "1"
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 7 or int(raw) < 1:
        return None
    return int(raw)


def paginate(request, object_list, per_page=PAGE_SIZE, count=None):
    """The requested page of object_list. A page that is not a whole number or is out of range is a ListProblem.

    count, when given, is the number of items already known (from a cache), so the paginator does not count them.
    """
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached property; this fills it
    number = page_number(request.GET.get("page"))
    if number is None:
        raise ListProblem(PAGE_NUMBER_PROBLEM)
    if number > 1 and number > paginator.num_pages:
        raise ListProblem(f"There is no page {number}; the last page is {paginator.num_pages}.")
    return paginator.get_page(number)


def query_without(request, *names):
    """The current query string without the given parameters, for links that change one of them."""
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params.urlencode()
