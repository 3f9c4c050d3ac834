"""Load a file written by export_kbase into an empty, freshly migrated database.

    python manage.py migrate
    python manage.py import_kbase kbase-2026-03-01.jsonl.gz

Everything goes in one transaction: a damaged or incomplete file, a record the admin would refuse (named with its
field), or a database that already holds knowledge records, changes nothing. Keys are kept, sequences are moved
past them (PostgreSQL) and the search documents are rebuilt. Users and groups that already exist here, matched by
name, are kept as they are.
"""

from django.core.management.base import BaseCommand, CommandError

from meetings import backup


class Command(BaseCommand):
    help = "Import a backup written by export_kbase into an empty, freshly migrated database."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A backup written by export_kbase.")

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        try:
            counts = backup.import_(options["file"], progress=self.progress)
        except backup.BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Imported {sum(counts.values())} rows of {len(counts)} tables from {options['file']}.")

    def progress(self, label, count):
        if self.verbosity > 1:
            self.stdout.write(f"  {label}: {count}")
