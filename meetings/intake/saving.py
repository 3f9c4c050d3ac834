"""Saving a reviewed draft: the report, the meeting and every accepted row with its citation, in one transaction.

Every record is validated as the admin's forms would (full_clean: a passage must occur in the report's text, a
meeting's dates must be in order, no second meeting with the same forum and number); the first problem found in any
row is collected, and if there is any, nothing is kept. Each record's history names the editor.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DataError, IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse

from meetings import derived
from meetings.models import (
    Agreement,
    Attendance,
    AttendanceCitation,
    Country,
    DatePrecision,
    Event,
    EventAgreement,
    EventAgreementCitation,
    EventCitation,
    EventFormat,
    Forum,
    IntakeDraft,
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
    fingerprint_text,
    fold,
    unique_slug,
)

from .review import event_values, report_values, rows_of


class SaveError(Exception):
    """The draft could not be saved; errors lists what to correct, row by row."""

    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class Saved:
    event: Event
    source: SourceReport
    report_reused: bool
    counts: dict = field(default_factory=dict)


def stored_report(text):
    """The report already stored with this text (white space aside), or None."""
    return SourceReport.objects.filter(fingerprint=fingerprint_text(text)).first()


def parse_iso_date(value, label, errors):
    value = (value or "").strip()
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value)
    try:
        if not match:
            raise ValueError
        year, month, day = (int(part) if part else 1 for part in match.groups())
        return datetime.date(year, month, day)
    except ValueError:
        errors.append(f"{label}: “{value}” is not a date; write it as YYYY-MM-DD.")
        return None


class Saver:
    """One save of one draft; records are collected in self.counts by kind."""

    def __init__(self, draft, user):
        self.draft, self.user = draft, user
        self.errors = []
        self.counts = {}
        self.people = {}  # person slug or new name -> (Person, Attendance or None)
        self.new_organizations = {}  # folded name -> Organization created in this save

    # --- helpers ---

    def check(self, obj, label, exclude=(), constraints=True):
        """Validate obj as a form would; record the problem under label and answer False if there is one.

        constraints=False leaves out the database constraints' checks (a query each) for the rows whose uniqueness
        this save looks up itself; their other constraints are the fields' choices, which are still checked.
        """
        try:
            full_clean(obj, exclude, constraints)
        except ValidationError as error:
            messages = []
            for name, texts in error.message_dict.items():
                prefix = "" if name == "__all__" else f"{name.replace('_', ' ')}: "
                messages += [prefix + text for text in texts]
            self.errors.append(f"{label} — {' '.join(messages)}")
            return False
        return True

    def put(self, obj, label, exclude=(), constraints=True):
        """Validate and save obj under the editor's name; None if it is not valid."""
        if not self.check(obj, label, exclude, constraints):
            return None
        obj._history_user = self.user
        obj.save()
        self.counts[type(obj)._meta.verbose_name_plural] = self.counts.get(type(obj)._meta.verbose_name_plural, 0) + 1
        return obj

    def cite(self, model, label, passage, **owner):
        for part in split_passages(passage):
            self.put(model(source=self.source, passage=part, **owner), label, constraints=False)

    # --- the save ---

    def run(self):
        self.rows = rows_of(self.draft)
        # One transaction, in which each row's derived work (its meeting's search document and facets, its owners'
        # "Last changed", the version token) is done once for all the rows at the end (meetings/derived.py): row by
        # row it was most of the save's time.
        with derived.deferred():
            self.save_report()
            self.save_event()
            if not self.errors:
                self.save_organizations()
                self.save_delegations()
                self.save_people()
                self.save_agreements()
                self.save_outcomes()
                self.save_statements()
            if self.errors:
                raise SaveError(self.errors)
            self.draft.status = IntakeDraft.Status.SAVED
            self.draft.saved_event = self.event
            self.draft.source = self.source
            self.draft.save()
        return Saved(self.event, self.source, self.report_reused, self.counts)

    def save_report(self):
        self.source, self.report_reused = report_for(self.draft, self.user, self.errors)
        if self.source is None:
            raise SaveError(self.errors)

    def save_event(self):
        values = event_values(self.draft)
        errors = []
        start = parse_iso_date(values.get("start_date"), "Meeting, start date", errors)
        end = parse_iso_date(values.get("end_date"), "Meeting, end date", errors)
        precision = values.get("date_precision") or DatePrecision.DAY
        # A month or a year is stored as its first day (the models' rule), whatever day the analysis wrote.
        if precision == DatePrecision.MONTH:
            start, end = (d.replace(day=1) if d else d for d in (start, end))
        elif precision == DatePrecision.YEAR:
            start, end = (d.replace(day=1, month=1) if d else d for d in (start, end))
        forum, forum_number = self.new_forum()
        forum = forum or Forum.objects.filter(slug=values.get("forum") or "").first()
        # A series the base lacked carries the meeting's number until the forum exists (docs/intake.md).
        number = values.get("number") or forum_number or ""
        if number and not (str(number).isdigit() and 0 < int(number) <= 32767):
            errors.append(f"Meeting, number: “{number}” is not a whole number from 1 to 32,767.")
            number = ""
        country = Country.objects.filter(code=(values.get("host_country") or "").upper()).first()
        if values.get("host_country") and country is None:
            errors.append(f"Meeting, host country: no country has the code “{values['host_country']}”.")
        if number and forum:
            same = Event.objects.filter(forum=forum, number=int(number), parent__isnull=True).first()
            if same:
                errors.append(
                    f"Meeting: {same} is already stored as number {number} of {forum}"
                    f" ({reverse('admin:meetings_event_change', args=[same.pk])})."
                    " Open it instead, or change the number."
                )
        self.errors += errors
        self.event = Event(
            title=values.get("title", "").strip(),
            start_date=start,
            start_date_precision=precision,
            end_date=end,
            end_date_precision=precision,
            date_inferred=values.get("date_inferred") or "",
            date_note=values.get("date_note") or "",
            city=values.get("city", "").strip(),
            country=country,
            forum=forum,
            number=int(number) if number else None,
            format=values.get("format") or EventFormat.UNKNOWN,
        )
        if errors or not self.put(self.event, "Meeting", exclude=["slug"]):
            raise SaveError(self.errors)
        self.cite(EventCitation, "Meeting, passage", values.get("passage"), event=self.event)

    def new_forum(self):
        for row in self.rows["meeting"]:
            if row["new"] and row["kind"] == "forum" and row["accepted"] and row["name"].strip():
                number = row.get("number") or ""
                forum = Forum.objects.filter(name__iexact=row["name"].strip()).first()
                if forum:
                    return forum, number
                forum = self.put(
                    Forum(name=row["name"].strip(), short_name=row.get("acronym", "")[:40]),
                    f"New forum “{row['name']}”",
                    exclude=["slug"],
                )
                return forum, number
        return None, ""

    def participation(self, label, role, passage, **participant):
        existing = Participation.objects.filter(event=self.event, role=role, **participant).first()
        participation = existing or self.put(
            Participation(event=self.event, role=role, **participant), label, constraints=False
        )
        if participation:
            # A participation this save has just made has no citations yet: no need to ask for them.
            known = set(participation.citations.values_list("passage", flat=True)) if existing else set()
            for part in split_passages(passage):
                if part not in known:
                    self.put(
                        ParticipationCitation(participation=participation, source=self.source, passage=part),
                        label,
                        constraints=False,
                    )
        return participation

    def save_organizations(self):
        for row in self.rows["organizations"]:
            if not row["accepted"]:
                continue
            label = f"Organization “{row['name']}”"
            if row["new"]:
                organization = self.create_organization(row, label)
            else:
                organization = Organization.objects.filter(slug=row["slug"]).first()
                if organization is None:
                    self.errors.append(f"{label} — choose the organization it is.")
            if organization:
                self.participation(label, row["role"], row["passage"], organization=organization)

    def create_organization(self, row, label):
        name = row["name"].strip()
        existing = Organization.objects.filter(Q(name__iexact=name) | Q(acronym__iexact=name)).first() if name else None
        if existing:
            return existing
        organization = self.put(
            Organization(
                name=name,
                acronym=(row.get("acronym") or "")[:40],
                kind=row.get("kind_value") or Organization.Kind.OTHER,
                country=Country.objects.filter(code=(row.get("country") or "").upper()).first(),
            ),
            label,
            exclude=["slug"],
        )
        if organization:
            self.new_organizations[fold(name)] = organization
        return organization

    def save_delegations(self):
        for row in self.rows["delegations"]:
            if not row["accepted"]:
                continue
            for member in row["members"]:
                if not member["accepted"]:
                    continue
                country = Country.objects.filter(code=member["code"].upper()).first()
                label = f"Delegation of {member['name']}"
                if country is None:
                    self.errors.append(f"{label} — no country has the code “{member['code']}”.")
                    continue
                self.participation(label, row["role"], row["passage"], country=country)

    def organization_named(self, value):
        if not value:
            return None
        return (
            Organization.objects.filter(slug=value).first()
            or self.new_organizations.get(fold(value))
            or Organization.objects.filter(Q(name__iexact=value) | Q(acronym__iexact=value)).first()
        )

    def save_people(self):
        for row in self.rows["people"]:
            if not row["accepted"]:
                continue
            label = f"Person “{row['name']}”"
            if row["new"]:
                person = self.put(
                    Person(
                        name=row["name"].strip(),
                        honorific_prefix=(row.get("honorific") or "")[:20],
                        patronymic_name=(row.get("patronymic") or "")[:100],
                    ),
                    label,
                    exclude=["slug"],
                )
                organization = self.organization_named(row.get("organization"))
                title, rank = row.get("post_title", ""), row.get("post_rank", "")
                key = f"new:{fold(row['name'])}"
            else:
                person = Person.objects.filter(slug=row["slug"]).first()
                if person is None:
                    self.errors.append(f"{label} — choose the person it is.")
                post = row.get("post") or {}
                # A post's body the base lacks is named by organization_new, and is among the new organizations.
                organization = self.organization_named(post.get("organization") or post.get("organization_new"))
                title = row.get("post_title", post.get("title") or "")
                rank = row.get("post_rank", post.get("rank") or "")
                key = row["slug"]
            if person is None:
                continue
            country = Country.objects.filter(code=(row.get("country") or "").upper()).first() if row["new"] else None
            attendance = self.attend(person, row["role"], row["passage"], label, organization, country, title, rank)
            self.people[key] = (person, attendance)

    def attend(self, person, role, passage, label, organization=None, country=None, title="", rank=""):
        position, note = None, ""
        title, rank = (title or "").strip()[:200], (rank or "").strip()[:120]
        if organization and (title or rank):
            # A post may be a rank alone ("Police Colonel ... of the Royal Thai Police"): a post without a title.
            # One post per person, body and title (the rank is not part of it): a report that gives a known official a
            # new rank for the same post cites that post and keeps the rank it states on the attendance.
            position = Position.objects.filter(person=person, organization=organization, title=title).first()
            if position is not None and rank and position.rank != rank:
                note = rank
            if position is None:
                position = self.put(
                    Position(
                        person=person, organization=organization, title=title, rank=rank, as_of=self.event.start_date
                    ),
                    f"{label}, post",
                )
                if position:
                    self.cite(PositionCitation, f"{label}, post", passage, position=position)
        elif rank or title:
            # A post whose organization the report does not name is no post to record; the attendance keeps it.
            note = " ".join(part for part in (rank, title) if part)
        existing = Attendance.objects.filter(event=self.event, person=person, role=role).first()
        attendance = existing or self.put(
            Attendance(
                event=self.event,
                person=person,
                role=role,
                organization=organization,
                country=country or (organization.country if organization else None),
                position=position,
                note=note[:500],
            ),
            label,
            constraints=False,
        )
        if attendance:
            self.cite(AttendanceCitation, label, passage, attendance=attendance)
        return attendance

    def save_agreements(self):
        for row in self.rows["agreements"]:
            if not row["accepted"]:
                continue
            label = f"Agreement “{row['name']}”"
            if row["new"]:
                name = row["name"].strip()
                agreement = Agreement.objects.filter(name__iexact=name).first() or self.put(
                    Agreement(
                        name=name,
                        short_name=(row.get("acronym") or "")[:60],
                        kind=row.get("kind_value") or Agreement.Kind.DECLARATION,
                    ),
                    label,
                    exclude=["slug"],
                )
                relation = row.get("role") or "cited"
            else:
                agreement = Agreement.objects.filter(slug=row["slug"]).first()
                relation = row["role"]
                if agreement is None:
                    self.errors.append(f"{label} — choose the agreement it is.")
            if agreement is None:
                continue
            link = EventAgreement.objects.filter(event=self.event, agreement=agreement, relation=relation).first()
            link = link or self.put(
                EventAgreement(event=self.event, agreement=agreement, relation=relation), label, constraints=False
            )
            if link:
                self.cite(EventAgreementCitation, label, row["passage"], link=link)

    def save_outcomes(self):
        for order, row in enumerate(self.rows["outcomes"]):
            if not row["accepted"]:
                continue
            label = f"Outcome “{row['text'][:60]}”"
            proposer = row.get("proposed_by") or {}
            outcome = self.put(
                Outcome(
                    event=self.event,
                    kind=row.get("kind_value"),
                    status=row.get("status"),
                    text=(row.get("text") or "").strip(),
                    proposed_by=Organization.objects.filter(slug=proposer.get("slug") or "").first()
                    if proposer.get("kind") == "organization"
                    else None,
                    referred_to_forum=Forum.objects.filter(slug=row.get("referred_to_forum") or "").first(),
                    order=order,
                ),
                label,
            )
            if outcome:
                agreements = Agreement.objects.filter(slug__in=row.get("agreements") or [])
                if agreements:
                    outcome.agreements.set(agreements)
                self.cite(OutcomeCitation, label, row["passage"], outcome=outcome)

    def save_statements(self):
        for row in self.rows["statements"]:
            if not row["accepted"]:
                continue
            speaker = row.get("speaker") or {}
            label = f"Statement by {row['speaker_name'] or 'an unnamed speaker'}"
            if speaker.get("kind") == "person":
                key = speaker.get("slug") or ""
            else:
                key = f"new:{fold(speaker.get('name') or '')}"
            person, attendance = self.people.get(key, (None, None))
            if person is None and speaker.get("kind") == "person":
                person = Person.objects.filter(slug=key).first()
            if person is None:
                self.errors.append(f"{label} — accept the speaker among the people first.")
                continue
            if attendance is None:
                attendance = self.attend(person, "speaker", row["passage"], label)
                self.people[key] = (person, attendance)
            if attendance:
                self.put(
                    Statement(
                        attendance=attendance,
                        kind=row.get("kind_value"),
                        text=(row.get("text") or "").strip(),
                        source=self.source,
                    ),
                    label,
                )


