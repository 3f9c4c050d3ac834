"""
The admin is the knowledge base's data-entry tool.

A staff member enters a whole meeting report on the event's page: who took part, who
attended, what came out of it, which agreements it touched, each row with the passage of
the report that states it. Every other fact has its own page with all of its citations.
"""

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connection, models, transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.forms import Textarea
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst

from .. import dependents
from ..dates import PartialDatesModelForm
from ..forms import (
    AgreementPartyForm,
    AttendanceForm,
    DefaultSourceMixin,
    EventAgreementForm,
    MembershipForm,
    OutcomeForm,
    ParticipationForm,
    PositionForm,
    UniqueRowsInlineFormSet,
)
from ..history import HistoryAdmin
from ..models import (
    Agreement,
    AgreementName,
    AgreementParty,
    AgreementPartyCitation,
    Attendance,
    AttendanceCitation,
    Country,
    CountryName,
    Event,
    EventAgreement,
    EventAgreementCitation,
    EventCitation,
    Forum,
    Membership,
    MembershipCitation,
    Organization,
    OrganizationName,
    Outcome,
    OutcomeCitation,
    Participation,
    ParticipationCitation,
    Person,
    PersonName,
    Position,
    PositionCitation,
    SourceReport,
    Statement,
    Topic,
    unique_slug,
)
from ..search import normalize
from . import errors as admin_errors
from . import locking, merging
from .forms import EventCitationForm, EventForm, chosen_report, labelled_rows

TIMESTAMPS = ["created_at", "updated_at"]
RECORD_FIELDSET = ("Record", {"fields": TIMESTAMPS, "classes": ["collapse"]})


# Addresses typed without a scheme are read as https, as Django 6.0 will do by default.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class EstimatedCountPaginator(Paginator):
    """Counts rows exactly, except an unfiltered list of a large PostgreSQL table, which uses the planner's estimate.

    Counting a million rows on every changelist view costs more than the page itself; the estimate is shown only
    when no filter or search narrows the list, where "about 1,000,000" is all a reader needs.
    """

    EXACT_BELOW = 100_000

    @cached_property
    def count(self):
        query = getattr(self.object_list, "query", None)
        if query is not None and not query.where and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [query.model._meta.db_table]
                )
                row = cursor.fetchone()
            if row and row[0] >= self.EXACT_BELOW:
                return row[0]
        return super().count


def with_version_field(fieldsets):
    """fieldsets with the hidden version token added to the first one, where it renders as a hidden input."""
    if locking.VERSION_FIELD in flatten_fieldsets(fieldsets):
        return fieldsets
    (name, options), *rest = fieldsets
    return [(name, {**options, "fields": [*options["fields"], locking.VERSION_FIELD]}), *rest]


def restoring(request):
    """True while an earlier version is being restored from the history page: an overwrite on purpose."""
    return getattr(request, "restoring_version", None) is not None


