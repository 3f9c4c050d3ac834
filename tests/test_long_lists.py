"""Record pages with far more rows than they show: the latest rows, the total, and a link to the list of all.

Each test counts a page's queries with a few rows in each list, then adds many more with bulk_create, dated
after everything else, so they are the latest: the page must show the newest of them, leave the older ones to
the full list, and run no more queries than with a few.
"""

import csv
import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings import facets
from meetings.models import (
    Agreement,
    Attendance,
    Country,
    Event,
    EventAgreement,
    Forum,
    Organization,
    Outcome,
    Participation,
    Person,
    Position,
    SourceReport,
)
from meetings.views.pages import (
    HOME_FORUMS,
    LIST_ROWS,
    RECENT_ROWS,
    RELATION_ROWS,
    TIMELINE_ROWS,
    name_index,
)

pytestmark = pytest.mark.django_db

MANY = 40
FIRST_DAY = datetime.date(2030, 1, 1)


def bulk_meetings(n=MANY, prefix="bulk", first_day=FIRST_DAY, **fields):
    """n meetings a day apart from 2030 on (later than any in the seed), oldest first."""
    events = Event.objects.bulk_create(
        Event(
            slug=f"{prefix}-meeting-{i}",
            title=f"{prefix.title()} meeting {i}",
            start_date=first_day + datetime.timedelta(days=i),
            **fields,
        )
        for i in range(n)
    )
    return loaded(events)


def loaded(rows=None):
    """rows, after the facet table is rebuilt: bulk_create sends no signals, so bulk loads rebuild it themselves."""
    facets.rebuild()
    return rows


def a_few_meetings(**fields):
    """Two meetings in 2029, before the many of bulk_meetings()."""
    return bulk_meetings(n=2, prefix="few", first_day=datetime.date(2029, 1, 1), **fields)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        get(client, url)
    return len(context.captured_queries)


def section(html, heading, level="h2"):
    """The part of the page from a heading to the next heading of the same level or above."""
    part = html.split(heading, 1)[1]
    for stop in ("<h2", "<h3")[: 2 if level == "h3" else 1]:
        part = part.split(stop, 1)[0]
    return part


def items(part):
    """How many items the first list of a part of the page holds."""
    return part.split("</ul>", 1)[0].count("<li>")


def links_to(html, events):
    return [event for event in events if f'href="{event.get_absolute_url()}"' in html]


def records_count(client, url):
    """The number of records a record list (organizations, people, forums, sources) says it holds."""
    return int(re.search(r'class="results-title"[^>]*>(\d+) ', get(client, url)).group(1))


def list_count(client, url, noun="meeting"):
    """The number of records the linked list says it holds ("40 meetings")."""
    match = re.search(rf'class="results-title">(\d+) {noun}', get(client, url))
    assert match, url
    return int(match.group(1))


def test_organization_page_shows_its_latest_meetings_with_counts_and_a_link_to_all(
    client, seeded, django_assert_max_num_queries
):
    oipa = Organization.objects.get(slug="oipa")
    hoanh = Person.objects.get(slug="do-van-hoanh")
    url = oipa.get_absolute_url()

    def take_part(events):
        Participation.objects.bulk_create(Participation(event=e, organization=oipa, role="guest") for e in events)
        Attendance.objects.bulk_create(
            Attendance(event=e, person=hoanh, organization=oipa, role="delegate") for e in events
        )
        loaded()

    take_part(a_few_meetings())
    before = queries_for(client, url)
    events = bulk_meetings()
    take_part(events)

    with django_assert_max_num_queries(before):
        html = get(client, url)

    # Its latest meetings, each once with the role it had; how many in all, and the meeting list for the rest.
    history = section(html, "<h2>Meetings, latest first</h2>")
    assert links_to(history, events) == events[-RECENT_ROWS:]  # the newest, none older
    assert history.count(">Guest</span>") == RECENT_ROWS
    meetings = list_count(client, "/events/?organization=oipa")
    assert f"Showing the latest {RECENT_ROWS} of " in history
    assert f'<a href="/events/?organization=oipa">The {meetings} it took part in or sent people to itself' in html

    represented = section(html, "<h2>People who represented it</h2>")
    attendances = Attendance.objects.filter(organization=oipa).count()
    assert len(links_to(represented, events)) == RECENT_ROWS
    assert f"Showing the latest {RECENT_ROWS} of {attendances}." in represented
    assert 'href="/people/?organization=oipa"' in represented


