"""The report intake, as an editor uses it: hand in a report, review the suggestions, keep a draft, save the meeting."""

import io
import os
import time
from pathlib import Path

import lxml.html
import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.urls import reverse

from meetings import facets, search, versioning
from meetings.intake.documents import DocumentError, language_warning, read_document
from meetings.models import (
    Agreement,
    Attendance,
    Event,
    EventAgreement,
    IntakeDraft,
    Organization,
    Outcome,
    Participation,
    ParticipationCitation,
    Person,
    SourceReport,
    Statement,
)

START = reverse("intake:start")

HEADLINE = "Mekong officials meet in Vientiane"
MEETING = (
    "Vientiane (VNA) - The 15th COMMIT Senior Officials Meeting took place in Vientiane on 3 March 2025, "
    "with delegations from Cambodia, Laos, Myanmar and Thailand."
)
CHAIR = "The meeting was chaired by Major General Tran Ngoc Ha of the Ministry of Public Security."
UNDP = "Ms. Caitlin Wiesen of UNDP also attended."
THAI = "Police Colonel Somchai Rattanakorn led the Thai delegation."
OBSERVERS = "The United Nations Office on Drugs and Crime and the Mekong Youth Network attended as observers."
ADOPTED = "Delegates adopted the COMMIT Work Plan 2025-2027 and agreed to refer it to the ASEAN SOMTC for endorsement."
CITED = "They cited the ASEAN Convention Against Trafficking in Persons."
QUOTE = '"We will act together," said Tran Ngoc Ha.'
REPORT = "\n\n".join([HEADLINE, MEETING, f"{CHAIR} {UNDP} {THAI}", OBSERVERS, f"{ADOPTED} {CITED}", QUOTE])


def at(words, passage=None):
    """start and end of words in the report (inside passage, when words occur more than once)."""
    base = REPORT.index(passage) if passage else 0
    start = REPORT.index(words, base)
    return {"start": start, "end": start + len(words), "label": words}


def link(kind, slug, role, passage, words, **extra):
    return {
        "kind": kind,
        "slug": slug,
        "role": role,
        "passage": passage,
        "selected": True,
        "confidence": 0.9,
        "name": extra.pop("name", slug),
        **at(words, passage),
        **extra,
    }


def proposals():
    """What analyse() would propose for REPORT, in the contract's shape."""
    return {
        "event": {
            "title": "15th COMMIT Senior Officials Meeting",
            "start_date": "2025-03-03",
            "end_date": None,
            "date_precision": "day",
            "date_inferred": "",
            "date_note": "",
            "city": "Vientiane",
            "host_country": "la",
            "forum": "commit-som",
            "number": 15,
            "format": "in_person",
            "previous_event": "2020-14th-commit-senior-officials-meeting",
            "passages": {"title": MEETING, "start_date": MEETING, "city": MEETING},
        },
        "links": [
            link("country", "kh", "member_delegation", MEETING, "Cambodia", name="Cambodia"),
            link("country", "la", "member_delegation", MEETING, "Laos", name="Lao People's Democratic Republic"),
            link("country", "mm", "member_delegation", MEETING, "Myanmar", name="Myanmar"),
            link("country", "th", "member_delegation", MEETING, "Thailand", name="Thailand"),
            link(
                "person",
                "tran-ngoc-ha",
                "chair",
                CHAIR,
                "Tran Ngoc Ha",
                name="Tran Ngoc Ha",
                post={"title": "", "rank": "Major General", "organization": "mps"},
            ),
            link("person", "caitlin-wiesen", "delegate", UNDP, "Caitlin Wiesen", name="Caitlin Wiesen"),
            link(
                "organization",
                "undp",
                "participant",
                UNDP,
                "UNDP",
                name="United Nations Development Programme",
                choices=[
                    {"slug": "undp", "name": "United Nations Development Programme", "confidence": 0.6},
                    {"slug": "united-nations", "name": "United Nations", "confidence": 0.3},
                ],
            ),
            link(
                "organization",
                "unodc",
                "observer",
                OBSERVERS,
                "United Nations Office on Drugs and Crime",
                name="United Nations Office on Drugs and Crime",
            ),
            link("agreement", "actip", "cited", CITED, "ASEAN Convention Against Trafficking in Persons", name="ACTIP"),
            link("forum", "commit-som", "", MEETING, "COMMIT Senior Officials Meeting", name="COMMIT SOM"),
        ],
        "new": [
            {"kind": "organization", "name": "Mekong Youth Network", "passage": OBSERVERS, "role": "observer"}
            | at("Mekong Youth Network"),
            {
                "kind": "person",
                "name": "Somchai Rattanakorn",
                "passage": THAI,
                "role": "head_of_delegation",
                "rank": "Police Colonel",
                "country": "th",
            }
            | at("Somchai Rattanakorn"),
            {"kind": "agreement", "name": "COMMIT Work Plan 2025-2027", "passage": ADOPTED, "role": "adopted"}
            | at("COMMIT Work Plan 2025-2027"),
        ],
        "outcomes": [
            {
                "kind": "decision",
                "status": "referred",
                "text": "Adopt the COMMIT Work Plan 2025-2027 and refer it to the ASEAN SOMTC for endorsement.",
                "passage": ADOPTED,
                "referred_to_forum": "somtc",
                "proposed_by": None,
                "agreements": [],
            }
        ],
        "statements": [
            {
                "speaker": {"kind": "person", "slug": "tran-ngoc-ha"},
                "kind": "quote",
                "text": "We will act together,",
                "passage": QUOTE,
            }
        ],
    }


