"""The lists for every reader (issue 13), in a real browser: axe-core on each list with no match and filtered and on
the admin's meeting pages, the keyboard after filtering, and the phone (390 and 320 pixels).

With KBASE_SCREENSHOTS set to a folder, it also saves a list with no match and a filtered list at 1,366 and 390
pixels there (docs/screenshots/ holds the committed ones).
"""

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from meetings.models import Event
from tests.browser.axe import serious_findings
from tests.test_lists_for_readers import NO_MATCH

pytestmark = pytest.mark.browser


FILTERED = [
    "/events/?country=la",
    "/outcomes/?country=vn",
    "/organizations/?country=vn",
    "/people/?q=police",
    "/countries/?q=lao",
    "/forums/?country=la",
    "/agreements/?kind=convention",
    "/sources/?year=2021",
]


def test_every_list_with_no_match_or_filtered_has_no_serious_accessibility_finding(page, site):
    for path in [url for url, _ in NO_MATCH] + FILTERED:
        response = page.goto(f"{site}{path}")
        assert response.status == 200, path
        assert serious_findings(page) == [], path


def test_the_no_match_answer_is_what_a_screen_reader_hears_first_after_the_filters(page, site):
    page.goto(f"{site}/events/?country=la&forum=aseanapol-conference")
    status = page.get_by_role("status")
    assert "No meetings match these filters." in status.inner_text()
    status.get_by_role("link", name="Remove “Forum: ASEANAPOL Conference”").click()
    assert page.url.endswith("/events/?country=la#results")
    assert page.get_by_role("heading", name="3 meetings").is_visible()


def test_after_following_a_facet_the_next_tab_stays_in_the_results(page, site):
    page.goto(f"{site}/events/")
    page.locator("section[aria-labelledby=facet-country]").get_by_role("link", name="Lao PDR", exact=True).click()
    page.wait_for_url("**/events/?country=la#results")
    # The view is at the results, and Tab goes on from there rather than from the top of the page.
    assert page.evaluate("document.getElementById('results').getBoundingClientRect().top") < 100
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.results')"), page.evaluate(
        "document.activeElement.outerHTML"
    )


def test_the_facets_can_be_reached_from_the_results_with_one_link(page, site):
    page.goto(f"{site}/events/")
    jump = page.locator(".jump-to-facets")
    jump.focus()
    assert jump.is_visible()  # shown when focused, though folded away for the mouse on a wide screen
    page.keyboard.press("Enter")
    assert page.url.endswith("#facets")


def test_a_long_facet_group_has_a_box_that_finds_a_value_among_its_folded_ones(page, site):
    page.goto(f"{site}/events/")
    country = page.locator("section[aria-labelledby=facet-country]")
    more = country.locator("details.facet-more")
    assert more.get_attribute("open") is None
    finder = country.get_by_role("searchbox", name="Find a value of Country")
    # Accents and case do not matter, and a value folded under "More" is shown at once.
    finder.fill("VIỆT")
    assert more.get_attribute("open") is not None
    visible = [text.split("\n")[0] for text in country.locator("li:visible").all_inner_texts()]
    assert visible == ["Viet Nam"], visible
    assert "match" in country.locator(".facet-finder-status").inner_text()
    country.get_by_role("link", name="Viet Nam").click()
    page.wait_for_url("**/events/?country=vn#results")
    page.goto(f"{site}/events/")
    finder = page.locator("section[aria-labelledby=facet-country]").get_by_role("searchbox")
    finder.fill("zzz")
    assert page.locator("section[aria-labelledby=facet-country] li:visible").count() == 0
    assert "None of these" in page.locator("section[aria-labelledby=facet-country] .facet-finder-status").inner_text()
    finder.fill("")
    assert page.locator("section[aria-labelledby=facet-country] li:visible").count() > 5


def test_every_long_facet_group_gets_a_finder_and_none_is_needed_without_javascript(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site}/events/")
        assert page.locator(".facet-finder").count() == 0
        groups = page.locator("section.facet:has(details.facet-more)")
        assert groups.count() >= 2
        # Without the script the fold still opens, and every value is a link.
        first = groups.first.locator("details.facet-more")
        first.locator("summary").click()
        assert first.locator("li a").first.is_visible()
    finally:
        context.close()
    page = browser.new_page()
    try:
        page.goto(f"{site}/events/")
        long_groups = page.locator("section.facet:has(details.facet-more)")
        assert long_groups.count() == page.locator("section.facet .facet-finder").count()
        for i in range(long_groups.count()):
            assert long_groups.nth(i).get_by_role("searchbox").count() == 1
        assert serious_findings(page) == []
    finally:
        page.close()


