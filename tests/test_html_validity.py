"""The record pages that read as histories, and every seeded meeting's page, are valid HTML by the Nu HTML checker
(the W3C's validator, run locally from vnu.jar; no page leaves the machine).

Browsers forgive a stray end tag or a duplicate id, but screen readers and the folds of a meeting's page (details
inside lists inside columns) do not always: the checker finds what a screenshot hides. .ci/run installs vnu.jar
with npm into .vnu/; KBASE_VNU_JAR points elsewhere.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from meetings.models import Event
from tests.test_lists_for_readers import NO_MATCH

VNU_JAR = Path(os.environ.get("KBASE_VNU_JAR", settings.BASE_DIR / ".vnu/node_modules/vnu-jar/build/dist/vnu.jar"))
RECORD_PAGES = [
    "/countries/vn/",
    "/organizations/aseanapol/",
    "/forums/commit-som/",
    "/people/do-van-hoanh/",
    "/agreements/actip/",
]


@pytest.fixture
def vnu():
    java = shutil.which("java")
    if java is None:
        pytest.skip("java is not installed: the Nu HTML checker (vnu.jar) needs a Java runtime")
    if not VNU_JAR.exists():
        pytest.fail(f"vnu.jar is not at {VNU_JAR}: run `npm install --ignore-scripts --prefix .vnu vnu-jar` (CI does)")
    return [java, "-jar", str(VNU_JAR)]


def test_meeting_and_record_pages_have_no_html_errors(client, seeded, vnu, tmp_path):
    paths = [event.get_absolute_url() for event in Event.objects.order_by("slug")] + RECORD_PAGES
    pages = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        file = tmp_path / (path.strip("/").replace("/", "_") + ".html")
        file.write_bytes(response.content)
        pages[file.name] = path
    # One run for every page: the Java start-up costs more than the checking.
    result = subprocess.run(
        [*vnu, "--errors-only", "--format", "gnu", *(str(tmp_path / name) for name in pages)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # Each error reads "file:/tmp/…/events_x.html":line.col-line.col: error: …; name the page by its address instead.
    errors = [
        re.sub(r'^"file:[^"]*/([^/"]+)"', lambda m: pages.get(m.group(1), m.group(1)), line)
        for line in result.stderr.splitlines()
        if line.strip()
    ]
    assert errors == []
    assert result.returncode == 0


def nu_errors(vnu, pages, folder):
    """The checker's errors as "page: line: message", for {address: html}; one Java start for all the pages."""
    files = []
    for number, (name, html) in enumerate(pages.items()):
        path = folder / f"page-{number}.html"
        path.write_bytes(html)
        files.append((path, name))
    result = subprocess.run(
        [*vnu, "--errors-only", "--format", "json", *(str(path) for path, _ in files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    names = {path.resolve().as_uri(): name for path, name in files}
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [f"{names.get(m.get('url'), m.get('url'))}: {m.get('lastLine')}: {m['message']}" for m in messages]


FILTERED = [
    "/events/?country=la",
    "/outcomes/?country=vn&status=noted",
    "/organizations/?country=vn&parent=mps",
    "/people/?q=police",
    "/countries/",
    "/forums/?country=la",
    "/agreements/?kind=convention",
    "/sources/?year=2021",
]


def test_the_lists_with_no_match_and_filtered_are_valid_html(client, seeded, vnu, tmp_path):
    pages = {}
    for url in [url for url, _ in NO_MATCH] + FILTERED + ["/", "/events/?country=zz"]:
        response = client.get(url)
        assert response.status_code in (200, 400), url
        pages[url] = response.content
    assert nu_errors(vnu, pages, tmp_path) == []


def test_the_admin_meeting_pages_are_valid_html(admin_client, seeded, vnu, tmp_path):
    busiest = max(Event.objects.all(), key=lambda e: e.participations.count() + e.attendances.count())
    urls = ["/admin/meetings/event/", "/admin/meetings/event/add/", f"/admin/meetings/event/{busiest.pk}/change/"]
    pages = {url: admin_client.get(url).content for url in urls}
    assert nu_errors(vnu, pages, tmp_path) == []


def test_the_search_page_with_results_and_with_none_is_valid_html(client, seeded, vnu, tmp_path):
    # Every kind of result (countries, forums, statements, meetings of a year) and the plain "no record" answer.
    urls = ["/search/?q=Lao+PDR", "/search/?q=SOMTC", "/search/?q=empower+people", "/search/?q=ASEAN+2015"]
    urls += ["/search/?q=zzyzx", "/search/?q=Hanoi+1999"]
    pages = {url: client.get(url).content for url in urls}
    assert nu_errors(vnu, pages, tmp_path) == []
