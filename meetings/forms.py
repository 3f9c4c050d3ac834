"""
Forms for the admin, the knowledge base's data-entry tool.

A fact entered as an inline row (a participation on a meeting's page, a post on a
person's page) carries its own citation in two extra fields, because stock Django
cannot nest the citation inline inside the fact's inline.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.db import router
from django.db.models import UniqueConstraint, Value

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
)


class CitationFieldsMixin(forms.Form):
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
        help_text="The report that states this row.",
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
        field.widget = AutocompleteSelect(source_field, admin.site, choices=field.choices)
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
        source, passage = cleaned_data.get("source"), cleaned_data.get("passage")
        if source and not passage:
            self.add_error("passage", "Copy the passage of the report that states this.")
        elif passage and not source:
            self.add_error("source", "Choose the report the passage comes from.")
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
    citation_model, citation_fk = ParticipationCitation, "participation"

    class Meta:
        model = Participation
        fields = ["organization", "country", "role", "note"]


class AttendanceForm(CitationFieldsMixin, forms.ModelForm):
    citation_model, citation_fk = AttendanceCitation, "attendance"

    class Meta:
        model = Attendance
        fields = ["person", "role", "organization", "country", "position", "note"]


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


class PositionForm(CitationFieldsMixin, forms.ModelForm):
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


class MembershipForm(CitationFieldsMixin, forms.ModelForm):
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


class AgreementPartyForm(CitationFieldsMixin, forms.ModelForm):
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
            instance = form.instance
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
