"""
The records a meeting refers to: countries, topics and source reports; organizations, their memberships and other
names; people and their posts; agreements and the parties to them. Organizations and people entered twice can be
merged (merging.py).
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.utils.html import format_html, format_html_join

from ..models import (
    Agreement,
    AgreementParty,
    Country,
    Membership,
    Organization,
    Person,
    Position,
    SourceReport,
    Topic,
    unique_slug,
)
from .base import RECORD_FIELDSET, TIMESTAMPS, URL_FIELDS, KnowledgeAdmin, OptionalSlugMixin, YearFilter
from .inlines import (
    AgreementNameInline,
    AgreementPartyCitationInline,
    AgreementPartyInline,
    CountryNameInline,
    MembershipCitationInline,
    MembershipInline,
    OrganizationNameInline,
    PersonNameInline,
    PositionCitationInline,
    PositionInline,
)
from .merging import MergeMixin


class PublishedYearFilter(YearFilter):
    title = "year published"
    date_field = "published_on"


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
            kwargs["widget"] = forms.Textarea(attrs={"rows": 30, "cols": 100, "class": "vLargeTextField"})
        elif db_field.name == "editorial_note":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "cols": 100})
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
