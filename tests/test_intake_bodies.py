"""Report intake on bodies (tenth round): whose body a generic name is, chains of bodies, bodies written by
acronym, and the forum a meeting reports to.

The sentences are made up for these tests, in several wordings, countries and names. The seed holds Viet Nam's
Ministry of Public Security (MPS), its Criminal Police Department, the United Kingdom's National Crime Agency
(NCA), AAPTIP, UNODC, INTERPOL and the FBI, and the forums SOMTC and AMMTC.
"""

import datetime

import pytest

from meetings.intake import analyse
from meetings.intake.text import unwrap

PUBLISHED = datetime.date(2025, 11, 20)


def links(result, kind):
    return {link["slug"]: link["selected"] for link in result["links"] if link["kind"] == kind}


def selected(result, kind):
    return {slug for slug, chosen in links(result, kind).items() if chosen}


def new_bodies(result):
    return {item["name"]: item.get("country") for item in result["new"] if item["kind"] == "organization"}


def namesakes(result):
    """The countries of the new namesakes of the base's Ministry of Public Security, each named with its country
    ("Ministry of Public Security of Laos") since the seventeenth round; never the bare name."""
    bodies = new_bodies(result)
    assert "Ministry of Public Security" not in bodies
    return {country for name, country in bodies.items() if name.startswith("Ministry of Public Security of ")}


# --- a generic name belongs to the country the text puts it in ---------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "Pol. Col. Somsak Phommachanh of the Ministry of Public Security, who led the Lao delegation, opened the "
        "workshop in Vientiane on 4 November 2025.",
        "The workshop in Yangon on 4 November 2025 heard Col. Kyaw Min Thant of the Ministry of Public Security, "
        "head of the delegation of Laos.",
        "Ms. Chanthala Vongsa of the Ministry of Public Security spoke for the delegation from the Lao PDR at the "
        "workshop in Bangkok on 4 November 2025.",
        "The workshop was held in Bangkok on 4 November 2025. For Laos, officers of the Ministry of Public Security "
        "attended.",
        "The workshop was held in Bangkok on 4 November 2025. The Lao side was represented by officials of the "
        "Ministry of Public Security.",
    ],
)
def test_a_generic_ministry_of_a_delegates_other_country_is_a_new_body_of_that_country(seeded, sentence):
    result = analyse(sentence, published_on=PUBLISHED)
    assert "mps" not in selected(result, "organization")
    assert namesakes(result) == {"LA"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence, country",
    [
        (
            "Officials of the Ministry of Public Security (MPS) of Laos attended the workshop in Bangkok on 4 November "
            "2025. The MPS presented two cases.",
            "LA",
        ),
        (
            "Officials from Lao PDR's Ministry of Public Security attended the workshop in Bangkok on 4 November 2025.",
            "LA",
        ),
        (
            "Officers of the Ministry of Public Security of the Kingdom of Cambodia attended the workshop in Bangkok "
            "on 4 November 2025.",
            "KH",
        ),
    ],
)
def test_a_generic_ministry_written_with_another_country_is_a_new_body_of_it(seeded, sentence, country):
    result = analyse(sentence, published_on=PUBLISHED)
    assert "mps" not in selected(result, "organization")
    assert namesakes(result) == {country}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "post, country, proposed",
    [
        ("Deputy Minister of Public Security of Laos", "LA", True),
        ("Minister of Public Security of Cambodia", "KH", True),
        ("Deputy Minister of Public Security of Viet Nam", None, False),
    ],
)
def test_a_ministers_post_of_another_country_proposes_that_countrys_ministry(seeded, post, country, proposed):
    result = analyse(
        f"The workshop in Bangkok on 4 November 2025 was opened by Gen. Vilay Chanthavong, {post}.",
        published_on=PUBLISHED,
    )
    assert namesakes(result) == ({country} if proposed else set())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "Maj. Gen. Nguyen Van Hai of the Ministry of Public Security welcomed the Lao delegation to the workshop in "
        "Hanoi on 4 November 2025.",
        "Officers of the Ministry of Public Security held talks with the delegation of Cambodia at the workshop in Hue "
        "on 4 November 2025.",
    ],
)
def test_a_delegation_the_bodys_official_receives_does_not_place_the_body(seeded, sentence):
    result = analyse(sentence, published_on=PUBLISHED)
    assert "mps" in selected(result, "organization")
    assert not namesakes(result)


