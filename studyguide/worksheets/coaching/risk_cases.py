"""Risks told as kinds of case the plan will meet, in words the closed list of ``novelty._CASE_DESCRIBED``
lacks: anyone asking, sending or bringing something ("A costume maker hiring a machine for a week", "a dealer
group sending 40 wheels in a week", "Foragers who bring wild mushrooms"), a group or order of an unusual size
("School groups of 30", "A corporate order for 200 hampers") and an unusual season ("A cold June with few
flowers", "A wet autumn when nothing cures"). A list made mostly of such cases names inputs unlike the data,
as a teacher would read it, with or without a word of novelty. Failures, staff and money ("A kiln breakdown
delaying firings", "an electrician off sick") are none of these. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

# someone (any noun, a few words at most) who asks for, sends, brings or books something
_SOMEONE_ASKING = re.compile(
    r"^\W*(?:(?:a|an|the|one|two|some|any|\d+)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+?"
    r"\s+(?:who|whose|wanting|needing|asking|requesting|bringing|sending|hiring)\b"
    r"(?! (?:manager|staff|team|fee)s?\b)",  # ("the hiring manager" names a post)
    re.IGNORECASE,
)
# a group or an order of a size: "school groups of 30", "a corporate order for 200 hampers"
_SIZED = re.compile(
    r"\b(?:groups?|parties|party|orders?|bookings?|coach(?:es)?|batch(?:es)?|loads?|teams?)\s+(?:of|for)\s+"
    r"(?:up to |over |more than )?\d+",
    re.IGNORECASE,
)
_SEASON = (
    r"(?:summer|winter|spring|autumn|season|year|month|week|weekend|spell|snap|january|february|march|april"
    r"|may|june|july|august|september|october|november|december|christmas|easter)"
)
# an unusual season: "a cold June", "a wet autumn", "a summer when nobody comes"
_UNUSUAL_SEASON = re.compile(
    r"^\W*(?:a|an|one)\s+(?:(?:very|really|long|late|early)\s+)?"
    r"(?:wet|dry|cold|hot|warm|mild|freezing|snowy|stormy|windy|rainy|quiet|slow|dead|busy|bad|poor|heat)\w*"
    rf"\s+{_SEASON}\b"
    rf"|^\W*(?:a|an|one)\s+{_SEASON}\s+(?:when|where|with)\b",
    re.IGNORECASE,
)


def describes_a_case(item: str) -> bool:
    """Whether one listed risk tells a kind of case the plan will meet (see the module's note)."""
    return bool(_SOMEONE_ASKING.match(item) or _SIZED.search(item) or _UNUSUAL_SEASON.match(item))


__all__ = ["describes_a_case"]
