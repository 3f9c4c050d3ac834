"""
The knowledge base: meetings, who took part, what came out of them, and the
reports that say so.

Names and shapes follow Popolo (persons, organizations, memberships, posts,
events) and Open Civic Data, with one difference taken on purpose: dates are
real DateFields with a precision beside them, not strings.
"""

import datetime
import hashlib
import re
import unicodedata

from anyascii import anyascii
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator, slugify

from . import constraint_messages
from .anchoring import Anchorer
from .history import track as track_history


def fold(text):
    """Lower-case, strip accents and collapse white space: "Đỗ  Văn" -> "do van"."""
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def normalize_space(text):
    """Collapse runs of white space and unify quotes, so a passage matches the text it was copied from."""
    text = (text or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


# Upper bounds on the free texts an editor types or pastes. A TextField's max_length is checked by the admin's forms
# (the database column stays unbounded), so a paste gone wrong is a form error rather than a page of megabytes.
NOTE_LENGTH = 10_000  # summaries, descriptions, notes: several paragraphs
PASSAGE_LENGTH = 5_000  # a passage, a statement, an outcome: a paragraph or two of a report
# A report's full text, some 30,000 words. PostgreSQL's full-text index of one row stops at 1 MB, which a text of
# this length stays well below.
REPORT_LENGTH = 200_000


def slug_words(value):
    """value in the letters of an address: "Nguyễn Thị Lan" -> "nguyen-thi-lan", "Đặng" -> "dang".

    fold() strips Latin accents; anyascii transliterates the scripts fold leaves alone (Thai, Khmer, Lao, Burmese),
    which would otherwise leave no letters at all.
    """
    return slugify(anyascii(fold(value)))


def unique_slug(model, value, instance_pk=None, max_length=80):
    """A slug for value that no other row of model uses yet."""
    base = slug_words(value)[:max_length].strip("-") or "item"
    slug, n = base, 2
    while model._default_manager.filter(slug=slug).exclude(pk=instance_pk).exists():
        suffix = f"-{n}"
        slug = f"{base[: max_length - len(suffix)]}{suffix}"
        n += 1
    return slug


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


def format_partial_date(value, precision):
    """A date as precise as it is known: "25 February 2021", "February 2021", "2021"."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year}"
    if precision == DatePrecision.MONTH:
        return value.strftime("%B %Y")
    return f"{value.day} {value.strftime('%B %Y')}"


def iso_partial_date(value, precision):
    """A date as Popolo writes a partial one: YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None:
        return None
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


# Undated records sort as if dated on the earliest day there is.
EARLIEST = datetime.date(1, 1, 1)


def newest_first(field):
    """Newest first, undated last, as one expression: a list ordered by it reads the index of that same expression
    in order (Event's and SourceReport's `*_newest_first`) and stops at its page, instead of sorting every row.

    An index on the field itself (`start_date DESC NULLS LAST`) gives the same order, but PostgreSQL then also used it
    for other pages' "latest rows of X" queries, walking every meeting newest first looking for X's few rows (a
    person page went from 0.25 s to 2.1 s, docs/benchmarks.md). An index on an expression serves only queries
    ordered by that expression: the outcome and source lists.
    """
    return Coalesce(field, Value(EARLIEST)).desc()


def partial_date_checks(prefix, field):
    """Named constraints that keep a partial date honest: a month is stored as its first day, a year as 1 January."""
    date, precision = field, f"{field}_precision"
    return [
        models.CheckConstraint(
            name=f"{prefix}_{field}_precision_valid",
            condition=Q(**{f"{precision}__in": DatePrecision.values}),
        ),
        models.CheckConstraint(
            name=f"{prefix}_{field}_month_first_day",
            condition=~Q(**{precision: DatePrecision.MONTH})
            | Q(**{f"{date}__isnull": True})
            | Q(**{f"{date}__day": 1}),
        ),
        models.CheckConstraint(
            name=f"{prefix}_{field}_year_first_january",
            condition=~Q(**{precision: DatePrecision.YEAR})
            | Q(**{f"{date}__isnull": True})
            | Q(**{f"{date}__day": 1, f"{date}__month": 1}),
        ),
    ]


class ConstraintMessages:
    """Shows a violated constraint as a sentence on the field it concerns (meetings/constraint_messages.py)."""

    def validate_constraints(self, exclude=None):
        using = router.db_for_write(self.__class__, instance=self)
        errors = {}
        for model_class, constraints in self.get_constraints():
            for constraint in constraints:
                try:
                    constraint.validate(model_class, self, exclude=exclude, using=using)
                except ValidationError as error:
                    error = constraint_messages.placed(constraint, error, exclude)
                    errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def unique_error_message(self, model_class, unique_check):
        if unique_check == ("slug",):
            return ValidationError(
                "Another record already has this address. Change it, or leave it empty to have one made.",
                code="unique",
            )
        return super().unique_error_message(model_class, unique_check)


class TimeStamped(ConstraintMessages, models.Model):
    """When a record was first entered and last changed."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


# --- Search -----------------------------------------------------------------


class Searchable(models.Model):
    """Folded text that the search reads; meetings/search.py keeps it current, no form edits it."""

    search_name = models.TextField(editable=False, blank=True, default="")
    search_text = models.TextField(editable=False, blank=True, default="")

    class Meta:
        abstract = True


class OtherName(ConstraintMessages, models.Model):
    """Another name a record goes by: an acronym, a variant spelling, a translation."""

    class Kind(models.TextChoices):
        ACRONYM = "acronym", "Acronym"
        FORMER = "former", "Former name"
        TRANSLATION = "translation", "Translation"
        VARIANT = "variant", "Spelling variant"
        OFFICIAL = "official", "Official name"
        WITHOUT_DIACRITICS = "without_diacritics", "Without diacritics"
        WITH_DIACRITICS = "with_diacritics", "With diacritics"
        TRANSLITERATION = "transliteration", "Transliteration"

    name = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.VARIANT)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


def union(*querysets):
    """The distinct values the one-column querysets give together, as one query (a UNION drops duplicates; the
    models' default orderings are left out). As a subquery (pk__in=union(...)) each part is read through its own
    index, where an OR of the conditions would make the database read the whole table."""
    first, *rest = (queryset.order_by() for queryset in querysets)
    return first.union(*rest)


# --- Places ---------------------------------------------------------------


class CountryQuerySet(models.QuerySet):
    def involved(self):
        """Countries that hosted a meeting or took part in one, directly or through one of their organizations.

        Exists stops at the first row found; counting each country's meetings to filter on them would not.
        """
        return self.filter(
            models.Exists(Event.objects.filter(country=models.OuterRef("pk")))
            | models.Exists(Participation.objects.filter(country=models.OuterRef("pk")))
            | models.Exists(Participation.objects.filter(organization__country=models.OuterRef("pk")))
        )

    def matching(self, name):
        """Countries whose code, name or a variant of it is name ("Lao PDR", "VN", "Viet Nam")."""
        folded = fold(name)
        return self.filter(
            Q(code__iexact=name.strip()) | Q(name_folded=folded) | Q(other_names__name_folded=folded)
        ).distinct()


class Country(ConstraintMessages, models.Model):
    """A country or territory in ISO 3166-1, loaded from pycountry."""

    code = models.CharField("ISO 3166-1 alpha-2 code", max_length=2, primary_key=True)
    alpha3 = models.CharField("ISO 3166-1 alpha-3 code", max_length=3, unique=True)
    name = models.CharField(max_length=120)
    official_name = models.CharField(max_length=200, blank=True)
    name_folded = models.CharField(max_length=120, editable=False, db_index=True)

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(name="country_code_upper_two_letters", condition=Q(code__regex=r"^[A-Z]{2}$")),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("meetings:country-detail", args=[self.code.lower()])


class CountryName(OtherName):
    """Another name of a country as reports write it ("Lao PDR", "Viet Nam", "Timor Leste")."""

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="other_names")
    name_folded = models.CharField(max_length=300, editable=False, db_index=True)

    class Meta(OtherName.Meta):
        constraints = [models.UniqueConstraint(fields=["country", "name"], name="country_name_unique")]

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)


# --- Topics ---------------------------------------------------------------


class TopicManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Topic(models.Model):
    """A subject from the controlled vocabulary that meetings are tagged with."""

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(max_length=NOTE_LENGTH, blank=True)

    objects = TopicManager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        # Fixtures name topics by slug, so they load whatever keys a database gave its topics.
        return (self.slug,)


# --- Source reports -------------------------------------------------------


def fingerprint_text(text):
    """A SHA-256 of the text with white space collapsed, so a re-pasted copy of a report is recognised."""
    return hashlib.sha256(normalize_space(text).encode("utf-8")).hexdigest()


class SourceReportQuerySet(models.QuerySet):
    def about_organization(self, organization):
        """Reports the organization published or that are cited for a fact about it: a part it took in a meeting, a
        post in it, a membership either way, a person who represented it. A UNION, read index by index."""
        memberships = Q(membership__organization=organization) | Q(membership__member_organization=organization)
        return self.filter(
            pk__in=union(
                SourceReport.objects.filter(publisher=organization).values("pk"),
                ParticipationCitation.objects.filter(participation__organization=organization).values("source"),
                PositionCitation.objects.filter(position__organization=organization).values("source"),
                MembershipCitation.objects.filter(memberships).values("source"),
                AttendanceCitation.objects.filter(attendance__organization=organization).values("source"),
            )
        )


class SourceReport(Searchable, TimeStamped):
    """A news report or statement that facts in the knowledge base are taken from."""

    slug = models.SlugField(max_length=100, unique=True)
    title = models.CharField(max_length=300)
    publisher = models.ForeignKey(
        "Organization",
        on_delete=models.PROTECT,
        related_name="published_reports",
        null=True,
        blank=True,
        help_text="Leave empty when the report does not say who published it.",
    )
    author = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True, help_text="Empty when the report carries no date.")
    url = models.URLField(max_length=500, blank=True)
    language = models.CharField(max_length=10, default="en")
    text = models.TextField(max_length=REPORT_LENGTH, help_text="The full text as received.")
    fingerprint = models.CharField(max_length=64, unique=True, editable=False)
    editorial_note = models.TextField(
        max_length=NOTE_LENGTH,
        blank=True,
        help_text="What was done to the text on receipt and what is inferred about the report.",
    )

    objects = SourceReportQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "title"]
        indexes = [
            # The search page's first reports for a word in most of them (search.first_matches): read in this order
            # until five match, instead of matching every report and sorting them.
            models.Index(fields=["-published_on", "title", "id"], name="sourcereport_default_order"),
            # The source list's order (SourceFilter.rows), read in order up to its page.
            models.Index(newest_first("published_on"), "title", "id", name="sourcereport_newest_first"),
        ]
        constraints = [
            models.CheckConstraint(name="sourcereport_text_not_empty", condition=~Q(text="")),
            models.CheckConstraint(
                name="sourcereport_fingerprint_sha256", condition=Q(fingerprint__regex=r"^[0-9a-f]{64}$")
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(SourceReport, self.title, self.pk, max_length=100)
        self.fingerprint = fingerprint_text(self.text)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "text" not in update_fields:
            super().save(*args, **kwargs)
            return
        # A changed text must keep every passage that cites the report findable, wherever the change is made: the
        # passages found again are re-anchored in the same transaction, and a change that breaks any is refused.
        with transaction.atomic(using=kwargs.get("using") or self._state.db):
            plan = self.anchor_plan()
            if plan.broken:
                raise BrokenPassages(plan)
            super().save(*args, **kwargs)
            for passage in plan.moved:
                passage.apply()
        self.reanchored = plan.moved

    def get_absolute_url(self):
        return reverse("meetings:source-detail", args=[self.slug])

    def clean(self):
        if self.text:
            fingerprint = fingerprint_text(self.text)
            duplicate = SourceReport.objects.filter(fingerprint=fingerprint).exclude(pk=self.pk).first()
            if duplicate:
                raise ValidationError({"text": f"This text is already stored as the report “{duplicate}”."})
            plan = self.anchor_plan()
            if plan.broken:
                raise ValidationError({"text": plan.refusal()})

    def contains(self, passage):
        return bool(passage) and normalize_space(passage) in normalize_space(self.text)

    def cited_passages(self):
        """Every passage that must occur in the text: each kind of citation's, and the direct quotes'."""
        found = []
        for model in apps.get_app_config("meetings").get_models():
            if issubclass(model, Citation):
                found += [CitedPassage(row, "passage") for row in model.objects.filter(source=self)]
        quotes = Statement.objects.filter(source=self, kind=Statement.Kind.QUOTE).select_related("attendance__event")
        found += [CitedPassage(row, "text") for row in quotes]
        return found

    def anchor_plan(self):
        """What changing the stored text to self.text does to the passages that cite it: moved, or broken."""
        if self.pk is None:
            return AnchorPlan()
        stored = SourceReport.objects.filter(pk=self.pk).values_list("text", flat=True).first()
        if stored is None or normalize_space(stored) == normalize_space(self.text):
            return AnchorPlan()
        cached = getattr(self, "_anchor_plan", None)
        if cached is not None and cached[:2] == (stored, self.text):
            return cached[2]
        plan = AnchorPlan()
        anchorer = None
        old, new = normalize_space(stored), normalize_space(self.text)
        for passage in self.cited_passages():
            # Only what this change breaks: a passage that still occurs is left alone, and so is one that already
            # did not occur in the stored text (an import of older data), which this change does not make worse.
            wanted = normalize_space(passage.text)
            if wanted in new or wanted not in old:
                continue
            anchorer = anchorer or Anchorer(stored, self.text)
            found = anchorer.find(passage.text)
            if found is None:
                plan.broken.append(passage)
            else:
                passage.new_text = found
                plan.moved.append(passage)
        self._anchor_plan = (stored, self.text, plan)
        return plan


class CitedPassage:
    """A citation's passage or a direct quote, with the fact it supports: for the list of passages a change moves."""

    def __init__(self, row, field):
        self.row, self.field = row, field
        self.text = getattr(row, field)
        self.new_text = None

    @property
    def fact(self):
        """The record the passage supports (a participation, an outcome, a meeting...)."""
        if isinstance(self.row, Citation):
            return getattr(self.row, self.row.fact_field().name)
        return self.row

    @property
    def meeting(self):
        fact = self.fact
        if isinstance(fact, Event):
            return fact
        if isinstance(fact, Statement):
            return fact.attendance.event
        return getattr(fact, "event", None)

    def admin_url(self):
        """The admin page where the passage is edited: the fact's own page, which lists its citations."""
        opts = self.fact._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.fact.pk])

    def describe(self):
        fact = self.fact
        label = f"{fact._meta.verbose_name.capitalize()} “{Truncator(str(fact)).chars(80)}”"
        meeting = self.meeting
        if meeting is not None and meeting != fact:
            label += f" at {meeting}"
        return label

    def apply(self):
        setattr(self.row, self.field, self.new_text)
        self.row.save()


