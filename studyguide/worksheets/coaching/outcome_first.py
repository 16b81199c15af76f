"""The outcome a model predicts, said after its verb ("Predicts Sunday takings per store from ...") or before
a passive one ("Same-day flyer orders per day, predicted from day of week, month, ...", "Covers per sitting,
forecast using the bookings"). That outcome (and its unit) is no input. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .others_inputs import without_outcome_history
from .text import content_stems

_OUTCOME_THEN_PASSIVE = re.compile(
    r"^\W*(?P<outcome>[^,.;:()\n]{3,80}?),?\s+(?:is |are |will be )?"
    r"(?:predicted|forecast|forecasted|estimated)\s+(?:from|using|given|with|based on)\b",
    re.IGNORECASE,
)


def outcome_said_first(modeler: str) -> str:
    """The outcome named before "predicted from", or "" when the model is not said that way."""
    found = _OUTCOME_THEN_PASSIVE.search(modeler or "")
    return found.group("outcome") if found else ""


# What a model predicts, after its verb and up to its unit or its inputs: "Predicts [Sunday takings] per store
# from ...", "predicts [bags of litter] per zone". The outcome's words are no lever's, whatever they share
# with one ("whether the café opens on Sundays"); only the rest of the text can name a lever.
_PREDICTED = re.compile(
    r"\b(?:predicts?|predicting|predicted|forecasts?|forecasting|forecasted|estimates?|estimating|estimated)\s+"
    r"(?:how (?:many|much)\s+)?"  # "predicts how many offers come in per month from ..."
    r"(?:(?!(?:per|for|at|in|on|by|from|given|using|with|each|every|when|if|under|and|how)\b)[\w'’-]+\s+){1,6}?"
    # two outcomes joined: "predicts adult rounds and bar takings per evening from ..."
    r"(?:and\s+(?!(?:then|we|it|sets?|picks?|uses?|chooses?|decides?|ranks?|recommends?|suggests?|tells?"
    r"|shows?|flags?|per|for|at|in|on|by|from|given|using|with|each|every|when|if|how)\b)"
    r"(?:(?!(?:per|for|at|in|on|by|from|given|using|with|each|every|when|if|under|and|how)\b)[\w'’-]+\s+){1,4}?)?"
    r"(?:\([^()]{0,12}\)\s*)?"  # its unit: "predicted crest lowering (m) from ..."
    r"(?=(?:per|for|at|in|on|by|from|given|using|with|each|every)\b)",
    re.IGNORECASE,
)


# A whole averaged or summed over: "the average of all stockpile lab tests", "the total across all our
# branches". Every one of the things is in it, so it names none of them: a lever choosing among them ("which
# stockpiles we draw from") is not read by an input that pools them all. What is measured stays ("the
# average price of all our products" still reads the price).
_POOLED = re.compile(
    r"\b(?P<pool>(?:average|mean|median|total|sum|mix)\w*\b(?: [\w'-]+){0,2}? (?:of|across|over|for) all "
    r"(?:the |our |its |their )?)(?P<whole>[\w'-]+)",
    re.IGNORECASE,
)


def predicted_outcome(modeler: str) -> set[str]:
    """The stems of what the model says it predicts ("Predicts [collections] per week from ...", "[Orders] per
    day, predicted from ...")."""
    predicted = _PREDICTED.search(modeler)
    said = " ".join(predicted.group(0).split()[1:]) if predicted else outcome_said_first(modeler)
    return content_stems(said)


def without_prediction(modeler: str) -> str:
    """The model's text less the outcome it predicts (its verb stays, so "predicts" still reads as one), less
    that outcome's own past read as an input ("collections in the same week last year"), and less the wholes
    it pools ("the average of all stockpile lab tests" reads no one stockpile)."""
    unpooled = _POOLED.sub(lambda match: match.group("pool"), modeler)
    unpooled = without_outcome_history(unpooled, predicted_outcome(unpooled))
    return _PREDICTED.sub(lambda match: match.group(0).split()[0] + " ", unpooled)