class EditConflictMixin:
    """
    No lost edits: saving over a change made since the page was opened shows the conflict and saves nothing.

    The change form and every inline row carry a version token (meetings/locking.py). It is checked when the
    forms are validated, and again atomically at the write; a write that finds the record moved on rolls the
    save back, and the view runs once more so that validation shows the conflict. Deleting a record that
    others depend on is refused with a list of what depends on it (meetings/dependents.py).
    """

    change_form_template = "admin/meetings/change_form_locking.html"
    delete_confirmation_template = "admin/meetings/delete_confirmation.html"
    delete_selected_confirmation_template = "admin/meetings/delete_selected_confirmation.html"

    def get_fields(self, request, obj=None):
        return [name for name in super().get_fields(request, obj) if name != locking.VERSION_FIELD]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not self.has_change_permission(request, obj) or restoring(request):
            return fieldsets
        return with_version_field(fieldsets)

    def get_form(self, request, obj=None, change=False, **kwargs):
        fields = kwargs.pop("fields") if "fields" in kwargs else flatten_fieldsets(self.get_fieldsets(request, obj))
        if fields is not None:
            fields = [name for name in fields if name != locking.VERSION_FIELD]
        form = super().get_form(request, obj, change, fields=fields, **kwargs)
        if restoring(request):
            return form
        return locking.versioned_form(form, check_on_clean=True)

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            yield locking.versioned_formset(formset), inline

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        inline_admin_formsets = super().get_inline_formsets(request, formsets, inline_instances, obj)
        for inline_admin_formset in inline_admin_formsets:
            if obj is not None and inline_admin_formset.has_change_permission:
                inline_admin_formset.fieldsets = with_version_field(inline_admin_formset.fieldsets)
        return inline_admin_formsets

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except locking.EditConflict:
            # Another save was committed between this one's validation and its write, and this one's
            # transaction was rolled back. Validating again finds the change and shows the conflict.
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if change and not restoring(request):
            form.claim()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        if change:
            for formset in formsets:
                for row in formset.rows_to_write():
                    row.claim()
        super().save_related(request, form, formsets, change)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and request.method == "POST":
            context["edit_conflicts"] = self.resolve_conflicts(context)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def resolve_conflicts(self, context):
        """After a conflict, what changed, record by record; None when the page had no conflict."""
        form = context["adminform"].form
        formsets = [inline.formset for inline in context["inline_admin_formsets"]]
        rows = [row for formset in formsets for row in formset.initial_forms]
        if not any(getattr(f, "conflict", False) for f in [form, *rows]):
            return None
        reports = []
        form.resolve()
        if form.differences:
            reports.append(locking.ConflictReport(f"This {self.opts.verbose_name}", form.differences))
        for formset in formsets:
            name = formset.model._meta.verbose_name
            for row in formset.initial_forms:
                row.resolve()
                if row.differences:
                    reports.append(locking.ConflictReport(f"{capfirst(name)} “{row.instance}”", row.differences))
            added = formset.added_since_opened()
            if added:
                title = f"{capfirst(formset.model._meta.verbose_name_plural)} added meanwhile (saving keeps them)"
                reports.append(locking.ConflictReport(title, added=[str(row) for row in added]))
        return reports

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        blocking = dependents.blocking_dependents(objs)
        if blocking:
            protected = dependents.describe(blocking, self.admin_site)
        return deleted, model_count, perms_needed, protected


class MergeMixin:
    """
    "Merge selected ... into one", for records entered twice (meetings/merging.py).

    Only those who may delete the records may merge them (Administrators; Editors may not delete), since a merge
    deletes all but one. An intermediate page chooses the record to keep and shows what will move.
    """

    actions = ["merge_selected"]
    merge_template = "admin/meetings/merge_confirmation.html"
    MERGE_AT_MOST = 10

    @admin.action(permissions=["delete"], description="Merge selected %(verbose_name_plural)s into one")
    def merge_selected(self, request, queryset):
        if not self.has_delete_permission(request):
            raise PermissionDenied
        records = list(queryset[: self.MERGE_AT_MOST + 1])
        if not 2 <= len(records) <= self.MERGE_AT_MOST:
            self.message_user(
                request,
                f"Select between 2 and {self.MERGE_AT_MOST} {self.opts.verbose_name_plural} to merge.",
                messages.WARNING,
            )
            return None
        candidates = [(record, merging.holdings(record)) for record in records]
        chosen = request.POST.get("keep")
        kept = next((r for r in records if str(r.pk) == chosen), None)
        if kept is None:
            # Keep the record most else refers to, so the least moves.
            kept = max(candidates, key=lambda candidate: sum(candidate[1].values()))[0]
        others = [r for r in records if r.pk != kept.pk]
        error = None
        # Merge only the choice that was previewed; a new choice is previewed first.
        if "_merge" in request.POST and request.POST.get("previewed") == str(kept.pk):
            try:
                with transaction.atomic():
                    self.log_deletions(request, queryset.model._default_manager.filter(pk__in=[r.pk for r in others]))
                    result = merging.merge(kept, others)
                    names = ", ".join(f"“{name}”" for name in result.merged)
                    self.log_change(request, kept, f"Merged {names} into this record.")
            except merging.MergeRefused as refusal:
                error = str(refusal)
            else:
                self.message_user(request, f"Merged {names} into “{kept}”.", messages.SUCCESS)
                opts = self.opts
                return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[kept.pk]))
        try:
            preview = merging.merge(kept, others, dry_run=True)
        except merging.MergeRefused as refusal:
            error, preview = error or str(refusal), None
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {self.opts.verbose_name_plural}",
            "opts": self.opts,
            "candidates": candidates,
            "kept": kept,
            "others": others,
            "preview": preview,
            "error": error,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, self.merge_template, context)


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
    past 9999 or an id beyond 64 bits, fail. meetings/admin_errors.py catches what is only found in the database.
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
            return admin_errors.bad_request(request, "The address contains a NUL character.", self)
        try:
            response = super().changelist_view(request, extra_context)
            # The list is read while the page renders; a value only the database refuses shows up here.
            if hasattr(response, "render"):
                response.render()
        except RefusedParameters as refusal:
            return admin_errors.bad_request(request, str(refusal), self)
        except admin_errors.BAD_VALUE_ERRORS as error:
            return admin_errors.bad_request(request, admin_errors.describe(error), self)
        return response

    def get_changelist_instance(self, request):
        try:
            return super().get_changelist_instance(request)
        except IncorrectLookupParameters as error:
            # Django would redirect to the list with ?e=1, which then reports a database error: say what is wrong.
            cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
            raise RefusedParameters(admin_errors.describe(cause)) from error
        except admin_errors.BAD_VALUE_ERRORS as error:
            raise RefusedParameters(admin_errors.describe(error)) from error


