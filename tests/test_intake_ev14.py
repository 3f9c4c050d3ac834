"""Report intake: the event fields of the classes met on the fifteenth and sixteenth writers' sets.

Which meeting is the report's when others are named as history or context, numbers and names a report gives in
other ways than a capitalised title with its ordinal, and the dates, place and format a report states away from its
first sentences. The sentences are made up for these tests, with other meetings, towns and names than the cases, so
that a rule that only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import selected

PUBLISHED = datetime.date(2027, 3, 10)


def event(text, published_on=PUBLISHED, **meta):
    return analyse(text, published_on=published_on, **meta)["event"]


# --- which meeting is the report's ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_year_in_a_clause_about_another_body_does_not_make_the_named_meeting_history():
    ev = event(
        "Senior officials from the ten member states closed a two-day meeting in Vientiane on Tuesday.\n\n"
        "The 31st ASEAN Senior Officials Meeting on Transnational Crime (31st SOMTC), held at a riverside hotel, "
        "reviewed the regional work plan, a framework the ministers first adopted in 2016.\n\n"
        "Delegates agreed to share data on online recruiters."
    )
    assert ev["forum"] == "somtc"
    assert ev["number"] == 31
    assert ev["start_date"].startswith("2027-03")


@pytest.mark.django_db
def test_a_meeting_described_by_its_own_clause_with_an_earlier_year_stays_history():
    ev = event(
        "Police chiefs met in Medan on 4 March 2027 to plan joint patrols.\n\n"
        "Officers recalled that the 22nd ASEAN Senior Officials Meeting on Transnational Crime, held in 2022, "
        "had first raised the issue."
    )
    assert ev["number"] != 22


@pytest.mark.django_db
@pytest.mark.parametrize(
    "closing",
    [
        "The last meeting of its kind, the 20th ASEAN Senior Officials Meeting on Transnational Crime in May 2021, "
        "was held entirely online.",
        "The talks build on the conclusions of the Regional Dialogue on Labour Recruitment held in November 2025.",
    ],
)
def test_a_meeting_set_in_a_past_month_and_year_late_in_the_report_is_not_the_reported_one(closing):
    ev = event(
        "Labour inspectors and police from five provinces met in Davao on 3 and 4 March to compare cases of forced "
        "labour on fishing boats.\n\nThe organisers said forty officers took part.\n\n"
        "Inspectors described vessels that stay at sea for months.\n\n" + closing
    )
    assert ev["number"] != 20
    assert ev["forum"] != "somtc"
    assert "Labour Recruitment" not in ev["title"]
    assert ev["start_date"] == "2027-03-03"


@pytest.mark.django_db
def test_sentences_that_go_on_telling_a_past_year_are_background_too():
    ev = event(
        "Back in 2009, hundreds of people were stranded at sea and governments were slow to respond. "
        "In March that year, ministers gathered in Penang for a Special Ministerial Meeting on Stranded Migrants. "
        "A month later, on April 14, officials met again in Yangon.\n\n"
        "From 1 to 5 March 2027, 28 investigators took part in the Regional Training on Interviewing Boat Crews, "
        "held at the maritime academy in Iloilo.",
        published_on=datetime.date(2027, 3, 20),
    )
    assert ev["title"] == "Regional Training on Interviewing Boat Crews"
    assert ev["start_date"] == "2027-03-01"
    assert ev["city"] == "Iloilo"


@pytest.mark.django_db
def test_a_time_told_from_the_sentence_before_is_not_background_after_the_news():
    ev = event(
        "Prosecutors from four countries met in Surabaya on 2 March 2027 for the Workshop on Asset Recovery. "
        "The following day, they visited the port.",
    )
    assert ev["title"] == "Workshop on Asset Recovery"
    assert ev["city"] == "Surabaya"


@pytest.mark.django_db
def test_last_month_opening_the_scene_of_a_meeting_held_last_month_sets_its_place():
    ev = event(
        "Last month, the lessons were taken up in a quieter place: a lecture hall at the police college in "
        "Makassar.\n\nFrom February 22 to 26, 2027, 30 officers from six countries took part in the Regional "
        "Workshop on Online Scam Investigations.\n\nThey worked through mock cases.",
    )
    assert ev["title"] == "Regional Workshop on Online Scam Investigations"
    assert ev["city"] == "Makassar"
    assert ev["host_country"] == "id"


# --- names and numbers ----------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            'The Labour Ministry and the embassy co-organised a seminar on "Fair Recruitment Across Borders" in '
            "Yangon on 4 March 2027.",
            "Fair Recruitment Across Borders",
        ),
        (
            "On 4 March 2027 the institute convened its yearly conference, this time under the title "
            '"Debt, Labour and the Sea in Southeast Asia", in Mandalay.',
            "Debt, Labour and the Sea in Southeast Asia",
        ),
        (
            'A two-day course entitled "Tracing Illicit Payments" opened in Medan on 4 March 2027.',
            "Tracing Illicit Payments",
        ),
    ],
)
def test_a_quoted_name_a_meeting_word_introduces_is_the_title(sentence, title):
    ev = event(sentence + "\n\nOfficers from three provinces took part.")
    assert ev["title"] == title


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        'The workshop was held in Medan on 4 March 2027 under the theme "Building Bridges Together".',
        'At the workshop in Medan on 4 March 2027, the director said: "We Need More Officers Now."',
    ],
)
def test_a_theme_or_a_quoted_sentence_is_not_the_title(sentence):
    ev = event(sentence)
    assert ev["title"] not in ("Building Bridges Together", "We Need More Officers Now.")


@pytest.mark.django_db
@pytest.mark.parametrize(("word", "number"), [("second", 2), ("third", 3), ("fifth", 5)])
def test_an_ordinal_in_lower_case_before_the_name_numbers_the_meeting(word, number):
    ev = event(
        f"Investigators met in Cebu from 3-5 March for the agency's {word} Regional Meeting on Payment Fraud, "
        "agreeing on joint operations."
    )
    assert ev["title"] == "Regional Meeting on Payment Fraud"
    assert ev["number"] == number


# --- dates, place and format stated elsewhere -----------------------------------------------------------------


@pytest.mark.django_db
def test_days_of_talks_give_the_meeting_its_length():
    ev = event(
        "Officials from three countries spoke to reporters on Wednesday after three days of closed-door talks on "
        "labour trafficking. The meeting opened on Monday at a hotel in Davao.",
        published_on=datetime.date(2027, 3, 11),
    )
    assert ev["start_date"] == "2027-03-08"
    assert ev["end_date"] == "2027-03-10"


@pytest.mark.django_db
def test_a_date_of_issue_in_a_statements_header_is_not_the_meetings_date():
    ev = event(
        "PRESS STATEMENT\nRef.: MOI/PR/2027/31\nDate: 10/03/2027\n\n"
        "1. The Ministry hosted the Bilateral Meeting on Border Crossings on 4 and 5 March 2027 in Penang, with "
        "delegations from both countries.\n\n2. The meeting agreed to exchange liaison officers."
    )
    assert ev["start_date"] == "2027-03-04"
    assert ev["end_date"] == "2027-03-05"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "Malaysia will host the 47th ASEANAPOL Conference in Kota Kinabalu from Oct 5 to 7 this year, police said.",
        "Malaysia will host the 47th ASEANAPOL Conference in Kota Kinabalu from Oct 5 to 7, police said.",
    ],
)
def test_a_coming_meeting_given_a_day_and_month_is_this_years(sentence):
    ev = event(sentence, published_on=datetime.date(2027, 5, 28))
    assert ev["start_date"] == "2027-10-05"
    assert ev["end_date"] == "2027-10-07"
    assert "2027 is inferred" in ev["date_note"]


@pytest.mark.django_db
def test_a_past_meeting_given_a_day_and_month_stays_last_years():
    ev = event(
        "The 47th ASEANAPOL Conference was held in Kota Kinabalu from Oct 5 to 7.",
        published_on=datetime.date(2027, 5, 28),
    )
    assert ev["start_date"] == "2026-10-05"


@pytest.mark.django_db
def test_a_format_stated_by_a_later_sentence_about_the_meeting_counts():
    ev = event(
        "Komunikadu: Ministériu realiza konsulta nasionál iha loron 4 Marsu 2027 iha Díli ho partisipante barak.\n\n"
        "Partisipante sira mai husi polísia, servisu migrasaun no sosiedade sivíl hotu-hotu.\n\n"
        "Reprezentante husi parseiru internasionál sira mós partisipa iha konsulta ne'e.\n\n"
        "Konsulta ne'e hala'o durante loron ida tomak iha salaun boot.\n\n"
        "The Ministry held the National Consultation on Labour Migration on 4 March 2027 in Dili. "
        "The consultation was held in a hybrid format."
    )
    assert ev["format"] == "hybrid"


@pytest.mark.django_db
def test_another_meetings_format_said_late_does_not_count():
    ev = event(
        "Police from five provinces met at the academy in Medan on 4 March 2027 for the Workshop on Border Patrols.\n\n"
        "Officers compared the patrol logs and routes of the last two years in detail.\n\n"
        "They agreed on a shared radio channel for the units on both sides of the strait.\n\n"
        "Trainers came from the national police and from two universities in the region.\n\n"
        "The previous workshop was held online."
    )
    assert ev["format"] == "in_person"


@pytest.mark.django_db
def test_calling_the_meeting_the_first_of_its_kind_leaves_its_city():
    ev = event(
        "From 3 to 4 March 2027, the institute convened its annual workshop on labour exploitation. Around 90 "
        "participants spent the two days at the university in Chiang Rai, making this our first fully hybrid "
        "workshop since the pandemic."
    )
    assert ev["city"] == "Chiang Rai"
    assert ev["format"] == "hybrid"


@pytest.mark.django_db
def test_the_speakers_of_a_panel_that_brought_people_together_take_part():
    result = analyse(
        "Researchers met in Chiang Rai on 3 March 2027 for a workshop on labour exploitation.\n\n"
        "Panel 1 brought together practitioners:\n"
        "- Ms. Ana Lopes, Programme Officer at the United Nations Office on Drugs and Crime (UNODC) in Bangkok, on "
        "forced criminality;\n"
        "- Dr. Budi Santoso of a university in Java, on recruitment online.",
        published_on=PUBLISHED,
    )
    assert "unodc" in selected(result, "organization")


@pytest.mark.django_db
def test_the_date_and_place_of_a_past_meeting_opening_the_report_are_that_meetings():
    ev = event(
        "(Portal) - At the 20th ASEAN Senior Officials Meeting on Transnational Crime held in Luang Prabang, Lao PDR, "
        "in October 2026, the member countries agreed to step up border cooperation. On the sidelines of that "
        "meeting, the two delegations agreed to hold a bilateral working session.\n\n"
        "Implementing that agreement, on March 3, 2027, at the headquarters of the Ministry of Public Security in "
        "Ha Noi, the Criminal Police Department chaired talks with the visiting delegation.",
        title="Strengthening police cooperation against trafficking",
    )
    assert ev["start_date"] == "2027-03-03"
    assert ev["city"] == "Ha Noi"
    assert ev["number"] != 20


@pytest.mark.django_db
def test_a_year_in_review_keeps_the_place_of_its_one_meeting_held_last_year():
    ev = event(
        "Welcome to our yearly newsletter.\n\n"
        "The highlight of our year was the Regional Forum of Labour Inspectors, which the programme convened in "
        "Penang in 2026 with the Labour Department as host. Inspectors from eight countries sat in one room.",
        published_on=datetime.date(2027, 2, 14),
    )
    assert ev["city"] == "Penang"
