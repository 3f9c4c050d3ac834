"""Report intake on the classes of link and new-name failure met on the eighteenth writer's set.

The sentences are made up for these tests, with other towns, bodies and names than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names, selected

PUBLISHED = datetime.date(2026, 5, 14)

LEDE = (
    "Penang (Malaysia), 12 May 2026 – Some 50 border officers met in Penang on 11 and 12 May for a regional workshop "
    "on trafficking for forced criminality, organised by the host authorities.\n\n"
    "The workshop took stock of joint investigations since the last review. Participants compared case files from "
    "several ports.\n\n"
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "Specialists from INTERPOL contributed two case studies on payment tracing.",
        "Analysts of INTERPOL walked the room through a laundering chain.",
        "A prosecutor from INTERPOL set out how evidence moved between countries.",
        "Practitioners from INTERPOL shared the lessons of a recent rescue.",
    ],
)
def test_people_sent_by_a_body_who_do_the_work_make_the_body_a_party(sentence):
    result = analyse(LEDE + sentence, published_on=PUBLISHED)
    assert "interpol" in selected(result, "organization")


@pytest.mark.django_db
def test_a_body_named_in_background_history_stays_unselected():
    result = analyse(
        LEDE + "Back in 2009, specialists from INTERPOL had drafted the first regional manual.", published_on=PUBLISHED
    )
    assert "interpol" not in selected(result, "organization")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        (
            "Representing the Philippines, Rosa Dizon of the labour department described how returnees are screened.",
            "ph",
        ),
        ("On behalf of Timor-Leste, Inspector Joao Pinto set out the border figures.", "tl"),
        ("Speaking for Brunei Darussalam, Pg Hjh Noraini walked through the new referral form.", "bn"),
    ],
)
def test_a_sentence_opening_with_whom_its_speaker_represented_names_a_party(sentence, country):
    result = analyse(LEDE + sentence, published_on=PUBLISHED)
    assert country in selected(result, "country")


@pytest.mark.django_db
def test_whom_someone_represented_at_an_earlier_meeting_is_not_a_party():
    result = analyse(
        LEDE + "Representing Thailand at a summit back in 2019, Somchai Rattanakul had first raised the issue.",
        published_on=PUBLISHED,
    )
    assert "th" not in selected(result, "country")


@pytest.mark.django_db
def test_a_standing_habit_of_a_bodys_people_is_not_the_body_taking_part():
    result = analyse(LEDE + "Analysts from INTERPOL have repeatedly flagged the routes.", published_on=PUBLISHED)
    assert "interpol" not in selected(result, "organization")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Asked about the partners, she said: we co-hosted it with the Australian Federal Police.",
            "australian-federal-police",
        ),
        ("The host police co-organised the course together with INTERPOL.", "interpol"),
        ("The academy jointly convened the sessions with UNODC.", "unodc"),
    ],
)
def test_a_partner_named_after_co_hosted_with_shares_the_hosting(sentence, body):
    result = analyse(LEDE + sentence, published_on=PUBLISHED)
    assert body in selected(result, "organization")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "The Director for Consular Affairs of the foreign ministry, Wiryanto, said the checklist would help.",
            "Wiryanto",
        ),
        (
            "Deputy for Child Protection at the Ministry of Social Affairs (Kemensos), Lestari, noted the gaps.",
            "Lestari",
        ),
        ("The province's Head of Manpower, Suharti, told the room that shelters were full.", "Suharti"),
    ],
)
def test_a_one_word_name_after_a_post_set_off_by_commas_is_proposed(sentence, person):
    result = analyse(LEDE + sentence, published_on=PUBLISHED)
    assert person in new_names(result, "person")


@pytest.mark.django_db
def test_a_place_set_off_by_commas_after_a_post_is_not_a_person():
    result = analyse(
        LEDE + "The Head of Office in Central Java, Semarang, said the shelters were full.", published_on=PUBLISHED
    )
    assert "Semarang" not in new_names(result, "person")


@pytest.mark.django_db
def test_a_country_in_a_transcript_presenters_closing_turn_is_not_a_party():
    text = (
        "Transcript of a radio interview.\n\n"
        "PRESENTER: My guest took part in a police workshop in Makassar from 3 to 5 March 2026.\n\n"
        "GUEST: Officers from Malaysia and Brunei Darussalam attended the workshop.\n\n"
        "PRESENTER: Thank you. And after the news, we look at Papua New Guinea and the price of fuel ...\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "pg" not in selected(result, "country")
    assert "my" in selected(result, "country")


@pytest.mark.django_db
def test_a_speaker_label_with_a_name_still_reads_as_a_roll():
    text = (
        "A regional dialogue on migrant smuggling met in Kuching on 3 March 2026.\n\n"
        "Moderator: Ms Ana Lopes, Timor-Leste\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "tl" in selected(result, "country")
