"""The whole knowledge base as one Popolo JSON document: persons, organizations, memberships and events.

Popolo (popoloproject.com) is what parliamentary-monitoring tools read, so the export keeps to its JSON
Schemas and leaves out what they have no place for (outcomes, agreements, statements).

Choices made to fit it:
- ids are stable and prefixed by kind, built from slugs: "person/do-van-hoanh", "organization/oipa",
  "event/2020-14th-commit-senior-officials-meeting". Countries that belong to an organization are written as
  organizations of classification "country" with id "country/la" and their ISO code as an identifier, because a
  Popolo membership's member is a person or an organization.
- A person's post is a membership: role = the title, label = rank and title, person_id, organization_id and the
  dates as precisely as known (YYYY, YYYY-MM or YYYY-MM-DD). A post known only "as of" a date has no start or
  end date; the label says as of when.
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
from django.views.decorators.http import require_safe

from .exports import BATCH, heavy_download, streamed
from .models import (
    Attendance,
    Event,
    Membership,
    Organization,
    Participation,
    Person,
    Position,
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

    def persons(self):
        people = Person.objects.select_related("nationality").prefetch_related(
            "other_names", Prefetch("positions", Position.objects.prefetch_related(citations()))
        )
        for person in people.iterator(chunk_size=BATCH):
            record = {
                "id": person_id(person),
                "name": person.name,
                "other_names": self.other_names(person),
                "given_name": person.given_name or None,
                "family_name": person.family_name or None,
                "patronymic_name": person.patronymic_name or None,
                "honorific_prefix": person.honorific_prefix or None,
                "gender": person.gender or None,
                "national_identity": person.nationality.name if person.nationality else None,
                "summary": person.summary or None,
                "links": self.page_link(person),
                "sources": self.sources(p.citations.all() for p in person.positions.all()),
                **self.timestamps(person),
            }
            yield {key: value for key, value in record.items() if value is not None}

    def organizations(self):
        organizations = Organization.objects.select_related("parent").prefetch_related(
            "other_names", Prefetch("memberships", Membership.objects.prefetch_related(citations()))
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

    def memberships(self):
        positions = Position.objects.select_related("person", "organization").prefetch_related(citations())
        for position in positions.order_by("pk").iterator(chunk_size=BATCH):
            label = f"{position.rank} {position.title}".strip()
            if position.as_of and not (position.start_date or position.end_date):
                label += f" (as of {position.as_of.isoformat()})"
            record = {
                "id": f"position/{position.pk}",
                "label": label,
                "role": position.title,
                "person_id": person_id(position.person),
                "organization_id": organization_id(position.organization),
                "start_date": iso_partial_date(position.start_date, position.start_date_precision),
                "end_date": iso_partial_date(position.end_date, position.end_date_precision),
                "sources": self.sources([position.citations.all()]),
                **self.timestamps(position),
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
        events = Event.objects.select_related("forum__convened_by", "country", "parent").prefetch_related(
            citations(),
            Prefetch("participations", Participation.objects.select_related("organization")),
            Prefetch("attendances", Attendance.objects.select_related("person")),
        )
        for event in events.order_by("start_date", "slug").iterator(chunk_size=BATCH):
            location = ", ".join(part for part in (event.venue, event.city, str(event.country or "")) if part)
            attendees = {a.person.slug: a.person for a in event.attendances.all()}
            record = {
                "id": event_id(event),
                "name": event.title,
                "description": event.summary or None,
                "start_date": iso_partial_date(event.start_date, event.start_date_precision),
                "end_date": iso_partial_date(event.end_date, event.end_date_precision),
                "location": location or None,
                "status": event.get_status_display(),
                "classification": event.forum.name if event.forum else None,
                "organization_id": self.organizer_id(event),
                "parent_id": event_id(event.parent) if event.parent else None,
                "attendees": [{"id": person_id(p), "name": p.name} for p in attendees.values()],
                "sources": self.sources([event.citations.all()]),
                **self.timestamps(event),
            }
            yield {key: value for key, value in record.items() if value is not None}

    @staticmethod
    def organizer_id(event):
        by_role = {}
        for participation in event.participations.all():
            if participation.organization:
                by_role.setdefault(participation.role, participation.organization)
        for role in (Participation.Role.ORGANISER, Participation.Role.HOST):
            if role in by_role:
                return organization_id(by_role[role])
        if event.forum and event.forum.convened_by:
            return organization_id(event.forum.convened_by)
        return None

    def sections(self):
        """The document's four lists, each a name and an iterable of records."""
        return [
            ("persons", self.persons()),
            ("organizations", itertools.chain(self.organizations(), self.member_countries())),
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
