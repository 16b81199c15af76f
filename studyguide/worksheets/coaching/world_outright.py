"""Levers that name the world outright: the weather on some days ("dry, warm evenings in July", "sunny
weekends") or how many outsiders happen to be about ("the number of tourists staying in town overnight").
Nobody decides either, and the lever says nothing anyone does: no actor, no verb of choosing, no "which" or
"whether" of ours. Read from the whole phrase, which must be made of nothing else; "the heating on cold
evenings" or "which dry days we book" name a setting or a choice and are left to the lever reader. Pure: no
Django, no torch."""

from __future__ import annotations

import re

from .lever_words import DETERMINERS, PREPOSITIONS

_WEATHER = frozenset(
    "weather rain rainy rainfall dry wet warm cold hot mild sunny sunshine frost frosty snow snowy windy "
    "wind calm foggy fog misty cloudy overcast stormy storms humid freezing".split()
)
_TIMES = frozenset(
    "day days evening evenings night nights morning mornings afternoon afternoons weekend weekends week "
    "weeks spell spells season seasons summer summers winter winters spring autumn month months weather "
    "january february march april may june july august september october november december".split()
)
_JOINERS = frozenset(("and", "or", "more", "fewer", "enough"))
# A list label before the lever: "SQ7:", "3.", "L2)".
_LABEL = re.compile(r"^\W*(?:[a-z]{0,4}\d+[a-z]?\s*[:.)-]\s*)?")
_WORD = re.compile(r"[a-z]+")

# A count of outsiders about at the time: "the number of tourists staying in town", "how many day-trippers
# are on the front".
_OUTSIDERS_PRESENT = re.compile(
    r"^(?:the )?(?:number|count|amount) of (?:[a-z-]+ )?"
    r"(?:tourists|visitors|holidaymakers|day-trippers|trippers|passers-by|commuters|residents|shoppers|"
    r"passengers|crowds|people) "
    r"(?:staying|visiting|holidaying|arriving|passing|living|around|about|in town"
    r"|in the (?:town|city|area))\b"
)
_OUR_SIDE = re.compile(r"\b(?:we|our|us|i|my|you|your|which|whether|who|what|how|when|where)\b")


def _words(lever: str) -> list[str]:
    return _WORD.findall(_LABEL.sub("", lever.lower().replace("’", "'")))


def names_weather_only(lever: str) -> bool:
    """Whether the lever is made only of weather, times and small words, with a weather word in it."""
    found = _words(lever)
    allowed = _WEATHER | _TIMES | _JOINERS | PREPOSITIONS | DETERMINERS
    return bool(found) and all(w in allowed for w in found) and any(w in _WEATHER for w in found)


def names_outsiders_present(lever: str) -> bool:
    """Whether the lever counts outsiders who happen to be about, with no act of ours in it."""
    raw = _LABEL.sub("", lever.lower().replace("’", "'")).strip()
    return bool(_OUTSIDERS_PRESENT.match(raw)) and not _OUR_SIDE.search(raw)


def names_world_outright(lever: str) -> bool:
    """Whether the lever names the weather or a count of outsiders about, and nothing anyone does."""
    return names_weather_only(lever) or names_outsiders_present(lever)
