"""Report intake on the classes of failure met on the twenty-third set: regional state media on border meetings.

The sentences are made up for these tests, with other towns, bodies and names than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names, selected

PUBLISHED = datetime.date(2026, 6, 20)


# --- a bulleted list of participants with long items -------------------------------------------------------------

LONG_BULLETS = (
    "Investigators from the two countries met in Chau Doc on 2-3 June 2026 for a Bilateral Workshop on Joint "
    "Investigations, organized by UNODC.\n\n"
    "The workshop brought together 30 officials, including from:\n\n"
    "- the Anti-Trafficking Office (ATO) of the Takeo Provincial Police, with its district posts along the river;\n"
    "- the Criminal Police Department of the Ministry of Public Security of Viet Nam;\n"
    "- the An Giang Border Guard Command, under the Ministry of National Defence of Viet Nam.\n"
)


@pytest.mark.django_db
def test_a_long_bulleted_item_does_not_end_the_list_of_participants():
    result = analyse(LONG_BULLETS, published_on=PUBLISHED)
    assert {"criminal-police-department", "ministry-of-national-defence"} <= selected(result, "organization")


@pytest.mark.django_db
def test_a_line_of_prose_still_ends_the_list():
    first_item = LONG_BULLETS.split("\n")[4] + "\n"
    assert first_item.startswith("- the Anti-Trafficking Office")
    text = LONG_BULLETS.replace(
        first_item,
        "Many of them had worked on cases together before, and several had met at earlier courses in other towns "
        "of the Mekong delta over the years.\n",
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "criminal-police-department" not in selected(result, "organization")


# --- a post stated at one mention, the person taking part at another ---------------------------------------------


@pytest.mark.django_db
def test_the_post_at_a_first_mention_gives_the_bodies_of_a_later_speaker():
    text = (
        "Officials from Cambodia and Viet Nam met in Kampot on 4 June 2026 for a bilateral workshop on victim "
        "referral.\n\n"
        "Major General Do Van Hoanh, Deputy Director of the Criminal Police Department of Viet Nam's Ministry of "
        "Public Security, said that cases opened in 2024 had been closed.\n\n"
        '"We now answer each other in days," Major General Do Van Hoanh said.\n'
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "do-van-hoanh" in selected(result, "person")
    assert {"criminal-police-department", "mps"} <= selected(result, "organization")


@pytest.mark.django_db
def test_a_post_of_someone_only_named_in_passing_selects_nothing():
    text = (
        "Officials from Cambodia and Viet Nam met in Kampot on 4 June 2026 for a bilateral workshop on victim "
        "referral.\n\n"
        "A handbook published in 2019 under the supervision of Major General Do Van Hoanh, Deputy Director of the "
        "Criminal Police Department of Viet Nam's Ministry of Public Security, was handed out.\n\n"
        "Its foreword, written by Major General Do Van Hoanh in 2019, sets out the rules.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "criminal-police-department" not in selected(result, "organization")


# --- checkpoints and police stations --------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_border_checkpoint_and_a_police_station_are_bodies():
    text = (
        "Police from Koh Kong and Trat met on 5 June 2026 for a coordination meeting on trafficking cases. Officers "
        "of the Cham Yeam International Border Checkpoint and Pol. Col. Somsak Dee, Superintendent of Khlong Yai "
        "Police Station, attended.\n"
    )
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "Cham Yeam International Border Checkpoint" in names
    assert "Khlong Yai Police Station" in names
    assert not any("Border Checkpoint" == n for n in new_names(analyse(text, published_on=PUBLISHED), "person"))


@pytest.mark.django_db
def test_a_checkpoint_in_lower_case_is_no_body():
    text = (
        "Police from Koh Kong and Trat met on 5 June 2026 for a coordination meeting on trafficking cases held at the "
        "border checkpoint.\n"
    )
    assert not any("checkpoint" in n.lower() for n in new_names(analyse(text, published_on=PUBLISHED), "organization"))


# --- a meeting's name that lists its subjects ---------------------------------------------------------------------


@pytest.mark.django_db
def test_a_list_of_subjects_keeps_its_commas_in_the_title():
    text = (
        "The Regional Training Workshop on Victim Screening, Case Referral and Labour Exploitation was held in Kupang "
        "on 8-10 June 2026 with the support of IOM.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["title"] == "Regional Training Workshop on Victim Screening, Case Referral and Labour Exploitation"


@pytest.mark.django_db
def test_countries_after_the_comma_are_the_parties_not_the_title():
    text = (
        "At the Regional Training Workshop on Victim Screening, Indonesia and Timor-Leste agreed on 9 June 2026 to "
        "share screening forms.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["title"] == "Regional Training Workshop on Victim Screening"


# --- a body's acronym before the meeting word ---------------------------------------------------------------------


@pytest.mark.django_db
def test_a_bracketed_acronym_before_the_meeting_word_stays_in_the_numbered_title():
    text = (
        "Lao and Thai officers met in Houayxay on 11 June 2026 for the 4th Laos-Thailand Joint Border Committee (JBC) "
        "Meeting on Human Trafficking.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["number"] == 4
    assert event["title"].startswith("4th Laos-Thailand Joint Border Committee")
    assert event["title"].endswith("Meeting on Human Trafficking")


@pytest.mark.django_db
def test_a_bracketed_acronym_before_a_post_makes_no_title():
    text = (
        "The Royal Thai Police (RTP) Commissioner met Lao officers in Houayxay on 11 June 2026 for talks on human "
        "trafficking.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert "Commissioner" not in event["title"]


# --- a headline that places the meeting --------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_headline_title_ends_before_held_in_a_place():
    text = (
        "The Thai-Lao liaison meeting on combating trafficking in persons was held on 12 June 2026. Both sides "
        "agreed to meet every month.\n"
    )
    title = "Thai-Lao liaison meeting on combating trafficking in persons held in Chiang Khong"
    event = analyse(text, title=title, published_on=PUBLISHED)["event"]
    assert event["title"] == "Thai-Lao liaison meeting on combating trafficking in persons"


# --- a working group under a forum -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_numbered_meeting_of_a_group_under_a_forum_is_not_the_forums():
    text = (
        "Malaysia chaired the 7th Meeting of the ASEAN Senior Officials Meeting on Transnational Crime (SOMTC) Working "
        "Group on Cybercrime, held via video conference on 15 June 2026.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["forum"] is None
    assert event["number"] == 7
    assert "Working Group on Cybercrime" in event["title"]


@pytest.mark.django_db
def test_the_forums_own_numbered_meeting_stays_the_forums():
    text = (
        "Malaysia chaired the 26th ASEAN Senior Officials Meeting on Transnational Crime (SOMTC), held in Kuching on "
        "15 June 2026.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["forum"] == "somtc"
    assert event["number"] == 26


# --- a ministry and a mission joined by "and the" -----------------------------------------------------------------


@pytest.mark.django_db
def test_a_ministry_and_a_royal_mission_with_its_seat_are_two_bodies():
    text = (
        "Officials from the Cambodian Ministry of Women's Affairs and Gender Equality and the Royal Thai Embassy in "
        "Phnom Penh also attended the meeting in Kampot on 3 June 2026.\n"
    )
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "Ministry of Women's Affairs and Gender Equality" in names
    assert "Royal Thai Embassy in Phnom Penh" in names


# --- a country's government -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_countrys_government_is_the_country_not_a_new_body():
    text = (
        "The workshop in Dili on 2 June 2026 was funded by the Government of New Zealand. The project is an "
        "Australian Government initiative.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    names = new_names(result, "organization")
    assert not any("Government" in n for n in names)


@pytest.mark.django_db
def test_a_local_government_body_is_still_a_body():
    text = "Officers of the Government Inspectorate attended the workshop in Dili on 2 June 2026.\n"
    assert "Government Inspectorate" in new_names(analyse(text, published_on=PUBLISHED), "organization")


# --- provinces listed after a body's cue ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_provinces_listed_after_the_police_are_places():
    text = (
        "The annual meeting was held in Pakse on 4 June 2026. Also taking part were officials from the police of "
        "several border provinces, including Attapeu, Salavan and Sekong of Laos and Kon Tum and Gia Lai of Vietnam.\n"
    )
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "Kon Tum" not in names and "Gia Lai" not in names


@pytest.mark.django_db
def test_bodies_listed_without_head_words_are_still_proposed():
    text = (
        "The annual meeting was held in Pakse on 4 June 2026. Representatives of Save the Children and Hagar "
        "International also attended.\n"
    )
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "Hagar International" in names


@pytest.mark.django_db
def test_a_country_then_and_opens_no_bodys_name():
    text = (
        "The meeting in Pakse on 4 June 2026 reviewed the Agreement between the Government of the Kingdom of Cambodia "
        "and the Government of the Lao PDR on Border Cooperation.\n"
    )
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert not any(n.startswith(("Kingdom of Cambodia and", "Cambodia and")) for n in names)


# --- offices of a kind the text defines, named after their towns --------------------------------------------------


BLO_TEXT = (
    "The Laos-China Border Liaison Office (BLO) meeting on combating trafficking in persons was held at the Boten "
    "BLO, Luang Namtha Province, on 14 June 2026.\n\n"
    "The Chinese side was led by the head of the Mohan BLO.\n"
)


@pytest.mark.django_db
def test_offices_named_after_their_towns_by_a_defined_acronym():
    names = new_names(analyse(BLO_TEXT, published_on=PUBLISHED), "organization")
    assert "Boten BLO" in names and "Mohan BLO" in names


@pytest.mark.django_db
def test_a_countrys_office_of_that_kind_is_no_towns():
    text = BLO_TEXT.replace("the Mohan BLO", "the Chinese BLO")
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "Chinese BLO" not in names


@pytest.mark.django_db
def test_the_town_of_an_office_and_its_province_give_the_place():
    event = analyse(BLO_TEXT, published_on=PUBLISHED)["event"]
    assert event["city"] == "Boten"
    assert event["host_country"] == "la"
    assert event["format"] == "in_person"


# --- a programme's acronym and kind before an apposition -----------------------------------------------------------


@pytest.mark.django_db
def test_a_programme_past_its_acronym_and_a_relative_clause_presented():
    text = (
        "The regional workshop on victim identification was held in Bandar Seri Begawan on 9 June 2026.\n\n"
        "At the workshop, the ASEAN-Australia Counter Trafficking (ASEAN-ACT) programme, which supports the "
        "network, presented a new screening tool.\n"
    )
    assert "asean-act" in selected(analyse(text, published_on=PUBLISHED), "organization")


# --- namesakes of the base's ministry in a list of delegations -------------------------------------------------------

DELEGATION_LINES = (
    "The 9th Senior Officials Meeting of COMMIT was held in Bangkok on 3-4 June 2026.\n\n"
    "The heads of delegations were:\n"
    "- Myanmar: Pol. Brig. Gen. Aung Ko, Deputy Minister of Public Security\n"
    "- China: Mr. Zhou Ming, Deputy Director-General of the Border Control Department, Ministry of Public Security "
    "of China\n"
    "- Viet Nam: Senior Colonel Le Van Tam, Deputy Director of the Criminal Police Department\n"
)


@pytest.mark.django_db
def test_a_deputy_ministers_line_of_another_country_proposes_its_own_ministry():
    result = analyse(DELEGATION_LINES, published_on=PUBLISHED)
    names = new_names(result, "organization")
    # Myanmar's ministry (from the minister's post) and China's (written with its country) are two new bodies.
    assert "Ministry of Public Security of Myanmar" in names
    assert "Ministry of Public Security of China" in names
    assert "mps" not in selected(result, "organization")


@pytest.mark.django_db
def test_the_base_countrys_deputy_minister_links_the_base_ministry():
    text = DELEGATION_LINES.replace(
        "- Myanmar: Pol. Brig. Gen. Aung Ko, Deputy Minister of Public Security",
        "- Viet Nam: Lt. Gen. Pham Van Son, Deputy Minister of Public Security",
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "mps" in selected(result, "organization")
    # China's namesake is new, named with its country even with no second namesake to tell it from.
    assert "Ministry of Public Security of China" in new_names(result, "organization")
    assert "Ministry of Public Security" not in new_names(result, "organization")


# --- a list of bodies with a relative clause inside ---------------------------------------------------------------


@pytest.mark.django_db
def test_a_list_of_bodies_runs_on_past_a_relative_clause():
    text = (
        "The workshop was held in Phnom Penh on 3 June 2026. Representatives of the Regional Support Office (RSO), "
        "which hosts the network's secretariat, the Mekong Migration Network (MMN) and Chab Dai also took part.\n"
    )
    assert "Chab Dai" in new_names(analyse(text, published_on=PUBLISHED), "organization")


@pytest.mark.django_db
def test_a_relative_clause_ending_the_list_adds_no_body():
    text = (
        "The workshop was held in Phnom Penh on 3 June 2026. Representatives of Chab Dai, which works in Cambodia, "
        "Mekong Provinces and Trat, also took part.\n"
    )
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "Chab Dai" in names
    assert "Mekong Provinces" not in names


# --- a meeting's series and an agreement's subject are not bodies ------------------------------------------------


@pytest.mark.django_db
def test_a_numbered_groups_meeting_and_an_agreements_subject_are_not_bodies():
    text = (
        "The two sides reviewed the Memorandum of Understanding between the two governments on Cooperation against "
        "Labour Trafficking, signed in 2012, at a meeting in Vientiane on 3 June 2026.\n\n"
        "The 4th Joint Technical Group meeting will be held in Hanoi in 2027.\n"
    )
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert not any(n.startswith(("Cooperation against", "Joint Technical Group")) for n in names)


@pytest.mark.django_db
def test_a_group_named_as_a_body_is_still_proposed():
    text = (
        "Officials of the Joint Technical Group on Labour Migration met in Vientiane on 3 June 2026 with the support "
        "of IOM.\n"
    )
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "Joint Technical Group on Labour Migration" in names
