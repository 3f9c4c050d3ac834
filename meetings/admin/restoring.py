"""
Restoring an earlier version of a record from its history, with the rows that belong to it.

A restore puts back what the history stored, never what a form posted: the revert page shows the version, and the
only thing it sends back is a signed token naming the state of the record when the page was opened. If the record
(or one of its rows) changed after that, the restore is refused as an edit conflict, like any admin save.

A record's rows are those that are deleted with it (a CASCADE foreign key), and their own rows in turn: a meeting's
participations, attendances, outcomes, agreements and citations, an attendance's statements, a person's posts and
other names. Each row is put back as it stood at the version's date:

- a row recorded then is re-created or changed back to those values;
- a row created after that date is deleted;
- a row with no history at all has not changed since it was loaded, so it is left as it is;
- a row whose first record is the baseline kept before its first change, or its deletion, had those values then
  (if it was created by then).

Everything happens in one transaction: a row that can no longer be put back (the person it names was deleted, its
passage is no longer in the report's text) refuses the whole restore with a message that says which and why.
"""

from dataclasses import dataclass, field

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import ProtectedError
from django.utils import dateformat, timezone
from django.utils.text import Truncator

from .. import history
from .locking import has_updated_at

SALT = "meetings.restoring"
# Rows of rows of rows: a meeting -> an attendance -> a statement is two levels; three leaves room.
DEPTH = 3
# Fields that describe a row's bookkeeping, not what an editor entered.
BOOKKEEPING = {"created_at", "updated_at", "search_name", "search_text", "name_folded"}


class RestoreRefused(Exception):
    """The version cannot be put back; the message says why, for the editor."""


# --- The state the revert page was opened on ----------------------------------------


def current_state(model, pk):
    """What identifies the stored state of a record: its updated_at and its latest history entry."""
    stored = model._base_manager.filter(pk=pk).values("updated_at").first() if has_updated_at(model) else None
    latest = (
        model.history.filter(**{model._meta.pk.attname: pk})
        .order_by("-history_id")
        .values_list("history_id", flat=True)
    )
    state = {"h": latest.first()}
    if stored is not None:
        state["t"] = stored["updated_at"].isoformat()
    elif has_updated_at(model):
        state["t"] = None
    return state


def state_token(model, pk):
    return signing.dumps(current_state(model, pk), salt=SALT)


def opened_state(token):
    """The state in a posted token, or None when it is missing or was not made by this site."""
    try:
        return signing.loads(token or "", salt=SALT)
    except signing.BadSignature:
        return None


# --- The plan ------------------------------------------------------------------------


@dataclass
class RowChange:
    """One row that the restore puts back, changes back or removes."""

    action: str  # "recreate", "change" or "delete"
    model: type
    pk: object
    target: models.Model | None  # the row as it will be; None for a delete
    current: models.Model | None  # the row as it is; None for a recreate
    m2m: dict = field(default_factory=dict)  # field name -> ids, as they were

    @property
    def label(self):
        row = self.target or self.current
        return f"{row._meta.verbose_name}: {Truncator(str(row)).chars(90)}"


@dataclass
class Plan:
    """What restoring version would do: the record itself, then its rows, parents before children."""

    version: models.Model
    record: models.Model
    stored: models.Model | None
    m2m: dict
    rows: list

    @property
    def record_changes(self):
        if self.stored is None:
            return True
        if differs(self.stored, self.record):
            return True
        return any(set(ids) != set(current_m2m(self.stored, name)) for name, ids in self.m2m.items())

    @property
    def changes_anything(self):
        return self.record_changes or bool(self.rows)

    def summary(self):
        """Counts of rows by action, for the revert page."""
        counts = {}
        for row in self.rows:
            counts[row.action] = counts.get(row.action, 0) + 1
        return counts


def tracked_fields(model):
    return [f for f in model._meta.concrete_fields if f.name not in BOOKKEEPING]


def differs(current, target):
    return any(getattr(current, f.attname) != getattr(target, f.attname) for f in tracked_fields(type(current)))


def m2m_as_of(model, version):
    """The many-to-many ids a historical version stored: {field name: [ids]}."""
    recorder = history.RECORDS[model]
    stored = {}
    for m2m_field in recorder.get_m2m_fields_from_model(model):
        through = recorder.m2m_models[m2m_field]
        target = m2m_field.m2m_reverse_field_name()
        stored[m2m_field.name] = list(through.objects.filter(history=version).values_list(f"{target}_id", flat=True))
    return stored


def current_m2m(instance, name):
    return list(getattr(instance, name).values_list("pk", flat=True))


def plan(model, version):
    """What restoring the historical version of a record of model would change."""
    pk = getattr(version, model._meta.pk.attname)
    stored = model._default_manager.filter(pk=pk).first()
    record = version.instance
    rows = list(plan_rows(model, {pk}, version.history_date, depth=1))
    return Plan(version, record, stored, m2m_as_of(model, version), rows)


def row_models(parent):
    """(model, foreign key) for each kind of row that belongs to a record of parent."""
    for model in history.RECORDS:
        if model is parent:
            # A meeting's sessions are meetings with their own history pages.
            continue
        for fk in history.owners(model):
            if fk.related_model is parent:
                yield model, fk


