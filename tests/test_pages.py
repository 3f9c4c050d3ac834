"""The home page and the pages of organizations, people, countries, forums, agreements and sources."""

import datetime

import pytest
from django.urls import reverse

from meetings.models import (
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
    OrganizationName,
    Outcome,
    OutcomeCitation,
    Participation,
    ParticipationCitation,
    Person,
    PersonName,
    Position,
    PositionCitation,
    SourceReport,
    Statement,
)

pytestmark = pytest.mark.django_db


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, f"{url} gave {response.status_code}"
    return response.content.decode()


def link(record):
    return f'href="{record.get_absolute_url()}"'


# --- Home -----------------------------------------------------------------


def test_home_counts_each_kind_of_record_and_links_to_its_list(client, seeded):
    html = page(client, "/")
    assert f"<strong>{Organization.objects.count()}</strong> Organizations" in html
    assert f"<strong>{Person.objects.count()}</strong> People" in html
    assert f"<strong>{Event.objects.top_level().count()}</strong> Meetings" in html
    for name in ("organization-list", "person-list", "event-list", "agreement-list", "source-list", "forum-list"):
        assert f'href="{reverse(f"meetings:{name}")}"' in html


def test_home_shows_latest_meetings_forums_and_a_labelled_search_box(client, seeded):
    html = page(client, "/")
    latest = Event.objects.get(slug="2024-international-people-smuggling-strategic-dialogue")
    assert link(latest) in html
    assert link(Forum.objects.get(slug="commit-som")) in html
    assert 'action="/search/"' in html and 'name="q"' in html
    assert '<label for="home-q">' in html
    assert "Meetings by country" in html


# --- Organizations --------------------------------------------------------


def test_oipa_page_lists_do_van_hoanh_as_its_director_general(client, seeded):
    html = page(client, "/organizations/oipa/")
    assert "Office of Investigation Police Agency" in html
    assert link(Person.objects.get(slug="do-van-hoanh")) in html
    assert "Director General" in html
    assert link(Country.objects.get(code="VN")) in html
    assert link(Organization.objects.get(slug="mps")) in html  # its parent ministry


def test_organization_page_keeps_former_office_holders_apart_from_current(client, seeded):
    oipa = Organization.objects.get(slug="oipa")
    former = Person.objects.create(name="Former Head")
    Position.objects.create(
        person=former,
        organization=oipa,
        title="Director General",
        start_date=datetime.date(2015, 1, 1),
        start_date_precision="year",
        end_date=datetime.date(2019, 1, 1),
        end_date_precision="year",
    )
    html = page(client, "/organizations/oipa/")
    current_part, former_part = html.split("<h3>Former</h3>")
    assert "Do Van Hoanh" in current_part and "Former Head" not in current_part
    assert "Former Head" in former_part and "2015 – 2019" in former_part


def test_aseanapol_page_lists_its_member_countries_and_citing_sources(client, seeded):
    html = page(client, "/organizations/aseanapol/")
    members_part = html.split("<h2>Members</h2>")[1]
    assert link(Country.objects.get(code="LA")) in members_part
    assert "<h2>Source reports</h2>" in html


def test_organization_page_lists_each_meeting_once_with_the_roles_it_played(client, seeded):
    secretariat = Organization.objects.get(slug="aseanapol-secretariat")
    html = page(client, secretariat.get_absolute_url())
    meetings_part = html.split("<h2>Meetings, latest first</h2>")[1].split("<h2>")[0]
    for participation in Participation.objects.filter(organization=secretariat).select_related("event"):
        assert meetings_part.count(link(participation.event)) == 1
        item = meetings_part.split(link(participation.event))[1].split("</li>")[0]
        assert f'<span class="badge badge-neutral">{participation.get_role_display()}</span>' in item


def test_organization_list_filters_by_kind_country_and_words(client, seeded):
    html = page(client, "/organizations/?country=vn")
    assert link(Organization.objects.get(slug="oipa")) in html
    assert link(Organization.objects.get(slug="undp")) not in html
    html = page(client, "/organizations/?kind=un_agency")
    assert link(Organization.objects.get(slug="undp")) in html
    assert link(Organization.objects.get(slug="oipa")) not in html
    html = page(client, "/organizations/?q=investigation")
    assert link(Organization.objects.get(slug="oipa")) in html
    assert link(Organization.objects.get(slug="undp")) not in html


