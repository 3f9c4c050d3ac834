"""
The rows entered on a record's page: other names, the citations of a fact, and a meeting's participants,
attendances, outcomes, agreements and sessions, each with the passage of the report that states it.
"""

from django import forms
from django.contrib import admin

from ..dates import PartialDatesModelForm
from ..forms import (
    AgreementPartyForm,
    AttendanceForm,
    EventAgreementForm,
    MembershipForm,
    OutcomeForm,
    ParticipationForm,
    PositionForm,
    UniqueRowsInlineFormSet,
)
from ..models import (
    AgreementName,
    AgreementParty,
    AgreementPartyCitation,
    Attendance,
    AttendanceCitation,
    CountryName,
    Event,
    EventAgreement,
    EventAgreementCitation,
    EventCitation,
    Membership,
    MembershipCitation,
    OrganizationName,
    Outcome,
    OutcomeCitation,
    Participation,
    ParticipationCitation,
    PersonName,
    Position,
    PositionCitation,
    Statement,
)
from .forms import EventCitationForm, NamedEmptyChoiceMixin


class OtherNameInline(NamedEmptyChoiceMixin, admin.TabularInline):
    fields = ["name", "kind", "note"]
    extra = 1


class CountryNameInline(OtherNameInline):
    model = CountryName


class OrganizationNameInline(OtherNameInline):
    model = OrganizationName


class PersonNameInline(OtherNameInline):
    model = PersonName


class AgreementNameInline(OtherNameInline):
    model = AgreementName


class CitationInline(NamedEmptyChoiceMixin, admin.TabularInline):
    """The passages of source reports that state a fact. Citation.clean checks each passage is in its report."""

    fields = ["source", "passage", "note"]
    autocomplete_fields = ["source"]
    extra = 1

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "passage":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 60})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class EventCitationInline(CitationInline):
    model = EventCitation
    form = EventCitationForm
    verbose_name = "source of the meeting"
    verbose_name_plural = "sources of the meeting"


class ParticipationCitationInline(CitationInline):
    model = ParticipationCitation


class AttendanceCitationInline(CitationInline):
    model = AttendanceCitation


class OutcomeCitationInline(CitationInline):
    model = OutcomeCitation


class EventAgreementCitationInline(CitationInline):
    model = EventAgreementCitation


class PositionCitationInline(CitationInline):
    model = PositionCitation


class MembershipCitationInline(CitationInline):
    model = MembershipCitation


class AgreementPartyCitationInline(CitationInline):
    model = AgreementPartyCitation


class CitedRowsMixin:
    """
    For inlines whose form carries the row's first citation (meetings/forms.py, CitationFieldsMixin): fetch the
    citations with the rows, and the objects each row's title names.
    """

    formset = UniqueRowsInlineFormSet
    row_select_related = []
    row_prefetch_related = []
    extra = 1

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset.select_related(*self.row_select_related).prefetch_related(
            "citations", *self.row_prefetch_related
        )


class ParticipationInline(CitedRowsMixin, NamedEmptyChoiceMixin, admin.TabularInline):
    model = Participation
    form = ParticipationForm
    # "country" takes several countries in a new row: meetings/forms.py, ParticipationForm, saves one row per country.
    fields = ["organization", "country", "role", "note", "source", "passage"]
    autocomplete_fields = ["organization"]
    row_select_related = ["event", "organization", "country"]


class AttendanceInline(CitedRowsMixin, NamedEmptyChoiceMixin, admin.StackedInline):
    model = Attendance
    form = AttendanceForm
    # The post first: choosing it fills the person, organization and country left empty (AttendanceForm in
    # meetings/forms.py).
    fields = [
        ("position", "person", "role"),
        ("organization", "country"),
        ("statement", "statement_kind"),
        ("source", "passage"),
        "note",
    ]
    autocomplete_fields = ["person", "organization", "country", "position"]
    row_select_related = ["event", "person"]
    row_prefetch_related = ["statements"]


class OutcomeInline(CitedRowsMixin, NamedEmptyChoiceMixin, admin.StackedInline):
    model = Outcome
    fk_name = "event"
    form = OutcomeForm
    fields = [
        ("kind", "status", "order"),
        "text",
        ("proposed_by", "referred_to_forum", "referred_to_event"),
        "agreements",
        ("source", "passage"),
    ]
    autocomplete_fields = ["agreements", "proposed_by", "referred_to_forum", "referred_to_event"]


class EventAgreementInline(CitedRowsMixin, NamedEmptyChoiceMixin, admin.TabularInline):
    model = EventAgreement
    form = EventAgreementForm
    fields = ["agreement", "relation", "note", "source", "passage"]
    autocomplete_fields = ["agreement"]
    row_select_related = ["event", "agreement"]
    verbose_name = "agreement adopted, discussed or cited"
    verbose_name_plural = "agreements adopted, discussed or cited"


class SessionInline(NamedEmptyChoiceMixin, admin.TabularInline):
    """The sessions or parts of a meeting; each has its own page for its participants and outcomes."""

    model = Event
    fk_name = "parent"
    form = PartialDatesModelForm
    fields = ["title", "start_date", "start_date_precision", "status", "format", "venue"]
    show_change_link = True
    extra = 0
    verbose_name = "session"
    verbose_name_plural = "sessions"


class PositionInline(CitedRowsMixin, NamedEmptyChoiceMixin, admin.StackedInline):
    model = Position
    form = PositionForm
    fields = [
        ("organization", "title", "rank"),
        ("start_date", "start_date_precision", "end_date", "end_date_precision", "as_of"),
        "note",
        ("source", "passage"),
    ]
    autocomplete_fields = ["organization"]
    row_select_related = ["person", "organization"]
    extra = 0


class MembershipInline(CitedRowsMixin, NamedEmptyChoiceMixin, admin.TabularInline):
    model = Membership
    fk_name = "organization"
    form = MembershipForm
    # The precisions belong here: the constraints that tie a date to its precision are only checked with both.
    fields = [
        "member_country",
        "member_organization",
        "role",
        "start_date",
        "start_date_precision",
        "end_date",
        "end_date_precision",
        "source",
        "passage",
    ]
    autocomplete_fields = ["member_country", "member_organization"]
    row_select_related = ["organization", "member_country", "member_organization"]
    extra = 0


class AgreementPartyInline(CitedRowsMixin, NamedEmptyChoiceMixin, admin.TabularInline):
    model = AgreementParty
    form = AgreementPartyForm
    fields = ["country", "organization", "action", "date", "date_precision", "source", "passage"]
    autocomplete_fields = ["country", "organization"]
    row_select_related = ["agreement", "country", "organization"]
    extra = 0


class StatementInline(NamedEmptyChoiceMixin, admin.TabularInline):
    model = Statement
    fields = ["kind", "text", "source"]
    autocomplete_fields = ["source"]
    extra = 0

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 60})
        return super().formfield_for_dbfield(db_field, request, **kwargs)
