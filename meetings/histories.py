"""Record pages read as histories, and a meeting's page read at a glance.

A record's page used to list its rows as they are stored: one per role, one per party, one per post. A reader
wants the story instead: a forum's meetings in order with the numbers no report covers, a country's meetings each
once with all it did there, a person's posts each once with the ranks they held in them, an agreement's path from
adoption to force, an organization's meetings with those of its units. The functions here shape rows the views have
already cut to what a page shows; each adds at most a query or two, whatever the size of the knowledge base.

A meeting's page is shaped the same way: participants who share their roles and note are one line, cited once; a
person with several roles is one line.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber

from .models import (
    AgreementRelation,
    Attendance,
    Event,
    Organization,
    Outcome,
    Participation,
    format_partial_date,
    normalize_space,
)

# How many of a meeting's outcomes a forum's series shows under it; the rest are on the meeting's page.
SERIES_OUTCOMES = 3
# How many levels of units under an organization count as its own (a ministry, its departments, their offices).
UNIT_DEPTH = 3


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def citation_key(citation):
    """Two citations are one when they quote the same words of the same report."""
    return (citation.source_id, normalize_space(citation.passage))


# --- A meeting at a glance ------------------------------------------------


@dataclass
class Line:
    """Participants of a meeting that share their roles and note, shown as one line and cited once.

    citations are the passages every member shares; own are (member, citation) for a passage that names only some.
    """

    roles: list
    members: list = field(default_factory=list)
    note: str = ""
    citations: list = field(default_factory=list)
    own: list = field(default_factory=list)

    @property
    def label(self):
        return " and ".join(self.roles) if len(self.roles) < 3 else ", ".join(self.roles)

    @property
    def cited(self):
        return len(self.citations) + len(self.own)


@dataclass
class Member:
    """One participant of a meeting (an organization, perhaps for a country, or a country's delegation)."""

    organization: object
    country: object
    roles: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    citations: dict = field(default_factory=dict)

    @property
    def name(self):
        return self.organization.name if self.organization else self.country.name


def participation_lines(participations):
    """A meeting's participations as lines: first each participant once with all its roles, then the participants
    with the same roles and note together, in the order the roles are declared ("Member delegation: Brunei
    Darussalam, Cambodia, … (10)"). Nothing is dropped: a passage shared by every member is cited once for the
    line, a passage that only some members have is cited with their names."""
    order = {value: n for n, value in enumerate(Participation.Role.values)}
    members = {}
    for p in sorted(participations, key=lambda p: (order.get(p.role, len(order)), p.pk)):
        member = members.setdefault((p.organization_id, p.country_id), Member(p.organization, p.country))
        member.roles.append(p.get_role_display())
        if p.note and p.note not in member.notes:
            member.notes.append(p.note)
        for citation in p.citations.all():
            member.citations.setdefault(citation_key(citation), citation)
    lines = {}
    for member in members.values():
        note = " ".join(member.notes)
        line = lines.setdefault((tuple(member.roles), note), Line(member.roles, note=note))
        line.members.append(member)
    for line in lines.values():
        shared = set.intersection(*(set(member.citations) for member in line.members))
        line.citations = [line.members[0].citations[key] for key in line.members[0].citations if key in shared]
        line.own = [
            (member, citation)
            for member in line.members
            for key, citation in member.citations.items()
            if key not in shared
        ]
    return list(lines.values())


@dataclass
class PersonLine:
    """A person at a meeting, once, with every role they had there and what they said."""

    person: object
    roles: list = field(default_factory=list)
    represented: list = field(default_factory=list)
    positions: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    citations: list = field(default_factory=list)

    @property
    def note(self):
        return " ".join(self.notes)


def people_lines(attendances):
    """A meeting's attendances, one line per person in the order they were entered, their roles together."""
    order = {value: n for n, value in enumerate(Attendance.Role.values)}
    people = {}
    for a in sorted(attendances, key=lambda a: (a.pk,)):
        line = people.setdefault(a.person_id, PersonLine(a.person))
        line.roles.append((order.get(a.role, len(order)), a.get_role_display()))
        for record, kind in ((a.organization, "organization"), (a.country, "country")):
            if record is not None and (kind, record) not in line.represented:
                line.represented.append((kind, record))
        if a.position is not None and a.position not in line.positions:
            line.positions.append(a.position)
        if a.note and a.note not in line.notes:
            line.notes.append(a.note)
        line.statements.extend(a.statements.all())
        seen = {citation_key(c) for c in line.citations}
        line.citations.extend(c for c in a.citations.all() if citation_key(c) not in seen)
    for line in people.values():
        line.roles = [label for _, label in sorted(line.roles)]
    return list(people.values())


def meeting_summary(event, lines, people):
    """The few figures a reader takes in first: who convened it, how many delegations, bodies, people, outcomes."""
    countries = {m.country.pk for line in lines for m in line.members if m.country and not m.organization}
    organizations = {m.organization.pk for line in lines for m in line.members if m.organization}
    convened_by = []
    if event.forum and event.forum.convened_by:
        convened_by = [event.forum.convened_by]
    else:
        convened_by = [
            m.organization
            for line in lines
            for m in line.members
            if m.organization and {"Organiser", "Host"} & set(m.roles)
        ]
    outcomes = {}
    for outcome in event.outcomes.all():
        outcomes[outcome.get_status_display()] = outcomes.get(outcome.get_status_display(), 0) + 1
    return {
        "convened_by": convened_by,
        "delegations": len(countries),
        "organizations": len(organizations),
        "people": len(people),
        "outcomes": sum(outcomes.values()),
        "outcome_statuses": sorted(outcomes.items()),
    }


# --- A forum's series -----------------------------------------------------


@dataclass
class Gap:
    """Numbers of a series no record holds, between two meetings that are recorded."""

    first: int
    last: int
    is_gap = True

    @property
    def label(self):
        if self.first == self.last:
            return f"The {ordinal(self.first)} meeting"
        return f"The {ordinal(self.first)} to {ordinal(self.last)} meetings"

    @property
    def count(self):
        return self.last - self.first + 1


def series_with_gaps(events):
    """The meetings in the order given, with a Gap before a numbered meeting for each number missing between it and
    the next lower number shown. Meetings are ordered by date, and numbers usually follow; where they do not (an
    undated meeting) each gap still goes before the meeting that closes it."""
    numbers = sorted({event.number for event in events if event.number})
    gaps = {}
    for lower, higher in zip(numbers, numbers[1:], strict=False):
        if higher > lower + 1:
            gaps[higher] = Gap(lower + 1, higher - 1)
    items = []
    for event in events:
        if event.number in gaps:
            items.append(gaps.pop(event.number))
        items.append(event)
    return items


def attach_outcomes(events, limit=SERIES_OUTCOMES):
    """Give each meeting its first `limit` outcomes (.first_outcomes) and how many it has (.outcome_count), in one
    query: ROW_NUMBER() and COUNT(*) over each meeting's outcomes, the rows beyond the limit left in the database."""
    by_event = {event.pk: event for event in events}
    for event in events:
        event.first_outcomes, event.outcome_count = [], 0
    ranked = (
        Outcome.objects.filter(event__in=list(by_event))
        .annotate(
            row_in_event=Window(RowNumber(), partition_by=F("event_id"), order_by=[F("order").asc(), F("pk").asc()]),
            in_event=Window(Count("pk"), partition_by=F("event_id")),
        )
        .defer("search_name", "search_text")
    )
    rows = [outcome for outcome in ranked if outcome.row_in_event <= limit]
    for outcome in sorted(rows, key=lambda o: o.row_in_event):
        event = by_event[outcome.event_id]
        event.first_outcomes.append(outcome)
        event.outcome_count = outcome.in_event
    return events


# --- A country's meetings -------------------------------------------------


def attach_country_roles(events, country):
    """Give each meeting .roles: what the country did there, every role once ("Host country", "Member delegation",
    "Participant, through the Criminal Police Department"), read in one query for the meetings shown."""
    by_event = {event.pk: event for event in events}
    for event in events:
        # The same shape as a participation's role: a bare string here drew an empty badge on the page.
        event.roles = [{"label": "Host country", "organization": None}] if event.country_id == country.pk else []
    participations = (
        Participation.objects.filter(event__in=list(by_event))
        .filter(Q(country=country, organization__isnull=True) | Q(organization__country=country))
        .select_related("organization")
        .only("event_id", "role", "organization__name", "organization__slug", "organization__acronym")
    )
    order = {value: n for n, value in enumerate(Participation.Role.values)}
    for p in sorted(participations, key=lambda p: (order.get(p.role, len(order)), p.organization_id or 0)):
        event = by_event[p.event_id]
        role = {"label": p.get_role_display(), "organization": p.organization}
        if role not in event.roles:
            event.roles.append(role)
    return events


# --- An organization and its units -----------------------------------------


def unit_ids(organization, depth=UNIT_DEPTH):
    """The organization's id and its units' ids, down to `depth` levels: one query a level, so a fixed number."""
    ids, level = [organization.pk], [organization.pk]
    for _ in range(depth):
        level = list(Organization.objects.filter(parent__in=level).values_list("pk", flat=True))
        if not level:
            break
        ids += level
    return ids


def attach_organization_roles(events, ids, organization):
    """Give each meeting .roles: what the organization or a unit of it did there ("Organiser", "Host, through the
    ASEANAPOL Secretariat", "Convened the forum", "2 people attended"), read in two queries for the meetings shown."""
    by_event = {event.pk: event for event in events}
    ids = set(ids)
    for event in events:
        event.roles = []
        convener = event.forum.convened_by_id if event.forum else None
        if convener in ids:
            event.roles.append(
                {
                    "label": "Convenes the forum",
                    "organization": None if convener == organization.pk else event.forum.convened_by,
                }
            )
    participations = (
        Participation.objects.filter(event__in=list(by_event), organization__in=ids)
        .select_related("organization")
        .only("event_id", "role", "organization__name", "organization__slug", "organization__acronym")
    )
    order = {value: n for n, value in enumerate(Participation.Role.values)}
    for p in sorted(participations, key=lambda p: (order.get(p.role, len(order)), p.organization_id)):
        by_event[p.event_id].roles.append(
            {
                "label": p.get_role_display(),
                "organization": None if p.organization_id == organization.pk else p.organization,
            }
        )
    attended = (
        Attendance.objects.filter(event__in=list(by_event), organization__in=ids)
        .values("event_id")
        .annotate(people=Count("person", distinct=True))
    )
    for row in attended:
        by_event[row["event_id"]].people_sent = row["people"]
    return events


# --- A person's posts -----------------------------------------------------


@dataclass
class Post:
    """A post a person held, once, with the ranks the reports give them in it, oldest first."""

    organization: object
    title: str
    current: bool = False
    held: list = field(default_factory=list)

    @property
    def ranks(self):
        return [p.rank for p in self.held if p.rank]

    @property
    def name(self):
        """The title, or for a post known only by rank, the rank first held."""
        return self.title or next(iter(self.ranks), "")


def posts(positions):
    """A person's positions as posts: the rows of one title in one organization are one post, whose ranks and dates
    follow each other in it. Current posts first, then the others by when they ended."""
    by_post = {}
    for position in positions:
        key = (position.organization_id, position.title or position.rank)
        post = by_post.setdefault(key, Post(position.organization, position.title))
        post.held.append(position)
        post.current = post.current or position.is_current
    for post in by_post.values():
        post.held.sort(key=lambda p: p.start_date or p.as_of or p.end_date or datetime.date.min)
    return sorted(by_post.values(), key=lambda post: not post.current)


# --- An agreement's life --------------------------------------------------


@dataclass
class Step:
    """One moment of an agreement's life: a date (perhaps unknown), what happened, where, and who says so."""

    date: object
    date_text: str
    label: str
    kind: str = ""
    event: object = None
    party: object = None
    outcome: object = None
    note: str = ""
    citations: list = field(default_factory=list)
    planned: bool = False


# Which party acts and meeting relations are the agreement's own stages, in the order they usually come.
STAGES = {
    AgreementRelation.DISCUSSED: "Discussed",
    AgreementRelation.ADOPTED: "Adopted",
    AgreementRelation.ENDORSED: "Endorsed",
    AgreementRelation.SIGNED: "Signed",
    AgreementRelation.CITED: "Cited",
}


def agreement_life(agreement, links, outcomes):
    """The agreement's life as steps in date order, undated ones last: its own dates (adopted, signed, in force),
    each meeting that adopted, endorsed, signed, discussed or cited it, the outcomes that sent it on to a later
    meeting (that meeting, planned or held, is on the path), and each party's act. Built from the rows the page has
    loaded; nothing here queries."""
    steps = []
    meeting_dates = set()
    for link in links:
        event = link.event
        steps.append(
            Step(
                event.start_date,
                event.date_display,
                STAGES.get(link.relation, link.get_relation_display()),
                kind=link.relation,
                event=event,
                note=link.note,
                citations=list(link.citations.all()),
                planned=event.status != Event.Status.HELD,
            )
        )
        if link.relation in (AgreementRelation.ADOPTED, AgreementRelation.SIGNED):
            meeting_dates.add((link.relation, event.start_date))
    on_path = {link.event_id for link in links}
    for outcome in outcomes:
        target = outcome.referred_to_event
        if target is None and outcome.referred_to_forum is None:
            continue
        where = target.title if target else outcome.referred_to_forum.name
        steps.append(
            Step(
                outcome.event.start_date,
                outcome.event.date_display,
                "Sent on",
                kind="referred",
                event=outcome.event,
                outcome=outcome,
                note=f"{outcome.text}",
                citations=list(outcome.citations.all()),
            )
        )
        if target is not None and target.pk not in on_path:
            on_path.add(target.pk)
            planned = target.status != Event.Status.HELD
            steps.append(
                Step(
                    target.start_date,
                    target.date_display,
                    "Next: planned meeting" if planned else "Next meeting",
                    kind="next",
                    event=target,
                    note=f"The meeting it was sent to ({where}).",
                    planned=planned,
                )
            )
    for label, kind, field_name in (
        ("Adopted", AgreementRelation.ADOPTED, "adopted_date"),
        ("Signed", AgreementRelation.SIGNED, "signed_date"),
        ("In force", "in_force", "in_force_date"),
    ):
        value = getattr(agreement, field_name)
        if value and (kind, value) not in meeting_dates:
            precision = getattr(agreement, f"{field_name}_precision")
            steps.append(Step(value, format_partial_date(value, precision), label, kind=kind))
    for party in agreement.parties.all():
        steps.append(
            Step(
                party.date,
                format_partial_date(party.date, party.date_precision),
                party.get_action_display(),
                kind="party",
                party=party,
                citations=list(party.citations.all()),
            )
        )
    # Undated steps last, in the order found; a stable sort keeps a meeting before the step it led to.
    return sorted(steps, key=lambda step: (step.date is None, step.date or datetime.date.min))
