"""export_kbase and import_kbase: a backup restores the whole knowledge base, history included, into an empty
database, and a damaged file or a database that is not empty changes nothing."""

import gzip

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command

from meetings.backup import applied_migrations, knowledge_models
from meetings.models import (
    CountryName,
    Event,
    Forum,
    Organization,
    SourceReport,
    Topic,
)
from tests.conftest import empty_knowledge_base, history_models
from tests.test_history import edit_in_admin, seed_event

pytestmark = pytest.mark.django_db

USER_FIELDS = ["id", "username", "first_name", "last_name", "email", "is_staff", "is_active", "is_superuser",
               "last_login", "date_joined"]  # fmt: skip


def snapshot():
    """Every row of every knowledge table (search documents, history and many-to-many rows included), the users
    and what groups and permissions they have, as values a user of the knowledge base could tell apart."""
    tables = {}
    for model in knowledge_models():
        fields = [field.attname for field in model._meta.concrete_fields]
        tables[model._meta.label_lower] = list(model._default_manager.order_by("pk").values_list(*fields))
    tables["users"] = list(User.objects.order_by("pk").values_list(*USER_FIELDS))
    tables["user groups"] = sorted(User.groups.through.objects.values_list("user__username", "group__name"))
    tables["group permissions"] = sorted(
        Group.permissions.through.objects.values_list("group__name", "permission__codename")
    )
    return tables


@pytest.fixture
def edited(seeded, editor_client, admin_client):
    """The seed after a few days of editing: admin edits, a change outside the admin, a restore, deletions, and an
    edited country name, so every kind of history row is there to back up."""
    event = seed_event()
    edit_in_admin(editor_client, event, title="ASEANAPOL Dialogue on Trafficking in Persons", topics=["1", "2"])
    edit_in_admin(editor_client, event, **{"participations-0-note": "Hosted online."})
    source = SourceReport.objects.get(slug="commit-14th-som-takes-place-in-hanoi")
    source.editorial_note = "Checked against the printed edition."
    source.save()
    forum = Forum.objects.create(name="Bali Process Ad Hoc Group")
    admin_client.post(f"/admin/meetings/forum/{forum.pk}/delete/", {"post": "yes"})
    CountryName.objects.create(country_id="LA", name="Lao P.D.R.", kind="variant")
    Topic.objects.filter(slug="cybercrime").update(description="Online recruitment and exploitation.")


def test_a_backup_restores_every_record_relation_text_and_history_row_into_an_empty_database(edited, tmp_path):
    path = tmp_path / "kbase.jsonl.gz"
    before = snapshot()
    before_text_pk = SourceReport.objects.get(slug="commit-14th-som-takes-place-in-hanoi").pk
    assert sum(len(before[model._meta.label_lower]) for model in history_models()) >= 8
    assert before["meetings.event_topics"] and before["meetings.historicalevent_topics"]

    call_command("export_kbase", str(path), verbosity=0)
    # A freshly migrated database has the migrations' countries and topics, not the edited ones, and no users.
    CountryName.objects.filter(name="Lao P.D.R.").delete()
    Topic.objects.filter(slug="cybercrime").update(description="")
    empty_knowledge_base()
    User.objects.all().delete()
    assert snapshot() != before
    call_command("import_kbase", str(path), verbosity=0)

    after = snapshot()
    for table in before:
        assert after[table] == before[table], table
    assert "COMMIT’s 14th SOM takes place in Hanoi" in SourceReport.objects.get(pk=before_text_pk).text


def test_restored_users_sign_in_only_when_the_backup_holds_their_password_hashes(edited, editor, tmp_path):
    without, with_hashes = tmp_path / "without.jsonl.gz", tmp_path / "with.jsonl.gz"
    call_command("export_kbase", str(without), verbosity=0)
    call_command("export_kbase", str(with_hashes), "--with-password-hashes", verbosity=0)
    assert editor.password.split("$")[-1].encode() not in gzip.decompress(without.read_bytes())
    assert editor.password.split("$")[-1].encode() in gzip.decompress(with_hashes.read_bytes())

    for path, usable in [(without, False), (with_hashes, True)]:
        empty_knowledge_base()
        User.objects.all().delete()
        call_command("import_kbase", str(path), verbosity=0)
        restored = User.objects.get(username="editor")
        assert restored.check_password("a-long-editor-password") is usable
        assert list(restored.groups.values_list("name", flat=True)) == ["Editors"]


def test_an_existing_administrator_is_kept_and_history_still_names_the_right_users(edited, editor, tmp_path):
    path = tmp_path / "kbase.jsonl.gz"
    call_command("export_kbase", str(path), verbosity=0)
    empty_knowledge_base()
    User.objects.all().delete()
    # The person restoring made their own account first, and it took the editor's old key.
    admin = User.objects.create_superuser("restorer", "restorer@example.org", "another-long-password", pk=editor.pk)

    call_command("import_kbase", str(path), verbosity=0)

    admin.refresh_from_db()
    assert admin.username == "restorer" and admin.check_password("another-long-password")
    assert {h.history_user.username for h in seed_event().history.exclude(history_user=None)} == {"editor"}