@pytest.mark.django_db
def test_a_delegation_of_the_bodys_own_country_keeps_the_known_body(seeded):
    result = analyse(
        "Maj. Gen. Nguyen Van Hai of the Ministry of Public Security led the Vietnamese delegation to the workshop in "
        "Vientiane on 4 November 2025.",
        published_on=PUBLISHED,
    )
    assert "mps" in selected(result, "organization")
    assert not namesakes(result)


@pytest.mark.django_db
def test_a_generic_ministry_listed_under_another_countrys_heading_is_a_new_body_of_that_country(seeded):
    result = analyse(
        "Participants in the workshop in Manila on 4 November 2025:\n"
        "CAMBODIA\n"
        "- Ministry of Public Security\n"
        "- Ministry of Social Affairs\n"
        "VIET NAM\n"
        "- Ministry of Public Security\n",
        published_on=PUBLISHED,
    )
    assert namesakes(result) == {"KH"}


@pytest.mark.django_db
def test_lines_labelled_by_country_place_each_generic_body_in_its_country(seeded):
    result = analyse(
        "The workshop was held in Bangkok on 4 November 2025.\n"
        "Cambodia: Mr. Sok Dara, Ministry of Public Security; Ms. Chan Lina, Ministry of Interior.\n"
        "Viet Nam: Col. Tran Hung, Ministry of Public Security.\n",
        published_on=PUBLISHED,
    )
    assert namesakes(result) == {"KH"}
    assert "mps" in selected(result, "organization")
    assert {"kh", "vn"} <= selected(result, "country")


def test_a_country_heading_above_a_list_is_not_run_into_the_item_before_it():
    text = (
        "Participants in the regional workshop held in Manila on 4 November:\n"
        "Viet Nam\n"
        "- Ministry of Labour, Invalids and Social Affairs\n"
        "Lao PDR\n"
        "- Ministry of Public Security\n"
    )
    assert unwrap(text) == text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence, country",
    [
        (
            "Cambodia's Ministry of Interior and Viet Nam's Ministry of Public Security took part in the dialogue held "
            "in Phnom Penh on 4 November 2025.",
            "KH",
        ),
        (
            "Thailand's Ministry of Justice and Viet Nam's Ministry of Public Security took part in the dialogue held "
            "in Hanoi on 4 November 2025.",
            "TH",
        ),
    ],
)
def test_two_bodies_each_owned_by_a_country_are_read_apart(seeded, sentence, country):
    result = analyse(sentence, published_on=PUBLISHED)
    bodies = new_bodies(result)
    assert not any(" and " in name for name in bodies)
    assert country in bodies.values()
    assert "mps" in selected(result, "organization")


# --- chains of bodies ---------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "Officers from the Anti-Human Trafficking Division of the Criminal Police Department of the Ministry of "
        "Public Security attended the workshop in Hanoi on 4 November 2025.",
        "The workshop in Da Nang on 4 November 2025 was attended by investigators of the Child Protection Unit of the "
        "Criminal Police Department of the Ministry of Public Security.",
    ],
)
def test_every_known_body_of_a_chain_that_took_part_is_preselected(seeded, sentence):
    result = analyse(sentence, published_on=PUBLISHED)
    assert {"criminal-police-department", "mps"} <= selected(result, "organization")
    assert any(name.endswith("Division") or name.endswith("Unit") for name in new_bodies(result))


@pytest.mark.django_db
def test_a_parent_named_in_passing_stays_unselected(seeded):
    result = analyse(
        "The workshop in Hanoi on 4 November 2025 studied cases. The Border Guard Command of the Ministry of Public "
        "Security was set up in 1959.",
        published_on=PUBLISHED,
    )
    assert "mps" not in selected(result, "organization")


# --- bodies by acronym ---------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "The workshop in Cebu on 4 November 2025 was attended by officers from the NCA, UNODC and AAPTIP.",
        "Investigators of the NCA, UNODC and AAPTIP joined the workshop in Cebu on 4 November 2025.",
        "At the workshop in Cebu on 4 November 2025, Mr. Tom Harper (NCA) and Ms. Lina Park (UNODC) presented cases "
        "with AAPTIP.",
    ],
)
def test_known_bodies_written_only_by_acronym_are_preselected(seeded, sentence):
    result = analyse(sentence, published_on=PUBLISHED)
    assert {"nca", "unodc", "aaptip"} <= selected(result, "organization")


