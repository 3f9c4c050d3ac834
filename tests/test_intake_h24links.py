"""Report intake on the classes of failure met on the twenty-fourth set's links and event fields: reports by
international and donor bodies, think tanks and the trade press.

The sentences are made up for these tests, with other towns, bodies and names than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names, offered, selected

PUBLISHED = datetime.date(2026, 5, 22)


@pytest.mark.django_db
def test_an_agenda_line_gives_a_post_then_its_bodies_between_commas():
    text = (
        "Officers from six countries met in Kota Kinabalu on 19 and 20 May 2026 for the Regional Workshop on "
        "Maritime Trafficking Investigations.\n\n"
        "AGENDA\n\n"
        "10:30 – Session 2: Boarding and inspection at sea\n"
        "Panel moderated by Ms. Hanna Lind, Adviser, UNODC\n"
        "- Colonel Do Van Hoanh, Deputy Director, Office of Investigation Police Agency (OIPA), Ministry of "
        "National Defence, Viet Nam\n\n"
        "DISCUSSIONS\n\n"
        "Col. Hoanh described how boarding teams now screen every crew member with a standard form.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "do-van-hoanh" in selected(result, "person")
    assert {"oipa", "ministry-of-national-defence"} <= selected(result, "organization")


@pytest.mark.django_db
def test_a_post_followed_by_a_sentence_brings_no_body():
    text = (
        "Officers from six countries met in Kota Kinabalu on 19 and 20 May 2026 for the Regional Workshop on "
        "Maritime Trafficking Investigations.\n\n"
        "Colonel Do Van Hoanh, Deputy Director, said the Ministry of National Defence had trained boarding teams "
        "in 2019.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "ministry-of-national-defence" not in selected(result, "organization")


@pytest.mark.django_db
def test_recommendations_sent_to_a_forums_working_group_go_to_the_forum():
    text = (
        "Prosecutors from five countries met in Kuching on 12 May 2026 for the Regional Consultation on Asset "
        "Recovery in Trafficking Cases. The recommendations will be forwarded to the AMMTC Task Force on Illicit "
        "Finance for its review.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "ammtc" in selected(result, "forum")


@pytest.mark.django_db
def test_a_forums_working_group_named_in_passing_is_not_linked():
    text = (
        "Prosecutors from five countries met in Kuching on 12 May 2026 for the Regional Consultation on Asset "
        "Recovery in Trafficking Cases. Several of them also sit on the AMMTC Task Force on Illicit Finance.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "ammtc" not in selected(result, "forum")


@pytest.mark.django_db
def test_a_meetings_input_submitted_to_a_later_round_refers_it_there():
    text = (
        "Officials met in Vientiane on 6 May 2026 for a National Consultation on Victim Referral. The conclusions "
        "will be compiled by the host ministry and submitted as the country's contribution to the 19th AMMTC later "
        "this year.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "ammtc" in selected(result, "forum")


@pytest.mark.django_db
def test_a_past_submission_in_another_year_refers_nothing():
    text = (
        "Officials met in Vientiane on 6 May 2026 for a National Consultation on Victim Referral. A first national "
        "review was submitted in 2019 with a covering letter to the AMMTC.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "ammtc" not in selected(result, "forum")


@pytest.mark.django_db
def test_the_second_of_two_organisers_brings_its_parent():
    text = (
        "Investigators met in Hai Phong on 14 May 2026 at a Workshop on Seafarer Recruitment Fraud organised by the "
        "Harbour Welfare Foundation (HWF) and the Office of Investigation Police Agency of the Ministry of National "
        "Defence.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert {"oipa", "ministry-of-national-defence"} <= selected(result, "organization")


@pytest.mark.django_db
def test_a_parent_after_and_without_an_organising_cue_stays_optional():
    text = (
        "Investigators met in Hai Phong on 14 May 2026 at a Workshop on Seafarer Recruitment Fraud. Speakers praised "
        "the harbour authority's records and the Office of Investigation Police Agency of the Ministry of National "
        "Defence.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "ministry-of-national-defence" not in selected(result, "organization")


@pytest.mark.django_db
def test_a_course_delivered_by_bodies_links_them():
    text = (
        "Twenty border officers completed a Regional Course on Document Fraud in Kupang on 15 May 2026. Trainers "
        "say document checks are where most cases are first spotted. The in-person course, which covered forged "
        "passports, visa fraud and stolen identities at sea and air borders, was delivered by the National Crime "
        "Agency (NCA).\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "nca" in selected(result, "organization")


@pytest.mark.django_db
def test_a_course_that_began_on_one_day_and_was_completed_on_another_runs_between_them():
    text = (
        "Twenty border officers completed a three-week Regional Course on Document Fraud in Kupang on 15 May. The "
        "course, which began on 27 April, was run with the National Crime Agency.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert result["event"]["start_date"] == "2026-04-27"
    assert result["event"]["end_date"] == "2026-05-15"


@pytest.mark.django_db
def test_a_day_the_next_course_begins_is_not_this_ones_start():
    text = (
        "Twenty border officers completed a Regional Course on Document Fraud in Kupang on 15 May. A second course "
        "begins on 15 June.\n"
    )
    result = analyse(text, published_on=datetime.date(2026, 5, 16))
    assert result["event"]["start_date"] == "2026-05-15"


@pytest.mark.django_db
def test_a_country_that_takes_the_labels_its_speakers_line():
    text = (
        "Officials from three countries joined an online dialogue on 7 May 2026 on recruitment fees in shipping.\n\n"
        "Government officials set out what each country has done:\n\n"
        "* Malaysia – Ms Aida Rahman, Director, Labour Department, described new inspections.\n"
        "* The Maldives – Director Ibrahim Nashid Waheed of the Labour Relations Authority spoke on contracts.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "mv" in selected(result, "country")


@pytest.mark.django_db
def test_a_line_that_opens_on_the_country_and_a_body_is_no_speakers_label():
    text = (
        "Officials from three countries joined an online dialogue on 7 May 2026 on recruitment fees in shipping.\n\n"
        "Where the fees are charged:\n\n"
        "* The Maldives – Labour Relations Authority figures show fees are rising.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "mv" not in selected(result, "country")


@pytest.mark.django_db
def test_a_body_represented_by_its_officer_took_part():
    text = (
        "Ministers met in Luang Prabang in May 2026 for the 20th AMMTC.\n\n"
        "What was agreed\n\n"
        "The ASEANAPOL Secretariat was represented by its Executive Director, Police Colonel Arman Sidek.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "aseanapol-secretariat" in selected(result, "organization")


@pytest.mark.django_db
def test_a_body_represented_on_a_board_is_no_party():
    text = (
        "Ministers met in Luang Prabang in May 2026 for the 20th AMMTC.\n\n"
        "Background\n\n"
        "The ASEANAPOL Secretariat is represented on the advisory board of a regional fund.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "aseanapol-secretariat" not in selected(result, "organization")


@pytest.mark.django_db
def test_a_dateline_before_the_meetings_sentence_is_its_place():
    text = (
        "DAVAO CITY – The provincial prosecutors' office wrapped up a two-day workshop on May 14 for 30 "
        "investigators of online child abuse cases.\n\n"
        "The May 13-14 training brought together prosecutors and social workers from three regions.\n"
    )
    result = analyse(text, published_on=datetime.date(2026, 5, 15))
    assert result["event"]["city"] == "Davao City"
    assert result["event"]["host_country"] == "ph"


@pytest.mark.django_db
def test_a_dateline_over_a_delegations_journey_is_not_the_meetings_place():
    text = (
        "DAVAO CITY – A delegation of provincial prosecutors travelled abroad last week for a regional workshop.\n\n"
        "The May 5-7 training brought together prosecutors from eight countries.\n"
    )
    result = analyse(text, published_on=datetime.date(2026, 5, 15))
    assert result["event"]["city"] != "Davao City"


@pytest.mark.django_db
def test_a_city_state_dateline_over_the_lede_is_the_venue():
    text = (
        "SINGAPORE – Inside a training hall on the harbour front, some 40 investigators spent two days last week "
        "comparing notes on the same smuggling networks.\n\n"
        "The Third Regional Workshop on Maritime Smuggling ran from 12 to 13 May 2026.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert result["event"]["city"] == "Singapore"
    assert result["event"]["host_country"] == "sg"


@pytest.mark.django_db
def test_a_title_runs_on_along_a_named_river():
    text = (
        "Border officials met in Savannakhet on 5 May 2026 for a Joint Workshop on Countering Labour Exploitation "
        "along the Salween, organised by the United Nations Office on Drugs and Crime.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert result["event"]["title"] == "Joint Workshop on Countering Labour Exploitation along the Salween"


@pytest.mark.django_db
def test_a_title_does_not_run_on_across_a_country():
    text = (
        "Border officials met in Savannakhet on 5 May 2026 for a Joint Workshop on Countering Labour Exploitation "
        "across the Philippines, organised by the United Nations Office on Drugs and Crime.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert result["event"]["title"] == "Joint Workshop on Countering Labour Exploitation"
    assert offered(result, "organization") and not new_names(result, "person") >= {"Salween"}
