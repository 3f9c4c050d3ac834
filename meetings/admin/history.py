"""
The admin's history pages: who changed a record, when and what, the changes of the rows entered with it, and an
earlier version shown read-only with the button that restores it (restoring.py). What is recorded, and when, is
meetings/history.py's part.
"""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from ..history import RECORDS, enabled, owners
from . import restoring
from .locking import showing_version

ACTIONS = {"recreate": "put back", "change": "changed back", "delete": "removed"}


def row_label(record):
    """A few words that tell one row of a record's page from another: its name or passage, else what it links."""
    for name in ("name", "passage", "text", "title"):
        value = getattr(record, name, "")
        if value:
            return Truncator(value).chars(90)
    linked = [
        getattr(record, field.name)
        for field in record.tracked_fields
        if field.many_to_one and field.remote_field.on_delete is not models.CASCADE and getattr(record, field.name)
    ]
    return ", ".join(str(obj) for obj in linked[:2])


class HistoryAdmin(SimpleHistoryAdmin):
    """The admin's history page (who, when, which fields changed) and the restore of an earlier version.

    An admin save writes one historical row, after the many-to-many fields are saved too, where simple-history
    alone writes one for the row and one more for each many-to-many change. A save that changes nothing on the
    record's own form writes nothing and leaves its "last changed" date alone; the rows of its inlines record
    their own changes.
    """

    object_history_template = "admin/meetings/object_history.html"
    object_history_list_template = "admin/meetings/object_history_list.html"
    object_history_form_template = "admin/meetings/object_history_form.html"
    # The rows entered on a record's page may have hundreds of versions; the newest are listed on its history page.
    row_changes_shown = 200

    def get_historical_record_context_helper(self, request, historical_record):
        # Long texts (summaries, report texts) are shortened around what changed, with more context than the default.
        return HistoricalRecordContextHelper(self.model, historical_record, max_displayed_delta_change_chars=300)

    def history_view(self, request, object_id, extra_context=None):
        extra_context = {**(extra_context or {}), "row_changes": self.row_changes(request, unquote(object_id))}
        return super().history_view(request, object_id, extra_context)

    def row_changes(self, request, object_id):
        """The recorded changes of the rows that belong to the record (its inlines' rows and their citations, other
        names), newest first. Many of those rows have no admin page of their own, so this is where they are seen.

        One query per kind of row, whatever the number of rows.
        """
        changes, parents = [], [(self.model, {object_id})]
        for _level in range(2):
            children = []
            for parent, ids in parents:
                for model in RECORDS:
                    for field in owners(model):
                        if field.related_model is not parent or model is parent or not ids:
                            continue
                        rows = list(
                            model.history.filter(**{f"{field.attname}__in": ids})
                            .select_related("history_user")
                            ._select_related_history_tracked_objs()
                            .order_by("history_date", "history_id")
                        )
                        changes += self.with_deltas(request, model, rows)
                        children.append((model, {row.id for row in rows}))
            parents = children
        changes.sort(key=lambda record: (record.history_date, record.history_id), reverse=True)
        return changes[: self.row_changes_shown]

    def with_deltas(self, request, model, rows):
        previous = {}
        registered = model in self.admin_site._registry
        for record in rows:
            record.row_model = model._meta.verbose_name
            record.row_label = row_label(record)
            if registered:
                record.row_history_url = reverse(
                    f"{self.admin_site.name}:{model._meta.app_label}_{model._meta.model_name}_history", args=[record.id]
                )
            before = previous.get(record.id)
            if before is not None and record.history_type == "~":
                delta = record.diff_against(before, foreign_keys_are_objs=True)
                helper = HistoricalRecordContextHelper(model, record, max_displayed_delta_change_chars=300)
                record.history_delta_changes = helper.context_for_delta_changes(delta)
            previous[record.id] = record
        return rows

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """An earlier version, shown read-only, with the button that restores it for those allowed to.

        A restore puts back the stored version and its rows (restoring.py), never the values a form
        posts, and only if the record has not changed since the page was opened.
        """
        version = self.version_or_404(object_id, version_id)
        pk = getattr(version, self.model._meta.pk.attname)
        stored = self.model._default_manager.filter(pk=pk).first()
        if not self.has_view_history_or_change_history_permission(request, stored or version.instance):
            raise PermissionDenied
        request.restoring_version = version.history_id
        if request.method == "POST":
            if not self.can_restore(request, stored):
                raise PermissionDenied
            opened = restoring.opened_state(request.POST.get("restore_token"))
            try:
                record, restore_plan = restoring.restore(self.model, version, request.user, opened)
            except restoring.RestoreRefused as refusal:
                messages.error(request, str(refusal))
                return HttpResponseRedirect(request.path)
            if not restore_plan.changes_anything:
                messages.info(request, "That version is the same as the stored record: nothing was restored.")
                return HttpResponseRedirect(self.history_url(pk))
            self.log_restore(request, record, restore_plan)
            messages.success(request, f"Restored the version of {self.version_date(version)}.")
            return HttpResponseRedirect(reverse(f"{self.admin_site.name}:{self.url_name('change')}", args=[pk]))
        return self.render_version(request, version, stored, extra_context)

    def render_version(self, request, version, stored, extra_context):
        obj = version.instance
        obj._state.adding = False
        form = self.get_form(request, obj)(instance=obj)
        fieldsets = self.version_fieldsets(self.get_fieldsets(request, obj))
        admin_form = helpers.AdminForm(form, fieldsets, {}, self.get_readonly_fields(request, obj), model_admin=self)
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": f"{'View' if self.revert_disabled(request, obj) else 'Revert'} {obj}",
            "adminform": admin_form,
            "object_id": obj.pk,
            "original": obj,
            "is_popup": False,
            "media": self.media + admin_form.media,
            "errors": helpers.AdminErrorList(form, []),
            "app_label": opts.app_label,
            "original_opts": opts,
            "opts": opts,
            "changelist_url": reverse(f"{self.admin_site.name}:{self.url_name('changelist')}"),
            "change_url": reverse(f"{self.admin_site.name}:{self.url_name('change')}", args=[obj.pk]),
            "history_url": self.history_url(obj.pk),
            "change_history": False,
            "revert_disabled": self.revert_disabled(request, obj),
            "add": False,
            "change": True,
            "has_add_permission": self.has_add_permission(request),
            "has_view_permission": True,
            "has_change_permission": False,
            "has_delete_permission": False,
            "has_editable_inline_admin_formsets": False,
            "has_file_field": False,
            "has_absolute_url": False,
            "form_url": "",
            "save_as": False,
            "save_on_top": False,
            "version_date": version.history_date,
            "restore_token": restoring.state_token(self.model, obj.pk),
            "restore_plan": restoring.plan(self.model, version),
            "record_deleted": stored is None,
            **(extra_context or {}),
        }
        return self.render_history_view(request, self.object_history_form_template, context)

    def version_fieldsets(self, fieldsets):
        """The change form's fieldsets with only what the history stores: the record's own fields."""
        stored = self.stored_field_names()
        kept = []
        for name, options in fieldsets:
            fields = [f for f in options.get("fields", ()) if isinstance(f, str) and f in stored]
            if fields:
                kept.append((name, {**options, "fields": fields}))
        return kept

    def stored_field_names(self):
        opts = self.model._meta
        return [f.name for f in [*opts.concrete_fields, *opts.many_to_many] if f.editable and not f.primary_key]

    def version_or_404(self, object_id, version_id):
        """The historical version, or 404 for ids that are not ids at all."""
        pk_field = self.model._meta.pk
        try:
            pk = pk_field.to_python(unquote(object_id))
            version_id = int(version_id)
        except (ValidationError, ValueError, TypeError, OverflowError) as error:
            raise Http404("No such version.") from error
        if isinstance(pk, str) and ("\x00" in pk or len(pk) > 200):
            raise Http404("No such version.")
        if not -(2**63) < version_id < 2**63:
            raise Http404("No such version.")
        version = self.model.history.filter(**{pk_field.attname: pk, "history_id": version_id}).first()
        if version is None:
            raise Http404("No such version.")
        return version

    def can_restore(self, request, stored):
        """Restoring changes the record, or adds it back when it was deleted: it needs that right."""
        if stored is None:
            return self.has_add_permission(request)
        return self.has_change_permission(request, stored)

    def revert_disabled(self, request, obj=None):
        if obj is None or not showing_version(request):
            return True
        stored = self.model._default_manager.filter(pk=obj.pk).first()
        return not self.can_restore(request, stored)

    def get_readonly_fields(self, request, obj=None):
        # The version is shown as it was stored; a restore never takes edited values.
        if showing_version(request):
            return list(dict.fromkeys([*self.stored_field_names(), *super().get_readonly_fields(request, obj)]))
        return super().get_readonly_fields(request, obj)

    def history_url(self, pk):
        return reverse(f"{self.admin_site.name}:{self.url_name('history')}", args=[pk])

    def url_name(self, view):
        return f"{self.model._meta.app_label}_{self.model._meta.model_name}_{view}"

    @staticmethod
    def version_date(version):
        return dateformat.format(timezone.localtime(version.history_date), "j F Y H:i")

    def log_restore(self, request, record, restore_plan):
        """The admin's log entry of a restore (the history entries are written by the restore itself)."""
        counts = restore_plan.summary()
        rows = ", ".join(f"{n} row{'s' if n != 1 else ''} {ACTIONS[action]}" for action, n in sorted(counts.items()))
        message = f"Restored the version of {self.version_date(restore_plan.version)}" + (f"; {rows}" if rows else "")
        if restore_plan.stored is None:
            return admin.ModelAdmin.log_addition(self, request, record, message)
        return admin.ModelAdmin.log_change(self, request, record, message)

    def save_model(self, request, obj, form, change):
        if change and not form.has_changed():
            return
        obj.skip_history_when_saving = True
        super().save_model(request, obj, form, change)

    def log_addition(self, request, obj, message):
        self.record(request, obj, "+")
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        self.record(request, obj, "~")
        return super().log_change(request, obj, message)

    def record(self, request, obj, history_type):
        """Write the historical row of an admin save; False when the save was skipped as changing nothing."""
        if not hasattr(obj, "skip_history_when_saving"):
            return False
        del obj.skip_history_when_saving
        if enabled():
            obj._history_user = request.user
            RECORDS[type(obj)].create_historical_record(obj, history_type)
        return True
