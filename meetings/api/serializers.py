"""How the API writes records: each links to its own API detail (`url`) and to its page on the site (`html_url`).

Related records appear as short references (name, slug, both links) rather than being nested whole, so a reader
can follow them; the lists a record could have without bound (a forum's meetings, a country's) are links to the
filtered API list instead.
"""

from django.urls import reverse as django_reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from ..models import (
    Agreement,
    Attendance,
    Country,
    Event,
    EventAgreement,
    Forum,
    Membership,
    Organization,
    Outcome,
    Participation,
    Person,
    Position,
    SourceReport,
    iso_partial_date,
)

# --- Fields -----------------------------------------------------------------


class Addresses:
    """The addresses of one response's records, each route reversed once and then filled in with each key.

    Reversing a route costs a tenth of a millisecond; a page of fifty meetings links each to itself, its forum,
    its parent and its host country, twice each (API and site). The route is reversed once with a stand-in key
    (what reverse() gives for every other key, less the key itself, since keys are slugs, codes and ids that
    reverse() writes as they are), and absolute addresses are made from the request once.
    """

    # A stand-in for each kind of key, matched by the routes' patterns and found nowhere else in an address.
    STAND_IN = {"slug": "kbase-stand-in", "code": "QZ", "pk": "987654321"}

    def __init__(self, request, format=None):
        self.request = request
        self.format = format
        self.patterns = {}

    @classmethod
    def of(cls, context):
        """The Addresses shared by every field of one serializer tree (nested serializers share the root's context)."""
        addresses = context.get("_addresses")
        if addresses is None:
            addresses = context["_addresses"] = cls(context.get("request"), context.get("format"))
        return addresses

    def _pattern(self, route, key_kind, api):
        found = self.patterns.get((route, key_kind, api))
        if found is None:
            stand_in = self.STAND_IN[key_kind]
            if api:
                url = reverse(route, kwargs={key_kind: stand_in}, request=self.request, format=self.format)
            else:
                url = django_reverse(route, args=[stand_in])
                url = self.request.build_absolute_uri(url) if self.request else url
            found = self.patterns[(route, key_kind, api)] = url.rpartition(stand_in)[::2]
        return found

    def api(self, route, key_kind, key):
        before, after = self._pattern(route, key_kind, True)
        return f"{before}{key}{after}"

    def page(self, route, key):
        before, after = self._pattern(route, "slug", False)
        return f"{before}{key}{after}"


# The site's page of each kind of record (the routes of the models' get_absolute_url) and the column of its key.
PAGE_ROUTES = {
    Country: ("meetings:country-detail", "code"),
    SourceReport: ("meetings:source-detail", "slug"),
    Organization: ("meetings:organization-detail", "slug"),
    Person: ("meetings:person-detail", "slug"),
    Forum: ("meetings:forum-detail", "slug"),
    Event: ("meetings:event-detail", "slug"),
    Agreement: ("meetings:agreement-detail", "slug"),
}


def address_key(column, value):
    """A key as addresses write it: country codes in lower case, slugs and ids as they are."""
    return value.lower() if column == "code" else value


def page_address(context, obj):
    """The absolute address of obj's page on the site: obj.get_absolute_url(), without reversing it again."""
    route, column = PAGE_ROUTES[type(obj)]
    return Addresses.of(context).page(route, address_key(column, getattr(obj, column)))


class HtmlUrlField(serializers.Field):
    """The absolute address of the record's page on the site."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return page_address(self.context, obj)


extend_schema_field(OpenApiTypes.URI)(HtmlUrlField)


class ApiUrlField(serializers.HyperlinkedIdentityField):
    """The record's API detail address, as HyperlinkedIdentityField writes it, made from one reversed route."""

    # The route's parameter and the record's column it is filled from.
    key_kind = "slug"

    def __init__(self, view_name, **kwargs):
        kwargs.setdefault("lookup_field", self.key_kind)
        super().__init__(view_name=view_name, **kwargs)

    def to_representation(self, value):
        key = address_key(self.key_kind, getattr(value, self.key_kind))
        return Addresses.of(self.context).api(self.view_name, self.key_kind, key)