def test_organization_page_bounds_its_units_posts_and_reports(client, seeded, django_assert_max_num_queries):
    mps = Organization.objects.get(slug="mps")
    url = mps.get_absolute_url()
    before = queries_for(client, url)
    units = Organization.objects.bulk_create(
        Organization(slug=f"unit-{i:02d}", name=f"Unit {i:02d}", kind="agency", parent=mps) for i in range(MANY)
    )
    people = Person.objects.bulk_create(Person(slug=f"officer-{i}", name=f"Officer {i}") for i in range(MANY))
    Position.objects.bulk_create(Position(person=p, organization=mps, title="Officer") for p in people)
    SourceReport.objects.bulk_create(
        SourceReport(slug=f"bulletin-{i}", title=f"Bulletin {i}", text=f"Bulletin {i}", fingerprint=f"{i:064x}",
                     publisher=mps, published_on=FIRST_DAY + datetime.timedelta(days=i))
        for i in range(MANY)
    )  # fmt: skip

    with django_assert_max_num_queries(before):
        html = get(client, url)

    unit_part = section(html, "<h2>Units</h2>")
    total_units = mps.children.count()
    assert items(unit_part) == LIST_ROWS
    assert f'href="{units[0].get_absolute_url()}"' in unit_part  # by name: Unit 00 comes first
    assert f'<a href="/organizations/?parent=mps">All {total_units} units →</a>' in unit_part
    assert records_count(client, "/organizations/?parent=mps") == total_units

    people_part = section(html, "<h2>People</h2>")
    assert people_part.count("Officer ") == RECENT_ROWS  # current posts
    assert 'href="/people/?organization=mps"' in people_part

    reports = section(html, "<h2>Source reports</h2>")
    assert items(reports) == RECENT_ROWS
    assert 'href="/sources/bulletin-39/"' in reports and 'href="/sources/bulletin-0/"' not in reports
    total_reports = records_count(client, "/sources/?organization=mps")
    assert total_reports > MANY  # its bulletins, and a report cited for a post in it
    assert f'<a href="/sources/?organization=mps">All {total_reports} reports →</a>' in reports


def test_country_page_shows_its_latest_meetings_once_each_with_totals(client, seeded, django_assert_max_num_queries):
    url = "/countries/la/"
    laos = Country.objects.get(code="LA")
    a_few_meetings(country=laos)
    before = queries_for(client, url)
    bulk_meetings(prefix="hosted", country=laos)
    # Taken part in after the hosted ones, so the latest meetings are these.
    attended = bulk_meetings(prefix="attended", first_day=FIRST_DAY + datetime.timedelta(days=MANY))
    Participation.objects.bulk_create(Participation(event=e, country=laos, role="member_delegation") for e in attended)
    loaded()

    with django_assert_max_num_queries(before):
        html = get(client, url)

    assert f'href="/events/?host_country=la">{MANY + 2} meetings it hosted</a>' in html
    assert list_count(client, "/events/?host_country=la") == MANY + 2

    # Its latest meetings, any role, each once and saying its role; the rest are in the meeting list, which it says.
    history = section(html, "<h2>Meetings, latest first</h2>")
    assert links_to(history, attended) == attended[-RECENT_ROWS:]
    assert history.count(">Member delegation</span>") == RECENT_ROWS
    involved = list_count(client, "/events/?country=la")
    assert involved > 2 * MANY
    assert f"Showing the latest {RECENT_ROWS} of {involved}." in history
    assert f'<a href="/events/?country=la">All {involved} meetings, with filters →</a>' in history


def test_country_page_bounds_its_organizations_officials_and_forums(client, seeded, django_assert_max_num_queries):
    url = "/countries/vn/"
    before = queries_for(client, url)
    viet_nam = Country.objects.get(code="VN")
    Organization.objects.bulk_create(
        Organization(slug=f"vn-office-{i}", name=f"Office {i:02d}", kind="agency", country=viet_nam)
        for i in range(MANY)
    )
    Person.objects.bulk_create(Person(slug=f"vn-official-{i}", name=f"Official {i:02d}", nationality=viet_nam)
                               for i in range(MANY))  # fmt: skip
    forums = Forum.objects.bulk_create(Forum(slug=f"vn-forum-{i}", name=f"Forum {i:02d}") for i in range(MANY))
    Event.objects.bulk_create(
        Event(slug=f"vn-forum-meeting-{i}", title=f"Meeting {i}", forum=f, country=viet_nam, start_date=FIRST_DAY)
        for i, f in enumerate(forums)
    )
    loaded()

    with django_assert_max_num_queries(before):
        html = get(client, url)

    organizations = section(html, "<h2>Its organizations</h2>")
    assert items(organizations) == LIST_ROWS
    total = Organization.objects.filter(country=viet_nam).count()
    assert f'<a href="/organizations/?country=vn">All {total} organizations →</a>' in organizations

    officials = section(html, "<h2>Officials</h2>")
    assert items(officials) == LIST_ROWS
    people_list = get(client, "/people/?official_of=vn")
    total = records_count(client, "/people/?official_of=vn")
    assert f'<a href="/people/?official_of=vn">All {total} officials →</a>' in officials
    assert 'href="/people/do-van-hoanh/"' in people_list  # a Vietnamese official of the seed

    forum_part = section(html, "<h2>Forums</h2>")
    assert items(forum_part) == LIST_ROWS
    forum_list = get(client, "/forums/?country=vn")
    total = records_count(client, "/forums/?country=vn")
    assert f'<a href="/forums/?country=vn">All {total} forums →</a>' in forum_part
    assert 'href="/forums/commit-som/"' in forum_list  # Viet Nam hosted the 14th COMMIT SOM