@pytest.fixture
def admin_page(browser, site):
    User.objects.create_superuser("ada", "ada@example.org", "a-long-admin-password")
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(f"{site}/admin/login/")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill("a-long-admin-password")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{site}/admin/")
    yield page
    context.close()


def test_the_admin_meeting_pages_have_no_serious_finding_and_fit_the_window(admin_page, site):
    page = admin_page
    # The meeting with the most rows, and one with sessions listed under it.
    busiest = max(Event.objects.all(), key=lambda e: e.participations.count() + e.attendances.count())
    with_sessions = Event.objects.filter(sessions__isnull=False).first()
    for event in (busiest, with_sessions):
        page.goto(f"{site}/admin/meetings/event/{event.pk}/change/")
        page.wait_for_timeout(200)  # admin-entry.js names the autocomplete boxes once select2 has drawn them
        assert serious_findings(page) == [], event.slug
        assert page.evaluate("document.documentElement.scrollWidth") <= 1366, event.slug


def test_the_admin_meeting_list_keeps_titles_to_three_lines(admin_page, site):
    page = admin_page
    page.goto(f"{site}/admin/meetings/event/")
    lines = page.evaluate(
        """() => [...document.querySelectorAll("#result_list th.field-title")].map((cell) => {
            const link = cell.querySelector("a");
            return Math.round(link.getClientRects().length);
        })"""
    )
    assert lines and max(lines) <= 3, lines
    assert serious_findings(page) == []


def test_on_a_phone_the_header_is_short_and_a_filtered_lists_first_result_is_on_the_first_screen(phone_page, site):
    page = phone_page
    page.goto(f"{site}/events/")
    assert page.locator(".site-header").bounding_box()["height"] <= 100
    page.locator("section[aria-labelledby=facet-country]").get_by_role("link", name="Lao PDR", exact=True).click()
    page.wait_for_url("**#results")
    first = page.locator(".card-list > li").first.bounding_box()
    assert 0 <= first["y"] and first["y"] + 40 <= 844


def test_on_a_phone_toggles_are_big_enough_to_tap(phone_page, site):
    page = phone_page
    for path in ("/events/", "/outcomes/"):
        page.goto(f"{site}{path}")
        heights = page.evaluate("[...document.querySelectorAll('summary')].map((s) => s.offsetHeight)")
        visible = [height for height in heights if height > 0]
        assert visible and min(visible) >= 44, (path, heights)


WAIT_FOR_SCROLL = """(el) => new Promise((done) => {
    const start = Date.now();
    (function look() {
        if (el.scrollLeft > 0 || Date.now() - start > 2000) done(); else requestAnimationFrame(look);
    })();
})"""


def test_on_a_phone_the_countries_table_says_it_scrolls_and_scrolls(phone_page, site):
    page = phone_page
    page.goto(f"{site}/countries/")
    assert page.get_by_text("scroll it sideways to see every column").is_visible()
    region = page.get_by_role("region", name="Countries and their meetings")
    assert region.evaluate("(el) => el.scrollWidth > el.clientWidth")
    region.focus()
    page.keyboard.press("ArrowRight")
    # The browser may animate the scroll: wait for it to move, as a reader would see it move.
    region.evaluate(WAIT_FOR_SCROLL)
    assert region.evaluate("(el) => el.scrollLeft") > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_at_320_pixels_no_list_scrolls_sideways(browser, site):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        for path in [url for url, _ in NO_MATCH] + FILTERED:
            page.goto(f"{site}{path}")
            assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
            links = page.get_by_role("navigation", name="Main").get_by_role("link").all()
            for link in links:
                box = link.bounding_box()
                assert box["x"] >= 0 and box["x"] + box["width"] <= 320, (path, link.inner_text())
    finally:
        context.close()


@pytest.mark.skipif(not os.environ.get("KBASE_SCREENSHOTS"), reason="KBASE_SCREENSHOTS=<folder> writes screenshots")
def test_screenshots_of_a_list_with_no_match_and_a_filtered_list(browser, site):
    folder = Path(os.environ["KBASE_SCREENSHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    for width, height in [(1366, 900), (390, 844)]:
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto(f"{site}/organizations/?country=ad&kind=ministry")
        page.screenshot(path=folder / f"list-no-match-{width}.png")
        page.goto(f"{site}/events/")
        page.locator("section[aria-labelledby=facet-country]").get_by_role("link", name="Lao PDR", exact=True).click()
        page.wait_for_url("**#results")
        page.screenshot(path=folder / f"list-filtered-{width}.png")
        context.close()
