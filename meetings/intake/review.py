"""The review screen's rows: the analysis's proposals grouped for the editor, with the editor's choices laid over them.

A draft keeps the proposals exactly as analyse() returned them and, beside them, the editor's decisions keyed by row
id ("l3" is the fourth link, "n0" the first new record, "o1" an outcome, "s0" a statement, "d5" the delegations
that share the role and passage of link 5). Rows are rebuilt from both on every view, so a resumed draft shows what
the editor left, and the same form posts (with or without the page's script) to keep or save it.
"""

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from meetings.models import (
    PASSAGE_LENGTH,
    Agreement,
    AgreementRelation,
    AttendanceRole,
    DateInferred,
    DatePrecision,
    EventFormat,
    Organization,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    Statement,
)

GROUPS = [
    ("meeting", "Meeting"),
    ("delegations", "Delegations"),
    ("organizations", "Organizations"),
    ("people", "People"),
    ("outcomes", "Outcomes"),
    ("agreements", "Agreements"),
    ("statements", "Statements"),
]

ROLE_CHOICES = {
    "country": ParticipationRole.choices,
    "organization": ParticipationRole.choices,
    "person": AttendanceRole.choices,
    "agreement": AgreementRelation.choices,
}
DEFAULT_ROLE = {
    "country": "member_delegation",
    "organization": "participant",
    "person": "delegate",
    "agreement": "cited",
}
NEW_KIND_CHOICES = {"organization": Organization.Kind.choices, "agreement": Agreement.Kind.choices}
GROUP_OF = {"country": "delegations", "organization": "organizations", "person": "people", "agreement": "agreements"}

EVENT_FIELDS = [
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
    "passage",
]
REPORT_FIELDS = ["title", "publisher", "published_on", "url"]
# What one row's form fields may be called; anything else posted is ignored.
ROW_FIELDS = ["role", "passage", "choice", "name", "text", "status", "kind", "post_title", "post_rank", "acronym"]
SHORT = 300


def bounded(value, limit=SHORT):
    return str(value or "")[:limit]


def rows_of(draft):
    """{group: [row, ...]} for the review screen, decisions applied."""
    proposals, decisions = draft.proposals or {}, draft.decisions or {}
    groups = {name: [] for name, _label in GROUPS}
    links = proposals.get("links") or []
    delegations = {}
    for index, link in enumerate(links):
        kind = link.get("kind")
        if kind == "country":
            # Countries named in one sentence in one role are one row, with a box for each country.
            key = (link.get("role") or "", link.get("passage") or "")
            if key in delegations:
                delegations[key]["members"].append(member_of(index, link))
                delegations[key]["spans"] += spans_of(link, draft.text)
                continue
            row = base_row(f"d{index}", "country", link, draft.text)
            row["members"] = [member_of(index, link)]
            delegations[key] = row
            groups["delegations"].append(row)
        elif kind in ("organization", "person", "agreement"):
            row = base_row(f"l{index}", kind, link, draft.text)
            row["post"] = link.get("post") or {}
            row["post_title"] = row["post"].get("title") or ""
            row["post_rank"] = row["post"].get("rank") or ""
            groups[GROUP_OF[kind]].append(row)
    for index, new in enumerate(proposals.get("new") or []):
        kind = new.get("kind")
        row = base_row(f"n{index}", kind, new, draft.text)
        row.update(
            new=True,
            name=new.get("name") or "",
            acronym=new.get("acronym") or "",
            kind_choices=NEW_KIND_CHOICES.get(kind),
            kind_value=new.get("org_kind") or guess_kind(kind, new.get("name") or ""),
            post_title=new.get("title") or "",
            post_rank=new.get("rank") or "",
            honorific=new.get("honorific") or "",
            patronymic=new.get("patronymic") or "",
            number=new.get("number") if isinstance(new.get("number"), int) else "",
            organization=new.get("organization") or "",
            country=new.get("country") or "",
            accepted=new.get("selected", True),
        )
        groups["meeting" if kind == "forum" else GROUP_OF.get(kind, "organizations")].append(row)
    for index, outcome in enumerate(proposals.get("outcomes") or []):
        row = base_row(f"o{index}", "outcome", outcome, draft.text)
        row.update(
            text=outcome.get("text") or "",
            status=outcome.get("status") or "proposed",
            kind_value=outcome.get("kind") or "decision",
            kind_choices=OutcomeKind.choices,
            status_choices=OutcomeStatus.choices,
            proposed_by=outcome.get("proposed_by"),
            referred_to_forum=outcome.get("referred_to_forum"),
            agreements=outcome.get("agreements") or [],
            accepted=outcome.get("selected", True),
        )
        groups["outcomes"].append(row)
    for index, statement in enumerate(proposals.get("statements") or []):
        row = base_row(f"s{index}", "statement", statement, draft.text)
        speaker = statement.get("speaker") or {}
        row.update(
            text=statement.get("text") or "",
            kind_value=statement.get("kind") or "paraphrase",
            kind_choices=Statement.Kind.choices,
            speaker=speaker,
            speaker_name=speaker.get("name") or speaker.get("slug") or "",
            accepted=statement.get("selected", True),
        )
        groups["statements"].append(row)
    for group in groups.values():
        for row in group:
            apply_decision(row, decisions.get(row["id"]))
    return groups


