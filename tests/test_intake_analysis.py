"""Report intake analysis (issue 10): what analyse() proposes for a pasted report, against the seed knowledge."""

import datetime
import json
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from meetings.intake import analyse
from meetings.intake.casefile import parse_case, read_case
from meetings.models import Attendance, Event, Forum, Organization, Participation, SourceReport, fingerprint_text
from tests.intake_results import new_names, selected

REPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "reports"
PUBLISHED = datetime.date(2025, 11, 20)  # a Thursday


def link(result, kind, slug):
    return next(item for item in result["links"] if item["kind"] == kind and item["slug"] == slug)


@pytest.mark.django_db
def test_result_has_the_agreed_shape_and_every_passage_is_verbatim_text(seeded):
    text = (
        "The 15th Senior Officials Meeting (SOM) of COMMIT was held in Vientiane, Laos, on 12-13 March 2025. "
        "It was chaired by Ms. Caitlin Wiesen, who said “we must protect every victim of trafficking in the region”.\n"
        "Delegates agreed to adopt the ACTIP work plan."
    )
    result = analyse(text, title="COMMIT meets", publisher="VNA", published_on=PUBLISHED)

    json.dumps(result)  # the review screen stores it as JSON
    assert set(result) == {"event", "links", "new", "outcomes", "statements"}
    assert {
        "title",
        "start_date",
        "end_date",
        "date_precision",
        "date_inferred",
        "city",
        "host_country",
        "forum",
    } <= set(result["event"])
    for item in [*result["links"], *result["new"], *result["outcomes"], *result["statements"]]:
        assert item["passage"] and item["passage"] in text
    for item in result["links"]:
        assert {"kind", "slug", "role", "passage", "selected", "confidence"} <= set(item)
        assert text[item["start"] : item["end"]] == item["label"]


@pytest.mark.django_db
def test_empty_or_wordless_text_gives_empty_proposals(seeded):
    for text in ("", "   \n\n", "“”", "Mr. Mr. Mr."):
        result = analyse(text)
        assert result["links"] == [] and result["new"] == [] and result["event"]["start_date"] is None


@pytest.mark.django_db
def test_person_found_with_rank_and_honorific_apart_and_the_particle_dropped(seeded):
    result = analyse(
        "The dialogue was moderated by ACP Dr. Bakri Bin Zainal Abidin, Director for Police Services. "
        "Bakri Zainal Abidin said the region must act together.",
        published_on=PUBLISHED,
    )
    bakri = link(result, "person", "bakri-bin-zainal-abidin")
    assert bakri["selected"] and bakri["role"] == "moderator"
    assert bakri["post"]["rank"] == "Assistant Commissioner of Police"
    assert bakri["post"]["title"] == "Director for Police Services"
    assert not new_names(result, "person")


@pytest.mark.django_db
def test_names_without_diacritics_or_with_them_find_the_same_person(seeded):
    for name in ("Trần Ngọc Hà", "Tran Ngoc Ha", "TRAN NGOC HA"):
        result = analyse(f"Major General {name} addressed the meeting and stressed the need for cooperation.")
        assert "tran-ngoc-ha" in selected(result, "person"), name


@pytest.mark.django_db
def test_short_acronyms_match_only_in_capitals_and_only_as_whole_words(seeded):
    result = analyse("Officers commit to act. Police officers from ASEANAPOL member police forces attended the talks.")
    assert "commit" not in {item["slug"] for item in result["links"]}
    assert "asean" not in {item["slug"] for item in result["links"]}

    result = analyse("Representatives from COMMIT and ASEAN attended the meeting.")
    assert {"commit", "asean"} <= selected(result, "organization")


@pytest.mark.django_db
def test_demonym_with_delegation_is_that_country(seeded):
    result = analyse("The Vietnamese delegation, headed by Senior Colonel To Cao Lanh, took part in the meeting.")
    assert "vn" in selected(result, "country")
    lanh = link(result, "person", "to-cao-lanh")
    assert lanh["role"] == "head_of_delegation" and lanh["post"]["rank"] == "Senior Colonel"


