"""Correcting a report's text keeps the passages that cite it: moved along where found again, refused where not."""

import html

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from meetings.models import (
    Event,
    ParticipationCitation,
    SourceReport,
    Statement,
    normalize_space,
)
from tests.test_large_forms import page_data

pytestmark = pytest.mark.usefixtures("seeded")

HANOI = "commit-14th-som-takes-place-in-hanoi"


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", "editor@example.org", "a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


def report():
    return SourceReport.objects.get(slug=HANOI)


def cited(source):
    """A participation citation of the report, and the exact words it cites as they stand in the text."""
    citation = ParticipationCitation.objects.filter(source=source).select_related("participation__event").first()
    assert source.contains(citation.passage)
    return citation


def edit_text(client, source, text):
    url = reverse("admin:meetings_sourcereport_change", args=[source.pk])
    data = page_data(client.get(url))
    data["text"] = text
    return client.post(url, data, follow=True)


def replace_in_text(text, passage, replacement):
    """The text with the passage (white space as in the text) replaced."""
    flat = normalize_space(text)
    assert normalize_space(passage) in flat
    return flat.replace(normalize_space(passage), replacement, 1)


def test_a_change_that_drops_a_cited_passage_is_refused_with_the_fact_the_meeting_and_a_link(editor):
    source = report()
    citation = cited(source)
    before = source.text
    new_text = replace_in_text(before, citation.passage, "This sentence was rewritten entirely by someone.")

    response = edit_text(editor, source, new_text)

    page = response.content.decode()
    assert response.status_code == 200
    assert "This change would break" in page
    assert "Participation" in html.unescape(page)
    assert str(citation.participation.event) in html.unescape(page)
    assert reverse("admin:meetings_participation_change", args=[citation.participation_id]) in page
    source.refresh_from_db()
    assert source.text == before
    citation.refresh_from_db()
    assert source.contains(citation.passage)


def test_a_typo_fixed_inside_a_cited_passage_carries_the_passage_along_and_lists_it(editor):
    source = report()
    citation = cited(source)
    passage = normalize_space(citation.passage)
    words = passage.split()
    longest = max(words, key=len)
    corrected = passage.replace(longest, longest[:-1] + "x" + longest[-1], 1)
    new_text = replace_in_text(source.text, passage, corrected)

    response = edit_text(editor, source, new_text)

    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "followed the corrected text" in page
    source.refresh_from_db()
    assert normalize_space(source.text) == normalize_space(new_text)
    citation.refresh_from_db()
    assert normalize_space(citation.passage) == corrected
    assert source.contains(citation.passage)
    # Every citation of the report still holds, so the meeting still saves.
    for other in ParticipationCitation.objects.filter(source=source):
        assert source.contains(other.passage)


def test_reflowing_the_text_changes_no_passage(editor):
    source = report()
    citation = cited(source)
    before = citation.passage
    new_text = "\n\n".join(line.strip() for line in source.text.split(". "))

    response = edit_text(editor, source, new_text)

    assert response.status_code == 200
    assert "This change would break" not in response.content.decode()
    citation.refresh_from_db()
    assert citation.passage == before


def test_saving_a_report_outside_the_admin_refuses_a_text_that_breaks_passages():
    source = report()
    citation = cited(source)
    before = SourceReport.objects.get(pk=source.pk).text
    source.text = replace_in_text(source.text, citation.passage, "Nothing of the kind was said here.")

    with pytest.raises(ValidationError) as refusal:
        source.save()

    assert "This change would break" in str(refusal.value)
    assert SourceReport.objects.get(pk=source.pk).text == before


def test_saving_a_report_outside_the_admin_carries_a_direct_quote_along():
    source = report()
    statement = Statement.objects.filter(source=source).first()
    flat = normalize_space(source.text)
    words = flat.split()
    quote_words = next(words[i : i + 6] for i in range(len(words)) if flat.count(" ".join(words[i : i + 6])) == 1)
    quote = " ".join(quote_words)
    statement.kind, statement.text = Statement.Kind.QUOTE, quote
    statement.save()
    source.text = replace_in_text(source.text, quote, quote.replace(quote_words[-1], quote_words[-1] + "s", 1))

    source.save()

    statement.refresh_from_db()
    assert source.contains(statement.text)
    assert statement.text != quote


def test_a_meeting_whose_citation_no_longer_occurs_in_its_report_still_saves_untouched(editor):
    """The report's text moved on by a path that checks nothing (an old import): untouched rows are not refused."""
    source = report()
    citation = cited(source)
    ParticipationCitation.objects.filter(pk=citation.pk).update(passage="Words that are not in the report.")
    event = Event.objects.get(pk=citation.participation.event_id)
    url = reverse("admin:meetings_event_change", args=[event.pk])

    response = editor.post(url, page_data(editor.get(url)))

    assert response.status_code == 302, response.content.decode()[:3000]
