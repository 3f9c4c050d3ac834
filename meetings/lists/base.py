"""What every public list shares: parameter checking, the filter fields, the FilterSet base and the error text.

The query parameters are a public contract (bookmarks, shared links, scripts): keep their names and formats.
"""

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.db.models import CharField, F, Func, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce
from django.forms.utils import flatatt
from django.http import HttpResponse
from django.urls import reverse
from django.utils.choices import BaseChoiceIterator
from django.utils.html import format_html, format_html_join
from django_filters.constants import EMPTY_VALUES

from .. import search

MAX_QUERY_LENGTH = search.MAX_QUERY_LENGTH
# No list parameter needs more: slugs stop at 100 characters, dates at 10, and `q` is MAX_QUERY_LENGTH.
MAX_PARAMETER_LENGTH = MAX_QUERY_LENGTH


def looks_like_slug(value):
    # Checked before any lookup: a NUL byte or stray punctuation must be a form error, never a database error.
    return (
        isinstance(value, str)
        and len(value) <= 120
        and all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in value)
    )


# --- Fields and filters ---------------------------------------------------------------------------------------


class CountryCodeField(forms.ModelChoiceField):
    """A country given by its ISO code in the URL, lower-case by convention (?country=la)."""

    default_error_messages = {"invalid_choice": "Unknown country code. Use a two-letter ISO code such as “la”."}

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().upper()
            if value and not (len(value) == 2 and value.isascii() and value.isalpha()):
                raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class LowerCountryCodeField(CountryCodeField):
    """Shows codes in lower case in the form, as the URLs write them, while accepting either case."""

    def prepare_value(self, value):
        value = super().prepare_value(value)
        return value.lower() if isinstance(value, str) else value


class SlugModelChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
            if value and not looks_like_slug(value):
                raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class MenuSelect(forms.Select):
    """A select box drawn in one pass, with Django's markup: a list's menus hold hundreds of options (countries,
    organizations), and Django's Select renders each option through its own template, about 0.3 ms apiece, which
    took most of the people list's time (1,000 options, 0.4 of 0.5 s)."""

    def render(self, name, value, attrs=None, renderer=None):
        selected = set(self.format_value(value))
        choices = self.choices.with_selected(selected) if isinstance(self.choices, Menu) else self.choices
        options = format_html_join(
            "\n",
            '<option value="{}"{}>{}</option>',
            ((option, " selected" if str(option) in selected else "", label) for option, label in choices),
        )
        attrs = self.build_attrs(self.attrs, attrs)
        return format_html('<select name="{}"{}>\n{}\n</select>', name, flatatt(attrs), options)


class Menu(BaseChoiceIterator):
    """The options of a record filter's menu: only the records `offered` holds (those that lead to rows), plus the
    one selected, so the form shows what is in force. The field still accepts any record, so a bookmarked link
    to a value without rows gives an empty list, not an error. Read with one query, when the form is drawn (a
    BaseChoiceIterator, which Django keeps as it is instead of reading it when it is assigned)."""

    def __init__(self, field, offered):
        self.field, self.offered, self.options = field, offered, None

    def __iter__(self):
        return iter(self.with_selected(()))

    def with_selected(self, selected):
        field = self.field
        if self.options is None:  # Django reads the first option to decide on `required`; read the records once
            self.options = [("", field.empty_label)] if field.empty_label is not None else []
            self.options += [
                (str(field.prepare_value(record)), field.label_from_instance(record)) for record in self.offered
            ]
        options, known = list(self.options), {option for option, _ in self.options}
        for value in selected:
            if value and value not in known:
                try:
                    record = field.to_python(value)
                except forms.ValidationError:
                    continue  # refused: the form says so beside the menu
                if record is not None:
                    options.append((str(field.prepare_value(record)), field.label_from_instance(record)))
        return options


class MenuFilterMixin:
    """A record filter whose menu offers only `menu()`: a queryset of the records that lead to rows (issue 13: a
    country menu of 249 countries, 22 with data), fetching only what the option's label needs.

    Where even those are thousands (the outcome list's forums: 4,000 at 100,000 meetings), menu() offers the most
    used ones and `find` = (route, text) names the list where any other is found, linked under the menu, as the
    meeting list's facets show their first values and link to the list of all."""

    def __init__(self, *args, menu=None, find=None, **kwargs):
        self.menu, self.find = menu, find
        if "widget" not in kwargs:
            kwargs["widget"] = MenuSelect
        super().__init__(*args, **kwargs)


