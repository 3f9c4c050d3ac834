"""Entering a report by hand in the admin: each finding of a new editor's trial, as the behaviour that fixes it."""

import datetime

import pytest
from django.contrib import admin
from django.db.models import UniqueConstraint

from meetings.constraint_messages import MESSAGES
from meetings.dates import parse_partial_date
from meetings.models import (
    Attendance,
    Country,
    DatePrecision,
    Event,
    Organization,
    Participation,
    Person,
    Position,
    SourceReport,
    Statement,
    unique_slug,
)
from tests.test_admin import admin_url, form_errors, make_forum, make_organization, make_source, page_data

pytestmark = pytest.mark.usefixtures("unseeded")

REPORT_TEXT = """Bangkok, 14 November 2025. The ASEAN Senior Officials Meeting on Transnational Crime met in
Bangkok in November 2025. Delegations of Cambodia, Lao PDR, Myanmar, Thailand and Viet Nam attended.
Senior Colonel Nguyễn Thị Lan of the Ministry of Public Security led the delegation of Viet Nam.
A Police Major of the Royal Thai Police presented the joint investigation results.
"We must act together against online scam compounds," said Senior Colonel Nguyễn Thị Lan.
The meeting agreed to set up a regional task force on scam compounds."""

MEETING = "The ASEAN Senior Officials Meeting on Transnational Crime met in\nBangkok in November 2025"
DELEGATIONS = "Delegations of Cambodia, Lao PDR, Myanmar, Thailand and Viet Nam attended"
LED = "Senior Colonel Nguyễn Thị Lan of the Ministry of Public Security led the delegation of Viet Nam"
QUOTE = "We must act together against online scam compounds"
OUTCOME = "The meeting agreed to set up a regional task force on scam compounds"
MAJOR = "A Police Major of the Royal Thai Police presented the joint investigation results"


@pytest.fixture
def report():
    return make_source(text=REPORT_TEXT, title="SOMTC meets in Bangkok")


@pytest.fixture
def lan():
    return Person.objects.create(name="Nguyễn Thị Lan", nationality=Country.objects.get(code="VN"))


def add_event_data(client, **values):
    data = page_data(client.get(admin_url(Event, "add")))
    data.update({"title": "ASEAN Senior Officials Meeting on Transnational Crime", "status": "held", **values})
    return data


def post_event(client, data):
    return client.post(admin_url(Event, "add"), data)


# --- The report chosen once is the default source of every row --------------


def test_rows_without_a_source_cite_the_report_chosen_at_the_top(editor_client, report, lan):
    data = add_event_data(
        editor_client,
        report=str(report.pk),
        start_date="November 2025",
        **{
            "citations-0-passage": MEETING,
            "participations-0-country": ["VN"],
            "participations-0-role": "member_delegation",
            "participations-0-passage": DELEGATIONS,
            "attendances-0-person": str(lan.pk),
            "attendances-0-role": "head_of_delegation",
            "attendances-0-passage": LED,
            "outcomes-0-kind": "decision",
            "outcomes-0-status": "adopted",
            "outcomes-0-text": "A regional task force on scam compounds.",
            "outcomes-0-passage": OUTCOME,
        },
    )

    response = post_event(editor_client, data)

    assert response.status_code == 302, form_errors(response)
    event = Event.objects.get()
    cited = [
        event.citations.get(),
        event.participations.get().citations.get(),
        event.attendances.get().citations.get(),
        event.outcomes.get().citations.get(),
    ]
    assert {citation.source for citation in cited} == {report}


def test_a_passage_still_must_occur_in_the_report_chosen_at_the_top(editor_client, report):
    data = add_event_data(
        editor_client,
        report=str(report.pk),
        start_date="2025",
        **{"citations-0-passage": "The meeting was held in Jakarta"},
    )

    response = post_event(editor_client, data)

    assert response.status_code == 200
    assert "does not occur in the report" in str(form_errors(response)["citations"])
    assert not Event.objects.exists()


