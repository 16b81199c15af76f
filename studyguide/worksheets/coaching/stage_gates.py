"""The condition for a rollout's next stage: "other areas follow if take-up improves and complaints do not
rise", "if the pilot works, the rest of the depots join". It says what is watched before going on, not what
the plan's decisions do to the data it later learns from, so its "if ... improves ... rise" is no feedback
loop named. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

# The next stage, said by a verb of going on or reaching further.
_NEXT_STAGE = (
    r"(?:follow|follows|followed|expand\w{0,3}|extend\w{0,3}|spread\w{0,3}|continu\w{0,3}|proceed\w{0,3}"
    r"|go(?:es)? (?:ahead|on|live)|mov(?:e|es) on|roll(?:s|ed)? out|scal(?:e|es|ed) up|widen\w{0,3}"
    r"|join|joins|come next|comes next|are added|is added|get it|gets it|switch over|switches over"
    # the next stage said by when it comes: "Weekends later if it works", "all four bays next winter if it
    # behaves"
    r"|later|afterwards|after that|next (?:week|month|term|season|quarter|year|spring|summer|autumn|winter))"
)
_CONDITION = r"(?:only )?(?:if|once|provided(?: that)?|as long as|so long as)"
# "X follow(s) if ...": the condition after the stage, to the clause's end.
_STAGE_THEN_CONDITION = re.compile(
    rf"\b({_NEXT_STAGE})\b[^.;:\n]{{0,40}}?\b{_CONDITION}\b[^.;\n]{{0,200}}", re.IGNORECASE
)
# "if ..., X follow(s)": the condition first, up to its comma.
_CONDITION_THEN_STAGE = re.compile(
    rf"(?:^|(?<=[.;:\n]))\s*{_CONDITION}\b[^,.;:\n]{{0,150}},(?=\s*(?:[\w'-]+\s+){{0,5}}?{_NEXT_STAGE}\b)",
    re.IGNORECASE,
)


def without_stage_conditions(rollout: str) -> str:
    """The rollout without the conditions set on going to its next stage (the stage itself is kept)."""
    text = _STAGE_THEN_CONDITION.sub(lambda m: m.group(1), rollout or "")
    return _CONDITION_THEN_STAGE.sub(" ", text)
