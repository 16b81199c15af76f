"""A money objective measured by counting one activity: "earn enough from tickets to pay the players"
measured by "how many programmes are picked up", "more profit from hired tables" by "games entered on the
ladder each evening". A count with no money in it cannot show whether the money came; a metric that counts
several things (or names money) is left to the other checks. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

_MONEY = re.compile(
    r"[£$€]|\b(?:earn\w*|income|profit\w*|revenue|takings|margin|money|cash|surplus|turnover|sales|spend\w*"
    r"|fees?|costs?|cheaper|savings?|save|paid|price\w*|euros?|pounds?|dollars?|break[- ]even|(?:make|makes|"
    r"made) (?:it |them )?pay|pay (?:its|their|for|the|our) \w+)\b",
    re.IGNORECASE,
)
_COUNT = re.compile(r"\b(?:how many|number of|count of)\b", re.IGNORECASE)
# A second measure: "... and the share ...", "...; ...", "plus ...", a second line.
_SECOND = re.compile(r"\band\b|;|\bplus\b|\n|\bas well as\b|\balso\b", re.IGNORECASE)


def counts_for_money(metric: str, objective: str) -> bool:
    """Whether a money objective is measured by a single count that names no money."""
    return bool(
        _MONEY.search(objective or "")
        and _COUNT.search(metric or "")
        and not _MONEY.search(metric)
        and not _SECOND.search(metric.strip())
    )
