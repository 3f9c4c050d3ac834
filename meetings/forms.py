"""
Forms for the admin, the knowledge base's data-entry tool.

A fact entered as an inline row (a participation on a meeting's page, a post on a
person's page) carries its own citation in two extra fields, because stock Django
cannot nest the citation inline inside the fact's inline.
"""

import copy

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError
from django.db import router
from django.db.models import UniqueConstraint, Value

from .dates import PartialDatesFormMixin
from .models import (
    PASSAGE_LENGTH,
    AgreementParty,
    AgreementPartyCitation,
    Attendance,
    AttendanceCitation,
    EventAgreement,
    EventAgreementCitation,
    Membership,
    MembershipCitation,
    Outcome,
    OutcomeCitation,
    Participation,
    ParticipationCitation,
    Position,
    PositionCitation,
    SourceReport,
    Statement,
)


class NamedEmptyChoiceAutocompleteSelect(AutocompleteSelect):
    """An autocomplete box whose empty choice has a text ("—"): select2 needs that choice for its clear button, and
    an <option> with no text is invalid HTML. select2 shows its own (empty) placeholder instead of the text."""

    def create_option(self, name, value, label, *args, **kwargs):
        return super().create_option(name, value, label if label or value != "" else "—", *args, **kwargs)


DEFAULT_SOURCE_HELP = "The report that states this row. Left empty: the report chosen at the top of the page."


class DefaultSourceMixin:
    """Takes default_source, the report chosen once at the top of a meeting's page, for rows that name none."""

    def __init__(self, *args, default_source=None, **kwargs):
        self.default_source = default_source
        super().__init__(*args, **kwargs)

    def source_or_default(self, cleaned_data, passage_field="passage"):
        """The row's source; the page's report when the row names none but has a passage to cite."""
        source = cleaned_data.get("source")
        if source is None and self.default_source is not None and cleaned_data.get(passage_field):
            source = cleaned_data["source"] = self.default_source
        return source


class CitationFieldsMixin(DefaultSourceMixin, forms.Form):
    """
    Adds "source" and "passage" to a fact's model form and keeps them as the fact's first citation.

    Set citation_model (ParticipationCitation) and citation_fk, the name of its foreign key to the
    fact ("participation"). The fields start from the fact's first citation; saving the form
    updates that citation, or creates one when the fact had none.
    """

    citation_model = None
    citation_fk = None

    source = forms.ModelChoiceField(
        queryset=SourceReport.objects.all(),
        required=False,
        label="Source report",
        help_text=DEFAULT_SOURCE_HELP,
    )
    passage = forms.CharField(
        required=False,
        max_length=PASSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 40}),
        help_text="Copied word for word from the report's text.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        source_field = self.citation_model._meta.get_field("source")
        field = self.fields["source"]
        # The admin's autocomplete view finds the report through the citation model's own foreign key.
        field.widget = NamedEmptyChoiceAutocompleteSelect(source_field, admin.site, choices=field.choices)
        field.widget.is_required = False
        self.citations = self._existing_citations()
        self.citation = self.citations[0] if self.citations else None
        if self.citation:
            self.initial.setdefault("source", self.citation.source_id)
            self.initial.setdefault("passage", self.citation.passage)

    def _existing_citations(self):
        if self.instance.pk is None:
            return []
        accessor = self.citation_model._meta.get_field(self.citation_fk).remote_field.get_accessor_name()
        # all() uses the admin's prefetch_related("citations") when there is one.
        return list(getattr(self.instance, accessor).all())

    def clean(self):
        cleaned_data = super().clean()
        if "source" in self.errors or "passage" in self.errors:
            return cleaned_data
        source, passage = self.source_or_default(cleaned_data), cleaned_data.get("passage")
        if source and not passage:
            self.add_error("passage", "Copy the passage of the report that states this.")
        elif passage and not source:
            self.add_error("source", "Choose the report the passage comes from, here or at the top of the page.")
        elif source and passage:
            # An untouched row is not checked again: if its report's text moved on, refusing it would refuse every
            # save of the meeting over a row the editor did not touch.
            changed = "source" in self.changed_data or "passage" in self.changed_data or self.citation is None
            if changed and not source.contains(passage):
                self.add_error("passage", "This passage does not occur in the report's text. Copy it exactly.")
            elif any(c.source_id == source.pk and c.passage == passage for c in self.citations[1:]):
                self.add_error("passage", "This row already cites this passage.")
        elif self.citation:
            self.add_error(
                "passage", "This row already cites a report. Remove citations on the row's own page instead."
            )
        return cleaned_data

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if commit:
            self.save_citation()
        else:
            save_m2m = self.save_m2m

            def save_m2m_and_citation():
                save_m2m()
                self.save_citation()

            self.save_m2m = save_m2m_and_citation
        return instance

    def save_citation(self):
        source, passage = self.cleaned_data.get("source"), self.cleaned_data.get("passage")
        if not (source and passage):
            return
        citation = self.citation or self.citation_model(**{self.citation_fk: self.instance})
        if citation.pk and citation.source_id == source.pk and citation.passage == passage:
            return
        citation.source, citation.passage = source, passage
        citation.save()
        self.citation = citation


