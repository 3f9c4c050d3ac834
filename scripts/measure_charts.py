"""Read-only timing of the figure pages beside the admin's changelist of meetings, caches off, on DATABASE_URL.

Usage: DATABASE_URL=postgres://.../kbase_bench100k REPEAT=3 COUNTRY=vn .venv/bin/python scripts/measure_charts.py
The admin is called with an unsaved superuser, so nothing is written to the database measured.
"""
import os, sys, statistics, time
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kbase.settings")
os.environ["KBASE_FACET_CACHE_SECONDS"] = "0"; os.environ["KBASE_PAGE_CACHE_SECONDS"] = "0"
import django; django.setup()
from django.conf import settings
settings.ALLOWED_HOSTS = ["testserver"]; settings.DEBUG = False
settings.KBASE_FACET_CACHE_SECONDS = 0; settings.KBASE_PAGE_CACHE_SECONDS = 0
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client, RequestFactory
from django.urls import resolve
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.signed_cookies import SessionStore
from meetings.models import Event, FacetTotal

class Timer:
    def __init__(s): s.seconds, s.count = 0.0, 0
    def __call__(s, execute, sql, params, many, context):
        t = time.perf_counter()
        try: return execute(sql, params, many, context)
        finally: s.seconds += time.perf_counter() - t; s.count += 1

client = Client()
def public(url):
    r = client.get(url); assert r.status_code == 200, (url, r.status_code)
    if r.streaming: b"".join(r.streaming_content)
def admin(url):
    request = RequestFactory().get(url)
    request.user = get_user_model()(username="reader", is_staff=True, is_superuser=True, is_active=True)
    request.session = SessionStore(); request._messages = FallbackStorage(request)
    match = resolve(request.path)
    r = match.func(request, *match.args, **match.kwargs)
    r.render() if hasattr(r, "render") else None
    assert r.status_code == 200, (url, r.status_code)

def measure(fn, url, repeat):
    for _ in range(2): fn(url)
    times, sql, count = [], [], 0
    for _ in range(repeat):
        timer = Timer()
        with connection.execute_wrapper(timer):
            t = time.perf_counter(); fn(url); times.append(time.perf_counter() - t)
        sql.append(timer.seconds); count = timer.count
    return statistics.median(times) * 1000, statistics.median(sql) * 1000, count

repeat = int(os.environ.get("REPEAT", "5"))
country = os.environ.get("COUNTRY", "vn")
other = FacetTotal.objects.filter(facet="country").exclude(value=country.upper()).order_by("-events", "value").values_list("value", flat=True).first().lower()
from meetings.models import Country
name = Country.objects.get(code=country.upper()).name.replace(" ", "+")
base = "/admin/meetings/event/"
rows = [
    ("/events/", base), ("/events/timeline/", base), (f"/events/timeline/?country={country}", f"{base}?q={name}"),
    ("/events/matrix/", base), ("/events/matrix/?rows=topic", base), ("/events/matrix/?by=hosted", base),
    ("/events/network/", base), (f"/events/network/?country={country}", f"{base}?q={name}"),
    (f"/compare/?country={country}&country={other}", f"{base}?q={name}"),
]
print(f"{Event.objects.count():,} events · {connection.vendor} · median of {repeat} · caches off")
print("| Page | Queries | Page ms | SQL ms | Page ÷ SQL | Admin ms | Page ÷ admin |")
print("|---|---|---|---|---|---|---|")
admin_cache = {}
for url, admin_url in rows:
    page_ms, sql_ms, q = measure(public, url, repeat)
    if admin_url not in admin_cache: admin_cache[admin_url] = measure(admin, admin_url, repeat)[0]
    a = admin_cache[admin_url]
    print(f"| `{url}` | {q} | {page_ms:.1f} | {sql_ms:.1f} | {page_ms / max(sql_ms, .001):.2f} | {a:.1f} | {page_ms / a:.2f} |", flush=True)
