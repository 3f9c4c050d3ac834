"""
What every knowledge-base admin shares (KnowledgeAdmin): no full-table count on large changelists, no save over
someone else's change (locking.py), bad addresses refused clearly (errors.py), a history page from which an
earlier version can be restored (history.py), slugs made on save, and a search that ignores diacritics.
"""

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.paginator import Paginator
from django.db import connection, models
from django.db.models import Q
from django.utils.functional import cached_property

from ..dates import PartialDatesModelForm
from ..search import normalize
from .errors import BadAddressMixin
from .forms import NamedEmptyChoiceMixin, labelled_rows
from .history import HistoryAdmin
from .locking import EditConflictMixin

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


class KnowledgeAdmin(BadAddressMixin, NamedEmptyChoiceMixin, EditConflictMixin, HistoryAdmin):
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
