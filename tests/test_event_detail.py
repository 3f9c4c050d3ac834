"""A meeting's page: when and where, its series, who took part and in what post, outcomes, and the sources."""

import datetime

import pytest
from django.urls import reverse

from meetings.models import (
    Attendance,
    AttendanceCitation,
    Event,
    Forum,
    Organization,
    Outcome,
    Participation,
    Person,
    Position,
    SourceReport,
    Statement,
)

COMMIT_14 = "2020-14th-commit-senior-officials-meeting"
DIALOGUE = "2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons"
SIEM_REAP = "2015-asean-senior-officials-meeting-on-transnational-crime-siem-reap"


def page(client, slug):
    return client.get(reverse("meetings:event-detail", args=[slug]))


def test_unknown_meeting_is_404(client, seeded):
    assert page(client, "no-such-meeting").status_code == 404


def test_inferred_year_is_marked_with_the_note(client, seeded):
    event = Event.objects.get(slug=COMMIT_14)
    html = page(client, COMMIT_14).content.decode()
    assert 'class="inferred"' in html
    assert "Year inferred" in html
    assert "The year 2020 is inferred" in html
    assert event.date_inferred == "year"


def test_date_stated_in_full_is_not_marked(client, seeded):
    html = page(client, DIALOGUE).content.decode()
    assert "25 February 2021" in html
    assert 'class="inferred"' not in html


def test_place_forum_number_and_host_link(client, seeded):
    html = page(client, COMMIT_14).content.decode()
    assert "Hanoi" in html
    assert 'href="/countries/vn/"' in html
    assert "14th meeting of" in html
    assert f'href="{reverse("meetings:forum-detail", args=["commit-som"])}"' in html


def test_previous_and_next_meeting_of_the_forum_by_number_when_undated(client, seeded):
    html = page(client, "39th-aseanapol-conference").content.decode()
    assert 'href="/events/40th-aseanapol-conference/" rel="next"' in html
    assert 'rel="prev"' not in html
    html = page(client, "40th-aseanapol-conference").content.decode()
    assert 'href="/events/39th-aseanapol-conference/" rel="prev"' in html
    assert 'rel="next"' not in html


def test_previous_and_next_follow_the_dates_of_the_forum(client, seeded):
    forum = Forum.objects.get(slug="commit-som")
    Event.objects.create(
        title="13th COMMIT SOM", slug="commit-13", forum=forum, number=13, start_date=datetime.date(2019, 11, 5)
    )
    Event.objects.create(
        title="15th COMMIT SOM", slug="commit-15", forum=forum, number=15, start_date=datetime.date(2022, 3, 1)
    )
    Event.objects.create(
        title="12th COMMIT SOM", slug="commit-12", forum=forum, number=12, start_date=datetime.date(2018, 1, 1)
    )
    html = page(client, COMMIT_14).content.decode()
    assert 'href="/events/commit-13/" rel="prev"' in html
    assert 'href="/events/commit-15/" rel="next"' in html
    html = page(client, "commit-12").content.decode()
    assert 'href="/events/commit-13/" rel="next"' in html and 'rel="prev"' not in html


def test_sessions_and_parent_link_each_other(client, seeded):
    html = page(client, DIALOGUE).content.decode()
    assert f'href="/events/{DIALOGUE}-day-1/"' in html
    assert f'href="/events/{DIALOGUE}-day-2/"' in html
    assert f'href="/events/{DIALOGUE}/"' in page(client, f"{DIALOGUE}-day-1").content.decode()


def test_delegations_sharing_a_role_and_a_note_are_one_line_with_their_count(client, seeded):
    response = page(client, DIALOGUE)
    html = response.content.decode()
    (line,) = [line for line in response.context["lines"] if line.roles == ["Member delegation"]]
    assert {member.country.code for member in line.members} == {
        "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"
    }  # fmt: skip
    # One line, the ten names after one label, the shared note once.
    assert "<strong>Member delegation <span" in html and "(10)</span>:</strong>" in html
    note = Participation.objects.filter(event__slug=DIALOGUE, role="member_delegation").first().note
    assert html.count(note.replace("'", "&#x27;")) == 1
    assert 'href="/countries/bn/"' in html and 'href="/countries/vn/"' in html


