"""The lists as a reader meets them (issue 13): an empty result said plainly, menus that lead somewhere, facets that
fold, one label per filter, links that land on the results, and statuses and inferred dates explained in words."""

import datetime
import re
from html import unescape

import pytest
from django.urls import reverse

from meetings import search
from meetings.lists.base import MAX_QUERY_LENGTH
from meetings.lists.events import FACET_SHOWN, FACETS, EventFilter
from meetings.models import Country, Event, Forum, Organization, Outcome, Person

# One valid filter (or combination) per list that matches nothing in the seed, with the list's plural noun.
NO_MATCH = [
    ("/events/?country=la&forum=aseanapol-conference", "meetings"),
    ("/outcomes/?country=la&forum=aseanapol-conference", "outcomes"),
    ("/organizations/?country=ad", "organizations"),
    ("/people/?q=zqxjv", "people"),
    ("/countries/?q=zqxjv", "countries"),
    ("/forums/?country=ad", "forums"),
    ("/agreements/?country=ad&kind=convention", "agreements"),
    ("/sources/?year=1950", "reports"),
]


def text_of(html):
    """The page's words as a reader sees them: tags dropped, spaces folded."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def main_of(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


@pytest.mark.parametrize("url, nouns", NO_MATCH)
def test_a_valid_filter_with_no_match_says_so_with_the_count_the_filters_and_the_csv(client, seeded, url, nouns):
    response = client.get(url)
    assert response.status_code == 200  # a valid question with no answer is not an error
    main = main_of(response)
    words = text_of(main)
    assert f"0 {nouns}" in words
    assert f"No {nouns} match these filters." in words
    assert "cannot be shown" not in words and "Correct or remove" not in words
    # The CSV link is still there, with the same filters.
    path, query = url.split("?")
    csv = path.rstrip("/") + ".csv"  # /events/ -> /events.csv
    assert f'href="{csv}?{query.replace("&", "&amp;")}"' in main
    # A link to remove each filter in force, and one to clear them all when there are several.
    for chip in response.context["chips"]:
        assert f'href="?{chip["remove"].replace("&", "&amp;")}#results">Remove “{chip["label"]}: ' in main
    if len(response.context["chips"]) > 1:
        assert f'<a href="{path}#results">Clear all filters</a>' in main


def test_a_refused_filter_still_reads_as_an_error_and_not_as_no_match(client, seeded):
    response = client.get("/organizations/?country=zz")
    assert response.status_code == 400
    words = text_of(main_of(response))
    assert "This list cannot be shown as asked." in words
    assert "No organizations match" not in words and "0 organizations" not in words


def test_the_list_of_an_empty_knowledge_base_says_nothing_is_recorded_rather_than_no_match(client, unseeded):
    words = text_of(main_of(client.get("/organizations/")))
    assert "0 organizations" in words and "No organizations are recorded yet." in words
    assert "match these filters" not in words


# --- Menus --------------------------------------------------------------------------------------------------


def options(response, name):
    """(value, text, selected) of each option of the form's menu `name`."""
    html = main_of(response)
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return [
        (value, unescape(text), bool(selected))
        for value, selected, text in re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select)
    ]


def test_the_organization_lists_country_menu_offers_only_countries_with_organizations(client, seeded):
    offered = [value for value, _, _ in options(client.get("/organizations/"), "country")][1:]
    with_organizations = sorted(
        Country.objects.filter(organizations__isnull=False).distinct().values_list("code", flat=True)
    )
    assert sorted(code.upper() for code in offered) == with_organizations
    assert "ad" not in offered and len(offered) < 30


def test_a_chosen_country_without_data_stays_chosen_in_its_menu(client, seeded):
    # An old link must not lose its filter when the form is submitted again.
    response = client.get("/organizations/?country=ad")
    assert ("ad", "Andorra", True) in options(response, "country")


def test_part_of_is_a_menu_of_named_organizations_that_have_units(client, seeded):
    response = client.get("/organizations/?parent=mps")
    menu = options(response, "parent")
    assert ("mps", "Ministry of Public Security (MPS)", True) in menu
    parents = set(Organization.objects.filter(children__isnull=False).values_list("slug", flat=True))
    assert {value for value, _, _ in menu[1:]} == parents
    assert 'placeholder="identifier' not in main_of(response)
    # And it filters as before: the ministry's units, and only them.
    units = {o.slug for o in response.context["page_obj"]}
    assert units == set(Organization.objects.filter(parent__slug="mps").values_list("slug", flat=True))


@pytest.mark.parametrize("url", ["/forums/", "/agreements/", "/outcomes/"])
def test_other_country_menus_leave_out_countries_without_data(client, seeded, url):
    offered = {value for value, _, _ in options(client.get(url), "country")}
    assert "ad" not in offered and "fr" not in offered
    for value in offered - {""}:
        # Each country offered gives at least one row.
        assert client.get(url, {"country": value}).context["page_obj"].paginator.count > 0, value


