"""The fourth held-out intake cases name only records that exist in the seeded knowledge base.

A case that expects a slug the seed does not have would count a right answer as a miss, so the evaluation of the
report intake would understate the engine; this checks the case files themselves, never the engine.
"""

from pathlib import Path

import pytest

from meetings.intake.evaluation import EVENT_FIELDS, read_case_file, read_expected
from meetings.models import Agreement, Country, Forum, Organization, Person, fold

CASES_DIR = Path(__file__).parent / "intake_cases" / "heldout4"
CASES = sorted(CASES_DIR.glob("*.expected.json"))
MODELS = {
    "organizations": Organization,
    "people": Person,
    "agreements": Agreement,
    "forums": Forum,
}
# A namesake in another country is a new record: China's Ministry of Public Security is not Viet Nam's (slug mps).
NAMESAKES = {("mae_sot_border_police_radio", "Ministry of Public Security")}


def case_id(path):
    return path.name.removesuffix(".expected.json")


def test_heldout4_has_six_cases_each_with_its_report():
    assert len(CASES) == 6
    for path in CASES:
        assert path.with_name(case_id(path) + ".txt").exists(), path


@pytest.mark.parametrize("path", CASES, ids=case_id)
def test_case_report_has_header_and_a_news_length_text(path):
    text, meta = read_case_file(path.with_name(case_id(path) + ".txt"))
    assert meta["title"] and meta["publisher"] and meta["published_on"]
    assert 180 <= len(text.split()) <= 600


@pytest.mark.parametrize("path", CASES, ids=case_id)
def test_every_expected_slug_exists_in_the_seed(seeded, path):
    expected = read_expected(path)
    for part in ("existing", "optional"):
        for key, slugs in expected.get(part, {}).items():
            for slug in slugs:
                if key == "countries":
                    assert slug == slug.lower(), f"{path.name}: {part}.countries wants lower-case codes"
                    assert Country.objects.filter(code__iexact=slug).exists(), f"{path.name}: no country {slug}"
                else:
                    assert MODELS[key].objects.filter(slug=slug).exists(), f"{path.name}: no {key} {slug}"
    forum = expected.get("event", {}).get("forum")
    if forum:
        assert Forum.objects.filter(slug=forum).exists()
    host = expected.get("event", {}).get("host_country")
    if host:
        assert Country.objects.filter(code__iexact=host).exists()


@pytest.mark.parametrize("path", CASES, ids=case_id)
def test_case_is_consistent_and_its_new_names_are_really_new(seeded, path):
    expected = read_expected(path)
    assert set(expected["event"]) <= set(EVENT_FIELDS)
    for key, slugs in expected["existing"].items():
        # A link cannot be both required and optional.
        assert not set(slugs) & set(expected["optional"].get(key, [])), f"{path.name}: {key}"
    known_people = {fold(name) for name in Person.objects.values_list("name", flat=True)}
    for name in expected["new"].get("people", []):
        assert fold(name) not in known_people, f"{path.name}: {name} is already in the seed"
    known_orgs = {fold(name) for name in Organization.objects.values_list("name", flat=True)}
    for variants in expected["new"].get("organizations", []):
        for name in [variants] if isinstance(variants, str) else variants:
            if (case_id(path), name) in NAMESAKES:
                continue
            assert fold(name) not in known_orgs, f"{path.name}: {name} is already in the seed"