class KnowledgeAdmin(BadAddressMixin, EditConflictMixin, HistoryAdmin):
    """The defaults of every knowledge-base admin: no full-table count on changelists of large tables, no save
    over someone else's change, and a history page (who changed what, when) from which an earlier version can be
    restored."""

    class Media:
        # Narrower rows, so a meeting's page fits a 1,366-pixel window without scrolling sideways; names for the
        # autocomplete boxes, which screen readers otherwise announce without one.
        css = {"all": ["kbase/admin-entry.css"]}
        js = ["kbase/admin-entry.js"]

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            if isinstance(inline, admin.TabularInline):
                formset = labelled_rows(formset, inline.opts.verbose_name)
            yield formset, inline

    show_full_result_count = False
    paginator = EstimatedCountPaginator
    # Dates typed as reports give them ("November 2025"), in plain text boxes (meetings/dates.py).
    form = PartialDatesModelForm
    # Columns of folded text (lower case, no accents, đ -> d) in which every word typed must occur, so that
    # "Nguyen Thi Lan" finds "Nguyễn Thị Lan" in the list's search and in every autocomplete box.
    folded_search_fields = []

    def get_search_results(self, request, queryset, search_term):
        # The autocomplete boxes pass what was typed straight here, and PostgreSQL refuses a NUL byte in a query.
        search_term = search_term.replace("\x00", "")
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        words = normalize(search_term).split()
        if not words or not self.folded_search_fields:
            return results, may_have_duplicates
        folded = Q()
        for word in words:
            folded &= Q.create([(f"{name}__contains", word) for name in self.folded_search_fields], connector=Q.OR)
        # Subqueries, so that a match through a list of other names cannot repeat a row.
        matching = self.model._default_manager.filter(folded).values("pk")
        return queryset.filter(Q(pk__in=results.values("pk")) | Q(pk__in=matching)), may_have_duplicates


