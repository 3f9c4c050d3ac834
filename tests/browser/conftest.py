"""End-to-end tests: Debian's Chromium, driven by Playwright's sync API, against a live server holding the seed.

Playwright's sync API runs an event loop in the test thread, which makes Django refuse database calls from that
thread unless DJANGO_ALLOW_ASYNC_UNSAFE is set; the tests only touch the database to load the seed.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("KBASE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}; install Debian's chromium package (CI does).")
    from django.db import connection
    from playwright.sync_api import sync_playwright

    snapshot = getattr(connection, "_test_serialized_contents", None)
    with sync_playwright() as playwright:
        # With Playwright's event loop running, Django hands this thread another connection object. Give it the
        # migrations' snapshot, so the first live-server test restores it even after a transactional test outside
        # these browser tests has flushed the database.
        if snapshot is not None and not hasattr(connection, "_test_serialized_contents"):
            connection._test_serialized_contents = snapshot
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(migrated_state, live_server, transactional_db, django_db_serialized_rollback):
    """The live server's address, with the seed loaded.

    The live server needs committed data, hence a transactional database; serialized rollback puts back what
    the migrations created (countries, topics, the Editors group) so later tests still find it.
    """
    call_command("loaddata", "seed", verbosity=0)
    return live_server.url


def _new_page(browser, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    context.set_default_timeout(10_000)
    return context, context.new_page()


@pytest.fixture
def page(browser, site):
    context, page = _new_page(browser, 1280, 900)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser, site):
    """A page the width of a common phone (390 CSS pixels)."""
    context, page = _new_page(browser, 390, 844)
    yield page
    context.close()
