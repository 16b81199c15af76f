"""A clause of the metric that only sets the level of the measure before it, or says how often it is read:
"target < 0.08", "checked monthly", "we want 2,600 so every outlet is covered twice", "I'd like to get that to
9,000". It measures nothing of its own, so the metric checks read past it. Split from ``substance``. Pure: no
Django, no torch.
"""

from __future__ import annotations

import re

from .metric_fit import TARGET_WORDS
from .text import content_stems, words

_TARGET_STEMS = frozenset(content_stems(TARGET_WORDS))
_WISHER = re.compile(r"(?:i|we|you)'[a-z]{1,2}")  # "I'd like to get that to 9,000": who wishes, not a measure


# When the level is due is no measure either: "with a target of 90 by year end", "aim 20 by next spring".
_DEADLINE = re.compile(
    r"\b(?:by|before|in|within|for) (?:the )?"
    r"(?:end of (?:the |this |next )?|start of (?:the |next )?|next |this )?"
    r"(?:year[- ]end|year|month|quarter|season|term|summer|winter|spring|autumn|christmas|easter"
    r"|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b",
    re.I,
)


def only_a_target(clause: str) -> bool:
    clause = _DEADLINE.sub(" ", clause)
    # "we want 2,600 so every outlet is covered twice": the reason after the level measures nothing either
    head = re.split(r"\s(?:so that|so|because|to make sure)\s", clause, maxsplit=1)[0]
    if head != clause and only_a_target(head):
        return True
    left = {w for w in content_stems(clause) - _TARGET_STEMS if not _WISHER.fullmatch(w)}  # "to exceed 0.45"
    if any(w.isalpha() for w in words(clause)) and not {w for w in left if not re.fullmatch(r"[\d.,]+", w)}:
        return True  # "want 900", "aim 25": a wish and a figure, nothing measured
    return not left or (len(left) == 1 and re.match(r"\s*to \w+ [\d.,]+\W*$", clause.lower()) is not None)
