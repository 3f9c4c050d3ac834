"""scripts/start loads the seed only into an empty knowledge base, so editors' changes to seeded records survive."""

from pathlib import Path

from django.core.management import call_command

from meetings.models import Event, Organization

ROOT = Path(__file__).resolve().parent.parent


def test_the_seed_goes_into_an_empty_knowledge_base(unseeded, capsys):
    call_command("load_seed_if_empty")

    assert Event.objects.count() > 0
    assert Organization.objects.filter(slug="aseanapol").exists()
    assert "Loaded the seed" in capsys.readouterr().out


def test_an_editors_change_to_a_seeded_record_survives_a_restart(seeded, capsys):
    organization = Organization.objects.get(slug="aseanapol")
    organization.description = "Corrected by an editor."
    organization.save()

    call_command("load_seed_if_empty")

    organization.refresh_from_db()
    assert organization.description == "Corrected by an editor."
    assert "not loaded" in capsys.readouterr().out


def test_a_seeded_record_an_editor_deleted_stays_deleted(seeded):
    event = Event.objects.order_by("pk").first()
    Event.objects.filter(pk=event.pk).delete()

    call_command("load_seed_if_empty")

    assert not Event.objects.filter(pk=event.pk).exists()


def test_scripts_start_no_longer_reloads_the_seed_every_time():
    start = (ROOT / "scripts" / "start").read_text()
    commands = [line for line in start.splitlines() if not line.lstrip().startswith("#")]
    assert any("load_seed_if_empty" in line for line in commands)
    assert not any("loaddata" in line for line in commands)
