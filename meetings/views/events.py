"""A meeting's page: what it was, who took part and in what role, what came of it, and the passages that say so.

The meeting list, its facets and its CSV are in meetings/lists/events.py.
"""

from collections import defaultdict

from django.db.models import F, Prefetch, Q
from django.shortcuts import get_object_or_404, render

from ..models import (
    Attendance,
    AttendanceCitation,
    Event,
    EventAgreement,
    EventAgreementCitation,
    EventCitation,
    Outcome,
    OutcomeCitation,
    Participation,
    ParticipationCitation,
    Statement,
)
from ..redirects import follow_old_slugs


def series_neighbours(event):
    """The previous and next meeting of the same forum, by date; undated ones follow, in the order of their number."""
    if not event.forum_id:
        return None, None
    siblings = Event.objects.top_level().filter(forum_id=event.forum_id).exclude(pk=event.pk)
    keys = (("start_date", event.start_date), ("number", event.number), ("pk", event.pk))

    # Lexicographic comparison on (date, number, pk) where an empty value sorts after every other.
    def compare(after):
        condition, equal = Q(pk__in=[]), Q()
        for name, value in keys:
            if value is None:
                # Nothing sorts after an empty value; every filled one sorts before it.
                step = Q(pk__in=[]) if after else Q(**{f"{name}__isnull": False})
                same = Q(**{f"{name}__isnull": True})
            else:
                step = (
                    (Q(**{f"{name}__gt": value}) | Q(**{f"{name}__isnull": True}))
                    if after
                    else Q(**{f"{name}__lt": value})
                )
                same = Q(**{name: value})
            condition |= equal & step
            equal &= same
        return condition

    later = [F("start_date").asc(nulls_last=True), F("number").asc(nulls_last=True), "pk"]
    earlier = [F("start_date").desc(nulls_first=True), F("number").desc(nulls_first=True), "-pk"]
    fields = ("slug", "title", "number", "start_date", "start_date_precision", "end_date", "end_date_precision")
    previous = siblings.filter(compare(after=False)).order_by(*earlier).only(*fields).first()
    following = siblings.filter(compare(after=True)).order_by(*later).only(*fields).first()
    return previous, following


def grouped(items, key, choices):
    """items grouped by key in the order the choices are declared: [(label, [items])]."""
    groups = defaultdict(list)
    for item in items:
        groups[getattr(item, key)].append(item)
    return [(label, groups[value]) for value, label in choices if groups.get(value)]


def cited_sources(event):
    """Every source behind a fact on the page, with the passages taken from it, from what is already loaded."""
    by_source = {}

    def add(citations, fact):
        for citation in citations:
            entry = by_source.setdefault(citation.source.pk, {"source": citation.source, "passages": []})
            entry["passages"].append({"passage": citation.passage, "fact": fact})

    add(event.citations.all(), "The meeting, its date and place")
    for p in event.participations.all():
        add(p.citations.all(), f"{p.get_role_display()}: {p.organization.name if p.organization else p.country.name}")
    for a in event.attendances.all():
        add(a.citations.all(), f"{a.person.name}, {a.get_role_display().lower()}")
    for o in event.outcomes.all():
        add(o.citations.all(), f"{o.get_kind_display()}: {o.text[:80]}")
    for link in event.agreement_links.all():
        add(
            link.citations.all(),
            f"{link.agreement.short_name or link.agreement.name}, {link.get_relation_display().lower()}",
        )
    for a in event.attendances.all():
        for statement in a.statements.all():
            by_source.setdefault(statement.source.pk, {"source": statement.source, "passages": []})
    return sorted(by_source.values(), key=lambda entry: entry["source"].title)


@follow_old_slugs(Event)
def event_detail(request, slug):
    event = get_object_or_404(
        Event.objects.select_related(
            "forum", "forum__convened_by", "country", "parent", "parent__forum"
        ).prefetch_related(
            "topics",
            Prefetch("citations", EventCitation.objects.select_related("source")),
            Prefetch("sessions", Event.objects.order_by(F("start_date").asc(nulls_last=True), "title")),
            Prefetch(
                "participations",
                Participation.objects.select_related("organization", "country").prefetch_related(
                    Prefetch("citations", ParticipationCitation.objects.select_related("source"))
                ),
            ),
            Prefetch(
                "attendances",
                Attendance.objects.select_related(
                    "person", "organization", "country", "position", "position__organization"
                ).prefetch_related(
                    Prefetch("citations", AttendanceCitation.objects.select_related("source")),
                    Prefetch("statements", Statement.objects.select_related("source")),
                ),
            ),
            Prefetch(
                "outcomes",
                Outcome.objects.select_related(
                    "referred_to_forum", "referred_to_event", "proposed_by"
                ).prefetch_related(
                    "agreements", Prefetch("citations", OutcomeCitation.objects.select_related("source"))
                ),
            ),
            Prefetch(
                "agreement_links",
                EventAgreement.objects.select_related("agreement").prefetch_related(
                    Prefetch("citations", EventAgreementCitation.objects.select_related("source"))
                ),
            ),
        ),
        slug=slug,
    )
    previous, following = series_neighbours(event)
    context = {
        "event": event,
        "previous": previous,
        "next": following,
        "participation_groups": grouped(event.participations.all(), "role", Participation.Role.choices),
        "agreement_groups": grouped(event.agreement_links.all(), "relation", EventAgreement.Relation.choices),
        "sources": cited_sources(event),
    }
    return render(request, "meetings/event_detail.html", context)
