"""analyse(): the proposals for one report (skeleton; the matchers are filled in step by step)."""


def analyse(text, *, title="", publisher="", published_on=None):
    """Proposals for the report text, in the shape the review screen reads (docs/intake.md)."""
    event = {
        "title": title or "",
        "start_date": None,
        "end_date": None,
        "date_precision": "day",
        "date_inferred": "",
        "date_note": "",
        "city": "",
        "host_country": None,
        "forum": None,
        "number": None,
        "format": None,
        "previous_event": None,
        "passages": {},
    }
    return {"event": event, "links": [], "new": [], "outcomes": [], "statements": []}
