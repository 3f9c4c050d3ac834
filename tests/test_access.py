"""Access: the three roles in the admin, the KBASE_REQUIRE_LOGIN switch, signing in and out, throttled failures."""

import io
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group, User
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.http import HttpRequest
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from meetings.admin.locking import VERSION_FIELD
from meetings.models import Event, Topic

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "a-long-enough-password"
EVENT = "2020-14th-commit-senior-officials-meeting"

pytestmark = pytest.mark.usefixtures("seeded")


def member_of(group, username, staff=True):
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, is_staff=staff)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def viewer(db):
    return member_of("Viewers", "viewer")


@pytest.fixture
def administrator(db):
    return member_of("Administrators", "administrator")


@pytest.fixture
def reader(db):
    """An active account outside every group and without staff status: it may read, not use the admin."""
    return member_of(None, "reader", staff=False)


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def topic_data(topic, **changes):
    return {"name": topic.name, "slug": topic.slug, "description": topic.description, **changes}


# --- Roles in the admin ------------------------------------------------------------


def test_a_viewer_reads_records_in_the_admin_but_cannot_add_change_or_delete(viewer):
    client = signed_in(viewer)
    topic = Topic.objects.create(name="Test topic", slug="test-topic")
    event = Event.objects.get(slug=EVENT)

    assert client.get(admin_url(Event, "changelist")).status_code == 200
    page = client.get(admin_url(Event, "change", event.pk))
    assert page.status_code == 200
    assert b'name="_save"' not in page.content  # shown read-only, without a save button

    assert client.post(admin_url(Topic, "change", topic.pk), topic_data(topic, name="Renamed")).status_code == 403
    assert client.get(admin_url(Topic, "add")).status_code == 403
    assert client.post(admin_url(Topic, "delete", topic.pk), {"post": "yes"}).status_code == 403
    topic.refresh_from_db()
    assert topic.name == "Test topic"
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_an_editor_adds_and_changes_records_but_cannot_delete_them_or_manage_users(editor):
    client = signed_in(editor)
    topic = Topic.objects.create(name="Test topic", slug="test-topic")

    page = client.get(admin_url(Topic, "change", topic.pk))
    version = page.context["adminform"].form[VERSION_FIELD].value()  # taken when the form is opened
    data = {**topic_data(topic, name="Renamed topic"), VERSION_FIELD: version}
    response = client.post(admin_url(Topic, "change", topic.pk), data)
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.name == "Renamed topic"
    added = client.post(admin_url(Topic, "add"), {"name": "Another topic", "slug": "", "description": ""})
    assert added.status_code == 302
    assert Topic.objects.filter(name="Another topic").exists()

    assert client.get(admin_url(Topic, "delete", topic.pk)).status_code == 403
    assert client.post(admin_url(Topic, "delete", topic.pk), {"post": "yes"}).status_code == 403
    assert Topic.objects.filter(pk=topic.pk).exists()
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


def test_an_administrator_deletes_records_and_manages_users_and_groups(administrator, viewer):
    client = signed_in(administrator)
    topic = Topic.objects.create(name="Test topic", slug="test-topic")

    assert client.post(admin_url(Topic, "delete", topic.pk), {"post": "yes"}).status_code == 302
    assert not Topic.objects.filter(pk=topic.pk).exists()

    assert client.get(reverse("admin:auth_user_changelist")).status_code == 200
    editors = Group.objects.get(name="Editors")
    change = client.get(reverse("admin:auth_user_change", args=[viewer.pk]))
    assert change.status_code == 200
    data = {
        "username": viewer.username,
        "email": viewer.email,
        "is_active": "on",
        "is_staff": "on",
        "groups": [str(editors.pk)],
        "date_joined_0": "2024-01-01",
        "date_joined_1": "00:00:00",
    }
    assert client.post(reverse("admin:auth_user_change", args=[viewer.pk]), data).status_code == 302
    assert list(viewer.groups.values_list("name", flat=True)) == ["Editors"]
    assert client.get(reverse("admin:auth_group_changelist")).status_code == 200
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 200


def test_the_roles_are_exactly_read_write_and_everything():
    def grants(name):
        return set(Group.objects.get(name=name).permissions.values_list("content_type__app_label", "codename"))

    viewers, editors, administrators = grants("Viewers"), grants("Editors"), grants("Administrators")
    assert {codename.split("_")[0] for _, codename in viewers} == {"view"}
    assert {codename.split("_")[0] for _, codename in editors} == {"add", "change", "view"}
    assert {app for app, _ in viewers | editors} == {"meetings"}
    assert viewers < editors < administrators
    assert ("meetings", "delete_event") in administrators
    assert {("auth", "add_user"), ("auth", "change_group"), ("axes", "delete_accessattempt")} <= administrators


