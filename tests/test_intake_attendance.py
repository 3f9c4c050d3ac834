"""Report intake on attendance lists and the names in them (tenth round of issue 10).

Participants sections, "Country: person, post" bullets, plain-text tables of delegates, member groups written by
acronym, and the shapes of names that lists use. The sentences are made up for these tests, in several wordings,
with other countries, towns and names than the cases in tests/intake_cases.
"""

import datetime

import pytest

from meetings.intake import analyse
from meetings.intake.attendance import roll_sections, tables
from tests.intake_results import new_names, selected

PUBLISHED = datetime.date(2025, 11, 20)

LEDE = "The Sub-Regional Meeting on Labour Trafficking was held in Udon Thani, Thailand, on 3-4 November 2025.\n\n"


def proposed(result, kind):
    return {link["slug"] for link in result["links"] if link["kind"] == kind}


def new_people(result):
    return {item["name"]: item for item in result["new"] if item["kind"] == "person"}


# --- where the lists are (no database needed) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Participants:", "List of participants", "Attending:", "In attendance:", "The following agencies took part:"],
)
def test_a_labelled_list_of_attendees_is_found_with_its_lines(label):
    text = f"Opening paragraph of the story, long enough to be prose and not part of any list at all here.\n\n{label}\n"
    text += "- Brunei Darussalam: Mr. Awang Hamid\n- Singapore: Ms. Tan Li Ting\n\nThe talks then moved on to cases."
    [(start, end)] = roll_sections(text)
    assert text[start:end].startswith(label)
    assert text[start:end].endswith("Ms. Tan Li Ting")


def test_a_roll_ends_at_the_next_labelled_part_of_the_report():
    text = "Delegates:\n- Malaysia\n- Philippines\nOutcomes:\n- Singapore will host the next round\n"
    [(start, end)] = roll_sections(text)
    assert "Singapore" not in text[start:end]
    assert "Philippines" in text[start:end]


def test_a_paragraph_that_only_mentions_participants_is_no_roll():
    text = "Participants at the course discussed how to screen workers returning from fishing boats in the Gulf."
    assert roll_sections(text) == []


def test_a_table_of_people_is_read_by_its_header_and_a_table_of_figures_is_not():
    people = "Name | Position | Agency | Country\n---|---|---|---\n"
    people += "PHAN Minh Tuan | Inspector | Border Guard | Viet Nam\n"
    figures = "Year | Cases | Victims\n2023 | 41 | 97\n2024 | 56 | 120\n"
    [table] = tables(people + "\n" + figures)
    assert table.columns == {"name": 0, "post": 1, "agency": 2, "country": 3}
    assert [cell.text for cell in table.rows[0]] == ["PHAN Minh Tuan", "Inspector", "Border Guard", "Viet Nam"]


# --- known records in lists are pre-selected --------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "section",
    [
        "Participants:\n- Australian Federal Police\n- UNODC\n- Malaysia\n",
        "Attending: the Australian Federal Police, UNODC and Malaysia.\n",
        "The following attended:\n* Australian Federal Police\n* UNODC\n* Malaysia\n",
        "Name | Agency | Country\nJohn Carter | Australian Federal Police | Australia\n"
        "Lee Wei Ming | UNODC | Malaysia\n",
    ],
)
def test_bodies_and_countries_listed_as_attending_are_pre_selected(seeded, section):
    result = analyse(LEDE + section, published_on=PUBLISHED)
    assert {"australian-federal-police", "unodc"} <= selected(result, "organization")
    assert "my" in selected(result, "country")


@pytest.mark.django_db
def test_a_known_person_in_a_participants_list_is_pre_selected(seeded):
    result = analyse(LEDE + "Participants:\n- Mr. Jim Wee\n- Ms. Caitlin Wiesen, UNDP\n", published_on=PUBLISHED)
    assert {"jim-wee", "caitlin-wiesen"} <= selected(result, "person")


