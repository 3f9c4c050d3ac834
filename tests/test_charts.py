"""The figures over the meeting list: /events/timeline/, /events/matrix/, /events/network/ and /compare/.

Every mark is a link to the meeting list; the tests follow each link and check that the list holds exactly the number
the mark shows, under many filters, because a figure that disagrees with the list it opens misleads.
"""

import csv
import datetime
import io
import re
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from meetings import facets
from meetings.models import Country, Event, FacetTotal, Forum, Participation
from tests.test_event_list import add_events

TIMELINE = reverse("meetings:event-timeline")
MATRIX = reverse("meetings:event-matrix")
NETWORK = reverse("meetings:event-network")
COMPARE = reverse("meetings:compare")
LIST = reverse("meetings:event-list")

# Filters of the meeting list, alone and together: facets, words, dates, an agreement.
FILTERS = [
    {},
    {"country": "la"},
    {"country": "kh", "forum": "commit-som"},
    {"forum": "aseanapol-dialogues"},
    {"host_country": "vn"},
    {"organization": "aseanapol-secretariat"},
    {"topic": "trafficking-in-persons"},
    {"topic": "law-enforcement-cooperation", "country": "th"},
    {"agreement": "actip"},
    {"year": "2021"},
    {"date_from": "2016-01-01"},
    {"date_from": "2020-12-01", "date_to": "2021-03-31"},
    {"status": "held"},
    {"q": "trafficking"},
    {"q": "dialogue", "country": "la"},
    {"person": "nonexistent-person-slug"},
]
VALID_FILTERS = [f for f in FILTERS if "person" not in f]


