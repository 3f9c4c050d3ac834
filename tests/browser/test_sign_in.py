"""Signing in and out in a real browser, on a site closed to anonymous readers."""

import re

import pytest
from django.contrib.auth.models import User
from django.test import override_settings

pytestmark = pytest.mark.browser


@override_settings(KBASE_REQUIRE_LOGIN=True)
def test_a_reader_is_asked_to_sign_in_comes_back_to_the_page_and_signs_out(page, site):
    User.objects.create_user("reader", "reader@example.org", "a-long-enough-password")

    page.goto(f"{site}/events/?country=la")
    page.wait_for_url(re.compile(r"/login/\?next="))
    assert page.get_by_role("heading", name="Sign in").is_visible()
    page.get_by_label("Username").fill("reader")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    assert "Please enter a correct username and password" in page.get_by_role("alert").inner_text()

    page.get_by_label("Password").fill("a-long-enough-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/events/\?country=la$"))
    assert page.locator(".header-user").inner_text() == "reader"

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(re.compile(r"/logged-out/$"))
    assert page.get_by_role("heading", name="You are signed out").is_visible()
    page.goto(f"{site}/events/")
    page.wait_for_url(re.compile(r"/login/\?next=/events/$"))
