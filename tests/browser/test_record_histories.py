"""Meeting pages read at a glance, and record pages read as histories, in a real browser: how tall each seeded
meeting's page is on a desktop screen, that every citation still opens, and what axe-core finds."""

import os

import pytest

from meetings.models import Event
from tests.browser.axe import serious_findings

pytestmark = pytest.mark.browser

# Two screens of a 1366 x 768 laptop: the bound for every seeded meeting.
MAX_MEETING_HEIGHT = 2 * 768


@pytest.fixture
def desktop(browser, site):
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    yield context.new_page()
    context.close()


def test_every_seeded_meeting_page_fits_two_desktop_screens_and_every_citation_opens(desktop, site):
    heights = {}
    for event in Event.objects.all():
        desktop.goto(f"{site}{event.get_absolute_url()}")
        heights[event.slug] = desktop.evaluate("document.documentElement.scrollHeight")
        # Nothing lost: every folded citation opens onto its passages.
        folds = desktop.locator("main details.cite")
        for n in range(folds.count()):
            fold = folds.nth(n)
            fold.locator("summary").click()
            assert fold.locator("blockquote, .note").first.is_visible()
    assert {slug: h for slug, h in heights.items() if h > MAX_MEETING_HEIGHT} == {}, heights


@pytest.mark.parametrize(
    "path",
    [
        "/events/2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons/",
        "/events/2015-asean-senior-officials-meeting-on-transnational-crime-siem-reap/",
        "/countries/vn/",
        "/organizations/aseanapol/",
        "/forums/commit-som/",
        "/agreements/actip/",
        "/people/do-van-hoanh/",
    ],
)
def test_changed_pages_have_no_serious_accessibility_findings(desktop, site, path, phone_page):
    for page in (desktop, phone_page):
        page.goto(f"{site}{path}")
        assert serious_findings(page) == []
        if os.environ.get("KBASE_SCREENSHOTS") and path in SCREENSHOTS:
            width = page.viewport_size["width"]
            page.screenshot(path=f"{os.environ['KBASE_SCREENSHOTS']}/{SCREENSHOTS[path]}-{width}.png", full_page=True)


SCREENSHOTS = {
    "/events/2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons/": "meeting-at-a-glance",
    "/countries/vn/": "country-history",
    "/forums/commit-som/": "forum-series",
}