class AnchorPlan:
    """The passages a change of a report's text moves to their new wording, and those it breaks."""

    def __init__(self):
        self.moved, self.broken = [], []

    def refusal(self):
        """The message that refuses a change breaking passages: which facts, which meetings, where to fix them."""
        items = format_html_join(
            "",
            '<li>{}: “{}” (<a href="{}">open</a>)</li>',
            ((p.describe(), Truncator(p.text).chars(160), p.admin_url()) for p in self.broken),
        )
        count = len(self.broken)
        return format_html(
            "This change would break {} cited passage{}: the new text no longer holds {} and {} could not be found "
            "again. Keep the cited words in the text, or first change or remove these citations:<ul>{}</ul>",
            count,
            "" if count == 1 else "s",
            "it" if count == 1 else "them",
            "it" if count == 1 else "they",
            items,
        )


class BrokenPassages(ValidationError):
    """A report's text was changed, outside a form, in a way that breaks passages citing it."""

    def __init__(self, plan):
        self.plan = plan
        super().__init__({"text": plan.refusal()})


class Citation(ConstraintMessages, models.Model):
    """A passage of a source report that states a fact."""

    source = models.ForeignKey(SourceReport, on_delete=models.PROTECT, related_name="+")
    passage = models.TextField(max_length=PASSAGE_LENGTH, help_text="Copied word for word from the report's text.")
    note = models.CharField(max_length=300, blank=True, help_text="How the passage supports the fact, if not obvious.")

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __str__(self):
        return f"{self.source}: “{self.passage[:60]}”"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_anchor = (instance.__dict__.get("source_id"), instance.__dict__.get("passage"))
        return instance

    @classmethod
    def fact_field(cls):
        """The foreign key to the fact the citation supports."""
        return next(f for f in cls._meta.concrete_fields if f.is_relation and f.name != "source")

    def clean(self):
        # Only a passage being entered or changed is checked: an untouched row is not the editor's to fix, and
        # refusing it would refuse every save of its meeting.
        if (self.source_id, self.passage) == getattr(self, "_stored_anchor", None):
            return
        if self.source_id and self.passage and not self.source.contains(self.passage):
            raise ValidationError({"passage": "This passage does not occur in the report's text. Copy it exactly."})


