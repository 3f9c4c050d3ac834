"""Readers alone, then readers while an editor saves meetings through the admin; one or more instances of the site.

    scripts/loadtest_edits.sh does the set-up (the site under gunicorn, a signed-in editor) and calls this.

The readers are wrk, their connections split between the instances (--site, once per instance). The editor is a real
browser (Debian's Chromium through Playwright) on the first instance: it opens a meeting's change page, writes a
numbered line into its summary, saves, and checks the admin says it saved. Afterwards every meeting's public page, on
every instance, must show the last line saved to it: no edit lost, none hidden by a cached page. The readers' p95
with the editor at work is compared with their p95 alone (goal: at most 3 times).
"""

import argparse
import math
import re
import subprocess
import sys
import time
import urllib.request

from playwright.sync_api import sync_playwright

P95_RATIO_GOAL = 3


def start_readers(args):
    per_site = max(1, args.connections // len(args.site))
    return [
        subprocess.Popen(
            ["wrk", "-t1", f"-c{per_site}", f"-d{args.seconds}s", "--timeout", "10s", "-s", args.lua, site],
            stdout=subprocess.PIPE,
            text=True,
        )
        for site in args.site
    ]


def readers_result(processes):
    """Throughput, median and p95 over every instance's readers (quantiles merged by their request counts)."""
    rps = total = status = socket = 0
    weighted = []
    for process in processes:
        output, _ = process.communicate()
        fields = re.search(r"^RESULT (.*)$", output, re.M).group(1).split()
        quantiles = [float(v) for v in re.search(r"^QUANTILES (.*)$", output, re.M).group(1).split()]
        requests = int(fields[3])
        rps += float(fields[0])
        total += requests
        status += int(fields[4])
        socket += int(fields[5])
        if int(fields[5]):
            print(f"Socket errors of {process.args[-1]}: {re.search(r'^SOCKET (.*)$', output, re.M).group(1)}")
        weighted.extend((value, requests / len(quantiles)) for value in quantiles)
    weighted.sort()

    def percentile(p):
        seen, goal = 0.0, p / 100 * sum(w for _, w in weighted)
        for value, weight in weighted:
            seen += weight
            if seen >= goal:
                return value
        return weighted[-1][0]

    return {
        "rps": rps,
        "p50": percentile(50),
        "p95": percentile(95),
        "total": total,
        "status": status,
        "socket": socket,
    }


def readers_row(label, result, connections):
    return (
        f"| {label} | Readers (wrk, {connections} connections) | {result['rps']:.1f} requests/s "
        f"| median {result['p50']:.1f} ms | p95 {result['p95']:.1f} ms | {result['total']} requests "
        f"| {result['status']} non-2xx | {result['socket']} socket errors |"
    )


def edit(args, events):
    site = args.site[0]
    saves, refused, last = [], 0, {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.set_default_timeout(30_000)
        page.goto(f"{site}/admin/login/")
        page.get_by_label("Username").fill(args.user)
        page.get_by_label("Password").fill(args.password)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{site}/admin/")
        started = time.monotonic()
        n = 0
        while time.monotonic() - started < args.seconds - 2:
            pk, slug = events[n % len(events)]
            line = f"Load-run edit {n} saved at {time.time():.3f}."
            began = time.perf_counter()
            page.goto(f"{site}/admin/meetings/event/{pk}/change/")
            summary = page.locator("#id_summary")
            if not summary.is_visible():  # in the folded "Summary and topics" section
                page.locator("details:has(#id_summary) > summary").click()
            summary.fill(line)
            page.get_by_role("button", name="Save", exact=True).first.click()
            page.wait_for_load_state()
            if "/change/" in page.url:  # the form came back: refused
                refused += 1
            else:
                saves.append(time.perf_counter() - began)
                last[slug] = line
            n += 1
        browser.close()
    return saves, refused, last


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True, action="append", help="an instance's address; once per instance")
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--events", required=True, help="comma-separated id:slug of the meetings to edit")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--lua", required=True, help="wrk script that spreads requests over several pages")
    args = parser.parse_args()
    events = [tuple(item.split(":", 1)) for item in args.events.split(",")]

    alone = readers_result(start_readers(args))
    print(readers_row("Read-only", alone, args.connections), flush=True)

    readers = start_readers(args)
    saves, refused, last = edit(args, events)
    busy = readers_result(readers)

    lost = []
    for site in args.site:
        for slug, line in last.items():
            with urllib.request.urlopen(f"{site}/events/{slug}/") as response:
                if line not in response.read().decode():
                    lost.append(f"{site}/events/{slug}/")
    saves.sort()
    p95_save = saves[max(0, math.ceil(0.95 * len(saves)) - 1)] * 1000 if saves else 0
    median_save = saves[len(saves) // 2] * 1000 if saves else 0
    print(readers_row("With edits", busy, args.connections))
    print(
        f"| With edits | Editor (admin, real browser) | {len(saves)} saves | median {median_save:.0f} ms "
        f"| p95 {p95_save:.0f} ms | {refused} refused | {len(lost)} lost | |"
    )
    ratio = busy["p95"] / alone["p95"] if alone["p95"] else float("inf")
    print()
    print(f"Readers' p95 with edits ÷ read-only: {ratio:.2f} (goal: at most {P95_RATIO_GOAL}).")
    for url in lost:
        print(f"Lost: {url} does not show the last line saved to it.")
    errors = alone["status"] + alone["socket"] + busy["status"] + busy["socket"]
    return 0 if not (lost or refused or errors or ratio > P95_RATIO_GOAL) else 1


if __name__ == "__main__":
    sys.exit(main())
