"""A tiny run of the benchmark, so the tool that produces docs/benchmarks.md cannot rot unnoticed."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


@pytest.mark.django_db
def test_benchmark_on_a_small_synthetic_database_measures_every_page_and_writes_its_report(seeded, tmp_path):
    call_command("generate_synthetic", events=200, seed=7, verbosity=0)
    out, report, figures = StringIO(), tmp_path / "benchmarks.md", tmp_path / "bench.json"
    call_command("benchmark", repeat=1, warmup=0, write=str(report), save=str(figures), stdout=out)

    results = json.loads(figures.read_text())
    statuses = {row["page"]: row["status"] for row in results["pages"]}
    assert statuses and set(statuses.values()) == {200}, statuses
    assert {"home", "events by country", "event page", "search, common word", "API event list"} <= set(statuses)
    assert all(row["admin_status"] == 200 for row in results["pages"] if "admin_url" in row)
    assert results["export"]["all"]["rows"] > results["export"]["about 1,000"]["rows"] > 0
    text = report.read_text()
    assert "| events by forum and year | 200 |" in text
    # Report intake: a 2,000-word report analysed, beside the admin's add-meeting form.
    assert results["intake"]["words"] > 1500 and results["intake"]["warm_median_ms"] > 0
    assert results["intake"]["admin_add_status"] == 200
    assert "| analyse() of the five seed reports as one text |" in text
    assert "Export memory ratio" in text
    lists = [row for row in results["pages"] if row["url"] == "/events/" or row["url"].startswith("/events/?")]
    assert len(lists) == 5 and all(row["cold_median_ms"] > 0 for row in lists)
    for goal in (
        "Event list ÷ stock admin changelist",
        "Page time ÷ its SQL time, page computed",
        "Search page (computed) ÷ the first page of a plain scan",
    ):
        assert f"| {goal}" in text
    # The plain scan reads the text the search reads: a word in every meeting's text fills its first page.
    common = next(row for row in results["search"] if row["q"] == "trafficking")
    assert common["plain_rows"] == 25 and common["ours_ms"] > 0 and common["ours_sql_ms"] > 0
    api_lists = {row["url"] for row in results["pages"] if row["url"].startswith("/api/")}
    assert {"/api/organizations/", "/api/people/", "/api/sources/", "/api/outcomes/"} <= api_lists

    # A second run can take the first as its baseline for the growth column.
    # ... and rewrite the report while keeping the notes written under it by hand.
    notes = "\n<!-- Notes below this line are kept when the benchmark rewrites this file. -->\nWhat held it back.\n"
    report.write_text(text + notes)
    out = StringIO()
    call_command(
        "benchmark", repeat=1, warmup=0, baseline=str(figures), skip_export=True, write=str(report), stdout=out
    )
    assert "| p95 against the baseline run | at most 1.5 |" in out.getvalue()
    rewritten = report.read_text()
    assert rewritten.endswith("What held it back.\n") and rewritten.count("# kbase benchmark") == 1


def test_benchmark_refuses_an_empty_database(unseeded):
    with pytest.raises(CommandError, match="no events"):
        call_command("benchmark", repeat=1, stdout=StringIO())


@pytest.mark.django_db
def test_benchmark_of_computed_pages_measures_every_list_and_record_page_beside_the_admin(seeded, tmp_path):
    call_command("generate_synthetic", events=60, seed=7, verbosity=0)
    out, figures = StringIO(), tmp_path / "computed.json"
    call_command("benchmark", computed=True, repeat=1, warmup=0, save=str(figures), stdout=out)

    results = json.loads(figures.read_text())
    pages = {row["page"]: row for row in results["pages"]}
    lists = {"meetings", "meetings of a country", "meetings, deep page", "outcomes", "organizations", "people"}
    lists |= {"countries", "forums", "agreements", "sources"}
    records = {"meeting", "organization", "person", "country", "forum", "agreement", "source"}
    charts = {"timeline", "timeline of a country", "matrix", "matrix by topic", "network", "network of a country"}
    charts.add("compare")
    searches = {f"search, {kind}" for kind in ("a word in most meetings", "a place", "a name without diacritics")}
    searches |= {f"search, {kind}" for kind in ("a country", "a forum", "a statement")}
    assert set(pages) == lists | {f"{kind} page" for kind in records} | charts | searches
    # Each search beside the admin's changelist of the kind of record it looks for, searched for the same words.
    assert pages["search, a country"]["admin_url"] == "/admin/meetings/country/?q=Viet+Nam"
    assert pages["search, a country"]["url"] == "/search/?q=Viet+Nam"
    # The charts, each beside the admin's changelist of meetings.
    assert all(pages[name]["admin_url"].startswith("/admin/meetings/event/") for name in charts)
    # Each record page is the busiest record of its kind, beside the admin's rows of that same record.
    assert pages["country page"]["url"] == "/countries/vn/"
    assert pages["forum page"]["admin_url"].endswith(f"?forum__id__exact={results['records']['forum_record_pk']}")
    assert all(row["status"] == 200 and row["admin_status"] == 200 for row in pages.values()), {
        name: (row["status"], row["admin_status"]) for name, row in pages.items()
    }
    assert all(row["slowest"] and row["p95_ms"] >= row["median_ms"] > 0 for row in pages.values())
    text = out.getvalue()
    assert "caches off (KBASE_FACET_CACHE_SECONDS=0, KBASE_PAGE_CACHE_SECONDS=0)" in text
    assert "| meetings of a country | `/events/?country=vn` | 200 |" in text
    assert "| p95 ÷ the baseline run's p95 | at most 1.5 | not measured |" in text

    # A run on a larger database takes the first as its baseline: growth and the query counts side by side.
    call_command("benchmark", computed=True, repeat=1, warmup=0, baseline=str(figures), stdout=(out := StringIO()))
    text = out.getvalue()
    row = next(line for line in text.splitlines() if line.startswith("| people |"))
    assert row.split(" | ")[-1].strip(" |") == str(pages["people"]["queries"])
    assert "| p95 ÷ the baseline run's p95 | at most 1.5 | not measured |" not in text


@pytest.mark.django_db
def test_benchmark_of_computed_pages_can_measure_only_the_pages_named(seeded, tmp_path):
    figures = tmp_path / "some.json"
    call_command(
        "benchmark",
        computed=True,
        repeat=1,
        warmup=0,
        only=["outcomes", "country page"],
        save=str(figures),
        stdout=StringIO(),
    )
    assert [row["page"] for row in json.loads(figures.read_text())["pages"]] == ["outcomes", "country page"]

    with pytest.raises(CommandError, match="No page is named outcome list"):
        call_command("benchmark", computed=True, repeat=1, warmup=0, only=["outcome list"], stdout=StringIO())
