"""Whether a model reads the trace our own past action leaves on each case: when we last cleaned, serviced,
visited or watered it ("last clean date", "days since the last service", "weeks since it was last
emptied"). Pure: no Django, no torch.

Such an input is set by the plan's choice of which cases to act on and when: cleaning a gully this week
makes its last clean date this week. A model that predicts from it can answer "what if we clean this one
now?", so it reads a lever of which or when even though it shares no word with the lever ("which gullies
the tanker visits each week"). Read only for acts of upkeep or contact that a plan carries out itself, and
only when a lever chooses which cases, when or how often.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Acts of upkeep or contact a plan carries out on each case.
_OUR_ACT = (
    r"(?:clean|clear|empt|servic|inspect|visit|repair|maint|descal|flush|water|feed|fed|spray|treat|mow|grit"
    r"|sweep|swept|check|top(?:ped)?-?up|refill|restock|call|contact|replac|tun|groom|prun|dredg|jett)\w*"
)
_LAST_ACT = re.compile(
    # "last clean date", "the latest service", "date of the last inspection"
    r"\b(?:last|previous|latest|most recent) " + _OUR_ACT + r"\b"
    # "days since it was last emptied", "weeks since we last called"
    r"|\bsince (?:it was |they were |we |the \w+ (?:was|were) )?last " + _OUR_ACT + r"\b"
    # "time since cleaning", "months since servicing"
    r"|\b(?:time|days|weeks|months|years|hours) since (?:the |its |their )?" + _OUR_ACT + r"\b"
)
# A lever that chooses which cases we act on, when, or how often.
_WHICH_OR_WHEN = re.compile(
    r"\b(?:which|when|how often|how many times|every|frequency|interval|order of|rounds?|schedule|visits?)\b"
)


def reads_our_last_act(modeler: str, levers: Sequence[str]) -> bool:
    """Whether the model reads when we last acted on each case and a lever chooses which or when."""
    text = (modeler or "").lower().replace("’", "'")
    if _LAST_ACT.search(text) is None:
        return False
    return any(_WHICH_OR_WHEN.search(lever.lower()) for lever in levers)