def plan_rows(parent, parent_ids, as_of, depth):
    if depth > DEPTH or not parent_ids:
        return
    for model, fk in row_models(parent):
        records = {}
        for record in model.history.filter(**{f"{fk.attname}__in": parent_ids}).order_by("history_date", "history_id"):
            records.setdefault(record.id, []).append(record)
        current = {row.pk: row for row in model._default_manager.filter(**{f"{fk.attname}__in": parent_ids})}
        kept = set()
        for pk in sorted(set(records) | set(current), key=str):
            then, existed = state_as_of(records.get(pk, []), as_of)
            now = current.get(pk)
            if then is None:
                if pk not in records:
                    # Never changed since it was loaded: it stood then as it stands now.
                    kept.add(pk)
                elif now is not None:
                    yield RowChange("delete", model, pk, None, now)
                continue
            if not existed or getattr(then, fk.attname) not in parent_ids:
                if now is not None and getattr(now, fk.attname) in parent_ids:
                    yield RowChange("delete", model, pk, None, now)
                continue
            target = then.instance
            m2m = m2m_as_of(model, then)
            kept.add(pk)
            if now is None:
                yield RowChange("recreate", model, pk, target, None, m2m)
            elif differs(now, target) or any(set(ids) != set(current_m2m(now, n)) for n, ids in m2m.items()):
                yield RowChange("change", model, pk, target, now, m2m)
        yield from plan_rows(model, kept, as_of, depth + 1)


def state_as_of(records, as_of):
    """(the historical record whose values held at as_of, whether the row existed then), from one row's records in
    date order; (None, False) when nothing is known of it then."""
    held = None
    for record in records:
        if record.history_date <= as_of:
            held = record
    if held is not None:
        return held, held.history_type != "-"
    first = records[0] if records else None
    if first is None or first.history_type == "+":
        return None, False
    # The row was there before its first record, unchanged since it was loaded (a baseline or a delete holds the
    # values it had), as long as it was created by the version's date.
    created = getattr(first, "created_at", None)
    if created is not None and created > as_of:
        return None, False
    return first, True


# --- Applying it -------------------------------------------------------------------


def restore(model, version, user, opened):
    """Put version back, with its rows, as user; refuse with RestoreRefused, changing nothing, when it cannot be.

    opened is the state the revert page was opened on (from its token). Returns the restored record and the plan.
    """
    pk = getattr(version, model._meta.pk.attname)
    when = dateformat.format(timezone.localtime(version.history_date), "j F Y H:i")
    reason = f"Restored the version of {when}"
    try:
        with transaction.atomic():
            claim(model, pk, opened)
            restore_plan = plan(model, version)
            if not restore_plan.changes_anything:
                return restore_plan.stored, restore_plan
            record = restore_plan.record
            if restore_plan.record_changes:
                write(record, restore_plan.stored is None, restore_plan.m2m, user, reason)
            # Deletes first, children before parents, so nothing is refused for a row about to go too.
            for row in reversed(restore_plan.rows):
                if row.action == "delete":
                    delete(row, user, reason)
            for row in restore_plan.rows:
                if row.action != "delete":
                    write(row.target, row.action == "recreate", row.m2m, user, reason, label=row.label)
            return record, restore_plan
    except IntegrityError as error:
        raise RestoreRefused(f"The version could not be put back, so nothing was restored: {error}") from error


def claim(model, pk, opened):
    """Refuse when the record changed since the revert page was opened; lock its row for the rest of the restore."""
    if opened is None:
        raise RestoreRefused(
            "This page could not be checked against the record as it is stored, so nothing was restored. "
            "Open the version again and revert from there."
        )
    if current_state(model, pk) != opened:
        raise RestoreRefused(
            "The record was changed after you opened this version, so nothing was restored. "
            "See its history for the change, then open the version again if you still want it back."
        )
    if has_updated_at(model) and opened.get("t"):
        # The atomic half of the check: a save that commits between the comparison and here finds no row.
        claimed = model._base_manager.filter(pk=pk, updated_at=opened["t"]).update(updated_at=timezone.now())
        if not claimed:
            raise RestoreRefused(
                "The record was changed while it was being restored, so nothing was restored. Try again."
            )


def write(instance, creating, m2m, user, reason, label=None):
    instance._state.adding = creating
    try:
        instance.full_clean(validate_constraints=True)
    except ValidationError as error:
        what = label or f"{instance._meta.verbose_name} “{Truncator(str(instance)).chars(80)}”"
        problems = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
        raise RestoreRefused(
            f"{what[0].upper()}{what[1:]} cannot be put back ({problems}), so nothing was restored."
        ) from error
    instance._history_user = user
    instance._change_reason = reason
    # One history entry for the row and its many-to-many fields together, written once both are in place.
    instance.skip_history_when_saving = True
    instance.save(force_insert=creating)
    for name, ids in m2m.items():
        getattr(instance, name).set(ids)
    del instance.skip_history_when_saving
    if history.enabled():
        history.RECORDS[type(instance)].create_historical_record(instance, "+" if creating else "~")


def delete(row, user, reason):
    row.current._history_user = user
    row.current._change_reason = reason
    try:
        row.current.delete()
    except ProtectedError as error:
        raise RestoreRefused(
            f"{row.label[0].upper()}{row.label[1:]} was added after this version and cannot be removed, because "
            f"other records depend on it ({len(error.protected_objects)}); nothing was restored."
        ) from error