@pytest.mark.django_db
def test_a_known_body_named_in_passing_outside_a_list_is_still_only_offered(seeded):
    text = LEDE + "Participants:\n- Malaysia\n\nA UNODC report found that recruitment moved online after 2020."
    result = analyse(text, published_on=PUBLISHED)
    assert "unodc" in proposed(result, "organization")
    assert "unodc" not in selected(result, "organization")


# --- country labels over delegates ----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "line, code",
    [
        ("- Philippines: Atty. Ramon Castillo, Director, Inter-Agency Council", "ph"),
        ("Cambodia - Mr. Chan Sophal, Deputy Chief, Anti-Trafficking Office", "kh"),
        ("• Myanmar: Pol. Col. Kyaw Min Htet, Head of the Anti-Trafficking Unit", "mm"),
        ("- Singapore: Lim Wei Jie, Senior Investigator", "sg"),
    ],
)
def test_a_country_that_labels_its_delegate_took_part(seeded, line, code):
    result = analyse(LEDE + "The talks covered recruitment over social media.\n\n" + line, published_on=PUBLISHED)
    assert code in selected(result, "country")


@pytest.mark.django_db
def test_a_country_heading_over_its_delegates_took_part(seeded):
    text = LEDE + "Indonesia\n- Brigjen Pol. Haryono, Bareskrim\n- Ms. Dewi Lestari, Ministry of Manpower\n"
    result = analyse(text, published_on=PUBLISHED)
    assert "id" in selected(result, "country")


@pytest.mark.django_db
def test_a_country_label_over_figures_is_no_delegation(seeded):
    text = LEDE + "Cases reported last year:\n- Cambodia: 41 cases\n- Myanmar: 56 cases\n"
    result = analyse(text, published_on=PUBLISHED)
    assert not {"kh", "mm"} & selected(result, "country")


# --- new people in lists ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_row_of_a_table_of_delegates_is_a_new_person_with_post_and_agency(seeded):
    table = (
        "Name | Post | Agency | Country\n"
        "SOUVANNAVONG Keo | Deputy Director | Immigration Department | Lao PDR\n"
        "Nurul Aina binti Hassan | Assistant Superintendent | Royal Malaysia Police | Malaysia\n"
        "Juan Miguel de los Reyes | Prosecutor | Department of Justice | Philippines\n"
    )
    people = new_people(analyse(LEDE + table, published_on=PUBLISHED))
    assert {"Souvannavong Keo", "Nurul Aina binti Hassan", "Juan Miguel de los Reyes"} <= set(people)
    assert people["Nurul Aina binti Hassan"]["title"] == "Assistant Superintendent"
    assert people["Nurul Aina binti Hassan"]["organization"] == "Royal Malaysia Police"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bullet, name",
    [
        ("- Siti Nurhaliza binti Osman, Director, Anti-Trafficking Council", "Siti Nurhaliza binti Osman"),
        ("- Timor-Leste: Jose da Costa Belo, Chief Inspector", "Jose da Costa Belo"),
        ("1. Maria Luisa de la Vega (Philippines)", "Maria Luisa de la Vega"),
        ("* Viet Nam - TRAN Quoc Hung, Deputy Head", "Tran Quoc Hung"),
    ],
)
def test_a_bullet_under_a_participants_label_names_a_new_person(seeded, bullet, name):
    text = LEDE + "Participants:\n" + bullet + "\n"
    assert name in new_people(analyse(text, published_on=PUBLISHED))


@pytest.mark.django_db
def test_a_body_on_a_bullet_is_not_taken_for_a_person(seeded):
    text = LEDE + "Participants:\n- Anti-Trafficking Division, National Police\n- Ministry of Labour\n"
    people = new_people(analyse(text, published_on=PUBLISHED))
    assert not any("Division" in name or "Ministry" in name for name in people)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Lao PDR was represented by Mr. VONGSAKDA Phetsamone, Director General.", "Vongsakda Phetsamone"),
        ("Ms. NGO Thi Lan, Deputy Director of the Border Guard Command, opened the session.", "Ngo Thi Lan"),
    ],
)
def test_a_surname_in_capitals_is_proposed_in_the_order_written_and_in_ordinary_case(seeded, sentence, name):
    # The order is kept: whether the surname comes first is the writer's convention, not the engine's guess.
    assert name in new_people(analyse(LEDE + sentence, published_on=PUBLISHED))


