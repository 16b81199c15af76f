"""What success would ask of us, told apart from a feedback loop. "If it goes brilliantly, we'd need a bigger
field and more car parking" names a consequence of our own doing, and "more" is a word loops are often said
with; but what grows is our own capacity (space, staff, stock), not what we later observe or how people
behave towards us. Read as a loop, such a line hid the loop a plan builds in by refitting its model on the
outcomes of its own picks. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

# The effect opens on our own need: "we'd need", "I will have to hire", "we must buy".
_OUR_NEED = re.compile(
    r"^\W*(?:then\s+)?(?:we|i)(?:'d|'ll| would| will| shall| should| might| may| could)?(?: then| probably)?"
    r" (?:need|have to|must|want)\b"
)
# ... and says nothing of our data, of what the model learns, or of people changing what they do.
_ABOUT_DATA_OR_PEOPLE = re.compile(
    r"\b(?:data|records?|logs?|history|model|learn\w*|behaviou?r|habits?|expect\w*|react\w*|copy|copies"
    r"|customers?|visitors?|members?|users?|clients?|people|rivals?|competitors?)\b"
)


def only_our_needs(effect: str) -> bool:
    """Whether the effect of a condition names only what we would need (capacity, staff, stock)."""
    low = effect.lower().replace("’", "'")
    return bool(_OUR_NEED.match(low)) and not _ABOUT_DATA_OR_PEOPLE.search(low)
