"""What a reader does in a real browser: filter, follow links, search, download, read on a phone, use a keyboard.

Elements are found the way a person finds them: by role, label and visible text.
"""

import csv
import re

import pytest

pytestmark = pytest.mark.browser

VIRTUAL_DIALOGUE = "ASEANAPOL Virtual Dialogue on the Issues of Tackling Trafficking in Persons"
COMMIT_SOM = "14th COMMIT Senior Officials Meeting"
PEOPLE_SMUGGLING_DIALOGUE = "International People Smuggling Strategic Dialogue"
MEETING_COUNT = re.compile(r"^\d+ meetings?$")


def meeting_count(page):
    heading = page.get_by_role("heading", name=MEETING_COUNT)
    return int(heading.inner_text().split()[0])


def result_titles(page):
    """Titles of the meetings listed in the results, in order."""
    results = page.get_by_role("region", name=MEETING_COUNT)
    return [item.get_by_role("link").first.inner_text().strip() for item in results.get_by_role("listitem").all()]


def facet(page, name):
    """A group of filter links, by the start of its heading ("Country" must not find "Host country")."""
    return page.get_by_role("region", name=re.compile(f"^{re.escape(name)}"))


def test_filtering_by_country_then_forum_narrows_the_list_and_the_address_keeps_the_filters(page, site):
    page.goto(f"{site}/events/")
    everything = meeting_count(page)

    facet(page, "Country").get_by_role("link", name=re.compile(r"^Lao PDR\b")).click()

    page.wait_for_url(re.compile(r"[?&]country=la(&|#|$)"))
    in_laos = meeting_count(page)
    assert 0 < in_laos < everything
    titles = result_titles(page)
    assert VIRTUAL_DIALOGUE in titles
    assert COMMIT_SOM in titles
    assert "Emergency Ministerial Meeting on the Issue of Irregular Movement of People in Southeast Asia" not in titles

    facet(page, "Forum").get_by_role("link", name=re.compile(r"^COMMIT Senior Officials Meeting\b")).click()

    page.wait_for_url(re.compile(r"forum=commit-som"))
    assert re.search(r"[?&]country=la(&|#|$)", page.url)
    assert meeting_count(page) == 1 < in_laos
    assert result_titles(page) == [COMMIT_SOM]
    # Both choices show as selected, so the reader can see and undo them.
    for group, choice in [("Country", "Lao PDR"), ("Forum", "COMMIT Senior Officials Meeting")]:
        selected = facet(page, group).locator("[aria-current=true]")
        assert choice in selected.inner_text()


