"""Old addresses keep working: a renamed or merged-away record's pages and API answer 301 to the record as it is."""

import pytest
from django.urls import reverse

from meetings.admin import merging
from meetings.models import Agreement, Event, Forum, Organization, Person, SlugRedirect, SourceReport
from tests.test_merge import merge_post

pytestmark = pytest.mark.usefixtures("seeded")

# (model, the page's URL name, the API's basename)
KINDS = [
    (Organization, "organization", "organization"),
    (Person, "person", "person"),
    (Forum, "forum", "forum"),
    (Agreement, "agreement", "agreement"),
    (Event, "event", "event"),
    (SourceReport, "source", "source"),
]


def page(name, slug):
    return reverse(f"meetings:{name}-detail", args=[slug])


def api(name, slug):
    return reverse(f"api:{name}-detail", args=[slug])


def moved(response, to):
    return response.status_code == 301 and response["Location"] == to


def rename(record, slug):
    record.slug = slug
    record.save()


@pytest.mark.parametrize("model, name, api_name", KINDS, ids=[kind[1] for kind in KINDS])
def test_a_renamed_records_old_address_leads_to_its_new_one(client, model, name, api_name):
    record = model.objects.order_by("pk").first()
    old = record.slug
    rename(record, "a-better-address")

    assert moved(client.get(page(name, old)), page(name, "a-better-address"))
    assert moved(client.get(api(api_name, old)), api(api_name, "a-better-address"))
    assert client.get(page(name, "a-better-address")).status_code == 200


def test_a_merged_organizations_page_and_api_lead_to_the_kept_one(admin_client, client):
    kept = Organization.objects.get(slug="mps")
    duplicate = Organization.objects.create(name="Bo Cong an", acronym="BCA", kind=Organization.Kind.MINISTRY)

    response = merge_post(admin_client, Organization, [kept, duplicate], keep=kept)
    assert response.status_code == 302

    assert duplicate.slug == "bca"
    assert moved(client.get("/organizations/bca/"), "/organizations/mps/")
    assert moved(client.get("/api/organizations/bca/"), "/api/organizations/mps/")
    assert moved(client.get("/api/organizations/bca/?output=json"), "/api/organizations/mps/?output=json")


def test_a_merged_persons_page_leads_to_the_kept_one(client):
    kept = Person.objects.get(slug="to-cao-lanh")
    duplicate = Person.objects.create(name="To Cao Lan")

    merging.merge(kept, [duplicate])

    assert moved(client.get(page("person", duplicate.slug)), page("person", "to-cao-lanh"))
    assert moved(client.get(api("person", duplicate.slug)), api("person", "to-cao-lanh"))


def test_every_earlier_address_leads_to_the_current_one_in_one_step(client):
    first = Organization.objects.create(name="Anti-Trafficking Unit")
    second = Organization.objects.create(name="Anti-Trafficking Division")
    third = Organization.objects.get(slug="mps")
    rename(first, "atu-renamed")
    merging.merge(second, [first])
    merging.merge(third, [second])

    for old in ["anti-trafficking-unit", "atu-renamed", "anti-trafficking-division"]:
        assert moved(client.get(page("organization", old)), page("organization", "mps")), old


def test_a_record_given_its_old_address_back_answers_there_without_a_loop(client):
    forum = Forum.objects.order_by("pk").first()
    old = forum.slug
    rename(forum, "for-a-while")
    rename(forum, old)

    assert client.get(page("forum", old)).status_code == 200
    assert moved(client.get(page("forum", "for-a-while")), page("forum", old))
    assert not SlugRedirect.objects.filter(old_slug=old).exists()


def test_a_new_record_that_takes_an_old_address_owns_it(client):
    forum = Forum.objects.order_by("pk").first()
    old = forum.slug
    rename(forum, "renamed-forum")
    newcomer = Forum.objects.create(name="Newcomer", slug=old)

    response = client.get(page("forum", old))

    assert response.status_code == 200
    assert response.context["forum"] == newcomer


def test_unknown_addresses_and_addresses_of_deleted_records_are_not_found(client):
    assert client.get(page("organization", "no-such-organization")).status_code == 404
    assert client.get(api("organization", "no-such-organization")).status_code == 404
    merged_away = Organization.objects.create(name="Short-lived Office")
    kept = Organization.objects.create(name="Also short-lived")
    merging.merge(kept, [merged_away])
    kept.delete()

    assert client.get(page("organization", "short-lived-office")).status_code == 404
    assert client.get(api("organization", "short-lived-office")).status_code == 404