def citation_constraints(prefix):
    return [models.CheckConstraint(name=f"{prefix}_passage_not_empty", condition=~Q(passage=""))]


# --- Organizations and people ---------------------------------------------


class OrganizationQuerySet(models.QuerySet):
    def international(self):
        return self.filter(country__isnull=True)

    def of_country(self, country):
        return self.filter(country=country)


class Organization(Searchable, TimeStamped):
    """A body that meets, convenes, funds, reports or sends officials: ASEANAPOL, a ministry, a UN agency."""

    class Kind(models.TextChoices):
        REGIONAL = "regional", "Regional organization"
        SECRETARIAT = "secretariat", "Secretariat"
        MECHANISM = "mechanism", "Intergovernmental body or mechanism"
        UN_AGENCY = "un_agency", "UN agency"
        INTERNATIONAL_POLICE = "international_police", "International police organization"
        NATIONAL_POLICE = "national_police", "National police"
        MINISTRY = "ministry", "Ministry"
        AGENCY = "agency", "National agency or department"
        GOVERNMENT = "government", "Government"
        DONOR_PROGRAMME = "donor_programme", "Donor programme"
        TRAINING_CENTRE = "training_centre", "Training centre"
        NEWS_PUBLISHER = "news_publisher", "News publisher"
        NGO = "ngo", "Non-governmental organization"
        OTHER = "other", "Other"

    slug = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=300)
    acronym = models.CharField(max_length=40, blank=True)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        related_name="organizations",
        null=True,
        blank=True,
        help_text="Empty for international bodies.",
    )
    # PROTECT: removing a ministry must not silently orphan the offices recorded under it.
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        related_name="children",
        null=True,
        blank=True,
        verbose_name="parent organization",
    )
    description = models.TextField(max_length=NOTE_LENGTH, blank=True)
    url = models.URLField(max_length=500, blank=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(name="organization_not_own_parent", condition=~Q(parent=F("pk"))),
            models.CheckConstraint(name="organization_name_not_empty", condition=~Q(name="")),
        ]
        indexes = [
            # The organization list filters by kind and country.
            models.Index(fields=["kind", "country"], name="organization_kind_country"),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Organization, self.acronym or self.name, self.pk, max_length=100)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("meetings:organization-detail", args=[self.slug])


class OrganizationName(OtherName):
    """Another name of an organization: an acronym, former name, translation or spelling."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="other_names")

    class Meta(OtherName.Meta):
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="organization_name_unique")]


class Membership(TimeStamped):
    """A country or an organization belonging to an organization (ASEANAPOL's member countries)."""

    class Role(models.TextChoices):
        MEMBER = "member", "Member"
        OBSERVER = "observer", "Observer"
        DIALOGUE_PARTNER = "dialogue_partner", "Dialogue partner"
        ASSOCIATE = "associate", "Associate member"

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    member_country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="memberships", null=True, blank=True
    )
    member_organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="memberships_held", null=True, blank=True
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    start_date = models.DateField(null=True, blank=True)
    start_date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    end_date = models.DateField(null=True, blank=True)
    end_date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["organization", "member_country", "member_organization"]
        constraints = [
            models.CheckConstraint(
                name="membership_one_member",
                condition=(Q(member_country__isnull=False) & Q(member_organization__isnull=True))
                | (Q(member_country__isnull=True) & Q(member_organization__isnull=False)),
            ),
            models.CheckConstraint(
                name="membership_not_own_member", condition=~Q(member_organization=F("organization"))
            ),
            models.CheckConstraint(
                name="membership_end_after_start",
                condition=Q(start_date__isnull=True) | Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
            ),
            models.UniqueConstraint(
                fields=["organization", "member_country", "role"],
                name="membership_country_unique",
                condition=Q(member_country__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["organization", "member_organization", "role"],
                name="membership_organization_unique",
                condition=Q(member_organization__isnull=False),
            ),
            *partial_date_checks("membership", "start_date"),
            *partial_date_checks("membership", "end_date"),
        ]

    def __str__(self):
        return f"{self.member} — {self.get_role_display()} of {self.organization}"

    @property
    def member(self):
        return self.member_country or self.member_organization


class PersonQuerySet(models.QuerySet):
    def current_members_of(self, organization):
        return self.filter(positions__organization=organization, positions__end_date__isnull=True).distinct()

    def officials_of(self, country):
        """People of the country's nationality or who held a post in one of its organizations."""
        return self.filter(
            pk__in=union(
                Person.objects.filter(nationality=country).values("pk"),
                Position.objects.filter(organization__country=country).values("person"),
            )
        )

    def involving_organization(self, organization):
        """People who held a post in the organization or represented it at a meeting."""
        return self.filter(
            models.Exists(Position.objects.filter(person=models.OuterRef("pk"), organization=organization))
            | models.Exists(Attendance.objects.filter(person=models.OuterRef("pk"), organization=organization))
        )


class Person(Searchable, TimeStamped):
    """An official or other individual named in a report. Ranks and titles are never part of the name."""

    slug = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=200, help_text="The name as reports write it, without rank or title.")
    given_name = models.CharField(max_length=100, blank=True)
    family_name = models.CharField(max_length=100, blank=True)
    patronymic_name = models.CharField(max_length=100, blank=True, help_text="For example “bin Zainal Abidin”.")
    honorific_prefix = models.CharField(max_length=20, blank=True, help_text="Dr., Ms., Mr.")
    gender = models.CharField(max_length=20, blank=True)
    nationality = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="nationals", null=True, blank=True)
    summary = models.TextField(max_length=NOTE_LENGTH, blank=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [models.CheckConstraint(name="person_name_not_empty", condition=~Q(name=""))]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Person, self.name, self.pk, max_length=100)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("meetings:person-detail", args=[self.slug])