def test_following_links_from_a_meeting_to_a_participant_and_then_to_their_organization(page, site):
    page.goto(f"{site}/events/")
    page.get_by_role("link", name=VIRTUAL_DIALOGUE, exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith(VIRTUAL_DIALOGUE)

    page.get_by_role("main").get_by_role("link", name="Do Van Hoanh").first.click()

    page.wait_for_url(re.compile(r"/people/do-van-hoanh/$"))
    assert "Do Van Hoanh" in page.get_by_role("heading", level=1).inner_text()

    page.get_by_role("main").get_by_role("link", name="Office of Investigation Police Agency").first.click()

    page.wait_for_url(re.compile(r"/organizations/oipa/$"))
    assert "Office of Investigation Police Agency" in page.get_by_role("heading", level=1).inner_text()
    breadcrumbs = page.get_by_role("navigation", name="Breadcrumb")
    assert breadcrumbs.get_by_role("link", name="Organizations").is_visible()


@pytest.mark.parametrize(
    ("start", "words"),
    [("/", "Do Van Hoanh"), ("/", "Đỗ Văn Hoanh"), ("/events/", "do van hoanh"), ("/outcomes/", "Đỗ Văn Hoanh")],
)
def test_searching_a_name_with_or_without_diacritics_finds_the_person(page, site, start, words):
    page.goto(f"{site}{start}")
    # The home page has its own search box; other pages have one in the header.
    box = page.get_by_role("searchbox", name=re.compile("^Search")).first
    box.fill(words)
    box.press("Enter")

    page.wait_for_url(re.compile(r"/search/\?"))
    person = page.get_by_role("main").get_by_role("link", name="Do Van Hoanh")
    assert person.count() >= 1
    person.first.click()
    page.wait_for_url(re.compile(r"/people/do-van-hoanh/$"))


def test_downloading_the_csv_of_a_filtered_list_gives_its_meetings(page, site, tmp_path):
    page.goto(f"{site}/events/?country=la")
    shown = meeting_count(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Download CSV")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    path = tmp_path / download.suggested_filename
    download.save_as(path)

    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == shown
    titles = {row["title"] for row in rows}
    assert COMMIT_SOM in titles
    assert PEOPLE_SMUGGLING_DIALOGUE in titles
    assert "Emergency Ministerial Meeting on the Issue of Irregular Movement of People in Southeast Asia" not in titles


def test_an_unknown_address_shows_the_sites_own_not_found_page(page, site):
    response = page.goto(f"{site}/events/no-such-meeting/")

    assert response.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"
    assert page.get_by_role("navigation", name="Main").get_by_role("link", name="Meetings").is_visible()
    assert page.get_by_role("contentinfo").is_visible()


def test_the_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content(page, site):
    page.goto(f"{site}/events/2020-14th-commit-senior-officials-meeting/")
    skip = page.get_by_role("link", name="Skip to content")
    hidden = skip.bounding_box()
    assert hidden and hidden["x"] + hidden["width"] <= 0, "the skip link stays off screen until focused"
    page.keyboard.press("Tab")

    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to content"
    box = skip.bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0, "the skip link must be visible when focused"

    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"
    assert page.evaluate("document.activeElement.tagName") == "MAIN"
    page.keyboard.press("Tab")
    # The next Tab continues inside the content, not back in the header, and the focus can be seen.
    assert page.evaluate("document.getElementById('main').contains(document.activeElement)")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"


PUBLIC_PAGES = [
    "/",
    "/events/",
    "/events/2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons/",
    "/outcomes/",
    "/organizations/aseanapol/",
    "/people/do-van-hoanh/",
    "/countries/la/",
    "/forums/commit-som/",
    "/agreements/actip/",
    "/sources/",
    "/search/?q=actip",
]

PAGE_STRUCTURE = """() => {
    const visible = (el) => el.getClientRects().length > 0;
    const controls = [...document.querySelectorAll("input, select, textarea")]
        .filter((el) => el.type !== "hidden" && visible(el));
    return {
        h1: document.querySelectorAll("h1").length,
        main: document.querySelectorAll("main").length,
        banner: document.querySelectorAll("body > header").length,
        footer: document.querySelectorAll("body > footer").length,
        lang: document.documentElement.lang,
        title: document.title,
        unlabelled: controls
            .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute("aria-label")
                && !el.getAttribute("aria-labelledby"))
            .map((el) => el.name || el.id),
        nameless_links: [...document.querySelectorAll("a[href]")]
            .filter((a) => visible(a) && !a.textContent.trim() && !a.getAttribute("aria-label"))
            .map((a) => a.getAttribute("href")),
    };
}"""


def test_every_public_page_has_landmarks_one_main_heading_and_named_controls(page, site):
    for path in PUBLIC_PAGES:
        response = page.goto(f"{site}{path}")
        assert response.status == 200, path
        structure = page.evaluate(PAGE_STRUCTURE)
        assert structure["h1"] == 1, path
        assert (structure["main"], structure["banner"], structure["footer"]) == (1, 1, 1), path
        assert structure["lang"] == "en"
        assert structure["title"].endswith("· kbase"), path
        assert structure["unlabelled"] == [], f"{path}: form controls without a label"
        assert structure["nameless_links"] == [], f"{path}: links with no text"


def test_no_page_scrolls_sideways_on_a_phone_and_the_whole_menu_stays_on_screen(phone_page, site):
    pages = [(path, 200) for path in PUBLIC_PAGES]
    pages += [("/events/?country=la&forum=commit-som", 200), ("/events/?country=zz", 400), ("/no-such-page/", 404)]
    for path, status in pages:
        response = phone_page.goto(f"{site}{path}")
        assert response.status == status, path
        width = phone_page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width}px wide on a 390px screen"
        # The main navigation wraps rather than hiding behind a script-driven menu: every link is on screen.
        links = phone_page.get_by_role("navigation", name="Main").get_by_role("link").all()
        assert len(links) >= 7, path
        for link in links:
            box = link.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, f"{path}: {link.inner_text()}"