def test_a_password_of_eleven_characters_is_refused_and_one_of_twelve_accepted():
    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("kq7-Lm2#xZp")
    validate_password("kq7-Lm2#xZpw")


def test_an_administrator_cannot_give_a_new_account_an_eleven_character_password(administrator):
    client = signed_in(administrator)
    data = {"username": "newcomer", "usable_password": "true", "password1": "kq7-Lm2#xZp", "password2": "kq7-Lm2#xZp"}
    response = client.post(reverse("admin:auth_user_add"), data)
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    assert not User.objects.filter(username="newcomer").exists()


# --- KBASE_REQUIRE_LOGIN -------------------------------------------------------------

PAGES = [
    "/",
    "/events/",
    f"/events/{EVENT}/",
    "/outcomes/",
    "/organizations/",
    "/people/",
    "/countries/la/",
    "/sources/",
    "/search/?q=ACTIP",
    "/events.csv?country=la",
    "/organizations.csv",
]
MACHINE_ENDPOINTS = [
    "/api/events/",
    f"/api/events/{EVENT}/",
    "/api/popolo.json",
    "/api/schema/",
    "/api/docs/",
    "/feeds/meetings.atom",
    "/feeds/meetings.ics?country=la",
]


@pytest.mark.parametrize("url", PAGES)
def test_with_login_required_anonymous_visitors_are_sent_to_sign_in_and_back(client, url):
    with override_settings(KBASE_REQUIRE_LOGIN=True):
        response = client.get(url)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("meetings:login")
    assert parse_qs(location.query) == {"next": [url]}  # the page asked for, with its filters, after signing in


@pytest.mark.parametrize("url", MACHINE_ENDPOINTS)
def test_with_login_required_the_api_and_feeds_refuse_anonymous_programs_without_a_redirect(client, url):
    with override_settings(KBASE_REQUIRE_LOGIN=True):
        response = client.get(url)
    assert response.status_code == 403
    assert "Location" not in response
    assert "Sign in first" in response.content.decode()


@pytest.mark.parametrize("url", PAGES + MACHINE_ENDPOINTS)
def test_with_login_required_any_signed_in_account_reads_everything(reader, url):
    client = signed_in(reader)
    with override_settings(KBASE_REQUIRE_LOGIN=True):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", PAGES + MACHINE_ENDPOINTS)
def test_without_login_required_anonymous_visitors_read_everything(client, url):
    with override_settings(KBASE_REQUIRE_LOGIN=False):
        assert client.get(url).status_code == 200


@override_settings(KBASE_REQUIRE_LOGIN=True)
def test_with_login_required_a_signed_in_viewer_sees_the_pages(viewer):
    client = signed_in(viewer)
    response = client.get(f"/events/{EVENT}/")
    assert response.status_code == 200
    assert "14th COMMIT Senior Officials Meeting" in response.content.decode()


@override_settings(KBASE_REQUIRE_LOGIN=True)
def test_with_login_required_a_deactivated_account_is_signed_out(reader):
    client = signed_in(reader)
    reader.is_active = False
    reader.save()
    assert client.get("/events/").status_code == 302


@override_settings(KBASE_REQUIRE_LOGIN=True)
def test_with_login_required_the_sign_in_pages_and_the_admin_sign_in_stay_open(client):
    page = client.get(reverse("meetings:login"))
    assert page.status_code == 200
    assert "open to signed-in users only" in page.content.decode()
    assert client.get(reverse("meetings:logged-out")).status_code == 200
    assert client.get(reverse("admin:login")).status_code == 200
    # The admin sends visitors to its own sign-in page, as it always has.
    admin = client.get(reverse("admin:index"))
    assert admin.status_code == 302
    assert admin["Location"].startswith(reverse("admin:login"))


def test_with_login_required_static_files_are_still_served():
    # WhiteNoise answers before any view; finders stand in for collectstatic here.
    with override_settings(KBASE_REQUIRE_LOGIN=True, WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=True):
        response = Client().get("/static/kbase/site.css")
        assert response.status_code == 200
        assert b".site-header" in b"".join(response.streaming_content)


# --- Signing in and out ----------------------------------------------------------------


def test_the_sign_in_page_has_labelled_fields_in_the_sites_layout(client):
    html = client.get(reverse("meetings:login")).content.decode()
    assert 'class="site-header"' in html
    assert '<label for="id_username">Username' in html
    assert '<label for="id_password">Password' in html
    assert 'autocomplete="current-password"' in html
    assert "Reading is open to everyone" in html