@pytest.fixture
def draft(seeded, editor):
    return IntakeDraft.objects.create(
        created_by=editor, title=HEADLINE, publisher="Vietnam News Agency", text=REPORT, proposals=proposals()
    )


def review_url(draft):
    return reverse("intake:review", args=[draft.pk])


def review_form(client, draft):
    """The review form's fields as the browser would post them untouched: {name: value or [values]}."""
    response = client.get(review_url(draft))
    assert response.status_code == 200
    form = lxml.html.fromstring(response.content.decode()).get_element_by_id("intake-review")
    data = {}
    for name, value in form.form_values():
        if name in data:
            data[name] = [*([data[name]] if isinstance(data[name], str) else data[name]), value]
        else:
            data[name] = value
    return data


def knowledge_counts():
    return {model.__name__: model.objects.count() for model in (SourceReport, Event, Participation, Person, Outcome)}


def viewer():
    user = User.objects.create_user("viewer", "viewer@example.org", "a-long-viewer-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Viewers"))
    return user


# --- Who may use it ---


def test_anonymous_visitor_is_sent_to_the_admin_sign_in(client, db):
    response = client.get(START)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_viewer_is_refused(client, db):
    client.force_login(viewer())
    assert client.get(START).status_code == 403
    assert client.post(START, {"text": REPORT}).status_code == 403
    assert not IntakeDraft.objects.exists()


def test_editor_finds_the_intake_on_the_admin_index(editor_client):
    response = editor_client.get(reverse("admin:index"))
    assert START in response.content.decode()


def test_viewer_sees_no_intake_on_the_admin_index(client, db):
    client.force_login(viewer())
    assert START not in client.get(reverse("admin:index")).content.decode()


# --- Handing in a report ---


def test_pasting_a_report_opens_its_review_and_stores_no_knowledge(editor_client, seeded):
    before, token = knowledge_counts(), versioning.current()
    response = editor_client.post(START, {"text": REPORT, "title": HEADLINE})
    draft = IntakeDraft.objects.get()
    assert response.status_code == 302 and response["Location"] == review_url(draft)
    assert draft.text == REPORT and draft.title == HEADLINE and draft.status == "open"
    assert set(draft.proposals) >= {"event", "links", "new", "outcomes", "statements"}  # the real analyse()
    assert knowledge_counts() == before
    assert versioning.current() == token


def test_text_file_header_lines_give_title_publisher_and_date(editor_client, seeded):
    upload = io.BytesIO(f"Title: {HEADLINE}\nPublisher: VNA\nPublished: 2025-03-04\n\n{REPORT}".encode())
    upload.name = "report.txt"
    editor_client.post(START, {"file": upload})
    draft = IntakeDraft.objects.get()
    assert (draft.title, draft.publisher, str(draft.published_on)) == (HEADLINE, "VNA", "2025-03-04")
    assert draft.text == REPORT and draft.filename == "report.txt"


