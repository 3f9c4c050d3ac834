"""The audit history of the knowledge base, kept with django-simple-history.

Every knowledge model is registered at the end of meetings/models.py. A save or delete made through the ORM (the
admin, a management command, the shell) writes one historical row holding the whole record as it then stood, who
made the change (HistoryRequestMiddleware gives requests' users) and when. What is not recorded, on purpose:

- bulk writes that bypass save() and its signals: generate_synthetic's COPY/bulk_create, the search documents'
  bulk_update, import_kbase's bulk_create (it brings the history rows of the backup with it);
- fixture loads (loaddata), which save in "raw" mode: loading the seed is not an editor's change. A load that
  overwrites a record whose history was already being kept is recorded, so a re-load never silently undoes an edit.

A record that has no history yet (loaded from the seed, or written in bulk) gets a first historical row with its
stored state just before its first recorded change, so that state can be seen and restored like any other.

A record's updated_at is the date its public page shows as "Last changed": saving a row that belongs to it (a
participation, a citation, another name: anything under it through a CASCADE foreign key) moves its updated_at too.

Inside meetings.derived.deferred() (a bulk write such as the intake's save) the owners are noted, and each is touched
once when the block ends, rather than once per row.

settings.SIMPLE_HISTORY_ENABLED = False (for bulk maintenance, such as emptying a test database) switches off
both the history and the moving of those dates.
"""

from django.conf import settings
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils import timezone
from simple_history import register
from simple_history.models import HistoricalRecords

from . import derived

BASELINE_REASON = "As stored before its first recorded change"
FIXTURE_REASON = "Written by a fixture load"

# model -> its HistoricalRecords, so the admin can write one entry per save itself (meetings/admin/history.py).
RECORDS = {}


def enabled():
    return getattr(settings, "SIMPLE_HISTORY_ENABLED", True)


class KnowledgeHistory(HistoricalRecords):
    """simple-history's recorder, with the first-change baseline and the fixture-load rules described above."""

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is not self.cls:
            return
        RECORDS[sender] = self
        pre_save.connect(self.keep_baseline, sender=sender, weak=False)
        for field in self.get_m2m_fields_from_model(sender):
            m2m_changed.connect(self.baseline_before_m2m, sender=field.remote_field.through, weak=False)

    def history_of(self, instance):
        return getattr(type(instance), self.manager_name).filter(**{instance._meta.pk.attname: instance.pk})

    def keep_baseline(self, sender, instance, raw=False, **kwargs):
        """Before the first recorded change of a row that has no history, record the row as it is stored."""
        if raw or not enabled() or getattr(instance, "_history_baseline_kept", False):
            return
        # Once per instance: a new row has no earlier state, and a row seen once is accounted for.
        instance._history_baseline_kept = True
        if instance._state.adding or instance.pk is None or self.history_of(instance).exists():
            return
        stored = type(instance)._default_manager.filter(pk=instance.pk).first()
        if stored is None:
            return
        stored._history_user = None
        stored_at = getattr(instance, "_history_stored_at", None)
        if stored_at is not None:
            stored.updated_at = stored_at
        stored._history_date = getattr(stored, "updated_at", None) or timezone.now()
        stored._change_reason = BASELINE_REASON
        self.create_historical_record(stored, "~")

    def baseline_before_m2m(self, sender, instance, action, reverse, **kwargs):
        if action in ("pre_add", "pre_remove", "pre_clear") and not reverse and isinstance(instance, self.cls):
            self.keep_baseline(type(instance), instance)

    def post_save(self, instance, created, using=None, **kwargs):
        if kwargs.get("raw"):
            if enabled():
                self.record_fixture_overwrite(instance, created)
            # The many-to-many rows a fixture sets right after the row are part of the same load.
            instance.skip_history_when_saving = True
            instance._history_baseline_kept = True
            return
        super().post_save(instance, created, using=using, **kwargs)

    def record_fixture_overwrite(self, instance, created):
        """Record a fixture load that re-creates or changes a row whose history is being kept."""
        latest = self.history_of(instance).order_by("-history_date", "-history_id").first()
        if latest is None:
            return
        editable = [field.attname for field in self.fields_included(instance) if field.editable]
        if not created and all(getattr(latest, name) == getattr(instance, name) for name in editable):
            return
        instance._history_user = None
        instance._change_reason = FIXTURE_REASON
        self.create_historical_record(instance, "+" if created else "~")
        del instance._history_user, instance._change_reason