class CountryUrlField(ApiUrlField):
    """Countries are addressed by their lower-case code (/api/countries/la/), as on the site."""

    key_kind = "code"

    def __init__(self, **kwargs):
        super().__init__(view_name="api:country-detail", **kwargs)


class OutcomeUrlField(ApiUrlField):
    key_kind = "pk"


class OptionalURLField(serializers.URLField):
    """An address that may be unknown: null then, never "", which is no URI and which typed clients refuse."""

    def __init__(self, **kwargs):
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return value or None


class PartialDateField(serializers.Field):
    """A date written as precisely as it is known: "2021", "2021-02" or "2021-02-25"."""

    def __init__(self, date_field, **kwargs):
        self.date_field = date_field
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return iso_partial_date(getattr(obj, self.date_field), getattr(obj, f"{self.date_field}_precision"))


extend_schema_field({"type": "string", "nullable": True, "pattern": r"^\d{4}(-\d{2}){0,2}$"})(PartialDateField)


def identity(view_name):
    return ApiUrlField(view_name=f"api:{view_name}-detail")


# --- References: a related record in a few fields ----------------------------


class CountryRefSerializer(serializers.ModelSerializer):
    url = CountryUrlField()
    html_url = HtmlUrlField()

    class Meta:
        model = Country
        fields = ["code", "name", "url", "html_url"]


class OrganizationRefSerializer(serializers.ModelSerializer):
    url = identity("organization")
    html_url = HtmlUrlField()

    class Meta:
        model = Organization
        fields = ["slug", "name", "acronym", "url", "html_url"]


class PersonRefSerializer(serializers.ModelSerializer):
    url = identity("person")
    html_url = HtmlUrlField()

    class Meta:
        model = Person
        fields = ["slug", "name", "url", "html_url"]


class ForumRefSerializer(serializers.ModelSerializer):
    url = identity("forum")
    html_url = HtmlUrlField()

    class Meta:
        model = Forum
        fields = ["slug", "name", "short_name", "url", "html_url"]


class EventRefSerializer(serializers.ModelSerializer):
    url = identity("event")
    html_url = HtmlUrlField()
    start_date = PartialDateField("start_date")

    class Meta:
        model = Event
        fields = ["slug", "title", "start_date", "url", "html_url"]


class AgreementRefSerializer(serializers.ModelSerializer):
    url = identity("agreement")
    html_url = HtmlUrlField()

    class Meta:
        model = Agreement
        fields = ["slug", "name", "short_name", "url", "html_url"]


class SourceRefSerializer(serializers.ModelSerializer):
    url = identity("source")
    html_url = HtmlUrlField()
    original_url = OptionalURLField(source="url", help_text="Where the report was published, if known.")

    class Meta:
        model = SourceReport
        fields = ["slug", "title", "published_on", "original_url", "url", "html_url"]


class CitationSerializer(serializers.Serializer):
    """A passage of a source report that states the fact it is attached to."""

    source = SourceRefSerializer()
    passage = serializers.CharField()
    note = serializers.CharField()


def citations():
    return CitationSerializer(many=True, read_only=True, source="citations.all", help_text="Passages that state it.")


class OtherNameSerializer(serializers.Serializer):
    name = serializers.CharField()
    kind = serializers.CharField()
    note = serializers.CharField()


def other_names():
    return OtherNameSerializer(many=True, read_only=True, source="other_names.all")


def filtered_list_link(view_name, param, value_attr, lower=False):
    """A link to the API list filtered to this record, for lists too long to embed."""

    @extend_schema_field(OpenApiTypes.URI)
    def get(self, obj):
        value = getattr(obj, value_attr)
        value = value.lower() if lower else value
        return f"{reverse(f'api:{view_name}-list', request=self.context.get('request'))}?{param}={value}"

    return get


# --- Events -------------------------------------------------------------------


