"""Every kind of page works under the Content Security Policy, and the browser reports nothing it blocked.

A violation shows two ways: the page fires a `securitypolicyviolation` event (caught by a script Playwright adds
before the page's own), and Chromium logs an error naming the Content Security Policy. Both are collected.
"""

import re

import pytest
from django.contrib.auth.models import User
from django.test import override_settings
from django.urls import include, path

from meetings.models import Forum

pytestmark = pytest.mark.browser

BRAND_BLUE = "rgb(11, 79, 108)"

COLLECT_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} `
        + `at ${event.sourceFile}:${event.lineNumber}`);
});
"""

PUBLIC_PAGES = [
    ("/", 200),
    ("/events/", 200),
    ("/events/?country=la&forum=commit-som", 200),
    ("/events/2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons/", 200),
    ("/outcomes/", 200),
    ("/organizations/", 200),
    ("/organizations/aseanapol/", 200),
    ("/people/", 200),
    ("/people/do-van-hoanh/", 200),
    ("/countries/", 200),
    ("/countries/la/", 200),
    ("/forums/", 200),
    ("/forums/commit-som/", 200),
    ("/agreements/", 200),
    ("/agreements/actip/", 200),
    ("/sources/", 200),
    ("/sources/vna-asean-somtc-siem-reap-actip-apa/", 200),
    ("/search/?q=actip", 200),
    ("/api/docs/", 200),
    ("/events/?country=zz", 400),
    ("/no-such-page/", 404),
]

# The API as a person browses it: Django REST framework's own pages, whose styles alone may be inline.
BROWSABLE_API_PAGES = ["/api/", "/api/events/", "/api/countries/la/"]


@pytest.fixture
def watched(page):
    """The page, with every Content Security Policy violation and console error it reports collected."""
    page.add_init_script(COLLECT_VIOLATIONS)
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(f"uncaught: {error}"))
    return page


def violations(page):
    reported = page.evaluate("window.cspViolations")
    logged = [text for text in page.console_errors if "Content Security Policy" in text]
    return reported + logged


def open_under_policy(page, url, status=200):
    response = page.goto(url)
    assert response.status == status, url
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in policy and "default-src 'self'" in policy, f"{url} is served without the policy"
    assert "unsafe-inline" not in re.search(r"script-src[^;]*", policy).group(), url
    return policy


def sign_in(page, site):
    User.objects.create_superuser("root", "root@example.org", "a-long-admin-password")
    open_under_policy(page, f"{site}/admin/login/")
    page.get_by_label("Username").fill("root")
    page.get_by_label("Password").fill("a-long-admin-password")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{site}/admin/")


def test_the_policy_blocks_an_injected_inline_script_and_the_browser_reports_it(watched, site):
    open_under_policy(watched, f"{site}/")

    watched.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.injectedScriptRan = true;";
        document.body.append(script);
    }""")
    watched.wait_for_function("window.cspViolations.length > 0")

    assert watched.evaluate("window.injectedScriptRan") is None
    assert any(v.startswith("script-src") for v in violations(watched))


def test_every_kind_of_public_page_is_styled_and_breaks_no_rule_of_the_policy(watched, site):
    for path_, status in PUBLIC_PAGES:
        policy = open_under_policy(watched, f"{site}{path_}", status)
        assert "unsafe-inline" not in policy, f"{path_}: inline styles are allowed"

        assert violations(watched) == [], path_
        # The stylesheet came from the site itself: the header has the brand colour.
        header = watched.locator("body > header")
        assert header.evaluate("el => getComputedStyle(el).backgroundColor") == BRAND_BLUE, path_


def test_the_browsable_api_loads_its_scripts_and_breaks_no_rule_of_the_policy(watched, site):
    for path_ in BROWSABLE_API_PAGES:
        open_under_policy(watched, f"{site}{path_}")

        assert violations(watched) == [], path_
        assert watched.evaluate("typeof window.jQuery") == "function", f"{path_}: the API page's scripts did not run"
    # Its scripts still work: the filter form opens in a dialog.
    watched.goto(f"{site}/api/events/")
    watched.get_by_role("button", name="Filters").click()
    host_country = watched.locator("#filtersModal").get_by_label("Host country")
    host_country.wait_for()  # the dialog fades in
    assert host_country.is_visible()
    assert violations(watched) == []


def test_admin_sign_in_search_and_a_change_page_with_its_widgets_work_under_the_policy(watched, site):
    sign_in(watched, site)
    assert violations(watched) == []

    # The change list and its search box.
    open_under_policy(watched, f"{site}/admin/meetings/event/")
    watched.locator("#searchbar").fill("COMMIT")
    watched.locator("#changelist-search").get_by_role("button", name="Search").click()
    watched.wait_for_url(re.compile(r"[?&]q=COMMIT"))
    results = watched.locator("#result_list tbody tr")
    assert results.count() >= 1
    assert all("COMMIT" in row.inner_text() for row in results.all())
    assert violations(watched) == []

    # A meeting's change page: its autocomplete boxes and inline rows are scripts; its dates are plain text boxes.
    watched.goto(f"{site}/admin/meetings/event/")
    watched.locator("#result_list tbody tr th a").first.click()
    watched.wait_for_url(re.compile(r"/admin/meetings/event/\d+/change/$"))

    start_date = watched.locator("#id_start_date")
    start_date.fill("November 2025")
    assert start_date.input_value() == "November 2025"

    watched.locator("#id_forum").locator("xpath=..").locator(".select2-selection").click()
    watched.locator(".select2-search__field[aria-controls=select2-id_forum-results]").fill("COMMIT")
    found = watched.locator("#select2-id_forum-results .select2-results__option", has_text="COMMIT").first
    found.wait_for()  # the choices come from the autocomplete view
    assert found.is_visible()
    watched.keyboard.press("Escape")

    rows_before = watched.locator("#participations-group tbody tr.form-row:not(.empty-form)").count()
    watched.locator("#participations-group .add-row a").click()
    rows_after = watched.locator("#participations-group tbody tr.form-row:not(.empty-form)").count()
    assert rows_after == rows_before + 1

    assert violations(watched) == []


def test_the_add_page_leaves_the_slug_to_the_server_under_the_policy(watched, site):
    sign_in(watched, site)
    open_under_policy(watched, f"{site}/admin/meetings/forum/add/")

    watched.locator("#id_name").press_sequentially("Bali Process Ministerial")
    assert watched.locator("#id_slug").input_value() == ""
    watched.get_by_role("button", name="Save", exact=True).first.click()
    watched.wait_for_url(re.compile(r"/admin/meetings/forum/$"))

    assert Forum.objects.get(name="Bali Process Ministerial").slug == "bali-process-ministerial"
    assert violations(watched) == []


def fail(request):
    raise RuntimeError("a deliberate failure to show the server error page")


urlpatterns = [path("fail/", fail), path("", include("kbase.urls"))]


def test_the_server_error_page_keeps_its_own_style_under_the_policy(watched, site):
    with override_settings(ROOT_URLCONF=__name__):
        open_under_policy(watched, f"{site}/fail/", status=500)

    assert watched.get_by_role("heading", level=1).inner_text() == "Something went wrong on our side"
    header = watched.locator("body > header")
    assert header.evaluate("el => getComputedStyle(el).backgroundColor") == BRAND_BLUE
    assert violations(watched) == []
