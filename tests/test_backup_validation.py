"""import_kbase refuses what the admin refuses, and any damaged file, with a clear message and nothing imported."""

import gzip
import json

import pytest
from django.core.management import CommandError, call_command

from meetings.backup import LINE_LIMIT
from meetings.models import NOTE_LENGTH, Event, Organization, SourceReport
from tests.conftest import empty_knowledge_base
from tests.test_backup import snapshot


@pytest.fixture
def backup(seeded, editor, tmp_path):
    """The seeded knowledge base, with an editor and a change of a meeting and a report in the history, exported as
    parsed lines; the database is then emptied, ready for an import."""
    for record in [Event.objects.order_by("pk").first(), SourceReport.objects.order_by("pk").first()]:
        record._history_user = editor
        record.save()
    path = tmp_path / "kbase.jsonl.gz"
    call_command("export_kbase", str(path), verbosity=0)
    lines = [json.loads(line) for line in gzip.decompress(path.read_bytes()).decode().splitlines()]
    empty_knowledge_base()
    return lines


def write(tmp_path, lines):
    path = tmp_path / "changed.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(line) + "\n" for line in lines).encode()))
    return str(path)


def first_row(lines, table):
    """(fields, the first row) of table in the backup's lines; the row is the list in lines, to change in place."""
    start = next(i for i, line in enumerate(lines) if isinstance(line, dict) and line.get("table") == table)
    return lines[start]["fields"], lines[start + 1]


def set_value(lines, table, field, value):
    fields, row = first_row(lines, table)
    row[fields.index(field)] = value
    return row[fields.index("id")]


def refused(path, message):
    before = snapshot()
    with pytest.raises(CommandError, match=message) as raised:
        call_command("import_kbase", path, verbosity=0)
    assert snapshot() == before, "a refused import must change nothing"
    assert "Traceback" not in str(raised.value)
    return str(raised.value)


def test_an_over_long_description_is_refused_naming_the_record_and_the_field(backup, tmp_path):
    pk = set_value(backup, "meetings.organization", "description", "x" * (NOTE_LENGTH + 1))

    message = refused(write(tmp_path, backup), "admin would refuse")

    assert f"meetings.organization id {pk}: description: Ensure this value has at most {NOTE_LENGTH}" in message
    assert not Organization.objects.exists()


def test_a_javascript_link_is_refused(backup, tmp_path):
    pk = set_value(backup, "meetings.organization", "url", "javascript:alert(document.cookie)")

    message = refused(write(tmp_path, backup), "admin would refuse")

    assert f"meetings.organization id {pk}: url: Enter a valid URL." in message


def test_a_value_outside_the_choices_is_refused(backup, tmp_path):
    pk = set_value(backup, "meetings.event", "status", "exploded")

    message = refused(write(tmp_path, backup), "admin would refuse")

    assert f"meetings.event id {pk}: status: Value 'exploded' is not a valid choice." in message
    assert not Event.objects.exists()


def test_a_passage_that_is_not_in_its_report_is_refused(backup, tmp_path):
    pk = set_value(backup, "meetings.eventcitation", "passage", "A sentence that the report never contained.")

    message = refused(write(tmp_path, backup), "admin would refuse")

    assert f"meetings.eventcitation id {pk}: passage: This passage does not occur in the report's text." in message


def test_a_javascript_link_in_a_past_version_is_refused_too(backup, tmp_path):
    set_value(backup, "meetings.historicalsourcereport", "url", "javascript:alert(1)")

    refused(write(tmp_path, backup), "historicalsourcereport id .*: url: Enter a valid URL")


def test_a_line_longer_than_any_export_writes_is_refused_before_it_is_read(backup, tmp_path):
    path = tmp_path / "long.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps(backup[0]) + "\n")
        out.write(json.dumps(backup[1]) + "\n")
        out.write('["' + "x" * LINE_LIMIT + '"]\n')

    refused(str(path), "Line 3 .* longer than any line export_kbase writes")


def without_user_names(fields, row):
    row.pop(fields.index("username"))
    fields.remove("username")


def set_field(name, value):
    def change(fields, row):
        row[fields.index(name)] = value

    return change


def name_not_text(fields, row):
    fields[0] = 7


@pytest.mark.parametrize(
    "table, change",
    [
        ("auth.user", without_user_names),
        ("meetings.historicalevent", set_field("history_user_id", [1, 2])),
        ("meetings.event", set_field("number", float("inf"))),
        ("meetings.forum", name_not_text),
    ],
    ids=["a user without a user name", "a list for a user id", "an infinite number", "a field name not text"],
)
def test_a_damaged_file_gives_one_clear_line_and_imports_nothing(backup, tmp_path, table, change):
    change(*first_row(backup, table))

    message = refused(write(tmp_path, backup), "damaged|should start a table|cannot take")

    assert "\n" not in message
