"""
No lost edits: an admin save made over someone else's change is shown as a conflict, never applied blindly.

Every change form, and every row of its inlines, carries a version token taken when the page was opened: the
record's updated_at and a short fingerprint of each field's value. Saving checks it twice:

- while the forms are validated, where a record changed since the page was opened becomes a form error that
  says who changed it and when, and what they changed;
- again at the write, with a conditional UPDATE ... WHERE updated_at = <token>, so that two saves validated at
  the same moment cannot both pass: the second one's UPDATE finds no row (on PostgreSQL it waits for the first
  to commit, then finds the new updated_at), the transaction is rolled back, and the view shows the conflict.

A save made from the parent's page always saves the parent (updated_at moves even when only an inline row
changed), so a second editor of the same page sees the conflict. A row edited on its own page (a participation,
a post) moves only its own updated_at; the row's token catches that when the parent's page saves the row.

On a conflict nothing is saved. The form comes back with the other editor's values wherever this editor had not
changed a field, this editor's values where they had, a table of what changed, and the current version token,
so that saving again is a choice made knowing what the other editor did.

The admin side, EditConflictMixin at the end of this module, wraps the forms and formsets built here.
"""

import hashlib
import json
from dataclasses import dataclass, field

from django import forms
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import flatten_fieldsets
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import CASCADE, Model
from django.db.models.query import QuerySet
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.dateparse import parse_datetime
from django.utils.functional import cached_property
from django.utils.text import Truncator, capfirst
from simple_history.models import HistoricalRecords

from .. import dependents
from ..dates import HiddenUnlabelledBoundField

VERSION_FIELD = "version_token"
SALT = "meetings.locking"
TIME_FORMAT = "j F Y, H:i:s"


class EditConflict(Exception):
    """Raised inside the save's transaction when the record moved on after the forms were validated."""


@dataclass
class Version:
    """What a form was opened on: the record's updated_at (None for models without one) and field fingerprints."""

    updated_at: object
    fingerprints: dict

    def encode(self):
        stamp = self.updated_at.isoformat() if self.updated_at else None
        return signing.dumps({"t": stamp, "f": self.fingerprints}, salt=SALT, compress=True)

    @classmethod
    def decode(cls, token):
        """The Version in token, or None when it is missing or not one this site made."""
        if not token:
            return None
        try:
            data = signing.loads(token, salt=SALT)
            stamp = parse_datetime(data["t"]) if data["t"] else None
            return cls(stamp, dict(data["f"]))
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            return None


def has_updated_at(model):
    try:
        model._meta.get_field("updated_at")
    except FieldDoesNotExist:
        return False
    return True


def _canonical(field, value):
    """A field's value as text that is the same for the stored value and the same value posted back."""
    value = field.prepare_value(value)
    if isinstance(value, list | tuple | set | QuerySet):
        return ",".join(sorted(str(field.prepare_value(v)) for v in value))
    if value is None:
        return ""
    # A browser posts a textarea with CRLF line ends; a fixture stores LF.
    return "\n".join(str(value).splitlines()).strip()


def _fingerprint(field, value):
    return hashlib.sha256(_canonical(field, value).encode()).hexdigest()[:10]


class VersionField(forms.CharField):
    """The hidden version token. It never counts as a change, so an untouched inline row stays untouched."""

    widget = forms.HiddenInput
    bound_field_class = HiddenUnlabelledBoundField

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def has_changed(self, initial, data):
        return False


