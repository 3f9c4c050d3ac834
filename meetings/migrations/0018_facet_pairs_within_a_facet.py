"""FacetPair also counts a common value with the other values of its own facet (country VN with country TH), the
ties the network draws between the busiest countries and organizations. Fills those pairs for the values already
paired; facets.rebuild() and each edit keep them from now on."""

from django.db import migrations


def fill(apps, schema_editor):
    def table(name):
        return schema_editor.quote_name(apps.get_model("meetings", name)._meta.db_table)

    ef, ft, fp = table("EventFacet"), table("FacetTotal"), table("FacetPair")
    schema_editor.execute(
        f"INSERT INTO {fp} (facet, value, other_facet, other_value, events) "
        f"SELECT a.facet, a.value, b.facet, b.value, COUNT(*) FROM {ef} a "
        f"JOIN {ft} common ON common.facet = a.facet AND common.value = a.value AND common.paired "
        f"JOIN {ef} b ON b.event_id = a.event_id AND b.facet = a.facet AND b.value <> a.value "
        f"GROUP BY a.facet, a.value, b.facet, b.value"
    )


def empty(apps, schema_editor):
    def table(name):
        return schema_editor.quote_name(apps.get_model("meetings", name)._meta.db_table)

    schema_editor.execute(f"DELETE FROM {table('FacetPair')} WHERE facet = other_facet")


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0017_eventfacet_statistics"),
    ]

    operations = [
        migrations.RunPython(fill, empty),
    ]
