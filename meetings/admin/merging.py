"""
Merging records entered twice: two organizations or two people that are one.

Everything that points at the merged records (participations, attendances, posts, memberships, other names,
statements through attendances, citations, forums convened, agreements, acts on agreements, reports published,
sub-organizations, ...) is repointed to the kept record inside one transaction. The relations are found from the
models, so a relation added later is moved too.

Where repointing a row would make it a second copy of a row the kept record already has (the same person
attending the same meeting in the same role), the two rows are combined: the second row's own rows (citations,
statements) move to the first, its fields fill the first's empty ones, then it is deleted, so no citation is
lost. Where a row would break a check constraint (an organization recorded as a member of itself), the merge
is refused with a message naming the row.

The merged records' names become other names of the kept one; their search documents are refreshed.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import router, transaction
from django.db.models import CheckConstraint, ProtectedError, UniqueConstraint, Value
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from .. import facets, redirects, search
from .locking import has_updated_at

# The fields whose values are kept as other names of the kept record, with the kind of name each becomes.
NAME_FIELDS = {
    "organization": [("name", "variant"), ("acronym", "acronym")],
    "person": [("name", "variant")],
}


class MergeRefused(Exception):
    """A merge that cannot be done as asked; the message says why, for the person who asked."""


@dataclass
class MergeResult:
    """What a merge moved, combined and kept; a dry run returns one without changing anything."""

    kept: object
    merged: list
    moved: Counter = field(default_factory=Counter)
    combined: list = field(default_factory=list)
    names: list = field(default_factory=list)
    filled: list = field(default_factory=list)

    @property
    def moved_list(self):
        return sorted(f"{n} {label(n)}" for label, n in self.moved.items())


class _DryRun(Exception):
    def __init__(self, result):
        self.result = result


def merge(kept, others, dry_run=False):
    """Merge others into kept. With dry_run, do it inside a transaction that is rolled back, and report."""
    model = type(kept)
    others = [other for other in others if other.pk != kept.pk]
    if not others:
        raise MergeRefused("Choose at least two records to merge.")
    try:
        with transaction.atomic(using=router.db_for_write(model)):
            result = _merge(kept, others)
            if dry_run:
                raise _DryRun(result)
    except _DryRun as stop:
        return stop.result
    return result


def reverse_relations(model):
    """Every foreign key that points at model, automatic many-to-many tables included.

    History rows are left out: a merged record's history stays its own, and stays readable in the admin.
    """
    return [
        f
        for f in model._meta.get_fields(include_hidden=True)
        if f.auto_created
        and not f.concrete
        and (f.one_to_many or f.one_to_one)
        and getattr(f.related_model, "instance_type", None) is None
    ]


def count(rel, obj):
    """How many of rel's rows point at obj."""
    return rel.related_model._base_manager.filter(**{rel.field.name: obj.pk}).count()


def holdings(obj):
    """What points at obj, counted by kind: {"participations": 3, "position": 1, ...}."""
    counts = Counter()
    for rel in reverse_relations(type(obj)):
        counts[_label(rel)] += count(rel, obj)
    return {label(n): n for label, n in counts.items() if n}


def _merge(kept, others):
    model = type(kept)
    ids = [other.pk for other in others]
    # Lock the records for the length of the merge; a concurrent editor's save waits, then sees the change.
    locked = {obj.pk: obj for obj in model._base_manager.select_for_update().filter(pk__in=[kept.pk, *ids])}
    if len(locked) != len(ids) + 1:
        raise MergeRefused("One of the records was deleted meanwhile. Go back to the list and select them again.")
    kept, others = locked[kept.pk], [locked[pk] for pk in ids]
    result = MergeResult(kept=kept, merged=[str(other) for other in others])
    # Rows move by update(), which sends no signals: the meetings that name any of the records get new facet values.
    touched = set().union(*(facets.events_depending_on(record) for record in [kept, *others]))
    for rel in reverse_relations(model):
        _repoint(rel, others, kept, result, report=True)
    for other in others:
        # What the kept record does not say yet, the others may: a description, a nationality, an address.
        result.filled += [str(kept._meta.get_field(name).verbose_name) for name in _fill_blanks(kept, other)]
    _keep_names(kept, others, result)
    # Links to the merged records' pages lead to the kept one (meetings/redirects.py).
    redirects.merged(kept, others)
    for other in others:
        try:
            other.delete()
        except ProtectedError as error:
            rows = ", ".join(f"“{row}”" for row in list(error.protected_objects)[:5])
            raise MergeRefused(f"“{other}” is still referred to by {rows}; nothing was merged.") from None
    kept.save()
    search.refresh(model._default_manager.filter(pk=kept.pk))
    facets.refresh(touched)
    return result


