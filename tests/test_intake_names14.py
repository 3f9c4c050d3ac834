"""Report intake: new names in the shapes the fifteenth and sixteenth sets showed (docs/intake.md, fourteenth round).

The sentences are made up for these tests, with other countries, towns, bodies and names than the cases, so that a
rule that only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names

PUBLISHED = datetime.date(2026, 3, 20)
LEDE = "The 3rd Coastal Referral Workshop was held in Davao on 10 March 2026. "


def run(sentence):
    return analyse(LEDE + sentence, published_on=PUBLISHED)


def bodies_with_countries(result):
    return [(item["name"], item.get("country")) for item in result["new"] if item["kind"] == "organization"]


# --- another country's namesake of a body the base holds ----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Wang Lei, deputy director of a bureau of China's Ministry of Public Security, told the meeting about it.",
            "Ministry of Public Security of China",
            "CN",
        ),
        # The adjective alone: the country under the base's name for it.
        (
            "Officers of the Lao Ministry of Public Security presented two cases.",
            "Ministry of Public Security of Lao PDR",
            "LA",
        ),
        (
            "Pol Col Vilay Sengdara of Laos' Ministry of Public Security presented two cases.",
            "Ministry of Public Security of Laos",
            "LA",
        ),
        (
            "The Cambodian Ministry of Public Security sent two officers.",
            "Ministry of Public Security of Cambodia",
            "KH",
        ),
    ],
)
def test_a_foreign_namesake_is_named_with_its_country(seeded, sentence, name, country):
    # Seventeenth round: the name carries the country, so the editor never takes it for the base's own ministry.
    result = run(sentence)
    assert (name, country) in bodies_with_countries(result)
    assert not any(n.endswith("Ministry of Public Security") for n in new_names(result, "organization"))


@pytest.mark.django_db
def test_two_countries_namesakes_are_two_new_bodies(seeded):
    result = run(
        "Liu Bo of China's Ministry of Public Security and Pol Maj Khamla Vongsa of the Lao Ministry of Public "
        "Security presented joint cases."
    )
    pairs = bodies_with_countries(result)
    assert ("Ministry of Public Security of China", "CN") in pairs
    assert ("Ministry of Public Security of Lao PDR", "LA") in pairs


@pytest.mark.django_db
def test_a_body_is_not_run_on_into_the_next_speakers_name(seeded):
    result = run(
        "Pol Col Vilay Sengdara of Laos' Ministry of Public Security and Ana Cruz, deputy secretary of the "
        "Philippines' Department of Social Welfare, also addressed the meeting."
    )
    assert "Ana Cruz" in new_names(result, "person")
    assert not any("Ana Cruz" in name for name in new_names(result, "organization"))


# --- people after a rank written out with its short form, after a possessive, after "Ambassador to" -----------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Presenters included Inspector of Police (Insp) Tan Boon Huat from the police's cyber unit.", "Tan Boon Huat"),
        ("Deputy Superintendent of Police (DSP) Mohd Hafiz Rahman described the raids.", "Mohd Hafiz Rahman"),
        ("Sr. Comr. Budi Santoso, of the Directorate of Cyber Crimes, told the workshop about cases.", "Budi Santoso"),
        ("Senior Comr. Rina Wulandari said the cases had doubled.", "Rina Wulandari"),
        ("UNODC's Maria Gomez outlined typologies of fraud.", "Maria Gomez"),
        ("The IOM's Ana Lindgren, who leads the unit, spoke on shelters.", "Ana Lindgren"),
        ("Thailand's Somchai Boonmee said the plan was ready.", "Somchai Boonmee"),
        ("Opening the talks, Australian Ambassador to Viet Nam Peter Lowe said:", "Peter Lowe"),
        ("The EU Special Envoy to the Lao PDR Anna Berg opened the meeting.", "Anna Berg"),
    ],
)
def test_a_person_named_in_these_shapes_is_proposed(seeded, sentence, person):
    assert person in new_names(run(sentence), "person")


@pytest.mark.django_db
def test_a_unit_or_report_after_a_possessive_is_no_person(seeded):
    result = run(
        "Ms Ana Lim from INTERPOL's Child Protection sub-directorate spoke. UNODC's Global Drugs report was cited."
    )
    assert new_names(result, "person") == {"Ana Lim"}


@pytest.mark.django_db
def test_a_nicknamed_officer_after_a_post_keeps_the_whole_name(seeded):
    result = run(
        'Department of Labour Undersecretary Ma. Teresa "Tess" Santos-Lim, who chaired the meeting, said the '
        "hotline would open."
    )
    assert "Ma. Teresa Santos-Lim" in new_names(result, "person")
    assert "Ma. Teresa" not in new_names(result, "person")
    assert "Department of Labour" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_two_word_khmer_honorific_is_not_part_of_the_name(seeded):
    result = run(
        "Opening the meeting, H.E. Lok Chumteav Chea Sopheap, Secretary of State at the Ministry of Tourism, said "
        "it mattered."
    )
    assert new_names(result, "person") == {"Chea Sopheap"}


@pytest.mark.django_db
def test_a_rank_word_inside_a_bodys_name_starts_no_person(seeded):
    result = run("Sr. Comr. Budi Santoso, of the Directorate of General Crimes at the police, told the workshop.")
    assert new_names(result, "person") == {"Budi Santoso"}


# --- embassies, delegations, provinces, bodies known by a short name --------------------------------------------


@pytest.mark.django_db
def test_an_embassy_named_with_its_seat_is_one_body_apart_from_its_partner(seeded):
    result = run("The Australian Embassy Manila and the Philippine National Police co-hosted the workshop.")
    assert ("Australian Embassy Manila", "AU") in bodies_with_countries(result)
    assert not any(" and " in name for name in new_names(result, "organization"))


@pytest.mark.django_db
def test_a_union_delegation_to_a_country_is_a_body(seeded):
    result = run("Mr Paul Dane, Head of Cooperation at the Delegation of the European Union to Malaysia, opened it.")
    assert ("Delegation of the European Union to Malaysia", "MY") in bodies_with_countries(result)


@pytest.mark.django_db
def test_a_provinces_governor_brings_its_provincial_administration(seeded):
    result = run(
        "Vice Governor of Savannakhet province, Mr Bounmy Keo, opened the meeting. The Chiang Rai provincial "
        "administration also took part."
    )
    pairs = bodies_with_countries(result)
    assert ("Savannakhet provincial administration", "LA") in pairs
    assert ("Chiang Rai provincial administration", "TH") in pairs


@pytest.mark.django_db
def test_a_body_known_by_a_short_name_described_after_it_is_proposed(seeded):
    result = run(
        "Brigadier General Budi Santoso of Bakamla, the maritime security agency of the Republic of Indonesia, "
        "presented."
    )
    assert "Bakamla" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_short_form_in_brackets_is_the_bodys_own(seeded):
    result = run("The Malaysian Inter-Agency Taskforce on Forced Labour (FL Taskforce) hosted the talks.")
    bodies = {item["name"]: item for item in result["new"] if item["kind"] == "organization"}
    assert set(bodies) == {"Malaysian Inter-Agency Taskforce on Forced Labour"}
    assert bodies["Malaysian Inter-Agency Taskforce on Forced Labour"]["acronym"] == "FL Taskforce"


# --- the publishing body that convened the meeting -----------------------------------------------------------------


@pytest.mark.django_db
def test_the_publisher_named_as_convener_brings_its_header_bodies(seeded):
    result = analyse(
        "From 3 to 4 May 2026, CMSR convened its annual regional workshop on labour migration in Penang. About 80 "
        "researchers took part.",
        publisher="Centre for Migration and Society Research (CMSR), School of Humanities, Penang State University",
        published_on=PUBLISHED,
    )
    bodies = {item["name"]: item for item in result["new"] if item["kind"] == "organization"}
    assert bodies["Centre for Migration and Society Research"]["acronym"] == "CMSR"
    assert "Penang State University" in bodies


@pytest.mark.django_db
def test_a_publisher_the_text_does_not_name_as_convener_brings_nothing(seeded):
    result = analyse(
        "The 2nd Penang Labour Migration Workshop was held on 3 May 2026. About 80 researchers took part.",
        publisher="Centre for Migration and Society Research (CMSR), School of Humanities, Penang State University",
        published_on=PUBLISHED,
    )
    assert "Penang State University" not in new_names(result, "organization")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Ms Rina Sari, a prosecutor from the Attorney General's Office of the Republic of the Philippines, spoke.",
            "Attorney General's Office of the Republic of the Philippines",
        ),
        ("Ms Rina Sari, a prosecutor from the Attorney-General's Office, spoke.", "Attorney-General's Office"),
        ("Mr Lee Wen of the Auditor General's Office attended.", "Auditor General's Office"),
    ],
)
def test_a_posts_office_is_a_body(seeded, sentence, body):
    assert body in new_names(run(sentence), "organization")


@pytest.mark.django_db
def test_a_hyphened_second_post_after_and_ends_the_ministry(seeded):
    result = run(
        "In his opening speech, Pol. Maj. Gen. Bounlap VONGSA, Deputy Minister of Labour and Vice-Chairman of the "
        "National Committee on Child Labour, thanked the delegations."
    )
    bodies = new_names(result, "organization")
    assert "Ministry of Labour" in bodies
    assert not any("Vice-Chairman" in name for name in bodies)
