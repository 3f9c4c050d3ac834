"""Hostile query strings never break a public address: every answer is a page, a 400 that says why, or a 404.

Hypothesis sends random and hostile values (NUL and control characters, very long strings, SQL and HTML snippets,
percent-encodings, repeated parameters, huge numbers and digits of other scripts, malformed dates, odd slugs) to
every filter of every list, its CSV download, its API list, the search box and the feeds. Each parameter gets
values shaped like what it expects (a date parameter gets near-dates, a slug parameter near-slugs) as well as
anything at all, so the values reach past the first check. Every answer must be 200, or 400 with a message (404
where an address names a record or an output format that does not exist). The Django test client raises a view's
exception, so a 500 fails the test with its traceback and the smallest query string that causes it.

Profiles: "ci" (the default) sends 50 values per test, new ones each run, so the suite stays quick and still
explores over time; a failure prints the query string and a blob that replays it. HYPOTHESIS_PROFILE=long sends
2,000 per test (README, "Bad input").
"""

import json
import os
import string
from urllib.parse import quote

import django_filters
import pytest
from django.http import StreamingHttpResponse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetings.lists.agreements import AgreementFilter
from meetings.lists.countries import CountryFilter
from meetings.lists.events import EventFilter
from meetings.lists.forums import ForumFilter
from meetings.lists.organizations import OrganizationFilter
from meetings.lists.outcomes import OutcomeFilter
from meetings.lists.people import PersonFilter
from meetings.lists.sources import SourceFilter

# Each test's examples share the Django test client and the seeded database, function-scoped fixtures. That is
# safe: the examples only read, and the test's transaction is rolled back at its end. Requests take their time
# (a list page runs a dozen queries), so there is no deadline, and building a long value is not "too slow".
_shared = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]}
settings.register_profile("ci", max_examples=50, print_blob=True, **_shared)
settings.register_profile("long", max_examples=2000, **_shared)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

pytestmark = pytest.mark.django_db

# Each list: its page, its CSV, its API list and the FilterSet whose parameters all three take.
LISTS = {
    "events": ("/events/", "/events.csv", "/api/events/", EventFilter),
    "outcomes": ("/outcomes/", "/outcomes.csv", "/api/outcomes/", OutcomeFilter),
    "organizations": ("/organizations/", "/organizations.csv", "/api/organizations/", OrganizationFilter),
    "people": ("/people/", "/people.csv", "/api/people/", PersonFilter),
    "countries": ("/countries/", "/countries.csv", "/api/countries/", CountryFilter),
    "forums": ("/forums/", "/forums.csv", "/api/forums/", ForumFilter),
    "agreements": ("/agreements/", "/agreements.csv", "/api/agreements/", AgreementFilter),
    "sources": ("/sources/", "/sources.csv", "/api/sources/", SourceFilter),
}
FEEDS = ("/feeds/meetings.atom", "/feeds/meetings.ics")
DETAILS = (
    "/events/{}/",
    "/organizations/{}/",
    "/people/{}/",
    "/countries/{}/",
    "/forums/{}/",
    "/agreements/{}/",
    "/sources/{}/",
    "/api/events/{}/",
    "/api/outcomes/{}/",
    "/api/organizations/{}/",
    "/api/people/{}/",
    "/api/countries/{}/",
    "/api/forums/{}/",
    "/api/agreements/{}/",
    "/api/sources/{}/",
)

# --- Values ---------------------------------------------------------------------------------------------------

SNIPPETS = (
    "' OR 1=1 --",
    "'; DROP TABLE meetings_event; --",
    '" OR ""="',
    "1) OR (1=1",
    "%",
    "%%",
    "_",
    "\\",
    "\\%",
    "*",
    "a:* | b",
    "!a & (b <-> c)",
    "()",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7|add:7 }}",
    "{% debug %}",
    "%00",
    "%25",
    "%ZZ",
    "%FF%FE",
    "%C0%AF",
    "../../etc/passwd",
    "?",
    "&",
    "=",
    "#",
    " ",
    "",
)
# Anything a client can put in a URL: every code point but the lone surrogates, which UTF-8 cannot carry.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
controls = st.text(st.characters(max_codepoint=0x1F) | st.sampled_from("\x7f\x85\u2028\u2029\ufeff\u202e"), max_size=4)
very_long = st.builds(
    lambda piece, n: piece * n, st.sampled_from(["a", "é", "x-", "%", "\x00", "<b>", "9", " "]), st.integers(150, 3000)
)
anything = st.one_of(st.sampled_from(SNIPPETS), any_text, controls, very_long)

numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.integers(min_value=-3, max_value=3000).map(str),
    st.floats().map(str),
    st.sampled_from(["NaN", "Infinity", "-0", "+1", "0x10", "1e308", "1e-308", "2020.5", "1_000", " 2 ", "0002"]),
    # Digits of other scripts and other numerals: "١٢", "²", "Ⅻ", "１２".
    st.text(st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=3),
)
dates = st.one_of(
    st.dates().map(lambda day: day.isoformat()),
    st.tuples(st.integers(-99, 99999), st.integers(-1, 13), st.integers(-1, 32)).map(
        lambda t: "{}-{:02}-{:02}".format(*t)
    ),
    st.sampled_from(["0000-00-00", "2020-02-30", "2020-1-1", "20200101", "2020/01/01", "2020-01-01T00:00", "2020-W01"]),
)
SEED_SLUGS = (
    "la",
    "VN",
    "th",
    "commit-som",
    "aseanapol-conference",
    "actip",
    "tip-protocol",
    "oipa",
    "mps",
    "aseanapol",
    "do-van-hoanh",
    "jim-wee",
    "covid-19-impact",
)
slugs = st.one_of(
    st.sampled_from(SEED_SLUGS),
    st.text(string.ascii_letters + string.digits + "-_", max_size=130),
    st.sampled_from(["-", "--", "_", "a/b", "a.b", "ǅ", "ß", "ﬀ", "İ", "é", "ı", "\u200b", "𝔸𝔹", "la\x00", " la "]),
)
words = st.one_of(
    st.sampled_from(["police", "traffick", "Lao PDR", "Đỗ Văn Hoanh", "un", "a b c d e f", "lao pdr viet nam"]),
    any_text,
)


def choices(values):
    """A choice parameter: one of its values, one of them bent, or several joined as an ordering list would be."""
    values = list(values)
    return st.one_of(
        st.sampled_from(values),
        st.sampled_from(values).map(str.upper),
        st.lists(st.sampled_from(values), min_size=1, max_size=3).map(",".join),
    )


def shaped(filterset_class, name):
    """Values shaped like what the parameter expects, so they get past its first check."""
    if name == "page":
        return numbers
    f = filterset_class.base_filters[name]
    if isinstance(f, django_filters.OrderingFilter):
        return choices([*f.param_map, *(f"-{key}" for key in f.param_map)])
    if isinstance(f, django_filters.ModelChoiceFilter):
        return slugs
    if isinstance(f, django_filters.ChoiceFilter):
        return choices(value for value, _ in f.field.choices if value)
    if isinstance(f, django_filters.DateFilter):
        return dates
    if isinstance(f, django_filters.NumberFilter):
        return numbers
    return words


def queries(filterset_class, names):
    """A query string: some of the parameters, each shaped or hostile, sometimes repeated or joined by strays."""
    pair = st.sampled_from(names).flatmap(
        lambda name: st.tuples(st.just(name), st.one_of(shaped(filterset_class, name), anything))
    )
    stray = st.tuples(st.sampled_from(["", "unknown", "page[]", "q ", "Q", "sort"]), anything)
    return st.lists(st.one_of(pair, pair, pair, stray), max_size=6)


def encode(pairs):
    return "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in pairs)


def raw_query(names):
    """A query string as a careless or hostile client writes it: unescaped characters and broken %-escapes."""
    piece = st.one_of(
        st.sampled_from(names),
        st.sampled_from(["=", "&", "%", "%0", "%00", "%ZZ", "%FF", "%C3", "%C3%28", "+", ";", "?", "%u0041", "%0a"]),
        st.text(st.sampled_from(string.printable.replace("#", "")), max_size=8),
    )
    return st.lists(piece, max_size=12).map("".join)