def test_person_page_shows_the_latest_meetings_and_links_to_all(client, seeded, django_assert_max_num_queries):
    hoanh = Person.objects.get(slug="do-van-hoanh")
    url = hoanh.get_absolute_url()
    Attendance.objects.bulk_create(Attendance(event=e, person=hoanh, role="speaker") for e in a_few_meetings())
    before = queries_for(client, url)
    events = bulk_meetings()
    Attendance.objects.bulk_create(Attendance(event=e, person=hoanh, role="speaker") for e in events)
    loaded()

    with django_assert_max_num_queries(before):
        html = get(client, url)

    meetings = section(html, "<h2>Meetings</h2>")
    assert links_to(meetings, events) == events[-RECENT_ROWS:]
    assert f"Showing the latest {RECENT_ROWS} of {hoanh.attendances.count()}." in meetings
    total = list_count(client, "/events/?person=do-van-hoanh")
    assert f'<a href="/events/?person=do-van-hoanh">All {total} meetings in the meeting list' in meetings


def test_forum_page_shows_the_latest_meetings_in_date_order_and_links_to_all(
    client, seeded, django_assert_max_num_queries
):
    forum = Forum.objects.get(slug="commit-som")
    url = forum.get_absolute_url()
    before = queries_for(client, url)
    events = bulk_meetings(n=TIMELINE_ROWS + 10, forum=forum)

    with django_assert_max_num_queries(before):
        html = get(client, url)

    shown = links_to(html, events)
    assert shown == events[-TIMELINE_ROWS:]  # the latest fifty, none older
    positions = [html.index(f'href="{event.get_absolute_url()}"') for event in shown]
    assert positions == sorted(positions)  # oldest first, as a timeline reads
    total = forum.events.top_level().count()
    assert f"<dt>Meetings recorded</dt><dd>{total}</dd>" in html
    assert f"The latest {TIMELINE_ROWS} of {total} meetings." in html
    assert 'href="/events/?forum=commit-som&amp;sort=date"' in html
    assert list_count(client, "/events/?forum=commit-som") == total


def test_agreement_page_bounds_meetings_per_relation_and_outcomes(client, seeded, django_assert_max_num_queries):
    actip = Agreement.objects.get(slug="actip")
    url = actip.get_absolute_url()

    def cite(events, prefix):
        EventAgreement.objects.bulk_create(EventAgreement(event=e, agreement=actip, relation="cited") for e in events)
        outcomes = Outcome.objects.bulk_create(
            Outcome(event=e, kind="statement", status="noted", text=f"{prefix} ACTIP {i}") for i, e in enumerate(events)
        )
        actip.outcomes.add(*outcomes)

    cite(a_few_meetings(), "Recalled")
    before = queries_for(client, url)
    events = bulk_meetings()
    cite(events, "Noted")

    with django_assert_max_num_queries(before):
        html = get(client, url)

    in_all = EventAgreement.objects.filter(agreement=actip, relation="cited").count()
    cited = section(html, f'<h3>Cited <span class="meta">({in_all})</span></h3>', "h3")
    assert links_to(cited, events) == events[-RELATION_ROWS:]
    total = list_count(client, "/events/?agreement=actip")
    assert total == EventAgreement.objects.filter(agreement=actip).values("event").distinct().count()
    assert f'<a href="/events/?agreement=actip">All {total} meetings that adopted, discussed or cited it' in html

    outcome_part = section(html, "<h2>Outcomes concerning it</h2>")
    assert outcome_part.count("Noted ACTIP") == RECENT_ROWS and "Noted ACTIP 39" in outcome_part
    total = actip.outcomes.count()
    assert f'<a href="/outcomes/?agreement=actip">All {total} outcomes →</a>' in outcome_part
    assert list_count(client, "/outcomes/?agreement=actip", noun="outcome") == total


