"""Two editors in two browsers edit the same meeting; the second to save sees the conflict, not a lost edit."""

import re

import pytest
from django.contrib.auth.models import Group, User

from meetings.models import Event

pytestmark = pytest.mark.browser

COMMIT_SOM = "2020-14th-commit-senior-officials-meeting"


def signed_in_page(browser, site, username):
    user = User.objects.create_user(username, f"{username}@example.org", f"a-long-{username}-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(f"{site}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(f"a-long-{username}-password")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{site}/admin/")
    return context, page


def test_second_editor_to_save_a_meeting_sees_the_conflict_and_the_first_editors_change(browser, site):
    event = Event.objects.get(slug=COMMIT_SOM)
    url = f"{site}/admin/meetings/event/{event.pk}/change/"
    alice_context, alice = signed_in_page(browser, site, "alice")
    bob_context, bob = signed_in_page(browser, site, "bob")
    try:
        alice.goto(url)
        bob.goto(url)

        alice.get_by_label("Venue").fill("Melia Hotel")
        alice.get_by_role("button", name="Save", exact=True).first.click()
        alice.wait_for_url(f"{site}/admin/meetings/event/")
        bob.get_by_label("Venue").fill("Daewoo Hotel")
        bob.get_by_label("City").fill("Ha Noi")
        bob.get_by_role("button", name="Save", exact=True).first.click()

        error = bob.locator(".errornote").first
        assert "Please correct the error below." in error.inner_text()
        message = bob.locator("ul.errorlist.nonfield").first.inner_text()
        assert re.search(r"This event was changed by alice at .+ while you were editing", message)
        panel = bob.get_by_role("region", name="Changed while you were editing")
        row = panel.get_by_role("row", name=re.compile("^Venue"))
        assert "Melia Hotel" in row.inner_text() and "Daewoo Hotel" in row.inner_text()
        # Nothing of Bob's was saved; his form still holds his entries.
        event.refresh_from_db()
        assert (event.venue, event.city) != ("Daewoo Hotel", "Ha Noi")
        assert event.venue == "Melia Hotel"
        assert bob.get_by_label("City").input_value() == "Ha Noi"

        # Having seen Alice's change, Bob saves again on purpose.
        bob.get_by_role("button", name="Save", exact=True).first.click()
        bob.wait_for_url(f"{site}/admin/meetings/event/")
        event.refresh_from_db()
        assert (event.venue, event.city) == ("Daewoo Hotel", "Ha Noi")
    finally:
        alice_context.close()
        bob_context.close()