def test_organization_list_accepts_upper_case_country_code(client, seeded):
    assert link(Organization.objects.get(slug="oipa")) in page(client, "/organizations/?country=VN")


# --- People ---------------------------------------------------------------


def test_person_page_shows_other_names_positions_meetings_and_statements(client, seeded):
    html = page(client, "/people/do-van-hoanh/")
    assert "Đỗ Văn Hoanh" in html
    assert "Police Major General" in html
    assert link(Organization.objects.get(slug="oipa")) in html
    attendance = Attendance.objects.filter(person__slug="do-van-hoanh").select_related("event").first()
    assert link(attendance.event) in html
    assert attendance.get_role_display() in html
    statement = Statement.objects.filter(attendance__person__slug="do-van-hoanh").select_related("source").first()
    assert statement.text[:40] in html
    assert link(statement.source) in html


def test_person_list_filters_by_nationality_and_organization(client, seeded):
    hoanh, wiesen = Person.objects.get(slug="do-van-hoanh"), Person.objects.get(slug="caitlin-wiesen")
    html = page(client, "/people/?country=vn")
    assert link(hoanh) in html
    html = page(client, "/people/?organization=undp")
    assert link(wiesen) in html and link(hoanh) not in html
    html = page(client, "/people/?q=hoanh")
    assert link(hoanh) in html and link(wiesen) not in html


# --- Countries ------------------------------------------------------------


def test_laos_page_lists_the_events_it_attended(client, seeded):
    html = page(client, "/countries/la/")
    attended = Event.objects.filter(participations__country_id="LA").distinct()
    assert attended.exists()
    for event in attended:
        assert link(event) in html
    assert "Member delegation" in html
    assert 'href="/events/?country=la"' in html
    assert 'href="/events/?host_country=la"' not in html  # it hosted none, so no link to an empty list


def test_viet_nam_page_lists_hosted_meetings_organizations_and_officials(client, seeded):
    html = page(client, "/countries/vn/")
    for event in Event.objects.filter(country_id="VN"):
        assert link(event) in html
    assert link(Organization.objects.get(slug="oipa")) in html
    assert link(Person.objects.get(slug="do-van-hoanh")) in html
    assert 'href="/events/?host_country=vn"' in html


def test_upper_case_country_code_redirects_permanently_to_lower_case(client, seeded):
    response = client.get("/countries/LA/")
    assert response.status_code == 301
    assert response["Location"] == "/countries/la/"


def test_unknown_country_code_is_not_found(client, seeded):
    for code in ["xx", "lao", "l4", "XX"]:
        response = client.get(f"/countries/{code}/", follow=True)
        assert response.status_code == 404, code


def test_country_list_shows_only_countries_that_took_part_with_counts(client, seeded):
    html = page(client, "/countries/")
    assert link(Country.objects.get(code="LA")) in html
    assert link(Country.objects.get(code="VN")) in html
    assert link(Country.objects.get(code="FR")) not in html
    assert 'href="/events/?country=la"' in html


# --- Forums ---------------------------------------------------------------


def test_forum_page_shows_its_convener_and_meetings_in_date_order(client, seeded):
    forum = Forum.objects.get(slug="aseanapol-conference")
    html = page(client, forum.get_absolute_url())
    assert link(forum.convened_by) in html
    events = list(forum.events.top_level().order_by("start_date"))
    positions = [html.index(link(event)) for event in events]
    assert positions == sorted(positions)
    assert 'href="/events/?forum=aseanapol-conference"' in html


def test_forum_timeline_marks_inferred_dates_and_numbers(client, seeded):
    html = page(client, "/forums/commit-som/")
    assert "14th" in html
    assert 'class="inferred"' in html


def test_forum_list_links_each_forum_with_its_count(client, seeded):
    html = page(client, "/forums/")
    for forum in Forum.objects.all():
        assert link(forum) in html


# --- Agreements -----------------------------------------------------------


