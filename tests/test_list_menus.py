"""The record lists' menus offer only values that lead to rows, drawn as Django draws them, in queries that do
not grow with the number of records; the country list's numbers are the meeting list's own."""

import datetime
import re
from html import unescape

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings import facets
from meetings.lists import base
from meetings.lists.base import LowerCountryCodeField, MenuSelect
from meetings.models import Country, Event, Forum, Organization, Person, Position

pytestmark = pytest.mark.django_db

OPTION = re.compile(r'<option value="([^"]*)"( selected)?>([^<]*)</option>')


def menu(html, name):
    """[(value, label, selected)] of the select box named name."""
    box = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert box, name
    return [(value, unescape(label), bool(selected)) for value, selected, label in OPTION.findall(box.group(1))]


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def test_menu_select_draws_the_markup_django_draws(seeded):
    """The one-pass select box is Django's Select without its per-option templates: the same options, labels,
    selection and attributes, so browsers, the tests and the accessibility checks see no difference."""
    field = LowerCountryCodeField(queryset=Country.objects.order_by("name"), empty_label="Any country")
    attrs = {"id": "id_country", "aria-invalid": "true"}
    ours = MenuSelect(choices=field.choices).render("country", "la", attrs)
    theirs = forms.Select(choices=field.choices).render("country", "la", attrs)
    assert menu(ours, "country") == menu(theirs, "country")
    assert len(menu(ours, "country")) == Country.objects.count() + 1
    assert ("la", "Lao PDR", True) in menu(ours, "country")
    assert ours.startswith('<select name="country" aria-invalid="true" id="id_country">')
    # Names are escaped once, not twice and not at all.
    Country.objects.filter(code="LA").update(name="Lao <PDR> & Co")
    field = LowerCountryCodeField(queryset=Country.objects.order_by("name"))
    assert "Lao &lt;PDR&gt; &amp; Co</option>" in MenuSelect(choices=field.choices).render("country", "", {})


def test_people_list_menus_offer_only_countries_and_organizations_that_lead_to_people(client, seeded):
    html = get(client, "/people/")
    nationalities = {value for value, _, _ in menu(html, "country")} - {""}
    assert nationalities == {code.lower() for code in Person.objects.values_list("nationality", flat=True) if code}
    officials_of = {value for value, _, _ in menu(html, "official_of")} - {""}
    assert officials_of == {
        country.code.lower() for country in Country.objects.all() if Person.objects.officials_of(country).exists()
    }
    organizations = {value for value, _, _ in menu(html, "organization")} - {""}
    with_people = {o.slug for o in Organization.objects.all() if Person.objects.involving_organization(o).exists()}
    assert organizations <= with_people and len(organizations) == min(base.MENU_SIZE, len(with_people)) > 0
    assert Organization.objects.exclude(slug__in=with_people).exists()  # the menu does leave some out
    assert menu(html, "country")[0] == ("", "Any country", True)


def test_a_value_without_people_stays_accepted_and_shown_as_selected(client, seeded):
    """An old link to a country nobody holds: an empty list, the country selected in its menu, not an error."""
    assert not Person.objects.filter(nationality="FR").exists()
    html = get(client, "/people/?country=fr")
    assert ("fr", "France", True) in menu(html, "country")
    assert re.search(r'href="/people/[\w-]+/"', html) is None  # status 200 and no one listed
    # A code that is no country is refused beside the menu, and the menu offers nothing more for it.
    html = get(client, "/people/?country=zz", status=400)
    assert all(value != "zz" for value, _, _ in menu(html, "country"))


def test_record_list_menus_offer_only_values_with_rows(client, seeded):
    """Each list's country menu offers the countries that lead to rows of that list."""
    cases = {
        "/organizations/": (
            "country",
            {c.lower() for c in Organization.objects.values_list("country", flat=True) if c},
        ),
        "/forums/": (
            "country",
            # Involved in a meeting of a forum: the only countries that give forums.
            {
                c.code.lower()
                for c in Country.objects.all()
                if Event.objects.top_level().involving_country(c).filter(forum__isnull=False).exists()
            },
        ),
        "/agreements/": (
            "country",
            {c.lower() for c in Country.objects.filter(agreement_acts__isnull=False).values_list("code", flat=True)},
        ),
    }
    for url, (name, expected) in cases.items():
        offered = {value for value, _, _ in menu(get(client, url), name)} - {""}
        assert offered == expected and len(offered) < Country.objects.count(), url


def test_people_list_runs_the_same_queries_with_many_more_people_and_organizations(
    client, seeded, django_assert_max_num_queries
):
    with CaptureQueriesContext(connection) as few:
        get(client, "/people/")
    countries = list(Country.objects.order_by("code")[:60])
    organizations = Organization.objects.bulk_create(
        Organization(slug=f"bulk-org-{i}", name=f"Bulk organization {i}", country=countries[i % 60]) for i in range(300)
    )
    people = Person.objects.bulk_create(
        Person(slug=f"bulk-person-{i}", name=f"Bulk person {i}", nationality=countries[i % 60]) for i in range(300)
    )
    Position.objects.bulk_create(
        Position(person=person, organization=organization, title="Director")
        for person, organization in zip(people, organizations, strict=True)
    )
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = get(client, "/people/")
    # The organization menu offers the MENU_SIZE busiest, however many organizations have people; the others are
    # found through the organization list.
    assert len(menu(html, "organization")) == base.MENU_SIZE + 1
    assert len(menu(html, "country")) > 60