class EventListSerializer(serializers.ModelSerializer):
    url = identity("event")
    html_url = HtmlUrlField()
    forum = ForumRefSerializer(read_only=True, allow_null=True)
    parent = EventRefSerializer(read_only=True, allow_null=True)
    country = CountryRefSerializer(read_only=True, help_text="The host country.", allow_null=True)
    start_date = PartialDateField("start_date")
    end_date = PartialDateField("end_date")
    date_display = serializers.CharField(read_only=True)
    topics = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)

    class Meta:
        model = Event
        fields = [
            "slug",
            "url",
            "html_url",
            "title",
            "forum",
            "number",
            "parent",
            "start_date",
            "start_date_precision",
            "end_date",
            "end_date_precision",
            "date_display",
            "date_inferred",
            "format",
            "status",
            "venue",
            "city",
            "country",
            "summary",
            "topics",
            "created_at",
            "updated_at",
        ]


class ParticipationSerializer(serializers.ModelSerializer):
    organization = OrganizationRefSerializer(read_only=True, allow_null=True)
    country = CountryRefSerializer(
        read_only=True, help_text="The country delegation, or the organization's country.", allow_null=True
    )
    sources = citations()

    class Meta:
        model = Participation
        fields = ["organization", "country", "role", "note", "sources"]


class AttendanceSerializer(serializers.ModelSerializer):
    person = PersonRefSerializer(read_only=True)
    organization = OrganizationRefSerializer(
        read_only=True, help_text="The organization the person represented.", allow_null=True
    )
    country = CountryRefSerializer(read_only=True, help_text="The country the person represented.", allow_null=True)
    position = serializers.CharField(
        source="position.title", default=None, allow_null=True, help_text="The post held at the time."
    )
    rank = serializers.CharField(source="position.rank", default=None, allow_null=True)
    sources = citations()

    class Meta:
        model = Attendance
        fields = ["person", "role", "organization", "country", "position", "rank", "note", "sources"]


class OutcomeInEventSerializer(serializers.ModelSerializer):
    url = OutcomeUrlField(view_name="api:outcome-detail")
    agreements = AgreementRefSerializer(many=True, read_only=True)
    proposed_by = OrganizationRefSerializer(read_only=True, allow_null=True)
    referred_to_forum = ForumRefSerializer(read_only=True, allow_null=True)
    referred_to_event = EventRefSerializer(read_only=True, allow_null=True)
    sources = citations()

    class Meta:
        model = Outcome
        fields = [
            "id",
            "url",
            "kind",
            "status",
            "text",
            "agreements",
            "proposed_by",
            "referred_to_forum",
            "referred_to_event",
            "sources",
        ]


class EventAgreementSerializer(serializers.ModelSerializer):
    agreement = AgreementRefSerializer(read_only=True)
    sources = citations()

    class Meta:
        model = EventAgreement
        fields = ["agreement", "relation", "note", "sources"]


class EventDetailSerializer(EventListSerializer):
    sessions = EventRefSerializer(many=True, read_only=True, source="sessions.all")
    participations = ParticipationSerializer(many=True, read_only=True, source="participations.all")
    attendances = AttendanceSerializer(many=True, read_only=True, source="attendances.all")
    outcomes = OutcomeInEventSerializer(many=True, read_only=True, source="outcomes.all")
    agreements = EventAgreementSerializer(many=True, read_only=True, source="agreement_links.all")
    sources = citations()

    class Meta(EventListSerializer.Meta):
        fields = [
            *EventListSerializer.Meta.fields,
            "date_note",
            "sessions",
            "participations",
            "attendances",
            "outcomes",
            "agreements",
            "sources",
        ]


# --- Outcomes -----------------------------------------------------------------


class OutcomeSerializer(OutcomeInEventSerializer):
    event = EventRefSerializer(read_only=True)
    html_url = serializers.SerializerMethodField()

    class Meta(OutcomeInEventSerializer.Meta):
        fields = ["id", "url", "html_url", "event", *OutcomeInEventSerializer.Meta.fields[2:]]

    @extend_schema_field(OpenApiTypes.URI)
    def get_html_url(self, outcome):
        # Outcomes are shown on their meeting's page.
        return f"{page_address(self.context, outcome.event)}#outcome-{outcome.pk}"