def test_agreement_page_lists_parties_and_meetings_by_what_they_did_with_it(client, seeded):
    actip = Agreement.objects.get(slug="actip")
    AgreementParty.objects.create(
        agreement=actip, country_id="LA", action="ratification", date=datetime.date(2016, 3, 1), date_precision="month"
    )
    html = page(client, "/agreements/actip/")
    assert "ACTIP" in html
    assert link(Country.objects.get(code="LA")) in html
    assert "Ratification" in html and "March 2016" in html
    assert link(actip.organization) in html
    meetings_part = html.split("<h2>At meetings</h2>")[1].split("<h2>")[0]
    for relation, label in EventAgreement.Relation.choices:
        links = EventAgreement.objects.filter(agreement=actip, relation=relation).order_by("-event__start_date")
        if not links:
            assert f"<h3>{label} " not in meetings_part
            continue
        # Under each relation, its number and the meetings newest first.
        relation_part = meetings_part.split(f'<h3>{label} <span class="meta">({len(links)})</span></h3>')[1]
        relation_part = relation_part.split("<h3>")[0]
        positions = [relation_part.index(f'href="{link.event.get_absolute_url()}"') for link in links]
        assert positions == sorted(positions)
    assert "Outcomes concerning it" in html


def test_agreement_list_filters_by_kind(client, seeded):
    html = page(client, "/agreements/?kind=protocol")
    assert link(Agreement.objects.get(slug="tip-protocol")) in html
    assert link(Agreement.objects.get(slug="actip")) not in html


# --- Sources (list; the detail page is in test_sources.py) ----------------


def test_source_list_links_each_report(client, seeded):
    html = page(client, "/sources/")
    for source in SourceReport.objects.all():
        assert link(source) in html


# --- Bad input ------------------------------------------------------------


BAD_LIST_REQUESTS = [
    ("/organizations/?country=zz", "Unknown country code"),
    ("/organizations/?kind=spaceship", "Select a valid choice"),
    ("/organizations/?page=0", "whole number"),
    ("/organizations/?page=abc", "whole number"),
    ("/organizations/?page=999", "no page 999"),
    ("/people/?organization=no-such-body", "No organization has this identifier"),
    ("/people/?country=12", "Unknown country code"),
    ("/agreements/?kind=treaty", "Select a valid choice"),
    ("/sources/?year=abc", "Enter a whole number"),
    ("/forums/?organization=nobody", "No organization has this identifier"),
    ("/countries/?q=" + "x" * 300, "at most 200 characters"),
]


def test_bad_list_parameters_show_the_page_with_status_400_and_the_problem(client, seeded):
    for url, message in BAD_LIST_REQUESTS:
        html = page(client, url, status=400)
        assert "This list cannot be shown as asked" in html, url
        assert message in html, url
        assert '<form class="list-form' in html, url  # the page itself, so the reader can correct it


def test_unknown_slug_is_not_found_in_the_site_layout(client, seeded):
    for url in [
        "/organizations/no-such-body/",
        "/people/nobody/",
        "/forums/no-forum/",
        "/agreements/no-treaty/",
        "/sources/no-report/",
    ]:
        html = page(client, url, status=404)
        assert "Page not found" in html, url
        assert 'class="site-header"' in html, url


# --- Query counts ---------------------------------------------------------