def base_row(row_id, kind, proposal, text):
    choices = proposal.get("choices") or []
    return {
        "id": row_id,
        "kind": kind,
        "new": False,
        "slug": proposal.get("slug") or (choices[0]["slug"] if choices else ""),
        "name": proposal.get("name") or proposal.get("label") or proposal.get("slug") or "",
        "label": proposal.get("label") or "",
        "text": "",
        "post": {},
        "choices": choices,
        "role": proposal.get("role") or DEFAULT_ROLE.get(kind, ""),
        "role_choices": ROLE_CHOICES.get(kind),
        "passage": proposal.get("passage") or "",
        "accepted": bool(proposal.get("selected", True)),
        "confidence": proposal.get("confidence"),
        "spans": spans_of(proposal, text),
        "group_words": proposal.get("group") or "",
    }


def member_of(index, link):
    code = (link.get("slug") or "").lower()
    return {"code": code, "name": link.get("name") or code.upper(), "accepted": True}


def spans_of(proposal, text):
    """Where the proposal's words are in the text: its offsets, else where its passage occurs."""
    start, end = proposal.get("start"), proposal.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return [(start, end)]
    passage = proposal.get("passage") or ""
    found = text.find(passage) if passage else -1
    return [(found, found + len(passage))] if found >= 0 else []


def guess_kind(kind, name):
    """A first guess at a new record's kind from its name; the editor corrects it."""
    lowered = name.lower()
    if kind == "agreement":
        for words, value in [
            ("convention", "convention"),
            ("protocol", "protocol"),
            ("plan of action", "plan_of_action"),
            ("work plan", "plan_of_action"),
            ("memorand", "mou"),
            ("communiqu", "joint_communique"),
            ("programme", "programme"),
            ("program", "programme"),
        ]:
            if words in lowered:
                return value
        return "declaration"
    if kind == "organization":
        for words, value in [
            ("ministry", "ministry"),
            ("police", "national_police"),
            ("secretariat", "secretariat"),
            ("united nations", "un_agency"),
            ("department", "agency"),
        ]:
            if words in lowered:
                return value
        return "other"
    return ""


def apply_decision(row, decision):
    if not decision:
        return
    row["accepted"] = bool(decision.get("accept"))
    for field in ROW_FIELDS:
        if field in decision:
            key = {"choice": "slug", "kind": "kind_value"}.get(field, field)
            row[key] = decision[field]
    if "members" in row and "members" in decision:
        chosen = set(decision["members"])
        for member in row["members"]:
            member["accepted"] = member["code"] in chosen


