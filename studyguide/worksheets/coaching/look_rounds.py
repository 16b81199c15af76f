"""A lever that sets how often we go and look: "visits per year per contract", "check frequency", "how often
the warden walks the site", "inspections per month". What we find (activity, faults, damage) is recorded
only on the rounds we make, and more rounds both find more and change what the people we visit do, so the
records hold the shape of our own schedule. Like a price or a stock level, that alone asks for no loop, but
asked what success would do and answered only with its gains, such a plan has passed the loop by. Read by
``loops``; pure: no Django, no torch.
"""

from __future__ import annotations

import re

# A round of looking, by its usual names.
_ROUND = r"(?:visits?|checks?|inspections?|patrols?|audits?|walk-?rounds?|surveys?)"
_PERIOD = r"(?:day|week|fortnight|month|quarter|season|term|year|shift|contract|site|client|customer)"
_HOW_OFTEN = re.compile(
    # "visits per year", "checks a week", "inspections each month"
    rf"\b{_ROUND} (?:per|a|an|each|every) (?:[\w-]+ )?{_PERIOD}s?\b"
    # "check frequency", "visit interval", "how often we inspect"
    r"|\b(?:visit|check|inspection|patrol|round|audit|survey)s? (?:frequency|interval|cycle|schedule)\b"
    r"|\b(?:frequency|number|interval) (?:of|between) (?:[\w-]+ )?" + _ROUND + r"\b"
    r"|\bhow often (?:we |i |the [\w-]+ |our [\w-]+ )?(?:visit|check|inspect|patrol|audit|survey|go round)"
    # the same in the passive: "how often each venue is visited"
    r"|\bhow often (?:each |every |a |the |our )?[\w-]+ (?:is|are|gets?) (?:visited|checked|inspected"
    r"|patrolled|audited|surveyed)\b",
    re.IGNORECASE,
)


def how_often_we_look(levers: list[str]) -> bool:
    """Whether one of the levers sets how often we go and look (see the module's docstring)."""
    return any(_HOW_OFTEN.search(lever) for lever in levers)
