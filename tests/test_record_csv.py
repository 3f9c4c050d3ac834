"""CSV downloads of the record lists take the same filters as their pages."""

import csv
import io

import pytest

from meetings.models import Organization

pytestmark = pytest.mark.django_db


def rows(response):
    assert response.status_code == 200, response
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    "url,key,expected",
    [
        ("/organizations.csv?country=vn", "slug", {"oipa", "mps"}),
        ("/people.csv?q=hoanh", "slug", {"do-van-hoanh"}),
        ("/countries.csv?q=lao", "code", {"la"}),
        ("/forums.csv?q=commit", "slug", {"commit-som"}),
        ("/agreements.csv?q=actip", "slug", {"actip"}),
    ],
)
def test_record_csv_gives_the_rows_its_filtered_page_lists(seeded, client, url, key, expected):
    found = {row[key] for row in rows(client.get(url))}
    assert expected <= found
    page = client.get(url.replace(".csv", "/"))
    assert page.context["page_obj"].paginator.count == len(found)


def test_every_record_list_links_its_csv_with_the_current_filters(seeded, client):
    searches = {
        "organizations": "police",
        "people": "hoanh",
        "countries": "viet",
        "forums": "aseanapol",
        "agreements": "actip",
        "sources": "aseanapol",
    }
    for page, q in searches.items():
        response = client.get(f"/{page}/", {"q": q, "page": "1"})
        assert f'href="/{page}.csv?q={q}"' in response.content.decode(), page


def test_a_bad_filter_refuses_the_download_with_a_400_naming_the_problem(client, seeded):
    response = client.get("/organizations.csv", {"country": "zz"})
    assert response.status_code == 400
    assert "country" in response.content.decode()


def test_a_name_that_looks_like_a_formula_is_made_safe(seeded, client):
    Organization.objects.create(name="=HYPERLINK(evil)", kind=Organization.objects.first().kind)
    names = {row["name"] for row in rows(client.get("/organizations.csv"))}
    assert "'=HYPERLINK(evil)" in names and "=HYPERLINK(evil)" not in names
