"""The Nu HTML checker (vnu.jar) on every list, with no match and filtered, and on the admin's meeting pages.

The checker is a Java program outside the project's dependencies: point KBASE_VNU_JAR at vnu.jar (the npm package
vnu-jar or the release on GitHub carry it; Java 11 or later runs it). Without it these tests are skipped.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from meetings.models import Event
from tests.test_lists_for_readers import NO_MATCH

VNU_JAR = os.environ.get("KBASE_VNU_JAR", "")
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

pytestmark = pytest.mark.skipif(
    not (VNU_JAR and Path(VNU_JAR).exists() and shutil.which("java")),
    reason="set KBASE_VNU_JAR to vnu.jar (and install Java) to run the Nu HTML checker",
)


def nu_errors(pages, folder):
    """The checker's errors as "page: line: message", for {name: html}; one Java start for all the pages."""
    files = []
    for number, (name, html) in enumerate(pages.items()):
        path = folder / f"page-{number}.html"
        path.write_bytes(html)
        files.append((path, name))
    result = subprocess.run(
        ["java", "-jar", VNU_JAR, "--errors-only", "--format", "json", *(str(path) for path, _ in files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    names = {path.resolve().as_uri(): name for path, name in files}
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [f"{names.get(m.get('url'), m.get('url'))}: {m.get('lastLine')}: {m['message']}" for m in messages]


def test_the_lists_with_no_match_and_filtered_are_valid_html(client, seeded, tmp_path):
    pages = {}
    for url in [url for url, _ in NO_MATCH] + FILTERED + ["/", "/events/?country=zz"]:
        response = client.get(url)
        assert response.status_code in (200, 400), url
        pages[url] = response.content
    assert nu_errors(pages, tmp_path) == []


def test_the_admin_meeting_pages_are_valid_html(admin_client, seeded, tmp_path):
    busiest = max(Event.objects.all(), key=lambda e: e.participations.count() + e.attendances.count())
    urls = ["/admin/meetings/event/", "/admin/meetings/event/add/", f"/admin/meetings/event/{busiest.pk}/change/"]
    pages = {url: admin_client.get(url).content for url in urls}
    assert nu_errors(pages, tmp_path) == []
