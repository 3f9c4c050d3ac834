"""The meeting list's facet counts are cached, and any edit to the knowledge base ends the cache at once."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings import versioning
from meetings.models import Country, Event, KnowledgeVersion, Participation, Topic

LIST = reverse("meetings:event-list")


@pytest.fixture
def facet_cache(settings):
    settings.KBASE_FACET_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def counts(response, name):
    facet = next(facet for facet in response.context["facets"] if facet.name == name)
    return {value["value"]: value["count"] for value in facet.values}


def get(client, params=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LIST, params or {})
    assert response.status_code == 200
    return response, len(queries)


@pytest.mark.django_db
def test_a_repeated_list_request_reuses_the_facet_counts(client, seeded, facet_cache):
    first, first_queries = get(client, {"country": "la"})
    second, second_queries = get(client, {"country": "la"})
    assert counts(second, "forum") == counts(first, "forum")
    # Nine facet counts are not run again; only the version token is read.
    assert second_queries <= first_queries - len(first.context["facets"]) + 1


@pytest.mark.django_db
def test_other_filters_have_their_own_counts(client, seeded, facet_cache):
    everything, _ = get(client)
    laos, _ = get(client, {"country": "la"})
    assert counts(laos, "host_country") != counts(everything, "host_country")


@pytest.mark.django_db
def test_a_new_meeting_shows_in_the_counts_at_once(client, seeded, facet_cache):
    before, _ = get(client)
    Event.objects.create(
        title="Extra meeting", slug="extra-meeting", start_date=datetime.date(2022, 5, 1), country_id="KH"
    )
    after, _ = get(client)
    assert counts(after, "host_country").get("kh", 0) == counts(before, "host_country").get("kh", 0) + 1


@pytest.mark.django_db
def test_a_deleted_participation_leaves_the_counts_at_once(client, seeded, facet_cache):
    participation = Participation.objects.filter(country__code="LA", organization=None).first()
    before, _ = get(client)
    assert Participation.objects.filter(event=participation.event, country__code="LA").count() == 1
    participation.delete()
    after, _ = get(client)
    assert counts(after, "country")["la"] == counts(before, "country")["la"] - 1


@pytest.mark.django_db
def test_a_topic_added_to_a_meeting_shows_in_the_counts_at_once(client, seeded, facet_cache):
    event = Event.objects.top_level().order_by("slug").first()
    topic = Topic.objects.exclude(pk__in=event.topics.values("pk")).order_by("slug").first()
    before, _ = get(client)
    event.topics.add(topic)
    after, _ = get(client)
    assert counts(after, "topic")[topic.slug] == counts(before, "topic").get(topic.slug, 0) + 1


@pytest.mark.django_db
def test_each_change_gives_a_new_version_token(seeded):
    tokens = {versioning.current()}
    laos = Country.objects.get(code="LA")
    event = Event.objects.create(title="Token meeting", slug="token-meeting", country=laos, status="planned")
    tokens.add(versioning.current())
    event.delete()
    tokens.add(versioning.current())
    assert len(tokens) == 3
    assert KnowledgeVersion.objects.count() == 1


@pytest.mark.django_db
def test_a_missing_token_is_made_again(seeded):
    KnowledgeVersion.objects.all().delete()
    assert len(versioning.current()) == 32
