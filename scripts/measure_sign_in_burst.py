#!/usr/bin/env python3
"""Readers' worst wait while a burst of people sign in at once, with the hashing slots and without them.

Starts gunicorn on loopback with production settings against DATABASE_URL (migrated and seeded here if empty), has
one reader fetch a page over and over, and lets BURST browsers sign in with the right password at the same moment.
Run twice: with the default number of hashing slots, and with as many slots as sign-ins (what there was before).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kbase_x .venv/bin/python scripts/measure_sign_in_burst.py

Nothing leaves the machine: every request goes to 127.0.0.1.
"""

import http.cookiejar
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = int(os.environ.get("BURST_PORT", "8765"))
WORKERS = int(os.environ.get("WEB_CONCURRENCY", "4"))
BURST = int(os.environ.get("BURST", "16"))
PASSWORD = "burst-measurement-password"
BASE = f"http://127.0.0.1:{PORT}"
READER_URL = f"{BASE}/events/?country=la"


def environment(slots):
    env = dict(os.environ)
    env.update(
        DEBUG="false",
        SECRET_KEY="measure-" + "x1y2z3" * 10,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(Path(tempfile.gettempdir()) / "kbase-burst-static"),
        KBASE_LOGIN_LOCK_DIR=str(Path(tempfile.gettempdir()) / f"kbase-burst-slots-{os.getpid()}"),
        # Each reader's request is answered afresh: the page cache would hide the workers' load.
        KBASE_PAGE_CACHE_SECONDS="0",
    )
    if slots is not None:
        env["KBASE_LOGIN_CONCURRENT_HASHES"] = str(slots)
    return env


def prepare(env):
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    script = (
        "from django.contrib.auth.models import User\n"
        "from meetings.models import Event\n"
        "from django.core.management import call_command\n"
        "from axes.models import AccessAttempt\n"
        "if not Event.objects.exists(): call_command('loaddata', 'seed', verbosity=0)\n"
        f"for n in range({BURST}):\n"
        "    user, _ = User.objects.get_or_create(username=f'burst{n}')\n"
        f"    user.set_password({PASSWORD!r}); user.save()\n"
        "AccessAttempt.objects.all().delete()\n"
    )
    subprocess.run([*manage, "shell", "-c", script], cwd=ROOT, env=env, check=True)


def get(opener, url):
    started = time.monotonic()
    with opener.open(url, timeout=60) as response:
        body = response.read().decode()
    return time.monotonic() - started, body


def sign_in(n, results, go):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    _, page = get(opener, f"{BASE}/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"username": f"burst{n}", "password": PASSWORD, "csrfmiddlewaretoken": token})
    go.wait()
    started = time.monotonic()
    try:
        with opener.open(f"{BASE}/login/", data.encode(), timeout=60) as response:
            outcome = "not signed in" if "/login/" in response.url else "signed in"
    except urllib.error.HTTPError as error:
        outcome = f"refused {error.code}"
    results.append((outcome, time.monotonic() - started))


def measure(slots):
    env = environment(slots)
    prepare(env)
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "kbase.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        reader = urllib.request.build_opener()
        for _ in range(100):
            try:
                get(reader, READER_URL)
                break
            except OSError:
                time.sleep(0.2)
        for _ in range(10):
            get(reader, READER_URL)  # every worker warmed up
        quiet = max(get(reader, READER_URL)[0] for _ in range(10))
        waits, stop = [], threading.Event()

        def read():
            while not stop.is_set():
                waits.append(get(reader, READER_URL)[0])
                time.sleep(0.05)

        results, go = [], threading.Event()
        signers = [threading.Thread(target=sign_in, args=(n, results, go)) for n in range(BURST)]
        for thread in signers:
            thread.start()
        time.sleep(1)  # every browser has its sign-in form
        reading = threading.Thread(target=read)
        reading.start()
        time.sleep(0.5)
        go.set()
        for thread in signers:
            thread.join()
        time.sleep(0.5)
        stop.set()
        reading.join()
        outcomes = {}
        for outcome, _ in results:
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        label = f"{slots} hashing slot(s)" if slots is not None else "default hashing slots"
        slowest = max(t for _, t in results)
        print(
            f"{label}, {WORKERS} workers, {BURST} sign-ins at once: reader's worst wait {max(waits):.2f} s "
            f"(quiet: {quiet:.2f} s, {len(waits)} reads); sign-ins {outcomes}, slowest {slowest:.2f} s"
        )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database: SQLite would measure its own write lock.")
    measure(None)
    measure(BURST)  # as many slots as sign-ins: every sign-in hashes at once, as before the slots
