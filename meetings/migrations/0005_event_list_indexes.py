"""Indexes for the meeting list's sort orders, undated meetings last, on PostgreSQL.

A deep page of the list then reads an index in order and skips entries, instead of sorting every meeting.
SQLite cannot index NULLS LAST, so they are made on PostgreSQL only and kept out of the models' Meta.
"""

from django.db import migrations

INDEXES = {
    "event_list_newest": "(start_date DESC NULLS LAST, title, id)",
    "event_list_oldest": "(start_date ASC NULLS LAST, title, id)",
    "event_list_title": "(title, id)",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, columns in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX {name} ON meetings_event {columns} WHERE parent_id IS NULL")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0004_knowledge_version"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="event",
            name="event_date_title",
        ),
        migrations.RunPython(create, drop),
    ]
