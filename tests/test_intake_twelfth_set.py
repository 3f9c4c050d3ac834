"""Report intake on the classes of failure met on the twelfth writer's set (tests/intake_cases/heldout12).

The sentences are made up for these tests, with other towns and names than the cases, so that a rule that only
fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse
from tests.intake_results import new_names

PUBLISHED = datetime.date(2026, 5, 14)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Opening the workshop in Baucau, Comissário Domingos Soares Belo thanked the donors.", "Domingos Soares Belo"),
        ("The unit's chief, Superintendente Rosa Maria Pereira, presented the figures.", "Rosa Maria Pereira"),
        ("Inspetor-Chefe Filomeno da Costa Amaral led the Timorese delegation.", "Filomeno da Costa Amaral"),
    ],
)
def test_portuguese_police_ranks_are_kept_out_of_the_proposed_name(sentence, person):
    result = analyse("Timor-Leste police meet on trafficking. " + sentence, published_on=PUBLISHED)
    people = new_names(result, "person")
    assert person in people
    assert not any(name != person and name.endswith(person) for name in people)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Siti Aminah binti Yusof, an Assistant Superintendent in the Royal Brunei Police Force, spoke next.",
            "Royal Brunei Police Force",
        ),
        (
            "Khalid Hassan, a Chief Inspector of the Maldives Police Service, presented two cases.",
            "Maldives Police Service",
        ),
    ],
)
def test_the_rank_of_an_officer_is_not_read_into_the_name_of_the_force(sentence, body):
    result = analyse("Police officials met in Bangkok on trafficking. " + sentence, published_on=PUBLISHED)
    bodies = new_names(result, "organization")
    assert body in bodies
    assert not any(name != body and name.endswith(body) for name in bodies)


@pytest.mark.django_db
def test_a_body_with_in_inside_its_own_name_is_kept_whole():
    result = analyse(
        "Police met in Hanoi. Officers of the Anti-Trafficking in Persons Division of the Lao Police spoke.",
        published_on=PUBLISHED,
    )
    assert "Anti-Trafficking in Persons Division" in new_names(result, "organization")


@pytest.mark.django_db
def test_an_abbreviated_federal_agent_title_in_a_participant_table_still_gives_the_person():
    result = analyse(
        "Participants of the online meeting:\n"
        "| Agency | Representative |\n"
        "| Royal Malaysia Police | ACP Farid Osman, D7 Division |\n"
        "| Federal Bureau of Investigation | SSA Lisa J. Moreno, Legal Attaché Office Manila |\n",
        published_on=PUBLISHED,
    )
    assert "Lisa J. Moreno" in new_names(result, "person")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Thailand's representative, Police Colonel Anan Srisuk, described the new screening forms.", "th"),
        ("Indonesia's delegate, Mr Budi Hartono, asked for shared case files.", "id"),
        ("The Philippines' envoy, Ms Liza Ramos, spoke on online recruitment.", "ph"),
    ],
)
def test_a_countrys_single_representative_who_speaks_puts_the_country_at_the_meeting(sentence, code):
    lede = "Officials met in Da Nang on 12 May 2026 to discuss forced criminality in scam compounds. "
    result = analyse(lede + sentence, published_on=PUBLISHED)
    assert code in {link["slug"] for link in result["links"] if link["kind"] == "country" and link["selected"]}
