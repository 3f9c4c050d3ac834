"""Statistics on the facet table's (facet, value) pairs, on PostgreSQL.

The planner estimated the meetings carrying one value as if facet and value were independent: a fifth of the
rows are countries, and "VN" is common among all values, so it expected 697 of Viet Nam's 3,585 meetings at 10,000
and chose plans made for a few hundred rows (hash tables too small, nested loops over thousands). Extended
statistics on the two columns together give the real share of each common pair. SQLite has no such statistics.
"""

from django.db import migrations

STATISTICS = "eventfacet_facet_value"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE STATISTICS IF NOT EXISTS {STATISTICS} (mcv, ndistinct, dependencies) "
        "ON facet, value FROM meetings_eventfacet"
    )
    schema_editor.execute("ANALYZE meetings_eventfacet")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP STATISTICS IF EXISTS {STATISTICS}")


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0016_timeline_index"),
    ]

    operations = [
        migrations.RunPython(create, drop),
    ]
