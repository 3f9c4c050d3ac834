"""
Dates as reports give them: "12 November 2025", "November 2025", "2025".

A partial date is stored as a real date (the first day of its month or year) with a precision beside it
(models.DatePrecision). The admin's date boxes are plain text: the editor types the date as the report
states it and the precision follows from what was typed, so nobody has to turn "November 2025" into
"2025-11-01" and pick "Month" by hand.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from .models import DatePrecision, format_partial_date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

# Each pattern names its parts; the precision is the finest part present.
PATTERNS = [
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),  # 2025-11-12
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})"),  # 2025-11
    re.compile(r"(?P<year>\d{4})"),  # 2025
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<month_name>{MONTH})\.?,? (?P<year>\d{{4}})"),
    re.compile(rf"(?P<month_name>{MONTH})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})"),
    re.compile(rf"(?P<month_name>{MONTH})\.?,? (?P<year>\d{{4}})"),  # November 2025, Nov. 2025
    # 12/11/2025 is 12 November, as the site's British English locale (and the region) writes it.
    re.compile(r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"),
]

HINT = "As the report gives it: 12 November 2025, November 2025, 2025-11 or 2025."
DAY_HINT = "For example 12 November 2025 or 2025-11-12."


def parse_partial_date(text):
    """(date, precision) for a date typed as a report gives it; ValueError with a message for the editor."""
    cleaned = " ".join(str(text).replace(",", ", ").split()).strip().lower().replace(" ,", ",")
    if not cleaned:
        raise ValueError("Enter a date.")
    for pattern in PATTERNS:
        match = pattern.fullmatch(cleaned)
        if match:
            break
    else:
        raise ValueError(f"“{text}” is not a date this box understands. {HINT}")
    parts = match.groupdict()
    year = int(parts["year"])
    month = MONTHS[parts["month_name"].rstrip(".")] if parts.get("month_name") else parts.get("month")
    day = parts.get("day")
    if not 1 <= year <= 9999:
        raise ValueError(f"{year} is not a year.")
    if month is None:
        return datetime.date(year, 1, 1), DatePrecision.YEAR
    month = int(month)
    if not 1 <= month <= 12:
        raise ValueError(f"There is no month {month}: the month comes second in 2025-11-12.")
    if day is None:
        return datetime.date(year, month, 1), DatePrecision.MONTH
    try:
        return datetime.date(year, month, int(day)), DatePrecision.DAY
    except ValueError:
        raise ValueError(f"{datetime.date(year, month, 1):%B %Y} has no day {int(day)}.") from None


class PartialDate(datetime.date):
    """A date that knows how much of it is known."""

    def __new__(cls, year, month=1, day=1, precision=DatePrecision.DAY):
        self = super().__new__(cls, year, month, day)
        self.precision = precision
        return self

    @classmethod
    def of(cls, value, precision):
        return None if value is None else cls(value.year, value.month, value.day, precision=precision)

    def as_date(self):
        return datetime.date(self.year, self.month, self.day)

    # str() stays the ISO date, as SQLite stores a date as str(value).
    def display(self):
        return format_partial_date(self, self.precision)

    def __reduce__(self):
        return (type(self), (self.year, self.month, self.day, self.precision))


def _same(a, b):
    if a is None or b is None:
        return a is b
    precision_a = getattr(a, "precision", DatePrecision.DAY)
    precision_b = getattr(b, "precision", DatePrecision.DAY)
    return (a.year, a.month, a.day, precision_a) == (b.year, b.month, b.day, precision_b)


class DateTextInput(forms.TextInput):
    """A plain text box for a date, shown as a reader would write it; no calendar, no time-zone notice."""

    def __init__(self, attrs=None):
        super().__init__({"size": 18, "autocomplete": "off", **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, PartialDate):
            return value.display()
        if isinstance(value, datetime.date):
            return format_partial_date(value, DatePrecision.DAY)
        return super().format_value(value)


class PartialDateField(forms.Field):
    """A date typed as "12 November 2025", "November 2025", "2025-11" or "2025"; cleans to a PartialDate."""

    widget = DateTextInput

    def __init__(self, *, day_only=False, **kwargs):
        self.day_only = day_only
        kwargs.setdefault("help_text", DAY_HINT if day_only else HINT)
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, datetime.date):
            return value if isinstance(value, PartialDate) else PartialDate.of(value, DatePrecision.DAY)
        if value in self.empty_values or not str(value).strip():
            return None
        try:
            date, precision = parse_partial_date(value)
        except ValueError as error:
            raise ValidationError(str(error), code="invalid") from None
        if self.day_only and precision != DatePrecision.DAY:
            raise ValidationError(f"Give the day too: this date is always a whole date. {DAY_HINT}", code="day")
        return PartialDate.of(date, precision)

    def prepare_value(self, value):
        # The date as the box shows it ("November 2025"): what a browser posts back unchanged, and what the
        # edit-conflict check (meetings/admin/locking.py) compares, so that the precision counts as part of the date.
        if isinstance(value, datetime.date):
            return PartialDate.of(value, getattr(value, "precision", DatePrecision.DAY)).display()
        return value

    def has_changed(self, initial, data):
        try:
            data = self.to_python(data)
        except ValidationError:
            return True
        if isinstance(initial, str):
            try:
                initial = self.to_python(initial)
            except ValidationError:
                return True
        return not _same(initial, data)


def is_date_only(field):
    return isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField)


def partial_date_fields(model):
    """{date field name: precision field name} for model's partial dates."""
    names = {f.name for f in model._meta.concrete_fields}
    return {
        f.name: f"{f.name}_precision"
        for f in model._meta.concrete_fields
        if is_date_only(f) and f"{f.name}_precision" in names
    }


