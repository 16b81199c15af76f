"""A list's count said wrong: "Objective, levers, data, models, deployment: five steps in all.", "That's the
three parts; recommenders don't need a models step."

A learner who names how many items the list has commits to that number: a list of four steps called "five
steps" carries a step that is not there, and "the three parts" of a four-part answer leaves one out, even when
every key word is on the page (the matcher credits each point it finds and never reads the total). The key's
own count is its number of graded points (or the "name any N" it asks for). This module reads a number word
or digit from two to ten right before a word for a list's members ("steps", "parts", "pieces", "phases",
"stages", "components", "elements", "ingredients") and compares it with that count; a number under a
negation ("not five steps") is left alone. Only keys of three points or more
are read: a two-point key's "two" is too often about something else. Pure module: a regular expression on
the cleaned answer and the key's size.
"""

from __future__ import annotations

import re

from .types import ItemKey

_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_COUNT_RE = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+(?:(?:main|key|basic|core|required|"
    r"separate|distinct|essential)\s+)?(?:steps|parts|pieces|phases|stages|components|elements|ingredients)\b",
    re.I,
)
# "not five steps", "no three phases", "rather than five parts": the number is turned down, not claimed
_NEGATED_BEFORE_RE = re.compile(r"\b(?:not|no|never|rather\s+than|instead\s+of)\s+(?:\w+\s+){0,2}$", re.I)
MIN_KEY_POINTS = 3


def wrong_count(text: str, key: ItemKey) -> int | None:
    """The number of members the answer gives its list when it differs from the key's count, else None."""
    expected = key.points_needed or len(key.key_points)
    if expected < MIN_KEY_POINTS:
        return None
    for m in _COUNT_RE.finditer(text or ""):
        if _NEGATED_BEFORE_RE.search(text[: m.start()]):
            continue
        raw = m.group("n").lower()
        said = _NUMBERS.get(raw) or int(raw)
        if said != expected:
            return said
    return None
