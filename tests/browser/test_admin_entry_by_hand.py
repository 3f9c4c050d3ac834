"""
An editor enters a typical report by hand in the admin, in a real browser, and finds it on the public pages.

The report: seven delegations and the ASEAN Secretariat at a senior officials meeting known to the month, a
head of delegation known only by rank, what she said, and what the meeting agreed. The test counts the editor's
actions (each click, each box typed into, each choice) and prints them, so that a change that makes entry
longer shows. With KBASE_SCREENSHOTS set to a folder, it also saves the meeting's add form at 1,366 and
390 pixels there (docs/screenshots/ holds the committed ones).
"""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

from meetings.models import Event, Position
from tests.browser.axe import serious_findings

pytestmark = pytest.mark.browser

REPORT_TITLE = "SOMTC meets in Vientiane on scam compounds"
REPORT_TEXT = """Vientiane, 21 November 2025 (VNA) - The 25th ASEAN Senior Officials Meeting on Transnational Crime
took place in Vientiane, Lao PDR, in November 2025.
Delegations from Cambodia, Indonesia, Malaysia, Myanmar, the Philippines, Thailand and Viet Nam attended,
together with the ASEAN Secretariat.
Senior Colonel Nguyễn Thị Lan of the Ministry of Public Security led the delegation of Viet Nam.
"Scam compounds are trafficking, and we must treat them as such," said Senior Colonel Nguyễn Thị Lan.
The meeting agreed to establish a regional working group on scam compounds."""

MEETING = "The 25th ASEAN Senior Officials Meeting on Transnational Crime took place in Vientiane"
DELEGATIONS = "Delegations from Cambodia, Indonesia, Malaysia, Myanmar, the Philippines, Thailand and Viet Nam attended"
SECRETARIAT = "together with the ASEAN Secretariat"
LED = "Senior Colonel Nguyễn Thị Lan of the Ministry of Public Security led the delegation of Viet Nam"
QUOTE = "Scam compounds are trafficking, and we must treat them as such"
AGREED = "The meeting agreed to establish a regional working group on scam compounds"
COUNTRIES = ["Cambodia", "Indonesia", "Malaysia", "Myanmar", "Philippines", "Thailand", "Viet Nam"]

WIDE_ELEMENTS = """() => [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}#${el.id}`)"""


class Editor:
    """A signed-in editor's browser page that counts what the editor does."""

    def __init__(self, page, site):
        self.page, self.site, self.actions = page, site, 0

    def go(self, path):
        self.page.goto(f"{self.site}{path}")

    def fill(self, label_or_id, text):
        self._box(label_or_id).fill(text)
        self.actions += 1

    def select(self, field_id, label):
        self.page.locator(f"#{field_id}").select_option(label=label)
        self.actions += 1

    def click(self, locator):
        locator.click()
        self.actions += 1

    def choose(self, field_id, typed, option):
        """An autocomplete box: open it, type, pick the option (three actions)."""
        self.click(self.page.locator(f"#{field_id}").locator("xpath=..").locator(".select2-selection"))
        search = self.page.locator(f".select2-search__field[aria-controls='select2-{field_id}-results']")
        search.fill(typed)
        self.actions += 1
        self.click(self.page.locator(f"#select2-{field_id}-results .select2-results__option", has_text=option).first)

    def choose_many(self, field_id, names):
        """A multiple autocomplete box: open it once, then type and pick each name (two actions each)."""
        box = self.page.locator(f"#{field_id}").locator("xpath=..").locator(".select2-selection")
        self.click(box)
        for name in names:
            search = box.locator(".select2-search__field")
            search.fill(name[:5])
            self.actions += 1
            self.click(self.page.locator(f"#select2-{field_id}-results .select2-results__option", has_text=name).first)

    def save(self):
        self.click(self.page.get_by_role("button", name="Save", exact=True).first)

    def _box(self, label_or_id):
        if label_or_id.startswith("#"):
            return self.page.locator(label_or_id)
        return self.page.get_by_label(label_or_id, exact=True)