class PersonName(OtherName):
    """Another name of a person: with or without diacritics, a transliteration."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="other_names")

    class Meta(OtherName.Meta):
        constraints = [models.UniqueConstraint(fields=["person", "name"], name="person_name_unique")]


class Position(TimeStamped):
    """A post a person held in an organization, with their rank at the time (Popolo membership with a post)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="positions")
    # PROTECT: deleting an organization must not silently drop who held office there.
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="positions")
    title = models.CharField(
        max_length=200,
        blank=True,
        help_text="Director General, Executive Director, Chairman, … Leave empty when the report gives only a rank.",
    )
    rank = models.CharField(
        max_length=120, blank=True, help_text="Rank at the time: Police Major General, Senior Colonel, …"
    )
    start_date = models.DateField(null=True, blank=True)
    start_date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    end_date = models.DateField(null=True, blank=True)
    end_date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    as_of = models.DateField(
        null=True,
        blank=True,
        help_text="A date on which a report says the post was held, when start and end are unknown.",
    )
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["person", "-as_of", "-start_date"]
        constraints = [
            models.CheckConstraint(
                name="position_end_after_start",
                condition=Q(start_date__isnull=True) | Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
            ),
            # An official known only by rank ("a Police Major of the Royal Thai Police") has a post without a title.
            models.CheckConstraint(name="position_title_or_rank", condition=~Q(title="") | ~Q(rank="")),
            models.UniqueConstraint(
                fields=["person", "organization", "title", "start_date"],
                name="position_unique_dated",
                condition=Q(start_date__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["person", "organization", "title"],
                name="position_unique_undated",
                condition=Q(start_date__isnull=True),
            ),
            *partial_date_checks("position", "start_date"),
            *partial_date_checks("position", "end_date"),
        ]
        indexes = [
            # An organization's page lists who held posts there, newest first.
            models.Index(fields=["organization", "end_date"], name="position_org_end"),
        ]

    def __str__(self):
        held = " ".join(part for part in (self.rank, self.title) if part)
        return f"{self.person} — {held}, {self.organization}"

    @property
    def label(self):
        """Rank and title as a reader sees them: "Police Major General, Director General", or either alone."""
        return ", ".join(part for part in (self.rank, self.title) if part)

    @property
    def is_current(self):
        return self.end_date is None


# --- Forums, events -------------------------------------------------------


class ForumQuerySet(models.QuerySet):
    def involving_country(self, country):
        """Forums with a meeting the country hosted or took part in, directly or through one of its organizations.

        A UNION of subqueries rather than one OR across joins, so each part is read through its index
        (event_country_date, participation_country_event, participation_org_event) instead of every meeting.
        """
        return self.filter(
            pk__in=union(
                Event.objects.filter(country=country).values("forum"),
                Participation.objects.filter(country=country).values("event__forum"),
                Participation.objects.filter(
                    organization__in=Organization.objects.filter(country=country).values("pk")
                ).values("event__forum"),
            )
        )


class Forum(TimeStamped):
    """A recurring meeting series or mechanism: the ASEANAPOL Conference, COMMIT SOM, ASEAN SOMTC."""

    slug = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=300, unique=True)
    short_name = models.CharField(max_length=40, blank=True)
    convened_by = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="forums", null=True, blank=True
    )
    description = models.TextField(max_length=NOTE_LENGTH, blank=True)

    objects = ForumQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Forum, self.short_name or self.name, self.pk, max_length=100)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("meetings:forum-detail", args=[self.slug])


class EventQuerySet(models.QuerySet):
    def held(self):
        return self.filter(status=Event.Status.HELD)

    def top_level(self):
        return self.filter(parent__isnull=True)

    # Each "took part" test below is an uncorrelated IN (subquery): PostgreSQL builds the subquery's set once and
    # probes it per meeting. A correlated EXISTS inside an OR cannot become a join and runs once per meeting.

    def involving_country(self, country):
        """Events a country hosted or took part in, directly or through one of its organizations."""
        return self.filter(
            Q(country=country)
            | Q(pk__in=Participation.objects.filter(country=country).values("event_id"))
            | Q(pk__in=Participation.objects.filter(organization__country=country).values("event_id"))
        )

    def involving_organization(self, organization):
        """Events an organization took part in, or that someone attended on its behalf."""
        return self.filter(
            Q(pk__in=Participation.objects.filter(organization=organization).values("event_id"))
            | Q(pk__in=Attendance.objects.filter(organization=organization).values("event_id"))
        )

    def involving_organizations(self, organization_ids):
        """Events any of the organizations took part in, sent someone to, or convened as a forum's convener: an
        organization's history with its units' (the ASEANAPOL Conference, and the dialogues its Secretariat ran)."""
        return self.filter(
            pk__in=union(
                Participation.objects.filter(organization__in=organization_ids).values("event_id"),
                Attendance.objects.filter(organization__in=organization_ids).values("event_id"),
                Event.objects.filter(forum__convened_by__in=organization_ids).values("pk"),
            )
        )

    def attended_by(self, person):
        return self.filter(pk__in=Attendance.objects.filter(person=person).values("event_id"))

    def concerning_agreement(self, agreement):
        """Events that adopted, endorsed, signed, discussed or cited an agreement; each once, whatever it did."""
        return self.filter(pk__in=EventAgreement.objects.filter(agreement=agreement).values("event_id"))

    def in_year(self, year):
        return self.filter(start_date__year=year)


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    VIRTUAL = "virtual", "Virtual"
    HYBRID = "hybrid", "Hybrid"
    UNKNOWN = "unknown", "Not stated"


class EventStatus(models.TextChoices):
    HELD = "held", "Held"
    PLANNED = "planned", "Planned"
    REFERENCED = "referenced", "Referenced only"