def test_the_report_box_of_a_saved_meeting_shows_the_report_it_cites(admin_client, report):
    event = Event.objects.create(title="SOMTC", start_date=datetime.date(2025, 11, 1), start_date_precision="month")
    event.citations.create(source=report, passage=MEETING)

    response = admin_client.get(admin_url(Event, "change", event.pk))

    assert response.context["adminform"].form["report"].value() == report.pk


# --- Several delegations in one row --------------------------------------------


def test_one_row_with_several_countries_saves_one_delegation_per_country(editor_client, report):
    data = add_event_data(
        editor_client,
        report=str(report.pk),
        start_date="14 November 2025",
        **{
            "participations-0-country": ["KH", "LA", "MM", "TH", "VN"],
            "participations-0-role": "member_delegation",
            "participations-0-note": "ASEAN member",
            "participations-0-passage": DELEGATIONS,
        },
    )

    response = post_event(editor_client, data)

    assert response.status_code == 302, form_errors(response)
    rows = Participation.objects.filter(event__title__startswith="ASEAN").order_by("country_id")
    assert [row.country_id for row in rows] == ["KH", "LA", "MM", "TH", "VN"]
    assert {(row.role, row.note) for row in rows} == {("member_delegation", "ASEAN member")}
    assert {(c.source_id, c.passage) for row in rows for c in row.citations.all()} == {(report.pk, DELEGATIONS)}
    assert sum(row.citations.count() for row in rows) == 5


def test_a_country_given_twice_in_one_role_is_a_form_error(editor_client, report):
    data = add_event_data(
        editor_client,
        report=str(report.pk),
        start_date="2025",
        **{
            "participations-TOTAL_FORMS": "2",
            "participations-0-country": ["KH", "VN"],
            "participations-0-role": "member_delegation",
            "participations-0-passage": DELEGATIONS,
            "participations-1-country": ["VN"],
            "participations-1-role": "member_delegation",
            "participations-1-passage": DELEGATIONS,
        },
    )

    response = post_event(editor_client, data)

    assert response.status_code == 200
    assert "Two rows have the same" in str(form_errors(response)["participations"])
    assert not Participation.objects.exists()


def test_several_countries_beside_an_organization_is_a_form_error(editor_client, report):
    organization = make_organization()
    data = add_event_data(
        editor_client,
        report=str(report.pk),
        start_date="2025",
        **{
            "participations-0-organization": str(organization.pk),
            "participations-0-country": ["KH", "VN"],
            "participations-0-role": "participant",
        },
    )

    response = post_event(editor_client, data)

    assert response.status_code == 200
    assert "at most one country" in str(form_errors(response)["participations"])


# --- A post may be a rank alone ---------------------------------------------------


def test_a_post_with_a_rank_and_no_title_saves_and_reads_as_the_rank(admin_client, report):
    person = Person.objects.create(name="Somchai Rattanakorn")
    police = Organization.objects.create(name="Royal Thai Police", kind=Organization.Kind.NATIONAL_POLICE)
    data = page_data(admin_client.get(admin_url(Position, "add")))
    data.update(
        {
            "person": str(person.pk),
            "organization": str(police.pk),
            "rank": "Police Major",
            "citations-0-source": str(report.pk),
            "citations-0-passage": MAJOR,
        }
    )

    response = admin_client.post(admin_url(Position, "add"), data)

    assert response.status_code == 302, form_errors(response)
    position = Position.objects.get()
    assert (position.title, position.rank, position.label) == ("", "Police Major", "Police Major")
    event = Event.objects.create(title="SOMTC", start_date=datetime.date(2025, 11, 14))
    Attendance.objects.create(event=event, person=person, role="speaker", position=position)
    page = admin_client.get(event.get_absolute_url()).content.decode()
    assert "Then Police Major" in page and "Police Major, ," not in page and "Major, </div>" not in page
    person_page = admin_client.get(person.get_absolute_url()).content.decode()
    assert "<strong>Police Major</strong>" in person_page


