"""Other people drawn in by a setting of ours: "if longer terms are shown first, we'll attract different,
younger customers", "once the late slots open we'd get a different crowd". Who comes then changes because of
what we chose, the loop's other half, so such a sentence, told under what if it went really well, cannot stand
in for an empty risks box as a new input would. Pure: no Django, no torch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import content_stems

# A condition opening the sentence, then what follows it: "(and) if X, Y", "once X, Y", "when X, Y".
_CONDITION_THEN = re.compile(r"^\W*(?:and |but |so )?(?:if|once|when)\s+([^,;:]{3,120})[,;:]\s*(.{3,200})$")
# What follows names people who come, or come differently: "we'll attract younger customers", "a different
# crowd would turn up".
_PEOPLE_COME = re.compile(
    r"\b(?:attract\w*|draw\w*|pull\w* in|bring\w* in|turn\w* up|sign\w* up|come|comes|join\w*)\b.{0,80}?"
    r"\b(?:customers?|clients?|people|users?|members?|buyers?|visitors?|patients?|students?|tenants?"
    r"|families|households|players|riders|guests|crowds?|callers|applicants|borrowers|savers)\b"
    r"|\b(?:different|younger|older|new|other)\s+(?:kinds? of\s+|sorts? of\s+|[\w-]+,?\s+){0,2}?"
    r"(?:customers?|clients?|people|users?|members?|buyers?|visitors?|patients?|students?|tenants?"
    r"|families|households|players|riders|guests|crowds?|callers|applicants|borrowers|savers)\b"
)
_SHARED_WITH_LEVER = 2  # "longer terms are shown first" and "the default term shown first online"


def people_drawn_by_a_lever(sentence: str, levers: Sequence[str]) -> bool:
    """Whether the sentence opens with a condition on one of the plan's levers and then says other or
    different people come because of it."""
    found = _CONDITION_THEN.match((sentence or "").lower().replace("’", "'").strip())
    if found is None:
        return False
    condition, then = found.groups()
    said = content_stems(condition)
    return any(len(said & content_stems(lever)) >= _SHARED_WITH_LEVER for lever in levers) and bool(
        _PEOPLE_COME.search(then)
    )


# A lever of ours as the sentence's subject, then what it would do: "Paid holds would let clients put off
# decisions, shifting when queries come", "17.2 Longer loans may change when people renew". What shifts then
# shifts because of our setting (a loop), not because the world brought an input unlike the data.
_SUBJECT_THEN_MODAL = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\s*[.):]?\s+)?(?:and |but |so )?(?:the |our |a |an )?([\w' -]{3,60}?)\s+"
    r"(?:would|will|may|might|could|can|'ll)\s+\w+"
)


def led_by_a_lever(sentence: str, levers: Sequence[str]) -> bool:
    """Whether the sentence's subject, before what it would do, is one of the plan's levers in its own
    words: two of the lever's words, or every word of a short subject ("reminders" for "text reminders")."""
    found = _SUBJECT_THEN_MODAL.match((sentence or "").lower().replace("’", "'").strip())
    if found is None:
        return False
    subject = content_stems(found.group(1))
    return bool(subject) and any(
        len(subject & (lever_stems := content_stems(lever))) >= _SHARED_WITH_LEVER or subject <= lever_stems
        for lever in levers
    )
