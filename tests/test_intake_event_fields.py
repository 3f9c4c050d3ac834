"""The meeting's own fields read from a report (tenth round): which meeting is the report's, month-only dates,
the venue, the format, the number written after the series, and the title.

Each class is tested on sentences written for the purpose, in several wordings, countries and names, none taken
from a case in tests/intake_cases, so that a rule fitted to one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse

PUBLISHED = datetime.date(2025, 11, 20)  # a Thursday


def event(text, published_on=PUBLISHED, title=""):
    return analyse(text, title=title, published_on=published_on)["event"]


# --- which meeting is the report's ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "title"),
    [
        # The lead names the report's own meeting in lower case: that name, not the headline (a sentence), titles it.
        (
            "At the 14th COMMIT Senior Officials Meeting in Bangkok last year, the six member countries agreed to "
            "review their referral systems. On Tuesday, officials from Thailand and Cambodia met in Siem Reap for a "
            "bilateral meeting on the return of victims.",
            "Bilateral Meeting on the Return of Victims",
        ),
        (
            "During the 23rd ASEAN Senior Officials Meeting on Transnational Crime, held in 2023, member states "
            "pledged more joint investigations. Officials from Cambodia and Thailand met in Siem Reap on 18 November "
            "2025 to put the pledge to work.",
            "Thai and Cambodian officials agree on faster returns",
        ),
    ],
)
def test_an_earlier_numbered_meeting_told_as_background_does_not_become_the_report_s_meeting(seeded, text, title):
    ev = event(text, title="Thai and Cambodian officials agree on faster returns")
    assert ev["number"] is None
    assert ev["forum"] is None
    assert ev["city"] == "Siem Reap"
    assert ev["host_country"] == "kh"
    assert ev["title"] == title


@pytest.mark.django_db
def test_a_numbered_meeting_of_the_report_s_own_year_is_still_the_report_s_meeting(seeded):
    ev = event(
        "The 25th ASEAN Senior Officials Meeting on Transnational Crime was held in Kuala Lumpur on 12 November 2025."
    )
    assert (ev["forum"], ev["number"], ev["city"]) == ("somtc", 25, "Kuala Lumpur")


@pytest.mark.django_db
def test_a_preposition_opening_the_sentence_is_no_part_of_the_meeting_s_title(seeded):
    ev = event("At the Regional Workshop on Labour Inspection, held in Jakarta on 12 November 2025, inspectors met.")
    assert ev["title"] == "Regional Workshop on Labour Inspection"
    ev = event("During the Bilateral Consultation on Victim Return in Vientiane on 12 November 2025, officials met.")
    assert ev["title"] == "Bilateral Consultation on Victim Return"


# --- month-only dates ------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "published_on", "start"),
    [
        ("Officials from Malaysia and Indonesia met in March to discuss fishermen.", PUBLISHED, "2025-03-01"),
        (
            "Police chiefs from Thailand and Myanmar met in November in Tachileik.",
            datetime.date(2025, 2, 10),
            "2024-11-01",
        ),
        (
            "The annual consultation, held in mid-March in Vientiane, brought officials together.",
            PUBLISHED,
            "2025-03-01",
        ),
    ],
)
def test_a_month_without_a_day_gives_the_month_and_an_inferred_year_never_a_day(seeded, text, published_on, start):
    ev = event(text, published_on=published_on)
    assert (ev["start_date"], ev["date_precision"], ev["date_inferred"]) == (start, "month", "year")
    assert ev["date_note"]


@pytest.mark.django_db
def test_this_month_and_last_month_are_months_of_the_day_the_report_speaks_from(seeded):
    ev = event("PHNOM PENH, Nov 18 (AKP) -- Officials from Cambodia and Thailand met earlier this month in Siem Reap.")
    assert (ev["start_date"], ev["date_precision"]) == ("2025-11-01", "month")
    ev = event("Cambodian and Lao officials held their annual border meeting last month in Stung Treng, Cambodia.")
    assert (ev["start_date"], ev["date_precision"]) == ("2025-10-01", "month")


# --- venue --------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_city_of_the_meeting_s_sentence_beats_the_dateline(seeded):
    ev = event(
        "VIENTIANE, Nov 18 (KPL) -- The Regional Workshop on Victim Identification was held in Luang Prabang from 16 "
        "to 17 November, bringing together officials from Laos, Thailand and Viet Nam."
    )
    assert (ev["city"], ev["host_country"]) == ("Luang Prabang", "la")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("place", "city", "country"),
    [
        ("Metro Manila, Philippines", "Manila", "ph"),
        ("Ha Noi", "Ha Noi", "vn"),
        ("Nay Pyi Taw", "Nay Pyi Taw", "mm"),
        ("Bandar Seri Begawan", "Bandar Seri Begawan", "bn"),
        ("Phnom Penh", "Phnom Penh", "kh"),
    ],
)
def test_a_capital_written_in_its_other_forms_is_the_city(seeded, place, city, country):
    ev = event(f"The Regional Workshop on Prosecution was held in {place} on 12 November 2025.")
    assert (ev["city"], ev["host_country"]) == (city, country)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "city", "country"),
    [
        ("The meeting was held in Mukdahan, Thailand, on 12 November 2025, with Lao officials.", "Mukdahan", "th"),
        ("Police held a meeting in Ha Tinh, Vietnam on 12 November to review border cases.", "Ha Tinh", "vn"),
        ("Lao and Thai officials met in the town of Huay Xai, Bokeo province, on 12 November.", "Huay Xai", "la"),
    ],
)
def test_a_town_the_lists_lack_is_the_city_when_its_country_or_province_follows(seeded, sentence, city, country):
    ev = event(sentence)
    assert (ev["city"], ev["host_country"]) == (city, country)


# --- format -------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        ("was held via videoconference", "virtual"),
        ("was held online", "virtual"),
        ("met on Zoom", "virtual"),
        ("took place over Microsoft Teams", "virtual"),
        ("was held as a webinar", "virtual"),
        ("was held in person and online in Bangkok", "hybrid"),
        ("was held both online and in person in Bangkok", "hybrid"),
        ("was held physically and virtually in Bangkok", "hybrid"),
        ("was held in a hybrid format in Bangkok", "hybrid"),
        ("was held in Bangkok", "in_person"),
    ],
)
def test_the_format_follows_how_the_report_says_the_meeting_was_held(seeded, wording, expected):
    ev = event(f"The Regional Workshop on Prosecution {wording} on 12 November 2025, with officials from Laos.")
    assert ev["format"] == expected


@pytest.mark.django_db
def test_an_online_meeting_and_a_dateline_give_no_city(seeded):
    ev = event("JAKARTA, Nov 14 – Officials from Indonesia and Malaysia met on Zoom on 12 November 2025.")
    assert (ev["format"], ev["city"]) == ("virtual", "")


# --- number written after the series ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "forum", "number"),
    [
        ("The SOMTC's 25th meeting was held in Kuala Lumpur on 12 November 2025.", "somtc", 25),
        ("The SOMTC held its twenty-fifth session in Kuala Lumpur on 12 November 2025.", "somtc", 25),
        ("Bangkok hosted the SOMTC's Twenty-Sixth Meeting on 12 November 2025.", "somtc", 26),
        ("COMMIT held its 16th Senior Officials Meeting in Vientiane on 12 November 2025.", "commit-som", 16),
    ],
)
def test_a_number_written_after_the_series_is_the_meeting_s_number(seeded, sentence, forum, number):
    ev = event(sentence)
    assert (ev["forum"], ev["number"]) == (forum, number)
    assert ev["title"].startswith(f"{number}")


@pytest.mark.django_db
def test_a_number_after_a_series_named_in_background_is_not_the_meeting_s(seeded):
    ev = event(
        "Background: the SOMTC held its 23rd meeting in Bali in 2023. Officials from Laos and Viet Nam met in "
        "Vientiane on 12 November 2025 to review border cases."
    )
    assert ev["number"] is None


# --- titles -------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_subject_joined_by_into_stays_in_the_title(seeded):
    ev = event(
        "The Regional Workshop on Financial Inquiries into Labour Exploitation was held in Hanoi on 12 November."
    )
    assert ev["title"] == "Regional Workshop on Financial Inquiries into Labour Exploitation"


@pytest.mark.django_db
def test_a_city_before_at_the_is_no_part_of_the_title(seeded):
    ev = event("Prosecutors from Laos and Viet Nam met in Vientiane at the Regional Workshop on Witness Protection.")
    assert ev["title"] == "Regional Workshop on Witness Protection"
    ev = event("Judges gathered in Jakarta at the Regional Workshop on Witness Protection on 12 November 2025.")
    assert ev["title"] == "Regional Workshop on Witness Protection"


@pytest.mark.django_db
def test_a_meeting_of_a_series_keeps_its_own_subject_in_the_title(seeded):
    ev = event("The ASEANAPOL Dialogue on Cyber-Enabled Trafficking was held online on 12 November 2025.")
    assert ev["forum"] == "aseanapol-dialogues"
    assert ev["title"] == "ASEANAPOL Dialogue on Cyber-Enabled Trafficking"
    ev = event("The ASEAN Senior Officials Meeting on Transnational Crime was held in Manila on 12 November 2025.")
    assert ev["title"] == "ASEAN Senior Officials Meeting on Transnational Crime"


# --- end of ranges across months ----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "dates",
    ["from 29 September to 1 October 2025", "on 29 September - 1 October 2025", "on Sept. 29-Oct. 1, 2025"],
)
def test_a_range_across_two_months_ends_in_the_second(seeded, dates):
    ev = event(f"A joint working group meeting of Indonesia and Malaysia was held in Putrajaya {dates}.")
    assert (ev["start_date"], ev["end_date"]) == ("2025-09-29", "2025-10-01")


# --- more on titles and venues ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_numbered_meeting_of_a_named_body_gives_its_title_number_and_new_series(seeded):
    result = analyse(
        "KOTA BHARU: Thailand and Malaysia will share watch lists of recruiters. The agreement was reached at the "
        "fourth meeting of the Thailand-Malaysia Joint Committee on Border Security, held here on Monday.",
        published_on=PUBLISHED,
    )
    ev = result["event"]
    assert ev["title"] == "Fourth meeting of the Thailand-Malaysia Joint Committee on Border Security"
    assert ev["number"] == 4
    forums = [item for item in result["new"] if item["kind"] == "forum"]
    assert [(f["name"], f["number"]) for f in forums] == [("Thailand-Malaysia Joint Committee on Border Security", 4)]


@pytest.mark.django_db
def test_a_heading_s_abbreviated_name_gives_way_to_the_name_spelt_out_in_the_text(seeded):
    ev = event(
        "ID–TL Bilateral Meeting on Labour Migration\n\nOn 12 November 2025, officials met for the first "
        "Indonesia–Timor-Leste Bilateral Meeting on Labour Migration in Kupang, Indonesia."
    )
    assert ev["title"] == "Indonesia–Timor-Leste Bilateral Meeting on Labour Migration"


@pytest.mark.django_db
def test_places_joined_by_an_en_dash_and_a_subject_after_from_stay_in_the_title(seeded):
    ev = event(
        "The Aranyaprathet–Poipet Border Liaison Meeting on the Return of Victims from Scam Compounds was held in "
        "Poipet on 12 November 2025."
    )
    assert ev["title"] == "Aranyaprathet–Poipet Border Liaison Meeting on the Return of Victims from Scam Compounds"


@pytest.mark.django_db
def test_an_office_where_the_meeting_was_held_is_the_venue_not_a_body_s_seat(seeded):
    ev = event(
        "The consultation was held in a hybrid format at the Ministry of Labour's regional office in Bangkok on 12 "
        "November 2025, with partners joining via video link."
    )
    assert (ev["city"], ev["format"]) == ("Bangkok", "hybrid")
    # A body's seat in a sentence that says no meeting was held there is still no venue.
    ev = event(
        "The Regional Workshop on Victim Care was held online on 12 November 2025. UNODC, whose regional office in "
        "Bangkok coordinated the event, thanked the speakers."
    )
    assert ev["city"] == ""


@pytest.mark.django_db
def test_the_city_in_the_sentence_that_dates_the_meeting_is_its_venue_under_a_heading(seeded):
    ev = event(
        "REGIONAL WORKSHOP ON CASE MANAGEMENT\n\n1. The Immigration Department hosted the workshop from 3 till 5 "
        "November 2025 at the Immigration Training Academy, Seri Manjung, Ipoh. 2. Officers from Brunei attended."
    )
    assert ev["start_date"] == "2025-11-03"
    assert ev["city"] == "Ipoh"


@pytest.mark.django_db
def test_a_place_and_a_range_of_days_under_the_heading_are_the_meeting_s_dates(seeded):
    ev = event(
        "Regional Workshop on Asset Recovery\nPhnom Penh, Cambodia, 8 to 10 July 2025\n\nThis workshop was the "
        "second in a series; the first, on witness protection, was held in Dili in March 2024.",
        published_on=None,
    )
    assert (ev["start_date"], ev["end_date"], ev["date_precision"]) == ("2025-07-08", "2025-07-10", "day")
    assert ev["date_note"] == ""


@pytest.mark.django_db
def test_a_title_that_ends_in_an_agreement_s_name_keeps_the_name_past_its_comma(seeded):
    ev = event(
        "The National Workshop on Reporting on the ASEAN Convention against Trafficking in Persons, Especially "
        "Women and Children was held in Dili on 12 November 2025."
    )
    assert ev["title"] == (
        "National Workshop on Reporting on the ASEAN Convention against Trafficking in Persons, Especially Women "
        "and Children"
    )


@pytest.mark.django_db
def test_a_heading_in_capitals_gives_way_to_the_same_name_in_the_text_s_own_case(seeded):
    ev = event(
        "CHAIR'S SUMMARY\n\nASEANAPOL DIALOGUE ON CYBER-ENABLED FRAUD\n\nThe ASEANAPOL Dialogue on Cyber-Enabled "
        "Fraud was held in Hanoi on 12 November 2025."
    )
    assert ev["title"] == "ASEANAPOL Dialogue on Cyber-Enabled Fraud"