def sign_in(browser, site, width=1366, height=900):
    user = User.objects.create_user("eve", "eve@example.org", "a-long-eve-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(f"{site}/admin/login/")
    page.get_by_label("Username").fill("eve")
    page.get_by_label("Password").fill("a-long-eve-password")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{site}/admin/")
    return context, page


def page_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def select2s_own_list(violation, node):
    # The vendored select2 draws a multiple choice as a <ul> that also holds its clear button; not ours to fix.
    return violation["id"] == "list" and "select2-selection--multiple" in " ".join(map(str, node["target"]))


def serious_accessibility_violations(page):
    page.wait_for_timeout(200)  # admin-entry.js names the autocomplete boxes once select2 has drawn them
    return serious_findings(page, ignore=select2s_own_list)


def test_an_editor_enters_a_typical_report_by_hand_and_finds_it_on_the_public_pages(browser, site):
    context, page = sign_in(browser, site)
    editor = Editor(page, site)
    try:
        # 1. The report.
        editor.go("/admin/meetings/sourcereport/add/")
        editor.fill("Title:", REPORT_TITLE)
        editor.fill("#id_published_on", "21 November 2025")
        editor.fill("#id_text", REPORT_TEXT)
        editor.save()
        page.wait_for_url(re.compile(r"/admin/meetings/sourcereport/$"))

        # 2. The head of delegation, known only by her rank.
        editor.go("/admin/meetings/person/add/")
        editor.fill("Name:", "Nguyễn Thị Lan")
        editor.click(page.locator("#positions-group .add-row a"))
        editor.choose("id_positions-0-organization", "Public Sec", "Ministry of Public Security")
        editor.fill("#id_positions-0-rank", "Senior Colonel")
        editor.choose("id_positions-0-source", "Vientiane", REPORT_TITLE)
        editor.fill("#id_positions-0-passage", LED)
        editor.save()
        page.wait_for_url(re.compile(r"/admin/meetings/person/$"))

        # 3. The meeting, with everything else on its page.
        editor.go("/admin/meetings/event/add/")
        assert page_width(page) <= 1366, page.evaluate(WIDE_ELEMENTS)
        assert "behind server time" not in page.content()
        editor.choose("id_report", "Vientiane", REPORT_TITLE)
        editor.fill("Title:", "25th ASEAN Senior Officials Meeting on Transnational Crime")
        editor.choose("id_forum", "SOMTC", "ASEAN Senior Officials Meeting on Transnational Crime")
        editor.fill("#id_number", "25")
        editor.fill("#id_start_date", "November 2025")
        editor.fill("City:", "Vientiane")
        editor.choose("id_country", "Lao", "Lao")
        editor.fill("#id_citations-0-passage", MEETING)

        editor.choose_many("id_participations-0-country", COUNTRIES)
        editor.select("id_participations-0-role", "Member delegation")
        editor.fill("#id_participations-0-passage", DELEGATIONS)
        editor.click(page.locator("#participations-group .add-row a"))
        editor.choose("id_participations-1-organization", "ASEAN Secr", "ASEAN Secretariat")
        editor.select("id_participations-1-role", "Participant")
        editor.fill("#id_participations-1-passage", SECRETARIAT)

        # Typed without diacritics, the post is found all the same.
        editor.choose("id_attendances-0-position", "Nguyen Thi", "Senior Colonel")
        editor.select("id_attendances-0-role", "Head of delegation")
        editor.fill("#id_attendances-0-passage", LED)
        editor.fill("#id_attendances-0-statement", QUOTE)

        editor.select("id_outcomes-0-kind", "Decision")
        editor.select("id_outcomes-0-status", "Adopted")
        editor.fill("#id_outcomes-0-text", "A regional working group on scam compounds.")
        editor.fill("#id_outcomes-0-passage", AGREED)
        editor.save()
        page.wait_for_url(re.compile(r"/admin/meetings/event/$"), timeout=30_000)

        event = Event.objects.get(number=25, forum__short_name="SOMTC")
        assert event.slug == "2025-25th-asean-senior-officials-meeting-on-transnational-crime"
        assert (event.start_date.isoformat(), event.start_date_precision) == ("2025-11-01", "month")
        delegations = event.participations.filter(organization__isnull=True)
        assert delegations.count() == 7
        assert all(row.citations.get().source.title == REPORT_TITLE for row in event.participations.all())
        attendance = event.attendances.get()
        assert (attendance.organization.acronym, attendance.country_id) == ("MPS", "VN")
        assert Position.objects.get(person__name="Nguyễn Thị Lan").title == ""
        assert attendance.statements.get().text == QUOTE

        # The change page fits the window too, and passes the accessibility check.
        page.goto(f"{site}/admin/meetings/event/{event.pk}/change/")
        assert page_width(page) <= 1366, page.evaluate(WIDE_ELEMENTS)
        assert serious_accessibility_violations(page) == []

        # 4. The public page.
        page.goto(f"{site}{event.get_absolute_url()}")
        text = page.locator("main").inner_text()
        assert "November 2025" in text
        for country in COUNTRIES:
            assert country in text
        assert "ASEAN Secretariat" in text
        assert "Nguyễn Thị Lan" in text and "Then Senior Colonel" in text
        # Her statement is folded under her line; a reader opens it.
        assert QUOTE not in text
        page.locator("main summary", has_text="Statement").first.click()
        assert QUOTE in page.locator("main").inner_text()
        assert "regional working group on scam compounds" in text

        print(f"\nuser actions to enter the report by hand: {editor.actions}")
        # 63 when written: 4 for the report, 11 for the person and her post, 48 for the meeting page.
        assert editor.actions <= 65
    finally:
        context.close()


@pytest.mark.parametrize("width", [1366, 390])
def test_the_meeting_add_form_fits_the_window(browser, site, width):
    context, page = sign_in(browser, site, width=width, height=900)
    try:
        page.goto(f"{site}/admin/meetings/event/add/")
        folder = os.environ.get("KBASE_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=f"{folder}/admin-event-add-{width}.png", full_page=True)
        if width == 1366:
            assert page_width(page) <= width, page.evaluate(WIDE_ELEMENTS)
            assert serious_accessibility_violations(page) == []
    finally:
        context.close()
