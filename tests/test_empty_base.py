"""Tests that start from an empty knowledge base (the unseeded fixture) meet no trace of the seed."""

from django.apps import apps
from django.db import connection

from meetings import versioning
from meetings.intake import analyse
from meetings.models import Country, Event
from tests.conftest import KEPT_MODELS, empty_knowledge_base


def test_an_emptied_base_holds_no_record_nor_history_and_keeps_what_the_migrations_made(seeded):
    models = list(apps.get_app_config("meetings").get_models(include_auto_created=True))
    kept = {model: model._base_manager.count() for model in models if model.__name__ in KEPT_MODELS}
    event = Event.objects.first()
    event.summary += " Corrected by an editor."
    event.save()
    assert Event.history.exists()

    empty_knowledge_base()

    left = {model.__name__: model._base_manager.count() for model in models if model.__name__ not in KEPT_MODELS}
    assert set(left.values()) == {0}, {name: count for name, count in left.items() if count}
    assert {model: model._base_manager.count() for model in kept} == kept
    assert Country.objects.filter(code="VN").exists()
    connection.check_constraints()  # no row left pointing at a deleted one


def test_the_intake_forgets_the_seed_once_the_base_is_emptied(seeded):
    text = "ASEANAPOL and the ASEAN Secretariat met in Hanoi on 3 March 2025."
    assert any(link["slug"] == "aseanapol" for link in analyse(text)["links"])
    token = versioning.current()

    empty_knowledge_base()

    assert versioning.current() != token
    assert not any(link["kind"] == "organization" for link in analyse(text)["links"])