# A menu of records that would hold thousands (forums, organizations) offers this many, the most used.
MENU_SIZE = 40


def busiest(records, facet):
    """The MENU_SIZE records of `records` carried by the most meetings in the facet table (facet: their facet there),
    by name. A generator, so the query runs only when the menu is drawn (the CSV and the API read the same filters).
    The menu's `find` links to the list where the others are found."""
    from ..models import FacetTotal

    meetings = FacetTotal.objects.filter(facet=facet, value=Cast(OuterRef("pk"), CharField())).values("events")[:1]
    most = records.annotate(meetings=Coalesce(Subquery(meetings), 0)).order_by("-meetings", "name", "pk")[:MENU_SIZE]
    yield from sorted(most, key=lambda record: (record.name.casefold(), record.pk))


class CountryCodeFilter(django_filters.ModelChoiceFilter):
    field_class = CountryCodeField


class CountryChoiceFilter(MenuFilterMixin, django_filters.ModelChoiceFilter):
    """A country menu whose values are the lower-case codes the URLs use."""

    field_class = LowerCountryCodeField

    def __init__(self, *args, **kwargs):
        from ..models import Country

        kwargs.setdefault("queryset", Country.objects.all())
        super().__init__(*args, **kwargs)


class SlugChoiceFilter(MenuFilterMixin, django_filters.ModelChoiceFilter):
    """A record given by its slug; an unknown slug is a form error that names the parameter."""

    field_class = SlugModelChoiceField

    def __init__(self, *args, label_name="record", **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("error_messages", {"invalid_choice": f"No {label_name} has this identifier."})
        super().__init__(*args, **kwargs)


class YearFilter(django_filters.NumberFilter):
    """A calendar year; "2020.5" or "20x0" is a form error rather than a strange lookup. Every list's `year`."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("lookup_expr", "year")
        kwargs.setdefault("label", "Year")
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2200)
        super().__init__(*args, **kwargs)


def text_filter(label="Words"):
    """The `q` parameter: free words, matched the way the search page matches them (ListFilterSet.filter_q)."""
    return django_filters.CharFilter(
        method="filter_q", label=label, max_length=MAX_QUERY_LENGTH, widget=forms.SearchInput
    )


def date_filter(label, **kwargs):
    """A day as YYYY-MM-DD, chosen with the browser's date control."""
    return django_filters.DateFilter(label=label, widget=forms.DateInput(attrs={"type": "date"}), **kwargs)


class NullsLastOrderingFilter(django_filters.OrderingFilter):
    """Sorts undated records after dated ones in both directions, the same on SQLite and PostgreSQL."""

    def get_ordering_value(self, param):
        descending = param.startswith("-")
        field = self.param_map[param.lstrip("-")]
        expression = F(field).desc(nulls_last=True) if descending else F(field).asc(nulls_last=True)
        return expression

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        if [param.lstrip("-") for param in value] == ["title"]:
            # Titles are never empty; the id follows the title's direction so one index serves both.
            return qs.order_by(*(("-title", "-pk") if value[0].startswith("-") else ("title", "pk")))
        # Title breaks ties so a page boundary never moves between two requests.
        return qs.order_by(*[self.get_ordering_value(param) for param in value], "title", "pk")


# --- Forms ----------------------------------------------------------------------------------------------------


class ParameterForm(forms.Form):
    """The form behind every list's filters: a value longer than any parameter needs is refused, saying the limit.

    The over-long value is taken out before the fields read it, so a pasted page of text gets that one message
    rather than "Enter a valid date", and never reaches a parser or the database.
    """

    too_long_message = f"This value is too long: use at most {MAX_PARAMETER_LENGTH} characters."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.too_long = [name for name in self.fields if self.is_too_long(self.add_prefix(name))]
        if self.too_long:
            self.data = self.data.copy()  # a request's QueryDict is immutable; its copy is not
            for name in self.too_long:
                self.data[self.add_prefix(name)] = ""

    def is_too_long(self, key):
        values = self.data.getlist(key) if hasattr(self.data, "getlist") else [self.data.get(key)]
        return any(len(str(value)) > MAX_PARAMETER_LENGTH for value in values if value is not None)

    def clean(self):
        data = super().clean()
        for name in self.too_long:
            self.add_error(name, self.too_long_message)
        return data


class DateRangeForm(ParameterForm):
    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end of the date range is before its start.")
        return data


# --- The FilterSet every list is --------------------------------------------------------------------------------


class ListFilterSet(django_filters.FilterSet):
    """One public list: which rows it holds and in what order (rows()), its filters, and its CSV columns.

    rows() runs inside filter_queryset(), so `filterset.qs` is already the list's rows in the list's order, whoever
    asks: the page, the CSV, the API (which passes its own select_related queryset) and the feeds. A consumer adds
    only what it shows (joins, prefetches, counts), never which rows or in what order.
    """

    csv_filename = ""
    csv_header = ()
    # The parameters the page's form shows as controls (None: all); the others travel as hidden fields.
    shown = None

    class Meta:
        fields = []
        form = ParameterForm

    def __init__(self, data=None, *args, **kwargs):
        # Always bound, even without parameters: django-filter only runs filter_queryset (and so rows()) on bound
        # data, and a list read from code must hold the same rows in the same order as the page.
        super().__init__({} if data is None else data, *args, **kwargs)

    def shown_fields(self):
        return list(self.filters) if self.shown is None else list(self.shown)

    @property
    def form(self):
        """The parameters' form, its record menus narrowed to the records that lead to rows (MenuFilterMixin).

        Set on the form's own fields: Django copies the declared fields for each form, resetting their options."""
        if not hasattr(self, "_form"):
            form = super().form
            for name, filter_ in self.filters.items():
                if getattr(filter_, "menu", None) is not None:
                    field = form.fields[name]
                    field.widget.choices = Menu(field, filter_.menu())
                if getattr(filter_, "find", None):
                    field = form.fields[name]
                    route, field.find_text = filter_.find
                    field.find_url = reverse(route)
                    field.widget.attrs["aria-describedby"] = f"{form.auto_id % form.add_prefix(name)}_find"
        return self._form

    def form_fields(self):
        """The form's fields the page shows as controls, in the order `shown` gives."""
        return [self.form[name] for name in self.shown_fields()]

    def rows(self, queryset):
        """The list's rows, in its default order, before any filter. A `sort` parameter, if any, reorders them."""
        return queryset

    def filter_queryset(self, queryset):
        return super().filter_queryset(self.rows(queryset))

    def filter_q(self, queryset, name, value):
        return search.matching(queryset, value)

    # The CSV twin of the page: the same rows, in the same order, a batch at a time.

    def page_queryset(self, queryset):
        """What the page shows besides the list's own columns (joins, prefetches, counts)."""
        return queryset

    def csv_queryset(self, queryset):
        """What the CSV reads besides the list's own columns (joins, counts)."""
        return queryset

    def csv_rows(self, request):
        """The CSV's rows for a valid filterset, as lists of cells in the order of csv_header."""
        from ..exports import BATCH

        records = self.csv_queryset(self.qs).iterator(chunk_size=BATCH)
        return (self.csv_row(request, record) for record in records)

    def csv_row(self, request, record):
        raise NotImplementedError

    def refusals(self):
        """Each refused parameter: its name, the FilterSet's label for it and one message."""
        return [
            {"name": name, "label": self.filters[name].label if name in self.filters else "Filters", "message": error}
            for name, errors in self.form.errors.items()
            for error in errors
        ]

    def problems(self):
        """The refusals as "Label (name): message", the one wording of the pages (includes/list_errors.html), the
        CSV and the feeds."""
        return [f"{item['label']} ({item['name']}): {item['message']}" for item in self.refusals()]


def bad_parameters(filterset, heading):
    """A plain-text 400 listing the refused parameters, for the CSV downloads and the feeds."""
    lines = [heading, *(f"- {problem}" for problem in filterset.problems())]
    return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")


def page_url(request, record):
    return request.build_absolute_uri(record.get_absolute_url())


class SubqueryCount(Func):
    """COUNT(DISTINCT expr) over a correlated subquery, without a GROUP BY the outer query would inherit."""

    function = "COUNT"
    template = "%(function)s(DISTINCT %(expressions)s)"
    output_field = IntegerField()


def count_of(queryset, field="pk"):
    return Subquery(
        queryset.order_by().annotate(n=SubqueryCount(F(field))).values("n")[:1], output_field=IntegerField()
    )


# --- Pages and links ----------------------------------------------------------------------------------------

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


def param_display(filterset, name, value):
    """How an active filter reads in its chip: a name rather than a code or slug."""
    form_field = filterset.form.fields[name]
    choices = getattr(form_field, "choices", None)
    if choices is not None and not hasattr(value, "pk"):
        return dict(choices).get(value, value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