class DateInferred(models.TextChoices):
    NONE = "", "Stated in full"
    YEAR = "year", "Year inferred"
    MONTH_YEAR = "month_year", "Month and year inferred"
    ALL = "all", "Whole date inferred"


class Event(Searchable, TimeStamped):
    """A meeting: a conference, a senior officials meeting, a dialogue, or one session of one."""

    Format = EventFormat

    Status = EventStatus

    Inferred = DateInferred

    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=300)
    forum = models.ForeignKey(Forum, on_delete=models.PROTECT, related_name="events", null=True, blank=True)
    number = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Its number in the forum's series (14 for the 14th)."
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        related_name="sessions",
        null=True,
        blank=True,
        help_text="The meeting this is a session or part of.",
    )
    start_date = models.DateField(null=True, blank=True)
    start_date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    end_date = models.DateField(null=True, blank=True)
    end_date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    date_inferred = models.CharField(
        "inferred part of the date", max_length=10, choices=Inferred.choices, default=Inferred.NONE, blank=True
    )
    date_note = models.TextField(
        max_length=NOTE_LENGTH, blank=True, help_text="Why a part of the date is inferred, and from what."
    )
    format = models.CharField(max_length=10, choices=Format.choices, default=Format.UNKNOWN)
    venue = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        related_name="hosted_events",
        null=True,
        blank=True,
        verbose_name="host country",
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.HELD)
    summary = models.TextField(max_length=NOTE_LENGTH, blank=True)
    topics = models.ManyToManyField(Topic, related_name="events", blank=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "title"]
        constraints = [
            models.CheckConstraint(
                name="event_end_after_start",
                condition=Q(start_date__isnull=True) | Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
            ),
            models.CheckConstraint(
                name="event_end_needs_start", condition=Q(end_date__isnull=True) | Q(start_date__isnull=False)
            ),
            models.CheckConstraint(
                name="event_inferred_date_explained",
                condition=Q(date_inferred="") | ~Q(date_note=""),
            ),
            models.CheckConstraint(
                name="event_inferred_needs_date", condition=Q(date_inferred="") | Q(start_date__isnull=False)
            ),
            models.CheckConstraint(
                name="event_date_inferred_valid", condition=Q(date_inferred__in=DateInferred.values)
            ),
            models.CheckConstraint(name="event_format_valid", condition=Q(format__in=EventFormat.values)),
            models.CheckConstraint(name="event_status_valid", condition=Q(status__in=EventStatus.values)),
            models.CheckConstraint(
                name="event_held_has_date", condition=~Q(status="held") | Q(start_date__isnull=False)
            ),
            models.CheckConstraint(name="event_number_positive", condition=Q(number__isnull=True) | Q(number__gt=0)),
            models.CheckConstraint(
                name="event_number_needs_forum", condition=Q(number__isnull=True) | Q(forum__isnull=False)
            ),
            models.CheckConstraint(name="event_not_own_parent", condition=~Q(parent=F("pk"))),
            models.CheckConstraint(name="event_title_not_empty", condition=~Q(title="")),
            models.UniqueConstraint(
                fields=["forum", "number"], name="event_forum_number_unique", condition=Q(parent__isnull=True)
            ),
            *partial_date_checks("event", "start_date"),
            *partial_date_checks("event", "end_date"),
        ]
        indexes = [
            # The meeting list's sort orders have their own indexes on PostgreSQL (migration 0005); SQLite cannot
            # index NULLS LAST.
            # The search page's first meetings for a word in most of them (search.first_matches), in the model's
            # order (undated first, unlike the list's partial indexes, which put them last).
            models.Index(fields=["-start_date", "title", "id"], name="event_default_order"),
            # The outcome list's order (its meetings' newest_first, then their titles): meetings and sessions alike,
            # since outcomes belong to both.
            models.Index(newest_first("start_date"), "title", "id", name="event_newest_first"),
            # The timeline of the meeting list (charts.timeline): its span, its largest forums and its counts per period
            # and forum are read from this index alone, a third of the meetings' table at 100,000 meetings (whose rows
            # carry their summaries and search documents). Covering only on PostgreSQL; SQLite ignores `include`.
            models.Index(
                fields=["start_date", "forum"],
                include=["start_date_precision", "id"],
                condition=Q(parent__isnull=True),
                name="event_timeline",
            ),
            # A forum's timeline and the previous/next links.
            models.Index(fields=["forum", "start_date"], name="event_forum_date"),
            # Host-country filter and country pages.
            models.Index(fields=["country", "start_date"], name="event_country_date"),
            models.Index(fields=["status"], name="event_status"),
        ]

    def __str__(self):
        when = self.date_display
        return f"{self.title} ({when})" if when else self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            year = f"{self.start_date.year} " if self.start_date else ""
            self.slug = unique_slug(Event, f"{year}{self.title}", self.pk, max_length=120)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("meetings:event-detail", args=[self.slug])

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "The meeting cannot end before it starts."
        if self.end_date and not self.start_date:
            errors["end_date"] = "Give the start date too, or leave both empty."
        if self.date_inferred and not self.date_note.strip():
            errors["date_note"] = "Say why this part of the date is inferred, and from what."
        if self.date_inferred and not self.start_date:
            errors["date_inferred"] = "There is no date to mark as inferred."
        if self.status == self.Status.HELD and not self.start_date:
            errors["start_date"] = "A meeting that was held needs at least the year it was held."
        if self.number and not self.forum_id:
            errors["number"] = "A number in a series needs the forum it belongs to."
        if self.pk and self.parent_id == self.pk:
            errors["parent"] = "A meeting cannot be a session of itself."
        for field in ("start_date", "end_date"):
            value, precision = getattr(self, field), getattr(self, f"{field}_precision")
            if value and precision == DatePrecision.MONTH and value.day != 1:
                errors[field] = "With month precision, enter the first day of the month."
            if value and precision == DatePrecision.YEAR and (value.day, value.month) != (1, 1):
                errors[field] = "With year precision, enter 1 January of the year."
        if errors:
            raise ValidationError(errors)

    @property
    def status_note(self):
        """What the status badge means for this meeting, in words shown beside it: a badge alone ("Planned" on a
        meeting of 2015) leaves a reader to guess whether it took place. Empty for a meeting held."""
        if self.status == EventStatus.PLANNED:
            if not self.start_date:
                return "Announced as planned, with no date; no report here says whether it was held."
            if self.start_date < timezone.localdate():
                return "Announced as planned; no report here says whether it was held."
            return "Announced as planned; yet to take place."
        if self.status == EventStatus.REFERENCED:
            return "Only mentioned in a report; no account of the meeting itself."
        return ""

    @property
    def date_display(self):
        start = format_partial_date(self.start_date, self.start_date_precision)
        end = format_partial_date(self.end_date, self.end_date_precision)
        if not end or end == start:
            return start
        return f"{start} – {end}"

    @property
    def ordinal(self):
        """ "14th" for number 14."""
        if not self.number:
            return ""
        n = self.number
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"


