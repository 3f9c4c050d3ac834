"""The figures over the meeting list in a real browser: a reader clicks a bar, a cell and a node (or presses Enter on
it) and lands on a list of exactly as many meetings; axe-core finds nothing serious; the pages break no rule of the
Content Security Policy, at a desktop's and a phone's width.

With KBASE_SCREENSHOTS=docs/screenshots the pages are also saved there at 1,366 and 390 pixels.
"""

import os
from pathlib import Path

import pytest

from tests.browser.axe import serious_findings
from tests.browser.test_intake import violations, watch
from tests.browser.test_journeys import meeting_count

pytestmark = pytest.mark.browser

PAGES = {
    "timeline": "/events/timeline/",
    "matrix": "/events/matrix/",
    "network": "/events/network/",
    "compare": "/compare/?country=la&country=th",
    "events-with-timeline": "/events/?country=la",
}


def test_clicking_a_timeline_bar_opens_a_list_of_as_many_meetings(page, site):
    watch(page)
    page.goto(f"{site}/events/timeline/")
    bar = page.get_by_role("link", name="2021, ASEANAPOL Dialogues: 1 meeting").first
    bar.click()
    page.wait_for_url("**/events/?**")
    assert "forum=aseanapol-dialogues" in page.url and "year=2021" in page.url
    assert meeting_count(page) == 1
    assert violations(page) == []


def test_a_matrix_cell_is_reached_by_keyboard_and_opens_a_list_of_as_many_meetings(page, site):
    watch(page)
    page.goto(f"{site}/events/matrix/")
    cell = page.get_by_role("link", name="Lao PDR, COMMIT Senior Officials Meeting: 1 meeting")
    cell.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/events/?**")
    assert "country=la" in page.url and "forum=commit-som" in page.url
    assert meeting_count(page) == 1
    # By topic: the cell's number is the list's.
    page.goto(f"{site}/events/matrix/?rows=topic")
    cell = page.locator("table.matrix a[aria-label^='Trafficking in persons, ']").first
    shown = int(cell.inner_text())
    cell.click()
    page.wait_for_url("**/events/?**")
    assert meeting_count(page) == shown
    assert violations(page) == []


def test_clicking_a_network_node_opens_a_list_of_its_meetings(page, site):
    watch(page)
    page.goto(f"{site}/events/network/")
    # Its visible text (the code) begins its name, so a reader using speech input can say what they see.
    node = page.get_by_role("link", name="KH, Cambodia: 4 meetings")
    shown = int(node.get_attribute("aria-label").split(": ")[1].split()[0])
    node.click()
    page.wait_for_url("**/events/?country=kh")
    assert meeting_count(page) == shown == 4
    assert violations(page) == []


@pytest.mark.parametrize("name", list(PAGES))
def test_figure_pages_have_no_serious_accessibility_problem_and_fit_a_phone(browser, site, name):
    for width, height in ((1366, 900), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = watch(context.new_page())
        response = page.goto(f"{site}{PAGES[name]}")
        assert response.status == 200
        assert serious_findings(page) == []
        assert violations(page) == []
        # Wide figures scroll inside themselves; the page never scrolls sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        if os.environ.get("KBASE_SCREENSHOTS"):
            out = Path(os.environ["KBASE_SCREENSHOTS"])
            out.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out / f"chart-{name}-{width}.png"), full_page=True)
        context.close()