def event_values(draft):
    """The meeting's fields as the review screen shows them: the analysis's, then the editor's."""
    proposed = (draft.proposals or {}).get("event") or {}
    passages = proposed.get("passages") or {}
    distinct = list(dict.fromkeys(p for p in passages.values() if p))
    values = {
        "title": proposed.get("title") or "",
        "start_date": proposed.get("start_date") or "",
        "end_date": proposed.get("end_date") or "",
        "date_precision": proposed.get("date_precision") or "day",
        "date_inferred": proposed.get("date_inferred") or "",
        "date_note": proposed.get("date_note") or "",
        "city": proposed.get("city") or "",
        "host_country": (proposed.get("host_country") or "").lower(),
        # The forum of the meeting, else the first forum the report names.
        "forum": proposed.get("forum")
        or next(
            (link.get("slug") for link in (draft.proposals or {}).get("links") or [] if link.get("kind") == "forum"), ""
        )
        or "",
        "number": "" if proposed.get("number") is None else str(proposed.get("number")),
        "format": proposed.get("format") or "",
        "passage": "\n\n".join(distinct),
    }
    values.update((draft.decisions or {}).get("event") or {})
    return values


def report_values(draft):
    values = {
        "title": draft.title,
        "publisher": draft.publisher,
        "published_on": draft.published_on.isoformat() if draft.published_on else "",
        "url": draft.url,
    }
    values.update((draft.decisions or {}).get("report") or {})
    return values


def event_spans(draft):
    proposed = (draft.proposals or {}).get("event") or {}
    spans = []
    for passage in dict.fromkeys((proposed.get("passages") or {}).values()):
        found = draft.text.find(passage) if passage else -1
        if found >= 0:
            spans.append((found, found + len(passage)))
    return spans


def decisions_from(post, draft):
    """The editor's choices from the review form's fields, for every row the draft has."""
    decisions = {
        "event": {field: bounded(post.get(f"event-{field}"), PASSAGE_LENGTH) for field in EVENT_FIELDS},
        "report": {field: bounded(post.get(f"report-{field}"), 500) for field in REPORT_FIELDS},
    }
    for group in rows_of_proposals(draft).values():
        for row in group:
            prefix = row["id"]
            if f"{prefix}-seen" not in post:
                continue  # a row the posted form did not show keeps what was decided before
            decision = {"accept": f"{prefix}-accept" in post}
            for field in ROW_FIELDS:
                if f"{prefix}-{field}" in post:
                    limit = PASSAGE_LENGTH if field in ("passage", "text") else SHORT
                    decision[field] = bounded(post.get(f"{prefix}-{field}"), limit)
            if "members" in row:
                decision["members"] = [bounded(code, 2) for code in post.getlist(f"{prefix}-members")]
            decisions[prefix] = decision
    previous = draft.decisions or {}
    return {**previous, **decisions}


def rows_of_proposals(draft):
    """The rows as proposed, before any decision: the ids and fields the form may post."""
    decisions, draft.decisions = draft.decisions, {}
    try:
        return rows_of(draft)
    finally:
        draft.decisions = decisions


def highlighted(text, rows, event_spans_=()):
    """The report's text as HTML, each proposal's words in a <mark> that names its rows; everything escaped.

    Overlapping proposals split the text at every edge, so a stretch of words covered by two proposals is one <mark>
    naming both. The first stretch of each row carries the id that the row's "show in text" link points to.
    """
    covering = []
    for row in rows:
        for start, end in row["spans"]:
            covering.append((start, end, row["id"]))
    for start, end in event_spans_:
        covering.append((start, end, "meeting"))
    edges = sorted({0, len(text), *(s for s, _e, _r in covering), *(e for _s, e, _r in covering)})
    parts, anchored = [], set()
    for left, right in zip(edges, edges[1:], strict=False):
        piece = text[left:right]
        ids = sorted({row_id for start, end, row_id in covering if start <= left and right <= end})
        if not ids:
            parts.append(conditional_escape(piece))
            continue
        anchor = next((row_id for row_id in ids if row_id not in anchored), None)
        if anchor:
            anchored.add(anchor)
            parts.append(format_html('<mark id="text-{}" data-rows="{}">{}</mark>', anchor, " ".join(ids), piece))
        else:
            parts.append(format_html('<mark data-rows="{}">{}</mark>', " ".join(ids), piece))
    return mark_safe("".join(str(part) for part in parts))  # every part above is escaped


def choices_for_event():
    return {
        "precision_choices": DatePrecision.choices,
        "inferred_choices": DateInferred.choices,
        "format_choices": [("", "Not stated"), *[c for c in EventFormat.choices if c[0] != "unknown"]],
    }
