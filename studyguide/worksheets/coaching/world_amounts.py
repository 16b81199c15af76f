"""Whether a lever is an amount of a state of the world ("the hours of sunshine on Saturday afternoons", "the
amount of rain in May"). Pure: no Django, no torch.

Read alone, the head noun of such a phrase is a setting we might own ("hours" are opening hours, "a level" is
a set point), so the lever reader leans to control. The noun after "of" says what is measured, and when it
is the weather or another state only the world decides (``lever_words.WORLD_FIRM``), ending the phrase, the
amount is the world's too.
"""

from __future__ import annotations

import re

from .lever_words import PREPOSITIONS, WORLD_FIRM

_AMOUNT_OF = re.compile(
    r"^\W*(?:the |a |an )?(?:total |average |daily |weekly )?"
    r"(?:hours|days|amount|level|number|inches|millimetres|mm|degrees|strength|speed|depth|volume)"
    r" of ([a-z-]+)(?: ([a-z-]+))?"
)


def amount_of_world(lever: str) -> bool:
    match = _AMOUNT_OF.match(lever.lower())
    if match is None or match.group(1) not in WORLD_FIRM:
        return False
    # "the level of traffic wardens": a noun after it makes the world word a qualifier
    return match.group(2) is None or match.group(2) in PREPOSITIONS