def test_html_page_gives_its_article_text_without_navigation_scripts_or_styles(editor_client, seeded):
    page = f"""<!doctype html><html><head><title>VNA | {HEADLINE}</title>
        <meta property="og:title" content="{HEADLINE}"><meta property="og:site_name" content="Vietnam News Agency">
        <meta property="article:published_time" content="2025-03-04T08:00:00+07:00">
        <style>body {{ color: red }} .secret-style {{}}</style><script>alert("secret-script")</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
        <article><h1>{HEADLINE}</h1><p>{MEETING}</p><p>{CHAIR} {UNDP}</p>
        <script>document.write("secret-inline")</script><p>{OBSERVERS}</p></article>
        <footer>Copyright footer text</footer></body></html>"""
    upload = io.BytesIO(page.encode())
    upload.name = "report.html"
    editor_client.post(START, {"file": upload})
    draft = IntakeDraft.objects.get()
    assert MEETING in draft.text and OBSERVERS in draft.text
    for hidden in ("secret-script", "secret-inline", "secret-style", "color: red", "World news menu"):
        assert hidden not in draft.text
    assert (draft.title, draft.publisher, str(draft.published_on)) == (HEADLINE, "Vietnam News Agency", "2025-03-04")
    assert "secret-script" not in editor_client.get(review_url(draft)).content.decode()


