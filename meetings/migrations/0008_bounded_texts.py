"""Bounds on the free texts typed in the admin (meetings.models: NOTE_LENGTH, PASSAGE_LENGTH, REPORT_LENGTH).

A TextField's max_length bounds only the forms made from it; the columns do not change. So only Django's idea of
the models changes and nothing runs on the database, where SQLite would otherwise rebuild every table concerned.
The history tables mirror the same fields.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0007_history"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="agreement",
                    name="description",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="agreementpartycitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="attendancecitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="event",
                    name="date_note",
                    field=models.TextField(
                        blank=True, help_text="Why a part of the date is inferred, and from what.", max_length=10000
                    ),
                ),
                migrations.AlterField(
                    model_name="event",
                    name="summary",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="eventagreementcitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="eventcitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="forum",
                    name="description",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="membershipcitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="organization",
                    name="description",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="outcome",
                    name="text",
                    field=models.TextField(
                        help_text="The outcome in the report's words or a close summary.", max_length=5000
                    ),
                ),
                migrations.AlterField(
                    model_name="outcomecitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="participationcitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="person",
                    name="summary",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="positioncitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="sourcereport",
                    name="editorial_note",
                    field=models.TextField(
                        blank=True,
                        help_text="What was done to the text on receipt and what is inferred about the report.",
                        max_length=10000,
                    ),
                ),
                migrations.AlterField(
                    model_name="sourcereport",
                    name="text",
                    field=models.TextField(help_text="The full text as received.", max_length=200000),
                ),
                migrations.AlterField(
                    model_name="statement",
                    name="text",
                    field=models.TextField(max_length=5000),
                ),
                migrations.AlterField(
                    model_name="topic",
                    name="description",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="historicalagreement",
                    name="description",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="historicalagreementpartycitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="historicalattendancecitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="historicalevent",
                    name="date_note",
                    field=models.TextField(
                        blank=True, help_text="Why a part of the date is inferred, and from what.", max_length=10000
                    ),
                ),
                migrations.AlterField(
                    model_name="historicalevent",
                    name="summary",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="historicaleventagreementcitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="historicaleventcitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="historicalforum",
                    name="description",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="historicalmembershipcitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="historicalorganization",
                    name="description",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="historicaloutcome",
                    name="text",
                    field=models.TextField(
                        help_text="The outcome in the report's words or a close summary.", max_length=5000
                    ),
                ),
                migrations.AlterField(
                    model_name="historicaloutcomecitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="historicalparticipationcitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="historicalperson",
                    name="summary",
                    field=models.TextField(blank=True, max_length=10000),
                ),
                migrations.AlterField(
                    model_name="historicalpositioncitation",
                    name="passage",
                    field=models.TextField(help_text="Copied word for word from the report's text.", max_length=5000),
                ),
                migrations.AlterField(
                    model_name="historicalsourcereport",
                    name="editorial_note",
                    field=models.TextField(
                        blank=True,
                        help_text="What was done to the text on receipt and what is inferred about the report.",
                        max_length=10000,
                    ),
                ),
                migrations.AlterField(
                    model_name="historicalsourcereport",
                    name="text",
                    field=models.TextField(help_text="The full text as received.", max_length=200000),
                ),
                migrations.AlterField(
                    model_name="historicalstatement",
                    name="text",
                    field=models.TextField(max_length=5000),
                ),
                migrations.AlterField(
                    model_name="historicaltopic",
                    name="description",
                    field=models.TextField(blank=True, max_length=10000),
                ),
            ],
            database_operations=[],
        ),
    ]