def test_a_post_with_neither_title_nor_rank_is_refused_on_the_title(admin_client):
    person = Person.objects.create(name="Somchai Rattanakorn")
    police = Organization.objects.create(name="Royal Thai Police", kind=Organization.Kind.NATIONAL_POLICE)
    data = page_data(admin_client.get(admin_url(Position, "add")))
    data.update({"person": str(person.pk), "organization": str(police.pk)})

    response = admin_client.post(admin_url(Position, "add"), data)

    assert response.status_code == 200
    assert form_errors(response)["form"]["title"] == [MESSAGES["position_title_or_rank"][1]]


# --- Organization and country filled from the post --------------------------------


def test_choosing_the_post_fills_the_person_organization_and_country(editor_client, report, lan):
    ministry = make_organization()  # of Viet Nam
    post = Position.objects.create(person=lan, organization=ministry, rank="Senior Colonel")
    data = add_event_data(
        editor_client,
        report=str(report.pk),
        start_date="2025",
        **{"attendances-0-position": str(post.pk), "attendances-0-role": "head_of_delegation"},
    )
    data.pop("attendances-0-person", None)

    response = post_event(editor_client, data)

    assert response.status_code == 302, form_errors(response)
    attendance = Attendance.objects.get()
    assert (attendance.person, attendance.organization, attendance.country_id) == (lan, ministry, "VN")


# --- Search and autocomplete ignore diacritics and case ------------------------------


@pytest.mark.parametrize("typed", ["Nguyen Thi Lan", "nguyen thi", "NGUYỄN", "Lan Nguyen"])
def test_person_autocomplete_finds_a_name_typed_without_diacritics(editor_client, lan, typed):
    response = editor_client.get(
        "/admin/autocomplete/",
        {"term": typed, "app_label": "meetings", "model_name": "attendance", "field_name": "person"},
    )

    assert response.status_code == 200
    assert [row["text"] for row in response.json()["results"]] == ["Nguyễn Thị Lan"]


def test_person_list_search_finds_a_name_typed_without_diacritics(editor_client, lan):
    Person.objects.create(name="Đặng Thị Hằng")

    response = editor_client.get(admin_url(Person, "changelist"), {"q": "dang thi hang"})

    assert [person.name for person in response.context["cl"].result_list] == ["Đặng Thị Hằng"]


def test_post_autocomplete_finds_the_holder_typed_without_diacritics(editor_client, lan):
    Position.objects.create(person=lan, organization=make_organization(), rank="Senior Colonel")

    response = editor_client.get(
        "/admin/autocomplete/",
        {"term": "nguyen", "app_label": "meetings", "model_name": "attendance", "field_name": "position"},
    )

    assert len(response.json()["results"]) == 1


# --- Slugs made on the server ---------------------------------------------------------------


def test_no_admin_page_makes_slugs_in_the_browser():
    assert {
        type(model_admin).__name__ for model_admin in admin.site._registry.values() if model_admin.prepopulated_fields
    } == set()


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Nguyễn Thị Lan", "nguyen-thi-lan"),
        ("Đặng Thị Hằng", "dang-thi-hang"),
        ("Đỗ Văn Hoanh", "do-van-hoanh"),
        ("สมชาย รัตนกร", "smchay-ratnkr"),
    ],
)
def test_a_person_added_without_a_slug_gets_a_transliterated_one(editor_client, name, slug):
    data = page_data(editor_client.get(admin_url(Person, "add")))
    data.update({"name": name, "slug": ""})

    response = editor_client.post(admin_url(Person, "add"), data)

    assert response.status_code == 302, form_errors(response)
    assert Person.objects.get().slug == slug


def test_a_recurring_meeting_with_the_same_title_gets_a_unique_slug_with_its_year(editor_client):
    forum = make_forum()
    slugs = []
    for day in ["12 November 2024", "November 2025", "2025"]:
        data = add_event_data(editor_client, title="ASEANAPOL Conference", forum=str(forum.pk), start_date=day)
        response = post_event(editor_client, data)
        assert response.status_code == 302, form_errors(response)
        slugs.append(Event.objects.latest("pk").slug)

    assert slugs == ["2024-aseanapol-conference", "2025-aseanapol-conference", "2025-aseanapol-conference-2"]


