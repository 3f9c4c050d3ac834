"""
Meetings and what is recorded of them: forums, the meeting's page (where a whole report is entered), and the pages
of its participations, attendances, statements, outcomes and agreements.
"""

from django.contrib import admin
from django.db.models import Count, OuterRef, Subquery

from ..forms import DefaultSourceMixin
from ..models import Attendance, Event, EventAgreement, Forum, Outcome, Participation, Statement
from .base import RECORD_FIELDSET, TIMESTAMPS, KnowledgeAdmin, OptionalSlugMixin, YearFilter
from .forms import EventForm, chosen_report
from .inlines import (
    AttendanceCitationInline,
    AttendanceInline,
    EventAgreementCitationInline,
    EventAgreementInline,
    EventCitationInline,
    OutcomeCitationInline,
    OutcomeInline,
    ParticipationCitationInline,
    ParticipationInline,
    SessionInline,
    StatementInline,
)


class EventYearFilter(YearFilter):
    date_field = "start_date"


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
