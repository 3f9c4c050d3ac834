"""
Settings for kbase.

Every deployment choice is read from the environment. The defaults are for a
developer's machine: DEBUG on, a SQLite file beside manage.py, a throwaway key.
Production (DEBUG off) refuses to start without a real SECRET_KEY and ALLOWED_HOSTS.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from kbase.static_headers import add_security_headers

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    if value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0, true/false, yes/no, on/off; got {value!r}")


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {value!r}") from None


def env_list(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_database(name, default):
    url = os.environ.get(name) or default
    # One URL picks the engine: sqlite:/// for a server-less start, postgres:// for the real thing.
    if not url.startswith(("sqlite:", "postgres:", "postgresql:", "pgsql:")):
        raise ImproperlyConfigured(f"{name} must start with sqlite:// or postgres://; got {url!r}")
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0))
    except Exception as exc:  # dj-database-url raises several kinds for a malformed URL
        raise ImproperlyConfigured(f"{name} is not a valid database URL: {exc}") from None
    if config["ENGINE"] == "django.db.backends.postgresql":
        if not config.get("NAME"):
            raise ImproperlyConfigured(f"{name} must name a database, e.g. postgres://user@host:5432/kbase")
        # JIT compilation pays off for long analytical queries; for a page's queries it adds 50-100 ms of compiling
        # to exactly the ones the planner thinks expensive, such as facet counts over many meetings.
        config.setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    return config


DEBUG = env_bool("DEBUG", True)

_DEV_SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", _DEV_SECRET_KEY if DEBUG else "")
# The same test as check --deploy's W009 (long, varied, not a generated development key), made fatal in production.
if not DEBUG and (len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure")):
    raise ImproperlyConfigured("SECRET_KEY must be set to a random value of at least 50 characters when DEBUG is off")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names when DEBUG is off")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])


def env_site_url(name, default):
    """The site's public address, scheme and host only (https://kbase.example.org), without a trailing slash."""
    value = (os.environ.get(name) or default).strip().rstrip("/")
    scheme, _, rest = value.partition("://")
    if scheme not in ("http", "https") or not rest or "/" in rest or "?" in rest or "#" in rest:
        raise ImproperlyConfigured(f"{name} must be an address such as https://kbase.example.org; got {value!r}")
    return value


# The address the site is published under. Calendar UIDs, Atom ids and canonical links are built from it rather than
# from each request's Host header, so an alias or a move to a new domain does not turn every meeting into a new one
# in subscribers' calendars and feed readers, and two deployments never share ids. By default: the first host in
# ALLOWED_HOSTS over HTTPS in production, the development server on a developer's machine.
_FIRST_HOST = next((host for host in ALLOWED_HOSTS if host and not host.startswith((".", "*"))), "localhost")
KBASE_SITE_URL = env_site_url("KBASE_SITE_URL", "http://localhost:8000" if DEBUG else f"https://{_FIRST_HOST}")

INSTALLED_APPS = [
    # First, so that its createsuperuser (which applies the password rules) replaces django.contrib.auth's.
    "meetings",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "axes",
    "csp",
    "simple_history",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files straight from the app server, compressed and cached forever under hashed names.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Notes the end of a database outage (meetings/outage.py); static files above never touch the database.
    "meetings.outage.OutageEndMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # With a read replica: who reads from the primary (signed-in staff, the admin, whoever has just written).
    "meetings.replica.ReadOwnWritesMiddleware",
    # Gives the audit history the user who made each change (meetings/history.py).
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "meetings.access.LoginRequiredMiddleware",
    # A sign-in refused before its password is checked (an account's hourly rate, every hashing slot busy): a page.
    "meetings.signin.SignInRefusalMiddleware",
    # A bad id or filter value in an admin address answers 400, not a server error (meetings/admin/errors.py).
    "meetings.admin.errors.AdminBadInputMiddleware",
    # Last, as django-axes asks: it turns a sign-in refused for too many failures into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kbase.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "meetings.context_processors.limits",
            ],
        },
    },
]

WSGI_APPLICATION = "kbase.wsgi.application"