class EventCitation(Citation):
    """A passage that states that a meeting took place, when and where."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [
            *citation_constraints("eventcitation"),
            models.UniqueConstraint(fields=["event", "source", "passage"], name="eventcitation_unique"),
        ]


class ParticipationRole(models.TextChoices):
    HOST = "host", "Host"
    ORGANISER = "organiser", "Organiser"
    CHAIR = "chair", "Chair"
    MEMBER_DELEGATION = "member_delegation", "Member delegation"
    DIALOGUE_PARTNER = "dialogue_partner", "Dialogue partner"
    OBSERVER = "observer", "Observer"
    FUNDER = "funder", "Funder"
    IMPLEMENTING_PARTNER = "implementing_partner", "Implementing partner"
    GUEST = "guest", "Guest"
    PARTICIPANT = "participant", "Participant"


class Participation(TimeStamped):
    """An organization or a country delegation taking part in a meeting, in a role."""

    Role = ParticipationRole

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    # PROTECT: an organization with recorded participations cannot vanish from meeting histories.
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="participations", null=True, blank=True
    )
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        related_name="participations",
        null=True,
        blank=True,
        help_text="For a country delegation; leave the organization empty.",
    )
    role = models.CharField(max_length=25, choices=Role.choices)
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["event", "role", "pk"]
        constraints = [
            models.CheckConstraint(
                name="participation_has_participant",
                condition=Q(organization__isnull=False) | Q(country__isnull=False),
            ),
            models.CheckConstraint(name="participation_role_valid", condition=Q(role__in=ParticipationRole.values)),
            models.UniqueConstraint(
                fields=["event", "organization", "role"],
                name="participation_organization_unique",
                condition=Q(organization__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["event", "country", "role"],
                name="participation_delegation_unique",
                condition=Q(organization__isnull=True),
            ),
        ]
        indexes = [
            # Events involving a country or an organization, the facets' counts.
            models.Index(fields=["country", "event"], name="participation_country_event"),
            models.Index(fields=["organization", "event"], name="participation_org_event"),
        ]

    def __str__(self):
        return f"{self.participant} — {self.get_role_display()} at {self.event.title}"

    @property
    def participant(self):
        return self.organization or self.country

    def clean(self):
        if not self.organization_id and not self.country_id:
            raise ValidationError({"country": constraint_messages.MESSAGES["participation_has_participant"][1]})


class ParticipationCitation(Citation):
    """A passage that states an organization's or delegation's part in a meeting."""

    participation = models.ForeignKey(Participation, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [
            *citation_constraints("participationcitation"),
            models.UniqueConstraint(fields=["participation", "source", "passage"], name="participationcitation_unique"),
        ]


class AttendanceRole(models.TextChoices):
    CHAIR = "chair", "Chair"
    OPENING_SPEAKER = "opening_speaker", "Opening speaker"
    SPEAKER = "speaker", "Speaker"
    CLOSING_SPEAKER = "closing_speaker", "Closing speaker"
    HEAD_OF_DELEGATION = "head_of_delegation", "Head of delegation"
    MODERATOR = "moderator", "Moderator"
    REPRESENTATIVE = "representative", "Representative"
    DELEGATE = "delegate", "Delegate"


class Attendance(TimeStamped):
    """A person at a meeting, in a role, for an organization or country."""

    Role = AttendanceRole

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="attendances")
    # PROTECT: a person's attendance record is history; remove the attendance first.
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendances")
    role = models.CharField(max_length=20, choices=Role.choices)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="attendances",
        null=True,
        blank=True,
        help_text="The organization the person represented.",
    )
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        related_name="attendances",
        null=True,
        blank=True,
        help_text="The country the person represented.",
    )
    position = models.ForeignKey(
        Position,
        on_delete=models.SET_NULL,
        related_name="attendances",
        null=True,
        blank=True,
        help_text="The post the person held at the time.",
    )
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["event", "role", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "person", "role"], name="attendance_unique"),
            models.CheckConstraint(name="attendance_role_valid", condition=Q(role__in=AttendanceRole.values)),
        ]
        indexes = [
            # A person's page lists their meetings.
            models.Index(fields=["person", "event"], name="attendance_person_event"),
        ]

    def __str__(self):
        return f"{self.person} — {self.get_role_display()} at {self.event.title}"

    def clean(self):
        if self.position_id and self.person_id and self.position.person_id != self.person_id:
            raise ValidationError({"position": "This post belongs to someone else."})


class AttendanceCitation(Citation):
    """A passage that states a person's presence and role at a meeting."""

    attendance = models.ForeignKey(Attendance, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [
            *citation_constraints("attendancecitation"),
            models.UniqueConstraint(fields=["attendance", "source", "passage"], name="attendancecitation_unique"),
        ]


class Statement(Searchable, TimeStamped):
    """What a person said at a meeting: a direct quote or a report's paraphrase.

    Searchable so that its words are found with or without diacritics, like every other record's.
    """

    class Kind(models.TextChoices):
        QUOTE = "quote", "Direct quote"
        PARAPHRASE = "paraphrase", "Paraphrase"

    attendance = models.ForeignKey(Attendance, on_delete=models.CASCADE, related_name="statements")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    text = models.TextField(max_length=PASSAGE_LENGTH)
    source = models.ForeignKey(SourceReport, on_delete=models.PROTECT, related_name="statements")

    class Meta:
        ordering = ["attendance", "pk"]
        constraints = [models.CheckConstraint(name="statement_text_not_empty", condition=~Q(text=""))]

    def __str__(self):
        return self.text[:80]

    def clean(self):
        if self.source_id and self.kind == self.Kind.QUOTE and not self.source.contains(self.text):
            raise ValidationError({"text": "A direct quote must occur word for word in the report's text."})


class PositionCitation(Citation):
    """A passage that states who held which post."""

    position = models.ForeignKey(Position, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [
            *citation_constraints("positioncitation"),
            models.UniqueConstraint(fields=["position", "source", "passage"], name="positioncitation_unique"),
        ]


class MembershipCitation(Citation):
    """A passage that states that a country or body belongs to an organization."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [
            *citation_constraints("membershipcitation"),
            models.UniqueConstraint(fields=["membership", "source", "passage"], name="membershipcitation_unique"),
        ]


# --- Agreements -----------------------------------------------------------


class Agreement(Searchable, TimeStamped):
    """An instrument: a convention, protocol, plan of action, memorandum or joint communiqué."""

    class Kind(models.TextChoices):
        CONVENTION = "convention", "Convention"
        PROTOCOL = "protocol", "Protocol"
        PLAN_OF_ACTION = "plan_of_action", "Plan of action"
        MOU = "mou", "Memorandum of understanding"
        JOINT_COMMUNIQUE = "joint_communique", "Joint communiqué"
        DECLARATION = "declaration", "Declaration"
        PROGRAMME = "programme", "Programme"

    slug = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=400)
    short_name = models.CharField(max_length=60, blank=True, help_text="ACTIP, APA, TIP Protocol")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="agreements",
        null=True,
        blank=True,
        help_text="The organization under which it was made.",
    )
    adopted_date = models.DateField(null=True, blank=True)
    adopted_date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    signed_date = models.DateField(null=True, blank=True)
    signed_date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    in_force_date = models.DateField(null=True, blank=True)
    in_force_date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    description = models.TextField(max_length=NOTE_LENGTH, blank=True)
    events = models.ManyToManyField(Event, through="EventAgreement", related_name="agreements", blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(name="agreement_name_not_empty", condition=~Q(name="")),
            models.CheckConstraint(
                name="agreement_in_force_after_signed",
                condition=Q(signed_date__isnull=True)
                | Q(in_force_date__isnull=True)
                | Q(in_force_date__gte=F("signed_date")),
            ),
            *partial_date_checks("agreement", "adopted_date"),
            *partial_date_checks("agreement", "signed_date"),
            *partial_date_checks("agreement", "in_force_date"),
        ]

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Agreement, self.short_name or self.name, self.pk, max_length=100)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("meetings:agreement-detail", args=[self.slug])


class AgreementName(OtherName):
    """Another name an agreement goes by ("the Palermo Protocol", "ASEAN Convention Against TIP")."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="other_names")

    class Meta(OtherName.Meta):
        constraints = [models.UniqueConstraint(fields=["agreement", "name"], name="agreement_name_unique")]


class AgreementParty(TimeStamped):
    """A country's or organization's act on an agreement: signature, ratification, accession."""

    class Action(models.TextChoices):
        SIGNATURE = "signature", "Signature"
        RATIFICATION = "ratification", "Ratification"
        ACCESSION = "accession", "Accession"
        ADOPTION = "adoption", "Adoption"
        PARTY = "party", "Party (act not stated)"

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="parties")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="agreement_acts", null=True, blank=True)
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="agreement_acts", null=True, blank=True
    )
    action = models.CharField(max_length=15, choices=Action.choices)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)

    class Meta:
        ordering = ["agreement", "date"]
        verbose_name_plural = "agreement parties"
        constraints = [
            models.CheckConstraint(
                name="agreementparty_one_party",
                condition=(Q(country__isnull=False) & Q(organization__isnull=True))
                | (Q(country__isnull=True) & Q(organization__isnull=False)),
            ),
            models.UniqueConstraint(
                fields=["agreement", "country", "action"],
                name="agreementparty_country_unique",
                condition=Q(country__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["agreement", "organization", "action"],
                name="agreementparty_organization_unique",
                condition=Q(organization__isnull=False),
            ),
            *partial_date_checks("agreementparty", "date"),
        ]

    def __str__(self):
        return f"{self.country or self.organization} — {self.get_action_display()} of {self.agreement}"


class AgreementPartyCitation(Citation):
    """A passage that states a party's act on an agreement."""

    party = models.ForeignKey(AgreementParty, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [
            *citation_constraints("agreementpartycitation"),
            models.UniqueConstraint(fields=["party", "source", "passage"], name="agreementpartycitation_unique"),
        ]


class AgreementRelation(models.TextChoices):
    ADOPTED = "adopted", "Adopted"
    ENDORSED = "endorsed", "Endorsed"
    SIGNED = "signed", "Signed"
    DISCUSSED = "discussed", "Discussed"
    CITED = "cited", "Cited"


class EventAgreement(TimeStamped):
    """An agreement adopted, endorsed, discussed or cited at a meeting."""

    Relation = AgreementRelation

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agreement_links")
    agreement = models.ForeignKey(Agreement, on_delete=models.PROTECT, related_name="event_links")
    relation = models.CharField(max_length=10, choices=Relation.choices)
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["event", "agreement"]
        constraints = [
            models.UniqueConstraint(fields=["event", "agreement", "relation"], name="eventagreement_unique"),
            models.CheckConstraint(
                name="eventagreement_relation_valid", condition=Q(relation__in=AgreementRelation.values)
            ),
        ]

    def __str__(self):
        return f"{self.agreement} — {self.get_relation_display()} at {self.event.title}"


class EventAgreementCitation(Citation):
    """A passage that states what a meeting did with an agreement."""

    link = models.ForeignKey(EventAgreement, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [
            *citation_constraints("eventagreementcitation"),
            models.UniqueConstraint(fields=["link", "source", "passage"], name="eventagreementcitation_unique"),
        ]


# --- Outcomes -------------------------------------------------------------


class OutcomeQuerySet(models.QuerySet):
    def adopted(self):
        return self.filter(status__in=[Outcome.Status.ADOPTED, Outcome.Status.ENDORSED, Outcome.Status.IMPLEMENTED])

    def involving_country(self, country):
        """Outcomes of the meetings a country is involved in, read as Event.objects.involving_country() reads it."""
        return self.filter(event__in=Event.objects.involving_country(country).values("pk"))


class OutcomeKind(models.TextChoices):
    RESOLUTION = "resolution", "Resolution"
    DECISION = "decision", "Decision"
    AGREEMENT_TO_ADOPT = "agreement_to_adopt", "Agreement to adopt"
    PROPOSAL = "proposal", "Proposal"
    RECOMMENDATION = "recommendation", "Recommendation"
    PLAN_NOTED = "plan_noted", "Plan noted"
    STATEMENT = "statement", "Statement"


class OutcomeStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    ADOPTED = "adopted", "Adopted"
    ENDORSED = "endorsed", "Endorsed"
    REFERRED = "referred", "Referred"
    IMPLEMENTED = "implemented", "Implemented"
    NOTED = "noted", "Noted"


class Outcome(Searchable, TimeStamped):
    """What a meeting resolved, decided, proposed or noted."""

    Kind = OutcomeKind

    Status = OutcomeStatus

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="outcomes")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.TextField(
        max_length=PASSAGE_LENGTH, help_text="The outcome in the report's words or a close summary."
    )
    status = models.CharField(max_length=12, choices=Status.choices)
    agreements = models.ManyToManyField(Agreement, related_name="outcomes", blank=True)
    proposed_by = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="proposals", null=True, blank=True
    )
    referred_to_forum = models.ForeignKey(
        Forum,
        on_delete=models.PROTECT,
        related_name="referred_outcomes",
        null=True,
        blank=True,
        help_text="The body it was sent to, for endorsement or follow-up.",
    )
    referred_to_event = models.ForeignKey(
        Event,
        on_delete=models.PROTECT,
        related_name="referred_outcomes",
        null=True,
        blank=True,
        help_text="The later meeting it was sent to.",
    )
    order = models.PositiveSmallIntegerField(default=0)

    objects = OutcomeQuerySet.as_manager()

    class Meta:
        ordering = ["event", "order", "pk"]
        constraints = [
            models.CheckConstraint(name="outcome_text_not_empty", condition=~Q(text="")),
            models.CheckConstraint(name="outcome_kind_valid", condition=Q(kind__in=OutcomeKind.values)),
            models.CheckConstraint(name="outcome_status_valid", condition=Q(status__in=OutcomeStatus.values)),
            models.CheckConstraint(
                name="outcome_not_referred_to_own_event", condition=~Q(referred_to_event=F("event"))
            ),
        ]
        indexes = [models.Index(fields=["status", "kind"], name="outcome_status_kind")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:80]}"

    @property
    def status_repeats_kind(self):
        """True when the status only repeats the kind ("Plan noted", "Noted"): the pages then show one badge."""
        return self.get_status_display().casefold() in self.get_kind_display().casefold()

    def clean(self):
        if self.referred_to_event_id and self.referred_to_event_id == self.event_id:
            raise ValidationError({"referred_to_event": "An outcome cannot be referred to its own meeting."})