def add_many_rows(n=25):
    """Rows around the records the pages show, so a page that queries per row would be caught."""
    oipa = Organization.objects.get(slug="oipa")
    hoanh = Person.objects.get(slug="do-van-hoanh")
    laos = Country.objects.get(code="LA")
    forum = Forum.objects.get(slug="commit-som")
    actip = Agreement.objects.get(slug="actip")
    source = SourceReport.objects.get(slug="aseanapol-virtual-dialogue-tip-2021")
    other_countries = list(Country.objects.exclude(code="LA").order_by("code")[:n])
    passage = "The two days dialogue were attended by 10 ASEANAPOL Member Countries"
    for i in range(n):
        org = Organization.objects.create(name=f"Extra Agency {i}", kind="agency", country=laos, parent=oipa)
        OrganizationName.objects.create(organization=org, name=f"Extra Agency Number {i}")
        person = Person.objects.create(name=f"Extra Person {i}", nationality=laos)
        PersonName.objects.create(person=person, name=f"Extra Person Alias {i}")
        held = Position.objects.create(
            person=person,
            organization=oipa,
            title="Officer",
            start_date=datetime.date(2010, 1, 1),
            end_date=datetime.date(2012, 1, 1) if i % 2 else None,
        )
        PositionCitation.objects.create(position=held, source=source, passage=passage)
        Position.objects.create(person=hoanh, organization=org, title=f"Adviser {i}")
        event = Event.objects.create(
            title=f"Extra meeting {i}",
            forum=forum,
            number=100 + i,
            start_date=datetime.date(2022, 1, 1 + i),
            country=laos,
        )
        Event.objects.create(title=f"Extra session {i}", parent=event, start_date=datetime.date(2022, 1, 1 + i))
        EventCitation.objects.create(event=event, source=source, passage=passage)
        for participant in (
            {"organization": oipa, "role": "guest"},
            {"country": laos, "role": "member_delegation"},
            {"organization": org, "role": "host"},
        ):
            participation = Participation.objects.create(event=event, **participant)
            ParticipationCitation.objects.create(participation=participation, source=source, passage=passage)
        attendance = Attendance.objects.create(
            event=event, person=hoanh, role="speaker", organization=oipa, country=laos
        )
        AttendanceCitation.objects.create(attendance=attendance, source=source, passage=passage)
        Statement.objects.create(attendance=attendance, kind="paraphrase", text=f"Said thing {i}", source=source)
        membership = Membership.objects.create(organization=oipa, member_organization=org)
        MembershipCitation.objects.create(membership=membership, source=source, passage=passage)
        Membership.objects.create(organization=org, member_country=laos)
        party = AgreementParty.objects.create(agreement=actip, country=other_countries[i], action="ratification")
        AgreementPartyCitation.objects.create(party=party, source=source, passage=passage)
        AgreementParty.objects.create(agreement=actip, organization=org, action="signature")
        link_row = EventAgreement.objects.create(event=event, agreement=actip, relation="discussed")
        EventAgreementCitation.objects.create(link=link_row, source=source, passage=passage)
        outcome = Outcome.objects.create(event=event, kind="decision", text=f"Decided {i}", status="adopted")
        outcome.agreements.add(actip)
        OutcomeCitation.objects.create(outcome=outcome, source=source, passage=passage)
        Agreement.objects.create(name=f"Extra plan {i}", kind="plan_of_action", organization=oipa)
        SourceReport.objects.create(
            title=f"Extra report {i}", text=f"Extra report {i} on OIPA and Lao PDR.", publisher=oipa
        )
        Forum.objects.create(name=f"Extra forum {i}", convened_by=org)


# The bound for each page: the same with the seed alone and with many more rows.
QUERY_BOUNDS = {
    "/": 9,
    "/organizations/": 4,  # the count, the rows, and the menus of countries and of organizations with units
    "/organizations/?kind=agency&country=la&q=extra": 6,
    # Its units take a query a level, three levels at most; then its history with its roles there, its proposals.
    "/organizations/oipa/": 20,
    "/people/": 6,
    "/people/?organization=oipa&country=la": 8,
    "/people/do-van-hoanh/": 10,
    "/countries/": 2,
    "/countries/la/": 14,  # and its history and the by-forum counts
    "/forums/": 4,
    "/forums/commit-som/": 3,  # and each meeting's first outcomes
    "/agreements/": 4,
    "/agreements/actip/": 15,  # and the meetings its outcomes were sent on to
    "/sources/": 4,  # the count, the page's ids in the list's order, its rows, the menu of publishers
    "/sources/aseanapol-virtual-dialogue-tip-2021/": 14,
}


def assert_fixed_query_counts(client, django_assert_max_num_queries):
    for url, bound in QUERY_BOUNDS.items():
        with django_assert_max_num_queries(bound, info=url):
            response = client.get(url)
        assert response.status_code == 200, url


def test_pages_run_a_fixed_number_of_queries_with_the_seed(client, seeded, django_assert_max_num_queries):
    assert_fixed_query_counts(client, django_assert_max_num_queries)


def test_pages_run_the_same_number_of_queries_with_many_more_rows(client, seeded, django_assert_max_num_queries):
    add_many_rows()
    assert_fixed_query_counts(client, django_assert_max_num_queries)
