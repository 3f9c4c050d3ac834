"""Every CSV download as an analyst reads it: with pandas, joined to the others on their country codes."""

import io
import re

import pandas as pd
import pytest

from meetings.exports import give_back_all
from meetings.models import Country, Person, PersonName

LISTS = ["events", "outcomes", "organizations", "people", "countries", "forums", "agreements", "sources"]
# The column of each file that holds a country code, and whose codes they are.
CODE_COLUMNS = {
    "events": "host_country_code",
    "outcomes": "host_country_code",
    "organizations": "country_code",
    "people": "nationality_code",
    "countries": "code",
}


def download(client, name):
    response = client.get(f"/{name}.csv")
    body = b"".join(response.streaming_content)
    give_back_all()
    assert response.status_code == 200
    return response, body


def frame(client, name):
    _, body = download(client, name)
    # The byte-order mark is there for spreadsheet programs; utf-8-sig is how Python reads such a file.
    assert body.startswith(b"\xef\xbb\xbf")
    return pd.read_csv(io.BytesIO(body), encoding="utf-8-sig", dtype=str, keep_default_na=False)


@pytest.mark.parametrize("name", LISTS)
def test_pandas_reads_every_csv_under_one_file_name_pattern(client, seeded, name):
    response, _ = download(client, name)
    file_name = "meetings" if name == "events" else name
    assert response["Content-Disposition"] == f'attachment; filename="kbase-{file_name}.csv"'
    assert re.fullmatch(r'attachment; filename="kbase-[a-z]+\.csv"', response["Content-Disposition"])
    table = frame(client, name)
    assert len(table) > 0 and "url" in table.columns or "event_url" in table.columns


def test_country_codes_are_lower_case_everywhere_and_join_across_files(client, seeded):
    countries = frame(client, "countries")
    known = {code.lower() for code in Country.objects.values_list("code", flat=True)}
    for name, column in CODE_COLUMNS.items():
        codes = {code for code in frame(client, name)[column] if code}
        assert codes, f"no codes in {name}.csv"
        assert all(re.fullmatch(r"[a-z]{2}", code) for code in codes), (name, codes)
        assert codes <= known, (name, codes - known)
    # The meetings join to their hosts' rows, as a merge in pandas does it.
    meetings = frame(client, "events")
    hosted = meetings[meetings["host_country_code"] != ""].merge(
        countries, left_on="host_country_code", right_on="code", suffixes=("", "_country")
    )
    assert len(hosted) == (meetings["host_country_code"] != "").sum() > 0
    assert (hosted["host_country"] == hosted["name"]).all()


def test_people_are_named_as_written_with_their_plain_spelling_beside(client, seeded):
    people = frame(client, "people").set_index("slug")
    written = PersonName.objects.filter(kind=PersonName.Kind.WITH_DIACRITICS).select_related("person")
    assert written.exists()
    for other in written:
        row = people.loc[other.person.slug]
        assert row["name"] == other.name  # e.g. Đỗ Văn Hoanh
        assert row["name_without_diacritics"] == other.person.name  # Do Van Hoanh
    plain_only = Person.objects.exclude(other_names__kind=PersonName.Kind.WITH_DIACRITICS).first()
    assert people.loc[plain_only.slug, "name"] == plain_only.name
    assert people.loc[plain_only.slug, "name_without_diacritics"] == ""