class ParticipationForm(CitationFieldsMixin, forms.ModelForm):
    """
    An organization, or one or more country delegations, in one role at a meeting.

    Several countries in one new row become one participation per country, each with the row's role, note and
    citation: a report that lists seven delegations needs one row, not seven. A saved row stays one country.
    """

    citation_model, citation_fk = ParticipationCitation, "participation"

    country = forms.ModelMultipleChoiceField(
        queryset=Participation._meta.get_field("country").related_model.objects.all(),
        required=False,
        label="Countries",
        help_text="One or more country delegations; each is saved as its own row with this role, note and passage.",
    )

    class Meta:
        model = Participation
        fields = ["organization", "country", "role", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["country"]
        field.widget = AutocompleteSelectMultiple(
            Participation._meta.get_field("country"), admin.site, choices=field.choices
        )
        field.widget.is_required = False
        self.initial["country"] = [self.instance.country_id] if self.instance.country_id else []
        self.more_countries = []

    def clean(self):
        cleaned_data = super().clean()
        countries = list(cleaned_data.get("country") or [])
        if self.instance.country_id:
            # A saved row keeps its own country; the others chosen in it become new rows.
            countries.sort(key=lambda country: country.pk != self.instance.country_id)
        if len(countries) > 1 and cleaned_data.get("organization"):
            self.add_error(
                "country",
                "A row with an organization takes at most one country. Put the delegations in a row of their own.",
            )
            return cleaned_data
        cleaned_data["country"] = countries[0] if countries else None
        self.more_countries = countries[1:]
        event_id = self.instance.event_id
        role = cleaned_data.get("role")
        if event_id and role and self.more_countries:
            taken = Participation.objects.filter(
                event_id=event_id, role=role, organization__isnull=True, country__in=self.more_countries
            ).select_related("country")
            names = ", ".join(sorted(str(p.country) for p in taken))
            if names:
                self.add_error("country", f"Already listed in this role: {names}.")
        return cleaned_data

    def _post_clean(self):
        super()._post_clean()
        # The row is built with its first country; the form's value stays every country chosen, so that adding
        # one to a saved row counts as a change (meetings/admin/locking.py compares the form's values).
        if self.more_countries and hasattr(self, "cleaned_data"):
            self.cleaned_data["country"] = [self.instance.country, *self.more_countries]

    def save_citation(self):
        super().save_citation()
        self.save_more_countries()

    def save_more_countries(self):
        """One participation per further country chosen in the row, with the row's role, note and citation."""
        for country in self.more_countries:
            participation = Participation.objects.create(
                event=self.instance.event, country=country, role=self.instance.role, note=self.instance.note
            )
            if self.citation is not None:
                ParticipationCitation.objects.create(
                    participation=participation, source=self.citation.source, passage=self.citation.passage
                )
        self.more_countries = []


class AttendanceForm(CitationFieldsMixin, forms.ModelForm):
    """
    A person at a meeting, with what they said there.

    Choosing the post fills in the person, the organization and the country from it where they are left empty.
    The statement fields hold the person's first statement at the meeting (a quoted call to action, a
    paraphrase); it cites the row's report, or the page's.
    """

    citation_model, citation_fk = AttendanceCitation, "attendance"

    statement = forms.CharField(
        required=False,
        max_length=PASSAGE_LENGTH,
        label="Statement",
        widget=forms.Textarea(attrs={"rows": 2, "cols": 40}),
        help_text="What the person said, as the report gives it. A direct quote must occur word for word.",
    )
    statement_kind = forms.ChoiceField(
        choices=Statement.Kind.choices, initial=Statement.Kind.QUOTE, required=False, label="Statement is a"
    )

    class Meta:
        model = Attendance
        fields = ["person", "role", "organization", "country", "position", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].required = False
        self.fields["person"].help_text = "Left empty: the holder of the post chosen below."
        self.fields["organization"].help_text = "The organization the person represented. Left empty: the post's."
        self.fields["country"].help_text = "The country the person represented. Left empty: the post's."
        self.statements = list(self.instance.statements.all()) if self.instance.pk else []
        self.first_statement = self.statements[0] if self.statements else None
        if self.first_statement:
            self.initial.setdefault("statement", self.first_statement.text)
            self.initial.setdefault("statement_kind", self.first_statement.kind)

    def clean(self):
        position = self.cleaned_data.get("position")
        if position is not None:
            # Filled before the model's own checks, which then see the whole row.
            if not self.cleaned_data.get("person"):
                self.cleaned_data["person"] = position.person
            if not self.cleaned_data.get("organization"):
                self.cleaned_data["organization"] = position.organization
            if not self.cleaned_data.get("country") and position.organization.country_id:
                self.cleaned_data["country"] = position.organization.country
        if not self.cleaned_data.get("person") and "person" not in self.errors:
            self.add_error("person", "Choose the person, or the post they held.")
        cleaned_data = super().clean()
        self.check_statement(cleaned_data)
        return cleaned_data

    def check_statement(self, cleaned_data):
        text = (cleaned_data.get("statement") or "").strip()
        kind = cleaned_data.get("statement_kind") or Statement.Kind.QUOTE
        cleaned_data["statement_kind"] = kind
        if not text:
            if self.first_statement:
                self.add_error("statement", "To remove a statement, delete it on the attendance's own page.")
            return
        kept = self.first_statement.source if self.first_statement else None
        source = cleaned_data.get("source") or kept or self.default_source
        if source is None:
            self.add_error("statement", "Choose the report the statement comes from, here or at the top of the page.")
        elif kind == Statement.Kind.QUOTE and not source.contains(text):
            self.add_error(
                "statement", "A direct quote must occur word for word in the report's text. Copy it exactly."
            )
        else:
            self.statement_source = source

    def save_citation(self):
        super().save_citation()
        text = (self.cleaned_data.get("statement") or "").strip()
        if not text:
            return
        statement = self.first_statement or Statement(attendance=self.instance)
        kind = self.cleaned_data["statement_kind"]
        if statement.pk and (statement.text, statement.kind, statement.source_id) == (
            text,
            kind,
            self.statement_source.pk,
        ):
            return
        statement.text, statement.kind, statement.source = text, kind, self.statement_source
        statement.save()
        self.first_statement = statement


class OutcomeForm(CitationFieldsMixin, forms.ModelForm):
    citation_model, citation_fk = OutcomeCitation, "outcome"

    class Meta:
        model = Outcome
        fields = [
            "kind",
            "status",
            "order",
            "text",
            "proposed_by",
            "referred_to_forum",
            "referred_to_event",
            "agreements",
        ]
        widgets = {"text": forms.Textarea(attrs={"rows": 3, "cols": 60})}


class EventAgreementForm(CitationFieldsMixin, forms.ModelForm):
    citation_model, citation_fk = EventAgreementCitation, "link"

    class Meta:
        model = EventAgreement
        fields = ["agreement", "relation", "note"]


class PositionForm(PartialDatesFormMixin, CitationFieldsMixin, forms.ModelForm):
    citation_model, citation_fk = PositionCitation, "position"

    class Meta:
        model = Position
        fields = [
            "organization",
            "title",
            "rank",
            "start_date",
            "start_date_precision",
            "end_date",
            "end_date_precision",
            "as_of",
            "note",
        ]


class MembershipForm(PartialDatesFormMixin, CitationFieldsMixin, forms.ModelForm):
    citation_model, citation_fk = MembershipCitation, "membership"

    class Meta:
        model = Membership
        fields = [
            "member_country",
            "member_organization",
            "role",
            "start_date",
            "start_date_precision",
            "end_date",
            "end_date_precision",
            "note",
        ]


class AgreementPartyForm(PartialDatesFormMixin, CitationFieldsMixin, forms.ModelForm):
    citation_model, citation_fk = AgreementPartyCitation, "party"

    class Meta:
        model = AgreementParty
        fields = ["country", "organization", "action", "date", "date_precision"]


class UniqueRowsInlineFormSet(forms.BaseInlineFormSet):
    """
    Rejects two new rows that together break a conditional unique constraint.

    Django's formsets compare rows only for unconditional constraints, and each row's own
    validation only looks at rows already in the database; without this, two identical rows
    ("Viet Nam, member delegation" twice) would reach the database and fail there.
    """

    def clean(self):
        super().clean()
        opts = self.model._meta
        constraints = [
            c for c in opts.constraints if isinstance(c, UniqueConstraint) and c.fields and c.condition is not None
        ]
        if not constraints:
            return
        using = router.db_for_write(self.model)
        deleted = set(self.deleted_forms) if self.can_delete else set()
        seen, errors = set(), []
        for form in self.forms:
            if form in deleted or not form.is_valid() or not form.has_changed() and form.instance.pk is None:
                continue
            for instance in [form.instance, *self._more_rows(form)]:
                against = {f.name: Value(getattr(instance, f.attname), output_field=f) for f in opts.concrete_fields}
                against["pk"] = Value(instance.pk, output_field=opts.pk)
                for constraint in constraints:
                    key = []
                    for name in constraint.fields:
                        field = opts.get_field(name)
                        key.append("parent" if field == self.fk else getattr(instance, field.attname))
                    if None in key or not constraint.condition.check(against, using=using):
                        continue
                    key = (constraint.name, *key)
                    if key in seen:
                        names = [n for n in constraint.fields if n != self.fk.name]
                        labels = ", ".join(str(opts.get_field(n).verbose_name) for n in names)
                        message = f"Two rows have the same {labels}. Remove one of them."
                        form.add_error(None, message)
                        errors.append(message)
                    seen.add(key)
        if errors:
            raise ValidationError(sorted(set(errors)))

    @staticmethod
    def _more_rows(form):
        """The further rows a form will save (ParticipationForm's further countries), as unsaved instances."""
        rows = []
        for country in getattr(form, "more_countries", []):
            row = copy.copy(form.instance)
            row.pk, row.country = None, country
            rows.append(row)
        return rows
