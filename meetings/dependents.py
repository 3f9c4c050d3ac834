"""
What stops a record from being deleted: the records that depend on it.

The models protect most history with on_delete=PROTECT (an organization's participations, a report's citations).
Two other kinds of link would be lost without a word if the admin let the deletion through:

- a SET_NULL foreign key (an attendance's "post held at the time" when the post is deleted);
- a many-to-many link declared on another record (an outcome's agreements, a meeting's topics), whose rows
  Django deletes with the record at the other end.

The admin refuses the deletion of a record that any of these point at, and lists them by kind.
"""

from collections import defaultdict

from django.contrib.admin.utils import NestedObjects
from django.db import router
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import Truncator, capfirst

# Items listed under each kind; the count says how many there are in all.
LISTED = 20


def blocking_dependents(objs):
    """The records that depend on objs, by model: {model: [instance, ...]}, empty when they may be deleted."""
    objs = list(objs)
    if not objs:
        return {}
    collector = NestedObjects(using=router.db_for_write(type(objs[0])), origin=objs)
    collector.collect(objs)
    deleted = {(type(obj), obj.pk) for model_objs in collector.model_objs.values() for obj in model_objs}
    found = defaultdict(dict)
    for obj in collector.protected:
        found[type(obj)][obj.pk] = obj
    for (_field, value), querysets in collector.field_updates.items():
        if value is not None:
            continue
        for rows in querysets:
            for row in rows:
                if (type(row), row.pk) not in deleted:
                    found[type(row)][row.pk] = row
    for model, rows in collector.model_objs.items():
        owner = model._meta.auto_created
        if not owner:
            continue
        # An automatic many-to-many table: its rows belong to the model that declares the field.
        link = next(f for f in model._meta.concrete_fields if f.is_relation and f.related_model is owner)
        for row in rows:
            holder = getattr(row, link.name)
            if (owner, holder.pk) not in deleted:
                found[owner][holder.pk] = holder
    return {model: list(rows.values()) for model, rows in found.items()}


def refusal(obj):
    """Why obj cannot be deleted, in a sentence, or None when it can: for an inline row marked for deletion."""
    found = blocking_dependents([obj])
    if not found:
        return None
    kinds = []
    for model, rows in sorted(found.items(), key=lambda item: item[0]._meta.verbose_name_plural):
        name = model._meta.verbose_name if len(rows) == 1 else model._meta.verbose_name_plural
        examples = "; ".join(f"“{Truncator(str(row)).chars(80)}”" for row in rows[:3])
        kinds.append(f"{len(rows)} {name} ({examples}{'; …' if len(rows) > 3 else ''})")
    return (
        f"The {obj._meta.verbose_name} “{Truncator(str(obj)).chars(80)}” cannot be deleted, because other records "
        f"depend on it: {', '.join(kinds)}. Nothing has been saved."
    )


def describe(dependents, admin_site):
    """A nested list for the unordered_list filter: "3 participations", then a link to each."""
    described = []
    for model, rows in sorted(dependents.items(), key=lambda item: item[0]._meta.verbose_name_plural):
        opts = model._meta
        count = len(rows)
        kind = opts.verbose_name if count == 1 else opts.verbose_name_plural
        items = [_link(row, admin_site) for row in rows[:LISTED]]
        if count > LISTED:
            items.append(f"and {count - LISTED} more")
        described += [f"{count} {kind}", items]
    return described


def _link(obj, admin_site):
    """A link to obj's admin page; for a row without one (a citation), a link to the record it belongs to."""
    kind = capfirst(obj._meta.verbose_name)
    target = obj
    if not admin_site.is_registered(type(obj)):
        owners = [
            getattr(obj, f.name)
            for f in obj._meta.concrete_fields
            if f.many_to_one and admin_site.is_registered(f.related_model) and f.name != "source"
        ]
        target = next((owner for owner in owners if owner is not None), None)
    if target is None:
        return f"{kind}: {obj}"
    opts = target._meta
    try:
        url = reverse(f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change", args=[target.pk])
    except NoReverseMatch:
        return f"{kind}: {obj}"
    link = format_html('{}: <a href="{}">{}</a>', kind, url, target)
    if target is not obj and getattr(obj, "passage", ""):
        # Several citations of one fact link to the same page; the passage tells them apart.
        link = format_html("{} “{}”", link, Truncator(obj.passage).chars(80))
    return link
