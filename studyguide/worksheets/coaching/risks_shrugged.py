"""Risks shrugged off in words the dismissals in ``waved_off`` do not list: "Honestly I can't think of
anything much. We know our patients well", "nothing much to worry about - we've loaned kit for years". The
opening says no risk comes to mind or none is worth the worry; what follows is usually the reason (how long
we have done it, how well we know the people), which the caller reads for anything new named. Pure: no
Django, no torch.
"""

from __future__ import annotations

import re

from .text import sentences
from .waved_off import EXCEPT

_SHRUG_OPENING = re.compile(
    r"^\W*(?:(?:honestly|to be honest|tbh|really|well|um+|hmm+),?\s+)?"
    # "I can't think of anything much" (not "can't think of any others besides ...": more follows)
    # ... or "can't see what would go wrong", "cant really imagine any problems"
    r"(?:(?:i|we) )?(?:can'?t|cannot|couldn'?t|can not) (?:really )?(?:think of|see|imagine|foresee|picture) "
    r"(?:any(?:thing)?|much|what (?:would|could|might|will|can) go wrong|(?:any |many )?(?:risks?|problems?))"
    r"(?: much| really| at all| to be honest| honestly)?\b(?!\s+(?:other|others|more|new|else|besides|but)\b)"
    # "dont think much could go wrong tbh", "don't think anything will go wrong"
    r"|^\W*(?:(?:i|we) )?(?:don'?t|do not) (?:really )?think (?:much|anything|there'?s much)"
    r" (?:could|would|will|can|might) go wrong\b"
    # "nothing much to worry about", "not much worth flagging"
    r"|^\W*(?:(?:there'?s|there is|there isn'?t|there is not) )?"
    r"(?:nothing|not much|very little|little|not a lot)"
    r" (?:much |really |at all )?(?:to worry about|to report|to speak of|to flag|to fear"
    r"|worth (?:worrying about|flagging|mentioning))\b",
    re.IGNORECASE,
)


def risks_shrugged(risks: str) -> str | None:
    """When the risks open by saying none comes to mind or none is worth the worry, with no exception in the
    same sentence: the rest of the box (for the caller to read for anything new named); otherwise None."""
    parts = sentences((risks or "").replace("’", "'"))
    # "Nothing much to worry about, but a new intake ...": a second thought in the same breath is a risk named
    if not parts or EXCEPT.search(parts[0]):
        return None
    opening = _SHRUG_OPENING.match(parts[0])
    if opening is None:
        return None
    return "\n".join((parts[0][opening.end() :], *parts[1:]))