# --- Checks ---------------------------------------------------------------------------------------------------


def read(response):
    """The body; a streamed CSV is read to its end, since a fault may only show while streaming."""
    if isinstance(response, StreamingHttpResponse):
        return b"".join(response.streaming_content)
    return response.content


def check(response, allowed=(200, 400)):
    """The answer is an allowed status, and a 400 says what is wrong in the answer's own format."""
    body = read(response)
    assert response.status_code in allowed, (response.status_code, body[:500])
    if response.status_code != 400:
        return response.status_code
    content_type = response["Content-Type"]
    if content_type.startswith("application/json"):
        problems = json.loads(body)
        assert problems and all(problems.values()), problems
    elif content_type.startswith("text/html") and response.request["PATH_INFO"].startswith("/api/"):
        # ?output=api: the browsable API shows the JSON it would send.
        assert b"400 Bad Request" in body, body[:500]
    elif content_type.startswith("text/html"):
        assert b'role="alert"' in body, body[:500]
    else:
        assert content_type.startswith("text/plain") and body.strip(), (content_type, body[:500])
    return response.status_code


# --- Lists, their CSV and their API ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", LISTS)
@given(data=st.data())
def test_a_list_its_csv_and_its_api_answer_any_filters_alike(client, seeded, name, data):
    page, csv, api, filterset_class = LISTS[name]
    pairs = data.draw(queries(filterset_class, [*filterset_class.base_filters, "page"]), label="query")
    qs = encode(pairs)
    statuses = [check(client.get(f"{url}?{qs}")) for url in (page, csv, api)]
    if not any(key == "page" for key, _ in pairs):
        # Pages differ (25 a page on the site, 50 in the API, none in a CSV); filters are read by one FilterSet.
        assert len(set(statuses)) == 1, dict(zip((page, csv, api), statuses, strict=True))


@given(data=st.data())
def test_lists_answer_a_raw_query_string(client, seeded, data):
    page, csv, api, filterset_class = data.draw(st.sampled_from(list(LISTS.values())))
    qs = data.draw(raw_query([*filterset_class.base_filters, "page"]), label="query")
    check(client.get(f"{page}?{qs}"))
    check(client.get(f"{csv}?{qs}"))
    # "output" is the API's choice of format; a stray "output=x" names a format it does not have: 404.
    check(client.get(f"{api}?{qs}"), allowed=(200, 400, 404))


@given(data=st.data())
def test_the_api_answers_any_output_format(client, seeded, data):
    api = data.draw(st.sampled_from([api for _, _, api, _ in LISTS.values()] + ["/api/popolo.json", "/api/schema/"]))
    output = data.draw(st.one_of(st.sampled_from(["json", "api", "openapi", "yaml", "csv", "xml", ""]), anything))
    check(client.get(api, {"output": output}), allowed=(200, 400, 404))


# --- Search, feeds and single records -------------------------------------------------------------------------


@given(data=st.data())
def test_search_answers_any_words(client, seeded, data):
    q = data.draw(st.lists(st.one_of(words, anything), min_size=1, max_size=2), label="q")
    check(client.get(f"/search/?{encode(('q', value) for value in q)}"))


@pytest.mark.parametrize("feed", FEEDS)
@given(data=st.data())
def test_feeds_answer_any_filters(client, seeded, feed, data):
    qs = encode(data.draw(queries(EventFilter, list(EventFilter.base_filters)), label="query"))
    check(client.get(f"{feed}?{qs}"))


@given(data=st.data())
def test_a_record_address_with_any_identifier_is_the_record_or_not_found(client, seeded, data):
    address = data.draw(st.sampled_from(DETAILS))
    identifier = data.draw(st.one_of(slugs, numbers, anything).filter(lambda v: v not in ("", ".", "..")))
    # An upper-case country code is sent on to its lower-case address for good (301).
    check(client.get(address.format(quote(identifier, safe=""))), allowed=(200, 301, 404))
