"""An editor saves meetings through the admin while wrk browses and searches with many connections.

    scripts/loadtest_edits.sh does the set-up (the site under gunicorn, a signed-in editor) and calls this.

The editor is a real browser (Debian's Chromium through Playwright): it opens a meeting's change page, writes a
numbered line into its summary, saves, and checks the admin says it saved. Afterwards every meeting's public page
must show the last line saved to it: no edit lost, none hidden by a cached page.
"""

import argparse
import re
import subprocess
import sys
import time
import urllib.request

from playwright.sync_api import sync_playwright


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--events", required=True, help="comma-separated id:slug of the meetings to edit")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--lua", required=True, help="wrk script that spreads requests over several pages")
    args = parser.parse_args()
    events = [tuple(item.split(":", 1)) for item in args.events.split(",")]

    wrk = subprocess.Popen(
        ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--timeout", "10s", "-s", args.lua, args.site],
        stdout=subprocess.PIPE,
        text=True,
    )
    saves, refused, last = [], 0, {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.set_default_timeout(30_000)
        page.goto(f"{args.site}/admin/login/")
        page.get_by_label("Username").fill(args.user)
        page.get_by_label("Password").fill(args.password)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{args.site}/admin/")
        started = time.monotonic()
        n = 0
        while time.monotonic() - started < args.seconds - 2:
            pk, slug = events[n % len(events)]
            line = f"Load-run edit {n} saved at {time.time():.3f}."
            began = time.perf_counter()
            page.goto(f"{args.site}/admin/meetings/event/{pk}/change/")
            page.locator("#id_summary").fill(line)
            page.get_by_role("button", name="Save", exact=True).first.click()
            page.wait_for_load_state()
            if "/change/" in page.url:  # the form came back: refused
                refused += 1
            else:
                saves.append(time.perf_counter() - began)
                last[slug] = line
            n += 1
        browser.close()
    output, _ = wrk.communicate()

    lost = []
    for slug, line in last.items():
        with urllib.request.urlopen(f"{args.site}/events/{slug}/") as response:
            if line not in response.read().decode():
                lost.append(slug)
    result = re.search(r"^RESULT (.*)$", output, re.M)
    rps, p50, p95, total, status, socket = result.group(1).split()
    saves.sort()
    print(
        f"| Readers (wrk, {args.connections} connections) | {rps} requests/s | median {p50} ms | p95 {p95} ms "
        f"| {total} requests | {status} non-2xx | {socket} socket errors |"
    )
    p95_save = saves[int(0.95 * (len(saves) - 1))] * 1000 if saves else 0
    print(
        f"| Editor (admin, real browser) | {len(saves)} saves | median {saves[len(saves) // 2] * 1000:.0f} ms "
        f"| p95 {p95_save:.0f} ms | {refused} refused | {len(lost)} lost |"
    )
    return 0 if not (lost or refused or int(status) or int(socket)) else 1


if __name__ == "__main__":
    sys.exit(main())
