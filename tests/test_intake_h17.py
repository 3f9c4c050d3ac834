"""Report intake on the classes of failure met on the seventeenth writer's set (tests/intake_cases/heldout17).

The sentences are made up for these tests, with other towns, units, countries and names than the cases, so that a
rule that only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import selected

PUBLISHED = datetime.date(2026, 9, 18)
ASEAN_TEN = {"bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "vn"}


def event(result, field):
    return result["event"][field]


# --- Counted member states of a region -------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "phrase",
    [
        "officials from all ten ASEAN member states",
        "delegates of the 10 ASEAN Member States",
        "prosecutors from all ASEAN member countries",
    ],
)
def test_a_meeting_of_no_known_forum_counting_the_regions_member_states_has_their_delegations(phrase):
    text = (
        "HANOI – A Regional Seminar on Border Screening opened in Hanoi on 15 September, bringing together "
        f"{phrase}.\n\nThe seminar closes on Thursday."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert ASEAN_TEN <= selected(result, "country")


@pytest.mark.django_db
def test_uncounted_member_states_are_not_all_of_them():
    text = (
        "HANOI – A Regional Seminar on Border Screening opened in Hanoi on 15 September, bringing together "
        "officials from several ASEAN member states.\n\nThe seminar closes on Thursday."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert not ASEAN_TEN <= selected(result, "country")


# --- A roll introduced by "Attending ... were:" ----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "label", ["Attending the meeting were:", "Present at the session were:", "Also taking part in the workshop were:"]
)
def test_bodies_listed_under_an_attending_were_label_took_part(label):
    text = (
        "On 9 September 2026, the Bilateral Meeting on Maritime Crime was held online by video conference.\n\n"
        f"{label}\n"
        "- Officers of the INTERPOL National Central Bureau Jakarta\n"
        "- Superintendent Lee Wan Ting, Liaison Officer, United Nations Office on Drugs and Crime\n\n"
        "The meeting agreed to share data on vessels."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert {"interpol", "unodc"} <= selected(result, "organization")


# --- Buddhist-era years ----------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("written", "day"), [("3 September 2569", "2026-09-03"), ("22/8/2568", "2025-08-22")])
def test_a_buddhist_era_year_is_read_as_the_common_eras(written, day):
    text = f"On {written}, the Provincial Coordination Meeting on Labour Trafficking was held in Chiang Rai."
    result = analyse(text, published_on=PUBLISHED)
    assert event(result, "start_date") == day
    assert event(result, "date_inferred") == ""


# --- The host country of an online meeting ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "On 2 September 2026 the Coordination Meeting on Cyber Fraud, which the Royal Malaysia Police convened "
        "as an online meeting over Microsoft Teams, brought together four countries.",
        "The Coordination Meeting on Cyber Fraud was held online on 2 September 2026. It was organised by the "
        "Royal Malaysia Police.",
    ],
)
def test_an_online_meeting_is_hosted_by_the_country_its_convening_body_names(sentence):
    result = analyse(sentence, published_on=PUBLISHED)
    assert event(result, "format") == "virtual"
    assert event(result, "host_country") == "my"


# --- Titles ----------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_title_keeps_the_two_countries_its_remit_is_between():
    text = (
        "VIENTIANE, 4 Sept – The 6th Annual Meeting on Cooperation against Labour Trafficking between Cambodia and "
        "Laos took place here from 3 to 4 September."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert event(result, "title") == (
        "6th Annual Meeting on Cooperation against Labour Trafficking between Cambodia and Laos"
    )


@pytest.mark.django_db
def test_countries_right_after_the_meeting_word_stay_out_of_the_title():
    text = "On 4 September 2026, the Joint Meeting between Cambodia and Laos on labour trafficking was held in Pakse."
    result = analyse(text, published_on=PUBLISHED)
    assert event(result, "title") == "Joint Meeting"


@pytest.mark.django_db
@pytest.mark.parametrize("countries", ["(Malaysia – Indonesia – Brunei)", "(Malaysia, Indonesia and Brunei)"])
def test_a_bracketed_list_of_countries_after_a_title_belongs_to_it(countries):
    text = (
        f"On 10 September 2026, the Tri-Border Meeting on Smuggling of Migrants {countries} was held in Tawau, Sabah."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert event(result, "title") == f"Tri-Border Meeting on Smuggling of Migrants {countries}"


@pytest.mark.django_db
def test_an_acronym_in_brackets_after_a_title_stays_out():
    text = "On 10 September 2026, the Tri-Border Meeting on Smuggling of Migrants (TBMSM) was held in Tawau, Sabah."
    result = analyse(text, published_on=PUBLISHED)
    assert event(result, "title") == "Tri-Border Meeting on Smuggling of Migrants"


@pytest.mark.django_db
def test_a_city_with_its_place_word_after_a_title_is_the_venue_not_the_name():
    text = "The police held the 4th Annual Meeting on Border Crime in Phnom Penh Capital on 7-8 September 2026."
    result = analyse(text, published_on=PUBLISHED)
    assert event(result, "title") == "4th Annual Meeting on Border Crime"


# --- The day a dateline speaks from ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_meeting_that_ended_today_after_days_of_talks_began_that_many_days_before_the_dateline():
    text = (
        "JOHOR BAHRU, Sept 16 (Bernama) -- Police of the two countries agreed on joint patrols at the 5th Border "
        "Committee Meeting on Human Smuggling, which closed here today after three days of talks."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert (event(result, "start_date"), event(result, "end_date")) == ("2026-09-14", "2026-09-16")
    assert event(result, "date_inferred") == "year"


@pytest.mark.django_db
def test_today_under_a_full_dateline_is_not_inferred():
    text = (
        "JOHOR BAHRU, 16 September 2026 -- The 5th Border Committee Meeting on Human Smuggling closed here today "
        "after two days of deliberations."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert (event(result, "start_date"), event(result, "end_date")) == ("2026-09-15", "2026-09-16")
    assert event(result, "date_inferred") == ""


# --- A background meeting's city -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_city_of_a_named_background_meeting_is_not_the_venue():
    text = (
        "The training room of the police college in Makassar was full last week.\n\n"
        "From Sept. 7 to 10, 25 investigators from five countries attended the Regional Course on Tracing Smugglers' "
        "Money, run by the college.\n\n"
        "Weeks after the crisis, on May 29, ministers met in Bangkok for the Special Meeting on Irregular Migration "
        "in the Indian Ocean and agreed to cooperate."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert event(result, "city") == "Makassar"


# --- Bodies of people who spoke, and a publisher named in the meeting's sentence -------------------------------------

WORKSHOP = (
    "On 8 and 9 September 2026, the Ministry of Justice convened the National Workshop on Witness Protection in "
    "Vientiane.\n\n"
    "Over two days, participants:\n"
    "- worked through files of labour trafficking on fishing boats, including files involving migrant crew members;\n"
    "- rehearsed questioning methods that spare survivors from reliving the worst moments of their ordeal;\n"
    "- weighed the use of screens, remote testimony and hearings held behind closed doors; and\n"
    "- agreed on advice to the Lao Bar Association on a common course of study for defence lawyers and judges.\n\n"
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "Inspector Hemi Walker, Liaison Officer of the Australian Federal Police in Bangkok, shared lessons from "
        "cases that traced the money of smuggling rings.",
        "Ms. Somchai Ladda, Programme Officer at the United Nations Office on Drugs and Crime (UNODC), presented a "
        "study on forced criminality.",
    ],
)
def test_a_body_in_the_post_set_off_after_a_speakers_name_took_part(sentence):
    result = analyse(WORKSHOP + sentence, published_on=PUBLISHED)
    assert selected(result, "organization") & {"australian-federal-police", "unodc"}


@pytest.mark.django_db
def test_the_publishers_name_ending_a_sentence_about_who_attended_is_a_party_not_a_credit():
    text = (
        "BANGKOK, 9 September 2026 – The 12th Meeting of the Regional Task Force on Labour Migration was held in "
        "Bangkok.\n\nThe Meeting was attended by officials of the member countries and the ASEAN Secretariat.\n\n"
        "The next meeting will be held in 2027."
    )
    result = analyse(text, publisher="ASEAN Secretariat", published_on=PUBLISHED)
    assert "asean-secretariat" in selected(result, "organization")


@pytest.mark.django_db
@pytest.mark.parametrize("rank", ["Sgt.", "Det. Sgt.", "Cpl.", "Snr Sgt"])
def test_abbreviated_police_ranks_introduce_a_person_and_the_body_after_the_name(rank):
    text = (
        "The Regional Course on Smuggling Networks was held in Makassar on 7 September 2026.\n\n"
        f"{rank} Aroha Tane of the Australian Federal Police described a case of a boat bound for Darwin."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "Aroha Tane" in {item["name"] for item in result["new"] if item["kind"] == "person"}
    assert "australian-federal-police" in selected(result, "organization")


@pytest.mark.django_db
def test_a_trainer_set_off_by_a_post_with_a_body_who_ran_a_session_took_part_for_it():
    text = (
        "The Regional Course on Smuggling Networks was held in Makassar on 7 September 2026.\n\n"
        "The trainers came from four countries.\n\n"
        "Ana Ruiz, a border liaison officer with the Australian Federal Police, spent a morning on the money trail "
        "of smuggling rings."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "Ana Ruiz" in {item["name"] for item in result["new"] if item["kind"] == "person"}
    assert "australian-federal-police" in selected(result, "organization")


# --- New names -------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("rank", ["Brigadier General Police", "Inspector General Police"])
def test_an_indonesian_rank_spelled_out_with_police_after_it_introduces_a_person(rank):
    text = (
        "The Regional Course on Smuggling Networks was held in Makassar on 7 September 2026.\n\n"
        f"In his opening remarks, {rank} Agus Salim, Director of Cyber Crime, underlined the threat."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "Agus Salim" in {item["name"] for item in result["new"] if item["kind"] == "person"}


@pytest.mark.django_db
def test_a_joined_acronym_of_a_force_and_its_unit_gives_both_bodies():
    text = (
        "The Regional Course on Smuggling Networks was held in Cebu on 7 September 2026.\n\n"
        "Police Colonel Juan Cruz, chief of the Philippine National Police Maritime Security Center (PNP-MSC), "
        "presented the rescue of 40 fishermen."
    )
    result = analyse(text, published_on=PUBLISHED)
    names = {item["name"] for item in result["new"] if item["kind"] == "organization"}
    assert {"Philippine National Police", "Maritime Security Center"} <= names


@pytest.mark.django_db
def test_days_without_a_year_under_a_dateline_that_writes_its_year_are_not_inferred():
    text = (
        "DAVAO, 12 September 2026 – The 4th Meeting of the Mindanao Working Group on Trafficking concluded today. "
        "The meeting, held in person from 11 to 12 September, reviewed cases."
    )
    result = analyse(text, published_on=datetime.date(2026, 9, 13))
    assert (event(result, "start_date"), event(result, "date_inferred")) == ("2026-09-11", "")


@pytest.mark.django_db
def test_an_embassy_that_publishes_the_report_of_a_meeting_its_ambassador_opened_is_a_new_body():
    text = (
        "On 3 and 4 September 2026, the Canadian Government partnered with the Ministry of Justice to convene the "
        "National Workshop on Witness Protection in Vientiane.\n\n"
        "Opening the workshop, Canadian Ambassador to Laos Claire Dubois said survivors deserve protection."
    )
    result = analyse(text, publisher="Canadian Embassy in Laos (canada.ca)", published_on=PUBLISHED)
    assert "Canadian Embassy in Laos" in {item["name"] for item in result["new"] if item["kind"] == "organization"}


@pytest.mark.django_db
def test_a_ministry_that_publishes_is_not_read_as_a_mission():
    text = (
        "On 3 and 4 September 2026, the Ministry of Justice convened the National Workshop on Witness Protection in "
        "Vientiane.\n\nOpening the workshop, Canadian Ambassador to Laos Claire Dubois said survivors deserve "
        "protection."
    )
    result = analyse(text, publisher="Ministry of Justice", published_on=PUBLISHED)
    assert not any("Embassy" in item["name"] for item in result["new"])
