"""Production settings: clean deployment checks, no start half-configured, protective headers, cached static files.

Settings are read once per process, so what production does is seen by starting Django in a subprocess with a
production environment (DEBUG off, a real key, the host name); the rest looks at pages of the test site.
"""

import base64
import hashlib
import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import include, path, reverse

from meetings.models import Event

ROOT = Path(__file__).resolve().parent.parent
HOST = "kbase.example.org"
# Whatever the developer's shell (or the browser tests' conftest) sets for the site must not leak into the
# production that a test starts.
SITE_VARIABLES = re.compile(
    r"^(DEBUG|SECRET_KEY|ALLOWED_HOSTS|DATABASE_URL|STATIC_ROOT|CSRF_|SECURE_|SESSION_|CSP_|BEHIND_"
    r"|DJANGO_ALLOW_ASYNC_UNSAFE)"
)

POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", settings.ERROR_PAGE_STYLE_HASH],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def directives(header):
    """A Content-Security-Policy header as {directive: [sources]}."""
    parts = [part.split() for part in header.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


def production(*args, tmp_path, **env):
    """Run `python *args` in the project as production would: DEBUG off, a random key, the site's host name."""
    environment = {name: value for name, value in os.environ.items() if not SITE_VARIABLES.match(name)}
    environment.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
    )
    for name, value in env.items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300
    )


# --- Deployment checks ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [{}, {"SECURE_HSTS_PRELOAD": "true"}, {"CSP_REPORT_ONLY": "true", "CSP_REPORT_URI": "/csp-reports/"}],
    ids=["defaults", "hsts-preload", "csp-report-only"],
)
def test_deployment_checks_report_nothing_in_production(tmp_path, env):
    result = production("manage.py", "check", "--deploy", "--fail-level", "WARNING", tmp_path=tmp_path, **env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("System check identified no issues"), result.stdout
    assert result.stderr == ""


def test_deployment_checks_still_warn_when_a_protection_is_turned_off(tmp_path):
    result = production(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", tmp_path=tmp_path, SECURE_HSTS_SECONDS="0"
    )

    assert result.returncode != 0
    assert "security.W004" in result.stderr


# --- Refusing to start half-configured ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variable, env",
    [
        ("SECRET_KEY", {"SECRET_KEY": None}),
        ("SECRET_KEY", {"SECRET_KEY": ""}),
        ("SECRET_KEY", {"SECRET_KEY": "django-insecure-development-only-key-do-not-use-in-production"}),
        ("SECRET_KEY", {"SECRET_KEY": "short-but-random-7f3Kq9Zp2L"}),
        ("SECRET_KEY", {"SECRET_KEY": "ab" * 40}),
        ("ALLOWED_HOSTS", {"ALLOWED_HOSTS": None}),
        ("ALLOWED_HOSTS", {"ALLOWED_HOSTS": " , "}),
    ],
    ids=["key-missing", "key-empty", "key-development", "key-short", "key-repetitive", "hosts-missing", "hosts-empty"],
)
def test_the_app_server_refuses_to_start_half_configured_and_names_the_variable(tmp_path, variable, env):
    # gunicorn starts the site by importing the WSGI application, as this does.
    result = production("-c", "import kbase.wsgi", tmp_path=tmp_path, **env)

    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith("django.core.exceptions.ImproperlyConfigured: ")
    assert variable in last_line


def test_the_app_server_starts_with_the_production_environment_set(tmp_path):
    result = production("-c", "import kbase.wsgi", tmp_path=tmp_path)

    assert result.returncode == 0, result.stderr


# --- What a production server sends ---------------------------------------------------------------------------------

# Runs in the production subprocess: a minimal database for signing in, then requests through the whole stack.
PROBE = f"""
import json
import django

django.setup()
from django.contrib.auth.models import User
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client

for app in ["auth", "sessions", "axes"]:
    call_command("migrate", app, verbosity=0)
User.objects.create_user("editor", password="a-long-editor-password", is_staff=True)
client = Client(HTTP_HOST="{HOST}")


def seen(response):
    return {{
        "status": response.status_code,
        "headers": dict(response.headers),
        "cookies": {{
            name: {{"secure": bool(c["secure"]), "httponly": bool(c["httponly"]), "samesite": c["samesite"]}}
            for name, c in response.cookies.items()
        }},
        "body": b"".join(response).decode("utf-8", "replace") if response.streaming else response.content.decode(),
    }}


stylesheet = static("kbase/site.css")
print(json.dumps({{
    "plain_http": seen(client.get("/api/docs/")),
    "page": seen(client.get("/api/docs/", secure=True)),
    "sign_in_form": seen(client.get("/admin/login/", secure=True)),
    "signed_in": seen(client.post(
        "/admin/login/", {{"username": "editor", "password": "a-long-editor-password", "next": "/admin/"}}, secure=True
    )),
    "stylesheet_url": stylesheet,
    "stylesheet": seen(client.get(stylesheet, secure=True, headers={{"Accept-Encoding": "gzip"}})),
}}))
"""