def text_pdf(lines):
    """A one-page PDF whose text layer holds lines, built byte by byte."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_pdf_text_layer_is_read(editor_client, seeded):
    upload = io.BytesIO(text_pdf(["The 15th COMMIT meeting took place in Vientiane.", "Delegates met there."]))
    upload.name = "report.pdf"
    editor_client.post(START, {"file": upload})
    assert IntakeDraft.objects.get().text == "The 15th COMMIT meeting took place in Vientiane.\nDelegates met there."


def encrypted_pdf():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(["A secret meeting."]))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def blank_pdf():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("scan.pdf", blank_pdf, "this PDF has no text to read; paste the text instead"),
        ("locked.pdf", encrypted_pdf, "protected by a password"),
        ("photo.pdf", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "named .pdf but is not a PDF"),
        ("broken.pdf", lambda: b"%PDF-1.4\n" + bytes(range(256)) * 10, "damaged"),
        ("report.txt", lambda: b"\x00\x01\x02binary" * 50, "not text"),
        ("report.docx", lambda: b"PK\x03\x04 something", "reads .txt, .html or .pdf files"),
        ("empty.txt", lambda: b"  \n\n ", "no text to read"),
    ],
)
def test_a_file_it_cannot_read_gets_a_clear_message_and_nothing_is_kept(editor_client, seeded, name, make, message):
    upload = io.BytesIO(make())
    upload.name = name
    response = editor_client.post(START, {"file": upload})
    assert response.status_code == 400
    assert message.lower() in response.content.decode().lower().replace("&#x27;", "'")
    assert not IntakeDraft.objects.exists()


def test_empty_paste_is_refused_with_a_message(editor_client, seeded):
    response = editor_client.post(START, {"text": "   \n  "})
    assert response.status_code == 400
    assert "There is no text to read" in response.content.decode()
    assert not IntakeDraft.objects.exists()


def test_a_20_mb_file_is_refused_with_its_size_and_the_limit(editor_client, seeded):
    upload = io.BytesIO(b"a" * (20 * 1024 * 1024))
    upload.name = "huge.txt"
    response = editor_client.post(START, {"file": upload})
    assert response.status_code == 400
    page = response.content.decode().replace("\xa0", " ")
    assert "This file is 20.0 MB" in page and "up to 10.0 MB" in page
    assert not IntakeDraft.objects.exists()


def test_read_document_refuses_oversized_data_before_reading_it(settings):
    settings.KBASE_INTAKE_MAX_BYTES = 100
    with pytest.raises(DocumentError, match="up to 100"):
        read_document(b"%PDF-" + b"x" * 200, "a.pdf")


def test_report_in_another_language_is_reviewed_with_a_warning(editor_client, seeded):
    french = (
        "La 15e réunion des hauts fonctionnaires du COMMIT s'est tenue à Vientiane le 3 mars 2025, avec des "
        "délégations du Cambodge, du Laos, du Myanmar et de la Thaïlande. Les délégués ont adopté le plan de travail "
        "et ont décidé de le soumettre à la réunion des ministres pour approbation."
    )
    assert language_warning(french) and not language_warning(REPORT)
    editor_client.post(START, {"text": french})
    page = editor_client.get(review_url(IntakeDraft.objects.get())).content.decode()
    assert "seems not to be in English" in page


def test_hostile_names_and_text_are_shown_as_typed(editor_client, draft):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    draft.text = REPORT + "\n\n" + hostile
    draft.proposals["new"].append({"kind": "organization", "name": hostile, "passage": hostile, "role": "guest"})
    draft.proposals["links"][0]["name"] = hostile
    draft.save()
    page = editor_client.get(review_url(draft)).content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


# --- The review screen ---


def test_review_shows_the_groups_and_highlights_each_proposal_in_the_text(editor_client, draft):
    page = editor_client.get(review_url(draft)).content.decode()
    for heading in ("Meeting", "Delegations", "Organizations", "People", "Outcomes", "Agreements", "Statements"):
        assert f"<h2>{heading}" in page
    tree = lxml.html.fromstring(page)
    marks = tree.xpath('//div[@class="intake-text-body"]//mark')
    assert "Mekong Youth Network" in [mark.text_content() for mark in marks]
    # The four delegations named in one sentence in one role are one row, with a box for each country.
    delegations = tree.xpath('//fieldset[@id="group-delegations"]/div[starts-with(@class, "intake-row")]')
    assert len(delegations) == 1
    assert len(delegations[0].xpath('.//input[@name="d0-members"]')) == 4
    # An uncertain match is a choice between the candidates.
    radios = tree.xpath('//input[@type="radio"][@name="l6-choice"]')
    assert [radio.get("value") for radio in radios] == ["undp", "united-nations"]
    assert tree.get_element_by_id("text-n0").text_content() == "Mekong Youth Network"
    assert "Speaker: Tran Ngoc Ha" in page


def test_overlapping_proposals_are_both_highlighted(editor_client, draft):
    draft.proposals["links"].append(
        link("organization", "mps", "participant", CHAIR, "Ministry of Public Security", name="MPS")
    )
    draft.proposals["links"][4] |= at("Tran Ngoc Ha of the Ministry", CHAIR)
    draft.save()
    tree = lxml.html.fromstring(editor_client.get(review_url(draft)).content.decode())
    shared = [mark for mark in tree.xpath("//mark") if mark.get("data-rows") == "l10 l4"]
    assert [mark.text_content() for mark in shared] == ["Ministry"]


def test_review_page_has_no_inline_script_or_style(editor_client, draft):
    tree = lxml.html.fromstring(editor_client.get(review_url(draft)).content.decode())
    assert all(script.get("src") for script in tree.xpath("//script"))
    assert not tree.xpath("//style") and not tree.xpath("//*[@style]")


# --- Drafts ---


def test_autosave_keeps_choices_for_a_resumed_review_without_changing_the_version(editor_client, draft):
    data = review_form(editor_client, draft)
    data.pop("l7-accept")  # UNODC rejected
    data["l4-role"] = "opening_speaker"
    token = versioning.current()
    response = editor_client.post(reverse("intake:autosave", args=[draft.pk]), data)
    assert response.status_code == 200 and "saved_at" in response.json()
    assert versioning.current() == token
    resumed = review_form(editor_client, draft)
    assert "l7-accept" not in resumed and "l6-accept" in resumed and "d0-accept" in resumed
    assert resumed["l4-role"] == "opening_speaker"


def test_a_late_autosave_does_not_touch_a_saved_or_discarded_draft(editor_client, draft):
    data = review_form(editor_client, draft)
    IntakeDraft.objects.filter(pk=draft.pk).update(status="discarded")
    response = editor_client.post(reverse("intake:autosave", args=[draft.pk]), data)
    assert response.status_code == 409
    draft.refresh_from_db()
    assert draft.decisions == {}


def test_drafts_are_listed_resumed_and_discarded(editor_client, draft):
    page = editor_client.get(START).content.decode()
    assert HEADLINE in page and review_url(draft) in page
    response = editor_client.post(reverse("intake:discard", args=[draft.pk]))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "discarded"
    assert review_url(draft) not in editor_client.get(START).content.decode()
    assert editor_client.get(review_url(draft)).status_code == 302


def test_keeping_the_draft_saves_nothing_to_the_knowledge_base(editor_client, draft):
    before = knowledge_counts()
    data = review_form(editor_client, draft) | {"action": "keep", "event-title": "A corrected title"}
    assert editor_client.post(review_url(draft), data).status_code == 302
    assert knowledge_counts() == before
    draft.refresh_from_db()
    assert draft.decisions["event"]["title"] == "A corrected title" and draft.status == "open"


def test_draft_saves_do_not_enter_the_history(draft):
    assert not hasattr(IntakeDraft, "history")


# --- Saving ---


def save(client, draft, **changes):
    data = review_form(client, draft) | {"action": "save"} | changes
    return client.post(review_url(draft), {k: v for k, v in data.items() if v is not None})


def test_save_creates_the_report_the_meeting_and_every_accepted_row_with_its_citation(editor_client, editor, draft):
    response = save(editor_client, draft)
    event = Event.objects.get(title="15th COMMIT Senior Officials Meeting")
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:meetings_event_change", args=[event.pk])
    assert event.slug == "2025-15th-commit-senior-officials-meeting"
    assert (event.forum.slug, event.number, event.country_id, event.city) == ("commit-som", 15, "LA", "Vientiane")
    report = SourceReport.objects.get(text=REPORT)
    assert report.title == HEADLINE and report.publisher.slug == "vna"
    assert [c.passage for c in event.citations.all()] == [MEETING]

    participations = {(p.participant.pk, p.role) for p in event.participations.select_related("organization")}
    new_org = Organization.objects.get(name="Mekong Youth Network")
    assert participations == {
        ("KH", "member_delegation"),
        ("LA", "member_delegation"),
        ("MM", "member_delegation"),
        ("TH", "member_delegation"),
        (Organization.objects.get(slug="undp").pk, "participant"),
        (Organization.objects.get(slug="unodc").pk, "observer"),
        (new_org.pk, "observer"),
    }
    citations = ParticipationCitation.objects.filter(participation__event=event)
    assert citations.count() == 7 and {c.source_id for c in citations} == {report.pk}

    chair = Attendance.objects.get(event=event, person__slug="tran-ngoc-ha")
    assert chair.role == "chair" and chair.organization.slug == "mps"
    assert (chair.position.rank, chair.position.title, chair.position.organization.slug) == ("Major General", "", "mps")
    assert chair.citations.get().passage == CHAIR
    somchai = Attendance.objects.get(event=event, person__name="Somchai Rattanakorn")
    assert (somchai.role, somchai.country_id, somchai.note) == ("head_of_delegation", "TH", "Police Colonel")

    links = {(link.agreement.name, link.relation) for link in EventAgreement.objects.filter(event=event)}
    actip = Agreement.objects.get(slug="actip")
    assert links == {(actip.name, "cited"), ("COMMIT Work Plan 2025-2027", "adopted")}
    outcome = event.outcomes.get()
    assert outcome.referred_to_forum.slug == "somtc" and outcome.citations.get().passage == ADOPTED
    statement = Statement.objects.get(attendance=chair)
    assert statement.text == "We will act together," and statement.source == report

    draft.refresh_from_db()
    assert draft.status == "saved" and draft.saved_event == event
    # Every record's history names the editor.
    for record in (event, report, new_org, chair, outcome, statement, citations.first()):
        assert record.history.get().history_user == editor


def test_rejected_and_edited_rows_are_saved_as_the_editor_left_them(editor_client, draft):
    data = review_form(editor_client, draft)
    data["d0-members"] = ["kh", "la", "th"]  # Myanmar unticked
    data.pop("l7-accept")  # UNODC rejected
    data["l6-choice"] = "united-nations"
    data["n0-name"] = "Mekong Youth Network (MYN)"
    data["o0-status"] = "adopted"
    data.pop("s0-accept")
    data["action"] = "save"
    assert editor_client.post(review_url(draft), data).status_code == 302
    event = Event.objects.get(slug="2025-15th-commit-senior-officials-meeting")
    countries = set(event.participations.filter(country__isnull=False).values_list("country_id", flat=True))
    assert countries == {"KH", "LA", "TH"}
    organizations = set(
        event.participations.filter(organization__isnull=False).values_list("organization__slug", flat=True)
    )
    assert "unodc" not in organizations and "united-nations" in organizations
    assert Organization.objects.filter(name="Mekong Youth Network (MYN)").exists()
    assert event.outcomes.get().status == "adopted"
    assert not Statement.objects.filter(attendance__event=event).exists()


def test_an_invalid_row_saves_nothing_and_keeps_the_draft(editor_client, draft):
    before, token = knowledge_counts(), versioning.current()
    response = save(editor_client, draft, **{"l7-passage": "A sentence the report never wrote."})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was saved" in page and "does not occur in the report" in page
    assert knowledge_counts() == before and versioning.current() == token
    draft.refresh_from_db()
    assert draft.status == "open" and draft.decisions["l7"]["passage"] == "A sentence the report never wrote."
    # The review screen shows the editor's text again, ready to correct.
    assert "A sentence the report never wrote." in page


def test_a_meeting_already_stored_with_the_forum_and_number_is_named(editor_client, draft):
    response = save(editor_client, draft, **{"event-number": "14"})
    assert response.status_code == 400
    assert "is already stored as number 14 of" in response.content.decode()


def test_a_meeting_needs_a_title(editor_client, draft):
    response = save(editor_client, draft, **{"event-title": ""})
    assert response.status_code == 400
    assert not Event.objects.filter(number=15).exists()


def test_a_report_already_stored_is_named_and_not_stored_twice(editor_client, seeded, editor):
    stored = SourceReport.objects.get(slug="vna-asean-somtc-siem-reap-actip-apa")
    draft = IntakeDraft.objects.create(
        created_by=editor,
        text=stored.text.replace("\n", "\n\n"),  # the same text, differently spaced
        proposals={"event": {"title": "A meeting from a stored report", "start_date": "2015-06-08"}},
    )
    page = editor_client.get(review_url(draft)).content.decode()
    assert "already stored as" in page
    assert reverse("admin:meetings_sourcereport_change", args=[stored.pk]) in page
    count = SourceReport.objects.count()
    response = save(editor_client, draft)
    assert response.status_code == 302
    assert SourceReport.objects.count() == count
    draft.refresh_from_db()
    assert draft.source == stored


def test_the_add_form_path_stores_the_report_and_fills_in_the_meeting(editor_client, draft):
    data = review_form(editor_client, draft) | {"action": "prefill"}
    response = editor_client.post(review_url(draft), data)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:meetings_event_add") + "?")
    assert SourceReport.objects.filter(text=REPORT).exists()
    assert not Event.objects.filter(number=15).exists()
    form = lxml.html.fromstring(editor_client.get(response["Location"]).content.decode())
    assert form.xpath('//input[@name="title"]')[0].get("value") == "15th COMMIT Senior Officials Meeting"
    assert form.xpath('//input[@name="city"]')[0].get("value") == "Vientiane"
    assert form.xpath('//input[@name="number"]')[0].get("value") == "15"
    # The report is chosen at the top of the form, as the source of every row entered there.
    report = SourceReport.objects.get(text=REPORT)
    assert form.xpath('//select[@name="report"]/option[@selected]/@value') == [str(report.pk)]


def test_paste_to_saved_meeting_with_the_real_analysis(editor_client, editor, seeded):
    """The whole path with analyse() as it is: whatever it proposes, an editor's save keeps only valid rows."""
    response = editor_client.post(START, {"text": REPORT, "title": HEADLINE, "publisher": "VNA"})
    draft = IntakeDraft.objects.get()
    data = review_form(editor_client, draft)
    # The editor completes what the analysis left empty.
    for field, value in [("event-title", "15th COMMIT Senior Officials Meeting"), ("event-start_date", "2025-03-03")]:
        data[field] = data.get(field) or value
    data["event-number"] = ""  # whatever number was read, this test is about the path, not the series
    data["action"] = "save"
    response = editor_client.post(review_url(draft), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = Event.objects.get(pk=IntakeDraft.objects.get().saved_event_id)
    report = SourceReport.objects.get(text=REPORT)
    assert event.history.get().history_user == editor
    for participation in event.participations.all():
        for citation in participation.citations.all():
            assert citation.source == report and report.contains(citation.passage)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("event-number", "99999999", "number"),
        ("event-start_date", "2025-02-30", "is not a date"),
        ("event-end_date", "2025-03-01", "cannot end before it starts"),
        ("event-host_country", "zz", "no country has the code"),
        ("l4-role", "emperor", "is not a valid choice"),
        ("o0-kind", "", "kind"),
        ("l6-choice", "no-such-organization", "choose the organization it is"),
        ("report-published_on", "yesterday", "is not a date"),
    ],
)
def test_a_hostile_or_mistyped_value_is_named_and_nothing_is_saved(editor_client, draft, field, value, message):
    before = knowledge_counts()
    response = save(editor_client, draft, **{field: value})
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    assert knowledge_counts() == before