def test_country_list_shows_the_numbers_of_the_meeting_lists_it_links_to(client, seeded):
    html = get(client, "/countries/")
    laos = Country.objects.get(code="LA")
    row = re.search(r'<th scope="row"><a href="/countries/la/">.*?</tr>', html, re.S).group(0)
    hosted = Event.objects.top_level().filter(country=laos).count()
    involved = Event.objects.top_level().involving_country(laos).count()
    assert involved > 0
    assert f'href="/events/?host_country=la">{hosted}</a>' in row or (hosted == 0 and "<td>0</td>" in row)
    assert f'href="/events/?country=la">{involved}</a>' in row
    listed = re.search(r'class="results-title">(\d+) meeting', get(client, "/events/?country=la")).group(1)
    assert int(listed) == involved


def test_country_page_lists_the_forums_of_its_meetings_from_the_facet_table(client, seeded):
    html = get(client, "/countries/vn/")
    forums = html.split("<h2>Forums</h2>", 1)[1].split("</ul>", 1)[0]
    viet_nam = Country.objects.get(code="VN")
    expected = {
        event.forum.get_absolute_url()
        for event in Event.objects.top_level().involving_country(viet_nam).select_related("forum")
        if event.forum
    }
    assert expected and set(re.findall(r'href="(/forums/[^"]+/)"', forums)) == expected
    # A new meeting of another forum with a Vietnamese delegation adds that forum, as the table follows each edit.
    other = (
        Event.objects.exclude(forum=None)
        .exclude(forum__in=[e.forum for e in Event.objects.involving_country(viet_nam) if e.forum])
        .select_related("forum")
        .first()
    )
    if other is not None:
        other.participations.create(country=viet_nam, role="member_delegation")
        assert other.forum.get_absolute_url() in get(client, "/countries/vn/").split("<h2>Forums</h2>", 1)[1]
    assert facets.differences() == []


def test_forum_list_counts_each_forums_meetings_as_the_meeting_list_does(client, seeded):
    html = get(client, "/forums/")
    forum = Forum.objects.get(slug="aseanapol-conference")
    meetings = Event.objects.top_level().filter(forum=forum).count()
    item = re.search(rf'href="{forum.get_absolute_url()}">.*?</li>', html, re.S).group(0)
    assert f"{meetings} meeting{'s' if meetings != 1 else ''}" in item and meetings > 1
    # A new meeting of the forum counts at once: the facet table follows each save.
    Event.objects.create(
        slug="aseanapol-extra", title="An extra conference", forum=forum, start_date=datetime.date(2031, 1, 1)
    )
    assert f"{meetings + 1} meetings" in re.search(
        rf'href="{forum.get_absolute_url()}">.*?</li>', get(client, "/forums/"), re.S
    ).group(0)


def test_country_list_runs_the_same_queries_with_many_more_meetings(client, seeded, django_assert_max_num_queries):
    with CaptureQueriesContext(connection) as few:
        get(client, "/countries/")
    laos = Country.objects.get(code="LA")
    Event.objects.bulk_create(
        Event(slug=f"bulk-{i}", title=f"Bulk {i}", country=laos, start_date=datetime.date(2031, 1, 1))
        for i in range(200)
    )
    facets.rebuild()
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = get(client, "/countries/")
    hosted = Event.objects.top_level().filter(country=laos).count()
    assert f'href="/events/?host_country=la">{hosted}</a>' in html


def test_outcome_forum_menu_offers_the_busiest_forums_with_outcomes_and_links_to_the_others(
    client, seeded, monkeypatch
):
    from meetings.models import Outcome

    monkeypatch.setattr(base, "MENU_SIZE", 2)
    with_outcomes = Forum.objects.filter(pk__in=Outcome.objects.values("event__forum")).order_by("name")
    meetings = {f: Event.objects.top_level().filter(forum=f).count() for f in with_outcomes}
    busiest = sorted(with_outcomes, key=lambda f: (-meetings[f], f.name, f.pk))[:2]
    assert len(with_outcomes) > 2  # the menu does leave some out

    html = get(client, "/outcomes/")
    offered = menu(html, "forum")[1:]
    # The busiest, by name; only forums whose meetings have outcomes.
    assert [value for value, _, _ in offered] == [f.slug for f in sorted(busiest, key=lambda f: f.name.casefold())]
    assert 'aria-describedby="id_forum_find"' in html
    assert re.search(r'<p class="field-find" id="id_forum_find"><a href="/forums/">', html)

    # A forum left out of the menu still filters, shown selected; its page links to its outcomes.
    other = next(f for f in with_outcomes if f not in busiest)
    html = get(client, f"/outcomes/?forum={other.slug}")
    assert (other.slug, other.name, True) in menu(html, "forum")
    assert f'href="/outcomes/?forum={other.slug}"' in get(client, other.get_absolute_url())
