"""The part of a lever that is the setting, without the unit it is set over. Pure: no Django, no torch.

"The adult ticket price per screening" is set over screenings; the setting is the price. A model that predicts
"attendance per screening" shares the unit with that lever but never the setting, so it cannot say what a
price change does. The unit is what follows "per", "for each", "on each", "for which" and the like.
"""

from __future__ import annotations

import re

# The marker and the one word it governs: "per screening", "for each band", "each morning". Only that word
# goes, not the rest of the lever: in "how many loaves of each kind we bake each morning" the act ("we
# bake") is part of the setting, and cutting everything after the first "each" would lose it.
_UNIT = re.compile(
    r"\s*\b(?:per|(?:for|on|in|at|to) (?:each|every|which)|each|every)\s+[\w'-]+", re.IGNORECASE
)


def setting_part(lever: str) -> str:
    """The lever without the units it is set over; the whole lever when the units would be all of it."""
    setting = _UNIT.sub("", lever)
    return setting if setting.strip() else lever
