"""An index on every meeting's date and title, undated last, on PostgreSQL: the order of the outcome list.

The outcome list is ordered by its meeting's date and title; without an index in that order the database joined
every outcome to its meeting and sorted them all for each page (0.4 s at 10,000 meetings, growing with them). With
it, the database walks the meetings in order and stops once the page is full. Sessions have outcomes too, so unlike
the meeting list's indexes (0005) it is not limited to top-level meetings. SQLite cannot index NULLS LAST, so it is
made on PostgreSQL only and kept out of the models' Meta.
"""

from django.db import migrations

NAME = "event_all_newest"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX {NAME} ON meetings_event (start_date DESC NULLS LAST, title)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0012_event_facets"),
    ]

    operations = [migrations.RunPython(create, drop)]