class VersionedFormMixin(forms.Form):
    """Adds the version token to a model form and knows whether the record moved on since the form was opened."""

    version_token = VersionField()
    # The page's own record is checked when its form is validated; inline rows by their formset.
    check_on_clean = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict = False
        self.differences = []
        # The fields of the form itself, before a formset adds its id, foreign key and DELETE fields.
        self._versioned_fields = [name for name in self.fields if name != VERSION_FIELD]
        self.saved_version = self._version_of_saved_record()
        self.initial[VERSION_FIELD] = self.saved_version.encode() if self.instance.pk is not None else ""

    def _version_of_saved_record(self):
        # For a bound form, initial holds the record as it is in the database now, not what was posted.
        fingerprints = {
            name: _fingerprint(self.fields[name], self.get_initial_for_field(self.fields[name], name))
            for name in self._versioned_fields
        }
        updated_at = getattr(self.instance, "updated_at", None) if has_updated_at(type(self.instance)) else None
        return Version(updated_at, fingerprints)

    @cached_property
    def opened_version(self):
        """The version the editor opened, from the posted token (None when missing or damaged)."""
        if not self.is_bound:
            return None
        return Version.decode(self.data.get(self.add_prefix(VERSION_FIELD)))

    def has_changed(self):
        """Whether the editor changed the row, rather than whether it differs from the record as saved now.

        Django compares the posted row with the database; a row someone else changed since the page was opened
        would then count as changed and be saved back with the values this editor never touched.
        """
        changed = super().has_changed()
        opened = self.opened_version
        if not changed or self.instance.pk is None or opened is None or not hasattr(self, "cleaned_data"):
            return changed
        started = opened.fingerprints
        return any(self._submitted_fingerprint(name) != started.get(name) for name in self._versioned_fields)

    def clean(self):
        cleaned_data = super().clean()
        if self.check_on_clean and self.changed_since_opened():
            self.flag_conflict(conflict_message(self.instance, self.opened_version))
        return cleaned_data

    def changed_since_opened(self):
        if self.instance.pk is None:
            return False
        opened = self.opened_version
        if opened is None:
            return True
        if has_updated_at(type(self.instance)):
            return opened.updated_at != self.saved_version.updated_at
        return opened.fingerprints != self.saved_version.fingerprints

    def flag_conflict(self, message):
        self.conflict = True
        self.add_error(None, message)

    def claim(self):
        """Move updated_at on, but only if it still holds what the form was opened on; else raise EditConflict.

        The conditional UPDATE is the atomic half of the check: on PostgreSQL it also locks the row, so a second
        save of the same record waits for this transaction and then finds the row changed.
        """
        model = type(self.instance)
        opened = self.opened_version
        if self.instance.pk is None or not has_updated_at(model) or opened is None:
            return
        # A form with nothing changed keeps its date ("last changed" stays true) but still takes the row lock; a
        # change to one of its inline rows moves the record's date when the row is saved (meetings/history.py).
        moved_on = timezone.now() if self.has_changed() else opened.updated_at
        # A record's first recorded change keeps its stored state as a baseline (meetings/history.py), dated when it
        # was stored rather than by the UPDATE below.
        self.instance._history_stored_at = opened.updated_at
        claimed = model._base_manager.filter(pk=self.instance.pk, updated_at=opened.updated_at).update(
            updated_at=moved_on
        )
        if not claimed:
            raise EditConflict(self.instance)

    # --- After a conflict -----------------------------------------------------

    def _submitted_fingerprint(self, name):
        if name not in getattr(self, "cleaned_data", {}) or name in self.errors:
            return None
        return _fingerprint(self.fields[name], self.cleaned_data[name])

    def resolve(self):
        """Prepare the form to be shown again after a conflict.

        Lists the fields whose saved value moved on since the form was opened, takes the saved value into the
        form where this editor had left the field alone, keeps this editor's value where both changed it, and
        gives the form the current version so that saving it again is possible.
        """
        if self.instance.pk is None:
            return
        opened = self.opened_version
        data = self.data.copy()
        for name in self._versioned_fields:
            field = self.fields[name]
            saved = self.saved_version.fingerprints[name]
            yours = self._submitted_fingerprint(name)
            theirs = self.get_initial_for_field(field, name)
            your_value = self.cleaned_data[name] if yours is not None else self[name].data
            if opened is None:
                # Nothing says what the editor started from: show every field where the form differs.
                if yours != saved:
                    self.differences.append(Difference(field, name, theirs, your_value, kept_yours=True))
                continue
            started = opened.fingerprints.get(name)
            if started == saved:
                continue
            if yours == saved:
                # Both made the same change.
                continue
            if yours == started and _put(data, self.add_prefix(name), field, theirs):
                self.differences.append(Difference(field, name, theirs, your_value, kept_yours=False))
            else:
                self.differences.append(Difference(field, name, theirs, your_value, kept_yours=True))
        data[self.add_prefix(VERSION_FIELD)] = self.saved_version.encode()
        self.data = data


def _put(data, key, field, value):
    """Put a stored value into posted data as the field's widget would post it; False where that is not simple."""
    widget = getattr(field.widget, "widget", field.widget)  # inside the admin's RelatedFieldWidgetWrapper
    value = field.prepare_value(value)
    if isinstance(widget, forms.MultiWidget | forms.FileInput):
        return False
    if isinstance(widget, forms.CheckboxInput):
        if value:
            data[key] = "on"
        else:
            data.pop(key, None)
    elif isinstance(value, list | tuple | set | QuerySet):
        data.setlist(key, [str(field.prepare_value(v)) for v in value])
    elif value is None:
        data[key] = ""
    elif isinstance(widget, forms.DateInput | forms.DateTimeInput | forms.TimeInput):
        data[key] = widget.format_value(value)
    else:
        data[key] = str(value)
    return True


