"""Load the seeded knowledge (fixtures/seed.json) only into a knowledge base that holds no records yet.

    python manage.py load_seed_if_empty

scripts/start runs it at every start. Loading the seed again would put its records back as they were shipped,
undoing what editors have changed in them since, so once the knowledge base holds any record (or any history of
one: a record deleted on purpose stays deleted) the seed is left alone.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from meetings.backup import non_empty_tables


class Command(BaseCommand):
    help = "Load the seed fixture, but only into an empty knowledge base, so editors' changes survive a restart."

    def add_arguments(self, parser):
        parser.add_argument("--fixture", default="seed", help="The fixture to load (default: seed).")

    def handle(self, *args, **options):
        with transaction.atomic():
            found = non_empty_tables()
            if found:
                listed = ", ".join(f"{count} {name}" for name, count in list(found.items())[:3])
                self.stdout.write(f"The knowledge base already holds records ({listed}…); the seed was not loaded.")
                return
            call_command("loaddata", options["fixture"], verbosity=options["verbosity"])
        self.stdout.write("Loaded the seed into the empty knowledge base.")
