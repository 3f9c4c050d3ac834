"""Case files for report intake: optional header lines, a blank line, then the report's text."""

import datetime
from pathlib import Path

HEADERS = {"title": "title", "publisher": "publisher", "published": "published_on"}


def parse_case(raw):
    """(text, meta) from a case file's content; meta has title, publisher and published_on (a date or None)."""
    meta = {"title": "", "publisher": "", "published_on": None}
    lines = raw.split("\n")
    header, i = {}, 0
    while i < len(lines):
        line = lines[i]
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() not in HEADERS:
            break
        header[HEADERS[key.strip().lower()]] = value.strip()
        i += 1
    if header and i < len(lines) and not lines[i].strip():
        # Headers are only headers when a blank line closes them; otherwise the text starts with "Title: ..." itself.
        meta.update({k: v for k, v in header.items() if k != "published_on"})
        if header.get("published_on"):
            try:
                meta["published_on"] = datetime.date.fromisoformat(header["published_on"])
            except ValueError:
                meta["published_on"] = None
        text = "\n".join(lines[i + 1 :])
    else:
        text = raw
    return text, meta


def read_case(path):
    """(text, meta) of the case file at path."""
    return parse_case(Path(path).read_text(encoding="utf-8"))
