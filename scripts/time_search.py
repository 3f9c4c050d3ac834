"""Time the search page against the database DATABASE_URL names, every cache off:

    DATABASE_URL=postgres://... .venv/bin/python scripts/time_search.py [--repeat 7]

For each query below, the median and slowest of --repeat requests (after one unmeasured request), server-side
through the whole Django stack with the test client, the median time the database took, and the number of SQL
queries.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kbase.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from meetings.models import Person  # noqa: E402

QUERIES = ["trafficking", "ASEAN", "Lao PDR", "SOMTC", "COMMIT 2023", "un", "empower people", "victims protection"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    repeat = parser.parse_args().repeat
    # A person who attended meetings, so that their name finds meetings and the person alike.
    person = Person.objects.filter(attendances__isnull=False).order_by("pk").first()
    queries = QUERIES + ([person.name] if person else [])
    client = Client()
    with override_settings(
        ALLOWED_HOSTS=["testserver"], DEBUG=False, KBASE_FACET_CACHE_SECONDS=0, KBASE_PAGE_CACHE_SECONDS=0
    ):
        print(f"{'query':<28} {'median ms':>10} {'max ms':>8} {'SQL ms':>8} {'queries':>8}")
        for q in queries:
            client.get("/search/", {"q": q})
            times, sql = [], []
            for _ in range(repeat):
                with CaptureQueriesContext(connection) as captured:
                    start = time.perf_counter()
                    response = client.get("/search/", {"q": q})
                    times.append((time.perf_counter() - start) * 1000)
                sql.append(sum(float(query["time"]) for query in captured.captured_queries) * 1000)
                assert response.status_code == 200, (q, response.status_code)
            median, slowest, database = statistics.median(times), max(times), statistics.median(sql)
            print(f"{q[:28]:<28} {median:>10.0f} {slowest:>8.0f} {database:>8.0f} {len(captured):>8}")


if __name__ == "__main__":
    main()