def test_a_slug_typed_that_is_taken_gets_a_sentence_not_django_s_message(editor_client):
    Person.objects.create(name="Nguyễn Thị Lan")
    data = page_data(editor_client.get(admin_url(Person, "add")))
    data.update({"name": "Nguyen Thi Lan", "slug": "nguyen-thi-lan"})

    response = editor_client.post(admin_url(Person, "add"), data)

    assert response.status_code == 200
    assert "leave it empty to have one made" in str(form_errors(response)["form"]["slug"])


def test_unique_slug_never_leaves_a_name_in_another_script_empty(db):
    assert unique_slug(Person, "ສົມພອນ") not in {"", "item"}


# --- Dates typed as reports give them ----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "date", "precision"),
    [
        ("2025-11-12", datetime.date(2025, 11, 12), "day"),
        ("12 November 2025", datetime.date(2025, 11, 12), "day"),
        ("November 12, 2025", datetime.date(2025, 11, 12), "day"),
        ("12 Nov 2025", datetime.date(2025, 11, 12), "day"),
        ("November 2025", datetime.date(2025, 11, 1), "month"),
        ("Nov 2025", datetime.date(2025, 11, 1), "month"),
        ("nov. 2025", datetime.date(2025, 11, 1), "month"),
        ("2025-11", datetime.date(2025, 11, 1), "month"),
        ("2025", datetime.date(2025, 1, 1), "year"),
        ("25/12/2025", datetime.date(2025, 12, 25), "day"),
        ("12/11/2025", datetime.date(2025, 11, 12), "day"),
    ],
)
def test_parse_partial_date_reads_the_date_and_its_precision(typed, date, precision):
    assert parse_partial_date(typed) == (date, precision)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("next week", "is not a date this box understands"),
        ("2025-13", "There is no month 13"),
        ("31 February 2025", "February 2025 has no day 31"),
        ("12/13/2025", "There is no month 13"),
        ("", "Enter a date"),
    ],
)
def test_parse_partial_date_explains_what_it_cannot_read(typed, says):
    with pytest.raises(ValueError, match=says):
        parse_partial_date(typed)


@pytest.mark.parametrize(
    ("typed", "date", "precision", "shown"),
    [
        ("November 2025", datetime.date(2025, 11, 1), "month", "November 2025"),
        ("2025-11", datetime.date(2025, 11, 1), "month", "November 2025"),
        ("2025", datetime.date(2025, 1, 1), "year", "2025"),
        ("2025-11-12", datetime.date(2025, 11, 12), "day", "12 November 2025"),
    ],
)
def test_a_meeting_date_typed_as_the_report_gives_it_sets_its_precision(editor_client, typed, date, precision, shown):
    response = post_event(editor_client, add_event_data(editor_client, start_date=typed))

    assert response.status_code == 302, form_errors(response)
    event = Event.objects.get()
    assert (event.start_date, event.start_date_precision) == (date, precision)
    change_page = editor_client.get(admin_url(Event, "change", event.pk))
    assert change_page.context["adminform"].form["start_date"].value() == shown


def test_a_date_that_cannot_be_read_gets_one_message_about_what_was_typed(editor_client):
    response = post_event(editor_client, add_event_data(editor_client, start_date="Novembre 2025"))

    assert response.status_code == 200
    errors = form_errors(response)["form"]["start_date"]
    assert len(errors) == 1
    assert "“Novembre 2025” is not a date this box understands" in errors[0]


def test_a_partial_date_on_a_post_sets_its_precision(admin_client, lan):
    data = page_data(admin_client.get(admin_url(Position, "add")))
    data.update(
        {"person": str(lan.pk), "organization": str(make_organization().pk), "rank": "Colonel", "start_date": "2019"}
    )

    response = admin_client.post(admin_url(Position, "add"), data)

    assert response.status_code == 302, form_errors(response)
    assert (Position.objects.get().start_date_precision, Position.objects.get().start_date.year) == ("year", 2019)


def test_a_date_without_a_precision_must_be_whole(admin_client):
    data = page_data(admin_client.get(admin_url(SourceReport, "add")))
    data.update({"title": "A report", "text": "Some text.", "published_on": "November 2025"})

    response = admin_client.post(admin_url(SourceReport, "add"), data)

    assert response.status_code == 200
    assert "Give the day too" in str(form_errors(response)["form"]["published_on"])