@dataclass
class Difference:
    """One field that moved on while the editor had the page open."""

    field: forms.Field
    name: str
    theirs: object
    yours: object
    kept_yours: bool

    @property
    def label(self):
        return self.field.label or self.name.replace("_", " ").capitalize()

    @property
    def theirs_text(self):
        return as_text(self.field, self.theirs)

    @property
    def yours_text(self):
        return as_text(self.field, self.yours)


def as_text(field, value):
    """A value as a reader would recognise it: a name for a foreign key, a label for a choice, a date in words."""
    if value in (None, "", [], ()):
        return "(empty)"
    if isinstance(field, forms.ModelMultipleChoiceField):
        items = list(value)
        if items and not all(isinstance(item, Model) for item in items):
            items = list(field.queryset.filter(pk__in=[field.prepare_value(item) for item in items]))
        return "; ".join(str(item) for item in items) or "(empty)"
    if isinstance(field, forms.ModelChoiceField):
        if not isinstance(value, Model):
            try:
                value = field.to_python(value)
            except ValidationError:
                pass
        return Truncator(str(value)).chars(300)
    choices = getattr(field, "choices", None)
    if choices:
        labels = {str(key): label for key, label in _flat(choices)}
        return str(labels.get(str(value), value)) or "(empty)"
    if hasattr(value, "strftime"):
        return format_date(value, "j F Y")
    return Truncator(str(value)).chars(300)


def _flat(choices):
    for key, label in choices:
        if isinstance(label, list | tuple):
            yield from label
        else:
            yield key, label


# --- Formsets ---------------------------------------------------------------


class VersionedFormSetMixin:
    """Checks the token of every inline row that the save would change or delete, and what depends on the rows
    it would delete."""

    def clean(self):
        super().clean()
        messages = []
        for form in self.initial_forms:
            if not hasattr(form, "cleaned_data"):
                continue
            if not (form.has_changed() or self._should_delete_form(form)):
                continue
            if form.changed_since_opened():
                message = conflict_message(form.instance, form.opened_version, row=True)
                form.flag_conflict(message)
                messages.append(message)
            elif self._should_delete_form(form):
                # Deleting a row is refused like deleting a record, when others depend on it.
                message = dependents.refusal(form.instance)
                if message:
                    form.add_error(None, message)
                    messages.append(message)
        if messages:
            raise ValidationError(messages)

    def rows_to_write(self):
        return [
            form
            for form in self.initial_forms
            if hasattr(form, "cleaned_data") and (form.has_changed() or self._should_delete_form(form))
        ]

    def added_since_opened(self):
        """Rows someone else added while the page was open: saving this page keeps them."""
        posted = {form.instance.pk for form in self.initial_forms}
        return [row for row in self.get_queryset() if row.pk not in posted]


def versioned_form(form_class, check_on_clean=False):
    return type(form_class.__name__, (VersionedFormMixin, form_class), {"check_on_clean": check_on_clean})


def versioned_formset(formset_class):
    formset_class.form = versioned_form(formset_class.form)
    return type(formset_class.__name__, (VersionedFormSetMixin, formset_class), {})


# --- Who changed it ---------------------------------------------------------


def changed_by(instance, since):
    """{user id: name} of the people whose admin saves changed instance after since, in the order they saved.

    A row is saved on its own page or, as an inline, on the page of the record it belongs to (the one its
    CASCADE foreign key points at); a save on that page counts when its change message names the row.
    """
    if since is None or instance.pk is None:
        return {}

    def entries_for(obj):
        content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        return LogEntry.objects.filter(content_type=content_type, object_id=str(obj.pk), action_time__gt=since)

    entries = entries_for(instance)
    for f in instance._meta.concrete_fields:
        if f.many_to_one and f.remote_field.on_delete is CASCADE and getattr(instance, f.attname) is not None:
            owner = getattr(instance, f.name)
            entries |= entries_for(owner).filter(change_message__contains=json.dumps(str(instance)))
    people = {}
    for entry in entries.select_related("user").order_by("action_time"):
        people.setdefault(entry.user_id, entry.user.get_full_name() or entry.user.get_username())
    return people


def current_user_id():
    """The user of the request being answered, as simple-history's middleware keeps it for the audit history."""
    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    return user.pk if user is not None and user.is_authenticated else None