def test_home_page_shows_the_busiest_forums_and_links_to_all(client, seeded, django_assert_max_num_queries):
    before = queries_for(client, "/")
    forums = Forum.objects.bulk_create(Forum(slug=f"series-{i}", name=f"Series {i:02d}") for i in range(MANY))
    busiest = forums[7]
    bulk_meetings(n=20, forum=busiest)

    with django_assert_max_num_queries(before):
        html = get(client, "/")

    forum_part = section(html, '<h2 id="forums-heading">Forums</h2>', "section")
    assert items(forum_part) == HOME_FORUMS
    first = forum_part.split("<li>")[1]
    assert f'href="{busiest.get_absolute_url()}"' in first and "20 meetings" in first
    assert f'<a href="/forums/">All {Forum.objects.count()} forums</a>' in forum_part


# --- The filters the pages link to: one FilterSet for the page, the CSV and the API ----------------------


def test_event_list_filters_by_agreement_in_page_csv_and_api(client, seeded):
    actip = Agreement.objects.get(slug="actip")
    expected = {link.event.slug for link in EventAgreement.objects.filter(agreement=actip).select_related("event")}
    assert expected
    other = Event.objects.top_level().exclude(slug__in=expected).first()
    html = get(client, "/events/?agreement=actip")
    for slug in expected:
        assert f'href="/events/{slug}/"' in html
    assert f'href="{other.get_absolute_url()}"' not in html
    assert str(actip) in html  # the filter's chip names the agreement
    response = client.get("/events.csv?agreement=actip")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode().lstrip("\ufeff"))))
    assert len(rows) == len(expected)
    assert client.get("/api/events/?agreement=actip").json()["count"] == len(expected)


def test_new_filters_refuse_unknown_values_with_status_400(client, seeded):
    assert "No agreement has this identifier" in client.get("/events/?agreement=no-such-treaty").content.decode()
    assert client.get("/events/?agreement=no-such-treaty").status_code == 400
    for url, message in [
        ("/organizations/?parent=nobody", "No organization has this identifier"),
        ("/people/?official_of=zz", "Unknown country code"),
        ("/forums/?country=12", "Unknown country code"),
        ("/sources/?organization=%00", "No organization has this identifier"),
    ]:
        response = client.get(url)
        assert response.status_code == 400, url
        assert message in response.content.decode(), url


def test_people_list_filters_by_the_country_they_serve_or_belong_to(client, seeded):
    viet_nam = Country.objects.get(code="VN")
    posted = Person.objects.create(name="Posted Abroad")  # no nationality, a post in a Vietnamese office
    Position.objects.create(person=posted, organization=Organization.objects.get(slug="oipa"), title="Adviser")
    html = get(client, "/people/?official_of=vn")
    assert 'href="/people/do-van-hoanh/"' in html
    assert f'href="{posted.get_absolute_url()}"' in html
    assert 'href="/people/caitlin-wiesen/"' not in html
    assert Person.objects.filter(nationality=viet_nam).exists()


def test_forum_organization_and_source_lists_filter_as_the_record_pages_link_them(client, seeded):
    assert 'href="/forums/commit-som/"' in get(client, "/forums/?country=vn")
    assert 'href="/forums/commit-som/"' not in get(client, "/forums/?country=fr")
    children = Organization.objects.get(slug="mps").children.all()
    html = get(client, "/organizations/?parent=mps")
    assert children and all(f'href="{o.get_absolute_url()}"' in html for o in children)
    assert 'href="/organizations/undp/"' not in html
    # Reports cited for a part the secretariat played, or that it published.
    secretariat = Organization.objects.get(slug="aseanapol-secretariat")
    html = get(client, "/sources/?organization=aseanapol-secretariat")
    published = SourceReport.objects.filter(publisher=secretariat)
    assert published and all(f'href="{s.get_absolute_url()}"' in html for s in published)
    assert client.get("/api/sources/?organization=aseanapol-secretariat").status_code == 200
    response = client.get("/sources.csv?organization=aseanapol-secretariat")
    assert response.status_code == 200


# --- The source page's names ----------------------------------------------------------------------------


def test_source_page_links_only_names_that_occur_in_its_text(seeded):
    Person.objects.bulk_create(Person(slug=f"unrelated-{i}", name=f"Unrelated Person {i}") for i in range(MANY))
    text = "The ASEAN-led talks: Do Van Hoanh and the ministry of public security met in Lao PDR. Mps."
    names = name_index(text)
    assert names["Do Van Hoanh"][0] == "/people/do-van-hoanh/"
    assert names["Ministry of Public Security"][0] == "/organizations/mps/"  # several words: any capitals
    assert names["Lao PDR"][0] == "/countries/la/"
    assert "ASEAN" in names  # inside "ASEAN-led"
    assert "MPS" not in names  # one word: only as written
    assert not any(name.startswith("Unrelated") for name in names)