@pytest.mark.django_db
@pytest.mark.parametrize("intro", ["Attendees:", "Participating agencies:", "The following took part:"])
def test_known_bodies_listed_by_acronym_under_a_list_of_participants_are_preselected(seeded, intro):
    result = analyse(
        f"The workshop was held in Cebu on 4 November 2025.\n{intro}\n- NCA\n- UNODC\n- AAPTIP\n",
        published_on=PUBLISHED,
    )
    assert {"nca", "unodc", "aaptip"} <= selected(result, "organization")


@pytest.mark.django_db
def test_bodies_listed_under_a_list_of_something_else_are_not_preselected(seeded):
    result = analyse(
        "The workshop was held in Cebu on 4 November 2025.\nFurther reading:\n- NCA\n- UNODC\n",
        published_on=PUBLISHED,
    )
    assert not {"nca", "unodc"} & selected(result, "organization")


@pytest.mark.django_db
def test_a_body_whose_officer_speaks_in_apposition_after_the_name_took_part(seeded):
    result = analyse(
        "The workshop was held in Bangkok on 4 November 2025. Mr. Tom Harper, the NCA's liaison officer in Bangkok, "
        "told participants that cases were rising.",
        published_on=PUBLISHED,
    )
    assert "nca" in selected(result, "organization")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "The workshop was held in Hue on 4 November 2025. An officer of INTERPOL's liaison office in Bangkok, Ms. Ana "
        "Reyes, joined the second day and briefed participants on notices.",
        "The workshop was held in Hue on 4 November 2025. Experts from the NCA's international unit presented two "
        "cases.",
    ],
)
def test_a_body_whose_unit_sent_someone_who_took_part_is_preselected(seeded, sentence):
    result = analyse(sentence, published_on=PUBLISHED)
    assert selected(result, "organization") & {"interpol", "nca"}


@pytest.mark.django_db
def test_a_bodys_office_spoken_of_without_anyone_from_it_is_not_preselected(seeded):
    result = analyse(
        "The workshop was held in Hue on 4 November 2025. Participants praised INTERPOL's liaison office for its help.",
        published_on=PUBLISHED,
    )
    assert "interpol" not in selected(result, "organization")


@pytest.mark.django_db
def test_an_unknown_body_defining_its_acronym_is_proposed_once_with_it(seeded):
    result = analyse(
        "The Anti-Trafficking in Persons Division (ATIPD) hosted the workshop in Manila on 4 November 2025. Officers "
        "of the ATIPD presented three cases.",
        published_on=PUBLISHED,
    )
    bodies = [item for item in result["new"] if item["kind"] == "organization"]
    assert [(item["name"], item.get("acronym")) for item in bodies] == [
        ("Anti-Trafficking in Persons Division", "ATIPD")
    ]


# --- the forum a meeting reports to ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence, forum",
    [
        ("The meeting in Hanoi on 4 November 2025 noted the draft, which will be tabled at the 19th AMMTC.", "ammtc"),
        (
            "The recommendations of the workshop in Manila on 4 November 2025 are to be presented before the SOMTC.",
            "somtc",
        ),
        ("The workshop in Jakarta on 4 November 2025 agreed that its findings be reported to the 20th AMMTC.", "ammtc"),
        ("The workshop in Jakarta on 4 November 2025 finalised a work plan for endorsement by the SOMTC.", "somtc"),
        (
            "The workshop was held in Cebu on 4 November 2025. Participants agreed to recommend the plan to the SOMTC.",
            "somtc",
        ),
        (
            "The workshop was held in Cebu on 4 November 2025, ahead of the 20th AMMTC, to which its conclusions will "
            "be reported.",
            "ammtc",
        ),
    ],
)
def test_the_forum_a_meeting_reports_to_is_preselected(seeded, sentence, forum):
    result = analyse(sentence, published_on=PUBLISHED)
    assert forum in selected(result, "forum")


@pytest.mark.django_db
def test_a_forum_where_a_plan_was_presented_in_the_past_is_not_preselected(seeded):
    result = analyse(
        "The workshop in Jakarta on 4 November 2025 reviewed the plan, which was presented at the 17th AMMTC in 2023.",
        published_on=PUBLISHED,
    )
    assert "ammtc" not in selected(result, "forum")
