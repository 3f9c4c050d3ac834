"""The people list: its filters, rows and order, and CSV columns; the page, the CSV and the API use it."""

from django.db.models import Exists, F, OuterRef, Prefetch, Q

from ..models import Attendance, Country, FacetName, Organization, Person, PersonName, Position
from .base import CountryChoiceFilter, ListFilterSet, SlugChoiceFilter, busiest, page_url, text_filter


def nationalities():
    return Country.objects.filter(Exists(Person.objects.filter(nationality=OuterRef("pk")))).only("code", "name")


def countries_with_officials():
    """The countries Person.objects.officials_of() finds someone for: a national, or a post in its organizations."""
    # Two uncorrelated sets, each read once: per country, the posts in its organizations were probed by reading
    # every organization again (0.46 s at 100,000 meetings, 249 countries by 5,000 organizations).
    with_posts = Organization.objects.filter(Exists(Position.objects.filter(organization=OuterRef("pk"))))
    return Country.objects.filter(
        Q(code__in=Person.objects.filter(nationality__isnull=False).values("nationality"))
        | Q(code__in=with_posts.filter(country__isnull=False).values("country"))
    ).only("code", "name")


def organizations_with_people():
    """The organizations Person.objects.involving_organization() finds someone for: a post, or a meeting attended."""
    return Organization.objects.filter(
        Exists(Position.objects.filter(organization=OuterRef("pk")))
        | Exists(Attendance.objects.filter(organization=OuterRef("pk")))
    ).only("pk", "slug", "name", "acronym")


class PersonFilter(ListFilterSet):
    q = text_filter()
    country = CountryChoiceFilter(
        field_name="nationality", label="Nationality", empty_label="Any country", menu=nationalities
    )
    organization = SlugChoiceFilter(
        queryset=Organization.objects.all(),
        method="filter_organization",
        label="Organization",
        label_name="organization",
        empty_label="Any organization",
        menu=lambda: busiest(organizations_with_people(), FacetName.ORGANIZATION),
        find=(
            "meetings:organization-list",
            "Another organization? Find it in the list of organizations: its page links to its people.",
        ),
    )
    official_of = CountryChoiceFilter(
        method="filter_official_of", label="Official of", empty_label="Any country", menu=countries_with_officials
    )

    csv_filename = "kbase-people.csv"
    csv_header = [
        "slug",
        "name",
        "name_without_diacritics",
        "honorific_prefix",
        "given_name",
        "family_name",
        "nationality_code",
        "nationality",
        "url",
    ]

    class Meta(ListFilterSet.Meta):
        model = Person

    def rows(self, queryset):
        return queryset.order_by("name", "pk")

    def filter_official_of(self, queryset, name, country):
        return queryset.officials_of(country)

    def filter_organization(self, queryset, name, organization):
        return queryset.involving_organization(organization)

    def page_queryset(self, queryset):
        return queryset.select_related("nationality").prefetch_related(
            Prefetch(
                "positions",
                Position.objects.select_related("organization").order_by(
                    F("end_date").desc(nulls_first=True), F("as_of").desc(nulls_last=True)
                ),
            )
        )

    def csv_queryset(self, queryset):
        written = PersonName.objects.filter(kind=PersonName.Kind.WITH_DIACRITICS).order_by("pk")
        return queryset.select_related("nationality").prefetch_related(
            Prefetch("other_names", written, to_attr="written_names")
        )

    def csv_row(self, request, p):
        # The name as the reports write it, diacritics and all (Đỗ Văn Hoanh), where it is recorded; the plain
        # spelling the record goes by (Do Van Hoanh) in a column of its own, for matching with other lists.
        written = p.written_names[0].name if p.written_names else ""
        return [
            p.slug,
            written or p.name,
            p.name if written else "",
            p.honorific_prefix,
            p.given_name,
            p.family_name,
            p.nationality_id.lower() if p.nationality_id else "",
            p.nationality.name if p.nationality else "",
            page_url(request, p),
        ]
