"""The outcome a model predicts, said before a passive verb: "Same-day flyer orders per day, predicted from
day of week, month, ...", "Covers per sitting, forecast using the bookings". What comes before the verb is the
outcome (and its unit), not an input. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

_OUTCOME_THEN_PASSIVE = re.compile(
    r"^\W*(?P<outcome>[^,.;:()\n]{3,80}?),?\s+(?:is |are |will be )?"
    r"(?:predicted|forecast|forecasted|estimated)\s+(?:from|using|given|with|based on)\b",
    re.IGNORECASE,
)


def outcome_said_first(modeler: str) -> str:
    """The outcome named before "predicted from", or "" when the model is not said that way."""
    found = _OUTCOME_THEN_PASSIVE.search(modeler or "")
    return found.group("outcome") if found else ""
