"""The seed fixtures hold the five reports' knowledge, cited, and load safely more than once."""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db.models import Count

from meetings.models import (
    Attendance,
    Country,
    Event,
    EventAgreement,
    Membership,
    Organization,
    Outcome,
    Participation,
    Person,
    Position,
    SourceReport,
    Statement,
)

CITED_FACTS = [Event, Participation, Attendance, Position, Outcome, EventAgreement, Membership]


def row_counts():
    return {model.__name__: model.objects.count() for model in apps.get_app_config("meetings").get_models()}


def test_loading_the_seed_twice_creates_no_duplicates(seeded):
    first = row_counts()
    call_command("loaddata", "seed", verbosity=0)
    assert row_counts() == first
    assert first["SourceReport"] == 5


@pytest.mark.parametrize("model", CITED_FACTS, ids=lambda m: m.__name__)
def test_every_fact_cites_a_source_report(seeded, model):
    uncited = model.objects.annotate(n=Count("citations")).filter(n=0)
    assert model.objects.exists()
    assert list(uncited) == []


def test_every_cited_passage_occurs_in_its_report(seeded):
    checked = 0
    for model in apps.get_app_config("meetings").get_models():
        if model.__name__.endswith("Citation"):
            for citation in model.objects.select_related("source"):
                where = f"{model.__name__} {citation.pk}: {citation.passage!r}"
                assert citation.source.contains(citation.passage), where
                checked += 1
    assert checked > 50


def test_direct_quotes_occur_in_their_report(seeded):
    quotes = Statement.objects.filter(kind=Statement.Kind.QUOTE).select_related("source")
    assert quotes.exists()
    for quote in quotes:
        assert quote.source.contains(quote.text)


def test_every_loaded_record_passes_model_validation(seeded):
    for model in apps.get_app_config("meetings").get_models():
        for obj in model.objects.all():
            obj.full_clean(validate_unique=False)


def test_the_dialogue_described_by_two_reports_is_one_event_with_two_sources(seeded):
    dialogues = Event.objects.filter(title__icontains="Virtual Dialogue", parent__isnull=True)
    assert dialogues.count() == 1
    sources = {c.source_id for c in dialogues.get().citations.all()}
    assert len(sources) == 2


def test_ten_member_countries_are_ten_delegations(seeded):
    dialogue = Event.objects.get(title__icontains="Virtual Dialogue", parent__isnull=True)
    delegations = dialogue.participations.filter(role=Participation.Role.MEMBER_DELEGATION, country__isnull=False)
    assert set(delegations.values_list("country__code", flat=True)) == {
        "BN",
        "KH",
        "ID",
        "LA",
        "MY",
        "MM",
        "PH",
        "SG",
        "TH",
        "VN",
    }


def test_a_date_without_its_year_is_marked_inferred_and_explained(seeded):
    somtc = Event.objects.get(forum__short_name="SOMTC", parent__isnull=True, status=Event.Status.HELD)
    assert somtc.start_date.year == 2015
    assert somtc.date_inferred == Event.Inferred.YEAR
    assert "2015" in somtc.date_note
    assert somtc.country == Country.objects.get(code="KH")


def test_ranks_and_titles_are_not_part_of_names(seeded):
    for person in Person.objects.all():
        for word in ("General", "Colonel", "Commissioner", "Director", "Dr.", "Ms.", "Police"):
            assert word not in person.name.split(), person.name


def test_a_person_can_hold_two_posts_at_once(seeded):
    hoanh = Person.objects.get(name="Do Van Hoanh")
    organizations = set(hoanh.positions.values_list("organization__slug", flat=True))
    assert {"oipa", "aseanapol"} <= organizations


def test_names_are_searchable_with_and_without_diacritics(seeded):
    hoanh = Person.objects.get(name="Do Van Hoanh")
    assert hoanh.other_names.filter(name="Đỗ Văn Hoanh").exists()


def test_repeated_paragraphs_of_a_report_are_stored_once(seeded):
    report = SourceReport.objects.get(text__contains="Siem Reap")
    assert report.text.count("reaffirmed the commitment to combat this security challenge") == 1
    assert "repeat" in report.editorial_note.lower()


def test_referenced_and_planned_meetings_are_records(seeded):
    assert Event.objects.filter(status=Event.Status.PLANNED).count() >= 3
    assert Event.objects.filter(status=Event.Status.REFERENCED, number=39).exists()
    actip = Outcome.objects.get(kind=Outcome.Kind.AGREEMENT_TO_ADOPT)
    assert actip.referred_to_forum.short_name == "AMMTC"
    assert set(actip.agreements.values_list("short_name", flat=True)) == {"ACTIP", "APA"}


def test_offices_sit_under_their_ministry(seeded):
    oipa = Organization.objects.get(acronym="OIPA")
    assert oipa.parent.acronym == "MPS"
    assert oipa.country_id == "VN"
