"""The report intake in a real browser: an editor pastes a report, reviews the suggestions and saves the meeting.

The analysis is replaced by the proposals of tests/test_intake_review.py, so the journey does not depend on how well
it reads this report; tests/test_intake_review.py runs the real one end to end. Every user action (a click, a fill,
a key press, a page opened) is counted: the issue asks for a typical report in at most 25.
"""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

from meetings.models import Attendance, Event, IntakeDraft, Participation, SourceReport
from tests.browser.axe import findings
from tests.test_intake_review import HEADLINE, REPORT, proposals

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

COLLECT_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
});
"""


class Actions:
    """The page, with a count of what the user did on it."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def __call__(self, action, *args, **kwargs):
        self.count += 1
        return action(*args, **kwargs)


@pytest.fixture
def analysed(monkeypatch):
    monkeypatch.setattr("meetings.intake.views.analyse", lambda text, **meta: proposals())


@pytest.fixture
def editor_account(site):
    user = User.objects.create_user("edith", "edith@example.org", "a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def watch(page):
    page.add_init_script(COLLECT_VIOLATIONS)
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(f"uncaught: {error}"))
    return page


def violations(page):
    logged = [text for text in page.console_errors if "Content Security Policy" in text]
    return page.evaluate("window.cspViolations") + logged


def sign_in(act, site):
    page = act.page
    act(page.goto, f"{site}/admin/login/?next=/admin/")
    act(page.get_by_label("Username").fill, "edith")
    act(page.get_by_label("Password").fill, "a-long-editor-password")
    act(page.get_by_role("button", name="Log in").click)
    page.wait_for_url(f"{site}/admin/")


def test_an_editor_enters_a_report_from_paste_to_saved_meeting_in_at_most_25_actions(
    page, site, editor_account, analysed
):
    watch(page)
    act = Actions(page)
    sign_in(act, site)

    act(page.get_by_role("link", name="Enter a report").click)
    page.wait_for_url(f"{site}/admin/intake/")
    assert findings(page) == []
    act(page.get_by_label("Paste the report's text").fill, REPORT)
    act(page.get_by_label("Title").fill, HEADLINE)
    act(page.get_by_role("button", name="Read the report").click)
    page.wait_for_url(re.compile(r"/admin/intake/\d+/$"))
    assert findings(page) == []

    # Reject a wrong suggestion, correct a role, pick the other candidate of an uncertain match.
    act(page.locator("[data-row=l7]").get_by_role("checkbox").uncheck)
    act(page.locator("[data-row=l4]").get_by_label("Role").select_option, "opening_speaker")
    act(page.get_by_role("radio", name=re.compile(r"^United Nations \(")).check)
    act(page.get_by_role("button", name="Save the meeting").click)

    page.wait_for_url(re.compile(r"/admin/meetings/event/\d+/change/$"))
    assert "was saved with" in page.locator(".messagelist").inner_text()
    assert act.count <= 25, f"{act.count} actions"
    event = Event.objects.get(title="15th COMMIT Senior Officials Meeting")
    assert SourceReport.objects.filter(text=REPORT).count() == 1
    assert Attendance.objects.get(event=event, person__slug="tran-ngoc-ha").role == "opening_speaker"
    organizations = set(Participation.objects.filter(event=event).values_list("organization__slug", flat=True))
    assert "unodc" not in organizations and "united-nations" in organizations
    # (The admin's pages ask for /favicon.ico, which is not there: a 404 in the console that is not ours.)
    assert violations(page) == [] and [error for error in page.console_errors if "uncaught" in error] == []


def test_review_is_kept_as_the_editor_goes_and_a_reload_loses_nothing(page, site, editor_account, analysed):
    watch(page)
    act = Actions(page)
    sign_in(act, site)
    act(page.goto, f"{site}/admin/intake/")
    act(page.get_by_label("Paste the report's text").fill, REPORT)
    act(page.get_by_role("button", name="Read the report").click)
    page.wait_for_url(re.compile(r"/admin/intake/\d+/$"))

    act(page.locator("[data-row=l7]").get_by_role("checkbox").uncheck)
    page.locator("#event-city").fill("Vientiane Capital")
    page.get_by_text(re.compile(r"^Draft kept at")).wait_for()
    page.reload()

    assert not page.locator("[data-row=l7]").get_by_role("checkbox").is_checked()
    assert page.locator("#event-city").input_value() == "Vientiane Capital"
    draft = IntakeDraft.objects.get()
    assert draft.decisions["event"]["city"] == "Vientiane Capital" and draft.status == "open"
    assert not Event.objects.filter(city="Vientiane Capital").exists()
    assert violations(page) == []