def test_a_wrong_password_is_shown_as_an_error_on_the_sign_in_page(client):
    member_of("Editors", "someone")
    response = client.post(reverse("meetings:login"), {"username": "someone", "password": "not the password"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_empty_form_marks_both_fields_as_required(client):
    html = client.post(reverse("meetings:login"), {}).content.decode()
    assert html.count("This field is required.") == 2
    assert 'aria-invalid="true"' in html
    assert 'id="id_username_error"' in html


@pytest.mark.parametrize(
    "next_url, lands_on",
    [
        ("/events/?country=la", "/events/?country=la"),
        ("https://evil.example/steal", "/"),
        ("//evil.example/steal", "/"),
        ("http://testserver.evil.example/", "/"),
        ("javascript:alert(1)", "/"),
    ],
)
def test_signing_in_follows_next_only_within_the_site(client, next_url, lands_on):
    member_of("Viewers", "someone")
    response = client.post(reverse("meetings:login"), {"username": "someone", "password": PASSWORD, "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == lands_on
    assert client.session["_auth_user_id"]


def test_the_sign_in_page_drops_an_outside_next_from_its_form(client):
    html = client.get(reverse("meetings:login"), {"next": "https://evil.example/"}).content.decode()
    assert "evil.example" not in html
    html = client.get(reverse("meetings:login"), {"next": "/events/"}).content.decode()
    assert 'name="next" value="/events/"' in html


def test_the_session_cookie_is_http_only_and_expires(client):
    member_of("Viewers", "someone")
    client.post(reverse("meetings:login"), {"username": "someone", "password": PASSWORD})
    cookie = client.cookies["sessionid"]
    assert cookie["httponly"]
    assert cookie["max-age"] == 60 * 60 * 12


@override_settings(SESSION_EXPIRE_AT_BROWSER_CLOSE=True)
def test_a_session_can_be_made_to_end_with_the_browser(client):
    member_of("Viewers", "someone")
    client.post(reverse("meetings:login"), {"username": "someone", "password": PASSWORD})
    assert client.cookies["sessionid"]["max-age"] == ""


@override_settings(KBASE_REQUIRE_LOGIN=True)
def test_an_expired_session_no_longer_signs_in(reader):
    client = signed_in(reader)
    assert client.get("/events/").status_code == 200
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timezone.timedelta(seconds=1)
    )
    assert client.get("/events/").status_code == 302


def test_the_header_offers_sign_in_or_names_the_user_with_a_sign_out_button(client, editor):
    anonymous = client.get("/events/?country=la").content.decode()
    assert f'href="{reverse("meetings:login")}?next=/events/%3Fcountry%3Dla">Sign in</a>' in anonymous

    html = signed_in(editor).get("/events/").content.decode()
    assert "Sign in</a>" not in html
    assert '<span class="header-user">editor</span>' in html
    form = html[html.index(f'<form action="{reverse("meetings:logout")}" method="post">') :]
    form = form[: form.index("</form>")]
    assert 'name="csrfmiddlewaretoken"' in form
    assert '<button type="submit">Sign out</button>' in form


def test_signing_out_by_post_ends_the_session_and_the_old_key_no_longer_signs_in(viewer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(viewer)
    old_key = client.session.session_key
    token = client.get("/events/").context["csrf_token"]

    response = client.post(reverse("meetings:logout"), {"csrfmiddlewaretoken": str(token)})
    assert response.status_code == 302
    assert response["Location"] == reverse("meetings:logged-out")
    assert not Session.objects.filter(session_key=old_key).exists()
    assert "You are signed out" in client.get(response["Location"]).content.decode()

    replay = Client()
    replay.cookies["sessionid"] = old_key
    assert replay.get(reverse("admin:index")).status_code == 302
    with override_settings(KBASE_REQUIRE_LOGIN=True):
        assert replay.get("/events/").status_code == 302


def test_signing_out_needs_a_post_with_the_csrf_token(viewer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(viewer)
    assert client.get(reverse("meetings:logout")).status_code == 405
    assert client.post(reverse("meetings:logout")).status_code == 403
    assert "_auth_user_id" in client.session


def test_a_signed_in_reader_costs_only_the_session_and_user_queries_more_than_a_visitor(
    reader, django_assert_max_num_queries
):
    with CaptureQueriesContext(connection) as anonymous:
        Client().get("/events/")
    client = signed_in(reader)
    with django_assert_max_num_queries(len(anonymous) + 2):
        assert client.get("/events/").status_code == 200


def test_tests_can_sign_in_with_a_password_by_passing_a_request(client):
    member_of("Viewers", "someone")
    assert client.login(request=HttpRequest(), username="someone", password=PASSWORD)


# --- Throttled failures ------------------------------------------------------------------


def sign_in(client, username, password, address="198.51.100.1", url=None):
    return client.post(
        url or reverse("meetings:login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


def is_lockout_page(response):
    html = response.content.decode()
    return response.status_code == 429 and "Sign-in locked for now" in html and 'class="site-header"' in html


def test_the_sixth_sign_in_to_an_account_from_an_address_after_five_failures_there_is_refused(client):
    member_of("Editors", "target")
    for _ in range(1, 5):
        assert sign_in(client, "target", "wrong password", "198.51.100.5").status_code == 200
    fifth = sign_in(client, "target", "wrong password", "198.51.100.5")
    assert is_lockout_page(fifth)
    assert "Try again in 15 minutes" in fifth.content.decode()

    sixth = sign_in(client, "target", PASSWORD, "198.51.100.5")
    assert is_lockout_page(sixth)
    assert "_auth_user_id" not in client.session
    # The account itself is not locked: from another address its user signs in (tests/test_sign_in_throttle.py).
    assert sign_in(client, "target", PASSWORD, "198.51.100.6").status_code == 302


def test_failures_from_one_address_over_many_accounts_lock_that_address(client, settings):
    member_of("Editors", "target")
    limit = settings.KBASE_LOGIN_ADDRESS_FAILURE_LIMIT
    for n in range(limit - 1):
        assert sign_in(client, f"guess{n}", "wrong password").status_code == 200
    assert is_lockout_page(sign_in(client, f"guess{limit}", "wrong password"))

    assert is_lockout_page(sign_in(client, "target", PASSWORD))
    assert "_auth_user_id" not in client.session
    # The account itself is fine from elsewhere.
    assert sign_in(client, "target", PASSWORD, address="203.0.113.9").status_code == 302


def test_a_few_typos_by_different_people_on_one_office_network_do_not_lock_it(client, settings):
    assert settings.KBASE_LOGIN_ADDRESS_FAILURE_LIMIT > settings.AXES_FAILURE_LIMIT
    member_of("Editors", "target")
    for n in range(settings.AXES_FAILURE_LIMIT + 1):
        assert sign_in(client, f"colleague{n}", "typo").status_code == 200
    assert sign_in(client, "target", PASSWORD).status_code == 302


def test_the_admin_sign_in_is_throttled_too_with_the_same_lockout_page(client):
    member_of("Administrators", "target")
    url = reverse("admin:login")
    for _ in range(4):
        assert sign_in(client, "target", "wrong password", url=url).status_code == 200
    assert is_lockout_page(sign_in(client, "target", "wrong password", url=url))
    assert is_lockout_page(sign_in(client, "target", PASSWORD, url=url))
    assert "_auth_user_id" not in client.session


@override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_behind_the_proxy_failures_are_counted_against_the_address_the_proxy_saw(client):
    client.post(
        reverse("meetings:login"),
        {"username": "nobody", "password": "wrong password"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="192.0.2.200, 203.0.113.7",
    )
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["203.0.113.7"]


def test_an_administrator_unlocks_an_account_with_the_management_command(client):
    member_of("Editors", "target")
    for _ in range(5):
        sign_in(client, "target", "wrong password")
    assert is_lockout_page(sign_in(client, "target", PASSWORD))

    call_command("axes_reset_username", "target", stdout=io.StringIO())
    assert sign_in(client, "target", PASSWORD).status_code == 302


def test_an_administrator_unlocks_an_account_by_deleting_its_attempts_in_the_admin(client, administrator):
    member_of("Editors", "target")
    for _ in range(5):
        sign_in(client, "target", "wrong password")
    attempts = list(AccessAttempt.objects.filter(username="target").values_list("pk", flat=True))
    admin = signed_in(administrator)
    response = admin.post(
        reverse("admin:axes_accessattempt_changelist"),
        {"action": "delete_selected", "_selected_action": attempts, "post": "yes"},
    )
    assert response.status_code == 302
    assert sign_in(client, "target", PASSWORD).status_code == 302


# --- Settings from the environment ------------------------------------------------------


@pytest.mark.parametrize(
    "variable, value",
    [
        ("KBASE_REQUIRE_LOGIN", "perhaps"),
        ("KBASE_LOGIN_FAILURE_LIMIT", "five"),
        ("KBASE_LOGIN_ADDRESS_FAILURE_LIMIT", "0"),
        ("KBASE_LOGIN_LOCKOUT_MINUTES", "-1"),
        ("KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT", "0"),
        ("KBASE_LOGIN_CONCURRENT_HASHES", "many"),
        ("SESSION_EXPIRE_AT_BROWSER_CLOSE", "sometimes"),
    ],
)
def test_a_malformed_access_setting_stops_start_up_naming_the_variable(variable, value):
    environment = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY"}}
    environment[variable] = value
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert variable in result.stderr
