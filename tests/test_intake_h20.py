"""Report intake on the classes of failure met on the twentieth writer's set: who joined from afar told beside who
attended, a title's subject run on by "linked to", bodies named bare after "between", a weekday beside the date
written out, a one-day meeting given only its month, styles and letters around a name, a name closing the sentence
after its post, a body's post between commas, a ministry named by its minister in a list of delegations.

The sentences are made up for these tests, with other towns, bodies and names than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names, selected

PUBLISHED = datetime.date(2026, 6, 5)

OPENING = (
    "VIENTIANE, 4 June 2026 – The Regional Seminar on Labour Recruitment Fraud was held at the Don Chan Palace "
    "Hotel in Vientiane on 3 and 4 June 2026.\n\n"
    "The seminar reviewed cases of workers recruited for jobs abroad that did not exist. Speakers described how "
    "brokers move money through several accounts. Officers from border provinces compared their case files.\n\n"
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "attendance",
    [
        "According to the organisers, the seminar was attended by 30 officers in the hall, and 20 more joined online "
        "from provincial offices.",
        "The seminar was attended by delegates of five provinces. The delegation of Champasak participated through "
        "videoconference.",
    ],
)
def test_some_joining_from_afar_told_beside_who_attended_makes_the_meeting_hybrid(attendance):
    ev = analyse(OPENING + "Labour inspectors also took part.\n\n" + attendance, published_on=PUBLISHED)["event"]
    assert ev["format"] == "hybrid"


@pytest.mark.django_db
def test_joining_online_told_of_others_far_from_the_attendance_keeps_the_meeting_in_person():
    text = (
        OPENING
        + "The seminar was attended by 30 officers.\n\n"
        + "Inspectors said that they had seen wage slips forged in three provinces.\n\n"
        + "Many of the workers had joined online chat groups run by the brokers."
    )
    assert analyse(text, published_on=PUBLISHED)["event"]["format"] == "in_person"


@pytest.mark.django_db
def test_a_title_runs_on_past_linked_to_when_capitalised_words_follow():
    text = (
        "Officials from six ports joined the Regional Dialogue on Forced Labour linked to Distant-Water Fishing "
        "Fleets, held in Suva on 3 June 2026."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["title"] == "Regional Dialogue on Forced Labour linked to Distant-Water Fishing Fleets"


@pytest.mark.django_db
def test_a_title_stops_before_linked_to_in_lower_case():
    text = (
        "Officials from six ports joined the Regional Dialogue on Forced Labour linked to fishing, held in Suva on "
        "3 June 2026."
    )
    assert analyse(text, published_on=PUBLISHED)["event"]["title"] == "Regional Dialogue on Forced Labour"


@pytest.mark.django_db
def test_bodies_named_bare_after_between_belong_to_the_title():
    text = (
        "On 3 June 2026 in Kampot, the two commissioners co-chaired the Coordination Meeting between Kampot "
        "Provincial Police and Kien Giang Provincial Police on the Prevention of Migrant Smuggling across the Border."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert ev["title"] == (
        "Coordination Meeting between Kampot Provincial Police and Kien Giang Provincial Police on the Prevention of "
        "Migrant Smuggling across the Border"
    )


@pytest.mark.django_db
def test_countries_after_between_still_stand_beside_the_title():
    text = "On 3 June 2026 in Kampot, officials held the Coordination Meeting between Cambodia and Viet Nam."
    assert analyse(text, published_on=PUBLISHED)["event"]["title"] == "Coordination Meeting"


@pytest.mark.django_db
def test_a_weekday_beside_the_date_written_out_is_not_inferred():
    text = (
        "On the morning of Wednesday, 18th day of the waning moon, corresponding to 3 June 2026, at the hall of the "
        "Kampot Provincial Hall, the two sides held the Border Liaison Meeting on Migrant Smuggling."
    )
    ev = analyse(text, published_on=datetime.date(2026, 6, 3))["event"]
    assert (ev["start_date"], ev["date_inferred"]) == ("2026-06-03", "")


@pytest.mark.django_db
def test_a_weekday_alone_stays_read_against_the_publication_date():
    text = "On Wednesday, at the Kampot Provincial Hall, the two sides held the Border Liaison Meeting on Smuggling."
    ev = analyse(text, published_on=datetime.date(2026, 6, 3))["event"]
    assert ev["date_inferred"] == "all"


@pytest.mark.django_db
def test_a_one_day_meeting_given_only_its_month_ends_the_day_it_starts():
    text = (
        "Mayors and shelter workers met at a one-day Consultation on Safe Migration from Maluku held in Ambon in "
        "May 2026, organised by the provincial government."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert (ev["start_date"], ev["end_date"], ev["date_precision"]) == ("2026-05-01", "2026-05-01", "month")


@pytest.mark.django_db
def test_a_meeting_given_only_its_month_and_no_length_has_no_end():
    text = (
        "Mayors and shelter workers met at a Consultation on Safe Migration from Maluku held in Ambon in May 2026, "
        "organised by the provincial government."
    )
    assert analyse(text, published_on=PUBLISHED)["event"]["end_date"] is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Irjen Pol. Drs. Bambang Hadi Susilo, head of the provincial police, opened the seminar.",
            "Bambang Hadi Susilo",
        ),
        ("Brigjen TNI Rudi Hartono, commander of the border task force, opened the seminar.", "Rudi Hartono"),
        (
            '"We meet them at the border," says Sister Agnes Maria Kolo SSpS, who runs a shelter in Atambua.',
            "Agnes Maria Kolo",
        ),
        ("Dr. Lina Marlina Siregar PhD, a researcher, presented the findings of the study.", "Lina Marlina Siregar"),
    ],
)
def test_styles_and_letters_around_a_name_are_left_out_of_it(sentence, person):
    result = analyse(OPENING + sentence, published_on=PUBLISHED)
    assert person in new_names(result, "person")


@pytest.mark.django_db
def test_a_surname_in_capitals_stays_part_of_the_name():
    result = analyse(OPENING + "Mr. Jose Antonio CRUZ, a prosecutor, presented the cases.", published_on=PUBLISHED)
    assert "Jose Antonio Cruz" in new_names(result, "person")  # written in capitals, kept


@pytest.mark.django_db
def test_a_name_closing_its_sentence_after_a_post_set_off_by_a_comma_is_proposed():
    sentence = (
        "The seminar was co-chaired by a deputy minister of Laos and the Permanent Secretary of Cambodia's Ministry "
        "of Labour and Vocational Training, Sokha Vannak."
    )
    result = analyse(OPENING + sentence, published_on=PUBLISHED)
    assert "Sokha Vannak" in new_names(result, "person")


@pytest.mark.django_db
def test_a_city_closing_the_sentence_after_a_post_is_not_a_person():
    sentence = "The seminar heard from the Director of the Ministry of Labour's regional office, Luang Prabang."
    result = analyse(OPENING + sentence, published_on=PUBLISHED)
    assert "Luang Prabang" not in new_names(result, "person")


@pytest.mark.django_db
def test_a_name_set_off_by_a_bodys_post_without_article_is_proposed():
    sentence = "Helen Marsh, SAFE-LINK team leader, told the seminar that shelters were full."
    result = analyse(OPENING + sentence, published_on=PUBLISHED)
    assert "Helen Marsh" in new_names(result, "person")


@pytest.mark.django_db
def test_a_ministry_named_by_its_minister_is_linked_though_another_countrys_namesake_is_new():
    text = (
        "CHAIR'S STATEMENT\n\n"
        "1. The Meeting on Border Crime was held in Bangkok on 3 June 2026. The Meeting was attended by the heads "
        "of delegation as follows:\n\n"
        "- Lao PDR: Pol. Maj. Gen. Bounmy Sengphachanh, Director General, Ministry of Public Security\n"
        "- Viet Nam: Major General Le Van Tuan, Deputy Minister of Public Security\n"
        "- Thailand: Pol. Gen. Somchai Rattana, Deputy Commissioner-General, Royal Thai Police\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "mps" in selected(result, "organization")


@pytest.mark.django_db
def test_the_town_a_delegate_came_back_from_for_the_meeting_is_its_place():
    text = (
        "HOST: Good morning. With us is Major Ana Torres of the regional police. She just came back from Kupang, "
        "Indonesia, where she was part of our panel in the border committee meeting.\n\n"
        "MAJ. TORRES: Good morning. Every year one side hosts. This year it was the turn of Indonesia, so we went to "
        "Kupang. Three days, Tuesday to Thursday."
    )
    ev = analyse(text, published_on=PUBLISHED)["event"]
    assert (ev["city"], ev["host_country"]) == ("Kupang", "id")


@pytest.mark.django_db
def test_a_town_victims_came_back_from_is_not_the_meetings_place():
    text = (
        "The Border Liaison Meeting on Smuggling was held on 3 June 2026. Officers reviewed the year's cases.\n\n"
        "Many of the victims came back from Bangkok with no papers."
    )
    assert not analyse(text, published_on=PUBLISHED)["event"]["city"]