def conflict_message(instance, opened, row=False):
    """ "This event was changed by alice at 21 August 2023, 14:02:07 while you were editing. ..." """
    name = instance._meta.verbose_name
    subject = f"The {name} “{Truncator(str(instance)).chars(80)}”" if row else f"This {name}"
    if opened is None:
        return (
            f"{subject} could not be checked against the version you opened, so nothing has been saved. "
            "Compare the saved values below with yours, then save again."
        )
    people = changed_by(instance, opened.updated_at)
    # The editor refused is never named as the other editor: their own save from another window or tab is said so.
    yourself = people.pop(current_user_id(), None) is not None
    others = list(people.values())
    updated_at = getattr(instance, "updated_at", None) if has_updated_at(type(instance)) else None
    when = f" at {format_date(timezone.localtime(updated_at), TIME_FORMAT)}" if updated_at else ""
    if yourself and not others:
        message = f"You changed {subject[0].lower()}{subject[1:]} in another window{when} after opening this page."
    else:
        names = [*others, "by you in another window"] if yourself else others
        who = f" by {_and(names)}" if names else ""
        message = f"{subject} was changed{who}{when} while you were editing."
    if not row:
        message += " Nothing you entered has been saved yet: see what changed below, then save again."
    return message


def _and(names):
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


@dataclass
class ConflictReport:
    """What the conflict panel shows for one record of the page."""

    title: str
    differences: list = field(default_factory=list)
    added: list = field(default_factory=list)


# --- The admin side ---------------------------------------------------------


def with_version_field(fieldsets):
    """fieldsets with the hidden version token added to the first one, where it renders as a hidden input."""
    if VERSION_FIELD in flatten_fieldsets(fieldsets):
        return fieldsets
    (name, options), *rest = fieldsets
    return [(name, {**options, "fields": [*options["fields"], VERSION_FIELD]}), *rest]


def showing_version(request):
    """True while the history page shows an earlier version read-only (history.py): a form with no token to check.

    A restore never goes through the change form: it puts back what the history stored (restoring.py).
    """
    return getattr(request, "restoring_version", None) is not None


class EditConflictMixin:
    """
    No lost edits: saving over a change made since the page was opened shows the conflict and saves nothing.

    The change form and every inline row carry a version token (above). It is checked when the
    forms are validated, and again atomically at the write; a write that finds the record moved on rolls the
    save back, and the view runs once more so that validation shows the conflict. Deleting a record that
    others depend on is refused with a list of what depends on it (meetings/dependents.py).
    """

    change_form_template = "admin/meetings/change_form_locking.html"
    delete_confirmation_template = "admin/meetings/delete_confirmation.html"
    delete_selected_confirmation_template = "admin/meetings/delete_selected_confirmation.html"

    def get_fields(self, request, obj=None):
        return [name for name in super().get_fields(request, obj) if name != VERSION_FIELD]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not self.has_change_permission(request, obj) or showing_version(request):
            return fieldsets
        return with_version_field(fieldsets)

    def get_form(self, request, obj=None, change=False, **kwargs):
        fields = kwargs.pop("fields") if "fields" in kwargs else flatten_fieldsets(self.get_fieldsets(request, obj))
        if fields is not None:
            fields = [name for name in fields if name != VERSION_FIELD]
        form = super().get_form(request, obj, change, fields=fields, **kwargs)
        if showing_version(request):
            return form
        return versioned_form(form, check_on_clean=True)

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            yield versioned_formset(formset), inline

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        inline_admin_formsets = super().get_inline_formsets(request, formsets, inline_instances, obj)
        for inline_admin_formset in inline_admin_formsets:
            if obj is not None and inline_admin_formset.has_change_permission:
                inline_admin_formset.fieldsets = with_version_field(inline_admin_formset.fieldsets)
        return inline_admin_formsets

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except EditConflict:
            # Another save was committed between this one's validation and its write, and this one's
            # transaction was rolled back. Validating again finds the change and shows the conflict.
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if change:
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
            reports.append(ConflictReport(f"This {self.opts.verbose_name}", form.differences))
        for formset in formsets:
            name = formset.model._meta.verbose_name
            for row in formset.initial_forms:
                row.resolve()
                if row.differences:
                    reports.append(ConflictReport(f"{capfirst(name)} “{row.instance}”", row.differences))
            added = formset.added_since_opened()
            if added:
                title = f"{capfirst(formset.model._meta.verbose_name_plural)} added meanwhile (saving keeps them)"
                reports.append(ConflictReport(title, added=[str(row) for row in added]))
        return reports

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        blocking = dependents.blocking_dependents(objs)
        if blocking:
            protected = dependents.describe(blocking, self.admin_site)
        return deleted, model_count, perms_needed, protected
