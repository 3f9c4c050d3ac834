"""Analyse a report and print what the intake proposes, without writing anything to the database.

python manage.py intake report.txt            # a readable summary
python manage.py intake report.txt --json     # the proposals as analyse() returns them
python manage.py intake page.html             # HTML and PDF are read as the intake screen reads them
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from meetings.intake import analyse
from meetings.intake.casefile import parse_case

MAX_BYTES = 5_000_000


class Command(BaseCommand):
    help = "Print the links, new records, outcomes and statements the report intake proposes for FILE (no writes)."

    def add_arguments(self, parser):
        parser.add_argument(
            "file",
            help="A report: plain text (optionally with Title:/Publisher:/Published: "
            "header lines and a blank line), .html or .pdf.",
        )
        parser.add_argument("--json", action="store_true", help="Print the proposals as JSON.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}.") from error
        if len(data) > MAX_BYTES:
            raise CommandError(f"{path} is larger than {MAX_BYTES // 1_000_000} MB; is it a report?")
        text, meta = self.read(path, data)
        if not text.strip():
            raise CommandError(f"{path} holds no text.")
        result = analyse(text, **meta)
        if options["json"]:
            self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False))
        else:
            self.stdout.write(self.summary(result))

    def read(self, path, data):
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm", ".pdf"):
            try:
                from meetings.intake.documents import DocumentError, read_document
            except ImportError as error:
                raise CommandError("Reading HTML and PDF needs meetings.intake.documents.") from error
            try:
                document = read_document(data, path.name)
            except DocumentError as error:
                raise CommandError(str(error)) from error
            return document.text, {
                "title": document.title or "",
                "publisher": document.publisher or "",
                "published_on": document.published_on,
            }
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise CommandError(f"{path} is not UTF-8 text.") from error
        return parse_case(raw)

    def summary(self, result):
        ev = result["event"]
        lines = ["Meeting"]
        for field in (
            "title",
            "start_date",
            "end_date",
            "date_precision",
            "date_inferred",
            "date_note",
            "city",
            "host_country",
            "forum",
            "number",
            "format",
            "previous_event",
        ):
            if ev.get(field) not in (None, ""):
                lines.append(f"  {field}: {ev[field]}")
        lines.append("Links (* pre-selected)")
        for link in result["links"]:
            mark = "*" if link["selected"] else " "
            role = f" as {link['role']}" if link["role"] else ""
            choices = f"  (or: {', '.join(c['slug'] for c in link['choices'])})" if link.get("choices") else ""
            lines.append(f"  {mark} {link['kind']} {link['slug']}{role} “{link['label']}”{choices}")
        lines.append("New records")
        for item in result["new"]:
            extra = ", ".join(
                f"{k} {item[k]}" for k in ("role", "rank", "title", "organization", "acronym") if item.get(k)
            )
            lines.append(f"  {item['kind']} {item['name']}" + (f" ({extra})" if extra else ""))
        lines.append("Outcomes")
        for outcome in result["outcomes"]:
            lines.append(f"  {outcome['kind']}, {outcome['status']}: {outcome['text'][:100]}")
        lines.append("Statements")
        for statement in result["statements"]:
            speaker = statement["speaker"].get("slug") or statement["speaker"].get("name")
            lines.append(f"  {speaker} ({statement['kind']}): {statement['text'][:100]}")
        return "\n".join(lines) + "\n"
