"""Write the whole knowledge base to one file.

    python manage.py export_kbase kbase-2026-03-01.jsonl.gz

The file (gzip-compressed JSON lines) holds every knowledge record, the source reports' full texts, the audit
history and the users and groups it names; meetings/backup.py describes it. import_kbase loads it into an empty
database. Password hashes are left out unless --with-password-hashes is given.
"""

from django.core.management.base import BaseCommand, CommandError

from meetings import backup


class Command(BaseCommand):
    help = "Export the whole knowledge base (records, history, report texts, users) to one gzip'd JSON-lines file."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Where to write the backup, e.g. kbase-2026-03-01.jsonl.gz")
        parser.add_argument(
            "--with-password-hashes",
            action="store_true",
            help="Include the users' password hashes, so they can sign in after a restore. Keep such a file secret.",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        try:
            counts = backup.export(options["file"], options["with_password_hashes"], progress=self.progress)
        except OSError as error:
            raise CommandError(f"Cannot write {options['file']}: {error.strerror or error}") from None
        self.stdout.write(
            f"Wrote {sum(counts.values())} rows of {len(counts)} tables to {options['file']}"
            f"{' (password hashes included: keep it secret)' if options['with_password_hashes'] else ''}."
        )

    def progress(self, label, count):
        if self.verbosity > 1:
            self.stdout.write(f"  {label}: {count}")