@pytest.mark.django_db
def test_a_counted_member_group_stands_for_its_members(seeded):
    result = analyse("The dialogue was attended by the ten ASEANAPOL member countries.", published_on=PUBLISHED)
    members = {link["slug"] for link in result["links"] if link["kind"] == "country" and link["selected"]}
    assert members == {"bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "vn"}
    assert all(
        link["group"] == "the ten ASEANAPOL member countries" for link in result["links"] if link["kind"] == "country"
    )


@pytest.mark.django_db
def test_roles_come_from_how_the_report_says_them(seeded):
    result = analyse(
        "The workshop was organised by the ASEAN Secretariat, funded by the European Union and delivered through "
        "the Australian Federal Police. It was chaired by Australia.",
        published_on=PUBLISHED,
    )
    roles = {(item["slug"], item["role"]) for item in result["links"] if item["selected"]}
    assert ("asean-secretariat", "organiser") in roles
    assert ("european-union", "funder") in roles
    assert ("australian-federal-police", "implementing_partner") in roles
    assert ("au", "chair") in roles


@pytest.mark.django_db
def test_dates_with_their_precision_and_the_inferred_year_explained(seeded):
    cases = [
        ("The meeting was held on 12-13 November 2025 in Hanoi.", "2025-11-12", "2025-11-13", "day", ""),
        ("The meeting was held in November 2024 in Hanoi.", "2024-11-01", None, "month", ""),
        ("The meeting took place on Thursday (November 13) in Hanoi.", "2025-11-13", "2025-11-13", "day", "year"),
        ("The meeting took place on June 8-11 in Hanoi.", "2025-06-08", "2025-06-11", "day", "year"),
        ("Officials met in Hanoi last Tuesday.", "2025-11-18", "2025-11-18", "day", "all"),
        ("From December 9 to 11, 2024, officials met in Semarang.", "2024-12-09", "2024-12-11", "day", ""),
    ]
    for text, start, end, precision, inferred in cases:
        event = analyse(text, published_on=PUBLISHED)["event"]
        assert (event["start_date"], event["end_date"], event["date_precision"], event["date_inferred"]) == (
            start,
            end,
            precision,
            inferred,
        ), text
        assert bool(event["date_note"]) == bool(inferred), text


@pytest.mark.django_db
def test_a_day_in_a_later_month_than_publication_is_last_year(seeded):
    event = analyse("The meeting took place on December 16 in Hanoi.", published_on=datetime.date(2021, 1, 5))["event"]
    assert event["start_date"] == "2020-12-16" and event["date_inferred"] == "year"
    assert "2021" in event["date_note"]


@pytest.mark.django_db
def test_meeting_fields_place_format_forum_number_and_previous_meeting(seeded):
    commit_som = Forum.objects.get(slug="commit-som")
    Event.objects.create(title="13th COMMIT SOM", forum=commit_som, number=13, start_date=datetime.date(2019, 11, 1))
    text = "The 14th Senior Officials Meeting (SOM) of COMMIT took place on December 16 in Hanoi, Vietnam."
    event = analyse(text, published_on=datetime.date(2020, 12, 17))["event"]
    assert event["forum"] == "commit-som" and event["number"] == 14
    assert event["title"] == "14th COMMIT Senior Officials Meeting"
    assert (event["city"], event["host_country"], event["format"]) == ("Hanoi", "vn", "in_person")
    assert event["previous_event"] == Event.objects.get(number=13, forum=commit_som).slug
    assert event["passages"]["start_date"] == text

    virtual = analyse("The ASEANAPOL Secretariat hosted a virtual dialogue on 3 March 2025.")["event"]
    assert virtual["format"] == "virtual" and virtual["city"] == ""


@pytest.mark.django_db
def test_names_the_base_lacks_are_proposed_as_new_records(seeded):
    result = analyse(
        "The meeting was opened by Pol. Maj. Gen. Somchai Phongsri, Commissioner of the Royal Thai Police, and "
        "by Judge Sokha Mean of the Phnom Penh Court of Appeal. The Department of Special Investigation (DSI) "
        "presented its work."
    )
    people = {item["name"]: item for item in result["new"] if item["kind"] == "person"}
    assert set(people) == {"Somchai Phongsri", "Sokha Mean"}
    assert people["Somchai Phongsri"]["rank"] == "Police Major General"
    assert people["Somchai Phongsri"]["role"] == "opening_speaker"
    organizations = {item["name"]: item for item in result["new"] if item["kind"] == "organization"}
    assert {"Royal Thai Police", "Phnom Penh Court of Appeal", "Department of Special Investigation"} <= set(
        organizations
    )
    assert organizations["Department of Special Investigation"]["acronym"] == "DSI"


@pytest.mark.django_db
def test_a_near_namesake_is_a_choice_not_a_match(seeded):
    result = analyse("Ms. Caitlin Wiessen, Resident Representative of UNDP, delivered the opening remarks.")
    assert "Caitlin Wiessen" in new_names(result, "person")
    near = [item for item in result["links"] if item["kind"] == "person"]
    assert near and not any(item["selected"] for item in near)
    assert near[0]["choices"][0]["slug"] == "caitlin-wiesen"


@pytest.mark.django_db
def test_same_name_with_another_country_in_front_is_another_body(seeded):
    result = analyse("Officials of the Lao Ministry of Public Security attended the meeting.")
    assert "mps" not in selected(result, "organization")
    # Proposed with its country in the name and as a field (the base's name for Laos where the text only has the
    # adjective), so the editor never takes it for the base's own.
    bodies = {item["name"]: item.get("country") for item in result["new"] if item["kind"] == "organization"}
    assert bodies.get("Ministry of Public Security of Lao PDR") == "LA"


@pytest.mark.django_db
def test_outcomes_with_kind_status_referral_and_agreements(seeded):
    result = analyse(
        "The meeting unanimously agreed to adopt the ASEAN Convention against Trafficking in Persons, Especially "
        "Women and Children (ACTIP), which will be sent to the ASEAN Ministerial Meeting on Transnational Crime for "
        "endorsement. They noted Malaysia's plan to host a special meeting next year."
    )
    adopt, plan = result["outcomes"]
    assert (adopt["kind"], adopt["status"], adopt["referred_to_forum"], adopt["agreements"]) == (
        "agreement_to_adopt",
        "referred",
        "ammtc",
        ["actip"],
    )
    assert (plan["kind"], plan["status"]) == ("plan_noted", "noted")
    assert link(result, "agreement", "actip")["role"] == "adopted"
    assert "ammtc" in selected(result, "forum")  # the forum the meeting reports to
    assert "my" not in selected(result, "country")  # Malaysia's plan is about another meeting


@pytest.mark.django_db
def test_quotes_and_paraphrases_are_attributed_to_their_speaker(seeded):
    text = (
        "Ms. Caitlin Wiesen attended the meeting. “No country can end trafficking alone,” she said. "
        "Wiesen emphasized the role of member governments."
    )
    statements = analyse(text)["statements"]
    assert statements[0]["kind"] == "quote" and statements[0]["text"] == "No country can end trafficking alone,"
    assert statements[0]["speaker"] == {"kind": "person", "slug": "caitlin-wiesen"}
    assert statements[1]["kind"] == "paraphrase" and statements[1]["speaker"]["slug"] == "caitlin-wiesen"


@pytest.mark.django_db
def test_a_new_record_in_the_base_is_found_at_the_next_analysis(seeded):
    text = "The workshop was organised by the Bali Process Regional Support Office (RSO)."
    assert "bali-rso" not in selected(analyse(text), "organization")
    Organization.objects.create(
        slug="bali-rso", name="Bali Process Regional Support Office", acronym="RSO", kind="other"
    )
    assert "bali-rso" in selected(analyse(text), "organization")


def seed_links(event_slug):
    """The (kind, slug) pairs editors entered for a seed meeting."""
    pairs = set()
    for org, country in Participation.objects.filter(event__slug=event_slug).values_list(
        "organization__slug", "country__code"
    ):
        pairs.add(("organization", org) if org else ("country", country.lower()))
    for person in Attendance.objects.filter(event__slug=event_slug).values_list("person__slug", flat=True):
        pairs.add(("person", person))
    return pairs


@pytest.mark.django_db
@pytest.mark.parametrize(
    "reports, event_slug",
    [
        (
            ["aseanapol-international-people-smuggling-strategic-dialogue-2024"],
            "2024-international-people-smuggling-strategic-dialogue",
        ),
        (
            ["aseanapol-virtual-dialogue-tip-2021", "vietnamese-delegation-aseanapol-virtual-dialogue-fragment"],
            "2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons",
        ),
        (["commit-14th-som-takes-place-in-hanoi"], "2020-14th-commit-senior-officials-meeting"),
        (
            ["vna-asean-somtc-siem-reap-actip-apa"],
            "2015-asean-senior-officials-meeting-on-transnational-crime-siem-reap",
        ),
    ],
)
def test_seed_reports_reproduce_most_of_what_editors_entered(seeded, reports, event_slug):
    """The seed meetings' reports, analysed against the seed, propose most of the links editors made by hand."""
    texts = [(REPORTS / f"{report}.txt").read_text(encoding="utf-8") for report in reports]
    source = SourceReport.objects.filter(fingerprint=fingerprint_text(texts[0])).first()
    text = "\n\n".join(texts)
    result = analyse(text, published_on=source.published_on if source else None)
    proposed = {(item["kind"], item["slug"]) for item in result["links"] if item["selected"]}
    entered = seed_links(event_slug)
    found = entered & proposed
    assert len(found) >= 0.8 * len(entered), sorted(entered - proposed)
    event = Event.objects.get(slug=event_slug)
    if event.start_date and (source and source.published_on or str(event.start_date.year) in text):
        assert result["event"]["start_date"] == event.start_date.isoformat()
    if event.city:
        assert result["event"]["city"] == event.city


def test_case_files_split_header_and_text(tmp_path):
    text, meta = parse_case("Title: A meeting\nPublisher: VNA\nPublished: 2025-03-14\n\nThe text.\nMore.")
    assert text == "The text.\nMore." and meta == {
        "title": "A meeting",
        "publisher": "VNA",
        "published_on": datetime.date(2025, 3, 14),
    }
    # Without a blank line after them, "Title:" lines are the text itself.
    assert parse_case("Title: not a header\nThe text.")[0] == "Title: not a header\nThe text."
    path = tmp_path / "case.txt"
    path.write_text("Published: not a date\n\nBody.", encoding="utf-8")
    assert read_case(path) == ("Body.", {"title": "", "publisher": "", "published_on": None})


@pytest.mark.django_db
def test_intake_command_prints_proposals_and_writes_nothing(seeded, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(
        "Title: SOMTC meets\nPublished: 2025-06-12\n\nThe ASEAN Senior Officials Meeting on Transnational Crime "
        "was held in Siem Reap, Cambodia on June 8-11, hosted by Cambodia.",
        encoding="utf-8",
    )
    events = Event.objects.count()
    out = StringIO()
    call_command("intake", str(path), "--json", stdout=out)
    result = json.loads(out.getvalue())
    assert result["event"]["forum"] == "somtc" and result["event"]["start_date"] == "2025-06-08"
    out = StringIO()
    call_command("intake", str(path), stdout=out)
    assert "forum: somtc" in out.getvalue() and "* country kh as host" in out.getvalue()
    assert Event.objects.count() == events


def test_intake_command_refuses_a_missing_or_binary_file(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("intake", str(tmp_path / "missing.txt"), stdout=StringIO())
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\xff\xfe\x00\x00garbage\xff")
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("intake", str(binary), stdout=StringIO())


@pytest.mark.django_db
def test_member_countries_without_a_body_named_are_those_of_the_meetings_convener(seeded):
    result = analyse(
        "The 44th ASEANAPOL Conference was held via videoconference on 11-12 November 2026. Police chiefs from all "
        "10 member countries took part."
    )
    assert result["event"]["forum"] == "aseanapol-conference" and result["event"]["format"] == "virtual"
    assert len(selected(result, "country")) == 10


@pytest.mark.django_db
def test_who_took_part_in_an_earlier_meeting_is_not_preselected(seeded):
    result = analyse(
        "Officers from Cambodia and Thailand met in Vientiane on 8-9 April 2025. "
        "The previous meeting, held in Bangkok, was hosted by Japan and attended by observers from INTERPOL."
    )
    assert {"kh", "th"} <= selected(result, "country")
    assert "jp" not in selected(result, "country") and "interpol" not in selected(result, "organization")
    assert result["event"]["city"] == "Vientiane"


@pytest.mark.django_db
def test_bodies_listed_after_representatives_of_are_proposed_when_the_base_lacks_them(seeded):
    result = analyse("Representatives of UNICEF, World Vision and the UNODC also attended the workshop.")
    assert {"UNICEF", "World Vision"} <= new_names(result, "organization")
    assert "unodc" in selected(result, "organization")
    assert "UNODC" not in new_names(result, "organization")


@pytest.mark.django_db
def test_a_long_text_without_full_stops_is_analysed_in_seconds_not_minutes(seeded):
    # One "sentence" of 3,000 names: context is read within a window around each name, not the whole sentence.
    # Processor time, not the wall clock: a busy machine stretches the latter, while reading the whole sentence
    # around each name (the fault this guards against) takes minutes of processor time.
    started = time.process_time()
    result = analyse("Ministry of Public Security " * 3000)
    assert time.process_time() - started < 30
    assert [(item["kind"], item["slug"]) for item in result["links"]] == [("organization", "mps")]


@pytest.mark.django_db
def test_a_known_persons_post_in_a_body_the_base_lacks_names_it_apart_from_the_slug(seeded):
    result = analyse("The meeting was chaired by Ms. Caitlin Wiesen, Director of the Regional Hub Office for Asia.")
    post = link(result, "person", "caitlin-wiesen")["post"]
    assert post["organization"] is None and post["organization_new"] == "Regional Hub Office for Asia"
    assert "Regional Hub Office for Asia" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_known_name_in_a_sentence_about_the_meeting_is_preselected_without_a_known_cue(seeded):
    text = (
        "Police investigators met in Bangkok on 3 March 2025 for a workshop on scam compounds.\n"
        "Over two days, senior investigators from Cambodia and Malaysia worked through case studies.\n"
        "Dr Bakri Zainal Abidin of the ASEANAPOL Secretariat briefed the workshop."
    )
    result = analyse(text, published_on=datetime.date(2025, 3, 5))

    assert {"kh", "my"} <= selected(result, "country")
    assert "aseanapol-secretariat" in selected(result, "organization")
    assert "bakri-bin-zainal-abidin" in selected(result, "person")


@pytest.mark.django_db
def test_a_name_in_background_history_or_another_years_meeting_is_not_preselected(seeded):
    text = (
        "Officials from Thailand met in Bangkok on 3 March 2025 for a workshop on victim identification.\n"
        "Earlier this year, a UNODC report found that scam compounds held many people in Myanmar.\n"
        "Malaysia hosted a similar workshop in 2023.\n"
        "Participants discussed the ASEAN Convention against Trafficking in Persons, which Laos ratified in 2016.\n"
        "Interpol standards were cited."
    )
    result = analyse(text, published_on=datetime.date(2025, 3, 5))

    assert not {"mm", "my", "la"} & selected(result, "country")
    assert not {"unodc", "interpol"} & selected(result, "organization")


@pytest.mark.django_db
def test_un_for_united_nations_and_an_agreement_without_its_tail_or_acronym(seeded):
    text = (
        "Officials met in Hanoi on 3 March 2025 for a workshop with the UN Office on Drugs and Crime and the "
        "UN Development Programme on the Plan of Action against Trafficking in Persons."
    )
    result = analyse(text, published_on=datetime.date(2025, 3, 5))

    assert {"unodc", "undp"} <= selected(result, "organization")
    assert "apa" in {item["slug"] for item in result["links"] if item["kind"] == "agreement"}
    assert not {"UN Office on Drugs and Crime", "UN Development Programme"} & new_names(result, "organization")


@pytest.mark.django_db
def test_weekday_ranges_month_only_dates_and_the_dateline_day(seeded):
    # Published on a Friday; the meeting ran on the Wednesday and Thursday before.
    result = analyse(
        "KUALA LUMPUR: The dialogue was held at a hotel on Wednesday and Thursday.",
        published_on=datetime.date(2025, 12, 5),
    )
    assert (result["event"]["start_date"], result["event"]["end_date"]) == ("2025-12-03", "2025-12-04")

    result = analyse(
        "Police met in Bali in late August for a dialogue. The partners intend to hold a third dialogue in 2026.",
        published_on=datetime.date(2025, 9, 3),
    )
    assert result["event"]["start_date"] == "2025-08-01"
    assert (result["event"]["date_precision"], result["event"]["date_inferred"]) == ("month", "year")

    # The report went online a day after its dateline: "today" is the dateline's day.
    result = analyse(
        "LANGKAWI, 21 October 2025 – The meeting was convened today in Langkawi, Malaysia.",
        published_on=datetime.date(2025, 10, 22),
    )
    assert result["event"]["start_date"] == "2025-10-21"


@pytest.mark.django_db
def test_new_bodies_after_possessives_coordination_parents_posts_and_defined_acronyms(seeded):
    text = (
        "The workshop in Vientiane on 3 March 2025 was funded by the United States Department of State's Office to "
        "Monitor and Combat Trafficking in Persons.\n"
        "It was chaired by the Central Investigation Bureau of the Royal Thai Police, with the Bureau of Immigration "
        "and the Department of Migrant Workers.\n"
        "Keo Sreymom, permanent vice-chairperson of the national committee, spoke with Atty. Jose Ramon Villanueva "
        "and Brigadier General (Pol) Hendra Wijaya.\n"
        "Dato' Sri Kamal Hisham Osman, Minister of Home Affairs of Malaysia, attended, as did Ms. Sarah Mbeki of the "
        "United Nations Action for Cooperation against Trafficking in Persons (UN-ACT)."
    )
    result = analyse(text, published_on=datetime.date(2025, 3, 5))

    assert {
        "United States Department of State",
        "Office to Monitor and Combat Trafficking in Persons",
        "Royal Thai Police",
        "Bureau of Immigration",
        "Department of Migrant Workers",
        "Ministry of Home Affairs",
        "United Nations Action for Cooperation against Trafficking in Persons",
    } <= new_names(result, "organization")
    assert {"Keo Sreymom", "Jose Ramon Villanueva", "Hendra Wijaya"} <= new_names(result, "person")
    assert "united-nations" not in selected(result, "organization")


@pytest.mark.django_db
def test_a_place_a_denial_or_the_meeting_this_one_follows_is_not_taken_for_the_reported_meeting(seeded):
    text = (
        "Malaysia hosted a one-day consultation on job scams in Putrajaya on 1 July 2026, with police from "
        "Indonesia and Thailand.\n"
        "Participants described recent rescues in Cambodia.\n"
        "Singapore, which joined the programme in 2019, did not send a delegation this time.\n"
        "Inspector-General of Police Tan Sri Razarudin Husain opened the consultation.\n"
        "The consultation follows the 44th ASEANAPOL Conference held in Kuala Lumpur last year."
    )
    result = analyse(text, published_on=datetime.date(2026, 7, 2))

    assert {"id", "th"} <= selected(result, "country")
    assert not {"kh", "sg"} & selected(result, "country")
    assert result["event"]["number"] is None and result["event"]["forum"] is None
    assert result["event"]["city"] == "Putrajaya"
    assert [name for name in new_names(result, "person") if "Razarudin" in name] == ["Razarudin Husain"]


@pytest.mark.django_db
def test_a_meeting_held_somewhere_with_partners_joining_by_video_link_is_hybrid(seeded):
    text = (
        "The committee held its annual meeting at the Ministry of Interior in Phnom Penh on 10 April 2025, with "
        "some partners joining by video link."
    )
    assert analyse(text, published_on=datetime.date(2025, 4, 14))["event"]["format"] == "hybrid"


@pytest.mark.django_db
def test_a_secretary_general_of_a_body_brings_its_secretariat(seeded):
    text = (
        "The meeting was held in Langkawi, Malaysia, on 21 October 2025. "
        "The Deputy Secretary-General of ASEAN, H.E. Lim Chee Keong, also attended."
    )
    result = analyse(text, published_on=datetime.date(2025, 10, 22))

    assert "asean-secretariat" in selected(result, "organization")


@pytest.mark.django_db
def test_people_after_lower_case_posts_or_a_post_and_a_comma_are_proposed(seeded):
    text = (
        "Indonesia's Minister of Women Empowerment, Bintang Puspayoga, attended a regional forum in Bangkok on "
        "8 August 2026.\n"
        "UNODC regional representative Masood Karimipour urged faster data sharing."
    )
    result = analyse(text, published_on=datetime.date(2026, 8, 10))

    assert {"Bintang Puspayoga", "Masood Karimipour"} <= new_names(result, "person")
    assert "unodc" in selected(result, "organization")


@pytest.mark.django_db
def test_a_numbered_meeting_of_a_new_series_keeps_its_number_beside_the_proposed_forum(seeded):
    text = "The 3rd Joint Border Commission Meeting was held in Vientiane, Laos, on 4 March 2026."
    result = analyse(text, published_on=datetime.date(2026, 3, 5))

    assert result["event"]["forum"] is None and result["event"]["number"] == 3
    assert [(n["name"], n["number"]) for n in result["new"] if n["kind"] == "forum"] == [
        ("Joint Border Commission Meeting", 3)
    ]


@pytest.mark.django_db
def test_a_date_range_holding_the_weekday_the_meeting_ended_gives_both_days(seeded):
    text = (
        "The regional workshop concluded in Vientiane on Friday.\n"
        "The workshop ran from September 9-11 at a hotel in the city."
    )
    event = analyse(text, published_on=datetime.date(2026, 9, 12))["event"]

    assert (event["start_date"], event["end_date"]) == ("2026-09-09", "2026-09-11")


@pytest.mark.django_db
def test_a_numbered_meeting_described_in_words_next_to_its_convener_belongs_to_that_forum(seeded):
    text = (
        "BANGKOK -- Officials met in Bangkok on Tuesday.\n"
        "The meeting, the 18th gathering of senior officials under the Coordinated Mekong Ministerial Initiative "
        "against Trafficking, or COMMIT, brought together delegations from Laos and Thailand."
    )
    event = analyse(text, published_on=datetime.date(2027, 11, 26))["event"]

    assert (event["forum"], event["number"]) == ("commit-som", 18)


@pytest.mark.django_db
def test_a_city_that_is_also_a_country_is_the_venue_after_in_but_not_in_a_list_of_countries(seeded):
    held = analyse(
        "The police co-hosted a regional workshop at a training centre in Singapore from 8 to 10 April 2026.",
        published_on=datetime.date(2026, 4, 13),
    )["event"]
    listed = analyse(
        "Police officers in Singapore, Malaysia and Thailand met online on 8 April 2026.",
        published_on=datetime.date(2026, 4, 13),
    )["event"]

    assert (held["city"], held["host_country"], held["format"]) == ("Singapore", "sg", "in_person")
    assert listed["city"] in ("", None)


@pytest.mark.django_db
def test_an_online_meeting_takes_no_city_from_the_dateline_and_its_host_from_hosted_by(seeded):
    text = (
        "BANGKOK, 3 March — The regional meeting on trafficking in persons was held via videoconference yesterday, "
        "hosted by the Philippines as the chair."
    )
    event = analyse(text, published_on=datetime.date(2026, 3, 4))["event"]

    assert event["format"] == "virtual"
    assert event["city"] in ("", None) and event["host_country"] == "ph"


@pytest.mark.django_db
def test_a_town_the_lists_lack_takes_its_country_from_its_province_not_from_the_dateline(seeded):
    text = (
        "Phnom Penh, June 19 (AKP) -- Cambodian and Thai police met on June 18 in Poipet city, Banteay Meanchey "
        "province, to strengthen their cooperation against human trafficking."
    )
    event = analyse(text, published_on=datetime.date(2026, 6, 19))["event"]

    assert (event["city"], event["host_country"]) == ("Poipet", "kh")


@pytest.mark.django_db
def test_a_venue_named_after_its_country_gives_the_host_and_a_later_or_earlier_city_does_not(seeded):
    text = (
        "A two-day workshop on trafficking cases concluded yesterday at the Royal Brunei Police Force (RBPF) "
        "Headquarters in Gadong.\n"
        "Brunei signed the convention in Kuala Lumpur in 2015.\n"
        "The workshop is part of a series held ahead of a regional meeting planned in Bangkok later this year."
    )
    event = analyse(text, published_on=datetime.date(2017, 5, 18))["event"]

    assert (event["city"], event["host_country"], event["format"]) == ("Gadong", "bn", "in_person")


@pytest.mark.django_db
def test_new_bodies_with_commas_numbers_hyphens_or_a_post_after_them_are_proposed_whole(seeded):
    text = (
        "Police from Cambodia and Thailand met in Poipet on 18 June 2026.\n"
        "The Cambodian side was led by Heng Sovannara, Deputy Commissioner General of the General Commissariat of "
        "National Police, and the Thai side by Surasak Intarasuwan, Commander of Immigration Division 6 of the "
        "Royal Thai Police.\n"
        "Representatives of the Ministry of Social Affairs, Veterans and Youth Rehabilitation and of Thailand's "
        "Ministry of Social Development and Human Security also attended the meeting.\n"
        "The delegation was led by U Zaw Min Oo, Deputy Chief of the Myanmar Police Force and SOMTC Leader of "
        "Myanmar, with officials of the Central Body for Suppression of Trafficking in Persons.\n"
        "The British Consulate-General in Ho Chi Minh City also took part in the meeting."
    )
    names = new_names(analyse(text, published_on=datetime.date(2026, 6, 19)), "organization")

    assert {
        "General Commissariat of National Police",
        "Immigration Division 6",
        "Royal Thai Police",
        "Ministry of Social Affairs, Veterans and Youth Rehabilitation",
        "Ministry of Social Development and Human Security",
        "Myanmar Police Force",
        "Central Body for Suppression of Trafficking in Persons",
        "British Consulate-General",
    } <= names
    assert "Youth Rehabilitation" not in names


@pytest.mark.django_db
def test_bodies_whose_trainers_shared_their_experience_took_part(seeded):
    text = (
        "The police hosted a regional workshop on scams in Singapore from 8 to 10 April 2026.\n"
        "Trainers from the United Kingdom's National Crime Agency (NCA) and the United States Federal Bureau of "
        "Investigation (FBI) shared their experience in tracing the proceeds of scams."
    )
    result = analyse(text, published_on=datetime.date(2026, 4, 13))

    assert {"nca", "fbi"} <= selected(result, "organization")


@pytest.mark.django_db
def test_a_body_whose_officer_is_quoted_on_the_meeting_is_selected_and_a_venue_named_after_a_body_is_not(seeded):
    text = (
        "BANGKOK, 25 November 2026 — Ministers adopted a joint declaration at a regional meeting held at the "
        "United Nations Conference Centre in Bangkok.\n"
        '"Today\'s declaration recognises what survivors have been telling us," said Mr. Tomasz Wieczorek, Deputy '
        "Resident Representative of the UN Development Programme in Thailand."
    )
    result = analyse(text, published_on=datetime.date(2026, 11, 25))

    assert "undp" in selected(result, "organization")
    assert "united-nations" not in selected(result, "organization")


@pytest.mark.django_db
def test_the_start_of_a_known_agreements_name_is_that_agreement_and_a_forum_prepared_for_is_linked(seeded):
    text = (
        "The 26th SOMTC was held via videoconference on 2 March 2026.\n"
        "Myanmar described its efforts in line with the ASEAN Plan of Action.\n"
        "The meeting also discussed the preparations for the 20th ASEAN Ministerial Meeting on Transnational Crime."
    )
    result = analyse(text, published_on=datetime.date(2026, 3, 4))

    assert "apa" in selected(result, "agreement")
    assert "ASEAN Plan of Action" not in new_names(result, "agreement")
    assert "ammtc" in selected(result, "forum")


@pytest.mark.django_db
def test_a_body_named_only_by_an_unknown_acronym_before_project_is_proposed(seeded):
    text = (
        "Ministers met in Bangkok on 25 November 2026.\nUNDP hosts the regional secretariat through its UN-ACT project."
    )
    result = analyse(text, published_on=datetime.date(2026, 11, 25))

    assert "UN-ACT" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_weekday_is_read_against_a_dateline_without_a_year_days_before_publication(seeded):
    text = "BANGKOK, Nov 12 (Reuters) — Officials from six countries met on Tuesday at a regional workshop."
    event = analyse(text, published_on=datetime.date(2026, 11, 16))["event"]

    assert event["start_date"] == "2026-11-10"


@pytest.mark.django_db
def test_this_week_gives_the_month_and_an_online_meeting_is_hosted_by_the_country_convening_it(seeded):
    week = analyse(
        "A regional workshop on trafficking was held in Vientiane this week.", published_on=datetime.date(2026, 11, 14)
    )["event"]
    online = analyse(
        "The workshop was held online on 12 November 2026, convened by Thailand.",
        published_on=datetime.date(2026, 11, 16),
    )["event"]

    assert (week["start_date"], week["date_precision"]) == ("2026-11-01", "month")
    assert (online["format"], online["city"] or None, online["host_country"]) == ("virtual", None, "th")


@pytest.mark.django_db
def test_a_known_body_named_without_its_leading_office_of_beside_its_parent_is_that_body(seeded):
    text = (
        "The 16th COMMIT Senior Officials Meeting was held online on 5 November 2025.\n"
        "The Vietnamese delegation was headed by the Director General of the Investigation Police Agency under the "
        "Ministry of Public Security."
    )
    result = analyse(text, published_on=datetime.date(2025, 11, 6))

    assert "oipa" in selected(result, "organization")
    assert "Investigation Police Agency" not in new_names(result, "organization")


@pytest.mark.django_db
def test_a_town_written_with_its_province_after_a_comma_gives_city_and_country(seeded):
    event = analyse(
        "The regional meeting on trafficking cases was held on Friday in Tachileik, Shan State.",
        published_on=datetime.date(2026, 11, 16),
    )["event"]

    assert (event["city"], event["host_country"]) == ("Tachileik", "mm")


@pytest.mark.django_db
def test_a_forum_name_written_with_a_plural_possessive_is_the_forum(seeded):
    event = analyse(
        "The ASEAN Senior Officials' Meeting on Transnational Crime was held in Manila on 12 November 2026.",
        published_on=datetime.date(2026, 11, 16),
    )["event"]

    assert event["forum"] == "somtc"


@pytest.mark.django_db
def test_a_forum_described_after_its_convener_or_before_it_in_lower_case_is_found_and_a_dateline_credit_is_not_a_party(
    seeded,
):
    before = analyse(
        "HANOI, Nov 13 (VNA) — The 27th meeting of ASEAN senior officials on transnational crime opened here on "
        "Thursday.",
        published_on=datetime.date(2026, 11, 16),
    )
    after = analyse(
        "Senior officials of the Coordinated Mekong Ministerial Initiative against Trafficking (COMMIT) held their "
        "19th meeting in Yangon from 10 to 12 November 2026.",
        published_on=datetime.date(2026, 11, 16),
    )["event"]

    assert (before["event"]["forum"], before["event"]["number"]) == ("somtc", 27)
    assert "vna" not in selected(before, "organization")
    assert (after["forum"], after["number"]) == ("commit-som", 19)


@pytest.mark.django_db
def test_a_possessive_between_bodies_splits_them_even_when_another_body_follows_after_and(seeded):
    text = (
        "The workshop, held in Bangkok on 12 November 2026, was attended by officers from the Royal Thai Police's "
        "Anti-Trafficking in Persons Division and the Office of the Attorney General."
    )
    names = new_names(analyse(text, published_on=datetime.date(2026, 11, 16)), "organization")

    assert {"Royal Thai Police", "Anti-Trafficking in Persons Division", "Office of the Attorney General"} <= names


@pytest.mark.django_db
def test_two_bodies_joined_by_and_the_are_both_proposed_when_the_second_names_its_remit(seeded):
    text = (
        "A workshop was held in Manila on 12 November 2026. It was organised by the Department of Social Welfare "
        "and Development and the Inter-Agency Council Against Trafficking."
    )
    names = new_names(analyse(text, published_on=datetime.date(2026, 11, 16)), "organization")

    assert {"Department of Social Welfare and Development", "Inter-Agency Council Against Trafficking"} <= names


@pytest.mark.django_db
def test_the_dateline_is_the_city_only_when_the_meeting_sentence_gives_no_other_place(seeded):
    alone = analyse(
        "MANILA — The Philippines hosted a two-day regional consultation on trafficking that ended Friday.",
        published_on=datetime.date(2026, 11, 16),
    )["event"]
    elsewhere = analyse(
        "Phnom Penh, June 19 (AKP) -- Police officials met on June 18 in Poipet city, Banteay Meanchey province.",
        published_on=datetime.date(2026, 6, 19),
    )["event"]

    assert (alone["city"], alone["host_country"]) == ("Manila", "ph")
    assert elsewhere["city"] == "Poipet"


@pytest.mark.django_db
def test_a_body_then_and_a_titled_person_is_not_read_as_one_body(seeded):
    text = (
        "A regional workshop on trafficking was held in Bangkok on 12 November 2026. Among the speakers were Judge "
        "Maria Santos of the Regional Trial Court of Manila and Prosecutor Jose Reyes of the Department of Justice."
    )
    names = new_names(analyse(text, published_on=datetime.date(2026, 11, 16)), "organization")

    assert "Department of Justice" in names
    assert not [name for name in names if "Reyes" in name]


@pytest.mark.django_db
def test_a_person_after_a_post_word_and_before_of_their_body_is_proposed(seeded):
    text = (
        "A regional workshop on trafficking was held in Bangkok on 12 November 2026. "
        "Prosecutor Jose Reyes of the Department of Justice spoke on victim protection."
    )
    result = analyse(text, published_on=datetime.date(2026, 11, 16))

    assert "Jose Reyes" in new_names(result, "person")
    assert "Department of Justice" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_spelt_out_ordinal_or_a_forum_named_by_its_meeting_word_and_convener_gives_forum_and_number(seeded):
    spelt = analyse(
        "The Sixteenth COMMIT SOM was held in Vientiane on 12 November 2026.", published_on=datetime.date(2026, 11, 26)
    )["event"]
    first_time = analyse(
        "For the first time, the COMMIT SOM was held in Vientiane on 12 November 2026.",
        published_on=datetime.date(2026, 11, 26),
    )["event"]
    worded = analyse(
        "Delegates gathered in Kuala Lumpur on 12 November 2026 for the 46th Conference of ASEAN Chiefs of Police "
        "(ASEANAPOL).",
        published_on=datetime.date(2026, 11, 26),
    )["event"]

    assert (spelt["forum"], spelt["number"]) == ("commit-som", 16)
    assert (first_time["forum"], first_time["number"]) == ("commit-som", None)
    assert (worded["forum"], worded["number"]) == ("aseanapol-conference", 46)


@pytest.mark.django_db
def test_a_short_name_that_begins_another_bodys_name_is_that_other_body(seeded):
    text = (
        "A regional workshop on trafficking was held in Bangkok on 12 November 2026. "
        "Experts from UN Women facilitated the discussions.\n"
        "The UN Resident Coordinator opened the workshop."
    )
    result = analyse(text, published_on=datetime.date(2026, 11, 16))

    assert "UN Women" in new_names(result, "organization")
    assert [link["label"] for link in result["links"] if link["slug"] == "united-nations" and link["selected"]] == [
        "UN"
    ]


@pytest.mark.django_db
def test_labelled_dates_and_venue_lines_of_a_summary_give_the_meetings_days_and_city(seeded):
    text = (
        "Meeting: Regional Workshop on Victim Identification\n"
        "Dates: 8-9 October 2025\n"
        "Venue: National Convention Hall (NCH), Singapore\n\n"
        "Participants recalled the dialogue that ASEANAPOL held in February 2021 in Kuala Lumpur."
    )
    event = analyse(text, published_on=datetime.date(2025, 10, 15))["event"]

    assert (event["start_date"], event["end_date"], event["date_precision"]) == ("2025-10-08", "2025-10-09", "day")
    assert (event["city"], event["host_country"]) == ("Singapore", "sg")


@pytest.mark.django_db
def test_a_city_after_the_venues_name_is_the_meetings_city(seeded):
    text = (
        "PRESS RELEASE\n\n"
        "The 44th ASEANAPOL Conference was held from 4 to 6 September 2024 at the National Exhibition Hall, "
        "Bandar Seri Begawan, Brunei Darussalam.\n\nASEANAPOL SECRETARIAT\nKUALA LUMPUR"
    )
    event = analyse(text, published_on=datetime.date(2024, 9, 9))["event"]

    assert (event["city"], event["host_country"]) == ("Bandar Seri Begawan", "bn")


@pytest.mark.django_db
def test_a_meeting_that_wrapped_up_after_the_date_ends_on_it_and_an_unlisted_dateline_place_here_is_its_city(seeded):
    text = (
        "PAGADIAN CITY - Philippine and Malaysian officials on Wednesday, November 12, 2025, wrapped up a two-day "
        "bilateral meeting here on people smuggling across the southern sea border.\n\n"
        "In 2015 ASEAN ministers met in an emergency session in Kuala Lumpur."
    )
    event = analyse(text, publisher="Philippine News Service", published_on=datetime.date(2025, 11, 14))["event"]

    assert (event["start_date"], event["end_date"]) == ("2025-11-11", "2025-11-12")
    assert (event["city"], event["host_country"]) == ("Pagadian City", "ph")


@pytest.mark.django_db
def test_a_meeting_title_drops_a_trailing_venue_and_keeps_a_route_named_last(seeded):
    at_venue = analyse(
        "SIEM REAP - On 4-5 June 2024, police chiefs met at the Border Liaison Meeting on Labour Exploitation at the "
        "Riverside Grand Hotel, Siem Reap, with delegations from Thailand and Lao PDR.\n\n"
        "Figures were later released in Bangkok.",
        published_on=datetime.date(2024, 6, 7),
    )["event"]
    along_route = analyse(
        "Officials met in Bangkok from 22 to 24 July 2025 for a Regional Consultation on Irregular Migration "
        "along the Mekong River route, organized by UNODC.",
        published_on=datetime.date(2025, 7, 25),
    )["event"]

    assert at_venue["title"] == "Border Liaison Meeting on Labour Exploitation"
    assert at_venue["city"] == "Siem Reap"
    assert along_route["title"] == "Regional Consultation on Irregular Migration along the Mekong River route"


@pytest.mark.django_db
def test_countries_invited_but_absent_are_not_preselected(seeded):
    text = (
        "The Regional Operational Meeting on Forced Criminality was held in Singapore on 8-9 October 2025.\n\n"
        "Participants: investigators from Cambodia, Indonesia and Thailand. Myanmar and Laos had been invited but "
        "did not attend."
    )
    result = analyse(text, published_on=datetime.date(2025, 10, 15))

    assert {"kh", "id", "th"} <= selected(result, "country")
    assert not {"mm", "la"} & selected(result, "country")


@pytest.mark.django_db
def test_a_list_of_countries_that_could_not_attend_is_not_preselected_before_a_relative_clause(seeded):
    text = (
        "Myanmar, Laos and Cambodia were invited but could not attend the Regional Meeting on Online Scams, which "
        "was held in Hanoi on 12 March 2025 with Thailand and Viet Nam."
    )
    result = analyse(text, published_on=datetime.date(2025, 3, 20))

    assert not {"mm", "la", "kh"} & selected(result, "country")
    assert "vn" in selected(result, "country")


@pytest.mark.django_db
def test_a_forum_the_meeting_reports_its_progress_to_is_preselected(seeded):
    text = (
        "Philippine and Malaysian officials met in Manila on 12 November 2025. The two sides agreed to report "
        "their findings to the next ASEAN Senior Officials Meeting on Transnational Crime."
    )
    result = analyse(text, published_on=datetime.date(2025, 11, 14))

    assert "somtc" in selected(result, "forum")


@pytest.mark.django_db
def test_a_forum_the_meeting_submits_its_recommendations_to_is_preselected(seeded):
    text = (
        "Officials met in Manila on 12 November 2025. The meeting agreed to submit its recommendations to the next "
        "ASEAN Senior Officials Meeting on Transnational Crime."
    )
    result = analyse(text, published_on=datetime.date(2025, 11, 14))

    assert "somtc" in selected(result, "forum")


@pytest.mark.django_db
def test_a_single_official_named_by_nationality_puts_the_country_at_the_meeting(seeded):
    text = (
        "The 25th ASEAN Senior Officials Meeting on Transnational Crime was held in Yogyakarta on 3-4 June 2025. "
        "A Malaysian official, speaking on condition of anonymity, called the plan too weak."
    )
    result = analyse(text, published_on=datetime.date(2025, 6, 9))

    assert "my" in selected(result, "country")


@pytest.mark.django_db
def test_a_national_body_written_with_its_country_code_is_the_known_body(seeded):
    text = (
        "The Regional Operational Meeting on Forced Criminality was held in Singapore on 8-9 October 2025, "
        "attended by a liaison officer of NZ Police."
    )
    result = analyse(text, published_on=datetime.date(2025, 10, 15))

    assert "new-zealand-police" in selected(result, "organization")
    assert "NZ Police" not in new_names(result, "organization")


@pytest.mark.django_db
def test_new_speakers_after_said_or_taking_the_floor_are_proposed(seeded):
    text = (
        "YOGYAKARTA - When Dewi Anggraini took the floor at the 25th ASEAN Senior Officials Meeting on Transnational "
        "Crime, she read out a text message.\n\n"
        '"Nobody can solve this alone," said Sok Vannak, a secretary of state at the Ministry of Interior.'
    )
    result = analyse(text, published_on=datetime.date(2025, 6, 9))

    assert {"Dewi Anggraini", "Sok Vannak"} <= new_names(result, "person")


@pytest.mark.django_db
def test_a_known_office_written_with_an_added_the_is_the_known_body(seeded):
    text = (
        "Viet Nam's Ministry of Public Security held a consultation in Hanoi on 5 June 2025, attended by "
        "two officers of the Office of the Investigation Police Agency."
    )
    result = analyse(text, published_on=datetime.date(2025, 6, 6))

    assert "oipa" in selected(result, "organization")


@pytest.mark.django_db
def test_a_body_named_only_as_the_owner_of_a_lower_case_unit_is_proposed(seeded):
    text = (
        "Officials met in Bangkok from 22 to 24 July 2025 for a Regional Dialogue on Migrant Smuggling. "
        "Superintendent Aminah Yusof of the Royal Brunei Marine Police's Anti-Smuggling of Migrants unit "
        "presented her unit's experience."
    )
    result = analyse(text, published_on=datetime.date(2025, 7, 25))

    assert "Royal Brunei Marine Police" in new_names(result, "organization")


@pytest.mark.django_db
def test_a_short_sentence_right_after_the_meeting_sentence_still_speaks_of_the_meeting(seeded):
    text = (
        "Scam compounds keep growing. Victims keep arriving.\n\n"
        "Senior officials from all ten ASEAN member states met in Yogyakarta on June 3 and 4, 2025. "
        "Officials from the ASEAN Secretariat took the minutes.\n\n"
        "Officials from UNODC have long warned of the trend."
    )
    result = analyse(text, published_on=datetime.date(2025, 6, 9))

    assert "asean-secretariat" in selected(result, "organization")
    assert "unodc" not in selected(result, "organization")


@pytest.mark.django_db
def test_a_speakers_new_national_body_brings_the_country_its_name_begins_with(seeded):
    text = (
        "The 25th ASEAN Senior Officials Meeting on Transnational Crime was held in Yogyakarta on 3-4 June 2025.\n\n"
        '"Too many victims are still treated as criminals," said Commodore Juan Miguel Cruz of the Philippine Coast '
        "Guard, who heads his country's maritime task force."
    )
    result = analyse(text, published_on=datetime.date(2025, 6, 9))

    assert "Philippine Coast Guard" in new_names(result, "organization")
    assert "ph" in selected(result, "country")


@pytest.mark.django_db
def test_a_combined_date_and_venue_line_gives_both(seeded):
    text = (
        "Meeting: Regional Workshop on Victim Identification\n"
        "- Date and venue: 8-9 October 2025, National Hall, Singapore\n\n"
        "Participants recalled the dialogue held in February 2021 in Kuala Lumpur."
    )
    event = analyse(text, published_on=datetime.date(2025, 10, 15))["event"]

    assert (event["start_date"], event["end_date"], event["city"]) == ("2025-10-08", "2025-10-09", "Singapore")


@pytest.mark.django_db
def test_a_title_drops_a_closing_city_but_keeps_a_closing_place_that_is_no_venue(seeded):
    in_city = analyse(
        "The Regional Workshop on Victim Identification in Bangkok was held on 3 May 2025.",
        published_on=datetime.date(2025, 5, 20),
    )["event"]
    at_border = analyse(
        "Delegates met at the Shangri-La Hotel in Kuala Lumpur on 3-4 March 2025 for the Bilateral Meeting on "
        "Trafficking in Persons at the Malaysia-Thailand Border.",
        published_on=datetime.date(2025, 3, 20),
    )["event"]

    assert (in_city["title"], in_city["city"]) == ("Regional Workshop on Victim Identification", "Bangkok")
    assert at_border["title"] == "Bilateral Meeting on Trafficking in Persons at the Malaysia-Thailand Border"


@pytest.mark.django_db
def test_a_labelled_venue_line_gives_a_town_the_lists_lack(seeded):
    text = (
        "Summary\nWhen: 12-13 March 2025\nVenue: Centara Hotel, Mae Sot, Tak Province, Thailand\n\n"
        "The meeting recalled the workshop in Yangon in January."
    )
    event = analyse(text, published_on=datetime.date(2025, 3, 20))["event"]

    assert (event["start_date"], event["city"], event["host_country"]) == ("2025-03-12", "Mae Sot", "th")


@pytest.mark.django_db
def test_two_nationality_adjectives_share_the_head_that_follows_them(seeded):
    text = "Cambodian and Thai officials closed a two-day meeting in Poipet on Thursday, 13 March 2025."
    result = analyse(text, published_on=datetime.date(2025, 3, 20))

    assert {"kh", "th"} <= selected(result, "country")


@pytest.mark.django_db
def test_a_heading_before_a_dash_is_not_taken_for_a_dateline_place(seeded):
    text = (
        "PRESS RELEASE - Officials from Cambodia and Thailand wrapped up a two-day meeting here on cross-border "
        "trafficking on 13 March 2025."
    )
    event = analyse(text, published_on=datetime.date(2025, 3, 20))["event"]

    assert event["city"] == ""
    assert (event["start_date"], event["end_date"]) == ("2025-03-12", "2025-03-13")
