"""Every admin address answers a page, a 400 or a "not found" to bad ids and parameters, never a server error.

The probe walks every registered admin: its changelist with hostile values in each parameter of each list filter,
of the date drill-down, of the search, ordering and paging, plus lookups that no filter offers; and its change,
delete and history addresses with ids that cannot be one (a NUL byte, letters for a number, an over-long value).
"""

import pytest
from django.contrib import admin
from django.db import transaction
from django.test import RequestFactory
from django.urls import reverse

# A NUL byte (PostgreSQL refuses it in any text), a year past 9999 and a number past 64 bits, an impossible date,
# a value longer than any column.
HOSTILE = ["a\x00b", "99999999999", "9" * 40, "2023-13-45", "x" * 300]
BAD_IDS = ["\x00", "abc", "9" * 40, "x" * 300, "-1", "1.5"]
# Statuses that tell the user what happened: the page (a filter value it ignores), a refused request, not found.
CHANGELIST_ANSWERS = {200, 400}

ADMINS = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


def admin_id(item):
    return item[0]._meta.label_lower


def changelist_parameters(model_admin, superuser):
    """Every query parameter the changelist's filters and date drill-down read, with a few lookups none offers."""
    request = RequestFactory().get("/")
    request.user = superuser
    changelist = model_admin.get_changelist_instance(request)
    names = {name for spec in changelist.filter_specs for name in spec.expected_parameters()}
    for spec in changelist.filter_specs:
        field_path = getattr(spec, "field_path", None)
        if field_path:
            # A lookup beside the filter's own: an unknown one, and the bare field the probe sent as ?status=%00.
            names |= {field_path, f"{field_path}__nosuchlookup", f"{field_path}__regex"}
    if model_admin.date_hierarchy:
        names |= {f"{model_admin.date_hierarchy}__{part}" for part in ("year", "month", "day")}
    names |= {"q", "o", "p", "all", "nosuchfield", "nosuchfield__exact", "_to_field", "_popup"}
    return sorted(names)


def ask(client, url, params=None):
    """The status of one request, a server error included, with the test's transaction kept usable after it."""
    client.raise_request_exception = False
    with transaction.atomic():
        response = client.get(url, params or {})
        transaction.set_rollback(True)
    return response.status_code


@pytest.mark.parametrize("item", ADMINS, ids=admin_id)
def test_changelist_answers_bad_parameters_with_the_page_or_a_400(seeded, admin_client, superuser, item):
    model, model_admin = item
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    # The other apps' admins keep Django's answer to a lookup it refuses: back to the list, with an error flag.
    answers = CHANGELIST_ANSWERS if model._meta.app_label == "meetings" else {*CHANGELIST_ANSWERS, 302}
    wrong = []
    for name in changelist_parameters(model_admin, superuser):
        for value in HOSTILE:
            status = ask(admin_client, url, {name: value})
            if status not in answers:
                wrong.append((name, value[:20], status))
    assert not wrong


@pytest.mark.parametrize("item", [item for item in ADMINS if item[1].date_hierarchy], ids=admin_id)
def test_date_drill_down_refuses_impossible_dates(seeded, admin_client, item):
    model, model_admin = item
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    field = model_admin.date_hierarchy
    for params in [
        {f"{field}__year": "2023", f"{field}__month": "2", f"{field}__day": "30"},
        {f"{field}__year": "99999999999"},
        {f"{field}__year": "0"},
        {f"{field}__year": "2023", f"{field}__month": "99999999999999999999"},
    ]:
        assert ask(admin_client, url, params) in ({400} if model._meta.app_label == "meetings" else {302, 400}), params


@pytest.mark.parametrize("item", ADMINS, ids=admin_id)
def test_record_addresses_with_bad_ids_answer_not_found(seeded, admin_client, item):
    model, model_admin = item
    wrong = []
    for view in ("change", "delete", "history"):
        for object_id in BAD_IDS:
            url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=[object_id])
            status = ask(admin_client, url)
            # 302: the admin's own answer to a record that does not exist, back to the index with a message; an id
            # that cannot be one is not found on the knowledge base's admins.
            allowed = {302, 404} if object_id == "-1" or model._meta.app_label != "meetings" else {404}
            if status not in allowed:
                wrong.append((view, object_id[:20], status))
    assert not wrong


def test_changelist_refusal_says_what_is_wrong(seeded, admin_client):
    response = admin_client.get(reverse("admin:meetings_event_changelist"), {"start_date__year": "99999999999"})
    assert response.status_code == 400
    assert b"out of range" in response.content


def test_changelist_with_an_unknown_lookup_answers_400_with_the_list_link(seeded, admin_client):
    url = reverse("admin:meetings_organization_changelist")
    response = admin_client.get(url, {"kind__nosuchlookup": "x"})
    assert response.status_code == 400
    assert response.context["list_url"] == url