def track(*models_to_track):
    """Keep the history of each model: its own fields (not the derived search documents) and many-to-many fields.

    A many-to-many relation with a through model of its own (Agreement.events) is that model's history instead.
    """
    for model in models_to_track:
        fields = {field.name for field in model._meta.local_fields}
        m2m = [field for field in model._meta.local_many_to_many if field.remote_field.through._meta.auto_created]
        register(
            model,
            records_class=KnowledgeHistory,
            excluded_fields=sorted(fields & {"search_name", "search_text"}),
            m2m_fields=[field.name for field in m2m],
        )
        post_save.connect(_saved, sender=model, dispatch_uid=f"history-touch-{model.__name__}-save")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"history-touch-{model.__name__}-delete")
        for field in m2m:
            m2m_changed.connect(
                _m2m_changed, sender=field.remote_field.through, dispatch_uid=f"history-touch-{model.__name__}-m2m"
            )


# --- Last changed ---------------------------------------------------------


def owners(model):
    """The foreign keys to the records a row of model belongs to: those that delete it with them."""
    return [
        field
        for field in model._meta.concrete_fields
        if field.many_to_one and field.remote_field.on_delete is models.CASCADE
    ]


def has_updated_at(model):
    return any(f.name == "updated_at" for f in model._meta.concrete_fields)


def touch(model, queryset, depth=0):
    """Move the updated_at of the records that queryset's rows of model belong to, up to the top record.

    One UPDATE per level, with no signals: this is not a change of the record's own fields, so no history.
    """
    if depth > 3:
        return
    for field in owners(model):
        parent = field.related_model
        touch_records(parent, parent._default_manager.filter(pk__in=queryset.values(field.attname)), depth + 1)


def touch_records(model, queryset, depth=0):
    """Move the updated_at of queryset's records of model, and of the records they belong to (touch)."""
    if has_updated_at(model):
        queryset.update(updated_at=timezone.now())
    touch(model, queryset, depth)


def _note_owners(pending, sender, instance):
    """Inside derived.deferred(): the records instance belongs to, touched once when the block ends."""
    for field in owners(sender):
        pending.touch(field.related_model, getattr(instance, field.attname))


def _saved(sender, instance, raw=False, **kwargs):
    if not enabled():
        return
    if raw:
        # A fixture carries its own dates, and so do the many-to-many rows it sets right after this one.
        instance._history_raw_load = True
        return
    pending = derived.pending()
    if pending is not None:
        _note_owners(pending, sender, instance)
        return
    touch(sender, sender._default_manager.filter(pk=instance.pk))


def _deleted(sender, instance, origin=None, **kwargs):
    if not enabled():
        return
    # A row deleted along with the record it belongs to (a cascade) has no page left to date.
    if isinstance(origin, models.Model) and (type(origin) is not sender or origin.pk != instance.pk):
        return
    if isinstance(origin, models.QuerySet) and origin.model is not sender:
        return
    pending = derived.pending()
    if pending is not None:
        _note_owners(pending, sender, instance)
        return
    for field in owners(sender):
        pk = getattr(instance, field.attname)
        if pk is not None:
            touch_records(field.related_model, field.related_model._default_manager.filter(pk=pk), 1)


def _m2m_changed(sender, instance, action, reverse, **kwargs):
    if not enabled() or not action.startswith("post_") or reverse or getattr(instance, "_history_raw_load", False):
        return
    if has_updated_at(type(instance)):
        pending = derived.pending()
        if pending is not None:
            pending.stamp(type(instance), instance.pk)
            return
        type(instance)._default_manager.filter(pk=instance.pk).update(updated_at=timezone.now())