class OutcomeCitation(Citation):
    """A passage that states a meeting's outcome."""

    outcome = models.ForeignKey(Outcome, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [
            *citation_constraints("outcomecitation"),
            models.UniqueConstraint(fields=["outcome", "source", "passage"], name="outcomecitation_unique"),
        ]


# --- History --------------------------------------------------------------

# Every change to a knowledge record is kept, with who made it and when: meetings/history.py says what is recorded.
track_history(
    Country,
    CountryName,
    Topic,
    SourceReport,
    Organization,
    OrganizationName,
    Membership,
    MembershipCitation,
    Person,
    PersonName,
    Position,
    PositionCitation,
    Forum,
    Event,
    EventCitation,
    Participation,
    ParticipationCitation,
    Attendance,
    AttendanceCitation,
    Statement,
    Agreement,
    AgreementName,
    AgreementParty,
    AgreementPartyCitation,
    EventAgreement,
    EventAgreementCitation,
    Outcome,
    OutcomeCitation,
)


class FacetName(models.TextChoices):
    COUNTRY = "country", "Country involved"
    HOST_COUNTRY = "host_country", "Host country"
    FORUM = "forum", "Forum"
    ORGANIZATION = "organization", "Organization involved"
    PERSON = "person", "Person"
    TOPIC = "topic", "Topic"
    YEAR = "year", "Year"
    FORMAT = "format", "Format"
    STATUS = "status", "Status"


class EventFacet(models.Model):
    """One value a top-level meeting carries for one facet of the meeting list (its host, a country involved, ...).

    Derived from the meeting and its participations, attendances and topics by meetings/facets.py, in the same
    transaction as each edit, so the list's counts are index-only scans of this table instead of joins over
    every matching meeting's rows. Values are keys as text: a country's code, a record's id, a year, a choice.
    """

    Facet = FacetName

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="facet_values")
    facet = models.CharField(max_length=20, choices=Facet.choices)
    value = models.CharField(max_length=20)

    class Meta:
        constraints = [
            # Also the index that reads one meeting's values, and probes a set of meetings for one facet.
            models.UniqueConstraint(fields=["event", "facet", "value"], name="eventfacet_unique"),
        ]
        indexes = [
            # Meetings carrying a value, and a facet's values grouped, without reading the table.
            models.Index(fields=["facet", "value", "event"], name="eventfacet_value_event"),
        ]

    def __str__(self):
        return f"{self.event_id}: {self.facet}={self.value}"