class OptionalSlugMixin:
    """
    Lets the slug be left empty: the model makes it on save (models.unique_slug), transliterated ("Nguyễn Thị Lan"
    -> nguyen-thi-lan), unique, and for a meeting with its year in front. The admin's own slug script is not used:
    it drops the letters it cannot transliterate (nguyn-th-lan) and cannot know which slugs are taken.
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "slug" and formfield is not None:
            formfield.required = False
            formfield.help_text = "The address of the page. Leave it empty to have one made from the name on save."
        return formfield


class YearFilter(admin.SimpleListFilter):
    """The years that occur in date_field, newest first."""

    title = "year"
    parameter_name = "year"
    date_field = None

    def lookups(self, request, model_admin):
        years = model_admin.model._default_manager.dates(self.date_field, "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        try:
            year = int(self.value())
        except ValueError:
            raise IncorrectLookupParameters(f"Not a year: {self.value()!r}") from None
        if not 1 <= year <= 9999:
            raise IncorrectLookupParameters(f"Not a year: {year}")
        return queryset.filter(**{f"{self.date_field}__year": year})


class EventYearFilter(YearFilter):
    date_field = "start_date"


class PublishedYearFilter(YearFilter):
    title = "year published"
    date_field = "published_on"


# --- Inlines --------------------------------------------------------------


class OtherNameInline(admin.TabularInline):
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


class CitationInline(admin.TabularInline):
    """The passages of source reports that state a fact. Citation.clean checks each passage is in its report."""

    fields = ["source", "passage", "note"]
    autocomplete_fields = ["source"]
    extra = 1

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "passage":
            kwargs["widget"] = Textarea(attrs={"rows": 2, "cols": 60})
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
    For inlines whose form carries the row's first citation (forms.CitationFieldsMixin): fetch the
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


class ParticipationInline(CitedRowsMixin, admin.TabularInline):
    model = Participation
    form = ParticipationForm
    # "country" takes several countries in a new row: forms.ParticipationForm saves one row per country.
    fields = ["organization", "country", "role", "note", "source", "passage"]
    autocomplete_fields = ["organization"]
    row_select_related = ["event", "organization", "country"]


class AttendanceInline(CitedRowsMixin, admin.StackedInline):
    model = Attendance
    form = AttendanceForm
    # The post first: choosing it fills the person, organization and country left empty (forms.AttendanceForm).
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


class OutcomeInline(CitedRowsMixin, admin.StackedInline):
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


class EventAgreementInline(CitedRowsMixin, admin.TabularInline):
    model = EventAgreement
    form = EventAgreementForm
    fields = ["agreement", "relation", "note", "source", "passage"]
    autocomplete_fields = ["agreement"]
    row_select_related = ["event", "agreement"]
    verbose_name = "agreement adopted, discussed or cited"
    verbose_name_plural = "agreements adopted, discussed or cited"


class SessionInline(admin.TabularInline):
    """The sessions or parts of a meeting; each has its own page for its participants and outcomes."""

    model = Event
    fk_name = "parent"
    form = PartialDatesModelForm
    fields = ["title", "start_date", "start_date_precision", "status", "format", "venue"]
    show_change_link = True
    extra = 0
    verbose_name = "session"
    verbose_name_plural = "sessions"


class PositionInline(CitedRowsMixin, admin.StackedInline):
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


class MembershipInline(CitedRowsMixin, admin.TabularInline):
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


class AgreementPartyInline(CitedRowsMixin, admin.TabularInline):
    model = AgreementParty
    form = AgreementPartyForm
    fields = ["country", "organization", "action", "date", "date_precision", "source", "passage"]
    autocomplete_fields = ["country", "organization"]
    row_select_related = ["agreement", "country", "organization"]
    extra = 0


class StatementInline(admin.TabularInline):
    model = Statement
    fields = ["kind", "text", "source"]
    autocomplete_fields = ["source"]
    extra = 0

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["widget"] = Textarea(attrs={"rows": 2, "cols": 60})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


# --- Reference data -------------------------------------------------------


@admin.register(Country)
class CountryAdmin(KnowledgeAdmin):
    list_display = ["name", "code", "alpha3", "official_name"]
    search_fields = ["code", "alpha3", "name", "official_name", "other_names__name"]
    folded_search_fields = ["name_folded", "other_names__name_folded"]
    search_help_text = "Code, name or another name (“Lao PDR”, “Viet Nam”)."
    ordering = ["name"]
    inlines = [CountryNameInline]

    def get_readonly_fields(self, request, obj=None):
        # The code is the primary key: changing it would make a second country.
        return ["code"] if obj else []


@admin.register(Topic)
class TopicAdmin(OptionalSlugMixin, KnowledgeAdmin):
    list_display = ["name", "slug", "event_count"]
    search_fields = ["name", "slug", "description"]
    ordering = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_count=Count("events", distinct=True))

    @admin.display(description="meetings", ordering="event_count")
    def event_count(self, obj):
        return obj.event_count

    def save_model(self, request, obj, form, change):
        if not obj.slug:
            obj.slug = unique_slug(Topic, obj.name, obj.pk)
        super().save_model(request, obj, form, change)


@admin.register(SourceReport)
class SourceReportAdmin(OptionalSlugMixin, KnowledgeAdmin):
    list_display = ["title", "publisher", "published_on", "language"]
    list_filter = [PublishedYearFilter, "language", ("publisher", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["publisher"]
    search_fields = ["title", "slug", "author", "url", "publisher__name", "publisher__acronym"]
    folded_search_fields = ["search_name"]
    date_hierarchy = "published_on"
    ordering = ["-published_on", "title"]
    autocomplete_fields = ["publisher"]
    readonly_fields = ["fingerprint", *TIMESTAMPS]
    fieldsets = [
        (None, {"fields": ["title", "slug", "publisher", "author", ("published_on", "language"), "url"]}),
        ("Text", {"fields": ["text", "editorial_note"]}),
        ("Record", {"fields": ["fingerprint", *TIMESTAMPS], "classes": ["collapse"]}),
    ]
    formfield_overrides = URL_FIELDS

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # Room for the full text. A second copy of a stored text is a form error: SourceReport.clean.
        if db_field.name == "text":
            kwargs["widget"] = Textarea(attrs={"rows": 30, "cols": 100, "class": "vLargeTextField"})
        elif db_field.name == "editorial_note":
            kwargs["widget"] = Textarea(attrs={"rows": 3, "cols": 100})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # A corrected text carries the passages that cite it along (SourceReport.save): say which, so they are checked.
        moved = getattr(obj, "reanchored", [])
        if moved:
            items = format_html_join(
                "",
                '<li>{}: “{}” is now “{}” (<a href="{}">open</a>)</li>',
                ((p.describe(), p.text, p.new_text, p.admin_url()) for p in moved),
            )
            count = len(moved)
            message = format_html(
                "{} cited passage{} followed the corrected text:<ul>{}</ul>", count, "" if count == 1 else "s", items
            )
            self.message_user(request, message, messages.INFO)


# --- Organizations and people ---------------------------------------------


@admin.register(Organization)
class OrganizationAdmin(MergeMixin, OptionalSlugMixin, KnowledgeAdmin):
    list_display = ["name", "acronym", "kind", "country", "parent"]
    list_filter = ["kind", ("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["country", "parent"]
    search_fields = ["name", "acronym", "slug", "other_names__name"]
    folded_search_fields = ["search_name"]
    search_help_text = "Name, acronym or another name."
    ordering = ["name"]
    autocomplete_fields = ["country", "parent"]
    readonly_fields = TIMESTAMPS
    fieldsets = [
        (None, {"fields": ["name", "acronym", "slug", "kind", "country", "parent", "description", "url"]}),
        RECORD_FIELDSET,
    ]
    formfield_overrides = URL_FIELDS
    inlines = [OrganizationNameInline, MembershipInline]


@admin.register(Membership)
class MembershipAdmin(KnowledgeAdmin):
    list_display = ["member", "role", "organization", "start_date", "end_date"]
    list_filter = ["role", ("organization", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["organization", "member_country", "member_organization"]
    search_fields = [
        "organization__name",
        "organization__acronym",
        "member_country__name",
        "member_organization__name",
        "member_organization__acronym",
    ]
    ordering = ["organization__name", "member_country__name", "member_organization__name"]
    folded_search_fields = ["organization__search_name", "member_organization__search_name"]
    autocomplete_fields = ["organization", "member_country", "member_organization"]
    readonly_fields = TIMESTAMPS
    inlines = [MembershipCitationInline]

    @admin.display(description="member")
    def member(self, obj):
        return obj.member


@admin.register(Person)
class PersonAdmin(MergeMixin, OptionalSlugMixin, KnowledgeAdmin):
    list_display = ["name", "nationality", "attendance_count"]
    list_filter = [("nationality", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["nationality"]
    search_fields = ["name", "given_name", "family_name", "slug", "other_names__name"]
    folded_search_fields = ["search_name"]
    search_help_text = "Name, or the name with or without diacritics."
    ordering = ["name"]
    autocomplete_fields = ["nationality"]
    readonly_fields = TIMESTAMPS
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    ("honorific_prefix", "given_name", "patronymic_name", "family_name"),
                    ("gender", "nationality"),
                    "summary",
                ]
            },
        ),
        RECORD_FIELDSET,
    ]
    inlines = [PersonNameInline, PositionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(attendance_count=Count("attendances", distinct=True))

    @admin.display(description="meetings attended", ordering="attendance_count")
    def attendance_count(self, obj):
        return obj.attendance_count


@admin.register(Position)
class PositionAdmin(KnowledgeAdmin):
    list_display = ["person", "title", "rank", "organization", "start_date", "end_date", "as_of"]
    list_filter = [("organization", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["person", "organization"]
    search_fields = [
        "person__name",
        "person__other_names__name",
        "title",
        "rank",
        "organization__name",
        "organization__acronym",
    ]
    ordering = ["person__name", "-as_of", "-start_date"]
    folded_search_fields = ["person__search_name", "organization__search_name"]
    autocomplete_fields = ["person", "organization"]
    readonly_fields = TIMESTAMPS
    inlines = [PositionCitationInline]

    def get_queryset(self, request):
        # The autocomplete on attendances shows each post as "person — title, organization".
        return super().get_queryset(request).select_related("person", "organization")


# --- Forums and events ----------------------------------------------------


@admin.register(Forum)
class ForumAdmin(OptionalSlugMixin, KnowledgeAdmin):
    list_display = ["name", "short_name", "convened_by", "event_count"]
    list_filter = [("convened_by", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["convened_by"]
    search_fields = ["name", "short_name", "slug", "convened_by__name", "convened_by__acronym"]
    ordering = ["name"]
    autocomplete_fields = ["convened_by"]
    readonly_fields = TIMESTAMPS

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_count=Count("events", distinct=True))

    @admin.display(description="meetings", ordering="event_count")
    def event_count(self, obj):
        return obj.event_count


@admin.register(Event)
class EventAdmin(OptionalSlugMixin, KnowledgeAdmin):
    list_display = ["title", "when", "forum", "country", "status", "format", "participation_count"]
    list_filter = [
        "status",
        "format",
        EventYearFilter,
        "forum",
        ("country", admin.RelatedOnlyFieldListFilter),
        "topics",
    ]
    list_select_related = ["forum", "country"]
    search_fields = ["title", "slug", "forum__name", "forum__short_name", "venue", "city", "country__name"]
    folded_search_fields = ["search_name"]
    date_hierarchy = "start_date"
    ordering = ["-start_date", "title"]
    autocomplete_fields = ["forum", "parent", "country", "topics"]
    readonly_fields = TIMESTAMPS
    save_on_top = True
    form = EventForm
    # What every report gives comes first; what few do is folded away. The precisions are hidden: they follow
    # from the dates as typed (meetings/dates.py).
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "report",
                    "title",
                    ("forum", "number"),
                    ("start_date", "start_date_precision", "end_date", "end_date_precision"),
                    ("status", "format"),
                    ("venue", "city", "country"),
                ]
            },
        ),
        ("Summary and topics", {"fields": ["summary", "topics"], "classes": ["collapse"]}),
        ("Date inferred from the context", {"fields": ["date_inferred", "date_note"], "classes": ["collapse"]}),
        ("Session of, address", {"fields": ["parent", "slug"], "classes": ["collapse"]}),
        RECORD_FIELDSET,
    ]
    inlines = [
        EventCitationInline,
        ParticipationInline,
        AttendanceInline,
        OutcomeInline,
        EventAgreementInline,
        SessionInline,
    ]

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if issubclass(inline.form, DefaultSourceMixin):
            if not hasattr(request, "kbase_report"):
                request.kbase_report = chosen_report(request)
            kwargs["form_kwargs"] = {**kwargs.get("form_kwargs", {}), "default_source": request.kbase_report}
        return kwargs

    def get_queryset(self, request):
        # A correlated subquery counts only the rows on the page; a join and GROUP BY would aggregate every event.
        participants = (
            Participation.objects.filter(event=OuterRef("pk")).order_by().values("event").annotate(n=Count("pk"))
        )
        return super().get_queryset(request).annotate(participation_count=Subquery(participants.values("n")))

    @admin.display(description="date", ordering="start_date")
    def when(self, obj):
        return obj.date_display

    @admin.display(description="participants", ordering="participation_count")
    def participation_count(self, obj):
        return obj.participation_count


@admin.register(Participation)
class ParticipationAdmin(KnowledgeAdmin):
    list_display = ["participant", "role", "event"]
    list_filter = ["role", ("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["event", "organization", "country"]
    search_fields = [
        "organization__name",
        "organization__acronym",
        "organization__other_names__name",
        "country__name",
        "event__title",
    ]
    ordering = ["-event__start_date", "event__title", "role"]
    folded_search_fields = ["organization__search_name", "country__name_folded"]
    autocomplete_fields = ["event", "organization", "country"]
    readonly_fields = TIMESTAMPS
    inlines = [ParticipationCitationInline]

    @admin.display(description="participant")
    def participant(self, obj):
        return obj.participant


@admin.register(Attendance)
class AttendanceAdmin(KnowledgeAdmin):
    list_display = ["person", "role", "event", "organization", "country"]
    list_filter = ["role", ("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["person", "event", "organization", "country"]
    search_fields = [
        "person__name",
        "person__other_names__name",
        "event__title",
        "organization__name",
        "organization__acronym",
    ]
    ordering = ["-event__start_date", "event__title", "role"]
    folded_search_fields = ["person__search_name"]
    autocomplete_fields = ["event", "person", "organization", "country", "position"]
    readonly_fields = TIMESTAMPS
    inlines = [AttendanceCitationInline, StatementInline]

    def get_queryset(self, request):
        # The autocomplete on statements shows each attendance as "person — role at meeting".
        return super().get_queryset(request).select_related("person", "event")


@admin.register(Statement)
class StatementAdmin(KnowledgeAdmin):
    list_display = ["__str__", "kind", "attendance", "source"]
    list_filter = ["kind"]
    list_select_related = ["attendance__person", "attendance__event", "source"]
    search_fields = ["text", "attendance__person__name", "attendance__event__title", "source__title"]
    folded_search_fields = ["attendance__person__search_name"]
    ordering = ["-attendance__event__start_date", "pk"]
    autocomplete_fields = ["attendance", "source"]
    readonly_fields = TIMESTAMPS


@admin.register(Outcome)
class OutcomeAdmin(KnowledgeAdmin):
    list_display = ["__str__", "kind", "status", "event", "proposed_by"]
    list_filter = ["kind", "status"]
    list_select_related = ["event", "proposed_by"]
    search_fields = ["text", "event__title", "proposed_by__name", "proposed_by__acronym"]
    folded_search_fields = ["search_text"]
    ordering = ["-event__start_date", "event__title", "order", "pk"]
    autocomplete_fields = ["event", "agreements", "proposed_by", "referred_to_forum", "referred_to_event"]
    readonly_fields = TIMESTAMPS
    inlines = [OutcomeCitationInline]


# --- Agreements -----------------------------------------------------------


@admin.register(Agreement)
class AgreementAdmin(OptionalSlugMixin, KnowledgeAdmin):
    list_display = ["name", "short_name", "kind", "organization", "adopted_date"]
    list_filter = ["kind", ("organization", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["organization"]
    search_fields = ["name", "short_name", "slug", "other_names__name"]
    search_help_text = "Name, short name or another name (“Palermo Protocol”)."
    folded_search_fields = ["search_name"]
    ordering = ["name"]
    autocomplete_fields = ["organization"]
    readonly_fields = TIMESTAMPS
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "kind", "organization", "description"]}),
        (
            "Dates",
            {
                "fields": [
                    ("adopted_date", "adopted_date_precision"),
                    ("signed_date", "signed_date_precision"),
                    ("in_force_date", "in_force_date_precision"),
                ]
            },
        ),
        RECORD_FIELDSET,
    ]
    inlines = [AgreementNameInline, AgreementPartyInline]


@admin.register(AgreementParty)
class AgreementPartyAdmin(KnowledgeAdmin):
    list_display = ["party", "action", "agreement", "date"]
    list_filter = ["action", ("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["agreement", "country", "organization"]
    search_fields = [
        "agreement__name",
        "agreement__short_name",
        "country__name",
        "organization__name",
        "organization__acronym",
    ]
    ordering = ["agreement__name", "date"]
    autocomplete_fields = ["agreement", "country", "organization"]
    readonly_fields = TIMESTAMPS
    inlines = [AgreementPartyCitationInline]

    @admin.display(description="party")
    def party(self, obj):
        return obj.country or obj.organization


@admin.register(EventAgreement)
class EventAgreementAdmin(KnowledgeAdmin):
    list_display = ["agreement", "relation", "event"]
    list_filter = ["relation"]
    list_select_related = ["agreement", "event"]
    search_fields = ["agreement__name", "agreement__short_name", "event__title"]
    ordering = ["-event__start_date", "agreement__name"]
    autocomplete_fields = ["event", "agreement"]
    readonly_fields = TIMESTAMPS
    inlines = [EventAgreementCitationInline]