def test_date_boxes_are_plain_text_without_the_calendar_or_the_time_zone_notice(editor_client):
    page = editor_client.get(admin_url(Event, "add")).content.decode()

    assert 'name="start_date"' in page
    assert "vDateField" not in page
    assert "DateTimeShortcuts.js" not in page


# --- Every constraint shown as a sentence on the field it concerns -------------------------------


# Counts derived from the meetings by meetings/facets.py: no one enters them, so no form shows their constraints.
DERIVED = {"EventFacet", "FacetTotal", "FacetPair"}


def entered_models():
    from django.apps import apps

    return [m for m in apps.get_app_config("meetings").get_models() if m.__name__ not in DERIVED]


def test_every_named_constraint_has_a_sentence_on_a_field_it_checks():
    missing, wrong_field = [], []
    for model in entered_models():
        names = {f.name for f in model._meta.get_fields()} | {"__all__"}
        for constraint in model._meta.constraints:
            if constraint.name not in MESSAGES:
                missing.append(constraint.name)
            elif MESSAGES[constraint.name][0] not in names:
                wrong_field.append(constraint.name)
    assert missing == [] and wrong_field == []


def test_a_delegation_row_without_organization_or_country_says_so_on_the_country(editor_client, report):
    data = add_event_data(
        editor_client,
        report=str(report.pk),
        start_date="2025",
        **{"participations-0-role": "member_delegation", "participations-0-passage": DELEGATIONS},
    )

    response = post_event(editor_client, data)

    assert response.status_code == 200
    row = form_errors(response)["participations"][1]
    assert row["country"] == [MESSAGES["participation_has_participant"][1]]
    assert "Constraint “" not in response.content.decode()


def test_a_conditional_unique_constraint_reads_as_a_sentence_on_its_field(admin_client, report):
    event = Event.objects.create(title="SOMTC", start_date=datetime.date(2025, 11, 14))
    Participation.objects.create(event=event, country_id="VN", role="member_delegation")
    data = page_data(admin_client.get(admin_url(Participation, "add")))
    data.update({"event": str(event.pk), "country": "VN", "role": "member_delegation"})

    response = admin_client.post(admin_url(Participation, "add"), data)

    assert response.status_code == 200
    assert form_errors(response)["form"]["country"] == [MESSAGES["participation_delegation_unique"][1]]
    assert "Constraint “" not in response.content.decode()


@pytest.mark.parametrize(
    ("model", "values", "field"),
    [
        (Event, {"title": "SOMTC", "status": "held", "number": "3"}, "number"),
        (Event, {"title": "SOMTC", "status": "held", "start_date": "2025", "date_inferred": "year"}, "date_note"),
    ],
)
def test_meeting_constraints_show_on_their_field(admin_client, model, values, field):
    data = page_data(admin_client.get(admin_url(model, "add")))
    data.update(values)

    response = admin_client.post(admin_url(model, "add"), data)

    assert response.status_code == 200
    assert form_errors(response)["form"][field]
    assert "Constraint “" not in response.content.decode()


def test_a_date_that_breaks_its_precision_outside_the_admin_reads_as_a_sentence_on_the_date(db):
    from django.core.exceptions import ValidationError

    event = Event(title="SOMTC", start_date=datetime.date(2025, 11, 14), start_date_precision="month")
    with pytest.raises(ValidationError) as raised:
        event.validate_constraints()
    assert raised.value.message_dict == {"start_date": [MESSAGES["event_start_date_month_first_day"][1]]}


def test_django_unique_messages_are_not_left_for_unconditional_constraints():
    unconditional = [
        c.name
        for model in entered_models()
        for c in model._meta.constraints
        if isinstance(c, UniqueConstraint) and c.condition is None
    ]
    assert unconditional and all(name in MESSAGES for name in unconditional)


# --- Statements entered on the meeting's page ------------------------------------------------


