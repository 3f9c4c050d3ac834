"""The home page and the pages of organizations, people, countries, forums, agreements and source reports.

Every list is narrowed by the FilterSet in meetings/filters/records.py (shared with the CSV and the API) and
paginated; a bad parameter shows the page with status 400 and says what is wrong. Every detail page loads what it
shows in a fixed number of queries, whatever the amount of data.
"""

import re
from urllib.parse import urlencode

from django.db.models import Count, Exists, F, Func, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..filters.records import (
    AgreementFilter,
    CountryFilter,
    ForumFilter,
    OrganizationFilter,
    PersonFilter,
    SourceFilter,
)
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
    Forum,
    Membership,
    MembershipCitation,
    Organization,
    Outcome,
    OutcomeCitation,
    Participation,
    ParticipationCitation,
    Person,
    Position,
    PositionCitation,
    SourceReport,
    Statement,
    format_partial_date,
    normalize_space,
)
from .common import ListProblem, paginate, query_without

# --- Shared helpers -------------------------------------------------------


class SubqueryCount(Func):
    """COUNT(DISTINCT expr) over a correlated subquery, without a GROUP BY the outer query would inherit."""

    function = "COUNT"
    template = "%(function)s(DISTINCT %(expressions)s)"
    output_field = IntegerField()


def count_of(queryset, field="pk"):
    return Subquery(
        queryset.order_by().annotate(n=SubqueryCount(F(field))).values("n")[:1], output_field=IntegerField()
    )


def record_list(request, template, filterset_class, queryset, context=None):
    """A filtered, paginated list page; a bad filter or page number is shown on the page with status 400."""
    filterset = filterset_class(request.GET, queryset=queryset)
    context = {"filterset": filterset, "filtered": bool(query_without(request, "page")), **(context or {})}
    problems = []
    page = None
    if filterset.is_valid():
        try:
            page = paginate(request, filterset.qs)
        except ListProblem as problem:
            problems.append(str(problem))
    else:
        for field, errors in filterset.errors.items():
            label = filterset.form.fields[field].label if field in filterset.form.fields else ""
            problems.extend(f"{label}: {error}" if label else error for error in errors)
    # Each list has a CSV twin (organization-list -> organization-csv) that takes the same parameters.
    csv_route = "meetings:" + request.resolver_match.url_name.replace("-list", "-csv")
    query = query_without(request, "page")
    context.update(page=page, problems=problems, page_query=query, csv_url=f"{reverse(csv_route)}?{query}")
    return render(request, template, context, status=400 if problems else 200)


def group_by_role(items, choices):
    """[(role label, [items])] in the order the role choices are declared, skipping empty roles."""
    groups = {value: [] for value, _ in choices}
    for item in items:
        groups.setdefault(item.role, []).append(item)
    labels = dict(choices)
    return [(labels.get(role, role), members) for role, members in groups.items() if members]


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


# --- Home -----------------------------------------------------------------


def known_countries():
    """Countries that hosted a meeting or took part in one (directly or through one of their organizations)."""
    return (
        Country.objects.annotate(
            hosted=count_of(Event.objects.filter(country=OuterRef("pk"))),
            attended=count_of(
                Participation.objects.filter(Q(country=OuterRef("pk")) | Q(organization__country=OuterRef("pk"))),
                "event",
            ),
        )
        # Exists stops at the first row found; filtering on the counts would count every country's meetings.
        .filter(
            Exists(Event.objects.filter(country=OuterRef("pk")))
            | Exists(Participation.objects.filter(country=OuterRef("pk")))
            | Exists(Participation.objects.filter(organization__country=OuterRef("pk")))
        )
        .order_by("name")
    )


def home(request):
    counts = [
        ("Meetings", Event.objects.top_level().count(), reverse("meetings:event-list")),
        ("Forums", Forum.objects.count(), reverse("meetings:forum-list")),
        ("Countries", known_countries().count(), reverse("meetings:country-list")),
        ("Organizations", Organization.objects.count(), reverse("meetings:organization-list")),
        ("People", Person.objects.count(), reverse("meetings:person-list")),
        ("Agreements", Agreement.objects.count(), reverse("meetings:agreement-list")),
        ("Source reports", SourceReport.objects.count(), reverse("meetings:source-list")),
    ]
    latest = (
        Event.objects.top_level()
        .filter(start_date__isnull=False)
        .select_related("forum", "country")
        .order_by(*EVENT_ORDER)[:8]
    )
    forums = (
        Forum.objects.select_related("convened_by")
        .annotate(event_count=Count("events", filter=Q(events__parent__isnull=True)))
        .order_by("name")
    )
    return render(request, "meetings/home.html", {"counts": counts, "latest": latest, "forums": forums})


