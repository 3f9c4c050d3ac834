"""Report intake on the classes of failure met on the eleventh writer's reports (heldout11), written anew.

The sentences are made up for these tests, with other countries, portfolios and names than that set's reports,
so that a rule that only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names

PUBLISHED = datetime.date(2025, 11, 20)


def new_countries(result):
    return {item["name"]: item.get("country") for item in result["new"] if item["kind"] == "organization"}


# --- a minister's portfolio of two words joined by "and", then the name ----------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence, person, ministry",
    [
        (
            "Opening the session, Vice Minister of Women and Children Affairs Sokha Rithy urged closer work.",
            "Sokha Rithy",
            "Ministry of Women and Children Affairs",
        ),
        (
            "The talks were chaired by Deputy Minister of Labour and Social Welfare Bounmy Sayavong in Pakse.",
            "Bounmy Sayavong",
            "Ministry of Labour and Social Welfare",
        ),
        (
            "Minister of Justice and Human Rights Ahmad Fauzi bin Karim closed the workshop in Kota Kinabalu.",
            "Ahmad Fauzi bin Karim",
            "Ministry of Justice and Human Rights",
        ),
    ],
)
def test_a_minister_whose_portfolio_has_two_parts_is_read_as_a_person_and_a_ministry(
    seeded, sentence, person, ministry
):
    result = analyse(sentence, published_on=PUBLISHED)
    assert person in new_names(result, "person")
    organizations = new_names(result, "organization")
    assert ministry in organizations
    assert not any(person in name for name in organizations)


@pytest.mark.django_db
def test_two_officials_joined_by_and_stay_two_people(seeded):
    result = analyse(
        "At the meeting Deputy Minister Sokha Rithy and Director Chan Dara spoke.",
        published_on=PUBLISHED,
    )
    people = new_names(result, "person")
    assert {"Sokha Rithy", "Chan Dara"} <= people


# --- a country's adjective in front of a generic ministry ---------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence, name, country",
    [
        (
            "The forum was hosted by the Cambodian Ministry of Women's Affairs in Kampot.",
            "Ministry of Women's Affairs",
            "KH",
        ),
        (
            "Officers of the Thai Ministry of Social Development and Human Security took part.",
            "Ministry of Social Development and Human Security",
            "TH",
        ),
        (
            "The Lao Ministry of Labour and Social Welfare sent a delegation.",
            "Ministry of Labour and Social Welfare",
            "LA",
        ),
    ],
)
def test_a_country_adjective_before_a_generic_ministry_is_its_country_not_its_name(seeded, sentence, name, country):
    bodies = new_countries(analyse(sentence, published_on=PUBLISHED))
    assert name in bodies
    assert bodies[name] == country


@pytest.mark.django_db
def test_a_country_adjective_that_is_part_of_a_proper_name_stays(seeded):
    bodies = new_countries(
        analyse(
            "Officers of the Indonesian Migrant Workers Protection Agency and the Thai Department of Special "
            "Investigation met in Medan."
        )
    )
    assert bodies.get("Indonesian Migrant Workers Protection Agency") == "ID"
    assert bodies.get("Department of Special Investigation") == "TH"


@pytest.mark.django_db
def test_a_foreign_ministry_named_as_parent_after_of_is_proposed_as_well(seeded):
    result = analyse(
        "The Immigration Department of the Lao Ministry of Public Security and Viet Nam's Ministry of Public Security "
        "met in Vinh on 4 November.",
        published_on=PUBLISHED,
    )
    # The base holds Viet Nam's ministry of that name: the new one is named with Laos, its country.
    bodies = new_countries(result)
    assert bodies.get("Ministry of Public Security of Lao PDR") == "LA"


@pytest.mark.django_db
def test_a_unit_a_known_body_owns_by_acronym_is_proposed_under_its_own_name(seeded):
    result = analyse(
        "Viet Nam's Ministry of Public Security (MPS) hosted the talks in Da Nang. Also present was Colonel Le Van "
        "Thanh, Deputy Director of the MPS's Department of Legal Affairs.",
        published_on=PUBLISHED,
    )
    bodies = new_names(result, "organization")
    assert "Department of Legal Affairs" in bodies
    assert "Legal Affairs" not in bodies


# --- a report that opens with headings -------------------------------------------------------------------------

HEADED = (
    "Publisher: {publisher}\n\n"
    "MEETING RECORD\n"
    "Regional Consultation on Online Scam Recruitment\n"
    "{place}, 12–13 August 2025\n\n"
    "1. Opening\n\n"
    "- {format_line}\n"
    "- Opening remarks were given by the chair, who thanked the hosts for their support to the consultation.\n"
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "publisher, place, format_line, expected",
    [
        (
            "Bali Process Regional Support Office",
            "Bangkok, Thailand",
            "The Consultation was held at a hotel in Bangkok, with two delegations joining by video link (hybrid "
            "format).",
            "hybrid",
        ),
        (
            "Ministry of Home Affairs",
            "Jakarta, Indonesia",
            "The Consultation was held online over two half-day sessions by videoconference for all delegations.",
            "virtual",
        ),
    ],
)
def test_the_format_is_read_in_the_first_sentences_of_prose_after_the_headings(
    seeded, publisher, place, format_line, expected
):
    text = HEADED.format(publisher=publisher, place=place, format_line=format_line)
    assert analyse(text, published_on=PUBLISHED)["event"]["format"] == expected


@pytest.mark.django_db
@pytest.mark.parametrize("place", ["Bangkok, Thailand", "Manila, Philippines", "Vientiane, Lao PDR"])
def test_a_heading_title_stops_at_its_line_before_the_place_and_dates(seeded, place):
    text = HEADED.format(
        publisher="Bali Process Regional Support Office",
        place=place,
        format_line="The Consultation was held in person over two days with all delegations present.",
    )
    assert analyse(text, published_on=PUBLISHED)["event"]["title"] == "Regional Consultation on Online Scam Recruitment"
