"""Score the report intake on a directory of cases.

    python manage.py evaluate_intake tests/intake_cases/tuning
    python manage.py evaluate_intake tests/intake_cases/heldout --verbose
    python manage.py evaluate_intake tests/intake_cases/heldout --json > scores.json

Each case is NAME.txt beside NAME.expected.json (meetings/intake/evaluation.py gives the format and the scoring
rules). The intake reads the knowledge base in the database, so load the seed first (`manage.py loaddata seed`).
Nothing is written. The exit code is 0 whatever the scores: the figures are for reading, not a gate.
"""

import json

from django.core.management.base import BaseCommand, CommandError

from meetings.intake import evaluation


class Command(BaseCommand):
    help = (
        "Run the report intake on DIR's cases (NAME.txt beside NAME.expected.json) and print the recall and "
        "precision of its pre-selected links, the event fields it got right and the new names it found."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", help="A directory of cases.")
        parser.add_argument("--json", action="store_true", help="Print the scores as JSON.")
        parser.add_argument("--verbose", action="store_true", help="List each case's missed and wrong links.")

    def handle(self, *args, **options):
        try:
            from meetings.intake import analyse
        except ImportError:
            raise CommandError("The intake engine (meetings.intake.analyse) is not installed.") from None
        try:
            cases = evaluation.load_cases(options["directory"])
        except evaluation.CaseError as error:
            raise CommandError(str(error)) from None
        result = evaluation.evaluate(cases, analyse, evaluation.known_acronyms)
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
            return
        for case in result.cases:
            self.write_case(case, options["verbose"])
        self.write_summary(result)

    def write_case(self, case, verbose):
        self.stdout.write(
            f"{case.name}: links recall {evaluation.fraction(len(case.right), len(case.expected))} "
            f"({len(case.right)}/{len(case.expected)}), precision "
            f"{evaluation.fraction(len(case.right), len(case.selected))} ({len(case.right)}/{len(case.selected)}); "
            f"event fields {case.event_right}/{len(case.event)}; "
            f"new names {len(case.new_found)}/{len(case.new_found) + len(case.new_missed)}"
        )
        if case.error:
            self.stdout.write(f"  analyse() failed: {case.error}")
        if not verbose:
            return
        for label, pairs in (("missed", case.missed), ("wrong", case.wrong)):
            if pairs:
                self.stdout.write(f"  {label} links: " + ", ".join(f"{kind}:{slug}" for kind, slug in sorted(pairs)))
        for name, expected, proposed, right in case.event:
            if not right:
                self.stdout.write(f"  event {name}: expected {expected!r}, proposed {proposed!r}")
        if case.new_missed:
            self.stdout.write("  new names missed: " + ", ".join(f"{k}:{n}" for k, n in case.new_missed))
        for kind, label, passage in case.passages_not_in_text:
            self.stdout.write(f"  passage not in the text ({kind}:{label}): {passage[:80]!r}")
        if case.new_unexpected:
            self.stdout.write(
                "  new names not expected (not scored): " + ", ".join(f"{k}:{n}" for k, n in case.new_unexpected)
            )

    def write_summary(self, result):
        summary = result.as_dict()["summary"]
        errors = f", {summary['errors']} failed" if summary["errors"] else ""
        self.stdout.write("")
        self.stdout.write(f"{summary['cases']} cases{errors}")
        self.stdout.write(
            f"Pre-selected links: recall {evaluation.fraction(result.links_right, result.links_expected, 3)} "
            f"({result.links_right}/{result.links_expected}, target {evaluation.TARGET_RECALL:.2f}), "
            f"precision {evaluation.fraction(result.links_right, result.links_selected, 3)} "
            f"({result.links_right}/{result.links_selected}, target {evaluation.TARGET_PRECISION:.2f})"
        )
        self.stdout.write(
            f"Event fields right: {result.event_fields_right}/{result.event_fields} "
            f"({share(summary['event_fields_share'])}, target {evaluation.TARGET_EVENT_FIELDS:.0%})"
        )
        self.stdout.write(
            f"New names found: {result.new_found}/{result.new_expected} "
            f"({share(summary['new_found_share'])}, target {evaluation.TARGET_NEW_NAMES:.0%})"
        )
        if summary["passages_not_in_text"]:
            self.stdout.write(
                f"Passages not found in the text (not scored): {summary['passages_not_in_text']} "
                f"of {summary['passages']}"
            )


def share(value):
    return "n/a" if value is None else f"{value:.1%}"