# --- Organizations --------------------------------------------------------


def organization_list(request):
    organizations = Organization.objects.select_related("country").order_by("name")
    return record_list(
        request,
        "meetings/organization_list.html",
        OrganizationFilter,
        organizations,
    )


def organization_detail(request, slug):
    organization = get_object_or_404(
        Organization.objects.select_related("country", "parent").prefetch_related(
            Prefetch("children", Organization.objects.select_related("country").order_by("name")),
            "other_names",
            Prefetch(
                "agreements",
                Agreement.objects.order_by(F("adopted_date").desc(nulls_last=True), "name"),
            ),
        ),
        slug=slug,
    )
    positions = with_spans(
        organization.positions.select_related("person").order_by(
            F("end_date").desc(nulls_first=True), F("as_of").desc(nulls_last=True), "person__name"
        )
    )
    members = with_spans(
        organization.memberships.select_related("member_country", "member_organization").order_by(
            "role", "member_country__name", "member_organization__name"
        )
    )
    member_of = with_spans(organization.memberships_held.select_related("organization").order_by("organization__name"))
    participations = organization.participations.select_related("event", "event__forum", "event__country").order_by(
        F("event__start_date").desc(nulls_last=True), "event__title"
    )
    attendances = (
        Attendance.objects.filter(organization=organization)
        .select_related("person", "event")
        .order_by(F("event__start_date").desc(nulls_last=True), "person__name")
    )
    sources = SourceReport.objects.filter(
        Q(publisher=organization)
        | Q(pk__in=ParticipationCitation.objects.filter(participation__organization=organization).values("source"))
        | Q(pk__in=PositionCitation.objects.filter(position__organization=organization).values("source"))
        | Q(
            pk__in=MembershipCitation.objects.filter(
                Q(membership__organization=organization) | Q(membership__member_organization=organization)
            ).values("source")
        )
        | Q(pk__in=AttendanceCitation.objects.filter(attendance__organization=organization).values("source"))
    ).order_by(F("published_on").desc(nulls_last=True), "title")
    forums = organization.forums.order_by("name")
    return render(
        request,
        "meetings/organization_detail.html",
        {
            "organization": organization,
            "current_positions": [p for p in positions if p.is_current],
            "former_positions": [p for p in positions if not p.is_current],
            "roles": group_by_role(participations, Participation.Role.choices),
            "attendances": attendances,
            "members": members,
            "member_of": member_of,
            "sources": sources,
            "forums": forums,
        },
    )


# --- People ---------------------------------------------------------------


def person_list(request):
    people = Person.objects.select_related("nationality").prefetch_related(
        Prefetch(
            "positions",
            Position.objects.select_related("organization").order_by(
                F("end_date").desc(nulls_first=True), F("as_of").desc(nulls_last=True)
            ),
        )
    )
    return record_list(request, "meetings/person_list.html", PersonFilter, people.order_by("name"))


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
            Prefetch(
                "attendances",
                Attendance.objects.select_related("event", "organization", "country", "position")
                .prefetch_related("citations__source")
                .order_by(F("event__start_date").desc(nulls_last=True), "event__title"),
            ),
        ),
        slug=slug,
    )
    statements = (
        Statement.objects.filter(attendance__person=person)
        .select_related("source", "attendance__event")
        .order_by(F("attendance__event__start_date").desc(nulls_last=True), "pk")
    )
    positions = with_spans(person.positions.all())
    return render(
        request,
        "meetings/person_detail.html",
        {
            "person": person,
            "current_positions": [p for p in positions if p.is_current],
            "former_positions": [p for p in positions if not p.is_current],
            "statements": statements,
        },
    )


# --- Countries ------------------------------------------------------------


