"""Report intake on titles of meetings without a name of their own, or with a name the report spreads over a sentence.

The sentences are made up for these tests, with other countries, towns and bodies than the cases, so that a rule that
only fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse

PUBLISHED = datetime.date(2026, 8, 14)
HEADLINE = "Border police work side by side to bring trafficked children home"


def title(text, headline=HEADLINE):
    return analyse(text, title=headline, published_on=PUBLISHED)["event"]["title"]


@pytest.mark.django_db
def test_two_countries_before_a_meeting_named_in_lower_case_lead_its_title():
    text = (
        "Police investigators from Kenya and Uganda spent two days in Kisumu, from 4 to 5 August, at a joint "
        "workshop on tracing trafficked children. The officers compared cases that crossed the border at Busia."
    )
    assert title(text) == "Kenya-Uganda Joint Workshop on Tracing Trafficked Children"


@pytest.mark.django_db
def test_two_countries_each_after_its_province_lead_the_title():
    text = (
        "On 6 August, police and social workers from Ruvuma province in Tanzania and Niassa province in Mozambique "
        "met in Songea for a cross-border referral meeting on trafficking in persons. The two sides reviewed cases."
    )
    assert title(text) == "Tanzania-Mozambique Cross-Border Referral Meeting on Trafficking in Persons"


@pytest.mark.django_db
def test_three_countries_or_a_regional_meeting_take_no_prefix():
    three = (
        "Police investigators from Kenya, Uganda and Rwanda spent two days in Kisumu, from 4 to 5 August, at a "
        "joint workshop on tracing trafficked children. The officers compared cases that crossed the borders."
    )
    assert title(three) == "Joint Workshop on Tracing Trafficked Children"
    regional = (
        "Police investigators from Kenya and Uganda spent two days in Kisumu, from 4 to 5 August, at a regional "
        "workshop on tracing trafficked children. The officers compared cases that crossed the borders."
    )
    assert title(regional) == "Regional Workshop on Tracing Trafficked Children"


@pytest.mark.django_db
def test_a_country_that_is_only_the_venue_is_no_party():
    text = (
        "Police investigators from Kenya spent two days in Kampala, Uganda, from 4 to 5 August, at a joint "
        "workshop on tracing trafficked children. The officers compared cases that crossed the border at Busia."
    )
    assert title(text) == "Joint Workshop on Tracing Trafficked Children"


@pytest.mark.django_db
def test_a_bracketed_acronym_before_the_meeting_word_that_ends_the_name():
    text = (
        "On 12 August 2026 in Kasane, the commanders of both sides presided over the opening of the 14th "
        "Botswana-Namibia Joint Permanent Commission (JPC) Meeting, in order to review border security and the "
        "trafficking of herders across the Chobe."
    )
    assert title(text) == "14th Botswana-Namibia Joint Permanent Commission Meeting"


@pytest.mark.django_db
def test_a_bracketed_acronym_before_a_word_in_lower_case_is_no_meeting_name():
    text = (
        "On 12 August 2026 in Kasane, the Botswana-Namibia Joint Permanent Commission (JPC) met to review border "
        "security and the trafficking of herders across the Chobe."
    )
    assert title(text) == HEADLINE


@pytest.mark.django_db
def test_a_quoted_subject_of_one_meeting_of_a_named_series_takes_the_series_name():
    text = (
        'In July 2026, the Pacific Police Secretariat convened a one-day virtual webinar on "Tracing Proceeds of '
        "Forced Labour in Fishing Fleets\", the second in this year's series of thematic Pacific Police Webinars."
    )
    assert title(text) == "Pacific Police Webinar on Tracing Proceeds of Forced Labour in Fishing Fleets"


@pytest.mark.django_db
def test_a_series_of_another_kind_leaves_the_quoted_subject_alone():
    text = (
        'In July 2026, the Pacific Police Secretariat convened a one-day virtual workshop on "Tracing Proceeds of '
        "Forced Labour in Fishing Fleets\", the second in this year's series of thematic Pacific Police Webinars."
    )
    assert title(text) == "Tracing Proceeds of Forced Labour in Fishing Fleets"


@pytest.mark.django_db
def test_a_numbered_meeting_of_a_known_series_with_its_own_subject_keeps_its_name():
    text = (
        "SUVA, August 12 - Senior police officers from member countries met by video link on Wednesday for the "
        "Fifth ASEANAPOL Dialogue on Cyber-Enabled Extortion, focusing on victims forced to run the schemes."
    )
    assert title(text) == "Fifth ASEANAPOL Dialogue on Cyber-Enabled Extortion"


@pytest.mark.django_db
def test_a_numbered_meeting_of_a_known_series_without_a_subject_takes_the_series_title():
    text = (
        "SUVA, August 12 - Senior police officers from member countries met by video link on Wednesday for the "
        "Fifth ASEANAPOL Dialogue, focusing on victims forced to run extortion schemes."
    )
    assert title(text) == "5th ASEANAPOL Dialogues"


@pytest.mark.django_db
def test_a_bilateral_meeting_keeps_its_title_without_the_two_countries():
    text = (
        "Police investigators from Kenya and Uganda spent two days in Kisumu, from 4 to 5 August, at a bilateral "
        "workshop on tracing trafficked children. The officers compared cases that crossed the border at Busia."
    )
    assert title(text) == "Bilateral Workshop on Tracing Trafficked Children"
