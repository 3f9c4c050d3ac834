"""A source report's page: its metadata, its text with the names it mentions linked, and what cites it."""

import pytest
from django.db.models import Count
from django.utils.html import escape

from meetings.models import (
    Agreement,
    Country,
    MembershipCitation,
    Organization,
    Person,
    PositionCitation,
    SourceReport,
)
from meetings.views.pages import linked_paragraphs

pytestmark = pytest.mark.django_db

DIALOGUE = "/sources/aseanapol-virtual-dialogue-tip-2021/"


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def text_section(html):
    """The part of the page that shows the report's own text."""
    return html.split('<div class="records-report">')[1].split("</div>")[0]


def test_source_page_shows_metadata_and_the_whole_text_in_paragraphs(client, seeded):
    source = SourceReport.objects.get(slug="aseanapol-virtual-dialogue-tip-2021")
    html = html_of(client, DIALOGUE)
    assert "Suhasini Gunasagaran" in html
    assert "26 February 2021" in html
    assert 'href="/organizations/aseanapol-secretariat/"' in html  # its publisher
    paragraphs = [block for block in source.text.split("\n\n") if block.strip()]
    assert text_section(html).count("<p>") == len(paragraphs)
    assert "Post Covid-19 Strategy Against Trafficking" in text_section(html)


def test_source_text_links_people_organizations_and_countries_to_their_pages(client, seeded):
    text = text_section(html_of(client, DIALOGUE))
    assert f'href="{Person.objects.get(slug="do-van-hoanh").get_absolute_url()}"' in text
    assert f'href="{Person.objects.get(slug="jim-wee").get_absolute_url()}"' in text
    assert f'href="{Organization.objects.get(slug="oipa").get_absolute_url()}"' in text
    assert f'href="{Country.objects.get(code="VN").get_absolute_url()}"' in text
    # The longest name wins: "ASEANAPOL Secretariat" is one link, not "ASEANAPOL" followed by a word.
    assert (
        '<a class="record-link" href="/organizations/aseanapol-secretariat/" title="ASEANAPOL Secretariat">'
        "ASEANAPOL Secretariat</a>" in text
    )


def test_source_text_links_agreements_by_short_name(client, seeded):
    text = text_section(html_of(client, "/sources/vna-asean-somtc-siem-reap-actip-apa/"))
    assert f'href="{Agreement.objects.get(slug="actip").get_absolute_url()}"' in text
    assert f'href="{Agreement.objects.get(slug="apa").get_absolute_url()}"' in text


def test_source_text_links_a_name_written_in_other_capitals(client, seeded):
    # The dialogue report writes "Ministry Of Public Security".
    text = text_section(html_of(client, DIALOGUE))
    assert (
        '<a class="record-link" href="/organizations/mps/" title="Ministry of Public Security">'
        "Ministry Of Public Security</a>" in text
    )


def test_source_text_is_escaped_and_a_script_in_it_is_shown_as_text(client, seeded):
    source = SourceReport.objects.create(
        title="A report with markup",
        text="<script>alert('x')</script> ASEANAPOL & Lao PDR met.\n\n<b>Second</b> paragraph on OIPA.",
    )
    html = html_of(client, source.get_absolute_url())
    text = text_section(html)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in text
    assert "&lt;b&gt;Second&lt;/b&gt;" in text
    assert 'href="/organizations/aseanapol/"' in text
    assert 'href="/countries/la/"' in text and "&amp; " in text
    assert text.count("<p>") == 2


def test_a_name_with_markup_characters_is_linked_and_escaped(db):
    names = {"Police & Customs <Office>": ("/organizations/pco/", "Police & Customs <Office>")}
    (paragraph,) = linked_paragraphs("Met the Police & Customs <Office> today.", names)
    assert paragraph == (
        'Met the <a class="record-link" href="/organizations/pco/" title="Police &amp; Customs &lt;Office&gt;">'
        "Police &amp; Customs &lt;Office&gt;</a> today."
    )


def test_names_are_linked_only_as_whole_words_and_never_overlap(db):
    names = {
        "ASEAN": ("/organizations/asean/", "ASEAN"),
        "ASEANAPOL": ("/organizations/aseanapol/", "ASEANAPOL"),
        "ASEANAPOL Secretariat": ("/organizations/aseanapol-secretariat/", "ASEANAPOL Secretariat"),
    }
    (paragraph,) = linked_paragraphs("ASEANAPOL Secretariat, ASEANAPOLS and ASEAN.", names)
    assert paragraph.count("<a ") == 2
    assert ">ASEANAPOL Secretariat</a>" in paragraph
    assert "ASEANAPOLS" in paragraph and ">ASEANAPOLS<" not in paragraph
    assert ">ASEAN</a>." in paragraph


def test_a_name_shared_by_two_records_is_not_linked(client, seeded):
    Person.objects.create(name="Lee Wong", slug="lee-wong-1")
    Person.objects.create(name="Lee Wong", slug="lee-wong-2")
    source = SourceReport.objects.create(title="Two of a name", text="Lee Wong spoke for UNDP.")
    text = text_section(html_of(client, source.get_absolute_url()))
    assert "lee-wong" not in text
    assert 'href="/organizations/undp/"' in text


def test_source_page_lists_the_records_that_cite_it_with_their_passages(client, seeded):
    html = html_of(client, DIALOGUE)
    cited = html.split('id="cited-heading"')[1]
    citation = PositionCitation.objects.filter(source__slug="aseanapol-virtual-dialogue-tip-2021").select_related(
        "position__person", "position__organization"
    )[0]
    assert citation.position.person.get_absolute_url() in cited
    assert citation.position.organization.get_absolute_url() in cited
    assert "/events/2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons/" in cited
    assert "Member delegation".lower() in cited
    assert "Statements it reports" in cited


def test_a_passage_that_supports_many_facts_is_shown_once(client, seeded):
    passages = MembershipCitation.objects.filter(source__slug="aseanapol-virtual-dialogue-tip-2021")
    shared = passages.values("passage").annotate(n=Count("pk")).filter(n__gt=1).order_by("-n").first()
    assert shared, "the seed has a passage naming several member countries"
    cited = html_of(client, DIALOGUE).split('id="cited-heading"')[1]
    assert cited.count(f"“{escape(shared['passage'])}”") == 1


def test_source_list_filters_by_publisher_and_words(client, seeded):
    html = html_of(client, "/sources/?publisher=aseanapol-secretariat")
    assert DIALOGUE in html
    assert "/sources/commit-14th-som-takes-place-in-hanoi/" not in html
    html = html_of(client, "/sources/?q=hanoi")
    assert "/sources/commit-14th-som-takes-place-in-hanoi/" in html
    assert DIALOGUE not in html
