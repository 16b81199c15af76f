"""A lever row in which a public regulator's official acts: "building control inspector visiting within two
days of first fix", "the fire officer signing off the venue before opening", "a food hygiene inspector
calling in the first month", "the Ofsted inspector's visit in the autumn term". An inspector of that kind
comes when the regulator sends them; the planner can ask, book or prepare, not set the visit. Our own
inspectors ("our quality inspector checking each batch", "the line inspector") name no regulator and are left
to the lever reader, which counts inspectors among our staff. Read from the row's structure: the official's
title after a regulator's field, then that official coming or acting on what they inspect ("visiting",
"calls", "signs off", "arrives"), or their visit or sign-off owned ("the Ofsted inspector's visit"). Pure:
no Django, no torch.
"""

from __future__ import annotations

import re

# The field a public regulator inspects, as a title names it.
_FIELD = (
    r"(?:building control|building regs|fire(?: safety)?|food(?: hygiene| safety)?|environmental health"
    r"|trading standards|health and safety|hse|ofsted|cqc|council|government|local authority|planning"
    r"|licensing|tax|customs|vat|hmrc|dvsa|charity commission)"
)
_OFFICIAL = r"(?:inspectors?|officers?|assessors?|auditors?|surveyors?|examiners?)"
# What the official does when they come: visit, call, inspect, sign off ("training", "briefing" are no visit).
_ACTS = (
    r"(?:(?:visit|call|com|arriv|attend|inspect|check|approv|certif|return|turn)(?:ing|e?s)?"
    r"|signs? off|signing off|(?:'s|s') (?:visits?|inspections?|sign-off|approval))\b"
)
_OFFICIAL_ACTS = re.compile(
    r"^\W{0,4}(?:\d{1,2}(?:\.\d{1,2}){0,2}\W{1,3})?(?:the |a |an )?(?:[\w-]{1,20} ){0,2}?"
    + _FIELD
    + r" "
    + _OFFICIAL
    + r" ?"
    + _ACTS,
    re.IGNORECASE,
)


def an_official_acts(lever: str) -> bool:
    """Whether the row opens with a public regulator's official doing something (visiting, signing off)."""
    return _OFFICIAL_ACTS.match(lever.strip()[:300]) is not None


__all__ = ["an_official_acts"]
