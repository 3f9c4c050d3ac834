"""
Meetings' stored search documents now name the people who attended, so that a person's name finds the meetings they
were at. Rewrites the documents of existing meetings, which would otherwise gain the names only when next saved.
"""

from django.db import migrations


def refresh_meeting_documents(apps, schema_editor):
    from meetings.search import refresh

    refresh(apps.get_model("meetings", "event").objects.using(schema_editor.connection.alias).all())


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0013_search_order_indexes"),
    ]

    operations = [
        migrations.RunPython(refresh_meeting_documents, migrations.RunPython.noop, elidable=True),
    ]