def test_a_long_note_folds_under_its_line_and_a_short_one_reads_inline(client, seeded):
    # The member delegations' note is a long editorial aside: folded into "Note", shown whole when opened.
    long_note = Participation.objects.filter(event__slug=DIALOGUE, role="member_delegation").first().note
    short_note = "Took part by video."
    Participation.objects.filter(event__slug=DIALOGUE, role="guest").update(note=short_note)
    html = page(client, DIALOGUE).content.decode()
    member_line = html.split("<strong>Member delegation")[1].split("</li>")[0]
    assert '<details class="cite"><summary>Note</summary><p class="note">' in member_line
    assert long_note.replace("'", "&#x27;") in member_line
    guest_line = html.split("<strong>Guest")[1].split("</li>")[0]
    assert f'<span class="meta">— {short_note}</span>' in guest_line and "<summary>Note</summary>" not in guest_line


def test_a_grouped_line_cites_the_shared_passages_once_and_keeps_those_of_one_member(client, seeded):
    response = page(client, DIALOGUE)
    (line,) = [line for line in response.context["lines"] if line.roles == ["Member delegation"]]
    # Every member of the line is cited by the two passages of the report, shown once for all ten.
    assert len(line.citations) == 2
    # Viet Nam alone is also named by the Vietnamese report: kept, under its name.
    assert [(member.country.code, c.passage[:20]) for member, c in line.own] == [("VN", "The Vietnamese deleg")]
    html = response.content.decode()
    assert html.count(line.citations[0].passage[:30].replace("'", "&#x27;")) >= 1
    assert "Sources (3)" in html


def test_a_participant_with_two_roles_is_one_line(client, seeded):
    response = page(client, DIALOGUE)
    secretariat = [
        line for line in response.context["lines"] if any(m.name == "ASEANAPOL Secretariat" for m in line.members)
    ]
    assert [line.label for line in secretariat] == ["Host and Organiser"]


def test_a_person_with_two_roles_is_listed_once_with_both(client, seeded):
    response = page(client, DIALOGUE)
    html = response.content.decode()
    (jim_wee,) = [line for line in response.context["people"] if line.person.slug == "jim-wee"]
    assert jim_wee.roles == ["Opening speaker", "Closing speaker"]
    assert html.count('<a href="/people/jim-wee/">Jim Wee</a>') == 1
    assert "Opening speaker, Closing speaker for" in html
    # Both attendances' citations and the statement stay on the page.
    assert len(jim_wee.citations) == 3 and len(jim_wee.statements) == 1


def test_the_summary_says_who_convened_it_and_how_many_took_part(client, seeded):
    response = page(client, DIALOGUE)
    summary = response.context["summary"]
    assert [o.slug for o in summary["convened_by"]] == ["aseanapol-secretariat"]
    assert (summary["delegations"], summary["organizations"], summary["people"], summary["outcomes"]) == (10, 7, 3, 3)
    html = response.content.decode()
    assert "10 delegations</a>" in html and "7 organizations</a>" in html and "3 people named</a>" in html
    assert '3 outcomes</a> <span class="meta">(2 proposed, 1 referred)</span>' in html


def test_people_show_role_post_held_then_and_whom_they_represented(client, seeded):
    response = page(client, COMMIT_14)
    html = response.content.decode()
    attendance = Attendance.objects.select_related("person", "position", "organization").get(
        event__slug=COMMIT_14, person__slug="caitlin-wiesen"
    )
    assert f'href="{attendance.person.get_absolute_url()}"' in html
    assert f'href="{attendance.organization.get_absolute_url()}"' in html
    assert attendance.position.title in html
    assert attendance.get_role_display() in html


