"""A model's score listed after another with no subject of its own: in "precision of the photo classifier
above 0.85, and recall above 0.80" the recall is the same classifier's, though the clause alone ("recall above
0.80") could be a product recall or a customer's. Read with the clause before it, it scores the model, so it
is no measure of the world that would let the metric off. Pure: no Django, no torch."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# The clause is a score word and nothing but a level: "recall above 0.80", "and accuracy at least 90 %".
_BARE_SCORE = re.compile(
    r"^\W*(?:(?:and|plus|with|its|their|the|a|an|also)\s+)*"
    r"(?:accuracy|precision|recall|error rate|f1|f-?score|sensitivity|specificity)\b(?!\s+of\b)(?P<rest>.*)$",
    re.DOTALL,
)
# What may follow the score word: a level and how it is compared, no noun naming what is scored.
_LEVEL_WORDS = frozenset(
    "above below over under at least most than more less greater exceeding exceeds exceed of to be kept "
    "stays stay reach reaches or and target min max minimum maximum percent per cent".split()
)


def _bare_score(clause: str) -> bool:
    match = _BARE_SCORE.match(clause.lower().strip())
    if match is None:
        return False
    rest = re.sub(r"[\d.,%<>=≥≤()+-]+", " ", match.group("rest"))
    return all(w in _LEVEL_WORDS for w in rest.split())


# A level alone after a comma, the target of the score before it: "the RMSE of the daily forecast, under 8
# portions" (a comparison, a figure and at most a unit or two, nothing measured of its own).
_TARGET_ONLY = re.compile(
    r"^\W*(?:(?:and|with|kept|to stay|staying)\s+)?(?:under|below|above|over|within|less than|more than"
    r"|at (?:most|least)|no more than|not (?:above|over|more than))\s+[\d.,]+\s*%?(?:\s+[a-z]+){0,2}\W*$"
)


# The model's wrong calls counted, and nothing else: "with under 1 false alarm per shift", "fewer than 2 false
# positives a day". After a clause that scores the model they are the other half of its score.
_WRONG_CALLS = re.compile(
    r"^\W*(?:(?:and|with|plus|kept|keeping|at|most|least|under|below|fewer|less|than|no|more|not|over|above)\s+)*"
    r"[\d.,]*\s*%?\s*false[- ](?:alarms?|alerts?|positives?|negatives?|flags?)"
    r"(?:\s+rate)?(?:\s+(?:per|a|an|each|every)\s+[a-z]+)?\W*$"
)


# A score's own definition opened in the clause before: "precision of the flag: of the tables it flags, 75%
# really did not turn up", or "of learners we flag, share who pass". The share that follows is taken among
# the model's picks (whoever is said to pick them, the article may be dropped), so it is the score.
_AMONG_ITS_PICKS = re.compile(
    r"\bof (?:(?:the|those|all the|all) )?(?:[\w'-]+ ){0,4}?(?:(?:that|which|who) )?"
    r"(?:it|we|the model|the flag|the alert"
    r"|the alarm|the system|they) (?:flags?|picks?|marks?|predicts?|calls?|selects?|raises?|warns? about"
    r"|says? will \w+)\W*$"
)


# How the score before it is taken: "scored against the next actual read: 0.19 on last quarter", "checked on
# the held-back weeks". It names what the forecast is compared with, not a measure of its own.
_HOW_SCORED = re.compile(
    r"^\W*(?:(?:and|as|when|each|every)\s+)*(?:scored|measured|checked|compared|tested|evaluated|validated"
    r"|assessed|marked)\s+(?:against|on|with|to)\b"
)


def continues_model_score(clause: str, clauses: Sequence[str], scores_model: Callable[[str], bool]) -> bool:
    """Whether the clause is a bare score, a bare target level, a count of the model's false alarms or how
    the score is taken, following a clause that scores the model; or the share among the model's picks that
    the clause before (scoring the model) opened."""
    if clause not in clauses:
        return False
    earlier = clauses[: list(clauses).index(clause)]
    if earlier and _AMONG_ITS_PICKS.search(earlier[-1].lower()) and scores_model(earlier[-1]):
        return True
    low = clause.lower()
    level_only = (
        _bare_score(clause) or _TARGET_ONLY.match(low) or _WRONG_CALLS.match(low) or _HOW_SCORED.match(low)
    )
    if not level_only:
        return False
    return any(scores_model(c) for c in earlier)
