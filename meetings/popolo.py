"""The whole knowledge base as one Popolo JSON document: persons, organizations, posts, memberships and events.

Popolo (popoloproject.com) is what parliamentary-monitoring tools read, so the export keeps to its JSON
Schemas and leaves out what they have no place for (outcomes, agreements, statements).

Choices made to fit it:
- ids are stable and prefixed by kind, built from slugs: "person/do-van-hoanh", "organization/oipa",
  "event/2020-14th-commit-senior-officials-meeting". Countries that belong to an organization are written as
  organizations of classification "country" with id "country/la" and their ISO code as an identifier, because a
  Popolo membership's member is a person or an organization.
- Each title held in an organization is a Popolo post ("post/<organization>/<title>", label and role = the title,
  organization_id). A person holding it is a membership: role = the title, label = rank and title, person_id,
  organization_id, post_id and the dates as precisely as known (YYYY, YYYY-MM or YYYY-MM-DD). A rank held without a
  title is a membership without a post. A post known only "as of" a date has no start or end date; the label says
  as of when.
- An organization's member countries and member bodies are memberships with `member` = {"@type", "id"}.
- An event's organization_id is the organiser (or the host organization, or the forum's convenor); the people
  recorded at it are its attendees.
- `sources` are the reports a record is cited from (their published address, or their page here when the report
  has none); `links` point to the record's page on this site.

The document is written as it is read, one record a line, in batches (meetings/exports.py): memory stays bounded
whatever the size of the knowledge base, and the download starts at once.
"""

import itertools
import json

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_safe

from .exports import BATCH, batched, heavy_download, streamed
from .lists.events import EventFilter
from .lists.organizations import OrganizationFilter
from .lists.people import PersonFilter
from .models import (
    Attendance,
    Event,
    EventCitation,
    Membership,
    Participation,
    Person,
    Position,
    PositionCitation,
    SourceReport,
    iso_partial_date,
)

COUNTRY_ID_SCHEME = "ISO 3166-1 alpha-2"


def person_id(person):
    return f"person/{person.slug}"


def organization_id(organization):
    return f"organization/{organization.slug}"


def country_id(country):
    return f"country/{country.code.lower()}"


def post_id(organization_slug, title):
    """The id of the post of this title in this organization; titles differing only in case or spacing are one."""
    return f"post/{organization_slug}/{slugify(title)}" if slugify(title) else None


def event_id(event):
    return f"event/{event.slug}"


def citations():
    """The citation rows' reports, without their full texts (read once per batch)."""
    return Prefetch("citations__source", SourceReport.objects.only("pk", "slug", "title", "url"))


