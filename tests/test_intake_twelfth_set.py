"""Report intake on the classes of failure met on the twelfth writer's set (tests/intake_cases/heldout12).

The sentences are made up for these tests, with other towns and names than the cases, so that a rule that only
fits one report fails here.
"""

import datetime

import pytest

from meetings.intake import analyse

PUBLISHED = datetime.date(2026, 5, 14)


def new_names(result, kind):
    return {item["name"] for item in result["new"] if item["kind"] == kind}


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
