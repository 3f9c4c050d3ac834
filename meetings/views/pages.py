"""The home page and the page of one organization, person, country, forum, agreement or source report.

The lists of these records are in meetings/lists/. Every page here loads what it shows in a fixed number of
queries, whatever the amount of data.

A record's page shows the latest rows of each list that can grow long (a police force takes part in thousands of
meetings), with how many there are in all and a link to the list that shows them all with filters and pages. So
what a page costs follows what it shows, not the size of the database.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import (
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import RowNumber
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .. import facets as facet_table
from .. import histories
from ..lists.base import count_of
from ..models import (
    Agreement,
    AgreementParty,
    AgreementPartyCitation,
    Attendance,
    AttendanceCitation,
    Country,
    Event,
    EventAgreement,
    EventAgreementCitation,
    EventCitation,
    EventFacet,
    Forum,
    Membership,
    MembershipCitation,
    Organization,
    Outcome,
    OutcomeCitation,
    ParticipationCitation,
    Person,
    Position,
    PositionCitation,
    SourceReport,
    Statement,
    format_partial_date,
    normalize_space,
    union,
)
from ..redirects import follow_old_slugs

# --- Shared helpers -------------------------------------------------------


# How many rows a record's page shows of a list that can grow long. The rest are one link away.
ROLE_ROWS = 5  # an organization's meetings, per role: ten roles, fifty rows at most
RELATION_ROWS = 10  # an agreement's meetings, per relation (adopted, discussed, ...): five relations
LIST_ROWS = 25  # units, officials, organizations, forums, agreements (by name)
RECENT_ROWS = 15  # attendances, citing reports, outcomes, current posts
FORMER_ROWS = 10  # former posts
STATEMENT_ROWS = 10
TIMELINE_ROWS = 50  # a forum's latest meetings

# Columns of a meeting that the lists on record pages never show; the search documents are the largest.
EVENT_UNSHOWN = ("search_name", "search_text", "summary")
EVENT_COLUMNS = tuple(f"event__{name}" for name in EVENT_UNSHOWN)  # the same, for rows joined to their meeting


@dataclass
class Shown:
    """The first rows of a list that may be long, how many rows it holds in all, and the page that lists them all."""

    rows: list
    total: int
    url: str = ""
    label: str = ""

    @property
    def more(self):
        return self.total > len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)


def first_rows(queryset, limit, url=""):
    """The first `limit` rows of queryset and how many it holds, in one query: COUNT(*) OVER () is counted before
    the LIMIT applies. The queryset must not use distinct(), which would apply after the count."""
    rows = list(queryset.annotate(rows_in_all=Window(Count("pk")))[:limit])
    return Shown(rows, rows[0].rows_in_all if rows else 0, url)


def first_rows_per_group(queryset, group, order_by, limit, choices, fetch):
    """The first `limit` rows (by order_by) of each value of the field `group`, as one Shown per value in the order
    the choices are declared, each with its value's label and total.

    Two queries whatever the number of rows: the first numbers the rows of each group with ROW_NUMBER() and counts
    them with COUNT(*) over a partition by the group (SQLite and PostgreSQL both have window functions), reading
    only the columns it sorts by; the second loads the rows kept, with what `fetch` joins to them.
    """
    ranked = (
        queryset.annotate(
            row_in_group=Window(RowNumber(), partition_by=F(group), order_by=order_by),
            rows_in_group=Window(Count("pk"), partition_by=F(group)),
        )
        .filter(row_in_group__lte=limit)
        .values_list("pk", "row_in_group", "rows_in_group")
    )
    ranks = {pk: (row, total) for pk, row, total in ranked}
    groups = {value: [] for value, _ in choices}
    for row in sorted(fetch.filter(pk__in=list(ranks)), key=lambda row: ranks[row.pk][0]):
        groups.setdefault(getattr(row, group), []).append(row)
    labels = dict(choices)
    return [Shown(rows, ranks[rows[0].pk][1], label=labels.get(value, value)) for value, rows in groups.items() if rows]


def union_count(*querysets):
    """How many distinct values the one-column querysets give together."""
    return union(*querysets).count()


def list_url(name, **params):
    return f"{reverse(name)}?{urlencode(params)}"


def dated(value, precision):
    return format_partial_date(value, precision)


def span_display(record):
    """When a post or membership ran, as precisely as known: "2019 – present", "as of 25 February 2021"."""
    start = dated(record.start_date, record.start_date_precision)
    end = dated(record.end_date, record.end_date_precision)
    if start or end:
        return f"{start or '…'} – {end or 'present'}"
    as_of = getattr(record, "as_of", None)
    if as_of:
        return f"as of {dated(as_of, 'day')}"
    return ""


def with_spans(records):
    """The records as a list, each given span_text for the templates."""
    records = list(records)
    for record in records:
        record.span_text = span_display(record)
    return records


EVENT_ORDER = (F("start_date").desc(nulls_last=True), "title")
HOME_FORUMS = 10


# --- Home -----------------------------------------------------------------


def home(request):
    counts = [
        ("Meetings", Event.objects.top_level().count(), reverse("meetings:event-list")),
        ("Forums", Forum.objects.count(), reverse("meetings:forum-list")),
        ("Countries", Country.objects.involved().count(), reverse("meetings:country-list")),
        ("Organizations", Organization.objects.count(), reverse("meetings:organization-list")),
        ("People", Person.objects.count(), reverse("meetings:person-list")),
        ("Agreements", Agreement.objects.count(), reverse("meetings:agreement-list")),
        ("Source reports", SourceReport.objects.count(), reverse("meetings:source-list")),
    ]
    latest = (
        Event.objects.top_level()
        .filter(start_date__isnull=False)
        .select_related("forum", "country")
        .defer(*EVENT_UNSHOWN)
        # Dated meetings only, so plain DESC (nulls first on PostgreSQL) walks the event_date_title index and stops
        # after eight rows instead of sorting every meeting.
        .order_by(F("start_date").desc(), "title")[:8]
    )
    # The forums with most meetings; the others are on the forum list.
    forums = (
        Forum.objects.select_related("convened_by")
        .annotate(event_count=Count("events", filter=Q(events__parent__isnull=True)))
        .order_by("-event_count", "name")[:HOME_FORUMS]
    )
    return render(
        request,
        "meetings/home.html",
        {"counts": counts, "latest": latest, "forums": forums, "forum_count": counts[1][1]},
    )


# --- Organizations --------------------------------------------------------


@follow_old_slugs(Organization)
def organization_detail(request, slug):
    organization = get_object_or_404(
        Organization.objects.select_related("country", "parent").prefetch_related("other_names"), slug=slug
    )
    people_url = list_url("meetings:person-list", organization=slug)
    current_positions = first_rows(
        organization.positions.filter(end_date__isnull=True)
        .select_related("person")
        .order_by(F("start_date").desc(nulls_last=True), F("as_of").desc(nulls_last=True), "person__name"),
        RECENT_ROWS,
    )
    former_positions = first_rows(
        organization.positions.filter(end_date__isnull=False)
        .select_related("person")
        .order_by(F("end_date").desc(), F("as_of").desc(nulls_last=True), "person__name"),
        FORMER_ROWS,
    )
    for position in [*current_positions, *former_positions]:
        position.span_text = span_display(position)
    members = with_spans(
        organization.memberships.select_related("member_country", "member_organization").order_by(
            "role", "member_country__name", "member_organization__name"
        )
    )
    member_of = with_spans(organization.memberships_held.select_related("organization").order_by("organization__name"))
    # The meetings the event list shows for ?organization=: those it took part in or sent someone to; counted as the
    # list counts them, from the facet table.
    meeting_count = facet_table.count_events({"organization": str(organization.pk)})
    # Its history: every meeting it, a unit of it, or a forum it convenes held, each once with what it did there.
    units = histories.unit_ids(organization)
    history = first_rows(
        Event.objects.top_level()
        .involving_organizations(units)
        .select_related("forum", "country")
        .defer(*EVENT_UNSHOWN)
        .order_by(*EVENT_ORDER),
        RECENT_ROWS,
    )
    histories.attach_organization_roles(history.rows, units, organization)
    proposals = first_rows(
        Outcome.objects.filter(proposed_by__in=units)
        .select_related("event", "proposed_by")
        .defer("search_name", "search_text", *EVENT_COLUMNS)
        .order_by(F("event__start_date").desc(nulls_last=True), "order", "pk"),
        RECENT_ROWS,
    )
    prefetch_related_objects(proposals.rows, "citations__source")
    attendances = first_rows(
        Attendance.objects.filter(organization=organization)
        .select_related("person", "event")
        .defer(*EVENT_COLUMNS)
        .order_by(F("event__start_date").desc(nulls_last=True), "person__name"),
        RECENT_ROWS,
    )
    # Everyone the people list shows for ?organization=: a post there or a meeting attended for it.
    people_count = union_count(
        Position.objects.filter(organization=organization).values("person"),
        Attendance.objects.filter(organization=organization).values("person"),
    )
    sources = first_rows(
        SourceReport.objects.defer("text", "search_text", "search_name", "editorial_note")
        .about_organization(organization)
        .order_by(F("published_on").desc(nulls_last=True), "title"),
        RECENT_ROWS,
        list_url("meetings:source-list", organization=slug),
    )
    return render(
        request,
        "meetings/organization_detail.html",
        {
            "organization": organization,
            "units": first_rows(
                organization.children.select_related("country").order_by("name"),
                LIST_ROWS,
                list_url("meetings:organization-list", parent=slug),
            ),
            "current_positions": current_positions,
            "former_positions": former_positions,
            "people_count": people_count,
            "people_url": people_url,
            "meeting_count": meeting_count,
            "meetings_url": list_url("meetings:event-list", organization=slug),
            "history": history,
            "with_units": len(units) > 1,
            "proposals": proposals,
            "attendances": attendances,
            "members": members,
            "member_of": member_of,
            "agreements": first_rows(
                organization.agreements.order_by(F("adopted_date").desc(nulls_last=True), "name"),
                LIST_ROWS,
                list_url("meetings:agreement-list", organization=slug),
            ),
            "sources": sources,
            "forums": first_rows(
                organization.forums.order_by("name"), LIST_ROWS, list_url("meetings:forum-list", organization=slug)
            ),
        },
    )


# --- People ---------------------------------------------------------------


@follow_old_slugs(Person)
def person_detail(request, slug):
    person = get_object_or_404(
        Person.objects.select_related("nationality").prefetch_related(
            "other_names",
            Prefetch(
                "positions",
                Position.objects.select_related("organization", "organization__country")
                .prefetch_related("citations__source")
                .order_by(F("end_date").desc(nulls_first=True), F("as_of").desc(nulls_last=True), "title"),
            ),
        ),
        slug=slug,
    )
    attendances = first_rows(
        person.attendances.select_related("event", "organization", "country", "position")
        .defer(*EVENT_COLUMNS)
        .order_by(F("event__start_date").desc(nulls_last=True), "event__title"),
        RECENT_ROWS,
    )
    prefetch_related_objects(attendances.rows, "citations__source")
    statements = first_rows(
        Statement.objects.filter(attendance__person=person)
        .select_related("source", "attendance__event")
        .defer(*(f"source__{name}" for name in ("text", "search_text", "search_name", "editorial_note")))
        .order_by(F("attendance__event__start_date").desc(nulls_last=True), "pk"),
        STATEMENT_ROWS,
    )
    positions = with_spans(person.positions.all())
    posts = histories.posts(positions)
    return render(
        request,
        "meetings/person_detail.html",
        {
            "person": person,
            "current_positions": [p for p in positions if p.is_current],
            "former_positions": [p for p in positions if not p.is_current],
            "posts": posts,
            "attendances": attendances,
            # The meetings the event list shows for ?person=: one row a meeting, whatever roles they had there.
            "meeting_count": Event.objects.top_level().attended_by(person).count(),
            "meetings_url": list_url("meetings:event-list", person=slug),
            "statements": statements,
        },
    )


# --- Countries ------------------------------------------------------------


def country_detail(request, code):
    if not re.fullmatch(r"[A-Za-z]{2}", code):
        raise Http404("No country has this code.")
    if code != code.lower():
        # Codes are lower-case in URLs; an upper-case link still reaches the one permanent address.
        return redirect("meetings:country-detail", code=code.lower(), permanent=True)
    country = get_object_or_404(Country.objects.prefetch_related("other_names"), code=code.upper())
    # How many meetings it hosted and was involved in, as the meeting list counts them: the facet table's totals.
    involved_key, hosted_key = (EventFacet.Facet.COUNTRY, country.code), (EventFacet.Facet.HOST_COUNTRY, country.code)
    totals = facet_table.value_totals(involved_key, hosted_key)
    (meeting_count, paired), (hosted_count, _) = totals[involved_key], totals[hosted_key]
    # Its history: the meetings the event list shows for ?country= (hosted, or taken part in directly or through an
    # organization), latest first, each once with every role it had there; how many in all is the facet table's
    # total above, the list's own number, so no count over every meeting is made here.
    history = Shown(
        list(
            Event.objects.top_level()
            .involving_country(country)
            .select_related("forum", "country")
            .defer(*EVENT_UNSHOWN)
            .order_by(*EVENT_ORDER)[:RECENT_ROWS]
        ),
        meeting_count,
        list_url("meetings:event-list", country=code),
    )
    histories.attach_country_roles(history.rows, country)
    # The forums of its meetings, from the same table: reading them through the country's participations took
    # 1.75 s at 100,000 meetings (a union over every participation of the country and its organizations).
    forum_ids = facet_table.ids_with(EventFacet.Facet.FORUM, EventFacet.Facet.COUNTRY, country.code, paired)
    # How often it met in each forum, counted as the meeting list filtered by both counts.
    by_forum = facet_table.top_values("forum", {"country": country.code}, paired=facet_table.paired_values())
    officials = first_rows(
        Person.objects.defer("search_name", "search_text", "summary")
        .officials_of(country)
        .prefetch_related(
            Prefetch(
                "positions",
                Position.objects.select_related("organization").order_by(
                    F("end_date").desc(nulls_first=True), F("as_of").desc(nulls_last=True)
                ),
            )
        )
        # Those appointed most recently first: the names a reader is most likely to be after.
        .annotate(
            latest_post=Subquery(
                Position.objects.filter(person=OuterRef("pk"))
                .order_by(F("start_date").desc(nulls_last=True))
                .values("start_date")[:1]
            )
        )
        .order_by(F("latest_post").desc(nulls_last=True), "name"),
        LIST_ROWS,
        list_url("meetings:person-list", official_of=code),
    )
    agreement_acts = first_rows(
        AgreementParty.objects.filter(country=country)
        .select_related("agreement")
        .order_by("agreement__name", F("date").asc(nulls_last=True)),
        LIST_ROWS,
    )
    for act in agreement_acts:
        act.date_text = dated(act.date, act.date_precision)
    memberships = with_spans(
        Membership.objects.filter(member_country=country).select_related("organization").order_by("organization__name")
    )
    return render(
        request,
        "meetings/country_detail.html",
        {
            "country": country,
            "hosted_count": hosted_count,
            "history": history,
            "by_forum": by_forum,
            "meeting_count": meeting_count,
            "organizations": first_rows(
                Organization.objects.filter(country=country).select_related("parent").order_by("name"),
                LIST_ROWS,
                list_url("meetings:organization-list", country=code),
            ),
            "officials": officials,
            "forums": first_rows(
                Forum.objects.filter(pk__in=forum_ids).order_by("name"),
                LIST_ROWS,
                list_url("meetings:forum-list", country=code),
            ),
            "agreement_acts": agreement_acts,
            "memberships": memberships,
            "events_involving_url": list_url("meetings:event-list", country=code),
            "events_hosted_url": list_url("meetings:event-list", host_country=code),
            "agreements_url": list_url("meetings:agreement-list", country=code),
        },
    )


# --- Forums ---------------------------------------------------------------


@follow_old_slugs(Forum)
def forum_detail(request, slug):
    forum = get_object_or_404(Forum.objects.select_related("convened_by"), slug=slug)
    # The timeline runs oldest first with undated meetings last; its latest part is the end of that order, read
    # backwards from the (forum, start_date) index and turned round.
    latest = first_rows(
        forum.events.top_level()
        .select_related("country")
        .defer(*EVENT_UNSHOWN)
        .annotate(session_count=count_of(Event.objects.filter(parent=OuterRef("pk"))))
        .order_by(F("start_date").desc(nulls_first=True), F("number").desc(nulls_first=True), "-title"),
        TIMELINE_ROWS,
        list_url("meetings:event-list", forum=slug, sort="date"),
    )
    latest.rows.reverse()
    histories.attach_outcomes(latest.rows)
    return render(
        request,
        "meetings/forum_detail.html",
        {
            "forum": forum,
            "events": latest,
            "series": histories.series_with_gaps(latest.rows),
            "has_inferred": any(event.date_inferred for event in latest),
            "events_url": list_url("meetings:event-list", forum=slug),
        },
    )


# --- Agreements -----------------------------------------------------------


@follow_old_slugs(Agreement)
def agreement_detail(request, slug):
    agreement = get_object_or_404(
        Agreement.objects.select_related("organization").prefetch_related(
            "other_names",
            # Parties are countries and bodies, so this list stays as long as the world is large.
            Prefetch(
                "parties",
                AgreementParty.objects.select_related("country", "organization")
                .prefetch_related("citations__source")
                .order_by(F("date").asc(nulls_last=True), "country__name", "organization__name"),
            ),
        ),
        slug=slug,
    )
    for party in agreement.parties.all():
        party.date_text = dated(party.date, party.date_precision)
    relations = first_rows_per_group(
        agreement.event_links.all(),
        "relation",
        [F("event__start_date").desc(nulls_last=True), "event__title"],
        RELATION_ROWS,
        EventAgreement.Relation.choices,
        fetch=EventAgreement.objects.select_related("event", "event__forum", "event__country").defer(*EVENT_COLUMNS),
    )
    outcomes = first_rows(
        agreement.outcomes.select_related("event")
        .defer("search_name", "search_text", *EVENT_COLUMNS)
        .order_by(F("event__start_date").desc(nulls_last=True), "order", "pk"),
        RECENT_ROWS,
        list_url("meetings:outcome-list", agreement=slug),
    )
    prefetch_related_objects([link for group in relations for link in group], "citations__source")
    prefetch_related_objects(outcomes.rows, "citations__source")
    prefetch_related_objects(outcomes.rows, "referred_to_event", "referred_to_forum")
    life = histories.agreement_life(agreement, [link for group in relations for link in group], outcomes.rows)
    dates = [
        (label, dated(getattr(agreement, field), getattr(agreement, f"{field}_precision")))
        for label, field in (("Adopted", "adopted_date"), ("Signed", "signed_date"), ("In force", "in_force_date"))
        if getattr(agreement, field)
    ]
    return render(
        request,
        "meetings/agreement_detail.html",
        {
            "agreement": agreement,
            "dates": dates,
            "relations": relations,
            "life": life,
            # The meetings the event list shows for ?agreement=: one row a meeting, whatever it did with it.
            "meeting_count": Event.objects.top_level().concerning_agreement(agreement).count(),
            "meetings_url": list_url("meetings:event-list", agreement=slug),
            "outcomes": outcomes,
        },
    )


# --- Sources --------------------------------------------------------------


@follow_old_slugs(SourceReport)
def source_detail(request, slug):
    source = get_object_or_404(SourceReport.objects.select_related("publisher"), slug=slug)
    cited = {
        "events": EventCitation.objects.filter(source=source).select_related("event"),
        "participations": ParticipationCitation.objects.filter(source=source).select_related(
            "participation__event", "participation__organization", "participation__country"
        ),
        "attendances": AttendanceCitation.objects.filter(source=source).select_related(
            "attendance__event", "attendance__person"
        ),
        "positions": PositionCitation.objects.filter(source=source).select_related(
            "position__person", "position__organization"
        ),
        "memberships": MembershipCitation.objects.filter(source=source).select_related(
            "membership__organization", "membership__member_country", "membership__member_organization"
        ),
        "outcomes": OutcomeCitation.objects.filter(source=source).select_related("outcome__event"),
        "agreement_links": EventAgreementCitation.objects.filter(source=source).select_related(
            "link__event", "link__agreement"
        ),
        "agreement_acts": AgreementPartyCitation.objects.filter(source=source).select_related(
            "party__agreement", "party__country", "party__organization"
        ),
        "statements": Statement.objects.filter(source=source).select_related("attendance__person", "attendance__event"),
    }
    statements = cited.pop("statements")
    return render(
        request,
        "meetings/source_detail.html",
        {
            "source": source,
            "paragraphs": linked_paragraphs(source.text, name_index(source.text)),
            "passages": passages_in_order(source.text, cited),
            "statements": statements,
        },
    )


def passages_in_order(text, cited):
    """The cited passages in the order they occur in the text, each with every fact it supports.

    One passage often supports many facts (a list of member countries); showing it once keeps the page readable.
    """
    normalized_text = normalize_space(text)
    groups = {}
    for kind, citations in cited.items():
        for citation in citations:
            key = normalize_space(citation.passage)
            group = groups.setdefault(key, {"passage": citation.passage, "facts": []})
            group["facts"].append({"kind": kind, "citation": citation})
    position = {key: normalized_text.find(key) for key in groups}
    # A passage not found in the text (edited since) goes last rather than disappearing.
    ordered = sorted(groups, key=lambda key: (position[key] < 0, position[key]))
    return [groups[key] for key in ordered]


# Names shorter than this are too often ordinary words or initials to link safely.
MIN_NAME_LENGTH = 3


def name_index(text):
    """Every name the text uses for a record, mapped to (record URL, record label). Ambiguous names are left out.

    Four queries whatever the number of records: organizations, people, countries and agreements, each with their
    other names aggregated in the same row set. Only the names that occur in the text, found by comparing word
    sequences, go on to be checked for ambiguity, given a URL and matched by linked_paragraphs(): that work, and
    the regular expression it builds, follow the report's length rather than the number of records.
    """
    occurs = words_in(text)
    candidates = {}

    def add(name, route, key, label):
        name = " ".join((name or "").split())
        if len(name) < MIN_NAME_LENGTH or not occurs(name):
            return
        candidates.setdefault(name_key(name), {}).setdefault((route, key, label), name)

    for slug, name, acronym, other in Organization.objects.values_list("slug", "name", "acronym", "other_names__name"):
        for value in (name, acronym, other):
            add(value, "meetings:organization-detail", slug, name)
    for slug, name, other in Person.objects.values_list("slug", "name", "other_names__name"):
        for value in (name, other):
            add(value, "meetings:person-detail", slug, name)
    for code, name, other in Country.objects.values_list("code", "name", "other_names__name"):
        for value in (name, other):
            add(value, "meetings:country-detail", code.lower(), name)
    for slug, name, short_name in Agreement.objects.values_list("slug", "name", "short_name"):
        add(short_name, "meetings:agreement-detail", slug, name)
    names = {}
    for targets in candidates.values():
        if len(targets) == 1:
            (((route, key, label), name),) = targets.items()
            names[name] = (reverse(route, args=[key]), label)
    return names


WORD_RE = re.compile(r"\w+")


def words_in(text):
    """A test of whether a name may occur in text: its words (\\w runs) follow each other there, compared the way
    name_key() compares names. It never misses a name that linked_paragraphs() would link; it may let through a
    name the exact match then rejects."""
    runs = WORD_RE.findall(text)
    folded_runs = [run.casefold() for run in runs]
    sequences = {}

    def occurs(name):
        words = WORD_RE.findall(name)
        if not words or len(words) > len(runs):
            return False
        folded = " " in name
        if folded:
            words = [word.casefold() for word in words]
        key = (len(words), folded)
        if key not in sequences:
            source = folded_runs if folded else runs
            sequences[key] = {tuple(source[i : i + len(words)]) for i in range(len(source) - len(words) + 1)}
        return tuple(words) in sequences[key]

    return occurs


def name_key(name):
    """How names are compared: a name of several words in any case ("Ministry Of Public Security"), a single word
    (usually an acronym such as "MPS" or "VNA") only as written, so ordinary words are not mistaken for records."""
    return name.casefold() if " " in name else name


def linked_paragraphs(text, names):
    """The report's paragraphs as HTML: the text escaped, then each known name wrapped in a link to its record.

    Longest names are tried first so "ASEANAPOL Secretariat" wins over "ASEANAPOL"; a name is only matched as a
    whole word and never inside an HTML entity produced by escaping; matches never overlap.
    """
    escaped_names = {name_key(str(escape(name))): target for name, target in names.items()}
    pattern = None
    if names:
        alternatives = "|".join(
            f"(?i:{re.escape(escape(name))})" if " " in name else re.escape(escape(name))
            for name in sorted(names, key=lambda name: len(escape(name)), reverse=True)
        )
        pattern = re.compile(rf"(?<![\w&#])(?:{alternatives})(?!\w)")

    def link(match):
        target = escaped_names.get(name_key(match.group(0)))
        if target is None:  # case folding in the pattern and in name_key disagree on a rare letter: leave it
            return match.group(0)
        url, label = target
        return f'<a class="record-link" href="{escape(url)}" title="{escape(label)}">{match.group(0)}</a>'

    paragraphs = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        if not block.strip():
            continue
        html = str(escape(block.strip()))
        if pattern:
            html = pattern.sub(link, html)
        # The text was escaped above and every inserted piece is escaped, so the result is safe to output.
        paragraphs.append(mark_safe(html.replace("\n", "<br>\n")))
    return paragraphs