class Exporter:
    def __init__(self, request):
        self.request = request

    def absolute(self, url):
        return self.request.build_absolute_uri(url)

    def page_link(self, obj):
        return [{"url": self.absolute(obj.get_absolute_url()), "note": "Page in the knowledge base"}]

    def sources(self, citation_lists):
        """Each cited report once, in the order first cited."""
        seen, links = set(), []
        for citations in citation_lists:
            for citation in citations:
                report = citation.source
                if report.pk in seen:
                    continue
                seen.add(report.pk)
                links.append({"url": report.url or self.absolute(report.get_absolute_url()), "note": report.title})
        return links

    @staticmethod
    def other_names(obj):
        return [{"name": n.name, "note": n.get_kind_display()} for n in obj.other_names.all()]

    @staticmethod
    def timestamps(obj):
        return {"created_at": obj.created_at.isoformat(), "updated_at": obj.updated_at.isoformat()}

    def report_links(self, citations, owner):
        """{owner id: the cited reports as Popolo links, each once, in citation order} for one batch of owners.

        citations is a queryset of citation rows already narrowed to the batch and put in order; owner names the
        field that says whose citation a row is.
        """
        links = {}
        rows = citations.values_list(owner, "source_id", "source__url", "source__slug", "source__title")
        for owner_id, report_id, url, slug, title in rows:
            found = links.setdefault(owner_id, {})
            if report_id not in found:
                page = url or self.absolute(reverse("meetings:source-detail", args=[slug]))
                found[report_id] = {"url": page, "note": title}
        return {owner_id: list(found.values()) for owner_id, found in links.items()}

    def url_link(self, url):
        return [{"url": self.absolute(url), "note": "Page in the knowledge base"}]

    # Which persons, organizations and meetings, in what order, is the public lists' to say (meetings/lists/), as
    # for the CSV downloads, the API and the feeds: a record is in the document when it is in its list.

    def person_rows(self):
        return PersonFilter().qs

    def organization_rows(self):
        return OrganizationFilter().qs

    def event_rows(self, fields):
        """The meetings of the meeting list, in its order, each followed by its sessions (which the list shows on
        their meeting's page, and Popolo as events with a parent_id), as dicts of `fields`, a batch at a time."""
        meetings = EventFilter().qs.values(*fields).iterator(chunk_size=BATCH)
        for batch in batched(meetings):
            sessions = {}
            for session in (
                Event.objects.filter(parent_id__in=[meeting["pk"] for meeting in batch])
                .order_by("parent_id", "start_date", "slug")
                .values("parent_id", *fields)
            ):
                sessions.setdefault(session.pop("parent_id"), []).append(session)
            for meeting in batch:
                yield meeting
                yield from sessions.get(meeting["pk"], ())

    # Persons, posts and meetings are the long lists: they are read as plain rows a batch at a time, with one query
    # per batch for each kind of related row. Model instances and per-instance prefetching cost ten times as much.

    def persons(self):
        other_name_model = Person._meta.get_field("other_names").related_model
        kinds = dict(other_name_model.Kind.choices)
        fields = [
            "pk",
            "slug",
            "name",
            "given_name",
            "family_name",
            "patronymic_name",
            "honorific_prefix",
            "gender",
            "nationality__name",
            "summary",
            "created_at",
            "updated_at",
        ]
        for batch in batched(self.person_rows().values(*fields).iterator(chunk_size=BATCH)):
            ids = [person["pk"] for person in batch]
            other_names = {}
            for owner, name, kind in (
                other_name_model.objects.filter(person_id__in=ids)
                .order_by("name", "pk")
                .values_list("person_id", "name", "kind")
            ):
                other_names.setdefault(owner, []).append({"name": name, "note": kinds[kind]})
            sources = self.report_links(
                PositionCitation.objects.filter(position__person_id__in=ids).order_by(
                    "position__person_id", "-position__as_of", "-position__start_date", "position_id", "pk"
                ),
                "position__person_id",
            )
            for person in batch:
                record = {
                    "id": f"person/{person['slug']}",
                    "name": person["name"],
                    "other_names": other_names.get(person["pk"], []),
                    "given_name": person["given_name"] or None,
                    "family_name": person["family_name"] or None,
                    "patronymic_name": person["patronymic_name"] or None,
                    "honorific_prefix": person["honorific_prefix"] or None,
                    "gender": person["gender"] or None,
                    "national_identity": person["nationality__name"],
                    "summary": person["summary"] or None,
                    "links": self.url_link(reverse("meetings:person-detail", args=[person["slug"]])),
                    "sources": sources.get(person["pk"], []),
                    "created_at": person["created_at"].isoformat(),
                    "updated_at": person["updated_at"].isoformat(),
                }
                yield {key: value for key, value in record.items() if value is not None}

    def organizations(self):
        organizations = (
            self.organization_rows()
            .select_related("parent")
            .prefetch_related("other_names", Prefetch("memberships", Membership.objects.prefetch_related(citations())))
        )
        for organization in organizations.iterator(chunk_size=BATCH):
            other_names = self.other_names(organization)
            if organization.acronym and organization.acronym not in {n["name"] for n in other_names}:
                other_names.insert(0, {"name": organization.acronym, "note": "Acronym"})
            record = {
                "id": organization_id(organization),
                "name": organization.name,
                "other_names": other_names,
                "classification": organization.get_kind_display(),
                "parent_id": organization_id(organization.parent) if organization.parent else None,
                "description": organization.description or None,
                "links": self.page_link(organization)
                + ([{"url": organization.url, "note": "Website"}] if organization.url else []),
                "sources": self.sources(m.citations.all() for m in organization.memberships.all()),
                **self.timestamps(organization),
            }
            yield {key: value for key, value in record.items() if value is not None}

    def member_countries(self):
        memberships = Membership.objects.filter(member_country__isnull=False).select_related("member_country")
        countries = {m.member_country.code: m.member_country for m in memberships.iterator(chunk_size=BATCH)}
        for country in sorted(countries.values(), key=lambda c: c.name):
            yield {
                "id": country_id(country),
                "name": country.name,
                "classification": "country",
                "identifiers": [{"scheme": COUNTRY_ID_SCHEME, "identifier": country.code}],
                "links": self.page_link(country),
            }

    def posts(self):
        """Each title held in an organization once; read as plain rows, without the people."""
        seen = set()
        rows = (
            Position.objects.exclude(title="")
            .order_by("organization__slug", "title")
            .values_list("organization__slug", "title")
            .distinct()
            .iterator(chunk_size=BATCH)
        )
        for organization_slug, title in rows:
            identifier = post_id(organization_slug, title)
            if identifier is None or identifier in seen:
                continue
            seen.add(identifier)
            yield {
                "id": identifier,
                "label": title,
                "role": title,
                "organization_id": f"organization/{organization_slug}",
            }

    def memberships(self):
        fields = [
            "pk",
            "rank",
            "title",
            "as_of",
            "start_date",
            "start_date_precision",
            "end_date",
            "end_date_precision",
            "person__slug",
            "organization__slug",
            "created_at",
            "updated_at",
        ]
        for batch in batched(Position.objects.order_by("pk").values(*fields).iterator(chunk_size=BATCH)):
            sources = self.report_links(
                PositionCitation.objects.filter(position_id__in=[p["pk"] for p in batch]).order_by("pk"), "position_id"
            )
            for position in batch:
                label = f"{position['rank']} {position['title']}".strip()
                if position["as_of"] and not (position["start_date"] or position["end_date"]):
                    label += f" (as of {position['as_of'].isoformat()})"
                record = {
                    "id": f"position/{position['pk']}",
                    "label": label,
                    "role": position["title"],
                    "person_id": f"person/{position['person__slug']}",
                    "organization_id": f"organization/{position['organization__slug']}",
                    "post_id": post_id(position["organization__slug"], position["title"]),
                    "start_date": iso_partial_date(position["start_date"], position["start_date_precision"]),
                    "end_date": iso_partial_date(position["end_date"], position["end_date_precision"]),
                    "sources": sources.get(position["pk"], []),
                    "created_at": position["created_at"].isoformat(),
                    "updated_at": position["updated_at"].isoformat(),
                }
                yield {key: value for key, value in record.items() if value is not None}
        memberships = (
            Membership.objects.select_related("organization", "member_country", "member_organization")
            .prefetch_related(citations())
            .order_by("pk")
        )
        for membership in memberships.iterator(chunk_size=BATCH):
            if membership.member_country:
                member = {"@type": "Organization", "id": country_id(membership.member_country)}
            else:
                member = {"@type": "Organization", "id": organization_id(membership.member_organization)}
            record = {
                "id": f"membership/{membership.pk}",
                "role": membership.get_role_display(),
                "member": member,
                "organization_id": organization_id(membership.organization),
                "start_date": iso_partial_date(membership.start_date, membership.start_date_precision),
                "end_date": iso_partial_date(membership.end_date, membership.end_date_precision),
                "sources": self.sources([membership.citations.all()]),
                **self.timestamps(membership),
            }
            yield {key: value for key, value in record.items() if value is not None}

    def events(self):
        statuses = dict(Event.Status.choices)
        fields = [
            "pk",
            "slug",
            "title",
            "summary",
            "start_date",
            "start_date_precision",
            "end_date",
            "end_date_precision",
            "venue",
            "city",
            "country__name",
            "status",
            "forum__name",
            "forum__convened_by__slug",
            "parent__slug",
            "created_at",
            "updated_at",
        ]
        for batch in batched(self.event_rows(fields)):
            ids = [event["pk"] for event in batch]
            sources = self.report_links(EventCitation.objects.filter(event_id__in=ids).order_by("pk"), "event_id")
            organizations = {}  # the first organization in each role, per meeting
            for event, role, slug in (
                Participation.objects.filter(event_id__in=ids, organization__isnull=False)
                .order_by("event_id", "role", "pk")
                .values_list("event_id", "role", "organization__slug")
            ):
                organizations.setdefault(event, {}).setdefault(role, slug)
            attendees = {}
            for event, slug, name in (
                Attendance.objects.filter(event_id__in=ids)
                .order_by("event_id", "role", "pk")
                .values_list("event_id", "person__slug", "person__name")
            ):
                attendees.setdefault(event, {}).setdefault(slug, name)
            for event in batch:
                location = ", ".join(part for part in (event["venue"], event["city"], event["country__name"]) if part)
                by_role = organizations.get(event["pk"], {})
                organizer = by_role.get(Participation.Role.ORGANISER) or by_role.get(Participation.Role.HOST)
                organizer = organizer or event["forum__convened_by__slug"]
                record = {
                    "id": f"event/{event['slug']}",
                    "name": event["title"],
                    "description": event["summary"] or None,
                    "start_date": iso_partial_date(event["start_date"], event["start_date_precision"]),
                    "end_date": iso_partial_date(event["end_date"], event["end_date_precision"]),
                    "location": location or None,
                    "status": statuses[event["status"]],
                    "classification": event["forum__name"],
                    "organization_id": f"organization/{organizer}" if organizer else None,
                    "parent_id": f"event/{event['parent__slug']}" if event["parent__slug"] else None,
                    "attendees": [
                        {"id": f"person/{slug}", "name": name} for slug, name in attendees.get(event["pk"], {}).items()
                    ],
                    "sources": sources.get(event["pk"], []),
                    "created_at": event["created_at"].isoformat(),
                    "updated_at": event["updated_at"].isoformat(),
                }
                yield {key: value for key, value in record.items() if value is not None}

    def sections(self):
        """The document's five lists, each a name and an iterable of records."""
        return [
            ("persons", self.persons()),
            ("organizations", itertools.chain(self.organizations(), self.member_countries())),
            ("posts", self.posts()),
            ("memberships", self.memberships()),
            ("events", self.events()),
        ]

    def chunks(self):
        """The document as JSON text, one record a line, in pieces of about BATCH records."""
        pieces = []
        for number, (name, records) in enumerate(self.sections()):
            pieces.append(("{" if number == 0 else "],\n") + json.dumps(name) + ": [")
            for count, record in enumerate(records):
                pieces.append(("\n" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
                if count % BATCH == BATCH - 1:
                    yield "".join(pieces)
                    pieces.clear()
        pieces.append("]}\n")
        yield "".join(pieces)

    def document(self):
        return json.loads("".join(self.chunks()))


def export(request):
    """The Popolo document as a dict (for tests and scripts; the view streams it)."""
    return Exporter(request).document()


@require_safe
@heavy_download
def popolo_json(request):
    return streamed(Exporter(request).chunks(), "application/json", "kbase-popolo.json", disposition="inline")
