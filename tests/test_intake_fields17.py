"""Report intake on the seventeenth round's classes of failure in the meeting's fields other than its title: which
of several meetings a report is about, the meeting's format, the host country of a venue in a town the lists lack,
a forum told by its convener in a later sentence, and the span an opening speech gives.

The sentences are made up for these tests, with other towns, bodies and names than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse

PUBLISHED = datetime.date(2026, 6, 12)


def event(text, published_on=PUBLISHED, **kwargs):
    return analyse(text, published_on=published_on, **kwargs)["event"]


# --- a plan adopted at the meeting is no meeting still to come ----------------------------------------------------


@pytest.mark.django_db
def test_a_plan_adopted_at_the_meeting_does_not_make_it_a_later_one():
    text = (
        "Ministers from six countries yesterday adopted a new three-year plan to protect migrant fishers at the "
        "Third Mekong Inter-Ministerial Meeting on Labour Trafficking in Vientiane.\n\n"
        "The plan was drafted by the 12th COMMIT Senior Officials Meeting (SOM), which met at the same hotel on "
        "Tuesday and Wednesday.\n"
    )
    ev = event(text)
    assert ev["number"] == 3
    assert ev["start_date"] == "2026-06-11"
    assert ev["city"] == "Vientiane"
    assert ev["forum"] != "commit-som"


@pytest.mark.django_db
def test_a_country_that_plans_to_host_a_meeting_still_names_a_later_one():
    text = (
        "Laos plans to host the Third Mekong Inter-Ministerial Meeting on Labour Trafficking in Vientiane.\n\n"
        "The 12th COMMIT Senior Officials Meeting (SOM) met in Bangkok on Tuesday and Wednesday to prepare it.\n"
    )
    ev = event(text)
    assert ev["forum"] == "commit-som"
    assert ev["number"] == 12


# --- format -----------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_participants_dialling_in_make_a_meeting_held_in_a_city_hybrid():
    text = (
        "Officers from eight countries met in Kuching on 10 June 2026 for the Regional Workshop on Cross-Border "
        "Referral. About 40 of us were in the room, and a few more were dialling in from Port Moresby and Suva.\n"
    )
    assert event(text)["format"] == "hybrid"


@pytest.mark.django_db
def test_dialling_a_hotline_says_nothing_of_the_format():
    text = (
        "Officers from eight countries met in Kuching on 10 June 2026 for the Regional Workshop on Cross-Border "
        "Referral. They discussed how victims keep calling the hotline to report abuse.\n"
    )
    assert event(text)["format"] == "in_person"


@pytest.mark.django_db
def test_a_delegation_that_joined_by_video_later_in_the_attendance_paragraph_makes_it_hybrid():
    text = (
        "SUMMARY RECORD\n\n"
        "1. The Ninth Regional Meeting on Labour Migration was held on 9 June 2026 in Da Nang, Viet Nam. The "
        "Meeting was preceded by a preparatory meeting of the working group on 8 June 2026.\n\n"
        "2. The Meeting was attended by delegations from Cambodia, Lao PDR, Thailand and Viet Nam. Timor-Leste "
        "attended as an Observer. The ASEAN Secretariat and the secretariat of the regional police body were also "
        "in attendance. The Delegation of Thailand participated via videoconference.\n"
    )
    assert event(text)["format"] == "hybrid"


@pytest.mark.django_db
def test_a_later_paragraph_on_a_videoconference_elsewhere_does_not_make_it_hybrid():
    text = (
        "SUMMARY RECORD\n\n"
        "1. The Ninth Regional Meeting on Labour Migration was held on 9 June 2026 in Da Nang, Viet Nam.\n\n"
        "2. The Meeting was attended by delegations from Cambodia, Lao PDR, Thailand and Viet Nam. Timor-Leste "
        "attended as an Observer.\n\n"
        "3. The Meeting adopted its agenda and the programme of work for the coming year.\n\n"
        "4. The Meeting noted the report of Thailand on the return of migrant workers from abroad. Thai officers "
        "had participated via videoconference in a training in March.\n"
    )
    assert event(text)["format"] == "in_person"


@pytest.mark.django_db
def test_partners_who_spoke_in_a_session_online_make_it_hybrid():
    text = (
        "In May 2026, two of us joined the National Dialogue on Shelter Standards in Davao, convened by the "
        "Department of Social Welfare. Our partners in the islands, who could not travel, followed and spoke in the "
        "closing session online.\n"
    )
    assert event(text)["format"] == "hybrid"


@pytest.mark.django_db
def test_earlier_meetings_held_online_do_not_make_a_meeting_in_a_city_virtual():
    text = (
        "The 21st Mekong Senior Officials Meeting on Labour Trafficking was held on 9-10 June 2026 at a hotel in "
        "Bangkok. The officials met in person for the first time since 2019, after several meetings were "
        "organized in online format during the pandemic.\n"
    )
    assert event(text)["format"] == "in_person"


@pytest.mark.django_db
def test_a_meeting_held_in_online_format_is_still_virtual():
    text = (
        "The 21st Mekong Senior Officials Meeting on Labour Trafficking was organized in online format on 9 June "
        "2026, as several members could not travel.\n"
    )
    assert event(text)["format"] == "virtual"


@pytest.mark.django_db
def test_a_course_that_moved_partly_online_on_one_day_is_hybrid():
    text = (
        "From 1 to 5 June 2026, officers from seven countries took part in the regional course on Financial "
        "Investigations at the police academy in Kota Kinabalu, Malaysia.\n\n"
        "The first days were spent on case files.\n\n"
        "On the third day, the course moved partly online: trainers connected from Canberra for a session on "
        "cryptocurrency tracing.\n"
    )
    assert event(text)["format"] == "hybrid"


@pytest.mark.django_db
def test_a_course_on_moving_services_online_stays_in_person():
    text = (
        "From 1 to 5 June 2026, officers from seven countries took part in the regional course on Financial "
        "Investigations at the police academy in Kota Kinabalu, Malaysia.\n\n"
        "The first days were spent on case files. Many banks have moved their services online, trainers said.\n"
    )
    assert event(text)["format"] == "in_person"


# --- a venue in a town the lists lack ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_venue_with_its_acronym_in_an_unlisted_town_takes_the_country_the_reports_bodies_share():
    text = (
        "The Ministry of Home Affairs organised a two-day Conference on Migrant Worker Protection at the National "
        "Exhibition Centre (NEC) in Lumut Baru, which opened on Tuesday, June 9, 2026.\n\n"
        "Officials from Brunei Darussalam attended, with the Royal Brunei Police Force. Brunei Darussalam has "
        "ratified ACTIP. A speaker from Brunei Darussalam presented the country's referral system.\n"
    )
    ev = event(text, publisher="Island Courier")
    assert ev["host_country"] == "bn"
    assert ev["format"] == "in_person"


@pytest.mark.django_db
def test_an_unlisted_town_with_bodies_of_several_countries_has_no_host():
    text = (
        "The Ministry of Home Affairs organised a two-day Conference on Migrant Worker Protection at the National "
        "Exhibition Centre (NEC) in Lumut Baru, which opened on Tuesday, June 9, 2026.\n\n"
        "Officials from Malaysia, Indonesia and Thailand attended.\n"
    )
    assert event(text, publisher="Island Courier")["host_country"] is None


# --- a forum told by its convener in a later sentence ----------------------------------------------------------------


@pytest.mark.django_db
def test_a_dialogue_hosted_by_the_conveners_secretariat_in_a_later_sentence_is_the_conveners_series():
    text = (
        "Jakarta (ANTARA) - The Indonesian National Police has called for faster sharing of passenger data during "
        "an online dialogue on migrant smuggling held on Tuesday, June 9, 2026.\n\n"
        "Police officials said smugglers now book flights through agents abroad.\n\n"
        "The dialogue, conducted via video conference and hosted by the ASEANAPOL Secretariat, was attended by "
        "police representatives of the member countries.\n"
    )
    assert event(text)["forum"] == "aseanapol-dialogues"


@pytest.mark.django_db
def test_a_dialogue_the_secretariat_only_attended_is_not_its_series():
    text = (
        "Jakarta (ANTARA) - The Indonesian National Police has called for faster sharing of passenger data during "
        "an online dialogue on migrant smuggling held on Tuesday, June 9, 2026.\n\n"
        "Police officials said smugglers now book flights through agents abroad.\n\n"
        "The dialogue, conducted via video conference, was attended by the ASEANAPOL Secretariat.\n"
    )
    assert event(text)["forum"] is None


# --- the span an opening speech gives --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_opening_speech_that_speaks_of_the_next_two_days_gives_the_end():
    text = (
        "Kuching, 9 June 2026\n\n"
        "Ladies and gentlemen,\n\n"
        "It is a pleasure to open this workshop with the State Police today.\n\n"
        "Let me begin with a simple point about victims.\n\n"
        "Victims are too often treated as offenders.\n\n"
        "Over the next two days, you will discuss common indicators and referral.\n"
    )
    ev = event(text)
    assert ev["start_date"] == "2026-06-09"
    assert ev["end_date"] == "2026-06-10"


@pytest.mark.django_db
def test_a_task_for_the_next_two_days_said_of_something_else_gives_no_span():
    text = (
        "Kuching, 9 June 2026\n\n"
        "Ladies and gentlemen,\n\n"
        "It is a pleasure to open this workshop with the State Police today.\n\n"
        "Let me begin with a simple point about victims.\n\n"
        "Victims are too often treated as offenders.\n\n"
        "The shelter said that over the next two days it will move 40 women to a new building.\n"
    )
    assert event(text)["end_date"] != "2026-06-10"


# --- a place and date line under the meeting's name ----------------------------------------------------------------


@pytest.mark.django_db
def test_a_place_and_date_line_under_the_meetings_name_gives_its_city_and_country():
    text = (
        "SUMMARY OF PROCEEDINGS\n"
        "Twelfth Regional Partners Meeting of the United Nations Office on Drugs and Crime (UNODC)\n"
        "Chiang Mai, Thailand, 3–4 June 2026\n\n"
        "1. Opening\n\n"
        "- The Meeting was opened by the Deputy Minister, who chaired it on behalf of the host country.\n"
        "- The Meeting agreed to submit its report to the Fourth Ministerial Meeting, to be hosted by Cambodia in "
        "2027.\n"
    )
    ev = event(text)
    assert ev["city"] == "Chiang Mai"
    assert ev["host_country"] == "th"


@pytest.mark.django_db
def test_a_place_and_date_line_under_a_release_heading_is_no_venue():
    text = (
        "PRESS RELEASE\n"
        "Vientiane, 5 June 2026\n\n"
        "The Ministry of Labour held the Twelfth Senior Officials Meeting of the Mekong Labour Migration Network "
        "in Da Nang, Viet Nam, on 3 and 4 June 2026.\n"
    )
    assert event(text)["city"] == "Da Nang"
