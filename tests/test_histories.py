"""Record pages read as histories: each meeting once with its roles, a series with its missing numbers, an
organization with its units, an agreement's life, a person's posts each once."""

import datetime

from django.urls import reverse

from meetings.models import Event, Forum, Organization, Outcome, Participation, Person, Position


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_country_page_lists_each_meeting_once_with_its_roles_together(client, seeded):
    html = html_of(client, "/countries/vn/")
    history = html.split("<h2>Meetings, latest first</h2>")[1].split("<h2>")[0]
    commit_14 = Event.objects.get(slug="2020-14th-commit-senior-officials-meeting")
    # Viet Nam's delegation and its Criminal Police Department took part: one meeting, both roles on its line.
    assert history.count(f'href="{commit_14.get_absolute_url()}"') == 1
    item = history.split(f'href="{commit_14.get_absolute_url()}"')[1].split("</li>")[0]
    assert '<span class="badge badge-neutral">Member delegation</span>' in item
    assert 'through <a href="/organizations/criminal-police-department/">' in item


def test_the_country_page_names_every_role_it_had_including_host(client, seeded):
    commit_14 = Event.objects.get(slug="2020-14th-commit-senior-officials-meeting")
    assert commit_14.country.code == "VN"
    html = html_of(client, "/countries/vn/")
    item = html.split(f'href="{commit_14.get_absolute_url()}"')[1].split("</li>")[0]
    roles = item.split('<div class="history-roles">')[1]
    # Viet Nam hosted it as well as taking part: the host badge comes first, and no badge is left empty.
    assert roles.startswith('<span class="badge badge-neutral">Host country</span> ')
    assert '<span class="badge badge-neutral"></span>' not in html


def test_the_country_page_counts_its_meetings_by_forum_as_the_list_does(client, seeded):
    html = html_of(client, "/countries/vn/")
    assert '<a href="/events/?country=vn&amp;forum=commit-som">COMMIT Senior Officials Meeting</a>' in html
    listed = client.get("/events/?country=vn&forum=commit-som")
    assert listed.context["filterset"].qs.count() == 1


def test_a_forum_series_shows_the_missing_numbers_between_recorded_meetings(client, seeded):
    forum = Forum.objects.get(slug="commit-som")
    for number, year in ((11, 2017), (15, 2021)):
        Event.objects.create(
            title=f"COMMIT SOM {number}", forum=forum, number=number, start_date=datetime.date(year, 5, 1)
        )
    html = html_of(client, forum.get_absolute_url())
    assert "The 12th to 13th meetings: no report in the knowledge base covers them." in html
    # 14 and 15 follow each other: no gap between them.
    assert "The 15th meeting" not in html and "The 14th meeting" not in html
    # The gap sits between the 11th and the 14th.
    assert html.index("COMMIT SOM 11") < html.index("The 12th to 13th") < html.index("14th COMMIT Senior Officials")


def test_a_forum_series_numbers_a_meeting_once(client, seeded):
    forum = Forum.objects.get(slug="commit-som")
    Event.objects.create(title="COMMIT SOM in Bangkok", forum=forum, number=15, start_date=datetime.date(2021, 5, 1))
    html = html_of(client, forum.get_absolute_url())
    # The 14th's title says "14th" already; the 15th's does not, so the series gives its number.
    assert '<span class="records-number">14th</span>' not in html and "14th COMMIT Senior Officials" in html
    assert '<span class="records-number">15th</span> <a href' in html


def test_a_forum_series_shows_each_meetings_first_outcomes(client, seeded):
    forum = Forum.objects.get(slug="commit-som")
    event = forum.events.get(number=14)
    for n in range(5):
        Outcome.objects.create(event=event, kind="decision", status="adopted", text=f"Extra decision {n}", order=50 + n)
    html = html_of(client, forum.get_absolute_url())
    first = event.outcomes.order_by("order", "pk").first()
    assert first.text[:60] in html
    assert "Extra decision 4" not in html
    assert f"And {event.outcomes.count()} in all" in html


