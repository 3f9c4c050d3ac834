"""The third held-out set of intake cases: every record a case expects is one the seeded base holds.

A slug mistyped in an expectation would count as a miss against the intake for ever, so the cases are checked
against the seed itself rather than against a list copied from it.
"""

import json
from pathlib import Path

import pytest

from meetings.intake import evaluation
from meetings.models import Agreement, Country, Forum, Organization, Person

CASES = Path(__file__).parent / "intake_cases" / "heldout3"
CASE_FILES = sorted(CASES.glob("*.expected.json"))
MODELS = {
    "organizations": (Organization, "slug"),
    "people": (Person, "slug"),
    "countries": (Country, "code"),
    "agreements": (Agreement, "slug"),
    "forums": (Forum, "slug"),
}


def case_id(path):
    return path.name.removesuffix(".expected.json")


# The ten reports written for this set, one per outlet style.
STYLES = {
    "wire_mekong_som",
    "aseanapol_conference_release",
    "unodc_smuggling_dialogue",
    "vn_lao_ministry_portal",
    "thai_police_border_meeting",
    "somtc_feature_quotes",
    "summary_interpol_singapore",
    "kpl_year_inferred",
    "nzpolice_virtual_dialogue",
    "ph_my_background",
}


def test_every_style_has_its_case_and_report():
    names = {case_id(path) for path in CASE_FILES}
    assert STYLES <= names
    for path in CASE_FILES:
        assert path.with_name(case_id(path) + ".txt").exists(), path.name


@pytest.mark.parametrize("path", CASE_FILES, ids=case_id)
def test_every_expected_record_exists_in_the_seed(seeded, path):
    expected = json.loads(path.read_text(encoding="utf-8"))
    unknown = []
    for part in ("existing", "optional"):
        for key, values in expected.get(part, {}).items():
            model, field = MODELS[key]
            for value in values:
                lookup = value.upper() if key == "countries" else value
                if not model.objects.filter(**{field: lookup}).exists():
                    unknown.append(f"{part}.{key}: {value}")
    event = expected.get("event", {})
    if event.get("forum") and not Forum.objects.filter(slug=event["forum"]).exists():
        unknown.append(f"event.forum: {event['forum']}")
    if event.get("host_country") and not Country.objects.filter(code=event["host_country"].upper()).exists():
        unknown.append(f"event.host_country: {event['host_country']}")
    assert unknown == []


@pytest.mark.parametrize("path", [path for path in CASE_FILES if case_id(path) in STYLES], ids=case_id)
def test_every_case_reads_as_a_dated_report_of_news_length(path):
    # The scorer's own reader: a case it could not read would be scored as an error, not as the intake's miss.
    case = evaluation.load_cases(CASES)
    by_name = {item.name: item for item in case}
    report = by_name[case_id(path)]
    assert report.meta["published_on"] is not None
    assert 150 <= len(report.text.split()) <= 800
    # Codes and slugs are written in lower case, as the format gives them.
    expected = report.expected
    for part in ("existing", "optional"):
        for values in expected.get(part, {}).values():
            assert all(value == value.lower() for value in values)
    # A link both required and optional would be neither counted nor missed: a slip in the case.
    required = evaluation.link_pairs(expected.get("existing"))
    assert not required & evaluation.link_pairs(expected.get("optional"))
