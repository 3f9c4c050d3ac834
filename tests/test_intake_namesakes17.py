"""Report intake on the seventeenth round's namesakes of other countries and new people: another country's body that
bears the name of one the base holds, people the readers missed, headings taken for people, a speech's speaker
named in its title and missions written in lower case.

The sentences are made up for these tests, with other towns, bodies and names than the cases, so that a rule that
only fits one report fails here. The base's Ministry of Public Security and Ministry of National Defence are Viet
Nam's.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names, selected

PUBLISHED = datetime.date(2026, 7, 10)
LEDE = "The regional consultation on border cooperation was held in Da Nang on 7 July 2026. "


def new_bodies(result):
    return {(item["name"], item.get("country")) for item in result["new"] if item["kind"] == "organization"}


# --- another country's namesake of a known body ---------------------------------------------------------------------


@pytest.mark.django_db
def test_a_delegations_item_puts_a_namesake_in_its_country_and_keeps_the_bases_own():
    text = LEDE + (
        "The heads of delegation were as follows:\n"
        "- Kingdom of Cambodia, led by Gen. Sok Vanna, Director of the Legal Office, Ministry of National Defence;\n"
        "- Socialist Republic of Viet Nam, led by Col. Tran Van Binh, Director of the Legal Department, Ministry of "
        "National Defence.\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert ("Ministry of National Defence of Cambodia", "KH") in new_bodies(result)
    assert "Ministry of National Defence" not in new_names(result, "organization")
    assert "ministry-of-national-defence" in selected(result, "organization")


@pytest.mark.django_db
def test_a_long_delegates_line_under_a_country_heading_puts_the_namesake_there():
    text = LEDE + (
        "LIST OF PARTICIPANTS\n\n"
        "LAO PDR\n"
        "Pol. Lt. Col. Bounmy Keovongsa, Deputy Chief, Anti-Human Trafficking Department, Ministry of Public Security\n"
        "\n"
        "VIET NAM\n"
        "Sr. Col. Vu Thanh Tam, Criminal Police Department, Ministry of Public Security\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert ("Ministry of Public Security of Lao PDR", "LA") in new_bodies(result)
    assert "Ministry of Public Security" not in new_names(result, "organization")
    # A heading in capitals is no one's name.
    assert "LIST OF PARTICIPANTS" not in new_names(result, "person")


@pytest.mark.django_db
def test_a_minister_who_heads_a_delegation_brings_that_countrys_ministry():
    text = LEDE + (
        "Viet Nam's delegation was led by Lieutenant General Hoang Van Tuan, Deputy Minister of Public Security. "
        "Thailand's delegation was headed by Pol. Gen. Anan Srisuk, while Laos was represented by Vice Minister of "
        "Public Security Brig. Gen. Somphet Douangdy."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert ("Ministry of Public Security of Laos", "LA") in new_bodies(result)
    assert "mps" in selected(result, "organization")


@pytest.mark.django_db
def test_the_country_written_after_before_or_as_a_possessive_names_the_namesake():
    text = LEDE + (
        "Officers of the Ministry of Public Security of the Kingdom of Cambodia, of Laos' Ministry of National "
        "Defence and of the Thai Ministry of Public Security took part in the consultation."
    )
    result = analyse(text, published_on=PUBLISHED)
    names = new_names(result, "organization")
    assert "Ministry of Public Security of the Kingdom of Cambodia" in names
    assert "Ministry of National Defence of Laos" in names
    assert "Ministry of Public Security of Thailand" in names
    assert not {"Ministry of Public Security", "Ministry of National Defence"} & names


@pytest.mark.django_db
def test_the_bases_own_body_named_with_its_country_is_no_namesake():
    text = LEDE + "Officers of Viet Nam's Ministry of Public Security presented two cases to the consultation."
    result = analyse(text, published_on=PUBLISHED)
    assert not any("Public Security" in name for name in new_names(result, "organization"))
    assert "mps" in selected(result, "organization")


@pytest.mark.django_db
def test_a_delegation_led_by_someone_else_places_no_ministry():
    # The minister is not said to lead any country's delegation: no country is guessed for the ministry.
    text = LEDE + (
        "Laos was represented by Pol. Col. Somphet Douangdy and Thailand by Pol. Gen. Anan Srisuk. The Deputy "
        "Minister of Public Security, Lt. Gen. Hoang Van Tuan, closed the consultation."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert not any("of Laos" in name for name in new_names(result, "organization"))


@pytest.mark.django_db
def test_a_minister_in_lower_case_who_leads_a_delegation_brings_the_ministry():
    text = LEDE + "Cambodia sent a delegation led by Chhay Sothea, deputy minister for rural development."
    result = analyse(text, published_on=PUBLISHED)
    assert ("Ministry of Rural Development", "KH") in new_bodies(result)


@pytest.mark.django_db
def test_a_minister_in_lower_case_outside_a_delegation_brings_no_ministry():
    text = LEDE + "The report was drafted by Chhay Sothea, deputy minister for rural development."
    result = analyse(text, published_on=PUBLISHED)
    assert "Ministry of Rural Development" not in new_names(result, "organization")


# --- new people -------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_name_before_a_deputy_head_of_a_body_and_its_province():
    text = LEDE + (
        "The Chinese delegation was headed by Zhou Min, deputy head of the Ruili City Public Security Bureau, "
        "Yunnan Province."
    )
    result = analyse(text, published_on=PUBLISHED)
    people = new_names(result, "person")
    assert "Zhou Min" in people
    assert "Yunnan Province" not in people


@pytest.mark.django_db
def test_a_rank_after_a_provincial_police_in_lower_case():
    text = LEDE + (
        "Also attending were Director of the Kampot provincial police Colonel Chea Dara and Deputy Director of the "
        "Quang Nam provincial police Major General Pham Van Long."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert {"Chea Dara", "Pham Van Long"} <= new_names(result, "person")


@pytest.mark.django_db
def test_a_governor_in_lower_case_before_the_name():
    text = LEDE + "The Thai side was led by Chanthaburi governor Somsak Wongdee and two police commanders."
    result = analyse(text, published_on=PUBLISHED)
    assert "Somsak Wongdee" in new_names(result, "person")


@pytest.mark.django_db
def test_the_governor_alone_is_no_name():
    text = LEDE + "The governor Said the province would open two shelters."
    result = analyse(text, published_on=PUBLISHED)
    assert not new_names(result, "person")


@pytest.mark.django_db
def test_the_author_of_a_social_post_who_says_they_were_there():
    text = (
        "Mark Ellis • 2nd\n"
        "Senior Adviser, Border Operations | New Zealand Police\n"
        "2d •\n\n"
        "Proud to have represented New Zealand Police at the Regional Dialogue on Maritime Trafficking in Da Nang "
        "this week. Around 40 of us in the room from eight countries.\n"
    )
    result = analyse(text, title="LinkedIn post", publisher="LinkedIn", published_on=PUBLISHED)
    assert "Mark Ellis" in new_names(result, "person")


@pytest.mark.django_db
def test_a_name_over_a_post_without_first_person_is_not_read_as_the_author():
    text = (
        "Mark Ellis • 2nd\n"
        "Senior Adviser, Border Operations | New Zealand Police\n\n"
        "The Regional Dialogue on Maritime Trafficking was held in Da Nang this week with officers of eight "
        "countries.\n"
    )
    result = analyse(text, title="LinkedIn post", publisher="LinkedIn", published_on=PUBLISHED)
    assert "Mark Ellis" not in new_names(result, "person")


# --- headings and common nouns taken for people ----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_rank_word_inside_a_posts_field_starts_no_name():
    text = LEDE + (
        "The Indonesian delegation was headed by the Director of General Crimes of the National Investigation "
        "Agency, Brigadier General Pol. Agus Salim."
    )
    result = analyse(text, published_on=PUBLISHED)
    people = new_names(result, "person")
    assert "Crimes" not in people
    assert "Agus Salim" in people


@pytest.mark.django_db
def test_a_rank_after_of_in_a_sentence_still_reads_the_name():
    text = LEDE + "The consultation opened with remarks of General Somchai Boonmee on the border's new checkpoints."
    result = analyse(text, published_on=PUBLISHED)
    assert "Somchai Boonmee" in new_names(result, "person")


# --- a speech's speaker and missions in lower case -------------------------------------------------------------------


@pytest.mark.django_db
def test_the_known_speaker_a_speechs_title_names_took_part():
    text = (
        "Da Nang, 7 July 2026\n\nCheck against delivery\n\n"
        "Distinguished guests, it is a pleasure to open this regional consultation on border cooperation with you."
    )
    title = "Keynote Address by Maj. Gen. Tran Ngoc Ha at the Regional Consultation on Border Cooperation"
    result = analyse(text, title=title, published_on=PUBLISHED)
    assert "tran-ngoc-ha" in selected(result, "person")


@pytest.mark.django_db
def test_a_person_a_title_names_otherwise_is_not_selected():
    text = "Da Nang, 7 July 2026\n\nThe regional consultation on border cooperation closed with a joint plan."
    title = "Consultation closes after remarks on the work of Maj. Gen. Tran Ngoc Ha"
    result = analyse(text, title=title, published_on=PUBLISHED)
    assert "tran-ngoc-ha" not in selected(result, "person")


@pytest.mark.django_db
def test_a_countrys_embassy_in_lower_case_with_its_seat():
    text = LEDE + "A delegation from the Vietnamese embassy in Vientiane attended for the first time."
    result = analyse(text, published_on=PUBLISHED)
    assert ("Vietnamese Embassy in Vientiane", "VN") in new_bodies(result)


@pytest.mark.django_db
def test_an_embassy_in_lower_case_without_a_country_is_no_body():
    text = LEDE + "A delegation from the embassy in Vientiane attended for the first time."
    result = analyse(text, published_on=PUBLISHED)
    assert not any("mbassy" in name for name in new_names(result, "organization"))