class PartialDatesFormMixin:
    """
    Gives a model form's date fields plain text boxes that read dates as reports give them.

    A date with a precision beside it in the model (start_date, start_date_precision) takes "November 2025" and
    sets the precision itself; the precision field, where the form has it, becomes hidden. A date without one
    (a report's publication date) must be whole.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model = self._meta.model
        partial = partial_date_fields(model)
        for field in model._meta.concrete_fields:
            if not is_date_only(field) or field.name not in self.fields:
                continue
            old = self.fields[field.name]
            precision = partial.get(field.name)
            self.fields[field.name] = PartialDateField(
                day_only=precision is None,
                required=old.required,
                label=old.label,
                help_text=f"{old.help_text} {HINT if precision else DAY_HINT}".strip(),
            )
            if precision:
                value = getattr(self.instance, field.name)
                self.initial[field.name] = PartialDate.of(value, getattr(self.instance, precision))
                if precision in self.fields:
                    self.fields[precision].widget = forms.HiddenInput()
                    self.fields[precision].required = False

    def clean(self):
        cleaned_data = super().clean()
        for name, precision in partial_date_fields(self._meta.model).items():
            if name not in self.fields or name not in cleaned_data:
                continue
            value = cleaned_data[name]
            level = value.precision if isinstance(value, PartialDate) else DatePrecision.DAY
            if precision in self.fields:
                cleaned_data[precision] = level
            else:
                setattr(self.instance, precision, level)
        return cleaned_data

    def _update_errors(self, errors):
        # A date that could not be read is empty to the model, whose clean() then complains that the date is
        # missing ("needs at least the year"): one message, the one about what was typed, is enough.
        if hasattr(errors, "error_dict"):
            failed = {name for name in self.errors if name in self.fields}
            errors.error_dict = {k: v for k, v in errors.error_dict.items() if k not in failed}
            if not errors.error_dict:
                return
        super()._update_errors(errors)


class HiddenUnlabelledBoundField(forms.BoundField):
    """A field whose label the admin's fieldsets leave out when its input is hidden (the dates' precisions, the
    version token): a label must name a control a person can reach, and the Nu HTML checker refuses one that
    points at a hidden input."""

    def label_tag(self, *args, **kwargs):
        return "" if self.is_hidden else super().label_tag(*args, **kwargs)


class PartialDatesModelForm(PartialDatesFormMixin, forms.ModelForm):
    """The admin's default form: dates as reports give them."""

    bound_field_class = HiddenUnlabelledBoundField
