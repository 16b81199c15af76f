"""What a model reads when it counts the things a lever chooses among, the demand it predicts, and the
records it is trained on.

"Number of screen repairs that day" beside a lever "which repairs get offered a loan phone": the count of
repairs is the same whichever repairs get one, so it reads no choice. And a model that opens with the demand
it predicts ("How many customers want a loan phone each day, from ...") names the lever's thing as the
outcome, not as the number of phones kept; ", trained on the till history" names where it learns, not what it
reads. All are read only where the model's own list of inputs is known (the caller checks). Pure: no Django,
no torch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import content_stems, stem

# "which repairs get ...", "what jobs we take": the thing a wh-lever picks among, its first word or two.
_WH_CHOSEN = re.compile(r"\b(?:which|what)\s+(?P<chosen>[\w'’-]+(?:\s+[\w'’-]+)?)", re.IGNORECASE)
# A count of things: "number of screen repairs", "the count of jobs", "how many callers".
_COUNT_OF = re.compile(
    r"\b(?:(?:the\s+)?(?:number|count|total|tally)\s+of|how\s+many)\s+(?P<things>(?:[\w'’-]+\s+){0,2}[\w'’-]+)",
    re.IGNORECASE,
)
# The demand predicted, heading a line up to its inputs: "How many customers want a loan phone each day from".
_DEMAND_HEAD = re.compile(
    r"^(?P<lead>[ \t*•–—-]*)(?:how many|the number of|number of)[ \t]+[\w'’-]+[ \t]+"
    r"(?:want|wants|need|needs|ask for|asks for|request|requests|would like|will want)\b"
    r"[^,;:.()\n]{0,60}?(?=\b(?:from|given|using|based on)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def _chosen_stems(levers: Sequence[str]) -> set[str]:
    return {
        stem(word.lower())
        for lever in levers
        for found in _WH_CHOSEN.finditer(lever)
        for word in found.group("chosen").split()
    } & set().union(*(content_stems(lever) for lever in levers))


def without_counted_choices(text: str, levers: Sequence[str]) -> str:
    """The text less the words of a count ("number of screen repairs") that a wh-lever chooses among."""
    chosen = _chosen_stems(levers)
    if not chosen:
        return text

    def drop(found: re.Match) -> str:
        kept = [w for w in found.group("things").split() if stem(w.lower()) not in chosen]
        return found.group(0)[: found.start("things") - found.start()] + " ".join(kept)

    return _COUNT_OF.sub(drop, text)


def without_demand_head(text: str) -> str:
    """The text less a demand it opens with as its outcome ("How many customers want a loan phone ...")."""
    return _DEMAND_HEAD.sub(lambda head: head.group("lead"), text)


# The records a model learns from, said after its inputs: ", trained on the till history". They are where
# the model learns, not an input it reads when it predicts.
_TRAINED_ON = re.compile(
    # (said after a comma; "built from bookings, price and weather" opens a list of inputs)
    r"(?:,\s*|\band\s+)(?:trained|fitted)\s+(?:on|from|using)\s+[^.;\n]*",
    re.IGNORECASE,
)


def without_training_set(text: str) -> str:
    """The text less the records it says the model is trained on."""
    return _TRAINED_ON.sub("", text)
