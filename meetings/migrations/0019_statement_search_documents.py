"""
Statements get stored folded search documents like the other records, so that the words of a quotation find it with
or without diacritics ("Đà Nẵng" and "Da Nang" alike), and on PostgreSQL the same two GIN indexes as migration 0003.
"""

from django.db import migrations, models

TABLE = "meetings_statement"


def fill_documents(apps, schema_editor):
    from meetings.search import refresh

    refresh(apps.get_model("meetings", "statement").objects.using(schema_editor.connection.alias).all())


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {TABLE}_search_trgm ON {TABLE} USING gin (search_text gin_trgm_ops)"
    )
    # Same expression as meetings.search._tsvector, or the planner will not use it.
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {TABLE}_search_fts ON {TABLE} USING gin (to_tsvector('simple'::regconfig, search_text))"
    )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {TABLE}_search_trgm")
    schema_editor.execute(f"DROP INDEX IF EXISTS {TABLE}_search_fts")


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0018_facet_pairs_within_a_facet"),
    ]

    operations = [
        migrations.AddField(
            model_name="statement",
            name="search_name",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="statement",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_documents, migrations.RunPython.noop),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
