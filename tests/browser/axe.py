"""axe-core in the browser tests: the vendored axe.min.js, run against WCAG 2.1 A and AA and its best practices."""

from pathlib import Path

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
SERIOUS = ("serious", "critical")


def findings(page, impacts=None, ignore=None):
    """axe-core's findings on the page as readable lines (empty when there are none).

    impacts: only findings of these impacts (all when None); ignore(violation, node): True for a node that is
    not ours to fix, such as a vendored widget's own markup.
    """
    page.evaluate(AXE.read_text())  # evaluated by the browser's tooling, so the page's policy does not apply
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
            "best-practice"]}})"""
    )
    found = []
    for violation in result["violations"]:
        if impacts is not None and violation["impact"] not in impacts:
            continue
        nodes = [node for node in violation["nodes"] if not (ignore and ignore(violation, node))]
        if nodes:
            targets = [node["target"] for node in nodes][:3]
            found.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return found


def serious_findings(page, ignore=None):
    """axe-core's critical and serious findings on the page."""
    return findings(page, impacts=SERIOUS, ignore=ignore)