def test_records_created_after_an_import_get_fresh_keys(edited, tmp_path):
    path = tmp_path / "kbase.jsonl.gz"
    call_command("export_kbase", str(path), verbosity=0)
    empty_knowledge_base()
    call_command("import_kbase", str(path), verbosity=0)
    highest = Organization.objects.order_by("-pk").first().pk

    organization = Organization.objects.create(name="Bali Process Regional Support Office", kind="secretariat")
    organization.name = "Regional Support Office of the Bali Process"
    organization.save()

    assert organization.pk > highest
    assert organization.history.count() == 2


def test_import_into_a_database_that_holds_records_is_refused_and_changes_nothing(edited, tmp_path):
    path = tmp_path / "kbase.jsonl.gz"
    call_command("export_kbase", str(path), verbosity=0)
    before = snapshot()

    with pytest.raises(CommandError, match="already holds knowledge records .*nothing was changed"):
        call_command("import_kbase", str(path), verbosity=0)

    assert snapshot() == before


def test_import_into_a_database_that_holds_only_history_is_refused(edited, tmp_path):
    path = tmp_path / "kbase.jsonl.gz"
    call_command("export_kbase", str(path), verbosity=0)
    empty_knowledge_base()
    Forum.objects.create(name="Left over").delete()

    with pytest.raises(CommandError, match="historical forums"):
        call_command("import_kbase", str(path), verbosity=0)


def damaged_copies(good):
    """(what is wrong, the bytes of the file, what the error says)."""
    data = good.read_bytes()
    lines = gzip.decompress(data).decode().splitlines(keepends=True)
    middle = len(lines) // 2
    broken_line = lines[:middle] + ['[1, "a row cut mid-way\n'] + lines[middle + 1 :]
    wrong_count = [line if not line.startswith('{"rows": ') else '{"rows": 999999}\n' for line in lines]
    return [
        ("cut in half", data[: len(data) // 2], "ends early"),
        ("cut after its last row", gzip.compress("".join(lines[:-1]).encode()), "ends early"),
        ("a line that is not JSON", gzip.compress("".join(broken_line).encode()), "not valid JSON"),
        ("a table with rows missing", gzip.compress("".join(wrong_count).encode()), "should have 999999 rows"),
        ("not compressed", "".join(lines).encode(), "not gzip-compressed"),
        ("not a backup", gzip.compress(b'{"hello": "world"}\n'), "not a kbase backup"),
        ("empty", b"", "not a kbase backup"),
        ("bad bytes inside", data[:40] + b"\x00" * 64 + data[104:], "damaged|ends early|not valid"),
    ]


def test_a_damaged_file_gives_a_clear_error_and_imports_nothing(edited, tmp_path):
    good = tmp_path / "kbase.jsonl.gz"
    call_command("export_kbase", str(good), verbosity=0)
    empty_knowledge_base()
    empty = snapshot()

    for problem, content, message in damaged_copies(good):
        damaged = tmp_path / "damaged.jsonl.gz"
        damaged.write_bytes(content)
        with pytest.raises(CommandError, match=message):
            call_command("import_kbase", str(damaged), verbosity=0)
        assert snapshot() == empty, problem

    with pytest.raises(CommandError, match="No such file"):
        call_command("import_kbase", str(tmp_path / "missing.jsonl.gz"), verbosity=0)


def test_a_backup_from_another_schema_is_refused(edited, tmp_path):
    good = tmp_path / "kbase.jsonl.gz"
    call_command("export_kbase", str(good), verbosity=0)
    latest = applied_migrations()[-1]
    text = gzip.decompress(good.read_bytes()).decode().replace(f'"{latest}"', '"9999_future"', 1)
    other = tmp_path / "other.jsonl.gz"
    other.write_bytes(gzip.compress(text.encode()))
    empty_knowledge_base()

    with pytest.raises(CommandError, match=f"9999_future.*{latest}"):
        call_command("import_kbase", str(other), verbosity=0)
    assert not Event.objects.exists()


def test_export_reports_what_it_wrote_and_leaves_no_partial_file(edited, tmp_path, capsys):
    path = tmp_path / "kbase.jsonl.gz"
    call_command("export_kbase", str(path))
    assert "rows of" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["kbase.jsonl.gz"]
    assert path.stat().st_mode & 0o077 == 0  # only its owner may read it

    with pytest.raises(CommandError, match="Cannot write"):
        call_command("export_kbase", str(tmp_path / "no-such-folder" / "kbase.jsonl.gz"), verbosity=0)
