"""
Stored folded search documents for the searchable records, filled for existing rows, and on PostgreSQL the two
GIN indexes the search reads: trigram (pg_trgm) for parts of words, full text ('simple') for short whole words.
SQLite gets the columns only; it scans them.
"""

from django.db import migrations, models

TABLES = ["agreement", "event", "organization", "outcome", "person", "sourcereport"]


def fill_documents(apps, schema_editor):
    from meetings.search import refresh

    for name in TABLES:
        refresh(apps.get_model("meetings", name).objects.using(schema_editor.connection.alias).all())


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # pg_trgm is a trusted extension: the database owner may create it without being a superuser.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name in TABLES:
        table = f"meetings_{name}"
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_trgm ON {table} USING gin (search_text gin_trgm_ops)"
        )
        # Same expression as meetings.search._tsvector, or the planner will not use it.
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_fts ON {table} "
            f"USING gin (to_tsvector('simple'::regconfig, search_text))"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TABLES:
        table = f"meetings_{name}"
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_trgm")
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_fts")


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0002_countries_topics_editors"),
    ]

    operations = [
        migrations.AddField(
            model_name="agreement",
            name="search_name",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="agreement",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="event",
            name="search_name",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="event",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="organization",
            name="search_name",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="organization",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="outcome",
            name="search_name",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="outcome",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="person",
            name="search_name",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="person",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="sourcereport",
            name="search_name",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="sourcereport",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_documents, migrations.RunPython.noop),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