class FacetTotal(models.Model):
    """How many top-level meetings carry a facet value: the counts of the unfiltered list, kept with EventFacet."""

    facet = models.CharField(max_length=20, choices=FacetName.choices)
    value = models.CharField(max_length=20)
    events = models.PositiveIntegerField(default=0)
    paired = models.BooleanField(
        db_default=False,
        help_text="Carried by so many meetings that FacetPair keeps the counts of the list filtered by it.",
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["facet", "value"], name="facettotal_unique")]
        indexes = [models.Index(fields=["facet", "events"], name="facettotal_facet_events")]

    def __str__(self):
        return f"{self.facet}={self.value}: {self.events}"


class FacetPair(models.Model):
    """How many top-level meetings carry both a common value (FacetTotal.paired) and another value, of another facet
    or of the same one (country VN and country TH).

    The counts of the list filtered by one common value (?country=vn, ?year=2019): read here instead of intersecting
    a third of the meetings with every facet; and the network's ties between common values. Kept with EventFacet;
    rarer values are intersected, which is cheap.
    """

    facet = models.CharField(max_length=20, choices=FacetName.choices)
    value = models.CharField(max_length=20)
    other_facet = models.CharField(max_length=20, choices=FacetName.choices)
    other_value = models.CharField(max_length=20)
    events = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["facet", "value", "other_facet", "other_value"], name="facetpair_unique")
        ]
        indexes = [models.Index(fields=["facet", "value", "other_facet", "events"], name="facetpair_counts")]

    def __str__(self):
        return f"{self.facet}={self.value} & {self.other_facet}={self.other_value}: {self.events}"


class KnowledgeVersion(models.Model):
    """A token that changes with every saved or deleted record, so derived figures can be cached until then."""

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.CheckConstraint(name="knowledge_version_single_row", condition=Q(pk=1))]

    def __str__(self):
        return f"{self.token} ({self.changed_at:%Y-%m-%d %H:%M:%S})"


class SlugRedirect(models.Model):
    """An address a record no longer has: its slug before a rename or a merge, and the record it leads to now.

    meetings/redirects.py writes these when a slug changes or a record is merged away; the record pages and the API
    answer a request for the old slug with a permanent redirect to the record's current address.
    """

    class Kind(models.TextChoices):
        EVENT = "event", "meeting"
        ORGANIZATION = "organization", "organization"
        PERSON = "person", "person"
        FORUM = "forum", "forum"
        AGREEMENT = "agreement", "agreement"
        SOURCE = "sourcereport", "source report"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    old_slug = models.CharField(max_length=120)
    # The record's key rather than its slug, so every old address leads to wherever the record is now, in one step.
    target_id = models.BigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "old_slug"], name="slug_redirect_unique_old_slug"),
        ]
        indexes = [
            # A merge moves the redirects that led to a merged-away record on to the kept one.
            models.Index(fields=["kind", "target_id"], name="slug_redirect_target_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.old_slug} → {self.target_id}"


# --- Intake ---------------------------------------------------------------


class IntakeDraft(TimeStamped):
    """A report being entered through the intake: its text, the suggested links and the editor's choices so far.

    Workflow, not knowledge: a draft is neither in the audit history nor does saving it change the version token
    (meetings/versioning.py), so the autosave of a review screen ends no cached page.
    """

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        SAVED = "saved", "Saved"
        DISCARDED = "discarded", "Discarded"

    # SET_NULL: a draft outlives its author's account, and deleting an account must not be blocked by drafts.
    created_by = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, related_name="intake_drafts", null=True, blank=True
    )
    title = models.CharField(max_length=300, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    published_on = models.DateField(null=True, blank=True)
    url = models.URLField(max_length=500, blank=True)
    filename = models.CharField(max_length=255, blank=True)
    text = models.TextField(max_length=REPORT_LENGTH)
    proposals = models.JSONField(default=dict, blank=True, help_text="What the analysis suggested.")
    decisions = models.JSONField(default=dict, blank=True, help_text="The editor's choices on the review screen.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    saved_event = models.ForeignKey(
        Event, on_delete=models.SET_NULL, related_name="intake_drafts", null=True, blank=True
    )
    source = models.ForeignKey(
        SourceReport, on_delete=models.SET_NULL, related_name="intake_drafts", null=True, blank=True
    )

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.CheckConstraint(
                name="intakedraft_status_valid", condition=Q(status__in=["open", "saved", "discarded"])
            ),
        ]
        indexes = [
            # The intake's start page lists the open drafts, latest first.
            models.Index(fields=["status", "updated_at"], name="intakedraft_status_updated"),
        ]

    def __str__(self):
        return self.title or f"Draft {self.pk}"
