"""Report intake on meeting titles: names cut short or with words before them, and meetings the report describes
in lower case or by the agreement signed at them.

The sentences are made up for these tests, with other countries, towns and bodies than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names

PUBLISHED = datetime.date(2026, 9, 10)
HEADLINE = "Border police work side by side to bring trafficked children home"


def title(text, headline=HEADLINE):
    return analyse(text, title=headline, published_on=PUBLISHED)["event"]["title"]


# --- names cut short ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_capitals_heading_runs_on_over_a_bodys_acronym_and_the_second_body():
    text = (
        "JOINT MEETING ON BORDER FRAUD BETWEEN THE KENYA POLICE SERVICE (KPS) AND THE UGANDA POLICE FORCE (UPF)\n\n"
        "NAIROBI, 3 September 2026 – The Kenya Police Service hosted officers of the Uganda Police Force for two "
        "days of talks on cases of fraud that cross the border at Busia."
    )
    assert title(text) == ("JOINT MEETING ON BORDER FRAUD BETWEEN THE KENYA POLICE SERVICE AND THE UGANDA POLICE FORCE")


@pytest.mark.django_db
def test_a_bodys_acronym_before_a_word_in_lower_case_still_ends_the_heading():
    text = (
        "JOINT MEETING ON BORDER FRAUD BETWEEN THE KENYA POLICE SERVICE (KPS)\n\n"
        "NAIROBI, 3 September 2026 – The Kenya Police Service (KPS) and the Uganda Police Force met for two days of "
        "talks on cases of fraud that cross the border at Busia."
    )
    assert title(text) == "JOINT MEETING ON BORDER FRAUD BETWEEN THE KENYA POLICE SERVICE"


@pytest.mark.django_db
def test_a_capitals_heading_keeps_its_list_of_subjects_after_a_comma():
    text = (
        "FOURTH KENYA–UGANDA SENIOR OFFICIALS' MEETING ON CATTLE RUSTLING, SMALL ARMS AND CROSS-BORDER CRIME\n\n"
        "Kisumu, 1–2 September 2026\n\n"
        "Senior officials of Kenya and Uganda met in Kisumu on 1 and 2 September 2026 and agreed to share "
        "intelligence on raids."
    )
    assert title(text) == (
        "FOURTH KENYA–UGANDA SENIOR OFFICIALS' MEETING ON CATTLE RUSTLING, SMALL ARMS AND CROSS-BORDER CRIME"
    )


@pytest.mark.django_db
def test_officials_of_two_countries_before_the_meeting_they_met_for_are_no_body():
    text = (
        "Senior officials of Kenya and Uganda met in Kisumu on 1 and 2 September 2026 for the Fourth Senior "
        "Officials' Meeting on Cattle Rustling, Small Arms and Cross-Border Crime, and agreed to share intelligence."
    )
    result = analyse(text, title=HEADLINE, published_on=PUBLISHED)
    assert result["event"]["title"].endswith("Cattle Rustling, Small Arms and Cross-Border Crime")
    assert "Cross-Border Crime" not in new_names(result, "organization")


@pytest.mark.django_db
def test_a_subtitle_after_a_colon_belongs_to_the_name_when_the_sentence_goes_on_about_the_meeting():
    text = (
        "Thirty officers from eight countries spent a week in Mombasa for the Regional Seminar on Maritime "
        "Smuggling: Boarding, Evidence and Prosecution, held from 1 to 5 September 2026. They trained on boats."
    )
    assert title(text) == "Regional Seminar on Maritime Smuggling: Boarding, Evidence and Prosecution"
    venue = (
        "The Ministry of the Interior organised a two-day Conference on Child Labour: Building Local Networks at "
        "the Kenyatta International Convention Centre in Nairobi, which opened on 2 September 2026."
    )
    assert title(venue) == "Conference on Child Labour: Building Local Networks"


@pytest.mark.django_db
def test_a_colon_before_a_speaker_or_at_the_end_of_a_heading_ends_the_name():
    speaker = (
        "Officers from eight countries met in Mombasa on 2 September 2026. At the Regional Seminar on Maritime "
        "Smuggling: Judge Amina Odhiambo from Nairobi said that evidence from boats is often lost."
    )
    assert title(speaker) == "Regional Seminar on Maritime Smuggling"
    heading = (
        "Regional Seminar on Maritime Smuggling: Police Chiefs Vow Action\n\n"
        "Officers from eight countries met in Mombasa on 2 September 2026 and agreed to board more boats."
    )
    assert title(heading) == "Regional Seminar on Maritime Smuggling"


@pytest.mark.django_db
def test_the_last_items_of_an_offices_name_before_its_acronym_are_no_meeting():
    text = (
        "The Prosecutor's Office of Kenya, with the Office of Judicial Development, Guidance and Training (OJDGT), "
        'organised the "Regional Workshop on Prosecuting Cattle Rustling Cases" from 1 to 3 September 2026 in '
        "Nakuru."
    )
    assert title(text) == "Regional Workshop on Prosecuting Cattle Rustling Cases"


@pytest.mark.django_db
def test_a_meeting_spelt_by_its_own_acronym_after_a_comma_stays_a_meeting():
    text = (
        "On 2 September 2026 in Nakuru, Kenya, Regional Prosecutors Training (RPT) opened for thirty prosecutors "
        "from six countries."
    )
    assert title(text) == "Regional Prosecutors Training"


# --- words in front of a name --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_body_before_at_the_is_who_took_part_not_the_meetings_name():
    text = (
        "Proud to have represented the Australian Federal Police at the Nairobi Dialogue on Cattle Rustling and "
        "Small Arms at the police academy on Thursday 3 September 2026."
    )
    assert title(text) == "Nairobi Dialogue on Cattle Rustling and Small Arms"


@pytest.mark.django_db
def test_a_country_right_before_the_is_who_chaired_not_the_meetings_name():
    text = (
        "In August 2026 I travelled to Nairobi, where I co-chaired with the Deputy Minister of Foreign Affairs of "
        "Kenya the Regional Conference on Cattle Rustling and Small Arms. The conference was held over two days."
    )
    assert title(text) == "Regional Conference on Cattle Rustling and Small Arms"


@pytest.mark.django_db
def test_a_name_whose_subject_holds_the_keeps_it():
    text = (
        "Officers from eight countries attended the Regional Workshop on Strengthening the Response to Cattle "
        "Rustling on 2 September 2026 in Nakuru."
    )
    assert title(text) == "Regional Workshop on Strengthening the Response to Cattle Rustling"


@pytest.mark.django_db
def test_a_speechs_headline_gives_the_meeting_it_was_given_at():
    text = (
        "Nairobi, 2 September 2026\n\nCheck against delivery\n\n"
        "It is a pleasure to be here with you today, and I thank the police for co-organizing this workshop."
    )
    headline = "Remarks by Ms. Jane Wambui, Resident Representative in Kenya, at the Workshop on Screening Victims"
    assert title(text, headline) == "Workshop on Screening Victims"


@pytest.mark.django_db
def test_a_headline_that_is_no_speech_keeps_its_at_the():
    text = "Officers met on 2 September 2026 and shared what they had learnt about fraud at the border crossings."
    headline = "Kenya Police at the Border: A Year of Cooperation Against Fraud"
    assert title(text, headline) == headline


# --- meetings described in lower case -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_title_case_headline_with_two_clauses_gives_way_to_the_meeting_the_lead_describes():
    text = (
        "Kenya's police took part in a two-day meeting on cattle rustling and small arms in the Ugandan town of "
        "Tororo on August 27-28, alongside Ugandan and South Sudanese officials, according to a statement."
    )
    headline = "Police Join Uganda-Led Talks on Rustling as Critics Question Their Resolve"
    assert title(text, headline) == "Meeting on Cattle Rustling and Small Arms"


@pytest.mark.django_db
def test_a_title_case_headline_that_names_a_meeting_stays():
    text = (
        "Kenya's police took part in a two-day meeting on cattle rustling and small arms in the Ugandan town of "
        "Tororo on August 27-28, alongside Ugandan and South Sudanese officials, according to a statement."
    )
    headline = "Tororo Meeting on Cattle Rustling and Small Arms"
    assert title(text, headline) == headline


@pytest.mark.django_db
def test_a_special_meeting_of_a_named_committee_is_its_title():
    text = (
        "BUSIA: Kenyan and Ugandan officials agreed on Tuesday to speed up the return of trafficked children.\n\n"
        "The agreement came at a special meeting of the Kenya-Uganda District Border Committee (DBC) at a hotel "
        "in Busia, attended by police and immigration officials from both sides."
    )
    headline = "Kenya, Uganda border officials vow faster return of trafficked children"
    assert title(text, headline) == "Special Meeting of the Kenya-Uganda District Border Committee"


@pytest.mark.django_db
def test_a_meeting_of_a_place_or_of_people_is_no_bodys_meeting():
    text = (
        "BUSIA: Kenyan and Ugandan officials agreed on Tuesday to speed up the return of trafficked children.\n\n"
        "The agreement came at a special meeting of the Lake Victoria Basin at a hotel in Busia, attended by police "
        "and immigration officials from both sides."
    )
    headline = "Kenya, Uganda border officials vow faster return of trafficked children"
    assert title(text, headline) == headline


@pytest.mark.django_db
def test_an_agreement_signed_at_a_ceremony_titles_the_ceremony():
    text = (
        "Nairobi, 2 September 2026 – The Ministry of Labour of the Republic of Kenya and the Ministry of Gender of "
        "the Republic of Uganda today signed a Memorandum of Understanding on Cooperation in the Screening, "
        "Return and Support of Victims of Trafficking, at a ceremony held at a hotel in Nairobi."
    )
    headline = "Kenya and Uganda sign MOU to protect trafficking victims"
    assert title(text, headline) == (
        "Signing Ceremony of the Kenya-Uganda Memorandum of Understanding on Cooperation in the Screening, Return "
        "and Support of Victims of Trafficking"
    )


@pytest.mark.django_db
def test_an_agreement_signed_with_no_ceremony_leaves_the_headline():
    text = (
        "Nairobi, 2 September 2026 – The Ministry of Labour of the Republic of Kenya and the Ministry of Gender of "
        "the Republic of Uganda today signed a Memorandum of Understanding on Cooperation in the Screening of "
        "Victims of Trafficking, officials said in a statement."
    )
    headline = "Kenya and Uganda sign MOU to protect trafficking victims"
    assert title(text, headline) == headline


@pytest.mark.django_db
def test_a_title_case_headline_with_as_before_an_article_is_still_a_name():
    text = "Officers from six countries met on 2 September 2026 and compared cases of forced labour on fishing boats."
    headline = "Workshop on Forced Labour as a Crime at Sea"
    assert title(text, headline) == headline


# --- one meeting of a known series, named in the lead ---------------------------------------------------------------

SERIES_LEAD = (
    "Manila (PNA) - Philippine police pressed for quicker replies to requests for bank records during {meeting} "
    "held on Wednesday, September 2, 2026.\n\n"
    "The dialogue, hosted by the ASEANAPOL Secretariat, was attended by police officers of the member countries.\n"
)


@pytest.mark.django_db
def test_one_meeting_of_a_known_series_is_titled_by_the_subject_the_lead_gives_it():
    text = SERIES_LEAD.format(meeting="an ASEANAPOL online dialogue on cyber-enabled fraud")
    result = analyse(text, title="Police want bank records within days", published_on=PUBLISHED)
    assert result["event"]["forum"] == "aseanapol-dialogues"
    assert result["event"]["title"] == "ASEANAPOL Dialogue on Cyber-Enabled Fraud"


@pytest.mark.django_db
def test_a_meeting_of_the_series_with_no_subject_of_its_own_takes_the_series_name():
    text = SERIES_LEAD.format(meeting="an ASEANAPOL online dialogue")
    assert title(text, headline="Police want bank records within days") == "ASEANAPOL Dialogues"


@pytest.mark.django_db
def test_a_headline_naming_the_meeting_is_kept_over_the_leads_description():
    text = SERIES_LEAD.format(meeting="an ASEANAPOL online dialogue on cyber-enabled fraud")
    headline = "ASEANAPOL Dialogue on Cyber-Enabled Fraud and Mule Accounts"
    assert title(text, headline=headline) == headline
