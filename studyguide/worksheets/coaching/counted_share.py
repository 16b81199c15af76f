"""A rollout that starts on a counted part of a counted whole: "two of the four bays this winter", "4 of our
12 depots", "one of the two clinics". The count is fewer than the whole the student names, so the first
stage is limited whatever words follow ("All four bays next winter if it behaves" is then the widening, not
a blanket start). "Every one of the 14 stations" and "all three of the four" are no part. Pure: no Django,
no torch.
"""

from __future__ import annotations

import re

_COUNTS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
_COUNT = r"(\d{1,4}|" + "|".join(_COUNTS) + r")"
# "two of the four", "4 of our 12", "one of its three"; not "every one of the 14" nor "each of the six".
_PART_OF_WHOLE = re.compile(
    rf"(?<!\bevery )(?<!\beach )(?<!\ball )\b{_COUNT} of (?:the|our|their|its|my|his|her) {_COUNT}\b",
    re.IGNORECASE,
)


def _value(count: str) -> int:
    return int(count) if count.isdigit() else _COUNTS[count.lower()]


def counted_part_of_whole(rollout: str) -> bool:
    """Whether the rollout names a count of its units fewer than the whole it names beside it ("two of the
    four bays"): a limited start."""
    return any(_value(m.group(1)) < _value(m.group(2)) for m in _PART_OF_WHOLE.finditer(rollout or ""))
