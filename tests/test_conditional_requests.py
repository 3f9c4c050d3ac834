"""Conditional requests: a client that polls a download, a feed or the API with the ETag or date it holds gets 304
Not Modified, with no body, until the knowledge base changes; then it gets the new answer."""

import pytest
from django.urls import reverse

from meetings.exports import give_back_all
from meetings.models import Forum

POLLED = [
    "/feeds/meetings.atom",
    "/feeds/meetings.atom?forum=commit-som",
    "/feeds/meetings.ics",
    "/api/popolo.json",
    "/events.csv",
    "/outcomes.csv",
    "/people.csv",
    "/organizations.csv",
    "/api/events/",
    "/api/events/?country=vn",
    "/api/events/2020-14th-commit-senior-officials-meeting/",
    "/api/countries/la/",
    "/api/schema/",
]


def get(client, path, **headers):
    response = client.get(path, **headers)
    if response.streaming:
        b"".join(response.streaming_content)
        give_back_all()
    return response


@pytest.mark.parametrize("path", POLLED)
def test_an_unchanged_answer_is_not_sent_again(client, seeded, path):
    first = get(client, path)
    assert first.status_code == 200
    etag, last_modified = first["ETag"], first["Last-Modified"]
    again = get(client, path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag
    assert get(client, path, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304

    Forum.objects.create(slug="a-new-forum", name="A new forum")  # any edit changes the knowledge version
    changed = get(client, path, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_each_filter_has_its_own_etag(client, seeded):
    assert get(client, "/events.csv")["ETag"] != get(client, "/events.csv?country=vn")["ETag"]
    # The API answers JSON or HTML at one address: the HTML pages, for people, are never conditional (a 304 would
    # carry the plain answers' stricter Content Security Policy to the browser's copy of the page).
    html = get(client, "/api/events/", HTTP_ACCEPT="text/html")
    assert html.status_code == 200 and not html.has_header("ETag")
    assert get(client, "/api/events/", HTTP_ACCEPT="application/json").has_header("ETag")


def test_a_refusal_carries_no_etag(client, seeded):
    response = get(client, reverse("meetings:feed-ics") + "?year=soon")
    assert response.status_code == 400
    assert not response.has_header("ETag")
    response = get(client, "/api/events/?page=0")
    assert response.status_code == 400 and not response.has_header("ETag")