def test_forum_country_menu_offers_the_countries_that_took_part_in_forum_meetings(client, seeded):
    offered = {value for value, _, _ in options(client.get("/forums/"), "country")}
    assert {"la", "vn", "th", "kh"} <= offered


def test_menus_cost_the_same_number_of_queries_as_the_knowledge_base_grows(client, seeded):
    def count_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        counts = {}
        for url in ("/organizations/", "/organizations/?parent=mps", "/forums/", "/agreements/", "/outcomes/"):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts[url] = len(queries)
        return counts

    before = count_queries()
    for n in range(40):
        parent = Organization.objects.create(name=f"Extra ministry {n}", slug=f"extra-ministry-{n}", country_id="FR")
        Organization.objects.create(name=f"Extra unit {n}", slug=f"extra-unit-{n}", parent=parent, country_id="DE")
    after = count_queries()
    assert after == before


# --- Facets -------------------------------------------------------------------------------------------------


@pytest.fixture
def many_forums(seeded):
    """Nine forums, one meeting each in Laos: more forum values than a facet shows at once."""
    laos = Country.objects.get(code="LA")
    for n in range(9):
        forum = Forum.objects.create(name=f"Forum number {n}", slug=f"forum-number-{n}")
        Event.objects.create(
            title=f"Meeting of forum {n}",
            slug=f"meeting-of-forum-{n}",
            forum=forum,
            country=laos,
            start_date=datetime.date(2019, 1, n + 1),
        )


def facet_html(response, name):
    html = response.content.decode()
    start = html.index(f'aria-labelledby="facet-{name}"')
    return html[start : html.index("</section>", start)]


def test_a_long_facet_shows_five_values_and_folds_the_rest_under_more(client, many_forums):
    response = client.get("/events/")
    forums = facet_html(response, "forum")
    shown, _, folded = forums.partition('<details class="facet-more">')
    assert shown.count("<li") == FACET_SHOWN
    total = len(next(f for f in response.context["facets"] if f.name == "forum").values)
    assert f"({total - FACET_SHOWN})</summary>" in folded
    assert folded.count("<li") == total - FACET_SHOWN
    # Any other forum is found on the forums' own list.
    assert f'<a href="{reverse("meetings:forum-list")}">Find another forum</a>' in folded


def test_a_chosen_value_is_never_folded_away(client, many_forums):
    response = client.get("/events/")
    last = next(f for f in response.context["facets"] if f.name == "forum").values[-1]
    shown = facet_html(client.get("/events/", {"forum": last["value"]}), "forum").partition("<details")[0]
    assert 'aria-current="true"' in shown and last["label"] in shown


def test_a_short_facet_has_no_more_toggle(client, seeded):
    assert "<details" not in facet_html(client.get("/events/"), "format")


def test_the_form_the_facets_and_the_chips_name_each_filter_alike(client, seeded):
    response = client.get("/events/", {"country": "la", "forum": "commit-som", "status": "held", "q": "meeting"})
    facet_labels = {facet.name: facet.label for facet in response.context["facets"]}
    chip_labels = {chip["name"]: chip["label"] for chip in response.context["chips"]}
    for name, label in FACETS:
        assert facet_labels[name] == label == EventFilter.base_filters[name].label
    for name, label in chip_labels.items():
        assert label == EventFilter.base_filters[name].label
    html = response.content.decode()
    assert f'<label for="id_q">{EventFilter.base_filters["q"].label}</label>' in html
    assert f'<h3 id="facet-country">{EventFilter.base_filters["country"].label}</h3>' in html


def test_filtering_links_land_on_the_results(client, seeded):
    html = client.get("/events/", {"country": "la"}).content.decode()
    assert 'id="results"' in html
    assert 'action="/events/#results"' in html
    facet_links = re.findall(r'<section class="facet".*?</section>', html, re.S)
    hrefs = [href for section in facet_links for href in re.findall(r'href="(\?[^"]*)"', section)]
    assert hrefs and all(href.endswith("#results") for href in hrefs)
    assert 'class="chip-remove" href="?#results"' in html
    assert '<a class="clear-all" href="/events/#results">' in html


# --- Signals ------------------------------------------------------------------------------------------------


def test_a_past_meeting_still_marked_planned_says_what_is_known(client, seeded):
    past = Event.objects.filter(status="planned", start_date__lt=datetime.date.today()).first()
    future = Event.objects.create(
        title="A meeting announced for later",
        slug="announced-for-later",
        status="planned",
        start_date=datetime.date.today() + datetime.timedelta(days=400),
    )
    html = client.get("/events/", {"status": "planned"}).content.decode()
    note = "Announced as planned; no report here says whether it was held."
    past_item = html[html.index(past.get_absolute_url()) :].split("</li>")[0]
    future_item = html[html.index(future.get_absolute_url()) :].split("</li>")[0]
    assert note in past_item
    assert note not in future_item