def full_clean(obj, exclude=(), constraints=True):
    """obj.full_clean(exclude, validate_unique=constraints, validate_constraints=constraints), step by step as Django
    runs it, but for the foreign keys to rows this save holds (held_keys): those fields are not cleaned, which would
    ask the database, a query each, whether the row exists."""
    exclude = set(exclude)
    errors = {}
    try:
        obj.clean_fields(exclude=exclude | held_keys(obj))
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    try:
        obj.clean()
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    if constraints:
        for validate in (obj.validate_unique, obj.validate_constraints):
            # Only for the fields that passed, as full_clean does.
            exclude |= {name for name in errors if name != NON_FIELD_ERRORS}
            try:
                validate(exclude=exclude)
            except ValidationError as error:
                errors = error.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)


def held_keys(obj):
    """The names of obj's foreign keys to rows this save holds: a record it has saved or read itself.

    Every record a row of the save points to is one the save has just written (the report, the meeting, a
    participation) or looked up (a country, an organization, a person), inside its transaction: asking the database
    again whether it exists, as cleaning the field does, can only answer yes. The check was a query per key, most of
    them for the report and the meeting (about 80 for a report of 100 rows). A key given by its id alone, or to a row
    not yet saved, is still checked; so is one whose choices are limited.
    """
    held = set()
    for key in obj._meta.concrete_fields:
        if not key.many_to_one or not key.is_cached(obj) or key.get_limit_choices_to():
            continue
        related = key.get_cached_value(obj)
        if related is not None and related.pk is not None and not related._state.adding:
            held.add(key.name)
    return held