# --- member groups by their short forms -----------------------------------------------------------------------

ASEANAPOL_MEMBERS = {"bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "vn"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "The 45th ASEANAPOL Conference opened in Cebu, Philippines, on 8 September 2026 with delegations of all AMCs.",
        "The 45th ASEANAPOL Conference was held in Cebu, Philippines, on 8 September 2026. It was attended by the AMS.",
        "The 45th ASEANAPOL Conference, held in Cebu, Philippines, on 8 September 2026, gathered police chiefs of the "
        "ten ASEAN Member States.",
    ],
)
def test_the_member_states_by_their_short_form_are_the_conveners_members(seeded, sentence):
    result = analyse(sentence, published_on=datetime.date(2026, 9, 10))
    assert ASEANAPOL_MEMBERS <= selected(result, "country")


@pytest.mark.django_db
def test_member_states_short_form_in_another_year_brings_no_delegations(seeded):
    text = (
        "The 45th ASEANAPOL Conference was held in Cebu, Philippines, on 8 September 2026 with Interpol.\n\n"
        "In 2019, the AMS adopted a joint communique on missing persons."
    )
    result = analyse(text, published_on=datetime.date(2026, 9, 10))
    assert selected(result, "country") == {"ph"}  # the host alone


@pytest.mark.django_db
def test_a_counted_member_group_on_a_bullet_of_the_roll_took_part(seeded):
    text = (
        "The Virtual Meeting of Heads of Cybercrime Units was held online on 2 March 2026.\n\n"
        "1. Attendance\n\n- Heads of the cybercrime units of all ten ASEANAPOL member countries\n"
        "- Interpol: Mr. Karl Jensen, liaison officer\n\n2. Opening remarks\n\n- The Chair welcomed delegates."
    )
    result = analyse(text, published_on=datetime.date(2026, 3, 5))
    assert ASEANAPOL_MEMBERS <= selected(result, "country")
    assert "interpol" in selected(result, "organization")


# --- people after a label, and one-word names --------------------------------------------------------------------


@pytest.mark.django_db
def test_the_chair_named_after_a_label_took_part(seeded):
    text = LEDE + "Chair: Pol. Maj. Gen. Do Van Hoanh\nRapporteur: Ms. Ratna Dewi, Secretariat\n"
    result = analyse(text, published_on=PUBLISHED)
    assert "do-van-hoanh" in selected(result, "person")
    assert "Ratna Dewi" in new_people(result)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Comm. Wiranto (Indonesian National Police) proposed a joint course.", "Wiranto"),
        ("Insp. Haryadi (Bareskrim) presented two cases.", "Haryadi"),
        ("AKBP Sulistyo (Polda Bali) briefed the delegates.", "Sulistyo"),
    ],
)
def test_a_one_word_name_after_a_rank_and_before_the_body_in_brackets_is_a_new_person(seeded, sentence, name):
    assert name in new_people(analyse(LEDE + sentence, published_on=PUBLISHED))