# --- Organizations ------------------------------------------------------------


class OrganizationListSerializer(serializers.ModelSerializer):
    url = identity("organization")
    html_url = HtmlUrlField()
    country = CountryRefSerializer(read_only=True, help_text="Empty for international bodies.", allow_null=True)
    parent = OrganizationRefSerializer(read_only=True, allow_null=True)
    website = OptionalURLField(source="url")

    class Meta:
        model = Organization
        fields = [
            "slug",
            "url",
            "html_url",
            "name",
            "acronym",
            "kind",
            "country",
            "parent",
            "website",
            "created_at",
            "updated_at",
        ]


class MemberSerializer(serializers.ModelSerializer):
    """A member of an organization: a country or another organization."""

    member_country = CountryRefSerializer(read_only=True, allow_null=True)
    member_organization = OrganizationRefSerializer(read_only=True, allow_null=True)
    start_date = PartialDateField("start_date")
    end_date = PartialDateField("end_date")
    sources = citations()

    class Meta:
        model = Membership
        fields = ["member_country", "member_organization", "role", "start_date", "end_date", "note", "sources"]


class MembershipHeldSerializer(serializers.ModelSerializer):
    """An organization a country or organization belongs to."""

    organization = OrganizationRefSerializer(read_only=True)
    start_date = PartialDateField("start_date")
    end_date = PartialDateField("end_date")
    sources = citations()

    class Meta:
        model = Membership
        fields = ["organization", "role", "start_date", "end_date", "note", "sources"]


class PositionSerializer(serializers.ModelSerializer):
    person = PersonRefSerializer(read_only=True)
    organization = OrganizationRefSerializer(read_only=True)
    start_date = PartialDateField("start_date")
    end_date = PartialDateField("end_date")
    sources = citations()

    class Meta:
        model = Position
        fields = ["person", "organization", "title", "rank", "start_date", "end_date", "as_of", "note", "sources"]


class OrganizationDetailSerializer(OrganizationListSerializer):
    other_names = other_names()
    children = OrganizationRefSerializer(many=True, read_only=True, source="children.all")
    members = MemberSerializer(many=True, read_only=True, source="memberships.all")
    member_of = MembershipHeldSerializer(many=True, read_only=True, source="memberships_held.all")
    positions = PositionSerializer(many=True, read_only=True, source="positions.all")
    forums = ForumRefSerializer(many=True, read_only=True, source="forums.all", help_text="Forums it convenes.")
    events_url = serializers.SerializerMethodField(help_text="Meetings it took part in or sent people to.")

    get_events_url = filtered_list_link("event", "organization", "slug")

    class Meta(OrganizationListSerializer.Meta):
        fields = [
            *OrganizationListSerializer.Meta.fields,
            "description",
            "other_names",
            "children",
            "members",
            "member_of",
            "positions",
            "forums",
            "events_url",
        ]


# --- People -------------------------------------------------------------------


class PersonListSerializer(serializers.ModelSerializer):
    url = identity("person")
    html_url = HtmlUrlField()
    nationality = CountryRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Person
        fields = [
            "slug",
            "url",
            "html_url",
            "name",
            "given_name",
            "family_name",
            "patronymic_name",
            "honorific_prefix",
            "gender",
            "nationality",
            "created_at",
            "updated_at",
        ]


class PersonAttendanceSerializer(serializers.ModelSerializer):
    event = EventRefSerializer(read_only=True)
    organization = OrganizationRefSerializer(read_only=True, allow_null=True)
    country = CountryRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Attendance
        fields = ["event", "role", "organization", "country"]


class PersonDetailSerializer(PersonListSerializer):
    other_names = other_names()
    positions = PositionSerializer(many=True, read_only=True, source="positions.all")
    attendances = PersonAttendanceSerializer(many=True, read_only=True, source="attendances.all")
    events_url = serializers.SerializerMethodField()

    get_events_url = filtered_list_link("event", "person", "slug")

    class Meta(PersonListSerializer.Meta):
        fields = [*PersonListSerializer.Meta.fields, "summary", "other_names", "positions", "attendances", "events_url"]