def _touch(model):
    return {"updated_at": timezone.now()} if has_updated_at(model) else {}


def _repoint(rel, sources, target, result, report=False):
    """Point rel's rows from sources to target, combining each row that would become a second copy of another.

    With report, the rows moved and combined are counted in result (the merged records' own relations, not the
    rows that move between two combined rows).
    """
    fk, model = rel.field, rel.related_model
    by_pk = {source.pk: source for source in sources}
    for pk in model._base_manager.filter(**{f"{fk.name}__in": list(by_pk)}).order_by("pk").values_list("pk", flat=True):
        # Read each row afresh: combining an earlier row may have changed it.
        row = model._base_manager.get(pk=pk)
        source = by_pk[getattr(row, fk.attname)]
        if model is type(target) and row.pk == target.pk:
            # The kept record hangs under a merged one (a department merged with its ministry): it takes that
            # one's own parent instead, unless that is being merged too.
            above = getattr(source, fk.attname)
            value = None if above in by_pk or above == target.pk else above
            model._base_manager.filter(pk=row.pk).update(**{fk.attname: value}, **_touch(model))
            setattr(target, fk.attname, value)
            continue
        setattr(row, fk.attname, target.pk)
        _check(row, target)
        twin = _twin(row, fk)
        if twin is not None:
            _combine(row, twin, result)
            if report:
                result.combined.append(f"{capfirst_name(model)} “{Truncator(str(twin)).chars(100)}”")
        else:
            model._base_manager.filter(pk=row.pk).update(**{fk.attname: target.pk}, **_touch(model))
            if report:
                result.moved[_label(rel)] += 1


def capfirst_name(model):
    name = str(model._meta.verbose_name)
    return name[:1].upper() + name[1:]


@dataclass(frozen=True)
class _Label:
    """The name of a kind of row, singular or plural by count: label(1) "participation", label(3) "participations"."""

    singular: str
    plural: str
    suffix: str = ""

    def __call__(self, n):
        return f"{self.singular if n == 1 else self.plural}{self.suffix}"


def _label(rel):
    model = rel.related_model
    opts = model._meta
    if opts.auto_created:
        # An automatic many-to-many table: name it after the model that declares the field.
        owner = opts.auto_created._meta.verbose_name
        return _Label(f"{owner} link", f"{owner} links")
    # A record's own kind under it: the organizations under an organization.
    suffix = " under it" if model is rel.model else ""
    return _Label(str(opts.verbose_name), str(opts.verbose_name_plural), suffix)


def _field_values(row):
    opts = row._meta
    values = {f.name: Value(getattr(row, f.attname), output_field=f) for f in opts.concrete_fields}
    values["pk"] = Value(row.pk, output_field=opts.pk)
    return values


def _check(row, target):
    """Refuse a row that the merge would make break a check constraint (a body a member of itself)."""
    using = router.db_for_write(type(row))
    for constraint in type(row)._meta.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        try:
            constraint.validate(type(row), row, using=using)
        except ValidationError:
            raise MergeRefused(
                f"Once merged, the {row._meta.verbose_name} “{row}” would refer to “{target}” in a way the "
                f"knowledge base does not allow ({constraint.name}). Change or remove it first; nothing was merged."
            ) from None


