"""Report intake on the classes of failure met on the twenty-second writer's set: headlines that are sentences,
names the readers cut, speakers and bodies written in shapes the readers missed.

The sentences are made up for these tests, with other towns, bodies and names than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names, selected

PUBLISHED = datetime.date(2026, 6, 20)


LEAD_NAMES_IT = (
    "Hanoi (Viet Nam), 16-17 June 2026 – Forty labour inspectors and prosecutors from six countries took part this "
    "week in a regional seminar on identifying forced labour in fishing fleets under the Work in Fishing Convention "
    "(C188).\n\n"
    "The seminar was organized by the International Labour Organization and held at a hotel in Hanoi."
)


@pytest.mark.django_db
def test_a_meeting_the_lead_names_in_lower_case_titles_it_over_a_headline_that_is_a_sentence():
    title = "Inspectors from the region gather to close gaps in fishing fleet checks"
    event = analyse(LEAD_NAMES_IT, title=title, published_on=PUBLISHED)["event"]
    assert event["title"] == "Regional Seminar on Identifying Forced Labour in Fishing Fleets under C188"


@pytest.mark.django_db
def test_a_headline_that_is_a_name_is_kept_and_a_kind_with_no_subject_names_nothing():
    # Near misses: a headline in title case is the meeting's name as its publisher gives it; a lower-case meeting
    # word with no subject after "on" is no name to build.
    event = analyse(LEAD_NAMES_IT, title="Regional Labour Inspection Seminar 2026", published_on=PUBLISHED)["event"]
    assert event["title"] == "Regional Labour Inspection Seminar 2026"
    text = (
        "Forty labour inspectors and prosecutors from six countries met in Hanoi on 16 June 2026 for a regional "
        "seminar, the first of its kind.\n\nThe seminar was organized by the International Labour Organization."
    )
    title = "Inspectors from the region gather to close gaps in fishing fleet checks"
    assert analyse(text, title=title, published_on=PUBLISHED)["event"]["title"] == title


@pytest.mark.django_db
def test_a_surname_with_an_apostrophe_and_the_filipino_ma_stay_in_the_name():
    text = (
        "The meeting was held in Cebu City on 2 June 2026.\n\n"
        "It was presided over by Assistant Secretary Ma. Lourdes Reyes-Tan, Officer-in-Charge of the council.\n\n"
        "The visiting side was represented by Legal Attaché Sean O'Malley of the U.K. Embassy in Manila."
    )
    people = new_names(analyse(text, published_on=PUBLISHED), "person")
    assert "Sean O'Malley" in people and "Sean O" not in people
    assert "Ma. Lourdes Reyes-Tan" in people and "Lourdes Reyes-Tan" not in people


@pytest.mark.django_db
def test_a_city_set_off_after_the_provincial_capital_is_the_venue():
    text = (
        "HOST: Customs officers from Malaysia and Thailand say they agreed to share intelligence faster, after a "
        "meeting in the provincial capital, Kota Bharu, yesterday.\n\n"
        "REPORTER: Trainers from the regional customs academy in Penang also attended."
    )
    assert analyse(text, published_on=PUBLISHED)["event"]["city"] == "Kota Bharu"


@pytest.mark.django_db
def test_a_city_after_a_description_without_the_comma_is_not_read_so():
    # Near miss: "in the capital of the state" names no city after a comma; the city the meeting was in stands.
    text = (
        "Customs officers from Malaysia and Thailand met in Penang on 3 June 2026 to share intelligence. Their "
        "trainers came from an academy near the capital of the state of Kelantan, Kota Bharu."
    )
    assert analyse(text, published_on=PUBLISHED)["event"]["city"] == "Penang"


@pytest.mark.django_db
def test_given_names_alone_after_a_full_name_are_the_same_person():
    text = (
        "The regional meeting on labour migration was held in Kuching on 4 June 2026 and was chaired by Home Ministry "
        "secretary-general Datuk Hamzah Yusof Ismail.\n\n"
        '"Recruiters now find their victims on a phone screen," Hamzah Yusof said in his opening address.'
    )
    people = new_names(analyse(text, published_on=PUBLISHED), "person")
    assert "Hamzah Yusof Ismail" in people
    assert "Hamzah Yusof" not in people


@pytest.mark.django_db
def test_a_country_that_came_as_an_observer_took_part():
    text = (
        "Q: Who attended the conference in Vientiane on 5 June 2026?\n\n"
        "A: Delegations from Cambodia, Thailand and Viet Nam attended. Bangladesh came as an observer, and we hope "
        "to welcome it as a member soon."
    )
    assert "bd" in selected(analyse(text, published_on=PUBLISHED), "country")


@pytest.mark.django_db
def test_a_name_opening_a_sentence_before_of_body_and_a_verb_of_speech_is_a_speaker():
    text = (
        "The consultation on safe return was held in Battambang on 9 June 2026.\n\n"
        "Lim Wei Ling of UNHCR presented the agency's referral pathway for returnees.\n\n"
        "Officers of the provincial police described the screening at the border."
    )
    people = new_names(analyse(text, published_on=PUBLISHED), "person")
    assert "Lim Wei Ling" in people
    assert not any("Officers" in p for p in people)


@pytest.mark.django_db
def test_a_provinces_regional_police_and_a_forces_numbered_region_are_bodies():
    text = (
        "The coordination meeting was held on 10 June 2026 at the headquarters of the West Kalimantan regional "
        "police in Pontianak.\n\n"
        "Attending were:\n"
        "- Pol. Maj. Gen. Prasit Wongsa, Commissioner of Provincial Police Region 3\n"
        "- officers of the Singkawang district police\n"
    )
    bodies = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "West Kalimantan regional police" in bodies
    assert "Provincial Police Region 3" in bodies


@pytest.mark.django_db
def test_a_remit_that_runs_along_a_border_is_in_the_bodys_name():
    text = (
        "On 11 June 2026 in Chanthaburi, Pol. Gen. Anan Srisuk, in his capacity as Director of the Task Force for "
        "the Suppression of Migrant Smuggling along the Eastern Border, chaired a meeting with Cambodian police.\n\n"
        "The Royal Cambodian Gendarmerie patrolled along the Mekong River."
    )
    result = analyse(text, published_on=PUBLISHED)
    bodies = new_names(result, "organization")
    assert "Task Force for the Suppression of Migrant Smuggling along the Eastern Border" in bodies
    # Near miss: a body with no remit before "along" does not run on to the river.
    assert not any("Mekong" in b for b in bodies)
    assert "Migrant Smuggling" not in new_names(result, "person")


@pytest.mark.django_db
def test_a_publisher_named_with_its_country_writes_of_itself_without_it():
    text = (
        "On 12 June 2026 twelve survivors met officials in Da Nang. The roundtable was hosted by the city's labour "
        "department, and Safe Harbour co-facilitated the afternoon session."
    )
    result = analyse(text, publisher="Safe Harbour Vietnam – Field Notes blog", published_on=PUBLISHED)
    assert "Safe Harbour Vietnam" in new_names(result, "organization")
    # Near miss: a publisher the text does not name doing anything is no participant.
    other = analyse(text.replace("Safe Harbour co-facilitated", "volunteers ran"), publisher="Safe Harbour Vietnam")
    assert "Safe Harbour Vietnam" not in new_names(other, "organization")


TABLE = (
    "THIRD MEETING OF THE MEKONG TASK FORCE ON LABOUR EXPLOITATION\n"
    "Vientiane, 8 - 9 June 2026\n\n"
    "| Member State | Head of Delegation | Agency |\n"
    "|---|---|---|\n"
    "| Cambodia | Pol. Col. Sok Dara | Ministry of Interior |\n"
    "| Thailand | Pol. Col. Anan Meechai | Pornsak, Royal Thai Police |\n"
    "| Viet Nam | Col. Tran Van Binh | Hanoi, Ministry of Public Security |\n"
)


@pytest.mark.django_db
def test_a_unit_written_before_its_parent_in_a_tables_cell_is_a_body():
    bodies = new_names(analyse(TABLE, published_on=PUBLISHED), "organization")
    assert "Pornsak" in bodies
    # Near miss: a city before the comma is where the body sits, no unit of it.
    assert "Hanoi" not in bodies


@pytest.mark.django_db
def test_a_series_named_in_a_heading_in_capitals_is_no_new_body():
    result = analyse(TABLE, published_on=PUBLISHED)
    assert not any(name.isupper() for name in new_names(result, "organization"))