# The admin posts 7 to 10 fields for each inline row (its id, the fact's fields, the citation, the version token), so a
# meeting of a few hundred participations and attendances sends thousands of fields, past Django's default of 1,000.
# The number stays bounded by DATA_UPLOAD_MAX_MEMORY_SIZE: 2.5 MB of form holds at most some 60,000 admin fields (each
# name=value pair takes 40 bytes or more), and parsing them is linear, so this limit only stops absurd forms sooner.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # Django's default, stated: a report's full text fits with room to spare
DATA_UPLOAD_MAX_NUMBER_FIELDS = 50_000

DATABASES = {"default": env_database("DATABASE_URL", f"sqlite:///{BASE_DIR / 'kbase.sqlite3'}")}
# A read replica (streaming replication, scripts/replica): reads go to it, writes and every read of an editor who is
# signed in, or has just saved, go to the primary (meetings/replica.py). In tests it mirrors the primary, as Django's
# test databases cannot be created on a read-only server.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = env_database("DATABASE_REPLICA_URL", "")
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["meetings.replica.ReplicaRouter"]
# How long after a request that wrote its browser keeps reading from the primary, so its author sees the change even
# while the replica is a moment behind.
KBASE_READ_OWN_WRITES_SECONDS = env_int("KBASE_READ_OWN_WRITES_SECONDS", 30)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Signing in refuses longer passwords before hashing them (meetings/signin.py), so none can be set.
    {"NAME": "meetings.signin.MaximumLengthValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Bangkok")
try:
    import zoneinfo

    zoneinfo.ZoneInfo(TIME_ZONE)
except (zoneinfo.ZoneInfoNotFoundError, ValueError):
    raise ImproperlyConfigured(f"TIME_ZONE must be an IANA time zone such as Asia/Bangkok; got {TIME_ZONE!r}") from None
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, pre-compressed files need collectstatic, which a production start runs (scripts/serve).
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Over HTTPS in production; a development server over plain HTTP keeps working.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Preloading commits the whole registrable domain (every subdomain of the organization's domain, not only this
# site) to HTTPS in browsers for months and is only possible from the domain's apex, so it stays the domain
# owner's choice: without it check --deploy would warn on every deployment on a subdomain, where it cannot apply.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_HTTPS_PROXY", False) else None
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60 * 12)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", False)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# No script reads the CSRF cookie: the admin's forms carry the token, the API's browsable pages embed it.
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (django-csp): the pages load nothing but the site's own files and run no inline script
# or style. The one inline style is the self-contained error pages' (templates/errors/style.html), allowed by its
# hash (tests/test_production.py says the new one when that style changes). CSP_REPORT_ONLY=true sends the policy
# as report-only, to try a change on a live site first; CSP_REPORT_URI is where browsers post what the policy blocked.
ERROR_PAGE_STYLE_HASH = "'sha256-v6LN+OumKe2IF4ptB35RpcpZyAkCbLkaI551n7jsA6o='"
_CSP_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, ERROR_PAGE_STYLE_HASH],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "report-uri": os.environ.get("CSP_REPORT_URI") or None,
    },
}
if env_bool("CSP_REPORT_ONLY", False):
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP_POLICY
else:
    CONTENT_SECURITY_POLICY = _CSP_POLICY

# Static files carry the same framing rule and policy as pages (kbase/static_headers.py).
WHITENOISE_ADD_HEADERS_FUNCTION = add_security_headers

