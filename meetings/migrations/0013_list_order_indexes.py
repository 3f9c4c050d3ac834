"""The index in the order of the outcome list, on PostgreSQL: every meeting's date and title, undated last.

The outcome list is ordered by its meeting's date and title. Without the index the database joined every outcome to
its meeting and sorted them all for each page (0.7 s of SQL at 100,000 meetings); with it, it walks the meetings in
order and stops once the page is full. Sessions have outcomes too, so unlike the meeting list's indexes (0005) it is
not limited to top-level meetings. The country page's latest participations walk it too. SQLite cannot index NULLS
LAST, so it is made on PostgreSQL only and kept out of the models' Meta.

Not here: the same index for the source list's order (publication date, undated last, title) made PostgreSQL walk
every report for an organization page's latest reports (minutes at 100,000 meetings, where sorting the
organization's few thousand reports takes under a second).
"""

from django.db import migrations

INDEXES = {
    "event_all_newest": "meetings_event (start_date DESC NULLS LAST, title)",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, columns in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {columns}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0012_event_facets"),
    ]

    operations = [migrations.RunPython(create, drop)]
