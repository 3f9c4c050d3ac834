"""The admin stays usable on large tables: no full-table count on an unfiltered changelist."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.admin.base import EstimatedCountPaginator
from meetings.models import Event

pytestmark = pytest.mark.django_db


def count_queries(captured):
    # Django's count query selects COUNT(*) AS "__count"; the changelist's per-row subqueries do not.
    return [q["sql"] for q in captured if '"__count"' in q["sql"] and "meetings_event" in q["sql"]]


def test_unfiltered_event_changelist_of_a_large_postgresql_table_uses_the_planner_estimate(
    seeded, admin_client, monkeypatch
):
    # Pretend the seed is a large table, so the estimate applies without inserting 100,000 rows.
    monkeypatch.setattr(EstimatedCountPaginator, "EXACT_BELOW", 0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE meetings_event" if connection.vendor == "postgresql" else "ANALYZE")
    with CaptureQueriesContext(connection) as captured:
        response = admin_client.get("/admin/meetings/event/")
    assert response.status_code == 200
    if connection.vendor == "postgresql":
        assert count_queries(captured) == []
    else:
        assert len(count_queries(captured)) >= 1


def test_filtered_event_changelist_counts_exactly(seeded, admin_client, monkeypatch):
    monkeypatch.setattr(EstimatedCountPaginator, "EXACT_BELOW", 0)
    response = admin_client.get("/admin/meetings/event/", {"status__exact": "planned"})
    assert response.status_code == 200
    planned = Event.objects.filter(status="planned").count()
    assert response.context["cl"].result_count == planned
