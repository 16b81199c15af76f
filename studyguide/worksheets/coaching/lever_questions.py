"""Lever rows that are questions the team wants answered: "Do free users hit the limit too soon?", "Which
limit annoys people most?", "Would a higher limit just mean fewer upgrades?". A question about how people or
things behave is something to find out (with data or a trial), not a setting the optimizer can search over.
Read from the row's structure: a row ending in a question mark with nothing after it, a yes-or-no question
or one asking why or which is most, and none of the planner's own side in it: "Should we open at 06:00?",
"Which day do we send the reminder?" ask what we will choose, which is a lever put as a question. Pure: no
Django, no torch.
"""

from __future__ import annotations

import re

# A label before the row ("Q:", "3.", "L2)", "-").
_LABEL = re.compile(r"^[\s\-•*]*(?:q\d{0,2}\s*[:.)]\s*|[a-z]{0,3}\d{1,2}[a-z]?\s*[:.)]\s*)?", re.IGNORECASE)
# A yes-or-no question, or a "why" or a "which ... most" one. Other question words may put a setting as a
# question ("How many staff on the till?", "Which rooms get a discount?"), which is a lever after all.
_OPENER = re.compile(
    r"^(?:do|does|did|would|will|is|are|was|were|can|could|has|have|why)\b"
    r"|^(?:which|what|who)\b[^?]{0,120}?\b(?:most|least)\b",
    re.IGNORECASE,
)
# The planner's side, and a question about what is chosen ("which day is best to send the reminder?")
_OURS = re.compile(
    r"\b(?:we|i|us|our|my|me|ours|we'?d|we'?ll|should|best|better|ideal|right|optimal|to (?:set|offer|send"
    r"|charge|open|choose|pick|give|use))\b",
    re.IGNORECASE,
)


def asks_how_things_are(row: str) -> bool:
    """Whether the row is only a question, about how people or things behave, with nothing of ours in it."""
    text = _LABEL.sub("", (row or "").replace("’", "'")).strip()
    if not text.endswith("?") or "?" in text[:-1] or len(text) > 200:
        return False
    return bool(_OPENER.match(text)) and _OURS.search(text) is None


__all__ = ["asks_how_things_are"]
