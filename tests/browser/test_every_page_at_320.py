"""Every kind of page at 320 CSS pixels, the narrowest phone a reader may use: nothing scrolls sideways, and axe-core
finds no serious or critical problem. Home, each list unfiltered, filtered and with no match, each kind of record
page, the figures, search with results, with none and refused, the error pages, sign-in, and the admin's meeting
list and forms.

A table or figure wider than the screen may scroll inside its own region (the page says so); the page itself must not.
"""

import pytest
from django.contrib.auth.models import User
from django.db.models import Count
from django.db.models.functions import Length

from meetings.models import Agreement, Country, Event, Forum, Organization, Person, SourceReport
from tests.browser.axe import serious_findings
from tests.browser.test_lists_for_every_reader import FILTERED
from tests.test_lists_for_readers import NO_MATCH

pytestmark = pytest.mark.browser

WIDTH = 320
LISTS = [
    "/events/",
    "/outcomes/",
    "/organizations/",
    "/people/",
    "/countries/",
    "/forums/",
    "/agreements/",
    "/sources/",
]


def busiest(queryset, *relations):
    """The record of queryset with the most related rows: the longest page of its kind."""
    counts = {f"n_{name}": Count(name, distinct=True) for name in relations}
    return queryset.annotate(**counts).order_by(*(f"-n_{name}" for name in relations), "pk").first()


def record_pages():
    records = [
        busiest(Event.objects.all(), "attendances", "participations"),
        Event.objects.filter(sessions__isnull=False).first(),
        Event.objects.exclude(status="held").first(),
        busiest(Organization.objects.all(), "participations"),
        busiest(Person.objects.all(), "attendances"),
        Country.objects.get(code="VN"),
        busiest(Forum.objects.all(), "events"),
        busiest(Agreement.objects.all(), "event_links"),
        SourceReport.objects.order_by(Length("text").desc()).first(),
    ]
    return [record.get_absolute_url() for record in records if record is not None]


def public_pages():
    return [
        "/",
        *LISTS,
        *FILTERED,
        *(url for url, _ in NO_MATCH),
        "/events/timeline/",
        "/events/matrix/",
        "/events/network/",
        "/compare/?country=la&country=th",
        *record_pages(),
        "/search/",
        "/search/?q=SOMTC",
        "/search/?q=Lao+PDR",
        "/search/?q=Do+Van+Hoanh",
        "/search/?q=zqxjv",
        "/api/docs/",
        "/login/",
    ]


def assert_fits(page, path):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTH, f"{path} is {width} px wide at {WIDTH} px"
    assert serious_findings(page) == [], path


@pytest.fixture
def narrow(browser, site):
    context = browser.new_context(viewport={"width": WIDTH, "height": 640})
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def test_every_public_page_fits_320_pixels_without_a_serious_finding(narrow, site):
    for path in public_pages():
        response = narrow.goto(f"{site}{path}")
        assert response.status == 200, path
        assert_fits(narrow, path)


def test_the_error_pages_and_a_refused_search_fit_320_pixels(narrow, site):
    for path, status in [
        ("/events/no-such-meeting/", 404),
        ("/no/such/page/", 404),
        ("/search/?q=" + "x" * 300, 400),
        ("/events/?country=zz", 400),
    ]:
        response = narrow.goto(f"{site}{path}")
        assert response.status == status, path
        assert_fits(narrow, path)


def test_the_admin_meeting_list_and_forms_fit_320_pixels(narrow, site):
    User.objects.create_superuser("ada", "ada@example.org", "a-long-admin-password")
    narrow.goto(f"{site}/admin/login/")
    assert_fits(narrow, "/admin/login/")
    narrow.get_by_label("Username").fill("ada")
    narrow.get_by_label("Password").fill("a-long-admin-password")
    narrow.get_by_role("button", name="Log in").click()
    narrow.wait_for_url(f"{site}/admin/")
    event = busiest(Event.objects.all(), "attendances", "participations")
    for path in ["/admin/meetings/event/", "/admin/meetings/event/add/", f"/admin/meetings/event/{event.pk}/change/"]:
        narrow.goto(f"{site}{path}")
        narrow.wait_for_timeout(200)  # admin-entry.js names the autocomplete boxes once select2 has drawn them
        assert_fits(narrow, path)
