"""A form too large to save, in a real browser: a page that says so, and the typed input still there one step back."""

import pytest
from django.conf import settings

from meetings.models import Event
from tests.browser.test_conflict import COMMIT_SOM, signed_in_page

pytestmark = pytest.mark.browser


def test_a_meeting_form_with_too_many_fields_says_nothing_was_saved_and_back_keeps_the_input(browser, site):
    event = Event.objects.get(slug=COMMIT_SOM)
    context, page = signed_in_page(browser, site, "editor")
    try:
        page.goto(f"{site}/admin/meetings/event/{event.pk}/change/")
        page.get_by_label("Venue").fill("Melia Hotel, typed before the save")
        page.evaluate(
            """count => {
                const form = document.querySelector('#event_form');
                const extra = document.createDocumentFragment();
                for (let n = 0; n < count; n++) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = 'padding-' + n; input.value = 'x';
                    extra.appendChild(input);
                }
                form.appendChild(extra);
            }""",
            settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
        )
        page.get_by_role("button", name="Save", exact=True).first.click()
        page.get_by_role("heading", name="Too many fields to save in one form").wait_for()
        assert "Nothing was saved" in page.content()

        page.go_back()
        assert page.get_by_label("Venue").input_value() == "Melia Hotel, typed before the save"
    finally:
        context.close()
    event.refresh_from_db()
    assert event.venue != "Melia Hotel, typed before the save"
