"""Public pages are cached for anonymous readers until the knowledge base next changes."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from meetings.models import Organization


@pytest.fixture
def page_cache(settings):
    settings.KBASE_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def organization(seeded):
    return Organization.objects.get(slug="aseanapol")


@pytest.mark.django_db
def test_a_repeated_anonymous_request_is_answered_from_the_cache(
    client, organization, page_cache, django_assert_max_num_queries
):
    first = client.get(organization.get_absolute_url())
    assert first.status_code == 200
    with django_assert_max_num_queries(1):  # the version token
        second = client.get(organization.get_absolute_url())
    assert second.status_code == 200
    assert second.content == first.content


@pytest.mark.django_db
def test_an_edit_shows_on_the_next_request(client, organization, page_cache):
    assert "Renamed secretariat" not in client.get(organization.get_absolute_url()).content.decode()
    organization.name = "Renamed secretariat"
    organization.save()
    assert "Renamed secretariat" in client.get(organization.get_absolute_url()).content.decode()
    assert "Renamed secretariat" in client.get(reverse("meetings:organization-list")).content.decode()


@pytest.mark.django_db
def test_a_signed_in_user_never_gets_the_anonymous_copy(client, organization, page_cache, editor):
    client.get(organization.get_absolute_url())
    client.force_login(editor)
    page = client.get(organization.get_absolute_url()).content.decode()
    assert editor.username in page


@pytest.mark.django_db
def test_a_missing_page_is_not_cached(client, seeded, page_cache):
    url = reverse("meetings:organization-detail", args=["new-task-force"])
    assert client.get(url).status_code == 404
    Organization.objects.create(name="New task force", slug="new-task-force", kind="mechanism")
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_different_filters_are_different_pages(client, seeded, page_cache):
    laos = client.get(reverse("meetings:event-list"), {"country": "la"})
    viet_nam = client.get(reverse("meetings:event-list"), {"country": "vn"})
    assert laos.content != viet_nam.content
