"""Recompute the meeting list's facet table (meetings/facets.py) from the knowledge, or check that it matches."""

from django.core.management.base import BaseCommand, CommandError

from meetings import facets, versioning


class Command(BaseCommand):
    help = "Recompute the meeting list's facet table from the knowledge base, or check it with --check."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Change nothing; fail if the table differs from a recomputation."
        )

    def handle(self, *args, **options):
        if options["check"]:
            problems = facets.differences()
            if problems:
                shown = "\n".join(f"  {line}" for line in problems[:20])
                more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
                raise CommandError(
                    f"The facet table differs from the knowledge in {len(problems)} rows:\n{shown}{more}"
                )
            self.stdout.write("The facet table matches the knowledge.")
            return
        facets.rebuild()
        versioning.bump()
        self.stdout.write("Rebuilt the facet table.")