def test_every_page_that_shows_a_meetings_status_says_what_it_means(client, seeded):
    planned = Event.objects.filter(status="planned", start_date__year=2015).first()
    assert planned, "the seed has a meeting of 2015 announced as planned"
    planned.forum = Forum.objects.get(slug="somtc")  # so that it shows in a forum's series too
    planned.save()
    referenced = Event.objects.create(title="A meeting only mentioned", slug="only-mentioned", status="referenced")
    pages = {
        planned: ["/events/?status=planned", planned.get_absolute_url(), planned.forum.get_absolute_url()],
        referenced: ["/events/?status=referenced", referenced.get_absolute_url(), "/search/?q=only+mentioned"],
    }
    for event, urls in pages.items():
        for url in urls:
            html = client.get(url).content.decode()
            assert f'<span class="badge {event.status}">{event.get_status_display()}</span>' in html, url
            shown = html[html.index(f'<span class="badge {event.status}">') :]
            # The words follow the badge closely, in the same item: read without the badge's colour, or by a
            # screen reader, the status still says what is known.
            assert event.status_note in text_of(shown[:600]), url
    assert "no report here says whether it was held" in planned.status_note
    assert "no account of the meeting itself" in referenced.status_note


def test_an_inferred_date_is_explained_in_words_not_in_a_tooltip(client, seeded):
    event = Event.objects.exclude(date_inferred="").exclude(date_note="").first()
    html = client.get("/events/").content.decode()
    item = html[html.index(event.get_absolute_url()) :].split("</li>")[0]
    assert "title=" not in item
    assert f"({event.get_date_inferred_display().lower()}: " in text_of(item)
    assert text_of(event.date_note)[:40] in text_of(item)
    # The meeting's own page spells the reason out once, below the date.
    page = text_of(client.get(event.get_absolute_url()).content.decode())
    assert page.count(text_of(event.date_note)[:40]) == 1


def test_an_outcome_whose_status_repeats_its_kind_has_one_badge(client, seeded):
    noted = Outcome.objects.filter(kind="plan_noted", status="noted").first()
    proposal = Outcome.objects.filter(kind="proposal", status="proposed").first()
    html = client.get("/outcomes/").content.decode()
    items = {item for item in re.findall(r'<li class="outcome-item">.*?</li>', html, re.S)}
    noted_item = next(item for item in items if unescape(noted.text[:50]) in unescape(item))
    proposal_item = next(item for item in items if unescape(proposal.text[:50]) in unescape(item))
    assert ">Plan noted</span>" in noted_item and ">Noted</span>" not in noted_item
    assert ">Proposal</span>" in proposal_item and ">Proposed</span>" in proposal_item
    event_page = client.get(noted.event.get_absolute_url()).content.decode()
    assert "Plan noted</span> <span" not in event_page


def test_a_record_with_one_meeting_says_the_one_meeting(client, seeded):
    person = next(p for p in Person.objects.all() if p.attendances.count() == 1)
    words = text_of(client.get(person.get_absolute_url()).content.decode())
    assert "All 1 meeting" not in words
    assert "The one meeting in the meeting list" in words


def test_an_anonymous_reader_sees_one_sign_in_link(client, seeded):
    html = client.get("/events/").content.decode()
    assert len(re.findall(r"<a [^>]*>[^<]*[Ss]ign[- ]in</a>", html)) == 1
    assert f'href="{reverse("admin:index")}"' not in html


def test_staff_signed_in_find_the_admin_in_the_header(client, editor):
    client.force_login(editor)
    html = client.get("/events/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert f'<a href="{reverse("admin:index")}">Admin</a>' in header


def test_search_boxes_take_their_limit_from_the_list_layer(client, seeded, monkeypatch):
    assert MAX_QUERY_LENGTH == search.MAX_QUERY_LENGTH
    boxes = (("/", "home-q"), ("/events/", "header-q"), ("/countries/", "header-q"))
    for limit in (MAX_QUERY_LENGTH, 150):
        # The boxes follow the one limit, whatever it is: none of them writes its own number.
        monkeypatch.setattr("meetings.context_processors.MAX_QUERY_LENGTH", limit)
        for url, box in boxes:
            html = client.get(url).content.decode()
            tag = re.search(rf'<input id="{box}"[^>]*>', html).group(0)
            assert f'maxlength="{limit}"' in tag, (url, box)


def test_the_countries_table_says_it_scrolls_and_can_be_scrolled_by_keyboard(client, seeded):
    html = client.get("/countries/").content.decode()
    assert "scroll it sideways to see every column" in html
    assert re.search(r'<div class="table-scroll" role="region" aria-label="[^"]+"[^>]* tabindex="0">', html)
