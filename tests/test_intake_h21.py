"""Report intake on the classes of failure met on the twenty-first writer's set: documents other than plain news.

The sentences are made up for these tests, with other towns, bodies and names than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names, selected

PUBLISHED = datetime.date(2026, 6, 20)


GRID_TABLE = (
    "REGIONAL COURSE ON CROSS-BORDER VICTIM REFERRAL\n"
    "Bandar Seri Begawan, Brunei Darussalam, 3 - 5 June 2026\n\n"
    "The course was organised by the host police with the support of INTERPOL.\n\n"
    "LIST OF PARTICIPANTS\n\n"
    "+----+---------------------------+----------------------------+-------------+\n"
    "| No | Name                      | Agency                     | Country     |\n"
    "+----+---------------------------+----------------------------+-------------+\n"
    "|  1 | Insp. Maria Lopes         | National Police            | Timor-Leste |\n"
    "|  2 | Capt. Ong Wei Jie         | Singapore Police Force     | Singapore   |\n"
    "|  3 | Maj. Khamla Phommachanh   | Ministry of Public Security | Lao PDR    |\n"
    "+----+---------------------------+----------------------------+-------------+\n"
)


@pytest.mark.django_db
def test_a_table_drawn_as_a_grid_is_a_roll():
    result = analyse(GRID_TABLE, published_on=PUBLISHED)
    assert {"tl", "sg", "la"} <= selected(result, "country")
    # Its rows tell each body's country: Laos's ministry is not the base's namesake of another country.
    assert "mps" not in selected(result, "organization")
    assert "Ministry of Public Security of Lao PDR" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_grid_of_figures_is_no_roll():
    text = (
        "REGIONAL COURSE ON CROSS-BORDER VICTIM REFERRAL\n"
        "Bandar Seri Begawan, Brunei Darussalam, 3 - 5 June 2026\n\n"
        "The course was organised by the host police with the support of INTERPOL.\n\n"
        "Cases referred in 2025, for background:\n\n"
        "+-------------+-------+\n"
        "| Country     | Cases |\n"
        "+-------------+-------+\n"
        "| Timor-Leste | 12    |\n"
        "| Singapore   | 4     |\n"
        "+-------------+-------+\n"
    )
    result = analyse(text, published_on=PUBLISHED)
    assert "tl" not in selected(result, "country")


@pytest.mark.django_db
def test_minutes_headed_in_capitals_name_the_meeting_not_the_document():
    text = (
        "MINUTES OF THE NINTH SENIOR OFFICIALS MEETING\n"
        "Coordinated Mekong Ministerial Initiative Against Trafficking\n"
        "Bangkok, Thailand, 10-11 March 2026\n\n"
        "1. The Ninth Senior Officials Meeting of the COMMIT process was convened on 10-11 March 2026 in Bangkok. "
        "Delegations from Cambodia, Myanmar and Thailand attended.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["forum"] == "commit-som"
    assert event["number"] == 9
    assert not event["title"].lower().startswith("minutes")


@pytest.mark.django_db
def test_a_chairs_summary_heading_gives_the_meetings_name():
    text = (
        "Chair's Summary of the Third Regional Dialogue on Labour Recruitment\n\n"
        "The Third Regional Dialogue on Labour Recruitment took place in Kuching on 4 May 2026. Officials from "
        "Brunei Darussalam and Malaysia attended.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["title"] == "Third Regional Dialogue on Labour Recruitment"


@pytest.mark.django_db
def test_a_meeting_named_for_its_report_keeps_its_name():
    # "Report" that is the meeting's subject, not a document's kind before "of the": the name stands whole.
    text = (
        "The Regional Workshop on Reporting of Trafficking Cases took place in Kuching on 4 May 2026. Officials from "
        "Brunei Darussalam and Malaysia attended.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["title"] == "Regional Workshop on Reporting of Trafficking Cases"


@pytest.mark.django_db
def test_a_region_after_its_city_opens_no_meetings_name():
    text = (
        "UPDATE: Our delegation is in Kupang, East Nusa Tenggara for the 2nd Meeting of the Timor-Leste–Indonesia "
        "Joint Committee on Border Crossers. The meeting opened on 9 June 2026.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["title"] == "2nd Meeting of the Timor-Leste–Indonesia Joint Committee on Border Crossers"
    assert event["number"] == 2
    assert event["city"] == "Kupang"


@pytest.mark.django_db
def test_a_briefing_on_a_meeting_held_the_day_before_dates_the_meeting():
    text = (
        "On 12 March 2026, at the Miri district police headquarters, Senior Assistant Commissioner Rosli Hamid held "
        "a press conference on the outcome of the Malaysia-Brunei Border Coordination Meeting, which took place the "
        "previous day, 11 March 2026, at a hotel in Miri.\n\n"
        "The two forces agreed to share watch lists.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["start_date"] == "2026-03-11"


@pytest.mark.django_db
def test_a_meeting_on_its_own_day_with_an_earlier_one_in_a_clause_keeps_its_day():
    text = (
        "On 12 March 2026 the Malaysia-Brunei Border Coordination Meeting opened in Miri, a year after the first "
        "round, which was held in Kuching.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["start_date"] == "2026-03-12"


OPINION = (
    "By Farid Osman\n\n"
    "The author heads a regional policing network in Kuching.\n\n"
    "Earlier this month, I sat with officers from five countries in Kuching for the Regional Dialogue on Maritime "
    "Labour Trafficking. Some of our partners - INTERPOL and the US's Federal Bureau of Investigation - joined us "
    "in person; others followed online from their capitals. For two days we compared what we see on the boats.\n\n"
    "We agreed on a shared contact list, and we will carry these proposals to the ASEAN Senior Officials Meeting on "
    "Transnational Crime later this year.\n"
)


@pytest.mark.django_db
def test_an_opinion_writers_meeting_of_earlier_this_month_is_the_report():
    event = analyse(OPINION, published_on=PUBLISHED)["event"]
    assert event["title"] == "Regional Dialogue on Maritime Labour Trafficking"
    assert event["city"] == "Kuching"


@pytest.mark.django_db
def test_a_meeting_of_earlier_this_year_stays_background():
    text = (
        "The Second Border Liaison Meeting took place in Sibu on 10 June 2026, with officers of Brunei Darussalam "
        "and Malaysia.\n\nEarlier this year, the Regional Dialogue on Maritime Labour Trafficking met in Miri.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["title"] == "Second Border Liaison Meeting"


@pytest.mark.django_db
def test_bodies_that_joined_the_writer_at_the_meeting_took_part():
    assert {"interpol", "fbi"} <= selected(analyse(OPINION, published_on=PUBLISHED), "organization")


@pytest.mark.django_db
def test_a_body_that_joined_the_writer_as_a_member_long_ago_is_not_a_party():
    text = OPINION + "\nINTERPOL joined us as a partner agency long before the compounds appeared.\n"
    text = text.replace("INTERPOL and the US's", "the US's")
    assert "interpol" not in selected(analyse(text, published_on=PUBLISHED), "organization")


@pytest.mark.django_db
def test_proposals_carried_to_a_forum_link_the_forum():
    assert "somtc" in selected(analyse(OPINION, published_on=PUBLISHED), "forum")


@pytest.mark.django_db
def test_a_new_body_named_as_its_founders_call_it_names_its_first_meeting():
    text = (
        "PRESENTER: On Monday in Suva, officers from Fiji and New Zealand sat down for the first meeting of what "
        "they are calling the Fiji-New Zealand Joint Group on Labour Mobility. The meeting was held at police "
        "headquarters.\n"
    )
    event = analyse(text, published_on=PUBLISHED)["event"]
    assert event["title"] == "First meeting of the Fiji-New Zealand Joint Group on Labour Mobility"
    assert event["number"] == 1


@pytest.mark.django_db
def test_an_acronym_followed_by_the_name_it_stands_for_is_a_new_body():
    text = (
        "The Fourth Border Liaison Meeting was held in Sibu on 10 June 2026. The secretariat was provided by UN-MBC "
        "(the United Nations Mekong Border Cooperation), represented by Ms Anna Berg, Programme Officer.\n"
    )
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "United Nations Mekong Border Cooperation" in names


@pytest.mark.django_db
def test_an_acronym_before_a_bracket_it_does_not_spell_is_no_new_body():
    text = (
        "The Fourth Border Liaison Meeting was held in Sibu on 10 June 2026. The secretariat was provided by UN-MBC "
        "(the host police's own office), represented by Ms Anna Berg.\n"
    )
    assert not any("host police" in name for name in new_names(analyse(text, published_on=PUBLISHED), "organization"))


THREAD = (
    "@BorderWatchFJ · 1/3\n"
    "HAPPENING: Our team is in Suva for the 3rd Meeting of the Fiji–Samoa Joint Group on Labour Mobility. "
    "It opened on 3 June 2026.\n\n"
    "@BorderWatchFJ · 2/3\n"
    "Big thanks to @INTERPOL_Pacific for supporting the technical session on travel documents.\n"
)


@pytest.mark.django_db
def test_a_body_thanked_by_its_handle_in_a_social_thread_took_part():
    assert "interpol" in selected(analyse(THREAD, published_on=PUBLISHED), "organization")


@pytest.mark.django_db
def test_a_body_in_an_email_contact_line_is_not_a_party():
    text = THREAD + "\nMedia enquiries: press.desk@interpol.example (INTERPOL Pacific liaison).\n"
    text = text.replace("@INTERPOL_Pacific", "our partners")
    assert "interpol" not in selected(analyse(text, published_on=PUBLISHED), "organization")


@pytest.mark.django_db
def test_the_acronym_of_a_body_before_a_post_is_a_new_body():
    text = (
        "The 3rd Meeting of the Fiji-Samoa Joint Group on Labour Mobility opened in Suva on 3 June 2026. It is "
        "co-chaired by MEPIR Permanent Secretary Jone Waqa and by Tavita Leota.\n"
    )
    assert "MEPIR" in new_names(analyse(text, published_on=PUBLISHED), "organization")


@pytest.mark.django_db
def test_the_publisher_spells_out_the_acronym_of_its_own_body():
    text = (
        "The 3rd Meeting of the Fiji-Samoa Joint Group on Labour Mobility opened in Suva on 3 June 2026. It is "
        "co-chaired by Jone Waqa, LMTF Executive Director, and by Tavita Leota.\n"
    )
    result = analyse(text, publisher="Labour Mobility Task-Force (LMTF) official page", published_on=PUBLISHED)
    assert "Labour Mobility Task-Force" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_rank_written_as_an_acronym_before_a_post_is_no_body():
    text = (
        "The 3rd Meeting of the Fiji-Samoa Joint Group on Labour Mobility opened in Suva on 3 June 2026. It is "
        "co-chaired by SAC Director Jone Waqa and by Tavita Leota.\n"
    )
    assert "SAC" not in new_names(analyse(text, published_on=PUBLISHED), "organization")


@pytest.mark.django_db
def test_a_handle_that_spells_a_bodys_name_is_a_new_body():
    text = THREAD + "\n@BorderWatchFJ · 3/3\nOn our side: @DepartmentOfLabourFJ and our consulate in Apia.\n"
    assert "Department of Labour" in new_names(analyse(text, published_on=PUBLISHED), "organization")


@pytest.mark.django_db
def test_a_handle_of_joined_words_without_a_head_word_is_no_body():
    text = THREAD + "\n@BorderWatchFJ · 3/3\nThanks to @PacificVoicesNews for the photos.\n"
    assert not any("Pacific" in name for name in new_names(analyse(text, published_on=PUBLISHED), "organization"))


@pytest.mark.django_db
def test_a_mission_named_with_in_and_its_seat_is_one_new_body():
    text = THREAD + "\n@BorderWatchFJ · 3/3\nOn our side: the labour inspectorate, plus the British Embassy in Suva.\n"
    names = new_names(analyse(text, published_on=PUBLISHED), "organization")
    assert "British Embassy in Suva" in names
    assert "British Embassy" not in names


@pytest.mark.django_db
def test_a_mission_in_a_place_that_is_no_city_keeps_its_bare_name():
    text = THREAD + "\n@BorderWatchFJ · 3/3\nOn our side: the inspectorate, plus the British Embassy in the capital.\n"
    assert "British Embassy" in new_names(analyse(text, published_on=PUBLISHED), "organization")
