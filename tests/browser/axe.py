"""axe-core in the browser tests: the vendored axe.min.js, run against WCAG 2.1 A and AA and its best practices."""

from pathlib import Path

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"


def serious_findings(page):
    """axe-core's critical and serious findings on the page, as readable lines (empty when there are none)."""
    page.evaluate(AXE.read_text())  # evaluated by the browser's tooling, so the page's policy does not apply
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
            "best-practice"]}})"""
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[node['target'] for node in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