def test_review_works_from_the_keyboard_and_shows_the_focused_row_in_the_text(page, site, editor_account, analysed):
    watch(page)
    act = Actions(page)
    sign_in(act, site)
    act(page.goto, f"{site}/admin/intake/")
    act(page.get_by_label("Paste the report's text").fill, REPORT)
    act(page.get_by_role("button", name="Read the report").click)
    page.wait_for_url(re.compile(r"/admin/intake/\d+/$"))

    box = page.locator("#n0-accept")  # the new organization, Mekong Youth Network
    box.focus()
    current = page.locator(".intake-text-body mark.current")
    assert current.first.inner_text() == "Mekong Youth Network"
    page.keyboard.press("Space")
    assert not box.is_checked()
    page.keyboard.press("Space")
    assert box.is_checked()
    # Tab reaches the row's "show in text" link; Enter moves the focus to the words in the text.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "show in text"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "text-n0"
    page.get_by_text(re.compile(r"^Draft kept at")).wait_for()  # the two presses were kept
    assert IntakeDraft.objects.get().decisions["n0"]["accept"] is True
    assert violations(page) == []


def test_review_fits_a_phone_screen(phone_page, site, editor_account, analysed):
    page = watch(phone_page)
    act = Actions(page)
    sign_in(act, site)
    act(page.goto, f"{site}/admin/intake/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    act(page.get_by_label("Paste the report's text").fill, REPORT)
    act(page.get_by_role("button", name="Read the report").click)
    page.wait_for_url(re.compile(r"/admin/intake/\d+/$"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.get_by_role("button", name="Save the meeting").is_visible()
    assert violations(page) == []


@pytest.mark.skipif(not os.environ.get("KBASE_SCREENSHOTS"), reason="KBASE_SCREENSHOTS=1 writes docs/screenshots/")
def test_screenshots_for_the_readme(browser, site, editor_account, analysed):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in [(1366, 900), (390, 844)]:
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        act = Actions(page)
        sign_in(act, site)
        page.goto(f"{site}/admin/intake/")
        page.get_by_label("Paste the report's text").fill(REPORT)
        page.get_by_label("Title").fill(HEADLINE)
        page.screenshot(path=SCREENSHOTS / f"intake-paste-{width}.png", full_page=width > 1000)
        page.get_by_role("button", name="Read the report").click()
        page.wait_for_url(re.compile(r"/admin/intake/\d+/$"))
        page.locator("#n0-accept").focus()
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=SCREENSHOTS / f"intake-review-{width}.png")
        context.close()


CASE = Path(__file__).resolve().parents[1] / "intake_cases" / "tuning" / "vna-commit-15th-som-vientiane"


def test_an_editor_uploads_a_report_and_saves_what_the_real_analysis_found_in_at_most_25_actions(
    page, site, editor_account, tmp_path
):
    """The whole journey with the analysis itself: a wire report's file in, the suggestions accepted as offered."""
    import json

    from meetings.intake.casefile import read_case

    text, meta = read_case(CASE.with_suffix(".txt"))
    expected = json.loads(CASE.with_suffix(".expected.json").read_text())
    report = tmp_path / "report.txt"
    report.write_text(CASE.with_suffix(".txt").read_text())
    watch(page)
    act = Actions(page)
    sign_in(act, site)

    act(page.get_by_role("link", name="Enter a report").click)
    act(page.get_by_label("or choose a file").set_input_files, str(report))
    act(page.get_by_role("button", name="Read the report").click)
    page.wait_for_url(re.compile(r"/admin/intake/\d+/$"))
    act(page.get_by_role("button", name="Save the meeting").click)
    page.wait_for_url(re.compile(r"/admin/meetings/event/\d+/change/$"))

    assert act.count <= 25, f"{act.count} actions"
    stored = SourceReport.objects.get(title=meta["title"])
    event = Event.objects.get(citations__source=stored)
    wanted = expected["event"]
    assert (event.forum.slug, event.number, event.city) == (wanted["forum"], wanted["number"], wanted["city"])
    assert event.start_date.isoformat() == wanted["start_date"]
    delegations = set(Participation.objects.filter(event=event).values_list("country_id", flat=True))
    assert {code.upper() for code in expected["existing"]["countries"]} <= {c for c in delegations if c}
    people = set(Attendance.objects.filter(event=event).values_list("person__slug", flat=True))
    assert set(expected["existing"]["people"]) <= people
    # Every fact saved cites the report, with a passage that occurs in its text.
    for row in Participation.objects.filter(event=event).prefetch_related("citations"):
        assert row.citations.all() and {c.source_id for c in row.citations.all()} == {stored.pk}
        assert all(stored.contains(c.passage) for c in row.citations.all())
    assert violations(page) == []
