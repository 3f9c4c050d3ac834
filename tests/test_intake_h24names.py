"""Report intake on the new names met on the twenty-fourth set (international and donor bodies, think tanks, trade
press): people and bodies the base does not hold, both missed and read where there were none.

The sentences are made up for these tests, with other towns, bodies and names than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names

PUBLISHED = datetime.date(2026, 6, 20)
LEDE = "The regional workshop was held in Hue on 3 June 2026. "


@pytest.mark.django_db
def test_a_post_then_a_name_then_the_body_after_of():
    text = LEDE + "* Cambodia – Director Sokha R. Meas of the Department of Overseas Seafarers spoke about licensing."
    result = analyse(text, published_on=PUBLISHED)
    assert "Sokha R. Meas" in new_names(result, "person")
    # The last words of the body's name are no one's.
    assert "Overseas Seafarers" not in new_names(result, "person")
    assert "Department of Overseas Seafarers" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_post_over_a_field_is_no_name():
    text = LEDE + "The agency's Assistant Director for Coastal Communities, Marco Bellini Ruiz, walked us through it."
    result = analyse(text, published_on=PUBLISHED)
    assert "Coastal Communities" not in new_names(result, "person")
    assert "Marco Bellini Ruiz" in new_names(result, "person")


@pytest.mark.django_db
def test_a_quotation_said_by_someone_of_a_body():
    text = LEDE + '"The rules say no fees," said Dewi Lestari of the Harbour Crew Alliance, a fishers\' network.'
    result = analyse(text, published_on=PUBLISHED)
    assert "Dewi Lestari" in new_names(result, "person")
    assert "Harbour Crew Alliance" in new_names(result, "organization")


@pytest.mark.django_db
def test_said_by_a_post_of_a_body_is_no_name():
    text = LEDE + '"We agree," said Deputy Director of the Harbour Crew Alliance.'
    result = analyse(text, published_on=PUBLISHED)
    assert not new_names(result, "person")


@pytest.mark.django_db
def test_a_portfolio_listed_with_commas_and_a_coordinating_ministry():
    text = (
        "The meeting in Makassar on 3 June 2026 was chaired by Indonesia's Coordinating Minister for Human "
        "Development, Culture and Sport Affairs, Budi Harsono, and attended by senior officials."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "Budi Harsono" in new_names(result, "person")
    orgs = new_names(result, "organization")
    assert "Coordinating Ministry for Human Development, Culture and Sport Affairs" in orgs
    assert "Ministry of Human Development" not in orgs


@pytest.mark.django_db
def test_a_ministers_name_after_a_comma_is_not_the_portfolio():
    text = LEDE + "Malaysia's Minister of Home Affairs, Datuk Seri Hamzah Rahim, told reporters it went well."
    result = analyse(text, published_on=PUBLISHED)
    assert "Ministry of Home Affairs" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_name_in_a_photo_caption_with_its_place_in_the_picture():
    text = LEDE + "[Photo: Canada's Deputy Head of Mission, Claire Dubois (second from left), with participants.]"
    result = analyse(text, published_on=PUBLISHED)
    assert "Claire Dubois" in new_names(result, "person")


@pytest.mark.django_db
def test_a_name_set_off_by_a_relative_clause_then_speech():
    text = (
        LEDE + "Kim Min-seo, who leads the agency's river patrol work, said the course had gone well. "
        "Harbour Police, which patrol the river, said nothing."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "Kim Min-seo" in new_names(result, "person")
    assert "Harbour Police" not in new_names(result, "person")


@pytest.mark.django_db
def test_a_mission_publishing_its_own_report_over_its_unnamed_head_of_mission():
    text = (
        "Senior officials from Canada and Cambodia met in Kampot on 20–21 May 2026 for a dialogue on migrant "
        "smuggling. The dialogue built on commitments made in Jakarta, Indonesia, in 2025.\n\n"
        "Deputy Head of Mission Laura Brooks hosted a reception for delegates on the evening of 20 May."
    )
    result = analyse(text, publisher="Canadian Embassy, Cambodia", published_on=PUBLISHED)
    assert "Canadian Embassy, Cambodia" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_body_listed_with_and_before_its_acronym_is_one():
    text = (
        LEDE + "Participants included officials from Laos, representatives of the ASEAN Committee on the Promotion "
        "and Protection of the Rights of Seafarers and Fishers (ACSF), UNICEF and civil society."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert not any(name.startswith("Protection") for name in new_names(result, "organization"))
    assert "UNICEF" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_country_doing_something_to_a_body_is_no_part_of_its_name():
    text = LEDE + "The findings will be presented by Cambodia to the Regional Working Group on Labour Migration."
    result = analyse(text, published_on=PUBLISHED)
    assert not any(name.startswith("Cambodia") for name in new_names(result, "organization"))


@pytest.mark.django_db
def test_an_acronym_after_a_bodys_possessive_qualifies_a_noun():
    text = LEDE + "Prosecutor Ana Cruz, who heads the Department of Labour's CLAW task force, thanked the hosts."
    result = analyse(text, published_on=PUBLISHED)
    assert "Department of Labour's CLAW" not in new_names(result, "organization")
    assert "Department of Labour" in new_names(result, "organization")


@pytest.mark.django_db
def test_one_ministry_name_for_two_countries():
    text = (
        LEDE + "It was co-organised by the Ministry of Interior of Cambodia. Speakers included Ms. Sara Lim, Deputy "
        "Director, Ministry of Interior, Singapore; and Mr. Tan Boon, Director, Ministry of Manpower."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "Ministry of Interior, Singapore" in new_names(result, "organization")


@pytest.mark.django_db
def test_one_ministry_with_its_country_once_is_one_body():
    text = LEDE + "Speakers included Ms. Sara Lim, Deputy Director, Ministry of Interior, Singapore."
    result = analyse(text, published_on=PUBLISHED)
    assert "Ministry of Interior, Singapore" not in new_names(result, "organization")


@pytest.mark.django_db
def test_an_office_without_its_region_is_the_office_with_it():
    text = (
        LEDE + '"We must act," said Jana Novak, head of the IOM Country Office, in her opening remarks.\n\n'
        "Jana Novak – Head, IOM Country Office for Cambodia and Laos"
    )
    result = analyse(text, published_on=PUBLISHED)
    orgs = new_names(result, "organization")
    assert "IOM Country Office" not in orgs


@pytest.mark.django_db
def test_a_national_central_bureau_keeps_its_seat():
    text = LEDE + "An analyst from the INTERPOL National Central Bureau in Jakarta presented on stolen passports."
    result = analyse(text, published_on=PUBLISHED)
    assert "INTERPOL National Central Bureau Jakarta" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_secretariat_in_a_city_does_not_keep_it():
    text = LEDE + "An analyst from the Regional Support Office in Jakarta presented on stolen passports."
    result = analyse(text, published_on=PUBLISHED)
    assert "Regional Support Office Jakarta" not in new_names(result, "organization")


@pytest.mark.django_db
def test_a_unions_delegation_by_its_acronym():
    text = LEDE + '"We fund this," said Anna Weiss, Deputy Head of the EU Delegation to Cambodia, in her remarks.'
    result = analyse(text, published_on=PUBLISHED)
    assert "EU Delegation to Cambodia" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_publishers_programme_and_the_publisher_by_its_initials():
    text = (
        "Fishers' groups from three countries joined an online dialogue on 29 May 2026.\n\n"
        "The dialogue was organized by the IMO's Safe Decks Southeast Asia programme, which is funded by Japan."
    )
    result = analyse(text, publisher="International Maritime Organization", published_on=PUBLISHED)
    orgs = new_names(result, "organization")
    assert "Safe Decks Southeast Asia" in orgs
    assert "International Maritime Organization" in orgs


@pytest.mark.django_db
def test_a_publisher_whose_initials_organise_nothing_is_not_proposed():
    text = (
        "Fishers' groups from three countries joined an online dialogue on 29 May 2026.\n\n"
        "The dialogue was organized by the Harbour Crew Alliance. An IMO survey was cited."
    )
    result = analyse(text, publisher="International Maritime Organization", published_on=PUBLISHED)
    assert "International Maritime Organization" not in new_names(result, "organization")