def split_passages(value):
    """The passages in a passage field: paragraphs separated by a blank line, each a citation of its own."""
    return list(dict.fromkeys(part.strip() for part in re.split(r"\n\s*\n", value or "") if part.strip()))


def report_for(draft, user, errors):
    """The stored report with the draft's text, or a new one (saved); (report, reused)."""
    existing = stored_report(draft.text)
    if existing:
        return existing, True
    values = report_values(draft)
    published_on = parse_iso_date(values.get("published_on"), "Report, publication date", errors)
    title = (values.get("title") or "").strip() or event_values(draft).get("title", "").strip()
    publisher_name = (values.get("publisher") or "").strip()
    publisher = None
    if publisher_name:
        publisher = Organization.objects.filter(
            Q(name__iexact=publisher_name)
            | Q(acronym__iexact=publisher_name)
            | Q(other_names__name__iexact=publisher_name)
        ).first()
    note = "Entered with the report intake."
    if publisher_name and publisher is None:
        note += f" Publisher as the document names it: {publisher_name}."
    if draft.filename:
        note += f" Read from the file {draft.filename}."
    report = SourceReport(
        title=title[:300],
        publisher=publisher,
        published_on=published_on,
        url=(values.get("url") or "").strip()[:500],
        text=draft.text,
        editorial_note=note,
    )
    report.slug = unique_slug(SourceReport, title or "report", max_length=100)
    if errors:
        return None, False
    try:
        report.full_clean(exclude=["fingerprint"])
    except ValidationError as error:
        errors += [
            f"Report — {'' if name == '__all__' else name.replace('_', ' ') + ': '}{text}"
            for name, texts in error.message_dict.items()
            for text in texts
        ]
        return None, False
    report._history_user = user
    report.save()
    return report, False


def save(draft, user):
    """Save the draft as a meeting; raises SaveError, with nothing kept, if any accepted row is not valid."""
    try:
        return Saver(draft, user).run()
    except IntegrityError:
        # A row entered by someone else between the check and the write; the editor saves again.
        raise SaveError(["Someone saved the same record meanwhile; save again to see what is left to do."]) from None
    except DataError:
        # A value the checks above let through but the database cannot hold.
        raise SaveError(["A value is too large for the database; check the numbers and dates."]) from None


def save_report_only(draft, user):
    """Store the draft's report (or find it stored) for the normal add form; (report, reused)."""
    errors = []
    with transaction.atomic():
        report, reused = report_for(draft, user, errors)
        if report is None:
            raise SaveError(errors)
        draft.source = report
        draft.save(update_fields=["source", "updated_at"])
    return report, reused
