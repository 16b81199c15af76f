"""axe-core in the browser tests (``axe-playwright-python`` ships axe.min.js inside its wheel: no CDN).

Playwright's ``page.evaluate`` runs axe through the DevTools protocol, which the page's
Content-Security-Policy does not govern (CSP limits what the *page* may load or run: script tags, inline
code, eval from page code).
So axe runs on the real pages, CSP and all; ``tests/test_a11y_browser.py`` checks that the policy was in
force.
"""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

AXE = Axe()
# The impacts that fail a page. The three rules after them are the named failures, which axe rates
# below "serious" (a skipped heading level, an empty table header, a list item outside a list) but which we
# keep fixed all the same.
BLOCKING_IMPACTS = frozenset({"critical", "serious"})
ALSO_BLOCKING_RULES = frozenset({"heading-order", "empty-table-header", "listitem", "list"})


def axe_violations(page: Page) -> list[dict]:
    """Every axe violation on the page as it is now (after any htmx swaps the test made)."""
    return AXE.run(page).response["violations"]


def blocking(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in BLOCKING_IMPACTS or v["id"] in ALSO_BLOCKING_RULES]


def describe(label: str, violations: list[dict]) -> list[str]:
    """One readable line per violation: the rule, its impact, how many nodes and the first few of them."""
    lines = []
    for v in violations:
        where = "; ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:3])
        first = v["nodes"][0].get("failureSummary", "").replace("\n", " ")[:160] if v["nodes"] else ""
        lines.append(f"{label}: {v['id']} ({v['impact']}, {len(v['nodes'])} nodes) at {where}: {first}")
    return lines