# --- Countries ----------------------------------------------------------------


class CountryListSerializer(serializers.ModelSerializer):
    url = CountryUrlField()
    html_url = HtmlUrlField()

    class Meta:
        model = Country
        fields = ["code", "url", "html_url", "alpha3", "name", "official_name"]


class CountryDetailSerializer(CountryListSerializer):
    other_names = other_names()
    organizations = OrganizationRefSerializer(many=True, read_only=True, source="organizations.all")
    member_of = MembershipHeldSerializer(many=True, read_only=True, source="memberships.all")
    events_url = serializers.SerializerMethodField(help_text="Meetings it hosted or took part in.")

    get_events_url = filtered_list_link("event", "country", "code", lower=True)

    class Meta(CountryListSerializer.Meta):
        fields = [*CountryListSerializer.Meta.fields, "other_names", "organizations", "member_of", "events_url"]


# --- Forums -------------------------------------------------------------------


class ForumListSerializer(serializers.ModelSerializer):
    url = identity("forum")
    html_url = HtmlUrlField()
    convened_by = OrganizationRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Forum
        fields = ["slug", "url", "html_url", "name", "short_name", "convened_by", "created_at", "updated_at"]


class ForumDetailSerializer(ForumListSerializer):
    events_url = serializers.SerializerMethodField()

    get_events_url = filtered_list_link("event", "forum", "slug")

    class Meta(ForumListSerializer.Meta):
        fields = [*ForumListSerializer.Meta.fields, "description", "events_url"]


# --- Agreements ---------------------------------------------------------------


class AgreementListSerializer(serializers.ModelSerializer):
    url = identity("agreement")
    html_url = HtmlUrlField()
    organization = OrganizationRefSerializer(
        read_only=True, help_text="The organization under which it was made.", allow_null=True
    )
    adopted_date = PartialDateField("adopted_date")
    signed_date = PartialDateField("signed_date")
    in_force_date = PartialDateField("in_force_date")

    class Meta:
        model = Agreement
        fields = [
            "slug",
            "url",
            "html_url",
            "name",
            "short_name",
            "kind",
            "organization",
            "adopted_date",
            "signed_date",
            "in_force_date",
            "created_at",
            "updated_at",
        ]


class AgreementPartySerializer(serializers.Serializer):
    country = CountryRefSerializer(read_only=True, allow_null=True)
    organization = OrganizationRefSerializer(read_only=True, allow_null=True)
    action = serializers.CharField()
    date = PartialDateField("date")
    sources = citations()


class AgreementEventSerializer(serializers.ModelSerializer):
    event = EventRefSerializer(read_only=True)
    sources = citations()

    class Meta:
        model = EventAgreement
        fields = ["event", "relation", "note", "sources"]


class AgreementDetailSerializer(AgreementListSerializer):
    other_names = other_names()
    parties = AgreementPartySerializer(many=True, read_only=True, source="parties.all")
    events = AgreementEventSerializer(many=True, read_only=True, source="event_links.all")

    class Meta(AgreementListSerializer.Meta):
        fields = [*AgreementListSerializer.Meta.fields, "description", "other_names", "parties", "events"]


# --- Source reports -----------------------------------------------------------


class SourceListSerializer(serializers.ModelSerializer):
    url = identity("source")
    html_url = HtmlUrlField()
    publisher = OrganizationRefSerializer(read_only=True, allow_null=True)
    original_url = OptionalURLField(source="url", help_text="Where the report was published, if known.")

    class Meta:
        model = SourceReport
        fields = [
            "slug",
            "url",
            "html_url",
            "title",
            "publisher",
            "author",
            "published_on",
            "original_url",
            "language",
            "created_at",
            "updated_at",
        ]


class SourceDetailSerializer(SourceListSerializer):
    class Meta(SourceListSerializer.Meta):
        fields = [*SourceListSerializer.Meta.fields, "text", "fingerprint", "editorial_note"]
