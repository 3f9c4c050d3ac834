"""
The meeting's page in the admin, made for entering a report by hand.

The report is chosen once, at the top of the page, and every row below that names no source of its own
cites it (forms.DefaultSourceMixin). Dates read as reports write them (meetings/dates.py).
"""

from django import forms
from django.contrib import admin
from django.utils.text import capfirst

from ..dates import PartialDatesModelForm
from ..forms import DEFAULT_SOURCE_HELP, DefaultSourceMixin, NamedEmptyChoiceAutocompleteSelect
from ..models import EventCitation, SourceReport

REPORT_FIELD = "report"


def report_widget(choices, field_name="source", model=EventCitation):
    """An autocomplete box for a source report (the admin's autocomplete view finds reports through a citation)."""
    widget = NamedEmptyChoiceAutocompleteSelect(model._meta.get_field(field_name), admin.site, choices=choices)
    widget.is_required = False
    return widget


class EventForm(PartialDatesModelForm):
    """The meeting itself, with the report being entered chosen once for every row of the page."""

    report = forms.ModelChoiceField(
        queryset=SourceReport.objects.all(),
        required=False,
        label="Report",
        help_text="The report you are entering. Every row below whose source is left empty cites it.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if REPORT_FIELD not in self.fields:
            # The read-only page of an earlier version shows no boxes.
            return
        self.fields[REPORT_FIELD].widget = report_widget(self.fields[REPORT_FIELD].choices)
        if self.instance.pk:
            first = self.instance.citations.order_by("pk").first()
            if first is not None:
                self.initial.setdefault(REPORT_FIELD, first.source_id)


def chosen_report(request):
    """The report chosen at the top of a posted meeting page, or None."""
    value = request.POST.get(REPORT_FIELD, "") if request.method == "POST" else ""
    if not value.strip().isdigit():
        return None
    return SourceReport.objects.filter(pk=int(value)).first()


class EventCitationForm(DefaultSourceMixin, forms.ModelForm):
    """A passage that states the meeting took place; its report defaults to the page's."""

    class Meta:
        model = EventCitation
        fields = ["source", "passage", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].required = False
        self.fields["source"].help_text = DEFAULT_SOURCE_HELP

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("passage") and self.source_or_default(cleaned_data) is None and "source" not in self.errors:
            self.add_error("source", "Choose the report the passage comes from, here or at the top of the page.")
        return cleaned_data


def labelled_rows(formset_class, row_name):
    """
    formset_class whose boxes carry their column's name (aria-label), for a tabular inline.

    A tabular row shows its labels once, in the table's header, which a screen reader does not tie to the boxes
    below; "Passage, participation 3" says which box and which row.
    """

    class LabelledRows(formset_class):
        def add_fields(self, form, index):
            super().add_fields(form, index)
            if index is None:
                # The template of rows added in the page: admin-entry.js names those from the table's header.
                return
            row = f"{row_name} {index + 1}"
            for name, field in form.fields.items():
                if field.widget.is_hidden:
                    continue
                label = "Delete" if name == "DELETE" else capfirst(field.label or name.replace("_", " "))
                widget = getattr(field.widget, "widget", field.widget)  # inside RelatedFieldWidgetWrapper
                widget.attrs["aria-label"] = f"{label}, {row}"

    LabelledRows.__name__ = formset_class.__name__
    return LabelledRows


class NamedEmptyChoiceMixin:
    """The admin's autocomplete boxes for a single record, with NamedEmptyChoiceAutocompleteSelect."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            db = kwargs.get("using")
            kwargs["widget"] = NamedEmptyChoiceAutocompleteSelect(db_field, self.admin_site, using=db)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