@pytest.mark.django_db
def test_a_count_of_participants_by_country_selects_those_who_sent_anyone(seeded):
    text = (
        "The Regional Workshop on Screening Returnees was held in Penang, Malaysia, on 3-4 November 2025. Forty "
        "officials took part. Participants by country:\n\n"
        "Cambodia ......... 6\nLao PDR .......... 0 (no nomination)\nPhilippines ...... 5\nViet Nam | 4\n"
        "Singapore: none\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert {"kh", "ph", "vn"} <= selected(result, "country")
    assert not {"la", "sg"} & selected(result, "country")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence, names",
    [
        (
            "Speakers included Director Tran Van Binh, Nor Azizah binti Salleh of the Royal Malaysia Police and "
            "Mr. Paolo de la Cruz.",
            {"Tran Van Binh", "Nor Azizah binti Salleh", "Paolo de la Cruz"},
        ),
        (
            "The delegates, including Police Colonel Prasert Wongsa and Bounmy Keovongsa (Lao PDR), toured a shelter.",
            {"Prasert Wongsa", "Bounmy Keovongsa"},
        ),
        (
            "Representatives of member states, among them Ms. Ana Lucia dos Santos and Hendra Wijaya, shared cases.",
            {"Ana Lucia dos Santos", "Hendra Wijaya"},
        ),
    ],
)
def test_people_listed_after_including_or_among_them_are_new_people(seeded, sentence, names):
    assert names <= set(new_people(analyse(LEDE + sentence, published_on=PUBLISHED)))


@pytest.mark.django_db
def test_places_and_bodies_listed_after_including_are_not_people(seeded):
    text = LEDE + "Officials from several cities took part, including Kuala Lumpur and Phnom Penh, and bodies such as "
    text += "the Anti-Trafficking Council and Save the Children."
    people = new_people(analyse(text, published_on=PUBLISHED))
    assert not {"Kuala Lumpur", "Phnom Penh", "Anti-Trafficking Council"} & set(people)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence, name, title",
    [
        ("Deputy Director General NGUYEN Van Nam opened the meeting.", "Nguyen Van Nam", "Deputy Director General"),
        ("Head of Delegation of Myanmar Thura Aung Ko spoke next.", "Thura Aung Ko", "Head of Delegation of Myanmar"),
        ("Director Khamla PHOMMAVONG closed the meeting.", "Khamla Phommavong", "Director"),
        ("Secretary General Ahmad Zaki bin Hashim welcomed the guests.", "Ahmad Zaki bin Hashim", "Secretary General"),
    ],
)
def test_a_name_after_a_post_without_a_comma_is_a_new_person_with_that_post(seeded, sentence, name, title):
    people = new_people(analyse(LEDE + sentence, published_on=PUBLISHED))
    assert name in people
    assert people[name]["title"] == title
    assert not people[name].get("rank")


# --- bodies in rolls, and what the row of a table says about them --------------------------------------------


@pytest.mark.django_db
def test_a_known_body_in_a_table_row_of_another_country_is_that_countrys_namesake(seeded):
    table = (
        "Country | Name | Position | Agency\n"
        "China | Wang Lei | Director | Ministry of Public Security\n"
        "Viet Nam | Pham Quoc Bao | Deputy Director | Criminal Police Department\n"
    )
    result = analyse(LEDE + table, published_on=PUBLISHED)
    assert "mps" not in selected(result, "organization")  # the base's ministry is Viet Nam's
    assert "criminal-police-department" in selected(result, "organization")
    assert "Ministry of Public Security of China" in new_names(result, "organization")


