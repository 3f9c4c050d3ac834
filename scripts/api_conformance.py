"""Count the API answers that do not match the API's own served OpenAPI schema, as a generated typed client would.

Run from a checkout, against the database DATABASE_URL names (fill it first: load_seed_if_empty, generate_synthetic):
    DATABASE_URL=sqlite:////tmp/kbase.sqlite3 .venv/bin/python scripts/api_conformance.py
Every page of every list and every record the lists link to is fetched with Django's test client and validated
against the schema the site serves; the refusals (a bad page, an unknown record, an unknown address) too.
"""

import os
import sys
from collections import Counter

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kbase.settings")
os.environ.setdefault("KBASE_WARM_UP", "false")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from openapi_schema_validator import OAS30Validator, OAS31Validator  # noqa: E402

setup_test_environment()
settings.DEBUG = False  # as in production: Django's debug 404 page would stand in for the site's own answers
client = Client()
document = client.get("/api/schema/?output=json").json()
Validator = OAS31Validator if document["openapi"].startswith("3.1") else OAS30Validator


def declared(path, status):
    for template, operations in document["paths"].items():
        parts, asked = template.strip("/").split("/"), path.split("?")[0].strip("/").split("/")
        if len(parts) == len(asked) and all(p == a or p.startswith("{") for p, a in zip(parts, asked, strict=True)):
            content = operations["get"]["responses"].get(str(status), {}).get("content", {})
            body = content.get("application/json", {}).get("schema")
            return None if body is None else {**body, "components": document["components"]}
    # An address no operation has (/api/nosuch/): its 404 is held to the schema's error body, where there is one.
    problem = document["components"]["schemas"].get("Problem")
    return {**problem, "components": document["components"]} if problem and status == 404 else None


answers, failures = 0, Counter()


def check(path):
    global answers
    response = client.get(path, HTTP_ACCEPT="application/json")
    answers += 1
    schema = declared(path, response.status_code)
    if not response["Content-Type"].startswith("application/json"):
        failures["not JSON"] += 1
    elif schema is None:
        failures[f"status {response.status_code} not documented"] += 1
    else:
        errors = list(Validator(schema).iter_errors(response.json()))
        if errors:
            failures[f"{path.split('/')[2]}: {errors[0].message[:70]}"] += 1
    return response


for list_path in [p for p in document["paths"] if "{" not in p]:
    url = list_path
    while url:
        page = check(url).json()
        for record in page["results"]:
            check(record["url"].removeprefix("http://testserver"))
        url = page["next"] and page["next"].removeprefix("http://testserver")
refusals = [
    "/api/events/?page=0",
    "/api/events/?year=2019.5",
    "/api/events/no-such/",
    "/api/countries/0/",
    "/api/nosuch/",
]
for path in refusals:
    check(path)

print(f"{sum(failures.values())} of {answers} API answers do not match the served schema")
for reason, count in failures.most_common(12):
    print(f"  {count:5}  {reason}")