def test_a_long_report_with_two_hundred_suggestions_is_reviewed_and_saved(editor_client, editor, seeded):
    names = [f"Anti-Trafficking Taskforce Number {n}" for n in range(1, 201)]
    sentences = [f"The {name} attended." for name in names]
    text = "A long meeting was held in Bangkok on 5 May 2025.\n\n" + "\n".join(sentences)
    new = [
        {"kind": "organization", "name": name, "passage": sentence, "role": "participant", "selected": True}
        for name, sentence in zip(names, sentences, strict=True)
    ]
    draft = IntakeDraft.objects.create(
        created_by=editor,
        title="A long report",
        text=text,
        proposals={"event": {"title": "A long meeting", "start_date": "2025-05-05"}, "new": new},
    )
    data = review_form(editor_client, draft)
    assert len(data) > 1000  # more fields than Django accepts by default
    response = editor_client.post(review_url(draft), data | {"action": "save"})
    assert response.status_code == 302
    assert Event.objects.get(title="A long meeting").participations.count() == 200


# Every case is saved on one of the two databases each run, alternately, since the two passes of the suite (PostgreSQL
# and SQLite) run side by side and the saves are the longest tests in it; KBASE_ALL_CASES=1 saves every case on
# whichever database the run uses.
ALL_CASE_FILES = sorted((Path(__file__).parent / "intake_cases").glob("*/*.txt"))
CASE_FILES = (
    ALL_CASE_FILES
    if os.environ.get("KBASE_ALL_CASES")
    else ALL_CASE_FILES["sqlite" in settings.DATABASES["default"]["ENGINE"] :: 2]
)