@pytest.mark.django_db
def test_the_bodies_after_a_delegates_name_and_post_on_a_roll_line_are_new_bodies(seeded):
    text = LEDE + (
        "Participants:\n- Indonesia: AKBP Suharto, Head of Unit, Sub-Directorate of Trafficking in Persons, "
        "Bareskrim Polri\n- Brunei: Mr. Awang Jaludin, Officer-in-Charge, Immigration Control Division\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    bodies = new_names(result, "organization")
    assert {"Sub-Directorate of Trafficking in Persons", "Bareskrim Polri", "Immigration Control Division"} <= bodies
    assert not {"Head of Unit", "Officer-in-Charge"} & bodies


@pytest.mark.django_db
def test_a_long_roll_line_of_names_and_bodies_is_not_taken_for_prose(seeded):
    text = LEDE + (
        "Participants:\nMalaysia - ACP Faridah binti Osman, Principal Assistant Director, Royal Malaysia Police; "
        "DSP Tan Chee Keong, Deputy Head, Sarawak Contingent\n"
        "Brunei - Mr. Awang Jaludin, Immigration Control Division\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert {"my", "bn"} <= selected(result, "country")
    assert "Immigration Control Division" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_body_met_in_a_past_decade_is_not_pre_selected(seeded):
    text = LEDE + "The meeting belongs to a network that the region set up with the support of UNODC in the 1990s."
    result = analyse(text, published_on=PUBLISHED)
    assert "unodc" not in selected(result, "organization")


@pytest.mark.django_db
def test_national_bodies_listed_as_attending_bring_their_countries_even_after_a_passing_group(seeded):
    text = (
        "The 45th ASEANAPOL Conference was held in Cebu, Philippines, on 8 September 2026. Its agenda had been set by "
        "the ASEANAPOL member countries.\n\nThe conference was attended by the Cambodian National Police, the "
        "Indonesian National Police and the Myanmar Police Force."
    )
    result = analyse(text, published_on=datetime.date(2026, 9, 10))
    assert {"kh", "id", "mm"} <= selected(result, "country")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Tran Thi Mai, a lawyer with the Legal Aid Centre for Migrants, described the cases.", "Tran Thi Mai"),
        ("Somsak Petcharat, a researcher at Mahidol University, presented the survey.", "Somsak Petcharat"),
    ],
)
def test_a_speaker_given_a_profession_instead_of_a_post_is_a_new_person(seeded, sentence, name):
    assert name in new_people(analyse(LEDE + sentence, published_on=PUBLISHED))


@pytest.mark.django_db
def test_the_officer_a_body_sent_to_the_meeting_took_part_with_the_body(seeded):
    text = LEDE + (
        "Delegations from Malaysia and Singapore attended the meeting. The ASEAN Secretariat in Jakarta sent its "
        "Head of Security Cooperation, Mr. Jim Wee."
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "asean-secretariat" in selected(result, "organization")
    assert "jim-wee" in selected(result, "person")


def test_a_heading_of_another_part_over_ranked_bullets_is_no_roll():
    text = "Key Outcomes\n- Pol. Gen. Arthit Wong announced a joint task force.\n- Mr. Lee Han agreed to follow up.\n"
    assert roll_sections(text) == []
    text = "Singapore\n- Mr. Lee Han, Deputy Director\n"
    assert roll_sections(text) == [(0, len(text) - 1)]


@pytest.mark.django_db
def test_each_person_listed_after_including_keeps_their_own_body(seeded):
    text = LEDE + (
        "Speakers included Director General Pham Van Long, Nurul Izzah binti Ahmad of the Royal Malaysia Police "
        "and Mr. Jose de la Vega."
    )
    people = new_people(analyse(text, published_on=PUBLISHED))
    assert people["Nurul Izzah binti Ahmad"]["organization"] == "Royal Malaysia Police"
    assert people["Pham Van Long"].get("organization") != "Royal Malaysia Police"
    assert people["Pham Van Long"]["title"] == "Director General"


@pytest.mark.django_db
@pytest.mark.parametrize("header", ["Head of delegation", "Heads of Delegation", "Delegation head", "Speaker"])
def test_a_table_of_heads_of_delegation_puts_every_body_on_its_rows_at_the_meeting(seeded, header):
    table = (
        f"| Organization | {header} |\n"
        "|---|---|\n"
        "| INTERPOL | Ms Ana Ruiz, Human Trafficking Unit |\n"
        "| Australian Federal Police | Det. Supt. Mark Ellis, Liaison Officer |\n"
    )
    result = analyse(LEDE + table, published_on=PUBLISHED)
    assert {"interpol", "australian-federal-police"} <= selected(result, "organization")
    assert {"Ana Ruiz", "Mark Ellis"} <= set(new_people(result))