def test_an_organization_page_rolls_up_the_meetings_of_its_units_and_forums(client, seeded):
    html = html_of(client, "/organizations/aseanapol/")
    history = html.split("<h2>Meetings, latest first</h2>")[1].split("<h2>")[0]
    # The Conference it convenes, and the dialogues its Secretariat ran or joined.
    for slug in (
        "39th-aseanapol-conference",
        "40th-aseanapol-conference",
        "2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons",
        "2024-international-people-smuggling-strategic-dialogue",
    ):
        assert history.count(f'href="/events/{slug}/"') == 1
    assert 'through <a href="/organizations/aseanapol-secretariat/">' in history


def test_an_organization_page_shows_the_outcomes_it_or_its_units_proposed(client, seeded):
    html = html_of(client, "/organizations/aseanapol/")
    proposals = html.split("<h2>Outcomes it proposed</h2>")[1].split("<h2>")[0]
    for outcome in Outcome.objects.filter(proposed_by__slug="aseanapol-secretariat"):
        assert outcome.text[:50].replace("'", "&#x27;") in proposals


def test_the_agreements_life_runs_from_adoption_to_the_meeting_it_was_sent_on_to(client, seeded):
    html = html_of(client, "/agreements/actip/")
    assert "No party is recorded" not in html
    life = html.split("<h2>Its life</h2>")[1].split("<h2>")[0]
    siem_reap = Event.objects.get(slug="2015-asean-senior-officials-meeting-on-transnational-crime-siem-reap")
    endorsement = Event.objects.get(slug="asean-ministerial-meeting-on-transnational-crime-to-endorse-actip-and-apa")
    adopted = life.index('<span class="badge">Adopted</span>')
    assert life.index(f'href="{siem_reap.get_absolute_url()}"') > adopted
    # The ministers' meeting it was sent to for endorsement is on its path, marked as planned.
    assert life.index(f'href="{endorsement.get_absolute_url()}"') > adopted
    assert '<span class="badge planned">Next: planned meeting</span>' in life
    assert "Cited" in life


def test_a_person_page_shows_each_post_once_with_the_ranks_held_in_it(client, seeded):
    person = Person.objects.get(slug="do-van-hoanh")
    oipa = Organization.objects.get(slug="oipa")
    Position.objects.create(
        person=person, organization=oipa, title="Director General", rank="Police Colonel",
        start_date=datetime.date(2016, 1, 1), start_date_precision="year", end_date=datetime.date(2019, 1, 1),
        end_date_precision="year",
    )  # fmt: skip
    html = html_of(client, person.get_absolute_url())
    posts = html.split("<h2>Posts</h2>")[1].split("<h2>")[0]
    assert posts.count("<strong>Director General</strong>") == 1
    director = posts.split("<strong>Director General</strong>")[1].split("<strong>")[0]
    assert director.index("Police Colonel") < director.index("Police Major General")
    assert posts.count("<strong>Chairman</strong>") == 1


def test_history_pages_keep_their_query_count_as_the_data_grows(client, seeded, django_assert_max_num_queries):
    urls = ["/countries/vn/", "/organizations/aseanapol/", "/forums/commit-som/", "/agreements/actip/"]
    counts = {}
    for url in urls:
        with django_assert_max_num_queries(30) as captured:
            client.get(url)
        counts[url] = len(captured)
    forum = Forum.objects.get(slug="commit-som")
    secretariat = Organization.objects.get(slug="aseanapol-secretariat")
    for n in range(30):
        unit = Organization.objects.create(name=f"Unit {n}", kind="agency", parent=secretariat)
        event = Event.objects.create(
            title=f"Round {n}",
            forum=forum,
            number=100 + 2 * n,
            start_date=datetime.date(2022, 1, 1) + datetime.timedelta(days=n),
        )
        Participation.objects.create(event=event, country_id="VN", role="member_delegation")
        Participation.objects.create(event=event, organization=unit, role="participant")
        Outcome.objects.create(event=event, kind="decision", status="adopted", text=f"Decided {n}", proposed_by=unit)
    for url in urls:
        with django_assert_max_num_queries(counts[url], info=url):
            response = client.get(url)
        assert response.status_code == 200
    assert "Round 29" in html_of(client, "/countries/vn/")
    assert "Round 29" in html_of(client, "/organizations/aseanapol/")


def test_every_seeded_record_page_answers(client, seeded):
    for model in (Organization, Person, Forum):
        for record in model.objects.all():
            assert client.get(record.get_absolute_url()).status_code == 200
    assert client.get(reverse("meetings:country-detail", args=["vn"])).status_code == 200