def probe(tmp_path, **env):
    collected = production("manage.py", "collectstatic", "--no-input", "-v0", tmp_path=tmp_path, **env)
    assert collected.returncode == 0, collected.stderr
    result = production("-c", PROBE, tmp_path=tmp_path, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """What a production kbase answers, with the default production settings."""
    return probe(tmp_path_factory.mktemp("production"))


def test_production_sends_plain_http_to_https(served):
    assert served["plain_http"]["status"] == 301
    assert served["plain_http"]["headers"]["Location"] == f"https://{HOST}/api/docs/"


def test_production_pages_carry_the_policy_and_the_protective_headers(served):
    page = served["page"]
    headers = page["headers"]

    assert page["status"] == 200
    assert directives(headers["Content-Security-Policy"]) == POLICY
    assert "Content-Security-Policy-Report-Only" not in headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_production_cookies_are_secure_hidden_from_scripts_and_same_site(served):
    csrf = served["sign_in_form"]["cookies"]["csrftoken"]
    assert csrf == {"secure": True, "httponly": True, "samesite": "Lax"}

    signed_in = served["signed_in"]
    assert signed_in["status"] == 302, "the editor could not sign in"
    assert signed_in["cookies"]["sessionid"] == {"secure": True, "httponly": True, "samesite": "Lax"}


def test_production_serves_hashed_static_files_compressed_and_cached_for_good(served):
    url = served["stylesheet_url"]
    assert re.fullmatch(r"/static/kbase/site\.[0-9a-f]{12}\.css", url)
    assert url in served["page"]["body"], "pages must link the hashed name, or browsers keep a stale copy"

    stylesheet = served["stylesheet"]
    assert stylesheet["status"] == 200
    assert stylesheet["headers"]["Content-Type"].startswith("text/css")
    assert stylesheet["headers"]["Content-Encoding"] == "gzip"
    cache = stylesheet["headers"]["Cache-Control"]
    assert "immutable" in cache
    assert int(re.search(r"max-age=(\d+)", cache).group(1)) >= 365 * 24 * 3600


def test_production_static_files_carry_the_same_protective_headers_as_pages(served):
    # "Every response": a static file opened on its own (an SVG can hold a script) is framed, sniffed and
    # referred the same way as a page.
    page, stylesheet = served["page"]["headers"], served["stylesheet"]["headers"]
    for name in [
        "Content-Security-Policy",
        "Strict-Transport-Security",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ]:
        assert stylesheet.get(name) == page[name], name


def test_hsts_and_report_only_policy_follow_the_environment(tmp_path):
    served = probe(
        tmp_path,
        SECURE_HSTS_SECONDS="600",
        SECURE_HSTS_PRELOAD="true",
        CSP_REPORT_ONLY="true",
        CSP_REPORT_URI="/csp-reports/",
    )
    headers = served["page"]["headers"]

    assert headers["Strict-Transport-Security"] == "max-age=600; includeSubDomains; preload"
    assert "Content-Security-Policy" not in headers
    assert directives(headers["Content-Security-Policy-Report-Only"]) == {**POLICY, "report-uri": ["/csp-reports/"]}


# --- The policy on the pages of the site ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/events/",
        "/events/2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons/",
        "/api/docs/",
        "/api/events/?output=json",
        "/no-such-page/",
    ],
)
def test_public_pages_send_the_policy_with_no_inline_script_or_style(client, seeded, url):
    response = client.get(url)

    assert directives(response["Content-Security-Policy"]) == POLICY
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_admin_change_page_sends_the_same_policy(admin_client, seeded):
    event = Event.objects.order_by("pk").first()

    response = admin_client.get(reverse("admin:meetings_event_change", args=[event.pk]))

    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == POLICY
    assert response["X-Frame-Options"] == "DENY"


def test_only_the_browsable_api_pages_allow_inline_styles_and_never_inline_scripts(client, seeded):
    response = client.get("/api/events/", headers={"Accept": "text/html"})

    assert response.status_code == 200
    assert b"<html" in response.content
    policy = directives(response["Content-Security-Policy"])
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["script-src"] == ["'self'"]
    assert {name: sources for name, sources in policy.items() if name != "style-src"} == {
        name: sources for name, sources in POLICY.items() if name != "style-src"
    }


def fail(request):
    raise RuntimeError("a deliberate failure to show the server error page")


urlpatterns = [path("fail/", fail), path("", include("kbase.urls"))]


def test_the_server_error_pages_inline_style_is_allowed_by_its_hash(client, settings):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    template = (ROOT / "templates" / "errors" / "style.html").read_text()
    style = re.search(r"<style>(.*?)</style>", template, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()

    response = client.get("/fail/")

    assert response.status_code == 500
    assert style in response.content.decode()
    expected = f"'sha256-{digest}'"
    assert settings.ERROR_PAGE_STYLE_HASH == expected, f"style changed: set ERROR_PAGE_STYLE_HASH to {expected}"
    assert settings.ERROR_PAGE_STYLE_HASH in directives(response["Content-Security-Policy"])["style-src"]
