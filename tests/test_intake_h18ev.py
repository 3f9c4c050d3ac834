"""Report intake on the event fields of the eighteenth writer's set: a numbered meeting named after the outcome it
produced, a title that lists countries with commas, a correction notice, people joining by video in the sentence
after the meeting's, a Buddhist-era year, a number written in apposition to the name.

The sentences are made up for these tests, with other towns, bodies and countries than the cases.
"""

import datetime

import pytest

from meetings.intake import analyse

PUBLISHED = datetime.date(2026, 6, 11)


@pytest.mark.django_db
def test_meeting_named_after_the_outcome_it_produced_is_the_reports_meeting():
    text = (
        "Customs of Malaysia and Brunei have agreed to share cargo manifests in real time, following the fourth "
        "meeting of the Malaysia–Brunei Joint Committee on Border Smuggling.\n\n"
        "The meeting took place in Miri on Tuesday 9 June 2026."
    )
    ev = analyse(text, title="Customs agree on manifests", published_on=PUBLISHED)["event"]
    assert ev["title"] == "Fourth meeting of the Malaysia–Brunei Joint Committee on Border Smuggling"
    assert ev["number"] == 4


@pytest.mark.django_db
def test_meeting_that_a_consultation_follows_stays_another_meeting():
    text = (
        "The consultation follows the 12th Regional Conference on Border Management held in Dili last year. "
        "The Regional Consultation on Migrant Smuggling was held in Kupang on 8 June 2026."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["title"] == "Regional Consultation on Migrant Smuggling"


@pytest.mark.django_db
def test_title_runs_over_the_commas_of_the_countries_it_lists():
    text = (
        "On 9 June 2026 in Battambang, General Chea Sokha opened the Quadrilateral Meeting of Cambodia, Viet Nam, "
        "Lao PDR and Thailand Immigration on the Return of Trafficked Workers, which ran for two days."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["title"] == (
        "Quadrilateral Meeting of Cambodia, Viet Nam, Lao PDR and Thailand Immigration on the Return of "
        "Trafficked Workers"
    )


@pytest.mark.django_db
def test_comma_after_a_single_country_still_ends_the_title():
    text = "On 9 June 2026 delegates gathered for the Coordination Meeting of Cambodia, the first of the year."
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["title"] == "Coordination Meeting of Cambodia"


@pytest.mark.django_db
def test_city_of_the_earlier_meeting_named_in_the_same_sentence_is_not_the_venue():
    text = (
        "On 9 June 2026, at the Riverside Hotel in Pakse, officials opened the Joint Meeting on Cross-Border Labour "
        "Trafficking, the third meeting of its kind after the first meeting held in Ubon Ratchathani."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["city"] == "Pakse"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("tail", "number"),
    [
        ("(JMLT), the 3rd meeting of its kind, opened", 3),
        (", its fifth session, opened", 5),
        (", the second such meeting, opened", 2),
    ],
)
def test_number_written_in_apposition_to_the_name(tail, number):
    sep = " " if tail.startswith("(") else ""
    text = f"On 9 June 2026 in Pakse the Joint Meeting on Labour Trafficking{sep}{tail} with forty delegates."
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["number"] == number


@pytest.mark.django_db
@pytest.mark.parametrize("era", ["B.E. 2569", "BE 2569"])
def test_buddhist_era_year_after_its_marker_is_the_meetings_year(era):
    text = f"On Monday, 8 June {era}, the Border Liaison Meeting on Labour Trafficking was held in Mae Sot."
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["start_date"] == "2026-06-08"
    assert ev["date_inferred"] == ""


@pytest.mark.django_db
def test_correction_notice_gives_the_corrected_venue_and_days():
    text = (
        "CORRECTION\n\n"
        "In an article on Monday we reported that the Regional Workshop on Victim Identification would be held on "
        "June 20 in Penang.\n\n"
        "This was incorrect. The workshop was held on Tuesday and Wednesday (June 9-10) in Ipoh.\n\n"
        "The Regional Workshop on Victim Identification, hosted by the police, brought together 40 officers."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["title"] == "Regional Workshop on Victim Identification"
    assert ev["city"] == "Ipoh"
    assert (ev["start_date"], ev["end_date"]) == ("2026-06-09", "2026-06-10")
    assert ev["date_inferred"] == "year"


@pytest.mark.django_db
def test_people_joining_by_video_in_the_next_sentence_make_the_meeting_hybrid():
    text = (
        "The Regional Workshop on Victim Identification, hosted by the police in Ipoh on 9 June 2026, brought "
        "together officers from six countries. Two partner agencies took part by video link."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["format"] == "hybrid"


@pytest.mark.django_db
def test_video_link_in_a_later_paragraph_does_not_make_the_meeting_hybrid():
    text = (
        "The Regional Workshop on Victim Identification, hosted by the police in Ipoh on 9 June 2026, brought "
        "together officers from six countries.\n\n"
        "The police said the number of victims identified at the border had doubled since the year before. "
        "Most of them were recruited through advertisements for jobs in hotels and restaurants abroad. "
        "Officers said the workshop would be followed by a manual for front-line staff at checkpoints.\n\n"
        "Last year the agencies took part by video link in a webinar."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["format"] == "in_person"


@pytest.mark.django_db
def test_spoken_ordinal_days_without_a_year_in_a_transcript():
    text = (
        "MORNING DESK – Friday 11 June\n"
        "Transcript.\n\n"
        "HOST: So where have you been this week, and what was it all about for your team?\n\n"
        "GUEST: At a course for prosecutors – the Subregional Course on Online Child Exploitation Cases. It ran "
        "from the 1st to the 3rd of June at the judicial academy, which is in Da Nang."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert (ev["start_date"], ev["end_date"]) == ("2026-06-01", "2026-06-03")
    assert ev["date_inferred"] == "year"
    assert ev["city"] == "Da Nang"


@pytest.mark.django_db
def test_side_event_held_alongside_a_forum_is_the_reports_meeting():
    text = (
        "On Tuesday, 9 June, while senior officials met across town for the Regional Ministerial Conference on "
        "Labour Migration, a smaller hall at the Lotus Hotel in Hue filled up early.\n\n"
        'Our side event, "Home Safely: Returnees Shaping Reintegration Policy", was co-organised by two '
        "workers' groups. Around 50 people joined us in person, and some 80 more followed online, with partner "
        "groups hosting screenings in Vinh and Da Lat."
    )
    ev = analyse(text, title="Returnees speak at a side event", published_on=PUBLISHED)["event"]
    assert ev["title"] == "Home Safely: Returnees Shaping Reintegration Policy"
    assert ev["format"] == "hybrid"


@pytest.mark.django_db
def test_victims_following_online_job_offers_do_not_make_a_meeting_hybrid():
    text = (
        "The Workshop on Victim Screening was held in Hue on 9 June 2026. Many of the victims had followed online "
        "job offers to the border."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["format"] != "hybrid"