def country_list(request):
    return record_list(request, "meetings/country_list.html", CountryFilter, known_countries())


def country_detail(request, code):
    if not re.fullmatch(r"[A-Za-z]{2}", code):
        raise Http404("No country has this code.")
    if code != code.lower():
        # Codes are lower-case in URLs; an upper-case link still reaches the one permanent address.
        return redirect("meetings:country-detail", code=code.lower(), permanent=True)
    country = get_object_or_404(Country.objects.prefetch_related("other_names"), code=code.upper())
    hosted = Event.objects.filter(country=country).select_related("forum", "country", "parent").order_by(*EVENT_ORDER)
    participations = (
        Participation.objects.filter(Q(country=country) | Q(organization__country=country))
        .select_related("event", "event__forum", "event__country", "organization")
        .order_by(F("event__start_date").desc(nulls_last=True), "event__title", "organization__name")
    )
    organizations = Organization.objects.filter(country=country).select_related("parent").order_by("name")
    officials = (
        Person.objects.filter(Q(nationality=country) | Q(positions__organization__country=country))
        .distinct()
        .prefetch_related(
            Prefetch(
                "positions",
                Position.objects.select_related("organization").order_by(
                    F("end_date").desc(nulls_first=True), F("as_of").desc(nulls_last=True)
                ),
            )
        )
        .order_by("name")
    )
    forums = (
        Forum.objects.filter(
            Q(events__country=country)
            | Q(events__participations__country=country)
            | Q(events__participations__organization__country=country)
        )
        .distinct()
        .order_by("name")
    )
    agreement_acts = list(
        AgreementParty.objects.filter(country=country)
        .select_related("agreement")
        .order_by("agreement__name", F("date").asc(nulls_last=True))
    )
    for act in agreement_acts:
        act.date_text = dated(act.date, act.date_precision)
    memberships = with_spans(
        Membership.objects.filter(member_country=country).select_related("organization").order_by("organization__name")
    )
    code_param = urlencode({"country": code})
    return render(
        request,
        "meetings/country_detail.html",
        {
            "country": country,
            "hosted": hosted,
            "roles": group_by_role(participations, Participation.Role.choices),
            "organizations": organizations,
            "officials": officials,
            "forums": forums,
            "agreement_acts": agreement_acts,
            "memberships": memberships,
            "events_involving_url": f"{reverse('meetings:event-list')}?{code_param}",
            "events_hosted_url": f"{reverse('meetings:event-list')}?{urlencode({'host_country': code})}",
        },
    )


# --- Forums ---------------------------------------------------------------


def forum_list(request):
    forums = (
        Forum.objects.select_related("convened_by")
        .annotate(
            event_count=Count("events", filter=Q(events__parent__isnull=True)),
            first_date=Subquery(
                Event.objects.filter(forum=OuterRef("pk"), start_date__isnull=False)
                .order_by("start_date")
                .values("start_date")[:1]
            ),
            last_date=Subquery(
                Event.objects.filter(forum=OuterRef("pk"), start_date__isnull=False)
                .order_by("-start_date")
                .values("start_date")[:1]
            ),
        )
        .order_by("name")
    )
    return record_list(request, "meetings/forum_list.html", ForumFilter, forums)


def forum_detail(request, slug):
    forum = get_object_or_404(Forum.objects.select_related("convened_by"), slug=slug)
    events = list(
        forum.events.top_level()
        .select_related("country")
        .annotate(session_count=Count("sessions"))
        .order_by(F("start_date").asc(nulls_last=True), F("number").asc(nulls_last=True), "title")
    )
    return render(
        request,
        "meetings/forum_detail.html",
        {
            "forum": forum,
            "events": events,
            "has_inferred": any(event.date_inferred for event in events),
            "events_url": f"{reverse('meetings:event-list')}?{urlencode({'forum': forum.slug})}",
        },
    )


# --- Agreements -----------------------------------------------------------


def agreement_list(request):
    agreements = (
        Agreement.objects.select_related("organization")
        .annotate(
            party_count=count_of(AgreementParty.objects.filter(agreement=OuterRef("pk"))),
            event_count=count_of(EventAgreement.objects.filter(agreement=OuterRef("pk")), "event"),
        )
        .order_by("name")
    )
    return record_list(request, "meetings/agreement_list.html", AgreementFilter, agreements)


