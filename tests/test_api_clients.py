"""The API as clients generated from its OpenAPI schema meet it: schemathesis sends requests built from the served
schema and runs every check it has on the answers, and a crawl of every list and record validates each answer
against the schema, as a typed client would."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from openapi_schema_validator import OAS31Validator
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig

from meetings.exports import give_back_all

SCHEMA_URL = "/api/schema/?output=json"
# A filter naming a record by a well-formed identifier that no record has (?organization=abc) is answered 400 with
# the parameter named, as on the pages; no schema can list every identifier that exists, so schemathesis's
# "valid data is accepted" check is told that 400 is a possible answer to well-formed data, besides its defaults.
CONFIG = SchemathesisConfig.from_dict(
    {"checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "403", "404"]}}}
)


@pytest.fixture
def connection_kept():
    """Keep the test's database connection through WSGI requests, as Django's test client does: the end of a request
    would otherwise close it, and on PostgreSQL the test's transaction with it."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_schemathesis_finds_nothing_wrong(seeded, connection_kept):
    # schemathesis's own pytest plugin does not run under pytest 9 yet; its strategies are driven here instead, with
    # every check it has (call_and_validate runs them all), on valid requests and on requests the schema forbids.
    api = schemathesis.openapi.from_wsgi(SCHEMA_URL, get_wsgi_application(), config=CONFIG)
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) == 16  # a list and a record for each of the eight kinds
    checked = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            # A few examples per endpoint keep the run short enough for every CI pass; a deeper run is a number away.
            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
            def check(case):
                try:
                    case.call_and_validate()
                finally:
                    give_back_all()

            try:
                check()
            except Unsatisfiable:
                # A record address whose only parameter is a free-form identifier has no invalid request to make.
                assert mode is GenerationMode.NEGATIVE, operation.label
                continue
            checked.append((operation.label, mode))
    assert len(checked) > len(operations)


# --- Every answer of a crawl against the served schema ------------------------------------------------------------


def response_schema(document, path, status):
    """The schema the document declares for GET path's answer of this status, with the document's components."""
    for template, operations in document["paths"].items():
        parts, asked = template.strip("/").split("/"), path.split("?")[0].strip("/").split("/")
        if len(parts) == len(asked) and all(p == a or p.startswith("{") for p, a in zip(parts, asked, strict=True)):
            body = operations["get"]["responses"][str(status)]["content"]["application/json"]["schema"]
            return {**body, "components": document["components"]}
    raise AssertionError(f"{path} is not in the schema")


def test_every_answer_of_a_crawl_matches_the_served_schema(client, seeded):
    document = client.get(SCHEMA_URL).json()
    lists = [path for path in document["paths"] if path.startswith("/api/") and "{" not in path]
    checked = 0
    for list_path in lists:
        page = client.get(list_path, HTTP_ACCEPT="application/json").json()
        OAS31Validator(response_schema(document, list_path, 200)).validate(page)
        checked += 1
        for record in page["results"]:
            path = record["url"].removeprefix("http://testserver")
            answer = client.get(path, HTTP_ACCEPT="application/json")
            assert answer.status_code == 200, path
            OAS31Validator(response_schema(document, path, 200)).validate(answer.json())
            checked += 1
    assert checked > 50
    # The refusals too: a bad parameter, an unknown record, an address no route knows.
    for path, status in [
        ("/api/events/?page=0", 400),
        ("/api/events/?year=2019.5", 400),
        ("/api/events/no-such-meeting/", 404),
        ("/api/countries/0/", 404),
        ("/api/nosuch/", 404),
    ]:
        answer = client.get(path, HTTP_ACCEPT="application/json")
        assert answer.status_code == status, path
        assert answer["Content-Type"] == "application/json", path
        if path != "/api/nosuch/":
            OAS31Validator(response_schema(document, path, status)).validate(answer.json())


def test_the_schema_says_reading_is_public_and_types_the_parameters(client, seeded):
    document = client.get(SCHEMA_URL).json()
    events = document["paths"]["/api/events/"]["get"]
    assert events["security"] == [{}]
    parameters = {p["name"]: p["schema"] for p in events["parameters"]}
    assert parameters["year"]["type"] == "integer"
    assert parameters["page"] == {"type": "integer", "minimum": 1}
    assert parameters["country"]["pattern"] == r"^\s*([A-Za-z]{2})?\s*$"
    assert set(events["responses"]) >= {"200", "304", "400", "403", "404", "503"}