def test_statements_are_quoted_with_their_source(client, seeded):
    statement = Statement.objects.select_related("attendance__event", "source").filter(kind="quote").first()
    html = page(client, statement.attendance.event.slug).content.decode()
    assert "“" + statement.text.replace("'", "&#x27;").replace('"', "&quot;")[:40] in html
    assert f'href="{statement.source.get_absolute_url()}"' in html


def test_outcomes_show_status_agreements_and_where_they_were_referred(client, seeded):
    html = page(client, SIEM_REAP).content.decode()
    assert "Agreement to adopt" in html and "Referred" in html
    assert 'href="/agreements/actip/"' in html and 'href="/agreements/apa/"' in html
    assert 'href="/forums/ammtc/"' in html
    referred = Outcome.objects.get(pk=802).referred_to_event
    assert f'href="{referred.get_absolute_url()}"' in html


def test_agreements_grouped_by_what_the_meeting_did(client, seeded):
    response = page(client, COMMIT_14)
    assert [label for label, _ in response.context["agreement_groups"]] == ["Discussed"]
    assert 'href="/agreements/' in response.content.decode()


def test_topics_link_to_the_filtered_list(client, seeded):
    html = page(client, COMMIT_14).content.decode()
    assert '<a class="tag" href="/events/?topic=covid-19-impact">COVID-19 impact</a>' in html


def test_sources_list_every_report_with_its_passages(client, seeded):
    response = page(client, COMMIT_14)
    html = response.content.decode()
    source = SourceReport.objects.get(slug="commit-14th-som-takes-place-in-hanoi")
    assert f'href="{source.get_absolute_url()}"' in html
    entry = response.context["sources"][0]
    assert entry["source"] == source
    assert len(entry["passages"]) > 5
    passage = entry["passages"][0]["passage"]
    assert passage[:30].replace("'", "&#x27;") in html


def test_every_name_on_the_page_is_a_link(client, seeded):
    html = page(client, DIALOGUE).content.decode()
    for person in Person.objects.filter(attendances__event__slug=DIALOGUE).distinct():
        assert f'<a href="{person.get_absolute_url()}">{person.name}</a>' in html
    for organization in Organization.objects.filter(participations__event__slug=DIALOGUE).distinct():
        assert f'href="{organization.get_absolute_url()}"' in html
    assert 'href="/forums/aseanapol-dialogues/"' in html


def grow(event, count):
    """count more delegations, attendances with posts and citations, statements and outcomes at event."""
    source = SourceReport.objects.get(slug="commit-14th-som-takes-place-in-hanoi")
    passage = source.text[:40]
    for n in range(count):
        organization = Organization.objects.create(name=f"Extra agency {n}", slug=f"extra-agency-{n}", kind="agency")
        person = Person.objects.create(name=f"Extra Person {n}", slug=f"extra-person-{n}")
        position = Position.objects.create(person=person, organization=organization, title="Director", rank="Colonel")
        Participation.objects.create(event=event, organization=organization, role="participant")
        attendance = Attendance.objects.create(
            event=event, person=person, role="delegate", organization=organization, position=position
        )
        AttendanceCitation.objects.create(attendance=attendance, source=source, passage=passage)
        Statement.objects.create(attendance=attendance, kind="paraphrase", text=f"Said {n}", source=source)
        outcome = Outcome.objects.create(event=event, kind="decision", status="adopted", text=f"Decided {n}")
        outcome.agreements.add(*event.agreements.all()[:1])


@pytest.mark.parametrize("slug", [COMMIT_14, SIEM_REAP, "39th-aseanapol-conference"])
def test_query_count_does_not_grow_with_the_data(client, seeded, django_assert_max_num_queries, slug):
    bound = 16
    with django_assert_max_num_queries(bound):
        assert page(client, slug).status_code == 200
    grow(Event.objects.get(slug=slug), 40)
    with django_assert_max_num_queries(bound):
        response = page(client, slug)
    assert response.status_code == 200
    assert "Extra Person 39" in response.content.decode()
