"""The event list's filters: one FilterSet serves the page, the CSV export, the API and the feeds.

The query parameters are a public contract (bookmarks, shared links, scripts): keep their names and formats.
"""

import django_filters
from django import forms
from django.db.models import F
from django_filters.constants import EMPTY_VALUES

from .. import search
from ..models import (
    Agreement,
    Country,
    Event,
    EventAgreement,
    Forum,
    Organization,
    Person,
    Topic,
)

MAX_QUERY_LENGTH = 200
# No list parameter needs more: slugs stop at 100 characters, dates at 10, and `q` is MAX_QUERY_LENGTH.
MAX_PARAMETER_LENGTH = MAX_QUERY_LENGTH


def looks_like_slug(value):
    # Checked before any lookup: a NUL byte or stray punctuation must be a form error, never a database error.
    return (
        isinstance(value, str)
        and len(value) <= 120
        and all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in value)
    )


class CountryCodeField(forms.ModelChoiceField):
    """A country given by its ISO code in the URL, lower-case by convention (?country=la)."""

    default_error_messages = {"invalid_choice": "Unknown country code. Use a two-letter ISO code such as “la”."}

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().upper()
            if value and not (len(value) == 2 and value.isascii() and value.isalpha()):
                raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class SlugModelChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
            if value and not looks_like_slug(value):
                raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class CountryCodeFilter(django_filters.ModelChoiceFilter):
    field_class = CountryCodeField


class SlugChoiceFilter(django_filters.ModelChoiceFilter):
    """A record given by its slug; an unknown slug is a form error that names the parameter."""

    field_class = SlugModelChoiceField

    def __init__(self, *args, label_name="record", **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("error_messages", {"invalid_choice": f"No {label_name} has this identifier."})
        super().__init__(*args, **kwargs)


class YearFilter(django_filters.NumberFilter):
    """A calendar year; "2020.5" or "20x0" is a form error rather than a strange lookup."""

    field_class = forms.IntegerField


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


class EventFilter(django_filters.FilterSet):
    country = CountryCodeFilter(
        queryset=Country.objects.all(), method="filter_country", label="Country (host or participant)"
    )
    host_country = CountryCodeFilter(queryset=Country.objects.all(), field_name="country", label="Host country")
    forum = SlugChoiceFilter(queryset=Forum.objects.all(), label="Forum", label_name="forum")
    organization = SlugChoiceFilter(
        queryset=Organization.objects.all(),
        method="filter_organization",
        label="Organization",
        label_name="organization",
    )
    person = SlugChoiceFilter(
        queryset=Person.objects.all(), method="filter_person", label="Person", label_name="person"
    )
    topic = SlugChoiceFilter(queryset=Topic.objects.all(), field_name="topics", label="Topic", label_name="topic")
    agreement = SlugChoiceFilter(
        queryset=Agreement.objects.all(), method="filter_agreement", label="Agreement", label_name="agreement"
    )
    year = YearFilter(field_name="start_date", lookup_expr="year", label="Year", min_value=1900, max_value=2200)
    date_from = django_filters.DateFilter(field_name="start_date", lookup_expr="gte", label="From")
    date_to = django_filters.DateFilter(field_name="start_date", lookup_expr="lte", label="To")
    format = django_filters.ChoiceFilter(choices=Event.Format.choices, label="Format")
    status = django_filters.ChoiceFilter(choices=Event.Status.choices, label="Status")
    q = django_filters.CharFilter(method="filter_q", label="Words", max_length=MAX_QUERY_LENGTH)
    sort = NullsLastOrderingFilter(
        fields=(("start_date", "date"), ("title", "title")),
        field_labels={"start_date": "Date", "title": "Title"},
        label="Sort",
    )

    class Meta:
        model = Event
        fields = []
        form = DateRangeForm

    def filter_country(self, queryset, name, country):
        return queryset.involving_country(country)

    def filter_organization(self, queryset, name, organization):
        return queryset.involving_organization(organization)

    def filter_person(self, queryset, name, person):
        return queryset.attended_by(person)

    def filter_agreement(self, queryset, name, agreement):
        # Meetings that adopted, endorsed, signed, discussed or cited it; IN lists a meeting once whatever it did.
        return queryset.filter(pk__in=EventAgreement.objects.filter(agreement=agreement).values("event_id"))

    def filter_q(self, queryset, name, value):
        return search.matching(queryset, value)