def _twin(row, fk):
    """The row that row would duplicate under one of its model's unique constraints, or None."""
    model = type(row)
    using = router.db_for_write(model)
    for constraint in model._meta.constraints:
        if not isinstance(constraint, UniqueConstraint) or fk.name not in (constraint.fields or ()):
            continue
        lookup = {}
        for name in constraint.fields:
            f = model._meta.get_field(name)
            lookup[f.attname] = getattr(row, f.attname)
        if None in lookup.values():
            # NULLs are distinct in a unique constraint.
            continue
        twins = model._base_manager.filter(**lookup).exclude(pk=row.pk)
        if constraint.condition is not None:
            if not constraint.condition.check(_field_values(row), using=using):
                continue
            twins = twins.filter(constraint.condition)
        twin = twins.order_by("pk").first()
        if twin is not None:
            return twin
    return None


def _combine(row, twin, result):
    """Fold row into twin: its own rows move to twin, its values fill twin's empty fields, then it goes."""
    for rel in reverse_relations(type(row)):
        _repoint(rel, [row], twin, result)
    _fill_blanks(twin, row)
    type(row)._base_manager.filter(pk=row.pk).delete()


def _blank(value):
    return value is None or value == ""


def _fill_blanks(twin, row):
    """Fill twin's empty fields from row's; returns the names of the fields filled."""
    model = type(twin)
    using = router.db_for_write(model)
    checks = [c for c in model._meta.constraints if isinstance(c, CheckConstraint)]
    filled = []
    for f in model._meta.concrete_fields:
        if f.primary_key or not f.editable or f.name.endswith("_precision") or f.name in ("created_at", "updated_at"):
            continue
        if f.many_to_one and f.related_model is model:
            # A record's place in a hierarchy of its own kind is not a blank to fill: it could make a loop.
            continue
        if not _blank(getattr(twin, f.attname)) or _blank(getattr(row, f.attname)):
            continue
        # A partial date travels with its precision.
        names = [f.attname] + ([f"{f.name}_precision"] if hasattr(twin, f"{f.name}_precision") else [])
        before = {name: getattr(twin, name) for name in names}
        for name in names:
            setattr(twin, name, getattr(row, name))
        try:
            for constraint in checks:
                constraint.validate(model, twin, using=using)
        except ValidationError:
            for name, value in before.items():
                setattr(twin, name, value)
            continue
        filled += names
    if filled:
        update_fields = [*filled, "updated_at"] if has_updated_at(model) else filled
        twin.save(update_fields=update_fields)
    return [name for name in filled if not name.endswith("_precision")]


def _keep_names(kept, others, result):
    """The merged records' names become other names of the kept one."""
    model_name = kept._meta.model_name
    if model_name not in NAME_FIELDS:
        return
    name_model = kept._meta.get_field("other_names").related_model
    taken = {getattr(kept, name) for name, _ in NAME_FIELDS[model_name]}
    taken |= set(name_model._base_manager.filter(**{model_name: kept}).values_list("name", flat=True))
    for other in others:
        for name_field, kind in NAME_FIELDS[model_name]:
            value = getattr(other, name_field)
            if _blank(value) or value in taken:
                continue
            name_model._base_manager.create(
                **{model_name: kept}, name=value, kind=kind, note=Truncator(f"Merged from “{other}”").chars(300)
            )
            taken.add(value)
            result.names.append(value)


# --- The admin action --------------------------------------------------------


class MergeMixin:
    """
    "Merge selected ... into one", for records entered twice (merge() above).

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
        candidates = [(record, holdings(record)) for record in records]
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
                    result = merge(kept, others)
                    names = ", ".join(f"“{name}”" for name in result.merged)
                    self.log_change(request, kept, f"Merged {names} into this record.")
            except MergeRefused as refusal:
                error = str(refusal)
            else:
                self.message_user(request, f"Merged {names} into “{kept}”.", messages.SUCCESS)
                opts = self.opts
                return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[kept.pk]))
        try:
            preview = merge(kept, others, dry_run=True)
        except MergeRefused as refusal:
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
