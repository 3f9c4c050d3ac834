"""Report intake on the classes of failure met on the nineteenth set's links and new names (heldout19).

The sentences are made up for these tests, with other towns, people and bodies than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names, selected

PUBLISHED = datetime.date(2026, 4, 20)


# --- links -----------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_list_after_the_following_bodies_were_also_represented_is_a_roll():
    text = (
        "Police officers from nine countries met in Vientiane on 14-15 April 2026 to plan joint operations. The "
        "talks were chaired by Laos.\n\nOfficers shared intelligence on forty targets.\n\n"
        "The following bodies were also represented: the United Nations Development Programme, the "
        "Federal Bureau of Investigation and the ASEAN Secretariat.\n\n"
        "The talks were closed to the press."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert {"undp", "fbi", "asean-secretariat"} <= selected(result, "organization")


@pytest.mark.django_db
def test_bodies_named_in_a_sentence_that_only_mentions_representation_are_not_a_roll():
    text = (
        "Police officers from nine countries met in Vientiane on 14-15 April 2026 to plan joint operations.\n\n"
        "In the past, the United Nations Development Programme has represented victims' groups in court."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "undp" not in selected(result, "organization")


@pytest.mark.django_db
def test_an_apposition_with_its_own_history_does_not_make_the_funder_another_years():
    text = (
        "A national workshop on victim screening was held in Cebu on 8-9 April 2026. It was funded by UNDP, the "
        "agency that has backed the screening programme since 2017."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "undp" in selected(result, "organization")


@pytest.mark.django_db
def test_a_main_clause_in_another_year_still_takes_the_funder_out():
    text = (
        "A national workshop on victim screening was held in Cebu on 8-9 April 2026. In 2019, a similar course was "
        "funded by UNDP."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "undp" not in selected(result, "organization")


@pytest.mark.django_db
def test_a_forum_the_findings_are_passed_to_is_linked():
    text = (
        "Prosecutors from four countries met in Hue on 2-3 April 2026 for a workshop on mutual legal assistance. "
        "The workshop's findings will be passed on to the ASEAN Senior Officials Meeting on Transnational Crime."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "somtc" in selected(result, "forum")


@pytest.mark.django_db
def test_a_meetings_outputs_that_go_to_a_forum_link_it():
    text = (
        "The Regional Workshop on Mutual Legal Assistance was held in Hue on 2-3 April 2026.\n\n"
        "Its conclusions go to the ASEAN Senior Officials Meeting on Transnational Crime in June."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "somtc" in selected(result, "forum")


@pytest.mark.django_db
def test_a_forum_people_merely_go_to_is_not_a_referral():
    text = (
        "The Regional Workshop on Mutual Legal Assistance was held in Hue on 2-3 April 2026.\n\n"
        "Most of the delegates also go to the ASEAN Senior Officials Meeting on Transnational Crime each year."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "somtc" not in selected(result, "forum")


@pytest.mark.django_db
def test_a_bodys_officer_named_between_commas_before_a_speech_verb_speaks_for_it():
    text = (
        "Border officials met in Savannakhet on 9 April 2026 to review cases.\n\nThe figures were grim. A UNODC "
        "programme officer, Ms. Dara Quinlan, said most victims had crossed at night."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "unodc" in selected(result, "organization")


@pytest.mark.django_db
def test_countries_listed_and_then_said_all_to_have_sent_delegations_took_part():
    text = (
        "A regional meeting on labour trafficking was held in Jakarta on 6-7 April 2026. It lasted two days.\n\n"
        "Recruiters have moved online. The process brings together Brunei, Singapore, Timor-Leste and the "
        "Philippines. All four sent delegations, the organisers said."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert {"bn", "sg", "tl", "ph"} <= selected(result, "country")


@pytest.mark.django_db
def test_a_count_that_does_not_match_the_list_does_not_confirm_it():
    text = (
        "A regional meeting on labour trafficking was held in Jakarta on 6-7 April 2026. It lasted two days.\n\n"
        "Recruiters have moved online. The process brings together Brunei, Singapore, Timor-Leste and the "
        "Philippines. All three sent delegations, the organisers said."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert not {"bn", "sg", "tl", "ph"} <= selected(result, "country")


@pytest.mark.django_db
def test_a_country_named_in_a_correction_of_an_earlier_version_is_not_a_party():
    text = (
        "Officials from Thailand and Laos met in Nong Khai on 10 April 2026 to discuss repatriation.\n\n"
        "Correction: An earlier version of this story said that Cambodia also attended. It did not."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "kh" not in selected(result, "country")
    assert {"th", "la"} <= selected(result, "country")


@pytest.mark.django_db
def test_part_of_a_group_came_and_the_one_that_stayed_away_is_named():
    text = (
        "Survivor groups met in Chiang Mai on 3-4 April 2026 for a consultation on shelters.\n\n"
        "This year, groups came from five of the six COMMIT countries. No organisation from Myanmar was able to "
        "take part."
    )
    result = analyse(text, published_on=PUBLISHED)
    countries = selected(result, "country")
    assert {"kh", "cn", "la", "th", "vn"} <= countries
    assert "mm" not in countries


@pytest.mark.django_db
def test_part_of_a_group_came_and_the_report_does_not_say_which_selects_none_of_it():
    text = (
        "Survivor groups met in Chiang Mai on 3-4 April 2026 for a consultation on shelters.\n\n"
        "This year, groups came from five of the six COMMIT countries."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert not {"kh", "cn", "la", "vn", "mm"} & selected(result, "country")


# --- new names -------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_portuguese_courtesy_title_opens_a_persons_name():
    text = (
        "Officials met in Baucau on 7 April 2026 on trafficking. In her opening address, the Director-General, "
        "Sra. Joana Pereira dos Santos, recalled the new law."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "Joana Pereira dos Santos" in new_names(result, "person")


@pytest.mark.django_db
def test_a_malay_judges_style_opens_a_persons_name_but_not_inside_one():
    text = (
        "Judges met online on 7 April 2026. Hakim Siti Rohani binti Abdul Aziz of the High Court of Sabah and "
        "Mr. Amir Hakim Salleh presented cases."
    )
    people = new_names(analyse(text, published_on=PUBLISHED), "person")
    assert "Siti Rohani binti Abdul Aziz" in people
    assert "Amir Hakim Salleh" in people
    assert "Salleh" not in people


@pytest.mark.django_db
def test_a_malay_name_is_read_whole_and_its_short_form_is_the_same_person():
    text = (
        "The Malaysian delegation to the talks in Kota Kinabalu on 7 April 2026 was led by Datuk Wan Norliza binti "
        "Wan Ab Ghani, Secretary of the Council. In her remarks, Datuk Wan Norliza thanked the hosts."
    )
    people = new_names(analyse(text, published_on=PUBLISHED), "person")
    assert "Wan Norliza binti Wan Ab Ghani" in people
    assert "Wan Norliza" not in people


@pytest.mark.django_db
def test_a_missions_seat_is_part_of_its_name():
    text = (
        "Officials met in Kuching on 7 April 2026. The Thai delegation included officials of the Embassy of the "
        "Kingdom of Thailand in Kuala Lumpur."
    )
    bodies = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "Embassy of the Kingdom of Thailand in Kuala Lumpur" in bodies


@pytest.mark.django_db
def test_a_building_named_after_a_body_is_not_a_new_body():
    text = "The Ministry of Manpower hosted the talks on 7 April 2026 at the Ministry of Manpower Complex, Cyberjaya."
    bodies = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "Ministry of Manpower" in bodies
    assert "Ministry of Manpower Complex" not in bodies


@pytest.mark.django_db
def test_a_capitalised_an_inside_a_sentence_is_a_word_of_the_name():
    text = "On 7 April 2026, the An Nhon Town Police held talks with provincial officers on trafficking."
    bodies = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "An Nhon Town Police" in bodies
    assert "Nhon Town Police" not in bodies


@pytest.mark.django_db
def test_the_author_of_a_signed_first_person_account_took_part():
    text = (
        "By Mai Lan Pham, Programme Officer\n\n"
        "On 7 April 2026 I sat with twenty colleagues in Da Nang for the annual shelter consultation, which our "
        "network co-organised with local partners."
    )
    result = analyse(text, publisher="Coastal Shelters Network (blog)", published_on=PUBLISHED)
    assert "Mai Lan Pham" in new_names(result, "person")
    assert "Coastal Shelters Network" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_byline_over_a_report_in_the_third_person_names_no_participant():
    text = (
        "By Mai Lan Pham, Staff Reporter\n\n"
        "Twenty shelter workers met in Da Nang on 7 April 2026 for the annual shelter consultation."
    )
    result = analyse(text, publisher="Da Nang Daily", published_on=PUBLISHED)
    assert "Mai Lan Pham" not in new_names(result, "person")


@pytest.mark.django_db
def test_no_persons_name_follows_the_after_a_post():
    text = (
        "Officials met in Dili on 7 April 2026. Mr. Paul Okafor, Director of the Migration Governance and Labour "
        "Division of the Secretariat, presented the plan."
    )
    assert "Migration Governance" not in new_names(analyse(text, published_on=PUBLISHED), "person")


@pytest.mark.django_db
def test_the_series_group_is_not_proposed_again_as_a_body():
    text = (
        "The 4th Meeting of the Thailand–Cambodia Joint Working Group (JWG) on Labour Migration was held in "
        "Siem Reap on 7-8 April 2026."
    )
    bodies = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "Thailand–Cambodia Joint Working Group" not in bodies
    assert "Cambodia Joint Working Group" not in bodies