@pytest.mark.parametrize("path", CASE_FILES, ids=[path.stem for path in CASE_FILES])
def test_each_case_report_goes_from_upload_to_saved_meeting_as_proposed(editor_client, seeded, path):
    """The real analysis on the evaluation's reports: accepting every suggestion as it stands saves the meeting."""
    with path.open("rb") as upload:
        response = editor_client.post(START, {"file": upload})
    assert response.status_code == 302
    draft = IntakeDraft.objects.get()
    response = editor_client.post(review_url(draft), review_form(editor_client, draft) | {"action": "save"})
    if response.status_code != 302:
        errors = lxml.html.fromstring(response.content.decode()).xpath('//div[contains(@class, "intake-errors")]//li')
        pytest.fail(f"{response.status_code}: {[error.text_content() for error in errors]}")
    draft.refresh_from_db()
    assert draft.saved_event.citations.exists() or draft.saved_event.participations.exists()
    # The derived work the save does once at its end (meetings/derived.py) leaves what a recomputation gives.
    assert not search.compute(Event.objects.get(pk=draft.saved_event_id))
    assert facets.differences() == []


def test_a_new_series_gets_its_number_and_a_post_in_a_new_body_is_recorded(editor_client, draft):
    draft.proposals["event"] |= {"forum": None, "number": None}
    draft.proposals["links"] = [link for link in draft.proposals["links"] if link["kind"] != "forum"]
    draft.proposals["new"].append(
        {"kind": "forum", "name": "Mekong Officials Dialogue", "number": 15, "passage": MEETING, "selected": True}
    )
    draft.proposals["links"][5]["post"] = {
        "title": "Adviser",
        "rank": "",
        "organization": None,
        "organization_new": "Mekong Youth Network",
    }
    draft.save()
    assert save(editor_client, draft).status_code == 302
    event = Event.objects.get(slug="2025-15th-commit-senior-officials-meeting")
    assert (event.forum.name, event.number) == ("Mekong Officials Dialogue", 15)
    wiesen = Attendance.objects.get(event=event, person__slug="caitlin-wiesen")
    assert (wiesen.position.title, wiesen.position.organization.name) == ("Adviser", "Mekong Youth Network")


def test_a_page_of_too_many_parts_is_refused_quickly_rather_than_stalling_the_server():
    page = b"<html><body>" + b"<p>word</p>" * 60_000 + b"</body></html>"
    started = time.perf_counter()
    with pytest.raises(DocumentError, match="60,002 parts"):
        read_document(page, "listing.html")
    assert time.perf_counter() - started < 10  # finding an article in it takes minutes


def test_a_report_beyond_the_length_limit_is_refused_with_the_limit():
    with pytest.raises(DocumentError, match="a report may have up to 200,000"):
        read_document(("A meeting took place. " * 12_000).encode(), "")