# The cache. Cached figures and pages are keyed on the knowledge base's version token, read from the database on every
# request, so an edit ends them at once whatever the cache. By default each process keeps its own (local memory), and
# an edit costs one computation per process; with REDIS_URL (or CACHE_URL), e.g. redis://127.0.0.1:6379/0, every
# process and machine shares one Redis, so an edit costs one computation in all. A Redis that cannot be reached is
# answered as a miss (kbase/cache.py): pages are computed, never refused. Keys start with KBASE_CACHE_PREFIX (by default
# the database's name), so sites and test runs sharing a Redis database keep apart, and clear() removes only its own.
CACHE_URL = os.environ.get("REDIS_URL") or os.environ.get("CACHE_URL") or ""
KBASE_CACHE_PREFIX = os.environ.get("KBASE_CACHE_PREFIX") or Path(str(DATABASES["default"]["NAME"])).name
if CACHE_URL:
    if not CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(f"REDIS_URL must start with redis://, rediss:// or unix://; got {CACHE_URL!r}")
    CACHES = {
        "default": {
            "BACKEND": "kbase.cache.ResilientRedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": KBASE_CACHE_PREFIX,
            # A page computed is slower than a miss; a Redis that hangs must not hold a request for long.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "kbase"}}
# A request that finds a figure or page being computed by another waits up to this long for it (0: computes its own),
# so that an edit costs one computation per cache rather than one per reader who arrives meanwhile.
KBASE_CACHE_WAIT_SECONDS = env_int("KBASE_CACHE_WAIT_SECONDS", 10)
# After an edit, the pages read most (home, the first page of each list, the meeting list's counts) are computed once
# in the background under the new version (meetings/warmup.py).
KBASE_WARM_UP = env_bool("KBASE_WARM_UP", True)
# How long the meeting list's facet counts stay cached (0 turns the cache off); an edit ends them at once anyway.
KBASE_FACET_CACHE_SECONDS = env_int("KBASE_FACET_CACHE_SECONDS", 600)
# How long public pages stay cached for anonymous readers (0 turns it off); an edit ends them at once anyway.
KBASE_PAGE_CACHE_SECONDS = env_int("KBASE_PAGE_CACHE_SECONDS", 600)

# How many heavy downloads (CSV files, the Popolo JSON, the iCalendar feed) the whole site prepares at once; one
# more is answered 503 with Retry-After. Kept below the number of workers, so readers of the pages always find one.
KBASE_DOWNLOAD_SLOTS = env_int("KBASE_DOWNLOAD_SLOTS", 2)
if KBASE_DOWNLOAD_SLOTS < 1:
    raise ImproperlyConfigured("KBASE_DOWNLOAD_SLOTS must be at least 1")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # A database outage is logged once by meetings/outage.py; this keeps Django from adding a traceback per request.
    "filters": {"quiet_during_outage": {"()": "meetings.outage.QuietDuringOutage"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"filters": ["quiet_during_outage"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# --- Access ---------------------------------------------------------------
# Browsing is public (the seed comes from public reports) unless KBASE_REQUIRE_LOGIN is on: then every page, export,
# API endpoint and feed needs a signed-in, active account (meetings.access.LoginRequiredMiddleware).
KBASE_REQUIRE_LOGIN = env_bool("KBASE_REQUIRE_LOGIN", False)
LOGIN_URL = "meetings:login"
LOGIN_REDIRECT_URL = "meetings:home"
LOGOUT_REDIRECT_URL = "meetings:logged-out"

# Failed sign-ins (site and admin) are counted so that guessing is slow while no one can lock a known user out
# (meetings/signin.py explains the whole scheme):
# - django-axes locks an account at one network address after KBASE_LOGIN_FAILURE_LIMIT failures there, and an address
#   after KBASE_LOGIN_ADDRESS_FAILURE_LIMIT failures to any accounts (higher: many readers share an office network).
#   An attacker elsewhere therefore locks only themselves out; a successful sign-in clears its own address's count.
# - After KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT failures to one account within the lockout time, from everywhere, tries
#   from addresses it has never signed in from wait, refused unchecked. Its known addresses are never held back.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out sign-in before any password is checked
    "meetings.signin.ThrottledModelBackend",  # the account's rate, then the password, in a hashing slot
]
AXES_FAILURE_LIMIT = env_int("KBASE_LOGIN_FAILURE_LIMIT", 5)
KBASE_LOGIN_ADDRESS_FAILURE_LIMIT = env_int("KBASE_LOGIN_ADDRESS_FAILURE_LIMIT", 20)
KBASE_LOGIN_LOCKOUT_MINUTES = env_int("KBASE_LOGIN_LOCKOUT_MINUTES", 15)
# Twice the pair's limit: one address alone cannot hold an account back, and a guesser still gets few tries an hour.
KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT = env_int("KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT", 10)
# An address counts as the account's own for this long after a successful sign-in from it.
KBASE_LOGIN_KNOWN_ADDRESS_DAYS = env_int("KBASE_LOGIN_KNOWN_ADDRESS_DAYS", 90)
# Passwords hashed at once across all the server's processes; the rest of the CPU stays with readers.
KBASE_LOGIN_CONCURRENT_HASHES = env_int("KBASE_LOGIN_CONCURRENT_HASHES", max(1, (os.cpu_count() or 2) // 2))
# The hashing slots are lock files here; every process of one site must see the same directory.
KBASE_LOGIN_LOCK_DIR = os.environ.get("KBASE_LOGIN_LOCK_DIR") or str(BASE_DIR / ".sign-in-slots")
_LOGIN_NUMBERS = {
    "KBASE_LOGIN_FAILURE_LIMIT": AXES_FAILURE_LIMIT,
    "KBASE_LOGIN_ADDRESS_FAILURE_LIMIT": KBASE_LOGIN_ADDRESS_FAILURE_LIMIT,
    "KBASE_LOGIN_LOCKOUT_MINUTES": KBASE_LOGIN_LOCKOUT_MINUTES,
    "KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT": KBASE_LOGIN_ACCOUNT_FAILURE_LIMIT,
    "KBASE_LOGIN_KNOWN_ADDRESS_DAYS": KBASE_LOGIN_KNOWN_ADDRESS_DAYS,
    "KBASE_LOGIN_CONCURRENT_HASHES": KBASE_LOGIN_CONCURRENT_HASHES,
}
for _name, _value in _LOGIN_NUMBERS.items():
    if _value < 1:
        raise ImproperlyConfigured(f"{_name} must be at least 1; got {_value}")
AXES_COOLOFF_TIME = datetime.timedelta(minutes=KBASE_LOGIN_LOCKOUT_MINUTES)
# One count per (account, address) pair and one per address: never one per account alone, which anyone could fill.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_HANDLER = "meetings.access.PairOrAddressHandler"
AXES_CLIENT_IP_CALLABLE = "meetings.access.client_ip"
# A successful sign-in clears the failures of its own (account, address) pair: typos before it do not add up.
AXES_RESET_ON_SUCCESS = True
# Tries made while locked out are refused unchecked and do not prolong the lockout, so an office is not kept out.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "meetings.views.access.locked_out"  # the lockout page in the site's layout, status 429

# The API is read-only and public like the pages; it pages every list and describes itself in OpenAPI.
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.DjangoModelPermissionsOrAnonReadOnly"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "meetings.api.renderers.BrowsableAPIRenderer",
    ],
    # The event list has its own `format` filter (in person, virtual); the output format is chosen with ?output=.
    "URL_FORMAT_OVERRIDE": "output",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "kbase API",
    "DESCRIPTION": "Read-only access to the counter-trafficking meetings knowledge base.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # OpenAPI 3.1 is JSON Schema: a reference that may be empty is written `oneOf: [ref, {type: null}]`, which every
    # validator reads alike; 3.0's `nullable` beside `allOf` is read as non-nullable by strict ones.
    "OAS_VERSION": "3.1.0",
    # Statuses, error bodies and public access, which drf-spectacular cannot see (meetings/api/schema.py).
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "meetings.api.schema.describe_answers",
    ],
    # Several models have a `kind`, `role` or `status`; name each choice set after its model.
    "ENUM_NAME_OVERRIDES": {
        "DatePrecisionEnum": "meetings.models.DatePrecision",
        "OrganizationKindEnum": "meetings.models.Organization.Kind",
        "AgreementKindEnum": "meetings.models.Agreement.Kind",
        "OutcomeKindEnum": "meetings.models.OutcomeKind",
        "OtherNameKindEnum": "meetings.models.OtherName.Kind",
        "ParticipationRoleEnum": "meetings.models.ParticipationRole",
        "AttendanceRoleEnum": "meetings.models.AttendanceRole",
        "MembershipRoleEnum": "meetings.models.Membership.Role",
        "EventStatusEnum": "meetings.models.EventStatus",
        "OutcomeStatusEnum": "meetings.models.OutcomeStatus",
    },
}

# --- Report intake --------------------------------------------------------
# The largest file an editor may hand to the intake (bytes). Django keeps an upload over 2.5 MB in a temporary file
# rather than in memory, so this bounds the work of reading one, not the memory it takes.
KBASE_INTAKE_MAX_BYTES = env_int("KBASE_INTAKE_MAX_BYTES", 10 * 1024 * 1024)