def agreement_detail(request, slug):
    agreement = get_object_or_404(
        Agreement.objects.select_related("organization").prefetch_related(
            "other_names",
            Prefetch(
                "parties",
                AgreementParty.objects.select_related("country", "organization")
                .prefetch_related("citations__source")
                .order_by(F("date").asc(nulls_last=True), "country__name", "organization__name"),
            ),
            Prefetch(
                "event_links",
                EventAgreement.objects.select_related("event", "event__forum", "event__country")
                .prefetch_related("citations__source")
                .order_by(F("event__start_date").asc(nulls_last=True), "event__title", "relation"),
            ),
            Prefetch(
                "outcomes",
                Outcome.objects.select_related("event")
                .prefetch_related("citations__source")
                .order_by(F("event__start_date").asc(nulls_last=True), "order", "pk"),
            ),
        ),
        slug=slug,
    )
    for party in agreement.parties.all():
        party.date_text = dated(party.date, party.date_precision)
    dates = [
        (label, dated(getattr(agreement, field), getattr(agreement, f"{field}_precision")))
        for label, field in (("Adopted", "adopted_date"), ("Signed", "signed_date"), ("In force", "in_force_date"))
        if getattr(agreement, field)
    ]
    return render(request, "meetings/agreement_detail.html", {"agreement": agreement, "dates": dates})


# --- Sources --------------------------------------------------------------


def source_list(request):
    # The list shows titles only; the full texts (and their folded search copies) stay in the database.
    sources = (
        SourceReport.objects.select_related("publisher")
        .defer("text", "search_text", "search_name", "editorial_note")
        .order_by(F("published_on").desc(nulls_last=True), "title")
    )
    return record_list(request, "meetings/source_list.html", SourceFilter, sources)


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
            "paragraphs": linked_paragraphs(source.text, name_index()),
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


def name_index():
    """Every name a report may use for a record, mapped to (record URL, record label). Ambiguous names are left out.

    Four queries whatever the number of records: organizations, people, countries and agreements, each with their
    other names aggregated in the same row set.
    """
    candidates = {}

    def add(name, url, label):
        name = " ".join((name or "").split())
        if len(name) < MIN_NAME_LENGTH:
            return
        candidates.setdefault(name_key(name), {}).setdefault((url, label), name)

    for slug, name, acronym, other in Organization.objects.values_list("slug", "name", "acronym", "other_names__name"):
        url = reverse("meetings:organization-detail", args=[slug])
        for value in (name, acronym, other):
            add(value, url, name)
    for slug, name, other in Person.objects.values_list("slug", "name", "other_names__name"):
        url = reverse("meetings:person-detail", args=[slug])
        for value in (name, other):
            add(value, url, name)
    for code, name, other in Country.objects.values_list("code", "name", "other_names__name"):
        url = reverse("meetings:country-detail", args=[code.lower()])
        for value in (name, other):
            add(value, url, name)
    for slug, name, short_name in Agreement.objects.values_list("slug", "name", "short_name"):
        url = reverse("meetings:agreement-detail", args=[slug])
        add(short_name, url, name)
    names = {}
    for targets in candidates.values():
        if len(targets) == 1:
            ((target, name),) = targets.items()
            names[name] = target
    return names


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


urlpatterns = [
    path("", home, name="home"),
    path("organizations/", organization_list, name="organization-list"),
    path("organizations/<slug:slug>/", organization_detail, name="organization-detail"),
    path("people/", person_list, name="person-list"),
    path("people/<slug:slug>/", person_detail, name="person-detail"),
    path("countries/", country_list, name="country-list"),
    path("countries/<str:code>/", country_detail, name="country-detail"),
    path("forums/", forum_list, name="forum-list"),
    path("forums/<slug:slug>/", forum_detail, name="forum-detail"),
    path("agreements/", agreement_list, name="agreement-list"),
    path("agreements/<slug:slug>/", agreement_detail, name="agreement-detail"),
    path("sources/", source_list, name="source-list"),
    path("sources/<slug:slug>/", source_detail, name="source-detail"),
]