def list_count(client, url):
    """The number of meetings the list at url says it holds."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.context["page_obj"].paginator.count


def rows_of(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


# --- Timeline -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("params", VALID_FILTERS)
def test_every_timeline_bar_opens_a_list_of_as_many_meetings(client, seeded, params):
    response = client.get(TIMELINE, params)
    assert response.status_code == 200
    figure = response.context["figure"]
    marks = [s for period in figure["periods"] for s in period["segments"] if s["url"]]
    for segment in marks:
        assert list_count(client, segment["url"]) == segment["count"], segment
    # The whole of each period too (its axis), meetings without a forum included.
    for period in figure["periods"]:
        assert list_count(client, period["url"]) == period["count"], period["period"]
    # Every dated meeting of the list is in exactly one bar; the undated ones are counted apart.
    assert figure["total"] + figure["undated"] == list_count(client, LIST + "?" + urlencode(params))


def urlencode(params):
    from urllib.parse import urlencode as encode

    return encode(params)


def test_timeline_json_and_csv_hold_the_same_counts_as_the_page(client, seeded):
    page = client.get(TIMELINE, {"country": "la"}).context["figure"]
    data = client.get(reverse("meetings:event-timeline-json"), {"country": "la"}).json()
    assert set(data) >= {"buckets"}
    for period in page["periods"]:
        assert sum(b["count"] for b in data["buckets"] if b["period"] == period["period"]) == period["count"]
    forums_drawn = {s["forum"]: s["count"] for p in page["periods"] for s in p["segments"] if s["forum"]}
    assert all(b["count"] == forums_drawn[b["forum"]] for b in data["buckets"] if b["forum"] in forums_drawn)
    assert all(set(bucket) == {"period", "forum", "count"} for bucket in data["buckets"])
    rows = rows_of(client.get(reverse("meetings:event-timeline-csv"), {"country": "la"}))
    assert rows[0] == ["period", "forum", "forum_name", "count", "known_to_month", "known_to_year"]
    assert [(r[0], r[1], int(r[3])) for r in rows[1:]] == [
        (b["period"], b["forum"], b["count"]) for b in data["buckets"]
    ]


def test_a_short_range_is_drawn_by_month_with_meetings_known_only_to_the_year_marked(client, seeded):
    forum = Forum.objects.get(slug="commit-som")
    Event.objects.create(
        title="A meeting known only to its year",
        slug="year-only",
        forum=forum,
        start_date=datetime.date(2021, 1, 1),
        start_date_precision="year",
    )
    Event.objects.create(
        title="A meeting known to its month",
        slug="month-only",
        forum=forum,
        start_date=datetime.date(2021, 6, 1),
        start_date_precision="month",
    )
    response = client.get(TIMELINE, {"year": "2021"})
    figure = response.context["figure"]
    assert figure["unit"] == "month"
    january = next(p for p in figure["periods"] if p["period"] == "2021-01")
    june = next(p for p in figure["periods"] if p["period"] == "2021-06")
    assert (january["count"], january["to_year"]) == (1, 1)
    assert (june["count"], june["to_month"]) == (1, 1)
    html = response.content.decode()
    assert "known only to the year, counted in January" in html
    assert "Meetings known only to the year are counted in January and their bars marked *" in html
    for period in (january, june):
        (segment,) = period["segments"]
        assert list_count(client, segment["url"]) == 1
    # By year, the same meetings sit in 2021 with the others of that year.
    years = client.get(reverse("meetings:event-timeline-json")).json()
    assert years["unit"] == "year"
    assert sum(b["count"] for b in years["buckets"] if b["period"] == "2021") == list_count(client, LIST + "?year=2021")


def test_a_month_bar_keeps_the_date_range_chosen(client, seeded):
    figure = client.get(TIMELINE, {"date_from": "2021-02-20", "date_to": "2021-12-31"}).context["figure"]
    assert figure["unit"] == "month"
    assert "date_from=2021-02-20&date_to=2021-02-28" in figure["periods"][0]["url"]
    assert list_count(client, figure["periods"][0]["url"]) == figure["periods"][0]["count"] == 1


def test_empty_and_one_meeting_timelines_say_so(client, seeded):
    empty = client.get(TIMELINE, {"q": "zzzqqq"})
    assert empty.status_code == 200
    assert "No dated meetings match these filters" in empty.content.decode()
    assert '<svg class="chart' not in empty.content.decode()
    one = client.get(TIMELINE, {"forum": "commit-som"})
    html = one.content.decode()
    # One meeting spans no time: it is drawn in its month.
    assert "1 meeting in Dec 2020" in html
    assert 'aria-label="Dec 2020, COMMIT Senior Officials Meeting: 1 meeting"' in html


def test_the_meeting_list_shows_its_timeline_above_the_results(client, seeded):
    html = client.get(LIST, {"country": "la"}).content.decode()
    assert "3 meetings from 2020 to 2024" in html
    assert f'href="{TIMELINE}?country=la"' in html


# --- Matrix -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("options", [{}, {"by": "hosted"}, {"rows": "topic"}])
@pytest.mark.parametrize("params", VALID_FILTERS)
def test_every_matrix_cell_opens_a_list_of_as_many_meetings(client, seeded, params, options):
    response = client.get(MATRIX, {**params, **options})
    assert response.status_code == 200
    figure = response.context["figure"]
    cells = [cell for row in figure["rows"] for cell in row["cells"] if cell["url"]]
    for cell in cells:
        assert list_count(client, cell["url"]) == cell["count"], cell
    data = client.get(reverse("meetings:event-matrix-json"), {**params, **options}).json()
    assert sorted(c["count"] for c in data["cells"]) == sorted(c["count"] for c in cells)


def test_matrix_counts_countries_as_the_list_does_and_hosts_apart(client, seeded):
    data = client.get(reverse("meetings:event-matrix-json")).json()
    cells = {(c["row"], c["col"]): c["count"] for c in data["cells"]}
    assert (
        cells[("la", "commit-som")]
        == Event.objects.top_level().involving_country("LA").filter(forum__slug="commit-som").count()
    )
    hosted = client.get(reverse("meetings:event-matrix-json"), {"by": "hosted"}).json()
    assert {(c["row"], c["col"]) for c in hosted["cells"]} == {
        (code.lower(), slug)
        for code, slug in Event.objects.top_level()
        .exclude(country=None)
        .exclude(forum=None)
        .values_list("country_id", "forum__slug")
    }
    rows = rows_of(client.get(reverse("meetings:event-matrix-csv"), {"rows": "topic"}))
    assert rows[0] == ["row", "row_name", "col", "col_name", "count"]
    assert ["trafficking-in-persons", "Trafficking in persons"] == rows[1][:2] or any(
        r[0] == "trafficking-in-persons" for r in rows[1:]
    )


@pytest.mark.parametrize("options", [{}, {"by": "hosted"}, {"rows": "topic"}])
def test_the_unfiltered_matrix_reads_stored_pairs_and_still_counts_as_the_list(client, seeded, monkeypatch, options):
    # Values carried by at least two meetings are paired: their counts by forum come from FacetPair, the rest from
    # the join, and both must agree with the list.
    monkeypatch.setattr("meetings.facets.PAIRED_MIN_EVENTS", 2)
    monkeypatch.setattr("meetings.facets.PAIRED_SHARE", 0)
    facets.rebuild()
    assert FacetTotal.objects.filter(paired=True).exists() and FacetTotal.objects.filter(paired=False).exists()
    figure = client.get(MATRIX, options).context["figure"]
    cells = [cell for row in figure["rows"] for cell in row["cells"] if cell["url"]]
    assert cells
    for cell in cells:
        assert list_count(client, cell["url"]) == cell["count"], cell
    # The same cells as counted over every meeting by the join (a filter that keeps them all).
    joined = client.get(reverse("meetings:event-matrix-json"), {**options, "date_from": "1900-01-01"}).json()["cells"]
    dated = {(c["row"], c["col"]): c["count"] for c in joined}
    stored = client.get(reverse("meetings:event-matrix-json"), options).json()["cells"]
    assert all(dated.get((c["row"], c["col"]), 0) <= c["count"] for c in stored)


def test_a_matrix_filtered_by_a_country_still_shows_every_country_and_says_why(client, seeded):
    response = client.get(MATRIX, {"country": "la"})
    figure = response.context["figure"]
    assert len(figure["rows"]) > 1
    assert "The country filter is left out here" in response.content.decode()


# --- Network ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("params", VALID_FILTERS)
def test_every_network_node_opens_a_list_of_its_meetings_and_ties_count_shared_meetings(client, seeded, params):
    response = client.get(NETWORK, params)
    assert response.status_code == 200
    figure = response.context["figure"]
    for node in figure["nodes"]:
        if node["list_url"]:
            assert list_count(client, node["list_url"]) == node["meetings"], node["id"]
        else:
            # Another country (or organization) than the one filtered by: the list cannot choose both.
            kind = node["kind"]
            assert params.get(kind) and node["id"] != f"{kind}:{params[kind]}"
    listed = set(client.get(LIST, {**params, "page": 1}).context["page_obj"].paginator.object_list)

    def meetings_of(node_id):
        kind, key = node_id.split(":")
        if kind == "country":
            return set(Event.objects.top_level().involving_country(key.upper()).values_list("pk", flat=True))
        org = __import__("meetings.models", fromlist=["Organization"]).Organization.objects.get(slug=key)
        return set(Event.objects.top_level().involving_organization(org).values_list("pk", flat=True))

    for edge in figure["edges"][:10]:
        assert len(meetings_of(edge["source"]) & meetings_of(edge["target"]) & listed) == edge["weight"], edge


def test_the_unfiltered_network_reads_its_ties_from_stored_pairs_when_every_node_is_common(client, seeded, monkeypatch):
    # Every value carried by a meeting is paired: the ties come from FacetPair (a country with another country, an
    # organization with another one), and must be the ties counted over the meetings (a filter keeping them all).
    monkeypatch.setattr("meetings.facets.PAIRED_MIN_EVENTS", 1)
    monkeypatch.setattr("meetings.facets.PAIRED_SHARE", 0)
    # Every meeting dated, so that a date filter keeps them all; the table rebuilt after.
    Event.objects.filter(start_date__isnull=True).update(start_date=datetime.date(2000, 1, 1))
    facets.rebuild()
    stored = client.get(reverse("meetings:event-network-json")).json()
    counted = client.get(reverse("meetings:event-network-json"), {"date_from": "1000-01-01"}).json()
    assert stored["edges"] and stored["nodes"] == counted["nodes"]
    assert stored["edges"] == counted["edges"]
    # A tie between two countries, which a pair of different facets alone would not give.
    assert any(e["source"].startswith("country:") and e["target"].startswith("country:") for e in stored["edges"])
    # An edit keeps the stored pairs exact.
    Participation.objects.create(
        event=Event.objects.top_level().first(),
        country=Country.objects.get(code="FR"),
        role=Participation.Role.OBSERVER,
    )
    assert facets.differences() == []


def test_network_json_shape_and_node_pages(client, seeded):
    data = client.get(reverse("meetings:event-network-json")).json()
    assert data["nodes"] and data["edges"]
    for node in data["nodes"]:
        assert {"id", "label", "kind", "url"} <= set(node)
        assert client.get(node["url"]).status_code == 200
    ids = {node["id"] for node in data["nodes"]}
    assert all({"source", "target", "weight"} == set(e) and {e["source"], e["target"]} <= ids for e in data["edges"])
    rows = rows_of(client.get(reverse("meetings:event-network-csv")))
    assert rows[0] == ["source", "source_name", "target", "target_name", "weight"]
    assert len(rows) - 1 == len(data["edges"])


def test_timeline_draws_the_largest_forums_and_groups_the_others(client, seeded, monkeypatch):
    monkeypatch.setattr("meetings.charts.SERIES", 1)
    figure = client.get(TIMELINE).context["figure"]
    assert [s["short"] for s in figure["series"]][1:] == ["Other forums", "No forum"]
    assert figure["series"][1]["name"] == "2 other forums"
    others = [s for p in figure["periods"] for s in p["segments"] if s["forum_name"] == "Other forums"]
    assert others and not any(s["url"] for s in others)
    # The JSON keeps every forum.
    data = client.get(reverse("meetings:event-timeline-json")).json()
    assert len({b["forum"] for b in data["buckets"] if b["forum"]}) == 3


def test_network_caps_its_nodes_and_says_so(client, seeded, monkeypatch):
    monkeypatch.setattr("meetings.charts.NETWORK_NODES", 5)
    response = client.get(NETWORK)
    assert len(response.context["figure"]["nodes"]) == 5
    assert "the others are left out so the figure stays readable" in response.content.decode()


def test_network_of_one_or_no_participant_says_so(client, seeded):
    assert "No country or organization is recorded" in client.get(NETWORK, {"q": "zzzqqq"}).content.decode()


# --- Compare ------------------------------------------------------------------------------------------------------


def test_compare_two_countries_side_by_side(client, seeded):
    response = client.get(COMPARE, {"country": ["la", "th"]})
    assert response.status_code == 200
    figure = response.context["figure"]
    both = Event.objects.top_level().involving_country("LA") & Event.objects.top_level().involving_country("TH")
    assert figure["common_count"] == both.count() == len(figure["common"])
    laos, thailand = figure["columns"]
    assert (laos["label"], thailand["label"]) == ("Lao PDR", "Thailand")
    assert list_count(client, laos["list_url"]) == laos["meetings"]
    for column in figure["columns"]:
        for forum in column["forums"]:
            assert list_count(client, forum["url"]) == forum["count"]
        for year in column["years"]:
            assert list_count(client, year["url"]) == year["count"]
    roles = {y["year"]: dict(y["roles"]) for y in laos["years"]}
    assert roles[2020] == {"Member delegation": 1}
    assert "Compare Lao PDR and Thailand" in response.content.decode()


def test_compare_lists_each_ones_busiest_forums_and_says_how_many_more(client, seeded, monkeypatch):
    monkeypatch.setattr("meetings.charts.COMPARE_FORUMS", 1)
    response = client.get(COMPARE, {"country": ["la", "th"]})
    for column in response.context["figure"]["columns"]:
        country = column["key"].upper()
        counts = {}
        for event in Event.objects.top_level().involving_country(country).exclude(forum=None):
            counts[event.forum.slug] = counts.get(event.forum.slug, 0) + 1
        assert [f["count"] for f in column["forums"]] == [max(counts.values())]
        assert column["forums_more"] == len(counts) - 1 > 0
    assert re.search(
        r"And \d+ other forums?, in the forum facet of <a href=\"/events/\?country=", response.content.decode()
    )


def test_compare_organizations_under_a_filter(client, seeded):
    response = client.get(COMPARE, {"organization": ["aseanapol-secretariat", "new-zealand-police"], "year": "2021"})
    assert response.status_code == 200
    for column in response.context["figure"]["columns"]:
        assert "year=2021" in column["list_url"]
        assert list_count(client, column["list_url"]) == column["meetings"]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"country": "la"}, "Choose 2 to 4 different countries"),
        ({"country": ["la", "la"]}, "1 given"),
        ({"country": ["la", "th", "vn", "kh", "my"]}, "5 given"),
        ({}, "0 given"),
        ({"country": ["la", "zz"]}, "Unknown country code: zz"),
        ({"country": ["la", "<b>x</b>"]}, "Unknown country code: &lt;b&gt;x&lt;/b&gt;"),
        ({"organization": ["aseanapol", "nobody"]}, "Unknown organization: nobody"),
        ({"country": ["la", "th"], "organization": ["aseanapol", "unodc"]}, "not both"),
        ({"country": ["la", "th"], "year": "twenty"}, "Enter a whole number"),
    ],
)
def test_compare_refuses_bad_input_with_a_400_that_says_why(client, seeded, params, message):
    response = client.get(COMPARE, params)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "<b>x</b>" not in html


# --- Bad parameters -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["timeline", "matrix", "network"])
@pytest.mark.parametrize(
    "params", [{"country": "zz"}, {"year": "20x0"}, {"date_from": "yesterday"}, {"forum": "<script>"}, {"q": "x" * 201}]
)
def test_bad_parameters_are_a_400_in_every_format(client, seeded, name, params):
    page = client.get(reverse(f"meetings:event-{name}"), params)
    assert page.status_code == 400
    assert "This list cannot be shown as asked" in page.content.decode()
    html = re.sub(r'href="/login/\?next=[^"]*"', "", page.content.decode())
    assert "<script>" not in html
    # A refused value is not written back into the page's links (a chip shows its first 40 characters).
    assert "x" * 41 not in html
    data = client.get(reverse(f"meetings:event-{name}-json"), params)
    assert data.status_code == 400 and data.json()["errors"]
    assert client.get(reverse(f"meetings:event-{name}-csv"), params).status_code == 400


@pytest.mark.parametrize("params", [{"rows": "people"}, {"by": "everyone"}, {"rows": "topic", "by": "hosted"}])
def test_matrix_refuses_what_it_cannot_count(client, seeded, params):
    assert client.get(MATRIX, params).status_code == 400
    assert client.get(reverse("meetings:event-matrix-json"), params).status_code == 400


# --- Query counts -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        TIMELINE,
        TIMELINE + "?country=la&q=meeting",
        MATRIX,
        MATRIX + "?rows=topic&country=la",
        NETWORK,
        NETWORK + "?topic=trafficking-in-persons",
        COMPARE + "?country=la&country=th",
        COMPARE + "?organization=aseanapol-secretariat&organization=new-zealand-police&forum=aseanapol-dialogues",
        LIST + "?country=la",
    ],
)
def test_query_counts_do_not_grow_with_the_data(client, seeded, django_assert_max_num_queries, url):
    with django_assert_max_num_queries(20) as before:
        assert client.get(url).status_code == 200
    add_events(40)
    with django_assert_max_num_queries(len(before.captured_queries)):
        assert client.get(url).status_code == 200


def test_figures_link_keyboard_reachable_marks_and_draw_no_inline_style(client, seeded):
    for url in (TIMELINE, MATRIX, NETWORK, COMPARE + "?country=la&country=th"):
        html = client.get(url).content.decode()
        assert "style=" not in html and "<script" not in html
        assert "<a href=" in html
    html = client.get(NETWORK).content.decode()
    assert html.count('<a href="/events/?country=') >= 2


def test_links_carry_the_filters_and_drop_the_page(client, seeded):
    figure = client.get(TIMELINE, {"country": "la", "page": "2"}).context["figure"]
    url = next(s["url"] for p in figure["periods"] for s in p["segments"] if s["url"])
    query = urlsplit(url).query
    assert "country=la" in query and "page=" not in query


def test_participation_roles_count_each_meeting_once_per_role(client, seeded):
    event = Event.objects.get(slug="2020-14th-commit-senior-officials-meeting")
    Participation.objects.create(event=event, country=Country.objects.get(code="LA"), role="observer")
    figure = client.get(COMPARE, {"country": ["la", "th"]}).context["figure"]
    laos = figure["columns"][0]
    year = next(y for y in laos["years"] if y["year"] == 2020)
    assert dict(year["roles"]) == {"Member delegation": 1, "Observer": 1}
    assert year["count"] == 1
