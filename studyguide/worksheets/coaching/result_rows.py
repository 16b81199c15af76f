"""A lever row that is a result wanted, not a setting: "fewer complaints about green water", "more money out
of each day", "fewer birds returned", "more home-checks done each month". A comparative opens it, and what it
asks more or less of is a result: a word that names one ("complaints", "money", "bookings"), or the very
thing the plan's own metric counts ("birds returned within 12 months" beside "fewer birds returned"). A
student who lists the metric's figures with "more" or "fewer" in front has listed the goal again, whatever
the trade calls its results; "cheaper tickets for students" or "more staff on Saturdays" name things we set,
which the metric does not count. Read by ``lever_checks``, which also asks the lever reader that the row is no
setting of ours. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lever_words import COMPARATIVES
from .text import content_stems

_MORE_OR_LESS = COMPARATIVES | frozenset(
    "smaller quicker faster shorter longer cheaper happier healthier".split()
)
# The comparative, then the first word of what it asks more or less of ("fewer of the birds returned").
_OPENING = re.compile(r"\W{0,4}([a-z]+)\s+(?:(?:of|the|our|a|an)\s+){0,2}([a-z][a-z'-]{0,40})")
_RESULTS = re.compile(
    r"\b(?:complaints?|money|profits?|takings|revenue|income|sales|waste|loss(?:es)?|lost|mistakes?|errors?"
    r"|accidents?|incidents?|customers?|visitors?|members?|bookings?|no-shows?|cancellations?|failures?)\b",
    re.IGNORECASE,
)


def names_a_result(lever: str, metric: str = "") -> bool:
    """Whether the row opens with a comparative and asks more or less of a result: a result word, or the
    head of what it compares is a thing the metric counts."""
    opening = _OPENING.match(lever.lower())
    if opening is None or opening.group(1) not in _MORE_OR_LESS:
        return False
    if _RESULTS.search(lever):
        return True
    head = content_stems(opening.group(2))
    return bool(head) and head <= content_stems(metric)


__all__ = ["names_a_result"]
