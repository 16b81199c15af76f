"""Whether a lever that names a bare physical condition ("humidity") is one of the settings of a place or
machine the plan runs: its optimiser sets that place's settings ("Sets room settings to minimise fails")
and another lever names the same place ("room temperature"). Pure: no Django, no torch.

Alone, "humidity" reads as the weather's. But a plan that sets "the room settings" and lists "room
temperature" beside it says in its own words that the room is a controlled space, and the air in it is
dialled in like its temperature (an incubator, a kiln, a proving cabinet). Only a short lever made of
physical-condition words is read this way, and only when the place the optimiser's settings belong to is
named in another lever: "sets the settings" alone, or a place no lever names, is no such word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import content_stems

# Conditions of air, water or material that a controlled space holds at a value someone dials in.
_CONDITIONS = frozenset(
    "temperature temperatures temp humidity moisture heat pressure airflow ventilation steam light lighting "
    "relative level levels".split()
)
# The optimiser setting a place's settings: "sets room settings", "chooses the kiln set points".
_PLACE_SETTINGS = re.compile(r"\b([a-z-]+)\s+(?:settings|set ?points|controls|conditions)\b")
_NOT_A_PLACE = frozenset("the all its our their these those new best right four three two five".split())


def _is_bare_condition(lever: str) -> bool:
    words = re.findall(r"[a-z]+", lever.lower())
    return (
        1 <= len(words) <= 2
        and all(w in _CONDITIONS for w in words)
        and not set(words) <= {"level", "levels", "relative"}
    )


def set_as_place_setting(lever: str, optimizer: str, levers: Sequence[str]) -> bool:
    """Whether ``lever`` is a bare physical condition and the optimiser sets the settings of a place that
    another listed lever names."""
    if not _is_bare_condition(lever):
        return False
    others = set().union(*(content_stems(o) for o in levers if o != lever)) if len(levers) > 1 else set()
    for match in _PLACE_SETTINGS.finditer(optimizer.lower().replace("’", "'")):
        place = match.group(1)
        if place not in _NOT_A_PLACE and content_stems(place) & others:
            return True
    return False
