"""Fill the database with synthetic meetings for scale work.

    python manage.py generate_synthetic --events 100000 --seed 1

The same seed gives the same data in any database. Everything generated has slugs starting syn<seed>-, so it
sits beside the seed fixtures. Running again with the same seed refuses (nothing is inserted twice), and so does
a second seed in a database that already holds one: their forum names would clash. All rows go in one
transaction: an interrupted run leaves nothing behind.
"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from meetings import synthetic


class Command(BaseCommand):
    help = "Generate synthetic forums, meetings, people and reports, deterministically from a seed."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, required=True, help="How many meetings (sessions included).")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same data (default 1).")
        parser.add_argument("--batch-size", type=int, default=1000, help="Meetings inserted per batch (default 1000).")

    def handle(self, *args, **options):
        events, seed, batch_size = options["events"], options["seed"], options["batch_size"]
        if events < 1:
            raise CommandError("--events must be at least 1.")
        if seed < 0:
            raise CommandError("--seed must be zero or more.")
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        self.verbosity = options["verbosity"]
        started = time.perf_counter()
        try:
            plan = synthetic.plan_for_database(seed, events)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.say(
            f"Plan for seed {seed}: {len(plan.organizations)} organizations, {len(plan.people)} people, "
            f"{len(plan.positions)} posts, {len(plan.forums)} forums, {events} meetings."
        )
        try:
            writer = synthetic.write(plan, batch_size=batch_size, progress=self.progress)
        except synthetic.AlreadyLoaded as error:
            raise CommandError(str(error)) from error
        elapsed = time.perf_counter() - started
        for label, count in sorted(writer.counts.items()):
            self.say(f"  {label}: {count} rows, {writer.seconds[label]:.1f} s")
        total = sum(writer.counts.values())
        inserting = sum(seconds for label, seconds in writer.seconds.items() if label in writer.counts)
        self.say(
            f"Inserted {total} rows in {elapsed:.1f} s: {plan.seconds + writer.planning:.1f} s planning, "
            f"{inserting:.1f} s inserting, {writer.seconds.get('meeting search documents', 0):.1f} s "
            "making meetings' search documents, "
            f"{writer.seconds.get('search indexes rebuilt', 0):.1f} s building search indexes, "
            f"{writer.seconds.get('facet table rebuilt', 0):.1f} s building the facet table, "
            f"{writer.commit_seconds:.1f} s committing."
        )

    def say(self, message):
        if self.verbosity:
            self.stdout.write(message)

    def progress(self, done, total):
        if not self.verbosity:
            return
        width = 30
        filled = width * done // total
        bar = "#" * filled + "-" * (width - filled)
        # A carriage return redraws the bar in a terminal; a log gets one line per batch.
        end = "\r" if sys.stdout.isatty() and done < total else "\n"
        self.stdout.write(f"[{bar}] {100 * done // total:3d}%  {done}/{total} meetings", ending=end)
        self.stdout.flush()