def test_a_quoted_call_to_action_is_entered_on_the_meetings_page(editor_client, report, lan):
    data = add_event_data(
        editor_client,
        report=str(report.pk),
        start_date="14 November 2025",
        **{
            "attendances-0-person": str(lan.pk),
            "attendances-0-role": "head_of_delegation",
            "attendances-0-passage": LED,
            "attendances-0-statement": QUOTE,
            "attendances-0-statement_kind": "quote",
        },
    )

    response = post_event(editor_client, data)

    assert response.status_code == 302, form_errors(response)
    statement = Statement.objects.get()
    assert (statement.attendance.person, statement.text, statement.kind, statement.source) == (
        lan,
        QUOTE,
        "quote",
        report,
    )
    event = Event.objects.get()
    assert QUOTE in editor_client.get(event.get_absolute_url()).content.decode()


def test_a_quote_that_is_not_in_the_report_is_refused(editor_client, report, lan):
    data = add_event_data(
        editor_client,
        report=str(report.pk),
        start_date="2025",
        **{
            "attendances-0-person": str(lan.pk),
            "attendances-0-role": "speaker",
            "attendances-0-statement": "We will end trafficking by 2030",
            "attendances-0-statement_kind": "quote",
        },
    )

    response = post_event(editor_client, data)

    assert response.status_code == 200
    assert "word for word" in str(form_errors(response)["attendances"])
    assert not Statement.objects.exists()


def test_a_paraphrase_need_not_occur_word_for_word(editor_client, report, lan):
    data = add_event_data(
        editor_client,
        report=str(report.pk),
        start_date="2025",
        **{
            "attendances-0-person": str(lan.pk),
            "attendances-0-role": "speaker",
            "attendances-0-statement": "Called for joint action against scam compounds.",
            "attendances-0-statement_kind": "paraphrase",
        },
    )

    response = post_event(editor_client, data)

    assert response.status_code == 302, form_errors(response)
    assert Statement.objects.get().kind == "paraphrase"


def test_the_first_statement_shows_in_its_attendance_row_and_can_be_corrected(admin_client, report, lan):
    event = Event.objects.create(title="SOMTC", start_date=datetime.date(2025, 11, 14))
    attendance = Attendance.objects.create(event=event, person=lan, role="speaker")
    Statement.objects.create(attendance=attendance, kind="paraphrase", text="Called for action.", source=report)
    url = admin_url(Event, "change", event.pk)
    data = page_data(admin_client.get(url))
    assert data["attendances-0-statement"] == "Called for action."

    data["attendances-0-statement"] = "Called for joint action against scam compounds."
    response = admin_client.post(url, data)

    assert response.status_code == 302, form_errors(response)
    assert Statement.objects.get().text == "Called for joint action against scam compounds."


# --- Unchanged pages save unchanged ----------------------------------------------------------------


def test_a_month_precision_meeting_saved_unchanged_keeps_its_precision(admin_client):
    event = Event.objects.create(
        title="SOMTC", start_date=datetime.date(2025, 11, 1), start_date_precision=DatePrecision.MONTH
    )
    url = admin_url(Event, "change", event.pk)

    response = admin_client.post(url, page_data(admin_client.get(url)))

    assert response.status_code == 302, form_errors(response)
    event.refresh_from_db()
    assert (event.start_date, event.start_date_precision) == (datetime.date(2025, 11, 1), "month")


def test_countries_added_to_a_saved_delegation_row_become_rows_of_their_own(admin_client, report):
    event = Event.objects.create(title="SOMTC", start_date=datetime.date(2025, 11, 14))
    saved = Participation.objects.create(event=event, country_id="VN", role="member_delegation")
    saved.citations.create(source=report, passage=DELEGATIONS)
    url = admin_url(Event, "change", event.pk)
    data = page_data(admin_client.get(url))
    assert data["participations-0-country"] == ["VN"]

    data["participations-0-country"] = ["LA", "VN"]
    response = admin_client.post(url, data)

    assert response.status_code == 302, form_errors(response)
    rows = {row.country_id: row for row in event.participations.all()}
    assert set(rows) == {"LA", "VN"}
    assert rows["VN"].pk == saved.pk
    assert rows["LA"].citations.get().passage == DELEGATIONS
